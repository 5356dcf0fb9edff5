"""Seeded random helpers (every value derives from the message's own generator)."""
import base64
import string

B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
ALNUM = string.ascii_letters + string.digits


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet=ALNUM):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def b64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode().rstrip('=')


def uuid4(rng, upper=False):
    h = hexs(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def postfix_long_id(rng):
    return '4' + alnum(rng, 9, B52) + 'z' + alnum(rng, rng.choice((4, 5)), B52)


def postfix_short_id(rng):
    return hexs(rng, rng.choice((10, 11)), upper=True)


def exim_id(rng):
    a = '0123456789' + string.ascii_uppercase + string.ascii_lowercase
    return '1v%s-%s-%s' % (alnum(rng, 4, a), alnum(rng, 11, a), alnum(rng, 4, a))


def fold_b64(s, first=60, width=72, indent='\t '):
    """Fold a long base64 token into continuation lines (for DKIM b=/ARC values)."""
    parts = [s[:first]]
    s = s[first:]
    while s:
        parts.append(s[:width])
        s = s[width:]
    return ('\r\n' + indent).join(parts)
