"""Sending infrastructures and mail clients: Received chains, Message-ID,
boundary and header styles.  Every message gets mx01.example.com's Received
header on top (added in Msg.render)."""
import datetime as _dt
import hashlib
import random
import uuid

from . import mime, tz

SEC = lambda s: _dt.timedelta(seconds=s)
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def rhex(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, chars=B62):
    return ''.join(rng.choice(chars) for _ in range(n))


def ruuid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def rb64(rng, n):
    return ralnum(rng, n, B62 + '+/')


def postfix_qid(rng):
    return '4' + rng.choice('bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ') + ralnum(rng, 7, '0123456789bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ') \
        + 'z' + ralnum(rng, 4, '0123456789bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ')


def short_qid(rng):
    return rhex(rng, 10, True)


def dz(utc, zone, comment=False):
    return tz.rfc2822_z(utc, zone, comment)


def thread_index(rng, replies=0):
    raw = bytes([0x01, rng.choice([0xDC, 0xDD])]) + bytes(rng.randrange(256) for _ in range(20 + 5 * replies))
    import base64
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------------
class Msg:
    def __init__(self, folder, num, lang, slug):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.key = '%s/%02d-%s-%s' % (folder, num, lang, slug)
        self.rng = random.Random(int(hashlib.sha256(self.key.encode()).hexdigest(), 16))
        self.to, self.cc = [], []
        self.reply_to = None
        self.extra = []
        self.in_reply_to = self.references = None
        self.subject = ''
        self.root = None
        self.rcpt = None
        self.env_from = None
        self.profile = None
        self.zone = 'de'
        self.dt = None
        self.msgid = None
        self.hcs = self.henc = self.hcase = None
        self.partial = None
        self.what = self.why = ''
        self.notes = ''
        self.has_attach = False
        self.undisclosed = False

    # convenience -------------------------------------------------------------
    def when(self, s, zone):
        self.zone = zone
        self.dt = tz.T(s, zone)

    def use(self, profile):
        self.profile = profile
        profile.bind(self)

    def boundary(self, kind='alt'):
        return self.profile.boundary(self, kind)

    def local(self):
        return tz.local(self.dt, self.zone)

    # header values -------------------------------------------------------------
    def _hp(self):
        p = self.profile
        case = self.hcase if (self.hcs or self.hcase) else p.hcase
        return (self.hcs or p.hcs, self.henc or p.henc,
                case, p.partial if self.partial is None else self.partial)

    def fmt_addr(self, pair):
        cs, enc, case, _ = self._hp()
        return mime.addr(pair[0], pair[1], cs, enc, self.profile.quote, case)

    def std(self):
        cs, enc, case, partial = self._hp()
        d = {}
        d['From'] = self.fmt_addr(self.frm)
        if self.undisclosed:
            d['To'] = 'undisclosed-recipients:;'
        elif self.to:
            d['To'] = ', '.join(self.fmt_addr(a) for a in self.to)
        if self.cc:
            d['Cc'] = ', '.join(self.fmt_addr(a) for a in self.cc)
        if self.reply_to:
            d['Reply-To'] = self.fmt_addr(self.reply_to)
        d['Subject'] = mime.htext(self.subject, cs, enc, partial, case)
        d['Date'] = tz.rfc2822(self.local())
        d['Message-ID'] = self.msgid
        if self.in_reply_to:
            d['In-Reply-To'] = self.in_reply_to
        if self.references:
            d['References'] = self.references
        return d

    def render(self):
        p = self.profile
        if self.msgid is None:
            self.msgid = p.msgid(self)
        self.has_attach = any(q.meta.get('disposition') == 'attachment' for q in self.root.walk())
        hops, last = p.hops(self)
        lo, hi = p.mx_delay
        arrival = last + SEC(self.rng.randint(lo, hi))
        self.arrival = arrival
        helo, rdns, ip = p.client(self)
        rcpt = self.rcpt or self.to[0][1]
        env = self.env_from if self.env_from is not None else p.env_from(self)
        tlsinfo = {
            '1.3': '\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n'
                   '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
                   '\t(No client certificate requested)',
            '1.3b': '\r\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n'
                    '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
                    '\t(No client certificate requested)',
            '1.2': '\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n'
                   '\t(No client certificate requested)',
            None: '',
        }[p.tls]
        top = 'from %s (%s [%s])%s\r\n\tby mx01.example.com (Postfix) with %s id %s\r\n\tfor <%s>; %s' % (
            helo, rdns, ip, tlsinfo, 'ESMTPS' if p.tls else 'ESMTP', postfix_qid(self.rng), rcpt,
            tz.rfc2822_z(arrival, 'de', True))
        hdrs = [('Return-Path', '<%s>' % env), ('Received', top)]
        hdrs += [('Received', h) for h in hops]
        values = self.std()
        values.update(p.extras(self))
        extra = dict(self.extra)
        values.update(extra)
        out = []
        placed = set()
        order = p.order(self)
        for name in order:
            if name == '__CT__':
                for n, v in self.extra:
                    if n not in order and n not in placed:
                        out.append((n, v))
                        placed.add(n)
                out += self.root.headers
                continue
            if name in values and values[name] is not None:
                out.append((name, values[name]))
                placed.add(name)
        return hdrs + p.pre(self) + out, self.root.serialize_body()

    def to_bytes(self):
        hdrs, body = self.render()
        head = b''.join(mime.fold(n, v).encode('ascii') + mime.CRLF for n, v in hdrs)
        return head + mime.CRLF + body


# --------------------------------------------------------------------------------
class Profile:
    hcs, henc, hcase, partial, quote = 'utf-8', 'B', None, False, None
    tls = '1.3'
    mx_delay = (1, 4)
    preamble = None

    def __init__(self, **kw):
        if 'hcs' in kw and 'hcase' not in kw:
            kw['hcase'] = None
        for k, v in kw.items():
            setattr(self, k, v)

    def bind(self, m):
        pass

    def env_from(self, m):
        return m.frm[1]

    def pre(self, m):
        return []

    def extras(self, m):
        return {}

    def domain(self, m):
        return m.frm[1].split('@')[1]


# ---- Microsoft Outlook / Exchange styles ----------------------------------------
class _OutlookMixin:
    def _ol_boundary(self, m, kind, srv, region):
        if not hasattr(m, '_olb'):
            m._olb = rhex(m.rng, 32, True)
        code = {'alt': '000', 'mixed': '004', 'related': '005', 'mixed2': '006'}[kind]
        return '_%s_%s%s%s%s_' % (code, srv, m._olb, srv, region)

    def _ol_headers(self, m):
        d = {
            'Thread-Topic': mime.htext(m.subject.split(': ', 1)[-1] if m.subject[:4].upper() in ('RE: ', 'AW: ', 'FW: ', 'WG: ', 'R: ') or m.subject[:3].upper() in ('RE:', 'AW:') else m.subject,
                                       *(m._hp()[:2]), m._hp()[3], m._hp()[2]),
            'Thread-Index': getattr(m, 'thread_index', None) or thread_index(m.rng, getattr(m, 'replies', 0)),
            'Accept-Language': self.accept_lang,
            'Content-Language': self.content_lang,
            'X-MS-Has-Attach': 'yes' if m.has_attach else '',
            'X-MS-TNEF-Correlator': '',
        }
        return d


