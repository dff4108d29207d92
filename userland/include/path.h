/*
 * path.h: the parts of a path name, for the commands that make, move and
 * remove names (cp, mv, mkdir, rmdir, ln, mount).  parent and into give a
 * string of their own, from malloc.
 */
#ifndef _PATH_H
#define _PATH_H

char *parent(char *name);		/* the directory name is in: "." for a plain name */
char *into(char *dir, char *name);	/* dir/ and the last component of name */
char *lastpart(char *name);		/* the last component of name, inside it */

#endif
