"""Sending-system profiles.  Each factory returns a callable(spec) -> dict
with the sender-side Received hops, trace headers, Message-ID, boundary
generator, connecting client seen by mx01, Return-Path and header order,
in the style of the real system."""
import base64

from common import (hx, num, uuid, rbytes, rfcdate, local, SEC, ALNUM, UHEX, B64, B64URL, B52)


def _local_ms(t):
    return int(t.timestamp() * 1000) + num(str(t), 0, 999)


def _ft(t):
    """Windows FILETIME (100 ns since 1601) as used in Outlook ids"""
    return int(round((t.timestamp() + 11644473600) * 10 ** 7))


def _outlook_mid(seed, t, dom):
    ft = _ft(t)
    return '<%04x%08x$%s$%s$@%s>' % (num(seed + 'ctr', 0, 0x3f), ft >> 32, hx(seed + '2', 8), hx(seed + '3', 8), dom)


def thread_index(seed, t, n_replies=0):
    ft = _ft(t)
    return base64.b64encode(b'\x01' + ft.to_bytes(8, 'big')[:5] + rbytes(seed + 'ti', 16 + 5 * n_replies)).decode()


def _h4(seed):
    return hx(seed, 4).lstrip('0') or '0'


def _has_att(s):
    return any(p.filename and p.disposition == 'attachment' for p in s['body'].walk())


def _dom(a):
    return a.split('@')[1]


# ------------------------------------------------------------------ boundaries
def bstyle(style, seed, msgid_local='', t=None):
    cnt = {'n': 0}

    def g(ctype, depth):
        cnt['n'] += 1
        s = '%s|%s|%d' % (seed, ctype, cnt['n'])
        sub = ctype.split('/')[1]
        if style == 'gmail':
            return '000000000000' + hx(s, 16)
        if style == 'apple':
            return 'Apple-Mail-' + uuid(s, True)
        if style == 'outlook':
            return '_%03d_%s_' % ({'mixed': 4, 'alternative': 0, 'related': 6}.get(sub, 5) + (depth if sub == 'alternative' and depth > 1 else 0), msgid_local)
        if style == 'thunderbird':
            return '------------' + hx(s, 24, ALNUM)
        if style == 'roundcube':
            return '=_' + hx(s, 32)
        if style == 'phpmailer':
            return 'b%d=_%s' % (depth + 1, hx(s, 43, ALNUM))
        if style == 'javamail':
            base = _local_ms(t) - 900 if t is not None else num(s + 'y', 1790000000000, 1798000000000)
            return '----=_Part_%d_%d.%d' % (num(s, 10000, 999999), num(s + 'x', 100000000, 2000000000), base + cnt['n'])
        if style == 'nextpart':
            ft = _ft(t) if t is not None else num(s + 'ft', 0x01DD500000000000, 0x01DD9FFFFFFFFFFF)
            return '----=_NextPart_%03d_%04X_%08X.%08X' % (depth, num(seed + 'ctr', 0, 0x3f) + cnt['n'] - 1, ft >> 32, ft & 0xFFFFFFFF)
        if style == 'mailchimp':
            return '_----------=_MCPart_%d' % num(s, 100000000, 2147483647)
        if style == 'sendgrid':
            return hx(s, 64)
        if style == 'thebat':
            return '----------%s' % hx(s, 16, UHEX)
        if style == 'yandex':
            return '----==%s----' % hx(s, 22, ALNUM)
        if style == 'mailru':
            return '--ALT--%s%d' % (hx(s, 32, UHEX), num(s, 1000000000, 1999999999))
        if style == 'gmx':
            return '=_%s' % hx(s, 24, ALNUM)
        return '=_Part_' + hx(s, 20)
    return g


