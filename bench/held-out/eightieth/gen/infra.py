"""Sending systems: each factory returns f(ctx) -> dict describing hops, ids and client style.

ctx attributes: rng, t (arrival UTC at mx01), d (Date UTC), frm (addr), rcpt, zone, reply (bool)
Returned dict keys:
  client (helo, rdns|None, ip), tls ('1.3'|'1.2'|None), hops [(name, value)], msgid, return_path,
  style (MIME/HTML style), hs (header encoding style), date, order, mailer [(n, v)], extra [(n, v)]
"""
import base64
import datetime as dt
import uuid as _uuid

import timeutil as T

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64 = ALNUM + '+/'
URLSAFE = ALNUM + '-_'
HEX = '0123456789abcdef'


def rs(rng, chars, n):
    return ''.join(rng.choice(chars) for _ in range(n))


def guid(rng, upper=False):
    g = str(_uuid.UUID(int=rng.getrandbits(128), version=4))
    return g.upper() if upper else g


def sec(t, s):
    return t - dt.timedelta(seconds=s)


def postfix_qid(rng):
    al = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'
    return '4' + rs(rng, al, 9) + 'z' + rs(rng, al, 4)


def thread_index(rng, t, depth=0):
    ft = T.filetime(t).to_bytes(8, 'big')
    raw = b'\x01' + ft[:5] + bytes(rng.getrandbits(8) for _ in range(16))
    for _ in range(depth):
        raw += bytes(rng.getrandbits(8) for _ in range(5))
    return base64.b64encode(raw).decode()


# header encoding styles: (charset|'body', mode, label|None, addr-quoting)
HS_GMAIL = ('utf-8', 'B', 'UTF-8', 'plain')
HS_OUTLOOK = ('body', 'Q', None, 'quote')
HS_TB = ('utf-8', 'Q', 'UTF-8', 'plain')
HS_UTF8Q = ('utf-8', 'Q', 'utf-8', 'plain')
HS_UTF8B = ('utf-8', 'B', 'utf-8', 'quote')
HS_BODYB = ('body', 'B', None, 'plain')

ORDERS = {
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc',
              'Reply-To', '*', 'Content-Type'],
    'outlook': ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
                'X-MS-TNEF-Correlator', '*', 'Content-Type', 'MIME-Version'],
    'outlook16': ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID',
                  'MIME-Version', 'Content-Type', 'X-Mailer', 'Thread-Index', 'Content-Language', '*'],
    'thunderbird': ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'To', 'Cc', 'References',
                    'Content-Language', 'From', 'Reply-To', 'In-Reply-To', '*', 'Content-Type'],
    'roundcube': ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'Reply-To', 'In-Reply-To', 'References',
                  'User-Agent', 'Message-ID', 'X-Sender', '*', 'Content-Type'],
    'zimbra': ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Message-ID', 'In-Reply-To', 'References', 'Subject',
               'MIME-Version', 'Content-Type', 'X-Originating-IP', 'X-Mailer', 'Thread-Topic', 'Thread-Index', '*'],
    'apple': ['Content-Type', 'Mime-Version', 'Subject', 'From', 'In-Reply-To', 'Date', 'Cc', 'Reply-To',
              'Message-Id', 'References', 'To', 'X-Mailer', '*'],
    'default': ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'Message-ID', 'In-Reply-To', 'References',
                'MIME-Version', '*', 'Content-Type'],
    'esp': ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', 'Content-Type', '*'],
}


def tls_line(ver):
    if ver == '1.3':
        return ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
                '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
    if ver == '1.2':
        return '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'
    return None


# ================================================================ MUA (client) profiles

def mua(kind, domain, ctx, **kw):
    """Return dict with msgid, style, hs, date, order, mailer, extra for a mail client."""
    rng, d, zone = ctx.rng, ctx.d, ctx.zone
    if kind == 'thunderbird':
        return dict(msgid='<%s@%s>' % (guid(rng), domain), style='thunderbird', hs=HS_TB,
                    date=T.rfc2822(zone, d), order='thunderbird',
                    mailer=[('User-Agent', kw.get('ua', 'Mozilla Thunderbird'))], extra=[])
    if kind == 'outlook16':
        n = rng.getrandbits(16)
        mid = '<%04x01dc%04x$%08x$%08x$@%s>' % (rng.getrandbits(12), rng.getrandbits(16), rng.getrandbits(32),
                                                rng.getrandbits(32), domain)
        return dict(msgid=mid, style='outlook', bstyle='nextpart', hs=HS_OUTLOOK, date=T.rfc2822(zone, d), order='outlook16',
                    mailer=[('X-Mailer', 'Microsoft Outlook 16.0')],
                    extra=[('Thread-Index', thread_index(rng, d, 1 if ctx.reply else 0)[:44]),
                           ('Content-Language', kw.get('lang', 'de'))])
    if kind == 'roundcube':
        return dict(msgid='<%s@%s>' % (rs(rng, HEX, 32), domain), style='roundcube', hs=HS_UTF8Q,
                    date=T.rfc2822(zone, d), order='roundcube',
                    mailer=[('User-Agent', 'Roundcube Webmail/%s' % kw.get('ver', '1.6.9'))],
                    extra=[('X-Sender', ctx.frm)])
    if kind == 'apple':
        return dict(msgid='<%s@%s>' % (guid(rng, True), domain), style='apple', hs=HS_UTF8Q,
                    date=T.rfc2822(zone, d), order='apple',
                    mailer=[('X-Mailer', kw.get('xm', 'iPhone Mail (22B91)'))], extra=[])
    if kind == 'phpmailer':
        return dict(msgid='<%s@%s>' % (rs(rng, ALNUM, 43), domain), style='phpmailer', hs=HS_UTF8B,
                    date=T.rfc2822(zone, d), order='default',
                    mailer=[('X-Mailer', kw.get('xm', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))],
                    extra=[])
    if kind == 'exchange':
        return dict(msgid='<%s@%s>' % (rs(rng, HEX, 32), kw['server']), style='outlook', hs=HS_OUTLOOK,
                    date=T.rfc2822(zone, d), order='outlook', mailer=[],
                    extra=[('Thread-Topic', None), ('Thread-Index', thread_index(rng, d, 1 if ctx.reply else 0)),
                           ('Accept-Language', kw.get('acc', 'de-DE, en-US')),
                           ('Content-Language', kw.get('lang', 'de-DE')),
                           ('X-MS-Has-Attach', 'yes' if ctx.has_att else ''), ('X-MS-TNEF-Correlator', ''),
                           ('x-ms-exchange-messagesentrepresentingtype', '1'),
                           ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
                           ('x-originating-ip', '[%s]' % kw.get('oip', '10.20.30.41'))])
    if kind == 'generic':
        return dict(msgid='<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), rs(rng, HEX, 12), domain), style='generic',
                    hs=HS_UTF8B, date=T.rfc2822(zone, d), order='default', mailer=kw.get('mailer', []), extra=[])
    raise ValueError(kind)


