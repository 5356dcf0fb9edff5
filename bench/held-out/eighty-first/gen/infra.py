"""Sending infrastructure: time zones, mx01 hop, per-system Received chains,
Message-ID / boundary styles and vendor headers."""
import base64
import uuid
from datetime import datetime, timedelta

MX = 'mx01.example.com'
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

EU_SWITCH = datetime(2026, 10, 25, 1, 0, 0)   # end of EU summer time (UTC)
US_SWITCH_P = datetime(2026, 11, 1, 9, 0, 0)  # end of PDT (UTC)


def T(y, mo, d, h, mi, s=0):
    """A UTC instant."""
    return datetime(y, mo, d, h, mi, s)


def offset(zone, utc):
    summer = utc < EU_SWITCH
    if zone == 'CET':
        return (120, 'CEST') if summer else (60, 'CET')
    if zone == 'EET':
        return (180, 'EEST') if summer else (120, 'EET')
    if zone == 'GB':
        return (60, 'BST') if summer else (0, 'GMT')
    if zone == 'MSK':
        return (180, 'MSK')
    if zone == 'PT':
        return (-420, 'PDT') if utc < US_SWITCH_P else (-480, 'PST')
    if zone == 'UTC':
        return (0, 'UTC')
    if zone == 'GMT':
        return (0, 'GMT')
    if zone == 'IST':
        return (330, 'IST')
    if zone == 'BRT':
        return (-180, '-03')
    if zone == 'WIB':
        return (420, 'WIB')
    raise ValueError(zone)


def rdate(utc, zone='CET', pad='d', comment=False, sec_frac=None):
    """RFC 5322 date. pad: 'd' no padding, 'e' space padded (Postfix), '0' zero padded."""
    off, abbr = offset(zone, utc)
    lt = utc + timedelta(minutes=off)
    day = {'d': '%d' % lt.day, 'e': '%2d' % lt.day, '0': '%02d' % lt.day}[pad]
    sign = '+' if off >= 0 else '-'
    z = '%s%02d%02d' % (sign, abs(off) // 60, abs(off) % 60)
    s = '%s, %s %s %d %02d:%02d:%02d' % (DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year,
                                         lt.hour, lt.minute, lt.second)
    if sec_frac:
        s += '.%s' % sec_frac
    s += ' ' + z
    if comment:
        s += ' (%s)' % abbr
    return s


def local(utc, zone):
    return utc + timedelta(minutes=offset(zone, utc)[0])


def plus(t, s):
    return t + timedelta(seconds=s)


# ------------------------------------------------------------ random-looking ids

HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64 = ALNUM + '+/'
PFX = '0123456789BCDFGHJKLMNPQRSTVWXYbcdfghjkmnpqrstvwxy'


def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, HEX, n)
    return s.upper() if upper else s


def ruuid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def postfix_qid(rng):
    return '4' + rs(rng, PFX, 9) + 'z' + rs(rng, PFX, 4)


def short_qid(rng):
    return hexs(rng, 10, upper=True)


def exim_id(rng):
    return '1%s-%s-%s' % (rs(rng, ALNUM, 5), rs(rng, ALNUM, 6), rs(rng, ALNUM, 2))


def filetime_thread_index(rng, replies=0):
    raw = bytes([1]) + bytes(rng.randrange(256) for _ in range(21 + 5 * replies))
    return base64.b64encode(raw).decode()


# ------------------------------------------------------------ boundaries

def boundary(rng, style, server=''):
    if style in ('exchange', 'm365'):
        return '_000_%s%s_' % (server.replace('.', '')[:20], hexs(rng, 32, True))
    if style == 'gmail':
        return '000000000000' + hexs(rng, 16)
    if style == 'thunderbird':
        return '------------' + rs(rng, ALNUM, 24)
    if style == 'roundcube':
        return '=_' + hexs(rng, 32)
    if style == 'phpmailer':
        return 'b1=_' + rs(rng, ALNUM, 43)
    if style == 'apple':
        return 'Apple-Mail-' + ruuid(rng, True)
    if style == 'outlook':
        return '----=_NextPart_000_%04X_01DB%s.%s' % (rng.randrange(1, 64), hexs(rng, 4, True), hexs(rng, 8, True))
    if style == 'mailchimp':
        return '_----------=_MCPart_%d' % rng.randrange(10 ** 9, 10 ** 10)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9),
                                        rng.randrange(10 ** 12, 10 ** 13))
    if style == 'python':
        return '===============%019d==' % rng.randrange(10 ** 18, 10 ** 19)
    if style == 'yandex':
        return '----==--bound.%d.myt%d-%s.qloud-c.yandex.net' % (rng.randrange(100000, 999999), rng.randrange(1, 7), hexs(rng, 12))
    if style == 'sendgrid':
        return hexs(rng, 64)
    if style == 'gmx':
        return 'abmob-' + ruuid(rng)
    return '=_' + rs(rng, ALNUM, 28)


