"""Header blocks written by the sending systems and by mx01.example.com.

Every function returns a list of (name, value) tuples; '__CT__' marks where the
root part's Content-Type / Content-Transfer-Encoding go.  Times are UTC
datetimes; each hop adds a few seconds.
"""
from . import util
from .util import rfcdate, sec

MX = 'mx01.example.com'

TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS13_ECDSA = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
               '\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n'
               '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')
TLS13_128 = ('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
             '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
             '\t(No client certificate requested)')


def mx01(m, helo, rdns, ip, t, rcpt, mail_from, spf, dkims=(), dmarc=None, tls=TLS13,
         spf_domain=None, dkim_results=None, arc=None):
    """mx01 block: Return-Path, Received (Postfix), OpenDMARC / SPF / OpenDKIM
    Authentication-Results and policyd-spf Received-SPF.

    spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none'
    dkims: list of info dicts from Mail.dkim(); dkim_results parallel list of results
    dmarc: (result, p, dis, header_from_domain) or None
    """
    qid = util.postfix_qid(m.rng, t)
    rd = rdns or 'unknown'
    if tls:
        rec = 'from %s (%s [%s])\n\t%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, rd, ip, tls, MX, qid, rcpt, rfcdate(t, 'CET', 'postfix'))
    else:
        rec = 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            helo, rd, ip, MX, qid, rcpt, rfcdate(t, 'CET', 'postfix'))
    mf_dom = (mail_from.rpartition('@')[2] if mail_from else helo)
    hs = [('Return-Path', '<%s>' % mail_from), ('Received', rec)]
    if dmarc:
        res, p, dis, hfrom = dmarc
        hs.append(('Authentication-Results', '%s; dmarc=%s (p=%s dis=%s) header.from=%s' % (MX, res, p, dis, hfrom)))
    hs.append(('Authentication-Results', '%s; spf=%s smtp.mailfrom=%s' % (MX, spf, spf_domain or mf_dom)))
    if dkims:
        items = []
        for k, info in enumerate(dkims):
            r = (dkim_results or ['pass'] * len(dkims))[k]
            if r == 'pass':
                items.append('dkim=pass (%d-bit key; unprotected) header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s'
                             % (info['bits'], info['d'], info['i'], info['s'], info['b'][:8]))
            else:
                items.append('dkim=%s (%d-bit key; unprotected) header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s'
                             % (r, info['bits'], info['d'], info['i'], info['s'], info['b'][:8]))
        hs.append(('Authentication-Results', '%s;\n\t%s' % (MX, ';\n\t'.join(items))))
    else:
        hs.append(('Authentication-Results', '%s; dkim=none; dkim-atps=neutral' % MX))
    label = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'Softfail', 'neutral': 'Neutral', 'none': 'None'}[spf]
    why = '(mailfrom)' if spf != 'none' else '(no SPF record)'
    hs.append(('Received-SPF', '%s %s identity=mailfrom; client-ip=%s; helo=%s;\n\tenvelope-from=%s; receiver=<UNKNOWN>'
               % (label, why, ip, helo, mail_from or '<>')))
    return hs


def mx01_internal(m, t, rcpt, mail_from):
    qid = util.postfix_qid(m.rng, t)
    rec = ('from mail-int01.example.com (mail-int01.example.com [10.20.0.25])\n\t%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
           % (TLS13_128, MX, qid, rcpt, rfcdate(t, 'CET', 'postfix')))
    return [('Return-Path', '<%s>' % mail_from), ('Received', rec)]


# --- Exchange 2019 on premises (Example Group) -------------------------------------------

