"""Sending systems, part 2: large services' own notification
infrastructure (Google, GitHub, Microsoft account, DocuSign, Yandex ID) and
regional ESPs (MailUp, UniSender)."""
from common import H, N, ALNUM, uuid, rfc, sec
from infra import _common, _hdrs, _subj, UPHEX


def google_notify(m, t, f, kind='security'):
    n = N(m.seed('sor'), 60, 80)
    host = 'mail-sor-f%d.google.com' % n
    _common(m, f, t, '3%s@gaia.bounces.google.com' % H(m.seed('rp'), 40, ALNUM + '-'),
            dict(helo=host, rdns=host, ip='209.85.220.%d' % n))
    m.trace = [('Received', 'by %s with SMTP id %s-%sso%d%s.%d\n        for <%s>\n        '
                '(Google Transport Security);\n        %s'
                % (host, 'd9443c01a7336', H(m.seed('g1'), 10), N(m.seed('g2'), 10 ** 8, 10 ** 9), 'a', N(m.seed('g3'), 1, 9),
                   f['rcpt'], rfc(sec(t, -1), 'US-P', 'nopad', comment=True))),
               ('X-Google-Smtp-Source', 'AGHT+I' + H(m.seed('gss'), 70, ALNUM + '+/') + '='),
               ('X-Received', 'by 2002:a05:6902:%s:b0:%s:%s:%s with SMTP id %s-%smr%dybt.%d.%d;\n        %s'
                % (H(m.seed('x1'), 4), H(m.seed('x2'), 3), H(m.seed('x3'), 4), H(m.seed('x4'), 4),
                   H(m.seed('x5'), 6, 'abcdefghijklmnopqrstuvwxyz0123456789'), H(m.seed('x6'), 30),
                   N(m.seed('x7'), 10 ** 6, 10 ** 7), N(m.seed('x8'), 1, 30), int(t.timestamp() * 1000) - 500,
                   rfc(sec(t, -1), 'US-P', 'nopad', comment=True)))]
    m.msgid = '<%s@notifications.google.com>' % H(m.seed('mid'), 22, ALNUM + '-_')
    _hdrs(m, f, [('MIME-Version', '1.0'), ('Date', rfc(sec(t, -1), 'GMT', 'nopad')[:-5] + 'GMT'),
                 ('X-Account-Notification-Type', '127' if kind == 'security' else '20'),
                 ('Feedback-ID', 'P-10-0:C20060867:M110136315-en:gamma'),
                 ('X-Notifications', H(m.seed('xn'), 16) + 'GAMMA'),
                 ('X-Notifications-Bounce-Info', H(m.seed('xb'), 80, ALNUM)),
                 ('Message-ID', m.msgid), ('Subject', _subj(f)), 'From', 'To', '*X*', '*CT*'])
    return 'gmail'


def github(m, t, f):
    n = N(m.seed('o'), 20, 28)
    host = 'out-%d.smtp.github.com' % n
    node = 'hubbernetes-node-%s' % H(m.seed('node'), 12)
    _common(m, f, t, 'noreply@github.com', dict(helo=host, rdns=host, ip='192.30.252.%d' % (180 + n)))
    m.trace = [('Received', 'from github.com (%s.ash1-iad.github.net [10.56.%d.%d])\n'
                '\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
                % (node, N(m.seed('a'), 100, 220), N(m.seed('b'), 2, 250), H(m.seed('q'), 12, UPHEX),
                   f['rcpt'], rfc(sec(t, -1), 'US-P', 'space', comment=True)))]
    m.msgid = '<%s_%s@%s.mail>' % (H(m.seed('m1'), 13), H(m.seed('m2'), 13), node)
    _hdrs(m, f, [('Date', rfc(sec(t, -2), 'US-P', 'nopad')), 'From', 'To', ('Message-ID', m.msgid),
                 ('Subject', _subj(f)), ('Mime-Version', '1.0'), '*CT*',
                 ('X-Auto-Response-Suppress', 'All'), '*X*'])
    return 'hex'


