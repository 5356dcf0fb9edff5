"""Sending systems: each profile knows how its system writes Received hops,
Message-IDs, X-Mailer/User-Agent, MIME boundaries, dates and HTML."""
import base64
import hashlib
from util import rfc2822, plus, hexs, alnum, digits, uuid4, epoch, filetime, postfix_qid, local_parts
from mime import html_escape, linkify

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n\t")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n\t")


def mx01_received(helo, rdns, ip, rcpt, t, r, tls="1.3"):
    qid = postfix_qid(t, r)
    tl = {"1.3": TLS13, "1.2": TLS12, None: ""}[tls]
    proto = "ESMTPS" if tls else "ESMTP"
    return ("from %s (%s [%s])\n\t%sby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (helo, rdns, ip, tl, proto, qid, rcpt, rfc2822(t, "CE", abbrev=True)))


class Ctx:
    def __init__(self, r, t, frm, rcpt, subject, has_attach=False, thread_index=None, n_rcpt=1):
        self.r = r
        self.t = t
        self.frm = frm
        self.rcpt = rcpt
        self.subject = subject
        self.has_attach = has_attach
        self.thread_index = thread_index
        self.n_rcpt = n_rcpt
        self.cache = {}


def thread_index(r, t, replies=0):
    ft = filetime(t)
    head = (ft >> 16).to_bytes(6, "big") + bytes(r.getrandbits(8) for _ in range(16))
    tail = b"".join(bytes(r.getrandbits(8) for _ in range(5)) for _ in range(replies))
    return base64.b64encode(head + tail).decode()


# ---------------------------------------------------------------- HTML renderers

def _paras(text):
    return [p for p in text.split("\n\n")]


def html_word(text, lang="DE", charset="iso-8859-1", font="Calibri", sig_html=""):
    ps = []
    for line in text.split("\n"):
        if line.strip() == "":
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(line))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
            % (charset, font, font, lang, "\n".join(ps), sig_html))


def html_owa(text, charset="iso-8859-1"):
    lines = []
    for line in text.split("\n"):
        lines.append('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                     'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                     '%s</div>' % (linkify(line) if line.strip() else "<br>"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n' % (charset, "\n".join(lines)))


def html_gmail(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (linkify(line) if line.strip() else "<br>"))
    return '<div dir="ltr">%s</div>\n' % "".join(out)


def html_tb(text, charset="UTF-8"):
    paras = []
    for p in _paras(text):
        paras.append("<p>%s</p>" % "<br>\n".join(linkify(l) for l in p.split("\n")))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n    %s\n  </body>\n</html>\n' % (charset, "\n    ".join(paras)))


def html_plain(text, charset="utf-8"):
    paras = []
    for p in _paras(text):
        paras.append("<p>%s</p>" % "<br>\n".join(linkify(l) for l in p.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n'
            % (charset, "\n".join(paras)))


def html_yandex(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (linkify(line) if line.strip() else "&nbsp;"))
    return "".join(out) + "\n"


HTML = {"word": html_word, "owa": html_owa, "gmail": html_gmail, "tb": html_tb, "plain": html_plain,
        "yandex": html_yandex}


# ---------------------------------------------------------------- base profile

class Profile:
    name = "generic"
    zone = "CE"
    charset = "utf-8"
    label = None            # spelling of the charset label, e.g. "UTF-8"
    cte = "quoted-printable"
    html_cte = None
    hdr_charset = None      # charset for encoded words (defaults to body charset)
    hdr_enc = "Q"
    hdr_label = None
    html_style = None
    quote_cs = True
    flowed = False
    tls = "1.3"
    mime_version_last = False
    attach_style = "rfc2231"
    addr_quote = False
    lang = None
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
             "MIME-Version"]
    helo = rdns = ip = None

    def __init__(self, **kw):
        if "charset" in kw and "label" not in kw:
            kw["label"] = None
        if "charset" in kw and "hdr_label" not in kw and kw["charset"].lower() != "utf-8":
            kw["hdr_label"] = None
        for k, v in kw.items():
            setattr(self, k, v)

    def msgid(self, c):
        return "<%s@%s>" % (hexs(c.r, 32), c.frm[1].split("@")[1])

    def date(self, c):
        return rfc2822(c.t, self.zone)

    def boundary(self, c, kind, depth):
        return "=_%s_%d" % (hexs(c.r, 24), depth)

    def chain(self, c):
        return []

    def client(self, c):
        return self.helo, self.rdns, self.ip

    def extra(self, c):
        return []

    def return_path(self, c):
        return c.frm[1]

    def delay(self):
        return 3

    def html(self, text, charset_label):
        f = HTML[self.html_style]
        if self.html_style in ("word",):
            return f(text, lang=(self.lang or "DE").split("-")[0].upper(), charset=charset_label)
        if self.html_style in ("owa", "tb", "plain"):
            return f(text, charset_label)
        return f(text)


# ---------------------------------------------------------------- Microsoft Exchange Online (tenant)

EXO_POD = {
    # region: (helo, rdns prefix, ip prefix, datacenter code)
    "eurprd08": ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on", "40.107.22.", "AM6PR08MB"),
    "eurprd04": ("EUR02-DB5-obe.outbound.protection.outlook.com", "mail-db5eur02on", "40.107.249.", "DB9PR04MB"),
    "eurprd02": ("EUR03-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur03on", "40.107.103.", "VI1PR02MB"),
    "eurprd09": ("EUR01-HE1-obe.outbound.protection.outlook.com", "mail-he1eur01on", "40.107.13.", "PA4PR09MB"),
    "GBRP123": ("GBR01-LO4-obe.outbound.protection.outlook.com", "mail-lo4gbr01on", "40.107.147.", "LO2P123MB"),
    "namprd12": ("NAM12-DM6-obe.outbound.protection.outlook.com", "mail-dm6nam12on", "40.107.243.", "CH3PR12MB"),
}


class ExchangeOnline(Profile):
    name = "Microsoft 365 / Exchange Online (Outlook)"
    zone = "UTC"
    charset = "iso-8859-1"
    html_style = "word"
    mime_version_last = True
    attach_style = "ew"
    region = "eurprd08"
    tenant_id = None
    exo_build = "15.20.8722.14"
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
             "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
             "X-MS-TNEF-Correlator", "msip_labels"]

    def _srv(self, c):
        if "srv" not in c.cache:
            pod = EXO_POD[self.region]
            c.cache["srv"] = pod[3] + "%04d" % c.r.randrange(1000, 9999)
            c.cache["srv2"] = pod[3].replace("PR", "PR").replace("MB", "MB") + "%04d" % c.r.randrange(1000, 9999)
        return c.cache["srv"], c.cache["srv2"]

    def fqdn(self, s):
        if self.region.isupper() or self.region.startswith("GBR"):
            return "%s.%s.PROD.OUTLOOK.COM" % (s, self.region.upper())
        return "%s.%s.prod.outlook.com" % (s, self.region)

    def msgid(self, c):
        s, _ = self._srv(c)
        loc = s + hexs(c.r, 30, upper=True)
        c.cache["mid_local"] = loc
        return "<%s@%s>" % (loc, self.fqdn(s))

    def boundary(self, c, kind, depth):
        loc = c.cache.get("mid_local", "X")
        code = {"alternative": "000", "mixed": "004", "related": "005"}[kind]
        if kind == "alternative" and depth > 0:
            code = "000"
        return "_%s_%s_" % (code, loc)

    def date(self, c):
        return rfc2822(c.t, "UTC")

    def client(self, c):
        helo, pre, ipp, _ = EXO_POD[self.region]
        n = c.r.randrange(2, 250)
        return helo, "%s2%03d.outbound.protection.outlook.com" % (pre, n), "%s%d" % (ipp, n)

    def chain(self, c):
        s, s2 = self._srv(c)
        fe = "fe80::%s:%s:%s:%s" % (hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 3), hexs(c.r, 4))
        t1 = plus(c.t, 1)
        return [
            "from %s (2603:10a6:%s:%s::%d) by\n %s (2603:10a6:%s:%s::%d) with Microsoft SMTP Server\n"
            " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
            % (self.fqdn(s), hexs(c.r, 3), hexs(c.r, 3), c.r.randrange(2, 30), self.fqdn(s2), hexs(c.r, 3),
               hexs(c.r, 3), c.r.randrange(2, 30), self.exo_build, rfc2822(t1, "UTC")),
            "from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s"
            % (self.fqdn(s), fe, self.fqdn(s), fe, c.r.randrange(3, 7),
               self.exo_build.rsplit(".", 1)[0] + ".%03d" % int(self.exo_build.rsplit(".", 1)[1]),
               rfc2822(c.t, "UTC")),
        ]

    def extra(self, c):
        s, s2 = self._srv(c)
        tid = self.tenant_id or uuid4(c.r)
        lang = self.lang or "de-DE"
        ti = c.thread_index or thread_index(c.r, c.t)
        at = local_parts(c.t, "UTC")
        return [
            ("Thread-Topic", c.subject if all(ord(ch) < 127 for ch in c.subject) else None),
            ("Thread-Index", ti),
            ("Accept-Language", lang + ", en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if c.has_attach else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("msip_labels", ""),
            ("x-ms-publictraffictype", "Email"),
            ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (s, s2)),
            ("x-ms-office365-filtering-correlation-id", uuid4(c.r)),
            ("X-OriginatorOrg", c.frm[1].split("@")[1]),
            ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
            ("X-MS-Exchange-CrossTenant-AuthSource", self.fqdn(s)),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid4(c.r)),
            ("X-MS-Exchange-CrossTenant-originalarrivaltime",
             "%02d %s %d %02d:%02d:%02d.%04d (UTC)" % (at.day, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                                              "Aug", "Sep", "Oct", "Nov", "Dec"][at.month - 1],
                                                      at.year, at.hour, at.minute, at.second, c.r.randrange(10000))),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", tid),
            ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", s2),
        ]