def exchange_internal(m, t, rcpt, frm, to, subject, cc=None, client_ip='10.30.12.45', server=1,
                      msgid=None, in_reply_to=None, references=None, langs='de-DE, en-US',
                      content_lang='de-DE', has_attach=False, replies=0, extra=None, importance=None):
    """Outlook (MAPI) on EXCH0x -> mail-int01 (Postfix relay) -> mx01."""
    srv = 'EXCH0%d' % server
    other = 'EXCH0%d' % (3 - server)
    sip = '10.20.0.2%d' % server
    oip = '10.20.0.2%d' % (3 - server)
    ll = '%x:%x:%x:%x' % tuple(m.rng.randrange(0x1000, 0xffff) for _ in range(4))
    t0 = t
    msgid = msgid or '<%s@%s.corp.example.com>' % (m.hex(32), srv.lower())
    h = []
    h += mx01_internal(m, t0 + sec(3), rcpt, frm[1])
    h.append(('Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\n\t%s\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
              % (srv, srv.lower(), sip, TLS12, util.postfix_qid(m.rng, t0 + sec(2)), rcpt, rfcdate(t0 + sec(2), 'CET', 'postfix'))))
    h.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n\t(%s) with Microsoft SMTP Server (version=TLS1_2,\n\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s'
              % (other, oip, srv, sip, rfcdate(t0 + sec(1), 'CET'))))
    h.append(('Received', 'from %s.corp.example.com ([fe80::%s]) by\n\t%s.corp.example.com ([fe80::%s%%13]) with mapi id\n\t15.02.1544.014; %s'
              % (other, ll, other, ll, rfcdate(t0, 'CET'))))
    h.append(('From', frm[2] if len(frm) > 2 else util.addr(frm[0], frm[1], 'iso-8859-1')))
    h.append(('To', to))
    if cc:
        h.append(('CC', cc))
    h.append(('Subject', subject[0] if isinstance(subject, tuple) else subject))
    h.append(('Thread-Topic', subject[1] if isinstance(subject, tuple) else subject))
    h.append(('Thread-Index', m.thread_index(t0, replies)))
    if importance:
        h.append(('Importance', importance))
        h.append(('X-Priority', '1'))
    h.append(('Date', rfcdate(t0 - sec(1), 'UTC').replace('+0000', '+0000')))
    h.append(('Message-ID', msgid))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    h.append(('Accept-Language', langs))
    h.append(('Content-Language', content_lang))
    h.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    h.append(('X-MS-TNEF-Correlator', ''))
    h.append(('x-originating-ip', '[%s]' % client_ip))
    if extra:
        h += extra
    h.append(('__CT__', None))
    h.append(('MIME-Version', '1.0'))
    return h, msgid


# --- Microsoft 365 / Exchange Online --------------------------------------------------------

def _m365_server(m, region='eurprd07', pre='AM9PR07MB'):
    return '%s%d' % (pre, m.rng.randrange(1000, 9999)) + '.%s.prod.outlook.com' % region


EOP_EDGES = [
    ('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2%03d.outbound.protection.outlook.com', '40.107.22.%d'),
    ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on2%03d.outbound.protection.outlook.com', '40.107.104.%d'),
    ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on2%03d.outbound.protection.outlook.com', '40.107.241.%d'),
    ('EUR04-DB3-obe.outbound.protection.outlook.com', 'mail-db3eur04on2%03d.outbound.protection.outlook.com', '40.107.6.%d'),
    ('EUR01-VE1-obe.outbound.protection.outlook.com', 'mail-ve1eur01on2%03d.outbound.protection.outlook.com', '40.107.14.%d'),
]


