"""Sending systems: each function fills a Mail with the sender-side trace
(Received headers below mx01), the envelope sender and the originator
headers in that system's own order and Message-ID style.

Common keyword fields (dict f): frm, to, cc, reply_to, subject, scs
(charset, 'Q'|'B') for the subject, irt, refs, zone (sender's time zone),
x (extra headers placed before the body headers), rcpt, envfrom."""
import base64
import struct

from common import H, N, ALNUM, HEX, uuid, rfc, sec, ew, fold, local

UPHEX = '0123456789ABCDEF'


def _subj(f, default=('utf-8', 'Q')):
    cs, enc = f.get('scs') or default
    try:
        f['subject'].encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return ew(f['subject'], cs, enc)


def _tcs(s, cse):
    try:
        s.encode(cse[0])
        return cse
    except UnicodeEncodeError:
        return ('utf-8', cse[1])


def _common(m, f, t, envfrom, mx):
    m.rcpt = f['rcpt']
    m.envfrom = f.get('envfrom', envfrom)
    mx = dict(mx)
    mx.setdefault('t', t)
    m.mx = mx
    m.date = t


def _hdrs(m, f, order, extra=()):
    """order: list of header names or (name, value) tuples."""
    vals = {'From': f.get('frm'), 'To': f.get('to'), 'Cc': f.get('cc'),
            'Reply-To': f.get('reply_to'), 'In-Reply-To': f.get('irt'),
            'References': f.get('refs')}
    for item in order:
        if isinstance(item, tuple):
            if item[0].lower() == 'message-id' and f.get('msgid'):
                item = (item[0], f['msgid'])
                m.msgid = f['msgid']
            m.hdr.append(item)
        elif item == '*X*':
            for k, v in f.get('x', []):
                m.hdr.append((k, v))
            for k, v in extra:
                m.hdr.append((k, v))
        elif item == '*CT*':
            m.hdr.append(('*CT*', None))
        else:
            if vals.get(item):
                m.hdr.append((item, vals[item]))


