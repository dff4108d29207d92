dc: sums, products, quotients and remainders with a scale, powers and square
roots, a number too long for a line, and output in other bases.

  $ dc
  > 2 3+p
  > _5 3-p
  > 5k 1 3/p
  > 2vp
  > 2k 7.25 .3%p
  > 1.5 2^p
  > 2 250^p
  > 16o 255p _255.5p
  > 2o 10.25p
  > ^D
  5
  -8
  .33333
  1.41421
  .0002
  2.25
  1809251394333065553493296640760748560207343510400633813116524750123642\
  650624
  FF
  -FF.8
  1010.010000
  $ echo 1 0/p 2 3 f | dc
  ( /) ?
  ( p) ?
  3
  2