# ------------------------------------------------------------ Route

class Route:
    def __init__(self, received, msgid, return_path, pre=None, post=None, bstyle='generic', bserver=''):
        self.received = received
        self.msgid = msgid
        self.return_path = return_path
        self.pre = pre or []
        self.post = post or []
        self.bstyle = bstyle
        self.bserver = bserver


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')


def mx_hop(rng, t, helo, rdns, ip, rcpt, tls='1.3'):
    lines = ['from %s (%s [%s])' % (helo, rdns or 'unknown', ip)]
    if tls == '1.3':
        lines.append(TLS13)
    elif tls == '1.2':
        lines.append(TLS12)
    lines.append('by %s (Postfix) with %s id %s' % (MX, 'ESMTPS' if tls else 'ESMTP', postfix_qid(rng)))
    lines.append('for <%s>; %s' % (rcpt, rdate(t, 'CET', 'e', True)))
    return '\n\t'.join(lines)


# ------------------------------------------------------------ internal (Exchange -> mail-int01 -> mx01)

def internal(rng, t, rcpt, ws_ip='10.20.30.45', mailbox_server='EXCH02'):
    srv = '%s.corp.example.com' % mailbox_server
    other = 'EXCH01' if mailbox_server == 'EXCH02' else 'EXCH02'
    oip = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}
    ll = 'fe80::%s:%s:%s:%s' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4))
    hops = [
        mx_hop(rng, plus(t, 3), 'mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', rcpt, '1.3'),
        'from %s.corp.example.com (%s.corp.example.com [%s])\n\t%s\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s' % (
            other.lower(), other.lower(), oip[other], TLS12.replace('\n\t(No client certificate requested)', ''),
            postfix_qid(rng), rdate(plus(t, 2), 'CET', 'e', True)),
        'from %s (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s' % (
            srv, oip[mailbox_server], other, oip[other], rdate(plus(t, 1), 'CET')),
        'from %s ([%s]) by %s\n ([%s%%12]) with mapi id 15.02.1544.014; %s' % (
            srv, ll, srv, ll, rdate(plus(t, 1), 'CET')),
    ]
    msgid = '<%s@%s>' % (hexs(rng, 32), srv)
    post = [
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-MS-Exchange-Organization-AuthMechanism', '04'),
        ('X-MS-Exchange-Organization-AuthSource', srv),
        ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
        ('x-originating-ip', '[%s]' % ws_ip),
    ]
    return Route(hops, msgid, None, post=post, bstyle='exchange', bserver=srv)


# ------------------------------------------------------------ Microsoft 365 tenant / Outlook.com

M365_PODS = [('AM0PR08MB', 'eurprd08', 'EUR03-AM7-obe', 'am7eur03on2', '40.107.105.'),
             ('DB9PR07MB', 'eurprd07', 'EUR05-DB8-obe', 'db8eur05on2', '40.107.20.'),
             ('PA4PR04MB', 'eurprd04', 'EUR01-VE1-obe', 've1eur01on2', '40.107.14.'),
             ('AS8PR02MB', 'eurprd02', 'EUR02-AM0-obe', 'am0eur02on2', '40.107.21.'),
             ('VI1PR06MB', 'eurprd06', 'EUR04-HE1-obe', 'he1eur04on2', '40.107.7.')]


