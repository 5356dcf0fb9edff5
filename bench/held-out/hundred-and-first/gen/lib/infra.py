"""Sending-system profiles: trace headers, Message-ID and header style of the
systems that deliver mail to mx01.example.com.  Everything is deterministic
(seeded per message)."""
import base64
import hashlib
import random
import string
import uuid

from .tm import rfc, plus, stamp, to_local

NL = '\r\n'
B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + '+/'
B64URL = ALNUM + '-_'


class Ctx:
    def __init__(self, key, t, rcpt):
        self.key = key
        self.r = random.Random('audit102/' + key)
        self.t = t          # UTC datetime the sender hit "send"
        self.rcpt = rcpt

    def hex(self, n, upper=False):
        s = ''.join(self.r.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def pick(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def b64(self, n):
        return self.pick(B64, n)

    def at(self, s):
        return plus(self.t, s)


def postfix_qid(c):
    return '4' + c.pick('BCDFGHJKLMNPQRSTVWXYZ', 1) + c.pick(B52, 8) + 'z' + c.pick(B52, c.r.choice([3, 4, 5]))


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)' + NL +
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)' + NL +
         '\t(No client certificate requested)')
TLS13_ECDSA = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)' + NL +
               '\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)' + NL +
               '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))' + NL +
         '\t(No client certificate requested)')


def mx01(c, client, t, tls='1.3'):
    helo, rdns, ip = client
    parts = ['from %s (%s [%s])' % (helo, rdns, ip)]
    if tls == '1.3':
        parts.append(TLS13)
    elif tls == '1.3e':
        parts.append(TLS13_ECDSA)
    elif tls == '1.2':
        parts.append(TLS12)
    parts.append('by mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', postfix_qid(c)))
    parts.append('for <%s>; %s' % (c.rcpt, rfc(t, 'CET', comment=True)))
    return ('Received', (NL + '\t').join(parts))


class Infra:
    """Result of a profile: client triple for mx01, trace headers that sit
    below mx01's Received, message id, extra headers, boundary factory."""
    def __init__(self, client, trace, msgid, extra=(), tls='1.3', delay=4, boundary=None,
                 name='', zone='CET'):
        self.client = client
        self.trace = list(trace)
        self.msgid = msgid
        self.extra = list(extra)
        self.tls = tls
        self.delay = delay
        self.boundary = boundary
        self.name = name
        self.zone = zone


# ------------------------------------------------------------------ Gmail ----
def gmail(c, zone='CET'):
    kind, net = c.r.choice([('wm1', '128'), ('wr1', '221'), ('ej1', '218'), ('lf1', '167'), ('ed1', '208'), ('pl1', '214')])
    n = c.r.randint(41, 73)
    host = 'mail-%s-f%d.google.com' % (kind, n)
    smtpid = '%s-%sso%se9.%d' % (c.r.choice(['5b1f17b1804b1', 'a640c23a62f3a', '2adb3069b0e04']), c.hex(11), c.digits(8), c.r.randint(1, 9))
    trace = [
        ('Received', 'by %s with SMTP id %s%s        for <%s>; %s' % (host, smtpid, NL, c.rcpt, rfc(c.at(1), 'PT', comment=True))),
        ('X-Gm-Message-State', 'AOJu0Y' + c.b64(62)),
        ('X-Gm-Gg', 'ASbGnc' + c.b64(40) + NL + '\t' + c.b64(70)),
        ('X-Google-Smtp-Source', 'AGHT+I' + c.b64(64)),
        ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%se9.%d.%d%03d;%s        %s' % (
            c.hex(4), c.hex(4), c.hex(3), c.hex(4), c.hex(3), smtpid.split('-')[0], c.hex(11), c.digits(8),
            c.r.randint(1, 40), stamp(c.t), c.r.randint(0, 999), NL, rfc(c.at(1), 'PT', comment=True))),
    ]
    msgid = '<CA%s@mail.gmail.com>' % c.pick(B64URL + '=+', c.r.randint(52, 64))
    return Infra((host, host, '209.85.%s.%d' % (net, n)), trace, msgid, tls='1.3',
                 boundary=lambda: '000000000000' + c.hex(16), name='Gmail', zone=zone)


