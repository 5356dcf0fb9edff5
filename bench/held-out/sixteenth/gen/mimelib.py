"""Small deterministic MIME / attachment toolkit (Python 3 standard library only).

Everything here is deterministic: no clocks, no os.urandom, no hash randomisation.
Pseudo-random values are derived from SHA-256 of a seed string.
"""
import base64
import hashlib
import io
import quopri
import struct
import unicodedata
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

CRLF = "\r\n"

# ---------------------------------------------------------------- pseudo-random

def hexid(seed, n=16):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s#%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def rbytes(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s#b%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def alnum(seed, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    b = rbytes(seed, n)
    return "".join(alphabet[x % len(alphabet)] for x in b)


def digits(seed, n):
    return alnum(seed, n, "0123456789")


def b64str(seed, n):
    return base64.b64encode(rbytes(seed, n)).decode()

# ---------------------------------------------------------------- dates

TZ = {
    "DE": 60, "IT": 60, "PL": 60, "ES": 60, "UK": 0, "GR": 120, "RU": 180,
    "US-E": -300, "US-P": -480, "CN": 480, "IN": 330, "NG": 60, "TR": 180, "UTC": 0, "BR": -180,
    "VN": 420,
}


def dt(day, hh, mm, ss, zone="DE"):
    """day: 28..30 -> November 2026, 1..5 -> December 2026"""
    month = 11 if day >= 28 else 12
    tz = timezone(timedelta(minutes=TZ[zone]))
    return datetime(2026, month, day, hh, mm, ss, tzinfo=tz)


def rfcdate(d):
    return format_datetime(d)


def cet(d, plus=0):
    """Arrival time at mx01 (CET, +0100) as an RFC 5322 date string with zone comment."""
    a = (d + timedelta(seconds=plus)).astimezone(timezone(timedelta(hours=1)))
    return format_datetime(a) + " (CET)"

# ---------------------------------------------------------------- charsets

FALLBACK = {
    "\u20ac": "EUR", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u201a": "'",
    "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2026": "...",
    "\u00a0": " ", "\u2022": "*", "\u20bd": "руб.", "\u2122": "(TM)", "\u00ab": '"', "\u00bb": '"',
    "\u2116": "N", "\u00b7": "-", "\u200b": "", "\u2192": "->",
}

PYCODEC = {
    "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1", "iso-8859-2": "iso8859_2",
    "iso-8859-5": "iso8859_5", "iso-8859-7": "iso8859_7", "iso-8859-15": "iso8859_15",
    "windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
    "windows-1253": "cp1253", "koi8-r": "koi8_r",
}


def encode_text(text, charset):
    codec = PYCODEC[charset]
    out = []
    for ch in text:
        try:
            out.append(ch.encode(codec))
        except UnicodeEncodeError:
            fb = FALLBACK.get(ch)
            if fb is None:
                raise ValueError("char %r (U+%04X) not encodable in %s" % (ch, ord(ch), charset))
            out.append(fb.encode(codec))
    return b"".join(out)

# ---------------------------------------------------------------- RFC 2047 / 2231

def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _qword(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            out.append(c)
        elif c in "!*+-/":
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc="B"):
    """Return a list of RFC 2047 encoded words (each <= 75 chars)."""
    words = []
    cur = ""
    prefix = "=?%s?%s?" % (charset, enc)

    def render(s):
        b = encode_text(s, charset)
        body = base64.b64encode(b).decode() if enc == "B" else _qword(b)
        return prefix + body + "?="

    for ch in text:
        if cur and len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def hdr_text(text, charset="utf-8", enc="B"):
    """Unstructured header text: plain if ASCII, else encoded words."""
    if _is_ascii(text):
        return text
    return " ".join(encoded_words(text, charset, enc))


def addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return "<%s>" % address
    if _is_ascii(name):
        if any(c in name for c in '(),.:;<>@[]"\\'):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (" ".join(encoded_words(name, charset, enc)), address)


def fold(name, value, limit=78):
    """Fold a header at whitespace. Values already containing CRLF are kept."""
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    line = name + ":"
    lines = []
    for tok in value.split(" "):
        if len(line) + 1 + len(tok) > limit and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + tok
        else:
            line = line + " " + tok
    lines.append(line)
    return "\r\n".join(lines)


def rfc2231(param, value, charset="utf-8"):
    if _is_ascii(value):
        return '%s="%s"' % (param, value)
    from urllib.parse import quote
    return "%s*=%s''%s" % (param, charset, quote(value.encode(charset), safe=""))

# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (already transfer-encoded, CRLF)

    def render(self):
        return "".join(fold(n, v) + CRLF for n, v in self.headers) + CRLF + self.body


