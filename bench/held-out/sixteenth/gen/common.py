"""Shared data (staff, correspondents) and the envelope/header builder."""
from datetime import timedelta

import mimelib as M

# --------------------------------------------------------------------------- staff
# (display name exactly as signed, address, office, role)
STAFF = [
    ("Thomas Brandt", "t.brandt@example.com", "Nürnberg (DE, HQ)", "Geschäftsführer / CEO"),
    ("Katrin Vogel", "k.vogel@example.com", "Nürnberg (DE, HQ)", "Leiterin Finanzen / CFO"),
    ("Sabine Krüger", "s.krueger@example.com", "Nürnberg (DE, HQ)", "Kreditorenbuchhaltung (accounts payable)"),
    ("Jens Wagner", "j.wagner@example.com", "Nürnberg (DE, HQ)", "Einkauf (purchasing)"),
    ("Markus Hoffmann", "m.hoffmann@example.com", "Nürnberg (DE, HQ)", "IT-Leiter (head of IT)"),
    ("Anna Schäfer", "a.schaefer@example.com", "Nürnberg (DE, HQ)", "Personal (HR)"),
    ("Lena Hartmann", "l.hartmann@example.com", "Nürnberg (DE, HQ)", "Assistentin der Geschäftsführung"),
    ("Florian Becker", "f.becker@examplegroup.eu", "Nürnberg (DE, HQ)", "Vertrieb (key account sales)"),
    ("Giulia Romano", "g.romano@example.com", "Milano (IT)", "Office manager"),
    ("Marco Bianchi", "m.bianchi@example.com", "Milano (IT)", "Logistica / dispatch"),
    ("Francesca Ricci", "f.ricci@examplegroup.eu", "Milano (IT)", "Amministrazione / contabilità"),
    ("Katarzyna Nowak", "k.nowak@example.com", "Wrocław (PL)", "Księgowość (accounting)"),
    ("Piotr Wiśniewski", "p.wisniewski@example.com", "Wrocław (PL)", "Logistyka (logistics coordinator)"),
    ("Agnieszka Kowalczyk", "a.kowalczyk@examplegroup.eu", "Wrocław (PL)", "HR"),
    ("Michał Zając", "m.zajac@example.com", "Wrocław (PL)", "IT support (site admin)"),
    ("Giorgos Papadopoulos", "g.papadopoulos@example.com", "Athens (GR)", "Country manager Greece"),
    ("Eleni Georgiou", "e.georgiou@example.com", "Athens (GR)", "Accounting"),
    ("Nikos Konstantinou", "n.konstantinou@examplegroup.eu", "Athens (GR)", "Sales"),
    ("Javier Martínez", "j.martinez@example.com", "Madrid (ES)", "Country manager Spain"),
    ("Lucía Fernández", "l.fernandez@example.com", "Madrid (ES)", "Finanzas (finance)"),
    ("Carmen Ruiz", "c.ruiz@examplegroup.eu", "Madrid (ES)", "Administración y RRHH"),
    ("James Whitfield", "j.whitfield@example.com", "Manchester (UK)", "UK operations manager"),
    ("Sophie Clarke", "s.clarke@example.com", "Manchester (UK)", "Finance & payroll"),
    ("Oliver Bennett", "o.bennett@example.com", "Manchester (UK)", "IT support"),
    ("Дмитрий Соколов", "d.sokolov@example.com", "Moscow (RU)", "Head of Moscow office"),
    ("Елена Кузнецова", "e.kuznetsova@example.com", "Moscow (RU)", "Chief accountant"),
    ("Алексей Морозов", "a.morozov@examplegroup.eu", "Moscow (RU)", "Logistics"),
]
S = {a.split("@")[0]: (n, a) for n, a, _, _ in STAFF}


def who(key):
    return S[key]


