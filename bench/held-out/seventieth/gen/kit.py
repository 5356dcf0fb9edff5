"""Shared building blocks for the message definition files."""
import base64
from common import T, S, native, rng_for, rhex, ralnum, uuid4, local   # noqa: F401
from mime import text, multi, attach, Part, fit                        # noqa: F401
from builder import add, html_of, esc                                  # noqa: F401
import ids                                                             # noqa: F401
from ids import fmt_iban                                               # noqa: F401
import infra as I                                                      # noqa: F401
import services as SV                                                  # noqa: F401
from pdf import make_pdf
from archive import make_zip
from qr import QR, png_rgb


def alt(plain, html):
    return multi('alternative', [plain, html], None)


def mixed(*parts):
    return multi('mixed', list(parts), None)


def related(*parts):
    return multi('related', list(parts), None)


def pdf_att(filename, lines, title='', author='', creator='', producer='', created='D:20261012093000+02\'00\'',
            style=None, date=None):
    data = make_pdf(lines, title=title, author=author, creator=creator, producer=producer, created=created)
    return attach(data, 'application/pdf', filename, style=style, date=date)


def zip_att(filename, members, password=None, style=None, ctype='application/zip', seed=None):
    data = make_zip(members, password=password, seed=seed or filename)
    return attach(data, ctype, filename, style=style)


def qr_png(url, ecl='M', scale=5):
    return QR(url, ecl).png(scale)


def png_att(filename, data, cid=None, inline=False, style=None):
    return attach(data, 'image/png', filename, inline=inline, cid=cid, style=style)


def photo_png(seed, w=160, h=120):
    """Small synthetic 'photo' (gradient with a box) - stands in for a phone picture."""
    r = rng_for(seed)
    a, b, c = r.randrange(60, 200), r.randrange(60, 200), r.randrange(60, 200)
    x0, y0 = r.randrange(20, 60), r.randrange(20, 50)

    def px(x, y):
        if x0 <= x < x0 + 70 and y0 <= y < y0 + 45:
            return (200 - (x - x0), 180 - (y - y0), 150)
        return ((a + x // 3) % 256, (b + y // 2) % 256, (c + (x + y) // 5) % 256)
    return png_rgb(w, h, px)


def html_att(filename, html, style=None, charset='utf-8'):
    return attach(html.encode(charset), 'text/html; charset=%s' % charset, filename, style=style)


def svg_att(filename, svg, style=None):
    return attach(svg.encode('utf-8'), 'image/svg+xml', filename, style=style)


def ics_part(ics, method='REQUEST', charset='utf-8'):
    return Part('text/calendar', [('charset', charset), ('method', method)], 'base64',
             base64.encodebytes(ics.replace('\n', '\r\n').encode(charset)),
             info={'charset': charset, 'cte': 'base64'})


def ZT(y, mo, d, h=0, mi=0, s=0):
    """Tuple for zip member timestamps."""
    return (y, mo, d, h, mi, s)


def bnk(s):
    return fmt_iban(s)


def D(s):
    """Dedent a triple-quoted block, strip the surrounding blank lines."""
    import textwrap
    return textwrap.dedent(s).strip('\n') + '\n'
