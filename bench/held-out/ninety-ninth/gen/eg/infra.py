"""Sending infrastructure: Received chains, Message-IDs, mailer headers and
boundaries in the style of each real system. Everything is derived from a
seeded PRNG per message, so output is deterministic."""
import base64
import hashlib
import random
import string
import uuid
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
EU_END = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_END_P = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
US_END_E = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)

ZONES = {
    'DE': ('CET', 1), 'IT': ('CET', 1), 'PL': ('CET', 1), 'ES': ('CET', 1), 'FR': ('CET', 1),
    'NL': ('CET', 1), 'AT': ('CET', 1), 'NG': ('WAT', 1),
    'GR': ('EET', 2), 'CY': ('EET', 2), 'LT': ('EET', 2), 'UK': ('GMT', 0), 'RU': ('MSK', 3),
    'TR': ('TRT', 3), 'UTC': ('UTC', 0), 'PT': ('PST', -8), 'ET': ('EST', -5), 'IN': ('IST', 5.5),
}


def zinfo(zone, t):
    kind, std = ZONES[zone]
    if kind in ('CET', 'EET', 'GMT'):
        dst = t < EU_END
        off = std + (1 if dst else 0)
        abbr = {'CET': ('CEST', 'CET'), 'EET': ('EEST', 'EET'), 'GMT': ('BST', 'GMT')}[kind][0 if dst else 1]
    elif kind == 'PST':
        dst = t < US_END_P
        off = std + (1 if dst else 0)
        abbr = 'PDT' if dst else 'PST'
    elif kind == 'EST':
        dst = t < US_END_E
        off = std + (1 if dst else 0)
        abbr = 'EDT' if dst else 'EST'
    else:
        off, abbr = std, kind
    return off, abbr


def fdate(t, zone='DE', comment=False):
    off, abbr = zinfo(zone, t)
    lt = t + timedelta(hours=off)
    sign = '+' if off >= 0 else '-'
    a = abs(off)
    s = lt.strftime('%a, %d %b %Y %H:%M:%S ') + '%s%02d%02d' % (sign, int(a), int(round((a - int(a)) * 60)))
    if comment:
        s += ' (%s)' % abbr
    return s


def fdate_nopad(t, zone='DE', comment=False):
    s = fdate(t, zone, comment)
    return s[:5] + s[5:].lstrip('0') if s[5] == '0' else s


