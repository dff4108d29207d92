/*
 * sgtty.h: a terminal's modes, as stty(II) and gtty(II) pass them: three
 * words, the speeds (input in the low byte, output in the high), the erase
 * and kill characters (erase low, kill high) and the flags.  The names and
 * values are V6's (dmr/tty.h); the speed codes are the DH11's.
 */
#ifndef _SGTTY_H
#define _SGTTY_H

struct sgttyb {
	char	sg_ispeed;
	char	sg_ospeed;
	char	sg_erase;
	char	sg_kill;
	int	sg_flags;
};

#define HUPCL	01	/* hang up the line on the last close */
#define XTABS	02	/* expand tabs to spaces on output */
#define LCASE	04	/* an upper-case-only terminal */
#define ECHO	010
#define CRMOD	020	/* CR in is newline; newline out is CR LF */
#define RAW	040	/* every character a line; no erase, kill, signals */
#define ODDP	0100	/* odd parity accepted */
#define EVENP	0200	/* even parity accepted */
#define NLDELAY	01400	/* nl1..nl3: delay after a newline */
#define TBDELAY	06000	/* tab1..tab3: delay after a tab */
#define CRDELAY	030000	/* cr1..cr3: delay after a carriage return */
#define VTDELAY	040000	/* ff1: delay after a form feed or vertical tab */

#define NL1	0400
#define NL2	01000
#define NL3	01400
#define TAB1	02000
#define TAB2	04000
#define TAB3	06000
#define CR1	010000
#define CR2	020000
#define CR3	030000
#define FF1	040000

#define B0	0
#define B50	1
#define B75	2
#define B110	3
#define B134	4
#define B150	5
#define B200	6
#define B300	7
#define B600	8
#define B1200	9
#define B1800	10
#define B2400	11
#define B4800	12
#define B9600	13
#define EXTA	14
#define EXTB	15

#endif
