"""Per-message builder: holds the seeded RNG, timing, facts, and assembles
the final message as mx01.example.com received it."""
import datetime as dt
import html as htmlmod
import random
import re

from . import core
from .core import rfc_date, Part, text_part, bin_part, multipart, DKIM
from . import png as pngmod

PSL2 = ("co.uk", "org.uk", "gov.uk", "com.pl", "com.gr", "gov.gr", "com.tr", "com.es", "ru.com", "de.com",
        "eu.com", "gr.com", "uk.com", "net.pl", "org.pl")


def org_domain(d):
    d = d.lower()
    parts = d.split(".")
    if ".".join(parts[-2:]) in PSL2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


class M:
    def __init__(self, file, kind, lang):
        self.file = file
        self.kind = kind
        self.lang = lang
        self.rng = random.Random(file)
        self.facts = dict(ibans=[], phones=[], wallets=[], qr=[], accounts=[], passwords=[], notes=[], urls_expected=[])
        self.meta = {}
        self.to = []
        self.cc = []
        self.zone = "EU"
        self.t_mx = None
        self.images = []

    # -------------------------------------------------------------- timing
    def when(self, local_str, zone="EU"):
        self.zone = zone
        self.t0 = core.parse_local(local_str, zone)
        return self

    def at(self, sec):
        return self.t0 + dt.timedelta(seconds=sec)

    def sender(self, display, email):
        self.sender_display, self.sender_email = display, email
        return self

    def recipients(self, to, cc=()):
        self.to = list(to)
        self.cc = list(cc)
        return self

    @property
    def rcpt_for(self):
        return self.to[0][1]

    def for_clause(self):
        if len(self.to) + len(self.cc) == 1:
            return "\r\n\tfor <%s>" % self.to[0][1]
        return ""

    # --------------------------------------------------------------- facts
    def iban(self, iban, holder, bank, note=""):
        self.facts["ibans"].append((iban, holder, bank, note))
        return iban

    def phone(self, *nums):
        self.facts["phones"].extend(nums)

    def wallet(self, addr, kind="BTC (bech32)"):
        self.facts["wallets"].append((addr, kind))

    def account(self, desc):
        self.facts["accounts"].append(desc)

    def note(self, s):
        self.facts["notes"].append(s)

    def password(self, pw, where):
        self.facts["passwords"].append((pw, where))

    # ------------------------------------------------------------- images
    def qr_png(self, payload, ecl="M", scale=5):
        self.facts["qr"].append(payload)
        return pngmod.qr_png(payload, ecl, scale)

    # --------------------------------------------------------------- build
    def finish(self, route, body, subject, auth=None, reply_to=None, in_reply_to=None, references=None,
               thread_topic=None, thread_index=None, from_display=None, from_email=None, header_extra=None,
               sender_local=None, quote_display=False):
        rng = self.rng
        cs, enc = route.hdr_charset, route.hdr_enc
        disp = self.sender_display if from_display is None else from_display
        femail = from_email or self.sender_email
        fields = {}
        fields["from"] = core.fold_words("From", core.addr(disp, femail, cs, enc, quote_always=quote_display).split(" "))
        to_items = [core.addr(d, e, cs, enc) for d, e in self.to]
        fields["to"] = core.addr_list("To", to_items)
        if self.cc:
            fields["cc"] = core.addr_list("Cc", [core.addr(d, e, cs, enc) for d, e in self.cc])
        if route.mixed_subject:
            fields["subject"] = core.hdr_text_mixed("Subject", subject, cs, enc)
        else:
            fields["subject"] = core.hdr_text("Subject", subject, cs, enc)
        tt = thread_topic if thread_topic is not None else re.sub(r"^((AW|WG|RE|R|Re|Fwd|FW|Odp|RV|ΑΠ|ΣΧΕΤ|Ответ|RES|I)\s*:\s*)+", "", subject)
        fields["thread_topic"] = core.hdr_text("Thread-Topic", tt, cs, enc)
        if thread_index:
            fields["thread_index"] = thread_index
        if reply_to:
            fields["reply_to"] = core.fold_words("Reply-To", core.addr(reply_to[0], reply_to[1], cs, enc).split(" "))
        if in_reply_to:
            fields["in_reply_to"] = in_reply_to
        if references:
            fields["references"] = references
        fields["has_attach"] = any(p.meta.get("filename") for p in walk(body))
        fields["sender_local"] = sender_local or femail.split("@")[0]
        hdrs = route.header_fn(fields)
        # body & DKIM
        body_bytes = body.serialize_body()
        final = []
        for item in hdrs:
            if item == ("__MIME__", None):
                for hh in body.headers:
                    final.append(hh)
                continue
            if isinstance(item, DKIM):
                final.append((item.name, item.render(body_bytes, rng)))
                continue
            if item is None:
                continue
            final.append(item)
        for x in header_extra or []:
            final.append(x)
        # mx01
        t_mx = self.t_mx or self.at(3)
        qid = core.postfix_long_qid(rng)
        rd = route.rdns if route.rdns else "unknown"
        tls = {"1.3": "\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)",
               "1.2": "\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)",
               None: ""}[route.tls]
        mx = ("Received", "from %s (%s [%s])%s\r\n\tby mx01.example.com (Postfix) with %s id %s%s;\r\n\t%s"
              % (route.helo, rd, route.ip, tls, "ESMTPS" if route.tls else "ESMTP", qid, self.for_clause(),
                 rfc_date(t_mx, "EU", "postfix")))
        top = [("Return-Path", "<%s>" % route.env_from), mx]
        self.auth_summary = "internal (trusted relay, not evaluated)"
        if not getattr(route, "internal", False):
            ar = self._auth_results(route, femail, auth or {})
            top.append(("Authentication-Results", ar))
        allh = top + route.received + final
        out = bytearray()
        for n, v in allh:
            line = "%s: %s" % (n, v) if v != "" else "%s: " % n
            out += line.encode("ascii") + b"\r\n"
        out += b"\r\n" + body_bytes
        self.route = route
        self.subject = subject
        self.body = body
        self.raw = bytes(out)
        self.msgid = route.msgid
        self.from_addr = femail
        self.from_disp = disp
        return self

    def _auth_results(self, route, hfrom, auth):
        env = route.env_from
        env_dom = env.split("@")[-1] if env else route.helo
        from_dom = hfrom.split("@")[1]
        spf = auth.get("spf", "pass")
        items = []
        dk_res = auth.get("dkim", {})
        dkim_pass_doms = []
        if not route.dkims:
            items.append("dkim=none")
        for d in route.dkims:
            res = dk_res.get(d.d, "pass" if d.result == "pass" else "fail")
            if res == "pass":
                dkim_pass_doms.append(d.d)
                items.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d.d, d.s, d.b[:8]))
            else:
                items.append('dkim=fail ("body hash did not verify") header.d=%s header.s=%s header.b=%s' % (d.d, d.s, d.b[:8]))
        ip = route.ip
        if spf == "pass":
            items.append("spf=pass (mx01.example.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env))
        elif spf == "softfail":
            items.append("spf=softfail (mx01.example.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env))
        elif spf == "fail":
            items.append("spf=fail (mx01.example.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (env, ip, env))
        elif spf == "none":
            items.append("spf=none (mx01.example.com: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s" % (env, ip, env))
        elif spf == "neutral":
            items.append("spf=neutral (mx01.example.com: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (ip, env, env))
        pol = auth.get("dmarc", "none")
        aligned = any(org_domain(d) == org_domain(from_dom) for d in dkim_pass_doms) or \
            (spf == "pass" and org_domain(env_dom) == org_domain(from_dom))
        if pol is None:
            items.append("dmarc=none")
            dm = "none (no record)"
        elif aligned:
            items.append("dmarc=pass (policy=%s) header.from=%s" % (pol, from_dom))
            dm = "pass (p=%s)" % pol
        else:
            reasons = []
            reasons.append("SPF not aligned (relaxed)")
            reasons.append("No valid DKIM" if not dkim_pass_doms else "DKIM not aligned (relaxed)")
            items.append('dmarc=fail reason="%s, %s" header.from=%s (policy=%s)' % (reasons[0], reasons[1], from_dom, pol))
            dm = "fail (p=%s)" % pol
        self.auth_summary = "SPF %s · DKIM %s · DMARC %s" % (
            spf, ", ".join("%s %s" % (d.d, "pass" if d.d in dkim_pass_doms else "fail") for d in route.dkims) or "none", dm)
        return "mx01.example.com;\r\n\t" + ";\r\n\t".join(items)


def walk(part):
    yield part
    for c in part.children:
        yield from walk(c)


# ==================================================================== bodies
LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def to_plain(s, style="outlook"):
    def rep(mo):
        label, url = mo.group(1), mo.group(2)
        if label == url:
            return url
        if style == "outlook":
            return "%s<%s>" % (label, url)
        if style == "gmail":
            return "%s <%s>" % (label, url)
        if style == "bare":
            return label
        return "%s (%s)" % (label, url)
    s = LINK_RE.sub(rep, s)
    return BOLD_RE.sub(r"\1", s)


def to_html(s, link_style=""):
    out = []
    pos = 0
    toks = []
    for mo in LINK_RE.finditer(s):
        toks.append(("t", s[pos:mo.start()]))
        toks.append(("a", mo.group(1), mo.group(2)))
        pos = mo.end()
    toks.append(("t", s[pos:]))
    for t in toks:
        if t[0] == "t":
            e = htmlmod.escape(t[1], quote=False)
            e = BOLD_RE.sub(r"<b>\1</b>", e)
            out.append(e.replace("\n", "<br>\n"))
        else:
            out.append('<a href="%s"%s>%s</a>' % (htmlmod.escape(t[2]), link_style, htmlmod.escape(t[1], quote=False)))
    return "".join(out)


WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "el": ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
OL_LABELS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Αποστολή", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def ol_date(t_local, lang):
    wd = WEEKDAYS[lang][t_local.weekday()]
    mo = MONTHS[lang][t_local.month - 1]
    hm = "%02d:%02d" % (t_local.hour, t_local.minute)
    d, y = t_local.day, t_local.year
    if lang == "de":
        return "%s, %d. %s %d %s" % (wd, d, mo, y, hm)
    if lang == "en":
        return "%s, %d %s %d %s" % (wd, d, mo, y, hm)
    if lang == "it":
        return "%s %d %s %d %s" % (wd, d, mo, y, hm)
    if lang == "pl":
        return "%s, %d %s %d %s" % (wd, d, mo, y, hm)
    if lang == "es":
        return "%s, %d de %s de %d %s" % (wd, d, mo, y, hm)
    if lang == "el":
        return "%s, %d %s %d %s" % (wd, d, mo, y, hm)
    if lang == "ru":
        return "%s, %d %s %d г. %s" % (wd, d, mo, y, hm)


def tb_attrib(t_local, name, lang, email=None):
    d = t_local
    if lang == "de":
        return "Am %02d.%02d.%d um %02d:%02d schrieb %s:" % (d.day, d.month, d.year, d.hour, d.minute, name)
    if lang == "en":
        return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (d.day, d.month, d.year, d.hour, d.minute, name)
    if lang == "it":
        return "Il %02d/%02d/%d %02d:%02d, %s ha scritto:" % (d.day, d.month, d.year, d.hour, d.minute, name)
    if lang == "pl":
        return "W dniu %d.%02d.%d o %02d:%02d, %s pisze:" % (d.day, d.month, d.year, d.hour, d.minute, name)
    if lang == "es":
        return "El %02d/%02d/%d a las %02d:%02d, %s escribió:" % (d.day, d.month, d.year, d.hour, d.minute, name)
    if lang == "el":
        return "Στις %02d/%02d/%d %02d:%02d, ο/η %s έγραψε:" % (d.day, d.month, d.year, d.hour, d.minute, name)
    if lang == "ru":
        return "%02d.%02d.%d %02d:%02d, %s пишет:" % (d.day, d.month, d.year, d.hour, d.minute, name)


GM_WD = {"de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
         "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"], "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
         "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."], "el": ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"],
         "ru": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]}
GM_MO = {"de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
         "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
         "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
         "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
         "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
         "el": ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"],
         "ru": ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]}


