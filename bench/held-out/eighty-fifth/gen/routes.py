"""Sending systems: each produces the Received hops below mx01, the connecting client
as seen by mx01, the Message-ID / X-Mailer style, header order and MIME boundary style."""
import base64

from util import (MONTHS, local, rfcdate, plus, rhex, rchars, rint, ruuid, ALNUM, LOWNUM, DIGITS, B64URL,
                  hbytes)

TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
TLS12 = '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'
PFX_ALPHA = '0123456789BCDFGHJKLMNPQRSTVWXYbcdfghjklmnpqrstvwxy'


def _b51(n, width):
    out = ''
    for _ in range(width):
        n, r = divmod(n, len(PFX_ALPHA))
        out = PFX_ALPHA[r] + out
    return out


def postfix_qid(seed, t=None):
    """Postfix long queue id: seconds (6) + microseconds (4) + 'z' + inode number."""
    if t is None:
        return rchars(seed + 'q', 10, PFX_ALPHA) + 'z' + rchars(seed + 'q2', 4, PFX_ALPHA)
    usec = rint(seed + 'us', 0, 999999)
    return _b51(int(t.timestamp()), 6) + _b51(usec, 4) + 'z' + rchars(seed + 'q2', 3, PFX_ALPHA)


class Ctx:
    def __init__(self, seed, t, zone, frm, rcpt):
        self.seed, self.t, self.zone, self.frm, self.rcpt = seed, t, zone, frm, rcpt
        self.domain = frm.split('@')[1]
        self.local = frm.split('@')[0]

    def at(self, sec):
        return plus(self.t, sec)

    def r(self, tag, n, alpha=ALNUM):
        return rchars(self.seed + tag, n, alpha)

    def hx(self, tag, n, upper=False):
        return rhex(self.seed + tag, n, upper)

    def i(self, tag, lo, hi):
        return rint(self.seed + tag, lo, hi)


def mx01_received(ctx, client, tls, t):
    helo, rdns, ip = client
    lines = ['from %s (%s [%s])' % (helo, rdns, ip)]
    if tls == 'TLSv1.3':
        lines += [TLS13, '(No client certificate requested)']
    elif tls == 'TLSv1.2':
        lines += [TLS12, '(No client certificate requested)']
    lines.append('by mx01.example.com (Postfix) with %s id %s' % (
        'ESMTPS' if tls else 'ESMTP', postfix_qid(ctx.seed, t)))
    lines.append('for <%s>; %s' % (ctx.rcpt, rfcdate(t, 'DE', comment=True)))
    return '\r\n\t'.join(lines)


def filetime(utc):
    return int(utc.timestamp() * 10_000_000) + 116444736000000000


def thread_index(ctx):
    ft = filetime(ctx.t)
    raw = ft.to_bytes(8, 'big')[:6] + hbytes(ctx.seed + 'ti', 16)
    return base64.b64encode(raw).decode()


class Sender:
    """Generic sending system.  All callables take ctx."""
    order = ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To',
             'References', 'MIME-Version', '*', 'Content-Type', 'Content-Transfer-Encoding']
    ctstyle = 'generic'
    hdr_cs, hdr_enc = 'UTF-8', 'B'
    tls = 'TLSv1.3'
    delay = 3

    def __init__(self, client, **kw):
        self.client = client
        for k, v in kw.items():
            setattr(self, k, v)

    def hops(self, ctx):
        return []

    def msgid(self, ctx):
        return '<%s@%s>' % (ctx.hx('mid', 32), ctx.domain)

    def extra(self, ctx):
        return []

    def boundary(self, ctx, n):
        return '=_%s_%d' % (ctx.hx('b%d' % n, 24), n)

    def mx_time(self, ctx):
        return ctx.at(self.delay + ctx.i('mxd', 1, 6))

    def return_path(self, ctx):
        return ctx.frm


