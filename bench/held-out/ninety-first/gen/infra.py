"""Sending-system profiles: each returns a function ctx -> Via describing the
connecting client seen by mx01, the sender-side Received hops, Message-ID,
mailer headers, Date time zone, header order style and MIME boundary style."""
import base64
import hashlib
from util import rfc2822, plus, iso_z, epoch

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
LOWER = 'abcdefghijklmnopqrstuvwxyz'
HEX = '0123456789abcdef'


def rs(rng, n, alphabet=ALNUM):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def hx(rng, n, upper=False):
    s = rs(rng, n, HEX)
    return s.upper() if upper else s


def uuid4(rng, upper=False):
    h = list(hx(rng, 32))
    h[12] = '4'
    h[16] = '89ab'[int(h[16], 16) % 4]
    s = ''.join(h)
    s = '%s-%s-%s-%s-%s' % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
    return s.upper() if upper else s


def b64r(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def postfix_qid(rng):
    return '4' + rng.choice('bcdfghjklmnpqrstvwxz') + rs(rng, 13,
                                                      'bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ0123456789')


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
TLS12 = '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'


class Via:
    def __init__(self, client, hops, msgid, style='generic', tls='1.3', return_path=None,
                 trace=(), mailer=(), extra=(), date_zone='DE', boundary='generic',
                 date_abbr=False, pad_day=True):
        self.client = client          # (helo, rdns or None, ip)
        self.hops = hops              # list of Received values (pre-folded with \n\t)
        self.msgid = msgid
        self.style = style
        self.tls = tls
        self.return_path = return_path
        self.trace = list(trace)      # (name, value) placed right after Received hops
        self.mailer = list(mailer)    # (name, value) mailer headers (X-Mailer etc.)
        self.extra = list(extra)      # (name, value) placed after the body headers
        self.date_zone = date_zone
        self.boundary = boundary
        self.date_abbr = date_abbr
        self.pad_day = pad_day


def mx01_received(ctx, via):
    helo, rdns, ip = via.client
    rd = rdns or 'unknown'
    lines = ['from %s (%s [%s])' % (helo, rd, ip)]
    if via.tls == '1.3':
        lines += ['\t' + TLS13, '\t(No client certificate requested)']
        w = 'ESMTPS'
    elif via.tls == '1.2':
        lines += ['\t' + TLS12, '\t(No client certificate requested)']
        w = 'ESMTPS'
    else:
        w = 'ESMTP'
    lines.append('\tby mx01.example.com (Postfix) with %s id %s' % (w, postfix_qid(ctx.rng)))
    lines.append('\tfor <%s>; %s' % (ctx.rcpt, rfc2822(ctx.t_rx, 'DE', abbr=True)))
    return '\n'.join(lines)


# ------------------------------------------------------------ boundaries
def boundary_gen(style, rng, msgid=''):
    def gen(i, subtype):
        if style == 'outlook':
            core = msgid.strip('<>').replace('@', '').replace('.', '').replace('-', '')
            pre = {'mixed': '_004_', 'alternative': '_000_', 'related': '_006_'}[subtype]
            if i > 0 and subtype == 'alternative':
                pre = '_000_'
            return pre + core[:60] + '_'
        if style == 'gmail':
            return '0000000000' + hx(rng, 18)
        if style == 'outlook_smtp':
            return '----=_NextPart_%03d_%04X_%s.%s' % (i, rng.randrange(1, 0xFFFF), '01DB' + hx(rng, 4, True), hx(rng, 8, True))
        if style == 'thunderbird':
            return '------------' + rs(rng, 24)
        if style == 'apple':
            return 'Apple-Mail=_' + uuid4(rng, upper=True)
        if style == 'roundcube':
            return '=_' + hx(rng, 32)
        if style == 'phpmailer':
            return 'b%d=_%s' % (i + 1, rs(rng, 43))
        if style == 'sendgrid':
            return hx(rng, 64)
        if style == 'mailchimp':
            return '_----------=_MCPart_%d' % rng.randrange(10 ** 9, 10 ** 10)
        if style == 'javamail':
            return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6),
                                             rng.randrange(10 ** 8, 10 ** 9),
                                             rng.randrange(10 ** 12, 10 ** 13))
        if style == 'yandex':
            return '----==--bound.%d.%s.yandex.net' % (rng.randrange(10 ** 5, 10 ** 6),
                                                       rs(rng, 12, LOWER + '0123456789'))
        if style == 'mailru':
            return '--ALT--%s%d' % (hx(rng, 16, upper=True), rng.randrange(10 ** 9, 10 ** 10))
        if style == 'thebat':
            return '----------%s' % hx(rng, 15, upper=True)
        if style == 'mailgun':
            return hx(rng, 32)
        if style == 'ox':
            return '----=_Part_%d_%d.%d' % (rng.randrange(100, 999), rng.randrange(10 ** 8, 10 ** 9),
                                             rng.randrange(10 ** 12, 10 ** 13))
        return '=_NextPart_%s_%s' % (hx(rng, 8, True), hx(rng, 8, True))
    return gen