CORRESPONDENTS = [
    ("Stefan Maier", "s.maier@lieferant-gmbh.de", "Lieferant GmbH, Fürth (DE) - supplier, key account manager"),
    ("Petra Lang", "p.lang@lieferant-gmbh.de", "Lieferant GmbH, Fürth (DE) - supplier, head of finance"),
    ("Lieferant GmbH Rechnungswesen", "rechnungen@lieferant-gmbh.de", "Lieferant GmbH - invoicing system mailbox"),
    ("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "Ferretti Trasporti S.r.l., Verona (IT) - haulier, traffic manager"),
    ("Ferretti Trasporti Amministrazione", "amministrazione@ferretti-trasporti.it", "Ferretti Trasporti S.r.l. - accounts (signs: Roberto Galli)"),
    ("Tomasz Zieliński", "t.zielinski@partner-logistik.pl", "Partner Logistik Sp. z o.o., Poznań (PL) - logistics partner, dispatcher"),
    ("Partner Logistik Księgowość", "ksiegowosc@partner-logistik.pl", "Partner Logistik Sp. z o.o. - accounting (signs: Magdalena Kaczmarek)"),
]

# genuine bank accounts of the correspondents (valid IBANs)
LIEF_IBAN_OLD = M.iban("DE", "76020070" + "0358814702")     # HypoVereinsbank Nürnberg
LIEF_IBAN_NEW = M.iban("DE", "76250000" + "0042517736")     # Sparkasse Fürth
FERRETTI_IBAN = M.iban("IT", M.it_bban("05034", "11701", "000000004716"))  # Banco BPM Verona
PARTNER_IBAN = M.iban("PL", M.pl_bban("109", "0136", "0000000147852369"))  # Santander Poznań

# --------------------------------------------------------------------------- ids

def msgid_outlook(seed, region="eurprd04"):
    pre = M.alnum(seed + "pre", 2, "ADGPV") + M.alnum(seed + "p2", 1, "BMSRXZ")
    host = "%s%sPR%sMB%s" % (pre, M.digits(seed + "a", 1), M.digits(seed + "b", 2), M.digits(seed + "c", 4))
    return "<%s%s@%s.%s.prod.outlook.com>" % (host, M.hexid(seed, 32).upper(), host, region)


def msgid_exchange(seed, host="EXMBX02.corp.example.com"):
    return "<%s@%s>" % (M.hexid(seed, 32), host)


def msgid_gmail(seed):
    return "<CA%s@mail.gmail.com>" % M.alnum(seed, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")


def msgid_uuid(seed, domain, upper=False):
    h = M.hexid(seed, 32)
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "a" + h[17:20], h[20:32])
    return "<%s@%s>" % (u.upper() if upper else u, domain)


def msgid_generic(seed, domain, when=None):
    stamp = when.strftime("%Y%m%d%H%M%S") if when else M.digits(seed + "t", 14)
    return "<%s.%s@%s>" % (stamp, M.hexid(seed, 12), domain)

# --------------------------------------------------------------------------- headers

def dkim(d, s, seed, when, hlist="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", extra=""):
    ts = int(when.timestamp())
    b = M.b64str(seed + "dkimb", 256)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;%s\r\n\tt=%d; bh=%s;\r\n\th=%s;\r\n\tb=%s"
            % (d, s, extra, ts, M.b64str(seed + "dkimbh", 32), hlist, "\r\n\t ".join(bl)))


