"""Sending infrastructures: each returns the connecting client seen by mx01,
the sender's own Received hops, system-specific headers and a Message-ID in
that system's style."""
from mime import rhex, ralnum, ruuid, rfcdate
import base64
import datetime as _dt


def _t(when, secs):
    return when - _dt.timedelta(seconds=secs)


def _ip(rng, prefix):
    parts = prefix.rstrip('.').split('.')
    while len(parts) < 4:
        parts.append(str(rng.randrange(2, 250)))
    return '.'.join(parts)


class Infra:
    def __init__(self, helo, rdns, ip, hops, headers=(), msgid=None, return_path=None,
                 tls=True, boundary='generic'):
        self.helo, self.rdns, self.ip, self.hops = helo, rdns, ip, hops
        self.headers, self.msgid, self.return_path = list(headers), msgid, return_path
        self.tls, self.boundary = tls, boundary


def _ms_id(rng, host):
    return '<%s%s@%s>' % (host.split('.')[0], rhex(rng, 16, True), host)


# ------------------------------------------------------------ internal ----
def internal(rng, when, rcpt, sender_ip='10.20.44.%d'):
    exch = 'EXCH0%d.corp.example.com' % rng.choice((1, 2))
    other = 'EXCH01.corp.example.com' if exch.startswith('EXCH02') else 'EXCH02.corp.example.com'
    ip1 = '10.20.1.1%s' % exch[5]
    ip2 = '10.20.1.1%s' % other[5]
    qid = rhex(rng, 11, True)
    hops = [
        ('from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>'
         % (exch, exch.lower(), ip1, qid, rcpt), 2, 'cet'),
        ('from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10'
         % (other, ip2, exch, ip1), 3, 'cet'),
        ('from %s ([fe80::%s:%s:%s:%s]) by\n %s ([fe80::%s:%s:%s:%s%%13]) with mapi id\n 15.02.1748.010'
         % (other, rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), other,
            rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4)), 3, 'cet'),
    ]
    ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
    hdr = ['Thread-Index: ' + ti, 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ',
           'x-originating-ip: [%s]' % (sender_ip % rng.randrange(20, 200))]
    return Infra('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', hops, hdr,
                 '<%s@%s>' % (rhex(rng, 32), exch), tls=True, boundary='outlook')


# ------------------------------------------------------- Microsoft cloud ---
_EOP = {
    'de': ('FR', 'DEUP281', 'germanywestcentralazon11020', '52.101.169.'),
    'eu': ('AM', 'EURPRD07', 'eur05on2', '40.107.22.'),
    'gb': ('LO', 'GBRP123', 'uksouthazon11021', '52.101.196.'),
    'nam': ('BN', 'namprd05', 'nam12on2', '40.107.92.'),
}


def eop(rng, when, region='de', consumer=False):
    pre, dom, rd, net = _EOP[region]
    host = '%s%sP%sMB%d' % (pre, rng.choice('0123456789'), rng.choice(('281', '193', '195', '251')),
                            rng.randrange(1000, 9999))
    if region in ('eu', 'nam'):
        host = '%s%dPR%02dMB%d' % (pre, rng.randrange(1, 9), rng.randrange(1, 99), rng.randrange(1000, 9999))
    full = '%s.%s.PROD.OUTLOOK.COM' % (host, dom.upper())
    if consumer:
        net = '40.92.%d.' % rng.randrange(16, 110)
        rd = 'eur0%dolkn2' % rng.randrange(1, 6)
    ip = _ip(rng, net)
    last = ip.split('.')[-1]
    helo = ('EUR0%d-%s%d-obe.outbound.protection.outlook.com' % (rng.randrange(1, 6), rng.choice(['DB8', 'AM6', 'VI1']), rng.randrange(1, 9))
            if consumer else '%s%dCU%03d.outbound.protection.outlook.com' % (pre, rng.randrange(2, 9), rng.randrange(1, 99)))
    rdns = 'mail-%s%s.outbound.protection.outlook.com' % (rd, last)
    hops = [('from %s (2603:10a6:%s::%s) by\n %s (2603:10a6:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d'
             % (full, rhex(rng, 3), rhex(rng, 2), full.replace(host, host[:-2] + str(rng.randrange(10, 99))), rhex(rng, 3), rhex(rng, 2),
                rng.randrange(8100, 8400), rng.randrange(10, 30)), 1, 'utc'),
            ('from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%3]) with mapi id 15.20.%d.%d'
             % (full, rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), full,
                rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rng.randrange(8100, 8400), rng.randrange(10, 30)), 2, 'utc')]
    ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
    hdr = ['Thread-Index: ' + ti, 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ',
           'msip_labels: ', 'x-ms-publictraffictype: Email',
           'X-MS-Exchange-CrossTenant-Network-Message-Id: ' + ruuid(rng)]
    return Infra(helo, rdns, ip, hops, hdr, _ms_id(rng, full), boundary='outlook')