# ------------------------------------------------------------ helpers
def rcv(text, t, zone, abbr=False):
    return text + '; ' + rfc2822(t, zone, abbr=abbr)


def exch_hop(frm, frm_ip, by, by_ip, t, zone='DE', ver='15.2.1544.14', mapi=False):
    if mapi:
        return rcv('from %s ([%s]) by %s\n\t ([%s]) with mapi id %s' % (frm, frm_ip, by, by_ip, ver),
                   t, zone)
    return rcv('from %s (%s) by %s (%s)\n\t with Microsoft SMTP Server (version=TLS1_2,\n'
               '\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s' % (frm, frm_ip, by, by_ip, ver),
               t, zone)


# ============================================================ profiles
def exchange_internal(sender_host='EXMBX01', client_ip='10.20.40.117', zone='DE',
                      lang='de-DE', thread_topic=True):
    """Internal user -> on-prem Exchange 2019 -> mail-int01 (Postfix relay) -> mx01."""
    def f(ctx):
        rng = ctx.rng
        host = '%s.corp.example.com' % sender_host
        ips = {'EXMBX01': '10.20.1.11', 'EXMBX02': '10.20.1.12'}
        other = 'EXMBX02' if sender_host == 'EXMBX01' else 'EXMBX01'
        msgid = '<%s@%s>' % (hx(rng, 32), host)
        t1 = plus(ctx.t_sent, 1)
        t2 = plus(ctx.t_sent, 2)
        fe80 = 'fe80::%s:%s:%s:%s' % (hx(rng, 4), hx(rng, 4), hx(rng, 4), hx(rng, 4))
        hops = [
            rcv('from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
                '\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>'
                % (other, other.lower(), ips[other], postfix_qid(rng), ctx.rcpt), t2, 'DE', abbr=True),
            exch_hop(host, ips[sender_host], '%s.corp.example.com' % other, ips[other], t1, 'DE'),
            exch_hop(host, fe80, host, fe80 + '%4', ctx.t_sent, 'DE', mapi=True),
        ]
        mailer = [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                  ('X-MS-Has-Attach', 'yes' if ctx.has_attach else ''),
                  ('X-MS-TNEF-Correlator', ''),
                  ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
                  ('x-originating-ip', '[%s]' % client_ip)]
        return Via(('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), hops, msgid,
                   style='outlook', tls='1.2', return_path=ctx.frm_email, mailer=mailer,
                   date_zone=zone, boundary='outlook')
    return f


M365_OBE = [
    ('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2072.outbound.protection.outlook.com', '40.107.22.72'),
    ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on2101.outbound.protection.outlook.com', '40.107.104.101'),
    ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on2095.outbound.protection.outlook.com', '40.107.241.95'),
    ('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on2119.outbound.protection.outlook.com', '40.107.13.119'),
    ('EUR02-DB5-obe.outbound.protection.outlook.com', 'mail-db5eur02on2128.outbound.protection.outlook.com', '40.107.249.128'),
    ('GBR01-CWX-obe.outbound.protection.outlook.com', 'mail-cwxgbr01on2112.outbound.protection.outlook.com', '40.107.121.112'),
    ('EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05on2118.outbound.protection.outlook.com', '40.107.20.118'),
    ('DEU01-FR2-obe.outbound.protection.outlook.com', 'mail-fr2deu01on2100.outbound.protection.outlook.com', '40.107.135.100'),
    ('EUR04-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur04on2131.outbound.protection.outlook.com', '40.107.7.131'),
    ('NAM12-BN8-obe.outbound.protection.outlook.com', 'mail-bn8nam12on2081.outbound.protection.outlook.com', '40.107.237.81'),
]


def m365(obe=0, server='AM9PR04MB8123', region='eurprd04', lang='de-DE',
         tenant_id=None, upn=None, consumer=False, xmailer=None, date_zone='UTC', app=False):
    """Microsoft 365 (Exchange Online) outbound; consumer=True for outlook.com/hotmail."""
    def f(ctx):
        rng = ctx.rng
        helo, rdns, ip = M365_OBE[obe]
        fqdn = '%s.%s.prod.outlook.com' % (server, region)
        edge = server[:4] + 'PR0%dCA%04d' % (rng.randrange(1, 9), rng.randrange(1, 9999))
        edge = '%s.%s.prod.outlook.com' % (edge, region)
        msgid = '<%s%s@%s>' % (server, hx(rng, 25, upper=True), fqdn)
        v6 = '2603:10a6:%s:%s::%s' % (hx(rng, 3), hx(rng, 3), hx(rng, 2))
        fe = 'fe80::%s:%s:%s:%s' % (hx(rng, 4), hx(rng, 4), hx(rng, 4), hx(rng, 4))
        ver = '15.20.%d.%03d' % (rng.randrange(8600, 9400), rng.randrange(10, 40))
        t1 = plus(ctx.t_sent, 1)
        hops = [
            rcv('from %s (%s) by\n\t %s (%s) with Microsoft SMTP Server\n\t (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t %s'
                % (fqdn, v6, edge, '2603:10a6:%s:%s::%s' % (hx(rng, 3), hx(rng, 3), hx(rng, 2)), ver),
                t1, 'UTC'),
            rcv('from %s\n\t ([%s]) by %s\n\t ([%s%%4]) with mapi id %s' % (fqdn, fe, fqdn, fe, ver),
                ctx.t_sent, 'UTC'),
        ]
        tid = tenant_id or uuid4(rng)
        mailer = [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                  ('X-MS-Has-Attach', 'yes' if ctx.has_attach else ''),
                  ('X-MS-TNEF-Correlator', '')]
        if xmailer:
            mailer.append(('X-Mailer', xmailer))
        mailer += [
            ('x-ms-publictraffictype', 'Email'),
            ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (server, edge.split('.')[0])),
            ('x-ms-office365-filtering-correlation-id', uuid4(rng)),
            ('x-ms-exchange-senderadcheck', '1'),
            ('x-ms-exchange-antispam-relay', '0'),
        ]
        extra = [
            ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-AuthSource', fqdn),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', uuid4(rng)),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s (UTC)' % ctx.t_sent.strftime('%d %b %Y %H:%M:%S.') + '%04d' % rng.randrange(10000)),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', tid),
            ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
            ('X-MS-Exchange-CrossTenant-userprincipalname', b64r(rng, 60)[:80]),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', edge.split('.')[0]),
        ]
        if consumer:
            mailer = [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                      ('X-MS-Has-Attach', 'yes' if ctx.has_attach else ''),
                      ('X-MS-TNEF-Correlator', ''), ('msip_labels', ''),
                      ('x-ms-exchange-messagesentrepresentingtype', '1'),
                      ('x-tmn', '[%s]' % b64r(rng, 24)),
                      ('x-ms-publictraffictype', 'Email'),
                      ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (server, edge.split('.')[0]))]
            extra = [('X-OriginatorOrg', 'sct-15-20-8880-20-msonline-outlook-%s.templateTenant' % hx(rng, 5)),
                     ('X-MS-Exchange-CrossTenant-Network-Message-Id', uuid4(rng)),
                     ('X-MS-Exchange-CrossTenant-AuthSource', fqdn),
                     ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                     ('X-MS-Exchange-CrossTenant-id', '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'),
                     ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', edge.split('.')[0])]
        if app:
            # an application (ERP) submitting through the tenant's SMTP AUTH endpoint
            hops = [rcv('from %s (%s) by\n\t %s (%s) with Microsoft SMTP Server\n\t (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t %s'
                        % (fqdn, v6, edge, v6, ver), t1, 'UTC'),
                    rcv('from [%s] (%s) by %s with Microsoft SMTP Server\n\t (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s\n\t via Frontend Transport'
                        % (upn or '80.153.120.46', upn or '80.153.120.46', fqdn, ver), ctx.t_sent, 'UTC')]
            mailer = [('X-Mailer', xmailer)] if xmailer else []
            msgid = '<%s.%s@%s>' % (hx(rng, 16, True), hx(rng, 8, True), ctx.frm_email.split('@')[1])
            return Via((helo, rdns, ip), hops, msgid, style='generic', tls='1.2',
                       return_path=ctx.frm_email, mailer=mailer, extra=extra[:2] + extra[5:6],
                       date_zone=date_zone, boundary='javamail')
        return Via((helo, rdns, ip), hops, msgid, style='outlook', tls='1.2',
                   return_path=ctx.frm_email, mailer=mailer, extra=extra,
                   date_zone=date_zone, boundary='outlook')
    return f


def gmail(workspace_domain=None, date_zone='DE', ipn=47, host='mail-wm1-f47.google.com',
          ip='209.85.128.47'):
    def f(ctx):
        rng = ctx.rng
        smtp_id = '%s-%s%s.%d' % (rs(rng, 13, '0123456789abcdef'), hx(rng, 11),
                                  'so%d' % rng.randrange(10 ** 6, 10 ** 7) + rs(rng, 3, LOWER), 1)
        hops = [rcv('by %s with SMTP id %s\n        for <%s>' % (host, smtp_id, ctx.rcpt),
                    plus(ctx.t_sent, 1), 'PT', abbr=True)]
        trace = [
            ('X-Gm-Message-State', 'AOJu0Y' + rs(rng, 86, ALNUM + '+/')),
            ('X-Gm-Gg', 'ASbGnc' + rs(rng, 120, ALNUM + '+/')),
            ('X-Google-Smtp-Source', 'AGHT+I' + rs(rng, 80, ALNUM + '+/') + '='),
            ('X-Received', 'by 2002:a05:600c:%s:b0:%s:%s:%s with SMTP id\n %s-%smr%d%s.%d.%d; %s' % (
                hx(rng, 4), hx(rng, 3), hx(rng, 4), hx(rng, 4), smtp_id.split('-')[0], hx(rng, 11),
                rng.randrange(10 ** 6, 10 ** 7), rs(rng, 3, LOWER + '0123456789'), rng.randrange(1, 60),
                int(plus(ctx.t_sent, 1).timestamp() * 1000), rfc2822(plus(ctx.t_sent, 1), 'PT', abbr=True))),
        ]
        local = 'CA' + rs(rng, 3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + rs(rng, 1, '+=_-0123456789') + rs(rng, 44, ALNUM + '+=_-')
        msgid = '<%s@mail.gmail.com>' % local
        return Via((host, host, ip), hops, msgid, style='gmail', tls='1.3',
                   return_path=ctx.frm_email, trace=trace, date_zone=date_zone, boundary='gmail')
    return f


def trinity(provider='gmx', client_ip='91.64.112.37', app='3c-app-gmx-bap43',
            app_ip='172.19.172.113', date_zone='DE'):
    """GMX / WEB.DE web mail (Trinity)."""
    def f(ctx):
        rng = ctx.rng
        if provider == 'gmx':
            out = ('mout.gmx.net', 'mout.gmx.net', '212.227.17.22')
            web = 'web-mail.gmx.net'
            relay = 'mrgmx105'
        else:
            out = ('mout.web.de', 'mout.web.de', '217.72.192.78')
            web = 'web-mail.web.de'
            relay = 'mrweb006'
        hops = [
            rcv('from %s ([%s]) by %s (%s [%s])\n (via HTTP)' % (
                '[%s]' % client_ip, client_ip, web, app + '.server.lan', app_ip),
                ctx.t_sent, date_zone),
        ]
        msgid = '<trinity-%s-%d@%s>' % (uuid4(rng), int(ctx.t_sent.timestamp() * 1000) + rng.randrange(999), app)
        mailer = [('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3')]
        extra = [('X-Provags-ID', 'V03:K1:' + rs(rng, 108, ALNUM + '+/')),
                 ('UI-OutboundReport', 'notjunk:1;M01:P0:%s=;%s' % (rs(rng, 11, ALNUM + '+/'), rs(rng, 120, ALNUM + '+/')))]
        return Via(out, hops, msgid, style='trinity', tls='1.3', return_path=ctx.frm_email,
                   mailer=mailer, extra=extra, date_zone=date_zone, boundary='generic')
    return f


def own_server(mta_helo, mta_rdns, mta_ip, client_ip, client_rdns=None, mua='thunderbird',
               date_zone='DE', domain=None, tls='1.3', by=None, lang='de-DE', webmail=False,
               ua=None, software='Postfix', http_ip=None):
    """A company's own (or a rented VPS / shared-hosting) Postfix server with an
    authenticated submission from a desktop client or web mail."""
    def f(ctx):
        rng = ctx.rng
        dom = domain or ctx.frm_email.split('@')[1]
        byh = by or mta_helo
        if webmail:
            hops = [rcv('from webmail.%s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (%s) with ESMTPSA id %s'
                        % (dom, ctx.frm_email, byh, software, postfix_qid(rng)), plus(ctx.t_sent, 1), date_zone, abbr=True)]
            if http_ip:
                hops.append(rcv('from [%s]\n\tby webmail.%s\n\twith HTTP (HTTP/1.1 POST)' % (http_ip, dom),
                                ctx.t_sent, date_zone))
        else:
            hops = [rcv('from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (%s) with ESMTPSA id %s\n\tfor <%s>'
                        % ('192.168.%d.%d' % (rng.randrange(0, 3), rng.randrange(20, 200)),
                           client_rdns or 'unknown', client_ip, ctx.frm_email, byh, software,
                           postfix_qid(rng), ctx.rcpt), plus(ctx.t_sent, 1), date_zone, abbr=True)]
        if mua == 'thunderbird':
            msgid = '<%s@%s>' % (uuid4(rng), dom)
            mailer = [('User-Agent', ua or 'Mozilla Thunderbird'), ('Content-Language', lang)]
            style, bnd = 'thunderbird', 'thunderbird'
        elif mua == 'roundcube':
            msgid = '<%s@%s>' % (hx(rng, 32), dom)
            mailer = [('User-Agent', ua or 'Roundcube Webmail/1.6.9')]
            style, bnd = 'roundcube', 'roundcube'
        elif mua == 'outlook':
            msgid = '<%s$%s$%s$@%s>' % ('00' + hx(rng, 10), hx(rng, 8), hx(rng, 8), dom)
            mailer = [('X-Mailer', ua or 'Microsoft Outlook 16.0'),
                      ('Thread-Index', base64.b64encode(bytes([1, 0xDB] + [rng.randrange(256) for _ in range(20)])).decode()),
                      ('Content-Language', lang)]
            style, bnd = 'outlook_smtp', 'outlook_smtp'
        elif mua == 'apple':
            msgid = '<%s@%s>' % (uuid4(rng, upper=True), dom)
            mailer = [('X-Mailer', ua or 'iPhone Mail (22B91)')]
            style, bnd = 'apple', 'apple'
        elif mua == 'thebat':
            msgid = '<%d.%d@%s>' % (rng.randrange(10 ** 8, 10 ** 9), epoch(ctx.t_sent), dom)
            mailer = [('X-Mailer', ua or 'The Bat! (v11.0.3) Professional'), ('Reply-To-Mailer', None)]
            mailer = [m for m in mailer if m[1]]
            style, bnd = 'thebat', 'thebat'
        elif mua == 'ox':
            msgid = '<%d.%d.%d@%s>' % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6),
                                       int(ctx.t_sent.timestamp() * 1000), dom)
            mailer = [('X-Mailer', ua or 'Open-Xchange Mailer v7.10.6-Rev62'), ('X-Originating-Client', 'open-xchange-appsuite')]
            style, bnd = 'generic', 'ox'
        else:
            msgid = '<%s.%s@%s>' % (hx(rng, 12), hx(rng, 8), dom)
            mailer = [('X-Mailer', ua)] if ua else []
            style, bnd = 'generic', 'generic'
        return Via((mta_helo, mta_rdns, mta_ip), hops, msgid, style=style, tls=tls,
                   return_path=ctx.frm_email, mailer=mailer, date_zone=date_zone, boundary=bnd)
    return f


