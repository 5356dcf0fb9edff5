"""Sending-infrastructure profiles: the Received chain below mx01, the
Message-ID / X-Mailer style and MIME boundary style of each sending system."""
import base64
from common import (rfc_date, plus, rhex, ralnum, postfix_qid, uuid4, epoch_ms, local)


def _d3(d):
    return ' '.join(d.split(' ')[:3])


def _r3(d):
    return ' '.join(d.split(' ')[3:])


def R(*lines):
    return '\n\t'.join(lines)


class Infra:
    """Base: subclasses fill helo/rdns/ip and override hooks."""
    helo = rdns = ip = None
    proto = 'ESMTPS'
    date_zone = 'DE'
    att = 'outlook'
    delay = 3
    desc = ''

    def __init__(self, **kw):
        self.__dict__.update(kw)

    # hooks -------------------------------------------------------------
    def hops(self, t, rcpt, rng, env_from):
        return []

    def msgid(self, t, rng, frm):
        return '<%s@%s>' % (uuid4(rng), frm.split('@')[1])

    def headers(self, t, rng, frm, subject):
        return []

    def boundary(self, rng, subtype, n):
        return '------------' + ralnum(rng, 24)

    def return_path(self, frm, rcpt, rng):
        return frm


# ----------------------------------------------------------------- helpers
def _thread_index(rng, t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    raw = ft.to_bytes(8, 'big')[:6] + bytes(rng.randrange(256) for _ in range(16))
    return base64.b64encode(raw).decode()


def outlook_boundary(rng, subtype, idpart):
    code = {'alternative': '000', 'mixed': '004', 'related': '006'}.get(subtype, '008')
    return '_%s_%s_' % (code, idpart[:40])


class ExchangeInternal(Infra):
    """Internal: Outlook -> Exchange 2019 (EXCH01) -> mail-int01 -> mx01."""
    helo = rdns = 'mail-int01.example.com'
    ip = '10.20.0.25'
    desc = 'internal: Outlook -> Exchange EXCH01 -> relay mail-int01 -> mx01'
    client_ip = '10.20.40.17'
    content_language = 'de-DE'
    exch = 'EXCH01'

    def hops(self, t, rcpt, rng, env_from):
        h = '%s.corp.example.com' % self.exch
        t1, t0 = plus(t, 1), t
        return [R('from %s (%s [10.20.1.11])' % (h, h.lower()),
                  'by mail-int01.example.com (Postfix) with ESMTPS id %s' % postfix_qid(rng),
                  'for <%s>; %s' % (rcpt, rfc_date(t1, 'DE', True))),
                R('from %s (10.20.1.11) by %s (10.20.1.11) with Microsoft SMTP Server' % (h, h),
                  '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
                  '15.2.1748.10; %s' % rfc_date(t0, 'DE')),
                R('from %s ([fe80::6d4a:2b1c:93e7:1f05]) by %s' % (h, h),
                  '([fe80::6d4a:2b1c:93e7:1f05%%13]) with mapi id 15.02.1748.010; %s' % rfc_date(t0, 'DE'))]

    def msgid(self, t, rng, frm):
        self._id = rhex(rng, 32)
        return '<%s@%s.corp.example.com>' % (self._id, self.exch)

    def headers(self, t, rng, frm, subject):
        return [('Thread-Topic', subject), ('Thread-Index', _thread_index(rng, t)),
                ('Accept-Language', self.content_language + ', en-US'),
                ('Content-Language', self.content_language),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                ('x-originating-ip', '[%s]' % self.client_ip)]

    def boundary(self, rng, subtype, n):
        return outlook_boundary(rng, subtype, self._id + self.exch + 'corpexamplecom')


class M365(Infra):
    """Exchange Online outbound (real Microsoft infrastructure)."""
    desc = 'Microsoft 365 / Exchange Online outbound'
    date_zone = 'UTC'
    srv = 'DB9PR02MB7364'
    srv2 = 'AS8PR02MB9531'
    region = 'eurprd02'
    ob = ('EUR05-DB8-obe.outbound.protection.outlook.com',
          'mail-db8eur05on2117.outbound.protection.outlook.com', '40.107.20.117')
    content_language = 'de-DE'
    domain = 'example.org'
    tenant = None
    client_ip = None

    def __init__(self, **kw):
        super().__init__(**kw)
        self.helo, self.rdns, self.ip = self.ob

    def hops(self, t, rcpt, rng, env_from):
        a = '2603:10a6:10:%x::%x' % (rng.randrange(16, 999), rng.randrange(1, 30))
        b = '2603:10a6:20b:%x::%x' % (rng.randrange(16, 999), rng.randrange(1, 30))
        f = 'fe80::%x:%x:%x:%x' % tuple(rng.randrange(4096, 65535) for _ in range(4))
        fqdn1 = ('%s.%s.prod.outlook.com' % (self.srv, self.region)).upper()
        fqdn2 = ('%s.%s.prod.outlook.com' % (self.srv2, self.region)).upper()
        d1 = rfc_date(plus(t, 1), 'UTC')
        d0 = rfc_date(t, 'UTC')
        return ['from %s (%s)\n by %s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9094.17; %s\n %s'
                % (fqdn1, a, fqdn2, b, _d3(d1), _r3(d1)),
                'from %s\n ([%s]) by %s\n ([%s%%6]) with mapi id 15.20.9094.015; %s\n %s'
                % (fqdn1, f, fqdn1, f, _d3(d0), _r3(d0))]

    def msgid(self, t, rng, frm):
        self._id = self.srv + rhex(rng, 28, True)
        return '<%s@%s.%s.prod.outlook.com>' % (self._id, self.srv, self.region)

    def headers(self, t, rng, frm, subject):
        tid = self.tenant or uuid4(rng)
        h = [('Thread-Topic', subject), ('Thread-Index', _thread_index(rng, t)),
             ('Accept-Language', self.content_language + ', en-US'),
             ('Content-Language', self.content_language),
             ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('msip_labels', ''),
             ('x-ms-publictraffictype', 'Email'),
             ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (self.srv, self.srv2)),
             ('x-ms-office365-filtering-correlation-id', uuid4(rng))]
        if self.client_ip:
            h.append(('x-originating-ip', '[%s]' % self.client_ip))
        h += [('X-OriginatorOrg', self.domain),
              ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
              ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s' % t.strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'),
              ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
              ('X-MS-Exchange-CrossTenant-id', tid),
              ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', self.srv2)]
        return h

    def boundary(self, rng, subtype, n):
        return outlook_boundary(rng, subtype, self._id + self.srv + self.region[:4])


