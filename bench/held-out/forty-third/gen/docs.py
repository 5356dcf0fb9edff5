"""Letter and invoice layouts rendered with files.PDF (text only)."""
import textwrap

from files import PDF, pdf_date
from common import local


def _wrap(paras, width):
    out = []
    for para in paras:
        if para == '':
            out.append('')
            continue
        for line in para.split('\n'):
            out.extend(textwrap.wrap(line, width) or [''])
    return out


def letter(head, recipient, date_line, subject, body, closing, footer, when, zone='DE',
           title='', author='', creator='Microsoft® Word für Microsoft 365',
           producer='Microsoft® Word für Microsoft 365', greek_lines=(), width=96, sender_line=None):
    """head: [company name, line, ...]; body: list of paragraphs."""
    p = PDF(title=title, author=author, creator=creator, producer=producer,
            date=pdf_date(local(when, zone)[0]))
    p.text(50, 790, head[0], 15, bold=True)
    y = 774
    for ln in head[1:]:
        p.text(50, y, ln, 8)
        y -= 10
    p.hline(50, 545, y - 4)
    if sender_line:
        p.text(50, 715, sender_line, 6.5)
    p.lines(50, 700, recipient, 10)
    p.text(390, 628, date_line, 10)
    p.text(50, 598, subject, 11, bold=True)
    y = 572
    for ln in _wrap(body, width):
        if y < 110:
            p.page()
            y = 790
        p.text(50, y, ln, 10)
        y -= 13.5
    y -= 8
    for ln in closing:
        p.text(50, y, ln, 10)
        y -= 13.5
    fy = 58
    p.hline(50, 545, fy + 12, 0.4)
    for ln in footer:
        p.text(50, fy, ln, 6.5)
        fy -= 8.5
    return p.render()


def invoice(head, recipient, meta, items, totals, notes, footer, when, zone='DE', title='',
            author='', creator='', producer='', cols=('Pos.', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamt'),
            doc_title='RECHNUNG', sender_line=None):
    """meta: list of (label, value); items: list of tuples matching cols;
    totals: list of (label, value); notes: paragraphs."""
    p = PDF(title=title, author=author, creator=creator, producer=producer,
            date=pdf_date(local(when, zone)[0]))
    p.text(50, 790, head[0], 15, bold=True)
    y = 774
    for ln in head[1:]:
        p.text(50, y, ln, 8)
        y -= 10
    p.hline(50, 545, y - 4)
    if sender_line:
        p.text(50, 715, sender_line, 6.5)
    p.lines(50, 700, recipient, 10)
    p.text(360, 700, doc_title, 14, bold=True)
    my = 680
    for k, v in meta:
        p.text(360, my, k, 8.5)
        p.text(455, my, v, 8.5)
        my -= 12
    y = min(my, 610) - 20
    x = [50, 80, 330, 390, 470]
    p.box(48, y - 4, 499, 16, 0.88)
    for i, c in enumerate(cols):
        p.text(x[i], y, c, 8.5, bold=True)
    y -= 18
    for row in items:
        for i, c in enumerate(row):
            p.text(x[i], y, str(c), 8.5)
        y -= 13
    p.hline(50, 545, y + 5, 0.4)
    y -= 8
    for k, v in totals:
        bold = k == totals[-1][0]
        p.text(330, y, k, 9, bold=bold)
        p.text(470, y, v, 9, bold=bold)
        y -= 13
    y -= 14
    for ln in _wrap(notes, 100):
        p.text(50, y, ln, 8.5)
        y -= 11.5
    fy = 58
    p.hline(50, 545, fy + 12, 0.4)
    for ln in footer:
        p.text(50, fy, ln, 6.5)
        fy -= 8.5
    return p.render()
