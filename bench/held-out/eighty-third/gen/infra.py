"""Sending infrastructures: Received chains, Message-IDs, boundaries and system headers
in the style of each real system. Each profile returns an Out object."""
import base64
import hashlib
import string
import uuid

from util import rng, rfcdate, plus, pick_chars, local_parts

ALNUM = string.ascii_letters + string.digits
PF_QID = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')


class Ctx:
    def __init__(self, seed, t0, sender, rcpt, zone):
        self.seed = seed
        self.r = rng('infra', seed)
        self.t = t0
        self.t0 = t0
        self.sender = sender
        self.rcpt = rcpt
        self.zone = zone

    def step(self, lo=1, hi=4):
        self.t = plus(self.t, self.r.randint(lo, hi))
        return self.t

    def uid(self):
        return uuid.UUID(int=self.r.getrandbits(128), version=4)

    def hx(self, n):
        return ''.join(self.r.choice('0123456789abcdef') for _ in range(n))

    def b64(self, n):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()


class Out:
    def __init__(self, client, hops, mid, rp, headers=None, tls=True, bstyle='generic', date_zone=None,
                 date_style='num', hdr_order=None):
        self.client = client          # (helo, rdns or None, ip)
        self.hops = hops              # Received header values, top first
        self.mid = mid
        self.rp = rp
        self.headers = headers or []
        self.tls = tls
        self.bstyle = bstyle
        self.date_zone = date_zone
        self.date_style = date_style


def pf_qid(r):
    return '4' + pick_chars(r, PF_QID, 10) + 'z' + pick_chars(r, PF_QID, 3)


def mx01(ctx, out):
    helo, rdns, ip = out.client
    r = ctx.r
    t = ctx.step(1, 3)
    lines = ['from %s (%s [%s])' % (helo, rdns or 'unknown', ip)]
    if out.tls:
        lines.append('\t' + (TLS13 if out.tls is True or out.tls == '1.3' else TLS12))
    lines.append('\tby mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if out.tls else 'ESMTP', pf_qid(r)))
    lines.append('\tfor <%s>; %s' % (ctx.rcpt, rfcdate(t, 'CET', comment=True)))
    return '\n'.join(lines)


# ---------------------------------------------------------------- boundaries
def boundary_gen(style, seed):
    r = rng('bnd', seed)
    n = [0]

    def gen():
        n[0] += 1
        i = n[0]
        if style == 'outlook':
            return '----=_NextPart_%03d_%04X_%08X.%08X' % (i - 1, r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32))
        if style == 'exchange':
            return '_%03d_%s_' % ({1: 4, 2: 0, 3: 1}.get(i, i), ''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(40)))
        if style == 'gmail':
            return '000000000000' + ''.join(r.choice('0123456789abcdef') for _ in range(16))
        if style == 'thunderbird':
            return '------------' + pick_chars(r, ALNUM, 24)
        if style == 'apple':
            return 'Apple-Mail=_' + str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()
        if style == 'phpmailer':
            return 'b%d=_%s' % (i, pick_chars(r, ALNUM, 43))
        if style == 'javamail':
            return '----=_Part_%d_%d.%d' % (r.randint(10000, 999999), r.randint(100000000, 2000000000), 1790000000000 + r.randint(0, 9999999999))
        if style == 'mailchimp':
            return '_----------=_MCPart_%d' % r.randint(100000000, 2000000000)
        if style == 'python':
            return '===============%019d==' % r.randint(10 ** 18, 10 ** 19 - 1)
        if style == 'roundcube':
            return '=_' + ''.join(r.choice('0123456789abcdef') for _ in range(32))
        if style == 'sendgrid':
            return ''.join(r.choice('0123456789abcdef') for _ in range(64))
        if style == 'zoho':
            return '----=_Part_%d_%d.%d' % (r.randint(100000, 999999), r.randint(10000000, 99999999), 1790000000000 + r.randint(0, 9999999999))
        return '=_%s' % ''.join(r.choice('0123456789abcdef') for _ in range(28))
    return gen


