"""Sending infrastructure profiles: each returns the hops *below* mx01, the client mx01 saw,
extra headers in the sending system's style, a Message-ID and a Return-Path.

Every profile is called as profile(ctx, **kw) where ctx has: t (Date, UTC), rcpt, frm (address),
seed (unique string), domain (sender domain), tz (sender's zone for Date).
"""
from util import h, alnum, b64u, num, uuid, rfc, minus, plus

CRLF = '\r\n'
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)' + CRLF +
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
TLS12 = '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'


def pf_qid(seed):
    return alnum('qid' + seed, 1, '3456789') + alnum('q2' + seed, 9, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy0123456789') + 'z' + alnum('q3' + seed, 3, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')


def exim_id(seed):
    return '1' + alnum('e1' + seed, 5) + '-' + '0000000' + alnum('e2' + seed, 4, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') + '-' + alnum('e3' + seed, 4)


def mx01(client, rcpt, t, seed, tls='1.3'):
    helo, rdns, ip = client
    s = 'Received: from %s (%s [%s])' % (helo, rdns or 'unknown', ip)
    if tls == '1.3':
        s += CRLF + '\t' + TLS13 + CRLF + '\t(No client certificate requested)'
    elif tls == '1.2':
        s += CRLF + '\t' + TLS12 + CRLF + '\t(No client certificate requested)'
    s += CRLF + '\tby mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', pf_qid(seed))
    s += CRLF + '\tfor <%s>; %s' % (rcpt, rfc(t, 'CE', comment=True))
    return s


def postfix_hop(frm_helo, frm_rdns, frm_ip, by, t, seed, zone='CE', tls='1.3', auth=None, rcpt=None,
                proto=None, comment_tz=True):
    s = 'Received: from %s (%s [%s])' % (frm_helo, frm_rdns or 'unknown', frm_ip)
    if tls == '1.3':
        s += CRLF + '\t' + TLS13 + CRLF + '\t(No client certificate requested)'
    elif tls == '1.2':
        s += CRLF + '\t' + TLS12 + CRLF + '\t(No client certificate requested)'
    if auth:
        s += CRLF + '\t(Authenticated sender: %s)' % auth
    p = proto or (('ESMTPSA' if auth else 'ESMTPS') if tls else ('ESMTPA' if auth else 'ESMTP'))
    s += CRLF + '\tby %s (Postfix) with %s id %s' % (by, p, pf_qid(seed + by))
    if rcpt:
        s += CRLF + '\tfor <%s>; %s' % (rcpt, rfc(t, zone, comment=comment_tz))
    else:
        s += '; ' + rfc(t, zone, comment=comment_tz)
    return s


def ipv4(seed, prefix):
    parts = prefix.split('.')
    while len(parts) < 4:
        parts.append(str(num(seed + str(len(parts)), 2, 250)))
    return '.'.join(parts)


def base(ctx, client, hops, headers, msgid, return_path=None, tls='1.3', delay=None):
    return dict(client=client, hops=hops, headers=headers, msgid=msgid,
                return_path=return_path or ctx['frm'], tls=tls, delay=delay)


# ------------------------------------------------------------------------------- our own Exchange

EXCH = [('EXCH01.corp.example.com', '10.20.1.11'), ('EXCH02.corp.example.com', '10.20.1.12')]


def internal(ctx, client_ip='10.20.3.57', lang='de-DE', topic=None, has_attach=False, index=None, mailer=None):
    t = ctx['t']
    s = ctx['seed']
    mbx, mbx_ip = EXCH[num(s + 'mbx', 0, 1)]
    hub, hub_ip = EXCH[1 - num(s + 'mbx', 0, 1)]
    hops = [
        'Received: from %s (%s [%s])' % (hub, hub.lower(), hub_ip) + CRLF + '\t' + TLS12 + CRLF +
        '\t(No client certificate requested)' + CRLF +
        '\tby mail-int01.example.com (Postfix) with ESMTPS id %s' % pf_qid(s + 'int') + CRLF +
        '\tfor <%s>; %s' % (ctx['rcpt'], rfc(plus(t, 2), 'CE', comment=True)),
        'Received: from %s (%s) by %s' % (mbx, mbx_ip, hub) + CRLF +
        ' (%s) with Microsoft SMTP Server (version=TLS1_2,' % hub_ip + CRLF +
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; ' + rfc(plus(t, 1), 'CE'),
        'Received: from %s ([fe80::%s:%s:%s:%s]) by' % (mbx, h(s + 'a', 4), h(s + 'b', 4), h(s + 'c', 4), h(s + 'd', 4)) + CRLF +
        ' %s ([fe80::%s:%s:%s:%s%%13]) with mapi id' % (mbx, h(s + 'a', 4), h(s + 'b', 4), h(s + 'c', 4), h(s + 'd', 4)) + CRLF +
        ' 15.02.1544.014; ' + rfc(t, 'CE'),
    ]
    tindex = index or ('AQH' + b64u(s + 'ti', 30)[:38] + '==')
    headers = [
        ('Thread-Topic', topic),
        ('Thread-Index', tindex),
        ('Accept-Language', '%s, en-US' % lang),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', 'yes' if has_attach else ''),
        ('X-MS-TNEF-Correlator', ''),
        ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
        ('x-originating-ip', '[%s]' % client_ip),
    ]
    msgid = '<%s@%s>' % (h(s + 'mid', 32), mbx)
    return base(ctx, ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), hops, headers, msgid,
                tls='1.2', delay=3)