# ================================================================ paths

def _r(host_from, rdns, ip, by, proto, qid, rcpt, when, zone, tls=None, extra='', pf=True):
    s = 'from %s (%s [%s])' % (host_from, rdns or 'unknown', ip)
    if tls:
        s += '\n\t' + tls_line(tls) + '\n\t(No client certificate requested)'
    s += extra
    s += '\n\tby %s%s with %s id %s' % (by, ' (Postfix)' if pf else '', proto, qid)
    if rcpt:
        s += '\n\tfor <%s>' % rcpt
    s += '; ' + T.rfc2822(zone, when, pad=True, comment=True)
    return s


def own_postfix(mta, mta_ip, client='thunderbird', sub_ip='91.12.29.46', sub_rdns='p5b0c1d2e.dip0.t-ipconnect.de',
                helo_sub=None, zone=None, webmail=False, vhost=None, domain=None, tls='1.3', rdns=None, helo=None,
                ua_kw=None, amavis=False):
    """Mail submitted by a MUA to the sender's own Postfix MTA (small firms, VPS, Plesk)."""
    def f(ctx):
        z = zone or ctx.zone
        dom = domain or ctx.frm.split('@')[1]
        m = mua(client, dom, ctx, **(ua_kw or {}))
        hops = []
        if amavis:
            hops.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
                         % (mta, postfix_qid(ctx.rng), T.rfc2822(z, sec(ctx.t, 2), pad=True, comment=True))))
        if webmail:
            hops.append(('Received', 'from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) '
                         'with ESMTPSA id %s;\n\t%s' % (mta, ctx.frm, mta, postfix_qid(ctx.rng),
                                                       T.rfc2822(z, sec(ctx.t, 3), pad=True, comment=True))))
        else:
            hops.append(('Received', 'from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                         % (helo_sub or '192.168.1.%d' % ctx.rng.randint(20, 60), sub_rdns or 'unknown', sub_ip,
                            ctx.frm, mta, postfix_qid(ctx.rng), T.rfc2822(z, sec(ctx.t, 3), pad=True, comment=True))))
        m.update(client=(helo or mta, mta if rdns is None else rdns, mta_ip), tls=tls, hops=hops, return_path=ctx.frm)
        if vhost:
            m['extra'] = m['extra'] + [('X-PPP-Message-ID', '<%s.%d@%s>' % (
                ctx.d.strftime('%Y%m%d%H%M%S'), ctx.rng.randint(1000, 99999), mta)), ('X-PPP-Vhost', vhost)]
        return m
    return f


def exim_cpanel(server, server_ip, sub_ip, sub_port=None, client='outlook16', php=False, domain=None, zone=None,
                cpuser='user', ua_kw=None, helo=None):
    """cPanel/Exim shared hosting (compromised small-business mailbox or PHP mailer)."""
    def f(ctx):
        z = zone or ctx.zone
        dom = domain or ctx.frm.split('@')[1]
        m = mua('phpmailer' if php else client, dom, ctx, **(ua_kw or {}))
        eid = '1%s-0000000%s-%s' % (rs(ctx.rng, ALNUM, 5), rs(ctx.rng, ALNUM, 4), rs(ctx.rng, ALNUM, 4))
        when = T.rfc2822(z, sec(ctx.t, 2), zero_day=True)
        env = '%s@%s' % (cpuser, server) if php else ctx.frm
        if php:
            hop = ('from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                   % (cpuser, server, env, eid, ctx.rcpt, when))
            extra = [('X-PHP-Originating-Script', '%d:mailer.php' % ctx.rng.randint(1000, 1100))]
        else:
            hop = ('from [%s] (port=%d helo=[192.168.0.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
                   '\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                   % (sub_ip, sub_port or ctx.rng.randint(49152, 65000), ctx.rng.randint(10, 200), server, ctx.frm,
                      eid, ctx.rcpt, when))
            extra = []
        extra += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                  ('X-AntiAbuse', 'Primary Hostname - %s' % server),
                  ('X-AntiAbuse', 'Original Domain - %s' % ctx.rcpt.split('@')[1]),
                  ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
                  ('X-AntiAbuse', 'Sender Address Domain - %s' % dom),
                  ('X-Get-Message-Sender-Via', '%s: %s' % (server, 'authenticated_id: %s/from_h' % cpuser if php
                                                          else 'authenticated_id: %s' % ctx.frm)),
                  ] + ([] if php else [('X-Authenticated-Sender', '%s: %s' % (server, ctx.frm))])
        m.update(client=(helo or server, server, server_ip), tls='1.3', hops=[('Received', hop)],
                 return_path=env)
        m['extra'] = m['extra'] + extra
        return m
    return f


def botnet(helo, ip, rdns=None, client='generic', mailer=None, domain=None, zone='UTC'):
    """Direct-to-MX from a compromised host: no own Received, no TLS."""
    def f(ctx):
        ctx.zone = zone
        m = mua(client, domain or ctx.frm.split('@')[1], ctx, mailer=mailer or [])
        m.update(client=(helo, rdns, ip), tls=None, hops=[], return_path=ctx.frm)
        return m
    return f