def thread_index(seed, t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    head = struct.pack('>Q', ft)[:6]
    guid = bytes.fromhex(H(seed + 'ti', 32))
    return base64.b64encode(head + guid).decode()


def thread_index_reply(orig, seed, delta_s=3600):
    raw = base64.b64decode(orig)
    child = struct.pack('>I', (min(delta_s, 2 ** 31) << 1) | (N(seed, 0, 255) & 1))[:4] + bytes([N(seed + 'x', 0, 255)])
    return base64.b64encode(raw + child).decode()


# ============================================================ internal
EXCH = 'EXCH02.corp.example.com'


def exchange_internal(m, t, f, client_ip='10.20.31.44', lang='de-DE', attach=False):
    t0 = sec(t, -6)
    _common(m, f, t, f['sender'], dict(helo='mail-int01.example.com', rdns='mail-int01.example.com',
                                       ip='10.20.0.25', tls='1.2'))
    m.trace = [
        ('Received', 'from EXCH01.corp.example.com (exch01.corp.example.com [10.20.1.11])\n'
         '\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (H(m.seed('int'), 10, UPHEX), f['rcpt'], rfc(sec(t, -2), 'DE', 'space', comment=True))),
        ('Received', 'from EXCH02.corp.example.com (10.20.1.12) by EXCH01.corp.example.com\n'
         ' (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n'
         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s' % rfc(sec(t, -4), 'DE')),
        ('Received', 'from EXCH02.corp.example.com ([fe80::b1c4:3e2a:9d0f:7a61]) by\n'
         ' EXCH02.corp.example.com ([fe80::b1c4:3e2a:9d0f:7a61%%4]) with mapi id\n'
         ' 15.02.1544.014; %s' % rfc(t0, 'DE')),
    ]
    subj = _subj(f, ('iso-8859-1', 'Q'))
    ti = f.get('thread_index') or thread_index(m.seed(), t0)
    m.msgid = '<%s@%s>' % (H(m.seed('mid'), 32), EXCH)
    topic = f.get('topic', f['subject'])
    for p in ('AW: ', 'WG: ', 'RE: ', 'FW: ', 'Re: '):
        if topic.startswith(p):
            topic = topic[len(p):]
    _hdrs(m, f, ['From', 'To', 'Cc', 'Reply-To', ('Subject', subj),
                 ('Thread-Topic', ew(topic, *_tcs(topic, f.get('scs') or ('iso-8859-1', 'Q')))),
                 ('Thread-Index', ti), ('Date', rfc(t0, 'DE')), ('Message-ID', m.msgid),
                 'References', 'In-Reply-To', ('Accept-Language', '%s, en-US' % lang),
                 ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if attach else ''),
                 ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[%s]' % client_ip), '*X*',
                 '*CT*', ('MIME-Version', '1.0')])
    return 'outlook'


# ============================================================ Microsoft 365
def m365(m, t, f, org, srv, region='eurprd04', obe=('EUR05-DB8-obe', 'mail-db8eur05on2071', '40.107.20.71'),
         lang='de-DE', attach=False, tenant=None, client='outlook'):
    """A Microsoft 365 tenant (Exchange Online), sent from Outlook."""
    t0 = sec(t, -3)
    srv2 = srv[:-4] + '%04d' % N(m.seed('s2n'), 1000, 9999)
    fqdn = '%s.%s.prod.outlook.com' % (srv, region)
    _common(m, f, t, f['sender'], dict(helo='%s.outbound.protection.outlook.com' % obe[0],
                                       rdns='%s.outbound.protection.outlook.com' % obe[1], ip=obe[2]))
    m.trace = [
        ('Received', 'from %s (2603:10a6:%x:%x::%x)\n by %s.%s.prod.outlook.com (2603:10a6:%x:%x::%x) with\n'
         ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9137.21; %s'
         % (fqdn, N(m.seed('a'), 4096, 65535), N(m.seed('b'), 16, 999), N(m.seed('c'), 1, 255),
            srv2, region, N(m.seed('d'), 4096, 65535), N(m.seed('e'), 16, 999), N(m.seed('f'), 1, 255),
            rfc(sec(t, -1), 'UTC', 'nopad'))),
        ('Received', 'from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.9137.018; %s'
         % (fqdn, H(m.seed('g'), 4), H(m.seed('h'), 4), H(m.seed('i'), 4), H(m.seed('j'), 4), fqdn,
            H(m.seed('g'), 4), H(m.seed('h'), 4), H(m.seed('i'), 4), H(m.seed('j'), 4),
            rfc(t0, 'UTC', 'nopad'))),
    ]
    subj = _subj(f, ('utf-8', 'Q'))
    m.msgid = '<%s%s@%s>' % (srv, H(m.seed('mid'), 28, UPHEX), fqdn)
    ti = f.get('thread_index') or thread_index(m.seed(), t0)
    topic = f.get('topic', f['subject'])
    for p in ('AW: ', 'WG: ', 'RE: ', 'FW: ', 'Re: ', 'R: ', 'I: ', 'ODP: ', 'PD: ', 'RV: '):
        if topic.startswith(p):
            topic = topic[len(p):]
    tid = tenant or uuid(org + 'tenant')
    _hdrs(m, f, ['From', 'To', 'Cc', 'Reply-To', ('Subject', subj),
                 ('Thread-Topic', ew(topic, *_tcs(topic, f.get('scs') or ('utf-8', 'Q')))),
                 ('Thread-Index', ti), ('Date', rfc(t0, 'UTC', 'nopad')), ('Message-ID', m.msgid),
                 'References', 'In-Reply-To', ('Accept-Language', '%s, en-US' % lang),
                 ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if attach else ''),
                 ('X-MS-TNEF-Correlator', ''), '*X*', '*CT*', ('MIME-Version', '1.0'),
                 ('X-OriginatorOrg', org),
                 ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                 ('X-MS-Exchange-CrossTenant-AuthSource', fqdn),
                 ('X-MS-Exchange-CrossTenant-Network-Message-Id', uuid(m.seed('nmid'))),
                 ('X-MS-Exchange-CrossTenant-originalarrivaltime', t0.strftime('%d %b %Y %H:%M:%S.') +
                  '%04d (UTC)' % N(m.seed('ms'), 0, 9999)),
                 ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                 ('X-MS-Exchange-CrossTenant-id', tid),
                 ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv2)])
    return 'outlook'


def outlook_com(m, t, f, client_ip='', lang='en-US'):
    """Consumer Outlook.com / Hotmail mailbox (web)."""
    srv = 'DU0P192MB%04d' % N(m.seed('srv'), 1000, 9999)
    fqdn = '%s.EURP192.PROD.OUTLOOK.COM' % srv
    n = N(m.seed('olk'), 2010, 2099)
    _common(m, f, t, f['sender'], dict(helo='EUR03-DBA-obe.outbound.protection.outlook.com',
                                       rdns='mail-dbaeur03olkn%d.outbound.protection.outlook.com' % n,
                                       ip='40.92.59.%d' % (n % 200 + 20)))
    m.trace = [('Received', 'from %s (2603:10a6:10:4e4::11) by\n %s (2603:10a6:10:4e4::11) with Microsoft SMTP\n'
                ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9137.21; %s'
                % (fqdn, fqdn, rfc(sec(t, -2), 'UTC', 'nopad')))]
    m.msgid = '<%s%s@%s>' % (srv, H(m.seed('mid'), 28, UPHEX), fqdn)
    _hdrs(m, f, ['From', 'To', 'Cc', 'Reply-To', ('Subject', _subj(f)),
                 ('Thread-Topic', ew(f['subject'], *(f.get('scs') or ('utf-8', 'Q')))),
                 ('Thread-Index', thread_index(m.seed(), t)), ('Date', rfc(sec(t, -3), 'UTC', 'nopad')),
                 ('Message-ID', m.msgid), 'References', 'In-Reply-To',
                 ('Accept-Language', lang + ', en-US'), ('Content-Language', lang),
                 ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                 ('x-tmn', '[%s]' % H(m.seed('tmn'), 32, ALNUM)), '*X*', '*CT*', ('MIME-Version', '1.0')])
    return 'outlook'


