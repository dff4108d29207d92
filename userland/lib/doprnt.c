/*
 * _doprnt(fmt, args, put, arg): the formatting engine of printf, fprintf
 * and sprintf.  Every character produced goes to put(c, arg); the count of
 * them is returned.
 *
 * Conversions: %d %u %o %x %X %c %s %%, with l before d u o x X for a long
 * argument.  Between % and the letter: - (left-justify), 0 (pad numbers
 * with zeros), a width, and .precision (the most characters of a %s); a *
 * for the width or the precision takes it from the next int argument (a
 * negative width left-justifies).
 */
#include <stdio.h>
#include <stdarg.h>

static char digits[] = "0123456789abcdef0123456789ABCDEF";

/* The digits of v in base (8, 10 or 16), ending just before end. */
static char *
convert(v, base, upper, end)
unsigned long v;
int base, upper;
char *end;
{
	register char *p;
	register unsigned u;
	char *dig;

	p = end;
	dig = upper ? digits + 16 : digits;
	while (v >> 16) {
		*--p = dig[(int)(v % base)];
		v /= base;
	}
	u = v;
	do {
		if (base == 10) {
			*--p = u % 10 + '0';
			u /= 10;
		} else if (base == 8) {
			*--p = (u & 07) + '0';
			u >>= 3;
		} else {
			*--p = dig[u & 017];
			u >>= 4;
		}
	} while (u);
	return p;
}

/* Emit s (n characters) in a field of width, with sign first. */
static int
field(s, n, sign, width, left, zero, put, arg)
char *s;
int n, sign, width, left, zero;
void (*put)();
char *arg;
{
	int pad, count;

	pad = width - n - (sign != 0);
	count = 0;
	if (sign && zero) {
		(*put)(sign, arg);
		count++;
	}
	for (; !left && pad > 0; pad--, count++)
		(*put)(zero ? '0' : ' ', arg);
	if (sign && !zero) {
		(*put)(sign, arg);
		count++;
	}
	for (; n > 0; n--, count++)
		(*put)(*s++, arg);
	for (; pad > 0; pad--, count++)
		(*put)(' ', arg);
	return count;
}

int
_doprnt(fmt, ap, put, arg)
register char *fmt;
va_list ap;
void (*put)();
char *arg;
{
	char buf[12];
	char *s;
	int count, left, zero, width, prec, lng, sign, c, n;
	unsigned long v;

	count = 0;
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			(*put)(*fmt, arg);
			count++;
			continue;
		}
		left = zero = width = lng = sign = 0;
		prec = -1;
		if (*++fmt == '-') {
			left = 1;
			fmt++;
		}
		if (*fmt == '0') {
			zero = 1;
			fmt++;
		}
		if (*fmt == '*') {
			width = va_arg(ap, int);
			fmt++;
			if (width < 0) {
				left = 1;
				width = -width;
			}
		}
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + *fmt++ - '0';
		if (*fmt == '.') {
			prec = 0;
			if (*++fmt == '*') {
				prec = va_arg(ap, int);
				fmt++;
			}
			for (; *fmt >= '0' && *fmt <= '9'; fmt++)
				prec = prec * 10 + *fmt - '0';
		}
		if (*fmt == 'l') {
			lng = 1;
			fmt++;
		}
		switch (c = *fmt) {
		case 'd':
		case 'u':
		case 'o':
		case 'x':
		case 'X':
			if (lng)
				v = va_arg(ap, long);
			else if (c == 'd')
				v = (long)va_arg(ap, int);
			else
				v = va_arg(ap, unsigned);
			if (c == 'd' && (long)v < 0) {
				sign = '-';
				v = -v;
			}
			s = convert(v, c == 'd' || c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X',
			    buf + sizeof buf);
			n = buf + sizeof buf - s;
			break;
		case 'c':
			buf[0] = va_arg(ap, int);
			s = buf;
			n = 1;
			zero = 0;
			break;
		case 's':
			s = va_arg(ap, char *);
			if (s == 0)
				s = "(null)";
			for (n = 0; s[n] && (prec < 0 || n < prec); n++)
				;
			zero = 0;
			break;
		case 0:
			return count;
		default:
			buf[0] = c;
			s = buf;
			n = 1;
			zero = 0;
		}
		count += field(s, n, sign, width, left, zero && !left, put, arg);
	}
	return count;
}
