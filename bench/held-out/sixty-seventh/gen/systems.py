"""Sending-system profiles. Each factory returns f(m, rng) -> Env that
describes how the message left the sender: the client mx01 sees, the
sender's own Received hops (newest first), Message-ID and mailer headers
in that system's native style."""
from common import (alnum, guid, hexs, plus, rfc_date, local)

PFX = 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy0123456789'


class Env:
    def __init__(self):
        self.client = None            # (helo, rdns or None, ip)
        self.tls = 'tls13'
        self.trace = []               # full header lines below mx01
        self.extra = []               # (name, value) content headers
        self.msgid = None
        self.zone = 'DE'
        self.order = 'std'
        self.delay = 3
        self.return_path = None
        self.name = ''                # short description for MANIFEST


def pf_qid(rng):
    return '4' + rng.choice('RSTVWXYZ') + alnum(rng, 4, PFX) + 'z' + alnum(rng, rng.randint(3, 5), PFX)


def exim_id(rng):
    return '1t%s-%s-%s' % (alnum(rng, 4), '0000000' + alnum(rng, 4), alnum(rng, 4))


def tls_by(kind):
    if kind == 'tls12':
        return '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)'
    return '(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384)'


def _thread_index(rng, t):
    import base64
    ft = int(((t - __import__('datetime').datetime(1601, 1, 1)).total_seconds()) * 10 ** 7)
    head = ft.to_bytes(8, 'big')[:6]
    return base64.b64encode(head + bytes(rng.getrandbits(8) for _ in range(16))).decode()


def ms_thread(m, rng, env):
    env.extra.insert(0, ('Thread-Topic', m.thread_topic()))
    env.extra.insert(1, ('Thread-Index', _thread_index(rng, m.when)))


# ====================================================== internal Exchange
def exchange_int(client_ip='10.20.30.45', server='EXCH02', lang='de-DE', zone='DE',
                 mailer_extra=None, via_3cx=None):
    def f(m, rng):
        e = Env()
        e.name = 'internal: Exchange %s -> relay mail-int01' % server
        e.client = ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')
        e.tls = 'tls13'
        fq = '%s.corp.example.com' % server
        sip = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}[server]
        t1 = plus(m.when, 1)
        t2 = plus(m.when, 2)
        e.trace.append('Received: from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                       % (fq, fq.lower(), sip, pf_qid(rng), m.rcpt, rfc_date(t2, 'DE', paren=True)))
        e.trace.append('Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server %s\n id 15.2.1544.14; %s'
                       % (fq, sip, fq, sip, tls_by('tls12'), rfc_date(t1, zone)))
        if via_3cx:
            e.trace.append('Received: from pbx-uk01.corp.example.com (10.40.0.20) by %s\n (%s) with Microsoft SMTP Server id 15.2.1544.14 via Frontend\n Transport; %s'
                           % (fq, sip, rfc_date(m.when, zone)))
        else:
            ll = 'fe80::%s:%s:%s:%s' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4))
            e.trace.append('Received: from %s ([%s]) by\n %s ([%s%%13]) with mapi id\n 15.02.1544.014; %s'
                           % (fq, ll, fq, ll, rfc_date(m.when, zone)))
        e.msgid = '<%s@%s>' % (hexs(rng, 32), fq)
        if via_3cx:
            e.msgid = '<%s.%d@pbx-uk01.corp.example.com>' % (guid(rng), rng.randint(10 ** 6, 10 ** 7))
        e.zone = zone
        e.order = 'ms'
        if not via_3cx:
            ms_thread(m, rng, e)
            e.extra += [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                        ('X-MS-Has-Attach', 'yes' if m.has_attachment() else ''),
                        ('X-MS-TNEF-Correlator', ''),
                        ('x-originating-ip', '[%s]' % client_ip)]
        e.return_path = m.frm[1]
        e.delay = 3
        if mailer_extra:
            e.extra += mailer_extra
        return e
    return f


# ====================================================== Microsoft 365
M365_OUT = {  # region -> (helo, rdns fmt, ip prefix)
    'DE': ('DEU01-FR2-obe.outbound.protection.outlook.com', 'mail-fr2deu01on2%03d.outbound.protection.outlook.com', '40.107.135.'),
    'EU': ('EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05on2%03d.outbound.protection.outlook.com', '40.107.20.'),
    'EU2': ('EUR03-AM7-obe.outbound.protection.outlook.com', 'mail-am7eur03on2%03d.outbound.protection.outlook.com', '40.107.105.'),
    'UK': ('GBR01-CWX-obe.outbound.protection.outlook.com', 'mail-cwxgbr01on2%03d.outbound.protection.outlook.com', '40.107.121.'),
    'NA': ('NAM12-MW2-obe.outbound.protection.outlook.com', 'mail-mw2nam12on2%03d.outbound.protection.outlook.com', '40.107.244.'),
}
M365_POD = {'DE': ('FR3P281MB', 'DEUP281.PROD.OUTLOOK.COM', True),
            'EU': ('AM9PR04MB', 'eurprd04.prod.outlook.com', False),
            'EU2': ('DU2PR03MB', 'eurprd03.prod.outlook.com', False),
            'UK': ('LO2P265MB', 'GBRP265.PROD.OUTLOOK.COM', True),
            'NA': ('SA1PR12MB', 'namprd12.prod.outlook.com', False)}


