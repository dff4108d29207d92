 bne x
