/* malloc/free/realloc/calloc stress with a checksum.
 *
 * Blocks 1..60 get 5i bytes of the value i; the odd ones are freed and
 * given 3i bytes of i+1 (they fit in the holes); the multiples of 4 grow to
 * 7i bytes by realloc, keeping their 5i bytes and adding 2i bytes of 1.
 * Checksum, worked out by hand:
 *   even i:          sum 5i*i   = 20 * (1^2+...+30^2) = 20 * 9455   = 189100
 *   multiples of 4:  sum 2i     =  8 * (1+...+15)                  =    960
 *   odd i:           sum 3i(i+1) = 3 * (35990 + 900)               = 110670
 *   total 300730.
 * Then a pseudo-random round of 500 allocations and frees checks that no
 * block is ever overwritten by another (only the count of damaged bytes,
 * 0, is printed), everything is freed, and a block as big as most of the
 * arena must come from the arena again, at its start (free blocks join).
 */
#include <stdio.h>
#include <stdlib.h>

#define N 61

char *blk[N];
unsigned size[N];
unsigned seed = 1;

unsigned
rnd()
{
	seed = seed * 25173 + 13849;
	return seed >> 3;
}

void
fill(k, n, c)
int k;
unsigned n;
int c;
{
	unsigned i;

	blk[k] = malloc(n);
	size[k] = n;
	for (i = 0; i < n; i++)
		blk[k][i] = c;
}

int
damage(k, from, n, c)
int k;
unsigned from, n;
int c;
{
	int bad;

	for (bad = 0; n > 0; n--, from++)
		if (blk[k][from] != c)
			bad++;
	return bad;
}

int
main()
{
	int i, bad, r;
	unsigned long sum;
	char *first, *p;

	for (i = 1; i < N; i++)
		fill(i, 5 * i, i);
	first = blk[1];
	for (i = 1; i < N; i += 2)
		free(blk[i]);
	for (i = 1; i < N; i += 2)
		fill(i, 3 * i, i + 1);
	bad = 0;
	for (i = 4; i < N; i += 4) {
		blk[i] = realloc(blk[i], 7 * i);
		bad += damage(i, 0, 5 * i, i);
		for (r = 5 * i; r < 7 * i; r++)
			blk[i][r] = 1;
		size[i] = 7 * i;
	}
	sum = 0;
	for (i = 1; i < N; i++) {
		for (r = 0; r < size[i]; r++)
			sum += blk[i][r];
	}
	printf("checksum %lu, damaged %d\n", sum, bad);

	for (i = 1; i < N; i++)
		free(blk[i]);
	for (i = 1; i < N; i++)
		blk[i] = 0;
	bad = 0;
	for (r = 0; r < 500; r++) {
		i = rnd() % (N - 1) + 1;
		if (blk[i]) {
			bad += damage(i, 0, size[i], i);
			free(blk[i]);
			blk[i] = 0;
		} else
			fill(i, rnd() % 200 + 1, i);
	}
	printf("random: damaged %d\n", bad);
	for (i = 1; i < N; i++)
		free(blk[i]);

	p = malloc(8000);
	printf("reused %d\n", p == first);
	p = calloc(10, 10);
	bad = 0;
	for (i = 0; i < 100; i++)
		bad += p[i] != 0;
	printf("calloc %d, malloc(0) %d\n", bad, malloc(0) != 0);
	return 0;
}
