/*
 * ed [-] [name]: the text editor, as V6's.
 *
 * ed edits a copy of a file (the buffer, kept in a temporary file
 * /tmp/eNNNNN); only w changes the file.  "-" (or any word beginning with
 * -) leaves out the byte counts e, r and w print.  A name argument is read
 * in as by e.  Every error is answered with "?" alone, and the standard
 * input is then moved to its end: a script on a file stops at its first
 * error.  An interrupt is "?" too; quit is ignored.
 *
 * Addresses: . $ N 'x /re/ ?re? (searching forward or back from ., round
 * the end), followed by +N -N ^N + - (alone: 1; a number alone adds it);
 * a leading + or - counts from ".".  Two addresses are separated by ","
 * or by ";", which first makes the first one ".".  Regular expressions
 * are those of regexp.h, ed's kind; an empty one is the last one used.
 *
 * Commands, with their default addresses; p, l or n after most of them
 * prints the current line afterwards:
 *	(.)a text .	append		(.,.)c text .	change
 *	(.,.)d		delete		e name		edit name
 *	f [name]	file name	(1,$)g/re/cmds	run cmds on matching lines
 *	(.)i text .	insert		(.,.+1)j	join (new)
 *	(.)kx		mark		(.,.)l		list: tab -^H>, BS -^H<,
 *	(.,.)ma		move		   controls \NN, folded at 72
 *	(.,.)n		number (new)	(.,.)p		print
 *	q		quit		($)r [name]	read
 *	(.,.)s/re/text/[g]  substitute (& the match, \1..\9 its groups,
 *			\ newline splits the line)
 *	(.,.)ta		copy		u		undo (new)
 *	(1,$)v/re/cmds	g on the others	(1,$)w [name]	write
 *	($)=		line number	!cmd		run cmd by sh, then "!"
 *	(.+1) newline	print
 *
 * Limits: a line holds 509 characters (V6's 512-byte line buffer); the
 * temporary file holds 0177700 places of 8 bytes (about 512K bytes of
 * text: every line takes a multiple of 16 bytes); the line table grows
 * with malloc as far as memory goes.  Past a limit: "?".
 *
 * Deviations from V6: the commands j, n and u (V7's) are new; \1..\9
 * may be used (V6 allowed five groups); a mark on the first line is
 * found; a last line without a newline is kept (V6 dropped it); an error
 * skips only the rest of the line typed (V6 could skip the next one after
 * a file read), and ! runs its
 * command by sh -c, from a g command list too; q exits with status 0 (V6's
 * was 2).
 */
#include <signal.h>
#include <unistd.h>
#include <launch.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <regexp.h>

#define LBSIZE	512		/* a line and its end */
#define MAXLINE	509		/* characters in a line */
#define GBSIZE	256		/* a g command list */
#define FNSIZE	64		/* a file name */
#define NMARK	26		/* marks a-z */
#define BLK	512		/* block of the temporary file */
#define MAXTAIL	0177700		/* places in the temporary file (of 8 bytes) */
#define MARKED	01		/* line's place word: g chose it */
#define SUBST	0200		/* in a replacement: & (SUBST) or \n (SUBST+n) */
#define EOF	(-1)

unsigned *zero;		/* zero[1..dol]: where each line is in the temporary file */
int nzero;		/* entries zero has room for */
int dot, dol;		/* the current line, the last line */
int addr1, addr2;	/* the addresses of the command */
int given;		/* how many addresses were typed */
unsigned marks[NMARK];	/* the place of each marked line, 0 if none */
int vflag = 1;		/* print byte counts */
int pflag;		/* print the current line after the command: 'p', 'l', 'n' */
char file[FNSIZE];	/* the remembered file name */
char linebuf[LBSIZE];	/* a line being looked at */
char genbuf[LBSIZE];	/* a line being made */
char rebuf[LBSIZE];	/* a regular expression as typed */
char rhsbuf[LBSIZE];	/* the replacement of s */
char gbuf[GBSIZE];	/* the command list of g */
char fbuf[BLK];		/* file input and output */
jmp_buf again;		/* where an error goes back to */

