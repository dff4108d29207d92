/*
 * setjmp.h: leaving several functions at once.  setjmp(env) remembers
 * where it was called and returns 0; longjmp(env, v) returns there again,
 * as if setjmp returned v (1 if v is 0).  The function that called setjmp
 * must not have returned; its register variables are not restored.
 */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef int jmp_buf[3];

int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int v);

#endif
