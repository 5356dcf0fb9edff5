"""Time zones, the mx01 Received header and the sending systems (hops,
Message-ID style, mailer headers, MIME boundary style)."""
import base64
import datetime as D
import hashlib
import random
import string

UTC = D.timezone.utc
_EU_DST = (D.datetime(2026, 3, 29, 1, tzinfo=UTC), D.datetime(2026, 10, 25, 1, tzinfo=UTC))
_US_DST = (D.datetime(2026, 3, 8, 10, tzinfo=UTC), D.datetime(2026, 11, 1, 9, tzinfo=UTC))


def zone(t, z):
    """Return (offset hours, abbreviation) of zone z at UTC time t."""
    eu = _EU_DST[0] <= t < _EU_DST[1]
    if z == 'cet':
        return (2, 'CEST') if eu else (1, 'CET')
    if z == 'eet':
        return (3, 'EEST') if eu else (2, 'EET')
    if z == 'uk':
        return (1, 'BST') if eu else (0, 'GMT')
    if z == 'msk':
        return (3, 'MSK')
    if z == 'pt':
        return (-7, 'PDT') if _US_DST[0] <= t < _US_DST[1] else (-8, 'PST')
    return (0, 'UTC')


def loc(t, z):
    h, _ = zone(t, z)
    return t.astimezone(D.timezone(D.timedelta(hours=h)))


def rfc(t, z, name=False):
    lt = loc(t, z)
    s = lt.strftime('%a, %d %b %Y %H:%M:%S ') + lt.strftime('%z')
    if name:
        s += ' (%s)' % zone(t, z)[1]
    return s


def rfc_nz(t, z):
    """Date with day not zero-padded (Exim, some webmailers)."""
    lt = loc(t, z)
    return '%s, %d %s %s' % (lt.strftime('%a'), lt.day, lt.strftime('%b %Y %H:%M:%S'), lt.strftime('%z'))


def parse_local(s):
    """'2026-10-13 09:14' in Duisburg local time -> aware UTC datetime."""
    naive = D.datetime.strptime(s, '%Y-%m-%d %H:%M')
    for h in (2, 1):
        t = (naive - D.timedelta(hours=h)).replace(tzinfo=UTC)
        if zone(t, 'cet')[0] == h:
            return t
    raise ValueError(s)


class Ctx:
    def __init__(self, key, arrival, rcpt, env_from, from_addr):
        self.rng = random.Random(key)
        self.key = key
        self.arrival = arrival.replace(second=random.Random(key + 's').randrange(60))
        self.rcpt, self.env_from, self.from_addr = rcpt, env_from, from_addr
        self.sent = None

    def before(self, secs):
        return self.arrival - D.timedelta(seconds=secs)

    def hexs(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return ''.join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return ''.join(self.rng.choice('0123456789') for _ in range(n))

    def uuid(self, upper=False):
        h = self.hexs(32)
        h = h[:12] + '4' + h[13:16] + self.rng.choice('89ab') + h[17:]
        u = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def b64(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + '+/')

    def qid(self):
        a = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
        return '4' + self.alnum(9, a) + 'z' + self.alnum(4, a)


def mx01(ctx, client, tls=True):
    helo, rdns, ip = client
    lines = ['from %s (%s [%s])' % (helo, rdns or 'unknown', ip)]
    if tls:
        lines += ['(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)',
                  ' key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)',
                  '(No client certificate requested)']
    lines.append('by mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', ctx.qid()))
    lines.append('for <%s>; %s' % (ctx.rcpt, rfc(ctx.arrival, 'cet', True)))
    return 'Received: ' + '\n\t'.join(lines)


# --- boundary styles ----------------------------------------------------------

def b_outlook(ctx, msgid):
    local = msgid.strip('<>').split('@')[0]
    dom = msgid.strip('<>').split('@')[1].replace('.', '')
    n = [0]

    def g():
        s = '_%03d_%s%s_' % (n[0], local, dom)
        n[0] += 1
        return s
    return g


def b_gmail(ctx):
    return lambda: '0000000000' + ctx.hexs(18)


def b_thunderbird(ctx):
    return lambda: '------------' + ctx.alnum(24)


def b_apple(ctx):
    return lambda: 'Apple-Mail=_' + ctx.uuid(upper=True)


def b_javamail(ctx):
    c = [ctx.rng.randrange(100000, 999999)]

    def g():
        c[0] += 1
        return '----=_Part_%d_%d.%d' % (c[0], ctx.rng.randrange(10 ** 8, 10 ** 9), int(ctx.arrival.timestamp() * 1000))
    return g


def b_roundcube(ctx):
    return lambda: '=_' + ctx.hexs(32)


def b_generic(ctx):
    return lambda: '=_Part_' + ctx.hexs(16)


