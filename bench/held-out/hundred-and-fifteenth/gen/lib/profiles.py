"""Header sets and Received chains of the sending systems modelled."""
import base64
import re as _re

_REPLY_PREFIX = _re.compile(r'^(?:(?:AW|WG|RE|FW|FWD|RV|R|I|ODP|PD|ΑΠ|ΠΡΘ|Отв|Пересл|Re|Fwd):\s*)+', _re.I)


def tenant_id(domain):
    import hashlib
    h = hashlib.sha256(('m365-tenant:' + domain).encode()).hexdigest()
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def topic_of(subject):
    return _REPLY_PREFIX.sub('', subject)
import datetime as _dt

from .mime import addr, hdr_text
from .msg import d_std, d_pad, d_postfix, d_paren, d_utc, in_zone, epoch

TD = _dt.timedelta


def fmt_addrs(lst, charset='utf-8', enc='Q', quote=False):
    return ', '.join(addr(n, e, charset, enc, quote) for n, e in lst)


def postfix_rcv(m, helo, rdns, ip, by, when, rcpt=None, proto='ESMTPS', qid=None, auth=None, tls='1.3', ver=''):
    v = 'from %s (%s [%s])' % (helo, rdns or 'unknown', ip)
    if tls == '1.3':
        v += '\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)'
    elif tls == '1.2':
        v += '\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)'
    if auth:
        v += '\n\t(Authenticated sender: %s)' % auth
    v += '\n\tby %s (Postfix%s) with %s id %s' % (by, ver, proto, qid or m.short_qid())
    if rcpt:
        v += '\n\tfor <%s>; %s' % (rcpt, d_postfix(when))
    else:
        v += ';\n\t%s' % d_postfix(when)
    return ('Received', v)


def exim_rcv(m, frm, by, when, env_from, rcpt, proto='esmtpsa', auth=None, exim='4.98', port=None, helo=None):
    v = 'from %s' % frm
    if port or helo:
        v += ' (%s)' % ' '.join(x for x in (('port=%d' % port) if port else '', ('helo=%s' % helo) if helo else '') if x)
    v += '\n\tby %s with %s  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim %s)' % (by, proto, exim)
    if auth:
        v += '\n\t(envelope-from <%s>)' % env_from
    v += '\n\tid 1%s-0000000%s-%s' % (m.alnum(5), m.alnum(4), m.alnum(4))
    v += '\n\tfor %s;\n\t%s' % (rcpt, d_pad(when))
    return ('Received', v)


def thread_index(m, depth=0):
    return base64.b64encode(bytes([1]) + bytes(m.rng.randrange(256) for _ in range(21 + 5 * depth))).decode()


# ------------------------------------------------------- internal Exchange
def exchange_internal(m, sender, to, subject, when, body, cc=(), server='EXCH02', lang='de-DE',
                      accept='de-DE, en-US', in_reply_to=None, references=None, topic=None, importance=None,
                      orig_ip=None, has_attach=False, subj_charset='iso-8859-1', name_charset='iso-8859-1', extra=()):
    other = 'EXCH01' if server == 'EXCH02' else 'EXCH02'
    ips = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}
    t0 = in_zone(when, 'DE')
    t1 = m.later(t0, 1, 2)
    t2 = m.later(t1, 0, 1)
    t3 = m.later(t2, 0, 2)
    arr = m.later(t3, 0, 1)
    rcpt = [e for _, e in list(to) + list(cc)]
    m.connect('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', sender[1], rcpt, arr, tls='1.2')
    m.auth_override = 'mx01.example.com; none (internal relay mail-int01.example.com [10.20.0.25])'
    fe = fe6 = m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4)
    h = []
    h.append(postfix_rcv(m, '%s.corp.example.com' % other, '%s.corp.example.com' % other.lower(), ips[other],
                         'mail-int01.example.com', t3, rcpt[0] if len(rcpt) == 1 else None, tls='1.2'))
    h.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s' % (
        server, ips[server], other, ips[other], d_std(t2))))
    h.append(('Received', 'from %s.corp.example.com ([fe80::%s]) by\n %s.corp.example.com ([fe80::%s%%13]) with mapi id\n 15.02.1748.010; %s' % (
        server, fe, server, fe6, d_std(t1))))
    h.append(('From', addr(sender[0], sender[1], name_charset)))
    h.append(('To', fmt_addrs(to, name_charset)))
    if cc:
        h.append(('CC', fmt_addrs(cc, name_charset)))
    h.append(('Subject', hdr_text(subject, subj_charset)))
    h.append(('Thread-Topic', hdr_text(topic or topic_of(subject), subj_charset)))
    h.append(('Thread-Index', thread_index(m, 1 if in_reply_to else 0)))
    if importance:
        h.append(('Importance', importance))
        h.append(('X-Priority', '1'))
    h.append(('Date', d_std(t0)))
    mid = '<%s@%s.corp.example.com>' % (m.hex(32), server)
    h.append(('Message-ID', mid))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    h.append(('Accept-Language', accept))
    h.append(('Content-Language', lang))
    h.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    h.append(('X-MS-TNEF-Correlator', ''))
    h.append(('x-ms-exchange-transport-fromentityheader', 'Hosted'))
    h.append(('x-originating-ip', '[%s]' % (orig_ip or '10.20.%d.%d' % (m.between(30, 48), m.between(10, 240)))))
    h.extend(extra)
    h.append(('@MIME', None))
    h.append(('MIME-Version', '1.0'))
    m.headers = h
    m.body = body
    m.message_id = mid
    return mid


