/*
 * getty [code [terminal]]: init runs it on each terminal line with the
 * third character of the line's /etc/ttys entry (getty(VIII)) and the
 * terminal's name, which getty opens as its standard input, output and
 * error.  Deviation from V6: V6's init opened the terminal in the child it
 * forked, before exec; a terminal becomes the controlling terminal of the
 * process that opens it first, and posix_spawn and the cross-process
 * calls run no code in the child, so getty opens it itself and init can
 * start it under every process-creation model.  Without a terminal named,
 * getty uses the descriptors it was given, as V6's did.  It types "login:", reads the name typed, gives the
 * terminal its modes for the session and runs /bin/login NAME.
 *
 * The code picks a table of speeds, each with its own greeting (which
 * carries the characters that put the terminals of 1975 in full-duplex
 * mode) and its own modes for the session:
 *   -  the console: 110 baud (a Teletype 33);
 *   0  (and any code not listed) a DH11 line: 300 baud (a Terminet), and a
 *      break goes on to 150 (a Teletype 37), then 110, then back to 300;
 *   1  150 baud;  2  9600 baud.
 * A break arrives as a NUL character.
 *
 * While the name is read the line is raw and does not echo: getty echoes
 * each character itself and does the erase (#) and kill (@) characters.
 * A name ended by a carriage return asks for CRMOD (CR read as newline,
 * newline written as CR LF).  Letters of the name are taken in lower case;
 * if no lower-case letter was typed at all (even one erased later), the
 * terminal is an upper-case-only one and LCASE is set, else it is cleared.
 */
#include <unistd.h>
#include <sgtty.h>

#define NAMELEN	32
#define READING	(RAW | EVENP | ODDP | NL1 | CR1)	/* while the name is typed */
#define TTY33	(ECHO | CRMOD | XTABS | LCASE | EVENP | ODDP | CR1)
#define TTY37	(ECHO | CRMOD | EVENP | NL1 | TAB1 | CR2 | FF1)

struct speed {
	int	code;		/* the DH11's speed code, input and output */
	char	*greeting;
	int	flags;		/* the modes of the session */
	int	next;		/* the entry a break goes to */
};

struct speed table[] = {
	B110, "\n\rlogin: ", TTY33, 0,				/* 0: -, the console */
	B300, "\n\r\033;\007login: ", ECHO | CRMOD | EVENP | ODDP | CR1, 2,
	B150, "\n\r\033:\006\006\017login: ", TTY37, 3,
	B110, "\n\rlogin: ", TTY33, 1,
	B150, "\n\r\033:\006\006\017login: ", TTY37, 4,	/* 4: 1 */
	B9600, "\n\r\033;login: ", ECHO | CRMOD | XTABS | EVENP | ODDP | FF1, 5,
};

char name[NAMELEN + 1];
int sawlower;	/* a lower-case letter was typed */

/* The first entry of the table code picks. */
static int first(int code)
{
	if (code == '-')
		return 0;
	if (code == '1')
		return 4;
	if (code == '2')
		return 5;
	return 1;
}

static void modes(struct speed *s, int erase, int kill, int flags)
{
	struct sgttyb tty;

	tty.sg_ispeed = tty.sg_ospeed = s->code;
	tty.sg_erase = erase;
	tty.sg_kill = kill;
	tty.sg_flags = flags;
	stty(0, (int *)&tty);
}

static int length(char *s)
{
	int n;

	for (n = 0; s[n]; n++)
		;
	return n;
}

/*
 * Greet and read a name at speed s, echoing it; the character that ended
 * it (CR or newline), or 0 for a break.  At the end of the input (the
 * line hung up) getty has nothing more to do.
 */
static int readname(struct speed *s)
{
	int n;
	char c;

	modes(s, 0, 0, READING);
	write(1, s->greeting, length(s->greeting));
	n = 0;
	sawlower = 0;
	for (;;) {
		if (read(0, &c, 1) != 1)
			_exit(1);
		c &= 0177;
		if (c == 0)
			return 0;
		write(1, &c, 1);
		if (c == '\r' || c == '\n')
			break;
		if (c >= 'a' && c <= 'z')
			sawlower = 1;
		else if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c == '#') {
			if (n > 0)
				n--;
		} else if (c == '@') {
			n = 0;
		} else if (n < NAMELEN) {
			name[n++] = c;
		}
	}
	name[n] = 0;
	return c;
}

int main(int argc, char **argv)
{
	struct speed *s;
	int end, flags;

	if (argc > 2) {
		if (open(argv[2], 2) < 0)
			return 0377;	/* init's sign that the line cannot be used */
		dup(0);
		dup(0);
	}
	s = &table[first(argc > 1 ? argv[1][0] : '0')];
	while ((end = readname(s)) == 0)
		s = &table[s->next];
	flags = sawlower ? s->flags & ~LCASE : s->flags | LCASE;
	if (end == '\r') {
		write(1, "\n", 1);
		flags |= CRMOD;
	} else {
		write(1, "\r", 1);
		flags &= ~CRMOD;
	}
	modes(s, '#', '@', flags);
	execl("/bin/login", "login", name, 0);
	write(1, "No login\n", 9);
	return 1;
}
