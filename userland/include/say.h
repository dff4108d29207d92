/*
 * say.h: messages on the standard output without printf, for the small
 * commands (cp, mv, rm, mkdir ...): printf would make each five times larger,
 * and every exec reads the whole program from the disk.
 */
#ifndef _SAY_H
#define _SAY_H

void say(char *s);		/* write s on the standard output */
void sayoctal(unsigned n);	/* write n in octal */
void sayexit(char *msg);	/* write msg and a newline, then exit 1 */

#endif
