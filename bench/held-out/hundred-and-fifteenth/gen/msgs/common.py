"""Shared building blocks for message definitions."""
from lib import bodies as B
from lib import profiles as P
from lib.mime import Leaf, Multi
from lib.msg import local, in_zone, d_std, d_pad, d_postfix, d_paren, epoch
from lib.mime import hdr_text, addr
import company

S = company.S

SIG_DE = {
    'Sabine Krüger': ('Chief Financial Officer', '+49 40 8090 6612'),
    'Jürgen Hoffmann': ('Geschäftsführer', '+49 40 8090 6600'),
    'Monika Weiß': ('Kreditorenbuchhaltung', '+49 40 8090 6631'),
    'Anja Schäfer': ('Personal & Entgeltabrechnung', '+49 40 8090 6640'),
    'Thomas Becker': ('Leitung IT', '+49 40 8090 6650'),
    'Lukas Neumann': ('IT-Sicherheit & Messaging', '+49 40 8090 6654'),
    'Laura Fischer': ('Assistenz der Geschäftsführung', '+49 40 8090 6601'),
    'Markus Schulz': ('Einkauf Technik & Dienstleistungen', '+49 40 8090 6622'),
    'Nina Hartmann': ('Head of Sales, Sponsorship & Corporate Hospitality', '+49 40 8090 6670'),
    'Florian Köhler': ('Head of Ticketing – Example Tickets', '+49 40 8090 6680'),
    'Daniel Wagner': ('Head of Booking & Touring', '+49 40 8090 6690'),
    'Jan Petersen': ('Produktionsleitung', '+49 40 8090 6695'),
    'Julia Braun': ('Marketing & Social Media', '+49 40 8090 6675'),
}


def sig_de(name, lang='de'):
    role, tel = SIG_DE[name]
    email = S(name)[1]
    greet = 'Viele Grüße' if lang == 'de' else 'Best regards'
    return ('%s\n\n%s\n%s\n\nExample Live Entertainment GmbH\nAm Sandtorkai 58 · 20457 Hamburg\nT %s · %s\nwww.example.com\n\n'
            'Geschäftsführer: Jürgen Hoffmann · Amtsgericht Hamburg HRB 178342' % (greet, name, role, tel, email))


def outlook_mixed(m, text, charset, lang, kind='exch', server='EXCH02', atts=(), quote_from=None, related=(),
                  cte='quoted-printable', html_cte=None, reply=False, font='Aptos', sig_img_cid=None):
    """Outlook / Exchange body: alternative(text, html) [+ related images] [+ attachments]."""
    tp = B.text_part(text, 'plain', charset, cte)
    hp = B.html_part(B.outlook_html(text, charset, lang, font, quote_from=quote_from, reply=reply, sig_img_cid=sig_img_cid), charset, html_cte or cte)
    if kind in ('exch', 'm365'):
        tag = m.hex(24, True)
        bnd = lambda k: '_%03d_%s%s%s_' % (k, server, tag, (server[:4] + 'eurp') if kind == 'm365' else 'corpe')
        pre = None
    else:
        _b = {k: P.outlook_nextpart(m, lvl, None) for lvl, k in enumerate((4, 3, 0) if atts and related else ((4, 0) if atts else ((3, 0) if related else (0,))))}
        bnd = lambda k: _b[k]
        pre = 'This is a multipart message in MIME format.'
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % bnd(0))], [tp, hp], bnd(0),
                None if kind in ('exch', 'm365') else None)
    node = alt
    if related:
        node = Multi([('Content-Type', 'multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % bnd(3))],
                     [alt] + list(related), bnd(3))
    if atts:
        node = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % bnd(4))], [node] + list(atts), bnd(4), pre)
    elif pre and node is alt:
        node.preamble = pre
    elif pre:
        node.preamble = pre
    return node


