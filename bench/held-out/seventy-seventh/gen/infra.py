"""Sending infrastructures (Received chains, provider headers) and mail clients
(Message-ID, boundary and X-Mailer styles)."""
import base64
import datetime as dt

from util import (R, rhex, ralnum, rdigits, ruuid, rfcdate, plus, localtime, ALNUM, B64URL)

PF_ALPHA = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'

TLS = {
    'tls13': ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
              '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
              '\t(No client certificate requested)'),
    'tls13g': ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
               '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
               '\t(No client certificate requested)'),
    'tls13ec': ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
                '\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n'
                '\t(No client certificate requested)'),
    'tls12': ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
              '\t(No client certificate requested)'),
}


def pf_qid(r):
    return '4' + ''.join(r.choice(PF_ALPHA) for _ in range(10)) + 'z' + \
        ''.join(r.choice(PF_ALPHA) for _ in range(4))


def pf_date(t, zone='de'):
    return rfcdate(t, zone, pad=' ', abbr=True)


class Ctx:
    def __init__(self, r, utc, zone, frm, rcpt, env_from, domain):
        self.r = r
        self.utc = utc
        self.zone = zone
        self.frm = frm
        self.rcpt = rcpt
        self.env_from = env_from
        self.domain = domain

    def t(self, s):
        return plus(self.utc, s)


def mx01(ctx, helo, rdns, ip, tls, secs):
    v = 'from %s (%s [%s])\n' % (helo, rdns, ip)
    if tls:
        v += '\t' + TLS[tls] + '\n'
    v += '\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        'ESMTPS' if tls else 'ESMTP', pf_qid(ctx.r), ctx.rcpt, pf_date(ctx.t(secs)))
    return v


def _postfix_hop(ctx, frm, by, secs, zone, auth=None, tls='tls13', esmtp='ESMTPSA', for_=True):
    v = 'from %s\n' % frm
    if tls:
        v += '\t' + TLS[tls] + '\n'
    if auth:
        v += '\t(Authenticated sender: %s)\n' % auth
    v += '\tby %s (Postfix) with %s id %s' % (by, esmtp, pf_qid(ctx.r))
    if for_:
        v += '\n\tfor <%s>' % ctx.rcpt
    return v + '; ' + pf_date(ctx.t(secs), zone)


# ======================================================================
#  Infrastructure profiles.  Each returns dict(mx=(helo, rdns, ip, tls),
#  hops=[...top-down below mx01...], extra=[(k, v)], rp=return-path, client=...)
# ======================================================================
def internal(ctx, mbx='EXCH02', client_ip='10.20.40.117', app_host=None):
    hub = 'exch01.example.local'
    if app_host:
        hops = [
            _postfix_hop(ctx, '%s (%s [10.20.0.31])' % (hub, hub), 'mail-int01.example.com', 3, 'de',
                         tls='tls12', esmtp='ESMTPS'),
            'from %s (%s) by EXCH01.example.local (10.20.0.31)\n'
            ' with Microsoft SMTP Server (version=TLS1_2,\n'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s'
            % (app_host, client_ip, rfcdate(ctx.t(2), 'de')),
        ]
        return dict(mx=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', 'tls12'),
                    hops=hops, extra=[], client='exchange', client_kw={'server': 'EXCH01.example.local'})
    hops = [
        _postfix_hop(ctx, '%s (%s [10.20.0.31])' % (hub, hub), 'mail-int01.example.com', 3, 'de',
                     tls='tls12', esmtp='ESMTPS'),
        'from %s.example.local (10.20.0.32) by EXCH01.example.local (10.20.0.31)\n'
        ' with Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s'
        % (mbx, rfcdate(ctx.t(2), 'de')),
        'from %s.example.local ([fe80::6d2c:1f4a:9e3b:7c15]) by %s.example.local\n'
        ' ([fe80::6d2c:1f4a:9e3b:7c15%%12]) with mapi id 15.02.1748.010; %s'
        % (mbx, mbx, rfcdate(ctx.t(1), 'de')),
    ]
    extra = [('X-MS-Exchange-Organization-AuthAs', 'Internal'),
             ('X-MS-Exchange-Organization-AuthSource', 'EXCH02.example.local'),
             ('X-Originating-IP', '[%s]' % client_ip)]
    return dict(mx=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', 'tls12'),
                hops=hops, extra=extra, client='exchange', client_kw={'server': mbx + '.example.local'})


EXO_OUT = [
    ('EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05on2101.outbound.protection.outlook.com', '40.107.20.101'),
    ('EUR03-AM7-obe.outbound.protection.outlook.com', 'mail-am7eur03on2119.outbound.protection.outlook.com', '40.107.105.119'),
    ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on2072.outbound.protection.outlook.com', '40.107.241.72'),
    ('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2131.outbound.protection.outlook.com', '40.107.22.131'),
    ('GBR01-CWX-obe.outbound.protection.outlook.com', 'mail-cwxgbr01on2109.outbound.protection.outlook.com', '40.107.121.109'),
    ('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on2104.outbound.protection.outlook.com', '40.107.13.104'),
]


