/* signal.h: the V6 signals. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#define NSIG	20

#define SIGHUP	1	/* hangup */
#define SIGINT	2	/* interrupt (DEL) */
#define SIGQIT	3	/* quit (FS) */
#define SIGQUIT	3
#define SIGINS	4	/* illegal instruction */
#define SIGTRC	5	/* trace or breakpoint */
#define SIGIOT	6	/* IOT */
#define SIGEMT	7	/* EMT */
#define SIGFPT	8	/* floating point exception */
#define SIGKIL	9	/* kill (cannot be caught or ignored) */
#define SIGKILL	9
#define SIGBUS	10	/* bus error */
#define SIGSEG	11	/* segmentation violation */
#define SIGSYS	12	/* bad system call */
#define SIGPIPE	13	/* write on a pipe nobody reads */

#define SIG_DFL	((int (*)())0)
#define SIG_IGN	((int (*)())1)

int (*signal(int sig, int (*func)()))();

#endif
