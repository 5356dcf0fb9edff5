"""Message object used by the per-language message modules."""
import html as _html
import random

from . import mime
from . import util as U

P = mime.Part


_ONCE = {}


def once(fn):
    """Build a message only once per run (other messages quote it)."""
    def wrapper():
        key = fn.__module__ + "." + fn.__name__
        if key not in _ONCE:
            _ONCE[key] = fn()
        return _ONCE[key]
    wrapper.__name__ = fn.__name__
    return wrapper


class Ctx:
    def __init__(self, rng, rcpts):
        self.rng = rng
        self.rcpts = rcpts


class Msg:
    def __init__(self, file, kind, lang):
        self.file = file
        self.kind = kind
        self.lang = lang
        self.rng = random.Random(file)
        self.frm = None
        self.sender = None
        self.to = []
        self.cc = []
        self.rcpts = None
        self.subject = ""
        self.date = None
        self.date_zone = "CET"
        self.date_style = "std"
        self.date_str = None
        self.date_rcv = None
        self.msgid = None
        self.reply_to = []
        self.in_reply_to = None
        self.references = None
        self.envfrom = None
        self.hcharset = ("utf-8", "B")
        self.quote = True
        self.thread_topic = None
        self.content_lang = "de-DE"
        self.accept_lang = "de-DE, en-US"
        self.has_attach = False
        self.ol_server = None
        self.extra_after = []
        self.ua = None
        self.client_helo = None
        self.client_ip = None
        self.web_slot = 1
        self.ds_envelope = None
        self.agreement_id = None
        # manifest data
        self.what = ""
        self.why = ""
        self.hard_negative_of = None
        self.facts_decl = {"phones": [], "urls": [], "ibans": [], "wallets": [], "accounts": [], "other": []}
        self.qr_expect = []
        self.attach_notes = []
        self.zip_passwords = {}

    # convenience
    def fact(self, kind, *values):
        self.facts_decl[kind].extend(values)

    def qr(self, payload):
        self.qr_expect.append(payload)
        return payload

    def finish(self, profile, root, **kw):
        if self.date_str is None:
            self.date_str = U.fmt(self.date, self.date_zone, self.date_style)
        if self.envfrom is None:
            self.envfrom = self.frm[1]
        if self.rcpts is None:
            self.rcpts = [a for _, a in self.to + self.cc]
        if self.date_rcv is None:
            self.date_rcv = U.add(self.date, self.rng.randint(2, 9))
        self.has_attach = self.has_attach or any(
            (c.disposition or "").startswith("attachment") for c in walk(root))
        ctx = Ctx(self.rng, self.rcpts)
        body = root.body_bytes()
        headers = profile(ctx, self, body, **kw)
        self.root = root
        self.raw = mime.message_bytes(headers, root)
        return self


_TYPO = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u2019": "'",
         "\u2026": "...", "\u2116": "N", "\u00ab": '"', "\u00bb": '"', "\u20ac": "EUR"}


def fit(text, charset):
    """Replace typographic characters the charset cannot carry (as the user's client would)."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_TYPO.get(ch, "?"))
    return "".join(out)


def walk(part):
    yield part
    for c in part.children:
        yield from walk(c)


# ------------------------------------------------------------------ text helpers
def esc(s):
    return _html.escape(s, quote=False)


def paras_html(text, p_style=None, tag="p"):
    """Plain text with blank-line separated paragraphs -> HTML paragraphs."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(x) for x in block.split("\n"))
        if p_style:
            out.append('<%s style="%s">%s</%s>' % (tag, p_style, inner, tag))
        else:
            out.append("<%s>%s</%s>" % (tag, inner, tag))
    return "\n".join(out)


def outlook_html(text, charset="utf-8", lang="DE", sig_html="", quoted_html="", font="Calibri", size="11.0pt"):
    """HTML as written by Outlook desktop / OWA (Word engine)."""
    ps = []
    for block in text.strip("\n").split("\n\n"):
        for line in block.split("\n"):
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) if line else "&nbsp;"))
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n'
            '\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-fareast-language:EN-US;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s\n%s\n</div>\n</body>\n</html>\n' % (
                charset, font, size, font, font, lang, "\n".join(ps), sig_html, quoted_html))


def gmail_html(text, quoted_html=""):
    out = []
    for line in text.strip("\n").split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line else "<br>"))
    return '<div dir="ltr">%s</div>%s\n' % ("".join(out), quoted_html)


def tb_html(text, lang="de-DE"):
    body = "\n".join("    <p>%s</p>" % "<br>\n      ".join(esc(l) for l in b.split("\n"))
                     for b in text.strip("\n").split("\n\n"))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
            '  </head>\n  <body>\n%s\n  </body>\n</html>\n' % body)


