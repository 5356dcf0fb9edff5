"""Sending-infrastructure profiles: Received chains, Message-ID styles,
mailer headers, boundary styles, header order of the sending system."""

import base64
import datetime as _dt
import hashlib
import json

from mime import rfc2822, rfc2822_nopad, local

_B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
_B51 = _B52[:-1]  # without 'z'
_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def _enc(n, alphabet, pad=0):
    s = ''
    base = len(alphabet)
    while n:
        n, r = divmod(n, base)
        s = alphabet[r] + s
    return s.rjust(pad, '0') or '0'


class R:
    """Random helpers bound to a seeded rng."""

    def __init__(self, rng):
        self.rng = rng

    def hex(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n):
        return ''.join(self.rng.choice(_ALNUM) for _ in range(n))

    def b64u(self, n):
        return ''.join(self.rng.choice(_ALNUM + '-_') for _ in range(n))

    def digits(self, n):
        return str(self.rng.randrange(10 ** (n - 1), 10 ** n))

    def uuid(self, upper=False):
        s = '%s-%s-4%s-%s%s-%s' % (self.hex(8), self.hex(4), self.hex(3), self.rng.choice('89ab'), self.hex(3), self.hex(12))
        return s.upper() if upper else s

    def tindex(self):
        return base64.b64encode(b'\x01' + bytes(self.rng.randrange(256) for _ in range(21))).decode()

    def postfix_long(self, t):
        sec = int(t.timestamp())
        return _enc(sec, _B52, 6) + _enc(self.rng.randrange(10 ** 6), _B52, 4) + 'z' + _enc(self.rng.randrange(10 ** 4, 10 ** 6), _B51)

    def postfix_short(self):
        return self.hex(self.rng.choice((9, 10, 11)), True)

    def exim_id(self):
        return '1%s-%s-%s' % (self.alnum(5), self.alnum(11), self.alnum(4))


TLS = {
    '1.3': '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)',
    '1.3a': '(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)',
    '1.2': '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)',
}


def mx_received(r, helo, rdns, ip, tls, t, rcpt):
    parts = ['from %s (%s [%s])' % (helo, rdns, ip)]
    if tls:
        parts.append(TLS[tls])
    parts.append('by mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', r.postfix_long(t)))
    parts.append('for <%s>; %s' % (rcpt, rfc2822(t, 'DE', comment=True)))
    return '\n\t'.join(parts)


def sec(t, s):
    return t + _dt.timedelta(seconds=s)


# standard header orders
ORDER_OUTLOOK = ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                 'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
                 'X-MS-TNEF-Correlator', '*', 'Content-Type', 'MIME-Version']
ORDER_OUTLOOK_DESKTOP = ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID',
                         'MIME-Version', 'Content-Type', 'X-Mailer', 'Thread-Index', 'Content-Language', '*']
ORDER_GMAIL = ['*', 'MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'X-Gm-Features',
               'Message-ID', 'Subject', 'To', 'Cc', 'Content-Type']
ORDER_TB = ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'Cc', 'References',
            'In-Reply-To', 'From', 'Reply-To', 'Subject', '*', 'Content-Type']
ORDER_RC = ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'Reply-To', 'In-Reply-To', 'References',
            'Mail-Reply-To', 'Message-ID', 'X-Sender', 'User-Agent', 'Content-Type', '*']
ORDER_PHP = ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'X-Mailer', 'MIME-Version', 'Content-Type', '*']
ORDER_ESP = ['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type', '*']
ORDER_GMX = ['MIME-Version', 'Message-ID', 'From', 'To', 'Cc', 'Subject', 'Content-Type', 'Date', 'Importance',
             'Sensitivity', 'X-Priority', '*']


def _ol_id(r, prefix):
    return prefix + r.hex(28, True)


# ------------------------------------------------------------------ internal Exchange
def exchange_internal(sender_host='EXCH02', client_ip='10.20.4.57', lang='de-DE'):
    def f(c):
        r, t = c.r, c.t
        hosts = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}
        other = 'EXCH01' if sender_host == 'EXCH02' else 'EXCH02'
        ver = '15.2.2562.17'
        rec = [
            'from %s.example.local (%s.example.local [%s])\n\t%s\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
            % (other, other.lower(), hosts[other], TLS['1.2'].replace('\n\t(No client certificate requested)', ''), r.postfix_short(), c.rcpt,
               rfc2822(sec(t, 2), 'DE', True)),
            'from %s.example.local (%s) by %s.example.local\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
            % (sender_host, hosts[sender_host], other, hosts[other], ver, rfc2822(sec(t, 1), 'DE')),
            'from %s.example.local ([fe80::{0}:{1}:{2}:{3}]) by\n %s.example.local ([fe80::{0}:{1}:{2}:{3}%%13]) with mapi id\n 15.02.2562.017; %s'
            % (sender_host, sender_host, rfc2822(t, 'DE')),
        ]
        rec[2] = rec[2].format(*[r.hex(4) for _ in range(4)])
        ti = base64.b64encode(bytes(r.rng.randrange(256) for _ in range(22))).decode()
        extra = [('Thread-Topic', c.subject_raw), ('Thread-Index', ti),
                 ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                 ('X-MS-Has-Attach', 'yes' if c.has_att else ''), ('X-MS-TNEF-Correlator', ''),
                 ('x-originating-ip', '[%s]' % client_ip)]
        return dict(received=rec, mx=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', '1.2'),
                    delay=3, msgid='<%s@%s.example.local>' % (r.hex(32), sender_host), extra=extra,
                    bstyle='outlook', ctx={'ol_id': r.hex(32) + sender_host + 'examplelocal'},
                    order=ORDER_OUTLOOK, zone='DE', hcs='iso-8859-1', henc='Q')
    return f