def exim_cpanel(server, server_ip, client_ip, client_helo=None, phpmailer=True,
                date_zone='UK', cpuser='tyrechai', envelope=None, tls='1.3'):
    """Shared cPanel host (Exim); phpmailer=True: a script on a compromised site."""
    def f(ctx):
        rng = ctx.rng
        dom = ctx.frm_email.split('@')[1]
        eid = '1t%s-0000000%s-%s' % (rs(rng, 4), rs(rng, 4), rs(rng, 4))
        env = envelope or ctx.frm_email
        if phpmailer:
            hops = [rcv('from %s ([127.0.0.1]:%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
                        '\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s'
                        % (server, rng.randrange(30000, 60000), server, server, env, eid, ctx.rcpt),
                        plus(ctx.t_sent, 1), date_zone)]
            msgid = '<%s@%s>' % (rs(rng, 43), dom)
            mailer = [('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')]
            style, bnd = 'phpmailer', 'phpmailer'
        else:
            hops = [rcv('from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
                        '\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s'
                        % (client_ip, rng.randrange(30000, 60000), client_helo or '[127.0.0.1]', server, env, eid, ctx.rcpt),
                        plus(ctx.t_sent, 1), date_zone)]
            msgid = '<%s@%s>' % (hx(rng, 32), dom)
            mailer = [('User-Agent', 'Roundcube Webmail/1.6.10')]
            style, bnd = 'roundcube', 'roundcube'
        extra = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                 ('X-AntiAbuse', 'Primary Hostname - %s' % server),
                 ('X-AntiAbuse', 'Original Domain - example.com'),
                 ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
                 ('X-AntiAbuse', 'Sender Address Domain - %s' % env.split('@')[1]),
                 ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (server, ctx.frm_email if not phpmailer else cpuser)),
                 ('X-Authenticated-Sender', '%s: %s' % (server, ctx.frm_email if not phpmailer else cpuser))]
        return Via((server, server, server_ip), hops, msgid, style=style, tls=tls,
                   return_path=env, mailer=mailer, extra=extra, date_zone=date_zone, boundary=bnd)
    return f