def m365(rng, t, rcpt, tenant_domain, pod=None, sender_zone='CET', tenant_id=None):
    p = M365_PODS[pod if pod is not None else rng.randrange(len(M365_PODS))]
    srv1 = '%s%d.%s.prod.outlook.com' % (p[0], rng.randrange(1000, 9999), p[1])
    srv2 = '%s%s%d.%s.prod.outlook.com' % (rng.choice(['PAXPR', 'DU0PR', 'AS8PR', 'GV1PR', 'AM9PR', 'DB8PR', 'PR3PR']),
                                           p[0][5:], rng.randrange(1000, 9999), p[1])
    last = rng.randrange(40, 140)
    helo = '%s.outbound.protection.outlook.com' % p[2]
    rdns = 'mail-%s%03d.outbound.protection.outlook.com' % (p[3], last)
    ip = '%s%d' % (p[4], last)
    v6a = '2603:10a6:%s:%s::%s' % (hexs(rng, 3), hexs(rng, 2), hexs(rng, 2))
    v6b = '2603:10a6:%s:%s::%s' % (hexs(rng, 3), hexs(rng, 2), hexs(rng, 1))
    ll = 'fe80::%s:%s:%s:%s%%%d' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), rng.randrange(2, 9))
    short = srv1.split('.')[0]
    hops = [
        mx_hop(rng, plus(t, 2), helo, rdns, ip, rcpt, '1.2'),
        'from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s' % (
            srv1, v6a, srv2, v6b, rng.randrange(10, 40), rdate(plus(t, 1), 'UTC').replace('+0000', '+0000')),
        'from %s\n ([%s]) by %s\n ([%s]) with mapi id 15.20.8722.0%d; %s' % (
            srv1, ll, srv1, ll, rng.randrange(10, 40), rdate(t, 'UTC')),
    ]
    msgid = '<%s%s@%s>' % (short, hexs(rng, 24, True), srv1)
    tid = tenant_id or ruuid(rng)
    post = [
        ('x-ms-publictraffictype', 'Email'),
        ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (short, srv2.split('.')[0])),
        ('X-OriginatorOrg', tenant_domain),
        ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
        ('X-MS-Exchange-CrossTenant-AuthSource', srv1.upper()),
        ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', '%s UTC' % t.strftime('%d %b %Y %H:%M:%S.') + '%04d' % rng.randrange(10000)),
        ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
        ('X-MS-Exchange-CrossTenant-id', tid),
        ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv2.split('.')[0]),
    ]
    return Route(hops, msgid, None, post=post, bstyle='m365', bserver=srv1)


def outlook_com(rng, t, rcpt):
    host = 'AS8P250MB%04d' % rng.randrange(1000)
    srv = '%s.EURP250.PROD.OUTLOOK.COM' % host
    last = rng.randrange(20, 99)
    helo = 'EUR02-AM0-obe.outbound.protection.outlook.com'
    rdns = 'mail-am0eur02olkn20%02d.outbound.protection.outlook.com' % last
    ll = 'fe80::%s:%s:%s:%s%%%d' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), rng.randrange(2, 9))
    hops = [
        mx_hop(rng, plus(t, 2), helo, rdns, '40.92.49.%d' % last, rcpt, '1.2'),
        'from %s\n ([%s]) by %s\n ([%s]) with mapi id 15.20.8722.028; %s' % (srv, ll, srv, ll, rdate(t, 'UTC')),
    ]
    msgid = '<%s%s@%s>' % (host, hexs(rng, 24, True), srv)
    post = [('x-ms-exchange-messagesentrepresentingtype', '1'),
            ('x-tmn', '[%s]' % b64(rng, 24)),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid(rng)),
            ('X-MS-Exchange-CrossTenant-id', '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', host)]
    return Route(hops, msgid, None, post=post, bstyle='m365', bserver=srv)


# ------------------------------------------------------------ Gmail

def gmail(rng, t, rcpt, web=True, zone='PT'):
    kind, net = rng.choice([('ed1', '208'), ('wr1', '221'), ('lf1', '167'), ('wm1', '128'), ('ej1', '218')])
    last = rng.randrange(41, 55)
    host = 'mail-%s-f%d.google.com' % (kind, last)
    ip = '209.85.%s.%d' % (net, last)
    smtpid = '%s-%s%sso%d%s.%d' % (rs(rng, HEX, 13), rs(rng, HEX, 4), rs(rng, 'abcdef0123456789', 6),
                                   rng.randrange(10 ** 6, 10 ** 7), rs(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 3), rng.randrange(1, 4))
    hops = [
        mx_hop(rng, plus(t, 2), host, host, ip, rcpt, '1.3'),
        'by %s with SMTP id %s\n        for <%s>; %s' % (host, smtpid, rcpt, rdate(plus(t, 1), 'PT', '0', True)),
    ]
    pre = [
        ('X-Gm-Message-State', 'AOJu0Y' + rs(rng, B64[:-2] + '-_', 54)),
        ('X-Gm-Gg', 'ASbGnc' + rs(rng, ALNUM + '-_', 140)),
        ('X-Google-Smtp-Source', 'AGHT+I' + rs(rng, ALNUM + '+/', 70) + '=='),
        ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d;\n        %s' % (
            hexs(rng, 4), hexs(rng, 3), hexs(rng, 3), hexs(rng, 4), hexs(rng, 13), hexs(rng, 8), rng.randrange(1, 9),
            rdate(plus(t, 1), 'PT', '0', True))),
    ]
    msgid = '<CA%s%s@mail.gmail.com>' % (rs(rng, 'EFGHJKLMNOPQ', 1), rs(rng, ALNUM + '+_-', 52) + '=' + rs(rng, ALNUM, 3))
    return Route(hops, msgid, None, pre=pre, bstyle='gmail')


