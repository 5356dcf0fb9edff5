"""Message specification and assembly into RFC 5322 bytes."""
import base64
import re

from common import (addr, addrs, ew, fold, hint, hbytes, hhex, rfcdate, add, is_ascii, to_utc)
from mime import Part, serialize, to_plain, to_html
from infra import postfix_qid, TLS13
import files

# --------------------------------------------------------------------------
# body helpers
# --------------------------------------------------------------------------


def plain(src, cs, cte, flowed=False, quote_cs=True, link_style='angle', wrap=None):
    return Part('text/plain', text=to_plain(src, link_style), cs=cs, cte=cte, flowed=flowed,
                quote_cs=quote_cs, wrap=wrap)


def html(src_or_html, cs, cte, style='generic', raw=False, accent='#1a5fb4', title='', lang='de',
         quote_cs=True):
    h = src_or_html if raw else to_html(src_or_html, style, cs, accent, title, lang)
    return Part('text/html', text=h, cs=cs, cte=cte, quote_cs=quote_cs, wrap=False)


def alt(src, cs, cte, style='outlook', html_cs=None, html_cte=None, raw_html=None, accent='#1a5fb4',
        title='', lang='de', flowed=False, quote_cs=True, link_style='angle'):
    p = plain(src, cs, cte, flowed=flowed, quote_cs=quote_cs, link_style=link_style)
    h = html(raw_html if raw_html else src, html_cs or cs, html_cte or cte, style, raw=bool(raw_html),
             accent=accent, title=title, lang=lang, quote_cs=quote_cs)
    return Part('multipart/alternative', parts=[p, h])


def mixed(*parts):
    return Part('multipart/mixed', parts=list(parts))


def related(*parts):
    return Part('multipart/related', parts=list(parts), params=[('type', 'multipart/alternative')]
                if parts[0].ctype.startswith('multipart') else [('type', 'text/html')])


def att(ctype, name, data, style='outlook', inline=False, cid=None, size_param=False, when=None):
    dp = []
    if style == 'outlook' and not inline:
        dp = [('size', str(len(data)))]
    p = Part(ctype, data=data, filename=name, disp='inline' if inline else 'attachment', cid=cid,
             desc=name if style == 'outlook' else None, disp_params=dp)
    return p


def text_att(ctype, name, text, cs='utf-8', cte='base64', inline=False, style=None):
    return Part(ctype, text=text, cs=cs, cte=cte, filename=name, disp='inline' if inline else 'attachment',
                wrap=False, desc=name if style == 'outlook' else None)


def ics_part(text, method='REQUEST'):
    return Part('text/calendar', text=text, cs='utf-8', cte='base64', params=[('method', method)], wrap=False)


# --------------------------------------------------------------------------
# message
# --------------------------------------------------------------------------
class Msg:
    def __init__(self, folder, lang, slug, *, what, why, when, zone, infra, frm, to, subject, body,
                 cc=None, reply_to=None, rcpt=None, env_from=None, extra=None, hcs=('utf-8', 'B'),
                 in_reply_to=None, references=None, content_lang=None, hn=None, sender=None,
                 date_zone=None, quote_names=False, subject_raw=None, thread_index=None, notes=None,
                 received_extra=None):
        self.folder = folder
        self.lang = lang
        self.slug = slug
        self.what = what
        self.why = why
        self.t0 = to_utc(zone, *when)
        self.zone = zone
        self.infra = infra
        self.frm = frm
        self.to = to
        self.cc = cc or []
        self.reply_to = reply_to
        self.subject = subject
        self.body = body
        self.rcpt = rcpt or to[0][1]
        self.env_from = env_from
        self.extra = extra or []
        self.hcs = hcs
        self.in_reply_to = in_reply_to
        self.references = references
        self.content_lang = content_lang
        self.hn = hn
        self.sender = sender
        self.date_zone = date_zone
        self.quote_names = quote_names
        self.subject_raw = subject_raw
        self.thread_index = thread_index
        self.notes = notes
        self.received_extra = received_extra or []


DATE_UTC_LAYOUTS = ('outlook',)