class ExchangeInternal(Profile, _OutlookMixin):
    """On-prem Exchange 2019 -> internal Postfix relay mail-int01 -> mx01."""
    hcs, henc = 'iso-8859-1', 'Q'
    att_outlook = True
    accept_lang = 'de-DE, en-US'
    content_lang = 'de-DE'
    mbx = 'EXMB01'
    hub = 'EXMB02'
    client_ws = '10.20.33.57'

    def client(self, m):
        return ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')

    def hops(self, m):
        t = m.dt
        r = m.rcpt or m.to[0][1]
        h1 = ('from %s.corp.example.com (%s.corp.example.com [10.20.1.32])\r\n\tby mail-int01.example.com (Postfix) '
              'with ESMTPS id %s\r\n\tfor <%s>; %s' % (self.hub, self.hub.lower(), short_qid(m.rng), r,
                                                    dz(t + SEC(2), 'de', True)))
        h2 = ('from %s.corp.example.com (10.20.1.31) by %s.corp.example.com\r\n (10.20.1.32) with Microsoft SMTP Server '
              '(version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s'
              % (self.mbx, self.hub, dz(t + SEC(1), 'de')))
        h3 = ('from %s.corp.example.com ([fe80::8d1c:2a4f:6b3e:91d7]) by\r\n %s.corp.example.com ([fe80::8d1c:2a4f:6b3e:91d7%%4]) '
              'with mapi id\r\n 15.02.1544.014; %s' % (self.mbx, self.mbx, dz(t, 'de')))
        return [h1, h2, h3], t + SEC(2)

    def msgid(self, m):
        return '<%s@%s.corp.example.com>' % (rhex(m.rng, 32), self.mbx)

    def boundary(self, m, kind):
        return self._ol_boundary(m, kind, self.mbx, 'corpexamplecom')

    def env_from(self, m):
        return m.frm[1]

    def order(self, m):
        return ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
                'X-MS-TNEF-Correlator', 'x-originating-ip', '__CT__', 'MIME-Version']

    def extras(self, m):
        d = self._ol_headers(m)
        d['x-originating-ip'] = '[%s]' % self.client_ws
        d['MIME-Version'] = '1.0'
        return d


class M365(Profile, _OutlookMixin):
    """Exchange Online tenant sending through EOP (outbound.protection.outlook.com)."""
    hcs, henc = 'iso-8859-1', 'Q'
    att_outlook = True
    accept_lang = 'de-DE, en-US'
    content_lang = 'de-DE'
    srv = 'DU0PR03MB8614'
    srv2 = 'AS8PR03MB7012'
    region = 'eurprd03'
    eop = ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on2112.outbound.protection.outlook.com',
           '40.107.104.112')
    tenant = None
    build = '15.20.8722'
    consumer = False

    def bind(self, m):
        if self.tenant is None:
            self.tenant = ruuid(random.Random(self.srv))

    def client(self, m):
        return self.eop

    def _suf(self):
        if self.consumer or self.region.isupper():
            return '.%s.PROD.OUTLOOK.COM' % self.region.upper()
        return '.%s.prod.outlook.com' % self.region

    def hops(self, m):
        t = m.dt
        fe1 = '%x:%x:%x:%x' % tuple(m.rng.randrange(1, 65535) for _ in range(4))
        suf = self._suf()
        h1 = ('from %s%s\r\n (2603:10a6:10:%x::%x) by %s%s\r\n (2603:10a6:20b:%x::%x) with Microsoft SMTP Server'
              ' (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s.21; %s'
              % (self.srv, suf, m.rng.randrange(256, 4095), m.rng.randrange(1, 255), self.srv2, suf,
                 m.rng.randrange(256, 4095), m.rng.randrange(1, 255), self.build, dz(t + SEC(1), 'utc')))
        h2 = ('from %s%s\r\n ([fe80::%s]) by %s%s\r\n ([fe80::%s%%%d]) with mapi id %s.018; %s'
              % (self.srv, suf, fe1, self.srv, suf, fe1, m.rng.randrange(2, 12), self.build, dz(t, 'utc')))
        return [h1, h2], t + SEC(1)

    def msgid(self, m):
        return '<%s%s@%s%s>' % (self.srv, rhex(m.rng, 28, True), self.srv, self._suf())

    def boundary(self, m, kind):
        return self._ol_boundary(m, kind, self.srv, self.region[:4])

    def order(self, m):
        o = ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
             'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
             'X-MS-TNEF-Correlator']
        if self.consumer:
            o += ['x-ms-exchange-messagesentrepresentingtype', 'x-tmn']
        o += ['x-ms-publictraffictype', 'x-ms-traffictypediagnostic', 'x-ms-office365-filtering-correlation-id',
              '__CT__', 'MIME-Version', 'X-OriginatorOrg', 'X-MS-Exchange-CrossTenant-AuthAs',
              'X-MS-Exchange-CrossTenant-AuthSource', 'X-MS-Exchange-CrossTenant-Network-Message-Id',
              'X-MS-Exchange-CrossTenant-originalarrivaltime', 'X-MS-Exchange-CrossTenant-fromentityheader',
              'X-MS-Exchange-CrossTenant-id', 'X-MS-Exchange-Transport-CrossTenantHeadersStamped']
        return o

    def extras(self, m):
        d = self._ol_headers(m)
        d['MIME-Version'] = '1.0'
        d['x-ms-publictraffictype'] = 'Email'
        d['x-ms-traffictypediagnostic'] = '%s:EE_|%s:EE_' % (self.srv, self.srv2)
        d['x-ms-office365-filtering-correlation-id'] = ruuid(m.rng)
        if self.consumer:
            d['x-ms-exchange-messagesentrepresentingtype'] = '1'
            d['x-tmn'] = '[%s]' % ralnum(m.rng, 24)
            d['X-OriginatorOrg'] = 'sct-15-20-7719-20-msonline-outlook-38779.templateTenant'
            d['X-MS-Exchange-CrossTenant-id'] = '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'
            d['X-MS-Exchange-CrossTenant-AuthAs'] = 'Internal'
        else:
            d['X-OriginatorOrg'] = self.org if hasattr(self, 'org') else m.frm[1].split('@')[1]
            d['X-MS-Exchange-CrossTenant-id'] = self.tenant
            d['X-MS-Exchange-CrossTenant-AuthAs'] = 'Internal'
            d['X-MS-Exchange-CrossTenant-AuthSource'] = self.srv + self._suf()
        d['X-MS-Exchange-CrossTenant-Network-Message-Id'] = ruuid(m.rng)
        t = m.dt
        d['X-MS-Exchange-CrossTenant-originalarrivaltime'] = '%s (UTC)' % (
            '%d %s %d %s.%04d' % (t.day, t.strftime('%b'), t.year, t.strftime('%H:%M:%S'), m.rng.randrange(10000)))
        d['X-MS-Exchange-CrossTenant-fromentityheader'] = 'Hosted'
        d['X-MS-Exchange-Transport-CrossTenantHeadersStamped'] = self.srv2
        return d


class OutlookSMTP(Profile):
    """Outlook 16 desktop submitting over SMTP AUTH to a hoster (IONOS, Aruba,
    Strato, home.pl, Plesk/Postfix, Exim/cPanel ...)."""
    hcs, henc = 'iso-8859-1', 'Q'
    content_lang = 'de'
    mailer = 'Microsoft Outlook 16.0'
    preamble = 'This is a multipart message in MIME format.'
    blank_before_boundary = True
    hoster = 'ionos'
    desktop = 'DESKTOP-7K2M4QF'
    origin = '87.123.45.67'
    origin_rdns = None
    client_t = None
    sender_zone = 'de'
    host = None  # own server name for plesk/exim/homepl

    def bind(self, m):
        if not hasattr(m, '_olid'):
            m._olid = '%08x' % m.rng.getrandbits(32)

    def client(self, m):
        return self.client_t

    def hops(self, m):
        return hoster_hops(self, m)

    def msgid(self, m):
        a = '%06x' % m.rng.getrandbits(24)
        return '<000001dc%s$%s$%s$@%s>' % (a, rhex(m.rng, 8), rhex(m.rng, 8), self.domain(m))

    def boundary(self, m, kind):
        code = {'alt': '000_0001', 'mixed': '000_0000', 'related': '000_0002', 'inner_alt': '001_0003'}[kind]
        return '----=_NextPart_%s_01DC%s.%s' % (code, m._olid[:4].upper(), m._olid[4:].upper() + '5F10')

    def order(self, m):
        return ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID',
                'MIME-Version', '__CT__', 'X-Mailer', 'Thread-Index', 'Content-Language']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'X-Mailer': self.mailer,
                'Thread-Index': thread_index(m.rng, getattr(m, 'replies', 0)),
                'Content-Language': self.content_lang}