def google_sor(rng, t, rcpt):
    last = rng.choice([65, 69, 73, 41])
    host = 'mail-sor-f%d.google.com' % last
    hops = [
        mx_hop(rng, plus(t, 1), host, host, '209.85.220.%d' % last, rcpt, '1.3'),
        'by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s' % (
            host, '%s-%s.%d.%d' % (hexs(rng, 14), hexs(rng, 10), rng.randrange(1, 9), rng.randrange(10 ** 11, 10 ** 12)),
            rcpt, rdate(t, 'PT', '0', True)),
    ]
    pre = [('X-Google-Smtp-Source', 'AGHT+I' + rs(rng, ALNUM + '+/', 70) + '=='),
           ('X-Received', 'by 2002:a05:6808:%s:b0:%s:%s with SMTP id %s-%s.%d;\n        %s' % (
               hexs(rng, 4), hexs(rng, 3), hexs(rng, 4), hexs(rng, 13), hexs(rng, 8), rng.randrange(1, 9),
               rdate(t, 'PT', '0', True)))]
    msgid = '<%s@notifications.google.com>' % rs(rng, ALNUM + '-_', 22)
    return Route(hops, msgid, None, pre=pre, bstyle='java')


# ------------------------------------------------------------ German freemail, IONOS, Strato

def gmx(rng, t, rcpt, brand='gmx', client_ip='79.245.12.88'):
    mout = {'gmx': ('mout.gmx.net', '212.227.17.2%d', 'mail.gmx.net', 'mrgmx'),
            'webde': ('mout.web.de', '212.227.15.%d', 'web-mail.web.de', 'mrweb')}[brand]
    ip = mout[1] % rng.randrange(0, 9) if brand == 'gmx' else mout[1] % rng.randrange(3, 15)
    app = '3c-app-%s-bap%02d' % ('gmx' if brand == 'gmx' else 'webde', rng.randrange(1, 60))
    appip = '172.19.%d.%d' % (rng.randrange(1, 9), rng.randrange(2, 250))
    relay = '%s%03d' % (mout[3], rng.randrange(1, 120))
    hops = [
        mx_hop(rng, plus(t, 2), mout[0], mout[0], ip, rcpt, '1.3'),
        'from %s ([%s]) by %s\n (%s.server.lan [%s]) (via HTTP); %s' % (
            app, appip, 'web-mail.%s' % ('gmx.net' if brand == 'gmx' else 'web.de'), app, appip, rdate(t, 'CET')),
    ]
    msgid = '<trinity-%s-%d@%s>' % (ruuid(rng), int((t - datetime(1970, 1, 1)).total_seconds() * 1000) + rng.randrange(999), app)
    post = [('X-Priority', '3'), ('Importance', 'normal'), ('Sensitivity', 'Normal'),
            ('X-Provags-ID', 'V03:K1:%s' % rs(rng, ALNUM + '+/', 120)),
            ('UI-OutboundReport', 'notjunk:1;M01:P0:%s' % b64(rng, 30))]
    return Route(hops, msgid, None, post=post, bstyle='gmx')


def ionos(rng, t, rcpt, client_ip='87.123.45.67', client_helo='[192.168.2.105]', zone='CET'):
    ip = '212.227.126.%d' % rng.randrange(130, 200)
    hops = [
        mx_hop(rng, plus(t, 2), 'mout.kundenserver.de', 'mout.kundenserver.de', ip, rcpt, '1.3'),
        'from %s ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [213.165.67.%d]) with ESMTPSA (Nemesis) id %s; %s' % (
            client_helo, client_ip, rng.randrange(1, 120), rng.randrange(96, 120),
            '1M%s-1%s-00%s' % (rs(rng, ALNUM, 4), rs(rng, ALNUM, 9), rs(rng, ALNUM, 4)), rdate(plus(t, 1), zone)),
    ]
    post = [('X-Provags-ID', 'V03:K1:%s' % rs(rng, ALNUM + '+/', 120)),
            ('UI-OutboundReport', 'notjunk:1;M01:P0:%s' % b64(rng, 30))]
    return Route(hops, None, None, post=post)


def strato(rng, t, rcpt, client_ip, client_helo):
    ip = '81.169.146.%d' % rng.randrange(160, 180)
    hops = [
        mx_hop(rng, plus(t, 2), 'mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', ip, rcpt, '1.3'),
        'from %s\n    by smtp.strato.de (RZmta 51.3.0 AUTH)\n    with ESMTPSA id %s\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n    (Client did not present a certificate)\n    for <%s>;\n    %s' % (
            client_helo, rs(rng, ALNUM, 14), rcpt, rdate(plus(t, 1), 'CET')),
    ]
    return Route(hops, None, None, post=[('X-RZG-AUTH', ':%s' % rs(rng, ALNUM + '+/', 60))])