def m365(domain, region='EU', lang='de-DE', web=False, tenant=None):
    def f(m, rng):
        e = Env()
        e.name = 'Microsoft 365 (%s tenant)' % (tenant or domain)
        helo, rdfmt, pre = M365_OUT[region]
        n = rng.randint(40, 139)
        e.client = (helo, rdfmt % n, pre + str(n % 256))
        e.tls = 'tls12'
        pfx, dom, upper = M365_POD[region]
        mbx = '%s%04d' % (pfx, rng.randint(1000, 9999))
        hub = '%s%04d' % (pfx.replace('MB', 'MB'), rng.randint(1000, 9999))
        fq = '%s.%s' % (mbx, dom)
        fq2 = '%s.%s' % (hub, dom)
        ll = 'fe80::%s:%s:%s:%s' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4))
        e.trace.append('Received: from %s (2603:10a6:%s:%s::%d) by\n %s (2603:10a6:%s:%s::%d) with Microsoft SMTP\n Server %s id 15.20.8093.18; %s'
                       % (fq, hexs(rng, 3), hexs(rng, 3), rng.randint(5, 30), fq2, hexs(rng, 3), hexs(rng, 3), rng.randint(5, 30),
                          tls_by('tls12'), rfc_date(plus(m.when, 1), 'UTC')))
        e.trace.append('Received: from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id 15.20.8093.014; %s'
                       % (fq, ll, fq, ll, rng.randint(3, 7), rfc_date(m.when, 'UTC')))
        e.msgid = '<%s%s@%s>' % (mbx, hexs(rng, 24, True), fq)
        e.zone = 'UTC'
        e.order = 'ms'
        ms_thread(m, rng, e)
        e.extra += [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                    ('X-MS-Has-Attach', 'yes' if m.has_attachment() else ''),
                    ('X-MS-TNEF-Correlator', ''), ('msip_labels', ''),
                    ('x-ms-publictraffictype', 'Email'),
                    ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbx, hub)),
                    ('x-ms-office365-filtering-correlation-id', guid(rng))]
        if web:
            e.extra.append(('x-ms-exchange-messagesentrepresentingtype', '1'))
        e.extra += [('X-OriginatorOrg', domain),
                    ('X-MS-Exchange-CrossTenant-originalarrivaltime',
                     local(m.when, 'UTC')[0].strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % rng.randint(0, 9999)),
                    ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                    ('X-MS-Exchange-CrossTenant-id', guid(rng)),
                    ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hub)]
        e.return_path = m.frm[1]
        e.delay = 2
        return e
    return f


