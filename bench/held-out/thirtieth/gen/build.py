#!/usr/bin/env python3
"""Deterministic generator of the Example Group mail-gateway evaluation set.

Writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md and ../staff.txt
relative to this file.  Python 3 stdlib only, no network, fixed random seed.
All attachments are inert placeholders.
"""
import base64
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import re
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = random.Random(3320261105)
MSGS = []
CET = timezone(timedelta(hours=1))

# --------------------------------------------------------------------------
# staff
# --------------------------------------------------------------------------
STAFF = [
    # name, address, role, office
    ("Markus Weber", "markus.weber@example.com", "CEO", "Hamburg (HQ)"),
    ("Claudia Hoffmann", "claudia.hoffmann@example.com", "CFO", "Hamburg (HQ)"),
    ("Anna Schmitt", "anna.schmitt@example.com", "Executive assistant to the CEO", "Hamburg (HQ)"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Head of accounts payable", "Hamburg (HQ)"),
    ("Jonas Becker", "jonas.becker@example.com", "Accounts payable clerk", "Hamburg (HQ)"),
    ("Thomas Lang", "thomas.lang@examplegroup.eu", "Group treasury", "Hamburg (HQ)"),
    ("Katrin Schulz", "katrin.schulz@example.com", "HR director / payroll", "Hamburg (HQ)"),
    ("Tobias Richter", "tobias.richter@example.com", "IT manager", "Hamburg (HQ)"),
    ("Lena Wagner", "lena.wagner@example.com", "Head of e-commerce (web shop, Shopify)", "Hamburg (HQ)"),
    ("Felix Braun", "felix.braun@example.com", "Marketplace manager (Amazon, Zalando, eBay)", "Hamburg (HQ)"),
    ("Julia Neumann", "julia.neumann@example.com", "Marketing, ads and influencer manager", "Hamburg (HQ)"),
    ("Nina Hartmann", "nina.hartmann@example.com", "Customer service lead", "Hamburg (HQ)"),
    ("Daniel Koch", "daniel.koch@example.com", "Head buyer home goods", "Hamburg (HQ)"),
    ("Miriam Vogel", "miriam.vogel@example.com", "Buyer fashion / Asia sourcing", "Hamburg (HQ)"),
    ("Giulia Romano", "giulia.romano@example.com", "Country manager Italy", "Milano"),
    ("Marco Bianchi", "marco.bianchi@example.com", "Local accounting Italy", "Milano"),
    ("Agnieszka Nowak", "agnieszka.nowak@example.com", "Local accounting & payroll Poland", "Poznań"),
    ("Piotr Kowalczyk", "piotr.kowalczyk@example.com", "Logistics & Allegro manager", "Poznań"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "Local accounting Spain", "Madrid"),
    ("Javier Moreno", "javier.moreno@example.com", "Retail & e-commerce Spain", "Madrid"),
    ("Eleni Papadopoulou", "eleni.papadopoulou@example.com", "Local accounting Greece", "Athens"),
    ("Nikos Georgiou", "nikos.georgiou@example.com", "Country & store manager Greece", "Athens"),
    ("James Carter", "james.carter@example.com", "Finance manager UK", "Manchester"),
    ("Sophie Turner", "sophie.turner@examplegroup.eu", "Marketing & customer care UK", "Manchester"),
    ("Olga Smirnova", "olga.smirnova@example.com", "Chief accountant Russia", "Moscow"),
    ("Dmitry Volkov", "dmitry.volkov@examplegroup.eu", "Office & marketplace manager Russia", "Moscow"),
]
S = {"".join(c for c in unicodedata.normalize("NFKD", n.split()[0].lower()) if ord(c) < 128): (n, a) for n, a, _, _ in STAFF}

# --------------------------------------------------------------------------
# bank account helpers (valid IBAN mod-97 + national checks where known)
# --------------------------------------------------------------------------
def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(ib):
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def spaced(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def de_iban(blz, kto9):
    """German account with method-00 (Luhn, weights 2,1,2,..) check digit."""
    s = 0
    for i, d in enumerate(reversed(kto9)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return iban("DE", blz + kto9 + str((10 - s % 10) % 10))


def it_iban(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[v] if i % 2 == 0 else v
    return iban("IT", chr(65 + tot % 26) + s)


def es_iban(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(ten):
        r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return iban("ES", bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct)


def pl_iban(bank3, branch4, acct16):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(bank3 + branch4, w))
    return iban("PL", bank3 + branch4 + str((10 - s % 10) % 10) + acct16)


def be_iban(bank3, acct7):
    n = int(bank3 + acct7) % 97 or 97
    return iban("BE", bank3 + acct7 + f"{n:02d}")


def ru_account(bik, acct_with_x):
    """20-digit Russian account, key (position 9) per CBR rules 7-1-3."""
    a = acct_with_x.replace("X", "0")
    s = bik[-3:] + a
    w = [7, 1, 3] * 8
    tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    key = ((tot % 10) * 3) % 10
    res = a[:8] + str(key) + a[9:]
    s2 = bik[-3:] + res
    assert sum((int(d) * w[i]) % 10 for i, d in enumerate(s2)) % 10 == 0
    return res


# Accounts used in the corpus
IB = {
    # genuine
    "lieferant_old": de_iban("48050161", "006614223"),      # Sparkasse Bielefeld
    "lieferant_new": de_iban("48060036", "021558701"),      # Bielefelder Volksbank (genuine merger change)
    "lieferant_fake": de_iban("10011001", "283317290"),     # N26 (fraud)
    "schulte": de_iban("20050550", "123894561"),            # Haspa
    "ferretti": it_iban("03069", "01600", "100000012871"),  # Intesa
    "ferretti_fake": it_iban("03268", "22300", "052874416930"),  # Banca Sella (fraud)
    "partner": pl_iban("124", "0174", "1111001098453621"),   # Pekao
    "partner_fake": pl_iban("114", "0200", "4000000302277814"),  # mBank (fraud)
    "levante": es_iban("2100", "4512", "0200154387"),       # CaixaBank
    "syskevasies": iban("GR", "017" + "0125" + "0000512004471902"),   # Piraeus
    "landlord": iban("GR", "011" + "0167" + "0000016740392118"),      # NBG genuine
    "landlord_fake": iban("GR", "026" + "0062" + "0000871203994451"), # Eurobank (fraud)
    "northlight_old": iban("GB", "BARC" + "200415" + "43819206"),
    "northlight_new": iban("GB", "NWBK" + "010645" + "71220398"),
    "brightline_fake": iban("GB", "SRLG" + "608371" + "29481630"),
    "ningbo": None,
    "payroll_fake_de": de_iban("50010517", "540978113"),    # ING (fraud)
    "payroll_fake_pl": pl_iban("109", "0101", "0000000158842291"),  # Santander PL (fraud)
    "examplepl_salary": pl_iban("105", "0109", "9999000012345678"),
    "lt_fake": iban("LT", "32500" + "10099734411"),          # Revolut LT (fraud)
    "exgroup_own": de_iban("20040000", "401227700"),        # Commerzbank HH
}
RU_BIK = "044525225"
RU_KS = "30101810400000000225"
RU_ACC_LOGPLUS = ru_account(RU_BIK, "40702810X38000142317")
RU_ACC_OWN = ru_account("044525593", "40702810X02080061453")
for k, v in IB.items():
    if v:
        assert iban_ok(v), k

# --------------------------------------------------------------------------
# placeholders
# --------------------------------------------------------------------------
def ascii_only(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def pdf(lines, title="Document"):
    lines = ["[Evaluation corpus placeholder - inert document]"] + list(lines)
    esc = lambda t: ascii_only(t).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 50 790 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Title ({esc(title)}) /Producer (placeholder) /CreationDate (D:20261101000000Z) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{x}\n%%EOF\n").encode()
    return out


def zipped(files, when=(2026, 11, 2, 10, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


INERT = (b"INERT PLACEHOLDER FOR MAIL-GATEWAY EVALUATION.\r\n"
         b"This file stands in for a malicious payload. It contains no code.\r\n")

# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------
class Part:
    def __init__(self, ctype, content, cs=None, cte="7bit", filename=None,
                 inline=False, cid=None, fn_style="2231", extra=()):
        self.ctype, self.content, self.cs, self.cte = ctype, content, cs, cte
        self.filename, self.inline, self.cid, self.fn_style = filename, inline, cid, fn_style
        self.extra = list(extra)


class Multi:
    def __init__(self, sub, parts, related_type=None):
        self.sub, self.parts, self.related_type = sub, parts, related_type


def T(text, cs, cte):
    return Part("text/plain", text, cs, cte)


def H(html, cs, cte):
    return Part("text/html", html, cs, cte)


def h2t(h):
    t = re.sub(r"(?is)<(style|head|title)[^>]*>.*?</\1>", "", h)
    t = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>',
               lambda m: m.group(2) if m.group(2).strip() == m.group(1) else f"{m.group(2)} <{m.group(1)}>", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if not l:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(l)
            blank = False
    return "\n".join(out).strip() + "\n"


def ALT(html, cs, cte, plain=None, cte_plain=None):
    return Multi("alternative", [T(plain if plain is not None else h2t(html), cs, cte_plain or cte),
                                 H(html, cs, cte)])


def MIX(*parts):
    return Multi("mixed", list(parts))


def REL(html_part, *inl):
    return Multi("related", [html_part] + list(inl), related_type="text/html")


def ATT(filename, ctype, data, fn_style="2231"):
    return Part(ctype, data, None, "base64", filename=filename, fn_style=fn_style)


def enc_words(text, cs):
    if all(ord(c) < 128 for c in text):
        return text
    enc = Header(text, cs, maxlinelen=76).encode(linesep="\n")
    return re.sub(r"\?([bq])\?", lambda m: "?" + m.group(1).upper() + "?", enc)


def fmt_addr(name, addr, cs):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()@:;<>\[\]"|]', name):
            return '"' + name.replace('"', '\\"') + f'" <{addr}>'
        return f"{name} <{addr}>"
    return f"{enc_words(name, cs)} <{addr}>"


BSTYLE = {}


def boundary(style):
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h[:8].upper() + h[8:20].upper() + "_"
    if style == "tb":
        return "------------" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    if style == "apple":
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper() + "-" + h[16:20].upper() + "-" + h[20:32].upper()
    if style == "php":
        return "b1=_" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))
    if style == "mc":
        return "_----------=_MCPart_" + str(R.randint(10**8, 10**9))
    if style == "yahoo":
        return "----=_Part_" + str(R.randint(10**6, 10**7)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(R.randint(10**12, 10**13))
    return "----=_Part_" + str(R.randint(1000, 99999)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(R.randint(10**12, 10**13))


def encode_payload(p):
    c = p.content
    if p.cte == "base64":
        data = c if isinstance(c, bytes) else c.replace("\n", "\r\n").encode(p.cs)
        return base64.encodebytes(data)
    if isinstance(c, bytes):
        raise ValueError("bytes need base64")
    if p.cte == "quoted-printable":
        return quopri.encodestring(c.encode(p.cs))
    if p.cte == "8bit":
        return c.encode(p.cs)
    c.encode("ascii")
    return c.encode("ascii")


def render(p, style, cs_hdr):
    """return (list of header lines (str), body bytes)"""
    if isinstance(p, Multi):
        b = boundary(style)
        ct = f'multipart/{p.sub};\n\tboundary="{b}"'
        if p.related_type:
            ct = f'multipart/related;\n\tboundary="{b}";\n\ttype="{p.related_type}"'
        body = b""
        if style in ("outlook", "php", "mc") and p.sub == "mixed":
            body += b"This is a multi-part message in MIME format.\n\n"
        for sp in p.parts:
            hl, bb = render(sp, style, cs_hdr)
            body += f"--{b}\n".encode() + ("\n".join(hl)).encode("ascii") + b"\n\n" + bb
            if not bb.endswith(b"\n"):
                body += b"\n"
        body += f"--{b}--\n".encode()
        return [f"Content-Type: {ct}"], body
    hl = []
    if p.filename:
        fn = p.filename
        if all(ord(ch) < 128 for ch in fn):
            name_param, fn_param = f'name="{fn}"', f'filename="{fn}"'
        elif p.fn_style == "2231":
            q = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "._-" else f"%{b:02X}" for b in fn.encode("utf-8"))
            ew = Header(fn, "utf-8").encode(linesep=" ")
            name_param, fn_param = f'name="{ew}"', f"filename*=utf-8''{q}"
        else:
            ew = Header(fn, "utf-8").encode(linesep=" ")
            name_param, fn_param = f'name="{ew}"', f'filename="{ew}"'
        hl.append(f"Content-Type: {p.ctype};\n\t{name_param}")
        if p.inline:
            hl.append(f"Content-Disposition: inline;\n\t{fn_param}")
        else:
            hl.append(f"Content-Disposition: attachment;\n\t{fn_param}")
    elif p.cs:
        hl.append(f'Content-Type: {p.ctype}; charset="{p.cs}"')
    else:
        hl.append(f"Content-Type: {p.ctype}")
    if p.cid:
        hl.append(f"Content-ID: <{p.cid}>")
    hl.append(f"Content-Transfer-Encoding: {p.cte}")
    hl += [f"{k}: {v}" for k, v in p.extra]
    return hl, encode_payload(p)


# --------------------------------------------------------------------------
# infrastructure (sending side)
# --------------------------------------------------------------------------
def fmtd(dt):
    return format_datetime(dt)


def rs(n, alph="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alph) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


class Infra:
    def __init__(self, helo, rdns, ip, hops=None, mid=None, style="default", tls=True, extra=None):
        self.helo, self.rdns, self.ip = helo, rdns, ip
        self.hops = hops or (lambda w, r: [])
        self.mid = mid or (lambda dom: f"<{hexs(12)}.{rs(10)}@{dom}>")
        self.style, self.tls = style, tls
        self.extra = extra or (lambda w: [])


def gmail():
    pre = R.choice(["wm1", "wr1", "ej1", "lf1", "ed1", "pj1", "oi1"])
    last = R.randint(41, 54)
    blk = {"wm1": 128, "wr1": 221, "ej1": 218, "lf1": 167, "ed1": 208, "pj1": 216, "oi1": 167}[pre]
    host = f"mail-{pre}-f{last}.google.com"
    pst = timezone(timedelta(hours=-8))
    smtpid = f"{hexs(10)}-{R.randint(100000, 999999)}{rs(10).lower()}.{R.randint(1, 3)}"

    def hops(w, r):
        t = (w - timedelta(seconds=2)).astimezone(pst)
        return [f"Received: by {host} with SMTP id {smtpid}\n        for <{r}>; {fmtd(t)} (PST)"]

    def extra(w):
        t = (w - timedelta(seconds=2)).astimezone(pst)
        return [("X-Received", f"by 2002:a05:{hexs(4)}:{hexs(3)}:b0:{hexs(3)}:{hexs(4)} with SMTP id {rs(15).lower()};\n        {fmtd(t)} (PST)")]
    return Infra(host, host, f"209.85.{blk}.{last}", hops,
                 lambda d: f"<CA{rs(1)}{rs(43)}@mail.gmail.com>", "gmail", True, extra)


def outlook_consumer():
    n = R.randint(2010, 2199)
    srv = f"PAXP{R.randint(190, 195)}MB{R.randint(1000, 9999)}"
    reg = "EURP" + srv[4:7]

    def hops(w, r):
        t = (w - timedelta(seconds=1)).astimezone(timezone.utc)
        return [f"Received: from {srv}.{reg}.PROD.OUTLOOK.COM\n ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}]) by {srv}.{reg}.PROD.OUTLOOK.COM\n"
                f" ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}%5]) with mapi id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)};\n {fmtd(t)}"]
    return Infra("EUR03-VI1-obe.outbound.protection.outlook.com",
                 f"mail-vi1eur03olkn{n}.outbound.protection.outlook.com",
                 f"40.92.{R.randint(64, 127)}.{R.randint(10, 250)}", hops,
                 lambda d: f"<{srv}{hexs(24, True)}@{srv}.{reg}.PROD.OUTLOOK.COM>", "outlook")


def m365(region="eur05", tld="eurprd05"):
    loc = R.choice(["db8", "am6", "vi1", "du2", "fr2", "pa4", "gv1", "as8"])
    n = R.randint(2010, 2199)
    srv = f"{loc.upper()}PR{R.randint(1, 9):02d}MB{R.randint(1000, 9999)}"
    tix = base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode()

    def hops(w, r):
        t = (w - timedelta(seconds=1)).astimezone(timezone.utc)
        return [f"Received: from {srv}.{tld}.prod.outlook.com\n ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}]) by {srv}.{tld}.prod.outlook.com\n"
                f" ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}%4]) with mapi id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)};\n {fmtd(t)}"]

    def extra(w):
        return [("Thread-Index", tix), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return Infra(f"{region.upper()}-{loc.upper()}-obe.outbound.protection.outlook.com",
                 f"mail-{loc}{region}on{n}.outbound.protection.outlook.com",
                 f"40.107.{R.randint(1, 255)}.{R.randint(10, 250)}", hops,
                 lambda d: f"<{srv}{hexs(24, True)}@{srv}.{tld}.prod.outlook.com>", "outlook", True, extra)


def internal():
    ex = R.choice(["EXCH01", "EXCH02"])
    ip = {"EXCH01": "10.20.1.11", "EXCH02": "10.20.1.12"}[ex]
    tix = base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode()

    def hops(w, r):
        t = (w + timedelta(seconds=1)).astimezone(CET)
        return [f"Received: from {ex}.corp.example.com ({ip}) by mail-int01.example.com\n\t(Postfix) with ESMTPS id {qid()}; {fmtd(t)} (CET)",
                f"Received: from {ex}.corp.example.com ({ip}) by {ex}.corp.example.com\n ({ip}) with Microsoft SMTP Server (version=TLS1_2,\n"
                f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {fmtd(w.astimezone(CET))}"]

    def extra(w):
        return [("Thread-Index", tix), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("x-originating-ip", "[10.20.40." + str(R.randint(20, 200)) + "]")]
    return Infra("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", hops,
                 lambda d: f"<{hexs(32)}@{ex}.corp.example.com>", "outlook", True, extra)


def host(helo, rdns, ip, hops=(), style="default", tls=True, mid=None, extra=None):
    hl = list(hops)

    def hf(w, r):
        out = []
        for i, h in enumerate(hl):
            t = w - timedelta(seconds=1 + i)
            tz = h[1] if isinstance(h, tuple) else None
            tmpl = h[0] if isinstance(h, tuple) else h
            out.append("Received: " + tmpl.format(date=fmtd(t.astimezone(tz) if tz else t), rcpt=r, qid=qid(), hex=hexs(8)))
        return out
    return Infra(helo, rdns, ip, hf, mid, style, tls, extra)


def gmx(kind="gmx"):
    if kind == "gmx":
        n = R.choice([15, 17])
        ip, mout, mr = f"212.227.{n}.{R.choice([18, 19, 20, 21, 22])}", "mout.gmx.net", f"mrgmx{R.randint(100, 110)}"
        dom = "gmx.net"
    else:
        ip, mout, mr = f"217.72.192.{R.choice([65, 67, 73, 78])}", "mout.web.de", f"mrweb{R.randint(101, 110)}"
        dom = "web.de"
    cli = f"{R.choice([79, 84, 87, 91, 93])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
    nid = f"1M{rs(4)}-1{rs(4)}{rs(4)}-00{rs(6)}"

    def hops(w, r):
        return [f"Received: from [192.168.178.{R.randint(20, 60)}] ([{cli}]) by mail.{dom}\n ({mr} [{ip.rsplit('.', 1)[0]}.{R.randint(100, 200)}]) with ESMTPSA (Nemesis) id\n {nid}; {fmtd(w - timedelta(seconds=1))}"]
    return Infra(mout, mout, ip, hops, None, "tb")


QALPH = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def qid():
    return "4" + "".join(R.choice(QALPH) for _ in range(13))


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
def D(mon, day, h, m, s=0, tz=1):
    return datetime(2026, mon, day, h, m, s, tzinfo=timezone(timedelta(hours=tz)))


def A(name, addr=None):
    if addr is None:
        return S[name]
    return (name, addr)


def M(folder, fn, lang, cs, what, why, *, when, rcpt, infra, frm, to, subject, body,
      cc=(), reply_to=None, rp=None, hdrs=(), irt=None, refs=None, mid=None,
      delay=4, mid_dom=None, hcs=None, envelope_to=None, prio=None, order="std"):
    hcs = hcs or cs
    rcpt_list = [rcpt] if isinstance(rcpt, str) else list(rcpt)
    mx_time = (when + timedelta(seconds=delay)).astimezone(CET)
    frm_addr = frm[1]
    dom = mid_dom or frm_addr.split("@")[1]
    msgid = mid or infra.mid(dom)
    lines = []
    lines.append(f"Return-Path: <{rp if rp is not None else frm_addr}>")
    rc = rcpt_list[0]
    remote = f"{infra.rdns} [{infra.ip}]" if infra.rdns else f"unknown [{infra.ip}]"
    lines.append(f"Received: from {infra.helo} ({remote})\n\tby mx01.example.com (Postfix) with "
                 f"{'ESMTPS' if infra.tls else 'ESMTP'} id {qid()}\n\tfor <{rc}>; {fmtd(mx_time)} (CET)")
    lines += infra.hops(when, rc)
    for k, v in infra.extra(when):
        lines.append(f"{k}: {v}")
    fl = [("From", fmt_addr(frm[0], frm[1], hcs))]
    if to:
        fl.append(("To", ",\n\t".join(fmt_addr(n, a, hcs) for n, a in to)))
    if cc:
        fl.append(("CC", ",\n\t".join(fmt_addr(n, a, hcs) for n, a in cc)))
    if reply_to:
        fl.append(("Reply-To", fmt_addr(reply_to[0], reply_to[1], hcs)))
    fl.append(("Subject", enc_words(subject, hcs)))
    if infra.style == "outlook":
        tt = re.sub(r"^(AW|RE|Re|R|FW|WG|Odp|ΑΠ|ΣΧΕΤ|RV):\s*", "", subject)
        fl.append(("Thread-Topic", enc_words(tt, hcs)))
    fl.append(("Date", fmtd(when)))
    fl.append(("Message-ID", msgid))
    if irt:
        fl.append(("In-Reply-To", irt))
        fl.append(("References", refs or irt))
    if prio:
        fl += [("X-Priority", "1"), ("Importance", "high")]
    for k, v in hdrs:
        fl.append((k, v))
    fl.append(("MIME-Version", "1.0"))
    for k, v in fl:
        lines.append(f"{k}: {v}" if v != "" else f"{k}:")
    hl, bb = render(body, infra.style, hcs)
    lines += hl
    raw = ("\n".join(lines)).encode("ascii") + b"\n\n" + bb
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    # structure description for manifest
    MSGS.append(dict(folder=folder, fn=fn + ".eml", lang=lang, cs=cs, what=what, why=why,
                     struct=describe(body), raw=raw, frm=frm_addr, rcpt=rc, date=when))


def describe(p):
    if isinstance(p, Multi):
        return f"multipart/{p.sub}(" + ", ".join(describe(x) for x in p.parts) + ")"
    if p.filename:
        return f"{p.ctype} '{p.filename}'"
    short = {"quoted-printable": "QP", "base64": "B64"}.get(p.cte, p.cte)
    return f"{p.ctype.split('/')[1]} {short}"


# ==========================================================================
# ATTACK messages
# ==========================================================================
SIG_SABINE = """Sabine Krüger
Leiterin Kreditorenbuchhaltung
Example Group GmbH | Ludwig-Erhard-Straße 18 | 20459 Hamburg
Tel. +49 40 3070 2214 | sabine.krueger@example.com"""


def attacks():
    # ---------------------------------------------------------------- A01
    M("attack", "01-de-ceo-fraud-project-nordlicht", "de", "iso-8859-15",
      "CEO fraud: 'Markus Weber' writes to the CFO from a private outlook.de address, confidential acquisition, lawyer will call, asks for same-day foreign transfer readiness",
      "Display-name impersonation of the CEO from a free mailer; secrecy + urgency + 'reply only by mail'; no link or attachment (classic BEC first stage)",
      when=D(11, 3, 8, 47, 12), rcpt="claudia.hoffmann@example.com", infra=outlook_consumer(),
      frm=A("Markus Weber", "mweber.privat@outlook.de"), to=[A("claudia")],
      subject="Vertraulich – Projekt Nordlicht".replace("–", "-"),
      hdrs=[("Content-Language", "de-DE")],
      body=T("""Hallo Claudia,

ich schreibe Dir bewusst von meiner privaten Adresse, weil das Thema bis
zum Signing nicht über unsere Systeme laufen soll.

Wir stehen kurz vor dem Abschluss der Übernahme eines Online-Händlers in
Österreich (intern "Projekt Nordlicht"). Der Beirat ist informiert. Die
Gegenseite verlangt heute noch eine Sicherheitsleistung auf ein
Treuhandkonto, sonst geht die Exklusivität an einen Mitbewerber.

Dr. Alexander Brandt von der begleitenden Kanzlei wird sich im Laufe des
Vormittags per Mail bei Dir melden und Dir die Unterlagen und die
Kontodaten schicken. Bitte behandle das streng vertraulich - auch
gegenüber Thomas und dem Team in der Buchhaltung. Das ist eine Auflage
aus dem NDA, bis die Transaktion öffentlich gemacht wird.

Ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht
erreichbar. Antworte mir bitte nur hier.

Kannst Du mir kurz bestätigen, dass Du heute bis 15 Uhr eine
Auslandsüberweisung freigeben kannst?

Danke Dir und viele Grüße
Markus
""", "iso-8859-15", "quoted-printable"))

    # ---------------------------------------------------------------- A02
    q_mid = "<FR2P281MB1637A0C4D2E91B7F0B3E55C2A8E4@FR2P281MB1637.DEUP281.PROD.OUTLOOK.COM>"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo Frau Krüger,</p>
<p>vielen Dank für Ihre Rückmeldung zu den offenen Posten.</p>
<p>Bitte beachten Sie, dass wir im Zuge der Umstellung auf ein neues Cash-Management unsere Bankverbindung geändert haben.
Zahlungen auf das bisherige Konto bei der Sparkasse Bielefeld können ab sofort nicht mehr automatisch zugeordnet werden.</p>
<p>Die neue Bankverbindung lautet:<br>
Kontoinhaber: Lieferant GmbH<br>
IBAN: {spaced(IB['lieferant_fake'])}<br>
BIC: NTSBDEB1XXX</p>
<p>Die offenen Rechnungen RE-2026-10487 (38.412,60 EUR) und RE-2026-10522 (12.980,00 EUR) bitten wir daher auf die neue Verbindung zu überweisen.
Die Bestätigung auf unserem Briefpapier finden Sie im Anhang.</p>
<p>Telefonisch bin ich diese Woche wegen der Messevorbereitung (Heimtextil) leider nur eingeschränkt erreichbar, per E-Mail jederzeit.</p>
<p>Mit freundlichen Grüßen<br>
Stefan Maier<br>
Vertrieb Key Account<br>
Lieferant GmbH | Industriestraße 12 | 33602 Bielefeld<br>
Tel. +49 521 9876 110</p>
<hr>
<p><b>Von:</b> Sabine Krüger &lt;sabine.krueger@example.com&gt;<br>
<b>Gesendet:</b> Montag, 2. November 2026 16:05<br>
<b>An:</b> Stefan Maier &lt;s.maier@lieferant-gmbh.de&gt;<br>
<b>Betreff:</b> Offene Posten Lieferant GmbH / Rechnung RE-2026-10487</p>
<p>Hallo Herr Maier,</p>
<p>anbei unsere OP-Liste zum Abgleich. Die RE-2026-10487 ist zur Zahlung im nächsten Lauf vorgesehen.</p>
<p>{SIG_SABINE.replace(chr(10), '<br>')}</p>
</div></body></html>"""
    M("attack", "02-de-supplier-bank-change-lookalike-lieferant", "de", "utf-8",
      "Supplier bank-detail change in a hijacked thread: 'Stefan Maier' from look-alike lieferant-grnbh.de (rn instead of m) announces new N26 account, asks to pay two open invoices there",
      "Look-alike domain of the real supplier lieferant-gmbh.de, quotes a genuine earlier thread, new account at a neobank, discourages phone verification",
      when=D(11, 4, 10, 22, 31), rcpt="sabine.krueger@example.com",
      infra=host("mail.lieferant-grnbh.de", "vmi2281544.contaboserver.net", "5.189.171.44",
                 ["from DESKTOP-K7R2M1Q ([185.213.155.19]) by mail.lieferant-grnbh.de (Postfix) with ESMTPSA id {qid}\n\tfor <{rcpt}>; {date}"],
                 style="outlook"),
      frm=A("Stefan Maier", "s.maier@lieferant-grnbh.de"), to=[A("sabine")],
      cc=[A("Buchhaltung Lieferant GmbH", "rechnungen@lieferant-grnbh.de")],
      subject="AW: Offene Posten Lieferant GmbH / Rechnung RE-2026-10487",
      irt=q_mid, hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")],
      body=MIX(ALT(html, "utf-8", "quoted-printable"),
               ATT("Lieferant_GmbH_Bankverbindung_2026.pdf", "application/pdf",
                   pdf(["Lieferant GmbH - Mitteilung Bankverbindung",
                        "Neue Bankverbindung ab 01.11.2026", "IBAN " + spaced(IB['lieferant_fake']),
                        "BIC NTSBDEB1XXX", "gez. Geschaeftsfuehrung"], "Bankverbindung"))))

    # ---------------------------------------------------------------- A03
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Hallo Lena Wagner,</p>
<p>im Rahmen der Umstellung auf den Microsoft Authenticator mit Nummernabgleich müssen alle Konten der Organisation <b>example.com</b> ihre Anmeldemethoden neu registrieren.</p>
<p>Das persönliche Registrierungsdokument finden Sie im Anhang. Bitte öffnen Sie es und scannen Sie den QR-Code mit der Kamera Ihres Smartphones. Der Vorgang dauert etwa zwei Minuten.</p>
<p>Konten, die bis <b>20.11.2026</b> nicht neu registriert wurden, werden aus Sicherheitsgründen vorübergehend gesperrt.</p>
<p>Vielen Dank für Ihre Mitarbeit<br>IT-Service | Example Group</p>
<p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.</p>
</body></html>"""
    M("attack", "03-de-quishing-mfa-reregistration-pdf", "de", "utf-8",
      "QR-code phishing: fake internal 'IT-Service' MFA re-registration, QR code inside a personalised PDF; sent from a compromised carpentry web shop's mailbox",
      "Quishing (URL hidden in a QR image inside a PDF so link scanners miss it), brand/internal impersonation from an unrelated compromised domain, deadline + lock-out threat",
      when=D(11, 5, 7, 3, 55), rcpt="lena.wagner@example.com",
      infra=host("wp231.webpack.hosteurope.de", "wp231.webpack.hosteurope.de", "80.237.133.72",
                 ["from localhost (ip-178-201-44-17.hsi08.unitymediagroup.de [178.201.44.17])\n\tby wp231.webpack.hosteurope.de with esmtpsa (TLS1.3) id 1vGk2P-00A4xz-1R\n\tfor <{rcpt}>; {date}"]),
      frm=A("IT-Service | Example Group", "info@schreinerei-holzmann.de"), to=[A("lena")],
      reply_to=A("IT-Service", "it-service.examplegroup@proton.me"),
      subject="Aktion erforderlich: MFA-Neuregistrierung bis 20.11.2026",
      body=MIX(H(html, "utf-8", "base64"),
               ATT("MFA_Registrierung_Lena_Wagner.pdf", "application/pdf",
                   pdf(["Microsoft Authenticator - Neuregistrierung", "Benutzer: lena.wagner@example.com",
                        "[QR-CODE]  -> https://auth-m365-registrierung.com/reg?u=bGVuYS53YWduZXJAZXhhbXBsZS5jb20=",
                        "Scannen Sie den QR-Code mit Ihrem Smartphone."], "MFA Registrierung"))))

    # ---------------------------------------------------------------- A04
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;background:#f2f2f2">
<table width="600" align="center" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="background:#00467f;color:#fff;padding:14px 20px;font-size:18px"><b>ELSTER</b> - Ihr Online-Finanzamt</td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das Organisationszertifikat, mit dem Sie sich für die Organisation <b>Example Group GmbH</b> bei Mein ELSTER anmelden, läuft am <b>30.11.2026</b> ab.</p>
<p>Nach Ablauf können Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen nicht mehr fristgerecht übermittelt werden. Verspätungszuschläge nach § 152 AO können die Folge sein.</p>
<p>Die Verlängerung ist kostenfrei und dauert nur wenige Minuten:</p>
<p style="text-align:center"><a href="https://mein-elster-zertifikat.de/verlaengerung/?id=7d31f0a9" style="background:#00467f;color:#fff;padding:10px 22px;text-decoration:none">Zertifikat jetzt verlängern</a></p>
<p>Halten Sie bitte Ihre Zertifikatsdatei und Ihr Passwort bereit.</p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#777">Dies ist eine automatisch erstellte Nachricht. Bayerisches Landesamt für Steuern - Dienststelle München.</td></tr>
</table></body></html>"""
    M("attack", "04-de-fake-elster-certificate-renewal", "de", "iso-8859-1",
      "Fake ELSTER (German tax portal) notice: organisation certificate expires, 'renew' link to mein-elster-zertifikat.de which harvests the certificate file + PIN",
      "Authority impersonation via a bulk ESP account; the real ELSTER never asks to upload certificate files via e-mail links; look-alike domain",
      when=D(11, 9, 6, 12, 4), rcpt="sabine.krueger@example.com",
      infra=host("o1.ptr4821.mail-elster-info.de", "o1.ptr4821.mail-elster-info.de", "149.72.188.21",
                 ["from MjQ1OTg3MQ (unknown) by geopod-ismtpd-12 (SG) with HTTP id {hex}ba8F2gTQ0Gk4Kq\n\tfor <{rcpt}>; {date}"], style="default"),
      frm=A("ELSTER - Ihr Online-Finanzamt", "benachrichtigung@mein-elster-zertifikat.de"), to=[("", "sabine.krueger@example.com")],
      rp="bounces+3318824-a9f3-sabine.krueger=example.com@em4821.mein-elster-zertifikat.de",
      subject="Ihr ELSTER-Organisationszertifikat läuft am 30.11.2026 ab",
      hdrs=[("X-SG-EID", rs(64) + "=="), ("X-Entity-ID", rs(22))],
      body=H(html, "iso-8859-1", "base64"))

    # ---------------------------------------------------------------- A05
    html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#111">
<img src="https://m.media-amazon.com/images/G/01/sellercentral/logo._CB485927390_.png" alt="amazon seller central" width="160"><br><br>
<p>Hallo,</p>
<p>im Rahmen unserer regelmäßigen Prüfung gemäß der EU-Verordnung über digitale Dienste (DSA) konnten wir die Angaben zu Ihrem Unternehmen <b>Example Group GmbH</b> nicht vollständig verifizieren.</p>
<p>Bis zum Abschluss der Überprüfung wurden Auszahlungen an Ihr hinterlegtes Bankkonto angehalten. Ihre Angebote bleiben vorerst aktiv.</p>
<p><b>Was müssen Sie tun?</b><br>Bestätigen Sie innerhalb von 48 Stunden die Angaben zum wirtschaftlich Berechtigten und Ihr Auszahlungskonto:</p>
<p><a href="https://sellercentral.amazon.de.account-verify.eu/ap/signin?case=17385520471" style="background:#ffd814;color:#111;padding:8px 18px;border-radius:8px;text-decoration:none">Angaben überprüfen</a></p>
<p>Fall-ID: 17385520471</p>
<p>Vielen Dank<br>Team Verkäuferleistung<br>Amazon.de</p>
<p style="font-size:11px;color:#666">© 2026 Amazon.com, Inc. oder Tochtergesellschaften. Amazon und das Amazon-Logo sind Marken von Amazon.com, Inc.</p>
</body></html>"""
    M("attack", "05-de-amazon-seller-verification-payouts-held", "de", "utf-8",
      "Amazon Seller Central phishing to the marketplace manager: DSA verification, payouts held, link to sellercentral.amazon.de.account-verify.eu",
      "Brand impersonation through a compromised Brevo (Sendinblue) account; sub-domain trick puts the real brand name left of an attacker domain; harvests Seller Central login and bank details",
      when=D(11, 10, 14, 31, 8), rcpt="felix.braun@example.com",
      infra=host("smtp-relay.sendinblue.com", "m41-62.mailgun.brevo.com", "77.32.148.41",
                 ["from [127.0.0.1] (localhost [127.0.0.1]) by smtp-relay.sendinblue.com (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}"]),
      frm=A("Amazon Seller Central", "seller-notification@sellercentral-notices.de"), to=[("", "felix.braun@example.com")],
      rp="bounces-8825517-felix.braun=example.com@sib.sellercentral-notices.de",
      subject="Ihr Verkäuferkonto: Auszahlungen angehalten – Überprüfung erforderlich (Fall-ID 17385520471)",
      hdrs=[("X-Mailer", "Sendinblue"), ("X-sib-id", rs(48)), ("List-Unsubscribe", "<https://sellercentral-notices.de/unsub?e=felix.braun%40example.com>")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A06
    M("attack", "06-de-payroll-diversion-private-webde", "de", "utf-8",
      "Payroll diversion: 'Nina Hartmann' from a private web.de address asks HR to switch her November salary to a new ING account",
      "Employee impersonation from a free mailer that has never been used before; bank change requested just before the payroll run; no callback possible",
      when=D(11, 16, 21, 14, 40), rcpt="katrin.schulz@example.com", infra=gmx("web"),
      frm=A("Nina Hartmann", "nina.hartmann.privat@web.de"), to=[A("katrin")],
      subject="Neue Bankverbindung Gehalt",
      body=T(f"""Hallo Katrin,

ich habe mein Gehaltskonto gewechselt und würde mich freuen, wenn das
Novembergehalt schon auf das neue Konto geht. Schaffst du das noch vor
dem Abrechnungslauf?

Kontoinhaber: Nina Hartmann
IBAN: {spaced(IB['payroll_fake_de'])}
Bank: ING

Ich schreibe von privat, weil ich morgen und übermorgen frei habe.
Eine kurze Rückmeldung hier reicht mir.

Danke dir und liebe Grüße
Nina
""", "utf-8", "8bit"))

    # ---------------------------------------------------------------- A07
    M("attack", "07-de-sextortion-spoofed-own-address", "de", "iso-8859-1",
      "Extortion (sextortion): claims device compromise and video recording, demands 1,350 USD in Bitcoin; From spoofed as the recipient's own address",
      "Spoofed own address (external IP, no relationship), Bitcoin address, 48-hour threat - extortion scam sent from a residential bot",
      when=D(11, 12, 3, 27, 51, 7), rcpt="jonas.becker@example.com", delay=9,
      infra=host("[113.161.72.204]", "static.vnpt.vn", "113.161.72.204", tls=False),
      frm=("", "jonas.becker@example.com"), to=[("", "jonas.becker@example.com")],
      rp="jonas.becker@example.com", mid="<92D41A5F.7C3B8E01@example.com>",
      subject="Sicherheitswarnung für Ihr Konto jonas.becker@example.com",
      hdrs=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
      body=T("""Hallo!

Wie Sie vielleicht bemerkt haben, habe ich Ihnen diese E-Mail von Ihrem
eigenen Konto gesendet. Das bedeutet, dass ich vollen Zugriff auf Ihr
Gerät habe.

Ich beobachte Sie seit einigen Monaten. Sie wurden über eine
Erwachsenen-Webseite mit einer Schadsoftware infiziert. Ich habe Ihren
Bildschirm und Ihre Kamera aufgezeichnet und alle Ihre Kontakte, Chats
und E-Mails kopiert.

Ich schlage Ihnen vor: Sie überweisen mir 1350 USD in Bitcoin und ich
lösche alle Aufnahmen endgültig. Danach hören Sie nie wieder von mir.

Meine BTC-Adresse: bc1q8v4m3n7wz2qh6x0y5r9kf3t2jl8d4c7usp0xe5

Sie haben 48 Stunden ab dem Öffnen dieser E-Mail. Ich sehe sofort, wann
Sie sie gelesen haben. Wenden Sie sich nicht an die Polizei und sprechen
Sie mit niemandem darüber - sonst gehen die Videos an alle Ihre
Kontakte und Kollegen.
""", "iso-8859-1", "quoted-printable"))

    # ---------------------------------------------------------------- A08
    M("attack", "08-de-job-application-zip-dropper", "de", "iso-8859-15",
      "Malware dropper disguised as a job application for a store manager position; ZIP with a .pdf.lnk (inert placeholder)",
      "Classic German 'Bewerbung' malspam: free mailer, polite text, archive with double-extension shortcut - executable content in an archive to HR",
      when=D(11, 18, 9, 41, 2), rcpt="katrin.schulz@example.com", infra=gmx("gmx"),
      frm=A("Lea Sommer", "lea.sommer.bewerbung@gmx.de"), to=[("", "katrin.schulz@example.com")],
      subject="Bewerbung als Store Managerin - Filiale Köln",
      hdrs=[("User-Agent", "Mozilla Thunderbird")],
      body=MIX(T("""Sehr geehrte Frau Schulz,

über Ihre Stellenanzeige auf StepStone bin ich auf die Position als
Store Managerin für Ihre Filiale in Köln aufmerksam geworden.

Nach meiner Ausbildung zur Einzelhandelskauffrau habe ich sechs Jahre im
Modehandel gearbeitet, zuletzt als stellvertretende Filialleiterin mit
einem Team von elf Mitarbeitenden.

Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf,
Zeugnisse) habe ich Ihnen aus Datenschutzgründen als Archiv angehängt.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lea Sommer
""", "iso-8859-15", "quoted-printable"),
               ATT("Bewerbung_Lea_Sommer.zip", "application/zip",
                   zipped([("Bewerbung_Lea_Sommer/Lebenslauf_Lea_Sommer.pdf.lnk", INERT),
                           ("Bewerbung_Lea_Sommer/Zeugnisse.pdf.lnk", INERT)]))))

    # ---------------------------------------------------------------- A09
    M("attack", "09-en-callback-phishing-geek-squad-renewal", "en", "us-ascii",
      "Callback phishing (TOAD): fake 'Geek Squad' annual protection renewal of GBP 349.99 with PDF invoice, asks to phone a 'billing desk' to cancel",
      "No link at all - the payload is a phone number leading to remote-access/refund fraud; Gmail sender unrelated to the brand; generic customer salutation",
      when=D(11, 6, 11, 58, 37, 0), rcpt="james.carter@example.com", infra=gmail(),
      frm=A("Billing Support", "gsq.billingdesk4471@gmail.com"), to=[("", "james.carter@example.com")],
      subject="Order Confirmation #GS-44819730 - Annual Protection Renewed",
      body=MIX(ALT("""<div dir="ltr">Dear Customer,<br><br>Thank you for renewing your <b>Geek Squad Total Protection</b> plan. Your subscription has been extended for another 12 months.<br><br>
Order number: GS-44819730<br>Product: Total Tech Support - 3 devices<br>Amount: GBP 349.99<br>Payment: charged to the card on file within 24 hours<br><br>
If you did not authorise this renewal or wish to cancel, please contact our billing team on <b>+44 20 7946 0381</b> (Mon-Sat, 8am-8pm). Refunds are only possible within 24 hours of this confirmation.<br><br>
Your invoice is attached.<br><br>Kind regards,<br>Customer Billing Department</div>""", "us-ascii", "7bit"),
               ATT("Invoice_GS-44819730.pdf", "application/pdf",
                   pdf(["INVOICE GS-44819730", "Total Tech Support - 3 devices   GBP 349.99",
                        "To cancel call +44 20 7946 0381"], "Invoice"))))

    # ---------------------------------------------------------------- A10
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1e21;background:#f0f2f5">
<table width="580" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px;color:#0866ff"><b>Meta</b> Business Support</p>
<p>Hi Julia,</p>
<p>Your Page <b>Example Home &amp; Style</b> has been reported for using copyrighted images without permission (report ID #MB-2026-77301842). According to our Terms of Service, the Page is scheduled to be unpublished and your ad account will be restricted on <b>November 13, 2026</b>.</p>
<p>If you believe this decision is a mistake, you can submit an appeal. Our team will review it within 24 hours.</p>
<p><a href="https://business-help-appeal-77301842.netlify.app/" style="background:#0866ff;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Request review</a></p>
<p>Thanks,<br>The Meta Business Integrity Team</p>
<p style="font-size:12px;color:#65676b">Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland</p>
</td></tr></table></body></html>"""
    M("attack", "10-en-meta-business-page-appeal", "en", "utf-8",
      "Meta (Facebook/Instagram) Business 'copyright violation, page will be unpublished' lure to the marketing manager, appeal form hosted on netlify.app",
      "Brand impersonation; sent through a compromised Mailgun account of an unrelated company; link to a free static-hosting site that harvests Business Manager credentials and 2FA codes",
      when=D(11, 11, 16, 2, 19, 1), rcpt="julia.neumann@example.com",
      infra=host("m228-14.mailgun.net", "m228-14.mailgun.net", "159.135.228.14",
                 ["by 5f2a81c9b44d with HTTP id 6731a{hex}; {date}"]),
      frm=A("Meta Support", "no-reply@terrazzo-dekor.de"), to=[("", "julia.neumann@example.com")],
      rp="bounce+2c9f1a.5e9d-julia.neumann=example.com@mg.terrazzo-dekor.de",
      subject="Your Page has been scheduled for unpublishing - review required",
      hdrs=[("X-Mailgun-Sid", rs(40) + "=="), ("X-Mailgun-Variables", '{"campaign": "0"}')],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A11
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="620" height="320">
<rect width="620" height="320" fill="#f4f4f4"/>
<text x="40" y="80" font-family="Arial" font-size="22" fill="#1e1e1e">DocuSign - Secure document</text>
<text x="40" y="130" font-family="Arial" font-size="14" fill="#444">Loading Revised_Payment_Terms_Q4_2026.pdf ...</text>
<!-- evaluation placeholder: real samples redirect to a credential page with the recipient address appended -->
<script type="text/javascript">/* inert */ var t = "https://docs-viewer-secure-esign.com/#" + "amFtZXMuY2FydGVyQGV4YW1wbGUuY29t";</script>
</svg>
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="560" style="background:#1e4ca1;color:#fff"><tr><td style="padding:20px;font-size:18px">Hartley Wynn LLP sent you a document to review and sign.</td></tr></table>
<p>James,</p>
<p>Please find the revised payment terms for Q4 2026 for your review and e-signature. The document is attached as a secure DocuSign envelope - open it in your browser to view.</p>
<p>Many thanks,<br>Rebecca Holt<br>Accounts Manager<br>Hartley Wynn LLP<br>Chartered Accountants, Leeds</p>
<p style="font-size:11px;color:#777">Do Not Share This Email. This email contains a secure link to DocuSign.</p>
</body></html>"""
    M("attack", "11-en-docusign-svg-attachment-compromised-accountants", "en", "utf-8",
      "DocuSign-themed credential phish from a compromised genuine UK accountancy M365 mailbox; SVG attachment with embedded script redirect (script inert)",
      "SVG/HTML-smuggling attachment carrying JavaScript and the victim's address in base64; genuine but compromised sender domain; no real DocuSign envelope",
      when=D(11, 12, 13, 44, 20, 0), rcpt="james.carter@example.com", infra=m365("eur02", "eurprd02"),
      frm=A("Rebecca Holt", "r.holt@hartleywynn.co.uk"), to=[("", "james.carter@example.com")],
      subject="Completed: Revised_Payment_Terms_Q4_2026 - please review and sign",
      hdrs=[("Content-Language", "en-GB")],
      body=MIX(ALT(html, "utf-8", "quoted-printable"),
               Part("image/svg+xml", svg.replace("\n", "\r\n").encode(), None, "base64",
                    filename="Revised_Payment_Terms_Q4_2026.svg")))

    # ---------------------------------------------------------------- A12
    gm = gmail()
    M("attack", "12-en-gift-card-ceo-impersonation", "en", "utf-8",
      "Gift-card fraud, second stage: 'Markus' (Gmail) thanks Sophie for answering and asks her to buy 8 x GBP 100 Amazon gift cards and send photos of the codes",
      "CEO display-name impersonation from a free mailer, conversation continued after victim replied, secrecy ('surprise'), gift-card codes as payment",
      when=D(11, 19, 10, 6, 44, 0), rcpt="sophie.turner@examplegroup.eu", infra=gm,
      frm=A("Markus Weber", "markusweber.office@gmail.com"), to=[A("sophie")],
      subject="Re: Quick favour", irt="<EG2PR06MB7731D0C1E0A9B5E7C8F2B04C9B20@EG2PR06MB7731.eurprd06.prod.outlook.com>",
      body=ALT("""<div dir="ltr">Thanks Sophie,<br><br>I want to surprise a few of the Manchester store team for their work on the Black Friday preparations. Please get 8 Amazon gift cards of GBP 100 each from a shop near you. Keep it between us for now, it's a surprise.<br><br>
Once you have them, scratch the back, take a clear photo of each card with the code visible and send them to me here. I'll make sure you are reimbursed through expenses today.<br><br>I'm in meetings all day, so email is best.<br><br>Markus<br><br>Sent from my iPhone</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 19 Nov 2026 at 09:51, Sophie Turner &lt;sophie.turner@examplegroup.eu&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Markus, yes I'm here - what do you need?<br><br>Sophie</blockquote></div>""",
               "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A13
    html = """<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c">
<div style="background:#0b0c0c;color:#fff;padding:12px 20px;font-size:20px"><b>GOV.UK</b> &nbsp; Companies House</div>
<div style="padding:20px;max-width:600px">
<p>Company number: 09876543<br>Company name: EXAMPLE GROUP UK LTD</p>
<p>Our records show that the confirmation statement for the above company was due on 02 November 2026 and has not been delivered.</p>
<p>Failure to file a confirmation statement is a criminal offence. The company and its officers may be prosecuted and the company may be struck off the register.</p>
<p>You can file the confirmation statement online. You will need your company authentication code and GOV.UK One Login.</p>
<p><a href="https://find-and-update.company-information.service-gov-uk.co/company/09876543/confirmation-statement">File confirmation statement</a></p>
<p>Companies House<br>Crown Way, Cardiff, CF14 3UZ</p>
</div></body></html>"""
    M("attack", "13-en-fake-companies-house-overdue", "en", "utf-8",
      "Fake Companies House 'confirmation statement overdue - criminal offence' notice to UK finance; link to service-gov-uk.co look-alike",
      "Government impersonation via Amazon SES from an attacker domain; harvests company authentication code and One Login credentials; the real notice uses gov.uk domains",
      when=D(11, 20, 8, 15, 2, 0), rcpt="james.carter@example.com",
      infra=host("a7-19.smtp-out.eu-west-1.amazonses.com", "a7-19.smtp-out.eu-west-1.amazonses.com", "54.240.7.19"),
      frm=A("Companies House", "noreply@companieshouse-notices.uk"), to=[("", "james.carter@example.com")],
      rp=f"0102019{hexs(9)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@eu-west-1.amazonses.com",
      mid_dom="eu-west-1.amazonses.com",
      subject="Confirmation statement overdue: EXAMPLE GROUP UK LTD (09876543)",
      hdrs=[("Feedback-ID", "::1.eu-west-1." + rs(43) + "=:AmazonSES"), ("X-SES-Outgoing", "2026.11.20-54.240.7.19")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A14
    M("attack", "14-en-fake-influencer-agency-invoice", "en", "iso-8859-1",
      "Invoice fraud: invoice from a non-existent influencer agency 'Brightline Creators Ltd' for a Winter Home creator campaign (GBP 7,860) with a Starling account",
      "Fabricated invoice referencing a plausible campaign, newly registered domain on Zoho, pressure via 'overdue' wording; no purchase order, no prior relationship",
      when=D(11, 23, 15, 37, 9, 0), rcpt="james.carter@example.com",
      infra=host("sender4-op-o19.zoho.eu", "sender4-op-o19.zoho.eu", "136.143.169.19",
                 ["from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id 1763912229{hex}; {date}"], mid=lambda d: f"<{R.randint(10**12, 10**13)}.{R.randint(10**17, 10**18)}.{R.randint(10**17, 10**18)}@mail.zoho.eu>"),
      frm=A("Accounts | Brightline Creators", "accounts@brightlinecreators.co.uk"), to=[A("james")],
      subject="Invoice BLC-2611 - Winter Home creator campaign - now due",
      hdrs=[("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
      body=MIX(T(f"""Hi James,

Please find attached invoice BLC-2611 for the Winter Home creator campaign
(3 x Instagram Reels, 6 x Stories, 1 x TikTok, usage rights 6 months) as
agreed with your marketing team.

Amount due: GBP 7,860.00 (incl. VAT)
Payment terms: 14 days - now due

Bank details:
Brightline Creators Ltd
Sort code: 60-83-71   Account: 29481630
IBAN: {spaced(IB['brightline_fake'])}   BIC: SRLGGB2L

Could you confirm the payment date? Our talent payouts are scheduled for
Friday and we need to reconcile before then.

Many thanks,
Hannah Price
Finance & Operations
Brightline Creators Ltd
""", "iso-8859-1", "quoted-printable"),
               ATT("BLC-2611.pdf", "application/pdf",
                   pdf(["Brightline Creators Ltd - INVOICE BLC-2611", "Winter Home creator campaign",
                        "Total GBP 7,860.00", "Sort 60-83-71 Acc 29481630"], "BLC-2611"))))

    # ---------------------------------------------------------------- A15
    html = f"""<html><body style="font-family:PayPal Sans,Helvetica,Arial,sans-serif;font-size:15px;color:#2c2e2f">
<table width="600" align="center"><tr><td>
<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal">
<h2 style="font-weight:400">Secure Billing Team sent you an invoice</h2>
<p>Invoice number: 0041<br>Amount due: <b>&pound;849.00 GBP</b><br>Due on receipt</p>
<p><b>Note from seller:</b><br>Your PayPal account was used to purchase Bitcoin (BTC) worth &pound;849.00. The amount will be debited within 24 hours. If you did not authorise this transaction, call PayPal Support immediately on +44 20 7946 0927 to cancel and receive a full refund. Do not pay this invoice.</p>
<p><a href="https://www.paypal.com/invoice/p/#INV2-7XQ4-LM3D-9KPF-2WZC" style="background:#0070e0;color:#fff;padding:10px 24px;border-radius:22px;text-decoration:none">View and Pay Invoice</a></p>
<p style="font-size:12px;color:#687173">Don't recognise this invoice? Report it to PayPal. Copyright &copy; 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.a r.l. et Cie, S.C.A.</p>
</td></tr></table></body></html>"""
    M("attack", "15-en-paypal-invoice-abuse-callback", "en", "utf-8",
      "Abuse of a genuine service: a real PayPal invoice from a scammer's PayPal account whose 'note from seller' contains a fake Bitcoin purchase alert and a callback number",
      "Genuine PayPal infrastructure and links (passes sender reputation), but the seller-controlled text is callback phishing; the invoicer 'Secure Billing Team' has no relation to the company",
      when=D(11, 25, 9, 12, 51, 0), rcpt="sophie.turner@examplegroup.eu",
      infra=host("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225",
                 [("from ccg01mail04.ccg01.paypalcorp.com (ccg01mail04.ccg01.paypalcorp.com [10.116.20.11])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}", timezone(timedelta(hours=-8)))],
                 mid=lambda d: f"<{hexs(12)}{hexs(4)}@paypal.com>"),
      frm=A("service@paypal.co.uk", "service@paypal.co.uk"), to=[("", "sophie.turner@examplegroup.eu")],
      rp="bounce@paypal.co.uk",
      subject="Invoice from Secure Billing Team (0041)",
      hdrs=[("X-Email-Type-Id", "PPX000601"), ("X-XPT-XSL-Name", "email_pimp/default/en_GB/invoicing/InvoiceReceived.xsl")],
      body=H(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A16
    html = """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
<p><img src="https://www.gstatic.com/images/branding/product/2x/ads_48dp.png" width="32" alt=""> <b>Google Ads</b></p>
<p>Customer ID: 482-119-7305</p>
<p>Hello,</p>
<p>Your Google Ads account has been <b>suspended</b> due to a violation of the <i>Circumventing systems</i> policy. Your ads have stopped running.</p>
<p>If you believe this is an error, you can appeal the decision. Appeals submitted within 72 hours are usually processed within one business day.</p>
<p><a href="https://sites.google.com/view/ads-policy-appeal-4821197305/" style="background:#1a73e8;color:#fff;padding:9px 20px;border-radius:4px;text-decoration:none">Submit an appeal</a></p>
<p>Sincerely,<br>The Google Ads Team</p>
<p style="font-size:11px;color:#70757a">Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland</p>
</body></html>"""
    M("attack", "16-en-google-ads-suspension-sites-google", "en", "utf-8",
      "Google Ads 'account suspended - appeal' phish sent by PHPMailer from a hacked WordPress site; link hosted on sites.google.com",
      "Abuse of a trusted Google hosting domain so URL reputation passes; sender is an unrelated compromised WordPress host; harvests Google account credentials",
      when=D(11, 26, 18, 40, 33, 1), rcpt="julia.neumann@example.com",
      infra=host("vps-7d1c5a2e.vps.ovh.net", "vps-7d1c5a2e.vps.ovh.net", "51.38.183.121", style="php"),
      frm=A("Google Ads", "ads-noreply@bergblick-ferienwohnungen.at"), to=[("", "julia.neumann@example.com")],
      rp="www-data@vps-7d1c5a2e.vps.ovh.net",
      mid=f"<{rs(43)}@bergblick-ferienwohnungen.at>",
      subject="Action required: Your Google Ads account has been suspended",
      hdrs=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
      body=H(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A17
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
<table width="520" style="border:1px solid #e1dfdd;padding:20px"><tr><td>
<p style="font-size:18px">Chiara Colombo ha condiviso un file con te</p>
<p><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/item-types/48/onetoc.png" width="32"> <b>Ferretti Trasporti - Fatture novembre 2026</b></p>
<p>Buongiorno, in allegato le fatture di novembre e il nuovo estratto conto. Grazie</p>
<p><a href="https://ferrettitrasporti-my.sharepoint.com/:o:/g/personal/c_colombo_ferretti-trasporti_it/EtK2wq9VbN1Cg4XjR8mQyZkB3pFv0LhJ6sU7d?e=a7Xk2P" style="background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none">Apri</a></p>
<p style="font-size:11px;color:#605e5c">Il collegamento funziona solo per i destinatari diretti del messaggio.</p>
<p style="font-size:11px;color:#605e5c">Informativa sulla privacy Microsoft</p>
</td></tr></table></body></html>"""
    M("attack", "17-it-compromised-ferretti-onenote-share", "it", "utf-8",
      "Compromised genuine mailbox of Chiara Colombo (ferretti-trasporti.it, M365): mass 'file shared' mail to Bcc recipients linking to a OneNote page on the carrier's own SharePoint that leads to a credential page",
      "Real partner domain and Microsoft infrastructure, so sender checks pass; indicators: To = sender herself, recipients in Bcc, generic text, OneNote lure (.one notebook) instead of the usual PDF invoices sent by the amministrazione address",
      when=D(11, 24, 12, 9, 3), rcpt="giulia.romano@example.com", infra=m365("eur05", "eurprd05"),
      frm=A("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[A("Chiara Colombo", "c.colombo@ferretti-trasporti.it")],
      subject="Ferretti Trasporti - Fatture novembre 2026",
      hdrs=[("Content-Language", "it-IT")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A18
    M("attack", "18-it-agenzia-entrate-avviso-zip", "it", "iso-8859-15",
      "Fake Agenzia delle Entrate 'comunicazione di irregolarità' to the Italian accountant with ZIP containing a script (inert placeholder)",
      "Tax-authority impersonation from a compromised small-business Aruba mailbox; archive with .js payload (typical Ursnif/Gozi-style Italian malspam)",
      when=D(11, 17, 9, 2, 44), rcpt="marco.bianchi@example.com",
      infra=host("smtpdh20.ad.aruba.it", "smtpdh20.ad.aruba.it", "62.149.155.160",
                 ["from [93.41.210.77] ([93.41.210.77]) by Aruba Outgoing Smtp  with ESMTPSA\n\tid {hex}BGk9; {date}"], tls=True),
      frm=A("Agenzia delle Entrate - Ufficio Controlli", "info@studiotecnicobarra.it"), to=[("", "marco.bianchi@example.com")],
      reply_to=A("Agenzia delle Entrate", "avvisi.controlli@agenziaentrate-comunicazioni.it"),
      subject="Comunicazione di irregolarità n. 2026/IT/0488217 - EXAMPLE ITALIA S.R.L.",
      body=MIX(T("""Gentile contribuente,

a seguito dei controlli automatizzati ai sensi dell'art. 54-bis del
D.P.R. 633/72 sulla dichiarazione IVA 2026 (periodo d'imposta 2025)
sono emerse differenze tra gli importi dichiarati e i versamenti
effettuati.

In allegato la comunicazione completa con il dettaglio delle somme
dovute. Il pagamento entro 30 giorni consente la riduzione delle
sanzioni a un terzo.

L'archivio è protetto per la tutela dei dati personali.
Codice di apertura: 0488

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale di Milano - Ufficio Controlli
""", "iso-8859-15", "quoted-printable"),
               ATT("Comunicazione_0488217.zip", "application/zip",
                   zipped([("Comunicazione_0488217.js", INERT)]))))

    # ---------------------------------------------------------------- A19
    M("attack", "19-it-ferretti-lookalike-bank-change", "it", "iso-8859-1",
      "Supplier bank-detail change from look-alike domain ferretti-trasporti.com (real: .it): 'Amministrazione Ferretti' announces new Banca Sella account with signed letter",
      "Look-alike domain on cheap hosting (privateemail), change of bank coordinates effective immediately, asks to update master data before the month-end payment run",
      when=D(11, 25, 16, 21, 10), rcpt="marco.bianchi@example.com",
      infra=host("mta-11-4.privateemail.com", "mta-11-4.privateemail.com", "198.54.127.73",
                 ["from mail.privateemail.com (localhost [127.0.0.1])\n\tby mta-11.privateemail.com (Postfix) with ESMTPA id {qid}\n\tfor <{rcpt}>; {date}"], style="tb"),
      frm=A("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"), to=[A("marco")],
      subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
      hdrs=[("User-Agent", "Roundcube Webmail/1.6.9")],
      body=MIX(T(f"""Gentile Cliente,

con la presente Vi comunichiamo che, a seguito di una riorganizzazione
della tesoreria aziendale, a partire dalla data odierna le nuove
coordinate bancarie sulle quali effettuare i pagamenti delle nostre
fatture sono le seguenti:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - Filiale di Milano
IBAN: {IB['ferretti_fake']}
BIC: SELBIT2BXXX

Vi preghiamo di aggiornare la Vostra anagrafica fornitori prima del
pagamento di fine mese. Il precedente conto presso Intesa Sanpaolo
è in fase di chiusura e i bonifici potrebbero essere respinti.

Trovate in allegato la comunicazione firmata dal legale rappresentante.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 41 - 40138 Bologna
""", "iso-8859-1", "quoted-printable"),
               ATT("Variazione_IBAN_Ferretti.pdf", "application/pdf",
                   pdf(["Ferretti Trasporti S.p.A. - variazione coordinate bancarie",
                        "IBAN " + IB['ferretti_fake'], "Il legale rappresentante"], "Variazione IBAN"))))

    # ---------------------------------------------------------------- A20
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#e5007d;color:#fff;padding:12px 18px;font-size:18px"><b>Aruba PEC</b></div>
<p>Gentile Cliente,</p>
<p>la casella di Posta Elettronica Certificata <b>exampleitalia@legalmail-pec.it</b> associata alla Sua azienda scadrà il <b>28/11/2026</b>.</p>
<p>Dopo la scadenza la casella verrà sospesa e non potrà più ricevere comunicazioni con valore legale (fatture elettroniche, notifiche della Pubblica Amministrazione). I messaggi archiviati saranno cancellati dopo 30 giorni.</p>
<p>Per evitare l'interruzione del servizio, rinnovi ora con pagamento sicuro (importo: 29,90 &euro; + IVA).</p>
<p><a href="https://rinnovo-pec-aruba.it-servizi.net/login?ref=PEC-7734102" style="background:#e5007d;color:#fff;padding:9px 20px;text-decoration:none">RINNOVA LA CASELLA</a></p>
<p>Cordiali saluti<br>Il team Aruba PEC</p>
<p style="font-size:11px;color:#777">Aruba PEC S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - Questa è una comunicazione di servizio.</p>
</body></html>"""
    M("attack", "20-it-fake-aruba-pec-renewal", "it", "iso-8859-1",
      "Fake Aruba PEC (certified e-mail) renewal: mailbox 'expires', pay 29.90 EUR via link to it-servizi.net that steals PEC login and card data",
      "Brand impersonation from a compromised cPanel host; look-alike URL with the brand in the sub-domain; deadline threat",
      when=D(11, 20, 7, 48, 26), rcpt="giulia.romano@example.com",
      infra=host("server1.ristorante-lanterna.it", "server1.ristorante-lanterna.it", "185.81.4.211",
                 ["from ristora by server1.ristorante-lanterna.it with local (Exim 4.98)\n\t(envelope-from <ristora@server1.ristorante-lanterna.it>)\n\tid 1vM2kX-0007Qp-2L\n\tfor {rcpt}; {date}"]),
      frm=A("Aruba PEC", "rinnovi@arubapec-servizi.it"), to=[("", "giulia.romano@example.com")],
      rp="ristora@server1.ristorante-lanterna.it", mid_dom="server1.ristorante-lanterna.it",
      subject="Avviso di scadenza casella PEC - rinnovo entro il 28/11/2026",
      body=H(html, "iso-8859-1", "base64"))

    # ---------------------------------------------------------------- A21
    att_html = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Notifica di scarto - SdI</title></head>
<body style="font-family:Segoe UI,Arial;background:#f3f2f1">
<div style="width:360px;margin:60px auto;background:#fff;padding:36px">
<p><b>Microsoft</b></p>
<p>Per visualizzare la notifica di scarto, accedi con il tuo account aziendale.</p>
<form action="https://sdi-fatturapa-visualizza.com/auth/submit.php" method="post">
<input type="email" name="login" value="marco.bianchi@example.com" style="width:100%"><br><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%"><br><br>
<button type="submit">Accedi</button>
</form>
<!-- evaluation placeholder: inert copy of a credential-harvesting HTML attachment -->
</div></body></html>
"""
    M("attack", "21-it-fake-sdi-rejection-html-attachment", "it", "utf-8",
      "Fake 'Sistema di Interscambio' e-invoice rejection notice with an HTML attachment that renders a Microsoft login pre-filled with the recipient's address",
      "HTML attachment credential phish (form posts to attacker site), trade-specific lure (FatturaPA scarto), sender from attacker domain fatturapa-notifiche.it",
      when=D(11, 27, 11, 33, 5), rcpt="marco.bianchi@example.com",
      infra=host("mail.fatturapa-notifiche.it", "static.121.83.201.138.clients.your-server.de", "138.201.83.121",
                 ["from [127.0.0.1] (unknown [45.88.97.14])\n\tby mail.fatturapa-notifiche.it (Postfix) with ESMTPSA id {qid}\n\tfor <{rcpt}>; {date}"]),
      frm=A("Sistema di Interscambio", "sdi-notifiche@fatturapa-notifiche.it"), to=[("", "marco.bianchi@example.com")],
      subject="Notifica di scarto fattura n. FE-2026-1187 - IdSdI 15527730914",
      body=MIX(T("""Gentile utente,

il Sistema di Interscambio ha scartato il file fattura trasmesso.

Identificativo SdI: 15527730914
Nome file: IT01234567890_00071.xml
Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido

La notifica completa è allegata al presente messaggio. Per evitare
sanzioni, ritrasmettere la fattura corretta entro 5 giorni.

Sistema di Interscambio - Agenzia delle Entrate
""", "utf-8", "base64"),
               ATT("NotificaScarto_IT01234567890_00071.html", "text/html", att_html.replace("\n", "\r\n").encode())))

    # ---------------------------------------------------------------- A22
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dzień dobry Pani Agnieszko,</p>
<p>uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 1 grudnia 2026 r. prosimy o regulowanie wszystkich należności na nowy rachunek:</p>
<p>Partner Logistik sp. z o.o.<br>
mBank S.A.<br>
{spaced(IB['partner_fake'])[5:]}<br>
(IBAN: {spaced(IB['partner_fake'])}, BIC: BREXPLPWXXX)</p>
<p>Nowy rachunek został zgłoszony do urzędu skarbowego i jest już widoczny na białej liście podatników VAT. Faktury FV/11/2026/0388 i FV/11/2026/0412 prosimy opłacić już na nowy numer.</p>
<p>Oficjalne pismo z podpisem zarządu prześlemy pocztą. W razie pytań proszę o kontakt mailowy - w tym tygodniu jestem w trasie.</p>
<p>Z poważaniem<br>
Tadeusz Zieliński<br>
Kierownik ds. Kluczowych Klientów<br>
Partner Logistik sp. z o.o.<br>
ul. Składowa 8, 61-897 Poznań</p>
</div></body></html>"""
    M("attack", "22-pl-partner-logistik-lookalike-bank-change", "pl", "iso-8859-2",
      "Supplier bank-detail change from look-alike partner-logistik.com.pl (real: partner-logistik.pl): 'Tadeusz Zieliński' announces new mBank account, claims it is on the VAT white list",
      "Look-alike domain on OVH, pre-empts the Polish white-list check with a false claim, asks to pay two invoices to the new account, avoids phone contact",
      when=D(11, 23, 10, 5, 41), rcpt="agnieszka.nowak@example.com",
      infra=host("mo4.mail-out.ovh.net", "mo4.mail-out.ovh.net", "178.32.228.4",
                 ["from player758.ha.ovh.net (unknown [10.110.115.212])\n\tby mo4.mail-out.ovh.net (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}"], style="outlook"),
      frm=A("Tadeusz Zieliński", "t.zielinski@partner-logistik.com.pl"), to=[A("agnieszka")],
      cc=[A("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.com.pl")],
      subject="Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")],
      body=ALT(html, "iso-8859-2", "quoted-printable"))

    # ---------------------------------------------------------------- A23
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#ff5a00;color:#fff;padding:14px 20px;font-size:20px"><b>allegro</b></div>
<div style="padding:20px">
<p>Dzień dobry,</p>
<p>w ramach obowiązków wynikających z rozporządzenia DSA zweryfikowaliśmy dane firmy przypisane do konta sprzedawcy <b>ExampleHome_PL</b>. Niestety dane nie są kompletne.</p>
<p>Do czasu uzupełnienia informacji <b>wstrzymaliśmy wypłaty środków z Allegro Finanse</b>, a widoczność Twoich ofert może zostać ograniczona po 48 godzinach.</p>
<p><a href="https://allegro.pl-konto-weryfikacja.com/moje-allegro/weryfikacja?id=882144" style="background:#ff5a00;color:#fff;padding:10px 22px;text-decoration:none">Uzupełnij dane</a></p>
<p>Pozdrawiamy,<br>Zespół Allegro</p>
<p style="font-size:11px;color:#777">Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań. Wiadomość wygenerowana automatycznie.</p>
</div></body></html>"""
    M("attack", "23-pl-fake-allegro-seller-verification", "pl", "windows-1250",
      "Fake Allegro seller-account verification (payouts from Allegro Finanse stopped), link to allegro.pl-konto-weryfikacja.com",
      "Marketplace brand impersonation via a bulk sender on a cheap VPS; hyphen look-alike domain beginning with 'allegro.pl'; harvests seller login",
      when=D(11, 13, 19, 27, 15), rcpt="piotr.kowalczyk@example.com",
      infra=host("mail.powiadomienia-sprzedawcy.pl", "vps-2c1f88.hostingtime.pl", "91.211.245.88", tls=False),
      frm=A("Allegro", "powiadomienia@powiadomienia-sprzedawcy.pl"), to=[("", "piotr.kowalczyk@example.com")],
      subject="Wstrzymanie wypłat - wymagana weryfikacja danych firmy",
      hdrs=[("X-Mailer", "Allegro Notification Service")],
      body=H(html, "windows-1250", "base64"))

    # ---------------------------------------------------------------- A24
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="border-bottom:3px solid #d4213d;padding:10px 0"><b>Ministerstwo Finansów</b> | Krajowy System e-Faktur</div>
<p>Szanowni Państwo,</p>
<p>token uwierzytelniający KSeF wygenerowany dla kontekstu NIP <b>7781234567</b> (EXAMPLE POLSKA SP. Z O.O.) wygasa <b>30.11.2026</b>.</p>
<p>Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych przez Państwa system finansowo-księgowy nie będzie możliwe, co może skutkować sankcjami określonymi w art. 106gb ustawy o VAT.</p>
<p>Aby odnowić token, zaloguj się do Aplikacji Podatnika KSeF przy użyciu bankowości elektronicznej lub profilu zaufanego:</p>
<p><a href="https://ksef-podatki-gov.pl-logowanie.info/aplikacja-podatnika">Odnów token KSeF</a></p>
<p>Z poważaniem<br>Zespół Krajowego Systemu e-Faktur</p>
</body></html>"""
    M("attack", "24-pl-fake-ksef-token-expiry", "pl", "utf-8",
      "Fake KSeF (Polish national e-invoicing system, mandatory since 2026) 'authorisation token expires' notice; link to a fake login offering bank-login/Profil Zaufany",
      "Topical government impersonation; bank-login harvesting page; sent through a compromised Polish hosting account (home.pl) with mismatched From",
      when=D(11, 26, 8, 3, 59), rcpt="agnieszka.nowak@example.com",
      infra=host("s57.cyber-folks.pl", "s57.cyber-folks.pl", "195.78.66.57",
                 ["from [146.70.124.22] (helo=localhost)\n\tby s57.cyber-folks.pl with esmtpsa (TLS1.3) (Exim 4.97.1)\n\t(envelope-from <kontakt@gabinet-fizjo-rusek.pl>)\n\tid 1vN7aQ-00000003kLp-0d\n\tfor {rcpt}; {date}"]),
      frm=A("Krajowy System e-Faktur", "powiadomienia@ksef-mf-gov.pl"), to=[("", "agnieszka.nowak@example.com")],
      rp="kontakt@gabinet-fizjo-rusek.pl", mid_dom="gabinet-fizjo-rusek.pl",
      subject="KSeF: token uwierzytelniający wygasa 30.11.2026 - wymagane odnowienie",
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- A25
    M("attack", "25-pl-debt-collection-zip-dropper", "pl", "windows-1250",
      "Fake debt-collection law office 'przedsądowe wezwanie do zapłaty' with ZIP containing a .vbs (inert placeholder)",
      "Malspam dropper with legal threat; archive with script; sender domain registered days earlier; invented case number; no matching invoice in ERP",
      when=D(11, 30, 13, 17, 22), rcpt="piotr.kowalczyk@example.com",
      infra=host("mail.lexkontra-windykacja.pl", "host-185-244-128-17.wsp-net.pl", "185.244.128.17", style="outlook"),
      frm=A("Kancelaria Windykacyjna LEX-KONTRA", "biuro@lexkontra-windykacja.pl"), to=[("", "piotr.kowalczyk@example.com")],
      subject="Przedsądowe wezwanie do zapłaty - sprawa nr WZ/2026/11/4187",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
      body=MIX(T("""Szanowni Państwo,

działając w imieniu i na rzecz naszego Klienta, wzywamy do zapłaty kwoty
18 472,35 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach
handlowych, tytułem nieopłaconych faktur za usługi transportowe.

Szczegółowe zestawienie faktur, pełnomocnictwo oraz treść wezwania
znajdują się w załączonym archiwum.

W przypadku braku zapłaty w terminie 7 dni od doręczenia niniejszego
wezwania sprawa zostanie skierowana na drogę postępowania sądowego oraz
wpisana do Krajowego Rejestru Długów, co wiąże się z dodatkowymi
kosztami po Państwa stronie.

Z poważaniem
r.pr. Marek Wilczyński
Kancelaria Windykacyjna LEX-KONTRA
""", "windows-1250", "quoted-printable"),
               ATT("Wezwanie_WZ-2026-11-4187.zip", "application/x-zip-compressed",
                   zipped([("Wezwanie_WZ-2026-11-4187_zestawienie.pdf.vbs", INERT)]))))

    # ---------------------------------------------------------------- A26
    M("attack", "26-pl-payroll-diversion-private-wp", "pl", "iso-8859-2",
      "Payroll diversion: 'Piotr Kowalczyk' from private wp.pl asks the Polish payroll accountant to pay his salary to a new Santander account",
      "Employee impersonation from a never-used free mailer address, request just before the 10 December payroll, asks for confirmation by e-mail only",
      when=D(12, 2, 22, 41, 8), rcpt="agnieszka.nowak@example.com",
      infra=host("smtpo104.poczta.wp.pl", "smtpo104.poczta.wp.pl", "212.77.101.104",
                 ["from [37.47.139.201] (user=piotr.kowalczyk.prv@wp.pl)\n\tby smtp.wp.pl (WP-SMTPD) with ESMTPSA id 1a4f{hex}\n\tfor <{rcpt}>; {date}"]),
      frm=A("Piotr Kowalczyk", "piotr.kowalczyk.prv@wp.pl"), to=[A("agnieszka")],
      subject="zmiana konta do wypłaty",
      hdrs=[("X-WP-MailID", hexs(32)), ("X-Mailer", "Poczta WP (Android)")],
      body=T(f"""Cześć Agnieszka,

zmieniłem bank i chciałbym, żeby grudniowa wypłata poszła już na nowe
konto:

{spaced(IB['payroll_fake_pl'])[5:]}
(Santander Bank Polska)

Piszę z prywatnej skrzynki, bo jestem dziś na urlopie i nie mam dostępu
do służbowej. Daj znać mailem, czy zdążysz to zmienić przed listą płac.

Dzięki,
Piotr
""", "iso-8859-2", "8bit"))

    # ---------------------------------------------------------------- A27
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p style="color:#7a1c1c"><b>Agencia Tributaria</b> - Sede Electrónica</p>
<p>Estimado/a contribuyente:</p>
<p>Le comunicamos que tiene a su disposición una notificación relativa al <b>requerimiento de información</b> con referencia <b>2026GRC47120008D</b> dirigido a EXAMPLE IBERIA S.L. (NIF B87654321).</p>
<p>El plazo para atender el requerimiento es de diez días hábiles desde la recepción. La falta de atención podrá constituir infracción tributaria (art. 203 LGT).</p>
<p>Puede descargar el documento completo en el siguiente enlace:</p>
<p><a href="https://www.dropbox.com/scl/fi/8x2kq4n7w1v3/Requerimiento_2026GRC47120008D.zip?rlkey=p3c9vz1m&amp;dl=1">Requerimiento_2026GRC47120008D.zip</a></p>
<p>Atentamente,<br>Agencia Estatal de Administración Tributaria<br>Delegación Especial de Madrid</p>
</body></html>"""
    M("attack", "27-es-fake-aeat-requerimiento-dropbox-zip", "es", "iso-8859-1",
      "Fake Agencia Tributaria 'requerimiento de información' with a link to a ZIP on Dropbox (malware download)",
      "Tax-authority impersonation; payload hosted on a trusted file-sharing service to evade URL reputation; the real AEAT notifies via DEHú/Sede and never sends ZIP downloads",
      when=D(11, 5, 10, 44, 18), rcpt="lucia.fernandez@example.com",
      infra=host("mail.asesoria-llorente.es", "88.red-81-44-201.staticip.rima-tde.net", "81.44.201.88",
                 ["from USUARIO-PC (unknown [81.44.201.88])\n\tby mail.asesoria-llorente.es (Postfix) with ESMTPA id {qid}\n\tfor <{rcpt}>; {date}"], style="outlook"),
      frm=A("Agencia Tributaria", "notificaciones@asesoria-llorente.es"), to=[("", "lucia.fernandez@example.com")],
      subject="Notificación: requerimiento de información - Ref. 2026GRC47120008D",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
      body=ALT(html, "iso-8859-1", "quoted-printable"))

    # ---------------------------------------------------------------- A28
    M("attack", "28-es-ceo-fraud-lookalike-examplegroup-eu-com", "es", "iso-8859-15",
      "CEO fraud in Spanish from look-alike domain examplegroup-eu.com hosted on a Microsoft 365 trial tenant: confidential acquisition, lawyer will contact, transfer of 186,400 EUR",
      "Look-alike of the company's own examplegroup.eu domain with genuine M365 infrastructure (passes reputation), secrecy, urgency, bypass of the approval chain",
      when=D(11, 10, 9, 16, 3), rcpt="lucia.fernandez@example.com", infra=m365("eur05", "eurprd05"),
      frm=A("Markus Weber", "markus.weber@examplegroup-eu.com"), to=[A("lucia")],
      subject="Operación confidencial",
      hdrs=[("Content-Language", "es-ES")],
      body=T("""Hola Lucía,

necesito tu ayuda con un asunto estrictamente confidencial. Estamos
cerrando la adquisición de una cadena de tiendas en Portugal y, por
motivos regulatorios, el pago de la señal debe hacerse desde la
sociedad española.

El importe es de 186.400,00 EUR. El Sr. Ricardo Ortega, del bufete
Ortega & Asociados, te enviará hoy los datos bancarios y el contrato de
confidencialidad. Por favor, no comentes nada con nadie de la oficina ni
con Hamburgo hasta que se haga el anuncio oficial la semana que viene.

Claudia está informada. Estoy en reuniones todo el día; contéstame solo
por correo.

¿Puedes confirmarme que podrías ordenar la transferencia hoy antes de
las 14:00?

Gracias,
Markus Weber
CEO | Example Group
""", "iso-8859-15", "quoted-printable"))

    # ---------------------------------------------------------------- A29
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#003a70;color:#fff;padding:14px 20px;font-size:20px"><b>SEUR</b></div>
<div style="padding:20px">
<p>Hola,</p>
<p>Su envío <b>0812 3345 9910</b> procedente de <b>Ningbo, CN</b> se encuentra retenido en nuestro centro de Coslada pendiente del pago de las tasas de despacho aduanero.</p>
<table style="font-size:14px"><tr><td>Tasas de gestión:</td><td><b>2,99 €</b></td></tr><tr><td>Fecha límite:</td><td>04/12/2026</td></tr></table>
<p>Si no se recibe el pago, el paquete será devuelto al remitente.</p>
<p><a href="https://seur-envios.es-tasas.com/pago/08123345991" style="background:#e2001a;color:#fff;padding:9px 20px;text-decoration:none">Pagar y programar entrega</a></p>
<p>Gracias por confiar en SEUR.</p>
</div></body></html>"""
    M("attack", "29-es-fake-seur-customs-fee", "es", "utf-8",
      "Fake SEUR parcel 'held in customs, pay 2.99 EUR' - card-data phishing aimed at the Spanish retail manager who does receive samples from Ningbo",
      "Carrier impersonation via bulk sending from a Bulgarian VPS; small-fee card harvesting; look-alike payment domain",
      when=D(12, 1, 12, 51, 40), rcpt="javier.moreno@example.com",
      infra=host("mail.seur-envios.es", "vps-151-103.bgvps.net", "94.156.151.103", tls=False),
      frm=A("SEUR", "info@seur-envios.es"), to=[("", "javier.moreno@example.com")],
      subject="Su envío 0812 3345 9910 está retenido - tasas pendientes",
      body=H(html, "utf-8", "base64"))

    # ---------------------------------------------------------------- A30
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p style="color:#00a443;font-size:20px"><b>iberdrola</b></p>
<p>Estimado cliente:</p>
<p>Ya tiene disponible su factura de electricidad correspondiente al periodo 01/10/2026 - 31/10/2026.</p>
<table style="font-size:14px;border:1px solid #ddd;padding:8px">
<tr><td>Titular:</td><td>EXAMPLE IBERIA S.L.</td></tr>
<tr><td>Punto de suministro:</td><td>C/ Serrano 48, 28001 Madrid</td></tr>
<tr><td>Importe:</td><td><b>1.927,44 €</b></td></tr>
<tr><td>Fecha de cargo:</td><td>15/11/2026</td></tr></table>
<p><a href="https://iberdrola-clientes-factura.online/descarga/FE26-3318204.php">Descargar factura (PDF)</a></p>
<p>El importe se cargará en su cuenta bancaria en la fecha indicada.</p>
<p>Atentamente,<br>Iberdrola Clientes</p>
</body></html>"""
    M("attack", "30-es-fake-iberdrola-invoice-download", "es", "iso-8859-15",
      "Fake Iberdrola electricity invoice for the Serrano store; 'download PDF' link points to a .php on iberdrola-clientes-factura.online delivering malware",
      "Utility-brand impersonation, download link to attacker domain ending in .php, sent via a compromised Spanish WordPress host",
      when=D(11, 12, 8, 9, 31), rcpt="lucia.fernandez@example.com",
      infra=host("server.webempresa-host54.com", "server.webempresa-host54.com", "185.47.128.154",
                 ["from www-data by server.webempresa-host54.com with local (Exim 4.96)\n\tid 1vJ1dA-00041z-2c\n\tfor {rcpt}; {date}"], style="php"),
      frm=A("Iberdrola Clientes", "facturas@iberdrola-clientes.es"), to=[("", "lucia.fernandez@example.com")],
      rp="www-data@server.webempresa-host54.com", mid_dom="server.webempresa-host54.com",
      subject="Su factura de luz de octubre ya está disponible",
      hdrs=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")],
      body=H(html, "iso-8859-15", "quoted-printable"))

    # ---------------------------------------------------------------- A31
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p><b>DIRECCIÓN GENERAL DE TRÁFICO</b><br>Sede Electrónica</p>
<p>Notificación de expediente sancionador N.º 2026-MAD-0047291</p>
<p>Vehículo: FIAT DOBLO - Matrícula 4821 LKM<br>Titular: EXAMPLE IBERIA S.L.<br>Infracción: Exceso de velocidad (art. 48 RGC) - M-30, km 7,2<br>Importe: 200 euros (100 euros con reducción del 50% por pronto pago)</p>
<p>Al tratarse de un vehículo de empresa, deberá identificar al conductor en el plazo de 20 días naturales. La no identificación conlleva una sanción del doble de la multa.</p>
<p><a href="https://sede-dgt.gob-es.multas-pago.com/expediente/2026MAD0047291">Consultar expediente e identificar conductor</a></p>
<p>Dirección General de Tráfico - Ministerio del Interior</p>
</body></html>"""
    M("attack", "31-es-fake-dgt-speeding-fine", "es", "iso-8859-1",
      "Fake DGT (Spanish traffic authority) speeding fine for a company van, pay with 50% discount / identify driver via look-alike domain",
      "Authority impersonation; collects card data and driver ID documents; the DGT notifies companies through DEV/DEHú, not by e-mail link",
      when=D(11, 19, 17, 12, 7), rcpt="javier.moreno@example.com",
      infra=host("ip-172-31-7-90.eu-south-2.compute.internal", "ec2-18-100-43-9.eu-south-2.compute.amazonaws.com", "18.100.43.9", tls=False),
      frm=A("DGT - Sede Electrónica", "notificaciones@dgt-sede-electronica.es"), to=[("", "javier.moreno@example.com")],
      subject="Notificación de sanción pendiente - Expediente 2026-MAD-0047291",
      body=H(html, "iso-8859-1", "base64"))

    # ---------------------------------------------------------------- A32
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="color:#003476;font-size:18px"><b>ΑΑΔΕ</b> - Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p>
<p>Αγαπητέ/ή φορολογούμενε,</p>
<p>Σας ενημερώνουμε ότι για την επιχείρηση <b>EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.</b> (ΑΦΜ 801234567) έχει εκδοθεί <b>πράξη επιβολής προστίμου</b> λόγω εκπρόθεσμης υποβολής περιοδικής δήλωσης ΦΠΑ Οκτωβρίου 2026.</p>
<p>Ποσό προστίμου: <b>250,00 €</b><br>Προθεσμία εξόφλησης με μειωμένο πρόστιμο: 30/11/2026</p>
<p>Μπορείτε να δείτε την πράξη και να εξοφλήσετε μέσω της υπηρεσίας myAADE:</p>
<p><a href="https://myaade-gov.gr-taxisnet.info/login?ref=8012345">Είσοδος στο myAADE με κωδικούς Taxisnet</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p>
</body></html>"""
    M("attack", "32-el-fake-aade-vat-penalty", "el", "iso-8859-7",
      "Fake AADE (Greek tax authority) penalty for late VAT return, link to a fake myAADE/Taxisnet login",
      "Government impersonation with look-alike domain; harvests Taxisnet credentials of the company; urgency via reduced-fine deadline",
      when=D(11, 18, 10, 22, 48, 2), rcpt="eleni.papadopoulou@example.com",
      infra=host("mail.aade-eidopoiiseis.gr", "static.72.139.47.78.clients.your-server.de", "78.47.139.72"),
      frm=A("ΑΑΔΕ - myAADE", "noreply@aade-eidopoiiseis.gr"), to=[("", "eleni.papadopoulou@example.com")],
      subject="Ειδοποίηση: πράξη επιβολής προστίμου - ΦΠΑ Οκτωβρίου 2026",
      body=ALT(html, "iso-8859-7", "quoted-printable"))

    # ---------------------------------------------------------------- A33
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#d71920;color:#fff;padding:12px 18px;font-size:20px"><b>ACS Courier</b></div>
<div style="padding:18px">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>7281944305</b> δεν μπόρεσε να παραδοθεί σήμερα λόγω ελλιπούς διεύθυνσης.</p>
<p>Παρακαλούμε επιβεβαιώστε τη διεύθυνση παράδοσης και επιλέξτε νέα ημερομηνία. Απαιτείται χρέωση επαναποστολής 1,49 €.</p>
<p><a href="https://acs-gr.delivery-reschedule.com/track/7281944305" style="background:#d71920;color:#fff;padding:9px 20px;text-decoration:none">Επιβεβαίωση διεύθυνσης</a></p>
<p>Αν δεν λάβουμε απάντηση εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα.</p>
<p>ACS Courier - Εξυπηρέτηση Πελατών</p>
</div></body></html>"""
    M("attack", "33-el-fake-acs-courier-redelivery", "el", "windows-1253",
      "Fake ACS Courier failed-delivery notice with 1.49 EUR redelivery fee (card phishing) to the Athens store manager",
      "Parcel-carrier impersonation from a bulk-mailing VPS, look-alike domain, small-fee card harvesting",
      when=D(11, 21, 9, 55, 30, 2), rcpt="nikos.georgiou@example.com",
      infra=host("vm1845.kvmhost.ru", "vm1845.kvmhost.ru", "89.110.74.18", tls=False),
      frm=A("ACS Courier", "info@acs-gr-courier.com"), to=[("", "nikos.georgiou@example.com")],
      subject="Η αποστολή 7281944305 δεν παραδόθηκε - απαιτείται ενέργεια",
      body=H(html, "windows-1253", "base64"))

    # ---------------------------------------------------------------- A34
    M("attack", "34-el-landlord-bank-change-yahoo", "el", "windows-1253",
      "Rent-payment diversion: 'Γιώργος Αντωνίου', landlord of the Ermou Street store, writes from an unknown yahoo.gr address announcing a new Eurobank account for December rent",
      "Landlord impersonation from a free mailer (the landlord normally writes from his otenet.gr address), new account just before a recurring payment, asks to confirm only by e-mail",
      when=D(11, 27, 20, 14, 56, 2), rcpt="eleni.papadopoulou@example.com",
      infra=host("sonic317-21.consmr.mail.ir2.yahoo.com", "sonic317-21.consmr.mail.ir2.yahoo.com", "77.238.177.146",
                 ["from sonic.gate.mail.ne1.yahoo.com by sonic317-21.consmr.mail.ir2.yahoo.com with HTTP; {date}"], style="yahoo",
                 mid=lambda d: f"<{R.randint(10**8, 10**9)}.{R.randint(10**6, 10**7)}.{R.randint(10**12, 10**13)}@mail.yahoo.com>"),
      frm=A("Γιώργος Αντωνίου", "g.antoniou.akinita@yahoo.gr"), to=[A("eleni")], cc=[A("nikos")],
      subject="Αλλαγή λογαριασμού για το μίσθωμα του καταστήματος Ερμού",
      hdrs=[("X-Mailer", "WebService/1.1.23740 YMailNorrin")],
      body=T(f"""Καλησπέρα σας κυρία Παπαδοπούλου,

σας ενημερώνω ότι έκλεισα τον λογαριασμό μου στην Εθνική Τράπεζα και από
το μίσθωμα Δεκεμβρίου παρακαλώ να καταθέτετε στον νέο λογαριασμό:

Δικαιούχος: Αντωνίου Γεώργιος
Τράπεζα: Eurobank
IBAN: {spaced(IB['landlord_fake'])}

Σας γράφω από το νέο μου email γιατί το παλιό στο otenet έχει πρόβλημα
τις τελευταίες μέρες. Παρακαλώ επιβεβαιώστε μου εδώ ότι έγινε η αλλαγή.

Ευχαριστώ πολύ,
Γιώργος Αντωνίου
""", "windows-1253", "quoted-printable"))

    # ---------------------------------------------------------------- A35
    cells = ""
    h = hashlib.sha256(b"pseudo-qr-eurobank").digest() * 3
    for r_ in range(21):
        cells += "<tr>"
        for c_ in range(21):
            finder = any(r0 <= r_ < r0 + 7 and c0 <= c_ < c0 + 7 for r0, c0 in ((0, 0), (0, 14), (14, 0)))
            if finder:
                rr, cc_ = (r_ % 7 if r_ < 7 else (r_ - 14) % 7), (c_ % 7 if c_ < 7 else (c_ - 14) % 7)
                dark = rr in (0, 6) or cc_ in (0, 6) or (2 <= rr <= 4 and 2 <= cc_ <= 4)
            else:
                dark = (h[(r_ * 21 + c_) // 8] >> ((r_ * 21 + c_) % 8)) & 1
            cells += f'<td style="width:6px;height:6px;background:{"#000" if dark else "#fff"}"></td>'
        cells += "</tr>\n"
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="color:#d50032;font-size:18px"><b>Eurobank Business</b></p>
<p>Αγαπητέ πελάτη,</p>
<p>Από 1 Δεκεμβρίου 2026 η πρόσβαση στο Eurobank Business e-Banking θα γίνεται αποκλειστικά μέσω της νέας εφαρμογής με ψηφιακή υπογραφή συναλλαγών.</p>
<p>Για να διατηρήσετε την πρόσβαση της επιχείρησης <b>EXAMPLE HELLAS Ι.Κ.Ε.</b>, σαρώστε τον παρακάτω κωδικό QR με το κινητό σας και ολοκληρώστε την επανενεργοποίηση:</p>
<table cellspacing="0" cellpadding="0" style="border:8px solid #fff">{cells}</table>
<p>Η διαδικασία διαρκεί λιγότερο από 3 λεπτά.</p>
<p>Με εκτίμηση,<br>Eurobank - Business Banking</p>
</body></html>"""
    M("attack", "35-el-eurobank-business-table-qr", "el", "utf-8",
      "Fake Eurobank Business e-banking re-activation with a QR code drawn as an HTML table of black/white cells (pattern is a non-decodable stand-in)",
      "Newest quishing variant: QR rendered from HTML table cells so there is neither an image nor a URL for scanners; bank impersonation; sent via a compromised M365 tenant of a Cypriot company",
      when=D(11, 30, 8, 40, 12, 2), rcpt="eleni.papadopoulou@example.com", infra=m365("eur04", "eurprd04"),
      frm=A("Eurobank Business", "notifications@kyprianou-shipping.com.cy"), to=[("", "eleni.papadopoulou@example.com")],
      subject="Eurobank Business: απαιτείται επανενεργοποίηση πρόσβασης έως 01/12/2026",
      body=H(html, "utf-8", "base64"))

    # ---------------------------------------------------------------- A36
    M("attack", "36-ru-fake-fns-trebovanie-zip", "ru", "windows-1251",
      "Fake FNS (Russian Federal Tax Service) 'требование о представлении документов' with a ZIP containing a .scr (inert placeholder)",
      "Tax-authority impersonation (typical Russian malspam), executable in archive, sender domain not nalog.gov.ru, demands documents within 10 days",
      when=D(11, 9, 11, 21, 47, 3), rcpt="olga.smirnova@example.com",
      infra=host("mail.nalog-uved.ru", "vds2241857.my-ihor.ru", "31.31.198.57", style="tb"),
      frm=A("ФНС России. Инспекция №7 по г. Москве", "uved@nalog-uved.ru"), to=[("", "olga.smirnova@example.com")],
      subject="Требование о представлении документов (информации) № 14-07/28841",
      hdrs=[("User-Agent", "Mozilla Thunderbird")],
      body=MIX(T("""Уважаемый налогоплательщик!

В соответствии со статьей 93 Налогового кодекса Российской Федерации
Инспекция Федеральной налоговой службы № 7 по г. Москве в связи с
проведением камеральной налоговой проверки декларации по НДС за
3 квартал 2026 года требует представить документы (информацию),
перечень которых приведен в приложении.

Документы необходимо представить в течение 10 рабочих дней со дня
получения настоящего требования. Непредставление документов влечет
ответственность по статье 126 НК РФ.

Приложение: Требование № 14-07/28841 (архив).

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
""", "windows-1251", "base64"),
               ATT("Требование_14-07_28841.zip", "application/zip",
                   zipped([("Требование_14-07_28841.pdf.scr", INERT)]))))

    # ---------------------------------------------------------------- A37
    M("attack", "37-ru-compromised-counterparty-akt-sverki-link", "ru", "koi8-r",
      "Compromised genuine counterparty mailbox (ООО ТрансЛайн, transline-log.ru) sends 'акт сверки' with a link to a fake Yandex Disk page",
      "Real business partner domain, but the link goes to disk-yandex.ru.net (look-alike) asking for a corporate login to 'view'; unusual for this counterparty, which sends acts through EDO",
      when=D(11, 24, 15, 8, 19, 3), rcpt="olga.smirnova@example.com",
      infra=host("vh312.timeweb.ru", "vh312.timeweb.ru", "92.53.96.112",
                 ["from [176.59.44.201] (helo=localhost)\n\tby vh312.timeweb.ru with esmtpa (Exim 4.96)\n\t(envelope-from <buh@transline-log.ru>)\n\tid 1vLz0A-0003Hk-9c\n\tfor {rcpt}; {date}"]),
      frm=A("Бухгалтерия ТрансЛайн", "buh@transline-log.ru"), to=[("", "olga.smirnova@example.com")],
      subject="Акт сверки взаиморасчетов за 3 квартал 2026",
      hdrs=[("X-Mailer", "Roundcube Webmail/1.5.3")],
      body=T("""Добрый день!

Направляем акт сверки взаиморасчетов между ООО "ТрансЛайн" и
ООО "Экзампл Рус" за 3 квартал 2026 г.

Документ размещен на Яндекс Диске (файл большой, почта не пропускает):
https://disk-yandex.ru.net/d/Akt_sverki_3kv2026_ExampleRus

Просим проверить, подписать и вернуть скан до 30.11.2026.
При наличии расхождений сообщите, пожалуйста.

С уважением,
Бухгалтерия ООО "ТрансЛайн"
тел. +7 495 150-44-27
""", "koi8-r", "quoted-printable"))

    # ---------------------------------------------------------------- A38
    M("attack", "38-ru-ceo-impersonation-move-to-telegram", "ru", "utf-8",
      "CEO impersonation in Russian from Gmail: 'Маркус Вебер' asks the Moscow office manager to continue the conversation on Telegram about a confidential matter",
      "BEC first stage moving the victim to an unmonitored messenger (newest pattern - no payload in mail at all); free mailer; machine-translated tone",
      when=D(12, 3, 10, 2, 14, 3), rcpt="dmitry.volkov@examplegroup.eu", infra=gmail(),
      frm=A("Маркус Вебер", "markus.weber.examplegroup@gmail.com"), to=[A("dmitry")],
      subject="Срочно и конфиденциально",
      body=ALT("""<div dir="ltr">Дмитрий, добрый день.<br><br>Вы сейчас в офисе? Мне нужна ваша помощь в одном конфиденциальном вопросе, связанном с московским офисом. Пожалуйста, пока никому не говорите, в том числе Ольге.<br><br>
Напишите мне, пожалуйста, в Telegram: <b>@mweber_eg_office</b> - я на переговорах, и по почте отвечать неудобно.<br><br>Спасибо,<br>Маркус Вебер<br>CEO Example Group</div>""",
               "utf-8", "base64"))

    # ---------------------------------------------------------------- A39
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="font-size:18px"><b>Честный ЗНАК</b> - национальная система маркировки</p>
<p>Уважаемый участник оборота товаров!</p>
<p>По результатам автоматической проверки в личном кабинете организации <b>ООО «Экзампл Рус»</b> (ИНН 7701234567) выявлено расхождение сведений о вводе в оборот товаров легкой промышленности (коды маркировки, группа «Одежда»).</p>
<p>Для исключения блокировки личного кабинета и приостановки отгрузок в течение 24 часов необходимо подтвердить сведения и перевыпустить сертификат УКЭП.</p>
<p><a href="https://lk-chestnyznak.ru-markirovka.com/auth?org=7701234567" style="background:#000;color:#fff;padding:9px 20px;text-decoration:none">Перейти в личный кабинет</a></p>
<p>С уважением,<br>Оператор ЦРПТ<br>Служба поддержки: support@chestnyznak.ru</p>
</body></html>"""
    M("attack", "39-ru-fake-chestny-znak-marking-block", "ru", "windows-1251",
      "Fake 'Честный ЗНАК' (mandatory Russian product-marking system for clothing) threatening account block; link to look-alike login harvesting e-signature PIN and credentials",
      "Trade-specific authority/operator impersonation with 24-hour threat, look-alike domain, bulk VPS sender",
      when=D(11, 16, 9, 14, 2, 3), rcpt="dmitry.volkov@examplegroup.eu",
      infra=host("mx.markirovka-info.ru", "188-120-241-30.cloudvps.regruhosting.ru", "188.120.241.30", tls=False),
      frm=A("Честный ЗНАК", "info@markirovka-info.ru"), to=[("", "dmitry.volkov@examplegroup.eu")],
      subject="Блокировка личного кабинета участника оборота - требуется подтверждение",
      body=H(html, "windows-1251", "quoted-printable"))

    # ---------------------------------------------------------------- A40
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#001a34">
<p style="color:#005bff;font-size:20px"><b>OZON</b> Seller</p>
<p>Здравствуйте!</p>
<p>По результатам проверки качества на складе Хоругвино в товарах магазина <b>Example Home</b> выявлены нарушения правил маркировки (отсутствуют коды DataMatrix на 37 единицах товара).</p>
<p>Согласно оферте начислен штраф: <b>48 500 руб.</b> Сумма будет удержана из ближайшей выплаты.</p>
<p>Вы можете оспорить штраф в течение 24 часов, загрузив подтверждающие документы:</p>
<p><a href="https://seller-ozon.ru-apelyaciya.com/claims/48500">Оспорить начисление</a></p>
<p>С уважением,<br>Команда Ozon Seller</p>
</body></html>"""
    M("attack", "40-ru-fake-ozon-seller-penalty", "ru", "koi8-r",
      "Fake Ozon Seller penalty notice (48,500 RUB for missing DataMatrix codes), 24-hour appeal link to look-alike domain",
      "Marketplace impersonation; combines the trade-specific marking topic with a payout threat; look-alike domain, unrelated sending host",
      when=D(11, 28, 12, 30, 45, 3), rcpt="dmitry.volkov@examplegroup.eu",
      infra=host("mail.seller-uvedomleniya.ru", "v2202411187654321.megasrv.de", "89.58.12.47"),
      frm=A("Ozon Seller", "noreply@seller-uvedomleniya.ru"), to=[("", "dmitry.volkov@examplegroup.eu")],
      subject="Начислен штраф 48 500 руб. - обжалование в течение 24 часов",
      body=H(html, "koi8-r", "quoted-printable"))


# ==========================================================================
# BUSINESS messages
# ==========================================================================
def lieferant_infra():
    return host("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "212.18.9.34",
                ["from [10.1.2.57] (unknown [10.1.2.57])\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTPSA id {qid};\n\t{date}"],
                style="outlook")


def business():
    # ---------------------------------------------------------------- B01
    M("business", "01-de-lieferant-invoice", "de", "iso-8859-1",
      "Invoice RE-2026-10561 from Lieferant GmbH's Buchhaltung (rechnungen@lieferant-gmbh.de) with PDF, sent by their ERP",
      "Known supplier, genuine domain and mail server, bank account unchanged (Sparkasse Bielefeld), invoice matches an order",
      when=D(11, 6, 6, 30, 12), rcpt="jonas.becker@example.com", infra=lieferant_infra(),
      frm=A("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[A("jonas")],
      subject="Rechnung RE-2026-10561 zu Auftrag AB-26-4471",
      hdrs=[("X-Mailer", "Sage 100 E-Mail-Versand 9.0")],
      body=MIX(T(f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10561 vom 05.11.2026 zu
Ihrer Bestellung 4500018834 (Auftrag AB-26-4471, Bettwäsche Linie
"Nordic Linen", 1.200 Sets).

Rechnungsbetrag: 24.886,80 EUR brutto
Zahlungsziel: 30 Tage netto, 2 % Skonto bei Zahlung binnen 10 Tagen

Bankverbindung: Sparkasse Bielefeld
IBAN {spaced(IB['lieferant_old'])}, BIC SPBIDE3BXXX

Mit freundlichen Grüßen
Buchhaltung
Lieferant GmbH | Industriestraße 12 | 33602 Bielefeld
Tel. +49 521 9876 0 | USt-IdNr. DE214567893
Geschäftsführer: Dr. Ulrich Brandes, Heike Maier | HRB 40112 AG Bielefeld
""", "iso-8859-1", "quoted-printable"),
               ATT("RE-2026-10561.pdf", "application/pdf",
                   pdf(["Lieferant GmbH - Rechnung RE-2026-10561", "Bestellung 4500018834",
                        "Summe brutto 24.886,80 EUR", "IBAN " + spaced(IB['lieferant_old'])], "RE-2026-10561"))))

    # ---------------------------------------------------------------- B02
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo Frau Krüger,</p>
<p>wie heute Vormittag telefonisch besprochen, hier noch einmal schriftlich: Wir verlegen zum 01.01.2027 unsere Hausbankverbindung von der Sparkasse Bielefeld zur Bielefelder Volksbank.</p>
<p>Neue Bankverbindung ab 01.01.2027:<br>
Lieferant GmbH<br>
Bielefelder Volksbank eG<br>
IBAN: {spaced(IB['lieferant_new'])}<br>
BIC: GENODEM1BIE</p>
<p>Bis zum 31.03.2027 bleibt das bisherige Konto bei der Sparkasse parallel bestehen; Zahlungen dorthin gehen also nicht verloren. Rechnungen aus 2026 können Sie wie gewohnt auf die Sparkasse überweisen.</p>
<p>Das offizielle Schreiben mit den Unterschriften beider Geschäftsführer ist angehängt und geht Ihnen zusätzlich per Post zu. Bitte gleichen Sie die Änderung wie üblich über Ihren Rückruf bei unserer Buchhaltung (Frau Lohmann, Durchwahl -140, Nummer aus Ihrem Lieferantenstamm) ab.</p>
<p>Mit freundlichen Grüßen<br>
Stefan Maier<br>
Vertrieb Key Account<br>
Lieferant GmbH | Industriestraße 12 | 33602 Bielefeld<br>
Tel. +49 521 9876 110</p>
</div></body></html>"""
    M("business", "02-de-lieferant-genuine-bank-change", "de", "utf-8",
      "Genuine bank-detail change: Stefan Maier (real lieferant-gmbh.de, same server as earlier invoices) confirms in writing a phone call about moving to Bielefelder Volksbank from 1 Jan 2027, signed letter attached, Cc Buchhaltung",
      "Genuine domain and infrastructure, follows a phone call, long lead time, old account stays open, explicitly invites call-back via number in vendor master data",
      when=D(11, 26, 14, 12, 9), rcpt="sabine.krueger@example.com", infra=lieferant_infra(),
      frm=A("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=[A("sabine")],
      cc=[A("Buchhaltung Lieferant GmbH", "rechnungen@lieferant-gmbh.de")],
      subject="Neue Bankverbindung Lieferant GmbH ab 01.01.2027 - Bestätigung unseres Telefonats",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")],
      body=MIX(ALT(html, "utf-8", "quoted-printable"),
               ATT("Lieferant_GmbH_Mitteilung_Bankverbindung_2027.pdf", "application/pdf",
                   pdf(["Lieferant GmbH - Mitteilung Bankverbindung ab 01.01.2027",
                        "Bielefelder Volksbank eG  IBAN " + spaced(IB['lieferant_new']),
                        "Altes Konto Sparkasse Bielefeld bleibt bis 31.03.2027 bestehen",
                        "Dr. Ulrich Brandes / Heike Maier, Geschaeftsfuehrung"], "Bankverbindung 2027"))))

    # ---------------------------------------------------------------- B03
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo Claudia,</p>
<p>Messe Frankfurt hat uns die Standfläche für die Ambiente 2027 (Halle 3.0, 96 m²) nur noch bis heute reserviert. Die Anzahlung von 14.880,00 EUR muss laut Rechnung 7100294418 bis morgen eingehen, sonst geht die Fläche in die Nachrückerliste.</p>
<p>Die Rechnung liegt seit gestern im Rechnungseingang (DMS-Nr. 2026-118442), Daniel hat sachlich freigegeben. Kannst Du bitte die kaufmännische Freigabe heute noch im Workflow machen? Thomas weiß Bescheid und würde die Zahlung im Eillauf mitnehmen.</p>
<p>Danke und Gruß<br>Markus</p>
<p>--<br>Markus Weber<br>Geschäftsführer / CEO<br>Example Group GmbH | Ludwig-Erhard-Straße 18 | 20459 Hamburg<br>Tel. +49 40 3070 2000</p>
</div></body></html>"""
    M("business", "03-de-internal-ceo-urgent-trade-fair-deposit", "de", "iso-8859-15",
      "Genuine urgent payment request from the CEO via the internal relay: approve the Ambiente 2027 trade-fair deposit today in the normal invoice workflow",
      "Internal Exchange origin through mail-int01, references DMS number and the normal approval workflow, no new bank details, treasury informed",
      when=D(11, 13, 11, 2, 47), rcpt="claudia.hoffmann@example.com", infra=internal(),
      frm=A("markus"), to=[A("claudia")], cc=[A("thomas")],
      subject="Ambiente 2027 - Anzahlung Messestand bitte heute freigeben", prio=True,
      hdrs=[("Content-Language", "de-DE"), ("Accept-Language", "de-DE, en-US")],
      body=ALT(html, "iso-8859-15", "quoted-printable"))

    # ---------------------------------------------------------------- B04
    M("business", "04-de-colleague-private-gmx-sick", "de", "utf-8",
      "Colleague from a private address: head buyer Daniel Koch, off sick with his laptop at the office, sends his team the reorder decisions from his private GMX account",
      "Genuine informal colleague mail: no payment, no credentials, no link; content only an insider would know; writes openly why he uses the private address",
      when=D(11, 17, 7, 48, 3), rcpt="miriam.vogel@example.com", infra=gmx("gmx"),
      frm=A("Daniel Koch", "daniel.koch.hh@gmx.de"), to=[A("miriam")], cc=[A("felix")],
      subject="Nachorder Wintersortiment - bin heute krank",
      hdrs=[("User-Agent", "Mozilla Thunderbird")],
      body=T("""Moin Miriam,

ich liege flach, Laptop steht leider im Büro - deshalb von privat.

Zu den Nachorders, die heute rausmüssen:
- Strickdecken "Fjell" (grau, 130x170): 600 Stück bei Ningbo Hengda
  nachordern, Liefertermin KW 3 reicht.
- Kerzenhalter Messing: NICHT nachbestellen, Abverkauf zu schwach.
- Zierkissen Samt: Farbe "Salbei" +300, "Rost" bleibt bei 0.

Die Bestellungen bitte wie immer über SAP anlegen, ich gebe morgen frei
oder Claudias Vertretung macht es. Felix, kannst du bei Zalando die
Bestände für "Fjell" schon mal auf Vorbestellung stellen?

Ich bin am Handy erreichbar, falls was brennt.

Gruß
Daniel
""", "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B05
    html = """<html><body style="margin:0;background:#f4f4f4">
<table width="640" align="center" style="background:#fff;font-family:Georgia,serif;color:#222"><tr><td style="padding:18px 24px;border-bottom:4px solid #c8102e">
<span style="font-size:26px;font-weight:bold">TW</span> <span style="font-family:Arial;font-size:13px;color:#666">TextilWirtschaft Daily | Donnerstag, 19. November 2026</span></td></tr>
<tr><td style="padding:18px 24px;font-size:16px">
<h2 style="font-size:20px">Black Friday: Händler rechnen mit verhaltenem Plus</h2>
<p>Der Handelsverband erwartet für die Cyber Week ein nominales Umsatzplus von zwei Prozent. Vor allem Heimtextilien und Strick profitieren vom frühen Wintereinbruch. <a href="https://www.textilwirtschaft.de/business/news/black-friday-2026-haendler-erwartungen-251844">Weiterlesen</a></p>
<h2 style="font-size:20px">Zalando testet neue Gebühren für Partnerprogramm</h2>
<p>Ab Februar sollen Partner im Connected-Retail-Programm nach Warengruppe unterschiedlich hohe Provisionen zahlen. <a href="https://www.textilwirtschaft.de/business/news/zalando-partnerprogramm-gebuehren-251851">Weiterlesen</a></p>
<h2 style="font-size:20px">Digitaler Produktpass: Was Modehändler bis 2027 vorbereiten müssen</h2>
<p>Die EU-Ökodesign-Verordnung macht Textilien zur ersten Produktgruppe mit Pflicht-Pass. Ein Überblick über Fristen und Datenanforderungen. <a href="https://www.textilwirtschaft.de/business/news/digitaler-produktpass-mode-251829">Weiterlesen</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-family:Arial;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn mit julia.neumann@example.com abonniert haben. <a href="https://newsletter.textilwirtschaft.de/abmelden?u=8f21c7e0">Abmelden</a> | dfv Mediengruppe, Mainzer Landstraße 251, 60326 Frankfurt am Main</td></tr>
</table></body></html>"""
    M("business", "05-de-newsletter-textilwirtschaft", "de", "utf-8",
      "Subscribed trade newsletter 'TextilWirtschaft Daily' (bulk ESP, List-Unsubscribe)",
      "Opt-in newsletter from the publisher's consistent ESP, links only to the publisher's domain, proper unsubscribe headers",
      when=D(11, 19, 6, 0, 4), rcpt="julia.neumann@example.com",
      infra=host("mx-out-07.newsletter.textilwirtschaft.de", "mx-out-07.newsletter.textilwirtschaft.de", "195.140.186.107", style="mc"),
      frm=A("TextilWirtschaft", "newsletter@textilwirtschaft.de"), to=[("", "julia.neumann@example.com")],
      rp="bounce-tw-251119-8f21c7e0@newsletter.textilwirtschaft.de", mid_dom="newsletter.textilwirtschaft.de",
      subject="TW Daily: Black Friday, Zalando-Gebühren, Digitaler Produktpass",
      hdrs=[("List-Unsubscribe", "<https://newsletter.textilwirtschaft.de/abmelden?u=8f21c7e0>, <mailto:unsubscribe-8f21c7e0@newsletter.textilwirtschaft.de>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "TW Daily <twdaily.newsletter.textilwirtschaft.de>"), ("Precedence", "bulk")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B06
    M("business", "06-de-elster-genuine-postfach-notice", "de", "iso-8859-1",
      "Genuine ELSTER notification: a new tax notice is available in the Mein ELSTER mailbox; no link to log in, only the generic portal address",
      "Real ELSTER notices only say that a message is waiting and ask the user to log in as usual; no attachment, no credential request, no deadline pressure",
      when=D(11, 24, 5, 12, 30), rcpt="sabine.krueger@example.com",
      infra=host("mail2.elster.de", "mail2.elster.de", "193.109.238.71"),
      frm=A("ELSTER", "noreply@elster.de"), to=[("", "sabine.krueger@example.com")],
      subject="Neue Nachricht in Ihrem Postfach bei Mein ELSTER",
      body=T("""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Postfach bei Mein ELSTER ist eine neue Nachricht eingegangen
(Bescheid über Umsatzsteuer-Vorauszahlung 10/2026, Steuernummer
43/727/01234).

Bitte melden Sie sich wie gewohnt unter www.elster.de an, um die
Nachricht abzurufen.

Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht
auf diese Nachricht.

Mit freundlichen Grüßen
Ihr ELSTER-Team
""", "iso-8859-1", "quoted-printable"))

    # ---------------------------------------------------------------- B07
    M("business", "07-de-customer-complaint-late-delivery", "de", "iso-8859-15",
      "Customer complaint to customer service: order arrived late and in the wrong size, wants exchange and refund of express shipping",
      "Genuine private customer from t-online.de with a real order number; emotional but no link or attachment",
      when=D(11, 21, 19, 33, 12), rcpt="kundenservice@example.com",
      infra=host("mailout05.t-online.de", "mailout05.t-online.de", "194.25.134.82",
                 ["from fwd79.aul.t-online.de (fwd79.aul.t-online.de [10.223.144.105])\n\tby mailout05.t-online.de (Postfix) with SMTP id {qid}\n\tfor <{rcpt}>; {date}"]),
      frm=A("Renate Pfeiffer", "renate.pfeiffer@t-online.de"), to=[A("Kundenservice Example Group", "kundenservice@example.com")],
      subject="Beschwerde Bestellung 100482771 - falsche Größe und viel zu spät",
      hdrs=[("X-Mailer", "Telekom Mail 1.4")], envelope_to=None,
      body=T("""Sehr geehrte Damen und Herren,

ich habe am 10.11. im Onlineshop den Wollmantel "Aurora" in Größe 40
bestellt (Bestellnummer 100482771) und extra 9,95 EUR für den
Expressversand bezahlt, weil ich ihn am 15.11. für eine Feier
brauchte.

Das Paket kam erst gestern, also sechs Tage später, und im Karton lag
Größe 44. Das ist wirklich ärgerlich.

Ich möchte den Mantel gern in Größe 40 umtauschen und bitte um
Erstattung der Expresskosten. Ein Retourenetikett habe ich im Paket
nicht gefunden. Können Sie mir eins schicken?

Mit freundlichen Grüßen
Renate Pfeiffer
Lindenallee 7
24105 Kiel
""", "iso-8859-15", "8bit"))

    # ---------------------------------------------------------------- B08
    M("business", "08-de-supplier-payment-reminder", "de", "iso-8859-1",
      "Polite first payment reminder from packaging supplier Kartonagen Schulte GmbH for an overdue invoice, account statement PDF",
      "Known local supplier, genuine domain, same bank details as on all earlier invoices (Haspa), moderate tone, no change of account",
      when=D(12, 1, 9, 25, 54), rcpt="jonas.becker@example.com",
      infra=host("mail.schulte-kartonagen.de", "mail.schulte-kartonagen.de", "217.110.42.19",
                 ["from SRV-EX01.schulte.local (192.168.10.5) by SRV-EX01.schulte.local\n (192.168.10.5) with Microsoft SMTP Server id 15.1.2507.39; {date}"], style="outlook"),
      frm=A("Kartonagen Schulte GmbH - Buchhaltung", "buchhaltung@schulte-kartonagen.de"), to=[A("jonas")],
      subject="Zahlungserinnerung Rechnung 26-08817",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
      body=MIX(T(f"""Sehr geehrter Herr Becker,

bei der Durchsicht unserer Konten haben wir festgestellt, dass unsere
Rechnung 26-08817 vom 13.10.2026 über 3.412,50 EUR (Versandkartons
Faltschachteln 400x300x200) noch offen ist.

Sicher handelt es sich nur um ein Versehen. Wir bitten Sie, den Betrag
bis zum 11.12.2026 auf unser bekanntes Konto zu überweisen:
Hamburger Sparkasse, IBAN {spaced(IB['schulte'])}

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses
Schreiben bitte als gegenstandslos. Den Kontoauszug finden Sie anbei.

Mit freundlichen Grüßen
Birgit Hansen
Buchhaltung
Kartonagen Schulte GmbH | Billstraße 118 | 20539 Hamburg
Tel. +49 40 789 4410
""", "iso-8859-1", "base64"),
               ATT("Kontoauszug_Example_Group_20261201.pdf", "application/pdf",
                   pdf(["Kartonagen Schulte GmbH - Kontoauszug Kunde 10442", "RE 26-08817 13.10.2026 3.412,50 EUR offen"],
                       "Kontoauszug"))))

    # ---------------------------------------------------------------- B09
    html = """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#303030">
<table width="560" align="center"><tr><td>
<p><img src="https://cdn.shopify.com/shopifycloud/brochure/assets/brand-assets/shopify-logo-primary-logo-456baa801ee66a0a435671082365958316831c9960c480451dd0330bcdae304f.svg" width="110" alt="Shopify"></p>
<h2 style="font-weight:600">Reset your password</h2>
<p>Hi Lena,</p>
<p>We received a request to reset the password for your Shopify account lena.wagner@example.com. Click the button below to choose a new password. This link expires in 2 hours.</p>
<p><a href="https://accounts.shopify.com/reset_password?token=hD3k9QwZp7Lx2VnB4mR8tY1c" style="background:#303030;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Reset password</a></p>
<p>If you didn't request this, you can ignore this email - your password won't change.</p>
<p style="font-size:12px;color:#616161">Shopify International Limited, Victoria Buildings, 2nd Floor, 1-2 Haddington Road, Dublin 4, D04 XN32, Ireland</p>
</td></tr></table></body></html>"""
    M("business", "09-en-shopify-password-reset", "en", "utf-8",
      "Genuine Shopify password-reset e-mail requested by the head of e-commerce (who reset her password after a browser change)",
      "Transactional mail from Shopify's own sending infrastructure, link only to accounts.shopify.com, expected by the recipient; looks like a phish but is legitimate",
      when=D(11, 2, 8, 14, 40, 0), rcpt="lena.wagner@example.com",
      infra=host("mail137-12.shopifyemail.com", "mail137-12.shopifyemail.com", "23.227.38.137"),
      frm=A("Shopify", "mailer@shopify.com"), to=[("", "lena.wagner@example.com")],
      rp="bounces+srs=7a2b1=lena.wagner=example.com@bounces.shopify.com", mid_dom="shopify.com",
      subject="Reset your Shopify password",
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B10
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<p><b>amazon</b> seller central</p>
<p>Hello,</p>
<p>We have removed 3 of your listings from the Amazon.co.uk store because they are missing required product safety information under the General Product Safety Regulation (GPSR):</p>
<ul><li>ASIN B0D7K2L9QX - Example Home Velvet Cushion Sage 45x45</li><li>ASIN B0D7K3M1RT - Example Home Velvet Cushion Rust 45x45</li><li>ASIN B0DB8QW2ZN - Example Home Candle Holder Brass Set of 3</li></ul>
<p><b>How do I reinstate my listings?</b><br>Add the responsible person and safety information in Seller Central under <i>Catalogue &gt; Edit listing &gt; Compliance</i>. Listings are reinstated automatically within 48 hours after the information is complete.</p>
<p><a href="https://sellercentral.amazon.co.uk/compliance/listings?ref=gpsr_em">Go to Account Health</a></p>
<p>Regards,<br>Amazon Seller Performance</p>
<p style="font-size:11px;color:#666">This email was sent from a notification-only address that cannot accept incoming email. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg</p>
</body></html>"""
    M("business", "10-en-amazon-genuine-gpsr-listing-removal", "en", "utf-8",
      "Genuine Amazon Seller Central notice: three listings removed for missing GPSR safety information, asks to fix in Seller Central",
      "Real notification via Amazon SES from amazon.co.uk, links only to sellercentral.amazon.co.uk, specific ASINs of the company's own products; urgent but legitimate",
      when=D(11, 14, 3, 48, 19, 0), rcpt="felix.braun@example.com",
      infra=host("a48-93.smtp-out.amazonses.com", "a48-93.smtp-out.amazonses.com", "54.240.48.93"),
      frm=A("Amazon Seller Central", "seller-notification@amazon.co.uk"), to=[("", "felix.braun@example.com")],
      rp=f"20261114034819{hexs(8)}@bounces.amazon.co.uk", mid_dom="email.amazon.com",
      subject="Action required: 3 listings removed - missing product safety information",
      hdrs=[("Feedback-ID", "1.eu-west-1." + rs(43) + "=:AmazonSES"), ("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B11
    M("business", "11-en-asian-supplier-balance-payment-docs", "en", "us-ascii",
      "Genuine Asian supplier Ningbo Hengda Textile: commercial invoice + packing list, asks for the 70% balance before releasing the original B/L (urgent, vessel arrives Hamburg)",
      "Established supplier domain sending from Alibaba Cloud enterprise mail as always, bank account explicitly unchanged, matches PO and shipment",
      when=D(11, 10, 16, 5, 33, 8), rcpt="miriam.vogel@example.com",
      infra=host("out30-131.freemail.mail.aliyun.com", "out30-131.freemail.mail.aliyun.com", "115.124.30.131",
                 ["from DESKTOP-HENGDA3(mailfrom:grace.chen@hengda-textile.com fp:SMTPD_---0WYh2Kq_1762761933)\n\tby smtp.aliyun-inc.com;\n\t{date}"],
                 mid=lambda d: f"<{R.randint(10**8, 10**9)}{hexs(6)}$0b1c$@hengda-textile.com>", style="outlook"),
      frm=A("Grace Chen", "grace.chen@hengda-textile.com"), to=[A("miriam")], cc=[A("sabine")],
      subject="PO 4500018702 / Knitted Throws FJELL - CI, PL and balance payment",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
      body=MIX(T("""Dear Miriam,

Good day!

Please find attached the commercial invoice CI-HD26-1147 and packing
list for PO 4500018702 (knitted throws FJELL, 2,400 pcs, 48 cartons).

Vessel: MSC ANNA V.FE647W, ETD Ningbo 08 Nov, ETA Hamburg 09 Dec.

As per our contract, the 70% balance of USD 31,248.00 is due against
copy B/L. Kindly arrange the payment this week so we can release the
original B/L to your forwarder in time for customs clearance.

Our bank account is unchanged (Bank of China Ningbo Branch, as on
the contract and PI). Please note we never change bank details by
e-mail - if you ever receive such a message, call me first.

Thank you and best regards,
Grace Chen
Export Sales Manager
Ningbo Hengda Textile Co., Ltd.
Tel: +86 574 8765 2231 | WeChat: gracechen_hd
""", "us-ascii", "7bit"),
               ATT("CI-HD26-1147.pdf", "application/pdf", pdf(["Ningbo Hengda Textile Co., Ltd.", "COMMERCIAL INVOICE CI-HD26-1147", "PO 4500018702 knitted throws FJELL 2400 pcs", "Balance 70%: USD 31,248.00"], "CI")),
               ATT("PL-HD26-1147.pdf", "application/pdf", pdf(["PACKING LIST PL-HD26-1147", "48 cartons, G.W. 1,152 kg"], "PL"))))

    # ---------------------------------------------------------------- B12
    gm = gmail()
    html = f"""<div dir="ltr">Hi James,<br><br>As Tom mentioned on our call last Thursday, Northlight Social is moving its business banking from Barclays to NatWest. From <b>1 January 2027</b> please pay our invoices to:<br><br>
Northlight Social Ltd<br>NatWest, Sort code 01-06-45, Account 71220398<br>IBAN {spaced(IB['northlight_new'])} / BIC NWBKGB2L<br><br>
Our Barclays account (ending 9206) stays open until 31 March 2027, so anything already scheduled will still reach us. The letter on our letterhead, signed by both directors, is attached.<br><br>
In line with your supplier-change process, please verify this with us by phone on our main office number as held in your records or on our website - we won't be offended, we'd much rather you did.<br><br>
Best wishes,<br>Priya Shah<br>Finance Director | Northlight Social Ltd<br>4 Jordan Street, Manchester M15 4PY</div>"""
    M("business", "12-en-agency-genuine-bank-change", "en", "utf-8",
      "Genuine bank change from the company's long-standing influencer agency Northlight Social (Google Workspace), effective in 6 weeks, old account stays open, signed letter, invites call-back via known number",
      "Established correspondent domain and infrastructure, previously announced on a call, long lead time, parallel old account, encourages independent verification",
      when=D(11, 18, 15, 2, 11, 0), rcpt="james.carter@example.com", infra=gm,
      frm=A("Priya Shah", "priya.shah@northlightsocial.co.uk"), to=[A("james")], cc=[A("julia")],
      subject="Northlight Social - new bank details from 1 January 2027",
      body=MIX(ALT(html, "utf-8", "quoted-printable"),
               ATT("Northlight_Social_bank_change_letter.pdf", "application/pdf",
                   pdf(["Northlight Social Ltd - change of bank details", "From 1 January 2027: NatWest 01-06-45 71220398",
                        "Barclays account ending 9206 open until 31 March 2027", "Signed: P. Shah, T. Whitfield (Directors)"], "Bank change"))))

    # ---------------------------------------------------------------- B13
    html = """<html><body style="font-family:Arial,sans-serif;color:#222;background:#f5f5f5">
<table width="620" align="center" style="background:#fff"><tr><td style="padding:16px 22px;background:#111;color:#fff;font-size:24px;font-family:Georgia,serif">Drapers <span style="font-size:13px;font-family:Arial">Daily Bulletin</span></td></tr>
<tr><td style="padding:18px 22px;font-size:15px">
<h3>Black Friday footfall down 4% as shoppers hold out for deals online</h3>
<p>High street footfall fell on the first day of the Black Friday weekend while online traffic climbed. <a href="https://www.drapersonline.com/news/black-friday-footfall-down-2026">Read more</a></p>
<h3>Homewares: the categories driving Q4 growth</h3>
<p>Throws, candles and tableware lead retailers' gifting ranges this year. <a href="https://www.drapersonline.com/insight/homewares-q4-growth-2026">Read more</a></p>
<h3>Returns fraud: what retailers are doing about 'wardrobing'</h3>
<p>Paid returns and AI checks at warehouses are becoming the norm. <a href="https://www.drapersonline.com/insight/returns-fraud-wardrobing-2026">Read more</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#777">You are receiving this email because sophie.turner@examplegroup.eu is subscribed to Drapers newsletters. <a href="https://www.drapersonline.com/newsletter-preferences">Manage preferences</a> | <a href="https://email.drapersonline.com/unsub?e=c29waGll">Unsubscribe</a><br>Drapers, Metropolis International, 6th Floor, 10 Lower Thames Street, London EC3R 6EN</td></tr>
</table></body></html>"""
    M("business", "13-en-newsletter-drapers", "en", "utf-8",
      "Subscribed trade newsletter 'Drapers Daily Bulletin' (UK fashion retail), bulk ESP",
      "Opt-in newsletter from its usual ESP, consistent domain, unsubscribe headers; marketing-like but wanted",
      when=D(11, 28, 7, 1, 2, 0), rcpt="sophie.turner@examplegroup.eu",
      infra=host("mta-14.email.drapersonline.com", "mta-14.email.drapersonline.com", "136.147.181.14", style="mc"),
      frm=A("Drapers", "newsletters@email.drapersonline.com"), to=[("", "sophie.turner@examplegroup.eu")],
      rp="bounce-1782_HTML-71220931-4410298-7321994-2188@bounce.email.drapersonline.com",
      subject="Drapers Daily: Black Friday footfall, homewares growth, returns fraud",
      hdrs=[("List-Unsubscribe", "<https://email.drapersonline.com/unsub?e=c29waGll>, <mailto:leave-fd8a1c7e@email.drapersonline.com>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("x-job", "7321994_4410298"), ("Precedence", "bulk")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B14
    M("business", "14-en-customer-complaint-damaged-order", "en", "utf-8",
      "UK customer complaint: dinner set arrived with two broken plates, wants replacement or refund, photos mentioned (not attached)",
      "Genuine customer from Gmail with real order number; upset tone, no links, no attachment",
      when=D(11, 30, 20, 47, 31, 0), rcpt="customercare@examplegroup.eu", infra=gmail(),
      frm=A("David Hughes", "dhughes.leeds@gmail.com"), to=[A("Example Home UK Customer Care", "customercare@examplegroup.eu")],
      subject="Order UK-2008841 arrived broken",
      body=ALT("""<div dir="ltr">Hello,<br><br>My order UK-2008841 (Stoneware dinner set "Harbour", 12 pieces) arrived today and two of the dinner plates are smashed. The outer box looked fine but there was hardly any padding inside.<br><br>
This was meant to be a Christmas present, so I'd really appreciate a quick replacement of the two plates - otherwise please refund the set and I'll send it back. I've got photos if you need them, just tell me where to send them.<br><br>Thanks,<br>David Hughes<br>07700 900418</div>""",
               "utf-8", "base64"))

    # ---------------------------------------------------------------- B15
    html = """<html><body style="font-family:Delivery,Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#ffcc00;padding:12px 18px"><b style="color:#d40511;font-size:20px">DHL</b> <span style="font-size:13px">EXPRESS</span></div>
<div style="padding:18px">
<p>Dear Customer,</p>
<p>Your shipment <b>1049283375</b> from Ningbo Hengda Textile Co., Ltd. is ready for delivery. Import duty and VAT must be settled before we can deliver.</p>
<table style="font-size:14px"><tr><td>Duty</td><td>GBP 812.40</td></tr><tr><td>Import VAT</td><td>GBP 1,346.18</td></tr><tr><td>Disbursement fee</td><td>GBP 20.00</td></tr><tr><td><b>Total</b></td><td><b>GBP 2,178.58</b></td></tr></table>
<p>Account number: 961204417 (EXAMPLE GROUP UK LTD). Please pay within 3 working days to avoid storage charges.</p>
<p><a href="https://mybill.dhl.com/login/?next=/pay/1049283375">Pay now on MyBill</a> or via the On Demand Delivery link from your tracking page at dhl.com.</p>
<p>The duty invoice is attached.</p>
<p>DHL Express (UK) Ltd, Southern Hub, Unit 1, Horton Road, Colnbrook, SL3 0BB</p>
</div></body></html>"""
    M("business", "15-en-dhl-express-genuine-duty-invoice", "en", "utf-8",
      "Genuine DHL Express UK duty & VAT invoice for an import shipment from the known Chinese supplier; pay within 3 days via MyBill",
      "Real DHL sending host and domain, matches an actual inbound shipment and the company's DHL account number, link only to mybill.dhl.com; urgent payment request that is legitimate",
      when=D(11, 9, 10, 2, 50, 0), rcpt="james.carter@example.com",
      infra=host("mailout3.dhl.com", "mailout3.dhl.com", "165.72.200.13",
                 ["from ukmbillapp02.prg-dc.dhl.com (ukmbillapp02.prg-dc.dhl.com [10.57.3.22])\n\tby mailout3.dhl.com (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}"]),
      frm=A("DHL Express", "noreply.mybill@dhl.com"), to=[("", "james.carter@example.com")],
      subject="DHL Express: duty and VAT payment required - shipment 1049283375",
      body=MIX(H(html, "utf-8", "quoted-printable"),
               ATT("DutyInvoice_1049283375.pdf", "application/pdf",
                   pdf(["DHL Express (UK) Ltd - Duty and Tax Invoice", "AWB 1049283375  Account 961204417", "Total GBP 2,178.58"], "Duty invoice"))))

    # ---------------------------------------------------------------- B16
    html = """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043">
<p><b>Google Ads</b></p>
<p>Customer ID: 482-119-7305<br>Account name: Example Group - DE Shop</p>
<p>Hi Julia,</p>
<p>We weren't able to process your payment of EUR 4,812.33 with your Mastercard ending in 4471. Your ads will stop running in 3 days unless you update your payment information.</p>
<p><a href="https://ads.google.com/aw/billing/summary?ocid=482119730&amp;__e=2">Fix payment issue</a></p>
<p>You can check the reason in the Billing section of your account. Common reasons include an expired card or a spending limit set by your bank.</p>
<p>The Google Ads Team</p>
<p style="font-size:11px;color:#70757a">&copy; 2026 Google Ireland Ltd, Gordon House, Barrow Street, Dublin 4, Ireland. You have received this mandatory service announcement to update you about important changes to your Google Ads account.</p>
</body></html>"""
    M("business", "16-en-google-ads-genuine-payment-declined", "en", "utf-8",
      "Genuine Google Ads notice: monthly payment declined (card limit), ads stop in 3 days",
      "Sent from Google's own infrastructure (mail-sor) and domain, links only to ads.google.com, correct customer ID; urgent and similar to A16, but real",
      when=D(12, 2, 6, 33, 17, 1), rcpt="julia.neumann@example.com",
      infra=host("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69",
                 [("by mail-sor-f69.google.com with SMTP id 6a1803df08f44-88a1{hex}sor12345566d6.10\n        for <{rcpt}>\n        (Google Transport Security);\n        {date}", timezone(timedelta(hours=-8)))],
                 mid=lambda d: f"<{hexs(16)}{hexs(4)}@google.com>"),
      frm=A("Google Ads", "payments-noreply@google.com"), to=[("", "julia.neumann@example.com")],
      rp=f"3{rs(40)}@scoutcamp.bounces.google.com", mid_dom="google.com",
      subject="Action needed: Your Google Ads payment was declined",
      hdrs=[("Feedback-ID", "P-10-0:C20051473:M110122373-en:gamma")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B17
    M("business", "17-it-ferretti-invoice-fatturapa", "it", "iso-8859-1",
      "Genuine invoice from Ferretti Trasporti's amministrazione (ferretti-trasporti.it, M365) for November transport services: PDF courtesy copy + FatturaPA XML",
      "Known carrier, genuine domain, bank details identical to the contract (Intesa Sanpaolo), e-invoice also delivered via SdI",
      when=D(12, 1, 10, 14, 5), rcpt="marco.bianchi@example.com", infra=m365("eur05", "eurprd05"),
      frm=A("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), to=[A("marco")],
      subject="Ferretti Trasporti S.p.A. - fattura n. 2026/FT/0942 del 30/11/2026",
      hdrs=[("Content-Language", "it-IT")],
      body=MIX(T(f"""Spett.le Example Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/FT/0942
del 30/11/2026 relativa ai servizi di trasporto e distribuzione del mese
di novembre (tratte Milano - Bologna - Roma, 38 consegne).

Imponibile: 12.640,00 EUR - IVA 22%: 2.780,80 EUR - Totale: 15.420,80 EUR
Scadenza: 31/12/2026 - bonifico bancario
IBAN: {IB['ferretti']} (Intesa Sanpaolo, invariato)

La fattura elettronica è stata regolarmente trasmessa tramite SdI.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 41 - 40138 Bologna - P.IVA 02345678901
""", "iso-8859-1", "quoted-printable"),
               ATT("2026_FT_0942.pdf", "application/pdf", pdf(["Ferretti Trasporti S.p.A. - Fattura 2026/FT/0942", "Totale 15.420,80 EUR", "IBAN " + IB['ferretti']], "Fattura")),
               ATT("IT02345678901_0a7Q2.xml", "application/xml",
                   ('<?xml version="1.0" encoding="UTF-8"?>\r\n<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\r\n'
                    '<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>02345678901</IdCodice></IdTrasmittente>'
                    '<ProgressivoInvio>0a7Q2</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione></FatturaElettronicaHeader>\r\n'
                    '<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-30</Data><Numero>2026/FT/0942</Numero>'
                    '<ImportoTotaleDocumento>15420.80</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>'
                    f'<DatiPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><ImportoPagamento>15420.80</ImportoPagamento><IBAN>{IB["ferretti"]}</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>\r\n'
                    '</p:FatturaElettronica>\r\n').encode())))

    # ---------------------------------------------------------------- B18
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Ciao Giulia,</p>
<p>ti confermo che per lo sciopero nazionale dell'autotrasporto di venerdì 27 novembre i ritiri dal vostro magazzino di Lainate slittano a <b>sabato 28 mattina</b> (dalle 7:00). Le consegne ai negozi di Roma e Firenze arriveranno quindi lunedì 30 invece che sabato.</p>
<p>Per le 6 pedane dell'e-commerce (Zalando, ordine di reso) manteniamo invece giovedì 26 alle 15:00, come da tua richiesta.</p>
<p>Se per i negozi serve qualcosa di urgente prima del weekend fammi sapere entro domani e vediamo di metterlo sul groupage di giovedì.</p>
<p>Un saluto<br>Chiara</p>
<p>Chiara Colombo<br>Customer Service &amp; Operations<br>Ferretti Trasporti S.p.A.<br>Tel. +39 051 6012 345 | Cell. +39 347 812 4410</p>
<hr><p><b>Da:</b> Giulia Romano &lt;giulia.romano@example.com&gt;<br><b>Inviato:</b> lunedì 23 novembre 2026 17:41<br><b>A:</b> Chiara Colombo &lt;c.colombo@ferretti-trasporti.it&gt;<br><b>Oggetto:</b> Ritiri settimana 48</p>
<p>Ciao Chiara, ho letto dello sciopero di venerdì - come ci organizziamo con i ritiri? Grazie, Giulia</p>
</div></body></html>"""
    M("business", "18-it-ferretti-genuine-schedule-change", "it", "utf-8",
      "Genuine reply from Chiara Colombo (Ferretti Trasporti) about pickups moved because of a national haulage strike, quoting Giulia's question",
      "Real partner mailbox, answers a question actually asked by Giulia (In-Reply-To), operational content, no link, no payment",
      when=D(11, 24, 9, 17, 44), rcpt="giulia.romano@example.com", infra=m365("eur05", "eurprd05"),
      frm=A("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[A("giulia")],
      subject="R: Ritiri settimana 48", irt="<DB9PR06MB7731C90E2A1B4F6D8E3A9F10C2B1@DB9PR06MB7731.eurprd06.prod.outlook.com>",
      hdrs=[("Content-Language", "it-IT")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B19
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p style="color:#e5007d;font-size:20px"><b>Aruba.it</b></p>
<p>Gentile Cliente EXAMPLE ITALIA S.R.L.,</p>
<p>ti ricordiamo che il servizio <b>Casella PEC Pro - exampleitalia@pec.it</b> (contratto n. PEC-21447702) scadrà il <b>14/01/2027</b>.</p>
<p>Il rinnovo automatico è attivo sulla carta di credito registrata (scadenza 08/27): non devi fare nulla. Se desideri modificare il metodo di pagamento, accedi all'Area Clienti con le tue credenziali.</p>
<p><a href="https://admin.aruba.it/PannelloAdmin/login.aspx">Area Clienti Aruba</a></p>
<p>Ti ricordiamo che Aruba non ti chiederà mai password o dati della carta via e-mail.</p>
<p>Cordiali saluti<br>Servizio Clienti Aruba</p>
<p style="font-size:11px;color:#777">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516</p>
</body></html>"""
    M("business", "19-it-aruba-genuine-pec-renewal-notice", "it", "iso-8859-15",
      "Genuine Aruba renewal reminder for the company's PEC mailbox: auto-renewal is active, nothing to do; link to the genuine admin.aruba.it panel",
      "Real Aruba sender infrastructure and domain, correct contract data, no payment request, explicitly warns against credential requests; similar topic to A20 but legitimate",
      when=D(11, 30, 10, 0, 12), rcpt="giulia.romano@example.com",
      infra=host("smtpweb171.aruba.it", "smtpweb171.aruba.it", "62.149.158.171"),
      frm=A("Aruba.it", "comunicazioni@staff.aruba.it"), to=[("", "giulia.romano@example.com")],
      rp="bounce-pec21447702@staff.aruba.it", mid_dom="staff.aruba.it",
      subject="Promemoria scadenza servizio Casella PEC Pro - exampleitalia@pec.it",
      hdrs=[("List-Unsubscribe", "<mailto:unsubscribe@staff.aruba.it?subject=PEC-21447702>")],
      body=H(html, "iso-8859-15", "quoted-printable"))

    # ---------------------------------------------------------------- B20
    M("business", "20-it-customer-complaint-refund", "it", "iso-8859-15",
      "Italian customer complaint: return received by the warehouse three weeks ago but refund still missing",
      "Genuine private customer (libero.it) with order and return numbers, no links or attachments",
      when=D(11, 16, 21, 3, 26), rcpt="giulia.romano@example.com",
      infra=host("smtp-16.italiaonline.it", "smtp-16.italiaonline.it", "213.209.10.16",
                 ["from [192.168.1.12] ([151.38.77.190])\n\tby smtp-16.iol.local with ESMTPA\n\tid M7x2vKqaP0r0qM7x2vF8iW; {date}"], style="tb"),
      frm=A("Francesca Rinaldi", "francesca.rinaldi71@libero.it"), to=[A("Servizio Clienti Example", "servizioclienti@example.com")],
      subject="Rimborso reso ordine IT-300517 non ancora ricevuto",
      hdrs=[("User-Agent", "Libero Mail")],
      body=T("""Buonasera,

il 23 ottobre ho restituito la giacca in piumino (ordine IT-300517,
reso n. R-88142) tramite il punto di ritiro BRT. Dal tracciamento risulta
consegnata al vostro magazzino il 26 ottobre.

Sono passate più di tre settimane e non ho ancora ricevuto il rimborso
di 139,90 euro sulla carta di credito. Ho già scritto tramite il modulo
del sito il 6 novembre ma nessuno mi ha risposto.

Vi chiedo cortesemente di verificare e di farmi sapere quando verrà
effettuato il rimborso.

Grazie,
Francesca Rinaldi
Via Mazzini 12, 37121 Verona
""", "iso-8859-15", "quoted-printable"))

    # ---------------------------------------------------------------- B21
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Ciao Claudia,</p>
<p>ti chiedo l'approvazione per i pagamenti F24 di dicembre della filiale italiana, da addebitare sul conto Intesa della Example Italia:</p>
<ul><li>16/12: ritenute e contributi di novembre - 48.216,40 EUR</li><li>16/12: IVA di novembre - 21.903,00 EUR</li><li>29/12: acconto IVA 2026 - 17.450,00 EUR</li></ul>
<p>Il riepilogo dal commercialista (Studio Ferri) è nella cartella condivisa Finance\\IT\\F24\\2026-12. Per le prime due scadenze mi serve l'ok entro venerdì, così le carico in remote banking lunedì.</p>
<p>Grazie, Marco</p>
<p>Marco Bianchi<br>Contabilità - Example Italia S.r.l.<br>Via Tortona 27, 20144 Milano | Tel. +39 02 8903 3120</p>
</div></body></html>"""
    M("business", "21-it-internal-f24-approval-request", "it", "utf-8",
      "Internal request from the Italian accountant to the CFO to approve December F24 tax payments (internal relay)",
      "Internal origin via mail-int01/Exchange, tax payments to the Italian state from the company's own account, references shared folder and external tax adviser",
      when=D(12, 2, 15, 40, 7), rcpt="claudia.hoffmann@example.com", infra=internal(),
      frm=A("marco"), to=[A("claudia")],
      subject="Approvazione pagamenti F24 dicembre - Example Italia",
      hdrs=[("Content-Language", "it-IT")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B22
    pl_infra = lambda: host("mail.partner-logistik.pl", "mail.partner-logistik.pl", "79.96.170.41",
                            ["from [192.168.20.31] (unknown [31.182.77.14])\n\tby mail.partner-logistik.pl (Postfix) with ESMTPSA id {qid}\n\tfor <{rcpt}>; {date}"], style="outlook")
    M("business", "22-pl-partner-logistik-invoice", "pl", "iso-8859-2",
      "Genuine invoice FV/11/2026/0412 from Partner Logistik's księgowość (partner-logistik.pl) for warehousing and Allegro fulfilment, with KSeF number",
      "Known logistics partner, genuine domain and server, account unchanged (Pekao), KSeF reference consistent with national e-invoicing",
      when=D(11, 30, 12, 20, 18), rcpt="agnieszka.nowak@example.com", infra=pl_infra(),
      frm=A("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[A("agnieszka")],
      subject="Faktura FV/11/2026/0412 - Partner Logistik sp. z o.o.",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
      body=MIX(T(f"""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/11/2026/0412 za usługi
magazynowe i fulfilment Allegro za listopad 2026.

Numer KSeF: 7792345678-20261130-4F2A91B0C3D7-5E
Kwota brutto: 41 328,60 zł
Termin płatności: 14.12.2026

Rachunek bez zmian:
Bank Pekao S.A. {spaced(IB['partner'])[5:]}

Faktura została wystawiona w KSeF i jest dostępna w Państwa systemie.

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Składowa 8, 61-897 Poznań, NIP 779-234-56-78
""", "iso-8859-2", "base64"),
               ATT("FV_11_2026_0412.pdf", "application/pdf", pdf(["Partner Logistik sp. z o.o. - Faktura VAT FV/11/2026/0412", "Brutto 41 328,60 PLN", "Konto " + spaced(IB['partner'])], "FV"))))

    # ---------------------------------------------------------------- B23
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dzień dobry Pani Agnieszko,</p>
<p>uprzejmie przypominam o dwóch przeterminowanych fakturach:</p>
<ul><li>FV/10/2026/0377 z 31.10.2026 - 38 904,12 zł - termin minął 14.11.2026</li><li>FV/11/2026/0388 z 05.11.2026 - 6 215,00 zł - termin minął 19.11.2026</li></ul>
<p>Zarząd prosi o uregulowanie do końca tygodnia, w przeciwnym razie system automatycznie wstrzyma wydania z magazynu dla nowych zamówień Allegro od poniedziałku - a tego przed Black Friday na pewno nikt nie chce.</p>
<p>Przy okazji: dostaliśmy sygnały od kilku klientów o fałszywych mailach „od nas” z domeny partner-logistik.com.pl z prośbą o zmianę rachunku. <b>Nasz rachunek się nie zmienił</b> - nadal Pekao, końcówka 3621. W razie wątpliwości proszę dzwonić do mnie na komórkę.</p>
<p>Pozdrawiam serdecznie<br>Tadeusz Zieliński<br>Kierownik ds. Kluczowych Klientów<br>Partner Logistik sp. z o.o.<br>tel. +48 61 820 44 10, kom. +48 601 223 874</p>
</div></body></html>"""
    M("business", "23-pl-partner-logistik-genuine-overdue-reminder", "pl", "windows-1250",
      "Genuine payment reminder from Tadeusz Zieliński (real partner-logistik.pl) for two overdue invoices with threat of stopping warehouse releases; also warns about the look-alike domain",
      "Genuine sender domain and mail server, account unchanged, urgent but through known channel; refers to the fraud in A22",
      when=D(11, 24, 11, 6, 39), rcpt="agnieszka.nowak@example.com", infra=pl_infra(),
      frm=A("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[A("agnieszka")], cc=[A("piotr")],
      subject="Przypomnienie - przeterminowane faktury Partner Logistik", prio=True,
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")],
      body=ALT(html, "windows-1250", "quoted-printable"))

    # ---------------------------------------------------------------- B24
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="color:#ff5a00;font-size:22px"><b>allegro</b></p>
<p>Cześć,</p>
<p>otrzymaliśmy prośbę o zresetowanie hasła do konta <b>ExampleHome_PL</b>.</p>
<p>Jeśli to Ty, ustaw nowe hasło - link jest ważny przez 60 minut:</p>
<p><a href="https://allegro.pl/resetowanie-hasla/nowe-haslo?token=c1f4b9e2-77a0-4e5d-9b3f-2d8a6c0e1f57" style="background:#ff5a00;color:#fff;padding:10px 20px;text-decoration:none">Ustaw nowe hasło</a></p>
<p>Jeśli to nie Ty, zignoruj tę wiadomość - Twoje hasło pozostanie bez zmian.</p>
<p>Pozdrawiamy,<br>Zespół Allegro</p>
<p style="font-size:11px;color:#777">Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań</p>
</body></html>"""
    M("business", "24-pl-allegro-genuine-password-reset", "pl", "utf-8",
      "Genuine Allegro password reset requested by the Allegro manager",
      "Real Allegro sending domain and infrastructure, link only to allegro.pl, expected by the user",
      when=D(11, 3, 13, 22, 8), rcpt="piotr.kowalczyk@example.com",
      infra=host("mx-out-4.allegro.pl", "mx-out-4.allegro.pl", "91.207.14.204"),
      frm=A("Allegro", "no-reply@allegro.pl"), to=[("", "piotr.kowalczyk@example.com")],
      rp="bounce-prod-pwreset@allegromail.pl", mid_dom="allegro.pl",
      subject="Resetowanie hasła do konta ExampleHome_PL",
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B25
    M("business", "25-pl-customer-complaint-broken-vase", "pl", "iso-8859-2",
      "Polish customer complaint (reklamacja): glass vase bought on Allegro arrived broken",
      "Genuine customer from onet.pl, real Allegro order number, no links or attachments",
      when=D(11, 20, 18, 51, 40), rcpt="piotr.kowalczyk@example.com",
      infra=host("smtpo68.poczta.onet.pl", "smtpo68.poczta.onet.pl", "213.180.149.68",
                 ["from pmq6v.m5r2.onet (pmq6v.m5r2.onet [10.174.35.124])\n\tby smtp.poczta.onet.pl (Onet) with ESMTP id 4Ks{hex}\n\tfor <{rcpt}>; {date}"]),
      frm=A("Katarzyna Wójcik", "k.wojcik82@onet.pl"), to=[A("Example Home PL", "sklep.pl@example.com")],
      subject="Reklamacja - zamówienie Allegro 4f1c2a7e, stłuczony wazon",
      hdrs=[("X-Mailer", "Onet Poczta")],
      body=T("""Dzień dobry,

dzisiaj odebrałam z paczkomatu zamówienie z Allegro (nr 4f1c2a7e,
wazon szklany "Mglisty" 30 cm). Niestety wazon jest stłuczony -
zapakowany był tylko w jedną warstwę folii.

Proszę o wysłanie nowego wazonu albo zwrot pieniędzy (129,00 zł).
Zdjęcia mogę wysłać przez Allegro lub mailem.

Pozdrawiam
Katarzyna Wójcik
""", "iso-8859-2", "quoted-printable"))

    # ---------------------------------------------------------------- B26
    html = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<table width="620" align="center"><tr><td style="border-bottom:3px solid #0a4b8c;padding:10px 0;font-size:22px"><b>Wiadomości Handlowe</b> <span style="font-size:12px;color:#666">Newsletter | 25 listopada 2026</span></td></tr>
<tr><td>
<h3>Black Friday 2026: Polacy wydadzą więcej, ale ostrożniej</h3>
<p>Według badania, 62 proc. konsumentów planuje zakupy, najczęściej odzież i artykuły wyposażenia wnętrz. <a href="https://www.wiadomoscihandlowe.pl/handel/black-friday-2026-badanie">Czytaj dalej</a></p>
<h3>KSeF po dziesięciu miesiącach: jak radzą sobie sprzedawcy internetowi</h3>
<p>Eksperci podsumowują pierwsze doświadczenia e-commerce z obowiązkowym KSeF. <a href="https://www.wiadomoscihandlowe.pl/prawo/ksef-ecommerce-podsumowanie">Czytaj dalej</a></p>
<h3>Allegro zmienia cennik Smart! dla sprzedawców</h3>
<p>Od stycznia wyższe opłaty za dostawy w kategorii Dom i Ogród. <a href="https://www.wiadomoscihandlowe.pl/e-commerce/allegro-smart-cennik-2027">Czytaj dalej</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding-top:12px">Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter Wiadomości Handlowych. <a href="https://www.wiadomoscihandlowe.pl/newsletter/wypisz?id=a81c">Wypisz się</a></td></tr>
</table></body></html>"""
    M("business", "26-pl-newsletter-wiadomosci-handlowe", "pl", "utf-8",
      "Subscribed trade newsletter 'Wiadomości Handlowe' via FreshMail",
      "Opt-in publisher newsletter via its usual Polish ESP, List-Unsubscribe present, links only to the publisher",
      when=D(11, 25, 6, 30, 0), rcpt="piotr.kowalczyk@example.com",
      infra=host("smtp49.freshmail.pl", "smtp49.freshmail.pl", "185.72.92.49", style="mc"),
      frm=A("Wiadomości Handlowe", "newsletter@wiadomoscihandlowe.pl"), to=[("", "piotr.kowalczyk@example.com")],
      rp="bounce-a81c-4412@bounce.freshmail.pl", mid_dom="freshmail.pl",
      subject="Black Friday 2026, KSeF w e-commerce, nowy cennik Allegro Smart!",
      hdrs=[("List-Unsubscribe", "<https://www.wiadomoscihandlowe.pl/newsletter/wypisz?id=a81c>"), ("Precedence", "bulk"), ("X-FM-Campaign", "wh-20261125")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B27
    M("business", "27-es-dehu-genuine-notification-notice", "es", "iso-8859-1",
      "Genuine DEHú (Spanish government e-notification service) notice that a notification from the AEAT is available; access only with digital certificate at the official portal",
      "Official notice contains no attachment and no personalised link, only the official portal name; matches how AEAT notifies companies (obligated to electronic notification)",
      when=D(11, 11, 9, 5, 33), rcpt="lucia.fernandez@example.com",
      infra=host("correo.redsara.es", "correo.redsara.es", "194.179.105.15"),
      frm=A("DEHú - Dirección Electrónica Habilitada única", "no-reply@correo.gob.es"), to=[("", "lucia.fernandez@example.com")],
      subject="Aviso de puesta a disposición de notificación - EXAMPLE IBERIA S.L.",
      body=T("""Le informamos de que tiene a su disposición una notificación en la
Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE IBERIA S.L. (B87654321)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Liquidación provisional IVA 3T 2026
Fecha de puesta a disposición: 11/11/2026

Para acceder al contenido, identifíquese en el Punto de Acceso General
(dehu.redsara.es) con su certificado electrónico o Cl@ve.

Este mensaje se ha generado automáticamente y tiene carácter
meramente informativo. Por favor, no responda a este correo.
""", "iso-8859-1", "quoted-printable"))

    # ---------------------------------------------------------------- B28
    M("business", "28-es-customer-complaint-wrong-item", "es", "utf-8",
      "Spanish customer complaint: received a different bedspread colour than ordered, wants exchange before Christmas",
      "Genuine private customer from hotmail.es, order number, no links",
      when=D(11, 29, 13, 12, 44), rcpt="javier.moreno@example.com", infra=outlook_consumer(),
      frm=A("Marta Gil Ruiz", "martagilruiz@hotmail.es"), to=[A("Atención al cliente Example", "atencioncliente@example.com")],
      subject="Pedido ES-118204 - me ha llegado otro color",
      hdrs=[("Content-Language", "es-ES")],
      body=ALT("""<html><body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">Hola,<br><br>Hice el pedido ES-118204 de una colcha de piqué "Menorca" en color arena y me ha llegado en gris oscuro. La etiqueta del paquete pone arena, pero la colcha no.<br><br>
Me gustaría cambiarla por la correcta antes de Navidad, porque es un regalo. ¿Me podéis decir cómo hago la devolución? ¿Tengo que pagar yo el envío?<br><br>Gracias,<br>Marta Gil<br>Valencia</div></body></html>""",
               "utf-8", "base64"))

    # ---------------------------------------------------------------- B29
    M("business", "29-es-colleague-private-gmail-sales-report", "es", "utf-8",
      "Colleague from a private address: Javier Moreno sends the weekly Serrano store sales report from his Gmail because his work laptop is in repair",
      "Genuine colleague, internal-only content, attachment is a simple PDF report, no request for money or credentials, explains why",
      when=D(11, 23, 8, 2, 55), rcpt="lucia.fernandez@example.com", infra=gmail(),
      frm=A("Javier Moreno", "javimoreno.mad@gmail.com"), to=[A("lucia")], cc=[A("nikos")],
      subject="Ventas semana 47 tienda Serrano",
      body=MIX(ALT("""<div dir="ltr">Buenos días Lucía,<br><br>te mando desde mi Gmail el informe de ventas de la semana 47 de Serrano, el portátil sigue en el servicio técnico hasta el miércoles.<br><br>
Resumen: 48.320 € (+6 % frente a la semana 47 del año pasado), muy bien mantas y cojines, flojos los abrigos. El arqueo del sábado cuadra, el descuadre de 12,40 € del jueves ya lo aclaré con Carmen.<br><br>
Nikos, te pongo en copia por lo que hablamos de comparar con Ermou.<br><br>Un abrazo,<br>Javier</div>""", "utf-8", "quoted-printable"),
               ATT("Ventas_Serrano_S47_2026.pdf", "application/pdf", pdf(["Tienda Serrano 48 - Ventas semana 47/2026", "Total 48.320 EUR (+6%)"], "Ventas S47"))))

    # ---------------------------------------------------------------- B30
    M("business", "30-es-supplier-invoice-textiles-levante", "es", "iso-8859-15",
      "Genuine invoice from Spanish supplier Textiles Levante S.L. (table linen) with PDF",
      "Known supplier, genuine domain on its usual hosting, bank account as in vendor master (CaixaBank), matches delivery note",
      when=D(11, 6, 12, 40, 21), rcpt="lucia.fernandez@example.com",
      infra=host("smtp-out4.arsys.es", "smtp-out4.arsys.es", "217.76.128.104",
                 ["from PC-ADMIN02 (88.26.214.5.dyn.user.ono.com [88.26.214.5])\n\tby smtp.levantetextil.es (Postfix) with ESMTPA id {qid}\n\tfor <{rcpt}>; {date}"], style="outlook"),
      frm=A("Administración Textiles Levante", "administracion@levantetextil.es"), to=[A("lucia")],
      subject="Factura A-2026/1288 - Textiles Levante S.L.",
      hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
      body=MIX(T(f"""Buenos días Lucía:

Adjuntamos la factura A-2026/1288 correspondiente al albarán 26-4471
(manteles y servilletas colección "Albufera", 640 unidades).

Importe total: 9.874,56 € (IVA incluido)
Vencimiento: 60 días fecha factura, por transferencia a:
CaixaBank {IB['levante']}

Quedamos a tu disposición para cualquier aclaración.

Un saludo,
Amparo Sanchis
Administración
Textiles Levante S.L. - Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22
46988 Paterna (Valencia) - CIF B46123456
""", "iso-8859-15", "quoted-printable"),
               ATT("Factura_A-2026-1288.pdf", "application/pdf", pdf(["Textiles Levante S.L. - Factura A-2026/1288", "Total 9.874,56 EUR", "IBAN " + IB['levante']], "Factura"))))

    # ---------------------------------------------------------------- B31
    html = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222;background:#fafafa">
<table width="620" align="center" style="background:#fff"><tr><td style="padding:14px 20px;font-size:26px;letter-spacing:2px"><b>MODAES</b><span style="font-size:12px;color:#777"> | El diario de la empresa de moda</span></td></tr>
<tr><td style="padding:16px 20px">
<h3>Inditex eleva un 7% sus ventas en el arranque del cuarto trimestre</h3>
<p><a href="https://www.modaes.com/empresa/inditex-ventas-cuarto-trimestre-2026">Leer más</a></p>
<h3>El textil hogar gana peso en la cesta navideña</h3>
<p><a href="https://www.modaes.com/mercado/textil-hogar-navidad-2026">Leer más</a></p>
<h3>Zalando amplía su red logística en el sur de Europa</h3>
<p><a href="https://www.modaes.com/back-stage/zalando-logistica-sur-europa">Leer más</a></p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888">Recibes este correo porque estás suscrito a la newsletter de Modaes. <a href="https://modaes.us4.list-manage.com/unsubscribe?u=3a9f2&amp;id=b71c">Darse de baja</a></td></tr>
</table></body></html>"""
    M("business", "31-es-newsletter-modaes", "es", "utf-8",
      "Subscribed Spanish fashion-business newsletter 'Modaes' via Mailchimp",
      "Opt-in newsletter via Mailchimp with consistent List-Unsubscribe and publisher links",
      when=D(11, 27, 7, 15, 0), rcpt="javier.moreno@example.com",
      infra=host("mail132-5.atl131.mcsv.net", "mail132-5.atl131.mcsv.net", "198.2.132.5", style="mc"),
      frm=A("Modaes", "newsletter@modaes.es"), to=[("", "javier.moreno@example.com")],
      rp="bounce-mc.us4_3a9f2.b71c-javier.moreno=example.com@mail132.atl131.mcsv.net", mid_dom="atl131.mcsv.net",
      subject="Inditex, textil hogar en Navidad y la logística de Zalando",
      hdrs=[("List-Unsubscribe", "<https://modaes.us4.list-manage.com/unsubscribe?u=3a9f2&id=b71c>, <mailto:unsubscribe-mc.us4_3a9f2.b71c@unsubscribe.mailchimpapp.net>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Mailchimp Mailer - **CIDb71c3a9f2**"), ("Precedence", "bulk")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B32
    M("business", "32-el-packaging-supplier-invoice", "el", "iso-8859-7",
      "Genuine invoice from Greek packaging supplier Συσκευασίες Αττικής Α.Ε. (shopping bags and gift boxes) with PDF",
      "Known local supplier, genuine domain on its usual host, same Piraeus Bank account as before, matches delivery",
      when=D(11, 12, 12, 4, 30, 2), rcpt="eleni.papadopoulou@example.com",
      infra=host("mail.syskevasies-attikis.gr", "srv14.dnhost.gr", "185.138.42.14",
                 ["from [192.168.1.44] (ppp-94-66-120-7.home.otenet.gr [94.66.120.7])\n\tby mail.syskevasies-attikis.gr (Postfix) with ESMTPSA id {qid}\n\tfor <{rcpt}>; {date}"], style="tb"),
      frm=A("Λογιστήριο Συσκευασίες Αττικής", "logistirio@syskevasies-attikis.gr"), to=[A("eleni")],
      subject="Τιμολόγιο ΤΔΑ 2026/3318 - Συσκευασίες Αττικής Α.Ε.",
      hdrs=[("User-Agent", "Mozilla Thunderbird")],
      body=MIX(T(f"""Καλημέρα σας κυρία Παπαδοπούλου,

σας επισυνάπτουμε το τιμολόγιο ΤΔΑ 2026/3318 για τις χάρτινες τσάντες
και τα κουτιά δώρου της παραγγελίας 114/2026 (παράδοση 10/11/2026
στο κατάστημα Ερμού).

Σύνολο: 4.216,40 € (με ΦΠΑ 24%)
Πληρωμή: 30 ημέρες, στον γνωστό λογαριασμό της Τράπεζας Πειραιώς
{spaced(IB['syskevasies'])}

Το τιμολόγιο έχει διαβιβαστεί και στο myDATA (ΜΑΡΚ 400001937284512).

Με εκτίμηση,
Μαρία Κωνσταντίνου
Λογιστήριο - Συσκευασίες Αττικής Α.Ε.
Λεωφ. Αθηνών 214, 12461 Χαϊδάρι - τηλ. 210 5812 440
""", "iso-8859-7", "base64"),
               ATT("TDA_2026_3318.pdf", "application/pdf", pdf(["Syskevasies Attikis A.E. - Invoice TDA 2026/3318", "Total 4.216,40 EUR", "IBAN " + spaced(IB['syskevasies'])], "Invoice"))))

    # ---------------------------------------------------------------- B33
    M("business", "33-el-customer-complaint-late-order", "el", "windows-1253",
      "Greek customer complaint: online order not delivered after 12 days, wants to know where it is or cancel",
      "Genuine customer from otenet.gr webmail, order number, no links",
      when=D(11, 25, 17, 48, 2, 2), rcpt="nikos.georgiou@example.com",
      infra=host("mailout02.otenet.gr", "mailout02.otenet.gr", "83.235.67.142",
                 ["from webmail.otenet.gr (webmail02.otenet.gr [10.10.20.32])\n\tby mailout02.otenet.gr (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}"]),
      frm=A("Σοφία Μαυρίδου", "s.mavridou@otenet.gr"), to=[A("Example Hellas Εξυπηρέτηση", "info.gr@example.com")],
      subject="Παραγγελία GR-40918 - δεν έχει παραδοθεί ακόμα",
      hdrs=[("User-Agent", "Roundcube Webmail/1.6.6")],
      body=T("""Καλησπέρα σας,

στις 13 Νοεμβρίου έκανα την παραγγελία GR-40918 (δύο ριχτάρια και ένα
σετ πετσέτες) από το ηλεκτρονικό σας κατάστημα και πλήρωσα με κάρτα.
Μου είπατε ότι θα παραδοθεί σε 3-5 εργάσιμες, αλλά μέχρι σήμερα δεν
έχει έρθει τίποτα και ο αριθμός αποστολής δεν δείχνει καμία κίνηση.

Παρακαλώ ενημερώστε με πού βρίσκεται η παραγγελία. Αν δεν μπορεί να
παραδοθεί μέσα στην εβδομάδα, θα ήθελα να την ακυρώσω και να μου
επιστραφούν τα χρήματα (86,70 €).

Ευχαριστώ,
Σοφία Μαυρίδου
Θεσσαλονίκη
""", "windows-1253", "quoted-printable"))

    # ---------------------------------------------------------------- B34
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Ελένη καλημέρα,</p>
<p>δύο πληρωμές που πρέπει να φύγουν σήμερα, σε παρακαλώ:</p>
<ul><li>Εισφορές e-ΕΦΚΑ Οκτωβρίου - 18.406,22 € (η ταυτότητα οφειλής είναι στο σύστημα μισθοδοσίας, λήγει σήμερα 30/11)</li>
<li>Μίσθωμα Δεκεμβρίου καταστήματος Ερμού - 9.800,00 € στον <b>γνωστό</b> λογαριασμό του κ. Αντωνίου στην Εθνική (IBAN με κατάληξη {IB['landlord'][-4:]})</li></ul>
<p>Για το email που λάβαμε την Παρασκευή από yahoo για «αλλαγή λογαριασμού»: μίλησα τηλεφωνικά με τον κ. Αντωνίου, δεν το έστειλε αυτός και ο λογαριασμός ΔΕΝ αλλάζει. Το έχω προωθήσει στον Tobias στο IT.</p>
<p>Claudia, σε κοινοποιώ για την έγκριση στο e-banking.</p>
<p>Ευχαριστώ,<br>Νίκος</p>
<p>Nikos Georgiou<br>Country Manager Greece - Example Hellas Ι.Κ.Ε.<br>Ερμού 32, 10563 Αθήνα | +30 210 3251 400</p>
</div></body></html>"""
    M("business", "34-el-internal-urgent-efka-and-rent", "el", "iso-8859-7",
      "Internal urgent payment request from the Greek country manager: social-security contributions due today and December rent to the landlord's known account; confirms the yahoo.gr bank-change mail (A34) was fake",
      "Internal origin via the relay, payments to the state and to the unchanged known account, verification by phone documented, CFO approval in e-banking",
      when=D(11, 30, 9, 12, 5, 2), rcpt="eleni.papadopoulou@example.com", infra=internal(),
      frm=A("nikos"), to=[A("eleni")], cc=[A("claudia")],
      subject="Πληρωμές σήμερα: e-ΕΦΚΑ Οκτωβρίου και μίσθωμα Ερμού", prio=True,
      hdrs=[("Content-Language", "el-GR")],
      body=ALT(html, "iso-8859-7", "quoted-printable"))

    # ---------------------------------------------------------------- B35
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="color:#003476"><b>ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων</b></p>
<p>Αγαπητέ χρήστη,</p>
<p>σας ενημερώνουμε ότι υπάρχει νέο μήνυμα στη Θυρίδα της επιχείρησης <b>EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.</b> στην ψηφιακή πύλη myAADE.</p>
<p>Θέμα: Βεβαίωση υποβολής περιοδικής δήλωσης ΦΠΑ Οκτωβρίου 2026.</p>
<p>Για να δείτε το μήνυμα, συνδεθείτε στην πύλη myAADE μέσω της ιστοσελίδας www.aade.gr με τους κωδικούς σας.</p>
<p>Το μήνυμα αυτό στάλθηκε αυτόματα. Η ΑΑΔΕ δεν ζητά ποτέ κωδικούς πρόσβασης ή στοιχεία καρτών μέσω email.</p>
</body></html>"""
    M("business", "35-el-aade-genuine-mailbox-notice", "el", "utf-8",
      "Genuine AADE notification: new message (VAT filing confirmation) in the company's myAADE mailbox; no link, just the portal name",
      "Official-style notice without link, attachment or payment request, consistent with the company's actual VAT filing; counterpart to A32",
      when=D(11, 20, 13, 40, 11, 2), rcpt="eleni.papadopoulou@example.com",
      infra=host("mailgw2.aade.gr", "mailgw2.aade.gr", "195.167.101.33"),
      frm=A("ΑΑΔΕ", "noreply@aade.gr"), to=[("", "eleni.papadopoulou@example.com")],
      subject="Νέο μήνυμα στη Θυρίδα σας στο myAADE",
      body=H(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B36
    M("business", "36-ru-logistics-invoice-and-act", "ru", "windows-1251",
      "Genuine invoice (счёт) and act of services from Moscow logistics provider ООО «Логистик Плюс» via Yandex 360 for business, bank details unchanged",
      "Known counterparty, genuine domain hosted on Yandex 360, correct bank details with valid account key, original documents also via EDO (Diadoc)",
      when=D(11, 5, 12, 8, 33, 3), rcpt="olga.smirnova@example.com",
      infra=host("forward501b.mail.yandex.net", "forward501b.mail.yandex.net", "178.154.239.145",
                 ["from mail-nwsmtp-smtp-production-main-59.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-59.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:3d2b:0:640:b2a1:0])\n\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id 4F2A1C60F8\n\tfor <{rcpt}>; {date}"],
                 mid=lambda d: f"<{R.randint(10**6, 10**7)}{R.randint(1000, 9999)}@mail.yandex.ru>"),
      frm=A("Ирина Белова", "buh@logplus-msk.ru"), to=[A("olga")],
      subject="Счет и акт за ноябрь 2026 - ООО «Логистик Плюс»",
      hdrs=[("X-Mailer", "Yandex Mail")],
      body=MIX(T(f"""Ольга, добрый день!

Направляю счет № 1187 от 05.11.2026 на оплату услуг складского
хранения и доставки за ноябрь 2026 г. на сумму 412 800,00 руб.,
в т.ч. НДС 20% - 68 800,00 руб.

Реквизиты без изменений:
ООО «Логистик Плюс», ИНН 7724123456, КПП 772401001
р/с {RU_ACC_LOGPLUS}
ПАО Сбербанк, БИК {RU_BIK}, к/с {RU_KS}

Оригиналы акта и счета-фактуры отправлены через Диадок.

С уважением,
Ирина Белова
главный бухгалтер ООО «Логистик Плюс»
тел. +7 495 640-22-18
""", "windows-1251", "base64"),
               ATT("Счет_1187_от_05.11.2026.pdf", "application/pdf",
                   pdf(["OOO Logistik Plus - Schet 1187 ot 05.11.2026", "412 800,00 RUB incl. VAT", "r/s " + RU_ACC_LOGPLUS + " BIK " + RU_BIK], "Schet 1187"), fn_style="ew")))

    # ---------------------------------------------------------------- B37
    M("business", "37-ru-internal-vat-payment-approval", "ru", "koi8-r",
      "Internal request from the Moscow chief accountant to the CFO: approve the VAT (НДС) payment due 28 Nov via the single tax account (ЕНП)",
      "Internal origin via the relay, payment to the state single tax account from the company's own account, deadline is the real statutory date",
      when=D(11, 25, 10, 18, 40, 3), rcpt="claudia.hoffmann@example.com", infra=internal(),
      frm=A("olga"), to=[A("claudia")], cc=[A("dmitry")],
      subject="Согласование уплаты НДС до 28.11 / VAT payment approval",
      hdrs=[("Content-Language", "ru-RU")],
      body=T(f"""Claudia, добрый день!

Прошу согласовать перечисление единого налогового платежа до 28.11.2026:
НДС за 3 квартал 2026 г. (1/3) - 1 284 600 руб.
Плательщик: ООО "Экзампл Рус", р/с {RU_ACC_OWN}

Платеж подготовлен в интернет-банке, нужно только Ваше подтверждение
(вторая подпись). Детали в отчете за октябрь на общем диске.

In short: please approve the VAT instalment of RUB 1,284,600 to the
Russian single tax account by 28 November - the payment is prepared
in e-banking and only needs your second signature.

С уважением,
Ольга Смирнова
главный бухгалтер, ООО "Экзампл Рус"
""", "koi8-r", "quoted-printable"))

    # ---------------------------------------------------------------- B38
    M("business", "38-ru-customer-complaint-return", "ru", "utf-8",
      "Russian customer complaint: coat bought via the Moscow web shop has a broken zip, asks how to return it",
      "Genuine private customer from mail.ru with an order number; no links or attachments",
      when=D(11, 14, 16, 22, 9, 3), rcpt="dmitry.volkov@examplegroup.eu",
      infra=host("smtp49.i.mail.ru", "smtp49.i.mail.ru", "95.163.41.87",
                 ["by smtp49.i.mail.ru with esmtpa (envelope-from <anna.kuznetsova88@mail.ru>)\n\tid 1vH9mK-00000002pQx-3ZtD\n\tfor {rcpt}; {date}"],
                 mid=lambda d: f"<{R.randint(10**12, 10**13)}.{hexs(6)}@mail.ru>"),
      frm=A("Анна Кузнецова", "anna.kuznetsova88@mail.ru"), to=[A("Example Rus Интернет-магазин", "shop.ru@examplegroup.eu")],
      subject="Заказ RU-77412 - сломана молния, хочу вернуть",
      hdrs=[("X-Mailer", "Mail.Ru Mailer 1.0")],
      body=T("""Здравствуйте!

10 ноября получила заказ RU-77412 - пальто шерстяное, размер 46.
После второй носки сломалась молния (разошлась снизу, бегунок
не держит).

Хочу вернуть пальто и получить деньги обратно (18 990 руб.) или
обменять на такое же. Подскажите, пожалуйста, как оформить возврат:
можно ли сдать в пункт выдачи или нужно отправлять курьером?

Спасибо,
Анна Кузнецова
+7 916 555-12-84
""", "utf-8", "base64"))

    # ---------------------------------------------------------------- B39
    html = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
<table width="620" align="center"><tr><td style="padding:12px 0;border-bottom:3px solid #e30613;font-size:22px"><b>Retail.ru</b> <span style="font-size:12px;color:#777">Дайджест недели, 4 декабря 2026</span></td></tr>
<tr><td>
<h3>Маркетплейсы в ноябре: рост продаж одежды замедлился</h3>
<p>Доля fashion-категорий в обороте площадок сократилась на 1,5 п.п. <a href="https://www.retail.ru/news/marketpleysy-noyabr-2026/">Читать</a></p>
<h3>Маркировка: что меняется для легкой промышленности с 1 марта 2027</h3>
<p>Обзор новых требований к кодам DataMatrix и передаче данных в систему. <a href="https://www.retail.ru/articles/markirovka-legprom-2027/">Читать</a></p>
<h3>Товары для дома: итоги сезона распродаж</h3>
<p><a href="https://www.retail.ru/articles/tovary-dlya-doma-itogi-sezona/">Читать</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding-top:10px">Вы получили это письмо, так как подписаны на рассылку Retail.ru. <a href="https://www.retail.ru/unsubscribe/?key=7fa2c1">Отписаться</a></td></tr>
</table></body></html>"""
    M("business", "39-ru-newsletter-retail-ru", "ru", "utf-8",
      "Subscribed Russian retail-industry newsletter 'Retail.ru' digest via the ESP Sendsay",
      "Opt-in publisher newsletter via consistent ESP, List-Unsubscribe, links only to the publisher domain",
      when=D(12, 4, 11, 0, 3, 3), rcpt="dmitry.volkov@examplegroup.eu",
      infra=host("mx42.sendsay.ru", "mx42.sendsay.ru", "185.178.208.42", style="mc"),
      frm=A("Retail.ru", "news@retail.ru"), to=[("", "dmitry.volkov@examplegroup.eu")],
      rp="bounce-7fa2c1-20261204@sendsay.retail.ru", mid_dom="sendsay.ru",
      subject="Дайджест Retail.ru: маркетплейсы, маркировка 2027, товары для дома",
      hdrs=[("List-Unsubscribe", "<https://www.retail.ru/unsubscribe/?key=7fa2c1>"), ("Precedence", "bulk")],
      body=ALT(html, "utf-8", "quoted-printable"))

    # ---------------------------------------------------------------- B40
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p><b>Честный ЗНАК</b></p>
<p>Уважаемый участник оборота товаров!</p>
<p>Сообщаем, что срок действия сертификата квалифицированной электронной подписи, используемого для входа в личный кабинет организации ООО «Экзампл Рус» (ИНН 7701234567), истекает <b>05.01.2027</b>.</p>
<p>Чтобы не прерывать работу с кодами маркировки, заблаговременно получите новый сертификат в удостоверяющем центре ФНС России или у доверенного лица и войдите в личный кабинет, как обычно, через сайт честныйзнак.рф.</p>
<p>Это автоматическое уведомление, отвечать на него не нужно.</p>
<p>С уважением,<br>Оператор-ЦРПТ</p>
</body></html>"""
    M("business", "40-ru-chestny-znak-genuine-certificate-expiry", "ru", "windows-1251",
      "Genuine 'Честный ЗНАК' operator notice: e-signature certificate for the marking account expires in 5 weeks; no link, tells the user to renew via the FNS CA and log in as usual",
      "Operator's own domain, long lead time, no link or credential request, consistent data; counterpart to A39",
      when=D(12, 1, 10, 30, 0, 3), rcpt="dmitry.volkov@examplegroup.eu",
      infra=host("mail-out2.crpt.ru", "mail-out2.crpt.ru", "91.206.20.72"),
      frm=A("Честный ЗНАК", "noreply@crpt.ru"), to=[("", "dmitry.volkov@examplegroup.eu")],
      subject="Срок действия сертификата УКЭП истекает 05.01.2027",
      body=H(html, "windows-1251", "quoted-printable"))


# ==========================================================================
# output
# ==========================================================================
LANGN = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


def md(s):
    return s.replace("|", "\\|").replace("\n", " ")


def main():
    attacks()
    business()
    for folder in ("attack", "business"):
        d = os.path.join(BASE, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for m in MSGS:
        with open(os.path.join(BASE, m["folder"], m["fn"]), "wb") as fh:
            fh.write(m["raw"])
    with open(os.path.join(BASE, "staff.txt"), "w", encoding="utf-8") as fh:
        for n, a, _, _ in STAFF:
            fh.write(f"{n}={a}\n")
    L = []
    L.append("# Example Group - mail-gateway blind evaluation set\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 stdlib, fixed seed, no network). "
             "80 raw RFC 5322 messages (CRLF line endings) as received on the inbound MX `mx01.example.com`, dated 1 Nov - 5 Dec 2026. "
             "All attachments are inert placeholders (PDFs contain a placeholder line; ZIP members contain a fixed ASCII text; the SVG/HTML attachments are non-functional copies). "
             "No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. All phone numbers in attacks use reserved/fictional ranges where known (UK 020 7946 0xxx).\n")
    L.append("## Company\n")
    L.append("**Example Group** (Example Group GmbH, Ludwig-Erhard-Straße 18, 20459 Hamburg) - fashion and home-goods retailer with stores and online shops "
             "(own Shopify web shop; marketplaces Amazon, Zalando, Allegro, eBay, Ozon). About 700 mailboxes on `example.com` and `examplegroup.eu`. "
             "Subsidiaries: Example Italia S.r.l. (Milano), Example Polska sp. z o.o. (Poznań), Example Iberia S.L. (Madrid), Example Hellas Μ.Ι.Κ.Ε. (Athens), "
             "Example Group UK Ltd (Manchester), ООО \"Экзампл Рус\" (Moscow). Inbound MX: mx01.example.com (Postfix); internal Exchange servers relay via "
             "mail-int01.example.com [10.20.0.25].\n")
    L.append("Role mailboxes used as envelope recipients: kundenservice@example.com (DE customer service, Nina Hartmann), customercare@examplegroup.eu (UK, Sophie Turner); "
             "To-only role addresses: servizioclienti@, sklep.pl@, atencioncliente@, info.gr@example.com, shop.ru@examplegroup.eu.\n")
    L.append("## Staff\n")
    L.append("| Name | Address | Role | Office |\n|---|---|---|---|")
    for n, a, r, o in STAFF:
        L.append(f"| {n} | {a} | {r} | {o} |")
    L.append("\n## Business correspondents\n")
    L.append("| Organisation | Addresses | Relationship | Genuine bank account |\n|---|---|---|---|")
    L.append(f"| Lieferant GmbH, Bielefeld | Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de> | home-textile supplier | Sparkasse Bielefeld {spaced(IB['lieferant_old'])}; from 1 Jan 2027 Bielefelder Volksbank {spaced(IB['lieferant_new'])} |")
    L.append(f"| Ferretti Trasporti S.p.A., Bologna | Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it> | Italian carrier | Intesa Sanpaolo {IB['ferretti']} |")
    L.append(f"| Partner Logistik sp. z o.o., Poznań | Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl> | Polish warehouse / Allegro fulfilment | Pekao {spaced(IB['partner'])} |")
    L.append(f"| Kartonagen Schulte GmbH, Hamburg | buchhaltung@schulte-kartonagen.de | packaging | Haspa {spaced(IB['schulte'])} |")
    L.append("| Ningbo Hengda Textile Co., Ltd. | Grace Chen <grace.chen@hengda-textile.com> | Asian fashion/home supplier | Bank of China Ningbo (per contract) |")
    L.append(f"| Northlight Social Ltd, Manchester | Priya Shah <priya.shah@northlightsocial.co.uk> | influencer agency | Barclays {spaced(IB['northlight_old'])}; from 1 Jan 2027 NatWest {spaced(IB['northlight_new'])} |")
    L.append(f"| Textiles Levante S.L., Paterna | administracion@levantetextil.es | Spanish table-linen supplier | CaixaBank {IB['levante']} |")
    L.append(f"| Συσκευασίες Αττικής Α.Ε. | logistirio@syskevasies-attikis.gr | Greek packaging supplier | Piraeus {spaced(IB['syskevasies'])} |")
    L.append(f"| Γιώργος Αντωνίου (landlord, Ermou store) | (normally antoniou@otenet.gr) | landlord | NBG {spaced(IB['landlord'])} |")
    L.append(f"| ООО «Логистик Плюс», Moscow | buh@logplus-msk.ru | Russian logistics | Сбербанк р/с {RU_ACC_LOGPLUS}, БИК {RU_BIK} |")
    L.append("| ООО «ТрансЛайн» | buh@transline-log.ru | Russian counterparty (mailbox compromised in A37) | - |")
    L.append("| Services | Shopify, Amazon Seller Central, Google Ads, DHL Express, Allegro, Aruba, ELSTER, DEHú, AADE, Честный ЗНАК (CRPT) | | |")
    L.append("\nFraudulent accounts used in attacks (all with valid IBAN check digits): "
             f"N26 {spaced(IB['lieferant_fake'])}, Banca Sella {IB['ferretti_fake']}, mBank {spaced(IB['partner_fake'])}, "
             f"ING {spaced(IB['payroll_fake_de'])}, Santander PL {spaced(IB['payroll_fake_pl'])}, Starling {spaced(IB['brightline_fake'])}, Eurobank {spaced(IB['landlord_fake'])}.\n")
    L.append("Account checks: every IBAN has valid ISO 13616 mod-97 check digits; Italian IBANs carry a correct CIN, Spanish ones correct DC digits, "
             "Polish ones a correct bank sort-code check digit, German account numbers a method-00 (Luhn-type) check digit (not necessarily the real method of that BLZ), "
             "Russian accounts a correct control key against the BIK (CBR 7-1-3 algorithm). UK/Greek IBANs: mod-97 only.\n")
    for folder, title in (("attack", "Attack messages (must NOT be delivered plainly)"), ("business", "Genuine business messages (MUST be delivered)")):
        L.append(f"## {title}\n")
        L.append("| File | Lang | Charset | Date | From -> envelope rcpt | Structure | What it is | Why attack / genuine |\n|---|---|---|---|---|---|---|---|")
        for m in MSGS:
            if m["folder"] != folder:
                continue
            L.append(f"| {folder}/{m['fn']} | {m['lang']} | {m['cs']} | {m['date'].strftime('%Y-%m-%d')} | {m['frm']} -> {m['rcpt']} | {md(m['struct'])} | {md(m['what'])} | {md(m['why'])} |")
        L.append("")
    L.append("## Counts\n")
    L.append("| Language | attack | business |\n|---|---|---|")
    for lg in LANGN:
        a = sum(1 for m in MSGS if m["folder"] == "attack" and m["lang"] == lg)
        b = sum(1 for m in MSGS if m["folder"] == "business" and m["lang"] == lg)
        L.append(f"| {LANGN[lg]} ({lg}) | {a} | {b} |")
    with open(os.path.join(BASE, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