# ------------------------------------------------------------ other national mail systems

def aruba(rng, t, rcpt, client_ip='93.44.112.34', client_helo='[192.168.1.34]'):
    n = rng.randrange(10000, 30000)
    hops = [
        mx_hop(rng, plus(t, 2), 'smtpcmd%d.aruba.it' % n, 'smtpcmd%d.aruba.it' % n,
               '62.149.156.%d' % rng.randrange(10, 250), rcpt, '1.3'),
        'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
            client_helo, client_ip, rs(rng, ALNUM, 10), rdate(plus(t, 1), 'CET')),
    ]
    post = [('X-CMAE-Envelope', 'MS4xfF' + rs(rng, ALNUM + '+/', 180))]
    return Route(hops, None, None, post=post)


def libero(rng, t, rcpt, client_ip='151.38.77.210'):
    n = rng.randrange(10, 60)
    hops = [
        mx_hop(rng, plus(t, 2), 'libero.it', 'smtp-%d-i2.italiaonline.it' % n, '213.209.10.%d' % n, rcpt, '1.3'),
        'from smtpclient.apple ([%s])\n\tby smtp-%d.iol.local with ESMTPSA\n\tid %s; %s' % (
            client_ip, n, rs(rng, ALNUM, 9), rdate(plus(t, 1), 'CET')),
    ]
    post = [('X-CNFS-Analysis', 'v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s' % (hexs(rng, 8), hexs(rng, 8)))]
    return Route(hops, None, None, post=post)


