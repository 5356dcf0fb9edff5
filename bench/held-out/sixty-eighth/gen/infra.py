"""Sending infrastructures: for each system the hop headers below mx01, the
connecting peer seen by mx01, Message-ID / Date / mailer headers in the
system's own style.  All times derive from the arrival time at mx01."""
import base64
import hashlib
import uuid

from util import (digits, epoch, fmt_date, hexs, postfix_qid_long,
                  postfix_qid_short, rs, sec, thread_index, uuid4, UPPER)


class Route:
    def __init__(self, **kw):
        self.peer = None          # (helo, rdns, ip)
        self.tls = 'tls13'
        self.hops = []            # Received values below mx01, top first
        self.trace = []           # (name, value) after the Received block
        self.date = None
        self.msgid = None
        self.order = 'generic'
        self.mailer = []          # (name, value) message-level mailer headers
        self.post = []            # (name, value) after MIME headers
        self.return_path = None
        self.bstyle = 'hex'
        self.tstyle = 'generic'
        self.astyle = 'generic'
        self.hmode = 'B'
        self.hcs = None           # charset for encoded words (None: body cs)
        self.mx_tls = None
        self.hcs_upper = False
        self.__dict__.update(kw)


def guid(*k):
    return str(uuid.UUID(bytes=hashlib.md5('|'.join(k).encode()).digest()))


TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS13_128 = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
             '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
             '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')
TLS_TEXT = {'tls13': TLS13, 'tls13a': TLS13_128, 'tls12': TLS12, None: None}


def mx01_received(rng, r, rcpt, t):
    helo, rdns, ip = r.peer
    lines = ['from %s (%s [%s])' % (helo, rdns, ip)]
    tl = TLS_TEXT[r.tls]
    if tl:
        lines.append('\t' + tl)
    lines.append('\tby mx01.example.com (Postfix) with %s id %s' % (
        'ESMTPS' if r.tls else 'ESMTP', postfix_qid_long(rng)))
    lines.append('\tfor <%s>; %s' % (rcpt, fmt_date(t, 'CET', 'postfix', True)))
    return '\n'.join(lines)


# ====================================================================== EXCHANGE
def exchange_internal(c, ex='EX01', client='10.20.3.57', lang='de-DE',
                      replies=0):
    rng, t = c['rng'], c['t']
    exip = {'EX01': '10.20.1.11', 'EX02': '10.20.1.12'}[ex]
    t1 = t - sec(rng.randint(1, 2))
    t0 = t1 - sec(rng.randint(0, 1))
    ts = t0 - sec(rng.randint(1, 3))
    ll = 'fe80::%s:%s:%s:%s' % tuple(hexs(rng, 4) for _ in range(4))
    r = Route()
    r.peer = ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')
    r.tls = 'tls13'
    r.hops = [
        'from %s.corp.example.com (%s.corp.example.com [%s])\n'
        '\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
        '\t(No client certificate requested)\n'
        '\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n'
        '\tfor <%s>; %s' % (ex, ex.lower(), exip, postfix_qid_short(rng),
                            c['rcpt'], fmt_date(t1, 'CET', 'postfix', True)),
        'from %s.corp.example.com (%s) by %s.corp.example.com (%s) with\n'
        ' Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.2562.29; %s' % (
            ex, exip, ex, exip, fmt_date(t0, 'CET', 'exch')),
        'from %s.corp.example.com ([%s]) by %s.corp.example.com\n'
        ' ([%s%%12]) with mapi id 15.02.2562.029; %s' % (
            ex, ll, ex, ll, fmt_date(t0, 'CET', 'exch')),
    ]
    r.date = fmt_date(ts, 'CET', 'rfc')
    r.msgid = '<%s@%s.corp.example.com>' % (hexs(rng, 32), ex)
    r.order = 'outlook'
    r.mailer = [('Thread-Topic', None), ('Thread-Index', thread_index(rng, ts, replies)),
                ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US, de-DE'),
                ('Content-Language', lang),
                ('X-MS-Has-Attach', 'yes' if c['attach'] else ''),
                ('X-MS-Exchange-Organization-SCL', None),
                ('X-MS-TNEF-Correlator', ''),
                ('x-originating-ip', '[%s]' % client)]
    r.mailer = [m for m in r.mailer if m[0] != 'X-MS-Exchange-Organization-SCL']
    r.return_path = c['env_from']
    r.bstyle = 'outlook'
    r.bseed = r.msgid[1:-1].split('@')[0] + ex + 'corpexamplecom'
    r.tstyle = r.astyle = 'outlook'
    r.hmode = 'auto'
    return r


EXO_REGIONS = {
    # region: (server prefixes, ipv6 prefix, frontend, fe-host-tag, ip base, upper)
    'eurprd04': (['AM9PR04MB', 'DB9PR04MB', 'PAXPR04MB', 'AS8PR04MB', 'DU0PR04MB'],
                 '2603:10a6:20b', 'EUR05-AM6-obe', 'am6eur05on2', '40.107.22', False),
    'eurprd03': (['VI1PR03MB', 'AM0PR03MB', 'DB8PR03MB', 'PA4PR03MB'],
                 '2603:10a6:803', 'EUR03-VI1-obe', 'vi1eur03on2', '40.107.103', False),
    'DEUP281': (['FR2P281MB', 'FR3P281MB', 'BEZP281MB', 'BE1P281MB'],
                '2603:10a6:d10', 'DEU01-FR2-obe', 'fr2deu01on2', '40.107.135', True),
    'GBRP265': (['LO2P265MB', 'CWLP265MB', 'LO4P265MB', 'LNXP265MB'],
                '2603:10a6:600', 'GBR01-CWL-obe', 'cwlgbr01on2', '40.107.11', True),
    'eurprd09': (['DB7PR09MB', 'AM8PR09MB', 'GV1PR09MB'],
                 '2603:10a6:10', 'EUR02-DB5-obe', 'db5eur02on2', '40.107.20', False),
    'EURP191': (['DB9P191MB', 'AM8P191MB', 'PR3P191MB'],
                '2603:10a6:10:4c8', 'EUR05-DB8-obe', 'db8eur05olkn2', '40.92.89', True),
    'namprd11': (['BL0PR11MB', 'SA1PR11MB', 'DM4PR11MB', 'PH7PR11MB'],
                 '2603:10b6:208', 'NAM12-DM6-obe', 'dm6nam12on2', '40.107.243', False),
}


