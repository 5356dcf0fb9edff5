"""Sending systems: the trace headers each one really writes, the connecting
host as mx01 sees it, envelope sender and SPF outcome."""
import datetime as _dt

from . import dates
from .msg import rstr, rhex, ruuid, rb64, postfix_qid, postfix_short_qid, dkim_sig, ALNUM

TD = _dt.timedelta


def hops(m, n):
    """n increasing timestamps between m.sent() and m.t (UTC)."""
    start = m.sent()
    end = m.t.astimezone(dates.UTC)
    span = (end - start).total_seconds()
    pts = sorted(m.rng.uniform(0.05, 0.95) * span for _ in range(n))
    return [start + TD(seconds=int(p)) for p in pts]


def L(zone, t):
    return dates.rfc(dates.local(zone, t), True)


def Ln(zone, t):
    return dates.rfc(dates.local(zone, t))


def _exim_id(rng):
    return '1%s-%s-%s' % (rstr(rng, 5), rstr(rng, 6), rstr(rng, 2))


# ---------------------------------------------------------------- internal

def exchange_internal(m, mbx='EXCH02', hub='EXCH01', client_ip='10.20.14.57', via_app=None):
    ips = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}
    t1, t2 = hops(m, 2)
    rcpt = m.our_rcpt()
    tr = []
    tr.append(('Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher '
               'ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby '
               'mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
               % (hub, hub.lower(), ips[hub], postfix_qid(m.rng, t2), rcpt, L('cet', t2))))
    tr.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server '
               '(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s'
               % (mbx, ips[mbx], hub, ips[hub], Ln('cet', t1))))
    ll = 'fe80::%s:%s:%s:%s' % (rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4))
    tr.append(('Received', 'from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%12]) with mapi id '
               '15.02.1748.010;\n %s' % (mbx, ll, mbx, ll, Ln('cet', m.sent()))))
    mid = [('x-ms-exchange-messagesentrepresentingtype', '1'),
           ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
           ('x-originating-ip', '[%s]' % client_ip)]
    m.sys_kw['exch_mbx'] = '%s.corp.example.com' % mbx
    return {'trace': tr, 'mid': mid, 'client': ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'),
            'tls': 'TLSv1.3', 'env_from': m.env_from or m.frm.email, 'internal': True,
            'date': dates.rfc(dates.local('utc', m.sent()))}


def internal_device(m, host, ip, env_from, helo=None, local_lines=None):
    """Appliances and application servers relaying through mail-int01."""
    (t1,) = hops(m, 1)
    tr = [('Received', 'from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
           % (helo or host, host, ip, postfix_qid(m.rng, t1), m.our_rcpt(), L('cet', t1)))]
    for ln in local_lines or []:
        tr.append(('Received', ln))
    return {'trace': tr, 'client': ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'),
            'tls': 'TLSv1.3', 'env_from': env_from, 'internal': True}


def local_mx01(m, env_from, user='quarantine'):
    return {'trace': [], 'client': ('localhost', 'localhost', '127.0.0.1'), 'tls': None, 'env_from': env_from,
            'internal': True}


# ---------------------------------------------------------------- Microsoft 365

M365_REGIONS = {
    'eu': {'pods': ['eurprd02', 'eurprd03', 'eurprd04', 'eurprd05', 'eurprd06', 'eurprd07'],
           'srv': ['AS8PR%02dMB', 'DU0PR%02dMB', 'PAXPR%02dMB', 'AM9PR%02dMB', 'DB9PR%02dMB', 'VI1PR%02dMB', 'PA4PR%02dMB'],
           'obe': [('EUR05-DB8-obe', 'mail-db8eur05on2%03d', '40.107.20.%d'),
                   ('EUR02-AM0-obe', 'mail-am0eur02on2%03d', '40.107.22.%d'),
                   ('EUR03-DBA-obe', 'mail-dbaeur03on2%03d', '40.107.104.%d'),
                   ('EUR04-DB3-obe', 'mail-db3eur04on2%03d', '40.107.6.%d'),
                   ('EUR01-HE1-obe', 'mail-he1eur01on2%03d', '40.107.13.%d')],
           'v6': '2603:10a6'},
    'uk': {'pods': ['GBRP265', 'GBRP123'], 'srv': ['LO2P265MB', 'CWLP265MB', 'LO0P265MB', 'LO4P123MB'],
           'obe': [('GBR01-LO2-obe', 'mail-lo2gbr01on2%03d', '40.107.121.%d'),
                   ('GBR01-CWX-obe', 'mail-cwxgbr01on2%03d', '40.107.120.%d')], 'v6': '2603:10a6'},
    'nam': {'pods': ['namprd11', 'namprd12', 'namprd20'], 'srv': ['SJ0PR%02dMB', 'CH3PR%02dMB', 'BN9PR%02dMB', 'DM6PR%02dMB'],
            'obe': [('NAM12-BN8-obe', 'mail-bn8nam12on2%03d', '40.107.237.%d'),
                    ('NAM10-DM6-obe', 'mail-dm6nam10on2%03d', '40.107.93.%d'),
                    ('NAM04-MW2-obe', 'mail-mw2nam04on2%03d', '40.107.101.%d')], 'v6': '2603:10b6'},
}