def outlook_boundaries(m, server):
    tag = m.hex(28, True)
    return {k: '_%03d_%s%s%s_' % (k, server, tag, server[:4] + 'eurp' if 'EXCH' not in server else 'corp') for k in (0, 3, 4)}


def exch_boundary(m, kind, server):
    return '_%03d_%s%s%s_' % (kind, server, m.hex(24, True), server)


# ----------------------------------------------------------- Exchange Online
M365_EDGES = [
    ('EUR05-DB8-obe', 'mail-db8eur05on2%03d', '40.107.20.%d'),
    ('EUR03-AM7-obe', 'mail-am7eur03on2%03d', '40.107.105.%d'),
    ('EUR02-VI1-obe', 'mail-vi1eur02on2%03d', '40.107.21.%d'),
    ('EUR05-AM6-obe', 'mail-am6eur05on2%03d', '40.107.22.%d'),
    ('EUR04-DB3-obe', 'mail-db3eur04on2%03d', '40.107.6.%d'),
    ('EUR03-DBA-obe', 'mail-dbaeur03on2%03d', '40.107.104.%d'),
]


def m365(m, sender, to, subject, when, body, dkim_domain, org_domain=None, cc=(), lang='de-DE', accept=None,
         region='eurprd07', prefix=('AM9PR07MB', 'DB9PR07MB'), in_reply_to=None, references=None,
         has_attach=False, reply_to=None, subj_charset='utf-8', subj_enc='B', name_charset='utf-8',
         dmarc=('pass', 'quarantine'), dkim_selector='selector1', spf='pass', env_from=None, tenant=None,
         ctry='', sfv='NSPM', scl=1, rcpt=None, bcl=0, topic=None, extra=()):
    org_domain = org_domain or sender[1].split('@')[1]
    mbx = prefix[0] + m.digits(4)
    hub = prefix[1] + m.digits(4)
    edge = m.pick(M365_EDGES)
    oct_ = m.between(20, 250)
    helo = edge[0] + '.outbound.protection.outlook.com'
    rdns = (edge[1] % oct_) + '.outbound.protection.outlook.com'
    ip = edge[2] % oct_
    t0 = in_zone(when, 'UTC')
    t1 = m.later(t0, 0, 1)
    t2 = m.later(t1, 0, 1)
    arr = m.later(t2, 1, 3)
    rc = rcpt or [e for _, e in list(to) + list(cc)]
    m.connect(helo, rdns, ip, env_from or sender[1], rc, arr)
    m.spf = spf
    h = []
    aar = 'spf=%s smtp.mailfrom=%s; dmarc=%s action=none header.from=%s; dkim=pass header.d=%s; arc=none' % (
        spf, (env_from or sender[1]).split('@')[1], dmarc[0] if dmarc else 'none', org_domain, dkim_domain)
    h += m.arc_set(aar=aar)
    sel = dkim_selector
    h.append(('DKIM-Signature', m.dkim(dkim_domain, sel, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')))
    if dmarc:
        m.dmarc = (dmarc[0], dmarc[1], org_domain)
    v6a = '2603:10a6:%s:%s::%d' % (m.hex(3), m.hex(3), m.between(5, 30))
    v6b = '2603:10a6:%s:%s::%d' % (m.hex(3), m.hex(3), m.between(5, 30))
    fe = 'fe80::%s:%s:%s:%s' % (m.hex(4), m.hex(4), m.hex(4), m.hex(4))
    build = m.pick(['15.20.9343.009', '15.20.9366.012', '15.20.9412.007'])
    h.append(('Received', 'from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
        mbx, region, v6a, hub, region, v6b, build[:-3] + str(int(build[-3:])), d_std(t1))))
    h.append(('Received', 'from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%4]) with mapi id %s; %s' % (
        mbx, region, fe, mbx, region, fe, build, d_std(t0))))
    h.append(('From', addr(sender[0], sender[1], name_charset, 'B' if name_charset.lower() == 'utf-8' else 'Q')))
    h.append(('To', fmt_addrs(to, name_charset, 'B' if name_charset.lower() == 'utf-8' else 'Q')))
    if cc:
        h.append(('CC', fmt_addrs(cc, name_charset, 'B' if name_charset.lower() == 'utf-8' else 'Q')))
    if reply_to:
        h.append(('Reply-To', addr(reply_to[0], reply_to[1], name_charset, 'B')))
    h.append(('Subject', hdr_text(subject, subj_charset, subj_enc)))
    tt = topic or topic_of(subject)
    h.append(('Thread-Topic', hdr_text(tt, subj_charset, subj_enc)))
    h.append(('Thread-Index', thread_index(m, 1 if in_reply_to else 0)))
    h.append(('Date', d_std(t0)))
    mid = '<%s%s@%s.%s.prod.outlook.com>' % (mbx, m.hex(28, True), mbx, region)
    h.append(('Message-ID', mid))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    h.append(('Accept-Language', accept or (lang + ', en-US' if not lang.startswith('en') else 'en-GB, en-US')))
    h.append(('Content-Language', lang))
    h.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    h.append(('X-MS-TNEF-Correlator', ''))
    h.append(('authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % org_domain))
    h.append(('x-ms-publictraffictype', 'Email'))
    h.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbx, hub)))
    h.append(('x-ms-office365-filtering-correlation-id', m.guid()))
    h.append(('x-ms-exchange-senderadcheck', '1'))
    h.append(('x-ms-exchange-antispam-relay', '0'))
    h.append(('x-microsoft-antispam', 'BCL:%d;ARA:13230040|1800799024|366016|376014|38070700018;' % bcl))
    info = m.b64(300)
    h.append(('x-microsoft-antispam-message-info', '\n ' + '\n '.join(info[k:k + 76] for k in range(0, len(info), 76))))
    h.append(('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:%s;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:%s;H:%s.%s.prod.outlook.com;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;' % (
        ctry, lang.split('-')[0], scl, sfv, mbx, region)))
    h.append(('x-ms-exchange-antispam-messagedata-chunkcount', '1'))
    md = m.b64(420)
    h.append(('x-ms-exchange-antispam-messagedata-0', '\n ' + '\n '.join(md[k:k + 76] for k in range(0, len(md), 76))))
    h.append(('@MIME', None))
    h.append(('MIME-Version', '1.0'))
    h.append(('X-OriginatorOrg', org_domain))
    h.append(('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'))
    h.append(('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.prod.outlook.com' % (mbx, region)))
    h.append(('X-MS-Exchange-CrossTenant-Network-Message-Id', m.guid()))
    h.append(('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s %s.%04d\n (UTC)' % (t0.strftime('%d %b %Y'), t0.strftime('%H:%M:%S'), m.between(0, 9999))))
    h.append(('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'))
    h.append(('X-MS-Exchange-CrossTenant-id', tenant or tenant_id(org_domain)))
    h.append(('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'))
    h.append(('X-MS-Exchange-CrossTenant-userprincipalname', m.b64(60)))
    h.append(('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hub))
    h.extend(extra)
    m.headers = h
    m.body = body
    m.message_id = mid
    m.m365_server = mbx
    return mid


def m365_boundary(m, kind):
    s = getattr(m, 'm365_server', None)
    return s


# ------------------------------------------------------------------- Gmail
GMAIL_HOSTS = [('mail-wm1-f%d.google.com', '209.85.128.%d'), ('mail-wr1-f%d.google.com', '209.85.221.%d'),
               ('mail-ej1-f%d.google.com', '209.85.218.%d'), ('mail-ed1-f%d.google.com', '209.85.208.%d'),
               ('mail-lf1-f%d.google.com', '209.85.167.%d'), ('mail-lj1-f%d.google.com', '209.85.208.%d')]


def gmail_boundary(m):
    return '000000000000' + m.hex(16)


def gmail(m, sender, to, subject, when, body, cc=(), workspace=None, in_reply_to=None, references=None,
          reply_to=None, subj_charset='UTF-8', name_charset='UTF-8', dmarc=None, x_gm_features=True, extra=(), rcpt=None):
    host, ipf = m.pick(GMAIL_HOSTS)
    n = m.between(41, 72)
    helo = host % n
    ip = ipf % n
    t_send = in_zone(when, 'USP')
    t_rcv = m.later(t_send, 0, 1)
    arr = m.later(t_rcv, 1, 2)
    rc = rcpt or [e for _, e in list(to) + list(cc)]
    m.connect(helo, helo, ip, sender[1], rc, arr)
    dom = sender[1].split('@')[1]
    if dmarc is None:
        dmarc = ('pass', 'none') if workspace is None else ('pass', 'quarantine')
    m.dmarc = (dmarc[0], dmarc[1], dom)
    sid = '%s-%s%s' % (m.pick(['5b1f17b1804b1', 'a640c23a62f3a', '4fb4d7f45d1cf', '2adb3069b0e04']), m.hex(14), m.pick(['.0', '.1', '.2']))
    h = []
    h.append(('Received', 'by %s with SMTP id %s\n        for <%s>; %s' % (helo, sid, rc[0], d_paren(t_rcv))))
    t = epoch(when)
    hh = 'to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to'
    if in_reply_to:
        hh = 'to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to'
    d = workspace or 'gmail.com'
    h.append(('DKIM-Signature', m.dkim(d, 'google' if workspace else '20230601', hh, t=t, x=t + 604800, style='google',
                                       extra=' darn=example.com;')))
    m.dkims[-1][1] = d
    hx = 'to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to'
    if in_reply_to:
        hx = 'to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:x-gm-message-state:from:to:cc:subject:date\n         :message-id:reply-to'
    xg = m.dkim('1e100.net', '20230601', hx, t=t, x=t + 604800, style='google')
    m.dkims.pop()
    h.append(('X-Google-DKIM-Signature', xg))
    h.append(('X-Gm-Message-State', 'AOJu0Y' + m.b64url(54)))
    h.append(('X-Gm-Gg', 'ASbGnc' + m.b64url(180)))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + m.b64url(66)))
    h.append(('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s%s.%d.%d%03d;\n        %s' % (
        m.hex(4), m.hex(4), m.hex(3), m.hex(3), m.hex(3), sid.split('-')[0] + '-', m.hex(12) + 'mr' + m.digits(8), m.between(1, 9), epoch(t_send), m.between(0, 999), d_paren(t_send))))
    h.append(('@MIME', None))
    h.append(('MIME-Version', '1.0'))
    h.append(('From', addr(sender[0], sender[1], name_charset, 'B')))
    if reply_to:
        h.append(('Reply-To', addr(reply_to[0], reply_to[1], name_charset, 'B')))
    h.append(('Date', d_std(when)))
    if x_gm_features:
        h.append(('X-Gm-Features', 'AQt7F2' + m.b64url(60)))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    mid = '<CA%s@mail.gmail.com>' % (m.alnum(1, 'BDEFHJKLMNOPQRSTVWXYZ') + m.b64url(44).replace('-', '+').replace('_', '='))
    h.append(('Message-ID', mid))
    h.append(('Subject', hdr_text(subject, subj_charset, 'B')))
    h.append(('To', fmt_addrs(to, name_charset, 'B')))
    if cc:
        h.append(('Cc', fmt_addrs(cc, name_charset, 'B')))
    h.extend(extra)
    # Gmail puts Content-Type last
    mime_idx = h.index(('@MIME', None))
    h.pop(mime_idx)
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.message_id = mid
    return mid


def gmail_mime_first(m):
    """Gmail writes MIME-Version before From; Content-Type comes last."""
    return m


# ------------------------------------------------- Outlook desktop via SMTP
def outlook_msgid(m, domain, when):
    return '<%s$%s$%s$@%s>' % ('00' + m.hex(2) + '01dc' + m.hex(4), m.hex(8), m.hex(8), domain)


def outlook_nextpart(m, level, when):
    return '----=_NextPart_%03d_%04X_01DC%s.%s' % (level, m.between(0, 255), m.hex(4, True), m.hex(8, True))


# ---------------------------------------------------------------- ESPs
def ses(m, from_hdr, to_hdr, rcpt, subject_hdr, when, body, domain, region='eu-west-1', env_domain=None,
        dmarc=('pass', 'none'), extra=(), dkim_sel=None, reply_to=None, list_unsub=None, mail_from_sub=None):
    ses_sel = {'eu-west-1': 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 'eu-central-1': 'e6w2rjp7t6xjm2khdrogbmvqd4o3lc2x',
               'us-east-1': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', 'eu-west-2': 'o2m7zrlmvdscf2l4uymkomhpdhapt2lm'}[region]
    a, b = m.between(1, 9), m.between(10, 250)
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (a, b, region)
    ip = '54.240.%d.%d' % (a, b)
    t0 = in_zone(when, 'UTC')
    arr = m.later(t0, 1, 3)
    envf = '0102%s-%s-000000@%s' % (m.hex(12), m.guid(), mail_from_sub or ('%s.amazonses.com' % region))
    m.connect(host, host, ip, envf, rcpt, arr)
    if dmarc:
        m.dmarc = (dmarc[0], dmarc[1], domain)
    h = []
    hh = 'Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID'
    h.append(('DKIM-Signature', m.dkim(domain, dkim_sel or m.alnum(32, 'abcdefghijklmnopqrstuvwxyz234567'), hh, t=epoch(t0))))
    h.append(('DKIM-Signature', m.dkim('amazonses.com', ses_sel, hh, t=epoch(t0))))
    h.append(('Subject', subject_hdr))
    h.append(('From', from_hdr))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to_hdr))
    h.append(('Date', d_std(t0)))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    mid = '<0102%s-%s-000000@%s.amazonses.com>' % (m.hex(12), m.guid(), region)
    h.append(('Message-ID', mid))
    if list_unsub:
        h.append(('List-Unsubscribe', list_unsub))
        h.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    h.extend(extra)
    h.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, m.b64(32)[:43])))
    h.append(('X-SES-Outgoing', '%s-%s' % (t0.strftime('%Y.%m.%d'), ip)))
    m.headers = h
    m.body = body
    m.message_id = mid
    return mid