def hoster_hops(p, m):
    """Submission hop(s) for classic hosters; returns (hops, time of last hop)."""
    t = m.dt
    r = m.rcpt or m.to[0][1]
    rng = m.rng
    z = p.sender_zone
    h = p.hoster
    if h == 'ionos':
        return ['from %s ([%s]) by mrelayeu.kundenserver.de\r\n (mreue%03d [212.227.15.%d]) with ESMTPSA (Nemesis) id\r\n'
                ' 1M%s-1t%s-00%s; %s' % (p.desktop, p.origin, rng.randrange(100, 120), rng.randrange(160, 190),
                                         ralnum(rng, 6), ralnum(rng, 10), ralnum(rng, 4), dz(t + SEC(1), z))], t + SEC(1)
    if h == 'strato':
        return ['from %s\r\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\r\n\twith ESMTPSA id %s\r\n'
                '\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\r\n'
                '\t(Client did not present a certificate)\r\n\tfor <%s>;\r\n\t%s' % (
                    p.desktop, ralnum(rng, 8) + '0' + ralnum(rng, 6), r, dz(t + SEC(1), z))], t + SEC(1)
    if h == 'aruba':
        return ['from %s ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s' % (
            p.desktop, p.origin, ralnum(rng, 14), dz(t + SEC(1), z))], t + SEC(1)
    if h == 'homepl':
        return ['from %s (%s) (HELO [192.168.1.%d])\r\n by %s (%s) with SMTP (IdeaSmtpServer 6.0.0)\r\n id %s; %s'
                % (p.origin_rdns or p.origin, p.origin, rng.randrange(2, 60), p.host, p.client_t[2], rhex(rng, 16),
                   dz(t + SEC(1), z))], t + SEC(1)
    if h == 'plesk':
        return ['from [192.168.1.%d] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n'
                '\tfor <%s>; %s' % (rng.randrange(2, 60), p.origin_rdns or 'unknown', p.origin, m.env_from or m.frm[1],
                                    p.host, short_qid(rng), r, dz(t + SEC(1), z, True))], t + SEC(1)
    if h == 'exim':
        return ['from [%s] (port=%d helo=[192.168.%d.%d])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n'
                '\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid 1t%s-0000000%s-%s\r\n\tfor %s;\r\n\t%s' % (
                    p.origin, rng.randrange(49152, 65535), rng.randrange(0, 3), rng.randrange(2, 60), p.host,
                    m.env_from or m.frm[1], ralnum(rng, 4), ralnum(rng, 3), ralnum(rng, 4), r,
                    dz(t + SEC(1), z))], t + SEC(1)
    if h == 'otenet':
        return ['from [192.168.1.%d] (%s [%s])\r\n\tby mailout.otenet.gr (8.14.4/8.14.4) with ESMTP id 4B%s\r\n'
                '\tfor <%s>; %s' % (rng.randrange(2, 60), p.origin_rdns, p.origin, ralnum(rng, 10), r,
                                    dz(t + SEC(1), z))], t + SEC(1)
    if h == 'tonline':
        fwd = 'fwd%d.aul.t-online.de' % rng.randrange(70, 90)
        return ['from %s (%s [10.223.144.%d])\r\n\tby mailout11.t-online.de (Postfix) with SMTP id %s\r\n\tfor <%s>; %s' % (
            fwd, fwd, rng.randrange(2, 250), postfix_qid(rng), r, dz(t + SEC(2), z, True)),
                'from [192.168.2.%d] ([%s]) by %s\r\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\r\n'
                '\tesmtp id 1t%s-%s; %s' % (rng.randrange(2, 60), p.origin, fwd, ralnum(rng, 5), ralnum(rng, 6),
                                           dz(t + SEC(1), z))], t + SEC(2)
    if h == 'yandex':
        nw = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randrange(10, 99), rng.choice(['iva', 'vla', 'sas', 'klg']))
        fw = p.client_t[0]
        return ['from %s (%s [IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
            nw, nw, rng.randrange(4096, 65535), rng.randrange(4096, 65535), fw, ralnum(rng, 10), r, dz(t + SEC(1), 'ru')),
                'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s' % (nw, ralnum(rng, 12), ralnum(rng, 8), dz(t, 'ru'))], t + SEC(1)
    if h == 'wp':
        return ['(wp-smtpd smtp.wp.pl %d invoked from network);\r\n          %s' % (rng.randrange(1000, 40000), dz(t + SEC(1), z)),
                'from %s (HELO [192.168.0.%d]) (%s@[%s])\r\n          (envelope-sender <%s>)\r\n'
                '          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\r\n'
                '          for <%s>; %s' % (p.origin_rdns, rng.randrange(2, 60), m.frm[1].split('@')[0], p.origin,
                                           m.frm[1], r, dz(t + SEC(1), z))], t + SEC(1)
    if h == 'libero':
        return ['from [192.168.1.%d] ([%s])\r\n\tby smtp-31.iol.local with ESMTPA\r\n\tid %s; %s' % (
            rng.randrange(2, 60), p.origin, ralnum(rng, 14), dz(t + SEC(1), z))], t + SEC(1)
    if h == 'dinahosting':
        return ['from [192.168.1.%d] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby smtp.dinahosting.com (Postfix) with ESMTPSA id %s\r\n'
                '\tfor <%s>; %s' % (rng.randrange(2, 60), p.origin_rdns or 'unknown', p.origin, m.frm[1],
                                    postfix_qid(rng), r, dz(t + SEC(1), z, True))], t + SEC(1)
    raise ValueError(h)


class Thunderbird(OutlookSMTP):
    hcs, henc = 'utf-8', 'Q'
    att_style = 'rfc2231'
    preamble = 'This is a multi-part message in MIME format.'
    blank_before_boundary = False
    ua = 'Mozilla Thunderbird'
    content_lang = 'de-DE'
    flowed = True

    def msgid(self, m):
        return '<%s@%s>' % (ruuid(m.rng), self.domain(m))

    def boundary(self, m, kind):
        return '------------' + ralnum(m.rng, 24)

    def order(self, m):
        return ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'Cc', 'References',
                'In-Reply-To', 'From', 'Reply-To', 'Subject', '__CT__']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'User-Agent': self.ua, 'Content-Language': self.content_lang}


class AppleMail(OutlookSMTP):
    hcs, henc = 'utf-8', 'Q'
    att_style = 'rfc2231'
    preamble = None
    blank_before_boundary = True
    iphone = False

    def msgid(self, m):
        return '<%s@%s>' % (ruuid(m.rng, True), self.domain(m))

    def boundary(self, m, kind):
        return 'Apple-Mail-%s' % ruuid(m.rng, True) if self.iphone else 'Apple-Mail=_%s' % ruuid(m.rng, True)

    def order(self, m):
        return ['From', '__CT__', 'Mime-Version', 'Subject', 'Message-Id', 'Date', 'Cc', 'To', 'References',
                'In-Reply-To', 'X-Mailer']

    def extras(self, m):
        if self.iphone:
            return {'Mime-Version': '1.0 (1.0)', 'X-Mailer': 'iPhone Mail (22B91)', 'Message-Id': m.msgid}
        return {'Mime-Version': '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))', 'X-Mailer': 'Apple Mail (2.3826.300.87.4.3)',
                'Message-Id': m.msgid}


class TheBat(OutlookSMTP):
    hcs, henc = 'windows-1251', 'B'
    preamble = None
    blank_before_boundary = True

    def msgid(self, m):
        lt = m.local()
        return '<%d.%s@%s>' % (m.rng.randrange(10 ** 9, 2 * 10 ** 9), lt.strftime('%Y%m%d%H%M%S'), self.domain(m))

    def boundary(self, m, kind):
        return '----------%s' % rhex(m.rng, 16, True)

    def order(self, m):
        return ['Date', 'From', 'X-Mailer', 'Reply-To', 'X-Priority', 'Message-ID', 'To', 'Cc', 'Subject',
                'In-Reply-To', 'References', 'MIME-Version', '__CT__']

    def extras(self, m):
        return {'X-Mailer': 'The Bat! (v10.5.3) Professional', 'X-Priority': '3 (Normal)', 'MIME-Version': '1.0'}