def _crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def transfer_encode(data, cte, is_text):
    if cte == "base64":
        if is_text:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        s = base64.encodebytes(data).decode("ascii")
        return _crlf(s)
    if cte == "quoted-printable":
        data = data.replace(b"\r\n", b"\n")
        s = quopri.encodestring(data, quotetabs=False).decode("ascii")
        if not s.endswith("\n"):
            s += "\n"
        return _crlf(s)
    if cte in ("7bit", "8bit"):
        s = data.decode("latin-1")
        if not s.endswith("\n"):
            s += "\n"
        return _crlf(s)
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None):
    raw = encode_text(body, charset)
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "8bit"
    ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if flowed:
        ct = "text/%s; charset=\"%s\"; format=flowed" % (subtype, charset)
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return Part(h, transfer_encode(raw, cte, True))


def attachment(data, ctype, filename, cte="base64", inline=False, cid=None, name_style="2231",
               extra_ct="", desc=None):
    """name_style: '2231' (RFC 2231 filename*), '2047' (Outlook-style encoded words), 'both'."""
    if _is_ascii(filename):
        nm = 'name="%s"' % filename
        fn = 'filename="%s"' % filename
    elif name_style == "2047":
        enc = " ".join(encoded_words(filename, "utf-8", "B"))
        nm = 'name="%s"' % enc
        fn = 'filename="%s"' % enc
    else:
        nm = rfc2231("name", filename)
        fn = rfc2231("filename", filename)
        if name_style == "both":
            enc = " ".join(encoded_words(filename, "utf-8", "B"))
            nm = 'name="%s"' % enc
    h = [("Content-Type", "%s;%s %s" % (ctype, extra_ct, nm))]
    if desc:
        h.append(("Content-Description", desc))
    h.append(("Content-Disposition", "%s; %s" % ("inline" if inline else "attachment", fn)))
    if cid:
        h.append(("Content-ID", "<%s>" % cid))
    h.append(("Content-Transfer-Encoding", cte))
    is_text = ctype.startswith("text/")
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part(h, transfer_encode(data, cte, is_text))


def raw_part(headers, body_str):
    return Part(headers, body_str)


def multipart(subtype, parts, boundary, params="", preamble=None):
    ct = 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary)
    body = ""
    if preamble:
        body += preamble + CRLF
    for p in parts:
        body += "--" + boundary + CRLF + p.render()
        if not body.endswith(CRLF):
            body += CRLF
    body += "--" + boundary + "--" + CRLF
    return Part([("Content-Type", ct)], body)

# ---------------------------------------------------------------- whole message

def message(headers, root):
    """headers: list of (name, value) placed before the root part's own headers."""
    out = ""
    for n, v in headers:
        out += fold(n, v) + CRLF
    out += "MIME-Version: 1.0" + CRLF if not any(n == "MIME-Version" for n, _ in headers) else ""
    out += root.render()
    return out.encode("latin-1")

# ---------------------------------------------------------------- IBAN & co

def _mod97(s):
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban(cc, bban):
    chk = 98 - _mod97(bban + cc + "00")
    return "%s%02d%s" % (cc, chk, bban)


def iban_valid(i):
    i = i.replace(" ", "")
    return _mod97(i[4:] + i[:4]) == 1


