"""Concrete sending infrastructures: ESPs, service notification platforms, regional
webmail providers, hosting providers, attacker VPSs and compromised web hosts."""
from routes import (Sender, Webmail, M365, OutlookSMTP, GMX, Gmail, thunderbird, apple, roundcube,
                    phpmailer, thebat, hop_ionos, hop_aruba, hop_postfix_sub, hop_sendmail,
                    hop_exim_auth, hop_exim_local, ORDER_ESP, ORDER_TB, tb_boundary, outlook_mid,
                    thread_index, filetime)
from util import rfcdate, ruuid, ALNUM, LOWNUM, DIGITS, B64URL


def _rcpt_tag(ctx):
    return ctx.rcpt.replace('@', '=')


# ---------------------------------------------------------------- ESPs
def sendgrid(em_domain, ip='149.72.%d.%d', helo=None):
    def mid(c):
        return '<%s@geopod-ismtpd-%d>' % (c.r('sgm', 22, ALNUM + '-_'), c.i('gp', 1, 40))

    def hop1(c):
        return ('by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\r\n'
                '        %s' % (c.hx('f1', 10), c.r('f2', 5, LOWNUM), c.hx('f1', 10),
                                c.r('f2', 5, LOWNUM), c.hx('f3', 8, True), c.r('f4', 2, DIGITS),
                                c.at(1).strftime('%Y-%m-%d %H:%M:%S.') + c.r('ns', 9, DIGITS) +
                                ' +0000 UTC m=+%d.%s' % (c.i('mm', 1000, 900000), c.r('ms', 9, DIGITS))))

    def hop2(c):
        return ('from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n'
                '\t%s.%s +0000 (UTC)' % (c.r('sgh', 12, LOWNUM), c.i('gp', 1, 40),
                                        c.r('sgid', 22, ALNUM + '-_'),
                                        rfcdate(c.at(0), 'UTC')[:-6], c.r('sgms', 3, DIGITS)))

    class SG(Webmail):
        def __init__(self):
            Webmail.__init__(self, None, [hop1, hop2], mid, order=ORDER_ESP, ctstyle='generic',
                             hdr_cs='UTF-8', hdr_enc='Q',
                             extra=[('X-SG-EID', lambda c: 'u001.' + c.r('eid', 120, ALNUM + '+/') + '=='),
                                    ('X-SG-ID', lambda c: 'u001.SdBcvi+Evd/bQnIBHZCS' + c.r('sgi', 80, ALNUM + '+/')),
                                    ('X-Entity-ID', lambda c: 'u001.' + c.r('ent', 22, ALNUM + '/+') + '==')],
                             bnd=lambda c, n: c.hx('sgb%d' % n, 64),
                             rp=lambda c: 'bounces+%d-%s-%s@%s' % (c.i('sgu', 10 ** 7, 10 ** 8), c.hx('sgr', 4),
                                                                   _rcpt_tag(c), em_domain))

        def mx_time(self, ctx):
            a, b = ctx.i('sga', 0, 255), ctx.i('sgb', 1, 254)
            host = 'o%d.ptr%d.%s' % (ctx.i('sgo', 1, 9), ctx.i('sgp', 1000, 9999), em_domain)
            self.client = (helo or 'xtrwkhkc.outbound-mail.sendgrid.net', host,
                           ip % (a % 60 + 120, b))
            return Sender.mx_time(self, ctx)
    return SG()


def mailgun(mg_domain, eu=True):
    def mid(c):
        return '<%s.%s@%s>' % (c.t.strftime('%Y%m%d%H%M%S'), c.hx('mgm', 16), mg_domain)

    def hop(c):
        return 'by %s with HTTP id %s; %s' % (c.hx('mgh', 24), c.hx('mgi', 24),
                                               rfcdate(c.at(0), 'UTC')[:-5] + 'GMT')

    class MG(Webmail):
        def __init__(self):
            Webmail.__init__(self, None, [hop], mid, order=ORDER_ESP, ctstyle='generic',
                             extra=[('X-Mailgun-Sid', lambda c: 'WyI' + c.r('mgs', 60, ALNUM) + 'In0='),
                                    ('Sender', lambda c: '%s=%s@%s' % (c.local, c.domain, mg_domain))],
                             bnd=lambda c, n: c.hx('mgb%d' % n, 64),
                             rp=lambda c: 'bounce+%s.%s-%s@%s' % (c.hx('rp1', 6), c.hx('rp2', 6),
                                                                  _rcpt_tag(c), mg_domain))

        def mx_time(self, ctx):
            n = ctx.i('mgn', 2, 60)
            host = ('m%d-%d.eu.mailgun.net' if eu else 'm%d-%d.mailgun.net') % (204, n)
            self.client = (host, host, '161.38.204.%d' % n)
            return Sender.mx_time(self, ctx)
    return MG()


