"""Sending-system profiles: Received chains, Message-ID and X-Mailer styles.

Every profile returns a dict with:
  hops    : list of Received header values (top first) *below* mx01's header
  client  : (helo, rdns or 'unknown', ip) as seen by mx01
  tls     : whether the client used STARTTLS
  msgid   : Message-ID value including angle brackets
  extra   : list of (name, value) headers placed after the standard ones
  bnd     : callable(i) -> boundary string for the i-th multipart
  zone    : time zone used in Date / hop timestamps of the sender
"""
import base64
import hashlib
import random
import struct
import uuid

from .mime import rfc2822, plus

_PF = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def _b52(n, width=None):
    s = ''
    while n:
        n, r = divmod(n, 52)
        s = _PF[r] + s
    if width:
        s = s.rjust(width, '0')
    return s or '0'


def postfix_qid(u, rng):
    sec = int(u.timestamp())
    usec = rng.randrange(1000000)
    inode = rng.randrange(52 ** 2, 51 ** 4)
    ino = ''
    while inode:
        inode, r = divmod(inode, 51)
        ino = _PF[r] + ino
    return _b52(sec) + _b52(usec, 4) + 'z' + ino


def hexs(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def alnum(rng, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def tls13():
    return ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
            '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
            '\t(No client certificate requested)')


def mx01_received(client, tls, rcpt, u, rng):
    helo, rdns, ip = client
    lines = ['from %s (%s [%s])' % (helo, rdns, ip)]
    if tls:
        lines.append(tls if isinstance(tls, str) else tls13())
    lines.append('by mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', postfix_qid(u, rng)))
    lines.append('for <%s>; %s' % (rcpt, rfc2822(u, 'CE', with_name=True)))
    return '\n\t'.join(lines)


def filetime_hex(u, rng):
    ft = int((u.timestamp() + 11644473600) * 10 ** 7) + rng.randrange(10 ** 7)
    return '%08x' % (ft >> 32), '%08x' % (ft & 0xffffffff)


def thread_index(u, rng):
    ft = int((u.timestamp() + 11644473600) * 10 ** 7)
    hdr = struct.pack('>Q', ft)[:6] + bytes(rng.randrange(256) for _ in range(16))
    return base64.b64encode(hdr).decode()


def _outlook_bnd(u, rng):
    hi, lo = filetime_hex(u, rng)
    base = '01%s.%s' % (hi[2:].upper(), lo.upper())
    seq = rng.randrange(0, 0x30)
    return lambda i: '----=_NextPart_%03d_%04X_%s' % (i, seq + i, base)


def _exch_bnd(token):
    return lambda i: '_%03d_%s_' % (i, token)


def _tb_bnd(rng):
    return lambda i: '------------' + alnum(rng, 24)


def _hex_bnd(rng):
    return lambda i: '000000000000' + hexs(rng, 16)


# ----------------------------------------------------------------------------
# Internal mail: Exchange on-prem -> mail-int01 -> mx01
def internal(u, rng, sender_user, client_ip='10.20.14.57', lang='de-DE', has_attach=False, topic=None):
    mid_hex = hexs(rng, 32)
    srv = rng.choice(['EX01', 'EX02'])
    ll = rng.choice(['6d2a:1b3c:4e5f:7a8b', '3c1d:9e2f:a4b7:55c1'])
    hops = ['from %s.corp.example.com ([fe80::%s]) by %s.corp.example.com\n\t([fe80::%s%%12]) with mapi id 15.02.1544.014; %s'
            % (srv, ll, srv, ll, rfc2822(plus(u, 1), 'CE'))]
    extra = [('Thread-Topic', topic), ('Thread-Index', thread_index(u, rng)),
             ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US, de-DE'),
             ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if has_attach else ''),
             ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[%s]' % client_ip)]
    return dict(hops=hops, client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'),
                tls=True, msgid='<%s@%s.corp.example.com>' % (mid_hex, srv), extra=extra,
                bnd=_exch_bnd(mid_hex + srv.lower() + 'corpexamplecom'), zone='CE', delay=4,
                order='exchange')


