 movf
