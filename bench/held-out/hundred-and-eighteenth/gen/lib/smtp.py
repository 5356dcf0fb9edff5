"""Time zones, date formats, IDs, DKIM/ARC header synthesis and the
receiving MX's own trace headers."""

import base64
import datetime as _dt
import string

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _last_sunday(y, m):
    d = _dt.datetime(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.datetime(y, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = _dt.datetime(y, m, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def eu_summer(utc):
    start = _last_sunday(utc.year, 3).replace(hour=1)
    end = _last_sunday(utc.year, 10).replace(hour=1)
    return start <= utc < end


def us_summer(utc, std_off):
    start = _nth_sunday(utc.year, 3, 2).replace(hour=2) - _dt.timedelta(hours=std_off)
    end = _nth_sunday(utc.year, 11, 1).replace(hour=2) - _dt.timedelta(hours=std_off + 1)
    return start <= utc < end


def offset(utc, zone):
    """Return (minutes, abbreviation)."""
    if zone == "utc":
        return 0, "UTC"
    if zone == "gmt":
        return 0, "GMT"
    if zone == "de":
        return (120, "CEST") if eu_summer(utc) else (60, "CET")
    if zone == "uk":
        return (60, "BST") if eu_summer(utc) else (0, "GMT")
    if zone == "gr":
        return (180, "EEST") if eu_summer(utc) else (120, "EET")
    if zone == "ru":
        return 180, "MSK"
    if zone == "pt":  # US Pacific
        return (-420, "PDT") if us_summer(utc, -8) else (-480, "PST")
    if zone == "et":
        return (-240, "EDT") if us_summer(utc, -5) else (-300, "EST")
    if zone == "in":
        return 330, "IST"
    if zone == "cn":
        return 480, "CST"
    if zone == "ng":
        return 60, "WAT"
    if zone == "br":
        return -180, "-03"
    raise ValueError(zone)


def local(utc, zone):
    off, ab = offset(utc, zone)
    return utc + _dt.timedelta(minutes=off), off, ab


def _offs(off):
    return "%s%02d%02d" % ("+" if off >= 0 else "-", abs(off) // 60, abs(off) % 60)


def rfc_date(utc, zone, pad=False, abbr=False, zero_day=False):
    """RFC 5322 date.  pad: Postfix style day padding ('Tue,  3 Nov');
    zero_day: '03 Nov'; abbr: append ' (CET)'."""
    t, off, ab = local(utc, zone)
    day = ("%02d" % t.day) if zero_day else (("%2d" % t.day) if pad else str(t.day))
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[t.weekday()], day, MONS[t.month - 1], t.year,
                                            t.hour, t.minute, t.second, _offs(off))
    if abbr:
        s += " (%s)" % ab
    return s


def iso_utc(utc, frac=None):
    s = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if frac is not None:
        s += "." + frac
    return s + "Z"


def ts(utc):
    return int((utc - _dt.datetime(1970, 1, 1)).total_seconds())


# ------------------------------------------------------------ randomness
B64 = string.ascii_letters + string.digits + "+/"
HEX = "0123456789abcdef"


def rb64(rng, n):
    return "".join(rng.choice(B64) for _ in range(n))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64len(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def queue_id(rng):
    al = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"
    return "4" + "".join(rng.choice(al) for _ in range(9)) + "z" + "".join(rng.choice(al) for _ in range(3))


def fold_b64(prefix, data, first=60, width=70, indent="\t "):
    """Fold a long base64 tag value across continuation lines."""
    out = prefix + data[:first]
    rest = data[first:]
    while rest:
        out += "\n" + indent + rest[:width]
        rest = rest[width:]
    return out


# ------------------------------------------------------------ DKIM / ARC
def dkim_sig(rng, d, s, h, bh, t=None, bits=2048, extra="", indent="\t ", i=None, x=None, order="vacdsht"):
    b = b64len(rng, bits // 8)
    parts = {"v": "v=1", "a": "a=rsa-sha256", "c": "c=relaxed/relaxed", "d": "d=%s" % d,
             "s": "s=%s" % s, "h": "h=%s" % h, "t": ("t=%d" % t) if t else None,
             "i": ("i=%s" % i) if i else None, "x": ("x=%d" % x) if x else None,
             "q": "q=dns/txt"}
    seq = []
    for k in order:
        if k == "E":
            if extra:
                seq.append(extra)
        elif parts.get(k):
            seq.append(parts[k])
    if extra and "E" not in order:
        seq.append(extra)
    head = "DKIM-Signature: " + "; ".join(seq[:3]) + ";"
    lines = [head]
    cur = indent
    for p in seq[3:]:
        tok = p + "; "
        if len(cur) + len(tok) > 76 and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += tok
    cur += "bh=" + bh + ";"
    lines.append(cur)
    lines.append(fold_b64(indent + "b=", b, first=68, width=70, indent=indent))
    return "\n".join(lines), b


def arc_set(rng, d, s, ar_text, h, bh, t, inst=1, cv="none"):
    seal_b = b64len(rng, 256)
    ams_b = b64len(rng, 256)
    seal = ("ARC-Seal: i=%d; a=rsa-sha256; s=%s; d=%s; cv=%s;\n b=" % (inst, s, d, cv)) + \
        "\n ".join([seal_b[:62]] + [seal_b[k:k + 74] for k in range(62, len(seal_b), 74)])
    ams = ("ARC-Message-Signature: i=%d; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=%s;\n bh=%s;\n b=" % (
        inst, d, s, h, bh)) + "\n ".join([ams_b[:62]] + [ams_b[k:k + 74] for k in range(62, len(ams_b), 74)])
    aar = "ARC-Authentication-Results: i=%d; %s" % (inst, ar_text)
    return [seal, ams, aar]


# ------------------------------------------------------------ org domains
_PSL2 = {"co.uk", "org.uk", "gov.uk", "ac.uk", "com.pl", "net.pl", "com.gr", "com.es", "de.com",
         "com.ru", "co.it", "com.cn", "com.br", "com.ng", "eu.com", "uk.com", "service.gov.uk"}


def org_domain(dom):
    parts = dom.lower().split(".")
    for n in (3, 2):
        if len(parts) > n and ".".join(parts[-n:]) in _PSL2:
            return ".".join(parts[-(n + 1):])
    return ".".join(parts[-2:])


# ------------------------------------------------------------ receiving MX
DMARC = {
    "gmail.com": "none", "googlemail.com": "none", "outlook.com": "none", "hotmail.com": "none",
    "outlook.de": "none", "outlook.es": "none", "yahoo.com": "reject", "microsoft.com": "reject",
    "google.com": "reject", "docusign.net": "reject", "example.com": "quarantine",
    "examplegroup.eu": "quarantine", "lieferant-gmbh.de": "quarantine",
    "ferretti-trasporti.it": "quarantine", "partner-logistik.pl": "none",
    "amazonses.com": "none", "sharepointonline.com": "reject", "canva.com": "reject",
    "wetransfer.com": "reject", "yandex.ru": "none", "mail.ru": "reject",
    "service.gov.uk": "reject", "notifications.service.gov.uk": "reject", "adobe.com": "reject", "dropbox.com": "reject",
    "gmx.de": "none", "web.de": "none", "wp.pl": "none", "outlook.es": "none",
    # correspondents and platforms (published DMARC records as modelled)
    "agricert-europe.de": "quarantine", "harrowfieldfresh.co.uk": "reject", "nordfrisch.de": "reject",
    "grenzland-volksbank.de": "reject", "semillerosdelponiente.es": "none", "studiobellini.it": "none",
    "folimex.com.pl": "none", "agrotechservice.ru": "none", "kontur.ru": "reject", "correo.gob.es": "reject",
    "autenti.com": "quarantine", "agronoticiasponiente.es": "none",
    # third parties whose mailboxes/sites are abused in attack/
    "talleresmolina.es": "none", "greenbayprint.com": "none", "kempkens-jungpflanzen.de": "none",
    "studiotecnicovitale.it": "none", "agro-kolsad.pl": "none", "bauer-gartenbedarf.de": "none",
}


class Conn:
    """What the MX saw on the SMTP connection."""

    def __init__(self, helo, rdns, ip, mail_from, tls=True, tls_desc=None,
                 spf="pass", spf_domain=None, client_cert=False):
        self.helo, self.rdns, self.ip = helo, rdns, ip
        self.mail_from = mail_from
        self.tls = tls
        self.tls_desc = tls_desc
        self.spf = spf
        self.spf_domain = spf_domain
        self.client_cert = client_cert


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")
TLS12_MS = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
            "\t(Client did not present a certificate)")
TLS13_INT = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)\n"
             "\t(Client CN \"mail-int01.example.com\", Issuer \"Example Group Issuing CA 01\" (verified OK))")


def mx01_headers(m, conn, rcpt, rcv_utc, dkims, from_domain, internal=False):
    """Headers prepended by mx01 (Return-Path, milters, Received).
    dkims: list of (domain, selector, bval, result, bits)."""
    out = []
    out.append("Return-Path: <%s>" % conn.mail_from)
    if not internal:
        fd = from_domain.lower()
        od = org_domain(fd)
        spf_ok = conn.spf == "pass" and conn.spf_domain and org_domain(conn.spf_domain) == od
        dk_ok = any(r == "pass" and org_domain(d) == od for (d, s, b, r, bits) in dkims)
        pol = DMARC.get(od, DMARC.get(fd))
        if pol is None:
            pol = m.dmarc_policy.get(od) if hasattr(m, "dmarc_policy") else None
        if pol is None:
            out.append("Authentication-Results: mx01.example.com; dmarc=none (p=none dis=none) header.from=%s" % fd)
        else:
            res = "pass" if (spf_ok or dk_ok) else "fail"
            dis = "none" if res == "pass" else pol
            out.append("Authentication-Results: mx01.example.com; dmarc=%s (p=%s dis=%s) header.from=%s" % (res, pol, dis, fd))
        if dkims:
            lines = ["Authentication-Results: mx01.example.com;"]
            for (d, s, b, r, bits) in dkims:
                lines.append("\tdkim=%s (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s;" % (
                    r, bits, d, d, s, b[:8]))
            lines.append("\tdkim-atps=neutral")
            out.append("\n".join(lines))
        dom = conn.mail_from.split("@")[-1] if conn.mail_from else conn.helo
        kind = {"pass": "Pass (mailfrom)", "fail": "Fail (mailfrom)", "softfail": "Softfail (mailfrom)",
                "none": "None (no SPF record)", "neutral": "Neutral (mailfrom)"}[conn.spf]
        out.append("Received-SPF: %s identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN> " % (
            kind, conn.ip, conn.helo, conn.mail_from or "<>"))
    frm = "from %s (%s [%s])" % (conn.helo, conn.rdns or "unknown", conn.ip)
    tls = conn.tls_desc if conn.tls_desc else (TLS13 if conn.tls else None)
    r = "Received: " + frm
    if tls:
        r += "\n\t" + tls
    r += "\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        "ESMTPS" if tls else "ESMTP", queue_id(m.rng), rcpt, rfc_date(rcv_utc, "de", pad=True, abbr=True))
    out.append(r)
    return out