# Small business: own/hosted Postfix server, Outlook desktop client
def outlook_hosted(u, rng, domain, server, server_ip, client_ip, client_rdns, client_helo=None,
                   auth_user=None, zone='CE', mta='postfix', lang='de', server_helo=None, version='16.0'):
    hi, lo = filetime_hex(u, rng)
    msgid = '<%s$%s$%s$@%s>' % ('0000' + hexs(rng, 2) + hi[2:], hexs(rng, 8), hexs(rng, 8), domain)
    msgid = '<%s$%s$%s$@%s>' % ('00' + hexs(rng, 2) + hi, lo, hexs(rng, 8), domain)
    helo = client_helo or 'DESKTOP-' + alnum(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
    if mta == 'postfix':
        hop = ('from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
               % (helo, client_rdns, client_ip, auth_user, server, postfix_qid(plus(u, 1), rng), rfc2822(plus(u, 1), zone, True)))
    else:  # exim
        hop = ('from %s ([%s] helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid %s;\n\t%s'
               % (client_rdns, client_ip, helo, server, auth_user, '1' + alnum(rng, 5) + '-' + alnum(rng, 6) + '-' + alnum(rng, 2), rfc2822(plus(u, 1), zone)))
    extra = [('X-Mailer', 'Microsoft Outlook %s' % version), ('Thread-Index', thread_index(u, rng)), ('Content-Language', lang)]
    return dict(hops=[hop], client=(server_helo or server, server, server_ip), tls=True, msgid=msgid,
                extra=extra, bnd=_outlook_bnd(u, rng), zone=zone, delay=3, order='outlook')


def thunderbird(u, rng, domain, server, server_ip, client_ip, client_rdns, auth_user, zone='CE', lang='de-DE',
                tb='128.4.2', os_='Windows NT 10.0; Win64; x64'):
    hop = ('from [192.168.%d.%d] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
           % (rng.randrange(0, 3), rng.randrange(20, 200), client_rdns, client_ip, auth_user, server,
              postfix_qid(plus(u, 1), rng), rfc2822(plus(u, 1), zone, True)))
    extra = [('User-Agent', 'Mozilla Thunderbird' if False else
              'Mozilla/5.0 (%s; rv:128.0) Gecko/20100101 Thunderbird/%s' % (os_, tb)),
             ('Content-Language', lang)]
    return dict(hops=[hop], client=(server, server, server_ip), tls=True, msgid='<%s@%s>' % (uuid4(rng), domain),
                extra=extra, bnd=_tb_bnd(rng), zone=zone, delay=2, order='thunderbird')


def roundcube(u, rng, domain, server, server_ip, auth_user, client_ip, zone='CE', mta='postfix', server_helo=None):
    if mta == 'postfix':
        hop = ('from webmail.%s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s'
               % (domain, auth_user, server, postfix_qid(plus(u, 1), rng), rfc2822(plus(u, 1), zone, True)))
    else:
        hop = ('from [%s] (port=%d helo=webmail.%s)\n\tby %s with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s;\n\t%s'
               % (client_ip, rng.randrange(40000, 65000), domain, server, auth_user,
                  '1' + alnum(rng, 5) + '-' + alnum(rng, 6) + '-' + alnum(rng, 2), rfc2822(plus(u, 1), zone)))
    extra = [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', auth_user), ('X-Originating-IP', '[%s]' % client_ip)]
    return dict(hops=[hop], client=(server_helo or server, server, server_ip), tls=True,
                msgid='<%s@%s>' % (hexs(rng, 32), domain), extra=extra,
                bnd=lambda i: '=_' + hexs(rng, 32), zone=zone, delay=2, order='roundcube')


def apple_mail(u, rng, domain, server, server_ip, client_ip, client_rdns, auth_user, zone='CE'):
    hop = ('from smtpclient.apple (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
           % (client_rdns, client_ip, auth_user, server, postfix_qid(plus(u, 1), rng), rfc2822(plus(u, 1), zone, True)))
    extra = [('X-Mailer', 'Apple Mail (2.3826.200.121)')]
    return dict(hops=[hop], client=(server, server, server_ip), tls=True,
                msgid='<%s@%s>' % (uuid4(rng).upper(), domain), extra=extra,
                bnd=lambda i: 'Apple-Mail=_' + uuid4(rng).upper(), zone=zone, delay=2, order='apple')


# Consumer webmail --------------------------------------------------------------
def gmail(u, rng, rcpt, zone='CE'):
    n = rng.randrange(41, 80)
    helo = 'mail-%s-f%d.google.com' % (rng.choice(['wm1', 'wr1', 'ej1', 'ed1', 'lf1']), n)
    ip = '209.85.%d.%d' % (rng.choice([128, 221, 218, 208, 167]), n)
    sid = '%s-%s' % (rng.choice(['5b1f17b1804b1', 'a640c23a62f3a', '2adb3069b0e04']), hexs(rng, 12))
    hops = ['by %s with SMTP id %s\n\tfor <%s>; %s' % (helo, sid, rcpt, rfc2822(plus(u, 1), 'PT', True))]
    extra_top = [('X-Google-Smtp-Source', 'AGHT+I' + alnum(rng, 60) + '=='),
                 ('X-Received', 'by 2002:a05:600c:%s:b0:%s:%s with SMTP id %s;\n\t%s' % (hexs(rng, 4), hexs(rng, 3), hexs(rng, 4), alnum(rng, 27, 'abcdefghijklmnopqrstuvwxyz0123456789'), rfc2822(plus(u, 1), 'PT'))),
                 ('X-Gm-Message-State', 'AOJu0Y' + alnum(rng, 70))]
    msgid = '<CA%s@mail.gmail.com>' % (rng.choice(['+', 'F', 'J', 'H', 'K']) + alnum(rng, rng.randrange(42, 60), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=') )
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=[], top_extra=extra_top,
                bnd=_hex_bnd(rng), zone=zone, delay=2, order='gmail', quote_charset=True)


def gmx(u, rng, provider='gmx', client_ip='91.12.34.56', zone='CE'):
    mout = {'gmx': ('mout.gmx.net', '212.227.17.%d' % rng.choice([20, 21, 22]), 'web-mail.gmx.net', '3c-app-gmx-bap'),
            'webde': ('mout.web.de', '212.227.15.%d' % rng.choice([3, 4, 14]), 'web-mail.web.de', '3c-app-webde-bap')}[provider]
    app = mout[3] + str(rng.randrange(10, 70))
    hops = ['from [%s] ([%s]) by %s\n\t(%s.server.lan [172.19.172.%d])\n\t(via HTTP); %s'
            % (client_ip, client_ip, mout[2], app, rng.randrange(2, 250), rfc2822(plus(u, 0), zone))]
    msgid = '<trinity-%s-%d@%s>' % (uuid4(rng), int(u.timestamp() * 1000) + rng.randrange(1000), app)
    extra = [('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3'),
             ('X-Provags-ID', 'V03:K1:' + alnum(rng, 70)),
             ('X-UI-Message-Type', 'mail'), ('UI-OutboundReport', 'notjunk:1;M01:P0:' + alnum(rng, 40))]
    return dict(hops=hops, client=(mout[0], mout[0], mout[1]), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: 'rehcsed-' + uuid4(rng), zone=zone, delay=1, order='gmx')


def libero(u, rng, client_ip, zone='CE'):
    n = rng.randrange(10, 60)
    helo = 'smtp-%d-i%d.italiaonline.it' % (n, rng.randrange(2, 9))
    ip = '213.209.%d.%d' % (rng.choice([10, 12, 14]), n)
    hops = ['from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s' % (
        '10.103.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250)), n, alnum(rng, 22), rfc2822(plus(u, 1), zone))]
    msgid = '<%d.%d.%d@mail%d.libero.it>' % (rng.randrange(10 ** 8, 2 * 10 ** 9), rng.randrange(10 ** 6, 10 ** 7), int(u.timestamp() * 1000), rng.randrange(1, 5))
    extra = [('X-Originating-IP', client_ip), ('X-Priority', '3'), ('Importance', 'Normal'),
             ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev52')]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 2 * 10 ** 9), int(u.timestamp() * 1000)),
                zone=zone, delay=2, order='ox')


def yandex_web(u, rng, client_ip, zone='MSK'):
    n = rng.randrange(100, 600)
    fwd = 'forward%d%s.mail.yandex.net' % (n, rng.choice('ab'))
    ip = '178.154.239.%d' % rng.randrange(70, 160)
    inner = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randrange(10, 90), rng.choice(['sas', 'vla', 'klg']))
    hops = ['from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s-%s;\n\t%s'
            % (inner, inner, '2a02:6b8:c1f:%x:0:640:%x:0' % (rng.randrange(4096), rng.randrange(65535)), fwd, alnum(rng, 10), alnum(rng, 8), rfc2822(plus(u, 1), 'MSK')),
            'by %s (smtp/Yandex) with HTTP id %s-%s;\n\t%s' % (inner, alnum(rng, 10), alnum(rng, 8), rfc2822(u, 'MSK'))]
    msgid = '<%d%d@mail.yandex.ru>' % (rng.randrange(100000, 999999), int(u.timestamp()))
    extra = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), ('X-Yandex-Fwd', '1')]
    return dict(hops=hops, client=(fwd, fwd, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '', zone='MSK', delay=1, order='yandex')


def zimbra(u, rng, domain, out_helo, out_ip, client_ip, zone='EE', zver='8.8.15_GA_4581'):
    inner = 'mailstore%d.%s' % (rng.randrange(1, 6), domain)
    hops = ['from %s (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
            % (inner, inner, rng.randrange(1, 250), rng.randrange(1, 250), rng.randrange(1, 250), out_helo,
               postfix_qid(plus(u, 1), rng), rfc2822(plus(u, 1), zone, True))]
    msgid = '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randrange(10 ** 8, 2 * 10 ** 9), rng.randrange(10 ** 5, 10 ** 7), int(u.timestamp() * 1000), domain)
    extra = [('X-Originating-IP', '[%s]' % client_ip),
             ('X-Mailer', 'Zimbra %s (ZimbraWebClient - GC130 (Win)/%s)' % (zver, zver)),
             ('Thread-Index', alnum(rng, 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')),
             ]
    return dict(hops=hops, client=(out_helo, out_helo, out_ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '=_%s' % uuid4(rng), zone=zone, delay=2, order='zimbra')


def wp_pl(u, rng, client_ip, zone='CE'):
    hops = ['from %s by poczta.wp.pl (via HTTP); %s' % (client_ip, rfc2822(u, zone))]
    msgid = '<%s@wp.pl>' % hexs(rng, 32)
    extra = [('X-WP-MailID', hexs(rng, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
             ('X-WP-SPAM', 'NO 0000000 [0UNk]'), ('X-Mailer', 'Poczta WP')]
    return dict(hops=hops, client=('smtpo%d.poczta.onet.pl' % 0 if False else 'smtp.wp.pl', 'smtp.wp.pl', '212.77.101.%d' % rng.choice([1, 5, 7, 9])),
                tls=True, msgid=msgid, extra=extra, bnd=lambda i: '-' + hexs(rng, 20), zone=zone, delay=1, order='plain')


# Exchange Online (a Microsoft 365 tenant) ----------------------------------------
_EXO_REGIONS = [('EUR05', 'DB8', 'eurprd05', 'DU0PR05', '40.107.20'), ('EUR02', 'AM5', 'eurprd02', 'AS8PR02', '40.107.8'),
                ('EUR01', 'HE1', 'eurprd01', 'DB9PR01', '40.107.21'), ('EUR03', 'AM7', 'eurprd03', 'PA4PR03', '40.107.105'),
                ('GBR01', 'LO2', 'GBRP123', 'CWLP123', '40.107.11')]


def exo(u, rng, domain, lang='en-GB', region=None, tenant_id=None, has_attach=False, topic=None, gb=False):
    reg = _EXO_REGIONS[4] if gb else (region or rng.choice(_EXO_REGIONS[:4]))
    eur, dc, prd, pfx, net = reg
    host = '%sMB%04d' % (pfx, rng.randrange(1000, 9999))
    if gb:
        prd = 'GBRP123'
        host = 'CWLP123MB%04d' % rng.randrange(1000, 9999)
        fqdn = '%s.GBRP123.PROD.OUTLOOK.COM' % host
        helo = 'GBR01-LO2-obe.outbound.protection.outlook.com'
        rd = 'mail-lo2gbr01on%04d.outbound.protection.outlook.com' % rng.randrange(2000, 2200)
    else:
        fqdn = '%s.%s.prod.outlook.com' % (host, prd)
        helo = '%s-%s-obe.outbound.protection.outlook.com' % (eur, dc)
        rd = 'mail-%s%son%04d.outbound.protection.outlook.com' % (dc.lower(), eur.lower(), rng.randrange(2000, 2200))
    ip = '%s.%d' % (net, rng.randrange(20, 250))
    host2 = host[:-4] + '%04d' % rng.randrange(1000, 9999)
    fqdn2 = fqdn.replace(host, host2)
    ll = 'fe80::%x:%x:%x:%x' % tuple(rng.randrange(65536) for _ in range(4))
    hops = ['from %s (2603:10a6:%x:%x::%x) by\n %s (2603:10a6:%x:%x::%x) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8156.11;\n %s'
            % (fqdn, rng.randrange(4096), rng.randrange(4096), rng.randrange(256), fqdn2, rng.randrange(4096), rng.randrange(4096), rng.randrange(256), rfc2822(plus(u, 1), 'UTC').replace('+0000', '+0000')),
            'from %s\n ([%s]) by %s\n ([%s%%6]) with mapi id 15.20.8156.010; %s'
            % (fqdn, ll, fqdn, ll, rfc2822(u, 'UTC'))]
    tid = tenant_id or uuid4(rng)
    msgid = '<%s%s@%s>' % (host, alnum(rng, 28, '0123456789ABCDEF'), fqdn)
    extra = [('Thread-Topic', topic), ('Thread-Index', thread_index(u, rng)), ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
             ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-ms-publictraffictype', 'Email'),
             ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', rfc2822(plus(u, 1), 'UTC').split(', ')[1].replace(' +0000', '.%04d\n (UTC)' % rng.randrange(10000))),
             ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
             ('X-MS-Exchange-CrossTenant-id', tid),
             ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', host2),
             ('X-OriginatorOrg', domain)]
    extra = [e for e in extra if e[1] is not None or e[0] == 'Thread-Topic']
    token = msgid[1:-1].replace('@', '').replace('.', '').replace('-', '')
    return dict(hops=hops, client=(helo, rd, ip), tls=True, msgid=msgid, extra=extra,
                bnd=_exch_bnd(token), zone='UTC', delay=3, order='exchange')


# Compromised web site / cPanel host sending through PHP ----------------------------------
def cpanel_php(u, rng, server, server_ip, site_user, site_domain, script, zone='CE', mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
               helo=None):
    eid = '1' + alnum(rng, 5) + '-' + alnum(rng, 6) + '-' + alnum(rng, 2)
    hops = ['from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s@%s>)\n\tid %s;\n\t%s'
            % (site_user, server, site_user, server, eid, rfc2822(plus(u, 1), zone))]
    extra = [('X-Mailer', mailer),
             ('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
             ('X-AntiAbuse', 'Primary Hostname - %s' % server),
             ('X-AntiAbuse', 'Original Domain - example.com'),
             ('X-AntiAbuse', 'Originator/Caller UID/GID - [1043 991] / [47 12]'),
             ('X-AntiAbuse', 'Sender Address Domain - %s' % site_domain),
             ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (server, site_user)),
             ('X-Authenticated-Sender', '%s: %s@%s' % (server, site_user, site_domain)),
             ('X-PHP-Script', '%s/%s for %s' % (site_domain, script, '45.%d.%d.%d' % (rng.randrange(255), rng.randrange(255), rng.randrange(255))))]
    return dict(hops=hops, client=(helo or server, server, server_ip), tls=True, msgid='<%s@%s>' % (alnum(rng, 43), site_domain),
                extra=extra, bnd=lambda i: 'b%d_%s' % (i + 1, alnum(rng, 43)), zone=zone, delay=1, order='php')


# Attacker VPS running its own Postfix (look-alike domain) -----------------------------------
def vps_postfix(u, rng, mailhost, vps_rdns, vps_ip, submit_ip, submit_rdns='unknown', auth_user=None,
                client_style='outlook', domain=None, zone='CE', tls=True, lang='de'):
    hop = ('from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
           % ('DESKTOP-' + alnum(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') if client_style == 'outlook' else '[127.0.0.1]',
              submit_rdns, submit_ip, auth_user, mailhost, postfix_qid(plus(u, 1), rng), rfc2822(plus(u, 1), zone, True)))
    d = domain or mailhost.split('.', 1)[1]
    if client_style == 'outlook':
        hi, lo = filetime_hex(u, rng)
        msgid = '<%s$%s$%s$@%s>' % ('00' + hexs(rng, 2) + hi, lo, hexs(rng, 8), d)
        extra = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(u, rng)), ('Content-Language', lang)]
        bnd = _outlook_bnd(u, rng)
        order = 'outlook'
    elif client_style == 'roundcube':
        msgid = '<%s@%s>' % (hexs(rng, 32), d)
        extra = [('User-Agent', 'Roundcube Webmail/1.6.7')]
        bnd = lambda i: '=_' + hexs(rng, 32)
        order = 'roundcube'
    else:  # script / bulk tool
        msgid = '<%s@%s>' % (alnum(rng, 24), d)
        extra = []
        bnd = lambda i: '----=_Part_' + hexs(rng, 24)
        order = 'plain'
    return dict(hops=[hop], client=(mailhost, vps_rdns, vps_ip), tls=tls, msgid=msgid, extra=extra,
                bnd=bnd, zone=zone, delay=2, order=order)


def zoho_eu(u, rng, domain, client_ip, zone='UK'):
    n = rng.randrange(10, 99)
    helo = 'sender-op-o%d.zoho.eu' % n
    ip = '136.143.169.%d' % n
    hops = ['from [%s] (%s [%s]) by mx.zoho.eu\n\twith SMTPS id %d%d; %s'
            % ('192.168.1.%d' % rng.randrange(2, 200), 'unknown', client_ip, int(u.timestamp() * 1000), rng.randrange(100, 999), rfc2822(plus(u, 1), zone))]
    msgid = '<%s.%s.%d@%s>' % (hexs(rng, 11), hexs(rng, 16), rng.randrange(10 ** 18, 10 ** 19), domain)
    extra = [('X-Mailer', 'Zoho Mail'), ('Importance', 'Medium'), ('X-Priority', 'Medium'), ('User-Agent', 'Zoho Mail')]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 2 * 10 ** 9), int(u.timestamp() * 1000)),
                zone=zone, delay=2, order='plain')


# Bulk / transactional ESPs --------------------------------------------------------------
def sendgrid(u, rng, from_domain):
    n = hexs(rng, 3)
    helo = '%s.outbound-mail.sendgrid.net' % alnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz')
    ip = '149.72.%d.%d' % (rng.randrange(1, 255), rng.randrange(1, 255))
    pod = 'geopod-ismtpd-%d' % rng.randrange(1, 40)
    hops = ['by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\n\t%s\n\tfor <%s>; %s' % (hexs(rng, 9), alnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), hexs(rng, 9), rng.randrange(100, 999), hexs(rng, 18), '', '{rcpt}', rfc2822(plus(u, 2), 'UTC')),
            'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <{rcpt}>; %s' % ('MTgzNDUyNjc', pod, alnum(rng, 22), rfc2822(plus(u, 1), 'UTC'))]
    hops[0] = hops[0].replace('\n\t\n\t', '\n\t')
    msgid = '<%s@%s>' % (alnum(rng, 22), pod)
    extra = [('X-SG-EID', alnum(rng, 120) + '=='), ('X-SG-ID', alnum(rng, 60) + '='), ('X-Entity-ID', 'u001.' + alnum(rng, 22))]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: hexs(rng, 64), zone='UTC', delay=2, order='esp')


def mailgun(u, rng, sending_domain):
    a, b = rng.randrange(200, 240), rng.randrange(1, 250)
    helo = 'm%d-%d.mailgun.net' % (a, b)
    ip = '159.135.%d.%d' % (a, b)
    sid = alnum(rng, 20)
    hops = ['by %s with HTTP id %s for <{rcpt}>; %s' % ('e70fbd8eb5cf' if False else hexs(rng, 12), hexs(rng, 24), rfc2822(plus(u, 1), 'UTC'))]
    msgid = '<%s.%s.%d@%s>' % (u.strftime('%Y%m%d%H%M%S'), hexs(rng, 16), rng.randrange(10 ** 5, 10 ** 6), sending_domain)
    extra = [('X-Mailgun-Sid', sid + '=='), ('X-Mailgun-Sending-Ip', ip), ('X-Mailgun-Batch-Id', hexs(rng, 24))]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: hexs(rng, 32), zone='UTC', delay=2, order='esp')


def brevo(u, rng, sending_domain):
    c, d = rng.randrange(20, 255), rng.randrange(1, 250)
    helo = 'mta-%d-%d.sendinblue.com' % (c, d)
    ip = '77.32.148.%d' % d
    hops = ['from smtp-relay.brevo.com (unknown [10.%d.%d.%d])\n\tby %s with ESMTP id %s\n\tfor <{rcpt}>; %s'
            % (rng.randrange(250), rng.randrange(250), rng.randrange(250), helo, hexs(rng, 12), rfc2822(plus(u, 1), 'CE'))]
    msgid = '<%s.%s@smtp-relay.mailin.fr>' % (hexs(rng, 24) if False else ('%s' % u.strftime('%Y%m%d%H%M%S')), hexs(rng, 12) + '.' + str(rng.randrange(10 ** 9, 10 ** 10)))
    extra = [('X-Mailer', 'Sendinblue'), ('X-sib-id', alnum(rng, 60)), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-ID', '%d:%d:Campaign:Brevo' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10, 999)))]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '----=_NextPart_' + hexs(rng, 24), zone='CE', delay=2, order='esp')


def ses(u, rng, region='eu-west-1'):
    ipmap = {'eu-west-1': '54.240.7', 'eu-central-1': '69.169.228', 'eu-north-1': '23.251.236'}
    n = rng.randrange(10, 250)
    helo = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.choice([4, 7, 27]), n, region)
    ip = '%s.%d' % (ipmap[region], n)
    mid = '0102019%s-%s-%s-%s-%s-000000' % (hexs(rng, 9), hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    msgid = '<%s@%s.amazonses.com>' % (mid, region)
    extra = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, alnum(rng, 43))), ('X-SES-Outgoing', u.strftime('%Y.%m.%d') + '-%s.%d' % ('.'.join(ip.split('.')[:3]), n))]
    return dict(hops=[], client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 2 * 10 ** 9), int(u.timestamp() * 1000)),
                zone='UTC', delay=1, order='esp')


