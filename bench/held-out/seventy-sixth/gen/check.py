"""Validation of the generated files with Python's email package."""
import email
import email.policy
import io
import os
import re
import zipfile

import ids
import qr

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BECH_RE = re.compile(r"\b(bc1[ac-hj-np-z02-9]{20,70})\b")
B58_RE = re.compile(r"\b(1[1-9A-HJ-NP-Za-km-z]{25,34})\b")


def _png_is_gray(data):
    return data[:8] == b"\x89PNG\r\n\x1a\n" and data[25] == 0


def check_message(path, m):
    probs = []
    raw = open(path, "rb").read()
    for ln in raw.split(b"\n"):
        if len(ln) > 998:
            probs.append("%s: line > 998 octets" % path)
            break
    head = raw.split(b"\n\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        probs.append("%s: non-ASCII header" % path)
    lines = head.decode("ascii", "replace").split("\n")
    if not lines[0].startswith("Return-Path: <"):
        probs.append("%s: first header not Return-Path" % path)
    fields, cur = [], None
    for ln in lines:
        if ln[:1] in (" ", "\t") and cur is not None:
            cur[1] += " " + ln.strip()
        else:
            name, _, val = ln.partition(":")
            cur = [name, val.strip()]
            fields.append(cur)
    if len(fields) < 2 or fields[1][0] != "Received" or "by mx01.example.com (Postfix)" not in fields[1][1]:
        probs.append("%s: top Received is not mx01's" % path)
    elif not re.match(r"from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)", fields[1][1]):
        probs.append("%s: mx01 Received lacks 'from HELO (rDNS [IP])'" % path)
    if ("for <%s>;" % m.rcpt) not in head.decode("ascii", "replace"):
        probs.append("%s: mx01 'for <rcpt>' missing" % path)
    for bad in ("Authentication-Results", "DKIM-Signature", "ARC-", "X-Spam"):
        if re.search(r"(?im)^%s" % re.escape(bad), head.decode("ascii", "replace")):
            probs.append("%s: forbidden header %s" % (path, bad))
    for pol in (email.policy.default, email.policy.compat32):
        msg = email.message_from_bytes(raw, policy=pol)
        for part in msg.walk():
            if part.defects:
                probs.append("%s: defects %r" % (path, part.defects))
        if pol is email.policy.default:
            for k, v in msg.items():
                s = str(v)
                if "\ufffd" in s or "=?" in s:
                    probs.append("%s: header %s not decoded: %r" % (path, k, s[:60]))
            texts = []
            for part in msg.walk():
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                fn = part.get_filename()
                if fn and ("\ufffd" in fn or "=?" in fn):
                    probs.append("%s: filename not decoded %r" % (path, fn))
                if part.get_content_maintype() == "text":
                    try:
                        t = part.get_content()
                    except Exception as e:  # noqa
                        probs.append("%s: text part does not decode: %s" % (path, e))
                        continue
                    if "\ufffd" in t:
                        probs.append("%s: replacement char in %s" % (path, ct))
                    texts.append(t)
                else:
                    data = part.get_payload(decode=True)
                    if ct == "application/pdf" and not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                        probs.append("%s: broken PDF %s" % (path, fn))
                    if ct in ("application/zip", "application/x-zip-compressed"):
                        try:
                            zf = zipfile.ZipFile(io.BytesIO(data))
                            for info in zf.infolist():
                                if info.flag_bits & 1:
                                    pw = getattr(m, "zip_password", None)
                                    if pw is None:
                                        probs.append("%s: encrypted zip without known password" % path)
                                        continue
                                    zf.setpassword(pw.encode())
                                zf.read(info)
                        except Exception as e:  # noqa
                            probs.append("%s: zip error %s" % (path, e))
                    if ct == "image/png" and _png_is_gray(data):
                        try:
                            url = qr.decode_png(data, scale=5)
                            exp = getattr(m, "qr_urls", [])
                            if url not in exp:
                                probs.append("%s: QR decodes to unexpected %r" % (path, url))
                        except Exception as e:  # noqa
                            probs.append("%s: QR does not decode: %s" % (path, e))
            alltext = "\n".join(texts)
            for mo in IBAN_RE.finditer(alltext):
                cand = mo.group(1).replace(" ", "")
                if cand[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "FR", "AT", "NL", "BE") and len(cand) >= 15:
                    if not ids.iban_ok(cand):
                        probs.append("%s: bad IBAN %s" % (path, mo.group(1)))
            for mo in BECH_RE.finditer(alltext):
                if not ids.bech32_ok(mo.group(1)):
                    probs.append("%s: bad bech32 %s" % (path, mo.group(1)))
            for mo in B58_RE.finditer(alltext):
                if re.search(r"[a-z]", mo.group(1)) and re.search(r"[A-Z]", mo.group(1)) and not ids.base58check_ok(mo.group(1)):
                    probs.append("%s: bad base58 %s" % (path, mo.group(1)))
    return probs


def run(root, sets):
    probs = []
    names = set()
    for folder, msgs in sets.items():
        for m in msgs:
            p = os.path.join(root, folder, m.filename())
            if m.filename() in names:
                probs.append("duplicate file name %s" % m.filename())
            names.add(m.filename())
            probs += check_message(p, m)
    return probs
