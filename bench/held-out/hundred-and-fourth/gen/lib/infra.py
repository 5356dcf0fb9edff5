"""Sending infrastructures: Received chains, Message-ID styles, mailer headers.

Every function takes a Ctx and returns a Route.  Route.hops are the sender-side Received
headers (newest first) that sit *below* mx01's own Received header."""
import datetime as _dt
import string

from .mime import rfc_date

TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS13_ECDSA = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
               '\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n'
               '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')
TLS12_128 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\n'
             '\t(No client certificate requested)')


class Route:
    def __init__(self, mx, hops, msgid, headers=None, return_path=None, date_zone=None, mailer=None):
        self.mx = mx            # (helo, rdns or None, ip, tls-string or None)
        self.hops = hops        # list of Received values (no 'Received: ' prefix), newest first
        self.msgid = msgid
        self.headers = headers or []   # extra headers placed after Received
        self.return_path = return_path
        self.date_zone = date_zone
        self.mailer = mailer or []     # X-Mailer / User-Agent etc. placed near MIME headers


class Ctx:
    def __init__(self, rng, t, sender, rcpt, zone):
        self.rng = rng
        self.t = t
        self.sender = sender
        self.rcpt = rcpt
        self.zone = zone

    # random helpers
    def hex(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return ''.join(self.rng.choice(chars) for _ in range(n))

    def b64(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + '+/')

    def b64url(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + '-_')

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + '4' + h[13:16] + self.rng.choice('89ab') + h[17:]
        u = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)

    def at(self, sec, zone='utc', abbr=False):
        return rfc_date(self.t + _dt.timedelta(seconds=sec), zone, abbr=abbr)

    def epoch(self, sec=0):
        return int(((self.t + _dt.timedelta(seconds=sec)) - _dt.datetime(1970, 1, 1)).total_seconds())

    def postfix_qid(self, short=False):
        if short:
            return self.hex(10, upper=True)
        return '4' + self.alnum(self.num(10, 13), '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz')

    def exim_id(self):
        a = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
        return '1v%s-%s-%s' % (self.alnum(4, a), '0000000' + self.alnum(4, a), self.alnum(4, a))


def _local(addr):
    return addr.split('@')[0]


def _dom(addr):
    return addr.split('@')[1]