def _m365_server(rng, reg, pod):
    pat = rng.choice(reg['srv'])
    if '%' in pat:
        pat = pat % int(pod[-2:]) if pod[-2:].isdigit() else pat % 11
    return pat + '%04d' % rng.randrange(1000, 9999)


def m365_setup(m, region='eu'):
    reg = M365_REGIONS[region]
    rng = m.rng
    pod = rng.choice(reg['pods'])
    m.sys_kw.setdefault('pod', pod)
    m.sys_kw.setdefault('mbx', _m365_server(rng, reg, m.sys_kw['pod']))
    m.sys_kw.setdefault('region', region)


def m365(m, tenant_domain=None, selector='selector1', tenant_id=None, onmicrosoft=None, lang_code=None, scl=1,
         dkim=True, sign_domain=None, auth_internal=None):
    region = m.sys_kw.get('region', 'eu')
    reg = M365_REGIONS[region]
    rng = m.rng
    pod = m.sys_kw['pod']
    mbx = m.sys_kw['mbx']
    hub = _m365_server(rng, reg, pod)
    dom = tenant_domain or m.frm.domain
    t1, t2 = hops(m, 2)
    helo, rd, ipf = rng.choice(reg['obe'])
    n = rng.randrange(1, 250)
    client = (helo + '.outbound.protection.outlook.com', (rd % n) + '.outbound.protection.outlook.com', ipf % n)
    fmt_utc = lambda t: dates.rfc(dates.local('utc', t))
    v6 = reg['v6']
    mbx6 = '%s:%x:%x::%x' % (v6, rng.randrange(1, 0xfff), rng.randrange(1, 0x3ff), rng.randrange(1, 0xff))
    hub6 = '%s:%x:%x::%x' % (v6, rng.randrange(1, 0xfff), rng.randrange(1, 0x3ff), rng.randrange(1, 0xff))
    ll = 'fe80::%s:%s:%s:%s%%%d' % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rng.randrange(3, 7))
    build = '15.20.%d.%d' % (rng.choice([9052, 9094, 9137, 9182]), rng.randrange(5, 30))
    tr = []
    arc_b = rb64(rng, 256)
    tr.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' +
               '\n '.join(arc_b[i:i + 76] for i in range(0, len(arc_b), 76))))
    ams_b = rb64(rng, 256)
    tr.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n '
               'h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
               'X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s'
               % (rb64(rng, 32), '\n '.join(ams_b[i:i + 76] for i in range(0, len(ams_b), 76)))))
    tr.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass '
               'action=none\n header.from=%s; dkim=pass header.d=%s; arc=none' % (dom, dom, dom)
               if auth_internal == 'full' else 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none'))
    if dkim:
        sd = sign_domain or dom
        sel = selector if not sd.endswith('onmicrosoft.com') else 'selector1-%s' % sd.replace('.', '-')
        tr.append(('DKIM-Signature', dkim_sig(m, sd, sel, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:'
                                                          'X-MS-Exchange-SenderADCheck')))
    tr.append(('Received', 'from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with Microsoft SMTP '
               'Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
               % (mbx, pod, mbx6, hub, pod, hub6, build, fmt_utc(t1))))
    tr.append(('Received', 'from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s]) with mapi id '
               '%s; %s' % (mbx, pod, ll, mbx, pod, ll, build.rsplit('.', 1)[0] + '.' + '%03d' % int(build.rsplit('.', 1)[1]),
                             fmt_utc(m.sent()))))
    lang = lang_code or {'de': 'de', 'en': 'en', 'it': 'it', 'pl': 'pl', 'es': 'es', 'el': 'el', 'ru': 'ru'}[m.lang]
    corr = ruuid(rng)
    mi = rb64(rng, 420)
    md = rb64(rng, 900)
    mid = [('authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none '
                                      'header.from=%s;' % dom),
           ('x-ms-publictraffictype', 'Email'),
           ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbx, hub)),
           ('x-ms-office365-filtering-correlation-id', corr),
           ('x-ms-exchange-senderadcheck', '1'),
           ('x-ms-exchange-antispam-relay', '0'),
           ('x-microsoft-antispam', 'BCL:0;ARA:13230040|366016|1800799024|376014|38070700021;'),
           ('x-microsoft-antispam-message-info', '\n ' + '\n '.join(mi[i:i + 76] for i in range(0, len(mi), 76))),
           ('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.prod.'
                                           'outlook.com;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)'
                                           '(38070700021);DIR:OUT;SFP:1102;' % (lang, scl, mbx, pod)),
           ('x-ms-exchange-antispam-messagedata-chunkcount', '1'),
           ('x-ms-exchange-antispam-messagedata-0', '\n ' + '\n '.join(md[i:i + 76] for i in range(0, len(md), 76)))]
    upn = __import__('base64').b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()
    arr = dates.local('utc', m.sent())
    tail = [('X-OriginatorOrg', dom),
            ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.prod.outlook.com' % (mbx, pod)),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid(rng)),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d (UTC)' % (
                arr.strftime('%d %b %Y %H:%M:%S'), rng.randrange(10000))),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', tenant_id or ruuid(rng)),
            ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
            ('X-MS-Exchange-CrossTenant-userprincipalname', upn),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hub)]
    return {'trace': tr, 'mid': mid, 'tail': tail, 'client': client, 'tls': 'TLSv1.3', 'cipher': 'TLS_AES_256_GCM_SHA384',
            'env_from': m.env_from or m.frm.email, 'spf': 'pass', 'date': fmt_utc(m.sent())}


