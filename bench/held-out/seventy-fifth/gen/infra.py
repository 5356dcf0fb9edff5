"""Sending infrastructures: the hops below mx01, per-system headers,
Message-ID style and boundary style."""
from common import (hhex, hstr, hint, hdigits, huuid, hb64, rfcdate, local, epoch,
                    ALNUM, LOWER, UPPER)

PFX_CH = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'


def postfix_qid(k):
    return '4' + hstr(k + 'q1', 9, PFX_CH) + 'z' + hstr(k + 'q2', 4, PFX_CH)


def postfix_short(k):
    return hhex(k + 'ps', 10, True)


def exim_id(k):
    return '%s-%s-%s' % ('1t' + hstr(k + 'e1', 4, ALNUM), hstr(k + 'e2', 6, ALNUM).upper(),
                         hstr(k + 'e3', 2, ALNUM))


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS13_128 = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
             '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
             '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')


def filetime(t):
    return (int(t.timestamp()) + 11644473600) * 10000000 + hint('ft%s' % t, 0, 9999999)


def outlook_mid(k, t, domain):
    """Outlook (non-Exchange account) Message-ID: <CCCCHHHHHHHH$LLLLLLLL$RRRRRRRR$@domain>."""
    ft = filetime(t)
    return '<%04x%08x$%08x$%08x$@%s>' % (hint(k + 'oc', 0, 3), ft >> 32, ft & 0xFFFFFFFF,
                                        int(hhex(k + 'o4', 8), 16), domain)


class Infra:
    def __init__(self, name, helo, rdns, ip, tls=TLS13, hops=(), pre=(), post=(), msgid=None,
                 layout='generic', bstyle='generic', rp=None, desc=''):
        self.name = name
        self.helo = helo
        self.rdns = rdns
        self.ip = ip
        self.tls = tls
        self.hops = list(hops)     # top-first: (template, zone, delay)
        self.pre = list(pre)       # (name, template, zone) placed right below Received lines
        self.post = list(post)     # (name, value) placed among message headers
        self.msgid = msgid         # callable(t0) -> '<...>'
        self.layout = layout
        self.bstyle = bstyle
        self.rp = rp               # callable(from_addr, rcpt) -> return path address
        self.desc = desc


# --------------------------------------------------------------------------
# internal Exchange -> mail-int01
# --------------------------------------------------------------------------
def internal(k, client='10.20.40.57', server='EX01'):
    fqdn = '%s.ad.example.com' % server
    ip = {'EX01': '10.20.1.11', 'EX02': '10.20.1.12'}[server]
    ll = 'fe80::%s:%s:%s:%s' % (hhex(k + 'l1', 4), hhex(k + 'l2', 4), hhex(k + 'l3', 4), hhex(k + 'l4', 4))
    hops = [
        ('from %s (%s) by mail-int01.example.com (10.20.0.25) with Microsoft SMTP Server\n'
         '\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24;\n\t{d}' % (fqdn, ip),
         'DE', 1),
        ('from %s ([%s]) by %s ([%s%%4]) with mapi id\n\t15.02.1748.024; {d}' % (fqdn, ll, fqdn, ll), 'DE', 0),
    ]
    post = [('x-originating-ip', '[%s]' % client), ('x-ms-exchange-transport-fromentityheader', 'Hosted')]
    return Infra('Exchange 2019 on-prem -> mail-int01 (internal relay)', 'mail-int01.example.com',
                 'mail-int01.example.com', '10.20.0.25', tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s@%s>' % (hhex(k + 'mid', 32), fqdn),
                 layout='outlook', bstyle='exchange')


# --------------------------------------------------------------------------
# Microsoft 365 (business tenant) outbound
# --------------------------------------------------------------------------
M365_EDGE = [('EUR05-AM6-obe', 'mail-am6eur05on2112', '40.107.22.112'),
             ('EUR03-DBA-obe', 'mail-dbaeur03on2071', '40.107.104.71'),
             ('EUR02-DB5-obe', 'mail-db5eur02on2097', '40.107.249.97'),
             ('EUR01-HE1-obe', 'mail-he1eur01on2130', '40.107.13.130'),
             ('EUR04-VI1-obe', 'mail-vi1eur04on2051', '40.107.8.51'),
             ('GBR01-CWX-obe', 'mail-cwxgbr01on2120', '40.107.121.120')]
M365_SRV = [('AM9PR04MB8180', 'eurprd04'), ('DU0PR03MB9551', 'eurprd03'), ('PAXPR08MB6560', 'eurprd08'),
            ('DB9PR02MB7226', 'eurprd02'), ('VI1PR06MB4176', 'eurprd06'), ('LO2P265MB5376', 'GBRP265')]


def _m365_srv(k, i):
    name, prd = M365_SRV[i % len(M365_SRV)]
    dom = '%s.prod.outlook.com' % prd if prd.islower() else '%s.PROD.OUTLOOK.COM' % prd
    return name, '%s.%s' % (name, dom)


def m365(k, domain, idx=None, client_ip=None, uk=False):
    i = hint(k + 'edge', 0, 4) if idx is None else idx
    if uk:
        i = 5
    helo, rd, ip = M365_EDGE[i]
    s1, f1 = _m365_srv(k, i)
    s2, f2 = _m365_srv(k, i + 1 if not uk else 5)
    if uk:
        s2, f2 = 'CWXP265MB3397', 'CWXP265MB3397.GBRP265.PROD.OUTLOOK.COM'
    v6a = '2603:10a6:%s:%s::%s' % (hhex(k + 'a', 3), hhex(k + 'b', 3), hhex(k + 'c', 2))
    v6b = '2603:10a6:%s:%s::%s' % (hhex(k + 'd', 3), hhex(k + 'e', 3), hhex(k + 'f', 2))
    hops = [
        ('from %s (%s) by %s (%s) with Microsoft SMTP Server\n'
         '\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.14;\n\t{d}' % (f1, v6a, f2, v6b), 'UTC', 1),
        ('from %s ([fe80::%s:%s:%s:%s]) by %s\n\t([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.9203.013; {d}'
         % (f1, hhex(k + 'g', 4), hhex(k + 'h', 4), hhex(k + 'i', 4), hhex(k + 'j', 4), f1,
            hhex(k + 'g', 4), hhex(k + 'h', 4), hhex(k + 'i', 4), hhex(k + 'j', 4)), 'UTC', 0),
    ]
    tenant = huuid('tenant' + domain)
    post = [('msip_labels', ''),
            ('x-ms-publictraffictype', 'Email'),
            ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (s1, s2)),
            ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-AuthSource', f1),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', huuid(k + 'nmid')),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', '{d:UTC:ms}'),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', tenant),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', s2),
            ('X-OriginatorOrg', domain)]
    return Infra('Microsoft 365 (Exchange Online) tenant of ' + domain, '%s.outbound.protection.outlook.com' % helo,
                 '%s.outbound.protection.outlook.com' % rd, ip, tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s%s@%s>' % (s1, hstr(k + 'mid', 28, UPPER), f1),
                 layout='outlook', bstyle='exchange')