def brevo(rp_domain, campaign=False):
    def mid(c):
        return '<%s.%d@smtp-relay.mailin.fr>' % (c.t.strftime('%Y%m%d%H%M'), c.i('bvm', 10 ** 10, 10 ** 11))

    class BV(Webmail):
        def __init__(self):
            Webmail.__init__(self, None, [], mid, order=ORDER_ESP, ctstyle='generic',
                             mailer=('X-Mailer', 'Sendinblue'),
                             extra=[('X-sib-id', lambda c: c.r('sib', 88, ALNUM + '-_')),
                                    ('X-CSA-Complaints', 'csa-complaints@eco.de'),
                                    ('Feedback-ID', lambda c: '%d:%d:%s:Sendinblue' % (
                                        c.i('fb1', 10 ** 5, 10 ** 6), c.i('fb2', 10 ** 6, 10 ** 7),
                                        'campaign' if campaign else 'transactional'))],
                             bnd=lambda c, n: '----=_Part_%d_%d.%d' % (c.i('bp%d' % n, 10 ** 6, 10 ** 7),
                                                                       c.i('bq', 10 ** 8, 10 ** 9),
                                                                       int(c.t.timestamp() * 1000)),
                             rp=lambda c: 'bounces-%d-%s@%s' % (c.i('brp', 10 ** 6, 10 ** 7),
                                                                c.hx('brh', 8), rp_domain))

        def mx_time(self, ctx):
            n = ctx.i('bvn', 2, 250)
            host = 'mail185-41-28-%d.mailin.fr' % n if ctx.i('bvx', 0, 1) else 'mail77-32-148-%d.mailin.fr' % n
            ip = host[4:host.index('.')].replace('-', '.')
            self.client = ('smtp-relay.mailin.fr', host, ip)
            return Sender.mx_time(self, ctx)
    return BV()


def ses(region='eu-west-1', mailer=None, extra=None, order=None, ctstyle='generic'):
    def mid(c):
        return '<0102019%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
            c.hx('s1', 9), c.hx('s2', 8), c.hx('s3', 4), c.hx('s4', 4), c.hx('s5', 12), region)

    class SES(Webmail):
        def __init__(self):
            ex = [('Feedback-ID', lambda c: '::1.%s.%s=:AmazonSES' % (region, c.r('sesf', 43, ALNUM + '+/'))),
                  ('X-SES-Outgoing', lambda c: c.t.strftime('%Y.%m.%d') + '-54.240.%d.%d' % (
                      c.i('sa', 0, 11), c.i('sb', 1, 250)))] + (extra or [])
            Webmail.__init__(self, None, [], mid, mailer=mailer, order=order or ORDER_ESP,
                             ctstyle=ctstyle, extra=ex,
                             bnd=lambda c, n: '----=_Part_%d_%d.%d' % (c.i('sp%d' % n, 10 ** 6, 10 ** 7),
                                                                       c.i('sq', 10 ** 8, 10 ** 9),
                                                                       int(c.t.timestamp() * 1000)),
                             rp=lambda c: mid(c)[1:-1])

        def mx_time(self, ctx):
            a, b = ctx.i('sa', 0, 11), ctx.i('sb', 1, 250)
            host = 'a%d-%d.smtp-out.%s.amazonses.com' % (a, b, region)
            self.client = (host, host, '54.240.%d.%d' % (a, b))
            return Sender.mx_time(self, ctx)
    return SES()


