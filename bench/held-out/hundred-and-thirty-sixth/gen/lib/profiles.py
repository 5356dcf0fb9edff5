"""Sending systems. Each function fills m.client, m.trace, m.t_mx (and defaults
for envelope and authentication) the way that system really writes mail."""
from . import infra, when
from .infra import TLS13, TLS12, TLS13_128, TLS12_128, dkim_header, msg_fields

EX_BUILD_ONPREM = '15.2.1748.36'
EX_BUILD_ONPREM_MAPI = '15.02.1748.036'
EXO_BUILD = '15.20.9412.17'
EXO_BUILD_MAPI = '15.20.9412.017'


def _fin(m, client, trace, t_mx, spf='pass', dmarc='pass', env_from=None):
    m.client = client
    m.trace = trace
    m.t_mx = t_mx
    if m.env_from is None:
        m.env_from = env_from if env_from is not None else m.frm[1]
    if m.rcpt is None:
        m.rcpt = m.to[0][1] if m.to else None
    auth = {'spf': spf, 'dmarc': dmarc}
    if m.auth:
        auth.update(m.auth)
    m.auth = auth


def _ti(m, replies=0):
    s = 'Ad' + m.b64(26 + 7 * replies * 0)
    return s + m.b64(2 + 6 * replies) + '=='


def _tls_win():
    return '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)'


# ---------------------------------------------------------------- Example Group internal

def exchange_internal(m, origin_ip='10.20.14.73', lang='de-DE', has_attach=False, replies=0, server='EXCH01'):
    if m.msgid and '.corp.example.com' in m.msgid:
        server = m.msgid.split('@')[1].split('.')[0]
    other = 'EXCH02' if server == 'EXCH01' else 'EXCH01'
    ips = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}
    t0 = when.add(m.date, 1)
    t1 = when.add(t0, m.rng.randint(1, 2))
    t2 = when.add(t1, m.rng.randint(1, 2))
    ll = m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4)
    if not m.msgid:
        m.msgid = '%s@%s.corp.example.com' % (m.hex(32), server)
    m.hcs = m.hcs if m.hcs != ('utf-8', 'B') else ('iso-8859-1', 'Q')
    trace = []
    dom = m.frm[1].split('@')[1].lower()
    trace.append(dkim_header(m, dom if dom in ('example.com', 'examplegroup.eu') else 'example.com', 'int2026',
                             'From:Date:Subject:To:Cc:In-Reply-To:References:From', t=int(t1.timestamp())))
    trace.append(('Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        other, other.lower(), ips[other], m.qid(), m.rcpt or m.to[0][1], when.rfc('DE', t1, abbr=True))))
    trace.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server %s\n id %s; %s' % (
        server, ips[server], other, ips[other], _tls_win(), EX_BUILD_ONPREM, when.rfc('DE', t0))))
    trace.append(('Received', 'from %s.corp.example.com ([fe80::%s]) by\n %s.corp.example.com ([fe80::%s%%13]) with mapi id\n %s; %s' % (
        server, ll, server, ll, EX_BUILD_ONPREM_MAPI, when.rfc('DE', t0))))
    m.zone = m.zone or 'DE'
    f = msg_fields(m, ['From', 'To', 'CC', 'Subject'])
    f.append(('Thread-Topic', m.subj()))
    f.append(('Thread-Index', _ti(m, replies)))
    f += msg_fields(m, ['Date', 'Message-ID', 'References', 'In-Reply-To'])
    f.append(('Accept-Language', '%s, en-US' % lang))
    f.append(('Content-Language', lang))
    f.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    f.append(('X-MS-TNEF-Correlator', ''))
    f.extend(m.extra)
    f.append(('x-ms-exchange-transport-fromentityheader', 'Hosted'))
    f.append(('x-originating-ip', '[%s]' % origin_ip))
    f += msg_fields(m, ['Content-Type', 'Content-Transfer-Encoding', 'MIME-Version'])
    client = dict(helo='mail-int01.example.com', rdns='mail-int01.example.com', ip='10.20.0.25', tls_line=TLS13_128)
    m.auth = dict(m.auth or {}, spf='skip')
    _fin(m, client, trace + f, when.add(t2, 1))


# ---------------------------------------------------------------- Microsoft 365 (Exchange Online)

M365_REGIONS = {
    'EUR': dict(prd='eurprd', pods=['AM6', 'DB9', 'VI1', 'AS8', 'PA4', 'DU0', 'GV1'], eop=[('EUR05', 'AM6', 'am6eur05on2', '40.107.22.'), ('EUR03', 'DB8', 'db8eur03on2', '40.107.20.'), ('EUR02', 'VI1', 'vi1eur02on2', '40.107.21.'), ('EUR01', 'PA4', 'pa4eur01on2', '40.107.9.')]),
    'GBR': dict(prd='gbrprd', pods=['LO2P265', 'CWLP265', 'LO0P265'], eop=[('GBR01', 'LO2', 'lo2gbr01on2', '40.107.10.'), ('GBR01', 'CWL', 'cwlgbr01on2', '40.107.11.')]),
    'NAM': dict(prd='namprd', pods=['DM6PR', 'BN8PR', 'SJ0PR', 'CH3PR'], eop=[('NAM10', 'DM6', 'dm6nam10on2', '40.107.93.'), ('NAM12', 'BN8', 'bn8nam12on2', '40.107.237.')]),
}


def _exo_server(m, region):
    r = M365_REGIONS[region]
    pod = m.rng.choice(r['pods'])
    n = m.rng.randint(1, 9)
    if region == 'GBR':
        name = '%sMB%04d' % (pod, m.rng.randint(1000, 9999))
        return '%s.%s.prod.outlook.com' % (name, 'GBRP265')
    if region == 'NAM':
        name = '%s%02dMB%04d' % (pod, m.rng.randint(10, 19), m.rng.randint(1000, 9999))
        return '%s.namprd%02d.prod.outlook.com' % (name, m.rng.randint(10, 19))
    prd = '%02d' % m.rng.choice([2, 3, 4, 5, 6, 8])
    name = '%sPR%sMB%04d' % (pod, prd, m.rng.randint(1000, 9999))
    return '%s.eurprd%s.prod.outlook.com' % (name, prd)


def _ipv6_exo(m):
    return '2603:10a6:%s:%s::%s' % (m.rng.choice(['10', '20b', '102', '208', '800', '803']), m.hex(3), m.rng.randint(10, 31))


