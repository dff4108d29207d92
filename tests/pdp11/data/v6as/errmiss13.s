 jbr