class OutlookConsumer(ExchangeOnline):
    """outlook.com / hotmail consumer mailbox (OWA)."""
    name = "Outlook.com (consumer)"
    html_style = "owa"
    region = "EURP193"
    charset = "iso-8859-1"

    def _srv(self, c):
        if "srv" not in c.cache:
            p = c.r.choice(["PAXP193MB", "AS8P193MB", "DU2P193MB", "VI1P193MB"])
            c.cache["srv"] = p + "%04d" % c.r.randrange(1000, 9999)
            c.cache["srv2"] = p + "%04d" % c.r.randrange(1000, 9999)
        return c.cache["srv"], c.cache["srv2"]

    def fqdn(self, s):
        return "%s.EURP193.PROD.OUTLOOK.COM" % s

    def client(self, c):
        n = c.r.randrange(2, 99)
        pod = c.r.choice([("EUR05-DB8-obe", "mail-db8eur05olkn2", "40.92.89."),
                          ("EUR03-AM7-obe", "mail-am7eur03olkn2", "40.92.59."),
                          ("EUR02-VI1-obe", "mail-vi1eur02olkn2", "40.92.75.")])
        return pod[0] + ".outbound.protection.outlook.com", "%s%03d.outbound.protection.outlook.com" % (pod[1], n), \
            pod[2] + str(n)

    def extra(self, c):
        ex = [h for h in ExchangeOnline.extra(self, c) if h[0] not in ("X-OriginatorOrg",)]
        ex = [(n, "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa") if n == "X-MS-Exchange-CrossTenant-id" else (n, v)
              for n, v in ex]
        ex += [("x-ms-exchange-messagesentrepresentingtype", "1"),
               ("x-tmn", "[%s]" % alnum(c.r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
               ("x-microsoft-original-message-id", c.cache.get("msgid_value", "")),
               ("X-OriginatorOrg", "sct-15-20-7719-20-msonline-outlook-38779.templateTenant")]
        return ex


# ---------------------------------------------------------------- Exchange on premises (+ internal relay)

class ExchangeOnPrem(Profile):
    name = "Exchange Server on premises (Outlook)"
    charset = "iso-8859-1"
    html_style = "word"
    mime_version_last = True
    attach_style = "ew"
    exch = "EXCH01.corp.local"
    exch_ip = "192.168.10.12"
    build = "15.2.1544.14"
    order = ExchangeOnline.order

    def msgid(self, c):
        c.cache["b"] = hexs(c.r, 32)
        return "<%s@%s>" % (c.cache["b"], self.exch)

    def boundary(self, c, kind, depth):
        code = {"alternative": "000", "mixed": "004", "related": "005"}[kind]
        return "_%s_%s%s_" % (code, c.cache["b"], self.exch.replace(".", ""))

    def chain(self, c):
        fe = "fe80::%s:%s:%s:%s" % (hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 4))
        short = self.exch
        mapi_build = self.build.rsplit(".", 2)[0].replace("15.2", "15.02") + ".%04d.%03d" % (
            int(self.build.split(".")[2]), int(self.build.split(".")[3]))
        out = []
        if getattr(self, "gateway", None):
            gw, gwip = self.gateway
            out.append("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s;\n\t%s"
                       % (short, short.lower(), self.exch_ip, gw, hexs(c.r, 10, upper=True), rfc2822(plus(c.t, 2), self.zone)))
        out += [
            "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
            % (short, self.exch_ip, short, self.exch_ip, self.build, rfc2822(plus(c.t, 1), self.zone)),
            "from %s ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s"
            % (short, fe, short, fe, c.r.randrange(10, 14), mapi_build, rfc2822(c.t, self.zone)),
        ]
        return out

    def extra(self, c):
        lang = self.lang or "de-DE"
        return [
            ("Thread-Topic", c.subject if all(ord(ch) < 127 for ch in c.subject) else None),
            ("Thread-Index", c.thread_index or thread_index(c.r, c.t)),
            ("Accept-Language", lang + ", en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if c.has_attach else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("x-originating-ip", "[%s]" % getattr(self, "client_ip", "192.168.20.41")),
        ]


class Internal(ExchangeOnPrem):
    """Example Group internal mail: Exchange 2019 -> mail-int01 relay -> mx01."""
    name = "Example Group internal (Exchange 2019 via mail-int01)"
    exch = "EXMBX02.corp.example.com"
    exch_ip = "10.20.1.12"
    helo = "mail-int01.example.com"
    rdns = "mail-int01.example.com"
    ip = "10.20.0.25"
    build = "15.2.1544.14"
    tls = "1.2"

    def chain(self, c):
        hops = ExchangeOnPrem.chain(self, c)
        relay = ("from %s (exmbx02.corp.example.com [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n"
                 "\tfor <%s>; %s" % (self.exch, self.exch_ip, postfix_qid(plus(c.t, 2), c.r), c.rcpt,
                                     rfc2822(plus(c.t, 2), "CE", abbrev=True)))
        return [relay] + hops

    def extra(self, c):
        ex = ExchangeOnPrem.extra(self, c)
        ex = [(n, v) for n, v in ex if n != "x-originating-ip"]
        ex.append(("x-originating-ip", "[10.20.%d.%d]" % (c.r.choice([4, 5, 6, 8]), c.r.randrange(20, 230))))
        return ex


# ---------------------------------------------------------------- Outlook desktop over SMTP (small business hosting)

class OutlookSMTP(Profile):
    """Outlook 2016+/Microsoft 365 desktop app sending through a hosting provider's SMTP."""
    name = "Outlook desktop via hosting SMTP"
    charset = "iso-8859-1"
    html_style = "word"
    attach_style = "ew"
    mua = "Microsoft Outlook 16.0"
    smtp_host = None        # (by-name in Received)
    submit_fmt = "postfix"  # or "aruba", "homepl", "exim"
    pc = "DESKTOP-7Q2K1LM"
    pc_ip = "93.41.12.77"
    pc_rdns = None
    order = ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
             "MIME-Version", "X-Mailer", "Thread-Index", "Content-Language"]

    def msgid(self, c):
        ft = filetime(c.t)
        c.cache["ft"] = (ft >> 32, ft & 0xFFFFFFFF)
        return "<%04x%08x$%08x$%08x$@%s>" % (c.r.randrange(1, 0x60), ft >> 32, ft & 0xFFFFFFFF,
                                             c.r.getrandbits(32), c.frm[1].split("@")[1])

    def boundary(self, c, kind, depth):
        hi, lo = c.cache.get("ft", (0x01DC0000, 0))
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (depth, c.r.randrange(0x10, 0x200), hi, lo)

    def chain(self, c):
        t1 = plus(c.t, 1)
        rd = self.pc_rdns or self.pc_ip
        if self.submit_fmt == "aruba":
            return ["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                    % (self.pc, self.pc_ip, alnum(c.r, 16), rfc2822(t1, self.zone))]
        if self.submit_fmt == "homepl":
            return ["from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                    % (self.pc, rd, self.pc_ip, self.smtp_host, hexs(c.r, 10, upper=True),
                       rfc2822(t1, self.zone))]
        return ["from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (self.pc, rd, self.pc_ip, c.frm[1], self.smtp_host, hexs(c.r, 10, upper=True), c.rcpt,
                   rfc2822(t1, self.zone, abbrev=True))]

    def extra(self, c):
        if self.mua.startswith("Microsoft CDO"):
            return [("X-Mailer", self.mua)]
        return [("X-Mailer", self.mua), ("Thread-Index", c.thread_index or thread_index(c.r, c.t, 0)),
                ("Content-Language", self.lang or "de")]


