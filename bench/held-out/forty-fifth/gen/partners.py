"""Mail infrastructure of Example Group, its correspondents and the genuine
services that write to it. Attackers' infrastructure lives in the attack modules."""
import systems as S
from company import STAFF, CORR
from timeid import hexid, alnum, uuid_of, rfc, plus, postfix_qid


def st(key):
    return STAFF[key][0], STAFF[key][1]


def co(key):
    return CORR[key][2], CORR[key][3]


# ---------------------------------------------------------------- Example Group
INTERNAL = S.ExchangeInternal()
INTERNAL_IT = S.ExchangeInternal(ws_ip="10.31.2.44", lang="it-IT")
INTERNAL_PL = S.ExchangeInternal(ws_ip="10.41.2.18", lang="pl-PL")
INTERNAL_ES = S.ExchangeInternal(ws_ip="10.51.2.23", lang="es-ES")
INTERNAL_GR = S.ExchangeInternal(ws_ip="10.61.2.12", lang="el-GR")
INTERNAL_UK = S.ExchangeInternal(ws_ip="10.71.2.30", lang="en-GB")
INTERNAL_RU = S.ExchangeInternal(ws_ip="10.81.2.15", lang="ru-RU")

# ---------------------------------------------------------------- correspondents
LIEFERANT = S.EXO(host="FR2P281MB1738", region="DEUP281", lang="de-DE",
                  obe=("DEU01-FR2-obe.outbound.protection.outlook.com",
                       "mail-fr2deu01on2119.outbound.protection.outlook.com", "40.107.135.119"),
                  tenant="5f0b7a3c-2d4e-4c1b-9a6f-8e2d1c7b4a90")
FERRETTI = S.EXO(host="DU2PR03MB8431", region="eurprd03", lang="it-IT", zone="IT",
                 obe=("EUR03-DU2-obe.outbound.protection.outlook.com",
                      "mail-du2eur03on2081.outbound.protection.outlook.com", "40.107.247.81"),
                 tenant="a3d9c1e2-7b64-4f08-b1c5-2e9f60d8a7b3")
PARTNERLOG = S.Gmail(host="mail-lj1-f172.google.com", ip="209.85.208.172", zone="PL")
HANSEN = S.SMTPHost("postfix", S.OutlookSMTP(lang="de"), "dd45120.kasserver.com", "85.13.152.77",
                    user_ip="91.23.118.204", lan="192.168.178.31")
KRAMER = S.GMX(provider="gmx", user_ip="84.61.201.17")
FENLAND = S.EXO(host="LO2P265MB5214", region="GBRP265", lang="en-GB", zone="UK",
                obe=("GBR01-LO2-obe.outbound.protection.outlook.com",
                     "mail-lo2gbr01on2102.outbound.protection.outlook.com", "40.107.10.102"),
                tenant="c41e7d2a-9f35-4a6b-8c10-7d2b5e9f3a61")
VALPADANA = S.SMTPHost("aruba", S.OutlookSMTP(lang="it"), "smtpdh16-2.aruba.it", "62.149.155.168",
                       user_ip="151.38.72.119", zone="IT")
BELLINI = S.Libero()
AGROSERWIS = S.SMTPHost("homepl", S.Thunderbird(lang="pl"), "cloudserver2093847.home.pl", "79.96.170.47",
                        user_ip="89.78.144.21", zone="PL")
NOWAK = S.WP(user_ip="83.24.137.88")
EBRO = S.SMTPHost("exim", S.OutlookSMTP(lang="es"), "dhk104.dinaserver.com", "82.98.160.104",
                  user_ip="88.26.91.140", zone="ES", lan="192.168.1.37")
GIL = S.SMTPHost("postfix", S.Roundcube(version="1.6.9"), "mail.transportesgil.es", "185.166.213.48",
                 rdns="srv48.transportesgil.es", user_ip="83.49.17.201", zone="ES",
                 webmail="webmail.transportesgil.es")
ABOGADOS = S.EXO(host="PA4PR05MB9182", region="eurprd05", lang="es-ES", zone="ES",
                 obe=("EUR05-VI1-obe.outbound.protection.outlook.com",
                      "mail-vi1eur05on2120.outbound.protection.outlook.com", "40.107.21.120"))
