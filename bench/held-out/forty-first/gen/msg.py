"""Assemble one message from a spec dict."""
import datetime, html as H, re, textwrap
from mime import *

B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
HX = '0123456789abcdef'

# preset sending infrastructures: (helo, rdns, ip pattern), message-id style, upstream hop style
INFRA = {
    'gmail': ('mail-ej1-f{a}.google.com', 'mail-ej1-f{a}.google.com', '209.85.218.{a}'),
    'gmail2': ('mail-wm1-f{a}.google.com', 'mail-wm1-f{a}.google.com', '209.85.128.{a}'),
    'gsor': ('mail-sor-f{a}.google.com', 'mail-sor-f{a}.google.com', '209.85.220.{a}'),
    'outlook': ('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05olkn20{a}.outbound.protection.outlook.com', '40.92.{b}.{a}'),
    'm365': ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on21{a}.outbound.protection.outlook.com', '40.107.{b}.{a}'),
    'm365b': ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on20{a}.outbound.protection.outlook.com', '52.101.{b}.{a}'),
    'gmx': ('mout.gmx.net', 'mout.gmx.net', '212.227.15.{a}'),
    'webde': ('mout.web.de', 'mout.web.de', '217.72.192.{a}'),
    'ionos': ('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.{a}'),
    'strato': ('mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', '81.169.146.{a}'),
    'aruba': ('smtpdh{b}.ad.aruba.it', 'smtpdh{b}-{a}.aruba.it', '62.149.155.{a}'),
    'libero': ('libero.it', 'smtp-{b}.iol.local', '213.209.10.{a}'),
    'wp': ('mx.wp.pl', 'mx{b}.wp.pl', '212.77.101.{a}'),
    'interia': ('smtpo{b}.poczta.interia.pl', 'smtpo{b}.poczta.interia.pl', '217.74.65.{a}'),
    'homepl': ('cloudserver{b}.home.pl', 'cloudserver{b}.home.pl', '79.96.{b}.{a}'),
    'yandex': ('forward{b}a.mail.yandex.net', 'forward{b}a.mail.yandex.net', '178.154.239.{a}'),
    'mailru': ('smtp{b}.i.mail.ru', 'smtp{b}.i.mail.ru', '94.100.177.{a}'),
    'yahoo': ('sonic{b}-22.consmr.mail.ir2.yahoo.com', 'sonic{b}-22.consmr.mail.ir2.yahoo.com', '77.238.176.{a}'),
    'ovh': ('mo{b}.mail-out.ovh.net', 'mo{b}.mail-out.ovh.net', '178.32.228.{a}'),
    'sendgrid': ('o{b}.ptr{a}1.sendgrid.net', 'o{b}.ptr{a}1.sendgrid.net', '149.72.{b}.{a}'),
    'mailchimp': ('mail{a}.suw13.mcdlv.net', 'mail{a}.suw13.mcdlv.net', '198.2.139.{a}'),
    'brevo': ('smtp-relay.brevo.com', 'ba{a}.mailer.brevo.com', '185.41.28.{a}'),
    'ses': ('a{a}-{b}.smtp-out.eu-west-1.amazonses.com', 'a{a}-{b}.smtp-out.eu-west-1.amazonses.com', '54.240.{b}.{a}'),
    'otenet': ('mail.otenet.gr', 'mx-out{b}.otenet.gr', '83.235.69.{a}'),
    'internal': INTERNAL,
}


def _ip(infra, seed):
    t = INFRA[infra]
    d = hashlib.sha256(seed.encode()).digest()
    a, b = 20 + d[0] % 200, 1 + d[1] % 60
    return tuple(x.format(a=a, b=b) for x in t)


