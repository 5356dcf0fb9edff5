"""Sender-side infrastructure profiles: trace headers below mx01, Message-ID
and mailer headers in the style of each sending system, MIME boundaries."""
import base64
import datetime
import struct
import uuid

INTERNAL_RELAY = ('mail-int01.example.com', '10.20.0.25')
EXCH = {'HH': ('EXHH01.corp.example.com', '10.20.0.41'),
        'HH2': ('EXHH02.corp.example.com', '10.20.0.42')}


def rdns_for(kind, ip):
    a = [int(x) for x in ip.split('.')]
    if kind == 'telekom':
        return 'p%02x%02x%02x%02x.dip0.t-ipconnect.de' % tuple(a)
    if kind == 'vodafone':
        return 'ip-%03d-%03d-%03d-%03d.um%02d.pools.vodafone-ip.de' % (a[0], a[1], a[2], a[3], a[3] % 40 + 10)
    if kind == 'tim':
        return 'host%d-%d-dynamic.%d-%d-r.retail.telecomitalia.it' % (a[3], a[2], a[1], a[0])
    if kind == 'netia':
        return '%d-%d-%d-%d.static.ip.netia.com.pl' % tuple(a)
    if kind == 'orangepl':
        return 'apn-%d-%d-%d-%d.dynamic.gprs.plus.pl' % tuple(a)
    if kind == 'movistar':
        return '%d.red-%d-%d-%d.dynamicip.rima-tde.net' % (a[3], a[0], a[1], a[2])
    if kind == 'otenet':
        return 'ppp-%d-%d-%d-%d.home.otenet.gr' % tuple(a)
    if kind == 'rt':
        return 'ppp-%d-%d-%d-%d.pppoe.spb.rt.ru' % tuple(a)
    if kind == 'bt':
        return 'host%d-%d-%d-%d.range%d-%d.btcentralplus.com' % (a[0], a[1], a[2], a[3], a[0], a[1])
    if kind == 'virgin':
        return 'cpc%d-sotn%d-2-0-cust%d.15-1.cable.virginm.net' % (a[2] * 3 + 11, a[3] % 14 + 1, a[3] * 4)
    raise KeyError(kind)


def filetime(t):
    return int((t.utc - datetime.datetime(1601, 1, 1)).total_seconds() * 10 ** 7)


# ------------------------------------------------------------------ mailers (Message-ID etc.)
def outlook_desktop(m, t, domain, lang='de'):
    ft = filetime(t)
    hi = '%016x' % ft
    c = m.rng.randrange(1, 0x200)
    a, b = m.hexs(8), m.hexs(8)
    m.msgid = '<%04x%s$%s$%s$@%s>' % (c, hi[:8], a, b, domain)
    m.xh('X-Mailer', 'Microsoft Outlook 16.0')
    m.xh('Thread-Index', base64.b64encode(struct.pack('>Q', ft)[:6] + m.rng.randbytes(16)).decode())
    m.xh('Content-Language', {'de': 'de', 'it': 'it', 'es': 'es', 'pl': 'pl', 'el': 'el', 'ru': 'ru',
                              'en': 'en-gb'}[lang])
    cnt = [0]

    def bgen(rng, ctype):
        cnt[0] += 1
        return '----=_NextPart_%03d_%04X_%s.%s' % (cnt[0] - 1, c, hi[:8].upper(), a.upper())
    m.bgen = bgen


def thunderbird(m, domain, lang='de-DE'):
    m.msgid = '<%s@%s>' % (uuid.UUID(bytes=m.rng.randbytes(16), version=4), domain)
    m.xh('User-Agent', 'Mozilla Thunderbird')
    m.xh('Content-Language', lang)
    m.bgen = lambda rng, ct: '------------' + m.alnum(24)


def apple_mail(m, domain, iphone=None):
    u = str(uuid.UUID(bytes=m.rng.randbytes(16), version=4)).upper()
    m.msgid = '<%s@%s>' % (u, domain)
    m.xh('X-Mailer', 'iPhone Mail (%s)' % iphone if iphone else 'Apple Mail (2.3826.200.121)')
    m.bgen = lambda rng, ct: 'Apple-Mail=_%s' % str(uuid.UUID(bytes=rng.randbytes(16), version=4)).upper()


