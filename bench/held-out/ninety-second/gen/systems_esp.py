"""Bulk e-mail service providers and genuine service senders."""
from core import hx, hnum, rfcdate, sec, ALNUM, UPHEX, B64URL, MONTHS
from mail import H, std_refs
from systems import Base, guid, to_cc, reply_to, b64id, EXO, Gmail


def _vrcpt(m):
    return m.rcpt.replace('@', '=')


class SendGrid(Base):
    zone = 'UTC'
    hdr_charset = 'UTF-8'
    hdr_mode = 'B'
    delay = 6
    em = None          # branded bounce domain e.g. em4821.shortsea-insight.com
    uid = 31245678

    def client(self, m):
        o = hnum(m.seed + 'sgo', 2, 250)
        if getattr(self, 'ptr', None):
            h = self.ptr
        else:
            h = '%s.outbound-mail.sendgrid.net' % hx(m.seed + 'sgh', 8, 'abcdefghijklmnopqrstuvwxyz')
        return (h, h, '149.72.%d.%d' % (hnum(m.seed + 'sg3', 100, 250), o))

    def return_path(self, m):
        dom = self.em or 'sendgrid.net'
        return 'bounces+%d-%s-%s@%s' % (self.uid, hx(m.seed + 'sgr', 4), _vrcpt(m), dom)

    def _geo(self, m):
        return 'geopod-ismtpd-%d' % hnum(m.seed + 'geo', 1, 40)

    def trace(self, m):
        f = 'filterdrecv-%s-%s' % (hx(m.seed + 'fd1', 10), hx(m.seed + 'fd2', 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
        t = m.sent + sec(1)
        return [
            'Received: by %s with SMTP id %s-1-%s-%s\n        %d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d' % (
                f, f, hx(m.seed + 'fd3', 8, UPHEX), hx(m.seed + 'fd4', 2, UPHEX), t.year, t.month, t.day, t.hour, t.minute,
                t.second, hnum(m.seed + 'ns', 10 ** 8, 10 ** 9 - 1), hnum(m.seed + 'up', 10000, 999999),
                hnum(m.seed + 'up2', 10 ** 8, 10 ** 9 - 1)),
            'Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>; %s' % (
                hx(m.seed + 'sgb', 16, ALNUM), self._geo(m), hx(m.seed + 'sgmid', 22, B64URL), m.rcpt,
                rfcdate(m.sent, 'UTC', frac='.%03d' % hnum(m.seed + 'sgf', 0, 999), comment=True)),
        ]

    def msgid(self, m):
        return '<%s@%s>' % (hx(m.seed + 'sgmid', 22, B64URL), self._geo(m))

    def boundary(self, m, i):
        return hx(m.seed + 'sgbd%d' % i, 64)

    def headers(self, m):
        h = ['Date: ' + rfcdate(m.sent, 'UTC', comment=True), H('From', m.A(m.frm)), 'Mime-Version: 1.0',
              'Message-ID: ' + self.msgid(m)] + reply_to(m) + [H('Subject', m.S())] + to_cc(m)
        h += ['BODY', 'X-SG-EID: \n =?us-ascii?Q?' + hx(m.seed + 'eid', 60, ALNUM) + '?=',
              'X-SG-ID: \n =?us-ascii?Q?' + hx(m.seed + 'sid', 60, ALNUM) + '?=',
              'X-Entity-ID: ' + hx(m.seed + 'ent', 22, B64URL)]
        return h


class Mailgun(Base):
    zone = 'UTC'
    hdr_charset = 'UTF-8'
    hdr_mode = 'B'
    delay = 5
    mg = None   # sending domain, e.g. mg.something.com

    def client(self, m):
        a, b = hnum(m.seed + 'mga', 220, 250), hnum(m.seed + 'mgb', 2, 250)
        h = 'm%d-%d.mailgun.net' % (a, b)
        return (h, h, '159.135.%d.%d' % (a, b))

    def return_path(self, m):
        return 'bounce+%s.%s-%s@%s' % (hx(m.seed + 'mr1', 6), hx(m.seed + 'mr2', 6), _vrcpt(m), self.mg)

    def trace(self, m):
        return ['Received: by %s with HTTP id %s; %s' % (
            hx(m.seed + 'mgh', 12), hx(m.seed + 'mgid', 24),
            '%s GMT' % rfcdate(m.sent, 'UTC', pad_day=True)[:-6])]

    def msgid(self, m):
        t = m.sent
        return '<%d%02d%02d%02d%02d%02d.%s@%s>' % (t.year, t.month, t.day, t.hour, t.minute, t.second,
                                                   hx(m.seed + 'mgm', 16), self.mg)

    def boundary(self, m, i):
        return hx(m.seed + 'mgb%d' % i, 32)

    def headers(self, m):
        h = ['X-Mailgun-Sid: Wy' + hx(m.seed + 'sid', 58, ALNUM) + 'In0=',
             'Sender: ' + 'postmaster@' + self.mg, 'Date: ' + rfcdate(m.sent, 'UTC', pad_day=False),
             'Mime-Version: 1.0', 'BODY', H('Subject', m.S()), H('From', m.A(m.frm))] + to_cc(m) + reply_to(m)
        h += ['Message-Id: ' + self.msgid(m)]
        return h


class SES(Base):
    zone = 'UTC'
    hdr_charset = 'UTF-8'
    hdr_mode = 'B'
    delay = 4
    region = 'eu-west-1'
    date_zone = 'UTC'
    xmailer = None

    def _id(self, m):
        return '0102019a%s-%s-%s-%s-%s-000000' % (hx(m.seed + 's0', 8), hx(m.seed + 's1', 8), hx(m.seed + 's2', 4),
                                                  hx(m.seed + 's3', 4), hx(m.seed + 's4', 4) + '-' + hx(m.seed + 's5', 12))

    def client(self, m):
        a, b = hnum(m.seed + 'sa', 1, 20), hnum(m.seed + 'sb', 2, 250)
        if self.region == 'eu-west-2':
            h = 'b%d-%d.smtp-out.eu-west-2.amazonses.com' % (224 + a % 10, b)
            return (h, h, '76.223.%d.%d' % (128 + a, b))
        h = 'a7-%d.smtp-out.eu-west-1.amazonses.com' % b
        return (h, h, '54.240.7.%d' % b)

    def return_path(self, m):
        return '%s@%s.amazonses.com' % (self._id(m), self.region)

    def msgid(self, m):
        return '<%s@%s.amazonses.com>' % (self._id(m), self.region)

    def boundary(self, m, i):
        return '----=_Part_%d_%d.%d' % (hnum(m.seed + 'seb%d' % i, 10 ** 5, 10 ** 7), hnum(m.seed + 'sec', 10 ** 8, 10 ** 9),
                                        int(m.sent.timestamp() * 1000))

    def headers(self, m):
        h = [H('From', m.A(m.frm))] + reply_to(m) + to_cc(m) + [
            'Message-ID: ' + self.msgid(m), H('Subject', m.S()), 'MIME-Version: 1.0', 'BODY',
            'Date: ' + rfcdate(m.sent, self.date_zone)]
        if self.xmailer:
            h.append('X-Mailer: ' + self.xmailer)
        h += ['Feedback-ID: ::1.%s.%s=:AmazonSES' % (self.region, hx(m.seed + 'fb', 43, ALNUM + '+/')),
              'X-SES-Outgoing: %04d.%02d.%02d-%s' % (m.sent.year, m.sent.month, m.sent.day, self.client(m)[2])]
        return h


class Brevo(Base):
    zone = 'UTC'
    hdr_charset = 'utf-8'
    hdr_mode = 'Q'
    delay = 8
    account = 3512345

    def client(self, m):
        a = hnum(m.seed + 'brv', 1, 60)
        h = '%s.%s.sender-sib.com' % (hx(m.seed + 'br1', 2, 'abcdefghijklmnopqrstuvwxyz'), 'd')
        return (h, h, '77.32.148.%d' % a)

    def return_path(self, m):
        return 'bounces-%d-%s@bounces.sender-sib.com' % (self.account, hx(m.seed + 'brr', 16))

    def trace(self, m):
        return ['Received: from smtp-relay.sendinblue.com (unknown [10.64.%d.%d])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (
            hnum(m.seed + 'bi1', 1, 250), hnum(m.seed + 'bi2', 1, 250), self.client(m)[0],
            hx(m.seed + 'bq', 12, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'), rfcdate(m.sent + sec(2), 'UTC'))]

    def msgid(self, m):
        t = m.sent
        return '<%d%02d%02d%02d%02d.%d@smtp-relay.mailin.fr>' % (t.year, t.month, t.day, t.hour, t.minute,
                                                                hnum(m.seed + 'bm', 10 ** 10, 10 ** 11))

    def boundary(self, m, i):
        return 'sib_' + hx(m.seed + 'bb%d' % i, 32)

    def headers(self, m):
        h = ['Date: ' + rfcdate(m.sent, 'UTC'), H('From', m.A(m.frm))] + reply_to(m) + to_cc(m) + [
            'Message-Id: ' + self.msgid(m), H('Subject', m.S()), 'MIME-Version: 1.0', 'BODY',
            'X-Mailer: Sendinblue', 'X-Mailin-EID: ' + hx(m.seed + 'eid', 50, ALNUM) + '%3D',
            'X-sib-id: ' + hx(m.seed + 'sibid', 60, ALNUM + '-_'),
            'X-CSA-Complaints: csa-complaints@eco.de',
            'Feedback-ID: %s:%d_-1:%d:Sendinblue' % (self.client(m)[2], self.account, self.account)]
        return h


class Mailchimp(Base):
    zone = 'UTC'
    hdr_charset = 'utf-8'
    hdr_mode = 'Q'
    delay = 12
    us = 'us21'
    uid = 'a3f71c9d02e84b5c1f6e9d7a0'

    def _host(self, m):
        return 'mail%d.suw%d.mcsv.net' % (hnum(m.seed + 'mc1', 100, 250), hnum(m.seed + 'mc2', 11, 21))

    def client(self, m):
        h = self._host(m)
        return (h, h, '198.2.%d.%d' % (hnum(m.seed + 'mc1', 100, 250), hnum(m.seed + 'mc3', 2, 250)))

    def return_path(self, m):
        return 'bounce-mc.%s_%s.%d-%s@%s' % (self.us, self.uid[:9], hnum(m.seed + 'mcc', 10 ** 6, 10 ** 7),
                                            hx(m.seed + 'mcr', 10), self._host(m))

    def trace(self, m):
        return ['Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s' % (
            self._host(m), hx(m.seed + 'mcq', 11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'), m.rcpt,
            rfcdate(m.sent + sec(3), 'UTC', comment=True).replace('(UTC)', '(GMT)'))]

    def msgid(self, m):
        return '<%s@%s.mcsv.net>' % (hx(m.seed + 'mcid', 32), self._host(m).split('.')[1])

    def boundary(self, m, i):
        return '_----------=_MCPart_' + str(hnum(m.seed + 'mcb%d' % i, 10 ** 9, 10 ** 10))

    def headers(self, m):
        cid = hx(m.seed + 'cid', 10)
        h = [H('Subject', m.S()), H('From', m.A(m.frm))] + reply_to(m) + to_cc(m)
        h += ['Date: ' + rfcdate(m.sent, 'UTC'), 'Message-ID: ' + self.msgid(m),
              'X-Mailer: MailChimp Mailer - **CID%s%s**' % (cid, hx(m.seed + 'cid2', 10)),
              'X-Campaign: mailchimp%s.%s' % (self.uid, cid), 'X-campaignid: mailchimp%s.%s' % (self.uid, cid),
              'X-Report-Abuse: Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (
                  self.uid, cid, hx(m.seed + 'e', 10)),
              'X-MC-User: ' + self.uid,
              'Feedback-ID: %d:%d:%s:mailchimp' % (hnum(m.seed + 'f1', 10 ** 7, 10 ** 8), hnum(m.seed + 'f2', 10 ** 6, 10 ** 7),
                                                   self.uid[:9]),
              'List-ID: %s mailchimp list <%s.%s.list-id.mcsv.net>' % (self.uid, self.uid, hx(m.seed + 'lid', 10)),
              'X-Accounttype: pd', 'MIME-Version: 1.0', 'BODY']
        return h


class CleverReach(Base):
    zone = 'CET'
    hdr_charset = 'utf-8'
    hdr_mode = 'Q'
    delay = 9

    def client(self, m):
        n = hnum(m.seed + 'cr', 1, 40)
        h = 'mta%d.crsend.com' % n
        return (h, h, '178.255.%d.%d' % (hnum(m.seed + 'cr3', 216, 219), n + 10))

    def return_path(self, m):
        return '%s-%s@bounce.crsend.com' % (hx(m.seed + 'crr', 8), hx(m.seed + 'crr2', 24))

    def trace(self, m):
        return ['Received: from crmailer-%d.cleverreach.internal (unknown [10.12.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            hnum(m.seed + 'crw', 1, 60), hnum(m.seed + 'c1', 1, 250), hnum(m.seed + 'c2', 1, 250), self.client(m)[0],
            hx(m.seed + 'crq', 10, UPHEX), m.rcpt, rfcdate(m.sent + sec(2), 'CET', comment=True))]

    def msgid(self, m):
        return '<%s.%s@crsend.com>' % (hx(m.seed + 'crm', 32), hnum(m.seed + 'crm2', 10 ** 6, 10 ** 7))

    def boundary(self, m, i):
        return '=_cr_' + hx(m.seed + 'crb%d' % i, 30)

    def headers(self, m):
        return ['Date: ' + rfcdate(m.sent, 'CET'), H('From', m.A(m.frm))] + reply_to(m) + to_cc(m) + [
            H('Subject', m.S()), 'Message-ID: ' + self.msgid(m), 'X-Mailer: CleverReach Mailer',
            'X-CSA-Complaints: csa-complaints@eco.de', 'Precedence: bulk', 'MIME-Version: 1.0', 'BODY']


class MailUp(Base):
    zone = 'CET'
    hdr_charset = 'utf-8'
    hdr_mode = 'B'
    delay = 10

    def client(self, m):
        n = hnum(m.seed + 'mu', 10, 60)
        h = 'mta-%d.musvc2.net' % n
        return (h, h, '5.57.%d.%d' % (hnum(m.seed + 'mu3', 200, 215), n))

    def return_path(self, m):
        return 'bounces-%s-%s@%s' % (hnum(m.seed + 'mub', 10 ** 5, 10 ** 6), hx(m.seed + 'mur', 12), 'musvc2.net')

    def msgid(self, m):
        return '<%s.%s@%s>' % (hnum(m.seed + 'mum', 10 ** 8, 10 ** 9), hx(m.seed + 'mum2', 16), 'musvc2.net')

    def boundary(self, m, i):
        return '--=MailUp_' + hx(m.seed + 'mubd%d' % i, 28)

    def headers(self, m):
        return ['Date: ' + rfcdate(m.sent, 'CET'), H('From', m.A(m.frm))] + reply_to(m) + to_cc(m) + [
            H('Subject', m.S()), 'Message-ID: ' + self.msgid(m), 'X-Mailer: MailUp Platform',
            'X-MailUp-ListID: %d' % hnum(m.seed + 'mul', 1, 40),
            'X-CSA-Complaints: csa-complaints@eco.de', 'MIME-Version: 1.0', 'BODY']


# ------------------------------------------------------------ genuine services

class ServiceEXO(EXO):
    """Microsoft's own automated mail over Exchange Online Protection."""
    region = 'NAM'
    lang = 'en-US'

    def headers(self, m):
        a, b, dom, dc, v6, v4 = self._names(m)
        h = [H('From', m.A(m.frm))] + to_cc(m) + reply_to(m) + [
            H('Subject', m.S()), 'Date: ' + rfcdate(m.sent, 'UTC', pad_day=False), 'Message-ID: ' + self.msgid(m),
            'MIME-Version: 1.0', 'BODY', 'X-MS-PublicTrafficType: Email',
            'X-MS-Exchange-CrossTenant-OriginalArrivalTime: ' + _arr(m.sent),
            'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
            'X-MS-Exchange-CrossTenant-Id: ' + guid('tenant' + self.org),
            'X-MS-Exchange-Transport-CrossTenantHeadersStamped: ' + b, 'X-OriginatorOrg: ' + self.org]
        return h


def _arr(t):
    return '%02d %s %d %02d:%02d:%02d.%04d\n (UTC)' % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second, 2041)


class GoogleNotify(Base):
    zone = 'UTC'
    hdr_charset = 'UTF-8'
    hdr_mode = 'B'
    delay = 2

    def client(self, m):
        return ('mail-sor-f69.google.com', 'mail-sor-f69.google.com', '209.85.220.69')

    def return_path(self, m):
        return '3%s@gaia.bounces.google.com' % hx(m.seed + 'gaia', 40, ALNUM + '-')

    def trace(self, m):
        return [
            'Received: by mail-sor-f69.google.com with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s' % (
                '00721157ae682-' + hx(m.seed + 'g', 11) + 'so' + str(hnum(m.seed + 'g2', 10 ** 6, 10 ** 7)) + 'b3',
                m.rcpt, rfcdate(m.sent + sec(1), 'PT', comment=True)),
            'X-Google-Smtp-Source: AGHT+IE' + hx(m.seed + 'gs', 72, ALNUM + '+/') + '==',
            'X-Received: by 2002:a05:690c:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                hx(m.seed + 'r1', 4), hx(m.seed + 'r2', 3), hx(m.seed + 'r3', 4), hx(m.seed + 'r4', 4),
                '00721157ae682-' + hx(m.seed + 'r5', 11) + 'mr' + str(hnum(m.seed + 'r6', 10 ** 6, 10 ** 7)) + 'b3.' + str(
                    int(m.sent.timestamp() * 1000)), rfcdate(m.sent + sec(1), 'PT', comment=True)),
        ]

    def msgid(self, m):
        return '<%s@notifications.google.com>' % hx(m.seed + 'gnm', 22, ALNUM + '-_')

    def boundary(self, m, i):
        return '000000000000' + hx(m.seed + 'gnb%d' % i, 16)

    def headers(self, m):
        return ['Date: ' + rfcdate(m.sent, 'UTC'),
                'Message-ID: ' + self.msgid(m), H('Subject', m.S()), H('From', m.A(m.frm))] + to_cc(m) + [
            'MIME-Version: 1.0', 'BODY']


class GitHub(Base):
    zone = 'UTC'
    hdr_charset = 'UTF-8'
    hdr_mode = 'B'
    delay = 3

    def client(self, m):
        n = hnum(m.seed + 'gh', 19, 22)
        h = 'out-%d.smtp.github.com' % n
        return (h, h, '192.30.252.%d' % (183 + n))

    def return_path(self, m):
        return 'noreply@github.com'

    def trace(self, m):
        return ['Received: from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s' % (
            hx(m.seed + 'hn', 7), hnum(m.seed + 'h1', 100, 220), hnum(m.seed + 'h2', 2, 250), hx(m.seed + 'ghq', 11, UPHEX),
            m.rcpt, rfcdate(m.sent + sec(1), 'PT'))]

    def msgid(self, m):
        return '<%s_%s@hubbernetes-node-%s.mail>' % (hx(m.seed + 'gm1', 13), hx(m.seed + 'gm2', 20), hx(m.seed + 'hn', 7))

    def boundary(self, m, i):
        return '--==_mimepart_%s_%s' % (hx(m.seed + 'gb1', 13), hx(m.seed + 'gb2', 9, '0123456789'))

    def headers(self, m):
        return ['Date: ' + rfcdate(m.sent, 'PT'), H('From', m.A(m.frm))] + to_cc(m) + [
            'Message-ID: ' + self.msgid(m), H('Subject', m.S()), 'Mime-Version: 1.0', 'BODY',
            'X-Auto-Response-Suppress: All']


class DocuSignEU(Base):
    zone = 'UTC'
    hdr_charset = 'utf-8'
    hdr_mode = 'B'
    delay = 3

    def client(self, m):
        n = hnum(m.seed + 'ds', 1, 4)
        h = 'mailfr%d.eumail.docusign.net' % n
        return (h, h, '185.81.%d.%d' % (hnum(m.seed + 'ds3', 100, 103), 40 + n))

    def return_path(self, m):
        return 'bounces+%s@eumail.docusign.net' % hx(m.seed + 'dsr', 24)

    def trace(self, m):
        return ['Received: from docusign.net (fr%sfapp%02d.docusign.net [10.%d.%d.%d])\n\tby mailfr%d.eumail.docusign.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            hnum(m.seed + 'a', 1, 3), hnum(m.seed + 'b', 1, 40), hnum(m.seed + 'c', 1, 250), hnum(m.seed + 'd', 1, 250),
            hnum(m.seed + 'e', 1, 250), hnum(m.seed + 'ds', 1, 4), hx(m.seed + 'dsq', 11, UPHEX), m.rcpt,
            rfcdate(m.sent + sec(1), 'UTC', comment=True))]

    def msgid(self, m):
        return '<%s@docusign.net>' % hx(m.seed + 'dsm', 32)

    def boundary(self, m, i):
        return '----=_NextPart_%s' % guid(m.seed + 'dsb%d' % i)

    def headers(self, m):
        return ['MIME-Version: 1.0', H('From', m.A(m.frm))] + reply_to(m) + to_cc(m) + [
            'Date: ' + rfcdate(m.sent, 'UTC', pad_day=True), H('Subject', m.S()), 'Message-ID: ' + self.msgid(m),
            'X-Api-Host: docusign.net', 'X-DocuSign-Version: 26.3.1', 'BODY']