# ------------------------------------------------------------------------------- Microsoft 365 tenants

def _m365_server(seed, region='eurprd', nn=None):
    pre = ['AM0PR', 'DB9PR', 'PAXPR', 'AS8PR', 'DU0PR', 'VI1PR', 'GV1PR', 'FR4PR', 'PA4PR'][num(seed, 0, 8)]
    nn = nn or '%02d' % num(seed + 'n', 1, 10)
    return '%s%sMB%04d' % (pre, nn, num(seed + 'm', 1000, 9999)), nn, region


def m365(ctx, lang='de-DE', topic=None, has_attach=False, tenant_id=None, client_ip=None, consumer=False, xmailer=None,
         obe='EUR05-AM6-obe', mailip=None):
    s = ctx['seed']
    t = ctx['t']
    srv, nn, region = _m365_server(s)
    hub, _, _ = _m365_server(s + 'hub', nn=nn)
    fqdn = '%s.%s%s.prod.outlook.com' % (srv, region, nn)
    hubf = '%s.%s%s.prod.outlook.com' % (hub, region, nn)
    ip = mailip or ipv4(s + 'o', '40.107.%d' % num(s + 'o3', 1, 250))
    onhost = 'mail-%s%s.outbound.protection.outlook.com' % (obe.split('-')[1].lower() + obe.split('-')[0][:3].lower() + obe.split('-')[0][3:], 'on2%03d' % num(s + 'on', 1, 999))
    v6a = '2603:10a6:%x:%x::%x' % (num(s + '6a', 10, 900), num(s + '6b', 1, 999), num(s + '6c', 1, 30))
    v6b = '2603:10a6:%x:%x::%x' % (num(s + '7a', 10, 900), num(s + '7b', 1, 999), num(s + '7c', 1, 30))
    hops = [
        'Received: from %s (%s) by' % (fqdn, v6a) + CRLF +
        ' %s (%s) with Microsoft SMTP Server' % (hubf, v6b) + CRLF +
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.21;' + CRLF +
        ' ' + rfc(plus(t, 1), 'UTC').replace('+0000', '+0000'),
        'Received: from %s' % fqdn + CRLF +
        ' ([fe80::%s:%s:%s:%s%%4]) by %s' % (h(s + 'f1', 4), h(s + 'f2', 4), h(s + 'f3', 4), h(s + 'f4', 4), fqdn) + CRLF +
        ' ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.8722.020; %s' % (h(s + 'f1', 4), h(s + 'f2', 4), h(s + 'f3', 4), h(s + 'f4', 4), rfc(t, 'UTC')),
    ]
    tid = tenant_id or uuid(ctx['domain'] + 'tenant')
    headers = [
        ('Thread-Topic', topic),
        ('Thread-Index', 'AQH' + b64u(s + 'ti', 30)[:38] + '=='),
        ('Accept-Language', '%s, en-US' % lang),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', 'yes' if has_attach else ''),
        ('X-MS-TNEF-Correlator', ''),
    ]
    if xmailer:
        headers.append(('X-Mailer', xmailer))
    headers += [
        ('x-ms-publictraffictype', 'Email'),
        ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv, hub)),
        ('x-ms-office365-filtering-correlation-id', uuid(s + 'corr')),
        ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
        ('X-MS-Exchange-CrossTenant-AuthSource', fqdn),
        ('X-MS-Exchange-CrossTenant-Network-Message-Id', uuid(s + 'nmid')),
        ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04dZ' % (
            minus(t, 0).strftime('%d %b %Y %H:%M:%S').lstrip('0'), num(s + 'ms', 1000, 9999))),
        ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
        ('X-MS-Exchange-CrossTenant-id', tid),
        ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hub),
    ]
    if consumer:
        headers = [x for x in headers if not x[0].startswith('X-MS-Exchange-CrossTenant-AuthSource')]
    msgid = '<%s%s@%s>' % (srv, h(s + 'mid', 28).upper(), fqdn)
    if consumer:
        msgid = msgid.upper()
    return base(ctx, (onhost.replace('mail-', obe + '.') if False else obe + '.outbound.protection.outlook.com',
                      onhost, ip), hops, headers, msgid, tls='1.2', delay=4)


# ------------------------------------------------------------------------------- small business servers