char *globp;		/* the g command list being run, or 0 */
int peekc;		/* a character read ahead, or 0 */
int lastc;		/* the last character read */
int ttylast = '\n';	/* the last character read from the standard input */
int inglobal;		/* g is running */
int sflag;		/* s needs to have substituted somewhere */

unsigned *uzero;	/* undo: the lines before the last change */
int nuzero, udot, udol, ucan;
unsigned umarks[NMARK];

int tfd;		/* the temporary file */
char tfname[] = "/tmp/e00000";
unsigned tail = 2;	/* where its next line goes, in 8-byte units (never 0) */
char wbuf[BLK], rbuf[BLK];	/* the block being written, the block last read */
int wblk, rblk = -1;

char obuf[BLK];		/* output not yet written */
int on;
int col;		/* characters on the l line */

void error();
int getchr();
int command();

/*
 * Output
 */

void
flush()
{
	if (on > 0)
		write(1, obuf, on);
	on = 0;
}

void
putch(c)
int c;
{
	obuf[on++] = c;
	if (on >= BLK)
		flush();
}

void
putstr(s)
char *s;
{
	while (*s)
		putch(*s++);
}

void
putnum(n)
unsigned n;
{
	if (n >= 10)
		putnum(n / 10);
	putch(n % 10 + '0');
}

/* One character as l shows it, folding the line where V6 did. */
void
putlist(c)
int c;
{
	if (++col >= 72) {
		putstr("\\\n");
		col = 0;
	}
	if (c == '\t' || c == '\b') {
		putstr(c == '\t' ? "-\b>" : "-\b<");
		return;
	}
	if (c < 040 && c != '\n') {
		putch('\\');
		putch((c >> 3) + '0');
		putch((c & 07) + '0');
		col += 2;
		return;
	}
	putch(c);
}

/* Print a line (without its newline) as p, l or n shows it, line number n. */
void
putline(s, how, n)
char *s;
int how, n;
{
	if (how == 'n') {
		putnum(n);
		putch('\t');
	}
	if (how != 'l') {
		putstr(s);
		putch('\n');
		return;
	}
	col = 0;
	while (*s)
		putlist(*s++);
	putlist('\n');
}

/*
 * The temporary file: each line's text and a NUL, from a 16-byte
 * boundary.  A line's place is its offset / 8, so places are even and
 * the low bit is free for g's mark.
 */

void
tinit()
{
	register int pid, i;

	pid = getpid();
	for (i = 10; i > 5; i--, pid /= 10)
		tfname[i] = pid % 10 + '0';
	if ((tfd = creat(tfname, 0600)) < 0 || close(tfd) < 0
	    || (tfd = open(tfname, 2)) < 0) {
		putstr("?TMP\n");
		flush();
		exit(1);
	}
}

/* Start the temporary file again (e). */
void
treset()
{
	tail = 2;
	wblk = 0;
	rblk = -1;
	ucan = 0;
}

/* Write (writing) or read block b of the temporary file from or into buf. */
void
tblock(b, buf, writing)
int b, writing;
char *buf;
{
	int n;

	if (seek(tfd, b, 3) < 0)
		error();
	n = writing ? write(tfd, buf, BLK) : read(tfd, buf, BLK);
	if (n != BLK)
		error();
}

/* The block buffer that holds block b of the temporary file. */
char *
tget(b)
int b;
{
	if (b == wblk)
		return wbuf;
	if (b != rblk) {
		tblock(b, rbuf, 0);
		rblk = b;
	}
	return rbuf;
}

/* Put line s in the temporary file: its place. */
unsigned
tput(s)
register char *s;
{
	register int off;
	unsigned place;
	int b, units;

	units = (strlen(s) + 16) / 16 * 2;
	if (units > MAXTAIL - tail)
		error();
	place = tail;
	tail += units;
	b = place >> 6;
	off = (place & 077) << 3;
	for (;;) {
		if (b != wblk) {	/* the block before is full: out with it */
			tblock(wblk, wbuf, 1);
			wblk = b;
		}
		while (off < BLK)
			if ((wbuf[off++] = *s++) == 0)
				return place;
		b++;
		off = 0;
	}
}