# ------------------------------------------------------------------ on-prem Exchange behind Postfix gateway
def exchange_onprem(gw_helo, gw_ip, local_dom, exch='EX01', exch_ip='192.168.10.21', zone='DE', lang='de-DE',
                    tls='1.3', hcs='iso-8859-1', gw_rdns=None):
    def f(c):
        r, t = c.r, c.t
        rec = [
            'from %s.%s (unknown [%s])\n\t%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
            % (exch, local_dom, exch_ip, TLS['1.2'].replace('\n\t(No client certificate requested)', ''), gw_helo,
               r.postfix_short(), c.rcpt, rfc2822(sec(t, 2), zone, True)),
            'from %s.%s (%s) by %s.%s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1748.10; %s'
            % (exch, local_dom, exch_ip, exch, local_dom, exch_ip, rfc2822(sec(t, 1), zone)),
            'from %s.%s ([fe80::%s:%s:%s:%s]) by %s.%s\n ([fe80::%s:%s:%s:%s%%12]) with mapi id 15.02.1748.010; %s'
            % ((exch, local_dom) + (('{0}', '{1}', '{2}', '{3}')) + (exch, local_dom) + ('{0}', '{1}', '{2}', '{3}') + (rfc2822(t, zone),)),
        ]
        hx = [r.hex(4) for _ in range(4)]
        rec[2] = rec[2].format(*hx)
        ti = base64.b64encode(bytes(r.rng.randrange(256) for _ in range(22))).decode()
        extra = [('Thread-Topic', c.subject_raw), ('Thread-Index', ti),
                 ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                 ('X-MS-Has-Attach', 'yes' if c.has_att else ''), ('X-MS-TNEF-Correlator', ''),
                 ('x-originating-ip', '[192.168.20.%d]' % r.rng.randrange(20, 200))]
        return dict(received=rec, mx=(gw_helo, gw_rdns or gw_helo, gw_ip, tls), delay=4,
                    msgid='<%s@%s.%s>' % (r.hex(32), exch, local_dom), extra=extra, bstyle='outlook',
                    ctx={'ol_id': r.hex(32) + exch + local_dom.replace('.', '')}, order=ORDER_OUTLOOK,
                    zone=zone, hcs=hcs, henc='Q')
    return f


# ------------------------------------------------------------------ Microsoft 365 (Exchange Online)
_M365_EDGE = {
    'EUR': [('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2071.outbound.protection.outlook.com', '40.107.22.71', 'eurprd05', 'AM0PR05MB', 'AS8PR05MB'),
            ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on2119.outbound.protection.outlook.com', '40.107.104.119', 'eurprd03', 'DB9PR03MB', 'PA4PR03MB'),
            ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on2096.outbound.protection.outlook.com', '40.107.241.96', 'eurprd02', 'VI1PR02MB', 'DU0PR02MB'),
            ('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on2133.outbound.protection.outlook.com', '40.107.13.133', 'eurprd01', 'HE1PR01MB', 'AM8PR01MB')],
    'GBR': [('GBR01-CWX-obe.outbound.protection.outlook.com', 'mail-cwxgbr01on2108.outbound.protection.outlook.com', '40.107.121.108', 'GBRP123', 'LO2P123MB', 'CWLP123MB')],
    'NAM': [('NAM12-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam12on2041.outbound.protection.outlook.com', '40.107.243.41', 'namprd12', 'DM6PR12MB', 'CH3PR12MB')],
}


def m365(region='EUR', idx=0, zone_date='UTC', lang='de-DE', client_ip=None, hcs='utf-8', henc='B',
         tenant_id=None, org=None, consumer=False, extra_headers=None):
    def f(c):
        r, t = c.r, c.t
        helo, rdns, ip, prd, mbx, hub = _M365_EDGE[region][idx]
        mbxs = mbx + r.digits(4)
        hubs = hub + r.digits(4)
        if consumer:
            helo, rdns, ip = ('EUR02-VI1-obe.outbound.protection.outlook.com',
                              'mail-vi1eur02olkn2077.outbound.protection.outlook.com', '40.92.68.77')
            mbxs = 'DB9P190MB' + r.digits(4)
            hubs = 'AS8P190MB' + r.digits(4)
            prd = 'EURP190'
        dom = '%s.prod.outlook.com' % (prd if not consumer else prd)
        rec = [
            'from %s.%s (2603:10a6:%s::%s)\n by %s.%s (2603:10a6:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.12; %s'
            % (mbxs, dom, r.hex(3) + ':' + r.hex(3), r.hex(2), hubs, dom, r.hex(3) + ':' + r.hex(3), r.hex(2), rfc2822(sec(t, 2), 'UTC').replace(' +0000', ' +0000')),
            'from %s.%s\n ([fe80::%s:%s:%s:%s]) by %s.%s\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.9253.011; %s'
            % ((mbxs, dom) + ('{0}', '{1}', '{2}', '{3}') + (mbxs, dom) + ('{0}', '{1}', '{2}', '{3}') + (rfc2822(sec(t, 1), 'UTC'),)),
        ]
        rec[1] = rec[1].format(*[r.hex(4) for _ in range(4)])
        if consumer:
            rec[1] = rec[1].replace(' with mapi id', ' with mapi id')
        mid = '<%s%s@%s.%s>' % (mbxs, r.hex(24, True), mbxs, dom)
        if consumer:
            mid = mid.upper().replace('PROD.OUTLOOK.COM', 'PROD.OUTLOOK.COM')
        ti = base64.b64encode(bytes(r.rng.randrange(256) for _ in range(22))).decode()
        tid = tenant_id or r.uuid()
        extra = [('Thread-Topic', c.subject_raw), ('Thread-Index', ti),
                 ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                 ('X-MS-Has-Attach', 'yes' if c.has_att else ''), ('X-MS-TNEF-Correlator', '')]
        extra += [('x-ms-publictraffictype', 'Email'),
                  ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbxs, hubs))]
        if client_ip:
            extra.append(('x-originating-ip', '[%s]' % client_ip) if not consumer else ('x-ms-exchange-messagesentrepresentingtype', '1'))
        extra += [('X-MS-Exchange-CrossTenant-originalarrivaltime', local(t, 'UTC').strftime('%d %b %Y %H:%M:%S.') + r.digits(4) + ' (UTC)'),
                  ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                  ('X-MS-Exchange-CrossTenant-id', tid if not consumer else '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'),
                  ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hubs)]
        if org:
            extra.append(('X-OriginatorOrg', org))
        extra += extra_headers or []
        return dict(received=rec, mx=(helo, rdns, ip, '1.3'), delay=3, msgid=mid, extra=extra, bstyle='outlook',
                    ctx={'ol_id': mid[1:-1].split('@')[0] + mbxs + dom.split('.')[0]},
                    order=ORDER_OUTLOOK, zone=zone_date, hcs=hcs, henc=henc)
    return f


