"""Sending systems: trace headers below mx01, Message-ID style, header order,
boundary style and system-specific headers.  Each profile returns a dict:
  client=(helo, rdns, ip)  tls=str|None  hops=[Received lines, top first]
  order=[std names / (name, value)]  msgid=str  bnd=callable(kind)->str
  rp=default Return-Path
"""
import base64
import hashlib
import string

import tz
from mailkit import date, ew

ALNUM = string.ascii_letters + string.digits
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
         '\t(No client certificate requested)')
TLS13_128 = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n'
             '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
             '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n'
         '\t(No client certificate requested)')
STD_TAIL = ['from', 'to', 'cc', 'subject', 'date', 'message-id', 'in-reply-to', 'references',
            'reply-to', 'mime']


class Ctx:
    def __init__(self, rng):
        self.r = rng

    def hex(self, n, upper=False):
        s = ''.join(self.r.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars=ALNUM):
        return ''.join(self.r.choice(chars) for _ in range(n))

    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def guid(self, upper=False):
        h = self.hex(32, upper)
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], '4' + h[13:16], h[16:20], h[20:])

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.randrange(256) for _ in range(nbytes))
        s = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        return s.decode()

    def int(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)


def thread_index(ctx, t, parent=None):
    if parent:
        raw = base64.b64decode(parent) + bytes(ctx.r.randrange(256) for _ in range(5))
        return base64.b64encode(raw).decode()
    ft = int((t.timestamp() + 11644473600) * 10_000_000)
    raw = bytes([1]) + ft.to_bytes(8, 'big')[:5] + bytes(ctx.r.randrange(256) for _ in range(16))
    return base64.b64encode(raw).decode()


def d(zone, t, sec=0):
    return date(tz.inz(zone, tz.plus(t, sec)))


def pfx_queue(ctx):
    return ctx.hex(10, True)


def mx01_line(ctx, client, tls, rcpt, t):
    helo, rdns, ip = client
    de = tz.inz('DE', t)
    s = 'Received: from %s (%s [%s])' % (helo, rdns, ip)
    if tls:
        s += '\r\n\t' + tls
    s += '\r\n\tby mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', pfx_queue(ctx))
    s += '\r\n\tfor <%s>; %s (%s)' % (rcpt, date(de), tz.name('DE', de))
    return s


# ------------------------------------------------------------ boundaries --
def b_exchange(ctx, key):
    n = [0]

    def f(kind):
        code = {'mixed': '_004_', 'alternative': '_000_', 'related': '_006_'}.get(kind, '_002_')
        n[0] += 1
        return '%s%s_' % (code, key)
    return f


def filetime(t):
    return int((t.timestamp() + 11644473600) * 10_000_000)


def b_outlook_desktop(ctx, t):
    ft = filetime(t)
    stamp = '%08X.%08X' % (ft >> 32, ft & 0xFFFFFFFF)
    n = [ctx.int(0, 0x20)]

    def f(kind):
        n[0] += 1
        return '----=_NextPart_%03X_%04X_%s' % (n[0] - 1, n[0] + 0x10, stamp)
    return f


def b_gmail(ctx):
    def f(kind):
        return '000000000000' + ctx.hex(16)
    return f


def b_thunderbird(ctx):
    def f(kind):
        return '------------' + ctx.alnum(24)
    return f


def b_generic(fmt):
    def f(kind):
        return fmt(kind)
    return f


# -------------------------------------------------------------- profiles --
def exchange_internal(ctx, m, host='EXCH01', lang='de-DE', client_ip='10.30.12.57', has_attach=False):
    """Example Group on-prem Exchange 2019 -> mail-int01 -> mx01."""
    ip = {'EXCH01': '10.20.1.21', 'EXCH02': '10.20.1.22'}[host]
    fe80 = 'fe80::%s:%s:%s:%s' % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))
    fqdn = '%s.corp.example.com' % host
    hops = [
        'Received: from %s (%s [%s])\r\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
            fqdn, fqdn.lower(), ip, pfx_queue(ctx), m.rcpt, d('DE', m.t, 1)),
        'Received: from %s (%s) by %s (%s) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.2.1544.14; %s' % (
            fqdn, ip, fqdn, ip, d('DE', m.t, 1)),
        'Received: from %s ([%s]) by %s\r\n ([%s%%12]) with mapi id 15.02.1544.014; %s' % (
            fqdn, fe80, fqdn, fe80, d('DE', m.t)),
    ]
    key = ctx.hex(32)
    msgid = '<%s@%s>' % (key, fqdn)
    ti = m.thread_index or thread_index(ctx, m.t)
    order = ['from', 'to', 'cc', 'subject', ('Thread-Topic', m.thread_topic), ('Thread-Index', ti),
             'date', 'message-id', 'references', 'in-reply-to', 'reply-to',
             ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
             ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-originating-ip', '[%s]' % client_ip), 'mime']
    return dict(client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), tls=TLS12,
                hops=hops, order=order, msgid=msgid,
                bnd=b_exchange(ctx, key + fqdn.replace('.', '').replace('corpexamplecom', 'corpexamplecom')))


