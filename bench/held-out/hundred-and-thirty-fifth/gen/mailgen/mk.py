"""Helpers used by the message modules: client-style bodies and attachments."""
from .core import Text, Binary, Multi, Raw, rfcdate, plus
from . import html as H
from .bodies import boundary, alt, mixed, related

TYPES = {'pdf': 'application/pdf', 'zip': 'application/zip', 'png': 'image/png', 'jpg': 'image/jpeg',
         'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
         'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
         'xml': 'application/xml', 'ics': 'text/calendar', 'html': 'text/html', 'htm': 'text/html',
         'svg': 'image/svg+xml', 'iso': 'application/x-iso9660-image', 'img': 'application/octet-stream',
         'eml': 'message/rfc822', 'txt': 'text/plain', 'p7s': 'application/pkcs7-signature',
         'p7m': 'application/pkcs7-mime', 'shtml': 'text/html', 'csv': 'text/csv'}


def ctype(fn):
    return TYPES.get(fn.rsplit('.', 1)[-1].lower(), 'application/octet-stream')


def att(m, style, fn, data, ct=None, inline_cid=None, t=None):
    """Attachment part written the way the sending client writes it."""
    ct = ct or ctype(fn)
    t = t or m.t
    if style in ('exo', 'exch'):
        dates = rfcdate(plus(t, -120), 'UTC', 'pad').replace('+0000', 'GMT')
        if inline_cid:
            return Binary(ct, data, fn, 'inline', cid=inline_cid, fname_style='2047', size_param=True, dates=dates,
                          extra_headers=[('Content-Description', fn)])
        return Binary(ct, data, fn, 'attachment', fname_style='2047', size_param=True, dates=dates,
                      extra_headers=[('Content-Description', H.esc(fn) if False else _desc(fn))])
    if style == 'outlook':
        if inline_cid:
            return Binary(ct, data, fn, None, cid=inline_cid, fname_style='2047')
        return Binary(ct, data, fn, 'attachment', fname_style='2047')
    if style == 'gmail':
        if inline_cid:
            return Binary(ct, data, fn, 'inline', cid=inline_cid, fname_style='2047:UTF-8',
                          extra_headers=[('X-Attachment-Id', inline_cid)])
        return Binary(ct, data, fn, 'attachment', fname_style='2047:UTF-8', cid=m.rng.choice(['f_', 'f_'])
                      + '%s%d' % (''.join(m.rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8)), 0),
                      extra_headers=[])
    if style in ('tb', 'roundcube', 'java', 'generic', 'yandex', 'zoho', 'webde'):
        if inline_cid:
            return Binary(ct, data, fn, 'inline', cid=inline_cid, fname_style='2231')
        return Binary(ct, data, fn, 'attachment', fname_style='2231')
    if style in ('apple', 'iphone'):
        return Binary(ct, data, fn, 'attachment' if not inline_cid else 'inline', cid=inline_cid, fname_style='2231')
    if style == 'phpmailer':
        return Binary(ct, data, fn, 'attachment' if not inline_cid else 'inline', cid=inline_cid, fname_style='2047')
    raise KeyError(style)


def _desc(fn):
    from .core import is_ascii, ew
    return fn if is_ascii(fn) else ew(fn, 'utf-8', 'B')


