"""Document templates: invoices/orders/letters as PDF, logos as PNG, calendar invites."""
import datetime as _dt

import pdf as pdfmod
import png
import qr as qrmod
from util import fmt_date, zone_offset

GREY = (0.35, 0.35, 0.35)


def logo_png(text, color=(0, 70, 140), w=220, h=60, rings=True, bg=(255, 255, 255)):
    c = png.Canvas(w, h, bg)
    x = 8
    if rings:
        cy = h // 2
        c.ring(30, cy, 0, 7, (184, 115, 51))       # copper core
        c.ring(30, cy, 9, 14, color)               # insulation
        c.ring(30, cy, 16, 22, (60, 60, 60))       # sheath
        x = 62
    c.glyphs(x, h // 2 - 7, text, color, 2)
    return c.png()


def _letterhead(p, seller, color):
    p.rect(0, 0, p.w, 8, fill=color)
    p.text(50, 52, seller['name'], 15, True, color)
    y = 66
    for line in seller.get('tagline', []):
        p.text(50, y, line, 8, False, GREY)
        y += 10
    yy = 40
    for line in seller.get('lines', []):
        p.textr(545, yy, line, 8, False, GREY)
        yy += 10
    p.line(50, 92, 545, 92, 0.6, color)


def _footer(p, lines, color):
    p.line(50, 770, 545, 770, 0.4, color)
    y = 781
    for ln in lines:
        p.text(50, y, ln, 6.8, False, GREY)
        y += 8.5


def document(s, *, seller, buyer_lines, title, meta, columns, rows, totals, notes=(), footer=(), qr=None,
             color=(0, 0.27, 0.55), producer='', creator='', author='', doc_title=None, lang='de-DE', links=(),
             sender_line=None, extra_qr=None, created=None, sign=None):
    """Generic commercial document (invoice / order / confirmation / statement)."""
    d = pdfmod.PDF(title=doc_title or title, author=author, producer=producer, creator=creator,
                   created=created or s.t0 - _dt.timedelta(minutes=s.rng.randint(5, 240)), zone=s.zone, lang=lang)
    p = d.page()
    _letterhead(p, seller, color)
    y = 118
    if sender_line:
        p.text(50, y - 10, sender_line, 6.5, False, GREY)
        p.line(50, y - 7, 290, y - 7, 0.3, GREY)
    for ln in buyer_lines:
        p.text(50, y + 4, ln, 9.5)
        y += 12.5
    my = 112
    for lab, val in meta:
        p.text(340, my, lab, 8, False, GREY)
        p.textr(545, my, val, 8.5, True)
        my += 12
    y = max(y, my) + 22
    p.text(50, y, title, 13, True, color)
    y += 20
    # table
    x = 50
    p.rect(50, y - 11, 495, 16, fill=(0.92, 0.94, 0.97))
    xs = []
    for lab, wid, al in columns:
        xs.append((x, wid, al))
        if al == 'r':
            p.textr(x + wid - 3, y, lab, 7.8, True)
        else:
            p.text(x + 3, y, lab, 7.8, True)
        x += wid
    y += 17
    for row in rows:
        maxl = 1
        for (cx, wid, al), val in zip(xs, row):
            lines = p.wrap(str(val), wid - 6, 8.3) if al != 'r' else [str(val)]
            for j, ln in enumerate(lines):
                if al == 'r':
                    p.textr(cx + wid - 3, y + j * 10.5, ln, 8.3)
                else:
                    p.text(cx + 3, y + j * 10.5, ln, 8.3)
            maxl = max(maxl, len(lines))
        y += 10.5 * maxl + 4
        p.line(50, y - 8, 545, y - 8, 0.2, (0.75, 0.75, 0.75))
    y += 6
    for lab, val, bold in totals:
        p.textr(450, y, lab, 8.8, bold)
        p.textr(545, y, val, 8.8, bold)
        y += 13
    y += 10
    qy = y
    for para in notes:
        y = p.para(50, y, para, 330 if qr else 495, 8.6, 11.5)
        y += 5
    for (lx, ly, lw, lh, uri) in links:
        p.link(lx, ly, lw, lh, uri)
    if qr:
        payload, caption = qr
        m = qrmod.encode(payload, 'M')
        size = 92
        p.qr(m, 453, qy, size, payload)
        for j, cap in enumerate(caption.split('\n')):
            p.textc(453 + size / 2, qy + size + 10 + j * 9, cap, 6.8, False, GREY)
    if extra_qr:
        payload, caption, ex, ey, size = extra_qr
        m = qrmod.encode(payload, 'M')
        p.qr(m, ex, ey, size, payload)
        for j, cap in enumerate(caption.split('\n')):
            p.textc(ex + size / 2, ey + size + 9 + j * 8.5, cap, 6.5, False, GREY)
    if sign:
        sy = max(y, qy + 130) + 10
        for ln in sign:
            p.text(50, sy, ln, 8.6)
            sy += 11.5
    _footer(p, footer, color)
    return s.pdf_bytes(d)


def letter(s, *, seller, recipient_lines, place_date, subject, paragraphs, closing, signer, footer=(),
           color=(0, 0.27, 0.55), producer='', creator='', author='', lang='de-DE', sender_line=None, links=(),
           qr=None, created=None, boxed=None, title=None):
    d = pdfmod.PDF(title=title or subject, author=author, producer=producer, creator=creator,
                   created=created or s.t0 - _dt.timedelta(minutes=s.rng.randint(20, 600)), zone=s.zone, lang=lang)
    p = d.page()
    _letterhead(p, seller, color)
    y = 120
    if sender_line:
        p.text(50, y - 8, sender_line, 6.5, False, GREY)
        p.line(50, y - 5, 290, y - 5, 0.3, GREY)
    for ln in recipient_lines:
        p.text(50, y + 6, ln, 9.5)
        y += 12.5
    y = max(y, 190)
    p.textr(545, y, place_date, 9.5)
    y += 28
    p.text(50, y, subject, 11, True)
    y += 24
    for para in paragraphs:
        y = p.para(50, y, para, 495, 9.6, 13.2)
        y += 7
    if boxed:
        bh = 14 * len(boxed) + 12
        p.rect(50, y, 495, bh, fill=(0.95, 0.96, 0.98), stroke=color, lw=0.6)
        yy = y + 16
        for lab, val in boxed:
            p.text(62, yy, lab, 9.2, False, GREY)
            p.text(210, yy, val, 9.4, True)
            yy += 14
        y += bh + 16
    if qr:
        payload, caption = qr
        m = qrmod.encode(payload, 'M')
        p.qr(m, 50, y, 110, payload)
        for j, cap in enumerate(caption.split('\n')):
            p.text(175, y + 20 + j * 12, cap, 9)
        y += 125
    y = p.para(50, y + 4, closing, 495, 9.6, 13.2)
    y += 26
    for ln in signer:
        p.text(50, y, ln, 9.4)
        y += 12.5
    for (lx, ly, lw, lh, uri) in links:
        p.link(lx, ly, lw, lh, uri)
    _footer(p, footer, color)
    return s.pdf_bytes(d)


def ics(s, *, uid, organizer, attendees, start_local, minutes, summary, description, location, zone_id,
        zone, method='REQUEST', prodid='Microsoft Exchange Server 2010', seq=0, extra=()):
    """VCALENDAR text (CRLF)."""
    t0 = start_local

    def dt(d):
        return d.strftime('%Y%m%dT%H%M%S')
    end = t0 + _dt.timedelta(minutes=minutes)
    off_std, _ = zone_offset(zone, _dt.datetime(2026, 12, 1, tzinfo=_dt.timezone.utc))
    off_dst = off_std + 60

    def fo(o):
        return '%s%02d%02d' % ('+' if o >= 0 else '-', abs(o) // 60, abs(o) % 60)
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:%s' % prodid, 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:%s' % zone_id,
             'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:%s' % fo(off_dst), 'TZOFFSETTO:%s' % fo(off_std),
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:%s' % fo(off_std), 'TZOFFSETTO:%s' % fo(off_dst),
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for name, addr in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (name, addr))
    lines += ['DESCRIPTION;LANGUAGE=%s:%s' % (s.lang_tag if hasattr(s, 'lang_tag') else 'en-US', desc),
              'UID:%s' % uid, 'SUMMARY;LANGUAGE=en-US:%s' % summary.replace(',', '\\,'),
              'DTSTART;TZID=%s:%s' % (zone_id, dt(t0)), 'DTEND;TZID=%s:%s' % (zone_id, dt(end)),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % s.t0.strftime('%Y%m%dT%H%M%SZ'), 'TRANSP:OPAQUE',
              'STATUS:CONFIRMED', 'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=en-US:%s' % location.replace(',', '\\,')]
    lines += list(extra)
    lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
              'END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:
        b = ln
        first = True
        while len(b.encode('utf-8')) > 74:
            cut = 74 if first else 73
            while len(b[:cut].encode('utf-8')) > (74 if first else 73):
                cut -= 1
            out.append(('' if first else ' ') + b[:cut])
            b = b[cut:]
            first = False
        out.append(('' if first else ' ') + b)
    return '\r\n'.join(out) + '\r\n'


def epc_qr(bic, name, iban, amount, ref_text, purpose=''):
    """EPC069-12 'GiroCode' payload (version 002, UTF-8)."""
    return 'BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%.2f\n%s\n\n%s' % (bic, name, iban, amount, purpose, ref_text)


def zbp_qr(nip, nrb, grosze, name, title):
    """Polish bank transfer QR (Rekomendacja ZBP 2D)."""
    return '%s|PL|%s|%06d|%s|%s|||' % (nip, nrb, grosze, name[:20], title[:32])
