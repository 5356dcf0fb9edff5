"""Sending systems: user agents (header style, Message-ID, boundaries) and the
transports that carry them to mx01 (Received chain, connecting client)."""
import base64

from core import hx, hnum, hbytes, rfcdate, sec, ALNUM, UPHEX, B64URL, fold
from mail import H, std_refs

HEX = '0123456789abcdef'


def b64id(seed, n):
    return base64.b64encode(hbytes(seed, n)).decode()


def guid(seed, upper=False):
    h = hx(seed, 32)
    g = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def to_cc(m, cc_name='Cc'):
    out = [H('To', m.AL(m.to))]
    if m.cc:
        out.append(H(cc_name, m.AL(m.cc)))
    return out


def reply_to(m):
    return [H('Reply-To', m.A(m.reply_to))] if m.reply_to else []


class Base:
    tls = '1.3'
    delay = 3
    hdr_charset = 'body'
    hdr_mode = 'auto'
    zone = 'CET'
    helo = rdns = ip = None

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def client(self, m):
        return (self.helo, self.rdns, self.ip)

    def trace(self, m):
        return []

    def boundary(self, m, i):
        return '----=_Part_%d_%d.%d' % (hnum(m.seed + 'b%d' % i, 100000, 9999999), i,
                                        hnum(m.seed + 'bt', 10 ** 12, 10 ** 13))

    def date(self, m):
        return rfcdate(m.sent, self.zone)


# =========================================================== transports
# A transport carries a user agent's message: .client(), .trace(m, ua)

class Transport:
    tls = '1.3'

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


class Aruba(Transport):
    """Aruba.it shared hosting outbound (Italian SMB mail)."""
    def client(self, m):
        n = hnum(m.seed + 'aru', 2, 29)
        return ('smtpcmd%02d.aruba.it' % n, 'smtpcmd%02d.aruba.it' % n, '62.149.156.%d' % (100 + n))

    def trace(self, m, ua):
        return ['Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
            self.pc, self.user_ip, hx(m.seed + 'arid', 14, ALNUM), rfcdate(m.sent + sec(1), 'CET'))]


class IONOS(Transport):
    """IONOS (1&1) mail relay for small businesses (mout.kundenserver.de)."""
    def client(self, m):
        n = hnum(m.seed + 'ion', 10, 99)
        return ('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.%d' % (130 + n % 60))

    def trace(self, m, ua):
        n = hnum(m.seed + 'ion2', 100, 120)
        return ['Received: from %s ([%s]) by mrelayeu.kundenserver.de\n (mreue%d [212.227.15.%d]) with ESMTPSA (Nemesis) id\n 1M%s-1%s; %s' % (
            self.pc, self.user_ip, n, 160 + n % 40, hx(m.seed + 'nem1', 6, ALNUM), hx(m.seed + 'nem2', 12, ALNUM),
            rfcdate(m.sent + sec(1), 'CET'))]


class OwnPostfix(Transport):
    """Company's own Postfix with submission from a client PC."""
    submit_zone = 'CET'

    def client(self, m):
        return (self.host, self.host, self.ip)

    def trace(self, m, ua):
        qid = hx(m.seed + 'opf', 10, UPHEX)
        src = '[%s] (%s [%s])' % (self.user_lan, self.user_rdns or 'unknown', self.user_ip) if \
            getattr(self, 'user_lan', None) else '%s (%s [%s])' % (self.pc, self.user_rdns or 'unknown', self.user_ip)
        return ['Received: from %s\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
            src, m.frm[1], self.host, qid, rfcdate(m.sent + sec(1), self.submit_zone, comment=True))]