def exo(ctx, server, region, out=0, tenant=None, org=None, consumer=False):
    """Exchange Online (Microsoft 365) sender."""
    r = ctx.r
    helo, rdns, ip = EXO_OUT[out]
    peer = server[:4] + 'PR0%dMB%s' % (r.randint(1, 9), rdigits(r, 4)) if not consumer else \
        server[:4] + 'P19%dMB%s' % (r.randint(0, 4), rdigits(r, 4))
    reg = region
    fe = ':'.join(rhex(r, 4) for _ in range(4))
    hops = [
        'from %s.%s.prod.outlook.com\n (2603:10a6:%x:%x::%x) by %s.%s.prod.outlook.com\n'
        ' (2603:10a6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.14; %s'
        % (server, reg, r.randint(16, 900), r.randint(16, 900), r.randint(1, 30), peer, reg,
           r.randint(16, 900), r.randint(16, 900), r.randint(1, 30), rfcdate(ctx.t(2), 'utc')),
        'from %s.%s.prod.outlook.com\n ([fe80::%s]) by %s.%s.prod.outlook.com\n'
        ' ([fe80::%s%%%d]) with mapi id 15.20.8722.012; %s'
        % (server, reg, fe, server, reg, fe, r.randint(3, 7), rfcdate(ctx.t(1), 'utc')),
    ]
    tid = tenant or ruuid(R('tenant', org or ctx.domain))
    extra = [
        ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', localtime(ctx.t(1), 'utc').strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % r.randint(0, 9999)),
        ('X-MS-Exchange-CrossTenant-FromEntityHeader', 'Hosted'),
        ('X-MS-Exchange-CrossTenant-Id', tid),
        ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
        ('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.prod.outlook.com' % (server, reg)),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', peer),
        ('X-OriginatorOrg', org or ctx.domain),
    ]
    if consumer:
        extra = [e for e in extra if e[0] != 'X-MS-Exchange-CrossTenant-Id'] + \
            [('X-MS-Exchange-CrossTenant-Id', '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa')]
    return dict(mx=(helo, rdns, ip, 'tls12'), hops=hops, extra=extra, client='exo',
                client_kw={'server': server, 'region': reg})


def hosted_postfix(ctx, host, ip, rdns=None, client_helo=None, client_ip=None, client_rdns=None,
                   auth=None, zone='de', tls='tls13', mx_tls='tls13', client='thunderbird',
                   client_kw=None, amavis=False, extra=None):
    """Own or hosted Postfix; message submitted by an authenticated client."""
    hops = []
    if amavis:
        hops.append(_postfix_hop(ctx, 'localhost (localhost [127.0.0.1])', host, 4, zone, tls=None,
                                 esmtp='ESMTP'))
    hops.append(_postfix_hop(ctx, '%s (%s [%s])' % (client_helo, client_rdns or 'unknown', client_ip),
                             host, 2, zone, auth=auth, tls=tls))
    return dict(mx=(host, rdns or host, ip, mx_tls), hops=hops, extra=extra or [], client=client,
                client_kw=client_kw or {})


def webmail_postfix(ctx, host, ip, rdns=None, zone='de', auth=None, mx_tls='tls13', client='roundcube',
                    client_kw=None, extra=None):
    hops = [_postfix_hop(ctx, '[127.0.0.1] (localhost [127.0.0.1])', host, 1, zone, auth=auth, tls=None)]
    return dict(mx=(host, rdns or host, ip, mx_tls), hops=hops, extra=extra or [], client=client,
                client_kw=client_kw or {})


def local_postfix(ctx, host, ip, rdns, zone='utc', uid=0, client='phpmailer', client_kw=None, mx_tls='tls13'):
    """Script on a VPS handing mail to the local Postfix via sendmail."""
    hops = ['by %s (Postfix, from userid %d)\n\tid %s; %s' % (host, uid, pf_qid(ctx.r), pf_date(ctx.t(1), zone))]
    return dict(mx=(host, rdns, ip, mx_tls), hops=hops, extra=[], client=client, client_kw=client_kw or {})


def exim_cpanel(ctx, host, ip, rdns=None, cpuser='x', client_ip=None, client_helo=None, php=False,
                zone='utc', client='phpmailer', client_kw=None, script=None):
    r = ctx.r
    eid = '%s-%s-%s' % (ralnum(r, 6), ralnum(r, 11), ralnum(r, 4))
    if php:
        hop = ('from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
               % (cpuser, host, ctx.env_from, eid, ctx.rcpt, rfcdate(ctx.t(1), zone)))
    else:
        hop = ('from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
               '\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
               % (client_ip, r.randint(49152, 65000), client_helo, host, ctx.env_from, eid, ctx.rcpt,
                  rfcdate(ctx.t(1), zone)))
    extra = [
        ('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
        ('X-AntiAbuse', 'Primary Hostname - %s' % host),
        ('X-AntiAbuse', 'Original Domain - example.com'),
        ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
        ('X-AntiAbuse', 'Sender Address Domain - %s' % ctx.env_from.split('@')[1]),
    ]
    if php:
        extra += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (host, cpuser)),
                  ('X-Authenticated-Sender', '%s: %s' % (host, ctx.env_from)),
                  ('X-Source', '/opt/cpanel/ea-php82/root/usr/bin/lsphp'),
                  ('X-Source-Args', 'lsphp:%s' % (script or '/home/%s/public_html/wp-content/plugins/wp-mail-sender/send.php' % cpuser)),
                  ('X-Source-Dir', '%s:/public_html/wp-content/plugins' % ctx.env_from.split('@')[1])]
    else:
        extra += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (host, ctx.env_from)),
                  ('X-Authenticated-Sender', '%s: %s' % (host, ctx.env_from)),
                  ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
    return dict(mx=(host, rdns or host, ip, 'tls13'), hops=[hop], extra=extra, client=client,
                client_kw=client_kw or {})


