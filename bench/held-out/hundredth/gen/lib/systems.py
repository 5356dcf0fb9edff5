"""Header sets for each sending system. compose(spec) -> Message."""
from . import infra as I
from .mime import Message, addr, ew, ew_mixed


def _alist(lst, cs, enc, quote=False):
    return ", ".join(addr(n, a, cs, enc, quote) for n, a in lst)


def _subj(spec):
    s = spec["subject"]
    style = spec.get("subj_style", "full")
    if style == "mixed":
        return ew_mixed(s, spec["hcs"], spec["henc"])
    return ew(s, spec["hcs"], spec["henc"])


def _thread_index(r):
    return "Ad" + r.b64(28) + "=="


def _common(spec, names):
    """Return dict of basic header values."""
    cs, enc = spec["hcs"], spec["henc"]
    q = spec.get("quote_names", False)
    d = {
        "From": addr(spec["frm"][0], spec["frm"][1], cs, enc, q),
        "To": _alist(spec["to"], cs, enc, q),
        "Subject": _subj(spec),
    }
    if spec.get("cc"):
        d["CC" if spec.get("cc_caps") else "Cc"] = _alist(spec["cc"], cs, enc, q)
    if spec.get("reply_to"):
        d["Reply-To"] = _alist([spec["reply_to"]], cs, enc, q)
    if spec.get("in_reply_to"):
        d["In-Reply-To"] = spec["in_reply_to"]
    if spec.get("references"):
        d["References"] = spec["references"]
    return d


def compose(spec):
    r = I.R(spec["id"])
    spec.setdefault("hcs", "utf-8")
    spec.setdefault("henc", "B")
    fn = SYSTEMS[spec["system"]]
    heads = fn(r, spec)
    return Message(heads, spec["root"]), heads


def _finish(r, spec, received, top, rp=None):
    """received: sender-side hops (top first). top: (helo, rdns, ip, tls)."""
    helo, rdns, ip, tls = top
    rcpt = spec.get("rcpt", spec["to"][0][1])
    rp = rp if rp is not None else spec.get("envelope", spec["frm"][1])
    h = [("Return-Path", "<%s>" % rp if rp else "<>")]
    h.append(("Received", I.mx01(r, spec["dt"], helo, rdns, ip, rcpt, tls)))
    for x in received:
        h.append(("Received", x))
    return h


def _add(h, d, keys):
    for k in keys:
        if k in d:
            h.append((k, d[k]))