class Ctx:
    def __init__(self, slug, when, rcpt, rcpt_name=''):
        """when: (Y, M, D, h, m, s) wall clock at mx01 (German local time)."""
        self.slug = slug
        self.rcpt = rcpt
        self.rcpt_name = rcpt_name
        self.r = random.Random(int.from_bytes(hashlib.sha256(slug.encode()).digest()[:8], 'big'))
        naive = datetime(*when)
        t = naive.replace(tzinfo=UTC) - timedelta(hours=1)
        if t < EU_END:
            t -= timedelta(hours=1)
        self.t0 = t

    # --- deterministic randomness ---
    def at(self, seconds_before=0.0):
        return self.t0 - timedelta(seconds=seconds_before)

    def hexs(self, n, upper=False):
        s = ''.join(self.r.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + ''.join(self.r.choice('0123456789') for _ in range(n - 1))

    def b64(self, nbytes, urlsafe=False):
        b = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def rint(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def thread_index(self, n=22):
        b = bytes([0x01, 0xDB, self.r.getrandbits(8) | 0x40]) + bytes(self.r.getrandbits(8) for _ in range(n - 3))
        return base64.b64encode(b).decode()

    def qid(self):
        al = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'
        return '4' + ''.join(self.r.choice(al) for _ in range(9)) + 'z' + ''.join(self.r.choice(al) for _ in range(4))

    # --- boundaries in client styles ---
    def boundary(self, style, n=0, mid_local=''):
        if style == 'outlook365':
            return '_{sub}_%s_' % mid_local
        if style == 'outlook':
            return '----=_NextPart_%03d_%04X_01DB%04X.%08X' % (n, 0x10 + n, self.r.getrandbits(16), self.r.getrandbits(32))
        if style == 'gmail':
            return '000000000000' + self.hexs(16)
        if style == 'thunderbird':
            return '------------' + self.alnum(24)
        if style == 'apple':
            return 'Apple-Mail=_' + self.uuid(True)
        if style == 'phpmailer':
            return 'b%d_%s' % (n + 1, self.alnum(43, string.ascii_letters + string.digits))
        if style == 'roundcube':
            return '=_' + self.hexs(32)
        if style == 'java':
            return '----=_Part_%d_%d.%d' % (self.rint(100000, 9999999), self.rint(100000000, 2000000000), int(self.t0.timestamp() * 1000))
        if style == 'mailchimp':
            return '_----------=_MCPart_%d' % self.rint(100000000, 2147483647)
        if style == 'hex':
            return self.hexs(32)
        if style == 'sendgrid':
            return self.hexs(64)
        if style == 'gmx':
            return 'trinity-' + self.uuid() if n == 0 else '=_' + self.hexs(16)
        if style == 'yandex':
            return '----==%s==----' % self.alnum(24, string.ascii_letters + string.digits)
        if style == 'python':
            return '===============%019d==' % self.r.getrandbits(62)
        return '=_' + self.alnum(28)


class Env:
    def __init__(self, ctx, client, hops, mid, extra, return_path, date_zone, date_delay,
                 tls='1.3', bstyle='hex', mid_local=''):
        self.ctx = ctx
        self.client = client
        self.hops = hops
        self.mid = mid
        self.extra = extra
        self.return_path = return_path
        self.date = fdate(ctx.at(date_delay), date_zone)
        self.tls = tls
        self.bstyle = bstyle
        self.mid_local = mid_local
        self._bn = 0

    def boundary(self, n=None):
        if n is None:
            n = self._bn
            self._bn += 1
        return self.ctx.boundary(self.bstyle, n, self.mid_local)

    def trace(self):
        """Return-Path + mx01 Received + the sender's own hops."""
        c = self.ctx
        helo, rdns, ip = self.client
        v = 'from %s (%s [%s])\n' % (helo, rdns or 'unknown', ip)
        if self.tls == '1.3':
            v += ('\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
                  '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
                  '\t(No client certificate requested)\n')
        elif self.tls == '1.2':
            v += ('\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
                  '\t(No client certificate requested)\n')
        v += '\tby mx01.example.com (Postfix) with %s id %s\n' % ('ESMTPS' if self.tls else 'ESMTP', c.qid())
        v += '\tfor <%s>; %s' % (c.rcpt, fdate(c.t0, 'DE', True))
        out = [('Return-Path', '<%s>' % self.return_path if self.return_path else '<>'), ('Received', v)]
        out += [('Received', h) for h in self.hops]
        return out


def _ms(x):
    return '%d' % int(x.timestamp() * 1000)


# ---------------------------------------------------------------------------
# Company-internal (Exchange -> mail-int01 -> mx01)
# ---------------------------------------------------------------------------
def internal(c, sender, topic, lang='de-DE', attach=False, client_ip='10.20.14.57'):
    mid_local = c.hexs(32)
    exch = c.pick(['EXCH01', 'EXCH02'])
    ll = 'fe80::%s:%s:%s:%s' % tuple(c.hexs(4) for _ in range(4))
    fq = '%s.corp.example.com' % exch
    ip = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}[exch]
    hops = [
        'from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
        % (fq, fq.lower(), ip, c.qid(), c.rcpt, fdate(c.at(2), 'DE', True)),
        'from %s (%s) by %s (%s) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.2.2562.17; %s'
        % (fq, ip, fq, ip, fdate(c.at(3), 'DE')),
        'from %s ([%s]) by %s ([%s%%12])\n\twith mapi id 15.02.2562.017; %s'
        % (fq, ll, fq, ll, fdate(c.at(4), 'DE')),
    ]
    # copy the same link-local id in both parts like Exchange does
    extra = [('Thread-Topic', topic), ('Thread-Index', c.thread_index()),
             ('Accept-Language', lang + ', en-US'), ('Content-Language', lang),
             ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-originating-ip', '[%s]' % client_ip)]
    return Env(c, ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), hops,
               '<%s@%s>' % (mid_local, fq), extra, sender, 'DE', 4, bstyle='outlook365',
               mid_local=mid_local + '' + fq.replace('.', ''))


# ---------------------------------------------------------------------------
# Microsoft 365 tenants and Outlook.com
# ---------------------------------------------------------------------------
_M365 = {
    'de': ('DEU01', ['FR2', 'BE1', 'FR3'], 'P281MB', 'DEUP281.PROD.OUTLOOK.COM', 'deu01'),
    'eu': ('EUR05', ['AM6', 'DB8', 'VI1', 'PA4', 'DU2', 'AS8'], 'PR0%dMB', 'eurprd0%d.prod.outlook.com', 'eur05'),
    'uk': ('GBR01', ['LO2', 'CWX'], 'P123MB', 'GBRP123.PROD.OUTLOOK.COM', 'gbr01'),
    'it': ('EUR03', ['MI1', 'PR3', 'AM7'], 'PR0%dMB', 'eurprd0%d.prod.outlook.com', 'eur03'),
}


def m365(c, sender, region='eu', org=None, topic='', lang='de-DE', attach=False, consumer=False,
         date_zone='DE', tenant=None):
    reg, dcs, srvfmt, dom, regl = _M365[region]
    dc = c.pick(dcs)
    n = c.rint(1, 9)
    srv = dc + (srvfmt % n if '%' in srvfmt else srvfmt) + '%04d' % c.rint(1000, 9999)
    sdom = dom % n if '%' in dom else dom
    fq = '%s.%s' % (srv, sdom)
    srv2 = c.pick(dcs) + (srvfmt % n if '%' in srvfmt else srvfmt) + '%04d' % c.rint(1000, 9999)
    mid_local = srv + c.hexs(28, True)
    ip = '40.107.%d.%d' % (c.rint(1, 255), c.rint(1, 254)) if not consumer else '40.92.%d.%d' % (c.rint(17, 107), c.rint(1, 254))
    rd = 'mail-%s%son%s.outbound.protection.outlook.com' % (dc.lower(), regl, 2000 + c.rint(1, 999)) if not consumer else \
        'mail-%s%solkn%s.outbound.protection.outlook.com' % (dc.lower(), regl, 2000 + c.rint(1, 999))
    helo = '%s-%s-obe.outbound.protection.outlook.com' % (reg, dc)
    ll = 'fe80::%s:%s:%s:%s' % tuple(c.hexs(4) for _ in range(4))
    hops = [
        'from %s (2603:10a6:%s:%s::%d) by\n\t%s (2603:10a6:%s:%s::%d) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.%d; %s'
        % (fq, c.hexs(3), c.hexs(3), c.rint(10, 99), srv2 + '.' + sdom, c.hexs(3), c.hexs(3), c.rint(10, 99), c.rint(10, 30), fdate(c.at(1.5), 'UTC')),
        'from %s\n\t([%s]) by %s\n\t([%s%%%d]) with mapi id 15.20.9253.%03d; %s'
        % (fq, ll, fq, ll, c.rint(2, 7), c.rint(10, 30), fdate(c.at(2), 'UTC')),
    ]
    tenant = tenant or ('84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa' if consumer else c.uuid())
    extra = [('Thread-Topic', topic), ('Thread-Index', c.thread_index()),
             ('Accept-Language', lang + ', en-US'), ('Content-Language', lang),
             ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-ms-publictraffictype', 'Email'),
             ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv, srv[:3] + 'PR0%dMB%04d' % (c.rint(1, 9), c.rint(1000, 9999)))),
             ('X-OriginatorOrg', org or sender.split('@')[1]),
             ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', c.at(2).strftime('%d %b %Y %H:%M:%S.') + '%04d' % c.rint(0, 9999) + ' (UTC)'),
             ('X-MS-Exchange-CrossTenant-id', tenant),
             ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv)]
    return Env(c, (helo, rd, ip), hops, '<%s@%s>' % (mid_local, fq), extra, sender, date_zone, 3,
               bstyle='outlook365', mid_local=mid_local + fq.replace('.', '').replace('prod', 'PROD').upper())


