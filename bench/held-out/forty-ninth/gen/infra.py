"""Sending-system profiles: each returns the hops below mx01, the connecting
client as mx01 sees it, Message-ID / X-Mailer / boundary style and the
header order of that system.  All values derive from a seeded RNG."""
import base64
import hashlib
import string
from datetime import timedelta

from mime import rfc_date, local_dt

ALNUM = string.ascii_letters + string.digits
PF52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def hexs(R, n, up=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s


def rstr(R, n, chars=ALNUM):
    return ''.join(R.choice(chars) for _ in range(n))


def uuid(R, up=False):
    h = hexs(R, 32)
    h = h[:12] + '4' + h[13:16] + R.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if up else s


def b64(R, nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def b64u(R, n):
    return rstr(R, n, ALNUM + '-_')


def pf_qid(R):
    return '4' + rstr(R, 5, PF52) + 'z' + rstr(R, R.choice((6, 7, 8)), PF52)


def ems(t):
    # millisecond timestamp; the sub-second part is derived from t so it is stable
    return int(t.timestamp()) * 1000 + int(hashlib.md5(t.isoformat().encode()).hexdigest()[:4], 16) % 1000


def sec(t, s):
    return t + timedelta(seconds=s)


ORDER_OUTLOOK = ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date',
                 'Message-ID', 'References', 'In-Reply-To', 'Accept-Language', 'Content-Language',
                 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', '*', 'Content-Type',
                 'Content-Transfer-Encoding', 'MIME-Version']
ORDER_GMAIL = ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject',
               'To', 'Cc', 'Reply-To', '*', 'Content-Type', 'Content-Transfer-Encoding']
ORDER_TB = ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'Content-Language', 'To',
            'Cc', 'References', 'From', 'Reply-To', 'In-Reply-To', '*', 'Content-Type',
            'Content-Transfer-Encoding']
ORDER_GENERIC = ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To',
                 'References', '*', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding']
ORDER_OUTLOOK_SMTP = ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date',
                      'Message-ID', 'MIME-Version', 'Content-Type', 'X-Mailer', 'Thread-Index',
                      'Content-Language', '*', 'Content-Transfer-Encoding']


def outlook_tindex(R, n=0):
    return base64.b64encode(b'\x01\x07' + bytes(R.randrange(256) for _ in range(20 + 5 * n))).decode()


def b_outlook_smtp(R, h1=None, h2=None):
    base = '%04X_01DC%s.%s' % (R.randrange(1, 64), (h1 or hexs(R, 4)).upper(), (h2 or hexs(R, 8)).upper())
    cnt = [0]

    def g(ct):
        cnt[0] += 1
        return '----=_NextPart_%03d_%s' % (cnt[0] - 1, base)
    return g


def outlook_ids(R, domain):
    h1, h2 = hexs(R, 4), hexs(R, 8)
    return '<000001dc%s$%s$%s$@%s>' % (h1, h2, hexs(R, 8), domain), b_outlook_smtp(R, h1, h2)


def b_exchange(R, srvtag):
    tail = hexs(R, 32, True) + srvtag

    def g(ct):
        return {'multipart/alternative': '_000_', 'multipart/mixed': '_004_',
                'multipart/related': '_006_'}.get(ct, '_002_') + tail + '_'
    return g


def b_gmail(R):
    def g(ct):
        return '0' * 12 + hexs(R, 16)
    return g


def b_tb(R):
    def g(ct):
        return '------------' + rstr(R, 24)
    return g


def b_generic(R, prefix='=_'):
    def g(ct):
        return prefix + hexs(R, 32)
    return g


def b_java(R, t):
    cnt = [R.randrange(100000, 999999)]

    def g(ct):
        cnt[0] += 1
        return '----=_Part_%d_%d.%d' % (cnt[0], R.randrange(10 ** 8, 10 ** 9), ems(t))
    return g


def P(**kw):
    d = dict(hops=[], pre=[], extra=[], order=ORDER_GENERIC, fn_style='quoted', tls='tls13')
    d.update(kw)
    return d