# ---------------------------------------------------------------- Google

GHOSTS = [('mail-ej1-f%d', '209.85.218.%d'), ('mail-wr1-f%d', '209.85.221.%d'), ('mail-lf1-f%d', '209.85.167.%d'),
          ('mail-ed1-f%d', '209.85.208.%d'), ('mail-wm1-f%d', '209.85.128.%d'), ('mail-pl1-f%d', '209.85.214.%d'),
          ('mail-lj1-f%d', '209.85.208.%d'), ('mail-qt1-f%d', '209.85.160.%d')]


def gmail(m, domain=None, zone='cet', selector=None, sor=False):
    rng = m.rng
    hn, ipf = rng.choice(GHOSTS)
    n = rng.randrange(41, 200)
    host = (hn % n) + '.google.com'
    if sor:
        host, ipf, n = 'mail-sor-f%d.google.com' % (n % 60 + 41), '209.85.220.%d', n % 60 + 41
    ip = ipf % n
    (t1,) = hops(m, 1)
    smtpid = '%s-%sso%d%s.%d' % (rhex(rng, 13), rhex(rng, 11), rng.randrange(1000000, 9999999),
                                rstr(rng, 1, '0123456789') + rstr(rng, 2, 'abcdefghijklmnopqrstuvwxyz'),
                                rng.randrange(0, 3))
    tr = [('Received', 'by %s with SMTP id %s\n        for <%s>; %s' % (host, smtpid, m.our_rcpt(), L('pt', t1)))]
    d = domain or 'gmail.com'
    sel = selector or ('20230601' if d == 'gmail.com' else 'google')
    hl = 'to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to'
    if m.in_reply_to:
        hl = 'to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to'
    t = m.sent()
    tr.append(('DKIM-Signature', dkim_sig(m, d, sel, hl, t=t, x=t + TD(days=7), extra='darn=example.com;')))
    tr.append(('X-Google-DKIM-Signature', dkim_sig(m, '1e100.net', '20230601', hl, t=t, x=t + TD(days=7), record=False)))
    tr.append(('X-Gm-Message-State', 'AOJu0Y' + rstr(rng, 60, ALNUM + '+/')))
    tr.append(('X-Gm-Gg', 'ASbGnc' + rstr(rng, 118, ALNUM + '+/') + '=='))
    tr.append(('X-Google-Smtp-Source', 'AGHT+I' + rstr(rng, 82, ALNUM + '+/') + '=='))
    tr.append(('X-Received', 'by 2002:a17:906:%x:b0:%x:%x:%x with SMTP id\n %s;\n        %s' % (
        rng.randrange(0x1000, 0xffff), rng.randrange(0x100, 0xfff), rng.randrange(0x1000, 0xffff),
        rng.randrange(0x1000, 0xffff), rstr(rng, 30, 'abcdef0123456789') + 'mr' + str(rng.randrange(10 ** 8, 10 ** 9)) + 'b.'
        + str(rng.randrange(1, 60)) + '.' + str(int(t.timestamp() * 1000)), L('pt', t))))
    return {'trace': tr, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'cipher': 'TLS_AES_128_GCM_SHA256',
            'env_from': m.env_from or m.frm.email, 'spf': 'pass', 'date': Ln(zone, m.sent())}


# ---------------------------------------------------------------- own Postfix relays / hosting

def postfix_relay(m, relay, relay_ip, client_ip, client_rdns=None, dkim=None, zone='cet', webmail=False,
                  spf='pass', opendkim=True, extra_trace=None, tls_in='TLSv1.3'):
    rng = m.rng
    t1, = hops(m, 1)
    qid = postfix_short_qid(rng)
    tr = []
    if dkim:
        if opendkim:
            tr.append(('DKIM-Filter', 'OpenDKIM Filter v2.11.0 %s %s' % (relay, qid)))
        tr.append(('DKIM-Signature', dkim_sig(m, dkim[0], dkim[1], 'from:to:subject:date:from;' if False else
                                              'from:to:subject:date:message-id:from', t=t1)))
    if webmail:
        rcv = ('from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s'
               '\n\tfor <%s>; %s' % (webmail, m.frm.email, relay, qid, m.our_rcpt(), L(zone, t1)))
    else:
        rcv = ('from [%s] (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t '
               'key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)\n\t(No client '
               'certificate requested)\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\t'
               'for <%s>; %s' % (client_ip, client_rdns or 'unknown', client_ip, m.frm.email, relay, qid,
                                 m.our_rcpt(), L(zone, t1)))
    tr.append(('Received', rcv))
    tr += extra_trace or []
    return {'trace': tr, 'client': (relay, relay, relay_ip), 'tls': tls_in, 'env_from': m.env_from or m.frm.email,
            'spf': spf}


