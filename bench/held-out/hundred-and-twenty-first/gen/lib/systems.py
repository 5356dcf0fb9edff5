"""Trace and transport headers as the real sending systems write them, plus
the receiving gateway mx01.example.com (Postfix + OpenDKIM/OpenDMARC)."""
import base64
import string

from .mime import rfcdate, plus, addr, enc_header, fold

MX01 = 'mx01.example.com'
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)')


def unix(t):
    return int(t.timestamp())


# ---------------------------------------------------------------- receiving side
def rcv_postfix(helo, rdns, ip, by, qid, t, rcpt=None, tls=TLS13, zone='CET', proto='ESMTPS', comment=True):
    frm = '%s (%s [%s])' % (helo, rdns or 'unknown', ip)
    s = 'from %s\n' % frm
    if tls and proto.startswith('ESMTPS'):
        s += '\t%s\n' % tls
    s += '\tby %s (Postfix) with %s id %s' % (by, proto, qid)
    if rcpt:
        s += '\n\tfor <%s>; %s' % (rcpt, rfcdate(t, zone, comment=comment))
    else:
        s += ';\n\t%s' % rfcdate(t, zone, comment=comment)
    return ('Received', s)


def mx01_headers(m, helo, rdns, ip, t, auth, tls=TLS13):
    """auth: dict with spf, dkim (list of (result, d, s, bits)), dmarc (result, policy, domain) or None"""
    rcpt = m.rcpt[0] if len(m.rcpt) == 1 else None
    out = [('Return-Path', '<%s>' % m.mail_from if m.mail_from else '<>')]
    out.append(rcv_postfix(helo, rdns, ip, MX01, m.rng.postfix_qid(), t, rcpt, tls))
    if auth is None:
        return out
    dm = auth.get('dmarc')
    if dm:
        res, pol, dom = dm
        if res == 'none' and pol is None:
            out.append(('Authentication-Results', '%s; dmarc=none (p=none dis=none) header.from=%s' % (MX01, dom)))
        else:
            out.append(('Authentication-Results', '%s; dmarc=%s (p=%s dis=%s) header.from=%s' % (
                MX01, res, pol, 'none' if res == 'pass' else ('quarantine' if pol == 'quarantine' and res == 'fail' else 'none'), dom)))
    spf = auth.get('spf')
    if spf:
        res, dom = spf
        out.append(('Authentication-Results', '%s; spf=%s smtp.mailfrom=%s' % (MX01, res, dom)))
    dk = auth.get('dkim')
    if dk is not None:
        if not dk:
            out.append(('Authentication-Results', '%s; dkim=none;\n\tdkim-atps=neutral' % MX01))
        else:
            parts = []
            for res, d, s, bits, b in dk:
                txt = {'pass': 'unprotected', 'fail': 'unprotected'}.get(res, 'unprotected')
                reason = ' reason="signature verification failed"' if res == 'fail' else ''
                parts.append('dkim=%s%s (%d-bit key; %s) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (
                    res, reason, bits, txt, d, d, s, b[:8]))
            out.append(('Authentication-Results', '%s;\n\t%s;\n\tdkim-atps=neutral' % (MX01, ';\n\t'.join(parts))))
    return out


def dkim_sig(rng, d, s, h, t=None, x=None, style='postfix', extra=''):
    bh = rng.b64(32)
    b = rng.b64(256 if style != 'ed' else 64)
    if style == 'google':
        hh = h
        v = ('v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;%s%s\n        h=%s;\n        bh=%s;\n        b=%s'
             % (d, s, unix(t), ' x=%d;' % unix(x) if x else '', extra, hh, bh,
                '\n         '.join(b[i:i + 70] for i in range(0, len(b), 70))))
    elif style == 'ms':
        v = ('v=1; a=rsa-sha256; c=relaxed/relaxed;\n d=%s; s=%s;\n h=%s;\n bh=%s;\n b=%s'
             % (d, s, h, bh, '\n '.join(b[i:i + 76] for i in range(0, len(b), 76))))
    else:
        v = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\tbh=%s;\n\th=%s;\n\tb=%s'
             % (d, s, unix(t), bh, h, '\n\t '.join(b[i:i + 72] for i in range(0, len(b), 72))))
    return ('DKIM-Signature', v), b


