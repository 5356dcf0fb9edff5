"""Post-build checks: every message parses with the stdlib email package,
every text part decodes, attachments are well-formed, identifiers are valid."""
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

from codes import iban_valid, bech32_valid, base58check_valid, ru_account_valid

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "received-spf")
PASSWORDS = ["LG2610", "7731", "2026", "AT1187"]
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def _ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(" ", "")
        if s[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "SK", "PT", "CY") and len(s) >= 15:
            out.append(s)
    return out


TMP = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tmp")


def check_file(path, zbar):
    errs = []
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        errs.append("defects: %r" % msg.defects)
    for k in msg.keys():
        if k.lower() in FORBIDDEN or k.lower().startswith("x-spam"):
            errs.append("forbidden header " + k)
    rcv = msg.get_all("Received")
    if not rcv or "by mx01.example.com (Postfix)" not in str(rcv[0]):
        errs.append("top Received is not mx01")
    if not msg["Return-Path"]:
        errs.append("no Return-Path")
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        try:
            v = str(msg[hname])
            if not v or v == "None":
                errs.append("missing " + hname)
        except Exception as e:  # noqa
            errs.append("header %s: %s" % (hname, e))
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        errs.append("date out of range %s" % d)
    alltext = ""
    info = []
    for part in msg.walk():
        if part.defects:
            errs.append("part defects %s: %r" % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            try:
                txt = part.get_content()
                raw_b = part.get_payload(decode=True)
                cs = part.get_content_charset()
                raw_b.decode(cs)          # strict decode in declared charset
                alltext += txt + "\n"
            except Exception as e:
                errs.append("text part %s does not decode: %s" % (ct, e))
            continue
        data = part.get_payload(decode=True)
        if ct == "application/pdf":
            if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                errs.append("bad pdf " + str(fn))
            m = re.search(rb"startxref\n(\d+)", data)
            if not m or not data[int(m.group(1)):].startswith(b"xref"):
                errs.append("bad xref " + str(fn))
            alltext += data.decode("latin-1") + "\n"
            info.append("pdf")
        elif ct in ("application/zip", "application/x-zip-compressed"):
            z = zipfile.ZipFile(io.BytesIO(data))
            for zi in z.infolist():
                if zi.flag_bits & 1:
                    ok = False
                    for pw in PASSWORDS:
                        try:
                            z.read(zi, pwd=pw.encode())
                            ok = True
                            info.append("zip-encrypted(%s)" % pw)
                            break
                        except Exception:
                            pass
                    if not ok:
                        errs.append("zip password unknown")
                else:
                    z.read(zi)
                    info.append("zip")
        elif ct == "image/png":
            if not data.startswith(b"\x89PNG"):
                errs.append("bad png")
            if zbar:
                with tempfile.NamedTemporaryFile(suffix=".png", dir=TMP, delete=True) as f:
                    f.write(data)
                    f.flush()
                    r = subprocess.run([zbar, "-q", "--raw", f.name], capture_output=True, text=True)
                    if r.returncode != 0 or not r.stdout.strip():
                        errs.append("QR not decodable")
                    else:
                        info.append("qr=" + r.stdout.strip())
        elif ct in ("text/html", "image/svg+xml") or (fn and ct.startswith("text/")):
            try:
                txt = part.get_content()
                if isinstance(txt, bytes):
                    txt = txt.decode("utf-8")
                alltext += txt + "\n"
                info.append(ct)
            except Exception as e:
                errs.append("attachment text does not decode: %s" % e)
            low = txt.lower()
            if "<script" in low or "javascript:" in low or "onload=" in low or "onclick=" in low:
                errs.append("active content in attachment")
    for s in _ibans(alltext):
        if not iban_valid(s):
            errs.append("invalid IBAN " + s)
    for m in re.finditer(r"(?<![\w])(\d{2}(?: \d{4}){6})(?![\d])", alltext):   # Polish NRB
        if not iban_valid("PL" + m.group(1).replace(" ", "")):
            errs.append("invalid NRB " + m.group(1))
        info.append("nrb-ok")
    biks = set(re.findall(r"\b(04\d{7})\b", alltext))
    for acct in set(re.findall(r"\b(40[78]\d{17}|30101\d{15})\b", alltext)):
        corr = acct.startswith("30101")
        if not any(ru_account_valid(b, acct, corr=corr) for b in biks):
            errs.append("Russian account %s does not match any BIK %s" % (acct, sorted(biks)))
        info.append("ru-acct-ok")
    for b in re.findall(r"\bbc1[02-9ac-hj-np-z]{11,71}\b", alltext):
        if not bech32_valid(b):
            errs.append("invalid bech32 " + b)
    for b in re.findall(r"\b1[1-9A-HJ-NP-Za-km-z]{25,34}\b", alltext):
        if not base58check_valid(b):
            errs.append("invalid base58 " + b)
    return errs, info, alltext


def run(root):
    zbar = shutil.which("zbarimg")
    os.makedirs(os.path.join(root, "tmp"), exist_ok=True)
    total, bad = 0, 0
    for folder in ("attack", "business"):
        for fn in sorted(os.listdir(os.path.join(root, folder))):
            total += 1
            errs, info, _ = check_file(os.path.join(root, folder, fn), zbar)
            if errs:
                bad += 1
                print("FAIL %s/%s: %s" % (folder, fn, "; ".join(errs)))
    shutil.rmtree(os.path.join(root, "tmp"), ignore_errors=True)
    print("checked %d messages, %d with problems%s" % (total, bad, "" if zbar else " (zbarimg not found: QR decode skipped)"))
    return bad == 0
