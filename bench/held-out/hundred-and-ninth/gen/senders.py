"""Concrete sending systems of the company, its correspondents and the attackers."""
import profiles as P
from util import rfc2822, plus, hexs, alnum

# ---------------------------------------------------------------- company internal

def internal(lang="de-DE", charset="iso-8859-1", **kw):
    return P.Internal(lang=lang, charset=charset, **kw)


# ---------------------------------------------------------------- correspondents (genuine infrastructure)

def lieferant(**kw):
    return P.ExchangeOnline(region="eurprd08", tenant_id="5b0e7c1a-3f42-4d8e-9a61-0c7d2e84b913", lang="de-DE", **kw)


def tragwerk(**kw):
    return P.ExchangeOnline(region="eurprd04", tenant_id="c81f44d2-9e07-4b35-8d1c-6a2f90e15b77", lang="de-DE", **kw)


def berger(**kw):
    p = P.ExchangeOnPrem(exch="EXSRV01.kanzlei-berger.local", exch_ip="192.168.50.10", build="15.2.1544.14",
                         lang="de-DE", helo="mail.berger-partner-law.de", rdns="mail.berger-partner-law.de",
                         ip="217.110.74.37", client_ip="192.168.50.121",
                         gateway=("mail.berger-partner-law.de", "217.110.74.37"), **kw)
    return p


def halden(**kw):
    return P.ExchangeOnline(region="GBRP123", tenant_id="2f7d9b16-51ce-4a0b-b3e8-7e61c04d2a95", lang="en-GB", **kw)


def marlow(**kw):
    return P.ExchangeOnline(region="GBRP123", tenant_id="9a3c5e27-08bd-4f61-a2d4-15e7c9b36f08", lang="en-GB", **kw)


def bimsoft(**kw):
    return P.ExchangeOnline(region="GBRP123", tenant_id="e4b8a013-7c2d-4e95-8f16-3d90b5a7c241", lang="en-GB", **kw)


def aigaio(**kw):
    kw.setdefault("charset", "iso-8859-7")
    return P.ExchangeOnline(region="eurprd09", tenant_id="71d2c9e5-4a83-4b0f-9e27-c5b16f3d8a40", lang="el-GR", **kw)


def ferretti(**kw):
    kw.setdefault("charset", "iso-8859-15")
    n = 71
    return P.OutlookSMTP(submit_fmt="aruba", pc=kw.pop("pc", "PC-AMMINISTRAZ"), pc_ip="151.38.117.42",
                         helo="smtpcmd0%d.aruba.it" % n, rdns="smtpcmd0%d.aruba.it" % n, ip="62.149.156.%d" % n,
                         lang="it", tls="1.2", **kw)


def partner_logistik(**kw):
    kw.setdefault("charset", "iso-8859-2")
    return P.OutlookSMTP(submit_fmt="homepl", smtp_host="cloudserver094114.home.pl",
                         pc=kw.pop("pc", "DESKTOP-SPED02"), pc_ip="83.24.191.57", pc_rdns="aaub57.neoplus.adsl.tpnet.pl",
                         helo="cloudserver094114.home.pl", rdns="cloudserver094114.home.pl", ip="79.96.170.134",
                         lang="pl", tls="1.2", **kw)


def plotpol(**kw):
    kw.setdefault("charset", "windows-1250")
    return P.OutlookSMTP(submit_fmt="postfix", smtp_host="mo561.mail-out.ovh.net", pc="BIURO-PC",
                         pc_ip="89.70.212.15", pc_rdns="89-70-212-15.dynamic.chello.pl",
                         helo="mo561.mail-out.ovh.net", rdns="mo561.mail-out.ovh.net", ip="46.105.61.149",
                         lang="pl", **kw)


def ortega(**kw):
    kw.setdefault("charset", "windows-1252")
    return P.OutlookSMTP(submit_fmt="postfix", smtp_host="smtp.ortegaasesores.es", pc="ASESORIA-03",
                         pc_ip="88.27.143.201", pc_rdns="201.red-88-27-143.staticip.rima-tde.net",
                         helo="smtp.ortegaasesores.es", rdns="smtp.ortegaasesores.es", ip="185.42.105.76",
                         lang="es", **kw)


def gmail(**kw):
    return P.Gmail(**kw)


def workspace(**kw):
    """Google Workspace on a company domain (same transport as Gmail)."""
    return P.Gmail(**kw)


def gmx(**kw):
    return P.GMX(**kw)


def libero(**kw):
    return P.Libero(**kw)


def wp(**kw):
    return P.WP(**kw)


def interia(**kw):
    return P.Interia(**kw)


def yandex(**kw):
    return P.Yandex(**kw)


def otenet(**kw):
    return P.Roundcube(smtp_host="smtp-out.otenet.gr", web_host="webmail.otenet.gr", web_ip="83.235.64.29",
                       helo="smtp-out.otenet.gr", rdns="smtp-out.otenet.gr", ip="83.235.69.31", zone="EE",
                       ua="Roundcube Webmail/1.4.15", tls="1.2", **kw)


