"""Glue: sender-side header sets per client software and the complete
delivery path for each kind of sending system."""
from . import mta
from .mta import Env
from .util import rfc_date, plus, epoch, addr, hdr_text, fold, hexs, alnum, uuid4, b64rand


def env(m, t, rcpt, mailfrom):
    m.env = Env(m.r, t, rcpt, mailfrom)
    m.t = t
    return m.env


def _join(addrs):
    return ",\r\n\t".join(addrs) if len(addrs) > 1 else addrs[0]


# ------------------------------------------------------------------ client header sets

def h_outlook(m, frm, to, subject, t, zone, msgid, cc=None, lang="de-DE", irt=None, refs=None, replies=0,
              topic=None, subj_enc="B", reply_to=None, date_utc=False):
    h = [("From", frm), ("To", _join(to))]
    if cc:
        h.append(("CC", _join(cc)))
    h.append(("Subject", hdr_text(subject, "utf-8", subj_enc)))
    h.append(("Thread-Topic", hdr_text(topic or subject.split(": ", 1)[-1] if subject.lower().startswith(("re:", "aw:", "fw:", "wg:", "r:", "ответ:", "rv:", "odp:")) else (topic or subject), "utf-8", subj_enc)))
    h.append(("Thread-Index", m.thread_index(replies)))
    h.append(("Date", rfc_date(t, "UTC" if date_utc else zone)))
    h.append(("Message-ID", msgid))
    if refs:
        h.append(("References", fold(" ".join(refs))))
    if irt:
        h.append(("In-Reply-To", irt))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"))
    h.append(("Content-Language", lang))
    return h


def h_gmail(m, frm, to, subject, t, zone, msgid, cc=None, irt=None, refs=None, reply_to=None):
    h = [("MIME-Version", "1.0")]
    if refs:
        h.append(("References", fold(" ".join(refs))))
    if irt:
        h.append(("In-Reply-To", irt))
    h += [("From", frm), ("Date", rfc_date(t, zone)), ("Message-ID", msgid),
          ("Subject", hdr_text(subject, "UTF-8", "B")), ("To", _join(to))]
    if cc:
        h.append(("Cc", _join(cc)))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("MIME", None))
    return h


def h_thunderbird(m, frm, to, subject, t, zone, msgid, cc=None, lang="de-DE", irt=None, refs=None, org=None,
                  ua="Mozilla Thunderbird", version="128.5.2esr"):
    h = [("Message-ID", msgid), ("Date", rfc_date(t, zone)), ("MIME-Version", "1.0")]
    if ua:
        h.append(("User-Agent", ua))
    h.append(("Content-Language", lang))
    h.append(("To", _join(to)))
    if cc:
        h.append(("Cc", _join(cc)))
    if refs:
        h.append(("References", fold(" ".join(refs))))
    h.append(("From", frm))
    h.append(("Subject", hdr_text(subject, "UTF-8", "Q")))
    if irt:
        h.append(("In-Reply-To", irt))
    if org:
        h.append(("Organization", hdr_text(org, "UTF-8", "Q")))
    h.append(("MIME", None))
    return h


def h_outlook_desktop(m, frm, to, subject, t, zone, msgid, cc=None, lang="pl", irt=None, refs=None,
                      xmailer="Microsoft Outlook 16.0", replies=0, charset="utf-8", subj_enc="B"):
    """Outlook talking SMTP to a hoster (no Exchange): X-Mailer + Thread-Index."""
    h = [("From", frm), ("To", _join(to))]
    if cc:
        h.append(("Cc", _join(cc)))
    if refs:
        h.append(("References", fold(" ".join(refs))))
    if irt:
        h.append(("In-Reply-To", irt))
    h += [("Subject", hdr_text(subject, charset, subj_enc)), ("Date", rfc_date(t, zone)), ("Message-ID", msgid),
          ("MIME-Version", "1.0"), ("MIME", None), ("X-Mailer", xmailer),
          ("Thread-Index", m.thread_index(replies)), ("Content-Language", lang)]
    return h


def h_apple(m, frm, to, subject, t, zone, msgid, cc=None, irt=None, refs=None, iphone=False):
    h = [("MIME", None),
         ("Mime-Version", "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
         ("Subject", hdr_text(subject, "utf-8", "Q")), ("From", frm)]
    if irt:
        h.append(("In-Reply-To", irt))
    h.append(("Date", rfc_date(t, zone)))
    if cc:
        h.append(("Cc", _join(cc)))
    h.append(("Message-Id", msgid))
    if refs:
        h.append(("References", fold(" ".join(refs))))
    h.append(("To", _join(to)))
    h.append(("X-Mailer", "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.400.131.1.6)"))
    return h


def h_phpmailer(m, frm, to, subject, t, zone, msgid, reply_to=None, version="6.9.1", enc="B", charset="UTF-8"):
    h = [("Date", rfc_date(t, zone)), ("To", _join(to)), ("From", frm)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", hdr_text(subject, charset, enc)), ("Message-ID", msgid),
          ("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % version),
          ("MIME-Version", "1.0"), ("MIME", None)]
    return h


def h_generic(frm, to, subject, t, zone, msgid, order=("From", "To", "Subject", "Date", "Message-ID"),
              extra_after=None, subj_cs="UTF-8", subj_enc="B", date_style="std", cc=None):
    vals = {"From": frm, "To": _join(to), "Subject": hdr_text(subject, subj_cs, subj_enc),
            "Date": rfc_date(t, zone, date_style), "Message-ID": msgid}
    if cc:
        vals["Cc"] = _join(cc)
    h = [(k, vals[k]) for k in order if k in vals]
    h += extra_after or []
    if not any(k == "MIME" for k, _ in h):
        h += [("MIME-Version", "1.0"), ("MIME", None)]
    return h


# ------------------------------------------------------------------ complete paths

def finish(m, root, mx_auth, pre, client, t_mx, sender):
    headers = mta.mx01(m.env, client, t_mx, mx_auth) + pre + sender
    return m.finish(headers, root)


def via_m365(m, root, sender_hdrs_fn, domain, tenant_id, server, pod, dkim_d=None, auth=None, **kw):
    body = root.payload()
    pre, post, client, t_mx, bp = mta.m365(m.env, domain, tenant_id, server, pod, body, None, **kw)
    d = dkim_d or domain
    auth = auth or dict(spf="pass", dkim=[("pass", d, kw.get("dkim_s", "selector1"), bp, 2048)],
                        dmarc=("pass", "quarantine", domain))
    if callable(auth):
        auth = auth(bp)
    sender = sender_hdrs_fn + post
    return finish(m, root, auth, pre, client, t_mx, sender)


def via_exchange(m, root, sender_hdrs, **kw):
    body = root.payload()
    pre, post, client, t_mx = mta.exchange_internal(m.env, body, **kw)
    return finish(m, root, None, pre, client, t_mx, sender_hdrs + post)


def via_gmail(m, root, sender_hdrs, d="gmail.com", workspace=False, auth=None, dmarc_p="none"):
    body = root.payload()
    pre, client, t_mx, bp = mta.gmail(m.env, body, None, d=d, workspace=workspace)
    s = "google" if workspace else "20230601"
    auth = auth or dict(spf="pass", dkim=[("pass", d, s, bp, 2048)],
                        dmarc=("pass", dmarc_p, d))
    return finish(m, root, auth, pre, client, t_mx, sender_hdrs)