def m365_onms(k, tenant_domain):
    """Fresh attacker tenant on *.onmicrosoft.com."""
    inf = m365(k, tenant_domain, idx=3)
    inf.name = 'Microsoft 365 trial tenant %s' % tenant_domain
    return inf


def outlook_consumer(k):
    s = 'PAXP251MB%04d' % hint(k + 'n', 1000, 9999)
    f = '%s.EURP251.PROD.OUTLOOK.COM' % s
    n = hint(k + 'ip', 10, 99)
    hops = [('from %s (2603:10a6:102:%s::%s) by\n\t%s (2603:10a6:102:%s::%s) with Microsoft SMTP Server\n'
             '\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.14; {d}'
             % (f, hhex(k + 'a', 3), hhex(k + 'b', 2), f, hhex(k + 'c', 3), hhex(k + 'd', 2)), 'UTC', 1),
            ('from %s\n\t([fe80::%s:%s:%s:%s]) by %s\n\t([fe80::%s:%s:%s:%s%%7]) with mapi id 15.20.9203.013; {d}'
             % (f, hhex(k + 'e', 4), hhex(k + 'f', 4), hhex(k + 'g', 4), hhex(k + 'h', 4), f,
                hhex(k + 'e', 4), hhex(k + 'f', 4), hhex(k + 'g', 4), hhex(k + 'h', 4)), 'UTC', 0)]
    post = [('x-ms-exchange-messagesentrepresentingtype', '1'),
            ('x-tmn', '[%s]' % hb64(k + 'tmn', 24).rstrip('=')),
            ('x-ms-publictraffictype', 'Email'),
            ('X-OriginatorOrg', 'sct-15-20-8813-0-msonline-outlook-38779.templateTenant'),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', huuid(k + 'nm'))]
    return Infra('Outlook.com consumer mailbox', 'EUR05-AM6-obe.outbound.protection.outlook.com',
                 'mail-am6eur05olkn20%02d.outbound.protection.outlook.com' % n, '40.92.74.%d' % n,
                 tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s%s@%s>' % (s, hstr(k + 'mid', 28, UPPER), f),
                 layout='outlook', bstyle='exchange')


# --------------------------------------------------------------------------
# Google
# --------------------------------------------------------------------------
def _gmail_mid(k):
    return lambda t: '<CA%s%s@mail.gmail.com>' % (hstr(k + 'm1', 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
                                                  hstr(k + 'm2', 60, ALNUM + '+_=-')[:54])


def gmail(k, workspace=False):
    n = hint(k + 'n', 41, 54)
    grp = ['ej1', 'ed1', 'wr1', 'wm1', 'lf1'][hint(k + 'g', 0, 4)]
    host = 'mail-%s-f%d.google.com' % (grp, n)
    ipb = {'ej1': '209.85.218', 'ed1': '209.85.208', 'wr1': '209.85.221', 'wm1': '209.85.128', 'lf1': '209.85.167'}[grp]
    smtpid = '%s-%sso%d%s.%d' % (hhex(k + 's1', 12), hhex(k + 's2', 10), hint(k + 's3', 1000000, 9999999),
                                 hstr(k + 's4', 2, 'abcdefghijklmnopqrstuvwxyz'), hint(k + 's5', 1, 3))
    hops = [('by %s with SMTP id %s\n        for <{rcpt}>; {d}' % (host, smtpid), 'PT', 1)]
    pre = [('X-Google-Smtp-Source', 'AGHT+I' + hstr(k + 'gs', 74, ALNUM + '+/'), None),
           ('X-Received', 'by 2002:a17:907:%s:b0:%s:%s with SMTP id %s-%s.%d;\n        {d}'
            % (hhex(k + 'x1', 4), hhex(k + 'x2', 3), hhex(k + 'x3', 4), hhex(k + 's1', 12), hhex(k + 'x4', 10),
               hint(k + 'x5', 20, 99)), 'PT'),
           ('X-Gm-Message-State', 'AOJu0Y' + hstr(k + 'st', 60, ALNUM + '+/'), None)]
    if workspace:
        pre.append(('X-Gm-Gg', 'ASbGnc' + hstr(k + 'gg', 80, ALNUM + '+/'), None))
    return Infra('Google Workspace' if workspace else 'Gmail', host, host, '%s.%d' % (ipb, n), tls=TLS13_128,
                 hops=hops, pre=pre, msgid=_gmail_mid(k), layout='gmail', bstyle='gmail')


def google_notify(k):
    n = hint(k + 'n', 65, 73)
    host = 'mail-sor-f%d.google.com' % n
    hops = [('by %s with SMTP id %s\n        for <{rcpt}>\n        (Google Transport Security);\n        {d}'
             % (host, '%s-%s' % (hhex(k + 'a', 12), hhex(k + 'b', 10))), 'PT', 1)]
    pre = [('X-Google-Smtp-Source', 'AGHT+I' + hstr(k + 'gs', 74, ALNUM + '+/'), None),
           ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        {d}'
            % (hhex(k + 'x1', 4), hhex(k + 'x2', 3), hhex(k + 'x3', 4), hhex(k + 'x4', 16)), 'PT')]
    return Infra('Google accounts notification (mail-sor)', host, host, '209.85.220.%d' % n, tls=TLS13_128,
                 hops=hops, pre=pre,
                 msgid=lambda t: '<%s@notifications.google.com>' % hstr(k + 'mid', 22, ALNUM + '-_'),
                 layout='google', bstyle='gmail',
                 rp=lambda f, r: '3%s@gaia.bounces.google.com' % hstr(k + 'rp', 40, ALNUM + '-'))


# --------------------------------------------------------------------------
# German mailers
# --------------------------------------------------------------------------
def gmx(k, client_ip, webde=False, webmail=True):
    if webde:
        helo, ip, relay, node = 'mout.web.de', '212.227.15.%d' % hint(k + 'i', 3, 14), 'smtp.web.de', \
            'mrweb%03d [213.165.67.%d]' % (hint(k + 'm', 1, 9), hint(k + 'n', 100, 124))
        app = '3c-app-webde-bap%02d' % hint(k + 'a', 10, 60)
        web = 'web-mail.web.de'
    else:
        helo, ip, relay, node = 'mout.gmx.net', '212.227.17.%d' % hint(k + 'i', 20, 22), 'mail.gmx.net', \
            'mrgmx%03d [212.227.17.%d]' % (hint(k + 'm', 100, 110), hint(k + 'n', 160, 190))
        app = '3c-app-gmx-bs%02d' % hint(k + 'a', 10, 60)
        web = 'web-mail.gmx.net'
    nem = '1M%s-1%s-00%s' % (hstr(k + 'n1', 4, ALNUM), hstr(k + 'n2', 9, ALNUM), hstr(k + 'n3', 4, ALNUM))
    hops = [('from %s ([%s]) by %s (%s) with ESMTPSA\n\t(Nemesis) id %s for\n\t<{rcpt}>; {d}'
             % (app if webmail else '[192.168.178.%d]' % hint(k + 'l', 20, 60), client_ip, relay, node, nem), 'DE', 1)]
    if webmail:
        hops.append(('from [%s] by %s\n (%s.server.lan [172.19.172.%d]) (via HTTP); {d}'
                     % (client_ip, web, app, hint(k + 'a', 10, 60)), 'DE', 1))
    post = [('X-Provags-ID', 'V03:K1:' + hstr(k + 'pv', 64, ALNUM + '+/')),
            ('UI-OutboundReport', 'notjunk:1;M01:P0:' + hstr(k + 'ob', 12, ALNUM + '+/') + '=')]
    if webmail:
        post = [('X-Priority', '3'), ('Importance', 'normal'), ('Sensitivity', 'Normal'),
                ('X-UI-Message-Type', 'mail')] + post
    mid = (lambda t: '<trinity-%s-%d@%s>' % (huuid(k + 'tr'), epoch(t) * 1000 + hint(k + 'ms', 0, 999), app)) \
        if webmail else (lambda t: '<%s@%s>' % (huuid(k + 'tb'), 'web.de' if webde else 'gmx.de'))
    return Infra('WEB.DE freemail' if webde else 'GMX freemail', helo, helo, ip, tls=TLS13, hops=hops,
                 post=post, msgid=mid, layout='generic' if webmail else 'thunderbird',
                 bstyle='java' if webmail else 'thunderbird')


def ionos(k, client_ip, domain):
    nem = '1M%s-1%s-00%s' % (hstr(k + 'n1', 4, ALNUM), hstr(k + 'n2', 9, ALNUM), hstr(k + 'n3', 4, ALNUM))
    hops = [('from %s ([%s]) by mrelayeu.kundenserver.de\n\t(mreue%03d [213.165.67.%d]) with ESMTPSA (Nemesis) id %s for\n\t<{rcpt}>; {d}'
             % ('PC-BUCHH%02d' % hint(k + 'pc', 1, 9), client_ip, hint(k + 'r', 100, 112), hint(k + 'r2', 97, 120), nem), 'DE', 1)]
    post = [('X-Provags-ID', 'V03:K1:' + hstr(k + 'pv', 64, ALNUM + '+/'))]
    return Infra('IONOS (1&1) hosted mail of ' + domain, 'mout.kundenserver.de', 'mout.kundenserver.de',
                 '212.227.126.%d' % hint(k + 'i', 130, 135), tls=TLS13, hops=hops, post=post,
                 msgid=lambda t: outlook_mid(k, t, domain),
                 layout='outlook_smtp', bstyle='outlook')


# --------------------------------------------------------------------------
# generic own servers / VPS
# --------------------------------------------------------------------------
def postfix_own(k, host, ip, domain, client_ip, mua='outlook', helo=None, rdns=None, auth=True,
                tls=TLS13, zone='DE'):
    hops = [('from %s (%s [%s])\n\t(Authenticated sender: {from})\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <{rcpt}>; {d}'
             % ('[192.168.%d.%d]' % (hint(k + 'a', 0, 10), hint(k + 'b', 20, 200)) if mua != 'roundcube' else 'localhost',
                'unknown' if mua != 'roundcube' else 'localhost', client_ip if mua != 'roundcube' else '127.0.0.1',
                host, postfix_short(k)), zone, 2)]
    if mua == 'outlook':
        mid = lambda t: outlook_mid(k, t, domain)
        layout, bs = 'outlook_smtp', 'outlook'
    elif mua == 'roundcube':
        mid = lambda t: '<%s@%s>' % (hhex(k + 'rc', 32), domain)
        layout, bs = 'roundcube', 'roundcube'
    elif mua == 'thunderbird':
        mid = lambda t: '<%s@%s>' % (huuid(k + 'tb'), domain)
        layout, bs = 'thunderbird', 'thunderbird'
    else:
        mid = lambda t: '<%s.%s@%s>' % (local(t, zone)[0].strftime('%Y%m%d%H%M%S'), postfix_short(k + 'm'), host)
        layout, bs = 'generic', 'generic'
    return Infra('own Postfix server %s' % host, helo or host, rdns or host, ip, tls=tls, hops=hops,
                 msgid=mid, layout=layout, bstyle=bs)


def exim(k, helo, rdns, ip, client_ip, domain, mua='outlook', zone='DE', cpanel_host=None, tls=TLS13):
    eid = exim_id(k)
    host = cpanel_host or helo
    hops = [('from [%s] (port=%d helo=[192.168.%d.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
             '\t(Exim 4.98)\n\t(envelope-from <{from}>)\n\tid %s\n\tfor {rcpt}; {d}'
             % (client_ip, hint(k + 'p', 49152, 65000), hint(k + 'a', 0, 2), hint(k + 'b', 2, 250), host, eid), zone, 1)]
    post = []
    if cpanel_host:
        post = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                ('X-AntiAbuse', 'Primary Hostname - %s' % cpanel_host),
                ('X-AntiAbuse', 'Original Domain - example.com'),
                ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
                ('X-AntiAbuse', 'Sender Address Domain - %s' % domain),
                ('X-Get-Message-Sender-Via', '%s: authenticated_id: {from}' % cpanel_host),
                ('X-Authenticated-Sender', '%s: {from}' % cpanel_host)]
    if mua == 'outlook':
        mid = lambda t: outlook_mid(k, t, domain)
        layout, bs = 'outlook_smtp', 'outlook'
    elif mua == 'roundcube':
        mid = lambda t: '<%s@%s>' % (hhex(k + 'rc', 32), domain)
        layout, bs = 'roundcube', 'roundcube'
    elif mua == 'thunderbird':
        mid = lambda t: '<%s@%s>' % (huuid(k + 'tb'), domain)
        layout, bs = 'thunderbird', 'thunderbird'
    else:
        mid = lambda t: '<%s@%s>' % (hstr(k + 'ph', 32, ALNUM), host)
        layout, bs = 'phpmailer', 'phpmailer'
    return Infra('Exim on %s' % host, helo, rdns, ip, tls=tls, hops=hops, post=post, msgid=mid,
                 layout=layout, bstyle=bs)