def mailjet(u, rng):
    n = rng.randrange(2, 250)
    helo = 'o%d.p25.mailjet.com' % n
    ip = '87.253.233.%d' % n
    msgid = '<%s.%s@mailjet.com>' % (uuid4(rng), alnum(rng, 6))
    extra = [('X-Mailer', 'MailjetMailer'), ('X-MJ-Mid', alnum(rng, 60) + '='), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-Id', '%d.%d.%d:MJ' % (rng.randrange(10, 99), rng.randrange(10 ** 5, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7)))]
    return dict(hops=[], client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: 'b' + hexs(rng, 32), zone='CE', delay=1, order='esp')


def mailchimp(u, rng, list_server='us21'):
    n = rng.randrange(10, 250)
    helo = 'mail%d.suw%d.mcdlv.net' % (n, rng.randrange(11, 19))
    ip = '198.2.%d.%d' % (rng.randrange(128, 190), n)
    msgid = '<%s.%s@mail%d.suw%d.mcdlv.net>' % (hexs(rng, 22), hexs(rng, 10), n, rng.randrange(11, 19))
    extra = [('X-Mailer', 'Mailchimp Mailer - **CID%s**' % hexs(rng, 20)), ('X-Campaign', 'mailchimp%s.%s' % (hexs(rng, 25), hexs(rng, 10))),
             ('X-campaignid', 'mailchimp%s.%s' % (hexs(rng, 25), hexs(rng, 10))), ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (hexs(rng, 25), hexs(rng, 10), hexs(rng, 10))),
             ('X-MC-User', hexs(rng, 25)), ('Feedback-ID', '%d:%d.%d:%s:mailchimp' % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7), list_server))]
    hops = ['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <{rcpt}>; %s' % (helo, alnum(rng, 14), rfc2822(plus(u, 1), 'ET'))]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '_----------=_MCPart_' + str(rng.randrange(10 ** 9, 10 ** 10)), zone='ET', delay=2, order='esp')


