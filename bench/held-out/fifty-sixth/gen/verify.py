"""Post-build checks with the standard library 'email' package."""
import email
import email.header
import email.policy
import email.utils
import io
import re
import zipfile

import banking

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam", "received-spf")
ZIP_PASSWORDS = ["BK11873", "7731", "8841"]
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
BTC_RE = re.compile(r"\bbc1[02-9ac-hj-np-z]{20,80}\b")


def describe(part):
    ct = part.get_content_type()
    if part.is_multipart():
        inner = ", ".join(describe(p) for p in part.get_payload())
        return "%s[%s]" % (ct.split("/")[1], inner)
    fn = part.get_filename()
    if fn and "=?" in fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    short = {"text/plain": "plain", "text/html": "html", "text/calendar": "ics"}.get(ct, ct)
    if fn:
        return "%s \"%s\"" % (short, fn)
    return short


def body_text_parts(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text" and p.get_filename() is None:
            out.append(p)
    return out


def check_message(path, raw):
    errors = []
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    msg2 = email.message_from_bytes(raw, policy=email.policy.default)
    for d in msg.defects:
        errors.append("defect %s" % d)
    for k in msg.keys():
        if k.lower().startswith(FORBIDDEN):
            errors.append("forbidden header %s" % k)
    if not msg.get("Return-Path"):
        errors.append("no Return-Path")
    rcv = msg.get_all("Received") or []
    if not rcv or "by mx01.example.com (Postfix)" not in rcv[0] or "for <" not in rcv[0]:
        errors.append("top Received is not mx01")
    if not re.match(r"\s*from \S+ \(\S+ \[[0-9a-f.:]+\]\)", rcv[0] if rcv else ""):
        errors.append("top Received client format")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        errors.append("date out of range %s" % msg["Date"])
    for h in ("From", "To", "Subject", "Message-ID", "Date"):
        if msg.get(h) is None:
            errors.append("missing %s" % h)
    # encoded words decode strictly
    for h in ("From", "To", "Cc", "Subject", "Reply-To", "Thread-Topic"):
        for v in msg.get_all(h) or []:
            for txt, cs in email.header.decode_header(v):
                if isinstance(txt, bytes):
                    txt.decode(cs or "ascii")
            str(msg2[h])
    texts = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        payload = p.get_payload(decode=True)
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs)
            except Exception as e:  # noqa
                errors.append("text part does not decode as %s: %s" % (cs, e))
                continue
            texts.append(t)
            if p.get("Content-Transfer-Encoding", "7bit").lower() == "7bit":
                try:
                    payload.decode("ascii")
                except UnicodeDecodeError:
                    errors.append("7bit part with 8-bit data")
        fn = p.get_filename() or ""
        if fn.lower().endswith(".zip"):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            for zi in zf.infolist():
                if zi.flag_bits & 1:
                    ok = False
                    for pw in ZIP_PASSWORDS:
                        try:
                            zf.read(zi, pwd=pw.encode())
                            ok = True
                            break
                        except RuntimeError:
                            pass
                    if not ok:
                        errors.append("zip password unknown")
                else:
                    zf.read(zi)
        if fn.lower().endswith(".pdf") and not (payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")):
            errors.append("bad pdf %s" % fn)
        if p.get_content_type() == "image/png" and not payload.startswith(b"\x89PNG\r\n\x1a\n"):
            errors.append("bad png")
    alltext = "\n".join(texts)
    for m in IBAN_RE.finditer(alltext):
        cand = m.group(1).replace(" ", "")
        if len(cand) >= 15 and cand[:2] in ("DE", "IT", "ES", "PL", "GR", "LT", "GB", "AT", "PT", "BE") and not banking.iban_valid(cand):
            errors.append("invalid IBAN %s" % cand)
    for m in BTC_RE.finditer(alltext):
        if not banking.bech32_valid(m.group(0)):
            errors.append("invalid bech32 %s" % m.group(0))
    return msg, errors
