/*
 * stty [option ...]: set the modes of the terminal that is the standard
 * output (stty(I)), or, with no option, report them on the diagnostic
 * output in V6's form:
 *	speed 110 baud
 *	erase = '#'; kill = '@'
 *	even odd -nl echo -tabs cr1
 * (the third line names only what differs from an idle line).
 *
 * Options, taken in order:
 *	even -even odd -odd	accept even, odd parity (or not)
 *	raw -raw cooked		raw mode: no erase, kill, interrupt, quit, EOT
 *	nl -nl			newline alone ends a line / CR is newline, and
 *				newline is written as CR LF
 *	echo -echo		echo what is typed
 *	lcase -lcase		an upper-case-only terminal
 *	tabs -tabs		keep tabs / write them as spaces
 *	hup -hup		hang up the line when it is last closed
 *	ek			erase and kill back to # and @
 *	erase c, kill c		the erase or kill character (nothing: none)
 *	cr0 cr1 cr2 cr3		delays after a carriage return,
 *	nl0 nl1 nl2 nl3		after a newline,
 *	tab0 tab1 tab2 tab3	after a tab,
 *	ff0 ff1			after a form feed or vertical tab
 *	0 50 75 110 134 150 200 300 600 1200 1800 2400 4800 9600 exta extb
 *				the speed (input and output)
 * An unknown option is reported ("unknown mode: X", exit status 1) and
 * the rest still done.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sgtty.h>

struct mode {
	char	*name;
	int	clear;		/* flags it turns off */
	int	set;		/* flags it turns on */
};

struct mode modes[] = {
	"even", 0, EVENP,		"-even", EVENP, 0,
	"odd", 0, ODDP,			"-odd", ODDP, 0,
	"raw", 0, RAW,			"-raw", RAW, 0,
	"cooked", RAW, 0,
	"nl", CRMOD, 0,			"-nl", 0, CRMOD,
	"echo", 0, ECHO,		"-echo", ECHO, 0,
	"lcase", 0, LCASE,		"-lcase", LCASE, 0,
	"tabs", XTABS, 0,		"-tabs", 0, XTABS,
	"hup", 0, HUPCL,		"-hup", HUPCL, 0,
	"cr0", CRDELAY, 0,		"cr1", CRDELAY, CR1,
	"cr2", CRDELAY, CR2,		"cr3", CRDELAY, CR3,
	"nl0", NLDELAY, 0,		"nl1", NLDELAY, NL1,
	"nl2", NLDELAY, NL2,		"nl3", NLDELAY, NL3,
	"tab0", TBDELAY, 0,		"tab1", TBDELAY, TAB1,
	"tab2", TBDELAY, TAB2,		"tab3", TBDELAY, TAB3,
	"ff0", VTDELAY, 0,		"ff1", VTDELAY, FF1,
	0, 0, 0,
};

/* Speed codes 0-13 by name; exta and extb are 14 and 15. */
char *speeds[] = {
	"0", "50", "75", "110", "134", "150", "200", "300", "600", "1200",
	"1800", "2400", "4800", "9600", "exta", "extb", 0,
};

struct sgttyb tty;

/* The speed a code stands for; V6's stty showed exta and extb as 0. */
static char *baud(int code)
{
	return code < 14 ? speeds[code] : "0";
}

/* Print name and a blank if all of bits are set in the flags. */
static void flag(int bits, char *name)
{
	if ((tty.sg_flags & bits) == bits)
		fprintf(stderr, "%s ", name);
}

/* Print a delay field's name and value when it is not 0. */
static void delay(int mask, int shift, char *name)
{
	int n;

	n = tty.sg_flags >> shift & mask >> shift;
	if (n)
		fprintf(stderr, "%s%d ", name, n);
}

static void report(void)
{
	fprintf(stderr, "speed %s baud\n", baud(tty.sg_ispeed & 017));
	fprintf(stderr, "erase = '");
	if (tty.sg_erase)
		putc(tty.sg_erase, stderr);
	fprintf(stderr, "'; kill = '");
	if (tty.sg_kill)
		putc(tty.sg_kill, stderr);
	fprintf(stderr, "'\n");
	flag(EVENP, "even");
	flag(ODDP, "odd");
	flag(RAW, "raw");
	flag(CRMOD, "-nl");
	flag(ECHO, "echo");
	flag(LCASE, "lcase");
	flag(XTABS, "-tabs");
	flag(HUPCL, "hup");
	delay(NLDELAY, 8, "nl");
	delay(TBDELAY, 10, "tab");
	delay(CRDELAY, 12, "cr");
	delay(VTDELAY, 14, "ff");
	fprintf(stderr, "\n");
}

/* Apply the option named s; 0 if there is none. */
static int option(char *s)
{
	struct mode *m;
	int i;

	for (m = modes; m->name; m++)
		if (strcmp(s, m->name) == 0) {
			tty.sg_flags = tty.sg_flags & ~m->clear | m->set;
			return 1;
		}
	for (i = 0; speeds[i]; i++)
		if (strcmp(s, speeds[i]) == 0) {
			tty.sg_ispeed = tty.sg_ospeed = i;
			return 1;
		}
	if (strcmp(s, "ek") == 0) {
		tty.sg_erase = '#';
		tty.sg_kill = '@';
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int i, bad;

	if (gtty(1, (int *)&tty) < 0) {
		fprintf(stderr, "stty: not a tty\n");
		return 1;
	}
	if (argc == 1) {
		report();
		return 0;
	}
	bad = 0;
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "erase") == 0)
			tty.sg_erase = ++i < argc ? argv[i][0] : 0;
		else if (strcmp(argv[i], "kill") == 0)
			tty.sg_kill = ++i < argc ? argv[i][0] : 0;
		else if (!option(argv[i])) {
			fprintf(stderr, "unknown mode: %s\n", argv[i]);
			bad = 1;
		}
	}
	stty(1, (int *)&tty);
	return bad;
}