def mailchimp(list_id, user_id, from_domain, pod='suw11'):
    def mid(c):
        return '<%s.%s@mail%d.%s.mcdlv.net>' % (c.hx('mcm', 32), c.hx('mcn', 10), c.i('mcn2', 20, 240), pod)

    class MC(Webmail):
        def __init__(self):
            ex = [('X-Mailer', lambda c: 'MailChimp Mailer - **CID%s**' % c.hx('cid', 18)),
                  ('X-Campaign', lambda c: 'mailchimp%s.%s' % (user_id, c.hx('cid', 10))),
                  ('X-campaignid', lambda c: 'mailchimp%s.%s' % (user_id, c.hx('cid', 10))),
                  ('X-Report-Abuse', 'Please report abuse for this campaign here: '
                                     'https://mailchimp.com/contact/abuse/?u=%s&id=%s' % (user_id, list_id)),
                  ('X-MC-User', user_id),
                  ('List-ID', '%s mailchimp list <%s.%s.x.list-id.mcsv.net>' % (from_domain, user_id, list_id)),
                  ('X-Accounttype', 'pd')]
            Webmail.__init__(self, None, [], mid, order=ORDER_ESP, ctstyle='generic', extra=ex,
                             bnd=lambda c, n: '_----------=_MCPart_%d' % c.i('mcb%d' % n, 10 ** 8, 10 ** 9),
                             rp=lambda c: 'bounce-mc.us21_%s.%s-%s@mail%d.%s.mcdlv.net' % (
                                 user_id[:8], c.hx('cid', 10), _rcpt_tag(c), c.i('mcn2', 20, 240), pod))

        def mx_time(self, ctx):
            n = ctx.i('mcn2', 20, 240)
            host = 'mail%d.%s.mcdlv.net' % (n, pod)
            self.client = (host, host, '198.2.%d.%d' % (ctx.i('mca', 128, 191), n))
            return Sender.mx_time(self, ctx)
    return MC()


def cleverreach():
    def mid(c):
        return '<%s.%d@crsend.com>' % (c.hx('crm', 32), c.i('crn', 10 ** 6, 10 ** 7))

    class CR(Webmail):
        def __init__(self):
            Webmail.__init__(self, None, [], mid, order=ORDER_ESP, ctstyle='generic',
                             mailer=('X-Mailer', 'CleverReach Mailer'),
                             extra=[('X-CSA-Complaints', 'csa-complaints@eco.de'),
                                    ('Feedback-ID', lambda c: '%d:%d:cleverreach' % (c.i('cf1', 10 ** 5, 10 ** 6), c.i('cf2', 10 ** 6, 10 ** 7)))],
                             bnd=lambda c, n: '=_%s' % c.hx('crb%d' % n, 32),
                             rp=lambda c: 'bounce-%d-%s-%s@crsend.com' % (c.i('crr', 10 ** 6, 10 ** 7), c.hx('crh', 8), _rcpt_tag(c)))

        def mx_time(self, ctx):
            n = ctx.i('cr', 10, 99)
            host = 'mta%02d.crsend.com' % ctx.i('crm2', 1, 40)
            self.client = (host, host, '94.143.%d.%d' % (ctx.i('crq', 150, 151), n))
            return Sender.mx_time(self, ctx)
    return CR()