def sendgrid(em='em4821', date_zone='UTC', ipn=None):
    def f(ctx):
        rng = ctx.rng
        dom = ctx.frm_email.split('@')[1]
        host = rs(rng, 8, LOWER) + '.outbound-mail.sendgrid.net'
        ip = '149.72.%d.%d' % (rng.randrange(1, 254), rng.randrange(1, 254)) if ipn is None else ipn
        pod = 'geopod-ismtpd-%d' % rng.randrange(1, 40)
        sid = rs(rng, 22, ALNUM + '_-')
        fd = 'filterdrecv-%s-%s' % (hx(rng, 10), rs(rng, 5, LOWER + '0123456789'))
        hops = [
            rcv('by %s with SMTP id %s-1-%s-%s\n        %s +0000 UTC m=+%d.%09d' % (
                fd, fd, hx(rng, 8, True), hx(rng, 2, True),
                plus(ctx.t_sent, 1).strftime('%Y-%m-%d %H:%M:%S.') + '%09d' % rng.randrange(10 ** 9),
                rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 9)), plus(ctx.t_sent, 1), 'UTC')
            .rsplit(';', 1)[0],
            'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)' % (
                rs(rng, 10, ALNUM), pod, sid,
                ctx.t_sent.strftime('%a, %d %b %Y %H:%M:%S.') + '%03d +0000' % rng.randrange(1000)),
        ]
        uid = rng.randrange(10 ** 7, 10 ** 8)
        rp = 'bounces+%d-%s-%s@%s.%s' % (uid, hx(rng, 4), ctx.rcpt.replace('@', '='), em, dom)
        msgid = '<%s@%s>' % (sid, pod)
        extra = [('X-SG-EID', '\n ' + rs(rng, 70, ALNUM + '+/') + '\n ' + rs(rng, 72, ALNUM + '+/') + '\n ' + rs(rng, 40, ALNUM + '+/') + '=='),
                 ('X-SG-ID', '\n ' + rs(rng, 70, ALNUM + '+/') + '\n ' + rs(rng, 30, ALNUM + '+/') + '='),
                 ('X-Entity-ID', 'u001.' + rs(rng, 22, ALNUM + '+/') + '==')]
        return Via((host, host, ip), hops, msgid, style='esp', tls='1.2', return_path=rp,
                   extra=extra, date_zone=date_zone, boundary='sendgrid')
    return f