def exim_cpanel(m, server, server_ip, user_domain, mode='auth', client_ip=None, client_helo=None, php_user=None,
                dkim_sel='default', zone='cet', spf='pass', script=None, sign=True):
    rng = m.rng
    t1, = hops(m, 1)
    xid = _exim_id(rng)
    tr = []
    if sign:
        tr.append(('DKIM-Signature', dkim_sig(m, user_domain, dkim_sel,
                                              'Content-Transfer-Encoding:Content-Type:\n\tMIME-Version:Message-ID:Subject:'
                                              'Reply-To:From:To:Date:Sender:Cc:\n\tContent-ID:Content-Description:'
                                              'Resent-Date:Resent-From:Resent-Sender:\n\tResent-To:Resent-Cc:'
                                              'Resent-Message-ID:In-Reply-To:References:\n\tList-Id:List-Help:'
                                              'List-Unsubscribe:List-Subscribe:List-Post:List-Owner:\n\tList-Archive',
                                              t=t1)))
    env = m.env_from or m.frm.email
    if mode == 'php':
        rcv = ('from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
               % (php_user, server, env, xid, m.our_rcpt(), Ln(zone, t1)))
    else:
        rcv = ('from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.1)'
               '\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
               % (client_ip, rng.randrange(49152, 65535), client_helo or '[%s]' % client_ip, server, env, xid,
                  m.our_rcpt(), Ln(zone, t1)))
    tr.append(('Received', rcv))
    tail = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
            ('X-AntiAbuse', 'Primary Hostname - %s' % server),
            ('X-AntiAbuse', 'Original Domain - example.com'),
            ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((1234, 1237) if mode == 'php' else (47, 12))),
            ('X-AntiAbuse', 'Sender Address Domain - %s' % env.split('@')[1])]
    if mode == 'php':
        tail += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (server, php_user)),
                 ('X-Authenticated-Sender', '%s: %s' % (server, m.frm.email)),
                 ('X-Source', '/opt/cpanel/ea-php82/root/usr/bin/php-cgi'),
                 ('X-Source-Args', '/opt/cpanel/ea-php82/root/usr/bin/php-cgi '),
                 ('X-Source-Dir', '%s:/public_html%s' % (user_domain, script or '/wp-admin'))]
    else:
        tail += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (server, env)),
                 ('X-Authenticated-Sender', '%s: %s' % (server, env)),
                 ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
    return {'trace': tr, 'tail': tail, 'client': (server, server, server_ip), 'tls': 'TLSv1.3', 'env_from': env,
            'spf': spf, 'date': Ln(zone, m.sent())}


def united_internet(m, brand='gmx', client_ip='91.64.112.19', web=True, zone='cet'):
    """GMX / WEB.DE / IONOS (mout.*) outbound."""
    rng = m.rng
    info = {'gmx': ('mout.gmx.net', '212.227.17.%d' % rng.choice([20, 21, 22]), 'mail.gmx.net', 'mrgmx', 'gmx.de',
                    's31663417', '3c-app-gmx-bs%02d' % rng.randrange(1, 70)),
            'web': ('mout.web.de', '212.227.15.%d' % rng.choice([3, 4, 14]), 'web.de', 'mrweb', 'web.de', 's29768273',
                    '3c-app-webde-bs%02d' % rng.randrange(1, 70)),
            'ionos': ('mout.kundenserver.de', '212.227.126.%d' % rng.choice([130, 133, 134, 135, 187]),
                      'mrelayeu.kundenserver.de', 'mreue', None, None, None)}[brand]
    host, ip, relay, mr, dk_d, dk_s, app = info
    t1, t2 = hops(m, 2)
    tr = []
    if dk_d:
        tr.append(('DKIM-Signature', dkim_sig(m, dk_d, dk_s, 'x-ui-sender-class:mime-version:message-id:from:to:subject:\n\t '
                                              'content-type:date:cc:content-transfer-encoding:\n\t in-reply-to:references',
                                              t=t2, extra='i=%s;' % m.frm.email)))
        tr[-1] = ('DKIM-Signature', tr[-1][1])
    nemesis = '1M%s-1t%s' % (rstr(rng, 5), rstr(rng, 14))
    if web and app:
        tr.append(('X-UI-Sender-Class', ruuid(rng)))
        tr.append(('Received', 'from %s ([%s]) by %s (%s%03d [212.227.17.%d])\n with ESMTPSA (Nemesis) id %s; %s'
                   % (app, '172.19.%d.%d' % (rng.randrange(128, 200), rng.randrange(2, 250)), relay, mr,
                      rng.randrange(100, 120), rng.randrange(160, 200), nemesis, Ln(zone, t2))))
        tr.append(('Received', 'from [%s] ([%s]) by web-mail.%s\n (%s.server.lan [172.19.%d.%d])\n (via HTTP); %s'
                   % (client_ip, client_ip, dk_d, app, rng.randrange(128, 200), rng.randrange(2, 250),
                      Ln(zone, t1))))
    else:
        tr.append(('Received', 'from [192.168.178.%d] ([%s]) by %s (%s%03d\n [213.165.67.%d]) with ESMTPSA (Nemesis) id %s;'
                   ' %s' % (rng.randrange(20, 60), client_ip, relay, mr, rng.randrange(100, 120),
                            rng.randrange(97, 124), nemesis, Ln(zone, t1))))
    tail = [('X-Provags-ID', 'V03:K1:' + rstr(rng, 72, ALNUM + '+/')),
            ('X-Spam-Flag', 'NO'),
            ('UI-OutboundReport', 'notjunk:1;M01:P0:' + rstr(rng, 11, ALNUM + '+/') + '=;' + rstr(rng, 60, ALNUM + '+/'))]
    if web and app:
        tail.insert(0, ('X-UI-Message-Type', 'mail'))
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3',
            'env_from': m.env_from or m.frm.email, 'spf': 'pass'}


