/*
 * update: flush the system's buffers to the disk every 30 seconds
 * (update(VIII)), so that a crash loses at most that much.  /etc/rc
 * starts it at boot: it puts itself in the background (the parent exits
 * at once) and keeps no files open.
 */
#include <unistd.h>

int main(void)
{
	int fd;

	if (fork() != 0)
		return 0;
	for (fd = 0; fd < 3; fd++)
		close(fd);
	for (;;) {
		sync();
		sleep(30);
	}
}
