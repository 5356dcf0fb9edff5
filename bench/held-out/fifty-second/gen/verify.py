"""Post-build checks: MIME parsing, text decoding, routing headers, check digits,
QR codes, ZIP encryption, Bitcoin checksums."""
import email
import email.policy
import email.utils
import io
import re
import shutil
import subprocess
import tempfile
import zipfile

import os

import checks as CK
import mime
from docs import PLACEHOLDER

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-", "x-spam", "received-spf")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")


def _unflow(t):
    out, buf = [], ""
    for line in t.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and not line.startswith(">") and line.strip():
            buf += line
        else:
            out.append(buf + line)
            buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


def _leaves(p):
    if isinstance(p, mime.Multi):
        for c in p.parts:
            yield from _leaves(c)
    else:
        yield p


def check(m, data, errors, notes):
    f = m.folder + "/" + m.file + ".eml"
    msg = email.message_from_bytes(data, policy=email.policy.default)
    # headers
    names = [k.lower() for k in msg.keys()]
    for k in names:
        if k.startswith(FORBIDDEN):
            errors.append("%s: forbidden header %s" % (f, k))
    if names[0] != "return-path":
        errors.append("%s: Return-Path not first" % f)
    rec = msg.get_all("Received")
    top = str(rec[0])
    if "by mx01.example.com (Postfix)" not in top or ("for <%s>" % m.rcpt) not in top:
        errors.append("%s: top Received not mx01 / wrong rcpt" % f)
    if not re.match(r"from \S+ \((\S+|unknown) \[[0-9a-fA-F.:]+\]\)", top):
        errors.append("%s: top Received client format" % f)
    if m.via == "internal" and "mail-int01.example.com [10.20.0.25]" not in top:
        errors.append("%s: internal mail not via mail-int01" % f)
    dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if not (dt.year == 2026 and 10 <= dt.month <= 12):
        errors.append("%s: date out of range %s" % (f, dt))
    for h in ("From", "To", "Subject", "Message-ID", "Date"):
        if msg[h] is None:
            errors.append("%s: missing %s" % (f, h))
        else:
            str(msg[h])
    # parts
    parsed = list(msg.walk())
    for p in parsed:
        if p.defects:
            errors.append("%s: defects %s" % (f, p.defects))
    leaves = list(_leaves(m.body))
    plist = [p for p in parsed if not p.is_multipart()]
    if len(leaves) != len(plist):
        errors.append("%s: leaf count mismatch" % f)
        return
    texts = []
    for leaf, p in zip(leaves, plist):
        if p.get_content_maintype() == "text":
            try:
                content = p.get_content()
            except Exception as e:  # noqa
                errors.append("%s: text part does not decode: %s" % (f, e))
                continue
            if "\ufffd" in content:
                errors.append("%s: replacement char in text part" % f)
            want = leaf.meta.get("text")
            if want is None:
                cs = p.get_content_charset() or "us-ascii"
                want = leaf.meta["data"].decode(cs)
            got = content.replace("\r\n", "\n")
            if p.get_param("format") == "flowed":
                got = _unflow(got)
            if got.rstrip("\n") != want.rstrip("\n"):
                errors.append("%s: decoded text differs from source" % f)
            texts.append(content)
        else:
            payload = p.get_payload(decode=True)
            if payload != leaf.meta.get("data"):
                errors.append("%s: attachment round-trip mismatch" % f)
            fn = p.get_filename()
            if fn != leaf.meta.get("filename"):
                errors.append("%s: filename mismatch %r" % (f, fn))
            if fn and fn.lower().endswith(".zip"):
                z = zipfile.ZipFile(io.BytesIO(payload))
                pw = getattr(m, "zip_password", None)
                for info in z.infolist():
                    enc = bool(info.flag_bits & 1)
                    if pw and not enc:
                        errors.append("%s: zip entry not encrypted" % f)
                    body = z.read(info, pwd=pw.encode() if pw else None)
                    if body != PLACEHOLDER:
                        errors.append("%s: zip content unexpected" % f)
                notes.append("%s: ZIP %s %s, entries %s" % (f, fn, "ZipCrypto pw=%s" % pw if pw else "plain",
                                                             [i.filename for i in z.infolist()]))
            if fn and fn.lower().endswith(".pdf") and not payload.startswith(b"%PDF-1."):
                errors.append("%s: bad pdf" % f)
            if p.get_content_type() == "image/png" and getattr(m, "qr", None):
                if shutil.which("zbarimg"):
                    tmpdir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".verify-tmp")
                    os.makedirs(tmpdir, exist_ok=True)
                    with tempfile.NamedTemporaryFile(suffix=".png", dir=tmpdir) as tf:
                        tf.write(payload)
                        tf.flush()
                        out = subprocess.run(["zbarimg", "-q", "--raw", tf.name], capture_output=True, text=True).stdout.strip()
                    if out != m.qr:
                        errors.append("%s: QR decodes to %r" % (f, out))
                    else:
                        notes.append("%s: QR decoded by zbarimg -> %s" % (f, out))
                else:
                    notes.append("%s: zbarimg not available, QR not externally decoded" % f)
    # check digits in text
    alltext = "\n".join(texts)
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(" ", "")
        if c[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "PT", "FR", "BE", "NL") and len(c) >= 15:
            if not CK.iban_ok(c):
                errors.append("%s: invalid IBAN %s" % (f, cand))
    m_bik = re.findall(r"БИК (\d{9})", alltext)
    for acct in re.findall(r"р/с (\d{20})", alltext):
        if m_bik and not any(CK.ru_ok(b, acct) for b in m_bik):
            errors.append("%s: RU account %s fails BIK key" % (f, acct))
    for corr in re.findall(r"к/с (\d{20})", alltext):
        if m_bik and not any(CK.ru_ok(b, corr, corr=True) for b in m_bik):
            errors.append("%s: RU corr account %s fails key" % (f, corr))
    for a in re.findall(r"\bbc1[02-9ac-hj-np-z]{20,80}\b", alltext):
        if not CK.bech32_ok(a):
            errors.append("%s: bad bech32 %s" % (f, a))
        else:
            notes.append("%s: bech32 checksum ok %s" % (f, a))
