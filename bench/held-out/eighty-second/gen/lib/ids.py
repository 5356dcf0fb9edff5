"""Deterministic pseudo-random identifiers (seeded per message)."""
import random
import uuid

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
# Postfix long queue id alphabet (no vowels)
PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"


def rng(*seed):
    """A random.Random seeded by a fixed string (sha512 based, stable)."""
    return random.Random("|".join(str(s) for s in seed))


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n, upper=False):
    return pick(r, HEXU if upper else HEX, n)


def digits(r, n, first_nonzero=True):
    s = pick(r, DIG, n)
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def uuid4(r, upper=False):
    b = bytearray(r.getrandbits(8) for _ in range(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    s = str(uuid.UUID(bytes=bytes(b)))
    return s.upper() if upper else s


def postfix_qid(r):
    return pick(r, PFX, 10) + "z" + pick(r, PFX, 4)


def postfix_short_qid(r):
    return hexs(r, 10, upper=True)