# ------------------------------------------------------------------ Gmail / Google Workspace
def gmail(zone='DE', host=None, workspace=False, mailer=None, extra_headers=None):
    def f(c):
        r, t = c.r, c.t
        n = r.rng.choice([(41, 'wm1', '128.41'), (45, 'wr1', '221.45'), (52, 'ed1', '208.52'), (44, 'ej1', '218.44'), (172, 'qt1', '160.172'), (47, 'wm1', '128.47'), (50, 'lf1', '167.50')])
        h = host or 'mail-%s-f%d.google.com' % (n[1], n[0])
        ip = '209.85.%s' % n[2]
        smtpid = '%s-%s%sso%s%s.%d' % (r.hex(13), r.digits(2), r.hex(7), r.digits(7), r.rng.choice(['f8f', 'a2e', 'e9', 'a1c', '5e8']), r.rng.randrange(1, 9))
        rec = ['by %s with SMTP id %s\n        for <%s>; %s' % (h, smtpid, c.rcpt, rfc2822(sec(t, 1), 'PT', True))]
        mid = '<CA%s%s@mail.gmail.com>' % (r.alnum(2), r.b64u(r.rng.randrange(44, 58)).replace('-', '+', 2))
        extra = [('X-Gm-Message-State', 'AOJu0Y' + r.b64u(68)),
                 ('X-Gm-Gg', 'ASbGnc' + r.b64u(120)),
                 ('X-Google-Smtp-Source', 'AGHT+I' + r.b64u(70)),
                 ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s'
                  % (r.digits(4), r.hex(4), r.hex(3), r.hex(4), r.hex(40), r.rng.randrange(10, 99), int(t.timestamp() * 1000) + 700, rfc2822(sec(t, 1), 'PT', True)))]
        if workspace:
            extra.append(('X-Google-DKIM-Signature', None))  # placeholder removed below
            extra = [e for e in extra if e[1] is not None]
        extra += extra_headers or []
        return dict(received=rec, mx=(h, h, ip, '1.3'), delay=2, msgid=mid, extra=extra, bstyle='gmail',
                    order=ORDER_GMAIL, zone=zone, hcs='utf-8', henc='B')
    return f


def google_service(msgid_dom='google.com'):
    def f(c):
        r, t = c.r, c.t
        n = r.rng.choice([69, 73, 41])
        h = 'mail-sor-f%d.google.com' % n
        rec = ['by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
               % (h, '%s-%sso%s.%d' % (r.hex(13), r.hex(8), r.digits(7), r.rng.randrange(2, 9)), c.rcpt, rfc2822(sec(t, 0), 'PT', True))]
        mid = '<%s@%s>' % (r.b64u(22), msgid_dom)
        extra = [('X-Google-Smtp-Source', 'AGHT+I' + r.b64u(70)),
                 ('X-Received', 'by 2002:a05:6902:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s'
                  % (r.hex(4), r.hex(3), r.hex(4), r.hex(40), r.rng.randrange(10, 99), int(t.timestamp() * 1000), rfc2822(sec(t, 0), 'PT', True)))]
        return dict(received=rec, mx=(h, h, '209.85.220.%d' % n, '1.3'), delay=1, msgid=mid, extra=extra,
                    bstyle='gmail', order=ORDER_GMAIL, zone='UTC', hcs='utf-8', henc='B')
    return f


# ------------------------------------------------------------------ GMX / web.de
def gmx(client_ip, zone='DE', web=True, mout_ip='212.227.17.22', app='3c-app-gmx-bap41', appip='172.19.172.111'):
    def f(c):
        r, t = c.r, c.t
        rec = []
        if web:
            rec.append('from [%s] ([%s]) by web-mail.gmx.net\n (%s.server.lan [%s]) (via HTTP); %s'
                       % (client_ip, client_ip, app, appip, rfc2822(t, zone)))
        mid = '<trinity-%s-%d@%s>' % (r.uuid(), int(t.timestamp() * 1000) + r.rng.randrange(999), app)
        extra = [('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3'),
                 ('X-Provags-ID', 'V03:K1:' + r.b64u(280).replace('-', '/').replace('_', '+')),
                 ('UI-OutboundReport', 'notjunk:1;M01:P0:' + r.b64u(12) + '=;' + r.b64u(40))]
        return dict(received=rec, mx=('mout.gmx.net', 'mout.gmx.net', mout_ip, '1.3'), delay=2, msgid=mid,
                    extra=extra, bstyle='gmx', order=ORDER_GMX, zone=zone, hcs='utf-8', henc='Q', csname_upper=True)
    return f


