"""libc's crypt against a model of it in Python, written from the description in
userland/lib/crypt.c: four 16-bit words stirred by add-rotate-xor steps, 128 rounds over
the key, the salt's two characters then eleven of six bits each."""

from __future__ import annotations

import pytest

from tests.cc.helpers import run_c

ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ROUNDS = 128
M = 0xFFFF

PROGRAM = r"""
#include <stdio.h>
#include <pwd.h>

/* crypt KEY SALT ...: crypt of each pair, a line each. */
int main(int argc, char **argv)
{
	int i;

	for (i = 1; i + 1 < argc; i += 2)
		printf("%s\n", crypt(argv[i], argv[i + 1]));
	return 0;
}
"""


def rotl(x: int, n: int) -> int:
    return (x << n | x >> (16 - n)) & M


def stir(s: list[int], w: int) -> None:
    s[0] = (s[0] + w) & M
    s[1] ^= rotl(s[0], 7)
    s[2] = (s[2] + (s[1] ^ s[3])) & M
    s[3] = rotl(s[3] ^ s[2], 11)
    s[0] = (s[0] + s[3]) & M
    s[1] = rotl((s[1] + s[0]) & M, 3)
    s[2] ^= rotl(s[1], 5)
    s[3] = (s[3] + (s[2] ^ 0x9E37)) & M


def model(key: bytes, salt: bytes) -> str:
    a = chr(salt[0]) if salt[:1] else "."
    b = chr(salt[1]) if salt[:1] and salt[1:2] else "."
    s = [0x6A09 ^ ord(a), 0xBB67 ^ ord(b) << 8, 0x3C6E, 0xA54F]
    for r in range(ROUNDS):
        for i, c in enumerate(key):
            stir(s, ((c | i << 8) ^ r * 0x9E3B) & M)
        stir(s, r)
    for _ in range(4):
        stir(s, 0)
    state = s[0] | s[1] << 16 | s[2] << 32 | s[3] << 48
    return a + b + "".join(ALPHABET[state >> 6 * i & 0o77] for i in range(11))


CASES = [(b"xyz", b"ab"), (b"", b"ab"), (b"a", b".."), (b"password", b"Zz"),
         (b"0123456789abcdefghij", b"9/"), (b"\xe9t\xe9", b"q1")]


@pytest.fixture(scope="module")
def ours() -> list[str]:
    args = [x.decode("latin-1") for pair in CASES for x in pair]
    return run_c(PROGRAM, args).stdout.decode("latin-1").splitlines()


@pytest.mark.parametrize("n", range(len(CASES)))
def test_crypt_is_the_model(ours, n):
    key, salt = CASES[n]
    assert ours[n] == model(key, salt)


def test_the_salt_leads_and_the_rest_is_eleven_characters_of_the_alphabet(ours):
    for (_, salt), got in zip(CASES, ours, strict=True):
        assert got[:2] == salt.decode("latin-1") and len(got) == 13
        assert set(got[2:]) <= set(ALPHABET)


def test_salt_and_key_both_change_the_hash(ours):
    assert len(set(ours)) == len(ours)
    assert model(b"xyz", b"ab") != model(b"xyz", b"ac") != model(b"xy", b"ac")