# ---- Webmail / freemail ---------------------------------------------------------
class Gmail(Profile):
    hcs, henc, hcase = 'utf-8', 'B', 'UTF-8'
    host = 'mail-wm1-f54.google.com'
    ip = '209.85.128.54'
    mx_delay = (0, 1)

    def client(self, m):
        return (self.host, self.host, self.ip)

    def hops(self, m):
        t = m.dt + SEC(1)
        r = m.rcpt or m.to[0][1]
        sid = '%s-%s%sso%d%s.%d' % (rhex(m.rng, 10), rhex(m.rng, 8), ralnum(m.rng, 3).lower(),
                                    m.rng.randrange(10 ** 6, 10 ** 7), ralnum(m.rng, 3).lower(), m.rng.randrange(0, 4))
        return ['by %s with SMTP id %s\r\n        for <%s>; %s' % (self.host, sid, r, dz(t, 'us-pac', True))], t

    def pre(self, m):
        t = m.dt
        return [('X-Gm-Message-State', 'AOJu0Y' + rb64(m.rng, 62)),
                ('X-Gm-Gg', 'ASbGnc' + rb64(m.rng, 70)),
                ('X-Google-Smtp-Source', 'AGHT+I' + rb64(m.rng, 54) + '=='),
                ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s.%d.%d;\r\n        %s' % (
                    m.rng.randrange(4096, 65535), m.rng.randrange(4096, 65535), m.rng.randrange(256, 4095),
                    m.rng.randrange(256, 4095), m.rng.randrange(256, 65535), ralnum(m.rng, 6).lower(),
                    '20020a05' + rhex(m.rng, 30), m.rng.randrange(1, 30), int(t.timestamp() * 1000),
                    dz(t, 'us-pac', True)))]

    def msgid(self, m):
        return '<CA%s%s@mail.gmail.com>' % (ralnum(m.rng, 1, 'BCDEFGHIJKLMN'), ralnum(m.rng, 50, B62 + '+_=-'))

    def boundary(self, m, kind):
        return '000000000000' + rhex(m.rng, 16)

    def order(self, m):
        return ['MIME-Version', 'From', 'Date', 'X-Gm-Features', 'Message-ID', 'Subject', 'To', 'Cc', 'Reply-To',
                'References', 'In-Reply-To', '__CT__']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'X-Gm-Features': 'AS18NW' + rb64(m.rng, 58)}


class GMX(Profile):
    """GMX / WEB.DE / mail.com web mail (trinity)."""
    hcs, henc, hcase = 'utf-8', 'Q', 'UTF-8'
    brand = 'gmx'   # gmx | webde | mailcom
    origin = '91.64.12.7'
    mx_delay = (1, 3)

    def _names(self):
        return {'gmx': ('mout.gmx.net', '212.227.17.21', 'web-mail.gmx.net', 'mail.gmx.net', 'mrgmx', '212.227.17.%d', '3c-app-gmx-bap'),
                'webde': ('mout.web.de', '212.227.17.12', 'web-mail.web.de', 'mail.web.de', 'mrweb', '212.227.15.%d', '3c-app-webde-bap'),
                'mailcom': ('mout.gmx.com', '74.208.4.200', 'web-mail.mail.com', 'mail.gmx.com', 'mrgmxus', '74.208.4.%d', '3c-app-mailcom-bs')}[self.brand]

    def client(self, m):
        n = self._names()
        return (n[0], n[0], n[1])

    def hops(self, m):
        n = self._names()
        t = m.dt
        app = self._app(m)
        return ['from %s ([172.19.172.%d]) by %s\r\n (%s%03d [%s]) with ESMTPSA (Nemesis) id\r\n 1M%s-1t%s-00%s; %s' % (
            app, m.rng.randrange(2, 250), n[3], n[4], m.rng.randrange(1, 120), n[5] % m.rng.randrange(2, 250),
            ralnum(m.rng, 6), ralnum(m.rng, 10), ralnum(m.rng, 4), dz(t + SEC(1), m.zone)),
                'from [%s] ([%s]) by %s\r\n (%s [172.19.172.%d]) (via HTTP); %s' % (
            self.origin, self.origin, n[2], app, m.rng.randrange(2, 250), dz(t, m.zone))], t + SEC(1)

    def _app(self, m):
        if not hasattr(m, '_gmxapp'):
            m._gmxapp = '%s%02d' % (self._names()[6], m.rng.randrange(1, 60))
        return m._gmxapp

    def msgid(self, m):
        return '<trinity-%s-%d@%s>' % (ruuid(m.rng), int(m.dt.timestamp() * 1000), self._app(m))

    def boundary(self, m, kind):
        return 'trinity-%s' % ruuid(m.rng)

    def order(self, m):
        return ['MIME-Version', 'Message-ID', 'From', 'To', 'Cc', 'Subject', '__CT__', 'Date', 'Importance',
                'Sensitivity', 'X-Priority', 'References', 'In-Reply-To', 'X-Provags-ID']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'Importance': 'normal', 'Sensitivity': 'Normal', 'X-Priority': '3',
                'X-Provags-ID': 'V03:K1:' + rb64(m.rng, 60)}


class Webmail(Profile):
    """Generic provider webmails: libero, wp, yandex, otenet (Thunderbird), hotmail via M365 class."""
    kind = 'libero'
    origin = '151.38.12.77'
    origin_rdns = None

    def client(self, m):
        return {'libero': ('smtp-31.iol.local', 'smtp-31.libero.it', '213.209.10.191'),
                'wp': ('mx4.wp.pl', 'mx4.wp.pl', '212.77.101.11'),
                'yandex': ('forward500b.mail.yandex.net', 'forward500b.mail.yandex.net', '178.154.239.144')}[self.kind]

    def hops(self, m):
        t = m.dt
        rng = m.rng
        r = m.rcpt or m.to[0][1]
        if self.kind == 'libero':
            return ['from %s ([%s])\r\n\tby smtp-31.iol.local with ESMTPA\r\n\tid %s; %s' % (
                'libero.it', '10.101.8.%d' % rng.randrange(2, 250), ralnum(rng, 14), dz(t + SEC(1), 'it')),
                    'from webmail.libero.it ([%s]) by mailhub-web%02d.iol.local\r\n\twith HTTP; %s' % (
                self.origin, rng.randrange(1, 20), dz(t, 'it'))], t + SEC(1)
        if self.kind == 'wp':
            p = OutlookSMTP(hoster='wp', origin=self.origin, origin_rdns=self.origin_rdns, sender_zone='pl')
            return hoster_hops(p, m)
        if self.kind == 'yandex':
            nw = 'mail-nwsmtp-mxback-production-main-%d.sas.yp-c.yandex.net' % rng.randrange(10, 99)
            return ['from %s (%s [IPv6:2a02:6b8:c14:%x:0:640:%x:0])\r\n\tby forward500b.mail.yandex.net (Yandex) with ESMTPS id %s\r\n'
                    '\tfor <%s>; %s' % (nw, nw, rng.randrange(4096, 65535), rng.randrange(4096, 65535), ralnum(rng, 10), r,
                                        dz(t + SEC(1), 'ru')),
                    'from mail.yandex.ru (mail.yandex.ru [%s])\r\n\tby %s (mail-http/Yandex) with HTTP id %s;\r\n\t%s' % (
                        self.origin, nw, ralnum(rng, 12), dz(t, 'ru'))], t + SEC(1)

    def msgid(self, m):
        if self.kind == 'libero':
            return '<%d.%d.%d@mail.libero.it>' % (m.rng.randrange(10 ** 8, 2 * 10 ** 9), m.rng.randrange(10 ** 4, 10 ** 6),
                                                  int(m.dt.timestamp() * 1000))
        if self.kind == 'wp':
            return '<%s@wp.pl>' % rhex(m.rng, 32)
        if self.kind == 'yandex':
            return '<%d%d@mail.yandex.ru>' % (m.rng.randrange(10 ** 5, 10 ** 6), int(m.dt.timestamp()))

    def boundary(self, m, kind):
        if self.kind == 'yandex':
            return '----==--bound.%d.%s' % (m.rng.randrange(10 ** 5, 10 ** 6), 'sas1-%s.qloud-c.yandex.net' % rhex(m.rng, 12))
        if self.kind == 'wp':
            return '=_' + rhex(m.rng, 32)
        return '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9), int(m.dt.timestamp() * 1000))

    def order(self, m):
        if self.kind == 'yandex':
            return ['From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References', 'MIME-Version', 'X-Mailer', 'Date',
                    'Message-Id', '__CT__']
        if self.kind == 'wp':
            return ['Date', 'From', 'To', 'Cc', 'Message-ID', 'Subject', 'MIME-Version', '__CT__', 'X-WP-MailID']
        return ['MIME-Version', 'From', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'Date', '__CT__']

    def extras(self, m):
        d = {'MIME-Version': '1.0'}
        if self.kind == 'yandex':
            d['X-Mailer'] = 'Yamail [ http://yandex.ru ] 5.0'
            d['Message-Id'] = m.msgid
        if self.kind == 'wp':
            d['X-WP-MailID'] = rhex(m.rng, 32)
        return d


