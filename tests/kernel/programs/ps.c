/* ps: every process of the table through pstat, one line each: pid ppid
 * uid state size command model; then pstat of slot 50 (past the table). */
#include <stdio.h>
#include <unistd.h>
#include <pstat.h>

struct pstat ps;

int main()
{
	int slot;

	fflush(stdout);
	if (fork() == 0) {
		sleep(5);
		return 0;
	}
	sleep(1);
	for (slot = 0; slot < NPROC; slot++)
		if (pstat(slot, &ps) == 1)
			printf("%d %d %d %d %s %s %s\n", ps.ps_pid, ps.ps_ppid, ps.ps_uid, ps.ps_stat,
			       ps.ps_size > 0 ? "sized" : "empty", ps.ps_comm, ps.ps_model);
	slot = pstat(NPROC, &ps);
	printf("past the table: %d errno %d\n", slot, errno);
	return 0;
}