# ---------------------------------------------------------------- internal
def internal(c, client_ip='10.20.14.57', exch='EXCH01'):
    """Company Exchange on-prem -> mail-int01 relay -> mx01."""
    fe = 'fe80::%s:%s:%s:%s' % (c.hex(4), c.hex(4), c.hex(4), c.hex(4))
    hops = [
        'from %s.corp.example.com (%s.corp.example.com [10.20.0.31])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s'
        % (exch, exch.lower(), c.postfix_qid(True), c.at(2, 'eu-cet', True)),
        'from %s.corp.example.com (10.20.0.31) by %s.corp.example.com\n (10.20.0.31) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s'
        % (exch, exch, c.at(1, 'eu-cet')),
        'from %s.corp.example.com ([%s]) by %s.corp.example.com\n ([%s%%13]) with mapi id 15.02.1544.014; %s'
        % (exch, fe, exch, fe, c.at(0, 'eu-cet')),
    ]
    msgid = '<%s@%s.corp.example.com>' % (c.hex(32), exch)
    hdr = [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[%s]' % client_ip)]
    return Route(('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', TLS13), hops, msgid, hdr,
                 return_path=c.sender, date_zone=None)


# ---------------------------------------------------------------- Microsoft 365 tenant (business)
_EXO_REGIONS = {
    'de': ('DEU', 'FR2P281MB', 'FR3P281MB', 'DEUP281', 'mail-fr2deu01on2%03d.outbound.protection.outlook.com', 'DEU01-FR2-obe.outbound.protection.outlook.com', '40.107.135.%d'),
    'eu': ('EUR', 'AM9PR04MB', 'DB9PR04MB', 'eurprd04', 'mail-am6eur05on2%03d.outbound.protection.outlook.com', 'EUR05-AM6-obe.outbound.protection.outlook.com', '40.107.22.%d'),
    'eu2': ('EUR', 'DU0PR02MB', 'PAXPR02MB', 'eurprd02', 'mail-db8eur03on2%03d.outbound.protection.outlook.com', 'EUR03-DB8-obe.outbound.protection.outlook.com', '40.107.20.%d'),
    'gb': ('GBR', 'LO2P265MB', 'CWLP265MB', 'GBRP265', 'mail-cwlgbr01on2%03d.outbound.protection.outlook.com', 'GBR01-CWL-obe.outbound.protection.outlook.com', '40.107.121.%d'),
    'nam': ('NAM', 'SA1PR12MB', 'CH3PR12MB', 'namprd12', 'mail-bn8nam12on2%03d.outbound.protection.outlook.com', 'NAM12-BN8-obe.outbound.protection.outlook.com', '40.107.237.%d'),
}


def m365(c, region='eu', tenant_onms=None, consumer=False):
    cc, s1, s2, reg, rd, helo, ipf = _EXO_REGIONS[region]
    if consumer:
        s1, s2, reg = 'AS8P194MB', 'PA4P194MB', 'EURP194'
    n = c.num(10, 199)
    srv1 = s1 + str(c.num(1000, 9999))
    srv2 = s2 + str(c.num(1000, 9999))
    upper = reg.isupper()
    dom = ('%s.%s.PROD.OUTLOOK.COM' if upper else '%s.%s.prod.outlook.com')
    v6a = '2603:10a6:%s:%s::%d' % (c.hex(3), c.hex(2), c.num(5, 30))
    v6b = '2603:10a6:%s:%s::%d' % (c.hex(3), c.hex(2), c.num(5, 30))
    ip = ipf % n
    hops = [
        'from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
        % (dom % (srv1, reg), v6a, dom % (srv2, reg), v6b, c.num(8100, 8300), c.num(10, 40), c.at(1)),
        'from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.%d.%d; %s'
        % (dom % (srv1, reg), c.hex(4), c.hex(4), c.hex(4), c.hex(4), dom % (srv1, reg),
           c.hex(4), c.hex(4), c.hex(4), c.hex(4), c.num(8100, 8300), c.num(10, 40), c.at(0)),
    ]
    msgid = '<%s%s@%s>' % (srv1, c.hex(26, upper=True), dom % (srv1, reg))
    corr = c.uuid()
    hdr = [
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
        ('x-ms-publictraffictype', 'Email'),
        ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv1, srv2)),
        ('x-ms-office365-filtering-correlation-id', corr),
        ('X-MS-Exchange-CrossTenant-originalarrivaltime', c.at(1, 'utc').split(', ')[1].replace(' +0000', '.%04dZ' % c.num(0, 9999)).replace(' ', ' ')),
        ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
        ('X-MS-Exchange-CrossTenant-id', c.uuid()),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv2),
    ]
    if consumer:
        hdr = [('x-ms-exchange-messagesentrepresentingtype', '1'), ('x-tmn', '[%s]' % c.b64(28)),
               ('x-ms-publictraffictype', 'Email'), ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv1, srv2)),
               ('x-ms-office365-filtering-correlation-id', corr), ('X-OriginatorOrg', 'sct-15-20-7719-19-msonline-outlook-%s.templateTenant' % c.hex(5))]
    else:
        hdr.append(('X-OriginatorOrg', tenant_onms or _dom(c.sender)))
    if consumer:
        rd = rd.replace('on2', 'olkn2').replace('eur05', 'eur05')
    return Route((helo, rd % n, ip, TLS12), hops, msgid, hdr, return_path=c.sender, date_zone='utc')