# ---------------------------------------------------------------- Google --
def gmail(rng, when, sender):
    n = rng.choice(['ed1-f%d', 'wr1-f%d', 'ej1-f%d', 'lf1-f%d', 'wm1-f%d'])
    last = rng.randrange(41, 79)
    net = {'ed1': '209.85.208.', 'wr1': '209.85.221.', 'ej1': '209.85.218.',
           'lf1': '209.85.167.', 'wm1': '209.85.128.'}[n[:3]]
    host = 'mail-' + n % last + '.google.com'
    smtp_id = '%s-%s' % (rng.choice(['4fb4d7f45d1cf', 'ffacd0b85a97d', 'a640c23a62f3a', '2adb3069b0e04']),
                         ralnum(rng, 12, 'abcdef0123456789'))
    hops = [('by %s with SMTP id %s\n        for <%%RCPT%%>' % (host, smtp_id), 1, 'pst')]
    hdr = ['X-Google-DKIM-Signature: ' if False else 'X-Gm-Message-State: AOJu0Y' + ralnum(rng, 60),
           'X-Google-Smtp-Source: AGHT+I' + ralnum(rng, 58),
           'X-Received: by 2002:a05:6402:%s:b0:5c9:%s with SMTP id %s;\n        %s' % (rhex(rng, 4), rhex(rng, 6), smtp_id, rfcdate(_t(when, 2), 'pst')),
           'X-Gm-Features: ' + ralnum(rng, 40)]
    cid = 'CA' + ralnum(rng, 1, '+ABCDEFGHIJKLMNOP') + ralnum(rng, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-=') + '@mail.gmail.com'
    return Infra(host, host, net + str(last), hops, [h for h in hdr if h], '<%s>' % cid, boundary='gmail')


def google_notify(rng, when):
    last = rng.randrange(65, 79)
    host = 'mail-sor-f%d.google.com' % last
    hops = [('by %s (Google Transport Security) with SMTPS id %s\n        for <%%RCPT%%>'
             % (host, 'af79cd13be357-' + rhex(rng, 12)), 0, 'pst')]
    hdr = ['X-Google-Smtp-Source: AGHT+I' + ralnum(rng, 58), 'X-Notifications: ' + rhex(rng, 16),
           'X-Notifications-Bounce-Info: A' + ralnum(rng, 40)]
    return Infra(host, host, '209.85.220.%d' % last, hops, hdr,
                 '<%s@notifications.google.com>' % ralnum(rng, 22), tls=True, boundary='gmail')


# --------------------------------------------------------- consumer mail --
def gmx(rng, when, sender, client_ip=None):
    box = 'mrgmx%03d' % rng.randrange(1, 120)
    hops = [('from [192.168.178.%d] ([%s]) by mail.gmx.net (%s\n [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1t%s'
             % (rng.randrange(20, 60), client_ip or _ip(rng, '91.64'), box, rng.randrange(160, 190), ralnum(rng, 6), ralnum(rng, 11)), 1, 'cet')]
    hdr = ['X-Provags-ID: V03:K1:' + ralnum(rng, 60), 'X-UI-Out-Filterresults: notjunk:1;V03:K0:' + ralnum(rng, 11)]
    return Infra('mout.gmx.net', 'mout.gmx.net', '212.227.15.%d' % rng.choice((15, 18, 19)), hops, hdr,
                 '<%s@gmx.de>' % ruuid(rng), boundary='thunderbird')


def libero(rng, when, sender):
    n = rng.randrange(20, 60)
    hops = [('from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; ' % (_ip(rng, '151.38'), n, ralnum(rng, 14)), 1, 'cet')]
    mid = '<%d.%d.%d@mail.libero.it>' % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 12, 10 ** 13))
    return Infra('libero.it', 'smtp-%d-i2.italiaonline.it' % n, '213.209.10.%d' % n, hops,
                 ['X-Mailer: Libero Mail', 'Importance: Normal', 'X-Priority: 3 (Normal)'], mid)


