#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
audit19 -- deterministic builder for a blind, held-out mail test set.

Python 3 standard library only.  No clock, no unseeded randomness: every
"random looking" token (queue ids, Message-IDs, boundaries, ...) is derived
from SHA-256 of fixed seeds, archives carry fixed timestamps, so re-running
produces byte-identical output.

Writes into the folder above gen/:
    attack/NN-lang-slug.eml     (40)
    business/NN-lang-slug.eml   (40)
    MANIFEST.md
    staff.txt

All attachments are harmless placeholders.
"""
import base64
import binascii
import datetime
import hashlib
import io
import os
import shutil
import struct
import zipfile
import zlib
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# deterministic tokens
# ---------------------------------------------------------------------------
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
PFX = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'   # postfix long queue id
B64A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def H(*seed, n=16, a=HEXL):
    s = '|'.join(str(x) for x in seed).encode('utf-8')
    out = []
    i = 0
    while len(out) < n:
        for b in hashlib.sha256(s + b'#' + str(i).encode()).digest():
            out.append(a[b % len(a)])
        i += 1
    return ''.join(out[:n])


def HB(*seed, n=16):
    s = '|'.join(str(x) for x in seed).encode('utf-8')
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(s + b'~' + str(i).encode()).digest()
        i += 1
    return out[:n]


def guid(*seed, upper=False):
    h = H('guid', *seed, n=32)
    g = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], '4' + h[13:16], '8' + h[17:20], h[20:32])
    return g.upper() if upper else g


# ---------------------------------------------------------------------------
# time
# ---------------------------------------------------------------------------
def TZ(h, m=0):
    return datetime.timezone(datetime.timedelta(hours=h, minutes=m))


CET = TZ(1)
UTC = TZ(0)
EET = TZ(2)
MSK = TZ(3)
PST = TZ(-8)
EST = TZ(-5)
ICT = TZ(7)
BRT = TZ(-3)


def T(day, hh, mm, ss, tz=CET):
    month = 11 if day == 30 else 12
    return datetime.datetime(2026, month, day, hh, mm, ss, tzinfo=tz)


def plus(dt, sec):
    return dt + datetime.timedelta(seconds=sec)


def rfc(dt, tz=None):
    if tz is not None:
        dt = dt.astimezone(tz)
    return format_datetime(dt)


def rfc0(dt, tz=None):
    """date without leading zero on day (Exchange / Google style)"""
    if tz is not None:
        dt = dt.astimezone(tz)
    s = format_datetime(dt)
    if s[5] == '0':
        s = s[:5] + s[6:]
    return s


def pfx_date(dt):
    """Postfix style: 'Tue,  1 Dec 2026 09:13:07 +0100 (CET)'"""
    dt = dt.astimezone(CET)
    day = '%2d' % dt.day
    return '%s, %s %s %d %02d:%02d:%02d +0100 (CET)' % (
        dt.strftime('%a'), day, dt.strftime('%b'), dt.year, dt.hour, dt.minute, dt.second)


# ---------------------------------------------------------------------------
# header encoding
# ---------------------------------------------------------------------------
QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def qenc(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append('_')
        elif c in QSAFE:
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew(text, charset='utf-8', enc='B', maxlen=75, sep='\n '):
    """RFC 2047 encoded words, split on character boundaries."""
    label = charset

    def one(s):
        b = s.encode(charset)
        p = base64.b64encode(b).decode() if enc == 'B' else qenc(b)
        return '=?%s?%s?%s?=' % (label, enc, p)

    words, cur = [], ''
    for ch in text:
        cand = cur + ch
        if cur and len(one(cand)) > maxlen:
            words.append(one(cur))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(one(cur))
    return sep.join(words)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hv(text, charset='utf-8', enc='B'):
    """header value: as-is when ASCII, else encoded words"""
    return text if is_ascii(text) else ew(text, charset, enc)


def addr(name, email, charset='utf-8', enc='B', quote=False):
    if not name:
        return '<%s>' % email
    if is_ascii(name):
        if quote or any(c in name for c in ',.;:@()[]<>"\\'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc), email)


# ---------------------------------------------------------------------------
# MIME parts.  A part is a tuple (list_of_(name, value), body_bytes)
# ---------------------------------------------------------------------------
def b64body(data):
    s = base64.b64encode(data)
    return b'\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + b'\n'


def qpbody(raw):
    raw = raw.replace(b'\r\n', b'\n')
    out = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


def enc_body(raw, cte):
    if cte == 'base64':
        return b64body(raw)
    if cte == 'quoted-printable':
        return qpbody(raw)
    raw = raw.replace(b'\r\n', b'\n')
    return raw if raw.endswith(b'\n') else raw + b'\n'


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable', cs_quote=True,
         params='', extra=(), codec=None, cte_case=None):
    if cte == 'base64':
        body = body.replace('\r\n', '\n').replace('\n', '\r\n')
    raw = body.encode(codec or charset)
    if cs_quote:
        ct = 'text/%s; charset="%s"%s' % (subtype, charset, params)
    else:
        ct = 'text/%s; charset=%s%s' % (subtype, charset, params)
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte_case or cte)]
    hdrs += list(extra)
    return (hdrs, enc_body(raw, cte))


def fnparams(key, fname, style, charset='utf-8'):
    if is_ascii(fname):
        return '%s="%s"' % (key, fname)
    if style == 'ew':
        return '%s="%s"' % (key, ew(fname, charset, 'B', sep=' ').replace('\n', ''))
    if style == 'ewq':
        return '%s="%s"' % (key, ew(fname, charset, 'Q', sep=' ').replace('\n', ''))
    # RFC 2231
    pct = ''.join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in '.-_' else '%%%02X' % c
                  for c in fname.encode(charset))
    return "%s*=%s''%s" % (key, charset, pct)


def att(data, ctype, fname, cte='base64', disp='attachment', style='ew', charset='utf-8',
        extra=(), cid=None, size=False, date=None, name=True, ct_extra=''):
    sep = ';\n\t'
    ct = ctype
    if name and fname:
        ct += sep + fnparams('name', fname, style, charset)
    ct += ct_extra
    hdrs = [('Content-Type', ct)]
    if cid:
        hdrs.append(('Content-ID', '<%s>' % cid))
    if disp:
        d = disp
        if fname:
            d += sep + fnparams('filename', fname, style, charset)
        if size:
            d += '; size=%d' % len(data)
        if date:
            d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (rfc0(date, UTC).replace('+0000', 'GMT'), rfc0(date, UTC).replace('+0000', 'GMT'))
        hdrs.append(('Content-Disposition', d))
    hdrs.append(('Content-Transfer-Encoding', cte))
    hdrs += list(extra)
    return (hdrs, enc_body(data, cte))


def multi(subtype, parts, boundary, preamble=None, params='', extra=()):
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n\n'
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + render(p) + b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    hdrs = [('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))]
    hdrs += list(extra)
    return (hdrs, body)


def hline(k, v):
    if isinstance(v, bytes):
        return k.encode('ascii') + b': ' + v
    return ('%s: %s' % (k, v)).encode('ascii')


def render(part):
    hdrs, body = part
    head = b'\n'.join(hline(k, v) for k, v in hdrs)
    return head + b'\n\n' + body


def message(return_path, received, headers, root, mime_version_first=False):
    lines = []
    lines.append(hline('Return-Path', '<%s>' % return_path if return_path else '<>'))
    for r in received:
        lines.append(hline('Received', r))
    for k, v in headers:
        lines.append(hline(k, v))
    if root is not None:
        for k, v in root[0]:
            lines.append(hline(k, v))
    data = b'\n'.join(lines) + b'\n\n' + (root[1] if root is not None else b'')
    data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------------------
# Received helpers
# ---------------------------------------------------------------------------
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)\n\t')
TLS13b = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
          '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
          '\t(No client certificate requested)\n\t')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)\n\t')


def qid(*seed):
    return '4d' + H('qid', *seed, n=13, a=PFX)


def mx(helo, rdns, ip, rcpt, dt, tls=TLS13, seed=''):
    """Top Received stamped by the company's inbound MX."""
    rd = rdns if rdns else 'unknown'
    with_ = 'ESMTPS' if tls else 'ESMTP'
    return ('from %s (%s [%s])\n\t%sby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s'
            % (helo, rd, ip, tls or '', with_, qid(seed, helo, ip, rcpt), rcpt, pfx_date(dt)))


INT_IP = '10.20.0.25'


def internal_chain(rcpt, dt, seed, exch='EXC01', exch_ip='10.20.0.31', client_ip='10.31.4.57'):
    """Colleague mail: Exchange -> mail-int01 relay -> mx01."""
    fe = H('fe80', seed, n=16)
    fe = 'fe80::%s:%s:%s:%s' % (fe[0:4], fe[4:8], fe[8:12], fe[12:16])
    r = [
        mx('mail-int01.example.com', 'mail-int01.example.com', INT_IP, rcpt, plus(dt, 4), TLS13, seed),
        ('from %s.corp.example.com (%s.corp.example.com [%s])\n\tby mail-int01.example.com (Postfix) '
         'with ESMTPS id %s;\n\t%s' % (exch, exch.lower(), exch_ip, qid('int', seed), pfx_date(plus(dt, 3)))),
        ('from %s.corp.example.com (%s) by %s.corp.example.com\n\t(%s) with Microsoft SMTP Server '
         '(version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.36; %s'
         % (exch, exch_ip, exch, exch_ip, rfc0(plus(dt, 1), CET))),
        ('from %s.corp.example.com ([%s]) by\n\t%s.corp.example.com ([%s%%13]) with mapi id\n\t15.02.1748.036; %s'
         % (exch, fe, exch, fe, rfc0(dt, CET))),
    ]
    return r


def internal_headers(seed, dt, client_ip='10.31.4.57', attach=False, lang='de-DE', topic=None):
    h = [
        ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', 'yes' if attach else ''),
        ('X-MS-Exchange-Organization-SCL', '-1'),
        ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-RecordReviewCfmType', '0'),
        ('x-ms-exchange-organization-originalclientipaddress', client_ip),
        ('x-ms-exchange-organization-originalserveripaddress', '10.20.0.31'),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-MS-Exchange-Organization-AuthMechanism', '04'),
        ('X-MS-Exchange-Organization-AuthSource', 'EXC01.corp.example.com'),
        ('x-originating-ip', '[%s]' % client_ip),
    ]
    return h


def exch_msgid(seed):
    return '<%s@EXC01.corp.example.com>' % (H('mid', seed, n=32, a=HEXL))


def thread_index(seed):
    return base64.b64encode(b'\x01\x01\xdc' + HB('ti', seed, n=19)).decode()


def o365_ids(seed, region='eurprd04'):
    srv = 'AM%dPR%02dMB%04d' % (int(H('a', seed, n=1, a='0689')), int(H('b', seed, n=1, a='1234')) + 0, int(H('c', seed, n=4, a='123456789')))
    return srv, '%s.%s.prod.outlook.com' % (srv, region)


_O365 = {}


def o365_chain(seed, dt, region='eurprd04', de=False):
    """Sender-side Received lines of an Exchange Online tenant (below the MX line)."""
    if de:
        n1 = 'FR2P281MB%04d' % int(H('n1', seed, n=4, a='123456789'))
        n2 = 'FR3P281MB%04d' % int(H('n2', seed, n=4, a='123456789'))
        dom = 'DEUP281.PROD.OUTLOOK.COM'
    else:
        n1 = 'AM%sPR%sMB%04d' % (H('n1a', seed, n=1, a='0689'), H('n1b', seed, n=2, a='0123'), int(H('n1', seed, n=4, a='123456789')))
        n2 = 'DB%sPR%sMB%04d' % (H('n2a', seed, n=1, a='3789'), H('n2b', seed, n=2, a='0123'), int(H('n2', seed, n=4, a='123456789')))
        dom = '%s.prod.outlook.com' % region
    v6a = '2603:10a6:%s:%s::%s' % (H('v1', seed, n=3), H('v2', seed, n=3), H('v3', seed, n=2))
    fe = H('fe', seed, n=16)
    fe = 'fe80::%s:%s:%s:%s' % (fe[0:4], fe[4:8], fe[8:12], fe[12:16])
    r = [
        ('from %s.%s (%s) by\n\t%s.%s (%s) with Microsoft SMTP Server\n\t(version=TLS1_2, '
         'cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.12; %s'
         % (n1, dom, v6a, n2, dom, v6a.replace('::', ':1::'), rfc0(plus(dt, 1), UTC))),
        ('from %s.%s\n\t([%s]) by %s.%s\n\t([%s%%6]) with mapi id 15.20.9412.010; %s'
         % (n1, dom, fe, n1, dom, fe, rfc0(dt, UTC))),
    ]
    mid = '<%s%s@%s.%s>' % (n1, H('mid', seed, n=24, a=HEXU), n1, dom)
    _O365[seed] = (n1, n2)
    return r, mid


def o365_tail(seed, dt, org, tenant_seed, attach=False, lang='de-DE'):
    """Headers Exchange Online leaves on outbound mail."""
    return [
        ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', 'yes' if attach else ''),
        ('X-MS-TNEF-Correlator', ''),
        ('msip_labels', ''),
        ('X-MS-PublicTrafficType', 'Email'),
        ('X-MS-TrafficTypeDiagnostic', '%s:EE_|%s:EE_' % _O365.get(seed, ('FR2P281MB' + H('t1', seed, n=4, a='123456789'), 'BEZP281MB' + H('t2', seed, n=4, a='123456789')))),
        ('X-MS-Office365-Filtering-Correlation-Id', guid('corr', seed)),
        ('X-MS-Exchange-AntiSpam-Relay', '0'),
        ('X-OriginatorOrg', org),
        ('X-MS-Exchange-CrossTenant-Network-Message-Id', guid('nmid', seed)),
        ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', '%s (UTC)' % dt.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.0%f')[:-3]),
        ('X-MS-Exchange-CrossTenant-FromEntityHeader', 'Hosted'),
        ('X-MS-Exchange-CrossTenant-Id', guid('tenant', tenant_seed)),
        ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', _O365.get(seed, ('', 'FR3P281MB' + H('t3', seed, n=4, a='123456789')))[1]),
    ]


def gmail_chain(seed, rcpt, dt, host='mail-wm1-f54.google.com'):
    return [
        ('by %s with SMTP id 5b1f17b1804b1-%sso%s.%s\n\tfor <%s>; %s (PST)'
         % (host, H('g1', seed, n=11), H('g2', seed, n=7, a='0123456789'), H('g3', seed, n=1, a='123'), rcpt, rfc0(dt, PST))),
    ], [
        ('X-Gm-Message-State', 'AOJu0Y' + H('gms', seed, n=54, a=ALNUM + '+/')),
        ('X-Gm-Gg', 'ASbGnc' + H('ggg', seed, n=60, a=ALNUM + '+/')),
        ('X-Google-Smtp-Source', 'AGHT+I' + H('gss', seed, n=70, a=ALNUM + '+/') + '=='),
        ('X-Received', 'by 2002:a05:600c:%s:b0:47a:%s:%s with SMTP id %s-%s.%s;\n        %s (PST)'
         % (H('x1', seed, n=4), H('x2', seed, n=4), H('x3', seed, n=4), '5b1f17b1804b1', H('x4', seed, n=11), '28', rfc0(plus(dt, 0), PST))),
    ]


def gmail_mid(seed):
    return '<CA%s%s@mail.gmail.com>' % (H('gm1', seed, n=2, a='ABCDEFGHIJKLMNOP'), H('gm2', seed, n=60, a=ALNUM + '+_-'))


def gmail_boundary(seed):
    return '000000000000' + H('gb', seed, n=12, a=HEXL)


def outlook_boundary(seed, srv='AM0PR04MB6456'):
    return '_%03d_%s%seurp_' % (int(H('ob', seed, n=3, a='0123456789')) % 8 * 2, srv, H('ob2', seed, n=20, a=HEXU))


def tb_boundary(seed):
    return '------------' + H('tb', seed, n=24, a=ALNUM)


def part_boundary(seed):
    return '----=_Part_%s_%s.%s' % (H('p1', seed, n=6, a='0123456789'), H('p2', seed, n=9, a='0123456789'), '17' + H('p3', seed, n=11, a='0123456789'))


def nextpart_boundary(seed):
    return '----=_NextPart_000_%s_01DB%s.%s' % (H('np1', seed, n=4, a=HEXU), H('np2', seed, n=4, a=HEXU), H('np3', seed, n=8, a=HEXU))


# ---------------------------------------------------------------------------
# HTML helpers
# ---------------------------------------------------------------------------
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def paras(txt):
    return [p for p in txt.strip('\n').split('\n\n')]


def outlook_html(txt, lang='DE', font='Aptos', extra_html=''):
    ps = []
    for p in paras(txt):
        inner = '<br>\n'.join(esc(l) for l in p.split('\n'))
        ps.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>\n'
                  '<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>' % (lang, inner, lang))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n' % (font, font, lang, '\n'.join(ps), extra_html))


def gmail_html(txt):
    out = []
    for p in paras(txt):
        out.append('<div>%s</div>' % '<br>'.join(esc(l) for l in p.split('\n')))
    return '<div dir="ltr">' + '<div><br></div>'.join(out) + '</div>\n'


def simple_html(txt, lang='en'):
    body = '\n'.join('<p>%s</p>' % '<br>\n'.join(esc(l) for l in p.split('\n')) for p in paras(txt))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, body))


# ---------------------------------------------------------------------------
# file format builders (harmless, minimal, structurally valid)
# ---------------------------------------------------------------------------
ZIP_DATE = (2026, 11, 29, 18, 4, 12)


def make_zip(files, date=ZIP_DATE, deflate=True):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.create_system = 0
            zi.external_attr = 0x20
            zi.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            z.writestr(zi, data)
    return buf.getvalue()


_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if (_c & 1) else (_c >> 1)
    _CRCT.append(_c)


def _crc_upd(crc, b):
    return _CRCT[(crc ^ b) & 0xFF] ^ (crc >> 8)


def make_zip_encrypted(files, password, date=ZIP_DATE):
    """Traditional PKWARE (ZipCrypto) encrypted, stored entries."""
    y, mo, d, hh, mi, ss = date
    dtime = (hh << 11) | (mi << 5) | (ss // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = b''
    central = b''
    for idx, (name, data) in enumerate(files):
        nb = name.encode('utf-8')
        flags = 0x0001 | (0x0800 if not is_ascii(name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        keys = [0x12345678, 0x23456789, 0x34567890]

        def upd(c):
            keys[0] = _crc_upd(keys[0], c)
            keys[1] = (keys[1] + (keys[0] & 0xFF)) & 0xFFFFFFFF
            keys[1] = (keys[1] * 134775813 + 1) & 0xFFFFFFFF
            keys[2] = _crc_upd(keys[2], keys[1] >> 24)

        def kbyte():
            t = (keys[2] | 2) & 0xFFFF
            return ((t * (t ^ 1)) >> 8) & 0xFF

        for c in password.encode():
            upd(c)
        header = bytearray(HB('zc', name, n=11)) + bytes([(crc >> 24) & 0xFF])
        enc = bytearray()
        for c in bytes(header) + data:
            enc.append(c ^ kbyte())
            upd(c)
        off = len(out)
        lh = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 0, dtime, ddate, crc,
                         len(enc), len(data), len(nb), 0) + nb
        out += lh + bytes(enc)
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 0, dtime, ddate,
                               crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), len(out), 0)
    return out + central + eocd


def make_rar4(files, date=ZIP_DATE):
    """Minimal RAR 1.5-4.x archive, stored (method 0x30) entries."""
    def hcrc(b):
        return zlib.crc32(b) & 0xFFFF
    y, mo, d, hh, mi, ss = date
    ftime = ((((y - 1980) << 9) | (mo << 5) | d) << 16) | (hh << 11) | (mi << 5) | (ss // 2)
    out = b'Rar!\x1a\x07\x00'
    # main header: type(1) flags(2) size(2) reserved1(2) reserved2(4)
    mh = struct.pack('<BHHHI', 0x73, 0, 13, 0, 0)
    out += struct.pack('<H', hcrc(mh)) + mh
    for name, data in files:
        flags = 0x8000
        if is_ascii(name):
            nb = name.encode('ascii')
        else:
            nb = name.encode('utf-8')      # LHD_UNICODE without NUL separator => UTF-8 name
            flags |= 0x0200
        size = 32 + len(nb)
        fh = struct.pack('<BHHIIBIIBBHI', 0x74, flags, size, len(data), len(data), 2,
                         zlib.crc32(data) & 0xFFFFFFFF, ftime, 20, 0x30, len(nb), 0x20) + nb
        out += struct.pack('<H', hcrc(fh)) + fh + data
    eh = struct.pack('<BHH', 0x7B, 0x4000, 7)
    out += struct.pack('<H', hcrc(eh)) + eh
    return out


def pdf_str(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def make_pdf(lines, title='Document', author='', producer='Microsoft: Print To PDF', links=(), image=None,
             creation='20261130090000+01\'00\''):
    """One-page PDF, Helvetica text; links = [(x1,y1,x2,y2,url)]; image=(w,h,gray_bytes,x,y,size)."""
    content = b'BT\n/F1 10 Tf\n56 790 Td\n14 TL\n'
    for i, l in enumerate(lines):
        if l.startswith('#'):
            content += b'/F2 13 Tf\n(' + pdf_str(l[1:]) + b') Tj T*\n/F1 10 Tf\n'
        else:
            content += b'(' + pdf_str(l) + b') Tj T*\n'
    content += b'ET\n'
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    res = b'<< /Font << /F1 4 0 R /F2 5 0 R >>'
    nimg = None
    if image:
        res += b' /XObject << /Im1 8 0 R >>'
    res += b' >>'
    annots = b''
    if links:
        annots = b' /Annots [' + b' '.join(b'%d 0 R' % (9 + i) for i in range(len(links))) + b']'
    objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ' + res +
                b' /Contents 6 0 R' + annots + b' >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    if image:
        w, h, gray, ix, iy, isz = image
        content += b'q\n%d 0 0 %d %d %d cm\n/Im1 Do\nQ\n' % (isz, isz, ix, iy)
    objs.append(b'<< /Length %d >>\nstream\n' % len(content) + content + b'endstream')
    info = b'<< /Title (' + pdf_str(title) + b') /Author (' + pdf_str(author) + b') /Producer (' + \
        pdf_str(producer) + b') /CreationDate (D:' + creation.encode() + b') >>'
    objs.append(info)
    if image:
        comp = zlib.compress(gray, 9)
        objs.append(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                    b'/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (w, h, len(comp)) + comp + b'\nendstream')
    else:
        objs.append(b'<< >>')
    for (x1, y1, x2, y2, url) in links:
        objs.append(b'<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] '
                    b'/A << /S /URI /URI (' % (x1, y1, x2, y2) + url.encode() + b') >> >>')
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    fid = hashlib.md5(b''.join(objs)).hexdigest().upper().encode()
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, fid, fid, xref)
    return out


def png_chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)


def make_png_gray(w, h, pixels):
    raw = b''.join(b'\x00' + pixels[y * w:(y + 1) * w] for y in range(h))
    return (b'\x89PNG\r\n\x1a\n' + png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            png_chunk(b'IDAT', zlib.compress(raw, 9)) + png_chunk(b'IEND', b''))


def make_png_rgb(w, h, fn):
    rows = []
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            row += bytes(fn(x, y))
        rows.append(bytes(row))
    return (b'\x89PNG\r\n\x1a\n' + png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            png_chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + png_chunk(b'IEND', b''))


# ---- QR code (byte mode, ECC level L or M, versions 1..6, fixed mask 0) ----
_QR_ECC = {'L': ([0, 7, 10, 15, 20, 26, 18], [0, 1, 1, 1, 1, 1, 2]),
           'M': ([0, 10, 16, 26, 18, 24, 16], [0, 1, 1, 1, 2, 2, 4])}
_QR_FMT = {'L': 1, 'M': 0}


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_div(deg):
    r = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            r[j] = _gf_mul(r[j], root)
            if j + 1 < deg:
                r[j] ^= r[j + 1]
        root = _gf_mul(root, 2)
    return r


def _rs_rem(data, div):
    r = [0] * len(div)
    for b in data:
        f = b ^ r.pop(0)
        r.append(0)
        for i, c in enumerate(div):
            r[i] ^= _gf_mul(c, f)
    return r


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
    return r


def qr_matrix(text_, ecl='M'):
    data = text_.encode('utf-8')
    for ver in range(1, 7):
        ecc_len = _QR_ECC[ecl][0][ver]
        nblk = _QR_ECC[ecl][1][ver]
        cap = _raw_modules(ver) // 8 - ecc_len * nblk
        if 4 + 8 + len(data) * 8 <= cap * 8:
            break
    else:
        raise ValueError('QR payload too long')
    bits = []

    def put(v, n):
        for i in reversed(range(n)):
            bits.append((v >> i) & 1)
    put(4, 4)
    put(len(data), 8)
    for b in data:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    raw = _raw_modules(ver) // 8
    nshort = nblk - raw % nblk
    slen = raw // nblk
    div = _rs_div(ecc_len)
    blocks = []
    k = 0
    for i in range(nblk):
        dl = slen - ecc_len + (0 if i < nshort else 1)
        dat = cw[k:k + dl]
        k += dl
        e = _rs_rem(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + e)
    final = []
    for i in range(len(blocks[0])):
        for j, b in enumerate(blocks):
            if i != slen - ecc_len or j >= nshort:
                final.append(b[i])
    size = ver * 4 + 17
    M = [[False] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]

    def setf(x, y, dark):
        M[y][x] = dark
        F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    if ver >= 2:
        pos = [6, ver * 4 + 10]
        for ax in pos:
            for ay in pos:
                if (ax == 6 and ay == 6) or (ax == 6 and ay == pos[-1]) or (ax == pos[-1] and ay == 6):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        setf(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
    mask = 0
    d = (_QR_FMT[ecl] << 3) | mask
    rem = d
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    fb = ((d << 10) | rem) ^ 0x5412

    def gb(i):
        return ((fb >> i) & 1) != 0
    for i in range(6):
        setf(8, i, gb(i))
    setf(8, 7, gb(6))
    setf(8, 8, gb(7))
    setf(7, 8, gb(8))
    for i in range(9, 15):
        setf(14 - i, 8, gb(i))
    for i in range(8):
        setf(size - 1 - i, 8, gb(i))
    for i in range(8, 15):
        setf(8, size - 15 + i, gb(i))
    setf(8, size - 8, True)
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not F[y][x] and i < len(final) * 8:
                    M[y][x] = ((final[i >> 3] >> (7 - (i & 7))) & 1) != 0
                    i += 1
        right -= 2
    for y in range(size):
        for x in range(size):
            if not F[y][x] and (x + y) % 2 == 0:
                M[y][x] = not M[y][x]
    return M


def qr_gray(text_, scale=6, border=4, ecl='M'):
    M = qr_matrix(text_, ecl)
    n = len(M)
    w = (n + 2 * border) * scale
    px = bytearray(b'\xff' * (w * w))
    for y in range(n):
        for x in range(n):
            if M[y][x]:
                for yy in range(scale):
                    row = ((y + border) * scale + yy) * w
                    for xx in range(scale):
                        px[row + (x + border) * scale + xx] = 0
    return w, bytes(px)


def qr_png(text_, scale=6, border=4, ecl='M'):
    w, px = qr_gray(text_, scale, border, ecl)
    return make_png_gray(w, w, px)


def col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Tabelle1', creator='', date=ZIP_DATE):
    def cell(r, c, v):
        ref = '%s%d' % (col(c), r + 1)
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else str(v))
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(str(v)))
    sd = ''.join('<row r="%d">%s</row>' % (r + 1, ''.join(cell(r, c, v) for c, v in enumerate(row)))
                 for r, row in enumerate(rows))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ('docProps/core.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-27T08:12:00Z</dcterms:created></cp:coreProperties>' % esc(creator)),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % sd),
    ]
    return make_zip([(n, d.encode('utf-8')) for n, d in files], date=date)


def placeholder(kind, name):
    return ('PLACEHOLDER FILE - harmless test artefact for the audit19 mail test set.\r\n'
            'In the real-world campaign this would be: %s\r\n'
            'Original file name: %s\r\n'
            'This file contains no executable code, no script and no macro.\r\n' % (kind, name)).encode('utf-8')


XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
MESSAGES = []


def add(folder, num, lang, slug, desc, data):
    fname = '%02d-%s-%s.eml' % (num, lang, slug)
    MESSAGES.append((folder, fname, desc, data))


# ---------------------------------------------------------------------------
# staff
# ---------------------------------------------------------------------------
STAFF = [
    # key, display name, address, office, role
    ('hoffmann', 'Dr. Markus Hoffmann', 'm.hoffmann@example.com', 'Frankfurt (DE, HQ)', 'Chief Executive Officer'),
    ('wagner', 'Claudia Wagner', 'c.wagner@example.com', 'Frankfurt (DE, HQ)', 'Chief Financial Officer'),
    ('krueger', 'Sabine Krüger', 's.krueger@example.com', 'Frankfurt (DE, HQ)', 'Team lead accounts payable (Kreditorenbuchhaltung)'),
    ('becker', 'Jonas Becker', 'j.becker@example.com', 'Frankfurt (DE, HQ)', 'IT administrator / M365 & mail'),
    ('schulz', 'Katrin Schulz', 'k.schulz@example.com', 'Frankfurt (DE, HQ)', 'HR manager'),
    ('neumann', 'Tobias Neumann', 't.neumann@example.com', 'Frankfurt (DE, HQ)', 'Head of logistics'),
    ('fischer', 'Melanie Fischer', 'm.fischer@example.com', 'Frankfurt (DE, HQ)', 'Executive assistant to the CEO'),
    ('richter', 'Lukas Richter', 'l.richter@example.com', 'Frankfurt (DE, HQ)', 'Purchasing (Einkauf)'),
    ('romano', 'Giulia Romano', 'g.romano@examplegroup.eu', 'Milano (IT)', 'Country manager Italy'),
    ('bianchi', 'Marco Bianchi', 'm.bianchi@examplegroup.eu', 'Milano (IT)', 'Logistics coordinator'),
    ('esposito', 'Francesca Esposito', 'f.esposito@examplegroup.eu', 'Milano (IT)', 'Administration / accounts (amministrazione)'),
    ('wojcik', 'Agnieszka Wójcik', 'a.wojcik@examplegroup.eu', 'Poznań (PL)', 'Chief accountant Poland (główna księgowa)'),
    ('kowalczyk', 'Piotr Kowalczyk', 'p.kowalczyk@examplegroup.eu', 'Poznań (PL)', 'Dispatcher / forwarding (spedytor)'),
    ('lewandowska', 'Katarzyna Lewandowska', 'k.lewandowska@examplegroup.eu', 'Poznań (PL)', 'Sales Poland'),
    ('papadopoulos', 'Γιώργος Παπαδόπουλος', 'g.papadopoulos@examplegroup.eu', 'Piraeus (GR)', 'Country manager Greece'),
    ('konstantinou', 'Ελένη Κωνσταντίνου', 'e.konstantinou@examplegroup.eu', 'Piraeus (GR)', 'Accounting Greece (λογιστήριο)'),
    ('dimitriou', 'Νίκος Δημητρίου', 'n.dimitriou@examplegroup.eu', 'Piraeus (GR)', 'Sales Greece'),
    ('martinez', 'Javier Martínez García', 'j.martinez@examplegroup.eu', 'Madrid (ES)', 'Country manager Spain'),
    ('fernandez', 'Lucía Fernández', 'l.fernandez@examplegroup.eu', 'Madrid (ES)', 'Administration & HR Spain'),
    ('ruiz', 'Carlos Ruiz', 'c.ruiz@examplegroup.eu', 'Madrid (ES)', 'Sales Spain'),
    ('whitfield', 'James Whitfield', 'j.whitfield@example.com', 'Birmingham (UK)', 'Managing director UK'),
    ('collins', 'Sarah Collins', 's.collins@example.com', 'Birmingham (UK)', 'Finance & accounts payable UK'),
    ('smirnov', 'Алексей Смирнов', 'a.smirnov@examplegroup.eu', 'Moscow (RU)', 'General director Russia (генеральный директор)'),
    ('kuznetsova', 'Ольга Кузнецова', 'o.kuznetsova@examplegroup.eu', 'Moscow (RU)', 'Chief accountant Russia (главный бухгалтер)'),
    ('volkov', 'Дмитрий Волков', 'd.volkov@examplegroup.eu', 'Moscow (RU)', 'IT support Moscow'),
]
S = {k: (n, a) for k, n, a, _o, _r in STAFF}


def N(k):
    return S[k][0]


def A(k):
    return S[k][1]


def SA(k, charset='utf-8', enc='B'):
    return addr(S[k][0], S[k][1], charset, enc)



# ---------------------------------------------------------------------------
# generic assembly helper
# ---------------------------------------------------------------------------
def hdrs_std(frm, to, subject, date, msgid, cc=None, reply_to=None, extra_before=(), extra_after=(),
             mime=True, order='fstdm'):
    """Build the usual header block. order letters: f=From t=To s=Subject d=Date m=Message-ID"""
    h = list(extra_before)
    parts = {'f': ('From', frm), 't': ('To', to), 's': ('Subject', subject), 'd': ('Date', date),
             'm': ('Message-ID', msgid)}
    for ch in order:
        h.append(parts[ch])
        if ch == 't' and cc:
            h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += list(extra_after)
    if mime:
        h.append(('MIME-Version', '1.0'))
    return h


def alt(plain, html, boundary, charset='utf-8', cte='quoted-printable', hcte=None, cs_quote=True, codec=None):
    return multi('alternative', [text(plain, 'plain', charset, cte, cs_quote, codec=codec),
                                 text(html, 'html', charset, hcte or cte, cs_quote, codec=codec)], boundary)