def homepl(m, client_ip='31.0.12.34', client_rdns=None, server='cloudserver090619.home.pl', ip='79.96.170.134',
           dkim_sel='dkim'):
    rng = m.rng
    t1, t2 = hops(m, 2)
    qid = postfix_qid(rng, t1)
    tr = [('X-Virus-Scanned', 'by AMaViS 0.3.1'),
          ('Received', 'from localhost (127.0.0.1) (HELO %s)\n by %s (79.96.170.134) with SMTP (IdeaSmtpServer 6.2.1)\n'
                       ' via TCP with SMTP; %s' % (server, server, Ln('cet', t2))),
          ('DKIM-Signature', dkim_sig(m, m.frm.domain, dkim_sel, 'from:to:subject:date:message-id:mime-version', t=t1)),
          ('Received', 'from [192.168.1.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s'
                       '\n\tfor <%s>; %s' % (rng.randrange(10, 60), client_rdns or 'unknown', client_ip, m.frm.email,
                                             server, qid, m.our_rcpt(), L('cet', t1)))]
    tail = [('X-CLIENT-IP', client_ip), ('X-CLIENT-HOSTNAME', client_rdns or client_ip),
            ('X-VADE-SPAMSTATE', 'clean'),
            ('X-VADE-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeffedrvdeg' + rstr(rng, 60, 'abcdefghijklmnopqrstuvwxyz')),
            ('X-DCC--Metrics', '%s 1104; Body=%d Fuz1=%d Fuz2=%d' % (server, rng.randrange(1, 9), rng.randrange(1, 9),
                                                                     rng.randrange(1, 9)))]
    return {'trace': tr, 'tail': tail, 'client': (server, server, ip), 'tls': 'TLSv1.3',
            'env_from': m.env_from or m.frm.email, 'spf': 'pass'}


def aruba(m, client_ip='93.45.117.20', sign=True):
    rng = m.rng
    t1, = hops(m, 1)
    n = rng.randrange(10, 99)
    host = 'smtpcmd%04d.aruba.it' % rng.randrange(1000, 1200)
    ip = '62.149.156.%d' % n
    tr = []
    if sign:
        tr.append(('DKIM-Signature', dkim_sig(m, 'aruba.it', 'a1', 'from:to:subject:date:message-id:mime-version:content-type',
                                              t=t1, record=True)))
    tr.append(('Received', 'from [192.168.1.%d] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
               % (rng.randrange(2, 60), client_ip, rstr(rng, 10), Ln('cet', t1))))
    tail = [('X-CMAE-Envelope', 'MS4xfD' + rstr(rng, 100, ALNUM + '+/'))]
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3',
            'env_from': m.env_from or m.frm.email, 'spf': 'pass'}


def ovh(m, client_ip, zone='cet', sign_dom=None):
    rng = m.rng
    t1, t2 = hops(m, 2)
    mo = rng.randrange(500, 640)
    host = '%d.mo%d.mail-out.ovh.net' % (rng.randrange(1, 20), mo)
    ip = '46.105.%d.%d' % (rng.randrange(32, 80), rng.randrange(2, 250))
    tr = []
    if sign_dom:
        tr.append(('DKIM-Signature', dkim_sig(m, sign_dom, 'ovhmo%d-selector1' % rng.randrange(1000, 9999),
                                              'From:To:Subject:Date:Message-ID', t=t2)))
    tr.append(('Received', 'from ex%d.mail.ovh.net (unknown [10.%d.%d.%d])\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTPS '
               'id %s\n\tfor <%s>; %s' % (rng.randrange(2, 5), rng.randrange(100, 120), rng.randrange(1, 250),
                                          rng.randrange(1, 250), mo, postfix_short_qid(rng), m.our_rcpt(), L('utc', t2))))
    tr.append(('Received', 'from [192.168.0.%d] (%s) by ex%d.mail.ovh.net\n (172.16.2.%d) with Microsoft SMTP Server\n '
               '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s'
               % (rng.randrange(2, 99), client_ip, rng.randrange(2, 5), rng.randrange(2, 40), Ln(zone, t1))))
    tail = [('X-Ovh-Tracer-GUID', ruuid(rng)), ('X-Ovh-Tracer-Id', str(rng.randrange(10 ** 18, 10 ** 19))),
            ('X-VR-SPAMSTATE', 'OK'), ('X-VR-SPAMSCORE', '0'),
            ('X-VR-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeffedr' + rstr(rng, 50, 'abcdefghijklmnopqrstuvwxyz'))]
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3',
            'env_from': m.env_from or m.frm.email, 'spf': 'pass'}