def exo_servers(rng, region):
    pre = EXO_REGIONS[region][0]
    a = rng.choice(pre) + digits(rng, 4)
    b = rng.choice([p for p in pre if not a.startswith(p)]) + digits(rng, 4)
    return a, b


def exo_fqdn(srv, region):
    s = '%s.%s.prod.outlook.com' % (srv, region)
    return s.upper() if EXO_REGIONS[region][5] else s


def exchange_online(c, region='eurprd04', tenant='x', srv=None, lang='de-DE',
                    replies=0, zone='UTC', mobile=False, consumer=False):
    rng, t = c['rng'], c['t']
    pre, v6, fe, fetag, ipb, up = EXO_REGIONS[region]
    a, b = srv or exo_servers(rng, region)
    oct_ = rng.randint(20, 250)
    t1 = t - sec(rng.randint(1, 2))
    t0 = t1 - sec(rng.randint(0, 1))
    ts = t0 - sec(rng.randint(0, 2))
    ll = 'fe80::%s:%s:%s:%s' % tuple(hexs(rng, 4) for _ in range(4))
    r = Route()
    r.peer = ('%s.outbound.protection.outlook.com' % fe,
              'mail-%s%03d.outbound.protection.outlook.com' % (fetag, oct_),
              '%s.%d' % (ipb, oct_))
    r.tls = 'tls12'
    build = '15.20.9%03d.%d' % (rng.randint(200, 420), rng.randint(8, 30))
    r.hops = [
        'from %s (%s::%x) by\n %s (%s::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
            exo_fqdn(a, region), v6, rng.randint(1, 0x4ff), exo_fqdn(b, region), v6,
            rng.randint(1, 0x4ff), build, fmt_date(t1, 'UTC', 'exch')),
        'from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s' % (
            exo_fqdn(a, region), ll, exo_fqdn(a, region), ll, rng.randint(3, 7),
            build.rsplit('.', 1)[0] + '.%03d' % int(build.rsplit('.', 1)[1]),
            fmt_date(t0, 'UTC', 'exch')),
    ]
    r.date = fmt_date(ts, zone, 'rfc')
    mid = '%s%s@%s' % (a, hexs(rng, 25, upper=True), exo_fqdn(a, region))
    r.msgid = '<%s>' % mid
    r.order = 'outlook'
    r.mailer = [('Thread-Topic', None), ('Thread-Index', thread_index(rng, ts, replies)),
                ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
                ('Content-Language', lang),
                ('X-MS-Has-Attach', 'yes' if c['attach'] else ''),
                ('X-MS-TNEF-Correlator', '')]
    if not consumer:
        r.mailer.append(('msip_labels', ''))
    tg = guid('tenant', tenant) if not consumer else '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'
    r.post = [('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
              ('X-MS-Exchange-CrossTenant-AuthSource', exo_fqdn(a, region)),
              ('X-MS-Exchange-CrossTenant-Network-Message-Id', uuid4(rng)),
              ('X-MS-Exchange-CrossTenant-originalarrivaltime',
               '%s.%04d (UTC)' % (fmt_date(t0, 'UTC', 'rfc')[5:-6], rng.randint(0, 9999))),
              ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
              ('X-MS-Exchange-CrossTenant-id', tg),
              ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', exo_fqdn(b, region))]
    r.return_path = c['env_from']
    r.bstyle = 'outlook'
    r.bseed = mid.split('@')[0] + a + region[:4]
    r.tstyle = r.astyle = 'outlook'
    r.hmode = 'auto'
    if mobile:
        r.mailer = [m for m in r.mailer if m[0] != 'msip_labels']
    return r


def outlook_desktop_ids(rng, t, domain):
    a = '%08x' % rng.getrandbits(32)
    return '<%s01dc%s$%s$%s@%s>' % ('0000' + hexs(rng, 4)[:2] if False else hexs(rng, 6),
                                   hexs(rng, 4), hexs(rng, 8), hexs(rng, 8), domain)


def olk16_headers(r, rng, ts, domain, lang, replies=0):
    ft = int((ts.timestamp() + 11644473600) * 10**7)
    r.ft_hi = '%08X' % (ft >> 32)
    r.olk_ctr = rng.randint(0x10, 0x2ff)
    r.msgid = '<%04x%s$%s$%s$@%s>' % (r.olk_ctr, r.ft_hi.lower(), hexs(rng, 8),
                                      hexs(rng, 8), domain)
    r.order = 'olk16'
    r.mailer = [('X-Mailer', 'Microsoft Outlook 16.0'),
                ('Thread-Index', thread_index(rng, ts, replies)),
                ('Content-Language', lang)]
    r.bstyle = 'olk16'
    r.tstyle = r.astyle = 'outlook'
    r.hmode = 'auto'


# ====================================================================== GOOGLE
GOOGLE_NODES = [('mail-ed1-f53', '209.85.208.53'), ('mail-wm1-f48', '209.85.128.48'),
                ('mail-ej1-f44', '209.85.218.44'), ('mail-wr1-f65', '209.85.221.65'),
                ('mail-lf1-f41', '209.85.167.41'), ('mail-pj1-f43', '209.85.216.43')]


def _gsmtp_id(rng):
    return '%s-%s%sso%d%s.%d' % (rng.choice(['4fb4d7f45d1cf', 'a640c23a62f3a',
                                             '5b1f17b1804b1', '2adb3069b0e04']),
                                 hexs(rng, 9), rs(rng, 2, 'abcdef'), rng.randint(1000000, 9999999),
                                 rs(rng, 1, 'abcdefghij') + str(rng.randint(10, 99)),
                                 rng.randint(1, 9))


def gmail(c, zone='CET', node=None, replies=0):
    rng, t = c['rng'], c['t']
    host, ip = node or rng.choice(GOOGLE_NODES)
    t1 = t - sec(rng.randint(1, 2))
    ts = t1 - sec(rng.randint(1, 3))
    sid = _gsmtp_id(rng)
    r = Route()
    r.peer = ('%s.google.com' % host, '%s.google.com' % host, ip)
    r.tls = 'tls13a'
    r.hops = ['by %s.google.com with SMTP id %s\n        for <%s>; %s' % (
        host, sid, c['rcpt'], fmt_date(t1, 'PT', 'rfc', True))]
    r.trace = [('X-Google-Smtp-Source', 'AGHT+I' + rs(rng, 70, UPPER + 'abcdefghijklmnopqrstuvwxyz+/')),
               ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %smr%d%s.%d.%d%03d;\n'
                '        %s' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 3), hexs(rng, 4),
                                hexs(rng, 4), sid.split('so')[0], rng.randint(1000000, 9999999),
                                rs(rng, 1, 'abcdefghij') + str(rng.randint(10, 99)),
                                rng.randint(1, 99), epoch(t1), rng.randint(0, 999),
                                fmt_date(t1, 'PT', 'rfc', True)))]
    r.date = fmt_date(ts, zone, 'rfc')
    r.msgid = '<CA%s@mail.gmail.com>' % rs(rng, rng.randint(44, 50),
                                           UPPER + 'abcdefghijklmnopqrstuvwxyz' + '+_-=')
    r.order = 'gmail'
    r.return_path = c['env_from']
    r.bstyle = 'gmail'
    r.tstyle = r.astyle = 'gmail'
    r.hmode = 'B'
    r.hcs = 'UTF-8'
    return r