class OwnExim(Transport):
    submit_zone = 'MSK'

    def client(self, m):
        return (self.host, self.host, self.ip)

    def trace(self, m, ua):
        eid = '%s-%s-%s' % (hx(m.seed + 'ex1', 6, ALNUM), hx(m.seed + 'ex2', 6, ALNUM), hx(m.seed + 'ex3', 2, ALNUM))
        return ['Received: from [%s] (helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            self.user_ip, self.pc, self.host, m.mailfrom(), eid, m.rcpt, rfcdate(m.sent + sec(1), self.submit_zone))]


class CpanelExim(Transport):
    """Compromised account on cPanel shared hosting (Exim)."""
    def client(self, m):
        return (self.host, self.host, self.ip)

    def trace(self, m, ua):
        eid = '1v%s-0000000%s-%s' % (hx(m.seed + 'ce1', 4, ALNUM), hx(m.seed + 'ce2', 3, ALNUM), hx(m.seed + 'ce3', 4, ALNUM))
        if getattr(self, 'local', False):
            return ['Received: from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s' % (
                self.unix_user, self.host, m.mailfrom(), eid, m.rcpt, rfcdate(m.sent + sec(1), self.zone))]
        src = getattr(self, 'src', None) or '[%s] (port=%d helo=%s)' % (
            self.user_ip, hnum(m.seed + 'port', 49152, 65000), self.user_helo)
        return ['Received: from %s\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            src, self.host, m.mailfrom(), eid, m.rcpt, rfcdate(m.sent + sec(1), self.zone))]

    zone = 'ET'

    def post_headers(self, m):
        return ['X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
                'X-AntiAbuse: Primary Hostname - %s' % self.host,
                'X-AntiAbuse: Original Domain - example.com',
                'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
                'X-AntiAbuse: Sender Address Domain - %s' % m.mailfrom().split('@')[1],
                'X-Get-Message-Sender-Via: %s: %s' % (self.host, ('authenticated_id: %s/from_h' % self.unix_user)
                                                      if getattr(self, 'local', False) else
                                                      'authenticated_id: %s' % m.mailfrom())] + (
            [] if getattr(self, 'local', False) else ['X-Authenticated-Sender: %s: %s' % (self.host, m.mailfrom())])


class VPSPostfix(Transport):
    """Attacker-run Postfix on a rented VPS; submission from a proxy IP."""
    def client(self, m):
        return (self.host, self.rdns, self.ip)

    def trace(self, m, ua):
        qid = hx(m.seed + 'vps', 10, UPHEX)
        if self.user_ip == '127.0.0.1':
            return ['Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
                self.host, qid, m.rcpt, rfcdate(m.sent + sec(1), getattr(self, 'zone', 'UTC'), comment=True))]
        return ['Received: from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            self.lan, self.user_ip, self.host, qid, m.rcpt, rfcdate(m.sent + sec(1), getattr(self, 'zone', 'UTC'),
                                                                        comment=True))]


class Direct(Transport):
    """Bot speaking SMTP directly to mx01; no earlier hops."""
    tls = None

    def client(self, m):
        return (self.helo, self.rdns, self.ip)

    def trace(self, m, ua):
        return []