def wp(rng, when, sender):
    hops = [('from [%s] by mx.wp.pl (WP-SMTPD) with ESMTPSA id %s' % (_ip(rng, '83.27'), ralnum(rng, 12)), 1, 'cet')]
    return Infra('mx4.wp.pl', 'mx4.wp.pl', '212.77.101.12', hops,
                 ['X-WP-MailID: ' + rhex(rng, 32), 'X-Mailer: Poczta WP'], '<%s@grupawp.pl>' % rhex(rng, 32))


def otenet(rng, when, sender):
    c = _ip(rng, '79.103')
    hops = [('from DESKTOP-%s (athedsl-%d.home.otenet.gr [%s])\n\tby mailout01.otenet.gr (8.15.2/8.15.2) with ESMTPSA id %s'
             % (ralnum(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), rng.randrange(10 ** 5, 10 ** 6), c, ralnum(rng, 14)), 1, 'eet')]
    return Infra('mailout01.otenet.gr', 'mailout01.otenet.gr', '83.235.69.%d' % rng.randrange(10, 40), hops,
                 ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: A' + ralnum(rng, 30), 'Content-Language: el'],
                 '<%s$%s$%s@otenet.gr>' % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8)), boundary='outlook')


def yandex(rng, when, sender, web=True, domain='yandex.ru'):
    fwd = 'forward%d%s.mail.yandex.net' % (rng.randrange(100, 503), rng.choice('abcd'))
    nw = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randrange(10, 99), rng.choice(['vla', 'sas', 'iva', 'klg']))
    hops = [('from %s (%s\n\t[2a02:6b8:c0c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s'
             % (nw, nw, rhex(rng, 4), rhex(rng, 4), fwd, ralnum(rng, 12)), 1, 'msk'),
            ('by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t' % (nw, ralnum(rng, 10), ralnum(rng, 8)), 2, 'msk')]
    mid = '<%d%d@mail.yandex.ru>' % (rng.randrange(10 ** 5, 10 ** 6), int(when.timestamp()))
    hdr = ['X-Yandex-Fwd: 1'] if web else []
    if web:
        hdr.append('X-Mailer: Yamail [ http://yandex.ru ] 5.0')
    return Infra(fwd, fwd, '178.154.239.%d' % rng.randrange(70, 220), hops, hdr, mid)


def mailru(rng, when, sender):
    n = rng.randrange(30, 60)
    host = 'smtp%d.i.mail.ru' % n
    hops = [('by %s with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s' % (host, sender, ralnum(rng, 5), rhex(rng, 11), ralnum(rng, 4)), 1, 'msk')]
    return Infra(host, host, '95.163.41.%d' % n, hops, ['X-Mailer: Mail.Ru Mailer 1.0', 'X-Mras: Ok'],
                 '<%d.%d@f%d.i.mail.ru>' % (int(when.timestamp()), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(100, 999)))