# ================================================================ internal
def exchange_internal(m, R, srv='EXMBX02', peer='EXMBX01', client_ip=None):
    t = m['t']
    fe = 'fe80::%s:%s:%s:%s' % (hexs(R, 4), hexs(R, 4), hexs(R, 4), hexs(R, 4))
    hops = [
        'from %s.corp.example.com (10.20.1.%d) by\n %s.corp.example.com (10.20.1.%d) with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24;\n %s'
        % (srv, 32 if srv.endswith('2') else 31, peer, 31 if peer.endswith('1') else 32, rfc_date(sec(t, 2), 'UTC')),
        'from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%12]) with mapi id\n 15.02.1748.024; %s'
        % (srv, fe, srv, fe, rfc_date(sec(t, 1), 'UTC')),
    ]
    extra = [('Thread-Topic', m.get('topic') or m['subject']), ('Thread-Index', outlook_tindex(R, m.get('depth', 0))),
             ('Accept-Language', m.get('alang', 'de-DE, en-US')), ('Content-Language', m.get('clang', 'de-DE')),
             ('X-MS-Has-Attach', 'yes' if m.get('has_att') else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-originating-ip', '[%s]' % (client_ip or '10.20.%d.%d' % (R.randrange(4, 9), R.randrange(20, 240))))]
    return P(mx=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', 'tls13'),
             hops=hops, msgid='<%s@%s.corp.example.com>' % (hexs(R, 32), srv),
             date=rfc_date(t, 'UTC'), extra=extra, order=ORDER_OUTLOOK,
             boundary=b_exchange(R, srv + 'corpe'), fn_style='outlook',
             return_path=m['frm'][1])


def erp_internal(m, R, host='sapprd01', mailer='SAP NetWeaver 7.50'):
    t = m['t']
    hops = ['from %s.corp.example.com (10.20.3.14) by EXMBX01.corp.example.com (10.20.1.31)\n'
            ' with Microsoft SMTP Server id 15.2.1748.24; %s' % (host, rfc_date(sec(t, 1), 'UTC'))]
    return P(mx=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', 'tls13'),
             hops=hops, msgid='<%s.%s@%s.corp.example.com>' % (local_dt(t, m['zone']).strftime('%Y%m%d%H%M%S'), hexs(R, 12, True), host),
             date=rfc_date(t, m['zone']), extra=[('X-Mailer', mailer)],
             boundary=b_generic(R, '=_SAP_'), return_path=m['frm'][1])


# ================================================================ Microsoft 365 tenants
M365_REGIONS = {
    'DE': ('DEU01-FR2-obe.outbound.protection.outlook.com', 'mail-fr2deu01on20%d.outbound.protection.outlook.com',
           '40.107.135.%d', ['FR2P281MB', 'BE1P281MB', 'FR4P281MB'], 'DEUP281.PROD.OUTLOOK.COM', 'deup'),
    'EU': ('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on20%d.outbound.protection.outlook.com',
           '40.107.22.%d', ['AM6PR04MB', 'DB9PR10MB', 'VI1PR08MB', 'PA4PR07MB'], 'eurprd04.prod.outlook.com', 'eurp'),
    'IT': ('EUR02-DB5-obe.outbound.protection.outlook.com', 'mail-db5eur02on20%d.outbound.protection.outlook.com',
           '40.107.249.%d', ['DU0PR09MB', 'PA4PR09MB', 'AS8PR09MB'], 'eurprd09.prod.outlook.com', 'eurp'),
    'UK': ('GBR01-LO4-obe.outbound.protection.outlook.com', 'mail-lo4gbr01on20%d.outbound.protection.outlook.com',
           '40.107.20.%d', ['LO4P123MB', 'CWLP123MB', 'LO2P123MB'], 'GBRP123.PROD.OUTLOOK.COM', 'gbrp'),
    'US': ('NAM12-BN8-obe.outbound.protection.outlook.com', 'mail-bn8nam12on20%d.outbound.protection.outlook.com',
           '40.107.237.%d', ['BN0PR02MB', 'SA1PR12MB', 'CH3PR12MB'], 'namprd12.prod.outlook.com', 'namp'),
}


def m365(m, R, region='EU', lang=None, tenant=None):
    t = m['t']
    helo, rdns_t, ip_t, srvs, dom, tag = M365_REGIONS[region]
    n = R.randrange(60, 99)
    ip = ip_t % R.randrange(10, 250)
    s1 = R.choice(srvs) + '%04d' % R.randrange(1000, 9999)
    s2 = R.choice(srvs) + '%04d' % R.randrange(1000, 9999)
    fe = 'fe80::%s:%s:%s:%s' % (hexs(R, 4), hexs(R, 4), hexs(R, 4), hexs(R, 4))
    v6a = '2603:10a6:%s:%s::%d' % (hexs(R, 3), hexs(R, 2), R.randrange(2, 30))
    v6b = '2603:10a6:%s:%s::%d' % (hexs(R, 3), hexs(R, 2), R.randrange(2, 30))
    vb, vl = R.randrange(9200, 9400), R.randrange(5, 30)
    ver = '15.20.%d.%d' % (vb, vl)
    mver = '15.20.%d.%03d' % (vb, vl)
    hops = [
        'from %s.%s (%s) by\n %s.%s (%s) with Microsoft SMTP\n Server (version=TLS1_2,'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s; %s'
        % (s1, dom, v6a, s2, dom, v6b, ver, rfc_date(sec(t, 2), 'UTC')),
        'from %s.%s\n ([%s]) by %s.%s\n ([%s%%%d]) with mapi id %s; %s'
        % (s1, dom, fe, s1, dom, fe, R.randrange(2, 7), mver,
           rfc_date(sec(t, 1), 'UTC')),
    ]
    tid = tenant or uuid(R)
    nmid = uuid(R)
    lang = lang or m.get('clang', 'en-US')
    extra = [('Thread-Topic', m.get('topic') or m['subject']), ('Thread-Index', outlook_tindex(R, m.get('depth', 0))),
             ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'), ('Content-Language', lang),
             ('X-MS-Has-Attach', 'yes' if m.get('has_att') else ''), ('X-MS-TNEF-Correlator', ''),
             ('msip_labels', ''), ('x-ms-publictraffictype', 'Email'),
             ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (s1, s2)),
             ('X-MS-Exchange-CrossTenant-Network-Message-Id', nmid),
             ('X-MS-Exchange-CrossTenant-originalarrivaltime', local_dt(t, 'UTC').strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % R.randrange(10000)),
             ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
             ('X-MS-Exchange-CrossTenant-id', tid),
             ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
             ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', s2)]
    return P(mx=(helo, rdns_t % n, ip, 'tls13'), hops=hops,
             msgid='<%s%s@%s.%s>' % (s1, hexs(R, 28, True), s1, dom),
             date=rfc_date(t, 'UTC'), extra=extra, order=ORDER_OUTLOOK,
             boundary=b_exchange(R, s1 + tag), fn_style='outlook', return_path=m['frm'][1])


def microsoft_service(m, R, msgdomain='az.westeurope.microsoft.com', order=None):
    """Microsoft's own notification mail (billing, SharePoint sharing)."""
    p = m365(m, R, region='US')
    p['msgid'] = '<%s@%s>' % (uuid(R), msgdomain)
    p['extra'] = [e for e in p['extra'] if e[0].startswith('X-MS-Exchange-CrossTenant')]
    p['order'] = ORDER_GENERIC
    p['boundary'] = b_generic(R, '--boundary_')
    p['date'] = rfc_date(m['t'], 'UTC')
    return p


# ================================================================ Google
GMAIL_HOSTS = [('mail-wr1-f%d.google.com', '209.85.221.%d'), ('mail-ej1-f%d.google.com', '209.85.218.%d'),
               ('mail-wm1-f%d.google.com', '209.85.128.%d'), ('mail-lf1-f%d.google.com', '209.85.167.%d'),
               ('mail-ed1-f%d.google.com', '209.85.208.%d')]


def _gm_xreceived(R, t, zone):
    return ('by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s'
            % (hexs(R, 4), hexs(R, 3), hexs(R, 3), hexs(R, 4), hexs(R, 4),
               rstr(R, 2, 'abcdefghijklmnopqrstuvwxyz') + str(R.randrange(10, 99)),
               '20020a05' + hexs(R, 20) + 'b00' + hexs(R, 9) + 'mr' + str(R.randrange(10 ** 6, 10 ** 7)) + rstr(R, 3, 'abcdefghijklmnopqrstuvwxyz'),
               R.randrange(1, 40), ems(t), rfc_date(t, zone, True)))


def gmail(m, R, browser_zone=None):
    t = m['t']
    hn, ipn = R.choice(GMAIL_HOSTS)
    k = R.randrange(41, 70)
    host, ip = hn % k, ipn % k
    gz = 'US-P'
    hops = ['by %s with SMTP id %s-%s%s.%d\n        for <%s>; %s'
            % (host, hexs(R, 14), hexs(R, 11), 'so' + str(R.randrange(10 ** 6, 10 ** 7)) + rstr(R, 3, 'abcdefghijklmnopqrstuvwxyz0123456789'),
               R.randrange(0, 4), m['rcpt'], rfc_date(sec(t, 1), gz, True))]
    pre = [('X-Gm-Message-State', 'AOJu0Y' + b64u(R, 62)),
           ('X-Gm-Gg', 'ASbGnc' + b64u(R, 90)),
           ('X-Google-Smtp-Source', 'AGHT+I' + b64u(R, 66)),
           ('X-Received', _gm_xreceived(R, sec(t, 1), gz))]
    return P(mx=(host, host, ip, 'tls13'), hops=hops, pre=pre,
             msgid='<CA%s@mail.gmail.com>' % b64u(R, 58).replace('-', '+'),
             date=rfc_date(t, browser_zone or m['zone']), order=ORDER_GMAIL,
             boundary=b_gmail(R), fn_style='gmail-b', return_path=m['frm'][1])


def google_service(m, R, kind='accounts', rp_domain='gaia.bounces.google.com', extra=None):
    t = m['t']
    k = R.randrange(60, 80)
    host, ip = 'mail-sor-f%d.google.com' % k, '209.85.220.%d' % k
    hops = ['by %s with SMTP id %s-%s.%d\n        for <%s>\n        (Google Transport Security);\n        %s'
            % (host, hexs(R, 14), hexs(R, 11) + 'sor' + str(R.randrange(10 ** 6, 10 ** 7)) + rstr(R, 3, 'abcdefghijklmnopqrstuvwxyz0123456789'),
               R.randrange(1, 40), m['rcpt'], rfc_date(sec(t, 1), 'US-P', True))]
    pre = [('X-Google-Smtp-Source', 'AGHT+I' + b64u(R, 66)), ('X-Received', _gm_xreceived(R, sec(t, 1), 'US-P'))]
    return P(mx=(host, host, ip, 'tls13'), hops=hops, pre=pre,
             msgid='<%s@%s>' % (b64u(R, 22), 'google.com'),
             date=rfc_date(t, 'UTC').replace('+0000', '+0000'), order=['MIME-Version', 'Date', 'Reply-To', '*', 'Message-ID', 'Subject', 'From', 'To', 'Content-Type', 'Content-Transfer-Encoding'],
             extra=extra or [], boundary=b_gmail(R),
             return_path='3%s-%s.%s@%s' % (rstr(R, 22), rstr(R, 12), rstr(R, 14), rp_domain))


# ================================================================ consumer mailers
def gmx(m, R, domain='gmx.de', client_ip='91.64.%d.%d'):
    t = m['t']
    web = domain == 'web.de'
    app = '3c-app-%s-%s%d' % ('webde' if web else 'gmx', 'bs' if web else 'bap', R.randrange(10, 70))
    mr = ('mrweb%d' if web else 'mrgmx%d') % R.randrange(100, 120)
    cip = client_ip % (R.randrange(1, 254), R.randrange(1, 254))
    mout = ('mout.web.de', '212.227.15.%d' % R.choice((3, 4, 14, 15))) if web else ('mout.gmx.net', '212.227.17.%d' % R.choice((20, 21, 22)))
    hops = ['from %s ([172.19.172.%d]) by %s\n (%s [212.227.17.%d]) with ESMTPA (Nemesis) id %s-%s; %s'
            % (app, R.randrange(2, 250), 'web-mail.web.de' if web else 'web-mail.gmx.net', mr, R.randrange(160, 200),
               '1M' + rstr(R, 9), '1t' + rstr(R, 7) + '-00' + rstr(R, 6), rfc_date(sec(t, 1), 'DE')),
            'from [%s] by %s\n (via HTTP); %s' % (cip, app, rfc_date(t, 'DE'))]
    extra = [('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3'),
             ('X-Provags-ID', 'V03:K1:' + b64(R, 60)),
             ('UI-Outbound-Report', 'notjunk:1;M01:P0:' + b64(R, 12) + ';' + b64(R, 120))]
    return P(mx=(mout[0], mout[0], mout[1], 'tls13'), hops=hops,
             msgid='<trinity-%s-%d@%s>' % (uuid(R), ems(t), app), date=rfc_date(t, m['zone']),
             extra=extra, order=['MIME-Version', 'Message-ID', 'From', 'To', 'Cc', 'Subject', 'Content-Type', 'Date',
                                 '*', 'Content-Transfer-Encoding'],
             boundary=lambda ct: 'abmob-' + uuid(R), fn_style='rfc2231', return_path=m['frm'][1])


def wp(m, R, client='83.24.%d.%d'):
    t = m['t']
    cip = client % (R.randrange(1, 254), R.randrange(1, 254))
    hops = ['(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (R.randrange(10000, 99999), rfc_date(sec(t, 1), 'CET')),
            'from %s.dynamic.chello.pl (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n'
            '          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s'
            % (cip.replace('.', '-'), R.randrange(2, 60), m['frm'][1], cip, m['frm'][1], m['rcpt'], rfc_date(t, 'CET'))]
    extra = [('X-WP-MailID', hexs(R, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
             ('User-Agent', 'Poczta WP')]
    n = R.randrange(1, 9)
    return P(mx=('mx%d.wp.pl' % n, 'mx%d.wp.pl' % n, '212.77.101.%d' % (8 + n), 'tls12'), hops=hops,
             msgid='<%s@wp.pl>' % hexs(R, 32), date=rfc_date(t, 'CET'), extra=extra,
             boundary=b_generic(R, '=_'), return_path=m['frm'][1])


def onet(m, R):
    t = m['t']
    node = 'pmq%d%s.m5r2.onet' % (R.randrange(1, 9), rstr(R, 1, 'vwxyz'))
    hops = ['from %s (%s [10.174.%d.%d])\n\tby smtp.poczta.onet.pl (Onet) with ESMTP id %s\n\tfor <%s>; %s'
            % (node, node, R.randrange(1, 250), R.randrange(1, 250), pf_qid(R), m['rcpt'], rfc_date(sec(t, 1), 'CET')),
            'from [5.173.%d.%d] by %s via HTTP id %s;\n\t%s'
            % (R.randrange(1, 250), R.randrange(1, 250), node, local_dt(t, 'CET').strftime('%Y%m%d%H%M') + rstr(R, 8, string.digits), rfc_date(t, 'UTC'))]
    k = R.randrange(60, 99)
    return P(mx=('smtpo%d.poczta.onet.pl' % k, 'smtpo%d.poczta.onet.pl' % k, '213.180.149.%d' % (100 + k), 'tls13'),
             hops=hops, msgid='<%d-%d@%s>' % (R.randrange(10 ** 8, 10 ** 9), R.randrange(10 ** 5, 10 ** 6), node),
             date=rfc_date(t, 'CET'), extra=[('X-Mailer', 'onet.poczta'), ('X-Onet-PMQ', '<%s>;5.173.0.0;PL;1' % m['frm'][1])],
             boundary=b_generic(R, '===============') , return_path=m['frm'][1])


def libero(m, R):
    t = m['t']
    n = R.randrange(20, 40)
    host = 'smtp-%d-i2.italiaonline.it' % n
    hops = ['from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby %s with ESMTPA\n\tid %s; %s'
            % (R.randrange(10, 40), R.randrange(100, 200), R.randrange(2, 250), host, rstr(R, 16), rfc_date(sec(t, 1), 'CET'))]
    extra = [('X-Priority', '3'), ('Importance', 'Normal'), ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev61'),
             ('X-Originating-IP', '93.%d.%d.%d' % (R.randrange(32, 70), R.randrange(1, 254), R.randrange(1, 254))),
             ('X-Originating-Client', 'open-xchange-appsuite')]
    return P(mx=('libero.it', host, '213.209.12.%d' % n, 'tls13'), hops=hops,
             msgid='<%d.%d.%d@mail1.libero.it>' % (R.randrange(10 ** 9, 2 * 10 ** 9), R.randrange(10 ** 6, 10 ** 7), ems(t)),
             date=rfc_date(t, 'CET'), extra=extra,
             order=['Date', 'From', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References', 'Subject',
                    'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', '*'],
             boundary=lambda ct: '----=_Part_%d_%d.%d' % (R.randrange(10 ** 5, 10 ** 6), R.randrange(10 ** 8, 10 ** 9), ems(t)),
             return_path=m['frm'][1])


def yandex(m, R, web=True, hostdomain='mail.yandex.ru'):
    t = m['t']
    dc = R.choice(['sas', 'vla', 'klg', 'myt'])
    fw = 'forward%d%s.mail.yandex.net' % (R.randrange(100, 600), R.choice('ab'))
    smtp = 'mail-nwsmtp-smtp-production-main-%d.%s.yandex.net' % (R.randrange(10, 99), dc)
    hops = ['from %s (%s [IPv6:2a02:6b8:c%02x:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
            % (smtp, smtp, R.randrange(0, 40), hexs(R, 4), hexs(R, 4), fw, rstr(R, 12, string.ascii_uppercase + string.digits),
               m['rcpt'], rfc_date(sec(t, 2), 'RU', True)),
            'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
            % (smtp, rstr(R, 10), hexs(R, 8), rfc_date(sec(t, 1), 'RU'))]
    webhost = 'mail-web-%d.%s.yandex.net' % (R.randrange(10, 99), dc)
    if web:
        hops.append('from mail.yandex.ru by %s with HTTP;\n\t%s' % (webhost, rfc_date(t, 'RU')))
    extra = [('X-Yandex-Fwd', '1')] + ([('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')] if web else [])
    return P(mx=(fw, fw, '178.154.239.%d' % R.randrange(64, 220), 'tls13'), hops=hops,
             msgid='<%d@%s>' % (R.randrange(10 ** 16, 10 ** 17), hostdomain), date=rfc_date(t, 'RU'),
             extra=extra, order=['From', 'To', 'Cc', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', '*',
                                 'Message-Id', 'Date', 'Content-Type', 'Content-Transfer-Encoding'],
             boundary=lambda ct: '----==--bound.%d.%s' % (R.randrange(10 ** 5, 10 ** 6), webhost),
             fn_style='gmail-b', return_path=m['frm'][1])


# ================================================================ SMTP submission from desktop clients
def outlook_smtp(m, R, mx, relay_line, domain, mailer='Microsoft Outlook 16.0', lang=None):
    """Outlook desktop sending through a hoster's SMTP (Aruba, OTE, Arsys ...)."""
    t = m['t']
    hops = [relay_line % {'date': rfc_date(sec(t, 1), m['zone']), 'id': rstr(R, 10), 'rcpt': m['rcpt'],
                          'qid': pf_qid(R)}]
    extra = [('X-Mailer', mailer), ('Thread-Index', outlook_tindex(R, m.get('depth', 0))),
             ('Content-Language', lang or m.get('clang', 'en'))]
    msgid, bnd = outlook_ids(R, domain)
    return P(mx=mx, hops=hops, msgid=msgid,
             date=rfc_date(t, m['zone']), extra=extra, order=ORDER_OUTLOOK_SMTP,
             boundary=bnd, fn_style='outlook', return_path=m['frm'][1])


def thunderbird(m, R, mx, relay_line, domain, ua=None):
    t = m['t']
    hops = [relay_line % {'date': rfc_date(sec(t, 1), m['zone']), 'qid': pf_qid(R), 'rcpt': m['rcpt']}]
    return P(mx=mx, hops=hops, msgid='<%s@%s>' % (uuid(R), domain), date=rfc_date(t, m['zone']),
             extra=[('User-Agent', ua or 'Mozilla Thunderbird'), ('Content-Language', m.get('clang', 'en-US'))],
             order=ORDER_TB, boundary=b_tb(R), fn_style='rfc2231', return_path=m['frm'][1])


def postfix_webmail(m, R, mx, host, domain, ua='Roundcube Webmail/1.6.9', client='127.0.0.1'):
    """Self-hosted Postfix + Roundcube (look-alike domains on VPS)."""
    t = m['t']
    hops = ['from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
            % (host if client == '127.0.0.1' else '[%s]' % client, 'localhost' if client == '127.0.0.1' else 'unknown', client,
               m['frm'][1], host, hexs(R, 10, True), m['rcpt'],
               rfc_date(sec(t, 1), m['zone'], True))]
    extra = [('User-Agent', ua), ('X-Sender', m['frm'][1])] if ua else []
    return P(mx=mx, hops=hops, msgid='<%s@%s>' % (hexs(R, 32), domain), date=rfc_date(t, m['zone']),
             extra=extra, boundary=b_generic(R, '=_'), return_path=m['frm'][1])


def cpanel_exim(m, R, host, hostip, client_ip, domain, mailer=None, uid='47 12', zone=None, auth_user=None):
    """Compromised shared-hosting account (cPanel/Exim), incl. AntiAbuse headers."""
    t = m['t']
    z = zone or m['zone']
    env = auth_user or m['frm'][1]
    eid = '1t' + rstr(R, 4) + '-' + rstr(R, 7, string.ascii_uppercase + string.digits)[:6] + '-' + rstr(R, 2)
    hops = ['from [%s] (port=%d helo=[127.0.0.1])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
            '\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
            % (client_ip, R.randrange(40000, 65000), host, env, eid, m['rcpt'], rfc_date(sec(t, 1), z))]
    pre = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
           ('X-AntiAbuse', 'Primary Hostname - ' + host),
           ('X-AntiAbuse', 'Original Domain - example.com'),
           ('X-AntiAbuse', 'Originator/Caller UID/GID - [%s] / [%s]' % (uid, uid)),
           ('X-AntiAbuse', 'Sender Address Domain - ' + domain),
           ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (host, env)),
           ('X-Authenticated-Sender', '%s: %s' % (host, env))]
    extra = [('X-Mailer', mailer)] if mailer else []
    if mailer and mailer.startswith('PHPMailer'):
        msgid = '<%s@%s>' % (rstr(R, 43), domain)
        bnd = lambda ct: 'b1=_' + rstr(R, 43)
    else:
        msgid = '<%s@%s>' % (hexs(R, 32), domain)
        bnd = b_generic(R, '=_')
    return P(mx=(host, host, hostip, 'tls13'), hops=hops, pre=pre, msgid=msgid, date=rfc_date(t, z),
             extra=extra, boundary=bnd, return_path=env)


def zoho_eu(m, R):
    t = m['t']
    k = R.randrange(10, 40)
    host = 'sender4-op-o%d.zoho.eu' % k
    hops = ['from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d.%d;\n\t%s'
            % (ems(t), R.randrange(100, 999), R.randrange(10 ** 8, 10 ** 9), rfc_date(sec(t, 1), 'DE', True))]
    return P(mx=(host, host, '136.143.169.%d' % k, 'tls13'), hops=hops,
             msgid='<%s.%s.%d@%s>' % (hexs(R, 11), hexs(R, 13), R.randrange(10 ** 18, 10 ** 19), m['frm'][1].split('@')[1]),
             date=rfc_date(t, m['zone']), extra=[('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')],
             order=['Date', 'From', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MIME-Version',
                    'Content-Type', 'Content-Transfer-Encoding', '*'],
             boundary=b_java(R, t), return_path=m['frm'][1])


# ================================================================ ESPs
def sendgrid(m, R, bounce_domain, ptr):
    t = m['t']
    pod = 'geopod-ismtpd-%d' % R.randrange(1, 40)
    fid = 'filterdrecv-%s-%s' % (hexs(R, 9), rstr(R, 5, string.ascii_lowercase + string.digits))
    sgid = b64u(R, 22)
    hops = ['by %s with SMTP id %s-1-%s-%s\n\t%s +0000 UTC m=+%d.%09d'
            % (fid, fid, hexs(R, 8, True), hexs(R, 2, True), local_dt(sec(t, 2), 'UTC').strftime('%Y-%m-%d %H:%M:%S.') + str(R.randrange(10 ** 8, 10 ** 9)),
               R.randrange(1000, 900000), R.randrange(10 ** 8, 10 ** 9)),
            'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)'
            % (b64(R, 7).rstrip('='), pod, sgid, local_dt(sec(t, 1), 'UTC').strftime('%a, %d %b %Y %H:%M:%S.') + '%03d +0000' % R.randrange(1000))]
    ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    rcpt = m['rcpt'].replace('@', '=')
    extra = [('X-SG-EID', 'u001.' + b64(R, 90)), ('X-SG-ID', 'u001.' + b64(R, 66)),
             ('X-Entity-ID', 'u001.' + b64(R, 18))]
    return P(mx=(ptr, ptr, ip, 'tls12'), hops=hops, msgid='<%s@%s>' % (sgid, pod),
             date=rfc_date(t, 'UTC'), extra=extra, boundary=lambda ct: hexs(R, 64),
             return_path='bounces+%d-%s-%s@%s' % (R.randrange(10 ** 7, 10 ** 8), hexs(R, 4), rcpt, bounce_domain))


def mailgun(m, R, mgdomain, eu=True):
    t = m['t']
    ip = '161.38.%d.%d' % (R.randrange(192, 206), R.randrange(1, 250)) if eu else '159.135.%d.%d' % (R.randrange(224, 239), R.randrange(1, 250))
    host = ('m%s.eu.mailgun.net' if eu else 'm%s.mailgun.net') % ip.split('.', 2)[2].replace('.', '-')
    hops = ['by %s with HTTP; %s' % (hexs(R, 12), local_dt(sec(t, 1), 'UTC').strftime('%a, %d %b %Y %H:%M:%S GMT'))]
    rcpt = m['rcpt'].replace('@', '=')
    extra = [('X-Mailgun-Sid', b64(R, 45)), ('X-Mailgun-Sending-Ip', ip),
             ('Sender', 'noreply@' + mgdomain), ('X-Mailgun-Track', 'yes'), ('X-Mailgun-Track-Clicks', 'yes')]
    return P(mx=(host, host, ip, 'tls13'), hops=hops,
             msgid='<%s.%s@%s>' % (local_dt(t, 'UTC').strftime('%Y%m%d%H%M%S'), hexs(R, 16), mgdomain),
             date=rfc_date(t, 'UTC'), extra=extra, boundary=lambda ct: hexs(R, 64),
             return_path='bounce+%s.%s-%s@%s' % (hexs(R, 6), hexs(R, 6), rcpt, mgdomain))


def ses(m, R, region='eu-west-1', fbid=None):
    t = m['t']
    ipbase = {'eu-west-1': '54.240.4', 'eu-central-1': '69.169.224', 'eu-west-2': '54.240.7',
              'eu-south-1': '15.161.162', 'us-east-1': '54.240.8'}[region]
    last = R.randrange(1, 250)
    host = 'a%s-%d.smtp-out.%s.amazonses.com' % (ipbase.split('.')[-1][-1], last, region)
    mid = '0102019%s-%s-000000' % (hexs(R, 9), uuid(R))
    extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, b64(R, 33).rstrip('='))),
             ('X-SES-Outgoing', '%s-%s.%d' % (local_dt(t, 'UTC').strftime('%Y.%m.%d'), ipbase, last))]
    return P(mx=(host, host, '%s.%d' % (ipbase, last), 'tls13'), hops=[],
             msgid='<%s@%s.amazonses.com>' % (mid, region), date=rfc_date(t, 'UTC'), extra=extra,
             boundary=lambda ct: '----=_Part_%d_%d.%d' % (R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 8, 10 ** 9), ems(t)),
             return_path='%s@%s.amazonses.com' % (mid, region))