def mailgun(mgdomain=None, date_zone='UTC'):
    def f(ctx):
        rng = ctx.rng
        dom = mgdomain or ('mg.' + ctx.frm_email.split('@')[1])
        a, b = rng.randrange(200, 250), rng.randrange(1, 60)
        host = 'm%d-%d.mailgun.net' % (a, b)
        ip = '159.135.%d.%d' % (a, b)
        hops = ['by %s with HTTP; %s' % (hx(rng, 12), ctx.t_sent.strftime('%a, %d %b %Y %H:%M:%S GMT'))]
        msgid = '<%s.%s@%s>' % (ctx.t_sent.strftime('%Y%m%d%H%M%S'), hx(rng, 16), dom)
        rp = 'bounce+%s.%s-%s@%s' % (hx(rng, 6), hx(rng, 5), ctx.rcpt.replace('@', '='), dom)
        extra = [('X-Mailgun-Sid', 'Wy' + rs(rng, 70, ALNUM) + 'IiwgImFsIl0='),
                 ('X-Mailgun-Tag', None)]
        extra = [e for e in extra if e[1]]
        return Via((host, host, ip), hops, msgid, style='esp', tls='1.3', return_path=rp,
                   extra=extra, date_zone=date_zone, boundary='mailgun')
    return f


