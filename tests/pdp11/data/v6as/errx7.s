 movfo $1,fr0