def o365(ctx, m, domain, srv, region='eurprd04', obe=('EUR05-AM6-obe', 'mail-am6eur05on2071', '40.107.22.71'),
         lang='de-DE', has_attach=False, mailer_ua=None, xmailer=None):
    """Sender on Exchange Online (their own tenant)."""
    srv2 = srv[:-4] + '%04d' % ctx.int(1000, 9999)
    v6a = '2603:10a6:%x:%x::%x' % (ctx.int(0x10, 0x900), ctx.int(0x10, 0x4ff), ctx.int(1, 0x30))
    fe80 = 'fe80::%s:%s:%s:%s' % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))
    build = '15.20.%d.%d' % (ctx.int(9100, 9300), ctx.int(10, 30))
    fq1, fq2 = '%s.%s.prod.outlook.com' % (srv, region), '%s.%s.prod.outlook.com' % (srv2, region)
    hops = [
        'Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n %s; %s' % (
            fq1, v6a, fq2, v6a.replace('::', ':1::'), build, d('UTC', m.t, 1)),
        'Received: from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id %s; %s' % (
            fq1, fe80, fq1, fe80, ctx.int(3, 7), build[:6] + build[6:].replace('.', '.0'), d('UTC', m.t)),
    ]
    key = srv + ctx.hex(30, True)
    msgid = '<%s@%s>' % (key, fq1.upper())
    ti = m.thread_index or thread_index(ctx, m.t)
    order = ['from', 'to', 'cc', 'subject', ('Thread-Topic', m.thread_topic), ('Thread-Index', ti),
             'date', 'message-id', 'references', 'in-reply-to', 'reply-to',
             ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
             ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', '')]
    if xmailer:
        order.append(('X-Mailer', xmailer))
    order += [('x-ms-publictraffictype', 'Email'),
              ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv, srv2)),
              ('x-ms-office365-filtering-correlation-id', ctx.guid()), 'mime',
              ('X-OriginatorOrg', domain),
              ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
              ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s%s (UTC)' % (tz.inz('UTC', m.t).strftime('%d %b %Y %H:%M:%S.'), ctx.digits(4))),
              ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
              ('X-MS-Exchange-CrossTenant-id', m.tenant or ctx.guid()),
              ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv2)]
    return dict(client=(obe[0] + '.outbound.protection.outlook.com', obe[1] + '.outbound.protection.outlook.com', obe[2]),
                tls=TLS13, hops=hops, order=order, msgid=msgid, bnd=b_exchange(ctx, key + fq1.replace('.', '')[:40]))


def outlook_com(ctx, m, srv='AM9P191MB1287', client_ip='91.64.12.201', ios=False, lang='en-GB'):
    """Consumer outlook.com / hotmail.com."""
    fq = '%s.EURP191.PROD.OUTLOOK.COM' % srv
    hops = ['Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.%d.%d; %s' % (
        fq, '2603:10a6:20b:%x::%x' % (ctx.int(0x100, 0x5ff), ctx.int(1, 0x20)), fq.replace(srv[-4:], '%04d' % ctx.int(1000, 9999)),
        '2603:10a6:10:%x::%x' % (ctx.int(0x100, 0x5ff), ctx.int(1, 0x20)), ctx.int(9100, 9300), ctx.int(10, 30), d('UTC', m.t, 1)),
        'Received: from %s\r\n ([fe80::%s:%s:%s:%s]) by %s\r\n ([fe80::%s%%4]) with mapi id 15.20.%d.0%d; %s' % (
            fq, ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4), fq, ctx.hex(4), ctx.int(9100, 9300), ctx.int(10, 30), d('UTC', m.t))]
    key = srv + ctx.hex(28, True)
    order = ['from', 'to', 'cc', 'subject', ('Thread-Topic', m.thread_topic),
             ('Thread-Index', m.thread_index or thread_index(ctx, m.t)), 'date', 'message-id', 'references',
             'in-reply-to', 'reply-to', ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
             ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('x-ms-exchange-messagesentrepresentingtype', '1'),
             ('x-tmn', '[%s]' % ctx.alnum(40)), ('x-ms-publictraffictype', 'Email'),
             ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv, 'DU0P191MB%04d' % ctx.int(1000, 9999))), 'mime',
             ('X-OriginatorOrg', 'sct-15-20-8534-20-msonline-outlook-38779.templateTenant')]
    n = ctx.int(10, 250)
    return dict(client=('EUR02-AM0-obe.outbound.protection.outlook.com',
                        'mail-am0eur02olkn20%d.outbound.protection.outlook.com' % (n % 100),
                        '40.92.49.%d' % n), tls=TLS13, hops=hops, order=order,
                msgid='<%s@%s>' % (key, fq), bnd=b_exchange(ctx, key + fq.replace('.', '')))


_GHOSTS = {'wr1': '209.85.221', 'wm1': '209.85.128', 'ej1': '209.85.218', 'ed1': '209.85.208',
           'lf1': '209.85.167', 'pl1': '209.85.214', 'qt1': '209.85.160'}


def gmail(ctx, m, node='wr1'):
    last = ctx.int(41, 99)
    host = 'mail-%s-f%d.google.com' % (node, last)
    ip = '%s.%d' % (_GHOSTS[node], last)
    hops = ['Received: by %s with SMTP id ffacd0b85a97d-%sso%s%s.%d\r\n        for <%s>; %s (%s)' % (
        host, ctx.hex(11), ctx.digits(7), ctx.pick(['f8f', '3a', '7b', '2e']), ctx.int(1, 5), m.rcpt,
        d('PT', m.t), tz.name('PT', m.t))]
    mid = 'CA' + ctx.pick('JKLMNP') + ctx.alnum(10) + ctx.alnum(20, ALNUM + '_-') + ctx.alnum(14) + ctx.pick(['=', '+', '_']) + ctx.alnum(6) + '@mail.gmail.com'
    order = [('X-Gm-Message-State', 'AOJu0Y' + ctx.alnum(58, ALNUM + '+/') + '=='),
             ('X-Google-Smtp-Source', 'AGHT+I' + ctx.alnum(70, ALNUM + '+/') + '=='),
             ('X-Received', 'by 2002:a05:%d:%x:b0:%x:%x:%x with SMTP id %s-%smr%s%s.%d.%d;\r\n        %s (%s)' % (
                 ctx.int(6000, 6902), ctx.int(0x100, 0xfff), ctx.int(0x100, 0x4ff), ctx.int(0x1000, 0xffff), ctx.int(0x1000, 0xffff),
                 ctx.alnum(3).lower(), ctx.digits(20), ctx.digits(7), ctx.pick(['wrx', 'wmx', 'ejx']), ctx.int(1, 60),
                 int(m.t.timestamp() * 1000), d('PT', m.t), tz.name('PT', m.t))),
             'mime', 'references', 'in-reply-to', 'from', 'date',
             ('X-Gm-Features', 'AS18NW' + ctx.alnum(48, ALNUM + '_-')), 'message-id', 'subject', 'to', 'cc', 'reply-to']
    return dict(client=(host, host, ip), tls=TLS13_128, hops=hops, order=order, msgid='<%s>' % mid, bnd=b_gmail(ctx))


