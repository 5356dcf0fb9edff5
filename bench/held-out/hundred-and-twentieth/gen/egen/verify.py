"""Verification of the generated set (standard library only; Debian tools are used
additionally when present, never required)."""
import email
import email.policy
import email.utils
import email.header
import html
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
import xml.dom.minidom

from . import checks, png, qr, pdf, archive, util

ORDER = [("de", 1, 8), ("en", 9, 16), ("it", 17, 21), ("pl", 22, 26), ("es", 27, 31), ("el", 32, 36), ("ru", 37, 40)]
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
URL_RE = re.compile(r"https?://[^\s\"'<>()\]\[]+")


class Failure(Exception):
    pass


def lang_of(nn):
    for lang, a, b in ORDER:
        if a <= nn <= b:
            return lang
    raise Failure("bad number %d" % nn)


def _dates_in_received(v):
    v1 = re.sub(r"\s+", " ", v).strip()
    g = re.search(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d+ \+0000 UTC m=\+[\d.]+$", v1)
    if g:
        return util.utc(*map(int, g.groups()))
    if ";" in v1:
        d = v1.rsplit(";", 1)[-1].strip()
    else:
        d = re.search(r"((Mon|Tue|Wed|Thu|Fri|Sat|Sun), .*)$", v1).group(1)
    d = re.sub(r"(\d\d:\d\d:\d\d)\.\d+", r"\1", d)
    return email.utils.parsedate_to_datetime(d)


def leaf_parts(msg):
    for p in msg.walk():
        if p.is_multipart():
            continue
        yield p


def decoded_text(p):
    data = p.get_payload(decode=True)
    cs = p.get_content_charset()
    if cs:
        return data.decode(cs)  # strict
    return data.decode("ascii")


def check_message(path, m, ext, report):
    raw = open(path, "rb").read()
    errs = []

    def err(s):
        errs.append("%s: %s" % (os.path.basename(path), s))

    if b"\r\n" not in raw[:200]:
        err("not CRLF")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            err("line longer than 998 octets")
            break
    hdr_end = raw.index(b"\r\n\r\n")
    if any(c > 127 for c in raw[:hdr_end]):
        err("8-bit characters in header block")
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    msg2 = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("Return-Path", "Message-ID", "Date", "From", "To", "Subject", "MIME-Version"):
        if msg.get(h) is None and msg.get(h.replace("ID", "Id")) is None:
            err("missing header %s" % h)
    _ = str(msg2["Subject"]), str(msg2["From"]), str(msg2["To"])
    rec = msg.get_all("Received") or []
    if not rec:
        err("no Received")
    else:
        top = re.sub(r"\s+", " ", rec[0])
        mt = re.match(r"from (\S+) \((\S+) \[([0-9a-fA-F.:]+)\]\) by mx01\.example\.com \(Postfix\) with (ESMTPS?) id (\w+) for <([^>]+)>; (.+)$", top)
        if not mt:
            err("top Received is not mx01's: %s" % top[:120])
        else:
            rcpt = mt.group(6)
            if not (rcpt.endswith("@example.com") or rcpt.endswith("@examplegroup.eu")):
                err("envelope recipient not internal")
            if rcpt != m.rcpt:
                err("rcpt mismatch")
            ip = mt.group(3)
            ar = msg.get("Authentication-Results")
            if ar and ("designates %s " % ip not in ar and "checking %s" % ip not in ar and "designate %s " % ip not in ar and " %s is neither" % ip not in ar):
                err("A-R SPF IP differs from connecting IP")
        prev = None
        for v in rec:
            try:
                t = _dates_in_received(v)
            except Exception:
                err("unparsable Received date: %r" % v[-60:])
                continue
            if prev is not None and t > prev + util.secs(1):
                err("Received chain not chronological (%s after %s)" % (t, prev))
            prev = t
        dt = email.utils.parsedate_to_datetime(msg["Date"])
        if dt > _dates_in_received(rec[0]) + util.secs(1):
            err("Date header after mx01 arrival")
        if not (util.utc(2026, 10, 1, 0, 0) <= dt.astimezone(util.UTC) < util.utc(2027, 1, 1, 0, 0)):
            err("Date outside Oct-Dec 2026")
        if _dates_in_received(rec[0]) - dt > util.secs(86400 * 2):
            err("Date more than two days before arrival")
    rp = msg.get("Return-Path", "")
    if rp.strip("<>") != m.env_from:
        err("Return-Path mismatch")
    # DKIM body hashes
    body = raw[hdr_end + 4:]
    for k in ("DKIM-Signature", "X-Google-DKIM-Signature"):
        for v in msg.get_all(k) or []:
            v1 = re.sub(r"\s+", "", v)
            bh = re.search(r"bh=([^;]+);", v1).group(1)
            c = re.search(r"c=([^;]+);", v1)
            canon = c.group(1) if c else "simple/simple"
            calc = util.relaxed_body_hash(body) if canon.endswith("/relaxed") else util.simple_body_hash(body)
            if bh != calc:
                err("DKIM bh mismatch (%s)" % k)
    ar = msg.get("Authentication-Results") or ""
    for hb in re.findall(r"header\.b=(\S+?)[;\s]", ar + ";"):
        bs = [re.sub(r"\s+", "", v) for v in (msg.get_all("DKIM-Signature") or [])]
        if not any(("b=" + hb) in s.replace("bh=", "BH=") for s in bs):
            err("A-R header.b %s without signature" % hb)
    # parts
    texts = []
    names = {}
    for p in leaf_parts(msg):
        ctype = p.get_content_type()
        fn = p.get_filename()
        if fn and "=?" in fn:
            fn = str(email.header.make_header(email.header.decode_header(fn)))
        cid = (p.get("Content-ID") or "").strip("<>")
        data = p.get_payload(decode=True)
        if ctype == "message/rfc822" or isinstance(p.get_payload(), list):
            continue
        if data is None:
            err("undecodable part %s" % ctype)
            continue
        if fn:
            names[fn] = (p, data)
        if cid:
            names[cid] = (p, data)
        if ctype.startswith("text/") and not fn:
            try:
                tx = decoded_text(p)
                if ctype == "text/calendar":
                    tx = tx.replace("\r\n ", "").replace("\\n", "\n").replace("\\;", ";").replace("\\,", ",")
                texts.append(html.unescape(tx) if ctype == "text/html" else tx)
            except Exception as e:
                err("text part does not decode with declared charset: %s" % e)
        elif ctype in ("text/calendar", "text/html", "image/svg+xml", "text/plain") and fn:
            try:
                tx = decoded_text(p) if p.get_content_charset() else data.decode("utf-8")
                texts.append(html.unescape(tx) if ctype in ("text/html", "image/svg+xml") else tx)
            except Exception as e:
                err("attachment text %s: %s" % (fn, e))
            if ctype == "image/svg+xml":
                xml.dom.minidom.parseString(data)
        if ctype == "application/pdf":
            try:
                pdf.check_structure(data)
            except Exception as e:
                err("PDF %s: %s" % (fn, e))
        if ctype in ("application/zip", "application/x-zip-compressed") or (fn and fn.lower().endswith(".zip")):
            pw = m.zip_passwords.get(fn)
            try:
                z = zipfile.ZipFile(io.BytesIO(data))
                for n in z.namelist():
                    z.read(n, pwd=pw.encode() if pw else None)
            except Exception as e:
                err("ZIP %s: %s" % (fn, e))
        if fn and (fn.lower().endswith(".docx") or fn.lower().endswith(".xlsx")):
            try:
                z = zipfile.ZipFile(io.BytesIO(data))
                for n in z.namelist():
                    if n.endswith(".xml") or n.endswith(".rels"):
                        xml.dom.minidom.parseString(z.read(n))
            except Exception as e:
                err("OOXML %s: %s" % (fn, e))
        if fn and (fn.lower().endswith(".img") or fn.lower().endswith(".iso")):
            try:
                archive.iso_list(data)
            except Exception as e:
                err("ISO %s: %s" % (fn, e))
        if ctype == "image/png":
            try:
                png.read_png(data)
            except Exception as e:
                err("PNG %s: %s" % (fn or cid, e))
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload()[0]
            for q in leaf_parts(inner):
                try:
                    texts.append(decoded_text(q))
                except Exception as e:
                    err("inner text part: %s" % e)
    # QR codes
    for where, payload, container in m.qr_expect:
        if where not in names:
            err("QR container %s not found" % where)
            continue
        part, data = names[where]
        want = payload.encode("utf-8")
        if container == "png":
            got = png.decode_qr_png(data)
            if got != want:
                err("QR in %s decodes to %r" % (where, got[:60]))
            if ext.get("zbarimg"):
                with tempfile.NamedTemporaryFile(suffix=".png") as tf:
                    tf.write(data)
                    tf.flush()
                    z = subprocess.run([ext["zbarimg"], "-q", "--raw", "-Sbinary", tf.name], capture_output=True).stdout
                    if z.rstrip(b"\n") != want and z != want:
                        err("zbarimg disagrees on %s" % where)
                    else:
                        report["zbar_png"] += 1
        else:
            mats = pdf.extract_qr_images(data)
            if not any(qr.decode_matrix(mm) == want for mm in mats):
                err("no QR with intended payload in %s" % where)
            if ext.get("zbarimg") and ext.get("pdftoppm"):
                with tempfile.TemporaryDirectory() as td:
                    fp = os.path.join(td, "a.pdf")
                    open(fp, "wb").write(data)
                    subprocess.run([ext["pdftoppm"], "-r", "300", "-png", fp, os.path.join(td, "p")], capture_output=True)
                    found = False
                    for img in sorted(os.listdir(td)):
                        if img.endswith(".png"):
                            z = subprocess.run([ext["zbarimg"], "-q", "--raw", "-Sbinary", os.path.join(td, img)], capture_output=True).stdout
                            if want in z:
                                found = True
                    if not found:
                        err("zbarimg could not read QR in rendered %s" % where)
                    else:
                        report["zbar_pdf"] += 1
        report["qr"] += 1
    # facts: IBANs valid and present; other facts present
    qrtext = "\n".join(pl for _, pl, _ in m.qr_expect)
    hdrtext = qrtext + "\n" + "\n".join("%s: %s" % (k, v) for k, v in msg2.items())
    alltext = "\n".join(texts) + "\n" + "\n".join(t for _, t in getattr(m, "texts", [])) + "\n" + hdrtext
    flat = re.sub(r"\s+", "", alltext)
    for val, note in m.facts["IBAN"]:
        v = val.replace(" ", "")
        if not checks.iban_valid(v):
            err("invalid IBAN %s" % val)
        if v not in flat:
            err("IBAN %s not found in message" % val)
        report["iban"] += 1
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(" ", "")
        if c[:2] in checks.IBAN_LEN and len(c) == checks.IBAN_LEN[c[:2]]:
            if not checks.iban_valid(c):
                err("invalid IBAN-like string %s" % cand)
            if not any(c == f[0].replace(" ", "") for f in m.facts["IBAN"]):
                err("IBAN %s not listed in facts" % cand)
    for val, note in m.facts["Wallet"]:
        ok = checks.bech32_valid(val) if val.startswith("bc1") else checks.b58check_valid(val)
        if not ok:
            err("wallet checksum fails %s" % val)
        if val not in alltext:
            err("wallet %s not in message" % val)
    digits = re.sub(r"\D", "", alltext)
    for val, note in m.facts["Phone"]:
        d = re.sub(r"\D", "", val)
        if d not in digits:
            err("phone %s not found" % val)
    listed = set(u for u, _ in m.facts["URL"])
    for u in URL_RE.findall(alltext):
        u = u.rstrip(".,;:")
        if u not in listed and not _boring(u):
            err("URL not listed in facts: %s" % u)
    for u in re.findall(r"(?<![/\w@.])(www\.[a-z0-9.-]+\.[a-z]{2,}(?:/[^\s<>\"]*)?)", alltext, re.I):
        if u.rstrip(".,;)") not in listed:
            err("bare web address not listed in facts: %s" % u)
    for u in listed:
        if u not in alltext and u.replace("&", "&amp;") not in alltext:
            err("listed URL not in message: %s" % u)
    for e in errs:
        report["errors"].append(e)
    return msg


def _boring(u):
    return any(b in u for b in ("schemas.microsoft.com", "www.w3.org", "schemas.openxmlformats.org", "purl.org", "github.com/PHPMailer", "http://yandex.ru"))


def check_ids(report):
    from . import world
    fn = {"de_vat": checks.de_vat_valid, "it_piva": checks.it_piva_valid, "pl_nip": checks.pl_nip_valid,
          "pl_regon": checks.pl_regon_valid, "es_cif": checks.es_cif_valid, "gr_afm": checks.gr_afm_valid,
          "gb_vat": lambda v: checks.gb_vat_valid(v.replace(" ", "")), "ru_inn": checks.ru_inn_valid,
          "ru_ogrn": checks.ru_ogrn_valid}
    for o in world.OFFICES:
        for label, val, kind in o["ids"]:
            if kind and not fn[kind](val):
                report["errors"].append("company id %s %s invalid" % (label, val))
            elif kind:
                report["ids"] += 1
        if o["iban"].startswith("р/с"):
            bik = re.search(r"БИК (\d{9})", o["bank"]).group(1)
            if not checks.ru_account_key_ok(bik, o["iban"].split()[-1]):
                report["errors"].append("RU account key invalid")
        elif not checks.iban_valid(o["iban"]):
            report["errors"].append("office IBAN invalid %s" % o["iban"])
    for v, kind in world.CHECKED_IDS:
        if not fn[kind](v):
            report["errors"].append("correspondent id %s invalid" % v)
        else:
            report["ids"] += 1
    for bik, acc in world.RU_ACCOUNTS:
        if not checks.ru_account_key_ok(bik, acc):
            report["errors"].append("RU account %s key invalid" % acc)
        else:
            report["ids"] += 1


def run(outdir, msgs):
    ext = {k: shutil.which(k) for k in ("zbarimg", "pdftoppm", "qpdf")}
    report = {"errors": [], "qr": 0, "zbar_png": 0, "zbar_pdf": 0, "iban": 0, "ids": 0, "messages": 0}
    seen_ids = {}
    for folder in ("attack", "business"):
        files = sorted(f for f in os.listdir(os.path.join(outdir, folder)) if f.endswith(".eml"))
        if len(files) != 40:
            report["errors"].append("%s has %d messages" % (folder, len(files)))
        for i, f in enumerate(files, 1):
            mm = re.match(r"(\d\d)-([a-z]{2})-([a-z0-9-]+)\.eml$", f)
            if not mm or int(mm.group(1)) != i or mm.group(2) != lang_of(i):
                report["errors"].append("bad file name/order %s/%s" % (folder, f))
    for m in msgs:
        path = os.path.join(outdir, m.folder, m.fname)
        msg = check_message(path, m, ext, report)
        mid = msg["Message-ID"] or msg["Message-Id"]
        if mid in seen_ids:
            report["errors"].append("duplicate Message-ID in %s and %s" % (seen_ids[mid], m.fname))
        seen_ids[mid] = m.fname
        report["messages"] += 1
    check_ids(report)
    attack_names = set(m.fname for m in msgs if m.folder == "attack")
    for m in msgs:
        pair = m.info.get("pair")
        if pair and pair[0] not in attack_names:
            report["errors"].append("hard-negative pair of %s names unknown attack %s" % (m.fname, pair[0]))
        for key in ("what", "why"):
            if not m.info.get(key):
                report["errors"].append("%s lacks manifest field %s" % (m.fname, key))
    if ext.get("qpdf"):
        report["qpdf"] = 0
        for m in msgs:
            path = os.path.join(outdir, m.folder, m.fname)
            msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.compat32)
            for p in leaf_parts(msg):
                if p.get_content_type() == "application/pdf":
                    with tempfile.NamedTemporaryFile(suffix=".pdf") as tf:
                        tf.write(p.get_payload(decode=True))
                        tf.flush()
                        r = subprocess.run([ext["qpdf"], "--check", tf.name], capture_output=True)
                        if r.returncode != 0:
                            report["errors"].append("qpdf --check failed for %s in %s" % (p.get_filename(), m.fname))
                        else:
                            report["qpdf"] += 1
    return report
