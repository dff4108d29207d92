/* sigs: signals caught, ignored and left to their default action.
 * A child signals its parent while the parent waits: a caught signal ends
 * the wait with EINTR and runs the handler, which V6 then resets to the
 * default; an ignored one does not disturb the wait. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <signal.h>

int caught;

int onsig(int n)
{
	caught = n;
	return 0;
}

/* A child that sends signal n to pid, then exits with code. */
int sender(int pid, int n, int code)
{
	int c;

	fflush(stdout);
	c = fork();
	if (c == 0) {
		sleep(1);
		kill(pid, n);
		exit(code);
	}
	return c;
}

int main()
{
	int me, status, r, c;

	me = getpid();
	signal(SIGINT, onsig);
	sender(me, SIGINT, 5);
	r = wait(&status);
	printf("wait %d errno %d caught %d\n", r, errno, caught);
	r = wait(&status);
	printf("then status %o\n", status);
	printf("handler now %d\n", (int)signal(SIGINT, SIG_IGN));
	caught = 0;
	sender(me, SIGINT, 6);
	wait(&status);
	printf("ignored: status %o caught %d\n", status, caught);

	/* default actions, on children */
	fflush(stdout);
	c = fork();
	if (c == 0) {
		signal(SIGINT, SIG_DFL);
		pause_forever();
	}
	sleep(1);
	kill(c, SIGINT);
	wait(&status);
	printf("interrupt: status %o\n", status);
	fflush(stdout);
	c = fork();
	if (c == 0)
		pause_forever();
	sleep(1);
	kill(c, SIGQIT);
	wait(&status);
	printf("quit: status %o\n", status);
	fflush(stdout);
	c = fork();
	if (c == 0)
		pause_forever();
	sleep(1);
	kill(c, SIGKIL);
	wait(&status);
	printf("kill: status %o\n", status);
	return 0;
}

int pause_forever()
{
	for (;;)
		sleep(1000);
}