# ---------------------------------------------------------------- service platforms
class MicrosoftService(M365):
    """Microsoft's own notification mail (account protection / Entra ID)."""
    order = ['From', 'Date', 'Subject', 'Message-ID', 'To', 'MIME-Version', 'Content-Type', '*']
    def __init__(self, lang='en-US', prd='namprd12', region='NAM12', pod='BN8', hdr_cs='utf-8',
                 hdr_enc='B'):
        M365.__init__(self, region=region, pod=pod, prd=prd, lang=lang, hdr_cs=hdr_cs,
                      hdr_enc=hdr_enc, tenant='msft', ipnet='40.107.237')
        self.ctstyle = 'generic'

    def msgid(self, ctx):
        return '<%s.%s@%s>' % (ctx.r('msm', 12, ALNUM.upper()[:36]), ctx.r('msn', 14, ALNUM.upper()[:36]),
                               'BL02EPF0001A%03d' % ctx.i('msh', 100, 999))

    def extra(self, ctx):
        self.setup(ctx)
        return [('X-MS-Exchange-CrossTenant-id', ruuid('tenant-msft')),
                ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', self.fe)]

    def boundary(self, ctx, n):
        return '=-%s' % ctx.r('msb%d' % n, 24, ALNUM + '+/') + '=='


class GoogleService(Sender):
    order = ['MIME-Version', 'Date', 'Reply-To', 'X-Account-Notification-Type', 'Feedback-ID',
             'X-Notifications', 'X-Notifications-Bounce-Info', 'Message-ID', 'Subject', 'From',
             'To', 'Content-Type', 'Content-Transfer-Encoding', '*']
    ctstyle = 'gmail'
    hdr_cs, hdr_enc = 'UTF-8', 'B'

    def __init__(self, n=69):
        host = 'mail-sor-f%d.google.com' % n
        super().__init__((host, host, '209.85.220.%d' % n))
        self.host = host

    def hops(self, ctx):
        return ['by %s (Google Transport Security) with SMTPS id %s-%s.%d\r\n'
                '        for <%s>\r\n        (Google Transport Security);\r\n        %s' % (
                    self.host, ctx.r('gs1', 10, LOWNUM), ctx.r('gs2', 22, LOWNUM), ctx.i('gs3', 1, 99),
                    ctx.rcpt, rfcdate(ctx.at(1), 'PT', comment=True))]

    def msgid(self, ctx):
        return '<%s@notifications.google.com>' % ctx.r('gsm', 22, B64URL)

    def extra(self, ctx):
        return [('X-Google-Smtp-Source', 'AGHT+I' + ctx.r('gss', 80, ALNUM + '+/') + '=='),
                ('X-Account-Notification-Type', '127'),
                ('Feedback-ID', '127:account-notifier'),
                ('X-Notifications', ctx.hx('gxn', 16)),
                ('X-Notifications-Bounce-Info', ctx.r('gnb', 60, ALNUM + '-_'))]

    def return_path(self, ctx):
        return '3%s-%s@gaia.bounces.google.com' % (ctx.r('grp', 20, ALNUM), ctx.r('grp2', 24, ALNUM))

    def boundary(self, ctx, n):
        return '000000000000' + ctx.hx('gb%d' % n, 16)


class GitHubService(Sender):
    order = ['Date', 'From', 'To', 'Message-ID', 'Subject', 'MIME-Version', 'Content-Type',
             'Content-Transfer-Encoding', '*']
    ctstyle = 'generic'
    hdr_cs, hdr_enc = 'UTF-8', 'Q'

    def __init__(self, n=21):
        host = 'out-%d.smtp.github.com' % n
        super().__init__((host, host, '192.30.252.%d' % (192 + n)))
        self.host = host

    def hops(self, ctx):
        return ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\r\n'
                '\tby smtp.github.com (Postfix) with ESMTPA id %s\r\n\tfor <%s>; %s' % (
                    ctx.r('hn', 5, LOWNUM), ctx.i('gh1', 1, 200), ctx.i('gh2', 1, 250),
                    ctx.hx('ghq', 10, True), ctx.rcpt, rfcdate(ctx.at(0), 'UTC').replace('+0000', '-0700') if False else rfcdate(ctx.at(0), 'PT', comment=True))]

    def msgid(self, ctx):
        return '<%s_%s%s@%s.mail>' % (ctx.hx('ghm', 13), ctx.hx('ghn', 4), ctx.hx('gho', 13),
                                      'lowworker-%s-%s' % (ctx.r('lw', 10, LOWNUM), ctx.r('lw2', 5, LOWNUM)))

    def extra(self, ctx):
        return [('X-Auto-Response-Suppress', 'All')]

    def return_path(self, ctx):
        return 'noreply@github.com'

    def boundary(self, ctx, n):
        return '--==_mimepart_%s_%s' % (ctx.hx('ghb', 13), ctx.r('ghb2', 6, DIGITS))


class YandexService(Sender):
    order = ['From', 'To', 'Subject', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding',
             'Date', 'Message-Id', '*']
    ctstyle = 'generic'
    hdr_cs, hdr_enc = 'utf-8', 'B'

    def __init__(self, fwd='forward500a', ip='178.154.239.80'):
        host = '%s.mail.yandex.net' % fwd
        super().__init__((host, host, ip))
        self.host = host

    def hops(self, ctx):
        inner = 'mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net' % ctx.i('yn', 10, 99)
        return ['from %s (%s [IPv6:2a02:6b8:c0d:%s:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s;\r\n\t%s' % (
                    inner, inner, ctx.hx('y6', 4), ctx.hx('y7', 4), self.host,
                    ctx.r('yid', 8, ALNUM) + '-' + ctx.r('yid2', 8, ALNUM), rfcdate(ctx.at(1), 'RU')),
                'from mail.yandex.ru (localhost [127.0.0.1])\r\n\tby %s (notsolitesrv/Yandex) with LMTPS id %s;\r\n\t%s' % (
                    inner, ctx.r('yl', 16, ALNUM), rfcdate(ctx.at(0), 'RU'))]

    def msgid(self, ctx):
        return '<%d@%s>' % (ctx.i('ym', 10 ** 14, 10 ** 15), 'notsolitesrv-production-main-%d.vla.yp-c.yandex.net' % ctx.i('yn', 10, 99))

    def return_path(self, ctx):
        return ctx.frm

    def boundary(self, ctx, n):
        return '==%s==' % ctx.hx('yb%d' % n, 32)