def exim_plain(ctx, host, ip, rdns=None, client_ip=None, client_helo=None, zone='ru', local_user=None,
               client='thebat', client_kw=None, exim='4.96'):
    r = ctx.r
    eid = '%s-%s-%s' % (ralnum(r, 6), ralnum(r, 6), ralnum(r, 2))
    if local_user:
        hop = ('from %s by %s with local (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
               % (local_user, host, exim, ctx.env_from, eid, ctx.rcpt, rfcdate(ctx.t(1), zone)))
    else:
        hop = ('from [%s] (helo=%s)\n\tby %s with esmtpsa (TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n'
               '\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
               % (client_ip, client_helo, host, exim, ctx.env_from, eid, ctx.rcpt, rfcdate(ctx.t(1), zone)))
    return dict(mx=(host, rdns or host, ip, 'tls13'), hops=[hop], extra=[], client=client,
                client_kw=client_kw or {})


def strato(ctx, client_ip, client='outlook16', client_kw=None):
    r = ctx.r
    hop = ('from [192.168.178.%d]\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id %s\n'
           '\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n'
           '\t(Client did not present a certificate)\n\tfor <%s>;\n\t%s'
           % (r.randint(20, 60), ralnum(r, 7) + 'AD' + ralnum(r, 6), ctx.rcpt, rfcdate(ctx.t(1), 'de')))
    extra = [('X-RZG-AUTH', ':%s==' % ralnum(r, 60, ALNUM + '+/')), ('X-RZG-CLASS-ID', 'mo00')]
    return dict(mx=('mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', '81.169.146.%d' % r.choice([160, 161, 163, 179]),
                    'tls13'), hops=[hop], extra=extra, client=client, client_kw=client_kw or {})


def aruba(ctx, client_helo, client_ip, client='outlook16', client_kw=None):
    r = ctx.r
    n = r.randint(10, 40)
    hop = ('from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
           % (client_helo, client_ip, ralnum(r, 16), rfcdate(ctx.t(1), 'it')))
    extra = [('X-Sender', ctx.env_from)]
    return dict(mx=('smtpcmd%02d%03d.aruba.it' % (r.randint(1, 15), r.randint(100, 999)),
                    'smtpdh%d-%d.aruba.it' % (n, r.randint(1, 4)), '62.149.156.%d' % r.randint(100, 250), 'tls12'),
                hops=[hop], extra=extra, client=client, client_kw=client_kw or {})


def homepl(ctx, client_helo, client_ip, client_rdns='unknown', client='outlook16', client_kw=None):
    r = ctx.r
    srv = 'cloudserver%d.home.pl' % r.randint(2000000, 2999999)
    ip = '89.161.%d.%d' % (r.randint(128, 255), r.randint(2, 250))
    hop = ('from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
           % (client_helo, client_rdns, client_ip, srv, pf_qid(r), ctx.rcpt, pf_date(ctx.t(1), 'pl')))
    return dict(mx=(srv, srv, ip, 'tls13'), hops=[hop], extra=[('X-Authenticated-User', ctx.env_from)],
                client=client, client_kw=client_kw or {})


def gmx(ctx, client_ip, webde=False):
    r = ctx.r
    host = 'web.de' if webde else 'gmx.net'
    bap = '3c-app-%s-bap%02d' % ('webde' if webde else 'gmx', r.randint(1, 80))
    hops = [
        'from [%s] ([%s]) by web-mail.%s\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s'
        % (client_ip, client_ip, host, bap, r.randint(2, 250), rfcdate(ctx.t(0), 'de')),
    ]
    mout = ('mout.web.de', 'mout.web.de', '217.72.192.%d' % r.choice([78, 79, 81])) if webde else \
        ('mout.gmx.net', 'mout.gmx.net', '212.227.17.%d' % r.choice([20, 21, 22]))
    extra = [
        ('X-Provags-ID', 'V03:K1:%s' % ralnum(r, 180, ALNUM + '+/')),
        ('UI-OutboundReport', 'notjunk:1;M01:P0:%s=;%s' % (ralnum(r, 11, ALNUM + '+/'), ralnum(r, 60, ALNUM + '+/'))),
    ]
    return dict(mx=mout[:3] + ('tls13',), hops=hops, extra=extra, client='webde' if webde else 'gmx',
                client_kw={'bap': bap})