/* The line at place p, into buf. */
char *
tline(p, buf)
unsigned p;
char *buf;
{
	register char *bp, *lp;
	int b, off;

	b = (p & ~MARKED) >> 6;
	off = (p & 076) << 3;
	lp = buf;
	for (;;) {
		bp = tget(b) + off;
		while (off < BLK) {
			off++;
			if ((*lp++ = *bp++) == 0)
				return buf;
		}
		b++;
		off = 0;
	}
}

/* Line n's text into linebuf. */
char *
getln(n)
int n;
{
	return tline(zero[n], linebuf);
}

/*
 * The lines: zero[1..dol] hold their places.  New lines are put at the
 * end of zero and then turned round into place (settle), so that adding n
 * lines costs n, not n times the lines after them.
 */

int pendat, pendfrom;	/* lines pendfrom..dol are to go after line pendat */

/* Room in zero for lines up to n. */
void
room(n)
int n;
{
	unsigned *p;

	if (n < nzero)
		return;
	p = (unsigned *)realloc((char *)zero, (n + 256) * sizeof(unsigned));
	if (p == 0)
		error();
	zero = p;
	nzero = n + 256;
}

void
reverse(a, b)
register int a, b;
{
	unsigned t;

	for (; a < b; a++, b--) {
		t = zero[a];
		zero[a] = zero[b];
		zero[b] = t;
	}
}

/* Make lines b..c come before lines a..b-1. */
void
rotate(a, b, c)
int a, b, c;
{
	reverse(a, b - 1);
	reverse(b, c);
	reverse(a, c);
}

/* Lines about to be added at the end will go after line a. */
void
pending(a)
int a;
{
	pendat = a;
	pendfrom = dol + 1;
}

/* Put the lines added since pending() where they go: how many there were. */
int
settle()
{
	int n;

	if (pendfrom == 0)
		return 0;
	n = dol - pendfrom + 1;
	rotate(pendat + 1, pendfrom, dol);
	pendfrom = 0;
	return n;
}

/* Add line s at the end. */
void
addline(s)
char *s;
{
	room(dol + 1);
	zero[dol + 1] = tput(s);
	dol++;
}

void
delete(a, b)
int a, b;
{
	register unsigned *p, *q, *end;

	p = zero + a;
	q = zero + b + 1;
	end = zero + dol;
	while (q <= end)
		*p++ = *q++;
	dol -= b - a + 1;
}

/* Before a change: keep the lines, ".", "$" and the marks for u (g as a whole). */
void
save()
{
	register int i;
	unsigned *p;

	if (inglobal)
		return;
	if (nuzero <= dol) {
		p = (unsigned *)realloc((char *)uzero, (dol + 256) * sizeof(unsigned));
		if (p == 0)
			error();
		uzero = p;
		nuzero = dol + 256;
	}
	for (i = 1; i <= dol; i++)
		uzero[i] = zero[i];
	udol = dol;
	udot = dot;
	for (i = 0; i < NMARK; i++)
		umarks[i] = marks[i];
	ucan = 1;
}

void
swap(a, b)
int *a, *b;
{
	int t;

	t = *a;
	*a = *b;
	*b = t;
}

/* u: back to the state save() kept, keeping this one (u undoes u). */
void
undo()
{
	unsigned *p;
	int i;

	if (!ucan)
		error();
	p = zero;
	zero = uzero;
	uzero = p;
	swap(&nzero, &nuzero);
	swap(&dol, &udol);
	swap(&dot, &udot);
	for (i = 0; i < NMARK; i++)
		swap((int *)&marks[i], (int *)&umarks[i]);
}

/*
 * Input
 */

int
getchr()
{
	char c;
	int k;

	if ((k = peekc) != 0) {
		peekc = 0;
		return k;
	}
	if (globp)
		return *globp ? *globp++ & 0377 : EOF;
	flush();
	do
		if (read(0, &c, 1) <= 0)
			return ttylast = EOF;
	while ((c &= 0177) == 0);	/* V6's ed kept 7 bits, and no NULs */
	return ttylast = c;
}