def msgid(style, seed, dom, dt):
    if style == 'gmail':
        return '<CA%s@mail.gmail.com>' % h(seed, 42, B62 + '+_-')
    if style in ('outlook', 'm365'):
        srv = {'outlook': 'AS8P193MB%s' % h(seed + 's', 4, '0123456789'),
               'm365': 'DB9PR04MB%s' % h(seed + 's', 4, '0123456789')}[style]
        dn = 'EURP193.PROD.OUTLOOK.COM' if style == 'outlook' else 'eurprd04.prod.outlook.com'
        return '<%s%s@%s.%s>' % (srv, h(seed, 18, '0123456789ABCDEF'), srv, dn)
    if style == 'oldesk':
        return '<%s$%s$%s@%s>' % (h(seed, 12, HX), h(seed + 'a', 8, HX), h(seed + 'b', 8, HX), dom)
    if style == 'trinity':
        return '<trinity-%s-%s-%s-%s-%s-%d@3c-app-gmx-bs%s>' % (h(seed, 8, HX), h(seed + '1', 4, HX), h(seed + '2', 4, HX),
                                                             h(seed + '3', 4, HX), h(seed + '4', 12, HX),
                                                             int(dt.timestamp() * 1000), h(seed + '5', 2, '0123456789'))
    if style == 'yandex':
        return '<%s@mail.yandex.ru>' % h(seed, 7, '0123456789')
    if style == 'yahoo':
        return '<%s.%s.%d@mail.yahoo.com>' % (h(seed, 10, '0123456789'), h(seed + 'x', 7, '0123456789'), int(dt.timestamp() * 1000))
    if style == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (h(seed, 8), h(seed + 'a', 4), h(seed + 'b', 4), h(seed + 'c', 4), h(seed + 'd', 12), dom)
    if style == 'ses':
        return '<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (h(seed, 9, HX), h(seed + 'a', 8, HX), h(seed + 'b', 4, HX), h(seed + 'c', 4, HX), h(seed + 'd', 12, HX))
    if style == 'php':
        return '<%s@%s>' % (h(seed, 40, B62), dom)
    if style == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (h(seed, 8, HX), h(seed + 'a', 4, HX), h(seed + 'b', 4, HX), h(seed + 'c', 4, HX), h(seed + 'd', 12, HX), dom)
    return '<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), h(seed, 12, HX), dom)