def brand_html(title, blocks, button=None, footer='', color='#1a1a1a', accent='#d40511', logo_text='', lang='en',
               charset='utf-8', preheader=''):
    """Typical bulk-mail table layout."""
    rows = []
    for b in blocks:
        rows.append('<tr><td style="padding:8px 32px;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
                    'line-height:20px;color:%s">%s</td></tr>' % (color, b))
    if button:
        label, url = button
        rows.append('<tr><td align="center" style="padding:20px 32px"><table role="presentation" cellpadding="0" '
                    'cellspacing="0"><tr><td bgcolor="%s" style="border-radius:4px"><a href="%s" target="_blank" '
                    'style="display:inline-block;padding:12px 28px;font-family:Arial,Helvetica,sans-serif;font-size:15px;'
                    'font-weight:bold;color:#ffffff;text-decoration:none">%s</a></td></tr></table></td></tr>'
                    % (accent, esc(url), label))
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>\n' % preheader) if preheader else ''
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background-color:#f2f2f2">\n%s'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="margin:24px 0">\n'
            '<tr><td style="padding:20px 32px;background-color:%s;font-family:Arial,Helvetica,sans-serif;font-size:22px;'
            'font-weight:bold;color:#ffffff">%s</td></tr>\n%s\n'
            '<tr><td style="padding:16px 32px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;'
            'color:#777777;border-top:1px solid #e5e5e5">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, charset, title, pre, accent, logo_text or title, '\n'.join(rows), footer))


# ===========================================================================
#                                 ATTACK
# ===========================================================================

def a01():
    rc = A('collins')
    dt = T(1, 12, 42, 7)
    seed = 'a01'
    rl, mid = o365_chain(seed, plus(dt, -2), region='eurprd02')
    mid = '<%s@odspnotify>' % guid('odsp', seed)
    url = ('https://harrowpackaging-my.sharepoint.com/:o:/g/personal/d_hughes_harrowpackaging_co_uk/'
           'EbX4qT9mVn1Ll0c2Kp7s8WABc3xYq1RZkF0-3mTn5eWvQg?e=h4Tq2L')
    sender = 'Daniel Hughes'
    doc = 'REMITTANCE ADVICE - Example Group Ltd - 48,920.00 GBP'
    plain = ('%s shared a file with you\n\n'
             'Hi Sarah, please find the remittance advice for the invoices settled on 30/11. '
             'Kindly review the attached and confirm receipt.\n\n%s\n\nOpen <%s>\n\n'
             'This link will work for anyone.\n\n'
             'Privacy Statement <https://go.microsoft.com/fwlink/?LinkId=521839>\n'
             "This email is generated through Harrow Packaging Ltd's use of Microsoft 365 and may contain content that is "
             'controlled by Harrow Packaging Ltd.\n' % (sender, doc, url))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"></head>\n<body style="margin:0;padding:0;background:#ffffff">\n'
            '<div style="display:none">Hi Sarah, please find the remittance advice for the invoices settled on 30/11.</div>\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;'
            'font-family:\'Segoe UI\',Tahoma,sans-serif">\n'
            '<tr><td style="padding:24px 24px 0"><table role="presentation"><tr><td style="width:40px;height:40px;'
            'border-radius:20px;background:#0078d4;color:#fff;text-align:center;font-size:15px;font-weight:600">DH</td>'
            '<td style="padding-left:12px;font-size:20px;color:#242424">Daniel Hughes shared a file with you</td></tr></table></td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:14px;color:#424242;border-left:4px solid #c8c6c4">'
            'Hi Sarah, please find the remittance advice for the invoices settled on 30/11. Kindly review the attached and confirm receipt.</td></tr>\n'
            '<tr><td style="padding:8px 24px"><table role="presentation" style="border:1px solid #e1dfdd;border-radius:4px;width:100%">'
            '<tr><td style="padding:12px;width:36px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251107.001/assets/item-types/48/one.png" width="32" height="32" alt="OneNote"></td>'
            '<td style="padding:12px;font-size:14px;font-weight:600;color:#242424">' + esc(doc) + '</td></tr></table></td></tr>\n'
            '<tr><td style="padding:8px 24px 16px"><a href="' + esc(url) + '" style="display:inline-block;background:#0f6cbd;'
            'color:#ffffff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px;font-weight:600">Open</a></td></tr>\n'
            '<tr><td style="padding:0 24px;font-size:12px;color:#616161"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251107.001/assets/brand-icons/product/png/onedrive_16x1.png" width="16" height="16" alt=""> This link will work for anyone.</td></tr>\n'
            '<tr><td style="padding:24px;font-size:11px;color:#616161"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" '
            'style="color:#616161">Privacy Statement</a><br>This email is generated through Harrow Packaging Ltd\'s use of '
            'Microsoft 365 and may contain content that is controlled by Harrow Packaging Ltd.</td></tr>\n'
            '</table></body></html>\n')
    root = alt(plain, html, '_000_%s_' % guid('b', seed).replace('-', '')[:24], cte='base64')
    h = hdrs_std(addr(sender, 'no-reply@sharepointonline.com'), '<%s>' % rc,
                 hv('Daniel Hughes shared "%s" with you' % doc), rfc0(dt, UTC), mid,
                 reply_to=addr(sender, 'd.hughes@harrowpackaging.co.uk'), order='fdstm',
                 extra_after=[('X-Sharing-Type', 'AnonymousLink'), ('X-Mailer', 'Microsoft SharePoint Online')]
                 + [x for x in o365_tail(seed, dt, 'sharepointonline.com', 'spo')[5:]])
    data = message('no-reply@sharepointonline.com',
                   [mx('EUR02-AM0-obe.outbound.protection.outlook.com', 'mail-am0eur02on2119.outbound.protection.outlook.com',
                       '40.107.22.119', rc, plus(dt, 3), seed=seed)] + rl, h, root)
    add('attack', 1, 'en', 'sharepoint-onenote-remittance',
        'Genuine SharePoint Online share notification from an unknown (compromised) UK tenant: "remittance advice" OneNote file link, Reply-To to the sender - lure hosted on legitimate Microsoft infrastructure.', data)


def a02():
    rc = A('fischer')
    dt = T(2, 8, 3, 51, CET)
    seed = 'a02'
    sender_addr = 'info@vitalclinic-rehab.com.br'
    phish = 'https://vmail-example.com.mailbox-voice.click/play/?id=VM-88412&u=bS5maXNjaGVyQGV4YW1wbGUuY29t'
    svg = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="520" height="180" viewBox="0 0 520 180">\n'
           '  <!-- PLACEHOLDER: in the real campaign this SVG carried an obfuscated <script> that redirected\n'
           '       the browser to a credential-harvesting page. Script removed; only a static link remains. -->\n'
           '  <rect width="520" height="180" rx="8" fill="#f3f6fb" stroke="#c7d3e6"/>\n'
           '  <text x="24" y="44" font-family="Segoe UI, Arial" font-size="20" fill="#1f3b6f">Voice Message (0:47)</text>\n'
           '  <text x="24" y="76" font-family="Segoe UI, Arial" font-size="13" fill="#333">From: +44 121 496 0734</text>\n'
           '  <a xlink:href="%s" target="_blank">\n'
           '    <rect x="24" y="104" width="180" height="44" rx="6" fill="#0f6cbd"/>\n'
           '    <text x="58" y="132" font-family="Segoe UI, Arial" font-size="15" fill="#fff">&#9654; Play message</text>\n'
           '  </a>\n</svg>\n' % esc(phish))
    html = ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">'
            '<p><b>example.com</b> Unified Communications</p>'
            '<p>You received a new voice message.</p>'
            '<table style="border-collapse:collapse;font-size:13px">'
            '<tr><td style="padding:3px 12px 3px 0;color:#666">Caller:</td><td>+44 121 496 0734</td></tr>'
            '<tr><td style="padding:3px 12px 3px 0;color:#666">Received:</td><td>Wednesday, 2 December 2026 08:01</td></tr>'
            '<tr><td style="padding:3px 12px 3px 0;color:#666">Duration:</td><td>00:47</td></tr>'
            '<tr><td style="padding:3px 12px 3px 0;color:#666">Recipient:</td><td>m.fischer@example.com</td></tr></table>'
            '<p>The audio transcript is attached. Open the attachment in your browser to listen.</p>'
            '<p style="font-size:11px;color:#888">This notification was sent to m.fischer@example.com. '
            'Do not reply to this message.</p></body></html>\n')
    b1 = part_boundary(seed)
    root = multi('mixed', [text(html, 'html', 'utf-8', 'quoted-printable'),
                           att(svg.encode('utf-8'), 'image/svg+xml', 'VM_Msg_+441214960734_02Dec2026_0801.svg')], b1)
    subj = ew('\U0001F50A New voicemail for m.fischer \u2013 0:47 \u2013 Wed, 2 Dec 2026 08:01', 'utf-8', 'B')
    h = hdrs_std(addr('example.com Voicemail', sender_addr, quote=True), rc, subj, rfc(dt),
                 '<%s@vitalclinic-rehab.com.br>' % H('m', seed, n=32), order='dfmts',
                 extra_after=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')])
    rcv = [mx('br560.hostgator.com.br', 'br560.hostgator.com.br', '162.241.2.71', rc, plus(dt, 9), TLS12, seed),
           'from [179.189.38.144] (port=52117 helo=vitalclinic-rehab.com.br)\n\tby br560.hostgator.com.br with esmtpa (Exim 4.98)\n'
           '\t(envelope-from <%s>)\n\tid 1tQx7P-0004kZ-2b\n\tfor %s; %s' % (sender_addr, rc, rfc(plus(dt, 6), BRT))]
    data = message(sender_addr, rcv, h, root)
    add('attack', 2, 'en', 'voicemail-svg-attachment',
        'Fake "new voicemail" notice sent from a compromised Brazilian cPanel account; SVG attachment (placeholder, script removed) linking to a credential-harvesting page.', data)


def a03():
    rc = A('fischer')
    dt = T(30, 16, 58, 24, CET)
    seed = 'a03'
    s = 'markus.hoffmann.exg@gmail.com'
    body = ('Hi Melanie,\n\nAre you at your desk? I need you to take care of a task for me discreetly. '
            "I'm in back-to-back meetings with the bank and can't take calls right now.\n\n"
            'Reply as soon as you see this.\n\nThanks,\nMarkus\n\nSent from my iPhone\n')
    root = (
        [('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit')],
        enc_body(body.encode('ascii'), '7bit'))
    h = [('From', 'Markus Hoffmann <%s>' % s), ('Mime-Version', '1.0 (1.0)'), ('Date', rfc(dt)),
         ('Subject', 'Quick task'), ('Message-Id', '<%s@gmail.com>' % guid('m', seed, upper=True)),
         ('To', rc), ('X-Mailer', 'iPhone Mail (23B85)')]
    gr, gx = gmail_chain(seed, rc, dt)
    rcv = [mx('mail-pj1-f46.google.com', 'mail-pj1-f46.google.com', '209.85.216.46', rc, plus(dt, 2), TLS13b, seed),
           'by mail-pj1-f46.google.com with SMTP id 98e67ed59e1d1-34a8c3f1b07so2913545a91.0\n\tfor <%s>; %s (PST)' % (rc, rfc0(dt, PST)),
           'from smtpclient.apple ([2a02:3037:40b:8c61:7d1e:4c92:1f0a:6b3e])\n\tby smtp.gmail.com with ESMTPSA id '
           '98e67ed59e1d1-34a8c3f1b07sm1823442a91.27.2026.11.30.07.58.21\n\tfor <%s>\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n\t%s (PST)' % (rc, rfc0(dt, PST))]
    h = gx[:3] + [gx[3]] + h
    data = message(s, rcv, h, root)
    add('attack', 3, 'en', 'ceo-impersonation-quick-task',
        'CEO-fraud opener: CEO display name on a freemail (Gmail) address, short "are you at your desk / discreet task" request to the executive assistant, no links.', data)


def a04():
    rc = A('whitfield')
    dt = T(3, 7, 12, 40, UTC)
    seed = 'a04'
    s = 'dse_notification@docusign-esign.net'
    qrurl = 'https://esign-review.docu-portal.online/e/9c1d5f?u=ai53aGl0ZmllbGRAZXhhbXBsZS5jb20'
    w, gray = qr_gray(qrurl, scale=4, border=4, ecl='M')
    pdf = make_pdf(['#DocuSign Envelope ID: 3F9A71C2-88D4-4B0E-9E51-7A2C04D1B6F3',
                    '', 'Example Group Ltd - Human Resources', '',
                    '2027 Compensation Adjustment - James Whitfield', '',
                    'Your updated compensation statement for 2027 is ready for review and signature.',
                    'For security reasons this document can only be opened on a mobile device.',
                    '', 'Scan the QR code below with your phone camera to review and sign.',
                    'The document expires 72 hours after this notice was sent.', '', '', '', '', '', '', '', '', '', '', '', '', '',
                    'Powered by DocuSign  |  Do not share this code with others.'],
                   title='2027_Compensation_Adjustment_James_Whitfield', author='HR Department',
                   producer='Skia/PDF m131', image=(w, w, gray, 210, 470, 160))
    html = brand_html('DocuSign', [
        '<b>HR Department</b> sent you a document to review and sign.',
        '<span style="font-size:18px">2027_Compensation_Adjustment_James_Whitfield.pdf</span>',
        'Please review the attached document. For your security the signing session is available on mobile devices only: '
        'open the attachment and scan the QR code with your phone camera.',
        'Document expires: <b>6 December 2026</b>',
    ], None, 'Do Not Share This Email<br>This email contains a secure link to DocuSign. Please do not share this email, '
       'link, or access code with others.<br>&copy; 2026 DocuSign, Inc.', accent='#1e1e5a', logo_text='DocuSign')
    plain = ('HR Department sent you a document to review and sign.\n\n2027_Compensation_Adjustment_James_Whitfield.pdf\n\n'
             'Please review the attached document. For your security the signing session is available on mobile devices only: '
             'open the attachment and scan the QR code with your phone camera.\n\nDocument expires: 6 December 2026\n')
    b = part_boundary(seed)
    root = multi('mixed', [alt(plain, html, part_boundary(seed + 'alt')),
                           att(pdf, 'application/pdf', '2027_Compensation_Adjustment_James_Whitfield.pdf')], b)
    h = hdrs_std(addr('HR Department via DocuSign', s, quote=True), rc,
                 'Complete with DocuSign: 2027_Compensation_Adjustment_James_Whitfield.pdf', rfc(dt),
                 '<%s.%s.JavaMail.docusign@docusign-esign.net>' % (H('j1', seed, n=7, a='0123456789'), H('j2', seed, n=13, a='0123456789')),
                 order='dfts m'.replace(' ', ''),
                 extra_after=[('X-Priority', '1 (Highest)')])
    rcv = [mx('mail.docusign-esign.net', 'vmi2749351.contaboserver.net', '194.163.181.27', rc, plus(dt, 5), TLS13, seed),
           'from localhost (localhost [127.0.0.1])\n\tby mail.docusign-esign.net (Postfix) with ESMTPSA id 8C1E24A0F3\n\tfor <%s>; %s' % (rc, rfc(plus(dt, 3), UTC))]
    data = message('bounce@docusign-esign.net', rcv, h, root)
    add('attack', 4, 'en', 'docusign-quishing-pdf',
        'Fake DocuSign "2027 compensation adjustment" from a look-alike domain on a VPS; no links in the body, the lure is a decodable QR code inside the attached PDF (quishing).', data)


def a05():
    rc = A('collins')
    dt = T(2, 11, 5, 33, PST)
    seed = 'a05'
    inv = 'INV2-7KQX-R4FD-M2WA-9HBT'
    link = 'https://www.paypal.com/invoice/p/#%s' % inv.replace('-', '')
    note = ('Your PayPal account has been charged GBP 489.99 for Norton 360 Total Security Business (3 years, 10 devices). '
            'If you did not authorise this transaction, call our billing team immediately on +44 20 3769 1402 to cancel '
            'and receive a full refund within 24 hours.')
    plain = ('Billing Department sent you an invoice for £489.99 GBP\n\nDue on receipt\n\nInvoice number: 0057\n\n'
             'Seller note:\n%s\n\nView and Pay Invoice\n%s\n\nDon\'t recognise this invoice?\nReport this invoice\n\n'
             'Help & Contact | Security | Apps\n\nPayPal is committed to preventing fraudulent emails.\n'
             'Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.\n' % (note, link))
    html = brand_html('PayPal', [
        '<span style="font-size:20px">Billing Department sent you an invoice for <b>&pound;489.99 GBP</b></span>',
        'Due on receipt &nbsp;|&nbsp; Invoice number: 0057',
        '<div style="background:#f5f7fa;padding:12px;border-radius:6px"><b>Seller note</b><br>' + esc(note) + '</div>',
    ], ('View and Pay Invoice', link),
        'Don\'t recognise this invoice? <a href="https://www.paypal.com/invoice/p/#report">Report this invoice</a><br>'
        'PayPal is committed to preventing fraudulent emails. Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved.<br>'
        'PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg',
        accent='#003087', logo_text='PayPal')
    root = alt(plain, html, part_boundary(seed), charset='UTF-8', cte='quoted-printable', cs_quote=False)
    h = hdrs_std(addr('service@paypal.co.uk', 'service@paypal.co.uk', quote=True), rc,
                 hv('Invoice from Billing Department (0057)'), rfc(dt),
                 '<%s.%s@paypal.com>' % (H('pp', seed, n=17, a='0123456789'), H('pp2', seed, n=13, a=HEXL)),
                 order='dmsft',
                 extra_after=[('X-MaxCode-Template', 'RT001122'), ('X-Email-Type-Id', 'RT001122'),
                              ('X-XPT-XSL-Name', 'email_pimp/default/en_GB/invoicing/InvoiceSent.xsl'),
                              ('PP-Correlation-Id', H('cor', seed, n=13)),
                              ('X-PP-REQUESTED-TIME', '17949888332%s' % H('t', seed, n=2, a='0123456789')),
                              ('X-PP-Email-transmission-Id', guid('tx', seed))])
    rcv = [mx('mx15.slc.paypal.com', 'mx15.slc.paypal.com', '173.0.84.230', rc, plus(dt, 4), TLS12, seed),
           'from notificationeventsplatform-default-5dbd6c6c8b-x2k9q (unknown [10.180.93.14])\n\tby mx15.slc.paypal.com (Postfix) with ESMTP id 5C7E2400A6B1\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('service@paypal.co.uk', rcv, h, root)
    add('attack', 5, 'en', 'paypal-invoice-callback-scam',
        'Callback (TOAD) scam delivered through genuine PayPal invoicing infrastructure: fake "Norton" charge with a phone number in the seller note, links only to paypal.com.', data)


def a06():
    rc = A('neumann')
    dt = T(1, 9, 47, 2, EST)
    seed = 'a06'
    s = 'emily.carter@datamatchleads.com'
    rl, mid = o365_chain(seed, plus(dt, -1), region='namprd12')
    body = ('Hi,\n\nWould you be interested in acquiring the LogiMAT 2027 Attendees Data List?\n\n'
            'Attendees Count: 48,420\n\n'
            'Each record contains: Contact Name, Job Title, Company Name, Verified Email, Phone Number, Website, '
            'Company Size, Industry, LinkedIn URL, Mailing Address.\n\n'
            'We can also provide: Transport Logistic Munich 2027, Fruit Logistica 2027 and Multimodal 2027 attendee lists.\n\n'
            'Please let me know your interest so that I can share the pricing and samples for your review.\n\n'
            'Kind Regards,\nEmily Carter\nMarketing Coordinator\n\n'
            'If you don\'t wish to receive emails from us reply back with "Leave Out".\n')
    root = alt(body, outlook_html(body, 'EN-US'), outlook_boundary(seed, 'MN2PR12MB4421'), 'us-ascii', 'quoted-printable')
    h = hdrs_std(addr('Emily Carter', s), '"%s" <%s>' % (rc, rc), 'RE: LogiMAT 2027 Attendees List', rfc(dt),
                 mid, order='ftsdm',
                 extra_after=[('Thread-Topic', 'LogiMAT 2027 Attendees List'), ('Thread-Index', thread_index(seed))]
                 + o365_tail(seed, dt, 'datamatchleads.com', 'dml', lang='en-US'))
    rcv = [mx('NAM12-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam12on2105.outbound.protection.outlook.com',
              '40.107.243.105', rc, plus(dt, 3), TLS13, seed)] + rl
    data = message(s, rcv, h, root)
    add('attack', 6, 'en', 'trade-fair-attendee-list-spam',
        'Unsolicited B2B "attendee list for sale" spam with a fake "RE:" subject, sent from a US Microsoft 365 tenant; "reply Leave Out" opt-out.', data)


def a07():
    rc = A('krueger')
    dt = T(2, 14, 37, 12, CET)
    seed = 'a07'
    s = 's.maier@lieferannt-gmbh.de'
    body = ('Sehr geehrte Frau Krüger,\n\n'
            'vielen Dank für Ihre schnelle Rückmeldung und die Übersicht der offenen Posten.\n\n'
            'Wie bereits telefonisch mit Ihrer Kollegin besprochen, steht unsere bisherige Bankverbindung bei der '
            'Commerzbank aufgrund der laufenden Jahresabschlussprüfung vorübergehend nicht für Zahlungseingänge zur Verfügung. '
            'Bitte veranlassen Sie die Zahlung der beiden fälligen Rechnungen daher ausnahmsweise auf unser Treuhandkonto:\n\n'
            'RE-2026-11612 über 38.460,00 EUR\nRE-2026-11874 über 21.915,40 EUR\n\n'
            'Kontoinhaber: Lieferant GmbH\nIBAN: LT61 3250 0244 7120 3591\nBIC: REVOLT21\nBank: Revolut Bank UAB\n\n'
            'Das offizielle Schreiben unserer Geschäftsführung reichen wir in den nächsten Tagen nach. Bitte senden Sie uns '
            'nach Anweisung kurz den Zahlungsbeleg, damit wir die Posten ausbuchen können.\n\n'
            'Da ich diese Woche auf Dienstreise bin und telefonisch schlecht erreichbar bin, bitte ich Sie, die Angelegenheit '
            'ausschließlich per E-Mail mit mir abzustimmen.\n\n'
            'Mit freundlichen Grüßen\n\nStefan Maier\nKey Account Management\n\nLieferant GmbH\nIndustriestraße 14 | 63450 Hanau\n'
            'Tel. +49 6181 90 47-212\nwww.lieferant-gmbh.de\n\n'
            'Von: Sabine Krüger <s.krueger@example.com>\nGesendet: Montag, 30. November 2026 10:14\n'
            'An: Stefan Maier <s.maier@lieferant-gmbh.de>\nBetreff: Offene Posten Lieferant GmbH / Example Group - Stand 30.11.2026\n\n'
            'Hallo Herr Maier,\n\nanbei wie besprochen unsere OP-Liste. Die beiden Rechnungen aus November sind in der Freigabe.\n\n'
            'Viele Grüße\nSabine Krüger\n')
    bnd = outlook_boundary(seed, 'PAXP193MB1742')
    root = alt(body, outlook_html(body, 'DE'), bnd, 'windows-1252', 'quoted-printable')
    ref = '<FR2P281MB2736A41C93E0B7D5C1F2E8A4B7D9@FR2P281MB2736.DEUP281.PROD.OUTLOOK.COM>'
    h = hdrs_std(addr('Stefan Maier', s), addr(N('krueger'), rc, 'iso-8859-1', 'Q'),
                 ew('AW: Offene Posten Lieferant GmbH / Example Group - Stand 30.11.2026', 'iso-8859-1', 'Q'),
                 rfc(dt), '<%s@lieferannt-gmbh.de>' % guid('m', seed, upper=True).replace('-', ''), order='fdtsm',
                 extra_after=[('In-Reply-To', ref), ('References', ref),
                              ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
                              ('Content-Language', 'de')])
    rcv = [mx('mta-10.privateemail.com', 'mta-10.privateemail.com', '198.54.118.209', rc, plus(dt, 4), TLS13, seed),
           'from MTA-10.privateemail.com (localhost [127.0.0.1])\n\tby mta-10.privateemail.com (Postfix) with ESMTP id 4dMq9B0f2Pz3hhVF\n\tfor <%s>; Wed,  2 Dec 2026 08:37:15 -0500 (EST)' % rc,
           'from DESKTOP-7GQ2K1M (unknown [102.89.40.117])\n\tby mta-10.privateemail.com (Postfix) with ESMTPA id 4dMq9954d9z3hhV3\n\tfor <%s>; Wed,  2 Dec 2026 08:37:12 -0500 (EST)' % rc]
    data = message(s, rcv, h, root)
    add('attack', 7, 'de', 'lookalike-supplier-iban-change',
        'Supplier BEC from look-alike domain lieferannt-gmbh.de (Namecheap Private Email, client IP in Nigeria): fake reply in an "open items" thread asking AP to pay two real-looking invoices to a Lithuanian IBAN, "e-mail only".', data)


def a08():
    rc = A('neumann')
    dt = T(30, 19, 22, 48, CET)
    seed = 'a08'
    s = 'service@sparkasse-pushtan-info.de'
    url = 'https://sparkasse.kundenportal-pushtan.com/de/home/login.html?blz=50050201&ref=SPT-26-4471'
    blocks = ['Sehr geehrte Kundin, sehr geehrter Kunde,',
              'im Rahmen der Umsetzung der EU-Zahlungsdiensterichtlinie (PSD3) und der neuen Sicherheitsanforderungen der '
              'Deutschen Kreditwirtschaft wird Ihr bestehendes <b>S-pushTAN-Verfahren</b> zum <b>04.12.2026</b> umgestellt.',
              'Damit Sie Online-Banking und Kartenzahlungen weiterhin ohne Einschränkungen nutzen können, bestätigen Sie bitte '
              'einmalig Ihre Registrierung. Der Vorgang dauert ca. 3 Minuten.',
              'Ohne Bestätigung wird Ihr Online-Banking-Zugang aus Sicherheitsgründen vorübergehend gesperrt. Eine '
              'Entsperrung ist dann nur noch in Ihrer Filiale möglich.',
              'Mit freundlichen Grüßen<br>Ihre Sparkasse']
    html = brand_html('Sparkasse', blocks, ('Jetzt S-pushTAN bestätigen', url),
                      'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>'
                      'Deutscher Sparkassen Verlag GmbH &middot; Am Wallgraben 115 &middot; 70565 Stuttgart',
                      accent='#ff0000', logo_text='Sparkasse', lang='de', charset='iso-8859-1')
    plain = ('Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhr S-pushTAN-Verfahren wird zum 04.12.2026 umgestellt. '
             'Bitte bestätigen Sie einmalig Ihre Registrierung:\n%s\n\nOhne Bestätigung wird Ihr Zugang vorübergehend gesperrt.\n\n'
             'Ihre Sparkasse\n' % url)
    root = alt(plain, html, 'b1_' + H('b', seed, n=43, a=ALNUM), 'iso-8859-1', 'quoted-printable')
    h = hdrs_std(addr('Sparkasse', s), rc,
                 ew('Wichtige Mitteilung: Umstellung Ihres S-pushTAN-Verfahrens bis 04.12.2026', 'iso-8859-1', 'Q'),
                 rfc(dt), '<%s@sparkasse-pushtan-info.de>' % H('m', seed, n=43, a=ALNUM), order='dtfsm',
                 extra_after=[('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')])
    rcv = [mx('server.hostingpro-24.de', 'static.83.112.48.5.clients.your-server.de', '5.48.112.83', rc, plus(dt, 2), TLS12, seed),
           'from www-data by server.hostingpro-24.de with local (Exim 4.96)\n\t(envelope-from <%s>)\n\tid 1tPh3K-00A7cQ-1x\n\tfor %s; %s' % (s, rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 8, 'de', 'sparkasse-pushtan-phish',
        'Mass banking phish: fake Sparkasse "S-pushTAN must be re-confirmed by 04.12." with account-lock threat, PHPMailer on a Hetzner box, ISO-8859-1 QP HTML.', data)


def a09():
    rc = A('krueger')
    dt = T(5, 2, 13, 9, CET)
    seed = 'a09'
    s = 'rechnungen@lieferant-gmbh.de'
    url = 'https://lieferant-gmbh-rechnungsportal.pages.dev/?doc=RE-2026-11874&r=' + 's.krueger%40example.com'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000">\n'
            '<p>Sehr geehrte Damen und Herren,</p>\n'
            '<p>zu der Rechnung <b>RE-2026-11874</b> liegt Ihnen eine Zahlungserinnerung vor. Aus Datenschutzgründen stellen wir '
            'Rechnungsdokumente ab sofort ausschließlich über unser geschütztes Kundenportal bereit.</p>\n'
            '<table cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de;border-radius:6px;margin:14px 0">'
            '<tr><td style="padding:14px 18px"><img src="https://lieferant-gmbh-rechnungsportal.pages.dev/pdf.png" width="28" height="32" alt="PDF"></td>'
            '<td style="padding:14px 18px 14px 0;font-size:10.5pt"><b>Zahlungserinnerung_RE-2026-11874.pdf</b><br>'
            '<span style="color:#57606a">248 KB &middot; freigegeben für s.krueger@example.com</span></td></tr>'
            '<tr><td colspan="2" style="padding:0 18px 16px"><a href="' + esc(url) + '" style="background:#0b5cad;color:#fff;'
            'padding:8px 18px;text-decoration:none;border-radius:4px;font-size:10.5pt">Dokument öffnen</a></td></tr></table>\n'
            '<p>Bitte melden Sie sich zur Ansicht mit Ihrer geschäftlichen E-Mail-Adresse an.</p>\n'
            '<p>Mit freundlichen Grüßen<br>Rechnungswesen<br><br><b>Lieferant GmbH</b><br>Industriestraße 14 | 63450 Hanau<br>'
            'Amtsgericht Hanau HRB 9472 | Geschäftsführer: Dr. Thomas Brandt</p>\n</div></body></html>\n')
    rl, mid = o365_chain(seed, plus(dt, -2), de=True)
    root = text(html, 'html', 'utf-8', 'base64')
    h = hdrs_std(addr('Rechnungswesen Lieferant GmbH', s), addr('Rechnungswesen Lieferant GmbH', s),
                 ew('Zahlungserinnerung: Rechnung RE-2026-11874 – Dokument zur Ansicht bereit', 'utf-8', 'B'),
                 rfc0(dt, UTC), mid, order='ftsdm',
                 extra_after=[('Thread-Topic', ew('Zahlungserinnerung: Rechnung RE-2026-11874 – Dokument zur Ansicht bereit', 'utf-8', 'B')),
                              ('Thread-Index', thread_index(seed))]
                 + o365_tail(seed, dt, 'lieferant-gmbh.de', 'lieferant'))
    rcv = [mx('DEU01-FR2-obe.outbound.protection.outlook.com', 'mail-fr2deu01on2097.outbound.protection.outlook.com',
              '52.101.69.97', rc, plus(dt, 3), TLS13, seed)] + rl
    data = message(s, rcv, h, root)
    add('attack', 9, 'de', 'compromised-supplier-invoice-portal-link',
        'Sent from the genuinely compromised rechnungen@lieferant-gmbh.de mailbox (real M365 tenant) at 02:13 on a Saturday, To=itself/Bcc recipients: "payment reminder" link to a pages.dev credential page reusing a real invoice number.', data)


def a10():
    rc = A('richter')
    dt = T(1, 6, 41, 19, UTC)
    seed = 'a10'
    s = 'noreply@dhl-zollabwicklung.de'
    url = 'https://dhl-zoll.sendungsstatus-paket.com/de/zahlung?sid=JJD0001490826471935&k=7f31c2'
    blocks = ['Sehr geehrter Kunde,',
              'Ihre internationale Sendung <b>JJD0001490826471935</b> wurde vom Zoll zur Abfertigung zurückgehalten, da die '
              'Einfuhrabgaben noch nicht entrichtet wurden.',
              '<table style="font-size:14px"><tr><td style="color:#666;padding-right:16px">Einfuhrumsatzsteuer:</td><td>1,49 EUR</td></tr>'
              '<tr><td style="color:#666;padding-right:16px">Auslagenpauschale:</td><td>1,50 EUR</td></tr>'
              '<tr><td style="color:#666;padding-right:16px"><b>Gesamt:</b></td><td><b>2,99 EUR</b></td></tr></table>',
              'Bitte begleichen Sie den Betrag innerhalb von <b>48 Stunden</b>. Danach wird die Sendung an den Absender zurückgeschickt.']
    html = brand_html('DHL', blocks, ('Zollgebühr jetzt bezahlen', url),
                      'Deutsche Post AG &middot; Charles-de-Gaulle-Str. 20 &middot; 53113 Bonn<br>Dies ist eine automatisch erzeugte E-Mail.',
                      color='#333333', accent='#d40511', logo_text='DHL Paket', lang='de')
    plain = ('Sehr geehrter Kunde,\n\nIhre Sendung JJD0001490826471935 wurde vom Zoll zurückgehalten. Offener Betrag: 2,99 EUR.\n'
             'Jetzt bezahlen: %s\n\nDeutsche Post AG\n' % url)
    root = alt(plain, html, H('b', seed, n=32, a=ALNUM), 'UTF-8', 'base64', cs_quote=False)
    sesid = '0107019%s-%s-%s-%s-%s-000000' % (H('s1', seed, n=9), H('s2', seed, n=8), H('s3', seed, n=4), H('s4', seed, n=4), H('s5', seed, n=12))
    h = hdrs_std(addr('DHL Paket', s), rc,
                 ew('Ihre Sendung JJD0001490826471935: Zollgebühr 2,99 EUR offen', 'utf-8', 'Q'),
                 rfc(dt), '<%s@email.amazonses.com>' % sesid, order='ftsdm',
                 extra_after=[('Feedback-ID', '::1.eu-central-1.%s:AmazonSES' % H('fid', seed, n=40, a=ALNUM + '+/')),
                              ('X-SES-Outgoing', '2026.12.01-23.251.242.7')])
    rcv = [mx('e242-7.smtp-out.eu-central-1.amazonses.com', 'e242-7.smtp-out.eu-central-1.amazonses.com', '23.251.242.7', rc, plus(dt, 2), TLS13b, seed)]
    data = message('%s@eu-central-1.amazonses.com' % sesid, rcv, h, root)
    add('attack', 10, 'de', 'dhl-customs-fee-ses',
        'Fake DHL customs-fee (2,99 EUR) phish sent through Amazon SES (abused account), link to a payment/card-harvesting look-alike.', data)


def a11():
    rc = A('schulz')
    dt = T(1, 7, 48, 3, CET)
    seed = 'a11'
    s = 'lena.hartmann94@gmx.de'
    body = ('Sehr geehrte Frau Schulz,\n\n'
            'mit großem Interesse habe ich Ihre Stellenanzeige als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d) auf StepStone '
            'gelesen und bewerbe mich hiermit um diese Position.\n\n'
            'Nach meiner Ausbildung zur Industriekauffrau war ich vier Jahre in der Buchhaltung eines Logistikunternehmens in '
            'Offenbach tätig, zuletzt mit Schwerpunkt Rechnungsprüfung und Zahlungsverkehr (DATEV, SAP S/4HANA).\n\n'
            'Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf und Zeugnisse) finden Sie im Anhang. '
            'Aufgrund der Dateigröße habe ich die Dokumente gepackt.\n\n'
            'Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\n'
            'Mit freundlichen Grüßen\nLena Hartmann\nTel. 0176 4829 1137\n')
    z = make_zip([('Bewerbung_Lena_Hartmann/Lebenslauf_Lena_Hartmann.pdf.lnk', placeholder('Windows shortcut (.lnk) launching a PowerShell downloader', 'Lebenslauf_Lena_Hartmann.pdf.lnk')),
                  ('Bewerbung_Lena_Hartmann/Anschreiben_und_Zeugnisse.pdf.lnk', placeholder('Windows shortcut (.lnk) launching a PowerShell downloader', 'Anschreiben_und_Zeugnisse.pdf.lnk'))])
    b = tb_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'UTF-8', '8bit', cs_quote=False, params='; format=flowed'),
                           att(z, 'application/zip', 'Bewerbung_Lena_Hartmann.zip')], b,
                 preamble='This is a multi-part message in MIME format.')
    h = [('Message-ID', '<%s@gmx.de>' % guid('m', seed)), ('Date', rfc(dt)), ('MIME-Version', '1.0'),
         ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'de-DE'),
         ('To', rc), ('From', addr('Lena Hartmann', s)),
         ('Subject', 'Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d) - Ihre Anzeige auf StepStone'),
         ('X-Provags-ID', 'V03:K1:' + H('pv', seed, n=60, a=ALNUM + '+/')),
         ('UI-OutboundReport', 'notjunk:1;M01:P0:' + H('ui', seed, n=40, a=ALNUM + '+/') + '=')]
    rcv = [mx('mout.gmx.net', 'mout.gmx.net', '212.227.15.19', rc, plus(dt, 3), TLS13, seed),
           'from [192.168.178.34] ([91.64.217.88]) by mail.gmx.net (mrgmx004\n\t[212.227.17.190]) with ESMTPSA (Nemesis) id 1MuDbx-1u9Kq02nVd-00yW3L for\n\t<%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 11, 'de', 'job-application-zip-lnk',
        'Fake job application to HR from a GMX address: plausible German cover letter, ZIP "Bewerbungsunterlagen" containing two .pdf.lnk shortcuts (placeholders).', data)


