 mul r0,10
