l shows a line unambiguously: a tab as -, backspace and >, a backspace as
-, backspace and <, other control characters as \ and two octal digits,
and a long line folded with a backslash.

  $ ed
  > a
  > tab	here
  > .
  > l
  > s/here/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/
  > l
  > q
  tab-\x08>here (re)
  tab-\x08>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\ (re)
  xxxxxxxxxxxxx