# ---------------------------------------------------------------- internal
def internal_exchange(ctx, mailbox_srv='EXCH02', client_ip='10.30.4.57'):
    r = ctx.r
    hops = []
    t1 = ctx.step(0, 1)
    hops.append('from %s.corp.example.com ([fe80::%s:%s:%s:%s]) by %s.corp.example.com\n ([fe80::%s:%s:%s:%s%%13]) with mapi id 15.02.1748.010; %s'
                % ((mailbox_srv,) + tuple(ctx.hx(4) for _ in range(4)) + (mailbox_srv,) + tuple(ctx.hx(4) for _ in range(4))
                   + (rfcdate(t1, 'CET'),)))
    t2 = ctx.step(0, 2)
    hops.append('from %s.corp.example.com (10.20.1.12) by EXCH01.corp.example.com\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n'
                ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s' % (mailbox_srv, rfcdate(t2, 'CET')))
    t3 = ctx.step(1, 2)
    hops.append('from EXCH01.corp.example.com (exch01.corp.example.com [10.20.1.11])\n\t' + TLS12
                + '\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                % (pf_qid(r), ctx.rcpt, rfcdate(t3, 'CET', comment=True)))
    hops.reverse()
    local = ''.join(r.choice('0123456789abcdef') for _ in range(32))
    mid = '<%s@%s.corp.example.com>' % (local, mailbox_srv)
    ti = base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()
    hdr = [('Thread-Index', ti), ('Accept-Language', None), ('Content-Language', None),
           ('X-MS-Has-Attach', None), ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[%s]' % client_ip)]
    return Out(('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), hops, mid,
               '<%s>' % ctx.sender, hdr, tls=True, bstyle='exchange')


# ---------------------------------------------------------------- Microsoft 365 (business tenants)
EXO = {
    'eur': dict(obe=['EUR05-AM6-obe', 'EUR02-DB5-obe', 'EUR03-AM7-obe', 'EUR01-VE1-obe', 'EUR05-DB8-obe'],
                host=['mail-am6eur05on20%d.outbound.protection.outlook.com', 'mail-db5eur02on21%d.outbound.protection.outlook.com',
                      'mail-am7eur03on20%d.outbound.protection.outlook.com', 'mail-ve1eur01on20%d.outbound.protection.outlook.com',
                      'mail-db8eur05on20%d.outbound.protection.outlook.com'],
                ip=['40.107.22.%d', '40.107.21.%d', '40.107.105.%d', '40.107.14.%d', '40.107.20.%d'],
                srv=['AS8PR04MB', 'DU0PR07MB', 'PAXPR08MB', 'VI1PR03MB', 'DB9PR02MB'], suffix=['eurprd04', 'eurprd07', 'eurprd08', 'eurprd03', 'eurprd02']),
    'gbr': dict(obe=['GBR01-CWX-obe', 'GBR01-LO2-obe', 'GBR01-LO4-obe'],
                host=['mail-cwxgbr01on20%d.outbound.protection.outlook.com', 'mail-lo2gbr01on21%d.outbound.protection.outlook.com',
                      'mail-lo4gbr01on20%d.outbound.protection.outlook.com'],
                ip=['40.107.121.%d', '40.107.122.%d', '40.107.123.%d'],
                srv=['CWLP265MB', 'LO2P265MB', 'LO4P123MB'], suffix=['GBRP265', 'GBRP265', 'GBRP123']),
}


def exchange_online(ctx, region='eur', tenant_id=None, outlook_client=True, extra_hdr=None):
    r = ctx.r
    g = EXO[region]
    k = r.randrange(len(g['obe']))
    last = r.randint(10, 99)
    srv1 = '%s%04d' % (g['srv'][k], r.randint(1000, 9999))
    srv2 = '%s%04d' % (g['srv'][k], r.randint(1000, 9999))
    dom = ('%s.prod.outlook.com' % g['suffix'][k]) if region == 'eur' else ('%s.PROD.OUTLOOK.COM' % g['suffix'][k])
    t1 = ctx.step(0, 1)
    t2 = ctx.step(0, 2)
    hops = [
        'from %s.%s (2603:10a6:%s:%s::%d) by\n %s.%s (2603:10a6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.14; %s'
        % (srv1, dom, ctx.hx(3), ctx.hx(3), r.randint(2, 30), srv2, dom, ctx.hx(3), ctx.hx(3), r.randint(2, 30), rfcdate(t2, 'UTC')),
        'from %s.%s\n ([fe80::%s:%s:%s:%s]) by %s.%s\n ([fe80::%s:%s:%s:%s%%3]) with mapi id 15.20.9253.013; %s'
        % (srv1, dom, ctx.hx(4), ctx.hx(4), ctx.hx(3), ctx.hx(4), srv1, dom, ctx.hx(4), ctx.hx(4), ctx.hx(3), ctx.hx(4), rfcdate(t1, 'UTC')),
    ]
    mid = '<%s%s@%s.%s>' % (srv1, ''.join(r.choice('0123456789ABCDEF') for _ in range(24)), srv1, dom)
    tenant = tenant_id or str(ctx.uid())
    hdr = []
    if outlook_client:
        hdr += [('Thread-Index', base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()),
                ('Accept-Language', None), ('Content-Language', None), ('X-MS-Has-Attach', None),
                ('X-MS-TNEF-Correlator', '')]
    hdr += [('x-ms-publictraffictype', 'Email'),
            ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', local_parts(t1, 'UTC').strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % r.randint(0, 9999)),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', tenant),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv2),
            ('X-OriginatorOrg', ctx.sender.split('@')[1])]
    hdr += extra_hdr or []
    client = (g['obe'][k] + '.outbound.protection.outlook.com', g['host'][k] % last, g['ip'][k] % (last if last < 255 else 77))
    return Out(client, hops, mid, '<%s>' % ctx.sender, hdr, tls='1.2', bstyle='outlook' if not outlook_client else 'exchange')


def outlook_consumer(ctx):
    r = ctx.r
    last = r.randint(10, 99)
    srv = 'AS8P193MB%04d' % r.randint(1000, 9999)
    dom = 'EURP193.PROD.OUTLOOK.COM'
    t1 = ctx.step(0, 1)
    hops = ['from %s.%s\n ([fe80::%s:%s:%s:%s]) by %s.%s\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.9253.013; %s'
            % (srv, dom, ctx.hx(4), ctx.hx(4), ctx.hx(3), ctx.hx(4), srv, dom, ctx.hx(4), ctx.hx(4), ctx.hx(3), ctx.hx(4), rfcdate(t1, 'UTC'))]
    mid = '<%s%s@%s.%s>' % (srv, ''.join(r.choice('0123456789ABCDEF') for _ in range(24)), srv, dom)
    hdr = [('Thread-Index', base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()),
           ('Accept-Language', None), ('Content-Language', None), ('X-MS-Has-Attach', None),
           ('X-MS-TNEF-Correlator', ''), ('x-ms-exchange-messagesentrepresentingtype', '1'),
           ('x-tmn', '[%s]' % ctx.b64(24).replace('=', '')[:32]),
           ('x-ms-publictraffictype', 'Email'), ('X-OriginatorOrg', 'sct-15-20-7719-20-msonline-outlook-38779.templateTenant')]
    client = ('EUR02-AM0-obe.outbound.protection.outlook.com', 'mail-am0eur02olkn20%d.outbound.protection.outlook.com' % last,
              '40.92.49.%d' % last)
    return Out(client, hops, mid, '<%s>' % ctx.sender, hdr, tls='1.2', bstyle='exchange')


# ---------------------------------------------------------------- German providers
def ionos(ctx, pc_name='DESKTOP-4K7M2QH', client_ip='87.139.41.205', mailer='Microsoft Outlook 16.0'):
    r = ctx.r
    t1 = ctx.step(0, 1)
    nem = '1M%s-1t%s-00%s' % (pick_chars(r, ALNUM, 4), pick_chars(r, ALNUM, 10), pick_chars(r, ALNUM, 6))
    hops = ['from %s ([%s]) by mrelayeu.kundenserver.de (mreue10%d\n [212.227.15.183]) with ESMTPSA (Nemesis) id %s; %s'
            % (pc_name, client_ip, r.randint(6, 9), nem, rfcdate(t1, 'CET'))]
    lt = local_parts(ctx.t0, 'UTC')
    mid = '<%06x01dc%04x$%08x$%08x$@%s>' % (r.randint(0, 0xfff), r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32), ctx.sender.split('@')[1])
    hdr = [('X-Mailer', mailer), ('Thread-Index', base64.b64encode(bytes(r.getrandbits(8) for _ in range(18))).decode()),
           ('Content-Language', None),
           ('X-Provags-ID', 'V03:K1:%s' % ctx.b64(60).replace('=', '')[:78])]
    m = r.randint(130, 135)
    return Out(('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.%d' % m), hops, mid, '<%s>' % ctx.sender, hdr,
               bstyle='outlook')


def gmx(ctx, provider='gmx', client_ip='91.64.133.17'):
    r = ctx.r
    t1 = ctx.step(0, 1)
    app = '3c-app-%s-bap%02d' % ('gmx' if provider == 'gmx' else 'webde', r.randint(10, 70))
    t2 = ctx.step(0, 1)
    relay = ('mail.gmx.net (mrgmx00%d\n [212.227.17.190])' % r.randint(1, 5)) if provider == 'gmx' else ('web.de (mrweb10%d\n [213.165.67.124])' % r.randint(1, 9))
    nem = '1M%s-1s%s-00%s' % (pick_chars(r, ALNUM, 4), pick_chars(r, ALNUM, 10), pick_chars(r, ALNUM, 6))
    hops = ['from %s ([%s]) by %s with ESMTPSA (Nemesis) id %s; %s' % (app, client_ip, relay, nem, rfcdate(t2, 'CET')),
            'from [%s] ([%s]) by web-mail.%s\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s'
            % (client_ip, client_ip, 'gmx.net' if provider == 'gmx' else 'web.de', app, r.randint(2, 250), rfcdate(t1, 'CET'))]
    mid = '<trinity-%s-%d@%s>' % (ctx.uid(), int(ctx.t0.timestamp() * 1000), app)
    hdr = [('Importance', 'normal'), ('Sensitivity', 'Normal'),
           ('X-Priority', '3'), ('X-Provags-ID', 'V03:K1:%s' % ctx.b64(60).replace('=', '')[:78]), ('X-UI-Message-Type', 'mail')]
    if provider == 'gmx':
        client = ('mout.gmx.net', 'mout.gmx.net', '212.227.15.%d' % r.choice([15, 18, 19]))
    else:
        client = ('mout.web.de', 'mout.web.de', '217.72.192.%d' % r.choice([78, 67, 73]))
    return Out(client, hops, mid, '<%s>' % ctx.sender, hdr, bstyle='generic', date_style='pad')


# ---------------------------------------------------------------- Google
def gmail(ctx, workspace=False):
    r = ctx.r
    t1 = ctx.step(0, 1)
    hosts = [('mail-ed1-f%d.google.com', '209.85.208.%d'), ('mail-wr1-f%d.google.com', '209.85.221.%d'),
             ('mail-wm1-f%d.google.com', '209.85.128.%d'), ('mail-lj1-f%d.google.com', '209.85.208.%d')]
    hn, ipn = r.choice(hosts)
    n = r.randint(41, 79)
    host = hn % n
    smtpid = '%s-%ssO%d%s.%d' % (r.choice(['ffacd0b85a97d', '4fb4d7f45d1cf', '2adb3069b0e04', '5b1f17b1804b1']),
                                 ctx.hx(11), r.randint(1000000, 9999999), pick_chars(r, string.ascii_lowercase + string.digits, 3), r.randint(1, 9))
    smtpid = smtpid.replace('sO', 'so')
    hops = ['by %s with SMTP id %s\n        for <%s>; %s' % (host, smtpid, ctx.rcpt, rfcdate(t1, 'PT', comment=True))]
    local = 'CA' + pick_chars(r, string.ascii_letters + string.digits + '+_', 54) + '@mail.gmail.com'
    mid = '<%s>' % local
    hdr = [('X-Gm-Message-State', 'AOJu0Y' + ctx.b64(48).replace('/', 'x')[:58]),
           ('X-Google-Smtp-Source', 'AGHT+IF' + ctx.b64(60).replace('/', 'x')[:74]),
           ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
            % (ctx.hx(4), ctx.hx(3), ctx.hx(3), ctx.hx(4), ctx.hx(4), ctx.hx(15), rfcdate(t1, 'PT', comment=True)))]
    return Out((host, host, ipn % n), hops, mid, '<%s>' % ctx.sender, hdr, tls='1.3', bstyle='gmail', date_style='num')