# ============================================================ Gmail
def gmail(m, t, f, host='mail-ej1-f41.google.com', ip='209.85.218.41', xmailer=None):
    tz = 'US-P'
    _common(m, f, t, f['sender'], dict(helo=host, rdns=host, ip=ip))
    smtpid = 'a640c23a62f3a-%sso%d%s.%d' % (H(m.seed('g1'), 10), N(m.seed('g2'), 100000000, 999999999),
                                              'b', N(m.seed('g3'), 1, 9))
    m.trace = [
        ('Received', 'by %s with SMTP id %s\n        for <%s>; %s'
         % (host, smtpid, f['rcpt'], rfc(sec(t, -1), tz, 'nopad', comment=True))),
        ('X-Gm-Message-State', 'AOJu0Y' + H(m.seed('gms'), 62, ALNUM + '-_')),
        ('X-Gm-Gg', 'ASbGnc' + H(m.seed('ggg'), 120, ALNUM + '-_')),
        ('X-Google-Smtp-Source', 'AGHT+I' + H(m.seed('gss'), 70, ALNUM + '+/') + '='),
        ('X-Received', 'by 2002:a17:907:%s:b0:%s:%s:%s with SMTP id %s-%smr%d%sejc.%d.%d;\n        %s'
         % (H(m.seed('x1'), 4), H(m.seed('x2'), 3), H(m.seed('x3'), 4), H(m.seed('x4'), 4),
            H(m.seed('x5'), 6, 'abcdefghijklmnopqrstuvwxyz0123456789'), H(m.seed('x6'), 30),
            N(m.seed('x7'), 1000000, 9999999), '', N(m.seed('x8'), 1, 30),
            int(t.timestamp() * 1000) - 800, rfc(sec(t, -1), tz, 'nopad', comment=True))),
    ]
    m.msgid = '<CA%s@mail.gmail.com>' % H(m.seed('mid'), 56, ALNUM + '+_-=')[:N(m.seed('ml'), 48, 56)]
    order = [('MIME-Version', '1.0')]
    if f.get('refs'):
        order += ['References', 'In-Reply-To']
    order += ['From', ('Date', rfc(sec(t, -2), f.get('zone', 'DE'), 'nopad')), ('Message-ID', m.msgid),
              ('Subject', _subj(f, ('UTF-8', 'B'))), 'To', 'Cc', 'Reply-To']
    if xmailer:
        order.append(('X-Mailer', xmailer))
    order += ['*X*', '*CT*']
    _hdrs(m, f, order)
    return 'gmail'


# ============================================================ Postfix host (own server / VPS)
def postfix_host(m, t, f, host, rdns, ip, client_ip, client_rdns='unknown', client_helo=None,
                 auth=True, ua=None, zone='DE', msgid_domain=None, tls='1.3', mid_style='thunderbird',
                 extra_trace=()):
    helo = client_helo or '[%s]' % client_ip
    _common(m, f, t, f['sender'], dict(helo=host, rdns=rdns, ip=ip, tls=tls))
    lines = 'from %s (%s [%s])\n' % (helo, client_rdns, client_ip)
    if auth:
        lines += '\t(Authenticated sender: %s)\n' % (auth if isinstance(auth, str) else f['sender'])
    lines += '\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        host, 'ESMTPSA' if auth else 'ESMTP', H(m.seed('pq'), 11, UPHEX), f['rcpt'],
        rfc(sec(t, -2), zone, 'space', comment=True))
    m.trace = list(extra_trace) + [('Received', lines)]
    dom = msgid_domain or f['sender'].split('@')[1]
    if mid_style == 'thunderbird':
        m.msgid = '<%s@%s>' % (uuid(m.seed('mid')), dom)
    elif mid_style == 'roundcube':
        m.msgid = '<%s@%s>' % (H(m.seed('mid'), 32), dom)
    elif mid_style == 'outlook':
        m.msgid = '<00%s01dc%s$%s$%s@%s>' % (H(m.seed('o1'), 2), H(m.seed('o2'), 4), H(m.seed('o3'), 8),
                                             H(m.seed('o4'), 8), dom)
    elif mid_style == 'phpmailer':
        m.msgid = '<%s@%s>' % (H(m.seed('mid'), 43, ALNUM), dom)
    elif mid_style == 'thebat':
        m.msgid = '<%d.%d@%s>' % (N(m.seed('tb1'), 10 ** 8, 10 ** 9), N(m.seed('tb2'), 10 ** 7, 10 ** 8), dom)
    else:
        m.msgid = mid_style
    order = ['*DATE*', 'From', 'To', 'Cc', 'Reply-To', ('Message-ID', m.msgid), 'In-Reply-To', 'References',
             ('Subject', _subj(f)), ('MIME-Version', '1.0')]
    date = ('Date', rfc(sec(t, -4), zone, 'nopad'))
    if ua:
        order.insert(5, ua)
    order = [date if o == '*DATE*' else o for o in order] + ['*X*', '*CT*']
    _hdrs(m, f, order)


