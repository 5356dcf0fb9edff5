# -*- coding: utf-8 -*-
"""Shared helpers for the message modules."""
import datetime as _dt

import mime
from mime import Leaf, Multi, Rfc822, hexs, alnum, b64s, guid, uuid4
from company import S, STAFF, staff_row
import bodies as B

TD = _dt.timedelta


def when(y, mo, d, h, mi, s=0, z='CET'):
    return mime.utc_from_local(y, mo, d, h, mi, s, z)


def gmt(dt):
    return mime.fmt_date(dt, 'UTC', 'pad').replace('+0000', 'GMT')


def att(m, data, ctype, filename, style='outlook', t=None, fn_charset='utf-8', inline=False, cid=None):
    """Attachment leaf the way the given client writes it."""
    r = m.rng
    disp = 'inline' if inline else 'attachment'
    if style == 'outlook':
        t = t or _dt.datetime(2026, 11, 1, tzinfo=_dt.timezone.utc)
        return Leaf(ctype, data, filename=filename, disposition=disp, cte='base64', fn_style='2047Q' if fn_charset != 'utf-8' else '2047B',
                    fn_charset=fn_charset, size=True, dates=gmt(t), desc=mime.hval(filename, fn_charset, 'Q' if fn_charset != 'utf-8' else 'B'),
                    cid=cid)
    if style == 'gmail':
        aid = 'f_%s' % alnum(r, 9, 'abcdefghijklmnopqrstuvwxyz0123456789')
        return Leaf(ctype, data, filename=filename, disposition=disp, cte='base64', fn_style='2047B', cid=cid or aid,
                    headers=[('X-Attachment-Id', cid or aid)])
    if style == 'thunderbird':
        return Leaf(ctype, data, filename=filename, disposition=disp, cte='base64', fn_style='2231', cid=cid)
    if style == 'apple':
        return Leaf(ctype, data, filename=filename, disposition=disp, cte='base64', fn_style='2231', cid=cid,
                    params='; x-unix-mode=0644' if False else '')
    if style == 'php':
        return Leaf(ctype, data, filename=filename, disposition=disp, cte='base64', fn_style='2047B', cid=cid)
    if style == 'plain':
        return Leaf(ctype, data, filename=filename, disposition=disp, cte='base64', fn_style='2047B', cid=cid, name_param=True)
    raise ValueError(style)


def sig_eg(name_key, lang='de', extra_title=None):
    """Example Group e-mail signature per office language."""
    n, a, off, role, phone = staff_row(name_key)
    title = extra_title or {
        'Sabine Krüger': 'Kreditorenbuchhaltung', 'Jörg Weißenborn': 'Zahlungsverkehr / Treasury',
        'Katrin Hoffmann': 'Kaufmännische Geschäftsführung (CFO)', 'Matthias Brandt': 'Geschäftsführer',
        'Anja Schröder': 'Personal & Entgeltabrechnung', 'Thomas Becker': 'Leitung IT',
        'Lukas Hartmann': 'IT-Sicherheit & Messaging', 'Melanie Vogt': 'Assistenz der Geschäftsführung',
        'Frank Oltmanns': 'Einkauf Rohstoffe & Verpackung', 'Nina Albers': 'Leitung Exportvertrieb',
        'Henrik Jansen': 'Qualitätssicherung / Futtermittelsicherheit', 'Marco Heitmann': 'Supply Chain & Logistik',
        'Dennis Wübben': 'Werksleitung Verden'}.get(n, role)
    if lang == 'de':
        return ('%s\n%s\n\nExample Group Heimtiernahrung GmbH\nIndustriestraße 14 · 27283 Verden (Aller)\nTel. %s\n%s · www.example.com\n\n'
                'Sitz der Gesellschaft: Verden (Aller) · Amtsgericht Walsrode HRB 204518\nGeschäftsführer: Matthias Brandt · USt-IdNr. DE294817367'
                % (n, title, phone, a))
    if lang == 'en':
        return '%s\n%s\n\nExample Group UK Ltd\nUnit 4, Fengate Business Park, Peterborough PE1 5XG\nT %s\n%s | www.example.com\n\nRegistered in England and Wales No. 11873402 | VAT GB 427 1936 44' % (n, role, phone, a)
    return '%s\n%s\n%s' % (n, role, phone)


