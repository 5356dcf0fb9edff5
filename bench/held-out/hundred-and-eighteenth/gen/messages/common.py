"""Shared helpers for message builders: dates, signatures, PDF letterheads
and invoices, payment QR payloads, Outlook part trees."""

import datetime as _dt

from lib import co, ids, smtp, systems
from lib.mime import Part
from lib.msg import paras_to_outlook, esc

S = _dt.timedelta(seconds=1)


def D(y, mo, d, h, mi, s=0, zone="de"):
    """Local wall-clock time in *zone* -> naive UTC datetime."""
    loc = _dt.datetime(y, mo, d, h, mi, s)
    guess = loc - _dt.timedelta(minutes=smtp.offset(loc, zone)[0])
    return loc - _dt.timedelta(minutes=smtp.offset(guess, zone)[0])


def eur(v, style="de"):
    s = "{:,.2f}".format(v)
    if style in ("de", "it", "es", "el", "pl", "ru"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        if style in ("pl", "ru"):
            s = s.replace(".", "\u00a0")
    return s


def ms_msgid(m, region="eurprd08"):
    srv = systems._ms_server(m, region)
    return "<%s%s@%s.%s.prod.outlook.com>" % (srv, smtp.rhex(m.rng, 24, upper=True), srv, region)


def ex_msgid(m, srv="EXCH01"):
    return "<%s@%s.corp.example.com>" % (smtp.rhex(m.rng, 32), srv)


def outlook_bnd(msgid, kind):
    loc = msgid.strip("<>").replace("@", "").replace(".", "").replace("-", "")
    return "_%03d_%s_" % (kind, loc[:64])


def alt(text_part, html_part, boundary):
    return Part("multipart/alternative", children=[text_part, html_part], boundary=boundary)


def mixed(children, boundary, preamble=None):
    return Part("multipart/mixed", children=children, boundary=boundary, preamble=preamble)


def related(children, boundary, typ="text/html"):
    return Part("multipart/related", children=children, boundary=boundary, params=['type="%s"' % typ])


def epc(bic, name, iban, amount, text, purpose=""):
    """EPC069-12 (GiroCode / SEPA credit transfer QR), version 002, UTF-8."""
    return "BCD\n002\n1\nSCT\n%s\n%s\n%s\nEUR%.2f\n%s\n\n%s" % (bic, name, iban, amount, purpose, text)


def zbp(nip, account_nrb, amount_grosze, name, title):
    """Polish bank association (ZBP) 2D payment code."""
    return "%s|PL|%s|%06d|%s|%s|||" % (nip, account_nrb.replace(" ", ""), amount_grosze, name, title)


def gost(name, acc, bank, bik, corr, amount_kop, purpose, inn, kpp):
    """GOST R 56042-2014 payment QR (UTF-8: ST00012)."""
    return ("ST00012|Name=%s|PersonalAcc=%s|BankName=%s|BIC=%s|CorrespAcc=%s|Sum=%d|Purpose=%s|PayeeINN=%s|KPP=%s" %
            (name, acc, bank, bik, corr, amount_kop, purpose, inn, kpp))


# ------------------------------------------------------------------ signatures
def sig_de(key, extra_title=None):
    n, a, off, role, ph = co.STAFF[key]
    title = extra_title or {
        "ceo": "Geschäftsführer", "cfo": "Leitung Finanzen & Controlling", "ap": "Kreditorenbuchhaltung",
        "hr": "Personal & Lohnbuchhaltung", "it": "Leitung IT", "sec": "IT-Sicherheit / Systemadministration",
        "assist": "Assistenz der Geschäftsführung", "buy": "Einkauf", "sales": "Key Account Management LEH",
        "grow": "Anbauleitung", "log": "Logistik & Versand", "qm": "Qualitätsmanagement & Zertifizierung",
        "tech": "Gewächshaustechnik & Energie"}.get(key, role)
    return ("Mit freundlichen Grüßen\n\n%s\n%s\n\nExample Group GmbH\nAm Glashaus 12 · 47638 Straelen\n"
            "Tel. %s\n%s · www.example.com\n\n"
            "Sitz der Gesellschaft: Straelen · Amtsgericht Kleve HRB 14873\n"
            "Geschäftsführer: Hendrik Terhoeven · USt-IdNr.: %s" % (n, title, ph, a, co.DE_VAT))


def sig_short(key, lang):
    n, a, off, role, ph = co.STAFF[key]
    o = co.OFF[off]
    return "%s\n%s\n%s\n%s\nTel. %s\n%s" % (n, role if lang == "en" else role, o["entity"], o["address"], ph, a)


# ------------------------------------------------------------------ PDFs
def letterhead(p, org, lines, color=(0, 90, 60), logo_text=None):
    p.rect(0, 0, p.w, 8, fill=color)
    p.text(56, 52, org, 17, bold=True, color=color)
    y = 68
    for l in lines:
        p.text(56, y, l, 8, color=(90, 90, 90))
        y += 11
    p.line(56, y + 4, p.w - 56, y + 4, 0.6, color)
    return y + 22


def footer(p, lines, color=(110, 110, 110)):
    y = p.h - 30 - 10 * len(lines)
    p.line(56, y - 11, p.w - 56, y - 11, 0.4, (160, 160, 160))
    for l in lines:
        p.text(p.w / 2, y, l, 7, color=color, align="center")
        y += 10


def table(p, x, y, cols, rows, widths, size=8.5, head_fill=(230, 236, 230), aligns=None, bold_last=False):
    aligns = aligns or ["left"] * len(cols)
    p.rect(x, y - 11, sum(widths), 15, fill=head_fill)
    cx = x
    for c, w, a in zip(cols, widths, aligns):
        sz = size
        while sz > 6 and p.width(c, sz, True) > w - 6:
            sz -= 0.25
        p.text(cx + (w - 4 if a == "right" else 3), y, c, sz, bold=True, align=a)
        cx += w
    y += 16
    for ri, r in enumerate(rows):
        cx = x
        for c, w, a in zip(r, widths, aligns):
            b = bold_last and ri == len(rows) - 1
            sz = size
            while sz > 6 and p.width(c, sz, b) > w - 6:
                sz -= 0.25
            p.text(cx + (w - 4 if a == "right" else 3), y, c, sz, align=a, bold=b)
            cx += w
        y += 13
    p.line(x, y - 8, x + sum(widths), y - 8, 0.4, (150, 150, 150))
    return y + 4


# ------------------------------------------------------------------ client part trees
def outlook_parts(m, paras, charset="iso-8859-1", cte="quoted-printable", lang_tag="DE",
                  style_name="E-MailFormatvorlage17", font="Aptos", quote_text="", quote_html="",
                  sig_text="", sig_html=""):
    text = "\n".join(paras)
    if sig_text:
        text += "\n" + sig_text
    text += quote_text
    html = paras_to_outlook(paras, lang_tag, style_name, font, charset, quote_html=quote_html,
                            sig_html=sig_html or _sig_html(sig_text))
    return m.text(text + "\n", charset, cte), m.html(html, charset, cte)


def _sig_html(sig_text):
    if not sig_text:
        return ""
    out = []
    for l in sig_text.split("\n"):
        if l == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#404040">%s<o:p></o:p></span></p>' % esc(l))
    return "\n".join(out)


def _gmt(t):
    d = smtp.rfc_date(t, "gmt", zero_day=True)
    return d.replace("+0000", "GMT")


def outlook_att(m, data, ctype, fname, t, fname_charset="utf-8", fname_enc="B"):
    from lib.mime import ew, needs_ew
    desc = ew(fname, fname_charset, fname_enc, maxlen=900).replace("\n ", " ") if needs_ew(fname) else fname
    return m.att(data, ctype, fname, header_order=["ct", "!Content-Description: " + desc, "cd", "cte"],
                 disp_params=["size=%d" % len(data), 'creation-date="%s"' % _gmt(t - 40 * S),
                              'modification-date="%s"' % _gmt(t - 10 * S)],
                 fname_charset=fname_charset, fname_enc=fname_enc)


def gmail_parts(m, paras, quote_text="", quote_html=None, force_cte=None):
    from lib.msg import gmail_html
    text = "\n".join(paras) + "\n" + quote_text
    nonascii = sum(1 for c in text if ord(c) > 127)
    nonlatin = sum(1 for c in text if ord(c) > 0x24F)
    cte = force_cte or (None if nonascii == 0 else ("base64" if nonlatin > len(text) * 0.2 else "quoted-printable"))
    t = m.text(text, "UTF-8", cte)
    h = m.html(gmail_html(paras, quote_html), "UTF-8", cte)
    return t, h


def gmail_att(m, data, ctype, fname):
    aid = "f_m%s%d" % (smtp.ralnum(m.rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), m.rng.randrange(10))
    return m.att(data, ctype, fname, cid=aid, header_order=["ct", "cd", "cte", "cid"],
                 headers=["X-Attachment-Id: " + aid], fname_charset="UTF-8")


# ------------------------------------------------------------------ iCalendar
def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_event(method, uid, start, end, summary, organizer, attendees, description, location, stamp,
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tz="W. Europe Standard Time",
              zone="de", extra=()):
    """start/end/stamp: naive UTC datetimes; written in the organizer's TZID."""
    tzdef = {
        "W. Europe Standard Time": ("+0200", "+0100", "CET"),
        "GMT Standard Time": ("+0100", "+0000", "GMT"),
    }[tz]
    loc_s, _, _ = smtp.local(start, zone)
    loc_e, _, _ = smtp.local(end, zone)
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:%s" % prodid, "VERSION:2.0",
         "BEGIN:VTIMEZONE", "TZID:%s" % tz,
         "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:%s" % tzdef[0], "TZOFFSETTO:%s" % tzdef[1],
         "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:%s" % tzdef[1], "TZOFFSETTO:%s" % tzdef[0],
         "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, a))
    L += ["DESCRIPTION;LANGUAGE=%s:%s" % ("de-DE" if zone == "de" else "en-GB", ics_esc(description)),
          "UID:%s" % uid, "SUMMARY;LANGUAGE=%s:%s" % ("de-DE" if zone == "de" else "en-GB", ics_esc(summary)),
          "DTSTART;TZID=%s:%s" % (tz, loc_s.strftime("%Y%m%dT%H%M%S")),
          "DTEND;TZID=%s:%s" % (tz, loc_e.strftime("%Y%m%dT%H%M%S")),
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=%s:%s" % (
              "de-DE" if zone == "de" else "en-GB", ics_esc(location))]
    L += list(extra)
    L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(ics_fold(l) for l in L) + "\n"