# ------------------------------------------------------------- ESPs -------
def sendgrid(rng, when, domain, rcpt):
    sub = ralnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz')
    host = '%s.outbound-mail.sendgrid.net' % sub
    hops = [('by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-%d-%s-%d\n        %s'
             % (rhex(rng, 10), ralnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), rhex(rng, 10),
                ralnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randrange(1, 40), rhex(rng, 8, True),
                rng.randrange(1, 40), ''), 1, 'utc'),
            ('from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s' % (rhex(rng, 6), rng.randrange(1, 40), ralnum(rng, 22)), 2, 'utc')]
    uid = rng.randrange(10 ** 7, 10 ** 8)
    rp = 'bounces+%d-%s-%s@em%d.%s' % (uid, rhex(rng, 4), rcpt.replace('@', '='), rng.randrange(1000, 9999), domain)
    hdr = ['X-SG-EID: \n =?us-ascii?Q?' + ralnum(rng, 60) + '?=', 'X-Entity-ID: u001.' + ralnum(rng, 22)]
    return Infra(host, host, '149.72.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250)), hops, hdr,
                 '<%s@geopod-ismtpd-%d>' % (ralnum(rng, 22), rng.randrange(1, 40)), rp, boundary='generic')


def mailgun(rng, when, domain, rcpt, eu=True):
    a, b = rng.randrange(32, 48), rng.randrange(1, 250)
    host = 'm%d-%d.%smailgun.net' % (a, b, 'eu.' if eu else '')
    hops = [('by %s with HTTP id %s; ' % (ruuid(rng)[:8] + '.mailgun.internal' if False else 'smtp-out-n%02d.prod.%s.postgun.com' % (rng.randrange(1, 40), 'eu-west-1' if eu else 'us-east-1'),
                                           rhex(rng, 24)), 1, 'utc')]
    mg = 'mg.' + domain
    ts = rfcdate(when, 'utc')
    mid = '<%s.%s@%s>' % (when.strftime('%Y%m%d%H%M%S'), rhex(rng, 16), mg)
    rp = 'bounce+%s.%d-%s@%s' % (rhex(rng, 6), rng.randrange(10 ** 5, 10 ** 6), rcpt.replace('@', '='), mg)
    return Infra(host, host, '141.193.%d.%d' % (a, b), hops,
                 ['X-Mailgun-Sid: W' + ralnum(rng, 40), 'X-Mailgun-Tag: notifica'], mid, rp)


def brevo(rng, when, domain, rcpt):
    n = rng.randrange(1, 250)
    host = 'smtp-relay.mailin.fr'
    rdns = 'mail%d.%s.mailin.fr' % (n, rng.choice(['sib', 'r']))
    hops = [('from [127.0.0.1] by smtp-relay.mailin.fr (Brevo) with HTTP id %s' % rhex(rng, 20), 1, 'utc')]
    mid = '<%s.%d@smtp-relay.mailin.fr>' % (when.strftime('%Y%m%d%H%M'), rng.randrange(10 ** 10, 10 ** 11))
    rp = 'bounces-%d-%d@%s' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 4, 10 ** 5), 'bounces.' + domain)
    return Infra(host, rdns, '185.107.232.%d' % n, hops,
                 ['X-Mailer: Sendinblue', 'X-sib-id: ' + ralnum(rng, 60), 'Feedback-ID: 185.107.232.%d:%d_-1:%d:Brevo' % (n, rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7))],
                 mid, rp)


def ses(rng, when, rcpt, region='eu-west-1'):
    a, b = rng.choice([(7, rng.randrange(1, 60)), (6, rng.randrange(1, 60))])
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (a, b, region)
    pid = '0102%s-%s-000000' % (rhex(rng, 12), ruuid(rng))
    return Infra(host, host, '54.240.%d.%d' % (a, b), [], [
        'Feedback-ID: ::1.%s.%s=:AmazonSES' % (region, ralnum(rng, 43)),
        'X-SES-Outgoing: %s-54.240.%d.%d' % (when.strftime('%Y.%m.%d'), a, b)],
        '<%s@%s.amazonses.com>' % (pid, region), '%s@%s.amazonses.com' % (pid, region))


