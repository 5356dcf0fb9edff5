"""Sending-system profiles: Received chains, Message-IDs, mailer headers."""
import datetime, base64, hashlib

UTC = datetime.timezone.utc
DST_END_EU = datetime.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
DST_END_US = datetime.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def zone(t, tz):
    eu_dst = t < DST_END_EU
    us_dst = t < DST_END_US
    table = {
        'DE': (1, 'CET', 'CEST'), 'IT': (1, 'CET', 'CEST'), 'PL': (1, 'CET', 'CEST'), 'ES': (1, 'CET', 'CEST'),
        'GR': (2, 'EET', 'EEST'), 'UK': (0, 'GMT', 'BST'), 'RU': (3, 'MSK', 'MSK'), 'UTC': (0, 'UTC', 'UTC'),
        'USP': (-8, 'PST', 'PDT'), 'USE': (-5, 'EST', 'EDT'), 'NG': (1, 'WAT', 'WAT'),
    }
    base, std, dst = table[tz]
    if tz in ('RU', 'UTC', 'NG'):
        return base, std
    if tz.startswith('US'):
        return (base + 1, dst) if us_dst else (base, std)
    return (base + 1, dst) if eu_dst else (base, std)

def fmt(t, tz='DE', comment=False):
    off, name = zone(t, tz)
    lt = t + datetime.timedelta(hours=off)
    s = '%s, %d %s %d %02d:%02d:%02d %+03d00' % (_DAYS[lt.weekday()], lt.day, _MON[lt.month - 1], lt.year,
                                                lt.hour, lt.minute, lt.second, off)
    s = s.replace('+-', '-')
    if off < 0:
        s = s[:-5] + '-%02d00' % (-off)
    return s + (' (%s)' % name if comment else '')

def T(y, m, d, hh, mm, ss=0, tz='DE'):
    """Local wall time in zone tz -> UTC datetime."""
    guess = datetime.datetime(y, m, d, hh, mm, ss, tzinfo=UTC)
    off, _ = zone(guess, tz)
    t = guess - datetime.timedelta(hours=off)
    off2, _ = zone(t, tz)
    return guess - datetime.timedelta(hours=off2)

def plus(t, s):
    return t + datetime.timedelta(seconds=s)

# ------------------------------------------------------------------ id helpers
def hx(r, n, up=False):
    s = ''.join(r.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s

def an(r, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(r.choice(alphabet) for _ in range(n))

def uuid(r):
    h = hx(r, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:])

def thread_index(r):
    return base64.b64encode(bytes([1]) + bytes(r.randrange(256) for _ in range(21))).decode()

def queue_id(r):
    return an(r, 10, '0123456789ABCDEF')

TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')

def mx01(r, client, rcpt, t, tls=TLS13):
    helo, rdns, ip = client
    via = 'ESMTPS' if tls else 'ESMTP'
    tl = ('\n\t' + tls) if tls else ''
    return ('from %s (%s [%s])%s\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s'
            % (helo, rdns, ip, tl, via, queue_id(r), rcpt, fmt(t, 'DE', True)))

# ------------------------------------------------------------------ profiles
def internal(r, t, frm, rcpt, server='EXCH01', lang='de-DE', client_ip='10.20.5.77', mailer=None):
    srv = '%s.corp.example.com' % server
    hops = [
        'from %s (10.20.1.11) by mail-int01.example.com (10.20.0.25) with Microsoft SMTP Server\n\t'
        '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s' % (srv, fmt(plus(t, 1), 'DE')),
        'from %s ([fe80::%s:%s:%s:%s]) by %s ([fe80::%s:%s:%s:%s%%13])\n\twith mapi id 15.02.1544.014; %s'
        % ((srv,) + tuple(hx(r, 4) for _ in range(4)) + (srv,) + tuple(hx(r, 4) for _ in range(4)) + (fmt(t, 'DE'),)),
    ]
    hops[1] = hops[1].replace('%%', '%')
    extra = [('Thread-Index', thread_index(r)), ('Accept-Language', '%s, en-US' % lang),
             ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('x-originating-ip', '[%s]' % client_ip)]
    return dict(client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), tls=TLS12, hops=hops,
                msgid='<%s@%s>' % (hx(r, 32), srv), extra=extra, bstyle='outlook', topic=True)

