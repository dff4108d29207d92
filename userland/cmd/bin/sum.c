/*
 * sum file ...: print a 16-bit checksum of each file and the number of
 * 512-byte blocks it takes, "sum blocks", as V6's sum did.  The checksum
 * adds the bytes, each as a signed character, in ones' complement: a carry
 * out of the top bit is added back in.  A file that cannot be opened is
 * reported as V6 reported it, "oprd" on the standard output.  With no
 * argument, sum prints nothing (V6's sum did not read its standard input).
 */
#include <stdio.h>
#include <unistd.h>

static char buf[512];

/* Print the sum and block count of what fd holds. */
static void
sum(fd)
int fd;
{
	unsigned s, t;
	long nbytes;
	int n;
	char *p;

	s = 0;
	nbytes = 0;
	while ((n = read(fd, buf, sizeof buf)) > 0) {
		nbytes += n;
		for (p = buf; p < buf + n; p++) {
			t = s + *p;	/* *p sign-extended to 16 bits */
			if (t < s)	/* the carry out of bit 15, added back */
				t++;
			s = t;
		}
	}
	printf("%u %ld\n", s, (nbytes + 511) / 512);
}

int
main(argc, argv)
int argc;
char **argv;
{
	int i, fd;

	for (i = 1; i < argc; i++) {
		if ((fd = open(argv[i], 0)) < 0) {
			printf("oprd\n");
			continue;
		}
		sum(fd);
		close(fd);
	}
	return 0;
}