def gmail_body(m, text, atts=(), quote_from=None, cte='quoted-printable', html_cte=None, charset='UTF-8', html=None):
    tp = B.text_part(text, 'plain', charset, cte)
    hp = B.html_part(html or B.gmail_html(text, charset, quote_from=quote_from), charset, html_cte or cte)
    b1 = P.gmail_boundary(m)
    alt = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b1)], [tp, hp], b1)
    if not atts:
        return alt
    b2 = P.gmail_boundary(m)
    return Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % b2)], [alt] + list(atts), b2)


def tb_boundary(m):
    return '------------' + m.alnum(24)


def brand_html(title, paras, color='#005a9c', brand='', button=None, footer=(), charset='utf-8', preheader='',
               logo_html=None, lang='de', width=600, font='Arial,Helvetica,sans-serif', extra_rows=''):
    """Table-based notification mail as platforms and phishers produce it."""
    e = lambda s: B.esc(s, charset)
    rows = []
    rows.append('<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold;font-family:%s">%s</td></tr>' % (
        color, font, logo_html or e(brand)))
    rows.append('<tr><td style="padding:28px 28px 8px 28px;font-family:%s;font-size:18px;color:#1a1a1a;font-weight:bold">%s</td></tr>' % (font, e(title)))
    for p in paras:
        rows.append('<tr><td style="padding:8px 28px;font-family:%s;font-size:14px;line-height:21px;color:#333333">%s</td></tr>' % (
            font, '<br>'.join(B.linkify(x, charset, ' style="color:%s"' % color) for x in p.split('\n'))))
    if extra_rows:
        rows.append(extra_rows)
    if button:
        rows.append('<tr><td style="padding:20px 28px"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                    '<td style="background:%s;border-radius:4px"><a href="%s" style="display:inline-block;padding:12px 26px;'
                    'font-family:%s;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td></tr></table></td></tr>' % (
                        color, e(button[1]), font, e(button[0])))
    for f in footer:
        rows.append('<tr><td style="padding:6px 28px;font-family:%s;font-size:11px;line-height:16px;color:#808080">%s</td></tr>' % (
            font, '<br>'.join(B.linkify(x, charset, ' style="color:#808080"') for x in f.split('\n'))))
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % e(preheader)) if preheader else ''
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f2f2">%s\n<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:%dpx">\n%s\n</table>\n</td></tr></table>\n</body></html>\n' % (
                lang, charset, e(title), pre, width, width, '\n'.join(rows)))


def qr_html_table(matrix, cell=4, quiet=4):
    n = len(matrix)
    rows = []
    for r in range(-quiet, n + quiet):
        tds = []
        for c in range(-quiet, n + quiet):
            dark = 0 <= r < n and 0 <= c < n and matrix[r][c]
            tds.append('<td style="width:%dpx;height:%dpx;background:%s"></td>' % (cell, cell, '#000000' if dark else '#ffffff'))
        rows.append('<tr>' + ''.join(tds) + '</tr>')
    # only the symbol itself is parsed back by the verifier; keep the quiet zone visual only
    inner = []
    for r in range(n):
        tds = ''.join('<td style="width:%dpx;height:%dpx;background:%s"></td>' % (cell, cell, '#000000' if matrix[r][c] else '#ffffff') for c in range(n))
        inner.append('<tr>' + tds + '</tr>')
    return ('<table data-q="1" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;border:%dpx solid #ffffff;margin:0 auto">%s</table>' % (
        cell * quiet, '\n'.join(inner)))


