/*
 * update: flush the system's buffers to the disk every 30 seconds
 * (update(VIII)), so that a crash loses at most that much.  /etc/rc
 * starts it at boot, in the background (&), and it keeps no files open.
 * Deviation from V6: V6's update forked itself into the background; here
 * the shell's launcher does it, by whatever model is current, so that it
 * runs under strict mode too.
 */
#include <unistd.h>

int main(void)
{
	int fd;

	for (fd = 0; fd < 3; fd++)
		close(fd);
	for (;;) {
		sync();
		sleep(30);
	}
}