def postfix_own(ctx, server, server_ip, client_ip, client_rdns, mua='thunderbird', helo_client=None, lang='de-DE',
                auth=True, tz='CE', extra_hop=None, tls='1.3', sub_tls='1.3'):
    s = ctx['seed']
    t = ctx['t']
    helo_client = helo_client or '[192.168.%d.%d]' % (num(s + 'l1', 0, 20), num(s + 'l2', 10, 200))
    hops = [postfix_hop(helo_client, client_rdns, client_ip, server, plus(t, 1), s, zone=tz,
                        auth=ctx['frm'] if auth else None, tls=sub_tls)]
    if extra_hop:
        hops = hops + [extra_hop]
    headers = []
    if mua == 'thunderbird':
        msgid = '<%s@%s>' % (uuid(s + 'tb'), ctx['domain'])
        headers += [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang)]
    elif mua == 'outlook':
        msgid = '<%s$%s$%s$@%s>' % ('000001dc' + h(s + 'o1', 4), h(s + 'o2', 8), h(s + 'o3', 8), ctx['domain'])
        headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + b64u(s + 'ti', 24)[:30] + '='),
                    ('Content-Language', lang)]
    elif mua == 'apple':
        msgid = '<%s@%s>' % (uuid(s + 'ap', upper=True), ctx['domain'])
        headers += [('X-Mailer', 'Apple Mail (2.3826.200.121)')]
    elif mua == 'iphone':
        msgid = '<%s@%s>' % (uuid(s + 'ip', upper=True), ctx['domain'])
        headers += [('X-Mailer', 'iPhone Mail (22B91)')]
    elif mua == 'datev':
        msgid = '<%s.%s@%s>' % (h(s + 'dv', 16).upper(), h(s + 'dv2', 8).upper(), ctx['domain'])
        headers += [('X-Mailer', 'DATEV Mail 12.3')]
    elif mua == 'sap':
        msgid = '<%s@%s>' % (h(s + 'sap', 32).upper(), server)
        headers += [('X-Mailer', 'SAP NetWeaver 7.50')]
    elif mua == 'roundcube':
        msgid = '<%s@%s>' % (h(s + 'rc', 32), ctx['domain'])
        headers += [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', ctx['frm'])]
    elif mua == 'phpmailer':
        msgid = '<%s@%s>' % (alnum(s + 'pm', 43), server)
        headers += [('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')]
    else:
        msgid = '<%s@%s>' % (h(s + 'x', 24), ctx['domain'])
    return base(ctx, (server, server, server_ip), hops, headers, msgid, tls=tls, delay=2)


def exim_cpanel(ctx, server, server_ip, client_ip, domain=None, mua='roundcube', webmail=True, tz='CE', helo='[127.0.0.1]'):
    """A shared cPanel host (Exim) sending for a customer domain: typical of compromised small businesses."""
    s = ctx['seed']
    t = ctx['t']
    dom = domain or ctx['domain']
    if webmail:
        hop = ('Received: from [%s] (port=%d helo=%s.%s)' % (client_ip, num(s + 'pt', 40000, 65000), 'webmail', dom) + CRLF +
               '\tby %s with esmtpa (Exim 4.98)' % server + CRLF +
               '\t(envelope-from <%s>)' % ctx['frm'] + CRLF +
               '\tid %s' % exim_id(s) + CRLF + '\tfor %s; %s' % (ctx['rcpt'], rfc(plus(t, 1), tz)))
    else:
        hop = ('Received: from [%s] (port=%d helo=%s)' % (client_ip, num(s + 'pt', 40000, 65000), helo) + CRLF +
               '\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384' % server + CRLF +
               '\t(Exim 4.98)' + CRLF +
               '\t(envelope-from <%s>)' % ctx['frm'] + CRLF +
               '\tid %s' % exim_id(s) + CRLF + '\tfor %s; %s' % (ctx['rcpt'], rfc(plus(t, 1), tz)))
    headers = []
    if mua == 'roundcube':
        headers += [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', ctx['frm'])]
        msgid = '<%s@%s>' % (h(s + 'rc', 32), dom)
    elif mua == 'phpmailer':
        headers += [('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')]
        msgid = '<%s@%s>' % (alnum(s + 'pm', 43), dom)
    elif mua == 'outlook':
        headers += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + b64u(s + 'ti', 24)[:30] + '=')]
        msgid = '<%s$%s$%s$@%s>' % ('000001dc' + h(s + 'o1', 4), h(s + 'o2', 8), h(s + 'o3', 8), dom)
    else:
        msgid = '<%s@%s>' % (uuid(s), dom)
        headers += [('User-Agent', 'Mozilla Thunderbird')]
    headers += [
        ('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
        ('X-AntiAbuse', 'Primary Hostname - %s' % server),
        ('X-AntiAbuse', 'Original Domain - %s' % ctx['rcpt'].split('@')[1]),
        ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
        ('X-AntiAbuse', 'Sender Address Domain - %s' % dom),
        ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (server, ctx['frm'])),
        ('X-Authenticated-Sender', '%s: %s' % (server, ctx['frm'])),
        ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', ''),
    ]
    return base(ctx, (server, server, server_ip), [hop], headers, msgid, tls='1.3', delay=3)


