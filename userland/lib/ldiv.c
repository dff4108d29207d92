/*
 * The 32-bit division helpers the compiler calls for / and % on longs
 * (and >> of an unsigned long by a variable count): the PDP-11's DIV only
 * divides 32 bits by 16.  _udivl divides bit by bit, 32 steps of shift
 * and subtract; the signed forms divide magnitudes and fix the signs so
 * that the quotient truncates toward zero and the remainder has the sign
 * of the dividend, as DIV does.  The compiler knows them as __ldiv etc.
 */

unsigned long
_udivl(n, d, rem)
unsigned long n, d, *rem;
{
	unsigned long q, r;
	int i;

	q = r = 0;
	if ((n >> 16) == 0 && (d >> 16) == 0 && d != 0) {
		*rem = (unsigned)n % (unsigned)d;
		return (unsigned)n / (unsigned)d;
	}
	for (i = 0; i < 32; i++) {
		r = r << 1 | n >> 31;
		n <<= 1;
		q <<= 1;
		if (r >= d) {
			r -= d;
			q |= 1;
		}
	}
	*rem = r;
	return q;
}

unsigned long
_uldiv(n, d)
unsigned long n, d;
{
	unsigned long r;

	return _udivl(n, d, &r);
}

unsigned long
_ulrem(n, d)
unsigned long n, d;
{
	unsigned long r;

	_udivl(n, d, &r);
	return r;
}

long
_ldiv(n, d)
long n, d;
{
	unsigned long r, q;
	int neg;

	neg = (n < 0) != (d < 0);
	q = _udivl(n < 0 ? -n : n, d < 0 ? -d : d, &r);
	return neg ? -q : q;
}

long
_lrem(n, d)
long n, d;
{
	unsigned long r;

	_udivl(n < 0 ? -n : n, d < 0 ? -d : d, &r);
	return n < 0 ? -r : r;
}

unsigned long
_ulrsh(v, n)
unsigned long v;
int n;
{
	while (n-- > 0)
		v >>= 1;
	return v;
}