# ---------------------------------------------------------------- Italy
def aruba(ctx, pc_name='DESKTOP-UFF1C2R', client_ip='93.41.212.66', mailer='Microsoft Outlook 16.0'):
    r = ctx.r
    t1 = ctx.step(0, 1)
    hops = ['from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
            % (pc_name, client_ip, pick_chars(r, ALNUM, 22), rfcdate(t1, 'CET'))]
    mid = '<%06x01dc%04x$%08x$%08x$@%s>' % (r.randint(0, 0xfff), r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32), ctx.sender.split('@')[1])
    hdr = [('X-Mailer', mailer), ('Thread-Index', base64.b64encode(bytes(r.getrandbits(8) for _ in range(18))).decode()),
           ('Content-Language', None)] if mailer.startswith('Microsoft') else [('User-Agent', mailer)]
    n = r.randint(2, 40)
    client = ('smtpcmd%02d.ad.aruba.it' % n, 'smtpcmd%02d.ad.aruba.it' % n, '62.149.156.%d' % n)
    return Out(client, hops, mid, '<%s>' % ctx.sender, hdr, bstyle='outlook' if mailer.startswith('Microsoft') else 'thunderbird')


def libero(ctx, client_ip='151.38.117.204'):
    r = ctx.r
    t1 = ctx.step(0, 1)
    n = r.randint(20, 60)
    hops = ['from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
            % (r.randint(10, 40), r.randint(100, 200), r.randint(2, 250), n, pick_chars(r, ALNUM, 22), rfcdate(t1, 'CET'))]
    mid = '<%d.%d.%d@libero.it>' % (r.randint(100000000, 2000000000), r.randint(100000, 9999999), int(ctx.t0.timestamp() * 1000))
    hdr = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev67'), ('X-Originating-IP', client_ip), ('X-Originating-Client', 'open-xchange-appsuite'),
           ('Importance', 'Normal'), ('X-Priority', '3')]
    client = ('libero.it', 'smtp-%d-i2.italiaonline.it' % n, '213.209.10.%d' % n)
    return Out(client, hops, mid, '<%s>' % ctx.sender, hdr, bstyle='javamail')