/* The next character that is not a blank. */
int
getnb()
{
	register int c;

	while ((c = getchr()) == ' ')
		;
	return c;
}

/* A line typed in a, c or i, into linebuf: 0 at "." or the end of input. */
int
gettext()
{
	register char *lp;
	register int c;

	lp = linebuf;
	while ((c = getchr()) != '\n') {
		if (c == EOF) {
			if (lp == linebuf)
				return 0;
			break;
		}
		if (lp >= linebuf + MAXLINE)
			error();
		*lp++ = c;
	}
	*lp = 0;
	return linebuf[0] != '.' || linebuf[1] != 0;
}

/* The end of a command: maybe p, l or n, then the newline. */
void
newline()
{
	register int c;

	c = getchr();
	if (c == 'p' || c == 'l' || c == 'n') {
		pflag = c;
		c = getchr();
	}
	if (c != '\n')
		error();
}

/* A file name after e, f, r or w into genbuf: 0 if none (need: one must be there). */
int
getfname(need)
int need;
{
	register char *p;
	register int c;

	c = getchr();
	if (c == '\n' && !need)
		return 0;
	if (c != ' ')
		error();
	p = genbuf;
	for (c = getnb(); c != '\n'; c = getchr()) {
		if (c == EOF || p >= genbuf + FNSIZE - 1)
			error();
		*p++ = c;
	}
	*p = 0;
	if (p == genbuf)
		error();
	return 1;
}

/* Leave the expression compiled by V6 lost when an error stopped it half read. */
void
forget()
{
	recomp("\\", 0, 0);	/* not an expression: none is left compiled */
	error();
}

/* The rest of a [class] after its '[' (already at p - 1), copied to p. */
char *
getclass(p)
register char *p;
{
	register int c;

	c = getchr();
	if (c == '^') {
		*p++ = c;
		c = getchr();
	}
	do {	/* the first character is in the class even if it is ] */
		if (c == '\n' || c == EOF)
			forget();
		if (p >= rebuf + LBSIZE - 2)
			error();
		*p++ = c;
	} while ((c = getchr()) != ']');
	*p++ = c;
	return p;
}

/* Read a regular expression up to delim and compile it (empty: the last one). */
void
getre(delim)
int delim;
{
	register char *p;
	register int c;

	for (p = rebuf; (c = getchr()) != delim; ) {
		if (c == '\n' || c == EOF)
			forget();
		if (p >= rebuf + LBSIZE - 3)
			error();
		*p++ = c;
		if (c == '[')
			p = getclass(p);
		else if (c == '\\') {
			if ((c = getchr()) == '\n' || c == EOF)
				forget();
			*p++ = c;
		}
	}
	*p = 0;
	if (rebuf[0] == 0) {
		if (!rehave())
			error();
	} else if (recomp(rebuf, delim, RE_ED) < 0)
		error();
}

/* Whether the expression matches line n. */
int
match(n)
int n;
{
	return reexec(getln(n), linebuf);
}

/*
 * Addresses
 */

/* A decimal number, its first digit c. */
int
number(c)
register int c;
{
	register int n;

	for (n = 0; c >= '0' && c <= '9'; c = getchr())
		n = n * 10 + c - '0';
	peekc = c;
	return n;
}

/* /re/ (delim '/') or ?re?: the next (previous) line it matches, round the end. */
int
search(delim)
int delim;
{
	register int a, n;

	getre(delim);
	a = dot;
	for (n = 0; n < dol; n++) {
		if (delim == '/')
			a = a >= dol ? 1 : a + 1;
		else
			a = a <= 1 ? dol : a - 1;
		if (match(a))
			return a;
	}
	error();
	return 0;
}

/* The line marked c. */
int
findmark(c)
int c;
{
	register int a;

	if (c < 'a' || c > 'z' || marks[c - 'a'] == 0)
		error();
	for (a = 1; a <= dol; a++)
		if ((zero[a] & ~MARKED) == marks[c - 'a'])
			return a;
	error();
	return 0;
}