def cpanel_php(k, host, ip, cpuser, domain, script, zone='DE'):
    eid = exim_id(k)
    hops = [('from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s@%s>)\n\tid %s\n\tfor {rcpt}; {d}'
             % (cpuser, host, cpuser, host, eid), zone, 1)]
    post = [('X-PHP-Script', '%s/%s for %s' % (domain, script, '185.%d.%d.%d' % (
                hint(k + 'p1', 100, 250), hint(k + 'p2', 1, 250), hint(k + 'p3', 1, 250)))),
            ('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)'),
            ('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
            ('X-AntiAbuse', 'Primary Hostname - %s' % host),
            ('X-AntiAbuse', 'Original Domain - example.com'),
            ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % (hint(k + 'u', 1001, 1400), hint(k + 'u', 1001, 1400))),
            ('X-AntiAbuse', 'Sender Address Domain - %s' % host),
            ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (host, cpuser)),
            ('X-Authenticated-Sender', '%s: {from}' % host)]
    return Infra('cPanel shared host %s (PHP mail())' % host, host, host, ip, tls=TLS13, hops=hops,
                 post=post, msgid=lambda t: '<%s@%s>' % (hstr(k + 'ph', 43, ALNUM), domain),
                 layout='phpmailer', bstyle='phpmailer', rp=lambda f, r: '%s@%s' % (cpuser, host))


