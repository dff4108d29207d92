/*
 * ctype.h: character classes, for ASCII, EOF (-1) and the values of
 * unsigned chars.  One table lookup each (_ctype in libc; index -1 is EOF).
 */
#ifndef _CTYPE_H
#define _CTYPE_H

#define _U	01	/* upper-case letter */
#define _L	02	/* lower-case letter */
#define _N	04	/* digit */
#define _S	010	/* white space */
#define _P	020	/* punctuation */
#define _C	040	/* control character */
#define _X	0100	/* hexadecimal digit */

extern char _ctype[];

#define isalpha(c)	((_ctype+1)[c] & (_U|_L))
#define isupper(c)	((_ctype+1)[c] & _U)
#define islower(c)	((_ctype+1)[c] & _L)
#define isdigit(c)	((_ctype+1)[c] & _N)
#define isxdigit(c)	((_ctype+1)[c] & (_N|_X))
#define isspace(c)	((_ctype+1)[c] & _S)
#define ispunct(c)	((_ctype+1)[c] & _P)
#define isalnum(c)	((_ctype+1)[c] & (_U|_L|_N))
#define isprint(c)	((_ctype+1)[c] & (_P|_U|_L|_N) || (c) == ' ')
#define isgraph(c)	((_ctype+1)[c] & (_P|_U|_L|_N))
#define iscntrl(c)	((_ctype+1)[c] & _C)
#define isascii(c)	((unsigned)(c) < 0200)

int toupper(int c);
int tolower(int c);

#endif