# ------------------------------------------------------------------ Gmail / Google Workspace
def gmail(host='mail-wr1-f47.google.com', ip='209.85.221.47', apple_ip=None, iphone='23B85'):
    def f(s):
        t, seed, rcpt = s['t'], s['name'], s['rcpt']
        sid = '%s-%sso%d%s.%d' % (hx(seed + 'a', 13), hx(seed + 'b', 11), num(seed + 'c', 1000000, 9999999),
                                  hx(seed + 'd', 3, 'abcdefghijklmnopqrstuvwxyz'), num(seed + 'e', 1, 9))
        xr = 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %smr%d%s.%d.%d;\n        %s' % (
            hx(seed + 'f', 4), hx(seed + 'g', 4), hx(seed + 'h', 3), hx(seed + 'i', 4), sid.split('so')[0],
            num(seed + 'j', 1000000, 9999999), hx(seed + 'k', 3, 'abcdefghijklmnopqrstuvwxyz'),
            num(seed + 'l', 1, 40), _local_ms(t), rfcdate(t + SEC, 'PT', True))
        trace = [('X-Google-Smtp-Source', 'AGHT+I' + hx(seed + 'z', 70, B64)),
                 ('X-Received', xr)]
        if apple_ip:
            rec = ['from smtpclient.apple ([%s])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n'
                   '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                   % (apple_ip, sid, rcpt, rfcdate(t + SEC, 'PT', True))]
            return dict(client=(host, host, ip), received=rec, trace=trace,
                        msgid='<%s@gmail.com>' % uuid(seed, True), boundary=bstyle('apple', seed),
                        mime_version='1.0 (1.0)', extra=[('X-Mailer', 'iPhone Mail (%s)' % iphone)],
                        order=['Content-Type', 'From', 'MIME-Version', 'Subject', 'Date', 'Message-ID',
                               'In-Reply-To', 'References', 'Cc', 'To', 'Reply-To', 'X-Mailer'], tz='CET')
        rec = ['by %s with SMTP id %s\n        for <%s>; %s' % (host, sid, rcpt, rfcdate(t + SEC, 'PT', True))]
        trace.insert(0, ('X-Gm-Message-State', 'AOJu0Y' + hx(seed + 'y', 54, B64)))
        return dict(client=(host, host, ip), received=rec, trace=trace,
                    msgid='<CA%s@mail.gmail.com>' % hx(seed + 'm', 48, B64URL + '=+'),
                    boundary=bstyle('gmail', seed),
                    order=['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject',
                           'To', 'Cc', 'Reply-To', 'Content-Type'])
    return f


# ------------------------------------------------------------------ Exchange Online / Outlook.com
def m365(helo='EUR05-DB8-obe.outbound.protection.outlook.com',
         rdns='mail-db8eur05on2113.outbound.protection.outlook.com', ip='40.107.20.113',
         mbx='DB9PR02MB7098', pod='eurprd02', consumer=False, lang='de-DE', tz='CET',
         tenant='lieferant', x_mailer=None, hdr_charset='utf-8', hdr_enc='B', edge='AM9PR02MB6643'):
    def f(s):
        t, seed = s['t'], s['name']
        if consumer:
            host = '%s.%s.PROD.OUTLOOK.COM' % (mbx, pod.upper())
            ehost = '%s.%s.PROD.OUTLOOK.COM' % (edge, pod.upper())
        else:
            host = '%s.%s.prod.outlook.com' % (mbx, pod)
            ehost = '%s.%s.prod.outlook.com' % (edge, pod)
        ll = '%s:%s:%s:%s' % (hx(seed + 'a', 4).lstrip('0') or '1', hx(seed + 'b', 4).lstrip('0') or '1',
                              hx(seed + 'c', 4).lstrip('0') or '1', hx(seed + 'd', 4).lstrip('0') or '1')
        v6 = '2603:10a6:%s:%s::%s' % (hx(seed + 'e', 2).lstrip('0') or '1', hx(seed + 'f', 3).lstrip('0') or '1', hx(seed + 'g', 2).lstrip('0') or '1')
        rec = ['from %s (%s) by %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9137.12; %s'
               % (host, v6, ehost, '2603:10a6:20b:%s::%s' % (hx(seed + 'h', 3), hx(seed + 'i', 2)), rfcdate(t + SEC, 'UTC')),
               'from %s\n ([fe80::%s]) by %s\n ([fe80::%s%%5]) with mapi id 15.20.9137.012; %s'
               % (host, ll, host, ll, rfcdate(t, 'UTC'))]
        lid = '%s%s' % (mbx, hx(seed + 'm', 32, UHEX))
        msgid = '<%s@%s>' % (lid, host)
        tid = thread_index(seed, t, len(s.get('references') or []))
        tenant_id = uuid('tenant' + tenant)
        att = _has_att(s)
        extra = [('Thread-Topic', None), ('Thread-Index', tid), ('Accept-Language', '%s, en-US' % lang),
                 ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if att else ''),
                 ('X-MS-TNEF-Correlator', '')]
        if x_mailer:
            extra.append(('X-Mailer', x_mailer))
        extra += [('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                  ('X-MS-Exchange-CrossTenant-AuthSource', host),
                  ('X-MS-Exchange-CrossTenant-Network-Message-Id', uuid(seed + 'nm')),
                  ('X-MS-Exchange-CrossTenant-originalarrivaltime', local(t, 'UTC').strftime('%d %b %Y %H:%M:%S.') + '%04d' % num(seed, 0, 9999) + ' (UTC)'),
                  ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                  ('X-MS-Exchange-CrossTenant-id', tenant_id),
                  ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', edge)]
        return dict(client=(helo, rdns, ip), received=rec, msgid=msgid, tz=tz,
                    boundary=bstyle('outlook', seed, lid), extra=extra, thread_topic=True,
                    hdr_charset=hdr_charset, hdr_enc=hdr_enc,
                    order=['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date',
                           'Message-ID', 'References', 'In-Reply-To', 'Accept-Language', 'Content-Language',
                           'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', 'Content-Type', 'MIME-Version'])
    return f


def outlook_com(**kw):
    d = dict(helo='EUR05-AM6-obe.outbound.protection.outlook.com',
             rdns='mail-am6eur05olkn2012.outbound.protection.outlook.com', ip='40.92.58.12',
             mbx='AS8P189MB1876', pod='EURP189', edge='AS8P189MB2207', consumer=True, tenant='outlook.com-consumers')
    d.update(kw)
    return m365(**d)


# ------------------------------------------------------------------ internal Exchange via mail-int01
def exchange(mbx='EXMBX02', orig_ip='10.20.14.87', lang='de-DE', hdr_charset='utf-8', hdr_enc='B', x_mailer=None):
    def f(s):
        t, seed = s['t'], s['name']
        ll = '%s:%s:%s:%s' % (_h4(mbx + 'a'), _h4(mbx + 'b'), _h4(mbx + 'c'), _h4(mbx + 'd'))
        rec = ['from %s.corp.example.com ([fe80::%s]) by\n %s.corp.example.com ([fe80::%s%%13]) with mapi id\n 15.02.1544.014; %s'
               % (mbx, ll, mbx, ll, rfcdate(t + SEC, 'CET'))]
        lid = hx(seed + 'x', 32)
        tid = thread_index(seed, t, len(s.get('references') or []))
        extra = [('Thread-Topic', None), ('Thread-Index', tid), ('Accept-Language', '%s, en-US' % lang),
                 ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if _has_att(s) else ''),
                 ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[%s]' % orig_ip)]
        if x_mailer:
            extra.append(('X-Mailer', x_mailer))
        return dict(client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), received=rec,
                    msgid='<%s@example.com>' % lid, boundary=bstyle('outlook', seed, lid), extra=extra,
                    thread_topic=True, hdr_charset=hdr_charset, hdr_enc=hdr_enc, delay=1,
                    order=['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date',
                           'Message-ID', 'References', 'In-Reply-To', 'Accept-Language', 'Content-Language',
                           'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', 'x-originating-ip', 'Content-Type',
                           'MIME-Version'])
    return f


# ------------------------------------------------------------------ generic Postfix / SMB / VPS
def postfix(helo, rdns, ip, host=None, submit=None, auth=None, tls='tls13', msgid='thunderbird',
            msgid_domain=None, ua=None, xmailer=None, boundary='thunderbird', tz='CET', order=None,
            hdr_charset='utf-8', hdr_enc='B', return_path=None, extra=None, submit_with='ESMTPSA',
            quote_names=False):
    def f(s):
        t, seed = s['t'], s['name']
        dom = msgid_domain or _dom(s['frm'][1])
        h = host or helo
        rec = []
        if submit:
            sh, sr, sip = submit
            a = '\n\t(Authenticated sender: %s)' % auth if auth else ''
            qid = '4' + hx(seed + 'pq', 9, B52) + 'z' + hx(seed + 'pr', 4, B52.replace('z', ''))
            rec.append('from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s;\n\t%s'
                       % (sh, sr, sip, a, h, submit_with, qid, rfcdate(t + SEC, tz)))
        if msgid == 'thunderbird':
            mid = '<%s@%s>' % (uuid(seed), dom)
        elif msgid == 'roundcube':
            mid = '<%s@%s>' % (hx(seed, 32), dom)
        elif msgid == 'phpmailer':
            mid = '<%s@%s>' % (hx(seed, 43, ALNUM), dom)
        elif msgid == 'outlook16':
            mid = _outlook_mid(seed, t, dom)
        elif msgid == 'thebat':
            mid = '<%d.%s@%s>' % (num(seed, 100000000, 1999999999), local(t, tz).strftime('%Y%m%d%H%M%S'), dom)
        elif msgid == 'apple':
            mid = '<%s@%s>' % (uuid(seed, True), dom)
        else:
            mid = '<%s.%s@%s>' % (local(t, tz).strftime('%Y%m%d%H%M%S'), hx(seed, 16), dom)
        ex = []
        if ua:
            ex.append(('User-Agent', ua))
        if xmailer:
            ex.append(('X-Mailer', xmailer))
        ex += list(extra or [])
        d = dict(client=(helo, rdns, ip), received=rec, msgid=mid, tz=tz, tls=tls,
                 boundary=bstyle(boundary, seed, hx(seed, 12), t=t), extra=ex, hdr_charset=hdr_charset,
                 hdr_enc=hdr_enc, quote_names=quote_names)
        if order:
            d['order'] = order
        if return_path:
            d['return_path'] = return_path
        return d
    return f


THUNDERBIRD_ORDER = ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'Cc', 'From',
                     'Reply-To', 'Subject', 'In-Reply-To', 'References', 'Content-Type']


