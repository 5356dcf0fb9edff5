"""Self-checks run by build.py after writing the set."""

import email
import email.header
import email.policy
import io
import os
import re
import zipfile
import zlib
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

from common import iban_valid, bech32_ok, base58check_ok, ru_account_ok, ru_corr_ok
from qr import decode_png

FORBIDDEN = ["authentication-results", "dkim-signature", "arc-seal", "arc-message-signature",
             "arc-authentication-results", "x-spam-status", "x-spam-score", "x-spam-flag", "x-spam-level",
             "x-spam-checker-version", "received-spf"]
IBAN_LEN = {"DE": 22, "IT": 27, "PL": 28, "ES": 24, "GR": 27, "GB": 22, "LT": 20, "PT": 25, "SK": 24, "FR": 27,
            "NL": 18, "AT": 20, "BE": 16, "CY": 28, "IE": 22, "BG": 22, "RO": 24, "HR": 21, "MT": 31, "LV": 21, "EE": 20}
IBAN_RE = re.compile(r"\b(%s)(\d{2})((?:[ ]?[A-Z0-9]){10,30})" % "|".join(IBAN_LEN))
RX_MX = re.compile(r"^from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\)\s.*by mx01\.example\.com \(Postfix\) with E?SMTPS? id \w+\s+for <[^>]+>; ", re.S)


def _pdf_text(data):
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(m.group(1)).decode("cp1252", "replace"))
        except zlib.error:
            pass
    return "\n".join(out)


def _ibans(text):
    found = []
    for m in IBAN_RE.finditer(text):
        cc = m.group(1)
        rest = m.group(3).replace(" ", "")
        cand = cc + m.group(2) + rest
        cand = cand[:IBAN_LEN[cc]]
        if len(cand) == IBAN_LEN[cc]:
            found.append(cand)
    return found


STATS = {}