def libero(ctx, client_ip):
    r = ctx.r
    n = r.randint(10, 60)
    hops = ['from libero.it ([10.101.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
            % (r.randint(0, 20), r.randint(2, 250), n, ralnum(r, 22), rfcdate(ctx.t(1), 'it'))]
    extra = [('X-Originating-IP', client_ip)]
    return dict(mx=('smtp-%d-i2.italiaonline.it' % n, 'smtp-%d-i2.italiaonline.it' % n,
                    '213.209.12.%d' % n, 'tls13'), hops=hops, extra=extra, client='libero', client_kw={})


def wp(ctx, client_ip):
    r = ctx.r
    hops = [
        '(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (r.randint(10000, 99999), rfcdate(ctx.t(1), 'pl')),
        'from %s (HELO [192.168.0.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n'
        '          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n'
        '          for <%s>; %s' % ('user-%s.dynamic.mm.pl' % client_ip.replace('.', '-'), r.randint(2, 99),
                                     ctx.env_from, client_ip, ctx.env_from, ctx.rcpt, rfcdate(ctx.t(1), 'pl')),
    ]
    extra = [('X-WP-MailID', rhex(r, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    return dict(mx=('mx.wp.pl', 'mx.wp.pl', '212.77.101.%d' % r.choice([9, 11, 12]), 'tls13'),
                hops=hops, extra=extra, client='wpweb', client_kw={})


def yandex(ctx, client_ip, client='yandexweb', client_kw=None, frm_host='mail.yandex.ru'):
    r = ctx.r
    node = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.randint(10, 90), r.choice(['vla', 'sas', 'klg', 'iva']))
    fwd = 'forward%d%s.mail.yandex.net' % (r.choice([100, 101, 500, 501, 502]), r.choice('ab'))
    hops = [
        'from %s (%s [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
        % (node, node, rhex(r, 4), rhex(r, 4), fwd, ralnum(r, 12), ctx.rcpt, rfcdate(ctx.t(2), 'ru')),
        'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
        % (node, ralnum(r, 10), ralnum(r, 8), rfcdate(ctx.t(1), 'ru')),
    ]
    extra = [('X-Yandex-Fwd', '1')]
    if client_ip:
        extra.append(('X-Yandex-Filter', '1'))
    return dict(mx=(fwd, fwd, '178.154.239.%d' % r.randint(60, 220), 'tls13'), hops=hops, extra=extra,
                client=client, client_kw=client_kw or {})


def gmail(ctx, workspace=None):
    r = ctx.r
    lt = r.choice(['ed1-f%d' % r.randint(41, 70), 'ej1-f%d' % r.randint(41, 70), 'wm1-f%d' % r.randint(41, 70),
                   'lf1-f%d' % r.randint(41, 70)])
    host = 'mail-%s.google.com' % lt
    ip = '209.85.%d.%d' % (r.choice([128, 167, 208, 218, 221]), int(lt.split('f')[-1]))
    hops = ['by %s with SMTP id %s-%s.%d\n        for <%s>; %s'
            % (host, ralnum(r, 4).lower() + rhex(r, 10), rhex(r, 4) + 'so' + rdigits(r, 7) + 'a12', r.randint(1, 3),
               ctx.rcpt, rfcdate(ctx.t(0), 'pt', abbr=True))]
    extra = [
        ('X-Gm-Message-State', 'AOJu0Y' + ralnum(r, 70, B64URL)),
        ('X-Gm-Gg', 'ASbGnc' + ralnum(r, 80, B64URL)),
        ('X-Google-Smtp-Source', 'AGHT+I' + ralnum(r, 60, ALNUM + '+/') + '=='),
        ('X-Received', 'by 2002:a05:6402:%s:b0:5c9:%s:%s with SMTP id %s-%s.%d.%d;\n        %s'
         % (rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 4) + ralnum(r, 6), rhex(r, 14), r.randint(1000000000, 1999999999) % 1000,
            r.randint(1, 9), rfcdate(ctx.t(0), 'pt', abbr=True))),
    ]
    return dict(mx=(host, host, ip, 'tls13g'), hops=hops, extra=extra, client='gmail', client_kw={})


def google_notify(ctx):
    r = ctx.r
    host = 'mail-sor-f%d.google.com' % r.choice([69, 73, 41])
    ip = '209.85.220.%s' % host.split('f')[1].split('.')[0]
    hops = ['by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
            % (host, rhex(r, 16) + '-' + rhex(r, 12) + '.4.2024', ctx.rcpt, rfcdate(ctx.t(0), 'pt', abbr=True))]
    extra = [('X-Google-Smtp-Source', 'AGHT+I' + ralnum(r, 60, ALNUM + '+/') + '=='),
             ('X-Received', 'by 2002:a05:6214:%s:b0:6cb:%s:%s with SMTP id %s;\n        %s'
              % (rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 22), rfcdate(ctx.t(0), 'pt', abbr=True)))]
    return dict(mx=(host, host, ip, 'tls13g'), hops=hops, extra=extra, client='google', client_kw={})