# ---------------------------------------------------------------------------
# Own mail servers (Postfix/Exchange on premises, hosting providers)
# ---------------------------------------------------------------------------
def mua_fields(c, kind, domain, date_zone='DE'):
    """Message-ID, mailer header and boundary style for a desktop/web client."""
    if kind == 'outlook':
        mid = '<00%s%s$%s$%s$@%s>' % (c.hexs(2), '01db' + c.hexs(4), c.hexs(8), c.hexs(8), domain)
        return mid, [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', c.thread_index(16)), ('Content-Language', {'DE': 'de', 'IT': 'it', 'PL': 'pl', 'ES': 'es', 'GR': 'el', 'RU': 'ru', 'UK': 'en-gb'}.get(date_zone, 'en-us'))], 'outlook'
    if kind == 'thunderbird':
        return '<%s@%s>' % (c.uuid(), domain), [('User-Agent', 'Mozilla Thunderbird')], 'thunderbird'
    if kind == 'thunderbird-full':
        return '<%s@%s>' % (c.uuid(), domain), [('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.4.3')], 'thunderbird'
    if kind == 'apple':
        return '<%s@%s>' % (c.uuid(True), domain), [('X-Mailer', 'Apple Mail (2.3826.200.121)')], 'apple'
    if kind == 'iphone':
        return '<%s@%s>' % (c.uuid(True), domain), [('X-Mailer', 'iPhone Mail (22B91)')], 'apple'
    if kind == 'roundcube':
        return '<%s@%s>' % (c.hexs(32), domain), [('User-Agent', 'Roundcube Webmail/1.6.9')], 'roundcube'
    if kind == 'phpmailer':
        return '<%s@%s>' % (c.alnum(43), domain), [('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')], 'phpmailer'
    if kind == 'python':
        return '<%d.%d.%d@%s>' % (int(c.t0.timestamp() * 1e6) // 1000, c.rint(1000, 99999), c.r.getrandbits(60), domain), [], 'python'
    if kind == 'sap':
        return '<%s@%s>' % (c.hexs(32, True), domain), [('X-Mailer', 'SAP NetWeaver 7.50')], 'hex'
    if kind == 'datev':
        return '<%s.%s@%s>' % (c.hexs(16, True), c.digits(6), domain), [('X-Mailer', 'DATEV Unternehmen online')], 'hex'
    if kind == 'thebat':
        lt = c.at(8) + timedelta(hours=zinfo(date_zone, c.at(8))[0])
        return '<%d.%s@%s>' % (c.rint(100000000, 1999999999), lt.strftime('%Y%m%d%H%M%S'), domain), [('X-Mailer', 'The Bat! (v11.4.0) Professional'), ('Reply-To', '')], 'hex'
    if kind == 'none':
        return '<%s@%s>' % (c.hexs(24), domain), [], 'hex'
    raise ValueError(kind)


def own_postfix(c, sender, host, ip, client_ip, client_rdns, mua='thunderbird', date_zone='DE',
                tls='1.3', auth=True, rdns=None, helo=None, amavis=False):
    """Sender's own Postfix box with authenticated submission from an office/home line."""
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, date_zone)
    hops = []
    if amavis:
        hops.append('from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
                    % (host, c.hexs(11, True), fdate(c.at(3), date_zone, True)))
    hops.append('from [%s] (%s [%s])\n\t%sby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
                % ('192.168.%d.%d' % (c.rint(0, 3), c.rint(10, 200)) if mua != 'roundcube' else 'localhost',
                   client_rdns or 'unknown', client_ip,
                   '(Authenticated sender: %s)\n\t' % sender if auth else '', host, c.hexs(10, True),
                   c.rcpt, fdate(c.at(5), date_zone, True)))
    if mua == 'roundcube':
        hops[-1] = ('from localhost (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
                    % (sender, host, c.hexs(10, True), c.rcpt, fdate(c.at(5), date_zone, True)))
    return Env(c, (helo or host, rdns or host, ip), hops, mid, extra, sender, date_zone, 7, tls=tls, bstyle=bst)


def own_exchange(c, sender, host, ip, ad_host, ad_ip, date_zone='DE', lang='de-DE', topic='', attach=False):
    """Exchange on premises of a correspondent, sent out through its own edge host."""
    fq = ad_host
    ll = 'fe80::%s:%s:%s:%s' % tuple(c.hexs(4) for _ in range(4))
    hops = [
        'from %s (%s) by %s\n\t(%s) with Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.%d; %s'
        % (fq, ad_ip, fq, ad_ip, c.rint(10, 30), fdate(c.at(2), date_zone)),
        'from %s ([%s]) by\n\t%s ([%s%%%d]) with mapi id\n\t15.02.1748.%03d; %s'
        % (fq, ll, fq, ll, c.rint(3, 15), c.rint(10, 30), fdate(c.at(3), date_zone)),
    ]
    mid_local = c.hexs(32)
    extra = [('Thread-Topic', topic), ('Thread-Index', c.thread_index()), ('Accept-Language', lang + ', en-US'),
             ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-originating-ip', '[192.168.%d.%d]' % (c.rint(1, 40), c.rint(10, 250)))]
    return Env(c, (host, host, ip), hops, '<%s@%s>' % (mid_local, fq), extra, sender, date_zone, 4,
               bstyle='outlook365', mid_local=mid_local + fq.replace('.', ''))


def ionos(c, sender, client_ip, mua='outlook', date_zone='DE'):
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, date_zone)
    ip = '212.227.126.%d' % c.rint(130, 135)
    hops = ['from %s ([%s]) by mrelayeu.kundenserver.de\n\t(mreue%d [212.227.15.%d]) with ESMTPSA (Nemesis) id\n\t1M%s-1t%s; %s'
            % ('DESKTOP-' + c.alnum(7, string.ascii_uppercase + string.digits), client_ip, c.rint(100, 112), c.rint(160, 190), c.alnum(10), c.alnum(10) + '-' + c.alnum(11),
               fdate(c.at(4), date_zone))]
    extra = extra + [('X-Provags-ID', 'V03:K1:' + c.b64(48)), ('UI-OutboundReport', 'notjunk:1;M01:P0:' + c.b64(12))]
    return Env(c, ('mout.kundenserver.de', 'mout.kundenserver.de', ip), hops, mid, extra, sender, date_zone, 5, bstyle=bst)


def cpanel_exim(c, sender, server, ip, client_ip, mua='phpmailer', date_zone='UTC', local_script=False,
                script_path='/home/%s/public_html'):
    """Shared cPanel host (typical compromised small-business site or mailbox)."""
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, date_zone)
    exim_id = '1v%s-%s-%s' % (c.alnum(4), '0000000' + c.alnum(4), c.alnum(4))
    user = server.split('.')[0][:8]
    if local_script:
        hops = ['from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                % (user, server, sender, exim_id, c.rcpt, fdate(c.at(2), date_zone))]
        extra = extra + [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                         ('X-AntiAbuse', 'Primary Hostname - %s' % server),
                         ('X-AntiAbuse', 'Original Domain - example.com'),
                         ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d 993] / [47 12]' % c.rint(1001, 1400)),
                         ('X-AntiAbuse', 'Sender Address Domain - %s' % dom),
                         ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (server, user)),
                         ('X-Authenticated-Sender', '%s: %s' % (server, sender)),
                         ('X-Source', '/opt/cpanel/ea-php81/root/usr/bin/lsphp'),
                         ('X-Source-Args', 'lsphp:%s/wp-content/uploads/2024/03/' % (script_path % user)),
                         ('X-Source-Dir', '%s:/public_html/wp-content/uploads/2024/03' % dom)]
    else:
        hops = ['from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                % (client_ip, c.rint(49152, 65000), '127.0.0.1' if mua == 'phpmailer' else '192.168.1.%d' % c.rint(2, 99), server, sender, exim_id, c.rcpt, fdate(c.at(2), date_zone))]
        extra = extra + [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                         ('X-AntiAbuse', 'Primary Hostname - %s' % server),
                         ('X-AntiAbuse', 'Original Domain - example.com'),
                         ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
                         ('X-AntiAbuse', 'Sender Address Domain - %s' % dom),
                         ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (server, sender)),
                         ('X-Authenticated-Sender', '%s: %s' % (server, sender))]
    return Env(c, (server, server, ip), hops, mid, extra, sender, date_zone, 4, tls='1.2', bstyle=bst)