def roundcube(m, domain, version='1.6.9'):
    m.msgid = '<%s@%s>' % (m.hexs(32), domain)
    m.xh('User-Agent', 'Roundcube Webmail/%s' % version)
    m.bgen = lambda rng, ct: '=_' + m.hexs(32)


def phpmailer(m, host, version='6.9.1'):
    m.msgid = '<%s@%s>' % (m.alnum(43), host)
    m.xh('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % version)
    m.bgen = lambda rng, ct: 'b1=_' + m.alnum(43)


def the_bat(m, t, domain, version='v10.4.0.2'):
    m.msgid = '<%d.%s@%s>' % (m.rng.randrange(10 ** 9, 2 * 10 ** 9), t.fmt('%Y%m%d%H%M%S'), domain)
    m.xh('X-Mailer', 'The Bat! (%s) Professional' % version)
    m.xh('X-Priority', '3 (Normal)')
    m.bgen = lambda rng, ct: '----------%s' % m.hexs(16, True)


def open_xchange(m, t, host):
    ms = int((t.utc - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)
    m.msgid = '<%d.%d.%d@%s>' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 5, 10 ** 6), ms, host)
    m.xh('X-Priority', '3')
    m.xh('Importance', 'Normal')
    m.xh('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev72')
    m.xh('X-Originating-Client', 'open-xchange-appsuite')
    m.bgen = lambda rng, ct: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), ms)


def zimbra(m, t, host):
    ms = int((t.utc - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)
    m.msgid = '<%d.%d.%d.JavaMail.zimbra@%s>' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 6, 10 ** 7), ms, host)
    m.xh('X-Mailer', 'Zimbra 10.1.2_GA_4634 (ZimbraWebClient - GC131 (Win)/10.1.2_GA_4634)')
    m.xh('Thread-Index', m.alnum(28))
    m.bgen = lambda rng, ct: '=_%s-%s-%s-%s-%s' % (m.hexs(8), m.hexs(4), m.hexs(4), m.hexs(4), m.hexs(12))


# ------------------------------------------------------------------ sender-side hops
def smb(m, t, rcpt, *, host, host_ip, client_ip, client_kind, auth, lan=None, tls='1.3', mta_delay=3,
        mx_helo=None):
    """Small business with its own Postfix submission/outbound server."""
    lan = lan or '192.168.%d.%d' % (m.rng.choice([0, 1, 2, 10, 178]), m.rng.randrange(20, 200))
    m.hop('from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
          % (lan, rdns_for(client_kind, client_ip), client_ip, auth, host, m.qid(), rcpt, (t + 1).rfc(comment=True)))
    m.mx(mx_helo or host, host_ip, t + mta_delay, rcpt, tls=tls)


def internal(m, t, rcpt, server='HH', mapi=True):
    ex, exip = EXCH[server]
    relay, rip = INTERNAL_RELAY
    m.hop('from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
          % (ex, ex.lower(), exip, relay, m.qid(), rcpt, (t + 1).at('DE').rfc(comment=True)))
    if mapi:
        m.hop('from %s ([fe80::%s:%s:%s:%s]) by\n\t%s ([fe80::%s:%s:%s:%s%%13]) with mapi id\n\t15.02.1748.010; %s'
              % (ex, m.hexs(4), m.hexs(4), m.hexs(4), m.hexs(4), ex, m.hexs(4), m.hexs(4), m.hexs(4), m.hexs(4),
                 t.at('DE').rfc()))
    m.mx(relay, rip, t + 2, rcpt, tls='1.3')
    m.msgid = '<%s@%s>' % (m.hexs(32), ex)
    tag = m.hexs(32)
    cnt = [0]

    def bgen(rng, ct):
        cnt[0] += 1
        n = {'multipart/mixed': '004', 'multipart/related': '003'}.get(ct, '000')
        return '_%s_%s%s_' % (n, tag, ex.lower().replace('.', ''))
    m.bgen = bgen
    m.xh('Thread-Topic', None)
    m.xh('Thread-Index', base64.b64encode(struct.pack('>Q', filetime(t))[:6] + m.rng.randbytes(16)).decode())
    m.xh('Accept-Language', 'de-DE, en-US')
    m.xh('Content-Language', None)
    m.xh('X-MS-Has-Attach', None)
    m.xh('X-MS-TNEF-Correlator', '')
    m.xh('x-originating-ip', '[10.20.%d.%d]' % (m.rng.choice([4, 5, 8, 12]), m.rng.randrange(20, 240)))