# ------------------------------------------------------------------ Exim (cPanel shared hosting)
def exim(host, ip, rdns, client_ip, client_helo, env_from, msgid_domain=None, xmailer=None,
         boundary='phpmailer', tz='UTC', extra=None, auth=True):
    def f(s):
        t, seed, rcpt = s['t'], s['name'], s['rcpt']
        eid = '1t%s-%s-%s' % (hx(seed + 'e1', 4, ALNUM), hx(seed + 'e2', 6, ALNUM), hx(seed + 'e3', 2, ALNUM))
        rec = ['from [%s] (port=%d helo=%s)\n\tby %s with %s  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n'
               '\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
               % (client_ip, num(seed, 49152, 65535), client_helo, host, 'esmtpsa' if auth else 'esmtps', env_from, eid, rcpt,
                  rfcdate(t + SEC, tz))]
        ex = [('X-Mailer', xmailer)] if xmailer else []
        ex += list(extra or [])
        return dict(client=(host, rdns, ip), received=rec, tls='tls12',
                    msgid='<%s@%s>' % (hx(seed, 32), msgid_domain or _dom(env_from)),
                    boundary=bstyle(boundary, seed, t=s['t']), extra=ex, return_path=env_from, tz=tz)
    return f


# ------------------------------------------------------------------ consumer mail providers
def gmx(webde=False, client_ip='91.64.112.37'):
    def f(s):
        t, seed = s['t'], s['name']
        prov = 'web.de' if webde else 'gmx.net'
        app = '3c-app-%s-bap%02d' % ('webde' if webde else 'gmx', num(seed, 10, 70))
        mr = 'mrweb%03d' % num(seed + 'r', 100, 120) if webde else 'mrgmx%03d' % num(seed + 'r', 100, 120)
        rec = ['from %s ([%s]) by web-mail.%s\n (%s.server.lan [172.19.172.%d])\n (via HTTP); %s'
               % (app, '172.19.172.%d' % num(seed + 'a', 20, 200), prov, app, num(seed + 'a', 20, 200), rfcdate(t, 'CET'))]
        rec.insert(0, 'from [%s] ([%s]) by mail.%s (%s\n [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s'
                   % (client_ip, client_ip, prov, mr, num(seed + 'b', 160, 190), hx(seed + 'c', 6, ALNUM),
                      hx(seed + 'd', 8, ALNUM), rfcdate(t + SEC, 'CET')))
        host = 'mout.web.de' if webde else 'mout.gmx.net'
        ipx = '212.227.15.%d' % (3 if webde else 18)
        extra = [('Importance', 'normal'), ('Sensitivity', 'Normal'),
                 ('X-Priority', '3'), ('X-Provags-ID', 'V03:K1:' + hx(seed + 'p', 86, B64)),
                 ('UI-OutboundReport', 'notjunk:1;M01:P0:' + hx(seed + 'u', 40, B64))]
        return dict(client=(host, host, ipx), received=rec, extra=extra,
                    msgid='<trinity-%s-%d@%s>' % (uuid(seed), _local_ms(t), app), boundary=bstyle('gmx', seed),
                    order=['MIME-Version', 'Message-ID', 'From', 'To', 'Cc', 'Subject', 'Content-Type', 'Date',
                           'Importance', 'Sensitivity', 'In-Reply-To', 'References', 'X-Priority'])
    return f


