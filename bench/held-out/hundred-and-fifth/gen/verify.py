"""Verification: every message parses with the email package, every text part
decodes to exactly the generated text, attachments decode, ZIPs open (with the
password where there is one), QR codes decode (zbarimg if installed), IBANs
and crypto addresses carry valid check digits."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import checks

FORBIDDEN = ("authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam-status", "x-spam-score", "x-spam-flag",
             "x-spam-level", "received-spf")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def _check_ibans(text, where, errors):
    for mm in IBAN_RE.finditer(text):
        cand = mm.group(1).replace(" ", "")
        if cand[:2] in ("DE", "IT", "PL", "ES", "GR", "CY", "LT", "GB", "SK", "FR") and len(cand) >= 15:
            if not checks.iban_valid(cand):
                errors.append("%s: invalid IBAN %s" % (where, cand))


def verify_all(out, results):
    errors = []
    zbar = shutil.which("zbarimg")
    n_parts = 0
    for folder, items in results.items():
        for m, raw in items:
            path = os.path.join(out, folder, m.id + ".eml")
            with open(path, "rb") as f:
                data = f.read()
            assert data == raw
            where = "%s/%s" % (folder, m.id)
            msg = email.message_from_bytes(data, policy=email.policy.default)
            if msg.defects:
                errors.append("%s: defects %r" % (where, msg.defects))
            for k in msg.keys():
                if k.lower() in FORBIDDEN:
                    errors.append("%s: forbidden header %s" % (where, k))
                str(msg[k])  # forces parsing of every header
            rcv = msg.get_all("Received")
            if not rcv or "by mx01.example.com (Postfix)" not in rcv[0]:
                errors.append("%s: top Received is not mx01" % where)
            elif "for <%s>" % m.to[0][1] not in rcv[0]:
                errors.append("%s: mx01 for-clause does not name the recipient" % where)
            if not msg["Return-Path"]:
                errors.append("%s: no Return-Path" % where)
            if msg["Subject"] != m.subject:
                errors.append("%s: subject decodes to %r" % (where, str(msg["Subject"])))
            fr = msg["From"].addresses[0]
            if fr.addr_spec != m.frm[1] or (m.frm[0] and fr.display_name != m.frm[0]):
                errors.append("%s: From decodes to %r" % (where, str(msg["From"])))
            src_parts = [p for p in m.body.walk() if not p.is_multipart]
            got_parts = [p for p in msg.walk() if not p.is_multipart()]
            if len(src_parts) != len(got_parts):
                errors.append("%s: part count %d != %d" % (where, len(got_parts), len(src_parts)))
                continue
            for sp, gp in zip(src_parts, got_parts):
                n_parts += 1
                if gp.defects:
                    errors.append("%s: part defects %r" % (where, gp.defects))
                if gp.get_content_type() != sp.ctype:
                    errors.append("%s: content type %s != %s" % (where, gp.get_content_type(), sp.ctype))
                if sp.text is not None:
                    try:
                        got = gp.get_content()
                    except Exception as e:  # noqa
                        errors.append("%s: text part does not decode: %s" % (where, e))
                        continue
                    if got.replace("\r\n", "\n").rstrip("\n") != sp.text.replace("\r\n", "\n").rstrip("\n"):
                        errors.append("%s: text part round-trip mismatch (%s)" % (where, sp.ctype))
                    if gp.get_content_charset() != sp.charset.lower():
                        errors.append("%s: charset %s" % (where, gp.get_content_charset()))
                    _check_ibans(got, where, errors)
                    for btc in re.findall(r"\bbc1[02-9ac-hj-np-z]{39,59}\b", got):
                        if not checks.bech32_valid(btc):
                            errors.append("%s: bad bech32 %s" % (where, btc))
                else:
                    payload = gp.get_content()
                    if isinstance(payload, str):
                        payload = payload.replace("\r\n", "\n").encode(gp.get_content_charset() or "utf-8")
                    if payload != sp.data:
                        errors.append("%s: attachment %s does not round-trip" % (where, sp.filename))
                    if sp.filename and gp.get_filename() != sp.filename:
                        errors.append("%s: filename decodes to %r" % (where, gp.get_filename()))
                    if payload[:2] == b"PK":
                        try:
                            zf = zipfile.ZipFile(io.BytesIO(payload))
                            pwd = getattr(sp, "zip_password", None)
                            for zi in zf.infolist():
                                zf.read(zi, pwd=pwd.encode() if pwd else None)
                        except Exception as e:  # noqa
                            errors.append("%s: zip %s: %s" % (where, sp.filename, e))
                    if payload[:5] == b"%PDF-":
                        if b"/JavaScript" in payload or b"/OpenAction" in payload or b"/Launch" in payload:
                            errors.append("%s: active PDF content" % where)
                        if shutil.which("pdftotext"):
                            r = subprocess.run(["pdftotext", "-", "-"], input=payload, capture_output=True)
                            if r.returncode != 0 or not r.stdout.strip():
                                errors.append("%s: pdftotext failed on %s" % (where, sp.filename))
                            else:
                                _check_ibans(r.stdout.decode("utf-8", "replace"), where, errors)
                    if sp.ctype in ("text/html", "image/svg+xml") or (sp.filename or "").endswith((".htm", ".html", ".svg")):
                        low = payload.lower() if isinstance(payload, bytes) else payload.encode().lower()
                        if b"<script" in low or b"javascript:" in low or re.search(rb"\son[a-z]+\s*=", low):
                            errors.append("%s: script in %s" % (where, sp.filename))
                    qurl = getattr(sp, "qr_url", None)
                    if qurl and zbar:
                        with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                            tf.write(payload)
                            tf.flush()
                            r = subprocess.run([zbar, "-q", "--raw", tf.name], capture_output=True)
                            if r.stdout.decode().strip() != qurl:
                                errors.append("%s: QR decodes to %r" % (where, r.stdout))
    for e in errors:
        print("ERROR", e)
    print("verified %d messages, %d leaf parts, %d errors" % (
        sum(len(v) for v in results.values()), n_parts, len(errors)))
    return not errors
