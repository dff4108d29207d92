 mov