def gm_attrib(t_local, name, email, lang):
    d = t_local
    wd, mo = GM_WD[lang][d.weekday()], GM_MO[lang][d.month - 1]
    hm = "%02d:%02d" % (d.hour, d.minute)
    if lang == "de":
        return "Am %s, %d. %s %d um %s Uhr schrieb %s <%s>:" % (wd, d.day, mo, d.year, hm, name, email)
    if lang == "en":
        return "On %s, %d %s %d at %s, %s <%s> wrote:" % (wd, d.day, mo, d.year, hm, name, email)
    if lang == "es":
        return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (wd, d.day, mo, d.year, hm, name, email)
    if lang == "it":
        return "Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:" % (wd, d.day, mo, d.year, hm, name, email)
    if lang == "pl":
        return "%s %d %s %d o %s %s <%s> napisał(a):" % (wd, d.day, mo, d.year, hm, name, email)
    if lang == "el":
        return "Στις %s %d %s %d στις %s, ο/η %s <%s> έγραψε:" % (wd, d.day, mo, d.year, hm, name, email)
    if lang == "ru":
        return "%s, %d %s %d г. в %s, %s <%s>:" % (wd, d.day, mo, d.year, hm, name, email)


class Quote:
    """A previous message to be quoted in a reply."""
    def __init__(self, frm, to, sent_utc, zone, subject, paras, cc=None, lang="de"):
        self.frm, self.to, self.cc = frm, to, cc or []
        self.t_local = core.local(sent_utc, zone)[0]
        self.subject, self.paras, self.lang = subject, paras, lang


