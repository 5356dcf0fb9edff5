"""Shared helpers: seeded randomness, time zones, encodings, identifiers, check digits."""
import base64
import datetime as _dt
import hashlib
import random
import string

UTC = _dt.timezone.utc


def rng(seed):
    """Deterministic generator (str seeds are hashed with SHA-512 by random)."""
    return random.Random("audit133:" + seed)


# ------------------------------------------------------------------ time

def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


ZONES = {
    # name: (std offset hours, dst offset hours or None, rule, std abbr, dst abbr)
    "DE": (1, 2, "EU", "CET", "CEST"),
    "IT": (1, 2, "EU", "CET", "CEST"),
    "PL": (1, 2, "EU", "CET", "CEST"),
    "ES": (1, 2, "EU", "CET", "CEST"),
    "GR": (2, 3, "EU", "EET", "EEST"),
    "UK": (0, 1, "EU", "GMT", "BST"),
    "RU": (3, None, None, "MSK", "MSK"),
    "UTC": (0, None, None, "UTC", "UTC"),
    "US-P": (-8, -7, "US", "PST", "PDT"),
    "US-E": (-5, -4, "US", "EST", "EDT"),
    "IN": (5.5, None, None, "IST", "IST"),
    "AE": (4, None, None, "+04", "+04"),
    "CN": (8, None, None, "CST", "CST"),
}


def _is_dst(t_utc, zone):
    std, dst, rule, _, _ = ZONES[zone]
    if rule is None:
        return False
    y = t_utc.year
    if rule == "EU":
        start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
        end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
    else:
        start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(2), UTC) - _dt.timedelta(hours=std)
        end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(2), UTC) - _dt.timedelta(hours=dst)
    return start <= t_utc < end


def in_zone(t_utc, zone):
    std, dst, _, a1, a2 = ZONES[zone]
    isd = _is_dst(t_utc, zone)
    off = dst if isd else std
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return t_utc.astimezone(tz), (a2 if isd else a1)


def rfc2822(t_utc, zone="UTC", comment=False):
    t, abbr = in_zone(t_utc, zone)
    off = int(t.utcoffset().total_seconds() // 60)
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()], t.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1],
        t.year, t.hour, t.minute, t.second, sign, off // 60, off % 60)
    if comment:
        s += " (%s)" % abbr
    return s


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def local(zone, y, mo, d, h, mi, s=0):
    """UTC instant for a local wall-clock time in zone."""
    guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    for _ in range(2):
        t, _ = in_zone(guess, zone)
        off = t.utcoffset()
        guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC) - off
    return guess


def iso_z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t.microsecond // 1000)


# ------------------------------------------------------------------ identifiers

B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(r):
    return "4" + "".join(r.choice(B52) for _ in range(9)) + "z" + "".join(r.choice(B52) for _ in range(4))


def short_qid(r):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(10))