UA_TB = ('User-Agent', 'Mozilla Thunderbird')
UA_TB128 = ('User-Agent', 'Mozilla Thunderbird 128.4.2esr')
UA_RC = ('User-Agent', 'Roundcube Webmail/1.6.9')
XM_OL16 = ('X-Mailer', 'Microsoft Outlook 16.0')
XM_OL15 = ('X-Mailer', 'Microsoft Office Outlook 15.0')
XM_THEBAT = ('X-Mailer', 'The Bat! (v10.5.3) Professional')


# ============================================================ shared hosting, Exim/cPanel
def exim_cpanel(m, t, f, server, server_ip, client_ip=None, zone='US-C', local_user=None,
                script=None, client_helo=None, mid_style='phpmailer', ua=None, port=None):
    """cPanel/Exim shared host.  With local_user + script: a PHP mailer on a
    compromised website; with client_ip: an authenticated (stolen) mailbox."""
    _common(m, f, t, f['sender'], dict(helo=server, rdns=server, ip=server_ip))
    eid = '1t%s-%s-%s' % (H(m.seed('e1'), 4, ALNUM), H(m.seed('e2'), 6, ALNUM), H(m.seed('e3'), 2, ALNUM))
    if local_user:
        rec = ('from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s@%s>)\n\tid %s\n\tfor %s; %s'
               % (local_user, server, local_user, server, eid, f['rcpt'], rfc(sec(t, -2), zone, 'nopad')))
        m.envfrom = f.get('envfrom', '%s@%s' % (local_user, server))
    else:
        rec = ('from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
               '\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s'
               % (client_ip, port or N(m.seed('port'), 49152, 65000), client_helo or '[%s]' % client_ip,
                  server, m.envfrom, eid, f['rcpt'], rfc(sec(t, -2), zone, 'nopad')))
    m.trace = [('Received', rec)]
    dom = f['sender'].split('@')[1]
    if mid_style == 'phpmailer':
        m.msgid = '<%s@%s>' % (H(m.seed('mid'), 43, ALNUM), dom)
    elif mid_style == 'roundcube':
        m.msgid = '<%s@%s>' % (H(m.seed('mid'), 32), dom)
    elif mid_style == 'thebat':
        m.msgid = '<%d.%s@%s>' % (N(m.seed('tb'), 10 ** 8, 2 * 10 ** 9), local(sec(t, -3), zone)[0].strftime('%Y%m%d%H%M%S'), dom)
    elif mid_style == 'outlook':
        m.msgid = '<00%s01dc%s$%s$%s@%s>' % (H(m.seed('o1'), 2), H(m.seed('o2'), 4), H(m.seed('o3'), 8),
                                             H(m.seed('o4'), 8), dom)
    else:
        m.msgid = '<%s@%s>' % (uuid(m.seed('mid')), dom)
    order = [('Date', rfc(sec(t, -3), zone, 'nopad')), 'To', 'From', 'Cc', 'Reply-To',
             ('Subject', _subj(f)), ('Message-ID', m.msgid)]
    if script:
        order += [('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
    if ua:
        order += [ua]
    order += [('MIME-Version', '1.0'), '*X*', '*CT*']
    if script:
        order.insert(0, ('X-PHP-Originating-Script', script))
    _hdrs(m, f, order)


# ============================================================ German freemail / IONOS
def ionos(m, t, f, client_ip, ua=XM_OL16, mout=('mout.kundenserver.de', '212.227.126.133'), zone='DE'):
    _common(m, f, t, f['sender'], dict(helo=mout[0], rdns=mout[0], ip=mout[1]))
    nem = '1M%s-1t%s-00%s' % (H(m.seed('n1'), 4, ALNUM), H(m.seed('n2'), 8, ALNUM), H(m.seed('n3'), 4, ALNUM))
    m.trace = [('Received', 'from %s ([%s]) by mrelayeu.kundenserver.de (mreue%03d\n [212.227.15.%d]) with ESMTPSA '
                '(Nemesis) id %s for\n <%s>; %s'
                % ('PC%s' % H(m.seed('pc'), 5, UPHEX), client_ip, N(m.seed('mr'), 100, 112),
                   N(m.seed('ip'), 160, 190), nem, f['rcpt'], rfc(sec(t, -2), zone, 'nopad'))),
               ('X-Provags-ID', 'V03:K1:' + H(m.seed('pv'), 76, ALNUM + '+/'))]
    dom = f['sender'].split('@')[1]
    m.msgid = '<00%s01dc%s$%s$%s@%s>' % (H(m.seed('o1'), 2), H(m.seed('o2'), 4), H(m.seed('o3'), 8),
                                         H(m.seed('o4'), 8), dom)
    _hdrs(m, f, ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', ('Subject', _subj(f, ('iso-8859-1', 'Q'))),
                 ('Date', rfc(sec(t, -4), zone, 'nopad')), ('Message-ID', m.msgid), ('MIME-Version', '1.0'),
                 '*CT*', ua, ('Thread-Index', thread_index(m.seed(), t)), ('Content-Language', 'de'), '*X*'])
    return 'nextpart'


def gmx(m, t, f, client_ip, brand='gmx', zone='DE'):
    host = 'mout.gmx.net' if brand == 'gmx' else 'mout.web.de'
    ip = '212.227.15.%d' % N(m.seed('ip'), 15, 19) if brand == 'gmx' else '217.72.192.%d' % N(m.seed('ip'), 73, 78)
    app = '3c-app-%s-bap%02d' % ('gmx' if brand == 'gmx' else 'webde', N(m.seed('app'), 10, 60))
    _common(m, f, t, f['sender'], dict(helo=host, rdns=host, ip=ip))
    m.trace = [('Received', 'from [%s] ([%s]) by web-mail.%s (%s.server.lan\n [172.19.172.%d]) (via HTTP); %s'
                % (client_ip, client_ip, 'gmx.net' if brand == 'gmx' else 'web.de', app,
                   N(m.seed('lan'), 10, 250), rfc(sec(t, -2), zone, 'nopad'))),
               ('X-Provags-ID', 'V03:K1:' + H(m.seed('pv'), 76, ALNUM + '+/')),
               ('X-UI-Out-Filterresults', 'notjunk:1;V03:K0:' + H(m.seed('uf'), 11, ALNUM) + '=:' +
                H(m.seed('uf2'), 60, ALNUM + '+/'))]
    m.msgid = '<trinity-%s-%d@%s>' % (uuid(m.seed('mid')), int(t.timestamp() * 1000) - 2100, app)
    _hdrs(m, f, [('MIME-Version', '1.0'), ('Message-ID', m.msgid), 'From', 'To', 'Cc', 'Reply-To',
                 ('Subject', _subj(f, ('UTF-8', 'Q'))), '*CT*', ('Date', rfc(sec(t, -3), zone, 'nopad')),
                 ('Importance', 'normal'), ('Sensitivity', 'Normal'), 'In-Reply-To', 'References', '*X*'])
    return 'mixed'


# ============================================================ Italian / Polish / Greek / Russian providers
def libero(m, t, f, client_ip):
    n = N(m.seed('n'), 10, 45)
    _common(m, f, t, f['sender'], dict(helo='libero.it', rdns='smtp-%d-i2.italiaonline.it' % n,
                                       ip='213.209.12.%d' % n))
    m.trace = [('Received', 'from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n'
                '\tid %s; %s' % (N(m.seed('ox'), 10, 40), N(m.seed('ox2'), 100, 200), N(m.seed('ox3'), 10, 250),
                                 n, H(m.seed('id'), 18, ALNUM), rfc(sec(t, -2), 'IT', 'nopad'))),
               ('X-CNFS-Analysis', 'v=2.4 cv=%s c=1 sm=1 tr=0 ts=%x' % (H(m.seed('cv'), 8), int(t.timestamp())))]
    m.msgid = '<%d.%d.%d@libero.it>' % (N(m.seed('a'), 10 ** 8, 10 ** 9), N(m.seed('b'), 10 ** 5, 10 ** 6),
                                        int(t.timestamp() * 1000) - 1500)
    _hdrs(m, f, [('Date', rfc(sec(t, -3), 'IT', 'nopad')), 'From', 'To', 'Cc', 'Reply-To', ('Message-ID', m.msgid),
                 'In-Reply-To', 'References', ('Subject', _subj(f, ('UTF-8', 'Q'))), ('MIME-Version', '1.0'),
                 '*CT*', ('X-Priority', '3'), ('Importance', 'Normal'),
                 ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev66'), ('X-Originating-Client', 'open-xchange-appsuite'),
                 '*X*'])
    return 'java'


def wp_pl(m, t, f, client_ip):
    _common(m, f, t, f['sender'], dict(helo='mx4.wp.pl', rdns='mx4.wp.pl', ip='212.77.101.11'))
    m.trace = [('Received', '(wp-smtpd smtp.wp.pl %d invoked from network); %s'
                % (N(m.seed('pid'), 10000, 39999), rfc(sec(t, -1), 'PL', 'nopad'))),
               ('Received', 'from [%s] (HELO localhost) (%s@[%s])\n          (envelope-sender <%s>)\n'
                '          by smtp.wp.pl (WP-SMTPD) with ESMTPS\n          for <%s>; %s'
                % (client_ip, f['sender'], client_ip, f['sender'], f['rcpt'], rfc(sec(t, -2), 'PL', 'nopad'))),
               ('X-WP-MailID', H(m.seed('wpid'), 32)),
               ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski')]
    m.msgid = '<%s@grupawp.pl>' % H(m.seed('mid'), 32)
    _hdrs(m, f, [('Date', rfc(sec(t, -3), 'PL', 'nopad')), 'From', 'To', 'Cc', 'Reply-To',
                 ('Message-ID', m.msgid), 'In-Reply-To', 'References', ('Subject', _subj(f, ('UTF-8', 'Q'))),
                 ('MIME-Version', '1.0'), '*CT*', ('X-Mailer', 'Poczta WP'), '*X*'])
    return 'java'


def otenet(m, t, f, client_ip):
    _common(m, f, t, f['sender'], dict(helo='mx-out1.otenet.gr', rdns='mx-out1.otenet.gr', ip='83.235.67.31'))
    m.trace = [('Received', 'from mailstore-4.otenet.gr (mailstore-4.otenet.gr [10.40.2.14])\n'
                '\tby mx-out1.otenet.gr (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                % (H(m.seed('q'), 10, UPHEX), f['rcpt'], rfc(sec(t, -1), 'GR', 'space', comment=True))),
               ('Received', 'from [%s] by webmail.otenet.gr (Zimbra) with HTTP; %s'
                % (client_ip, rfc(sec(t, -2), 'GR', 'nopad')))]
    m.msgid = '<%d.%d.%d.JavaMail.zimbra@otenet.gr>' % (
        N(m.seed('a'), 10 ** 8, 10 ** 9), N(m.seed('b'), 10 ** 5, 10 ** 6), int(t.timestamp() * 1000) - 1700)
    _hdrs(m, f, [('Date', rfc(sec(t, -3), 'GR', 'nopad')), 'From', 'To', 'Cc', 'Reply-To',
                 ('Message-ID', m.msgid), 'In-Reply-To', 'References', ('Subject', _subj(f, ('utf-8', 'B'))),
                 ('MIME-Version', '1.0'), '*CT*',
                 ('X-Mailer', 'Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC130 (Win)/9.0.0_GA_4546)'),
                 ('Thread-Index', thread_index(m.seed(), t)), '*X*'])
    return 'java'


def yandex(m, t, f, client_ipv6='2a02:6b8:c0c:2c8f:0:640:5d12:0'):
    fw = 'forward%d%s.mail.yandex.net' % (N(m.seed('fw'), 100, 503), 'ab'[N(m.seed('fwl'), 0, 1)])
    ip = '178.154.239.%d' % N(m.seed('fwip'), 70, 220)
    sb = 'mail-sendbernar-production-main-%d.sas.yp-c.yandex.net' % N(m.seed('sb'), 10, 90)
    _common(m, f, t, f['sender'], dict(helo=fw, rdns=fw, ip=ip))
    m.trace = [('Received', 'from %s (%s [IPv6:%s])\n\tby %s (Yandex) with ESMTPS id %s-%s;\n\t%s'
                % (sb, sb, client_ipv6, fw, H(m.seed('y1'), 12, ALNUM), H(m.seed('y2'), 8, ALNUM),
                   rfc(sec(t, -1), 'RU', 'nopad'))),
               ('X-Yandex-Fwd', '1'),
               ('Received', 'by %s with HTTP;\n\t%s' % (sb, rfc(sec(t, -2), 'RU', 'nopad')))]
    m.msgid = '<%d@mail.yandex.ru>' % N(m.seed('mid'), 10 ** 14, 10 ** 15)
    _hdrs(m, f, ['From', 'To', 'Cc', 'Reply-To', 'In-Reply-To', 'References',
                 ('Subject', _subj(f, ('utf-8', 'B'))), ('MIME-Version', '1.0'),
                 ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), ('Date', rfc(sec(t, -3), 'RU', 'nopad')),
                 ('Message-Id', m.msgid), '*CT*', '*X*'])
    return 'yandex'


def aruba(m, t, f, client_ip, ua=XM_OL16):
    n = N(m.seed('n'), 10, 40)
    _common(m, f, t, f['sender'], dict(helo='smtpdh%d-2.aruba.it' % n, rdns='smtpdh%d-2.aruba.it' % n,
                                       ip='62.149.155.%d' % (140 + n)))
    m.trace = [('Received', 'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
                % ('PCUFFICIO%02d' % N(m.seed('pc'), 1, 12), client_ip, H(m.seed('id'), 12, ALNUM),
                   rfc(sec(t, -2), 'IT', 'nopad')))]
    dom = f['sender'].split('@')[1]
    m.msgid = '<00%s01dc%s$%s$%s@%s>' % (H(m.seed('o1'), 2), H(m.seed('o2'), 4), H(m.seed('o3'), 8),
                                         H(m.seed('o4'), 8), dom)
    _hdrs(m, f, ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To',
                 ('Subject', _subj(f, ('iso-8859-1', 'Q'))), ('Date', rfc(sec(t, -4), 'IT', 'nopad')),
                 ('Message-ID', m.msgid), ('MIME-Version', '1.0'), '*CT*', ua,
                 ('Thread-Index', thread_index(m.seed(), t)), ('Content-Language', 'it'), '*X*'])
    return 'nextpart'


# ============================================================ bulk ESPs
def sendgrid(m, t, f, ip, rdns, bounce_domain, geopod=None, x=()):
    _common(m, f, t, 'bounces+%d-%s-%s@%s' % (N(m.seed('u'), 1000000, 49999999), H(m.seed('b'), 4),
                                               f['rcpt'].replace('@', '='), bounce_domain),
            dict(helo=rdns, rdns=rdns, ip=ip))
    gp = geopod or 'geopod-ismtpd-%d' % N(m.seed('gp'), 1, 40)
    fd = 'filterdrecv-%s-%s' % (H(m.seed('fd'), 9), H(m.seed('fd2'), 5, 'abcdefghijklmnopqrstuvwxyz'))
    m.trace = [('Received', 'by %s with SMTP id %s-1-%X-%X\n\t%s.%09d +0000 UTC m=+%d.%09d'
                % (fd, fd, int(t.timestamp()), N(m.seed('c'), 1, 99), t.strftime('%Y-%m-%d %H:%M:%S'),
                   N(m.seed('ns'), 0, 999999999), N(m.seed('up'), 10000, 999999), N(m.seed('ns2'), 0, 999999999))),
               ('Received', 'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s.%03d +0000 (UTC)'
                % (H(m.seed('sgu'), 12, ALNUM), gp, H(m.seed('sgid'), 22, ALNUM + '-_'), f['rcpt'],
                   rfc(sec(t, -1), 'UTC', 'nopad')[:-6], N(m.seed('ms'), 0, 999)))]
    m.msgid = '<%s@%s>' % (H(m.seed('mid'), 22, ALNUM + '-_'), gp)
    _hdrs(m, f, [('Date', rfc(sec(t, -2), 'UTC', 'nopad')), 'From',
                 ('Mime-Version', '1.0'), ('Message-ID', m.msgid), 'Reply-To', ('Subject', _subj(f)),
                 ('X-SG-EID', 'u001.' + H(m.seed('eid'), 120, ALNUM + '/+') + '=='),
                 ('X-SG-ID', 'u001.SdYbRlJ' + H(m.seed('sid'), 60, ALNUM + '/+')),
                 ('X-Entity-ID', 'u001.' + H(m.seed('ent'), 22, ALNUM + '/+') + '=='), 'To', '*X*', '*CT*'] + list(x))
    return 'hex'


def mailgun(m, t, f, mgdomain, ip, rdns, x=()):
    _common(m, f, t, 'bounce+%s.%s-%s@%s' % (H(m.seed('b1'), 6), H(m.seed('b2'), 6),
                                             f['rcpt'].replace('@', '='), mgdomain),
            dict(helo=rdns, rdns=rdns, ip=ip))
    m.trace = [('Received', 'by %s with HTTP id %s; %s'
                % (H(m.seed('mgh'), 24), H(m.seed('mgid'), 24), rfc(sec(t, -1), 'UTC', 'nopad')[:-6] + ' GMT')),
               ('X-Mailgun-Sending-Ip', ip),
               ('X-Mailgun-Sid', 'WyI' + H(m.seed('sid'), 60, ALNUM) + 'In0='),
               ('Sender', f['sender'])]
    m.msgid = '<%s.%s@%s>' % (t.strftime('%Y%m%d%H%M%S'), H(m.seed('mid'), 16), mgdomain)
    _hdrs(m, f, ['From', 'To', 'Reply-To', ('Subject', _subj(f)), ('Mime-Version', '1.0'), '*CT*',
                 ('Date', rfc(sec(t, -2), 'UTC', 'nopad')), ('Message-Id', m.msgid),
                 ('X-Mailgun-Track', 'yes'), ('X-Mailgun-Track-Clicks', 'yes'), '*X*'] + list(x))
    return 'hex'


def ses(m, t, f, region='eu-west-1', ip=None, x=(), order=None):
    ipn = N(m.seed('ip'), 1, 60)
    ip = ip or '54.240.7.%d' % ipn
    host = 'a7-%d.smtp-out.%s.amazonses.com' % (int(ip.split('.')[-1]), region)
    sesid = '0102%s-%s-000000' % (H(m.seed('s1'), 12), uuid(m.seed('s2')))
    _common(m, f, t, '%s@%s.amazonses.com' % (sesid, region), dict(helo=host, rdns=host, ip=ip))
    m.trace = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, H(m.seed('fb'), 43, ALNUM + '+/'))),
               ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), ip))]
    m.msgid = '<%s@%s.amazonses.com>' % (sesid, region)
    _hdrs(m, f, order or ['From', 'Reply-To', 'To', ('Subject', _subj(f)), ('MIME-Version', '1.0'), '*CT*',
                          ('Message-ID', m.msgid), ('Date', rfc(sec(t, -1), 'UTC', 'nopad')), '*X*'] + list(x))
    return 'java'