# ---------------------------------------------------------------- Google
def gmail(c, workspace=False, mobile=False):
    n = c.num(41, 99)
    kind = c.rng.choice(['wr1', 'wm1', 'ej1', 'ed1', 'lf1'])
    ipbase = {'wr1': '209.85.221', 'wm1': '209.85.128', 'ej1': '209.85.218', 'ed1': '209.85.208', 'lf1': '209.85.167'}[kind]
    host = 'mail-%s-f%d.google.com' % (kind, n)
    smtpid = '%s-%sso%d%s' % (c.hex(13), c.hex(11), c.num(1000000, 9999999), c.rng.choice(['f8f', 'a12', 'e0c', '66b']))
    hops = ['by %s with SMTP id %s.%d\n        for <%s>; %s'
            % (host, smtpid, c.num(1, 9), c.rcpt[0], c.at(1, 'us-pt', True)),
            ]
    msgid = '<CA%s@mail.gmail.com>' % c.alnum(c.num(48, 60), string.ascii_letters + string.digits + '+=_-')
    hdr = [
        ('X-Gm-Message-State', 'AOJu0Y' + c.b64(66)),
        ('X-Google-Smtp-Source', 'AGHT+I' + c.b64(80)),
        ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s'
         % (c.hex(4), c.hex(4), c.hex(3), c.hex(4), c.hex(4), c.hex(12), c.hex(12), c.num(1, 9), c.epoch(1) * 1000 + c.num(0, 999), c.at(1, 'us-pt', True))),
    ]
    ip = '%s.%d' % (ipbase, n)
    return Route((host, host, ip, TLS13), hops, msgid, hdr, return_path=c.sender)


def google_notify(c):
    n = c.num(65, 79)
    host = 'mail-sor-f%d.google.com' % n
    hops = ['by %s (Google Transport Security) with SMTPS id %s.%d.%d\n        for <%s>\n        (Google Transport Security);\n        %s'
            % (host, c.hex(12), c.num(1, 9), c.num(10, 99), c.rcpt[0], c.at(1, 'us-pt', True))]
    msgid = '<%s@notifications.google.com>' % c.b64url(22)
    hdr = [('X-Google-Smtp-Source', 'AGHT+I' + c.b64(80)),
           ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s'
            % (c.hex(4), c.hex(3), c.hex(4), c.hex(4), c.hex(10), c.hex(12), c.num(1, 9), c.epoch(1) * 1000, c.at(1, 'us-pt', True)))]
    return Route((host, host, '209.85.220.%d' % n, TLS13), hops, msgid, hdr,
                 return_path='3%s-%s@accounts.google.com' % (c.alnum(20), c.alnum(12)), date_zone='utc')


# ---------------------------------------------------------------- GMX / WEB.DE
def gmx(c, brand='gmx'):
    if brand == 'gmx':
        mout, ip, web, app = 'mout.gmx.net', '212.227.17.%d' % c.num(20, 22), 'web-mail.gmx.net', '3c-app-gmx-bap%02d' % c.num(1, 80)
        mrhost = 'mrgmx%d' % c.num(100, 110)
        mrip = '212.227.17.%d' % c.num(160, 190)
        mail = 'mail.gmx.net'
    else:
        mout, ip, web, app = 'mout.web.de', '217.72.192.%d' % c.num(75, 78), 'web-mail.web.de', '3c-app-webde-bap%02d' % c.num(1, 60)
        mrhost = 'mrweb%d' % c.num(100, 110)
        mrip = '212.227.15.%d' % c.num(3, 14)
        mail = 'mail.web.de'
    appip = '172.19.170.%d' % c.num(10, 250)
    hops = [
        'from [%s] by %s\n (%s [%s]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s'
        % (appip, mail, mrhost, mrip, c.alnum(4), c.alnum(14), c.at(1, 'eu-cet')),
        'from %s ([%s]) by %s\n (%s [%s]) (via HTTP); %s'
        % (app, appip, web, app, appip, c.at(0, 'eu-cet')),
    ]
    msgid = '<trinity-%s-%d@%s>' % (c.uuid(), c.epoch(0) * 1000 + c.num(0, 999), app)
    hdr = [('X-Priority', '3'), ('Importance', 'normal'), ('Sensitivity', 'Normal')]
    mailer = [('X-UI-Message-Type', 'mail'),
              ('X-Provags-ID', 'V03:K1:%s\n %s' % (c.b64(60), c.b64(60))),
              ('X-UI-Out-Filterresults', 'notjunk:1;V03:K0:%s' % c.b64(16))]
    return Route((mout, mout, ip, TLS13), hops, msgid, hdr, return_path=c.sender, mailer=mailer)