# ---------------------------------------------------------------- Poland
def wp(ctx, client_ip='83.26.147.92', client_rdns='abcx92.neoplus.adsl.tpnet.pl'):
    r = ctx.r
    t1 = ctx.step(0, 1)
    t2 = ctx.step(0, 1)
    hops = ['(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (r.randint(1000, 40000), rfcdate(t2, 'CET').split(', ', 1)[1]),
            'from %s (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s'
            % (client_rdns, r.randint(2, 200), ctx.sender.split('@')[0], client_ip, ctx.sender, ctx.rcpt, rfcdate(t1, 'CET'))]
    mid = '<%s@wp.pl>' % ctx.hx(32)
    hdr = [('X-Mailer', 'WP Poczta'), ('X-WP-MailID', ctx.hx(32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    n = r.randint(1, 12)
    return Out(('mx%d.wp.pl' % n, 'mx%d.wp.pl' % n, '212.77.101.%d' % (n + 1)), hops, mid, '<%s>' % ctx.sender, hdr, bstyle='generic')


# ---------------------------------------------------------------- Greece
def otenet(ctx, client_ip='94.66.58.140', pc_name='LOGISTIRIO-PC', mailer='Microsoft Outlook 16.0'):
    r = ctx.r
    t1 = ctx.step(0, 1)
    hops = ['from %s (ppp-94-66-58-140.home.otenet.gr [%s])\n\t(Authenticated sender: %s)\n\tby mailsmtp.otenet.gr (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
            % (pc_name, client_ip, ctx.sender, ''.join(r.choice('0123456789ABCDEF') for _ in range(11)), ctx.rcpt, rfcdate(t1, 'EET', comment=True))]
    mid = '<%06x01dc%04x$%08x$%08x$@otenet.gr>' % (r.randint(0, 0xfff), r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32))
    hdr = [('X-Mailer', mailer), ('Thread-Index', base64.b64encode(bytes(r.getrandbits(8) for _ in range(18))).decode()),
           ('Content-Language', 'el')]
    n = r.randint(1, 6)
    return Out(('mailsmtp.otenet.gr', 'mailout%d.otenet.gr' % n, '83.235.69.%d' % (20 + n)), hops, mid, '<%s>' % ctx.sender, hdr,
               tls='1.2', bstyle='outlook')


# ---------------------------------------------------------------- Russia
def yandex(ctx, web=True, business=False, mailer=None):
    r = ctx.r
    t1 = ctx.step(0, 1)
    t2 = ctx.step(0, 1)
    dc = r.choice(['vla', 'sas', 'iva', 'myt'])
    nw = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.randint(10, 99), dc)
    fw = 'forward%d%s.mail.yandex.net' % (r.randint(100, 503), r.choice('abc'))
    hops = ['from %s (%s [IPv6:2a02:6b8:c%s:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
            % (nw, nw, ctx.hx(2), ctx.hx(4), ctx.hx(4), fw, pick_chars(r, ALNUM, 10), ctx.rcpt, rfcdate(t2, 'MSK', comment=True)),
            'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
            % (nw, pick_chars(r, ALNUM, 10), pick_chars(r, ALNUM, 8), rfcdate(t1, 'MSK'))]
    if web:
        mid = '<%d%d@mail.yandex.ru>' % (r.randint(100000, 999999), int(ctx.t0.timestamp()))
        hdr = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    else:
        mid = '<%s@%s>' % (ctx.uid(), ctx.sender.split('@')[1])
        hdr = []
        if mailer and mailer.startswith('Microsoft'):
            mid = '<%06x01dc%04x$%08x$%08x$@%s>' % (r.randint(0, 0xfff), r.randint(0, 0xffff), r.getrandbits(32), r.getrandbits(32), ctx.sender.split('@')[1])
            hdr = [('X-Mailer', mailer), ('Thread-Index', base64.b64encode(bytes(r.getrandbits(8) for _ in range(18))).decode()),
                   ('Content-Language', None)]
    hdr.append(('X-Yandex-Fwd', '1'))
    ip = '178.154.239.%d' % r.randint(60, 220)
    return Out((fw, fw, ip), hops, mid, '<%s>' % ctx.sender, hdr, bstyle='generic')


# ---------------------------------------------------------------- other senders
def zoho(ctx):
    r = ctx.r
    t1 = ctx.step(0, 1)
    hops = ['from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d.%d; %s'
            % (int(ctx.t0.timestamp()), r.randint(100, 999), r.randint(10 ** 17, 10 ** 18), rfcdate(t1, 'CET', style='num'))]
    mid = '<%s.%s.%d@%s>' % (ctx.hx(11), ctx.hx(16), r.randint(10 ** 18, 10 ** 19), ctx.sender.split('@')[1])
    hdr = [('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail'), ('Importance', 'Medium')]
    n = r.randint(10, 40)
    return Out(('sender4-op-o%d.zoho.eu' % n, 'sender4-op-o%d.zoho.eu' % n, '136.143.169.%d' % n), hops, mid,
               '<%s>' % ctx.sender, hdr, bstyle='zoho')


def vps_postfix(ctx, host, ip, rdns=None, webmail_ip='185.220.101.47', ua='Roundcube Webmail/1.6.9', zone='CET'):
    """Look-alike domain on a rented VPS: Roundcube/Thunderbird -> local Postfix -> direct to MX."""
    r = ctx.r
    t1 = ctx.step(0, 2)
    hops = ['from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
            % ('127.0.0.1' if 'Roundcube' in ua else webmail_ip, '127.0.0.1' if 'Roundcube' in ua else webmail_ip,
               ctx.sender, host, ''.join(r.choice('0123456789ABCDEF') for _ in range(10)), ctx.rcpt, rfcdate(t1, zone, comment=True))]
    if 'Roundcube' in ua:
        mid = '<%s@%s>' % (ctx.hx(32), ctx.sender.split('@')[1])
        hdr = [('User-Agent', ua), ('X-Sender', ctx.sender)]
        bs = 'roundcube'
    elif 'Thunderbird' in ua:
        mid = '<%s@%s>' % (ctx.uid(), ctx.sender.split('@')[1])
        hdr = [('User-Agent', ua), ('Content-Language', None)]
        bs = 'thunderbird'
    else:
        mid = '<%s@%s>' % (ctx.hx(24), ctx.sender.split('@')[1])
        hdr = [('X-Mailer', ua)]
        bs = 'generic'
    return Out((host, rdns, ip), hops, mid, '<%s>' % ctx.sender, hdr, bstyle=bs)


def cpanel_exim(ctx, server, ip, rdns, site, mode='php', script='/home/%s/public_html/wp-content/plugins/wp-mail-smtp/x.php',
                client_ip='102.89.34.171', mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', zone='CET',
                user=None):
    """Compromised small-business web/mail hosting (cPanel + Exim)."""
    r = ctx.r
    t1 = ctx.step(0, 2)
    eid = '1t%s-%s-%s' % (pick_chars(r, ALNUM, 4), pick_chars(r, ALNUM, 11), pick_chars(r, ALNUM, 4))
    user = user or site.split('.')[0][:8]
    if mode == 'php':
        hops = ['from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
                % (user, server, ctx.sender, eid, ctx.rcpt, rfcdate(t1, zone))]
        hdr = [('X-Mailer', mailer),
               ('X-PHP-Script', '%s for %s' % ((script % user) if '%s' in script else script, client_ip)),
               ('X-PHP-Originating-Script', '%d:x.php' % r.randint(1000, 1200))]
        mid = '<%s@%s>' % (pick_chars(r, ALNUM, 43), site)
        bs = 'phpmailer'
    else:  # authenticated SMTP/webmail with stolen credentials
        hops = ['from [%s] (port=%d helo=[192.168.0.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
                % (client_ip, r.randint(40000, 65000), r.randint(2, 200), server, ctx.sender, eid, ctx.rcpt, rfcdate(t1, zone))]
        hdr = [('User-Agent', mailer)] if mailer else []
        mid = '<%s@%s>' % (ctx.hx(32), site)
        bs = 'roundcube' if mailer and 'Roundcube' in mailer else 'outlook'
    hdr += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
            ('X-AntiAbuse', 'Primary Hostname - %s' % server),
            ('X-AntiAbuse', 'Original Domain - %s' % ctx.rcpt.split('@')[1]),
            ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
            ('X-AntiAbuse', 'Sender Address Domain - %s' % ctx.sender.split('@')[1]),
            ('X-Get-Message-Sender-Via', '%s: %s' % (server, ('authenticated_id: %s' % ctx.sender) if mode != 'php' else ('acl_c_relayhosts_text_entry: %s|%s' % (user, site)))),
            ('X-Authenticated-Sender', '%s: %s' % (server, ctx.sender))]
    return Out((server, rdns, ip), hops, mid, '<%s>' % ctx.sender, hdr, tls='1.3', bstyle=bs)