def a12():
    rc = A('wagner')
    dt = T(3, 10, 2, 55, CET)
    seed = 'a12'
    s = 'noreply@bzst-erechnung.de'
    url = 'https://erechnung-bzst-portal.de/registrierung?az=ER-2026-448193'
    blocks = ['<b>Aktenzeichen: ER-2026-448193</b><br>Steuernummer/USt-IdNr.: DE 3xx xxx 412',
              'Sehr geehrte Damen und Herren,',
              'gemäß § 14 Abs. 2 UStG in der Fassung des Wachstumschancengesetzes sind Unternehmen mit einem Gesamtumsatz von '
              'mehr als 800.000 EUR im Vorjahr ab dem <b>01.01.2027</b> verpflichtet, im inländischen B2B-Verkehr ausschließlich '
              'elektronische Rechnungen (XRechnung / ZUGFeRD) auszustellen.',
              'Nach unseren Unterlagen ist Ihr Unternehmen <b>noch nicht im Zentralen E-Rechnungsportal registriert</b>. '
              'Bitte holen Sie die Registrierung bis spätestens <b>15.12.2026</b> nach und hinterlegen Sie die vertretungsberechtigte '
              'Person sowie das Geschäftskonto.',
              'Erfolgt keine fristgerechte Registrierung, kann gemäß § 329 AO ein Zwangsgeld von bis zu 5.000 EUR festgesetzt werden.',
              'Mit freundlichen Grüßen<br>Bundeszentralamt für Steuern<br>Referat E-Rechnung / Digitale Meldesysteme']
    html = brand_html('Bundeszentralamt für Steuern', blocks, ('Zur Registrierung', url),
                      'Bundeszentralamt für Steuern &middot; An der Küppe 1 &middot; 53225 Bonn<br>'
                      'Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.',
                      accent='#004b87', logo_text='BZSt &ndash; Bundeszentralamt f&uuml;r Steuern', lang='de', charset='windows-1252')
    plain = ('Aktenzeichen: ER-2026-448193\n\nSehr geehrte Damen und Herren,\n\nab dem 01.01.2027 sind Unternehmen mit mehr als '
             '800.000 EUR Vorjahresumsatz zur Ausstellung von E-Rechnungen verpflichtet. Ihr Unternehmen ist noch nicht im Zentralen '
             'E-Rechnungsportal registriert. Bitte registrieren Sie sich bis 15.12.2026:\n%s\n\nBundeszentralamt für Steuern\n' % url)
    root = alt(plain, html, nextpart_boundary(seed), 'windows-1252', 'quoted-printable')
    h = hdrs_std(addr('Bundeszentralamt für Steuern', s, 'windows-1252', 'Q'), rc,
                 ew('E-Rechnungspflicht ab 01.01.2027: Registrierung Ihres Unternehmens bis 15.12.2026 erforderlich (Az. ER-2026-448193)', 'windows-1252', 'Q'),
                 rfc(dt), '<%s$%s@bzst-erechnung.de>' % (H('m', seed, n=12, a=HEXL), H('m2', seed, n=8, a=HEXL)), order='fstdm',
                 extra_after=[('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Priority', '1')])
    rcv = [mx('mail.bzst-erechnung.de', 'vps-5c1e2a7b.vps.ovh.net', '51.75.144.203', rc, plus(dt, 3), TLS13, seed),
           'from WIN-Q4KJ8D2P1LT (unknown [51.75.144.203])\n\tby mail.bzst-erechnung.de (Postfix) with ESMTPA id 6F2A1E2B41\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 12, 'de', 'fake-bzst-erechnung-registration',
        'Fake Federal Central Tax Office (BZSt) notice exploiting the 2027 German B2B e-invoicing obligation: "register in the central e-invoice portal or face 5,000 EUR penalty", look-alike domain on OVH.', data)


def a13():
    rc = A('kuznetsova')
    dt = T(1, 10, 5, 37, MSK)
    seed = 'a13'
    s = 'i7707.uvedomlenie@nalog-gov.ru'
    body = ('Уважаемый налогоплательщик!\n\n'
            'Инспекция Федеральной налоговой службы № 7 по г. Москве в рамках камеральной налоговой проверки налоговой '
            'декларации по налогу на добавленную стоимость за 3 квартал 2026 года направляет Вам Требование о представлении '
            'пояснений № 14-21/7707 от 01.12.2026 в соответствии со ст. 88 и ст. 93 Налогового кодекса Российской Федерации.\n\n'
            'Пояснения и документы необходимо представить в течение 5 (пяти) рабочих дней со дня получения настоящего требования.\n\n'
            'Непредставление пояснений в установленный срок влечет ответственность, предусмотренную ст. 129.1 НК РФ, '
            'а также может являться основанием для приостановления операций по счетам налогоплательщика (п. 3 ст. 76 НК РФ).\n\n'
            'Требование и перечень истребуемых документов находятся во вложении.\n\n'
            'Начальник отдела камеральных проверок № 2\nСоветник государственной гражданской службы РФ 2 класса\n'
            'Н.В. Белоусова\nтел. +7 (495) 400-27-07\n\n'
            '--\nДанное сообщение сформировано автоматически. Просим не отвечать на него.\n')
    rar_name = 'Требование_14-21_7707_от_01.12.2026.rar'
    rar = make_rar4([('Требование_14-21_7707_от_01.12.2026.pdf.exe',
                      placeholder('Windows PE executable (remote-access trojan dropper) disguised as PDF', 'Требование_14-21_7707_от_01.12.2026.pdf.exe'))])
    b = nextpart_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'windows-1251', 'base64'),
                           att(rar, 'application/x-rar-compressed', rar_name, charset='windows-1251', style='ew')], b,
                 preamble='This is a multi-part message in MIME format.')
    h = hdrs_std(addr('ИФНС России № 7 по г. Москве', s, 'windows-1251', 'B'), rc,
                 ew('Требование о представлении пояснений № 14-21/7707 от 01.12.2026', 'windows-1251', 'B'),
                 rfc(dt), '<%s@nalog-gov.ru>' % H('m', seed, n=24, a=HEXU), order='fsdtm',
                 extra_after=[('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Priority', '1 (Highest)'), ('Importance', 'High')])
    rcv = [mx('mail.nalog-gov.ru', 'v1924.hosted-by-vdsina.ru', '94.103.91.48', rc, plus(dt, 4), TLS12, seed),
           'from DESKTOP-1RUA0KJ (unknown [94.103.91.48])\n\tby mail.nalog-gov.ru (Postfix) with ESMTPA id 3C0B9601A2\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 13, 'ru', 'fake-tax-demand-rar-exe',
        'Fake Russian tax inspectorate "demand for explanations" (windows-1251) from look-alike nalog-gov.ru, RAR attachment with .pdf.exe (placeholder) - classic malware lure to accountants.', data)


def a14():
    rc = A('smirnov')
    dt = T(2, 13, 26, 4, MSK)
    seed = 'a14'
    s = 'no-reply@gosuslugi-uvedomleniya.ru'
    url = 'https://esia.gosuslugi-lk-org.ru/login/?org=7705xxxxxx&redirect=confirm_head'
    blocks = ['Уважаемый руководитель организации!',
              'По данным Единой системы идентификации и аутентификации (ЕСИА) учетная запись юридического лица '
              '<b>ООО «ЭКСАМПЛ ГРУПП РУС»</b> не прошла ежегодное подтверждение полномочий руководителя.',
              'В соответствии с Постановлением Правительства РФ № 2154 с 07.12.2026 доступ организации к электронным услугам, '
              'в том числе к отчетности и электронным доверенностям (МЧД), будет <b>ограничен</b>.',
              'Для сохранения доступа подтвердите данные руководителя и номер мобильного телефона. После входа вам поступит '
              'SMS-код — введите его на странице подтверждения.']
    html = brand_html('Госуслуги', blocks, ('Подтвердить данные', url),
                      'Это письмо отправлено автоматически, отвечать на него не нужно.<br>© Министерство цифрового развития, '
                      'связи и массовых коммуникаций Российской Федерации', accent='#0d4cd3', logo_text='госуслуги', lang='ru')
    plain = ('Уважаемый руководитель организации!\n\nУчетная запись юридического лица ООО «ЭКСАМПЛ ГРУПП РУС» не прошла ежегодное '
             'подтверждение полномочий руководителя. С 07.12.2026 доступ к электронным услугам будет ограничен.\n\n'
             'Подтвердить данные: %s\n' % url)
    root = alt(plain, html, H('b', seed, n=28, a=HEXL), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Госуслуги', s), rc,
                 ew('Учетная запись организации будет ограничена: подтвердите полномочия руководителя', 'utf-8', 'B'),
                 rfc(dt), '<%s@gosuslugi-uvedomleniya.ru>' % H('m', seed, n=32), order='fsdtm',
                 extra_after=[('List-Unsubscribe', '<mailto:unsubscribe@gosuslugi-uvedomleniya.ru>')])
    rcv = [mx('mail.gosuslugi-uvedomleniya.ru', None, '185.231.155.62', rc, plus(dt, 2), TLS13, seed)]
    data = message('bounce@gosuslugi-uvedomleniya.ru', rcv, h, root)
    add('attack', 14, 'ru', 'fake-gosuslugi-org-account',
        'Fake Gosuslugi/ESIA notice to the Russian general director: "confirm head-of-organisation authority or lose access", link to a look-alike login that also asks for the SMS code; sender IP without rDNS.', data)


def a15():
    rc = A('kuznetsova')
    dt = T(3, 15, 44, 20, MSK)
    seed = 'a15'
    s = 'buh@translogistik-msk.ru'
    body = ('Добрый день!\n\n'
            'Направляем Вам акт сверки взаимных расчетов за период с 01.01.2026 по 30.11.2026 по договору '
            'транспортной экспедиции N 47/ТЭ-2025.\n\n'
            'Просим проверить, подписать и направить скан-копию в наш адрес в течение 3 (трех) рабочих дней. '
            'В случае расхождений просим сообщить.\n\n'
            'Файл заархивирован, так как почтовый сервер блокирует вложения Excel.\n\n'
            'С уважением,\nМарина Ивановна Лебедева\nбухгалтер ООО "ТрансЛогистик"\nтел. +7 (495) 128-44-61\n')
    z = make_zip([('Акт сверки ЭксамплГрупп 01.01.2026-30.11.2026.xls.js',
                   placeholder('obfuscated JScript downloader masquerading as an Excel file', 'Акт сверки ЭксамплГрупп 01.01.2026-30.11.2026.xls.js'))])
    b = '----=_NextPart_%s' % H('b', seed, n=24, a=HEXU)
    root = multi('mixed', [text(body, 'plain', 'koi8-r', '8bit'),
                           att(z, 'application/x-zip-compressed', 'Акт_сверки_2026.zip', charset='koi8-r', style='ew')], b)
    h = hdrs_std(addr('Бухгалтерия ТрансЛогистик', s, 'koi8-r', 'B'), addr(N('kuznetsova'), rc, 'koi8-r', 'B'),
                 ew('Акт сверки взаимных расчетов за 11 месяцев 2026 г.', 'koi8-r', 'B'),
                 rfc(dt), '<%s@translogistik-msk.ru>' % H('m', seed, n=20, a=HEXL), order='ftsdm',
                 extra_after=[('X-Mailer', 'The Bat! (v11.3) Professional')])
    rcv = [mx('smtp21.beget.com', 'smtp21.beget.com', '5.101.153.21', rc, plus(dt, 3), TLS12, seed),
           'from [46.229.118.73] (helo=translogistik-msk.ru)\n\tby smtp21.beget.com with esmtpa (Exim 4.97)\n\t(envelope-from <%s>)\n\tid 1tRbW3-0009Lx-0T\n\tfor %s; %s' % (s, rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 15, 'ru', 'reconciliation-act-zip-js',
        'Fake "reconciliation act" from an unknown Russian counterparty (KOI8-R, The Bat!), ZIP with an .xls.js script (placeholder) - "zipped because the server blocks Excel".', data)


def a16():
    rc = A('smirnov')
    dt = T(4, 5, 17, 59, MSK)
    seed = 'a16'
    s = 'sale@baza-b2b-2026.ru'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            '<body style="font-family:Verdana,Arial;font-size:13px">\n'
            '<h2 style="color:#c00000">Базы данных клиентов 2026 — все города и отрасли</h2>\n'
            '<p><b>СКИДКА 50% только до 7 декабря!</b></p>\n<ul>\n'
            '<li>База компаний России — 4,7 млн записей (телефоны, e-mail, ИНН, ОКВЭД, руководитель)</li>\n'
            '<li>Транспортные и логистические компании — 186 000 записей</li>\n'
            '<li>Участники госзакупок 2025–2026 — 312 000 записей</li>\n'
            '<li>База e-mail директоров и главных бухгалтеров</li>\n</ul>\n'
            '<p>Базы актуализированы в ноябре 2026 г. Выгрузка в Excel. Бесплатный тестовый фрагмент по запросу.</p>\n'
            '<p>Пишите в Telegram: <b>@baza_b2b_sale</b> &nbsp; WhatsApp: +7 977 418-22-90</p>\n'
            '<p style="font-size:10px;color:#999">Вы получили это письмо, так как ваш адрес опубликован в открытых источниках. '
            'Чтобы отписаться, ответьте словом «НЕТ».</p>\n</body></html>\n')
    root = text(html, 'html', 'windows-1251', 'quoted-printable')
    h = [('Date', rfc(dt)), ('From', addr('Базы клиентов B2B', s, 'windows-1251', 'B')), ('To', rc),
         ('Subject', ew('Базы данных клиентов 2026 - скидка 50% до 7 декабря', 'windows-1251', 'B')),
         ('Message-ID', '<%s@baza-b2b-2026.ru>' % H('m', seed, n=16, a=HEXL)), ('X-Mailer', 'ePochta Mailer 11.6'),
         ('MIME-Version', '1.0')]
    rcv = [mx('mail.baza-b2b-2026.ru', None, '91.240.118.166', rc, plus(dt, 1), None, seed)]
    data = message(s, rcv, h, root)
    add('attack', 16, 'ru', 'database-sale-spam',
        'Russian bulk spam selling "customer databases" (windows-1251 HTML only, ePochta Mailer), plain SMTP without TLS from an IP without rDNS.', data)


def a17():
    rc = A('smirnov')
    dt = T(2, 17, 3, 41, MSK)
    seed = 'a17'
    s = 'pretenzii@promstroyresurs-pravo.ru'
    body = ('Генеральному директору\nООО «ЭКСАМПЛ ГРУПП РУС»\nСмирнову А.Г.\n\n'
            'ДОСУДЕБНАЯ ПРЕТЕНЗИЯ\nисх. № 118/26 от 02.12.2026\n\n'
            'Между ООО «ПромСтройРесурс» и Вашей организацией имеется неисполненное денежное обязательство на сумму '
            '1 284 600,00 руб. (счета № 2206, 2231 и 2274). Несмотря на неоднократные напоминания, оплата не поступила.\n\n'
            'Претензия, расчет неустойки по ст. 395 ГК РФ и копии первичных документов размещены по ссылке (Яндекс Диск):\n'
            'https://disk.yandex.ru/d/Xq7Lm2aP9rT4wQ\n\n'
            'Просим в течение 10 (десяти) календарных дней погасить задолженность либо представить мотивированный отказ. '
            'В противном случае мы будем вынуждены обратиться в Арбитражный суд г. Москвы с взысканием судебных расходов.\n\n'
            'Представитель по доверенности\nюрист Гордеев Игорь Павлович\n')
    root = text(body, 'plain', 'utf-8', 'base64')
    h = [('From', addr('Юридический отдел ПромСтройРесурс', s)), ('To', addr(N('smirnov'), rc)),
         ('Subject', ew('Досудебная претензия исх. № 118/26 от 02.12.2026 (срок ответа 10 дней)', 'utf-8', 'B')),
         ('MIME-Version', '1.0'), ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), ('Date', rfc(dt)),
         ('Message-Id', '<%s@mail.yandex.ru>' % H('m', seed, n=7, a='0123456789') + '1764684221')]
    h[-1] = ('Message-Id', '<%s1764684221@mail.yandex.ru>' % H('m', seed, n=7, a='0123456789'))
    rcv = [mx('forward102a.mail.yandex.net', 'forward102a.mail.yandex.net', '178.154.239.81', rc, plus(dt, 3), TLS13, seed),
           'from mail-nwsmtp-smtp-production-main-73.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-73.klg.yp-c.yandex.net [IPv6:2a02:6b8:c43:9a0:0:640:48f2:0])\n'
           '\tby forward102a.mail.yandex.net (Yandex) with ESMTPS id 8F1C360B4E\n\tfor <%s>; %s' % (rc, rfc(plus(dt, 2))),
           'by mail-nwsmtp-smtp-production-main-73.klg.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id 2kRa7Q1OdGk0-Ta1xZbZ3;\n\t%s' % rfc(plus(dt, 1))]
    data = message(s, rcv, h, root)
    add('attack', 17, 'ru', 'pretrial-claim-yandex-disk',
        'Fake pre-trial debt claim to the general director, sent via Yandex 360 infrastructure; "documents" behind a Yandex Disk link (legitimate file host abused).', data)


def a18():
    rc = A('kuznetsova')
    dt = T(3, 9, 11, 26, MSK)
    seed = 'a18'
    s = 'smirnov.ag.gendir@mail.ru'
    body = ('Ольга, добрый день.\n\n'
            'Сегодня с Вами свяжется куратор из Департамента финансового мониторинга Центрального банка — '
            'Орлов Сергей Викторович. В отношении нашей компании проводится проверка по факту утечки персональных данных '
            'и подозрительных операций по счетам.\n\n'
            'Прошу оказать ему полное содействие и выполнить его указания. Информация конфиденциальная, разговор не '
            'разглашать, в том числе коллегам и в рабочих чатах, — это может помешать проверке.\n\n'
            'Мне на рабочий телефон сейчас не звоните, я на совещании. На связи только в Telegram: @smirnov_ag_gd\n\n'
            'Смирнов А.Г.\n\nОтправлено из мобильной Почты Mail\n')
    root = text(body, 'plain', 'windows-1251', 'quoted-printable')
    h = [('From', addr('Алексей Смирнов', s, 'windows-1251', 'B')), ('To', addr(N('kuznetsova'), rc, 'windows-1251', 'B')),
         ('Subject', ew('Срочно и конфиденциально', 'windows-1251', 'B')), ('MIME-Version', '1.0'),
         ('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-SenderField-Remind', '0'), ('Date', rfc(dt)),
         ('Reply-To', addr('Алексей Смирнов', s, 'windows-1251', 'B')),
         ('Message-ID', '<%s@f762.i.mail.ru>' % ('1764742286.' + H('m', seed, n=6, a='0123456789')))]
    rcv = [mx('smtp44.i.mail.ru', 'smtp44.i.mail.ru', '95.163.41.82', rc, plus(dt, 2), TLS13, seed),
           'by exim-smtp-84c9d8b5f-6zkqv with esmtpa (envelope-from <%s>)\n\tid 1tRMh6-00000000aGx-2Z8s; %s' % (s, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 18, 'ru', 'fake-director-central-bank-curator',
        '"Fake boss" scam: general director\'s name on a mail.ru address tells the chief accountant a Central Bank "curator" will call, to keep it secret and talk only via Telegram.', data)


def a19():
    rc = A('martinez')
    dt = T(30, 11, 18, 6, CET)
    seed = 'a19'
    s = 'notificaciones@sede-aeat-notifica.es'
    url = 'https://sede.agenciatributaria-notificaciones.com/Sede/notificaciones/acceso?ref=2026GRC84720951Q'
    blocks = ['<b>AGENCIA TRIBUTARIA</b><br>Sede Electrónica',
              'Estimado/a contribuyente:',
              'Le comunicamos que tiene a su disposición una <b>notificación electrónica</b> en la Dirección Electrónica '
              'Habilitada única (DEHú) correspondiente a un <b>Requerimiento de información</b> relativo al Impuesto sobre '
              'el Valor Añadido (modelo 303, 3T 2026).',
              'Referencia: <b>2026GRC84720951Q</b><br>Fecha de puesta a disposición: 30/11/2026',
              'Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación '
              'se entenderá rechazada a todos los efectos (art. 43.2 de la Ley 39/2015).']
    html = brand_html('Agencia Tributaria', blocks, ('Acceder a la notificación', url),
                      'Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.<br>'
                      'Agencia Estatal de Administración Tributaria &middot; C/ Infanta Mercedes, 37 &middot; 28020 Madrid',
                      accent='#8c1d18', logo_text='Agencia Tributaria', lang='es', charset='iso-8859-1')
    plain = ('Estimado/a contribuyente:\n\nTiene a su disposición una notificación electrónica (Requerimiento de información, '
             'ref. 2026GRC84720951Q).\nAcceda aquí: %s\n\nAgencia Tributaria\n' % url)
    root = alt(plain, html, nextpart_boundary(seed), 'iso-8859-1', 'quoted-printable')
    h = hdrs_std(addr('Agencia Tributaria', s), rc,
                 ew('Notificación pendiente: Requerimiento de información - Ref. 2026GRC84720951Q', 'iso-8859-1', 'Q'),
                 rfc(dt), '<%s@sede-aeat-notifica.es>' % H('m', seed, n=26, a=HEXL), order='fstdm',
                 extra_after=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')])
    rcv = [mx('srv04.hostneo.com.br', 'srv04.hostneo.com.br', '177.70.106.34', rc, plus(dt, 4), TLS12, seed),
           'from [177.70.106.34] (port=50214 helo=User)\n\tby srv04.hostneo.com.br with esmtpa (Exim 4.96.2)\n\t(envelope-from <%s>)\n\tid 1tPdJx-0002Qa-0v; %s' % (s, rfc(dt, BRT))]
    data = message(s, rcv, h, root)
    add('attack', 19, 'es', 'fake-aeat-notification',
        'Fake Spanish Tax Agency (AEAT/DEHu) "pending electronic notification - information request", ISO-8859-1 QP, look-alike domain via a Brazilian shared host.', data)


def a20():
    rc = A('ruiz')
    dt = T(2, 8, 56, 12, UTC)
    seed = 'a20'
    s = 'info@envios-correos-es.com'
    url = 'https://u4927113.ct.sendgrid.net/ls/click?upn=u001.%s' % H('sg', seed, n=64, a=ALNUM)
    blocks = ['Hola,',
              'Su envío <b>ES26119482731</b> se encuentra retenido en nuestro centro de tratamiento de Coslada (Madrid) '
              'porque los gastos de gestión aduanera no han sido abonados.',
              'Importe pendiente: <b>1,79 &euro;</b>',
              'Si el pago no se realiza en las próximas 24 horas, el paquete será devuelto al remitente.']
    html = brand_html('Correos', blocks, ('Pagar y programar entrega', url),
                      '&copy; Sociedad Estatal Correos y Telégrafos, S.A., S.M.E. &middot; Todos los derechos reservados',
                      color='#333333', accent='#ffcd00', logo_text='Correos', lang='es')
    plain = 'Su envío ES26119482731 está retenido. Importe pendiente: 1,79 EUR.\nPagar: %s\n' % url
    root = alt(plain, html, H('b', seed, n=60, a=HEXL), 'UTF-8', 'base64', cs_quote=False)
    rp = 'bounces+4927113-%s-%s=examplegroup.eu@em8842.envios-correos-es.com' % (H('r1', seed, n=4), rc.split('@')[0])
    h = hdrs_std(addr('Correos', s), rc,
                 ew('Correos: su envío ES26119482731 está retenido – pago pendiente de 1,79 €', 'utf-8', 'B'),
                 rfc(dt), '<%s@geopod-ismtpd-12>' % H('m', seed, n=22, a=ALNUM + '-_'), order='dfmst',
                 extra_after=[('X-SG-EID', H('eid', seed, n=88, a=ALNUM + '+/')),
                              ('X-SG-ID', H('sgid', seed, n=60, a=ALNUM + '+/')),
                              ('X-Entity-ID', 'u001.' + H('ent', seed, n=22, a=ALNUM))])
    rcv = [mx('xvfrqdnk.outbound-mail.sendgrid.net', 'xvfrqdnk.outbound-mail.sendgrid.net', '149.72.126.143', rc, plus(dt, 2), TLS13b, seed),
           'by recvd-67f9cdb8d6-5w2lp with SMTP id recvd-67f9cdb8d6-5w2lp-1-692EA8B4-1A\n\t%s' % dt.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3] + ' +0000 UTC m=+1287441.551238902',
           'from em8842.envios-correos-es.com (unknown)\n\tby geopod-ismtpd-12 (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s' % (H('gi', seed, n=22, a=ALNUM), rc, dt.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S.%f')[:-3] + ' +0000 (UTC)')]
    data = message(rp, rcv, h, root)
    add('attack', 20, 'es', 'fake-correos-customs-fee',
        'Fake Correos parcel "customs fee 1,79 EUR" smishing-style mail sent via SendGrid (click-tracking redirect hides the phishing URL).', data)


def a21():
    rc = A('fernandez')
    dt = T(1, 12, 31, 47, CET)
    seed = 'a21'
    s = 'administracion@construccioneslevantemarti.es'
    body = ('Buenos días,\n\n'
            'Les adjuntamos la factura FV26-3391 correspondiente a los trabajos de mantenimiento de noviembre, '
            'pendiente de pago desde el 15/11/2026.\n\n'
            'Para visualizar la factura abra el documento adjunto e inicie sesión con su cuenta de correo corporativa '
            '(documento protegido).\n\n'
            'Rogamos confirmen la fecha prevista de pago.\n\n'
            'Un saludo,\n\nDepartamento de Administración\nConstrucciones Levante Martí S.L.\nC/ Colón 48, 46004 Valencia\n'
            'Tel. 963 52 18 40\n')
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Microsoft 365 - Documento protegido</title>\n'
            '<!-- PLACEHOLDER: the real attachment embedded an obfuscated JavaScript credential-phishing kit that posted the\n'
            '     victim\'s password to a Telegram bot. Script removed; the static form below posts nowhere useful. -->\n'
            '<style>body{font-family:Segoe UI,Arial;background:#f3f2f1}.b{width:380px;margin:80px auto;background:#fff;padding:40px;'
            'box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:8px 0}button{background:#0067b8;color:#fff;'
            'border:0;padding:8px 24px}</style></head>\n<body><div class="b"><h3>Microsoft</h3>'
            '<p>Este documento está protegido. Inicie sesión para ver <b>FV26-3391.pdf</b></p>\n'
            '<form action="https://placeholder.invalid/" method="post" onsubmit="return false">'
            '<input type="email" name="login" value="l.fernandez@examplegroup.eu">'
            '<input type="password" name="passwd" placeholder="Contraseña"><button type="submit">Iniciar sesión</button></form>\n'
            '</div></body></html>\n')
    b = nextpart_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'windows-1252', 'quoted-printable'),
                           att(page.encode('utf-8'), 'text/html', 'FV26-3391_pdf.html', cte='base64')], b,
                 preamble='This is a multi-part message in MIME format.')
    h = hdrs_std(addr('Administración Construcciones Levante Martí', s, 'windows-1252', 'Q'), rc,
                 ew('Factura FV26-3391 pendiente de pago', 'windows-1252', 'Q'), rfc(dt),
                 '<000001dc62a4$%s$%s@construccioneslevantemarti.es>' % (H('m1', seed, n=8), H('m2', seed, n=8)), order='fstdm',
                 extra_after=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)), ('Content-Language', 'es')])
    rcv = [mx('smtp.dinaserver.com', 'smtp-out-23.dinaserver.com', '82.98.135.23', rc, plus(dt, 4), TLS13, seed),
           'from PCADMIN01 (188.78.214.9.dyn.user.ono.com [188.78.214.9])\n\t(Authenticated sender: administracion@construccioneslevantemarti.es)\n'
           '\tby smtp.dinaserver.com (Postfix) with ESMTPSA id 4dLxq11c7Nz1xN9\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 21, 'es', 'invoice-html-attachment-credential-phish',
        'Invoice lure from a compromised small Spanish construction company\'s real mailbox; HTML attachment imitating a Microsoft "protected document" sign-in (placeholder, script removed).', data)


def a22():
    rc = A('ruiz')
    dt = T(4, 3, 27, 15, ICT)
    seed = 'a22'
    body = ('Hola!\n\n'
            'Como habrás notado, te he enviado este correo desde tu propia cuenta. Esto significa que tengo acceso total a tu '
            'dispositivo.\n\n'
            'Hace unos meses infecté tu ordenador con un troyano a través de una web para adultos que visitaste. Desde entonces '
            'he grabado la pantalla y la cámara, y he copiado todos tus contactos del correo y de las redes sociales.\n\n'
            'Si quieres que borre todo, transfiere 1450 EUR en Bitcoin a esta dirección:\n\n'
            'bc1qz7m4k8v0w2yx5h3e9tqu6p0d8cn4lrj2sgf5ya\n\n'
            'Tienes 48 horas desde que abras este mensaje. He colocado un píxel de seguimiento, sabré cuándo lo has leído. '
            'No respondas a este correo y no se lo cuentes a nadie, o enviaré el vídeo a todos tus contactos.\n')
    root = text(body, 'plain', 'utf-8', '8bit', cs_quote=False)
    h = [('From', '<%s>' % rc), ('To', '<%s>' % rc), ('Subject', ew('Tengo acceso a tu dispositivo. Pago pendiente.', 'utf-8', 'B')),
         ('Date', rfc(dt)), ('Message-ID', '<%s@examplegroup.eu>' % H('m', seed, n=30, a=ALNUM)),
         ('MIME-Version', '1.0'), ('X-Priority', '3')]
    rcv = [mx('examplegroup.eu', 'static.vnpt.vn', '113.161.54.77', rc, plus(dt, 1), None, seed)]
    data = message(rc, rcv, h, root)
    add('attack', 22, 'es', 'sextortion-self-spoof',
        'Spanish sextortion/Bitcoin extortion with the victim\'s own address forged in From and envelope, HELO "examplegroup.eu", sent from a Vietnamese DSL IP without TLS.', data)


