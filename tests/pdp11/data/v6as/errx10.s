 ashc r1,r7