def cleverreach(u, rng):
    n = rng.randrange(2, 120)
    helo = 'mta%03d.crsend.com' % n
    ip = '89.107.69.%d' % n
    msgid = '<%s.%d.%d@crsend.com>' % (hexs(rng, 32), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7))
    extra = [('X-Mailer', 'CleverReach Mailer'), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('X-Abuse', 'Please report abuse here: https://www.cleverreach.com/de/abuse/'),
             ('Precedence', 'bulk'), ('X-CR-MailingID', str(rng.randrange(10 ** 6, 10 ** 7)))]
    return dict(hops=[], client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '=_' + hexs(rng, 32), zone='CE', delay=1, order='esp')


def mailup(u, rng):
    n = rng.randrange(2, 250)
    helo = 'ms%d.mailupclient.com' % n if False else 'mta%d.musvc.com' % rng.randrange(20, 99)
    ip = '212.110.%d.%d' % (rng.randrange(160, 190), n)
    msgid = '<%s.%d.%d@mailup.com>' % (hexs(rng, 16), rng.randrange(10 ** 5, 10 ** 6), int(u.timestamp()))
    extra = [('X-Mailer', 'MailUp'), ('X-MailUp-MessageID', str(rng.randrange(10 ** 5, 10 ** 6))), ('Precedence', 'bulk')]
    return dict(hops=[], client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '----=_MailUp_' + hexs(rng, 20), zone='CE', delay=1, order='esp')