def a23():
    rc = A('martinez')
    dt = T(3, 7, 2, 9, UTC)
    seed = 'a23'
    s = 'quarantine@mailprotect-gateway.net'
    base = 'https://examplegroup-eu.mailprotect-gateway.net/quarantine/release?u=am1hcnRpbmV6QGV4YW1wbGVncm91cC5ldQ'
    items = [('Deutsche Bank AG', 'Transferencia recibida - EUR 18.420,00'),
             ('Lieferant GmbH', 'Pedido 4500124011 - confirmación'),
             ('DHL Express', 'Documentos de aduana AWB 7720183946'),
             ('RRHH Example Group', 'Actualización de nómina diciembre 2026'),
             ('DocuSign', 'Contrato marco 2027 - firma pendiente'),
             ('Microsoft 365', 'Su buzón alcanzó el 98% de capacidad')]
    rows = ''.join('<tr><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td>'
                   '<td style="padding:6px;border-bottom:1px solid #eee"><a href="%s&amp;m=%d">Liberar</a></td></tr>' % (esc(a), esc(b), esc(base), i)
                   for i, (a, b) in enumerate(items))
    blocks = ['Centro de seguridad de <b>examplegroup.eu</b>',
              'Hay <b>6 mensajes</b> retenidos para <b>j.martinez@examplegroup.eu</b> que requieren su revisión. '
              'Los mensajes no liberados se eliminarán automáticamente el 05/12/2026.',
              '<table style="width:100%;font-size:13px;border-collapse:collapse"><tr style="background:#f0f0f0"><th align="left" style="padding:6px">Remitente</th>'
              '<th align="left" style="padding:6px">Asunto</th><th></th></tr>' + rows + '</table>']
    html = brand_html('Cuarentena', blocks, ('Revisar todos los mensajes', base),
                      'Este es un aviso automático del sistema de protección de correo de examplegroup.eu.',
                      accent='#2b579a', logo_text='examplegroup.eu &ndash; Cuarentena de correo', lang='es')
    plain = 'Hay 6 mensajes retenidos para j.martinez@examplegroup.eu. Revisar: %s\n' % base
    root = alt(plain, html, part_boundary(seed), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('examplegroup.eu Cuarentena', s, quote=True), rc,
                 ew('Notificación de cuarentena: 6 mensajes retenidos para j.martinez@examplegroup.eu', 'utf-8', 'Q'),
                 rfc(dt), '<%s@mailprotect-gateway.net>' % guid('m', seed), order='fdtsm')
    rcv = [mx('mailprotect-gateway.net', 'ip-176-31-242-18.eu', '176.31.242.18', rc, plus(dt, 2), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 23, 'es', 'fake-quarantine-digest',
        'Fake mail-quarantine digest branded as examplegroup.eu listing six held messages with "release" links to a credential page prefilled with the user\'s address.', data)


def a24():
    rc = A('esposito')
    dt = T(2, 10, 48, 30, CET)
    seed = 'a24'
    s = 'amministrazione@ferrettitrasporti.it'
    body = ('Gentile Dott.ssa Esposito,\n\n'
            'con la presente Vi comunichiamo che, a seguito di una riorganizzazione dei rapporti bancari della nostra società, '
            'a partire dal 01/12/2026 tutti i pagamenti a favore di Ferretti Trasporti S.r.l. dovranno essere effettuati '
            'esclusivamente sulle nuove coordinate bancarie indicate nella lettera allegata.\n\n'
            'Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su tali coordinate anche il pagamento '
            'delle fatture n. 1143/2026 e 1187/2026 in scadenza.\n\n'
            'Per qualsiasi chiarimento potete rispondere direttamente a questa e-mail: il nostro centralino è temporaneamente '
            'fuori servizio per la migrazione del sistema telefonico.\n\n'
            'Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.r.l.\nVia dell\'Industria 22 - 43122 Parma\n'
            'P.IVA 02xxxxxxxx4\n')
    pdf = make_pdf(['#FERRETTI TRASPORTI S.r.l.', 'Via dell\'Industria 22 - 43122 Parma (PR)', '', 'Parma, 30/11/2026', '',
                    'Spett.le Example Group - sede di Milano', 'c.a. Ufficio Amministrazione', '',
                    '#Oggetto: comunicazione variazione coordinate bancarie', '',
                    'Con la presente comunichiamo che dal 01/12/2026 i pagamenti a nostro favore',
                    'dovranno essere disposti esclusivamente sul seguente conto corrente:', '',
                    'Beneficiario: Ferretti Trasporti S.r.l.',
                    'IBAN: IT 30 P 03669 01600 CC0010457821',
                    'Banca: Banca Sella Branch - Filiale Digitale',
                    'BIC/SWIFT: SELBIT2BXXX', '',
                    'Le precedenti coordinate non devono piu essere utilizzate.', '',
                    'Distinti saluti', 'L\'Amministratore Unico', '(firma)'],
                   title='Comunicazione variazione IBAN', author='Amministrazione', producer='Microsoft: Print To PDF')
    b = '----=_NextPart_000_0017_01DC6341.%s' % H('b', seed, n=8, a=HEXU)
    root = multi('mixed', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'),
                           att(pdf, 'application/pdf', 'Comunicazione_variazione_coordinate_bancarie.pdf')], b,
                 preamble='This is a multi-part message in MIME format.')
    h = hdrs_std(addr('Amministrazione Ferretti Trasporti', s), rc,
                 'Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.r.l.', rfc(dt),
                 '<%s.%s@ferrettitrasporti.it>' % ('1764668910', H('m', seed, n=16, a=HEXL)), order='fdtsm',
                 extra_after=[('X-Mailer', 'Zoho Mail'), ('User-Agent', 'Zoho Mail')])
    rcv = [mx('sender4-op-o12.zoho.eu', 'sender4-op-o12.zoho.eu', '136.143.169.12', rc, plus(dt, 3), TLS13, seed),
           'from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id 1764668910%s; %s' % (H('z', seed, n=9, a='0123456789'), rfc(dt, UTC))]
    data = message(s, rcv, h, root)
    add('attack', 24, 'it', 'lookalike-haulier-iban-change-pdf',
        'Haulier BEC from look-alike ferrettitrasporti.it (no hyphen) on Zoho: "new bank details" letter PDF, pay two pending invoices to a new IBAN, "switchboard out of service - reply by e-mail".', data)


def a25():
    rc = A('esposito')
    dt = T(1, 16, 5, 22, CET)
    seed = 'a25'
    s = 'comunicazioni@agenziaentrate-notifiche.it'
    url = 'https://cassettofiscale.agenziaentrate-notifiche.it/avvisi/download?id=2026IT0048371'
    blocks = ['<b>Agenzia delle Entrate</b> &ndash; Direzione Provinciale II di Milano',
              'Gentile Contribuente,',
              'a seguito del controllo automatizzato della dichiarazione (art. 36-bis del D.P.R. n. 600/1973 e art. 54-bis '
              'del D.P.R. n. 633/1972) sono emerse <b>irregolarità</b> relative ai versamenti IVA del periodo d\'imposta 2025.',
              'L\'avviso bonario n. <b>2026/IT/0048371</b> è disponibile nel Suo Cassetto fiscale. Per regolarizzare la posizione '
              'beneficiando della riduzione delle sanzioni a un terzo, è necessario prendere visione dell\'avviso entro 30 giorni.',
              'Il documento è disponibile in formato compresso (.zip).']
    html = brand_html('Agenzia delle Entrate', blocks, ('Scarica l\'avviso', url),
                      'Messaggio generato automaticamente, si prega di non rispondere.<br>Agenzia delle Entrate &middot; '
                      'Via Giorgione 106 &middot; 00147 Roma &middot; C.F. 06363391001', accent='#004a8f',
                      logo_text='Agenzia delle Entrate', lang='it', charset='iso-8859-15')
    plain = ('Gentile Contribuente,\nl\'avviso bonario n. 2026/IT/0048371 è disponibile. Scarica l\'avviso: %s\n' % url)
    root = alt(plain, html, H('b', seed, n=32, a=HEXL), 'iso-8859-15', 'quoted-printable')
    h = hdrs_std(addr('Agenzia delle Entrate', s), rc,
                 ew('Avviso bonario n. 2026/IT/0048371 - Comunicazione di irregolarità (art. 36-bis DPR 600/73)', 'iso-8859-15', 'Q'),
                 rfc(dt), '<%s@agenziaentrate-notifiche.it>' % H('m', seed, n=32), order='fstdm')
    rcv = [mx('mail.agenziaentrate-notifiche.it', 'hosted-by.pfcloud.io', '185.196.9.151', rc, plus(dt, 2), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 25, 'it', 'fake-agenzia-entrate-avviso',
        'Fake Agenzia delle Entrate "avviso bonario" (VAT irregularities) with a link to download a ZIP from a look-alike domain; ISO-8859-15 QP.', data)


def a26():
    rc = A('romano')
    dt = T(4, 9, 12, 8, CET)
    seed = 'a26'
    s = 'rinnovi@aruba-areaclienti.com'
    url = 'https://areaclienti-aruba.rinnovo-servizi.com/pagamento?dominio=examplegroup.eu&importo=4,99'
    blocks = ['Gentile Cliente,',
              'ti informiamo che il dominio <b>examplegroup.eu</b> e i servizi associati (caselle e-mail, PEC, hosting) '
              '<b>scadranno il 05/12/2026</b>.',
              'Per evitare la sospensione dei servizi e la perdita dei messaggi di posta elettronica, ti invitiamo a rinnovare '
              'subito. Il rinnovo annuale ha un costo di <b>4,99 &euro; + IVA</b>.',
              'Se non provvederai entro la data di scadenza, il dominio potrebbe essere registrato da terzi.']
    html = brand_html('Aruba.it', blocks, ('Rinnova ora', url),
                      'Aruba S.p.A. &middot; Via San Clemente 53 &middot; 24036 Ponte San Pietro (BG) &middot; P.IVA 01573850516',
                      accent='#e2001a', logo_text='Aruba.it', lang='it')
    plain = 'Il dominio examplegroup.eu scadrà il 05/12/2026. Rinnova ora: %s\n' % url
    root = alt(plain, html, H('b', seed, n=40, a=ALNUM), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Aruba.it', s), rc, ew('Il dominio examplegroup.eu è in scadenza: rinnova entro il 05/12/2026', 'utf-8', 'B'),
                 rfc(dt), '<%s@aruba-areaclienti.com>' % H('m', seed, n=40, a=ALNUM), order='dfstm',
                 extra_after=[('X-Mailer', 'Sendinblue'), ('List-Unsubscribe', '<https://aruba-areaclienti.com/unsub>')])
    rcv = [mx('aruba-areaclienti.com', 'vps-7d12ac4e.vps.ovh.net', '141.94.208.17', rc, plus(dt, 2), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 26, 'it', 'fake-aruba-domain-renewal',
        'Fake Aruba.it "your domain examplegroup.eu expires, renew for 4,99 EUR" card-phishing mail to the Italian country manager.', data)


def a27():
    rc = A('bianchi')
    dt = T(5, 3, 41, 56, CET)
    seed = 'a27'
    s = 'c.colombo@ferretti-trasporti.it'
    url = 'https://ferretti-docs-condivisi.vercel.app/onedrive/?e=' + 'bS5iaWFuY2hpQGV4YW1wbGVncm91cC5ldQ=='
    plain = ('Buongiorno,\n\nVi inviamo in allegato i documenti di trasporto e le fatture relative alla settimana 49.\n\n'
             'Visualizza documenti condivisi (3 file, 2,4 MB):\n%s\n\n'
             'Cordiali saluti\nCristina Colombo\nFerretti Trasporti S.r.l.\n' % url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-size:10pt;font-family:Verdana,Geneva,sans-serif">\n'
            '<p>Buongiorno,</p>\n<p>Vi inviamo in allegato i documenti di trasporto e le fatture relative alla settimana 49.</p>\n'
            '<table style="border:1px solid #ccc;padding:10px"><tr><td><img src="https://ferretti-docs-condivisi.vercel.app/od.png" width="40"></td>'
            '<td><b>DDT_FATTURE_SETT49.pdf</b> e altri 2 file<br><a href="' + esc(url) + '">Visualizza documenti condivisi</a> (2,4 MB)</td></tr></table>\n'
            '<p>Cordiali saluti<br>Cristina Colombo<br>Ferretti Trasporti S.r.l.</p>\n</body></html>\n')
    root = alt(plain, html, '=_' + H('b', seed, n=32, a=HEXL), 'UTF-8', 'quoted-printable', cs_quote=False)
    h = [('MIME-Version', '1.0'), ('Date', rfc(dt)), ('From', addr('Cristina Colombo', s)),
         ('To', 'undisclosed-recipients:;'),
         ('Subject', 'Documenti di trasporto e fatture - settimana 49'),
         ('Message-ID', '<%s@ferretti-trasporti.it>' % H('m', seed, n=32)),
         ('X-Sender', s), ('User-Agent', 'Roundcube Webmail/1.6.9')]
    rcv = [mx('smtpdh20-2.aruba.it', 'smtpdh20-2.aruba.it', '62.149.155.165', rc, plus(dt, 4), TLS13, seed),
           'from webmail.aruba.it ([45.132.227.90])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 4xTqvMQa2bZ9c4xTrvnHJU; %s' % rfc(plus(dt, 2))]
    data = message(s, rcv, h, root)
    add('attack', 27, 'it', 'compromised-haulier-mailbox-share-link',
        'From the genuinely compromised c.colombo@ferretti-trasporti.it mailbox (real Aruba relay, webmail login from a foreign VPS IP) at 03:41 on Saturday, undisclosed recipients: "shared documents" link to a vercel.app phishing page.', data)


def a28():
    rc = A('bianchi')
    dt = T(30, 14, 3, 27, CET)
    seed = 'a28'
    s = 'noreply@telepass-areapersonale.com'
    url = 'https://area-clienti.telepass-areapersonale.com/it/aggiorna-pagamento?c=TP26-88314'
    blocks = ['Gentile Cliente,',
              'non siamo riusciti ad addebitare l\'importo di <b>18,40 &euro;</b> relativo ai pedaggi autostradali del mese di '
              'novembre 2026 sul metodo di pagamento associato al tuo contratto.',
              'Per evitare la <b>sospensione del dispositivo Telepass</b> e l\'applicazione delle penali previste dalle '
              'Condizioni Generali, aggiorna il metodo di pagamento entro 48 ore.']
    html = brand_html('Telepass', blocks, ('Aggiorna metodo di pagamento', url),
                      'Telepass S.p.A. &middot; Via Alberto Bergamini 50 &middot; 00159 Roma', accent='#0057b8',
                      logo_text='Telepass', lang='it')
    plain = 'Addebito non riuscito (18,40 EUR). Aggiorna il metodo di pagamento: %s\n' % url
    root = alt(plain, html, H('b', seed, n=30, a=ALNUM), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Telepass', s), rc,
                 ew('Telepass: addebito non riuscito - aggiorna il metodo di pagamento entro 48 ore', 'utf-8', 'Q'),
                 rfc(dt), '<%s@telepass-areapersonale.com>' % H('m', seed, n=28), order='fstdm')
    rcv = [mx('mail.telepass-areapersonale.com', None, '164.92.178.201', rc, plus(dt, 2), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 28, 'it', 'fake-telepass-payment-failed',
        'Fake Telepass "toll debit failed, update payment method or device is suspended" phish aimed at the logistics coordinator (DigitalOcean IP without rDNS).', data)


def a29():
    rc = A('romano')
    dt = T(3, 11, 30, 0, CET)
    seed = 'a29'
    s = 'info@agevolazioni-impresa50.it'
    unsub = 'https://agevolazioni-impresa50.it/newsletter/unsubscribe?e=Zy5yb21hbm9AZXhhbXBsZWdyb3VwLmV1'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial;font-size:14px;color:#222">\n'
            '<p>Gentile Imprenditore,</p>\n'
            '<p>restano <b>pochi giorni</b> per prenotare le risorse residue del <b>credito d\'imposta Transizione 5.0</b> e del '
            'nuovo iperammortamento 2026 per beni strumentali, software e impianti fotovoltaici.</p>\n'
            '<p>Il nostro studio offre <b>analisi gratuita</b> della Sua posizione e gestione completa della pratica '
            '<b>senza anticipi</b>: paghi solo a credito ottenuto (success fee 12%).</p>\n'
            '<p><a href="https://agevolazioni-impresa50.it/check-up-gratuito?utm_source=mail&amp;utm_campaign=dic26" '
            'style="background:#1b8a3c;color:#fff;padding:10px 20px;text-decoration:none">Richiedi il check-up gratuito</a></p>\n'
            '<p>Cordiali saluti<br>Studio Consulenza Agevolazioni Impresa<br>Tel. 02 8719 4410</p>\n'
            '<p style="font-size:10px;color:#999">Ricevi questa comunicazione perché il tuo indirizzo è presente in elenchi '
            'pubblici di imprese. Ai sensi del GDPR puoi <a href="' + esc(unsub) + '">cancellarti</a> in qualsiasi momento.</p>\n'
            '<img src="https://agevolazioni-impresa50.it/o.gif?id=48812" width="1" height="1">\n</body></html>\n')
    root = text(html, 'html', 'iso-8859-1', 'quoted-printable')
    h = hdrs_std(addr('Studio Agevolazioni Impresa', s), rc,
                 ew('Credito d\'imposta Transizione 5.0: ultimi giorni per prenotare le risorse', 'iso-8859-1', 'Q'),
                 rfc(dt), '<%s@agevolazioni-impresa50.it>' % H('m', seed, n=32), order='fstdm',
                 extra_after=[('List-Unsubscribe', '<%s>' % unsub), ('Precedence', 'bulk'), ('X-Mailer', 'MailUp')])
    rcv = [mx('mail-out-2.agevolazioni-impresa50.it', 'static-82-85-17-204.clienti.tiscali.it', '82.85.17.204', rc, plus(dt, 5), TLS12, seed)]
    data = message('bounce@agevolazioni-impresa50.it', rcv, h, root)
    add('attack', 29, 'it', 'tax-credit-consulting-spam',
        'Unsolicited Italian B2B bulk mail (tax-credit consultancy) to an address scraped from public registers; GDPR-style opt-out, tracking pixel.', data)


ZIELINSKI_SIG = ('Z poważaniem\nTomasz Zieliński\nKierownik ds. spedycji\n\nPartner Logistik Sp. z o.o.\n'
                 'ul. Krakowska 180, 52-015 Wrocław\ntel. +48 71 336 18 40 | kom. +48 601 224 871\nwww.partner-logistik.pl\n')


def a30():
    rc = A('wojcik')
    dt = T(1, 13, 22, 5, CET)
    seed = 'a30'
    s = 't.zielinski@partner-logistlk.pl'
    body = ('Dzień dobry Pani Agnieszko,\n\n'
            'uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę, od 1 grudnia 2026 r. prosimy o '
            'dokonywanie wszystkich płatności na nowy rachunek bankowy:\n\n'
            'Partner Logistik Sp. z o.o.\nBank Millennium S.A.\nnr rachunku: 66 1160 2202 0000 0006 1234 5678\n\n'
            'Dotyczy to również faktur FV/2026/11/0398 oraz FV/2026/11/0412, których termin płatności upływa w tym tygodniu.\n\n'
            'Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu 7 dni roboczych, dlatego przez '
            'kilka dni może nie być jeszcze widoczny w wyszukiwarce MF. Proszę się tym nie sugerować.\n\n'
            'Proszę o potwierdzenie aktualizacji danych w systemie.\n\n' + ZIELINSKI_SIG)
    root = alt(body, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body>'
               + ''.join('<p>%s</p>' % '<br>'.join(esc(l) for l in p.split('\n')) for p in paras(body)) + '</body></html>\n',
               outlook_boundary(seed, 'VI1PR08MB5521'), 'iso-8859-2', 'quoted-printable')
    h = hdrs_std(addr('Tomasz Zieliński', s, 'iso-8859-2', 'Q'), addr(N('wojcik'), rc, 'iso-8859-2', 'Q'),
                 ew('Zmiana rachunku bankowego - Partner Logistik Sp. z o.o.', 'iso-8859-2', 'Q'), rfc(dt),
                 '<%s@partner-logistlk.pl>' % H('m', seed, n=32, a=HEXU), order='fdtsm',
                 extra_after=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'pl')])
    rcv = [mx('mail.partner-logistlk.pl', 'static.188.26.217.95.clients.your-server.de', '95.217.26.188', rc, plus(dt, 3), TLS13, seed),
           'from [127.0.0.1] (unknown [5.253.206.41])\n\tby mail.partner-logistlk.pl (Postfix) with ESMTPSA id 4dM0Fq3Wm2zB6w\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 30, 'pl', 'lookalike-logistics-partner-bank-account',
        'Logistics-partner BEC from look-alike partner-logistlk.pl (l for i) on Hetzner: new bank account for two due invoices, pre-empting the Polish VAT "white list" check.', data)


def a31():
    rc = A('wojcik')
    dt = T(2, 9, 14, 37, CET)
    seed = 'a31'
    s = 'powiadomienia@ksef-mf-gov.pl'
    url = 'https://ksef.mf-podatki-weryfikacja.pl/web/logowanie?nip=7792xxxxxx&faktura=KSeF-2026-12-02-000418'
    blocks = ['<b>Krajowy System e-Faktur</b> &ndash; Ministerstwo Finansów',
              'Szanowni Państwo,',
              'w Krajowym Systemie e-Faktur zarejestrowano nową fakturę ustrukturyzowaną wystawioną na Państwa NIP, '
              'która <b>wymaga weryfikacji odbiorcy</b>.',
              'Numer KSeF: <b>7792xxxxxx-20261202-4F7A1C20B8E3-91</b><br>Kwota brutto: 24&nbsp;618,30 zł',
              'Brak weryfikacji w ciągu 72 godzin spowoduje automatyczne uznanie faktury za doręczoną i zaakceptowaną. '
              'Zaloguj się profilem zaufanym lub danymi bankowości elektronicznej.']
    html = brand_html('KSeF', blocks, ('Zweryfikuj fakturę', url),
                      'Wiadomość wygenerowana automatycznie. Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa.',
                      accent='#d6001c', logo_text='KSeF &ndash; Krajowy System e-Faktur', lang='pl')
    plain = 'Nowa faktura w KSeF wymaga weryfikacji odbiorcy. Zaloguj się: %s\n' % url
    root = alt(plain, html, H('b', seed, n=36, a=HEXL), 'utf-8', 'base64')
    h = hdrs_std(addr('Krajowy System e-Faktur', s), rc,
                 ew('KSeF: otrzymano nową fakturę ustrukturyzowaną – wymagana weryfikacja odbiorcy', 'utf-8', 'B'),
                 rfc(dt), '<%s@ksef-mf-gov.pl>' % guid('m', seed), order='fstdm')
    rcv = [mx('ksef-mf-gov.pl', 'vm-31-186-84-7.cloud.mydevil.net', '31.186.84.7', rc, plus(dt, 2), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 31, 'pl', 'fake-ksef-invoice-verification',
        'Fake Polish National e-Invoice System (KSeF, mandatory since 2026) notice: "structured invoice needs recipient verification", login with trusted profile / bank credentials on a look-alike.', data)


def a32():
    rc = A('kowalczyk')
    dt = T(4, 17, 19, 3, CET)
    seed = 'a32'
    s = 'powiadomienia@inpost-paczkomaty24.pl'
    url = 'https://inpost-pl.odbior-paczka.com/doplata?nr=620148837261930488412'
    blocks = ['Dzień dobry,',
              'Twoja paczka nr <b>620148837261930488412</b> nie mogła zostać umieszczona w Paczkomacie z powodu '
              'nieprawidłowych wymiarów (gabaryt C).',
              'Aby odebrać przesyłkę, uiść dopłatę w wysokości <b>2,49 zł</b> i wybierz nowy termin doręczenia.',
              'Nieopłacona przesyłka zostanie zwrócona do nadawcy po 2 dniach.']
    html = brand_html('InPost', blocks, ('Opłać i odbierz', url),
                      'InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków', color='#222', accent='#ffcb04', logo_text='InPost', lang='pl',
                      charset='iso-8859-2')
    plain = 'Twoja paczka czeka. Dopłata 2,49 zł: %s\n' % url
    root = alt(plain, html, part_boundary(seed), 'iso-8859-2', 'base64')
    h = hdrs_std(addr('InPost', s), rc, ew('Twoja paczka czeka na odbiór - wymagana dopłata 2,49 zł', 'iso-8859-2', 'B'),
                 rfc(dt), '<%s@inpost-paczkomaty24.pl>' % H('m', seed, n=24), order='fstdm')
    rcv = [mx('inpost-paczkomaty24.pl', None, '45.88.186.240', rc, plus(dt, 2), TLS12, seed)]
    data = message(s, rcv, h, root)
    add('attack', 32, 'pl', 'fake-inpost-surcharge',
        'Fake InPost parcel-locker "2,49 zl surcharge" card phish, ISO-8859-2 base64, from an IP without rDNS.', data)


def a33():
    rc = A('lewandowska')
    dt = T(3, 8, 2, 44, CET)
    seed = 'a33'
    s = 'kancelaria@nowicki-windykacja.pl'
    body = ('Szanowni Państwo,\n\n'
            'działając w imieniu i na rzecz naszego Klienta, wzywamy Państwa do zapłaty kwoty 17 842,60 zł wraz z '
            'ustawowymi odsetkami za opóźnienie w transakcjach handlowych, tytułem nieopłaconych faktur wskazanych w załączniku.\n\n'
            'Należność prosimy uregulować w terminie 7 dni od dnia otrzymania niniejszego wezwania. Brak zapłaty spowoduje '
            'skierowanie sprawy na drogę postępowania sądowego (elektroniczne postępowanie upominawcze) oraz wpis do '
            'Krajowego Rejestru Długów.\n\n'
            'Szczegóły sprawy WZ/2026/11/3387 znajdują się w załączonym archiwum.\n\n'
            'Z poważaniem\nr.pr. Jan Nowicki\nKancelaria Radcy Prawnego Jan Nowicki\nul. Mickiewicza 31/4, 31-120 Kraków\n')
    z = make_zip([('Wezwanie_do_zaplaty_WZ-2026-11-3387.pdf.vbs',
                   placeholder('VBScript loader disguised as PDF', 'Wezwanie_do_zaplaty_WZ-2026-11-3387.pdf.vbs'))])
    b = nextpart_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'windows-1250', 'quoted-printable'),
                           att(z, 'application/x-zip-compressed', 'Wezwanie_do_zaplaty_WZ-2026-11-3387.zip')], b,
                 preamble='This is a multi-part message in MIME format.')
    h = hdrs_std(addr('Kancelaria Radcy Prawnego Jan Nowicki', s), rc,
                 ew('Przedsądowe wezwanie do zapłaty - sprawa WZ/2026/11/3387', 'windows-1250', 'Q'),
                 rfc(dt), '<%s@nowicki-windykacja.pl>' % H('m', seed, n=30, a=HEXU), order='fstdm',
                 extra_after=[('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Priority', '1')])
    rcv = [mx('serwer2531877.home.pl', 'serwer2531877.home.pl', '46.242.245.112', rc, plus(dt, 3), TLS13, seed),
           'from DESKTOP-K8R2N4V (unknown [193.42.33.18])\n\tby serwer2531877.home.pl (Postfix) with ESMTPSA id 4dM2hk5b1Kz1v0\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 33, 'pl', 'debt-collection-zip-vbs',
        'Fake pre-court payment demand from a "law office" (windows-1250), ZIP attachment containing a .pdf.vbs script (placeholder).', data)


def a34():
    rc = A('kowalczyk')
    dt = T(2, 21, 6, 58, CET)
    seed = 'a34'
    s = 'poczta@sklep-rowerowy-krakow.pl'
    url = 'https://examplegroup-eu.poczta-weryfikacja.com/owa/auth/logon.aspx?email=p.kowalczyk@examplegroup.eu'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Segoe UI,Arial;font-size:14px">\n'
            '<table style="width:560px;border:1px solid #ddd"><tr><td style="background:#0072c6;color:#fff;padding:14px;font-size:18px">'
            'examplegroup.eu &ndash; Administrator poczty</td></tr>\n'
            '<tr><td style="padding:16px">Skrzynka <b>p.kowalczyk@examplegroup.eu</b> przekroczyła limit przestrzeni dyskowej.'
            '<br><br><div style="background:#eee;width:100%;height:14px"><div style="background:#d13438;width:99%;height:14px"></div></div>'
            '49,6 GB / 50 GB (99%)<br><br>'
            '<b>14 wiadomości przychodzących zostało wstrzymanych.</b> Aby je odebrać i uniknąć blokady konta, zweryfikuj skrzynkę '
            'w ciągu 24 godzin.<br><br>'
            '<a href="' + esc(url) + '" style="background:#0072c6;color:#fff;padding:9px 22px;text-decoration:none">Zweryfikuj i zwiększ limit</a>'
            '<br><br><span style="font-size:11px;color:#777">Dział IT &middot; examplegroup.eu</span></td></tr></table>\n</body></html>\n')
    root = text(html, 'html', 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Administrator poczty examplegroup.eu', s), rc,
                 ew('Skrzynka p.kowalczyk@examplegroup.eu: przekroczono limit (99%) - 14 wiadomości wstrzymanych', 'utf-8', 'B'),
                 rfc(dt), '<%s@sklep-rowerowy-krakow.pl>' % H('m', seed, n=32), order='fstdm',
                 extra_after=[('X-PHP-Originating-Script', '1004:mailer.php')])
    rcv = [mx('s41.cyber-folks.pl', 's41.cyber-folks.pl', '195.78.67.41', rc, plus(dt, 2), TLS13, seed),
           'from sklep-rowerowy-krakow by s41.cyber-folks.pl with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1tQ9m4-00Hk2T-0r\n\tfor %s; %s' % (s, rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 34, 'pl', 'fake-mailbox-quota-admin',
        'Fake "mailbox over quota, 14 messages held" notice branded as the company\'s own mail admin, sent by a PHP script on a compromised Polish shop site; link to a fake OWA login.', data)


def a35():
    rc = A('kowalczyk')
    dt = T(3, 16, 52, 18, CET)
    seed = 'a35'
    s = 't.zielinski@partner-logistik.pl'
    orig_mid = '<6a1f0c3e-2b7d-4e91-a8c5-17d3e9b40f52@partner-logistik.pl>'
    body = ('Dzień dobry,\n\nw załączniku przesyłam zaktualizowane dokumenty dotyczące dostaw. Proszę o pilne sprawdzenie.\n\n'
            'Hasło do pliku: PL49\n\nPozdrawiam\n\n'
            'W dniu 1.12.2026 o 10:07, Tomasz Zieliński pisze:\n'
            '> Dzień dobry Panie Piotrze,\n>\n> w załączeniu przesyłam awizację dostaw na tydzień 49 (30.11-04.12).\n'
            '> Proszę o potwierdzenie okien rozładunkowych na czwartek i piątek.\n>\n> Z poważaniem\n> Tomasz Zieliński\n')
    z = make_zip_encrypted([('Awizacja_tydz49_dokumenty.pdf.wsf',
                             placeholder('Windows Script File (WSF) downloader', 'Awizacja_tydz49_dokumenty.pdf.wsf'))], 'PL49')
    b = tb_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'UTF-8', 'quoted-printable', cs_quote=False),
                           att(z, 'application/zip', 'Dokumenty_dostawy_tydz49.zip')], b)
    h = [('Date', rfc(dt)), ('From', addr('Tomasz Zieliński', s, 'utf-8', 'Q')), ('To', addr(N('kowalczyk'), rc)),
         ('Subject', 'Re: Awizacja dostaw - tydzień 49'.replace('ń', '') if False else ew('Re: Awizacja dostaw - tydzień 49', 'utf-8', 'Q')),
         ('Message-ID', '<%s@partner-logistik.pl>' % H('m', seed, n=20, a=HEXL)),
         ('In-Reply-To', orig_mid), ('References', orig_mid), ('MIME-Version', '1.0')]
    rcv = [mx('mx.partner-logistik.pl', 'mx.partner-logistik.pl', '188.116.17.40', rc, plus(dt, 2), TLS13, seed),
           'from [185.244.25.117] (unknown [185.244.25.117])\n\t(Authenticated sender: t.zielinski@partner-logistik.pl)\n\tby mx.partner-logistik.pl (Postfix) with ESMTPSA id 4dM1cR2yLgz2xkQ\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('attack', 35, 'pl', 'thread-hijack-encrypted-zip',
        'Reply-chain hijack from the genuinely compromised t.zielinski@partner-logistik.pl (their real server, SMTP-AUTH from a foreign VPS IP, no mail client header): password-protected ZIP (password in body) with a .wsf script placeholder.', data)