# ---------------------------------------------------------------- Libero (Italiaonline)
def libero(c):
    n = c.num(10, 60)
    host = 'smtp-%d.italiaonline.it' % n
    hops = ['from libero.it ([10.101.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
            % (c.num(1, 9), c.num(2, 250), n, c.alnum(16), c.at(1, 'eu-cet'))]
    msgid = '<%d.%d.%d@mail1.libero.it>' % (c.num(10 ** 8, 10 ** 9), c.num(10 ** 5, 10 ** 6), c.epoch(0) * 1000 + c.num(0, 999))
    mailer = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev71'), ('X-Originating-IP', '151.%d.%d.%d' % (c.num(15, 90), c.num(1, 250), c.num(1, 250))),
              ('X-Originating-Client', 'open-xchange-appsuite')]
    return Route((host, host, '213.209.10.%d' % n, TLS12), hops, msgid, [], return_path=c.sender, mailer=mailer)


# ---------------------------------------------------------------- WP.pl
def wp(c, brand='wp.pl'):
    n = c.num(1, 9)
    host = 'mx%d.wp.pl' % n
    ip = '212.77.101.%d' % c.num(10, 20)
    client = '%d.%d.%d.%d' % (c.rng.choice([31, 37, 83, 89, 178, 188]), c.num(1, 250), c.num(1, 250), c.num(1, 250))
    hops = ['(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (c.num(1000, 40000), c.at(1, 'eu-cet')),
            'from unknown (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s'
            % (c.num(2, 200), _local(c.sender), client, c.sender, c.rcpt[0], c.at(0, 'eu-cet'))]
    msgid = '<%s@wp.pl>' % c.hex(32)
    hdr = [('X-WP-MailID', c.hex(32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
           ('X-WP-SPAM', 'NO 0000000 [4YMU]')]
    return Route((host, host, ip, TLS13), hops, msgid, hdr, return_path=c.sender)


# ---------------------------------------------------------------- OTEnet (Cosmote)
def otenet(c, client_app='webmail'):
    n = c.num(1, 6)
    host = 'mailout%d.otenet.gr' % n
    ip = '83.235.69.%d' % c.num(20, 60)
    client = '94.%d.%d.%d' % (c.num(64, 71), c.num(1, 250), c.num(1, 250))
    if client_app == 'outlook':
        hops = ['from [192.168.1.%d] (%s.home.otenet.gr [%s])\n\t(Authenticated sender: %s)\n\tby mailout%d.otenet.gr (Postfix) with ESMTPSA id %s;\n\t%s'
                % (c.num(2, 200), 'ppp-' + client.replace('.', '-'), client, c.sender, n, c.postfix_qid(), c.at(1, 'eu-eet', True))]
        return Route((host, host, ip, TLS13), hops, outlook_smtp_msgid(c, _dom(c.sender)), [], return_path=c.sender,
                     mailer=[('X-Mailer', 'Microsoft Outlook 16.0')])
    hops = ['from webmail.otenet.gr (webmail%d.otenet.gr [195.170.0.%d])\n\tby mailout%d.otenet.gr (Postfix) with ESMTPSA id %s;\n\t%s'
            % (c.num(1, 4), c.num(10, 40), n, c.postfix_qid(), c.at(1, 'eu-eet', True))]
    msgid = '<%s@otenet.gr>' % c.hex(32)
    mailer = [('User-Agent', 'Roundcube Webmail/1.6.10'), ('X-Sender', c.sender), ('X-Originating-IP', '[%s]' % client)]
    return Route((host, host, ip, TLS13), hops, msgid, [], return_path=c.sender, mailer=mailer)


# ---------------------------------------------------------------- Yandex
def yandex(c, webmail=True, domain='mail.yandex.ru'):
    n = c.num(100, 500)
    fwd = 'forward%da.mail.yandex.net' % n
    ip = '178.154.239.%d' % c.num(70, 220)
    pod = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (c.num(10, 99), c.rng.choice(['vla', 'sas', 'iva', 'klg']))
    hops = ['from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
            % (pod, pod, '2a02:6b8:c0c:%s:0:640:%s:0' % (c.hex(4), c.hex(4)), fwd, c.alnum(12), c.at(2, 'msk'))]
    if webmail:
        sb = 'mail-sendbernar-production-main-%d.%s.yp-c.yandex.net' % (c.num(10, 99), c.rng.choice(['vla', 'sas', 'myt']))
        hops.append('from %s (%s [2a02:6b8:c1f:%s:0:640:%s:0])\n\tby %s (smtp/Yandex) with ESMTPS id %s-%s;\n\t%s'
                    % (sb, sb, c.hex(4), c.hex(4), pod, c.alnum(10), c.alnum(8), c.at(1, 'msk')))
        hops.append('by %s with HTTP;\n\t%s' % (sb, c.at(0, 'msk')))
        msgid = '<%d%d@%s>' % (c.num(100000, 999999), c.epoch(0), domain)
        mailer = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    else:
        msgid = '<%s@%s>' % (c.hex(32), domain)
        mailer = []
    hdr = [('X-Yandex-Fwd', '1')]
    return Route((fwd, fwd, ip, TLS13), hops, msgid, hdr, return_path=c.sender, mailer=mailer)


def yandex_id(c):
    r = yandex(c, webmail=False, domain='id.yandex.ru')
    r.msgid = '<%s.%s@id.yandex.ru>' % (c.epoch(0), c.hex(16))
    r.mailer = []
    return r


# ---------------------------------------------------------------- Mail.ru
def mailru(c):
    f = c.num(100, 600)
    host = 'smtp%d.i.mail.ru' % c.num(30, 60)
    ip = '95.163.41.%d' % c.num(60, 99)
    hops = ['by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid %s; %s' % (f, c.sender, c.exim_id(), c.at(1, 'msk')),
            'by e.mail.ru with HTTP;\n\t%s' % c.at(0, 'msk')]
    msgid = '<%d.%d@f%d.i.mail.ru>' % (c.epoch(0), c.num(10 ** 8, 10 ** 9 - 1), f)
    mailer = [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[%d.%d.%d.%d]' % (c.num(80, 95), c.num(1, 250), c.num(1, 250), c.num(1, 250)))]
    return Route((host, host, ip, TLS13), hops, msgid, [('X-7564579A', '646B95376F6C6B6E'), ('X-Mailru-Src', 'fe')],
                 return_path=c.sender, mailer=mailer)


# ---------------------------------------------------------------- Aruba (Italy)
def aruba(c, client_ip=None, msgid_style='outlook', mailer=None):
    n = c.num(10000, 19999)
    host = 'smtpcmd%d.aruba.it' % n
    ip = '62.149.156.%d' % c.num(40, 250)
    client = client_ip or '93.%d.%d.%d' % (c.num(32, 70), c.num(1, 250), c.num(1, 250))
    hops = ['from PC%s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
            % (c.hex(4, True), client, c.alnum(12), c.at(1, 'eu-cet'))]
    if msgid_style == 'thunderbird':
        msgid = '<%s@%s>' % (c.uuid(), _dom(c.sender))
    else:
        msgid = outlook_smtp_msgid(c, _dom(c.sender))
    hdr = [('X-CMAE-Envelope', 'MS4xfA' + c.b64(70))]
    return Route((host, host, ip, TLS12), hops, msgid, hdr, return_path=c.sender,
                 mailer=mailer if mailer is not None else [('X-Mailer', 'Microsoft Outlook 16.0')])


def outlook_smtp_msgid(c, domain):
    return '<00%02x01dc%04x$%s$%s$@%s>' % (c.num(0, 255), c.num(0, 0xffff), c.hex(8), c.hex(8), domain)


# ---------------------------------------------------------------- generic company Postfix (own server)
def postfix_company(c, mailhost, ip, rdns=None, submit_ip=None, msgid_style='thunderbird', zone='eu-cet', tls=None,
                    mailer=None, helo=None):
    rdns = rdns or mailhost
    client = submit_ip or '192.168.%d.%d' % (c.num(0, 20), c.num(2, 250))
    hops = ['from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
            % (client, client, c.sender, mailhost, c.postfix_qid(), c.at(1, zone, True))]
    dom = _dom(c.sender)
    if msgid_style == 'thunderbird':
        msgid = '<%s@%s>' % (c.uuid(), dom)
    elif msgid_style == 'outlook':
        msgid = outlook_smtp_msgid(c, dom)
    elif msgid_style == 'roundcube':
        msgid = '<%s@%s>' % (c.hex(32), dom)
    elif msgid_style == 'apple':
        msgid = '<%s@%s>' % (c.uuid(upper=True), dom)
    else:
        msgid = msgid_style
    return Route((helo or mailhost, rdns, ip, tls or TLS13), hops, msgid, [], return_path=c.sender, mailer=mailer or [])


def roundcube_vps(c, mailhost, ip, rdns, zone='eu-cet', webmail_client=None):
    """Look-alike domain on a VPS with Postfix + Roundcube."""
    wc = webmail_client or '%d.%d.%d.%d' % (c.num(5, 200), c.num(1, 250), c.num(1, 250), c.num(1, 250))
    hops = ['from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s'
            % (mailhost, c.sender, mailhost, c.postfix_qid(True), c.at(1, zone, True))]
    msgid = '<%s@%s>' % (c.hex(32), _dom(c.sender))
    mailer = [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', c.sender)]
    hdr = [('X-Originating-IP', '[%s]' % wc)] if webmail_client else []
    return Route(('mail.' + _dom(c.sender), rdns, ip, TLS13), hops, msgid, hdr, return_path=c.sender, mailer=mailer)


# ---------------------------------------------------------------- cPanel / Exim (compromised small business)
def exim_cpanel(c, server, ip, client_ip, helo_client='[192.168.1.%d]', zone='eu-cet', auth=True):
    hc = helo_client % c.num(2, 200) if '%d' in helo_client else helo_client
    eid = c.exim_id()
    if auth:
        hops = ['from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
                % (client_ip, c.num(49152, 65000), hc, server, c.sender, eid, c.rcpt[0], c.at(1, zone))]
    else:
        hops = ['from www-data by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                % (server, c.sender, eid, c.rcpt[0], c.at(1, zone))]
    dom = _dom(c.sender)
    hdr = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
           ('X-AntiAbuse', 'Primary Hostname - %s' % server),
           ('X-AntiAbuse', 'Original Domain - example.com'),
           ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
           ('X-AntiAbuse', 'Sender Address Domain - %s' % dom)]
    if auth:
        hdr += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (server, c.sender)),
                ('X-Authenticated-Sender', '%s: %s' % (server, c.sender))]
    else:
        hdr += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (server, dom.split('.')[0][:8])),
                ('X-Authenticated-Sender', '%s: %s' % (server, c.sender))]
    return Route((server, server, ip, TLS12), hops, '<%s@%s>' % (c.hex(32), dom), hdr, return_path=c.sender)