def m365(m, t, rcpt, frm, to, subject, mail_from=None, cc=None, org_domain=None, tenant_id=None,
         region='eurprd07', pre='AM9PR07MB', edge=0, langs='it-IT, en-US', content_lang='it-IT',
         has_attach=False, msgid=None, in_reply_to=None, references=None, replies=0,
         dkim_domain=None, reply_to=None, extra_top=None, extra=None, dmarc_p='quarantine',
         spf='pass', dkim_result='pass', dmarc_res='pass', authas='Internal', lang_code='IT',
         outlook_client=True, x_mailer=None, sharepoint=False, thread=True, scl=1, consumer=False):
    """An Exchange Online tenant sending to mx01 through EOP."""
    dom = org_domain or frm[1].rpartition('@')[2]
    mail_from = mail_from or frm[1]
    srv1 = _m365_server(m, region, pre)
    srv2 = _m365_server(m, region, pre[:2] + ('4PR07MB' if pre.endswith('07MB') else pre[2:]))
    short1 = srv1.split('.')[0]
    short2 = srv2.split('.')[0]
    tenant_id = tenant_id or util.guid(m.rng)
    netid = util.guid(m.rng)
    if isinstance(edge, tuple):
        edge_h, edge_r, edge_ip = edge
    else:
        edge_h, edge_r, edge_ip = EOP_EDGES[edge]
    octet = m.rng.randrange(20, 120)
    t0 = t
    msgid = msgid or '<%s%s@%s>' % (short1, m.hex(24, True), srv1)
    ip6a = '2603:10a6:%x:%x::%x' % (m.rng.randrange(0x10, 0x800), m.rng.randrange(0x10, 0x3ff), m.rng.randrange(1, 0x20))
    ip6b = '2603:10a6:%x:%x::%x' % (m.rng.randrange(0x10, 0x800), m.rng.randrange(0x10, 0x3ff), m.rng.randrange(1, 0x20))
    ll = 'fe80::%x:%x:%x:%x' % tuple(m.rng.randrange(0x1000, 0xffff) for _ in range(4))
    dk_h, dk = m.dkim(dkim_domain or dom, 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', t0 + sec(1), order='not')
    arc_b = util.b64rand(m.rng, 256)
    arc_b2 = util.b64rand(m.rng, 256)
    h = []
    h += mx01(m, edge_h, edge_r % octet if '%' in edge_r else edge_r, edge_ip % octet if '%' in edge_ip else edge_ip,
              t0 + sec(3), rcpt, mail_from, spf, [dk], (dmarc_res, dmarc_p, 'none', frm[1].rpartition('@')[2]),
              dkim_results=[dkim_result])
    if extra_top:
        h += extra_top
    h.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n\tb=%s' % util.wrap_b64_value(arc_b, indent='\t ')))
    h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n\ts=arcselector10001;\n\th=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n\tbh=%s;\n\tb=%s' % (m.bh, util.wrap_b64_value(arc_b2, indent='\t '))))
    h.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n\tsmtp.mailfrom=%s; dmarc=pass action=none\n\theader.from=%s; dkim=pass\n\theader.d=%s; arc=none' % (mail_from.rpartition('@')[2], frm[1].rpartition('@')[2], dkim_domain or dom)))
    h.append(dk_h)
    h.append(('Received', 'from %s (%s) by\n\t%s (%s) with Microsoft SMTP Server (version=TLS1_2,\n\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.18; %s'
              % (srv1, ip6a, srv2, ip6b, rfcdate(t0 + sec(1), 'UTC'))))
    if sharepoint:
        h.append(('Received', 'from %s ([%s]) by %s\n\t([%s%%5]) with mapi id 15.20.8398.017; %s' % (srv1, ll, srv1, ll, rfcdate(t0, 'UTC'))))
    else:
        h.append(('Received', 'from %s\n\t([%s]) by %s\n\t([%s%%5]) with mapi id 15.20.8398.017; %s' % (srv1, ll, srv1, ll, rfcdate(t0, 'UTC'))))
    h.append(('From', frm[2] if len(frm) > 2 else util.addr(frm[0], frm[1])))
    h.append(('To', to))
    if cc:
        h.append(('CC', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('Subject', subject[0] if isinstance(subject, tuple) else subject))
    if thread:
        h.append(('Thread-Topic', subject[1] if isinstance(subject, tuple) else subject))
        h.append(('Thread-Index', m.thread_index(t0, replies)))
    h.append(('Date', rfcdate(t0 - sec(1), 'UTC')))
    h.append(('Message-ID', msgid))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if consumer:
        h.append(('x-ms-exchange-messagesentrepresentingtype', '1'))
        h.append(('x-tmn', '[%s]' % util.alnum(m.rng, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
    if outlook_client:
        h.append(('Accept-Language', langs))
        h.append(('Content-Language', content_lang))
        h.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
        h.append(('X-MS-TNEF-Correlator', ''))
        h.append(('msip_labels', ''))
    if x_mailer:
        h.append(('X-Mailer', x_mailer))
    h.append(('authentication-results', 'dkim=none (message not signed)\n\theader.d=none;dmarc=none action=none header.from=%s;' % frm[1].rpartition('@')[2]))
    h.append(('x-ms-publictraffictype', 'Email'))
    h.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (short1, short2)))
    h.append(('x-ms-office365-filtering-correlation-id', netid))
    h.append(('x-ms-exchange-senderadcheck', '1'))
    h.append(('x-ms-exchange-antispam-relay', '0'))
    h.append(('x-microsoft-antispam', 'BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;'))
    h.append(('x-microsoft-antispam-message-info', '\n\t' + util.wrap_b64_value(util.b64rand(m.rng, 150), indent='\t')))
    h.append(('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018);DIR:OUT;SFP:1101;'
              % (lang_code.lower(), scl, srv1)))
    h.append(('x-ms-exchange-antispam-messagedata-chunkcount', '1'))
    h.append(('x-ms-exchange-antispam-messagedata-0', '\n\t' + util.wrap_b64_value(util.b64rand(m.rng, 120), indent='\t')))
    if extra:
        h += extra
    h.append(('__CT__', None))
    h.append(('MIME-Version', '1.0'))
    h.append(('X-OriginatorOrg', dom))
    h.append(('X-MS-Exchange-CrossTenant-AuthAs', authas))
    h.append(('X-MS-Exchange-CrossTenant-AuthSource', srv1))
    h.append(('X-MS-Exchange-CrossTenant-Network-Message-Id', netid))
    ot = t0 - sec(1)
    lt = util.localtime(ot, 'UTC')
    h.append(('X-MS-Exchange-CrossTenant-originalarrivaltime', '%02d %s %d %02d:%02d:%02d.%04d\n\t(UTC)'
              % (lt.day, util._MONS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, m.rng.randrange(10000))))
    h.append(('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'))
    h.append(('X-MS-Exchange-CrossTenant-id', tenant_id))
    h.append(('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'))
    h.append(('X-MS-Exchange-CrossTenant-userprincipalname', util.b64rand(m.rng, 60)))
    h.append(('X-MS-Exchange-Transport-CrossTenantHeadersStamped', short2))
    return h, msgid


# --- Gmail / Google Workspace --------------------------------------------------------------------

GMAIL_HOSTS = [('mail-wm1-f%d.google.com', '209.85.128.%d'), ('mail-ed1-f%d.google.com', '209.85.208.%d'),
               ('mail-lf1-f%d.google.com', '209.85.167.%d'), ('mail-ej1-f%d.google.com', '209.85.218.%d'),
               ('mail-wr1-f%d.google.com', '209.85.221.%d')]


def gmail(m, t, rcpt, frm, to, subject, cc=None, workspace_domain=None, msgid=None, in_reply_to=None,
          references=None, reply_to=None, host=0, dmarc_p='none', extra=None, sor=False, dkim_d=None,
          dkim_s='20230601', from_hdr=None, mail_from=None, x_mailer=None, spf='pass',
          dmarc=('pass', None), h_list=None, zone='CET'):
    """Gmail (consumer or Workspace) web/app client."""
    if sor:
        hn, ip = 'mail-sor-f%d.google.com', '209.85.220.%d'
        o = m.rng.choice([41, 65, 69, 73])
    else:
        hn, ip = GMAIL_HOSTS[host]
        o = m.rng.randrange(41, 80)
    hn = hn % o
    ip = ip % o
    dom = frm[1].rpartition('@')[2]
    mail_from = mail_from or frm[1]
    t0 = t
    pre = m.rng.choice(['4fb4d7f45d1cf', 'a640c23a62f3a', '5b1f17b1804b1', '2adb3069b0e04'])
    mid_hex = m.hex(11)
    suf = m.rng.choice(['e9', 'a12', '66b', 'f8', 'e0'])
    num = m.rng.randrange(1000000, 9999999)
    smtp_id = '%s-%sso%d%s.%d' % (pre, mid_hex, num, suf, m.rng.randrange(0, 4))
    xr_id = '%s-%smr%d%s.%d.%d' % (pre, m.hex(11), m.rng.randrange(1000000, 9999999), suf, m.rng.randrange(1, 20), util.unix(t) * 1000 + m.rng.randrange(1000))
    msgid = msgid or '<CA%s%s@mail.gmail.com>' % (util.alnum(m.rng, 38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-='), util.alnum(m.rng, 8))
    hl = h_list or 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date\n\t :message-id:reply-to'
    dk_h, dk = m.dkim(dkim_d or (workspace_domain or 'gmail.com'), dkim_s if not workspace_domain else 'google', hl, t0 + sec(1),
                      order='google', x=604800, extra='darn=example.com')
    xg_h, xg = m.dkim('1e100.net', '20230601', hl.replace('from:to:cc', 'x-gm-message-state:from:to:cc'), t0 + sec(1),
                      order='google', x=604800, name='X-Google-DKIM-Signature')
    h = []
    dm_res, dm_dom = dmarc
    h += mx01(m, hn, hn, ip, t0 + sec(2), rcpt, mail_from, spf, [dk],
              (dm_res, dmarc_p, 'none', dm_dom or dom), tls=TLS13_ECDSA)
    h.append(('Received', 'by %s with SMTP id %s\n\tfor <%s>; %s' % (hn, smtp_id, rcpt, rfcdate(t0 + sec(1), 'PT', 'abbr'))
              + ('\n\t(Google Transport Security)' if sor else '')))
    h.append(dk_h)
    h.append(xg_h)
    h.append(('X-Gm-Message-State', 'AOJu0Y' + util.alnum(m.rng, 62, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
    h.append(('X-Gm-Gg', 'ASbGnc' + util.alnum(m.rng, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
    h.append(('X-Google-Smtp-Source', 'AGHT+IF' + util.alnum(m.rng, 80, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='))
    h.append(('X-Received', 'by 2002:a05:6000:%x:b0:%x:%x:%x with SMTP id %s;\n\t%s'
              % (m.rng.randrange(0x100, 0xfff), m.rng.randrange(0x300, 0x4ff), m.rng.randrange(0x1000, 0xffff), m.rng.randrange(0x10, 0xfff), xr_id, rfcdate(t0, 'PT', 'abbr'))))
    h.append(('MIME-Version', '1.0'))
    if references:
        h.append(('References', references))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    h.append(('From', from_hdr or util.addr(frm[0], frm[1], 'UTF-8', 'Q')))
    h.append(('Date', rfcdate(t0 - sec(2), zone)))
    h.append(('X-Gm-Features', 'AWmQ_bl' + util.alnum(m.rng, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')))
    h.append(('Message-ID', msgid))
    if x_mailer:
        h.append(('X-Mailer', x_mailer))
    h.append(('Subject', subject))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    if extra:
        h += extra
    h.append(('__CT__', None))
    return h, msgid


def gboundary(m):
    return '0000000000' + m.hex(18)


# --- generic delivery ---------------------------------------------------------------------------

def deliver(m, t, rcpt, mail_from, edge, spf, dmarc, dkims=(), trace=(), msg=(), tls=TLS13,
            dkim_results=None, top=(), spf_domain=None):
    """Generic assembly.

    edge: (helo, rdns, ip) of the client connecting to mx01
    dkims: list of dicts for Mail.dkim (keys d, s, h, t, c, i, extra, order, x, name)
    trace: headers between the DKIM signatures and the message headers (Received ...)
    msg: the message's own headers (with '__CT__')
    top: headers placed directly under the mx01 block (ARC etc.)
    """
    sigs = []
    infos = []
    for d in dkims:
        hh, info = m.dkim(d['d'], d['s'], d['h'], d.get('t', t), c=d.get('c', 'relaxed/relaxed'),
                          i=d.get('i'), extra=d.get('extra', ''), order=d.get('order', 'std'),
                          x=d.get('x'), name=d.get('name', 'DKIM-Signature'), bits=d.get('bits', 2048))
        sigs.append(hh)
        if hh[0] == 'DKIM-Signature':
            infos.append(info)
    h = mx01(m, edge[0], edge[1], edge[2], t, rcpt, mail_from, spf, infos, dmarc, tls=tls,
             dkim_results=dkim_results, spf_domain=spf_domain)
    h += list(top)
    h += sigs
    h += list(trace)
    h += list(msg)
    return h


def r_postfix(by, helo, rdns, ip, t, m, rcpt=None, auth=False, tls=TLS13, zone='CET', esmtp=None):
    qid = util.postfix_qid(m.rng, t)
    w = esmtp or ('ESMTPSA' if auth else ('ESMTPS' if tls else 'ESMTP'))
    s = 'from %s (%s [%s])\n' % (helo, rdns or 'unknown', ip)
    if tls:
        s += '\t%s\n' % tls
    if auth and isinstance(auth, str):
        s += '\t(Authenticated sender: %s)\n' % auth
    s += '\tby %s (Postfix) with %s id %s' % (by, w, qid)
    if rcpt:
        s += '\n\tfor <%s>' % rcpt
    s += '; %s' % rfcdate(t, zone, 'postfix')
    return ('Received', s)


def r_exchange_smtp(frm_host, frm_ip, by_host, by_ip, t, ver='15.1.2507.39', zone='CET'):
    return ('Received', 'from %s (%s) by %s\n\t(%s) with Microsoft SMTP Server (version=TLS1_2,\n\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
            % (frm_host, frm_ip, by_host, by_ip, ver, rfcdate(t, zone)))


def r_exchange_mapi(host, m, t, ver='15.01.2507.039', zone='CET'):
    ll = '%x:%x:%x:%x' % tuple(m.rng.randrange(0x1000, 0xffff) for _ in range(4))
    return ('Received', 'from %s ([fe80::%s]) by\n\t%s ([fe80::%s%%12]) with mapi id\n\t%s; %s'
            % (host, ll, host, ll, ver, rfcdate(t, zone)))


def r_exim(by, helo, ip, t, m, rcpt, sender, auth=None, port=None, zone='CET', ver='4.98.1', rdns=None):
    mid = '1v%s-%s-%s' % (util.alnum(m.rng, 4), util.alnum(m.rng, 6), util.alnum(m.rng, 2))
    fr = 'from [%s] (port=%d helo=%s)' % (ip, port or m.rng.randrange(40000, 65000), helo) if not rdns else \
        'from %s ([%s]:%d helo=%s)' % (rdns, ip, port or m.rng.randrange(40000, 65000), helo)
    s = '%s\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
        fr, by, ver, sender, mid, rcpt, rfcdate(t, zone))
    return ('Received', s)


def r_exim_local(by, user, t, m, rcpt, sender, zone='CET', ver='4.98.1'):
    mid = '1v%s-%s-%s' % (util.alnum(m.rng, 4), util.alnum(m.rng, 6), util.alnum(m.rng, 2))
    return ('Received', 'from %s by %s with local (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
            % (user, by, ver, sender, mid, rcpt, rfcdate(t, zone)))


def msg_headers(order, **kw):
    """Build message headers in a given order from keyword values.
    order: list of names; '__CT__' for content headers; unknown names looked
    up in kw by lower-case with '-' -> '_'."""
    out = []
    for name in order:
        if name == '__CT__':
            out.append(('__CT__', None))
            continue
        key = name.lower().replace('-', '_')
        if key in kw and kw[key] is not None:
            v = kw[key]
            if isinstance(v, list):
                for vv in v:
                    out.append((name, vv))
            else:
                out.append((name, v))
    return out