def a36():
    rc = A('konstantinou')
    dt = T(1, 10, 44, 51, EET)
    seed = 'a36'
    s = 'epistrofi@aade-gov-gr.com'
    url = 'https://myaade.aade-epistrofi-gov.com/taxisnet/epistrofi?afm=09xxxxxx4&ref=EP2026-77310'
    blocks = ['<b>ΑΑΔΕ</b> &ndash; Ανεξάρτητη Αρχή Δημοσίων Εσόδων',
              'Αγαπητέ/ή φορολογούμενε/η,',
              'Μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος φορολογικού έτους 2025 προκύπτει υπέρ σας '
              '<b>επιστροφή φόρου ύψους 1.284,60 €</b>.',
              'Η επιστροφή δεν μπορεί να πιστωθεί διότι ο λογαριασμός IBAN που έχει δηλωθεί δεν έχει επιβεβαιωθεί. '
              'Παρακαλούμε επιβεβαιώστε τα στοιχεία σας μέσω των κωδικών TAXISnet έως τις <b>07/12/2026</b>, '
              'διαφορετικά το ποσό θα συμψηφιστεί.']
    html = brand_html('ΑΑΔΕ', blocks, ('Επιβεβαίωση IBAN', url),
                      'Ανεξάρτητη Αρχή Δημοσίων Εσόδων &middot; Καρ. Σερβίας 10 &middot; 101 84 Αθήνα', accent='#003476',
                      logo_text='ΑΑΔΕ &ndash; myAADE', lang='el', charset='iso-8859-7')
    plain = 'Επιστροφή φόρου 1.284,60 €. Επιβεβαιώστε το IBAN σας: %s\n' % url
    root = alt(plain, html, nextpart_boundary(seed), 'iso-8859-7', 'quoted-printable')
    h = hdrs_std(addr('ΑΑΔΕ - myAADE', s, 'iso-8859-7', 'B'), rc,
                 ew('Επιστροφή φόρου 2025: Εκκρεμεί επιβεβαίωση IBAN (1.284,60 €)', 'iso-8859-7', 'B'),
                 rfc(dt), '<%s@aade-gov-gr.com>' % H('m', seed, n=30, a=HEXL), order='fstdm')
    rcv = [mx('aade-gov-gr.com', 'vps-91-132-139-24.stark-industries.solutions', '91.132.139.24', rc, plus(dt, 3), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 36, 'el', 'fake-aade-tax-refund',
        'Fake Greek tax authority (AADE/myAADE) "tax refund of 1.284,60 EUR pending IBAN confirmation" phish with TAXISnet credential harvesting; ISO-8859-7 QP.', data)


def a37():
    rc = A('dimitriou')
    dt = T(30, 12, 37, 2, EET)
    seed = 'a37'
    s = 'info@elta-courier-apostoles.com'
    url = 'https://elta-courier.paradosi-apostolis.com/gr/track?code=EC284710396GR'
    blocks = ['Αγαπητέ πελάτη,',
              'Η αποστολή σας με αριθμό <b>EC284710396GR</b> δεν μπόρεσε να παραδοθεί σήμερα, διότι η διεύθυνση παραλαβής '
              'είναι ελλιπής.',
              'Για να προγραμματίσετε νέα παράδοση, ενημερώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής '
              '<b>1,95 €</b>. Η αποστολή θα παραμείνει στο κατάστημα για 3 ημέρες.']
    html = brand_html('ΕΛΤΑ Courier', blocks, ('Ενημέρωση διεύθυνσης', url),
                      'ΕΛΤΑ Courier Α.Ε. &middot; Τατοΐου 40 &middot; 144 51 Μεταμόρφωση', accent='#0a3a82',
                      logo_text='ΕΛΤΑ Courier', lang='el', charset='windows-1253')
    plain = 'Η αποστολή EC284710396GR δεν παραδόθηκε. Ενημέρωση διεύθυνσης: %s\n' % url
    root = alt(plain, html, H('b', seed, n=28, a=HEXL), 'windows-1253', 'base64')
    h = hdrs_std(addr('ΕΛΤΑ Courier', s, 'windows-1253', 'B'), rc,
                 ew('Η αποστολή σας δεν μπόρεσε να παραδοθεί - απαιτείται ενημέρωση', 'windows-1253', 'B'),
                 rfc(dt), '<%s@elta-courier-apostoles.com>' % H('m', seed, n=26), order='fstdm')
    rcv = [mx('elta-courier-apostoles.com', None, '45.141.87.203', rc, plus(dt, 2), TLS12, seed)]
    data = message(s, rcv, h, root)
    add('attack', 37, 'el', 'fake-elta-courier-redelivery',
        'Fake ELTA Courier "parcel could not be delivered, pay 1,95 EUR redelivery fee" card phish (windows-1253 base64).', data)


def a38():
    rc = A('konstantinou')
    dt = T(4, 11, 8, 40, EET)
    seed = 'a38'
    s = A('papadopoulos')
    body = ('Ελένη, καλημέρα.\n\n'
            'Είμαι σε σύσκεψη με τους δικηγόρους για μια εξαγορά που δεν έχει ανακοινωθεί ακόμα. Χρειάζεται να γίνει σήμερα '
            'μια προκαταβολή 48.600 € προς το δικηγορικό γραφείο που χειρίζεται τη συναλλαγή. Θα σου στείλω σε λίγο τα '
            'στοιχεία του λογαριασμού.\n\n'
            'Μην το συζητήσεις με κανέναν στο γραφείο μέχρι την επίσημη ανακοίνωση, ούτε με τη Φρανκφούρτη. '
            'Απάντησε μόνο σε αυτό το email, δεν μπορώ να μιλήσω στο τηλέφωνο.\n\n'
            'Πόσο γρήγορα μπορεί να εκτελεστεί μια μεταφορά σήμερα;\n\nΓ.Π.\n\nΑπεστάλη από το iPhone μου\n')
    root = text(body, 'plain', 'iso-8859-7', 'quoted-printable')
    h = [('From', addr(N('papadopoulos'), s, 'iso-8859-7', 'B')), ('To', addr(N('konstantinou'), rc, 'iso-8859-7', 'B')),
         ('Reply-To', addr(N('papadopoulos'), 'g.papadopoulos.office@proton.me', 'iso-8859-7', 'B')),
         ('Subject', ew('Εμπιστευτικό - πληρωμή σήμερα', 'iso-8859-7', 'B')), ('Date', rfc(dt)),
         ('Message-ID', '<%s@examplegroup.eu>' % guid('m', seed, upper=True)),
         ('MIME-Version', '1.0'), ('X-Mailer', 'iPhone Mail (23B85)')]
    rcv = [mx('WIN-3KQ8V2L0M1C', None, '194.26.192.71', rc, plus(dt, 3), TLS12, seed)]
    data = message(s, rcv, h, root)
    add('attack', 38, 'el', 'ceo-fraud-own-domain-spoof-replyto',
        'Greek CEO fraud: own-domain From (country manager) forged from an external IP with a Windows hostname HELO, Reply-To to a Proton address, secret "acquisition" advance payment.', data)


def a39():
    rc = A('papadopoulos')
    dt = T(2, 19, 55, 13, EET)
    seed = 'a39'
    s = 'eidopoiiseis@piraeus-winbank-asfaleia.com'
    url = 'https://winbank-piraeusbank.asfaleia-syskeuis.com/el/login?ref=DEV-2026-11'
    blocks = ['Αγαπητέ πελάτη,',
              'Στο πλαίσιο της αναβάθμισης των συστημάτων ασφαλείας σύμφωνα με την Οδηγία PSD2, απαιτείται '
              '<b>επανεπιβεβαίωση της συσκευής</b> που χρησιμοποιείτε για την έγκριση συναλλαγών στο winbank.',
              'Εάν η επιβεβαίωση δεν ολοκληρωθεί έως <b>04/12/2026</b>, η πρόσβαση στις υπηρεσίες ηλεκτρονικής τραπεζικής θα '
              'απενεργοποιηθεί προσωρινά.']
    html = brand_html('Τράπεζα Πειραιώς', blocks, ('Επιβεβαίωση συσκευής', url),
                      'Τράπεζα Πειραιώς Α.Ε. &middot; Αμερικής 4 &middot; 105 64 Αθήνα', accent='#ffd200', color='#1a1a1a',
                      logo_text='Τράπεζα Πειραιώς', lang='el')
    plain = 'Απαιτείται επανεπιβεβαίωση της συσκευής σας στο winbank: %s\n' % url
    root = alt(plain, html, H('b', seed, n=32, a=ALNUM), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Τράπεζα Πειραιώς', s), rc,
                 ew('Απαιτείται επανεπιβεβαίωση της συσκευής σας για το winbank', 'utf-8', 'B'),
                 rfc(dt), '<%s@piraeus-winbank-asfaleia.com>' % H('m', seed, n=30), order='fstdm')
    rcv = [mx('mail.piraeus-winbank-asfaleia.com', 'unassigned.psychz.net', '104.149.141.27', rc, plus(dt, 2), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 39, 'el', 'fake-piraeus-winbank-device',
        'Fake Piraeus Bank winbank "re-confirm your approval device (PSD2)" phish to the Greek country manager.', data)


def a40():
    rc = A('dimitriou')
    dt = T(3, 8, 21, 9, EET)
    seed = 'a40'
    s = 'no-reply@gov-gr-kliseis.com'
    url = 'https://wallet.gov-gr-kliseis.com/kok/pliromi?ar=KOK-2026-184472'
    blocks = ['<b>gov.gr</b> &ndash; Ψηφιακή κλήση Κ.Ο.Κ.',
              'Σας ενημερώνουμε ότι έχει εκδοθεί ψηφιακή κλήση για παράβαση του Κώδικα Οδικής Κυκλοφορίας '
              '(υπέρβαση ορίου ταχύτητας, κάμερα Λ. Κηφισίας) για όχημα που είναι δηλωμένο στο ΑΦΜ σας.',
              'Πρόστιμο: <b>100,00 €</b> &ndash; με έκπτωση 30% εάν εξοφληθεί έως <b>07/12/2026</b>: <b>70,00 €</b>.',
              'Η κλήση είναι διαθέσιμη και στο Wallet του gov.gr.']
    html = brand_html('gov.gr', blocks, ('Προβολή και πληρωμή κλήσης', url),
                      'Ελληνική Δημοκρατία &middot; Υπουργείο Ψηφιακής Διακυβέρνησης', accent='#003476',
                      logo_text='gov.gr', lang='el', charset='windows-1253')
    plain = 'Ψηφιακή κλήση Κ.Ο.Κ.: πρόστιμο 100,00 € (70,00 € έως 07/12/2026). Πληρωμή: %s\n' % url
    root = alt(plain, html, part_boundary(seed), 'windows-1253', 'quoted-printable')
    h = hdrs_std(addr('gov.gr', s), rc, ew('Ψηφιακή κλήση Κ.Ο.Κ. - εκκρεμεί πρόστιμο (έκπτωση 30% έως 07/12)', 'windows-1253', 'Q'),
                 rfc(dt), '<%s@gov-gr-kliseis.com>' % H('m', seed, n=28), order='fstdm')
    rcv = [mx('gov-gr-kliseis.com', 'hwsrv-1189342.hostwindsdns.com', '142.11.206.93', rc, plus(dt, 2), TLS13, seed)]
    data = message(s, rcv, h, root)
    add('attack', 40, 'el', 'fake-govgr-traffic-fine',
        'Fake gov.gr "digital traffic fine, 30% discount if paid by 07/12" card phish (windows-1253 QP, Q-encoded Greek subject).', data)


# ===========================================================================
#                                BUSINESS
# ===========================================================================

def internal_msg(seed, frm_key, to_list, subject, dt, root, rcpt, cc_list=(), lang='en-GB', attach=False,
                 charset='utf-8', extra=(), to_override=None, in_reply=None, topic=None):
    to = to_override or ', '.join(SA(k, charset) for k in to_list)
    h = [('From', SA(frm_key, charset)), ('To', to)]
    if cc_list:
        h.append(('Cc', ', '.join(SA(k, charset) for k in cc_list)))
    h += [('Subject', hv(subject, charset, 'Q' if charset.startswith(('iso-8859-1', 'windows-1252', 'iso-8859-2', 'windows-1250', 'iso-8859-15')) else 'B')),
          ('Thread-Topic', hv(topic or subject.replace('RE: ', '').replace('AW: ', ''), charset, 'B')),
          ('Thread-Index', thread_index(seed)), ('Date', rfc0(dt)), ('Message-ID', exch_msgid(seed))]
    if in_reply:
        h += [('References', in_reply), ('In-Reply-To', in_reply)]
    h += internal_headers(seed, dt, attach=attach, lang=lang)
    h += list(extra)
    h.append(('MIME-Version', '1.0'))
    return message(A(frm_key), internal_chain(rcpt, dt, seed), h, root)


def b01():
    seed = 'b01'
    dt = T(2, 11, 24, 9, CET)
    rc = A('collins')
    body = ('Hi Sarah,\n\n'
            'Harbourside Freight have just confirmed they will not release our two containers at Felixstowe '
            '(MSKU 7781204 and TGHU 5520917) until their overdue invoice HF-88213 for GBP 12,480.00 is settled.\n\n'
            'Claudia approved the exception this morning - it is in the SAP workflow against PO 4500123650. '
            'Could you please include it in today\'s BACS run (cut-off 14:30)? Bank details as per the vendor master - '
            'no changes on their side, I double-checked with their credit controller by phone.\n\n'
            'Thanks,\nJames\n\n'
            'James Whitfield\nManaging Director UK\nExample Group Ltd | Birmingham\n+44 121 496 0500\n')
    root = alt(body, outlook_html(body, 'EN-GB'), outlook_boundary(seed, 'EXC01'), 'us-ascii', 'quoted-printable')
    data = internal_msg(seed, 'whitfield', ['collins'], 'Urgent: Harbourside Freight payment today - PO 4500123650', dt,
                        root, rc, cc_list=['wagner'], lang='en-GB')
    add('business', 1, 'en', 'md-urgent-payment-internal',
        'Internal (via mail-int01) UK managing director asks finance to pay an overdue haulier invoice in today\'s BACS run, CFO in Cc, PO reference and "no bank changes".', data)


def b02():
    seed = 'b02'
    dt = T(1, 15, 2, 44, UTC)
    rc = A('whitfield')
    s = 'dse@eumail.docusign.net'
    env = guid('env', seed, upper=True)
    link = ('https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s'
            % (guid('a', seed), guid('acct', seed), guid('er', seed)))
    plain = ('Helen Price sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\n'
             'Helen Price\nhelen.price@brightwell-retail.co.uk\n\n'
             'James, please find the 2027 framework agreement as discussed in our call. Legal have incorporated your '
             'comments on clause 7.3. Kind regards, Helen\n\n'
             'Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, '
             'or access code with others.\n\nAlternate Signing Method\nVisit Docusign.com, click \'Access Documents\', and '
             'enter the security code:\n%s\n\nAbout Docusign\nSign documents electronically in just minutes. It\'s safe, '
             'secure, and legally binding.\n\nQuestions about the Document?\nIf you need to modify the document or have '
             'questions about the details in the document, please reach out to the sender by emailing them directly.\n\n'
             'This message was sent to you by Helen Price who is using the Docusign Electronic Signature Service.\n'
             % (link, env.replace('-', '')))
    html = brand_html('Docusign', [
        '<span style="font-size:16px">Helen Price sent you a document to review and sign.</span>',
        '<b>Helen Price</b><br><a href="mailto:helen.price@brightwell-retail.co.uk">helen.price@brightwell-retail.co.uk</a>',
        'James, please find the 2027 framework agreement as discussed in our call. Legal have incorporated your comments '
        'on clause 7.3. Kind regards, Helen',
        '<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, '
        'link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access '
        'Documents\', and enter the security code: ' + env.replace('-', ''),
    ], ('REVIEW DOCUMENT', link),
        'This message was sent to you by Helen Price who is using the Docusign Electronic Signature Service. If you would '
        'rather not receive email from this sender you may contact the sender with your request.',
        accent='#4c00ff', logo_text='Docusign')
    root = alt(plain, html, part_boundary(seed), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Helen Price via Docusign', s, quote=True), addr(N('whitfield'), rc, quote=True),
                 'Please DocuSign: Brightwell_ExampleGroup_Framework_Agreement_2027.pdf', rfc0(dt, UTC),
                 '<%s@docusign.net>' % H('m', seed, n=32), order='ftdsm',
                 reply_to=addr('Helen Price', 'helen.price@brightwell-retail.co.uk'),
                 extra_after=[('X-DocuSign-EnvelopeId', env), ('X-DocuSign-Site', 'EU'), ('X-Priority', '3')])
    rcv = [mx('mailfr1.eumail.docusign.net', 'mailfr1.eumail.docusign.net', '185.81.100.52', rc, plus(dt, 3), TLS13, seed),
           'from docusign.net (unknown [10.91.8.44])\n\tby mailfr1.eumail.docusign.net (Postfix) with ESMTP id 4dLs0v6CkGz6yKb\n\tfor <%s>; %s' % (rc, rfc(dt, UTC))]
    data = message(s, rcv, h, root)
    add('business', 2, 'en', 'docusign-customer-framework-agreement',
        'Genuine DocuSign EU envelope from a UK customer contact (framework agreement 2027) with the standard links to eu.docusign.net and Reply-To to the customer.', data)


def b03():
    seed = 'b03'
    dt = T(1, 3, 15, 27, UTC)
    rc = A('becker')
    s = 'noreply@am.atlassian.com'
    pdf = make_pdf(['#Atlassian Pty Ltd - Tax Invoice', 'Invoice number: IN-005-318-447', 'Invoice date: 1 Dec 2026',
                    'Bill to: Example Group GmbH, Frankfurt am Main, DE', 'VAT ID: DE3xxxxxx12 (reverse charge)', '',
                    'Jira Premium (Cloud) - 150 users - 01 Dec 2026 - 31 Dec 2026      EUR 2,362.50',
                    'Confluence Standard (Cloud) - 150 users                             EUR   967.50', '',
                    'Subtotal EUR 3,330.00   VAT 0% (reverse charge)   Total EUR 3,330.00',
                    'Paid by credit card ending 4417 on 1 Dec 2026.'],
                   title='IN-005-318-447', author='Atlassian', producer='Apache FOP Version 2.9')
    plain = ('Hi Jonas,\n\nThanks for your payment. Your invoice IN-005-318-447 for EUR 3,330.00 is attached.\n\n'
             'Site: examplegroup.atlassian.net\nBilling period: 1 Dec 2026 - 31 Dec 2026\nPayment method: Visa ending 4417\n\n'
             'You can view all invoices in admin.atlassian.com under Billing > Billing history.\n\n'
             'Cheers,\nThe Atlassian team\n\nAtlassian Pty Ltd, 341 George Street, Sydney NSW 2000, Australia\n')
    html = brand_html('Atlassian', [
        'Hi Jonas,', 'Thanks for your payment. Your invoice <b>IN-005-318-447</b> for <b>EUR 3,330.00</b> is attached.',
        'Site: examplegroup.atlassian.net<br>Billing period: 1 Dec 2026 &ndash; 31 Dec 2026<br>Payment method: Visa ending 4417',
        'You can view all invoices in <a href="https://admin.atlassian.com/billing">admin.atlassian.com</a> under Billing &gt; Billing history.',
        'Cheers,<br>The Atlassian team'], None,
        'Atlassian Pty Ltd, 341 George Street, Sydney NSW 2000, Australia &middot; '
        '<a href="https://www.atlassian.com/legal/privacy-policy">Privacy policy</a>', accent='#0052cc', logo_text='Atlassian')
    b = part_boundary(seed)
    root = multi('mixed', [alt(plain, html, part_boundary(seed + 'a')), att(pdf, 'application/pdf', 'IN-005-318-447.pdf')], b)
    sesid = '0100019%s-%s-%s-%s-%s-000000' % (H('s1', seed, n=9), H('s2', seed, n=8), H('s3', seed, n=4), H('s4', seed, n=4), H('s5', seed, n=12))
    h = hdrs_std(addr('Atlassian', s), rc, 'Your Atlassian invoice IN-005-318-447', rfc(dt),
                 '<%s@email.amazonses.com>' % sesid, order='fdtsm',
                 extra_after=[('Feedback-ID', '::1.us-east-1.%s:AmazonSES' % H('fid', seed, n=44, a=ALNUM + '+/')),
                              ('X-SES-Outgoing', '2026.12.01-54.240.48.93')])
    rcv = [mx('a48-93.smtp-out.amazonses.com', 'a48-93.smtp-out.amazonses.com', '54.240.48.93', rc, plus(dt, 2), TLS13b, seed)]
    data = message('%s@amazonses.com' % sesid, rcv, h, root)
    add('business', 3, 'en', 'saas-invoice-pdf-ses',
        'Genuine SaaS (Atlassian Cloud) invoice notification via Amazon SES with the invoice PDF attached, addressed to the IT admin.', data)


def b04():
    seed = 'b04'
    dt = T(3, 6, 0, 14, UTC)
    rc = A('neumann')
    s = 'news@freightbrief.co.uk'
    u = H('u', seed, n=25)
    lid = H('lid', seed, n=10)

    def trk(n):
        return 'https://freightbrief.us12.list-manage.com/track/click?u=%s&id=%s&e=%s' % (u, H('id', seed, n, n=10), H('e', seed, n=10))
    unsub = 'https://freightbrief.us12.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (u, lid, H('e', seed, 0, n=10), H('c', seed, n=10))
    stories = [('Red Sea: carriers extend Cape routings into Q1 2027', 'Most Asia-North Europe loops will keep the Cape of Good Hope rotation until at least March, adding 10-14 days transit.'),
               ('EU ETS: how the 2027 shipping surcharges are calculated', 'From January, carriers pass on 100% of the 2026 emissions bill. We compare the published per-TEU levies.'),
               ('Christmas peak: rail freight capacity on the Rhine-Alpine corridor', 'Construction closures between Karlsruhe and Basel will cut paths by a third from 14 December.'),
               ('Poland: new truck toll rates from 1 January', 'The e-TOLL rate table rises by 4.8% for Euro VI vehicles over 12t.')]
    html_items = ''.join('<tr><td style="padding:12px 24px;font-family:Georgia,serif"><a href="%s" style="font-size:18px;color:#0b3d91;'
                         'text-decoration:none">%s</a><p style="font-family:Arial;font-size:14px;color:#333;margin:6px 0 0">%s</p></td></tr>'
                         % (esc(trk(i + 1)), esc(t), esc(d)) for i, (t, d) in enumerate(stories))
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" '
            'content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The Freight Brief</title></head>'
            '<body><span class="mcnPreviewText" style="display:none">Red Sea routings, ETS surcharges and the Christmas rail squeeze</span>'
            '<center><table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d91;color:#fff;padding:18px 24px;'
            'font-family:Arial;font-size:24px">The Freight Brief &middot; Week 49</td></tr>' + html_items +
            '<tr><td style="padding:18px 24px;font-family:Arial;font-size:11px;color:#777">You are receiving this because you subscribed '
            'at freightbrief.co.uk.<br><a href="' + esc(unsub) + '">unsubscribe from this list</a> &middot; '
            '<a href="https://freightbrief.us12.list-manage.com/profile?u=' + u + '&amp;id=' + lid + '">update subscription preferences</a><br>'
            'The Freight Brief Ltd &middot; 20 Mill Street &middot; Bristol BS1 6AB &middot; United Kingdom</td></tr></table></center>'
            '<img src="https://freightbrief.us12.list-manage.com/track/open.php?u=' + u + '&amp;id=' + H('o', seed, n=10) + '&amp;e=' + H('e', seed, 0, n=10) + '" height="1" width="1" alt="">'
            '</body></html>\n')
    plain = ('** The Freight Brief - Week 49\n\n' + '\n\n'.join('** %s\n%s\n(%s)' % (t, d, trk(i + 1)) for i, (t, d) in enumerate(stories)) +
             '\n\n============================================================\nYou are receiving this because you subscribed at '
             'freightbrief.co.uk.\nunsubscribe from this list (%s)\n' % unsub)
    root = alt(plain, html, '_----------=_MCPart_%s' % H('b', seed, n=10, a='0123456789'), 'utf-8', 'quoted-printable')
    h = [('Subject', 'The Freight Brief: Red Sea routings, ETS surcharges & the Christmas rail squeeze'),
         ('From', addr('The Freight Brief', s)), ('Reply-To', addr('The Freight Brief', 'editor@freightbrief.co.uk')),
         ('To', addr(N('neumann'), rc, quote=True)), ('Date', rfc(dt)),
         ('Message-ID', '<%s.%s@mail135.atl141.mcsv.net>' % (H('m', seed, n=25), H('m2', seed, n=10))),
         ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % H('c', seed, n=20)),
         ('X-Campaign', 'mailchimp%s.%s' % (u, H('c', seed, n=10))), ('X-campaignid', 'mailchimp%s.%s' % (u, H('c', seed, n=10))),
         ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, H('c', seed, n=10), H('e', seed, 0, n=10))),
         ('X-MC-User', u), ('Feedback-ID', '%s:%s:%s:mailchimp' % ('198217561', '7312849', H('c', seed, n=10))),
         ('List-ID', '%s mcsv.net <%s.list-id.mcsv.net>' % (u, lid)),
         ('List-Unsubscribe', '<https://freightbrief.us12.list-manage.com/unsubscribe/post?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us12_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (u, lid, H('e', seed, 0, n=10), H('c', seed, n=10), u, H('c', seed, n=10), H('e', seed, 0, n=10))),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('MIME-Version', '1.0')]
    rp = 'bounce-mc.us12_%s.%s-%s=example.com@mail135.atl141.mcsv.net' % (u, H('c', seed, n=10), rc.replace('@', '='))
    rcv = [mx('mail135-14.atl141.mcsv.net', 'mail135-14.atl141.mcsv.net', '198.2.135.14', rc, plus(dt, 2), TLS12, seed),
           'from localhost (localhost [127.0.0.1])\n\tby mail135-14.atl141.mcsv.net (Mailchimp) with ESMTP id 4dM1Sk3r2xzHnZ9\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(rp, rcv, h, root)
    add('business', 4, 'en', 'subscribed-freight-newsletter-mailchimp',
        'Subscribed weekly freight-industry newsletter via Mailchimp: tracking redirects on every link, open pixel, List-Unsubscribe one-click.', data)


def b05():
    seed = 'b05'
    dt = T(30, 16, 40, 2, UTC)
    rc = A('whitfield')
    s = 'helen.price@brightwell-retail.co.uk'
    rl, mid = o365_chain(seed, plus(dt, -1), region='eurprd02')
    uid = '040000008200E00074C5B7101A82E00800000000%s00000000000000001000000%s' % (H('u1', seed, n=16, a=HEXU), H('u2', seed, n=32, a=HEXU))
    teams = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
        H('mt', seed, n=48, a=ALNUM), guid('tid', seed), guid('oid', seed))
    plain = ('Hi James, Markus,\n\nAs agreed, sending the invite for our Q4 business review. Agenda to follow on Friday.\n\n'
             'Kind regards,\nHelen\n\n'
             '________________________________________________________________________________\n'
             'Microsoft Teams meeting\nJoin: %s\nMeeting ID: 381 447 902 115\nPasscode: Xk7Yq2\n'
             '________________________________________________________________________________\n' % teams)
    ics = ('BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n'
           'BEGIN:VTIMEZONE\nTZID:GMT Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\n'
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\n'
           'TZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n'
           'BEGIN:VEVENT\nORGANIZER;CN=Helen Price:mailto:%s\n'
           'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:%s\n'
           'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Markus Hoffmann:mailto:%s\n'
           'DESCRIPTION;LANGUAGE=en-GB:Hi James\\, Markus\\,\\n\\nAs agreed\\, sending the invite for our Q4 business review.\\n\\nMicrosoft Teams meeting\\nJoin: %s\\n\n'
           'UID:%s\nSUMMARY;LANGUAGE=en-GB:Brightwell / Example Group - Q4 business review\n'
           'DTSTART;TZID=GMT Standard Time:20261209T140000\nDTEND;TZID=GMT Standard Time:20261209T153000\n'
           'CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20261130T164000Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n'
           'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\nX-MICROSOFT-CDO-APPT-SEQUENCE:0\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\n'
           'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\n'
           'X-MICROSOFT-CDO-INSTTYPE:0\nX-MICROSOFT-SKYPETEAMSMEETINGURL:%s\nX-MICROSOFT-DONOTFORWARDMEETING:FALSE\n'
           'X-MICROSOFT-DISALLOW-COUNTER:FALSE\nX-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT\nX-MICROSOFT-ISRESPONSEREQUESTED:TRUE\n'
           'BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n'
           % (s, rc, A('hoffmann'), teams[:60], uid, teams))
    # fold long ICS lines at 75 octets
    fl = []
    for line in ics.split('\n'):
        while len(line) > 75:
            fl.append(line[:75])
            line = ' ' + line[75:]
        fl.append(line)
    ics = '\n'.join(fl)
    b = outlook_boundary(seed, 'LO2P265MB5112')
    root = multi('alternative', [text(plain, 'plain', 'us-ascii', 'quoted-printable'),
                                 text(outlook_html(plain, 'EN-GB'), 'html', 'us-ascii', 'quoted-printable'),
                                 text(ics, 'calendar', 'utf-8', 'base64', params='; method=REQUEST')], b)
    h = hdrs_std(addr('Helen Price', s), '%s, %s' % (SA('whitfield'), SA('hoffmann')),
                 'Brightwell / Example Group - Q4 business review', rfc0(dt, UTC), mid, order='ftsdm',
                 extra_after=[('Thread-Topic', 'Brightwell / Example Group - Q4 business review'), ('Thread-Index', thread_index(seed))]
                 + o365_tail(seed, dt, 'brightwell-retail.co.uk', 'brightwell', lang='en-GB'))
    rcv = [mx('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on2108.outbound.protection.outlook.com',
              '40.107.109.108', rc, plus(dt, 3), TLS13, seed)] + rl
    data = message(s, rcv, h, root)
    add('business', 5, 'en', 'customer-teams-meeting-invite',
        'Real Teams meeting request (text/calendar METHOD=REQUEST) from a UK customer\'s Microsoft 365 tenant to the UK MD and the CEO.', data)


def b06():
    seed = 'b06'
    dt = T(30, 8, 5, 31, CET)
    rc = A('collins')
    body = ('Dear colleagues,\n\n'
            'As announced on the intranet on 23 November, we are retiring SMS codes as a sign-in method. From 14 December 2026 '
            'all accounts must use Microsoft Authenticator (number matching) or a passkey.\n\n'
            'What you need to do by Friday 11 December:\n'
            '1. Open https://aka.ms/mysecurityinfo from your work PC (you will sign in as usual).\n'
            '2. Choose "Add sign-in method" > "Microsoft Authenticator" and scan the QR code shown on screen with the app.\n'
            '3. Remove "Phone" (SMS) from the list.\n\n'
            'Step-by-step guide with screenshots: https://intranet.example.com/it/mfa-authenticator\n\n'
            'Please note: IT will never ask you for your password or for an MFA code - not by e-mail, not by phone, not via Teams. '
            'Do not approve sign-in prompts you did not start yourself. If you receive a QR code by e-mail asking you to '
            '"re-enrol", report it with the "Report phishing" button.\n\n'
            'Questions: Service Desk +49 69 2400 88-100 or https://servicedesk.example.com\n\n'
            'Best regards\nJonas Becker\nIT Infrastructure | Example Group GmbH\n')
    root = alt(body, outlook_html(body, 'EN-US'), outlook_boundary(seed, 'EXC01'), 'us-ascii', 'quoted-printable')
    data = internal_msg(seed, 'becker', [], 'Action required by 11 December: switch your MFA to Microsoft Authenticator', dt,
                        root, rc, lang='en-US', to_override='All Staff Example Group <all-staff@example.com>',
                        extra=[('X-MS-Exchange-Organization-Network-Message-Id', guid('nm', seed)), ('Importance', 'high'), ('X-Priority', '1')])
    add('business', 6, 'en', 'it-mfa-reenrolment-internal',
        'Internal IT announcement to all staff: re-register MFA with Microsoft Authenticator by 11 December via aka.ms/mysecurityinfo, high importance.', data)


LIEFERANT_FOOTER = ('Lieferant GmbH\nIndustriestraße 14 | 63450 Hanau\nTel. +49 6181 90 47-0 | www.lieferant-gmbh.de\n'
                    'Amtsgericht Hanau HRB 9472 | Geschäftsführer: Dr. Thomas Brandt | USt-IdNr. DE 2xx xxx 318\n')


def b07():
    seed = 'b07'
    dt = T(30, 14, 12, 50, CET)
    rc = A('richter')
    s = 's.maier@lieferant-gmbh.de'
    rl, mid = o365_chain(seed, plus(dt, -1), de=True)
    body = ('Hallo Herr Richter,\n\n'
            'vielen Dank für Ihre Bestellung 4500124011 vom 27.11.2026. Anbei erhalten Sie unsere Auftragsbestätigung AB-26-08817.\n\n'
            'Bitte beachten Sie: Pos. 10 und 20 liefern wir wie gewünscht in KW 50 (Anlieferung Frankfurt, 10.12.). '
            'Pos. 30 (Spannband 50 mm, 1.200 Stück) ist wegen eines Materialengpasses erst in KW 2/2027 verfügbar - '
            'wenn eine Teillieferung für Sie nicht passt, geben Sie mir bitte kurz Bescheid.\n\n'
            'Die Preise entsprechen dem Rahmenvertrag 2026.\n\n'
            'Mit freundlichen Grüßen\n\nStefan Maier\nKey Account Management\nTel. +49 6181 90 47-212\n\n' + LIEFERANT_FOOTER)
    pdf = make_pdf(['#Lieferant GmbH - Auftragsbestaetigung AB-26-08817', 'Ihre Bestellung: 4500124011 vom 27.11.2026',
                    'Kunde: Example Group GmbH, Frankfurt am Main', '',
                    'Pos 10  Palettenstretchfolie 23 my, 500 mm     60 Rollen   EUR 1.134,00   KW 50/2026',
                    'Pos 20  Kantenschutzwinkel 50x50x3, 1.000 mm    2.000 Stk   EUR   980,00   KW 50/2026',
                    'Pos 30  Spannband PET 50 mm                     1.200 Stk   EUR 2.256,00   KW 02/2027', '',
                    'Summe netto EUR 4.370,00   USt 19% EUR 830,30   Gesamt EUR 5.200,30',
                    'Zahlungsbedingungen: 30 Tage netto. Es gelten unsere AGB.'],
                   title='AB-26-08817', author='s.maier', producer='Microsoft: Print To PDF')
    srv = 'FR2P281MB' + H('n1', seed, n=4, a='123456789')
    inner = multi('alternative', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'),
                                  text(outlook_html(body, 'DE'), 'html', 'iso-8859-1', 'quoted-printable')],
                  outlook_boundary(seed + 'i', srv))
    root = multi('mixed', [inner, att(pdf, 'application/pdf', 'AB-26-08817.pdf', size=True, date=plus(dt, -120))],
                 outlook_boundary(seed, srv))
    h = hdrs_std(addr('Stefan Maier', s), addr(N('richter'), rc), ew('AW: Bestellung 4500124011 - Auftragsbestätigung AB-26-08817', 'iso-8859-1', 'Q'),
                 rfc0(dt), mid, order='ftsdm',
                 extra_after=[('Thread-Topic', ew('Bestellung 4500124011 - Auftragsbestätigung AB-26-08817', 'iso-8859-1', 'Q')),
                              ('Thread-Index', thread_index(seed)),
                              ('References', '<%s@EXC01.corp.example.com>' % H('ref', seed, n=32)),
                              ('In-Reply-To', '<%s@EXC01.corp.example.com>' % H('ref', seed, n=32))]
                 + o365_tail(seed, dt, 'lieferant-gmbh.de', 'lieferant', attach=True))
    rcv = [mx('DEU01-FR2-obe.outbound.protection.outlook.com', 'mail-fr2deu01on2112.outbound.protection.outlook.com',
              '52.101.69.112', rc, plus(dt, 3), TLS13, seed)] + rl
    data = message(s, rcv, h, root)
    add('business', 7, 'de', 'supplier-order-confirmation-pdf',
        'Real supplier contact s.maier@lieferant-gmbh.de (their M365 tenant) replies to a purchase order with the order confirmation PDF and a partial-delivery note.', data)