def mailchimp(rng, when, rcpt, user='us21'):
    a, b = rng.randrange(160, 200), rng.randrange(1, 40)
    host = 'mail%d-%d.suw21.mcsv.net' % (a, b)
    hops = [('from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4Z%s' % (host, ralnum(rng, 12)), 1, 'utc')]
    cid = rhex(rng, 10)
    uid = rhex(rng, 25)
    rp = 'bounce-mc.%s_%d.%d-%s@%s' % (user, rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 5, 10 ** 6), rhex(rng, 10), host)
    hdr = ['X-Mailer: Mailchimp Mailer - **CID%s%s**' % (cid, rhex(rng, 10)), 'X-Campaign: mailchimp%s.%s' % (uid, cid),
           'X-campaignid: mailchimp%s.%s' % (uid, cid), 'X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s' % (uid, cid),
           'X-MC-User: ' + uid, 'Feedback-ID: %d:%d.%d:%s:mc' % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 5, 10 ** 6), user)]
    return Infra(host, host, '198.2.%d.%d' % (a, b), hops, hdr,
                 '<%s.%s@suw21.mcsv.net>' % (rhex(rng, 20), rhex(rng, 12)), rp), uid, cid


def cleverreach(rng, when, rcpt):
    n = rng.randrange(10, 99)
    host = 'mail%d-%d.crsend.com' % (rng.randrange(1, 9), n)
    return Infra(host, host, '94.143.%d.%d' % (rng.randrange(100, 110), n), [],
                 ['X-Mailer: CleverReach', 'X-CSA-Complaints: csa-complaints@eco.de'],
                 '<%s@crsend.com>' % rhex(rng, 32), 'bounce-%s@bounces.crsend.com' % ralnum(rng, 24))


# ---------------------------------------------------------- services ------
def docusign(rng, when):
    n = rng.randrange(30, 60)
    host = 'mailfra.docusign.net'
    hops = [('from docusign.net (unknown [10.21.%d.%d]) by mailfra.docusign.net (Postfix) with ESMTP id %s' % (rng.randrange(1, 250), n, ralnum(rng, 12)), 1, 'utc')]
    return Infra(host, host, '185.81.100.%d' % n, hops, ['X-DocuSign-ISO: 1', 'X-API-Host: fra'],
                 '<%s@docusign.net>' % rhex(rng, 32), 'bounces@eumail.docusign.net', boundary='generic')


def github(rng, when):
    n = rng.randrange(20, 34)
    host = 'out-%d.smtp.github.com' % n
    hops = [('from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4Z%s\n\tfor <%%RCPT%%>'
             % (ralnum(rng, 5, 'abcdef0123456789'), rng.randrange(1, 250), rng.randrange(1, 250), ralnum(rng, 10)), 1, 'pst')]
    return Infra(host, host, '192.30.252.%d' % (190 + n), hops, ['X-GitHub-Reason: security', 'X-Auto-Response-Suppress: All'],
                 '<%s@github.com>' % ralnum(rng, 20, 'abcdef0123456789'), 'noreply@github.com')


def paypal(rng, when):
    host = 'mx0.slc.paypal.com'
    hops = [('from notification-%d.slc.paypal.com (unknown [10.72.%d.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s' % (rng.randrange(10, 99), rng.randrange(1, 250), rng.randrange(1, 250), rhex(rng, 10, True)), 1, 'pst')]
    return Infra(host, host, '173.0.84.226', hops,
                 ['X-PP-REQUESTED-TIME: %d' % (int(when.timestamp() * 1000)), 'X-PP-Email-transmission-Id: ' + ruuid(rng),
                  'PP-Correlation-Id: ' + rhex(rng, 13), 'X-Email-Type-Id: PPX001020'],
                 '<%s.%d@paypal.com>' % (rhex(rng, 16), rng.randrange(10 ** 5, 10 ** 6)), 'service@intl.paypal.com')


def ms_notify(rng, when):
    i = eop(rng, when, 'nam')
    i.headers = ['X-MS-Exchange-Organization-AuthSource: ' + 'BN1PR05MB' if False else 'X-Microsoft-Antispam-Message-Info: ' + ralnum(rng, 40)][:0]
    return i


