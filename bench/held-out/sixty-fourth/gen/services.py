"""Real-service sending infrastructure (Microsoft, Google, GitHub, DocuSign, SharePoint, Yandex ID)."""
from infra import fmt, plus, hx, an, uuid, TLS12, TLS13, yandex

def microsoft(r, t, frm, rcpt):
    srv = 'SA1P221MB%04d' % r.randrange(1000, 9999)
    hops = ['from %s.NAMP221.PROD.OUTLOOK.COM (2603:10b6:806:%s::%d) by\n\tBN8NAM11FT%03d.mail.protection.outlook.com (2603:10b6:408:%s::%d) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8314.9; %s'
            % (srv, hx(r, 3), r.randrange(2, 30), r.randrange(10, 99), hx(r, 3), r.randrange(2, 30), fmt(t, 'UTC'))]
    ip = '52.101.%d.%d' % (r.randrange(40, 200), r.randrange(2, 250))
    return dict(client=('BN1PR04CU002.outbound.protection.outlook.com',
                        'mail-eastus2azon%d.outbound.protection.outlook.com' % r.randrange(11010000, 11019999), ip),
                tls=TLS12, hops=hops, msgid='<%s.%s@%s.NAMP221.PROD.OUTLOOK.COM>' % (an(r, 12, '0123456789ABCDEF'), hx(r, 6, True), srv),
                rp='account-security-noreply@accountprotection.microsoft.com',
                extra=[('X-MS-Exchange-Organization-AuthAs', 'Anonymous')], bstyle='outlook')

def google(r, t, frm, rcpt):
    host = 'mail-sor-f%d.google.com' % r.randrange(41, 73)
    hops = ['by %s with SMTP id %s-%so%s.%d\n\tfor <%s>\n\t(Google Transport Security);\n\t%s'
            % (host, hx(r, 10), hx(r, 12), an(r, 9, '0123456789'), r.randrange(0, 3), rcpt, fmt(t, 'USP', True))]
    return dict(client=(host, host, '209.85.220.%d' % r.randrange(41, 73)), tls=TLS13, hops=hops,
                msgid='<%s@notifications.google.com>' % an(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
                rp='3%s@gaia.bounces.google.com' % an(r, 40), extra=[('X-Google-Smtp-Source', 'AGHT+I' + an(r, 50)),
                ('X-Received', 'by 2002:a05:6512:%s:b0:%s:%s with SMTP id %s; %s' % (hx(r, 4), hx(r, 3), hx(r, 4), hx(r, 12), fmt(t, 'USP', True)))],
                bstyle='gmail')

def github(r, t, frm, rcpt):
    n = r.randrange(20, 60)
    hops = ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4X%s\n\tfor <%s>; %s'
            % (an(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), r.randrange(1, 250), r.randrange(1, 250), an(r, 12), rcpt, fmt(t, 'UTC', True).replace('+0000 (UTC)', '-0700 (PDT)'))]
    hops = ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4X%s\n\tfor <%s>; %s'
            % (an(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), r.randrange(1, 250), r.randrange(1, 250), an(r, 12), rcpt, fmt(t, 'USP'))]
    return dict(client=('out-%d.smtp.github.com' % n, 'out-%d.smtp.github.com' % n, '192.30.252.%d' % (190 + n % 20)), tls=TLS13,
                hops=hops, msgid='<%s%s_%s@lowworker-%s-%s.ac4-iad.github.net.mail>' % (hx(r, 8), hx(r, 5), hx(r, 40), hx(r, 10), an(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789')),
                rp='noreply@github.com', extra=[('X-GitHub-Recipient-Address', rcpt), ('X-Auto-Response-Suppress', 'All')],
                bstyle='github')

def docusign(r, t, frm, rcpt):
    ip = '185.81.100.%d' % r.randrange(40, 90)
    host = 'mailfa.eumail.docusign.net' if r.random() < .5 else 'mailfb.eumail.docusign.net'
    hops = ['from docusign.net (10.14.%d.%d) by %s id %s for <%s>; %s'
            % (r.randrange(1, 250), r.randrange(1, 250), host, hx(r, 16), rcpt, fmt(t, 'UTC'))]
    return dict(client=(host, host, ip), tls=TLS12, hops=hops,
                msgid='<%s@docusign.net>' % hx(r, 32), rp='bounces@eumail.docusign.net',
                extra=[('X-DocuSign-EnvelopeID', uuid(r).upper())], bstyle='docusign')

def sharepoint(r, t, frm, rcpt):
    ip = '40.107.%d.%d' % (r.randrange(20, 250), r.randrange(10, 250))
    srv = 'AM0PR%02dMB%04d' % (r.randrange(1, 10), r.randrange(1000, 9999))
    hops = ['from %s.eurprd%02d.prod.outlook.com (2603:10a6:208:%s::%d) by\n\t%s.eurprd%02d.prod.outlook.com with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8314.9; %s'
            % (srv, r.randrange(1, 9), hx(r, 3), r.randrange(2, 30), srv, r.randrange(1, 9), fmt(t, 'UTC'))]
    return dict(client=('EUR02-DB5-obe.outbound.protection.outlook.com',
                        'mail-db5eur02on20%d.outbound.protection.outlook.com' % r.randrange(600, 699), ip), tls=TLS12,
                hops=hops, msgid='<%s@odspnotify>' % uuid(r), rp='no-reply@sharepointonline.com',
                extra=[('X-MS-Exchange-Organization-SCL', '-1')][:0], bstyle='outlook')

def yandex_id(r, t, frm, rcpt):
    d = yandex(r, t, frm, rcpt, None, service=True)
    d['msgid'] = '<%s@%s>' % (hx(r, 32), 'id.yandex.ru')
    d['rp'] = 'noreply@id.yandex.ru'
    return d
