"""Message assembly: trace headers + MUA-style headers + MIME body."""
import base64
import random
import struct

import infra as I
import mime as M


class Msg:
    def __init__(self, folder, num, lang, slug):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.key = "%s/%02d-%s-%s" % (folder, num, lang, slug)
        self.rng = random.Random(self.key)
        self.headers = []
        self.post_headers = []
        self.body = None
        self.env = None
        self.t = None
        self.rcpt = None
        self.mailfrom = None
        self.what = ""
        self.why = ""
        self.hard_neg_of = []
        self.structure = None   # optional override text for the manifest

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def render(self):
        env = self.env
        t_mx = I.plus(self.t, env.delay + self.rng.randint(0, 2))
        out = [("Return-Path", "<%s>" % self.mailfrom if self.mailfrom else "<>")]
        out.append(("Received", I.mx01(env, self.rcpt, t_mx, self.rng)))
        for r in env.received:
            out.append(("Received", r.replace("%RCPT%", self.rcpt).replace("%SENDER%", self.mailfrom or "")))
        out.extend(env.trace)
        out.extend(self.headers)
        names = {n.lower() for n, _ in self.headers}
        if "mime-version" not in names:
            out.append(("MIME-Version", "1.0"))
        out.extend(self.body.headers)
        out.extend(self.post_headers)
        top = M.Part(out, body=self.body.body, children=self.body.children,
                     boundary=self.body.boundary, preamble=self.body.preamble)
        return top.render()


# ----------------------------------------------------------- helpers ------

def thread_index(t, rng, depth=0):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    head = struct.pack(">Q", ft)[:6]
    guid = bytes(rng.getrandbits(8) for _ in range(16))
    data = head + guid
    for i in range(depth):
        data += bytes(rng.getrandbits(8) for _ in range(5))
    data = b"\x01" + data[1:]
    return base64.b64encode(data).decode()


def outlook_smtp_msgid(rng, t, domain):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    hi, lo = "%08x" % (ft >> 32), "%08x" % (ft & 0xffffffff)
    return "<%04x%s$%s$%s$@%s>" % (rng.randint(0, 0x3ff), hi, lo, I.rhex(rng, 8), domain)


def outlook_classic_boundary(rng, t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    hi, lo = "%08X" % (ft >> 32), "%08X" % (ft & 0xffffffff)
    n = rng.randint(0, 0xffff)
    return lambda i: "----=_NextPart_%03d_%04X_%s.%s" % (i, n, hi, lo)


def hdrs_outlook365(env, t, frm, to, subject, cc=None, lang="de-DE", reply=None,
                    attach=False, msgid=None, topic=None, depth=0, rng=None, extra=()):
    """Header order as produced by Exchange Online / on-prem Exchange."""
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h.append(("Subject", subject))
    h.append(("Thread-Topic", topic if topic is not None else subject))
    h.append(("Thread-Index", thread_index(t, rng, depth)))
    zone = env.date_zone
    h.append(("Date", I.rfc2822_nopad(t, zone)))
    h.append(("Message-ID", msgid or env.msgid))
    if reply:
        h.append(("References", reply[1]))
        h.append(("In-Reply-To", reply[0]))
    h.append(("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"))
    h.append(("Content-Language", lang))
    h.append(("X-MS-Has-Attach", "yes" if attach else ""))
    h.append(("X-MS-TNEF-Correlator", ""))
    for n, v in getattr(env, "ms_trace", [])[2:]:
        h.append((n, v))
    for n, v in env.trace:
        h.append((n, v))
    env.trace = []
    h.extend(extra)
    return h


def hdrs_gmail(env, t, frm, to, subject, rng, zone="EU", cc=None, reply=None, extra=()):
    h = [("MIME-Version", "1.0")]
    if reply:
        h.append(("References", reply[1]))
        h.append(("In-Reply-To", reply[0]))
    h.append(("From", frm))
    h.append(("Date", I.rfc2822(t, zone)))
    h.append(("X-Gm-Features", "AQt7F2" + I.rstr(rng, 60, I.ALNUM + "_-")))
    h.append(("Message-ID", env.msgid))
    h.append(("Subject", subject))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.extend(extra)
    return h


def hdrs_thunderbird(t, frm, to, subject, msgid, zone="EU", lang="de-DE", cc=None, reply=None, ua="Mozilla Thunderbird", org=None):
    h = [("Message-ID", msgid), ("Date", I.rfc2822(t, zone)), ("MIME-Version", "1.0"),
         ("User-Agent", ua), ("Content-Language", lang)]
    if reply:
        h[2:2] = []
        h.append(("References", reply[1]))
        h.append(("In-Reply-To", reply[0]))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("From", frm))
    if org:
        h.append(("Organization", org))
    h.append(("Subject", subject))
    return h


def hdrs_outlook_smtp(t, frm, to, subject, msgid, zone="EU", lang="de", cc=None, reply=None,
                      rng=None, mailer="Microsoft Outlook 16.0", depth=0, extra=()):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply:
        h.append(("References", reply[1]))
        h.append(("In-Reply-To", reply[0]))
    h += [("Subject", subject), ("Date", I.rfc2822_nopad(t, zone)), ("Message-ID", msgid),
          ("MIME-Version", "1.0")]
    post = [("X-Mailer", mailer), ("Thread-Index", thread_index(t, rng, depth)), ("Content-Language", lang)]
    return h, post + list(extra)


def hdrs_roundcube(t, frm, to, subject, msgid, sender, zone="EU", ver="1.6.9", cc=None, reply=None, replyto=None):
    h = [("MIME-Version", "1.0"), ("Date", I.rfc2822(t, zone)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subject))
    if replyto:
        h.append(("Reply-To", replyto))
    if reply:
        h.append(("In-Reply-To", reply[0]))
        h.append(("References", reply[1]))
    h += [("Message-ID", msgid), ("X-Sender", sender), ("User-Agent", "Roundcube Webmail/%s" % ver)]
    return h


def hdrs_phpmailer(t, to, frm, subject, msgid, zone="EU", replyto=None, ver="6.9.1"):
    h = [("Date", I.rfc2822(t, zone)), ("To", to), ("From", frm)]
    if replyto:
        h.append(("Reply-To", replyto))
    h += [("Subject", subject), ("Message-ID", msgid),
          ("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % ver),
          ("MIME-Version", "1.0")]
    return h


def hdrs_apple(t, frm, to, subject, msgid, zone="EU", reply=None, mailer="iPhone Mail (22B91)"):
    h = [("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Date", I.rfc2822_nopad(t, zone)),
         ("Subject", subject), ("Message-Id", msgid)]
    if reply:
        h.append(("References", reply[1]))
        h.append(("In-Reply-To", reply[0]))
    h += [("To", to), ("X-Mailer", mailer)]
    return h


def alt(text, html, charset, cte_text, cte_html, boundary, label=None, ct_style="quoted", flowed=False):
    return M.multipart("alternative", [
        M.text_part(text, "plain", charset, cte_text, label=label, ct_style=ct_style, flowed=flowed),
        M.text_part(html, "html", charset, cte_html, label=label, ct_style=ct_style),
    ], boundary)
