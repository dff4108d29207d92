/*
 * stdarg.h: walking a variable argument list.  Arguments lie on the stack
 * one after another in order (pushed right to left), each at least a
 * word: chars arrive as ints, longs take two words.
 */
#ifndef _STDARG_H
#define _STDARG_H

typedef char *va_list;

#define va_start(ap, last)	((ap) = (char *)&(last) + sizeof(last))
#define va_arg(ap, type)	(*(type *)(((ap) += sizeof(type)) - sizeof(type)))
#define va_end(ap)		((ap) = 0)

#endif