# ---------------------------------------------------------------- Google
def gmail(host='wm1', last=54, domain_custom=None, via='web', xmailer=None):
    nets = {'wm1': '209.85.128', 'ed1': '209.85.208', 'ej1': '209.85.218', 'wr1': '209.85.221',
            'lf1': '209.85.167', 'pl1': '209.85.214', 'qt1': '209.85.160'}

    def f(ctx):
        rng = ctx.rng
        h = 'mail-%s-f%d.google.com' % (host, last)
        sid = '%s-%sso%d%s.%d' % (rs(rng, HEX, 13), rs(rng, HEX + 'abcdef', 11), rng.randint(10 ** 6, 10 ** 7),
                                   rng.choice('abcdefg') + '%d' % rng.randint(1, 99), rng.randint(1, 5))
        t0 = sec(ctx.t, 1)
        hops = [('Received', 'by %s with SMTP id %s\n        for <%s>; %s'
                 % (h, sid, ctx.rcpt, T.rfc2822('PT', t0, zero_day=True, comment=True))),
                ('X-Gm-Message-State', 'AOJu0Y' + rs(rng, URLSAFE, 60)),
                ('X-Google-Smtp-Source', 'AGHT+I' + rs(rng, B64, 70)),
                ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
                 % (rs(rng, HEX, 4), rs(rng, HEX, 4), rs(rng, HEX, 3), rs(rng, HEX, 4), sid.split('.')[0][:20],
                    T.rfc2822('PT', sec(ctx.t, 2), zero_day=True, comment=True)))]
        mid = '<CA%s@mail.gmail.com>' % rs(rng, URLSAFE + '=+', 48) if via == 'web' else \
            '<%s@%s>' % (guid(rng, True), domain_custom or 'gmail.com')
        m = dict(client=(h, h, '%s.%d' % (nets[host], last)), tls='1.3', hops=hops, msgid=mid,
                 return_path=ctx.frm, style='gmail' if via == 'web' else 'apple', hs=HS_GMAIL if via == 'web' else HS_UTF8Q,
                 date=T.rfc2822(ctx.zone, ctx.d), order='gmail' if via == 'web' else 'apple',
                 mailer=[] if via == 'web' else [('X-Mailer', xmailer or 'iPhone Mail (22B91)')], extra=[])
        return m
    return f


def google_notify(last=69):
    def f(ctx):
        rng = ctx.rng
        h = 'mail-sor-f%d.google.com' % last
        hops = [('Received', 'by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
                 % (h, '%s-%s.%d' % (rs(rng, HEX, 13), rs(rng, HEX, 10), rng.randint(1, 9)), ctx.rcpt,
                    T.rfc2822('PT', sec(ctx.t, 1), zero_day=True, comment=True))),
                ('X-Google-Smtp-Source', 'AGHT+I' + rs(rng, B64, 70)),
                ('X-Received', 'by 2002:a05:6a20:%s:b0:%s:%s with SMTP id %s;\n        %s'
                 % (rs(rng, HEX, 4), rs(rng, HEX, 3), rs(rng, HEX, 4), rs(rng, URLSAFE, 20),
                    T.rfc2822('PT', sec(ctx.t, 1), zero_day=True, comment=True)))]
        return dict(client=(h, h, '209.85.220.%d' % last), tls='1.3', hops=hops,
                    msgid='<%s@notifications.google.com>' % rs(rng, URLSAFE, 22),
                    return_path='%s@gaia.bounces.google.com' % ('3' + rs(rng, URLSAFE, 22) + '-' + rs(rng, ALNUM, 8)
                                                                + '.' + rs(rng, ALNUM, 12)),
                    style='esp', hs=HS_GMAIL, date=T.rfc2822('GMT', ctx.d, zero_day=False).replace('+0000', '+0000'),
                    order='gmail', mailer=[], extra=[('X-Notifications', rs(rng, HEX, 16)),
                                                     ('X-Notifications-Bounce-Info', rs(rng, URLSAFE, 40))])
    return f


# ---------------------------------------------------------------- Microsoft
def _ms_srv(rng, prefix):
    return '%s%04dMB%04d' % (prefix, rng.randint(1, 9), rng.randint(1000, 9999))


def m365(tenant_id, region='eurprd07', prefix='AM9PR07', out=('EUR05-DB8-obe', 'db8eur05on', '40.107.20'),
         lang='de-DE', acc='de-DE, en-US', client='owa', org=None):
    """Exchange Online tenant (partner firms or attacker tenants)."""
    def f(ctx):
        rng = ctx.rng
        a = '%s%s' % (prefix, 'MB%04d' % rng.randint(1000, 9999))
        b = '%s%s' % (prefix, 'MB%04d' % rng.randint(1000, 9999))
        fa = 'fe80::%s:%s:%s:%s' % tuple(rs(rng, HEX, 4) for _ in range(4))
        h0 = '%s.outbound.protection.outlook.com' % out[0]
        last = rng.randint(2, 250)
        h1 = 'mail-%s%d.outbound.protection.outlook.com' % (out[1], 2000 + last)
        when1 = T.rfc2822('UTC', sec(ctx.t, 2)).replace('+0000', '+0000')
        hops = [('Received', 'from %s.%s.prod.outlook.com (2603:10a6:%s::%s) by\n %s.%s.prod.outlook.com (2603:10a6:%s::%s) '
                 'with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id '
                 '15.20.8769.%d; %s' % (a, region, rs(rng, HEX, 3), rs(rng, HEX, 2), b, region, rs(rng, HEX, 3),
                                         rs(rng, HEX, 2), rng.randint(10, 30), when1)),
                ('Received', 'from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%%d]) with mapi id '
                 '15.20.8769.%03d; %s' % (a, region, fa, a, region, fa, rng.randint(3, 7), rng.randint(10, 30),
                                          T.rfc2822('UTC', sec(ctx.t, 3))))]
        xm = []
        if client == 'outlook-desktop':
            xm = []
        mid = '<%s%s@%s.%s.prod.outlook.com>' % (a, rs(rng, '0123456789ABCDEF', 30), a, region)
        org_ = org or ctx.frm.split('@')[1]
        extra = [('Thread-Topic', None), ('Thread-Index', thread_index(rng, ctx.d, 1 if ctx.reply else 0)),
                 ('Accept-Language', acc), ('Content-Language', lang),
                 ('X-MS-Has-Attach', 'yes' if ctx.has_att else ''), ('X-MS-TNEF-Correlator', ''),
                 ('msip_labels', ''), ('x-ms-publictraffictype', 'Email'),
                 ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (a, b)),
                 ('x-ms-office365-filtering-correlation-id', guid(rng)),
                 ('X-OriginatorOrg', org_),
                 ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                 ('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.prod.outlook.com' % (a, region)),
                 ('X-MS-Exchange-CrossTenant-Network-Message-Id', guid(rng)),
                 ('X-MS-Exchange-CrossTenant-originalarrivaltime', ctx.d.strftime('%d %b %Y %H:%M:%S.') +
                  '%04d (UTC)' % rng.randint(0, 9999)),
                 ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                 ('X-MS-Exchange-CrossTenant-id', tenant_id),
                 ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
                 ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', b)]
        return dict(client=(h0, h1, '%s.%d' % (out[2], last)), tls='1.2', hops=hops, msgid=mid,
                    return_path=ctx.frm, style='outlook', hs=HS_OUTLOOK, date=T.rfc2822('UTC', ctx.d),
                    order='outlook', mailer=xm, extra=extra)
    return f


