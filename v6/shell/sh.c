/*
 * sh: the shell, V6's command language.
 *
 *	sh			commands from the standard input, prompting with
 *				"# " (super-user) or "% " on descriptor 2
 *	sh FILE [ARG ...]	commands from FILE, which becomes the standard
 *				input they share; $0 is FILE, $1... the ARGs
 *	sh -c STRING [ARG ...]	the commands of STRING
 *
 * A line is a list of pipelines separated by ; or &, or newlines; a
 * pipeline is commands joined by | (or ^); a command is words with < >
 * and >> redirections, or a parenthesized list.  & runs a pipeline
 * without waiting and says each pid; quoting with '...', "..." and \;
 * $0-$9 and $$ (lex.c); patterns * ? [...] (glob.c); the builtins chdir
 * (and cd), shift, wait, login, newgrp, : (a label) and model (run.c).
 * if, goto and exit are commands of their own (/bin).  Commands are found
 * as NAME, /bin/NAME, /usr/bin/NAME, and started by the library's
 * launcher (launch.h), by the current process-creation model.
 *
 * As V6's shell: descriptor 2 is made a copy of 1 at the start (so
 * messages and prompts go where output goes); when reading commands
 * from a terminal, an interrupt or quit kills the command in the
 * foreground and not the shell, and commands run with & ignore both; a
 * command that dies of a signal is reported (report).  In a script, a syntax error ends the shell, and a
 * command that cannot be found or a file that cannot be created ends
 * the script.
 */
#include <stdio.h>
#include <unistd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "sh.h"

int interactive;
int ontty;
int script;
char **dollar;
int ndollar;
static int exitstat;		/* 2 once a command died of a signal or a line was wrong */

void say(char *s)
{
	write(2, s, strlen(s));
}

/* A message about the line; in a script, a syntax error ends the shell. */
void error(char *s)
{
	say(s);
	say("\n");
	exitstat = 2;
	if (!interactive && strcmp(s, "syntax error") == 0)
		exit(2);
}

static char *mesg[] = {
	"", "Hangup", "", "Quit", "Illegal instruction", "Trace/BPT trap", "IOT trap",
	"EMT trap", "Floating exception", "Killed", "Bus error", "Memory fault",
	"Bad system call", "",
};

/*
 * How pid ended, if by a signal: the signal's name (none for interrupt
 * and broken pipe: an empty line), with " -- Core dumped" if it left a
 * core, after "pid: " unless it is the command being waited for.
 */
void report(int pid, int status, int waited)
{
	char num[8];
	int sig;

	sig = status & 0177;
	if (sig == 0)
		return;
	exitstat = 2;
	if (sig < sizeof mesg / sizeof mesg[0] && mesg[sig][0] == 0) {
		say("\n");
		return;
	}
	if (pid != waited) {
		sprintf(num, "%d: ", pid);
		say(num);
	}
	if (sig < sizeof mesg / sizeof mesg[0])
		say(mesg[sig]);
	else {
		sprintf(num, "Sig %d", sig);
		say(num);
	}
	if (status & 0200)
		say(" -- Core dumped");
	say("\n");
}

/* Interrupt or quit typed at the shell: nothing to do but stay set up for the next one
 * (V6 resets a caught signal when it is delivered). */
static int onsig(int sig)
{
	signal(sig, onsig);
	return 0;
}

/*
 * Catch interrupt and quit: the shell lives through them, and exec makes
 * them default again in every command it starts, which dies of them
 * (a command run with & is made to ignore them instead).  Caught even if
 * they came ignored (init starts the login shell so): a foreground
 * command must be interruptible.
 */
static void catchsigs(void)
{
	signal(SIGINT, onsig);
	signal(SIGQIT, onsig);
}

/* Descriptor 2 a copy of 1, every other above it closed. */
static void setfds(void)
{
	int fd;

	for (fd = 2; fd < 15; fd++)
		close(fd);
	dup(1);
}

/* The options and arguments: where commands come from, and $0-$9. */
static void setargs(int argc, char **argv)
{
	dollar = argv;
	ndollar = argc;
	if (argc < 2) {
		interactive = 1;
		if (isatty(0)) {
			ontty = 1;
			catchsigs();
		}
		return;
	}
	if (strcmp(argv[1], "-c") == 0) {
		setinput(argc > 2 ? argv[2] : "");
		dollar = argv + 1;	/* as V6's: $0 is -c */
		ndollar = argc - 1;
		return;
	}
	close(0);
	if (open(argv[1], 0) < 0) {
		say(argv[1]);
		say(": cannot open\n");
		exit(2);
	}
	dollar = argv + 1;
	ndollar = argc - 1;
	script = 1;
}

int main(int argc, char **argv)
{
	char *tok[NTOK + 1];
	struct list *l;
	int n;

	setfds();
	setargs(argc, argv);
	for (;;) {
		if (interactive)
			say(getuid() == 0 ? "# " : "% ");
		n = readline(tok);
		if (n < 0)
			break;
		if (n == 0)
			continue;
		if (parse(tok, &l) < 0)
			error("syntax error");
		else
			runlist(l);
	}
	exit(argc > 1 && strcmp(argv[1], "-c") == 0 ? exitstat : 1);	/* V6 ends its input with 1 */
}