def vps_postfix(c, sender, helo, ip, rdns=None, mua='none', date_zone='UTC', client_ip=None, tls='1.3',
                sub_host=None):
    """Freshly registered look-alike domain on a rented VPS."""
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, date_zone)
    host = sub_host or helo
    if client_ip:
        hops = ['from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
                % ('10.0.2.15', client_ip, sender, host, c.hexs(10, True), c.rcpt, fdate(c.at(3), date_zone, True))]
    else:
        hops = ['by %s (Postfix, from userid 1000)\n\tid %s; %s' % (host, c.hexs(10, True), fdate(c.at(3), date_zone, True))]
    return Env(c, (helo, rdns, ip), hops, mid, extra, sender, date_zone, 4, tls=tls, bstyle=bst)


def privateemail(c, sender, client_ip, mua='outlook', date_zone='UTC'):
    """Namecheap Private Email (common for freshly registered look-alikes)."""
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, date_zone)
    n = c.rint(11, 19)
    ip = '198.54.127.%d' % c.rint(40, 99)
    hops = ['from mail.privateemail.com (mail.privateemail.com [198.54.122.%d])\n\tby mta-%d.privateemail.com (Postfix) with ESMTPA id 4%s;\n\t%s'
            % (c.rint(40, 90), n, c.alnum(12), fdate(c.at(1), 'ET')),
            'from [%s] (unknown [%s])\n\tby mail.privateemail.com (Postfix) with ESMTPSA id 4%s;\n\t%s'
            % ('192.168.0.%d' % c.rint(2, 80), client_ip, c.alnum(12), fdate(c.at(3), 'ET'))]
    return Env(c, ('mta-%d.privateemail.com' % n, 'mta-%d.privateemail.com' % n, ip), hops, mid, extra, sender, date_zone, 4, bstyle=bst)