def brevo(date_zone='UTC'):
    def f(ctx):
        rng = ctx.rng
        c, d = rng.randrange(16, 31), rng.randrange(1, 250)
        host = 'mail-%d-%d.brevo.com' % (c, d)  # approximation of Brevo relay rDNS
        ip = '77.32.%d.%d' % (c, d)
        cid = rng.randrange(10 ** 6, 10 ** 7)
        msgid = '<%s.%d@smtp-relay.mailin.fr>' % (ctx.t_sent.strftime('%Y%m%d%H%M'), rng.randrange(10 ** 10, 10 ** 11))
        hops = ['by smtp-relay.brevo.com; %s' % ctx.t_sent.strftime('%a, %d %b %Y %H:%M:%S +0000 (UTC)')]
        rp = 'bounces-%d-%s@%s' % (cid, ctx.rcpt.replace('@', '='), 'mailin-bounces.brevo.com')
        extra = [('X-Mailin-EID', rs(rng, 48, ALNUM + '%') + '%3D'),
                 ('X-sib-id', rs(rng, 76, ALNUM + '-_')),
                 ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, cid, rng.randrange(100, 999))),
                 ('X-Mailin-Client', str(cid))]
        return Via((host, host, ip), hops, msgid, style='esp', tls='1.2', return_path=rp,
                   extra=extra, date_zone=date_zone, boundary='generic')
    return f