/* The start of an address: its line, or -1 if c starts none. */
int
base(c)
int c;
{
	if (c >= '0' && c <= '9')
		return number(c);
	switch (c) {
	case '.':
		return dot;
	case '$':
		return dol;
	case '/':
	case '?':
		return search(c);
	case '\'':
		return findmark(getchr());
	}
	peekc = c;
	return -1;
}

/* An address, or -1 if there is none. */
int
address()
{
	register int a, c, n;
	int sign, any;

	a = base(getnb());
	any = a >= 0;
	for (;;) {
		c = getnb();
		if (any && c >= '0' && c <= '9') {	/* "2 3" is 5 */
			a += number(c);
			continue;
		}
		if (c != '+' && c != '-' && c != '^')
			break;
		if (!any)
			a = dot;
		any = 1;
		sign = c == '+' ? 1 : -1;
		n = 1;
		if ((c = getnb()) >= '0' && c <= '9')
			n = number(c);
		else
			peekc = c;
		a += sign * n;
	}
	peekc = c;
	if (!any)
		return -1;
	if (a < 0 || a > dol)
		error();
	return a;
}

/* The addresses of a command: addr1, addr2 and given (0, 1 or 2). */
void
getaddrs()
{
	register int a, c;

	given = 0;
	addr1 = addr2 = dot;
	for (;;) {
		a = address();
		c = getchr();
		if (a < 0) {
			if (c == ',' || c == ';')
				error();
			break;
		}
		addr1 = addr2;
		addr2 = a;
		given++;
		if (c == ';')
			dot = a;
		else if (c != ',')
			break;
	}
	peekc = c;
	if (given == 1)
		addr1 = addr2;
	if (given > 2)
		given = 2;
	if (addr1 > addr2)
		error();
}

/* Default addresses: . for both. */
void
setdot()
{
	if (given == 0)
		addr1 = addr2 = dot;
}

/* Default addresses: 1,$. */
void
setall()
{
	if (given == 0) {
		addr1 = 1;
		addr2 = dol;
	}
}

/* The addresses must name lines. */
void
nonzero()
{
	if (addr1 <= 0 || addr2 > dol || addr1 > addr2)
		error();
}

void
noaddr()
{
	if (given)
		error();
}

/*
 * Files
 */

void
putlnum(n)
long n;
{
	if (n >= 10)
		putlnum(n / 10);
	putch((int)(n % 10) + '0');
}

/* Read file name in after line a: "." the last line read, the bytes kept printed. */
void
readfile(name, a)
char *name;
int a;
{
	register char *lp;
	register int c, i;
	int fd, n;
	long count;

	if ((fd = open(name, 0)) < 0)
		error();
	pending(a);
	lp = linebuf;
	count = 0;
	while ((n = read(fd, fbuf, BLK)) > 0)
		for (i = 0; i < n; i++) {
			if ((c = fbuf[i] & 0177) == 0)
				continue;
			count++;
			if (c != '\n') {
				if (lp >= linebuf + MAXLINE) {
					close(fd);
					error();
				}
				*lp++ = c;
				continue;
			}
			*lp = 0;
			addline(linebuf);
			lp = linebuf;
		}
	close(fd);
	if (lp > linebuf) {	/* the last line had no newline: keep it all the same */
		*lp = 0;
		addline(linebuf);
	}
	dot = a + settle();
	if (vflag) {
		putlnum(count);
		putch('\n');
	}
}

/* Write lines a..b to file name (made if it is not there); the bytes printed. */
void
writefile(name, a, b)
char *name;
int a, b;
{
	register char *lp;
	register int n;
	int fd;
	long count;

	if ((fd = creat(name, 0666)) < 0)
		error();
	n = 0;
	count = 0;
	for (; a <= b; a++) {
		lp = getln(a);
		do {
			fbuf[n++] = *lp ? *lp : '\n';
			count++;
			if (n == BLK) {
				if (write(fd, fbuf, n) != n)
					error();
				n = 0;
			}
		} while (*lp++);
	}
	if (n > 0 && write(fd, fbuf, n) != n)
		error();
	close(fd);
	if (vflag) {
		putlnum(count);
		putch('\n');
	}
}