def roundcube_vps(k, helo, rdns, ip, domain, zone='DE'):
    hops = [('from localhost (localhost [127.0.0.1])\n\t(Authenticated sender: {from})\n\tby %s (Postfix) with ESMTPSA id %s;\n\t{d}'
             % (helo, postfix_short(k)), zone, 1)]
    post = [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', '{from}')]
    return Infra('VPS with Postfix + Roundcube (%s)' % rdns, helo, rdns, ip, tls=TLS13, hops=hops, post=post,
                 msgid=lambda t: '<%s@%s>' % (hhex(k + 'rc', 32), domain), layout='roundcube', bstyle='roundcube')


def botnet(k, helo, ip, rdns=None):
    return Infra('residential botnet host', helo, rdns or 'unknown', ip, tls=None, hops=[],
                 msgid=lambda t: '<%s%s@%s>' % (hhex(k + 'a', 6, True), hhex(k + 'b', 6, True), helo),
                 layout='generic', bstyle='outlook')


# --------------------------------------------------------------------------
# commercial hosted mail
# --------------------------------------------------------------------------
def privateemail(k, client_ip):
    n = hint(k + 'n', 1, 8)
    host = 'mta-0%d.privateemail.com' % n
    hops = [('from mta-0%d.privateemail.com (localhost [127.0.0.1])\n\tby mta-0%d.privateemail.com (Postfix) with ESMTP id %s;\n\t{d}'
             % (n, n, postfix_qid(k + 'a')), 'ET', 1),
            ('from [127.0.0.1] (unknown [%s])\n\tby mta-0%d.privateemail.com (Postfix) with ESMTPA;\n\t{d}'
             % (client_ip, n), 'ET', 1)]
    post = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev71'), ('X-Priority', '3'), ('Importance', 'Normal'),
            ('X-Originating-Client', 'open-xchange-appsuite')]
    return Infra('Namecheap Private Email', 'mta-0%d-3.privateemail.com' % n, 'mta-0%d-3.privateemail.com' % n,
                 '198.54.127.%d' % (60 + n), tls=TLS13, hops=hops, post=post,
                 msgid=lambda t: '<%d.%d.%d@privateemail.com>' % (hint(k + 'm1', 100000000, 1999999999),
                                                                 hint(k + 'm2', 1000, 999999), epoch(t) * 1000 + 217),
                 layout='generic', bstyle='ox')