# ------------------------------------------------------------------ internal
def sys_exchange_int(r, spec):
    dt = spec["dt"]
    d = _common(spec, None)
    h = _finish(r, spec, I.hop_exchange_internal(r, dt), ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.2"))
    _add(h, d, ["From", "To", "CC", "Cc", "Subject"])
    h.append(("Thread-Topic", spec["subject"] if _ascii(spec["subject"]) else ew(spec["subject"], spec["hcs"], spec["henc"])))
    h.append(("Thread-Index", _thread_index(r)))
    h.append(("Date", I.rfc(I.minus(dt, 4), "DE")))
    h.append(("Message-ID", spec.get("mid") or I.mid_exchange(r, "EXCH02.corp.example.com")))
    _add(h, d, ["References", "In-Reply-To", "Reply-To"])
    h.append(("Accept-Language", spec.get("lang_tag", "de-DE") + ", en-US"))
    h.append(("Content-Language", spec.get("lang_tag", "de-DE")))
    h.append(("X-MS-Has-Attach", "yes" if spec.get("has_attach") else ""))
    h.append(("X-MS-TNEF-Correlator", ""))
    h.append(("X-MS-Exchange-Organization-RecordReviewCfmType", "0"))
    h.append(("x-originating-ip", "[10.20.%d.%d]" % (r.randint(10, 60), r.randint(10, 250))))
    if spec.get("importance"):
        h.append(("Importance", spec["importance"]))
    h += spec.get("extra", [])
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    return h


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# ------------------------------------------------------------------ Microsoft 365 tenants
def sys_m365(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    srv_a, srv_b = o["srv_a"], o["srv_b"]
    helo, rd, ip = I.eop_client(r, o.get("eop"))
    rec = I.hop_m365(r, dt, srv_a, srv_b)
    d = _common(spec, None)
    h = _finish(r, spec, rec, (helo, rd, ip, "1.2"))
    _add(h, d, ["From", "To", "CC", "Cc", "Subject"])
    h.append(("Thread-Topic", spec.get("thread_topic", spec["subject"]) if _ascii(spec["subject"]) else ew(spec.get("thread_topic", spec["subject"]), spec["hcs"], spec["henc"])))
    h.append(("Thread-Index", _thread_index(r)))
    h.append(("Date", I.rfc(I.minus(dt, 5), "UTC")))
    h.append(("Message-ID", spec.get("mid") or I.mid_m365(r, srv_a)))
    _add(h, d, ["References", "In-Reply-To", "Reply-To"])
    h.append(("Accept-Language", o.get("lang", "de-DE") + ", en-US"))
    h.append(("Content-Language", o.get("lang", "de-DE")))
    h.append(("X-MS-Has-Attach", "yes" if spec.get("has_attach") else ""))
    h.append(("X-MS-TNEF-Correlator", ""))
    if o.get("msip"):
        h.append(("msip_labels", ""))
    h.append(("x-ms-publictraffictype", "Email"))
    h.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv_a.split(".")[0], srv_b.split(".")[0])))
    h.append(("x-ms-exchange-senderadcheck", "1"))
    h += spec.get("extra", [])
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    h.append(("X-OriginatorOrg", o["org"]))
    h.append(("X-MS-Exchange-CrossTenant-AuthAs", "Internal"))
    h.append(("X-MS-Exchange-CrossTenant-Id", o.get("tenant") or r.uuid()))
    l4 = I.zone(I.minus(dt, 4), "UTC")[0]
    h.append(("X-MS-Exchange-CrossTenant-originalarrivaltime", "%02d %s %d %02d:%02d:%02d.%04d (UTC)" % (l4.day, I.MONS[l4.month - 1], l4.year, l4.hour, l4.minute, l4.second, r.randint(0, 9999))))
    h.append(("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv_b.split(".")[0]))
    return h


def sys_outlook_com(r, spec):
    dt = spec["dt"]
    o = spec.get("opts", {})
    srv_a = o.get("srv_a", "DB8P191MB%04d.EURP191" % r.randint(1000, 1999))
    srv_b = o.get("srv_b", "AS8P191MB%04d.EURP191" % r.randint(1000, 1999))
    helo, rd, ip = I.eop_client(r, o.get("eop", 1))
    rec = I.hop_m365(r, dt, srv_a, srv_b)
    d = _common(spec, None)
    h = _finish(r, spec, rec, (helo, rd, ip, "1.2"))
    _add(h, d, ["From", "To", "Subject"])
    h.append(("Thread-Topic", spec["subject"] if _ascii(spec["subject"]) else ew(spec["subject"], spec["hcs"], spec["henc"])))
    h.append(("Thread-Index", "AQH" + r.b64(27) + "=="))
    h.append(("Date", I.rfc(I.minus(dt, 5), "UTC")))
    h.append(("Message-ID", "<%s%s@%s.PROD.OUTLOOK.COM>" % (srv_a.split(".")[0], r.hex(25, True), srv_a.upper())))
    _add(h, d, ["References", "In-Reply-To", "Reply-To"])
    h.append(("Accept-Language", o.get("lang", "en-US")))
    h.append(("Content-Language", o.get("lang", "en-US")))
    h.append(("X-MS-Has-Attach", "yes" if spec.get("has_attach") else ""))
    h.append(("X-MS-TNEF-Correlator", ""))
    h.append(("x-ms-publictraffictype", "Email"))
    h.append(("x-tmn", "[%s]" % r.s(32)))
    h.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
    h += spec.get("extra", [])
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    h.append(("X-OriginatorOrg", "sct-15-20-7719-20-msonline-outlook-%s.templateTenant" % r.hex(5)))
    return h


# ------------------------------------------------------------------ Google
GOOGLE_HOSTS = [("mail-wr1-f%d.google.com", "209.85.221.%d"), ("mail-ej1-f%d.google.com", "209.85.218.%d"),
                ("mail-wm1-f%d.google.com", "209.85.128.%d"), ("mail-lf1-f%d.google.com", "209.85.167.%d"),
                ("mail-ed1-f%d.google.com", "209.85.208.%d"), ("mail-pl1-f%d.google.com", "209.85.214.%d")]


def sys_gmail(r, spec):
    dt = spec["dt"]
    o = spec.get("opts", {})
    hh, ipf = GOOGLE_HOSTS[o.get("host", r.randint(0, len(GOOGLE_HOSTS) - 1))]
    n = r.randint(41, 79)
    host, ip = hh % n, ipf % n
    rcpt = spec.get("rcpt", spec["to"][0][1])
    sid = "%s-%s.%d" % (r.hex(10), r.hex(12) + "so" + r.digits(5), r.randint(1, 9))
    rec = ["by %s with SMTP id %s\n        for <%s>; %s" % (host, sid, rcpt, I.rfc(I.minus(dt, 2), "PT", zname=True, zero_day=False))]
    d = _common(spec, None)
    h = _finish(r, spec, rec, (host, host, ip, "1.3"))
    h.append(("X-Gm-Message-State", "AOJu0Y" + r.s(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    h.append(("X-Gm-Gg", "ASbGnc" + r.s(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    h.append(("X-Google-Smtp-Source", "AGHT+I" + r.s(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="))
    h.append(("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s.%d.%d;\n        %s"
              % (r.randint(4096, 65535), r.randint(4096, 65535), r.randint(256, 4095), r.randint(4096, 65535), r.randint(4096, 65535),
                 r.hex(10), r.hex(12), r.randint(1, 9), int(dt.timestamp()) - 3, I.rfc(I.minus(dt, 3), "PT", zname=True))))
    h.append(("__MIME__X", None))
    h.append(("MIME-Version", "1.0"))
    _add(h, d, ["References", "In-Reply-To"])
    if spec.get("reply_to"):
        h.append(("Reply-To", d["Reply-To"]))
    h.append(("From", d["From"]))
    local = I.minus(dt, 6)
    zg = o.get("tz", "DE")
    h.append(("Date", I.rfc(local, zg)))
    h.append(("Message-ID", spec.get("mid") or I.mid_gmail(r)))
    h.append(("Subject", d["Subject"]))
    h.append(("To", d["To"]))
    if "Cc" in d:
        h.append(("Cc", d["Cc"]))
    h += spec.get("extra", [])
    h = [x for x in h if x[0] != "__MIME__X"]
    h.append(("__MIME__", None))
    return h


# ------------------------------------------------------------------ GMX / WEB.DE / IONOS
def sys_unitedinternet(r, spec):
    dt = spec["dt"]
    o = spec.get("opts", {})
    kind = o.get("kind", "gmx")
    if kind == "gmx":
        helo = "mout.gmx.net"; ip = "212.227.17.%d" % r.choice([20, 21, 22]); mr = "mrgmx%d" % r.randint(100, 110); mrip = "212.227.17.%d" % r.randint(160, 190); inner = "mail.gmx.net"
    elif kind == "webde":
        helo = "mout.web.de"; ip = "212.227.15.%d" % r.choice([3, 4, 14, 15]); mr = "mrweb%03d" % r.randint(1, 110); mrip = "213.165.67.%d" % r.randint(100, 130); inner = "mail.web.de"
    else:  # ionos
        helo = "mout.kundenserver.de"; ip = "212.227.126.%d" % r.choice([130, 131, 133, 134, 135, 187]); mr = "mrelayeu%03d" % r.randint(100, 110); mrip = "213.165.67.%d" % r.randint(100, 130); inner = "mrelayeu.kundenserver.de"
    cip = o.get("client_ip", r.ip("91.%d" % r.randint(32, 67)))
    chelo = o.get("client_helo", "[192.168.178.%d]" % r.randint(20, 60))
    auth = "ESMTPSA (Nemesis)"
    if o.get("client") == "trinity":
        rec = ["from [%s] ([%s]) by %s (%s [%s]) with %s id 1M%s-1t%s; %s"
               % (o.get("client_ip", cip), cip, inner, mr, mrip, auth, r.s(6), r.s(6) + "-" + r.s(3), I.rfc(I.minus(dt, 1), "DE"))]
    else:
        rec = ["from %s ([%s]) by %s (%s [%s]) with %s id 1M%s-1t%s; %s"
               % (chelo, cip, inner, mr, mrip, auth, r.s(6), r.s(6) + "-" + r.s(3), I.rfc(I.minus(dt, 1), "DE"))]
    d = _common(spec, None)
    h = _finish(r, spec, rec, (helo, helo, ip, "1.3"))
    client = o.get("client", "iphone")
    dom = spec["frm"][1].split("@")[1]
    if client == "iphone":
        h.append(("Content-Type", None))  # placeholder replaced below
        h.pop()
        h.append(("__MIME__", None))
        h.append(("Mime-Version", "1.0 (1.0)"))
        h.append(("Subject", d["Subject"]))
        h.append(("Date", I.rfc(I.minus(dt, 7), "DE")))
        h.append(("Message-Id", spec.get("mid") or I.mid_apple(r, dom)))
        _add(h, d, ["References", "In-Reply-To", "Reply-To"])
        h.append(("From", d["From"]))
        h.append(("To", d["To"]))
        h.append(("X-Mailer", o.get("xmailer", "iPhone Mail (22B91)")))
    elif client == "trinity":
        h.append(("MIME-Version", "1.0"))
        h.append(("Message-ID", spec.get("mid") or I.mid_trinity(r, dt, kind)))
        h.append(("From", d["From"]))
        h.append(("To", d["To"]))
        _add(h, d, ["Reply-To"])
        h.append(("Subject", d["Subject"]))
        h.append(("__MIME__", None))
        h.append(("Date", I.rfc(I.minus(dt, 4), "DE")))
        h.append(("Importance", "normal"))
        h.append(("Sensitivity", "Normal"))
        _add(h, d, ["In-Reply-To", "References"])
    else:  # thunderbird
        h.append(("Message-ID", spec.get("mid") or I.mid_thunderbird(r, dom)))
        h.append(("Date", I.rfc(I.minus(dt, 5), "DE")))
        h.append(("MIME-Version", "1.0"))
        h.append(("User-Agent", o.get("ua", "Mozilla Thunderbird")))
        h.append(("Content-Language", o.get("lang", "de-DE")))
        h.append(("To", d["To"]))
        _add(h, d, ["Cc"])
        h.append(("From", d["From"]))
        _add(h, d, ["Reply-To"])
        h.append(("Subject", d["Subject"]))
        _add(h, d, ["References", "In-Reply-To"])
        h.append(("__MIME__", None))
    h.append(("X-Provags-ID", "V03:K1:" + r.s(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    h.append(("UI-OutboundReport", "notjunk:1;M01:P0:" + r.s(11) + "=;" + r.s(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    h += spec.get("extra", [])
    return h


# ------------------------------------------------------------------ hosted SMTP with a desktop client
def _outlook_desktop_headers(r, spec, d, dom, z, xmailer="Microsoft Outlook 16.0"):
    h = []
    h.append(("From", d["From"]))
    h.append(("To", d["To"]))
    _add(h, d, ["Cc", "Reply-To", "References", "In-Reply-To"])
    h.append(("Subject", d["Subject"]))
    h.append(("Date", I.rfc(I.minus(spec["dt"], 6), z)))
    h.append(("Message-ID", spec.get("mid") or I.mid_outlook_desktop(r, dom)))
    h.append(("MIME-Version", "1.0"))
    h.append(("__MIME__", None))
    h.append(("X-Mailer", xmailer))
    h.append(("Thread-Index", _thread_index(r)))
    h.append(("Content-Language", spec.get("opts", {}).get("lang", "it")))
    return h


def sys_hosted(r, spec):
    """Generic hosted mailbox (Aruba, OTEnet, home.pl, dinahosting, ...).
    opts: helo, rdns, ip, inner (Received line template w/o date), client (outlook|thunderbird|thebat|roundcube|phpmailer|ox), z"""
    dt = spec["dt"]
    o = spec["opts"]
    z = o.get("z", "DE")
    rec = []
    for line in o.get("inner", []):
        rec.append(line.replace("{D}", I.rfc(I.minus(dt, 1), z)).replace("{ID}", r.s(8)).replace("{HEX}", r.hex(12, True)))
    d = _common(spec, None)
    h = _finish(r, spec, rec, (o["helo"], o["rdns"], o["ip"], o.get("tls", "1.2")))
    dom = o.get("mid_domain", spec["frm"][1].split("@")[1])
    client = o.get("client", "outlook")
    if client == "outlook":
        h += _outlook_desktop_headers(r, spec, d, dom, z, o.get("xmailer", "Microsoft Outlook 16.0"))
    elif client == "thebat":
        h.append(("Date", I.rfc(I.minus(dt, 6), z)))
        h.append(("From", d["From"]))
        h.append(("X-Mailer", o.get("xmailer", "The Bat! (v10.5.4) Professional")))
        _add(h, d, ["Reply-To"])
        h.append(("X-Priority", "3 (Normal)"))
        h.append(("Message-ID", spec.get("mid") or I.mid_thebat(r, dt, dom, z)))
        h.append(("To", d["To"]))
        _add(h, d, ["Cc"])
        h.append(("Subject", d["Subject"]))
        _add(h, d, ["In-Reply-To", "References"])
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
    elif client == "thunderbird":
        h.append(("Message-ID", spec.get("mid") or I.mid_thunderbird(r, dom)))
        h.append(("Date", I.rfc(I.minus(dt, 5), z)))
        h.append(("MIME-Version", "1.0"))
        h.append(("User-Agent", o.get("ua", "Mozilla Thunderbird")))
        h.append(("Content-Language", o.get("lang", "en-US")))
        h.append(("To", d["To"]))
        _add(h, d, ["Cc"])
        h.append(("From", d["From"]))
        _add(h, d, ["Reply-To"])
        h.append(("Subject", d["Subject"]))
        _add(h, d, ["References", "In-Reply-To"])
        h.append(("__MIME__", None))
    elif client == "roundcube":
        h.append(("MIME-Version", "1.0"))
        h.append(("Date", I.rfc(I.minus(dt, 4), z)))
        h.append(("From", d["From"]))
        h.append(("To", d["To"]))
        h.append(("Subject", d["Subject"]))
        _add(h, d, ["Reply-To", "In-Reply-To", "References"])
        h.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        h.append(("Message-ID", spec.get("mid") or "<%s@%s>" % (r.hex(32), dom)))
        h.append(("X-Sender", spec["frm"][1]))
        h.append(("__MIME__", None))
    elif client == "phpmailer":
        h.append(("Date", I.rfc(I.minus(dt, 3), z)))
        h.append(("To", d["To"]))
        h.append(("From", d["From"]))
        _add(h, d, ["Reply-To"])
        h.append(("Subject", d["Subject"]))
        h.append(("Message-ID", spec.get("mid") or I.mid_phpmailer(r, dom)))
        h.append(("X-Mailer", o.get("xmailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")))
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
    elif client == "ox":
        h.append(("Date", I.rfc(I.minus(dt, 4), z)))
        h.append(("From", d["From"]))
        h.append(("To", d["To"]))
        _add(h, d, ["Cc", "Reply-To", "In-Reply-To", "References"])
        h.append(("Message-ID", spec.get("mid") or I.mid_ox(r, dt, o.get("ox_host", "mail1.libero.it"))))
        h.append(("Subject", d["Subject"]))
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
        h.append(("X-Priority", "3"))
        h.append(("Importance", "Normal"))
        h.append(("X-Mailer", o.get("xmailer", "Open-Xchange Mailer v7.10.6-Rev71")))
        h.append(("X-Originating-Client", "open-xchange-appsuite"))
    elif client == "wp":
        h.append(("Date", I.rfc(I.minus(dt, 4), z)))
        h.append(("From", d["From"]))
        h.append(("To", d["To"]))
        _add(h, d, ["Cc", "Reply-To", "In-Reply-To", "References"])
        h.append(("Subject", d["Subject"]))
        h.append(("Message-ID", spec.get("mid") or "<%s@wp.pl>" % r.hex(32)))
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
        h.append(("X-WP-MailID", r.hex(32)))
        h.append(("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"))
    elif client == "yamail":
        h.append(("X-Yandex-Fwd", "1"))
        h.append(("From", d["From"]))
        h.append(("To", d["To"]))
        _add(h, d, ["Cc", "Reply-To", "In-Reply-To", "References"])
        h.append(("Subject", d["Subject"]))
        h.append(("MIME-Version", "1.0"))
        h.append(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"))
        h.append(("Date", I.rfc(I.minus(dt, 4), z)))
        h.append(("Message-Id", spec.get("mid") or I.mid_yandex(r)))
        h.append(("__MIME__", None))
    else:
        raise ValueError(client)
    h += spec.get("extra", [])
    return h


# ------------------------------------------------------------------ cPanel/Exim compromised hosts
def sys_exim(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    host = o["host"]
    rcpt = spec.get("rcpt", spec["to"][0][1])
    sender = spec.get("envelope", spec["frm"][1])
    eid = "1t%s-%s-%s" % (r.s(4), r.s(6), r.s(2))
    rec = ["from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
           % (o["client_ip"], r.randint(49152, 65000), o.get("client_helo", "[127.0.0.1]"), host, sender, eid, rcpt, I.rfc(I.minus(dt, 1), o.get("z", "DE")))]
    d = _common(spec, None)
    h = _finish(r, spec, rec, (host, host, o["ip"], "1.3"))
    dom = sender.split("@")[1]
    client = o.get("client", "roundcube")
    if client == "phpmailer":
        h.append(("Date", I.rfc(I.minus(dt, 3), o.get("z", "DE"))))
        h.append(("To", d["To"]))
        h.append(("From", d["From"]))
        _add(h, d, ["Reply-To"])
        h.append(("Subject", d["Subject"]))
        h.append(("Message-ID", spec.get("mid") or I.mid_phpmailer(r, dom)))
        h.append(("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"))
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
    else:
        h.append(("MIME-Version", "1.0"))
        h.append(("Date", I.rfc(I.minus(dt, 4), o.get("z", "DE"))))
        h.append(("From", d["From"]))
        h.append(("To", d["To"]))
        h.append(("Subject", d["Subject"]))
        _add(h, d, ["Reply-To", "In-Reply-To", "References"])
        h.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        h.append(("Message-ID", spec.get("mid") or "<%s@%s>" % (r.hex(32), dom)))
        h.append(("X-Sender", sender))
        h.append(("__MIME__", None))
    h.append(("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"))
    h.append(("X-AntiAbuse", "Primary Hostname - %s" % host))
    h.append(("X-AntiAbuse", "Original Domain - %s" % rcpt.split("@")[1]))
    h.append(("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"))
    h.append(("X-AntiAbuse", "Sender Address Domain - %s" % dom))
    h.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, sender)))
    h.append(("X-Authenticated-Sender", "%s: %s" % (host, sender)))
    h += spec.get("extra", [])
    return h


# ------------------------------------------------------------------ look-alike domains on VPS (Postfix)
def sys_vps(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    sender = spec.get("envelope", spec["frm"][1])
    rec = ["from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
           % (o.get("client_helo", "[127.0.0.1]"), o.get("client_ip", "127.0.0.1"), o["helo"], I.postfix_qid(r),
              spec.get("rcpt", spec["to"][0][1]), I.rfc(I.minus(dt, 1), "UTC", pad=True, zname=True))]
    o2 = dict(o)
    o2["inner"] = []
    spec2 = dict(spec)
    spec2["opts"] = o2
    h = sys_hosted(r, spec2)
    # insert our inner hop after mx01 line
    idx = [i for i, x in enumerate(h) if x[0] == "Received"][-1]
    h.insert(idx + 1, ("Received", rec[0]))
    return h


# ------------------------------------------------------------------ ESPs
def sys_sendgrid(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    rcpt = spec.get("rcpt", spec["to"][0][1])
    helo = "%s.outbound-mail.sendgrid.net" % r.s(8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (r.randint(1, 254), r.randint(1, 254))
    pod = "filterdrecv-%s-%s" % (r.hex(9), r.s(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    pod_n = r.randint(1, 40)
    rec = ["by %s with SMTP id %s-1-%s-%d\n\t%s +0000 UTC m=+%d.%09d" % (pod, pod, r.hex(8, True), r.randint(2, 40), I.zone(I.minus(dt, 1), "UTC")[0].strftime("%Y-%m-%d %H:%M:%S.") + r.digits(9), r.randint(100000, 999999), r.randint(0, 999999999)),
           "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (r.s(24), pod_n, r.s(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), I.rfc(I.minus(dt, 2), "UTC", zero_day=True).rsplit(" ", 1)[0], r.randint(0, 999))]
    d = _common(spec, None)
    uid = r.digits(8)
    rp = "bounces+%s-%s-%s=%s@%s" % (uid, r.hex(4), rcpt.split("@")[0], rcpt.split("@")[1], o["em"])
    h = _finish(r, spec, rec, (helo, helo, ip, "1.3"), rp=rp)
    h.append(("Content-Type", None)); h.pop()
    h.append(("__MIME__", None))
    h.append(("Date", I.rfc(I.minus(dt, 2), "UTC", zero_day=True)))
    h.append(("From", d["From"]))
    h.append(("Mime-Version", "1.0"))
    _add(h, d, ["Reply-To"])
    h.append(("Message-ID", spec.get("mid") or "<%s@geopod-ismtpd-%d>" % (r.s(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), pod_n)))
    h.append(("Subject", d["Subject"]))
    h += o.get("list", [])
    h.append(("X-SG-EID", "u001." + r.s(110, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    h.append(("X-SG-ID", "u001." + r.s(90, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    h.append(("To", d["To"]))
    h.append(("X-Entity-ID", "u001." + r.s(22) + "=="))
    h += spec.get("extra", [])
    return h


def sys_mailgun(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    rcpt = spec.get("rcpt", spec["to"][0][1])
    n = r.randint(2, 60)
    helo = "m%d-%d.mailgun.net" % (228, n)
    ip = "159.135.228.%d" % n
    rec = ["by %s with HTTP id %s; %s" % (r.hex(12), r.hex(24), I.rfc(I.minus(dt, 1), "UTC", zero_day=True).replace("+0000", "GMT"))]
    d = _common(spec, None)
    rp = "bounce+%s.%s-%s=%s@%s" % (r.hex(6), r.hex(6), rcpt.split("@")[0], rcpt.split("@")[1], o["mg"])
    h = _finish(r, spec, rec, (helo, helo, ip, "1.3"), rp=rp)
    h.append(("X-Mailgun-Sending-Ip", ip))
    h.append(("X-Mailgun-Sid", "WyI" + r.s(40) + "IiwgIm" + r.s(20) + "=="))
    h.append(("Date", I.rfc(I.minus(dt, 1), "UTC")))
    h.append(("From", d["From"]))
    _add(h, d, ["Reply-To"])
    h.append(("To", d["To"]))
    h.append(("Subject", d["Subject"]))
    h.append(("Message-Id", spec.get("mid") or I.mid_mailgun(r, dt, o["mg"])))
    h.append(("X-Mailgun-Tag", o.get("tag", "notification")))
    h.append(("X-Mailgun-Track-Clicks", "true"))
    h.append(("Mime-Version", "1.0"))
    h.append(("__MIME__", None))
    h += spec.get("extra", [])
    return h


def sys_brevo(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    n = r.randint(10, 250)
    helo = "smtp-relay.sendinblue.com"
    rdns = "mta-%d-%d.sendinblue.com" % (32 + r.randint(0, 1), n)
    ip = "77.32.%d.%d" % (148 + r.randint(0, 1), n)
    d = _common(spec, None)
    rp = "bounces-%s-%s@%s" % (r.digits(8), r.hex(10), o.get("bounce_dom", "mailin-bounces.brevo.com"))
    h = _finish(r, spec, [], (helo, rdns, ip, "1.3"), rp=rp)
    h.append(("Date", I.rfc(I.minus(dt, 2), "UTC")))
    h.append(("Subject", d["Subject"]))
    h.append(("Message-Id", spec.get("mid") or I.mid_brevo(r, dt)))
    h.append(("From", d["From"]))
    _add(h, d, ["Reply-To"])
    h.append(("To", d["To"]))
    h.append(("Mime-Version", "1.0"))
    h.append(("__MIME__", None))
    h += o.get("list", [])
    h.append(("X-Mailer", "Sendinblue"))
    h.append(("X-sib-id", r.s(60) + "=="))
    h.append(("X-CSA-Complaints", "csa-complaints@eco.de"))
    h.append(("Feedback-ID", "%s:%s_-1:%s:Sendinblue" % (r.digits(2) + "." + r.digits(2) + "." + r.digits(3) + "." + r.digits(3), r.digits(7), r.digits(8))))
    h += spec.get("extra", [])
    return h


def sys_ses(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    region = o.get("region", "eu-west-1")
    n = r.randint(1, 60)
    helo = "a%d-%d.smtp-out.%s.amazonses.com" % (7 if region == "eu-west-1" else 9, n, region)
    ip = ("54.240.7.%d" if region == "eu-west-1" else "23.251.226.%d") % n
    d = _common(spec, None)
    rp = "<0102019%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (r.hex(9), r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12), region)
    h = _finish(r, spec, [], (helo, helo, ip, "1.3"), rp=o.get("rp") or rp.strip("<>"))
    h.append(("From", d["From"]))
    _add(h, d, ["Reply-To"])
    h.append(("To", d["To"]))
    h.append(("Subject", d["Subject"]))
    h.append(("MIME-Version", "1.0"))
    h.append(("__MIME__", None))
    h.append(("Message-ID", spec.get("mid") or I.mid_ses(r, region)))
    h.append(("Date", I.rfc(I.minus(dt, 1), "UTC")))
    h += o.get("list", [])
    h.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, r.s(43))))
    h.append(("X-SES-Outgoing", "%s-%s" % (I.zone(dt, "UTC")[0].strftime("%Y.%m.%d"), ip)))
    h += spec.get("extra", [])
    return h


def sys_mailchimp(r, spec):
    dt = spec["dt"]
    o = spec["opts"]
    n = r.randint(100, 250)
    suw = r.randint(11, 21)
    dc = o.get("dc", 14)
    host = "mail%d.suw%d.mcdlv.net" % (n, suw)
    ip = "198.2.%d.%d" % (r.randint(128, 191), n)
    rcpt = spec.get("rcpt", spec["to"][0][1])
    d = _common(spec, None)
    rp = "bounce-mc.us%d_%s.%s-%s=%s@mail%d.suw%d.mcdlv.net" % (dc, r.digits(8), r.digits(7), rcpt.split("@")[0], rcpt.split("@")[1], n, suw)
    rec = ["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4Z%s\n\tfor <%s>; %s" % (host, r.s(12), rcpt, I.rfc(I.minus(dt, 2), "UTC", zero_day=True).replace("+0000", "+0000 (GMT)"))]
    h = _finish(r, spec, rec, (host, host, ip, "1.2"), rp=rp)
    h.append(("Subject", d["Subject"]))
    h.append(("From", d["From"]))
    _add(h, d, ["Reply-To"])
    h.append(("Date", I.rfc(I.minus(dt, 2), "UTC")))
    h.append(("Message-ID", spec.get("mid") or I.mid_mailchimp(r, dt, host)))
    h.append(("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (r.hex(10), r.hex(10))))
    h.append(("X-Campaign", "mailchimp%s.%s" % (r.hex(25), r.hex(10))))
    h.append(("X-campaignid", "mailchimp%s.%s" % (r.hex(25), r.hex(10))))
    h.append(("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (r.hex(25), r.hex(10), r.hex(10))))
    h.append(("X-MC-User", r.hex(25)))
    h.append(("Feedback-ID", "%s:%s:%s:mailchimp" % (r.digits(8), r.digits(7), r.hex(8))))
    h += o.get("list", [])
    h.append(("To", d["To"]))
    h.append(("X-Accounttype", "pd"))
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    h += spec.get("extra", [])
    return h


# ------------------------------------------------------------------ big services (own infrastructure)
def sys_service(r, spec):
    """Generic service with own infrastructure. opts: helo, rdns, ip, inner(list), order(list of header names), extra headers"""
    dt = spec["dt"]
    o = spec["opts"]
    rec = [x.replace("{D}", I.rfc(I.minus(dt, 1), o.get("z", "UTC"), zero_day=o.get("zero_day", False))).replace("{HEX}", r.hex(16)).replace("{ID}", r.s(10))
           for x in o.get("inner", [])]
    d = _common(spec, None)
    h = _finish(r, spec, rec, (o["helo"], o["rdns"], o["ip"], o.get("tls", "1.3")), rp=o.get("rp"))
    d["Date"] = I.rfc(I.minus(dt, 2), o.get("z", "UTC"), zero_day=o.get("zero_day", False))
    d["Message-ID"] = spec.get("mid") or o["mid"](r, dt)
    d["MIME-Version"] = "1.0"
    for k in o.get("order", ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"]):
        if k == "__MIME__":
            h.append(("__MIME__", None))
        elif k in d:
            h.append((k, d[k]))
    h += o.get("headers", [])
    h += spec.get("extra", [])
    return h


SYSTEMS = {
    "exchange_int": sys_exchange_int, "m365": sys_m365, "outlook_com": sys_outlook_com, "gmail": sys_gmail,
    "ui": sys_unitedinternet, "hosted": sys_hosted, "exim": sys_exim, "vps": sys_vps, "sendgrid": sys_sendgrid,
    "mailgun": sys_mailgun, "brevo": sys_brevo, "ses": sys_ses, "mailchimp": sys_mailchimp, "service": sys_service,
}