THESSALY = S.SMTPHost("postfix", S.OutlookSMTP(lang="el"), "mail.thessaly-agro.gr", "185.4.134.27",
                      user_ip="94.66.58.131", zone="GR", lan="192.168.10.44", host_zone="GR")
KARAG = S.SMTPHost("otenet", S.OutlookSMTP(domain="otenet.gr", lang="el"), "mailout.otenet.gr",
                   "83.235.69.41", rdns="mailout1.otenet.gr", user_ip="79.103.211.56", zone="GR")
AGROKUBAN = S.Yandex(fwd="forward501a.mail.yandex.net", ip="178.154.239.81", dc="vla")
VOLKOV = S.Yandex(fwd="forward103b.mail.yandex.net", ip="178.154.239.150", dc="sas")


class MailRu1C(S.Sys):
    """Invoice e-mailed from 1C:Enterprise through Mail.ru for Business SMTP."""
    zone = "RU"

    def client(self, ctx):
        return ("smtp52.i.mail.ru", "smtp52.i.mail.ru", "94.100.177.112", "1.3-256")

    def hops(self, ctx):
        return ["by smtp52.i.mail.ru with esmtpa (envelope-from <%s>)\n\tid 1%s-%s-%s; %s"
                % (ctx.env_from, alnum(ctx.key + "m1", 5), "0000000" + alnum(ctx.key + "m2", 4), alnum(ctx.key + "m3", 2),
                   rfc(plus(ctx.t, 1), "RU"))]

    def msgid(self, ctx):
        return "<%s@%s>" % (uuid_of(ctx.key), ctx.frm_addr.split("@")[1])

    def headers(self, ctx):
        return [("X-Mailer", "1C:Enterprise 8.3")]

    def boundary(self, ctx, i):
        return "----=_NextPart_%s" % hexid(ctx.key + "b%d" % i, 20).upper()


YUGTRANS = MailRu1C()

# ---------------------------------------------------------------- staff on private mail
VOGEL_PRIVATE = S.GMX(provider="web.de", user_ip="84.176.35.92")      # katrin.vogel84@web.de
KOWALCZYK_PRIVATE = S.WP(user_ip="31.61.170.205")                       # pawel.kowalczyk85@wp.pl

# ---------------------------------------------------------------- genuine services
MS_ACCOUNT = S.EXO(host="SN7PR15MB5982", region="namprd15", lang="en-US", zone="PT",
                   obe=("NAM12-BN8-obe.outbound.protection.outlook.com",
                        "mail-bn8nam12on2095.outbound.protection.outlook.com", "40.107.237.95"),
                   tenant="72f988bf-86f1-41af-91ab-2d7cd011db47")
MS_ONLINE = S.EXO(host="AM8P189MB1402", region="EURP189", lang="es-ES", zone="UTC",
                  obe=("EUR02-AM0-obe.outbound.protection.outlook.com",
                       "mail-am0eur02on2093.outbound.protection.outlook.com", "40.107.247.93"),
                  tenant="f8cdef31-a31e-4b4a-93e4-5f571e91255a")
GOOGLE_ACCT = S.Gmail(host="mail-sor-f69.google.com", ip="209.85.220.69", zone="UTC",
                      msgid_kind="service", msgid_host="notifications.google.com")
TEAMS_FENLAND = FENLAND


def _gh_hops(ctx):
    return ("from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
            % (hexid(ctx.key + "gh", 5), 100 + int(hexid(ctx.key, 2), 16) % 100, int(hexid(ctx.key + "x", 2), 16),
               postfix_qid(ctx.t, ctx.key + "gh"), ctx.rcpt, rfc(ctx.t, "PT", True)))


GITHUB = S.Custom(
    client=("out-21.smtp.github.com", "out-21.smtp.github.com", "192.30.252.204", "1.3-256"),
    hops=[_gh_hops],
    msgid=lambda ctx: "<%s_%s@lowworker-%s-%s.ac4-iad.github.net.mail>" % (
        hexid(ctx.key, 13), hexid(ctx.key + "2", 17), hexid(ctx.key + "3", 10), alnum(ctx.key + "4", 5, "abcdefghijklmnopqrstuvwxyz0123456789")),
    headers=[("X-Auto-Response-Suppress", "All")],
    boundary="--==_mimepart_%s", style="generic", zone="PT")