def sendgrid(ctx, ip, rdns=None):
    r = ctx.r
    pod = 'geopod-ismtpd-%d' % r.randint(1, 40)
    rcv = 'filterdrecv-%s-%s' % (rhex(r, 10), ralnum(r, 5).lower())
    t = localtime(ctx.t(1), 'utc')
    hops = [
        'by %s with SMTP id %s-1-%s-%d\n        %s.%09d +0000 UTC m=+%d.%09d'
        % (rcv, rcv, rhex(r, 8, True), r.randint(2, 60), t.strftime('%Y-%m-%d %H:%M:%S'), r.randint(0, 999999999),
           r.randint(100000, 2999999), r.randint(0, 999999999)),
        'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)'
        % (ralnum(r, 16), pod, ralnum(r, 22, B64URL), rfcdate(ctx.t(0), 'utc', frac=r.randint(1, 999)).replace('+0000', '+0000')),
    ]
    uid = r.randint(10000000, 59999999)
    extra = [('X-SG-EID', 'u001.' + ralnum(r, 120, ALNUM + '+/') + '=='),
             ('X-SG-ID', 'u001.SdBcvi+Evd/bQef8eZF3Bg' + ralnum(r, 60, ALNUM + '+/')),
             ('X-Entity-ID', 'u001.' + ralnum(r, 22, ALNUM + '+/') + '==')]
    dom = ctx.env_from.split('@')[1]
    rp = 'bounces+%d-%s-%s=example.com@em%d.%s' % (uid, rhex(r, 4), ctx.rcpt.split('@')[0], r.randint(1000, 9999), dom)
    h = rdns or 'o%d.ptr%d.%s' % (r.randint(1, 9), r.randint(1000, 9999), dom)
    return dict(mx=(h, h, ip, 'tls13'), hops=hops, extra=extra, rp=rp, client='sendgrid',
                client_kw={'pod': pod})


def mailgun(ctx, mgdomain):
    r = ctx.r
    ip = '185.250.239.%d' % r.randint(2, 250)
    hops = ['by %s with HTTP id %s; %s' % (rhex(r, 12), rhex(r, 24), rfcdate(ctx.t(0), 'gmt').replace('+0000', 'GMT'))]
    extra = [('X-Mailgun-Sid', 'WyI' + ralnum(r, 40, ALNUM) + 'IiwgIm' + ralnum(r, 30, ALNUM) + 'In0='),
             ('X-Mailgun-Sending-Ip', ip), ('X-Mailgun-Track', 'yes'), ('X-Mailgun-Track-Clicks', 'yes')]
    rp = 'bounce+%s.%s-%s=example.com@%s' % (rhex(r, 6), rhex(r, 6), ctx.rcpt.split('@')[0], mgdomain)
    h = 'm239-%d.eu.mailgun.net' % int(ip.split('.')[-1])
    return dict(mx=(h, h, ip, 'tls13'), hops=hops, extra=extra, rp=rp, client='mailgun',
                client_kw={'mgdomain': mgdomain})


def brevo(ctx):
    r = ctx.r
    n = r.randint(10, 60)
    ip = '77.32.148.%d' % n
    h = 'ekb%d.sender-sib.com' % n
    cid = r.randint(1000000, 9999999)
    extra = [('X-Mailin-EID', ralnum(r, 40, ALNUM + '+/') + '~' + ralnum(r, 8)),
             ('X-sib-id', ralnum(r, 60, B64URL)),
             ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, cid, cid))]
    rp = 'bounces-%d-%s@sendibt3.com' % (cid, rdigits(r, 9))
    return dict(mx=(h, h, ip, 'tls13'), hops=[], extra=extra, rp=rp, client='brevo', client_kw={})


def ses(ctx, region='eu-west-1'):
    r = ctx.r
    a = r.choice([(7, r.randint(1, 60)), (240, r.randint(1, 30))])
    ip = '54.240.%d.%d' % a
    h = 'a%d-%d.smtp-out.%s.amazonses.com' % (a[0], a[1], region)
    sesid = '0102019%s-%s-000000' % (rhex(r, 9), ruuid(r))
    extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, ralnum(r, 43, ALNUM + '+/'))),
             ('X-SES-Outgoing', '%s-%s' % (localtime(ctx.utc, 'utc').strftime('%Y.%m.%d'), ip))]
    return dict(mx=(h, h, ip, 'tls13'), hops=[], extra=extra, rp='%s@%s.amazonses.com' % (sesid, region),
                client='ses', client_kw={'sesid': sesid, 'region': region})


def esp_generic(ctx, helo, ip, rp, extra, client, client_kw=None, hops=None):
    return dict(mx=(helo, helo, ip, 'tls13'), hops=hops or [], extra=extra, rp=rp, client=client,
                client_kw=client_kw or {})


