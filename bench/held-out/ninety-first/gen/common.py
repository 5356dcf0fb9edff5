"""Shared helpers for the message modules."""
import base64
from mime import Text, Att, Multi
from pdf import make_pdf
from qr import qr_png
from zipc import make_zip
import png


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')


def alt(plain, html, charset='utf-8', cte='quoted-printable', html_cte=None, quoted=False,
        label=None, params=''):
    return Multi('alternative', [
        Text(plain, 'plain', charset, cte, quoted=quoted, label=label, params=params),
        Text(html, 'html', charset, html_cte or cte, quoted=quoted, label=label)])


def mixed(*parts):
    return Multi('mixed', list(parts))


def related(*parts, params='type="text/html"'):
    return Multi('related', list(parts), params=params)


def pdf_att(filename, blocks, title='', author='', creator='Microsoft® Word für Microsoft 365',
            producer='Microsoft® Word für Microsoft 365', created="20261013091200+02'00'",
            style='rfc2231', charset='utf-8', note='', octet=False, **kw):
    data = make_pdf(blocks, title=title, author=author, creator=creator, producer=producer,
                    created=created)
    ct = 'application/octet-stream' if octet else 'application/pdf'
    return Att(filename, data, ct, style=style, charset=charset, note=note, **kw)


def qr_att(filename, url, cid=None, inline=False, note=None, scale=6):
    data = qr_png(url, scale=scale)
    return Att(filename, data, 'image/png', inline=inline, cid=cid,
               note=note or 'QR code → %s' % url)


def zip_att(filename, entries, password=None, seed='z', note='', when=(2026, 11, 3, 10, 12, 44),
            ctype='application/zip', style='rfc2231', charset='utf-8'):
    data = make_zip(entries, password=password, seed=seed, when=when)
    if not note:
        inner = ', '.join(n for n, _ in entries)
        note = ('ZipCrypto, password "%s"; contains %s' % (password, inner)) if password else 'contains %s' % inner
    return Att(filename, data, ctype, note=note, style=style, charset=charset)


PLACEHOLDER = b'inert placeholder\n'
