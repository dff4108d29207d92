/* stdlib.h: memory, numbers, sorting, ending. */
#ifndef _STDLIB_H
#define _STDLIB_H

#ifndef NULL
#define NULL 0
#endif

void exit(int status);
int atexit(void (*f)());
char *malloc(unsigned n);
char *calloc(unsigned n, unsigned size);
char *realloc(char *p, unsigned n);
void free(char *p);
int atoi(char *s);
long atol(char *s);
int abs(int n);
void qsort(char *base, unsigned n, unsigned size, int (*cmp)());
char *getenv(char *name);

#endif