def ms_notify(ctx, out=1, server='AM4PEPF00027A5E', region='eurprd04'):
    r = ctx.r
    helo, rdns, ip = EXO_OUT[out]
    hops = ['from %s.%s.prod.outlook.com\n (2603:10a6:208:%x::%x) by %s.%s.prod.outlook.com\n'
            ' (2603:10a6:20b:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.14 via Frontend\n'
            ' Transport; %s' % (server, region, r.randint(16, 600), r.randint(1, 30), 'DU2PEPF0001E9C5', region,
                                 r.randint(16, 600), r.randint(1, 30), rfcdate(ctx.t(1), 'utc'))]
    extra = [('X-MS-Exchange-Organization-SCL', '-1')] if False else []
    extra += [('X-MS-Exchange-CrossTenant-FromEntityHeader', 'Internet'),
              ('X-MS-PublicTrafficType', 'Email')]
    return dict(mx=(helo, rdns, ip, 'tls12'), hops=hops, extra=extra, client='msnotify',
                client_kw={'server': server})


def github(ctx):
    r = ctx.r
    n = r.randint(19, 28)
    hops = ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n'
            '\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
            % (rhex(r, 8), r.randint(100, 200), r.randint(2, 250), pf_qid(r), ctx.rcpt, pf_date(ctx.t(1), 'pt'))]
    return dict(mx=('out-%d.smtp.github.com' % n, 'out-%d.smtp.github.com' % n, '192.30.252.%d' % (190 + n), 'tls13'),
                hops=hops, extra=[('X-GitHub-Reason', 'password_reset')] if False else [],
                client='github', client_kw={})


def docusign(ctx):
    r = ctx.r
    hops = ['from docusign.net (unknown [10.128.%d.%d])\n\tby mailfra2.eumail.docusign.net (Postfix) with ESMTP id %s\n'
            '\tfor <%s>; %s' % (r.randint(1, 60), r.randint(2, 250), pf_qid(r), ctx.rcpt, pf_date(ctx.t(1), 'de'))]
    extra = [('X-DocuSign-EnvelopeId', '') if False else ('X-Api-Host', 'eu.docusign.net')]
    return dict(mx=('mailfra2.eumail.docusign.net', 'mailfra2.eumail.docusign.net', '185.81.102.%d' % r.randint(20, 40), 'tls13'),
                hops=hops, extra=extra, rp='bounces@eumail.docusign.net', client='docusign', client_kw={})


def paypal(ctx):
    r = ctx.r
    hops = ['from paypal.com (jsmaileng-%s.phx.paypal.com [10.180.%d.%d])\n\tby mx0.phx.paypal.com (Postfix) with ESMTP id %s\n'
            '\tfor <%s>; %s' % (rhex(r, 6), r.randint(1, 250), r.randint(2, 250), pf_qid(r), ctx.rcpt, pf_date(ctx.t(1), 'pt'))]
    extra = [('X-MaxCode-Template', 'PPC001017'), ('X-Email-Type-Id', 'PPC001017'),
             ('PP-Correlation-Id', rhex(r, 13)), ('X-PP-Email-transmission-Id', ruuid(r))]
    return dict(mx=('mx0.phx.paypal.com', 'mx0.phx.paypal.com', '66.211.170.%d' % r.randint(80, 95), 'tls13'),
                hops=hops, extra=extra, rp='service@paypal.com', client='paypal', client_kw={})


def botnet(ctx, helo, ip, rdns='unknown', hops=None, client='oe', client_kw=None):
    return dict(mx=(helo, rdns, ip, None), hops=hops or [], extra=[], client=client, client_kw=client_kw or {})


PROFILES = {k: v for k, v in globals().items() if callable(v) and not k.startswith('_') and k not in (
    'R', 'rhex', 'ralnum', 'rdigits', 'ruuid', 'rfcdate', 'plus', 'localtime', 'mx01', 'pf_qid', 'pf_date', 'Ctx')}


# ======================================================================
#  Clients
# ======================================================================
def filetime(utc):
    return int((utc - dt.datetime(1601, 1, 1)).total_seconds() * 10 ** 7)


def thread_index(ctx):
    ft = filetime(ctx.utc)
    b = bytes([1]) + ft.to_bytes(8, 'big')[:5] + bytes(ctx.r.randrange(256) for _ in range(16))
    return base64.b64encode(b).decode()


ORD_EXO = ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
           'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
           'X-MS-TNEF-Correlator', 'msip_labels', '__EXTRA__', '__MIME__', 'MIME-Version']
ORD_OUTLOOK = ['From', 'To', 'CC', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID',
               'MIME-Version', '__MIME__', 'X-Mailer', 'Thread-Index', 'Content-Language', '__EXTRA__']
ORD_GMAIL = ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc',
             'Reply-To', '__EXTRA__', '__MIME__']
ORD_TB = ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'Cc', 'References',
          'From', 'Reply-To', 'Subject', 'In-Reply-To', '__EXTRA__', '__MIME__']
ORD_APPLE = ['__MIME__', 'Mime-Version', 'Subject', 'From', 'Reply-To', 'In-Reply-To', 'Date', 'Cc', 'Message-Id',
             'References', 'To', 'X-Mailer', '__EXTRA__']