def exo(m, t, rcpt, *, tenant, pod='AS8PR08MB', region='eurprd08', outbound='EUR05-DB8-obe',
        ob_host='mail-db8eur05on2%03d.outbound.protection.outlook.com', ob_ip='40.107.20.%d',
        client_ip=None, lang='en-GB'):
    """Exchange Online (Microsoft 365) sender."""
    n = m.rng.randrange(10, 250)
    srv = '%s%04d' % (pod, m.rng.randrange(1000, 9999))
    fe = '%s%04d' % (pod.replace('AS8', 'DB9').replace('PA4', 'AM0'), m.rng.randrange(1000, 9999))
    v6 = '2603:10a6:20b:%x::%x' % (m.rng.randrange(0x100, 0x5ff), m.rng.randrange(1, 0x20))
    v6b = '2603:10a6:10:%x::%x' % (m.rng.randrange(0x100, 0x5ff), m.rng.randrange(1, 0x20))
    m.hop('from %s.%s.prod.outlook.com (%s) by\n\t%s.%s.prod.outlook.com (%s) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.20.9203.%d; %s'
          % (srv, region, v6, fe, region, v6b, m.rng.randrange(10, 40), (t + 1).at('UTC').rfc()))
    m.hop('from %s.%s.prod.outlook.com\n\t([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com\n\t([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.9203.%d; %s'
          % (srv, region, m.hexs(4), m.hexs(4), m.hexs(4), m.hexs(4), srv, region, m.hexs(4), m.hexs(4),
             m.hexs(4), m.hexs(4), m.rng.randrange(10, 40), t.at('UTC').rfc()))
    m.mx(outbound + '.outbound.protection.outlook.com', ob_ip % n, t + 3, rcpt,
         rdns=ob_host % n, tls='1.2')
    m.msgid = '<%s%s@%s.%s.PROD.OUTLOOK.COM>' % (srv, m.hexs(22, True), srv, region.upper())
    m.dateh = t.at('UTC')
    tag = m.msgid[1:-1].split('@')[0]

    def bgen(rng, ct):
        num = {'multipart/mixed': '004', 'multipart/related': '003'}.get(ct, '000')
        return '_%s_%s%s_' % (num, tag, srv.lower() + region + 'prodo')
    m.bgen = bgen
    m.xh('Thread-Topic', None)
    m.xh('Thread-Index', base64.b64encode(struct.pack('>Q', filetime(t))[:6] + m.rng.randbytes(16)).decode())
    m.xh('Accept-Language', lang + ', en-US')
    m.xh('Content-Language', lang)
    m.xh('X-MS-Has-Attach', None)
    m.xh('X-MS-TNEF-Correlator', '')
    m.xh('x-ms-publictraffictype', 'Email')
    m.xh('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv, fe))
    m.xh('X-MS-Exchange-CrossTenant-Network-Message-Id', str(uuid.UUID(bytes=m.rng.randbytes(16), version=4)))
    m.xh('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04dZ' % (t.at('UTC').fmt('%d %b %Y %H:%M:%S'), m.rng.randrange(10000)))
    m.xh('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted')
    m.xh('X-MS-Exchange-CrossTenant-id', tenant)
    m.xh('X-MS-Exchange-Transport-CrossTenantHeadersStamped', fe)


def gmail(m, t, rcpt, *, web=True, mobile=None):
    n = m.rng.choice([41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 65, 66, 67, 68, 69, 70])
    pre = m.rng.choice(['mail-wr1-f%d.google.com' % n, 'mail-wm1-f%d.google.com' % n,
                        'mail-ej1-f%d.google.com' % n, 'mail-ed1-f%d.google.com' % n])
    ip = {'wr1': '209.85.221.%d', 'wm1': '209.85.128.%d', 'ej1': '209.85.218.%d', 'ed1': '209.85.208.%d'}[pre[5:8]] % n
    sid = '%s-%sso%d%s.%d' % (m.hexs(13), m.hexs(11), m.rng.randrange(10 ** 6, 10 ** 7), m.rng.choice(['66b', 'f8f', '5a', '4ad']), m.rng.randrange(1, 9))
    m.hop('by %s with SMTP id %s\n\tfor <%s>; %s' % (pre, sid, rcpt, (t + 1).at('US-P').rfc()))
    m.mx(pre, ip, t + 2, rcpt, tls='1.3')
    ms = int((t.utc - datetime.datetime(1970, 1, 1)).total_seconds() * 1000) + m.rng.randrange(300, 900)
    m.xh('X-Gm-Message-State', 'AOJu0Y' + m.alnum(60) + '==')
    m.xh('X-Gm-Gg', 'ASbGnc' + m.alnum(80))
    m.xh('X-Google-Smtp-Source', 'AGHT+IE' + m.alnum(60) + '==')
    m.xh('X-Received', 'by 2002:a17:907:%x:b0:%x:%x:%x with SMTP id %s;\n        %s'
         % (m.rng.randrange(4096), m.rng.randrange(4096), m.rng.randrange(4096), m.rng.randrange(4096),
            sid.split('so')[0] + '-' + m.hexs(12) + '.%d.%d' % (m.rng.randrange(2, 9), ms), (t + 1).at('US-P').rfc()))
    m.msgid = '<CA%s%s@mail.gmail.com>' % (m.rng.choice(['+', 'H', 'L', 'F', 'P', 'J']),
                                           m.alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+='))
    m.bgen = lambda rng, ct: '0000000000' + m.hexs(18)
    if mobile:
        apple_mail(m, 'gmail.com', iphone=mobile)


def gmx(m, t, rcpt, *, domain='gmx.de', client_ip='93.221.14.57', kind='telekom'):
    inner = m.rng.choice(['mrgmx004', 'mrgmx104', 'mrgmx005', 'mrgmx105'])
    m.hop('from [%s] ([%s]) by %s (mrgmx%s [212.227.17.%d])\n\twith ESMTPSA (Nemesis) id 1M%s-1%s; %s'
          % ('192.168.178.%d' % m.rng.randrange(20, 60), client_ip, 'mail.gmx.net' if 'gmx' in domain else 'web.de',
             inner[-3:], m.rng.randrange(160, 190), m.alnum(8), m.alnum(10), (t + 1).rfc()))
    host = 'mout.gmx.net' if 'gmx' in domain else 'mout.web.de'
    ip = '212.227.17.%d' % m.rng.choice([20, 21, 22]) if 'gmx' in domain else '217.72.192.%d' % m.rng.choice([78, 79])
    m.mx(host, ip, t + 2, rcpt, tls='1.3')
    ms = int((t.utc - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)
    srv = '3c-app-%s-bs%02d' % ('gmx' if 'gmx' in domain else 'webde', m.rng.randrange(1, 60))
    m.msgid = '<trinity-%s-%d@%s>' % (uuid.UUID(bytes=m.rng.randbytes(16), version=4), ms, srv)
    m.xh('X-Priority', '3')
    m.xh('Importance', 'normal')
    m.xh('Sensitivity', 'Normal')
    m.xh('X-UI-Message-Type', 'mail')
    m.xh('X-Provags-ID', 'V03:K1:' + m.alnum(80, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))
    m.bgen = lambda rng, ct: 'abmob-' + str(uuid.UUID(bytes=rng.randbytes(16), version=4))


def libero(m, t, rcpt, *, client_ip='79.20.45.112'):
    m.hop('from libero.it ([%s])\n\tby smtp-%d-i6.italiaonline.it with ESMTPA\n\tid %s; %s'
          % (client_ip, m.rng.randrange(10, 60), m.alnum(22), (t + 1).rfc()))
    n = m.rng.randrange(30, 40)
    m.mx('libero.it', '213.209.10.%d' % n, t + 2, rcpt, rdns='smtp-%d-i6.italiaonline.it' % n, tls='1.2')
    m.msgid = '<%d.%d.%d@libero.it>' % (m.rng.randrange(10 ** 12, 10 ** 13), m.rng.randrange(10 ** 5, 10 ** 6),
                                         m.rng.randrange(10 ** 7, 10 ** 8))
    m.xh('X-Mailer', 'Libero Mail')
    m.xh('X-Originating-IP', '[%s]' % client_ip)
    m.bgen = lambda rng, ct: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13))


def wp(m, t, rcpt, *, client_ip='89.78.112.14'):
    m.hop('from %d-%d-%d-%d.dynamic.chello.pl (HELO [192.168.1.%d]) (%s)\n\t(envelope-sender <%s>)\n\tby smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n\tfor <%s>; %s'
          % (*[int(x) for x in client_ip.split('.')], m.rng.randrange(20, 200), client_ip, m.env_from, rcpt,
             (t + 1).rfc()))
    n = m.rng.randrange(1, 9)
    m.mx('mx%d.wp.pl' % n, '212.77.101.%d' % (n + 10), t + 2, rcpt, tls='1.3')
    m.msgid = '<%s@wp.pl>' % m.hexs(32)
    m.xh('X-WP-MailID', m.hexs(32))
    m.xh('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')
    m.xh('X-Mailer', 'Poczta WP')
    m.bgen = lambda rng, ct: '=-' + m.alnum(22)


def otenet(m, t, rcpt, *, client_ip='94.64.121.18'):
    m.hop('from [192.168.1.%d] (%s [%s])\n\t(authenticated bits=0)\n\tby mailout.otenet.gr (8.15.2/8.15.2) with ESMTPSA id 5%sX%s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO);\n\t%s'
          % (m.rng.randrange(20, 90), rdns_for('otenet', client_ip), client_ip, m.alnum(6).upper(), m.alnum(6).upper(), (t + 1).rfc()))
    m.mx('mailout.otenet.gr', '83.235.69.%d' % m.rng.randrange(30, 50), t + 2, rcpt, tls='1.3')


def yandex(m, t, rcpt, *, web=True):
    fw = 'forward%d%s.mail.yandex.net' % (m.rng.randrange(100, 500), m.rng.choice('abcd'))
    n = m.rng.randrange(10, 90)
    m.hop('from mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
          % (n, n, m.rng.randrange(0x1000, 0xffff), m.rng.randrange(0x1000, 0xffff), fw, m.alnum(12), rcpt, (t + 1).rfc()))
    m.mx(fw, '178.154.239.%d' % m.rng.randrange(60, 220), t + 2, rcpt, tls='1.3')
    m.msgid = '<%d%d@mail.yandex.ru>' % (m.rng.randrange(100000, 999999), m.rng.randrange(10 ** 9, 2 * 10 ** 9))
    m.xh('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')
    m.bgen = lambda rng, ct: '%d' % rng.randrange(10 ** 16, 10 ** 17)


def btinternet(m, t, rcpt, *, client_ip='81.154.32.7'):
    m.hop('from [192.168.1.%d] (%s [%s])\n\tby sa-prd-rgout-005.btmx-prd.synchronoss.net (5.8.814) (authenticated as %s)\n\tid 6%s; %s'
          % (m.rng.randrange(60, 200), rdns_for('bt', client_ip), client_ip, m.env_from,
             m.hexs(15, True), (t + 1).rfc()))
    m.mx('sa-prd-fep-045.btinternet.com', '213.120.69.%d' % m.rng.randrange(90, 120), t + 2, rcpt, tls='1.2')


def vps(m, t, rcpt, *, helo, ip, rdns=None, tls='1.3', inner=None):
    """Direct-to-MX delivery from a rented server (attacker infrastructure)."""
    if inner:
        m.hop(inner)
    m.mx(helo, ip, t + 1, rcpt, rdns=rdns, tls=tls)


def php_webhost(m, t, rcpt, *, server, ip, uid=33, script_domain=None):
    """Compromised website sending through local Postfix (PHP mail())."""
    m.hop('by %s (Postfix, from userid %d)\n\tid %s; %s' % (server, uid, m.qid(), t.rfc(comment=True)))
    m.mx(server, ip, t + 2, rcpt, tls='1.2')


# ------------------------------------------------------------------ ESPs and genuine services
def sendgrid(m, t, rcpt, *, bounce_dom, ptr_dom=None):
    n = m.rng.randrange(10, 250)
    host = ('o%d.ptr%d.%s' % (m.rng.randrange(1, 9), m.rng.randrange(1000, 9999), ptr_dom)) if ptr_dom else \
        '%s.outbound-mail.sendgrid.net' % m.alnum(8, 'abcdefghijklmnopqrstuvwxyz')
    m.hop('by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%X\n\t%s'
          % (m.hexs(10), m.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.hexs(10),
             m.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.hexs(8, True), m.rng.randrange(16, 255),
             '; ' + t.at('UTC').rfc()))
    m.hop('from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s'
          % (m.alnum(8, 'abcdefghijklmnopqrstuvwxyz'), m.rng.randrange(1, 40), m.alnum(22), rcpt, t.at('UTC').rfc()))
    m.mx(host, '149.72.%d.%d' % (m.rng.randrange(100, 250), n), t + 2, rcpt, tls='1.3')
    m.return_path = '<bounces+%d-%s-%s=%s@%s>' % (m.rng.randrange(10 ** 7, 10 ** 8), m.hexs(4), rcpt.split('@')[0],
                                                   rcpt.split('@')[1], bounce_dom)
    m.msgid = '<%s@geopod-ismtpd-%d>' % (m.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
                                          m.rng.randrange(1, 40))
    m.xh('X-SG-EID', 'u001.' + m.alnum(120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))
    m.xh('X-Entity-ID', 'u001.' + m.alnum(24) + '==')
    m.bgen = lambda rng, ct: m.hexs(64)


def mailgun(m, t, rcpt, *, sending_dom):
    n = m.rng.randrange(2, 250)
    m.hop('by %s with HTTP id %s; %s' % ('%s.mailgun.org' % m.hexs(12), m.hexs(24), t.at('UTC').rfc()))
    m.mx('m%d-%d.mailgun.net' % (228, n), '159.135.228.%d' % n, t + 2, rcpt, tls='1.3')
    m.return_path = '<bounce+%s.%s-%s=%s@%s>' % (m.hexs(6), m.hexs(6), rcpt.split('@')[0], rcpt.split('@')[1], sending_dom)
    m.msgid = '<%s.%s@%s>' % (t.at('UTC').fmt('%Y%m%d%H%M%S'), m.hexs(16), sending_dom)
    m.xh('X-Mailgun-Sid', m.alnum(60) + '==')
    m.xh('X-Mailgun-Sending-Ip', '159.135.228.%d' % n)
    m.xh('X-Mailgun-Batch-Id', m.hexs(24))
    m.bgen = lambda rng, ct: m.hexs(32)


def ses(m, t, rcpt, *, region='eu-west-1', feedback='1.eu-west-1.%s=:AmazonSES'):
    n = m.rng.randrange(1, 60)
    host = 'a7-%d.smtp-out.%s.amazonses.com' % (n, region)
    mid = '0102019%s-%s-%s-%s-%s-000000' % (m.hexs(9), m.hexs(8), m.hexs(4), m.hexs(4), m.hexs(4) + m.hexs(8))
    m.mx(host, '54.240.7.%d' % n, t + 1, rcpt, tls='1.3')
    m.return_path = '<%s@%s.amazonses.com>' % (mid, region)
    m.msgid = '<%s@%s.amazonses.com>' % (mid, region)
    m.xh('Feedback-ID', feedback % m.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))
    m.xh('X-SES-Outgoing', '%s-54.240.7.%d' % (t.at('UTC').fmt('%Y.%m.%d'), n))
    m.bgen = lambda rng, ct: '=_' + m.alnum(40)