def phpmailer(c, server, ip, site, zone='eu-cet'):
    r = exim_cpanel(c, server, ip, None, auth=False, zone=zone)
    r.msgid = '<%s@%s>' % (c.alnum(43), site)
    r.mailer = [('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
    return r


# ---------------------------------------------------------------- direct-to-MX bots
def direct(c, helo, rdns, ip, msgid, zone='utc', tls=None, mailer=None):
    return Route((helo, rdns, ip, tls), [], msgid, [], return_path=c.sender, mailer=mailer or [])


# ---------------------------------------------------------------- ESPs
def sendgrid(c, em_domain, brand_num=None, dedicated=None):
    uid = brand_num or c.num(10000000, 49999999)
    if dedicated:
        host = dedicated
        ip = '149.72.%d.%d' % (c.num(100, 250), c.num(1, 250))
    else:
        host = '%s.outbound-mail.sendgrid.net' % c.alnum(8, string.ascii_lowercase)
        ip = '149.72.%d.%d' % (c.num(100, 250), c.num(1, 250))
    geo = 'geopod-ismtpd-%d' % c.num(1, 60)
    import base64 as _b64
    fd = 'filterdrecv-%s-%s' % (c.hex(10), c.alnum(5, string.ascii_lowercase + string.digits))
    t2 = c.t + _dt.timedelta(seconds=2)
    t1 = c.t + _dt.timedelta(seconds=1)
    hops = ['by %s with SMTP id %s-1-%s-%d\n        %s.%09d +0000 UTC m=+%d.%09d'
            % (fd, fd, c.hex(8, True), c.num(1, 40), t2.strftime('%Y-%m-%d %H:%M:%S'), c.num(0, 999999999),
               c.num(100000, 9999999), c.num(0, 999999999)),
            'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)'
            % (_b64.b64encode(str(uid).encode()).decode().rstrip('='), geo, c.b64url(22),
               t1.strftime('%a, %d %b %Y %H:%M:%S'), c.num(0, 999))]
    rp = 'bounces+%d-%s-%s=%s@%s' % (uid, c.hex(4), _local(c.rcpt[0]), _dom(c.rcpt[0]), em_domain)
    msgid = '<%s@%s>' % (c.b64url(22), geo)
    hdr = [('X-SG-EID', '\n ' + c.b64(76) + '\n ' + c.b64(60) + '=='),
           ('X-SG-ID', '\n ' + c.b64(70) + '='),
           ('X-Entity-ID', c.b64(22) + '=='),
           ('X-Feedback-ID', '%d:SG' % uid)]
    return Route((host, host, ip, TLS12), hops, msgid, hdr, return_path=rp)


def sg_link(c, url):
    return 'https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s-2B%s' % (c.num(1000000, 49999999), c.b64url(60), c.b64url(40))


def mailgun(c, domain):
    a, b = c.num(40, 60), c.num(1, 250)
    host = 'm%d-%d.mailgun.net' % (a, b)
    hops = ['by %s with HTTP id %s%s; %s' % (c.hex(10), c.hex(16), c.hex(8), c.at(1))]
    rp = 'bounce+%s.%s-%s=%s@%s' % (c.hex(6), c.hex(6), _local(c.rcpt[0]), _dom(c.rcpt[0]), domain)
    ts = (c.t.strftime('%Y%m%d%H%M%S'))
    msgid = '<%s.%s@%s>' % (ts, c.hex(16), domain)
    hdr = [('X-Mailgun-Sid', 'W' + c.b64(40) + '='), ('X-Mailgun-Tag', 'notification'), ('Sender', 'postmaster@' + domain)]
    return Route((host, host, '161.38.%d.%d' % (a + 150, b), TLS13), hops, msgid, hdr, return_path=rp)


def ses(c, region='eu-west-1', domain=None):
    a, b = c.num(1, 9), c.num(1, 250)
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (a, b, region)
    ip = {'eu-west-1': '54.240.%d.%d', 'eu-west-2': '54.240.%d.%d', 'eu-central-1': '69.169.%d.%d'}[region] % (
        c.num(0, 10) if region != 'eu-central-1' else c.num(224, 231), b)
    mid = '01%s019%s-%s-%s-%s-%s-000000' % ('07' if region == 'eu-west-1' else '09', c.hex(9), c.hex(8), c.hex(4), c.hex(4), c.hex(12))
    rp = '%s@%s.amazonses.com' % (mid, region)
    hdr = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, c.b64(43))),
           ('X-SES-Outgoing', '%s-%s' % (c.t.strftime('%Y.%m.%d'), ip))]
    return Route((host, host, ip, TLS12_128), [], '<%s@%s.amazonses.com>' % (mid, region), hdr, return_path=rp)