def outlook_com(out=('EUR03-AM7-obe', 'am7eur03olkn', '40.92.59')):
    """Consumer Outlook.com / Hotmail."""
    def f(ctx):
        rng = ctx.rng
        a = 'AS8P%03dMB%04d' % (rng.randint(100, 299), rng.randint(1000, 9999))
        reg = 'EURP%s' % a[4:7]
        fa = 'fe80::%s:%s:%s:%s' % tuple(rs(rng, HEX, 4) for _ in range(4))
        last = rng.randint(2, 250)
        hops = [('Received', 'from %s.%s.PROD.OUTLOOK.COM\n ([%s]) by %s.%s.PROD.OUTLOOK.COM\n ([%s%%4]) with mapi id '
                 '15.20.8769.%03d; %s' % (a, reg, fa, a, reg, fa, rng.randint(10, 30), T.rfc2822('UTC', sec(ctx.t, 2))))]
        extra = [('Thread-Topic', None), ('Thread-Index', thread_index(rng, ctx.d)),
                 ('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE'), ('X-MS-Has-Attach', ''),
                 ('X-MS-TNEF-Correlator', ''), ('x-ms-exchange-messagesentrepresentingtype', '1'),
                 ('x-tmn', '[%s]' % rs(rng, ALNUM + '/+', 32)), ('x-ms-publictraffictype', 'Email'),
                 ('X-OriginatorOrg', 'sct-15-20-8769-%d-msonline-outlook-%s.templateTenant' % (rng.randint(10, 30),
                                                                                             rs(rng, HEX, 5))),
                 ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                 ('X-MS-Exchange-CrossTenant-id', '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa')]
        return dict(client=('%s.outbound.protection.outlook.com' % out[0],
                            'mail-%s%d.outbound.protection.outlook.com' % (out[1], 2000 + last), '%s.%d' % (out[2], last)),
                    tls='1.2', hops=hops, msgid='<%s%s@%s.%s.PROD.OUTLOOK.COM>' % (a, rs(rng, '0123456789ABCDEF', 30), a, reg),
                    return_path=ctx.frm, style='outlook', hs=HS_OUTLOOK, date=T.rfc2822('UTC', ctx.d),
                    order='outlook', mailer=[], extra=extra)
    return f


def ms_notify():
    """Microsoft Entra/M365 service notifications (msonlineservicesteam@microsoftonline.com)."""
    def f(ctx):
        rng = ctx.rng
        pn = rng.randint(10, 20)
        a = 'MN2PR%02dMB%04d' % (pn, rng.randint(1000, 9999))
        b = 'BL0PR%02dMB%04d' % (pn, rng.randint(1000, 9999))
        last = rng.randint(2, 250)
        hops = [('Received', 'from %s.namprd%02d.prod.outlook.com (2603:10b6:208:%s::%s) by\n %s.namprd%02d.'
                 'prod.outlook.com (2603:10b6:208:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_'
                 'AES_256_GCM_SHA384) id 15.20.8769.%d; %s'
                 % (a, pn, rs(rng, HEX, 3), rs(rng, HEX, 2), b, pn, rs(rng, HEX, 3), rs(rng, HEX, 2), rng.randint(10, 30),
                    T.rfc2822('UTC', sec(ctx.t, 2))))]
        return dict(client=('NAM12-DM6-obe.outbound.protection.outlook.com',
                            'mail-dm6nam12on%d.outbound.protection.outlook.com' % (2000 + last), '40.107.243.%d' % last),
                    tls='1.2', hops=hops, msgid='<%s@%s.namprd%02d.prod.outlook.com>' % (guid(rng), a, pn),
                    return_path='msonlineservicesteam@microsoftonline.com', style='esp', hs=HS_UTF8B,
                    date=T.rfc2822('UTC', ctx.d), order='esp', mailer=[],
                    extra=[('X-MS-Exchange-Organization-AuthAs', None),
                           ('x-ms-publictraffictype', 'Email'),
                           ('X-OriginatorOrg', 'microsoftonline.com')])
    return f


def internal(oip='10.20.30.41', lang='de-DE', acc='de-DE, en-US'):
    """Company Exchange -> mail-int01 relay -> mx01."""
    def f(ctx):
        rng = ctx.rng
        m = mua('exchange', 'EXCH01.corp.example.com', ctx, oip=oip, lang=lang, acc=acc, server='EXCH01.corp.example.com')
        fa = 'fe80::%s:%s:%s:%s' % tuple(rs(rng, HEX, 4) for _ in range(4))
        hops = [('Received', 'from EXCH01.corp.example.com (exch01.corp.example.com [10.20.1.11])\n'
                 '\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n'
                 '\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s'
                 % (postfix_qid(rng), T.rfc2822('CET', sec(ctx.t, 1), pad=True, comment=True))),
                ('Received', 'from EXCH01.corp.example.com ([%s]) by\n EXCH01.corp.example.com ([%s%%13]) with mapi id\n'
                 ' 15.02.1748.010; %s' % (fa, fa, T.rfc2822('CET', sec(ctx.t, 2))))]
        m.update(client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), tls='1.3', hops=hops,
                 return_path=ctx.frm)
        return m
    return f


def exchange_partner(domain, exch, gw, gw_ip, oip, lang, acc, zone=None):
    """Partner with on-prem Exchange behind a Postfix/proxy gateway."""
    def f(ctx):
        rng = ctx.rng
        z = zone or ctx.zone
        m = mua('exchange', exch, ctx, oip=oip, lang=lang, acc=acc, server=exch)
        fa = 'fe80::%s:%s:%s:%s' % tuple(rs(rng, HEX, 4) for _ in range(4))
        hops = [('Received', 'from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPS id %s;\n\t%s'
                 % (exch, '192.168.10.%d' % rng.randint(5, 30), gw, postfix_qid(rng),
                    T.rfc2822(z, sec(ctx.t, 2), pad=True, comment=True))),
                ('Received', 'from %s ([%s]) by\n %s ([%s%%12]) with mapi id\n 15.02.1748.010; %s'
                 % (exch, fa, exch, fa, T.rfc2822(z, sec(ctx.t, 3))))]
        m.update(client=(gw, gw, gw_ip), tls='1.3', hops=hops, return_path=ctx.frm)
        return m
    return f