# ------------------------------------------------------------------ Yandex
def yandex(client_ip, web=True, zone='RU', mailer=None, fwd=('forward502b.mail.yandex.net', '178.154.239.146')):
    def f(c):
        r, t = c.r, c.t
        node = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.rng.randrange(10, 90), r.rng.choice(['vla', 'sas', 'iva', 'myt']))
        rec = ['from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
               % (node, node, '2a02:6b8:c1f:%s:0:640:%s:0' % (r.hex(4), r.hex(4)), fwd[0], r.alnum(12), rfc2822(sec(t, 1), 'MSK'))]
        if web:
            rec.append('by mail-sendbernar-production-main-%d.%s.yp-c.yandex.net (sendbernar/Yandex) with HTTPS id %s-%s;\n\t%s'
                       % (r.rng.randrange(10, 90), r.rng.choice(['vla', 'sas', 'iva']), r.alnum(12), r.alnum(8), rfc2822(t, 'MSK')))
            mid = '<%d%d@mail.yandex.ru>' % (r.rng.randrange(1000, 999999), int(t.timestamp()))
            extra = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), ('X-Yandex-Fwd', '1')]
            bst = 'yandex'
            order = ['*', 'From', 'To', 'Cc', 'Subject', 'MIME-Version', 'X-Mailer', 'Date', 'Message-Id', 'Content-Type']
        else:
            rec.append('from %s (unknown [%s]) by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
                       % (c.client_helo or 'DESKTOP', client_ip, node, r.alnum(10), r.alnum(8), rfc2822(t, 'MSK')))
            mid = '<0000%s01db%s$%s$%s$@%s>' % (r.hex(2), r.hex(2), r.hex(8), r.hex(8), c.sender_domain)
            extra = [('X-Yandex-Fwd', '1'), ('Thread-Index', r.tindex())]
            bst = 'outlook_desktop'
            order = ORDER_OUTLOOK_DESKTOP
        return dict(received=rec, mx=(fwd[0], fwd[0], fwd[1], '1.3'), delay=2, msgid=mid, extra=extra,
                    bstyle=bst, order=order, zone=zone, hcs='utf-8', henc='B')
    return f


def mailru(client_ip):
    def f(c):
        r, t = c.r, c.t
        fnode = 'f%d.i.mail.ru' % r.rng.randrange(100, 999)
        rec = ['by smtp52.i.mail.ru with esmtpa (envelope-from <%s>)\n\tid %s; %s' % (c.sender, r.exim_id(), rfc2822(sec(t, 1), 'MSK')),
               'from [%s] (HELO %s) by %s with local (envelope-from <%s>)\n\tid 1tK%s-%s; %s' % (client_ip, fnode, fnode, c.sender, r.alnum(3), r.alnum(8), rfc2822(t, 'MSK'))]
        mid = '<%d.%d@%s>' % (int(t.timestamp()), r.rng.randrange(10 ** 8, 10 ** 9), fnode)
        extra = [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[%s]' % client_ip),
                 ('X-7564579A', '646B95376F6C166E'), ('X-77F55803', '4F1203BC0FB41BD9' + r.hex(48, True)),
                 ('X-Mailru-Sender', r.hex(100, True))]
        return dict(received=rec, mx=('smtp52.i.mail.ru', 'smtp52.i.mail.ru', '94.100.177.112', '1.3'), delay=2,
                    msgid=mid, extra=extra, bstyle='mailru',
                    order=['From', 'To', 'Subject', 'MIME-Version', 'X-Mailer', 'Date', 'Reply-To', 'X-Priority', 'Message-ID', '*', 'Content-Type'],
                    zone='MSK', hcs='utf-8', henc='B')
    return f


