#!/usr/bin/env python3
"""Deterministic generator for the Example Group mail-gateway evaluation set.

Writes attack/*.eml, business/*.eml, MANIFEST.md and staff.txt into the parent
directory of this script.  Python 3 standard library only; all pseudo-random
values come from random.Random seeded per message, so every run produces
byte-identical output.
"""
import base64
import email
import email.policy
import hashlib
import io
import os
import quopri
import random
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- company
COMPANY = """\
**Example Group** (Example Group GmbH, HQ Schanzenstraße 41, 51063 Köln, Germany;
+49 221 98765-0) is a European software and IT-services company with about 700
mailboxes on `example.com` and `examplegroup.eu`. It develops the SaaS product
*Example Orbit* (service-management / field-service platform, app.example.com,
api.example.com, mobile apps in the app stores), runs managed hosting and cloud
operations for customers (own racks in Köln and Athens, IaaS at Nimbora Cloud),
and has sales, support, finance, HR and a security team (security@example.com,
abuse@example.com). Offices: Köln (HQ), Milano (Example Group Italia s.r.l.),
Wrocław (Example Group Polska sp. z o.o.), Madrid (Example Group Iberia S.L.),
Athens/Marousi (Example Group Hellas M.IKE), London (Example Group UK Ltd) and
Saint Petersburg (OOO "Example Group Rus").
Inbound MX: mx01.example.com; internal relay: mail-int01.example.com [10.20.0.25];
SSO: sso.example.com; internal GitLab: git.example.com; wiki: wiki.example.com.
Role mailboxes: security@example.com, abuse@example.com, invoices@example.com,
support@example.com, jobs@examplegroup.eu.
"""