def brevo(m, R, unsub=None):
    t = m['t']
    last = R.randrange(1, 250)
    ip = '77.32.148.%d' % last
    host = 'smtp-relay.mailin.fr'
    cid = R.randrange(1000000, 9999999)
    hops = ['from [10.24.%d.%d] by smtp-relay.mailin.fr with ESMTP id %d; %s'
            % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(10 ** 10, 10 ** 11), rfc_date(sec(t, 1), 'UTC'))]
    extra = [('X-Mailin-EID', b64(R, 48)), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, cid, cid))]
    return P(mx=(host, host, ip, 'tls13'), hops=hops,
             msgid='<%s.%d@smtp-relay.mailin.fr>' % (local_dt(t, 'UTC').strftime('%Y%m%d%H%M'), R.randrange(10 ** 10, 10 ** 11)),
             date=rfc_date(t, 'UTC'), extra=extra, boundary=b_java(R, t),
             return_path='bounces-%d-%s@bounces.brevosend.com' % (cid, hexs(R, 10)))


def cleverreach(m, R):
    t = m['t']
    k = R.randrange(10, 40)
    host = 'mout%d.crsend.com' % k
    hops = ['from crsend.com (unknown [10.140.%d.%d])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
            % (R.randrange(1, 250), R.randrange(1, 250), host, pf_qid(R), rfc_date(sec(t, 1), 'DE', True))]
    extra = [('X-Mailer', 'CleverReach'), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-ID', '%d:%d:newsletter:cleverreach' % (R.randrange(10 ** 5, 10 ** 6), R.randrange(10 ** 6, 10 ** 7))),
             ('Precedence', 'bulk')]
    return P(mx=(host, host, '185.200.205.%d' % k, 'tls13'), hops=hops,
             msgid='<m.%d.%s@crsend.com>' % (R.randrange(10 ** 8, 10 ** 9), hexs(R, 12)), date=rfc_date(t, 'DE'),
             extra=extra, boundary=b_generic(R, '_=_swift_'),
             return_path='bounce-%d-%s@crsend.com' % (R.randrange(10 ** 7, 10 ** 8), hexs(R, 8)))