def direct_bot(ctx, helo, ip, rdns=None, mailer=None, zone='UTC'):
    """Spam bot / open relay talking straight to our MX, no own hops."""
    r = ctx.r
    mid = '<%s@%s>' % (ctx.hx(20), helo)
    hdr = [('X-Mailer', mailer)] if mailer else []
    return Out((helo, rdns, ip), [], mid, '<%s>' % ctx.sender, hdr, tls=False, bstyle='generic')


# ---------------------------------------------------------------- ESPs
def sendgrid(ctx, bounce_domain, uid=None):
    r = ctx.r
    t1 = ctx.step(0, 1)
    t2 = ctx.step(0, 1)
    pod = 'geopod-ismtpd-%d' % r.randint(1, 40)
    sgid = pick_chars(r, ALNUM + '_-', 22)
    fdr = 'filterdrecv-%s-%s' % (ctx.hx(9), pick_chars(r, string.ascii_lowercase + string.digits, 5))
    hops = ['by %s with SMTP id %s-1-%s-%s\n        %s +0000 UTC m=+%d.%09d'
            % (fdr, fdr, ctx.hx(8).upper(), ctx.hx(2).upper(), local_parts(t2, 'UTC').strftime('%Y-%m-%d %H:%M:%S.') + '%09d' % r.randint(0, 999999999),
               r.randint(100000, 9999999), r.randint(0, 999999999)),
            'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s'
            % (pick_chars(r, ALNUM, 10), pod, sgid, rfcdate(t1, 'UTC', comment=True).replace('+0000 (UTC)', '+0000 (UTC)'))]
    mid = '<%s@%s>' % (sgid, pod)
    u = uid or r.randint(10000000, 50000000)
    rp = '<bounces+%d-%s-%s=example.com@%s>' % (u, ctx.hx(4), ctx.rcpt.split('@')[0], bounce_domain)
    hdr = [('X-SG-EID', '\n ' + ctx.b64(120)[:76] + '\n ' + ctx.b64(60)[:40]), ('X-SG-ID', '\n ' + ctx.b64(90)[:76]),
           ('X-Entity-ID', ctx.b64(16).rstrip('=') + '==')]
    n = pick_chars(r, string.ascii_lowercase, 8)
    client = ('%s.outbound-mail.sendgrid.net' % n, '%s.outbound-mail.sendgrid.net' % n, '149.72.%d.%d' % (r.randint(100, 250), r.randint(2, 250)))
    return Out(client, hops, mid, rp, hdr, tls='1.2', bstyle='sendgrid', date_zone='UTC')