def libero(client_ip='93.44.102.19'):
    def f(s):
        t, seed = s['t'], s['name']
        n = num(seed, 10, 40)
        rec = ['from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s'
               % (client_ip, n, hx(seed, 22, ALNUM), rfcdate(t + SEC, 'CET'))]
        return dict(client=('libero.it', 'smtp-%d-i6.italiaonline.it' % n, '213.209.12.%d' % n), received=rec,
                    msgid='<%d.%d.%d@libero.it>' % (num(seed + 'a', 100000000, 2000000000), num(seed + 'b', 10000, 999999), _local_ms(t)),
                    boundary=bstyle('javamail', seed, t=s['t']), tls='tls12',
                    extra=[('X-Priority', '3'), ('Importance', 'Normal')])
    return f


def wp(client_ip='89.64.30.211'):
    def f(s):
        t, seed = s['t'], s['name']
        rec = ['from [%s] (%s.dynamic.chello.pl [%s])\n\t(Authenticated sender: %s)\n\tby smtp.wp.pl (WP-SMTPD) with ESMTPSA id %s;\n\t%s'
               % (client_ip, client_ip.replace('.', '-'), client_ip, s['frm'][1], hx(seed, 16), rfcdate(t + SEC, 'CET'))]
        return dict(client=('mx.wp.pl', 'mx4.wp.pl', '212.77.101.12'), received=rec,
                    msgid='<%s@wp.pl>' % hx(seed + 'm', 24), boundary=bstyle('roundcube', seed),
                    extra=[])
    return f