class Roundcube(Profile):
    """Roundcube on a VPS / hoster (lookalike domains)."""
    hcs, henc, hcase = 'utf-8', 'Q', 'UTF-8'
    helo = rdns = ip = None
    web_origin = '185.220.101.33'
    version = '1.6.9'
    tls = '1.3b'

    def client(self, m):
        return (self.helo, self.rdns, self.ip)

    def hops(self, m):
        t = m.dt
        r = m.rcpt or m.to[0][1]
        return ['from webmail.%s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
            self.domain(m), self.helo, short_qid(m.rng), r, dz(t + SEC(1), m.zone, True))], t + SEC(1)

    def msgid(self, m):
        return '<%s@%s>' % (rhex(m.rng, 32), self.domain(m))

    def boundary(self, m, kind):
        return '=_' + rhex(m.rng, 32)

    def order(self, m):
        return ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'Reply-To', 'In-Reply-To', 'References',
                'Message-ID', 'X-Sender', 'User-Agent', '__CT__']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'X-Sender': m.frm[1], 'User-Agent': 'Roundcube Webmail/%s' % self.version}


class OXPrivateEmail(Profile):
    """Namecheap Private Email (Open-Xchange App Suite)."""
    hcs, henc, hcase = 'utf-8', 'B', 'UTF-8'
    origin = '102.89.34.11'

    def client(self, m):
        return ('mta-10-4.privateemail.com', 'mta-10-4.privateemail.com', '198.54.127.%d' % m.rng.choice([57, 61, 88, 104]))

    def hops(self, m):
        t = m.dt
        r = m.rcpt or m.to[0][1]
        return ['from mta-10.privateemail.com (localhost [127.0.0.1])\r\n\tby mta-10.privateemail.com (Postfix) with ESMTP id %s;\r\n'
                '\t%s' % (postfix_qid(m.rng), dz(t + SEC(1), 'us-east', True)),
                'from APP-05 (unknown [%s])\r\n\tby mta-10.privateemail.com (Postfix) with ESMTPA id %s;\r\n\t%s' % (
                    self.origin, postfix_qid(m.rng), dz(t, 'us-east', True))], t + SEC(1)

    def msgid(self, m):
        return '<%d.%d.%d@privateemail.com>' % (m.rng.randrange(10 ** 8, 2 * 10 ** 9), m.rng.randrange(10 ** 4, 10 ** 6),
                                                int(m.dt.timestamp() * 1000))

    def boundary(self, m, kind):
        return '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 4, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9), int(m.dt.timestamp() * 1000))

    def order(self, m):
        return ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Message-ID', 'In-Reply-To', 'References', 'Subject',
                'MIME-Version', '__CT__', 'X-Priority', 'Importance', 'X-Mailer', 'X-Originating-Client']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'X-Priority': '3', 'Importance': 'Normal',
                'X-Mailer': 'Open-Xchange Mailer v7.10.6-Rev71', 'X-Originating-Client': 'open-xchange-appsuite'}


class Zoho(Profile):
    hcs, henc, hcase = 'utf-8', 'B', 'UTF-8'

    def client(self, m):
        return ('sender4-op-o12.zoho.eu', 'sender4-op-o12.zoho.eu', '185.20.211.%d' % m.rng.choice([12, 15, 226]))

    def hops(self, m):
        t = m.dt
        return ['from mail.zoho.eu by mx.zoho.eu\r\n\twith SMTP id %d%d.%d; %s' % (
            int(t.timestamp() * 1000), m.rng.randrange(100, 999), m.rng.randrange(10 ** 17, 10 ** 18),
            dz(t + SEC(1), m.zone, True))], t + SEC(1)

    def msgid(self, m):
        return '<%s.%s.%d@%s>' % (format(int(m.dt.timestamp() * 1000), 'x'), rhex(m.rng, 16), m.rng.randrange(10 ** 18, 10 ** 19),
                                  self.domain(m))

    def boundary(self, m, kind):
        return '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9), int(m.dt.timestamp() * 1000))

    def order(self, m):
        return ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Message-Id', 'In-Reply-To', 'References', 'Subject',
                'MIME-Version', '__CT__', 'Importance', 'User-Agent']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'Message-Id': m.msgid, 'Importance': 'Medium', 'User-Agent': 'Zoho Mail'}