# ---------------------------------------------------------------------------
# Consumer mailbox providers
# ---------------------------------------------------------------------------
def gmail(c, sender, date_zone='DE', web=True):
    pool = ['wr1', 'wm1', 'ej1', 'ed1', 'lf1', 'lj1', 'pl1', 'qk1', 'wr1', 'yb1']
    f = c.rint(41, 74)
    h = 'mail-%s-f%d.google.com' % (c.pick(pool), f)
    ip = '209.85.%d.%d' % (c.rint(128, 222), f)
    sid = '%s-%s%s.%d' % (c.pick(['ffacd0b85a97d', '5b1f17b1804b1', 'a640c23a62f3a', '2adb3069b0e04']), c.hexs(12), 'so' + c.digits(7) + c.alnum(3).lower(), c.rint(1, 9))
    hops = ['by %s with SMTP id %s\n\tfor <%s>; %s' % (h, sid, c.rcpt, fdate(c.at(2), 'PT', True))]
    extra_top = [('X-Google-Smtp-Source', 'AGHT+I' + c.b64(60)),
                 ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                  % (c.hexs(4), c.hexs(3), c.hexs(3), c.hexs(4), c.hexs(4), c.alnum(26).lower(), fdate(c.at(2), 'PT', True)))]
    mid = '<CA%s@mail.gmail.com>' % (c.alnum(6) + c.pick(['+', '=', '_', '-']) + c.alnum(8) + c.pick(['_', '=', '+']) + c.alnum(20) + c.pick(['=', '_']) + c.alnum(6))
    env = Env(c, (h, h, ip), hops, mid, [], sender, date_zone, 3, bstyle='gmail')
    env.hops_extra = extra_top
    env.extra = [('X-Gm-Features', 'AX0GCF' + c.b64(40)), ('X-Gm-Message-State', 'AOJu0Y' + c.b64(36))]
    return env


def gmx(c, sender, client_ip, date_zone='DE', brand='gmx'):
    net = 'gmx.net' if brand == 'gmx' else 'web.de'
    mout = 'mout.%s' % net
    ip = {'gmx': '212.227.15.%d' % c.rint(15, 19), 'web': '217.72.192.%d' % c.rint(73, 78)}[brand]
    app = '3c-app-%s-bap%02d' % ('gmx' if brand == 'gmx' else 'webde', c.rint(1, 70))
    hops = ['from %s ([%s]) by mail.%s\n\t(mr%s%03d [212.227.17.%d]) with ESMTPSA (Nemesis) id\n\t1M%s-1t%s; %s'
            % (app, client_ip, net, 'gmx' if brand == 'gmx' else 'web', c.rint(1, 120), c.rint(160, 200), c.alnum(10), c.alnum(10) + '-' + c.alnum(11), fdate(c.at(1), date_zone)),
            'from %s ([%s]) by web-mail.%s\n\t(%s.server.lan [172.19.172.%d]) (via HTTP); %s'
            % (app, client_ip, net, app, c.rint(10, 250), fdate(c.at(2), date_zone))]
    mid = '<trinity-%s-%s@%s>' % (c.uuid(), _ms(c.at(2)), app)
    extra = [('Importance', 'normal'), ('Sensitivity', 'Normal'),
             ('X-Priority', '3'), ('X-Provags-ID', 'V03:K1:' + c.b64(48)), ('X-UI-Message-Type', 'mail'),
             ('UI-OutboundReport', 'notjunk:1;M01:P0:' + c.b64(12))]
    return Env(c, (mout, mout, ip), hops, mid, extra, sender, date_zone, 2, bstyle='gmx')