def vps(ctx, helo, rdns, ip, mailer='phpmailer', tls='1.3', local_hop=True, tz='UTC', msgid_host=None, xmailer=None):
    """Attacker-controlled VPS running Postfix, message injected by a script/bulk tool."""
    s = ctx['seed']
    t = ctx['t']
    hops = []
    if local_hop:
        hops.append('Received: by %s (Postfix, from userid 33)' % helo + CRLF +
                    '\tid %s; %s' % (pf_qid(s + 'l'), rfc(plus(t, 1), tz, comment=True)))
    headers = []
    host = msgid_host or ctx['domain']
    if mailer == 'phpmailer':
        headers.append(('X-Mailer', xmailer or 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)'))
        msgid = '<%s@%s>' % (alnum(s + 'pm', 43), host)
    elif mailer == 'outlook':
        headers += [('X-Mailer', xmailer or 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + b64u(s + 'ti', 24)[:30] + '=')]
        msgid = '<%s$%s$%s$@%s>' % ('000001dc' + h(s + 'o1', 4), h(s + 'o2', 8), h(s + 'o3', 8), host)
    elif mailer == 'thunderbird':
        headers += [('User-Agent', 'Mozilla Thunderbird')]
        msgid = '<%s@%s>' % (uuid(s + 'tb'), host)
    elif mailer == 'roundcube':
        headers += [('User-Agent', 'Roundcube Webmail/1.6.9')]
        msgid = '<%s@%s>' % (h(s + 'rc', 32), host)
    else:
        if xmailer:
            headers.append(('X-Mailer', xmailer))
        msgid = '<%s.%s@%s>' % (h(s + 'g', 16), num(s, 100000, 999999), host)
    return base(ctx, (helo, rdns, ip), hops, headers, msgid, tls=tls, delay=2)


# ------------------------------------------------------------------------------- consumer mail

def gmail(ctx, client='web'):
    s = ctx['seed']
    t = ctx['t']
    n = num(s + 'g', 1, 80)
    host = 'mail-%s-f%d.google.com' % (['wr1', 'wm1', 'ej1', 'ed1', 'lf1', 'lj1', 'qt1', 'pl1'][num(s, 0, 7)], n)
    ip = '209.85.%d.%d' % ([128, 208, 218, 221, 167, 219, 160, 214][num(s, 0, 7)], n)
    smtpid = '%s-%s%s.%d' % (['ffacd0b85a97d', 'a640c23a62f3a', '2adb3069b0e04', '5b1f17b1804b1'][num(s + 'k', 0, 3)],
                             h(s + 'sid', 14), 'f8f', num(s + 'z', 1, 9))
    hops = ['Received: by %s with SMTP id %s' % (host, smtpid) + CRLF +
            '        for <%s>; %s' % (ctx['rcpt'], rfc(plus(t, 1), 'PT', comment=True))]
    if client == 'mobile':
        hops.append('Received: from %d named unknown by gmailapi.google.com with' % num(s + 'u', 10 ** 11, 10 ** 12 - 1) + CRLF +
                    ' HTTPREST; ' + rfc(t, 'PT'))
    headers = [
        ('X-Google-DKIM-Signature', None),
        ('X-Gm-Message-State', 'AOJu0Y' + b64u(s + 'gms', 48)[:60]),
        ('X-Google-Smtp-Source', 'AGHT+IF' + b64u(s + 'gss', 60)[:76]),
        ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;' % (
            num(s + 'x1', 0x6000, 0x6400), num(s + 'x2', 0x100, 0xfff), num(s + 'x3', 0x300, 0x3ff),
            num(s + 'x4', 0x100, 0xfff), num(s + 'x5', 0x100, 0xfff), h(s + 'xs', 18)) + CRLF +
         '        ' + rfc(plus(t, 1), 'PT', comment=True)),
    ]
    headers = [x for x in headers if x[1] is not None]
    msgid = '<CA%s@mail.gmail.com>' % (b64u(s + 'mid', 40)[:40].replace('-', '+').replace('_', '='))
    return base(ctx, (host, host, ip), hops, headers, msgid, tls='1.3', delay=2)


def gmx(ctx, client_ip, brand='gmx', ua=None):
    s = ctx['seed']
    t = ctx['t']
    if brand == 'gmx':
        mout, mip, web = 'mout.gmx.net', '212.227.17.%d' % num(s, 20, 22), 'web-mail.gmx.net'
        app = '3c-app-gmx-bap%02d' % num(s + 'a', 10, 70)
    else:
        mout, mip, web = 'mout.web.de', '217.72.192.%d' % num(s, 77, 78), 'web-mail.web.de'
        app = '3c-app-webde-bs%02d' % num(s + 'a', 10, 70)
    if ua:
        hops = ['Received: from [192.168.178.%d] ([%s]) by mail.%s' % (num(s + 'l', 20, 60), client_ip, mout.split('.', 1)[1]) + CRLF +
                ' (mrgmx%03d [%s]) with ESMTPSA (Nemesis) id 1M%s-%s; %s' % (
                    num(s + 'mr', 1, 110), mip, alnum(s + 'n1', 5), alnum(s + 'n2', 10), rfc(plus(t, 1), 'CE'))]
        msgid = '<%s@%s>' % (uuid(s), ctx['domain'])
        headers = [('User-Agent', ua)]
    else:
        hops = ['Received: from [%s] ([%s]) by %s' % (client_ip, client_ip, web) + CRLF +
                ' (%s.server.lan [172.19.172.%d]) (via HTTP); %s' % (app, num(s + 'h', 10, 250), rfc(plus(t, 1), 'CE'))]
        msgid = '<trinity-%s-%d@%s>' % (uuid(s), 1790000000000 + num(s + 'ts', 1, 9999999), app)
        headers = [('X-Priority', '3'), ('Importance', 'normal'), ('Sensitivity', 'Normal'),
                   ('X-UI-Message-Type', 'mail')]
    headers.append(('X-Provags-ID', 'V03:K1:' + b64u(s + 'prov', 180)[:220]))
    headers.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + b64u(s + 'obr', 12)[:16] + '=;' + b64u(s + 'obr2', 60)[:70]))
    return base(ctx, (mout, mout, mip), hops, headers, msgid, tls='1.3', delay=2)


