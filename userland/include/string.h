/* string.h: strings (NUL-terminated) and memory blocks. */
#ifndef _STRING_H
#define _STRING_H

int strlen(char *s);
char *strcpy(char *to, char *from);
char *strncpy(char *to, char *from, int n);
char *strcat(char *to, char *from);
char *strncat(char *to, char *from, int n);
int strcmp(char *a, char *b);
int strncmp(char *a, char *b, int n);
char *strchr(char *s, int c);
char *strrchr(char *s, int c);
char *index(char *s, int c);
char *rindex(char *s, int c);
char *strdup(char *s);
char *memcpy(char *to, char *from, unsigned n);
char *memmove(char *to, char *from, unsigned n);
char *memset(char *s, int c, unsigned n);
int memcmp(char *a, char *b, unsigned n);

#endif