# ---------------------------------------------------------------- ESPs
def sendgrid(em_domain, ip, pod=None, uid=None):
    def f(ctx):
        rng = ctx.rng
        fid = 'filterdrecv-%s-%s' % (rs(rng, HEX, 10), rs(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 5))
        gid = rs(rng, URLSAFE, 22)
        pod_ = pod or 'geopod-ismtpd-%d' % rng.randint(1, 30)
        hops = [('Received', 'by %s with SMTP id %s-1-%s-%s\n        %s.%09d +0000 UTC m=+%d.%09d'
                 % (fid, fid, rs(rng, '0123456789ABCDEF', 8), rs(rng, '0123456789ABCDEF', 2),
                    sec(ctx.t, 2).strftime('%Y-%m-%d %H:%M:%S'), rng.randint(0, 10 ** 9 - 1),
                    rng.randint(10 ** 5, 10 ** 7), rng.randint(0, 10 ** 9 - 1))),
                ('Received', 'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)'
                 % (rs(rng, ALNUM, 16), pod_, gid, T.rfc2822('UTC', sec(ctx.t, 3), zero_day=True)
                    .replace(sec(ctx.t, 3).strftime('%H:%M:%S'), sec(ctx.t, 3).strftime('%H:%M:%S') + '.%03d' % rng.randint(0, 999))))]
        u = uid or rng.randint(10 ** 7, 5 * 10 ** 7)
        rp = 'bounces+%d-%s-%s=%s@%s' % (u, rs(rng, HEX, 4), ctx.rcpt.split('@')[0], ctx.rcpt.split('@')[1], em_domain)
        return dict(client=('%s' % ip[1], ip[1], ip[0]), tls='1.2', hops=hops, msgid='<%s@%s>' % (gid, pod_),
                    return_path=rp, style='esp', hs=HS_UTF8B, date=T.rfc2822('UTC', ctx.d, zero_day=True), order='esp',
                    mailer=[], extra=[('X-SG-EID', 'u001.' + rs(rng, B64, 86) + '=='),
                                      ('X-SG-ID', 'u001.' + rs(rng, B64, 54) + '='),
                                      ('X-Entity-ID', 'u001.' + rs(rng, B64, 22) + '==')])
    return f


def mailgun(mg_domain, ip_last=12, block='159.135.228'):
    def f(ctx):
        rng = ctx.rng
        host = 'm%s-%d.mailgun.net' % (block.split('.')[-1], ip_last)
        hid = rs(rng, HEX, 12)
        hops = [('Received', 'by %s with HTTP id %s; %s' % (hid, rs(rng, HEX, 24),
                                                            T.rfc2822('UTC', sec(ctx.t, 2), zero_day=True).replace('+0000', 'GMT')))]
        mid = '<%s.%s@%s>' % (ctx.d.strftime('%Y%m%d%H%M%S'), rs(rng, HEX, 16), mg_domain)
        rp = 'bounce+%s.%s-%s=%s@%s' % (rs(rng, HEX, 6), rs(rng, HEX, 6), ctx.rcpt.split('@')[0],
                                         ctx.rcpt.split('@')[1], mg_domain)
        return dict(client=(host, host, '%s.%d' % (block, ip_last)), tls='1.3', hops=hops, msgid=mid, return_path=rp,
                    style='esp', hs=HS_UTF8B, date=T.rfc2822('UTC', ctx.d), order='esp', mailer=[],
                    extra=[('X-Mailgun-Sid', 'Wy' + rs(rng, B64, 50) + 'IiwgImV4YW1wbGUuY29tIiwgIjFiMmMiXQ=='),
                           ('X-Mailgun-Sending-Ip', '%s.%d' % (block, ip_last))])
    return f


def ses(region='eu-west-1', ip='54.240.7.12', host=None, feedback_tag='1'):
    def f(ctx):
        rng = ctx.rng
        h = host or 'a7-%s.smtp-out.%s.amazonses.com' % (ip.split('.')[-1], region)
        pre = '0102019%s' % rs(rng, HEX, 9)
        mid = '<%s-%s-000000@%s.amazonses.com>' % (pre, guid(rng), region)
        return dict(client=(h, h, ip), tls='1.3', hops=[], msgid=mid,
                    return_path='%s-%s-000000@%s.amazonses.com' % (pre, guid(rng), region), style='esp', hs=HS_UTF8B,
                    date=T.rfc2822('UTC', ctx.d), order='esp', mailer=[],
                    extra=[('Feedback-ID', '::%s.%s.%s=:AmazonSES' % (feedback_tag, region, rs(rng, B64, 43))),
                           ('X-SES-Outgoing', '%s-%s' % (ctx.d.strftime('%Y.%m.%d'), ip))])
    return f


def brevo(ip='77.32.148.24', host='smtp-relay.sendinblue.com', rdns='relay24.brevo.com', mailbox_id=None):
    def f(ctx):
        rng = ctx.rng
        mid = '<%s.%d@smtp-relay.mailin.fr>' % (ctx.d.strftime('%Y%m%d%H%M'), rng.randint(10 ** 10, 10 ** 11))
        rp = 'bounces-%d-%s@%s' % (rng.randint(10 ** 6, 10 ** 7), ctx.rcpt.replace('@', '='), 'mailin-bounce.net')
        return dict(client=(host, rdns, ip), tls='1.3', hops=[], msgid=mid, return_path=rp, style='esp',
                    hs=HS_UTF8B, date=T.rfc2822('UTC', ctx.d), order='esp', mailer=[('X-Mailer', 'Sendinblue')],
                    extra=[('X-sib-id', rs(rng, URLSAFE, 48)), ('Origin-messageId', mid),
                           ('X-CSA-Complaints', 'csa-complaints@eco.de')])
    return f