def wp(rng, t, rcpt, sender, client_ip='83.24.118.19'):
    hops = [
        mx_hop(rng, plus(t, 2), 'mx.wp.pl', 'mx.wp.pl', '212.77.101.%d' % rng.randrange(8, 16), rcpt, '1.3'),
        '(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (rng.randrange(1000, 60000), rdate(plus(t, 1), 'CET', 'd').split(', ', 1)[1]),
        'from %s.neoplus.adsl.tpnet.pl (HELO [192.168.1.12]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s' % (
            'apw' + client_ip.replace('.', '')[:6], sender, client_ip, sender, rcpt, rdate(t, 'CET', 'd')),
    ]
    post = [('X-WP-MailID', hexs(rng, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    return Route(hops, None, None, post=post)


def homepl(rng, t, rcpt, client_ip, client_helo, server=None):
    server = server or 'cloudserver%06d.home.pl' % rng.randrange(10 ** 5, 10 ** 6)
    ip = '79.96.%d.%d' % (rng.randrange(1, 250), rng.randrange(2, 250))
    hops = [
        mx_hop(rng, plus(t, 2), server, server, ip, rcpt, '1.3'),
        'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            client_helo, client_helo.strip('[]'), client_ip, server, postfix_qid(rng), rcpt, rdate(plus(t, 1), 'CET', 'e', True)),
    ]
    return Route(hops, None, None)


def otenet(rng, t, rcpt, client_ip='94.66.211.40', client_helo='DESKTOP-N4K2'):
    n = rng.randrange(10, 40)
    hops = [
        mx_hop(rng, plus(t, 2), 'mailout%d.otenet.gr' % n, 'mailout%d.otenet.gr' % n, '83.235.69.%d' % n, rcpt, '1.2'),
        'from %s (athedsl-%d.home.otenet.gr [%s])\n\tby mailout%d.otenet.gr (8.15.2/8.15.2) with ESMTPSA id %s\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)\n\tfor <%s>; %s' % (
            client_helo, rng.randrange(10 ** 5, 10 ** 6), client_ip, n, rs(rng, ALNUM, 14), rcpt, rdate(plus(t, 1), 'EET', 'd')),
    ]
    return Route(hops, None, None)


def yandex_web(rng, t, rcpt, forward=None):
    fw = forward or 'forward%d%s.mail.yandex.net' % (rng.randrange(100, 600), rng.choice('abcd'))
    ip = '178.154.239.%d' % rng.randrange(70, 220)
    sb = 'mail-sendbernar-production-main-%d.myt.yp-c.yandex.net' % rng.randrange(10, 99)
    v6 = '2a02:6b8:c12:%s:0:640:%s:0' % (hexs(rng, 4), hexs(rng, 4))
    hops = [
        mx_hop(rng, plus(t, 2), fw, fw, ip, rcpt, '1.3'),
        'from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s-%s\n\tfor <%s>; %s' % (
            sb, sb, v6, fw.replace('forward', 'forward'), rs(rng, ALNUM, 10), rs(rng, ALNUM, 8), rcpt, rdate(plus(t, 1), 'MSK')),
        'by %s with HTTP id %s;\n\t%s' % (sb, rs(rng, ALNUM, 12), rdate(t, 'MSK')),
    ]
    msgid = '<%d@mail.yandex.ru>' % rng.randrange(10 ** 14, 10 ** 15)
    post = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    return Route(hops, msgid, None, post=post, bstyle='yandex', bserver=sb.split('.')[0][-12:])


def yandex_service(rng, t, rcpt):
    fw = 'forward%d%s.mail.yandex.net' % (rng.randrange(100, 600), rng.choice('ab'))
    inner = 'mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net' % rng.randrange(10, 99)
    hops = [
        mx_hop(rng, plus(t, 2), fw, fw, '178.154.239.%d' % rng.randrange(70, 220), rcpt, '1.3'),
        'from %s (%s [2a02:6b8:c08:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s-%s\n\tfor <%s>; %s' % (
            inner, inner, hexs(rng, 4), hexs(rng, 4), fw, rs(rng, ALNUM, 10), rs(rng, ALNUM, 8), rcpt, rdate(plus(t, 1), 'MSK')),
    ]
    msgid = '<%d.%s@id.yandex.ru>' % (rng.randrange(10 ** 11, 10 ** 12), hexs(rng, 16))
    return Route(hops, msgid, None, bstyle='python')


# ------------------------------------------------------------ compromised shared hosting / attacker VPS

def cpanel(rng, t, rcpt, server, server_ip, auth_user, client_ip, client_helo, envelope, zone='CET',
           local_script=False, cpuser=None):
    if local_script:
        inner = 'from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            cpuser, server, envelope, exim_id(rng), rcpt, rdate(plus(t, 1), zone, '0'))
    else:
        inner = 'from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            client_ip, rng.randrange(30000, 65000), client_helo, server, envelope, exim_id(rng), rcpt, rdate(plus(t, 1), zone, '0'))
    hops = [mx_hop(rng, plus(t, 3), server, server, server_ip, rcpt, '1.3'), inner]
    dom = envelope.split('@')[1]
    post = [
        ('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
        ('X-AntiAbuse', 'Primary Hostname - %s' % server),
        ('X-AntiAbuse', 'Original Domain - example.com'),
        ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
        ('X-AntiAbuse', 'Sender Address Domain - %s' % dom),
        ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (server, auth_user)),
        ('X-Authenticated-Sender', '%s: %s' % (server, auth_user)),
        ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', ''),
    ]
    return Route(hops, None, '<%s>' % envelope, post=post)


def vps_postfix(rng, t, rcpt, helo, rdns, ip, envelope, zone='CET', webmail=True, client_ip=None):
    if webmail:
        inner = 'from [127.0.0.1] (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            envelope, helo, short_qid(rng), rcpt, rdate(plus(t, 1), zone, 'e', True))
    else:
        inner = 'from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            client_ip, client_ip, helo, short_qid(rng), rcpt, rdate(plus(t, 1), zone, 'e', True))
    hops = [mx_hop(rng, plus(t, 2), helo, rdns, ip, rcpt, '1.3'), inner]
    return Route(hops, None, '<%s>' % envelope, bstyle='roundcube')


# ------------------------------------------------------------ ESPs

def sendgrid(rng, t, rcpt, bounce_domain):
    sub = rs(rng, 'abcdefghijklmnopqrstuvwxyz', 8)
    host = '%s.outbound-mail.sendgrid.net' % sub
    pod = 'geopod-ismtpd-%d' % rng.randrange(1, 40)
    fd = 'filterdrecv-%s-%s' % (hexs(rng, 10), rs(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 5))
    hops = [
        mx_hop(rng, plus(t, 2), host, host, '159.183.%d.%d' % (rng.randrange(0, 255), rng.randrange(2, 250)), rcpt, '1.2'),
        'by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%09d' % (
            fd, fd, hexs(rng, 8, True), rng.randrange(10, 99), local(plus(t, 1), 'UTC').strftime('%Y-%m-%d %H:%M:%S'),
            rng.randrange(10 ** 9), rng.randrange(1000, 900000), rng.randrange(10 ** 9)),
        'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)' % (
            rs(rng, ALNUM, 11), pod, rs(rng, ALNUM + '-_', 22), rdate(t, 'UTC', '0', False, '%03d' % rng.randrange(1000)).replace(' +0000', ' +0000')),
    ]
    uid = rng.randrange(10 ** 7, 10 ** 8)
    rp = '<bounces+%d-%s-%s@%s>' % (uid, hexs(rng, 4), rcpt.replace('@', '='), bounce_domain)
    msgid = '<%s@%s>' % (rs(rng, ALNUM + '-_', 22), pod)
    post = [('X-SG-EID', '\n =?us-ascii?Q?%s?=' % rs(rng, ALNUM, 60)),
            ('X-SG-ID', '\n =?us-ascii?Q?%s?=' % rs(rng, ALNUM, 60)),
            ('X-Entity-ID', 'u001.%s==' % rs(rng, ALNUM, 22))]
    return Route(hops, msgid, rp, post=post, bstyle='sendgrid')


def mailgun(rng, t, rcpt, mg_domain):
    a, b = rng.randrange(200, 240), rng.randrange(2, 250)
    host = 'm%d-%d.mailgun.net' % (a, b)
    hops = [
        mx_hop(rng, plus(t, 2), host, host, '159.135.%d.%d' % (a, b), rcpt, '1.2'),
        'by %s with HTTP id %s; %s' % (hexs(rng, 12), hexs(rng, 24), rdate(plus(t, 1), 'GMT', '0').replace('+0000', 'GMT')),
    ]
    rp = '<bounce+%s.%s-%s@%s>' % (hexs(rng, 6), hexs(rng, 5), rcpt.replace('@', '='), mg_domain)
    msgid = '<%s.%s@%s>' % (local(t, 'UTC').strftime('%Y%m%d%H%M%S'), hexs(rng, 16), mg_domain)
    post = [('X-Mailgun-Sid', base64.b64encode(('["%s", "%s", "%s"]' % (hexs(rng, 5), rcpt, hexs(rng, 6))).encode()).decode()),
            ('Sender', 'postmaster@%s' % mg_domain)]
    return Route(hops, msgid, rp, post=post, bstyle='python')


def brevo(rng, t, rcpt, sender_domain):
    c, d = rng.choice([148, 149]), rng.randrange(10, 250)
    host = 'm%d-%d.mailin.fr' % (c, d)
    hops = [
        mx_hop(rng, plus(t, 2), host, host, '77.32.%d.%d' % (c, d), rcpt, '1.2'),
    ]
    mid = '%s.%d' % (local(t, 'CET').strftime('%Y%m%d%H%M'), rng.randrange(10 ** 10, 10 ** 11))
    rp = '<%s@bounces.mailin.fr>' % (rs(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 40))
    post = [('X-Mailin-EID', base64.b64encode(('%d~%s~%s' % (rng.randrange(10 ** 6, 10 ** 7), rcpt, sender_domain)).encode()).decode()),
            ('X-Mailer', 'Sendinblue'),
            ('Origin-messageId', '<%s@smtp-relay.mailin.fr>' % mid),
            ('X-sib-id', rs(rng, ALNUM + '-_', 80)),
            ('X-CSA-Complaints', 'whitelist-complaints@eco.de'),
            ('Feedback-ID', '77.32.%d.%d:%d_-1:%d:Sendinblue' % (c, d, rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7)))]
    return Route(hops, '<%s@smtp-relay.mailin.fr>' % mid, rp, post=post, bstyle='python')


def ses(rng, t, rcpt, region='eu-west-1'):
    n = rng.randrange(10, 40)
    host = 'a7-%d.smtp-out.%s.amazonses.com' % (n, region)
    ms = int((t - datetime(1970, 1, 1)).total_seconds() * 1000)
    sid = '0102%012x-%s-%s-%s-%s-%s-000000' % (ms, hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    hops = [mx_hop(rng, plus(t, 1), host, host, '54.240.7.%d' % n, rcpt, '1.2')]
    post = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rs(rng, ALNUM + '+/', 43))),
            ('X-SES-Outgoing', '%s-54.240.7.%d' % (local(t, 'UTC').strftime('%Y.%m.%d'), n))]
    return Route(hops, '<%s@%s.amazonses.com>' % (sid, region), '<%s@%s.amazonses.com>' % (sid, region), post=post, bstyle='java')


