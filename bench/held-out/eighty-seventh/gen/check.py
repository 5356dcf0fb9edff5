"""Validation of the generated corpus: every message parses with Python's
email package without defects, every text part decodes to the intended
text, attachments round-trip, archives open, QR codes decode, IBANs and
crypto addresses carry valid check digits."""
import email
import email.policy
import email.utils
import io
import re
import shutil
import subprocess
import tempfile
import zipfile

import checkdigits as cd
from common import ATTACH_INFO
from mime import Attach, Multi, Text, roundtrip_text

FORBIDDEN = re.compile(r"^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*)$", re.I)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\b(bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{38,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")


def _leaves(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from _leaves(p)
    else:
        yield part


def _zbar(png):
    exe = shutil.which("zbarimg")
    if not exe:
        return None
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        f.write(png)
        f.flush()
        out = subprocess.run([exe, "-q", "--raw", f.name], capture_output=True)
    return out.stdout.decode("utf-8", "replace").strip()


def check(raw, meta, stats):
    probs = []
    for pol in (email.policy.default, email.policy.compat32):
        msg = email.message_from_bytes(raw, policy=pol)
        for part in msg.walk():
            if part.defects:
                probs.append("defects (%s): %r" % (pol.__class__.__name__, part.defects))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for k in ("Return-Path", "Received", "From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[k] is None:
            probs.append("missing " + k)
    for k in msg.keys():
        if FORBIDDEN.match(k):
            probs.append("forbidden header " + k)
    rec = msg.get_all("Received")
    top = " ".join(str(rec[0]).split())
    if not (top.startswith("from ") and "by mx01.example.com (Postfix)" in top
            and "for <%s>" % meta["rcpt"] in top):
        probs.append("top Received not mx01: " + top[:120])
    if not re.match(r"from \S+ \(\S+ \[[0-9a-f.:]+\]\)", top):
        probs.append("mx01 Received lacks 'from HELO (rDNS [IP])'")
    if meta["via"] == "internal_exchange" and "mail-int01.example.com [10.20.0.25]" not in top:
        probs.append("internal not via mail-int01")
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (d.year == 2026 and 10 <= d.month <= 12):
        probs.append("date out of range %s" % d)
    wd = str(msg["Date"]).split(",")[0]
    if wd != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]:
        probs.append("weekday mismatch")
    for h in rec:
        m = re.search(r";\s*(.+)$", " ".join(str(h).split()))
        if m:
            rd = email.utils.parsedate_to_datetime(m.group(1).split(" (")[0])
            if rd < d.replace(microsecond=0) and abs((rd - d).total_seconds()) > 1:
                probs.append("Received earlier than Date: %s" % m.group(1))
    want_subj = roundtrip_text(meta["subject"], meta["hcs"])
    if str(msg["Subject"]) != want_subj:
        probs.append("subject mismatch %r != %r" % (str(msg["Subject"]), want_subj))
    for h in ("From", "To", "Cc", "Reply-To"):
        if msg[h] is not None:
            try:
                addrs = msg[h].addresses
                for a in addrs:
                    if "@" not in a.addr_spec:
                        probs.append("bad address in " + h)
            except Exception as e:          # noqa
                probs.append("address parse %s: %s" % (h, e))
    # ------------------------------------------------------------ parts --
    leaves = list(_leaves(meta["root"]))
    parsed = [p for p in msg.walk() if not p.is_multipart()]
    if len(leaves) != len(parsed):
        probs.append("leaf count %d != %d" % (len(leaves), len(parsed)))
    alltext = []
    for src, p in zip(leaves, parsed):
        if isinstance(src, Text):
            try:
                content = p.get_content()
            except Exception as e:       # noqa
                probs.append("text part does not decode: %s" % e)
                continue
            if p.get_content_charset() != src.charset.lower():
                probs.append("charset label %s" % p.get_content_charset())
            want = roundtrip_text(src.text.replace("\r\n", "\n"), src.charset)
            if not want.endswith("\n"):
                want += "\n"
            if content.replace("\r\n", "\n") != want:
                probs.append("text round-trip mismatch in %s" % src.ctype())
            if src.subtype == "plain":
                alltext.append(content)
            stats["text_parts"] += 1
        else:
            data = p.get_payload(decode=True)
            if data != src.data:
                probs.append("attachment mismatch %s" % src.filename)
            if src.filename and p.get_filename() != src.filename:
                probs.append("filename mismatch %r" % p.get_filename())
            info = ATTACH_INFO.get(id(src), {})
            kind = info.get("kind")
            if kind == "zip":
                zf = zipfile.ZipFile(io.BytesIO(data))
                pwd = info.get("password")
                for (n, d), zi in zip(info["entries"], zf.infolist()):
                    if zi.filename != n:
                        probs.append("zip name %s" % zi.filename)
                    if pwd:
                        if not zi.flag_bits & 1:
                            probs.append("zip entry not encrypted")
                        try:
                            zf.read(zi, pwd=b"wrong-password")
                            probs.append("zip opens with wrong password")
                        except RuntimeError:
                            pass
                        except Exception:     # noqa  (bad CRC etc. also means locked)
                            pass
                    got = zf.read(zi, pwd=pwd.encode() if pwd else None)
                    if got != d:
                        probs.append("zip content mismatch")
                    stats["zip_entries"] += 1
            elif kind == "qr":
                dec = _zbar(data)
                if dec is None:
                    stats["qr_unverified"] += 1
                elif dec != info["text"]:
                    probs.append("QR decodes to %r" % dec)
                else:
                    stats["qr_ok"] += 1
            elif kind == "pdf":
                if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
                    probs.append("pdf framing")
                if shutil.which("pdftotext"):
                    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True)
                    if out.returncode != 0 or not out.stdout.strip():
                        probs.append("pdftotext failed")
                    else:
                        alltext.append(out.stdout.decode("utf-8", "replace"))
                stats["pdf"] += 1
            elif kind in ("png",):
                if not data.startswith(b"\x89PNG"):
                    probs.append("png framing")
            elif kind in ("html", "svg"):
                low = data.lower()
                if b"<script" in low or b"javascript:" in low or b"onload=" in low:
                    probs.append("active content in %s" % src.filename)
                alltext.append(data.decode("utf-8", "replace"))
    # ------------------------------------------------- numbers in text --
    blob = "\n".join(alltext)
    for m in IBAN_RE.finditer(blob):
        s = m.group(1).replace(" ", "")
        if s[:2] in ("DE", "IT", "PL", "ES", "GR", "LT", "FR", "GB", "AT", "NL", "IE", "BE", "PT", "CY", "BG", "RO", "HU", "CZ", "LV", "EE") and len(s) >= 15:
            if not cd.iban_valid(s):
                probs.append("invalid IBAN %s" % s)
            else:
                stats["ibans"] += 1
    for m in re.finditer(r"(?<!\d)(?<!\d )(\d{2}(?: ?\d{4}){6})(?![\d])", blob):
        s = "PL" + m.group(1).replace(" ", "")
        if not cd.iban_valid(s):
            probs.append("invalid NRB %s" % m.group(1))
        else:
            stats["ibans"] += 1
    for m in BTC_RE.finditer(blob):
        a = m.group(1)
        if a.startswith("bc1"):
            if cd.bech32_decode_v0(a) is None:
                probs.append("bad bech32 %s" % a)
            else:
                stats["btc"] += 1
        elif len(a) >= 26 and re.search(r"bitcoin|BTC|биткоин|Bitcoin", blob):
            if cd.base58check_valid(a):
                stats["btc"] += 1
    for m in re.finditer(r"(?:р/с|Р/с|Расчётный счёт|Расчетный счет|р/сч)[^\d]{0,10}(\d{20})[\s\S]{0,200}?БИК[^\d]{0,6}(\d{9})", blob):
        if not cd.ru_account_valid(m.group(2), m.group(1)):
            probs.append("bad RU account %s / %s" % m.groups())
        else:
            stats["ru_accounts"] += 1
    return probs
