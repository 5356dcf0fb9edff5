"""Sending systems, part 2: consumer webmail, hosted mail, bulk ESPs and notifications of
large real platforms."""
import base64
import hashlib
import uuid

from codes import digits
from timez import fmt, epoch
from route_base import Route, det_uuid, pf_qid, thread_index  # noqa: F401


# ------------------------------------------------------------ consumer webmail
class GMX(Route):
    name = 'gmx'
    brand = 'gmx'   # or 'webde'
    client_ip = '91.64.172.88'

    def _hosts(self):
        if self.brand == 'webde':
            return 'mout.web.de', '212.227.15.3', '3c-app-webde-bap44', 'web.de'
        return 'mout.gmx.net', '212.227.17.21', '3c-app-gmx-bap57', 'gmx.net'

    def connect(self):
        h, ip, _, _ = self._hosts()
        return (h, h, ip, '1.3')

    def msgid(self):
        _, _, app, _ = self._hosts()
        return f'trinity-{det_uuid(self.seed + "tr")}-{epoch(self.m.utc)}{digits(self.seed, 3)}@{app}'

    def hops(self, t):
        h, ip, app, dom = self._hosts()
        return [
            (f'Received: from [{self.client_ip}] ([{self.client_ip}]) by web-mail.{dom}\n'
             f' ({app}.server.lan [172.19.172.127]) (via HTTP); {fmt(self.tz, t)}'),
        ]

    def extras(self):
        return [('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3'),
                ('X-UI-Message-Type', 'mail'),
                ('X-Provags-ID', f'V03:K1:{self.a("pv", 60)}')]

    def boundary(self, depth):
        return f'abmob-{det_uuid(self.seed + "ab%d" % depth)}'


class Libero(Route):
    name = 'libero'
    client_ip = '151.38.112.94'

    def connect(self):
        return ('libero.it', 'smtp-out102.libero.it', '213.209.10.102', '1.3')

    def msgid(self):
        return f'{digits(self.seed, 9)}.{digits(self.seed + "l", 7)}.{epoch(self.m.utc)}{digits(self.seed + "m", 3)}@libero.it'

    def hops(self, t):
        return [(f'Received: from libero.it ([{self.client_ip}])\n\tby smtp-17.iol.local with ESMTPA\n'
                 f'\tid {self.a("lib", 22)}; {fmt(self.tz, t)}')]

    def extras(self):
        return [('X-Mailer', 'Libero Mail'), ('X-Originating-IP', f'[{self.client_ip}]')]

    def boundary(self, depth):
        return f'----=_Part_{digits(self.seed + str(depth), 5)}_{digits(self.seed + "x", 10)}.{epoch(self.m.utc)}{digits(self.seed + "y", 3)}'


class WP(Route):
    name = 'wp'
    client_ip = '83.29.140.11'

    def connect(self):
        return ('rekin37.wp.pl', 'rekin37.wp.pl', '212.77.101.37', '1.3')

    def msgid(self):
        return f'{self.h("wp", 32)}@wp.pl'

    def hops(self, t):
        return [(f'Received: (wp-smtpd smtp.wp.pl 26413 invoked from network); {fmt(self.tz, t)}'),
                (f'Received: from {self.client_ip.replace(".", "-")}.dynamic.chello.pl (HELO [192.168.1.12]) ({self.m.frm[1]}@[{self.client_ip}])\n'
                 f'          (envelope-sender <{self.m.frm[1]}>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n'
                 f'          for <{self.m.rcpt}>; {fmt(self.tz, t)}')]

    def extras(self):
        return [('X-Mailer', 'Poczta WP'), ('X-WP-MailID', self.h('wpm', 32))]


