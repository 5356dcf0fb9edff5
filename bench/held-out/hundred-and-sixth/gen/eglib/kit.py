"""Shortcuts used by the message definitions."""
import base64

from . import mime, pdf as _pdf, zipc, png as _png, qr as _qr, tz
from .infra import rhex, ralnum, ruuid
from .company import S, STAFF

REGISTRY = []


def message(folder, num, lang, slug, what, why, pair=None):
    def deco(fn):
        REGISTRY.append(dict(folder=folder, num=num, lang=lang, slug=slug, what=what, why=why, pair=pair, fn=fn))
        return fn
    return deco


def attack(num, lang, slug, what, why, pair=None):
    return message('attack', num, lang, slug, what, why, pair)


def business(num, lang, slug, what, why, pair=None):
    return message('business', num, lang, slug, what, why, pair)


# --- structure ------------------------------------------------------------------
def alt(m, t, h, kind='alt'):
    p = mime.multipart('alternative', [t, h], m.boundary(kind))
    if getattr(m.profile, 'blank_before_boundary', False):
        p.meta['blank_before_boundary'] = True
    return p


def mixed(m, *parts):
    p = mime.multipart('mixed', list(parts), m.boundary('mixed'), preamble=m.profile.preamble)
    if getattr(m.profile, 'blank_before_boundary', False):
        p.meta['blank_before_boundary'] = True
    return p


def related(m, *parts):
    return mime.multipart('related', list(parts), m.boundary('related'), extra=' type="text/html";')


def att(m, data, mt, name, **kw):
    p = m.profile
    style = kw.pop('style', getattr(p, 'att_style', 'ew'))
    cs = kw.pop('charset', 'utf-8')
    if getattr(p, 'att_outlook', False):
        lt = tz.local(m.dt, 'utc')
        kw.setdefault('description', name if mime.is_ascii(name) else None)
        kw.setdefault('outlook_dates', tz.rfc2822(lt)[:-6] + ' GMT')
    return mime.attachment(data, mt, name, style=style, charset=cs, **kw)


def inline_img(m, data, name, cid, mt='image/png'):
    p = mime.attachment(data, mt, name, style='ew', disposition='inline', cid=cid)
    return p


def pdf(m, blocks, title, author='', creator=None, producer=None, lang='de-DE', minutes_before=7):
    import datetime
    dt = tz.local(m.dt, m.zone) - datetime.timedelta(minutes=minutes_before)
    kw = {}
    if creator:
        kw['creator'] = creator
    if producer:
        kw['producer'] = producer
    return _pdf.make_pdf(blocks, dt, title=title, author=author, doc_id=rhex(m.rng, 32), lang=lang, **kw)


def zipfile_bytes(m, entries, password=None):
    import datetime
    dt = tz.local(m.dt, m.zone) - datetime.timedelta(minutes=40)
    return zipc.build_zip(entries, dt, password=password, rng=m.rng)


def qr_png(url, scale=6):
    return _png.qr_png(_qr.encode(url, 'M'), scale=scale)


PLACEHOLDER = b'inert placeholder for mail-filter evaluation - contains no code\n'


def b64mail(addr):
    return base64.b64encode(addr.encode()).decode()


def ps_enc(cmd):
    return base64.b64encode(cmd.encode('utf-16-le')).decode()


def s10(prefix, serial8, country):
    """UPU S10 tracking number with check digit."""
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(int(c) * x for c, x in zip(serial8, w))
    c = 11 - s % 11
    c = {10: 0, 11: 5}.get(c, c)
    return '%s%s%d%s' % (prefix, serial8, c, country)


def quote_lines(text, prefix='> '):
    return '\n'.join(prefix + l if l else prefix.rstrip() for l in text.split('\n'))


def gr_afm(eight):
    """Greek tax number (AFM) with check digit."""
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(eight))
    return eight + str(s % 11 % 10)


def es_nif_company(letter, seven):
    """Spanish company NIF (CIF) with control digit (numeric variant)."""
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    return letter + seven + str(c)


def pl_nip(nine):
    """Polish NIP with check digit (weights 6,5,7,2,3,4,5,6,7); returns None if the check would be 10."""
    c = sum(int(d) * w for d, w in zip(nine, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    return None if c == 10 else nine + str(c)


def it_piva(ten):
    """Italian Partita IVA with check digit."""
    s = 0
    for i, ch in enumerate(ten):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return ten + str((10 - s % 10) % 10)


def photo_png(rng, w=480, h=360):
    """Small synthetic 'photo' (laptop on a desk with a spilled drink), RGB PNG."""
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            # wooden desk gradient with grain
            g = 150 + int(30 * ((x * 7 + y * 3) % 40) / 40.0) - y // 12
            px = (min(255, g + 40), max(0, g - 10), max(0, g - 60))
            # laptop body
            if 90 <= x <= 390 and 70 <= y <= 280:
                px = (48, 50, 55)
                if 105 <= x <= 375 and 85 <= y <= 215:
                    px = (18, 18, 22)
                if 120 <= x <= 360 and 228 <= y <= 268 and (x // 12 + y // 10) % 2 == 0:
                    px = (70, 72, 78)
            # spilled tea
            dx, dy = x - 300, y - 240
            if dx * dx / 9000.0 + dy * dy / 2500.0 < 1.0:
                px = tuple(max(0, int(c * 0.55)) for c in (px[0], px[1] * 0.8, px[2] * 0.5))
            n = rng.randrange(-6, 7)
            row.append(tuple(max(0, min(255, int(c) + n)) for c in px))
        rows.append(row)
    from . import png as _p
    return _p.write_rgb(rows)