def brevo(c, domain):
    n = c.num(10, 99)
    host = 's%d-ux.mailin.fr' % c.num(1, 9)
    ip = '185.41.28.%d' % c.num(10, 250)
    hops = ['from mail-sib-relay-%d (unknown [10.0.%d.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
            % (c.num(1, 40), c.num(0, 9), c.num(2, 250), host, c.postfix_qid(), c.rcpt[0], c.at(1, 'eu-cet'))]
    msgid = '<%s.%s@smtp-relay.mailin.fr>' % (c.epoch(), c.hex(26))
    rp = 'bounces-%d-%s@%s' % (c.num(10 ** 6, 10 ** 7), c.hex(8), 'bounces.' + domain if domain else 'mailin.fr')
    hdr = [('X-sib-id', c.b64(60)), ('X-CSA-Complaints', 'csacomplaints@eco.de'),
           ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % ('185.41.28.' + str(c.num(10, 250)), c.num(100000, 999999), c.num(100000, 999999))),
           ('X-Mailer', 'Sendinblue')]
    return Route((host, host, ip, TLS13), hops, msgid, hdr, return_path=rp)


def mailchimp(c, us='us14', list_hex=None):
    n, m = c.num(100, 250), c.num(100, 240)
    host = 'mail%d.atl%d.mcdlv.net' % (n, m)
    ip = '198.2.%d.%d' % (c.num(128, 191), c.num(1, 250))
    hops = ['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s'
            % (host, c.postfix_qid(), c.rcpt[0], c.at(1))]
    uid = c.hex(25)
    lid = list_hex or c.hex(10)
    cid = c.hex(10)
    rp = 'bounce-mc.%s_%d.%d-%s=%s@%s' % (us, c.num(10 ** 7, 10 ** 8), c.num(10 ** 6, 10 ** 7), _local(c.rcpt[0]), _dom(c.rcpt[0]), host)
    msgid = '<%s.%s@%s>' % (c.hex(20), c.hex(12), host)
    hdr = [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, c.hex(10))),
           ('X-Campaign', 'mailchimp%s.%s' % (uid, cid)),
           ('X-campaignid', 'mailchimp%s.%s' % (uid, cid)),
           ('X-Report-Abuse', 'Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, cid, c.hex(10))),
           ('X-MC-User', uid),
           ('Feedback-ID', '%d:%d.%d:%s:mc' % (c.num(10 ** 7, 10 ** 8), c.num(10 ** 7, 10 ** 8), c.num(10 ** 5, 10 ** 6), us)),
           ('List-ID', '%smc list <%s.%d.list-id.mcsv.net>' % (uid, uid, c.num(100000, 999999))),
           ('X-Accounttype', 'pd')]
    r = Route((host, host, ip, TLS12), hops, msgid, hdr, return_path=rp, date_zone='utc')
    r.mc = dict(us=us, uid=uid, lid=lid, cid=cid, e=c.hex(10))
    return r


