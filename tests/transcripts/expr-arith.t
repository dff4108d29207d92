expr (new: V6 had none) evaluates its arguments, each operator and operand
a word of its own: * / % bind tighter than + -, parentheses group.

  $ expr 1 + 2
  3
  $ expr 2 + 3 '*' 4
  14
  $ expr '(' 2 + 3 ')' '*' 4
  20
  $ expr 10 - 2 - 3
  5
  $ expr 17 / 5
  3
  $ expr 17 % 5
  2
  $ expr -7 / 2
  -3
  $ expr 100000 '*' 100
  10000000
  $ expr 1 / 0
  expr: division by zero
  $ expr a + 1
  expr: non-numeric argument
  $ expr 1 +
  expr: syntax error