def b_phpmailer(ctx):
    return lambda: 'b1=_' + ctx.alnum(43)


def b_sendgrid(ctx):
    return lambda: ctx.hexs(64)


def b_mailchimp(ctx):
    return lambda: '_----------=_MCPart_' + ctx.digits(10)


# --- sending systems ----------------------------------------------------------
# Each returns dict(client, hops, headers, msgid, bgen, date_zone)

def _res(ctx, client, hops, headers, msgid, bgen, date, tls=True, date_fmt=rfc):
    ctx.sent = date
    return dict(client=client, hops=hops, headers=headers, msgid=msgid, bgen=bgen,
                date=date, tls=tls, date_fmt=date_fmt)


def internal(ctx, server='EXCH01', lang='de-DE', attach=False, topic=None):
    t0 = ctx.before(ctx.rng.randrange(3, 9))
    srv = '%s.corp.example.com' % server
    other = 'EXCH02' if server == 'EXCH01' else 'EXCH01'
    ip = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}
    fe = 'fe80::%s:%s:%s:%s' % (ctx.hexs(4), ctx.hexs(4), ctx.hexs(4), ctx.hexs(4))
    hops = [
        'Received: from %s (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s'
        % (srv, ip[server], other, ip[other], rfc(t0, 'cet')),
        'Received: from %s ([%s]) by %s\n ([%s%%12]) with mapi id 15.02.1748.010; %s'
        % (srv, fe, srv, fe, rfc(ctx.before(12), 'cet')),
    ]
    msgid = '<%s@%s>' % (ctx.hexs(32), srv)
    ti = base64.b64encode(bytes(ctx.rng.getrandbits(8) for _ in range(22))).decode()
    headers = [('Thread-Index', ti), ('Accept-Language', '%s, en-US' % lang),
               ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if attach else ''),
               ('X-MS-TNEF-Correlator', ''),
               ('x-originating-ip', '[10.20.%d.%d]' % (ctx.rng.randrange(4, 9), ctx.rng.randrange(20, 250)))]
    if topic:
        headers.insert(0, ('Thread-Topic', topic))
    return _res(ctx, ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), hops,
                headers, msgid, b_outlook(ctx, msgid), ctx.before(14), date_fmt=lambda t, z: rfc(t, 'cet'))