def zoho(k, domain, client_ip, eu=True):
    tld = 'eu' if eu else 'com'
    n = hint(k + 'n', 10, 30)
    hops = [('from mail.zoho.%s by mx.zoho.%s\n\twith SMTP id {ems}; {d}' % (tld, tld), 'PT', 1),
            ('from  [%s] by mail.zoho.%s\n\twith HTTP;{d}' % (client_ip, tld), 'PT', 1)]
    post = [('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]
    return Infra('Zoho Mail (custom domain %s)' % domain, 'sender4-op-o%d.zoho.%s' % (n, tld),
                 'sender4-op-o%d.zoho.%s' % (n, tld), '136.143.188.%d' % n, tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s.%s.%d@%s>' % (hhex(k + 'a', 11), hhex(k + 'b', 12), hint(k + 'c', 10 ** 18, 10 ** 19 - 1), domain),
                 layout='generic', bstyle='zoho')


def epoch_ms_placeholder(k):
    return 1760000000000 + hint(k + 'ems', 0, 9999999999)


def proton(k):
    n = hint(k + 'n', 4310, 4325)
    post = [('Feedback-ID', '%s:user:proton' % hb64(k + 'fb', 60).replace('/', '_')),
            ('X-Pm-Message-ID', '%s' % hstr(k + 'pm', 40, ALNUM))]
    return Infra('Proton Mail', 'mail-%d.protonmail.ch' % n, 'mail-%d.protonmail.ch' % n,
                 '185.70.43.%d' % (n - 4300), tls=TLS13, hops=[],
                 msgid=lambda t: '<%s=@proton.me>' % hstr(k + 'mid', 86, ALNUM + '_-'), post=post,
                 layout='proton', bstyle='generic')


def hostinger(k, domain, client_ip):
    n = hint(k + 'n', 1, 30)
    hops = [('from [192.168.1.%d] (%s [%s])\n\t(Authenticated sender: {from})\n\tby smtp.hostinger.com (Postfix) with ESMTPSA id 4%s;\n\t{d}'
             % (hint(k + 'l', 20, 99), 'unknown', client_ip, hstr(k + 'q', 9, PFX_CH)), 'UTC', 1)]
    post = [('X-CM-Envelope', 'MS4xfG' + hstr(k + 'cm', 48, ALNUM)), ('X-Mailer', 'Microsoft Outlook 16.0')]
    return Infra('Hostinger shared mail', 'fr-int-smtpout%d.hostinger.io' % n, 'fr-int-smtpout%d.hostinger.io' % n,
                 '145.14.159.%d' % (100 + n), tls=TLS13, hops=hops, post=post,
                 msgid=lambda t: outlook_mid(k, t, domain),
                 layout='outlook_smtp', bstyle='outlook')


def ovh_mail(k, domain, client_ip):
    n = hint(k + 'n', 500, 560)
    hops = [('from director4.ghost.mail-out.ovh.net (unknown [10.108.%d.%d])\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTP id 4%s\n\tfor <{rcpt}>; {d}'
             % (hint(k + 'a', 1, 250), hint(k + 'b', 1, 250), n, hstr(k + 'q', 9, PFX_CH)), 'UTC', 1),
            ('from mxplan%d.mail.ovh.net (unknown [10.109.%d.%d])\n\tby director4.ghost.mail-out.ovh.net (Postfix) with ESMTPS id 4%s;\n\t{d}'
             % (hint(k + 'x', 1, 9), hint(k + 'c', 1, 250), hint(k + 'd', 1, 250), hstr(k + 'r', 9, PFX_CH)), 'UTC', 1)]
    post = [('X-Ovh-Tracer-Id', '%d' % hint(k + 't', 10 ** 18, 10 ** 19 - 1)),
            ('X-Mailer', 'Microsoft Outlook 16.0')]
    return Infra('OVHcloud Email Pro (%s)' % domain, 'mo%d.mail-out.ovh.net' % n, 'mo%d.mail-out.ovh.net' % n,
                 '178.33.%d.%d' % (hint(k + 'e', 40, 50), hint(k + 'f', 1, 250)), tls=TLS13, hops=hops, post=post,
                 msgid=lambda t: outlook_mid(k, t, domain),
                 layout='outlook_smtp', bstyle='outlook')


def aruba(k, domain, client_ip, pc='PC-AMM02'):
    n = hint(k + 'n', 1, 30)
    hops = [('from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; {d}' % (pc, client_ip, hstr(k + 'id', 14, ALNUM)), 'IT', 1)]
    post = [('X-Mailer', 'Microsoft Outlook 16.0')]
    return Infra('Aruba.it hosted mail (%s)' % domain, 'smtpdh%d-1.aruba.it' % n, 'smtpdh%d-1.aruba.it' % n,
                 '62.149.155.%d' % (140 + n), tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: outlook_mid(k, t, domain),
                 layout='outlook_smtp', bstyle='outlook')


def homepl(k, domain, client_ip, rdns_client, mua='outlook'):
    n = hint(k + 'n', 100000, 999999)
    host = 'cloudserver%d.home.pl' % n
    hops = [('from [192.168.%d.%d] (%s [%s])\n\t%s\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <{rcpt}>; {d}'
             % (hint(k + 'a', 0, 2), hint(k + 'b', 2, 200), rdns_client, client_ip, TLS13.replace('\n\t', '\n\t'),
                host, postfix_short(k)), 'PL', 1)]
    if mua == 'thunderbird':
        mid = lambda t: '<%s@%s>' % (huuid(k + 'tb'), domain)
        layout, bs, post = 'thunderbird', 'thunderbird', []
    else:
        mid = lambda t: outlook_mid(k, t, domain)
        layout, bs, post = 'outlook_smtp', 'outlook', [('X-Mailer', 'Microsoft Outlook 16.0')]
    return Infra('home.pl hosting (%s)' % domain, host, host, '79.96.%d.%d' % (hint(k + 'c', 160, 190), hint(k + 'd', 1, 250)),
                 tls=TLS13, hops=hops, msgid=mid, layout=layout, bstyle=bs, post=post)


# --------------------------------------------------------------------------
# freemail (IT, PL, GR, RU)
# --------------------------------------------------------------------------
def libero(k, client_ip):
    n = hint(k + 'n', 10, 40)
    hops = [('from libero.it ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; {d}' % (n, n, hstr(k + 'i', 14, ALNUM)), 'IT', 1)]
    post = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev64'), ('X-Originating-IP', client_ip),
            ('X-Priority', '3'), ('Importance', 'Normal')]
    return Infra('Libero Mail (Italiaonline) freemail', 'smtp-%d.italiaonline.it' % n, 'smtp-%d.italiaonline.it' % n,
                 '213.209.10.%d' % n, tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%d.%d.%d@mail1.libero.it>' % (hint(k + 'm1', 100000000, 1999999999),
                                                                hint(k + 'm2', 1000, 99999), epoch(t) * 1000 + 611),
                 layout='generic', bstyle='ox')