def yandex(c, sender, date_zone='RU', web=True):
    n = c.rint(100, 999)
    fw = 'forward%d%s.mail.yandex.net' % (n, c.pick(['a', 'b', 'c', 'd']))
    ip = '178.154.239.%d' % c.rint(70, 220)
    dc = c.pick(['vla', 'sas', 'myt', 'klg'])
    smtp = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (c.rint(10, 99), dc)
    sid = '%s-%s' % (c.alnum(10), c.alnum(8))
    hops = ['from %s\n\t(%s [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
            % (smtp, smtp, c.hexs(4), c.hexs(4), fw, c.alnum(10), fdate(c.at(1), 'RU')),
            'by %s (smtp/Yandex) with ESMTPSA id %s;\n\t%s' % (smtp, sid, fdate(c.at(2), 'RU'))]
    if web:
        mid = '<%s@mail.yandex.ru>' % c.digits(16)
        extra = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    else:
        mid = '<%s@yandex.ru>' % c.uuid()
        extra = []
    extra.append(('X-Yandex-Filter', '1') if False else ('X-Yandex-Sender-Uid', c.digits(10)))
    return Env(c, (fw, fw, ip), hops, mid, extra, sender, date_zone, 3, bstyle='yandex')


def libero(c, sender, client_ip, date_zone='IT'):
    n = c.rint(10, 60)
    host = 'smtp-%d-i%d.italiaonline.it' % (n, c.rint(2, 6))
    ip = '213.209.10.%d' % c.rint(30, 90)
    hops = ['from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
            % (c.rint(10, 40), c.rint(100, 200), c.rint(10, 250), n, c.alnum(20), fdate(c.at(1), date_zone)),
            'from %s by oxapps-%d (via webmail); %s' % (client_ip, c.rint(10, 40), fdate(c.at(2), date_zone))]
    mid = '<%d.%d.%s@libero.it>' % (c.rint(100000000, 999999999), c.rint(100000, 999999), _ms(c.at(2)))
    extra = [('X-Priority', '3'), ('Importance', 'Normal'), ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev67'),
             ('X-Originating-Client', 'open-xchange-appsuite'), ('X-Originating-IP', client_ip)]
    return Env(c, (host, host, ip), hops, mid, extra, sender, date_zone, 2, bstyle='java')