def sendgrid(m, from_hdr, to_hdr, rcpt, subject_hdr, when, body, domain, em_sub='em1234', dmarc=('pass', 'none'),
             reply_to=None, extra=(), list_unsub=None):
    host = 'o%d.ptr%d.%s' % (m.between(1000000, 9999999), m.between(1000, 9999), domain)
    ip = m.pick(['149.72.%d.%d', '167.89.%d.%d', '168.245.%d.%d']) % (m.between(10, 250), m.between(10, 250))
    t0 = in_zone(when, 'UTC')
    arr = m.later(t0, 1, 3)
    envf = 'bounces+%d-%s-%s=example.com@%s.%s' % (m.between(10000000, 99999999), m.hex(4), rcpt.split('@')[0], em_sub, domain)
    m.connect(host, host, ip, envf, rcpt, arr)
    if dmarc:
        m.dmarc = (dmarc[0], dmarc[1], domain)
    h = []
    hh = 'from:content-type:subject:reply-to:to:cc:content-type:from:subject:to'
    h.append(('DKIM-Signature', m.dkim(domain, 's1', hh, t=epoch(t0))))
    h.append(('Received', 'by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-D\n        %s' % (
        m.hex(10), m.alnum(5).lower(), m.hex(10), m.alnum(5).lower(), m.hex(8, True), d_std(t0).replace('+0000', '+0000 (UTC)'))))
    gp = m.between(1, 60)
    h.append(('Received', 'from [127.0.0.1] (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s' % (
        gp, m.b64url(16), rcpt, d_std(t0).replace('+0000', '+0000 (UTC)'))))
    h.append(('@MIME', None))
    h.append(('Date', d_std(t0).replace('+0000', '+0000 (UTC)')))
    h.append(('From', from_hdr))
    h.append(('Mime-Version', '1.0'))
    mid = '<%s@geopod-ismtpd-%d>' % (m.b64url(16), gp)
    h.append(('Message-ID', mid))
    h.append(('Subject', subject_hdr))
    if reply_to:
        h.append(('Reply-To', reply_to))
    if list_unsub:
        h.append(('List-Unsubscribe', list_unsub))
        h.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    h.append(('X-SG-EID', '\n ' + m.b64(120)))
    h.append(('X-SG-ID', '\n ' + m.b64(100)))
    h.append(('To', to_hdr))
    h.append(('X-Entity-ID', 'u001.' + m.b64url(18)))
    h.extend(extra)
    m.headers = h
    m.body = body
    m.message_id = mid
    return mid