# ---- Bulk senders / ESPs --------------------------------------------------------
class SendGrid(Profile):
    hcs, henc = 'utf-8', 'B'
    whitelabel = None   # e.g. 'em4821.elster-portal.de' -> o1.ptrNNNN.<domain>
    ip = '149.72.154.232'
    uid = '32459884'
    mx_delay = (1, 3)

    def client(self, m):
        if self.whitelabel:
            h = 'o%d.ptr%d.%s' % (m.rng.randrange(1, 9), m.rng.randrange(1000, 9999), self.whitelabel.split('.', 1)[1])
        else:
            h = '%s.outbound-mail.sendgrid.net' % ralnum(m.rng, 8, 'abcdefghijklmnopqrstuvwxyz')
        return (h, h, self.ip)

    def hops(self, m):
        t = m.dt
        pod = 'filterdrecv-%s-%s' % (rhex(m.rng, 10), ralnum(m.rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
        if not hasattr(m, '_sgid'):
            m._sgid = ralnum(m.rng, 22, B62 + '-_')
            m._geo = 'geopod-ismtpd-%d' % m.rng.randrange(1, 40)
        ts = t.strftime('%Y-%m-%d %H:%M:%S')
        return ['by %s with SMTP id %s-1-%s-%X\r\n        %s.%09d +0000 UTC m=+%d.%06d' % (
            pod, pod, format(int(t.timestamp()), 'X'), m.rng.randrange(16, 255), ts, m.rng.randrange(10 ** 8, 10 ** 9),
            m.rng.randrange(10 ** 5, 10 ** 7), m.rng.randrange(10 ** 5, 10 ** 6)),
                'from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s.%03d +0000 (UTC)' % (
                    ralnum(m.rng, 12), m._geo, m._sgid, tz.rfc2822(t.astimezone(tz.UTC))[:-6], m.rng.randrange(1000))], t + SEC(1)

    def env_from(self, m):
        wl = self.whitelabel or 'sendgrid.net'
        return 'bounces+%s-%s-%s=%s@%s' % (self.uid, rhex(m.rng, 4), m.rcpt.split('@')[0] if m.rcpt else m.to[0][1].split('@')[0],
                                           (m.rcpt or m.to[0][1]).split('@')[1], wl)

    def msgid(self, m):
        if not hasattr(m, '_sgid'):
            m._sgid = ralnum(m.rng, 22, B62 + '-_')
            m._geo = 'geopod-ismtpd-%d' % m.rng.randrange(1, 40)
        return '<%s@%s>' % (m._sgid, m._geo)

    def boundary(self, m, kind):
        return rhex(m.rng, 64)

    def order(self, m):
        return ['Content-Transfer-Encoding', 'Date', 'From', 'Mime-Version', 'Message-ID', 'Subject', 'Reply-To',
                'X-SG-EID', 'X-SG-ID', 'To', 'X-Entity-ID', 'List-Unsubscribe', 'List-Unsubscribe-Post', '__CT__']

    def extras(self, m):
        return {'Mime-Version': '1.0', 'X-SG-EID': 'u001.' + rb64(m.rng, 120), 'X-SG-ID': 'u001.SdBcvi+' + rb64(m.rng, 80),
                'X-Entity-ID': 'u001.' + rb64(m.rng, 22) + '=='}


class Mailgun(Profile):
    hcs, henc, hcase = 'utf-8', 'Q', 'utf-8'
    mgdomain = None
    ip = '159.135.228.12'

    def client(self, m):
        h = 'm%s.mailgun.net' % self.ip.split('.', 2)[2].replace('.', '-')
        return (h, h, self.ip)

    def hops(self, m):
        t = m.dt
        return ['by %s with HTTP id %s; %s' % (rhex(m.rng, 12), rhex(m.rng, 24), tz.rfc2822(t.astimezone(tz.UTC))[:-5] + 'GMT')], t + SEC(1)

    def env_from(self, m):
        r = m.rcpt or m.to[0][1]
        return 'bounce+%s.%s-%s=%s@%s' % (rhex(m.rng, 6), rhex(m.rng, 6), r.split('@')[0], r.split('@')[1], self.mgdomain)

    def msgid(self, m):
        return '<%s.%s@%s>' % (m.dt.strftime('%Y%m%d%H%M%S'), rhex(m.rng, 16), self.mgdomain)

    def boundary(self, m, kind):
        return rhex(m.rng, 32)

    def order(self, m):
        return ['Mime-Version', '__CT__', 'Subject', 'From', 'To', 'Reply-To', 'X-Mailgun-Sid', 'Date', 'Message-Id',
                'X-Mailgun-Tag', 'Sender', 'List-Unsubscribe', 'List-Unsubscribe-Post']

    def extras(self, m):
        import base64, json
        sid = base64.b64encode(json.dumps([rhex(m.rng, 8), m.rcpt or m.to[0][1], rhex(m.rng, 6)]).encode()).decode()
        return {'Mime-Version': '1.0', 'X-Mailgun-Sid': sid, 'Message-Id': m.msgid, 'Sender': m.frm[1].split('@')[0] + '=' + m.frm[1].split('@')[1] + '@' + self.mgdomain}


class Brevo(Profile):
    hcs, henc, hcase = 'utf-8', 'Q', 'UTF-8'
    ip = '185.41.28.107'

    def client(self, m):
        return ('smtp-relay.sendinblue.com', 'smtp-relay.sendinblue.com', self.ip)

    def hops(self, m):
        return [], m.dt

    def env_from(self, m):
        r = m.rcpt or m.to[0][1]
        return 'bounces-%d-%s=%s@mailin-%02d.mailin.fr' % (m.rng.randrange(10 ** 6, 10 ** 7), r.split('@')[0], r.split('@')[1], m.rng.randrange(1, 40))

    def msgid(self, m):
        return '<%s.%d@smtp-relay.mailin.fr>' % (m.dt.strftime('%Y%m%d%H%M'), m.rng.randrange(10 ** 10, 10 ** 11))

    def boundary(self, m, kind):
        return 'mime-boundary-%s' % rhex(m.rng, 24)

    def order(self, m):
        return ['Date', 'From', 'Reply-To', 'To', 'Message-Id', 'Subject', 'MIME-Version', '__CT__', 'X-Mailer',
                'X-Mailin-EID', 'Feedback-ID', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'X-sib-id']

    def extras(self, m):
        import base64
        r = m.rcpt or m.to[0][1]
        eid = base64.b64encode(('%d~%s~%s~%s' % (m.rng.randrange(10 ** 7, 10 ** 8), r, m.msgid.strip('<>'), 'relay')).encode()).decode().rstrip('=')
        uid = m.rng.randrange(10 ** 6, 10 ** 7)
        return {'MIME-Version': '1.0', 'Message-Id': m.msgid, 'X-Mailer': 'Sendinblue', 'X-Mailin-EID': eid,
                'Feedback-ID': '%d:%d:%s:Sendinblue' % (m.rng.randrange(10, 99), uid, rhex(m.rng, 8)),
                'List-Unsubscribe': '<https://unsubscribe.brevo.com/%s>, <mailto:unsubscribe+%s@sendibm4.com>' % (rb64(m.rng, 40).replace('/', '_').replace('+', '-'), rhex(m.rng, 20)),
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                'X-sib-id': rb64(m.rng, 80).replace('/', '_').replace('+', '-')}


class SES(Profile):
    hcs, henc, hcase = 'utf-8', 'B', 'UTF-8'
    region = 'eu-west-1'

    def _n(self, m):
        if not hasattr(m, '_sesn'):
            m._sesn = m.rng.randrange(10, 60)
        return m._sesn

    def client(self, m):
        h = 'a7-%d.smtp-out.%s.amazonses.com' % (self._n(m), self.region)
        return (h, h, '54.240.7.%d' % self._n(m))

    def hops(self, m):
        return [], m.dt

    def _id(self, m):
        if not hasattr(m, '_sesid'):
            m._sesid = '0102%s-%s-%s-%s-%s-%s-000000' % (format(int(m.dt.timestamp() * 1000), '012x'), rhex(m.rng, 8),
                                                          rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 12))
        return m._sesid

    def env_from(self, m):
        return '%s@%s.amazonses.com' % (self._id(m), self.region)

    def msgid(self, m):
        return '<%s@%s.amazonses.com>' % (self._id(m), self.region)

    def boundary(self, m, kind):
        return '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 5, 10 ** 7), m.rng.randrange(10 ** 8, 10 ** 9), int(m.dt.timestamp() * 1000))

    def order(self, m):
        return ['From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__', 'Date', 'Feedback-ID',
                'X-SES-Outgoing']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'Feedback-ID': '::1.%s.%s=:AmazonSES' % (self.region, rb64(m.rng, 43)),
                'X-SES-Outgoing': '%s-54.240.7.%d' % (m.dt.strftime('%Y.%m.%d'), self._n(m))}