def google_service(c, zone='PT', node=('mail-sor-f73', '209.85.220.73'), msgid=None):
    r = gmail(c, zone, node)
    rng = c['rng']
    r.hops = ['by %s.google.com with SMTP id %s\n        for <%s>\n'
              '        (Google Transport Security);\n        %s' % (
                  node[0], _gsmtp_id(rng), c['rcpt'],
                  fmt_date(c['t'] - sec(1), 'PT', 'rfc', True))]
    r.msgid = msgid or '<%s@notifications.google.com>' % rs(
        rng, 22, UPPER + 'abcdefghijklmnopqrstuvwxyz-_')
    return r


# ====================================================================== UNITED INTERNET
def united_internet(c, brand='gmx', kind='webmail', client_ip='80.187.112.41',
                    zone='CET', ios='23B85'):
    rng, t = c['rng'], c['t']
    t1 = t - sec(rng.randint(1, 2))
    ts = t1 - sec(rng.randint(1, 4))
    r = Route()
    if brand == 'gmx':
        r.peer = ('mout.gmx.net', 'mout.gmx.net', '212.227.17.%d' % rng.choice([20, 21, 22]))
        mr, mrip, dom = 'mrgmx%03d' % rng.randint(100, 110), '212.227.17.%d' % rng.randint(160, 190), 'gmx.net'
    else:
        r.peer = ('mout.web.de', 'mout.web.de', '212.227.15.%d' % rng.choice([3, 4, 14]))
        mr, mrip, dom = 'mrweb%03d' % rng.randint(100, 110), '213.165.67.%d' % rng.randint(100, 130), 'web.de'
    nid = '1M%s-1t%s-00%s' % (rs(rng, 4), rs(rng, 9), rs(rng, 4))
    if kind == 'webmail':
        app = '3c-app-%s-bs%02d' % ('gmx' if brand == 'gmx' else 'webde', rng.randint(10, 60))
        r.hops = ['from [%s] ([%s]) by %s (%s [%s])\n with ESMTPSA (Nemesis) id %s; %s' % (
            '172.19.170.%d' % rng.randint(2, 250), client_ip, 'mail.' + dom, mr, mrip, nid,
            fmt_date(t1, 'CET', 'exch'))]
        r.msgid = '<trinity-%s-%d%03d@%s>' % (uuid4(rng), epoch(ts), rng.randint(0, 999), app)
        r.order = 'trinity'
        r.mailer = [('Importance', 'normal'), ('Sensitivity', 'Normal'),
                    ('X-Priority', '3')]
        r.tstyle = 'generic'
        r.bstyle = 'hex'
    else:
        r.hops = ['from smtpclient.apple ([%s]) by %s (%s [%s])\n with ESMTPSA (Nemesis) id %s; %s' % (
            client_ip, 'smtp.' + dom, mr, mrip, nid, fmt_date(t1, 'CET', 'exch'))]
        r.msgid = '<%s@%s>' % (uuid4(rng).upper(), dom)
        r.order = 'apple'
        r.mailer = [('X-Mailer', 'iPhone Mail (%s)' % ios)]
        r.tstyle = r.astyle = 'apple'
        r.bstyle = 'apple'
    r.trace = [('X-Provags-ID', 'V03:K1:' + rs(rng, 64, UPPER + 'abcdefghijklmnopqrstuvwxyz+/')),
               ('X-Provags-ID', 'V01U:K0:' + rs(rng, 11) + '=:' + rs(rng, 60, UPPER + 'abcdefghijklmnopqrstuvwxyz+/'))]
    r.date = fmt_date(ts, zone, 'rfc')
    r.return_path = c['env_from']
    r.hmode = 'Q' if kind == 'webmail' else 'Q'
    return r