def gmx(ctx, m, brand='gmx', client_ip='93.220.77.14'):
    if brand == 'gmx':
        app, mr, mout, moutip, web = '3c-app-gmx-bs%d' % ctx.int(10, 80), 'mrgmx%03d' % ctx.int(1, 110), 'mout.gmx.net', '212.227.17.%d' % ctx.int(20, 22), 'web-mail.gmx.net'
    else:
        app, mr, mout, moutip, web = '3c-app-webde-bap%d' % ctx.int(10, 80), 'mrweb%03d' % ctx.int(1, 110), 'mout.web.de', '212.227.15.%d' % ctx.int(3, 4), 'web-mail.web.de'
    inner = '172.19.170.%d' % ctx.int(10, 250)
    hops = ['Received: from %s ([%s]) by mail.%s (%s\r\n [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1v%s-00%s for\r\n <%s>; %s' % (
        app, inner, 'gmx.net' if brand == 'gmx' else 'web.de', mr, ctx.int(160, 190), ctx.alnum(5), ctx.alnum(8), ctx.alnum(4),
        m.rcpt, d('DE', m.t, 1)),
        'Received: from [%s] ([%s]) by %s\r\n (%s.server.lan [%s]) (via HTTP); %s' % (
            client_ip, client_ip, web, app, inner, d('DE', m.t))]
    mid = '<trinity-%s-%d@%s>' % (ctx.guid(), int(m.t.timestamp() * 1000), app)
    order = ['mime', 'message-id', 'from', 'to', 'cc', 'subject', 'in-reply-to', 'references', 'reply-to',
             'date', ('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3'),
             ('X-Provags-ID', 'V03:K1:' + ctx.alnum(64, ALNUM + '+/'))]
    return dict(client=(mout, mout, moutip), tls=TLS13, hops=hops, order=order, msgid=mid,
                bnd=b_generic(lambda k: 'mime-boundary-' + ctx.hex(16)))


def libero(ctx, m, client_ip='79.31.44.120'):
    n = ctx.int(10, 40)
    hops = ['Received: from app-%d.iol.local ([10.101.8.%d]) by smtp-%d.iol.local with ESMTPA\r\n\tid %s; %s' % (
        ctx.int(10, 99), ctx.int(2, 250), n, ctx.alnum(16), d('IT', m.t, 1))]
    mid = '<%d.%d.%d@mail1.libero.it>' % (ctx.int(10 ** 8, 2 * 10 ** 9), ctx.int(10 ** 5, 9 * 10 ** 6), int(m.t.timestamp() * 1000))
    order = ['date', 'from', 'to', 'cc', 'reply-to', 'message-id', 'in-reply-to', 'references', 'subject', 'mime',
             ('X-Priority', '3'), ('Importance', 'Normal'), ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev61'),
             ('X-Originating-IP', client_ip), ('X-Originating-Client', 'open-xchange-appsuite')]
    return dict(client=('smtp-%d.iol.local' % n, 'smtp-%d-i2.italiaonline.it' % n, '213.209.10.%d' % n), tls=TLS12,
                hops=hops, order=order, msgid=mid,
                bnd=b_generic(lambda k: '----=_Part_%d_%d.%d' % (ctx.int(10000, 99999), ctx.int(10 ** 8, 10 ** 9), int(m.t.timestamp() * 1000))))