def gmail_sor(c):
    """Google's own notification senders (accounts.google.com)."""
    n = c.r.randint(65, 73)
    host = 'mail-sor-f%d.google.com' % n
    trace = [
        ('Received', 'by %s with SMTP id %s-%sso%s.%d%s        for <%s>%s        (Google Transport Security);%s        %s' % (
            host, 'd9443c01a7336', c.hex(11), c.digits(8), c.r.randint(1, 9), NL, c.rcpt, NL, NL, rfc(c.at(1), 'PT', comment=True))),
        ('X-Google-Smtp-Source', 'AGHT+I' + c.b64(64)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s-%smr%s.%d.%d%03d;%s        %s' % (
            c.hex(4), c.hex(3), c.hex(4), c.hex(3), 'd9443c01a7336', c.hex(11), c.digits(8), c.r.randint(1, 40),
            stamp(c.t), c.r.randint(0, 999), NL, rfc(c.at(1), 'PT', comment=True))),
    ]
    msgid = '<%s@notifications.google.com>' % c.pick(B64URL, 22)
    return Infra((host, host, '209.85.220.%d' % n), trace, msgid, tls='1.3',
                 boundary=lambda: '000000000000' + c.hex(16), name='Google')


# -------------------------------------------------------- Microsoft cloud ----
def _ms_server(c, region, k=None):
    # region: ('eurprd0X', 'AM9PR0X', ...) or UK
    if region == 'UK':
        pre = c.r.choice(['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LO0P265MB'])
        return '%s%04d' % (pre, c.r.randint(1000, 9999)), 'GBRP265.PROD.OUTLOOK.COM'
    if region == 'NAM':
        pre = c.r.choice(['SA1PR11MB', 'DM6PR11MB', 'CH3PR11MB', 'PH0PR11MB'])
        return '%s%04d' % (pre, c.r.randint(1000, 9999)), 'namprd11.prod.outlook.com'
    k = k or c.r.choice(['02', '03', '04', '05', '06', '08'])
    pre = c.r.choice(['AM9PR%sMB', 'DU2PR%sMB', 'AS8PR%sMB', 'PA4PR%sMB', 'DB9PR%sMB', 'VI1PR%sMB', 'GV1PR%sMB']) % k
    return '%s%04d' % (pre, c.r.randint(1000, 9999)), 'eurprd%s.prod.outlook.com' % k


def _ipv6(c, region='EUR'):
    return ('2603:10b6:' if region == 'NAM' else '2603:10a6:') + '%s:%s::%s' % (c.hex(2).lstrip('0') or '1', c.hex(3).lstrip('0') or '1', c.hex(2).lstrip('0') or '1')


def _ms_trace(c, region, mapi=True, consumer=False):
    srv, dom = _ms_server(c, region)
    srv2, _ = _ms_server(c, region, k=(dom[6:8] if dom.startswith('eurprd') else None))
    if dom.startswith('eurprd'):
        srv2 = srv2[:5] + dom[6:8] + srv2[7:]
    if region == 'UK':
        dom2 = dom
    else:
        dom2 = dom
    fe = 'fe80::%s:%s:%s:%s' % (c.hex(4).lstrip('0'), c.hex(4).lstrip('0'), c.hex(4).lstrip('0'), c.hex(4).lstrip('0'))
    ver = c.r.choice(['15.20.9253.017', '15.20.9274.011', '15.20.9298.009', '15.20.9320.021'])
    vshort = ver.replace('.0', '.', 1) if False else '.'.join(str(int(x)) for x in ver.split('.'))
    tr = []
    tr.append(('Received', 'from %s.%s (%s) by%s%s.%s (%s) with Microsoft SMTP Server%s(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id%s%s; %s' % (
        srv, dom, _ipv6(c, region), NL + ' ', srv2, dom2, _ipv6(c, region), NL + ' ', NL + ' ', vshort, rfc(c.at(1), 'UTC').replace('+0000', '+0000'))))
    if mapi:
        tr.append(('Received', 'from %s.%s%s([%s]) by %s.%s%s([%s%%%d]) with mapi id %s; %s' % (
            srv, dom, NL + ' ', fe, srv, dom, NL + ' ', fe, c.r.randint(3, 7), ver, rfc(c.t, 'UTC'))))
    msgid = '<%s%s@%s.%s>' % (srv, c.hex(c.r.choice([31, 32, 33]), upper=True), srv, dom)
    return tr, msgid, srv, dom