def authres(spf=None, dkim_=None, dmarc=None, extra=None, seed="x"):
    """spf=(result, mailfrom, ip) ; dkim_=(result, domain, selector) or list ; dmarc=(result, domain, policy)."""
    parts = ["mx01.example.com"]
    dk = dkim_ if isinstance(dkim_, list) else ([dkim_] if dkim_ else [])
    if not dk:
        parts.append("dkim=none (message not signed)")
    for r, d, s in dk:
        if r == "pass":
            parts.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.s=%s header.b=%s"
                         % (d, d, s, M.b64str(seed + d, 6)[:8]))
        else:
            parts.append("dkim=%s (signature verification failed) header.d=%s header.i=@%s header.s=%s header.b=%s"
                         % (r, d, d, s, M.b64str(seed + d, 6)[:8]))
    if spf:
        r, mf, ip = spf
        dom = mf.split("@")[-1]
        if r == "pass":
            why = "mx01.example.com: domain of %s designates %s as permitted sender" % (mf, ip)
        elif r == "fail":
            why = "mx01.example.com: domain of %s does not designate %s as permitted sender" % (mf, ip)
        elif r == "softfail":
            why = "mx01.example.com: domain of transitioning %s does not designate %s as permitted sender" % (mf, ip)
        elif r == "none":
            why = "mx01.example.com: %s does not designate permitted sender hosts" % dom
        else:
            why = "mx01.example.com: %s is neither permitted nor denied by domain of %s" % (ip, mf)
        parts.append("spf=%s (%s) smtp.mailfrom=%s" % (r, why, mf))
    if dmarc:
        r, d, pol = dmarc
        parts.append("dmarc=%s (p=%s dis=NONE) header.from=%s" % (r, pol, d) if r != "none" else
                     "dmarc=none (p=NONE dis=NONE) header.from=%s" % d)
    if extra:
        parts += extra
    return ";\r\n\t".join(parts)


def rcv_mx(helo, rdns, ip, rcpt, arrival, seed, tls=True):
    qid = "4d" + M.alnum(seed + "qid", 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") + "z"
    src = "from %s (%s [%s])" % (helo, rdns or "unknown", ip)
    if tls:
        t = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 "
             "server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)")
        how = "ESMTPS"
    else:
        t = ""
        how = "ESMTP"
    return "%s%s\r\n\tby mx01.example.com (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (src, t, how, qid, rcpt, arrival)


def hop(frm, by, when, with_="ESMTPSA", id_=None, for_=None, extra=""):
    s = "from %s\r\n\tby %s with %s" % (frm, by, with_)
    if id_:
        s += " id %s" % id_
    if extra:
        s += "\r\n\t" + extra
    if for_:
        s += "\r\n\tfor <%s>" % for_
    return s + "; " + M.rfcdate(when)


RECORDS = []


def mk(*, folder, nn, lang, short, desc, charset, when, frm, to, subject, root,
       mail_from, helo, rdns, ip, rcpt=None, tls=True, auth=None, hops=(), pre=(), cc=None, reply_to=None,
       msgid=None, extra=(), subj_cs=None, subj_enc="B", delay=4, raw_subject=None, date_hdr=None,
       top_extra=()):
    seed = "%s/%s" % (folder, nn)
    rcpt = rcpt or to.split("<")[-1].rstrip(">").split(",")[0].strip()
    arrival = M.cet(when, delay)
    H = [("Return-Path", "<%s>" % mail_from if mail_from else "<>")]
    H.append(("Received", rcv_mx(helo, rdns, ip, rcpt, arrival, seed, tls)))
    if auth:
        H.append(("Authentication-Results", auth))
    H += list(top_extra)
    for h in hops:
        H.append(("Received", h))
    H += list(pre)
    H.append(("From", frm))
    H.append(("To", to))
    if cc:
        H.append(("Cc", cc))
    if reply_to:
        H.append(("Reply-To", reply_to))
    if raw_subject is not None:
        H.append(("Subject", raw_subject))
    else:
        H.append(("Subject", M.hdr_text(subject, subj_cs or charset, subj_enc)))
    H.append(("Date", date_hdr or M.rfcdate(when)))
    H.append(("Message-ID", msgid or msgid_generic(seed, "mail.invalid")))
    H += list(extra)
    H.append(("MIME-Version", "1.0"))
    data = M.message(H, root)
    RECORDS.append(dict(folder=folder, nn=nn, lang=lang, short=short, desc=desc, charset=charset, data=data))
    return data


