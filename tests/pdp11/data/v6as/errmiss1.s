 mov r0
