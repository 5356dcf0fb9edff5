import base64
import datetime
import random

from mimelib import parse_date, T, H, Alt, Mixed, Rel, Att, AR, rhex, rstr  # noqa: F401
import artifacts as A  # noqa: F401
from staff import S  # noqa: F401

MESSAGES = []

PDF_CT = "application/pdf"
ZIP_CT = "application/x-zip-compressed"
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCM_CT = "application/vnd.ms-word.document.macroEnabled.12"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def D(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def msg(kind, num, lang, short, desc, prof, **kw):
    fname = "%02d-%s-%s.eml" % (num, lang, short)
    dt = parse_date(kw["date"])
    frm = kw["from_"]
    to = kw["to"]
    first = to[0] if isinstance(to[0], str) else to[0][1]
    mailfrom = kw.get("mailfrom", frm[1])
    ctx = {"rnd": random.Random(fname + "/p"), "dt": dt, "from": frm, "subject": kw["subject"],
           "mailfrom": mailfrom, "to": first}
    spec = dict(prof(ctx)) if prof else {}
    for k, v in kw.items():
        if k == "from_":
            continue
        if k == "add_headers":
            spec["headers"] = spec.get("headers", []) + v
        elif k == "pre_headers":
            spec["headers"] = v + spec.get("headers", [])
        elif k == "add_trace":
            spec["trace"] = spec.get("trace", []) + v
        elif k == "drop_headers":
            spec["headers"] = [h for h in spec.get("headers", []) if h[0] not in v]
        else:
            spec[k] = v
    spec["from"] = frm
    spec.setdefault("mailfrom", mailfrom)
    spec["file"] = fname
    MESSAGES.append(dict(kind=kind, file=fname, lang=lang, desc=desc, charset=kw["charset"],
                         cte=kw.get("cte", "quoted-printable"), spec=spec))