# ================================================================ well-known services
def github(m, R):
    t = m['t']
    k = R.randrange(16, 30)
    host = 'out-%d.smtp.github.com' % k
    hops = ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
            % (hexs(R, 7), R.randrange(1, 250), R.randrange(1, 250), pf_qid(R), m['rcpt'], rfc_date(sec(t, 1), 'US-P', True))]
    return P(mx=(host, host, '192.30.252.%d' % (183 + k), 'tls13'), hops=hops,
             msgid='<%s_%s@%s.mail>' % (hexs(R, 13), hexs(R, 14), 'lowworker-%s-%s' % (hexs(R, 9), rstr(R, 5, string.ascii_lowercase))),
             date=rfc_date(t, 'US-P'), extra=[('X-Auto-Response-Suppress', 'All')],
             boundary=lambda ct: '--==_mimepart_%s_%s' % (hexs(R, 8), hexs(R, 13)), return_path='noreply@github.com')


def paypal(m, R):
    t = m['t']
    host = 'mx%d.slc.paypal.com' % R.randrange(0, 3)
    hops = ['from ccg%02dmail%02d.nms.mlb.paypal.com (ccg%02dmail%02d.nms.mlb.paypal.com [10.72.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % ((a := R.randrange(1, 20)), (b := R.randrange(1, 10)), a, b, R.randrange(1, 250), R.randrange(1, 250), host,
               pf_qid(R), m['rcpt'], rfc_date(sec(t, 1), 'US-P', True))]
    extra = [('X-PP-REQUESTED-TIME', str(ems(t))), ('X-PP-Email-transmission-Id', uuid(R)),
             ('PP-Correlation-Id', hexs(R, 13)), ('X-Email-Type-Id', 'PPX001236'), ('X-XPT-XSL-Name', 'invoice_v2')]
    return P(mx=(host, host, '173.0.84.%d' % R.randrange(224, 230), 'tls13'), hops=hops,
             msgid='<%s.%s.%d.%s@ccg%02dmail%02d>' % (hexs(R, 2, True), hexs(R, 2, True), R.randrange(10000, 99999), hexs(R, 8, True), a, b),
             date=rfc_date(t, 'US-P'), extra=extra, boundary=b_java(R, t),
             return_path='bounce@paypal.com')