ORD_DEFAULT = ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'Message-ID', 'In-Reply-To', 'References',
               'X-Mailer', 'User-Agent', '__EXTRA__', 'MIME-Version', '__MIME__']
ORD_ESP = ['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID', 'MIME-Version', '__EXTRA__', '__MIME__']


class Client:
    def __init__(self, kind, ctx, domain, **kw):
        self.kind = kind
        self.ctx = ctx
        self.domain = domain
        self.kw = kw
        self.r = ctx.r
        self._bn = 0

    # -- Message-ID
    def msgid(self):
        r, k, d = self.r, self.kind, self.domain
        if k == 'exo':
            s = self.kw['server']
            return '<%s%s@%s.%s.prod.outlook.com>' % (s, rhex(r, 32, True), s, self.kw['region'])
        if k == 'exchange':
            return '<%s@%s>' % (rhex(r, 32), self.kw.get('server', 'EXCH02.example.local'))
        if k == 'outlook16':
            ft = filetime(self.ctx.utc)
            return '<%04x%08x$%08x$%08x$@%s>' % (r.randint(0, 0x30), ft >> 32, ft & 0xffffffff, r.getrandbits(32), d)
        if k in ('thunderbird',):
            return '<%s@%s>' % (ruuid(r), d)
        if k in ('apple', 'iphone'):
            return '<%s@%s>' % (ruuid(r, True), d)
        if k in ('gmail',):
            return '<CA%s@mail.gmail.com>' % (ralnum(r, 2, 'BFJLNP') + ralnum(r, 44, ALNUM + '+_-') + '=' + ralnum(r, 3, ALNUM))
        if k == 'roundcube':
            return '<%s@%s>' % (rhex(r, 32), d)
        if k == 'phpmailer':
            return '<%s@%s>' % (ralnum(r, 43), d)
        if k == 'thebat':
            t = localtime(self.ctx.utc, self.ctx.zone)
            return '<%d.%s@%s>' % (r.randint(100000000, 1999999999), t.strftime('%Y%m%d%H%M%S'), d)
        if k == 'yandexweb':
            return '<%s@mail.yandex.ru>' % rdigits(r, 16)
        if k in ('gmx', 'webde'):
            return '<trinity-%s-%d@%s>' % (ruuid(r), int((self.ctx.utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000),
                                          self.kw['bap'])
        if k == 'libero':
            return '<%d.%d.%d@libero.it>' % (r.randint(100000000, 999999999), r.randint(100000, 999999),
                                             int((self.ctx.utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        if k == 'wpweb':
            return '<%s@wp.pl>' % rhex(r, 32)
        if k == 'znuny':
            return '<%d.%d.%d@helpdesk.example.com>' % (int((self.ctx.utc - dt.datetime(1970, 1, 1)).total_seconds()),
                                                        r.randint(100000, 999999), r.randint(100, 999))
        if k == 'oe':
            return '<%s$%s$%s@%s>' % (rhex(r, 12), rhex(r, 8), rhex(r, 8), d)
        if k == 'sendgrid':
            return '<%s@%s>' % (ralnum(r, 22, B64URL), self.kw['pod'])
        if k == 'mailgun':
            t = localtime(self.ctx.utc, 'utc')
            return '<%s.%s@%s>' % (t.strftime('%Y%m%d%H%M%S'), rhex(r, 16), self.kw['mgdomain'])
        if k == 'brevo':
            t = localtime(self.ctx.utc, 'utc')
            return '<%s.%s@smtp-relay.mailin.fr>' % (t.strftime('%Y%m%d%H%M'), rdigits(r, 11))
        if k == 'ses':
            return '<%s@%s.amazonses.com>' % (self.kw['sesid'], self.kw['region'])
        if k == 'msnotify':
            return '<%s.%s@%s>' % (ralnum(r, 12, ALNUM[26:]), ralnum(r, 13, ALNUM[26:]), self.kw['server'])
        if k == 'google':
            return '<%s@google.com>' % ralnum(r, 22, B64URL)
        if k == 'github':
            return '<%s_%s@%s.mail>' % (rhex(r, 13), rhex(r, 8), 'lowworker-' + rhex(r, 10) + '-' + ralnum(r, 5).lower())
        if k == 'docusign':
            return '<%s@eumail.docusign.net>' % rhex(r, 32)
        if k == 'paypal':
            return '<%s.%s@paypal.com>' % (rhex(r, 13), rdigits(r, 7))
        if k == 'yandexid':
            return '<%s@%s>' % (rdigits(r, 18), 'mail-nwsmtp-yaback-production-main-%d.vla.yp-c.yandex.net' % r.randint(10, 99))
        if k in ('cleverreach', 'freshmail', 'mailchimp', 'esp'):
            return '<%s@%s>' % (rhex(r, 32), self.kw.get('msgdomain', d))
        if k == 'lexware':
            return '<%s@%s>' % (ruuid(r), d)
        return '<%s@%s>' % (rhex(r, 24), d)

    # -- MIME boundaries
    def boundary(self, level):
        r, k = self.r, self.kind
        self._bn += 1
        if k in ('exo', 'exchange'):
            base = self.kw.get('server', 'EXCH02').split('.')[0]
            pre = {'alternative': '_000_', 'related': '_003_', 'mixed': '_004_'}[level]
            reg = self.kw.get('region', 'eurprd')[:4].lower()
            return '%s%s%s%s%s_' % (pre, base, rhex(r, 30, True), base, reg) if k == 'exo' else \
                '%s%s%sexch02examplelocal_' % (pre, rhex(r, 32), base)
        if k == 'outlook16':
            ft = filetime(self.ctx.utc)
            lv = {'mixed': 0, 'related': 1, 'alternative': 2}[level]
            return '----=_NextPart_%03d_%04X_%08X.%08X' % (lv, r.randint(0, 0x30), ft >> 32, ft & 0xffffffff)
        if k == 'thunderbird':
            return '------------' + ralnum(r, 24)
        if k == 'apple':
            return 'Apple-Mail=_' + ruuid(r, True)
        if k == 'iphone':
            return 'Apple-Mail-' + ruuid(r, True)
        if k in ('gmail',):
            return '000000000000' + rhex(r, 16)
        if k == 'roundcube':
            return '=_' + rhex(r, 32)
        if k == 'phpmailer':
            return 'b%d=_%s' % (self._bn, ralnum(r, 43))
        if k == 'thebat':
            return '----------' + rhex(r, 16, True)
        if k in ('gmx', 'webde'):
            return 'abmob-' + ruuid(r)
        if k == 'libero':
            return '----=_Part_%d_%d.%d' % (r.randint(100000, 999999), r.randint(10000000, 99999999),
                                             int((self.ctx.utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        if k in ('sendgrid',):
            return rhex(r, 64)
        if k == 'mailgun':
            return rhex(r, 32)
        if k in ('msnotify', 'docusign'):
            return '----=_Part_%d_%d.%d' % (r.randint(1000000, 9999999), r.randint(100000000, 999999999),
                                             int((self.ctx.utc - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        if k == 'google':
            return '000000000000' + rhex(r, 16)
        if k == 'oe':
            return '----=_NextPart_000_%04X_%08X.%08X' % (r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32))
        return '=_%s' % ralnum(r, 28)

    # -- client headers
    def headers(self, has_attach=False, subject=''):
        k, r = self.kind, self.r
        h = []
        if k in ('exo', 'exchange'):
            h += [('Thread-Topic', None), ('Thread-Index', thread_index(self.ctx)),
                  ('Accept-Language', self.kw.get('accept', 'de-DE, en-US')),
                  ('Content-Language', self.kw.get('lang', 'de-DE')),
                  ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', '')]
        elif k == 'outlook16':
            h += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(self.ctx)),
                  ('Content-Language', self.kw.get('lang', 'de'))]
        elif k == 'thunderbird':
            h += [('User-Agent', self.kw.get('ua', 'Mozilla Thunderbird')), ('Content-Language', self.kw.get('lang', 'de-DE'))]
        elif k == 'apple':
            h += [('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')]
        elif k == 'iphone':
            h += [('X-Mailer', 'iPhone Mail (22B91)')]
        elif k == 'roundcube':
            h += [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', self.ctx.env_from)]
        elif k == 'phpmailer':
            h += [('X-Mailer', self.kw.get('xm', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))]
        elif k == 'thebat':
            h += [('X-Mailer', 'The Bat! (v11.2.4) Professional'), ('X-Priority', '3 (Normal)')]
        elif k == 'yandexweb':
            h += [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
        elif k in ('gmx', 'webde'):
            h += [('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3')]
        elif k == 'libero':
            h += [('X-Mailer', 'Open-Xchange Mailer v8.27.70'), ('X-Priority', '3'), ('Importance', 'Normal')]
        elif k == 'wpweb':
            h += [('X-Mailer', 'Poczta Wirtualnej Polski')]
        elif k == 'znuny':
            h += [('X-Mailer', 'Znuny Mail Service (6.5.11)'), ('X-Powered-By', 'Znuny (https://www.znuny.org/)'),
                  ('Auto-Submitted', 'auto-generated')]
        elif k == 'oe':
            h += [('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5512'),
                  ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal')]
        elif k == 'lexware':
            h += [('X-Mailer', 'Lexware Warenwirtschaft pro 2026 (Mailversand)')]
        return h + list(self.kw.get('extra', []))

    def order(self):
        k = self.kind
        if k in ('exo', 'exchange'):
            return ORD_EXO
        if k == 'outlook16':
            return ORD_OUTLOOK
        if k in ('gmail', 'google'):
            return ORD_GMAIL
        if k == 'thunderbird':
            return ORD_TB
        if k in ('apple', 'iphone'):
            return ORD_APPLE
        if k in ('sendgrid', 'mailgun', 'brevo', 'ses', 'cleverreach', 'freshmail', 'mailchimp', 'esp',
                 'msnotify', 'docusign', 'paypal', 'github', 'yandexid'):
            return ORD_ESP
        return ORD_DEFAULT