# ---------------------------------------------------------------- Microsoft
class ExchangeInternal(Sender):
    """Mail from a colleague: Exchange 2019 on-prem -> mail-int01 relay -> mx01."""
    order = ['From', 'To', 'Cc', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date',
             'Message-ID', 'References', 'In-Reply-To', 'Accept-Language', 'Content-Language',
             'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', '*', 'Content-Type',
             'Content-Transfer-Encoding', 'MIME-Version']
    ctstyle = 'outlook'
    hdr_cs, hdr_enc = 'iso-8859-1', 'Q'
    tls = 'TLSv1.2'

    def __init__(self, server='HQ-EXCH01', lang='de-DE', ws_ip='10.20.4.57', hdr_cs='iso-8859-1',
                 hdr_enc='Q'):
        super().__init__(('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'))
        self.server, self.lang, self.ws_ip = server, lang, ws_ip
        self.hdr_cs, self.hdr_enc = hdr_cs, hdr_enc
        self.fqdn = server + '.ad.example.com'

    def hops(self, ctx):
        other = 'HQ-EXCH02' if self.server == 'HQ-EXCH01' else 'HQ-EXCH01'
        ll = ctx.hx('ll', 16)
        ll = ':'.join(ll[i:i + 4] for i in range(0, 16, 4))
        return [
            'from %s (10.20.1.%d) by %s.ad.example.com (10.20.1.%d) with Microsoft SMTP Server\r\n'
            '\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14;\r\n'
            '\t%s' % (self.fqdn, 11 if self.server == 'HQ-EXCH01' else 12, other,
                      12 if self.server == 'HQ-EXCH01' else 11,
                      rfcdate(ctx.at(1), 'DE')),
            'from %s ([fe80::%s]) by %s ([fe80::%s%%13]) with\r\n\tmapi id 15.02.1544.014; %s' % (
                self.fqdn, ll, self.fqdn, ll, rfcdate(ctx.at(0), 'DE')),
        ]

    def msgid(self, ctx):
        return '<%s@%s>' % (ctx.hx('mid', 32), self.fqdn)

    def extra(self, ctx):
        return [('Thread-Index', thread_index(ctx)),
                ('Accept-Language', '%s, en-US' % self.lang if self.lang != 'en-US' else 'en-US'),
                ('Content-Language', self.lang),
                ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
                ('X-MS-Exchange-Organization-AuthMechanism', '04'),
                ('X-MS-Exchange-Transport-FromEntityHeader', 'Hosted'),
                ('x-originating-ip', '[%s]' % self.ws_ip)]

    def boundary(self, ctx, n):
        return '_%03d_%s%s_' % (n, self.server.replace('-', ''), ctx.hx('b%d' % n, 24, True))