# ------------------------------------------------------------------ Italian / Polish / Greek consumer & SME hosting
def aruba(client_ip, client='outlook', client_helo='DESKTOP-K3M8PQ1'):
    def f(c):
        r, t = c.r, c.t
        if client == 'outlook':
            rec = ['from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (client_helo, client_ip, r.alnum(13), rfc2822(sec(t, 1), 'IT'))]
            mid = '<0000%s01db%s$%s$%s$@%s>' % (r.hex(2), r.hex(2), r.hex(8), r.hex(8), c.sender_domain)
            extra = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', r.tindex()),
                     ('Content-Language', 'it')]
            bst, order = 'outlook_desktop', ORDER_OUTLOOK_DESKTOP
            hcs, henc = 'iso-8859-1', 'Q'
        else:   # Aruba webmail (Roundcube)
            rec = ['from webmail.aruba.it ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (client_ip, r.alnum(13), rfc2822(sec(t, 1), 'IT'))]
            mid = '<%s@%s>' % (r.hex(32), c.sender_domain)
            extra = [('X-Sender', c.sender), ('User-Agent', 'Roundcube Webmail/1.4.15'), ('X-Originating-IP', client_ip)]
            bst, order = 'roundcube', ORDER_RC
            hcs, henc = 'utf-8', 'Q'
        n = r.rng.randrange(10, 30)
        return dict(received=rec, mx=('smtpdh%d-1.aruba.it' % n, 'smtpdh%d-1.aruba.it' % n, '62.149.155.%d' % (140 + n), '1.2'),
                    delay=3, msgid=mid, extra=extra, bstyle=bst, order=order, zone='IT', hcs=hcs, henc=henc)
    return f


def libero(client_ip):
    def f(c):
        r, t = c.r, c.t
        rec = ['from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
               % (r.rng.randrange(10, 40), r.rng.randrange(100, 200), r.rng.randrange(10, 250), 35, r.alnum(14), rfc2822(sec(t, 1), 'IT'))]
        mid = '<%d.%d.%d@mail1.libero.it>' % (r.rng.randrange(10 ** 8, 2 * 10 ** 9), r.rng.randrange(10 ** 5, 10 ** 7), int(t.timestamp() * 1000))
        extra = [('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev72'), ('X-Originating-Client', 'open-xchange-appsuite'),
                 ('X-Originating-IP', client_ip), ('Importance', 'Normal'), ('X-Priority', '3')]
        return dict(received=rec, mx=('smtp-35.iol.local', 'smtp-35-i6.italiaonline.it', '213.209.13.35', '1.3'), delay=2,
                    msgid=mid, extra=extra, bstyle='ox',
                    order=['Date', 'From', 'To', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', 'Content-Type', '*'],
                    zone='IT', hcs='utf-8', henc='Q', csname_upper=True)
    return f


def wp_pl(client_ip):
    def f(c):
        r, t = c.r, c.t
        rec = ['(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (r.rng.randrange(1000, 32000), rfc2822(sec(t, 1), 'PL')),
               'from %s.dynamic.chello.pl (HELO localhost) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ESMTPS\n          for <%s>; %s'
               % ('-'.join(client_ip.split('.')), c.sender, client_ip, c.sender, c.rcpt, rfc2822(t, 'PL'))]
        mid = '<%s@wp.pl>' % r.hex(32)
        extra = [('X-WP-MailID', r.hex(32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
                 ('X-WP-SPAM', 'NO 0000000 [gXPE]'), ('X-Mailer', 'Poczta WP')]
        return dict(received=rec, mx=('mx4.wp.pl', 'mx4.wp.pl', '212.77.101.12', '1.3'), delay=2, msgid=mid,
                    extra=extra, bstyle='python', order=ORDER_PHP, zone='PL', hcs='iso-8859-2', henc='Q')
    return f


def interia(client_ip):
    def f(c):
        r, t = c.r, c.t
        rec = ['from poczta.interia.pl (mi-ng%02d.st.intranet [10.217.%d.%d])\n\tby smtpo64.poczta.interia.pl (INTERIA.PL) with ESMTP id %s\n\tfor <%s>; %s'
               % (r.rng.randrange(1, 30), r.rng.randrange(1, 250), r.rng.randrange(1, 250), r.alnum(13), c.rcpt, rfc2822(sec(t, 1), 'PL'))]
        mid = '<%s@poczta.interia.pl>' % r.hex(32)
        extra = [('X-Mailer', 'interia.pl/pf09'), ('X-Originating-IP', client_ip), ('X-Interia-Antivirus', 'OK')]
        return dict(received=rec, mx=('smtpo64.poczta.interia.pl', 'smtpo64.poczta.interia.pl', '217.74.64.64', '1.3'), delay=2,
                    msgid=mid, extra=extra, bstyle='python', order=ORDER_PHP, zone='PL', hcs='iso-8859-2', henc='Q')
    return f


def otenet(client_ip, web=False):
    def f(c):
        r, t = c.r, c.t
        if web:
            rec = ['from webmail.otenet.gr (webmail-03.otenet.gr [83.235.69.143])\n\tby mailx.otenet.gr (8.14.7/8.14.7) with ESMTP id 5%s\n\tfor <%s>; %s'
                   % (r.alnum(12), c.rcpt, rfc2822(sec(t, 1), 'GR'))]
            mid = '<%s.Horde.%s@webmail.otenet.gr>' % (local(t, 'GR').strftime('%Y%m%d%H%M%S'), r.alnum(23))
            extra = [('User-Agent', 'Horde Application Framework 5'), ('X-Originating-IP', client_ip)]
            return dict(received=rec, mx=('mailx.otenet.gr', 'mailx.otenet.gr', '83.235.69.26', '1.2'), delay=2, msgid=mid,
                        extra=extra, bstyle='python',
                        order=['Date', 'Message-ID', 'From', 'To', 'Subject', 'User-Agent', 'Content-Type', 'MIME-Version', '*'],
                        zone='GR', hcs='utf-8', henc='B')
        rec = ['from [192.168.1.%d] (ppp-%s.home.otenet.gr [%s])\n\tby mailx.otenet.gr (8.14.7/8.14.7) with ESMTP id 5%s\n\tfor <%s>; %s'
               % (r.rng.randrange(2, 60), '-'.join(client_ip.split('.')), client_ip, r.alnum(12), c.rcpt, rfc2822(sec(t, 1), 'GR'))]
        mid = '<%s@otenet.gr>' % r.uuid()
        extra = [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'el')]
        return dict(received=rec, mx=('mailx.otenet.gr', 'mailx.otenet.gr', '83.235.69.26', '1.2'), delay=2, msgid=mid,
                    extra=extra, bstyle='thunderbird', order=ORDER_TB, zone='GR', hcs='utf-8', henc='Q')
    return f


# ------------------------------------------------------------------ self-hosted / VPS / compromised
def vps_postfix(helo, rdns, ip, client_ip='127.0.0.1', client_host='localhost', auth=True, zone='DE', ua=None,
                mailer=None, tls='1.3', msgid_style='tb', bstyle='thunderbird', order=None, hcs='utf-8', henc='Q',
                extra_headers=None, local_first=True):
    def f(c):
        r, t = c.r, c.t
        parts = ['from [%s] (%s [%s])' % (client_ip, client_host, client_ip) if client_host != 'localhost'
                 else 'from [127.0.0.1] (localhost [127.0.0.1])']
        if auth:
            parts.append('(Authenticated sender: %s)' % c.sender)
        parts.append('by %s (Postfix) with ESMTPSA id %s' % (helo, r.postfix_short()))
        parts.append('for <%s>; %s' % (c.rcpt, rfc2822(sec(t, 1), zone, True)))
        rec = ['\n\t'.join(parts)]
        if msgid_style == 'tb':
            mid = '<%s@%s>' % (r.uuid(), c.sender_domain)
        elif msgid_style == 'outlook_desktop':
            mid = '<0000%s01db%s$%s$%s$@%s>' % (r.hex(2), r.hex(2), r.hex(8), r.hex(8), c.sender_domain)
        elif msgid_style == 'roundcube':
            mid = '<%s@%s>' % (r.hex(32), c.sender_domain)
        elif msgid_style == 'thebat':
            mid = '<%d.%s@%s>' % (r.rng.randrange(10 ** 8, 2 * 10 ** 9), local(t, zone).strftime('%Y%m%d%H%M%S'), c.sender_domain)
        elif msgid_style == 'python':
            mid = '<%d.%d.%d@%s>' % (int(t.timestamp() * 1e6) % 10 ** 15, r.rng.randrange(1000, 99999), r.rng.randrange(10 ** 17, 10 ** 18), helo)
        else:
            mid = '<%s@%s>' % (r.hex(24), c.sender_domain)
        extra = []
        if ua:
            extra.append(('User-Agent', ua))
        if mailer:
            extra.append(('X-Mailer', mailer))
        extra += extra_headers or []
        return dict(received=rec, mx=(helo, rdns, ip, tls), delay=2, msgid=mid, extra=extra, bstyle=bstyle,
                    order=order or ORDER_TB, zone=zone, hcs=hcs, henc=henc)
    return f


def cpanel_exim(server, server_ip, client_ip=None, php=False, user='wp', zone='DE', tls='1.2', xmailer=None,
                ua=None, msgid_style='php', bstyle='phpmailer', order=None, hcs='utf-8', henc='B', rdns=None):
    def f(c):
        r, t = c.r, c.t
        eid = r.exim_id()
        if php:
            rec = ['from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s@%s>)\n\tid %s\n\tfor %s; %s'
                   % (user, server, user, server, eid, c.rcpt, rfc2822(t, zone))]
            env = '%s@%s' % (user, server)
        else:
            env = c.return_path or c.sender
            rec = ['from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
                   % (client_ip, r.rng.randrange(49152, 65535), client_ip, server, env, eid, c.rcpt, rfc2822(sec(t, 1), zone))]
        if msgid_style == 'php':
            mid = '<%s@%s>' % (r.alnum(43), c.sender_domain)
        elif msgid_style == 'outlook_desktop':
            mid = '<0000%s01db%s$%s$%s$@%s>' % (r.hex(2), r.hex(2), r.hex(8), r.hex(8), c.sender_domain)
        else:
            mid = '<%s@%s>' % (r.hex(32), c.sender_domain)
        extra = []
        if xmailer:
            extra.append(('X-Mailer', xmailer))
        if ua:
            extra.append(('User-Agent', ua))
        extra += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                  ('X-AntiAbuse', 'Primary Hostname - %s' % server),
                  ('X-AntiAbuse', 'Original Domain - %s' % c.rcpt.split('@')[1]),
                  ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((1047, 1050) if php else (47, 12))),
                  ('X-AntiAbuse', 'Sender Address Domain - %s' % (server if php else env.split('@')[1])),
                  ('X-Get-Message-Sender-Via', '%s: %s' % (server, ('authenticated_id: %s/from_h' % user) if php else ('authenticated_id: %s' % env))),
                  ('X-Authenticated-Sender', '%s: %s' % (server, env))]
        return dict(received=rec, mx=(server, rdns or server, server_ip, tls), delay=2, msgid=mid, extra=extra,
                    bstyle=bstyle, order=order or ORDER_PHP, zone=zone, hcs=hcs, henc=henc, return_path=env)
    return f


def kasserver_rc(server='dd39412.kasserver.com', ip='85.13.155.76', client_ip='185.107.56.231'):
    def f(c):
        r, t = c.r, c.t
        rec = ['from webmail.all-inkl.com (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
               % (client_ip, server, r.postfix_short(), rfc2822(sec(t, 1), 'DE', True))]
        mid = '<%s@%s>' % (r.hex(32), c.sender_domain)
        extra = [('X-Sender', c.sender), ('User-Agent', 'Roundcube Webmail/1.6.9')]
        return dict(received=rec, mx=(server, server, ip, '1.3'), delay=2, msgid=mid, extra=extra,
                    bstyle='roundcube', order=ORDER_RC, zone='DE', hcs='utf-8', henc='Q')
    return f


def zoho_eu(client_ip):
    def f(c):
        r, t = c.r, c.t
        rec = ['by mx.zoho.eu with SMTP id %d%s.%d;\n\t%s' % (int(t.timestamp() * 1000), r.digits(3), r.rng.randrange(10 ** 9, 10 ** 10), rfc2822(t, 'UTC').replace(' +0000', ' -0800 (PST)') if False else rfc2822(t, 'PT', True)),
               'from [%s] by mail.zoho.eu\n\twith HTTP;%s' % (client_ip, rfc2822(t, 'PT', True))]
        rec = rec[:1]
        mid = '<%s.%s.%d@%s>' % (r.hex(11), r.hex(16), r.rng.randrange(10 ** 18, 10 ** 19), c.sender_domain)
        extra = [('X-Mailer', 'Zoho Mail'), ('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'),
                 ('X-Priority', 'Medium'), ('X-ZohoMail-Sender', client_ip)]
        return dict(received=rec, mx=('sender4-op-o12.zoho.eu', 'sender4-op-o12.zoho.eu', '136.143.169.12', '1.3'), delay=2,
                    msgid=mid, extra=extra, bstyle='zoho',
                    order=['Date', 'From', 'To', 'Cc', 'Message-Id', 'In-Reply-To', 'Subject', 'MIME-Version', 'Content-Type', '*'],
                    zone='DE', hcs='utf-8', henc='B')
    return f


# ------------------------------------------------------------------ bulk ESPs
def sendgrid(em_domain, acct='48213377', uid='9a1f', ip='149.72.123.241', host='o1678912x241'):
    def f(c):
        r, t = c.r, c.t
        sgid = r.b64u(22)
        pod = 'geopod-ismtpd-%d' % r.rng.randrange(1, 40)
        fd = 'filterdrecv-%s-%s' % (r.hex(10), r.alnum(5).lower())
        rec = ['by %s with SMTP id %s-1-%s-%s\n        %s UTC m=+%d.%d'
               % (fd, fd, r.hex(8, True), r.hex(2, True), local(sec(t, 1), 'UTC').strftime('%Y-%m-%d %H:%M:%S.') + r.digits(9) + ' +0000',
                  r.rng.randrange(10 ** 5, 10 ** 7), r.rng.randrange(10 ** 8, 10 ** 9)),
               'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)'
               % (base64.b64encode(acct.encode()).decode().rstrip('='), pod, sgid, local(t, 'UTC').strftime('%a, %d %b %Y %H:%M:%S.') + r.digits(3) + ' +0000')]
        mid = '<%s@%s>' % (sgid, pod)
        rp = 'bounces+%s-%s-%s=example.com@%s' % (acct, uid, c.rcpt.split('@')[0], em_domain)
        extra = [('X-SG-EID', 'u001.' + r.b64u(150)), ('X-SG-ID', 'u001.SdBcvi+Evd/bQef8eZF3BqG' + r.b64u(60)),
                 ('X-Entity-ID', 'u001.' + r.b64u(22) + '=='), ('Feedback-ID', '%s:%s:campaign:SG' % (acct, acct))]
        hn = '%s.outbound-mail.sendgrid.net' % host
        return dict(received=rec, mx=(hn, hn, ip, '1.3'), delay=3, msgid=mid, extra=extra, bstyle='sendgrid',
                    order=ORDER_ESP, zone='UTC', hcs='utf-8', henc='Q', return_path=rp)
    return f


def mailgun(mg_domain, ip='159.135.228.4', host='m228-4.mailgun.net'):
    def f(c):
        r, t = c.r, c.t
        sid = base64.b64encode(json.dumps([r.hex(5), c.rcpt, r.hex(6)]).encode()).decode()
        rec = ['by %s with HTTP id %s; %s' % (r.hex(12), r.hex(24), local(t, 'UTC').strftime('%a, %d %b %Y %H:%M:%S GMT'))]
        mid = '<%s.%s@%s>' % (local(t, 'UTC').strftime('%Y%m%d%H%M%S'), r.hex(16), mg_domain)
        rp = 'bounce+%s.%s-%s=example.com@%s' % (r.hex(6), r.hex(6), c.rcpt.split('@')[0], mg_domain)
        extra = [('X-Mailgun-Sid', sid), ('X-Mailgun-Sending-Ip', ip), ('X-Mailgun-Batch-Id', r.hex(24))]
        return dict(received=rec, mx=(host, host, ip, '1.3'), delay=2, msgid=mid, extra=extra, bstyle='mailgun',
                    order=ORDER_ESP, zone='UTC', hcs='utf-8', henc='B', return_path=rp)
    return f


def ses(region='eu-west-1', ip='54.240.7.12', zone='UTC', feedback='1.eu-west-1.' + 'x'):
    def f(c):
        r, t = c.r, c.t
        msid = '0102019%x%s-%s-%s-%s-%s-%s-000000' % (int(t.timestamp()) % 0x1000, r.hex(6), r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12))
        a = 'a%s-%s' % (ip.split('.')[2], ip.split('.')[3])
        host = '%s.smtp-out.%s.amazonses.com' % (a, region)
        extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, r.b64u(43))),
                 ('X-SES-Outgoing', '%s-%s' % (local(t, 'UTC').strftime('%Y.%m.%d'), ip))]
        return dict(received=[], mx=(host, host, ip, '1.3'), delay=1, msgid='<%s@%s.amazonses.com>' % (msid, region),
                    extra=extra, bstyle='ses', order=ORDER_ESP, zone=zone, hcs='utf-8', henc='B',
                    return_path='%s@%s.amazonses.com' % (msid, region))
    return f