def mailgun(ctx, domain, eu=True):
    r = ctx.r
    t1 = ctx.step(0, 1)
    hops = ['by %s with HTTP id %s; %s' % (ctx.hx(12), ctx.hx(24), rfcdate(t1, 'UTC', style='gmt'))]
    mid = '<%s.%s@%s>' % (local_parts(ctx.t0, 'UTC').strftime('%Y%m%d%H%M%S'), ctx.hx(16), domain)
    rp = '<bounce+%s.%s-%s=example.com@%s>' % (ctx.hx(6), ctx.hx(6), ctx.rcpt.split('@')[0], domain)
    hdr = [('X-Mailgun-Sid', 'Wy' + ctx.b64(60).replace('=', '')[:70]), ('X-Mailgun-Sending-Ip', None)]
    a, b = r.randint(200, 250), r.randint(2, 250)
    if eu:
        ip = '161.38.%d.%d' % (a, b)
        host = 'm%d-%d.eu.mailgun.net' % (a, b)
    else:
        ip = '159.135.%d.%d' % (a, b)
        host = 'm%d-%d.mailgun.net' % (a, b)
    hdr[1] = ('X-Mailgun-Sending-Ip', ip)
    return Out((host, host, ip), hops, mid, rp, hdr, tls='1.2', bstyle='generic', date_zone='UTC')


def ses(ctx, region='eu-west-1', mailfrom=None):
    r = ctx.r
    ctx.step(0, 1)
    mid_local = '0102019a%s-%s-%s-%s-%s-%s-000000' % (ctx.hx(8), ctx.hx(8), ctx.hx(4), ctx.hx(4), ctx.hx(4), ctx.hx(12))
    mid = '<%s@%s.amazonses.com>' % (mid_local, region)
    rp = '<%s@%s>' % (mid_local, mailfrom) if mailfrom else '<%s@%s.amazonses.com>' % (mid_local, region)
    a, b = r.randint(1, 9), r.randint(2, 60)
    ip = '54.240.%d.%d' % (a, b)
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (a, b, region)
    hdr = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, ctx.b64(33).replace('/', 'x').rstrip('=')[:43])),
           ('X-SES-Outgoing', '%s-%s' % (local_parts(ctx.t0, 'UTC').strftime('%Y.%m.%d'), ip))]
    return Out((host, host, ip), [], mid, rp, hdr, tls='1.2', bstyle='javamail', date_zone='UTC')