def docusign_eu(m, R):
    t = m['t']
    host = 'mailfra%02d.eumail.docusign.net' % R.randrange(1, 6)
    hops = ['from FR1FE%dWEB%02d (10.85.%d.%d) by %s with Microsoft SMTP Server\n id 15.2.1544.9; %s'
            % (R.randrange(1, 4), R.randrange(1, 30), R.randrange(1, 250), R.randrange(1, 250), host, rfc_date(sec(t, 1), 'UTC'))]
    extra = [('X-Api-Host', 'eu.docusign.net'), ('X-DocuSign-EnvelopeID', uuid(R).upper())]
    return P(mx=(host, host, '185.81.%d.%d' % (R.randrange(50, 53), R.randrange(1, 250)), 'tls12'), hops=hops,
             msgid='<%s@eumail.docusign.net>' % hexs(R, 32), date=rfc_date(t, 'UTC'), extra=extra,
             boundary=lambda ct: '----=_NextPart_%s' % uuid(R), return_path='bounces@eumail.docusign.net')


def mimecast_uk(m, R, srv='WHL-EX01', domain='whitmorehale.local'):
    t = m['t']
    k = R.randrange(100, 130)
    host = 'uk-smtp-delivery-%d.mimecast.com' % k
    mcid = rstr(R, 22)
    hops = ['from %s.%s (%s.%s [195.99.%d.%d]) by relay.mimecast.com\n with ESMTP with both STARTTLS and AUTH (version=TLSv1.2,\n'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id uk-mta-%d-%s-1; %s'
            % (srv.lower(), 'whitmorehale.co.uk', srv.lower(), 'whitmorehale.co.uk', R.randrange(1, 250), R.randrange(1, 250), k, mcid,
               rfc_date(sec(t, 2), 'UTC')),
            'from %s.%s (10.1.0.11) by %s.%s (10.1.0.11) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1748.10; %s'
            % (srv, domain, srv, domain, rfc_date(sec(t, 1), 'UK'))]
    extra = [('Thread-Topic', m.get('topic') or m['subject']), ('Thread-Index', outlook_tindex(R, m.get('depth', 0))),
             ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', 'yes' if m.get('has_att') else ''),
             ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[10.1.4.%d]' % R.randrange(20, 200)),
             ('X-MC-Unique', mcid + '-1'), ('X-Mimecast-MFC-AGG-ID', '5')]
    return P(mx=(host, host, '185.58.86.%d' % k, 'tls13'), hops=hops,
             msgid='<%s@%s.%s>' % (hexs(R, 32), srv, domain), date=rfc_date(t, 'UTC'), extra=extra,
             order=ORDER_OUTLOOK, boundary=b_exchange(R, srv.replace('-', '') + 'whit'), fn_style='outlook',
             return_path=m['frm'][1])