def mailchimp(us='us21', user=None, mc_host_last=34, list_id=None):
    def f(ctx):
        rng = ctx.rng
        h = 'mail%d.suw%d.mcsv.net' % (mc_host_last, rng.randint(11, 21))
        u = user or rng.randint(10 ** 7, 10 ** 8)
        cid = rs(rng, HEX, 10)
        rp = 'bounce-mc.%s_%d.%d-%s@%s' % (us, u, rng.randint(10 ** 6, 10 ** 7), rs(rng, HEX, 10), h)
        mid = '<%s.%s@%s>' % (rs(rng, HEX, 32)[:26], rs(rng, HEX, 10), h)
        return dict(client=(h, h, '198.2.%d.%d' % (rng.randint(128, 191), mc_host_last)), tls='1.3', hops=[],
                    msgid=mid, return_path=rp, style='esp', hs=HS_UTF8B, date=T.rfc2822('UTC', ctx.d),
                    order='esp', mailer=[('X-Mailer', 'MailChimp Mailer - **CID%s**' % cid)],
                    extra=[('X-Campaign', 'mailchimp%s.%s' % (rs(rng, HEX, 26), cid)),
                           ('X-campaignid', 'mailchimp%s.%s' % (rs(rng, HEX, 26), cid)),
                           ('X-Report-Abuse', 'Please report abuse for this campaign here: '
                            'https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (rs(rng, HEX, 26), cid, rs(rng, HEX, 10))),
                           ('X-MC-User', rs(rng, HEX, 26)),
                           ('Feedback-ID', '%d:%d.%d:%s:mc' % (rng.randint(10 ** 7, 10 ** 8), u, rng.randint(10 ** 6, 10 ** 7), us)),
                           ('X-Accounttype', 'pd')])
    return f


# ---------------------------------------------------------------- consumer mail / national providers
def united(provider='gmx', last=20, client_ip='87.178.%d.%d'):
    """GMX / WEB.DE webmail (3c-app 'trinity' message ids)."""
    def f(ctx):
        rng = ctx.rng
        if provider == 'gmx':
            mout, ip, app, web = 'mout.gmx.net', '212.227.17.%d' % last, '3c-app-gmx-bap%d' % rng.randint(10, 70), 'web-mail.gmx.net'
            mr = 'mrgmx%03d' % rng.randint(1, 110)
        else:
            mout, ip, app, web = 'mout.web.de', '217.72.192.%d' % last, '3c-app-webde-bap%d' % rng.randint(10, 70), 'web-mail.web.de'
            mr = 'mrweb%03d' % rng.randint(1, 110)
        cip = client_ip % (rng.randint(1, 254), rng.randint(1, 254)) if '%' in client_ip else client_ip
        hops = [('Received', 'from [%s] ([%s]) by %s\n (%s.server.lan [172.19.172.%d])\n (via HTTP); %s'
                 % (cip, cip, web, app, rng.randint(10, 250), T.rfc2822('CET', sec(ctx.t, 3)))),
                ('X-Provags-ID', 'V03:K1:' + rs(rng, B64, 180))]
        mid = '<trinity-%s-%d@%s>' % (guid(rng), T.epoch_ms(ctx.d) + rng.randint(0, 999), app)
        return dict(client=(mout, mout, ip), tls='1.3', hops=[('Received', 'from %s ([%s]) by %s (%s\n [%s]) with ESMTPSA (Nemesis) id %s; %s'
                                                             % (web, cip, 'mail.%s' % ('gmx.net' if provider == 'gmx' else 'web.de'), mr,
                                                                ip, rs(rng, ALNUM, 8) + '-' + rs(rng, ALNUM, 12),
                                                                T.rfc2822('CET', sec(ctx.t, 2))))] + hops,
                    msgid=mid, return_path=ctx.frm, style='generic', hs=HS_UTF8Q, date=T.rfc2822('CET', ctx.d),
                    order='default', mailer=[], extra=[('Importance', 'normal'), ('Sensitivity', 'Normal'),
                                                       ('X-Priority', '3'), ('X-UI-Message-Type', 'mail')])
    return f


def libero(last=17, client_ip='79.36.%d.%d'):
    def f(ctx):
        rng = ctx.rng
        cip = client_ip % (rng.randint(1, 254), rng.randint(1, 254))
        n = rng.randint(10, 40)
        hops = [('Received', 'from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
                 % (cip, n, rs(rng, ALNUM, 16), T.rfc2822('CET', sec(ctx.t, 2), zero_day=True)))]
        mid = '<%d.%d.%d@mail.libero.it>' % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 7),
                                             T.epoch_ms(ctx.d) + ctx.rng.randint(0, 999))
        return dict(client=('smtp-%d.iol.local' % n, 'smtp-%d-i2.italiaonline.it' % n, '213.209.10.%d' % n),
                    tls='1.3', hops=hops, msgid=mid, return_path=ctx.frm, style='generic', hs=HS_UTF8Q,
                    date=T.rfc2822('CET', ctx.d), order='default',
                    mailer=[('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev71')],
                    extra=[('Importance', 'Normal'), ('X-Priority', '3'), ('X-CNFS-Analysis', None)])
    return f