def exo(ctx, srv='AS8PR04MB8412', region='eurprd04', obe=('EUR05', 'AM6', 'am6eur05', '40.107.22'),
        lang='en-GB', attach=False, topic=None, tz='cet', tenant=None, extra=()):
    """Microsoft 365 tenant (business)."""
    t0 = ctx.before(ctx.rng.randrange(2, 6))
    srv2 = srv[:-4] + ctx.alnum(4, string.digits)
    host = '%s.%s.prod.outlook.com' % (srv, region)
    host2 = '%s.%s.prod.outlook.com' % (srv2, region)
    ipb = ctx.rng.randrange(10, 250)
    client = ('%s-%s-obe.outbound.protection.outlook.com' % (obe[0], obe[1]),
              'mail-%son2%03d.outbound.protection.outlook.com' % (obe[2], ipb), '%s.%d' % (obe[3], ipb))
    pfx = '2603:10b6' if region.lower().startswith('nam') else '2603:10a6'
    v6 = lambda: '%s:%x:%x::%x' % (pfx, ctx.rng.randrange(1, 0x800), ctx.rng.randrange(1, 0x400), ctx.rng.randrange(1, 0x20))
    fe = 'fe80::%s:%s:%s:%s' % (ctx.hexs(4), ctx.hexs(4), ctx.hexs(4), ctx.hexs(4))
    hops = [
        'Received: from %s (%s)\n by %s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9273.14; %s'
        % (host, v6(), host2, v6(), rfc(t0, 'utc').replace('+0000', '+0000')),
        'Received: from %s\n ([%s]) by %s\n ([%s%%6]) with mapi id 15.20.9273.013; %s'
        % (host, fe, host, fe, rfc(ctx.before(8), 'utc')),
    ]
    msgid = '<%s%s@%s>' % (srv, ctx.hexs(28, True), host.upper())
    ti = base64.b64encode(bytes(ctx.rng.getrandbits(8) for _ in range(22))).decode()
    headers = []
    if topic:
        headers.append(('Thread-Topic', topic))
    headers += [('Thread-Index', ti), ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', '')]
    headers += list(extra)
    tid = tenant or ctx.uuid()
    headers += [('X-MS-Exchange-CrossTenant-OriginalArrivalTime', '%s (UTC)' % ctx.before(9).strftime('%d %b %Y %H:%M:%S.%f')[:-3]),
                ('X-MS-Exchange-CrossTenant-Id', tid),
                ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', host2.split('.')[0])]
    return _res(ctx, client, hops, headers, msgid, b_outlook(ctx, msgid), ctx.before(10), date_fmt=lambda t, z: rfc(t, tz))


def outlook_consumer(ctx, tz='cet', lang='en-US'):
    t0 = ctx.before(ctx.rng.randrange(2, 5))
    srv = 'PAWPR%02dMB%04d' % (ctx.rng.randrange(1, 10), ctx.rng.randrange(1000, 9999))
    host = '%s.EURPRD%02d.PROD.OUTLOOK.COM' % (srv, ctx.rng.randrange(1, 10))
    n = ctx.rng.randrange(10, 99)
    client = ('EUR03-DBA-obe.outbound.protection.outlook.com',
              'mail-dbaeur03olkn20%02d.outbound.protection.outlook.com' % n, '40.92.59.%d' % n)
    hops = ['Received: from %s (2603:10a6:102:%x::%x)\n by DB9PR02MB%04d.eurprd02.prod.outlook.com with\n'
            ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9273.14; %s'
            % (host, ctx.rng.randrange(1, 999), ctx.rng.randrange(1, 30), ctx.rng.randrange(1000, 9999), rfc(t0, 'utc'))]
    mid = '%s%s@%s' % (srv, ctx.hexs(28, True), host)
    headers = [('X-Microsoft-Original-Message-ID', '<%s>' % mid), ('Accept-Language', lang + ', de-DE'),
               ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
               ('X-TMN', '[%s]' % ctx.alnum(32))]
    return _res(ctx, client, hops, headers, '<%s>' % mid, b_outlook(ctx, '<%s>' % mid), ctx.before(8),
                date_fmt=lambda t, z: rfc(t, tz))


def gmail(ctx, tz='cet', ua='web'):
    t0 = ctx.before(ctx.rng.randrange(1, 4))
    host = '%s-f%d.google.com' % (ctx.rng.choice(['mail-wr1', 'mail-ej1', 'mail-lf1', 'mail-ed1', 'mail-wm1']),
                                   ctx.rng.randrange(41, 70))
    ip = '209.85.%d.%d' % (ctx.rng.choice([128, 167, 208, 218, 221]), int(host.split('-f')[1].split('.')[0]))
    sid = '%s-%s%s.%d' % (ctx.hexs(12), ctx.hexs(10), 'so' + ctx.digits(7) + ctx.alnum(1, 'abcdef') + ctx.digits(1) + 'f' + ctx.digits(1), ctx.rng.randrange(1, 9))
    hops = ['Received: by %s with SMTP id %s\n        for <%s>; %s' % (host, sid, ctx.rcpt, rfc(t0, 'pt', True))]
    early = [('X-Gm-Message-State', 'AOJu0Y' + ctx.b64(52)),
             ('X-Gm-Gg', 'ASbGnc' + ctx.b64(60)),
             ('X-Google-Smtp-Source', 'AGHT+I' + ctx.b64(62)),
             ('X-Received', 'by 2002:a05:%d:%x:b0:%x:%x:%x with SMTP id %s;\n        %s'
              % (ctx.rng.randrange(6000, 6600), ctx.rng.randrange(0x100, 0xfff), ctx.rng.randrange(0x300, 0x3ff),
                 ctx.rng.randrange(0x1000, 0xffff), ctx.rng.randrange(0x1000, 0xffff), sid.split('.')[0], rfc(t0, 'pt', True)))]
    msgid = '<CA%s@mail.gmail.com>' % ctx.alnum(ctx.rng.randrange(44, 60), string.ascii_letters + string.digits + '+_=-')
    return _res(ctx, (host, host, ip), hops, early, msgid, b_gmail(ctx), ctx.before(5),
                date_fmt=lambda t, z: rfc(t, tz))


def gmx(ctx, client_ip='91.64.118.20', tz='cet'):
    box = '3c-app-gmx-bs%02d' % ctx.rng.randrange(10, 60)
    t0 = ctx.before(ctx.rng.randrange(1, 3))
    ipl = ctx.rng.choice([15, 17])
    hops = ['Received: from %s ([%s]) by web-mail.gmx.net\n (%s) with HTTPS; %s'
            % ('[%s]' % client_ip, client_ip, box, rfc_nz(ctx.before(4), tz))]
    ms = int(ctx.before(4).timestamp() * 1000)
    msgid = '<trinity-%s-%d@%s>' % (ctx.uuid(), ms, box)
    headers = [('Importance', 'normal'), ('Sensitivity', 'Normal'),
               ('X-Priority', '3'),
               ('X-Provags-ID', 'V03:K1:' + ctx.b64(60)),
               ('X-UI-Message-Type', 'mail'), ('UI-OutboundReport', 'notjunk:1;M01:P0:' + ctx.b64(40))]
    return _res(ctx, ('mout.gmx.net', 'mout.gmx.net', '212.227.%d.%d' % (ipl, ctx.rng.randrange(15, 22))), hops,
                headers, msgid, b_generic(ctx), ctx.before(5), date_fmt=lambda t, z: rfc(t, tz))


def smtp_auth(ctx, server, server_ip, server_rdns=None, client=('[192.168.10.23]', 'p5b0a1c2d.dip0.t-ipconnect.de', '91.10.28.45'),
              user=None, mua='thunderbird', tz='cet', helo=None, msgdomain=None, lang='de-DE', mta='postfix',
              extra=()):
    """Small business or hosting-provider mail server, authenticated submission."""
    t0 = ctx.before(ctx.rng.randrange(2, 8))
    user = user or ctx.env_from
    if mta == 'postfix':
        hop = ('Received: from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
               % (client[0], client[1], client[2], user, server, ctx.hexs(11, True), ctx.rcpt, rfc(t0, tz, True)))
    elif mta == 'exim':
        hop = ('Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
               '\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid 1v%s-0000000%s-%s\n\tfor %s;\n\t%s'
               % (client[2], ctx.rng.randrange(49152, 65535), client[0], server, ctx.env_from, ctx.alnum(4),
                  ctx.alnum(4), ctx.alnum(4), ctx.rcpt, rfc_nz(t0, tz)))
    elif mta == 'aruba':
        hop = ('Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
               % (client[0], client[2], ctx.alnum(24), rfc_nz(t0, tz)))
    elif mta == 'homepl':
        hop = ('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
               % (client[0], client[1], client[2], server, ctx.hexs(10, True), ctx.rcpt, rfc(t0, tz, True)))
    dom = msgdomain or ctx.from_addr.split('@')[1]
    headers = []
    if mua == 'thunderbird':
        msgid = '<%s@%s>' % (ctx.uuid(), dom)
        headers = [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang)]
        bg = b_thunderbird(ctx)
    elif mua == 'outlook':
        msgid = '<%s$%s$%s@%s>' % (ctx.hexs(12), ctx.hexs(8), ctx.hexs(8), dom)
        msgid = '<00%s01dc%s$%s$%s@%s>' % (ctx.hexs(8), ctx.hexs(4), ctx.hexs(8), ctx.hexs(8), dom)
        headers = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + ctx.b64(30)),
                   ('Content-Language', lang)]
        bg = lambda: '----=_NextPart_000_%s_01DC%s.%s' % (ctx.hexs(4, True), ctx.hexs(4, True), ctx.hexs(8, True))
    elif mua == 'roundcube':
        msgid = '<%s@%s>' % (ctx.hexs(32), dom)
        headers = [('User-Agent', 'Roundcube Webmail/1.6.10')]
        bg = b_roundcube(ctx)
    elif mua == 'apple':
        msgid = '<%s@%s>' % (ctx.uuid(upper=True), dom)
        headers = [('X-Mailer', 'iPhone Mail (23B85)')]
        bg = b_apple(ctx)
    elif mua == 'thebat':
        lt = loc(ctx.before(15), tz)
        msgid = '<%d.%s@%s>' % (ctx.rng.randrange(10 ** 8, 2 * 10 ** 9), lt.strftime('%Y%m%d%H%M%S'), dom)
        headers = [('X-Mailer', 'The Bat! (v11.2.3) Professional'), ('X-Priority', '3 (Normal)')]
        bg = lambda: '----------%s' % ctx.hexs(16, True)
    elif mua == 'phpmailer':
        msgid = '<%s@%s>' % (ctx.alnum(43), dom)
        headers = [('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')]
        bg = b_phpmailer(ctx)
    else:
        msgid = '<%s@%s>' % (ctx.hexs(24), dom)
        bg = b_generic(ctx)
    headers += list(extra)
    cl = (helo or server, server_rdns or server, server_ip)
    return _res(ctx, cl, [hop], headers, msgid, bg, ctx.before(ctx.rng.randrange(9, 20)),
                date_fmt=lambda t, z: rfc(t, tz))