class YandexService(Base):
    zone = 'MSK'
    hdr_charset = 'utf-8'
    hdr_mode = 'B'

    def client(self, m):
        n = hnum(m.seed + 'ysv', 100, 500)
        h = 'forward%db.mail.yandex.net' % n
        return (h, h, '178.154.239.%d' % (n % 200 + 20))

    def trace(self, m):
        return ['Received: from mail-nwsmtp-mxback-production-main-%d.klg.yp-c.yandex.net (mail-nwsmtp-mxback-production-main-%d.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s' % (
            hnum(m.seed + 'yk', 10, 80), hnum(m.seed + 'yk', 10, 80), hx(m.seed + 'y1', 4), hx(m.seed + 'y2', 4),
            self.client(m)[0], hx(m.seed + 'yq', 10, UPHEX), m.rcpt, rfcdate(m.sent + sec(1), 'MSK', comment=True))]

    def return_path(self, m):
        return 'noreply@id.yandex.ru'

    def msgid(self, m):
        return '<%s@id.yandex.ru>' % hx(m.seed + 'yidm', 24, ALNUM)

    def boundary(self, m, i):
        return '===============%s==' % hnum(m.seed + 'yib%d' % i, 10 ** 17, 10 ** 18)

    def headers(self, m):
        return [H('From', m.A(m.frm))] + to_cc(m) + [H('Subject', m.S()), 'Date: ' + rfcdate(m.sent, 'MSK'),
                                                     'Message-ID: ' + self.msgid(m), 'MIME-Version: 1.0', 'BODY',
                                                     'X-Yandex-Service: cGFzc3BvcnQ=']


