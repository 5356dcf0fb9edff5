"""Checks every generated message: parses with the email package without
defects, every text part decodes, attachments are sound, identifiers
carry valid check digits."""
import email
import email.policy
import io
import re
import zipfile
import zlib

import ids

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-", "x-spam")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def _pdf_text(data):
    out = []
    for mm in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(mm.group(1)).decode("latin-1"))
        except zlib.error:
            pass
    return "\n".join(out)


def check_ibans(text, where, errors):
    for mm in IBAN_RE.finditer(text):
        cand = mm.group(1).replace(" ", "")
        cc = cand[:2]
        if cc not in ids._IBAN_LEN:
            continue
        n = ids._IBAN_LEN[cc]
        cand = cand[:n]
        if len(cand) == n and not ids.iban_valid(cand):
            errors.append("%s: invalid IBAN %s" % (where, cand))


def check_message(name, data, zip_passwords=()):
    errors = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    keys = [k.lower() for k in msg.keys()]
    if keys[0] != "return-path":
        errors.append("first header is not Return-Path")
    recs = msg.get_all("Received")
    if not recs or "by mx01.example.com (Postfix)" not in str(recs[0]):
        errors.append("top Received is not mx01")
    elif not re.search(r"from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)", str(recs[0]).replace("\n", " ")):
        errors.append("mx01 line lacks 'from HELO (rDNS [IP])'")
    elif "for <" not in str(recs[0]):
        errors.append("mx01 line lacks 'for <recipient>'")
    for k in keys:
        if any(k.startswith(f) for f in FORBIDDEN):
            errors.append("forbidden header %s" % k)
    for k in ("From", "Date", "Subject", "Message-ID", "MIME-Version"):
        if msg[k] is None and not (k == "Message-ID" and msg["Message-Id"] is not None):
            errors.append("missing %s" % k)
    for k, v in msg.items():
        d = getattr(v, "defects", [])
        if d:
            errors.append("header %s defects %s" % (k, d))
    dt = msg["Date"].datetime
    if not (dt.year == 2026 and dt.month in (10, 11, 12)):
        errors.append("date out of range %s" % dt)
    texts = []
    for part in msg.walk():
        if part.defects:
            errors.append("part %s defects %s" % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            try:
                txt = part.get_content()
                if ct == "text/calendar":
                    txt = txt.replace("\\n", " ").replace("\\,", ",")
            except Exception as e:  # noqa
                errors.append("text part %s does not decode: %s" % (ct, e))
                continue
            cs = part.get_content_charset()
            raw = part.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except Exception as e:  # noqa
                errors.append("text part strict decode %s failed: %s" % (cs, e))
            texts.append(txt)
            continue
        payload = part.get_payload(decode=True)
        if payload is None or len(payload) == 0:
            errors.append("empty attachment %s" % fn)
            continue
        if ct == "text/calendar" or (ct.startswith("text/") and fn):
            try:
                texts.append(payload.decode(part.get_content_charset() or "utf-8"))
            except Exception as e:  # noqa
                errors.append("text attachment %s does not decode: %s" % (fn, e))
        if ct == "application/pdf":
            if not (payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")):
                errors.append("bad pdf %s" % fn)
            texts.append(_pdf_text(payload))
        if ct in ("application/zip", "application/x-zip-compressed"):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            enc = any(i.flag_bits & 1 for i in zf.infolist())
            if enc:
                ok = False
                for pw in zip_passwords:
                    try:
                        zf.setpassword(pw.encode())
                        if zf.testzip() is None:
                            ok = True
                            break
                    except Exception:  # noqa
                        pass
                if not ok:
                    errors.append("encrypted zip %s: no known password opens it" % fn)
            elif zf.testzip() is not None:
                errors.append("zip %s corrupt" % fn)
        if ct == "image/png" and not payload.startswith(b"\x89PNG\r\n\x1a\n"):
            errors.append("bad png %s" % fn)
        if ct == "image/svg+xml":
            s = payload.decode("utf-8")
            if "<script" in s.lower() or "onload" in s.lower():
                errors.append("svg contains script")
            texts.append(s)
        if ct == "text/html" and fn:
            if "<script" in payload.decode("utf-8", "replace").lower():
                errors.append("html attachment contains script")
    alltext = "\n".join(texts)
    for bad in ("%%", "%s", "%d", "%(", "{}", "\\n"):
        if bad in alltext:
            errors.append("template residue %r in text" % bad)
    check_ibans(alltext, name, errors)
    for a in re.findall(r"\bbc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{20,80}\b", alltext):
        if not ids.bech32_valid(a):
            errors.append("invalid bech32 %s" % a)
    return errors


def check_names(m, data):
    """Display names and subject must decode to exactly what was intended."""
    errors = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    fr = msg["From"].addresses[0]
    if fr.display_name != m.frm[0] or fr.addr_spec != m.frm[1]:
        errors.append("From decodes to %r <%s>" % (fr.display_name, fr.addr_spec))
    tos = [(a.display_name, a.addr_spec) for a in msg["To"].addresses]
    if tos != [tuple(x) for x in m.to]:
        errors.append("To decodes to %r" % tos)
    if str(msg["Subject"]) != m.subject:
        errors.append("Subject decodes to %r" % str(msg["Subject"]))
    return errors