def run(root, msgs):
    problems = []
    for folder in ("attack", "business"):
        files = sorted(f for f in os.listdir(os.path.join(root, folder)) if f.endswith(".eml"))
        if len(files) != 40:
            problems.append("%s: %d files" % (folder, len(files)))
        bymeta = {m["file"]: m for m in msgs[folder]}
        for fn in files:
            p = os.path.join(root, folder, fn)
            raw = open(p, "rb").read()
            where = "%s/%s" % (folder, fn)
            m = bymeta[fn]
            if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
                problems.append(where + ": line endings not CRLF")
            for ln in raw.split(b"\r\n"):
                if len(ln) > 998:
                    problems.append(where + ": line longer than 998")
                    break
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                problems.append(where + ": defects %r" % msg.defects)
            keys = [k.lower() for k in msg.keys()]
            if keys[0] != "return-path":
                problems.append(where + ": first header is not Return-Path")
            for f in FORBIDDEN:
                if f in keys:
                    problems.append(where + ": forbidden header " + f)
            rec = msg.get_all("Received")
            top = str(rec[0]) if rec else ""
            if not RX_MX.match(" ".join(top.split())):
                problems.append(where + ": top Received is not mx01's: " + top[:120])
            if m.get("internal") and "mail-int01.example.com (mail-int01.example.com [10.20.0.25])" not in top:
                problems.append(where + ": internal message not from mail-int01")
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    problems.append(where + ": missing " + h)
            for h in ("From", "To", "Subject", "Reply-To", "CC"):
                v = msg[h]
                if v is not None and ("=?" in str(v) or "\ufffd" in str(v)):
                    problems.append(where + ": header %s not decoded: %s" % (h, str(v)))
            legacy_msg = email.message_from_bytes(raw)
            for h in ("From", "To", "CC", "Subject", "Reply-To", "Sender"):
                if msg[h] is None:
                    continue
                legacy = str(email.header.make_header(email.header.decode_header(legacy_msg[h])))
                if " ".join(legacy.split()) != " ".join(str(msg[h]).split()):
                    problems.append(where + ": %s decodes differently in legacy/new parser" % h)
            d = parsedate_to_datetime(str(msg["Date"]))
            mx_t = parsedate_to_datetime(" ".join(top.split(";")[-1].split()).split(" (")[0])
            if not (0 <= (mx_t - d).total_seconds() <= 600):
                problems.append(where + ": Date %s vs mx01 time %s inconsistent" % (d, mx_t))
            prev = mx_t
            for hop in rec[1:]:
                try:
                    ht = parsedate_to_datetime(" ".join(str(hop).split(";")[-1].split()).split(" (")[0].replace(" GMT", " +0000"))
                except (ValueError, TypeError):
                    continue          # hop without an RFC 5322 date (e.g. SendGrid's internal hop)
                if (ht - prev).total_seconds() > 0:
                    problems.append(where + ": hop time later than the hop above it")
                prev = ht
            if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= d <= datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc)):
                problems.append(where + ": date out of range " + str(d))
            alltext = [str(msg["Subject"])]
            for part in msg.walk():
                if part.is_multipart():
                    if part.defects:
                        problems.append(where + ": part defects %r" % part.defects)
                    continue
                if part.defects:
                    problems.append(where + ": part defects %r" % part.defects)
                ct = part.get_content_type()
                payload = part.get_payload(decode=True)
                if payload is None:
                    problems.append(where + ": no payload in " + ct)
                    continue
                if part.get_content_maintype() == "text" or ct == "image/svg+xml":
                    cs = part.get_content_charset() or "us-ascii"
                    txt = ""
                    try:
                        txt = payload.decode(cs)
                        alltext.append(txt)
                    except (UnicodeDecodeError, LookupError) as e:
                        problems.append(where + ": text part %s does not decode as %s: %s" % (ct, cs, e))
                    low = txt.lower()
                    for bad in ("<script", "javascript:", " onload=", " onerror=", " onclick="):
                        if bad in low:
                            problems.append(where + ": active content %r in %s" % (bad, ct))
                    if ct == "text/plain":
                        try:
                            part.get_content()
                        except Exception as e:   # noqa
                            problems.append(where + ": get_content failed %s" % e)
                elif ct == "application/pdf":
                    if not (payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")):
                        problems.append(where + ": bad PDF")
                    alltext.append(_pdf_text(payload))
                elif ct in ("application/zip", "application/x-zip-compressed"):
                    try:
                        z = zipfile.ZipFile(io.BytesIO(payload))
                        for zi in z.infolist():
                            pwd = None
                            if zi.flag_bits & 1:
                                pwd = m.get("zip_password", "").encode("utf-8")
                            data = z.read(zi, pwd=pwd)
                            STATS["zip_members"] = STATS.get("zip_members", 0) + 1
                            if b"placeholder" not in data:
                                problems.append(where + ": zip member without placeholder")
                    except Exception as e:  # noqa
                        problems.append(where + ": zip unreadable: %s" % e)
                elif ct == "image/png":
                    if not payload.startswith(b"\x89PNG\r\n\x1a\n"):
                        problems.append(where + ": bad PNG")
                    if payload[25] == 0:     # grayscale = QR code
                        try:
                            url = decode_png(payload).decode()
                            alltext.append(url)
                            STATS["qr"] = STATS.get("qr", 0) + 1
                            if m.get("qr_url") and url != m["qr_url"]:
                                problems.append(where + ": QR decodes to unexpected " + url)
                        except Exception as e:  # noqa
                            problems.append(where + ": QR not decodable: %s" % e)
            blob = "\n".join(alltext)
            for ib in _ibans(blob):
                if not iban_valid(ib):
                    problems.append(where + ": invalid IBAN " + ib)
            for ad in re.findall(r"\bbc1[02-9ac-hj-np-z]{20,80}\b", blob):
                if not bech32_ok(ad):
                    problems.append(where + ": invalid bech32 " + ad)
            for ad in re.findall(r"\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b", blob):
                if not base58check_ok(ad):
                    problems.append(where + ": invalid base58check " + ad)
            biks = set(re.findall(r"(?:БИК|BIK)\s*(\d{9})", blob))
            for acc in set(re.findall(r"\b(40[5-8]\d{17})\b", blob)):
                if not any(ru_account_ok(b, acc) for b in biks):
                    problems.append(where + ": settlement account %s fails BIK key check" % acc)
            for acc in set(re.findall(r"\b(30101\d{15})\b", blob)):
                if not any(ru_corr_ok(b, acc) for b in biks):
                    problems.append(where + ": correspondent account %s fails BIK key check" % acc)
            STATS.setdefault("iban", 0)
            STATS["iban"] += len(_ibans(blob))
            STATS["ru_acc"] = STATS.get("ru_acc", 0) + len(set(re.findall(r"\b(40[5-8]\d{17}|30101\d{15})\b", blob)))
            STATS["btc"] = STATS.get("btc", 0) + len(re.findall(r"\bbc1[02-9ac-hj-np-z]{20,80}\b", blob))
            for need in m.get("must_contain", []):
                if need not in blob:
                    problems.append(where + ": expected text missing: " + need)
    return problems