def wp(k, client_ip, rdns_client, user):
    hops = [('from %s (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <{from}>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <{rcpt}>; {d}'
             % (rdns_client, hint(k + 'l', 10, 60), user, client_ip), 'PL', 1),
            ('(wp-smtpd smtp.wp.pl %d invoked from network); {d}' % hint(k + 'p', 10000, 40000), 'PL', 0)]
    post = [('X-WP-MailID', hhex(k + 'wp', 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    return Infra('Wirtualna Polska (wp.pl) freemail', 'mx.wp.pl', 'mx4.wp.pl', '212.77.101.12', tls=TLS12,
                 hops=hops, post=post, msgid=lambda t: '<%s@wp.pl>' % hhex(k + 'm', 32),
                 layout='thunderbird', bstyle='thunderbird')


def onet(k, client_ip):
    n = hint(k + 'n', 40, 49)
    hops = [('from [%s] (unknown [%s])\n\t(Authenticated sender: {from})\n\tby smtp.poczta.onet.pl (Onet) with ESMTPA id 4%s\n\tfor <{rcpt}>; {d}'
             % (client_ip, client_ip, hstr(k + 'q', 9, PFX_CH)), 'PL', 1)]
    post = [('X-Onet-PMQ', '%s;%s;0;0;0' % (hint(k + 'a', 1000000, 9999999), client_ip))]
    return Infra('Onet Poczta freemail', 'smtpo%d.poczta.onet.pl' % n, 'smtpo%d.poczta.onet.pl' % n,
                 '213.180.149.%d' % (160 + n), tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s@onet.pl>' % hstr(k + 'm', 24, ALNUM),
                 layout='generic', bstyle='generic')


def otenet(k, client_ip):
    hops = [('from webmail.otenet.gr (webmail.otenet.gr [83.235.67.%d])\n\tby mailout-%s.otenet.gr (Postfix) with ESMTPSA id %s;\n\t{d}'
             % (hint(k + 'w', 10, 40), 'ah', postfix_short(k)), 'GR', 1),
            ('from [%s] by webmail.otenet.gr with HTTP (Horde Framework); {d}' % client_ip, 'GR', 1)]
    post = [('User-Agent', 'Horde Application Framework 5')]
    return Infra('OTEnet / Cosmote freemail (Horde webmail)', 'mailout-ah.otenet.gr', 'mailout-ah.otenet.gr',
                 '83.235.69.%d' % hint(k + 'i', 20, 40), tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s.Horde.%s@webmail.otenet.gr>' % (local(t, 'GR')[0].strftime('%Y%m%d%H%M%S'),
                                                                      hstr(k + 'h', 22, ALNUM)),
                 layout='horde', bstyle='horde')


def yandex(k, domain=None, web=True):
    n = hint(k + 'n', 100, 999)
    node = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (hint(k + 'm', 10, 90), ['vla', 'sas', 'iva'][hint(k + 'dc', 0, 2)])
    fwd = 'forward%da.mail.yandex.net' % (n % 400 + 100)
    hops = [('from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <{rcpt}>; {d}'
             % (node, node, '2a02:6b8:c0c:%s:0:640:%s:0' % (hhex(k + 'a', 4), hhex(k + 'b', 4)), fwd,
                hstr(k + 'id1', 12, ALNUM)), 'RU', 1),
            ('by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t{d}' % (node, hstr(k + 'id2', 10, ALNUM), hstr(k + 'id3', 8, ALNUM)), 'RU', 1)]
    post = [('X-Yandex-Fwd', '1')]
    if web:
        post.append(('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'))
        mid = lambda t: '<%d%d@mail.yandex.ru>' % (hint(k + 'w', 100000, 999999), epoch(t))
        layout, bs = 'yandex', 'yandex'
    else:
        mid = lambda t: '<%s@%s>' % (huuid(k + 'tb'), domain)
        layout, bs = 'thunderbird', 'thunderbird'
    return Infra('Yandex mail' + (' / Yandex 360 for ' + domain if domain else ' (yandex.ru freemail)'),
                 fwd, fwd, '178.154.239.%d' % (n % 200 + 20), tls=TLS13, hops=hops, post=post, msgid=mid,
                 layout=layout, bstyle=bs)


def yandex_notify(k):
    fwd = 'forward%db.mail.yandex.net' % hint(k + 'n', 100, 400)
    hops = [('from mail-notify-production-%d.%s.yp-c.yandex.net ([2a02:6b8:c23:%s::1:%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <{rcpt}>; {d}'
             % (hint(k + 'm', 10, 90), 'sas', hhex(k + 'a', 4), hhex(k + 'b', 2), fwd, hstr(k + 'i', 12, ALNUM)), 'RU', 1)]
    return Infra('Yandex ID notification service', fwd, fwd, '178.154.239.%d' % hint(k + 'i', 140, 160), tls=TLS13,
                 hops=hops, post=[('X-Yandex-Fwd', '1')],
                 msgid=lambda t: '<%s@notify.yandex.ru>' % hhex(k + 'mid', 40),
                 layout='generic', bstyle='generic',
                 rp=lambda f, r: 'noreply@id.yandex.ru')


def mailru(k, domain='mail.ru', biz=False):
    n = hint(k + 'n', 30, 60)
    hops = [('by smtp%d.i.mail.ru with esmtpa (envelope-from <{from}>)\n\tid 1v%s-%s-%s; {d}'
             % (n, hstr(k + 'a', 4, ALNUM), hstr(k + 'b', 6, ALNUM), hstr(k + 'c', 2, ALNUM)), 'RU', 1)]
    post = [('X-Mailru-Src', 'smtp' if biz else 'fe'), ('X-7564579A', '646B95376F6C166E'),
            ('X-Mailru-Sender', hhex(k + 's', 64, True))]
    if not biz:
        post.append(('X-Mailer', 'Mail.Ru Mailer 1.0'))
        mid = lambda t: '<%d.%d@f%d.i.mail.ru>' % (epoch(t), hint(k + 'm', 100000000, 999999999), hint(k + 'f', 100, 700))
        layout, bs = 'generic', 'generic'
    else:
        mid = lambda t: outlook_mid(k, t, domain)
        post.append(('X-Mailer', 'Microsoft Outlook 16.0'))
        layout, bs = 'outlook_smtp', 'outlook'
    return Infra('Mail.ru / VK WorkSpace (%s)' % domain, 'smtp%d.i.mail.ru' % n, 'smtp%d.i.mail.ru' % n,
                 '95.163.41.%d' % n, tls=TLS12, hops=hops, post=post, msgid=mid, layout=layout, bstyle=bs)


def aliyun(k, domain, pc, client_ip):
    n = hint(k + 'n', 80, 99)
    hops = [('from %s(mailfrom:{from} fp:SMTPD_---.%s_%s)\n          by smtp.aliyun-inc.com;\n          {d}'
             % (pc, hstr(k + 'a', 10, ALNUM), '{es}'), 'CN', 1)]
    post = [('X-Mailer', 'Foxmail 7.2.25.375[cn]'), ('X-Has-Attach', 'yes'), ('X-Priority', '3')]
    return Infra('Alibaba Mail (qiye.aliyun) for ' + domain, 'out28-%d.mail.aliyun.com' % n,
                 'out28-%d.mail.aliyun.com' % n, '115.124.28.%d' % n, tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s%s@%s>' % (local(t, 'CN')[0].strftime('%Y%m%d%H%M%S'),
                                                hdigits(k + 'fx', 10), domain),
                 layout='foxmail', bstyle='foxmail')


def local_dummy():
    return '1760000000'


# --------------------------------------------------------------------------
# bulk ESPs and SaaS notification platforms
# --------------------------------------------------------------------------
def sendgrid(k, em_domain):
    n = hint(k + 'n', 10, 250)
    host = '%s.outbound-mail.sendgrid.net' % hstr(k + 'h', 8, 'abcdefghijklmnopqrstuvwxyz')
    pod = 'geopod-ismtpd-%d' % hint(k + 'pod', 1, 40)
    fd = 'filterdrecv-%s-%s' % (hhex(k + 'f1', 10), hstr(k + 'f2', 5, LOWER))
    hops = [('by %s with SMTP id %s-1-%s-%s\n\t{d:SG}' % (fd, fd, hhex(k + 'f3', 8, True), hhex(k + 'f4', 2, True)), 'UTC', 1),
            ('from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t{d:SGS}' % ('MTI1OTQ2OTA', pod, hstr(k + 'sg', 22, ALNUM)), 'UTC', 0)]
    post = [('X-SG-EID', 'u001.' + hstr(k + 'eid', 120, ALNUM + '/+') + '=='),
            ('X-SG-ID', 'u001.SdBcvi+' + hstr(k + 'id', 80, ALNUM + '/+') + '='),
            ('X-Entity-ID', 'u001.' + hstr(k + 'ent', 24, ALNUM) + '==')]
    return Infra('Twilio SendGrid', host, host, '149.72.%d.%d' % (hint(k + 'a', 100, 250), n), tls=TLS12,
                 hops=hops, post=post, msgid=lambda t: '<%s@%s>' % (hstr(k + 'mid', 22, ALNUM), pod),
                 layout='esp', bstyle='sendgrid',
                 rp=lambda f, r: 'bounces+%d-%s-%s@%s' % (hint(k + 'uid', 10000000, 49999999), hhex(k + 'rp', 4),
                                                          r.replace('@', '='), em_domain))


def mailgun(k, mg_domain):
    n = hint(k + 'n', 1, 40)
    hops = [('by %s with HTTP id %s; {d:UTCT}' % (hhex(k + 'h', 10), hhex(k + 'hid', 24)), 'UTC', 1)]
    post = [('X-Mailgun-Sid', 'WyI%s' % hstr(k + 'sid', 60, ALNUM)),
            ('X-Mailgun-Batch-Id', hhex(k + 'b', 24)),
            ('Sender', 'postmaster@' + mg_domain)]
    return Infra('Mailgun (EU)', 'm239-%d.eu.mailgun.net' % n, 'm239-%d.eu.mailgun.net' % n, '185.250.239.%d' % n,
                 tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s.%s@%s>' % (t.strftime('%Y%m%d%H%M%S'), hhex(k + 'mid', 16), mg_domain),
                 layout='esp', bstyle='generic',
                 rp=lambda f, r: 'bounce+%s.%s-%s@%s' % (hhex(k + 'rp', 6), hhex(k + 'rp2', 6), r.replace('@', '='), mg_domain))


def brevo(k, unsub=None):
    n = hint(k + 'n', 10, 250)
    post = [('X-Mailin-EID', hstr(k + 'eid', 40, ALNUM) + '~' + hstr(k + 'e2', 8, ALNUM)),
            ('X-sib-id', hstr(k + 'sib', 80, ALNUM + '-_')),
            ('X-CSA-Complaints', 'csa-complaints@eco.de'),
            ('Feedback-ID', '77.32.148.%d:%d_-1:%d:Sendinblue' % (n, hint(k + 'f', 1000000, 9999999), hint(k + 'f2', 100, 999)))]
    return Infra('Brevo (ex-Sendinblue)', 'mail148-%d.sendinblue.com' % n, 'mail148-%d.sendinblue.com' % n,
                 '77.32.148.%d' % n, tls=TLS12, hops=[], post=post,
                 msgid=lambda t: '<%s.%d@smtp-relay.mailin.fr>' % (t.strftime('%Y%m%d%H%M'), hint(k + 'mid', 10 ** 10, 10 ** 11 - 1)),
                 layout='esp', bstyle='generic',
                 rp=lambda f, r: 'bounces-%d-%s=%s@mailin-bounces.com' % (hint(k + 'r', 1000000, 9999999), r.split('@')[0],
                                                                          r.split('@')[1]))


def ses(k, region='eu-west-1', feedback='ses'):
    n = hint(k + 'n', 2, 60)
    ipb = {'eu-west-1': '54.240.7', 'eu-central-1': '69.169.224', 'eu-west-2': '23.251.234'}[region]
    mid_core = '%s-%s-%s-%s-%s-%s-000000' % ('0102019' + hhex(k + 'a', 9), hhex(k + 'b', 8), hhex(k + 'c', 4), hhex(k + 'd', 4),
                                               hhex(k + 'e', 4), hhex(k + 'f', 12))
    post = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, hstr(k + 'fb', 43, ALNUM + '+/'))),
            ('X-SES-Outgoing', '2026.%s-%s.%d' % ('10.20', ipb, n))]
    return Infra('Amazon SES %s' % region, 'a7-%d.smtp-out.%s.amazonses.com' % (n, region),
                 'a7-%d.smtp-out.%s.amazonses.com' % (n, region), '%s.%d' % (ipb, n), tls=TLS12, hops=[], post=post,
                 msgid=lambda t: '<%s@%s.amazonses.com>' % (mid_core, region), layout='esp', bstyle='ses',
                 rp=lambda f, r: '%s@%s.amazonses.com' % (mid_core, region))