def mailchimp(rng, t, rcpt, us='us21'):
    a, b, c = rng.randrange(120, 160), rng.randrange(2, 250), rng.randrange(110, 150)
    host = 'mail%d-%d.atl%d.mcsv.net' % (a, b, c)
    hops = [
        mx_hop(rng, plus(t, 2), host, host, '198.2.%d.%d' % (a, b), rcpt, '1.2'),
        'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s' % (
            host, postfix_qid(rng), rcpt, rdate(plus(t, 1), 'GMT', 'e', True)),
    ]
    u, lid, cid = hexs(rng, 25), hexs(rng, 10), hexs(rng, 10)
    rp = '<bounce-mc.%s_%d.%d-%s@%s>' % (us, rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7),
                                        rcpt.replace('@', '='), host)
    msgid = '<%s.%d.%d@%s>' % (hexs(rng, 25), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 4, 10 ** 5), host)
    info = {'u': u, 'lid': lid, 'cid': cid, 'us': us}
    r = Route(hops, msgid, rp, bstyle='mailchimp')
    r.info = info
    return r


# ------------------------------------------------------------ services

def docusign_eu(rng, t, rcpt):
    n = rng.randrange(130, 150)
    host = 'mailfra%d.eumail.docusign.net' % (n % 4 + 1)
    hops = [
        mx_hop(rng, plus(t, 2), host, host, '185.81.100.%d' % n, rcpt, '1.2'),
        'from docusign.net (10.160.%d.%d) by %s with Microsoft SMTP Server\n id 15.2.1544.4; %s' % (
            rng.randrange(1, 50), rng.randrange(2, 250), host, rdate(plus(t, 1), 'UTC')),
    ]
    return Route(hops, '<%s@docusign.net>' % hexs(rng, 32), '<bounces@eumail.docusign.net>',
                 post=[('X-API-Host', 'docusign.net'), ('X-SID', hexs(rng, 32))], bstyle='outlook')