def acumbamail(u, rng):
    n = rng.randrange(2, 250)
    helo = 'mta%d.acumbamail.com' % rng.randrange(10, 99)
    ip = '185.126.%d.%d' % (rng.randrange(16, 19), n)
    msgid = '<%d.%s@acumbamail.com>' % (int(u.timestamp()), hexs(rng, 20))
    extra = [('X-Mailer', 'Acumbamail'), ('Precedence', 'bulk')]
    return dict(hops=[], client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '===============%d==' % rng.randrange(10 ** 18, 10 ** 19), zone='CE', delay=1, order='esp')


def unisender(u, rng):
    n = rng.randrange(2, 250)
    helo = 'rs%d.unisender.com' % rng.randrange(10, 90)
    ip = '185.207.%d.%d' % (rng.randrange(88, 91), n)
    msgid = '<%s.%d@unisender.com>' % (hexs(rng, 24), rng.randrange(10 ** 8, 10 ** 9))
    extra = [('X-Mailer', 'UniSender'), ('Precedence', 'bulk'), ('X-UNISENDER-ID', str(rng.randrange(10 ** 8, 10 ** 9)))]
    return dict(hops=[], client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '----=_Part_' + hexs(rng, 20), zone='MSK', delay=1, order='esp')


# Service notification systems ----------------------------------------------------------
def microsoft_notif(u, rng):
    n = rng.randrange(20, 240)
    helo = 'EUR02-AM0-obe.outbound.protection.outlook.com'
    rd = 'mail-am0eur02on%04d.outbound.protection.outlook.com' % (2000 + n)
    ip = '40.107.13.%d' % n
    host = 'AM0PR02MB%04d' % rng.randrange(1000, 9999)
    hops = ['from %s.eurprd02.prod.outlook.com (2603:10a6:208:%x::%x) by\n %s.eurprd02.prod.outlook.com with HTTPS; %s'
            % ('AS9PR06CA%04d' % rng.randrange(1000, 9999), rng.randrange(4096), rng.randrange(256), host, rfc2822(u, 'UTC'))]
    msgid = '<%s@%s>' % (uuid4(rng).upper().replace('-', ''), 'az.westeurope.microsoft.com')
    extra = [('X-MS-Exchange-Organization-AuthAs', None)]
    return dict(hops=hops, client=(helo, rd, ip), tls=True, msgid=msgid, extra=[], bnd=lambda i: '--boundary_%d_%s' % (i, uuid4(rng)),
                zone='UTC', delay=2, order='esp')