# ====================================================================== POSTFIX / EXIM
def smtp_host(c, peer, mta='postfix', client=None, mua='tb', zone='CET', host=None,
              domain=None, auth=True, tls='tls13', local_user=None, replies=0,
              lang='de', ua=None, exim_host=None, mid_host=None):
    """A company's/hosting provider's own mail server.  mua: tb, rc, olk16,
    php, bat, ox."""
    rng, t = c['rng'], c['t']
    host = host or peer[0]
    domain = domain or c['env_from'].split('@')[1]
    t1 = t - sec(rng.randint(1, 3))
    ts = t1 - sec(rng.randint(1, 5))
    r = Route()
    r.peer = peer
    r.tls = tls
    if mta == 'postfix':
        if local_user is not None:
            r.hops = ['by %s (Postfix, from userid %d)\n\tid %s; %s' % (
                host, local_user, postfix_qid_short(rng), fmt_date(t1, zone, 'postfix', True))]
        else:
            cl = client or ('[192.168.1.%d]' % rng.randint(20, 90), 'unknown', '0.0.0.0')
            r.hops = ['from %s (%s [%s])\n%s\tby %s (Postfix) with %s id %s;\n\t%s' % (
                cl[0], cl[1], cl[2],
                ('\t(Authenticated sender: %s)\n' % c['env_from']) if auth else '',
                host, 'ESMTPSA' if auth else 'ESMTP', postfix_qid_short(rng),
                fmt_date(t1, zone, 'postfix', True))]
    elif mta == 'direct':
        r.hops = []
    elif mta == 'exim':
        if local_user is not None:
            r.hops = ['from %s by %s with local (Exim 4.98.2)\n\t(envelope-from <%s@%s>)\n'
                      '\tid 1v%s-0000000%s-%s;\n\t%s' % (
                          local_user, host, local_user, host, rs(rng, 4), rs(rng, 3),
                          rs(rng, 4), fmt_date(t1, zone, 'rfc'))]
        else:
            cl = client
            r.hops = ['from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls '
                      'TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.2)\n\t(envelope-from <%s>)\n'
                      '\tid 1v%s-0000000%s-%s\n\tfor %s;\n\t%s' % (
                          cl[2], rng.randint(49152, 65000), cl[0], host, c['env_from'],
                          rs(rng, 4), rs(rng, 3), rs(rng, 4), c['rcpt'],
                          fmt_date(t1, zone, 'rfc'))]
    elif mta == 'sendmail':
        cl = client
        r.hops = ['from %s (%s [%s])\n\t(authenticated bits=0)\n\tby %s (8.15.2/8.15.2) with '
                  'ESMTPSA id %s\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 '
                  'bits=256 verify=NO)\n\tfor <%s>; %s' % (
                      cl[0], cl[1], cl[2], host, rs(rng, 14), c['rcpt'],
                      fmt_date(t1, zone, 'rfc'))]
    elif mta == 'aruba':
        cl = client
        r.hops = ['from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
            cl[0], cl[2], rs(rng, 16), fmt_date(t1, zone, 'exch'))]
    elif mta == 'strato':
        cl = client
        r.hops = ['from %s\n\tby smtp.strato.de (RZmta 51.4.1 AUTH)\n\twith ESMTPSA id %s\n'
                  '\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n'
                  '\t(Client did not present a certificate)\n\tfor <%s>;\n\t%s' % (
                      cl[0], rs(rng, 16), c['rcpt'], fmt_date(t1, zone, 'exch'))]
        r.trace = [('X-RZG-AUTH', ':' + rs(rng, 60, UPPER + 'abcdefghijklmnopqrstuvwxyz+/') + '=='),
                   ('X-RZG-CLASS-ID', 'mo00')]
    elif mta == 'beget':
        cl = client
        r.hops = ['from [%s] (helo=%s)\n\tby %s with esmtpa (Exim 4.96)\n\t(envelope-from <%s>)\n'
                  '\tid 1v%s-00%s-%s\n\tfor %s; %s' % (
                      cl[2], cl[0], host, c['env_from'], rs(rng, 4), rs(rng, 5), rs(rng, 2),
                      c['rcpt'], fmt_date(t1, zone, 'rfc'))]
    r.date = fmt_date(ts, zone, 'rfc')
    r.return_path = c['env_from']
    r.java_host = mid_host or host
    _mua(r, rng, ts, domain, mua, lang, replies, ua)
    return r


def host_of(r):
    return getattr(r, 'java_host', None) or r.peer[0]