def iban_fmt(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def pl_bban(bank3, branch4, account16):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    chk = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(chk) + account16


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_bban(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += _ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26) + s


def es_bban(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return 0 if d == 11 else (1 if d == 10 else d)
    return bank + branch + "%d%d" % (dc("00" + bank + branch), dc(account)) + account


def ru_account(bik, acc20_with_x):
    """acc20 with 'X' at the control position (index 8)."""
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc20_with_x.replace("X", "0")
    tot = sum((int(a) * b) % 10 for a, b in zip(s, w))
    k = ((tot % 10) * 3) % 10
    return acc20_with_x.replace("X", str(k))


def ru_account_valid(bik, acc):
    w = [7, 1, 3] * 8
    s = bik[-3:] + acc
    return sum((int(a) * b) % 10 for a, b in zip(s, w)) % 10 == 0

# ---------------------------------------------------------------- bitcoin

_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frombits, tobits):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def btc_bech32(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH[d] for d in data + chk)


def btc_bech32_valid(a):
    hrp, data = a[:2], [_BECH.index(c) for c in a[3:]]
    return _polymod(_hrp_expand(hrp) + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc_p2pkh(seed):
    payload = b"\x00" + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    b = payload + chk
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(b) - len(b.lstrip(b"\x00"))
    return "1" * pad + s

# ---------------------------------------------------------------- PDF

_GLYPHS = {"ą": "aogonek", "Ą": "Aogonek", "ć": "cacute", "Ć": "Cacute", "ę": "eogonek", "Ę": "Eogonek",
           "ł": "lslash", "Ł": "Lslash", "ń": "nacute", "Ń": "Nacute", "ś": "sacute", "Ś": "Sacute",
           "ź": "zacute", "Ź": "Zacute", "ż": "zdotaccent", "Ż": "Zdotaccent", "ő": "ohungarumlaut",
           "ű": "uhungarumlaut", "č": "ccaron", "ř": "rcaron", "ě": "ecaron"}
_POOL = [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA4, 0xA6, 0xA8, 0xAA, 0xAC, 0xAF, 0xB1, 0xB2, 0xB3, 0xB4,
         0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE, 0xA1, 0xA2, 0xA5]


def _pdf_charmap(strings):
    """Assign codes for non-WinAnsi characters (Polish etc.) via an /Differences encoding."""
    used = set()
    need = []
    for s in strings:
        for ch in s:
            try:
                used.add(ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                if ch in _GLYPHS and ch not in need:
                    need.append(ch)
    pool = [c for c in _POOL if c not in used]
    return {ch: pool[i] for i, ch in enumerate(need)}


def _pdf_str(s, cmap=None):
    cmap = cmap or {}
    b = b""
    for ch in s:
        if ch in cmap:
            b += bytes([cmap[ch]])
            continue
        try:
            b += ch.encode("cp1252")
        except UnicodeEncodeError:
            rep = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"
            b += rep.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _pdf_info(s):
    if _is_ascii(s):
        return _pdf_str(s)
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def pdf(pages, title="", author="", producer="", creator="", links=None, compress=True,
        date="D:20261130091500+01'00'"):
    """pages: list of lists of lines. A line is str, or (style, str) with style in
    'b' (bold), 'h' (heading 15pt bold), 's' (small 8pt), 'r' (right-aligned-ish), 'gap'.
    links: list of (page_index, (x1,y1,x2,y2), url, button_label) drawn as a coloured button."""
    links = links or []
    objs = []  # list of bytes (object bodies) ; index+1 == object number

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(b"")  # placeholder 1
    pages_obj = add(b"")  # placeholder 2
    texts = [ln if isinstance(ln, str) else ln[1] for page in pages for ln in page] + [l[3] for l in links]
    cmap = _pdf_charmap(texts)
    if cmap:
        diffs = b" ".join(b"%d /%s" % (code, _GLYPHS[ch].encode()) for ch, code in sorted(cmap.items(), key=lambda kv: kv[1]))
        enc = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [" + diffs + b"] >>"
    else:
        enc = b"/WinAnsiEncoding"
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + enc + b" >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding " + enc + b" >>")
    kids = []
    for pi, lines in enumerate(pages):
        ops = [b"BT"]
        y = 800
        for ln in lines:
            style, s = ("n", ln) if isinstance(ln, str) else ln
            if style == "gap":
                y -= 10
                continue
            size, font, x = 10, b"/F1", 56
            if style == "b":
                font = b"/F2"
            elif style == "h":
                font, size = b"/F2", 15
            elif style == "s":
                size = 7.5
            elif style == "r":
                x = 360
            lead = size + 4
            ops.append(b"%s %s Tf 1 0 0 1 %d %d Tm %s Tj" % (font, str(size).encode(), x, y, _pdf_str(s, cmap)))
            y -= lead
        ops.append(b"ET")
        annots = []
        for (lp, rect, url, label) in links:
            if lp != pi:
                continue
            x1, y1, x2, y2 = rect
            ops.append(b"q 0.09 0.36 0.75 rg %d %d %d %d re f Q" % (x1, y1, x2 - x1, y2 - y1))
            ops.append(b"BT 1 1 1 rg /F2 12 Tf 1 0 0 1 %d %d Tm %s Tj ET" % (x1 + 14, y1 + (y2 - y1) // 2 - 4, _pdf_str(label, cmap)))
            a = add(b"<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] /A << /S /URI /URI %s >> >>"
                    % (x1, y1, x2, y2, _pdf_str(url)))
            annots.append(a)
        content = b"\n".join(ops)
        if compress:
            z = zlib.compress(content, 6)
            cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cobj = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        annot = b""
        if annots:
            annot = b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]"
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R%s >>"
                % (pages_obj, f1, f2, cobj, annot))
        kids.append(p)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title %s /Author %s /Producer %s /Creator %s /CreationDate (%s) /ModDate (%s) >>"
               % (_pdf_info(title), _pdf_info(author), _pdf_info(producer), _pdf_info(creator), date.encode(), date.encode()))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5(b"".join(objs)).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, fid, fid, xref))
    return out.getvalue()