def brevo(sib_domain, ip='77.32.148.30'):
    def f(c):
        r, t = c.r, c.t
        host = 'r2.smtp-relay.brevo.com' if False else 'm%d.mailin.fr' % int(ip.split('.')[3])
        mid = '<%s.%s@smtp-relay.mailin.fr>' % (local(t, 'UTC').strftime('%Y%m%d%H%M'), r.digits(11))
        rp = 'bounces-%s-%s=example.com@%s' % (r.digits(7), c.rcpt.split('@')[0], sib_domain)
        extra = [('X-Mailin-EID', r.b64u(40) + '%3D'), ('X-sib-id', r.b64u(60)),
                 ('Feedback-ID', '%s:%s_-1:%s:Sendinblue' % (ip, r.digits(7), r.digits(7))),
                 ('X-CSA-Complaints', 'csa-complaints@eco.de')]
        return dict(received=[], mx=(host, host, ip, '1.3'), delay=4, msgid=mid, extra=extra, bstyle='brevo',
                    order=ORDER_ESP, zone='UTC', hcs='utf-8', henc='B', return_path=rp)
    return f


def mailchimp(us='us21', uid='8f3a1c2d9e4b7a6f5c0d1e2f3', listid='a1b2c3d4e5', node=(132, 5, 'atl131')):
    def f(c):
        r, t = c.r, c.t
        host = 'mail%d-%d.%s.mcdlv.net' % node
        ip = '198.2.%d.%d' % (node[0], node[1])
        rec = ['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s'
               % (host, r.postfix_long(t), c.rcpt, rfc2822(t, 'UTC'))]
        cid = r.hex(10)
        mid = '<%s.%s@%s>' % (r.hex(24), r.digits(7), host)
        rp = 'bounce-mc.%s_%s.%s-%s=example.com@%s' % (us, r.digits(9), r.digits(7), c.rcpt.replace('@', '='), host)
        eid = r.hex(10)
        lu = ('<https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, '
              '<mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
              % (c.list_host or 'example', us, uid, listid, eid, cid, us, r.hex(20), r.hex(10), r.hex(10)))
        extra = [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, r.hex(10))), ('X-Campaign', 'mailchimp%s.%s' % (uid, cid)),
                 ('X-campaignid', 'mailchimp%s.%s' % (uid, cid)), ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, cid, eid)),
                 ('X-MC-User', uid), ('Feedback-ID', '%s:%s:%s:mc' % (r.digits(8), r.digits(8), us)),
                 ('List-ID', '%s <%s.list-id.mcsv.net>' % (c.list_name or 'Newsletter', uid + '.' + listid)),
                 ('X-Accounttype', 'pd'), ('List-Unsubscribe', lu), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                 ('Precedence', 'bulk')]
        return dict(received=rec, mx=(host, host, ip, '1.3'), delay=2, msgid=mid, extra=extra, bstyle='mailchimp',
                    order=ORDER_ESP, zone='UTC', hcs='utf-8', henc='Q', return_path=rp)
    return f


