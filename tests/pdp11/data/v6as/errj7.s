jne x