MAILERS = {
    'ol': [('X-Mailer', 'Microsoft Outlook 16.0')],
    'tb': [('User-Agent', 'Mozilla Thunderbird')],
    'tbwin': [('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2')],
    'iphone': [('X-Mailer', 'iPhone Mail (22B91)')],
    'apple': [('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')],
    'rc': [('User-Agent', 'Roundcube Webmail/1.6.9')],
    'php': [('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
    'zimbra': [('X-Mailer', 'Zimbra 10.0.10_GA_4673 (ZimbraWebClient - GC131 (Win)/10.0.10_GA_4673)')],
    'thebat': [('X-Mailer', 'The Bat! (v11.2.1) Professional')],
    'android': [('User-Agent', 'K-9 Mail for Android')],
    'exch': [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
    'sap': [('X-Mailer', 'SAP NetWeaver 7.50')],
    'none': [],
}

LINK = re.compile(r'\[([^\]]+)\]\((\S+?)\)')


def text_of(t):
    return LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else '%s <%s>' % (m.group(1), m.group(2)), t)


def html_of(t, cs, font='Calibri,Arial,sans-serif'):
    parts = []
    for para in t.split('\n\n'):
        e = H.escape(para, quote=False)
        e = re.sub(r'\[([^\]]+)\]\((\S+?)\)', lambda m: '<a href="%s">%s</a>' % (m.group(2).replace('&amp;', '&amp;'), m.group(1)), e)
        parts.append('<p style="margin:0 0 10px 0">%s</p>' % e.replace('\n', '<br>\n'))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body>\n<div style="font-family:%s;font-size:11pt;color:#000000">\n%s\n</div>\n</body>\n</html>\n'
            % (cs, font, '\n'.join(parts)))


def dd(s):
    return textwrap.dedent(s).strip('\n') + '\n'


def build(s):
    seed = s['file']
    cs = s.get('cs', 'utf-8')
    cte = s.get('cte', 'quoted-printable')
    tz = s.get('tz', '+0100')
    dt = datetime.datetime.strptime(s['date'], '%Y-%m-%d %H:%M:%S')
    fname, faddr = s['frm']
    dom = faddr.split('@')[1]
    # ---- body
    text = s.get('text')
    htm = s.get('html')
    if text is not None:
        text = dd(text)
    mode = s.get('mode', 'plain')  # plain | alt | html
    parts = []
    if mode == 'html':
        body = textpart(htm or html_of(text, cs), 'html', cs, cte)
    elif mode == 'alt':
        body = multipart('alternative', [textpart(text_of(text), 'plain', cs, cte),
                                         textpart(htm or html_of(text, cs), 'html', cs, cte)], seed)
    else:
        body = textpart(text_of(text), 'plain', cs, cte)
    if s.get('inline'):
        body = multipart('related', [body] + s['inline'], seed)
    if s.get('atts'):
        body = multipart('mixed', [body] + s['atts'], seed)
    # ---- headers
    infra = s.get('infra')
    helo, rdns, ip = _ip(infra, seed) if isinstance(infra, str) else infra
    off = int(hashlib.sha256(seed.encode()).digest()[2]) % 50 + 3
    utc = dt - tzoff(tz)
    rdt = utc + datetime.timedelta(hours=1, seconds=off)
    rcpt = s.get('rcpt') or s['to'][0][1]
    qid = h(seed + 'q', 12, '0123456789BCDFGHJKLMNPQRSTVWXYZ')
    hdrs = ''
    hdrs += 'Return-Path: <%s>\n' % s.get('rp', faddr)
    hdrs += ('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s\n'
             % (helo, rdns, ip, MX, qid, rcpt, rfcdate(rdt, '+0100')))
    if isinstance(infra, str) and infra.startswith('gmail'):
        hdrs += 'Received: by 2002:a17:906:%s:b0:%s:%s with SMTP id %s;\n        %s\n' % (
            h(seed + 'g', 4, HX), h(seed + 'h', 3, HX), h(seed + 'i', 4, HX), h(seed + 'j', 12, B62[:36].lower()),
            rfcdate(utc - datetime.timedelta(hours=8, seconds=-1), '-0800'))
    if infra == 'internal':
        hdrs += ('Received: from EXMB02.corp.example.com (exmb02.corp.example.com [10.20.1.12])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s\n'
                 % (h(seed + 'i', 10, '0123456789BCDFGHJKLMNPQRSTVWXYZ'), rcpt, rfcdate(rdt - datetime.timedelta(seconds=2), '+0100')))
    for r in s.get('upstream', []):
        hdrs += r.rstrip('\n') + '\n'
    H_ = []
    for k, v in s.get('pre', []):
        H_.append((k, v))
    H_.append(('Date', rfcdate(dt, tz)))
    H_.append(('From', addr(fname, faddr, cs)))
    if s.get('sender'):
        H_.append(('Sender', s['sender']))
    H_.append(('To', ', '.join(addr(n, a, cs) for n, a in s['to'])))
    if s.get('cc'):
        H_.append(('Cc', ', '.join(addr(n, a, cs) for n, a in s['cc'])))
    if s.get('reply_to'):
        H_.append(('Reply-To', addr(s['reply_to'][0], s['reply_to'][1], cs)))
    H_.append(('Subject', ew(s['subj'], cs)))
    H_.append(('Message-ID', s.get('msgid') or msgid(s.get('mid', 'plain'), seed, s.get('mid_dom', dom), utc)))
    for k, v in s.get('hdrs', []):
        H_.append((k, v))
    for k, v in MAILERS[s.get('mailer', 'none')]:
        H_.append((k, v))
    H_.append(('MIME-Version', '1.0'))
    for k, v in H_:
        hdrs += fold(k, v) if '\n' not in v else '%s: %s\n' % (k, v)
    raw = hdrs + render(body)
    raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
    return raw.encode('latin-1')