# ---------------------------------------------------------------- big senders (genuine notifications)
def microsoft_notify(c):
    n = c.num(10, 99)
    helo = 'NAM12-BN8-obe.outbound.protection.outlook.com'
    rd = 'mail-bn8nam12on20%02d.outbound.protection.outlook.com' % n
    srv = c.rng.choice(['BL02EPF0001A0F4', 'BN2PEPF000044A9', 'SN1PEPF0002636E', 'CH2PEPF0000013D'])
    hops = ['from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d) by\n %s.mail.protection.outlook.com (2603:10b6:%s:%s::%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
            % (srv.lower(), c.num(1, 22), c.hex(3), c.hex(3), c.num(1, 40), srv, c.hex(3), c.hex(3), c.num(1, 40), c.num(8100, 8300), c.num(10, 40), c.at(1))]
    a = ''.join(c.rng.choice(string.ascii_uppercase + string.digits) for _ in range(12))
    b = ''.join(c.rng.choice(string.ascii_uppercase + string.digits) for _ in range(13))
    msgid = '<%s.%s@%s>' % (a, b, srv.lower())
    hdr = [('X-MS-Exchange-Organization-SCL', '-1'), ('X-MS-PublicTrafficType', 'Email'),
           ('X-MS-Exchange-CrossTenant-originalarrivaltime', c.t.strftime('%d %b %Y %H:%M:%S') + '.%04d (UTC)' % c.num(0, 9999)),
           ('X-MS-Exchange-CrossTenant-fromentityheader', 'Internet')]
    return Route((helo, rd, '40.107.%d.%d' % (c.num(236, 244), n), TLS12), hops, msgid, hdr, date_zone='utc')