def wp(kind='wp', client_ip='83.24.%d.%d'):
    def f(ctx):
        rng = ctx.rng
        cip = client_ip % (rng.randint(1, 254), rng.randint(1, 254))
        if kind == 'wp':
            mx, ip = 'mx4.wp.pl', '212.77.101.11'
            hops = [('Received', '(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s'
                     % (rng.randint(10 ** 4, 10 ** 5), T.rfc2822('CET', sec(ctx.t, 2)))),
                    ('Received', 'from [%s] by poczta.wp.pl (via HTTP); %s' % (cip, T.rfc2822('CET', sec(ctx.t, 3))))]
            mid = '<%s@wp.pl>' % rs(rng, HEX, 32)
            mailer = [('X-Mailer', 'Poczta Wirtualnej Polski - NowaPoczta')]
            extra = [('X-WP-MailID', rs(rng, HEX, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
                     ('X-WP-Sent', cip)]
        else:
            mx, ip = 'smtpo.poczta.interia.pl', '217.74.67.%d' % rng.randint(100, 200)
            hops = [('Received', 'from poczta.interia.pl (mi-%s [10.217.%d.%d])\n\tby smtpo.poczta.interia.pl (INTERIA.PL) '
                     'with ESMTPSA id %s;\n\t%s' % (rs(rng, 'abcdefghij', 4), rng.randint(1, 250), rng.randint(1, 250),
                                                   rs(rng, ALNUM, 10), T.rfc2822('CET', sec(ctx.t, 2))))]
            mid = '<%s@interia.pl>' % rs(rng, 'abcdefghijklmnopqrstuvwxyz', 24)
            mailer = [('X-Mailer', 'interia.pl/pf09')]
            extra = [('X-Originating-IP', cip), ('X-Interia-Antivirus', 'OK')]
        return dict(client=(mx, mx, ip), tls='1.3', hops=hops, msgid=mid, return_path=ctx.frm, style='generic',
                    hs=('body', 'Q', None, 'plain'), date=T.rfc2822('CET', ctx.d), order='default',
                    mailer=mailer, extra=extra)
    return f


def yandex(notify=False, client_ip='95.55.%d.%d', client='webmail'):
    def f(ctx):
        rng = ctx.rng
        fw = 'forward%d%s.mail.yandex.net' % (rng.randint(100, 502), rng.choice('abcd'))
        ip = '178.154.239.%d' % rng.randint(64, 220)
        mid_host = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randint(10, 99), rng.choice(['vla', 'sas', 'myt', 'iva']))
        hops = [('Received', 'from %s (%s [IPv6:2a02:6b8:c0f:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n'
                 '\tfor <%s>; %s' % (mid_host, mid_host, rs(rng, HEX, 4), rs(rng, HEX, 4), fw, rs(rng, ALNUM, 12),
                                     ctx.rcpt, T.rfc2822('MSK', sec(ctx.t, 1)))),
                ('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
                 % (mid_host, rs(rng, ALNUM, 10), rs(rng, ALNUM, 8), T.rfc2822('MSK', sec(ctx.t, 2))))]
        if notify:
            mid = '<%s@%s>' % (rs(rng, HEX, 32), 'id.yandex.ru')
            return dict(client=(fw, fw, ip), tls='1.3', hops=hops[:1], msgid=mid, return_path=ctx.frm, style='esp',
                        hs=HS_UTF8B, date=T.rfc2822('MSK', ctx.d), order='esp', mailer=[],
                        extra=[('X-Yandex-Service', rs(rng, B64, 40) + '==')])
        cip = client_ip % (rng.randint(1, 254), rng.randint(1, 254))
        if client == 'thebat':
            mid = '<%d.%s@yandex.ru>' % (rng.randint(10 ** 8, 2 * 10 ** 9), T.local('MSK', ctx.d)[0].strftime('%Y%m%d%H%M%S'))
            hops[1] = ('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
                       % (mid_host, rs(rng, ALNUM, 10), rs(rng, ALNUM, 8), T.rfc2822('MSK', sec(ctx.t, 2))))
            return dict(client=(fw, fw, ip), tls='1.3', hops=hops, msgid=mid, return_path=ctx.frm, style='thebat',
                        hs=('body', 'B', None, 'plain'), date=T.rfc2822('MSK', ctx.d), order='default',
                        mailer=[('X-Mailer', 'The Bat! (v11.2.1) Professional')], extra=[('X-Priority', '3 (Normal)')])
        hops.append(('Received', 'from %s by %s with HTTP;\n\t%s' % (cip, 'mail.yandex.ru', T.rfc2822('MSK', sec(ctx.t, 4)))))
        mid = '<%d%d@mail.yandex.ru>' % (rng.randint(10 ** 5, 10 ** 6), int(ctx.d.timestamp()))
        return dict(client=(fw, fw, ip), tls='1.3', hops=hops, msgid=mid, return_path=ctx.frm, style='generic',
                    hs=HS_UTF8B, date=T.rfc2822('MSK', ctx.d), order='default',
                    mailer=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')], extra=[])
    return f


def mailru(client_ip='176.59.%d.%d'):
    def f(ctx):
        rng = ctx.rng
        n = rng.randint(20, 60)
        h = 'smtp%d.i.mail.ru' % n
        f_ = 'f%d.i.mail.ru' % rng.randint(100, 700)
        cip = client_ip % (rng.randint(1, 254), rng.randint(1, 254))
        hops = [('Received', 'by %s with local (envelope-from <%s>)\n\tid %s; %s'
                 % (f_, ctx.frm, rs(rng, ALNUM, 6) + '-' + rs(rng, ALNUM, 6), T.rfc2822('MSK', sec(ctx.t, 2)))),
                ('Received', 'from [%s] by e.mail.ru with HTTP;\n\t%s' % (cip, T.rfc2822('MSK', sec(ctx.t, 3))))]
        mid = '<%d.%d@%s>' % (int(ctx.d.timestamp()), rng.randint(10 ** 8, 10 ** 9), f_)
        return dict(client=(h, h, '95.163.41.%d' % n), tls='1.3', hops=hops, msgid=mid, return_path=ctx.frm,
                    style='generic', hs=HS_UTF8B, date=T.rfc2822('MSK', ctx.d), order='default',
                    mailer=[('X-Mailer', 'Mail.Ru Mailer 1.0')], extra=[('X-Originating-IP', '[%s]' % cip)])
    return f


def otenet(client='outlook16', sub_ip='94.68.%d.%d', ua_kw=None, webmail_ip=None):
    def f(ctx):
        rng = ctx.rng
        ip = sub_ip % (rng.randint(1, 254), rng.randint(1, 254)) if '%' in sub_ip else sub_ip
        m = mua(client, 'otenet.gr', ctx, **(ua_kw or {'lang': 'el'}))
        if webmail_ip:
            hops = [('Received', 'from webmail.otenet.gr (webmail2.otenet.gr [83.235.64.42])\n\t(Authenticated sender: %s)\n'
                     '\tby smtp-out.otenet.gr (OTEnet) with ESMTPA id %s\n\tfor <%s>; %s'
                     % (ctx.frm, rs(rng, ALNUM, 12), ctx.rcpt, T.rfc2822('EET', sec(ctx.t, 2))))]
            m['extra'] = m['extra'] + [('X-Originating-IP', '[%s]' % webmail_ip)]
        else:
            hops = [('Received', 'from DESKTOP-%s (ppp-%s.home.otenet.gr [%s])\n\tby smtp-out.otenet.gr (OTEnet) with ESMTPA id %s\n'
                     '\tfor <%s>; %s' % (rs(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), ip.replace('.', '-'), ip,
                                         rs(rng, ALNUM, 12), ctx.rcpt, T.rfc2822('EET', sec(ctx.t, 2))))]
        m.update(client=('smtp-out.otenet.gr', 'mailout%d.otenet.gr' % rng.randint(1, 4), '83.235.69.%d' % rng.randint(10, 60)),
                 tls='1.2', hops=hops, return_path=ctx.frm)
        return m
    return f


def aruba(client='outlook16', sub_ip='93.45.%d.%d', ua_kw=None):
    def f(ctx):
        rng = ctx.rng
        ip = sub_ip % (rng.randint(1, 254), rng.randint(1, 254)) if '%' in sub_ip else sub_ip
        m = mua(client, ctx.frm.split('@')[1], ctx, **(ua_kw or {'lang': 'it'}))
        n = rng.randint(10, 30)
        hops = [('Received', 'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
                 % ('PC-UFFICIO' if client == 'outlook16' else '[192.168.1.%d]' % rng.randint(2, 60), ip,
                    rs(rng, ALNUM, 16), T.rfc2822('CET', sec(ctx.t, 2))))]
        m.update(client=('smtpdh%d-1.aruba.it' % n, 'smtpdh%d-1.aruba.it' % n, '62.149.155.%d' % (140 + n)),
                 tls='1.2', hops=hops, return_path=ctx.frm)
        return m
    return f


def zimbra(mta, mta_ip, client_ip, browser='GC130 (Win)', ver='10.0.10_GA_4706'):
    def f(ctx):
        rng = ctx.rng
        dom = ctx.frm.split('@')[1]
        hops = [('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
                 % (mta, mta, mta_ip, mta, postfix_qid(rng), T.rfc2822(ctx.zone, sec(ctx.t, 2), pad=True, comment=True))),
                ('Received', 'from %s ([127.0.0.1])\n\tby localhost (%s [127.0.0.1]) (amavis, port 10026) with ESMTP\n'
                 '\tid %s; %s' % (mta, mta, rs(rng, ALNUM, 12), T.rfc2822(ctx.zone, sec(ctx.t, 3), pad=True, comment=True))),
                ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
                 % (mta, mta, mta_ip, mta, postfix_qid(rng), T.rfc2822(ctx.zone, sec(ctx.t, 4), pad=True, comment=True)))]
        mid = '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 5, 10 ** 7),
                                                 T.epoch_ms(ctx.d) + rng.randint(0, 999), dom)
        return dict(client=(mta, mta, mta_ip), tls='1.3', hops=hops, msgid=mid, return_path=ctx.frm, style='zimbra',
                    hs=HS_UTF8Q, date=T.rfc2822(ctx.zone, ctx.d), order='zimbra',
                    mailer=[('X-Mailer', 'Zimbra %s (ZimbraWebClient - %s/%s)' % (ver, browser, ver))],
                    extra=[('X-Originating-IP', '[%s]' % client_ip), ('Thread-Topic', None),
                           ('Thread-Index', rs(rng, B64, 28))])
    return f