def otenet(client_ip='94.66.57.140'):
    def f(s):
        t, seed = s['t'], s['name']
        rec = ['from webmail.otenet.gr (localhost [127.0.0.1])\n\tby omx%02d.otenet.gr (Postfix) with ESMTPA id %s;\n\t%s'
               % (num(seed, 1, 4), '4' + hx(seed, 9, B52) + 'z' + hx(seed + 'i', 4, B52.replace('z', '')), rfcdate(t + SEC, 'EET'))]
        n = num(seed, 1, 4)
        return dict(client=('omx%02d.otenet.gr' % n, 'omx%02d.otenet.gr' % n, '83.235.67.%d' % (29 + n)), received=rec,
                    msgid='<%s@webmail.otenet.gr>' % hx(seed + 'm', 32), boundary=bstyle('roundcube', seed),
                    tz='EET', tls='tls12',
                    extra=[('User-Agent', 'Roundcube Webmail/1.5.8'), ('X-Sender', s['frm'][1]),
                           ('X-Originating-IP', '[%s]' % client_ip)])
    return f


def yandex(client_ip='95.55.172.14', xmailer='Yamail [ http://yandex.ru ] 5.0', tz='MSK'):
    def f(s):
        t, seed = s['t'], s['name']
        n = num(seed, 10, 90)
        fw = 'forward%da.mail.yandex.net' % num(seed + 'f', 500, 510)
        nw = 'mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net' % n
        rec = ['from %s (%s [IPv6:2a02:6b8:c0d:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
               % (nw, nw, _h4(seed + 'a'), _h4(seed + 'b'), fw, hx(seed + 'c', 12, ALNUM), rfcdate(t + SEC, tz)),
               'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (nw, hx(seed + 'd', 10, ALNUM), hx(seed + 'e', 8, ALNUM), rfcdate(t, tz))]
        return dict(client=(fw, fw, '178.154.239.%d' % num(seed + 'i', 64, 95)), received=rec,
                    msgid='<%d%d@mail.yandex.ru>' % (num(seed + 'm', 100000, 999999), int(t.timestamp())),
                    boundary=bstyle('yandex', seed), tz=tz, extra=[('X-Mailer', xmailer)] if xmailer else [])
    return f


def mailru(client_ip='188.243.45.17', msgid_style='mailru', xmailer='Mail.Ru Mailer 1.0', boundary='mailru', tz='MSK'):
    def f(s):
        t, seed = s['t'], s['name']
        n = num(seed, 30, 60)
        rec = ['by smtp%d.i.mail.ru with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s'
               % (n, s['frm'][1], hx(seed + 'a', 4, ALNUM), hx(seed + 'b', 11, ALNUM), hx(seed + 'c', 4, ALNUM), rfcdate(t + SEC, tz))]
        if msgid_style == 'thebat':
            mid = '<%d.%s@%s>' % (num(seed, 100000000, 1999999999), local(t, tz).strftime('%Y%m%d%H%M%S'), _dom(s['frm'][1]))
        else:
            mid = '<%d.%d@f%d.i.mail.ru>' % (int(t.timestamp()), num(seed + 'm', 100000000, 999999999), num(seed + 'n', 100, 999))
        return dict(client=('smtp%d.i.mail.ru' % n, 'smtp%d.i.mail.ru' % n, '94.100.177.%d' % (n + 60)), received=rec,
                    msgid=mid, boundary=bstyle(boundary, seed, t=s['t']), tz=tz, extra=[('X-Mailer', xmailer)] if xmailer else [])
    return f


def aruba(client_ip='93.45.211.80', client_name='192.168.1.33', xmailer='Microsoft Outlook 16.0', msgid='outlook16',
          boundary='nextpart', ua=None):
    def f(s):
        t, seed = s['t'], s['name']
        n = num(seed, 17, 22)
        rec = ['from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
               % (client_name, client_ip, hx(seed, 22, ALNUM), rfcdate(t + SEC, 'CET'))]
        dom = _dom(s['frm'][1])
        if msgid == 'outlook16':
            mid = _outlook_mid(seed, t, dom)
        else:
            mid = '<%s@%s>' % (hx(seed, 32), dom)
        ex = []
        if xmailer:
            ex.append(('X-Mailer', xmailer))
        if ua:
            ex.append(('User-Agent', ua))
        if msgid == 'outlook16':
            ex += [('Thread-Index', thread_index(seed, t)),
                   ('Content-Language', 'it')]
        return dict(client=('smtpdh%d-2.aruba.it' % n, 'smtpdh%d-2.aruba.it' % n, '62.149.155.%d' % (140 + n)),
                    received=rec, msgid=mid, boundary=bstyle(boundary, seed, t=s['t']), extra=ex, tls='tls13')
    return f


# ------------------------------------------------------------------ ESPs and platforms
def sendgrid(bounce_domain, ip='149.72.154.232', rdns='wrqvtbtk.outbound-mail.sendgrid.net', uid=None):
    def f(s):
        t, seed, rcpt = s['t'], s['name'], s['rcpt']
        pod = 'geopod-ismtpd-%d' % num(seed, 1, 40)
        fd = 'filterdrecv-%s-%s' % (hx(seed + 'a', 9), hx(seed + 'b', 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
        sgid = hx(seed + 'i', 22, B64URL)
        rec = ['by %s with SMTP id %s-1-%s-%d\n        %s +0000 UTC m=+%d.%06d'
               % (fd, fd, hx(seed + 'c', 8, UHEX), num(seed, 1, 40), local(t + SEC, 'UTC').strftime('%Y-%m-%d %H:%M:%S.') + '%09d' % num(seed + 'n', 0, 999999999),
                  num(seed + 'm', 1000, 9999999), num(seed + 'o', 0, 999999)),
               'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>; %s' % (
                   hx(seed + 'd', 8), pod, sgid, rcpt, local(t, 'UTC').strftime('%a, %d %b %Y %H:%M:%S.%f')[:-3] + ' +0000 (UTC)')]
        u = uid or num(bounce_domain, 1000000, 49999999)
        rl, rd = rcpt.split('@')
        rp = 'bounces+%d-%s-%s=%s@em%d.%s' % (u, hx(seed + 'r', 4), rl, rd, num(bounce_domain, 1000, 9999), bounce_domain)
        extra = [('X-SG-EID', hx(seed + 'e', 96, B64) + '=='), ('X-SG-ID', hx(seed + 'g', 60, B64) + '=='),
                 ('X-Entity-ID', hx(bounce_domain, 22, B64) + '==')]
        return dict(client=(rdns, rdns, ip), received=rec, msgid='<%s@%s>' % (sgid, pod), return_path=rp,
                    boundary=bstyle('sendgrid', seed), extra=extra, tls='tls12')
    return f


def mailgun(mg_domain, ip='159.135.228.12'):
    def f(s):
        t, seed, rcpt = s['t'], s['name'], s['rcpt']
        host = 'm%s.mailgun.net' % '-'.join(ip.split('.')[2:])
        rec = ['by %s with HTTP id %s; %s' % (hx(seed + 'h', 40), hx(seed + 'i', 24), rfcdate(t, 'UTC'))]
        rl, rd = rcpt.split('@')
        rp = 'bounce+%s.%s-%s=%s@%s' % (hx(seed + 'a', 6), hx(seed + 'b', 6), rl, rd, mg_domain)
        mid = '<%s.%s@%s>' % (local(t, 'UTC').strftime('%Y%m%d%H%M%S'), hx(seed + 'm', 16), mg_domain)
        extra = [('X-Mailgun-Sid', hx(seed + 's', 80, B64) + '=='), ('X-Mailgun-Tag', 'transactional'),
                 ('X-Mailgun-Track', 'yes')]
        return dict(client=(host, host, ip), received=rec, msgid=mid, return_path=rp,
                    boundary=bstyle('roundcube', seed), extra=extra, tz='UTC')
    return f


def ses(region='eu-west-1', ip='54.240.7.17', tz='UTC', boundary='javamail'):
    def f(s):
        t, seed = s['t'], s['name']
        host = 'a%s-%s.smtp-out.%s.amazonses.com' % (ip.split('.')[2], ip.split('.')[3], region)
        sid = '010201%s-%s-000000' % (hx(seed + 'a', 10), uuid(seed + 'b'))
        extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, hx(seed + 'f', 43, B64))),
                 ('X-SES-Outgoing', '%s-%s' % (local(t, 'UTC').strftime('%Y.%m.%d'), ip))]
        return dict(client=(host, host, ip), received=[], msgid='<%s@%s.amazonses.com>' % (sid, region),
                    return_path='%s@%s.amazonses.com' % (sid, region), boundary=bstyle(boundary, seed, t=s['t']),
                    extra=extra, tz=tz, tls='tls12')
    return f