def outlook_consumer(lang='es-ES'):
    def f(m, rng):
        e = Env()
        e.name = 'Outlook.com consumer mailbox'
        n = rng.randint(10, 99)
        e.client = ('EUR05-AM6-obe.outbound.protection.outlook.com',
                    'mail-am6eur05olkn20%02d.outbound.protection.outlook.com' % n,
                    '40.92.18.%d' % n)
        e.tls = 'tls12'
        mbx = 'AS8P189MB%04d' % rng.randint(1000, 9999)
        fq = '%s.EURP189.PROD.OUTLOOK.COM' % mbx
        ll = 'fe80::%s:%s:%s:%s' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4))
        e.trace.append('Received: from %s\n ([%s]) by %s\n ([%s%%6]) with mapi id 15.20.8093.014; %s'
                       % (fq, ll, fq, ll, rfc_date(m.when, 'UTC')))
        e.msgid = '<%s%s@%s>' % (mbx, hexs(rng, 24, True), fq)
        e.zone = 'UTC'
        e.order = 'ms'
        ms_thread(m, rng, e)
        e.extra += [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                    ('X-MS-Has-Attach', 'yes' if m.has_attachment() else ''),
                    ('X-MS-TNEF-Correlator', ''),
                    ('x-ms-exchange-messagesentrepresentingtype', '1'),
                    ('x-tmn', '[%s]' % alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789+/')),
                    ('x-ms-publictraffictype', 'Email')]
        e.return_path = m.frm[1]
        e.delay = 2
        return e
    return f


# ====================================================== Google
def gmail(workspace=False, mua=None):
    def f(m, rng):
        e = Env()
        e.name = 'Google Workspace' if workspace else 'Gmail'
        host = rng.choice(['mail-wm1-f%d', 'mail-ej1-f%d', 'mail-wr1-f%d', 'mail-lf1-f%d'])
        n = rng.randint(41, 74)
        host = host % n
        base = {'wm1': 128, 'ej1': 218, 'wr1': 221, 'lf1': 167}[host[5:8]]
        fq = host + '.google.com'
        e.client = (fq, fq, '209.85.%d.%d' % (base, n))
        t = m.when
        e.trace.append('Received: by %s with SMTP id %s-%s.%d\n        for <%s>; %s'
                       % (fq, hexs(rng, 10) if False else '5b1f17b1804b1', '43%s%s' % (hexs(rng, 5), 'so') + str(rng.randint(1000000, 9999999)) + hexs(rng, 4),
                          rng.randint(1, 4), m.rcpt, rfc_date(plus(t, 12), 'PT', paren=True)))
        e.trace.append('X-Gm-Message-State: AOJu0Y%s' % alnum(rng, 60))
        e.trace.append('X-Gm-Gg: ASbGnc%s' % alnum(rng, 70))
        e.trace.append('X-Google-Smtp-Source: AGHT+I%s' % alnum(rng, 64))
        e.trace.append('X-Received: by 2002:a05:600c:%s:b0:%s:%s:%s with SMTP id %s-%smr%dwm.%d.%d;\n        %s'
                       % (hexs(rng, 4), hexs(rng, 3), hexs(rng, 4), hexs(rng, 4), hexs(rng, 18), hexs(rng, 18),
                          rng.randint(1000000, 9999999), rng.randint(1, 30),
                          int((t - __import__('datetime').datetime(1970, 1, 1)).total_seconds() * 1000) + 12000,
                          rfc_date(plus(t, 12), 'PT', paren=True)))
        e.msgid = '<CA%s@mail.gmail.com>' % alnum(rng, rng.randint(52, 64), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=')
        e.zone = m.zone or 'DE'
        e.order = 'gmail'
        e.return_path = m.frm[1]
        e.delay = 13
        if mua:
            e.extra.append(mua)
        return e
    return f


def google_notify():
    def f(m, rng):
        e = Env()
        e.name = 'Google account notifications (accounts.google.com)'
        n = rng.choice([69, 73, 41])
        fq = 'mail-sor-f%d.google.com' % n
        e.client = (fq, fq, '209.85.220.%d' % n)
        e.trace.append('Received: by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
                       % (fq, '00721157ae682-6e9d%s' % hexs(rng, 6) + str(rng.randint(1000000, 9999999)) + hexs(rng, 3) + '.2',
                          m.rcpt, rfc_date(m.when, 'PT', paren=True)))
        e.trace.append('X-Google-Smtp-Source: AGHT+I%s' % alnum(rng, 64))
        e.trace.append('X-Received: by 2002:a05:690c:%s:b0:%s:%s:%s with SMTP id %smr%dywb.%d.%d;\n        %s'
                       % (hexs(rng, 4), hexs(rng, 3), hexs(rng, 4), hexs(rng, 4), hexs(rng, 30), rng.randint(100000, 999999),
                          rng.randint(1, 9), rng.randint(10 ** 12, 10 ** 13), rfc_date(m.when, 'PT', paren=True)))
        e.msgid = '<%s@notifications.google.com>' % alnum(rng, 22)
        e.zone = 'UTC'
        e.order = 'gmail'
        e.return_path = '3%s-%s@gaia.bounces.google.com' % (alnum(rng, 14), alnum(rng, 28))
        e.extra += [('X-Notifications', hexs(rng, 16)),
                    ('X-Notifications-Bounce-Info', 'A%s' % alnum(rng, 60))]
        e.delay = 2
        return e
    return f


# ====================================================== GMX / web.de
def united_internet(brand='gmx', client='webmail', client_ip='91.64.12.77', mua=None):
    def f(m, rng):
        e = Env()
        out = {'gmx': ('mout.gmx.net', '212.227.17.%d', 'mail.gmx.net', 'mrgmx'),
               'webde': ('mout.web.de', '212.227.15.%d', 'mail.web.de', 'mrweb')}[brand]
        e.name = '%s (%s)' % ({'gmx': 'GMX', 'webde': 'WEB.DE'}[brand], client)
        ip = out[1] % rng.choice([3, 4, 14, 15, 20, 21, 22])
        e.client = (out[0], out[0], ip)
        mr = '%s%03d' % (out[3], rng.randint(1, 120))
        nid = '1M%s-1t%s-00%s' % (alnum(rng, 4), alnum(rng, 8), alnum(rng, 4))
        if client == 'webmail':
            app = '3c-app-%s-bap%02d' % (brand if brand == 'gmx' else 'webde', rng.randint(1, 60))
            e.trace.append('Received: from %s ([%s]) by %s\n (%s [212.227.15.%d]) with ESMTPA (Nemesis) id %s; %s'
                           % (app, client_ip, out[2], mr, rng.randint(100, 200), nid, rfc_date(plus(m.when, 1), 'DE')))
            e.msgid = '<trinity-%s-%d@%s>' % (guid(rng), int((m.when - __import__('datetime').datetime(1970, 1, 1)).total_seconds() * 1000), app)
            e.extra += [('Importance', 'normal'), ('Sensitivity', 'Normal')]
        else:
            e.trace.append('Received: from [192.168.178.%d] ([%s]) by %s (%s\n [212.227.15.%d]) with ESMTPSA (Nemesis) id %s; %s'
                           % (rng.randint(20, 60), client_ip, out[2], mr, rng.randint(100, 200), nid, rfc_date(plus(m.when, 1), 'DE')))
        if mua:
            e.extra.append(mua)
            if mua[1].startswith('iPhone'):
                e.msgid = '<%s@%s>' % (guid(rng, True), m.frm[1].split('@')[1])
        e.extra += [('X-Provags-ID', 'V03:K1:%s' % alnum(rng, 60)),
                    ('UI-OutboundReport', 'notjunk:1;M01:P0:%s' % alnum(rng, 20))]
        e.zone = 'DE'
        e.return_path = m.frm[1]
        e.delay = 2
        return e
    return f


# ====================================================== generic own servers
def postfix_submission(host, ip, rdns=None, client_ip='10.8.0.14', msgid_style='uuid',
                       mua=None, name='own Postfix server', zone='DE', helo=None,
                       internal_hop=None):
    def f(m, rng):
        e = Env()
        e.name = name
        e.client = (helo or host, rdns if rdns is not None else host, ip)
        dom = m.frm[1].split('@')[1]
        if client_ip == '127.0.0.1':
            e.trace.append('Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                           % (host, pf_qid(rng), m.rcpt, rfc_date(plus(m.when, 1), zone, paren=True)))
        else:
            e.trace.append('Received: from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                           % ('192.168.1.%d' % rng.randint(10, 90), client_ip, m.frm[1], host, pf_qid(rng),
                              rfc_date(plus(m.when, 1), zone, paren=True)))
        e.msgid = _msgid(rng, msgid_style, dom, m)
        if mua:
            e.extra.append(mua)
        e.zone = zone
        e.return_path = m.frm[1]
        e.delay = 2
        return e
    return f


def _msgid(rng, style, dom, m):
    if style == 'uuid':          # Thunderbird
        return '<%s@%s>' % (guid(rng), dom)
    if style == 'UUID':          # Apple Mail
        return '<%s@%s>' % (guid(rng, True), dom)
    if style == 'outlook':       # Outlook desktop via SMTP
        return '<%s01dd%s$%s$%s$@%s>' % ('0000', hexs(rng, 4), hexs(rng, 8), hexs(rng, 8), dom)
    if style == 'roundcube':
        return '<%s@%s>' % (hexs(rng, 32), dom)
    if style == 'thebat':
        lt = local(m.when, 'RU')[0]
        return '<%d.%s@%s>' % (rng.randint(10 ** 9, 2 * 10 ** 9), lt.strftime('%Y%m%d%H%M%S'), dom)
    if style == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                   int((m.when - __import__('datetime').datetime(1970, 1, 1)).total_seconds() * 1000), dom)
    if style == 'phpmailer':
        return '<%s@%s>' % (alnum(rng, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), dom)
    return '<%s@%s>' % (hexs(rng, 24), dom)


MUA = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'thunderbird': ('User-Agent', 'Mozilla Thunderbird'),
    'iphone': ('X-Mailer', 'iPhone Mail (22B83)'),
    'apple': ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'),
    'roundcube': ('User-Agent', 'Roundcube Webmail/1.6.9'),
    'thebat': ('X-Mailer', 'The Bat! (v10.5.3) Professional'),
    'zimbra': ('X-Mailer', 'Zimbra 10.0.8_GA_4616 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4616)'),
    'phpmailer': ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
    'yamail': ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'),
    'mailru': ('X-Mailer', 'Mail.Ru Mailer 1.0'),
    'zoho': ('X-Mailer', 'Zoho Mail'),
}