def yandex_webmail(user_ip):
    def mid(c):
        return '<%d%d@mail.yandex.ru>' % (c.i('ywm', 10 ** 5, 10 ** 6), int(c.t.timestamp()))

    def hop1(c):
        inner = 'mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net' % c.i('ywn', 10, 99)
        return 'from %s (%s [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\r\n\tby forward%db.mail.yandex.net (Yandex) with ESMTPS id %s;\r\n\t%s' % (
            inner, inner, c.hx('yw6', 4), c.hx('yw7', 4), c.i('ywf', 100, 103), c.r('ywi', 8) + '-' + c.r('ywi2', 8),
            rfcdate(c.at(1), 'RU'))

    def hop2(c):
        return 'from mail.yandex.ru (2a02:6b8:c0c:%s:0:640:%s:0 [2a02:6b8:c0c:%s:0:640:%s:0])\r\n\tby mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net (smtp/Yandex) with HTTP id %s;\r\n\t%s' % (
            c.hx('yw8', 4), c.hx('yw9', 4), c.hx('yw8', 4), c.hx('yw9', 4), c.i('ywn', 10, 99),
            c.r('ywh', 10), rfcdate(c.at(0), 'RU'))

    class YW(Webmail):
        def __init__(self):
            Webmail.__init__(self, None, [hop1, hop2], mid,
                             mailer=('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'),
                             order=['From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References',
                                    'MIME-Version', 'X-Mailer', 'Date', 'Message-Id',
                                    'Content-Transfer-Encoding', 'Content-Type', '*'],
                             hdr_cs='utf-8', hdr_enc='B',
                             extra=[('X-Yandex-Fwd', '1')],
                             bnd=lambda c, n: c.hx('ywb%d' % n, 32))

        def mx_time(self, ctx):
            f = ctx.i('ywf', 100, 103)
            host = 'forward%db.mail.yandex.net' % f
            self.client = (host, host, '178.154.239.%d' % (140 + f - 100))
            return Sender.mx_time(self, ctx)
    return YW()


def docusign_eu():
    def mid(c):
        return '<%s@eu-dsmail%d.eumail.docusign.net>' % (c.hx('dsm', 32), c.i('dsn', 1, 4))

    class DS(Webmail):
        def __init__(self):
            Webmail.__init__(self, None, [], mid, order=ORDER_ESP, ctstyle='generic',
                             extra=[('X-Api-Host', lambda c: 'FR%dFE%dDSWEB%03d' % (c.i('a', 1, 9), c.i('b', 1, 9), c.i('c', 1, 200))),
                                    ('X-DocuSign-Envelope-Id', lambda c: ruuid(c.seed + 'env'))],
                             bnd=lambda c, n: '----=_NextPart_%s' % ruuid(c.seed + 'dsb%d' % n),
                             rp=lambda c: 'bounces+%s@eumail.docusign.net' % c.hx('dsr', 20))

        def mx_time(self, ctx):
            n = ctx.i('dsi', 10, 60)
            host = 'mailfr%d.eumail.docusign.net' % ctx.i('dsn', 1, 4)
            self.client = (host, host, '185.81.100.%d' % n)
            return Sender.mx_time(self, ctx)
    return DS()