def brevo(m, t, f, x=()):
    n = N(m.seed('n'), 2, 180)
    host = 'm%d-%d.d.sender-sib.com' % (N(m.seed('a'), 1, 30), n)
    ip = '77.32.148.%d' % n
    _common(m, f, t, 'bounces-%d-%s@bounces.sendinblue.com' % (N(m.seed('u'), 1000000, 9999999), H(m.seed('b'), 8)),
            dict(helo=host, rdns=host, ip=ip))
    m.trace = [('X-Mailin-EID', H(m.seed('eid'), 40, ALNUM + '~_-')),
               ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, N(m.seed('fb'), 1000000, 9999999),
                                                           N(m.seed('fb2'), 100, 999)))]
    m.msgid = '<%s.%d@smtp-relay.mailin.fr>' % (t.strftime('%Y%m%d%H%M'), N(m.seed('mid'), 10 ** 10, 10 ** 11))
    _hdrs(m, f, [('Date', rfc(sec(t, -1), 'UTC', 'nopad')), 'From', 'Reply-To', 'To', ('Message-Id', m.msgid),
                 ('Subject', _subj(f)), ('MIME-Version', '1.0'), '*CT*',
                 ('X-Mailer', 'Sendinblue'), ('X-sib-id', H(m.seed('sib'), 64, ALNUM + '_-')),
                 ('Origin-messageId', '<%s.%d@smtp-relay.mailin.fr>' % (t.strftime('%Y%m%d%H%M'),
                                                                        N(m.seed('mid2'), 10 ** 10, 10 ** 11))),
                 '*X*'] + list(x))
    return 'hex'