def exim_cpanel(host, ip, client_ip, mua='outlook', msgid_style='outlook', zone='DE',
                name='shared cPanel hosting (Exim)', webmail=False):
    def f(m, rng):
        e = Env()
        e.name = name
        e.client = (host, host, ip)
        dom = m.frm[1].split('@')[1]
        if webmail:
            e.trace.append('Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                           % ('::1', rng.randint(40000, 60000), host, host, m.frm[1], exim_id(rng), m.rcpt,
                              rfc_date(plus(m.when, 1), zone)))
        else:
            e.trace.append('Received: from [%s] (port=%d helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                           % (client_ip, rng.randint(40000, 60000), rng.randint(10, 80), host, m.frm[1], exim_id(rng), m.rcpt,
                              rfc_date(plus(m.when, 1), zone)))
        e.msgid = _msgid(rng, msgid_style, dom, m)
        if mua:
            e.extra.append(MUA[mua])
        e.extra += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                    ('X-AntiAbuse', 'Primary Hostname - %s' % host),
                    ('X-AntiAbuse', 'Original Domain - example.com'),
                    ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
                    ('X-AntiAbuse', 'Sender Address Domain - %s' % dom),
                    ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (host, m.frm[1])),
                    ('X-Authenticated-Sender', '%s: %s' % (host, m.frm[1]))]
        if webmail:
            e.extra.append(('X-Source-IP', client_ip))
        e.zone = zone
        e.return_path = m.frm[1]
        e.delay = 2
        return e
    return f


def aruba(client_ip, pcname='PC-AMMIN03', mua='outlook'):
    def f(m, rng):
        e = Env()
        e.name = 'Aruba.it hosted mail (Outlook via smtps.aruba.it)'
        n = rng.randint(800, 999)
        host = 'smtpcmd%04d.aruba.it' % n
        e.client = (host, host, '62.149.156.%d' % (n % 200 + 20))
        e.trace.append('Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
                       % (pcname, client_ip, alnum(rng, 14), rfc_date(plus(m.when, 1), 'IT')))
        e.msgid = _msgid(rng, 'outlook', m.frm[1].split('@')[1], m)
        if mua:
            e.extra.append(MUA[mua])
        e.zone = 'IT'
        e.return_path = m.frm[1]
        return e
    return f


