/* Structs and unions: nesting, pointers to them, assignment, passing and
 * returning by value, arrays of them, unions sharing storage. */
#include <stdio.h>

struct point {
	int x, y;
};

struct rect {
	struct point lo, hi;
	char name[6];
};

union word {
	int i;
	char b[2];
	unsigned u;
};

struct node {
	int value;
	struct node *next;
};

struct point
mkpoint(x, y)
int x, y;
{
	struct point p;

	p.x = x;
	p.y = y;
	return p;
}

int
area(r)
struct rect r;
{
	r.hi.x = r.hi.x - r.lo.x;	/* a copy: the caller's rect is not changed */
	return r.hi.x * (r.hi.y - r.lo.y);
}

void
grow(rp, d)
struct rect *rp;
int d;
{
	rp->hi.x += d;
	rp->hi.y += d;
}

struct rect big;

int
main()
{
	struct rect r, s;
	struct point p;
	union word w;
	struct node n1, n2, n3, *np;
	int total;

	r.lo = mkpoint(1, 2);
	r.hi = mkpoint(4, 6);
	r.name[0] = 'r';
	r.name[1] = 0;
	printf("%d %d %d %d %s\n", r.lo.x, r.lo.y, r.hi.x, r.hi.y, r.name);
	printf("%d\n", area(r));
	printf("%d\n", r.hi.x);
	s = r;
	grow(&s, 10);
	printf("%d %d %d %d\n", s.hi.x, s.hi.y, r.hi.x, r.hi.y);
	s.name[0] = 's';
	printf("%s %s\n", r.name, s.name);
	big = s;
	p = big.hi;
	printf("%d %d %s\n", p.x, p.y, big.name);
	printf("%d %d\n", sizeof(struct rect), sizeof(union word));

	w.i = 0x4142;
	printf("%c %c\n", w.b[0], w.b[1]);
	w.b[1] = 0x80;
	printf("%u\n", w.u);

	n1.value = 1;
	n2.value = 2;
	n3.value = 3;
	n1.next = &n2;
	n2.next = &n3;
	n3.next = 0;
	total = 0;
	for (np = &n1; np; np = np->next)
		total = total * 10 + np->value;
	printf("%d %d\n", total, n1.next->next->value);
	return 0;
}