/* e name: the buffer is name's lines (even if name cannot be read, it is remembered). */
void
edit()
{
	int i;

	getfname(1);
	strcpy(file, genbuf);
	dot = dol = 0;
	for (i = 0; i < NMARK; i++)
		marks[i] = 0;
	treset();
	readfile(file, 0);
}

/* The name to read or write: the one typed (remembered if none was), or the one remembered. */
char *
rwname()
{
	if (getfname(0)) {
		if (file[0] == 0)
			strcpy(file, genbuf);
		return genbuf;
	}
	if (file[0] == 0)
		error();
	return file;
}

/* !cmd: run cmd by the shell, then print "!". */
void
shell()
{
	register char *p;
	register int c;
	int pid, w, (*was)();

	for (p = genbuf; (c = getchr()) != '\n'; *p++ = c)
		if (c == EOF || p >= genbuf + LBSIZE - 1)
			error();
	*p = 0;
	flush();
	if ((pid = launchsh(genbuf)) < 0)
		error();
	was = signal(SIGINT, SIG_IGN);
	while ((w = wait((int *)0)) != pid && w != -1)
		;
	signal(SIGINT, was);
	putstr("!\n");
}

/*
 * Commands that change lines
 */

/* Text typed after line a, up to ".": "." its last line, or a if none. */
void
append(a)
int a;
{
	pending(a);
	while (gettext())
		addline(linebuf);
	dot = a + settle();
}

/* m and t: the lines move (copy) after the address that follows. */
void
move(copy)
int copy;
{
	register int dest, a;
	int n;

	if ((dest = address()) < 0)
		error();
	newline();
	if (!copy && dest >= addr1 && dest <= addr2)
		error();
	save();
	n = addr2 - addr1 + 1;
	if (copy) {
		pending(dest);
		for (a = addr1; a <= addr2; a++)
			addline(getln(a));
		dot = dest + settle();
	} else if (dest < addr1) {
		rotate(dest + 1, addr1, addr2);
		dot = dest + n;
	} else {
		rotate(addr1, addr2 + 1, dest);
		dot = dest;
	}
}

/* j: the lines made one. */
void
join()
{
	register char *gp;
	register int a;

	if (given == 0)
		addr2 = dot + 1;
	nonzero();
	newline();
	save();
	dot = addr1;
	if (addr1 == addr2)
		return;
	gp = genbuf;
	for (a = addr1; a <= addr2; a++) {
		getln(a);
		if (gp + strlen(linebuf) > genbuf + MAXLINE)
			error();
		strcpy(gp, linebuf);
		gp += strlen(gp);
	}
	zero[addr1] = tput(genbuf);
	delete(addr1 + 1, addr2);
}

/* kx: mark the line x. */
void
mark()
{
	register int c;

	c = getchr();
	if (c < 'a' || c > 'z')
		error();
	newline();
	save();
	marks[c - 'a'] = zero[addr2] & ~MARKED;
}

/*
 * s and g
 */

/* The replacement of s, up to delim, into rhsbuf: & is SUBST, \n is SUBST+n. */
void
getrhs(delim)
int delim;
{
	register char *p;
	register int c;

	for (p = rhsbuf; (c = getchr()) != delim; *p++ = c) {
		if (c == '\n' || c == EOF || p >= rhsbuf + LBSIZE - 1)
			error();
		if (c == '&')
			c = SUBST;
		else if (c == '\\') {	/* \ newline stays: it splits the line */
			if ((c = getchr()) == EOF)
				error();
			if (c >= '1' && c <= '9')
				c = SUBST + c - '0';
		}
	}
	*p = 0;
}

/* Copy from..to to gp in genbuf: where the copy ends. */
char *
copy(gp, from, to)
register char *gp, *from;
char *to;
{
	if (gp + (to - from) > genbuf + MAXLINE)
		error();
	while (from < to)
		*gp++ = *from++;
	return gp;
}