def brevo(ctx, bounce_id=None):
    r = ctx.r
    t1 = ctx.step(0, 1)
    mid = '<%s.%d@smtp-relay.mailin.fr>' % (local_parts(ctx.t0, 'UTC').strftime('%Y%m%d%H%M'), r.randint(10 ** 10, 10 ** 11))
    a = r.randint(10, 200)
    host = 'mx%d.smtp-out.brevo.com' % a
    ip = '185.41.28.%d' % a
    hops = ['from [127.0.0.1] by smtp-relay.brevo.com with ESMTPSA id %s; %s' % (ctx.hx(24), rfcdate(t1, 'UTC'))]
    rp = '<bounces-%d-%d@bm%d.sendibm%d.com>' % (bounce_id or r.randint(100000, 9999999), r.randint(1, 99), r.randint(1, 9), r.randint(1, 4))
    hdr = [('X-Mailin-EID', ctx.b64(45)), ('Origin-messageId', mid), ('X-sib-id', ctx.b64(66).replace('=', ''))]
    return Out((host, host, ip), hops, mid, rp, hdr, tls='1.3', bstyle='generic', date_zone='UTC')


def mailchimp(ctx, list_domain='us21.list-manage.com'):
    r = ctx.r
    t1 = ctx.step(0, 1)
    a, b = r.randint(130, 190), r.randint(1, 40)
    host = 'mail%d-%d.atl%d.mcsv.net' % (a, b, r.randint(11, 131))
    hops = ['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s'
            % (host, pf_qid(r), ctx.rcpt, rfcdate(t1, 'UTC', comment=True).replace('(UTC)', '(GMT)'))]
    uid = r.randint(10 ** 7, 10 ** 8)
    mid = '<%s.%d.%s@%s>' % (ctx.hx(20), r.randint(10 ** 9, 10 ** 10), local_parts(ctx.t0, 'UTC').strftime('%Y%m%d%H%M%S'), host)
    rp = '<bounce-mc.us21_%d.%d-%s=example.com@%s>' % (uid, r.randint(10 ** 6, 10 ** 7), ctx.rcpt.split('@')[0], host)
    hdr = [('X-Mailer', 'Mailchimp Mailer - **CID%s**' % ctx.hx(20)), ('X-Campaign', 'mailchimp%s.%s' % (ctx.hx(16), ctx.hx(10))),
           ('X-campaignid', 'mailchimp%s.%s' % (ctx.hx(16), ctx.hx(10))), ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (ctx.hx(25), ctx.hx(10), ctx.hx(10))),
           ('X-MC-User', ctx.hx(25)), ('Feedback-ID', '%d:%d.%d:us21:mc' % (uid, uid, r.randint(10 ** 6, 10 ** 7))),
           ('X-Accounttype', 'pd')]
    return Out((host, host, '198.2.%d.%d' % (a, b)), hops, mid, rp, hdr, tls='1.2', bstyle='mailchimp', date_zone='UTC')


def sfmc(ctx, mta_host, ip, bounce_domain, clientid=None):
    """Salesforce Marketing Cloud (ExactTarget) used by banks, utilities, public transport."""
    r = ctx.r
    ctx.step(0, 1)
    cid = clientid or r.randint(100000000, 999999999)
    jobid = r.randint(100000, 999999)
    mid = '<%s-%s-%s-%s-%s@%s>' % (ctx.hx(8), ctx.hx(4), ctx.hx(4), ctx.hx(4), ctx.hx(12), mta_host.split('.', 1)[1] if '.' in mta_host else mta_host)
    rp = '<bounce-%d_HTML-%d-%d-%d-%d@%s>' % (r.randint(10, 99), r.randint(100000000, 999999999), jobid, cid, r.randint(1, 9), bounce_domain)
    hdr = [('x-job', '%d_%d' % (cid, jobid)), ('X-SFMC-Stack', str(r.randint(4, 50))), ('x-CSA-Complaints', 'csa-complaints@eco.de')]
    return Out((mta_host, mta_host, ip), [], mid, rp, hdr, tls='1.2', bstyle='javamail')


def corp_gateway(ctx, out_host, out_ip, inner_host, inner_ip, zone='CET', mailer=None, mid_domain=None, bstyle='generic', tls='1.2'):
    """An organisation's own application server -> own outbound gateway (Postfix)."""
    r = ctx.r
    t1 = ctx.step(0, 2)
    hops = ['from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (inner_host, inner_host, inner_ip, out_host, ''.join(r.choice('0123456789ABCDEF') for _ in range(10)), ctx.rcpt,
               rfcdate(t1, zone, comment=True))]
    mid = '<%s.%s@%s>' % (local_parts(ctx.t0, 'UTC').strftime('%Y%m%d%H%M%S'), ctx.hx(12), mid_domain or inner_host)
    hdr = [('X-Mailer', mailer)] if mailer else []
    return Out((out_host, out_host, out_ip), hops, mid, '<%s>' % ctx.sender, hdr, tls=tls, bstyle=bstyle)


# ---------------------------------------------------------------- genuine service senders
def ms_account(ctx):
    r = ctx.r
    t1 = ctx.step(0, 1)
    srv = 'BN%dPEPF0000%s' % (r.randint(1, 9), ''.join(r.choice('0123456789ABCDEF') for _ in range(4)))
    hops = ['from %s.namprd21.prod.outlook.com (2603:10b6:%s:%s::%d) by\n %s.mail.protection.outlook.com (2603:10b6:%s:%s::%d) with Microsoft SMTP Server\n'
            ' (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9253.12; %s'
            % (srv, ctx.hx(3), ctx.hx(3), r.randint(2, 30), srv, ctx.hx(3), ctx.hx(3), r.randint(2, 30), rfcdate(t1, 'UTC'))]
    mid = '<%s.%s@%s>' % (pick_chars(r, string.ascii_uppercase + string.digits, 12), pick_chars(r, string.ascii_uppercase + string.digits, 13), srv)
    hdr = [('X-MS-Exchange-Organization-Network-Message-Id', None), ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
           ('X-MS-Exchange-CrossTenant-id', '72f988bf-86f1-41af-91ab-2d7cd011db47'), ('X-OriginatorOrg', 'accountprotection.microsoft.com')]
    hdr = [h for h in hdr if h[1] is not None]
    last = r.randint(10, 99)
    client = ('NAM12-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam12on20%d.outbound.protection.outlook.com' % last, '40.107.243.%d' % last)
    return Out(client, hops, mid, '<%s>' % ctx.sender, hdr, tls='1.2', bstyle='exchange', date_zone='UTC')