# ---------------------------------------------------------------- client header layouts
def client_headers(m, style):
    """Core header block in the order the given client/system writes it."""
    c = m
    frm = c.from_hdr()
    to = c.to_hdr()
    cc = c.cc_hdr()
    subj = c.subject_hdr()
    H = []

    def opt(name, val):
        if val:
            H.append((name, val))
    if style in ('outlook_m365', 'outlook_exchange', 'owa'):
        H.append(('From', frm))
        H.append(('To', to))
        opt('CC', cc)
        H.append(('Subject', subj))
        H.append(('Thread-Topic', c.thread_topic_hdr()))
        H.append(('Thread-Index', c.thread_index()))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('Message-ID', '<%s>' % c.msgid))
        opt('References', c.references_hdr())
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        opt('Reply-To', c.reply_to_hdr())
        H.append(('Accept-Language', c.accept_language))
        H.append(('Content-Language', c.content_language))
        H.append(('X-MS-Has-Attach', 'yes' if c.has_attach else ''))
        H.append(('X-MS-TNEF-Correlator', ''))
        H.extend(c.client_extra)
    elif style == 'outlook_smtp':
        H.append(('From', frm))
        H.append(('To', to))
        opt('Cc', cc)
        opt('References', c.references_hdr())
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        H.append(('Subject', subj))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('Message-ID', '<%s>' % c.msgid))
        H.append(('MIME-Version', '1.0'))
        H.append(('<MIME>', None))
        H.append(('X-Mailer', 'Microsoft Outlook 16.0'))
        H.append(('Thread-Index', c.thread_index()))
        H.append(('Content-Language', c.content_language))
        H.extend(c.client_extra)
    elif style == 'gmail':
        H.append(('MIME-Version', '1.0'))
        opt('References', c.references_hdr())
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        H.append(('From', frm))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('Message-ID', '<%s>' % c.msgid))
        H.append(('Subject', subj))
        H.append(('To', to))
        opt('Cc', cc)
        H.extend(c.client_extra)
        H.append(('<MIME>', None))
    elif style == 'thunderbird':
        H.append(('Message-ID', '<%s>' % c.msgid))
        H.append(('Date', rfcdate(c.date, c.date_zone, pad_day=False)))
        H.append(('MIME-Version', '1.0'))
        H.append(('User-Agent', c.user_agent or 'Mozilla Thunderbird'))
        H.append(('Content-Language', c.content_language))
        H.append(('To', to))
        opt('Cc', cc)
        opt('References', c.references_hdr())
        H.append(('From', frm))
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        H.append(('Subject', subj))
        H.extend(c.client_extra)
        H.append(('<MIME>', None))
    elif style == 'apple':
        H.append(('<MIME>', None))
        H.append(('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'))
        H.append(('Subject', subj))
        H.append(('From', frm))
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        opt('Cc', cc)
        H.append(('Message-Id', '<%s>' % c.msgid))
        opt('References', c.references_hdr())
        H.append(('To', to))
        H.append(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'))
        H.extend(c.client_extra)
    elif style == 'iphone':
        H.append(('From', frm))
        H.append(('<MIME>', None))
        H.append(('Mime-Version', '1.0 (1.0)'))
        H.append(('Subject', subj))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('Message-Id', '<%s>' % c.msgid))
        opt('References', c.references_hdr())
        opt('Cc', cc)
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        H.append(('To', to))
        H.append(('X-Mailer', 'iPhone Mail (23B85)'))
        H.extend(c.client_extra)
    elif style == 'php':
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('To', to))
        H.append(('From', frm))
        opt('Cc', cc)
        opt('Reply-To', c.reply_to_hdr())
        H.append(('Subject', subj))
        H.append(('Message-ID', '<%s>' % c.msgid))
        H.append(('X-Mailer', c.x_mailer or 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))
        H.extend(c.client_extra)
        H.append(('MIME-Version', '1.0'))
        H.append(('<MIME>', None))
    elif style == 'roundcube':
        H.append(('MIME-Version', '1.0'))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('From', frm))
        H.append(('To', to))
        opt('Cc', cc)
        H.append(('Subject', subj))
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        opt('References', c.references_hdr())
        H.append(('Message-ID', '<%s>' % c.msgid))
        H.append(('X-Sender', c.from_addr))
        H.append(('User-Agent', c.user_agent or 'Roundcube Webmail/1.6.9'))
        H.extend(c.client_extra)
        H.append(('<MIME>', None))
    elif style == 'zimbra':
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('From', frm))
        H.append(('To', to))
        opt('Cc', cc)
        H.append(('Message-ID', '<%s>' % c.msgid))
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        opt('References', c.references_hdr())
        H.append(('Subject', subj))
        H.append(('MIME-Version', '1.0'))
        H.append(('<MIME>', None))
        H.extend(c.client_extra)
        H.append(('Thread-Topic', c.thread_topic_hdr()))
        H.append(('Thread-Index', c.thread_index()))
    elif style == 'gmx':
        H.append(('MIME-Version', '1.0'))
        H.append(('Message-ID', '<%s>' % c.msgid))
        H.append(('From', frm))
        H.append(('To', to))
        opt('Cc', cc)
        H.append(('Subject', subj))
        H.append(('<MIME>', None))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('Importance', 'normal'))
        H.append(('Sensitivity', 'Normal'))
        H.extend(c.client_extra)
    elif style == 'yandex':
        H.append(('From', frm))
        H.append(('To', to))
        opt('Cc', cc)
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        opt('References', c.references_hdr())
        H.append(('Subject', subj))
        H.append(('MIME-Version', '1.0'))
        H.append(('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('Message-Id', '<%s>' % c.msgid))
        H.extend(c.client_extra)
        H.append(('<MIME>', None))
    elif style == 'mailru':
        H.append(('From', frm))
        H.append(('To', to))
        H.append(('Subject', subj))
        H.append(('MIME-Version', '1.0'))
        H.append(('X-Mailer', 'Mail.Ru Mailer 1.0'))
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        opt('Reply-To', c.reply_to_hdr())
        H.append(('X-Priority', '3 (Normal)'))
        H.append(('Message-ID', '<%s>' % c.msgid))
        H.extend(c.client_extra)
        H.append(('<MIME>', None))
    else:  # generic system mail (javamail, .NET, ESP templates)
        H.append(('Date', rfcdate(c.date, c.date_zone)))
        H.append(('From', frm))
        opt('Reply-To', c.reply_to_hdr())
        H.append(('To', to))
        opt('Cc', cc)
        H.append(('Message-ID', '<%s>' % c.msgid))
        opt('In-Reply-To', c.irt and '<%s>' % c.irt)
        opt('References', c.references_hdr())
        H.append(('Subject', subj))
        H.append(('MIME-Version', '1.0'))
        H.extend(c.client_extra)
        H.append(('<MIME>', None))
    return H


def _ms_mime(mime):
    """Exchange writes Content-Type then MIME-Version."""
    return list(mime) + [('MIME-Version', '1.0')]


# ---------------------------------------------------------------- Microsoft 365
M365_REGIONS = {
    # region: (pool, obe prefix, outbound host pattern pieces, ip prefix, ipv6 prefix)
    'EUR': ['eurprd04', 'eurprd07', 'eurprd08', 'eurprd02', 'eurprd03', 'eurprd05', 'eurprd06'],
    'DEU': ['deup281'],
    'GBR': ['gbrp265', 'gbrp123'],
    'NAM': ['namprd11', 'namprd12', 'namprd13', 'namprd20'],
}
_M365_POPS = {
    'EUR': [('EUR05', 'AM6', 'am6eur05', '40.107.22.'), ('EUR03', 'DBA', 'dbaeur03', '40.107.104.'),
            ('EUR02', 'VI1', 'vi1eur02', '40.107.241.'), ('EUR04', 'DB3', 'db3eur04', '40.107.6.'),
            ('EUR02', 'AM0', 'am0eur02', '40.107.247.'), ('EUR01', 'HE1', 'he1eur01', '40.107.13.')],
    'DEU': [('DEU01', 'FR2', 'fr2deu01', '52.101.72.'), ('DEU01', 'BE0', 'be0deu01', '52.101.84.')],
    'GBR': [('GBR01', 'CWX', 'cwxgbr01', '40.107.121.'), ('LO2', 'LO2', 'lo2gbr01', '52.101.196.')],
    'NAM': [('NAM12', 'BN8', 'bn8nam12', '40.107.237.'), ('NAM11', 'DM6', 'dm6nam11', '40.107.223.'),
            ('NAM10', 'MW2', 'mw2nam10', '40.107.94.')],
}
_HOSTPFX = {
    'EUR': ['AM9PR07MB', 'DU0PR04MB', 'PAXPR04MB', 'VI1PR08MB', 'DB9PR02MB', 'AS8PR04MB', 'GV1PR08MB', 'PA4PR08MB',
            'DU2PR03MB', 'AM7PR02MB', 'VI0PR06MB', 'DB8PR09MB'],
    'DEU': ['FR4P281MB', 'BE1P281MB', 'FR3P281MB', 'FRYP281MB'],
    'GBR': ['LO0P265MB', 'CWLP265MB', 'LO4P265MB', 'CWXP123MB'],
    'NAM': ['SJ0PR11MB', 'BN0PR12MB', 'CH3PR11MB', 'PH0PR13MB', 'MN2PR20MB', 'DM4PR12MB'],
}
_POOLFOR = {'EUR': None, 'DEU': 'deup281', 'GBR': 'gbrp265', 'NAM': None}


def _m365_host(rng, region):
    pfx = rng.choice(_HOSTPFX[region])
    num = '%04d' % rng.randrange(1000, 9999)
    if region == 'EUR':
        pool = 'eurprd%s' % pfx[pfx.index('PR') + 2:pfx.index('MB')]
    elif region == 'NAM':
        pool = 'namprd%s' % pfx[pfx.index('PR') + 2:pfx.index('MB')]
    elif region == 'GBR':
        pool = 'gbrp%s' % pfx[pfx.index('P') + 1:pfx.index('MB')][-3:]
    else:
        pool = 'deup281'
    return '%s%s.%s.prod.outlook.com' % (pfx, num, pool), pfx + num


def m365_hosts(m, region='EUR'):
    """The mailbox server and the next hop, fixed per message (boundaries,
    Message-ID and Received lines must agree)."""
    if getattr(m, '_m365', None) is None:
        m._m365 = (_m365_host(m.rng, region), _m365_host(m.rng, region))
    return m._m365


def _v6(rng, pfx):
    return '%s:%s::%s' % (pfx, rng.hex(3), rng.hex(2).lstrip('0') or '1')


def m365_transport(m, t_submit, region='EUR', tenant_domain=None, tenant_id=None, dkim_domain=None,
                   dkim_selector='selector1', consumer=False, lang='de', scl=1, client_style='outlook_m365',
                   extra_after=None, sender_ip=None, arc=True, spf_result='pass', dkim_result='pass',
                   dmarc_result='pass', mailfrom_domain=None, mapi=True, originating_ip=None,
                   ms_exchange_extra=None):
    """Returns (headers_list, connect (helo, rdns, ip), t_out, dkim_b, ttype)."""
    rng = m.rng
    pops = _M365_POPS[region]
    popg, pop, popl, ipfx = rng.choice(pops)
    (mbx, mbxshort), (hop2, hop2short) = m365_hosts(m, region)
    if not m.msgid:
        m.msgid = '%s%s@%s' % (mbxshort, rng.hex(29, True), mbx)
    n = rng.randrange(2, 250)
    octet = rng.randrange(2, 254)
    if consumer:
        rdns = 'mail-%solkn20%d.outbound.protection.outlook.com' % (popl, octet)
        ip = '40.92.%d.%d' % (rng.randrange(0, 100), octet)
    else:
        rdns = 'mail-%son%d%03d.outbound.protection.outlook.com' % (popl, 2, octet)
        ip = ipfx + str(octet)
    helo = '%s-%s-obe.outbound.protection.outlook.com' % (popg, pop)
    build = rng.choice(['15.20.8722.025', '15.20.8769.022', '15.20.8835.018', '15.20.8901.015'])
    t1 = plus(t_submit, 1)
    t2 = plus(t_submit, 2)
    H = []
    tenant_domain = tenant_domain or m.from_domain
    mailfrom_domain = mailfrom_domain or m.from_domain
    dkim_domain = dkim_domain if dkim_domain is not None else m.from_domain
    if arc:
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s'
                  % '\n '.join((lambda b: [b[i:i + 76] for i in range(0, len(b), 76)])(rng.b64(256)))))
        H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n'
                  ' s=arcselector10001;\n'
                  ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n'
                  ' bh=%s;\n b=%s' % (rng.b64(32), '\n '.join((lambda b: [b[i:i + 76] for i in range(0, len(b), 76)])(rng.b64(256))))))
        H.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=%s\n smtp.mailfrom=%s; dmarc=%s action=none\n header.from=%s; dkim=%s\n header.d=%s; arc=none'
                  % (spf_result, mailfrom_domain, dmarc_result, m.from_domain, dkim_result if dkim_domain else 'none', dkim_domain or 'none')))
    dk_b = None
    if dkim_domain:
        sig, dk_b = dkim_sig(rng, dkim_domain, dkim_selector,
                             'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck',
                             style='ms')
        H.append(sig)
    H.append(('Received', 'from %s (%s) by %s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
              % (mbx, _v6(rng, '2603:10a6:20b' if region == 'EUR' else ('2603:10b6:a03' if region == 'NAM' else '2603:10a6:600')),
                 hop2, _v6(rng, '2603:10a6:10' if region == 'EUR' else ('2603:10b6:5' if region == 'NAM' else '2603:10a6:400')),
                 build, _ms_date(t2))))
    if mapi:
        fe = 'fe80::%s:%s:%s:%s' % (rng.hex(4).lstrip('0'), rng.hex(4).lstrip('0'), rng.hex(4).lstrip('0'), rng.hex(4).lstrip('0'))
        pct = rng.randrange(3, 7)
        H.append(('Received', 'from %s\n ([%s%%%d]) by %s\n ([%s%%%d]) with mapi id %s; %s'
                  % (mbx, fe, pct, mbx, fe, pct, build[:-3] + '0' + build[-3:] if False else build.rsplit('.', 1)[0] + '.' + build.rsplit('.', 1)[1].zfill(3),
                     _ms_date(t1))))
    else:
        sip = sender_ip or '%d.%d.%d.%d' % (rng.randrange(80, 200), rng.randrange(0, 255), rng.randrange(0, 255), rng.randrange(2, 250))
        H.append(('Received', 'from [%s] (%s) by %s\n (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s via Frontend Transport; %s'
                  % (sip, sip, mbx, _v6(rng, '2603:10a6:20b'), build, _ms_date(t1))))
    core = client_headers(m, client_style)
    mime_idx = None
    core2 = []
    for h in core:
        if h[0] == '<MIME>':
            continue
        core2.append(h)
    H.extend(core2)
    corr = rng.uuid()
    H.append(('authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % m.from_domain))
    H.append(('x-ms-publictraffictype', 'Email'))
    ttype = '%s:EE_|%s:EE_' % (mbxshort, hop2short)
    H.append(('x-ms-traffictypediagnostic', ttype + ('|' + rng.choice(['PA4PR08MB7551', 'DU0PR04MB9636', 'AS8PR04MB8040']) + ':EE_' if rng.random() < 0.3 else '')))
    H.append(('x-ms-office365-filtering-correlation-id', corr))
    H.append(('x-ms-exchange-senderadcheck', '1'))
    H.append(('x-ms-exchange-antispam-relay', '0'))
    H.append(('x-microsoft-antispam', 'BCL:0;ARA:13230040|%d|%d|%d|%d;' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 5, 10 ** 6), 38070700018)))
    info = rng.b64(420)
    H.append(('x-microsoft-antispam-message-info', '\n '.join(info[i:i + 76] for i in range(0, len(info), 76))))
    H.append(('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;'
              % (lang, scl, mbx)))
    H.append(('x-ms-exchange-antispam-messagedata-chunkcount', '1'))
    md = rng.b64(540)
    H.append(('x-ms-exchange-antispam-messagedata-0', '\n '.join(md[i:i + 76] for i in range(0, len(md), 76))))
    if ms_exchange_extra:
        H.extend(ms_exchange_extra)
    H.append(('<MIME>', _ms_mime))
    org = tenant_domain
    H.append(('X-OriginatorOrg', org))
    H.append(('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'))
    H.append(('X-MS-Exchange-CrossTenant-AuthSource', mbx))
    H.append(('X-MS-Exchange-CrossTenant-Network-Message-Id', corr))
    H.append(('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d (UTC)' % (_ms_arrival(t_submit), rng.randrange(10000))))
    H.append(('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'))
    H.append(('X-MS-Exchange-CrossTenant-id', tenant_id or rng.uuid()))
    H.append(('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'))
    upn = rng.b64(48).replace('/', 'x').replace('+', 'y').rstrip('=')
    H.append(('X-MS-Exchange-CrossTenant-userprincipalname', upn))
    H.append(('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hop2short))
    if extra_after:
        H.extend(extra_after)
    return H, (helo, rdns, ip), plus(t_submit, 3), dk_b


def _ms_date(t):
    d = rfcdate(t, 'UTC')
    # Exchange folds the date inside the Received line
    return d


def _ms_arrival(t):
    return '%02d %s %d %02d:%02d:%02d' % (t.day, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.month - 1],
                                         t.year, t.hour, t.minute, t.second)


# ---------------------------------------------------------------- Exchange 2019 on-prem (internal)
EXCH = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}
EXCH_BUILD = '15.2.1748.39'


