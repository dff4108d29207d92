/*
 * Unsigned 32-bit division for the compiler (__uldiv, __ulrem), and
 * _udivl, which both and the signed forms (ldivs.c) use: the PDP-11's DIV
 * only divides 32 bits by 16, so _udivl divides bit by bit, 32 steps of
 * shift and subtract, unless the divisor fits in 15 bits: then DIV serves,
 * a byte at a time (_udivw, udivw.s), or once when both numbers are small.
 */
unsigned long _udivw();

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
	if (d != 0 && d < 0100000L)
		return _udivw(n, (int)d, rem);
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