def google_notif(u, rng, rcpt):
    n = rng.randrange(41, 80)
    helo = 'mail-sor-f%d.google.com' % n
    ip = '209.85.220.%d' % n
    hops = ['by %s with SMTPS id %s\n\tfor <%s>\n\t(Google Transport Security);\n\t%s' % (helo, alnum(rng, 28, 'abcdefghijklmnopqrstuvwxyz0123456789') + '.' + str(rng.randrange(1, 9)), rcpt, rfc2822(u, 'PT'))]
    msgid = '<%s@google.com>' % alnum(rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-')
    extra = [('X-Google-Smtp-Source', 'AGHT+I' + alnum(rng, 60) + '=='),
             ('X-Notifications', hexs(rng, 16)), ('X-Notifications-Bounce-Info', alnum(rng, 60))]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '000000000000' + hexs(rng, 16), zone='PT', delay=1, order='gmail', quote_charset=True)


def github_notif(u, rng):
    n = rng.randrange(20, 30)
    helo = 'out-%d.smtp.github.com' % n
    ip = '192.30.252.%d' % (190 + n)
    hops = ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <{rcpt}>; %s'
            % (alnum(rng, 4, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randrange(250), rng.randrange(250), alnum(rng, 12, '0123456789ABCDEF'), rfc2822(u, 'PT'))]
    msgid = '<%s_%s%s@lowworker-%s-%s.mail>' % (hexs(rng, 13), hexs(rng, 3), hexs(rng, 8), hexs(rng, 10), alnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    extra = [('X-GitHub-Recipient-Address', '{rcpt}'), ('X-Auto-Response-Suppress', 'All')]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '--==_mimepart_%s_%s' % (hexs(rng, 13), hexs(rng, 8)), zone='PT', delay=2, order='esp')


