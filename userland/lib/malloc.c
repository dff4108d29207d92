/*
 * malloc, free, realloc: memory from the break.
 *
 * The arena is a run of blocks laid end to end from `first' to `last' (the
 * break, where the arena ends).  Each block begins with a header word: the
 * block's size in bytes, header included (always even), with the low bit
 * set while the block is in use.  malloc takes the first free block big
 * enough, joining it first with the free blocks that follow it (so free
 * only clears a bit) and splitting off what it does not need; if none
 * will do, it moves the break.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define USED	1
#define SIZE(h)	(*(h) & ~USED)
#define NEXT(h)	((unsigned *)((char *)(h) + SIZE(h)))

static unsigned *first, *last;

/* Join the free blocks after the block at h to it. */
static void
join(h)
register unsigned *h;
{
	register unsigned *q;

	while ((q = NEXT(h)) < last && !(*q & USED))
		*h += *q;
}

/* Give the block at h (in use) the size need, freeing what is left over. */
static void
trim(h, need)
register unsigned *h;
unsigned need;
{
	register unsigned *q;

	if (SIZE(h) - need >= 4) {
		q = (unsigned *)((char *)h + need);
		*q = SIZE(h) - need;
		*h = need | USED;
	}
}

/* More arena: a new block of need bytes, in use. */
static unsigned *
grow(need)
unsigned need;
{
	register unsigned *h;

	h = (unsigned *)sbrk(need);
	if (h == (unsigned *)-1)
		return 0;
	if (first == 0)
		first = last = h;
	if (h != last)
		*last = ((char *)h - (char *)last) | USED;	/* someone else's memory */
	*h = need | USED;
	last = (unsigned *)((char *)h + need);
	return h;
}

char *
malloc(n)
unsigned n;
{
	register unsigned *h;
	unsigned need;

	if (n > 0177000)
		return 0;
	need = ((n + 1) & ~1) + 2;
	for (h = first; h < last; h = NEXT(h)) {
		if (*h & USED)
			continue;
		join(h);
		if (*h >= need) {
			*h |= USED;
			trim(h, need);
			return (char *)(h + 1);
		}
	}
	h = grow(need);
	return h ? (char *)(h + 1) : 0;
}

void
free(p)
char *p;
{
	if (p != 0)
		((unsigned *)p)[-1] &= ~USED;
}

char *
realloc(p, n)
char *p;
unsigned n;
{
	register unsigned *h;
	char *q;
	unsigned need;

	if (p == 0)
		return malloc(n);
	if (n > 0177000)
		return 0;
	h = (unsigned *)p - 1;
	need = ((n + 1) & ~1) + 2;
	*h &= ~USED;
	join(h);
	*h |= USED;
	if (SIZE(h) >= need) {
		trim(h, need);
		return p;
	}
	if ((q = malloc(n)) == 0)
		return 0;
	memcpy(q, p, SIZE(h) - 2);
	free(p);
	return q;
}
