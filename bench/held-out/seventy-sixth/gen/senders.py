"""Concrete sending systems shared by several messages, so that a
correspondent's genuine mail and mail from its compromised mailbox look the
same, while look-alikes come from elsewhere."""
from datetime import timedelta

from clients import (ExchangeInternal, GMX, Gmail, Libero, MailRu, Outlook365, OutlookCom, OutlookSMTP, Thunderbird,
    WP, Yandex)
from infra import hexs, rdate
from services import Service

# ---------------------------------------------------------------- internal

INT = {
    "HQ": ExchangeInternal("EXMBX01", "de-DE", "10.20.5.77"),
    "HQ_IT": ExchangeInternal("EXMBX01", "de-DE", "10.20.9.14"),
    "HQ_SEC": ExchangeInternal("EXMBX01", "de-DE", "10.20.9.21"),
    "HQ_EN": ExchangeInternal("EXMBX01", "en-US", "10.20.9.14"),
    "GR": ExchangeInternal("EXMBX02", "el-GR", "10.60.1.33"),
}

# ---------------------------------------------------------------- relays of hosting providers


def aruba(n, client_ip):
    h = "smtpcmd%05d.aruba.it" % n
    return {"helo": h, "rdns": h, "ip": "62.149.156.%d" % (n % 200 + 20), "by": h, "kind": "aruba",
            "client_ip": client_ip}


def ionos(client_ip):
    return {"helo": "mout.kundenserver.de", "rdns": "mout.kundenserver.de", "ip": "212.227.126.187",
            "by": "mrelayeu.kundenserver.de", "kind": "ionos", "client_ip": client_ip}


def homepl(client_ip, n=4):
    h = "s%d.cloudserver%05d.home.pl" % (n, 255512 + n)
    return {"helo": h, "rdns": h, "ip": "79.96.%d.%d" % (170 + n, 41 + n), "by": h, "kind": "postfix",
            "client_ip": client_ip, "client_rdns": "unknown"}


def vps(helo, rdns, ip, tz="CET"):
    """Look-alike domain on a rented VPS with Postfix + webmail on the same box."""
    return {"helo": helo, "rdns": rdns, "ip": ip, "by": helo, "kind": "postfix", "client_ip": "127.0.0.1",
            "client_helo": "webmail." + helo.split(".", 1)[1], "client_rdns": "localhost", "tz": tz}


def cpanel(by, ip, rdns=None, tz="CET", client_ip="127.0.0.1"):
    return {"helo": by, "rdns": rdns or by, "ip": ip, "by": by, "client_ip": client_ip, "tz": tz}


# ---------------------------------------------------------------- shared correspondents

LIEFERANT = Outlook365("lieferant-gmbh.de", "de-DE")


def _lieferant_sap():
    t = LIEFERANT

    def hops(m, t0):
        t1 = t0 + timedelta(seconds=2)
        h = ("Received: from sapprd01.lieferant-gmbh.de (91.214.66.20) by\n AM4PEPF00027A6C.mail.protection.outlook.com"
             " (10.167.16.74) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
             " id\n %s.%d via Frontend Transport; %s" % (t.build_no, m.rng.randrange(10, 40), rdate(t1, "UTC")))
        return [h], t1

    return Service(connect=(t.helo, t.rdns, t.ip), hops=hops,
                   msgid=lambda m: "<%s@sapprd01.lieferant-gmbh.de>" % hexs(m.rng, 32, True),
                   boundary=lambda m, p: "=_%s" % hexs(m.rng, 24, True),
                   extra=[("X-Mailer", "SAP NetWeaver 7.58")],
                   order=["Date", "From", "To", "Reply-To", "Subject", "Message-ID", "MIME-Version", "__CT__", "X-Mailer"],
                   hcs=("iso-8859-15", "Q", "iso-8859-15"))


LIEFERANT_SAP = _lieferant_sap()

FERRETTI = OutlookSMTP("ferretti-trasporti.it", aruba(12132, "93.62.141.78"), lang="it")
PARTNER = Outlook365("partner-logistik.pl", "pl-PL", accept="pl-PL, en-US")

FLIESEN_RM = Thunderbird("fliesen-rheinmain.de", ionos("80.187.102.33"))
HARTLEY = Outlook365("hartleymoss.co.uk", "en-GB", accept="en-GB, en-US")
MIDLANDS = Outlook365("midlandstilecentre.co.uk", "en-GB", accept="en-GB, en-US")
CASTLEFORD = Outlook365("castlefordpayroll.co.uk", "en-GB", accept="en-GB, en-US")
KARTONEX = Thunderbird("kartonex.com.pl", homepl("83.18.44.130"), lang="pl")
MAKEDONIA = OutlookSMTP("makedoniatrans.gr", {
    "helo": "mail.makedoniatrans.gr", "rdns": "mail.makedoniatrans.gr", "ip": "94.64.201.18",
    "by": "mail.makedoniatrans.gr", "kind": "postfix", "client_ip": "192.168.10.37",
    "client_helo": "LOGISTIRIO2", "client_rdns": "unknown", "tz": "EET"}, lang="el")
OTENET = Thunderbird("otenet.gr", {
    "helo": "mailgate.otenet.gr", "rdns": "mailgate.otenet.gr", "ip": "195.170.0.92", "by": "mailgate.otenet.gr",
    "kind": "postfix", "client_ip": "94.66.57.203", "client_helo": "[192.168.1.5]",
    "client_rdns": "ppp-94-66-57-203.home.otenet.gr", "tz": "EET"}, lang="el")

# Yandex 360 for a business domain (KeramTorg)
KERAMTORG_Y = Yandex(mailer="Yamail [ http://yandex.ru ] 5.0")

GMAIL = Gmail()
GMX_ = GMX("gmx")
WEBDE = GMX("webde")
LIBERO = Libero()
WPPL = WP()
MAILRU = MailRu()
YANDEX = Yandex()
HOTMAIL_ES = OutlookCom("hotmail.es", lang="es-ES", accept="es-ES, en-US")
OUTLOOK_COM = OutlookCom("outlook.com", lang="en-GB")


class TheBat(OutlookSMTP):
    """The Bat! (RITLabs) desktop client over SMTP; 8bit bodies in windows-1251."""
    order = ["Date", "From", "X-Mailer", "Reply-To", "X-Priority", "Message-ID", "To", "Cc", "Subject",
             "In-Reply-To", "References", "MIME-Version", "__CT__"]
    b_for_utf8 = True

    def __init__(self, domain, relay, version="11.4.2"):
        self.domain, self.relay, self.version = domain, relay, version

    def hcs(self, m, text):
        return "windows-1251", "B", "windows-1251"

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            from infra import to_zone
            loc, _ = to_zone(m.utc, m.tz)
            m._mid = "<%d.%s@%s>" % (m.rng.randrange(10 ** 8, 2 * 10 ** 9), loc.strftime("%Y%m%d%H%M%S"), self.domain)
        return m._mid

    def boundary(self, m, part):
        return "----------%s" % hexs(m.rng, 15, True)

    def extra(self, m):
        return [("X-Mailer", "The Bat! (v%s) Professional" % self.version), ("X-Priority", "3 (Normal)")]


def mailru_smtp(client_ip):
    return {"helo": "smtp45.i.mail.ru", "rdns": "smtp45.i.mail.ru", "ip": "95.163.41.85", "by": "smtp45.i.mail.ru",
            "kind": "mailru", "client_ip": client_ip, "client_helo": "[192.168.0.104]",
            "client_rdns": "unknown", "tz": "MSK"}
