Quoting: '...' and "..." keep blanks and specials, \ quotes one character,
and nothing is substituted inside quotes.

  $ echo 'a   b'   "c   d"
  a   b c   d
  $ echo 'a;b' "c|d" e\&f \<g\>
  a;b c|d e&f <g>
  $ echo a"b"c'd'e
  abcde
  $ echo "it's" 'say "hi"'
  it's say "hi"
  $ echo "$1" '$2' \$3
  $1 $2 $3
  $ echo a\\b "c\d"
  a\b c\d
  $ echo '*' "/b*" \*
  * /b* *
  $ echo ''
  
  $ echo "unclosed
  syntax error
  $ echo a\
  > b
  a b