def wp(c, sender, client_ip, client_rdns, date_zone='PL'):
    n = c.rint(1, 30)
    ip = '212.77.101.%d' % c.rint(1, 15)
    host = 'mx%d.wp.pl' % c.rint(1, 14)
    hops = ['(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (c.rint(1000, 39999), fdate(c.at(1), date_zone)[5:]),
            'from %s (HELO localhost) (%s@[%s])\n\t(envelope-sender <%s>)\n\tby smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n\tfor <%s>; %s'
            % (client_rdns, sender.split('@')[0], client_ip, sender, c.rcpt, fdate(c.at(1), date_zone)[5:])]
    mid = '<%s@wp.pl>' % c.hexs(24)
    extra = [('X-WP-MailID', c.hexs(32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    return Env(c, ('smtp.wp.pl', host, ip), hops, mid, extra, sender, date_zone, 2, bstyle='hex')


def otenet(c, sender, client_ip, mua='outlook'):
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, 'GR')
    host = 'mailout%d.otenet.gr' % c.rint(1, 6)
    ip = '83.235.69.%d' % c.rint(20, 60)
    hops = ['from %s (ppp-%s.home.otenet.gr [%s])\n\tby smtp-out.otenet.gr (OTEnet) with ESMTPSA id %s\n\tfor <%s>; %s'
            % ('DESKTOP-' + c.alnum(7, string.ascii_uppercase + string.digits), client_ip.replace('.', '-'), client_ip, c.hexs(12, True), c.rcpt, fdate(c.at(3), 'GR'))]
    return Env(c, (host, host, ip), hops, mid, extra, sender, 'GR', 4, bstyle=bst)


# ---------------------------------------------------------------------------
# Bulk ESPs
# ---------------------------------------------------------------------------
def sendgrid(c, sender, em_domain, date_zone='UTC'):
    n = c.rint(100, 250)
    host = '%s.outbound-mail.sendgrid.net' % c.alnum(8, string.ascii_lowercase)
    ip = '149.72.%d.%d' % (c.rint(1, 250), c.rint(1, 254)) if c.rint(0, 1) else '167.89.%d.%d' % (c.rint(1, 120), c.rint(1, 254))
    pod = 'geopod-ismtpd-%d' % c.rint(1, 40)
    hops = ['by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%d\n\t%s'
            % (c.hexs(10), c.alnum(5).lower(), c.hexs(10), c.alnum(5).lower(), c.hexs(8, True), c.rint(10, 60), fdate(c.at(1), 'UTC')),
            'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s' % (c.pick(['MTc3NDU0OTg', 'Mzk1NjQ4MDA', 'NDUzNTIxNw']), pod, c.b64(16, True).rstrip('='), fdate(c.at(2), 'UTC'))]
    uid = c.digits(8)
    lp, dp = c.rcpt.split('@')
    rp = 'bounces+%s-%s-%s=%s@%s' % (uid, c.hexs(4), lp, dp, em_domain)
    mid = '<%s@%s>' % (c.b64(16, True).rstrip('='), pod)
    extra = [('X-SG-EID', '\n ' + c.b64(150)), ('X-SG-ID', '\n ' + c.b64(90)), ('X-Entity-ID', c.b64(16))]
    e = Env(c, (host, host, ip), hops, mid, extra, rp, date_zone, 3, bstyle='sendgrid')
    e.click = lambda url: 'https://u%s.ct.sendgrid.net/ls/click?upn=u001.%s' % (uid, c.b64(120, True).rstrip('='))
    return e


def mailgun(c, sender, mg_domain, date_zone='UTC'):
    a, b = c.rint(1, 254), c.rint(1, 30)
    host = 'm%d-%d.mailgun.net' % (c.rint(200, 239), b)
    ip = '159.135.%d.%d' % (c.rint(224, 239), b)
    hops = ['by %s with HTTP id %s; %s' % (c.hexs(24), c.hexs(24), fdate(c.at(1), 'UTC'))]
    lp, dp = c.rcpt.split('@')
    mid = '<%s.%s@%s>' % (c.at(2).strftime('%Y%m%d%H%M%S'), c.hexs(16), mg_domain)
    rp = 'bounce+%s.%s-%s=%s@%s' % (c.hexs(6), c.hexs(6), lp, dp, mg_domain)
    extra = [('Sender', 'postmaster@%s' % mg_domain), ('X-Mailgun-Sid', 'Wy%s' % c.b64(40).rstrip('=')),
             ('X-Mailgun-Tag', 'notification')]
    return Env(c, (host, host, ip), hops, mid, extra, rp, date_zone, 2, tls='1.2', bstyle='hex')


def brevo(c, sender, date_zone='UTC'):
    n = c.rint(1, 60)
    host = 's%d-%d.sender.brevo.com' % (c.rint(1, 9), n)
    ip = '77.32.148.%d' % n
    mid = '<%s.%s@smtp-relay.mailin.fr>' % (c.at(2).strftime('%Y%m%d%H%M'), c.digits(11))
    rp = 'bounces-%s-%s=%s@%s' % (c.digits(8), c.rcpt.split('@')[0], c.rcpt.split('@')[1], 'smtp-relay.sendinblue.com')
    hops = ['by smtp-relay.sendinblue.com with ESMTP id %s; %s' % (c.hexs(12), fdate(c.at(1), 'UTC'))]
    extra = [('X-Mailer', 'Sendinblue'), ('X-sib-id', c.b64(90)), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-ID', '%s:%s_-1:%s:Sendinblue' % (c.rint(10, 250), c.digits(7), c.digits(6)))]
    return Env(c, ('smtp-relay.sendinblue.com', host, ip), hops, mid, extra, rp, date_zone, 2, bstyle='hex')


def ses(c, sender, region='eu-west-1', date_zone='UTC'):
    pre = {'eu-west-1': '0102', 'eu-central-1': '0107'}.get(region, '0100')
    sid = '%s019a%s-%s-000000' % (pre, c.hexs(8), c.uuid())
    if region == 'eu-central-1':
        ip = '69.169.%d.%d' % (c.rint(224, 239), c.rint(1, 250))
        host = 'e%d-%d.smtp-out.%s.amazonses.com' % (int(ip.split('.')[2]), int(ip.split('.')[3]), region)
    else:
        ip = '54.240.%d.%d' % (c.rint(0, 10), c.rint(1, 250))
        host = 'a%d-%d.smtp-out.%s.amazonses.com' % (int(ip.split('.')[2]), int(ip.split('.')[3]), region)
    extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, c.b64(30).rstrip('='))),
             ('X-SES-Outgoing', '%s-%s' % (c.t0.strftime('%Y.%m.%d'), ip))]
    return Env(c, (host, host, ip), [], '<%s@%s.amazonses.com>' % (sid, region), extra,
               '%s@%s.amazonses.com' % (sid, region), date_zone, 1, bstyle='java')


def mailchimp(c, sender, list_domain, u, lid, date_zone='UTC'):
    srv = 'mail%d.suw%d.mcdlv.net' % (c.rint(10, 250), c.rint(11, 41))
    ip = '198.2.%d.%d' % (c.rint(128, 191), c.rint(1, 254))
    cid = c.hexs(10)
    hops = ['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s'
            % (srv, c.alnum(12), c.rcpt, fdate(c.at(1), 'UTC'))]
    e = c.hexs(10)
    lp, dp = c.rcpt.split('@')
    rp = 'bounce-mc.us21_%s.%s-%s=%s@%s' % (c.digits(8), c.digits(7), lp, dp, srv)
    mid = '<%s.%s.%s@%s>' % (c.hexs(20), c.digits(10), c.hexs(10), srv)
    unsub = '<https://%s.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (
        list_domain, u, lid, e, cid, u, cid, e)
    extra = [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, e)), ('X-Campaign', 'mailchimp%s.%s' % (u, cid)),
             ('X-campaignid', 'mailchimp%s.%s' % (u, cid)), ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, cid, e)),
             ('X-MC-User', u), ('Feedback-ID', '%s:%s.%s:us21:mc' % (c.digits(8), c.digits(8), c.digits(7))),
             ('List-ID', '%smc list <%s.%s.list-id.mcsv.net>' % (u, u, c.digits(6))), ('X-Accounttype', 'pd'),
             ('List-Unsubscribe', unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('Precedence', 'bulk')]
    env = Env(c, (srv, srv, ip), hops, mid, extra, rp, date_zone, 2, bstyle='mailchimp')
    return env


def generic_esp(c, sender, helo, rdns, ip, mid_dom, rp, hops=(), extra=(), date_zone='UTC', bstyle='hex', tls='1.3'):
    mid = '<%s.%s@%s>' % (c.hexs(16), c.digits(10), mid_dom)
    return Env(c, (helo, rdns, ip), list(hops), mid, list(extra), rp, date_zone, 2, bstyle=bstyle, tls=tls)