def doc_pdf(m, producer, created, brand, brand_sub, color, recipient, meta, title, paras, table=None, totals=None,
            after=(), footer=(), qr=None, qr_caption=None, author=None, creator=None, doc_title=None, link=None,
            sign=None, font_size=9.5):
    """Business letter / invoice as a one- or two-page PDF.
    table: (headers, col_widths, aligns, rows); totals: list of (label, value, bold)
    qr: (matrix, payload) placed bottom right (or after text) with caption."""
    from lib import pdf as PDF
    doc = PDF.PDF(producer, created, title=doc_title or title, author=author, creator=creator,
                  doc_id=bytes(m.rng.randrange(256) for _ in range(16)))
    W, H = doc.w, doc.h
    L, R = 56, W - 56
    col = tuple(c / 255.0 for c in color)
    doc.text(L, H - 62, brand, 17, True, col)
    y = H - 76
    for ln in brand_sub:
        doc.text(L, y, ln, 7.5, False, (0.35, 0.35, 0.35))
        y -= 9.5
    doc.line(L, H - 100, R, H - 100, 1.2, col)
    y = H - 140
    for ln in recipient:
        doc.text(L, y, ln, 10)
        y -= 13
    my = H - 140
    for k, v in meta:
        doc.text(R - 215, my, k, 8.5, False, (0.3, 0.3, 0.3))
        doc.text(R, my, v, 8.5, False, align='right')
        my -= 12
    y = min(y, my) - 26
    doc.text(L, y, title, 12.5, True)
    y -= 22
    for p in paras:
        y = doc.para(L, y, p, R - L, font_size) - 5
    if table:
        hdrs, widths, aligns, rows = table
        y -= 4
        doc.rect(L, y - 4, R - L, 16, fill=(0.93, 0.93, 0.93))
        x = L + 4
        xs = []
        for i, h in enumerate(hdrs):
            xs.append(x)
            if aligns[i] == 'r':
                doc.text(x + widths[i] - 8, y + 1, h, 8.5, True, align='right')
            else:
                doc.text(x, y + 1, h, 8.5, True)
            x += widths[i]
        y -= 18
        for row in rows:
            lines_max = 1
            for i, v in enumerate(row):
                if aligns[i] == 'r':
                    doc.text(xs[i] + widths[i] - 8, y, v, 8.5, align='right')
                else:
                    wl = PDF.wrap(v, widths[i] - 8, 8.5)
                    for k, ln in enumerate(wl):
                        doc.text(xs[i], y - k * 11, ln, 8.5)
                    lines_max = max(lines_max, len(wl))
            y -= 11 * lines_max + 5
        doc.line(L, y + 8, R, y + 8, 0.5, (0.6, 0.6, 0.6))
    if totals:
        y -= 6
        for lab, val, bold in totals:
            doc.text(R - 200, y, lab, 9, bold)
            doc.text(R - 4, y, val, 9, bold, align='right')
            y -= 13
        y -= 6
    qr_y = None
    qsize = 96
    if qr:
        qsize = max(96, (len(qr[0]) + 8) * 1.25)
        if y - qsize < 130:
            qr_y = 130
        else:
            qr_y = y - qsize - 6
    text_w = (R - L - qsize - 24) if qr else (R - L)
    for p in after:
        y = doc.para(L, y, p, text_w if qr else R - L, font_size) - 5
    if sign:
        y -= 10
        for ln in sign:
            doc.text(L, y, ln, 9.5)
            y -= 12.5
    if qr:
        matrix, payload = qr
        qx = R - qsize
        qy = min(qr_y, y + 20) if qr_y else y
        qy = max(qy, 118)
        doc.qr(matrix, qx, qy, qsize)
        if qr_caption:
            cy = qy - 10
            for ln in qr_caption:
                doc.text(qx + qsize / 2, cy, ln, 6.5, False, (0.3, 0.3, 0.3), align='center')
                cy -= 8
        if link:
            doc.link(qx, qy, qsize, qsize, link)
    fy = 64
    doc.line(L, fy + 12 + 9 * (max((len(f) for f in footer), default=0) - 1), R, fy + 12 + 9 * (max((len(f) for f in footer), default=0) - 1), 0.4, (0.6, 0.6, 0.6))
    ncol = max(1, len(footer))
    cw = (R - L) / ncol
    for i, colines in enumerate(footer):
        yy = fy + 9 * (len(colines) - 1)
        top = fy + 9 * (max(len(f) for f in footer) - 1)
        yy = top
        for ln in colines:
            doc.text(L + i * cw, yy, ln, 6.5, False, (0.35, 0.35, 0.35))
            yy -= 9
    return doc.build()