def mailchimp(k, listdom, user, listid):
    n = hint(k + 'n', 20, 220)
    host = 'mail%d.suw21.mcdlv.net' % n
    hops = [('from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <{rcpt}>; {d}'
             % (host, hstr(k + 'q', 9, PFX_CH)), 'UTC', 1)]
    cid = hhex(k + 'cid', 10)
    post = [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, hhex(k + 'c2', 10))),
            ('X-Campaign', 'mailchimp%s.%s' % (user, cid)),
            ('X-campaignid', 'mailchimp%s.%s' % (user, cid)),
            ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e={eid}' % (user, cid)),
            ('X-MC-User', user),
            ('Feedback-ID', '%d:%d.%d:us21:mc' % (hint(k + 'f1', 10 ** 7, 10 ** 8), hint(k + 'f1', 10 ** 7, 10 ** 8), hint(k + 'f3', 10 ** 6, 10 ** 7))),
            ('List-ID', '%s mc list <%s.%s.list-id.mcsv.net>' % (listdom, user, listid)),
            ('X-Accounttype', 'pd')]
    return Infra('Intuit Mailchimp', host, host, '198.2.%d.%d' % (hint(k + 'a', 128, 191), n), tls=TLS12,
                 hops=hops, post=post,
                 msgid=lambda t: '<%s.%s.%s@%s>' % (hhex(k + 'm1', 40), t.strftime('%Y%m%d%H%M%S'), hhex(k + 'm2', 12), host),
                 layout='esp', bstyle='mailchimp',
                 rp=lambda f, r: 'bounce-mc.us21_%d.%d-%s@%s' % (hint(k + 'b1', 10 ** 7, 10 ** 8), hint(k + 'b2', 10 ** 6, 10 ** 7),
                                                                  r.replace('@', '='), host))