def ms_account(m, t, f):
    srv = 'SA1PR%02dMB%04d' % (N(m.seed('s'), 10, 20), N(m.seed('sn'), 1000, 9999))
    n = N(m.seed('on'), 2040, 2130)
    _common(m, f, t, 'account-security-noreply@accountprotection.microsoft.com',
            dict(helo='NAM12-SN1-obe.outbound.protection.outlook.com',
                 rdns='mail-sn1nam12on%d.outbound.protection.outlook.com' % n, ip='40.107.92.%d' % (n % 120 + 10)))
    m.trace = [('Received', 'from %s.namprd%s.prod.outlook.com (2603:10b6:806:%x::%x) by\n'
                ' %s.namprd%s.prod.outlook.com (2603:10b6:806:%x::%x) with Microsoft SMTP\n'
                ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9137.21; %s'
                % (srv, srv[5:7], N(m.seed('a'), 256, 999), N(m.seed('b'), 1, 30), srv, srv[5:7],
                   N(m.seed('a'), 256, 999), N(m.seed('b'), 1, 30), rfc(sec(t, -1), 'UTC', 'nopad'))),
               ('X-MS-Exchange-CrossTenant-id', '72f988bf-86f1-41af-91ab-2d7cd011db47')]
    m.msgid = '<%s.%s@%s>' % (H(m.seed('m1'), 12, UPHEX[:10] + 'KLMNPQRSTUVWXYZ'), H(m.seed('m2'), 14, UPHEX[:10] + 'KLMNPQRSTUVWXYZ'),
                              srv.replace('SA1PR', 'SA1PEPF0000'))
    _hdrs(m, f, ['From', 'To', ('Subject', _subj(f)), ('Date', rfc(sec(t, -2), 'UTC', 'nopad')),
                 ('Message-ID', m.msgid), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                 ('X-MS-PublicTrafficType', 'Email'), '*X*', '*CT*', ('MIME-Version', '1.0')])
    return 'outlook'


def docusign(m, t, f, region='eumail'):
    n = N(m.seed('n'), 2, 9)
    host = 'mail%s.%s.docusign.net' % ('fra' if region == 'eumail' else 'sea', region)
    _common(m, f, t, 'bounces@%s.docusign.net' % region,
            dict(helo=host, rdns=host, ip='185.35.%d.%d' % (N(m.seed('c'), 12, 14), 100 + n)))
    m.trace = [('Received', 'from FRADSWPMAILB%02d.docusign.net (10.36.%d.%d) by %s\n'
                '\t(DocuSign Mail Relay) with ESMTP id %s; %s'
                % (n, N(m.seed('a'), 10, 99), N(m.seed('b'), 10, 250), host, H(m.seed('q'), 14, UPHEX),
                   rfc(sec(t, -1), 'UTC', 'nopad')))]
    m.msgid = '<%s@%s.docusign.net>' % (H(m.seed('mid'), 32), region)
    _hdrs(m, f, ['From', 'Reply-To', 'To', ('Message-ID', m.msgid), ('Date', rfc(sec(t, -2), 'UTC', 'nopad')),
                 ('Subject', _subj(f)), ('MIME-Version', '1.0'), '*CT*',
                 ('X-Api-Host', 'eu.docusign.net'), ('X-DocuSign-AccountId', uuid(m.seed('acc'))),
                 ('X-DocuSign-EnvelopeId', uuid(m.seed('env'))), '*X*'])
    return 'hex'


