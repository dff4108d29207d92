/* _iob: the stdio streams; the first three are stdin, stdout and stderr. */
#include <stdio.h>

FILE _iob[NFILE] = {
	{ 0, 0, 0, _READ, 0 },
	{ 0, 0, 0, _WRITE, 1 },
	{ 0, 0, 0, _WRITE | _UNBUF, 2 },
};