/* The replacement of the match reloc1..reloc2 put at gp. */
char *
place(gp)
register char *gp;
{
	register char *rp;
	register int c;

	for (rp = rhsbuf; (c = *rp & 0377) != 0; rp++)
		if (c == SUBST)
			gp = copy(gp, reloc1, reloc2);
		else if (c > SUBST) {
			if (c - SUBST <= renbra)
				gp = copy(gp, rebra[c - SUBST - 1], reket[c - SUBST - 1]);
		} else {
			if (gp >= genbuf + MAXLINE)
				error();
			*gp++ = c;
		}
	return gp;
}

/* The next match in linebuf after the one that ended at prev, but not an
 * empty one just there (s/x* /-/g puts one - between two characters). */
int
nextmatch(prev)
char *prev;
{
	register char *from;

	for (from = prev; reexec(linebuf, from); from++) {
		if (reloc1 != reloc2 || reloc1 != prev)
			return 1;
		if (*from == 0)
			return 0;
	}
	return 0;
}

/* genbuf: linebuf with its match (with gsubst, every match) replaced. */
void
dosub(gsubst)
int gsubst;
{
	register char *gp, *lp;

	gp = genbuf;
	lp = linebuf;
	do {
		gp = copy(gp, lp, reloc1);
		gp = place(gp);
		lp = reloc2;
	} while (gsubst && nextmatch(lp));
	gp = copy(gp, lp, lp + strlen(lp));
	*gp = 0;
}

/* Line a made genbuf's lines (a newline in it splits it): the last of them. */
int
replace(a)
int a;
{
	register char *p, *start;
	int n;

	p = strchr(genbuf, '\n');
	if (p)
		*p = 0;
	zero[a] = tput(genbuf);
	pending(a);
	while (p) {
		start = p + 1;
		if ((p = strchr(start, '\n')) != 0)
			*p = 0;
		addline(start);
	}
	n = settle();
	addr2 += n;
	return a + n;
}

/* s/re/text/[g][p] */
void
substitute()
{
	register int a, c;
	int delim, gsubst, nsub;

	delim = getchr();
	if (delim == '\n' || delim == '\\' || delim == EOF)
		error();
	getre(delim);
	getrhs(delim);
	gsubst = 0;
	if ((c = getchr()) == 'g') {
		gsubst = 1;
		c = getchr();
	}
	if (c == 'p') {
		pflag = c;
		c = getchr();
	}
	if (c != '\n')
		error();
	save();
	for (nsub = 0, a = addr1; a <= addr2; a++)
		if (match(a)) {
			dosub(gsubst);
			dot = a = replace(a);
			nsub++;
		}
	if (nsub == 0 && !inglobal)
		error();
}

/* The command list of g, to the end of the line (\ newline: a newline), into gbuf. */
void
getlist()
{
	register char *gp;
	register int c;

	for (gp = gbuf; (c = getchr()) != '\n'; *gp++ = c) {
		if (c == EOF || gp >= gbuf + GBSIZE - 3)
			error();
		if (c == '\\' && (c = getchr()) != '\n') {
			*gp++ = '\\';
			if (c == EOF)
				error();
		}
	}
	*gp++ = '\n';
	*gp = 0;
}

/* g/re/list (sense 1), v/re/list (sense 0): the list run on each line chosen. */
void
global(sense)
int sense;
{
	register int a, delim;

	if (inglobal)
		error();
	setall();
	nonzero();
	if ((delim = getchr()) == '\n' || delim == EOF)
		error();
	getre(delim);
	getlist();
	save();
	for (a = 1; a <= dol; a++)
		zero[a] &= ~MARKED;
	for (a = addr1; a <= addr2; a++)
		if (match(a) == sense)
			zero[a] |= MARKED;
	inglobal = 1;
	for (a = 1; a <= dol; a++)
		if (zero[a] & MARKED) {
			zero[a] &= ~MARKED;
			dot = a;
			for (globp = gbuf; *globp; )
				command();
			a = 0;	/* lines may have moved: look from the start again */
		}
	globp = 0;
	inglobal = 0;
	pflag = 0;	/* the list printed what it asked for */
}

/*
 * The command loop
 */

void
quit()
{
	flush();
	unlink(tfname);
	exit(0);
}