def _fmt_addr_plain(a):
    return "%s <%s>" % a if a[0] else a[1]


def outlook_texts(paras, lang="de", quotes=(), font="Calibri", size="11.0pt", signature_html_extra="",
                  logo_cid=None, logo_after=None, plain_style="outlook", color="#1F3864"):
    """Returns (plain, html) the way desktop Outlook writes them; quotes are
    appended Outlook-style (header block, no '>' quoting)."""
    pl = []
    for p in paras:
        pl.append(to_plain(p, plain_style))
    plain = "\n\n".join(pl)
    lab = OL_LABELS[lang]
    hp = []
    for p in paras:
        for i, line in enumerate(p.split("\n")):
            if logo_cid and logo_after and line == logo_after:
                hp.append('<p class="MsoNormal"><span style="font-size:%s"><img width="160" height="40" style="width:1.6666in;height:.4166in" id="Grafik_x0020_1" src="cid:%s" alt="Logo"></span><o:p></o:p></p>' % (size, logo_cid))
            hp.append('<p class="MsoNormal"><span style="font-size:%s">%s<o:p></o:p></span></p>' % (size, to_html(line) or "&nbsp;"))
        hp.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    for q in quotes:
        hdr = [("%s:" % lab[0], _fmt_addr_plain(q.frm)), ("%s:" % lab[1], ol_date(q.t_local, lang)),
               ("%s:" % lab[2], "; ".join(_fmt_addr_plain(a) for a in q.to))]
        if q.cc:
            hdr.append(("%s:" % lab[3], "; ".join(_fmt_addr_plain(a) for a in q.cc)))
        hdr.append(("%s:" % lab[4], q.subject))
        plain += "\n\n" + "\n".join("%s %s" % (k, v) for k, v in hdr) + "\n\n" + "\n\n".join(to_plain(p, plain_style) for p in q.paras)
        hp.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>'
                  + "<br>\n<b>".join('%s</b> %s' % (htmlmod.escape(k), htmlmod.escape(v)) for k, v in hdr) + "<o:p></o:p></p></div>")
        hp.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for p in q.paras:
            for line in p.split("\n"):
                hp.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (to_html(line) or "&nbsp;"))
            hp.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n\tfont-family:"%s",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-fareast-language:EN-US;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (font, size, font, font, {"de": "DE", "en": "EN-GB", "it": "IT", "pl": "PL", "es": "ES", "el": "EL", "ru": "RU"}[lang],
               "\n".join(hp)))
    return plain, html