class AllInkl(Transport):
    """All-Inkl (kasserver.com) shared hosting, German SMB websites."""
    def client(self, m):
        return ('%s.kasserver.com' % self.dd, '%s.kasserver.com' % self.dd, self.ip)

    def trace(self, m, ua):
        qid = hx(m.seed + 'kas', 10, UPHEX)
        if getattr(self, 'php', False):
            return ['Received: by %s.kasserver.com (Postfix, from userid 1000)\n\tid %s; %s' % (
                self.dd, qid, rfcdate(m.sent + sec(1), 'CET', comment=True))]
        return ['Received: from [%s] (unknown [%s])\n\tby %s.kasserver.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            self.lan, self.user_ip, self.dd, qid, m.rcpt, rfcdate(m.sent + sec(1), 'CET', comment=True))]


# =========================================================== user agents over a transport

class ViaTransport(Base):
    def client(self, m):
        return self.tr.client(m)

    def trace(self, m):
        return self.tr.trace(m, self)

    @property
    def tls(self):
        return self.tr.tls

    def post(self, m):
        f = getattr(self.tr, 'post_headers', None)
        return f(m) if f else []


def thread_index(m, replies=0):
    raw = b'\x01\x01\xdc' + hbytes(m.seed + 'ti', 19) + hbytes(m.seed + 'tir', 5 * replies)
    return base64.b64encode(raw).decode()


class OutlookSMTP(ViaTransport):
    """Outlook for Windows (classic) submitting over SMTP (POP/IMAP account)."""
    lang = 'de'
    replies = 0

    def msgid(self, m):
        dom = m.frm[1].split('@')[1]
        return '<00%s01dc%s$%s$%s$@%s>' % (hx(m.seed + 'o1', 4), hx(m.seed + 'o2', 4), hx(m.seed + 'o3', 8),
                                             hx(m.seed + 'o4', 8), dom)

    def boundary(self, m, i):
        return '----=_NextPart_%03d_%s_01DC%s.%s' % (i, hx(m.seed + 'ob', 4, UPHEX), hx(m.seed + 'ob2', 4, UPHEX),
                                                    hx(m.seed + 'ob3', 8, UPHEX))

    def headers(self, m):
        h = [H('From', m.A(m.frm))] + to_cc(m) + reply_to(m) + [H('Subject', m.S()),
             'Date: ' + rfcdate(m.sent, self.zone), 'Message-ID: ' + self.msgid(m)] + std_refs(m)
        h += ['MIME-Version: 1.0', 'BODY', 'X-Mailer: Microsoft Outlook 16.0',
              'Thread-Index: ' + thread_index(m, self.replies), 'Content-Language: ' + self.lang]
        return h + self.post(m)


class Thunderbird(ViaTransport):
    lang = 'de-DE'
    ua = 'Mozilla Thunderbird'

    def msgid(self, m):
        return '<%s@%s>' % (guid(m.seed + 'tb'), m.frm[1].split('@')[1])

    def boundary(self, m, i):
        return '------------' + hx(m.seed + 'tbb%d' % i, 24, ALNUM)

    def headers(self, m):
        h = ['Message-ID: ' + self.msgid(m), 'Date: ' + rfcdate(m.sent, self.zone), 'MIME-Version: 1.0',
             'User-Agent: ' + self.ua]
        h += std_refs(m)
        h += ['Content-Language: ' + self.lang] + to_cc(m, 'Cc') + [H('From', m.A(m.frm))] + reply_to(m)
        h += [H('Subject', m.S()), 'BODY']
        return h + self.post(m)

    hdr_charset = 'UTF-8'
    hdr_mode = 'Q'


class Roundcube(ViaTransport):
    ua = 'Roundcube Webmail/1.6.9'

    def msgid(self, m):
        return '<%s@%s>' % (hx(m.seed + 'rc', 32), m.frm[1].split('@')[1])

    def boundary(self, m, i):
        return '=_' + hx(m.seed + 'rcb%d' % i, 32)

    def headers(self, m):
        h = ['MIME-Version: 1.0', 'Date: ' + rfcdate(m.sent, self.zone), H('From', m.A(m.frm))] + to_cc(m)
        h += reply_to(m) + [H('Subject', m.S())] + std_refs(m)
        h += ['Message-ID: ' + self.msgid(m), 'X-Sender: ' + m.frm[1], 'User-Agent: ' + self.ua, 'BODY']
        return h + self.post(m)

    hdr_charset = 'UTF-8'
    hdr_mode = 'Q'


class PHPMailer(ViaTransport):
    ver = '6.9.3'

    def msgid(self, m):
        return '<%s@%s>' % (hx(m.seed + 'pm', 42, ALNUM), self.host_id)

    def boundary(self, m, i):
        return 'b%d_%s' % (i + 1, hx(m.seed + 'pmb%d' % i, 43, ALNUM))

    def headers(self, m):
        h = ['Date: ' + rfcdate(m.sent, self.zone)] + to_cc(m) + [H('From', m.A(m.frm))] + reply_to(m)
        h += [H('Subject', m.S()), 'Message-ID: ' + self.msgid(m),
              'X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % self.ver,
              'MIME-Version: 1.0', 'BODY']
        return h + self.post(m)

    hdr_charset = 'UTF-8'
    hdr_mode = 'B'


class AppleMail(ViaTransport):
    xm = 'iPhone Mail (23B85)'

    def msgid(self, m):
        return '<%s@%s>' % (guid(m.seed + 'ap', True), m.frm[1].split('@')[1])

    def boundary(self, m, i):
        return 'Apple-Mail-' + guid(m.seed + 'apb%d' % i, True)

    def headers(self, m):
        h = ['BODY', H('From', m.A(m.frm)), 'Mime-Version: 1.0 (1.0)', 'Date: ' + rfcdate(m.sent, self.zone),
             H('Subject', m.S())] + std_refs(m) + ['Message-Id: ' + self.msgid(m)] + to_cc(m) + reply_to(m)
        h += ['X-Mailer: ' + self.xm]
        return h + self.post(m)

    hdr_charset = 'utf-8'
    hdr_mode = 'Q'


class ERPMailer(ViaTransport):
    """Accounting / ERP software sending invoices by SMTP."""
    xm = None
    msgid_style = 'dotnet'

    def msgid(self, m):
        if self.msgid_style == '1c':
            return '<%s.%s@%s>' % (hnum(m.seed + '1c', 10 ** 9, 10 ** 10 - 1), hx(m.seed + '1c2', 6, UPHEX),
                                   m.frm[1].split('@')[1])
        return '<%s@%s>' % (guid(m.seed + 'erp'), self.pc.lower())

    def boundary(self, m, i):
        if self.msgid_style == 'dotnet':
            return '--boundary_%d_%s' % (i, guid(m.seed + 'erpb%d' % i))
        return '----=_NextPart_' + hx(m.seed + 'erpb%d' % i, 20, UPHEX)

    def headers(self, m):
        h = ['MIME-Version: 1.0', H('From', m.A(m.frm))] + to_cc(m) + reply_to(m)
        h += ['Date: ' + rfcdate(m.sent, self.zone, pad_day=True), H('Subject', m.S()),
              'Message-Id: ' + self.msgid(m)]
        if self.xm:
            h.append('X-Mailer: ' + self.xm)
        h.append('BODY')
        return h + self.post(m)


# =========================================================== self-contained systems

class Internal(Base):
    """Example Group: Outlook -> Exchange Server SE (EXKI-MBX0x) -> mail-int01 -> mx01."""
    tls = '1.3'
    delay = 4
    server = 'EXKI-MBX01'
    lan = '10.20.10.57'
    lang = 'de-DE'
    replies = 0
    sender_hdr = None

    def client(self, m):
        return ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')

    def _srv(self):
        return '%s.corp.example.com' % self.server

    def trace(self, m):
        ip = {'EXKI-MBX01': '10.20.1.11', 'EXKI-MBX02': '10.20.1.12'}[self.server]
        fe = 'fe80::%s:%s:%s:%s' % (hx(m.seed + 'f1', 4), hx(m.seed + 'f2', 4), hx(m.seed + 'f3', 4), hx(m.seed + 'f4', 4))
        fe = 'fe80::6d1c:9a2e:4b07:31f5' if self.server == 'EXKI-MBX01' else 'fe80::b13a:27c4:e0d9:8a62'
        qid = hx(m.seed + 'int', 10, UPHEX)
        t1 = m.sent + sec(2)
        return [
            'Received: from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                self._srv(), self._srv().lower(), ip, qid, m.rcpt, rfcdate(t1, 'CET', comment=True)),
            'Received: from %s ([%s]) by\n %s ([%s%%12]) with mapi id\n 15.02.2562.017; %s' % (
                self._srv(), fe, self._srv(), fe, rfcdate(m.sent, 'CET')),
        ]

    def msgid(self, m):
        return '<%s@%s>' % (hx(m.seed + 'exid', 32), self._srv())

    def boundary(self, m, i):
        return '_%03d_%s%s_' % (i, hx(m.seed + 'exid', 32), self._srv().replace('.', '').replace('-', ''))

    def headers(self, m):
        h = [H('From', m.A(m.frm))]
        if self.sender_hdr:
            h.append(H('Sender', m.A(self.sender_hdr)))
        h += to_cc(m, 'CC') + reply_to(m) + [H('Subject', m.S()), H('Thread-Topic', m.S(m.topic or m.subject)),
                                              'Thread-Index: ' + thread_index(m, self.replies),
                                              'Date: ' + rfcdate(m.sent, 'CET', pad_day=False),
                                              'Message-ID: ' + self.msgid(m)] + std_refs(m)
        h += ['Accept-Language: %s, en-US' % self.lang, 'Content-Language: ' + self.lang,
              'X-MS-Has-Attach: ' + ('yes' if m.has_attach() else ''), 'X-MS-TNEF-Correlator: ',
              'x-ms-exchange-transport-fromentityheader: Hosted',
              'x-originating-ip: [%s]' % self.lan, 'BODY', 'MIME-Version: 1.0']
        return h


REGIONS = {
    'DEU': ('FR2P281MB', 'DEUP281.PROD.OUTLOOK.COM', 'fr3deu01', '2603:10a6:d10', '40.107.135.'),
    'EUR': ('AM9PR08MB', 'eurprd08.prod.outlook.com', 'am6eur05', '2603:10a6:20b', '40.107.22.'),
    'GBR': ('CWLP265MB', 'GBRP265.PROD.OUTLOOK.COM', 'lo4gbr01', '2603:10a6:400', '40.107.121.'),
    'NAM': ('SA1PR11MB', 'namprd11.prod.outlook.com', 'dm6nam12', '2603:10b6:806', '40.107.95.'),
}


class EXO(Base):
    """Microsoft 365 / Exchange Online tenant (Outlook client)."""
    region = 'DEU'
    lang = 'de-DE'
    delay = 2
    replies = 0
    zone = 'UTC'
    org = None
    from_hdr_override = None

    def _names(self, m):
        pre, dom, dc, v6, v4 = REGIONS[self.region]
        a = pre + '%04d' % hnum(m.seed + self.org + 'srv1', 1000, 9999)
        b = pre + '%04d' % hnum(m.seed + self.org + 'srv2', 1000, 9999)
        return a, b, dom, dc, v6, v4

    def client(self, m):
        a, b, dom, dc, v6, v4 = self._names(m)
        o = hnum(m.seed + 'exo4', 20, 250)
        h = 'mail-%son2%03d.outbound.protection.outlook.com' % (dc, o)
        return (h, h, v4 + str(o))

    def trace(self, m):
        a, b, dom, dc, v6, v4 = self._names(m)
        fe = 'fe80::%s:%s:%s:%s' % (hx(m.seed + 'a1', 4), hx(m.seed + 'a2', 4), hx(m.seed + 'a3', 4), hx(m.seed + 'a4', 4))
        t1, t0 = m.sent + sec(1), m.sent
        d1 = rfcdate(t1, 'UTC')
        return [
            'Received: from %s.%s (%s:%s::%s)\n by %s.%s (%s:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.11; %s' % (
                a, dom, v6, hx(m.seed + 'v1', 2), hx(m.seed + 'v2', 1), b, dom, v6, hx(m.seed + 'v3', 2),
                hx(m.seed + 'v4', 1), d1),
            'Received: from %s.%s\n ([%s]) by %s.%s\n ([%s%%4]) with mapi id 15.20.9412.010; %s' % (
                a, dom, fe, a, dom, fe, rfcdate(t0, 'UTC')),
        ]

    def msgid(self, m):
        a, b, dom, dc, v6, v4 = self._names(m)
        return '<%s%s@%s.%s>' % (a, hx(m.seed + 'mid', 28, UPHEX), a, dom)

    def boundary(self, m, i):
        a, b, dom, dc, v6, v4 = self._names(m)
        return '_%03d_%s%s%s_' % (i, a, hx(m.seed + 'mid', 28, UPHEX), (a + dom.replace('.', ''))[:20 - 0])

    def headers(self, m):
        a, b, dom, dc, v6, v4 = self._names(m)
        h = [H('From', self.from_hdr_override or m.A(m.frm))] + to_cc(m, 'CC') + reply_to(m)
        h += [H('Subject', m.S()), H('Thread-Topic', m.S(m.topic or m.subject)),
              'Thread-Index: ' + thread_index(m, self.replies), 'Date: ' + rfcdate(m.sent, 'UTC'),
              'Message-ID: ' + self.msgid(m)] + std_refs(m)
        h += ['Accept-Language: %s, en-US' % self.lang, 'Content-Language: ' + self.lang,
              'X-MS-Has-Attach: ' + ('yes' if m.has_attach() else ''), 'X-MS-TNEF-Correlator: ',
              'BODY', 'MIME-Version: 1.0',
              'X-MS-PublicTrafficType: Email',
              'X-MS-TrafficTypeDiagnostic: %s:EE_|%s:EE_' % (a, b),
              'X-MS-Office365-Filtering-Correlation-Id: ' + guid(m.seed + 'corr'),
              'X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s' % _exo_arrival(m.sent),
              'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
              'X-MS-Exchange-CrossTenant-Id: ' + (getattr(self, 'tenant_id', None) or guid('tenant' + self.org)),
              'X-MS-Exchange-Transport-CrossTenantHeadersStamped: ' + b,
              'X-OriginatorOrg: ' + self.org]
        return h


def _exo_arrival(t):
    from core import MONTHS
    return '%02d %s %d %02d:%02d:%02d.%04d\n (UTC)' % (t.day, MONTHS[t.month - 1], t.year, t.hour, t.minute,
                                                     t.second, (t.microsecond // 100) or 4123)


class OutlookCom(EXO):
    """Consumer outlook.com / hotmail (outlook.de)."""
    region = 'EUR'
    org = 'outlook.com'
    tenant_id = '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'

    def client(self, m):
        o = hnum(m.seed + 'olk', 20, 99)
        h = 'mail-db8eur05olkn20%02d.outbound.protection.outlook.com' % o
        return (h, h, '40.92.64.%d' % o)

    def _names(self, m):
        a = 'AS8P195MB%04d' % hnum(m.seed + 'ol1', 1000, 9999)
        b = 'DU2P195MB%04d' % hnum(m.seed + 'ol2', 1000, 9999)
        return a, b, 'EURP195.PROD.OUTLOOK.COM', 'db8eur05', '2603:10a6:20b', '40.92.64.'


class Gmail(Base):
    """Gmail web (consumer or Google Workspace)."""
    zone = 'CET'
    hdr_charset = 'UTF-8'
    hdr_mode = 'B'
    delay = 2
    host = ('wm1', 'f43', '209.85.128.43')
    workspace = False

    def client(self, m):
        s, f, ip = self.host
        h = 'mail-%s-%s.google.com' % (s, f)
        return (h, h, ip)

    def trace(self, m):
        s, f, ip = self.host
        sid = 'ffacd0b85a97d-%s%s.%d' % (hx(m.seed + 'g1', 11), 'so' + str(hnum(m.seed + 'g2', 1000000, 9999999)) + 'f8f',
                                          hnum(m.seed + 'g3', 1, 9))
        ts = int(m.sent.timestamp()) * 1000 + hnum(m.seed + 'ms', 0, 999)
        return [
            'Received: by mail-%s-%s.google.com with SMTP id %s\n        for <%s>; %s' % (
                s, f, sid, m.rcpt, rfcdate(m.sent + sec(1), 'PT', comment=True)),
            'X-Gm-Message-State: AOJu0Y' + hx(m.seed + 'gms', 60, ALNUM + '+/'),
            'X-Gm-Gg: ASbGnc' + hx(m.seed + 'ggg', 70, ALNUM + '+/') + '\n\t' + hx(m.seed + 'gg2', 60, ALNUM + '+/'),
            'X-Google-Smtp-Source: AGHT+IF' + hx(m.seed + 'gss', 72, ALNUM + '+/') + '==',
            'X-Received: by 2002:a05:6000:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
                hx(m.seed + 'x1', 4), hx(m.seed + 'x2', 3), hx(m.seed + 'x3', 4), hx(m.seed + 'x4', 4),
                'ffacd0b85a97d-' + hx(m.seed + 'x5', 11) + 'mr' + str(hnum(m.seed + 'x6', 10 ** 6, 10 ** 7)) + 'f8f',
                hnum(m.seed + 'x7', 1, 30), ts, rfcdate(m.sent + sec(1), 'PT', comment=True)),
        ]

    def msgid(self, m):
        return '<CA%s%s@mail.gmail.com>' % (hx(m.seed + 'gm0', 2, ALNUM + '+'), hx(m.seed + 'gm1', 46, ALNUM + '+_=-'))

    def boundary(self, m, i):
        return '000000000000' + hx(m.seed + 'gb%d' % i, 16)

    def headers(self, m):
        h = ['MIME-Version: 1.0'] + std_refs(m) + [H('From', m.A(m.frm)), 'Date: ' + rfcdate(m.sent, self.zone),
                                                    'Message-ID: ' + self.msgid(m), H('Subject', m.S())]
        h += to_cc(m) + reply_to(m) + ['BODY']
        return h


class GMX(Base):
    """GMX / WEB.DE FreeMail web interface (3c)."""
    brand = 'gmx'
    hdr_charset = 'UTF-8'
    hdr_mode = 'Q'
    user_ip = '91.47.112.9'

    def _app(self, m):
        return '3c-app-%s-bap%02d' % ('gmx' if self.brand == 'gmx' else 'webde', hnum(m.seed + 'app', 10, 60))

    def client(self, m):
        if self.brand == 'gmx':
            return ('mout.gmx.net', 'mout.gmx.net', '212.227.17.%d' % hnum(m.seed + 'mo', 20, 22))
        return ('mout.web.de', 'mout.web.de', '217.72.192.%d' % hnum(m.seed + 'mo', 78, 80))

    def trace(self, m):
        app = self._app(m)
        mr = ('mrgmx%03d' % hnum(m.seed + 'mr', 100, 120)) if self.brand == 'gmx' else ('mrweb%03d' % hnum(m.seed + 'mr', 100, 120))
        host = 'mail.gmx.net' if self.brand == 'gmx' else 'mail.web.de'
        return [
            'Received: from %s ([172.19.172.%d]) by %s (%s\n [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s' % (
                app, hnum(m.seed + 'ai', 2, 250), host, mr, hnum(m.seed + 'mi', 160, 200), hx(m.seed + 'nm1', 6, ALNUM),
                hx(m.seed + 'nm2', 12, ALNUM), rfcdate(m.sent + sec(1), 'CET')),
            'Received: from [%s] ([%s]) by web-mail.%s.net\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s' % (
                self.user_ip, self.user_ip, 'gmx' if self.brand == 'gmx' else 'web', app, hnum(m.seed + 'ai', 2, 250),
                rfcdate(m.sent, 'CET')),
        ]

    def msgid(self, m):
        return '<trinity-%s-%d@%s>' % (guid(m.seed + 'tri'), int(m.sent.timestamp() * 1000), self._app(m))

    def boundary(self, m, i):
        return 'abmob-' + guid(m.seed + 'gxb%d' % i)

    def headers(self, m):
        h = ['MIME-Version: 1.0', 'Message-ID: ' + self.msgid(m), H('From', m.A(m.frm))] + to_cc(m) + reply_to(m)
        h += [H('Subject', m.S())] + std_refs(m) + ['BODY', 'Date: ' + rfcdate(m.sent, 'CET', pad_day=False),
                                                    'Importance: normal', 'Sensitivity: Normal',
                                                    'X-Priority: 3', 'X-UI-Message-Type: mail',
                                                    'X-Provags-ID: V03:K1:' + hx(m.seed + 'pv', 60, ALNUM + '/+')]
        return h


class Libero(Base):
    """Libero Mail (Italiaonline), Open-Xchange web UI."""
    hdr_charset = 'UTF-8'
    hdr_mode = 'Q'

    def client(self, m):
        n = hnum(m.seed + 'lb', 20, 40)
        return ('libero.it', 'smtp-%d-i2.italiaonline.it' % n, '213.209.12.%d' % n)

    def trace(self, m):
        return ['Received: from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s' % (
            hnum(m.seed + 'ox1', 10, 40), hnum(m.seed + 'ox2', 100, 300), hnum(m.seed + 'ox3', 2, 250), hnum(m.seed + 'lb', 20, 40),
            hx(m.seed + 'lbid', 16, ALNUM), rfcdate(m.sent + sec(1), 'CET'))]

    def msgid(self, m):
        return '<%d.%d.%d@libero.it>' % (hnum(m.seed + 'l1', 10 ** 8, 10 ** 9), hnum(m.seed + 'l2', 10 ** 6, 10 ** 7),
                                         int(m.sent.timestamp() * 1000))

    def boundary(self, m, i):
        return '----=_Part_%d_%d.%d' % (hnum(m.seed + 'lbb%d' % i, 10 ** 5, 10 ** 6), hnum(m.seed + 'lbc', 10 ** 8, 10 ** 9),
                                        int(m.sent.timestamp() * 1000))

    def headers(self, m):
        h = ['Date: ' + rfcdate(m.sent, 'CET', pad_day=False), H('From', m.A(m.frm))] + to_cc(m) + reply_to(m)
        h += ['Message-ID: ' + self.msgid(m)] + std_refs(m) + [H('Subject', m.S()), 'MIME-Version: 1.0', 'BODY',
                                                                'X-Priority: 3', 'Importance: Normal',
                                                                'X-Mailer: Open-Xchange Mailer v7.10.6-Rev67',
                                                                'X-Originating-Client: open-xchange-appsuite']
        return h


class WP(Base):
    """Poczta WP (wp.pl)."""
    hdr_charset = 'iso-8859-2'
    hdr_mode = 'Q'
    tls = '1.2'
    user_ip = '83.24.151.77'

    def client(self, m):
        return ('mx.wp.pl', 'mx4.wp.pl', '212.77.101.%d' % hnum(m.seed + 'wp', 8, 12))

    def trace(self, m):
        return [
            'Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s' % (
                hnum(m.seed + 'wpn', 1000, 40000), rfcdate(m.sent + sec(1), 'CET')),
            'Received: from unknown (HELO poczta.wp.pl) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with SMTP\n          for <%s>; %s' % (
                m.frm[1].split('@')[0], self.user_ip, m.frm[1], m.rcpt, rfcdate(m.sent, 'CET')),
        ]

    def msgid(self, m):
        return '<%s@wp.pl>' % hx(m.seed + 'wpid', 32)

    def boundary(self, m, i):
        return '-' + hx(m.seed + 'wpb%d' % i, 24) + 'wp'

    def headers(self, m):
        h = ['Date: ' + rfcdate(m.sent, 'CET'), H('From', m.A(m.frm))] + to_cc(m) + reply_to(m) + [
            H('Subject', m.S()), 'Message-ID: ' + self.msgid(m)] + std_refs(m)
        h += ['MIME-Version: 1.0', 'BODY', 'X-WP-MailID: ' + hx(m.seed + 'wpm', 32),
              'X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski']
        return h


class YandexMail(Base):
    """Yandex Mail web (consumer)."""
    zone = 'MSK'
    hdr_charset = 'utf-8'
    hdr_mode = 'B'

    def client(self, m):
        n = hnum(m.seed + 'yf', 100, 500)
        h = 'forward%da.mail.yandex.net' % n
        return (h, h, '178.154.239.%d' % (n % 200 + 20))

    def _smtp(self, m):
        return 'mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net' % hnum(m.seed + 'ys', 10, 90)

    def trace(self, m):
        c = self.client(m)[0]
        return [
            'Received: from %s (%s [IPv6:2a02:6b8:c1c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s' % (
                self._smtp(m), self._smtp(m), hx(m.seed + 'y6', 4), hx(m.seed + 'y7', 4), c, hx(m.seed + 'yid', 10, UPHEX),
                m.rcpt, rfcdate(m.sent + sec(1), 'MSK', comment=True)),
            'Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (
                self._smtp(m), hx(m.seed + 'ya', 12, ALNUM), hx(m.seed + 'yb', 8, ALNUM), rfcdate(m.sent, 'MSK')),
            'X-Yandex-Fwd: 1',
        ]

    def msgid(self, m):
        return '<%d%d@mail.yandex.ru>' % (hnum(m.seed + 'ymid', 10 ** 6, 10 ** 7), int(m.sent.timestamp()))

    def boundary(self, m, i):
        return '----==%s' % hx(m.seed + 'yb%d' % i, 24, ALNUM)

    def headers(self, m):
        h = [H('From', m.A(m.frm))] + to_cc(m) + reply_to(m) + [H('Subject', m.S())] + std_refs(m)
        h += ['MIME-Version: 1.0', 'X-Mailer: Yamail [ http://yandex.ru ] 5.0',
              'Date: ' + rfcdate(m.sent, 'MSK'), 'Message-Id: ' + self.msgid(m), 'BODY']
        return h


class Otenet(Roundcube):
    """Cosmote/OTEnet webmail (Roundcube) for otenet.gr addresses."""
    def __init__(self, **kw):
        self.tr = OwnPostfix(host='mailout.otenet.gr', ip='83.235.69.%d' % 33, pc='webmail.otenet.gr',
                             user_ip='83.235.64.20', user_rdns='webmail.otenet.gr')
        self.tr.submit_zone = 'EET'
        self.zone = 'EET'
        super().__init__(**kw)


class Bot(Base):
    """Spam bot on a compromised host talking SMTP straight to mx01."""
    tls = None
    zone = 'UTC'
    hdr_charset = 'utf-8'
    hdr_mode = 'B'
    delay = 1

    def msgid(self, m):
        t = m.sent
        return '<%04d%02d%02d%02d%02d%02d.%s@%s>' % (t.year, t.month, t.day, t.hour, t.minute, t.second,
                                                     hx(m.seed + 'bot', 10, UPHEX), m.frm[1].split('@')[1])

    def boundary(self, m, i):
        return '----=_NextPart_%s' % hx(m.seed + 'botb%d' % i, 24, UPHEX)

    def headers(self, m):
        return ['Date: ' + rfcdate(m.sent, self.zone), H('From', m.A(m.frm))] + to_cc(m) + [
            H('Subject', m.S()), 'Message-ID: ' + self.msgid(m), 'MIME-Version: 1.0', 'BODY',
            'X-Priority: 3']
