/*
 * ls [-ladistrufg] [name ...]: list the names in each directory named (the
 * working directory when none is), and the other names given as they are.
 *
 *	-l  long: mode, links, owner, size (major,minor for a special file),
 *	    the time, name; a directory's listing starts with "total N" blocks
 *	-a  every entry, "." and ".." and the other names beginning with "."
 *	-d  a directory named is listed as itself, not by its contents
 *	-i  each name led by its i-number
 *	-s  each name led by its size in blocks (not with -l)
 *	-t  sorted by time, newest first (else by name)
 *	-r  the sort reversed
 *	-u  the time of last access, not of last modification (-t and -l)
 *	-f  every entry in the directory's own order, nothing sorted or stat-ed
 *	-g  the group instead of the owner (with -l)
 *
 * As in V6: the files named are listed first, then each directory named,
 * after a blank line and "name:" when there are several names; a name
 * that is not there is "name not found" on the standard output; a listing
 * by -l, -s or -t gives its "total" line.  The time is "Mmm dd hh:mm", or
 * "Mmm dd  yyyy" when it is more than about half a year from now.  The
 * sticky bit shows as a "t" after the mode, in place of its blank.  Owner
 * and group names come from /etc/passwd and /etc/group, numbers when
 * there is no name.  Other option letters are ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
#include <stat.h>
#include <dir.h>

/* One name to list: its name and what stat said of it. */
struct ent {
	char	*name;
	int	ino;
	struct stat st;
	int	stated;		/* 0 when the name was not stat-ed (-f, or plain) */
};

static int lflag, aflag, dflag, iflag, sflag, tflag, rflag, uflag, fflag, gflag;
static long now;

static void options(char *s);
static int needstat(void);
static void list(struct ent *e, int n, int total);
static void listdir(char *name, int header);
static int compare(struct ent *a, struct ent *b);
static void sort(struct ent *e, int n);
static void line(struct ent *e);
static void longform(struct ent *e);
static void modestring(int mode);
static void owner(int id);
static char *idname(char *file, int id, int field);
static long etime(struct ent *e);

int
main(argc, argv)
int argc;
char **argv;
{
	struct ent *files, *dirs;
	int i, nf, nd, nargs;
	static char *dot[] = { "ls", ".", 0 };

	time(&now);
	while (argc > 1 && argv[1][0] == '-') {
		options(argv[1] + 1);
		argc--;
		argv++;
	}
	if (argc < 2) {
		argv = dot;
		argc = 2;
	}
	nargs = argc - 1;
	files = (struct ent *)malloc(nargs * sizeof(struct ent));
	dirs = (struct ent *)malloc(nargs * sizeof(struct ent));
	nf = nd = 0;
	for (i = 1; i < argc; i++) {
		struct ent *e;
		struct stat st;

		if (stat(argv[i], (char *)&st) < 0) {
			printf("%s not found\n", argv[i]);
			continue;
		}
		if ((st.st_mode & S_IFMT) == S_IFDIR && !dflag)
			e = &dirs[nd++];
		else
			e = &files[nf++];
		e->name = argv[i];
		e->ino = st.st_ino;
		e->st = st;
		e->stated = 1;
	}
	if (!fflag) {
		sort(files, nf);
		sort(dirs, nd);
	}
	list(files, nf, 0);
	for (i = 0; i < nd; i++)
		listdir(dirs[i].name, nargs > 1);
	return 0;
}

/* Set the flags an option argument's letters name. */
static void
options(s)
char *s;
{
	for (; *s; s++)
		switch (*s) {
		case 'l': lflag = 1; break;
		case 'a': aflag = 1; break;
		case 'd': dflag = 1; break;
		case 'i': iflag = 1; break;
		case 's': sflag = 1; break;
		case 't': tflag = 1; break;
		case 'r': rflag = 1; break;
		case 'u': uflag = 1; break;
		case 'f': fflag = 1; aflag = 1; break;
		case 'g': gflag = 1; break;
		}
}

/* Must each entry be stat-ed?  Only for what the directory does not say. */
static int
needstat()
{
	return !fflag && (lflag || sflag || tflag);
}

/* List a directory's contents: header, total, entries. */
static void
listdir(name, header)
char *name;
int header;
{
	struct direct d;
	struct ent *e;
	struct stat st;
	int fd, n, max;
	char *path;

	if (header)
		printf("\n%s:\n", name);
	if ((fd = open(name, 0)) < 0 || fstat(fd, (char *)&st) < 0) {
		printf("%s unreadable\n", name);
		return;
	}
	max = st_size(&st) / sizeof d;
	e = (struct ent *)malloc((max + 1) * sizeof(struct ent));
	path = malloc(strlen(name) + DIRSIZ + 2);
	n = 0;
	while (n < max && read(fd, (char *)&d, sizeof d) == sizeof d) {
		if (d.d_ino == 0 || (!aflag && d.d_name[0] == '.'))
			continue;
		e[n].name = malloc(DIRSIZ + 1);
		strncpy(e[n].name, d.d_name, DIRSIZ);
		e[n].name[DIRSIZ] = 0;
		e[n].ino = d.d_ino;
		e[n].stated = 0;
		if (needstat()) {
			strcpy(path, name);
			strcat(path, "/");
			strcat(path, e[n].name);
			e[n].stated = stat(path, (char *)&e[n].st) == 0;
		}
		n++;
	}
	close(fd);
	if (!fflag)
		sort(e, n);
	list(e, n, needstat());
}

