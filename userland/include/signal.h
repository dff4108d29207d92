/*
 * signal.h: the V6 signals, with the names of V6's param.h.  The numbers
 * are v6/signals.py's; a test holds the two to each other.  A starred
 * signal's default action leaves a core image (signal(II)).
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#define NSIG	20	/* signals are 1 to NSIG-1 */

#define SIGHUP	1	/* hangup */
#define SIGINT	2	/* interrupt (DEL) */
#define SIGQIT	3	/* quit (FS) * */
#define SIGINS	4	/* illegal instruction *, not reset when caught */
#define SIGTRC	5	/* trace or breakpoint *, not reset when caught */
#define SIGIOT	6	/* IOT * */
#define SIGEMT	7	/* EMT * */
#define SIGFPT	8	/* floating point exception * */
#define SIGKIL	9	/* kill (cannot be caught or ignored) */
#define SIGBUS	10	/* bus error * */
#define SIGSEG	11	/* segmentation violation * */
#define SIGSYS	12	/* bad system call * */
#define SIGPIPE	13	/* write on a pipe nobody reads */

#define SIG_DFL	((int (*)())0)
#define SIG_IGN	((int (*)())1)

int (*signal(int sig, int (*func)()))();

#endif
