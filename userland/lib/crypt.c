/*
 * crypt(key, salt): a one-way hash of the password key, as 13 printable
 * characters: the two of salt, then eleven that spell 64 bits of hash in
 * the alphabet ./0-9A-Za-z, six bits each (the last character four).
 * login and su compare crypt(typed, stored) with the stored field, whose
 * first two characters are the salt passwd chose.
 *
 * Not V6's algorithm: V6's crypt was a DES-like machine giving 8
 * characters.  This one is our own, made for a 16-bit machine: four
 * 16-bit words of state, started from constants and the salt, are stirred
 * by add-rotate-xor steps, one for each character of the key (with its
 * position and the round number mixed in), the whole key ROUNDS times
 * over, so that every guess costs an attacker ROUNDS stirrings per
 * character.  tests/userland/test_crypt.py holds a model of it in Python.
 */
#include <string.h>
#include <pwd.h>

#define ROUNDS	128

static char alphabet[] =
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static unsigned rotl(unsigned x, int n)
{
	return x << n | x >> (16 - n);
}

/* One step: w into the state; every word depends on every other after it. */
static void stir(unsigned *s, unsigned w)
{
	s[0] += w;
	s[1] ^= rotl(s[0], 7);
	s[2] += s[1] ^ s[3];
	s[3] = rotl(s[3] ^ s[2], 11);
	s[0] += s[3];
	s[1] = rotl(s[1] + s[0], 3);
	s[2] ^= rotl(s[1], 5);
	s[3] += s[2] ^ 0x9e37;
}

/* Six bits of the 64-bit state, the i-th group from the bottom of s[0]. */
static int sixbits(unsigned *s, int i)
{
	int bit, word, shift;
	unsigned v;

	bit = 6 * i;
	word = bit >> 4;
	shift = bit & 017;
	v = s[word] >> shift;
	if (shift > 10 && word < 3)
		v |= s[word + 1] << (16 - shift);
	return v & 077;
}

char *crypt(char *key, char *salt)
{
	static char out[14];
	unsigned s[4];
	int r, i;

	out[0] = salt[0] ? salt[0] : '.';
	out[1] = salt[0] && salt[1] ? salt[1] : '.';
	s[0] = 0x6a09 ^ (out[0] & 0377);
	s[1] = 0xbb67 ^ (out[1] & 0377) << 8;
	s[2] = 0x3c6e;
	s[3] = 0xa54f;
	for (r = 0; r < ROUNDS; r++) {
		for (i = 0; key[i]; i++)
			stir(s, (key[i] & 0377 | i << 8) ^ r * 0x9e3b);
		stir(s, r);
	}
	for (i = 0; i < 4; i++)
		stir(s, 0);
	for (i = 0; i < 11; i++)
		out[2 + i] = alphabet[sixbits(s, i)];
	out[13] = 0;
	return out;
}