def brevo(m, t, rcpt, *, sender_dom):
    n = m.rng.randrange(1, 250)
    m.hop('from smtp-relay.mailin.fr (localhost [127.0.0.1])\n\tby smtp-relay.sendinblue.com (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s'
          % (m.alnum(11), rcpt, t.at('UTC').rfc(comment=True)))
    m.mx('m%d-%d.brevosend.com' % (m.rng.randrange(10, 90), n),
         '77.32.148.%d' % n, t + 2, rcpt, tls='1.3')
    m.return_path = '<bounces-%d-%s=%s@sib.%s>' % (m.rng.randrange(10 ** 6, 10 ** 7), rcpt.split('@')[0],
                                                   rcpt.split('@')[1], sender_dom)
    m.msgid = '<%s.%d@smtp-relay.mailin.fr>' % (t.at('UTC').fmt('%Y%m%d%H%M'), m.rng.randrange(10 ** 10, 10 ** 11))
    m.xh('X-Mailer', 'Sendinblue')
    m.xh('X-Mailin-EID', m.alnum(40) + '~' + m.alnum(6))
    m.xh('X-sib-id', m.alnum(60))
    m.xh('Feedback-ID', '77.32.148.%d:%d_-1:%d:Sendinblue' % (n, m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 3, 10 ** 4)))
    m.bgen = lambda rng, ct: m.hexs(32)


