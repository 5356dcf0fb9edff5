#!/usr/bin/env python3
"""Sanity checks for the generated set."""
import os, re, sys, email, collections, datetime, zipfile, io
from email import policy
from email.utils import parsedate_to_datetime
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from mimelib import iban_ok
from world import IB
ROOT = os.path.dirname(HERE)
lo = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc) - datetime.timedelta(hours=14)
hi = datetime.datetime(2026, 12, 6, tzinfo=datetime.timezone.utc) - datetime.timedelta(hours=1)
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
errs = []
counts = collections.Counter()
for v in IB.values():
    assert iban_ok(v), v
for kind in ("attack", "business"):
    files = sorted(os.listdir(os.path.join(ROOT, kind)))
    for fn in files:
        raw = open(os.path.join(ROOT, kind, fn), "rb").read()
        lang = fn.split("-")[1]
        counts[(kind, lang)] += 1
        m = email.message_from_bytes(raw, policy=policy.default)
        def E(x): errs.append("%s/%s: %s" % (kind, fn, x))
        if m.defects: E("defects %r" % m.defects)
        if "Authentication-Results" in m: E("auth-results present")
        for h in ("From", "Subject", "Date", "Message-ID", "Received"):
            if h not in m: E("missing " + h)
        try:
            str(m["Subject"]); str(m["From"]); str(m.get("To", ""))
        except Exception as e:
            E("header decode %r" % e)
        rec = m.get_all("Received")
        for r in rec:
            try:
                parsedate_to_datetime(str(r).rsplit(";", 1)[1].strip())
            except Exception as e:
                E("Received without date: %s" % str(r)[:60])
        top = str(rec[0])
        if "by mx01.example.com" not in top or "for <" not in top: E("bad top Received")
        if "internal" in fn and "mail-int01.example.com [10.20.0.25]" not in top: E("internal not via relay")
        d = parsedate_to_datetime(str(m["Date"]))
        if not (lo <= d <= hi): E("date out of range %s" % d)
        rd = parsedate_to_datetime(top.rsplit(";", 1)[1].strip())
        if not (lo <= rd <= hi) or rd < d: E("received date %s" % rd)
        rc = re.search(r"for <([^>]+)>", top).group(1)
        if not (rc.endswith("@example.com") or rc.endswith("@examplegroup.eu")): E("rcpt not ours")
        ntext = 0
        for part in m.walk():
            if part.defects: E("part defects %r" % part.defects)
            if part.is_multipart(): continue
            ct = part.get_content_type()
            if part.get_content_maintype() == "text" and not part.get_filename():
                try:
                    t = part.get_content()
                except Exception as e:
                    E("decode %r" % e); continue
                ntext += 1
                if "\ufffd" in t: E("replacement char in %s" % ct)
                for ib in IBAN_RE.findall(t):
                    c = ib.replace(" ", "")
                    if c[:2] in ("DE", "IT", "PL", "ES", "GR", "GB", "LT", "CY") and len(c) >= 15 and "*" not in c:
                        if not iban_ok(c): E("bad IBAN %s" % c)
            else:
                data = part.get_payload(decode=True)
                fnm = part.get_filename()
                if not data: E("empty attachment %s" % fnm)
                if fnm and fnm.endswith((".docx", ".xlsx", ".zip")):
                    zipfile.ZipFile(io.BytesIO(data)).testzip()
                if fnm and fnm.endswith(".pdf") and not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")): E("bad pdf")
        if ntext == 0: E("no text part")
for e in errs: print("ERR", e)
print("errors:", len(errs))
for kind in ("attack", "business"):
    print(kind, " ".join("%s=%d" % (l, counts[(kind, l)]) for l in ["de", "en", "it", "pl", "es", "el", "ru"]),
          "total=%d" % sum(v for (k, l), v in counts.items() if k == kind))