def mandrill(node=(136, 18, 'atl41'), user='md_31283617'):
    def f(c):
        r, t = c.r, c.t
        host = 'mail%d-%d.%s.mandrillapp.com' % node
        ip = '198.2.%d.%d' % (node[0], node[1])
        rec = ['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s'
               % (host, r.postfix_long(t), c.rcpt, rfc2822(t, 'UTC'))]
        mid = '<%s.%s@mandrillapp.com>' % (r.hex(32), local(t, 'UTC').strftime('%Y%m%d%H%M%S'))
        extra = [('X-Mandrill-User', user),
                 ('X-Report-Abuse', 'Please forward a copy of this message, including all headers, to abuse@mandrill.com. You can also report abuse here: https://mandrillapp.com/contact/abuse?id=%s.%s' % (user[3:], r.hex(32))),
                 ('Feedback-ID', '%s:%s.%s:%s:mandrill' % (user[3:], user[3:], local(t, 'UTC').strftime('%Y%m%d'), 'v1'))]
        rp = 'bounce-md_%s.%s.v1-%s@%s' % (user[3:], r.hex(8), r.hex(32), 'mandrillapp.com')
        return dict(received=rec, mx=(host, host, ip, '1.3'), delay=2, msgid=mid, extra=extra, bstyle='mailgun',
                    order=ORDER_ESP, zone='UTC', hcs='utf-8', henc='Q', return_path=rp)
    return f