def yandex_notif(u, rng):
    n = rng.randrange(100, 600)
    fwd = 'forward%d%s.mail.yandex.net' % (n, rng.choice('ab'))
    ip = '178.154.239.%d' % rng.randrange(70, 160)
    hops = ['from mail.yandex.ru (localhost [127.0.0.1])\n\tby passport-notify-%d.%s.yp-c.yandex.net (Yandex) with ESMTP id %s;\n\t%s'
            % (rng.randrange(1, 9), rng.choice(['sas', 'vla']), alnum(rng, 10), rfc2822(u, 'MSK'))]
    msgid = '<%d.%s@passport.yandex.ru>' % (int(u.timestamp()), hexs(rng, 16))
    return dict(hops=hops, client=(fwd, fwd, ip), tls=True, msgid=msgid, extra=[('X-Yandex-Service', alnum(rng, 40) + '==')],
                bnd=lambda i: '===============%d==' % rng.randrange(10 ** 18, 10 ** 19), zone='MSK', delay=1, order='esp')


def docusign_eu(u, rng):
    n = rng.randrange(2, 120)
    helo = 'mail%d.eumail.docusign.net' % n
    ip = '185.81.100.%d' % n
    msgid = '<%s@docusign.net>' % hexs(rng, 32)
    extra = [('X-Api-Host', 'docusign.net'), ('X-DocuSign-Sender-IP', None)]
    extra = [e for e in extra if e[1]]
    return dict(hops=[], client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '----=_NextPart_%d_%s' % (i, uuid4(rng)), zone='UTC', delay=2, order='esp')


def paypal(u, rng):
    helo = 'mx%d.slc.paypal.com' % rng.randrange(0, 3)
    ip = '173.0.84.%d' % rng.choice([225, 226, 227, 228])
    hops = ['from ccg01mail%02d.slc.paypal.com (ccg01mail%02d.slc.paypal.com [10.72.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <{rcpt}>; %s'
            % (rng.randrange(1, 20), rng.randrange(1, 20), rng.randrange(250), rng.randrange(250), helo, alnum(rng, 11, '0123456789ABCDEF'), rfc2822(u, 'PT'))]
    msgid = '<%s.%s@%s>' % (alnum(rng, 13, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'), str(int(u.timestamp())), 'paypal.com')
    extra = [('X-MaxCode-Template', 'EMAIL_INVOICE_SENT_DEFAULT'), ('X-Email-Type-Id', 'RT000221'),
             ('X-XPT-XSL-Name', 'nameHandler'), ('PP-Correlation-Id', hexs(rng, 13))]
    return dict(hops=hops, client=(helo, helo, ip), tls=True, msgid=msgid, extra=extra,
                bnd=lambda i: '--NextPart_' + hexs(rng, 24).upper(), zone='PT', delay=2, order='esp')