class M365(Sender):
    """Exchange Online tenant sending outbound."""
    order = ExchangeInternal.order
    date_zone = 'UTC'
    ctstyle = 'outlook'
    hdr_cs, hdr_enc = 'iso-8859-1', 'Q'
    tls = 'TLSv1.2'

    def __init__(self, region='EUR05', pod='DB8', prd='eurprd05', lang='de-DE', hdr_cs='iso-8859-1',
                 hdr_enc='Q', tenant='tenant', consumer=False, ipnet='40.107.22'):
        self.region, self.pod, self.prd, self.lang = region, pod, prd, lang
        self.hdr_cs, self.hdr_enc, self.tenant, self.consumer = hdr_cs, hdr_enc, tenant, consumer
        self.ipnet = ipnet
        self.client = None

    def _srv(self, ctx, tag):
        if self.consumer:
            return '%sP%dMB%04d' % (self.pod, ctx.i(tag + 'a', 190, 195), ctx.i(tag, 1000, 9999))
        return '%sPR%02dMB%04d' % (self.pod, int(self.prd[-2:]), ctx.i(tag, 1000, 9999))

    def setup(self, ctx):
        if self.client is None or getattr(self, '_seed', None) != ctx.seed:
            self._seed = ctx.seed
            n = ctx.i('ipn', 20, 240)
            loc = self.pod.lower()
            reg = self.region.lower()[:3]
            num = self.region[3:]
            kind = 'olkn' if self.consumer else 'on'
            host = 'mail-%s%s%s%s%04d.outbound.protection.outlook.com' % (
                loc, reg, num, kind, 2000 + n)
            helo = '%s-%s-obe.outbound.protection.outlook.com' % (self.region, self.pod)
            self.client = (helo, host, '%s.%d' % (self.ipnet, n))
            self.mbx = self._srv(ctx, 'mbx')
            self.fe = self._srv(ctx, 'fe')
            dom = '%s.PROD.OUTLOOK.COM' % self.prd.upper() if self.consumer else '%s.prod.outlook.com' % self.prd
            self.mbx_f = '%s.%s' % (self.mbx, dom)
            self.fe_f = '%s.%s' % (self.fe, dom)

    def mx_time(self, ctx):
        self.setup(ctx)
        return Sender.mx_time(self, ctx)

    def hops(self, ctx):
        self.setup(ctx)
        ll = ctx.hx('ll', 16)
        ll = ':'.join(ll[i:i + 4] for i in range(0, 16, 4))
        pfx = '2603:10b6' if self.region.startswith('NAM') else '2603:10a6'
        v6a = '%s:%s:%s::%d' % (pfx, ctx.hx('v6a', 3), ctx.hx('v6b', 3), ctx.i('v6c', 5, 30))
        v6b = '%s:%s:%s::%d' % (pfx, ctx.hx('v6d', 3), ctx.hx('v6e', 3), ctx.i('v6f', 5, 30))
        return [
            'from %s (%s) by\r\n\t%s (%s) with Microsoft SMTP Server\r\n'
            '\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21;\r\n'
            '\t%s' % (self.mbx_f, v6a, self.fe_f, v6b, rfcdate(ctx.at(1), 'UTC')),
            'from %s\r\n\t([fe80::%s]) by %s\r\n\t([fe80::%s%%4]) with mapi id 15.20.8769.019;'
            ' %s' % (self.mbx_f, ll, self.mbx_f, ll, rfcdate(ctx.at(0), 'UTC')),
        ]

    def msgid(self, ctx):
        self.setup(ctx)
        return '<%s%s@%s>' % (self.mbx, ctx.hx('mid', 28, True), self.mbx_f)

    def extra(self, ctx):
        self.setup(ctx)
        out = [('Thread-Index', thread_index(ctx)),
               ('Accept-Language', '%s, en-US' % self.lang if self.lang != 'en-US' else 'en-US'),
               ('Content-Language', self.lang),
               ('X-MS-Has-Attach', ''),
               ('X-MS-TNEF-Correlator', '')]
        if self.consumer:
            out.append(('x-tmn', '[%s]' % ctx.r('tmn', 32, ALNUM)))
        out += [
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', self.fe),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid(ctx.seed + 'nmid')),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', arrival(ctx)),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', ruuid('tenant-' + self.tenant)),
        ]
        return out

    def boundary(self, ctx, n):
        self.setup(ctx)
        return '_%03d_%s%s_' % (n, self.mbx, ctx.hx('b%d' % n, 24, True)) if n else \
            '_000_%s%s%s_' % (self.mbx, ctx.hx('b0', 24, True), self.prd)


def arrival(ctx):
    t = ctx.at(0)
    return '%d %s %d %02d:%02d:%02d.%04d (UTC)' % (t.day, MONTHS[t.month - 1], t.year, t.hour,
                                                   t.minute, t.second, ctx.i('arr', 0, 9999))


def outlook_mid(ctx, domain=None):
    ft = filetime(ctx.t)
    return '<%04x%08x$%08x$%s$@%s>' % (ctx.i('om', 0, 0x3f), ft >> 32, ft & 0xffffffff,
                                       ctx.hx('om3', 8), domain or ctx.domain)


class OutlookSMTP(Sender):
    """Outlook desktop sending via a hosting provider's authenticated SMTP."""
    order = ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date',
             'Message-ID', 'MIME-Version', 'Content-Type', 'X-Mailer', 'Thread-Index',
             'Content-Language', '*']
    ctstyle = 'outlook'
    hdr_cs, hdr_enc = 'iso-8859-1', 'Q'

    def __init__(self, client, submit, lang='de', hdr_cs='iso-8859-1', hdr_enc='Q',
                 mailer='Microsoft Outlook 16.0', tls='TLSv1.3', extra=None, mid_domain=None):
        super().__init__(client)
        self.submit, self.lang, self.hdr_cs, self.hdr_enc = submit, lang, hdr_cs, hdr_enc
        self.mailer, self.tls, self._extra, self.mid_domain = mailer, tls, extra or [], mid_domain

    def hops(self, ctx):
        return [h(ctx) for h in self.submit]

    def msgid(self, ctx):
        return outlook_mid(ctx, self.mid_domain)

    def extra(self, ctx):
        out = [('X-Mailer', self.mailer), ('Thread-Index', thread_index(ctx)),
               ('Content-Language', self.lang)]
        return out + [(k, v(ctx) if callable(v) else v) for k, v in self._extra]

    def boundary(self, ctx, n):
        ft = filetime(ctx.t)
        return '----=_NextPart_%03d_%04X_%08X.%08X' % (n, ctx.i('nb', 0, 0x3f) + 0x10,
                                                        ft >> 32, ft & 0xffffffff)


