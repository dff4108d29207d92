 movf r0
