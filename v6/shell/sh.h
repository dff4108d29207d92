/*
 * sh.h: what the parts of the shell share.
 *
 * lex.c reads a command line (with $ substitution and quoting) into
 * tokens; parse.c makes a tree of them; glob.c expands a command's
 * patterns; run.c runs the tree, builtins included; sh.c has the main
 * loop, the options, the messages.
 *
 * A quoted or escaped character is kept with QUOTE (0200) set, as V6's
 * shell kept it, so that neither the parser nor globbing takes it for
 * anything but itself; the bit is cleared before a word is given to a
 * program.
 */

#define QUOTE	0200
#define LINSIZ	1000	/* characters of a command line's tokens, each with its NUL */
#define NTOK	46	/* tokens of a line, its newline included (V6's limit) */
#define NARG	100	/* arguments of a command after globbing */

/* A command of a pipeline: a simple command or a parenthesized list. */
struct cmd {
	char	**argv;		/* the words, NULL-terminated; 0 for a list */
	char	**sub;		/* a parenthesized list: its tokens, up to the matching ); or 0 */
	char	*in;		/* < file, or 0 */
	char	*out;		/* > or >> file, or 0 */
	int	append;		/* out is >> */
	struct cmd *next;	/* the next command of the pipeline */
};

/* A list: pipelines, each run in the background or waited for. */
struct list {
	struct cmd *pipe;	/* the first command of the pipeline */
	int	background;	/* ended by & */
	struct list *next;
};

/* sh.c */
extern int interactive;	/* no arguments: prompts, and errors do not end the shell */
extern int ontty;	/* and on a terminal: interrupt and quit are the commands' */
extern int script;	/* sh FILE: a command not found or file not created ends it */
extern char **dollar;	/* the arguments: $n is dollar[n] while n < ndollar */
extern int ndollar;
void say(char *s);
void error(char *s);
void report(int pid, int status, int waited);

/* lex.c */
int readline(char **tokens);
void setinput(char *string);
int special(char *token);
void unquote(char *s);
char *pidstr(void);

/* parse.c */
int parse(char **tokens, struct list **lp);
char *alloc(int n);

/* glob.c */
int glob(char **argv, char **out);

/* run.c */
void runlist(struct list *l);
int waitfor(int pid);