def exchange_internal(m, t_submit, mbx='EXCH02', hub='EXCH01', originating_ip=None):
    rng = m.rng
    fe = 'fe80::%s:%s:%s:%s' % (rng.hex(4).lstrip('0'), rng.hex(4).lstrip('0'), rng.hex(3), rng.hex(4).lstrip('0'))
    t1, t2, t3 = plus(t_submit, 1), plus(t_submit, 2), plus(t_submit, 3)
    H = []
    rcpt = m.rcpt[0] if len(m.rcpt) == 1 else None
    H.append(rcv_postfix('%s.corp.example.com' % hub, '%s.corp.example.com' % hub.lower(), EXCH[hub],
                         'mail-int01.example.com', rng.postfix_qid(), t3, rcpt, TLS12))
    H.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
              % (mbx, EXCH[mbx], hub, EXCH[hub], EXCH_BUILD, rfcdate(t2, 'CET'))))
    H.append(('Received', 'from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%13]) with mapi id\n 15.02.1748.039; %s'
              % (mbx, fe, mbx, fe, rfcdate(t1, 'CET'))))
    core = [h for h in client_headers(m, 'outlook_exchange') if h[0] != '<MIME>']
    H.extend(core)
    H.append(('x-ms-exchange-messagesentrepresentingtype', '1'))
    H.append(('x-ms-exchange-transport-fromentityheader', 'Hosted'))
    H.append(('x-originating-ip', '[%s]' % (originating_ip or '10.20.%d.%d' % (rng.randrange(30, 60), rng.randrange(10, 250)))))
    H.append(('<MIME>', _ms_mime))
    return H, ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), plus(t_submit, 4)


