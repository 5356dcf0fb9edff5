"""Shared helpers for message modules."""
from lib import when, world
from lib.world import S


def at(m, zone, y, mo, d, h, mi, s=None):
    if s is None:
        s = m.rng.randint(0, 59)
    m.date = when.local_utc(zone, y, mo, d, h, mi, s)
    m.zone = zone
    return m.date


def staff(first):
    return S[first]


def corr(org_prefix):
    for c in world.CORRESPONDENTS:
        if c['org'].startswith(org_prefix):
            return c
    raise KeyError(org_prefix)


def cp(org_prefix, idx=0):
    c = corr(org_prefix)
    n, a, r = c['people'][idx]
    return (n, a)


PDF_MIME = 'application/pdf'
ZIP_MIME = 'application/x-zip-compressed'
XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def outlook(m, text, lang='DE', charset='iso-8859-1', quoted=None, atts=(), reply=False, inline_imgs=(), cte='quoted-printable',
            system=None, region='EUR'):
    from lib import styles, profiles
    if system:
        profiles.premsgid(m, system, region)
    m.root = styles.outlook_mime(m, text, charset, lang, quoted, atts, inline_imgs=inline_imgs, cte=cte, reply=reply)
    return m.root


def eg_sig_de(m, first, title=None, phone=None, mobile=None):
    n, a = staff(first)
    from lib.world import STAFF
    role = title or [r for nn, aa, o, r in STAFF if aa == a][0]
    lines = [n, role, '', 'Example Group GmbH', 'Brooktorkai 9 · 20457 Hamburg']
    if phone:
        lines.append('Tel. ' + m.phone(phone, 'sender signature'))
    if mobile:
        lines.append('Mobil ' + m.phone(mobile, 'sender signature'))
    lines += [a, '', 'Geschäftsführer: Johannes Brandt · Amtsgericht Hamburg HRB 148213 · USt-IdNr. DE274183501']
    return '\n'.join(lines)


def epoch(t):
    return int(t.timestamp())


def fixed_hex(seed, n=32, upper=False):
    import random
    r = random.Random(seed)
    s = ''.join(r.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


# Message-IDs of the genuine Kurkuma thread (business/02 and the internal mail it answers); seeded with
# business/02's file name so that attack/02 can reference the same thread.
KURKUMA_JANA = fixed_hex('02-de-lieferant-liefertermin-kurkuma.eml#in-reply-to') + '@EXCH01.corp.example.com'
KURKUMA_STEFAN = fixed_hex('02-de-lieferant-liefertermin-kurkuma.eml#message-id') + '@SRV-EX01.lieferant.local'


def cid(m, name='image001.png'):
    return '%s@%s.%s' % (name, m.hex(8, upper=True), m.hex(8, upper=True))
