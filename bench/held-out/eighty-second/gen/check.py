"""Self-checks run by build.py (stdlib; uses zbarimg/pdftotext if present)."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from lib import numbers as N
from lib import timez

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam")
IBAN_LEN = {"DE": 22, "IT": 27, "ES": 24, "PL": 28, "GR": 27, "GB": 22, "LT": 20, "HU": 28,
            "SK": 24, "BG": 22, "BE": 16, "FR": 27, "AT": 20, "NL": 18, "CY": 28, "PT": 25}
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})\b")
BTC_BECH = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80})\b")
BTC_B58 = re.compile(r"\b([13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
RU_ACC = re.compile(r"(?<!\d)(\d{20})(?!\d)")
RU_BIK = re.compile(r"(?<!\d)(04\d{7})(?!\d)")


def _tool(name):
    return shutil.which(name)


def _pdf_text(data):
    if not _tool("pdftotext"):
        return ""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        p = subprocess.run(["pdftotext", "-enc", "UTF-8", f.name, "-"], capture_output=True)
        return p.stdout.decode("utf-8", "replace")


def _qr_decode(data):
    if not _tool("zbarimg"):
        return None
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        f.write(data)
        f.flush()
        p = subprocess.run(["zbarimg", "-q", "--raw", f.name], capture_output=True)
        return p.stdout.decode("utf-8", "replace").strip()


def _iban_candidates(text):
    out = []
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(" ", "")
        cc = s[:2]
        if cc in IBAN_LEN:
            if len(s) >= IBAN_LEN[cc]:
                out.append(s[:IBAN_LEN[cc]])
    return out


NRB_RE = re.compile(r"(?<![\dA-Z])(\d{2}(?: ?\d{4}){6})(?![\d])")


def check_numbers(text, where, errors, stats):
    for nrb in NRB_RE.findall(text):
        stats["iban"] += 1
        if not N.iban_ok("PL" + nrb.replace(" ", "")):
            errors.append("%s: bad Polish NRB %s" % (where, nrb))
    for ib in _iban_candidates(text):
        stats["iban"] += 1
        if not N.iban_ok(ib):
            errors.append("%s: bad IBAN %s" % (where, ib))
    for a in BTC_BECH.findall(text):
        stats["btc"] += 1
        if not N.bech32_ok(a):
            errors.append("%s: bad bech32 %s" % (where, a))
    biks = set(RU_BIK.findall(text))
    for acc in RU_ACC.findall(text):
        if acc[:3] in ("407", "408", "301", "406", "405"):
            stats["ru_acc"] += 1
            ok = any(N.ru_key_ok(b, acc, corr=acc.startswith("301")) for b in biks)
            if not ok:
                errors.append("%s: RU account %s fails key with BIKs %s" % (where, acc, sorted(biks)))


def run(out, sets):
    errors = []
    stats = {"files": 0, "text_parts": 0, "attachments": 0, "iban": 0, "btc": 0, "ru_acc": 0,
             "qr": 0, "qr_decoded_ok": 0, "pdf": 0, "zip": 0, "zip_encrypted": 0}
    msgids = set()
    lo = timez.berlin("2026-10-01 00:00")
    hi = timez.berlin("2026-12-31 23:59")
    for kind, msgs in sets.items():
        for m in msgs:
            path = os.path.join(out, kind, m.filename)
            raw = open(path, "rb").read()
            where = "%s/%s" % (kind, m.filename)
            stats["files"] += 1
            for ln in raw.split(b"\n"):
                if len(ln) > 998:
                    errors.append("%s: line > 998 octets" % where)
                    break
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                errors.append("%s: defects %r" % (where, msg.defects))
            keys = [k.lower() for k in msg.keys()]
            for k in keys:
                if k.startswith(FORBIDDEN):
                    errors.append("%s: forbidden header %s" % (where, k))
            if keys[0] != "return-path" or keys[1] != "received":
                errors.append("%s: header order %r" % (where, keys[:2]))
            rec = msg.get_all("Received")
            top = str(rec[0])
            if "by mx01.example.com (Postfix)" not in top or "for <" not in top:
                errors.append("%s: top Received is not mx01's" % where)
            if not re.match(r"from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)", top):
                errors.append("%s: mx01 client clause malformed: %s" % (where, top[:80]))
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                v = msg[h]
                if v is None:
                    errors.append("%s: missing %s" % (where, h))
                    continue
                if "  " in str(v):
                    errors.append("%s: %s decodes with a double space: %s" % (where, h, v))
            mid = str(msg["Message-ID"]).strip()
            if mid in msgids:
                errors.append("%s: duplicate Message-ID" % where)
            msgids.add(mid)
            d = msg["Date"].datetime
            if not (lo <= d <= hi):
                errors.append("%s: date out of range %s" % (where, d))
            alltext = []
            for part in msg.walk():
                if part.defects:
                    errors.append("%s: part defects %r" % (where, part.defects))
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                payload = part.get_payload(decode=True)
                fn = part.get_filename()
                if part.get_content_maintype() == "text" and not fn:
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        txt = payload.decode(cs)  # strict
                    except (UnicodeDecodeError, LookupError) as e:
                        errors.append("%s: text part does not decode as %s: %s" % (where, cs, e))
                        continue
                    # policy API decode as well
                    part.get_content()
                    alltext.append(txt)
                    stats["text_parts"] += 1
                    if "\ufffd" in txt:
                        errors.append("%s: replacement char in text" % where)
                    continue
                stats["attachments"] += 1
                if fn is None and part.get("Content-ID") is None:
                    errors.append("%s: attachment without name or CID (%s)" % (where, ct))
                if ct == "application/pdf":
                    stats["pdf"] += 1
                    if not payload.startswith(b"%PDF-1.") or b"/JavaScript" in payload or b"/Launch" in payload:
                        errors.append("%s: pdf problem in %s" % (where, fn))
                    alltext.append(_pdf_text(payload))
                elif ct in ("application/zip", "application/x-zip-compressed"):
                    stats["zip"] += 1
                    zf = zipfile.ZipFile(io.BytesIO(payload))
                    cands = set(re.findall(r"[^\s:;,.\"“”«»„]{4,24}", "\n".join(alltext)))
                    if m.meta.get("zip_pw"):
                        cands = {m.meta["zip_pw"]}
                    for zi in zf.infolist():
                        if zi.flag_bits & 1:
                            stats["zip_encrypted"] += 1
                            ok = False
                            for c in sorted(cands):
                                try:
                                    zf.read(zi, pwd=c.encode("utf-8"))
                                    ok = True
                                    break
                                except (RuntimeError, zipfile.BadZipFile, Exception):
                                    continue
                            if not ok:
                                errors.append("%s: cannot open encrypted %s with any word from the body" % (where, zi.filename))
                        else:
                            content = zf.read(zi)
                            if zi.filename.lower().endswith(".pdf"):
                                alltext.append(_pdf_text(content))
                elif ct == "image/png":
                    if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                        errors.append("%s: bad png" % where)
                    if "qr" in (fn or "").lower() or "qr" in str(part.get("Content-ID", "")).lower():
                        v = _qr_decode(payload)
                        stats["qr"] += 1
                        expect = getattr(m, "qr_text", None)
                        if expect is None:
                            errors.append("%s: QR image without declared qr_text" % where)
                        elif v is not None and v != expect:
                            errors.append("%s: QR decodes to %r, expected %r" % (where, v, expect))
                        elif v is not None:
                            stats["qr_decoded_ok"] += 1
                elif ct in ("text/html", "image/svg+xml", "text/calendar"):
                    t = payload.decode("utf-8")
                    low = t.lower()
                    if "<script" in low or "javascript:" in low or "onload=" in low:
                        errors.append("%s: script in %s" % (where, fn))
                    alltext.append(t)
                elif ct == "audio/wav" or ct == "audio/x-wav":
                    if not payload.startswith(b"RIFF"):
                        errors.append("%s: bad wav" % where)
            for t in alltext:
                check_numbers(t, where, errors, stats)
    print("check: %s" % ", ".join("%s=%d" % kv for kv in sorted(stats.items())))
    if not _tool("zbarimg"):
        print("check: zbarimg not found - QR codes not externally decoded")
    if errors:
        print("CHECK FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        return False
    print("check: all messages parse without defects; every text part decodes strictly")
    return True