def libero(ctx, client_ip):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 10, 60)
    out = 'libero.it'
    hops = ['Received: from wmail%02d.iol.local ([10.101.%d.%d])' % (num(s + 'w', 1, 40), num(s + 'a', 1, 9), num(s + 'b', 1, 250)) + CRLF +
            '\tby smtp-%d-i2.italiaonline.it with ESMTPA' % n + CRLF +
            '\tid %s; %s' % (alnum(s + 'id', 16, 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), rfc(plus(t, 1), 'CE'))]
    msgid = '<%d.%d.%d@mail.libero.it>' % (num(s + '1', 100000000, 999999999), num(s + '2', 100000, 999999),
                                            1790000000000 + num(s + 'ts', 1, 9999999))
    headers = [('X-Originating-IP', client_ip), ('X-Mailer', 'Libero Mail'),
               ('X-CNFS-Analysis', 'v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s' % (h(s + 'cv', 8), h(s + 'ts2', 8)))]
    host = 'smtp-%d-i2.italiaonline.it' % n
    return base(ctx, (host, host, '213.209.10.%d' % n), hops, headers, msgid, tls='1.3', delay=2)


def wp(ctx, client_ip):
    s = ctx['seed']
    t = ctx['t']
    hops = ['Received: (wp-smtpd smtp.wp.pl %d invoked by uid 990); %s' % (num(s, 10000, 39999), rfc(plus(t, 1), 'CE')),
            'Received: from [%s] by poczta.wp.pl (poczta.wp.pl [10.1.1.%d]) with HTTP' % (client_ip, num(s + 'i', 2, 90)) + CRLF +
            '\tfor <%s>; %s' % (ctx['rcpt'], rfc(t, 'CE'))]
    msgid = '<%s@poczta.wp.pl>' % (h(s + 'wp', 32))
    headers = [('X-Mailer', 'Poczta Wirtualnej Polski'), ('X-WP-MailID', h(s + 'wpid', 32)),
               ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    return base(ctx, ('mx4.wp.pl', 'mx4.wp.pl', '212.77.101.%d' % num(s + 'mx', 8, 12)), hops, headers, msgid, tls='1.3', delay=2)


def otenet(ctx, client_ip, client_rdns, mua='outlook'):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 1, 8)
    hop = ('Received: from DESKTOP-%s (%s [%s])' % (alnum(s + 'pc', 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), client_rdns, client_ip) + CRLF +
           '\tby mailout%d.otenet.gr (8.15.2/8.15.2) with ESMTPSA id 5B%s' % (n, alnum(s + 'sm', 12, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')) + CRLF +
           '\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)' + CRLF +
           '\tfor <%s>; %s' % (ctx['rcpt'], rfc(plus(t, 1), 'EE')))
    msgid = '<%s$%s$%s$@otenet.gr>' % ('000001dc' + h(s + 'o1', 4), h(s + 'o2', 8), h(s + 'o3', 8))
    headers = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + b64u(s + 'ti', 24)[:30] + '='),
               ('Content-Language', 'el')]
    host = 'mailout%d.otenet.gr' % n
    return base(ctx, (host, host, '83.235.69.%d' % (30 + n)), [hop], headers, msgid, tls='1.2', delay=2)


def yandex(ctx, client_ip, webmail=True):
    s = ctx['seed']
    t = ctx['t']
    fw = 'forward%d%s.mail.yandex.net' % (num(s, 100, 503), 'abcd'[num(s + 'l', 0, 3)])
    hops = ['Received: from mail-nwsmtp-smtp-production-main-%02d.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%02d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1f:%x:0:640:%x:0])' % (
                num(s + 'p', 10, 99), num(s + 'p', 10, 99), num(s + 'q', 0x1000, 0x4fff), num(s + 'r', 0x1000, 0xffff)) + CRLF +
            '\tby %s (Yandex) with ESMTPS id %s' % (fw, alnum(s + 'yid', 12)) + CRLF +
            '\tfor <%s>; %s' % (ctx['rcpt'], rfc(plus(t, 1), 'MSK'))]
    if webmail:
        hops.append('Received: from mail.yandex.ru (mail.yandex.ru [%s])' % client_ip + CRLF +
                    '\tby mail-nwsmtp-smtp-production-main-%02d.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;' % (
                        num(s + 'p', 10, 99), alnum(s + 'a1', 10), alnum(s + 'a2', 8)) + CRLF +
                    '\t' + rfc(t, 'MSK'))
        msgid = '<%d%d@mail.yandex.ru>' % (num(s + 'm1', 100000, 999999), 1790000000 + num(s + 'm2', 1, 9999999))
        headers = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), ('X-Yandex-Fwd', '1')]
    else:
        msgid = '<%s@yandex.ru>' % uuid(s)
        headers = [('X-Yandex-Fwd', '1')]
    ip = '178.154.239.%d' % num(s + 'ip', 60, 220)
    return base(ctx, (fw, fw, ip), hops, headers, msgid, tls='1.3', delay=2)