# ---------------------------------------------------------------- submit hop helpers
def hop_ionos(pc_name, client_ip):
    return lambda ctx: ('from %s ([%s]) by mrelayeu.kundenserver.de (mreue%03d\r\n'
                        '\t[212.227.15.%d]) with ESMTPSA (Nemesis) id 1M%s; %s' % (
                            pc_name, client_ip, ctx.i('mre', 100, 112), ctx.i('mrei', 160, 190),
                            ctx.r('nem', 8) + '-1' + ctx.r('nem2', 14),
                            rfcdate(ctx.at(1), 'DE', pad=False)))


def hop_aruba(pc_name, client_ip):
    return lambda ctx: ('from %s ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n'
                        '\tid %s; %s' % (pc_name, client_ip, ctx.r('aru', 16, ALNUM),
                                         rfcdate(ctx.at(1), 'IT')))


def hop_postfix_sub(helo, rdns, client_ip, by, zone, proto='ESMTPSA', tls=True, sec=1):
    def f(ctx):
        s = 'from %s (%s [%s])\r\n' % (helo, rdns, client_ip)
        if tls:
            s += ('\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n'
                  '\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\r\n'
                  '\t(No client certificate requested)\r\n')
        s += '\tby %s (Postfix) with %s id %s;\r\n\t%s' % (
            by, proto, ctx.hx('psub%d' % sec, 10, True), rfcdate(ctx.at(sec), zone, comment=True))
        return s
    return f


def hop_sendmail(client_name, client_ip, by, zone, ver='8.15.2/8.15.2', rdns=None):
    return lambda ctx: ('from %s (%s [%s])\r\n\tby %s (%s) with ESMTPSA id %s\r\n'
                        '\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT);\r\n'
                        '\t%s' % (client_name, rdns or client_name, client_ip, by, ver,
                                  ctx.r('smid', 14, ALNUM.upper()[:36]),
                                  rfcdate(ctx.at(1), zone)))


def hop_exim_auth(client_ip, helo, by, zone, env_from=None):
    return lambda ctx: ('from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n'
                        '\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid 1u%s-%s-%s;\r\n\t%s' % (
                            client_ip, ctx.i('port', 49152, 65000), helo, by, env_from or ctx.frm,
                            ctx.r('ex1', 4), ctx.r('ex2', 6), ctx.r('ex3', 2),
                            rfcdate(ctx.at(1), zone)))


def hop_exim_local(user, by, zone, env_from):
    return lambda ctx: ('from %s by %s with local (Exim 4.98)\r\n\t(envelope-from <%s>)\r\n'
                        '\tid 1u%s-%s-%s;\r\n\t%s' % (user, by, env_from, ctx.r('el1', 4),
                                                     ctx.r('el2', 6), ctx.r('el3', 2),
                                                     rfcdate(ctx.at(0), zone)))


# ---------------------------------------------------------------- consumer webmail
GMAIL_NETS = {'ed1': '209.85.208', 'ej1': '209.85.218', 'wm1': '209.85.128', 'wr1': '209.85.221',
              'lf1': '209.85.167', 'pl1': '209.85.214', 'qt1': '209.85.160'}