def google_service(ctx):
    r = ctx.r
    t1 = ctx.step(0, 1)
    n = r.randint(65, 80)
    hops = ['by mail-sor-f%d.google.com with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
            % (n, ''.join(r.choice('0123456789abcdef') for _ in range(40))[:12] + '-' + ctx.hx(20), ctx.rcpt, rfcdate(t1, 'PT', comment=True))]
    mid = '<%s@google.com>' % pick_chars(r, ALNUM + '-_', 22)
    hdr = [('X-Google-Smtp-Source', 'AGHT+IF' + ctx.b64(60).replace('/', 'x')[:74]),
           ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
            % (ctx.hx(4), ctx.hx(3), ctx.hx(3), ctx.hx(4), ctx.hx(4), ctx.hx(15), rfcdate(t1, 'PT', comment=True))),
           ('X-Notifications', ctx.hx(16)), ('X-Account-Notification-Type', '127-anexp#nret-fa')]
    host = 'mail-sor-f%d.google.com' % n
    return Out((host, host, '209.85.220.%d' % n), hops, mid, '<3%s@gaia.bounces.google.com>' % pick_chars(r, ALNUM, 50),
               hdr, tls='1.3', bstyle='gmail', date_zone='UTC', date_style='gmt')


def github(ctx):
    r = ctx.r
    t1 = ctx.step(0, 2)
    hops = ['from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
            % (ctx.hx(4), r.randint(100, 250), r.randint(2, 250), pick_chars(r, PF_QID, 12), ctx.rcpt, rfcdate(t1, 'PT', comment=True))]
    mid = '<%s_%s%s@lowworker-%s-%s.mail>' % (ctx.hx(13), ctx.hx(4), r.randint(100000, 999999), ctx.hx(10), pick_chars(r, string.ascii_lowercase + string.digits, 5))
    hdr = [('X-Auto-Response-Suppress', 'All')]
    n = r.randint(20, 28)
    return Out(('out-%d.smtp.github.com' % n, 'out-%d.smtp.github.com' % n, '192.30.252.%d' % (n + 184)), hops, mid,
               '<noreply@github.com>', hdr, tls='1.3', bstyle='generic', date_zone='PT')


def docusign_eu(ctx):
    r = ctx.r
    t1 = ctx.step(0, 1)
    hops = ['from docusign.net (unknown [10.108.%d.%d])\n\tby mailfrd%d.eu.docusign.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (r.randint(1, 250), r.randint(2, 250), r.randint(1, 4), pick_chars(r, PF_QID, 12), ctx.rcpt, rfcdate(t1, 'UTC', comment=True))]
    mid = '<%s@docusign.net>' % ctx.hx(32)
    hdr = [('X-API-Host', 'docusign.net'), ('X-DocuSign-Envelope', None)]
    n = r.randint(1, 4)
    return Out(('mailfrd%d.eu.docusign.net' % n, 'mailfrd%d.eu.docusign.net' % n, '185.193.190.%d' % (30 + n)), hops, mid,
               '<bounces@eumail.docusign.net>', [h for h in hdr if h[1]], tls='1.2', bstyle='javamail', date_zone='UTC')


def paypal(ctx):
    r = ctx.r
    t1 = ctx.step(0, 1)
    hops = ['from paypal.com (%s.ccg01.slc.paypalinc.com [10.176.%d.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (ctx.hx(12), r.randint(1, 250), r.randint(2, 250), ctx.hx(10).upper(), ctx.rcpt, rfcdate(t1, 'PT', comment=True))]
    mid = '<%s.%d@paypal.com>' % (ctx.hx(13), int(ctx.t0.timestamp()))
    hdr = [('X-Email-Type-Id', 'PPC001867'), ('X-XPT-XSL-Name', 'email_pimp/default/en_GB/invoicing/PayerInvoice.xsl'),
           ('PP-Correlation-Id', ctx.hx(13)), ('X-MaxCode-Template', 'PPC001867')]
    return Out(('mx0.slc.paypal.com', 'mx0.slc.paypal.com', '173.0.84.225'), hops, mid, '<service@paypal.co.uk>', hdr,
               tls='1.2', bstyle='generic', date_zone='PT')


def sharepoint(ctx):
    """SharePoint Online notification sent from Microsoft's notification service."""
    r = ctx.r
    t1 = ctx.step(0, 1)
    srv = 'LO0P265MB%04d' % r.randint(1000, 9999)
    hops = ['from %s.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:%s::%d) by\n %s.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:%s::%d) with\n'
            ' Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.14; %s'
            % (srv, ctx.hx(3), r.randint(2, 30), srv, ctx.hx(3), r.randint(2, 30), rfcdate(t1, 'UTC'))]
    mid = '<%s@odspnotify>' % ctx.uid()
    hdr = [('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'), ('X-OriginatorOrg', 'sharepointonline.com')]
    last = r.randint(10, 99)
    client = ('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on20%d.outbound.protection.outlook.com' % last, '40.107.122.%d' % last)
    return Out(client, hops, mid, '<no-reply@sharepointonline.com>', hdr, tls='1.2', bstyle='exchange', date_zone='UTC')
