/* syscalls: every V6 system call, its success and its error paths, one line
 * each: "name result" or "name -1 errno N".  Run as root with uid/gid
 * switching done here; /tmp must be writable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>

void show(char *name, int r)
{
	if (r == -1)
		printf("%s -1 errno %d\n", name, errno);
	else
		printf("%s %d\n", name, r);
	fflush(stdout);
}

/* For calls that leave r0 as it was: only success or the error counts. */
void ok(char *name, int r)
{
	if (r == -1)
		show(name, r);
	else {
		printf("%s ok\n", name);
		fflush(stdout);
	}
}

int st[18];
int tb[6];
int pfd[2];
long t;

int main()
{
	int fd, fd2, i, pid, status;
	char buf[64];
	char *argv[3];

	/* files */
	show("open missing", open("/tmp/nosuch", 0));
	fd = creat("/tmp/f", 0644);
	show("creat", fd);
	show("write", write(fd, "abcdefghij", 10));
	show("read wronly", read(fd, buf, 4));
	ok("close", close(fd));
	ok("close again", close(fd));
	ok("close 99", close(99));
	fd = open("/tmp/f", 2);
	show("open rw", fd);
	show("read", read(fd, buf, 4));
	buf[4] = 0;
	printf("data %s\n", buf);
	ok("seek 2 from start", seek(fd, 2, 0));
	show("read after seek", read(fd, buf, 3));
	buf[3] = 0;
	printf("data %s\n", buf);
	ok("seek -1 from end", seek(fd, -1, 2));
	show("read last", read(fd, buf, 10));
	printf("data %c\n", buf[0]);
	show("read at end", read(fd, buf, 10));
	ok("seek block 1", seek(fd, 1, 3));
	show("read past end", read(fd, buf, 10));
	ok("fstat", fstat(fd, (char *)st));
	printf("size %d mode %o nlink %d\n", st[5], st[2], st[3] & 0377);
	fd2 = dup(fd);
	show("dup", fd2);
	show("dup bad", dup(14));
	close(fd2);
	close(fd);
	ok("stat", stat("/tmp/f", (char *)st));
	printf("ino>0 %d size %d\n", st[1] > 0, st[5]);
	ok("stat missing", stat("/tmp/nosuch/x", (char *)st));
	ok("link", link("/tmp/f", "/tmp/g"));
	ok("link exists", link("/tmp/f", "/tmp/g"));
	ok("link missing", link("/tmp/nosuch", "/tmp/h"));
	stat("/tmp/f", (char *)st);
	printf("nlink %d\n", st[3] & 0377);
	ok("unlink", unlink("/tmp/g"));
	ok("unlink missing", unlink("/tmp/g"));
	ok("chmod", chmod("/tmp/f", 0600));
	stat("/tmp/f", (char *)st);
	printf("mode %o\n", st[2]);
	ok("chown", chown("/tmp/f", 6));
	stat("/tmp/f", (char *)st);
	printf("uid %d\n", (st[3] >> 8) & 0377);
	ok("mknod", mknod("/tmp/node", 020666, 0x0802));
	stat("/tmp/node", (char *)st);
	printf("node mode %o dev %o\n", st[2], st[6]);
	show("open dir for writing", open("/tmp", 1));
	ok("chdir file", chdir("/tmp/f"));
	ok("chdir", chdir("/tmp"));
	show("open relative", (fd = open("f", 0)));
	close(fd);
	ok("chdir missing", chdir("/nosuch"));
	show("gtty file", gtty(0, tb));

	/* pipes */
	ok("pipe", pipe(pfd));
	ok("seek pipe", seek(pfd[0], 0, 0));
	show("write pipe", write(pfd[1], "xyz", 3));
	show("read pipe", read(pfd[0], buf, 10));
	close(pfd[1]);
	show("read pipe eof", read(pfd[0], buf, 10));
	close(pfd[0]);

	/* processes */
	show("wait no child", wait(&status));
	show("getpid>0", getpid() > 0);
	show("getuid", getuid());
	show("getgid", getgid());
	show("signal kill", (int)signal(SIGKIL, SIG_IGN));
	show("signal 0", (int)signal(0, SIG_IGN));
	show("signal 20", (int)signal(20, SIG_IGN));
	show("signal old", (int)signal(SIGINT, SIG_IGN));
	show("signal old again", (int)signal(SIGINT, SIG_DFL));
	show("kill self", kill(getpid(), SIGINT));
	show("kill nobody", kill(30000, SIGINT));
	ok("nice", nice(5));
	ok("times", times(tb));
	t = time(0);
	printf("time>1975 %d\n", t > 170000000L);
	sync();
	printf("sync\n");
	ok("break huge", brk((char *)0170000));
	ok("break ok", brk(sbrk(0) + 1000));
	argv[0] = "nosuch";
	argv[1] = 0;
	show("exec missing", execv("/tmp/nosuch", argv));
	chmod("/tmp/f", 0755);
	show("exec not a.out", execv("/tmp/f", argv));
	chmod("/tmp/f", 0644);
	show("exec not executable", execv("/tmp/f", argv));
	show("exec dir", execv("/tmp", argv));

	/* as another user */
	close(creat("/tmp/g0600", 0600));
	pid = fork();
	if (pid == 0) {
		ok("setgid 1", setgid(1));
		ok("setuid 6", setuid(6));
		show("getuid now", getuid());
		ok("setuid 0", setuid(0));
		show("creat in /", creat("/nope", 0644));
		show("open 0600 file", open("/tmp/g0600", 0));
		ok("chmod not owner", chmod("/tmp/g0600", 0777));
		ok("chown", chown("/tmp/f", 6));
		ok("mknod", mknod("/tmp/n2", 020666, 0));
		ok("unlink in /bin", unlink("/bin/syscalls"));
		show("stime", stime(&t));
		show("nice -1", nice(-1));
		show("kill root", kill(1, SIGINT));
		ok("link dir", link("/tmp", "/tmp/dirlink"));
		exit(7);
	}
	show("wait", wait(&status) == pid);
	printf("status %o\n", status);
	return 0;
}
