wc, sum and cmp, with their options and their complaints.

  $ echo one two three > a
  $ echo one two > b
  $ echo four >> b
  $ wc a b
        1       3 a
        2       3 b
        3       6 total
  $ wc < a
        1       3 
  $ wc nosuch
  nosuch: cannot open
  $ cmp a b
  a b differ: char 7, line 1
  $ cmp -l a b
      7  40  12
      8 164 146
      9 150 157
     10 162 165
     11 145 162
     12 145  12
  EOF on b
  $ cmp -s a b
  $ cmp a a
  $ cmp a
  arg count
  $ cmp a nosuch
  cannot open nosuch
  $ sum a nosuch
  1278 1
  oprd
  $ rm a b