def ovh_mxplan(client_ip, mua='outlook'):
    def f(m, rng):
        e = Env()
        e.name = 'OVH MX Plan hosted mail'
        n = rng.randint(500, 650)
        host = 'mo%d.mail-out.ovh.net' % n
        e.client = (host, host, '46.105.%d.%d' % (rng.randint(40, 79), rng.randint(2, 250)))
        d = rng.randint(1, 9)
        gs = 'ghost-submission-%s-%s' % (hexs(rng, 10), alnum(rng, 5, 'bcdfghjklmnpqrstvwxz2456789'))
        e.trace.append('Received: from director%d.ghost.mail-out.ovh.net (unknown [10.109.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                       % (d, rng.randint(1, 250), rng.randint(1, 250), host, pf_qid(rng), m.rcpt, rfc_date(plus(m.when, 1), 'UTC', paren=True)))
        e.trace.append('Received: from %s (unknown [10.110.%d.%d])\n\tby director%d.ghost.mail-out.ovh.net (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                       % (gs, rng.randint(1, 250), rng.randint(1, 250), d, pf_qid(rng), m.rcpt, rfc_date(plus(m.when, 1), 'UTC', paren=True)))
        e.trace.append('Received: from %s ([%s])\n\tby %s with ESMTPSA\n\tid %s\n\t(envelope-from <%s>); %s'
                       % (m.frm[1].split('@')[1], client_ip, gs, guid(rng), m.frm[1], rfc_date(m.when, 'UTC')))
        e.msgid = _msgid(rng, 'outlook', m.frm[1].split('@')[1], m)
        if mua:
            e.extra.append(MUA[mua])
        e.extra.append(('X-Ovh-Tracer-Id', str(rng.randint(10 ** 18, 9 * 10 ** 18))))
        e.zone = 'ES'
        e.return_path = m.frm[1]
        return e
    return f


def webserver_php(host, ip, rdns=None, uid=33, phpmailer=True, zone='DE', script=None,
                  name='compromised web server (PHP)'):
    def f(m, rng):
        e = Env()
        e.name = name
        e.client = (host, rdns if rdns is not None else host, ip)
        e.tls = 'tls12'
        e.trace.append('Received: by %s (Postfix, from userid %d)\n\tid %s; %s'
                       % (host, uid, pf_qid(rng), rfc_date(m.when, zone, paren=True)))
        if phpmailer:
            e.msgid = '<%s@%s>' % (alnum(rng, 43), host)
            e.extra.append(MUA['phpmailer'])
        else:
            e.msgid = '<%s.%s@%s>' % (local(m.when, zone)[0].strftime('%Y%m%d%H%M%S'), alnum(rng, 10), host)
        if script:
            e.extra.append(('X-PHP-Originating-Script', script))
        e.zone = zone
        e.return_path = m.envelope or ('www-data@%s' % host)
        e.delay = 2
        return e
    return f


def bot_direct(ip, helo, zone='VN'):
    def f(m, rng):
        e = Env()
        e.name = 'direct-to-MX from infected host, no rDNS'
        e.client = (helo, None, ip)
        e.tls = None
        e.msgid = '<%s%s@%s>' % (hexs(rng, 8, True), hexs(rng, 8, True), m.frm[1].split('@')[1])
        e.zone = zone
        e.return_path = m.frm[1]
        e.delay = 1
        return e
    return f


# ====================================================== ESPs
def sendgrid(em_domain, sg_id=None):
    def f(m, rng):
        e = Env()
        e.name = 'SendGrid'
        host = 'xtrwk%s.outbound-mail.sendgrid.net' % alnum(rng, 3, 'bcdfghjklmnpqrstvwxz')
        e.client = (host, host, '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250)))
        tid = alnum(rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
        pod = 'geopod-ismtpd-%d' % rng.randint(1, 40)
        rv = 'recvd-%s-%s' % (hexs(rng, 10), alnum(rng, 5, 'bcdfghjklmnpqrstvwxz'))
        e.trace.append('Received: by %s with SMTP id %s-1-%s-%s\n\t%s +0000 UTC m=+%d.%09d'
                       % (rv, rv, hexs(rng, 8, True), hexs(rng, 2, True), plus(m.when, 1).strftime('%Y-%m-%d %H:%M:%S.') + '%09d' % rng.randint(0, 10 ** 9),
                          rng.randint(100000, 9999999), rng.randint(0, 10 ** 9)))
        e.trace.append('Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)'
                       % (alnum(rng, 12), pod, tid, rfc_date(m.when, 'UTC')[:-6].strip() + '.%03d +0000' % rng.randint(0, 999)))
        e.msgid = '<%s@%s>' % (tid, pod)
        sid = sg_id or rng.randint(10 ** 7, 6 * 10 ** 7)
        e.return_path = 'bounces+%d-%s-%s=%s@%s' % (sid, hexs(rng, 4), m.rcpt.split('@')[0], m.rcpt.split('@')[1], em_domain)
        e.extra += [('X-SG-EID', 'u001.%s' % alnum(rng, 120)), ('X-SG-ID', 'u001.SdBcvi%s' % alnum(rng, 70)),
                    ('X-Entity-ID', 'u001.%s==' % alnum(rng, 22))]
        e.zone = 'UTC'
        e.delay = 2
        return e
    return f


def mailgun(mg_domain, region='eu'):
    def f(m, rng):
        e = Env()
        e.name = 'Mailgun'
        a, b = rng.randint(224, 239), rng.randint(2, 250)
        host = 'm%d-%d.%smailgun.net' % (a, b, 'eu.' if region == 'eu' else '')
        e.client = (host, host, '159.135.%d.%d' % (a, b))
        e.trace.append('Received: by %s with HTTP id %s; %s' % (hexs(rng, 12), hexs(rng, 24), rfc_date(m.when, 'UTC').replace('+0000', 'GMT')))
        mid = '%s.%s' % (local(m.when, 'UTC')[0].strftime('%Y%m%d%H%M%S'), hexs(rng, 16))
        e.msgid = '<%s@%s>' % (mid, mg_domain)
        e.return_path = 'bounce+%s.%s-%s=%s@%s' % (hexs(rng, 6), hexs(rng, 6), m.rcpt.split('@')[0], m.rcpt.split('@')[1], mg_domain)
        e.extra += [('X-Mailgun-Sid', 'Wy%s' % alnum(rng, 80)), ('X-Mailgun-Sending-Ip', e.client[2]),
                    ('Sender', 'postmaster@%s' % mg_domain)]
        e.zone = 'UTC'
        e.delay = 2
        return e
    return f


def ses(region='eu-west-1', feedback_tag='1.eu-west-1'):
    def f(m, rng):
        e = Env()
        e.name = 'Amazon SES (%s)' % region
        a, b = rng.randint(1, 12), rng.randint(1, 99)
        host = 'a%d-%d.smtp-out.%s.amazonses.com' % (a, b, region)
        e.client = (host, host, '54.240.%d.%d' % (a, b))
        mid = '0102%s-%s-%s-%s-%s-%s-000000' % (hexs(rng, 12), hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
        e.msgid = '<%s@%s.amazonses.com>' % (mid, region)
        e.return_path = '%s@%s.amazonses.com' % (mid, region)
        e.extra += [('Feedback-ID', '::%s.%s=:AmazonSES' % (feedback_tag, alnum(rng, 43))),
                    ('X-SES-Outgoing', '%s-%s' % (local(m.when, 'UTC')[0].strftime('%Y.%m.%d'), e.client[2]))]
        e.zone = 'UTC'
        e.delay = 1
        return e
    return f


def brevo(domain):
    def f(m, rng):
        e = Env()
        e.name = 'Brevo (ex-Sendinblue)'
        n = rng.randint(100, 250)
        host = 'mail%d-%d.sendinblue.com' % (n, rng.randint(1, 40))
        e.client = (host, host, '77.32.148.%d' % n)
        e.msgid = '<%s.%d@smtp-relay.mailin.fr>' % (local(m.when, 'UTC')[0].strftime('%Y%m%d%H%M'), rng.randint(10 ** 10, 10 ** 11))
        e.return_path = 'bounces-%d-%s=%s@sib.%s' % (rng.randint(10 ** 6, 10 ** 7), m.rcpt.split('@')[0], m.rcpt.split('@')[1], domain)
        e.extra += [('X-Mailer', 'Sendinblue'), ('X-sib-id', alnum(rng, 60)),
                    ('X-CSA-Complaints', 'csa-complaints@eco.de'),
                    ('Feedback-ID', '%s.%d:%d:Sendinblue' % (e.client[2], rng.randint(10 ** 6, 10 ** 7), rng.randint(10, 99))),
                    ('Origin-messageId', e.msgid)]
        e.zone = 'UTC'
        return e
    return f


def mailjet():
    def f(m, rng):
        e = Env()
        e.name = 'Mailjet'
        a = rng.randint(20, 90)
        host = 'o%d.p25.mailjet.com' % a
        e.client = (host, host, '87.253.233.%d' % a)
        e.msgid = '<%s.%s@mailjet.com>' % (guid(rng), rng.randint(10 ** 9, 10 ** 10))
        e.return_path = 'bnc3.mailjet=%s=%s=%s@bnc3.mailjet.com' % (hexs(rng, 8), hexs(rng, 12), rng.randint(10 ** 6, 10 ** 7))
        e.extra += [('X-MJ-Mid', alnum(rng, 44)), ('X-Mailjet-Campaign', str(rng.randint(10 ** 8, 10 ** 9))),
                    ('X-CSA-Complaints', 'csa-complaints@eco.de')]
        e.zone = 'UTC'
        return e
    return f


def smtp2go():
    def f(m, rng):
        e = Env()
        e.name = 'SMTP2GO'
        a = rng.randint(300, 480)
        host = 'e2i%d.smtp2go.com' % a
        e.client = (host, host, '103.2.140.%d' % (a - 250))
        e.trace.append('Received: from [10.66.228.%d] (helo=SmtpCorp)\n\tby smtpcorp.com with esmtpsa (TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.98-S2G)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s'
                       % (rng.randint(2, 250), m.envelope or m.frm[1], alnum(rng, 4), alnum(rng, 4), alnum(rng, 4),
                          m.rcpt, rfc_date(m.when, 'UTC')))
        e.msgid = '<%s@%s>' % (hexs(rng, 32), m.frm[1].split('@')[1])
        e.return_path = m.envelope or m.frm[1]
        e.extra += [('X-Smtpcorp-Track', alnum(rng, 30)), ('Feedback-ID', '%d:%dmoN:%dm:SMTPCORP' % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 5, 10 ** 6)))]
        e.zone = 'ES'
        return e
    return f


def zoho_eu(client_ip):
    def f(m, rng):
        e = Env()
        e.name = 'Zoho Mail (EU)'
        a = rng.randint(1, 40)
        host = 'sender4-op-o%d.zoho.eu' % a
        e.client = (host, host, '136.143.169.%d' % a)
        e.trace.append('Received: from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%s; %s'
                       % (rng.randint(10 ** 12, 10 ** 13), hexs(rng, 6), rfc_date(m.when, 'GR')))
        e.trace.append('Received: from  [%s] by mail.zoho.eu\n\twith HTTP;%s' % (client_ip, rfc_date(m.when, 'GR')[4:]))
        e.msgid = '<%s.%s.%d@%s>' % (hexs(rng, 11), hexs(rng, 16), rng.randint(10 ** 18, 9 * 10 ** 18), m.frm[1].split('@')[1])
        e.extra.append(MUA['zoho'])
        e.zone = 'GR'
        e.return_path = m.frm[1]
        return e
    return f


def cleverreach(listid):
    def f(m, rng):
        e = Env()
        e.name = 'CleverReach (German ESP)'
        a = rng.randint(10, 60)
        host = 'mta%d.crsend.com' % a
        e.client = (host, host, '5.175.%d.%d' % (rng.randint(192, 199), a))
        e.msgid = '<%s.%d@crsend.com>' % (hexs(rng, 32), rng.randint(10 ** 6, 10 ** 7))
        e.return_path = 'bounce-%d-%d-%s@crsend.com' % (listid, rng.randint(10 ** 7, 10 ** 8), hexs(rng, 8))
        e.extra += [('X-CSA-Complaints', 'csa-complaints@eco.de'), ('X-Mailer', 'CleverReach Mailer'),
                    ('Precedence', 'bulk')]
        e.zone = 'DE'
        return e
    return f


def mailchimp(us='us21', uid='a1f3c8e2b7d94e6f0c5b2a9d1', cid='8f3e2d1c0b'):
    def f(m, rng):
        e = Env()
        e.name = 'Mailchimp'
        a, b = rng.randint(100, 250), rng.randint(1, 60)
        host = 'mail%d-%d.suw21.mcsv.net' % (a, b)
        e.client = (host, host, '198.2.%d.%d' % (a, b))
        e.trace.append('Received: from localhost (localhost [127.0.0.1])\n\tby mail%d-%d.suw21.mcsv.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                       % (a, b, pf_qid(rng), m.rcpt, rfc_date(m.when, 'UTC', paren=True)))
        e.msgid = '<%s.%s@mail%d.suw21.mcdlv.net>' % (hexs(rng, 30), hexs(rng, 6), a)
        e.return_path = 'bounce-mc.%s_%d.%d-%s=%s@mail%d.suw21.mcsv.net' % (us, rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7),
                                                                            m.rcpt.split('@')[0], m.rcpt.split('@')[1], a)
        e.extra += [('X-Mailer', 'MailChimp Mailer - **CID%s**' % cid),
                    ('X-Campaign', 'mailchimp%s.%s' % (uid, cid)), ('X-campaignid', 'mailchimp%s.%s' % (uid, cid)),
                    ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, cid, hexs(rng, 10))),
                    ('X-MC-User', uid), ('X-Feedback-ID', '%d:%d.%d:%s:mailchimpapp' % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 5, 10 ** 6), us)),
                    ('X-Accounttype', 'pd')]
        e.zone = 'UTC'
        return e
    return f


