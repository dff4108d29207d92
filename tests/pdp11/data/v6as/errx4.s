 addf fr0,fr4
