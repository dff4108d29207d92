 movei fr4,r0