def mailru(ctx, client_ip):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 100, 190)
    hop = ('Received: by f%d.i.mail.ru with local (envelope-from <%s>)' % (n, ctx['frm']) + CRLF +
           '\tid 1%s-00000%s-%s; %s' % (alnum(s + 'x1', 5), alnum(s + 'x2', 3), alnum(s + 'x3', 4), rfc(plus(t, 1), 'MSK')) + CRLF)
    hop = hop.rstrip()
    msgid = '<%d@f%d.i.mail.ru>' % (1790000000 + num(s + 'm', 1, 9999999), n)
    headers = [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[%s]' % client_ip),
               ('X-Mailru-Src', 'web')]
    ip = '95.163.41.%d' % num(s + 'ip', 60, 99)
    host = 'smtp%d.i.mail.ru' % num(s + 'h', 30, 60)
    return base(ctx, (host, host, ip), [hop], headers, msgid, tls='1.3', delay=2)


def outlookcom(ctx, client_ip=None, lang='en-GB'):
    r = m365(ctx, lang=lang, consumer=True, tenant_id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa', obe='EUR02-VI1-obe')
    return r


# ------------------------------------------------------------------------------- ESPs

def sendgrid(ctx, em_domain, uid=None):
    s = ctx['seed']
    t = ctx['t']
    host = '%s.outbound-mail.sendgrid.net' % alnum(s + 'sg', 8, 'abcdefghijklmnopqrstuvwxyz')
    ip = '149.72.%d.%d' % (num(s + 'a', 1, 250), num(s + 'b', 2, 250))
    sgid = alnum(s + 'sgid', 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    pod = 'geopod-ismtpd-%d' % num(s + 'pod', 1, 40)
    hops = ['Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-1B' % (
                h(s + 'r1', 9), alnum(s + 'r2', 5, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                h(s + 'r1', 9), alnum(s + 'r2', 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), h(s + 'r3', 8).upper()) + CRLF +
            '\t%s UTC m=+%d.%09d' % (plus(t, 1).strftime('%Y-%m-%d %H:%M:%S.') + '%09d +0000' % num(s + 'ns', 0, 999999999),
                                      num(s + 'up', 100000, 9999999), num(s + 'u2', 0, 999999999)),
            'Received: from %s (unknown)' % b64u(s + 'uid', 9)[:12] + CRLF +
            '\tby %s (SG) with HTTP' % pod + CRLF +
            '\tid %s' % sgid + CRLF +
            '\t%s.%03d +0000 (UTC)' % (t.strftime('%a, %d %b %Y %H:%M:%S'), num(s + 'ms', 0, 999))]
    uid = uid or num(s + 'uid', 10000000, 49999999)
    rp = 'bounces+%d-%s-%s=%s@%s' % (uid, h(s + 'rp', 4), ctx['rcpt'].split('@')[0], ctx['rcpt'].split('@')[1], em_domain)
    headers = [('X-SG-EID', b64u(s + 'eid', 120)[:160] + '=='), ('X-Entity-ID', b64u(s + 'ent', 16)[:22] + '==')]
    msgid = '<%s@%s>' % (sgid, pod)
    return base(ctx, (host, host, ip), hops, headers, msgid, return_path=rp, tls='1.2', delay=3)


def mailgun(ctx, mg_domain):
    s = ctx['seed']
    t = ctx['t']
    n1, n2 = num(s + 'a', 100, 254), num(s + 'b', 2, 250)
    host = 'm%d-%d.mailgun.net' % (n1 % 240, n2)
    ip = '159.135.%d.%d' % (n1 % 240, n2)
    hops = ['Received: by %s with HTTP id %s; %s' % (h(s + 'r', 12), h(s + 'hid', 24), rfc(plus(t, 1), 'UTC', gmt_word=True))]
    rp = 'bounce+%s.%s-%s=%s@%s' % (h(s + 'b1', 6), h(s + 'b2', 6), ctx['rcpt'].split('@')[0], ctx['rcpt'].split('@')[1], mg_domain)
    headers = [('X-Mailgun-Sid', 'WyI' + b64u(s + 'sid', 40)[:50] + 'Il0='), ('Sender', ctx['frm'].split('@')[0] + '=' + ctx['domain'] + '@' + mg_domain)]
    msgid = '<%s.%s@%s>' % (t.strftime('%Y%m%d%H%M%S'), h(s + 'mid', 16), mg_domain)
    return base(ctx, (host, host, ip), hops, headers, msgid, return_path=rp, tls='1.3', delay=2)


def ses(ctx, region='eu-west-1', feedback='1.eu-west-1.'):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 4, 40)
    host = 'a7-%d.smtp-out.%s.amazonses.com' % (n, region)
    ip = '54.240.7.%d' % n
    mid = '0102019%s-%s-%s-%s-%s-%s-000000' % (h(s + 'a', 9), h(s + 'b', 8), h(s + 'c', 4), h(s + 'd', 4), h(s + 'e', 4), h(s + 'f', 12))
    headers = [('Feedback-ID', '::%s%s=:AmazonSES' % (feedback, b64u(s + 'fb', 33)[:44])),
               ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), ip))]
    msgid = '<%s@%s.amazonses.com>' % (mid, region)
    return base(ctx, (host, host, ip), [], headers, msgid, return_path='%s@%s.amazonses.com' % (mid, region), tls='1.3', delay=1)