def vps(ctx, domain, ip, rdns, mua='outlook', tz='cet', helo=None, via_webmail=False, lang='de-DE', client_ip=None):
    """Attacker look-alike domain on a rented VPS (Postfix on the box)."""
    t0 = ctx.before(ctx.rng.randrange(1, 4))
    if client_ip is None:
        client_ip = ctx.rng.choice(['185.213.155.', '146.70.117.', '89.187.180.', '102.89.34.', '169.150.203.']) + str(ctx.rng.randrange(2, 250))
    host = 'mail.' + domain
    if via_webmail:
        hop = 'Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            host, ctx.hexs(10, True), ctx.rcpt, rfc(t0, 'utc', True))
    else:
        hop = ('Received: from [127.0.0.1] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
               % (client_ip, ctx.env_from, host,
                  ctx.hexs(10, True), ctx.rcpt, rfc(t0, 'utc', True)))
    r = smtp_auth(ctx, host, ip, rdns, mua=mua, tz=tz, lang=lang)
    r['hops'] = [hop]
    r['client'] = (helo or host, rdns, ip)
    return r


def privateemail(ctx, tz='uk'):
    t0 = ctx.before(2)
    n = ctx.rng.randrange(11, 19)
    cip = '102.89.%d.%d' % (ctx.rng.randrange(1, 80), ctx.rng.randrange(1, 254))
    hops = ['Received: from mta-%02d.privateemail.com (localhost [127.0.0.1])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTP id %s;\n\t%s'
            % (n, n, ctx.hexs(11, True), rfc(t0, 'utc')),
            'Received: from [192.168.0.104] (unknown [%s])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTPA;\n\t%s'
            % (cip, n, rfc(ctx.before(3), 'utc'))]
    msgid = '<%s@%s>' % (ctx.uuid(), ctx.from_addr.split('@')[1])
    headers = [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-GB')]
    return _res(ctx, ('MTA-%02d-3.privateemail.com' % n, 'mta-%02d-3.privateemail.com' % n, '198.54.127.%d' % (40 + n)),
                hops, headers, msgid, b_thunderbird(ctx), ctx.before(4), date_fmt=lambda t, z: rfc(t, tz))


def sendgrid(ctx, helo_dom, msgid_dom=None):
    ip = '149.72.%d.%d' % (ctx.rng.randrange(100, 250), ctx.rng.randrange(2, 250))
    rd = 'o%d.ptr%d.%s' % (ctx.rng.randrange(1, 9), ctx.rng.randrange(1000, 9999), helo_dom)
    pod = 'geopod-ismtpd-%d' % ctx.rng.randrange(1, 40)
    sid = ctx.alnum(22, string.ascii_letters + string.digits + '_-')
    hops = ['Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s\n\t%s +0000 UTC m=+%d.%06d'
            % (ctx.hexs(10), ctx.alnum(5).lower(), ctx.hexs(10), ctx.alnum(5).lower(), ctx.hexs(8, True), ctx.digits(2),
               ctx.before(2).strftime('%Y-%m-%d %H:%M:%S.%f'), ctx.rng.randrange(100000, 999999), ctx.rng.randrange(999999)),
            'Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)'
            % (ctx.alnum(16, string.ascii_uppercase + string.digits), pod, sid,
               ctx.before(3).strftime('%a, %d %b %Y %H:%M:%S'), ctx.rng.randrange(1000))]
    msgid = '<%s@%s>' % (sid, pod)
    headers = [('X-SG-EID', 'u001.' + ctx.b64(120)), ('X-SG-ID', 'u001.SdBcvi+Evd/bQef8eZF3Bv6' + ctx.b64(60)),
               ('X-Entity-ID', 'u001.' + ctx.b64(22))]
    return _res(ctx, (rd, rd, ip), hops, headers, msgid, b_sendgrid(ctx), ctx.before(4), date_fmt=lambda t, z: rfc(t, 'utc'))


def mailgun(ctx, mgdomain):
    ip = '159.135.%d.%d' % (ctx.rng.randrange(224, 236), ctx.rng.randrange(2, 250))
    rd = 'm%s-%s.mailgun.net' % tuple(ip.split('.')[2:])
    hops = ['Received: by %s with HTTP id %s; %s'
            % (ctx.hexs(12), ctx.hexs(24), ctx.before(2).strftime('%a, %d %b %Y %H:%M:%S GMT'))]
    sent = ctx.before(3)
    msgid = '<%s.%s@%s>' % (sent.strftime('%Y%m%d%H%M%S'), ctx.hexs(16), mgdomain)
    headers = [('X-Mailgun-Sending-Ip', ip),
               ('X-Mailgun-Sid', 'WyI' + ctx.b64(40) + 'IiwgIm' + ctx.b64(20) + 'Il0='),
               ('X-Mailgun-Variables', '{"campaign_ref": "%s"}' % ctx.hexs(8))]
    return _res(ctx, (rd, rd, ip), hops, headers, msgid, b_generic(ctx), sent, date_fmt=lambda t, z: rfc(t, 'utc'))


def brevo(ctx):
    ip = '77.32.148.%d' % ctx.rng.randrange(2, 250)
    rd = 'smtp-relay.brevo.com'
    hops = ['Received: from [127.0.0.1] by smtp-relay.brevo.com with ESMTP id <%s.%s@smtp-relay.mailin.fr>;\n\t%s'
            % (ctx.before(2).strftime('%Y%m%d%H%M'), ctx.digits(11), rfc(ctx.before(2), 'utc'))]
    msgid = '<%s.%s@smtp-relay.mailin.fr>' % (ctx.before(2).strftime('%Y%m%d%H%M%S'), ctx.digits(11))
    headers = [('X-Mailin-EID', ctx.b64(40) + '~' + ctx.b64(20)),
               ('X-sib-id', ctx.b64(80)),
               ('Feedback-ID', '%s:%s_-1:%s:Brevo' % (ctx.digits(6), ctx.digits(7), ctx.digits(6)))]
    return _res(ctx, (rd, 's%s.smtp-relay.brevo.com' % ctx.rng.randrange(2, 250), ip), hops, headers, msgid,
                b_generic(ctx), ctx.before(3), date_fmt=lambda t, z: rfc(t, 'utc'))


def ses(ctx, region='eu-west-1', feedback_tag='AmazonSES'):
    pre = {'eu-west-1': ('a7', '54.240.7'), 'eu-west-2': ('a10-%d', '23.251.234'),
           'eu-central-1': ('a4-%d', '69.169.224'), 'eu-south-1': ('a2-%d', '23.249.216')}[region]
    n = ctx.rng.randrange(3, 60)
    rdhost = ('%s-%d' % (pre[0], n) if '%' not in pre[0] else pre[0] % n)
    ip = '%s.%d' % (pre[1], n)
    rd = '%s.smtp-out.%s.amazonses.com' % (rdhost, region)
    sent = ctx.before(2)
    msgid = '<0102019%s-%s-000000@%s.amazonses.com>' % (ctx.hexs(9), ctx.uuid(), region)
    headers = [('Feedback-ID', '::1.%s.%s=:%s' % (region, ctx.b64(43), feedback_tag)),
               ('X-SES-Outgoing', '%s-%s' % (sent.strftime('%Y.%m.%d'), ip))]
    r = _res(ctx, (rd, rd, ip), [], headers, msgid, b_javamail(ctx), sent, date_fmt=lambda t, z: rfc(t, 'utc'))
    r['env'] = msgid.strip('<>')
    return r


def mailchimp(ctx, host=None):
    n = ctx.rng.randrange(100, 240)
    rd = host or 'mail%d.suw%d.mcdlv.net' % (n, ctx.rng.randrange(11, 21))
    n = int(rd.split('.')[0][4:])
    ip = '198.2.%d.%d' % (ctx.rng.randrange(128, 191), n)
    hops = ['Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s'
            % (rd, ctx.alnum(12), ctx.rcpt, rfc(ctx.before(3), 'utc'))]
    msgid = '<%s.%s@%s>' % (ctx.hexs(30), ctx.hexs(20), rd)
    return _res(ctx, (rd, rd, ip), hops, [], msgid, b_mailchimp(ctx), ctx.before(4), date_fmt=lambda t, z: rfc(t, 'utc'))


def mailup(ctx):
    n = ctx.rng.randrange(10, 99)
    rd = 'mta%d.mailupnet.it' % n
    ip = '94.76.%d.%d' % (ctx.rng.randrange(200, 255), n)
    hops = ['Received: from mailup-%s (unknown [10.13.%d.%d])\n\tby %s (MailUp Mailer) with ESMTP id %s\n\tfor <%s>; %s'
            % (ctx.hexs(6), ctx.rng.randrange(1, 250), n, rd, ctx.hexs(12, True), ctx.rcpt, rfc(ctx.before(3), 'cet', True))]
    msgid = '<%s.%s@mailupnet.it>' % (ctx.digits(10), ctx.hexs(16))
    return _res(ctx, (rd, rd, ip), hops, [('X-Mailer', 'MailUp v9.1')], msgid, b_javamail(ctx), ctx.before(4),
                date_fmt=lambda t, z: rfc(t, 'cet'))


def botnet(ctx, helo, ip, msgid_dom=None, mailer=None):
    msgid = '<%s$%s@%s>' % (ctx.hexs(16, True), ctx.hexs(8, True), msgid_dom or helo)
    headers = [('X-Mailer', mailer)] if mailer else []
    return _res(ctx, (helo, None, ip), [], headers, msgid, b_generic(ctx), ctx.before(ctx.rng.randrange(40, 400)),
                tls=False, date_fmt=lambda t, z: rfc(t, 'cet'))


def php_mail(ctx, host, ip, site_user, script, domain):
    """Compromised CMS site sending via local Exim (cPanel)."""
    t0 = ctx.before(2)
    hop = ('Received: from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s@%s>)\n\tid 1v%s-0000000%s-%s\n\tfor %s;\n\t%s'
           % (site_user, host, site_user, host, ctx.alnum(4), ctx.alnum(4), ctx.alnum(4), ctx.rcpt, rfc_nz(t0, 'cet')))
    msgid = '<%s@%s>' % (ctx.alnum(43), domain)
    headers = [('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)'),
               ('X-PHP-Originating-Script', '%d:%s' % (ctx.rng.randrange(1000, 1100), script)),
               ('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
               ('X-AntiAbuse', 'Primary Hostname - %s' % host),
               ('X-AntiAbuse', 'Original Domain - example.com'),
               ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((ctx.rng.randrange(1000, 1200),) * 2)),
               ('X-AntiAbuse', 'Sender Address Domain - %s' % host),
               ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (host, site_user))]
    return _res(ctx, (host, host, ip), [hop], headers, msgid, b_phpmailer(ctx), ctx.before(3),
                date_fmt=lambda t, z: rfc(t, 'cet'))