# ---------------------------------------------------------------- ZIP (plain and ZipCrypto)

ZDATE = (2026, 11, 30, 9, 12, 4)


def zipfile_bytes(files, date_time=ZDATE, comment=b""):
    """files: list of (name, bytes) or (name, bytes, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for f in files:
            name, data = f[0], f[1]
            d = f[2] if len(f) > 2 else date_time
            zi = zipfile.ZipInfo(name, date_time=d)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data)
        z.comment = comment
    return buf.getvalue()


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRC = _crc_table()


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self._upd(c)

    def _crc(self, crc, b):
        return _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)

    def _upd(self, c):
        k = self.k
        k[0] = self._crc(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def _byte(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self._byte())
            self._upd(p)
        return bytes(out)


def _dos(d):
    y, mo, da, h, mi, s = d
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | da)


def zip_encrypted(files, password, seed, date_time=ZDATE):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated archive. files: list of (name, bytes)."""
    pw = password.encode("utf-8")
    out = io.BytesIO()
    central = []
    t, d = _dos(date_time)
    for idx, (name, data) in enumerate(files):
        nb = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if not _is_ascii(name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pw)
        header = rbytes(seed + name, 11) + bytes([(crc >> 24) & 0xFF])
        enc = zc.encrypt(header + comp)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, t, d, crc, len(enc), len(data), len(nb), 0))
        out.write(nb)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, t, d, crc, len(enc),
                                   len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_len = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), cd_len, cd_off, 0))
    return out.getvalue()

# ---------------------------------------------------------------- OOXML

def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paragraphs, title="", author="", company="", remote_template=None, date="2026-11-30T08:41:00Z"):
    """paragraphs: list of str or (style, str) with style in 'b', 'h', 'i', 'c' (centred)."""
    body = []
    for p in paragraphs:
        st, s = ("n", p) if isinstance(p, str) else p
        rpr = ""
        ppr = ""
        if st == "b":
            rpr = "<w:rPr><w:b/></w:rPr>"
        elif st == "h":
            rpr = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
        elif st == "i":
            rpr = '<w:rPr><w:i/><w:color w:val="808080"/></w:rPr>'
        elif st == "c":
            ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>'
            rpr = '<w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="28"/></w:rPr>'
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, _x(s)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
               '</Relationships>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">%s'
                '<w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
                % ('<w:attachedTemplate r:id="rId1"/>' if remote_template else ""))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>2</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(title), _x(author), _x(author), date, date))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
           '<Company>%s</Company><AppVersion>16.0000</AppVersion></Properties>' % _x(company))
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
             ("word/_rels/document.xml.rels", docrels), ("word/settings.xml", settings)]
    if remote_template:
        files.append(("word/_rels/settings.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                      'Target="%s" TargetMode="External"/></Relationships>' % _x(remote_template)))
    files += [("docProps/core.xml", core), ("docProps/app.xml", app)]
    return zipfile_bytes([(n, c.encode("utf-8")) for n, c in files], date_time=(1980, 1, 1, 0, 0, 0))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1", author="", date="2026-11-30T08:41:00Z"):
    """rows: list of lists; str -> inline string, int/float -> number, None -> empty."""
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            if v is None:
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="1"' if isinstance(v, float) else "", repr(v)))
            else:
                st = ' s="2"' if ri == 0 else ""
                cells.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(author), date, date))
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
             ("xl/worksheets/sheet1.xml", sheet_xml), ("docProps/core.xml", core)]
    return zipfile_bytes([(n, c.encode("utf-8")) for n, c in files], date_time=(1980, 1, 1, 0, 0, 0))

# ---------------------------------------------------------------- PNG