class Mailchimp(Profile):
    hcs, henc, hcase = 'utf-8', 'Q', 'utf-8'
    listid = None

    def _host(self, m):
        if not hasattr(m, '_mch'):
            a, n = m.rng.choice([180, 181, 182]), m.rng.randrange(2, 250)
            m._mch = ('mail%d-%d.suw21.mcdlv.net' % (a, n), '198.2.%d.%d' % (a, n))
        return m._mch

    def _uid(self, m):
        if not hasattr(m, 'mc_uid'):
            m.mc_uid = rhex(m.rng, 25)
        return m.mc_uid

    def client(self, m):
        h, ip = self._host(m)
        return (h, h, ip)

    def hops(self, m):
        return ['from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n'
                '\tfor <%s>; %s' % (self._host(m)[0], postfix_qid(m.rng), m.rcpt or m.to[0][1],
                                    dz(m.dt, 'utc', False))], m.dt

    def env_from(self, m):
        r = m.rcpt or m.to[0][1]
        return 'bounce-mc.us21_%d.%d-%s=%s@%s' % (
            m.rng.randrange(10 ** 7, 10 ** 8), m.rng.randrange(10 ** 5, 10 ** 6), r.split('@')[0], r.split('@')[1],
            self._host(m)[0])

    def msgid(self, m):
        return '<%s.%s.%s.%s@%s>' % (rhex(m.rng, 25), rhex(m.rng, 10), m.dt.strftime('%Y%m%d%H%M%S'),
                                     rhex(m.rng, 10), self._host(m)[0])

    def boundary(self, m, kind):
        return '_----------=_MCPart_%d' % m.rng.randrange(10 ** 8, 10 ** 9)

    def order(self, m):
        return ['Subject', 'From', 'Reply-To', 'To', 'Date', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'Message-ID',
                'X-Mailer', 'X-Campaign', 'X-campaignid', 'X-Report-Abuse', 'X-MC-User', 'Feedback-ID',
                'X-Accounttype', 'List-Id', 'MIME-Version', '__CT__']

    def extras(self, m):
        cid = getattr(m, 'mc_cid', None) or rhex(m.rng, 10)
        uid = self._uid(m)
        e = getattr(m, 'mc_e', None) or rhex(m.rng, 10)
        return {'X-Mailer': 'MailChimp Mailer - **CID%s%s**' % (cid, rhex(m.rng, 10)),
                'X-Campaign': 'mailchimp%s.%s' % (uid, cid), 'X-campaignid': 'mailchimp%s.%s' % (uid, cid),
                'X-Report-Abuse': 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, cid, e),
                'X-MC-User': uid, 'Feedback-ID': '%d:%d.%d:us21:mc' % (m.rng.randrange(10 ** 7, 10 ** 8), m.rng.randrange(10 ** 7, 10 ** 8), m.rng.randrange(10 ** 5, 10 ** 6)),
                'X-Accounttype': 'pd', 'List-Id': '%s mailchimp list <%s.%s.list-id.mcsv.net>' % (self.listname, uid, self.listid),
                'MIME-Version': '1.0'}


class Mailjet(Profile):
    hcs, henc, hcase = 'utf-8', 'Q', 'UTF-8'

    def client(self, m):
        n = m.rng.randrange(200, 240)
        return ('o%d.p8.mailjet.com' % n, 'o%d.p8.mailjet.com' % n, '87.253.233.%d' % n)

    def hops(self, m):
        return [], m.dt

    def env_from(self, m):
        return '%s.%s@bnc3.mailjet.com' % (rb64(m.rng, 16).replace('/', 'A').replace('+', 'B'), rhex(m.rng, 6))

    def msgid(self, m):
        return '<%s.%s@mailjet.com>' % (rhex(m.rng, 8), ralnum(m.rng, 20))

    def boundary(self, m, kind):
        return 'np' + rhex(m.rng, 12) + rhex(m.rng, 8)

    def order(self, m):
        return ['Subject', 'MIME-Version', '__CT__', 'From', 'Reply-To', 'To', 'Message-Id', 'Date', 'X-CSA-Complaints',
                'X-MJ-Mid', 'X-MJ-SmtpGUID', 'Feedback-Id', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'X-Mailer']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'Message-Id': m.msgid, 'X-CSA-Complaints': 'csa-complaints@eco.de',
                'X-MJ-Mid': rb64(m.rng, 60) + '==', 'X-MJ-SmtpGUID': ruuid(m.rng),
                'Feedback-Id': '42.%d.%d:MJ' % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 5, 10 ** 6)),
                'X-Mailer': 'Mailjet'}