def yandex(ctx, tz='msk', noreply=False):
    n = ctx.rng.randrange(100, 999)
    fwd = 'forward%d%s.mail.yandex.net' % (n, ctx.rng.choice('abcd'))
    ip = '178.154.239.%d' % ctx.rng.randrange(60, 220)
    inner = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (ctx.rng.randrange(10, 90), ctx.rng.choice(['klg', 'vla', 'sas', 'iva']))
    hops = ['Received: from %s (%s [IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
            % (inner, inner, ctx.rng.randrange(0x1000, 0xffff), ctx.rng.randrange(0x1000, 0xffff), fwd, ctx.alnum(12), rfc(ctx.before(1), 'msk')),
            'Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
            % (inner, ctx.alnum(10), ctx.alnum(8), rfc(ctx.before(2), 'msk'))]
    headers = [('X-Yandex-Fwd', '1')]
    if noreply:
        msgid = '<%s@%s>' % (ctx.digits(17), inner.split('.')[0] + '.yandex.net')
        headers.append(('X-Yandex-Service', ctx.b64(24)))
    else:
        msgid = '<%s@mail.yandex.ru>' % ctx.digits(16)
        headers.append(('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'))
    return _res(ctx, (fwd, fwd, ip), hops, headers, msgid, b_generic(ctx), ctx.before(3),
                date_fmt=lambda t, z: rfc(t, tz))