def brevo(ctx, list_unsub=None):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 1, 9)
    host = 'ab%d.d.sender-sib.com' % n
    ip = '77.32.148.%d' % n
    headers = [('X-Mailin-EID', b64u(s + 'eid', 40)[:52]),
               ('X-sib-id', b64u(s + 'sib', 70)[:90]),
               ('Feedback-ID', '%s.%d:%d_-1:%d:Brevo' % (ip, num(s + 'a', 1000000, 9999999), num(s + 'b', 1000, 9999), num(s + 'c', 1000000, 9999999)))]
    if list_unsub:
        headers += [('List-Unsubscribe', list_unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    msgid = '<%s.%d@smtp-relay.mailin.fr>' % (t.strftime('%Y%m%d%H%M'), num(s + 'm', 10 ** 10, 10 ** 11 - 1))
    rp = 'bounces-%d-%s=%s@sender-sib.com' % (num(s + 'r', 100000, 999999), ctx['rcpt'].split('@')[0], ctx['rcpt'].split('@')[1])
    return base(ctx, (host, host, ip), [], headers, msgid, return_path=rp, tls='1.3', delay=2)


def mailchimp(ctx, dc='us21', u=None, listid=None):
    s = ctx['seed']
    t = ctx['t']
    n1, n2 = num(s + 'a', 100, 250), num(s + 'b', 11, 250)
    host = 'mail%d.atl%d.rsgsv.net' % (n1, n2)
    ip = '198.2.%d.%d' % (n2 % 200 + 10, n1)
    u = u or h(s + 'u', 25)
    listid = listid or h(s + 'l', 10)
    e = h(s + 'e', 10)
    c = h(s + 'c', 10)
    cid = h(s + 'cid', 10)
    rp = 'bounce-mc.%s_%d.%d-%s=%s@mail%d.atl%d.rsgsv.net' % (dc, num(s + 'x', 10 ** 8, 10 ** 9 - 1), num(s + 'y', 10 ** 6, 10 ** 7 - 1),
                                                              ctx['rcpt'].split('@')[0], ctx['rcpt'].split('@')[1], n1, n2)
    headers = [
        ('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, e)),
        ('X-Campaign', 'mailchimp%s.%s' % (u, cid)),
        ('X-campaignid', 'mailchimp%s.%s' % (u, cid)),
        ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, cid, e)),
        ('X-MC-User', u),
        ('Feedback-ID', '%d:%d.%d:%s:mc' % (num(s + 'f1', 10 ** 7, 10 ** 8), num(s + 'f2', 10 ** 6, 10 ** 7), num(s + 'f3', 10 ** 5, 10 ** 6), dc)),
        ('List-ID', '%s mc list <%s.%s.list-id.mcsv.net>' % ('', u, listid)),
        ('X-Accounttype', 'pd'),
        ('List-Unsubscribe', '<https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (
            'news', dc, u, listid, e, c, dc, u[:10], c, e)),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ]
    msgid = '<%s.%s.%s.%s@mail%d.atl%d.rsgsv.net>' % (u[:10], listid, t.strftime('%Y%m%d%H%M%S'), e, n1, n2)
    return base(ctx, (host, host, ip), [], headers, msgid, return_path=rp, tls='1.3', delay=2)


def freshmail(ctx, list_unsub):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 2, 60)
    host = 'smtp%d.freshmail.pl' % n
    ip = '185.104.%d.%d' % (num(s + 'a', 24, 27), n)
    headers = [('X-Mailer', 'FreshMail.com'), ('X-FMFTID', h(s + 'ft', 32)),
               ('List-Unsubscribe', list_unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
               ('Precedence', 'bulk')]
    msgid = '<%s@freshmail.pl>' % h(s + 'fm', 40)
    rp = 'bounce-%s@bounce.freshmail.pl' % h(s + 'b', 24)
    return base(ctx, (host, host, ip), [], headers, msgid, return_path=rp, tls='1.3', delay=2)


# ------------------------------------------------------------------------------- large services

def google_service(ctx, kind='accounts'):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 65, 73)
    host = 'mail-sor-f%d.google.com' % n
    ip = '209.85.220.%d' % n
    hops = ['Received: by %s with SMTP id %s' % (host, h(s + 'id', 40)) + CRLF +
            '        for <%s>' % ctx['rcpt'] + CRLF +
            '        (Google Transport Security);' + CRLF + '        ' + rfc(plus(t, 1), 'PT', comment=True)]
    headers = [('X-Google-Smtp-Source', 'AGHT+IF' + b64u(s + 'gss', 60)[:76]),
               ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;' % (
                   num(s + 'x1', 0x6000, 0x6400), num(s + 'x2', 0x100, 0xfff), num(s + 'x3', 0x300, 0x3ff),
                   num(s + 'x4', 0x100, 0xfff), num(s + 'x5', 0x100, 0xfff), h(s + 'xs', 18)) + CRLF +
                '        ' + rfc(plus(t, 1), 'PT', comment=True))]
    if kind == 'accounts':
        msgid = '<%s@notifications.google.com>' % b64u(s + 'm', 16)[:22]
    else:
        msgid = '<%s@google.com>' % (h(s + 'd', 28))
    return base(ctx, (host, host, ip), hops, headers, msgid, tls='1.3', delay=2)


