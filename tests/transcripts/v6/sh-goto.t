goto and exit move the script the shell reads: a loop over the
arguments, with if, goto, shift and a label.

  $ echo ': loop' > loop
  $ echo 'if x$1 = x exit' >> loop
  $ echo 'echo arg $1' >> loop
  $ echo shift >> loop
  $ echo 'goto loop' >> loop
  $ echo 'echo not reached' >> loop
  $ sh loop a b c
  arg a
  arg b
  arg c
  $ sh loop
  $ echo 'goto end' > skip
  $ echo 'echo skipped' >> skip
  $ echo ':end' >> skip
  $ echo 'echo at the end' >> skip
  $ sh skip
  at the end
  $ echo 'goto nowhere' > bad
  $ echo 'echo not reached' >> bad
  $ sh bad
  label not found
  $ echo 'echo before; exit' > ex
  $ echo 'echo after' >> ex
  $ sh ex
  before