STAFF = [
    ("Markus Brandt", "markus.brandt@example.com", "CEO", "Köln"),
    ("Katrin Vogel", "katrin.vogel@example.com", "CFO", "Köln"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Accounts Payable", "Köln"),
    ("Jonas Hartmann", "jonas.hartmann@example.com", "CISO", "Köln"),
    ("Thomas Weber", "thomas.weber@example.com", "Head of Cloud Operations", "Köln"),
    ("Felix Schneider", "felix.schneider@example.com", "DevOps Engineer", "Köln"),
    ("Lena Fischer", "lena.fischer@examplegroup.eu", "HR Manager", "Köln"),
    ("Anja Roth", "anja.roth@example.com", "Executive Assistant to the CEO", "Köln"),
    ("Giulia Romano", "giulia.romano@example.com", "Sales Manager Italy", "Milano"),
    ("Marco Ricci", "marco.ricci@examplegroup.eu", "Account Manager", "Milano"),
    ("Francesca Esposito", "francesca.esposito@example.com", "Amministrazione / Accounting", "Milano"),
    ("Piotr Nowak", "piotr.nowak@example.com", "Engineering Lead", "Wrocław"),
    ("Agnieszka Wójcik", "agnieszka.wojcik@example.com", "Accounting (Księgowość)", "Wrocław"),
    ("Tomasz Kamiński", "tomasz.kaminski@example.com", "Support Team Lead", "Wrocław"),
    ("Javier Martín", "javier.martin@example.com", "Country Manager Spain", "Madrid"),
    ("Carmen Ruiz", "carmen.ruiz@example.com", "Finance", "Madrid"),
    ("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "Customer Support", "Madrid"),
    ("Dimitris Alexiou", "dimitris.alexiou@example.com", "General Manager Greece", "Athens"),
    ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Data Centre Operations", "Athens"),
    ("Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "Sales", "Athens"),
    ("James Carter", "james.carter@example.com", "Sales Director UK", "London"),
    ("Emily Hughes", "emily.hughes@example.com", "Legal & Compliance", "London"),
    ("Oliver Bennett", "oliver.bennett@example.com", "Security Analyst (SOC)", "London"),
    ("Andrey Volkov", "andrey.volkov@example.com", "General Director Russia", "Saint Petersburg"),
    ("Dmitry Sokolov", "dmitry.sokolov@example.com", "Development Lead", "Saint Petersburg"),
    ("Olga Ivanova", "olga.ivanova@examplegroup.eu", "Office & Accounting", "Saint Petersburg"),
    ("Sergey Morozov", "sergey.morozov@example.com", "Support Engineer", "Saint Petersburg"),
]
S = {}
for _n, _a, _r, _c in STAFF:
    S[_a.split(".")[0]] = (_n, _a)
# native-script display names used by some mailers
S_NATIVE = {
    "dimitris": ("Δημήτρης Αλεξίου", "dimitris.alexiou@example.com"),
    "nikos": ("Νίκος Παπαδόπουλος", "nikos.papadopoulos@example.com"),
    "eleni": ("Ελένη Γεωργίου", "eleni.georgiou@examplegroup.eu"),
    "andrey": ("Андрей Волков", "andrey.volkov@example.com"),
    "dmitry": ("Дмитрий Соколов", "dmitry.sokolov@example.com"),
    "olga": ("Ольга Иванова", "olga.ivanova@examplegroup.eu"),
    "sergey": ("Сергей Морозов", "sergey.morozov@example.com"),
}
ROLE = {
    "security": ("Example Group Security", "security@example.com"),
    "abuse": ("Abuse Desk", "abuse@example.com"),
    "invoices": ("Invoices", "invoices@example.com"),
    "support": ("Example Support", "support@example.com"),
    "jobs": ("Jobs Example Group", "jobs@examplegroup.eu"),
}

CORRESPONDENTS = """\
- Lieferant GmbH, Düsseldorf (hardware supplier): Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>
- Ferretti Trasporti S.p.A., Verona (customer): Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>
- Partner Logistik sp. z o.o., Poznań (customer): Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>
- Harrow & Finch Insurance Ltd, Leeds (customer): procurement@harrowfinch.co.uk, legal
- Clínicas Alvedra S.L., Valencia (customer): compras@alvedra.es
- Aegean Pylon Ferries A.E., Piraeus (customer): it@aegeanpylon.gr, logistirio@aegeanpylon.gr
- OOO "SeverTekhSnab", Saint Petersburg (customer): severtehsnab.ru
- Cantine Vallauri S.p.A. (prospect), Sistemas Levante S.L. (reseller prospect)
- Nordwerk IT-Systemhaus GmbH, Bochum (reseller): nordwerk-it.de
- Nimbora Cloud GmbH (IaaS provider, nimbora.cloud), Domainwerk AG (domain registrar, domainwerk.de),
  Dominios Ibéricos (registrar for .es, dominiosibericos.es), Attica DataHub (colocation Athens, atticadatahub.gr)
- SaaS: Uptrail (uptime monitoring, uptrail.io), SignaFlow (e-signature, signaflow.com), Bountyhall (bug-bounty platform, bountyhall.com), Payvora (payment provider, payvora.com)
- Recruiters: Talentbrücke GmbH (talentbruecke.de), HR Nexus sp. z o.o. (hrnexus.pl)
- Authorities / CERTs: ELSTER (elster.de), CERT Polska (cert.pl)
"""

# ---------------------------------------------------------------- IBAN etc.

def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(i):
    i = i.replace(" ", "")
    s = i[4:] + i[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def fmt_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def it_bban(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for k, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if k % 2 == 0 else v
    return chr(65 + tot % 26) + s


def es_bban(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(d):
        r = 11 - sum(int(a) * b for a, b in zip(d, w)) % 11
        return 0 if r == 11 else 1 if r == 10 else r
    return f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"


def pl_bban(bank7, acct16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(bank7, w)) % 10) % 10
    return f"{bank7}{c}{acct16}"


def ru_account(bik, acct):
    """acct: 20 digits, position 9 (index 8) is replaced by the control key."""
    a = acct[:8] + "0" + acct[9:]
    v = bik[-3:] + a
    w = [7, 1, 3] * 8
    s = sum((int(d) * k) % 10 for d, k in zip(v, w))
    key = ((10 - s % 10) % 10 * 7) % 10
    return a[:8] + str(key) + a[9:]


def fmt_pl(i):  # Polish NRB style: 2+4x6 groups, IBAN with PL prefix
    n = i[2:]
    return "PL" + n[:2] + " " + " ".join(n[k:k + 4] for k in range(2, len(n), 4))


# ---------------------------------------------------------------- attachments

def make_pdf(lines, title="Document", uri=None, producer="Microsoft® Word for Microsoft 365",
             created="20261110091500+01'00'"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 790
    ops = ["BT", "/F1 11 Tf", "14 TL", f"50 {y} Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    sb = ("\n".join(ops) + "\n").encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R"
         + (" /Annots [7 0 R]" if uri else "") + " >>").encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream",
        ("<< /Title (" + esc(title) + ") /Producer (" + esc(producer) + ") /CreationDate (D:" + created + ") >>").encode("cp1252"),
    ]
    if uri:
        objs.append(("<< /Type /Annot /Subtype /Link /Rect [40 40 555 800] /Border [0 0 0] /A << /S /URI /URI ("
                     + esc(uri) + ") >> >>").encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{k} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _zip(files, when):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(paras, author="User", when=(2026, 11, 3, 10, 0, 0)):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    y, mo, d, h, mi, s = when
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{_x(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z</dcterms:created>'
            '</cp:coreProperties>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", core)], when)


def make_xlsx(rows, when=(2026, 11, 3, 10, 0, 0)):
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
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = chr(65 + c) + str(r)
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(out) + "</sheetData></worksheet>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)], when)


def make_zip(files, when=(2026, 11, 10, 8, 0, 0)):
    return _zip(files, when)


# inert stand-ins for malicious payloads (never executable)
FAKE_LNK = (b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F"
            + b"\x00" * 56 + b"C:\\Windows\\System32\\cmd.exe /c [INERT TEST PLACEHOLDER]")
FAKE_EXE = b"MZ\x90\x00" + b"\x00" * 60 + b"This program cannot be run in DOS mode. [INERT TEST PLACEHOLDER]\r\n"

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- MIME model

class Leaf:
    def __init__(self, ctype, data, cte, charset=None, filename=None, disp=None, cid=None, fn_charset="utf-8"):
        self.ctype, self.data, self.cte, self.charset = ctype, data, cte, charset
        self.filename, self.disp, self.cid, self.fn_charset = filename, disp, cid, fn_charset


class Multi:
    def __init__(self, sub, *parts):
        self.sub, self.parts = sub, list(parts)


def T(text, cs="utf-8", cte="quoted-printable", sub="plain"):
    return Leaf("text/" + sub, text.encode(cs), cte, charset=cs)


def HT(html, cs="utf-8", cte="quoted-printable"):
    return T(html, cs, cte, "html")


def ALT(text, html, cs="utf-8", cte="quoted-printable", hcte=None):
    return Multi("alternative", T(text, cs, cte), HT(html, cs, hcte or cte))


def ATT(filename, ctype, data, disp="attachment", charset=None, fn_charset="utf-8"):
    return Leaf(ctype, data, "base64", charset=charset, filename=filename, disp=disp, fn_charset=fn_charset)


def MIX(*parts):
    return Multi("mixed", *parts)


def charsets(p):
    if isinstance(p, Multi):
        out = []
        for q in p.parts:
            for c in charsets(q):
                if c not in out:
                    out.append(c)
        return out
    return [p.charset] if p.charset and p.ctype.startswith("text/") and not p.filename else []


def _fname_params(name, cs):
    try:
        name.encode("ascii")
        return f'"{name}"', None
    except UnicodeEncodeError:
        enc = Header(name, cs).encode()
        rfc2231 = f"{cs}''" + "".join(
            ch if re.match(r"[A-Za-z0-9._-]", ch) else "".join(f"%{b:02X}" for b in ch.encode(cs)) for ch in name)
        return f'"{enc}"', rfc2231


def ser(p, rng, top=False):
    if isinstance(p, Multi):
        b = "----=_Part_" + "".join(rng.choice("0123456789ABCDEFabcdef") for _ in range(24))
        if p.sub == "alternative":
            b = "000000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(16))
        head = f'Content-Type: multipart/{p.sub};\n\tboundary="{b}"\n'.encode()
        body = b""
        if top:
            body += b"This is a multi-part message in MIME format.\n"
        for q in p.parts:
            body += f"\n--{b}\n".encode() + ser(q, rng)
        body += f"\n--{b}--\n".encode()
        return head + b"\n" + body
    h = []
    ct = f"Content-Type: {p.ctype}"
    if p.charset and (p.ctype.startswith("text/") or p.filename is None):
        ct += f'; charset="{p.charset}"'
    if p.filename:
        q, r2231 = _fname_params(p.filename, p.fn_charset)
        ct += f";\n\tname={q}"
    h.append(ct)
    h.append(f"Content-Transfer-Encoding: {p.cte}")
    if p.filename:
        q, r2231 = _fname_params(p.filename, p.fn_charset)
        if r2231:
            h.append(f"Content-Disposition: {p.disp};\n\tfilename*={r2231}")
        else:
            h.append(f"Content-Disposition: {p.disp};\n\tfilename={q}")
    if p.cid:
        h.append(f"Content-ID: <{p.cid}>")
    if p.cte == "base64":
        body = base64.encodebytes(p.data)
    elif p.cte == "quoted-printable":
        body = quopri.encodestring(p.data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:  # 7bit / 8bit
        body = p.data if p.data.endswith(b"\n") else p.data + b"\n"
    return ("\n".join(h) + "\n\n").encode() + body


# ---------------------------------------------------------------- headers

def hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode(maxlinelen=76)


def addr(pair, cs="utf-8"):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def tz(h):
    return timezone(timedelta(hours=h))


def D(day, month, hh, mm, ss=0, off=1):
    return datetime(2026, month, day, hh, mm, ss, tzinfo=tz(off))


def fmt_date(dt, comment=None):
    s = format_datetime(dt)
    return s + (f" ({comment})" if comment else "")


def rhex(rng, n, alphabet="0123456789abcdef"):
    return "".join(rng.choice(alphabet) for _ in range(n))


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
TLS = "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"


def profile(m, rng, dt):
    """Returns (inner Received list, Message-ID, extra headers)."""
    kind = m["mailer"]
    fa = m["frm"][1]
    dom = fa.split("@")[1]
    rc = m["rcpt"]
    hop = m["hop"]
    inner, extra = [], []
    if kind == "gmail":
        d2 = dt.astimezone(tz(-8))
        inner.append(f"by {hop[1]} with SMTP id {rhex(rng, 5, '0123456789')}a{rhex(rng, 2)}-{rhex(rng, 10)}.{rhex(rng, 1)}\n\t"
                     f"for <{rc}>; {fmt_date(d2, 'PST')}")
        mid = "<CA" + rhex(rng, 2, ALNUM).upper() + "+" + rhex(rng, 40, ALNUM + "-_") + "@mail.gmail.com>"
    elif kind == "outlook":
        pod = rng.choice(["AS8PR04MB", "DB9PR07MB", "PAXPR08MB", "AM9PR02MB", "VI1PR03MB", "DU0PR10MB"])
        num = str(rng.randint(1000, 9999))
        srv = pod + num
        reg = {"AS8PR04MB": "eurprd04", "DB9PR07MB": "eurprd07", "PAXPR08MB": "eurprd08",
               "AM9PR02MB": "eurprd02", "VI1PR03MB": "eurprd03", "DU0PR10MB": "eurprd10"}[pod]
        d2 = dt.astimezone(timezone.utc)
        srv2 = rng.choice(["AM0PR02CA", "DB8PR06CA", "PR3P191CA", "AS9PR06CA"]) + str(rng.randint(1000, 9999))
        inner.append(f"from {srv}.{reg}.prod.outlook.com (2603:10a6:20b:{rhex(rng, 3)}::{rhex(rng, 2)})\n\t"
                     f"by {srv2}.{reg}.prod.outlook.com (2603:10a6:{rhex(rng, 3)}:{rhex(rng, 2)}::{rhex(rng, 2)}) with Microsoft SMTP Server\n\t"
                     f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.{rng.randint(10, 40)};\n\t"
                     + d2.strftime("%a, %d %b %Y %H:%M:%S +0000"))
        mid = f"<{srv}{rhex(rng, 28, '0123456789ABCDEF')}@{srv}.{reg}.prod.outlook.com>"
        extra += [("Thread-Topic", m["subject"]), ("Thread-Index", "A" + rhex(rng, 27, ALNUM + "+/") + "=="),
                  ("Accept-Language", m.get("lang_tag", "en-US")), ("Content-Language", m.get("lang_tag", "en-US")),
                  ("X-MS-Has-Attach", "yes" if m.get("has_att") else ""), ("X-MS-TNEF-Correlator", "")]
    elif kind in ("postfix", "thunderbird"):
        cip = m.get("client_ip", f"{rng.choice([79, 87, 93, 95, 151, 178, 188, 217])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
        inner.append(f"from [{m.get('client_local', '192.168.1.' + str(rng.randint(20, 200)))}] ({cip})\n\t"
                     f"(Authenticated sender: {fa})\n\tby {hop[1]} (Postfix) with ESMTPSA id {rhex(rng, 11, '0123456789ABCDEF')};\n\t"
                     + fmt_date(dt))
        mid = f"<{rhex(rng, 8)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 12)}@{dom}>"
        if kind == "thunderbird":
            extra.append(("User-Agent", "Mozilla Thunderbird"))
    elif kind == "internal":
        cip = "10." + str(rng.choice([31, 32, 33, 34, 35, 36])) + "." + str(rng.randint(1, 20)) + "." + str(rng.randint(10, 240))
        inner.append(f"from [{cip}] (unknown [{cip}])\n\t(Authenticated sender: {fa})\n\tby mail-int01.example.com (Postfix) with ESMTPSA id "
                     f"{rhex(rng, 11, '0123456789ABCDEF')};\n\t" + fmt_date(dt))
        mid = f"<{rhex(rng, 8)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 12)}@example.com>"
        if "mid" not in m:
            extra.append(("User-Agent", "Mozilla Thunderbird"))
    elif kind == "exchange":
        inner.append(f"from {m.get('exch_host', 'EXCH01.' + dom)} ({m.get('exch_ip', '10.0.0.' + str(rng.randint(10, 60)))}) by {hop[1]}\n\t"
                     f"(10.0.0.{rng.randint(2, 9)}) with Microsoft SMTP Server (version=TLS1_2,\n\t"
                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; " + fmt_date(dt))
        mid = f"<{rhex(rng, 32)}@{m.get('exch_host', 'EXCH01.' + dom).lower()}>"
        extra += [("Thread-Topic", m["subject"]), ("Thread-Index", "A" + rhex(rng, 27, ALNUM + "+/") + "=="),
                  ("X-MS-Has-Attach", "yes" if m.get("has_att") else ""), ("X-Originating-IP", f"[10.0.0.{rng.randint(60, 200)}]")]
    elif kind == "saas":
        inner.append(f"from {m.get('app_host', 'app01.internal')} (localhost [127.0.0.1])\n\tby {hop[1]} (Postfix) with ESMTP id "
                     f"{rhex(rng, 11, '0123456789ABCDEF')};\n\t" + fmt_date(dt))
        mid = f"<{m.get('mid_local', rhex(rng, 24))}@{m.get('mid_dom', dom)}>"
    elif kind == "php":
        inner.append(f"from localhost (localhost [127.0.0.1])\n\tby {hop[1]} (Postfix) with ESMTP id {rhex(rng, 10, '0123456789ABCDEF')};\n\t"
                     + fmt_date(dt))
        mid = f"<{rhex(rng, 32, ALNUM)}@{m.get('mid_dom', hop[1])}>"
        extra.append(("X-Mailer", m.get("xmailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")))
    elif kind == "mailru":
        inner.append(f"by f{rng.randint(100, 499)}.i.mail.ru with local (envelope-from <{fa}>)\n\tid 1v{rhex(rng, 14, ALNUM)}; "
                     + fmt_date(dt.astimezone(tz(3))))
        mid = f"<{int(dt.timestamp())}.{rng.randint(100000000, 999999999)}@f{rng.randint(100, 499)}.i.mail.ru>"
        extra.append(("X-Mailer", "Mail.Ru Mailer 1.0"))
    elif kind == "yandex":
        inner.append(f"from mail.yandex.ru (mail.yandex.ru [{rhex(rng, 4)}:{rhex(rng, 4)}::1:{rng.randint(10, 99)}])\n\tby {hop[1]} (Yandex) with HTTP id "
                     f"{rhex(rng, 10, ALNUM)}-{rhex(rng, 8, ALNUM)}; " + fmt_date(dt.astimezone(tz(3))))
        mid = f"<{rng.randint(100000, 999999)}{int(dt.timestamp())}@mail.yandex.ru>"
    elif kind == "gmx":
        inner.append(f"from [{m.get('client_ip', '91.64.' + str(rng.randint(1, 254)) + '.' + str(rng.randint(1, 254)))}] by {m.get('webapp', '3c-app-gmx-bap44')}\n\t"
                     f"(via HTTP); " + fmt_date(dt))
        mid = f"<trinity-{rhex(rng, 8)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 4)}-{rhex(rng, 12)}-{int(dt.timestamp()) * 1000}@{m.get('webapp', '3c-app-gmx-bap44')}>"
    elif kind == "proton":
        mid = "<" + rhex(rng, 64, ALNUM + "-_") + "=@proton.me>"
    else:
        raise ValueError(kind)
    if "mid" in m:
        mid = m["mid"]
    return inner, mid, extra


def has_attachment(p):
    if isinstance(p, Multi):
        return any(has_attachment(q) for q in p.parts)
    return bool(p.filename)


def build_message(m, seed):
    rng = random.Random(seed)
    dt = m["date"]
    cs = m.get("hcs", m["cs"])
    m.setdefault("lang_tag", {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES",
                              "el": "el-GR", "ru": "ru-RU"}[m["lang"]])
    m["has_att"] = has_attachment(m["body"])
    inner, mid, extra = profile(m, rng, dt)
    mx_dt = (dt + timedelta(seconds=rng.randint(2, 95))).astimezone(tz(1))
    helo, rdns, ip = m["hop"]
    qid = rhex(rng, 2, "0123456789") + rhex(rng, 1, "BCDFGHJKLMNPQRSTVWXYZ") + rhex(rng, 9, ALNUM.replace("0", ""))
    if m["mailer"] == "internal":
        top = (f"from mail-int01.example.com (mail-int01.example.com [10.20.0.25])\n\tby mx01.example.com (Postfix) with ESMTPS id {qid}\n\t"
               f"for <{m['rcpt']}>; {fmt_date(mx_dt)}")
    else:
        top = (f"from {helo} ({rdns} [{ip}])\n\t{TLS}\n\tby mx01.example.com (Postfix) with ESMTPS id {qid}\n\t"
               f"for <{m['rcpt']}>; {fmt_date(mx_dt)}")
    H = [("Received", top)] + [("Received", r) for r in inner]
    H += m.get("pre", [])
    H.append(("From", addr(m["frm"], cs)))
    H.append(("To", ", ".join(addr(t, cs) for t in m["to"])))
    if m.get("cc"):
        H.append(("Cc", ", ".join(addr(t, cs) for t in m["cc"])))
    if m.get("reply_to"):
        H.append(("Reply-To", addr(m["reply_to"], cs)))
    H.append(("Subject", hdr(m["subject"], cs)))
    H.append(("Date", fmt_date(dt)))
    H.append(("Message-ID", mid))
    for k in ("in_reply_to", "references"):
        if m.get(k):
            H.append(({"in_reply_to": "In-Reply-To", "references": "References"}[k], m[k]))
    H += [(k, hdr(v, cs)) for k, v in extra]
    H += m.get("extra", [])
    H.append(("MIME-Version", "1.0"))
    lines = []
    for k, v in H:
        lines.append(f"{k}: {v}" if v != "" else f"{k}: ")
    head = ("\n".join(lines) + "\n").encode("ascii")
    body = ser(m["body"], rng, top=True)
    return head + body


# ---------------------------------------------------------------- registry
MSGS = []


def M(kind, n, lang, slug, desc, **kw):
    kw.update(kind=kind, n=n, lang=lang, slug=slug, desc=desc)
    kw.setdefault("rcpt", kw["to"][0][1])
    kw.setdefault("cs", "utf-8")
    MSGS.append(kw)


def html_page(inner, cs="utf-8", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            f'</head>\n<body style="{style}">\n{inner}\n</body></html>\n')


def btn(url, label, color="#1a73e8"):
    return (f'<p><a href="{url}" style="display:inline-block;padding:10px 22px;background:{color};color:#ffffff;'
            f'text-decoration:none;border-radius:4px;font-weight:bold">{label}</a></p>')


def p2h(text):
    """plain text paragraphs -> simple HTML"""
    paras = [x.strip("\n") for x in text.split("\n\n")]
    return "\n".join("<p>" + _x(q).replace("\n", "<br>\n") + "</p>" for q in paras if q.strip())


# IP/host helpers for common providers
GMAIL = lambda n: (f"mail-{n}.google.com", f"mail-{n}.google.com",
                   "209.85.%d.%d" % (128 + int(hashlib.md5(n.encode()).hexdigest()[:2], 16) % 100,
                                     int(hashlib.md5(n.encode()).hexdigest()[2:4], 16) % 250 + 2))
def OUTLOOK(site, eur, ip):
    return (f"{eur.upper()}-{site.upper()}-obe.outbound.protection.outlook.com",
            f"mail-{site.lower()}{eur.lower()}on2{int(ip.split('.')[-1]):03d}.outbound.protection.outlook.com", ip)


INTERNAL = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")

# ======================================================================
#                                ATTACKS
# ======================================================================
A = "attack"
VPS1 = ("mail.examplegroup-eu.com", "vmi2284417.contaboserver.net", "62.171.147.203")

# ---------------------------------------------------------------- German
M(A, 1, "de", "ceo-fraud-uebernahme",
  "CEO fraud: look-alike domain examplegroup-eu.com impersonates the CEO, asks the CFO for a secret 'exclusivity fee' transfer and announces a fake lawyer.",
  frm=("Markus Brandt", "markus.brandt@examplegroup-eu.com"), to=[S["katrin"]],
  subject="Vertraulich - kurze Abstimmung heute", date=D(3, 11, 9, 12, 41),
  cs="iso-8859-15", mailer="postfix", hop=VPS1, client_ip="185.213.155.18",
  extra=[("X-Priority", "1 (Highest)"), ("Importance", "high")],
  body=T("""Hallo Katrin,

bist du heute bis 17 Uhr erreichbar? Ich brauche deine Unterstützung in einer
vertraulichen Angelegenheit.

Wie du weißt, führen wir seit einigen Wochen Gespräche über die Übernahme eines
kleinen Managed-Hosting-Anbieters in Österreich. Das Signing wird heute
Nachmittag vorbereitet, und die Gegenseite verlangt eine Exklusivitätsgebühr
von 186.400,00 € auf das Treuhandkonto der Kanzlei, die uns begleitet.
Dr. Alexander Reiter (Reiter & Partner Rechtsanwälte, Wien) meldet sich gleich
per E-Mail bei dir und schickt dir die Kontodaten.

Bitte sprich bis zur offiziellen Bekanntgabe mit niemandem darüber, auch nicht
mit Thomas oder dem Finance-Team - die Vorgaben zu Insiderinformationen sind
hier sehr streng. Ich sitze den ganzen Tag in Frankfurt in Meetings und bin nur
per Mail erreichbar, Telefon geht heute leider nicht.

Gib mir bitte kurz Bescheid, ob du die Zahlung heute noch freigeben kannst.

Viele Grüße
Markus

Von meinem iPhone gesendet
""", "iso-8859-15"))

_lt = iban("LT", "32500" + "10473829116")
M(A, 2, "de", "lieferant-bankwechsel-lookalike",
  "Supplier bank-detail-change fraud: 'Lieferant GmbH' from look-alike domain Iieferant-gmbh.de (capital I for l) in a fake reply thread, new Lithuanian IBAN plus 'official' PDF letter.",
  frm=("Lieferant GmbH - Buchhaltung", "rechnungen@iieferant-gmbh.de"), to=[S["sabine"]],
  cc=[("Stefan Maier", "s.maier@iieferant-gmbh.de")],
  subject="AW: Offene Posten November / Änderung unserer Bankverbindung",
  date=D(5, 11, 10, 47, 3), cs="windows-1252", mailer="outlook",
  hop=OUTLOOK("fr2", "deu01", "40.107.135.118"),
  in_reply_to="<FR3P281MB17425C1E8B0D4A3F9E2C@FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM>",
  body=MIX(T(f"""Sehr geehrte Frau Krüger,

vielen Dank für Ihre Rückmeldung zu den offenen Posten.

Im Zuge der Umstellung unseres Zahlungsverkehrs auf unsere neue Konzern-
Treasury-Lösung hat sich unsere Bankverbindung geändert. Bitte verwenden Sie
ab sofort - auch für die bereits fälligen Rechnungen RE-2026-11873
(14.280,00 €) und RE-2026-11902 (3.915,60 €) - ausschließlich die folgende
Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: {fmt_iban(_lt)}
BIC: REVOLT21
Bank: Revolut Bank UAB

Unsere bisherige Verbindung bei der Stadtsparkasse Düsseldorf wird zum
30.11.2026 geschlossen, Zahlungen dorthin können nicht mehr zugeordnet werden
und würden zurückgebucht. Die offizielle Mitteilung finden Sie im Anhang.

Da wir aktuell eine Prüfung durch den Wirtschaftsprüfer haben, bitten wir um
Ausgleich der beiden Rechnungen bis Freitag und eine kurze Bestätigung per
E-Mail, sobald die Änderung in Ihrem System hinterlegt ist.

Mit freundlichen Grüßen

i. A. Monika Hahn
Finanzbuchhaltung
Lieferant GmbH | Höherweg 287 | 40231 Düsseldorf
Tel. +49 211 5489 3300
""", "windows-1252"),
           ATT("Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", "application/pdf", make_pdf([
               "Lieferant GmbH - Hoeherweg 287 - 40231 Duesseldorf",
               "", "Mitteilung ueber die Aenderung der Bankverbindung", "",
               "Sehr geehrte Geschaeftspartner,",
               "ab sofort bitten wir Sie, saemtliche Zahlungen auf folgendes Konto zu leisten:",
               "Kontoinhaber: Lieferant GmbH", f"IBAN: {fmt_iban(_lt)}", "BIC: REVOLT21",
               "", "Duesseldorf, 04.11.2026", "Geschaeftsfuehrung"], title="Bankverbindung"))))

M(A, 3, "de", "fake-nimbora-sperrung",
  "Fake IaaS provider billing/suspension notice (Nimbora Cloud) from nimbora-cloud-billing.com: 'payment failed, production VMs will be suspended in 48h', link to credential/card-harvesting page.",
  frm=("Nimbora Cloud Billing", "billing@nimbora-cloud-billing.com"), to=[S["thomas"]],
  subject="Aktion erforderlich: Zahlung fehlgeschlagen - Ihre Instanzen werden in 48 Stunden angehalten",
  date=D(7, 11, 6, 3, 55), mailer="php", hop=("nimbora-cloud-billing.com", "srv1741853.hstgr.cloud", "89.116.52.147"),
  body=ALT("""Nimbora Cloud - Abrechnung

Sehr geehrter Kunde,

die automatische Abbuchung für Ihr Projekt "example-prod-fra" (Kundennummer
NC-2019-004187) über 4.318,22 EUR konnte nicht durchgeführt werden. Ihre
hinterlegte Zahlungsmethode wurde vom Kartenaussteller abgelehnt.

Um eine Unterbrechung Ihrer Dienste zu vermeiden, aktualisieren Sie bitte
innerhalb von 48 Stunden Ihre Zahlungsinformationen:

https://nimbora-cloud-billing.com/console/billing/verify?acct=NC-2019-004187

Nach Ablauf dieser Frist werden alle laufenden Instanzen, Volumes und Load
Balancer des Projekts angehalten. Snapshots werden nach 7 Tagen gelöscht.

Ihr Nimbora Cloud Billing Team
""", html_page("""<table width="600" style="border:1px solid #ddd"><tr><td style="background:#0b2545;padding:16px;color:#fff;font-size:20px"><b>nimbora</b> cloud</td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrter Kunde,</p>
<p>die automatische Abbuchung für Ihr Projekt <b>example-prod-fra</b> (Kundennummer NC-2019-004187) über <b>4.318,22&nbsp;EUR</b> konnte nicht durchgeführt werden. Ihre hinterlegte Zahlungsmethode wurde vom Kartenaussteller abgelehnt.</p>
<p>Um eine Unterbrechung Ihrer Dienste zu vermeiden, aktualisieren Sie bitte <b>innerhalb von 48 Stunden</b> Ihre Zahlungsinformationen.</p>
""" + btn("https://nimbora-cloud-billing.com/console/billing/verify?acct=NC-2019-004187", "Zahlungsmethode aktualisieren", "#e4572e") + """
<p style="color:#a00">Nach Ablauf dieser Frist werden alle laufenden Instanzen, Volumes und Load Balancer angehalten. Snapshots werden nach 7 Tagen gelöscht.</p>
<p>Ihr Nimbora Cloud Billing Team</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:10px">Nimbora Cloud GmbH &middot; Frankfurt am Main &middot; Diese E-Mail wurde automatisch erstellt.</td></tr></table>""")))

M(A, 4, "de", "fake-elster-erstattung",
  "Fake ELSTER tax-refund notice (HTML only) from elster-portal-de.info asking to 'confirm bank details' on a phishing page.",
  frm=("ELSTER - Ihr Online-Finanzamt", "noreply@elster-portal-de.info"), to=[S["katrin"]],
  subject="Ihre Steuererstattung 2025 - Bestätigung der Bankverbindung erforderlich",
  date=D(10, 11, 14, 22, 9), cs="iso-8859-1", mailer="php", hop=("elster-portal-de.info", "mail.elster-portal-de.info", "193.233.21.84"),
  body=HT(html_page("""<div style="max-width:620px;margin:auto">
<div style="background:#004b76;color:#fff;padding:14px 18px;font-size:18px">ELSTER &ndash; Ihr Online-Finanzamt</div>
<div style="padding:18px;border:1px solid #ccc">
<p>Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,</p>
<p>nach der abschließenden Prüfung Ihrer Steuererklärung für das Jahr 2025 wurde ein Erstattungsbetrag in Höhe von <b>2.847,30 EUR</b> festgesetzt.</p>
<p>Die Auszahlung konnte nicht erfolgen, da die hinterlegte Bankverbindung nicht verifiziert werden konnte. Bitte bestätigen Sie Ihre Daten bis spätestens <b>17.11.2026</b>, andernfalls verfällt der Anspruch auf Auszahlung im laufenden Veranlagungszeitraum.</p>
<p style="text-align:center"><a href="https://elster-de.steuer-rueckerstattung.app/login?ref=ERS-2025-7731942" style="background:#e30613;color:#fff;padding:10px 20px;text-decoration:none">Erstattung jetzt anfordern</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Finanzamt</p>
<p style="font-size:11px;color:#777">Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
</div></div>""", "iso-8859-1"), "iso-8859-1"))

M(A, 5, "de", "fake-bewerbung-lnk",
  "Fake job applicant (gmail) with a ZIP 'Bewerbung' containing .pdf.lnk shortcut files (malware lure; payload is an inert placeholder).",
  frm=("Julia Becker", "julia.becker.bewerbung@gmail.com"), to=[S["lena"]],
  subject="Bewerbung als DevOps Engineer (m/w/d) - Ihre Anzeige auf StepStone",
  date=D(11, 11, 8, 31, 17), mailer="gmail", hop=GMAIL("ej1-f67"),
  body=MIX(T("""Sehr geehrte Frau Fischer,

mit großem Interesse habe ich Ihre Stellenanzeige als DevOps Engineer (m/w/d)
für Ihren Standort Köln gelesen. Derzeit arbeite ich als Systemadministratorin
bei einem Rechenzentrumsbetreiber in Düsseldorf und betreue dort unter
anderem Kubernetes-Cluster, Terraform-Module und unsere GitLab-CI-Pipelines.

Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse)
habe ich Ihnen aufgrund der Dateigröße als ZIP-Archiv beigefügt.

Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.
Mein frühestmöglicher Eintrittstermin ist der 01.02.2027.

Mit freundlichen Grüßen
Julia Becker
Mobil: +49 176 4821 9937
"""), ATT("Bewerbung_Julia_Becker.zip", "application/zip", make_zip([
    ("Bewerbung_Julia_Becker/Lebenslauf_Julia_Becker.pdf.lnk", FAKE_LNK),
    ("Bewerbung_Julia_Becker/Anschreiben.pdf.lnk", FAKE_LNK),
    ("Bewerbung_Julia_Becker/Zeugnisse.pdf.lnk", FAKE_LNK)]))))

M(A, 6, "de", "kompromittierte-kanzlei-signaflow",
  "Compromised real-looking tax-advisor account sends a fake SignaFlow 'Jahresabschluss 2025 - Unterlagen zur Unterschrift' with link to a credential page on pages.dev.",
  frm=("Kanzlei Hoffmann | Steuerberatung", "info@kanzlei-hoffmann-steuer.de"), to=[S["katrin"]],
  subject="Jahresabschluss 2025 - Unterlagen zur elektronischen Unterschrift",
  date=D(12, 11, 16, 48, 30), mailer="postfix",
  hop=("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.187"), client_ip="102.89.34.112",
  body=ALT("""Sehr geehrte Frau Vogel,

anbei erhalten Sie die Unterlagen zum Jahresabschluss 2025 (Bilanz, GuV,
Anhang) zur elektronischen Unterschrift über SignaFlow.

Dokument ansehen und unterschreiben:
https://signaflow-docs.pages.dev/envelope/7f3a91c2?u=katrin.vogel%40example.com

Bitte melden Sie sich mit Ihrem Microsoft-365-Konto an, um das Dokument zu
öffnen. Der Link ist 72 Stunden gültig.

Mit freundlichen Grüßen
Petra Hoffmann
Steuerberaterin
Kanzlei Hoffmann Steuerberatung | Aachener Str. 512 | 50933 Köln
Tel. +49 221 4709 8812
""", html_page("""<p>Sehr geehrte Frau Vogel,</p>
<p>anbei erhalten Sie die Unterlagen zum Jahresabschluss 2025 (Bilanz, GuV, Anhang) zur elektronischen Unterschrift.</p>
<table style="border:1px solid #d0d7de;width:480px"><tr><td style="background:#3b2f8f;color:#fff;padding:12px"><b>SignaFlow</b> &ndash; Petra Hoffmann hat Ihnen 3 Dokumente gesendet</td></tr>
<tr><td style="padding:16px">&#128196; Jahresabschluss_2025_Example_Group_GmbH.pdf<br>&#128196; Anhang_2025.pdf<br>&#128196; Vollstaendigkeitserklaerung.pdf""" +
  btn("https://signaflow-docs.pages.dev/envelope/7f3a91c2?u=katrin.vogel%40example.com", "DOKUMENTE PRÜFEN", "#f2b705") + """</td></tr></table>
<p>Bitte melden Sie sich mit Ihrem Microsoft-365-Konto an, um das Dokument zu öffnen. Der Link ist 72 Stunden gültig.</p>
<p>Mit freundlichen Grüßen<br>Petra Hoffmann<br>Steuerberaterin<br>Kanzlei Hoffmann Steuerberatung | Aachener Str. 512 | 50933 Köln</p>""")))

_n26 = iban("DE", "10011001" + "2631847590")
M(A, 7, "de", "gehaltskonto-umleitung",
  "Payroll diversion: display name of a real employee (Felix Schneider) on a web.de free-mail address asks HR to change his salary account to a neobank IBAN before the payroll run.",
  frm=("Felix Schneider", "felix.schneider.privat@web.de"), to=[S["lena"]],
  subject="Änderung meiner Bankverbindung für die Gehaltsabrechnung",
  date=D(19, 11, 7, 54, 12), mailer="gmx", webapp="3c-app-webde-bs55",
  hop=("mout.web.de", "mout.web.de", "212.227.15.14"), client_ip="37.120.217.41",
  body=T(f"""Hallo Lena,

ich habe mein Gehaltskonto zu einer anderen Bank gewechselt. Könntest du bitte
dafür sorgen, dass mein Novembergehalt schon auf das neue Konto überwiesen wird?

Kontoinhaber: Felix Schneider
IBAN: {fmt_iban(_n26)}
BIC: NTSBDEB1XXX

Ich schreibe dir von meiner privaten Adresse, weil ich heute im Homeoffice
Probleme mit dem VPN habe. Gib mir bitte kurz Bescheid, wenn es geändert ist.

Danke dir und viele Grüße
Felix
"""))

# ---------------------------------------------------------------- English
M(A, 8, "en", "fake-github-token-leak",
  "Fake GitHub secret-scanning alert from a look-alike domain: 'your personal access token was exposed in a public repo', link to a fake GitHub device-login page.",
  frm=("GitHub", "noreply@github-secretscanning-alerts.com"), to=[S["felix"]],
  subject="[GitHub] A personal access token for example-group was exposed in a public repository",
  date=D(4, 11, 22, 17, 40, 0), mailer="php", hop=("github-secretscanning-alerts.com", "ec2-3-79-141-22.eu-central-1.compute.amazonaws.com", "3.79.141.22"),
  body=ALT("""Hi felix-schneider,

GitHub secret scanning found a valid personal access token (classic) belonging
to your account in a public repository:

  Repository: example-group/orbit-helm-charts (fork: devtools-mirror/orbit-helm-charts)
  File:       values-prod.yaml, line 41
  Token:      ghp_****************************R7kQ
  Scopes:     repo, admin:org, write:packages

Anyone with this token can access private repositories of the example-group
organization. To protect your organization we will revoke the token and
suspend organization access for your account in 12 hours unless you review the
exposure:

https://github.com-session-review.app/login/device?alert=88412&org=example-group

Thanks,
The GitHub Security Team
""", html_page("""<div style="max-width:560px;margin:auto;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
<p style="font-size:22px">&#9899; GitHub</p>
<h3>A personal access token was exposed</h3>
<p>Hi <b>felix-schneider</b>,</p>
<p>GitHub secret scanning found a valid personal access token (classic) belonging to your account in a public repository:</p>
<pre style="background:#f6f8fa;padding:10px">Repository: example-group/orbit-helm-charts
File:       values-prod.yaml, line 41
Token:      ghp_****************************R7kQ
Scopes:     repo, admin:org, write:packages</pre>
<p>To protect your organization we will revoke the token and suspend organization access for your account in <b>12 hours</b> unless you review the exposure.</p>
""" + btn("https://github.com-session-review.app/login/device?alert=88412&org=example-group", "Review exposure", "#2da44e") + """
<p style="color:#57606a;font-size:12px">You are receiving this because you are an owner of example-group. GitHub, Inc. &#8226; 88 Colin P Kelly Jr Street &#8226; San Francisco, CA 94107</p></div>""")))

M(A, 9, "en", "bugbounty-extortion",
  "Fake 'security researcher' beg-bounty extortion from proton.me: claims a SQL injection and a dump of customer data, demands 5,000 USD in BTC within 72 hours.",
  frm=("Zer0Day Research", "zer0day.research@proton.me"), to=[ROLE["security"]],
  subject="Critical vulnerability in app.example.com - customer data exposed (72h deadline)",
  date=D(6, 11, 3, 9, 27, 0), mailer="proton", hop=("mail-4322.protonmail.ch", "mail-4322.protonmail.ch", "185.70.43.22"),
  body=T("""Hello Example Group security team,

I am an independent security researcher. During routine testing I identified a
critical SQL injection in the report export endpoint of your platform:

  POST https://app.example.com/api/v2/reports/export   parameter: sort_by

Using this I was able to read the tenants and users tables, including
e-mail addresses, bcrypt hashes and API keys of 11,412 accounts. A sample of
20 rows (redacted) is available for verification on request.

I have not shared this data with anyone. I am offering you a full write-up and
a proof that the extracted data has been deleted in exchange for a bug bounty
of 5,000 USD, payable in Bitcoin to:

  bc1q7m3xk0v9h2zq5l8w4r6yt0fjc2e9nsa3dplk4u

If I do not receive a response within 72 hours I will assume you are not
interested and will publish the findings, including the sample data, on a
public disclosure forum and notify your customers and the data protection
authority.

Regards,
Zer0Day Research
"""))

M(A, 10, "en", "fake-dmca-abuse",
  "Fake DMCA/abuse complaint to the hosting abuse desk from a gmail 'law firm' with an 'evidence' link to a credential/malware page on sites.google.com.",
  frm=("Lewis & Harmon LLP - IP Enforcement", "dmca.lewisharmon.llp@gmail.com"), to=[ROLE["abuse"]],
  subject="DMCA Takedown Notice - Case LH-2026-77140 - IP 185.232.66.41",
  date=D(9, 11, 17, 2, 44, -5), mailer="gmail", hop=GMAIL("qk1-f174"),
  body=ALT("""To the Abuse Department of Example Group,

We represent Northlake Media Holdings Inc. in intellectual property matters.
It has come to our attention that a server on your network (IP 185.232.66.41)
is hosting and distributing copyrighted material owned by our client without
authorization, in violation of the Digital Millennium Copyright Act (17 U.S.C.
512) and Directive (EU) 2019/790.

The infringing URLs, screenshots and hash values are documented in our
evidence file:

https://sites.google.com/view/lh-case-77140-evidence/download

We request that you remove or disable access to the infringing material within
24 hours of this notice. Failure to act may expose your company to secondary
liability and we will proceed with a formal complaint to your upstream
providers.

I have a good faith belief that the use described above is not authorized by
the copyright owner, its agent, or the law. Under penalty of perjury, the
information in this notice is accurate.

Daniel R. Whitaker
Senior Counsel, Lewis & Harmon LLP
1201 Brickell Ave, Suite 940, Miami, FL 33131
+1 (305) 814-2290
""", html_page(p2h("""To the Abuse Department of Example Group,

We represent Northlake Media Holdings Inc. in intellectual property matters. It has come to our attention that a server on your network (IP 185.232.66.41) is hosting and distributing copyrighted material owned by our client without authorization, in violation of the Digital Millennium Copyright Act (17 U.S.C. 512) and Directive (EU) 2019/790.""")
  + '<p>The infringing URLs, screenshots and hash values are documented in our <a href="https://sites.google.com/view/lh-case-77140-evidence/download">evidence file (Case LH-2026-77140)</a>.</p>'
  + p2h("""We request that you remove or disable access to the infringing material within 24 hours of this notice. Failure to act may expose your company to secondary liability and we will proceed with a formal complaint to your upstream providers.

Daniel R. Whitaker
Senior Counsel, Lewis & Harmon LLP
1201 Brickell Ave, Suite 940, Miami, FL 33131
+1 (305) 814-2290"""))))

M(A, 11, "en", "callback-payvora-renewal",
  "Callback phishing (TOAD): fake Payvora renewal receipt for 1,249.99 USD from gmail with PDF 'invoice'; the only action is to call a fraudulent US toll-free number.",
  frm=("Payvora Billing", "payvora.billing.dept2026@gmail.com"), to=[S["james"]],
  subject="Receipt PV-88213-4471: Payvora Business Annual Plan renewed",
  date=D(13, 11, 15, 40, 2, -8), mailer="gmail", hop=GMAIL("pl1-f182"),
  body=MIX(T("""Dear Customer,

Thank you for your payment. Your Payvora Business Annual Plan has been renewed
automatically and the amount of USD 1,249.99 will be charged to your account
within 24 hours.

  Order ID:   PV-88213-4471
  Product:    Payvora Business Annual Plan (multi-currency)
  Amount:     USD 1,249.99
  Payment:    Auto-debit

If you did not authorize this renewal or wish to cancel and receive a full
refund, please contact our billing support immediately at

  +1 (844) 319-2276  (Mon-Sun, 24 hours)

Refunds cannot be processed after 24 hours.

Payvora Billing Department
"""), ATT("Payvora_Invoice_PV-88213-4471.pdf", "application/pdf", make_pdf([
    "PAYVORA - INVOICE", "", "Order ID: PV-88213-4471", "Date: 13/11/2026",
    "Payvora Business Annual Plan .............. USD 1,249.99",
    "", "Not you? Call Billing Support: +1 (844) 319-2276", "Refunds only within 24 hours."],
    title="Invoice", producer="iLovePDF"))))

M(A, 12, "en", "giftcard-display-name",
  "Gift-card scam: display name of the UK Sales Director on a gmail address asks a colleague to buy Apple gift cards 'for clients' and send the codes.",
  frm=("James Carter", "jcarter.ukoffice@gmail.com"), to=[S["emily"]],
  subject="Quick favour", date=D(18, 11, 11, 6, 51, 0), mailer="gmail", hop=GMAIL("wr1-f52"),
  body=T("""Hi Emily,

Are you at your desk? I need a quick favour. I'm stuck in back-to-back client
meetings in Leeds and can't take calls.

I promised some of our key accounts a small thank-you before the end of the
quarter. Could you pick up 10 Apple gift cards at GBP 100 each (Tesco or
Sainsbury's near the office will have them)? Scratch the back, take a clear
photo of each code and send them over here. I'll sort out the reimbursement
with finance this afternoon.

Please keep it between us for now, it's meant to be a surprise.

Thanks,
James

Sent from my iPhone
"""))

M(A, 13, "en", "fake-sso-mfa-reenroll",
  "Fake internal SSO/MFA re-enrollment ('passkeys mandatory from 1 December') from look-alike domain examplegroup-sso.com with Reply-To to another domain; link to an adversary-in-the-middle login page.",
  frm=("Example Group IT Service Desk", "it-servicedesk@examplegroup-sso.com"), to=[S["eleni"]],
  reply_to=("IT Service Desk", "servicedesk@eg-helpdesk.support"),
  subject="Action required: re-register your MFA device before 1 December",
  date=D(24, 11, 8, 15, 3, 2), mailer="php", hop=("examplegroup-sso.com", "server1.examplegroup-sso.com", "45.141.84.190"),
  body=ALT("""Dear Eleni,

As announced in the last all-hands, Example Group is moving all accounts to
phishing-resistant MFA (passkeys). Legacy authenticator registrations will be
deleted on 1 December 2026.

Your account eleni.georgiou@examplegroup.eu still uses a legacy registration.
Please re-register your device today (takes 2 minutes):

https://sso.examplegroup-sso.com/mfa/re-enroll?u=eleni.georgiou&tenant=example

Accounts that are not re-registered will be locked and must be unlocked via a
service-desk ticket.

Kind regards,
IT Service Desk - Example Group
""", html_page("""<table width="100%" style="max-width:560px"><tr><td style="border-top:4px solid #00a3e0;padding:16px">
<p style="font-size:18px"><b>Example Group</b> | IT Service Desk</p>
<p>Dear Eleni,</p>
<p>As announced in the last all-hands, Example Group is moving all accounts to phishing-resistant MFA (passkeys). Legacy authenticator registrations will be <b>deleted on 1 December 2026</b>.</p>
<p>Your account <b>eleni.georgiou@examplegroup.eu</b> still uses a legacy registration.</p>""" +
  btn("https://sso.examplegroup-sso.com/mfa/re-enroll?u=eleni.georgiou&tenant=example", "Re-register device", "#00a3e0") +
  """<p style="font-size:12px;color:#666">Accounts that are not re-registered will be locked and must be unlocked via a service-desk ticket.</p></td></tr></table>""")))

M(A, 14, "en", "compromised-customer-rfp",
  "Compromised genuine customer mailbox (harrowfinch.co.uk via its real Microsoft 365 tenant) sends an 'RFP for managed hosting' whose SharePoint-style link leads to a credential page on workers.dev.",
  frm=("Rebecca Shaw", "r.shaw@harrowfinch.co.uk"), to=[S["james"]],
  subject="RFP: Managed hosting & DR services 2027-2030 - Harrow & Finch",
  date=D(16, 11, 13, 27, 19, 0), mailer="outlook", hop=OUTLOOK("lo2", "gbr01", "40.107.121.86"),
  body=ALT("""Hi James,

Hope you're well. As discussed with your team earlier this year, we are now
formally tendering our managed hosting and disaster recovery services for
2027-2030. Example Group has been shortlisted.

The RFP pack (requirements, pricing schedule and the security questionnaire)
is on our procurement SharePoint:

https://harrowfinch-my.sharepoint-docs.workers.dev/:f:/p/r_shaw/RFP-2027-HOST?e=K2vQ8d

Please sign in with your work e-mail to access the folder. Clarification
questions are due by 27 November, submissions by 11 December.

Kind regards,
Rebecca Shaw
Procurement Manager
Harrow & Finch Insurance Ltd
+44 113 496 0731
""", html_page("""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi James,</p><p>Hope you're well. As discussed with your team earlier this year, we are now formally tendering our managed hosting and disaster recovery services for 2027-2030. Example Group has been shortlisted.</p>
<table style="border:1px solid #e1dfdd;padding:12px;width:420px"><tr><td>
<b>Rebecca Shaw shared a folder with you</b><br><br>&#128193; <b>RFP-2027-HOST</b><br><br>
<a href="https://harrowfinch-my.sharepoint-docs.workers.dev/:f:/p/r_shaw/RFP-2027-HOST?e=K2vQ8d" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Open</a>
</td></tr></table>
<p>Please sign in with your work e-mail to access the folder. Clarification questions are due by 27 November, submissions by 11 December.</p>
<p>Kind regards,<br>Rebecca Shaw<br>Procurement Manager<br>Harrow &amp; Finch Insurance Ltd<br>+44 113 496 0731</p></div>""")))

M(A, 15, "en", "fake-appstore-removal",
  "Fake App Store Connect notice (HTML only, base64) threatening removal of the company's mobile app within 24h; appeal link goes to an Apple-ID phishing page.",
  frm=("App Store Connect", "no_reply@appstoreconnect-review.com"), to=[S["piotr"]],
  subject="Your app \"Example Orbit\" will be removed from the App Store",
  date=D(26, 11, 19, 4, 48, 1), mailer="php", hop=("appstoreconnect-review.com", "mta2.appstoreconnect-review.com", "5.252.118.61"),
  body=HT(html_page("""<div style="max-width:600px;margin:auto;font-family:-apple-system,Helvetica,Arial,sans-serif;color:#1d1d1f">
<p style="font-size:20px">&#63743; App Store Connect</p>
<p>Dear Developer,</p>
<p>Upon re-review, we found that your app <b>Example Orbit</b> (Apple ID 6447158203), version 5.14.0, is in violation of App Review Guideline 5.1.1 (Data Collection and Storage).</p>
<p>As a result, your app will be <b>removed from the App Store in 24 hours</b> and your developer account may be suspended. If you believe this decision is incorrect you can submit an appeal to the App Review Board.</p>
<p><a href="https://appstoreconnect-review.com/appeal/6447158203?team=EXAMPLEGRP" style="color:#0071e3">Submit an appeal &rsaquo;</a></p>
<p>Best regards,<br>App Store Review</p>
<p style="font-size:11px;color:#86868b">Apple Inc. One Apple Park Way, Cupertino, CA 95014</p></div>"""), "utf-8", "base64"))

# ---------------------------------------------------------------- Italian
_it_fraud = iban("IT", it_bban("36772", "22300", "EU0000418274"))
M(A, 16, "it", "ferretti-rimborso-doppio-pagamento",
  "Customer impersonation: Ferretti Trasporti from look-alike ferretti-trasporti.com claims a 'double payment' and asks for a refund to a new IBAN.",
  frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), to=[S["francesca"]], cc=[S["giulia"]],
  subject="Doppio pagamento fattura n. 2026/IT/0871 - richiesta rimborso",
  date=D(6, 11, 11, 38, 5), cs="iso-8859-1", mailer="outlook", hop=OUTLOOK("zr0", "che01", "40.107.168.92"),
  body=T(f"""Gentile Francesca,

verificando gli estratti conto di ottobre ci siamo accorti che la vostra
fattura n. 2026/IT/0871 del 30/09/2026 (canone hosting e supporto, 12.480,00
EUR) è stata pagata due volte, il 14/10 e di nuovo il 21/10, per un errore
del nostro sistema di home banking.

Vi chiediamo cortesemente di restituire l'importo pagato in eccesso sul conto
della nostra controllata che gestisce la tesoreria da questo mese:

Intestatario: Ferretti Trasporti S.p.A. - Tesoreria
IBAN: {fmt_iban(_it_fraud)}

Il nostro revisore ci chiede di chiudere la partita entro la settimana. Mi
confermi per favore quando avete disposto il bonifico? Per qualsiasi dubbio
scrivetemi pure, in questi giorni sono spesso fuori ufficio e non riesco a
rispondere al telefono.

Grazie e buona giornata,

Chiara Colombo
Responsabile Sistemi Informativi
Ferretti Trasporti S.p.A.
Via dell'Industria 14, 37135 Verona
""", "iso-8859-1"))

M(A, 17, "it", "fake-agenzia-entrate-zip",
  "Fake Agenzia delle Entrate 'avviso di accertamento' with a ZIP containing a .pdf.js script (malware lure; inert placeholder).",
  frm=("Agenzia delle Entrate", "comunicazioni@agenziaentrate-avvisi.it"), to=[S["francesca"]],
  subject="Avviso di accertamento n. TK3A0048213/2026 - comunicazione urgente",
  date=D(12, 11, 9, 5, 33), cs="windows-1252", mailer="php",
  hop=("agenziaentrate-avvisi.it", "host-94-156-64-21.mivocloud.com", "94.156.64.21"),
  body=MIX(ALT("""Gentile Contribuente,

in seguito ai controlli automatizzati ai sensi dell'art. 36-bis del D.P.R.
600/1973 è stato emesso nei Suoi confronti l'avviso di accertamento
n. TK3A0048213/2026 relativo al periodo d'imposta 2024.

L'importo dovuto è di 7.914,60 € comprensivo di sanzioni e interessi. Il
dettaglio delle somme e le modalità di pagamento sono contenuti nel documento
allegato.

Il pagamento o l'eventuale ricorso devono essere effettuati entro 5 giorni dal
ricevimento della presente comunicazione.

Agenzia delle Entrate
Direzione Provinciale di Milano
""", html_page("""<p><img alt="Agenzia delle Entrate" width="1" height="1"><b style="color:#0b4f8a;font-size:18px">Agenzia delle Entrate</b></p>
<p>Gentile Contribuente,</p>
<p>in seguito ai controlli automatizzati ai sensi dell'art. 36-bis del D.P.R. 600/1973 è stato emesso nei Suoi confronti l'avviso di accertamento <b>n. TK3A0048213/2026</b> relativo al periodo d'imposta 2024.</p>
<p>L'importo dovuto è di <b>7.914,60 €</b> comprensivo di sanzioni e interessi. Il dettaglio delle somme è contenuto nel documento allegato.</p>
<p style="color:#b00">Il pagamento o l'eventuale ricorso devono essere effettuati entro 5 giorni dal ricevimento della presente comunicazione.</p>
<p>Agenzia delle Entrate<br>Direzione Provinciale di Milano</p>""", "windows-1252"), "windows-1252"),
    ATT("Avviso_TK3A0048213_2026.zip", "application/zip", make_zip([
        ("Avviso_TK3A0048213_2026.pdf.js", b"// INERT TEST PLACEHOLDER - would be a JScript downloader in a real attack\r\nWScript.Echo('test');\r\n")]))))

M(A, 18, "it", "fake-aruba-rinnovo-dominio",
  "Fake Aruba domain-renewal failure for examplegroup.it (HTML only) with a link to a payment-card phishing page.",
  frm=("Aruba.it", "rinnovi@aruba-servizi-rinnovo.com"), to=[S["marco"]],
  subject="Dominio examplegroup.it in scadenza - rinnovo automatico non riuscito",
  date=D(17, 11, 10, 12, 0), mailer="php", hop=("aruba-servizi-rinnovo.com", "vps-7e21ab44.vps.ovh.net", "51.75.143.208"),
  body=HT(html_page("""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#ff7a00;color:#fff;padding:14px;font-size:20px"><b>aruba</b>.it</div>
<div style="padding:18px">
<p>Gentile Cliente,</p>
<p>il rinnovo automatico del dominio <b>examplegroup.it</b> e della relativa casella PEC non è andato a buon fine perché il metodo di pagamento associato è stato rifiutato.</p>
<p>Il servizio scadrà il <b>20/11/2026</b>. Dopo tale data il dominio verrà sospeso e potrà essere registrato da terzi; anche le caselle email collegate smetteranno di funzionare.</p>
<p style="text-align:center"><a href="https://aruba-servizi-rinnovo.com/area-clienti/rinnova?d=examplegroup.it" style="background:#ff7a00;color:#fff;padding:10px 26px;text-decoration:none;border-radius:3px">RINNOVA ORA - 24,39 €</a></p>
<p>Cordiali saluti,<br>Servizio Clienti Aruba</p>
<p style="font-size:11px;color:#888">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)</p></div></div>"""), "utf-8", "quoted-printable"))

M(A, 19, "it", "ceo-avvocato-operazione-riservata",
  "CEO/lawyer BEC in Italian: CEO display name on an outlook.com address, Reply-To to another free-mail box, 'confidential acquisition' wire of 94,300 EUR, lawyer will call.",
  frm=("Markus Brandt", "mbrandt.ceo@outlook.com"), to=[S["francesca"]],
  reply_to=("Markus Brandt", "markus.brandt.office@mail.com"),
  subject="Operazione riservata - ho bisogno del tuo supporto",
  date=D(20, 11, 10, 22, 36), cs="iso-8859-15", mailer="outlook", hop=OUTLOOK("am7", "eur03", "40.92.58.104"),
  body=T("""Buongiorno Francesca,

ti scrivo in via strettamente riservata. Stiamo finalizzando l'acquisizione di
una piccola software house italiana e ho bisogno di una persona di fiducia
nella sede di Milano per gestire un pagamento.

Nelle prossime ore ti contatterà l'avv. Lorenzo Galli dello studio che ci
assiste nell'operazione: ti fornirà i dettagli per un bonifico estero di
94.300,00 € a titolo di caparra. L'operazione è soggetta alla normativa
Consob e fino all'annuncio ufficiale non deve essere discussa con nessuno,
nemmeno con Giulia o con la sede di Colonia.

Ti chiedo di rispondere solo a questa email, oggi sono in riunione tutto il
giorno e non posso parlare al telefono. Mi confermi la tua disponibilità?

Grazie,
Markus Brandt
CEO - Example Group
""", "iso-8859-15"))

_vm_htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Messaggio vocale</title></head>
<body style="font-family:Segoe UI,Arial;background:#f3f2f1">
<div style="width:360px;margin:80px auto;background:#fff;padding:30px">
<p style="font-size:20px">Microsoft 365</p>
<p>Accedi per ascoltare il messaggio vocale (00:47)</p>
<form action="https://m365-voicemail-cdn.com/vm/collect.php" method="post">
<input type="email" name="login" value="marco.ricci@examplegroup.eu" style="width:100%;margin:6px 0"><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%;margin:6px 0"><br>
<button type="submit" style="background:#0067b8;color:#fff;border:0;padding:8px 24px">Accedi</button>
</form></div></body></html>
"""
M(A, 20, "it", "voicemail-htm-allegato",
  "Fake VoIP voicemail notification with an .htm attachment that renders a Microsoft 365 login form pre-filled with the victim's address (credential harvesting).",
  frm=("Centralino VoIP", "voicemail@examplegroup-voip.net"), to=[S["marco"]],
  subject="Nuovo messaggio vocale da +39 02 8734 5521 (00:47)",
  date=D(25, 11, 16, 51, 9), mailer="php", hop=("examplegroup-voip.net", "static.181.32.47.78.clients.your-server.de", "78.47.32.181"),
  body=MIX(T("""Hai ricevuto un nuovo messaggio vocale.

Da: +39 02 8734 5521
Durata: 00:47
Ricevuto: 25/11/2026 16:50

Apri l'allegato per ascoltare il messaggio.

-- 
Centralino VoIP Example Group
""", "utf-8", "base64"), ATT("Messaggio_vocale_00m47s.htm", "text/html", _vm_htm.encode(), charset="utf-8")))

# ---------------------------------------------------------------- Polish
_svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="300">
<rect width="600" height="300" fill="#f4f4f4"/>
<text x="30" y="60" font-family="Arial" font-size="22">Potwierdzenie przelewu - mBank</text>
<text x="30" y="110" font-family="Arial" font-size="15">Dokument zabezpieczony. Kliknij, aby wyswietlic.</text>
<a xlink:href="https://onedrive-pl-docs.com/view?id=FV-2026-11-0341&amp;r=agnieszka.wojcik%40example.com"><rect x="30" y="140" width="220" height="44" fill="#0078d4"/>
<text x="60" y="168" font-family="Arial" font-size="16" fill="#fff">Wyswietl dokument</text></a>
</svg>
"""
M(A, 21, "pl", "partner-logistik-svg-przelew",
  "Customer impersonation: Partner Logistik from look-alike partner-logisitk.pl sends a 'payment confirmation' as an SVG attachment that links to a credential page.",
  frm=("Tadeusz Zieliński", "t.zielinski@partner-logisitk.pl"), to=[S["agnieszka"]],
  subject="Potwierdzenie przelewu - FV/2026/11/0341",
  date=D(9, 11, 12, 3, 58), cs="iso-8859-2", mailer="postfix",
  hop=("mail.partner-logisitk.pl", "host-46-29-160-77.mevspace.net", "46.29.160.77"), client_ip="46.29.160.77",
  body=MIX(T("""Dzień dobry Pani Agnieszko,

w załączeniu przesyłam potwierdzenie przelewu za fakturę FV/2026/11/0341.
Proszę o sprawdzenie i potwierdzenie zaksięgowania wpłaty, ponieważ nasz
dział finansowy zamyka miesiąc.

Dokument jest zabezpieczony - przy otwieraniu system może poprosić o
zalogowanie się służbowym adresem e-mail.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik IT
Partner Logistik sp. z o.o.
""", "iso-8859-2"), ATT("Potwierdzenie_przelewu_FV-2026-11-0341.svg", "image/svg+xml", _svg.encode())))

M(A, 22, "pl", "fake-ksef-faktura",
  "Fake KSeF (national e-invoicing system) notification 'new invoice received' from ksef-podatki.com.pl, link to a fake gov login (windows-1250).",
  frm=("KSeF - Krajowy System e-Faktur", "powiadomienia@ksef-podatki.com.pl"), to=[S["agnieszka"]],
  subject="Nowa faktura w KSeF od kontrahenta - wymagana weryfikacja",
  date=D(13, 11, 7, 44, 20), cs="windows-1250", mailer="php", hop=("ksef-podatki.com.pl", "s14.cyber-folks.pl", "195.78.66.219"),
  body=ALT("""Krajowy System e-Faktur

Szanowni Państwo,

w Krajowym Systemie e-Faktur została udostępniona nowa faktura ustrukturyzowana
wystawiona na Państwa firmę (NIP 8992967412):

Numer KSeF: 8992967412-20261113-4F1A09C2D7-B3
Wystawca: Datacentrum Południe sp. z o.o.
Kwota brutto: 18 942,60 zł
Termin płatności: 17.11.2026

Ze względu na niezgodność danych podatnika faktura wymaga weryfikacji przez
osobę uprawnioną. Prosimy o zalogowanie się do systemu w celu pobrania
dokumentu:

https://ksef-podatki.com.pl/web/faktura/pobierz?nr=8992967412-20261113-4F1A09C2D7-B3

Niezweryfikowane faktury zostaną przekazane do urzędu skarbowego.

Ministerstwo Finansów - Krajowy System e-Faktur
""", html_page("""<div style="max-width:620px;margin:auto;border:1px solid #ccc">
<div style="background:#c8102e;color:#fff;padding:12px;font-size:18px">Krajowy System e-Faktur &bull; Ministerstwo Finansów</div>
<div style="padding:18px"><p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur została udostępniona nowa faktura ustrukturyzowana wystawiona na Państwa firmę (NIP 8992967412):</p>
<table style="font-size:13px"><tr><td>Numer KSeF:</td><td><b>8992967412-20261113-4F1A09C2D7-B3</b></td></tr>
<tr><td>Wystawca:</td><td>Datacentrum Południe sp. z o.o.</td></tr><tr><td>Kwota brutto:</td><td>18 942,60 zł</td></tr>
<tr><td>Termin płatności:</td><td>17.11.2026</td></tr></table>
<p>Ze względu na niezgodność danych podatnika faktura wymaga weryfikacji przez osobę uprawnioną.</p>""" +
  btn("https://ksef-podatki.com.pl/web/faktura/pobierz?nr=8992967412-20261113-4F1A09C2D7-B3", "Zaloguj się i pobierz fakturę", "#c8102e") +
  """<p style="font-size:11px">Niezweryfikowane faktury zostaną przekazane do urzędu skarbowego.</p></div></div>""", "windows-1250"), "windows-1250"))

M(A, 23, "pl", "fake-aplikacja-cv-zip",
  "Fake job application (gmail) to the jobs mailbox with a ZIP 'CV' containing a .pdf.lnk shortcut and a 'password' in the text (malware lure; inert placeholder).",
  frm=("Kamil Lis", "kamil.lis.java@gmail.com"), to=[ROLE["jobs"]],
  subject="Aplikacja - Senior Java Developer (Wrocław) - Kamil Lis",
  date=D(16, 11, 20, 14, 25), mailer="gmail", hop=GMAIL("lj1-f169"),
  body=MIX(T("""Dzień dobry,

w odpowiedzi na ogłoszenie na portalu justjoin.it przesyłam swoją aplikację na
stanowisko Senior Java Developer w Państwa biurze we Wrocławiu.

Od 7 lat pracuję z Javą 17/21, Spring Boot i Kafką, ostatnio jako tech lead w
zespole budującym platformę płatności. Chętnie opowiem więcej o projektach na
rozmowie.

CV oraz portfolio przesyłam w archiwum (hasło do archiwum: 2026). Wyrażam
zgodę na przetwarzanie moich danych osobowych w celu prowadzenia rekrutacji.

Z poważaniem
Kamil Lis
tel. +48 512 384 907
"""), ATT("CV_Kamil_Lis_Senior_Java.zip", "application/zip", make_zip([
    ("CV_Kamil_Lis.pdf.lnk", FAKE_LNK), ("Portfolio_Kamil_Lis.pdf.lnk", FAKE_LNK)]))))

_pl_fraud = iban("PL", pl_bban("1140200", "0040020347712561"))
M(A, 24, "pl", "falszywa-faktura-licencje",
  "Invoice fraud: unknown 'license reseller' sends a pro-forma for software licence renewal with a bank account and a threat of licence suspension (PDF, ISO-8859-2 base64).",
  frm=("Datasoft Licencje - Faktury", "faktury@datasoft-licencje.pl"), to=[S["agnieszka"]],
  subject="Faktura proforma PF/11/2026/0417 - odnowienie licencji JetBrains / Microsoft",
  date=D(23, 11, 8, 12, 41), cs="iso-8859-2", mailer="php", xmailer="Microsoft Outlook 16.0",
  hop=("datasoft-licencje.pl", "srv21.mikr.us", "185.242.113.40"),
  body=MIX(T(f"""Szanowni Państwo,

w związku z kończącym się okresem subskrypcji przesyłamy fakturę proforma
PF/11/2026/0417 na odnowienie licencji:

- JetBrains All Products Pack, 45 stanowisk, 12 miesięcy
- Microsoft 365 E3, 60 stanowisk, 12 miesięcy

Kwota do zapłaty: 96 418,20 zł brutto
Numer rachunku: {fmt_pl(_pl_fraud)}
Tytuł przelewu: PF/11/2026/0417

Aby uniknąć zawieszenia licencji (konta zostaną zablokowane 27.11.2026),
prosimy o opłacenie proformy najpóźniej do 26.11.2026. Faktura VAT zostanie
wystawiona w KSeF po zaksięgowaniu wpłaty.

Z poważaniem
Dział Rozliczeń
Datasoft Licencje sp. z o.o.
ul. Krakowska 112, 02-256 Warszawa
tel. +48 22 307 14 58
""", "iso-8859-2", "base64"), ATT("PF_11_2026_0417.pdf", "application/pdf", make_pdf([
    "DATASOFT LICENCJE sp. z o.o.", "FAKTURA PROFORMA PF/11/2026/0417", "",
    "JetBrains All Products Pack x45 ............ 41 220,00 PLN netto",
    "Microsoft 365 E3 x60 ......................... 37 169,00 PLN netto",
    "RAZEM BRUTTO: 96 418,20 PLN", f"Rachunek: {fmt_pl(_pl_fraud)}", "Termin: 26.11.2026"], title="Proforma"))))

M(A, 25, "pl", "pit11-wyludzenie-danych",
  "W-2-style data theft: Engineering Lead impersonated from look-alike example-group.pl asks accounting for the full payroll list with PESEL numbers 'for an audit'.",
  frm=("Piotr Nowak", "piotr.nowak@example-group.pl"), to=[S["agnieszka"]],
  subject="Pilne: zestawienie wynagrodzeń + PIT-11 dla zespołu",
  date=D(30, 11, 17, 55, 13), mailer="postfix",
  hop=("mail.example-group.pl", "vps-41b7c2.hostido.net.pl", "91.239.118.55"), client_ip="91.239.118.55",
  body=T("""Cześć Agnieszka,

potrzebuję na jutro rano na spotkanie z audytorem z centrali zestawienie
wynagrodzeń całego zespołu inżynieryjnego we Wrocławiu za 2026 r.: imię i
nazwisko, PESEL, adres, numer konta, wynagrodzenie brutto oraz kopie PIT-11 za
2025 r. (PDF).

Wyślij proszę wszystko w jednym pliku Excel na tego maila - piszę z innego
konta, bo mam problem z logowaniem do skrzynki służbowej na laptopie.

Dzięki!
Piotr
"""))

# ---------------------------------------------------------------- Spanish
_po_htm = """<!DOCTYPE html><html><head><meta charset="windows-1252"><title>OC-26-04417</title></head>
<body style="font-family:Arial"><div style="width:380px;margin:60px auto;border:1px solid #ccc;padding:24px">
<p><b>Clínicas Alvedra</b> - Portal de proveedores</p>
<p>El documento "OC-26-04417.pdf" está protegido. Verifique su cuenta de correo corporativo para visualizarlo.</p>
<form action="https://alvedra-salud.com/proveedores/auth.php" method="post">
<input name="email" value="javier.martin@example.com"><br><input name="pass" type="password" placeholder="Contraseña"><br>
<input type="submit" value="Ver documento"></form></div></body></html>
"""
M(A, 26, "es", "orden-compra-falsa-alvedra",
  "Fake customer purchase order: Clínicas Alvedra from look-alike alvedra-salud.com with an HTML attachment that asks for the corporate mailbox password.",
  frm=("Compras Clínicas Alvedra", "compras@alvedra-salud.com"), to=[S["javier"]],
  subject="Orden de compra OC-26-04417 - ampliación licencias Orbit",
  date=D(4, 11, 12, 19, 10), cs="windows-1252", mailer="postfix",
  hop=("mail.alvedra-salud.com", "srv-5-181-80-14.serverdedicati.aruba.it", "5.181.80.14"), client_ip="5.181.80.14",
  body=MIX(T("""Estimado Javier:

Adjuntamos la orden de compra OC-26-04417 correspondiente a la ampliación de
150 licencias de Orbit y el paquete de soporte Premium para 2027, según la
oferta que nos enviasteis el mes pasado.

Por favor, revisad el documento y confirmadnos la aceptación y la fecha de
activación antes del viernes, ya que necesitamos cerrar el presupuesto del
ejercicio.

Un saludo,

Marta Giménez
Departamento de Compras
Clínicas Alvedra S.L.
Tel. +34 963 512 487
""", "windows-1252"), ATT("OC-26-04417.html", "text/html", _po_htm.encode("windows-1252"), charset="windows-1252")))

M(A, 27, "es", "fake-agencia-tributaria",
  "Fake Agencia Tributaria 'notificación pendiente / procedimiento sancionador' (HTML only, ISO-8859-1) with a link to download a ZIP from an attacker domain.",
  frm=("Agencia Tributaria", "notificaciones@sede-agenciatributaria.info"), to=[S["carmen"]],
  subject="Notificación pendiente: procedimiento sancionador expediente 2026GRC41870015X",
  date=D(10, 11, 9, 41, 57), cs="iso-8859-1", mailer="php", hop=("sede-agenciatributaria.info", "mail.sede-agenciatributaria.info", "176.113.115.39"),
  body=HT(html_page("""<div style="max-width:620px;margin:auto">
<div style="background:#7a1b1b;color:#fff;padding:12px;font-size:17px">Agencia Tributaria &ndash; Sede Electrónica</div>
<div style="padding:16px;border:1px solid #bbb">
<p>Estimado/a contribuyente:</p>
<p>Le informamos de que tiene a su disposición una notificación relativa al <b>procedimiento sancionador con número de expediente 2026GRC41870015X</b> derivado de discrepancias en la declaración del Impuesto sobre Sociedades del ejercicio 2025.</p>
<p>Dispone de un plazo de <b>diez días naturales</b> para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos legales.</p>
<p><a href="https://sede-agenciatributaria.info/notificaciones/descargar.php?exp=2026GRC41870015X" style="font-weight:bold;color:#7a1b1b">Descargar notificación (ZIP, 218 KB)</a></p>
<p>Atentamente,<br>Agencia Estatal de Administración Tributaria</p>
</div></div>""", "iso-8859-1"), "iso-8859-1"))

_es_fraud = iban("ES", es_bban("1583", "0001", "1190467252"))
M(A, 28, "es", "spoof-country-manager-pago-urgente",
  "Exact-domain spoof: From javier.martin@example.com sent from an external VPS (no internal relay), Reply-To a gmx.es address, asking finance for an urgent supplier payment.",
  frm=("Javier Martín", "javier.martin@example.com"), to=[S["carmen"]],
  reply_to=("Javier Martín", "javier.martin.es@gmx.es"),
  subject="¿Estás disponible? Pago urgente",
  date=D(19, 11, 13, 2, 40), mailer="php", xmailer="Microsoft Outlook 16.0",
  hop=("mail.example.com", "vm-194-26-29-113.hosted-by-4vps.su", "194.26.29.113"), mid_dom="example.com",
  body=T(f"""Hola Carmen,

¿estás en la oficina? Necesito que gestiones hoy mismo un pago a un nuevo
proveedor de consultoría para el proyecto de migración de Alvedra. Es
confidencial hasta que cerremos el contrato, así que no lo comentes todavía.

Beneficiario: Nexum Advisory Partners S.L.
IBAN: {fmt_iban(_es_fraud)}
Importe: 38.750,00 €
Concepto: Anticipo proyecto MIG-2026-11

Estoy en una reunión con el cliente y no puedo atender llamadas. Confírmame por
aquí cuando esté hecha la transferencia y envíame el justificante.

Gracias,
Javier
"""))

M(A, 29, "es", "fake-payvora-cuenta-restringida",
  "Fake payment-provider notice (Payvora) 'account restricted, verify identity' from payvora-resolution-center.com (HTML+text, base64).",
  frm=("Payvora", "no-reply@payvora-resolution-center.com"), to=[S["carmen"]],
  subject="Su cuenta de Payvora ha sido restringida temporalmente",
  date=D(21, 11, 6, 27, 33), mailer="php", hop=("payvora-resolution-center.com", "mail.payvora-resolution-center.com", "185.196.9.151"),
  body=ALT("""Payvora

Hola, Example Group Iberia S.L.:

Hemos detectado actividad inusual en su cuenta de empresa y hemos limitado
temporalmente los pagos salientes y las liquidaciones a su cuenta bancaria.

Saldo retenido: 24.716,08 EUR

Para restablecer el acceso complete la verificación de identidad (KYC) en las
próximas 24 horas:

https://payvora-resolution-center.com/es/verify?case=PV-RC-5581902

Si no completa la verificación, los fondos permanecerán retenidos durante 180
días conforme a nuestras condiciones de servicio.

Equipo de Cumplimiento de Payvora
""", html_page("""<div style="max-width:560px;margin:auto"><p style="font-size:24px;color:#4b2bd6"><b>payvora</b></p>
<p>Hola, <b>Example Group Iberia S.L.</b>:</p>
<p>Hemos detectado actividad inusual en su cuenta de empresa y hemos limitado temporalmente los pagos salientes y las liquidaciones a su cuenta bancaria.</p>
<p style="background:#fff4e5;padding:10px">Saldo retenido: <b>24.716,08 EUR</b></p>""" +
  btn("https://payvora-resolution-center.com/es/verify?case=PV-RC-5581902", "Verificar identidad", "#4b2bd6") +
  """<p style="font-size:12px;color:#666">Si no completa la verificación, los fondos permanecerán retenidos durante 180 días conforme a nuestras condiciones de servicio.</p></div>"""), "utf-8", "base64"))

M(A, 30, "es", "callback-renovacion-m365",
  "Callback phishing: fake Microsoft 365 renewal 'invoice' of 1.187,40 EUR from gmail with PDF; victim is told to call a Spanish number to cancel.",
  frm=("Facturación Microsoft 365", "facturacion.m365.renovacion@gmail.com"), to=[S["lucia"]],
  subject="Confirmación de renovación automática - Pedido ES-M365-771902",
  date=D(27, 11, 10, 48, 2), mailer="gmail", hop=GMAIL("ed1-f44"),
  body=MIX(T("""Estimado cliente:

Le confirmamos la renovación automática de su suscripción:

  Producto: Microsoft 365 Business Premium (50 usuarios)
  Periodo: 12 meses
  Importe: 1.187,40 € (IVA incluido)
  Nº de pedido: ES-M365-771902

El cargo se realizará en su método de pago en un plazo de 24 horas. Si usted
no ha autorizado esta renovación o desea cancelarla, llame a nuestro
departamento de facturación al +34 910 60 47 83 (24 h).

Atentamente,
Departamento de Facturación
"""), ATT("Factura_ES-M365-771902.pdf", "application/pdf", make_pdf([
    "FACTURA ES-M365-771902", "Microsoft 365 Business Premium x50 - 12 meses",
    "Total: 1.187,40 EUR", "", "Para cancelar llame al +34 910 60 47 83"], title="Factura"))))

# ---------------------------------------------------------------- Greek
M(A, 31, "el", "aegean-pylon-lookalike-po",
  "Customer impersonation: Aegean Pylon from look-alike aegean-pylon.gr sends a 'purchase order' whose link leads to a fake OneDrive login (ISO-8859-7).",
  frm=("Γιώργος Μαυρίδης", "g.mavridis@aegean-pylon.gr"), to=[S_NATIVE["eleni"]],
  subject="Παραγγελία PO-2026-1183 - επιβεβαίωση",
  date=D(5, 11, 14, 30, 8, 2), cs="iso-8859-7", mailer="postfix",
  hop=("mail.aegean-pylon.gr", "vps-3f8a1c.cloud-hosting.gr.eu.org", "45.87.153.22"), client_ip="45.87.153.22",
  body=ALT("""Καλησπέρα κυρία Γεωργίου,

σας αποστέλλουμε την παραγγελία PO-2026-1183 για την επέκταση της
φιλοξενίας του ERP (2 επιπλέον εικονικοί διακομιστές και backup 5 TB), όπως
συζητήσαμε.

Μπορείτε να δείτε την παραγγελία εδώ:
https://aegeanpylon-my.onedrive-share.net/po/PO-2026-1183

Παρακαλώ επιβεβαιώστε την παραλαβή μέχρι την Παρασκευή.

Με εκτίμηση,
Γιώργος Μαυρίδης
Τμήμα Προμηθειών
Aegean Pylon Ferries Α.Ε.
Τηλ. +30 210 4117 382
""", html_page("""<p>Καλησπέρα κυρία Γεωργίου,</p>
<p>σας αποστέλλουμε την παραγγελία <b>PO-2026-1183</b> για την επέκταση της φιλοξενίας του ERP (2 επιπλέον εικονικοί διακομιστές και backup 5 TB), όπως συζητήσαμε.</p>
<p><a href="https://aegeanpylon-my.onedrive-share.net/po/PO-2026-1183">&#128196; PO-2026-1183.pdf (OneDrive)</a></p>
<p>Παρακαλώ επιβεβαιώστε την παραλαβή μέχρι την Παρασκευή.</p>
<p>Με εκτίμηση,<br>Γιώργος Μαυρίδης<br>Τμήμα Προμηθειών<br>Aegean Pylon Ferries Α.Ε.</p>""", "iso-8859-7"), "iso-8859-7"))

M(A, 32, "el", "fake-aade-epistrofi",
  "Fake AADE/myAADE tax-refund notice (HTML only, windows-1253) linking to a card-harvesting page.",
  frm=("ΑΑΔΕ - myAADE", "enimerosi@aade-gov-gr.info"), to=[S_NATIVE["dimitris"]],
  subject="Επιστροφή φόρου 2025 - απαιτείται επιβεβαίωση στοιχείων",
  date=D(11, 11, 10, 3, 19, 2), cs="windows-1253", mailer="php", hop=("aade-gov-gr.info", "mail.aade-gov-gr.info", "185.225.74.12"),
  body=HT(html_page("""<div style="max-width:600px;margin:auto;border:1px solid #ccc">
<div style="background:#003476;color:#fff;padding:12px;font-size:18px">ΑΑΔΕ &bull; Ανεξάρτητη Αρχή Δημοσίων Εσόδων</div>
<div style="padding:16px">
<p>Αγαπητέ φορολογούμενε,</p>
<p>μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος 2025 προκύπτει ποσό επιστροφής <b>684,20 €</b>.</p>
<p>Για να πιστωθεί το ποσό, πρέπει να επιβεβαιώσετε τα στοιχεία της τραπεζικής σας κάρτας μέσα σε <b>48 ώρες</b>.</p>
<p style="text-align:center"><a href="https://aade-gov-gr.info/myaade/epistrofi?id=GR2025-884120" style="background:#003476;color:#fff;padding:10px 20px;text-decoration:none">Είσοδος στο myAADE</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></div></div>""", "windows-1253"), "windows-1253"))

M(A, 33, "el", "mailbox-quota-lookalike",
  "Fake internal IT 'mailbox full, messages will be deleted' from look-alike examplegroup-mail.eu with link to a webmail credential page (UTF-8 base64).",
  frm=("Υποστήριξη IT - Example Group", "it-support@examplegroup-mail.eu"), to=[S_NATIVE["nikos"]],
  subject="Η θυρίδα σας έχει φτάσει το 98% - εισερχόμενα μηνύματα σε αναμονή",
  date=D(17, 11, 8, 9, 44, 2), mailer="php", hop=("examplegroup-mail.eu", "185-246-220-31.static.hostroyale.net", "185.246.220.31"),
  body=ALT("""Αγαπητέ χρήστη,

η θυρίδα ηλεκτρονικού ταχυδρομείου nikos.papadopoulos@example.com έχει
φτάσει το 98% του διαθέσιμου χώρου. 14 εισερχόμενα μηνύματα βρίσκονται σε
αναμονή και θα διαγραφούν αυτόματα σε 24 ώρες.

Για να αυξήσετε δωρεάν τον χώρο σας, συνδεθείτε εδώ:
https://webmail.examplegroup-mail.eu/quota/upgrade?u=nikos.papadopoulos

Υποστήριξη IT - Example Group
""", html_page("""<p>Αγαπητέ χρήστη,</p>
<p>η θυρίδα ηλεκτρονικού ταχυδρομείου <b>nikos.papadopoulos@example.com</b> έχει φτάσει το <span style="color:#c00"><b>98%</b></span> του διαθέσιμου χώρου.</p>
<div style="width:300px;background:#eee"><div style="width:294px;background:#c00;height:12px"></div></div>
<p>14 εισερχόμενα μηνύματα βρίσκονται σε αναμονή και θα διαγραφούν αυτόματα σε 24 ώρες.</p>""" +
  btn("https://webmail.examplegroup-mail.eu/quota/upgrade?u=nikos.papadopoulos", "Αύξηση χώρου") +
  "<p>Υποστήριξη IT - Example Group</p>"), "utf-8", "base64"))

M(A, 34, "el", "giftcard-gm-gmail",
  "Gift-card scam: display name of the Greek General Manager on gmail asks a sales colleague to buy Google Play cards for customers and send the codes.",
  frm=("Δημήτρης Αλεξίου", "d.alexiou.gm@gmail.com"), to=[S_NATIVE["eleni"]],
  subject="Είσαι διαθέσιμη;", date=D(20, 11, 12, 34, 15, 2), mailer="gmail", hop=GMAIL("wm1-f47"),
  body=T("""Ελένη καλημέρα,

είσαι στο γραφείο; Χρειάζομαι μια γρήγορη χάρη. Είμαι σε σύσκεψη με πελάτη
και δεν μπορώ να μιλήσω στο τηλέφωνο.

Θέλω να κάνουμε ένα μικρό δώρο σε τρεις βασικούς πελάτες πριν τις γιορτές.
Μπορείς να αγοράσεις 6 κάρτες Google Play των 100 € από το περίπτερο ή το
σούπερ μάρκετ; Ξύσε το πίσω μέρος, βγάλε φωτογραφία τους κωδικούς και στείλε
μου τους εδώ. Θα σου τα επιστρέψει το λογιστήριο σήμερα κιόλας.

Μην το πεις σε κανέναν ακόμα, θέλω να είναι έκπληξη.

Ευχαριστώ,
Δημήτρης

Στάλθηκε από το iPhone μου
""", "utf-8", "quoted-printable"))

_gr_fraud = iban("GR", "014" + "0125" + "0000125002458913")
M(A, 35, "el", "fake-colocation-iban-change",
  "Supplier invoice fraud: fake Attica DataHub accounting from look-alike atticadatahub-gr.com sends a colocation invoice with a 'new' IBAN (ISO-8859-7 base64, PDF).",
  frm=("Attica DataHub - Λογιστήριο", "logistirio@atticadatahub-gr.com"), to=[S_NATIVE["dimitris"]], cc=[S_NATIVE["nikos"]],
  subject="Τιμολόγιο colocation Νοεμβρίου 2026 - νέος λογαριασμός IBAN",
  date=D(25, 11, 9, 12, 50, 2), cs="iso-8859-7", mailer="postfix",
  hop=("mail.atticadatahub-gr.com", "ip-141-98-10-77.anonymous.host", "141.98.10.77"), client_ip="141.98.10.77",
  body=MIX(T(f"""Αξιότιμε κύριε Αλεξίου,

σας αποστέλλουμε το τιμολόγιο ΤΠΥ 2026/1184 για τις υπηρεσίες colocation
(2 racks, ρεύμα και cross-connects) του Νοεμβρίου, ποσού 7.936,00 €.

Σας ενημερώνουμε ότι λόγω αλλαγής τράπεζας η πληρωμή πρέπει να γίνει από
εδώ και στο εξής στον νέο λογαριασμό:

Δικαιούχος: Attica DataHub Μονοπρόσωπη Α.Ε.
IBAN: {fmt_iban(_gr_fraud)}

Ο παλιός λογαριασμός δεν είναι πλέον ενεργός. Παρακαλούμε να μας στείλετε
το αποδεικτικό πληρωμής σε απάντηση αυτού του μηνύματος.

Με εκτίμηση,
Λογιστήριο
Attica DataHub
""", "iso-8859-7", "base64"), ATT("TPY_2026_1184.pdf", "application/pdf", make_pdf([
    "ATTICA DATAHUB S.A. - INVOICE TPY 2026/1184", "Colocation November 2026: 2 racks, power, cross-connects",
    "Total: 7,936.00 EUR", f"NEW IBAN: {fmt_iban(_gr_fraud)}"], title="TPY 2026/1184"))))

# ---------------------------------------------------------------- Russian
M(A, 36, "ru", "akt-sverki-exe",
  "Customer impersonation: SeverTekhSnab from look-alike severtehnsab.ru sends an 'акт сверки' ZIP with a .pdf.exe (malware lure; inert placeholder), windows-1251 QP.",
  frm=("Бухгалтерия ООО СеверТехСнаб", "buh@severtehnsab.ru"), to=[S_NATIVE["olga"]],
  subject="Акт сверки взаиморасчетов за 3 квартал 2026",
  date=D(3, 11, 11, 20, 46, 3), cs="windows-1251", mailer="postfix",
  hop=("mail.severtehnsab.ru", "vds2081734.my-ihor.ru", "31.31.198.104"), client_ip="31.31.198.104",
  body=MIX(T("""Добрый день, Ольга!

Направляем Вам акт сверки взаиморасчетов за 3 квартал 2026 г. по договору
№ 114/23-ИТ. Просим проверить, подписать и вернуть скан до 07.11.2026.

По нашим данным, за вами числится задолженность 184 300,00 руб. Если у вас
другие цифры, пришлите, пожалуйста, ваш вариант акта.

Файл в архиве, т.к. почта режет вложения.

С уважением,
Ирина Кузнецова
главный бухгалтер
ООО "СеверТехСнаб"
тел. +7 (812) 640-18-27
""", "windows-1251"), ATT("Акт_сверки_3кв_2026.zip", "application/zip", make_zip([
    ("Akt_sverki_3kv_2026.pdf.exe", FAKE_EXE)]))))

M(A, 37, "ru", "fake-fns-trebovanie",
  "Fake tax-service (ФНС) 'требование о представлении пояснений' from nalog-fns.org.ru with a link to 'download the requirement' (KOI8-R, base64).",
  frm=("ФНС России", "trebovanie@nalog-fns.org.ru"), to=[S_NATIVE["olga"]],
  subject="Требование о представлении пояснений N 12-08/41877",
  date=D(12, 11, 10, 0, 31, 3), cs="koi8-r", mailer="php", hop=("nalog-fns.org.ru", "hosted-by.reg.ru.example-vps.net", "37.140.192.94"),
  body=ALT("""Уважаемый налогоплательщик!

В соответствии со статьей 88 Налогового кодекса Российской Федерации в ходе
камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года
выявлены расхождения. Вам направлено требование о представлении пояснений
N 12-08/41877.

Пояснения необходимо представить в течение 5 рабочих дней. Непредставление
пояснений влечет ответственность по ст. 129.1 НК РФ и приостановление операций
по счетам.

Скачать требование:
https://nalog-fns.org.ru/lk/trebovanie/12-08-41877

Межрайонная ИФНС России N 26 по Санкт-Петербургу
""", html_page("""<p><b>Федеральная налоговая служба</b></p>
<p>Уважаемый налогоплательщик!</p>
<p>В соответствии со статьей 88 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года выявлены расхождения. Вам направлено требование о представлении пояснений N 12-08/41877.</p>
<p>Непредставление пояснений влечет ответственность по ст. 129.1 НК РФ и <b>приостановление операций по счетам</b>.</p>
<p><a href="https://nalog-fns.org.ru/lk/trebovanie/12-08-41877">Скачать требование (PDF)</a></p>
<p>Межрайонная ИФНС России N 26 по Санкт-Петербургу</p>""", "koi8-r"), "koi8-r", "base64"))

_ru_fraud_acct = ru_account("044525593", "40702810701850004912")
M(A, 38, "ru", "ceo-fraud-gendirektor",
  "CEO fraud: display name of the Russian General Director on a mail.ru address asks the office accountant for an urgent payment to an unknown company (windows-1251, 8bit).",
  frm=("Андрей Волков", "a.volkov.gd@mail.ru"), to=[S_NATIVE["olga"]],
  subject="Срочно - оплата сегодня", date=D(24, 11, 11, 47, 2, 3), cs="windows-1251", mailer="mailru",
  hop=("smtp49.i.mail.ru", "smtp49.i.mail.ru", "95.163.41.90"),
  body=T(f"""Ольга, добрый день.

Нужно сегодня до 15:00 оплатить счет новому подрядчику по проекту для
СеверТехСнаба, иначе сорвем сроки. Договор подпишу, когда вернусь, сейчас на
переговорах и не могу говорить по телефону.

Получатель: ООО "ТехПромРесурс"
ИНН 7814732658, КПП 781401001
Р/с {_ru_fraud_acct}
Банк: АО "АЛЬФА-БАНК", БИК 044525593
Сумма: 486 200,00 руб., в т.ч. НДС
Назначение: Оплата по счету N 318 от 24.11.2026 за услуги интеграции

Пришли мне платежку, как проведешь. Пиши только сюда, рабочая почта на
телефоне не работает.

Андрей Волков
""", "windows-1251", "8bit"))

M(A, 39, "ru", "fake-parol-istekaet",
  "Fake corporate-mail password-expiry notice (HTML only, UTF-8 base64) from look-alike example-group-mail.ru, link to a credential page.",
  frm=("Служба поддержки Example Group", "noreply@example-group-mail.ru"), to=[S_NATIVE["sergey"]],
  subject="Срок действия вашего пароля истекает сегодня",
  date=D(2, 12, 8, 30, 12, 3), mailer="php", hop=("example-group-mail.ru", "vps-12144.fvds.ru", "188.120.246.31"),
  body=HT(html_page("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<p style="font-size:18px"><b>Example Group</b> &mdash; корпоративная почта</p>
<p>Здравствуйте, sergey.morozov@example.com!</p>
<p>Срок действия пароля вашей учетной записи истекает <b>сегодня в 23:59</b>. После этого доступ к почте, VPN и GitLab будет заблокирован.</p>
<p>Чтобы сохранить текущий пароль, подтвердите его по ссылке:</p>
<p><a href="https://example-group-mail.ru/owa/keep-password?user=sergey.morozov" style="background:#2b6cb0;color:#fff;padding:10px 20px;text-decoration:none">Сохранить текущий пароль</a></p>
<p style="font-size:12px;color:#777">Это автоматическое сообщение, не отвечайте на него.</p></div>"""), "utf-8", "base64"))

M(A, 40, "ru", "fake-recruiter-test-zadanie",
  "Fake recruiter (yandex.ru) targets the development lead with a well-paid offer and a 'test assignment' repository to clone and run with npm install (supply-chain/dev-targeted malware lure).",
  frm=("Анна Белова", "anna.belova.talent@yandex.ru"), to=[S_NATIVE["dmitry"]],
  subject="Предложение: Lead Fullstack Developer, удаленно, от 9000 USD",
  date=D(28, 11, 14, 5, 37, 3), mailer="yandex", hop=("forward501b.mail.yandex.net", "forward501b.mail.yandex.net", "178.154.239.145"),
  body=T("""Дмитрий, здравствуйте!

Меня зовут Анна, я рекрутер компании Nexora Labs (финтех, Дубай/Лиссабон).
Нашла ваш профиль на GitHub и выступление на HighLoad++ - очень впечатлило.

Мы ищем Lead Fullstack Developer (Node.js/TypeScript, React), полностью
удаленно, вилка 9000-11000 USD в месяц, оплата в USDT или на зарубежный счет.

Первый этап - небольшое тестовое задание (около 1 часа):

1. Склонируйте репозиторий:
   git clone https://github.com/nexora-labs-hiring/fullstack-assessment.git
2. Выполните npm install и npm run dev
3. Исправьте баг в модуле расчета комиссий и пришлите ссылку на ваш форк

Важно: запускайте, пожалуйста, на рабочей машине, где у вас есть доступ к
реальным проектам, - нам интересно, как вы работаете в привычном окружении.

Буду ждать ответа до конца недели.

С уважением,
Анна Белова
Talent Partner, Nexora Labs
Telegram: @anna_nexora_hr
"""))

# ======================================================================
#                                BUSINESS
# ======================================================================
B = "business"
LIEF = ("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "195.243.118.36")
FERR = ("smtpdh12-2.aruba.it", "smtpdh12-2.aruba.it", "62.149.155.172")
PLOG = ("mail.partner-logistik.pl", "mail.partner-logistik.pl", "79.96.170.41")
SEVER = ("mail.severtehsnab.ru", "mail.severtehsnab.ru", "81.177.140.58")
_eg_de = iban("DE", "37040044" + "0532013000")
_eg_it = iban("IT", it_bban("03069", "09606", "100000012345"))
_eg_pl = iban("PL", pl_bban("1050154", "1000009738122044"))
_lief = iban("DE", "30050110" + "1008447215")

# ---------------------------------------------------------------- German
M(B, 1, "de", "lieferant-angebot-server",
  "Genuine quote from the long-standing hardware supplier (Lieferant GmbH, on-prem Exchange) for 12 rack servers, PDF attached.",
  frm=("Maier, Stefan", "s.maier@lieferant-gmbh.de"), to=[S["thomas"]], cc=[S["felix"]],
  subject="Angebot AN-2026-4471 - 12x Rack-Server für Erweiterung RZ Köln",
  date=D(2, 11, 15, 8, 22), cs="iso-8859-1", mailer="exchange", hop=LIEF,
  exch_host="EXCH02.lieferant.local", exch_ip="10.1.0.12",
  body=MIX(T("""Hallo Herr Weber,

wie am Freitag telefonisch besprochen, anbei unser Angebot AN-2026-4471 für die
Erweiterung Ihres Rechenzentrums in Köln:

- 12x 1HE Rack-Server, 2x 32-Core, 512 GB RAM, 4x 3,84 TB NVMe
- 5 Jahre Vor-Ort-Service NBD
- Lieferung KW 50, Einbau auf Wunsch durch unseren Techniker

Die Preise gelten bis 30.11.2026. Wegen der aktuellen Lage bei DDR5-Speicher
kann ich die Lieferzeit nur bei Bestellung bis zum 16.11. garantieren.

Bei Fragen rufen Sie mich gern an.

Mit freundlichen Grüßen

Stefan Maier
Key Account Manager
Lieferant GmbH | Höherweg 287 | 40231 Düsseldorf
Tel. +49 211 5489 3312 | Mobil +49 171 6634 208
www.lieferant-gmbh.de
Amtsgericht Düsseldorf HRB 48211 | Geschäftsführer: Ralf Lindner
""", "iso-8859-1"), ATT("Angebot_AN-2026-4471.pdf", "application/pdf", make_pdf([
    "Lieferant GmbH - Angebot AN-2026-4471", "Kunde: Example Group GmbH, Koeln", "",
    "Pos 1  12x Rack-Server 1HE 2x32C/512GB/4x3.84TB NVMe   a 14.860,00   178.320,00 EUR",
    "Pos 2  12x Service 5J Vor-Ort NBD                     a  1.140,00    13.680,00 EUR",
    "Summe netto 192.000,00 EUR", "Gueltig bis 30.11.2026"], title="Angebot AN-2026-4471"))))

M(B, 2, "de", "lieferant-rechnung",
  "Genuine ERP-generated invoice e-mail from rechnungen@lieferant-gmbh.de (UTF-8 base64) with PDF; IBAN is the supplier's long-standing account.",
  frm=("Lieferant GmbH Rechnungswesen", "rechnungen@lieferant-gmbh.de"), to=[ROLE["invoices"]],
  subject="Rechnung RE-2026-11873 zu Ihrer Bestellung 4500018822",
  date=D(4, 11, 5, 31, 0), mailer="saas", hop=LIEF, app_host="erp01.lieferant.local",
  body=MIX(T(f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 04.11.2026 zu Ihrer
Bestellung 4500018822 (Lieferschein LS-2026-20917).

Rechnungsbetrag: 14.280,00 EUR
Fällig: 04.12.2026 (30 Tage netto)

Bankverbindung (unverändert):
Stadtsparkasse Düsseldorf
IBAN: {fmt_iban(_lief)}
BIC: DUSSDEDDXXX

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte
an buchhaltung@lieferant-gmbh.de oder +49 211 5489 3300.

Lieferant GmbH
""", "utf-8", "base64"), ATT("RE-2026-11873.pdf", "application/pdf", make_pdf([
    "Lieferant GmbH - Rechnung RE-2026-11873", "Datum 04.11.2026   Bestellung 4500018822",
    "4x Switch 48x25G ............. 12.000,00 EUR", "MwSt 19% ..................... 2.280,00 EUR",
    "Gesamt 14.280,00 EUR", f"IBAN {fmt_iban(_lief)}  BIC DUSSDEDDXXX"], title="RE-2026-11873",
    producer="SAP NetWeaver"))))

_nw_old = iban("DE", "43060129" + "0214837700")
_nw_new = iban("DE", "44160014" + "5520418300")
M(B, 3, "de", "nordwerk-bankverbindung-korrekt",
  "Genuine, properly announced bank-detail change by a reseller (bank merger), with signed letter, effective date and explicit request to verify by phone via known contact.",
  frm=("Claudia Berger", "c.berger@nordwerk-it.de"), to=[S["sabine"]], cc=[S["katrin"]],
  subject="Änderung unserer Bankverbindung zum 01.01.2027 (Fusion Volksbank)",
  date=D(16, 11, 10, 2, 40), cs="iso-8859-15", mailer="outlook", hop=OUTLOOK("fr3", "deu01", "40.107.135.71"),
  body=MIX(T(f"""Sehr geehrte Frau Krüger,

unsere Hausbank, die Volksbank Bochum Witten eG, fusioniert zum 01.01.2027 mit
der Dortmunder Volksbank. Dadurch ändert sich unsere Bankverbindung:

bisher:  IBAN {fmt_iban(_nw_old)}
ab 01.01.2027: IBAN {fmt_iban(_nw_new)}, BIC GENODEM1DOR

Bis zum 31.12.2026 zahlen Sie bitte wie gewohnt auf das bisherige Konto. Alle
Rechnungen ab Januar 2027 tragen die neue Bankverbindung. Das unterschriebene
Schreiben unserer Geschäftsführung liegt bei; es geht Ihnen zusätzlich per
Post zu.

Bitte verifizieren Sie die Änderung wie bei uns üblich telefonisch bei Ihrer
bekannten Ansprechpartnerin in unserer Buchhaltung (Frau Yilmaz) unter der
Ihnen vorliegenden Rufnummer. Wir werden Sie niemals per E-Mail auffordern,
bereits fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Claudia Berger
Geschäftsführerin
Nordwerk IT-Systemhaus GmbH | Universitätsstraße 142 | 44799 Bochum
Tel. +49 234 9127 4400
""", "iso-8859-15"), ATT("Nordwerk_Bankverbindung_2027.pdf", "application/pdf", make_pdf([
    "Nordwerk IT-Systemhaus GmbH - Universitaetsstrasse 142 - 44799 Bochum", "",
    "An Example Group GmbH, Buchhaltung, Schanzenstrasse 41, 51063 Koeln", "",
    "Aenderung der Bankverbindung zum 01.01.2027", "",
    f"bisher: {fmt_iban(_nw_old)}", f"ab 01.01.2027: {fmt_iban(_nw_new)}  BIC GENODEM1DOR", "",
    "Bitte verifizieren Sie diese Aenderung telefonisch ueber Ihre bekannte Ansprechpartnerin.",
    "Bochum, 13.11.2026   gez. Claudia Berger, Geschaeftsfuehrerin"], title="Bankverbindung 2027"))))

M(B, 4, "de", "elster-postfach-nachricht",
  "Genuine ELSTER notification: new message in the ELSTER mailbox, no link to a form, just asks to log in at elster.de as usual.",
  frm=("ELSTER - Ihr Online-Finanzamt", "noreply@elster.de"), to=[S["katrin"]],
  subject="Neue Nachricht in Ihrem ELSTER-Postfach",
  date=D(18, 11, 6, 14, 2), cs="iso-8859-1", mailer="saas",
  hop=("mailout2.elster.de", "mailout2.elster.de", "193.109.238.52"), app_host="postfach-notify.elster.de",
  body=T("""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto "Example Group GmbH - Finanzbuchhaltung" bei Mein ELSTER
ist eine neue Nachricht eingegangen.

Bitte melden Sie sich wie gewohnt mit Ihrer Zertifikatsdatei unter
https://www.elster.de an, um die Nachricht im Postfach abzurufen.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte der
Nachricht. ELSTER fordert Sie niemals per E-Mail zur Eingabe von Bank- oder
Zugangsdaten auf.

Ihr ELSTER-Team

Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf.
""", "iso-8859-1"))

M(B, 5, "de", "intern-wartungsfenster-k8s",
  "Internal mail via mail-int01: Head of Cloud Ops announces a Kubernetes upgrade maintenance window to the DevOps engineer and support.",
  frm=S["thomas"], to=[S["felix"]], cc=[ROLE["support"]],
  subject="Wartungsfenster Sa 21.11. 22:00-02:00 - Kubernetes-Upgrade fra-prod-02",
  date=D(13, 11, 16, 40, 11), mailer="internal", hop=INTERNAL,
  body=T("""Hallo Felix,

wie im Change-Board besprochen (CHG-2026-0412):

- Wann: Samstag, 21.11., 22:00 bis Sonntag 02:00
- Was: Upgrade fra-prod-02 von Kubernetes 1.33 auf 1.34, anschließend
  Node-Rotation, Ingress-Controller auf neue Version
- Wer: du führst durch, ich bin Rufbereitschaft/Eskalation, Support ist
  informiert (Kundeninfo geht Montag raus)

Rollback-Plan und Runbook liegen im Wiki:
https://wiki.example.com/ops/changes/CHG-2026-0412

Bitte den Status auf status.example.com 24h vorher als "geplante Wartung"
eintragen.

Danke!
Thomas

-- 
Thomas Weber | Head of Cloud Operations | Example Group GmbH
Schanzenstraße 41, 51063 Köln | +49 221 98765-210
"""))

M(B, 6, "de", "nimbora-zahlung-fehlgeschlagen-echt",
  "Genuine IaaS billing failure from nimbora.cloud (expired company credit card), links only to the real console domain.",
  frm=("Nimbora Cloud", "billing@nimbora.cloud"), to=[S["thomas"]],
  subject="Zahlung für Rechnung NC-INV-2026-118204 fehlgeschlagen",
  date=D(2, 12, 4, 1, 33), mailer="saas", hop=("mta-out3.nimbora.cloud", "mta-out3.nimbora.cloud", "185.132.44.23"),
  app_host="billing-worker-7.nimbora.internal", mid_local="billing.NC-INV-2026-118204.1764648093",
  extra=[("X-Entity-Ref-ID", "NC-INV-2026-118204")],
  body=ALT("""Hallo Thomas Weber,

die Zahlung für Ihre Rechnung NC-INV-2026-118204 (Organisation "Example Group
GmbH", Betrag 4.318,22 EUR) ist fehlgeschlagen: Die hinterlegte Kreditkarte
(Visa **** 4417) ist am 30.11.2026 abgelaufen.

Bitte hinterlegen Sie in der Nimbora Console unter Abrechnung >
Zahlungsmethoden eine gültige Zahlungsmethode:
https://console.nimbora.cloud/billing/payment-methods

Wir versuchen die Abbuchung in 3 Tagen erneut. Ihre Ressourcen laufen
unverändert weiter; eine Einschränkung erfolgt frühestens 30 Tage nach
Fälligkeit und wird vorher mehrfach angekündigt.

Nimbora fragt niemals per E-Mail nach Kartendaten oder Passwörtern.

Ihr Nimbora Cloud Team
Nimbora Cloud GmbH, Mainzer Landstraße 50, 60325 Frankfurt am Main
""", html_page("""<table width="600"><tr><td style="padding:16px;border-bottom:3px solid #0b2545"><b style="font-size:20px;color:#0b2545">nimbora</b> cloud</td></tr>
<tr><td style="padding:16px"><p>Hallo Thomas Weber,</p>
<p>die Zahlung für Ihre Rechnung <b>NC-INV-2026-118204</b> (Organisation &bdquo;Example Group GmbH&ldquo;, Betrag 4.318,22&nbsp;EUR) ist fehlgeschlagen: Die hinterlegte Kreditkarte (Visa **** 4417) ist am 30.11.2026 abgelaufen.</p>
<p>Bitte hinterlegen Sie in der Nimbora Console unter <i>Abrechnung &gt; Zahlungsmethoden</i> eine gültige Zahlungsmethode:<br>
<a href="https://console.nimbora.cloud/billing/payment-methods">https://console.nimbora.cloud/billing/payment-methods</a></p>
<p>Wir versuchen die Abbuchung in 3 Tagen erneut. Ihre Ressourcen laufen unverändert weiter; eine Einschränkung erfolgt frühestens 30 Tage nach Fälligkeit und wird vorher mehrfach angekündigt.</p>
<p style="font-size:12px;color:#666">Nimbora fragt niemals per E-Mail nach Kartendaten oder Passwörtern.<br>Nimbora Cloud GmbH, Mainzer Landstraße 50, 60325 Frankfurt am Main</p></td></tr></table>""")))

M(B, 7, "de", "talentbruecke-kandidatenprofil",
  "Genuine recruiter (Talentbrücke GmbH) presents a Senior SRE candidate with consent, CV as .docx.",
  frm=("Jan Köhler | Talentbrücke", "jan.koehler@talentbruecke.de"), to=[S["lena"]],
  subject="Kandidatenvorschlag Senior SRE (Köln/hybrid) - Ref. TB-8841",
  date=D(20, 11, 11, 26, 5), mailer="outlook", hop=OUTLOOK("be1", "deu01", "40.107.136.54"),
  body=MIX(T("""Hallo Frau Fischer,

wie in unserem Rahmenvertrag vereinbart, stelle ich Ihnen für die Position
Senior Site Reliability Engineer einen Kandidaten vor:

- 9 Jahre Erfahrung, davon 5 in Kubernetes-Betrieb (on-prem und Cloud)
- aktuell SRE bei einem Kölner Zahlungsdienstleister, Kündigungsfrist 3 Monate
- Gehaltsvorstellung 92-98 TEUR, 2 Tage Büro pro Woche passen

Der Kandidat hat der Weitergabe seines Profils an Example Group ausdrücklich
zugestimmt. Den anonymisierten Lebenslauf finden Sie im Anhang, den
vollständigen sende ich Ihnen gern nach Ihrem Feedback.

Passt Ihnen ein kurzer Call am Donnerstag?

Viele Grüße
Jan Köhler
Senior Consultant IT
Talentbrücke GmbH | Hohenzollernring 72 | 50672 Köln
Tel. +49 221 6602 1874
"""), ATT("TB-8841_Profil_Senior_SRE.docx", DOCX, make_docx([
    "Kandidatenprofil TB-8841 - Senior Site Reliability Engineer",
    "Berufserfahrung: 9 Jahre; Kubernetes, Terraform, Prometheus, PostgreSQL",
    "2021-heute: SRE, Zahlungsdienstleister Koeln", "2017-2021: Systemadministrator, Rechenzentrum Bonn",
    "Sprachen: Deutsch (Muttersprache), Englisch (C1)"], author="Jan Koehler", when=(2026, 11, 19, 17, 30, 0)))))

# ---------------------------------------------------------------- English
M(B, 8, "en", "bountyhall-real-report",
  "Genuine bug-bounty platform notification (Bountyhall) of a new triaged report on the company's programme; link only to bountyhall.com.",
  frm=("Bountyhall", "notifications@bountyhall.com"), to=[ROLE["security"]],
  subject="[Example Group VDP] New report #48213: Stored XSS in ticket attachment preview",
  date=D(8, 11, 14, 55, 12, 0), mailer="saas", hop=("o12.mail.bountyhall.com", "o12.mail.bountyhall.com", "167.89.101.12"),
  app_host="notify-2.bountyhall.internal", mid_local="report-48213-created-5f1c2a",
  extra=[("List-Unsubscribe", "<https://bountyhall.com/settings/notifications>")],
  body=ALT("""A new report has been submitted to the Example Group programme.

Report #48213: Stored XSS in ticket attachment preview
Reporter:  mkowalczyk_sec (reputation 1,412)
Asset:     app.example.com
Severity:  Medium (CVSS 6.1) - pending your validation
Triage:    Reproduced by Bountyhall triage team

Summary: An SVG file uploaded as a ticket attachment is rendered inline in the
preview pane without sanitisation, allowing script execution in the context of
app.example.com for any agent who opens the ticket.

View the report: https://bountyhall.com/reports/48213

You are receiving this because you are a member of the Example Group programme
team. Manage notifications: https://bountyhall.com/settings/notifications
""", html_page("""<p>A new report has been submitted to the <b>Example Group</b> programme.</p>
<table style="border-collapse:collapse;font-size:13px"><tr><td style="padding:4px 10px;color:#666">Report</td><td><b>#48213: Stored XSS in ticket attachment preview</b></td></tr>
<tr><td style="padding:4px 10px;color:#666">Reporter</td><td>mkowalczyk_sec (reputation 1,412)</td></tr>
<tr><td style="padding:4px 10px;color:#666">Asset</td><td>app.example.com</td></tr>
<tr><td style="padding:4px 10px;color:#666">Severity</td><td>Medium (CVSS 6.1) &ndash; pending your validation</td></tr>
<tr><td style="padding:4px 10px;color:#666">Triage</td><td>Reproduced by Bountyhall triage team</td></tr></table>
<p>An SVG file uploaded as a ticket attachment is rendered inline in the preview pane without sanitisation, allowing script execution in the context of app.example.com for any agent who opens the ticket.</p>
<p><a href="https://bountyhall.com/reports/48213">View the report</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you are a member of the Example Group programme team. <a href="https://bountyhall.com/settings/notifications">Manage notifications</a></p>""")))

M(B, 9, "en", "abuse-report-ssh-bruteforce",
  "Genuine abuse report (plain US-ASCII) from another hosting provider's abuse desk about SSH brute force from a customer VM in the company's network, with log excerpt.",
  frm=("Fjordhost Abuse Team", "abuse@fjordhost.no"), to=[ROLE["abuse"]],
  subject="[Fjordhost Abuse #AB-2026-339817] SSH brute-force from 185.232.66.87",
  date=D(14, 11, 2, 12, 8, 1), cs="us-ascii", mailer="saas", hop=("mx-out1.fjordhost.no", "mx-out1.fjordhost.no", "91.189.176.40"),
  app_host="abuse-tools.fjordhost.no",
  body=T("""Hello,

we have observed SSH brute-force attempts against hosts in our network
originating from an IP address that, according to RIPE, belongs to your
network (AS213402, Example Group GmbH).

Source IP:   185.232.66.87
Target:      193.69.12.0/24 (Fjordhost AS, Oslo)
Protocol:    TCP/22
Period:      2026-11-13 23:41 UTC - 2026-11-14 00:58 UTC
Attempts:    4,812

Log excerpt (times in UTC):
2026-11-13T23:41:07Z sshd[219871]: Invalid user admin from 185.232.66.87 port 51822
2026-11-13T23:41:08Z sshd[219873]: Invalid user ubuntu from 185.232.66.87 port 51840
2026-11-13T23:41:09Z sshd[219876]: Failed password for root from 185.232.66.87 port 51862 ssh2
2026-11-14T00:58:44Z sshd[233102]: Invalid user oracle from 185.232.66.87 port 40218

The host is probably compromised. Please investigate and take appropriate
action. There is no need to reply unless you have questions; replies to this
address keep the ticket reference AB-2026-339817 in the subject.

Regards,
Fjordhost Abuse Team
Fjordhost AS, Oslo - +47 21 98 44 10
""", "us-ascii", "7bit"))

M(B, 10, "en", "harrowfinch-purchase-order",
  "Genuine purchase order from customer Harrow & Finch (their Microsoft 365) with PDF PO attached, referencing the signed quote.",
  frm=("Daniel Okafor", "d.okafor@harrowfinch.co.uk"), to=[S["james"]],
  subject="Purchase Order HF-PO-2026-00931 - Orbit licences and onboarding",
  date=D(10, 11, 10, 41, 29, 0), mailer="outlook", hop=OUTLOOK("lo4", "gbr01", "40.107.122.103"),
  body=MIX(T("""Hi James,

Please find attached purchase order HF-PO-2026-00931 for the Orbit licence
expansion and onboarding package, as per your quote Q-UK-2026-118 (rev. 2)
dated 2 November.

- 250 Orbit Professional named users, 12 months
- Onboarding & data migration package (fixed price)

Please quote the PO number on your invoice and send invoices to
accounts.payable@harrowfinch.co.uk. Our payment terms are 45 days.

Many thanks,
Daniel Okafor
Procurement Officer
Harrow & Finch Insurance Ltd
Wellington Place 4, Leeds LS1 4AP
+44 113 496 0718
"""), ATT("HF-PO-2026-00931.pdf", "application/pdf", make_pdf([
    "HARROW & FINCH INSURANCE LTD - PURCHASE ORDER HF-PO-2026-00931", "Supplier: Example Group UK Ltd",
    "Ref: Quote Q-UK-2026-118 rev.2", "",
    "1  Orbit Professional named user x250, 12 months ... GBP 87,500.00",
    "2  Onboarding & data migration package ............. GBP 14,200.00",
    "Total (excl. VAT): GBP 101,700.00", "Terms: 45 days from invoice"], title="HF-PO-2026-00931"))))

_gb_free = iban("GB", "MONZ" + "040004" + "38271946")
M(B, 11, "en", "freelancer-gmail-invoice",
  "Genuine freelance UX designer writing from gmail with final deliverables link and her invoice (PDF, UK IBAN) - free-mail + invoice + bank details but legitimate.",
  frm=("Hannah Lewis", "hannah.lewis.design@gmail.com"), to=[S["piotr"]],
  subject="Onboarding flow - final mockups + invoice HL-2026-014",
  date=D(27, 11, 17, 3, 51, 0), mailer="gmail", hop=GMAIL("yw1-f178"),
  in_reply_to="<4b0e9a21-7c3d-4f7e-9a11-2c8e5d1f0a6b@example.com>",
  body=MIX(T(f"""Hi Piotr,

The final mockups for the new onboarding flow are up on our shared Penpot
project (same link as before, v3 is the final one):
https://design.penpot.app/#/view/7d1e4c2a-onboarding-v3

I incorporated the feedback from Tuesday's review: shorter tenant setup,
the SSO step moved after the invite screen, and the empty states for the
dashboard.

My invoice for November is attached (22 days as agreed in the SOW). Bank
details are the same as on the previous invoices.

Thanks, it was a pleasure working with your team!
Hannah

--
Hannah Lewis - Product & UX Design
Manchester, UK | +44 7700 918 442
"""), ATT("Invoice_HL-2026-014.pdf", "application/pdf", make_pdf([
    "Hannah Lewis Design - INVOICE HL-2026-014", "Bill to: Example Group Polska sp. z o.o., Wroclaw",
    "UX design services, November 2026, 22 days x GBP 520 = GBP 11,440.00", "VAT: reverse charge",
    f"Bank: Monzo Bank, IBAN {fmt_iban(_gb_free)}, BIC MONZGB2L", "Due: 30 days"], title="Invoice HL-2026-014",
    producer="Google Docs Renderer"))))

M(B, 12, "en", "uptrail-monitoring-alert",
  "Genuine SaaS monitoring alert (Uptrail) that the API health check is down from one region; links only to uptrail.io and status page.",
  frm=("Uptrail Alerts", "alerts@uptrail.io"), to=[S["felix"]],
  subject="[DOWN] api.example.com/health - eu-central (HTTP 503)",
  date=D(22, 11, 0, 47, 5, 0), mailer="saas", hop=("smtp-out2.uptrail.io", "smtp-out2.uptrail.io", "54.246.172.19"),
  app_host="alerter-eu-1", mid_local="incident-9f2c41.down",
  body=ALT("""Monitor DOWN: api.example.com/health

Monitor:   Orbit API health (https://api.example.com/health)
Location:  eu-central (Frankfurt), confirmed from eu-west (Dublin)
Error:     HTTP 503 Service Unavailable after 2.8 s
Started:   2026-11-21 23:46:12 UTC

Incident:  https://app.uptrail.io/incidents/9f2c41
Escalation policy "Cloud Ops 24/7": next escalation to Thomas Weber in 10 min.

Acknowledge from the app or reply ACK to the SMS.
""", html_page("""<div style="border-left:6px solid #d93025;padding:12px">
<h3 style="color:#d93025;margin:0">DOWN &ndash; api.example.com/health</h3>
<p>Monitor: <b>Orbit API health</b><br>Location: eu-central (Frankfurt), confirmed from eu-west (Dublin)<br>Error: HTTP 503 Service Unavailable after 2.8&nbsp;s<br>Started: 2026-11-21 23:46:12 UTC</p>
<p><a href="https://app.uptrail.io/incidents/9f2c41">Open incident</a></p>
<p style="font-size:12px;color:#666">Escalation policy &ldquo;Cloud Ops 24/7&rdquo;: next escalation to Thomas Weber in 10 min.</p></div>""")))

M(B, 13, "en", "newsletter-kubernetes-digest",
  "Genuine subscribed technical newsletter with List-Id/List-Unsubscribe and many links (bulk, but wanted).",
  frm=("Kubernetes Digest", "newsletter@k8sdigest.dev"), to=[S["felix"]],
  subject="Kubernetes Digest #212: 1.35 release candidates, etcd tuning, Gateway API GA features",
  date=D(26, 11, 7, 0, 14, 0), mailer="saas", hop=("mail212.k8sdigest.dev", "mail212.k8sdigest.dev", "198.2.180.212"),
  app_host="sender.k8sdigest.dev", mid_local="kd212.felix.schneider.3d8a",
  extra=[("List-Id", "Kubernetes Digest <digest.k8sdigest.dev>"),
         ("List-Unsubscribe", "<https://k8sdigest.dev/unsubscribe?u=3d8a71f0>, <mailto:unsubscribe@k8sdigest.dev?subject=3d8a71f0>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
  body=ALT("""KUBERNETES DIGEST #212 - 26 November 2026

1. Kubernetes 1.35 release candidates: what changes for cluster operators
   https://k8sdigest.dev/r/212/1
2. Tuning etcd for large clusters: compaction, defrag and disk latency
   https://k8sdigest.dev/r/212/2
3. Gateway API: the features that went GA this cycle
   https://k8sdigest.dev/r/212/3
4. Postmortem: how a single admission webhook took down a fleet
   https://k8sdigest.dev/r/212/4

You subscribed as felix.schneider@example.com.
Unsubscribe: https://k8sdigest.dev/unsubscribe?u=3d8a71f0
""", html_page("""<h2>Kubernetes Digest #212</h2><p style="color:#666">26 November 2026</p><ol>
<li><a href="https://k8sdigest.dev/r/212/1">Kubernetes 1.35 release candidates: what changes for cluster operators</a></li>
<li><a href="https://k8sdigest.dev/r/212/2">Tuning etcd for large clusters: compaction, defrag and disk latency</a></li>
<li><a href="https://k8sdigest.dev/r/212/3">Gateway API: the features that went GA this cycle</a></li>
<li><a href="https://k8sdigest.dev/r/212/4">Postmortem: how a single admission webhook took down a fleet</a></li></ol>
<p style="font-size:11px;color:#888">You subscribed as felix.schneider@example.com. <a href="https://k8sdigest.dev/unsubscribe?u=3d8a71f0">Unsubscribe</a></p>""")))

M(B, 14, "en", "sso-new-signin-internal",
  "Genuine internal SSO security notification (new sign-in from a new device) relayed via mail-int01; only link is the internal sso.example.com account page.",
  frm=("Example Group SSO", "no-reply@sso.example.com"), to=[S["james"]],
  subject="New sign-in to your Example Group account",
  date=D(23, 11, 8, 2, 47, 0), mailer="internal", hop=INTERNAL, mid="<sso-notify.20261123080247.6c1d9e@sso.example.com>",
  body=ALT("""Hi James,

Your account james.carter@example.com was just used to sign in on a new device.

  Device:   Chrome on macOS
  Location: London, United Kingdom (approximate)
  Time:     23 November 2026, 08:02 GMT
  Method:   Passkey

If this was you, you don't need to do anything.
If you don't recognise this sign-in, report it to the Security team on
+44 20 3868 4120 or via https://sso.example.com/account/security
(remember: IT will never ask you for your password or MFA codes).

Example Group Identity Services
""", html_page("""<p>Hi James,</p><p>Your account <b>james.carter@example.com</b> was just used to sign in on a new device.</p>
<table style="font-size:13px"><tr><td>Device</td><td>Chrome on macOS</td></tr><tr><td>Location</td><td>London, United Kingdom (approximate)</td></tr>
<tr><td>Time</td><td>23 November 2026, 08:02 GMT</td></tr><tr><td>Method</td><td>Passkey</td></tr></table>
<p>If this was you, you don't need to do anything. If you don't recognise this sign-in, report it to the Security team on +44 20 3868 4120 or via <a href="https://sso.example.com/account/security">sso.example.com/account/security</a>.</p>
<p style="font-size:12px;color:#666">IT will never ask you for your password or MFA codes.</p>""")))

M(B, 15, "en", "signaflow-dpa-signature",
  "Genuine e-signature request (SignaFlow) from a customer's legal team for a Data Processing Agreement; Reply-To is the customer's legal mailbox, link on signaflow.com.",
  frm=("Harrow & Finch Legal via SignaFlow", "notifications@signaflow.com"), to=[S["emily"]],
  reply_to=("Sophie Marsh", "legal@harrowfinch.co.uk"),
  subject="Please sign: Harrow & Finch - Example Group UK - Data Processing Agreement v3",
  date=D(1, 12, 14, 18, 36, 0), mailer="saas", hop=("mta-eu-2.signaflow.com", "mta-eu-2.signaflow.com", "185.250.239.44"),
  app_host="envelope-svc-04", mid_local="env.7b14e2c9d0.recipient.2",
  body=ALT("""Sophie Marsh (Harrow & Finch Insurance Ltd) sent you a document to review and sign.

Document: Harrow & Finch - Example Group UK - Data Processing Agreement v3.pdf
Message from sender: "Hi Emily, as agreed on our call, here is the final DPA
with the updated sub-processor annex. Thanks, Sophie"

Review and sign: https://app.signaflow.com/sign/7b14e2c9d0?r=2
Expires: 15 December 2026

Do not forward this e-mail: the link is personal to you. If you have questions
about the document, reply to this e-mail to contact the sender.

SignaFlow - secure electronic signatures
""", html_page("""<table width="560" style="border:1px solid #e3e3e3"><tr><td style="padding:14px;background:#3b2f8f;color:#fff"><b>SignaFlow</b></td></tr>
<tr><td style="padding:18px"><p><b>Sophie Marsh</b> (Harrow &amp; Finch Insurance Ltd) sent you a document to review and sign.</p>
<p>&#128196; Harrow &amp; Finch - Example Group UK - Data Processing Agreement v3.pdf</p>
<p style="background:#f5f5f5;padding:8px;font-style:italic">Hi Emily, as agreed on our call, here is the final DPA with the updated sub-processor annex. Thanks, Sophie</p>""" +
  btn("https://app.signaflow.com/sign/7b14e2c9d0?r=2", "REVIEW DOCUMENT", "#3b2f8f") +
  """<p style="font-size:11px;color:#777">Expires 15 December 2026. Do not forward this e-mail: the link is personal to you.</p></td></tr></table>""")))

# ---------------------------------------------------------------- Italian
M(B, 16, "it", "ferretti-richiesta-rinnovo",
  "Genuine request from the long-standing customer Ferretti Trasporti (Aruba, Thunderbird) for a 2027 hosting renewal offer.",
  frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S["giulia"]],
  subject="Rinnovo contratto hosting 2027 - richiesta di offerta",
  date=D(3, 11, 9, 47, 31), cs="iso-8859-1", mailer="thunderbird", hop=FERR, client_ip="151.11.48.203",
  body=T("""Buongiorno Giulia,

come anticipato al telefono, il nostro contratto di hosting gestito (ambiente
TMS e portale clienti) scade il 31/01/2027. Vorremmo rinnovarlo per altri
tre anni e, se possibile, aggiungere:

- un secondo ambiente di test per il nuovo modulo di tracciamento
- il backup geografico su Atene che ci avevate proposto a giugno
- 4 ore/mese di supporto sistemistico in più

Ci potete mandare un'offerta entro fine novembre? Il nostro CdA approva il
budget IT il 10 dicembre.

Grazie mille e a presto,

Chiara Colombo
Responsabile Sistemi Informativi
Ferretti Trasporti S.p.A.
Via dell'Industria 14, 37135 Verona
Tel. +39 045 8203 114 - Cell. +39 348 712 5590
""", "iso-8859-1"))

M(B, 17, "it", "ferretti-distinta-pagamento",
  "Genuine remittance advice from Ferretti's accounting (windows-1252) listing paid invoices to the company's usual Italian IBAN, PDF attached.",
  frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=[S["francesca"]],
  subject="Distinta di pagamento fatture - bonifico del 13/11/2026",
  date=D(13, 11, 15, 22, 4), cs="windows-1252", mailer="postfix", hop=FERR, client_ip="151.11.48.210",
  extra=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=MIX(T(f"""Spett.le Example Group Italia s.r.l.,

vi comunichiamo che in data odierna abbiamo disposto il bonifico di
€ 24.960,00 a saldo delle seguenti fatture:

- n. 2026/IT/0871 del 30/09/2026   € 12.480,00
- n. 2026/IT/0944 del 31/10/2026   € 12.480,00

Beneficiario: Example Group Italia s.r.l.
IBAN: {fmt_iban(_eg_it)}
CRO: 0306912345678901

In allegato la distinta. Cordiali saluti,

Ufficio Amministrazione
Ferretti Trasporti S.p.A. - Via dell'Industria 14 - 37135 Verona
Tel. +39 045 8203 100
""", "windows-1252"), ATT("Distinta_bonifico_13112026.pdf", "application/pdf", make_pdf([
    "FERRETTI TRASPORTI S.p.A. - Distinta di pagamento", "Data esecuzione: 13/11/2026",
    "Beneficiario: Example Group Italia s.r.l.", f"IBAN: {fmt_iban(_eg_it)}",
    "Fattura 2026/IT/0871  EUR 12.480,00", "Fattura 2026/IT/0944  EUR 12.480,00", "Totale EUR 24.960,00"],
    title="Distinta"))))

M(B, 18, "it", "candidatura-frontend-gmail",
  "Genuine spontaneous job application from gmail with a PDF CV (applicant free-mail + attachment, legitimate).",
  frm=("Sara Bianchi", "sara.bianchi.dev@gmail.com"), to=[ROLE["jobs"]],
  subject="Candidatura spontanea - Sviluppatrice Frontend (React/TypeScript) - Milano",
  date=D(9, 11, 21, 33, 48), mailer="gmail", hop=GMAIL("ed1-f51"),
  body=MIX(T("""Gentile team HR di Example Group,

mi chiamo Sara Bianchi, ho 29 anni e lavoro da quattro anni come sviluppatrice
frontend (React, TypeScript, Storybook) presso una software house di Bergamo.
Ho visto che il vostro prodotto Orbit sta crescendo molto in Italia e mi
piacerebbe contribuire al team del vostro ufficio di Milano.

Allego il mio CV; il mio profilo GitHub è github.com/sarabianchi-dev.

Autorizzo il trattamento dei miei dati personali ai sensi del Reg. UE 2016/679
(GDPR) ai fini della selezione.

Cordiali saluti,
Sara Bianchi
+39 347 902 6618
"""), ATT("CV_Sara_Bianchi_2026.pdf", "application/pdf", make_pdf([
    "Sara Bianchi - Frontend Developer", "Bergamo, Italia - sara.bianchi.dev@gmail.com - +39 347 902 6618", "",
    "2022-oggi  Frontend Developer, software house, Bergamo (React, TypeScript, Storybook)",
    "2020-2022  Junior Web Developer, agenzia digitale, Brescia",
    "Formazione: Laurea in Informatica, Universita degli Studi di Milano", "Lingue: italiano, inglese (B2)"],
    title="CV Sara Bianchi", producer="Canva"))))

M(B, 19, "it", "interno-bozza-offerta-ferretti",
  "Internal mail via mail-int01: Italian sales manager sends the draft Ferretti renewal offer (xlsx) to the account manager.",
  frm=S["giulia"], to=[S["marco"]],
  subject="Offerta rinnovo Ferretti 2027 - bozza da rivedere",
  date=D(24, 11, 18, 5, 2), mailer="internal", hop=INTERNAL,
  body=MIX(T("""Ciao Marco,

ti giro la bozza dell'offerta per il rinnovo Ferretti (hosting TMS + portale,
36 mesi) con le tre opzioni che ha chiesto Chiara. Ho applicato lo sconto
fedeltà del 6% sul canone base, mentre il backup geografico su Atene l'ho
lasciato a listino.

Riesci a controllare i volumi di storage con Thomas entro giovedì? Vorrei
mandarla venerdì mattina.

Grazie,
Giulia

-- 
Giulia Romano | Sales Manager Italy | Example Group Italia s.r.l.
Via Tortona 31, 20144 Milano | +39 02 8734 5500
"""), ATT("Offerta_Ferretti_2027_bozza_v2.xlsx", XLSX, make_xlsx([
    ["Voce", "Quantità", "Canone mensile EUR", "Totale 36 mesi EUR"],
    ["Hosting gestito TMS + portale", 1, 3920, 141120],
    ["Ambiente di test aggiuntivo", 1, 640, 23040],
    ["Backup geografico Atene (5 TB)", 1, 410, 14760],
    ["Supporto sistemistico extra (4 h)", 1, 380, 13680],
    ["Sconto fedeltà 6% su canone base", "", -235.2, -8467.2]], when=(2026, 11, 24, 17, 58, 0)))))

M(B, 20, "it", "cantine-vallauri-richiesta-demo",
  "Genuine inbound prospect (wine producer) asking for an Orbit demo, ISO-8859-15 quoted-printable.",
  frm=("Davide Vallauri", "d.vallauri@cantinevallauri.it"), to=[S["giulia"]],
  subject="Richiesta demo Orbit per gestione interventi tecnici",
  date=D(30, 11, 12, 11, 27), cs="iso-8859-15", mailer="postfix",
  hop=("smtp-out.cantinevallauri.it", "93-62-150-34.ip22.fastwebnet.it", "93.62.150.34"), client_ip="93.62.150.34",
  body=T("""Buongiorno dott.ssa Romano,

ci ha dato il suo contatto Chiara Colombo di Ferretti Trasporti, che usa la
vostra piattaforma da qualche anno e ne parla molto bene.

Siamo un'azienda vinicola delle Langhe con 60 dipendenti e una squadra di 8
tecnici che segue la manutenzione degli impianti di imbottigliamento presso
noi e presso alcuni clienti. Oggi gestiamo tutto con fogli Excel e WhatsApp
e vorremmo capire se Orbit può fare al caso nostro.

Sarebbe possibile organizzare una demo online nella settimana dal 7 al 11
dicembre? Il budget indicativo per il 2027 è intorno ai 15.000 €.

Cordiali saluti,

Davide Vallauri
Direttore Operativo
Cantine Vallauri S.p.A. - Località San Rocco 3 - 12060 Barolo (CN)
Tel. +39 0173 562 281
""", "iso-8859-15"))

# ---------------------------------------------------------------- Polish
M(B, 21, "pl", "partner-logistik-limit-api",
  "Genuine request from the long-standing customer Partner Logistik (ISO-8859-2 QP) to raise an API rate limit before peak season.",
  frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S["tomasz"]],
  subject="Prośba o zwiększenie limitu API przed szczytem sezonu",
  date=D(6, 11, 10, 5, 39), cs="iso-8859-2", mailer="thunderbird", hop=PLOG, client_ip="83.3.214.97",
  body=T("""Dzień dobry Panie Tomaszu,

w związku ze zbliżającym się szczytem sezonu przedświątecznego (od 20.11 do
23.12) spodziewamy się około trzykrotnego wzrostu liczby zleceń
przekazywanych przez nasz system WMS do Orbit.

Obecnie nasz tenant (partner-logistik, ID 10442) ma limit 600 zapytań na
minutę. Czy byłoby możliwe tymczasowe podniesienie limitu do 2000 zapytań na
minutę na ten okres? Jeśli wiąże się to z dodatkowym kosztem, proszę o
informację, zgoda zarządu nie powinna być problemem.

Dla porządku założyłem też zgłoszenie w portalu (nr 2026-114873).

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik IT
Partner Logistik sp. z o.o.
ul. Obornicka 229, 60-650 Poznań
tel. +48 61 842 17 30, kom. +48 601 427 918
""", "iso-8859-2"))

M(B, 22, "pl", "partner-logistik-potwierdzenie-salda",
  "Genuine balance confirmation request from the customer's accounting (windows-1250 base64) with PDF, referring to the company's usual Polish account.",
  frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S["agnieszka"]],
  subject="Potwierdzenie salda na dzień 30.11.2026",
  date=D(2, 12, 9, 40, 15), cs="windows-1250", mailer="postfix", hop=PLOG, client_ip="83.3.214.101",
  extra=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=MIX(T(f"""Szanowni Państwo,

w związku z zamknięciem roku obrachunkowego uprzejmie prosimy o potwierdzenie
salda rozrachunków na dzień 30.11.2026 r.

Według naszych ksiąg saldo zobowiązań wobec Example Group Polska sp. z o.o.
wynosi 38 415,60 zł (faktury FV/2026/11/0341 oraz FV/2026/11/0355), płatne na
rachunek {fmt_pl(_eg_pl)}.

Prosimy o odesłanie podpisanego potwierdzenia (załącznik) w terminie 14 dni.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
tel. +48 61 842 17 45
""", "windows-1250", "base64"), ATT("Potwierdzenie_salda_30112026.pdf", "application/pdf", make_pdf([
    "PARTNER LOGISTIK sp. z o.o. - POTWIERDZENIE SALDA", "Na dzien 30.11.2026",
    "Kontrahent: Example Group Polska sp. z o.o.", "Saldo: 38 415,60 PLN (zobowiazanie)",
    "FV/2026/11/0341  19 207,80 PLN", "FV/2026/11/0355  19 207,80 PLN",
    "Saldo zgodne / niezgodne *  ..............  podpis"], title="Potwierdzenie salda"))))

M(B, 23, "pl", "cert-polska-podatne-uslugi",
  "Genuine national CERT notification to the abuse mailbox about vulnerable exposed services on the company's IP range; no links to log in, just data and advice.",
  frm=("CERT Polska", "n6@cert.pl"), to=[ROLE["abuse"]],
  subject="[CERT Polska] Podatne usługi w Państwa sieci (AS213402) - zgłoszenie 2026-11-17",
  date=D(17, 11, 13, 30, 2), mailer="saas", hop=("mail.cert.pl", "mail.cert.pl", "195.187.7.66"),
  app_host="n6-notify.cert.pl",
  body=T("""Dzień dobry,

w ramach systemu n6 CERT Polska przekazuje informacje o podatnych lub
błędnie skonfigurowanych usługach dostępnych z Internetu w sieci, za którą
odpowiadają Państwo jako kontakt abuse (AS213402).

Zidentyfikowane usługi:

  adres IP        port  usługa            problem
  185.232.67.14   3000  Grafana 10.4.1    podatność CVE-2025-4123 (XSS/open redirect)
  185.232.67.29   6379  Redis 7.0.11      dostęp bez uwierzytelnienia
  185.232.67.102  9200  Elasticsearch 7.17 publicznie dostępne API bez hasła

Dane pochodzą ze skanowań prowadzonych przez CERT Polska w dniach
15-16.11.2026. Rekomendujemy aktualizację oprogramowania oraz ograniczenie
dostępu do tych usług z sieci publicznej.

Jeżeli ta wiadomość trafiła do niewłaściwego adresata lub mają Państwo
pytania, prosimy o odpowiedź z zachowaniem tematu wiadomości.

Z poważaniem
Zespół CERT Polska / NASK
""", "utf-8", "quoted-printable"))

M(B, 24, "pl", "hr-nexus-kandydat-qa",
  "Genuine Polish recruiting agency presents a QA candidate for the Wrocław office, CV as PDF.",
  frm=("Magdalena Kaczmarek | HR Nexus", "m.kaczmarek@hrnexus.pl"), to=[S["piotr"]],
  subject="Kandydatka na stanowisko QA Automation Engineer - Wrocław",
  date=D(19, 11, 14, 50, 6), mailer="outlook", hop=OUTLOOK("wa2", "pol01", "40.107.158.61"),
  body=MIX(T("""Dzień dobry Panie Piotrze,

zgodnie z naszą umową rekrutacyjną przesyłam profil kandydatki na stanowisko
QA Automation Engineer:

- 6 lat doświadczenia, Playwright, Cypress, testy API (REST, gRPC)
- obecnie w firmie z branży e-commerce we Wrocławiu
- oczekiwania: 17-19 tys. zł netto na B2B, dostępność od 1 lutego 2027

Kandydatka wyraziła zgodę na przekazanie CV Państwa firmie. Czy możemy umówić
pierwszą rozmowę w przyszłym tygodniu?

Pozdrawiam
Magdalena Kaczmarek
Senior IT Recruiter
HR Nexus sp. z o.o. | ul. Świdnicka 40, 50-024 Wrocław
tel. +48 71 307 62 15
"""), ATT("CV_QA_Automation_HRNexus_2211.pdf", "application/pdf", make_pdf([
    "HR NEXUS - profil kandydatki (ref. 2211)", "QA Automation Engineer",
    "Doswiadczenie: 6 lat - Playwright, Cypress, Postman, k6, GitLab CI",
    "2021-obecnie: QA Engineer, e-commerce, Wroclaw", "Jezyki: polski, angielski (C1)"], title="CV 2211"))))

M(B, 25, "pl", "wewnetrzny-retro-sprintu",
  "Internal mail via mail-int01 (ISO-8859-2): engineering lead shares sprint retro notes with a wiki link.",
  frm=S["piotr"], to=[S["tomasz"]], cc=[S["dmitry"]],
  subject="Retro sprintu 47 - notatki i akcje",
  date=D(27, 11, 16, 12, 44), cs="iso-8859-2", mailer="internal", hop=INTERNAL,
  body=T("""Cześć,

notatki z dzisiejszej retrospektywy są na wiki:
https://wiki.example.com/eng/retro/sprint-47

Najważniejsze akcje:
1. Tomek: przegląd zgłoszeń supportu dotyczących eksportu raportów
   (3 duplikaty tego samego błędu w tym tygodniu).
2. Dmitry: poprawka dla podglądu załączników SVG (raport z programu bug
   bounty #48213) - musi wejść do wydania 5.14.
3. Ja: ustalę z Thomasem okno wdrożeniowe po upgrade klastra.

Dzięki wszystkim, dobry sprint!
Piotr

-- 
Piotr Nowak | Engineering Lead | Example Group Polska sp. z o.o.
ul. Legnicka 48, 54-202 Wrocław | +48 71 716 40 12
""", "iso-8859-2"))

# ---------------------------------------------------------------- Spanish
M(B, 26, "es", "alvedra-pedido-real",
  "Genuine purchase order from the customer Clínicas Alvedra (windows-1252 QP, Microsoft 365) with PDF, referencing the quote.",
  frm=("Marta Giménez", "m.gimenez@alvedra.es"), to=[S["javier"]], cc=[("Compras Alvedra", "compras@alvedra.es")],
  subject="Pedido OC-26-04392 - licencias Orbit y soporte 2027",
  date=D(18, 11, 12, 55, 30), cs="windows-1252", mailer="outlook", hop=OUTLOOK("mr2", "esp01", "40.107.160.44"),
  body=MIX(T("""Hola Javier:

Tal y como acordamos en la reunión del martes, te enviamos el pedido
OC-26-04392 correspondiente a vuestra oferta OF-ES-2026-211:

- Ampliación de 150 licencias Orbit Professional (12 meses)
- Soporte Premium 2027

Por favor, indicad el número de pedido en la factura y enviadla a
facturas@alvedra.es. La forma de pago habitual (transferencia a 60 días).

Cualquier duda me dices.

Un saludo,

Marta Giménez
Responsable de Compras
Clínicas Alvedra S.L. - Av. de Aragón 30, 46021 Valencia
Tel. +34 963 512 480
""", "windows-1252"), ATT("OC-26-04392.pdf", "application/pdf", make_pdf([
    "CLINICAS ALVEDRA S.L. - ORDEN DE COMPRA OC-26-04392", "Proveedor: Example Group Iberia S.L.",
    "Ref. oferta OF-ES-2026-211", "150 licencias Orbit Professional 12 meses ... 52.500,00 EUR",
    "Soporte Premium 2027 ................................ 9.800,00 EUR", "Total (sin IVA): 62.300,00 EUR",
    "Pago: transferencia 60 dias"], title="OC-26-04392"))))

M(B, 27, "es", "dominios-ibericos-renovacion-fallida",
  "Genuine domain-registrar billing failure (auto-renewal of example.es failed, card expired) from the real registrar domain, ISO-8859-1 HTML+text.",
  frm=("Dominios Ibéricos", "facturacion@dominiosibericos.es"), to=[S["carmen"]],
  subject="Renovación automática no completada: example.es",
  date=D(3, 12, 8, 0, 41), cs="iso-8859-1", mailer="saas", hop=("smtp2.dominiosibericos.es", "smtp2.dominiosibericos.es", "217.76.142.88"),
  app_host="panel-backend-2", mid_local="renov.example-es.20261203",
  body=ALT("""Hola, Example Group Iberia S.L.:

No hemos podido completar la renovación automática del dominio example.es,
que caduca el 02/01/2027. La tarjeta asociada a su cuenta (Mastercard
terminada en 0921) ha caducado.

Puede actualizar el método de pago o renovar manualmente desde su panel de
cliente: https://panel.dominiosibericos.es/facturacion

Volveremos a intentar el cobro el 10/12/2026. El dominio no se verá afectado
mientras esté dentro del periodo de vigencia.

Atentamente,
Dominios Ibéricos - Atención al cliente
+34 910 487 300
""", html_page("""<p>Hola, <b>Example Group Iberia S.L.</b>:</p>
<p>No hemos podido completar la renovación automática del dominio <b>example.es</b>, que caduca el 02/01/2027. La tarjeta asociada a su cuenta (Mastercard terminada en 0921) ha caducado.</p>
<p>Puede actualizar el método de pago o renovar manualmente desde su <a href="https://panel.dominiosibericos.es/facturacion">panel de cliente</a>.</p>
<p>Volveremos a intentar el cobro el 10/12/2026. El dominio no se verá afectado mientras esté dentro del periodo de vigencia.</p>
<p>Atentamente,<br>Dominios Ibéricos &middot; Atención al cliente &middot; +34 910 487 300</p>""", "iso-8859-1"), "iso-8859-1"))

M(B, 28, "es", "interno-cierre-noviembre",
  "Internal mail via mail-int01: Spanish finance asks the country manager to approve pending items for the November close.",
  frm=S["carmen"], to=[S["javier"]],
  subject="Cierre de noviembre - pendientes de aprobar",
  date=D(30, 11, 9, 18, 9), mailer="internal", hop=INTERNAL,
  body=T("""Hola Javier:

Para cerrar noviembre necesito que apruebes en el ERP antes del miércoles:

1. Factura de Dominios Ibéricos (renovaciones .es), 412,30 €
2. Gastos de viaje de Lucía (visita a Alvedra en Valencia), 286,15 €
3. La provisión del bonus Q4 del equipo comercial

Además, Alvedra ha mandado el pedido OC-26-04392; lo dejo registrado para
facturar en diciembre, ¿de acuerdo?

Gracias,
Carmen

-- 
Carmen Ruiz | Finance | Example Group Iberia S.L.
Calle de Alcalá 215, 28028 Madrid | +34 914 018 230
"""))

M(B, 29, "es", "candidatura-soporte-outlook",
  "Genuine job application from an outlook.es free-mail address with CV as .docx.",
  frm=("Pablo Herrera Sánchez", "pablo.herrera.sanchez@outlook.es"), to=[ROLE["jobs"]],
  subject="Candidatura - Técnico/a de soporte N2 (Madrid)",
  date=D(12, 11, 19, 27, 3), mailer="outlook", hop=OUTLOOK("db3", "eur04", "40.92.73.55"),
  body=MIX(T("""Buenas tardes:

Les escribo para presentar mi candidatura a la oferta de Técnico/a de soporte
N2 para su oficina de Madrid publicada en InfoJobs.

Tengo tres años de experiencia en soporte técnico a clientes de software SaaS
(Zendesk, Jira Service Management, consultas SQL básicas) y hablo español,
inglés y portugués.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Un cordial saludo,
Pablo Herrera Sánchez
Tel. +34 634 718 205
"""), ATT("CV_Pablo_Herrera_Sanchez.docx", DOCX, make_docx([
    "Pablo Herrera Sánchez - Técnico de soporte", "Madrid - pablo.herrera.sanchez@outlook.es - +34 634 718 205",
    "2023-actualidad: Soporte N1/N2, empresa SaaS de facturación, Madrid",
    "Herramientas: Zendesk, Jira Service Management, SQL, Postman",
    "Idiomas: español (nativo), inglés (C1), portugués (B2)"], author="Pablo Herrera", when=(2026, 11, 12, 18, 0, 0)))))

M(B, 30, "es", "sistemas-levante-reseller",
  "Genuine inbound reseller enquiry from a Spanish IT company (windows-1252 HTML+text QP).",
  frm=("Ricardo Ferrer | Sistemas Levante", "rferrer@sistemaslevante.es"), to=[S["javier"]],
  subject="Interés en el programa de partners de Orbit",
  date=D(5, 12, 11, 3, 58), cs="windows-1252", mailer="postfix",
  hop=("mail.sistemaslevante.es", "mail.sistemaslevante.es", "77.230.104.18"), client_ip="77.230.104.18",
  extra=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=ALT("""Estimado Javier:

Soy director comercial de Sistemas Levante, integrador de sistemas con sede en
Alicante y 45 empleados. Trabajamos sobre todo con empresas de mantenimiento
industrial y de climatización en la Comunidad Valenciana y Murcia.

Varios clientes nos han preguntado por soluciones de gestión de intervenciones
técnicas y nos gustaría conocer las condiciones de vuestro programa de
partners para Orbit (márgenes, formación, soporte de primer nivel).

¿Tendrías un hueco para una videollamada la semana que viene?

Saludos cordiales,
Ricardo Ferrer
Director Comercial - Sistemas Levante S.L.
C/ Pintor Cabrera 22, 03003 Alicante
Tel. +34 965 120 447 - Móvil +34 679 230 118
""", html_page(p2h("""Estimado Javier:

Soy director comercial de Sistemas Levante, integrador de sistemas con sede en Alicante y 45 empleados. Trabajamos sobre todo con empresas de mantenimiento industrial y de climatización en la Comunidad Valenciana y Murcia.

Varios clientes nos han preguntado por soluciones de gestión de intervenciones técnicas y nos gustaría conocer las condiciones de vuestro programa de partners para Orbit (márgenes, formación, soporte de primer nivel).

¿Tendrías un hueco para una videollamada la semana que viene?

Saludos cordiales,
Ricardo Ferrer
Director Comercial - Sistemas Levante S.L.
C/ Pintor Cabrera 22, 03003 Alicante
Tel. +34 965 120 447 - Móvil +34 679 230 118"""), "windows-1252", "font-family:Calibri,sans-serif;font-size:11pt"), "windows-1252"))

# ---------------------------------------------------------------- Greek
AEGEAN = ("mail.aegeanpylon.gr", "mail.aegeanpylon.gr", "212.205.63.140")
M(B, 31, "el", "aegean-pylon-aitima-prosforas",
  "Genuine request for quotation from the Greek customer Aegean Pylon (on-prem Exchange, ISO-8859-7 QP) for ERP hosting expansion.",
  frm=("Γιώργος Μαυρίδης", "g.mavridis@aegeanpylon.gr"), to=[S_NATIVE["eleni"]],
  subject="Αίτημα προσφοράς - επέκταση φιλοξενίας ERP",
  date=D(4, 11, 13, 15, 27, 2), cs="iso-8859-7", mailer="exchange", hop=AEGEAN,
  exch_host="PYL-EXCH01.aegeanpylon.local", exch_ip="10.10.1.21",
  body=T("""Καλησπέρα κυρία Γεωργίου,

όπως συζητήσαμε στη συνάντηση της Πέμπτης, θα θέλαμε προσφορά για την
επέκταση της φιλοξενίας του ERP μας στο data center σας στο Μαρούσι:

- 2 επιπλέον εικονικοί διακομιστές (8 vCPU, 32 GB RAM ο καθένας)
- αύξηση του backup κατά 5 TB με διατήρηση 90 ημερών
- παράταση του SLA σε 24/7 για την περίοδο Ιουνίου-Σεπτεμβρίου

Θα θέλαμε την προσφορά μέχρι τις 20 Νοεμβρίου, ώστε να εγκριθεί στον
προϋπολογισμό του 2027.

Με εκτίμηση,
Γιώργος Μαυρίδης
Υπεύθυνος Πληροφορικής
Aegean Pylon Ferries Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
Τηλ. +30 210 4117 380, κιν. +30 694 518 2274
""", "iso-8859-7"))

M(B, 32, "el", "aegean-pylon-apodeixi-pliromis",
  "Genuine payment confirmation from the customer's accounting (windows-1253 QP) with bank transfer receipt PDF.",
  frm=("Aegean Pylon - Λογιστήριο", "logistirio@aegeanpylon.gr"), to=[S_NATIVE["eleni"]], cc=[S_NATIVE["dimitris"]],
  subject="Αποδεικτικό πληρωμής τιμολογίων Οκτωβρίου",
  date=D(16, 11, 12, 40, 13, 2), cs="windows-1253", mailer="exchange", hop=AEGEAN,
  exch_host="PYL-EXCH01.aegeanpylon.local", exch_ip="10.10.1.21",
  body=MIX(T("""Καλησπέρα σας,

σας επισυνάπτουμε το αποδεικτικό της τραπεζικής μεταφοράς για την εξόφληση
των τιμολογίων ΤΠΥ Α-1022 και ΤΠΥ Α-1029 του Οκτωβρίου, συνολικού ποσού
9.424,00 €.

Παρακαλούμε για την ενημέρωση της καρτέλας μας.

Με εκτίμηση,
Κατερίνα Σταθοπούλου
Λογιστήριο
Aegean Pylon Ferries Α.Ε.
Τηλ. +30 210 4117 395
""", "windows-1253"), ATT("Apodeiksi_plirwmis_16112026.pdf", "application/pdf", make_pdf([
    "BANK TRANSFER CONFIRMATION", "Ordering party: AEGEAN PYLON FERRIES S.A.",
    "Beneficiary: EXAMPLE GROUP HELLAS M.IKE", "Amount: 9,424.00 EUR", "Details: TPY A-1022, TPY A-1029",
    "Value date: 16/11/2026"], title="Transfer confirmation"))))

M(B, 33, "el", "esoteriko-syntirisi-ups",
  "Internal mail via mail-int01 (UTF-8): data-centre operator informs the Greek GM about a planned UPS maintenance.",
  frm=S_NATIVE["nikos"], to=[S_NATIVE["dimitris"]], cc=[S["thomas"]],
  subject="Προγραμματισμένη συντήρηση UPS στο data center Μαρουσίου - 28/11",
  date=D(21, 11, 10, 26, 40, 2), mailer="internal", hop=INTERNAL,
  body=T("""Δημήτρη καλημέρα,

το Σάββατο 28/11 από τις 07:00 έως τις 11:00 η Attica DataHub θα κάνει την
ετήσια συντήρηση στο UPS B του χώρου μας. Οι racks θα τροφοδοτούνται μόνο από
τη γραμμή A, οπότε δεν αναμένουμε διακοπή, αλλά δεν θα έχουμε redundancy.

Έχω ενημερώσει τον Thomas για το change (CHG-2026-0431) και θα είμαι στο
site όλο το πρωί. Η Aegean Pylon έχει ενημερωθεί μέσω του portal.

Νίκος

-- 
Νίκος Παπαδόπουλος | Data Centre Operations | Example Group Hellas
Λεωφ. Κηφισίας 124, 151 25 Μαρούσι | +30 210 6891 240
"""))

M(B, 34, "el", "aitisi-ergasias-gmail",
  "Genuine job application in Greek from gmail (UTF-8 base64, as Gmail sends it) with PDF CV.",
  frm=("Μαρία Κωνσταντίνου", "maria.konstantinou.eng@gmail.com"), to=[ROLE["jobs"]],
  subject="Αίτηση για τη θέση Cloud Engineer - Αθήνα",
  date=D(25, 11, 20, 41, 6, 2), mailer="gmail", hop=GMAIL("ej1-f46"),
  body=MIX(T("""Αξιότιμη κυρία, αξιότιμε κύριε,

με ενδιαφέρον είδα την αγγελία σας για τη θέση Cloud Engineer στο γραφείο
της Αθήνας. Είμαι απόφοιτη του ΕΜΠ (Ηλεκτρολόγων Μηχανικών) και εργάζομαι
τρία χρόνια ως DevOps μηχανικός σε εταιρεία λογισμικού στον Πειραιά, με
εμπειρία σε Linux, Ansible, Terraform και Kubernetes.

Επισυνάπτω το βιογραφικό μου. Θα χαρώ να τα πούμε από κοντά.

Με εκτίμηση,
Μαρία Κωνσταντίνου
+30 697 312 4580
""", "utf-8", "base64"), ATT("CV_Maria_Konstantinou.pdf", "application/pdf", make_pdf([
    "Maria Konstantinou - Cloud / DevOps Engineer", "Athens - maria.konstantinou.eng@gmail.com - +30 697 312 4580",
    "2023-today: DevOps Engineer, software company, Piraeus", "Skills: Linux, Ansible, Terraform, Kubernetes, AWS",
    "Education: Diploma in Electrical & Computer Engineering, NTUA"], title="CV"))))

_gr_real = iban("GR", "017" + "0125" + "0005125041338217")
M(B, 35, "el", "attica-datahub-timologio",
  "Genuine monthly colocation invoice from the real atticadatahub.gr (windows-1253 base64, PDF) with the usual, unchanged IBAN.",
  frm=("Attica DataHub - Τιμολόγηση", "invoices@atticadatahub.gr"), to=[S_NATIVE["dimitris"]], cc=[S_NATIVE["nikos"]],
  subject="Τιμολόγιο ΤΠΥ 2026/1184 - Colocation Νοεμβρίου",
  date=D(1, 12, 9, 5, 0, 2), cs="windows-1253", mailer="saas",
  hop=("mail.atticadatahub.gr", "mail.atticadatahub.gr", "212.251.114.70"), app_host="erp.atticadatahub.local",
  body=MIX(T(f"""Αξιότιμοι συνεργάτες,

σας αποστέλλουμε το τιμολόγιο ΤΠΥ 2026/1184 για τις υπηρεσίες colocation
του Νοεμβρίου 2026 (2 racks, ρεύμα, cross-connects), ποσού 7.936,00 €.

Η πληρωμή γίνεται ως συνήθως στον λογαριασμό μας:
Τράπεζα Πειραιώς, IBAN {fmt_iban(_gr_real)}

Το τιμολόγιο έχει διαβιβαστεί και στο myDATA (ΜΑΡΚ 400001928374615).

Με εκτίμηση,
Τμήμα Τιμολόγησης
Attica DataHub Μονοπρόσωπη Α.Ε.
Τηλ. +30 210 8109 600
""", "windows-1253", "base64"), ATT("TPY_2026_1184.pdf", "application/pdf", make_pdf([
    "ATTICA DATAHUB S.A. - INVOICE TPY 2026/1184", "Customer: Example Group Hellas M.IKE",
    "Colocation November 2026: 2 racks, power, cross-connects", "Total: 7,936.00 EUR",
    f"IBAN {fmt_iban(_gr_real)} (Piraeus Bank)", "myDATA MARK 400001928374615"], title="TPY 2026/1184"))))

# ---------------------------------------------------------------- Russian
M(B, 36, "ru", "severtehsnab-akt-sverki",
  "Genuine reconciliation statement (акт сверки) from the Russian customer's accounting (windows-1251 QP) as .xlsx.",
  frm=("Ирина Кузнецова", "buh@severtehsnab.ru"), to=[S_NATIVE["olga"]],
  subject="Акт сверки за 3 квартал 2026 г.",
  date=D(5, 11, 10, 14, 22, 3), cs="windows-1251", mailer="thunderbird", hop=SEVER, client_ip="81.177.140.61",
  body=MIX(T("""Ольга, добрый день!

Направляю акт сверки взаиморасчетов за 3 квартал 2026 г. по договору
№ 114/23-ИТ. По нашим данным задолженности нет, сальдо на 30.09.2026 - 0,00 руб.

Если всё сходится, подпишите, пожалуйста, через Диадок, как обычно.

С уважением,
Ирина Кузнецова
главный бухгалтер ООО "СеверТехСнаб"
тел. +7 (812) 640-18-20
""", "windows-1251"), ATT("Акт_сверки_3кв_2026.xlsx", XLSX, make_xlsx([
    ["Акт сверки взаиморасчетов за 3 кв. 2026", "", "", ""],
    ["Дата", "Документ", "Дебет", "Кредит"],
    ["05.07.2026", "Счет-фактура 218", 184300, ""],
    ["18.07.2026", "Платежное поручение 1442", "", 184300],
    ["05.08.2026", "Счет-фактура 241", 184300, ""],
    ["19.08.2026", "Платежное поручение 1617", "", 184300],
    ["Сальдо на 30.09.2026", "", 0, 0]], when=(2026, 11, 5, 9, 50, 0)))))

M(B, 37, "ru", "vnutrennee-reliz-cheklist",
  "Internal mail via mail-int01 (KOI8-R base64): development lead sends the release checklist to a support engineer.",
  frm=S_NATIVE["dmitry"], to=[S_NATIVE["sergey"]], cc=[S["piotr"]],
  subject="Релиз 5.14 - чек-лист для поддержки",
  date=D(1, 12, 15, 33, 19, 3), cs="koi8-r", mailer="internal", hop=INTERNAL,
  body=T("""Сергей, привет!

Релиз 5.14 выкатываем в четверг 03.12 в 20:00 МСК. Что важно для поддержки:

1. Исправлен предпросмотр SVG-вложений в тикетах (отчет bug bounty #48213).
   SVG теперь открываются только как скачивание.
2. Новый лимит API для тенантов настраивается в админке, а не через нас.
3. Экспорт отчетов: исправлена ошибка с сортировкой (те самые дубликаты).

Release notes и ответы для клиентов: https://wiki.example.com/eng/releases/5.14
Вопросы - в канал #release-5-14.

Спасибо!
Дима
""", "koi8-r", "base64"))

M(B, 38, "ru", "rezume-yandex",
  "Genuine job application from a yandex.ru free-mail address with PDF CV (UTF-8 base64).",
  frm=("Алексей Смирнов", "a.smirnov.qa@yandex.ru"), to=[ROLE["jobs"]],
  subject="Отклик на вакансию: инженер технической поддержки (Санкт-Петербург)",
  date=D(20, 11, 21, 9, 52, 3), mailer="yandex", hop=("forward102a.mail.yandex.net", "forward102a.mail.yandex.net", "178.154.239.91"),
  body=MIX(T("""Здравствуйте!

Откликаюсь на вакансию инженера технической поддержки второй линии в
петербургском офисе, опубликованную на hh.ru.

Последние два года работаю в поддержке B2B SaaS-сервиса: разбор инцидентов,
SQL, анализ логов в Kibana, взаимодействие с разработкой через Jira. Английский
на уровне B2.

Резюме во вложении. Буду рад пообщаться.

С уважением,
Алексей Смирнов
+7 921 448-17-62
""", "utf-8", "base64"), ATT("Smirnov_Aleksey_CV.pdf", "application/pdf", make_pdf([
    "Aleksey Smirnov - Technical Support Engineer (L2)", "Saint Petersburg - a.smirnov.qa@yandex.ru - +7 921 448-17-62",
    "2024-now: L2 support engineer, B2B SaaS", "Skills: SQL, Kibana, Jira, REST APIs, Linux basics",
    "English: B2"], title="CV Smirnov"))))

M(B, 39, "ru", "rassylka-devdajdzhest",
  "Genuine subscribed Russian developer newsletter (UTF-8 HTML+text) with List-Unsubscribe headers.",
  frm=("ДевДайджест", "digest@devdigest.ru"), to=[S_NATIVE["dmitry"]],
  subject="ДевДайджест #148: PostgreSQL 19, TypeScript 6 и разбор инцидента с DNS",
  date=D(3, 12, 9, 0, 5, 3), mailer="saas", hop=("mail3.devdigest.ru", "mail3.devdigest.ru", "5.45.122.17"),
  app_host="sender.devdigest.ru", mid_local="dd148.7c2f91",
  extra=[("List-Id", "DevDigest <weekly.devdigest.ru>"),
         ("List-Unsubscribe", "<https://devdigest.ru/unsubscribe/7c2f91>, <mailto:unsubscribe@devdigest.ru?subject=7c2f91>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
  body=ALT("""ДевДайджест #148 - 3 декабря 2026

1. Что нового в PostgreSQL 19: обзор ключевых изменений
   https://devdigest.ru/r/148/1
2. TypeScript 6: миграция большого монорепозитория
   https://devdigest.ru/r/148/2
3. Разбор инцидента: как истекший DNSSEC-ключ положил сервис на 4 часа
   https://devdigest.ru/r/148/3

Вы подписаны как dmitry.sokolov@example.com.
Отписаться: https://devdigest.ru/unsubscribe/7c2f91
""", html_page("""<h2>ДевДайджест #148</h2><p style="color:#777">3 декабря 2026</p><ol>
<li><a href="https://devdigest.ru/r/148/1">Что нового в PostgreSQL 19: обзор ключевых изменений</a></li>
<li><a href="https://devdigest.ru/r/148/2">TypeScript 6: миграция большого монорепозитория</a></li>
<li><a href="https://devdigest.ru/r/148/3">Разбор инцидента: как истекший DNSSEC-ключ положил сервис на 4 часа</a></li></ol>
<p style="font-size:11px;color:#999">Вы подписаны как dmitry.sokolov@example.com. <a href="https://devdigest.ru/unsubscribe/7c2f91">Отписаться</a></p>""")))

M(B, 40, "ru", "severtehsnab-incident-502",
  "Genuine customer incident report to support (KOI8-R QP): the customer portal returns HTTP 502.",
  frm=("Павел Лебедев", "p.lebedev@severtehsnab.ru"), to=[ROLE["support"]], cc=[S_NATIVE["sergey"]],
  subject="Не открывается личный кабинет - ошибка 502",
  date=D(22, 11, 9, 12, 33, 3), cs="koi8-r", mailer="thunderbird", hop=SEVER, client_ip="81.177.140.61",
  body=T("""Добрый день!

С 08:40 МСК у наших сотрудников не открывается личный кабинет
severtehsnab.orbit.example.com - браузер показывает "502 Bad Gateway".
Мобильное приложение тоже не синхронизируется. У 30 выездных инженеров
сейчас нет доступа к заявкам.

Скриншот и HAR-файл могу прислать, если нужно. Просим срочно посмотреть.

Павел Лебедев
руководитель ИТ-отдела ООО "СеверТехСнаб"
тел. +7 (812) 640-18-35, моб. +7 911 027-45-18
""", "koi8-r", "quoted-printable"))


# ======================================================================
#                              OUTPUT + CHECKS
# ======================================================================
LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
              "el": "Greek", "ru": "Russian"}


def fname(m):
    return f"{m['kind']}/{m['n']:02d}-{m['lang']}-{m['slug']}.eml"


def write_all():
    for d in ("attack", "business"):
        p = os.path.join(ROOT, d)
        os.makedirs(p, exist_ok=True)
        for f in os.listdir(p):
            if f.endswith(".eml"):
                os.remove(os.path.join(p, f))
    for m in MSGS:
        seed = int(hashlib.sha256(fname(m).encode()).hexdigest()[:16], 16)
        raw = build_message(m, seed)
        with open(os.path.join(ROOT, fname(m)), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for n, a, r, c in STAFF:
            fh.write(f"{n}={a}\n")
    out = ["# Example Group - mail gateway evaluation set", "", "## Company", "", COMPANY,
           "## Staff", "", "| Name | Address | Role | Office |", "|---|---|---|---|"]
    out += [f"| {n} | {a} | {r} | {c} |" for n, a, r, c in STAFF]
    out += ["", "## Correspondents (business side; attackers may imitate them)", "", CORRESPONDENTS,
            "## Notes", "",
            "- All messages are raw RFC 5322 as received at mx01.example.com (top Received header with `for <rcpt>`);",
            "  colleague mail arrives via mail-int01.example.com [10.20.0.25]. No Authentication-Results / DKIM headers.",
            "- Dates 1 Nov - 5 Dec 2026. IBANs carry valid mod-97 check digits (IT CIN, ES DC and PL sort-code checks too).",
            "- Malicious attachments (.lnk, .exe, .js inside ZIPs) are inert placeholders; .htm/.html/.svg attachments contain",
            "  credential forms / links to invented attacker domains.", ""]
    for kind, title in (("attack", "Attack messages (should not reach the inbox plainly)"),
                        ("business", "Business messages (must be delivered)")):
        out += [f"## {title}", "", "| File | Lang | Charset(s) | What it is |", "|---|---|---|---|"]
        for m in MSGS:
            if m["kind"] == kind:
                cs = ", ".join(charsets(m["body"]))
                out.append(f"| `{fname(m)}` | {m['lang']} | {cs} | {m['desc']} |")
        out.append("")
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def verify():
    errors = []
    counts = {k: {l: 0 for l in LANGS} for k in ("attack", "business")}
    lo, hi = datetime(2026, 11, 1, tzinfo=timezone.utc), datetime(2026, 12, 6, tzinfo=timezone.utc)
    iban_re = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
    for m in MSGS:
        fn = fname(m)
        raw = open(os.path.join(ROOT, fn), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append(f"{fn}: defects {msg.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{fn}: missing {h}")
        _ = str(msg["Subject"]), str(msg["From"]), str(msg["To"])
        if "authentication-results" in (k.lower() for k in msg.keys()):
            errors.append(f"{fn}: has Authentication-Results")
        rcv = msg.get_all("Received")
        if not rcv or "by mx01.example.com" not in rcv[0] or f"for <{m['rcpt']}>" not in rcv[0]:
            errors.append(f"{fn}: bad top Received")
        d = msg["Date"].datetime
        if not (lo <= d < hi):
            errors.append(f"{fn}: date out of range {d}")
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            for dfc in part.defects:
                errors.append(f"{fn}: part defect {dfc}")
            if part.get_content_maintype() == "text" and part.get_filename() is None:
                try:
                    texts.append(part.get_content())
                except Exception as e:  # noqa
                    errors.append(f"{fn}: cannot decode part: {e}")
            else:
                data = part.get_payload(decode=True)
                if not data:
                    errors.append(f"{fn}: empty attachment")
                fnm = part.get_filename() or ""
                if fnm.endswith((".docx", ".xlsx", ".zip")):
                    try:
                        zipfile.ZipFile(io.BytesIO(data)).testzip()
                    except Exception as e:  # noqa
                        errors.append(f"{fn}: bad zip {fnm}: {e}")
                if fnm.endswith(".pdf") and not data.startswith(b"%PDF-"):
                    errors.append(f"{fn}: bad pdf")
        for t in texts:
            for cand in iban_re.findall(t):
                c = cand.replace(" ", "")
                if c[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT") and not iban_ok(c):
                    errors.append(f"{fn}: invalid IBAN {cand}")
        counts[m["kind"]][m["lang"]] += 1
    names = [fname(m) for m in MSGS]
    if len(set(names)) != len(names):
        errors.append("duplicate file names")
    for k in counts:
        if sum(counts[k].values()) != 40:
            errors.append(f"{k}: {sum(counts[k].values())} messages, expected 40")
        for l, c in counts[k].items():
            if c < 4:
                errors.append(f"{k}/{l}: only {c}")
    return counts, errors


if __name__ == "__main__":
    write_all()
    counts, errors = verify()
    for k in counts:
        print(k, " ".join(f"{l}={c}" for l, c in counts[k].items()), "total", sum(counts[k].values()))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)