# ---------------------------------------------------------------- regional providers
def libero(user_ip):
    def mid(c):
        return '<%d.%d.%d@mail1.libero.it>' % (c.i('lm1', 10 ** 8, 10 ** 9), c.i('lm2', 10 ** 5, 10 ** 6),
                                               int(c.t.timestamp() * 1000))
    n = 30 + sum(map(int, user_ip.split('.'))) % 20

    def hop(c):
        return 'from libero.it ([%s])\r\n\tby smtp-%d.iol.local with ESMTPA\r\n\tid %s; %s' % (
            user_ip, n, c.r('lib', 16), rfcdate(c.at(1), 'IT'))
    return Webmail(('libero.it', 'smtp-%d-i6.italiaonline.it' % n, '213.209.14.%d' % n), [hop], mid,
                   mailer=('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev72'),
                   order=['Date', 'From', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References',
                          'Subject', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', '*'],
                   hdr_cs='UTF-8', hdr_enc='Q',
                   extra=[('X-Priority', '3'), ('Importance', 'Normal'),
                          ('X-CNFS-Analysis', lambda c: 'v=2.4 cv=%s c=1 sm=1 tr=0 ts=%x' % (c.hx('cn', 8), int(c.t.timestamp())))],
                   bnd=lambda c, n: '----=_Part_%d_%d.%d' % (c.i('lb%d' % n, 10 ** 5, 10 ** 6),
                                                             c.i('lbq', 10 ** 8, 10 ** 9),
                                                             int(c.t.timestamp() * 1000)))


def wp_pl(user_ip):
    def mid(c):
        return '<%s@wp.pl>' % c.hx('wpm', 32)

    def hop(c):
        return '(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (
            c.i('wps', 10000, 99999), rfcdate(c.at(0), 'PL'))

    def hop2(c):
        return 'from [%s] (HELO [%s]) (login@wp.pl@[%s])\r\n\t(envelope-sender <%s>)\r\n\tby smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\r\n\tfor <%s>; %s' % (
            user_ip, user_ip, user_ip, c.frm, c.rcpt, rfcdate(c.at(1), 'PL'))
    n = 12 + sum(map(int, user_ip.split('.'))) % 10
    return Webmail(('mx.wp.pl', 'mx%d.wp.pl' % (n % 4 + 1), '212.77.101.%d' % n), [hop2, hop], mid,
                   order=['Date', 'From', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To',
                          'References', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', '*'],
                   hdr_cs='iso-8859-2', hdr_enc='Q',
                   extra=[('X-WP-MailID', lambda c: c.hx('wpid', 32)),
                          ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
                          ('X-Mailer', 'Poczta WP')],
                   bnd=lambda c, n: '=_%s' % c.hx('wpb%d' % n, 24))


def ionos_outlook(pc, user_ip, lang='de', hdr_cs='iso-8859-1'):
    n = 180 + sum(map(int, user_ip.split('.'))) % 20
    return OutlookSMTP(('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.%d' % n),
                       [hop_ionos(pc, user_ip)], lang=lang, hdr_cs=hdr_cs,
                       extra=[('X-Provags-ID', lambda c: 'V03:K1:' + c.r('prov', 60, ALNUM + '+/')),
                              ('UI-OutboundReport', lambda c: 'notjunk:1;M01:P0:' + c.r('uio', 16, ALNUM + '+/') + '=;')])


def aruba_outlook(pc, user_ip, lang='it', hdr_cs='iso-8859-1'):
    n = 60 + sum(map(int, user_ip.split('.'))) % 60
    host = 'smtpcmd%04d.aruba.it' % (800 + n)
    return OutlookSMTP(('smtpcmd%04d.aruba.it' % (800 + n), host, '62.149.156.%d' % n),
                       [hop_aruba(pc, user_ip)], lang=lang, hdr_cs=hdr_cs,
                       extra=[('X-CMAE-Envelope', lambda c: 'MS4xfN' + c.r('cmae', 100, ALNUM + '+/'))])


def otenet_outlook(pc_host, user_ip, lang='el', hdr_cs='iso-8859-7'):
    n = 4 + sum(map(int, user_ip.split('.'))) % 6
    by = 'mailout%d.otenet.gr' % n
    return OutlookSMTP(('mailout.otenet.gr', by, '83.235.69.%d' % (20 + n)),
                       [hop_sendmail(pc_host, user_ip, by, 'GR',
                                     rdns='ppp-%s.home.otenet.gr' % user_ip.replace('.', '-'))],
                       lang=lang, hdr_cs=hdr_cs,
                       hdr_enc='B')


def vps_postfix(helo, rdns, ip, client='Outlook', zone='DE', lang='de', hdr_cs='iso-8859-1',
                hdr_enc='Q', mailer='Microsoft Outlook 16.0', tls='TLSv1.3', via_local=True,
                user_ip=None):
    """Attacker-run look-alike domain on a VPS (Postfix with SASL submission)."""
    sub_ip = user_ip or '127.0.0.1'
    sub_name = '[%s]' % sub_ip if user_ip else 'localhost'
    hop = hop_postfix_sub('[%s]' % sub_ip if user_ip else '[127.0.0.1]',
                          'unknown' if user_ip else 'localhost', sub_ip, helo, zone)
    if client == 'Outlook':
        return OutlookSMTP((helo, rdns, ip), [hop], lang=lang, hdr_cs=hdr_cs, hdr_enc=hdr_enc,
                           mailer=mailer, tls=tls)
    if client == 'Thunderbird':
        return thunderbird((helo, rdns, ip), [hop], tls=tls)
    raise ValueError(client)