def qr_png(matrix, scale=4, quiet=4):
    from lib import qr as Q, png
    return png.write_grey(Q.to_pixels(matrix, scale, quiet))


def logo_png(m, color, w=160, h=48, bars=5):
    """Simple brand mark: coloured block with white stripes (used as signature logo)."""
    from lib import png
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            if x < h:
                stripe = (y // (h // bars)) % 2 == 0 and 8 < x < h - 8
                row.append((255, 255, 255) if stripe else color)
            else:
                row.append((255, 255, 255) if (y < 14 or y > h - 14 or (x - h) % 18 > 11) else (90, 90, 90))
        rows.append(row)
    return png.write_rgb(rows)


def pec_wrap(m, provider, gestore, sender_pec, rcpt, subject, when, inner_raw, inner_mid, ident_prefix='opec'):
    """Italian PEC transport envelope (busta di trasporto) around the original message."""
    from lib.mime import Leaf, Multi
    zone = when.strftime('%z')
    ident = '%s%d.%s.%d.%d.1.%d@%s' % (ident_prefix, m.between(210000, 219999), when.strftime('%Y%m%d%H%M%S'),
                                       m.between(10000, 99999), m.between(100, 999), m.between(40, 70), provider)
    txt = ('Messaggio di posta certificata\n\nIl giorno %s alle ore %s (%s) il messaggio\n"%s" è stato inviato da "%s"\n'
           'indirizzato a:\n%s\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: %s\n' % (
               when.strftime('%d/%m/%Y'), when.strftime('%H:%M:%S'), zone, subject, sender_pec, rcpt, ident))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<p><b>Messaggio di posta certificata</b></p><p>Il giorno %s alle ore %s (%s) il messaggio<br>"%s" è stato inviato da "%s"<br>'
            'indirizzato a:<br>%s<br>Il messaggio originale è incluso in allegato.<br>Identificativo messaggio: %s</p></body></html>' % (
                when.strftime('%d/%m/%Y'), when.strftime('%H:%M:%S'), zone, B.esc(subject), sender_pec, rcpt, ident))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno">\n  <intestazione>\n'
           '    <mittente>%s</mittente>\n    <destinatari tipo="esterno">%s</destinatari>\n    <risposte>%s</risposte>\n'
           '    <oggetto>%s</oggetto>\n  </intestazione>\n  <dati>\n    <gestore-emittente>%s</gestore-emittente>\n'
           '    <data zona="%s">\n      <giorno>%s</giorno>\n      <ora>%s</ora>\n    </data>\n'
           '    <identificativo>%s</identificativo>\n    <msgid>%s</msgid>\n  </dati>\n</postacert>\n' % (
               sender_pec, rcpt, sender_pec, B.esc(subject), gestore, zone, when.strftime('%d/%m/%Y'), when.strftime('%H:%M:%S'),
               ident, B.esc(inner_mid)))
    b_alt = '----=_Part_%d_%d.%d' % (m.between(10000, 99999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b_alt)],
                [B.text_part(txt, 'plain', 'UTF-8', 'quoted-printable', quote=False),
                 B.html_part(html, 'UTF-8', 'quoted-printable', quote=False)], b_alt)
    dati = Leaf([('Content-Type', 'application/xml; name="daticert.xml"'), ('Content-Transfer-Encoding', 'base64'),
                 ('Content-Disposition', 'inline; filename="daticert.xml"')], xml.encode('utf-8'), 'base64')
    post = Leaf([('Content-Type', 'message/rfc822; name="postacert.eml"'),
                 ('Content-Disposition', 'inline; filename="postacert.eml"')], inner_raw, '8bit')
    b_mix = '----=_Part_%d_%d.%d' % (m.between(10000, 99999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    mixed = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b_mix)], [alt, dati, post], b_mix)
    p7 = bytes([0x30, 0x82, 0x1c, 0x4b, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]) + bytes(m.rng.randrange(256) for _ in range(7230))
    sig = Leaf([('Content-Type', 'application/pkcs7-signature; name="smime.p7s"'), ('Content-Transfer-Encoding', 'base64'),
                ('Content-Disposition', 'attachment; filename="smime.p7s"'), ('Content-Description', 'S/MIME Cryptographic Signature')], p7, 'base64')
    b_sig = '----=_Part_%d_%d.%d' % (m.between(10000, 99999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    signed = Multi([('Content-Type', 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;\n\tboundary="%s"' % b_sig)],
                   [mixed, sig], b_sig, 'This is an S/MIME signed message')
    return signed, ident


def raw_inner(headers, body):
    """Serialize an embedded message (headers list + body node)."""
    from lib.mime import fold
    b = body.serialize()
    head, _, payload = b.partition(b'\n\n')
    lines = [fold(n, v) for n, v in headers]
    return '\n'.join(lines).encode('ascii') + b'\n' + head + b'\n\n' + payload


def epc_qr(bic, name, iban, amount, text):
    """EPC069-12 (GiroCode) SEPA credit transfer payload, version 002, UTF-8."""
    return 'BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%s\n\n\n%s' % (bic, name, iban, amount, text)


def outlook_smtp_headers(m, sender, to, subject, when, cc=(), charset='iso-8859-1', lang='de', in_reply_to=None,
                         references=None, importance=None, reply_to=None):
    """Header block Outlook 2016-2021 writes when sending via SMTP."""
    from lib.mime import addr as _a
    h = [('From', _a(sender[0], sender[1], charset, 'Q')), ('To', P.fmt_addrs(to, charset, 'Q'))]
    if cc:
        h.append(('Cc', P.fmt_addrs(cc, charset, 'Q')))
    if reply_to:
        h.append(('Reply-To', _a(reply_to[0], reply_to[1], charset, 'Q')))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    h.append(('Subject', hdr_text(subject, charset, 'Q')))
    h.append(('Date', d_std(when)))
    mid = P.outlook_msgid(m, sender[1].split('@')[1], when)
    h.append(('Message-ID', mid))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    h.append(('Thread-Index', P.thread_index(m, 1 if in_reply_to else 0)))
    if importance:
        h.append(('Importance', importance))
    h.append(('Content-Language', lang))
    m.message_id = mid
    return h


def lieferant_relay(m, sender, rcpt, when, client=('[192.168.20.%d]', '192.168.20.%d'), auth=True):
    """Outlook/ERP at Lieferant GmbH -> mail.lieferant-gmbh.de (Postfix) -> mx01."""
    t1 = m.later(when, 0, 1)
    arr = m.later(t1, 1, 2)
    m.connect('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '203.0.113.25', sender, rcpt, arr)
    m.dmarc = ('pass', 'quarantine', 'lieferant-gmbh.de')
    n = m.between(20, 90)
    helo = client[0] % n if '%' in client[0] else client[0]
    cip = client[1] % n if '%' in client[1] else client[1]
    dk = ('DKIM-Signature', m.dkim('lieferant-gmbh.de', 'dkim2026', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t1)))
    rc = P.postfix_rcv(m, helo, None if cip.startswith('192.168') else cip, cip, 'mail.lieferant-gmbh.de', t1,
                       rcpt[0] if isinstance(rcpt, list) and len(rcpt) == 1 else (rcpt if isinstance(rcpt, str) else None),
                       proto='ESMTPSA' if auth else 'ESMTP', auth=sender if auth else None, tls='1.2')
    return [dk, rc]