def b08():
    seed = 'b08'
    dt = T(1, 6, 30, 4, CET)
    rc = A('krueger')
    s = 'rechnungen@lieferant-gmbh.de'
    rl, mid = o365_chain(seed, plus(dt, -1), de=True)
    mid = '<%s.JavaMail.erp@erp01.lieferant-gmbh.local>' % ('1764567004' + H('m', seed, n=3, a='0123456789'))
    body = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie unsere Rechnung RE-2026-11874 vom 30.11.2026 über 21.915,40 EUR zu Ihrer Bestellung '
            '4500123377 (Lieferschein LS-26-40552).\n\n'
            'Die Rechnung liegt als ZUGFeRD-2.3-Hybrid-PDF (Profil EN 16931) sowie zusätzlich als XRechnung-XML bei.\n\n'
            'Fälligkeit: 30.12.2026 (30 Tage netto)\n'
            'Bankverbindung: Commerzbank Hanau, IBAN DE83 5064 0015 0723 4188 00, BIC COBADEFFXXX\n\n'
            'Bitte beachten Sie: Änderungen unserer Bankverbindung teilen wir Ihnen niemals ausschließlich per E-Mail mit.\n\n'
            'Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an buchhaltung@lieferant-gmbh.de.\n\n'
            'Mit freundlichen Grüßen\nRechnungswesen\n\n' + LIEFERANT_FOOTER)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
           'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
           'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
           '  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>'
           '<ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>'
           '</ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n'
           '  <rsm:ExchangedDocument><ram:ID>RE-2026-11874</ram:ID><ram:TypeCode>380</ram:TypeCode>'
           '<ram:IssueDateTime><udt:DateTimeString format="102">20261130</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>\n'
           '  <rsm:SupplyChainTradeTransaction>\n'
           '    <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>4500123377</ram:BuyerReference>'
           '<ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty>'
           '<ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>\n'
           '    <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>\n'
           '      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount>'
           '<ram:IBANID>DE83506400150723418800</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>\n'
           '      <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>18416.30</ram:TaxBasisTotalAmount>'
           '<ram:TaxTotalAmount currencyID="EUR">3499.10</ram:TaxTotalAmount><ram:GrandTotalAmount>21915.40</ram:GrandTotalAmount>'
           '<ram:DuePayableAmount>21915.40</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n'
           '    </ram:ApplicableHeaderTradeSettlement>\n  </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n')
    pdf = make_pdf(['#Lieferant GmbH - Rechnung RE-2026-11874', 'Rechnungsdatum 30.11.2026 | Bestellung 4500123377 | LS-26-40552', '',
                    'Netto EUR 18.416,30   USt 19% EUR 3.499,10   Brutto EUR 21.915,40', 'Faellig: 30.12.2026',
                    'Commerzbank Hanau  IBAN DE83 5064 0015 0723 4188 00  BIC COBADEFFXXX',
                    '(ZUGFeRD 2.3 / EN 16931)'], title='RE-2026-11874', author='Lieferant GmbH', producer='proALPHA ERP / Mustang 2.14')
    b = part_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'ISO-8859-1', 'quoted-printable', cs_quote=False),
                           att(pdf, 'application/pdf', 'RE-2026-11874.pdf'),
                           att(xml.encode('utf-8'), 'application/xml', 'RE-2026-11874_xrechnung.xml', ct_extra='; charset=UTF-8')], b)
    h = [('Date', rfc(dt)), ('From', addr('Lieferant GmbH Rechnungswesen', s)), ('To', rc),
         ('Message-ID', mid), ('Subject', 'Rechnung RE-2026-11874 zu Ihrer Bestellung 4500123377'), ('MIME-Version', '1.0'),
         ('X-Mailer', 'proALPHA ERP Mailservice')] + o365_tail(seed, dt, 'lieferant-gmbh.de', 'lieferant', attach=True)[5:]
    rl2 = [rl[0], 'from erp01.lieferant-gmbh.local (80.147.112.58) by\n\tFR2P281CA0113.outlook.office365.com (2603:10a6:d10:9a::14) with Microsoft SMTP\n'
           '\tServer (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.12 via Frontend\n\tTransport; %s' % rfc0(dt, UTC)]
    rcv = [mx('DEU01-BE0-obe.outbound.protection.outlook.com', 'mail-be0deu01on2131.outbound.protection.outlook.com',
              '52.101.70.131', rc, plus(dt, 3), TLS13, seed)] + rl2
    data = message(s, rcv, h, root)
    add('business', 8, 'de', 'supplier-invoice-zugferd-xrechnung',
        'Genuine ERP-generated invoice from rechnungen@lieferant-gmbh.de relayed through the supplier\'s M365 connector: ZUGFeRD PDF + XRechnung XML, IBAN stated with the "we never change bank details by e-mail alone" note.', data)


def b09():
    seed = 'b09'
    dt = T(2, 9, 48, 17, CET)
    rc = A('neumann')
    s = 'p.lang@lieferant-gmbh.de'
    rl, mid = o365_chain(seed, plus(dt, -1), de=True)
    body = ('Guten Morgen Herr Neumann,\n\n'
            'wie jedes Jahr vorab unser Lieferplan für den Jahreswechsel. Unser Werk in Hanau ist vom 23.12.2026 bis einschließlich '
            '06.01.2027 geschlossen; letzter Versandtag ist Dienstag, der 22.12.\n\n'
            'In der angehängten Tabelle finden Sie die geplanten Anlieferungen für KW 50 bis KW 52 sowie die ersten Termine im Januar. '
            'Könnten Sie bitte die Zeitfenster für Ihr Lager in Frankfurt bis Freitag bestätigen? Herr Richter ist in Kopie.\n\n'
            'Ein Hinweis, den wir derzeit an alle Kunden geben: Uns liegen Berichte über gefälschte E-Mails mit angeblich geänderten '
            'Bankverbindungen vor. Unsere Bankverbindung ändert sich nicht - bitte rufen Sie im Zweifel direkt bei uns an.\n\n'
            'Viele Grüße\nPetra Lang\nDisposition & Versand\nTel. +49 6181 90 47-150\n\n' + LIEFERANT_FOOTER)
    x = make_xlsx([['KW', 'Liefertermin', 'Bestellung', 'Artikel', 'Menge', 'Einheit', 'Zeitfenster'],
                   ['50', '08.12.2026', '4500123950', 'Stretchfolie 23 my', 80, 'Rollen', '08:00-10:00'],
                   ['50', '10.12.2026', '4500124011', 'Kantenschutz 50x50', 2000, 'Stk', '10:00-12:00'],
                   ['51', '15.12.2026', '4500124102', 'Spannband PET 16 mm', 300, 'Rollen', '08:00-10:00'],
                   ['52', '22.12.2026', '4500124155', 'Stretchfolie 23 my', 60, 'Rollen', '07:00-09:00'],
                   ['2', '07.01.2027', '4500124011', 'Spannband PET 50 mm', 1200, 'Stk', 'tbd']],
                  sheet='Lieferplan', creator='Petra Lang')
    srv = 'FR2P281MB' + H('n1', seed, n=4, a='123456789')
    inner = multi('alternative', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'),
                                  text(outlook_html(body, 'DE'), 'html', 'iso-8859-1', 'quoted-printable')], outlook_boundary(seed + 'i', srv))
    root = multi('mixed', [inner, att(x, XLSX_CT, 'Lieferplan_KW50-52_Example_Group.xlsx', size=True, date=plus(dt, -300))],
                 outlook_boundary(seed, srv))
    h = hdrs_std(addr('Petra Lang', s), addr(N('neumann'), rc), ew('Lieferplan KW 50-52 und Betriebsferien 23.12.2026-06.01.2027', 'iso-8859-1', 'Q'),
                 rfc0(dt), mid, cc=addr(N('richter'), A('richter')), order='ftsdm',
                 extra_after=[('Thread-Topic', 'Lieferplan KW 50-52 und Betriebsferien 23.12.2026-06.01.2027'), ('Thread-Index', thread_index(seed))]
                 + o365_tail(seed, dt, 'lieferant-gmbh.de', 'lieferant', attach=True))
    rcv = [mx('DEU01-FR2-obe.outbound.protection.outlook.com', 'mail-fr2deu01on2104.outbound.protection.outlook.com',
              '52.101.69.104', rc, plus(dt, 3), TLS13, seed)] + rl
    data = message(s, rcv, h, root)
    add('business', 9, 'de', 'supplier-delivery-plan-xlsx',
        'Real p.lang@lieferant-gmbh.de sends the Christmas delivery schedule as XLSX, with a warning that their bank details never change by e-mail.', data)


def b10():
    seed = 'b10'
    dt = T(2, 5, 31, 40, CET)
    rc = A('fischer')
    s = 'no-reply@datev.de'
    plain = ('Hallo Melanie Fischer,\n\n'
             'in DATEV Arbeitnehmer online steht ein neues Dokument für Sie bereit:\n\n'
             'Brutto/Netto-Abrechnung 11/2026\nArbeitgeber: Example Group GmbH\n\n'
             'Sie können das Dokument nach der Anmeldung mit Ihrer DATEV SmartLogin-App abrufen:\n'
             'https://arbeitnehmer-online.datev.de\n\n'
             'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.\n'
             'Fragen zu Ihrer Abrechnung richten Sie bitte an Ihre Personalabteilung.\n\n'
             'DATEV eG, Paumgartnerstraße 6-14, 90429 Nürnberg\n')
    html = brand_html('DATEV Arbeitnehmer online', [
        'Hallo Melanie Fischer,', 'in DATEV Arbeitnehmer online steht ein neues Dokument für Sie bereit:',
        '<b>Brutto/Netto-Abrechnung 11/2026</b><br>Arbeitgeber: Example Group GmbH',
        'Sie können das Dokument nach der Anmeldung mit Ihrer DATEV SmartLogin-App abrufen.',
        'Fragen zu Ihrer Abrechnung richten Sie bitte an Ihre Personalabteilung.'],
        ('Zu DATEV Arbeitnehmer online', 'https://arbeitnehmer-online.datev.de'),
        'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.<br>DATEV eG &middot; Paumgartnerstraße 6-14 &middot; 90429 Nürnberg &middot; '
        '<a href="https://www.datev.de/datenschutz">Datenschutz</a> &middot; <a href="https://www.datev.de/impressum">Impressum</a>',
        accent='#008a3e', logo_text='DATEV', lang='de')
    root = alt(plain, html, part_boundary(seed), 'UTF-8', 'quoted-printable', cs_quote=False)
    h = hdrs_std(addr('DATEV Arbeitnehmer online', s), rc, ew('Neues Dokument in DATEV Arbeitnehmer online verfügbar', 'utf-8', 'Q'),
                 rfc(dt), '<%s.%s.JavaMail.anonline@datev.de>' % (H('j1', seed, n=9, a='0123456789'), H('j2', seed, n=13, a='0123456789')),
                 order='dftsm', extra_after=[('X-Auto-Response-Suppress', 'All'), ('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mail-out2.datev.de', 'mail-out2.datev.de', '193.27.50.135', rc, plus(dt, 2), TLS13, seed),
           'from anonline-app07.dc.datev.de (anonline-app07.dc.datev.de [10.112.48.27])\n\tby mail-out2.datev.de (Postfix) with ESMTP id 4dM3b72V4Nz6tqM\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce-anonline@datev.de', rcv, h, root)
    add('business', 10, 'de', 'payroll-portal-notification',
        'Genuine payroll-portal notification (DATEV Arbeitnehmer online): new payslip 11/2026 available, link to the official portal, auto-generated.', data)


def b11():
    seed = 'b11'
    dt = T(3, 7, 3, 18, CET)
    rc = A('wagner')
    s = 'noreply@postbox.deutsche-bank.de'
    plain = ('Sehr geehrte Frau Wagner,\n\n'
             'in Ihrem Postfach im Online-Banking für Firmenkunden liegen neue Dokumente für Sie bereit:\n\n'
             '- Kontoauszug Nr. 11/2026 zu Konto ...4418 (Example Group GmbH)\n'
             '- Entgeltaufstellung 11/2026\n'
             '- Information zur Anpassung der Preise und Leistungen ab 01.02.2027\n\n'
             'Aus Sicherheitsgründen enthält diese E-Mail keine Links. Bitte melden Sie sich wie gewohnt über www.deutsche-bank.de '
             'oder die Deutsche Bank Business App an.\n\n'
             'Wir werden Sie niemals per E-Mail auffordern, Zugangsdaten, TANs oder Freigaben preiszugeben.\n\n'
             'Mit freundlichen Grüßen\nIhre Deutsche Bank\n\n'
             'Deutsche Bank AG, Taunusanlage 12, 60325 Frankfurt am Main, Amtsgericht Frankfurt am Main HRB 30000\n')
    html = brand_html('Deutsche Bank', [esc(p).replace('\n', '<br>') for p in paras(plain)], None,
                      'Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.',
                      accent='#0018a8', logo_text='Deutsche Bank', lang='de', charset='iso-8859-1')
    root = alt(plain, html, nextpart_boundary(seed), 'iso-8859-1', 'quoted-printable')
    h = hdrs_std(addr('Deutsche Bank', s), addr(N('wagner'), rc, 'iso-8859-1', 'Q'), 'Neue Dokumente in Ihrem Postfach', rfc(dt),
                 '<%s@postbox.deutsche-bank.de>' % H('m', seed, n=36, a=HEXU), order='dfstm')
    rcv = [mx('smtp-out2.deutsche-bank.de', 'smtp-out2.deutsche-bank.de', '160.83.44.70', rc, plus(dt, 2), TLS13, seed),
           'from dbpostbox-mailer03 (unknown [10.64.12.9])\n\tby smtp-out2.deutsche-bank.de (Postfix) with ESMTP id 4dM4Nn0sT8z4wR1\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce@postbox.deutsche-bank.de', rcv, h, root)
    add('business', 11, 'de', 'bank-postbox-notice-no-links',
        'Genuine house-bank notice to the CFO: new statements in the online-banking postbox, deliberately without links, ISO-8859-1 QP.', data)


def b12():
    seed = 'b12'
    dt = T(4, 7, 12, 2, CET)
    rc = A('richter')
    s = 'noreply@dhl.de'
    pc = '00340434161094042557'
    link = 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=%s&lang=de' % pc
    plain = ('Guten Tag Lukas Richter,\n\nIhre DHL Sendung von Würth GmbH & Co. KG kommt heute.\n\n'
             'Voraussichtliches Zeitfenster: 10:15 - 13:45 Uhr\nSendungsnummer: %s\n'
             'Lieferadresse: Example Group GmbH, Wareneingang Tor 3, Frankfurt am Main\n\n'
             'Sendung verfolgen: %s\n\nIhr DHL Paket Team\n\nDeutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn\n' % (pc, link))
    html = brand_html('DHL', [
        'Guten Tag Lukas Richter,', '<b>Ihre DHL Sendung von Würth GmbH &amp; Co. KG kommt heute.</b>',
        'Voraussichtliches Zeitfenster: <b>10:15 &ndash; 13:45 Uhr</b><br>Sendungsnummer: %s<br>'
        'Lieferadresse: Example Group GmbH, Wareneingang Tor 3, Frankfurt am Main' % pc],
        ('Sendung verfolgen', link),
        'Deutsche Post AG &middot; Charles-de-Gaulle-Str. 20 &middot; 53113 Bonn &middot; '
        '<a href="https://www.dhl.de/de/toolbar/footer/datenschutz.html">Datenschutz</a>',
        color='#333333', accent='#d40511', logo_text='DHL Paket', lang='de')
    root = alt(plain, html, part_boundary(seed), 'UTF-8', 'quoted-printable', cs_quote=False)
    h = hdrs_std(addr('DHL Paket', s), rc, ew('Ihre DHL Sendung kommt heute', 'utf-8', 'Q'), rfc(dt),
                 '<%s@dhl.de>' % H('m', seed, n=32), order='dftsm',
                 extra_after=[('Auto-Submitted', 'auto-generated'), ('X-DHL-Mailtype', 'ZUSTELLTAG')])
    rcv = [mx('mo5.dhl.de', 'mo5.dhl.de', '165.72.200.37', rc, plus(dt, 2), TLS13, seed),
           'from sv-nms-prod-14 (unknown [10.33.60.14])\n\tby mo5.dhl.de (Postfix) with ESMTP id 4dM4tb6mLqz4rGf\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce@dhl.de', rcv, h, root)
    add('business', 12, 'de', 'dhl-delivery-today-notice',
        'Genuine DHL "your parcel arrives today" notification for an expected supplier shipment, tracking link to dhl.de.', data)


def b13():
    seed = 'b13'
    dt = T(2, 12, 18, 33, MSK)
    rc = A('kuznetsova')
    s = 'buh@stroymash-trade.ru'
    html = ('<div>Добрый день, Ольга Викторовна!</div><div>&nbsp;</div>'
            '<div>Направляем акт сверки взаимных расчетов между ООО «СтройМаш-Трейд» и ООО «ЭКСАМПЛ ГРУПП РУС» '
            'за период 01.01.2026 – 30.11.2026 по договору поставки № 18/П-2024.</div><div>&nbsp;</div>'
            '<div>По нашим данным задолженность в пользу ООО «СтройМаш-Трейд» на 30.11.2026 составляет 486 240,00 руб. '
            '(счет-фактура № 1931 от 24.11.2026, срок оплаты 24.12.2026).</div><div>&nbsp;</div>'
            '<div>Оригинал подписанного акта также направлен через Диадок. Если данные совпадают — подпишите, пожалуйста, '
            'акт в Диадоке, бумажный экземпляр не нужен.</div><div>&nbsp;</div>'
            '<div>--&nbsp;</div><div>С уважением,<br>Ирина Соколова<br>ведущий бухгалтер<br>ООО «СтройМаш-Трейд»<br>'
            '+7 (495) 660-18-34, доб. 112</div>\n')
    x = make_xlsx([['Акт сверки взаимных расчетов за период 01.01.2026 - 30.11.2026'],
                   ['Дата', 'Документ', 'Дебет', 'Кредит'],
                   ['01.01.2026', 'Сальдо начальное', 0, 0],
                   ['14.03.2026', 'Реализация (УПД 412)', 312400.0, ''],
                   ['28.03.2026', 'Оплата (п/п 1184)', '', 312400.0],
                   ['24.11.2026', 'Реализация (УПД 1931)', 486240.0, ''],
                   ['30.11.2026', 'Сальдо конечное', 486240.0, '']], sheet='Акт сверки', creator='1С:Бухгалтерия 3.0')
    pdf = make_pdf(['#Akt sverki vzaimnykh raschetov 01.01.2026 - 30.11.2026',
                    'OOO StroyMash-Treyd  /  OOO EXAMPLE GROUP RUS', 'Dogovor postavki No 18/P-2024', '',
                    'Saldo nachalnoe: 0,00', 'Realizatsiya (UPD 412) 14.03.2026: 312 400,00',
                    'Oplata (p/p 1184) 28.03.2026: 312 400,00', 'Realizatsiya (UPD 1931) 24.11.2026: 486 240,00',
                    'Saldo konechnoe v polzu OOO StroyMash-Treyd: 486 240,00 rub.'],
                   title='Akt sverki', author='1C', producer='1C:Enterprise 8.3')
    b = '----==--bound.%s.%s' % (H('b1', seed, n=6, a='0123456789'), 'mail-sas-prod-89.sas.yp-c.yandex.net')
    root = multi('mixed', [text(html, 'html', 'utf-8', 'base64'),
                           att(pdf, 'application/pdf', 'Акт сверки СтройМаш-Трейд - ЭКСАМПЛ ГРУПП РУС 30.11.2026.pdf', style='ew'),
                           att(x, XLSX_CT, 'Акт сверки 30.11.2026.xlsx', style='ew')], b)
    h = [('From', addr('Ирина Соколова', s)), ('To', addr(N('kuznetsova'), rc)),
         ('Subject', ew('Акт сверки ООО «СтройМаш-Трейд» за 01.01.2026 – 30.11.2026', 'utf-8', 'B')),
         ('MIME-Version', '1.0'), ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), ('Date', rfc(dt)),
         ('Message-Id', '<%s1764667113@mail-sas-prod-89.sas.yp-c.yandex.net>' % H('m', seed, n=6, a='0123456789'))]
    rcv = [mx('forward501b.mail.yandex.net', 'forward501b.mail.yandex.net', '178.154.239.145', rc, plus(dt, 3), TLS13, seed),
           'from mail-sas-prod-89.sas.yp-c.yandex.net (mail-sas-prod-89.sas.yp-c.yandex.net [IPv6:2a02:6b8:c08:e622:0:640:c74e:0])\n'
           '\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id 1F4D360A9C\n\tfor <%s>; %s' % (rc, rfc(plus(dt, 2))),
           'by mail-sas-prod-89.sas.yp-c.yandex.net with HTTP;\n\t%s' % rfc(dt)]
    data = message(s, rcv, h, root)
    add('business', 13, 'ru', 'counterparty-reconciliation-act',
        'Known Russian supplier (Yandex 360 mailbox) sends a reconciliation act as PDF + XLSX, referring to the same document in the Diadoc EDI system.', data)


def b14():
    seed = 'b14'
    dt = T(2, 8, 1, 2, MSK)
    rc = A('kuznetsova')
    s = 'rbo-noreply@raiffeisen.ru'
    html = brand_html('Райффайзен Бизнес Онлайн', [
        'Уважаемый клиент!',
        'Сформирована выписка по счету <b>40702810&hellip;0417</b> (ООО «ЭКСАМПЛ ГРУПП РУС») за 01.12.2026.',
        'Входящий остаток: 3 418 920,55 RUB<br>Поступления: 1 204 000,00 RUB<br>Списания: 486 112,40 RUB<br>'
        'Исходящий остаток: 4 136 808,15 RUB',
        'Выписка в формате PDF приложена к письму и доступна в системе Райффайзен Бизнес Онлайн.',
        'Банк никогда не запрашивает по электронной почте логины, пароли, коды подтверждения и данные карт.'],
        None, 'АО «Райффайзенбанк», Генеральная лицензия Банка России № 3292. Письмо сформировано автоматически.',
        accent='#fee600', color='#222222', logo_text='Райффайзен Бизнес Онлайн', lang='ru')
    pdf = make_pdf(['#Raiffeisenbank - Vypiska po schetu 40702810...0417', 'Klient: OOO EXAMPLE GROUP RUS', 'Data: 01.12.2026', '',
                    'Vkhodyashchiy ostatok: 3 418 920,55 RUB', 'Postupleniya: 1 204 000,00 RUB', 'Spisaniya: 486 112,40 RUB',
                    'Iskhodyashchiy ostatok: 4 136 808,15 RUB'], title='Vypiska 01.12.2026', author='Raiffeisenbank',
                   producer='iText 7.2.5')
    root = multi('mixed', [text(html, 'html', 'utf-8', 'base64'),
                           att(pdf, 'application/pdf', 'Выписка_40702810_0417_01.12.2026.pdf', style='ew')], part_boundary(seed))
    h = hdrs_std(addr('Райффайзен Бизнес Онлайн', s), rc,
                 ew('Выписка по счету 40702810...0417 за 01.12.2026', 'utf-8', 'B'), rfc(dt),
                 '<%s.%s.JavaMail.rbo@raiffeisen.ru>' % (H('j1', seed, n=8, a='0123456789'), H('j2', seed, n=13, a='0123456789')),
                 order='dfsmt', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mx-out2.raiffeisen.ru', 'mx-out2.raiffeisen.ru', '195.14.118.27', rc, plus(dt, 2), TLS12, seed),
           'from rbo-notify-04 (unknown [10.245.16.41])\n\tby mx-out2.raiffeisen.ru (Postfix) with ESMTP id 4dM2w4N0Rjz1xYt\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce-rbo@raiffeisen.ru', rcv, h, root)
    add('business', 14, 'ru', 'bank-statement-pdf',
        'Genuine daily account statement notification from the Russian subsidiary\'s bank with the statement PDF attached (UTF-8 base64 HTML).', data)


def b15():
    seed = 'b15'
    dt = T(1, 11, 40, 10, MSK)
    rc = A('volkov')
    body = ('Коллеги, добрый день!\n\n'
            'Приглашаю всех сотрудников московского офиса на новогодний корпоратив, который пройдет в пятницу, '
            '25 декабря, с 18:30 в ресторане "Белуга" (Моховая ул., 15/1).\n\n'
            'Чтобы мы могли заказать нужное количество мест и учесть пожелания по меню, пожалуйста, зарегистрируйтесь '
            'до 10 декабря по ссылке (Яндекс Формы, 2 минуты):\n'
            'https://forms.yandex.ru/cloud/6745c1f2e010db4b1a2c9d3e/\n\n'
            'Дресс-код свободный. Будет розыгрыш подарков, поэтому приходите вовремя :)\n\n'
            'С уважением,\nАлексей Смирнов\nГенеральный директор\nООО "ЭКСАМПЛ ГРУПП РУС"\n')
    root = text(body, 'plain', 'koi8-r', '8bit')
    data = internal_msg(seed, 'smirnov', [], 'Новогодний корпоратив 25 декабря - регистрация до 10.12', dt, root, rc,
                        lang='ru-RU', charset='koi8-r',
                        to_override='%s <moscow-office@examplegroup.eu>' % ew('Московский офис', 'koi8-r', 'B'))
    add('business', 15, 'ru', 'internal-party-registration-form',
        'Internal KOI8-R plain-text message from the Russian general director to the Moscow office: New Year party, register via a Yandex Forms link.', data)


def b16():
    seed = 'b16'
    dt = T(3, 10, 0, 5, MSK)
    rc = A('kuznetsova')
    s = 'news@consultant.ru'
    items = [('НДС 2027: что меняется для упрощенцев с 1 января', 'https://www.consultant.ru/legalnews/28412/?utm_source=mail&utm_medium=dig&utm_campaign=buh1126'),
             ('Новые формы отчетности по страховым взносам: разъяснения ФНС', 'https://www.consultant.ru/legalnews/28377/?utm_source=mail&utm_medium=dig&utm_campaign=buh1126'),
             ('Электронные перевозочные документы: обязательный переход для грузоперевозчиков', 'https://www.consultant.ru/legalnews/28391/?utm_source=mail&utm_medium=dig&utm_campaign=buh1126'),
             ('МРОТ с 1 января 2027 года', 'https://www.consultant.ru/legalnews/28402/?utm_source=mail&utm_medium=dig&utm_campaign=buh1126')]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            '<body style="font-family:Arial;font-size:14px;color:#222"><table width="640" align="center" cellpadding="0" cellspacing="0">'
            '<tr><td style="background:#b40000;color:#fff;font-size:20px;padding:16px">КонсультантПлюс — обзор для бухгалтера, ноябрь 2026</td></tr>'
            + ''.join('<tr><td style="padding:12px 16px;border-bottom:1px solid #eee"><a href="%s" style="color:#0b4ea2;font-size:16px">%s</a></td></tr>' % (esc(u), esc(t)) for t, u in items) +
            '<tr><td style="padding:16px;font-size:11px;color:#777">Вы получили это письмо, потому что подписались на рассылку на сайте consultant.ru. '
            '<a href="https://www.consultant.ru/subscribe/unsubscribe/?id=%s">Отписаться</a></td></tr></table>'
            '<img src="https://stat.consultant.ru/o/%s.gif" width="1" height="1"></body></html>\n' % (H('u', seed, n=24), H('o', seed, n=24)))
    root = text(html, 'html', 'windows-1251', 'quoted-printable')
    h = hdrs_std(addr('КонсультантПлюс', s, 'windows-1251', 'B'), rc,
                 ew('Обзор изменений законодательства для бухгалтера: ноябрь 2026', 'windows-1251', 'B'), rfc(dt),
                 '<%s@consultant.ru>' % H('m', seed, n=30), order='fstdm',
                 extra_after=[('List-Unsubscribe', '<https://www.consultant.ru/subscribe/unsubscribe/?id=%s>, <mailto:unsubscribe@consultant.ru?subject=%s>' % (H('u', seed, n=24), H('u', seed, n=24))),
                              ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Mailer', 'Sendsay')])
    rcv = [mx('mail12.sendsay.ru', 'mail12.sendsay.ru', '77.222.101.12', rc, plus(dt, 5), TLS13, seed)]
    data = message('bounce+%s@sendsay.ru' % H('r', seed, n=12), rcv, h, root)
    add('business', 16, 'ru', 'subscribed-legal-newsletter',
        'Subscribed accounting/legal-news digest (windows-1251 QP HTML, ESP with List-Unsubscribe, UTM-tagged links and open pixel).', data)


def b17():
    seed = 'b17'
    dt = T(2, 16, 20, 44, MSK)
    rc = A('smirnov')
    body = ('Коллеги, добрый день!\n\n'
            'В субботу, 05.12.2026, с 10:00 до 14:00 (МСК) будут проводиться плановые работы: перевыпуск сертификатов VPN и '
            'обновление почтового сервера. В это время VPN и почта могут быть недоступны.\n\n'
            'В понедельник, 07.12, при первом входе в Windows система попросит сменить пароль. Меняйте пароль только на экране '
            'входа Windows (Ctrl+Alt+Del -> "Изменить пароль"). Новый сертификат VPN установится автоматически.\n\n'
            'Напоминаю: ИТ-служба никогда не просит сообщить пароль или код подтверждения — ни по почте, ни по телефону, ни в '
            'Telegram. Письма с просьбой "подтвердить учетную запись" по ссылке — это фишинг, пересылайте их мне.\n\n'
            'Если что-то не работает — звоните: +7 (495) 287-44-10, доб. 205.\n\n'
            '--\nДмитрий Волков\nИТ-поддержка, московский офис\n')
    root = alt(body, outlook_html(body, 'RU'), outlook_boundary(seed, 'EXC01'), 'windows-1251', 'quoted-printable')
    data = internal_msg(seed, 'volkov', [], 'Плановые работы 05.12: смена паролей и перевыпуск сертификатов VPN', dt, root, rc,
                        lang='ru-RU', charset='windows-1251',
                        to_override='%s <moscow-office@examplegroup.eu>' % ew('Московский офис', 'windows-1251', 'B'))
    add('business', 17, 'ru', 'internal-it-password-vpn-notice',
        'Internal IT notice (windows-1251) from Moscow IT support: weekend maintenance, forced password change on Monday, VPN certificate renewal.', data)


def b18():
    seed = 'b18'
    dt = T(2, 12, 22, 7, MSK)
    rc = A('kuznetsova')
    s = 'noreply@diadoc.kontur.ru'
    link = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s' % (guid('box', seed), guid('l', seed), guid('d', seed))
    html = brand_html('Диадок', [
        'Вам пришел документ на подпись',
        'Отправитель: <b>ООО «СтройМаш-Трейд»</b>, ИНН 77xxxxxx31<br>Получатель: ООО «ЭКСАМПЛ ГРУПП РУС»',
        'Документ: <b>Акт сверки взаимных расчетов за 01.01.2026 – 30.11.2026</b>',
        'Чтобы подписать или отказать в подписи, откройте документ в Диадоке.'],
        ('Открыть документ', link),
        'Вы получили это письмо, потому что подписаны на уведомления в Диадоке. Настроить уведомления можно в '
        '<a href="https://diadoc.kontur.ru/settings/notifications">настройках</a>.<br>АО «ПФ «СКБ Контур»',
        accent='#1c6fd8', logo_text='Контур.Диадок', lang='ru')
    plain = ('Вам пришел документ на подпись\nОтправитель: ООО «СтройМаш-Трейд»\nДокумент: Акт сверки взаимных расчетов '
             'за 01.01.2026 – 30.11.2026\n\nОткрыть документ: %s\n' % link)
    root = alt(plain, html, H('b', seed, n=32), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Контур.Диадок', s), rc, ew('Вам пришел документ на подпись от ООО «СтройМаш-Трейд»', 'utf-8', 'B'), rfc(dt),
                 '<%s@diadoc.kontur.ru>' % guid('m', seed), order='fstdm', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mx-out3.kontur.ru', 'mx-out3.kontur.ru', '46.17.203.71', rc, plus(dt, 2), TLS13, seed),
           'from diadoc-notifier-7 (unknown [10.34.18.7])\n\tby mx-out3.kontur.ru (Postfix) with ESMTP id 4dM2yQ4W6bz7pL2\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce@diadoc.kontur.ru', rcv, h, root)
    add('business', 18, 'ru', 'edi-document-to-sign-notification',
        'Genuine Kontur.Diadoc EDI notification "you have a document to sign" (the supplier\'s reconciliation act), link to diadoc.kontur.ru.', data)


def b19():
    seed = 'b19'
    dt = T(1, 9, 55, 31, CET)
    rc = A('ruiz')
    s = 'm.gil@distribuciones-ebro.es'
    body = ('Hola Carlos,\n\n'
            'Te adjunto el pedido PC-26-4471 con las cantidades que hablamos el jueves. Necesitaríamos que la mercancía '
            'estuviera en nuestro almacén de Zaragoza (PLA-ZA, nave 14) antes del 18/12, ya que es para la campaña de Navidad.\n\n'
            '¿Me puedes confirmar fecha de carga y el precio del transporte con la tarifa 2026? Si hay cualquier problema con las '
            'posiciones 3 y 4, avísame y lo vemos por teléfono.\n\n'
            'Un saludo,\n\nMarta Gil\nDpto. Compras\nDistribuciones Ebro S.L.\nTel. 976 45 12 88\n')
    pdf = make_pdf(['#Distribuciones Ebro S.L. - Pedido de compra PC-26-4471', 'Fecha: 01/12/2026   Proveedor: Example Group (Madrid)',
                    'Entrega: PLA-ZA nave 14, Zaragoza - antes del 18/12/2026', '',
                    '1  Palets europeos EPAL nuevos           400 ud',
                    '2  Film estirable 23 micras              120 rollos',
                    '3  Cantoneras carton 50x50x1000          3.000 ud',
                    '4  Fleje PET 16 mm                       60 rollos', '', 'Condiciones de pago: 60 dias fecha factura'],
                   title='PC-26-4471', author='mgil', producer='Microsoft: Print To PDF')
    gb = gmail_boundary(seed)
    inner = multi('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', cs_quote=False),
                                  text(gmail_html(body), 'html', 'UTF-8', 'quoted-printable', cs_quote=False)], gmail_boundary(seed + 'i'))
    root = multi('mixed', [inner, att(pdf, 'application/pdf', 'PC-26-4471.pdf',
                                      extra=[('X-Attachment-Id', 'f_m' + H('x', seed, n=8, a='0123456789abcdefghijklmnopqrstuvwxyz'))],
                                      cid='f_m' + H('x', seed, n=8, a='0123456789abcdefghijklmnopqrstuvwxyz'))], gb)
    gr, gx = gmail_chain(seed, rc, dt, host='mail-wr1-f48.google.com')
    h = gx + [('MIME-Version', '1.0'), ('From', addr('Marta Gil', s)), ('Date', rfc(dt)),
              ('X-Gm-Features', 'AWmQ_b' + H('gf', seed, n=40, a=ALNUM)), ('Message-ID', gmail_mid(seed)),
              ('Subject', ew('Pedido PC-26-4471 – entrega antes del 18/12', 'utf-8', 'Q')), ('To', addr(N('ruiz'), rc))]
    rcv = [mx('mail-wr1-f48.google.com', 'mail-wr1-f48.google.com', '209.85.221.48', rc, plus(dt, 2), TLS13b, seed)] + gr
    data = message(s, rcv, h, root)
    add('business', 19, 'es', 'customer-purchase-order-workspace',
        'Spanish customer (Google Workspace) sends a purchase order PDF with a tight Christmas deadline, asking for loading date and price.', data)