def gmail_texts(paras, lang="en", quote=None):
    """Gmail web composer: plain + <div dir="ltr"> html, '>' quoting."""
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    hp = []
    for p in paras:
        hp.append("<div>%s</div>" % to_html(p))
        hp.append("<div><br></div>")
    html = '<div dir="ltr">' + "".join(hp[:-1]) + "</div>"
    if quote:
        attrib = gm_attrib(quote.t_local, quote.frm[0], quote.frm[1], lang)
        qplain = "\n\n".join(to_plain(p, "gmail") for p in quote.paras)
        plain += "\n\n" + attrib + "\n\n" + "\n".join(("> " + l) if l else ">" for l in qplain.split("\n"))
        html += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                 % (htmlmod.escape(attrib).replace("&lt;", '&lt;<a href="mailto:%s">' % quote.frm[1], 1).replace("&gt;", "</a>&gt;", 1),
                    "".join("<div>%s</div><div><br></div>" % to_html(p) for p in quote.paras)))
    return plain + "\n", html + "\n"


def tb_plain(paras, lang="de", quote=None, width=72, sig=None):
    """Thunderbird plain text, format=flowed (soft-wrapped with trailing spaces)."""
    lines = []
    def wrap(text, prefix=""):
        out = []
        for raw in text.split("\n"):
            words = raw.split(" ")
            cur = ""
            for w in words:
                cand = (cur + " " + w) if cur else w
                if len(prefix) + len(cand) > width and cur:
                    out.append(prefix + cur + " ")
                    cur = w
                else:
                    cur = cand
            out.append(prefix + cur)
        return out
    for i, p in enumerate(paras):
        if i:
            lines.append("")
        lines += wrap(to_plain(p, "tb"))
    if sig:
        lines += ["", "-- "] + sig.split("\n")
    if quote:
        lines += ["", tb_attrib(quote.t_local, quote.frm[0], lang)]
        for j, p in enumerate(quote.paras):
            if j:
                lines.append(">")
            lines += wrap(to_plain(p, "tb"), "> ")
    return "\n".join(lines) + "\n"


def simple_html(paras, font="Arial, Helvetica, sans-serif", size="10pt"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n'
            % (font, size, "\n".join("<p>%s</p>" % to_html(p) for p in paras)))


def fill_charset(html, charset):
    return html.replace("%CHARSET%", charset)


def alt(plain, html, charset_plain, cte_plain, charset_html, cte_html, bnd, plain_flowed=False, html_charset_meta=None):
    p = text_part(plain, "plain", charset_plain, cte_plain, flowed=plain_flowed)
    hpart = text_part(fill_charset(html, html_charset_meta or charset_html), "html", charset_html, cte_html)
    return multipart("alternative", [p, hpart], bnd)