def outlook_com(c, zone='CET'):
    """consumer Outlook.com / Hotmail."""
    tr, msgid, srv, dom = _ms_trace(c, 'EUR', consumer=True)
    n = c.r.randint(2010, 2110)
    pool = c.r.choice([('EUR05-VI1-obe', 'vi1eur05olkn', '40.92.90.'), ('EUR02-AM0-obe', 'am0eur02olkn', '40.92.49.'),
                       ('EUR03-DBA-obe', 'dbaeur03olkn', '40.92.58.')])
    helo = '%s.outbound.protection.outlook.com' % pool[0]
    rdns = 'mail-%s%d.outbound.protection.outlook.com' % (pool[1], n)
    ip = pool[2] + str(n % 256 if n % 256 else 17)
    extra = [('x-ms-exchange-messagesentrepresentingtype', '1'),
             ('x-tmn', '[%s]' % c.pick(ALNUM + '+/', 44)),
             ('x-ms-publictraffictype', 'Email'),
             ('x-microsoft-original-message-id', msgid)]
    return Infra((helo, rdns, ip), tr, msgid, extra, tls='1.2',
                 boundary=lambda: '_000_%s_' % msgid[1:].split('@')[0], name='Outlook.com', zone=zone)


def m365(c, region='EUR', zone='CET'):
    """a business tenant on Exchange Online."""
    tr, msgid, srv, dom = _ms_trace(c, region)
    n = c.r.randint(2100, 2140)
    if region == 'UK':
        helo, rdns, ip = ('GBR01-LO2-obe.outbound.protection.outlook.com',
                          'mail-lo2gbr01on%d.outbound.protection.outlook.com' % n, '40.107.20.%d' % (n - 2000))
    elif region == 'NAM':
        helo, rdns, ip = ('NAM12-DM6-obe.outbound.protection.outlook.com',
                          'mail-dm6nam12on%d.outbound.protection.outlook.com' % n, '40.107.243.%d' % (n - 2000))
    else:
        p = c.r.choice([('EUR03-AM7-obe', 'am7eur03on', '40.107.105.'), ('EUR05-DB8-obe', 'db8eur05on', '40.107.20.'),
                        ('EUR02-VI1-obe', 'vi1eur02on', '40.107.21.')])
        helo, rdns, ip = (p[0] + '.outbound.protection.outlook.com',
                          'mail-%s%d.outbound.protection.outlook.com' % (p[1], n), p[2] + str(n - 2000))
    extra = [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('x-ms-publictraffictype', 'Email'),
             ('x-ms-exchange-transport-fromentityheader', 'Hosted')]
    return Infra((helo, rdns, ip), tr, msgid, extra, tls='1.2',
                 boundary=lambda: '_000_%s_' % msgid[1:].split('@')[0], name='Exchange Online', zone=zone)


