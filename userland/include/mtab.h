/*
 * mtab.h: /etc/mtab, what mount records and umount removes (V6's format):
 * an entry of 64 bytes, the directory mounted on in the first 32, the
 * device's last name component ("rk1") in the other 32; a free entry
 * begins with a NUL.
 */
#ifndef _MTAB_H
#define _MTAB_H

#define MTAB	"/etc/mtab"
#define MTABENT	64	/* bytes in an entry */
#define NAMELEN	32	/* bytes of each of its two names */

#endif