def onprem_exchange_gateway(m, R, gw, gwip, srv, addomain, lang='de-DE'):
    """External company with on-prem Exchange behind its own Postfix/Sophos gateway."""
    t = m['t']
    hops = ['from %s.%s (10.10.1.20) by %s.%s\n (10.10.1.20) with Microsoft SMTP Server (version=TLS1_2,\n'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24; %s'
            % (srv, addomain, srv, addomain, rfc_date(sec(t, 1), 'UTC'))]
    hops.insert(0, 'from %s.%s (%s.%s [10.10.1.20])\n\tby %s (Postfix) with ESMTPS id %s;\n\t%s'
                % (srv.lower(), addomain, srv.lower(), addomain, gw, pf_qid(R), rfc_date(sec(t, 2), 'DE', True)))
    extra = [('Thread-Topic', m.get('topic') or m['subject']), ('Thread-Index', outlook_tindex(R, m.get('depth', 0))),
             ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
             ('X-MS-Has-Attach', 'yes' if m.get('has_att') else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-originating-ip', '[10.10.4.%d]' % R.randrange(20, 200))]
    return P(mx=(gw, gw, gwip, 'tls13'), hops=hops, msgid='<%s@%s.%s>' % (hexs(R, 32), srv, addomain),
             date=rfc_date(t, 'UTC'), extra=extra, order=ORDER_OUTLOOK,
             boundary=b_exchange(R, srv + addomain[:4]), fn_style='outlook', return_path=m['frm'][1])


def smtp_relay_gmail(m, R, client_host, client_ip, mailer):
    """Accounting software submitting via smtp.gmail.com (Workspace)."""
    t = m['t']
    hn, ipn = R.choice(GMAIL_HOSTS)
    k = R.randrange(41, 70)
    hops = ['from %s ([%s])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.%d\n        for <%s>\n'
            '        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        %s'
            % (client_host, client_ip, hexs(R, 14), hexs(R, 11), R.randrange(1, 20), R.randrange(1, 9), m['rcpt'],
               rfc_date(sec(t, 1), 'US-P', True))]
    pre = [('X-Gm-Message-State', 'AOJu0Y' + b64u(R, 62)), ('X-Google-Smtp-Source', 'AGHT+I' + b64u(R, 66)),
           ('X-Received', _gm_xreceived(R, sec(t, 1), 'US-P'))]
    return P(mx=(hn % k, hn % k, ipn % k, 'tls13'), hops=hops, pre=pre,
             msgid='<%s.%s@%s>' % (local_dt(t, m['zone']).strftime('%Y%m%d%H%M%S'), hexs(R, 8, True), client_host),
             date=rfc_date(t, m['zone']), extra=[('X-Mailer', mailer)], boundary=b_generic(R, '=_NextPart_'),
             return_path=m['frm'][1])


def aruba(m, R, client_ip, client='outlook', mailer='Microsoft Outlook 16.0', domain=None):
    """Mailbox hosted at Aruba.it (Outlook desktop or Aruba webmail)."""
    t = m['t']
    n = R.randrange(100, 250)
    host = 'smtpcmd%04d.aruba.it' % R.randrange(1000, 9999)
    helo = 'DESKTOP-%s' % rstr(R, 7, string.ascii_uppercase + string.digits) if client == 'outlook' else 'webmail.aruba.it'
    hops = ['from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
            % (helo if client == 'outlook' else '[%s]' % client_ip, client_ip, rstr(R, 8) + 'm' + rstr(R, 6), rfc_date(sec(t, 1), 'CET'))]
    dom = domain or m['frm'][1].split('@')[1]
    if client == 'outlook':
        extra = [('X-Mailer', mailer), ('Thread-Index', outlook_tindex(R, m.get('depth', 0))),
                 ('Content-Language', m.get('clang', 'it'))]
        msgid, bnd = outlook_ids(R, dom)
        order, fs = ORDER_OUTLOOK_SMTP, 'outlook'
    else:
        extra = [('User-Agent', 'Aruba Webmail'), ('X-Sender', m['frm'][1]), ('Organization', m.get('org', ''))]
        extra = [e for e in extra if e[1]]
        msgid = '<%s@%s>' % (hexs(R, 32), dom)
        order, bnd, fs = ORDER_GENERIC, b_generic(R, '=_'), 'quoted'
    return P(mx=(host, host, '62.149.156.%d' % n, 'tls13'), hops=hops, msgid=msgid, date=rfc_date(t, 'CET'),
             extra=extra, order=order, boundary=bnd, fn_style=fs, return_path=m['frm'][1])