def brevo(ip='77.32.148.24'):
    def f(s):
        t, seed, rcpt = s['t'], s['name'], s['rcpt']
        host = 'smtp-relay-%s.sendinblue.com' % ip.split('.')[-1]
        mid = '<%s.%d@smtp-relay.mailin.fr>' % (local(t, 'CET').strftime('%Y%m%d%H%M'), num(seed, 10000000000, 99999999999))
        rp = 'bounces-%s@%s' % (hx(seed + 'r', 36, ALNUM), 'sendibt3.com')
        extra = [('X-Mailer', 'Sendinblue'), ('X-Mailin-Client', str(num(seed + 'c', 1000000, 9999999))),
                 ('X-Mailin-Campaign', str(num(seed + 'k', 10, 999))), ('Origin-messageId', mid)]
        return dict(client=(host, 'ab%s.sendibt3.com' % ip.split('.')[-1], ip), received=[], msgid=mid,
                    return_path=rp, boundary=bstyle('roundcube', seed), extra=extra, tls='tls13')
    return f


def mailchimp(us='us21', list_domain=None):
    def f(s):
        t, seed, rcpt = s['t'], s['name'], s['rcpt']
        n1, n2 = num(seed, 160, 200), num(seed + 'b', 100, 140)
        host = 'mail%d-%d.suw%d.mcdlv.net' % (n1, num(seed + 'c', 1, 30), n2)
        ip = '198.2.%d.%d' % (n1, num(seed + 'c', 1, 30))
        u = hx(s['frm'][1], 25)
        rp = 'bounce-mc.%s_%d.%d-%s@%s' % (us, num(s['frm'][1], 100000000, 199999999), num(seed + 'x', 1000000, 9999999),
                                           hx(seed + 'y', 10), host)
        mid = '<%s.%d.%d@%s>' % (hx(seed + 'm', 32), num(seed + 'n', 10000, 99999), num(seed + 'o', 1000, 9999), host)
        cid = hx(seed + 'cid', 20)
        extra = [('X-Mailer', 'Mailchimp Mailer - **CID%s**' % cid), ('X-Campaign', 'mailchimp%s.%s' % (u, cid)),
                 ('X-campaignid', 'mailchimp%s.%s' % (u, cid)),
                 ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, cid, hx(seed + 'e', 10))),
                 ('X-MC-User', u), ('Feedback-ID', '%d:%d.%d:%s:mc' % (num(u, 10000000, 99999999), num(u + 'a', 10000000, 99999999), num(seed, 1000000, 9999999), us)),
                 ('X-Accounttype', 'pd')]
        return dict(client=(host, host, ip), received=[], msgid=mid, return_path=rp,
                    boundary=bstyle('mailchimp', seed), extra=extra, tls='tls12')
    return f