def png(width, height, pixels_rows, gray=True):
    """pixels_rows: list of rows; each row a bytes object (gray: 1 byte/pixel, else RGB 3 bytes/pixel)."""
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + r for r in pixels_rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0 if gray else 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def png_gradient(seed, w=160, h=120):
    """A soft photo-like gradient with some noise, RGB."""
    rb = rbytes(seed, w * h)
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            n = rb[y * w + x] % 24
            r = min(255, 120 + x * 120 // w + n)
            g = min(255, 80 + y * 140 // h + n)
            b = min(255, 170 - y * 60 // h + n)
            row += bytes((r, g, b))
        rows.append(bytes(row))
    return png(w, h, rows, gray=False)

# ---------------------------------------------------------------- QR code (byte mode, versions 1..6)

_QR_BLOCKS = {  # version: {ecl: (ec_per_block, [(count, data_cw), ...])}
    1: {"L": (7, [(1, 19)]), "M": (10, [(1, 16)])},
    2: {"L": (10, [(1, 34)]), "M": (16, [(1, 28)])},
    3: {"L": (15, [(1, 55)]), "M": (26, [(1, 44)])},
    4: {"L": (20, [(1, 80)]), "M": (18, [(2, 32)])},
    5: {"L": (26, [(1, 108)]), "M": (24, [(2, 43)])},
    6: {"L": (18, [(2, 68)]), "M": (16, [(4, 27)])},
}
_QR_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34]}


def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_div(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < deg:
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 0x02)
    return res


def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def qr_matrix(data, ecl="M", mask=2):
    for ver in range(1, 7):
        ec, blocks = _QR_BLOCKS[ver][ecl]
        cap = sum(n * d for n, d in blocks)
        if 4 + 8 + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError("data too long for QR v6")
    bits = [0, 1, 0, 0] + [(len(data) >> i) & 1 for i in range(7, -1, -1)]
    for b in data:
        bits += [(b >> i) & 1 for i in range(7, -1, -1)]
    bits += [0] * min(4, cap * 8 - len(bits))
    bits += [0] * ((8 - len(bits) % 8) % 8)
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad = 0x11 if pad == 0xEC else 0xEC
    div = _rs_div(ec)
    dblocks, eblocks = [], []
    k = 0
    for n, d in blocks:
        for _ in range(n):
            blk = cw[k:k + d]
            k += d
            dblocks.append(blk)
            eblocks.append(_rs_rem(blk, div))
    final = []
    for i in range(max(len(b) for b in dblocks)):
        for b in dblocks:
            if i < len(b):
                final.append(b[i])
    for i in range(ec):
        for b in eblocks:
            final.append(b[i])
    allbits = []
    for b in final:
        allbits += [(b >> i) & 1 for i in range(7, -1, -1)]
    size = 17 + 4 * ver
    M = [[0] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]

    def setf(x, y, v):
        M[y][x] = 1 if v else 0
        F[y][x] = True

    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    dist = max(abs(dx), abs(dy))
                    setf(x, y, dist not in (2, 4))
    al = _QR_ALIGN[ver]
    for i, a in enumerate(al):
        for j, b in enumerate(al):
            if (i == 0 and j == 0) or (i == 0 and j == len(al) - 1) or (i == len(al) - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)

    def format_bits(m):
        d = ({"L": 1, "M": 0}[ecl] << 3) | m
        r = d
        for _ in range(10):
            r = (r << 1) ^ ((r >> 9) * 0x537)
        bits15 = ((d << 10) | r) ^ 0x5412
        g = lambda i: (bits15 >> i) & 1
        for i in range(6):
            setf(8, i, g(i))
        setf(8, 7, g(6))
        setf(8, 8, g(7))
        setf(7, 8, g(8))
        for i in range(9, 15):
            setf(14 - i, 8, g(i))
        for i in range(8):
            setf(size - 1 - i, 8, g(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, g(i))
        setf(8, size - 8, 1)

    format_bits(0)
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not F[y][x]:
                    if i < len(allbits):
                        M[y][x] = allbits[i]
                    i += 1
        right -= 2
    maskf = [
        lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0, lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0, lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0, lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][mask]
    for y in range(size):
        for x in range(size):
            if not F[y][x] and maskf(x, y):
                M[y][x] ^= 1
    format_bits(mask)
    return M


def qr_png(text_, scale=6, border=4):
    M = qr_matrix(text_.encode("utf-8"))
    n = len(M)
    W = (n + 2 * border) * scale
    rows = []
    for yy in range(W):
        y = yy // scale - border
        row = bytearray()
        for xx in range(W):
            x = xx // scale - border
            dark = 0 <= x < n and 0 <= y < n and M[y][x]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    return png(W, W, rows, gray=True)

# ---------------------------------------------------------------- national ids

def ru_inn10(base9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return base9 + str(sum(int(a) * b for a, b in zip(base9, w)) % 11 % 10)


def pl_nip(base9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(base9, w)) % 11
    if c == 10:
        raise ValueError("invalid NIP base")
    return base9 + str(c)


def it_piva(base10):
    s = 0
    for i, ch in enumerate(base10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return base10 + str((10 - s % 10) % 10)


def es_cif(letter, base7):
    a = sum(int(base7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(base7[i]) * 2
        b += d // 10 + d % 10
    return letter + base7 + str((10 - (a + b) % 10) % 10)


def msgid_uuid_raw(seed):
    h = hexid(seed, 32)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
