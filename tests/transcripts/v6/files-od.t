od's formats: octal words, characters, bytes, decimal, hexadecimal (h), and offsets.

  $ echo abc > f
  $ od f
  0000000 061141 005143
  0000004 
  $ od -c f
  0000000  a  b  c \n
  0000004 
  $ od -bc f
  0000000    a  b    c \n
          141 142 143 012
  0000004 
  $ od -d f
  0000000 25185 02659
  0000004 
  $ od -h f
  0000000 6261 0a63
  0000004 
  $ od -c f 2
  0000002  c \n
  0000004 
  $ od nosuch
  cannot open nosuch
  $ rm f