class YandexOutlook(P.OutlookSMTP):
    """Outlook desktop submitting through Yandex 360 for business."""
    name = "Yandex 360 for business (Outlook desktop)"
    zone = "MSK"

    def client(self, c):
        return P.Yandex.client(self, c)

    def chain(self, c):
        dc = c.r.choice(["sas", "vla", "myt"])
        node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (c.r.randrange(10, 90), dc)
        return ["from %s (%s [IPv6:2a02:6b8:c%02x:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
                % (node, node, c.r.randrange(0, 255), hexs(c.r, 3), hexs(c.r, 4), P.Yandex._fwd(self, c)[0], alnum(c.r, 10),
                   rfc2822(plus(c.t, 2), "MSK")),
                "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
                % (node, alnum(c.r, 10), alnum(c.r, 8), rfc2822(plus(c.t, 1), "MSK"))]


def stroyproekt(**kw):
    kw.setdefault("charset", "windows-1251")
    return YandexOutlook(lang="ru", **kw)


# ---------------------------------------------------------------- real services

def microsoft(**kw):
    return P.MicrosoftService(**kw)


def google(**kw):
    return P.Google(**kw)


def github(**kw):
    return P.GitHub(**kw)


def yandex_id(**kw):
    return P.YandexID(**kw)


def docusign(**kw):
    return P.DocuSign(**kw)


def mailchimp(**kw):
    return P.Mailchimp(**kw)


def brevo(**kw):
    return P.Brevo(**kw)


def sendgrid(**kw):
    return P.SendGrid(**kw)


def mailgun(**kw):
    return P.Mailgun(**kw)


def ses(**kw):
    return P.SES(**kw)


# ---------------------------------------------------------------- attacker infrastructure

def vps(host, ip, rdns=None, mua="outlook", **kw):
    return P.VPS(mailhost=host, helo=host, rdns=rdns or "unknown", ip=ip, mua=mua, **kw)


def cpanel(server, server_ip, sender_ip=None, auth_user=None, mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
           rdns=None, **kw):
    return P.CpanelExim(server=server, helo=server, rdns=rdns or server, ip=server_ip, sender_ip=sender_ip,
                        auth_user=auth_user, mailer=mailer, **kw)


class Iphone(P.VPS):
    """iPhone Mail app submitting through an attacker-controlled Postfix."""
    name = "iPhone Mail via self-hosted Postfix (VPS)"
    order = ["Content-Type", "Content-Transfer-Encoding", "Mime-Version", "Subject", "Message-Id", "Date", "Cc", "To",
             "From", "Reply-To", "X-Mailer"]

    def msgid(self, c):
        from util import uuid4
        return "<%s@%s>" % (uuid4(c.r, upper=True), c.frm[1].split("@")[1])

    def boundary(self, c, kind, depth):
        from util import uuid4
        return "Apple-Mail-" + uuid4(c.r, upper=True)

    def extra(self, c):
        return [("X-Mailer", "iPhone Mail (22B91)")]


def iphone_vps(host, ip, rdns=None, **kw):
    return Iphone(mailhost=host, helo=host, rdns=rdns or "unknown", ip=ip, mua="iphone", html_style=None, **kw)


class Bot(P.Profile):
    """Spam-bot on a residential IP: bogus HELO, no TLS, forged headers."""
    name = "spam bot on residential IP"
    html_style = None
    tls = None
    order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Mailer"]

    def msgid(self, c):
        return "<%s$%s@%s>" % (hexs(c.r, 12, upper=True), hexs(c.r, 8, upper=True), self.fake_host)

    def extra(self, c):
        return [("X-Mailer", self.mailer)] if getattr(self, "mailer", None) else []

    def return_path(self, c):
        return self.env_from


def bot(helo, ip, env_from, fake_host, mailer=None, rdns="unknown", **kw):
    return Bot(helo=helo, rdns=rdns, ip=ip, env_from=env_from, fake_host=fake_host, mailer=mailer, **kw)


def roundcube_hijack(smtp_host, web_host, attacker_ip, helo, rdns, ip, zone="CE", ua="Roundcube Webmail/1.6.6", **kw):
    """A genuine provider's Roundcube used with stolen credentials from a foreign IP."""
    class RCH(P.Roundcube):
        name = "provider webmail (Roundcube) with stolen credentials"

        def chain(self, c):
            base = P.Roundcube.chain(self, c)
            http = ("from [%s] by %s\n\twith HTTP (HTTP/1.1 POST); %s" % (attacker_ip, web_host,
                                                                          rfc2822(c.t, self.zone)))
            return base + [http]
    return RCH(smtp_host=smtp_host, web_host=web_host, web_ip="10.0.3.14", helo=helo, rdns=rdns, ip=ip,
               zone=zone, ua=ua, **kw)