def yandex360(m, domain=None):
    rng = m.rng
    t1, t2 = hops(m, 2)
    n = rng.choice(['502b', '501d', '103b', '200c', '300a'])
    host = 'forward%s.mail.yandex.net' % n
    ip = '178.154.239.%d' % rng.randrange(70, 220)
    prod = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randrange(10, 90), rng.choice(['vla', 'sas', 'iva', 'klg']))
    d = domain or m.frm.domain
    tr = [('Received', 'from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
           % (prod, prod, '2a02:6b8:c0c:%x:0:640:%x:0' % (rng.randrange(0x1000, 0xffff), rng.randrange(0x1000, 0xffff)),
              host, rstr(rng, 12), m.our_rcpt(), Ln('msk', t2))),
          ('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (prod, rstr(rng, 10), rstr(rng, 8), Ln('msk', t1))),
          ('X-Yandex-Fwd', '1'),
          ('DKIM-Signature', dkim_sig(m, d, 'mail', 'From:Subject:To:Message-Id:Date', t=t1))]
    return {'trace': tr, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'env_from': m.env_from or m.frm.email,
            'spf': 'pass', 'date': Ln('msk', m.sent())}


def mailru(m):
    rng = m.rng
    t1, = hops(m, 1)
    n = rng.randrange(100, 999)
    host = 'f%d.i.mail.ru' % n
    ip = '217.69.128.%d' % rng.randrange(10, 250)
    tr = [('DKIM-Signature', dkim_sig(m, 'mail.ru', 'mail4', 'Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:'
                                                              'To:From:From:Subject:Content-Type:Content-Transfer-Encoding:'
                                                              'To:Cc', t=t1)),
          ('Received', 'by %s with local (envelope-from <%s>)\n\tid %s; %s' % (host, m.env_from or m.frm.email,
                                                                             _exim_id(rng), Ln('msk', t1)))]
    tail = [('Authentication-Results', 'f%d.i.mail.ru; auth=pass smtp.auth=%s smtp.mailfrom=%s' % (n, m.frm.email, m.frm.email)),
            ('X-7564579A', rhex(rng, 16, True)), ('X-77F55803', rstr(rng, 60, ALNUM + '+/') + '=='),
            ('X-Mailru-Src', 'fe'), ('X-Mailru-Sender', rhex(rng, 64, True))]
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'env_from': m.env_from or m.frm.email,
            'spf': 'pass', 'date': Ln('msk', m.sent())}


# ---------------------------------------------------------------- bulk senders

def ses(m, region='eu-west-1', sign_domain=None, sign_sel=None, mailfrom=None, feedback=None):
    rng = m.rng
    ts = int(m.sent().timestamp() * 1000)
    mid = m.sys_kw.get('ses_mid') or '0102%011x-%s-000000' % (ts, ruuid(rng))
    if region == 'us-east-1':
        n = rng.randrange(2, 250)
        host, ip, ses_sel = 'a8-%d.smtp-out.amazonses.com' % n, '54.240.8.%d' % n, '224i4yxa5dv7c2xz3womw6peuasteono'
    elif region == 'eu-central-1':
        a, b = rng.choice([226, 227]), rng.randrange(2, 250)
        host, ip, ses_sel = 'e%d-%d.smtp-out.eu-central-1.amazonses.com' % (a, b), '23.251.%d.%d' % (a, b), \
            '54ecsf3zk7z4mwxwwox7z7bg6e5gwjsz'
        mid = m.sys_kw.get('ses_mid') or '01070%010x-%s-000000' % (ts, ruuid(rng))
    elif region == 'eu-west-2':
        n = rng.randrange(2, 250)
        host, ip, ses_sel = 'a10-%d.smtp-out.eu-west-2.amazonses.com' % n, '54.240.10.%d' % n, \
            'zgydvvo6xmbezh2nvxkfxtkccwnmxdiv'
        mid = m.sys_kw.get('ses_mid') or '010b%011x-%s-000000' % (ts, ruuid(rng))
    else:
        n = rng.randrange(2, 250)
        host, ip, ses_sel = 'a7-%d.smtp-out.eu-west-1.amazonses.com' % n, '54.240.7.%d' % n, \
            'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'
    m.sys_kw['ses_mid'] = mid
    tr = []
    t = m.sent()
    if sign_domain:
        tr.append(('DKIM-Signature', dkim_sig(m, sign_domain, sign_sel or rstr(rng, 32, 'abcdefghijklmnopqrstuvwxyz234567'),
                                              'Content-Type:Message-ID:Date:Subject:To:From:MIME-Version', t=t)))
    tr.append(('DKIM-Signature', dkim_sig(m, 'amazonses.com', ses_sel, 'Content-Type:Message-ID:Date:Subject:To:From:'
                                                                      'MIME-Version:Feedback-ID', t=t)))
    env = mailfrom or ('%s@%s.amazonses.com' % (mid, region if region != 'us-east-1' else 'us-east-1'))
    if not mailfrom:
        env = '%s@%s.amazonses.com' % (mid, region)
    tail = [('Feedback-ID', feedback or '::1.%s.%s=:AmazonSES' % (region, rstr(rng, 43, ALNUM + '+/'))),
            ('X-SES-Outgoing', '%s-%s' % (dates.local('utc', t).strftime('%Y.%m.%d'), ip))]
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'env_from': env, 'spf': 'pass',
            'date': dates.rfc(dates.local('utc', t))}