def salesforce():
    def f(s):
        t, seed = s['t'], s['name']
        n = num(seed, 10, 30)
        host = 'smtp%02d-ia4-sp3.mta.salesforce.com' % n
        mid = '<%s000000000000000000000000000000000000000000000%s@sfdc.net>' % (hx(seed + 'a', 5, ALNUM), hx(seed + 'b', 6, UHEX))
        extra = [('X-SFDC-LK', '00D%s' % hx(seed + 'o', 12, ALNUM)), ('X-SFDC-User', '005%s' % hx(seed + 'u', 12, ALNUM)),
                 ('X-Sender', 'postmaster@salesforce.com'),
                 ('X-mail_abuse_inquiries', 'http://www.salesforce.com/company/abuse.jsp'),
                 ('X-SFDC-TLS-NoRelay', '1'), ('X-SFDC-Binding', hx(seed + 'x', 16, ALNUM)),
                 ('X-SFDC-EmailCategory', 'apiSingleMail'), ('X-SFDC-Interface', 'internal')]
        return dict(client=(host, host, '13.110.6.%d' % (200 + n)), received=[], msgid=mid,
                    return_path='bounces+%s@%s.bnc.salesforce.com' % (hx(seed + 'r', 30, ALNUM), hx(seed + 'r2', 10, ALNUM)),
                    boundary=bstyle('javamail', seed, t=s['t']), extra=extra, tls='tls12', tz='UTC')
    return f