def github(c):
    n = c.num(20, 30)
    host = 'out-%d.smtp.github.com' % n
    node = 'hubbernetes-node-%s.ash1-iad.github.net' % c.hex(12)
    hops = ['from github.com (%s [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
            % (node, c.num(1, 250), c.num(1, 250), c.postfix_qid(), c.rcpt[0], c.at(1, 'us-pt', True))]
    msgid = '<%s_%s@lowworker-%s-%s.mail>' % (c.hex(13), c.hex(6), c.hex(10), c.alnum(5, string.ascii_lowercase + string.digits))
    return Route((host, host, '192.30.252.%d' % (183 + n), TLS12), hops, msgid, [], date_zone='us-pt')


def docusign_eu(c):
    host = 'mailfr.eumail.docusign.net'
    ip = '185.7.252.%d' % c.num(50, 60)
    hops = ['from docusign.net (unknown [10.3.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (c.num(1, 250), c.num(1, 250), host, c.postfix_qid(), c.rcpt[0], c.at(1))]
    msgid = '<%s@docusign.net>' % c.hex(32)
    return Route((host, host, ip, TLS13), hops, msgid, [('X-Api-Host', 'docusign.net'), ('X-DocuSign-EnvelopeID', c.uuid())],
                 return_path='dse@eumail.docusign.net', date_zone='utc')