def wp_pl(ctx, m, client_ip='89.229.14.77', client_rdns='89-229-14-77.dynamic.chello.pl'):
    pid = ctx.int(1000, 40000)
    dl = tz.inz('PL', m.t).strftime('%d %b %Y %H:%M:%S %z')
    hops = ['Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s' % (pid, dl),
            'Received: from %s (HELO [192.168.1.%d]) (%s@[%s])\r\n          (envelope-sender <%s>)\r\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\r\n          for <%s>; %s' % (
                client_rdns, ctx.int(2, 60), m.mail_from, client_ip, m.mail_from, m.rcpt, dl)]
    mid = '<%s@wp.pl>' % ctx.hex(32)
    order = ['from', 'to', 'cc', 'subject', 'message-id', 'date', 'in-reply-to', 'references', 'reply-to', 'mime',
             ('X-Mailer', 'WP Poczta'), ('X-WP-MailID', ctx.hex(32)),
             ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    return dict(client=('smtp.wp.pl', 'smtp.wp.pl', '212.77.101.%d' % ctx.int(1, 12)), tls=TLS13, hops=hops,
                order=order, msgid=mid, bnd=b_generic(lambda k: '=-' + ctx.alnum(22)))


def yandex(ctx, m, webmail=True, client='Yamail [ http://yandex.ru ] 5.0', user_agent=None, outlook_domain=None, bat=False):
    fwd = 'forward%d%s.mail.yandex.net' % (ctx.int(100, 503), ctx.pick('abc'))
    smtp = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (ctx.int(10, 90), ctx.pick(['vla', 'sas', 'klg', 'iva']))
    hops = ['Received: from %s (%s [IPv6:2a02:6b8:c%02x:%x:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s;\r\n\t%s (MSK)' % (
        smtp, smtp, ctx.int(0, 99), ctx.int(0x100, 0xfff), ctx.hex(4), fwd, ctx.hex(11).upper(), d('RU', m.t, 1))]
    if webmail:
        hops.append('Received: by %s.%s.yp-c.yandex.net with HTTP;\r\n\t%s' % (ctx.alnum(16).lower(), ctx.pick(['vla', 'sas']), d('RU', m.t)))
        mid = '<%s%d@mail.yandex.ru>' % (ctx.digits(6), int(m.t.timestamp()))
    else:
        hops.append('Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s' % (smtp, ctx.alnum(12), ctx.alnum(8), d('RU', m.t)))
        if outlook_domain:
            mid = '<%04x%08x$%s$%s$@%s>' % (ctx.int(0, 0x7f), filetime(m.t) >> 32, ctx.hex(8), ctx.hex(8), outlook_domain)
        elif bat:
            mid = '<%d.%s@%s>' % (ctx.int(10 ** 8, 2 * 10 ** 9), tz.inz('RU', m.t).strftime('%Y%m%d%H%M%S'), m.mail_from.split('@')[1])
        else:
            mid = None
    order = [('X-Yandex-Fwd', '1'), 'from', 'to', 'cc', 'reply-to', 'in-reply-to', 'references', 'subject', 'mime']
    if webmail:
        order += [('X-Mailer', client)]
    elif user_agent:
        order += [('X-Mailer', user_agent)]
    order += ['date', 'message-id']
    if outlook_domain:
        order += [('Thread-Index', m.thread_index or thread_index(ctx, m.t)), ('Content-Language', 'ru')]
        return dict(client=(fwd, fwd, '178.154.239.%d' % ctx.int(70, 220)), tls=TLS13, hops=hops, order=order,
                    msgid=mid, bnd=b_outlook_desktop(ctx, m.t))
    return dict(client=(fwd, fwd, '178.154.239.%d' % ctx.int(70, 220)), tls=TLS13, hops=hops, order=order,
                msgid=mid, bnd=b_generic(lambda k: '----==%s' % ctx.alnum(22)))


def mailru(ctx, m, client_ip='176.59.44.12'):
    f = 'f%d.i.mail.ru' % ctx.int(100, 700)
    hops = ['Received: by %s with local (envelope-from <%s>)\r\n\tid 1u%s-%s-%s\r\n\tfor %s; %s' % (
        f, m.mail_from, ctx.alnum(4), ctx.alnum(11), ctx.alnum(4), m.rcpt, d('RU', m.t, 1)),
        'Received: by e.mail.ru with HTTP;\r\n\t%s' % d('RU', m.t)]
    mid = '<%d.%d@%s>' % (int(m.t.timestamp()), ctx.int(10 ** 8, 10 ** 9), f)
    order = ['from', 'to', 'cc', 'subject', 'mime', ('X-Mailer', 'Mail.Ru Mailer 1.0'), 'date', 'reply-to',
             ('X-Priority', '3 (Normal)'), 'message-id', 'in-reply-to', 'references', ('X-Originating-IP', client_ip)]
    return dict(client=(f, f, '95.163.41.%d' % ctx.int(2, 250)), tls=TLS13, hops=hops, order=order, msgid=mid,
                bnd=b_generic(lambda k: '--ALT--' + ctx.hex(32, True) + str(int(m.t.timestamp()))))


def outlook_desktop(ctx, m, domain, smtp_style, client_name='DESKTOP-7F2K9QH', client_ip='93.45.12.33',
                    client_rdns=None, server=None, server_ip=None, lang='it', zone='IT', version='16.0', server_rdns=None):
    """Classic Outlook (Win32) via a hosting provider's SMTP server."""
    tl = d(zone, m.t)
    rd = client_rdns or 'unknown'
    if smtp_style == 'aruba':
        server, server_ip = server or 'smtpcmd%04d.aruba.it' % ctx.int(1000, 9999), server_ip or '62.149.156.%d' % ctx.int(60, 140)
        hops = ['Received: from %s ([%s]) by Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s' % (client_name, client_ip, ctx.alnum(18), tl)]
    elif smtp_style == 'sendmail':
        hops = ['Received: from %s (%s [%s])\r\n\t(authenticated bits=0)\r\n\tby %s (8.15.2/8.15.2) with ESMTPSA id %s\r\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\r\n\tfor <%s>; %s' % (
            client_name, rd, client_ip, server, ctx.alnum(14), m.rcpt, tl)]
    elif smtp_style == 'postfix':
        hops = ['Received: from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
            client_name, rd, client_ip, m.mail_from, server, ctx.hex(10, True), m.rcpt, tl)]
    elif smtp_style == 'exim':
        hops = ['Received: from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid 1u%s-0000%s-%s\r\n\tfor %s;\r\n\t%s' % (
            client_ip, ctx.int(49152, 65000), client_name, server, m.mail_from, ctx.alnum(4), ctx.alnum(3), ctx.alnum(2), m.rcpt, tl)]
    else:
        raise ValueError(smtp_style)
    mid = '<%04x%08x$%s$%s$@%s>' % (ctx.int(0, 0x7f), filetime(m.t) >> 32, ctx.hex(8), ctx.hex(8), domain)
    order = ['from', 'to', 'cc', 'reply-to', 'references', 'in-reply-to', 'subject', 'date', 'message-id', 'mime',
             ('X-Mailer', 'Microsoft Outlook %s' % version),
             ('Thread-Index', m.thread_index or thread_index(ctx, m.t)), ('Content-Language', lang)]
    return dict(client=(server, server_rdns or server, server_ip), tls=TLS12, hops=hops, order=order, msgid=mid,
                bnd=b_outlook_desktop(ctx, m.t))


def thunderbird(ctx, m, domain, server, server_ip, client_ip, client_rdns='unknown', version='128.3.1', os='Windows NT 10.0; Win64; x64',
                smtp='postfix', zone='DE', helo=None):
    tl = d(zone, m.t)
    hops = ['Received: from [192.168.%d.%d] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
        ctx.int(0, 2), ctx.int(10, 120), client_rdns, client_ip, m.mail_from, server, ctx.hex(10, True), m.rcpt, tl)]
    mid = '<%s@%s>' % (ctx.guid(), domain)
    order = ['message-id', 'date', 'mime', ('User-Agent', 'Mozilla Thunderbird %s' % version if os is None else
                                                 'Mozilla/5.0 (%s; rv:128.0) Gecko/20100101 Thunderbird/%s' % (os, version)),
             ('Content-Language', m.lang_tag or 'de-DE'), 'to', 'cc', 'references', 'from', 'reply-to', 'subject', 'in-reply-to']
    return dict(client=(helo or server, server, server_ip), tls=TLS13, hops=hops, order=order, msgid=mid, bnd=b_thunderbird(ctx))