def ses(region='eu-west-1', mail_from=None, date_zone='UTC', ipn=None, extra_hdr=()):
    def f(ctx):
        rng = ctx.rng
        n = ipn or rng.randrange(2, 250)
        host = 'a7-%d.smtp-out.%s.amazonses.com' % (n, region)
        ip = '54.240.7.%d' % n
        mid = '0102019%s-%s-000000' % (hx(rng, 9), uuid4(rng))
        msgid = '<%s@%s.amazonses.com>' % (mid, region)
        rp = ('%s@%s' % (mid, mail_from)) if mail_from else '%s@%s.amazonses.com' % (mid, region)
        extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rs(rng, 43, ALNUM + '+/'))),
                 ('X-SES-Outgoing', '%s-%s' % (ctx.t_sent.strftime('%Y.%m.%d'), ip))] + list(extra_hdr)
        return Via((host, host, ip), [], msgid, style='esp', tls='1.3', return_path=rp,
                   extra=extra, date_zone=date_zone, boundary='generic')
    return f


def mailchimp(list_hash, cid, user='us21', date_zone='UTC'):
    def f(ctx):
        rng = ctx.rng
        n = rng.randrange(100, 250)
        pod = 'suw%d' % rng.randrange(10, 200)
        host = 'mail%d.%s.mcdlv.net' % (n, pod)
        ip = '198.2.%d.%d' % (rng.randrange(128, 190), n)
        hops = ['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s' % (
            host, '4' + rs(rng, 12, ALNUM), ctx.rcpt, ctx.t_sent.strftime('%a, %d %b %Y %H:%M:%S +0000 (GMT)'))]
        msgid = '<%s.%s@%s>' % (hx(rng, 28), hx(rng, 12), host)
        rp = 'bounce-mc.%s_%d.%d-%s@%s' % (user, rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7),
                                           ctx.rcpt.replace('@', '='), host)
        extra = [('X-Mailer', 'MailChimp Mailer - **CID%s**' % cid),
                 ('X-Campaign', 'mailchimp%s.%s' % (list_hash, cid)),
                 ('X-campaignid', 'mailchimp%s.%s' % (list_hash, cid)),
                 ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (list_hash, cid, hx(rng, 10))),
                 ('X-MC-User', list_hash),
                 ('Feedback-ID', '%d:%d.%d:%s:mc' % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7), user)),
                 ('X-Accounttype', 'pd')]
        return Via((host, host, ip), hops, msgid, style='esp', tls='1.2', return_path=rp,
                   extra=extra, date_zone=date_zone, boundary='mailchimp')
    return f


