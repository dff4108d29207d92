/*
 * regexp.h: V6's regular expressions, as ed and grep had them (and expr
 * has them): one compiled expression at a time.
 *
 *	c	a character stands for itself
 *	.	any character
 *	[s]	any character of s; [^s] any character not in s (no ranges:
 *		[0-9] is three characters; ] first in s stands for itself;
 *		\ is not special inside)
 *	x*	none or more of x (x a character, ., [s] or \c)
 *	^	at the start: the expression matches only at the line's start
 *	$	at the end: matches only at the line's end
 *	\c	c itself ("\." is a dot)
 *	\( \)	(RE_ED) a group: what it matched is rebra[n]..reket[n]
 *		for the n-th \( of the expression (from 0)
 *
 * Elsewhere ^ and $ stand for themselves.  A * with nothing before it
 * to repeat (at the start, after ^, \( or \)) is an error with RE_ED
 * and stands for itself otherwise; \1 .. \9 are errors with RE_ED.
 *
 * recomp(pat, delim, flags) compiles pat (a NUL-terminated string; \delim
 * in it is the delimiter itself, whatever it is): 0, or -1 if pat is not
 * an expression -- and then no expression is left compiled.
 * reexec(line, from) looks for the leftmost match at or after from in
 * line (^ matches only at line itself): 1 and reloc1, reloc2 (the match
 * and the character after it) set, or 0.  rehave() says whether an
 * expression is compiled.
 */
#ifndef _REGEXP_H
#define _REGEXP_H

#define NBRA	9	/* groups an expression may have */
#define RE_ED	01	/* ed's kind: \( \) groups, stricter about * */

extern char *reloc1, *reloc2;
extern char *rebra[NBRA], *reket[NBRA];
extern int renbra;

int recomp(char *pat, int delim, int flags);
int reexec(char *line, char *from);
int rehave(void);

#endif