class GenericMTA(Base):
    """Configurable automated sender behind a named MTA (portals, ERPs)."""
    zone = 'CET'
    hdr_charset = 'utf-8'
    hdr_mode = 'B'
    mta = 'Postfix'

    def trace(self, m):
        out = []
        if getattr(self, 'inner', None):
            out.append('Received: from %s (%s [%s])\n\tby %s (%s) with ESMTP id %s\n\tfor <%s>; %s' % (
                self.inner[0], self.inner[0], self.inner[1], self.helo, self.mta, hx(m.seed + 'gq', 10, UPHEX),
                m.rcpt, rfcdate(m.sent + sec(1), self.zone, comment=True)))
        return out

    def msgid(self, m):
        return '<%s.%s@%s>' % (hnum(m.seed + 'gmm', 10 ** 9, 10 ** 10), hx(m.seed + 'gmm2', 12), self.msgid_dom)

    def boundary(self, m, i):
        return '----=_Part_%d_%d.%d' % (hnum(m.seed + 'gmb%d' % i, 10 ** 5, 10 ** 6), hnum(m.seed + 'gmc', 10 ** 8, 10 ** 9),
                                        int(m.sent.timestamp() * 1000))

    def headers(self, m):
        h = ['Date: ' + rfcdate(m.sent, self.zone), H('From', m.A(m.frm))] + reply_to(m) + to_cc(m) + [
            'Message-ID: ' + self.msgid(m), H('Subject', m.S()), 'MIME-Version: 1.0', 'BODY']
        if getattr(self, 'xm', None):
            h.append('X-Mailer: ' + self.xm)
        return h + list(getattr(self, 'xh', []))