def internal(*, folder, nn, lang, short, desc, charset, when, frm_key, to_keys, subject, root,
             cc_keys=(), msgid=None, extra=(), subj_enc="B", name_cs=None, lang_tag="de-DE", xmailer=None,
             ex_host="EXMBX02.corp.example.com", ex_ip="10.20.1.12", client_ip="10.20.40.117"):
    """Mail written by staff on the internal Exchange server, relayed via mail-int01."""
    name, address = who(frm_key)
    cs = name_cs or charset
    frm = M.addr(name, address, cs)
    to = ", ".join(M.addr(*who(k), cs) for k in to_keys)
    cc = ", ".join(M.addr(*who(k), cs) for k in cc_keys) if cc_keys else None
    seed = "%s/%s" % (folder, nn)
    dom = address.split("@")[1]
    t1 = when + timedelta(seconds=1)
    t2 = when + timedelta(seconds=2)
    hops = [
        hop("%s (%s [%s])" % (ex_host, ex_host.lower(), ex_ip), "mail-int01.example.com (Postfix)", t2,
            with_="ESMTPS", id_="4d" + M.alnum(seed + "int", 12, "BCDFGHJKLMNPQRSTVWXYZ0123456789") + "x",
            for_=who(to_keys[0])[1]),
        "from %s (%s) by %s (%s) with Microsoft SMTP Server\r\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
        "id 15.2.1544.14; %s" % (ex_host, ex_ip, ex_host, ex_ip, M.rfcdate(t1)),
        "from %s ([%s]) by %s ([%s]) with mapi id 15.02.1544.014;\r\n\t%s" % (ex_host, ex_ip, ex_host, ex_ip, M.rfcdate(when)),
    ]
    auth = authres(spf=("pass", address, "10.20.0.25"), dkim_=("pass", dom, "int2026"),
                   dmarc=("pass", dom, "QUARANTINE"), seed=seed)
    pre = [("DKIM-Signature", dkim(dom, "int2026", seed, when))]
    ex = [("Thread-Topic", M.hdr_text(subject, charset, subj_enc)),
          ("Thread-Index", "AdtD" + M.b64str(seed + "ti", 18)[:24]),
          ("Accept-Language", "%s, en-US" % lang_tag), ("Content-Language", lang_tag),
          ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("X-MS-Exchange-Organization-AuthSource", ex_host),
          ("X-MS-Has-Attach", "yes" if "mixed" in root.headers[0][1] else ""),
          ("X-Originating-IP", "[%s]" % client_ip)]
    return mk(folder=folder, nn=nn, lang=lang, short=short, desc=desc, charset=charset, when=when, frm=frm,
              to=to, cc=cc, subject=subject, root=root, mail_from=address, helo="mail-int01.example.com",
              rdns="mail-int01.example.com", ip="10.20.0.25", rcpt=who(to_keys[0])[1], auth=auth, hops=hops,
              pre=pre, msgid=msgid or msgid_exchange(seed, ex_host), extra=list(extra) + ex, subj_enc=subj_enc,
              delay=3)


def bnd(seed, style="outlook"):
    if style == "outlook":
        return "_000_%s_" % M.alnum(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "gmail":
        return "000000000000%s" % M.hexid(seed, 16)
    if style == "apple":
        return "Apple-Mail=_%s" % M.hexid(seed, 32).upper()
    if style == "tb":
        return "------------%s" % M.alnum(seed, 24)
    if style == "eq":
        return "----=_Part_%s_%s.%s" % (M.digits(seed, 6), M.digits(seed + "x", 9), M.digits(seed + "y", 13))
    if style == "nextpart":
        return "----=_NextPart_000_%s_01DB%s.%s" % (M.hexid(seed, 4).upper(), M.hexid(seed + "a", 4).upper(), M.hexid(seed + "b", 8).upper())
    return "b1_%s" % M.hexid(seed, 32)


def html_doc(body, title="", lang="en", cs="utf-8", style="font-family:Calibri,Arial,sans-serif;font-size:11pt", head=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s</head>\n'
            '<body style="%s">\n%s\n</body>\n</html>\n' % (lang, cs, title, head, style, body))


def p2h(txt):
    """Plain text to simple HTML paragraphs."""
    out = []
    for para in txt.strip("\n").split("\n\n"):
        para = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>%s</p>" % para.replace("\n", "<br>\n"))
    return "\n".join(out)
