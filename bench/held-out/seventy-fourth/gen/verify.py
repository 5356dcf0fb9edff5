"""Post-build checks: every message parses with the stdlib email package, every text part decodes,
attachments are well-formed (PDF xref, ZIP incl. ZipCrypto, PNG QR codes decode, SVG/HTML parse),
identifiers carry valid check digits."""
import email
import email.policy
import io
import os
import re
import zipfile
from xml.etree import ElementTree

import attach
import ids
import qr
from company import BANK, RU_BANK

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam-status", "x-spam-flag", "x-spam-score", "x-spam-level",
             "received-spf")

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")
RU_ACC_RE = re.compile(r"\b(40702810\d{12}|30101810\d{12})\b")
BIK_RE = re.compile(r"\b(04\d{7})\b")


def _texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            cs = part.get_content_charset()
            raw = part.get_payload(decode=True)
            txt = raw.decode(cs, errors="strict")
            assert part.get_content() is not None
            out.append(txt)
    return out


def pdf_text(data):
    """ASCII text of the Tj strings in the content streams (enough to check IBANs and account numbers)."""
    import zlib
    out = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n", data):
        ln = int(re.search(rb"/Length (\d+)", data[max(0, m.start() - 60):m.start()]).group(1))
        try:
            raw = zlib.decompress(data[m.end():m.end() + ln])
        except zlib.error:
            continue
        for s in re.findall(rb"\((.*?)\) Tj", raw):
            out.append(re.sub(rb"\\[0-7]{3}", b"?", s).decode("latin-1"))
    return "\n".join(out)


def pdf_qr(data):
    """Decode QR images embedded by attach.pdf (1-bit DeviceGray, FlateDecode, 4-module border)."""
    import zlib
    out = []
    for m in re.finditer(rb"/Subtype /Image /Width (\d+) /Height (\d+).*?/Length (\d+) >>\nstream\n", data, re.S):
        w, h, ln = int(m.group(1)), int(m.group(2)), int(m.group(3))
        raw = zlib.decompress(data[m.end():m.end() + ln])
        stride = (w + 7) // 8
        n = w - 8
        mod = [[((raw[(y + 4) * stride + (x + 4) // 8] >> (7 - (x + 4) % 8)) & 1) == 0 for x in range(n)] for y in range(n)]
        out.append("PDF:" + qr.decode(mod).decode())
    return out


def check_file(path, passwords=("1184", "2026", "7781", "4471", "RZN2026")):
    data = open(path, "rb").read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    info = {"qr": [], "zip": [], "ibans": [], "btc": []}
    first = data.split(b"\n", 1)[0]
    if not first.startswith(b"Return-Path: <"):
        problems.append("first header is not Return-Path")
    recs = msg.get_all("Received")
    if not recs or "by mx01.example.com (Postfix)" not in recs[0] or "for <" not in recs[0]:
        problems.append("top Received is not mx01's")
    for h in msg.keys():
        if h.lower() in FORBIDDEN or h.lower().startswith("x-spam"):
            problems.append("forbidden header " + h)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            problems.append("missing " + h)
        else:
            str(msg[h])
    d = msg["Date"].datetime
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        problems.append("date out of range")
    if msg.defects:
        problems.append("defects %r" % msg.defects)
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %r" % part.defects)
    texts = _texts(msg)
    for part in msg.walk():
        fn = part.get_filename()
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and not fn:
            continue
        payload = part.get_payload(decode=True)
        if ct == "application/pdf":
            attach.pdf_check(payload)
            info["qr"] += pdf_qr(payload)
            texts.append(pdf_text(payload))
        elif ct in ("application/zip", "application/x-zip-compressed"):
            z = zipfile.ZipFile(io.BytesIO(payload))
            enc = any(zi.flag_bits & 1 for zi in z.infolist())
            ok = False
            if enc:
                for pw in passwords:
                    try:
                        names = attach.zip_check(payload, pw)
                        info["zip"].append((fn, names, pw))
                        ok = True
                        break
                    except RuntimeError:
                        continue
                    except Exception:
                        continue
            else:
                names = attach.zip_check(payload)
                info["zip"].append((fn, names, None))
                ok = True
            if not ok:
                problems.append("zip not openable " + str(fn))
        elif ct == "image/png":
            for sc in (4, 5, 6):
                try:
                    m = qr.from_png(payload, scale=sc)
                    info["qr"].append(qr.decode(m).decode())
                    break
                except Exception:
                    continue
            else:
                problems.append("png not a decodable QR: %s" % fn)
        elif ct == "image/svg+xml":
            ElementTree.fromstring(payload)
            texts.append(payload.decode("utf-8"))
        elif ct == "text/html" and fn:
            cs = part.get_content_charset() or "utf-8"
            texts.append(payload.decode(cs))
        elif ct == "text/calendar" or (fn and ct.startswith("text/")):
            cs = part.get_content_charset() or "utf-8"
            texts.append(payload.decode(cs))
    alltext = "\n".join(texts)
    for m in IBAN_RE.finditer(alltext):
        cand = m.group(1).replace(" ", "")
        if cand[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "BE", "NL", "FR", "AT", "CY", "BG", "RO") and len(cand) >= 15:
            if not ids.iban_valid(cand):
                problems.append("invalid IBAN " + cand)
            info["ibans"].append(cand)
    for m in BTC_RE.finditer(alltext):
        a = m.group(1)
        okb = ids.bech32_valid(a) if a.startswith("bc1") else ids.base58check_valid(a)
        if not okb:
            problems.append("invalid BTC address " + a)
        info["btc"].append(a)
    biks = BIK_RE.findall(alltext)
    for acc in RU_ACC_RE.findall(alltext):
        corr = acc.startswith("30101")
        if not any(ids.ru_check(b, acc, corr) for b in biks):
            problems.append("Russian account %s fails BIK key check" % acc)
    return problems, info


def check_bank_tables():
    probs = []
    for k, (_, _, ib) in BANK.items():
        if not ids.iban_valid(ib):
            probs.append("BANK %s invalid" % k)
    for k, v in RU_BANK.items():
        if not ids.ru_check(v["bik"], v["acct"]) or not ids.ru_check(v["bik"], v["corr"], True):
            probs.append("RU_BANK %s invalid" % k)
    return probs


def run(root):
    total = 0
    bad = 0
    report = []
    for folder in ("attack", "business"):
        for fn in sorted(os.listdir(os.path.join(root, folder))):
            if not fn.endswith(".eml"):
                continue
            total += 1
            p, info = check_file(os.path.join(root, folder, fn))
            if p:
                bad += 1
                report.append("%s/%s: %s" % (folder, fn, "; ".join(p)))
            extras = []
            if info["qr"]:
                extras.append("QR=" + " | ".join(info["qr"]))
            if info["zip"]:
                extras.append("ZIP=" + " | ".join("%s%s%s" % (z[0], z[1], (" pw=" + z[2]) if z[2] else "") for z in info["zip"]))
            if info["btc"]:
                extras.append("BTC=" + ",".join(info["btc"]))
            if extras:
                report.append("  %s/%s: %s" % (folder, fn, "; ".join(extras)))
    report += check_bank_tables()
    return total, bad, report