LAYOUTS = {
    'outlook': ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
                'X-MS-TNEF-Correlator', '*POST', '*EXTRA', 'CT', 'MIME-Version'],
    'outlook_smtp': ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID',
                     'MIME-Version', 'CT', '*POST', 'Thread-Index', 'Content-Language', '*EXTRA'],
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc',
              'Reply-To', '*POST', '*EXTRA', 'CT'],
    'google': ['MIME-Version', 'Date', 'Message-ID', 'Subject', 'From', 'To', '*POST', '*EXTRA', 'CT'],
    'thunderbird': ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', '*POST', 'Subject', 'To', 'Cc',
                    'References', 'Content-Language', 'From', 'Reply-To', 'In-Reply-To', '*EXTRA', 'CT'],
    'generic': ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Message-ID', 'In-Reply-To', 'References', 'Subject',
                '*POST', '*EXTRA', 'MIME-Version', 'CT'],
    'roundcube': ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References', 'Reply-To',
                  '*POST', 'Message-ID', '*EXTRA', 'CT'],
    'phpmailer': ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', '*POST', '*EXTRA', 'MIME-Version', 'CT'],
    'esp': ['*POST', 'Date', 'From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To', 'References',
            '*EXTRA', 'MIME-Version', 'CT'],
    'yandex': ['*POST', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'MIME-Version', 'Date', 'Message-Id',
               'In-Reply-To', 'References', '*EXTRA', 'CT'],
    'horde': ['Date', 'Message-ID', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'In-Reply-To', 'References', '*POST',
              '*EXTRA', 'CT', 'MIME-Version'],
    'foxmail': ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'References', 'In-Reply-To', '*POST', '*EXTRA',
                'Mime-Version', 'Message-ID', 'CT'],
    'proton': ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'In-Reply-To', 'References', '*POST',
               '*EXTRA', 'MIME-Version', 'CT'],
}

_PH = re.compile(r'\{(d(?::[A-Za-z:]+)?|rcpt|from|eid|ems|es)\}')


def _fill(tpl, when, zone, m, env_from):
    def rep(mt):
        tok = mt.group(1)
        if tok == 'rcpt':
            return m.rcpt
        if tok == 'from':
            return env_from
        if tok == 'eid':
            return hhex(m.slug + 'eid', 10)
        if tok == 'es':
            return str(int(when.timestamp()))
        if tok == 'ems':
            return str(int(when.timestamp()) * 1000 + hint(m.slug + 'ems', 0, 999))
        parts = tok.split(':')
        if len(parts) == 1:
            return rfcdate(when, zone, name=zone in ('PT', 'ET'))
        if parts[1] == 'SG':
            return when.strftime('%Y-%m-%d %H:%M:%S.') + '%09d +0000 UTC m=+%d.%09d' % (
                hint(m.slug + 'ns', 0, 999999999), hint(m.slug + 'up', 100000, 9999999), hint(m.slug + 'ns2', 0, 999999999))
        if parts[1] == 'SGS':
            return rfcdate(when, 'UTC', frac='.%03d' % hint(m.slug + 'ms', 0, 999)) + ' (UTC)'
        if parts[1] == 'UTCT':
            return rfcdate(when, 'UTC')
        if parts[1] == 'UTC':
            return when.strftime('%d %b %Y %H:%M:%S.') + '%04dZ' % hint(m.slug + 'oat', 0, 9999) \
                if len(parts) > 2 else rfcdate(when, 'UTC')
        raise ValueError(tok)
    return _PH.sub(rep, tpl)


def _thread_index(key):
    return base64.b64encode(b'\x01' + hbytes(key + 'ti', 21)).decode()


def _strip_prefix(s):
    return re.sub(r'^((AW|RE|Re|R|Odp|ODP|RES|Fwd|WG|FW|Fw|ΑΠ|Απ|ΣΧΕΤ|Отв|RV|Re\[\d\]):\s*)+', '', s)