# ---------------------------------------------------------------- Google
def google(m, t_submit, workspace_domain=None, client_style='gmail', mx_host=None, extra_client=None,
           sor=False, x_headers=None):
    rng = m.rng
    host_kind = rng.choice(['ej1', 'wm1', 'wr1', 'lf1', 'ed1', 'wm1', 'pl1'])
    num = rng.choice([41, 44, 45, 47, 48, 49, 50, 51, 52, 53, 54, 41, 42])
    iprange = {'ej1': '209.85.218.', 'wm1': '209.85.128.', 'wr1': '209.85.221.', 'lf1': '209.85.167.',
               'ed1': '209.85.208.', 'pl1': '209.85.214.'}[host_kind]
    if sor:
        host = 'mail-sor-f%d.google.com' % (num + 28)
        ip = '209.85.220.%d' % (num + 28)
    else:
        host = 'mail-%s-f%d.google.com' % (host_kind, num)
        ip = iprange + str(num)
    rcpt = m.rcpt[0]
    smtpid = '%s-%s%s.%d' % (rng.choice(['a640c23a62f3a', '4fb4d7f45d1cf', '5b1f17b1804b1', '2adb3069b0e04', 'a1e0cc1a2514c']),
                             rng.choice(['a9a', '43b', '3a2', '2fe', '5c9', 'ab3']) + rng.hex(7), 'so' + str(rng.randrange(10 ** 8, 10 ** 9)) + rng.choice(['66b', 'e87', 'f8f', '2e1']), rng.randrange(1, 9))
    t1 = plus(t_submit, 1)
    H = [('Received', 'by %s with SMTP id %s\n        for <%s>; %s'
          % (host, smtpid, rcpt, rfcdate(t1, 'PT', comment=True)))]
    d = workspace_domain or 'gmail.com'
    sel = 'google' if workspace_domain else '20230601'
    hh = ('to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to' if not m.irt else
          'to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to')
    sig, b = dkim_sig(rng, d, sel, hh, t=t_submit, x=plus(t_submit, 604800), style='google', extra=' darn=example.com;')
    H.append(sig)
    xsig, _ = dkim_sig(rng, '1e100.net', '20230601', 'x-gm-message-state:to:subject:message-id:date:from:mime-version\n         :x-gm-gg:from:to:cc:subject:date:message-id:reply-to',
                       t=t_submit, x=plus(t_submit, 604800), style='google')
    H.append(('X-Google-DKIM-Signature', xsig[1]))
    H.append(('X-Forwarded-Encrypted', 'i=1; AJvYcCX' + rng.alnum(60)))
    H.append(('X-Gm-Message-State', 'AOJu0Y' + rng.alnum(58)))
    H.append(('X-Gm-Gg', 'ASbGnc' + rng.alnum(100)))
    H.append(('X-Google-Smtp-Source', 'AGHT+I' + rng.alnum(66)))
    H.append(('X-Received', 'by 2002:a17:%d:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s'
              % (rng.choice([906, 907, 902]), rng.hex(4), rng.hex(3), rng.hex(4), rng.hex(4),
                 rng.alnum(2, string.ascii_lowercase) + str(rng.randrange(10, 99)), rng.digits(20) + 'a' + rng.hex(8),
                 rng.randrange(1, 99), unix(t_submit) * 1000 + rng.randrange(1000), rfcdate(t_submit, 'PT', comment=True))))
    if x_headers:
        H.extend(x_headers)
    H.extend(client_headers(m, client_style))
    return H, (host, host, ip), plus(t_submit, 2), b


# ---------------------------------------------------------------- Postfix-based own servers / hosters
def own_postfix(m, t_submit, relay_host, relay_ip, client_hops, dkim=None, client_style='thunderbird',
                extra_top=None, extra_mid=None, zone='CET', tls=TLS13):
    """client_hops: list of Received tuples (already formatted, newest first)
    dkim: (domain, selector) signed by the relay."""
    rng = m.rng
    H = []
    if extra_top:
        H.extend(extra_top)
    b = None
    if dkim:
        sig, b = dkim_sig(rng, dkim[0], dkim[1], 'From:To:Subject:Date:Message-ID:In-Reply-To:References:\n\t Content-Type:MIME-Version' if m.irt else 'From:To:Subject:Date:Message-ID:Content-Type:\n\t MIME-Version', t=plus(t_submit, 1))
        H.append(sig)
    H.extend(client_hops)
    if extra_mid:
        H.extend(extra_mid)
    H.extend(client_headers(m, client_style))
    return H, (relay_host, relay_host, relay_ip), plus(t_submit, 3), b


def exim_cpanel(m, t_submit, server, server_ip, site, envelope_from, php=True, helo_ip=None, auth_user=None,
                client_style='php', dkim=None):
    rng = m.rng
    eid = '1t%s-%s-%s' % (rng.alnum(4), '0000000' + rng.alnum(5, string.digits + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), rng.alnum(4))
    rcpt = m.rcpt[0]
    H = []
    b = None
    if dkim:
        sig, b = dkim_sig(rng, dkim, 'default', 'Content-Transfer-Encoding:Content-Type:\n\tMIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc:\n\tContent-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:\n\tResent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:\n\tList-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive',
                          t=t_submit)
        H.append(sig)
    if php:
        user = auth_user or site.split('.')[0][:8]
        H.append(('Received', 'from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
                  % (user, server, envelope_from, eid, rcpt, rfcdate(t_submit, 'CET'))))
    else:
        port = rng.randrange(49152, 65000)
        H.append(('Received', 'from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
                  % (helo_ip, port, site if not auth_user else '[%s]' % helo_ip, server, envelope_from, eid, rcpt, rfcdate(t_submit, 'CET'))))
    H.extend(client_headers(m, client_style))
    H.append(('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'))
    H.append(('X-AntiAbuse', 'Primary Hostname - %s' % server))
    H.append(('X-AntiAbuse', 'Original Domain - example.com'))
    uid = '%d %d' % (1000 + len(site) * 7, 1000 + len(site) * 7) if php else '47 12'
    H.append(('X-AntiAbuse', 'Originator/Caller UID/GID - [%s] / [%s]' % (uid, uid)))
    H.append(('X-AntiAbuse', 'Sender Address Domain - %s' % envelope_from.split('@')[1]))
    if php:
        H.append(('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (server, auth_user or site.split('.')[0][:8])))
        H.append(('X-Authenticated-Sender', '%s: %s' % (server, envelope_from)))
    else:
        H.append(('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (server, envelope_from)))
        H.append(('X-Authenticated-Sender', '%s: %s' % (server, envelope_from)))
    H.append(('X-Source', ''))
    H.append(('X-Source-Args', ''))
    H.append(('X-Source-Dir', ''))
    return H, (server, server, server_ip), plus(t_submit, 2), b


# ---------------------------------------------------------------- ESPs
def ses(m, t_submit, region='eu-west-1', dkim_domain=None, dkim_selector=None, feedback_tag='',
        client_style='generic', extra=None):
    rng = m.rng
    ipmap = {'eu-west-1': '54.240.%d.%d', 'eu-central-1': '69.169.%d.%d', 'us-east-1': '54.240.%d.%d'}
    ip = ipmap[region] % (rng.choice([3, 4, 5, 6, 7, 8] if region != 'eu-central-1' else [224, 227, 232]), rng.randrange(2, 250))
    a, b_ = ip.split('.')[2:]
    host = 'a%s-%s.smtp-out.%s.amazonses.com' % (a, b_, region)
    msgid_local = '%s-%s-%s-%s-%s-%s-000000' % (('0102' if region == 'eu-west-1' else ('0107' if region == 'eu-central-1' else '0100')) + rng.hex(12),
                                             rng.hex(8), rng.hex(4), rng.hex(4), rng.hex(4), rng.hex(12))
    m.msgid = m.msgid or '%s@%s.amazonses.com' % (msgid_local, region)
    H = []
    bees = []
    if dkim_domain:
        sig, bb = dkim_sig(rng, dkim_domain, dkim_selector or rng.alnum(32, string.ascii_lowercase + '234567'),
                           'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date', t=t_submit)
        H.append(('DKIM-Signature', sig[1].replace('h=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;;', 'h=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;')))
        bees.append((dkim_domain, bb))
    sesel = {'eu-west-1': 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 'eu-central-1': 'uku4taia5b5tsbglxyj6zym32efj7xqv',
             'us-east-1': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'}[region]
    sig2, bb2 = dkim_sig(rng, 'amazonses.com', sesel, 'Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:Feedback-ID', t=t_submit)
    H.append(sig2)
    bees.append(('amazonses.com', bb2))
    H.extend(client_headers(m, client_style))
    H.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rng.b64(33).rstrip('=')[:44])))
    H.append(('X-SES-Outgoing', '%04d.%02d.%02d-%s' % (t_submit.year, t_submit.month, t_submit.day, ip)))
    if extra:
        H.extend(extra)
    return H, (host, host, ip), plus(t_submit, 1), bees


def sendgrid(m, t_submit, account_domain=None, client_style='generic', extra=None, tracking_domain=None):
    rng = m.rng
    ip = rng.choice(['149.72.%d.%d', '167.89.%d.%d', '168.245.%d.%d', '159.183.%d.%d']) % (rng.randrange(1, 250), rng.randrange(2, 250))
    host = '%s.outbound-mail.sendgrid.net' % rng.alnum(8, string.ascii_lowercase)
    rdns = host if not account_domain else 'o%d.ptr%d.%s' % (rng.randrange(1, 9), rng.randrange(1000, 9999), account_domain)
    t1 = plus(t_submit, 1)
    H = []
    bees = []
    d = account_domain or 'sendgrid.info'
    sig, b = dkim_sig(rng, d, 's1', 'content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:subject:to', t=t_submit)
    H.append(sig)
    bees.append((d, b))
    fd, fd2 = rng.hex(10), rng.alnum(5, string.ascii_lowercase + string.digits)
    H.append(('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n        %s'
              % (fd, fd2, fd, fd2, rng.hex(8).upper(), rng.randrange(10, 99), '%04d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d' % (
                     t_submit.year, t_submit.month, t_submit.day, t_submit.hour, t_submit.minute, t_submit.second, rng.randrange(10 ** 9),
                     rng.randrange(10 ** 5, 10 ** 7), rng.randrange(10 ** 9)))))
    H.append(('Received', 'from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s'
              % (rng.alnum(22, string.ascii_letters + string.digits + '-_'), rng.randrange(1, 40), rng.alnum(22, string.ascii_letters + string.digits + '-_'),
                 m.rcpt[0], rfcdate(t_submit, 'UTC').replace('+0000', '+0000 (UTC)'))))
    H.extend(client_headers(m, client_style))
    H.append(('X-SG-EID', '\n ' + '\n '.join((lambda s: [s[i:i + 76] for i in range(0, len(s), 76)])(rng.b64(150)))))
    H.append(('X-SG-ID', '\n ' + '\n '.join((lambda s: [s[i:i + 76] for i in range(0, len(s), 76)])(rng.b64(110)))))
    H.append(('X-Entity-ID', 'u001.' + rng.alnum(22)))
    if extra:
        H.extend(extra)
    return H, (host, rdns, ip), plus(t_submit, 2), bees


def mailgun(m, t_submit, sending_domain, client_style='generic', extra=None, region='eu'):
    rng = m.rng
    a, b_ = rng.choice([(228, None), (227, None), (239, None)])[0], rng.randrange(1, 40)
    ip = '159.135.%d.%d' % (a, b_)
    host = 'm%d-%d.eu.mailgun.net' % (a, b_) if region == 'eu' else 'm%d-%d.mailgun.net' % (a, b_)
    H = []
    bees = []
    sig, b = dkim_sig(rng, sending_domain, 'pic', 'Content-Transfer-Encoding: Content-Type: MIME-Version: Message-Id:\n\t Reply-To: To: To: From: From: Subject: Subject: Date: Sender: Sender', t=t_submit)
    H.append(sig)
    bees.append((sending_domain, b))
    H.append(('X-Mailgun-Sending-Ip', ip))
    H.append(('X-Mailgun-Sid', rng.b64(66).replace('+', 'e').replace('/', 'I')[:88]))
    H.append(('Received', 'by %s with HTTP id %s; %s' % ('3f4a1' + rng.hex(5) + rng.hex(6), rng.hex(24), rfcdate(t_submit, 'UTC').replace('+0000', 'GMT'))))
    H.append(('X-Mailgun-Batch-Id', rng.hex(24)))
    H.extend(client_headers(m, client_style))
    if extra:
        H.extend(extra)
    return H, (host, host, ip), plus(t_submit, 1), bees


def brevo(m, t_submit, sending_domain, client_style='generic', extra=None):
    rng = m.rng
    third = rng.choice([28, 29, 30])
    ip = '185.41.%d.%d' % (third, rng.randrange(2, 250))
    host = 'smtp-relay.brevo.com' if rng.random() < 0 else '%s.smtp-relay.brevo.com' % rng.alnum(6, string.ascii_lowercase)
    rdns = 'c%d-%s.smtp-out.brevo.com' % (third, ip.split('.')[-1])
    H = []
    bees = []
    sig, b = dkim_sig(rng, 'sendinblue.com', 'mail', 'From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:\n\t Content-Type:MIME-Version', t=t_submit)
    bees.append(('sendinblue.com', b))
    sig2, b2 = dkim_sig(rng, sending_domain, 'brevo1', 'From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:\n\t Content-Type:MIME-Version', t=t_submit)
    bees.append((sending_domain, b2))
    H.append(sig2)
    H.append(sig)
    H.extend(client_headers(m, client_style))
    H.append(('X-Mailer', 'Brevo'))
    H.append(('X-Mailin-EID', rng.b64(30).replace('/', '%7E').rstrip('=')))
    H.append(('X-CSA-Complaints', 'csa-complaints@eco.de'))
    H.append(('Feedback-ID', '%d.%d.%d:Brevo' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 6), rng.randrange(10 ** 6))))
    H.append(('X-sib-id', rng.alnum(80, string.ascii_letters + string.digits + '-_')))
    if extra:
        H.extend(extra)
    return H, (host, rdns, ip), plus(t_submit, 1), bees