def custom(client, hops=(), msgid=None, style='generic', tls='1.3', return_path=None,
           trace=(), mailer=(), extra=(), date_zone='UTC', boundary='javamail',
           date_abbr=False, pad_day=True):
    """Fully specified path. hops: list of callables ctx -> str or (text, zone, abbr, dsec)."""
    def f(ctx):
        rng = ctx.rng
        hs = []
        for h in hops:
            if callable(h):
                hs.append(h(ctx))
            else:
                text, zone, abbr, dsec = h
                hs.append(rcv(text.format(rcpt=ctx.rcpt, rid=rs(rng, 12), hex=hx(rng, 16),
                                          qid=postfix_qid(rng)), plus(ctx.t_sent, dsec), zone, abbr))
        mid = msgid(ctx) if callable(msgid) else msgid
        rp = return_path(ctx) if callable(return_path) else (return_path or ctx.frm_email)
        ex = [(n, v(ctx) if callable(v) else v) for n, v in extra]
        mh = [(n, v(ctx) if callable(v) else v) for n, v in mailer]
        tr = [(n, v(ctx) if callable(v) else v) for n, v in trace]
        return Via(client, hs, mid, style=style, tls=tls, return_path=rp, trace=tr,
                   mailer=mh, extra=ex, date_zone=date_zone, boundary=boundary,
                   date_abbr=date_abbr, pad_day=pad_day)
    return f
