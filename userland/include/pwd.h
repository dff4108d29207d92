/*
 * pwd.h: passwords.  /etc/passwd's lines are NAME:PASSWORD:UID:GID:GCOS:HOME:SHELL
 * (passwd(V)); getpw and pwfield (unistd.h) read them by user id, getpwname by
 * name.  The password field holds crypt's 13 characters, or nothing for no
 * password.
 *
 * crypt is a one-way hash of this system's own (not V6's DES-like algorithm,
 * whose 8-character results it does not reproduce): see userland/lib/crypt.c.
 */
#ifndef _PWD_H
#define _PWD_H

#define PASSWD	"/etc/passwd"

char *crypt(char *key, char *salt);	/* salt's 2 characters, then 11 of hash */
char *getpass(char *prompt);		/* a line read with echo off; 0 at end of file */
int getpwname(char *name, char *buf);	/* name's passwd line: 0 found, 1 not */

int idof(char *file, char *name);	/* name's number in /etc/passwd or /etc/group; -1 if none */

#endif