/* Print the entries, after the total of their blocks if asked. */
static void
list(e, n, total)
struct ent *e;
int n, total;
{
	int i;
	unsigned sum;

	if (total) {
		sum = 0;
		for (i = 0; i < n; i++)
			if (e[i].stated)
				sum += blocks(&e[i].st);
		printf("total %u\n", sum);
	}
	for (i = 0; i < n; i++)
		line(&e[i]);
}

/* The time -t sorts by and -l shows. */
static long
etime(e)
struct ent *e;
{
	if (!e->stated)
		return 0;
	return uflag ? e->st.st_atime : e->st.st_mtime;
}

/* Before (< 0) or after (> 0): by time newest first, or by name; -r reverses. */
static int
compare(a, b)
struct ent *a, *b;
{
	long ta, tb;
	int c;

	c = 0;
	if (tflag) {
		ta = etime(a);
		tb = etime(b);
		if (ta > tb)
			c = -1;
		else if (ta < tb)
			c = 1;
	}
	if (c == 0)
		c = strcmp(a->name, b->name);
	return rflag ? -c : c;
}

/* Insertion sort: directories are short, and it keeps the code small. */
static void
sort(e, n)
struct ent *e;
int n;
{
	struct ent t;
	int i, j;

	for (i = 1; i < n; i++) {
		t = e[i];
		for (j = i; j > 0 && compare(&e[j - 1], &t) > 0; j--)
			e[j] = e[j - 1];
		e[j] = t;
	}
}

/* One entry's line. */
static void
line(e)
struct ent *e;
{
	if (iflag)
		printf("%5d ", e->ino);
	if (sflag && !lflag)
		printf("%4u ", e->stated ? blocks(&e->st) : 0);
	if (lflag && e->stated)
		longform(e);
	printf("%s\n", e->name);
}

/* The -l columns before the name. */
static void
longform(e)
struct ent *e;
{
	struct stat *sp;
	long t;
	char *cp;
	int type;

	sp = &e->st;
	modestring(sp->st_mode);
	printf("%2d ", st_nlinks(sp));
	owner(gflag ? st_gids(sp) : st_uids(sp));
	type = sp->st_mode & S_IFMT;
	if (type == S_IFCHR || type == S_IFBLK)
		printf("%3d,%3d", (sp->st_addr[0] >> 8) & 0377, sp->st_addr[0] & 0377);
	else
		printf("%7ld", st_size(sp));
	t = etime(e);
	cp = ctime(&t);
	/* Recent: within 245 units of 65536 seconds, about six months, of now. */
	if ((int)(t >> 16) >= (int)(now >> 16) - 245)
		printf(" %-12.12s ", cp + 4);
	else
		printf(" %-7.7s %-4.4s ", cp + 4, cp + 20);
}

/* "drwxr-xr-x" and a blank: type, then read, write, execute for each class. */
static void
modestring(mode)
int mode;
{
	int type, who, bits;

	type = mode & S_IFMT;
	putchar(type == S_IFDIR ? 'd' : type == S_IFCHR ? 'c' : type == S_IFBLK ? 'b' : '-');
	for (who = 0; who < 3; who++) {
		bits = mode >> (6 - 3 * who);
		putchar(bits & 4 ? 'r' : '-');
		putchar(bits & 2 ? 'w' : '-');
		if (who == 0 && (mode & S_ISUID))
			putchar('s');
		else if (who == 1 && (mode & S_ISGID))
			putchar('s');
		else
			putchar(bits & 1 ? 'x' : '-');
	}
	putchar(mode & S_ISVTX ? 't' : ' ');	/* V6's place for the sticky bit */
}

/* The owner's (or with -g the group's) name, or its number. */
static void
owner(id)
int id;
{
	char *name;

	name = gflag ? idname("/etc/group", id, 2) : idname("/etc/passwd", id, 2);
	if (name)
		printf("%-6.6s", name);
	else
		printf("%-6d", id);
}

/*
 * The name on the line of file (passwd or group: NAME:x:ID:...) whose
 * field-th field (from 0) is id; 0 if none.  The last answer is kept:
 * most files of a directory have one owner.
 */
static char *
idname(file, id, field)
char *file;
int id, field;
{
	static char buf[128];
	static char name[16];
	static int lastid = -1;
	static char *lastfile;
	FILE *f;
	char *p;
	int i;

	if (lastfile == file && lastid == id)
		return name[0] ? name : 0;
	lastfile = file;
	lastid = id;
	name[0] = 0;
	if ((f = fopen(file, "r")) == NULL)
		return 0;
	while (fgets(buf, sizeof buf, f) != NULL) {
		p = buf;
		for (i = 0; i < field && p; i++)
			if ((p = strchr(p, ':')) != 0)
				p++;
		if (p && *p >= '0' && *p <= '9' && atoi(p) == id) {
			for (i = 0; buf[i] && buf[i] != ':' && i < 15; i++)
				name[i] = buf[i];
			name[i] = 0;
			break;
		}
	}
	fclose(f);
	return name[0] ? name : 0;
}
