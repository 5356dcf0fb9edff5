"""Self-check of the generated corpus (stdlib only; uses zbarimg/pdftotext
additionally if they are installed)."""
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

from lib import qr, bank

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam", "x-google-dkim-signature")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
BTC_RE = re.compile(r"\b(bc1[02-9ac-hj-np-z]{11,71})\b")
ZIP_PASSWORDS = {}


def _fail(errs, f, msg):
    errs.append("%s: %s" % (f, msg))


def run(root, out, split):
    errs = []
    stats = {"messages": 0, "text_parts": 0, "attachments": 0, "qr": 0, "ibans": 0, "zip": 0, "pdf": 0, "ru_accounts": 0}
    zbar = shutil.which("zbarimg")
    pdftotext = shutil.which("pdftotext")
    for folder, msgs in out.items():
        # numbering and language order
        langs = [m.lang for m in msgs]
        expect = []
        for lang, n in split.items():
            expect += [lang] * n
        if langs != expect:
            _fail(errs, folder, "language split/order wrong: %s" % langs)
        if [m.num for m in msgs] != list(range(1, 41)):
            _fail(errs, folder, "numbering wrong")
        names = sorted(f for f in os.listdir(os.path.join(root, folder)) if f.endswith(".eml"))
        if len(names) != 40:
            _fail(errs, folder, "expected 40 files, found %d" % len(names))
        for m in msgs:
            f = "%s/%s" % (folder, m.filename)
            raw = open(os.path.join(root, folder, m.filename), "rb").read()
            stats["messages"] += 1
            if b"\r" in raw or max(len(l) for l in raw.split(b"\n")) > 998:
                _fail(errs, f, "CR characters or line longer than 998 octets")
            head = raw.split(b"\n\n", 1)[0]
            try:
                head.decode("ascii")
            except UnicodeDecodeError:
                _fail(errs, f, "non-ASCII byte in the header block")
            email.message_from_bytes(raw)  # legacy compat32 parser must cope too
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                _fail(errs, f, "message defects %r" % msg.defects)
            # headers
            keys = [k.lower() for k in msg.keys()]
            if keys[0] != "return-path":
                _fail(errs, f, "first header is not Return-Path")
            for k in keys:
                if k.startswith(FORBIDDEN):
                    _fail(errs, f, "forbidden header %s" % k)
            for k, v in msg.items():
                try:
                    s = str(v)
                except Exception as e:  # noqa
                    _fail(errs, f, "header %s does not decode: %s" % (k, e))
                    continue
                if k.lower() in ("from", "to", "cc", "subject", "reply-to") and "=?" in s:
                    _fail(errs, f, "undecoded encoded-word in %s" % k)
                if getattr(v, "defects", None):
                    _fail(errs, f, "header %s defects %r" % (k, v.defects))
            rec = msg.get_all("Received")
            top = str(rec[0])
            if "by mx01.example.com (Postfix)" not in top or ("for <%s>" % m.rcpt) not in top:
                _fail(errs, f, "top Received is not mx01's / wrong rcpt")
            if not re.match(r"from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)", top):
                _fail(errs, f, "mx01 hop does not name HELO (rDNS [IP])")
            if m.folder == "business" and m.mx_from[2] == "10.20.0.25":
                if "by mail-int01.example.com" not in str(rec[1]) or "mapi" not in str(rec[2]):
                    _fail(errs, f, "internal mail lacks mail-int01/Exchange hops")
            # hop timestamps must not run backwards (bottom hop earliest)
            times = []
            for r in rec:
                if ";" not in str(r):
                    continue  # e.g. SendGrid's internal hop carries a Go timestamp without ';'
                stamp = str(r).rsplit(";", 1)[-1].strip()
                stamp = re.sub(r"(\d\d:\d\d:\d\d)\.\d+", r"\1", stamp)
                try:
                    times.append(email.utils.parsedate_to_datetime(stamp))
                except Exception:
                    _fail(errs, f, "unparsable Received date: %r" % stamp)
            for upper, lower in zip(times, times[1:]):
                if lower > upper:
                    _fail(errs, f, "Received hops run backwards (%s < %s)" % (upper, lower))
            for tt in times:
                if not (tt.year == 2026 and tt.month in (10, 11, 12)):
                    _fail(errs, f, "Received date outside Oct-Dec 2026")
            d = email.utils.parsedate_to_datetime(str(msg["Date"]))
            if times and d > times[0]:
                _fail(errs, f, "Date header later than mx01 arrival")
            if not (d.year == 2026 and d.month in (10, 11, 12)):
                _fail(errs, f, "Date outside Oct-Dec 2026: %s" % msg["Date"])
            if not msg["Message-ID"]:
                _fail(errs, f, "no Message-ID")
            alltext = []
            for part in msg.walk():
                if part.defects:
                    _fail(errs, f, "part defects %r" % part.defects)
                if part.is_multipart():
                    continue
                ctype = part.get_content_type()
                if part.get_content_maintype() == "text" and part.get_filename() is None:
                    stats["text_parts"] += 1
                    cs = part.get_content_charset()
                    payload = part.get_payload(decode=True)
                    try:
                        txt = payload.decode(cs, errors="strict")
                        part.get_content()
                    except Exception as e:
                        _fail(errs, f, "text part (%s, %s) does not decode: %s" % (ctype, cs, e))
                        continue
                    alltext.append(txt)
                    cte = part.get("Content-Transfer-Encoding", "7bit").lower()
                    if cte == "7bit":
                        try:
                            payload.decode("ascii")
                        except UnicodeDecodeError:
                            _fail(errs, f, "7bit part is not ASCII")
                    continue
                stats["attachments"] += 1
                data = part.get_payload(decode=True)
                fn = part.get_filename() or ""
                if ctype == "application/pdf":
                    stats["pdf"] += 1
                    if not (data.startswith(b"%PDF-") and b"%%EOF" in data[-10:]):
                        _fail(errs, f, "bad PDF %s" % fn)
                    elif pdftotext:
                        with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                            tf.write(data)
                            tf.flush()
                            r = subprocess.run([pdftotext, tf.name, "-"], capture_output=True)
                            if r.returncode != 0 or not r.stdout.strip():
                                _fail(errs, f, "pdftotext failed on %s" % fn)
                            alltext.append(r.stdout.decode("utf-8", "replace"))
                elif ctype in ("application/zip", "application/x-zip-compressed"):
                    stats["zip"] += 1
                    z = zipfile.ZipFile(io.BytesIO(data))
                    for zi in z.infolist():
                        if zi.flag_bits & 1:
                            pw = m.zip_password.encode()
                            content = z.read(zi, pwd=pw)
                        else:
                            content = z.read(zi)
                        if len(content.strip().split(b"\n")) != 1:
                            _fail(errs, f, "zip member is not a one-line placeholder")
                elif ctype == "image/png":
                    try:
                        dec = qr.decode_png(data).decode("utf-8")
                        stats["qr"] += 1
                        if zbar:
                            with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                                tf.write(data)
                                tf.flush()
                                r = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True)
                                if r.stdout.decode("utf-8").rstrip("\n") != dec.rstrip("\n"):
                                    _fail(errs, f, "zbarimg disagrees on %s" % fn)
                        alltext.append(dec)
                    except Exception as e:
                        if getattr(m, "qr_expected", True) and "qr" in fn.lower() + " ".join(m.notes).lower():
                            _fail(errs, f, "QR does not decode: %s" % e)
                elif ctype in ("text/html", "image/svg+xml"):
                    txt = data.decode("utf-8")
                    if "<script" in txt.lower():
                        _fail(errs, f, "script in attachment")
                    alltext.append(txt)
            blob = "\n".join(alltext)
            for mo in IBAN_RE.finditer(blob):
                cand = mo.group(1).replace(" ", "")
                if len(cand) >= 15 and cand[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "PT", "CY", "FR"):
                    stats["ibans"] += 1
                    if not bank.iban_valid(cand):
                        _fail(errs, f, "invalid IBAN %s" % cand)
            biks = set(re.findall(r"(?<!\d)(04\d{7})(?!\d)", blob))
            for acc in set(re.findall(r"(?<!\d)(40[5-8]\d{17}|30101\d{15})(?!\d)", blob)):
                stats["ru_accounts"] += 1
                okf = bank.ru_corr_valid if acc.startswith("30101") else bank.ru_account_valid
                if not any(okf(b, acc) for b in biks):
                    _fail(errs, f, "Russian account %s fails the BIK control key" % acc)
            for mo in BTC_RE.finditer(blob):
                if not bank.bech32_valid(mo.group(1)):
                    _fail(errs, f, "invalid bech32 %s" % mo.group(1))
            for note in m.notes:
                if note.startswith(("QR ", "URL ")):
                    pass
    for e in errs:
        print("ERROR", e)
    print("checked: %s" % stats)
    print("RESULT: %s" % ("OK" if not errs else "%d problem(s)" % len(errs)))
    return not errs