class Yandex(Route):
    name = 'yandex'
    tz = 'MSK'
    client_ip = '95.55.213.44'

    def connect(self):
        return ('forward501b.mail.yandex.net', 'forward501b.mail.yandex.net', '178.154.239.145', '1.3')

    def msgid(self):
        return f'{digits(self.seed, 16)}@mail.yandex.ru'

    def hops(self, t):
        return [
            (f'Received: from mail-nwsmtp-mxback-production-main-{digits(self.seed, 2)}.vla.yp-c.yandex.net\n'
             f'\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id {self.a("y1", 12)};\n\t{fmt("MSK", t)}'),
            (f'Received: from {digits(self.seed, 2)}.mail.yandex.ru (2a02:6b8:c0c:3b0d:0:640:8b2c:0 [2a02:6b8:c0c:3b0d:0:640:8b2c:0])\n'
             f'\tby mail-nwsmtp-mxback-production-main-{digits(self.seed, 2)}.vla.yp-c.yandex.net (mxback/Yandex) with HTTPS id {self.a("y2", 12)}-{self.a("y3", 8)};\n'
             f'\t{fmt("MSK", t)}'),
        ]

    def extras(self):
        return [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]

    def boundary(self, depth):
        return self.h('yb%d' % depth, 40)


class MailRu(Route):
    name = 'mail.ru'
    tz = 'MSK'
    client_ip = '176.59.12.88'

    def connect(self):
        return ('f741.i.mail.ru', 'f741.i.mail.ru', '217.69.128.206', '1.3')

    def msgid(self):
        return f'{epoch(self.m.utc)}.{digits(self.seed, 9)}@f741.i.mail.ru'

    def hops(self, t):
        return [f'Received: by f741.i.mail.ru with local (envelope-from <{self.m.frm[1]}>)\n\tid 1t{self.a("mr", 4)}-0000000{self.a("mr2", 4)}-{self.a("mr3", 4)}\n\tfor {self.m.rcpt}; {fmt("MSK", t)}',
                f'Received: by e.mail.ru with HTTP;\n\t{fmt("MSK", t)}']

    def extras(self):
        return [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', f'[{self.client_ip}]'),
                ('X-Priority', '3 (Normal)')]

    def boundary(self, depth):
        return f'--ALT--{self.h("mrb%d" % depth, 32, True)}{epoch(self.m.utc)}'


class Otenet(Route):
    name = 'otenet'
    tz = 'EET'
    client_ip = '94.66.221.17'

    def connect(self):
        return ('mailout-01.otenet.gr', 'mailout-01.otenet.gr', '83.235.67.116', '1.2')

    def msgid(self):
        from timez import local
        lt = local('EET', self.m.utc)
        return f'{lt:%Y%m%d%H%M%S}.Horde.{self.a("hd", 22)}@webmail.otenet.gr'

    def hops(self, t):
        return [(f'Received: from webmail.otenet.gr (webmail-03.otenet.gr [83.235.67.140])\n'
                 f'\tby mailout-01.otenet.gr (Postfix) with ESMTPSA id {pf_qid(self.seed + "ot", False)};\n'
                 f'\t{fmt("EET", t, comment=True)}'),
                (f'Received: from {self.client_ip} ([{self.client_ip}]) by webmail.otenet.gr\n'
                 f' (Horde Framework) with HTTPS; {fmt("EET", t)}')]

    def extras(self):
        return [('User-Agent', 'Horde Application Framework 5')]

    def boundary(self, depth):
        return f'=_{self.a("hb%d" % depth, 22)}'


class Yahoo(Route):
    name = 'yahoo'
    tz = 'CET'

    def connect(self):
        return ('sonic311-20.consmr.mail.ir2.yahoo.com', 'sonic311-20.consmr.mail.ir2.yahoo.com', '77.238.176.145', '1.2')

    def msgid(self):
        return f'{digits(self.seed, 10)}.{digits(self.seed + "y", 7)}.{epoch(self.m.utc)}{digits(self.seed + "z", 3)}@mail.yahoo.com'

    def hops(self, t):
        return [f'Received: from sonic.gate.mail.ne1.yahoo.com by sonic311.consmr.mail.ir2.yahoo.com with HTTP; {fmt("UTC", t)}']

    def extras(self):
        return [('X-Mailer', 'WebService/1.1.22806 YMailNorrin')]

    def boundary(self, depth):
        return f'----=_Part_{digits(self.seed + str(depth), 7)}_{digits(self.seed + "q", 9)}.{epoch(self.m.utc)}{digits(self.seed + "w", 3)}'