def o365(r, t, frm, rcpt, pod='AM9PR07MB', region='eurprd07', lang='en-GB', consumer=False, ip=None, obe='EUR05-AM6'):
    srv = '%s%d' % (pod, r.randrange(1000, 9999))
    srv2 = '%s%d' % (pod.replace('AM9', 'DU0').replace('DB9', 'AS8'), r.randrange(1000, 9999))
    fq = '%s.%s.prod.outlook.com' % (srv, region)
    fq2 = '%s.%s.prod.outlook.com' % (srv2, region)
    ip = ip or '40.107.%d.%d' % (r.randrange(20, 250), r.randrange(10, 250))
    rd = 'mail-%s%don%s.outbound.protection.outlook.com' % (obe.split('-')[1].lower(), r.randrange(1, 9) * 1000 + 71,
                                                            hx(r, 4))
    hops = [
        'from %s (2603:10a6:%s:%s::%d) by %s (2603:10a6:%s:%s::%d) with Microsoft SMTP Server\n\t'
        '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8314.9; %s'
        % (fq, hx(r, 3), hx(r, 3), r.randrange(2, 30), fq2, hx(r, 3), hx(r, 3), r.randrange(2, 30), fmt(plus(t, 1), 'UTC')),
        'from %s ([fe80::%s:%s:%s:%s]) by %s\n\t([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.8314.009; %s'
        % ((fq,) + tuple(hx(r, 4) for _ in range(4)) + (fq,) + tuple(hx(r, 4) for _ in range(4)) + (fmt(t, 'UTC'),)),
    ]
    hops[1] = hops[1].replace('%%', '%')
    mid = '<%s%s@%s>' % (srv, hx(r, 24, True), fq)
    if consumer:
        mid = mid.upper()
    extra = [('Thread-Index', thread_index(r)), ('Accept-Language', '%s, en-US' % lang),
             ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('msip_labels', '')]
    return dict(client=('%s-obe.outbound.protection.outlook.com' % obe, rd, ip), tls=TLS12, hops=hops,
                msgid=mid, extra=extra, bstyle='outlook', topic=True)

