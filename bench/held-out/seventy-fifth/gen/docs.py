"""Small document templates (invoices, letters) rendered with files.pdf."""
import files
from common import to_utc


def invoice(seller, buyer, title, meta, items, totals, footer, when, zone, creator, producer,
            head_cols=('Pos.', 'Beschreibung', 'Betrag'), notes=()):
    page = [('h', seller[0])] + [('s', l) for l in seller[1:]] + [('gap',)]
    page += buyer + [('gap',), ('h', title)]
    for k, v in meta:
        page.append(('r', k, v))
    page.append(('gap',))
    page.append(('b', '%s   %s' % (head_cols[0], head_cols[1])))
    for i, (desc, amount) in enumerate(items, 1):
        page.append(('r', '%d   %s' % (i, desc), amount))
    page.append(('gap',))
    for k, v in totals:
        page.append(('r', k, v))
    page.append(('gap',))
    for n in notes:
        page.append(n)
    page.append(('gap',))
    for l in footer:
        page.append(('s', l))
    return files.pdf([page], title, seller[0], creator, producer, when, zone)


def letter(sender, recipient, place_date, subject, paras, closing, signer, footer, when, zone,
           creator, producer, title=None):
    page = [('h', sender[0])] + [('s', l) for l in sender[1:]] + [('gap',)]
    page += recipient + [('gap',), place_date, ('gap',), ('b', subject), ('gap',)]
    for p in paras:
        page.append(p)
        page.append(('gap',))
    page += closing + [('gap',), ('gap',)] + signer + [('gap',)]
    for l in footer:
        page.append(('s', l))
    return files.pdf([page], title or subject, sender[0], creator, producer, when, zone)