class Aruba(Route):
    """Aruba.it hosted mailbox (Italian SMB hosting)."""
    name = 'aruba'
    client_ip = '93.44.187.20'
    mua = 'outlook16'
    hstyle = 'outlook'

    def connect(self):
        n = 20 + int(digits(self.seed, 2)) % 40
        return (f'smtpcmd0{n}87.aruba.it', f'smtpcmd0{n}87.aruba.it', f'62.149.158.{n + 100}', '1.2')

    def msgid(self):
        return f'00{self.h("o1", 2)}01db{self.h("o3", 4)}${self.h("o4", 8)}${self.h("o5", 8)}$@{self.domain()}'

    def hops(self, t):
        return [f'Received: from DESKTOP{self.a("dk", 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")} ([{self.client_ip}])\n'
                f'\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {self.a("ar", 22)}; {fmt(self.tz, t, pad=False)}']

    def extras(self):
        return [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(self.seed)),
                ('Content-Language', 'it'), ('X-CMAE-Envelope', f'MS4xfP{self.a("cmae", 80)}')]

    def boundary(self, depth):
        return f'----=_NextPart_00{depth}_00{self.h("np", 2, True)}_01DB{self.h("np2", 4, True)}.{self.h("np3", 8, True)}'


class Zoho(Route):
    name = 'zoho'
    tz = 'UK'

    def connect(self):
        return ('sender4-op-o15.zoho.eu', 'sender4-op-o15.zoho.eu', '136.143.169.15', '1.2')

    def msgid(self):
        return f'{self.h("z1", 11)}.{self.h("z2", 11)}.{digits(self.seed, 19)}@{self.domain()}'

    def hops(self, t):
        return [f'Received: from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id {epoch(t)}{digits(self.seed, 3)}{digits(self.seed + "k", 9)}.{digits(self.seed + "j", 7)};\n\t{fmt(self.tz, t)}']

    def extras(self):
        return [('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]

    def boundary(self, depth):
        return f'----=_Part_{digits(self.seed + str(depth), 6)}_{digits(self.seed + "z", 9)}.{epoch(self.m.utc)}{digits(self.seed + "w", 3)}'


class Yandex360(Yandex):
    """Custom domain hosted on Yandex 360 (abused genuine service)."""
    name = 'yandex360'

    def msgid(self):
        return f'{digits(self.seed, 16)}@mail.yandex.ru'


# ------------------------------------------------------------ ESPs
class SendGrid(Route):
    name = 'sendgrid'
    em = 'em8842'
    tz = 'UTC'

    def connect(self):
        n = int(digits(self.seed, 3)) % 200 + 10
        return (f'o{n}.ptr{digits(self.seed, 4)}.{self.domain()}', f'o{n}.ptr{digits(self.seed, 4)}.{self.domain()}',
                f'149.72.{n % 255}.{(n * 7) % 255}', '1.3')

    def envfrom(self):
        return f'bounces+{digits(self.seed, 8)}-{self.h("sgb", 4)}-{self.m.rcpt.replace("@", "=")}@{self.em}.{self.domain()}'

    def msgid(self):
        return f'{self.a("sgm", 22)}@geopod-ismtpd-{int(digits(self.seed, 2)) % 40}'

    def hops(self, t):
        return [f'Received: by recvd-{self.h("sg1", 10)}-{self.a("sg2", 5, "abcdefghijklmnopqrstuvwxyz0123456789")} with SMTP id recvd-{self.a("sg3", 22)}\n'
                f'\t{fmt("UTC", t)} (UTC)'.replace(' +0000 (UTC)', '.{} +0000 (UTC)'.format(digits(self.seed, 9))),
                f'Received: from {self.h("sgh", 8)} (unknown)\n\tby geopod-ismtpd-{int(digits(self.seed, 2)) % 40} (SG) with HTTP\n\tid {self.a("sgid", 22)}\n\tfor <{self.m.rcpt}>;\n\t{fmt("UTC", t)} (UTC)'.replace(' +0000 (UTC)', '.{} +0000 (UTC)'.format(digits(self.seed + "u", 3)))]

    def extras(self):
        return [('X-SG-EID', self.a('eid', 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
                ('X-SG-ID', self.a('sgi', 80, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
                ('X-Entity-ID', 'u001.' + self.a('ent', 20))]


class Mailgun(Route):
    name = 'mailgun'
    tz = 'UTC'
    sub = 'mg'

    def connect(self):
        return ('m{}-{}.mailgun.net'.format(int(digits(self.seed, 3)) % 250, int(digits(self.seed + 'p', 2)) % 9),
                'm{}-{}.mailgun.net'.format(int(digits(self.seed, 3)) % 250, int(digits(self.seed + 'p', 2)) % 9),
                f'159.135.{228 + int(digits(self.seed, 1)) % 4}.{int(digits(self.seed, 3)) % 250}', '1.2')

    def envfrom(self):
        return f'bounce+{self.h("mgb", 6)}.{self.h("mgc", 6)}-{self.m.rcpt.replace("@", "=")}@{self.sub}.{self.domain()}'

    def msgid(self):
        return f'{self.h("mgm", 17)}.{self.h("mgn", 16)}@{self.sub}.{self.domain()}'

    def hops(self, t):
        return [f'Received: by {self.h("mgr", 13)} with HTTP id {self.h("mgi", 24)}; {fmt("UTC", t)}']

    def extras(self):
        return [('X-Mailgun-Sid', self.a('sid', 60)), ('X-Mailgun-Variables', '{"campaign": "%s"}' % self.a('cmp', 8).lower())]


class Brevo(Route):
    name = 'brevo'
    tz = 'CET'

    def connect(self):
        n = 100 + int(digits(self.seed, 2)) % 100
        return (f'smtp-relay.sendinblue.com', f'm{n}.r.sendinblue.com', f'77.32.148.{n}', '1.3')

    def envfrom(self):
        return f'bounces-{self.a("brb", 12)}@{self.domain()}'

    def msgid(self):
        return f'{self.h("br1", 12)}.{self.h("br2", 16)}@smtp-relay.mailin.fr'

    def hops(self, t):
        return [f'Received: by smtp-relay.sendinblue.com with ESMTP id {self.a("brid", 22)}; {fmt(self.tz, t)}']

    def extras(self):
        return [('X-Mailin-EID', self.a('eid', 40)), ('X-sib-id', self.a('sib', 60) + '_'),
                ('Origin-messageId', f'<{self.h("om", 24)}@smtp-relay.mailin.fr>'),
                ('X-CSA-Complaints', 'csa-complaints@eco.de')]


class SES(Route):
    name = 'ses'
    tz = 'UTC'
    region = 'eu-west-1'

    def connect(self):
        n = 10 + int(digits(self.seed, 2)) % 80
        return (f'a7-{n}.smtp-out.{self.region}.amazonses.com', f'a7-{n}.smtp-out.{self.region}.amazonses.com',
                f'54.240.7.{n}', '1.2')

    def _id(self):
        return f'0102019{self.h("s1", 9)}-{self.h("s2", 8)}-{self.h("s3", 4)}-{self.h("s4", 4)}-{self.h("s5", 4)}-{self.h("s6", 12)}-000000'

    def envfrom(self):
        return f'{self._id()}@{self.region}.amazonses.com'

    def msgid(self):
        return f'{self._id()}@email.amazonses.com'

    def hops(self, t):
        return []

    def extras(self):
        return [('Feedback-ID', f'::1.{self.region}.{self.a("fb", 43)}=:AmazonSES'),
                ('X-SES-Outgoing', f'{local_date(self.m.utc)}-54.240.7.{10 + int(digits(self.seed, 2)) % 80}')]


def local_date(utc):
    return f'{utc:%Y.%m.%d}'


class Mailchimp(Route):
    name = 'mailchimp'
    tz = 'UTC'
    dc = 'us21'
    user = None
    listid = None

    def h(self, tag, n=32, upper=False):
        if tag == 'cmp1' and self.user:
            return self.user[:n]
        return Route.h(self, tag, n, upper)

    def connect(self):
        n = int(digits(self.seed, 2)) % 60 + 5
        return (f'mail{n}.suw121.mcdlv.net', f'mail{n}.suw121.mcdlv.net', f'198.2.179.{n}', '1.2')

    def envfrom(self):
        return f'bounce-mc.{self.dc}_{digits(self.seed, 9)}.{digits(self.seed + "c", 6)}-{self.h("mc", 10)}@mail{int(digits(self.seed, 2)) % 60 + 5}.suw121.mcdlv.net'

    def msgid(self):
        return f'{self.h("mcm", 32)}.{digits(self.seed, 8)}@mail{int(digits(self.seed, 2)) % 60 + 5}.suw121.mcdlv.net'

    def hops(self, t):
        return [f'Received: from localhost (localhost [127.0.0.1])\n\tby mail{int(digits(self.seed, 2)) % 60 + 5}.suw121.mcdlv.net (Mailchimp) with ESMTP id 4Q{self.a("mcq", 10)}\n\tfor <{self.m.rcpt}>; {fmt("UTC", t)}']

    def extras(self):
        return [('X-Mailer', 'Mailchimp Mailer - **CID' + self.h('cid', 20) + '**'),
                ('X-Campaign', f'mailchimp{self.h("cmp1", 20)}.{self.h("cmp2", 10)}'),
                ('X-campaignid', f'mailchimp{self.h("cmp1", 20)}.{self.h("cmp2", 10)}'),
                ('X-Report-Abuse', f'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={self.h("cmp1", 20)}&id={self.h("cmp2", 10)}&e={self.h("e", 10)}'),
                ('X-MC-User', self.h('cmp1', 20)),
                ('Feedback-ID', f'{digits(self.seed, 8)}:{digits(self.seed + "f", 8)}.{digits(self.seed, 6)}:{self.dc}:mc')]


# ------------------------------------------------------------ real services
class Service(Route):
    """Notifications from large real platforms."""
    kind = 'google'
    preamble = False

    def connect(self):
        k = self.kind
        if k == 'google':
            return ('mail-sor-f69.google.com', 'mail-sor-f69.google.com', '209.85.220.69', '1.3')
        if k == 'microsoft':
            return ('NAM12-BN8-obe.outbound.protection.outlook.com', 'mail-bn8nam12on2075.outbound.protection.outlook.com', '40.107.237.75', '1.2')
        if k == 'github':
            return ('out-26.smtp.github.com', 'out-26.smtp.github.com', '192.30.252.209', '1.3')
        if k == 'yandex':
            return ('forward101a.mail.yandex.net', 'forward101a.mail.yandex.net', '178.154.239.80', '1.3')
        if k == 'docusign':
            return ('mailfr.eu.docusign.net', 'mailfr.eu.docusign.net', '185.81.100.27', '1.2')
        if k == 'paypal':
            return ('mx0.slc.paypal.com', 'mx0.slc.paypal.com', '173.0.84.225', '1.2')
        if k == 'ariba':
            return ('smtp1.ansmtp.ariba.com', 'smtp1.ansmtp.ariba.com', '216.109.104.5', '1.2')
        raise KeyError(k)

    def envfrom(self):
        k = self.kind
        if k == 'google':
            return f'3{self.a("gr", 20)}@accounts.google.com' if 'accounts' in self.m.frm[1] else self.m.frm[1]
        if k == 'github':
            return f'bounces+{digits(self.seed, 7)}-{self.h("gh", 4)}-{self.m.rcpt.replace("@", "=")}@sgmail.github.com'
        if k == 'docusign':
            return 'bounces@eu.docusign.net'
        if k == 'paypal':
            return 'service@paypal.co.uk'
        if k == 'microsoft':
            return 'account-security-noreply@accountprotection.microsoft.com'
        return self.m.frm[1]

    @property
    def tz(self):
        return {'google': 'PT', 'microsoft': 'UTC', 'github': 'UTC', 'yandex': 'MSK',
                'docusign': 'UTC', 'paypal': 'PT', 'ariba': 'PT'}[self.kind]

    def msgid(self):
        k = self.kind
        if k == 'google':
            return f'{self.a("g1", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}@google.com'
        if k == 'microsoft':
            return f'{self.h("ms", 32, True)}@{self.a("ms2", 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}PEPF0000{self.h("ms3", 4, True)}.namprd12.prod.outlook.com'
        if k == 'github':
            return f'{self.a("ghm", 8, "abcdef0123456789")}-{digits(self.seed, 10)}@github.com'
        if k == 'yandex':
            return f'{digits(self.seed, 18)}@mail-nwsmtp-smtp-production-main-21.sas.yp-c.yandex.net'
        if k == 'docusign':
            return f'{self.h("ds", 32)}@docusign.net'
        if k == 'paypal':
            return f'{self.h("pp", 13)}.{self.h("pp2", 6)}@mx0.slc.paypal.com'
        return f'{self.h("ar", 24)}@ansmtp.ariba.com'

    def hops(self, t):
        k = self.kind
        if k == 'google':
            return [f'Received: by mail-sor-f69.google.com with SMTP id {self.h("sg", 16)}so{digits(self.seed, 6)}qkb.5\n'
                    f'        for <{self.m.rcpt}>\n        (Google Transport Security);\n        {fmt("PT", t, comment=True)}',
                    f'X-Google-Smtp-Source: AGHT+I{self.a("gx", 70)}',
                    f'X-Received: by 2002:a05:620a:{self.h("a", 4)}:b0:{self.h("b", 3)}:{self.h("c", 4)}:{self.h("d", 4)} with SMTP id {self.a("e", 14, "abcdefghijklmnopqrstuvwxyz0123456789")}.{digits(self.seed, 2)}.{epoch(t)}{digits(self.seed, 3)};\n        {fmt("PT", t, comment=True)}']
        if k == 'microsoft':
            return [f'Received: from CH2PR12MB{digits(self.seed, 4)}.namprd12.prod.outlook.com (2603:10b6:610:{self.h("m1", 3)}::{int(self.h("m2", 2), 16) % 20}) by\n'
                    f' SA1PR12MB{digits(self.seed + "x", 4)}.namprd12.prod.outlook.com (2603:10b6:806:{self.h("m3", 3)}::7) with\n'
                    f' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8606.22; {fmt("UTC", t)}']
        if k == 'github':
            return [f'Received: from github.com (hubbernetes-node-{self.h("hn", 6)}.ash1-iad.github.net [10.56.{int(digits(self.seed, 3)) % 250}.{int(digits(self.seed + "q", 3)) % 250}])\n'
                    f'\tby smtp.github.com (Postfix) with ESMTPA id {pf_qid(self.seed + "gh", False)}\n\tfor <{self.m.rcpt}>; {fmt("PT", t, comment=False)}']
        if k == 'yandex':
            return [f'Received: from mail-nwsmtp-smtp-production-main-21.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-21.sas.yp-c.yandex.net [IPv6:2a02:6b8:c08:b8a:0:640:2d8c:0])\n'
                    f'\tby forward101a.mail.yandex.net (Yandex) with ESMTPS id {self.a("yf", 12)}\n\tfor <{self.m.rcpt}>; {fmt("MSK", t)}']
        if k == 'docusign':
            return [f'Received: from docusign.net (10.190.{int(digits(self.seed, 2))}.{int(digits(self.seed + "d", 2))}) by mailfr.eu.docusign.net id {self.h("dsr", 12)} for <{self.m.rcpt}>; {fmt("UTC", t)}']
        if k == 'paypal':
            return [f'Received: from ccg01mail07.ccg01.paypalcorp.com (unknown [10.5.172.{int(digits(self.seed, 2))}])\n'
                    f'\tby mx0.slc.paypal.com (Postfix) with ESMTP id {pf_qid(self.seed + "pp", False)}\n\tfor <{self.m.rcpt}>; {fmt("PT", t)}']
        return [f'Received: from ansmtp.ariba.com by smtp1.ansmtp.ariba.com with ESMTP id {self.h("ab", 16)}; {fmt("PT", t)}']

    def extras(self):
        k = self.kind
        if k == 'github':
            return [('X-GitHub-Recipient-Address', self.m.rcpt), ('X-Auto-Response-Suppress', 'All')]
        if k == 'docusign':
            return [('X-API-Host', 'docusign.net'), ('X-Auto-Response-Suppress', 'All'),
                    ('X-DocuSign-Envelope-Id', det_uuid(self.seed + 'env'))]
        if k == 'paypal':
            return [('X-MaxCode-Template', 'RT000' + digits(self.seed, 3)), ('PP-Correlation-Id', self.h('ppc', 13)),
                    ('X-Email-Type-Id', 'RT000' + digits(self.seed, 3))]
        if k == 'microsoft':
            return [('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted')]
        if k == 'google':
            return [('Feedback-ID', f'{self.a("fb", 8, "0123456789")}:account-notifier')]
        return []

    def boundary(self, depth):
        if self.kind == 'google':
            return '000000000000' + self.h('b%d' % depth, 16)
        return f'----=_Part_{digits(self.seed + str(depth), 7)}_{digits(self.seed + "b", 9)}.{epoch(self.m.utc)}{digits(self.seed + "c", 3)}'