def privateemail(m, sender, to, subject, when, body, rcpt=None, dmarc=('none', None), reply_to=None, mua='tb',
                 in_reply_to=None, references=None, client_ip=None, name_charset='utf-8', subj_charset='utf-8', extra=()):
    """Namecheap Private Email (a favourite for look-alike domains)."""
    n = m.between(10, 250)
    host = 'mta-%02d.privateemail.com' % m.between(1, 20)
    ip = '198.54.%d.%d' % (m.pick([118, 122, 127]), n)
    t0 = in_zone(when, 'USE')
    t1 = m.later(t0, 0, 1)
    arr = m.later(t1, 1, 3)
    rc = rcpt or [e for _, e in to]
    m.connect(host, host, ip, sender[1], rc, arr)
    dom = sender[1].split('@')[1]
    m.dmarc = (dmarc[0], dmarc[1], dom)
    h = []
    h.append(('DKIM-Signature', m.dkim(dom, 'default', 'Date:From:To:Subject:From', t=epoch(t0))))
    h.append(('Received', 'from mta-%02d.privateemail.com (localhost [127.0.0.1])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s' % (
        int(host[4:6]), int(host[4:6]), m.alnum(11, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxy0123456789'), rc[0], d_postfix(t1))))
    cip = client_ip or '102.89.%d.%d' % (m.between(1, 250), m.between(1, 250))
    h.append(('Received', 'from [%s] (unknown [%s])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTPA;\n\t%s' % (
        '192.168.%d.%d' % (m.between(0, 3), m.between(2, 250)), cip, int(host[4:6]), d_postfix(t0))))
    h.append(('@MIME', None))
    mid = '<%s@%s>' % (m.guid(), dom)
    h.append(('Message-ID', mid))
    h.append(('Date', d_std(when)))
    h.append(('MIME-Version', '1.0'))
    if mua == 'tb':
        h.append(('User-Agent', 'Mozilla Thunderbird'))
    h.append(('Content-Language', 'en-GB'))
    h.append(('To', fmt_addrs(to, name_charset)))
    h.append(('From', addr(sender[0], sender[1], name_charset)))
    if reply_to:
        h.append(('Reply-To', addr(reply_to[0], reply_to[1], name_charset)))
    h.append(('Subject', hdr_text(subject, subj_charset)))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
        h.append(('References', (references + '\n ' + in_reply_to) if references else in_reply_to))
    # Thunderbird: Content-Type after Subject
    h.remove(('@MIME', None))
    h.append(('@MIME', None))
    h.extend(extra)
    m.headers = h
    m.body = body
    m.message_id = mid
    return mid


def aruba(m, sender, to, subject, when, body, rcpt=None, client_helo='DESKTOP-%s', client_ip=None, dmarc=('none', None),
          mua_headers=(), subj_charset='utf-8', subj_enc='Q', name_charset='utf-8', cc=(), in_reply_to=None, references=None,
          order='outlook'):
    """Aruba business mail: client -> 'Aruba Outgoing Smtp' -> smtpdh*.aruba.it -> mx01."""
    n = m.between(10, 40)
    host = 'smtpdh%d-%d.aruba.it' % (n, m.between(1, 4))
    ip = '62.149.155.%d' % m.between(130, 250)
    t0 = when
    t1 = m.later(t0, 1, 2)
    arr = m.later(t1, 0, 2)
    rc = rcpt or [e for _, e in list(to) + list(cc)]
    m.connect(host, host, ip, sender[1], rc, arr)
    dom = sender[1].split('@')[1]
    m.dmarc = (dmarc[0], dmarc[1], dom) if dmarc else None
    h = []
    h.append(('Received', 'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
        client_helo % m.alnum(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') if '%s' in client_helo else client_helo,
        client_ip or '151.%d.%d.%d' % (m.between(15, 95), m.between(1, 250), m.between(1, 250)), m.alnum(22), d_std(t0))))
    h.insert(0, ('DKIM-Signature', m.dkim(dom, 'a1', 'From:To:Subject:Date:MIME-Version:Content-Type', t=epoch(t0))))
    h.append(('@MIME', None))
    if order == 'outlook':
        h.append(('From', addr(sender[0], sender[1], name_charset)))
        h.append(('To', fmt_addrs(to, name_charset)))
        if cc:
            h.append(('Cc', fmt_addrs(cc, name_charset)))
        if references:
            h.append(('References', references))
        if in_reply_to:
            h.append(('In-Reply-To', in_reply_to))
        h.append(('Subject', hdr_text(subject, subj_charset, subj_enc)))
        h.append(('Date', d_std(t0)))
        mid = outlook_msgid(m, dom, t0)
        h.append(('Message-ID', mid))
        h.append(('MIME-Version', '1.0'))
        h.remove(('@MIME', None))
        h.append(('@MIME', None))
    else:
        mid = '<%s@%s>' % (m.hex(32), dom)
        h.append(('Message-ID', mid))
        h.append(('Date', d_std(t0)))
        h.append(('From', addr(sender[0], sender[1], name_charset)))
        h.append(('To', fmt_addrs(to, name_charset)))
        h.append(('Subject', hdr_text(subject, subj_charset, subj_enc)))
        h.append(('MIME-Version', '1.0'))
    h.extend(mua_headers)
    h.append(('X-CMAE-Envelope', 'MS4xfP' + m.b64(96).replace('/', 'x').replace('+', 'y')))
    m.headers = h
    m.body = body
    m.message_id = mid
    return mid


def ionos(m, sender, to, subject, when, body, rcpt=None, dmarc=('pass', 'none'), client_ip=None, order='outlook',
          mua_headers=(), subj_charset='iso-8859-1', subj_enc='Q', name_charset='iso-8859-1', cc=(), in_reply_to=None,
          references=None, dkim_sel='s1-ionos'):
    """IONOS (1&1) mail: client -> mrelayeu.kundenserver.de (Nemesis) -> mout.kundenserver.de."""
    t0 = when
    t1 = m.later(t0, 0, 1)
    arr = m.later(t1, 1, 2)
    rc = rcpt or [e for _, e in list(to) + list(cc)]
    ip = '212.227.%d.%d' % (m.pick([126, 17]), m.between(130, 200))
    m.connect('mout.kundenserver.de', 'mout.kundenserver.de', ip, sender[1], rc, arr)
    dom = sender[1].split('@')[1]
    m.dmarc = (dmarc[0], dmarc[1], dom) if dmarc else None
    h = []
    h.append(('DKIM-Signature', m.dkim(dom, dkim_sel, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t0))))
    h.append(('Received', 'from [192.168.%d.%d] ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [213.165.67.%d]) with ESMTPSA (Nemesis) id\n %s-%s-%s; %s' % (
        m.between(0, 2), m.between(10, 60), client_ip or '83.%d.%d.%d' % (m.between(32, 63), m.between(1, 250), m.between(1, 250)),
        m.between(1, 120), m.between(90, 125), '1M' + m.alnum(6), '1t' + m.alnum(9), '00' + m.alnum(4), d_std(t1))))
    h.append(('From', addr(sender[0], sender[1], name_charset)))
    h.append(('To', fmt_addrs(to, name_charset)))
    if cc:
        h.append(('Cc', fmt_addrs(cc, name_charset)))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    h.append(('Subject', hdr_text(subject, subj_charset, subj_enc)))
    h.append(('Date', d_std(t0)))
    mid = outlook_msgid(m, dom, t0) if order == 'outlook' else '<%s@%s>' % (m.guid(), dom)
    h.append(('Message-ID', mid))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    h.extend(mua_headers)
    h.append(('X-Provags-ID', 'V03:K1:' + m.b64(48)))
    h.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + m.b64(36)))
    m.headers = h
    m.body = body
    m.message_id = mid
    return mid
