s : re matches re (ed's expressions) at the start of s: how many
characters matched, or with \( \) the part of s the group matched.

  $ expr abcdef : abc
  3
  $ expr abcdef : '.*'
  6
  $ expr abcdef : bc
  0
  $ expr abcdef : 'a\(b.\)'
  bc
  $ expr /usr/bin/ed : '.*/\(.*\)'
  ed
  $ expr aaab : 'a*'
  3
  $ expr abc : 'a\(.*\)' = bc
  1
  $ expr a : '[b'
  expr: bad regular expression