def b20():
    seed = 'b20'
    dt = T(30, 9, 3, 12, CET)
    rc = A('martinez')
    s = 'no-reply@dehu.redsara.es'
    body = ('Estimado/a Sr./Sra.:\n\n'
            'Le informamos que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).\n\n'
            'Titular: EXAMPLE GROUP IBERIA S.L. (B8xxxxxx2)\n'
            'Organismo emisor: Agencia Estatal de Administración Tributaria\n'
            'Concepto: Comunicación - Modelo 390 ejercicio 2025\n'
            'Fecha de puesta a disposición: 30/11/2026\n\n'
            'Puede acceder a la notificación en https://dehu.redsara.es con su certificado electrónico o Cl@ve.\n\n'
            'Este aviso se envía a efectos meramente informativos y su falta de recepción no impide que la notificación sea '
            'considerada plenamente válida.\n\n'
            'Por favor, no responda a este mensaje.\n\n'
            'Secretaría General de Administración Digital - Ministerio para la Transformación Digital y de la Función Pública\n')
    root = text(body, 'plain', 'ISO-8859-1', 'quoted-printable', cs_quote=False)
    h = hdrs_std(addr('DEHu', s), rc, ew('Aviso de puesta a disposición de notificación en DEHú', 'iso-8859-1', 'Q'), rfc(dt),
                 '<%s.%s.JavaMail.dehu@dehu.redsara.es>' % (H('j1', seed, n=8, a='0123456789'), H('j2', seed, n=13, a='0123456789')),
                 order='dftsm', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mta2.redsara.es', 'mta2.redsara.es', '212.128.30.42', rc, plus(dt, 2), TLS12, seed),
           'from dehu-notif-02.sara.int (unknown [10.253.4.22])\n\tby mta2.redsara.es (Postfix) with ESMTP id 4dLsQ12fTkz9m3V\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('no-reply@dehu.redsara.es', rcv, h, root)
    add('business', 20, 'es', 'government-e-notification-notice',
        'Genuine Spanish government DEHu notice that a tax-agency notification is available; plain ISO-8859-1, tells the user to go to dehu.redsara.es with certificate/Cl@ve.', data)


def b21():
    seed = 'b21'
    dt = T(1, 17, 2, 39, CET)
    rc = A('ruiz')
    body = ('Hola a todos:\n\n'
            'Ya tenéis disponibles las nóminas de noviembre en el Portal del Empleado (https://portal.examplegroup.eu/rrhh). '
            'La paga extra de Navidad se abonará junto con la nómina de diciembre el día 22.\n\n'
            'Recordatorio importante: cualquier cambio de cuenta bancaria para el cobro de la nómina debe hacerse '
            'exclusivamente a través del Portal del Empleado. No aceptamos cambios por correo electrónico ni por teléfono, '
            'aunque parezcan venir de un compañero. Si recibís un correo pidiendo "actualizar vuestros datos de nómina" a través '
            'de un enlace externo, reenviádmelo antes de hacer nada.\n\n'
            'Os adjunto el calendario laboral 2027 de la oficina de Madrid.\n\n'
            'Un saludo,\nLucía Fernández\nAdministración y RR. HH. - Example Group Iberia\n')
    pdf = make_pdf(['#Example Group Iberia - Calendario laboral 2027 (Madrid)', '', 'Festivos nacionales, autonomicos y locales:',
                    '01/01  06/01  19/03  01/04  02/04  01/05  02/05  15/05  15/08  12/10  01/11  09/11  06/12  08/12  25/12', '',
                    'Jornada intensiva: 01/07 - 31/08 (8:00 - 15:00)'], title='Calendario laboral 2027', author='l.fernandez',
                   producer='Microsoft Excel 365')
    srv = 'EXC01'
    inner = multi('alternative', [text(body, 'plain', 'windows-1252', 'quoted-printable'),
                                  text(outlook_html(body, 'ES'), 'html', 'windows-1252', 'quoted-printable')], outlook_boundary(seed + 'i', srv))
    root = multi('mixed', [inner, att(pdf, 'application/pdf', 'Calendario_laboral_2027_Madrid.pdf', size=True, date=plus(dt, -600))],
                 outlook_boundary(seed, srv))
    data = internal_msg(seed, 'fernandez', [], 'Nóminas de noviembre disponibles y recordatorio sobre cambios de cuenta', dt, root, rc,
                        lang='es-ES', charset='windows-1252', attach=True,
                        to_override='Oficina Madrid <madrid-office@examplegroup.eu>')
    add('business', 21, 'es', 'internal-hr-payslips-bank-change-warning',
        'Internal HR mail (windows-1252) to the Madrid office: payslips in the employee portal, warning that payroll bank changes are only accepted via the portal, PDF calendar attached.', data)


def b22():
    seed = 'b22'
    dt = T(3, 13, 30, 58, CET)
    rc = A('fernandez')
    s = 'notificaciones@caixabank.com'
    html = brand_html('CaixaBank', [
        'Estimado cliente:',
        'Le informamos de que se ha realizado el siguiente cargo en la cuenta <b>ES&bull;&bull; &bull;&bull;&bull;&bull; &bull;&bull;&bull;&bull; &bull;&bull; &bull;&bull;&bull;&bull;&bull;&bull;1332</b> '
        'de EXAMPLE GROUP IBERIA S.L.:',
        'Concepto: Remesa de recibos SEPA B2B - TGSS Seguros Sociales 11/2026<br>Importe: <b>-38.412,77 &euro;</b><br>'
        'Fecha valor: 03/12/2026',
        'Puede consultar el detalle en CaixaBankNow. Recuerde que CaixaBank nunca le solicitará sus claves ni códigos de firma '
        'por correo electrónico o SMS.'],
        None, 'CaixaBank, S.A. &middot; C/ Pintor Sorolla, 2-4 &middot; 46002 Valencia &middot; Este mensaje se ha enviado de forma automática.',
        accent='#007eae', logo_text='CaixaBank', lang='es', charset='iso-8859-1')
    root = text(html, 'html', 'iso-8859-1', 'base64')
    h = hdrs_std(addr('CaixaBank', s), rc, ew('Aviso de cargo en su cuenta: remesa SEPA B2B', 'iso-8859-1', 'Q'), rfc(dt),
                 '<%s@caixabank.com>' % H('m', seed, n=34, a=HEXU), order='fstdm', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mailout4.lacaixa.es', 'mailout4.lacaixa.es', '195.76.91.204', rc, plus(dt, 2), TLS12, seed),
           'from avisos-prd-03 (unknown [10.120.33.17])\n\tby mailout4.lacaixa.es (Postfix) with ESMTP id 4dM3Kd0Hq9z8sBn\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce@caixabank.com', rcv, h, root)
    add('business', 22, 'es', 'bank-debit-alert',
        'Genuine bank alert (ISO-8859-1 base64 HTML, no links) about a large SEPA B2B direct debit for social-security contributions.', data)


def b23():
    seed = 'b23'
    dt = T(2, 10, 15, 3, CET)
    rc = A('ruiz')
    s = 'info@logisticsautomationmadrid.com'
    trk = lambda n: 'https://r.sender.brevo.com/mk/cl/f/%s' % H('cl', seed, n, n=60, a=ALNUM + '-_')
    unsub = 'https://r.sender.brevo.com/mk/un/v2/%s' % H('un', seed, n=60, a=ALNUM + '-_')
    html = brand_html('Logistics &amp; Automation Madrid 2027', [
        'Hola Carlos,',
        'Ya está abierta la <b>acreditación profesional gratuita</b> para Logistics &amp; Automation Madrid 2027, '
        'que se celebrará los días <b>3 y 4 de marzo en IFEMA Madrid</b>.',
        'Más de 650 expositores, 300 ponentes y el nuevo foro sobre descarbonización del transporte por carretera.',
        'Código de invitación de expositor: <b>LAM27-VIP</b>'],
        ('Conseguir mi acreditación', trk(1)),
        'Recibes este correo porque te registraste en la edición 2026. <a href="%s">Darse de baja</a><br>'
        'Easyfairs Iberia S.L. &middot; Madrid' % esc(unsub),
        accent='#e6007e', logo_text='Logistics &amp; Automation Madrid', lang='es')
    plain = ('Hola Carlos,\n\nYa está abierta la acreditación profesional gratuita para Logistics & Automation Madrid 2027 '
             '(3 y 4 de marzo, IFEMA Madrid).\n\nConseguir mi acreditación: %s\n\nDarse de baja: %s\n' % (trk(1), unsub))
    root = alt(plain, html, H('b', seed, n=32, a=HEXL), 'utf-8', 'quoted-printable')
    h = [('Date', rfc(dt)), ('Subject', ew('Carlos, ya puedes solicitar tu acreditación para 2027', 'utf-8', 'Q')),
         ('From', addr('Logistics & Automation Madrid', s, quote=True)), ('Reply-To', addr('Logistics & Automation Madrid', 'visitantes@logisticsautomationmadrid.com', quote=True)),
         ('To', rc), ('Message-Id', '<%s@smtp-relay.mailin.fr>' % guid('m', seed)),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Unsubscribe', '<%s>' % unsub),
         ('Feedback-ID', '185.41.28.110:1928374_-1:1928374:Sendinblue'), ('X-Mailer', 'Sendinblue'),
         ('X-sib-id', H('sib', seed, n=60, a=ALNUM + '-_')), ('Origin-messageId', '<%s@smtp-relay.mailin.fr>' % guid('m', seed)),
         ('MIME-Version', '1.0')]
    rp = 'bounces-%s@eu.mailin.fr' % H('rp', seed, n=20, a=ALNUM)
    rcv = [mx('smtp-relay.brevo.com', 'r110.d.sender-sib.com', '185.41.28.110', rc, plus(dt, 2), TLS13, seed)]
    data = message(rp, rcv, h, root)
    add('business', 23, 'es', 'trade-fair-newsletter-brevo',
        'Trade-fair visitor marketing the recipient opted into (previous registration) via Brevo: personalised subject, tracked links, one-click unsubscribe.', data)


FERRETTI_SIG = ('Ferretti Trasporti S.r.l.\nVia dell\'Industria 22 - 43122 Parma (PR)\nTel. +39 0521 774 210 | www.ferretti-trasporti.it\n'
                'P.IVA 02xxxxxxxx4 - Capitale sociale 100.000 EUR i.v.\n')


def aruba_chain(rc, dt, seed, client_ip='93.42.117.20', client='PC-TRAFFICO03', helo='smtpdh20-1.aruba.it', ip='62.149.155.160'):
    return [mx(helo, helo, ip, rc, plus(dt, 4), TLS13, seed),
            'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (client, client_ip, H('ar', seed, n=14, a=ALNUM), rfc(plus(dt, 1)))]


def b24():
    seed = 'b24'
    dt = T(4, 17, 20, 11, CET)
    rc = A('bianchi')
    s = 'c.colombo@ferretti-trasporti.it'
    body = ('Ciao Marco,\n\n'
            'ti giro i CMR firmati e i POD dei viaggi della settimana 49:\n\n'
            '- 30/11 Parma -> Milano Lacchiarella, targa GF 418 ZX, 33 pallet\n'
            '- 02/12 Parma -> Piacenza Le Mose, targa GF 418 ZX, 26 pallet\n'
            '- 03/12 Parma -> Verona Quadrante Europa, targa FZ 902 KT, 33 pallet (2 pallet con riserva, vedi nota sul CMR)\n\n'
            'Per il viaggio di Verona il destinatario ha segnato due pallet con film danneggiato: le foto le ha l\'autista, '
            'te le mando lunedì. La fattura della settimana arriva come sempre dall\'amministrazione.\n\n'
            'Buon fine settimana\n\nCristina Colombo\nUfficio Traffico\n' + FERRETTI_SIG)
    p1 = make_pdf(['#CMR - Lettera di vettura internazionale (scan)', 'N. CMR 26/11987  Data 30/11/2026', 'Mittente: Example Group Srl',
                   'Destinatario: Magazzino Lacchiarella', 'Vettore: Ferretti Trasporti Srl  Targa GF 418 ZX', '33 pallet - firmato'],
                  title='CMR_26-11987', producer='Canon iR-ADV C5840 PDF')
    p2 = make_pdf(['#POD settimana 49 (scan)', 'CMR 26/11987, 26/12002, 26/12019', 'Riserva su CMR 26/12019: 2 pallet film danneggiato'],
                  title='POD_sett49', producer='Canon iR-ADV C5840 PDF')
    srv = 'PC-TRAFFICO03'
    inner = multi('alternative', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'),
                                  text(outlook_html(body, 'IT'), 'html', 'iso-8859-1', 'quoted-printable')], nextpart_boundary(seed + 'i'))
    root = multi('mixed', [inner, att(p1, 'application/pdf', 'CMR_26-11987_26-12002_26-12019.pdf'),
                           att(p2, 'application/pdf', 'POD_settimana_49.pdf')], nextpart_boundary(seed),
                 preamble='This is a multipart message in MIME format.')
    h = [('From', addr('Cristina Colombo', s, quote=True)), ('To', addr(N('bianchi'), rc, quote=True)),
         ('Subject', ew('CMR firmati e POD - settimana 49', 'iso-8859-1', 'Q') if False else 'CMR firmati e POD - settimana 49'),
         ('Date', rfc(dt)), ('Message-ID', '<000601dc6469$%s$%s@ferretti-trasporti.it>' % (H('a', seed, n=8), H('b', seed, n=8))),
         ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)),
         ('Content-Language', 'it')]
    data = message(s, aruba_chain(rc, dt, seed), h, root)
    add('business', 24, 'it', 'haulier-cmr-pod-scans',
        'Real haulier contact c.colombo@ferretti-trasporti.it (Aruba relay, Outlook, office IP) sends signed CMR and POD scans for week 49.', data)


def b25():
    seed = 'b25'
    dt = T(1, 11, 2, 45, CET)
    rc = A('esposito')
    s = 'amministrazione@ferretti-trasporti.it'
    body = ('Spett.le Example Group S.r.l.,\n\n'
            'in allegato copia di cortesia della fattura n. 1187/2026 del 30/11/2026 di EUR 14.762,00 (IVA inclusa) relativa ai '
            'servizi di trasporto del mese di novembre.\n\n'
            'Si precisa che il documento fiscalmente valido è quello trasmesso tramite il Sistema di Interscambio (SdI) '
            'al Vostro codice destinatario.\n\n'
            'Scadenza: 31/01/2027 - bonifico bancario su IBAN IT08 Q062 3012 7000 0004 6218 830 (coordinate invariate).\n\n'
            'Distinti saluti\nUfficio Amministrazione\n' + FERRETTI_SIG +
            '\nQuesta e-mail è stata generata automaticamente dal gestionale.\n')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
           '  <FatturaElettronicaHeader>\n    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>02xxxxxxxx4</IdCodice></IdTrasmittente>'
           '<ProgressivoInvio>00A7K</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n'
           '    <CedentePrestatore><DatiAnagrafici><Anagrafica><Denominazione>FERRETTI TRASPORTI S.R.L.</Denominazione></Anagrafica>'
           '<RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici></CedentePrestatore>\n'
           '    <CessionarioCommittente><DatiAnagrafici><Anagrafica><Denominazione>EXAMPLE GROUP S.R.L.</Denominazione></Anagrafica></DatiAnagrafici></CessionarioCommittente>\n'
           '  </FatturaElettronicaHeader>\n  <FatturaElettronicaBody>\n'
           '    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-30</Data>'
           '<Numero>1187/2026</Numero><ImportoTotaleDocumento>14762.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n'
           '    <DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Servizi di trasporto novembre 2026</Descrizione>'
           '<PrezzoUnitario>12100.00</PrezzoUnitario><PrezzoTotale>12100.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>'
           '<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>12100.00</ImponibileImporto><Imposta>2662.00</Imposta></DatiRiepilogo></DatiBeniServizi>\n'
           '    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
           '<DataScadenzaPagamento>2027-01-31</DataScadenzaPagamento><ImportoPagamento>14762.00</ImportoPagamento>'
           '<IBAN>IT08Q0623012700000046218830</IBAN></DettaglioPagamento></DatiPagamento>\n'
           '  </FatturaElettronicaBody>\n</p:FatturaElettronica>\n')
    pdf = make_pdf(['#FERRETTI TRASPORTI S.r.l. - Fattura n. 1187/2026 del 30/11/2026', 'Cliente: Example Group S.r.l. - Milano',
                    'Servizi di trasporto novembre 2026    imponibile 12.100,00   IVA 22% 2.662,00   totale 14.762,00 EUR',
                    'Scadenza 31/01/2027 - bonifico IBAN IT08 Q062 3012 7000 0004 6218 830', '(copia di cortesia - documento non valido ai fini fiscali)'],
                   title='Fattura 1187/2026', author='Ferretti Trasporti', producer='TeamSystem Enterprise')
    b = part_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'ISO-8859-1', 'quoted-printable', cs_quote=False),
                           att(pdf, 'application/pdf', 'Fattura_1187_2026.pdf'),
                           att(xml.encode('utf-8'), 'text/xml', 'IT02xxxxxxxx4_00A7K.xml', ct_extra='; charset=UTF-8')], b)
    h = [('Date', rfc(dt)), ('From', addr('Ferretti Trasporti - Amministrazione', s)), ('To', rc),
         ('Message-ID', '<%s.%s.JavaMail.gestionale@srv-gest01>' % (H('j1', seed, n=8, a='0123456789'), H('j2', seed, n=13, a='0123456789'))),
         ('Subject', 'Invio copia di cortesia fattura n. 1187/2026 del 30/11/2026'), ('MIME-Version', '1.0'),
         ('X-Mailer', 'TeamSystem Mail Service')]
    data = message(s, aruba_chain(rc, dt, seed, client='srv-gest01', client_ip='93.42.117.21', helo='smtpdh19-2.aruba.it', ip='62.149.155.152'), h, root)
    add('business', 25, 'it', 'haulier-courtesy-invoice-fatturapa',
        'Genuine courtesy copy of an Italian e-invoice from amministrazione@ferretti-trasporti.it (ERP via Aruba): PDF + FatturaPA XML, "bank details unchanged".', data)


def b26():
    seed = 'b26'
    dt = T(3, 9, 37, 22, CET)
    rc = A('esposito')
    s = 'amministrazione@ferretti-trasporti.it'
    body = ('Gentile Dott.ssa Esposito,\n\n'
            'da un controllo del nostro scadenziario risultano ancora aperte le seguenti fatture, scadute il 30/11/2026:\n\n'
            '- n. 1098/2026 del 30/09/2026 - EUR 13.908,00\n'
            '- n. 1121/2026 del 15/10/2026 - EUR 2.440,00\n\n'
            'Vi chiediamo cortesemente di verificare e, se non già disposto, di provvedere al pagamento entro il 15/12/2026 '
            'sulle coordinate bancarie indicate in fattura (invariate). Se il pagamento fosse già stato effettuato, vi preghiamo '
            'di inviarci la contabile così da poterlo abbinare.\n\n'
            'Per qualsiasi chiarimento può contattarmi al numero 0521 774 215.\n\n'
            'Cordiali saluti\nLaura Greco\nUfficio Amministrazione\n' + FERRETTI_SIG)
    root = alt(body, outlook_html(body, 'IT'), nextpart_boundary(seed), 'iso-8859-1', 'quoted-printable')
    h = [('From', addr('Ferretti Trasporti - Amministrazione', s, quote=True)), ('To', addr(N('esposito'), rc, quote=True)),
         ('Cc', addr('Cristina Colombo', 'c.colombo@ferretti-trasporti.it', quote=True)),
         ('Subject', 'Sollecito pagamento fatture scadute - Ferretti Trasporti S.r.l.'), ('Date', rfc(dt)),
         ('Message-ID', '<000a01dc6432$%s$%s@ferretti-trasporti.it>' % (H('a', seed, n=8), H('b', seed, n=8))),
         ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(seed)), ('Content-Language', 'it')]
    data = message(s, aruba_chain(rc, dt, seed, client='PC-AMMIN02', client_ip='93.42.117.20'), h, root)
    add('business', 26, 'it', 'haulier-payment-reminder',
        'Genuine payment reminder from the haulier\'s administration for two overdue invoices, explicitly "bank details as on the invoice (unchanged)", phone number for queries.', data)


def b27():
    seed = 'b27'
    dt = T(30, 10, 14, 36, CET)
    rc = A('romano')
    s = 'comunicazioni@staff.aruba.it'
    html = brand_html('Aruba PEC', [
        'Gentile Cliente,',
        'la casella PEC <b>examplegroup@pec.it</b> associata al Suo account scadrà il <b>31/12/2026</b>.',
        'Per continuare a utilizzare il servizio senza interruzioni può effettuare il rinnovo dall\'Area Clienti, accedendo '
        'con la Sua login (n. cliente 1847xxx) e la Sua password. Se ha attivato il rinnovo automatico, non è richiesta alcuna azione.',
        'Le ricordiamo che Aruba non richiede mai l\'inserimento di password o dati di pagamento tramite link ricevuti via e-mail: '
        'acceda sempre digitando direttamente l\'indirizzo www.aruba.it.'],
        ('Vai all\'Area Clienti', 'https://areaclienti.aruba.it/'),
        'Aruba S.p.A. &middot; Via San Clemente 53 &middot; 24036 Ponte San Pietro (BG) &middot; P.IVA 01573850516',
        accent='#e2001a', logo_text='Aruba PEC', lang='it')
    plain = ('Gentile Cliente,\nla casella PEC examplegroup@pec.it scadrà il 31/12/2026. Per il rinnovo acceda all\'Area Clienti: '
             'https://areaclienti.aruba.it/\n\nAruba S.p.A.\n')
    root = alt(plain, html, H('b', seed, n=30, a=HEXL), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Aruba.it', s), rc, ew('Casella PEC examplegroup@pec.it in scadenza il 31/12/2026', 'utf-8', 'Q'),
                 rfc(dt), '<%s@staff.aruba.it>' % H('m', seed, n=30), order='fstdm', extra_after=[('X-Mailer', 'Aruba Mailer')])
    rcv = [mx('smtpweb153.aruba.it', 'smtpweb153.aruba.it', '62.149.158.153', rc, plus(dt, 3), TLS13, seed)]
    data = message('bounce@staff.aruba.it', rcv, h, root)
    add('business', 27, 'it', 'provider-pec-renewal-reminder',
        'Genuine Aruba reminder that the company\'s PEC mailbox expires on 31/12, link to the real customer area and an anti-phishing note.', data)