class PHPMailerSite(Profile):
    """PHPMailer on a (compromised) web server, local Postfix submission."""
    hcs, henc, hcase = 'utf-8', 'B', 'UTF-8'
    helo = rdns = ip = None
    site = None
    tls = '1.2'
    zone = 'de'

    def client(self, m):
        return (self.helo, self.rdns, self.ip)

    def hops(self, m):
        return ['by %s (Postfix, from userid 33)\r\n\tid %s; %s' % (self.helo, postfix_qid(m.rng), dz(m.dt, self.zone, True))], m.dt

    def env_from(self, m):
        return 'www-data@%s' % self.helo

    def msgid(self, m):
        return '<%s@%s>' % (ralnum(m.rng, 43, B62), self.site)

    def boundary(self, m, kind):
        return 'b1=_' + ralnum(m.rng, 43)

    def order(self, m):
        return ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'X-Mailer', 'MIME-Version', '__CT__']

    def extras(self, m):
        return {'X-Mailer': 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', 'MIME-Version': '1.0'}


class BareExim(Profile):
    """Direct-to-MX spam run from a hijacked host (extortion)."""
    helo = rdns = ip = None
    tls = None
    hcs, henc, hcase = 'utf-8', 'B', 'UTF-8'

    def client(self, m):
        return (self.helo, self.rdns, self.ip)

    def hops(self, m):
        return ['from [%s] (helo=%s)\r\n\tby %s with esmtpa (Exim 4.96)\r\n\t(envelope-from <%s>)\r\n\tid 1t%s-000%s-%s\r\n'
                '\tfor %s; %s' % (self.origin, 'User', self.helo, m.env_from or m.frm[1], ralnum(m.rng, 4), ralnum(m.rng, 3),
                                  ralnum(m.rng, 2), m.rcpt or m.to[0][1], dz(m.dt, self.zone))], m.dt

    def msgid(self, m):
        return '<%s$%s@%s>' % (rhex(m.rng, 12), rhex(m.rng, 8), self.helo)

    def boundary(self, m, kind):
        return '----=_NextPart_%s' % rhex(m.rng, 20)

    def order(self, m):
        return ['Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version', '__CT__', 'X-Priority']

    def extras(self, m):
        return {'MIME-Version': '1.0', 'X-Priority': '3'}


# ---- genuine service senders --------------------------------------------------------
class Service(Profile):
    """Transactional mail from large services; 'svc' selects the style."""
    svc = None

    def client(self, m):
        r = m.rng
        return {
            'paypal': ('mx1.slc.paypal.com', 'mx1.slc.paypal.com', '173.0.84.226'),
            'docusign': ('mailfra.eu.docusign.net', 'mailfra.eu.docusign.net', '64.207.219.%d' % r.choice([71, 72, 73])),
            'github': ('out-%d.smtp.github.com' % r.randrange(20, 30),) * 2 + ('192.30.252.%d' % r.randrange(200, 215),),
            'google': ('mail-sor-f73.google.com', 'mail-sor-f73.google.com', '209.85.220.73'),
            'msentra': ('NAM10-BN7-obe.outbound.protection.outlook.com', 'mail-bn7nam10on2089.outbound.protection.outlook.com', '40.107.92.89'),
            'yandexid': ('forward101b.mail.yandex.net', 'forward101b.mail.yandex.net', '178.154.239.148'),
        }[self.svc]

    def hops(self, m):
        t = m.dt
        r = m.rng
        rc = m.rcpt or m.to[0][1]
        s = self.svc
        if s == 'paypal':
            return ['from ccg13mail03.phx.paypal.com (unknown [10.75.%d.%d])\r\n\tby mx1.slc.paypal.com (Postfix) with ESMTP id %s\r\n'
                    '\tfor <%s>; %s' % (r.randrange(1, 250), r.randrange(1, 250), postfix_qid(r), rc, dz(t + SEC(1), 'us-pac', True))], t + SEC(1)
        if s == 'docusign':
            return ['from docusign.net (10.45.%d.%d) by mailfra.eu.docusign.net id %s\r\n\tfor <%s>; %s' % (
                r.randrange(1, 250), r.randrange(1, 250), rhex(r, 16), rc, dz(t, 'utc'))], t + SEC(1)
        if s == 'github':
            node = 'hubbernetes-node-%s.va3-iad.github.net' % self._ghnode(m)
            return ['from github.com (%s [10.48.%d.%d])\r\n\tby smtp.github.com (Postfix) with ESMTPA id %s\r\n\tfor <%s>; %s' % (
                node, r.randrange(1, 250), r.randrange(1, 250), postfix_qid(r), rc, dz(t + SEC(1), 'us-pac', True))], t + SEC(1)
        if s == 'google':
            return ['by mail-sor-f73.google.com with SMTP id %s-%s.%d\r\n        for <%s>\r\n        (Google Transport Security);\r\n'
                    '        %s' % (rhex(r, 10), rhex(r, 12) + 'sf' + str(r.randrange(10 ** 6, 10 ** 7)), r.randrange(0, 9), rc,
                                    dz(t + SEC(1), 'us-pac', True))], t + SEC(1)
        if s == 'msentra':
            return ['from BN8NAM12HT%03d.eop-nam12.prod.protection.outlook.com\r\n (2603:10b6:408:%x::%x) by BL1PR11MB%04d.namprd11.prod.outlook.com\r\n'
                    ' (2603:10b6:208:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\r\n'
                    ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.21; %s' % (
                        r.randrange(1, 200), r.randrange(256, 4095), r.randrange(1, 255), r.randrange(1000, 9999),
                        r.randrange(256, 4095), r.randrange(1, 255), dz(t + SEC(1), 'utc'))], t + SEC(1)
        if s == 'yandexid':
            nw = 'mail-notsolitesrv-production-main-%d.sas.yp-c.yandex.net' % r.randrange(10, 99)
            return ['from %s (%s [IPv6:2a02:6b8:c1c:%x:0:640:%x:0])\r\n\tby forward101b.mail.yandex.net (Yandex) with ESMTPS id %s\r\n'
                    '\tfor <%s>; %s' % (nw, nw, r.randrange(4096, 65535), r.randrange(4096, 65535), ralnum(r, 10), rc,
                                        dz(t + SEC(1), 'ru'))], t + SEC(1)

    def env_from(self, m):
        s = self.svc
        r = m.rng
        rc = m.rcpt or m.to[0][1]
        return {
            'paypal': m.frm[1],
            'docusign': 'dse@eumail.docusign.net',
            'github': 'noreply@github.com',
            'google': '3%s-%s@gaia.bounces.google.com' % (ralnum(r, 14), rhex(r, 16)),
            'msentra': 'azure-noreply@microsoft.com',
            'yandexid': 'noreply@id.yandex.ru',
        }[s]

    def _ghnode(self, m):
        if not hasattr(m, '_ghn'):
            m._ghn = rhex(m.rng, 7)
        return m._ghn

    def msgid(self, m):
        s = self.svc
        r = m.rng
        if s == 'paypal':
            return '<%s.%s.%05d.%s@ccg13mail03>' % (rhex(r, 2, True), rhex(r, 2, True), r.randrange(10000, 99999), rhex(r, 8, True))
        if s == 'docusign':
            return '<%s@docusign.net>' % rhex(r, 32)
        if s == 'github':
            return '<%s_%s%d@%s.mail>' % (rhex(r, 13), rhex(r, 5), r.randrange(10 ** 6, 10 ** 7), 'hubbernetes-node-' + self._ghnode(m))
        if s == 'google':
            return '<%s@notifications.google.com>' % ralnum(r, 22, B62 + '-_')
        if s == 'msentra':
            return '<%s@az.westeurope.microsoft.com>' % ruuid(r)
        if s == 'yandexid':
            return '<%s@%s>' % (rhex(r, 32), 'mail-notsolitesrv-production-main.sas.yp-c.yandex.net')

    def boundary(self, m, kind):
        s = self.svc
        r = m.rng
        if s == 'google':
            return '000000000000' + rhex(r, 16)
        if s == 'github':
            return '--==_mimepart_%s_%s%d' % (format(int(m.dt.timestamp()), 'x'), rhex(r, 5), r.randrange(10 ** 5, 10 ** 6))
        if s == 'paypal':
            return '--%s' % ralnum(r, 32)
        return '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), int(m.dt.timestamp() * 1000))

    def order(self, m):
        s = self.svc
        if s == 'paypal':
            return ['Date', 'Message-ID', 'X-PP-REQUESTED-TIME', 'X-PP-Email-transmission-Id', 'PP-Correlation-Id',
                    'X-Email-Type-Id', 'X-XPT-XSL-Name', 'Subject', 'From', 'To', 'MIME-Version', '__CT__']
        if s == 'docusign':
            return ['X-Api-Host', 'Reply-To', 'From', 'To', 'Message-ID', 'Subject', 'Date',
                    'MIME-Version', '__CT__', 'X-Entity-ID']
        if s == 'github':
            return ['Date', 'From', 'To', 'Message-ID', 'Subject', 'Mime-Version', '__CT__', 'X-Auto-Response-Suppress']
        if s == 'google':
            return ['MIME-Version', 'Date', 'X-Account-Notification-Type', 'Feedback-ID', 'X-Notifications',
                    'X-Notifications-Bounce-Info', 'Message-ID', 'Subject', 'From', 'To', '__CT__']
        if s == 'msentra':
            return ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__', 'X-OriginatorOrg']
        if s == 'yandexid':
            return ['From', 'To', 'Subject', 'MIME-Version', 'Date', 'Message-Id', 'X-Yandex-Service', '__CT__']

    def extras(self, m):
        s = self.svc
        r = m.rng
        d = {'MIME-Version': '1.0', 'Mime-Version': '1.0'}
        if s == 'paypal':
            d.update({'X-PP-REQUESTED-TIME': str(int(m.dt.timestamp() * 1000)), 'X-PP-Email-transmission-Id': ruuid(r),
                      'PP-Correlation-Id': rhex(r, 13), 'X-Email-Type-Id': 'PPC001017',
                      'X-XPT-XSL-Name': 'nodetemplates:invoicing/unified/invoice_sent_to_payer'})
        if s == 'docusign':
            d.update({'X-Api-Host': 'docusign.net', 'X-Entity-ID': rb64(r, 22) + '=='})
        if s == 'github':
            d['X-Auto-Response-Suppress'] = 'All'
        if s == 'google':
            d.update({'X-Account-Notification-Type': '127', 'Feedback-ID': '127:account-notifier',
                      'X-Notifications': rhex(r, 16) + 'AAAAAA', 'X-Notifications-Bounce-Info': 'A' + rb64(r, 60)})
        if s == 'msentra':
            d['X-OriginatorOrg'] = 'microsoft.com'
        if s == 'yandexid':
            d['X-Yandex-Service'] = rb64(r, 40) + '=='
            d['Message-Id'] = m.msgid
        return d


class GmailIPhone(Gmail):
    """Gmail account used from the iOS Mail app (submission via smtp.gmail.com)."""
    hcs, henc, hcase = 'utf-8', 'Q', 'utf-8'
    origin = '86.12.77.201'

    def hops(self, m):
        t = m.dt + SEC(1)
        r = m.rcpt or m.to[0][1]
        sid = '%s%dsm%d%s.%d.%s' % (ralnum(m.rng, 1, 'abcdefghijklmnopqrstuvwxyz'), m.rng.randrange(10, 99),
                                    m.rng.randrange(10 ** 6, 10 ** 7), ralnum(m.rng, 3, 'abcdefghijklmnopqrstuvwxyz'),
                                    m.rng.randrange(10, 99), m.dt.strftime('%Y.%m.%d.%H.%M.%S'))
        return ['from smtpclient.apple ([%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n'
                '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s' % (
                    self.origin, sid, r, dz(t, 'us-pac', True))], t

    def pre(self, m):
        return [('X-Gm-Message-State', 'AOJu0Y' + rb64(m.rng, 62)),
                ('X-Google-Smtp-Source', 'AGHT+I' + rb64(m.rng, 54) + '==')]

    def msgid(self, m):
        return '<%s@gmail.com>' % ruuid(m.rng, True)

    def boundary(self, m, kind):
        return 'Apple-Mail-%s' % ruuid(m.rng, True)

    def order(self, m):
        return ['__CT__', 'From', 'Mime-Version', 'Date', 'Subject', 'Message-Id', 'References', 'In-Reply-To', 'Cc', 'To',
                'X-Mailer']

    def extras(self, m):
        return {'Mime-Version': '1.0 (1.0)', 'Message-Id': m.msgid, 'X-Mailer': 'iPhone Mail (22B91)'}
