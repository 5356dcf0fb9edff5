"""Post-build verification: every message parses with the email package, every
text part decodes with its declared charset, identifiers carry valid checksums,
QR codes decode, archives open (with the password given in the body)."""
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import checks
import pdf as P
import qr as Q

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam", "received-spf")

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "LT": 20, "GB": 22, "FR": 27, "NL": 18}


def text_parts(msg):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        disp = part.get_content_disposition()
        yield part, ct, disp


def all_text(msg, extra=None):
    """Decoded text of bodies + text-bearing attachments (for identifier checks)."""
    out = []
    for part, ct, disp in text_parts(msg):
        raw = part.get_payload(decode=True) or b""
        if ct.startswith("text/") or ct in ("image/svg+xml", "application/xml"):
            cs = part.get_content_charset() or "utf-8"
            t = raw.decode(cs)
            if (part.get_param("format") or "").lower() == "flowed":
                t = t.replace(" \n", " ")  # RFC 3676 soft line breaks
            out.append(t)
        elif ct == "application/pdf":
            out.append(P.extract_text(raw))
    return "\n".join(out)


STATS = {"iban": set(), "ru": set(), "btc": set()}


def check_ids(text, problems, name):
    flat = re.sub(r"<[^>]+>", " ", text)
    for m in IBAN_RE.finditer(flat):
        s = m.group(1).replace(" ", "")
        cc = s[:2]
        if cc not in IBAN_LEN:
            continue
        s = s[:IBAN_LEN[cc]]
        if len(s) == IBAN_LEN[cc]:
            STATS["iban"].add(s)
            if not checks.iban_ok(s):
                problems.append("%s: bad IBAN %s" % (name, s))
    # Russian: each settlement account must validate with some BIK in the text, each corr. account with its BIK
    biks = set(re.findall(r"БИК:?\s*(\d{9})", flat))
    for acct in set(re.findall(r"\b(40[5-8]\d{17})\b", flat)):
        STATS["ru"].add(acct)
        if not any(checks.ru_key_ok(b, acct) for b in biks):
            problems.append("%s: Russian account %s fails BIK key" % (name, acct))
    for ks in set(re.findall(r"\b(30101\d{15})\b", flat)):
        STATS["ru"].add(ks)
        if not any(checks.ru_key_ok(b, ks, corr=True) for b in biks):
            problems.append("%s: corr. account %s fails BIK key" % (name, ks))
    for a in set(re.findall(r"\b(bc1q[02-9ac-hj-np-z]{38,58})\b", flat)):
        STATS["btc"].add(a)
        if not checks.bech32_ok(a):
            problems.append("%s: bad bech32 %s" % (name, a))