/* Print lines addr1..addr2 as p, l or n ("how") shows them. */
void
print(how)
int how;
{
	register int a;

	for (a = addr1; a <= addr2; a++)
		putline(getln(a), how, a);
	dot = addr2;
}

/* The commands that only look: print, list, number, =, newline. */
int
looking(c)
int c;
{
	switch (c) {
	case '\n':
		if (given == 0)
			addr2 = dot + 1;
		addr1 = addr2;
		nonzero();
		print('p');
		return 1;
	case 'l':
	case 'n':
	case 'p':
		setdot();
		nonzero();
		newline();
		print(c);
		return 1;
	case '=':
		if (given == 0)
			addr2 = dol;
		newline();
		putnum(addr2);
		putch('\n');
		return 1;
	}
	return 0;
}

/* a, c, d, i: 1 if c was one of them. */
int
lines(c)
int c;
{
	setdot();
	switch (c) {
	case 'a':
		newline();
		save();
		append(addr2);
		return 1;
	case 'c':
	case 'd':
		nonzero();
		newline();
		save();
		delete(addr1, addr2);
		if (c == 'c')
			append(addr1 - 1);
		else
			dot = addr1 > dol ? dol : addr1;
		return 1;
	case 'i':
		nonzero();
		newline();
		save();
		append(addr2 - 1);
		return 1;
	}
	return 0;
}

/* e, f, q, r, u, w, !: 1 if c was one of them. */
int
files(c)
int c;
{
	switch (c) {
	case 'e':
		noaddr();
		edit();
		return 1;
	case 'f':
		noaddr();
		if (getfname(0))
			strcpy(file, genbuf);
		putstr(file);
		putch('\n');
		return 1;
	case 'q':
		noaddr();
		if (getchr() != '\n')
			error();
		quit();
	case 'r':
		if (given == 0)
			addr2 = dol;
		save();
		readfile(rwname(), addr2);
		return 1;
	case 'w':
		setall();
		nonzero();
		writefile(rwname(), addr1, addr2);
		return 1;
	case '!':
		noaddr();
		shell();
		return 1;
	}
	return 0;
}

/* Read and do one command. */
int
command()
{
	register int c;

	pflag = 0;
	getaddrs();
	if ((c = getchr()) == EOF && given == 0)
		quit();
	if (!looking(c) && !lines(c) && !files(c))
		switch (c) {
		case 'g':
		case 'v':
			global(c == 'g');
			break;
		case 'j':
			join();
			break;
		case 'k':
			setdot();
			nonzero();
			mark();
			break;
		case 'm':
		case 't':
			setdot();
			nonzero();
			move(c == 't');
			break;
		case 's':
			setdot();
			nonzero();
			substitute();
			break;
		case 'u':
			noaddr();
			newline();
			undo();
			break;
		default:
			error();
		}
	if (pflag) {
		if (dot <= 0 || dot > dol)
			error();
		putline(getln(dot), pflag, dot);
	}
	return 0;
}

/* Every error: "?"; the rest of the line typed is skipped, a script on a file ends. */
void
error()
{
	register int a;

	settle();
	if (inglobal)
		for (a = 1; a <= dol; a++)
			zero[a] &= ~MARKED;
	inglobal = 0;
	globp = 0;
	peekc = 0;
	putstr("?\n");
	flush();
	seek(0, 0, 2);
	while (ttylast != '\n' && ttylast != EOF)
		getchr();
	longjmp(again, 1);
}

void
onintr()
{
	signal(SIGINT, onintr);
	putch('\n');
	ttylast = '\n';		/* the terminal dropped what was typed */
	error();
}

int
main(argc, argv)
int argc;
char **argv;
{
	if (signal(SIGINT, SIG_IGN) != SIG_IGN)
		signal(SIGINT, onintr);
	signal(SIGQIT, SIG_IGN);
	if (argc > 1 && argv[1][0] == '-') {
		vflag = 0;
		argc--;
		argv++;
	}
	tinit();
	if (argc > 1) {
		strncpy(file, argv[1], FNSIZE - 1);
		if (setjmp(again) == 0) {
			treset();
			readfile(file, 0);
		}
	}
	setjmp(again);
	for (;;)
		command();
}