def rand_hex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rand_alnum(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def rand_b64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid4(r, upper=False):
    h = rand_hex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def fold_b64(s, width=76):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def b64_lines(data, width=76):
    return fold_b64(base64.b64encode(data).decode("ascii"), width)


# ------------------------------------------------------------------ QP

def qp_encode(data, maxlen=76, encode_spaces_at_end=True, binary=False):
    """Quoted-printable encode bytes; LF line structure is preserved (unless binary)."""
    out_lines = []
    lines = [data] if binary else data.split(b"\n")
    for li, line in enumerate(lines):
        if line.endswith(b"\r"):
            line = line[:-1]
        enc = []
        for i, b in enumerate(line):
            ch = bytes([b])
            last = i == len(line) - 1
            if b in (9, 32) and last:
                enc.append("=%02X" % b)
            elif (33 <= b <= 126 and b != 61) or b in (9, 32):
                enc.append(ch.decode("ascii"))
            else:
                enc.append("=%02X" % b)
        cur = ""
        parts = []
        for tok in enc:
            if len(cur) + len(tok) > maxlen - 1:
                parts.append(cur + "=")
                cur = tok
            else:
                cur += tok
        parts.append(cur)
        out_lines.extend(parts)
    return "\n".join(out_lines)


# ------------------------------------------------------------------ RFC 2047

def needs_encoding(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def encode_words(s, charset="utf-8", mode="B", maxlen=75):
    """Split s into RFC 2047 encoded words (each <= maxlen chars)."""
    cs = charset
    words = []
    cur = ""

    def enc(txt):
        raw = txt.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())
        q = ""
        for b in raw:
            c = chr(b)
            if b == 32:
                q += "_"
            elif c.isalnum() and b < 128:
                q += c
            elif c in "!*+-/" and b < 128:
                q += c
            else:
                q += "=%02X" % b
        return "=?%s?Q?%s?=" % (cs, q)

    for ch in s:
        if len(enc(cur + ch)) > maxlen and cur:
            # prefer to break right after a space (keeps words intact for lenient decoders)
            cut = cur.rfind(" ")
            if cut > 0 and cut < len(cur) - 1:
                words.append(enc(cur[:cut + 1]))
                cur = cur[cut + 1:] + ch
            else:
                words.append(enc(cur))
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def hdr_text(s, charset="utf-8", mode="B"):
    """Header value for unstructured text; encoded words joined by folding."""
    if charset.lower() not in ("utf-8", "utf8"):
        for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2026", "...")):
            try:
                a.encode(charset)
            except UnicodeEncodeError:
                s = s.replace(a, b)
    if not needs_encoding(s):
        return s
    return "\n ".join(encode_words(s, charset, mode))


def hdr_text_partial(s, charset="utf-8", mode="Q"):
    """Encode only the non-ASCII stretch (like Thunderbird/Outlook do for subjects)."""
    if not needs_encoding(s):
        return s
    return hdr_text(s, charset, mode)


def addr(name, email, charset="utf-8", mode="B", quote=True):
    if not name:
        return email if not quote else "<%s>" % email if False else email
    if needs_encoding(name):
        return "%s <%s>" % (" ".join(encode_words(name, charset, mode)), email)
    special = any(c in name for c in ',.;:@()<>[]"\\')
    if special or quote:
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78):
    """Fold a header at spaces/commas where the value has no folding yet."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width:
        return line
    out = []
    cur = name + ":"
    tokens = []
    buf = ""
    inq = False
    for ch in value:
        if ch == '"':
            inq = not inq
        if ch == " " and not inq:
            tokens.append(buf)
            buf = ""
        else:
            buf += ch
    tokens.append(buf)
    for tok in tokens:
        if len(cur) + 1 + len(tok) > width and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + tok
        else:
            cur = cur + " " + tok
    out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------------ check digits

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country, bban):
    return country + iban_check(country, bban) + bban


def iban_valid(iban):
    iban = iban.replace(" ", "")
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def iban_fmt(iban):
    iban = iban.replace(" ", "")
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "NL": 18, "BE": 16,
            "FR": 27, "IE": 22, "PT": 25, "CY": 28, "BG": 22, "RO": 24, "HR": 21, "EE": 20, "LV": 21,
            "AT": 20, "CH": 21, "HU": 28, "CZ": 24, "SK": 24, "SI": 19, "LU": 20, "MT": 31, "AE": 23,
            "TR": 26, "DK": 18, "FI": 18, "SE": 24, "NO": 15}


def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        if i % 2 == 0:
            tot += odd[v]
        else:
            tot += v
    return chr(65 + tot % 26)


def it_bban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return it_cin(abi, cab, conto) + abi + cab + conto


def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if v == 11 else (1 if v == 10 else v)

    return "%d%d" % (d("00" + entidad + oficina), d(cuenta))


def es_bban(entidad, oficina, cuenta):
    return entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta


def pl_bban(sort8, account16):
    """Polish BBAN: 8-digit bank sort code (with its own check digit) + 16-digit account."""
    return sort8 + account16


def pl_sort_check(sort7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(sort7))
    return sort7 + str((10 - s % 10) % 10)


def de_vat_check(d8):
    """German USt-IdNr check digit (ISO 7064 MOD 11,10) for 8 leading digits."""
    p = 10
    for c in d8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def de_vat(d8):
    return "DE" + d8 + de_vat_check(d8)


def de_vat_valid(v):
    v = v.replace("DE", "")
    return de_vat_check(v[:8]) == v[8]


def it_piva_check(d10):
    tot = 0
    for i, c in enumerate(d10):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def it_piva(d10):
    return d10 + it_piva_check(d10)


def pl_nip_check(d9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    r = sum(int(c) * w[i] for i, c in enumerate(d9)) % 11
    return None if r == 10 else str(r)


def pl_nip(d9):
    c = pl_nip_check(d9)
    if c is None:
        raise ValueError("NIP base gives check 10")
    return d9 + c


def pl_regon9(d8):
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    r = sum(int(c) * w[i] for i, c in enumerate(d8)) % 11
    return d8 + str(0 if r == 10 else r)


def es_cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    c = (10 - (a + b) % 10) % 10
    if letter in "KPQSNW":
        return letter + d7 + "JABCDEFGHI"[c]
    return letter + d7 + str(c)


def es_nif(d8):
    return d8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(d8) % 23]


def gr_afm(d8):
    s = sum(int(c) * (2 ** (8 - i)) for i, c in enumerate(d8))
    return d8 + str(s % 11 % 10)


def gb_vat(d7):
    """UK VAT number (mod 97 scheme) from 7 leading digits."""
    s = sum(int(c) * w for c, w in zip(d7, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-s) % 97
    return "GB" + d7 + "%02d" % chk


def gb_vat_valid(v):
    v = v.replace("GB", "").replace(" ", "")
    s = sum(int(c) * w for c, w in zip(v[:7], [8, 7, 6, 5, 4, 3, 2])) + int(v[7:9])
    return s % 97 == 0 or (s + 55) % 97 == 0


def ru_inn10(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(c) * w[i] for i, c in enumerate(d9)) % 11 % 10)


def ru_inn12(d10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(c) * w1[i] for i, c in enumerate(d10)) % 11 % 10
    s = d10 + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(c) * w2[i] for i, c in enumerate(s)) % 11 % 10
    return s + str(c2)


def ru_ogrn(d12):
    return d12 + str(int(d12) % 11 % 10)


def ru_account(bic, acc_wo_key):
    """Russian settlement account: 20 digits, key at position 9 (index 8)."""
    w = [7, 1, 3] * 8
    base = bic[-3:] + acc_wo_key[:8] + "0" + acc_wo_key[8:]
    s = sum(int(c) * w[i] for i, c in enumerate(base))
    key = (s % 10 * 3) % 10
    return acc_wo_key[:8] + str(key) + acc_wo_key[8:]


def ru_account_valid(bic, acc):
    w = [7, 1, 3] * 8
    base = bic[-3:] + acc
    return sum(int(c) * w[i] for i, c in enumerate(base)) % 10 == 0


def ru_corr_valid(bic, corr):
    w = [7, 1, 3] * 8
    base = "0" + bic[4:6] + corr
    return sum(int(c) * w[i] for i, c in enumerate(base)) % 10 == 0


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def sha256_b64url(data):
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")


def bech32_address(r, hrp="bc"):
    """Random but checksum-valid segwit v0 P2WPKH address (BIP-173)."""
    CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    prog = [r.getrandbits(8) for _ in range(20)]
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]

    def polymod(values):
        chk = 1
        for v in values:
            b = chk >> 25
            chk = (chk & 0x1ffffff) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((b >> i) & 1) else 0
        return chk

    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CH[d] for d in data + chk)