def mailchimp(m, t, rcpt, *, us='us21', list_id=None, user=None):
    a, b = m.rng.randrange(100, 255), m.rng.randrange(1, 250)
    host = 'mail%d-%d.suw%d.mcdlv.net' % (a, b, int(us[2:]) % 30 + 1)
    m.hop('from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s'
          % (host, m.alnum(12), rcpt, t.at('UTC').rfc()))
    m.mx(host, '198.2.%d.%d' % (a, b), t + 3, rcpt, tls='1.3')
    user = user or m.hexs(25)
    list_id = list_id or m.hexs(10)
    m.return_path = '<bounce-mc.%s_%s.%d-%s=%s@%s>' % (us, user, m.rng.randrange(10 ** 6, 10 ** 7), rcpt.split('@')[0],
                                                        rcpt.split('@')[1], host)
    m.msgid = '<%s.%s.%d@%s>' % (m.hexs(25), m.hexs(10), m.rng.randrange(10 ** 7, 10 ** 8), host)
    m.mc = dict(us=us, user=user, list_id=list_id, u=m.hexs(25), id=list_id, e=m.hexs(10))
    m.xh('X-Campaign', 'mailchimp%s.%s' % (user, m.hexs(10)))
    m.xh('X-campaignid', 'mailchimp%s.%s' % (user, m.hexs(10)))
    m.xh('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s'
         % (user, m.hexs(10), m.hexs(10)))
    m.xh('X-MC-User', user)
    m.xh('Feedback-ID', '%d:%d.%d:%s:mc' % (m.rng.randrange(10, 99), m.rng.randrange(10, 99), m.rng.randrange(10 ** 6, 10 ** 7), us))
    m.xh('List-ID', '%s mcsv.net' % user)
    m.xh('X-Accounttype', 'pd')
    m.bgen = lambda rng, ct: '_----------=_MCPart_%d' % rng.randrange(10 ** 9, 2 * 10 ** 9)


def cleverreach(m, t, rcpt, *, sender_dom):
    n = m.rng.randrange(10, 99)
    m.mx('mta%d.crsend.com' % n, '46.243.95.%d' % n, t + 2, rcpt, tls='1.3')
    m.return_path = '<bounce-%d-%d-%s=%s@crsend.com>' % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 8, 10 ** 9),
                                                       rcpt.split('@')[0], rcpt.split('@')[1])
    m.msgid = '<%s@%s>' % (m.hexs(32), 'crsend.com')
    m.xh('X-Mailer', 'CleverReach Mailer')
    m.xh('X-CSA-Complaints', 'csa-complaints@eco.de')
    m.bgen = lambda rng, ct: '----------=_' + m.hexs(24)