LIEF_FOOTER = ('Lieferant GmbH · Am Industriehafen 7 · 49661 Cloppenburg\nGeschäftsführer: Hermann Lübbers, Dr. Anke Wessels · Amtsgericht Oldenburg HRB 112874 · '
               'USt-IdNr. DE118472639')


def sig_lief(who):
    d = {'Petra Lang': ('Vertriebsinnendienst', '-12', 'p.lang'), 'Stefan Maier': ('Key Account Management Heimtiernahrung', '-21', 's.maier'),
         'Buchhaltung': ('Finanzbuchhaltung', '-30', 'rechnungen')}[who]
    nm = 'Monika Tebben' if who == 'Buchhaltung' else who
    return ('Mit freundlichen Grüßen\n\n%s\n%s\n\nLieferant GmbH\nProteine & Fette für die Heimtiernahrung\nAm Industriehafen 7 · 49661 Cloppenburg\n'
            'Tel. +49 4471 9388%s · Fax +49 4471 9388-99\n%s@lieferant-gmbh.de · www.lieferant-gmbh.de\n\n'
            'Geschäftsführer: Hermann Lübbers, Dr. Anke Wessels · Amtsgericht Oldenburg HRB 112874 · USt-IdNr. DE118472639'
            % (nm, d[0], d[1], d[2]))


def teams_link(rng, tid, oid):
    return ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
            % (alnum(rng, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), tid, oid))


def ics_invite(m, organizer, attendees, start_utc, end_utc, summary, description, location, uid=None, tz='W. Europe Standard Time',
               tzrule='CET', seq=0):
    """Outlook-style METHOD:REQUEST invitation (UTF-8, CRLF, folded)."""
    import office
    import mime as _m

    def loc(dt):
        return _m.local(dt, tzrule).strftime('%Y%m%dT%H%M%S')
    uid = uid or '040000008200E00074C5B7101A82E00800000000%s00000000000000001000000%s' % (hexs(m.rng, 16, True), hexs(m.rng, 32, True))
    stamp = (start_utc - TD(days=3)).strftime('%Y%m%dT%H%M%SZ')
    vt = {'CET': ['BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200',
                  'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
                  'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                  'END:DAYLIGHT', 'END:VTIMEZONE'],
          'UK': ['BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
                 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
                 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                 'END:DAYLIGHT', 'END:VTIMEZONE'],
          'EET': ['BEGIN:VTIMEZONE', 'TZID:GTB Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T040000', 'TZOFFSETFROM:+0300',
                  'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
                  'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                  'END:DAYLIGHT', 'END:VTIMEZONE']}[tzrule]
    tzid = vt[1][5:]
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0'] + vt + [
        'BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, a))
    lines += ['DESCRIPTION;LANGUAGE=en-GB:' + office.ics_text(description),
              'UID:' + uid, 'SUMMARY;LANGUAGE=en-GB:' + office.ics_text(summary),
              'DTSTART;TZID=%s:%s' % (tzid, loc(start_utc)), 'DTEND;TZID=%s:%s' % (tzid, loc(end_utc)),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + stamp, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:%d' % seq,
              'LOCATION;LANGUAGE=en-GB:' + office.ics_text(location),
              'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % m.rng.randint(-2 ** 31, 2 ** 31),
              'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
              'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
              'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
              'END:VEVENT', 'END:VCALENDAR']
    return office.ics_fold(lines)


def png_scene(rects, w, h, bg=(235, 235, 230)):
    """Simple RGB picture made of filled rectangles (x, y, w, h, (r,g,b))."""
    import png
    px = [[bg] * w for _ in range(h)]
    for x, y, rw, rh, col in rects:
        for yy in range(max(0, y), min(h, y + rh)):
            row = px[yy]
            for xx in range(max(0, x), min(w, x + rw)):
                row[xx] = col
    return png.write_rgb(px, w, h)


def qr_png(m, payload, scale=5):
    import qr
    import png
    m.qr_expected.append(payload)
    return png.qr_png(qr.encode(payload, 'M'), scale)


INERT_LNK = ('[inert placeholder for a Windows shortcut (.lnk)]\r\n'
             'Icon: %s\r\nTarget: %s\r\n')