def _mua(r, rng, ts, domain, mua, lang, replies=0, ua=None):
    if mua == 'tb':
        r.msgid = '<%s@%s>' % (uuid4(rng), domain)
        r.order = 'tb'
        r.mailer = [('User-Agent', ua or 'Mozilla Thunderbird'), ('Content-Language', lang)]
        r.bstyle = 'tb'
        r.tstyle = r.astyle = 'tb'
        r.hmode = 'auto'
        r.hcs_upper = True
    elif mua == 'rc':
        r.msgid = '<%s@%s>' % (hexs(rng, 32), domain)
        r.order = 'rc'
        r.mailer = [('User-Agent', ua or 'Roundcube Webmail/1.6.11')]
        r.bstyle = 'rc'
        r.tstyle = r.astyle = 'rc'
        r.hmode = 'Q'
        r.hcs_upper = True
    elif mua == 'olk16':
        olk16_headers(r, rng, ts, domain, lang, replies)
    elif mua == 'php':
        r.msgid = '<%s@%s>' % (rs(rng, 43), domain)
        r.order = 'php'
        r.mailer = [('X-Mailer', ua or 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')]
        r.bstyle = 'php'
        r.tstyle = r.astyle = 'generic'
        r.hmode = 'B'
    elif mua == 'bat':
        r.msgid = '<%d.%s@%s>' % (rng.randint(100000000, 1999999999),
                                  ts.strftime('%Y%m%d%H%M%S'), domain)
        r.order = 'bat'
        r.mailer = [('X-Mailer', ua or 'The Bat! (v11.4.1) Professional'),
                    ('Reply-To', None), ('X-Priority', '3 (Normal)')]
        r.mailer = [m for m in r.mailer if m[1] is not None]
        r.bstyle = 'bat'
        r.tstyle = r.astyle = 'generic'
        r.hmode = 'B'
    elif mua == 'java':
        r.msgid = '<%d.%d.%d.JavaMail.%s@%s>' % (rng.randint(100000000, 2000000000), rng.randint(1000, 99999),
                                                epoch(ts) * 1000 + rng.randint(0, 999), ua or 'notify', host_of(r))
        r.order = 'generic'
        r.mailer = []
        r.bstyle = 'java'
        r.tstyle = r.astyle = 'generic'
        r.hmode = 'B'
    elif mua == 'spam':
        r.msgid = '<%s@%s>' % (hexs(rng, 20).upper(), domain)
        r.order = 'generic'
        r.mailer = []
        r.bstyle = 'hex'
        r.tstyle = r.astyle = 'generic'
        r.hmode = 'B'
    elif mua == 'ox':
        r.msgid = '<%d.%d.%d@%s>' % (rng.randint(100000000, 2000000000), rng.randint(10000, 999999),
                                     epoch(ts) * 1000 + rng.randint(0, 999), domain)
        r.order = 'generic'
        r.mailer = [('Importance', 'Normal'), ('X-Priority', '3')]
        r.bstyle = 'ox'
        r.tstyle = r.astyle = 'generic'
        r.hmode = 'Q'
    else:
        r.msgid = '<%s@%s>' % (hexs(rng, 24), domain)
        r.order = 'generic'
        r.tstyle = r.astyle = 'generic'


# ====================================================================== FREEMAIL
def libero(c, client_ip='151.38.112.9', zone='CET'):
    rng, t = c['rng'], c['t']
    n = rng.randint(20, 45)
    r = smtp_host(c, ('smtp-%d.iol.local' % n, 'smtp-%d.italiaonline.it' % n, '213.209.10.%d' % n),
                  mta='postfix', mua='ox', zone=zone, host='smtp-%d.iol.local' % n)
    r.hops = ['from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s' % (
        client_ip, n, rs(rng, 16), fmt_date(t - sec(2), zone, 'exch'))]
    r.msgid = '<%d.%d.%d@mail.libero.it>' % (rng.randint(100000000, 2000000000), rng.randint(100000, 999999),
                                             epoch(t) * 1000 - rng.randint(2000, 9000))
    r.tls = 'tls12'
    return r


def wp_pl(c, client=('83.27.144.10', 'aafo10.neoplus.adsl.tpnet.pl'), user='rowerymazur'):
    rng, t = c['rng'], c['t']
    r = smtp_host(c, ('mx4.wp.pl', 'mx4.wp.pl', '212.77.101.11'), mua='tb', lang='pl')
    t1 = t - sec(2)
    r.hops = ['(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (
                  rng.randint(1000, 40000), fmt_date(t1, 'CET', 'rfc')),
              'from %s (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n'
              '          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n'
              '          for <%s>; %s' % (client[1], rng.randint(10, 90), c['env_from'].split('@')[0] + '@wp.pl',
                                         client[0], c['env_from'], c['rcpt'],
                                         fmt_date(t1, 'CET', 'rfc'))]
    r.trace = [('X-WP-MailID', hexs(rng, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    r.tls = 'tls12'
    return r


def interia(c, client=('5.173.40.17', 'unknown')):
    rng, t = c['rng'], c['t']
    n = rng.randint(70, 95)
    r = smtp_host(c, ('smtpo%d.poczta.interia.pl' % n, 'smtpo%d.poczta.interia.pl' % n,
                      '217.74.67.%d' % n), mua='tb', lang='pl')
    r.hops = ['from [192.168.0.%d] (%s [%s])\n\tby poczta.interia.pl (INTERIA.PL) with ESMTPSA id %s;\n\t%s' % (
        rng.randint(100, 130), client[1], client[0], '4d' + rs(rng, 10),
        fmt_date(t - sec(2), 'CET', 'rfc'))]
    return r


def yahoo(c, zone='CET'):
    rng, t = c['rng'], c['t']
    n = rng.randint(300, 330)
    r = Route()
    r.peer = ('sonic%d-%d.consmr.mail.ir2.yahoo.com' % (n, rng.randint(10, 30)),
              'sonic%d-%d.consmr.mail.ir2.yahoo.com' % (n, rng.randint(10, 30)),
              '77.238.176.%d' % rng.randint(100, 200))
    r.peer = (r.peer[0], r.peer[0], r.peer[2])
    r.tls = 'tls12'
    ts = t - sec(rng.randint(2, 4))
    r.hops = ['from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ir2.yahoo.com with HTTP; %s'
              % (n, fmt_date(t - sec(1), 'UTC', 'exch'))]
    r.trace = [('X-YMail-OSG', rs(rng, 76, UPPER + 'abcdefghijklmnopqrstuvwxyz._-')),
               ('X-Sonic-MF', '<%s>' % c['env_from']),
               ('X-Sonic-ID', uuid4(rng))]
    r.date = fmt_date(ts, zone, 'rfc')
    r.msgid = '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(100000000, 2000000000),
                                             rng.randint(1000000, 9999999), epoch(ts) * 1000)
    r.order = 'yahoo'
    r.mailer = [('X-Mailer', 'WebService/1.1.24658 YMailNorrin')]
    r.return_path = c['env_from']
    r.bstyle = 'java'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def otenet(c, pc='DESKTOP-KRG01', client=('94.64.112.37', 'ppp-94-64-112-37.home.otenet.gr'),
           replies=0):
    rng = c['rng']
    n = rng.randint(2, 9)
    r = smtp_host(c, ('mailout0%d.otenet.gr' % n, 'mailout0%d.otenet.gr' % n, '195.170.0.%d' % (70 + n)),
                  mta='sendmail', client=(pc, client[1], client[0]), mua='olk16', zone='EET',
                  lang='el', replies=replies, tls='tls12')
    return r


def yandex(c, webmail=True, zone='MSK', domain='yandex.ru'):
    rng, t = c['rng'], c['t']
    n = rng.randint(100, 599)
    r = Route()
    r.peer = ('forward%d%s.mail.yandex.net' % (n, rng.choice('abcd')),) * 2 + (
        '178.154.239.%d' % rng.randint(70, 220),)
    r.tls = 'tls13'
    node = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (
        rng.randint(10, 99), rng.choice(['vla', 'sas', 'iva', 'myt']))
    t1 = t - sec(1)
    ts = t1 - sec(rng.randint(1, 3))
    r.hops = ['from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s' % (
                  node, node, '2a02:6b8:c0c:%x:0:640:%x:0' % (rng.getrandbits(16), rng.getrandbits(16)),
                  r.peer[0], rs(rng, 10), fmt_date(t1, 'MSK', 'exch')),
              'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (
                  node, rs(rng, 10), rs(rng, 8), fmt_date(t1, 'MSK', 'exch'))]
    r.date = fmt_date(ts, zone, 'rfc')
    if webmail:
        r.msgid = '<%s@mail.yandex.ru>' % digits(rng, 16)
        r.mailer = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    else:
        r.msgid = '<%s@%s>' % (uuid4(rng), domain)
    r.order = 'generic'
    r.return_path = c['env_from']
    r.bstyle = 'yandex'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def mailru(c, client_ip='176.59.41.18'):
    rng, t = c['rng'], c['t']
    r = Route()
    n = rng.randint(30, 60)
    r.peer = ('smtp%d.i.mail.ru' % n, 'smtp%d.i.mail.ru' % n, '95.163.41.%d' % (n + 40))
    r.tls = 'tls13'
    f = rng.randint(100, 999)
    ts = t - sec(rng.randint(2, 4))
    r.hops = ['by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1v%s-00000%s-%s; %s' % (
        f, c['env_from'], rs(rng, 4), rs(rng, 5), rs(rng, 4), fmt_date(t - sec(1), 'MSK', 'exch'))]
    r.trace = [('X-Originating-IP', '[%s]' % client_ip)]
    r.date = fmt_date(ts, 'MSK', 'rfc')
    r.msgid = '<%d.%d@f%d.i.mail.ru>' % (epoch(ts), rng.randint(100000000, 999999999), f)
    r.order = 'generic'
    r.mailer = [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Priority', '3 (Normal)')]
    r.return_path = c['env_from']
    r.bstyle = 'mailru'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def zoho(c, zone='TW'):
    rng, t = c['rng'], c['t']
    n = rng.randint(11, 20)
    r = Route()
    r.peer = ('sender4-op-o%d.zoho.com' % n, 'sender4-op-o%d.zoho.com' % n, '136.143.188.%d' % n)
    r.tls = 'tls12'
    ts = t - sec(rng.randint(2, 4))
    r.hops = ['from mail.zoho.com by mx.zohomail.com\n\twith SMTP id %d%03d%s.%s;\n\t%s' % (
        epoch(ts), rng.randint(0, 999), digits(rng, 3), digits(rng, 12),
        fmt_date(t - sec(1), 'PT', 'exch', True))]
    dom = c['env_from'].split('@')[1]
    r.date = fmt_date(ts, zone, 'rfc')
    r.msgid = '<%x.%s.%s@%s>' % (epoch(ts) * 1000, hexs(rng, 16), digits(rng, 19), dom)
    r.order = 'zoho'
    r.mailer = [('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]
    r.return_path = c['env_from']
    r.bstyle = 'java'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


# ====================================================================== ESPs
def sendgrid(c, em, acct=None):
    rng, t = c['rng'], c['t']
    acct = acct or rng.randint(10000000, 59999999)
    r = Route()
    h = rs(rng, 8, 'abcdefghijklmnopqrstuvwxyz')
    r.peer = ('%s.outbound-mail.sendgrid.net' % h, '%s.outbound-mail.sendgrid.net' % h,
              rng.choice(['149.72.%d.%d', '167.89.%d.%d', '159.183.%d.%d']) % (
                  rng.randint(1, 250), rng.randint(1, 250)))
    r.tls = 'tls12'
    node = 'filterdrecv-%s-%s' % (hexs(rng, 10), rs(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    geo = 'geopod-ismtpd-%d' % rng.randint(1, 40)
    t1 = t - sec(1)
    t0 = t1 - sec(rng.randint(0, 1))
    r.hops = ['by %s with SMTP id %s-1-%X-%X\n\t%s.%09d +0000 UTC m=+%d.%09d' % (
                  node, node, epoch(t1), rng.randint(1, 99), t1.strftime('%Y-%m-%d %H:%M:%S'),
                  rng.randint(0, 999999999), rng.randint(100000, 9999999), rng.randint(0, 999999999)),
              'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s' % (
                  'MTQ4' + rs(rng, 16), geo, rs(rng, 22, UPPER + 'abcdefghijklmnopqrstuvwxyz-_'),
                  t0.strftime('%a, %d %b %Y %H:%M:%S.') + '%03d +0000 (UTC)' % rng.randint(0, 999))]
    r.date = fmt_date(t0 - sec(rng.randint(0, 2)), 'UTC', 'rfc')
    r.msgid = '<%s@%s>' % (rs(rng, 22, UPPER + 'abcdefghijklmnopqrstuvwxyz-_'), geo)
    r.order = 'esp'
    r.post = [('X-SG-EID', 'u001.' + rs(rng, 120, UPPER + 'abcdefghijklmnopqrstuvwxyz+/')),
              ('X-SG-ID', 'u001.SdBcvi+Evd/bQef8eZF3BlT' + rs(rng, 40, UPPER + 'abcdefghijklmnopqrstuvwxyz+/')),
              ('X-Entity-ID', 'u001.' + rs(rng, 22, UPPER + 'abcdefghijklmnopqrstuvwxyz+/') + '==')]
    r.return_path = 'bounces+%d-%s-%s=%s@%s' % (acct, hexs(rng, 4), c['rcpt'].split('@')[0],
                                                 c['rcpt'].split('@')[1], em)
    r.bstyle = 'sg'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    r.sg_acct = acct
    return r


def sendgrid_link(rng, acct, url):
    return 'https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s' % (
        acct, rs(rng, 180, UPPER + 'abcdefghijklmnopqrstuvwxyz0123456789-_'))


def mailgun(c, mgdom):
    rng, t = c['rng'], c['t']
    r = Route()
    o = rng.randint(10, 250)
    r.peer = ('so254-%d.mailgun.net' % o, 'so254-%d.mailgun.net' % o, '198.61.254.%d' % o)
    r.tls = 'tls12'
    t1 = t - sec(1)
    r.hops = ['by %s with HTTP id %s; %s' % (hexs(rng, 12), hexs(rng, 24),
                                             fmt_date(t1, 'GMT', 'gmt'))]
    r.date = fmt_date(t1 - sec(rng.randint(0, 1)), 'UTC', 'rfc')
    r.msgid = '<%s.%s@%s>' % (t1.strftime('%Y%m%d%H%M%S'), hexs(rng, 16), mgdom)
    r.order = 'esp'
    sid = base64.b64encode(('["%s","%s","%s"]' % (hexs(rng, 4), c['rcpt'], hexs(rng, 6))).encode()).decode()
    r.post = [('X-Mailgun-Sid', sid), ('X-Mailgun-Track', 'yes'),
              ('X-Mailgun-Track-Clicks', 'yes')]
    r.return_path = 'bounce+%s.%s-%s=%s@%s' % (hexs(rng, 6), hexs(rng, 5), c['rcpt'].split('@')[0],
                                               c['rcpt'].split('@')[1], mgdom)
    r.bstyle = 'hex'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def mailgun_link(rng, mgdom, url):
    return 'https://email.%s/c/%s' % (mgdom, 'eJx' + rs(rng, 150, UPPER + 'abcdefghijklmnopqrstuvwxyz0123456789-_'))


def brevo(c, acct_id=None):
    rng, t = c['rng'], c['t']
    r = Route()
    o = rng.randint(2, 60)
    r.peer = ('smtp-relay.sendinblue.com', 'smtp-relay.sendinblue.com', '185.41.28.%d' % o)
    r.tls = 'tls13'
    t1 = t - sec(1)
    r.hops = []
    r.date = fmt_date(t1 - sec(rng.randint(0, 2)), 'UTC', 'rfc')
    r.msgid = '<%s.%d@smtp-relay.mailin.fr>' % (t1.strftime('%Y%m%d%H%M'), rng.randint(10000000000, 99999999999))
    r.order = 'esp'
    eid = base64.b64encode(('%d:%s:%d' % (rng.randint(1000000, 9999999), c['rcpt'],
                                          rng.randint(100, 9999))).encode()).decode()
    r.post = [('X-Mailin-EID', eid.replace('=', '%3D')),
              ('X-sib-id', rs(rng, 64, UPPER + 'abcdefghijklmnopqrstuvwxyz0123456789-_')),
              ('Feedback-ID', '%s.%d:%d:brevo' % (r.peer[2], rng.randint(1000000, 9999999),
                                                  rng.randint(10, 999)))]
    r.return_path = 'bounces-%d-%s@bo.sp1-brevo.net' % (rng.randint(1000000, 9999999), hexs(rng, 10))
    r.bstyle = 'hex'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def brevo_link(rng, url):
    return 'https://%s.r.sp1-brevo.net/mk/cl/f/sh/%s' % (
        rs(rng, 6, 'abcdefghijklmnopqrstuvwxyz0123456789'),
        rs(rng, 140, UPPER + 'abcdefghijklmnopqrstuvwxyz0123456789-_'))


def ses(c, region='eu-west-1'):
    rng, t = c['rng'], c['t']
    r = Route()
    o = rng.randint(2, 60)
    r.peer = ('a7-%d.smtp-out.%s.amazonses.com' % (o, region),) * 2 + ('54.240.7.%d' % o,)
    r.tls = 'tls12'
    t1 = t - sec(1)
    sid = '0102%012x-%s-%s-%s-%s-000000' % (int(t1.timestamp() * 1000), hexs(rng, 8), hexs(rng, 4),
                                            hexs(rng, 4), hexs(rng, 4) + hexs(rng, 8))
    r.hops = []
    r.date = fmt_date(t1 - sec(rng.randint(0, 1)), 'UTC', 'rfc')
    r.msgid = '<%s@%s.amazonses.com>' % (sid, region)
    r.order = 'esp'
    r.trace = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rs(rng, 43, UPPER + 'abcdefghijklmnopqrstuvwxyz+/'))),
               ('X-SES-Outgoing', '%s-%s' % (t1.strftime('%Y.%m.%d'), r.peer[2]))]
    r.return_path = '%s@%s.amazonses.com' % (sid, region)
    r.bstyle = 'java'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def postmark(c):
    rng, t = c['rng'], c['t']
    r = Route()
    o = rng.randint(100, 140)
    r.peer = ('sc-ord-mta%d.mtasv.net' % o,) * 2 + ('50.31.156.%d' % o,)
    r.tls = 'tls12'
    t1 = t - sec(1)
    mid = uuid4(rng)
    r.hops = []
    r.date = fmt_date(t1, 'UTC', 'rfc')
    r.msgid = '<%s@mtasv.net>' % mid
    r.order = 'esp'
    r.post = [('X-PM-Message-Id', mid), ('X-PM-RCPT', '|bTF8%s|' % rs(rng, 40)),
              ('X-PM-Tag', 'notificacion'), ('X-PM-Message-Options', 'v1;' + rs(rng, 40))]
    r.return_path = 'pm_bounces@pm-bounces.%s' % c['env_from'].split('@')[1]
    r.bstyle = 'hex'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def mailchimp(c, us='us14', uid='8f2b1c4e7a9d3f6b2c1e8a4d5', lid='4c1a9e2f7b'):
    rng, t = c['rng'], c['t']
    r = Route()
    a, b = rng.randint(100, 230), rng.randint(1, 20)
    node = 'mail%d-%d.suw%d.mcsv.net' % (a, b, rng.randint(11, 41))
    r.peer = (node, node, '198.2.%d.%d' % (a, b))
    r.tls = 'tls13'
    r.hops = ['from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n'
              '\tfor <%s>; %s' % (node, postfix_qid_long(rng), c['rcpt'],
                                  fmt_date(t - sec(2), 'UTC', 'rfc', True))]
    r.date = fmt_date(t - sec(3), 'UTC', 'rfc')
    cid = hexs(rng, 10)
    r.msgid = '<%s.%s.%s@%s>' % (uid[:16], cid, digits(rng, 8), node.split('.', 1)[1])
    r.order = 'esp'
    r.post = [('X-Mailer', 'MailChimp Mailer - **CID%s%s**' % (cid, hexs(rng, 10))),
              ('X-Campaign', 'mailchimp%s.%s' % (uid, cid)),
              ('X-campaignid', 'mailchimp%s.%s' % (uid, cid)),
              ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, cid, hexs(rng, 10))),
              ('X-MC-User', uid),
              ('Feedback-ID', '%s:%s:%s:mailchimp' % (digits(rng, 8), digits(rng, 7), us)),
              ('X-Accounttype', 'pd'),
              ('List-ID', '%s%s mc list <%s.%s.list-id.mcsv.net>' % (uid, lid, uid, digits(rng, 6)))]
    r.return_path = 'bounce-mc.%s_%s.%s-%s@%s' % (us, digits(rng, 8), digits(rng, 7), hexs(rng, 10), node)
    r.bstyle = 'mc'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    r.mc = (us, uid, lid, cid)
    return r


# ====================================================================== SERVICES
def paypal(c, kind='PPX000658', xsl='invoice'):
    rng, t = c['rng'], c['t']
    r = Route()
    r.peer = ('mx0.slc.paypal.com', 'mx0.slc.paypal.com', '173.0.84.%d' % rng.choice([225, 226, 227, 228]))
    r.tls = 'tls12'
    r.hops = ['from paypal.com (ccg01mail%02d.ccg01.paypal.com [10.72.%d.%d])\n\tby mx0.slc.paypal.com '
              '(Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
                  rng.randint(1, 20), rng.randint(1, 250), rng.randint(1, 250), postfix_qid_long(rng),
                  c['rcpt'], fmt_date(t - sec(1), 'PT', 'postfix', True))]
    r.date = fmt_date(t - sec(2), 'PT', 'rfc')
    r.msgid = '<%s.%s@paypal.com>' % (hexs(rng, 13), hexs(rng, 12))
    r.order = 'esp'
    r.post = [('X-Email-Type-Id', kind), ('X-XPT-XSL-Name', 'email_pimp/default/en_GB/%s/' % xsl),
              ('PP-Correlation-Id', hexs(rng, 13)),
              ('X-PP-REQUESTED-TIME', '%d%03d' % (epoch(t - sec(3)), rng.randint(0, 999))),
              ('X-MaxCode-Template', kind)]
    r.return_path = 'service@paypal.co.uk'
    r.bstyle = 'java'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def docusign(c, eu=False):
    rng, t = c['rng'], c['t']
    r = Route()
    if eu:
        r.peer = ('mailfra.eumail.docusign.net', 'mailfra.eumail.docusign.net', '185.81.100.%d' % rng.randint(60, 90))
        inner = 'fra-%s.eumail.docusign.net' % rs(rng, 6, 'abcdef0123456789')
    else:
        r.peer = ('mailsea.docusign.net', 'mailsea.docusign.net', '209.67.98.%d' % rng.randint(40, 70))
        inner = 'sea-%s.docusign.net' % rs(rng, 6, 'abcdef0123456789')
    r.tls = 'tls12'
    r.hops = ['from docusign.net (%s [10.%d.%d.%d])\n\tby %s with ESMTP; %s' % (
        inner, rng.randint(1, 200), rng.randint(1, 200), rng.randint(1, 200), r.peer[0],
        fmt_date(t - sec(1), 'UTC', 'rfc'))]
    r.date = fmt_date(t - sec(2), 'UTC', 'rfc')
    r.msgid = '<%s@%s>' % (hexs(rng, 32), 'eumail.docusign.net' if eu else 'docusign.net')
    r.order = 'esp'
    r.post = [('X-API-Host', 'docusign.net' if not eu else 'eu.docusign.net'),
              ('X-Mailer', 'DocuSign Email Service')]
    r.return_path = c['env_from']
    r.bstyle = 'java'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r


def microsoft_service(c, sender_kind='msa'):
    rng, t = c['rng'], c['t']
    r = exchange_online(c, region='namprd11', tenant='microsoft', lang='en-US')
    if sender_kind == 'msa':
        r.msgid = '<%s.%s@BL02EPF0001%s>' % (rs(rng, 12, UPPER), rs(rng, 13, UPPER), hexs(rng, 4, True))
        r.hops = r.hops[:1]
    elif sender_kind == 'spo':
        r.msgid = '<%s@%s>' % (uuid4(rng), 'odspnotify')
        r.hops = r.hops[:1]
        r.return_path = 'no-reply@sharepointonline.com'
    r.order = 'esp'
    r.mailer = []
    r.post = [p for p in r.post if 'AuthAs' not in p[0]]
    r.tstyle = r.astyle = 'generic'
    r.bstyle = 'hex'
    return r


def github(c):
    rng, t = c['rng'], c['t']
    r = Route()
    n = rng.randint(17, 30)
    r.peer = ('out-%d.smtp.github.com' % n,) * 2 + ('192.30.252.%d' % (190 + n),)
    r.tls = 'tls13'
    worker = 'github-lowworker-%s.%s-iad.github.net' % (hexs(rng, 7), rng.choice(['ac4', 'va3', 'ac6']))
    r.hops = ['from %s (%s [10.%d.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n'
              '\tfor <%s>; %s' % (worker, worker, rng.randint(40, 60), rng.randint(1, 250),
                                  rng.randint(1, 250), postfix_qid_long(rng), c['rcpt'],
                                  fmt_date(t - sec(1), 'PT', 'postfix', True))]
    r.date = fmt_date(t - sec(2), 'PT', 'rfc')
    r.msgid = '<%s_%s%d@%s.mail>' % (hexs(rng, 12), hexs(rng, 5), rng.randint(100000, 999999), worker)
    r.order = 'esp'
    r.return_path = 'noreply@github.com'
    r.bstyle = 'mime'
    r.tstyle = r.astyle = 'generic'
    r.hmode = 'B'
    return r