def aruba(c, sender, client_ip, mua='outlook', date_zone='IT'):
    """Aruba.it hosted mailbox, authenticated submission."""
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, date_zone)
    n = c.rint(1, 20)
    host = 'smtpcmd%02d.ad.aruba.it' % n
    ip = '62.149.156.%d' % c.rint(100, 240)
    hops = ['from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
            % ('DESKTOP-' + c.alnum(7, string.ascii_uppercase + string.digits) if mua == 'outlook' else '[192.168.1.%d]' % c.rint(2, 99),
               client_ip, c.alnum(10) + 'X' + c.alnum(4), fdate(c.at(2), date_zone))]
    extra = extra + [('X-CMAE-Envelope', 'MS4xfA' + c.b64(60))]
    return Env(c, (host, host, ip), hops, mid, extra, sender, date_zone, 3, bstyle=bst)


def register_it(c, sender, client_ip, mua='roundcube', date_zone='IT'):
    """Register.it hosted mailbox (webmail or authenticated SMTP)."""
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, mua, dom, date_zone)
    host = 'smtpout%d.register.it' % c.rint(1, 8)
    ip = '195.110.124.%d' % c.rint(130, 140)
    hops = ['from webmail.register.it (webmail-%d.register.it [10.16.%d.%d])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
            % (c.rint(1, 6), c.rint(1, 254), c.rint(1, 254), sender, host, c.hexs(10, True), fdate(c.at(1), date_zone, True)),
            'from %s\n\tby webmail.register.it with HTTP (HTTP/2.0 POST); %s' % (client_ip, fdate(c.at(2), date_zone))]
    extra = extra + [('X-Sender', sender), ('X-Originating-IP', client_ip)]
    return Env(c, (host, host, ip), hops, mid, extra, sender, date_zone, 3, bstyle=bst)


def homepl(c, sender, client_ip, mua='thunderbird', date_zone='PL', webmail=False):
    """home.pl hosted mailbox."""
    dom = sender.split('@')[1]
    mid, extra, bst = mua_fields(c, 'roundcube' if webmail else mua, dom, date_zone)
    srv = 'serwer%d.home.pl' % c.rint(1800000, 2399999)
    ip = '79.96.%d.%d' % (c.rint(0, 255), c.rint(1, 254))
    if webmail:
        hops = ['from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
                % (srv, c.hexs(10, True), c.rcpt, fdate(c.at(1), date_zone, True)),
                'from %s\n\tby webmail.home.pl with HTTP (HTTP/1.1 POST); %s' % (client_ip, fdate(c.at(2), date_zone))]
        extra = extra + [('X-Sender', sender)]
    else:
        hops = ['from [192.168.%d.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
                % (c.rint(0, 2), c.rint(10, 99), 'host-%s.dynamic.kielce.vectranet.pl' % client_ip.replace('.', '-'), client_ip, sender, srv, c.hexs(10, True), c.rcpt, fdate(c.at(2), date_zone, True))]
    return Env(c, (srv, srv, ip), hops, mid, extra, sender, date_zone, 3, bstyle=bst)


def mailjet(c, sender, date_zone='UTC'):
    host = 'o%d.p25.mailjet.com' % c.rint(1, 90)
    ip = '87.253.%d.%d' % (c.rint(232, 239), c.rint(1, 254))
    mid = '<%s@mailjet.com>' % c.uuid()
    rp = 'bnc3mjet%s@bnc3.mailjet.com' % c.alnum(40).lower()
    extra = [('X-CSA-Complaints', 'csa-complaints@eco.de'), ('X-MJ-Mid', c.b64(24)), ('X-Mailjet-Campaign', c.digits(10)),
             ('Feedback-Id', '%s.%s.%s:MJ' % (c.digits(2), c.digits(7), c.digits(5)))]
    return Env(c, (host, host, ip), [], mid, extra, rp, date_zone, 2, bstyle='hex')


def freshmail(c, sender, list_id, date_zone='PL'):
    n = c.rint(1, 40)
    host = 'mta%d.freshmail.pl' % n
    ip = '185.118.%d.%d' % (c.rint(152, 155), c.rint(1, 254))
    cid = c.hexs(10)
    rp = 'bounce-%s-%s@bounce.freshmail.pl' % (cid, c.hexs(10))
    mid = '<%s.%s@freshmail.pl>' % (c.hexs(32), c.digits(10))
    unsub = '<https://app.freshmail.com/pl/unsubscribe/%s/%s/>, <mailto:unsubscribe-%s@freshmail.pl>' % (list_id, c.hexs(20), c.hexs(20))
    extra = [('X-FM-Campaign', cid), ('X-Mailer', 'FreshMail'), ('List-Id', '<%s.list.freshmail.pl>' % list_id),
             ('List-Unsubscribe', unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
    hops = ['from app%d.freshmail.local (unknown [10.11.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (c.rint(1, 9), c.rint(1, 254), c.rint(1, 254), host, c.hexs(10, True), c.rcpt, fdate(c.at(1), date_zone, True))]
    return Env(c, (host, host, ip), hops, mid, extra, rp, date_zone, 2, bstyle='hex')