# ----------------------------------------------------- generic servers ----
def postfix_host(rng, when, helo, rdns, ip, webmail=None, client=None, zone='cet'):
    """A small Postfix server (own company server or attacker VPS)."""
    qid = rhex(rng, 10, True)
    if webmail == 'roundcube':
        hops = [('from [%s] (%s) by %s (Postfix) with ESMTPSA id %s' % (client or _ip(rng, '10.0.0'), 'localhost [127.0.0.1]', helo, qid), 1, zone)]
        hdr = ['User-Agent: Roundcube Webmail/1.6.9']
        mid = '<%s@%s>' % (rhex(rng, 32), helo.split('.', 1)[1])
    elif webmail == 'phpmailer':
        hops = [('by %s (Postfix, from userid 33)\n\tid %s' % (helo, qid), 1, zone)]
        hdr = ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)']
        mid = '<%s@%s>' % (ralnum(rng, 43), helo.split('.', 1)[1])
    else:
        hops = [('from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s' % (client or '192.168.1.%d' % rng.randrange(10, 200), client or _ip(rng, '185.220'), helo, qid), 1, zone)]
        hdr = []
        mid = None
    return Infra(helo, rdns, ip, hops, hdr, mid)


def exim_cpanel(rng, when, server, ip, sender, client_ip, helo_client=None, zone='cet'):
    eid = '1t%s-%s-%s' % (ralnum(rng, 4), ralnum(rng, 7), ralnum(rng, 2))
    hops = [('from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %%RCPT%%'
             % (client_ip, rng.randrange(49152, 65535), helo_client or '[%s]' % client_ip, server, sender, eid), 1, zone)]
    dom = sender.split('@')[1]
    hdr = ['X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
           'X-AntiAbuse: Primary Hostname - ' + server,
           'X-AntiAbuse: Original Domain - example.com',
           'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
           'X-AntiAbuse: Sender Address Domain - ' + dom,
           'X-Get-Message-Sender-Via: %s: authenticated_id: %s' % (server, sender),
           'X-Authenticated-Sender: %s: %s' % (server, sender)]
    return Infra(server, server, ip, hops, hdr, None)


def ionos(rng, when, client_ip=None):
    box = 'mreue%03d' % rng.randrange(100, 120)
    hops = [('from [192.168.2.%d] ([%s]) by mrelayeu.kundenserver.de\n (%s [212.227.15.%d]) with ESMTPSA (Nemesis) id 1M%s-1s%s'
             % (rng.randrange(10, 90), client_ip or _ip(rng, '93.240'), box, rng.randrange(160, 190), ralnum(rng, 6), ralnum(rng, 11)), 1, 'cet')]
    return Infra('mout.kundenserver.de', 'mout.kundenserver.de', '217.72.192.%d' % rng.choice((73, 74, 75)), hops,
                 ['X-Provags-ID: V03:K1:' + ralnum(rng, 60)], None)


def aruba(rng, when, client_ip=None):
    n = rng.randrange(10, 60)
    host = 'smtpdh%02d-1.aruba.it' % (n % 20)
    hops = [('from [192.168.1.%d] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s' % (rng.randrange(10, 90), client_ip or _ip(rng, '93.41'), ralnum(rng, 14)), 1, 'cet')]
    return Infra(host, host, '62.149.155.%d' % n, hops, [], None)


def exchange_onprem(rng, when, helo, rdns, ip, domain, zone='cet'):
    h = 'EX%02d.%s' % (rng.randrange(1, 4), domain)
    hops = [('from %s (192.168.10.%d) by %s\n (192.168.10.%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39'
             % (h, rng.randrange(10, 30), helo, rng.randrange(30, 40)), 1, zone)]
    ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
    return Infra(helo, rdns, ip, hops, ['Thread-Index: ' + ti, 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'x-originating-ip: [192.168.20.%d]' % rng.randrange(10, 200)],
                 '<%s@%s>' % (rhex(rng, 32), h), boundary='outlook')