def zoho(domain=None):
    def f(ctx):
        rng = ctx.rng
        n = rng.randint(10, 40)
        h = 'sender4-op-o%d.zoho.eu' % n
        hops = [('Received', 'by mx.zoho.eu with SMTPS id %d%06d.%d;\n\t%s'
                 % (int(ctx.d.timestamp()), rng.randint(0, 999999), rng.randint(10 ** 8, 10 ** 9),
                    T.rfc2822(ctx.zone, sec(ctx.t, 1), comment=True)))]
        dom = domain or ctx.frm.split('@')[1]
        mid = '<%s.%s.%d@%s>' % (rs(rng, HEX, 11), rs(rng, HEX, 16), rng.randint(10 ** 18, 10 ** 19), dom)
        return dict(client=(h, h, '136.143.169.%d' % n), tls='1.3', hops=hops, msgid=mid, return_path=ctx.frm,
                    style='generic', hs=HS_UTF8B, date=T.rfc2822(ctx.zone, ctx.d), order='default',
                    mailer=[('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')], extra=[('Importance', 'Medium')])
    return f


def docusign():
    def f(ctx):
        rng = ctx.rng
        last = rng.randint(10, 60)
        h = 'mail%d.eumail.docusign.net' % rng.randint(1, 9)
        hops = [('Received', 'from docusign.net (%s [10.96.%d.%d]) by %s with ESMTP id %s; %s'
                 % ('eu2-mta%02d' % rng.randint(1, 20), rng.randint(1, 250), rng.randint(1, 250), h,
                    rs(rng, HEX, 16), T.rfc2822('UTC', sec(ctx.t, 2))))]
        return dict(client=(h, h, '185.81.100.%d' % last), tls='1.2', hops=hops,
                    msgid='<%s@docusign.net>' % guid(rng), return_path='bounces@eumail.docusign.net', style='esp',
                    hs=HS_UTF8B, date=T.rfc2822('UTC', ctx.d), order='esp', mailer=[],
                    extra=[('X-DocuSign-EnvelopeID', None)])
    return f


def github():
    def f(ctx):
        rng = ctx.rng
        n = rng.randint(20, 30)
        h = 'out-%d.smtp.github.com' % n
        hops = [('Received', 'from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com '
                 '(Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
                 % (rs(rng, HEX, 12), rng.randint(1, 250), rng.randint(1, 250), postfix_qid(rng), ctx.rcpt,
                    T.rfc2822('PT', sec(ctx.t, 2), pad=True, comment=True)))]
        mid = '<%s_%s@lowworker-%s-%s.mail>' % (rs(rng, HEX, 13), rs(rng, HEX, 16), rs(rng, HEX, 10),
                                                 rs(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 5))
        return dict(client=(h, h, '192.30.252.%d' % (190 + n)), tls='1.3', hops=hops, msgid=mid,
                    return_path='noreply@github.com', style='esp', hs=HS_UTF8B, date=T.rfc2822('PT', ctx.d),
                    order='esp', mailer=[], extra=[('X-Auto-Response-Suppress', 'All')])
    return f


def internal_app(app_host, app_ip, mailer):
    """Internal appliance (e.g. 3CX PBX) relaying through mail-int01 -> mx01."""
    def f(ctx):
        rng = ctx.rng
        hops = [('Received', 'from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                 % (app_host.split('.')[0], app_host, app_ip, postfix_qid(rng), ctx.rcpt,
                    T.rfc2822('CET', sec(ctx.t, 1), pad=True, comment=True)))]
        return dict(client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), tls='1.3', hops=hops,
                    msgid='<%s@%s>' % (rs(rng, HEX, 32), app_host.split('.')[0]), return_path=ctx.frm,
                    style='esp', hs=HS_UTF8B, date=T.rfc2822(ctx.zone, ctx.d), order='esp',
                    mailer=[('X-Mailer', mailer)], extra=[])
    return f