def outlook_smtp_msgid(m, domain):
    r = m.rng
    return "<%s01db%s$%s$%s$@%s>" % (smtp.rhex(r, 4), smtp.rhex(r, 4), smtp.rhex(r, 8), smtp.rhex(r, 8), domain)


def photo_jpeg(m, w, h, scene="pallets", comment=None):
    """Synthetic phone photo (JPEG) - a simple scene with noise."""
    from lib import jpeg, png
    c = png.Canvas(w, h, (190, 190, 185))
    r = m.rng
    if scene == "pallets":
        c.gradient(0, 0, w, h * 0.45, (205, 210, 214), (160, 160, 158))
        c.gradient(0, h * 0.45, w, h, (150, 146, 138), (118, 112, 104))
        for i in range(3):
            x0 = 20 + i * (w // 3)
            c.rect(x0, h * 0.62, x0 + w // 3 - 30, h * 0.70, (150, 115, 70))
            for k in range(4):
                c.rect(x0 + 4, h * 0.30 + k * h * 0.08, x0 + w // 3 - 34, h * 0.30 + (k + 1) * h * 0.08 - 3,
                       (196 + r.randint(-10, 10), 160 + r.randint(-10, 10), 110 + r.randint(-10, 10)))
        c.rect(w * 0.36, h * 0.38, w * 0.52, h * 0.52, (120, 95, 70))
        c.rect(w * 0.40, h * 0.55, w * 0.47, h * 0.61, (90, 70, 50))
    elif scene == "sensor":
        c.gradient(0, 0, w, h, (60, 110, 70), (30, 70, 40))
        for i in range(9):
            x = 10 + i * (w // 9)
            c.rect(x, 0, x + 6, h, (180, 180, 175))
        c.rect(w * 0.35, h * 0.30, w * 0.65, h * 0.62, (235, 235, 230))
        c.rect(w * 0.40, h * 0.36, w * 0.60, h * 0.46, (40, 60, 50))
        c.disc(w * 0.5, h * 0.54, h * 0.04, (200, 40, 40))
        for i in range(14):
            c.disc(r.randrange(w), r.randrange(h), r.randrange(3, 8), (200, 40 + r.randrange(40), 30))
    elif scene == "greenhouse":
        c.gradient(0, 0, w, h * 0.5, (225, 232, 236), (200, 210, 214))
        c.gradient(0, h * 0.5, w, h, (70, 120, 60), (40, 80, 35))
        for i in range(7):
            x = i * (w // 6)
            c.rect(x, 0, x + 3, h * 0.5, (150, 150, 150))
        for i in range(20):
            c.disc(r.randrange(w), r.randrange(int(h * 0.5), h), r.randrange(3, 7), (210, 40, 30))
    c.noise(r, 9)
    return jpeg.encode(w, h, c.px, quality=80, comment=comment)


def flowed(text, width=72):
    """RFC 3676 format=flowed wrapping as Thunderbird/Roundcube do it."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)