def gmail(r, t, frm, rcpt, ios=False):
    n = r.randrange(1, 9)
    host = 'mail-%s%d-f%d.google.com' % (r.choice(['wm', 'wr', 'ej', 'ed', 'lf']), n, r.randrange(41, 72))
    ip = '209.85.%d.%d' % (r.choice([128, 208, 218, 221, 167]), r.randrange(40, 72))
    sid = '%s-%s%so%s.%d' % (hx(r, 10), hx(r, 12), 'so', an(r, 9, '0123456789'), r.randrange(0, 3))
    hops = ['by %s with SMTP id %s\n\tfor <%s>; %s' % (host, sid, rcpt, fmt(t, 'USP', True))]
    extra = [('X-Gm-Message-State', 'AOJu0Y' + an(r, 60)), ('X-Google-Smtp-Source', 'AGHT+I' + an(r, 50)),
             ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s'
              % (hx(r, 4), hx(r, 3), hx(r, 3), hx(r, 4), hx(r, 12), r.randrange(1, 9), r.randrange(10 ** 12, 10 ** 13),
                 fmt(t, 'USP', True)))]
    if ios:
        extra.append(('X-Mailer', 'iPhone Mail (22B91)'))
    return dict(client=(host, host, ip), tls=TLS13, hops=hops, msgid='<CA%s@mail.gmail.com>' % an(r, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-'),
                extra=extra, bstyle='gmail', mime_first=True)

def smtp_auth(r, t, frm, rcpt, host, ip, client_ip, tz='DE', mid='roundcube', ua=None, helo=None, rdns=None,
              mta='Postfix', client_name='unknown'):
    dom = frm.split('@')[1]
    if mta == 'Postfix':
        hop = ('from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
               % (helo and 'localhost' or '[127.0.0.1]' if False else ('[%s]' % client_ip), client_name, client_ip,
                  frm, host, queue_id(r), fmt(t, tz, True)))
    else:
        hop = ('from [%s] (helo=%s)\n\tby %s with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)'
               '\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s;\n\t%s'
               % (client_ip, helo or 'User', host, frm, an(r, 4), an(r, 6), an(r, 2), fmt(t, tz)))
    extra = []
    if mid == 'roundcube':
        msgid = '<%s@%s>' % (hx(r, 32), dom)
        extra.append(('User-Agent', ua or 'Roundcube Webmail/1.6.9'))
        bst = 'roundcube'
    elif mid == 'outlook':
        msgid = '<%s01db%s$%s$%s$@%s>' % (hx(r, 4), hx(r, 4), hx(r, 8), hx(r, 8), dom)
        extra += [('X-Mailer', ua or 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + an(r, 25) + '=='),
                  ('Content-Language', 'de')]
        bst = 'olk'
    elif mid == 'thunderbird':
        msgid = '<%s@%s>' % (uuid(r), dom)
        extra.append(('User-Agent', ua or 'Mozilla Thunderbird'))
        bst = 'tb'
    elif mid == 'php':
        msgid = '<%s@%s>' % (an(r, 43), dom)
        extra.append(('X-Mailer', ua or 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))
        bst = 'php'
    elif mid == 'apple':
        msgid = '<%s@%s>' % (uuid(r).upper(), dom)
        extra.append(('X-Mailer', ua or 'Apple Mail (2.3826.200.121)'))
        bst = 'apple'
    else:
        msgid = mid
        bst = 'generic'
        if ua:
            extra.append(('X-Mailer', ua))
    return dict(client=(helo or host, rdns or host, ip), tls=TLS13, hops=[hop], msgid=msgid, extra=extra, bstyle=bst)

def gmx(r, t, frm, rcpt, client_ip, webde=False):
    brand = 'web.de' if webde else 'gmx.net'
    app = '3c-app-%s-bap%02d' % ('webde' if webde else 'gmx', r.randrange(10, 60))
    node = ('mrweb%03d' if webde else 'mrgmx%03d') % r.randrange(100, 130)
    hops = ['from [%s] ([%s]) by web-mail.%s\n\t(%s) (via HTTP); %s' % (client_ip, client_ip, brand, app, fmt(t, 'DE')),
            ]
    top = ('from %s ([212.227.%d.%d]) by mail.%s (%s [212.227.17.%d])\n\twith ESMTPSA (Nemesis) id 1M%s-1%s; %s'
           % (app, 17, r.randrange(160, 190), brand, node, r.randrange(160, 190), an(r, 5), an(r, 14), fmt(plus(t, 1), 'DE')))
    extra = [('Importance', 'normal'), ('Sensitivity', 'Normal'),
             ('X-Priority', '3'), ('X-Provags-ID', 'V03:K1:' + an(r, 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
             ('UI-OutboundReport', 'notjunk:1;M01:P0:' + an(r, 30) + '=')]
    mout = 'mout.web.de' if webde else 'mout.gmx.net'
    return dict(client=(mout, mout, '212.227.%d.%d' % (15 if webde else 17, r.randrange(10, 30))), tls=TLS13,
                hops=[top] + hops, msgid='<trinity-%s-%d@%s>' % (uuid(r), int(t.timestamp() * 1000), app),
                extra=extra, bstyle='gmx')

def esp(r, t, frm, rcpt, kind, sending_dom=None):
    dom = sending_dom or frm.split('@')[1]
    if kind == 'sendgrid':
        host = '%s.outbound-mail.sendgrid.net' % an(r, 8, 'abcdefghijklmnopqrstuvwxyz')
        ip = '149.72.%d.%d' % (r.randrange(1, 250), r.randrange(1, 250))
        hops = ['by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s' % (
                    hx(r, 10), an(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), hx(r, 10), an(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), hx(r, 8, True), hx(r, 2), fmt(t, 'UTC', True)),
                'from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s'
                % (an(r, 20), r.randrange(1, 30), an(r, 22), rcpt, fmt(t, 'UTC', True))]
        uid = r.randrange(10 ** 7, 10 ** 8)
        return dict(client=(host, host, ip), tls=TLS12, hops=hops, msgid='<%s@geopod-ismtpd-%d>' % (an(r, 22), r.randrange(1, 30)),
                    rp='bounces+%d-%s-%s=example.com@em%d.%s' % (uid, hx(r, 4), rcpt.split('@')[0], r.randrange(1000, 9999), dom),
                    extra=[('X-SG-EID', an(r, 100) + '=='), ('X-Entity-ID', an(r, 22) + '==')], bstyle='sendgrid')
    if kind == 'mailgun':
        ip = '%s' % r.choice(['69.72.42.%d', '159.135.224.%d', '161.38.202.%d']) % r.randrange(2, 250)
        host = 'm%s.mailgun.net' % ip.split('.', 2)[2].replace('.', '-')
        hops = ['by %s with HTTP id %s; %s' % (hx(r, 24), hx(r, 24), fmt(t, 'UTC'))]
        return dict(client=(host, host, ip), tls=TLS12, hops=hops,
                    msgid='<%s.%s@mg.%s>' % (t.strftime('%Y%m%d%H%M%S'), hx(r, 16), dom),
                    rp='bounce+%s.%s-%s=example.com@mg.%s' % (hx(r, 6), hx(r, 4), rcpt.split('@')[0], dom),
                    extra=[('X-Mailgun-Sid', an(r, 60) + '='), ('X-Mailgun-Tag', 'notification')], bstyle='mailgun')
    if kind == 'brevo':
        ip = '77.32.148.%d' % r.randrange(2, 250)
        host = '%s.smtp-relay.sendinblue.com' % hx(r, 8)
        hops = ['from smtp-relay.sendinblue.com (unknown [%s])\n\tby smtp-relay.sendinblue.com (Brevo) with ESMTP id %s; %s'
                % ('10.%d.%d.%d' % (r.randrange(256), r.randrange(256), r.randrange(256)), hx(r, 12), fmt(t, 'UTC'))]
        return dict(client=(host, host, ip), tls=TLS13, hops=hops,
                    msgid='<%s.%d@smtp-relay.mailin.fr>' % (t.strftime('%Y%m%d%H%M'), r.randrange(10 ** 10, 10 ** 11)),
                    rp='bounces-%d-%s@sib.%s' % (r.randrange(1000, 99999), hx(r, 8), dom),
                    extra=[('X-Mailer', 'Sendinblue'), ('X-Mailin-EID', an(r, 40) + '~'), ('X-sib-id', an(r, 60)),
                           ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % ('77.32.148.' + ip.split('.')[-1], r.randrange(1000000, 9999999), r.randrange(100, 999)))],
                    bstyle='brevo')
    if kind == 'ses':
        region = 'eu-west-1'
        ip = '54.240.%d.%d' % (r.choice([4, 6, 7]), r.randrange(2, 250))
        host = 'a%s-%s.smtp-out.%s.amazonses.com' % (ip.split('.')[2], ip.split('.')[3], region)
        sid = '0102019%s-%s-%s-%s-%s-%s-000000' % (hx(r, 9), hx(r, 8), hx(r, 4), hx(r, 4), hx(r, 4), hx(r, 12))
        return dict(client=(host, host, ip), tls=TLS12, hops=[], msgid='<%s@%s.amazonses.com>' % (sid, region),
                    rp='%s@%s.amazonses.com' % (sid, region),
                    extra=[('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, an(r, 43))),
                           ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), ip))], bstyle='ses')
    if kind == 'mailchimp':
        n = r.randrange(100, 250)
        host = 'mail%d-%d.atl%d.mcdlv.net' % (n, r.randrange(1, 250), r.randrange(11, 250))
        ip = '198.2.%d.%d' % (n, r.randrange(1, 250))
        return dict(client=(host, host, ip), tls=TLS13,
                    hops=['from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4X%s\n\tfor <%s>; %s'
                          % (host, an(r, 12), rcpt, fmt(t, 'UTC', True))],
                    msgid='<%s.%s@%s.mcsv.net>' % (hx(r, 32), hx(r, 8), hx(r, 12)),
                    rp='bounce-mc.us21_%d.%d-%s@%s' % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), hx(r, 10), host),
                    extra=[('X-Mailer', 'Mailchimp Mailer - **CID%s**' % hx(r, 20)), ('X-Campaign', 'mailchimp%s.%s' % (hx(r, 20), hx(r, 10))),
                           ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/')],
                    bstyle='mailchimp')
    raise ValueError(kind)