def m365(m, domain, tenant_guid=None, region='EUR', lang='de-DE', has_attach=False, dkim=True, replies=0,
         consumer=False, selector='selector1', spf='pass', dmarc='pass', srs=None, org=None, crosstenant_auth='Internal',
         sender_ip=None, extra_top=()):
    """Mail composed in Outlook/OWA in an Exchange Online tenant and sent to the Internet."""
    r = M365_REGIONS[region]
    if m.msgid and m.msgid.endswith('.prod.outlook.com'):
        mbx = m.msgid.split('@')[1]
    else:
        mbx = _exo_server(m, region)
    mbx2 = _exo_server(m, region)
    fe = m.rng.choice(r['eop'])
    last = m.rng.randint(20, 240)
    eop_host = 'mail-%s%03d.outbound.protection.outlook.com' % (fe[2], last)
    eop_helo = '%s-%s-obe.outbound.protection.outlook.com' % (fe[0], fe[1])
    eop_ip = fe[3] + str(last)
    t0 = when.add(m.date, m.rng.randint(0, 1))
    t1 = when.add(t0, 1)
    t_mx = when.add(t1, m.rng.randint(1, 3))
    if not m.msgid:
        short = mbx.split('.')[0]
        m.msgid = '%s%s@%s' % (short, m.hex(20, upper=True), mbx)
    tenant_guid = tenant_guid or m.guid()
    corr = m.guid()
    fromdom = m.frm[1].split('@')[1]
    trace = list(extra_top)
    arc_b = m.b64(342) + '=='
    trace.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + '\n '.join(arc_b[k:k + 76] for k in range(0, len(arc_b), 76))))
    amb = m.b64(342) + '=='
    trace.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s' % (m.b64(43), '\n '.join(amb[k:k + 76] for k in range(0, len(amb), 76)))))
    dk = 'pass' if dkim else 'none'
    trace.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=%s header.d=%s; arc=none' % (fromdom, fromdom, dk, fromdom) if dkim else 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=none; arc=none' % (fromdom, fromdom)))
    if dkim:
        if consumer:
            trace.append(dkim_header(m, fromdom, selector, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', t=None))
        else:
            trace.append(dkim_header(m, fromdom, selector, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'))
    trace.append(('Received', 'from %s (%s)\n by %s (%s) with Microsoft SMTP\n Server %s\n id %s; %s' % (
        mbx, _ipv6_exo(m), mbx2, _ipv6_exo(m), _tls_win(), EXO_BUILD, when.rfc_utc(t1))))
    ll = m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4)
    trace.append(('Received', 'from %s\n ([fe80::%s]) by %s\n ([fe80::%s%%%d]) with mapi id %s; %s' % (
        mbx, ll, mbx, ll, m.rng.randint(3, 7), EXO_BUILD_MAPI, when.rfc_utc(t0))))
    f = msg_fields(m, ['From', 'Sender', 'To', 'CC', 'Reply-To', 'Subject'])
    f.append(('Thread-Topic', m.subj()))
    f.append(('Thread-Index', _ti(m, replies)))
    f += msg_fields(m, ['Date', 'Message-ID', 'References', 'In-Reply-To'], utc_date=True)
    f.append(('Accept-Language', '%s, en-US' % lang))
    f.append(('Content-Language', lang))
    f.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    f.append(('X-MS-TNEF-Correlator', ''))
    f.extend(m.extra)
    f.append(('msip_labels', ''))
    f.append(('authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % fromdom))
    f.append(('x-ms-publictraffictype', 'Email'))
    a_short = mbx.split('.')[0]
    b_short = mbx2.split('.')[0]
    f.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (a_short, b_short)))
    f.append(('x-ms-office365-filtering-correlation-id', corr))
    f.append(('x-ms-exchange-senderadcheck', '1'))
    f.append(('x-ms-exchange-antispam-relay', '0'))
    f.append(('x-microsoft-antispam', 'BCL:0;ARA:13230040|%d|%d|%d|38070700021;' % (m.rng.randint(100000, 999999), m.rng.randint(1000000000, 1999999999), m.rng.randint(100000, 999999))))
    info = m.b64(400)
    f.append(('x-microsoft-antispam-message-info', '\n ' + '\n '.join(info[k:k + 76] for k in range(0, len(info), 76))))
    f.append(('x-forefront-antispam-report', '\n CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700021);DIR:OUT;SFP:1101;' % (lang.split('-')[0], mbx)))
    f.append(('x-ms-exchange-antispam-messagedata-chunkcount', '1'))
    md = m.b64(600)
    f.append(('x-ms-exchange-antispam-messagedata-0', '\n ' + '\n '.join(md[k:k + 76] for k in range(0, len(md), 76))))
    f += msg_fields(m, ['Content-Type', 'Content-Transfer-Encoding', 'MIME-Version'])
    org = org or fromdom
    f.append(('X-OriginatorOrg', org))
    f.append(('X-MS-Exchange-CrossTenant-AuthAs', crosstenant_auth))
    f.append(('X-MS-Exchange-CrossTenant-AuthSource', mbx))
    f.append(('X-MS-Exchange-CrossTenant-Network-Message-Id', corr))
    f.append(('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d\n (UTC)' % (t0.strftime('%d %b %Y %H:%M:%S'), m.rng.randint(0, 9999))))
    f.append(('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'))
    f.append(('X-MS-Exchange-CrossTenant-id', tenant_guid))
    f.append(('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'))
    up = m.b64(64)
    f.append(('X-MS-Exchange-CrossTenant-userprincipalname', up))
    f.append(('X-MS-Exchange-Transport-CrossTenantHeadersStamped', b_short))
    client = dict(helo=eop_helo, rdns=eop_host, ip=eop_ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, spf=spf, dmarc=dmarc, env_from=srs)


def outlook_consumer(m, lang='de-DE', has_attach=False):
    """Outlook.com / Hotmail free mail (MSA tenant)."""
    m365(m, m.frm[1].split('@')[1], tenant_guid='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa', region='EUR', lang=lang,
         has_attach=has_attach, consumer=True, selector='selector1', dmarc='pass')


# ---------------------------------------------------------------- Gmail / Google Workspace

GMAIL_HOSTS = [('mail-wm1-f%d.google.com', '209.85.128.%d'), ('mail-ej1-f%d.google.com', '209.85.218.%d'),
               ('mail-lf1-f%d.google.com', '209.85.167.%d'), ('mail-wr1-f%d.google.com', '209.85.221.%d'),
               ('mail-ed1-f%d.google.com', '209.85.208.%d'), ('mail-pl1-f%d.google.com', '209.85.214.%d')]


def _pdt(t):
    return 'PT-US'


def gmail(m, workspace=None, has_attach=False, selector=None, helo_host=None, x_received=True, sor=False):
    if m.hcs == ('utf-8', 'B'):
        m.hcs = ('UTF-8', 'B')
    hostfmt, ipfmt = m.rng.choice(GMAIL_HOSTS) if not sor else ('mail-sor-f%d.google.com', '209.85.220.%d')
    n = m.rng.randint(41, 73)
    host = hostfmt % n
    ip = ipfmt % n
    t0 = when.add(m.date, m.rng.randint(1, 4))
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = 'CA%s%s@mail.gmail.com' % (m.rng.choice(['+', 'J', 'N', 'E', 'H', 'L', 'P']), m.alnum(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=') + '=' + m.alnum(10))
    smtp_id = '%s-%s%s.%d' % (m.rng.choice(['a640c23a62f3a', '5b1f17b1804b1', '2adb3069b0e04', 'd9443c01a7336', '4fb4d7f45d1cf']),
                              m.hex(11), 'so%d' % m.rng.randint(1000000, 99999999) + m.rng.choice(['66b', '5e9', '9e0', 'f6', 'a7']), 0)
    t_epoch = int(t0.timestamp())
    dom = workspace or 'gmail.com'
    trace = []
    trace.append(('Received', 'by %s with SMTP id %s\n        for <%s>; %s' % (
        host, smtp_id, m.rcpt or m.to[0][1], when.rfc('PT-US', t0, abbr=True))))
    hlist = 'to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to' if m.in_reply_to else 'to:subject:message-id:date:from:mime-version:from:to:cc\n         :subject:date:message-id:reply-to'
    sig = dkim_header(m, dom, selector or ('google' if workspace else '20230601'), hlist.replace('\n         ', ''), t=t_epoch, x=t_epoch + 604800, extra='darn=example.com')
    xg = dkim_header(m, '1e100.net', '20230601', ('x-gm-message-state:' + hlist.replace('\n         ', '')), t=t_epoch, x=t_epoch + 604800)
    m._dkim.pop()  # X-Google-DKIM-Signature is not evaluated as a DKIM-Signature
    trace_sig = [sig, ('X-Google-DKIM-Signature', xg[1])]
    trace = trace_sig + [
        ('X-Gm-Message-State', 'AOJu0Y' + m.b64(50) + '\n\t' + m.b64(20)),
        ('X-Gm-Gg', 'ASbGnc' + m.b64(66) + '\n\t' + m.b64(70) + '\n\t' + m.b64(44)),
        ('X-Google-Smtp-Source', 'AGHT+I' + m.b64(80) + '=='),
    ]
    if x_received:
        trace.append(('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            m.hex(4), m.hex(4), m.hex(3), m.hex(4), m.hex(4), smtp_id.replace('so', 'mr').rsplit('.', 1)[0] + '.%d.%d' % (m.rng.randint(1, 40), t_epoch * 1000 + m.rng.randint(0, 999)),
            when.rfc('PT-US', t0, abbr=True))))
    trace.insert(0, ('Received', 'by %s with SMTP id %s\n        for <%s>; %s' % (
        host, smtp_id, m.rcpt or m.to[0][1], when.rfc('PT-US', t0, abbr=True))))
    f = msg_fields(m, ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date'])
    f.append(('X-Gm-Features', 'AQt7F2' + m.b64(52)))
    f += msg_fields(m, ['Message-ID', 'Subject', 'To', 'CC', 'Reply-To', 'extra', 'Content-Type', 'Content-Transfer-Encoding'])
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13_128)
    _fin(m, client, trace + f, t_mx, env_from=m.env_from)


def gmail_boundary(m):
    return '000000000000' + m.hex(16)


# ---------------------------------------------------------------- Lieferant: Exchange 2016 + Postfix relay

def lieferant(m, owa_ip=None, lang='de-DE', has_attach=False, replies=0, client_ip='192.168.20.57'):
    t0 = when.add(m.date, 1)
    t1 = when.add(t0, 1)
    t_mx = when.add(t1, m.rng.randint(1, 2))
    if not m.msgid:
        m.msgid = '%s@SRV-EX01.lieferant.local' % m.hex(32)
    ll = m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4) + ':' + m.hex(4)
    m.hcs = ('iso-8859-1', 'Q') if m.hcs == ('utf-8', 'B') else m.hcs
    trace = [dkim_header(m, 'lieferant-gmbh.de', 'mail2025', 'From:To:Subject:Date:Message-ID:In-Reply-To:References:Content-Type:MIME-Version:From', t=int(t1.timestamp()), c='relaxed/simple')]
    trace.append(('Received', 'from SRV-EX01.lieferant.local (unknown [192.168.20.10])\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTPS id %s;\n\t%s' % (
        m.qid(), when.rfc('DE', t1, abbr=True))))
    trace.append(('Received', 'from SRV-EX01.lieferant.local (192.168.20.10) by\n SRV-EX01.lieferant.local (192.168.20.10) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id\n 15.1.2507.44; %s' % when.rfc('DE', t0)))
    trace.append(('Received', 'from SRV-EX01.lieferant.local ([fe80::%s]) by\n SRV-EX01.lieferant.local ([fe80::%s%%12]) with mapi id\n 15.01.2507.044; %s' % (ll, ll, when.rfc('DE', t0))))
    f = msg_fields(m, ['From', 'To', 'CC', 'Subject'])
    f.append(('Thread-Topic', m.subj()))
    f.append(('Thread-Index', _ti(m, replies)))
    f += msg_fields(m, ['Date', 'Message-ID', 'References', 'In-Reply-To'])
    f.append(('Accept-Language', '%s, en-US' % lang))
    f.append(('Content-Language', lang))
    f.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    f.append(('X-MS-TNEF-Correlator', ''))
    f.extend(m.extra)
    f.append(('x-ms-exchange-transport-fromentityheader', 'Hosted'))
    f.append(('x-originating-ip', '[%s]' % (owa_ip or client_ip)))
    f += msg_fields(m, ['Content-Type', 'Content-Transfer-Encoding', 'MIME-Version'])
    client = dict(helo='mail.lieferant-gmbh.de', rdns='mail.lieferant-gmbh.de', ip='203.0.113.25', tls_line=TLS13)
    _fin(m, client, trace + f, t_mx)


# ---------------------------------------------------------------- generic Postfix MTA (own servers, VPS)

def postfix_server(m, host, ip, helo=None, submit_from=None, dkim=None, auth_user=None, mua_headers=(), order=None,
                   zone='DE', spf='pass', dmarc='pass', tls=True, local_uid=None, msgid_dom=None, tls_line=None):
    """Mail submitted to (or generated on) a Postfix host that sends directly to mx01."""
    t0 = when.add(m.date, m.rng.randint(0, 2))
    t_mx = when.add(t0, m.rng.randint(1, 3))
    if not m.msgid:
        m.msgid = '%s@%s' % (m.hex(16) + '.' + m.hex(8), msgid_dom or host)
    trace = []
    if dkim:
        trace.append(dkim_header(m, dkim[0], dkim[1], 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=int(t0.timestamp())))
    if local_uid is not None:
        trace.append(('Received', 'by %s (Postfix, from userid %d)\n\tid %s; %s' % (host, local_uid, m.qid(), when.rfc(zone, t0, abbr=True))))
    elif submit_from:
        sh, sip = submit_from
        au = '\n\t(Authenticated sender: %s)' % auth_user if auth_user else ''
        trace.append(('Received', 'from %s (%s [%s])%s\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
            sh, 'unknown' if sh.startswith('[') else sh, sip, au, host, m.qid(), when.rfc(zone, t0, abbr=True))))
    f = list(mua_headers)
    f += msg_fields(m, order or ['Date', 'From', 'To', 'CC', 'Reply-To', 'Subject', 'Message-ID', 'In-Reply-To', 'References', 'extra', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'], zone=zone)
    client = dict(helo=helo or host, rdns=host, ip=ip, tls=tls, tls_line=tls_line or TLS13)
    _fin(m, client, trace + f, t_mx, spf=spf, dmarc=dmarc)


# ---------------------------------------------------------------- Exim / cPanel (shared hosting)

def exim_cpanel(m, host, ip, auth_user=None, client=None, php_script=None, mailer=None, zone='DE', dkim=None,
                spf='pass', dmarc='pass', order=None, helo=None, cpanel_user='user', uid=(1021, 1024)):
    t0 = when.add(m.date, m.rng.randint(0, 2))
    t_mx = when.add(t0, m.rng.randint(1, 4))
    if not m.msgid:
        m.msgid = '%s@%s' % (m.alnum(43), (m.env_from or m.frm[1]).split('@')[1])
    eid = '1t%s-%s-%s' % (m.alnum(4), '0000000' + m.alnum(5), m.alnum(4))
    trace = []
    if dkim:
        trace.append(dkim_header(m, dkim[0], dkim[1], 'Content-Type:MIME-Version:Message-ID:Subject:\n\tReply-To:From:To:Date:Sender:Cc:Content-Transfer-Encoding:Content-ID:\n\tContent-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc\n\t:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:\n\tList-Subscribe:List-Post:List-Owner:List-Archive', c='relaxed/relaxed'))
    if client:
        cip, cport, chelo = client
        trace.append(('Received', 'from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            cip, cport, chelo, host, m.env_from or m.frm[1], eid, m.rcpt or m.to[0][1], when.rfc(zone, t0))))
    else:
        trace.append(('Received', 'from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            cpanel_user, host, m.env_from or m.frm[1], eid, m.rcpt or m.to[0][1], when.rfc(zone, t0))))
    f = msg_fields(m, order or ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'extra', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'], zone=zone)
    if mailer:
        f.insert(6, ('X-Mailer', mailer))
    dom = (m.env_from or m.frm[1]).split('@')[1]
    f += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
          ('X-AntiAbuse', 'Primary Hostname - %s' % host),
          ('X-AntiAbuse', 'Original Domain - example.com'),
          ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % uid),
          ('X-AntiAbuse', 'Sender Address Domain - %s' % dom)]
    if auth_user:
        f += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (host, auth_user)),
              ('X-Authenticated-Sender', '%s: %s' % (host, auth_user))]
    else:
        f += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (host, cpanel_user)),
              ('X-Authenticated-Sender', '%s: %s' % (host, m.frm[1]))]
    if php_script:
        f.insert(0, ('X-PHP-Script', php_script))
    f.append(('X-Source', ''))
    f.append(('X-Source-Args', ''))
    f.append(('X-Source-Dir', ''))
    cl = dict(helo=helo or host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, cl, trace + f, t_mx, spf=spf, dmarc=dmarc)


# ---------------------------------------------------------------- Zoho Mail EU

def zoho_eu(m, domain, client_ip, zone='DE'):
    n = m.rng.randint(10, 40)
    host = 'sender4-op-o%d.zoho.eu' % n
    ip = '136.143.169.%d' % n
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, m.rng.randint(1, 3))
    ts = int(m.date.timestamp() * 1000)
    if not m.msgid:
        m.msgid = '%s.%s.%d@%s' % (m.hex(11), m.hex(16), m.rng.randint(10 ** 18, 10 ** 19 - 1), domain)
    arc = m.b64(342) + '=='
    trace = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=%s' % (ts // 1000, arc)),
             ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc; \n\tbh=%s=; \n\tb=%s' % (ts // 1000, m.b64(43), m.b64(342) + '==')),
             ('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>' % (domain, m.frm[1], m.frm[1]))]
    trace.append(dkim_header(m, domain, 'zmail', 'Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To:Cc', t=ts // 1000, c='relaxed/relaxed', i=m.frm[1]))
    trace.append(('Received', 'from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d.%d; %s' % (ts, m.rng.randint(100, 999), m.rng.randint(10 ** 9, 10 ** 10 - 1), when.rfc(zone, t0))))
    trace.append(('Received', 'from  [%s] by mail.zoho.eu\n\twith HTTP;%s' % (client_ip, when.rfc(zone, m.date))))
    f = msg_fields(m, ['Date', 'From', 'Reply-To', 'To', 'CC', 'Message-Id', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'], zone=zone)
    f.insert(6, ('Importance', 'Medium'))
    f.append(('User-Agent', 'Zoho Mail'))
    f.append(('X-Mailer', 'Zoho Mail'))
    f.extend(m.extra)
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx)


# ---------------------------------------------------------------- Bulk senders

def ses(m, region='eu-west-1', domain_dkim=None, feedback='', ses_sel='uku4taia5b5tsbglxyj6zym32efj7xqv'):
    n = m.rng.randint(1, 60)
    octet = {'eu-west-1': (7, '54.240.7.%d'), 'eu-central-1': (48, '69.169.226.%d'), 'us-east-1': (8, '54.240.8.%d')}[region]
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (octet[0], n, region)
    ip = octet[1] % n
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '010%d019%s-%s-%s-%s-%s-000000@%s.amazonses.com' % (m.rng.choice([2, 7]), m.hex(9), m.hex(8), m.hex(4), m.hex(4), m.hex(12), region)
    t = int(t0.timestamp())
    trace = []
    if domain_dkim:
        trace.append(dkim_header(m, domain_dkim[0], domain_dkim[1], 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date', t=t, q=True, c='relaxed/simple'))
    trace.append(dkim_header(m, 'amazonses.com', ses_sel, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID', t=t, q=True, c='relaxed/simple'))
    f = msg_fields(m, ['From', 'To', 'Reply-To', 'Subject', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'Message-ID', 'Date', 'extra'], utc_date=True)
    f.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, m.b64(43))))
    f.append(('X-SES-Outgoing', '%s-%s' % (t0.strftime('%Y.%m.%d'), ip)))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    bounce = '010%d019%s-%s@%s.amazonses.com' % (2, m.hex(9), m.guid(), region)
    _fin(m, client, trace + f, t_mx, env_from=bounce, dmarc='pass' if domain_dkim else 'fail')


def sendgrid(m, domain_dkim=None, subuser='u' + '0'):
    host = '%s.outbound-mail.sendgrid.net' % m.alnum(8, 'abcdefghijklmnopqrstuvwxyz')
    ip = '149.72.%d.%d' % (m.rng.randint(1, 254), m.rng.randint(1, 254))
    t0 = when.add(m.date, 1)
    t1 = when.add(t0, 1)
    t_mx = when.add(t1, 1)
    if not m.msgid:
        m.msgid = '%s@geopod-ismtpd-%d' % (m.alnum(22), m.rng.randint(1, 40))
    trace = []
    if domain_dkim:
        trace.append(dkim_header(m, domain_dkim[0], domain_dkim[1], 'content-type:from:mime-version:subject:reply-to:to:cc:\n\tcontent-type:from:subject:to', c='relaxed/relaxed'))
    trace.append(dkim_header(m, 'sendgrid.info', 'smtpapi', 'content-type:from:mime-version:subject:reply-to:to:cc:\n\tcontent-type:from:subject:to'))
    trace.append(('Received', 'by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s\n\t%s' % (
        m.alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.hex(8).upper(), m.digits(2), when.rfc('UTC', t1).replace('+0000', '+0000 (UTC)'))))
    trace.append(('Received', 'from [%s] (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s' % (
        '10.%d.%d.%d' % (m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(0, 255)), m.rng.randint(1, 40), m.alnum(22), m.rcpt or m.to[0][1], when.rfc('UTC', t0).replace('+0000', '+0000 (UTC)'))))
    f = msg_fields(m, ['Content-Type', 'Date', 'From', 'Mime-Version', 'Message-ID', 'Subject', 'Reply-To', 'extra'], utc_date=True)
    f.append(('X-SG-EID', '\n ' + m.b64(96) + '\n ' + m.b64(96) + '\n ' + m.b64(40) + '='))
    f.append(('X-SG-ID', '\n ' + m.b64(80) + '\n ' + m.b64(30) + '='))
    f += msg_fields(m, ['To'])
    f.append(('X-Entity-ID', 'u001.' + m.b64(22) + '=='))
    f += msg_fields(m, ['Content-Transfer-Encoding'])
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    bounce = 'bounces+%d-%s-%s=%s@em%d.%s' % (m.rng.randint(10000000, 49999999), m.hex(4), m.rcpt.split('@')[0], 'example.com', m.rng.randint(1000, 9999), (domain_dkim[0] if domain_dkim else 'sendgrid.net'))
    _fin(m, client, trace + f, t_mx, env_from=bounce, dmarc='pass' if domain_dkim else 'fail')


def mailgun(m, domain, zone='UTC'):
    a, b = m.rng.randint(200, 230), m.rng.randint(1, 254)
    host = 'm%d-%d.mailgun.net' % (a, b)
    ip = '159.135.%d.%d' % (a, b)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    if not m.msgid:
        m.msgid = '%s.%s@%s' % (t0.strftime('%Y%m%d%H%M%S'), m.hex(16), domain)
    trace = [dkim_header(m, domain, 'krs', 'Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: Subject:\n\tFrom: From: To: To: Reply-To: Date: Message-Id: Sender: Sender;'.replace(' ', '').replace(';', ''), t=int(t0.timestamp()), q=True)]
    trace.append(('X-Mailgun-Sending-Ip', ip))
    trace.append(('X-Mailgun-Sid', 'W' + m.b64(60)))
    trace.append(('Received', 'by %s with HTTP id %s; %s' % ('f-%s' % m.hex(6), m.hex(24), when.rfc('UTC', t0))))
    f = msg_fields(m, ['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-Id', 'extra'], utc_date=True)
    f.append(('X-Mailgun-Variables', '{"campaign": "%s"}' % m.hex(8)))
    f += msg_fields(m, ['Mime-Version', 'Content-Type', 'Content-Transfer-Encoding'])
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, env_from='bounce+%s.%s-%s=example.com@%s' % (m.hex(6), m.hex(6), m.rcpt.split('@')[0], domain))


def brevo(m, domain, tracking_dom=None):
    host = 'mx-%s.sender-sib.com' % m.alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789')
    ip = '185.41.28.%d' % m.rng.randint(2, 250)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    if not m.msgid:
        m.msgid = '%s.%d.%s@smtp-relay.mailin.fr' % (m.guid(), m.rng.randint(10 ** 12, 10 ** 13 - 1), m.hex(6))
    trace = [dkim_header(m, domain, 'mail', 'From:To:Subject:Date:Message-Id:List-Unsubscribe:Content-Type:MIME-Version', c='relaxed/relaxed'),
             dkim_header(m, 'sendinblue.com', 'mail', 'From:To:Subject:Date:Message-Id:List-Unsubscribe:Content-Type:MIME-Version', c='relaxed/relaxed')]
    f = msg_fields(m, ['MIME-Version', 'From', 'To', 'Subject', 'Date', 'Reply-To', 'Message-Id', 'extra', 'Content-Type', 'Content-Transfer-Encoding'], utc_date=True)
    f.append(('X-Mailer', 'Sendinblue'))
    f.append(('X-sib-id', m.b64(92)))
    f.append(('X-CSA-Complaints', 'csa-complaints@eco.de'))
    f.append(('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, m.rng.randint(1000000, 9999999), m.rng.randint(1000000, 9999999))))
    f.append(('Origin-messageId', '<%s>' % m.msgid))
    f.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    f.append(('List-Unsubscribe', '<https://%s/unsubscribe/%s>' % (tracking_dom or 'r.sendibt2.com', m.alnum(40))))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, env_from='bounces-%d-%s=example.com@sendibm%d.com' % (m.rng.randint(100000, 999999), m.rcpt.split('@')[0], m.rng.randint(1, 4)))


def mailchimp(m, domain, list_id, unsub_url):
    a, b = m.rng.randint(128, 190), m.rng.randint(1, 250)
    suw = m.rng.randint(11, 41)
    host = 'mail%d-%d.suw%02d.mcdlv.net' % (a, b, suw)
    ip = '198.2.%d.%d' % (a, b)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 3)
    if not m.msgid:
        m.msgid = '%s.%s@mail%d.suw%02d.mcdlv.net' % (m.hex(26), m.hex(10), a, suw)
    trace = [dkim_header(m, 'mcdlv.net', 'k3', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\tList-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:From:Subject', c='relaxed/relaxed'),
             dkim_header(m, domain, 'k3', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\tList-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:From:Subject', c='relaxed/relaxed'),
             ('Received', 'from localhost (localhost [127.0.0.1])\n\tby mail%d-%d.suw%02d.mcdlv.net (Mailchimp) with ESMTP id 4Z%s\n\tfor <%s>; %s' % (a, b, suw, m.alnum(10), m.rcpt, when.rfc('UTC', t0)))]
    f = msg_fields(m, ['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID'], utc_date=True)
    f.append(('X-Mailer', 'Mailchimp Mailer - **CID%s**' % m.hex(18)))
    f.append(('X-Campaign', 'mailchimp%s.%s' % (m.hex(20), m.hex(10))))
    f.append(('X-campaignid', 'mailchimp%s.%s' % (m.hex(20), m.hex(10))))
    f.append(('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (m.hex(25), m.hex(10), m.hex(10))))
    f.append(('X-MC-User', m.hex(25)))
    f.append(('Feedback-ID', '%d:%d.%d:us%d:mc' % (m.rng.randint(10 ** 7, 10 ** 8), m.rng.randint(10 ** 7, 10 ** 8), m.rng.randint(10 ** 6, 10 ** 7), m.rng.randint(1, 21))))
    f.append(('List-ID', '%s mailchimp list <%s.%s.list-id.mcsv.net>' % (m.hex(25), m.hex(25), list_id)))
    f.append(('X-Accounttype', 'pd'))
    f.append(('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us%d_%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (unsub_url, m.rng.randint(1, 21), m.hex(20))))
    f.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    f.extend(m.extra)
    f += msg_fields(m, ['Content-Type', 'MIME-Version'])
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, env_from='bounce-mc.us%d_%d.%d-%s=example.com@mail%d.suw%02d.mcdlv.net' % (
        m.rng.randint(1, 21), m.rng.randint(10 ** 7, 10 ** 8), m.rng.randint(10 ** 6, 10 ** 7), m.rcpt.split('@')[0], a, suw))


def postmark(m, domain):
    n = m.rng.randint(101, 140)
    host = 'sc-ord-mta%d.mtasv.net' % n
    ip = '50.31.156.%d' % (n - 90)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    pmid = m.guid()
    if not m.msgid:
        m.msgid = pmid + '@mtasv.net'
    trace = [dkim_header(m, 'pm.mtasv.net', 'pm20241128', 'Date:From:To:Subject:Message-Id:Content-Type:MIME-Version', c='relaxed/relaxed', t=int(t0.timestamp())),
             dkim_header(m, domain, '20261001%spm' % m.hex(4), 'Date:From:To:Subject:Message-Id:Content-Type:MIME-Version', c='relaxed/relaxed', t=int(t0.timestamp())),
             ('Received', 'by %s id %s for <%s>; %s\n (envelope-from <pm_bounces@pm-bounces.%s>)' % (host, m.hex(12), m.rcpt, when.rfc('ET-US', t0), domain))]
    f = msg_fields(m, ['Date', 'From', 'Message-Id', 'Reply-To', 'To', 'Subject', 'extra', 'MIME-Version', 'Content-Type'], utc_date=True)
    f.append(('X-PM-Message-Id', pmid))
    f.append(('X-PM-RCPT', '|%s|' % m.b64(38)))
    f.append(('X-PM-Message-Options', 'v1;' + m.b64(40)))
    f.append(('Feedback-ID', 's%d-%s:s%d-%s:%s:pm' % (m.rng.randint(1000000, 9999999), m.hex(6), m.rng.randint(1000000, 9999999), m.hex(6), 's' + str(m.rng.randint(100, 999)))))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12_128)
    _fin(m, client, trace + f, t_mx, env_from='pm_bounces@pm-bounces.%s' % domain)


def hubspot(m, domain, portal_id):
    n = m.rng.randint(10, 250)
    host = '143-244-80-%d.hubspotemail.net' % n
    ip = '143.244.80.%d' % n
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    if not m.msgid:
        m.msgid = '%d.%d@%s' % (m.rng.randint(10 ** 12, 10 ** 13), m.rng.randint(10 ** 9, 10 ** 10), 'hubspotemail.net')
    trace = [dkim_header(m, domain, 'hs1-%d' % portal_id, 'sender:from:reply-to:to:subject:message-id:date:content-type:mime-version:list-unsubscribe:x-hs-cid', c='relaxed/relaxed', t=int(t0.timestamp())),
             dkim_header(m, 'hubspotemail.net', 'hs1-%d' % portal_id, 'sender:from:reply-to:to:subject:message-id:date:content-type:mime-version:list-unsubscribe', c='relaxed/relaxed', t=int(t0.timestamp()))]
    f = msg_fields(m, ['Sender', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID', 'Date', 'Content-Type', 'MIME-Version', 'extra'], utc_date=True)
    f.append(('X-HS-Cid', m.b64(30)))
    f.append(('X-Report-Abuse-To', 'abuse@hubspot.com'))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, env_from='1axbt%s@bf%02d.hubspotemail.net' % (m.alnum(40, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.rng.randint(1, 20)))


def cleverreach(m, domain):
    n = m.rng.randint(1, 60)
    host = 'mta%d.crsend.com' % n
    ip = '46.243.95.%d' % (100 + n)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s.%d@crsend.com' % (m.hex(32), m.rng.randint(1000000, 9999999))
    trace = [dkim_header(m, domain, 'cr', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type', c='relaxed/relaxed'),
             dkim_header(m, 'crsend.com', 'crmail', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type', c='relaxed/relaxed')]
    f = msg_fields(m, ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'extra'], zone='DE')
    f.append(('X-Mailer', 'CleverReach Mailer 9.8'))
    f.append(('X-CSA-Complaints', 'csa-complaints@eco.de'))
    f.append(('X-Complaints-To', 'abuse@cleverreach.com'))
    f += msg_fields(m, ['MIME-Version', 'Content-Type'])
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, env_from='bounce-%d-%s@crsend.com' % (m.rng.randint(10 ** 8, 10 ** 9), m.hex(10)))


def sendpulse(m, domain):
    n = m.rng.randint(2, 120)
    host = 'smtp-%d.sendpulse.com' % n
    ip = '178.32.129.%d' % n
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    if not m.msgid:
        m.msgid = '%s@%s' % (m.hex(32), domain)
    trace = [dkim_header(m, domain, 'sign', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe', c='relaxed/relaxed'),
             ('Received', 'from sendpulse.com (localhost [127.0.0.1])\n\tby %s (SendPulse) with ESMTP id %s\n\tfor <%s>; %s' % (host, m.hex(12).upper(), m.rcpt, when.rfc('RU', t0)))]
    f = msg_fields(m, ['From', 'To', 'Subject', 'Date', 'Message-ID', 'Reply-To', 'extra', 'MIME-Version', 'Content-Type'], zone='RU')
    f.append(('X-Mailer', 'SendPulse'))
    f.append(('X-SP-Campaign', str(m.rng.randint(10 ** 6, 10 ** 7))))
    f.append(('Precedence', 'bulk'))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, env_from='bounce-%s@%s' % (m.hex(12), domain))


# ---------------------------------------------------------------- Regional providers

def yandex360(m, domain, client_ip, zone='RU', via_web=True):
    n = m.rng.choice(['501a', '502b', '500d', '503c', '101a'])
    fwd = 'forward%s.mail.yandex.net' % n
    ip = '178.154.239.%d' % m.rng.randint(70, 160)
    inner = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (m.rng.randint(10, 90), m.rng.choice(['sas', 'vla', 'iva']))
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%d%d@mail.yandex.ru' % (m.rng.randint(100000, 999999), m.rng.randint(1000000000, 1999999999))
    trace = [('Received', 'from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s' % (
        inner, inner, '2a02:6b8:c08:%s:0:640:%s:0' % (m.hex(4), m.hex(4)), fwd, m.alnum(12), m.rcpt, when.rfc(zone, t0)))]
    trace.append(('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (inner, m.alnum(10), m.alnum(8), when.rfc(zone, t0))))
    trace.append(('X-Yandex-Fwd', '1'))
    trace.append(dkim_header(m, domain, 'mail', 'From:To:Subject:Message-ID:Date:In-Reply-To:References:Content-Type', t=int(t0.timestamp()), c='relaxed/relaxed'))
    f = msg_fields(m, ['From', 'To', 'CC', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', 'X-Mailer', 'Date', 'Message-Id', 'extra', 'Content-Type', 'Content-Transfer-Encoding'], zone=zone)
    if via_web:
        f.insert(6, ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'))
    f.append(('X-Yandex-Spam', '1'))
    client = dict(helo=fwd, rdns=fwd, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx)


def wp_pl(m, client_ip):
    host = 'mx.wp.pl'
    ip = '212.77.101.%d' % m.rng.choice([1, 10, 12])
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s@wp.pl' % m.hex(32)
    trace = [dkim_header(m, 'wp.pl', '1024a', 'From:To:Subject', t=int(t0.timestamp()), c='relaxed/relaxed'),
             ('Received', '(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s' % (m.rng.randint(10000, 99999), when.rfc('PL', t0))),
             ('Received', 'from unknown (HELO [10.0.0.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s' % (
                 m.rng.randint(2, 250), m.frm[1].split('@')[0], client_ip, m.frm[1], m.rcpt, when.rfc('PL', t0)))]
    f = msg_fields(m, ['Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'extra'], zone='PL')
    f.append(('X-WP-MailID', m.hex(32)))
    f.append(('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'))
    f.append(('X-WP-SPAM', 'NO 0000000 [0YNk]'))
    client = dict(helo=host, rdns='mx%d.wp.pl' % m.rng.randint(1, 4), ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx)


def home_pl(m, server_no, ip, client_ip, dkim_dom=None, zone='PL', mua=None):
    host = 'cloudserver%s.home.pl' % server_no
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s@%s' % (m.hex(16), m.frm[1].split('@')[1])
    trace = []
    if dkim_dom:
        trace.append(dkim_header(m, dkim_dom, 'x', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=int(t0.timestamp()), c='relaxed/relaxed'))
    trace.append(
                 ('Received', 'from [%s] (%s.ip.netia.com.pl [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
                     '192.168.0.%d' % m.rng.randint(10, 200), 'host-' + client_ip.replace('.', '-'), client_ip, host, m.alnum(11).upper(), when.rfc(zone, t0, abbr=True))))
    trace.append(('X-CLIENT-IP', client_ip))
    trace.append(('X-CLIENT-HOSTNAME', 'host-' + client_ip.replace('.', '-') + '.ip.netia.com.pl'))
    trace.append(('X-VADE-SPAMSTATE', 'clean'))
    trace.append(('X-VADE-SPAMCAUSE', m.b64(120)))
    trace.append(('X-DCC--Metrics', '%s 1170; Body=%d Fuz1=%d Fuz2=%d' % (host, m.rng.randint(2, 6), m.rng.randint(2, 6), m.rng.randint(2, 6))))
    f = msg_fields(m, ['From', 'To', 'CC', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'extra'], zone=zone)
    if mua:
        f.insert(6, mua)
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, dmarc='none')


def ionos(m, client_ip, mua=('User-Agent', 'Mozilla Thunderbird'), zone='ES'):
    n = m.rng.randint(100, 120)
    host = 'mout.kundenserver.de'
    ip = '212.227.126.%d' % m.rng.choice([130, 131, 133, 134, 135, 187])
    inner = 'mrelayeu.kundenserver.de (mreue%d [212.227.15.%d])' % (n, m.rng.randint(160, 190))
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s@%s' % (m.guid(), m.frm[1].split('@')[1])
    trace = [('Received', 'from [192.168.1.%d] ([%s]) by %s with ESMTPSA (Nemesis) id 1M%s-%s; %s' % (
        m.rng.randint(20, 60), client_ip, inner, m.alnum(9), m.alnum(11), when.rfc(zone, t0)))]
    f = msg_fields(m, ['Message-ID', 'Date', 'MIME-Version', 'extra', 'Content-Language', 'To', 'From', 'Subject', 'Content-Type', 'Content-Transfer-Encoding'], zone=zone)
    if mua:
        f.insert(3, mua)
    f.append(('X-Provags-ID', 'V03:K1:' + m.b64(60) + '\n ' + m.b64(72) + '\n ' + m.b64(40)))
    f.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + m.b64(11) + '=;' + m.b64(60) + '\n ' + m.b64(70)))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, dmarc='none')


def aruba(m, client_ip, mua=None, zone='IT'):
    n = m.rng.randint(10, 99)
    host = 'smtpcmd0%d%02d.aruba.it' % (m.rng.randint(1, 15), n)
    ip = '62.149.158.%d' % m.rng.randint(10, 250)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s$%s@%s' % (m.hex(12), m.hex(12), m.frm[1].split('@')[1])
    trace = [('Received', 'from DESKTOP-%s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
        m.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), client_ip, m.alnum(20), when.rfc(zone, t0)))]
    trace.append(dkim_header(m, m.frm[1].split('@')[1], 'a1', 'From:To:Subject:Date:MIME-Version:Content-Type', t=int(t0.timestamp())))
    f = msg_fields(m, ['From', 'To', 'CC', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'extra'], zone=zone)
    if mua:
        f.insert(6, mua)
    f.append(('X-CMAE-Envelope', 'MS4xfP' + m.b64(70) + '\n ' + m.b64(76) + '\n ' + m.b64(60)))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, dmarc='none')


def hornet(m, inner_host, inner_ip, dkim_dom, lang='de-DE', has_attach=False):
    n = m.rng.randint(40, 90)
    host = 'mx-relay%d-hz1.antispameurope.com' % n
    ip = '94.100.136.%d' % n
    t0 = when.add(m.date, 1)
    t1 = when.add(t0, 2)
    t_mx = when.add(t1, 1)
    if not m.msgid:
        m.msgid = '%s@%s' % (m.hex(32), inner_host)
    trace = [dkim_header(m, dkim_dom, 'hse1', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', c='relaxed/relaxed'),
             ('Received', 'from %s ([%s]) by %s;\n %s' % (inner_host, inner_ip, host, when.rfc('DE', t1))),
             ('Received', 'from %s (192.168.1.20) by\n %s (192.168.1.20) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1748.36; %s' % (
                 inner_host.split('.')[0].upper() + '.zsh.local', inner_host.split('.')[0].upper() + '.zsh.local', when.rfc('DE', t0)))]
    f = msg_fields(m, ['From', 'To', 'CC', 'Subject', 'Thread-Topic'])
    f = [x for x in f]
    f.append(('Thread-Topic', m.subj()))
    f.append(('Thread-Index', _ti(m)))
    f += msg_fields(m, ['Date', 'Message-ID', 'References', 'In-Reply-To'])
    f.append(('Accept-Language', '%s, en-US' % lang))
    f.append(('Content-Language', lang))
    f.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    f.append(('X-MS-TNEF-Correlator', ''))
    f += msg_fields(m, ['Content-Type', 'Content-Transfer-Encoding', 'MIME-Version'])
    f += [('X-cloud-security-sender', m.frm[1]),
          ('X-cloud-security-recipient', m.rcpt or m.to[0][1]),
          ('X-cloud-security-crypt', 'load encryption module'),
          ('X-cloud-security-Virusscan', 'CLEAN'),
          ('X-cloud-security-disclaimer', 'This E-Mail was scanned by E-Mailservice on %s with 4%s' % (host, m.alnum(9))),
          ('X-cloud-security-connect', '%s[%s], TLS=1, IP=%s' % (inner_host, inner_ip, inner_ip)),
          ('X-cloud-security-Digest', m.hex(32)),
          ('X-cloud-security', 'scantime:%d.%03d' % (m.rng.randint(1, 3), m.rng.randint(0, 999)))]
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, dmarc='none')


def yahoo(m, client_ip):
    n = m.rng.randint(300, 340)
    host = 'sonic%d-%d.consmr.mail.ir2.yahoo.com' % (n, m.rng.randint(10, 30))
    ip = '77.238.178.%d' % m.rng.randint(80, 150)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%d.%d.%d@mail.yahoo.com' % (m.rng.randint(10 ** 8, 10 ** 9), m.rng.randint(10 ** 8, 10 ** 9), m.rng.randint(10 ** 12, 10 ** 13))
    trace = [dkim_header(m, 'yahoo.com', 's2048', 'Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To', t=int(t0.timestamp()), c='relaxed/relaxed'),
             ('X-SONIC-DKIM-SIGN', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s=; h=X-Sonic-MF:Date:From:Subject:From:Subject; b=%s' % (int(t0.timestamp()), m.b64(43), m.b64(120))),
             ('X-YMail-OSG', m.b64(76) + '\n ' + m.b64(76) + '\n ' + m.b64(50)),
             ('X-Sonic-MF', '<%s>' % m.frm[1]),
             ('X-Sonic-ID', m.guid()),
             ('Received', 'from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host, when.rfc_utc(t0)))]
    f = msg_fields(m, ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', 'Content-Type', 'References', 'extra'], zone=m.zone)
    f.append(('X-Mailer', 'WebService/1.1.24658 YMailNorrin'))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx)


def mailru(m):
    n = m.rng.randint(100, 399)
    host = 'f%d.i.mail.ru' % n
    ip = '95.163.41.%d' % m.rng.randint(60, 99)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%d.%s@f%d.i.mail.ru' % (int(m.date.timestamp()), m.hex(16), n)
    trace = [dkim_header(m, 'mail.ru', 'mail4', 'Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:\n\tContent-Type:Content-Transfer-Encoding:To:Cc', c='relaxed/relaxed'),
             ('Received', 'by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s' % (n, m.frm[1], m.alnum(4), '0000000' + m.alnum(5), m.alnum(4), m.rcpt, when.rfc('RU', t0)))]
    f = msg_fields(m, ['From', 'To', 'Subject', 'MIME-Version', 'X-Mailer', 'Date', 'Reply-To', 'X-Priority', 'Message-ID', 'extra', 'Content-Type', 'Content-Transfer-Encoding'], zone='RU')
    f.insert(4, ('X-Mailer', 'Mail.ru Mailer 1.0'))
    f.append(('X-7564579A', '78E4E2B564C1792B'))
    f.append(('X-77F55803', m.b64(60)))
    f.append(('X-Mailru-Sender', m.hex(64)))
    f.append(('X-Mras', 'Ok'))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx)


def otenet(m, client_ip):
    host = 'mailout%d.otenet.gr' % m.rng.randint(1, 6)
    ip = '83.235.67.%d' % m.rng.randint(10, 40)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s@otenet.gr' % m.hex(24)
    trace = [('Received', 'from webmail.otenet.gr (webmail.otenet.gr [83.235.64.%d])\n\tby %s (8.17.1/8.17.1) with ESMTP id %s\n\tfor <%s>; %s' % (
        m.rng.randint(20, 30), host, '5A' + m.alnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), m.rcpt, when.rfc('GR', t0)))]
    f = msg_fields(m, ['MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'Date', 'From', 'To', 'Subject', 'Reply-To', 'Message-ID', 'extra'], zone='GR')
    f.append(('X-Sender', m.frm[1]))
    f.append(('User-Agent', 'Roundcube Webmail/1.6.9'))
    f.append(('X-Originating-IP', '[%s]' % client_ip))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, dmarc='none')


def ovh(m, client_ip, zone='PL', mua=('X-Mailer', 'Microsoft Outlook 16.0')):
    n = m.rng.randint(10, 99)
    host = 'mo%d.mail-out.ovh.net' % (m.rng.randint(500, 599))
    ip = '178.33.%d.%d' % (m.rng.randint(200, 255), m.rng.randint(2, 250))
    inner = 'player7%02d.ha.ovh.net' % n
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s$%s$%s@%s' % (m.hex(12), m.hex(12), m.hex(12), m.frm[1].split('@')[1])
    trace = [dkim_header(m, m.frm[1].split('@')[1], 'ovhmo%d' % m.rng.randint(1000000, 9999999), 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/relaxed', t=int(t0.timestamp())),
             ('Received', 'from %s (unknown [10.108.%d.%d])\n\tby %s (Postfix) with ESMTP id 4Z%s\n\tfor <%s>; %s' % (inner, m.rng.randint(1, 250), m.rng.randint(1, 250), host, m.alnum(10), m.rcpt, when.rfc('UTC', t0, abbr=True))),
             ('Received', 'from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
                 m.frm[1].split('@')[1], 'unknown', client_ip, m.frm[1], inner, m.alnum(12).upper(), when.rfc('UTC', m.date, abbr=True))),
             ('X-Ovh-Tracer-Id', '%d%d' % (m.rng.randint(10 ** 9, 10 ** 10), m.rng.randint(10 ** 8, 10 ** 9))),
             ('X-VR-SPAMSTATE', 'OK'),
             ('X-VR-SPAMSCORE', '0'),
             ('X-VR-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeef' + m.alnum(40, 'abcdefghijklmnopqrstuvwxyz'))]
    f = msg_fields(m, ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'extra'], zone=zone)
    if mua:
        f.insert(5, mua)
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, dmarc='none')


def kasserver(m, server='dd31522', client_ip='176.57.1.1', mua=('X-Mailer', 'Microsoft Outlook 16.0')):
    host = '%s.kasserver.com' % server
    ip = '85.13.%d.%d' % (m.rng.randint(128, 167), m.rng.randint(2, 250))
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 1)
    if not m.msgid:
        m.msgid = '%s$%s$%s@%s' % (m.hex(12), m.hex(12), m.hex(12), m.frm[1].split('@')[1])
    trace = [('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
        'DESKTOP-' + m.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'unknown', client_ip, host, m.alnum(10, 'ABCDEF0123456789'), m.rcpt, when.rfc('DE', t0, abbr=True)))]
    f = msg_fields(m, ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'extra'], zone='DE')
    if mua:
        f.insert(5, mua)
    f.append(('Content-Language', 'de'))
    f.append(('X-Spamd-Bar', '/'))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, dmarc='none')


def direct_bot(m, helo, ip, rdns=None, mua=None, order=None, zone='BR', spf='softfail', dmarc='fail'):
    t_mx = when.add(m.date, m.rng.randint(3, 40))
    if not m.msgid:
        m.msgid = '%s$%s@%s' % (m.hex(12), m.hex(8), m.frm[1].split('@')[1])
    f = msg_fields(m, order or ['From', 'To', 'Subject', 'Date', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'Message-ID', 'extra'], zone=zone)
    if mua:
        f.extend(mua)
    client = dict(helo=helo, rdns=rdns, ip=ip, tls=False)
    m.auth = dict(m.auth or {}, dkim=[])
    _fin(m, client, f, t_mx, spf=spf, dmarc=dmarc)


# ---------------------------------------------------------------- platforms

def docusign(m, account_id):
    n = m.rng.randint(1, 9)
    host = 'mailx%d.eu.docusign.net' % n
    ip = '185.81.100.%d' % (20 + n)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    if not m.msgid:
        m.msgid = '%s@eu.docusign.net' % m.hex(32)
    trace = [dkim_header(m, 'docusign.net', 'mail', 'From:To:Subject:Date:Message-ID:Reply-To:Content-Type:MIME-Version', c='relaxed/relaxed', t=int(t0.timestamp())),
             ('Received', 'from EUDSMAIL0%d (10.121.4.%d) by %s with ESMTPSA id %s\n\tfor <%s>; %s' % (
                 n, m.rng.randint(10, 99), host, m.hex(16), m.rcpt, when.rfc_utc(t0)))]
    f = msg_fields(m, ['From', 'Reply-To', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'extra'], utc_date=True)
    f.append(('X-DocuSign-Account-Id', account_id))
    f.append(('X-DocuSign-Envelope-Id', m.guid()))
    f.append(('X-Api-Host', 'eumail.docusign.net'))
    f.append(('X-SiteCode', 'EU'))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, env_from='dse_eu%d@eumail.docusign.net' % m.rng.randint(1, 3))


def paypal(m, template_id='RT000238'):
    n = m.rng.randint(0, 5)
    host = 'mx%d.slc.paypal.com' % n
    ip = '173.0.84.%d' % (225 + n)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    if not m.msgid:
        m.msgid = '%s.%s@paypal.com' % (m.hex(12), m.digits(4))
    trace = [dkim_header(m, m.frm[1].split('@')[1], 'pp-dkim1', 'Content-Type:Date:Subject:To:From:Message-ID:MIME-Version', c='relaxed/relaxed', t=int(t0.timestamp())),
             ('Received', 'from notify.paypal.com (ccg13mail%02d.ccg13.lvs.paypalinc.com [10.176.%d.%d])\n\tby %s (Postfix) with ESMTP id 4Z%s\n\tfor <%s>; %s' % (
                 m.rng.randint(1, 20), m.rng.randint(1, 250), m.rng.randint(1, 250), host, m.alnum(10), m.rcpt, when.rfc('PT-US', t0, abbr=True)))]
    f = msg_fields(m, ['Content-Type', 'Content-Transfer-Encoding', 'Date', 'Subject', 'To', 'From', 'Message-ID', 'MIME-Version'], zone='PT-US')
    f.append(('X-Email-Type-Id', template_id))
    f.append(('PP-Correlation-Id', m.hex(13)))
    f.append(('X-PP-Priority', '0-none-false'))
    f.append(('X-MaxCode-Template', 'email_invoice_notification'))
    f.append(('AMQ-Delivery-Message-Id', 'nullval'))
    f.extend(m.extra)
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, env_from=m.frm[1])


def google_notify(m, dkim_dom='google.com', selector='20230601', env_dom='bounce.google.com'):
    gmail(m, workspace=dkim_dom, selector=selector, sor=True, x_received=True)
    m.msgid = m.msgid
    m.env_from = '3%s@%s' % (m.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'), env_dom)


def ms_notify(m):
    """Microsoft account notification (accountprotection.microsoft.com) via EOP."""
    m365(m, 'accountprotection.microsoft.com', tenant_guid='72f988bf-86f1-41af-91ab-2d7cd011db47', region='NAM', lang='en-US',
         selector='s1024-meo', org='microsoft.com', crosstenant_auth='Anonymous', dkim=True,
         srs='msa@accountprotection.microsoft.com')


def ariba(m):
    n = m.rng.randint(1, 9)
    host = 'smtp%d.ansmtp.ariba.com' % n
    ip = '216.109.104.%d' % (10 + n)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 3)
    if not m.msgid:
        m.msgid = '%d.%d.%d.JavaMail.svcaribaprod@%s' % (m.rng.randint(100000, 999999), m.rng.randint(100000, 999999), int(m.date.timestamp() * 1000), 'app%d.ariba.com' % n)
    trace = [dkim_header(m, 'ansmtp.ariba.com', 'ansmtp202306', 'Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type', c='relaxed/relaxed', t=int(t0.timestamp())),
             ('Received', 'from app%d.ariba.com (app%d.ariba.com [10.163.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
                 n, n, m.rng.randint(1, 250), m.rng.randint(1, 250), host, m.hex(10).upper(), m.rcpt, when.rfc('ET-US', t0, abbr=True)))]
    f = msg_fields(m, ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', 'Content-Type', 'extra'], utc_date=True)
    f.append(('X-Ariba-Realm', 'harrowgatefoods-T'))
    f.append(('X-Ariba-Notification', 'SourcingEventInvitation'))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS12)
    _fin(m, client, trace + f, t_mx, env_from='ordersender-prod@ansmtp.ariba.com')


def dropbox(m):
    n = m.rng.randint(10, 40)
    host = 'mailer%d.dropboxmail.com' % n
    ip = '162.125.%d.%d' % (m.rng.choice([2, 4, 6]), n)
    t0 = when.add(m.date, 1)
    t_mx = when.add(t0, 2)
    if not m.msgid:
        m.msgid = '%s@www.dropbox.com' % m.alnum(24).lower()
    trace = [dkim_header(m, 'dropbox.com', 'selector1', 'Content-Type:MIME-Version:Subject:From:To:Date:Message-ID:List-Unsubscribe', c='relaxed/relaxed', t=int(t0.timestamp())),
             ('Received', 'from dropbox.com (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (host, m.hex(10).upper(), m.rcpt, when.rfc('UTC', t0, abbr=True)))]
    f = msg_fields(m, ['Content-Type', 'MIME-Version', 'Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID', 'extra'], utc_date=True)
    f.append(('X-Dropbox-Message-Type', 'shared_link_notification'))
    f.append(('List-Unsubscribe', '<https://www.dropbox.com/l/%s/account/notifications>' % m.alnum(40)))
    client = dict(helo=host, rdns=host, ip=ip, tls_line=TLS13)
    _fin(m, client, trace + f, t_mx, env_from='bounces+%s@em-s.dropbox.com' % m.hex(20))


def premsgid(m, system, region='EUR'):
    """Pre-generate the Message-ID a system would assign (Outlook derives MIME boundaries from it)."""
    if m.msgid:
        return m.msgid
    if system == 'exo':
        mbx = _exo_server(m, region)
        m.msgid = '%s%s@%s' % (mbx.split('.')[0], m.hex(20, upper=True), mbx)
    elif system == 'exch':
        m.msgid = '%s@%s.corp.example.com' % (m.hex(32), m.rng.choice(['EXCH01', 'EXCH02']))
    elif system == 'lieferant':
        m.msgid = '%s@SRV-EX01.lieferant.local' % m.hex(32)
    elif system.startswith('onprem:'):
        m.msgid = '%s@%s' % (m.hex(32), system.split(':', 1)[1])
    return m.msgid