def github(rng, t, rcpt):
    n = rng.randrange(20, 30)
    hops = [
        mx_hop(rng, plus(t, 2), 'out-%d.smtp.github.com' % n, 'out-%d.smtp.github.com' % n,
               '192.30.252.%d' % (180 + n), rcpt, '1.3'),
        'from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s' % (
            hexs(rng, 7), rng.randrange(100, 220), rng.randrange(2, 250), postfix_qid(rng), rcpt, rdate(plus(t, 1), 'PT', 'e', True)),
    ]
    msgid = '<%s_%s%d@github.com.mail>' % (hexs(rng, 13), hexs(rng, 5), rng.randrange(10 ** 6, 10 ** 7))
    return Route(hops, msgid, '<noreply@github.com>', bstyle='roundcube')


def ms_account(rng, t, rcpt):
    last = rng.randrange(20, 120)
    host = 'NAM12-DM6-obe.outbound.protection.outlook.com'
    rdns = 'mail-dm6nam12on2%03d.outbound.protection.outlook.com' % last
    srv = 'DM6PR%02dMB%04d.namprd%02d.prod.outlook.com' % (rng.randrange(10, 20), rng.randrange(1000, 9999), rng.randrange(10, 20))
    hops = [
        mx_hop(rng, plus(t, 2), host, rdns, '40.107.193.%d' % last, rcpt, '1.2'),
        'from BN8PR%02dCA%04d.namprd%02d.prod.outlook.com (2603:10b6:408:%s::%s) by\n %s (2603:10b6:5:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.20; %s' % (
            rng.randrange(10, 20), rng.randrange(1000, 9999), rng.randrange(10, 20), hexs(rng, 2), hexs(rng, 2), srv,
            hexs(rng, 3), hexs(rng, 2), rdate(plus(t, 1), 'UTC')),
    ]
    msgid = '<%s@%s>' % (hexs(rng, 32).upper(), srv)
    return Route(hops, msgid, '<msonlineservicesteam@microsoftonline.com>', bstyle='python')


def paypal(rng, t, rcpt):
    n = rng.randrange(220, 240)
    host = 'mx%d.slc.paypal.com' % (n % 3)
    hops = [
        mx_hop(rng, plus(t, 2), host, host, '173.0.84.%d' % n, rcpt, '1.2'),
        'from paypal.com (%s.slc.paypal.com [10.%d.%d.%d])\n\tby mx%d.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            'ccg01mail%02d' % rng.randrange(1, 40), rng.randrange(10, 200), rng.randrange(1, 250), rng.randrange(2, 250),
            n % 3, short_qid(rng), rcpt, rdate(plus(t, 1), 'PT', 'e', True)),
    ]
    msgid = '<%s.%s%d@paypal.com>' % (hexs(rng, 12), 'P', rng.randrange(10 ** 9, 10 ** 10))
    return Route(hops, msgid, '<service@intl.paypal.com>', bstyle='java')


def generic_smtp(rng, t, rcpt, helo, rdns, ip, inner=None, tls='1.3', rp=None, bstyle='generic'):
    hops = [mx_hop(rng, plus(t, 2), helo, rdns, ip, rcpt, tls)]
    if inner:
        hops += inner
    return Route(hops, None, rp, bstyle=bstyle)