class Gmail(Infra):
    desc = 'Gmail (consumer or Workspace)'
    att = 'gmail'
    host = ('mail-ej1-f45.google.com', '209.85.218.45')
    date_zone = 'DE'

    def __init__(self, **kw):
        super().__init__(**kw)
        self.helo = self.rdns = self.host[0]
        self.ip = self.host[1]

    def hops(self, t, rcpt, rng, env_from):
        sid = '%s-%s%s.%d' % (rng.choice(['a640c23a62f3a', 'ffacd0b85a97d', '5b1f17b1804b1']),
                              rhex(rng, 11), rng.choice(['so', 'sf']), rng.randrange(1, 9))
        return [R('by %s with SMTP id %s' % (self.helo, sid),
                  'for <%s>; %s' % (rcpt, rfc_date(plus(t, 1), 'US', True)))]

    def msgid(self, t, rng, frm):
        return '<CA%s@mail.gmail.com>' % ralnum(rng, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=')

    def headers(self, t, rng, frm, subject):
        return [('X-Google-Smtp-Source', 'AGHT+I' + ralnum(rng, 70)),
                ('X-Received', R('by 2002:a17:907:%x:b0:%x:%x:%x with SMTP id' % (
                    rng.randrange(4096, 65535), rng.randrange(256, 4095), rng.randrange(256, 4095), rng.randrange(256, 4095)),
                    '%s-%s.%d.%d; %s' % (rhex(rng, 16), rhex(rng, 14), epoch_ms(t) // 1000, rng.randrange(100, 999),
                                        rfc_date(t, 'US', True))))]

    def boundary(self, rng, subtype, n):
        return '000000000000' + rhex(rng, 16)


class GoogleNotify(Gmail):
    desc = 'Google account notification (accounts.google.com)'
    host = ('mail-sor-f73.google.com', '209.85.220.73')
    date_zone = 'UTC'

    def hops(self, t, rcpt, rng, env_from):
        return [R('by %s with SMTP id %s.%d' % (self.helo, rhex(rng, 12), rng.randrange(10, 99)),
                  'for <%s> (Google Transport Security);' % rcpt, rfc_date(t, 'US', True))]

    def msgid(self, t, rng, frm):
        return '<%s@notifications.google.com>' % ralnum(rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')

    def return_path(self, frm, rcpt, rng):
        return '3%s@gaia.bounces.google.com' % ralnum(rng, 40)


class GMX(Infra):
    desc = 'GMX FreeMail web client'
    helo = rdns = 'mout.gmx.net'
    ip = '212.227.17.22'
    att = 'tb'

    def hops(self, t, rcpt, rng, env_from):
        app = '3c-app-gmx-bs%d' % rng.randrange(10, 70)
        self._app = app
        return [R('from %s ([%s]) by mail.gmx.net (mrgmx%03d' % (app, '10.240.0.%d' % rng.randrange(2, 250), rng.randrange(1, 120)),
                  '[212.227.17.190]) with ESMTPSA (Nemesis) id 1M%s-1t%s; %s' % (
                      ralnum(rng, 5), ralnum(rng, 12), rfc_date(plus(t, 1), 'DE'))),
                R('from [%s] by %s' % (self.client_ip, app),
                  '(via HTTP); %s' % rfc_date(t, 'DE'))]

    def msgid(self, t, rng, frm):
        self._app2 = '3c-app-gmx-bs%d' % rng.randrange(10, 70)
        return '<trinity-%s-%d@%s>' % (uuid4(rng), epoch_ms(t), self._app2)

    def headers(self, t, rng, frm, subject):
        return [('Importance', 'normal'), ('Sensitivity', 'Normal'),
                ('X-Priority', '3'),
                ('X-Provags-ID', 'V03:K1:' + ralnum(rng, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
                ('X-UI-Message-Type', 'mail')]

    def boundary(self, rng, subtype, n):
        return 'abmob-' + uuid4(rng)


class Libero(Infra):
    desc = 'Libero Mail (Italiaonline, Open-Xchange webmail)'
    helo = rdns = 'smtp-31-wd.italiaonline.it'
    ip = '213.209.13.31'
    date_zone = 'IT'
    att = 'tb'

    def hops(self, t, rcpt, rng, env_from):
        return [R('from oxapps-%d-%d.iol.local ([10.101.8.%d])' % (rng.randrange(20, 40), rng.randrange(100, 200), rng.randrange(2, 250)),
                  'by smtp-31.iol.local with ESMTPA', 'id %s; %s' % (ralnum(rng, 22), rfc_date(plus(t, 1), 'IT')))]

    def msgid(self, t, rng, frm):
        self._n = rng.randrange(1000000, 9999999)
        return '<%d.%d.%d@mail1.libero.it>' % (rng.randrange(10 ** 8, 2 * 10 ** 9), self._n, epoch_ms(t))

    def headers(self, t, rng, frm, subject):
        return [('X-Priority', '3'), ('Importance', 'Normal'),
                ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev71'),
                ('X-Originating-IP', self.client_ip),
                ('X-Originating-Client', 'open-xchange-appsuite')]

    def boundary(self, rng, subtype, n):
        return '----=_Part_%d_%d.%d' % (self._n - 1 + n, rng.randrange(10 ** 8, 2 * 10 ** 9), epoch_ms(self._t) - rng.randrange(200, 900))


class WP(Infra):
    desc = 'WP Poczta (Wirtualna Polska) via SMTP submission'
    helo = rdns = 'mx4.wp.pl'
    ip = '212.77.101.12'
    date_zone = 'PL'
    client = 'tb'

    def hops(self, t, rcpt, rng, env_from):
        ts = rfc_date(t, 'PL')[5:]
        return [R('(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (rng.randrange(1000, 30000), ts)),
                R('from %s (HELO [192.168.1.%d]) (%s@[%s])' % (self.client_rdns, rng.randrange(2, 200), env_from, self.client_ip),
                  '(envelope-sender <%s>)' % env_from,
                  'by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP',
                  'for <%s>; %s' % (rcpt, ts))]

    def msgid(self, t, rng, frm):
        if self.client == 'tb':
            return '<%s@wp.pl>' % uuid4(rng)
        return '<%s@wp.pl>' % rhex(rng, 32)

    def headers(self, t, rng, frm, subject):
        h = []
        if self.client == 'tb':
            h.append(('User-Agent', 'Mozilla Thunderbird'))
        else:
            h.append(('X-Mailer', 'WP Poczta'))
        h += [('X-WP-MailID', rhex(rng, 32)),
              ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
        return h


class Otenet(Infra):
    desc = 'OTE/Cosmote ISP mail (otenet.gr) from Outlook desktop'
    helo = rdns = 'mailout4.otenet.gr'
    ip = '195.167.109.24'
    date_zone = 'GR'

    def hops(self, t, rcpt, rng, env_from):
        return [R('from %s (%s [%s])' % (self.pc, self.client_rdns, self.client_ip),
                  'by mailout4.otenet.gr (Postfix) with ESMTPSA id %s' % postfix_qid(rng),
                  'for <%s>; %s' % (rcpt, rfc_date(plus(t, 1), 'GR', True)))]

    def msgid(self, t, rng, frm):
        self._a = rhex(rng, 8, True)
        self._b = rhex(rng, 8, True)
        return '<00%s01db%s$%s$%s$@otenet.gr>' % (rhex(rng, 2), rhex(rng, 4), self._a.lower(), rhex(rng, 8))

    def headers(self, t, rng, frm, subject):
        return [('X-Mailer', 'Microsoft Outlook 16.0'),
                ('Thread-Index', 'AQ' + ralnum(rng, 30) + '=='), ('Content-Language', 'el')]

    def boundary(self, rng, subtype, n):
        return '----=_NextPart_%03d_%04X_01DB%s.%s' % (n - 1, rng.randrange(1, 65535), self._a[:4], self._b)


class OutlookDesktopSMTP(Infra):
    """Outlook 2016+ desktop submitting to a hoster's SMTP (generic)."""
    desc = 'Outlook desktop via hosting SMTP'

    def msgid(self, t, rng, frm):
        self._a = rhex(rng, 8, True)
        self._b = rhex(rng, 8, True)
        return '<00%s01db%s$%s$%s$@%s>' % (rhex(rng, 2), rhex(rng, 4), self._a.lower(), rhex(rng, 8), frm.split('@')[1])

    def headers(self, t, rng, frm, subject):
        return [('X-Mailer', 'Microsoft Outlook 16.0'),
                ('Thread-Index', 'AQ' + ralnum(rng, 30) + '=='),
                ('Content-Language', getattr(self, 'lang', 'de'))]

    def boundary(self, rng, subtype, n):
        return '----=_NextPart_%03d_%04X_01DB%s.%s' % (n - 1, rng.randrange(1, 65535), self._a[:4], self._b)


class Yandex(Infra):
    desc = 'Yandex Mail web (also Yandex 360 for custom domains)'
    ip = '178.154.239.80'
    date_zone = 'RU'
    att = 'tb'

    def __init__(self, **kw):
        super().__init__(**kw)
        self.helo = self.rdns = 'forward%da.mail.yandex.net' % getattr(self, 'fwd', 500)

    def hops(self, t, rcpt, rng, env_from):
        n = rng.randrange(10, 90)
        host = 'mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net' % n
        return [R('from %s (%s [2a02:6b8:c0c:%x:0:640:%x:0])' % (host, host, rng.randrange(4096, 65535), rng.randrange(4096, 65535)),
                  'by %s (Yandex) with ESMTPS id %s-%s;' % (self.helo, ralnum(rng, 11), ralnum(rng, 8)),
                  rfc_date(plus(t, 1), 'RU')),
                R('by %s (smtp/Yandex) with ESMTPSA id %s-%s;' % (host, ralnum(rng, 10), ralnum(rng, 8)),
                  rfc_date(t, 'RU'))]

    def msgid(self, t, rng, frm):
        return '<%d%d@mail.yandex.ru>' % (rng.randrange(100000, 999999), int(t.timestamp()))

    def headers(self, t, rng, frm, subject):
        return [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]

    def boundary(self, rng, subtype, n):
        return '----==--bound.%d.iva%d-%s.qloud-c.yandex.net' % (rng.randrange(100000, 999999), rng.randrange(1, 9), rhex(rng, 12))


class YandexNotify(Yandex):
    desc = 'Yandex ID notification'

    def hops(self, t, rcpt, rng, env_from):
        host = 'mail-nwsmtp-mxback-production-main-%d.vla.yp-c.yandex.net' % rng.randrange(10, 90)
        return [R('from %s (%s [2a02:6b8:c0f:%x:0:640:%x:0])' % (host, host, rng.randrange(4096, 65535), rng.randrange(4096, 65535)),
                  'by %s (Yandex) with ESMTPS id %s;' % (self.helo, ralnum(rng, 11)), rfc_date(t, 'RU'))]

    def msgid(self, t, rng, frm):
        return '<%d.%s@passport.yandex.ru>' % (int(t.timestamp()), rhex(rng, 16))

    def headers(self, t, rng, frm, subject):
        return []


class Ionos(Infra):
    desc = 'IONOS (1&1) hosted mail via mout.kundenserver.de'
    helo = rdns = 'mout.kundenserver.de'
    ip = '212.227.126.134'
    client = 'tb'
    att = 'tb'

    def hops(self, t, rcpt, rng, env_from):
        return [R('from [192.168.2.%d] ([%s]) by mrelayeu.kundenserver.de' % (rng.randrange(10, 200), self.client_ip),
                  '(mreue%03d [213.165.67.113]) with ESMTPSA (Nemesis) id 1M%s-1t%s; %s' % (
                      rng.randrange(100, 120), ralnum(rng, 5), ralnum(rng, 12), rfc_date(t, 'DE')))]

    def msgid(self, t, rng, frm):
        if self.client == 'outlook':
            self._o = OutlookDesktopSMTP()
            return self._o.msgid(t, rng, frm)
        return '<%s@%s>' % (uuid4(rng), frm.split('@')[1])

    def headers(self, t, rng, frm, subject):
        h = []
        if self.client == 'outlook':
            h = self._o.headers(t, rng, frm, subject)
        else:
            h.append(('User-Agent', 'Mozilla Thunderbird'))
            h.append(('Content-Language', 'de-DE'))
        h.append(('X-Provags-ID', 'V03:K1:' + ralnum(rng, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
        return h

    def boundary(self, rng, subtype, n):
        if self.client == 'outlook':
            return self._o.boundary(rng, subtype, n)
        return '------------' + ralnum(rng, 24)


class Strato(Infra):
    desc = 'STRATO hosted mail (RZmta)'
    helo = rdns = 'mo4-p00-ob.smtp.rzone.de'
    ip = '81.169.146.160'
    att = 'outlook'

    def hops(self, t, rcpt, rng, env_from):
        return [R('from %s by smtp.strato.de (RZmta 51.3.0 AUTH)' % self.pc,
                  'with ESMTPSA id %s' % ralnum(rng, 15),
                  '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))',
                  '(Client did not present a certificate)',
                  'for <%s>; %s' % (rcpt, rfc_date(t, 'DE')))]

    def msgid(self, t, rng, frm):
        self._o = OutlookDesktopSMTP()
        return self._o.msgid(t, rng, frm)

    def headers(self, t, rng, frm, subject):
        return self._o.headers(t, rng, frm, subject)

    def boundary(self, rng, subtype, n):
        return self._o.boundary(rng, subtype, n)


class HomePL(Infra):
    desc = 'home.pl hosting (Outlook desktop or Roundcube webmail)'
    helo = rdns = 'cloudserver094512.home.pl'
    ip = '79.96.170.134'
    date_zone = 'PL'
    webmail = False
    att = 'outlook'

    def hops(self, t, rcpt, rng, env_from):
        if self.webmail:
            return [R('from webmail.home.pl (localhost [127.0.0.1])',
                      'by cloudserver094512.home.pl (Postfix) with ESMTPSA id %s' % postfix_qid(rng),
                      'for <%s>; %s' % (rcpt, rfc_date(plus(t, 1), 'PL', True))),
                    R('from %s (Roundcube)' % self.client_ip,
                      'by webmail.home.pl with HTTP (HTTP/1.1 POST); %s' % rfc_date(t, 'PL'))]
        return [R('from %s (%s [%s])' % (self.pc, self.client_rdns, self.client_ip),
                  'by cloudserver094512.home.pl (Postfix) with ESMTPSA id %s' % postfix_qid(rng),
                  'for <%s>; %s' % (rcpt, rfc_date(t, 'PL', True)))]

    def msgid(self, t, rng, frm):
        if self.webmail:
            return '<%s@%s>' % (rhex(rng, 32), frm.split('@')[1])
        self._o = OutlookDesktopSMTP(lang='pl')
        return self._o.msgid(t, rng, frm)

    def headers(self, t, rng, frm, subject):
        if self.webmail:
            return [('User-Agent', 'Roundcube Webmail/1.6.9')]
        return self._o.headers(t, rng, frm, subject)

    def boundary(self, rng, subtype, n):
        if self.webmail:
            return '=_' + rhex(rng, 32)
        return self._o.boundary(rng, subtype, n)


class EximCpanel(Infra):
    """Compromised shared-hosting account (cPanel/Exim), script or SMTP auth."""
    desc = 'compromised shared hosting (cPanel / Exim)'
    proto = 'ESMTPS'
    script = None   # e.g. '1001:wp-mail-smtp.php'
    mailer = 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)'

    def hops(self, t, rcpt, rng, env_from):
        xid = '1t%s-%s-%s' % (ralnum(rng, 4), ralnum(rng, 7), ralnum(rng, 2))
        if self.script:
            user = self.cpuser
            return [R('from %s by %s with local (Exim 4.98)' % (user, self.helo),
                      '(envelope-from <%s>)' % env_from,
                      'id %s' % xid, 'for %s; %s' % (rcpt, rfc_date(t, self.zone)))]
        return [R('from [%s] (port=%d helo=[127.0.0.1])' % (self.client_ip, rng.randrange(40000, 65000)),
                  'by %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384' % self.helo,
                  '(Exim 4.98)', '(envelope-from <%s>)' % env_from, 'id %s' % xid,
                  'for %s; %s' % (rcpt, rfc_date(t, self.zone)))]

    def msgid(self, t, rng, frm):
        return '<%s@%s>' % (ralnum(rng, 43), frm.split('@')[1])

    def headers(self, t, rng, frm, subject):
        h = []
        if self.mailer:
            h.append(('X-Mailer', self.mailer))
        if self.script:
            h.append(('X-PHP-Originating-Script', self.script))
        return h

    def boundary(self, rng, subtype, n):
        return 'b%d_%s' % (n, ralnum(rng, 43))


class VPS(Infra):
    """Attacker-run Postfix on a rented VPS; mimics a chosen client."""
    desc = 'Postfix on rented VPS'
    mimic = 'outlook'   # outlook | tb | none
    zone = 'DE'

    def hops(self, t, rcpt, rng, env_from):
        return [R('from %s (unknown [%s])' % (self.pc, self.client_ip),
                  'by %s (Postfix) with ESMTPSA id %s' % (self.helo, postfix_qid(rng)),
                  'for <%s>; %s' % (rcpt, rfc_date(t, self.zone, True)))]

    def msgid(self, t, rng, frm):
        if self.mimic == 'outlook':
            self._o = OutlookDesktopSMTP(lang=getattr(self, 'lang', 'de'))
            return self._o.msgid(t, rng, frm)
        return '<%s@%s>' % (uuid4(rng), frm.split('@')[1])

    def headers(self, t, rng, frm, subject):
        if self.mimic == 'outlook':
            return self._o.headers(t, rng, frm, subject)
        if self.mimic == 'tb':
            return [('User-Agent', 'Mozilla Thunderbird')]
        return []

    def boundary(self, rng, subtype, n):
        if self.mimic == 'outlook':
            return self._o.boundary(rng, subtype, n)
        return '------------' + ralnum(rng, 24)


class Botnet(Infra):
    """Direct-to-MX spam from an infected host, no relay."""
    desc = 'direct-to-MX from residential/botnet IP'
    proto = 'ESMTP'

    def msgid(self, t, rng, frm):
        return '<%s%s@%s>' % (rhex(rng, 8), rhex(rng, 8), self.msgid_dom)

    def hops(self, t, rcpt, rng, env_from):
        # spam software forges a plausible-looking internal hop
        return [R('from [127.0.0.1] (helo=%s)' % self.forged_helo,
                  'by %s with esmtpa (Exim 4.92)' % self.forged_helo,
                  '(envelope-from <%s>)' % env_from, 'id %s; %s' % (ralnum(rng, 6) + '-' + ralnum(rng, 6) + '-' + ralnum(rng, 2),
                                                               rfc_date(t, self.date_zone)))]

    def boundary(self, rng, subtype, n):
        return '----=_NextPart_%s' % rhex(rng, 20)


class SendGrid(Infra):
    desc = 'SendGrid (Twilio) ESP'
    date_zone = 'UTC'

    def __init__(self, **kw):
        super().__init__(**kw)
        self.helo = self.rdns = '%s.outbound-mail.sendgrid.net' % self.node

    def hops(self, t, rcpt, rng, env_from):
        fd = 'filterdrecv-%s-%s' % (rhex(rng, 10), ralnum(rng, 5).lower())
        return [R('by %s with SMTP id %s-1-%s-%X' % (fd, fd, rhex(rng, 8, True), rng.randrange(16, 255)),
                  '%s.%09d +0000 UTC m=+%d.%06d' % (t.strftime('%Y-%m-%d %H:%M:%S'), rng.randrange(10 ** 8, 10 ** 9),
                                                    rng.randrange(10000, 999999), rng.randrange(10 ** 6))),
                R('from %s (unknown)' % ralnum(rng, 10),
                  'by geopod-ismtpd-%d (SG) with HTTP' % rng.randrange(1, 40),
                  'id %s' % ralnum(rng, 22), '%s.%03d +0000 (UTC)' % (t.strftime('%a, %d %b %Y %H:%M:%S'), rng.randrange(1000)))]

    def msgid(self, t, rng, frm):
        return '<%s@geopod-ismtpd-%d>' % (ralnum(rng, 22), rng.randrange(1, 40))

    def headers(self, t, rng, frm, subject):
        return [('X-SG-EID', R('u001.' + ralnum(rng, 60), ralnum(rng, 60))),
                ('X-SG-ID', R('u001.SdYoo5pFXjQXiVNcc' + ralnum(rng, 50))),
                ('X-Entity-ID', 'u001.' + ralnum(rng, 22) + '==')]

    def return_path(self, frm, rcpt, rng):
        return 'bounces+%d-%s-%s@%s' % (self.uid, rhex(rng, 4), rcpt.replace('@', '='), self.bounce_dom)

    def boundary(self, rng, subtype, n):
        return rhex(rng, 64)


class Mailgun(Infra):
    desc = 'Mailgun (Sinch) ESP'
    date_zone = 'UTC'

    def hops(self, t, rcpt, rng, env_from):
        return [R('by %s with HTTP; %s' % (rhex(rng, 12), rfc_date(t, 'UTC')))]

    def msgid(self, t, rng, frm):
        return '<%s.%s@%s>' % (t.strftime('%Y%m%d%H%M%S'), rhex(rng, 16), self.mgdom)

    def headers(self, t, rng, frm, subject):
        return [('X-Mailgun-Sending-Ip', self.ip),
                ('X-Mailgun-Sid', 'Wy' + ralnum(rng, 54) + '=='),
                ('X-Mailgun-Tag', 'notice')]

    def return_path(self, frm, rcpt, rng):
        return 'bounce+%s.%s-%s@%s' % (rhex(rng, 6), rhex(rng, 6), rcpt.replace('@', '='), self.mgdom)

    def boundary(self, rng, subtype, n):
        return rhex(rng, 32)


class Brevo(Infra):
    desc = 'Brevo (ex-Sendinblue) ESP'
    date_zone = 'UTC'
    ip = '77.32.148.27'

    def __init__(self, **kw):
        super().__init__(**kw)
        self.helo = self.rdns = 's%d.sender-sib.com' % getattr(self, 'node', 27)

    def hops(self, t, rcpt, rng, env_from):
        return [R('from smtp-relay.mailin.fr (localhost [127.0.0.1])',
                  'by %s (Postfix) with ESMTP id %s; %s' % (self.helo, postfix_qid(rng), rfc_date(t, 'UTC')))]

    def msgid(self, t, rng, frm):
        return '<%s.%d@smtp-relay.mailin.fr>' % (t.strftime('%Y%m%d%H%M'), rng.randrange(10 ** 10, 10 ** 11))

    def headers(self, t, rng, frm, subject):
        return [('X-Mailin-EID', ralnum(rng, 48)),
                ('X-Mailin-Campaign', str(rng.randrange(10, 400))),
                ('X-Mailin-Client', str(self.client_id)),
                ('X-sib-id', ralnum(rng, 60)),
                ('X-CSA-Complaints', 'csa-complaints@eco.de'),
                ('Feedback-ID', '%s:%d_-1:%d_-1:Sendinblue' % (self.ip, self.client_id, rng.randrange(10, 400)))]

    def return_path(self, frm, rcpt, rng):
        return 'bounces-%d-%s@%s' % (self.client_id, ralnum(rng, 10).lower(), self.bounce_dom)

    def boundary(self, rng, subtype, n):
        return '----=_Part_%d' % rng.randrange(10 ** 9)


class SES(Infra):
    desc = 'Amazon SES'
    date_zone = 'UTC'
    no_hops_ok = True   # SES hands mail straight to the recipient MX

    def __init__(self, **kw):
        super().__init__(**kw)
        self.helo = self.rdns = 'a7-%d.smtp-out.eu-west-1.amazonses.com' % self.n
        self.ip = '54.240.7.%d' % self.n

    def msgid(self, t, rng, frm):
        self._mid = '0102019%s-%s-%s-%s-%s-000000' % (rhex(rng, 9), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12))
        return '<%s@eu-west-1.amazonses.com>' % self._mid

    def headers(self, t, rng, frm, subject):
        return [('Feedback-ID', '::1.eu-west-1.%s=:AmazonSES' % ralnum(rng, 43)),
                ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), self.ip))]

    def return_path(self, frm, rcpt, rng):
        return '%s@eu-west-1.amazonses.com' % self._mid

    def boundary(self, rng, subtype, n):
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9), epoch_ms(self._t) - rng.randrange(5, 400))


class Mailchimp(Infra):
    desc = 'Mailchimp (Intuit) ESP'
    date_zone = 'UTC'

    def __init__(self, **kw):
        super().__init__(**kw)
        self.helo = self.rdns = 'mail%d-%d.atl%d.mcdlv.net' % (self.a, self.b, self.c)
        self.ip = '198.2.%d.%d' % (self.a, self.b)

    def hops(self, t, rcpt, rng, env_from):
        return [R('from localhost (localhost [127.0.0.1])',
                  'by %s (Mailchimp) with ESMTP id %s' % (self.helo, ralnum(rng, 12)),
                  'for <%s>; %s' % (rcpt, rfc_date(t, 'UTC')))]

    def msgid(self, t, rng, frm):
        return '<%s.%s.%s.%s.%s@%s>' % (rhex(rng, 24), rhex(rng, 10), t.strftime('%Y%m%d%H%M%S'), rhex(rng, 10), rhex(rng, 8), self.helo)

    def headers(self, t, rng, frm, subject):
        return [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (rhex(rng, 10), rhex(rng, 10))),
                ('X-Campaign', 'mailchimp%s.%s' % (self.uid, rhex(rng, 10))),
                ('X-campaignid', 'mailchimp%s.%s' % (self.uid, rhex(rng, 10))),
                ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (self.uid, rhex(rng, 10), rhex(rng, 10))),
                ('X-MC-User', self.uid), ('X-Accounttype', 'pd'),
                ('Feedback-ID', '%d:%d.%d:us%d:mc' % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 5, 10 ** 6), self.dc))]

    def return_path(self, frm, rcpt, rng):
        return 'bounce-mc.us%d_%d.%d-%s@%s' % (self.dc, rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 5, 10 ** 6), rcpt.replace('@', '='), self.helo)

    def boundary(self, rng, subtype, n):
        return '_----------=_MCPart_%d' % rng.randrange(10 ** 9, 10 ** 10)