def github(ctx):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 20, 30)
    host = 'out-%d.smtp.github.com' % n
    ip = '192.30.252.%d' % (190 + n)
    hops = ['Received: from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])' % (
                h(s + 'n', 6), num(s + 'a', 1, 250), num(s + 'b', 1, 250)) + CRLF +
            '\tby smtp.github.com (Postfix) with ESMTPA id %s' % pf_qid(s + 'gh') + CRLF +
            '\tfor <%s>; %s' % (ctx['rcpt'], rfc(plus(t, 1), 'PT'))]
    msgid = '<%s_%s@%s.mail>' % (h(s + 'a', 13), h(s + 'b', 13), 'hubbernetes-node-' + h(s + 'n', 6))
    headers = [('X-GitHub-Recipient-Address', ctx['rcpt']), ('X-Auto-Response-Suppress', 'All')]
    return base(ctx, (host, host, ip), hops, headers, msgid, tls='1.3', delay=2)


def microsoft(ctx, frm_domain='accountprotection.microsoft.com'):
    r = m365(ctx, lang='en-US', obe='NAM12-DM6-obe')
    r['headers'] = [x for x in r['headers'] if x[0] not in ('Thread-Topic', 'Thread-Index', 'X-MS-Has-Attach',
                                                             'X-MS-TNEF-Correlator', 'Accept-Language')]
    s = ctx['seed']
    r['msgid'] = '<%s@%s>' % (uuid(s + 'ms', upper=True), 'az.%s.microsoft.com' % ['westus', 'northeurope', 'westeurope'][num(s, 0, 2)])
    r['hops'] = [x.replace('eurprd', 'namprd') for x in r['hops']]
    r['headers'] = [(a, b.replace('eurprd', 'namprd') if isinstance(b, str) else b) for a, b in r['headers']]
    return r


def sharepoint(ctx):
    """SharePoint Online sharing notification, sent by Microsoft's own infrastructure for any tenant."""
    r = m365(ctx, lang='es-ES', obe='EUR03-DBA-obe')
    r['headers'] = [x for x in r['headers'] if x[0] not in ('Thread-Topic', 'Thread-Index', 'Accept-Language',
                                                             'X-MS-TNEF-Correlator')]
    r['return_path'] = 'no-reply@sharepointonline.com'
    return r


def yandex_service(ctx):
    s = ctx['seed']
    t = ctx['t']
    fw = 'forward%d%s.mail.yandex.net' % (num(s, 500, 503), 'ab'[num(s + 'l', 0, 1)])
    hops = ['Received: from mail-notsolitesrv-production-main-%02d.sas.yp-c.yandex.net (mail-notsolitesrv-production-main-%02d.sas.yp-c.yandex.net [IPv6:2a02:6b8:c1c:%x:0:640:%x:0])' % (
                num(s + 'p', 10, 99), num(s + 'p', 10, 99), num(s + 'q', 0x1000, 0x4fff), num(s + 'r', 0x1000, 0xffff)) + CRLF +
            '\tby %s (Yandex) with ESMTPS id %s' % (fw, alnum(s + 'yid', 12)) + CRLF +
            '\tfor <%s>; %s' % (ctx['rcpt'], rfc(plus(t, 1), 'MSK'))]
    msgid = '<%s@notsolitesrv-production-main-%02d.sas.yp-c.yandex.net>' % (h(s + 'm', 32), num(s + 'p', 10, 99))
    headers = [('X-Yandex-Fwd', '1')]
    return base(ctx, (fw, fw, '178.154.239.%d' % num(s + 'ip', 60, 220)), hops, headers, msgid,
                return_path='noreply@id.yandex.ru', tls='1.3', delay=2)


def docusign(ctx):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 10, 40)
    host = 'mailfra.eumail.docusign.net'
    ip = '185.81.100.%d' % n
    hops = ['Received: from docusign.net (%s) by %s (Postfix) with ESMTP id %s; %s' % (
        '10.90.%d.%d' % (num(s + 'a', 1, 250), num(s + 'b', 1, 250)), host, pf_qid(s + 'ds'), rfc(plus(t, 1), 'UTC'))]
    msgid = '<%s@docusign.net>' % h(s + 'm', 32)
    headers = [('X-DocuSign-EnvelopeID', uuid(s + 'env')), ('X-Api-Host', 'docusign.net')]
    return base(ctx, (host, host, ip), hops, headers, msgid, return_path='bounces@eumail.docusign.net', tls='1.3', delay=2)


def paypal(ctx, tld='de'):
    s = ctx['seed']
    t = ctx['t']
    n = num(s, 220, 240)
    host = 'mx0.slc.paypal.com'
    ip = '173.0.84.%d' % n
    hops = ['Received: from ccg01mail%02d.phx.paypal.com (ccg01mail%02d.phx.paypal.com [10.80.%d.%d])' % (
        num(s + 'c', 1, 20), num(s + 'c', 1, 20), num(s + 'a', 1, 250), num(s + 'b', 1, 250)) + CRLF +
            '\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s' % pf_qid(s + 'pp') + CRLF +
            '\tfor <%s>; %s' % (ctx['rcpt'], rfc(plus(t, 1), 'PT', comment=True))]
    msgid = '<%s.%s@paypal.com>' % (h(s + 'a', 13), h(s + 'b', 20))
    headers = [('X-MaxCode-Template', 'PPX%06d' % num(s + 't', 1, 999999)),
               ('X-Email-Type-Id', 'PPX%06d' % num(s + 't', 1, 999999)),
               ('PP-Correlation-Id', h(s + 'corr', 13)),
               ('X-XPT-XSL-Name', 'nodeMailer')]
    return base(ctx, (host, host, ip), hops, headers, msgid, return_path='service@paypal.%s' % tld, tls='1.3', delay=2)