def exchange_internal(c, zone='CET', client_ip='10.20.31.47'):
    """Exchange 2019 on premises -> mail-int01.example.com -> mx01."""
    a, b = c.r.sample([1, 2], 2)
    mbx, mbx2 = 'EXHQ-MBX0%d' % a, 'EXHQ-MBX0%d' % b
    fe = 'fe80::%s:%s:%s:%s' % (c.hex(4).lstrip('0'), c.hex(4).lstrip('0'), c.hex(4).lstrip('0'), c.hex(4).lstrip('0'))
    tr = [
        ('Received', 'from %s.corp.example.com (%s.corp.example.com [10.20.1.1%d])%s\t%s%s\tby mail-int01.example.com (Postfix) with ESMTPS id %s;%s\t%s' % (
            mbx2, mbx2.lower(), b, NL, TLS12.replace(NL + '\t(No client certificate requested)', ''), NL, postfix_qid(c), NL, rfc(c.at(2), zone, comment=True))),
        ('Received', 'from %s.corp.example.com (10.20.1.1%d) by%s%s.corp.example.com (10.20.1.1%d) with Microsoft SMTP Server%s(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id%s15.2.1748.10; %s' % (
            mbx, a, NL + ' ', mbx2, b, NL + ' ', NL + ' ', rfc(c.at(1), zone))),
        ('Received', 'from %s.corp.example.com ([%s]) by%s%s.corp.example.com ([%s%%13]) with mapi id%s15.02.1748.010; %s' % (
            mbx, fe, NL + ' ', mbx, fe, NL + ' ', rfc(c.t, zone))),
    ]
    msgid = '<%s@example.com>' % c.hex(32)
    extra = [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
             ('x-originating-ip', '[%s]' % client_ip)]
    return Infra(('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), tr, msgid, extra, tls='1.2',
                 boundary=lambda: '_000_%s_' % msgid[1:].split('@')[0], name='Exchange 2019 on-premises', zone=zone)


# ----------------------------------------------------- own / hosted MTAs -----
def postfix_submission(c, host, ip, client_rdns, client_ip, user, zone='CET', helo=None,
                       client_helo=None, tls='1.3', relay=None, msgid_style='outlook16', domain=None):
    """Small company's own (or hosted) Postfix with authenticated submission.
    relay: optional (helo, rdns, ip) of an outbound smarthost in front."""
    domain = domain or user.split('@')[1]
    ch = client_helo or '[192.168.%d.%d]' % (c.r.choice([0, 1, 2, 10, 178]), c.r.randint(20, 200))
    tr = [('Received', 'from %s (%s [%s])%s\t(Authenticated sender: %s)%s\tby %s (Postfix) with ESMTPSA id %s%s\tfor <%s>; %s' % (
        ch, client_rdns, client_ip, NL, user, NL, host, postfix_qid(c), NL, c.rcpt, rfc(c.at(1), zone, comment=True)))]
    client = (helo or host, host, ip)
    if relay:
        tr.insert(0, ('Received', 'from %s (%s [%s])%s\tby %s (Postfix) with ESMTP id %s%s\tfor <%s>; %s' % (
            host, host, ip, NL, relay[1], postfix_qid(c), NL, c.rcpt, rfc(c.at(2), zone, comment=True))))
        client = relay
    return Infra(client, tr, make_msgid(c, msgid_style, domain), tls=tls, name='Postfix (%s)' % host, zone=zone)


def make_msgid(c, style, domain):
    if style == 'outlook16':
        return '<00%s01dc%s$%s$%s$@%s>' % (c.hex(2), c.hex(4), c.hex(8), c.hex(8), domain)
    if style == 'thunderbird':
        return '<%s@%s>' % (c.uuid(), domain)
    if style == 'roundcube':
        return '<%s@%s>' % (c.hex(32), domain)
    if style == 'apple':
        return '<%s@%s>' % (c.uuid().upper(), domain)
    if style == 'python':
        return '<%d%02d.%d.%s@%s>' % (stamp(c.t), c.r.randint(10, 99), c.r.randint(1000, 60000), c.digits(19), domain)
    if style == 'phpmailer':
        return '<%s@%s>' % (c.pick(ALNUM, 43), domain)
    if style == 'sogo':
        return '<%s-%s-%s-%s@%s>' % (c.hex(4), c.hex(8), c.hex(2), c.hex(8), domain)
    raise ValueError(style)


def direct(c, helo, rdns, ip, local_host=None, zone='CET', tls='1.3', msgid_style='python', domain=None,
           local_from='localhost [127.0.0.1]', esmtpa=True, name='VPS', local_helo=None):
    """Sender's own MTA (often a rented VPS) with mail injected locally."""
    host = local_host or helo
    tr = [('Received', 'from %s (%s)%s\tby %s (Postfix) with %s id %s%s\tfor <%s>; %s' % (
        local_helo or local_from.split(' ')[0], local_from, NL, host, 'ESMTPSA' if esmtpa else 'ESMTP', postfix_qid(c), NL, c.rcpt,
        rfc(c.at(1), zone, comment=True)))]
    return Infra((helo, rdns, ip), tr, make_msgid(c, msgid_style, domain or host), tls=tls, name=name, zone=zone)


def exim_cpanel(c, host, ip, user, script_path=None, zone='CET', msgid_style='phpmailer', domain=None, tls='1.2'):
    """Compromised shared-hosting site sending through PHP mail() / PHPMailer."""
    uid = c.r.randint(1000, 1600)
    tr = [('Received', 'from %s by %s with local (Exim 4.98)%s\t(envelope-from <%s>)%s\tid 1v%s-%s-%s;%s\t%s' % (
        user.split('@')[0], host, NL, user, NL, c.pick(ALNUM, 4), c.pick(ALNUM, 7), c.pick(ALNUM, 2), NL,
        rfc(c.at(1), zone)))]
    extra = []
    if script_path:
        extra.append(('X-PHP-Script', script_path))
        extra.append(('X-PHP-Originating-Script', '%d:%s' % (uid, script_path.split('/')[-1])))
    return Infra((host, host, ip), tr, make_msgid(c, msgid_style, domain or host), extra, tls=tls,
                 name='cPanel/Exim (%s)' % host, zone=zone)


# ---------------------------------------------------------------- ESPs ------
def sendgrid(c):
    n = c.r.randint(10, 250)
    o = c.pick('abcdefghijklmnopqrstuvwxyz', 8)
    host = '%s.outbound-mail.sendgrid.net' % o
    geo = 'geopod-ismtpd-%d' % c.r.randint(1, 40)
    sgid = c.pick(B64URL, 22)
    fd = 'filterdrecv-%s-%s' % (c.hex(10), c.pick('abcdefghijklmnopqrstuvwxyz0123456789', 5))
    tr = [
        ('Received', 'by %s with SMTP id %s-1-%s-%s%s        %s.%s +0000 UTC m=+%d.%09d' % (
            fd, fd, c.hex(8, True), c.hex(2, True), NL, c.at(1).strftime('%Y-%m-%d %H:%M:%S'), c.digits(9),
            c.r.randint(100000, 9000000), c.r.randint(0, 999999999))),
        ('Received', 'from %s (unknown) by %s (SG) with HTTP%s\tid %s%s\t%s.%03d +0000 (UTC)' % (
            c.pick(ALNUM, 10), geo, NL, sgid, NL, rfc(c.t, 'UTC')[:-6], c.r.randint(0, 999))),
    ]
    extra = [('X-SG-EID', NL + ' u001.' + c.pick(ALNUM + '+/', 64) + NL + ' ' + c.pick(ALNUM + '+/', 60) + '='),
             ('X-SG-ID', NL + ' u001.SdBcvi+Evd/bQef8eZF3Bv6' + c.pick(ALNUM + '+/', 50) + '='),
             ('X-Entity-ID', 'u001.' + c.pick(ALNUM + '+/', 22) + '==')]
    return Infra((host, host, '149.72.%d.%d' % (c.r.randint(100, 250), n)), tr, '<%s@%s>' % (sgid, geo), extra,
                 tls='1.2', boundary=lambda: c.hex(64), name='SendGrid')


def mailgun(c, domain):
    n = c.r.randint(2, 60)
    host = 'm%d-%d.mailgun.net' % (c.r.choice([228, 227, 42]), n)
    ip = '159.135.%d.%d' % (int(host[1:4]) if host[1:4].isdigit() else 228, n)
    sid = 'Wy' + c.pick(ALNUM, 38)
    mid = '<%s.%s@%s>' % (c.t.strftime('%Y%m%d%H%M%S'), c.hex(16), domain)
    tr = [('Received', 'by %s with HTTP id %s; %s' % (c.hex(12), c.hex(24), rfc(c.t, 'GMT').replace('+0000', 'GMT')))]
    extra = [('X-Mailgun-Sid', sid), ('X-Mailgun-Sending-Ip', ip), ('X-Mailgun-Batch-Id', c.hex(24)),
             ('Sender', 'postmaster@%s' % domain)]
    return Infra((host, host, ip), tr, mid, extra, tls='1.3', boundary=lambda: c.hex(32), name='Mailgun')


def brevo(c):
    n = c.r.randint(10, 90)
    host = 'mr%d-%d.sendibm%d.com' % (c.r.randint(1, 3), n, c.r.choice([2, 3]))
    ip = '77.32.148.%d' % n
    mid = '<%s.%s@smtp-relay.mailin.fr>' % (c.t.strftime('%Y%m%d%H%M'), c.digits(11))
    tr = [('Received', 'by smtp-relay.mailin.fr with ESMTP id %s; %s' % (c.hex(20), rfc(c.t, 'UTC')))]
    extra = [('X-Mailin-EID', c.pick(ALNUM, 60) + '%7E' + c.pick(ALNUM, 20)),
             ('X-sib-id', c.pick(ALNUM + '-_', 70)),
             ('Origin-messageId', mid)]
    return Infra((host, host, ip), tr, mid, extra, tls='1.3', boundary=lambda: c.hex(32), name='Brevo')


def ses(c, region='eu-west-1'):
    n = c.r.randint(1, 80)
    host = 'a7-%d.smtp-out.%s.amazonses.com' % (n, region)
    ip = '54.240.7.%d' % n if region == 'eu-west-1' else '23.251.234.%d' % n
    mid = '<0102019%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        c.hex(9), c.hex(8), c.hex(4), c.hex(4), c.hex(4), c.hex(12), region)
    extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, c.pick(ALNUM + '+/', 43))),
             ('X-SES-Outgoing', '%s-%s' % (c.t.strftime('%Y.%m.%d'), ip))]
    return Infra((host, host, ip), [], mid, extra, tls='1.3', boundary=lambda: '----=_Part_%d_%d.%d' % (
        c.r.randint(100000, 9999999), c.r.randint(100000000, 2000000000), stamp(c.t) * 1000 + c.r.randint(0, 999)),
        name='Amazon SES')


