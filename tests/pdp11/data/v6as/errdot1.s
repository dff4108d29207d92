. = zz
