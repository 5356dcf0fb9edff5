"""Message model: assembles headers (trace, identity, MIME) for one .eml file."""
import infra
import mime
import util

ORDERS = {
    "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                "X-MS-TNEF-Correlator", "*", "CT", "MIME-Version"],
    "outlook_smtp": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                     "MIME-Version", "CT", "X-Mailer", "Thread-Index", "Content-Language", "*"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "Reply-To", "From", "Date", "Message-ID", "Subject",
              "To", "Cc", "*", "CT"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To", "Cc",
                    "References", "Reply-To", "From", "In-Reply-To", "*", "CT"],
    "apple": ["From", "CT", "MIME-Version", "Subject", "Date", "References", "Reply-To", "To", "Cc", "In-Reply-To",
              "Message-Id", "X-Mailer", "*"],
    "generic": ["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To", "References",
                "*", "MIME-Version", "CT"],
    "esp": ["From", "Reply-To", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
            "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "MIME-Version", "CT", "*"],
}


class Msg:
    def __init__(self, file, folder, frm, to, subject, date, route, body, *, cc=(), reply_to=None,
                 name_cs="utf-8", name_enc="B", subj_cs=None, subj_enc=None, in_reply_to=None,
                 references=None, headers=(), what="", why="", pairs=(), mail_from=None, rcpt=None,
                 lang=None, to_cs=None, thread_topic=None, mixed_subject=False, msgid=None, mx_tls=None,
                 techniques=(), qr=None):
        self.file = file
        self.folder = folder
        self.frm = frm
        self.to = list(to)
        self.cc = list(cc)
        self.reply_to = reply_to
        self.subject = subject
        self.date = date
        self.route = route
        self.body = body
        self.name_cs = name_cs
        self.name_enc = name_enc
        self.subj_cs = subj_cs or name_cs
        self.subj_enc = subj_enc or name_enc
        self.in_reply_to = in_reply_to
        self.references = references
        self.headers = list(headers)
        self.what = what
        self.why = why
        self.pairs = list(pairs)
        self.mail_from = mail_from
        self.rcpt = rcpt
        self.lang = lang or file.split("-")[1]
        self.to_cs = to_cs or name_cs
        self.thread_topic = thread_topic
        self.mixed_subject = mixed_subject
        self.msgid_override = msgid
        self.mx_tls = mx_tls
        self.info = {}
        self.techniques = list(techniques)
        self.qr = qr

    # ----------------------------------------------------------------
    def t(self):
        zone, *rest = self.date
        return util.local(zone, *rest)

    def render(self):
        zone = self.date[0]
        t = self.t()
        rcpt = self.rcpt or self.to[0][1]
        mail_from = self.mail_from if self.mail_from is not None else self.frm[1]
        ctx = dict(t=t, seed=self.file, mail_from=mail_from or "MAILER-DAEMON", rcpt=rcpt, zone=zone,
                   lang=self.lang)
        name, kw = self.route
        R = infra.ROUTES[name](ctx, **kw)
        msgid = self.msgid_override or R["msgid"]
        t_mx = util.plus(t, R.get("mx_delay", 2) + len(R["hops"]))
        helo, rdns, ip, tls = R["mx"]
        if self.mx_tls is not None:
            tls = self.mx_tls
        top = infra.mx01(helo, rdns, ip, rcpt, t_mx, self.file, tls)
        trace = [("Return-Path", R.get("return_path") or "<%s>" % mail_from if mail_from else "<>")]
        trace.append(("Received", top))
        for h in R["hops"]:
            trace.append(("Received", h))
        trace += R.get("trace", [])

        subj = (mime.hdr_text_mixed if self.mixed_subject else mime.hdr_text)(self.subject, self.subj_cs, self.subj_enc)
        fields = {}
        fields["From"] = mime.addr(self.frm[0], self.frm[1], self.name_cs, self.name_enc)
        fields["To"] = mime.addr_list(self.to, self.to_cs, self.name_enc)
        if self.cc:
            fields["Cc"] = mime.addr_list(self.cc, self.to_cs, self.name_enc)
        if self.reply_to:
            fields["Reply-To"] = mime.addr(self.reply_to[0], self.reply_to[1], self.name_cs, self.name_enc)
        fields["Subject"] = subj
        fields["Date"] = util.fmt_date(t, zone, R.get("date_style", "nopad"))
        order = ORDERS[R["order"]]
        fields["Message-Id" if "Message-Id" in order else "Message-ID"] = msgid
        if self.in_reply_to:
            fields["In-Reply-To"] = self.in_reply_to
        if self.references:
            fields["References"] = self.references
        fields["MIME-Version"] = "1.0"
        if R["order"] == "apple":
            fields["MIME-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"
        has_att = any(p.filename and p.disp != "inline" for p in mime.walk(self.body))
        extras = []
        for k, v in R.get("extra", []) + self.headers:
            if k == "Thread-Topic":
                v = self.thread_topic or mime.hdr_text(self.subject.split(": ", 1)[-1] if self.subject[:3] in ("RE:", "AW:", "Re:", "R: ", "Fw:", "FW:") else self.subject, self.subj_cs, self.subj_enc)
            if k == "X-MS-Has-Attach":
                v = "yes" if has_att else ""
            if k in order and k not in fields:
                fields[k] = v
            else:
                extras.append((k, v))
        out = []
        for k in order:
            if k == "*":
                out += extras
            elif k == "CT":
                out.append(("MIME", None))
            elif k in fields:
                out.append((k, fields[k]))
        hdrs = trace + out
        # value strings: convert "\n" folds to proper continuation
        final = []
        for k, v in hdrs:
            if v is None and k != "MIME":
                continue
            final.append((k, v))
        data = mime.serialize(final, self.body, R["bstyle"], self.file, msgid)
        self.info = dict(msgid=msgid, route=name, mx=R["mx"], t=t)
        return data

    # ----------------------------------------------------------------
    def body_encoding(self):
        seen = []
        for p in mime.walk(self.body):
            if p.is_multipart() or p.filename:
                continue
            if p.ctype.startswith("text/"):
                k = (p.charset, p.cte)
                if k not in seen:
                    seen.append(k)
        cs = ", ".join(sorted(set(c for c, _ in seen), key=[c for c, _ in seen].index))
        cte = ", ".join(sorted(set(e for _, e in seen), key=[e for _, e in seen].index))
        return cs, cte

    def structure(self):
        return mime.describe(self.body)