def assemble(m):
    inf = m.infra
    env_from = m.env_from or (inf.rp(m.frm[1], m.rcpt) if inf.rp else m.frm[1])
    # ---- timeline ----
    cur = m.t0
    times = []
    for i, _ in enumerate(reversed(inf.hops)):
        cur = add(cur, inf.hops[len(inf.hops) - 1 - i][2] + hint(m.slug + 'hop%d' % i, 0, 2))
        times.append(cur)
    times.reverse()
    t_mx = add(cur, 1 + hint(m.slug + 'mx', 0, 3))
    lines = ['Return-Path: <%s>' % env_from]
    client = '%s (%s [%s])' % (inf.helo, inf.rdns, inf.ip)
    rec = 'Received: from %s\n\t' % client
    if inf.tls:
        rec += inf.tls + '\n\t'
    rec += 'by mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        'ESMTPS' if inf.tls else 'ESMTP', postfix_qid(m.slug), m.rcpt, rfcdate(t_mx, 'DE', name=True))
    lines.append(rec)
    for (tpl, zone, _), t in zip(inf.hops, times):
        lines.append('Received: ' + _fill(tpl, t, zone, m, env_from))
    for r in m.received_extra:
        lines.append('Received: ' + _fill(r[0], add(m.t0, -r[2]), r[1], m, env_from))
    for item in inf.pre:
        name, tpl, zone = item
        lines.append('%s: %s' % (name, _fill(tpl, times[-1] if times else m.t0, zone or 'UTC', m, env_from)))
    # ---- message headers ----
    cs, mode = m.hcs
    date_zone = m.date_zone or ('UTC' if inf.layout == 'outlook' and 'example.com' not in inf.helo else m.zone)
    subj = m.subject_raw or ew(m.subject, cs, mode)
    if is_ascii(m.subject) and not m.subject_raw:
        subj = fold(m.subject, 9)
    hv = {
        'From': addr(m.frm[0], m.frm[1], cs, mode, m.quote_names),
        'To': addrs(m.to, cs, mode, m.quote_names),
        'Cc': addrs(m.cc, cs, mode, m.quote_names) if m.cc else None,
        'Reply-To': addr(m.reply_to[0], m.reply_to[1], cs, mode, m.quote_names) if m.reply_to else None,
        'Subject': subj,
        'Date': rfcdate(m.t0, date_zone),
        'Message-ID': inf.msgid(m.t0),
        'In-Reply-To': m.in_reply_to,
        'References': m.references,
        'MIME-Version': '1.0',
    }
    hv['Message-Id'] = hv['Message-ID']
    hv['Mime-Version'] = '1.0'
    if inf.layout == 'outlook':
        topic = _strip_prefix(m.subject)
        hv['Thread-Topic'] = ew(topic, cs, mode) if not is_ascii(topic) else fold(topic, 14)
        hv['Thread-Index'] = m.thread_index or _thread_index(m.slug)
        hv['Accept-Language'] = '%s, en-US' % (m.content_lang or 'de-DE')
        hv['Content-Language'] = m.content_lang or 'de-DE'
        has = any(getattr(p, 'filename', None) for p in _walk(m.body))
        hv['X-MS-Has-Attach'] = 'yes' if has else ''
        hv['X-MS-TNEF-Correlator'] = ''
    elif inf.layout == 'outlook_smtp':
        hv['Thread-Index'] = m.thread_index or _thread_index(m.slug)
        hv['Content-Language'] = m.content_lang or 'de'
    elif inf.layout == 'thunderbird':
        hv['User-Agent'] = 'Mozilla Thunderbird'
        hv['Content-Language'] = m.content_lang or 'de-DE'
    if m.sender:
        m.extra = [('Sender', addr(m.sender[0], m.sender[1], cs, mode))] + m.extra
    import mime as _mime
    _mime.CURRENT_MS[0] = int(m.t0.timestamp()) * 1000 + hint(m.slug + 'ms0', 0, 999)
    hdr_mime, body = serialize(m.body, m.slug, inf.bstyle)
    for tok in LAYOUTS[inf.layout]:
        if tok == '*POST':
            for n, v in inf.post:
                lines.append(('%s: %s' % (n, _fill(v, m.t0, 'UTC', m, env_from))).rstrip(' '))
        elif tok == '*EXTRA':
            for n, v in m.extra:
                lines.append('%s: %s' % (n, v))
        elif tok == 'CT':
            lines.extend(hdr_mime)
        else:
            v = hv.get(tok)
            if v is None:
                continue
            lines.append(('%s: %s' % (tok, v)) if v != '' else '%s:' % tok)
    head = '\n'.join(lines) + '\n\n'
    for ln in head.split('\n'):
        assert len(ln) <= 998, ln[:80]
    return head.encode('ascii') + body


def _walk(p):
    yield p
    if p.parts:
        for s in p.parts:
            yield from _walk(s)


# --------------------------------------------------------------------------
# quoting helpers for replies
# --------------------------------------------------------------------------
def quote_outlook(lang, frm, sent, to, subject, body, cc=None):
    lab = {'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
           'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
           'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
           'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
           'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
           'el': ('Από', 'Αποστολή', 'Προς', 'Κοιν.', 'Θέμα'),
           'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема')}[lang]
    s = '\n\n%s: %s\n%s: %s\n%s: %s\n' % (lab[0], frm, lab[1], sent, lab[2], to)
    if cc:
        s += '%s: %s\n' % (lab[3], cc)
    s += '%s: %s\n\n%s' % (lab[4], subject, body)
    return s


def quote_gt(intro, body):
    return '\n\n' + intro + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))