def _ya_id_hops(ctx):
    return ("from mail-notsolitesrv-%s.vla.yp-c.yandex.net (mail-notsolitesrv-%s.vla.yp-c.yandex.net [2a02:6b8:c0f:%s:0:640:%s:0])\n\tby forward200a.mail.yandex.net (Yandex) with ESMTPS id %s;\n\t%s"
            % (hexid(ctx.key, 6), hexid(ctx.key, 6), hexid(ctx.key + "a", 4), hexid(ctx.key + "b", 4),
               alnum(ctx.key + "c", 10), rfc(plus(ctx.t, 1), "RU")))


YANDEX_ID = S.Custom(
    client=("forward200a.mail.yandex.net", "forward200a.mail.yandex.net", "178.154.239.91", "1.3-256"),
    hops=[_ya_id_hops],
    msgid=lambda ctx: "<%s@notsolitesrv-%s.vla.yp-c.yandex.net>" % (hexid(ctx.key, 24), hexid(ctx.key, 6)),
    headers=[("X-Yandex-Service", "cGFzc3BvcnQ=")], boundary="===============%s==", style="generic", zone="RU")


def _ds_hops(ctx):
    return ("from EU1FE03 (eu1fe03.docusign.net [10.45.12.%d]) by eu1mta04.docusign.net with Microsoft SMTPSVC(10.0.17763.1697);\n\t %s"
            % (20 + int(hexid(ctx.key, 2), 16) % 80, rfc(ctx.t, "UTC")))


DOCUSIGN = S.Custom(
    client=("eu1mta04.docusign.net", "eu1mta04.docusign.net", "185.81.101.82", "1.2"),
    hops=[_ds_hops],
    msgid=lambda ctx: "<%s@eu1fe03.docusign.net>" % hexid(ctx.key, 32),
    headers=[("X-Api-Host", "docusign.net"), ("X-MimeOLE", "")],
    boundary="----=_NextPart_%s", style="esp", zone="UTC")


def _pp_hops(ctx):
    return ("from [10.73.%d.%d] ([10.73.%d.%d:%d] helo=ccg13mail%02d.ccg13.slc.paypalinc.com)\n\tby ccg13mail%02d (envelope-from <%s>)\n\t(ecelerity 4.4.1.20033 r(msys-ecelerity:tags/4.4.1.0^0)) with ESMTP\n\tid %s; %s"
            % (int(hexid(ctx.key, 2), 16), int(hexid(ctx.key + "a", 2), 16), int(hexid(ctx.key, 2), 16), int(hexid(ctx.key + "a", 2), 16),
               30000 + int(hexid(ctx.key, 4), 16) % 30000, 1 + int(hexid(ctx.key, 1), 16) % 12, 1 + int(hexid(ctx.key, 1), 16) % 12, ctx.env_from,
               "%s/%s-%s-%s" % (hexid(ctx.key + "1", 2, True), hexid(ctx.key + "2", 2, True), hexid(ctx.key + "3", 5, True), hexid(ctx.key + "4", 8, True)),
               rfc(ctx.t, "ET")))


PAYPAL = S.Custom(
    client=("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225", "1.3-256"),
    hops=[_pp_hops],
    msgid=lambda ctx: "<%s.%s.%s.%s@ccg13mail%02d>" % (hexid(ctx.key + "1", 2, True), hexid(ctx.key + "2", 2, True),
                                                      str(int(hexid(ctx.key, 4), 16)), hexid(ctx.key + "4", 8, True),
                                                      1 + int(hexid(ctx.key, 1), 16) % 12),
    headers=[("X-Email-Type-Id", "PPC001154"), ("X-MaxCode-Template", "PPC001154"), ("PP-Correlation-Id", lambda ctx: hexid(ctx.key + "cid", 13))],
    boundary="--NextPart_048F8BC8A2197DE2036A_%s", style="esp", zone="ET")

GOVUK = S.SES(region="eu-west-2", rdns="b224-14.smtp-out.eu-west-2.amazonses.com", ip="54.240.224.14",
              feedback_tag="AmazonSES")