def yandex(r, t, frm, rcpt, client_ip, service=False):
    fw = 'forward%d%s.mail.yandex.net' % (r.randrange(100, 600), r.choice('abc'))
    nw = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.randrange(10, 99), r.choice(['vla', 'sas', 'iva', 'myt']))
    hops = ['from %s ([%s:%s:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
            % (nw, '2a02:6b8:c1d', hx(r, 4), hx(r, 4), hx(r, 4), fw, an(r, 12), fmt(plus(t, 1), 'RU')),
            'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (nw, an(r, 12), an(r, 8), fmt(t, 'RU'))]
    if not service:
        hops[1] = 'from [%s] (unknown [%s])\n\t' % (client_ip, client_ip) + hops[1]
    return dict(client=(fw, fw, '178.154.239.%d' % r.randrange(60, 250)), tls=TLS13, hops=hops,
                msgid='<%d%d@mail.yandex.ru>' % (r.randrange(100000, 999999), int(t.timestamp()) % 10 ** 8),
                extra=([] if service else [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]), bstyle='yandex')

def mailru(r, t, frm, rcpt, client_ip):
    f = 'f%d.i.mail.ru' % r.randrange(100, 700)
    hops = ['by %s with local (envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s' % (f, frm, an(r, 4), an(r, 6), an(r, 2), rcpt, fmt(t, 'RU')),
            'by e.mail.ru with HTTP;\n\t%s' % fmt(t, 'RU')]
    return dict(client=(f, f, '217.69.128.%d' % r.randrange(100, 250)), tls=TLS13, hops=hops,
                msgid='<%d.%d@%s>' % (int(t.timestamp()), r.randrange(10 ** 8, 10 ** 9), f),
                extra=[('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-Ip', '[%s]' % client_ip),
                       ('X-Mailru-Sender', hx(r, 40, True))], bstyle='generic')

def wp(r, t, frm, rcpt, client_ip):
    hops = ['(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (r.randrange(1000, 40000), fmt(plus(t, 1), 'PL')),
            'from %s.dynamic.chello.pl (HELO [192.168.1.%d]) (%s@[%s])\n\t(envelope-sender <%s>)\n\tby smtp.wp.pl (WP-SMTPD) '
            'with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n\tfor <%s>; %s'
            % (client_ip.replace('.', '-'), r.randrange(2, 200), frm, client_ip, frm, rcpt, fmt(t, 'PL'))]
    return dict(client=('mx4.wp.pl', 'mx4.wp.pl', '212.77.101.%d' % r.randrange(8, 14)), tls=TLS13, hops=hops,
                msgid='<%s@wp.pl>' % hx(r, 32), extra=[('X-Mailer', 'Poczta WP'), ('X-WP-MailID', hx(r, 32))],
                bstyle='generic')

def libero(r, t, frm, rcpt, client_ip):
    sm = 'smtp-%d-i%d.italiaonline.it' % (r.randrange(10, 60), r.randrange(1, 9))
    hops = ['from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby %s with ESMTPA\n\tid %s; %s'
            % (r.randrange(10, 40), r.randrange(100, 200), r.randrange(2, 250), sm, an(r, 14), fmt(t, 'IT'))]
    return dict(client=(sm, sm, '213.209.10.%d' % r.randrange(2, 250)), tls=TLS12, hops=hops,
                msgid='<%d.%d.%d@mail1.libero.it>' % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(t.timestamp() * 1000)),
                extra=[('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev66'), ('X-Originating-IP', client_ip),
                       ('X-Originating-Client', 'open-xchange-appsuite')], bstyle='ox')

def otenet(r, t, frm, rcpt, client_ip):
    hops = ['from webmail.otenet.gr (webmail.otenet.gr [83.235.69.%d])\n\t(Authenticated sender: %s)\n\tby smtp.otenet.gr (Postfix) with ESMTPSA id %s;\n\t%s'
            % (r.randrange(2, 250), frm, queue_id(r), fmt(t, 'GR', True))]
    return dict(client=('mailout.otenet.gr', 'mailout.otenet.gr', '83.235.67.%d' % r.randrange(30, 60)), tls=TLS13, hops=hops,
                msgid='<%s@otenet.gr>' % hx(r, 32), extra=[('User-Agent', 'Roundcube Webmail/1.6.7'), ('X-Sender', frm)],
                bstyle='roundcube')