def client(m, style, text, html=None, cs='utf-8', cte='quoted-printable', html_cte=None, attachments=(),
           inline=(), plain_only=False, html_only=False, lang='DE', flowed=False, label=None, preamble=None):
    """Body as a mail client builds it.
    style: exo | exch | outlook | gmail | tb | apple | roundcube | phpmailer | java | generic
    inline: list of (cid, filename, bytes, ctype) for multipart/related."""
    html_cte = html_cte or cte
    n0 = {'exo': 0, 'exch': 0}.get(style, 0)
    params = ['format=flowed'] if flowed else []
    if style == 'tb' and not html:
        params = ['format=flowed']
    if style == 'tb':
        params = params + (['delsp=yes'] if False else [])
    ptxt = H.flowed(text) if 'format=flowed' in params else text
    plain = Text('plain', ptxt, cs, cte, ct_params=params, charset_label=label)
    parts = []
    if html is not None:
        hp = Text('html', html, cs, html_cte, charset_label=label)
        if html_only:
            body = hp
        else:
            bstyle = {'exo': 'exo', 'exch': 'exch'}.get(style, style if style in (
                'outlook', 'gmail', 'tb', 'apple', 'roundcube', 'phpmailer', 'java', 'mailchimp', 'sendgrid',
                'yandex', 'zoho', 'dotnet', 'webde', 'go', 'python', 'sap') else 'java')
            body = Multi('alternative', [plain, hp], boundary(m, bstyle, 0))
            if inline:
                iparts = [att(m, style if style in ('exo', 'exch', 'outlook', 'gmail', 'tb', 'apple', 'phpmailer') else 'generic',
                              fn, data, ct, inline_cid=cid) for cid, fn, data, ct in inline]
                body = Multi('related', [body] + iparts, boundary(m, bstyle, 3 if style in ('exo', 'exch') else 1),
                             params=['type="multipart/alternative"'])
    else:
        body = plain
    if attachments:
        bstyle = {'exo': 'exo', 'exch': 'exch'}.get(style, style if style in (
            'outlook', 'gmail', 'tb', 'apple', 'roundcube', 'phpmailer', 'java', 'mailchimp', 'sendgrid', 'yandex',
            'zoho', 'dotnet', 'webde', 'go', 'python', 'sap') else 'java')
        pre = preamble if preamble is not None else ('This is a multi-part message in MIME format.' if style in ('tb', 'outlook', 'phpmailer', 'roundcube') else None)
        if style == 'phpmailer':
            pre = 'This is a multi-part message in MIME format.'
        body = Multi('mixed', [body] + list(attachments), boundary(m, bstyle, 4 if style in ('exo', 'exch') else 2),
                     preamble=pre)
    return body


def ics_event(uid, organizer, attendees, start, end, summary, description, location, dtstamp, method='REQUEST',
              tzid='W. Europe Standard Time', teams_url=None, lang='en-GB', sequence=0, x_ms=True):
    """iCalendar invitation (Outlook/Teams flavour). start/end: local wall-clock datetimes (naive) in tzid."""
    def f(d):
        return d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T030000',
             'TZOFFSETFROM:+0200' if 'Europe' in tzid and 'GMT' not in tzid else 'TZOFFSETFROM:+0100',
             'TZOFFSETTO:+0100' if 'Europe' in tzid and 'GMT' not in tzid else 'TZOFFSETTO:+0000',
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
             'DTSTART:16010101T020000',
             'TZOFFSETFROM:+0100' if 'Europe' in tzid and 'GMT' not in tzid else 'TZOFFSETFROM:+0000',
             'TZOFFSETTO:+0200' if 'Europe' in tzid and 'GMT' not in tzid else 'TZOFFSETTO:+0100',
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for n, a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, a))
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines += ['DESCRIPTION;LANGUAGE=%s:%s' % (lang, desc),
              'UID:%s' % uid, 'SUMMARY;LANGUAGE=%s:%s' % (lang, summary.replace(',', '\\,')),
              'DTSTART;TZID=%s:%s' % (tzid, f(start)), 'DTEND;TZID=%s:%s' % (tzid, f(end)),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % dtstamp, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
              'SEQUENCE:%d' % sequence, 'LOCATION;LANGUAGE=%s:%s' % (lang, location.replace(',', '\\,'))]
    if x_ms:
        lines += ['X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % sequence, 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
                  'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
                  'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
        if teams_url:
            lines += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:%s' % teams_url, 'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}']
        lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                  'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
                  'X-MICROSOFT-LOCATIONS:[{"DisplayName":"%s","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]'
                  % location.replace(',', '\\,')]
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
            out.append(b[:cut] if first else ' ' + b[:cut])
            b = b[cut:]
            first = False
        out.append(b if first else ' ' + b)
    return '\r\n'.join(out) + '\r\n'
