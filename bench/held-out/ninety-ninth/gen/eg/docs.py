"""Attachment content helpers (letters, invoices, placeholders)."""
from .pdf import make_pdf


def letter_pdf(sender_lines, recipient_lines, place_date, subject, body, sign, footer=(),
               title='', author='', producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
               date=None, extra=()):
    L = []
    L.append(('h2', sender_lines[0]))
    for s in sender_lines[1:]:
        L.append(('s', s))
    L.append('')
    for r in recipient_lines:
        L.append(r)
    L.append('')
    L.append(place_date)
    L.append('')
    L.append(('b', subject))
    L.append('')
    for para in body.strip('\n').split('\n'):
        L.append(para)
    for e in extra:
        L.append(e)
    L.append('')
    for s in sign:
        L.append(s)
    if footer:
        L.append('')
        L.append('---')
        for f in footer:
            L.append(('s', f))
    return make_pdf(L, title=title or subject, author=author, producer=producer, creator=creator, date=date)


def table_lines(rows, widths):
    out = []
    for r in rows:
        out.append(('mono', ''.join(str(c)[:w - 1].ljust(w) for c, w in zip(r, widths)).rstrip()))
    return out


PLACEHOLDER = b'INERT PLACEHOLDER - evaluation sample, contains no code.\n'