def unisender():
    def f(m, rng):
        e = Env()
        e.name = 'UniSender (Russian ESP)'
        a = rng.randint(10, 90)
        host = 'sender%d.unisender.com' % a
        e.client = (host, host, '185.98.170.%d' % a)
        e.msgid = '<%s.%s@unisender.com>' % (hexs(rng, 20), rng.randint(10 ** 6, 10 ** 7))
        e.return_path = 'bounce-%d-%s@bounce.unisender.com' % (rng.randint(10 ** 8, 10 ** 9), hexs(rng, 10))
        e.extra += [('X-Mailer', 'UniSender'), ('Precedence', 'bulk')]
        e.zone = 'RU'
        return e
    return f


# ====================================================== service notices
def docusign_eu():
    def f(m, rng):
        e = Env()
        e.name = 'DocuSign EU (eumail.docusign.net)'
        a = rng.randint(10, 40)
        host = 'mailfr%02d.eumail.docusign.net' % a
        e.client = (host, host, '185.81.103.%d' % a)
        e.trace.append('Received: from FR1EUAP%02d (unknown [10.208.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                       % (rng.randint(1, 30), rng.randint(1, 250), rng.randint(1, 250), host, pf_qid(rng), m.rcpt, rfc_date(m.when, 'UTC', paren=True)))
        e.msgid = '<%s@docusign.net>' % hexs(rng, 32)
        e.return_path = 'bounces+%s@eumail.docusign.net' % hexs(rng, 32)
        e.extra += [('X-Api-Host', 'eu.docusign.net'), ('X-Auto-Response-Suppress', 'All')]
        e.zone = 'UTC'
        return e
    return f


def github():
    def f(m, rng):
        e = Env()
        e.name = 'GitHub (smtp.github.com)'
        a = rng.randint(20, 30)
        host = 'out-%d.smtp.github.com' % a
        e.client = (host, host, '192.30.252.%d' % (180 + a))
        e.trace.append('Received: from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
                       % (hexs(rng, 8), rng.randint(1, 250), rng.randint(1, 250), pf_qid(rng), m.rcpt, rfc_date(m.when, 'PT')))
        e.msgid = '<%s_%s%s@lowworker-%s-%s.mail>' % (hexs(rng, 13), hexs(rng, 5), hexs(rng, 6), hexs(rng, 10), alnum(rng, 5, 'bcdfghjklmnpqrstvwxz'))
        e.return_path = 'noreply@github.com'
        e.extra += [('X-GitHub-Recipient-Address', m.rcpt), ('X-Auto-Response-Suppress', 'All')]
        e.zone = 'PT'
        return e
    return f


def ms_account():
    def f(m, rng):
        e = Env()
        e.name = 'Microsoft account (accountprotection.microsoft.com)'
        a = rng.randint(10, 99)
        e.client = ('NAM04-DM6-obe.outbound.protection.outlook.com',
                    'mail-dm6nam04on20%02d.outbound.protection.outlook.com' % a, '40.107.102.%d' % a)
        e.tls = 'tls12'
        fq = 'CY8PR19MB%04d.namprd19.prod.outlook.com' % rng.randint(1000, 9999)
        e.trace.append('Received: from BN9PR03CA0%d.namprd03.prod.outlook.com (2603:10b6:408:%s::%d)\n by %s (2603:10b6:930:%s::%d) with Microsoft SMTP Server\n %s id 15.20.8093.17; %s'
                       % (rng.randint(100, 999), hexs(rng, 3), rng.randint(5, 30), fq, hexs(rng, 3), rng.randint(5, 30),
                          tls_by('tls12'), rfc_date(m.when, 'UTC')))
        e.msgid = '<%s@%s>' % (guid(rng, True), 'az-uks-prod-%d.accountprotection.microsoft.com' % rng.randint(1, 9))
        e.return_path = 'account-security-noreply@accountprotection.microsoft.com'
        e.extra += [('X-MS-Exchange-Organization-AuthAs', 'Anonymous'), ('x-ms-publictraffictype', 'Email')]
        e.zone = 'UTC'
        return e
    return f


def yandex_id():
    def f(m, rng):
        e = Env()
        e.name = 'Yandex ID notification (mail.yandex.net)'
        a = rng.randint(100, 999)
        host = 'forward%da.mail.yandex.net' % a
        e.client = (host, host, '178.154.239.%d' % (a % 250))
        e.trace.append('Received: from mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net [IPv6:2a02:6b8:c14:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
                       % (a % 90, a % 90, hexs(rng, 4), hexs(rng, 4), host, alnum(rng, 12), m.rcpt, rfc_date(m.when, 'RU')))
        e.msgid = '<%d@%s.yandex.net>' % (rng.randint(10 ** 15, 10 ** 16), 'passport-notify-%d.vla' % rng.randint(1, 9))
        e.return_path = 'noreply@id.yandex.ru'
        e.zone = 'RU'
        return e
    return f


def yandex360(mua='outlook', client_ip='95.55.12.44', msgid_style='outlook', web=False):
    def f(m, rng):
        e = Env()
        e.name = 'Yandex 360 (%s)' % ('web' if web else 'SMTP client')
        a = rng.randint(100, 999)
        host = 'forward%db.mail.yandex.net' % a
        e.client = (host, host, '178.154.239.%d' % (a % 250))
        n = rng.randint(10, 90)
        inner = 'mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net' % n
        e.trace.append('Received: from %s (%s [IPv6:2a02:6b8:c0d:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
                       % (inner, inner, hexs(rng, 4), hexs(rng, 4), host, alnum(rng, 12), m.rcpt, rfc_date(plus(m.when, 1), 'RU')))
        e.trace.append('Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
                       % (inner, alnum(rng, 10), alnum(rng, 8), rfc_date(m.when, 'RU')))
        if web:
            e.msgid = '<%d@mail.yandex.ru>' % rng.randint(10 ** 15, 10 ** 16)
            e.extra.append(MUA['yamail'])
        else:
            e.msgid = _msgid(rng, msgid_style, m.frm[1].split('@')[1], m)
            if mua:
                e.extra.append(MUA[mua])
        e.zone = 'RU'
        e.return_path = m.frm[1]
        return e
    return f


def mailru_web(client_ip):
    def f(m, rng):
        e = Env()
        e.name = 'Mail.ru webmail'
        a = rng.randint(100, 999)
        host = 'f%d.i.mail.ru' % a
        e.client = (host, host, '217.69.138.%d' % (a % 250))
        e.trace.append('Received: by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                       % (a, m.frm[1], exim_id(rng), m.rcpt, rfc_date(m.when, 'RU')))
        e.msgid = '<%d.%d@f%d.i.mail.ru>' % (int((m.when - __import__('datetime').datetime(1970, 1, 1)).total_seconds()), rng.randint(10 ** 8, 10 ** 9), a)
        e.extra += [MUA['mailru'], ('X-Originating-IP', '[%s]' % client_ip),
                    ('X-Mailru-Sender', hexs(rng, 60, True))]
        e.zone = 'RU'
        e.return_path = m.frm[1]
        return e
    return f


def wp_pl(client_ip):
    def f(m, rng):
        e = Env()
        e.name = 'Poczta WP (wp.pl webmail)'
        a = rng.choice([3, 4])
        host = 'mx%d.wp.pl' % a
        e.client = (host, host, '212.77.101.%d' % (8 + a))
        e.trace.append('Received: (wp-smtpd smtp.wp.pl %d invoked by uid %d); %s'
                       % (rng.randint(10 ** 4, 10 ** 5), rng.randint(1000, 9999), rfc_date(m.when, 'PL')))
        e.trace.append('Received: from %s by poczta.wp.pl with HTTPS; %s' % (client_ip, rfc_date(m.when, 'PL')))
        e.msgid = '<%s@wp.pl>' % hexs(rng, 32)
        e.extra += [('X-WP-MailID', hexs(rng, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
                    ('X-Originating-IP', client_ip)]
        e.zone = 'PL'
        e.return_path = m.frm[1]
        return e
    return f


def interia(client_ip):
    def f(m, rng):
        e = Env()
        e.name = 'Interia Poczta'
        a = rng.randint(60, 70)
        host = 'smtpo%d.poczta.interia.pl' % a
        e.client = (host, host, '217.74.65.%d' % (150 + a))
        e.trace.append('Received: from [%s] (unknown [%s])\n\tby poczta.interia.pl (INTERIA.PL) with ESMTPSA id %s;\n\t%s'
                       % (client_ip, client_ip, alnum(rng, 14), rfc_date(m.when, 'PL')))
        e.msgid = '<%s@interia.pl>' % hexs(rng, 32)
        e.extra += [('X-Interia-Antivirus', 'OK')]
        e.zone = 'PL'
        e.return_path = m.frm[1]
        return e
    return f


def otenet(client_ip):
    def f(m, rng):
        e = Env()
        e.name = 'otenet.gr (Cosmote) webmail'
        a = rng.randint(10, 60)
        host = 'mailout%02d.otenet.gr' % (a % 8 + 1)
        e.client = (host, host, '83.235.69.%d' % a)
        e.trace.append('Received: from webmail.otenet.gr (webmail%02d.otenet.gr [83.235.67.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                       % (a % 5 + 1, a, host, pf_qid(rng), m.rcpt, rfc_date(m.when, 'GR', paren=True)))
        e.msgid = '<%s@webmail.otenet.gr>' % hexs(rng, 32)
        e.extra += [MUA['roundcube'], ('X-Sender', m.frm[1]), ('X-Originating-IP', '[%s]' % client_ip)]
        e.zone = 'GR'
        e.return_path = m.frm[1]
        return e
    return f


def privateemail(client_ip, mua=None, msgid_style='UUID'):
    def f(m, rng):
        e = Env()
        e.name = 'Namecheap Private Email'
        a = rng.randint(1, 9)
        host = 'mta-%02d.privateemail.com' % a
        e.client = (host, host, '198.54.127.%d' % (80 + a))
        e.trace.append('Received: from mta-%02d.privateemail.com (localhost [127.0.0.1])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTP id %s;\n\t%s'
                       % (a, a, pf_qid(rng), rfc_date(plus(m.when, 1), 'ET', paren=True)))
        e.trace.append('Received: from [127.0.0.1] (unknown [%s])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTPA;\n\t%s'
                       % (client_ip, a, rfc_date(m.when, 'ET', paren=True)))
        e.msgid = _msgid(rng, msgid_style, m.frm[1].split('@')[1], m)
        if mua:
            e.extra.append(MUA[mua])
        e.zone = m.zone or 'DE'
        e.return_path = m.frm[1]
        return e
    return f