def sendgrid(m, em_domain=None, sign_domain=None, uid=None):
    rng = m.rng
    t1, t2 = hops(m, 2)
    host = '%s.outbound-mail.sendgrid.net' % rstr(rng, 8, 'abcdefghijklmnopqrstuvwxyz')
    ip = '159.183.%d.%d' % (rng.randrange(0, 255), rng.randrange(2, 250))
    uid = uid or rng.randrange(10 ** 7, 10 ** 8)
    tr = []
    if sign_domain:
        tr.append(('DKIM-Signature', dkim_sig(m, sign_domain, 's1', 'from:content-type:subject:reply-to:to:cc:\n\tcontent-type:'
                                                                   'from:subject:to;', t=t2)))
    else:
        tr.append(('DKIM-Signature', dkim_sig(m, 'sendgrid.net', 'smtpapi', 'from:content-type:subject:reply-to:to:cc:'
                                                                          '\n\tcontent-type:from:subject:to;', t=t2)))
    pod = 'filterdrecv-%s-%s' % (rhex(rng, 10), rstr(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    tr.append(('Received', 'by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%09d' % (
        pod, pod, rhex(rng, 8, True), rstr(rng, 2, '0123456789ABCDEF'), dates.local('utc', t2).strftime('%Y-%m-%d %H:%M:%S'),
        rng.randrange(10 ** 9), rng.randrange(100000, 9999999), rng.randrange(10 ** 9))))
    tr.append(('Received', 'from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)' % (
        rstr(rng, 12, ALNUM), rng.randrange(1, 40), rstr(rng, 22, ALNUM + '-_'),
        dates.local('utc', t1).strftime('%a, %d %b %Y %H:%M:%S'), rng.randrange(1000))))
    env_dom = em_domain or 'sendgrid.net'
    env = 'bounces+%d-%s-%s=example.com@%s' % (uid, rhex(rng, 4), m.our_rcpt().split('@')[0], env_dom)
    tail = [('X-SG-EID', '\n ' + rb64(rng, 90).replace('/', 'u')[:110]),
            ('X-SG-ID', '\n ' + rb64(rng, 80)[:100]),
            ('X-Entity-ID', 'u001.' + rstr(rng, 22, ALNUM + '+/') + '=='),
            ]
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'env_from': env, 'spf': 'pass',
            'date': dates.rfc(dates.local('utc', m.sent()))}


def mailgun(m, mg_domain, region='eu'):
    rng = m.rng
    t1, = hops(m, 1)
    a, b = (rng.choice([228, 230]), rng.randrange(2, 250))
    host = ('m%d-%d.eu.mailgun.net' if region == 'eu' else 'm%d-%d.mailgun.net') % (a, b)
    ip = '159.135.%d.%d' % (a, b)
    tr = [('DKIM-Signature', dkim_sig(m, mg_domain, 'pdk1', 'Content-Transfer-Encoding: Content-Type: Mime-Version: '
                                                           'Subject: Subject: From: From: To: To: Date: Message-Id: '
                                                           'Reply-To: Sender', t=t1).replace('c=relaxed/relaxed', 'c=relaxed/relaxed; q=dns/txt')),
          ('X-Mailgun-Sid', 'WyI%s' % rstr(rng, 80, ALNUM) + 'XSI='),
          ('Received', 'by %s with HTTP id %s; %s' % (rhex(rng, 12), rhex(rng, 24), Ln('utc', t1)))]
    env = 'bounce+%s.%s-%s=example.com@%s' % (rhex(rng, 6), rhex(rng, 6), m.our_rcpt().split('@')[0], mg_domain)
    tail = [('Sender', 'postmaster@%s' % mg_domain), ('X-Mailgun-Batch-Id', rhex(rng, 24))]
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'env_from': env, 'spf': 'pass',
            'date': Ln('utc', m.sent())}


