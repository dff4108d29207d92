/*
 * Signed 32-bit division and remainder for the compiler (__ldiv, __lrem):
 * divide the magnitudes with _udivl and fix the signs, so that the quotient
 * truncates toward zero and the remainder has the sign of the dividend, as
 * the machine's DIV does for 16 bits.
 */
unsigned long _udivl();

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
