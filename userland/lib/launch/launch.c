/*
 * launch: start a command (see launch.h) the way the current
 * process-creation model makes processes.  The kernel is asked each time,
 * since the model can be switched while a shell runs; each model's way is
 * a page of its own beside this one (lfork.c, lvfork.c, lspawn.c,
 * lxproc.c, lrfork.c) and uses only that model's calls, so that it works
 * in strict mode, where the other models' calls fail.
 */
#include <launch.h>
#include <unistd.h>
#include <string.h>

int launch(struct launch *l)
{
	char name[16];

	if (model((char *)0, name) < 0)
		return lfork(l);	/* a kernel without models: V6's way */
	if (strcmp(name, "vfork") == 0)
		return lvfork(l);
	if (strcmp(name, "spawn") == 0)
		return lspawn(l);
	if (strcmp(name, "xproc") == 0)
		return lxproc(l);
	if (strcmp(name, "rfork") == 0)
		return lrfork(l);
	return lfork(l);
}
