"""Post-build checks with the standard library only: every message parses
with the email package, every text part decodes strictly in its declared
charset, attachments are what they claim, IBANs/BTC addresses check out."""
import email
import email.policy
import io
import re
import zipfile

import checks

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")


def check_message(path, raw, expect=None):
    problems = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        problems.append("defects: %r" % msg.defects)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path", "Received"):
        if msg[h] is None:
            problems.append("missing " + h)
    rec = msg.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in rec[0]:
        problems.append("top Received is not mx01")
    for banned in ("Authentication-Results", "DKIM-Signature", "ARC-Seal", "ARC-Message-Signature",
                   "ARC-Authentication-Results", "X-Spam-Status", "X-Spam-Flag", "X-Spam-Score"):
        if msg[banned] is not None:
            problems.append("banned header " + banned)
    for k in msg.keys():
        if k.lower().startswith("x-spam"):
            problems.append("banned header " + k)
    # header decoding
    for h in ("From", "To", "Cc", "Subject", "Reply-To"):
        v = msg[h]
        if v is not None:
            str(v)
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            if part.defects:
                problems.append("part defects: %r" % part.defects)
            continue
        if part.defects:
            problems.append("part defects %s: %r" % (part.get_content_type(), part.defects))
        payload = part.get_payload(decode=True)
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("text part %s does not decode as %s: %s" % (ctype, cs, e))
                continue
            if not fn:
                texts.append(txt)
            if "\ufffd" in txt:
                problems.append("replacement char in " + ctype)
        if ctype == "application/pdf":
            if not payload.startswith(b"%PDF-") or b"%%EOF" not in payload[-10:]:
                problems.append("bad pdf " + str(fn))
        if ctype in ("application/zip", "application/x-zip-compressed"):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            for info in zf.infolist():
                if info.flag_bits & 1:
                    if expect and expect.get(fn):
                        data = zf.read(info, pwd=expect[fn].encode())
                        if data is None:
                            problems.append("zip read fail")
                else:
                    zf.read(info)
        if ctype == "image/png" and not payload.startswith(b"\x89PNG\r\n\x1a\n"):
            problems.append("bad png")
    body = "\n".join(texts)
    for m in IBAN_RE.finditer(body):
        cand = m.group(1).replace(" ", "")
        if cand[:2] in ("DE", "IT", "ES", "PL", "GR", "GB", "LT", "NL", "BE", "FR") and len(cand) >= 15:
            if not checks.iban_valid(cand):
                problems.append("invalid IBAN in body: " + m.group(1))
    for m in re.finditer(r"\bbc1[02-9ac-hj-np-z]{11,71}\b", body):
        if not checks.bech32_valid(m.group(0)):
            problems.append("invalid bech32 " + m.group(0))
    return msg, problems