def outlook_quote_header(lang, name, addr, when, zone, to, subject, cc=None):
    """'-----Original Message-----'-style block Outlook writes above quotes."""
    t = U.local_parts(when, zone)
    de_days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    de_mon = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"]
    it_days = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
    it_mon = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
              "ottobre", "novembre", "dicembre"]
    en_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    en_mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    hm = "%02d:%02d" % (t.hour, t.minute)
    if lang == "de":
        return "Von: %s <%s>\nGesendet: %s, %d. %s %d %s\nAn: %s\n%sBetreff: %s" % (
            name, addr, de_days[t.weekday()], t.day, de_mon[t.month - 1], t.year, hm, to,
            ("Cc: %s\n" % cc) if cc else "", subject)
    if lang == "it":
        return "Da: %s <%s>\nInviato: %s %d %s %d %s\nA: %s\n%sOggetto: %s" % (
            name, addr, it_days[t.weekday()], t.day, it_mon[t.month - 1], t.year, hm, to,
            ("Cc: %s\n" % cc) if cc else "", subject)
    if lang == "en":
        return "From: %s <%s>\nSent: %s, %d %s %d %s\nTo: %s\n%sSubject: %s" % (
            name, addr, en_days[t.weekday()], t.day, en_mon[t.month - 1], t.year, hm, to,
            ("Cc: %s\n" % cc) if cc else "", subject)
    if lang == "pl":
        pl_days = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
        pl_mon = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                  "października", "listopada", "grudnia"]
        return "Od: %s <%s>\nWysłano: %s, %d %s %d %s\nDo: %s\n%sTemat: %s" % (
            name, addr, pl_days[t.weekday()], t.day, pl_mon[t.month - 1], t.year, hm, to,
            ("DW: %s\n" % cc) if cc else "", subject)
    if lang == "es":
        es_days = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        es_mon = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre"]
        return "De: %s <%s>\nEnviado el: %s, %d de %s de %d %s\nPara: %s\n%sAsunto: %s" % (
            name, addr, es_days[t.weekday()], t.day, es_mon[t.month - 1], t.year, hm, to,
            ("CC: %s\n" % cc) if cc else "", subject)
    if lang == "el":
        el_days = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
        el_mon = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
                  "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
        return "Από: %s <%s>\nΣτάλθηκε: %s, %d %s %d %s\nΠρος: %s\n%sΘέμα: %s" % (
            name, addr, el_days[t.weekday()], t.day, el_mon[t.month - 1], t.year, hm, to,
            ("Κοιν.: %s\n" % cc) if cc else "", subject)
    if lang == "ru":
        ru_days = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
        ru_mon = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                  "ноября", "декабря"]
        return "От: %s <%s>\nОтправлено: %s, %d %s %d г. %s\nКому: %s\n%sТема: %s" % (
            name, addr, ru_days[t.weekday()], t.day, ru_mon[t.month - 1], t.year, hm, to,
            ("Копия: %s\n" % cc) if cc else "", subject)
    raise KeyError(lang)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def boundary_ol(m, kind):
    loc = m.msgid.strip("<>")
    return U.outlook_boundary(m.rng, kind, loc)


def outlook_alt(m, text, html, charset="utf-8", cte_text="quoted-printable", cte_html="quoted-printable"):
    return P("multipart/alternative", boundary=boundary_ol(m, 0), children=[
        P("text/plain", text=text, charset=charset, cte=cte_text),
        P("text/html", text=html, charset=charset, cte=cte_html)])


def outlook_mixed(m, alt, attachments):
    return P("multipart/mixed", boundary=boundary_ol(m, 4), children=[alt] + attachments)


def att(ctype, data, filename, fn_style="rfc2047b", disposition="attachment", cte="base64", order=None,
        size_param=False, name_param=True, date_params=None, description=None, cid=None):
    return P(ctype, data=data, filename=filename, fn_style=fn_style, disposition=disposition, cte=cte,
             order=order, size_param=size_param, name_param=name_param, date_params=date_params,
             description=description, cid=cid)


def outlook_att(ctype, data, filename, when, zone="CET"):
    """Attachment as Exchange/Outlook writes it (Content-Description, size, dates)."""
    d = U.fmt(when, "UTC", "pad").replace("+0000", "GMT")
    return P(ctype, data=data, filename=filename, fn_style="rfc2047b", disposition="attachment", cte="base64",
             description=filename, size_param=True,
             date_params=['creation-date="%s"' % d, 'modification-date="%s"' % d])
