/*
 * pstat.h: one process-table entry, as the pstat system call (27, new: V6's
 * ps read the table from /dev/kmem) gives it.
 *
 * pstat(slot, &ps) fills ps for process-table slot 0..NPROC-1 and returns
 * 1, or 0 if the slot is empty; -1 with EINVAL past the table.
 */
#ifndef _PSTAT_H
#define _PSTAT_H

#define NPROC	50	/* slots in the process table */

/* ps_stat: V6's p_stat */
#define SSLEEP	1	/* asleep at a priority signals do not interrupt */
#define SWAIT	2	/* asleep, interruptible */
#define SRUN	3	/* running or runnable */
#define SIDL	4	/* being created */
#define SZOMB	5	/* exited, not yet waited for */
#define SSTOP	6	/* stopped */

/* ps_flag: V6's p_flag */
#define SLOAD	01	/* in core */
#define SSYS	02	/* the swapper */
#define SLOCK	04	/* not to be swapped now */
#define SSWAP	010	/* swapped out while growing */

struct pstat {
	int	ps_pid;
	int	ps_ppid;
	int	ps_uid;		/* real user id */
	int	ps_stat;
	int	ps_flag;
	int	ps_pri;		/* priority: lower runs first */
	int	ps_cpu;		/* recent CPU use */
	int	ps_nice;
	int	ps_size;	/* clicks (64 bytes) of data and stack */
	int	ps_tsize;	/* clicks of its shared text, 0 if none */
	int	ps_tty;		/* device number of its terminal, -1 if none */
	int	ps_wchan;	/* what it sleeps on (a number per wait channel), 0 if awake */
	long	ps_utime;	/* clock ticks in user mode */
	long	ps_stime;	/* clock ticks in the kernel */
	char	ps_comm[16];	/* the name it was exec'd with */
	char	ps_model[16];	/* the process-creation model that made it */
};

int pstat(int slot, struct pstat *ps);

#endif