def mailchimp(m, t_submit, sending_domain, list_id, campaign, user_id, client_style='generic', extra=None):
    rng = m.rng
    a = rng.choice([180, 182, 185, 187])
    b_ = rng.randrange(1, 250)
    ip = '198.2.%d.%d' % (a, b_)
    host = 'mail%d-%d.suw%d.mcdlv.net' % (a, b_, rng.randrange(11, 41))
    H = []
    bees = []
    sig, b = dkim_sig(rng, sending_domain, 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From', t=t_submit)
    H.append(sig)
    bees.append((sending_domain, b))
    sig2, b2 = dkim_sig(rng, 'mcdlv.net', 'k3', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From', t=t_submit)
    H.append(sig2)
    bees.append(('mcdlv.net', b2))
    H.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4X%s\n\tfor <%s>; %s'
              % (host, rng.alnum(11), m.rcpt[0], rfcdate(t_submit, 'UTC').replace('+0000', '+0000 (GMT)'))))
    H.extend(client_headers(m, client_style))
    H.append(('X-Mailer', 'Mailchimp Mailer - **CID%s**' % rng.hex(20)))
    H.append(('X-Campaign', 'mailchimp%s.%s' % (user_id, campaign)))
    H.append(('X-campaignid', 'mailchimp%s.%s' % (user_id, campaign)))
    H.append(('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (user_id, campaign, rng.hex(10))))
    H.append(('X-MC-User', user_id))
    H.append(('Feedback-ID', '%d:%d.%d:us%d:mc' % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(1, 22))))
    H.append(('X-Accounttype', 'pd'))
    if extra:
        H.extend(extra)
    return H, (host, host, ip), plus(t_submit, 1), bees


# ---------------------------------------------------------------- generic composition
def compose(m, pre, client_style, after=None):
    """pre: header tuples above the client block (Received, DKIM ...)."""
    return list(pre) + client_headers(m, client_style) + list(after or [])


def rcv(text):
    return ('Received', text)


def rcv_esmtp_generic(frm, by, proto, qid, t, rcpt=None, zone='UTC', extra='', software=''):
    s = 'from %s\n\tby %s%s with %s id %s%s' % (frm, by, software, proto, qid, extra)
    s += ('\n\tfor <%s>; %s' % (rcpt, rfcdate(t, zone))) if rcpt else ';\n\t%s' % rfcdate(t, zone)
    return ('Received', s)


# ---------------------------------------------------------------- free mail providers
def gmx(m, t, brand='gmx', client_ip=None):
    """GMX / WEB.DE web mail (trinity)."""
    rng = m.rng
    if brand == 'mailcom':
        mout, ip, app, dom, web = 'mout.mail.com', '74.208.4.%d' % rng.choice([200, 201, 196]), '3c-app-mailcom-lxa%02d' % rng.randrange(1, 20), 'mail.com', 'mail.com'
        sel, relay = 's1089575', 'mrus%03d' % rng.randrange(1, 120)
    elif brand == 'webde':
        mout, ip, app, dom, web = 'mout.web.de', '217.72.192.%d' % rng.choice([77, 78]), '3c-app-webde-bap%02d' % rng.randrange(1, 60), 'web.de', 'web.de'
        sel, relay = 's29768273', 'mrweb%03d' % rng.randrange(1, 120)
    else:
        mout, ip, app, dom, web = 'mout.gmx.net', '212.227.17.%d' % rng.choice([20, 21, 22]), '3c-app-gmx-bs%02d' % rng.randrange(1, 60), 'gmx.de', 'gmx.net'
        sel, relay = 's31663417', 'mrgmx%03d' % rng.randrange(1, 120)
    cip = client_ip or '%d.%d.%d.%d' % (rng.choice([84, 87, 91, 93, 178]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    if not m.msgid:
        m.msgid = 'trinity-%s-%d@%s' % (rng.uuid(), int(t.timestamp()) * 1000 + rng.randrange(1000), app)
    sig, b = dkim_sig(rng, dom, sel, 'x-ui-sender-class:mime-version:message-id:from:to:subject:content-type:date:\n\t importance:sensitivity:x-priority', t=t)
    qid = '1M' + rng.alnum(4) + '-1' + rng.alnum(9)
    pre = [sig,
           ('X-UI-Sender-Class', rng.uuid()),
           rcv('from %s ([%s]) by mail.%s\n (%s [172.19.%d.%d]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s' % (
               app, cip, web, relay, rng.randrange(128, 200), rng.randrange(2, 250), qid, m.rcpt[0], rfcdate(plus(t, 1), 'CET'))),
           rcv('from [%s] ([%s]) by web-mail.%s\n (%s.server.lan [172.19.170.%d]) (via HTTP); %s' % (
               cip, cip, web, app, rng.randrange(2, 250), rfcdate(t, 'CET')))]
    after = [('X-Priority', '3'),
             ('X-Provags-ID', 'V03:K1:' + rng.alnum(120, string.ascii_letters + string.digits + '+/')),
             ('X-Spam-Flag', 'NO'),
             ('UI-OutboundReport', 'notjunk:1;M01:P0:' + rng.alnum(11) + '=;' + rng.alnum(200, string.ascii_letters + string.digits + '+/'))]
    H = pre + client_headers(m, 'gmx') + after
    return H, (mout, mout, ip), plus(t, 2), b, dom, sel


def icloud(m, t):
    rng = m.rng
    ip = '57.103.%d.%d' % (rng.choice([64, 65, 66, 70, 74]), rng.randrange(2, 250))
    rdns = 'p-west1-cluster%d-host%d-snip4-%d.eps.apple.com' % (rng.randrange(1, 8), rng.randrange(1, 12), rng.randrange(1, 12))
    helo = 'outbound.ms.icloud.com'
    sig, b = dkim_sig(rng, 'icloud.com', '1a1hai', 'Content-Type:Mime-Version:Subject:Message-Id:Date:To:From:x-icloud-hme', t=t)
    pre = [sig,
           rcv('from outbound.ms.icloud.com (unknown [127.0.0.2])\n\tby p00-icloudmta-asmtp-us-west-1a-%d-percent-%d (Postfix) with ESMTPSA id %s;\n\t%s' % (
               rng.choice([20, 60, 100]), rng.randrange(1, 9), rng.hex(8).upper() + rng.hex(4).upper(), rfcdate(plus(t, 1), 'UTC').replace('+0000', '+0000 (UTC)')))]
    H = pre + client_headers(m, 'iphone')
    H.append(('X-Proofpoint-GUID', rng.alnum(32, string.ascii_letters + string.digits + '_-')))
    H.append(('X-Proofpoint-ORIG-GUID', rng.alnum(32, string.ascii_letters + string.digits + '_-')))
    H.append(('X-Proofpoint-Virus-Version', 'vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1093,Hydra:6.1.9,FMLib:17.12.100.49\n definitions=2026-%02d-%02d_01,2026-%02d-%02d_01,2021-12-02_01 signatures=0' % (t.month, t.day, t.month, t.day)))
    H.append(('X-Proofpoint-Spam-Details', 'rule=notspam policy=default score=0 mlxscore=0 phishscore=0\n suspectscore=0 spamscore=0 adultscore=0 bulkscore=0 clxscore=1030 malwarescore=0\n mlxlogscore=%d classifier=spam adjust=0 reason=mlx scancount=1\n engine=8.19.0-2308100000 definitions=main-%s' % (rng.randrange(100, 999), rng.digits(10))))
    return H, (helo, rdns, ip), plus(t, 2), b


def yandex(m, t, domain='yandex.ru', client_style='yandex', web=True, client_ip=None):
    rng = m.rng
    fwd = 'forward%d%s.mail.yandex.net' % (rng.choice([100, 101, 102, 200, 201, 500, 501]), rng.choice('abcd'))
    ip = '178.154.239.%d' % rng.randrange(64, 250)
    inner = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randrange(10, 99), rng.choice(['sas', 'vla', 'iva', 'myt', 'klg']))
    cip = client_ip or '%d.%d.%d.%d' % (rng.choice([95, 176, 188, 46, 5]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    t1 = plus(t, 1)
    sig, b = dkim_sig(rng, domain, 'mail', 'Message-Id:Date:Subject:To:From', t=t)
    pre = [rcv('from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s-%s\n\tfor <%s>; %s' % (
               inner, inner, '2a02:6b8:c1d:%s:0:%s:%s:0' % (rng.hex(4), rng.hex(3), rng.hex(4)),
               fwd, rng.alnum(10), rng.alnum(8), m.rcpt[0], rfcdate(t1, 'MSK'))),
           ('X-Yandex-Fwd', '1'),
           rcv('from %s (%s [%s])\n\tby %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (
               'mail.yandex.ru' if web else 'DESKTOP-' + rng.alnum(7, string.ascii_uppercase + string.digits),
               'unknown' if not web else 'mail.yandex.ru', cip, inner, rng.alnum(10), rng.alnum(8), rfcdate(t, 'MSK'))),
           ('X-Yandex-Fwd', '1'),
           sig]
    H = pre + client_headers(m, client_style)
    return H, (fwd, fwd, ip), plus(t, 2), b


def mailru(m, t):
    rng = m.rng
    n = rng.randrange(100, 400)
    host = 'f%d.i.mail.ru' % n
    ip = '217.69.128.%d' % rng.randrange(2, 250)
    outer = 'smtp%d.i.mail.ru' % rng.randrange(30, 60)
    oip = '95.163.41.%d' % rng.randrange(2, 250)
    cip = '%d.%d.%d.%d' % (rng.choice([91, 185, 45, 77]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    sig, b = dkim_sig(rng, 'mail.ru', 'mail4', 'Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:\n\tContent-Type:Content-Transfer-Encoding:To:Cc', t=t)
    pre = [sig,
           rcv('by %s with local (envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s' % (host, m.mail_from, rng.alnum(4), rng.alnum(6, string.digits + 'ABCDEF'), rng.alnum(2), m.rcpt[0], rfcdate(t, 'MSK'))),
           rcv('by e.mail.ru with HTTP;\n\t%s' % rfcdate(t, 'MSK'))]
    after = [('X-7564579A', 'B8F34718100C35D1'),
             ('X-77F55803', '119C1F4DF6A9251C' + rng.hex(16, True) + rng.hex(16, True)),
             ('X-Mailru-Sender', rng.hex(64, True)),
             ('X-Mras', 'Ok'),
             ('X-Originating-IP', '[%s]' % cip)]
    H = pre + client_headers(m, 'mailru') + after
    return H, (host, host, ip), plus(t, 2), b


def yahoo(m, t, domain='yahoo.gr'):
    rng = m.rng
    ip = '77.238.%d.%d' % (rng.choice([176, 177, 178, 179]), rng.randrange(2, 250))
    host = 'sonic%d-%d.consmr.mail.ir2.yahoo.com' % (rng.randrange(300, 330), rng.randrange(10, 60))
    sig, b = dkim_sig(rng, domain, 's2048', 'Date:From:To:Subject:References:From:Subject:Reply-To', t=t)
    sig2, b2 = dkim_sig(rng, 'yahoo.com', 's2048', 'X-Sonic-MF:Date:From:To:Subject:From:Subject', t=t)
    pre = [sig, ('X-SONIC-DKIM-SIGN', sig2[1]), ('X-YMail-OSG', rng.alnum(300, string.ascii_letters + string.digits + '._')),
           ('X-Sonic-MF', '<%s>' % m.mail_from), ('X-Sonic-ID', rng.uuid()),
           rcv('from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ir2.yahoo.com with HTTP; %s' % (rng.randrange(300, 330), rfcdate(t, 'UTC')))]
    H = pre + client_headers(m, 'generic')
    H.append(('X-Mailer', 'WebService/1.1.24652 YMailNorrin'))
    return H, (host, host, ip), plus(t, 1), b


def zoho(m, t, client_style='generic'):
    rng = m.rng
    ip = '136.143.169.%d' % rng.randrange(2, 60)
    host = 'sender4-op-o%d.zoho.eu' % int(ip.split('.')[-1])
    t1 = plus(t, 1)
    pre = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=%s' % (unix(t), rng.b64(256))),
           ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \n\tbh=%s; \n\tb=%s' % (unix(t), rng.b64(32), rng.b64(256))),
           ('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>' % (m.from_domain, m.mail_from, m.from_addr))]
    sig, b = dkim_sig(rng, m.from_domain, 'zmail', 'Date:Date:From:From:To:To:Message-ID:Subject:Subject:MIME-Version:Content-Type:Message-Id:Reply-To', t=t)
    pre.append(sig)
    pre.append(rcv('from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%s; %s' % (unix(t) * 1000 + rng.randrange(1000), rng.digits(7), rfcdate(t, 'CET').split(' +')[0] + ' -0800 (PST)' if False else rfcdate(t, 'PT'))))
    H = pre + client_headers(m, client_style)
    H.append(('Importance', 'Medium'))
    H.append(('User-Agent', 'Zoho Mail'))
    H.append(('X-Mailer', 'Zoho Mail'))
    return H, (host, host, ip), plus(t, 2), b


def privateemail(m, t, client_style='generic', client_ip=None):
    rng = m.rng
    n = rng.choice(['10-3', '11-2', '12-1', '12-3', '10-1'])
    host = 'MTA-%s.privateemail.com' % n
    ip = '198.54.127.%d' % rng.randrange(40, 120)
    cip = client_ip or '%d.%d.%d.%d' % (rng.choice([102, 105, 154, 197, 41]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    sig, b = dkim_sig(rng, m.from_domain, 'default', 'Date:From:To:Subject:From', t=t)
    qid = rng.postfix_qid()
    pre = [sig,
           rcv('from mta-%s.privateemail.com (localhost [127.0.0.1])\n\tby mta-%s.privateemail.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
               n, n, qid, m.rcpt[0], rfcdate(plus(t, 1), 'ET', comment=True))),
           rcv('from [192.168.1.%d] (unknown [%s])\n\tby mta-%s.privateemail.com (Postfix) with ESMTPA;\n\t%s' % (
               rng.randrange(2, 200), cip, n, rfcdate(t, 'ET', comment=True)))]
    H = pre + client_headers(m, client_style)
    return H, (host.lower(), host.lower(), ip), plus(t, 2), b


def hostinger(m, t, client_style='generic', client_ip=None):
    rng = m.rng
    k = rng.randrange(1, 30)
    host = 'fr-int-smtpout%d.hostinger.io' % k
    ip = '148.222.54.%d' % (10 + k)
    cip = client_ip or '%d.%d.%d.%d' % (rng.choice([31, 37, 62, 46, 185]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    sig, b = dkim_sig(rng, m.from_domain, 'hostingermail1', 'Message-ID:Date:MIME-Version:Subject:To:From:Content-Type:\n\t from:reply-to:subject:date:to:cc:resent-date:resent-from:resent-to:resent-cc:\n\t in-reply-to:references:list-id:list-help:list-unsubscribe:list-subscribe:\n\t list-post:list-owner:list-archive', t=t)
    pre = [sig, rcv('from [192.168.1.%d] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby smtp.hostinger.com (smtp.hostinger.com) with ESMTPSA id 4d%s\n\tfor <%s>; %s' % (
        rng.randrange(2, 200), cip, m.mail_from, rng.alnum(12), m.rcpt[0], rfcdate(t, 'UTC').replace('+0000', '+0000 (UTC)')))]
    H = pre + client_headers(m, client_style)
    H.append(('X-CM-Envelope', 'MS4x' + rng.alnum(160)))
    H.append(('X-CM-Analysis', 'v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s a=%s' % (rng.alnum(12), '%x' % unix(t), rng.alnum(22))))
    H.append(('X-AuthUser', m.mail_from))
    return H, (host, host, ip), plus(t, 2), b


def homepl(m, t, client_style='thunderbird', client_ip=None, sign=True, server=None):
    rng = m.rng
    n = server or rng.choice([94114, 153221, 86194, 260883, 175702])
    host = 'cloudserver%06d.home.pl' % n if n < 10 ** 6 else 'cloudserver%d.home.pl' % n
    ip = '79.96.%d.%d' % (rng.choice([170, 171, 174, 188]), rng.randrange(2, 250))
    cip = client_ip or '%d.%d.%d.%d' % (rng.choice([83, 89, 178, 31, 195]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    pre = []
    b = None
    if sign:
        sig, b = dkim_sig(rng, m.from_domain, 'default', 'From:Subject:Date:Message-ID:To:MIME-Version:Content-Type:\n\t In-Reply-To:References', t=t)
        pre.append(sig)
    pre.append(rcv('from localhost (127.0.0.1) (HELO v370.home.net.pl)\n by /usr/run/smtp (/usr/run/postfix/private/idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 6.2.2)\n id %s7e%s; %s' % (rng.hex(4), rng.hex(8), rfcdate(plus(t, 1), 'CET'))))
    pre.append(rcv('from [192.168.%d.%d] (%s.dynamic.chello.pl [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
        rng.randrange(0, 3), rng.randrange(2, 250), cip.replace('.', '-'), cip, host, rng.hex(10).upper(), rfcdate(t, 'CET'))))
    H = pre + client_headers(m, client_style)
    vade = rng.alnum(300, 'abcdefghijklmnopqrstuvwxyz')
    H.append(('X-CLIENT-IP', cip))
    H.append(('X-CLIENT-HOSTNAME', '%s.dynamic.chello.pl' % cip.replace('.', '-')))
    H.append(('X-VADE-SPAMSTATE', 'clean'))
    H.append(('X-VADE-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeduhedr' + '\n '.join(vade[i:i + 70] for i in range(0, len(vade), 70))))
    H.append(('X-DCC--Metrics', 'v370.home.net.pl 1024; Body=4 Fuz1=4 Fuz2=4'))
    return H, (host, host, ip), plus(t, 2), b


def ionos(m, t, client_style='outlook_smtp', client_ip=None):
    rng = m.rng
    ip = '212.227.126.%d' % rng.choice([130, 131, 133, 134, 135, 187])
    host = 'mout.kundenserver.de'
    mr = 'mrelayeu%03d' % rng.randrange(1, 200)
    cip = client_ip or '%d.%d.%d.%d' % (rng.choice([79, 80, 91, 46]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    sig, b = dkim_sig(rng, m.from_domain, 's1-ionos', 'X-UI-Sender-Class:Content-Type:From:To:Subject:Date:Message-ID:\n\t MIME-Version:cc:content-transfer-encoding:content-type:date:from:\n\t message-id:mime-version:reply-to:subject:to', t=t)
    pre = [sig, rcv('from %s ([%s]) by mrelayeu.kundenserver.de\n (%s [%s]) with ESMTPSA (Nemesis) id 1M%s-1%s for\n <%s>; %s' % (
        rng.choice(['PCSTB03', 'HK-NB-07', 'LOHN-PC2']), cip, mr, '212.227.126.%d' % rng.randrange(140, 200), rng.alnum(4), rng.alnum(9), m.rcpt[0], rfcdate(t, 'CET')))]
    H = pre + client_headers(m, client_style)
    H.append(('X-Provags-ID', 'V03:K1:' + rng.alnum(120, string.ascii_letters + string.digits + '+/')))
    H.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + rng.alnum(11) + '=;' + rng.alnum(160, string.ascii_letters + string.digits + '+/')))
    return H, (host, host, ip), plus(t, 2), b


def aruba(m, t, client_style='thunderbird', client_ip=None):
    rng = m.rng
    k = rng.randrange(10, 20)
    host = 'smtpdh%d-%d.aruba.it' % (k, rng.randrange(1, 3))
    ip = '62.149.155.%d' % (150 + k)
    cip = client_ip or '%d.%d.%d.%d' % (rng.choice([79, 93, 151, 2, 87]), rng.randrange(255), rng.randrange(255), rng.randrange(2, 250))
    pre = [rcv('from [192.168.1.%d] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
        rng.randrange(2, 200), cip, rng.alnum(14, string.ascii_letters + string.digits), rfcdate(t, 'CET')))]
    sig, b = dkim_sig(rng, 'aruba.it' if False else m.from_domain, 'a1', 'Message-ID:Date:MIME-Version:Subject:To:From:Content-Type', t=t)
    pre.insert(0, ('DKIM-Signature', sig[1]))
    H = pre + client_headers(m, client_style)
    H.append(('X-CMAE-Envelope', 'MS4xfB' + rng.alnum(220, string.ascii_letters + string.digits + '+/')))
    return H, (host, host, ip), plus(t, 2), b


def mailjet(m, t, sending_domain, client_style='generic', extra=None):
    rng = m.rng
    a = rng.randrange(1, 60)
    ip = '185.189.236.%d' % a
    host = 'o%d.p25.mailjet.com' % a
    sig, b = dkim_sig(rng, sending_domain, 'mailjet', 'Message-Id:Date:Subject:From:To:MIME-Version:Content-Type:\n\t List-Unsubscribe:List-Unsubscribe-Post:Feedback-Id', t=t)
    sig2, b2 = dkim_sig(rng, 'mailjet.com', 'mailjet', 'Message-Id:Date:Subject:From:To:MIME-Version:Content-Type:Feedback-Id', t=t)
    pre = [sig, sig2]
    H = pre + client_headers(m, client_style)
    H += [('X-CSA-Complaints', 'csa-complaints@eco.de'),
          ('X-Mailjet-Campaign', str(rng.randrange(10 ** 9, 10 ** 10))),
          ('X-MJ-Mid', rng.alnum(90, string.ascii_letters + string.digits)),
          ('X-MJ-SMTPGUID', rng.uuid()),
          ('Feedback-Id', '%d.%d.%d:MJ' % (rng.randrange(100, 999), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7)))]
    if extra:
        H += extra
    return H, (host, host, ip), plus(t, 1), [(sending_domain, b), ('mailjet.com', b2)]


# ---------------------------------------------------------------- platforms
def dropbox(m, t):
    rng = m.rng
    k = rng.randrange(2, 60)
    ip = '162.125.4.%d' % k
    host = 'mail-out-%s.dropbox.com' % rng.choice(['iad', 'dfw', 'sjc'])
    host = 'mailer-%d.iad.dropbox.com' % k if False else host
    sig, b = dkim_sig(rng, 'dropbox.com', 'smtpout', 'From:Reply-To:To:Subject:Date:Message-ID:List-Unsubscribe:\n\t Content-Type:MIME-Version', t=t)
    sig2, b2 = dkim_sig(rng, 'dropboxmail.com', 'smtpout', 'From:Reply-To:To:Subject:Date:Message-ID:List-Unsubscribe:\n\t Content-Type:MIME-Version', t=t)
    pre = [sig, sig2,
           rcv('from smtp-sender-%s.dropbox.com (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
               rng.hex(6), host, rng.postfix_qid(), m.rcpt[0], rfcdate(t, 'UTC').replace('+0000', '+0000 (UTC)')))]
    m.msgid = m.msgid or '%s@%s' % (rng.alnum(40, string.ascii_letters + string.digits), 'smtp-sender-iad.dropbox.com')
    H = pre + client_headers(m, 'generic')
    H.append(('X-Dropbox-Message-Type', 'share_notification'))
    H.append(('Feedback-ID', 'share_notification:dropbox:%d' % rng.randrange(10 ** 6, 10 ** 7)))
    return H, (host, host, ip), plus(t, 1), [('dropbox.com', b), ('dropboxmail.com', b2)]


def google_platform(m, t, kind='drive', x_headers=None):
    """Mail generated by Google itself (Drive shares, Forms receipts)."""
    rng = m.rng
    n = rng.randrange(69, 73)
    host = 'mail-sor-f%d.google.com' % n
    ip = '209.85.220.%d' % n
    rcpt = m.rcpt[0]
    smtpid = '%s-%s' % (rng.choice(['d75a77b69052e', '6a006a2d8bd12', '71dfb90a1353d']), rng.hex(14) + 'sor' + str(rng.randrange(1, 9)) + rng.choice(['1', '2']) + '.' + str(rng.randrange(1, 9)))
    H = [rcv('by %s (Google Transport Security) with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s' % (
        host, smtpid, rcpt, rfcdate(plus(t, 1), 'PT', comment=True)))]
    hh = 'mime-version:reply-to:message-id:date:subject:from:to:from:to:cc\n         :subject:date:message-id:reply-to'
    sig, b = dkim_sig(rng, 'google.com', '20230601', hh, t=t, x=plus(t, 604800), style='google', extra=' darn=example.com;')
    H.append(sig)
    xsig, _ = dkim_sig(rng, '1e100.net', '20230601', 'x-gm-message-state:mime-version:reply-to:message-id:date:subject\n         :from:to:from:to:cc:subject:date:message-id:reply-to', t=t, x=plus(t, 604800), style='google')
    H.append(('X-Google-DKIM-Signature', xsig[1]))
    H.append(('X-Gm-Message-State', 'AOJu0Y' + rng.alnum(58)))
    H.append(('X-Google-Smtp-Source', 'AGHT+I' + rng.alnum(66)))
    H.append(('MIME-Version', '1.0'))
    H.append(('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
        rng.hex(4), rng.hex(3), rng.hex(4), rng.hex(4), rng.alnum(2, 'abcdefghijklmnopqrstuvwxyz') + rng.digits(25) + 'qv' + rng.hex(8),
        rng.randrange(1, 99), unix(t) * 1000 + rng.randrange(1000), rfcdate(t, 'PT', comment=True))))
    core = [h for h in client_headers(m, 'gmail') if h[0] != 'MIME-Version']
    if x_headers:
        H.extend(x_headers)
    H.extend(core)
    return H, (host, host, ip), plus(t, 2), b


def corp_relay(m, t, relay, relay_ip, inner=(), dkim=None, client_style='generic', after=None, zone='CET',
               before_client=None, dkim_h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    """A company's own outbound relay (Postfix). inner: hops (helo, rdns, ip, by, proto) from the
    relay back towards the origin (first element = the hop that delivered to the relay)."""
    rng = m.rng
    H = []
    b = None
    if dkim:
        sig, b = dkim_sig(rng, dkim[0], dkim[1], dkim_h, t=plus(t, len(inner)))
        H.append(sig)
    tt = plus(t, len(inner))
    rcpt = m.rcpt[0] if len(m.rcpt) == 1 else None
    for helo, rdns, ip, by, proto in inner:
        tls = TLS13 if proto.startswith('ESMTPS') else None
        H.append(rcv_postfix(helo, rdns, ip, by, rng.postfix_qid(), tt, rcpt, tls, zone=zone, proto=proto))
        tt = plus(tt, -1)
    if before_client:
        H.extend(before_client)
    H.extend(client_headers(m, client_style))
    if after:
        H.extend(after)
    return H, (relay, relay, relay_ip), plus(t, len(inner) + 1), b


def cleverreach(m, t, sending_domain, client_style='generic', extra=None):
    rng = m.rng
    k = rng.randrange(10, 40)
    host = 'mta%d.crsend.com' % k
    ip = '82.211.27.%d' % (100 + k)
    sig, b = dkim_sig(rng, sending_domain, 'cr', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:\n\t MIME-Version:Content-Type', t=t)
    sig2, b2 = dkim_sig(rng, 'crsend.com', 'cr2019', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version', t=t)
    pre = [sig, sig2, rcv('from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        host, rng.postfix_qid(), m.rcpt[0], rfcdate(t, 'CET', comment=True)))]
    H = pre + client_headers(m, client_style)
    H += [('X-Mailer', 'CleverReach'), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
          ('X-CR-Mailing', str(rng.randrange(10 ** 7, 10 ** 8))), ('X-CR-Receiver', rng.hex(16)),
          ('Feedback-ID', '%d:%d:cleverreach' % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 7, 10 ** 8))),
          ('Precedence', 'bulk')]
    if extra:
        H += extra
    return H, (host, host, ip), plus(t, 1), [(sending_domain, b), ('crsend.com', b2)]


def unisender(m, t, sending_domain, client_style='generic', extra=None):
    rng = m.rng
    k = rng.randrange(2, 60)
    host = 'mx%d.unisender.com' % k
    ip = '77.244.214.%d' % k
    sig, b = dkim_sig(rng, sending_domain, 'us', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type', t=t)
    sig2, b2 = dkim_sig(rng, 'unisender.com', 'us', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version', t=t)
    pre = [sig, sig2, rcv('from [127.0.0.1] (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        host, rng.postfix_qid(), m.rcpt[0], rfcdate(t, 'MSK')))]
    H = pre + client_headers(m, client_style)
    H += [('X-Mailer', 'UniSender'), ('Precedence', 'bulk'),
          ('Feedback-ID', '%d:%d:unisender' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7)))]
    if extra:
        H += extra
    return H, (host, host, ip), plus(t, 1), [(sending_domain, b), ('unisender.com', b2)]