def yandex_id(m, t, f):
    fw = 'forward%d%s.mail.yandex.net' % (N(m.seed('fw'), 100, 503), 'ab'[N(m.seed('fwl'), 0, 1)])
    ip = '178.154.239.%d' % N(m.seed('fwip'), 70, 220)
    src = 'mail-notsolitesrv-production-main-%d.klg.yp-c.yandex.net' % N(m.seed('src'), 10, 90)
    _common(m, f, t, 'noreply@id.yandex.ru', dict(helo=fw, rdns=fw, ip=ip))
    m.trace = [('Received', 'from %s (%s [IPv6:2a02:6b8:c42:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s-%s;\n\t%s'
                % (src, src, N(m.seed('v6'), 4096, 65535), N(m.seed('v7'), 4096, 65535), fw,
                   H(m.seed('y1'), 12, ALNUM), H(m.seed('y2'), 8, ALNUM), rfc(sec(t, -1), 'RU', 'nopad')))]
    m.msgid = '<%s@%s>' % (H(m.seed('mid'), 32), src)
    _hdrs(m, f, [('Date', rfc(sec(t, -2), 'RU', 'nopad')), 'From', 'To', ('Message-Id', m.msgid),
                 ('Subject', _subj(f, ('utf-8', 'B'))), ('MIME-Version', '1.0'), '*CT*', '*X*'])
    return 'yandex'


def mailup(m, t, f, console, list_n, x=()):
    n = N(m.seed('n'), 10, 90)
    host = 'mta%d.mailup.net' % n
    _common(m, f, t, 'bounce-%d-%d-%s@%s' % (console, list_n, H(m.seed('b'), 10), 'bounce.mailup.net'),
            dict(helo=host, rdns=host, ip='91.212.152.%d' % n))
    m.trace = [('Received', 'from mtahub%02d.mailup.net (10.44.%d.%d) by %s (MailUp MTA) with ESMTP id %s; %s'
                % (N(m.seed('h'), 1, 12), N(m.seed('a'), 1, 99), N(m.seed('c'), 1, 250), host,
                   H(m.seed('q'), 16, UPHEX), rfc(sec(t, -1), 'IT', 'nopad')))]
    m.msgid = '<%d.%d.%d@mailup.net>' % (console, list_n, N(m.seed('mid'), 10 ** 9, 10 ** 10))
    _hdrs(m, f, ['From', 'Reply-To', 'To', ('Subject', _subj(f)), ('Date', rfc(sec(t, -2), 'IT', 'nopad')),
                 ('Message-ID', m.msgid), ('X-Mailer', 'MailUp (%d)' % console),
                 ('X-MailUp-Console', str(console)), ('MIME-Version', '1.0'), '*CT*', '*X*'] + list(x))
    return 'java'


def unisender(m, t, f, x=()):
    n = N(m.seed('n'), 10, 99)
    host = 'out%d.unisender.ru' % n
    _common(m, f, t, 'bounce-%s-%d@bounces.unisender.ru' % (H(m.seed('b'), 12), N(m.seed('u'), 10 ** 6, 10 ** 7)),
            dict(helo=host, rdns=host, ip='185.98.8%d.%d' % (N(m.seed('i'), 0, 3), n)))
    m.trace = [('Received', 'from mta-app%d (localhost [127.0.0.1]) by %s (UniSender) with ESMTP id %s; %s'
                % (N(m.seed('a'), 1, 20), host, H(m.seed('q'), 12, UPHEX), rfc(sec(t, -1), 'RU', 'nopad'))),
               ('X-UNISENDER-ID', '%d-%s' % (N(m.seed('uid'), 10 ** 6, 10 ** 7), H(m.seed('c'), 16)))]
    m.msgid = '<%s@unisender.ru>' % H(m.seed('mid'), 32)
    _hdrs(m, f, ['From', 'Reply-To', 'To', ('Subject', _subj(f, ('UTF-8', 'B'))),
                 ('Date', rfc(sec(t, -2), 'RU', 'nopad')), ('Message-ID', m.msgid), ('MIME-Version', '1.0'),
                 '*CT*', '*X*'] + list(x))
    return 'hex'