class Generic(Infra):
    """Service senders with custom hop text and message-id pattern."""

    def hops(self, t, rcpt, rng, env_from):
        return [h(t, rcpt, rng) for h in self.hopfns]

    def msgid(self, t, rng, frm):
        return self.midfn(t, rng)

    def headers(self, t, rng, frm, subject):
        return self.hdrfn(t, rng) if hasattr(self, 'hdrfn') else []

    def return_path(self, frm, rcpt, rng):
        return self.rp if isinstance(getattr(self, 'rp', None), str) else (self.rp(rng) if hasattr(self, 'rp') else frm)

    def boundary(self, rng, subtype, n):
        return self.bfn(rng, self._t) if hasattr(self, 'bfn') else '--==_mimepart_%s_%s' % (rhex(rng, 13), ralnum(rng, 5))


def ms_notify(kind='sspr'):
    """Microsoft notifications out of Exchange Online Protection (NAM)."""
    def hop(t, rcpt, rng):
        srv = 'CH3PR12MB%04d' % rng.randrange(1000, 9999)
        return R('from %s.namprd12.prod.outlook.com (2603:10b6:610:%x::%x) by' % (srv, rng.randrange(16, 999), rng.randrange(1, 30)),
                 'BN8NAM12HT%03d.mail.protection.outlook.com (2a01:111:e400:%x::%x) with' % (rng.randrange(1, 200), rng.randrange(4096, 65535), rng.randrange(1, 30)),
                 'Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)',
                 'id 15.20.9094.17; %s' % rfc_date(t, 'UTC'))
    return Generic(helo='NAM12-BN8-obe.outbound.protection.outlook.com',
                   rdns='mail-bn8nam12on2068.outbound.protection.outlook.com', ip='40.107.237.68',
                   date_zone='UTC', hopfns=[hop], desc='Microsoft Entra ID / account notification (EOP)',
                   midfn=lambda t, rng: '<%s@az.westeurope.microsoft.com>' % uuid4(rng),
                   bfn=lambda rng, t: '--boundary_%d_%s' % (rng.randrange(10), uuid4(rng)))


class Zoho(Infra):
    desc = 'Zoho Mail (EU data centre)'
    helo = rdns = 'sender4-op-o12.zoho.eu'
    ip = '136.143.169.12'
    date_zone = 'IT'
    att = 'tb'

    def hops(self, t, rcpt, rng, env_from):
        return [R('by mx.zoho.eu with SMTPS id %d%s.%d;' % (epoch_ms(t), rhex(rng, 6), rng.randrange(10 ** 8, 10 ** 9)),
                  '%s' % rfc_date(t, 'UTC'))]

    def msgid(self, t, rng, frm):
        return '<%s.%s.%d@%s>' % (hex(epoch_ms(t))[2:], rhex(rng, 14), rng.randrange(10 ** 18, 10 ** 19), frm.split('@')[1])

    def headers(self, t, rng, frm, subject):
        return [('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]

    def boundary(self, rng, subtype, n):
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9), epoch_ms(self._t) - rng.randrange(5, 400))