def mailchimp(m, t, f, list_id, user_id, dc='us21', x=()):
    a = N(m.seed('a'), 100, 250)
    b = N(m.seed('b'), 1, 200)
    host = 'mail%d-%d.suw%d.mcdlv.net' % (a, b, N(m.seed('c'), 11, 41))
    _common(m, f, t, 'bounce-mc.%s_%s.%d-%s@%s' % (dc, user_id, N(m.seed('cid'), 1000000, 9999999),
                                                   H(m.seed('bb'), 10), host.split('-')[0] + '.' + host.split('.', 1)[1]),
            dict(helo=host, rdns=host, ip='198.2.%d.%d' % (a, b)))
    m.trace = [('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n'
                '\tfor <%s>; %s' % (host, H(m.seed('q'), 12, UPHEX), f['rcpt'], rfc(sec(t, -1), 'UTC', 'nopad')))]
    m.msgid = '<%s.%s@%s>' % (H(m.seed('m1'), 32), H(m.seed('m2'), 10), host)
    _hdrs(m, f, [('Subject', _subj(f)), 'From', 'Reply-To', 'To', ('Date', rfc(sec(t, -2), 'UTC', 'nopad')),
                 ('Message-ID', m.msgid), ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % H(m.seed('cidm'), 20)),
                 ('X-Campaign', 'mailchimp%s.%s' % (user_id, H(m.seed('camp'), 10))),
                 ('X-campaignid', 'mailchimp%s.%s' % (user_id, H(m.seed('camp'), 10))),
                 ('X-Report-Abuse', 'Please report abuse for this campaign here: '
                  'https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (user_id, list_id, H(m.seed('e'), 10))),
                 ('X-MC-User', user_id), ('Feedback-ID', '%d:%d.%d:%s:mc' % (
                     N(m.seed('f1'), 10 ** 7, 10 ** 8), N(m.seed('f1'), 10 ** 7, 10 ** 8),
                     N(m.seed('f2'), 10 ** 6, 10 ** 7), dc)),
                 ('List-ID', '%s mailing list <%s.%d.list-id.mcsv.net>' % (
                     f.get('list_name', 'newsletter'), user_id, N(m.seed('lid'), 100000, 999999))),
                 '*X*', ('MIME-Version', '1.0'), '*CT*'] + list(x))
    return 'mixed'