# ---------------------------------------------------------------- Thunderbird

class Thunderbird(Profile):
    name = "Thunderbird via provider SMTP"
    charset = "utf-8"
    label = "UTF-8"
    cte = "8bit"
    html_style = None
    quote_cs = False
    flowed = True
    ua = "Mozilla Thunderbird"
    smtp_fmt = "ionos"
    pc_ip = "91.61.204.17"
    pc_rdns = "p5b3dcc11.dip0.t-ipconnect.de"
    order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To", "Cc",
             "References", "From", "Reply-To", "In-Reply-To"]

    def msgid(self, c):
        return "<%s@%s>" % (uuid4(c.r), c.frm[1].split("@")[1])

    def boundary(self, c, kind, depth):
        return "------------" + alnum(c.r, 24)

    def chain(self, c):
        t1 = plus(c.t, 1)
        if self.smtp_fmt == "ionos":
            return ["from [192.168.178.%d] ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [212.227.15.%d]) with ESMTPSA "
                    "(Nemesis) id %s for\n <%s>; %s" % (c.r.randrange(20, 60), self.pc_ip, c.r.randrange(100, 120),
                                                      c.r.randrange(160, 190), "1M" + alnum(c.r, 8) + "-1" + alnum(c.r, 10)
                                                      + "-00" + alnum(c.r, 4), c.rcpt, rfc2822(t1, self.zone))]
        return ["from [192.168.1.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n"
                "\tfor <%s>; %s" % (c.r.randrange(20, 60), self.pc_rdns, self.pc_ip, c.frm[1], self.smtp_host,
                                     hexs(c.r, 10, upper=True), c.rcpt, rfc2822(t1, self.zone, abbrev=True))]

    def client(self, c):
        if self.smtp_fmt == "ionos":
            n = c.r.choice([187, 126, 135, 130])
            return "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % n
        return self.helo, self.rdns, self.ip

    def extra(self, c):
        ex = [("User-Agent", self.ua), ("Content-Language", self.lang or "de-DE")]
        if self.smtp_fmt == "ionos":
            ex.append(("X-Provags-ID", "V03:K1:" + alnum(c.r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
            ex.append(("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + alnum(c.r, 11) + "=:" + alnum(c.r, 40)))
        return ex


# ---------------------------------------------------------------- Gmail

class Gmail(Profile):
    name = "Gmail"
    charset = "utf-8"
    label = "UTF-8"
    hdr_label = "UTF-8"
    html_style = "gmail"
    zone = "CE"
    order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc",
             "Reply-To"]

    iphone = False

    def __init__(self, **kw):
        P_init = Profile.__init__
        P_init(self, **kw)
        if self.iphone:
            self.order = ["From", "Content-Type", "Content-Transfer-Encoding", "Mime-Version", "Subject", "Date",
                          "Message-Id", "To", "X-Mailer"]
            self.quote_cs = False
            self.mime_value = "1.0 (1.0)"

    def boundary(self, c, kind, depth):
        if self.iphone:
            return "Apple-Mail-" + uuid4(c.r, upper=True)
        return "000000000000" + hexs(c.r, 16)

    def msgid(self, c):
        if self.iphone:
            return "<%s@gmail.com>" % uuid4(c.r, upper=True)
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        s = "CA" + alnum(c.r, 1, "BDFGHJKLMNOPRTWXYZ") + alnum(c.r, 5, al) + "=" + alnum(c.r, 6, al) + \
            alnum(c.r, 28, al + "+-_")
        return "<%s@mail.gmail.com>" % s

    def _host(self, c):
        if "gh" not in c.cache:
            n = c.r.choice([41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 65, 66, 67, 68, 69, 70])
            pre = c.r.choice([("wr1", "209.85.221."), ("wm1", "209.85.128."), ("ej1", "209.85.218."),
                              ("lf1", "209.85.167."), ("ed1", "209.85.208.")])
            c.cache["gh"] = ("mail-%s-f%d.google.com" % (pre[0], n), pre[1] + str(n))
        return c.cache["gh"]

    def client(self, c):
        h, ip = self._host(c)
        return h, h, ip

    def chain(self, c):
        h, _ = self._host(c)
        t1 = plus(c.t, 1)
        if self.iphone:
            return ["from smtpclient.apple ([2a02:c7c:%s:%s:%s:%s:%s:%s])\n        by smtp.gmail.com with ESMTPSA id "
                    "%s-%s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 "
                    "cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                    % (hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 4),
                       hexs(c.r, 13), hexs(c.r, 10), c.r.randrange(0, 9), c.t.month, c.t.day, c.t.hour, c.t.minute,
                       c.t.second, c.rcpt, rfc2822(t1, "PT", abbrev=True))]
        return ["by %s with SMTP id %s-%s%s.%d\n        for <%s>; %s"
                % (h, c.r.choice(["ffacd0b85a97d", "a640c23a62f3a", "5b1f17b1804b1", "2adb3069b0e04"]),
                   hexs(c.r, 10) + "so", digits(c.r, 7) + c.r.choice(["f8f", "66b", "e9", "b3"]),
                   c.r.randrange(0, 3), c.rcpt, rfc2822(t1, "PT", abbrev=True))]

    def extra(self, c):
        if self.iphone:
            return [("X-Mailer", "iPhone Mail (22B91)"), ("X-Google-Smtp-Source", "AGHT+I" + alnum(c.r, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")]
        return [("X-Google-Smtp-Source", "AGHT+I" + alnum(c.r, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
                ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d;\n        %s"
                 % (hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 3), hexs(c.r, 3), hexs(c.r, 3), hexs(c.r, 13),
                    hexs(c.r, 6), c.r.randrange(0, 9), rfc2822(plus(c.t, 1), "PT", abbrev=True)))]


# ---------------------------------------------------------------- GMX / WEB.DE (Trinity webmail)

class GMX(Profile):
    name = "GMX FreeMail webmail"
    charset = "utf-8"
    label = "UTF-8"
    quote_cs = False
    html_style = None
    brand = "gmx"
    order = ["MIME-Version", "Message-ID", "From", "To", "Cc", "Subject", "Content-Type", "Date", "Importance",
             "Sensitivity", "X-Priority"]

    def _app(self, c):
        if "app" not in c.cache:
            c.cache["app"] = "3c-app-%s-bap%02d" % ("gmx" if self.brand == "gmx" else "webde", c.r.randrange(10, 80))
        return c.cache["app"]

    def msgid(self, c):
        return "<trinity-%s-%d@%s>" % (uuid4(c.r), epoch(c.t) * 1000 + c.r.randrange(1000), self._app(c))

    def client(self, c):
        if self.brand == "gmx":
            n = c.r.choice([15, 17, 21, 22])
            return "mout.gmx.net", "mout.gmx.net", "212.227.%d.%d" % (n, c.r.randrange(15, 25))
        return "mout.web.de", "mout.web.de", "217.72.192.%d" % c.r.choice([78, 67, 69])

    def chain(self, c):
        ip = "%d.%d.%d.%d" % (c.r.choice([79, 84, 93, 178]), c.r.randrange(192, 255), c.r.randrange(1, 255),
                              c.r.randrange(1, 255))
        app = self._app(c)
        host = "web-mail.gmx.net" if self.brand == "gmx" else "web-mail.web.de"
        return ["from [%s] ([%s]) by %s\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s"
                % (ip, ip, host, app, c.r.randrange(10, 200), rfc2822(c.t, "CE"))]

    def extra(self, c):
        b64a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
                ("X-Provags-ID", "V03:K1:" + alnum(c.r, 64, b64a)),
                ("X-UI-Message-Type", "mail"),
                ("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + alnum(c.r, 11, b64a) + "=:" + alnum(c.r, 48, b64a))]


# ---------------------------------------------------------------- Yandex

class Yandex(Profile):
    name = "Yandex Mail webmail"
    zone = "MSK"
    charset = "utf-8"
    cte = "base64"
    html_style = "yandex"
    html_only = True
    quote_cs = False
    hdr_enc = "B"
    order = ["From", "To", "Cc", "Reply-To", "In-Reply-To", "References", "Subject", "MIME-Version",
             "X-Mailer", "Date", "Message-Id"]

    def msgid(self, c):
        return "<%s%d@mail.yandex.ru>" % (digits(c.r, 6), epoch(c.t))

    def boundary(self, c, kind, depth):
        return "----==--bound.%d.%s.yp-c.yandex.net" % (c.r.randrange(100000, 999999), c.r.choice(["sas", "vla", "myt", "klg"]) + hexs(c.r, 8))

    def _fwd(self, c):
        if "fwd" not in c.cache:
            n = c.r.choice(["forward500a", "forward502b", "forward101a", "forward201b", "forward103c"])
            ip = {"forward500a": "178.154.239.80", "forward502b": "178.154.239.146", "forward101a": "178.154.239.84",
                  "forward201b": "178.154.239.155", "forward103c": "178.154.239.214"}[n]
            c.cache["fwd"] = ("%s.mail.yandex.net" % n, ip)
        return c.cache["fwd"]

    def client(self, c):
        h, ip = Yandex._fwd(self, c)
        return h, h, ip

    def chain(self, c):
        dc = c.r.choice(["sas", "vla", "myt"])
        node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (c.r.randrange(10, 90), dc)
        return ["from %s (%s [IPv6:2a02:6b8:c%02x:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
                % (node, node, c.r.randrange(0, 255), hexs(c.r, 3), hexs(c.r, 4), Yandex._fwd(self, c)[0], alnum(c.r, 10),
                   rfc2822(plus(c.t, 2), "MSK")),
                "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
                % (node, alnum(c.r, 10), alnum(c.r, 8), rfc2822(plus(c.t, 1), "MSK"))]

    def extra(self, c):
        return [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
                ("X-Yandex-Fwd", "1")]


# ---------------------------------------------------------------- regional free mailers

class Libero(Profile):
    name = "Libero Mail webmail"
    charset = "utf-8"
    label = "UTF-8"
    html_style = None
    order = ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
             "Importance", "X-Priority"]

    def msgid(self, c):
        return "<%d.%d.%d@libero.it>" % (c.r.randrange(10 ** 8, 10 ** 9), c.r.randrange(10 ** 5, 10 ** 6),
                                          epoch(c.t) * 1000 + c.r.randrange(1000))

    def client(self, c):
        n = c.r.randrange(10, 40)
        return "libero.it", "smtp-%d-i6.italiaonline.it" % n, "213.209.14.%d" % n

    def chain(self, c):
        return ["from libero.it ([10.101.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s"
                % (c.r.randrange(1, 255), c.r.randrange(1, 255), c.r.randrange(10, 40), alnum(c.r, 16),
                   rfc2822(plus(c.t, 1), "CE"))]

    def extra(self, c):
        return [("Importance", "Normal"), ("X-Priority", "3 (Normal)")]


class WP(Profile):
    name = "Poczta WP webmail"
    charset = "utf-8"
    label = "UTF-8"
    html_style = None
    order = ["Date", "From", "To", "Cc", "Message-ID", "Subject", "MIME-Version"]

    def msgid(self, c):
        return "<%s@wp.pl>" % hexs(c.r, 32)

    def client(self, c):
        n = c.r.choice([4, 5, 7, 8])
        return "mx%d.wp.pl" % n, "mx%d.wp.pl" % n, "212.77.101.%d" % (8 + n)

    def chain(self, c):
        return ["from [%d.%d.%d.%d] by poczta.wp.pl (wp-mailer) with HTTP; %s"
                % (c.r.choice([83, 89, 188, 31]), c.r.randrange(1, 255), c.r.randrange(1, 255), c.r.randrange(1, 255),
                   rfc2822(c.t, "CE"))]

    def extra(self, c):
        return [("X-WP-MailID", hexs(c.r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]


class Interia(Profile):
    name = "INTERIA.PL Poczta webmail"
    charset = "utf-8"
    label = "UTF-8"
    html_style = None
    order = ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "X-Mailer"]

    def msgid(self, c):
        return "<%s@poczta.interia.pl>" % hexs(c.r, 32)

    def client(self, c):
        return "smtpo62.poczta.interia.pl", "smtpo62.poczta.interia.pl", "217.74.67.%d" % c.r.randrange(180, 190)

    def chain(self, c):
        return ["from poczta.interia.pl (mi-ww%d.poczta.interia.pl [10.217.76.%d])\n\tby poczta.interia.pl (INTERIA.PL)"
                " with ESMTP id %s; %s" % (c.r.randrange(10, 30), c.r.randrange(10, 80), alnum(c.r, 9),
                                           rfc2822(plus(c.t, 1), "CE"))]

    def extra(self, c):
        return [("X-Mailer", "interia.pl/pf09"), ("X-Originating-IP", "%d.%d.%d.%d" % (
            c.r.choice([5, 45, 91]), c.r.randrange(1, 255), c.r.randrange(1, 255), c.r.randrange(1, 255)))]


class Roundcube(Profile):
    name = "Roundcube webmail"
    charset = "utf-8"
    label = "UTF-8"
    cte = "8bit"
    quote_cs = False
    flowed = True
    ua = "Roundcube Webmail/1.6.9"
    order = ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To", "References",
             "User-Agent", "Message-ID", "X-Sender"]
    smtp_host = None
    web_ip = "127.0.0.1"

    def msgid(self, c):
        return "<%s@%s>" % (hexs(c.r, 32), c.frm[1].split("@")[1])

    def boundary(self, c, kind, depth):
        return "=_" + hexs(c.r, 32)

    def chain(self, c):
        return ["from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s"
                % (getattr(self, "web_host", "localhost"), getattr(self, "web_host", "localhost"), self.web_ip,
                   c.frm[1], self.smtp_host, hexs(c.r, 10, upper=True), rfc2822(plus(c.t, 1), self.zone))]

    def extra(self, c):
        return [("User-Agent", self.ua), ("X-Sender", c.frm[1])]


# ---------------------------------------------------------------- compromised shared hosting (cPanel/Exim) & PHPMailer

class CpanelExim(Profile):
    name = "cPanel/Exim shared hosting"
    charset = "utf-8"
    label = "UTF-8"
    html_style = "plain"
    server = "server.host.tld"
    auth_user = None
    sender_ip = None        # if set: SMTP-AUTH from this IP, else local PHP
    sender_helo = "[127.0.0.1]"
    mailer = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"
    order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "MIME-Version"]

    def msgid(self, c):
        return "<%s@%s>" % (alnum(c.r, 43), c.frm[1].split("@")[1])

    def boundary(self, c, kind, depth):
        return "b%d_%s" % (depth + 1, alnum(c.r, 43))

    def chain(self, c):
        t1 = plus(c.t, 1)
        eid = "1t%s-0000000%s-%s" % (alnum(c.r, 4), alnum(c.r, 4), alnum(c.r, 4))
        if self.sender_ip:
            return ["from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                    "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                    % (self.sender_ip, c.r.randrange(40000, 65000), self.sender_helo, self.server,
                       self.return_path(c), eid, c.rcpt, rfc2822(t1, self.zone))]
        return ["from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                % (self.auth_user or "nobody", self.server, self.return_path(c), eid, c.rcpt, rfc2822(t1, self.zone))]

    def extra(self, c):
        ex = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
              ("X-AntiAbuse", "Primary Hostname - %s" % self.server),
              ("X-AntiAbuse", "Original Domain - example.com"),
              ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
              ("X-AntiAbuse", "Sender Address Domain - %s" % self.return_path(c).split("@")[1])]
        if self.sender_ip:
            ex.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (self.server, self.auth_user or c.frm[1])))
            ex.append(("X-Authenticated-Sender", "%s: %s" % (self.server, self.auth_user or c.frm[1])))
        else:
            ex.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (self.server, self.auth_user)))
        if self.mailer:
            ex.insert(0, ("X-Mailer", self.mailer))
        return ex


class VPS(Profile):
    """Attacker-controlled Postfix on a rented VPS; the MUA headers imitate a desktop client."""
    name = "self-hosted Postfix on VPS"
    charset = "utf-8"
    label = "UTF-8"
    mua = "outlook"      # outlook | thunderbird | none
    html_style = "word"
    attach_style = "ew"
    mailhost = None
    order = OutlookSMTP.order

    def msgid(self, c):
        if self.mua == "outlook":
            return OutlookSMTP.msgid(self, c)
        if self.mua == "thunderbird":
            return "<%s@%s>" % (uuid4(c.r), c.frm[1].split("@")[1])
        return "<%s.%s@%s>" % (epoch(c.t), hexs(c.r, 16), self.mailhost)

    def boundary(self, c, kind, depth):
        if self.mua == "outlook":
            return OutlookSMTP.boundary(self, c, kind, depth)
        return "------------" + alnum(c.r, 24)

    def chain(self, c):
        return ["from [127.0.0.1] (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (self.mailhost, hexs(c.r, 10, upper=True), c.rcpt, rfc2822(plus(c.t, 1), "UTC", abbrev=True))]

    def extra(self, c):
        if self.mua == "outlook":
            return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", c.thread_index or thread_index(c.r, c.t)),
                    ("Content-Language", self.lang or "de")]
        if self.mua == "thunderbird":
            return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", self.lang or "de-DE")]
        return []


# ---------------------------------------------------------------- bulk ESPs

class SendGrid(Profile):
    name = "Twilio SendGrid"
    zone = "UTC"
    charset = "utf-8"
    label = "UTF-8"
    html_style = "plain"
    order = ["Date", "From", "Reply-To", "Mime-Version", "Subject", "To", "Message-ID"]

    def _pod(self, c):
        if "pod" not in c.cache:
            c.cache["pod"] = c.r.randrange(1, 40)
            c.cache["fd"] = "filterdrecv-%s-%s" % (hexs(c.r, 10), alnum(c.r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        return c.cache["pod"], c.cache["fd"]

    def msgid(self, c):
        pod, _ = self._pod(c)
        return "<%s@geopod-ismtpd-%d>" % (alnum(c.r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), pod)

    def boundary(self, c, kind, depth):
        return hexs(c.r, 64)

    def client(self, c):
        n = c.r.randrange(100, 250)
        h = alnum(c.r, 8, "abcdefghijklmnopqrstuvwxyz")
        return "%s.outbound-mail.sendgrid.net" % h, "%s.outbound-mail.sendgrid.net" % h, "149.72.%d.%d" % (
            c.r.choice([120, 154, 207, 246]), n)

    def return_path(self, c):
        if "rp" not in c.cache:
            c.cache["rp"] = "bounces+%d-%s-%s=%s@em%d.%s" % (c.r.randrange(10 ** 7, 10 ** 8), hexs(c.r, 4),
                                                           c.rcpt.split("@")[0], c.rcpt.split("@")[1],
                                                           c.r.randrange(1000, 9999), self.bounce_domain)
        return c.cache["rp"]

    def chain(self, c):
        pod, fd = self._pod(c)
        t1 = plus(c.t, 1)
        lt = local_parts(t1, "UTC")
        stamp = "%04d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d" % (
            lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, c.r.randrange(10 ** 9),
            c.r.randrange(10 ** 5, 10 ** 7), c.r.randrange(10 ** 9))
        return ["by %s with SMTP id %s-1-%X-%X\n        %s" % (fd, fd, epoch(t1), c.r.randrange(16, 255), stamp),
                "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s"
                % (c.frm[1].split("@")[1], pod, alnum(c.r, 22), c.rcpt, rfc2822(c.t, "UTC") + " (UTC)")]

    def extra(self, c):
        b64a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return [("X-SG-EID", "\n " + "\n ".join(alnum(c.r, 74, b64a) for _ in range(3))),
                ("X-SG-ID", "\n " + alnum(c.r, 60, b64a) + "=="),
                ("X-Entity-ID", "u001." + alnum(c.r, 22, b64a) + "==")]


class Mailgun(Profile):
    name = "Mailgun"
    zone = "UTC"
    charset = "utf-8"
    label = "utf-8"
    html_style = "plain"
    order = ["Mime-Version", "Subject", "From", "To", "Reply-To", "Date", "Message-Id", "Sender", "X-Mailgun-Sid"]
    mg_domain = None

    def msgid(self, c):
        lt = local_parts(c.t, "UTC")
        return "<%04d%02d%02d%02d%02d%02d.%s@%s>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second,
                                                      hexs(c.r, 16), self.mg_domain)

    def boundary(self, c, kind, depth):
        return hexs(c.r, 32)

    def client(self, c):
        a, b = c.r.choice([(42, 17), (47, 131), (238, 214), (48, 199)]), c.r.randrange(2, 250)
        return "m%d-%d.mailgun.net" % (a[0], b), "m%d-%d.mailgun.net" % (a[0], b), "69.72.%d.%d" % (a[0], b)

    def return_path(self, c):
        if "rp" not in c.cache:
            c.cache["rp"] = "bounce+%s.%s-%s=%s@%s" % (hexs(c.r, 6), hexs(c.r, 5), c.rcpt.split("@")[0],
                                                       c.rcpt.split("@")[1], self.mg_domain)
        return c.cache["rp"]

    def chain(self, c):
        return ["by %s with HTTP id %s; %s" % (hexs(c.r, 12), hexs(c.r, 24), rfc2822(c.t, "UTC"))]

    def extra(self, c):
        b64a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return [("Sender", "postmaster@" + self.mg_domain),
                ("X-Mailgun-Sid", alnum(c.r, 64, b64a) + "="),
                ("X-Mailgun-Sending-Ip", c.cache.get("ip", "")),
                ("Feedback-Id", "%s:%s:%s" % (hexs(c.r, 24), hexs(c.r, 24), c.r.choice(["MG", "mailgun"])))]


class Brevo(Profile):
    name = "Brevo (Sendinblue)"
    zone = "UTC"
    charset = "utf-8"
    label = "utf-8"
    html_style = "plain"
    order = ["Date", "From", "To", "Reply-To", "Subject", "Message-Id", "MIME-Version", "X-Mailer"]
    sender_domain = None

    def msgid(self, c):
        lt = local_parts(c.t, "UTC")
        return "<%04d%02d%02d%02d%02d.%d@smtp-relay.mailin.fr>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute,
                                                                    c.r.randrange(10 ** 10, 10 ** 11))

    def boundary(self, c, kind, depth):
        return "----=_Part_%d_%d.%d" % (c.r.randrange(10 ** 6, 10 ** 7), c.r.randrange(10 ** 8, 10 ** 9),
                                        epoch(c.t) * 1000)

    def client(self, c):
        n = c.r.randrange(10, 250)
        h = "%s.%s.brevosend.com" % (alnum(c.r, 2, "abcdefghijklmnopqrstuvwxyz"), alnum(c.r, 4, "abcdefghijklmnopqrstuvwxyz"))
        return h, h, "77.32.148.%d" % n

    def return_path(self, c):
        if "rp" not in c.cache:
            c.cache["rp"] = "bounces-%d-%s=%s@%s" % (c.r.randrange(10 ** 6, 10 ** 7), c.rcpt.split("@")[0],
                                                     c.rcpt.split("@")[1], "sib." + self.sender_domain)
        return c.cache["rp"]

    def chain(self, c):
        return []

    def extra(self, c):
        return [("X-Mailer", "Sendinblue"),
                ("X-Mailin-EID", alnum(c.r, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%") + "%3D"),
                ("Origin-messageId", "<%d.%d@smtp-relay.mailin.fr>" % (c.r.randrange(10 ** 8, 10 ** 9), c.r.randrange(10 ** 4, 10 ** 5))),
                ("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (c.cache.get("ip", "77.32.148.1"), c.r.randrange(10 ** 6, 10 ** 7), c.r.randrange(10 ** 5, 10 ** 6)))]


class SES(Profile):
    name = "Amazon SES"
    zone = "UTC"
    charset = "utf-8"
    label = "UTF-8"
    html_style = "plain"
    order = ["From", "To", "Reply-To", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Date",
             "Feedback-ID", "X-SES-Outgoing"]
    region = "eu-west-1"

    def _mid(self, c):
        if "sesid" not in c.cache:
            c.cache["sesid"] = "0102%s-%s-%s-%s-%s-000000" % (
                hexs(c.r, 12), hexs(c.r, 8), hexs(c.r, 4), hexs(c.r, 4), hexs(c.r, 12))
        return c.cache["sesid"]

    def msgid(self, c):
        return "<%s@%s.amazonses.com>" % (self._mid(c), self.region)

    def boundary(self, c, kind, depth):
        return "----=_Part_%d_%d.%d" % (c.r.randrange(10 ** 5, 10 ** 6), c.r.randrange(10 ** 8, 10 ** 9),
                                        epoch(c.t) * 1000)

    def client(self, c):
        a, b = c.r.choice([(7, 12), (7, 33), (8, 15), (8, 40)])
        return "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, self.region), \
            "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, self.region), "54.240.%d.%d" % (a, b)

    def return_path(self, c):
        return "%s@%s.amazonses.com" % (self._mid(c), self.region)

    def extra(self, c):
        lt = local_parts(c.t, "UTC")
        return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (self.region, alnum(c.r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))),
                ("X-SES-Outgoing", "%04d.%02d.%02d-54.240.%d.%d" % (lt.year, lt.month, lt.day, 7, 12))]


class Mailchimp(Profile):
    name = "Mailchimp"
    zone = "UTC"
    charset = "utf-8"
    label = "utf-8"
    cte = "quoted-printable"
    html_style = "plain"
    order = ["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "List-ID", "X-Mailer", "X-Campaign",
             "X-campaignid", "X-Report-Abuse", "X-MC-User", "Feedback-ID", "List-Unsubscribe",
             "List-Unsubscribe-Post", "MIME-Version"]

    def _host(self, c):
        if "h" not in c.cache:
            a, b = c.r.randrange(100, 240), c.r.choice([41, 61, 91, 121])
            c.cache["h"] = ("mail%d.atl%d.mcdlv.net" % (a, b), "198.2.%d.%d" % (c.r.choice([128, 132, 136, 175]), a))
        return c.cache["h"]

    def msgid(self, c):
        return "<%s.%s@%s>" % (hexs(c.r, 20), hexs(c.r, 20), self._host(c)[0])

    def boundary(self, c, kind, depth):
        return "_----------=_MCPart_%d" % c.r.randrange(10 ** 9, 10 ** 10)

    def client(self, c):
        h, ip = self._host(c)
        return h, h, ip

    def return_path(self, c):
        return "bounce-mc.us%d_%d.%d-%s=%s@%s" % (self.us, self.uid, c.r.randrange(10 ** 6, 10 ** 7),
                                                  c.rcpt.split("@")[0], c.rcpt.split("@")[1], self._host(c)[0])

    def chain(self, c):
        return ["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s"
                % (self._host(c)[0], alnum(c.r, 12, "0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"), c.rcpt,
                   rfc2822(plus(c.t, 1), "UTC") + " (GMT)")]

    def extra(self, c):
        return []


# ---------------------------------------------------------------- real services

class MicrosoftService(ExchangeOnline):
    """Microsoft system notifications (microsoftonline.com / sharepointonline.com / teams)."""
    name = "Microsoft 365 service notification"
    region = "namprd12"
    html_style = None
    charset = "utf-8"
    label = "utf-8"

    def chain(self, c):
        return ExchangeOnline.chain(self, c)[:1]

    def extra(self, c):
        ex = [(n, v) for n, v in ExchangeOnline.extra(self, c)
              if n.lower().startswith("x-ms-exchange") or n in ("X-OriginatorOrg",)]
        return ex


class Google(Profile):
    name = "Google account notification"
    charset = "utf-8"
    label = "UTF-8"
    zone = "UTC"
    order = ["MIME-Version", "Date", "Feedback-ID", "X-Notifications", "X-Notifications-Bounce", "Message-ID",
             "Subject", "From", "To"]

    def msgid(self, c):
        return "<%s@google.com>" % alnum(c.r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def boundary(self, c, kind, depth):
        return "000000000000" + hexs(c.r, 16)

    def _n(self, c):
        if "gn" not in c.cache:
            c.cache["gn"] = c.r.choice([41, 69, 73, 65])
        return c.cache["gn"]

    def client(self, c):
        n = self._n(c)
        return "mail-sor-f%d.google.com" % n, "mail-sor-f%d.google.com" % n, "209.85.220.%d" % n

    def return_path(self, c):
        return "3%s-%s@accounts.google.com" % (alnum(c.r, 16), alnum(c.r, 14))

    def chain(self, c):
        return ["by mail-sor-f%d.google.com with SMTP id %s-%s.%d\n        for <%s>\n        (Google Transport Security);"
                "\n        %s" % (self._n(c), hexs(c.r, 13), hexs(c.r, 10), c.r.randrange(0, 9), c.rcpt,
                                   rfc2822(plus(c.t, 1), "PT", abbrev=True))]

    def extra(self, c):
        return [("Feedback-ID", "P%s:account-notifier" % digits(c.r, 12)),
                ("X-Notifications", hexs(c.r, 16) + "GAAAAAAAAAA"),
                ("X-Notifications-Bounce", "%s" % hexs(c.r, 32))]


class GitHub(Profile):
    name = "GitHub"
    charset = "UTF-8"
    cte = "7bit"
    quote_cs = False
    zone = "UTC"
    order = ["Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "X-Auto-Response-Suppress"]

    def msgid(self, c):
        return "<%x%s_%s@%s.mail>" % (epoch(c.t), hexs(c.r, 5), hexs(c.r, 8) + digits(c.r, 6),
                                      "lowworker-" + hexs(c.r, 10) + "-" + alnum(c.r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))

    def boundary(self, c, kind, depth):
        return "--==_mimepart_%x%s_%d" % (epoch(c.t), hexs(c.r, 4), c.r.randrange(100, 999))

    def client(self, c):
        n = c.r.choice([(21, 204), (25, 208), (28, 211)])
        return "out-%d.smtp.github.com" % n[0], "out-%d.smtp.github.com" % n[0], "192.30.252.%d" % n[1]

    def return_path(self, c):
        return "noreply@github.com"

    def chain(self, c):
        return ["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix)"
                " with ESMTPA id %s\n\tfor <%s>; %s" % (hexs(c.r, 7), c.r.randrange(100, 250), c.r.randrange(2, 250),
                                                      alnum(c.r, 14, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"),
                                                      c.rcpt, rfc2822(plus(c.t, 1), "PT", abbrev=True))]

    def extra(self, c):
        return [("X-Auto-Response-Suppress", "All")]


class YandexID(Yandex):
    name = "Yandex ID notification"
    html_only = False

    def msgid(self, c):
        return "<%s@%s.yp-c.yandex.net>" % (digits(c.r, 6) + str(epoch(c.t)), c.r.choice(["sas", "vla"]) + "-" + hexs(c.r, 12))

    def extra(self, c):
        return [("X-Yandex-Fwd", "1")]


class DocuSign(Profile):
    name = "DocuSign (EU)"
    zone = "UTC"
    charset = "utf-8"
    label = "utf-8"
    cte = "quoted-printable"
    html_style = "plain"
    order = ["MIME-Version", "From", "Reply-To", "To", "Date", "Subject", "Message-ID", "X-Api-Host"]

    def msgid(self, c):
        return "<%s@docusign.net>" % hexs(c.r, 32)

    def boundary(self, c, kind, depth):
        return "--boundary_%d_%s" % (c.r.randrange(0, 9), uuid4(c.r))

    def client(self, c):
        n = c.r.choice([(71, "mailfra"), (72, "mailfra"), (76, "mailams")])
        return "%s.docusign.net" % n[1], "%s.docusign.net" % n[1], "185.3.28.%d" % n[0]

    def return_path(self, c):
        return "dse@eumail.docusign.net"

    def chain(self, c):
        return ["from docusign.net (%s.eu.docusign.net [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s"
                % ("fr1pwap" + digits(c.r, 3), c.r.randrange(1, 200), c.r.randrange(1, 200), c.r.randrange(1, 200),
                   "mailfra.docusign.net", hexs(c.r, 10, upper=True), rfc2822(plus(c.t, 1), "UTC"))]

    def extra(self, c):
        return [("X-Api-Host", "fra-eu1-%s" % c.r.choice(["wsdocusign", "docusign"])),
                ("X-DocuSign-Envelope-Id", uuid4(c.r, upper=True))]