class Gmail(Sender):
    order = ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'X-Gm-Features',
             'Message-ID', 'Subject', 'To', 'Cc', 'Content-Type', 'Content-Transfer-Encoding', '*']
    ctstyle = 'gmail'
    hdr_cs, hdr_enc = 'UTF-8', 'B'

    def __init__(self, node='ed1', n=48, workspace=False):
        net = GMAIL_NETS[node]
        host = 'mail-%s-f%d.google.com' % (node, n)
        super().__init__((host, host, '%s.%d' % (net, n)))
        self.host = host

    def hops(self, ctx):
        sid = '%s-%s%s.%d' % (ctx.r('g0', 10, LOWNUM), ctx.r('g1', 12, LOWNUM),
                               ctx.r('g2', 14, DIGITS) + 'a1', 1)
        return ['by %s with SMTP id %s\r\n        for <%s>; %s' % (
            self.host, sid, ctx.rcpt, rfcdate(ctx.at(1), 'PT', comment=True))]

    def extra(self, ctx):
        return [('X-Google-Smtp-Source', 'AGHT+I' + ctx.r('gss', 80, ALNUM + '+/') + '=='),
                ('X-Received', 'by 2002:a05:6402:%s:b0:5c9:%s with SMTP id %s-%s.%d;\r\n'
                 '        %s' % (ctx.hx('xr1', 4), ctx.hx('xr2', 4), ctx.r('xr3', 10, LOWNUM),
                                 ctx.r('xr4', 20, LOWNUM), ctx.i('xr5', 10, 999),
                                 rfcdate(ctx.at(1), 'PT', comment=True))),
                ('X-Gm-Message-State', 'AOJu0Y' + ctx.r('gms', 60, ALNUM + '+/'))]

    def msgid(self, ctx):
        return '<CA%s@mail.gmail.com>' % ctx.r('gmid', 54, ALNUM + '+=_-')

    def boundary(self, ctx, n):
        return '000000000000' + ctx.hx('gb%d' % n, 16)


class GMX(Sender):
    """GMX / WEB.DE webmail ('trinity' message IDs)."""
    order = ['MIME-Version', 'Message-ID', 'From', 'To', 'Cc', 'Subject', 'Content-Type',
             'Content-Transfer-Encoding', 'Date', 'Importance', 'Sensitivity', 'In-Reply-To',
             'References', '*']
    ctstyle = 'generic'
    hdr_cs, hdr_enc = 'UTF-8', 'Q'

    def __init__(self, brand='gmx', user_ip='91.64.112.35'):
        self.brand = brand
        if brand == 'gmx':
            client = ('mout.gmx.net', 'mout.gmx.net', '212.227.15.19')
        else:
            client = ('mout.web.de', 'mout.web.de', '217.72.192.78')
        super().__init__(client)
        self.user_ip = user_ip

    def hops(self, ctx):
        app = '3c-app-%s-bap%02d' % ('gmx' if self.brand == 'gmx' else 'webde', ctx.i('app', 10, 70))
        self.app = app
        return ['from %s ([%s]) by web-mail.%s (%s.server.lan\r\n\t [172.19.172.%d]) (via HTTP); %s' % (
            app, self.user_ip, 'gmx.net' if self.brand == 'gmx' else 'web.de', app,
            ctx.i('appip', 20, 200), rfcdate(ctx.at(0), 'DE'))]

    def msgid(self, ctx):
        app = '3c-app-%s-bap%02d' % ('gmx' if self.brand == 'gmx' else 'webde', ctx.i('app', 10, 70))
        return '<trinity-%s-%d@%s>' % (ruuid(ctx.seed + 'tri'), int(ctx.t.timestamp() * 1000), app)

    def extra(self, ctx):
        return [('Importance', 'normal'), ('Sensitivity', 'Normal'),
                ('X-Priority', '3'),
                ('X-Provags-ID', 'V03:K1:' + ctx.r('prov', 60, ALNUM + '+/')),
                ('X-UI-Message-Type', 'mail'),
                ('UI-OutboundReport', 'notjunk:1;M01:P0:' + ctx.r('uio', 16, ALNUM + '+/') + '=;')]


class Webmail(Sender):
    """Configurable webmail / small provider: hops given as callables."""
    def __init__(self, client, submit, mid, mailer=None, order=None, ctstyle='generic',
                 hdr_cs='UTF-8', hdr_enc='B', tls='TLSv1.3', extra=None, bnd=None, rp=None):
        super().__init__(client)
        self.submit, self._mid, self.mailer = submit, mid, mailer
        if order:
            self.order = order
        self.ctstyle, self.hdr_cs, self.hdr_enc, self.tls = ctstyle, hdr_cs, hdr_enc, tls
        self._extra, self._bnd, self._rp = extra or [], bnd, rp

    def hops(self, ctx):
        return [h(ctx) for h in self.submit]

    def msgid(self, ctx):
        return self._mid(ctx)

    def extra(self, ctx):
        out = []
        if self.mailer:
            out.append(self.mailer)
        return out + [(k, v(ctx) if callable(v) else v) for k, v in self._extra]

    def boundary(self, ctx, n):
        if self._bnd:
            return self._bnd(ctx, n)
        return Sender.boundary(self, ctx, n)

    def return_path(self, ctx):
        return self._rp(ctx) if self._rp else ctx.frm