def run(out_dir, mails):
    problems = []
    zbar = shutil.which("zbarimg")
    qr_seen = []
    for folder, lst in mails.items():
        for m in lst:
            name = "%s/%s" % (folder, m.filename())
            data = open(os.path.join(out_dir, folder, m.filename()), "rb").read()
            for i, line in enumerate(data.split(b"\n")):
                if len(line) > 998:
                    problems.append("%s: line %d too long" % (name, i))
            head = data.split(b"\n\n", 1)[0]
            try:
                head.decode("ascii")
            except UnicodeDecodeError:
                problems.append("%s: non-ASCII header bytes" % name)
            msg = email.message_from_bytes(data, policy=email.policy.default)
            for part in msg.walk():
                if part.defects:
                    problems.append("%s: defects %s" % (name, part.defects))
            keys = [k.lower() for k in msg.keys()]
            for k in keys:
                if k.startswith(FORBIDDEN):
                    problems.append("%s: forbidden header %s" % (name, k))
            if keys[0] != "return-path":
                problems.append("%s: first header is not Return-Path" % name)
            rcv = msg.get_all("Received")
            top = rcv[0]
            if "by mx01.example.com (Postfix)" not in top or "for <" not in top or not re.search(r"from \S+ \((\S+) \[[0-9a-f.:]+\]\)", top):
                problems.append("%s: top Received not mx01 style: %s" % (name, top[:80]))
            d = email.utils.parsedate_to_datetime(str(msg["Date"]))
            if not (d.year == 2026 and d.month in (10, 11, 12)):
                problems.append("%s: date out of range %s" % (name, d))
            for h in ("From", "To", "Subject", "Message-ID"):
                if msg[h] is None:
                    problems.append("%s: missing %s" % (name, h))
                else:
                    str(msg[h])
            n_text = 0
            for part, ct, disp in text_parts(msg):
                raw = part.get_payload(decode=True)
                if ct.startswith("text/"):
                    n_text += disp != "attachment"
                    cs = part.get_content_charset()
                    if not cs:
                        problems.append("%s: text part without charset" % name)
                        continue
                    try:
                        raw.decode(cs)
                        part.get_content()
                    except Exception as e:  # noqa
                        problems.append("%s: text part does not decode (%s): %s" % (name, cs, e))
                fn = part.get_filename()
                if fn and ("\ufffd" in fn or "=?" in fn):
                    problems.append("%s: attachment name does not decode: %r" % (name, fn))
                if ct == "image/png":
                    rows = Q.png_read_gray(raw)
                    if "qr" in (fn or "").lower() or "smartlogin" in (fn or "").lower() or part.get("Content-ID", "").startswith("<qr"):
                        txt = Q.decode_png(raw, scale=len(rows) // (len(rows) // 5) if False else _scale(raw))
                        ok = "self-decoder"
                        if zbar:
                            with tempfile.NamedTemporaryFile(suffix=".png", dir=out_dir, delete=True) as tf:
                                tf.write(raw)
                                tf.flush()
                                z = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True, text=True).stdout.strip()
                            if z != txt:
                                problems.append("%s: zbarimg disagrees on QR" % name)
                            ok += "+zbarimg"
                        qr_seen.append((name, txt, ok))
                        m.qr = txt
                if ct in ("application/zip", "application/x-zip-compressed"):
                    zf = zipfile.ZipFile(io.BytesIO(raw))
                    info = zf.infolist()
                    enc = any(i.flag_bits & 1 for i in info)
                    body_txt = all_text(msg)
                    pwd = None
                    if enc:
                        for cand in re.findall(r"[:：]\s*([A-Za-z0-9]{4,12})\b", body_txt):
                            try:
                                zf.read(info[0], pwd=cand.encode())
                                pwd = cand
                                break
                            except Exception:  # noqa
                                continue
                        if not pwd:
                            problems.append("%s: encrypted zip, password not found in body" % name)
                    else:
                        zf.read(info[0])
                    m.zipinfo = (fn, [i.filename for i in info], pwd)
                if ct == "application/pdf":
                    if not raw.startswith(b"%PDF-") or b"/JavaScript" in raw or b"/OpenAction" in raw:
                        problems.append("%s: PDF not inert" % name)
                if ct in ("text/html", "image/svg+xml") and disp == "attachment":
                    low = raw.lower()
                    if b"<script" in low and b"</script>" in low and b"inert" not in low:
                        problems.append("%s: attachment carries script" % name)
            if n_text == 0:
                problems.append("%s: no text part" % name)
            check_ids(all_text(msg), problems, name)
    for p in problems:
        print("PROBLEM:", p)
    for n, t, how in qr_seen:
        print("QR ok (%s): %s -> %s" % (how, n, t[:70]))
    print("identifiers checked: %d IBANs, %d Russian accounts (BIK key), %d bech32 addresses" % (
        len(STATS["iban"]), len(STATS["ru"]), len(STATS["btc"])))
    print("verify: %d problems" % len(problems))
    return not problems


def _scale(png):
    rows = Q.png_read_gray(png)
    # module size: width of the first dark run on the first row that has one
    for r in rows:
        if 0 in r:
            i = r.index(0)
            j = i
            while j < len(r) and r[j] == 0:
                j += 1
            return (j - i) // 7
    raise ValueError