def roundcube(ctx, m, domain, mailhost, vps_rdns, vps_ip, version='1.6.9', via_ip='127.0.0.1', zone='UTC'):
    """Attacker-run Postfix + Roundcube on a rented VPS."""
    hops = ['Received: from %s (localhost [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
        mailhost, via_ip, m.mail_from, mailhost, ctx.hex(10, True), m.rcpt, d(zone, m.t))]
    mid = '<%s@%s>' % (ctx.hex(32), domain)
    order = ['mime', 'date', 'from', 'to', 'cc', 'subject', 'reply-to', 'in-reply-to', 'references',
             ('Mail-Reply-To', m.reply_to_hdr) if m.reply_to_hdr else None, 'message-id',
             ('X-Sender', m.mail_from), ('User-Agent', 'Roundcube Webmail/%s' % version)]
    order = [o for o in order if o]
    return dict(client=(mailhost, vps_rdns, vps_ip), tls=TLS13, hops=hops, order=order, msgid=mid,
                bnd=b_generic(lambda k: '=_' + ctx.hex(32)))


def cpanel_php(ctx, m, server, server_ip, cpuser, site, script='/home/%s/public_html/wp-includes/PHPMailer/wp-mail.php',
               mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', zone='UTC', smtp_auth=False, client_ip=None):
    """Compromised small-business site on shared cPanel hosting (Exim)."""
    tl = d(zone, m.t)
    if smtp_auth:
        hops = ['Received: from [%s] (port=%d helo=[127.0.0.1])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid 1u%s-0000%s-%s\r\n\tfor %s;\r\n\t%s' % (
            client_ip, ctx.int(40000, 65000), server, m.mail_from, ctx.alnum(4), ctx.alnum(3), ctx.alnum(2), m.rcpt, tl)]
    else:
        hops = ['Received: from %s by %s with local (Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid 1u%s-0000%s-%s\r\n\tfor %s;\r\n\t%s' % (
            cpuser, server, m.mail_from, ctx.alnum(4), ctx.alnum(3), ctx.alnum(2), m.rcpt, tl)]
    mid = '<%s@%s>' % (ctx.alnum(43), site)
    sp = script % cpuser if '%s' in script else script
    order = ['to', 'subject', 'date', 'from', 'reply-to', 'cc', 'message-id', 'in-reply-to', 'references',
             ('X-Mailer', mailer) if mailer else None, 'mime',
             ('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
             ('X-AntiAbuse', 'Primary Hostname - %s' % server),
             ('X-AntiAbuse', 'Original Domain - example.com'),
             ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d 994] / [47 12]' % ctx.int(1000, 1400)),
             ('X-AntiAbuse', 'Sender Address Domain - %s' % m.mail_from.split('@')[1]),
             ('X-Get-Message-Sender-Via', '%s: %s' % (server, ('authenticated_id: ' + m.mail_from) if smtp_auth else 'authenticated_id: %s/from_h' % cpuser)),
             ('X-Authenticated-Sender', '%s: %s' % (server, m.mail_from))]
    if not smtp_auth:
        order += [('X-Source', '/opt/cpanel/ea-php82/root/usr/bin/php-cgi'), ('X-Source-Args', '/opt/cpanel/ea-php82/root/usr/bin/php-cgi '),
                  ('X-Source-Dir', '%s:%s' % (site, sp.split('public_html')[1].rsplit('/', 1)[0] if 'public_html' in sp else '/'))]
    order = [o for o in order if o]
    return dict(client=(server, server, server_ip), tls=TLS13, hops=hops, order=order, msgid=mid,
                bnd=b_generic(lambda k: 'b1=_' + ctx.alnum(43)))


def sendgrid(ctx, m, sender_domain, em='em7719', uid='38211907'):
    host = '%s.outbound-mail.sendgrid.net' % ctx.alnum(8, string.ascii_lowercase)
    ip = '149.72.%d.%d' % (ctx.int(100, 250), ctx.int(2, 250))
    pod = 'geopod-ismtpd-%d' % ctx.int(1, 40)
    sgid = ctx.alnum(22, ALNUM + '_-')
    u = tz.inz('UTC', m.t)
    hops = ['Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%X-%X\r\n\t%s.%s +0000 UTC m=+%d.%s' % (
        ctx.hex(10), ctx.alnum(5).lower(), ctx.hex(10), ctx.alnum(5).lower(), int(m.t.timestamp()), ctx.int(1, 40),
        u.strftime('%Y-%m-%d %H:%M:%S'), ctx.digits(9), ctx.int(100000, 9999999), ctx.digits(9)),
        'Received: from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s.%s +0000 (UTC)' % (
            ctx.alnum(16).lower(), pod, sgid, u.strftime('%a, %d %b %Y %H:%M:%S'), ctx.digits(3))]
    rp = 'bounces+%s-%s-%s=example.com@%s.%s' % (uid, ctx.hex(4), m.rcpt.split('@')[0], em, sender_domain)
    order = ['mime', 'date', 'from', 'reply-to', 'message-id', 'subject', 'to', 'cc', 'references', 'in-reply-to',
             ('X-SG-EID', ctx.b64(90).rstrip('=') + '\r\n ' + ctx.b64(60)), ('X-SG-ID', ctx.b64(60)),
             ('X-Entity-ID', ctx.b64(18)), ('List-Unsubscribe', m.list_unsub) if m.list_unsub else None,
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click') if m.list_unsub else None]
    order = [o for o in order if o]
    return dict(client=(host, host, ip), tls=TLS13_128, hops=hops, order=order, msgid='<%s@%s>' % (sgid, pod), rp=rp,
                bnd=b_generic(lambda k: ctx.hex(64)))


def mailgun(ctx, m, mgdomain):
    a, b = ctx.int(32, 33), ctx.int(10, 250)
    host = 'm%d-%d.eu.mailgun.net' % (a, b)
    ip = '141.193.%d.%d' % (a, b)
    mid_hex = ctx.hex(24)
    hops = ['Received: by %s with HTTP id %s; %s' % (ctx.hex(12), mid_hex, tz.inz('UTC', m.t).strftime('%a, %d %b %Y %H:%M:%S GMT'))]
    rp = 'bounce+%s.%s-%s=example.com@%s' % (ctx.hex(6), ctx.hex(6), m.rcpt.split('@')[0], mgdomain)
    order = [('X-Mailgun-Sid', ctx.b64(45)), 'mime', 'from', 'reply-to', 'to', 'cc', 'subject', 'date', 'message-id',
             'in-reply-to', 'references', ('Sender', m.mail_from),
             ('List-Unsubscribe', m.list_unsub) if m.list_unsub else None,
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click') if m.list_unsub else None]
    order = [o for o in order if o]
    mid = '<%s.%s@%s>' % (tz.inz('UTC', m.t).strftime('%Y%m%d%H%M%S'), ctx.hex(16), mgdomain)
    return dict(client=(host, host, ip), tls=TLS13, hops=hops, order=order, msgid=mid, rp=rp,
                bnd=b_generic(lambda k: ctx.hex(64)))


def brevo(ctx, m, account='4021857'):
    n = ctx.int(1, 250)
    host = 'ab%d-%d.sender-sib.com' % (ctx.int(1, 9), n)
    ip = '77.32.148.%d' % n
    stamp = tz.inz('UTC', m.t).strftime('%Y%m%d%H%M')
    hops = ['Received: from smtp-relay.mailin.fr (%s) by %s (Brevo) with ESMTP id %s\r\n\tfor <%s>; %s' % (
        '10.10.%d.%d' % (ctx.int(0, 250), ctx.int(1, 250)), host, ctx.hex(16, True), m.rcpt, d('UTC', m.t))]
    rp = 'bounces-%s-%s=example.com@ab%d.sender-sib.com' % (ctx.int(10 ** 6, 10 ** 7), m.rcpt.split('@')[0], ctx.int(1, 9))
    order = ['mime', 'date', 'subject', 'from', 'reply-to', 'to', 'cc', 'message-id', 'in-reply-to', 'references',
             ('Feedback-ID', '%s:%s_-1:%s:Sendinblue' % (ctx.hex(3), account, ctx.int(10 ** 5, 10 ** 6))),
             ('X-Mailin-EID', ctx.b64(45)), ('X-sib-id', ctx.alnum(60, ALNUM + '_-')),
             ('List-Unsubscribe', m.list_unsub) if m.list_unsub else None,
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click') if m.list_unsub else None]
    order = [o for o in order if o]
    mid = '<%s.%s@smtp-relay.mailin.fr>' % (stamp, ctx.digits(11))
    return dict(client=(host, host, ip), tls=TLS13, hops=hops, order=order, msgid=mid, rp=rp,
                bnd=b_generic(lambda k: ctx.hex(30)))


def ses(ctx, m, region='eu-west-1', mail_from=None, extra=()):
    n1, n2 = ctx.int(7, 8), ctx.int(10, 250)
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (n1, n2, region)
    ip = '54.240.%d.%d' % (n1, n2)
    pre = {'eu-west-1': '0102', 'eu-west-2': '0106', 'us-east-1': '0100'}[region]
    local = '%s%s-%s-%s-%s-%s-%s-000000' % (pre, ctx.hex(12), ctx.hex(8), ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(12))
    rp = mail_from or '%s@%s.amazonses.com' % (local, region)
    order = ['from', 'reply-to', 'to', 'cc', 'subject', 'mime', 'in-reply-to', 'references'] + list(extra) + [
        'message-id', 'date', ('List-Unsubscribe', m.list_unsub) if m.list_unsub else None,
        ('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, ctx.b64(33).rstrip('='))),
        ('X-SES-Outgoing', '%s-%s' % (tz.inz('UTC', m.t).strftime('%Y.%m.%d'), ip))]
    order = [o for o in order if o]
    return dict(client=(host, host, ip), tls=TLS13_128, hops=[], order=order, msgid='<%s@%s.amazonses.com>' % (local, region),
                rp=rp, bnd=b_generic(lambda k: '----=_Part_%d_%d.%d' % (ctx.int(10 ** 5, 10 ** 7), ctx.int(10 ** 8, 2 * 10 ** 9), int(m.t.timestamp() * 1000))))


def mailchimp(ctx, m, dc='us14', uid='a81f3b9c2d7e5f4061c8d92ab', lid='5d3e8a1c7f'):
    n = ctx.int(100, 250)
    host = 'mail%d.suw%d.mcdlv.net' % (n, ctx.int(11, 21))
    ip = '198.2.%d.%d' % (ctx.int(128, 190), n)
    camp = ctx.hex(10)
    rp = 'bounce-mc.%s_%d.%d-%s=%s@%s' % (dc, ctx.int(10 ** 7, 10 ** 8), ctx.int(10 ** 6, 10 ** 7), m.rcpt.split('@')[0], m.rcpt.split('@')[1], host)
    hops = ['Received: from (127.0.0.1) by %s id %s for <%s>; %s\r\n\t(envelope-from <%s>)' % (
        host, ctx.alnum(12).lower(), m.rcpt, d('UTC', m.t), rp)]
    lu = '<https://examplelist.%s.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (
        dc, uid, lid, ctx.hex(10), camp, dc, uid[:10], ctx.hex(10), ctx.hex(10))
    order = ['subject', 'from', 'reply-to', 'to', 'date', ('List-Unsubscribe', lu),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('List-ID', '%s%smc list <%s.%d.list-id.mcsv.net>' % (uid, lid, uid, ctx.int(10 ** 5, 10 ** 6))),
             ('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (camp, ctx.hex(10))),
             ('X-Campaign', 'mailchimp%s.%s' % (uid, camp)), ('X-campaignid', 'mailchimp%s.%s' % (uid, camp)),
             ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, camp, ctx.hex(10))),
             ('X-MC-User', uid), ('Feedback-ID', '%d:%d.%d:%s:mc' % (ctx.int(10 ** 7, 10 ** 8), ctx.int(10 ** 7, 10 ** 8), ctx.int(10 ** 6, 10 ** 7), dc)),
             ('X-Accounttype', 'ff'), 'message-id', 'mime']
    return dict(client=(host, host, ip), tls=TLS13, hops=hops, order=order, msgid='<%s.%s@%s>' % (ctx.hex(24), ctx.hex(10), host.split('.', 1)[1]),
                rp=rp, bnd=b_generic(lambda k: '_----------=_MCPart_' + ctx.digits(10)))


def google_notify(ctx, m):
    last = ctx.int(65, 73)
    host = 'mail-sor-f%d.google.com' % last
    hops = ['Received: by %s with SMTP id 5614622812f47-%sso%s%s.%d\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s (%s)' % (
        host, ctx.hex(11), ctx.digits(7), 'b6e', ctx.int(1, 9), m.rcpt, d('PT', m.t), tz.name('PT', m.t))]
    rp = '3%s-%s.%s@gaia.bounces.google.com' % (ctx.alnum(14), ctx.alnum(12).lower(), ctx.alnum(8).lower())
    order = [('X-Google-Smtp-Source', 'AGHT+I' + ctx.alnum(70, ALNUM + '+/') + '=='),
             ('X-Received', 'by 2002:a05:%d:%x:b0:%x:%x:%x with SMTP id %s-%smr%s.%d.%d;\r\n        %s (%s)' % (
                 ctx.int(6808, 6830), ctx.int(0x100, 0xfff), ctx.int(0x100, 0x4ff), ctx.int(0x1000, 0xffff), ctx.int(0x1000, 0xffff),
                 ctx.alnum(3).lower(), ctx.digits(20), ctx.digits(7), ctx.int(1, 60), int(m.t.timestamp() * 1000), d('PT', m.t), tz.name('PT', m.t))),
             'mime', 'date', ('X-Account-Notification-Type', m.notif_type or '127'),
             ('Feedback-ID', '127:account-notifier'), ('X-Notifications', ctx.hex(16)),
             ('X-Notifications-Bounce-Info', ctx.alnum(40) + 'NjU5NjQ0OTA5NjMyNjAwNjA'), 'message-id', 'subject', 'from', 'to']
    return dict(client=(host, host, '209.85.220.%d' % last), tls=TLS13_128, hops=hops, order=order,
                msgid='<%s@google.com>' % ctx.alnum(22, ALNUM + '-_'), rp=rp, bnd=b_gmail(ctx))


def github(ctx, m):
    n = ctx.int(18, 28)
    host = 'out-%d.smtp.github.com' % n
    node = 'github-lowworker-%s.va3-iad.github.net' % ctx.hex(7)
    hops = ['Received: from %s (%s [10.48.%d.%d])\r\n\tby smtp.github.com (Postfix) with ESMTPA id %s\r\n\tfor <%s>; %s' % (
        node, node, ctx.int(1, 250), ctx.int(1, 250), ctx.alnum(13), m.rcpt, d('PT', m.t))]
    order = ['date', 'from', 'to', 'message-id', 'subject', 'mime', ('X-Auto-Response-Suppress', 'All')]
    return dict(client=(host, host, '192.30.252.%d' % (190 + n)), tls=TLS12, hops=hops, order=order,
                msgid='<%s.%s@%s.mail>' % (ctx.hex(13), ctx.hex(14), node.split('.')[0]),
                rp='noreply@github.com', bnd=b_generic(lambda k: '--==_mimepart_%s_%s' % (ctx.hex(13), ctx.hex(5))))


def ms_service(ctx, m, sender_dom='accountprotection.microsoft.com', region='namprd'):
    """Microsoft's own notification mail (Exchange Online Protection outbound)."""
    srv = 'MW%dPR%02dMB%04d' % (ctx.int(3, 6), ctx.int(10, 21), ctx.int(1000, 9999))
    fq = '%s.%s%02d.prod.outlook.com' % (srv, region, ctx.int(1, 22))
    hops = ['Received: from %s (2603:10b6:303:%x::%x) by\r\n %s (2603:10b6:303:%x::%x) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.%d.%d; %s' % (
        fq, ctx.int(0x100, 0xfff), ctx.int(1, 0x30), fq.replace(srv[-4:], '%04d' % ctx.int(1000, 9999)), ctx.int(0x100, 0xfff),
        ctx.int(1, 0x30), ctx.int(9100, 9300), ctx.int(10, 30), d('UTC', m.t))]
    n = ctx.int(10, 240)
    order = ['from', 'to', 'subject', 'date', 'message-id', 'mime', ('X-MS-Exchange-Organization-AuthAs', None),
             ('X-Mailer', None), ('X-OriginatorOrg', 'microsoft.com')]
    order = [o for o in order if not (isinstance(o, tuple) and o[1] is None)]
    return dict(client=('CO1PR03CU002.outbound.protection.outlook.com',
                        'mail-westus2azon11%06d.outbound.protection.outlook.com' % ctx.int(10000, 19999),
                        '52.101.%d.%d' % (ctx.int(40, 60), n)),
                tls=TLS13, hops=hops, order=order, msgid='<%s.%s@%s>' % (ctx.alnum(12, string.ascii_uppercase + string.digits), ctx.guid(), fq.upper()),
                bnd=b_generic(lambda k: '--boundary_%d_%s' % (ctx.int(100, 999), ctx.guid())))


def yandex_id(ctx, m):
    fwd = 'forward%d%s.mail.yandex.net' % (ctx.int(100, 503), ctx.pick('ab'))
    node = 'sas%d-%s.qloud-c.yandex.net' % (ctx.int(1, 9), ctx.hex(12))
    hops = ['Received: from %s (%s [IPv6:2a02:6b8:c%02x:%x:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s;\r\n\t%s (MSK)' % (
        node, node, ctx.int(0, 99), ctx.int(0x100, 0xfff), ctx.hex(4), fwd, ctx.hex(11).upper(), d('RU', m.t, 1)),
        'Received: from localhost (localhost [::1]) by %s (passport/Yandex) with ESMTP id %s;\r\n\t%s' % (node, ctx.alnum(12), d('RU', m.t))]
    order = [('X-Yandex-Fwd', '1'), 'from', 'to', 'subject', 'mime', 'date', 'message-id', ('X-Yandex-Service', ctx.b64(30))]
    return dict(client=(fwd, fwd, '178.154.239.%d' % ctx.int(70, 220)), tls=TLS13, hops=hops, order=order,
                msgid='<%s@%s>' % (ctx.hex(32), node), rp='noreply@id.yandex.ru',
                bnd=b_generic(lambda k: '===============%s==' % ctx.digits(19)))


def docusign(ctx, m):
    n = ctx.int(1, 4)
    host = 'mailch-%s%d.eu.docusign.net' % (ctx.pick(['fr', 'de']), n)
    hops = ['Received: from %s ([10.%d.%d.%d]) by %s with Microsoft SMTPSVC(10.0.17763.1697);\r\n\t %s' % (
        'EUFR1MAIL%02d' % ctx.int(1, 12), ctx.int(60, 70), ctx.int(0, 250), ctx.int(1, 250), host, d('UTC', m.t))]
    order = ['mime', 'from', 'reply-to', 'to', 'date', 'subject', 'message-id', ('X-Api-Host', 'docusign.net'),
             ('X-Mailer', None)]
    order = [o for o in order if not (isinstance(o, tuple) and o[1] is None)]
    return dict(client=(host, host, '185.81.%d.%d' % (ctx.int(100, 103), ctx.int(10, 250))), tls=TLS12, hops=hops, order=order,
                msgid='<%s@%s>' % (ctx.hex(32), host), rp='bounces@eumail.docusign.net',
                bnd=b_generic(lambda k: '----=_NextPart_%s' % ctx.guid(True)))


def direct(ctx, m, helo, rdns, ip, mailer=None, msgid_dom=None, style='oe'):
    """Bot sending straight to the MX (no provider hop)."""
    if style == 'oe':
        mid = '<%s$%s$%s@%s>' % (ctx.hex(12), ctx.hex(8), ctx.hex(8), msgid_dom or helo)
    else:
        mid = '<%s@%s>' % (ctx.hex(16), msgid_dom or helo)
    order = ['from', 'to', 'subject', 'date', 'mime', 'message-id', ('X-Mailer', mailer) if mailer else None,
             ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal') if style == 'oe' else None, 'reply-to']
    order = [o for o in order if o]
    return dict(client=(helo, rdns, ip), tls=None, hops=[], order=order, msgid=mid,
                bnd=b_generic(lambda k: '----=_NextPart_000_%04X_%s' % (ctx.int(0, 0xffff), ctx.hex(8, True) + '.' + ctx.hex(8, True))))


def pbx_3cx(ctx, m, pbx_host='pbx01.mcr.example.com', pbx_ip='10.40.0.10'):
    fe = 'EXCH02.corp.example.com'
    hops = ['Received: from %s (%s [10.20.1.22])\r\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
        fe, fe.lower(), pfx_queue(ctx), m.rcpt, d('DE', m.t, 1)),
        'Received: from %s (%s) by %s (10.20.1.22) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.2.1544.14 via Frontend Transport; %s' % (
            pbx_host, pbx_ip, fe, d('DE', m.t))]
    order = ['mime', 'from', 'to', 'date', 'subject', 'message-id', ('X-Mailer', '3CX Phone System')]
    return dict(client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), tls=TLS12, hops=hops, order=order,
                msgid='<%s@%s>' % (ctx.guid(), pbx_host), bnd=b_generic(lambda k: '--boundary_%d_%s' % (ctx.int(0, 9), ctx.guid())))


def vps_php(ctx, m, mailhost, vps_rdns, vps_ip, mailer='PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)', zone='UTC',
            userid=33):
    """Attacker PHP mailer script on a rented VPS, local Postfix submission (www-data)."""
    hops = ['Received: by %s (Postfix, from userid %d)\r\n\tid %s; %s' % (mailhost, userid, ctx.hex(10, True), d(zone, m.t))]
    dom = m.mail_from.split('@')[1]
    mid = '<%s@%s>' % (ctx.alnum(43), dom)
    order = ['to', 'subject', 'date', 'from', 'reply-to', 'cc', 'message-id', 'in-reply-to', 'references',
             ('X-Mailer', mailer) if mailer else None, 'mime']
    order = [o for o in order if o]
    return dict(client=(mailhost, vps_rdns, vps_ip), tls=TLS13, hops=hops, order=order, msgid=mid,
                bnd=b_generic(lambda k: 'b1=_' + ctx.alnum(43)))


def ionos_tb(ctx, m, client_ip, version='128.4.2esr', os='Windows NT 10.0; Win64; x64', lang='de-DE'):
    """Thunderbird via IONOS (1&1) mail hosting."""
    mr = 'mreue%03d' % ctx.int(100, 112)
    hops = ['Received: from [192.168.178.%d] ([%s]) by mrelayeu.kundenserver.de\r\n (%s [212.227.15.%d]) with ESMTPSA (Nemesis) id 1M%s-1v%s-00%s for\r\n <%s>; %s' % (
        ctx.int(20, 60), client_ip, mr, ctx.int(160, 190), ctx.alnum(5), ctx.alnum(8), ctx.alnum(4), m.rcpt, d('DE', m.t))]
    mid = '<%s@%s>' % (ctx.guid(), m.mail_from.split('@')[1])
    order = ['message-id', 'date', 'mime', ('User-Agent', 'Mozilla Thunderbird' if not os else 'Mozilla/5.0 (%s; rv:128.0) Gecko/20100101 Thunderbird/%s' % (os, version)),
             ('Content-Language', lang), 'to', 'cc', 'references', 'from', 'reply-to', 'subject', 'in-reply-to',
             ('X-Provags-ID', 'V03:K1:' + ctx.alnum(64, ALNUM + '+/'))]
    return dict(client=('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.%d' % ctx.int(130, 240)), tls=TLS13,
                hops=hops, order=order, msgid=mid, bnd=b_thunderbird(ctx))