# common order lists
ORDER_TB = ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'Cc',
            'References', 'In-Reply-To', 'From', 'Reply-To', 'Subject', '*', 'Content-Type',
            'Content-Transfer-Encoding']
ORDER_APPLE = ['Content-Type', 'Content-Transfer-Encoding', 'From', 'MIME-Version', 'Subject',
               'Date', 'Message-ID', 'References', 'In-Reply-To', 'Cc', 'To', '*']
ORDER_PHP = ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', '*', 'MIME-Version',
             'Content-Type', 'Content-Transfer-Encoding']
ORDER_BAT = ['Date', 'From', 'Reply-To', 'X-Priority', 'Message-ID', 'To', 'Cc', 'Subject',
             'In-Reply-To', 'References', '*', 'MIME-Version', 'Content-Type',
             'Content-Transfer-Encoding']
ORDER_RC = ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References',
            'Reply-To', '*', 'Message-ID', 'X-Sender', 'User-Agent', 'Content-Type',
            'Content-Transfer-Encoding']
ORDER_ESP = ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version',
             'Content-Type', 'Content-Transfer-Encoding', '*']


def tb_boundary(ctx, n):
    return '------------' + ctx.r('tb%d' % n, 24)


def apple_boundary(ctx, n):
    return 'Apple-Mail-%s' % ruuid(ctx.seed + 'ab%d' % n, True)


def php_boundary(ctx, n):
    return 'b%d_%s' % (n + 1, ctx.r('php%d' % n, 43, ALNUM))


def bat_boundary(ctx, n):
    return '----------%s' % ctx.hx('bat%d' % n, 15, True)


def thunderbird(client, submit, tb_ver='Mozilla Thunderbird', **kw):
    return Webmail(client, submit, lambda c: '<%s@%s>' % (ruuid(c.seed + 'tbm'), c.domain),
                   mailer=('User-Agent', tb_ver), order=ORDER_TB, ctstyle='tb',
                   hdr_cs='UTF-8', hdr_enc='Q', bnd=tb_boundary, **kw)


def apple(client, submit, mailer='iPhone Mail (23B85)', **kw):
    return Webmail(client, submit, lambda c: '<%s@%s>' % (ruuid(c.seed + 'apm', True), c.domain),
                   mailer=('X-Mailer', mailer), order=ORDER_APPLE, ctstyle='apple',
                   hdr_cs='utf-8', hdr_enc='Q', bnd=apple_boundary, **kw)


def roundcube(client, submit, host, ver='1.6.9', **kw):
    def mid(c):
        return '<%s@%s>' % (c.hx('rcm', 32), host)
    ex = kw.pop('extra', [])
    return Webmail(client, submit, mid, mailer=('User-Agent', 'Roundcube Webmail/' + ver),
                   order=ORDER_RC, ctstyle='tb', hdr_cs='UTF-8', hdr_enc='Q',
                   bnd=lambda c, n: '=_%s' % c.hx('rcb%d' % n, 32),
                   extra=[('X-Sender', lambda c: c.frm)] + ex, **kw)


def phpmailer(client, submit, host, ver='6.9.3', **kw):
    return Webmail(client, submit, lambda c: '<%s@%s>' % (c.r('pmid', 43), host),
                   mailer=('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % ver),
                   order=ORDER_PHP, ctstyle='generic', hdr_cs='UTF-8', hdr_enc='B',
                   bnd=php_boundary, **kw)


def thebat(client, submit, ver='The Bat! (v11.4.2) Professional', cs='windows-1251', **kw):
    def mid(c):
        lt = local(c.t, c.zone)
        return '<%d.%04d%02d%02d%02d%02d%02d@%s>' % (
            c.i('batid', 10 ** 8, 10 ** 9), lt.year, lt.month, lt.day, lt.hour, lt.minute,
            lt.second, c.domain)
    return Webmail(client, submit, mid, mailer=('X-Mailer', ver), order=ORDER_BAT,
                   ctstyle='generic', hdr_cs=cs, hdr_enc='B', bnd=bat_boundary,
                   extra=[('X-Priority', '3 (Normal)')] + kw.pop('extra', []), **kw)