def wp(ctx, client_ip='83.24.117.90'):
    n = ctx.rng.randrange(1, 20)
    hops = ['Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s'
            % (ctx.rng.randrange(10000, 60000), rfc_nz(ctx.before(2), 'cet')),
            'Received: from %s.dynamic.chello.pl (HELO [192.168.1.14]) (%s@[%s])\n'
            '          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with TLS_AES_256_GCM_SHA384 encrypted SMTP\n'
            '          for <%s>; %s' % (client_ip.replace('.', '-'), ctx.env_from.split('@')[0], client_ip,
                                     ctx.env_from, ctx.rcpt, rfc_nz(ctx.before(3), 'cet'))]
    msgid = '<%s@wp.pl>' % ctx.hexs(32)
    headers = [('X-WP-MailID', ctx.hexs(32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
               ('User-Agent', 'Mozilla Thunderbird')]
    return _res(ctx, ('mx%d.wp.pl' % (n % 4 + 1), 'mx%d.wp.pl' % (n % 4 + 1), '212.77.101.%d' % (n + 1)),
                hops, headers, msgid, b_thunderbird(ctx), ctx.before(6), date_fmt=lambda t, z: rfc(t, 'cet'))


def libero(ctx, client_ip='151.38.71.204'):
    n = ctx.rng.randrange(10, 60)
    hops = ['Received: from [%s] ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
            % (client_ip, client_ip, n, ctx.alnum(10), rfc_nz(ctx.before(2), 'cet'))]
    ms = int(ctx.before(4).timestamp() * 1000)
    msgid = '<%d.%d.%d@mail1.libero.it>' % (ctx.rng.randrange(10 ** 8, 2 * 10 ** 9), ctx.rng.randrange(1000, 99999), ms)
    headers = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev76'), ('X-Originating-Client', 'open-xchange-appsuite'),
               ('Importance', 'Normal'), ('X-Priority', '3')]
    return _res(ctx, ('libero.it', 'smtp-%d-i6.italiaonline.it' % n, '213.209.10.%d' % n), hops, headers, msgid,
                b_javamail(ctx), ctx.before(5), date_fmt=lambda t, z: rfc(t, 'cet'))


def otenet(ctx, client_ip='94.66.57.183'):
    hops = ['Received: from webmail.otenet.gr (localhost [127.0.0.1])\n\tby mailout2.otenet.gr (Postfix) with ESMTPA id %s;\n\t%s'
            % (ctx.hexs(10, True), rfc(ctx.before(2), 'eet'))]
    msgid = '<%s@otenet.gr>' % ctx.hexs(32)
    headers = [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', ctx.env_from),
               ('X-Originating-IP', '[%s]' % client_ip)]
    return _res(ctx, ('mailout2.otenet.gr', 'mailout2.otenet.gr', '83.235.69.%d' % ctx.rng.randrange(20, 40)), hops,
                headers, msgid, b_roundcube(ctx), ctx.before(4), date_fmt=lambda t, z: rfc(t, 'eet'))


def google_noreply(ctx, dom='accounts.google.com'):
    host = 'mail-sor-f%d.google.com' % ctx.rng.randrange(65, 74)
    ip = '209.85.220.%s' % host.split('-f')[1].split('.')[0]
    hops = ['Received: by %s with SMTP id %s-%s.%d\n        for <%s>\n        (Google Transport Security);\n        %s'
            % (host, ctx.hexs(12), ctx.hexs(10) + 'so' + ctx.digits(7), 0, ctx.rcpt, rfc(ctx.before(1), 'pt', True))]
    msgid = '<%s@google.com>' % ctx.alnum(22, string.ascii_letters + string.digits + '-_')
    headers = [('X-Google-Smtp-Source', 'AGHT+I' + ctx.b64(62)),
               ('X-Received', 'by 2002:a05:%d:%x:b0:%x:%x:%x with SMTP id %s;\n        %s'
                % (ctx.rng.randrange(6000, 6600), ctx.rng.randrange(0x100, 0xfff), ctx.rng.randrange(0x300, 0x3ff),
                   ctx.rng.randrange(0x1000, 0xffff), ctx.rng.randrange(0x1000, 0xffff), ctx.hexs(12), rfc(ctx.before(1), 'pt', True)))]
    return _res(ctx, (host, host, ip), hops, headers, msgid, b_gmail(ctx), ctx.before(2), date_fmt=lambda t, z: rfc(t, 'utc'))


def github(ctx):
    n = ctx.rng.choice([20, 21, 22, 23, 24, 25, 26, 27])
    host = 'out-%d.smtp.github.com' % n
    ip = '192.30.252.%d' % (200 + n)
    hops = ['Received: from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
            % (ctx.hexs(5), ctx.rng.randrange(1, 250), ctx.rng.randrange(1, 250), ctx.hexs(11, True), ctx.rcpt,
               rfc(ctx.before(1), 'pt'))]
    msgid = '<%s_%s@lowworker-%s-%s.mail>' % (ctx.hexs(13), ctx.hexs(16), ctx.hexs(10), ctx.alnum(5).lower())
    return _res(ctx, (host, host, ip), hops, [('X-Auto-Response-Suppress', 'All')], msgid, b_generic(ctx),
                ctx.before(2), date_fmt=lambda t, z: rfc(t, 'pt'))


def microsoft_notify(ctx, tz='utc', srv='MW4PR03MB', region='namprd03', obe=('NAM12', 'DM6', 'dm6nam12', '40.107.243')):
    """Microsoft's own notification senders, via EXO outbound."""
    r = exo(ctx, srv=srv + ctx.digits(4), region=region, obe=obe, lang='en-US', tz=tz,
            tenant='72f988bf-86f1-41af-91ab-2d7cd011db47')
    r['headers'] = [h for h in r['headers'] if h[0] not in ('Thread-Index', 'Accept-Language', 'X-MS-TNEF-Correlator')]
    return r


def docusign(ctx, eu=True):
    if eu:
        host = 'mailfra.eumail.docusign.net'
        ip = '185.81.100.%d' % ctx.rng.randrange(60, 70)
        dom = 'eumail.docusign.net'
    else:
        host = 'mailda.docusign.net'
        ip = '64.207.219.%d' % ctx.rng.randrange(70, 80)
        dom = 'docusign.net'
    hops = ['Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % ('fra1-%s' % host.split('.')[0] if eu else host, host, ctx.hexs(11, True), ctx.rcpt,
               rfc(ctx.before(1), 'utc'))]
    msgid = '<%s@%s>' % (ctx.hexs(32), 'fra1dce' + ctx.digits(2) + '.' + dom if eu else 'da2dce' + ctx.digits(2) + '.' + dom)
    headers = [('X-Api-Host', 'docusign.net' if not eu else 'eu.docusign.net'),
               ('X-DocuSign-Correlation-Token', ctx.uuid())]
    return _res(ctx, (host, host, ip), hops, headers, msgid, b_javamail(ctx), ctx.before(2),
                date_fmt=lambda t, z: rfc(t, 'utc'))
