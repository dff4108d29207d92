/* models: what each process-creation model shares and copies, and its errors.
 * Each line is worked out from the model's definition (v6/kernel/creation). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <spawn.h>
#include <xproc.h>

int global;
char *hello[] = { "hello", "from", "child", 0 };

void show(char *what, int r)
{
	if (r == -1)
		printf("%s: -1 errno %d\n", what, errno);
	else
		printf("%s: %d\n", what, r);
	fflush(stdout);
}

void forks()
{
	int pid, status;

	global = 1;
	if ((pid = fork()) == 0) {
		global = 2;
		_exit(0);
	}
	wait(&status);
	printf("fork: the parent still sees %d\n", global);
	global = 1;
	if ((pid = rfork(RFPROC | RFMEM | RFFDG)) == 0) {
		global = 3;
		_exit(0);
	}
	wait(&status);
	printf("rfork RFMEM: the parent sees %d\n", global);
	global = 1;
	if ((pid = rfork(RFPROC | RFFDG)) == 0) {
		global = 4;
		_exit(0);
	}
	wait(&status);
	printf("rfork without RFMEM: the parent sees %d\n", global);
	show("rfork RFMEM without RFPROC", rfork(RFMEM));
	show("rfork RFFDG|RFCFDG", rfork(RFPROC | RFFDG | RFCFDG));
	show("rfork RFNAMEG", rfork(RFPROC | 1));
	show("rfork RFFDG on itself", rfork(RFFDG));
}

void vforks()
{
	long before, after;
	int pid, status;

	global = 1;
	time(&before);
	if ((pid = vfork()) == 0) {
		global = 5;		/* the parent's own memory */
		sleep(2);
		execv("/bin/hello", hello);
		_exit(1);
	}
	time(&after);
	printf("vfork: the parent waited %d s and sees %d\n", (int)(after - before) >= 2, global);
	wait(&status);
	printf("vfork: child status %o\n", status);
}

void spawns()
{
	posix_spawn_file_actions_t fa;
	int pid, status, r;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/tmp/spawned", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	r = posix_spawn(&pid, "/bin/hello", &fa, 0, hello, 0);
	printf("spawn: %d\n", r);
	wait(&status);
	printf("spawn: child status %o\n", status);
	posix_spawn_file_actions_destroy(&fa);
	printf("spawn missing: %d\n", posix_spawn(&pid, "/bin/nosuch", 0, 0, hello, 0));
	printf("spawn not executable: %d\n", posix_spawn(&pid, "/etc", 0, 0, hello, 0));
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addclose(&fa, 9);
	printf("spawn closing a closed fd: %d\n", posix_spawn(&pid, "/bin/hello", &fa, 0, hello, 0));
	printf("spawn with an environment: %d\n", posix_spawn(&pid, "/bin/hello", 0, 0, hello, hello));
	show("no child was left", wait(&status));
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addchdir(&fa, "/tmp");
	posix_spawn_file_actions_addopen(&fa, 1, "relative", O_WRONLY | O_CREAT, 0600);
	printf("spawnp: %d\n", posix_spawnp(&pid, "hello", &fa, 0, hello, 0));
	wait(&status);
	printf("spawnp: child status %o\n", status);
}

void xprocs()
{
	int pid, status, other;
	char buf[8];

	pid = pcreate();
	printf("pcreate: %d\n", pid > 1);
	show("pstart with no program", pstart(pid));
	show("pexec", pexec(pid, "/bin/hello", hello));
	show("pdup", pdup(pid, 1, 1));
	show("pwritemem", pwritemem(pid, (char *)0177770, "ab", 2));
	show("preadmem", preadmem(pid, (char *)0177770, buf, 2));
	printf("read back %c%c\n", buf[0], buf[1]);
	show("pwritemem into the text", pwritemem(pid, (char *)0, "ab", 2));
	show("pwritemem past the data", pwritemem(pid, (char *)0100000, "ab", 2));
	if ((other = fork()) == 0) {
		show("the creator's child, as root", pdup(pid, 2, 2));
		setuid(6);
		show("the creator's child, as ken", pdup(pid, 1, 1));
		_exit(0);
	}
	wait(&status);
	show("pstart", pstart(pid));
	show("pdup after the start", pdup(pid, 1, 1));
	wait(&status);
	printf("xproc: child status %o\n", status);
	show("pexec of nobody", pexec(30000, "/bin/hello", hello));
	pid = pcreate();
	show("kill of an embryo", kill(pid, 9));
	show("pexec after the kill", pexec(pid, "/bin/hello", hello));
	show("nothing left to wait for", wait(&status));
}

int main(int argc, char **argv)
{
	forks();
	vforks();
	spawns();
	xprocs();
	return 0;
}
