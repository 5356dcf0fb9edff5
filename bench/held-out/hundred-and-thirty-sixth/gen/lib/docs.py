"""Documents used as attachments: letters, invoices, notices (PDF); QR payloads; ICS."""
from . import pdf, qr as qrmod, when


def epc_payload(bic, name, iban, amount, text, purpose=''):
    return 'BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%.2f\n%s\n\n%s' % (bic, name, iban, amount, purpose, text)


def money(v, lang='de'):
    s = '{:,.2f}'.format(v)
    if lang in ('de', 'it', 'es', 'pl', 'el', 'ru'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.' if lang in ('de', 'it', 'es', 'el') else ' ')
    return s


def _info(m, producer, creator, title, author, t_utc, zone='DE'):
    d = when.local(zone, t_utc)
    return {'Title': title, 'Author': author, 'Creator': creator, 'Producer': producer,
            'CreationDate': pdf.pdfdate(d), 'ModDate': pdf.pdfdate(d)}


def new_pdf(m, producer, creator, title, author, t_utc, zone='DE'):
    fid = bytes(m.rng.randrange(256) for _ in range(16))
    return pdf.PDF(info=_info(m, producer, creator, title, author, t_utc, zone), file_id=fid)


def letter(m, t_utc, sender, recipient, place_date, subject, body, closing, footer, producer='Microsoft® Word für Microsoft 365',
           creator='Microsoft® Word für Microsoft 365', title='', author='', zone='DE', color=(0.1, 0.25, 0.45), logo=None,
           qr_payload=None, qr_caption=None, links=(), font='R', bold='B', size=10, extra_page=None):
    """sender: (name, [lines]); recipient: [lines]; body: text with \n\n paragraphs; footer: [lines]."""
    d = new_pdf(m, producer, creator, title or subject, author, t_utc, zone)
    p = d.page()
    top = 800
    p.text(56, top, logo or sender[0], bold, 17, color)
    y = top - 16
    for ln in sender[1]:
        p.text(56, y, ln, font, 8, (0.35, 0.35, 0.35))
        y -= 10
    p.line(56, y - 2, 539, y - 2, 0.6, color)
    y = 700
    p.text(56, y + 14, ' · '.join([sender[0]] + sender[1][-1:]), font, 6.5, (0.4, 0.4, 0.4))
    for ln in recipient:
        p.text(56, y, ln, font, size)
        y -= size + 3
    p.text(539, 640, place_date, font, size, align='right')
    y = 610
    y = p.para(56, y, 483, subject, bold, size + 1)
    y -= 8
    for para in body.split('\n\n'):
        y = p.para(56, y, 483, para, font, size, leading=size * 1.4)
        y -= 6
    if qr_payload is not None:
        mat = qrmod.encode(qr_payload, 'M')
        d.add_qr('Im1', mat, scale=3)
        n = len(mat) + 8
        sz = 110
        p.image('Im1', 56, y - sz, sz, sz)
        if qr_caption:
            p.para(56 + sz + 12, y - 14, 330, qr_caption, font, 8.5)
        y -= sz + 10
    for (label, url, lx, ly, lw, lh) in links:
        p.link(lx, ly, lw, lh, url)
    y -= 4
    for ln in closing.split('\n'):
        p.text(56, y, ln, font, size)
        y -= size + 4
    fy = 58
    p.line(56, fy + 12, 539, fy + 12, 0.4, (0.6, 0.6, 0.6))
    for ln in footer:
        p.text(297.6, fy, ln, font, 6.5, (0.35, 0.35, 0.35), align='center')
        fy -= 8.5
    if extra_page:
        extra_page(d)
    return d.render()


def invoice(m, t_utc, labels, seller, buyer, meta, items, totals, payment_lines, footer, producer, creator, title,
            author='', zone='DE', color=(0.15, 0.3, 0.2), qr_payload=None, qr_caption='', lang='de', font='R', bold='B',
            notes=None, link=None, qr_where='right'):
    """labels: dict with keys invoice, pos, desc, qty, unit, price, amount.
    seller: (name, [lines]); buyer: [lines]; meta: [(k, v)]; items: [(desc, qty, unit, price)];
    totals: [(label, value_str, bold)]"""
    d = new_pdf(m, producer, creator, title, author, t_utc, zone)
    p = d.page()
    p.text(56, 800, seller[0], bold, 16, color)
    y = 786
    for ln in seller[1]:
        p.text(56, y, ln, font, 7.5, (0.35, 0.35, 0.35))
        y -= 9.5
    y = 700
    p.text(56, y + 14, seller[0] + ' · ' + seller[1][-1], font, 6.5, (0.4, 0.4, 0.4))
    for ln in buyer:
        p.text(56, y, ln, font, 9.5)
        y -= 12.5
    my = 712
    for k, v in meta:
        p.text(340, my, k, font, 8.5, (0.3, 0.3, 0.3))
        if k and p.width(k, font, 8.5) + p.width(v, font, 8.5) + 10 > 199:
            my -= 11
        p.text(539, my, v, font, 8.5, align='right')
        my -= 12
    y = min(y, my) - 18
    p.text(56, y, labels['invoice'], bold, 14, color)
    y -= 22
    p.rect(56, y - 4, 483, 16, fill=(0.92, 0.94, 0.92))
    cols = [(60, labels['pos'], 'left'), (86, labels['desc'], 'left'), (380, labels['qty'], 'right'), (420, labels['unit'], 'left'),
            (480, labels['price'], 'right'), (537, labels['amount'], 'right')]
    for x, lab, al in cols:
        p.text(x, y, lab, bold, 8, align=al)
    y -= 16
    for i, (desc, qty, unit, price) in enumerate(items, 1):
        amt = qty * price
        p.text(60, y, str(i), font, 8.5)
        yy = p.para(86, y, 250, desc, font, 8.5, leading=11)
        p.text(380, y, money(qty, lang) if isinstance(qty, float) and not qty.is_integer() else str(int(qty)) if float(qty).is_integer() else str(qty), font, 8.5, align='right')
        p.text(420, y, unit, font, 8.5)
        p.text(480, y, money(price, lang), font, 8.5, align='right')
        p.text(537, y, money(amt, lang), font, 8.5, align='right')
        y = min(yy, y - 11) - 4
    p.line(300, y + 6, 539, y + 6, 0.5)
    y -= 6
    for lab, val, b in totals:
        p.text(420, y, lab, bold if b else font, 9, align='right')
        p.text(537, y, val, bold if b else font, 9, align='right')
        y -= 13
    y -= 10
    if notes:
        y = p.para(56, y, 483, notes, font, 8.5, leading=11.5)
        y -= 6
    qy = y
    for ln in payment_lines:
        y = p.para(56, y, 330 if qr_payload else 483, ln, font, 8.5, leading=11.5)
    if link:
        p.link(*link)
    if qr_payload is not None:
        mat = qrmod.encode(qr_payload, 'M')
        d.add_qr('Im1', mat, scale=3)
        sz = 96
        p.image('Im1', 443, qy - sz + 8, sz, sz)
        if qr_caption:
            p.text(491, qy - sz + 2, qr_caption, font, 6.5, align='center')
    fy = 60
    p.line(56, fy + 12, 539, fy + 12, 0.4, (0.6, 0.6, 0.6))
    for ln in footer:
        p.text(297.6, fy, ln, font, 6.5, (0.35, 0.35, 0.35), align='center')
        fy -= 8.5
    return d.render()


def ics(uid, organizer, attendees, start_utc, end_utc, summary, description, location, method='REQUEST', dtstamp=None,
        tzid='W. Europe Standard Time', zone='DE', x_alt=None, prodid='Microsoft Exchange Server 2010', seq=0):
    def fmt_local(t):
        return when.local(zone, t).strftime('%Y%m%dT%H%M%S')

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 75:
            return line
        out = []
        cur = ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
        return '\r\n '.join(out)
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:%s' % prodid, 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:%s' % tzid,
             'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, a))
    lines += ['DESCRIPTION;LANGUAGE=de-DE:%s' % esc(description) if zone == 'DE' else 'DESCRIPTION:%s' % esc(description),
              'UID:%s' % uid, 'SUMMARY:%s' % esc(summary),
              'DTSTART;TZID=%s:%s' % (tzid, fmt_local(start_utc)), 'DTEND;TZID=%s:%s' % (tzid, fmt_local(end_utc)),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % (dtstamp or start_utc).strftime('%Y%m%dT%H%M%SZ'),
              'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:%d' % seq, 'LOCATION:%s' % esc(location),
              'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
              'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
              'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'