def brevo(m, sign_domain=None):
    rng = m.rng
    t1, = hops(m, 1)
    ip = '77.32.148.%d' % rng.randrange(2, 250)
    host = 'smtp-relay.sendinblue.com'
    tr = []
    if sign_domain:
        tr.append(('DKIM-Signature', dkim_sig(m, sign_domain, 'brevo1', 'from:to:subject:message-id:date:mime-version', t=t1)))
    tr.append(('DKIM-Signature', dkim_sig(m, 'sendinblue.com', 'mail', 'from:to:subject:message-id:date:mime-version:'
                                                                      'list-unsubscribe', t=t1)))
    tr.append(('Received', 'from %s\n\tby smtp-relay.sendinblue.com with ESMTP id %s-%s-%s\n\tfor <%s>; %s'
               % (rstr(rng, 10, ALNUM), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), m.our_rcpt(), Ln('utc', t1))))
    env = 'bounces-%d-%s=example.com@sib.mailin.fr' % (rng.randrange(10 ** 6, 10 ** 7), m.our_rcpt().split('@')[0])
    tail = [('X-Mailin-EID', rstr(rng, 40, ALNUM) + '%7C' + m.our_rcpt().replace('@', '%40') + '%7C%3C' + rstr(rng, 20) + '%3E'),
            ('X-sib-id', rstr(rng, 60, ALNUM + '_-')),
            ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 5, 10 ** 6))),
            ('X-CSA-Complaints', 'csa-complaints@eco.de')]
    return {'trace': tr, 'tail': tail, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'env_from': env, 'spf': 'pass',
            'date': Ln('utc', m.sent())}


def mailchimp(m, sign_domain=None, dc='us21', host=None):
    rng = m.rng
    n, a = host or (rng.randrange(100, 250), rng.randrange(11, 99))
    host = 'mail%d.atl%d.mcdlv.net' % (n, a)
    ip = '198.2.%d.%d' % (rng.randrange(128, 190), n)
    t = m.sent()
    tr = []
    if sign_domain:
        tr.append(('DKIM-Signature', dkim_sig(m, sign_domain, 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:'
                                                                   'List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:'
                                                                   'MIME-Version:CC:Date:From:Subject:\n\t Message-ID:To:Reply-To:'
                                                                   'Cc:List-Unsubscribe', t=t)))
    tr.append(('DKIM-Signature', dkim_sig(m, 'mcdlv.net', 'k1', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:'
                                                               'List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:'
                                                               'MIME-Version:CC:Date:From:Subject:\n\t Message-ID:To:Reply-To:'
                                                               'Cc:List-Unsubscribe', t=t)))
    tr.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4Z%s\n\tfor <%s>; %s'
               % (host, rstr(rng, 13), m.our_rcpt(), Ln('utc', t))))
    u, lid = rhex(rng, 25), rhex(rng, 10)
    m.sys_kw['mc'] = (u, lid, dc)
    env = 'bounce-mc.%s_%d.%d-%s@%s' % (dc, rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 6, 10 ** 7), rhex(rng, 10), host)
    return {'trace': tr, 'client': (host, host, ip), 'tls': 'TLSv1.3', 'env_from': env, 'spf': 'pass',
            'date': dates.rfc(dates.local('utc', t))}


# ---------------------------------------------------------------- platforms and direct senders

def platform(m, helo, ip, rdns=None, env_from=None, trace=None, tail=None, dkims=(), tls='TLSv1.3', spf='pass',
             date_zone='utc'):
    """Generic organisation/platform MTA. trace: list of (name, value-with-{t}-placeholders)."""
    rng = m.rng
    tr = []
    ts = hops(m, max(1, len(trace or [])))
    for (d, s, h) in dkims:
        tr.append(('DKIM-Signature', dkim_sig(m, d, s, h, t=ts[-1])))
    for i, (n, v) in enumerate(trace or []):
        t = ts[len(ts) - 1 - i] if ts else m.sent()
        v = v.replace('{date}', L(date_zone, t)).replace('{daten}', Ln(date_zone, t)) \
             .replace('{qid}', postfix_short_qid(rng)).replace('{lqid}', postfix_qid(rng, t)) \
             .replace('{rcpt}', m.our_rcpt()).replace('{exim}', _exim_id(rng))
        tr.append((n, v))
    return {'trace': tr, 'tail': tail or [], 'client': (helo, rdns or helo, ip), 'tls': tls,
            'env_from': env_from if env_from is not None else (m.env_from or m.frm.email), 'spf': spf,
            'date': Ln(date_zone, m.sent())}


def direct(m, helo, ip, rdns='unknown', env_from=None, spf='softfail', tls=None, fake_trace=None, zone='utc'):
    tr = []
    for v in fake_trace or []:
        tr.append(('Received', v.replace('{daten}', Ln(zone, m.sent()))))
    return {'trace': tr, 'client': (helo, rdns, ip), 'tls': tls, 'env_from': env_from or m.frm.email, 'spf': spf,
            'date': Ln(zone, m.sent())}


def ses_msgid(m, region='eu-west-1'):
    ts = int(m.sent().timestamp() * 1000)
    pre = {'eu-central-1': '01070%010x', 'eu-west-2': '010b%011x'}.get(region, '0102%011x')
    mid = (pre % ts) + '-%s-000000' % ruuid(m.rng)
    m.sys_kw['ses_mid'] = mid
    return '<%s@%s.amazonses.com>' % (mid, region)