def smtp2go(ip='103.2.141.156'):
    def f(c):
        r, t = c.r, c.t
        rec = ['from [10.176.58.%d] (helo=SmtpCorp)\n\tby smtpcorp.com with esmtpsa (TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.98-S2G)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
               % (r.rng.randrange(2, 250), c.return_path or c.sender, r.exim_id(), c.rcpt, rfc2822(t, 'UTC'))]
        mid = '<%s@%s>' % (r.uuid(), c.sender_domain)
        extra = [('X-Smtpcorp-Track', r.alnum(12) + '.' + r.alnum(10) + '.' + r.alnum(11)),
                 ('Feedback-ID', '%d.%s:%s' % (r.rng.randrange(10 ** 5, 10 ** 6), r.alnum(8), 'smtp2go'))]
        return dict(received=rec, mx=('e2i412.smtp2go.com', 'e2i412.smtp2go.com', ip, '1.3'), delay=2, msgid=mid,
                    extra=extra, bstyle='python', order=ORDER_ESP, zone='UTC', hcs='utf-8', henc='B')
    return f


def generic_esp(helo, ip, received_fmt=None, msgid_fmt=None, extra=None, bstyle='java', zone='UTC', tls='1.3',
                return_path=None, hcs='utf-8', henc='B', rdns=None, order=None):
    """Smaller ESPs and transactional systems of genuine services."""
    def f(c):
        r, t = c.r, c.t
        env = dict(t=t, rcpt=c.rcpt, sender=c.sender, hex8=r.hex(8), hex12=r.hex(12), hex16=r.hex(16), hex32=r.hex(32),
                   d6=r.digits(6), d9=r.digits(9), d12=r.digits(12), ms=int(t.timestamp() * 1000), ts=int(t.timestamp()),
                   qid=r.postfix_short(), qidl=r.postfix_long(t), alnum16=r.alnum(16), uuid=r.uuid(), UUID=r.uuid(True),
                   date=rfc2822(t, zone), date_c=rfc2822(t, zone, True), date_utc=rfc2822(t, 'UTC'),
                   ymd=local(t, 'UTC').strftime('%Y%m%d%H%M%S'), lp=c.rcpt.split('@')[0])
        rec = [x.format(**env) for x in (received_fmt or [])]
        mid = (msgid_fmt or '<{hex32}@' + c.sender_domain + '>').format(**env)
        ex = [(k, v.format(**env)) for k, v in (extra or [])]
        return dict(received=rec, mx=(helo, rdns or helo, ip, tls), delay=2, msgid=mid, extra=ex, bstyle=bstyle,
                    order=order or ORDER_ESP, zone=zone, hcs=hcs, henc=henc,
                    return_path=return_path.format(**env) if return_path else None)
    return f
