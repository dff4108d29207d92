/* _ulrsh(v, n): v >> n for an unsigned long and a count known only at run time (__ulrsh). */

unsigned long
_ulrsh(v, n)
unsigned long v;
int n;
{
	while (n-- > 0)
		v >>= 1;
	return v;
}
