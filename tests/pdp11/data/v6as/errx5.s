 movf fr4,fr5