def b28():
    seed = 'b28'
    dt = T(4, 12, 5, 0, CET)
    rc = A('bianchi')
    body = ('Care colleghe e cari colleghi,\n\n'
            'vi ricordo che gli uffici di Milano resteranno chiusi dal 24 dicembre al 6 gennaio compresi. Il magazzino di '
            'Lacchiarella lavorerà con turno ridotto il 28, 29 e 30 dicembre (Marco invierà i turni).\n\n'
            'Vi ringrazio tutti per l\'impegno di quest\'anno, che non è stato semplice. Vi aspetto giovedì 17 dicembre alle 18:00 '
            'in ufficio per il brindisi di Natale.\n\n'
            'Un caro augurio di buone feste a voi e alle vostre famiglie!\n\nGiulia\n')
    def pix(x, y):
        r = 180 + (x * 7 + y * 3) % 60
        return (r if (x // 20 + y // 20) % 2 else 20, 40 + (y % 50), 60 + (x % 70))
    png = make_png_rgb(160, 90, pix)
    html = outlook_html(body, 'IT', extra_html='<p class="MsoNormal"><img width="480" height="270" src="cid:image001.png@01DC6460.%s" alt="Auguri"></p>\n' % H('c', seed, n=8, a=HEXU))
    rel = multi('related', [text(html, 'html', 'iso-8859-1', 'quoted-printable'),
                            att(png, 'image/png', 'image001.png', disp='inline', cid='image001.png@01DC6460.%s' % H('c', seed, n=8, a=HEXU), size=True)],
                outlook_boundary(seed + 'r', 'EXC01'), params=';\n\ttype="text/html"')
    root = multi('alternative', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'), rel], outlook_boundary(seed, 'EXC01'))
    data = internal_msg(seed, 'romano', [], 'Chiusura uffici per le festività e brindisi di Natale', dt, root, rc,
                        lang='it-IT', charset='iso-8859-1', attach=False,
                        to_override='Ufficio Milano <milano-office@examplegroup.eu>')
    add('business', 28, 'it', 'internal-holiday-closure-inline-image',
        'Internal note from the Italian country manager: office closure dates and Christmas toast, HTML with inline PNG (multipart/related).', data)


def b29():
    seed = 'b29'
    dt = T(3, 7, 0, 22, CET)
    rc = A('romano')
    s = 'newsletter@logisticanews.it'
    base = 'https://logisticanews.musvc2.net/e/t?q=%s'
    links = [('Autotrasporto: dal 1° gennaio i nuovi costi minimi di riferimento', base % H('l1', seed, n=40, a=ALNUM)),
             ('Brennero: il calendario dei divieti di transito tirolesi per il 2027', base % H('l2', seed, n=40, a=ALNUM)),
             ('Porto di Genova: aumentano i traffici container nel terzo trimestre', base % H('l3', seed, n=40, a=ALNUM)),
             ('Cabotaggio: nuove regole sul periodo di raffreddamento', base % H('l4', seed, n=40, a=ALNUM))]
    unsub = base % H('unsub', seed, n=40, a=ALNUM)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<table width="620" align="center"><tr><td style="background:#00548f;color:#fff;padding:14px;font-size:22px">LogisticaNews &ndash; Notiziario settimanale</td></tr>'
            + ''.join('<tr><td style="padding:10px 14px;border-bottom:1px solid #ddd"><a href="%s" style="color:#00548f;font-size:16px">%s</a></td></tr>' % (esc(u), esc(t)) for t, u in links) +
            '<tr><td style="font-size:11px;color:#888;padding:14px">Ricevi questa newsletter perché ti sei iscritto su logisticanews.it. '
            '<a href="%s">Annulla l\'iscrizione</a></td></tr></table></body></html>\n' % esc(unsub))
    plain = 'LogisticaNews - Notiziario settimanale\n\n' + '\n\n'.join('%s\n%s' % (t, u) for t, u in links) + '\n\nAnnulla l\'iscrizione: %s\n' % unsub
    root = alt(plain, html, '=_%s' % H('b', seed, n=24, a=HEXL), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('LogisticaNews', s), rc, ew('Notiziario LogisticaNews - 3 dicembre 2026', 'utf-8', 'Q'), rfc(dt),
                 '<%s@logisticanews.musvc2.net>' % H('m', seed, n=32), order='fstdm',
                 extra_after=[('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                              ('Precedence', 'bulk'), ('X-Mailer', 'MailUp')])
    rcv = [mx('mail-out31.musvc2.net', 'mail-out31.musvc2.net', '185.67.183.31', rc, plus(dt, 3), TLS13, seed)]
    data = message('bounce-%s@musvc2.net' % H('r', seed, n=12), rcv, h, root)
    add('business', 29, 'it', 'subscribed-logistics-newsletter',
        'Subscribed Italian logistics-news newsletter through MailUp: all links via the ESP tracking domain, one-click unsubscribe.', data)


def b30():
    seed = 'b30'
    dt = T(1, 10, 7, 21, CET)
    rc = A('kowalczyk')
    s = 't.zielinski@partner-logistik.pl'
    body = ('Dzień dobry Panie Piotrze,\n\n'
            'w załączeniu przesyłam awizację dostaw na tydzień 49 (30.11-04.12).\n'
            'Proszę o potwierdzenie okien rozładunkowych na czwartek i piątek.\n\n'
            'Czwartek 03.12 - 2 auta z Wrocławia (chłodnia + plandeka), piątek 04.12 - 1 auto z Gliwic. '
            'Kierowcy mają numery referencyjne z arkusza.\n\n' + ZIELINSKI_SIG)
    x = make_xlsx([['Data', 'Okno', 'Nr ref.', 'Skąd', 'Nr rej.', 'Kierowca', 'Palety', 'Typ'],
                   ['03.12.2026', '07:00-09:00', 'PL49-0311', 'Wrocław', 'DW 4K217', 'M. Krawczyk', 33, 'chłodnia'],
                   ['03.12.2026', '10:00-12:00', 'PL49-0312', 'Wrocław', 'DW 9F044', 'A. Nowicki', 30, 'plandeka'],
                   ['04.12.2026', '08:00-10:00', 'PL49-0401', 'Gliwice', 'SG 72210', 'R. Mazur', 26, 'plandeka']],
                  sheet='Awizacja', creator='Tomasz Zieliński')
    b = tb_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'UTF-8', 'quoted-printable', cs_quote=False, params='; format=flowed'),
                           att(x, XLSX_CT, 'Awizacja_tydz49_Example_Group.xlsx')], b,
                 preamble='This is a multi-part message in MIME format.')
    h = [('Message-ID', '<6a1f0c3e-2b7d-4e91-a8c5-17d3e9b40f52@partner-logistik.pl>'), ('Date', rfc(dt)), ('MIME-Version', '1.0'),
         ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'pl'), ('To', addr(N('kowalczyk'), rc)),
         ('From', addr('Tomasz Zieliński', s, 'utf-8', 'Q')),
         ('Subject', ew('Awizacja dostaw - tydzień 49', 'utf-8', 'Q'))]
    rcv = [mx('mx.partner-logistik.pl', 'mx.partner-logistik.pl', '188.116.17.40', rc, plus(dt, 2), TLS13, seed),
           'from [192.168.10.23] (host-91-231-40-77.static.inea.pl [91.231.40.77])\n\t(Authenticated sender: t.zielinski@partner-logistik.pl)\n'
           '\tby mx.partner-logistik.pl (Postfix) with ESMTPSA id 4dLz8c1pRqz2xk7\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('business', 30, 'pl', 'logistics-partner-delivery-advice-xlsx',
        'Genuine delivery advice (awizacja) for week 49 from t.zielinski@partner-logistik.pl (their server, office IP, Thunderbird) with XLSX - the thread later hijacked in attack 35.', data)


def b31():
    seed = 'b31'
    dt = T(2, 7, 45, 3, CET)
    rc = A('wojcik')
    s = 'ksiegowosc@partner-logistik.pl'
    ksef = '8971xxxxxx-20261201-7C2E19A04B61-5D'
    body = ('Szanowni Państwo,\n\n'
            'uprzejmie informujemy, że w Krajowym Systemie e-Faktur (KSeF) wystawiliśmy fakturę:\n\n'
            'Numer faktury: FV/2026/11/0412\nNumer KSeF: %s\nData wystawienia: 01.12.2026\n'
            'Kwota brutto: 38 216,40 PLN\nTermin płatności: 31.12.2026\n'
            'Rachunek: 56 1090 1362 0000 0001 4881 2209 (Santander Bank Polska) - bez zmian\n\n'
            'W załączeniu przesyłamy wizualizację faktury w formacie PDF (dokument informacyjny). Faktura jest dostępna dla '
            'Państwa w KSeF.\n\n'
            'Wiadomość wygenerowana automatycznie z systemu enova365. W razie pytań prosimy o kontakt: '
            'ksiegowosc@partner-logistik.pl, tel. +48 71 336 18 44.\n\n'
            'Partner Logistik Sp. z o.o.\nul. Krakowska 180, 52-015 Wrocław, NIP 897-xxx-xx-xx\n' % ksef)
    pdf = make_pdf(['#Partner Logistik Sp. z o.o. - Faktura VAT FV/2026/11/0412', 'Numer KSeF: ' + ksef,
                    'Data wystawienia: 01.12.2026   Sprzedaz: 11/2026', 'Nabywca: Example Group Sp. z o.o., Poznan', '',
                    'Uslugi spedycyjne 11/2026      netto 31 070,24 PLN   VAT 23% 7 146,16 PLN   brutto 38 216,40 PLN',
                    'Termin platnosci: 31.12.2026   Rachunek: 56 1090 1362 0000 0001 4881 2209',
                    'Wizualizacja faktury ustrukturyzowanej (KSeF) - kod QR weryfikacji ponizej'],
                   title='FV/2026/11/0412', author='enova365', producer='enova365 / PdfSharp 6.1',
                   image=qr_gray('https://ksef.mf.gov.pl/client-app/invoice/8971xxxxxx/01-12-2026/' + H('q', seed, n=43, a=ALNUM + '-_'), scale=3, ecl='L')[0:1] * 2 +
                   (qr_gray('https://ksef.mf.gov.pl/client-app/invoice/8971xxxxxx/01-12-2026/' + H('q', seed, n=43, a=ALNUM + '-_'), scale=3, ecl='L')[1], 56, 520, 130))
    b = part_boundary(seed)
    root = multi('mixed', [text(body, 'plain', 'iso-8859-2', 'base64'),
                           att(pdf, 'application/pdf', 'FV_2026_11_0412.pdf')], b)
    h = [('Date', rfc(dt)), ('From', addr('Partner Logistik - Księgowość', s, 'iso-8859-2', 'Q')), ('To', rc),
         ('Message-ID', '<%s.%s@enova.partner-logistik.pl>' % (H('m', seed, n=14, a='0123456789'), H('m2', seed, n=6))),
         ('Subject', ew('Faktura FV/2026/11/0412 wystawiona w KSeF', 'iso-8859-2', 'Q')), ('MIME-Version', '1.0'),
         ('X-Mailer', 'enova365')]
    rcv = [mx('mx.partner-logistik.pl', 'mx.partner-logistik.pl', '188.116.17.40', rc, plus(dt, 2), TLS13, seed),
           'from enova.partner-logistik.pl (enova.partner-logistik.pl [192.168.10.40])\n\tby mx.partner-logistik.pl (Postfix) with ESMTP id 4dM2D11wT7z2xkT\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('business', 31, 'pl', 'logistics-partner-ksef-invoice',
        'Genuine invoice notice from ksiegowosc@partner-logistik.pl (ERP, ISO-8859-2 base64): KSeF number, unchanged bank account, PDF visualisation with KSeF verification QR code.', data)


def b32():
    seed = 'b32'
    dt = T(2, 14, 0, 9, CET)
    rc = A('wojcik')
    s = 'kontakt@mbank.pl'
    html = brand_html('mBank', [
        'Szanowni Państwo,',
        'informujemy, że od <b>1 lutego 2027 r.</b> zmieniają się Taryfa prowizji i opłat dla Klientów MSP i Korporacji oraz '
        'Regulamin rachunków. Najważniejsze zmiany:',
        '&bull; opłata za przelew natychmiastowy Express Elixir: 5 zł (dotychczas 7 zł)<br>'
        '&bull; nowa usługa weryfikacji odbiorcy (VoP) dla przelewów SEPA - bezpłatnie<br>'
        '&bull; aktualizacja zapisów dotyczących KSeF i split payment',
        'Pełna treść dokumentów jest dostępna na stronie mbank.pl w sekcji „Dokumenty i regulaminy” oraz w mBank CompanyNet. '
        'Jeśli nie akceptują Państwo zmian, mogą Państwo wypowiedzieć umowę przed dniem ich wejścia w życie.',
        'Przypominamy: mBank nigdy nie prosi w wiadomościach e-mail o podanie loginu, hasła ani kodów autoryzacyjnych.'],
        None, 'mBank S.A. &middot; ul. Prosta 18 &middot; 00-850 Warszawa &middot; KRS 0000025237 &middot; '
        'Wiadomość wysłana automatycznie.', accent='#e30613', logo_text='mBank', lang='pl', charset='windows-1250')
    plain = ('Szanowni Państwo,\n\nod 1 lutego 2027 r. zmieniają się Taryfa prowizji i opłat oraz Regulamin rachunków dla '
             'Klientów MSP i Korporacji. Pełna treść dokumentów jest dostępna na mbank.pl oraz w mBank CompanyNet.\n\n'
             'mBank nigdy nie prosi w wiadomościach e-mail o podanie loginu, hasła ani kodów.\n\nmBank S.A.\n')
    root = alt(plain, html, part_boundary(seed), 'windows-1250', 'quoted-printable')
    h = hdrs_std(addr('mBank', s), rc, ew('Zmiany w Taryfie i Regulaminie od 1 lutego 2027 r.', 'windows-1250', 'B'), rfc(dt),
                 '<%s@mbank.pl>' % H('m', seed, n=32), order='fstdm', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mx-out4.mbank.pl', 'mx-out4.mbank.pl', '193.41.230.84', rc, plus(dt, 3), TLS13, seed),
           'from mbk-notify-prd-2 (unknown [10.40.2.12])\n\tby mx-out4.mbank.pl (Postfix) with ESMTP id 4dM3R95vHyz3nXq\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce@mbank.pl', rcv, h, root)
    add('business', 32, 'pl', 'bank-tariff-change-notice',
        'Genuine bank notice (windows-1250 QP) about fee and terms changes from February 2027, no login links, anti-phishing reminder.', data)


def b33():
    seed = 'b33'
    dt = T(30, 12, 44, 28, CET)
    rc = A('kowalczyk')
    body = ('Dzień dobry,\n\n'
            'w związku z zamknięciem roku proszę o przesłanie wszystkich rozliczeń delegacji i zaliczek za okres do 30.11 '
            'najpóźniej do poniedziałku 07.12.2026. Rozliczenia złożone po tym terminie zostaną ujęte dopiero w styczniu.\n\n'
            'W załączniku aktualny formularz rozliczenia (wersja 2026). Proszę wypełniać tylko białe pola i dołączyć skany '
            'rachunków. Oryginały proszę zostawić w sekretariacie.\n\n'
            'Pozdrawiam\nAgnieszka Wójcik\nGłówna księgowa\nExample Group Sp. z o.o. | Poznań\n')
    x = make_xlsx([['Rozliczenie delegacji krajowej / zagranicznej', '', '', ''],
                   ['Imię i nazwisko', '', 'Nr delegacji', ''],
                   ['Data wyjazdu', '', 'Data powrotu', ''],
                   ['Dieta (PLN)', 0, 'Noclegi (PLN)', 0],
                   ['Przejazdy (PLN)', 0, 'Inne (PLN)', 0]], sheet='Formularz', creator='Agnieszka Wójcik')
    srv = 'EXC01'
    inner = multi('alternative', [text(body, 'plain', 'iso-8859-2', 'quoted-printable'),
                                  text(outlook_html(body, 'PL'), 'html', 'iso-8859-2', 'quoted-printable')], outlook_boundary(seed + 'i', srv))
    root = multi('mixed', [inner, att(x, XLSX_CT, 'Formularz_rozliczenia_delegacji_2026.xlsx', size=True, date=plus(dt, -900))],
                 outlook_boundary(seed, srv))
    data = internal_msg(seed, 'wojcik', [], 'Rozliczenie delegacji i zaliczek do 07.12 - zamknięcie roku', dt, root, rc,
                        lang='pl-PL', charset='iso-8859-2', attach=True,
                        to_override='%s <poznan-office@examplegroup.eu>' % ew('Biuro Poznań', 'iso-8859-2', 'Q'))
    add('business', 33, 'pl', 'internal-expense-deadline-xlsx',
        'Internal year-end request from the Polish chief accountant (ISO-8859-2) to submit travel-expense claims by 07.12, XLSX form attached.', data)


def b34():
    seed = 'b34'
    dt = T(1, 8, 30, 0, CET)
    rc = A('wojcik')
    s = 'webinary@akademiaksiegowego.pl'
    reg = 'https://akademiaksiegowego.pl/webinar/ksef-10-miesiecy?utm_source=freshmail&utm_medium=email&utm_campaign=ksef_grudzien&fm=%s' % H('fm', seed, n=10)
    unsub = 'https://app.freshmail.com/pl/unsubscribe/%s' % H('un', seed, n=40, a=ALNUM)
    html = brand_html('Akademia Księgowego', [
        'Dzień dobry,',
        'zapraszamy na bezpłatny webinar <b>„KSeF po 10 miesiącach: najczęstsze błędy, korekty i faktury offline”</b>.',
        'Termin: <b>10 grudnia 2026, godz. 11:00</b><br>Prowadząca: Anna Kaczmarek, doradca podatkowy',
        'Omówimy m.in. faktury korygujące w KSeF, tryb awaryjny, uprawnienia dla biur rachunkowych i zmiany od 2027 r.'],
        ('Zapisz się bezpłatnie', reg),
        'Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Akademii Księgowego. '
        '<a href="%s">Wypisz się</a>' % esc(unsub), accent='#1b5e20', logo_text='Akademia Księgowego', lang='pl')
    plain = ('Zapraszamy na bezpłatny webinar "KSeF po 10 miesiącach" - 10 grudnia 2026, 11:00.\nZapisy: %s\n\nWypisz się: %s\n' % (reg, unsub))
    root = alt(plain, html, H('b', seed, n=30, a=HEXL), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('Akademia Księgowego', s), rc, ew('Webinar: KSeF po 10 miesiącach – najczęstsze błędy i korekty (10.12)', 'utf-8', 'B'),
                 rfc(dt), '<%s@freshmail.pl>' % H('m', seed, n=32), order='fstdm',
                 extra_after=[('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                              ('Precedence', 'bulk'), ('X-FM-Campaign', H('c', seed, n=10))])
    rcv = [mx('mta12.freshmail.pl', 'mta12.freshmail.pl', '178.33.211.12', rc, plus(dt, 3), TLS13, seed)]
    data = message('bounce-%s@freshmail.pl' % H('r', seed, n=16), rcv, h, root)
    add('business', 34, 'pl', 'subscribed-ksef-webinar-invite',
        'Subscribed accounting-training newsletter (FreshMail) inviting to a free KSeF webinar, UTM-tagged registration link and unsubscribe.', data)


def b35():
    seed = 'b35'
    dt = T(2, 21, 14, 52, CET)
    rc = A('kowalczyk')
    s = 'michal.zajac91@onet.pl'
    body = ('Dzień dobry,\n\n'
            'w odpowiedzi na ogłoszenie opublikowane w serwisie pracuj.pl przesyłam swoją aplikację na stanowisko '
            'Spedytor międzynarodowy (nr ref. PZN/SPED/11/2026).\n\n'
            'Od trzech lat pracuję jako spedytor w firmie transportowej w Swarzędzu, obsługując głównie kierunki Niemcy, '
            'Włochy i Benelux. Znam giełdy Trans.eu i Timocom, swobodnie posługuję się językiem niemieckim i angielskim.\n\n'
            'W załączniku przesyłam CV wraz z klauzulą zgody na przetwarzanie danych osobowych.\n\n'
            'Z poważaniem\nMichał Zając\ntel. 604 118 392\n')
    pdf = make_pdf(['#Michal Zajac - CV', 'Spedytor miedzynarodowy', 'tel. 604 118 392 | michal.zajac91@onet.pl', '',
                    'Doswiadczenie:', '2023 - obecnie   Spedytor, firma transportowa, Swarzedz',
                    '2021 - 2023      Mlodszy spedytor, Poznan', '', 'Jezyki: niemiecki (B2), angielski (B2)',
                    'Wyksztalcenie: Uniwersytet Ekonomiczny w Poznaniu, Logistyka', '',
                    'Wyrazam zgode na przetwarzanie moich danych osobowych dla potrzeb niezbednych do realizacji procesu rekrutacji.'],
                   title='CV Michal Zajac', author='Michal Zajac', producer='Canva')
    b = '===============%s==' % H('b', seed, n=19, a='0123456789')
    root = multi('mixed', [text(body, 'plain', 'utf-8', 'quoted-printable'),
                           att(pdf, 'application/pdf', 'CV_Michał_Zając.pdf', style='rfc2231')], b)
    h = [('From', addr('Michał Zając', s, 'utf-8', 'Q')), ('To', rc),
         ('Subject', ew('Aplikacja na stanowisko Spedytor międzynarodowy (PZN/SPED/11/2026)', 'utf-8', 'Q')),
         ('Date', rfc(dt)), ('Message-ID', '<%s@onet.pl>' % H('m', seed, n=24)), ('MIME-Version', '1.0'),
         ('X-Mailer', 'Poczta Onet - webmail'), ('X-ONET_PL-MDA-SEGMENT', H('seg', seed, n=16))]
    rcv = [mx('smtpo93.poczta.onet.pl', 'smtpo93.poczta.onet.pl', '213.180.142.161', rc, plus(dt, 3), TLS13, seed),
           'from pmq5v.m5r2.onet (pmq5v.m5r2.onet [10.174.35.44])\n\tby smtp.poczta.onet.pl (Onet) with ESMTP id 4dM3xJ2Lpcz1yNX\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message(s, rcv, h, root)
    add('business', 35, 'pl', 'job-application-cv-pdf',
        'Genuine job application from a private Onet address with a plain PDF CV (RFC 2231 non-ASCII file name) to the hiring dispatcher.', data)


def b36():
    seed = 'b36'
    dt = T(2, 13, 12, 5, EET)
    rc = A('papadopoulos')
    body = ('Γιώργο, καλησπέρα.\n\n'
            'Σου επισυνάπτω τη λίστα πληρωμών προμηθευτών για την εβδομάδα 49, σύνολο 62.418,35 €. '
            'Όλα τα τιμολόγια έχουν περάσει έλεγχο και αντιστοίχιση με τις παραγγελίες. Οι IBAN είναι οι καταχωρημένοι '
            'στο ERP, δεν υπάρχει καμία αλλαγή στοιχείων.\n\n'
            'Αν συμφωνείς, θα ανεβάσω το αρχείο πληρωμών στην Πειραιώς αύριο το πρωί για έγκριση από εσένα και τη Φρανκφούρτη.\n\n'
            'Ευχαριστώ,\nΕλένη\n\nΕλένη Κωνσταντίνου\nΛογιστήριο | Example Group Hellas\n')
    x = make_xlsx([['Προμηθευτής', 'Τιμολόγιο', 'Ημ/νία', 'Ποσό €', 'Λήξη'],
                   ['ACS Courier', 'ΤΠΥ 88412', '15.11.2026', 2418.60, '05.12.2026'],
                   ['Aegean Pallets ΑΕ', 'ΤΔΑ 2231', '10.11.2026', 18240.00, '05.12.2026'],
                   ['ΔΕΗ', '11/2026', '20.11.2026', 3911.25, '07.12.2026'],
                   ['Lieferant GmbH', 'RE-2026-11790', '02.11.2026', 37848.50, '02.12.2026']],
                  sheet='Πληρωμές W49', creator='Ελένη Κωνσταντίνου')
    srv = 'EXC01'
    inner = multi('alternative', [text(body, 'plain', 'iso-8859-7', 'quoted-printable'),
                                  text(outlook_html(body, 'EL'), 'html', 'iso-8859-7', 'quoted-printable')], outlook_boundary(seed + 'i', srv))
    root = multi('mixed', [inner, att(x, XLSX_CT, 'Πληρωμές_προμηθευτών_W49.xlsx', charset='iso-8859-7', size=True, date=plus(dt, -600))],
                 outlook_boundary(seed, srv))
    data = internal_msg(seed, 'konstantinou', ['papadopoulos'], 'Πληρωμές προμηθευτών εβδομάδας 49 - προς έγκριση', dt, root, rc,
                        lang='el-GR', charset='iso-8859-7', attach=True)
    add('business', 36, 'el', 'internal-supplier-payment-approval',
        'Internal Greek accounting mail (ISO-8859-7) asking the country manager to approve the week-49 supplier payment run, XLSX with Greek file name attached.', data)


def b37():
    seed = 'b37'
    dt = T(1, 6, 10, 33, EET)
    rc = A('konstantinou')
    s = 'e-statements@piraeusbank.gr'
    html = brand_html('Τράπεζα Πειραιώς', [
        'Αγαπητέ πελάτη,',
        'Σας ενημερώνουμε ότι είναι διαθέσιμο το ηλεκτρονικό αντίγραφο κίνησης λογαριασμού για τον μήνα <b>Νοέμβριο 2026</b> '
        'για τον λογαριασμό ****0417 της EXAMPLE GROUP HELLAS Μ.Α.Ε.',
        'Μπορείτε να το δείτε μέσω του winbank web banking ή της εφαρμογής winbank, στην ενότητα «Ηλεκτρονικά αντίγραφα».',
        'Για την ασφάλειά σας, το μήνυμα αυτό δεν περιέχει συνδέσμους. Η Τράπεζα Πειραιώς δεν σας ζητά ποτέ κωδικούς ή '
        'στοιχεία καρτών μέσω email ή SMS.'],
        None, 'Τράπεζα Πειραιώς Α.Ε. &middot; Αμερικής 4 &middot; 105 64 Αθήνα &middot; Μήνυμα αυτόματης αποστολής.',
        accent='#ffd200', color='#1a1a1a', logo_text='Τράπεζα Πειραιώς', lang='el')
    root = text(html, 'html', 'utf-8', 'base64')
    h = hdrs_std(addr('Τράπεζα Πειραιώς', s), rc, ew('Νέο ηλεκτρονικό αντίγραφο κίνησης λογαριασμού', 'utf-8', 'B'), rfc(dt),
                 '<%s@piraeusbank.gr>' % H('m', seed, n=32), order='fstdm', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mailout2.piraeusbank.gr', 'mailout2.piraeusbank.gr', '195.167.110.52', rc, plus(dt, 2), TLS12, seed),
           'from estm-prd-01 (unknown [10.30.8.21])\n\tby mailout2.piraeusbank.gr (Postfix) with ESMTP id 4dLzB64Nkqz5Wm0\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce@piraeusbank.gr', rcv, h, root)
    add('business', 37, 'el', 'bank-e-statement-available',
        'Genuine Greek bank notice that the November e-statement is available, explicitly without links (UTF-8 base64 HTML).', data)


def b38():
    seed = 'b38'
    dt = T(3, 11, 47, 20, EET)
    rc = A('dimitriou')
    s = 's.alexiou@aegeanfoods.gr'
    rl, mid = o365_chain(seed, plus(dt, -1), region='eurprd08')
    body = ('Καλημέρα κύριε Δημητρίου,\n\n'
            'σας στέλνω συνημμένα την παραγγελία 2026/1147. Είναι επείγον, γιατί τα υλικά συσκευασίας πρέπει να είναι στην '
            'αποθήκη μας στον Ασπρόπυργο έως τις 15/12 για την εορταστική παραγωγή.\n\n'
            'Μπορείτε να μου επιβεβαιώσετε διαθεσιμότητα και ημερομηνία φόρτωσης μέχρι αύριο; Οι τιμές είναι σύμφωνα με την '
            'προσφορά σας ΠΡ-26-0388.\n\n'
            'Ευχαριστώ πολύ,\nΣοφία Αλεξίου\nΤμήμα Προμηθειών\nAegean Foods Α.Ε.\nτηλ. 210 55 78 412\n')
    pdf = make_pdf(['#Aegean Foods S.A. - Purchase order 2026/1147', 'Date: 03/12/2026   Supplier: Example Group Hellas',
                    'Delivery: Aspropyrgos warehouse, by 15/12/2026', '',
                    '1  Stretch film 23 mic     90 rolls', '2  EUR pallets new         240 pcs', '3  Corner boards 50x50    4.000 pcs', '',
                    'Prices as per quotation PR-26-0388'], title='PO 2026-1147', author='s.alexiou', producer='Microsoft: Print To PDF')
    srv = 'AS8PR08MB' + H('s', seed, n=4, a='123456789')
    inner = multi('alternative', [text(body, 'plain', 'windows-1253', 'quoted-printable'),
                                  text(outlook_html(body, 'EL'), 'html', 'windows-1253', 'quoted-printable')], outlook_boundary(seed + 'i', srv))
    root = multi('mixed', [inner, att(pdf, 'application/pdf', 'Παραγγελία_2026-1147.pdf', charset='windows-1253', size=True, date=plus(dt, -200))],
                 outlook_boundary(seed, srv))
    h = hdrs_std(addr('Σοφία Αλεξίου', s, 'windows-1253', 'B'), addr(N('dimitriou'), rc, 'windows-1253', 'B'),
                 ew('Παραγγελία 2026/1147 - επείγον για παράδοση πριν τις γιορτές', 'windows-1253', 'B'), rfc0(dt), mid, order='ftsdm',
                 extra_after=[('Thread-Topic', ew('Παραγγελία 2026/1147 - επείγον για παράδοση πριν τις γιορτές', 'windows-1253', 'B')),
                              ('Thread-Index', thread_index(seed))] + o365_tail(seed, dt, 'aegeanfoods.gr', 'aegean', attach=True, lang='el-GR'))
    rcv = [mx('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on2127.outbound.protection.outlook.com',
              '40.107.104.127', rc, plus(dt, 3), TLS13, seed)] + rl
    data = message(s, rcv, h, root)
    add('business', 38, 'el', 'customer-urgent-order-pdf',
        'Greek customer (Microsoft 365, windows-1253) sends an "urgent" purchase order PDF before the holidays, Greek file name encoded in the header.', data)


def b39():
    seed = 'b39'
    dt = T(4, 9, 30, 1, EET)
    rc = A('konstantinou')
    s = 'noreply@aade.gr'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>'
            '<body style="font-family:Arial;font-size:14px">'
            '<p>Αγαπητέ/ή χρήστη,</p>'
            '<p>Σας ενημερώνουμε ότι υπάρχει νέο μήνυμα στη Θυρίδα σας στην ψηφιακή πύλη <b>myAADE</b> '
            'για τον ΑΦΜ 80xxxxxx1 (EXAMPLE GROUP HELLAS Μ.Α.Ε.).</p>'
            '<p>Θέμα: Ενημέρωση για την υποχρέωση έκδοσης ηλεκτρονικών τιμολογίων (B2B) από 2/2/2026</p>'
            '<p>Για να δείτε το μήνυμα, συνδεθείτε στο myAADE από τη διεύθυνση www.aade.gr με τους κωδικούς TAXISnet.</p>'
            '<p>Το μήνυμα αυτό έχει αποσταλεί αυτόματα. Παρακαλούμε μην απαντάτε.</p>'
            '<p>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></body></html>\n')
    root = text(html, 'html', 'iso-8859-7', 'quoted-printable')
    h = hdrs_std(addr('ΑΑΔΕ', s, 'iso-8859-7', 'B'), rc, ew('Νέο μήνυμα στη Θυρίδα σας (myAADE)', 'iso-8859-7', 'B'), rfc(dt),
                 '<%s.%s.JavaMail.notify@aade.gr>' % (H('j1', seed, n=8, a='0123456789'), H('j2', seed, n=13, a='0123456789')),
                 order='fstdm', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mailgw2.aade.gr', 'mailgw2.aade.gr', '83.235.64.21', rc, plus(dt, 2), TLS12, seed),
           'from notify-app03.gsis.gr (unknown [10.1.44.23])\n\tby mailgw2.aade.gr (Postfix) with ESMTP id 4dM4hd3wBzz7yP1\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('noreply@aade.gr', rcv, h, root)
    add('business', 39, 'el', 'tax-portal-mailbox-notice',
        'Genuine Greek tax authority notice (ISO-8859-7 HTML) that a new message is in the myAADE mailbox; no links, tells the user to log in via aade.gr.', data)


def b40():
    seed = 'b40'
    dt = T(4, 8, 2, 47, EET)
    rc = A('dimitriou')
    s = 'noreply@acscourier.net'
    tn = '7402183951'
    link = 'https://www.acscourier.net/el/track-and-trace/?trackingNumber=%s' % tn
    html = brand_html('ACS Courier', [
        'Αγαπητέ/ή Νίκο Δημητρίου,',
        'Η αποστολή σας με αριθμό <b>%s</b> από <b>ΠΑΠΑΔΑΚΗΣ ΣΥΣΚΕΥΑΣΙΕΣ Α.Ε.</b> βρίσκεται σε διανομή και αναμένεται να '
        'παραδοθεί σήμερα.' % tn,
        'Διεύθυνση: Example Group Hellas, Ακτή Μιαούλη 47, Πειραιάς<br>Τεμάχια: 2'],
        ('Παρακολούθηση αποστολής', link),
        'ACS Courier Α.Ε. &middot; Κηφισού 142 &middot; 12131 Περιστέρι &middot; Αυτόματο μήνυμα &ndash; μην απαντάτε.',
        accent='#e30613', logo_text='ACS Courier', lang='el')
    plain = ('Η αποστολή σας %s βρίσκεται σε διανομή και αναμένεται να παραδοθεί σήμερα.\nΠαρακολούθηση: %s\n\nACS Courier\n' % (tn, link))
    root = alt(plain, html, H('b', seed, n=30, a=HEXL), 'utf-8', 'quoted-printable')
    h = hdrs_std(addr('ACS Courier', s), rc, ew('Η αποστολή %s παραδίδεται σήμερα' % tn, 'utf-8', 'B'), rfc(dt),
                 '<%s@acscourier.net>' % H('m', seed, n=32), order='fstdm', extra_after=[('Auto-Submitted', 'auto-generated')])
    rcv = [mx('mail2.acscourier.net', 'mail2.acscourier.net', '212.205.56.14', rc, plus(dt, 2), TLS13, seed),
           'from acs-notif-01 (unknown [10.10.5.31])\n\tby mail2.acscourier.net (Postfix) with ESMTP id 4dM4qG1ZfKz2Hv8\n\tfor <%s>; %s' % (rc, rfc(dt))]
    data = message('bounce@acscourier.net', rcv, h, root)
    add('business', 40, 'el', 'courier-delivery-today-notice',
        'Genuine Greek courier notice that an expected supplier parcel is out for delivery today, tracking link to the courier\'s own site.', data)


# ===========================================================================
#                                  OUTPUT
# ===========================================================================
INFRA_NOTES = """\
## Infrastructure notes

### Example Group (recipient side)
- Domains: `example.com` (HQ Germany and UK mailboxes) and `examplegroup.eu` (IT, PL, GR, ES, RU mailboxes); ~700 mailboxes.
- Inbound MX: `mx01.example.com` (Postfix). Every message carries, as its top `Received:` header, the line stamped by
  mx01 in the form `from HELO (rDNS [IP])`; `unknown` in place of the rDNS means the client IP had no PTR record.
  mx01 runs in CET (+0100). `Return-Path:` (envelope sender) is written above it as at final delivery.
- Internal mail: Exchange Server 2019 (`EXC01.corp.example.com`, 10.20.0.31) -> internal relay
  `mail-int01.example.com` (10.20.0.25) -> mx01. Colleague-to-colleague mail therefore arrives with the top line
  `from mail-int01.example.com (mail-int01.example.com [10.20.0.25]) by mx01.example.com` followed by the Exchange hops
  and `X-MS-Exchange-Organization-*` headers. Distribution lists used: all-staff@example.com, moscow-office@, madrid-office@,
  milano-office@, poznan-office@examplegroup.eu.
- A message claiming an Example Group sender but entering mx01 directly from an external IP is forged.
- No `Authentication-Results:` headers are included (the filter does its own checks). No `DKIM-Signature:` headers are
  included either, because valid signatures cannot be produced offline; SPF/alignment reasoning has to rely on the
  envelope sender, HELO, connecting IP and Received chain.

### Real external correspondents and their infrastructure (as used consistently in this set)
| Partner | Addresses | Infrastructure seen in the Received chain |
|---|---|---|
| Lieferant GmbH (DE supplier, Hanau) | s.maier@, p.lang@, rechnungen@lieferant-gmbh.de | Microsoft 365, German region (`*.DEUP281.PROD.OUTLOOK.COM`, outbound `DEU01-*-obe.outbound.protection.outlook.com`, 52.101.x.x). ERP invoices relayed from `erp01.lieferant-gmbh.local` via their M365 connector. Bank: Commerzbank, IBAN DE83 5064 0015 0723 4188 00 |
| Ferretti Trasporti S.r.l. (IT haulier, Parma) | c.colombo@ (Cristina Colombo, traffic office), amministrazione@ferretti-trasporti.it | Aruba outgoing SMTP (`smtpdh*.aruba.it`, 62.149.155.x) with ESMTPSA from office IPs 93.42.117.20/21; Outlook 16 / TeamSystem ERP. IBAN IT08 Q062 3012 7000 0004 6218 830 |
| Partner Logistik Sp. z o.o. (PL logistics, Wroclaw) | t.zielinski@ (Tomasz Zielinski, forwarding), ksiegowosc@partner-logistik.pl | Own Postfix `mx.partner-logistik.pl` [188.116.17.40]; staff authenticate from office IP 91.231.40.77 (Thunderbird); invoices from the enova365 ERP (192.168.10.40). Bank: Santander Bank Polska, 56 1090 1362 0000 0001 4881 2209 |

Attack messages 09 (rechnungen@lieferant-gmbh.de), 27 (c.colombo@ferretti-trasporti.it) and 35 (t.zielinski@partner-logistik.pl)
come from the partners' genuinely compromised mailboxes and therefore traverse the partners' real infrastructure; the anomalies
are in timing, recipients, client IP / mail client, content and links. Attack messages 07, 24 and 30 use look-alike domains
(lieferannt-gmbh.de, ferrettitrasporti.it, partner-logistlk.pl).

### Other senders
Other banks, authorities, SaaS vendors, customers and newsletters are realistic choices for late 2026; host names and IPs
follow each provider's usual naming but are illustrative. All dates fall between Mon 30 Nov and Sat 5 Dec 2026.

### Attachments
All attachments are harmless, structurally valid placeholders: PDFs (one-page, some with link annotations or an embedded QR
code image), XLSX (minimal OOXML), ZIP (one ZipCrypto-encrypted, password given in the mail), RAR 4.x (stored), SVG, HTML,
PNG, iCalendar, XML e-invoices. Anything that would be executable in the real campaign (.lnk, .exe, .js, .vbs, .wsf, scripts
in SVG/HTML) is replaced by a plain-text placeholder note or removed.
"""


def write_all():
    for sub in ('attack', 'business'):
        p = os.path.join(ROOT, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for fn in (a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
               a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40,
               b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20,
               b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, b37, b38, b39, b40):
        fn()
    seen = set()
    for folder, fname, desc, data in MESSAGES:
        assert (folder, fname) not in seen, fname
        seen.add((folder, fname))
        assert b'\r\n' in data and b'\n' not in data.replace(b'\r\n', b''), fname
        with open(os.path.join(ROOT, folder, fname), 'wb') as f:
            f.write(data)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
        for _k, name, a, _o, _r in STAFF:
            f.write('%s=%s\n' % (name, a))
    out = ['# audit19 - held-out mail test set (Example Group)', '',
           'Generated by `gen/build.py` (Python 3 standard library only, deterministic). '
           '`attack/` = 40 messages a good gateway should not deliver plainly to the inbox; '
           '`business/` = 40 legitimate messages that a filter could easily mistake for hostile. '
           'Languages: en, de, ru, es, it, pl, el. Raw RFC 5322 with CRLF line endings, as received by the inbound MX.', '',
           '## Staff (invented)', '', '| Display name | Address | Office | Role |', '|---|---|---|---|']
    for _k, name, a, o, r in STAFF:
        out.append('| %s | %s | %s | %s |' % (name, a, o, r))
    for folder in ('attack', 'business'):
        out += ['', '## %s/' % folder, '', '| File | Description |', '|---|---|']
        for fo, fname, desc, _d in MESSAGES:
            if fo == folder:
                out.append('| %s | %s |' % (fname, desc.replace('|', '/')))
    out += ['', INFRA_NOTES]
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out))


if __name__ == '__main__':
    write_all()
