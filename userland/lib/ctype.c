/* _ctype: the class of every character, EOF first (see ctype.h). */
#include <ctype.h>

#define C	_C
#define CS	(_C|_S)
#define NX	(_N|_X)
#define UX	(_U|_X)
#define LX	(_L|_X)

char _ctype[257] = {
	0,
	C,	C,	C,	C,	C,	C,	C,	C,
	C,	CS,	CS,	CS,	CS,	CS,	C,	C,
	C,	C,	C,	C,	C,	C,	C,	C,
	C,	C,	C,	C,	C,	C,	C,	C,
	_S,	_P,	_P,	_P,	_P,	_P,	_P,	_P,
	_P,	_P,	_P,	_P,	_P,	_P,	_P,	_P,
	NX,	NX,	NX,	NX,	NX,	NX,	NX,	NX,
	NX,	NX,	_P,	_P,	_P,	_P,	_P,	_P,
	_P,	UX,	UX,	UX,	UX,	UX,	UX,	_U,
	_U,	_U,	_U,	_U,	_U,	_U,	_U,	_U,
	_U,	_U,	_U,	_U,	_U,	_U,	_U,	_U,
	_U,	_U,	_U,	_P,	_P,	_P,	_P,	_P,
	_P,	LX,	LX,	LX,	LX,	LX,	LX,	_L,
	_L,	_L,	_L,	_L,	_L,	_L,	_L,	_L,
	_L,	_L,	_L,	_L,	_L,	_L,	_L,	_L,
	_L,	_L,	_L,	_P,	_P,	_P,	_P,	C,
};