def mailchimp(c, user_id, list_id, campaign, list_name, sender_dom):
    n = c.r.randint(20, 250)
    atl = c.r.choice(['atl121', 'atl131', 'suw11', 'suw121'])
    host = 'mail%d.%s.mcdlv.net' % (n, atl)
    ip = '198.2.%d.%d' % (c.r.randint(128, 191), n)
    mid = '<%s.%s.%s@%s>' % (c.hex(25), c.digits(7), c.t.strftime('%Y%m%d%H%M%S'), host)
    uid, lid = user_id, list_id
    extra = [('X-Mailer', 'MailChimp Mailer - **CID%s**' % campaign),
             ('X-Campaign', 'mailchimp%s.%s' % (uid, campaign)),
             ('X-campaignid', 'mailchimp%s.%s' % (uid, campaign)),
             ('X-Report-Abuse', 'Please report abuse for this campaign here:' + NL + ' https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, campaign, c.hex(10))),
             ('X-MC-User', uid),
             ('Feedback-ID', '%s:%s:us21:mc' % (c.digits(9), c.digits(6))),
             ('List-ID', '%s <%s.%s.list-id.mcsv.net>' % (list_name, uid, lid)),
             ('X-Accounttype', 'pd'),
             ('List-Unsubscribe', '<https://%s.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,' % (sender_dom, uid, lid, c.hex(10), campaign) + NL +
              ' <mailto:unsubscribe-mc.us21_%s.%s-%s@unsub.mcsv.net?subject=unsubscribe>' % (uid, campaign, c.hex(10))),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    tr = [('Received', 'from localhost (localhost [127.0.0.1])%s\tby %s (Mailchimp) with ESMTP id 4%s%s\tfor <%s>; %s' % (
        NL, host, c.pick(B52, 12), NL, c.rcpt, rfc(c.t, 'UTC')))]
    return Infra((host, host, ip), tr, mid, extra, tls='1.2', boundary=lambda: '_----------=_MCPart_%d' % c.r.randint(10 ** 9, 2 * 10 ** 9),
                 name='Mailchimp')


def cleverreach(c, list_url, unsub_mail):
    n = c.r.randint(10, 90)
    host = 'mta%d.crsend.com' % n
    ip = '194.107.240.%d' % n
    mid = '<%s.%s@crsend.com>' % (c.hex(32), c.digits(8))
    extra = [('X-Mailer', 'CleverReach(R) Mailer'),
             ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('List-Unsubscribe', '<%s>, <mailto:%s>' % (list_url, unsub_mail)),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('Precedence', 'bulk')]
    return Infra((host, host, ip), [], mid, extra, tls='1.3', boundary=lambda: 'b1_' + c.hex(32), name='CleverReach')


def freshmail(c, list_url, unsub_mail):
    n = c.r.randint(10, 90)
    host = 'smtp%d.freshmail.pl' % n
    ip = '185.42.25.%d' % n
    mid = '<%s@freshmail.pl>' % c.hex(40)
    extra = [('X-Mailer', 'FreshMail.pl'),
             ('X-FM-Campaign', c.hex(10)),
             ('List-Unsubscribe', '<%s>, <mailto:%s>' % (list_url, unsub_mail)),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('Precedence', 'bulk')]
    return Infra((host, host, ip), [], mid, extra, tls='1.2', boundary=lambda: '=_' + c.hex(32), name='FreshMail')


# ------------------------------------------------------- consumer mail -------
def gmx(c, brand='gmx', client_ip='46.114.8.77', webmail=True, zone='CET', mail_client=None):
    if brand == 'gmx':
        out, ip, mr, web = 'mout.gmx.net', '212.227.17.%d' % c.r.choice([20, 21, 22]), 'mrgmx%03d' % c.r.randint(1, 110), '3c-app-gmx-bap%d' % c.r.randint(10, 70)
        wm = 'web-mail.gmx.net'
    else:
        out, ip, mr, web = 'mout.web.de', '212.227.15.%d' % c.r.choice([3, 4, 14, 15]), 'mrweb%03d' % c.r.randint(1, 110), '3c-app-webde-bap%d' % c.r.randint(10, 70)
        wm = 'web-mail.web.de'
    mailsrv = 'mail.gmx.net' if brand == 'gmx' else 'mail.web.de'
    if webmail:
        tr = [('Received', 'from %s ([%s]) by %s%s (%s [172.19.172.%d]) (via HTTP); %s' % (
            web, client_ip, wm, NL + ' ', web, c.r.randint(2, 250), rfc(c.t, zone)))]
        msgid = '<trinity-%s-%d@%s>' % (c.uuid(), stamp(c.t) * 1000 + c.r.randint(0, 999), web)
        extra = [('X-Priority', '3'), ('Importance', 'normal'), ('Sensitivity', 'Normal'),
                 ('X-UI-Message-Type', 'mail'),
                 ('X-Provags-ID', 'V03:K1:' + c.pick(ALNUM + '+/', 60) + NL + ' ' + c.pick(ALNUM + '+/', 40)),
                 ('UI-OutboundReport', 'notjunk:1;M01:P0:' + c.pick(ALNUM + '+/', 11) + '=;' + c.pick(ALNUM + '+/', 60))]
    else:
        tr = [('Received', 'from [192.168.178.%d] ([%s]) by %s (%s%s [212.227.17.%d]) with ESMTPSA (Nemesis) id%s 1M%s-1%s; %s' % (
            c.r.randint(20, 60), client_ip, mailsrv, mr, NL, c.r.randint(160, 200), NL, c.pick(ALNUM, 5), c.pick(ALNUM, 21), rfc(c.t, zone)))]
        msgid = make_msgid(c, mail_client or 'thunderbird', 'gmx.de' if brand == 'gmx' else 'web.de')
        extra = [('X-Provags-ID', 'V03:K1:' + c.pick(ALNUM + '+/', 60) + NL + ' ' + c.pick(ALNUM + '+/', 40)),
                 ('UI-OutboundReport', 'notjunk:1;M01:P0:' + c.pick(ALNUM + '+/', 11) + '=;' + c.pick(ALNUM + '+/', 60))]
    return Infra((out, out, ip), tr, msgid, extra, tls='1.3', name=brand.upper() + (' FreeMail webmail' if webmail else ''), zone=zone)


def wp_pl(c, client_ip='83.24.166.201'):
    n = c.r.randint(1, 9)
    host = 'smtpo%d.wp.pl' % (c.r.randint(50, 99))
    ip = '212.77.101.%d' % c.r.randint(1, 20)
    tr = [('Received', '(wp-smtpd smtp.wp.pl %d invoked by uid %d); %s' % (c.r.randint(10000, 40000), c.r.randint(100, 999), rfc(c.t, 'CET'))),
          ('Received', 'from [%s] by poczta.wp.pl with HTTPS for <%s>; %s' % (client_ip, c.rcpt, rfc(c.t, 'CET')))]
    msgid = '<%s@wp.pl>' % c.hex(32)
    extra = [('X-Mailer', 'Poczta WP (https://poczta.wp.pl/)'),
             ('X-WP-MailID', c.hex(32)),
             ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    return Infra((host, host, ip), tr, msgid, extra, tls='1.2', name='WP Poczta (wp.pl)')


def libero(c, client_ip='93.44.151.17'):
    n = c.r.randint(10, 40)
    host = 'smtp-%d.iol.local' % n
    out = 'smtp-%d-i2.italiaonline.it' % n
    ip = '213.209.10.%d' % n
    tr = [('Received', 'from libero.it ([%s])%s\tby %s with ESMTPA%s\tid %s; %s' % (
        client_ip, NL, host, NL, c.pick(ALNUM, 16), rfc(c.t, 'CET')))]
    msgid = '<%d.%d.%d@libero.it>' % (c.r.randint(10 ** 8, 2 * 10 ** 9), c.r.randint(10 ** 6, 9 * 10 ** 6), stamp(c.t) * 1000 + c.r.randint(0, 999))
    extra = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev59'), ('X-Originating-IP', client_ip), ('Importance', 'Normal')]
    return Infra((out, out, ip), tr, msgid, extra, tls='1.2', name='Libero Mail (Italiaonline)')


def otenet(c, client_ip='79.130.14.222', zone='EET'):
    n = c.r.randint(1, 9)
    host = 'mailout%d.otenet.gr' % n
    ip = '83.235.69.%d' % (20 + n)
    tr = [('Received', 'from webmail.otenet.gr (webmail%d.otenet.gr [10.200.4.%d])%s\tby %s (Postfix) with ESMTPSA id %s;%s\t%s' % (
        n, c.r.randint(10, 60), NL, host, postfix_qid(c), NL, rfc(c.t, zone, comment=True)))]
    msgid = '<%s@otenet.gr>' % c.hex(32)
    extra = [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', ''), ('X-Originating-IP', '[%s]' % client_ip)]
    return Infra((host, host, ip), tr, msgid, extra, tls='1.3', name='OTEnet webmail', zone=zone)


def yandex(c, client_ip='95.165.14.73', webmail=True):
    n = c.r.randint(100, 199)
    fwd = 'forward%d%s.mail.yandex.net' % (n, c.r.choice('ab'))
    ip = '178.154.239.%d' % c.r.randint(70, 160)
    nw = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (c.r.randint(10, 90), c.r.choice(['sas', 'vla', 'klg', 'myt']))
    tr = [('Received', 'from %s (%s [IPv6:2a02:6b8:c1d:%s:0:640:%s:0])%s\tby %s (Yandex) with ESMTPS id %s;%s\t%s' % (
              nw, nw, c.hex(4), c.hex(4), NL, fwd, c.pick(ALNUM, 10), NL, rfc(c.at(1), 'MSK'))),
          ('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;%s\t%s' % (nw, c.pick(ALNUM, 10), c.pick(ALNUM, 8), NL, rfc(c.t, 'MSK')))]
    if webmail:
        msgid = '<%d%d@mail.yandex.ru>' % (c.r.randint(100000, 999999), stamp(c.t))
        extra = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), ('X-Yandex-Fwd', '1')]
    else:
        msgid = make_msgid(c, 'thunderbird', 'yandex.ru')
        extra = [('X-Yandex-Fwd', '1')]
    return Infra((fwd, fwd, ip), tr, msgid, extra, tls='1.3', name='Yandex Mail', zone='MSK')


def mailru(c, client_ip='188.162.64.19'):
    n = c.r.randint(1, 60)
    host = 'smtp%d.i.mail.ru' % n
    ip = '95.163.41.%d' % (60 + n)
    f = 'f%d.i.mail.ru' % c.r.randint(100, 999)
    tr = [('Received', 'by %s with HTTP;%s\t%s' % (f, NL, rfc(c.t, 'MSK')))]
    msgid = '<%d.%d@%s>' % (stamp(c.t), c.r.randint(10 ** 8, 10 ** 9), f)
    extra = [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[%s]' % client_ip),
             ('X-Mailru-Sender', c.hex(64, True) + '4A7' + c.hex(20, True))]
    return Infra((host, host, ip), tr, msgid, extra, tls='1.3', name='Mail.ru', zone='MSK')
