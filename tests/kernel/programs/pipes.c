/* pipes: a writer much faster than its reader (it must sleep when the pipe
 * holds 4096 bytes), a reader faster than its writer (it must sleep when
 * the pipe is empty), end of file, and SIGPIPE. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <signal.h>

int fds[2];
char buf[1000];

int main()
{
	int i, n, total, c, status, r;
	long sum;

	pipe(fds);
	fflush(stdout);
	c = fork();
	if (c == 0) {
		close(fds[0]);
		for (i = 0; i < 20; i++) {
			for (n = 0; n < 1000; n++)
				buf[n] = i + n;
			write(fds[1], buf, 1000);
		}
		exit(0);
	}
	close(fds[1]);
	total = sum = 0;
	sleep(2);	/* let the writer fill the pipe and block */
	while ((n = read(fds[0], buf, 300)) > 0) {
		for (i = 0; i < n; i++)
			sum += buf[i] & 0377;
		total += n;
	}
	wait(&status);
	printf("fast writer: %d bytes, sum %ld, writer status %o\n", total, sum, status);
	close(fds[0]);

	pipe(fds);
	fflush(stdout);
	c = fork();
	if (c == 0) {
		close(fds[0]);
		for (i = 0; i < 3; i++) {
			sleep(1);
			write(fds[1], "tick", 4);
		}
		exit(0);
	}
	close(fds[1]);
	while ((n = read(fds[0], buf, 100)) > 0) {
		buf[n] = 0;
		printf("read %d: %s\n", n, buf);
	}
	printf("end of file: %d\n", n);
	wait(&status);
	close(fds[0]);

	pipe(fds);
	close(fds[0]);
	signal(SIGPIPE, SIG_IGN);
	r = write(fds[1], "x", 1);
	printf("no reader, ignored: %d errno %d\n", r, errno);
	signal(SIGPIPE, SIG_DFL);
	fflush(stdout);
	c = fork();
	if (c == 0) {
		write(fds[1], "x", 1);
		exit(0);
	}
	wait(&status);
	printf("no reader, default: status %o\n", status);
	return 0;
}