def paypal():
    def f(s):
        t, seed = s['t'], s['name']
        mid = '<%s.%d.PayPal.NotificationPlatform@paypal.com>' % (hx(seed, 13), _local_ms(t))
        extra = [('X-Email-Type-Id', 'PPX000624:%s' % hx(seed + 'x', 12, UHEX)), ('X-PP-Priority', '0-none-true'),
                 ('X-XPT-XSL-Name', 'nodeMailer'), ('PP-Correlation-Id', hx(seed + 'c', 13)),
                 ('X-MaxCode-Template', 'PPX000624')]
        return dict(client=('mx0.slc.paypal.com', 'mx0.slc.paypal.com', '173.0.84.226'),
                    received=['from paypal.com (ccg01mail01.slc.paypalcorp.com [10.30.70.1])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                              % ('4' + hx(seed + 'q', 9, B52) + 'z' + hx(seed + 'i', 4, B52.replace('z', '')), s['rcpt'], rfcdate(t + SEC, 'PT', True))],
                    msgid=mid, return_path='service@intl.paypal.com', boundary=bstyle('javamail', seed, t=s['t']),
                    extra=extra, tls='tls12', tz='PT')
    return f


def docusign():
    def f(s):
        t, seed = s['t'], s['name']
        n = num(seed, 10, 40)
        host = 'mail%d.eumail.docusign.net' % n
        return dict(client=(host, host, '185.16.45.%d' % n), received=[
            'from docusign.net (eu2app%02d.docusign.net [10.111.%d.%d]) by %s with ESMTP; %s'
            % (num(seed + 'a', 1, 20), num(seed + 'b', 1, 250), num(seed + 'c', 1, 250), host, rfcdate(t + SEC, 'UTC'))],
            msgid='<%s@docusign.net>' % hx(seed, 32), return_path='bounces+%s@eumail.docusign.net' % hx(seed + 'r', 32),
            boundary=bstyle('javamail', seed, t=s['t']), tls='tls12', tz='UTC',
            extra=[('X-DocuSign-Envelope-Type', 'envelope'), ('X-API-Host', 'eu.docusign.net')])
    return f


def google_notify(bounce='gaia', sor=69):
    def f(s):
        t, seed, rcpt = s['t'], s['name'], s['rcpt']
        host = 'mail-sor-f%d.google.com' % sor
        sid = '%s-%sso%d%s.%d' % (hx(seed + 'a', 13), hx(seed + 'b', 11), num(seed + 'c', 1000000, 9999999),
                                  hx(seed + 'd', 3, 'abcdefghijklmnopqrstuvwxyz'), num(seed + 'e', 1, 9))
        rec = ['by %s with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
               % (host, sid, rcpt, rfcdate(t + SEC, 'PT', True))]
        trace = [('X-Google-Smtp-Source', 'AGHT+I' + hx(seed + 'z', 70, B64)),
                 ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
                  % (hx(seed + 'f', 4), hx(seed + 'g', 4), hx(seed + 'h', 3), hx(seed + 'i', 4), sid.split('so')[0] + 'mr%d' % num(seed, 1000, 9999), rfcdate(t + SEC, 'PT', True)))]
        rp = '3%s@%s.bounces.google.com' % (hx(seed + 'r', 50, ALNUM), bounce)
        return dict(client=(host, host, '209.85.220.%d' % sor), received=rec, trace=trace,
                    msgid='<%s@google.com>' % hx(seed + 'm', 22, ALNUM + '-_'), return_path=rp,
                    boundary=bstyle('gmail', seed), tz='UTC',
                    order=['MIME-Version', 'Date', 'Reply-To', 'Feedback-ID', 'X-Notifications', 'X-Notifications-Bounce-Info',
                           'Message-ID', 'Subject', 'From', 'To', 'Content-Type'])
    return f


def ms_notify():
    base = m365(helo='NAM12-DM6-obe.outbound.protection.outlook.com',
                rdns='mail-dm6nam12on2071.outbound.protection.outlook.com', ip='40.107.243.71',
                mbx='SA1PR21MB4317', pod='namprd21', edge='SN6PR21MB1472', tenant='microsoft', lang='en-US', tz='UTC')

    def f(s):
        d = base(s)
        d['msgid'] = '<%s@az.westeurope.production.microsoft.com>' % uuid(s['name'] + 'ms')
        d['boundary'] = bstyle('javamail', s['name'], t=s['t'])
        d['extra'] = [x for x in d['extra'] if x[0].startswith('X-MS-Exchange')]
        d['return_path'] = 'azure-noreply@microsoft.com'
        d['order'] = None
        return d
    return f


def github():
    def f(s):
        t, seed = s['t'], s['name']
        n = num(seed, 17, 30)
        rec = ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s'
               % (hx(seed + 'h', 7), num(seed + 'a', 100, 220), num(seed + 'b', 2, 250),
                  '4' + hx(seed + 'q', 9, B52) + 'z' + hx(seed + 'i', 4, B52.replace('z', '')), s['rcpt'], rfcdate(t + SEC, 'PT'))]
        host = 'out-%d.smtp.github.com' % n
        return dict(client=(host, host, '192.30.252.%d' % (190 + n)), received=rec,
                    msgid='<%s_%s@lva1-app%d.smtp.github.com.mail>' % (hx(seed + 'm', 13), hx(seed + 'n', 17), num(seed, 1000, 9999)),
                    return_path='noreply@github.com',
                    boundary=lambda c, d, _s=seed: '--==_mimepart_%s_%s' % (hx(_s + c, 13), num(_s + c, 1000, 9999)), tz='UTC',
                    extra=[('X-Auto-Response-Suppress', 'All')])
    return f


def yandex_notify():
    def f(s):
        t, seed = s['t'], s['name']
        fw = 'forward%db.mail.yandex.net' % num(seed, 100, 110)
        rec = ['from mail-sender-%d.vla.yp-c.yandex.net (mail-sender-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0f:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
               % (num(seed + 'a', 1, 99), num(seed + 'a', 1, 99), _h4(seed + 'b'), _h4(seed + 'c'), fw, hx(seed + 'd', 12, ALNUM), rfcdate(t + SEC, 'MSK'))]
        return dict(client=(fw, fw, '178.154.239.%d' % num(seed + 'i', 140, 160)), received=rec,
                    msgid='<%d@mail-sender-%d.vla.yp-c.yandex.net>' % (num(seed + 'm', 10 ** 17, 10 ** 18), num(seed + 'a', 1, 99)),
                    return_path='noreply@id.yandex.ru', boundary=bstyle('yandex', seed), tz='MSK')
    return f