def docusign(k):
    n = hint(k + 'n', 1, 4)
    host = 'mailfra%d.eumail.docusign.net' % n
    hops = [('from docusign.net ([10.82.%d.%d]) by %s\n\twith Microsoft SMTPSVC(10.0.17763.1697);\n\t{d}'
             % (hint(k + 'a', 1, 250), hint(k + 'b', 1, 250), host), 'UTC', 1)]
    post = [('X-DocuSign-Env-Id', huuid(k + 'env', upper=True))]
    return Infra('Docusign EU mail platform', host, host, '185.81.100.%d' % (88 + n), tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s@docusign.net>' % hhex(k + 'mid', 32),
                 layout='esp', bstyle='docusign',
                 rp=lambda f, r: 'bounces@eumail.docusign.net')


def paypal(k):
    n = hint(k + 'n', 2, 9)
    hops = [('from ccg01mail%02d.phx.paypalcorp.com ([10.14.%d.%d]) by\n\tmx%d.slc.paypal.com (8.14.4/8.14.4) with ESMTP id %s;\n\t{d}'
             % (hint(k + 'c', 1, 20), hint(k + 'a', 1, 250), hint(k + 'b', 1, 250), n, hstr(k + 'id', 14, ALNUM)), 'PT', 1)]
    post = [('X-Email-Type-Id', 'PPC001017'), ('X-XPT-XSL-Name', 'nameOnFile'), ('PP-Correlation-Id', hhex(k + 'cor', 13)),
            ('X-MaxCode-Template', 'PPC001017')]
    return Infra('PayPal transactional mail', 'mx%d.slc.paypal.com' % n, 'mx%d.slc.paypal.com' % n,
                 '173.0.84.%d' % (225 + n), tls=TLS12, hops=hops, post=post,
                 msgid=lambda t: '<%s.%s@paypal.com>' % (hhex(k + 'm', 12, True), hint(k + 'm2', 1000, 9999)),
                 layout='esp', bstyle='generic', rp=lambda f, r: 'bounce@paypal.com')


def github(k):
    n = hint(k + 'n', 20, 28)
    hops = [('from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4%s\n\tfor <{rcpt}>; {d}'
             % (hhex(k + 'h', 4), hint(k + 'a', 100, 250), hint(k + 'b', 1, 250), hstr(k + 'q', 9, PFX_CH)), 'PT', 1)]
    return Infra('GitHub transactional mail', 'out-%d.smtp.github.com' % n, 'out-%d.smtp.github.com' % n,
                 '192.30.252.%d' % (180 + n), tls=TLS12, hops=hops, post=[('X-Auto-Response-Suppress', 'All')],
                 msgid=lambda t: '<%s_%s@%s.mail>' % (hhex(k + 'm', 13), hhex(k + 'm2', 12), 'github.com'),
                 layout='esp', bstyle='generic', rp=lambda f, r: 'noreply@github.com')


def ms_notify(k, kind='msa'):
    """Microsoft account / SharePoint notification mail."""
    if kind == 'msa':
        helo, rd, ip = 'NAM12-MW2-obe.outbound.protection.outlook.com', 'mail-mw2nam12on20%d.outbound.protection.outlook.com' % hint(k + 'x', 60, 99), '40.107.244.%d' % hint(k + 'y', 60, 99)
        srv = 'MW4PR03MB%04d.namprd03.prod.outlook.com' % hint(k + 's', 1000, 9999)
    else:
        helo, rd, ip = 'EUR02-AM0-obe.outbound.protection.outlook.com', 'mail-am0eur02on20%d.outbound.protection.outlook.com' % hint(k + 'x', 60, 99), '40.107.247.%d' % hint(k + 'y', 60, 99)
        srv = 'AS8PR02MB%04d.eurprd02.prod.outlook.com' % hint(k + 's', 1000, 9999)
    hops = [('from %s (2603:10b6:%s::%s) by\n\t%s (2603:10b6:%s::%s) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.14; {d}'
             % (srv, hhex(k + 'a', 3), hhex(k + 'b', 2), srv, hhex(k + 'c', 3), hhex(k + 'd', 2)), 'UTC', 1)]
    post = [('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-OriginatorOrg', 'microsoft.com' if kind == 'msa' else 'sharepointonline.com')]
    return Infra('Microsoft account / M365 notification (Exchange Online Protection)', helo, rd, ip, tls=TLS12,
                 hops=hops, post=post,
                 msgid=lambda t: '<%s.%s@%s>' % (hstr(k + 'm', 12, UPPER), hstr(k + 'm2', 13, UPPER), srv.split('.')[0]),
                 layout='esp', bstyle='generic')


def unisender(k):
    n = hint(k + 'n', 10, 60)
    post = [('X-Mailer', 'UniSender Go'), ('X-UNISENDER-GO-ID', hhex(k + 'u', 32))]
    return Infra('UniSender Go (Russian bulk ESP)', 'smtp%d.unisender.ru' % n, 'smtp%d.unisender.ru' % n,
                 '185.98.%d.%d' % (hint(k + 'a', 80, 90), n), tls=TLS12, hops=[], post=post,
                 msgid=lambda t: '<%s@unisender.ru>' % hhex(k + 'mid', 40),
                 layout='esp', bstyle='generic',
                 rp=lambda f, r: 'bounce-%s@bounce.unisender.ru' % hhex(k + 'rp', 16))
