"""Sending systems: each returns (header lines top-first below mx01, route facts for mx01).

Route facts: helo, rdns, ip, tls, env_from, spf, dkim=[(d, s, result)], internal."""
from datetime import timedelta

from . import mimekit as mk
from . import timeutil as tu
from . import util as U
from .msg import TLS12, TLS13, TLS13_128, TLS12_128

EXCH_VER = '15.2.2562.29'
EXCH_VER_MAPI = '15.02.2562.029'
M365_VER = '15.20.9253.%d'


def _fold_list(name, items, indent=' '):
    return mk.fold(name, items)


def thread_index(m, replies=0):
    raw = bytes([0x01, 0xDC]) + bytes(m.rng.randrange(256) for _ in range(20 + 5 * replies))
    import base64
    return base64.b64encode(raw).decode()


# ===================================================================== internal
def exchange_internal(m, mbx='EXCH02', hub='EXCH01', client_ip='10.20.1.57', lang='de-DE', has_attach=False,
                      replies=0, extra=None, app=None):
    r = m.rng
    ips = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}
    if app:
        return _exchange_app(m, hub, ips, app, extra)
    fe = 'fe80::%s:%s:%s:%s' % (U.hexs(r, 4).lstrip('0'), U.hexs(r, 4).lstrip('0'), U.hexs(r, 4).lstrip('0'), U.hexs(r, 4).lstrip('0'))
    t1 = m.clock
    t2 = m.tick(0, 1)
    t3 = m.tick(0, 2)
    lines = []
    lines.append(m.dkim('example.com', 'int2026', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', style='opendkim'))
    rcpt = m.rcpts[0] if len(m.rcpts) == 1 else None
    lines.append('Received: from %s.corp.example.com (%s.corp.example.com [%s])\r\n\t%s\r\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s%s; %s'
                 % (hub, hub.lower(), ips[hub], TLS12.replace('\r\n\t(No', '\r\n\t(No'), U.postfix_long_id(r),
                    ('\r\n\tfor <%s>' % rcpt) if rcpt else '', tu.rfc2822(t3, 'CET', True)))
    if mbx != hub:
        lines.append('Received: from %s.corp.example.com (%s) by %s.corp.example.com\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n'
                     ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
                     % (mbx, ips[mbx], hub, ips[hub], EXCH_VER, tu.rfc2822(t2, 'CET')))
    lines.append('Received: from %s.corp.example.com ([%s]) by\r\n %s.corp.example.com ([%s%%4]) with mapi id\r\n %s; %s'
                 % (mbx, fe, mbx, fe, EXCH_VER_MAPI, tu.rfc2822(t1, 'CET')))
    lines += m.cores(['from', 'to', 'cc', 'subject'])
    lines.append(mk.fold('Thread-Topic', mk.hdr_text(m.subject.split(': ', 1)[-1] if m.subject[:3].upper() in ('AW:', 'RE:', 'WG:', 'FW:') else m.subject, m.hcs, m.hmode)))
    lines.append('Thread-Index: ' + thread_index(m, replies))
    lines.append('Date: ' + tu.rfc2822(m.utc, 'UTC').replace('+0000', '+0000'))
    lines += m.cores(['message-id', 'references', 'in-reply-to', 'reply-to'])
    lines.append('Accept-Language: %s, en-US' % lang)
    lines.append('Content-Language: %s' % lang)
    lines.append('X-MS-Has-Attach: %s' % ('yes' if has_attach else ''))
    lines.append('X-MS-TNEF-Correlator: ')
    lines.append('x-ms-exchange-transport-fromentityheader: Hosted')
    lines.append('x-originating-ip: [%s]' % client_ip)
    for e in extra or []:
        lines.append(mk.fold(*e))
    lines += [h for _, h in m.body.mime_headers()]
    lines.append('MIME-Version: 1.0')
    route = dict(helo='mail-int01.example.com', rdns='mail-int01.example.com', ip='10.20.0.25', tls=TLS13,
                 env_from=m.frm[1], spf='none', dkim=[('example.com', 'int2026', 'pass')], internal=True)
    return lines, route


def exchange_msgid(m, server='EXCH02'):
    return '%s@%s.corp.example.com' % (U.hexs(m.rng, 32), server)


# ===================================================================== Microsoft 365
M365_SERVERS = {
    'eur': ['DU0PR07MB', 'AS8PR07MB', 'PAXPR04MB', 'DB9PR03MB', 'AM9PR08MB', 'GV1PR02MB', 'VI1PR06MB', 'DU2PR04MB'],
    'gbr': ['LO2P265MB', 'CWLP265MB', 'LO4P265MB', 'CWXP265MB'],
    'deu': ['FR2P281MB', 'BEZP281MB', 'FR4P281MB'],
    'nam': ['SA1PR12MB', 'PH0PR11MB', 'BN9PR11MB', 'DM6PR02MB'],
}


def m365_server(m, region='eur'):
    r = m.rng
    pre = r.choice(M365_SERVERS[region])
    num = '%04d' % r.randrange(1000, 9999)
    name = pre + num
    if region == 'eur':
        prd = 'eurprd%s' % pre[5:7] if pre[5:7].isdigit() else 'eurprd0%d' % r.randrange(1, 9)
        fq = '%s.%s.prod.outlook.com' % (name, prd)
    elif region == 'gbr':
        fq = '%s.GBRP265.PROD.OUTLOOK.COM' % name
    elif region == 'deu':
        fq = '%s.DEUP281.PROD.OUTLOOK.COM' % name
    else:
        fq = '%s.namprd%s.prod.outlook.com' % (name, pre[5:7])
    return name, fq


def m365_msgid(m, fq):
    name = fq.split('.')[0]
    return '%s%s@%s' % (name, U.hexs(m.rng, 28, upper=True), fq)


EOP = {
    'eur': [('EUR05-AM6-obe', 'mail-am6eur05on2%03d', '40.107.22.%d'), ('EUR03-DBA-obe', 'mail-dbaeur03on2%03d', '40.107.104.%d'),
            ('EUR02-DB5-obe', 'mail-db5eur02on2%03d', '40.107.249.%d'), ('EUR01-VE1-obe', 'mail-ve1eur01on2%03d', '40.107.14.%d'),
            ('AM0PR02CU008', 'mail-westeuropeazon110130%02d', '52.101.71.%d')],
    'gbr': [('GBR01-LO2-obe', 'mail-lo2gbr01on2%03d', '40.107.10.%d'), ('GBR01-CWL-obe', 'mail-cwlgbr01on2%03d', '40.107.11.%d')],
    'deu': [('DEU01-FR2-obe', 'mail-fr2deu01on2%03d', '40.107.135.%d'), ('DEU01-BE0-obe', 'mail-be0deu01on2%03d', '40.107.127.%d')],
    'nam': [('NAM12-DM6-obe', 'mail-dm6nam12on2%03d', '40.107.192.%d'), ('NAM10-BN7-obe', 'mail-bn7nam10on2%03d', '40.107.92.%d')],
    'olkn': [('EUR03-DBA-obe', 'mail-dbaeur03olkn2%03d', '40.92.58.%d'), ('EUR05-AM6-obe', 'mail-am6eur05olkn2%03d', '40.92.18.%d')],
}


def eop_host(m, region):
    helo, rd, ip = m.rng.choice(EOP[region])
    n = m.rng.randrange(20, 250)
    return helo + '.outbound.protection.outlook.com', (rd % n) + '.outbound.protection.outlook.com', ip % n


def _ms_antispam(m, direction='OUT', lang='de', h='', ptr='', cip='255.255.255.255', sfv='NSPM', scl=1):
    r = m.rng
    sfs = '(13230040)(366016)(1800799024)(376014)(38070700018)'
    return [
        'x-ms-publictraffictype: Email',
        'x-ms-office365-filtering-correlation-id: %s' % U.uuid4(r),
        'x-ms-exchange-senderadcheck: 1',
        'x-ms-exchange-antispam-relay: 0',
        'x-microsoft-antispam:\r\n BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;',
        'x-microsoft-antispam-message-info:\r\n ' + '\r\n '.join(U.fold_b64(U.b64(r, 480), 76, 76, '').split('\r\n')),
        'x-forefront-antispam-report:\r\n CIP:%s;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:%s;H:%s;PTR:%s;CAT:NONE;SFS:%s;DIR:%s;SFP:1102;'
        % (cip, lang, scl, sfv, h, ptr, sfs, direction),
        'x-ms-exchange-antispam-messagedata-chunkcount: 1',
        'x-ms-exchange-antispam-messagedata-0:\r\n ' + '\r\n '.join(U.fold_b64(U.b64(r, 1100), 76, 76, '').split('\r\n')),
    ]


def m365(m, domain, region='eur', dkim_d=None, dkim_s='selector1', lang='de-DE', has_attach=False, replies=0,
         mailbox=None, tenant_id=None, env_from=None, extra=None, via='mapi', spf='pass', dkim_result='pass',
         src=None, consumer=False):
    """Outbound Microsoft 365 mail.  mailbox: (name, fq) of sender's mailbox server (pre-allocated when
    the Message-ID is built)."""
    r = m.rng
    name, fq = mailbox or m365_server(m, region)
    name2, fq2 = m365_server(m, region)
    ipv6a = '2603:10a6:%x:%x::%x' % (r.randrange(1, 0x800), r.randrange(1, 0x500), r.randrange(1, 0x20))
    ipv6b = '2603:10a6:%x:%x::%x' % (r.randrange(1, 0x800), r.randrange(1, 0x500), r.randrange(1, 0x20))
    fe = 'fe80::%s:%s:%s:%s' % tuple(U.hexs(r, 4).lstrip('0') or '0' for _ in range(4))
    build = r.randrange(10, 40)
    t1 = m.clock
    t2 = m.tick(0, 1)
    t3 = m.tick(0, 2)
    lines = []
    arc_b = U.b64(r, 256)
    ams_b = U.b64(r, 256)
    lines.append('ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=' + U.fold_b64(arc_b, 74, 76, ' '))
    bh = mk.relaxed_body_hash(m.body_bytes())
    lines.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n'
                 ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n'
                 ' bh=%s;\r\n b=%s' % (bh, U.fold_b64(ams_b, 74, 76, ' ')))
    lines.append('ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none')
    dd = dkim_d or domain
    lines.append(m.dkim(dd, dkim_s, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', style='m365'))
    lines.append('Received: from %s (%s)\r\n by %s (%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n'
                 ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
                 % (fq, ipv6a, fq2, ipv6b, M365_VER % build, tu.rfc2822(t2, 'UTC')))
    if via == 'mapi':
        lines.append('Received: from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id %s; %s'
                     % (fq, fe, fq, fe, r.randrange(2, 7), (M365_VER % build).replace('.20.', '.20.') + '%d' % r.randrange(0, 9),
                        tu.rfc2822(t1, 'UTC')))
    elif via == 'smtp':
        lines.append('Received: from %s (%s) by %s\r\n (%s) with Microsoft SMTP Server (version=TLS1_3,\r\n'
                     ' cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s'
                     % (src[0], src[1], fq, ipv6a, M365_VER % build, tu.rfc2822(t1, 'UTC')))
    lines += m.cores(['from', 'to', 'cc', 'subject'])
    topic = m.subject
    for p in ('AW: ', 'RE: ', 'R: ', 'Re: ', 'WG: ', 'FW: ', 'I: ', 'Fwd: ', 'ΑΠ: ', 'ΑΠ:', 'Odp: ', 'ODP: ', 'RV: '):
        if topic.startswith(p):
            topic = topic[len(p):]
    lines.append(mk.fold('Thread-Topic', mk.hdr_text(topic, m.hcs, m.hmode)))
    lines.append('Thread-Index: ' + thread_index(m, replies))
    lines.append('Date: ' + tu.rfc2822(m.utc, 'UTC'))
    lines += m.cores(['message-id', 'references', 'in-reply-to', 'reply-to'])
    lines.append('Accept-Language: %s, en-US' % lang)
    lines.append('Content-Language: %s' % lang)
    lines.append('X-MS-Has-Attach: %s' % ('yes' if has_attach else ''))
    lines.append('X-MS-TNEF-Correlator: ')
    if consumer:
        lines.append('x-ms-exchange-messagesentrepresentingtype: 1')
        lines.append('x-tmn: [%s]' % U.alnum(r, 40, U.ALNUM + '+/'))
    else:
        lines.append(mk.fold('authentication-results', 'dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=%s;' % domain))
    lines.append('x-ms-traffictypediagnostic: %s:EE_|%s:EE_' % (name, name2))
    lines += _ms_antispam(m, lang=lang[:2], h=fq)
    for e in extra or []:
        lines.append(mk.fold(*e))
    lines += [h for _, h in m.body.mime_headers()]
    lines.append('MIME-Version: 1.0')
    lines.append('X-OriginatorOrg: %s' % ('sct-15-20-9253-%d-msonline-outlook-%s.templateTenant' % (build, U.hexs(r, 5)) if consumer else domain))
    lines.append('X-MS-Exchange-CrossTenant-AuthAs: Internal')
    lines.append('X-MS-Exchange-CrossTenant-AuthSource: %s' % fq)
    lines.append('X-MS-Exchange-CrossTenant-Network-Message-Id: %s' % U.uuid4(r))
    lines.append('X-MS-Exchange-CrossTenant-originalarrivaltime: %s' % (
        '%d %s %d %02d:%02d:%02d.%04d (UTC)' % (t1.day, tu.MONTHS[t1.month - 1], t1.year, t1.hour, t1.minute, t1.second, r.randrange(10000))))
    lines.append('X-MS-Exchange-CrossTenant-fromentityheader: Hosted')
    lines.append('X-MS-Exchange-CrossTenant-id: %s' % (tenant_id or U.uuid4(r)))
    if consumer:
        lines.append('X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000')
    else:
        lines.append('X-MS-Exchange-CrossTenant-mailboxtype: HOSTED')
        lines.append('X-MS-Exchange-CrossTenant-userprincipalname: %s' % U.alnum(r, 86, U.ALNUM + '+/'))
    lines.append('X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s' % name2)
    helo, rdns, ip = eop_host(m, 'olkn' if consumer else region)
    route = dict(helo=helo, rdns=rdns, ip=ip, tls=TLS12 if r.random() < 0.3 else TLS13, env_from=env_from or m.frm[1],
                 spf=spf, dkim=[(dd, dkim_s, dkim_result)])
    return lines, route


# ===================================================================== Gmail / Workspace
GMAIL_HOSTS = [('mail-wr1-f%d.google.com', '209.85.221.%d'), ('mail-wm1-f%d.google.com', '209.85.128.%d'),
               ('mail-ej1-f%d.google.com', '209.85.218.%d'), ('mail-lf1-f%d.google.com', '209.85.167.%d'),
               ('mail-ed1-f%d.google.com', '209.85.208.%d'), ('mail-pl1-f%d.google.com', '209.85.214.%d')]


def gmail_msgid(m):
    r = m.rng
    return 'CA%s%s@mail.gmail.com' % (r.choice(['K', 'H', 'F', 'J', 'O', 'L', 'M', 'P']),
                                      U.alnum(r, 60, U.ALNUM + '_-+').replace('+', '=', 1)[:60])


def gmail(m, workspace=None, extra=None, order=None, x_mailer=None, submission=None):
    r = m.rng
    host, ipf = r.choice(GMAIL_HOSTS)
    n = r.randrange(41, 99)
    helo = host % n
    ip = ipf % n
    t0 = m.clock
    t1 = m.tick(0, 1)
    smtpid = '%s-%s%s.%d' % (U.hexs(r, 11), U.hexs(r, 11), 'so%d' % r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 9))
    lines = []
    rc = m.rcpts[0] if len(m.rcpts) == 1 else None
    if submission:
        t1 = m.tick(0, 1)
        lines.append('Received: from %s ([%s])\r\n        by smtp.gmail.com with ESMTPSA id %s%s\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s'
                     % (submission[0], submission[1], smtpid, ('\r\n        for <%s>' % rc) if rc else '', tu.rfc2822(t1, 'PT', True)))
    else:
        lines.append('Received: by %s with SMTP id %s%s;\r\n        %s' % (helo, smtpid, (' for <%s>' % rc) if rc else '',
                                                                       tu.rfc2822(t1, 'PT', True)))
    hl = 'to:subject:message-id:date:from:in-reply-to:references:mime-version\r\n         :from:to:cc:subject:date:message-id:reply-to' if m.in_reply_to else \
        'to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to'
    d = workspace or 'gmail.com'
    s = 'google' if workspace else '20230601'
    lines.append(m.dkim(d, s, hl, style='gmail'))
    hl2 = hl.replace('darn', '')
    xg = m.dkim('1e100.net', '20230601', 'x-gm-message-state:from:to:cc:subject:date:message-id:reply-to', style='gmail')
    xg = xg.replace('DKIM-Signature:', 'X-Google-DKIM-Signature:', 1).replace(' darn=example.com;', '')
    m._dkims.pop()
    lines.append(xg)
    lines.append('X-Gm-Message-State: AOJu0Y%s' % U.alnum(r, 62, U.ALNUM + '+/'))
    lines.append('X-Gm-Gg: ASbGnc%s' % U.fold_b64(U.b64(r, 180), 62, 76, '\t'))
    lines.append('X-Google-Smtp-Source: AGHT+I%s' % U.alnum(r, 80, U.ALNUM + '+/') + '=')
    lines.append('X-Received: by 2002:a05:%04x:%x:b0:%x:%x:%x with SMTP id\r\n %s;\r\n        %s'
                 % (r.randrange(0x6000, 0x6a00), r.randrange(0x100, 0x9999), r.randrange(0x300, 0x500), r.randrange(0x1000, 0xffff),
                    r.randrange(0x100, 0xfff), '%s-%smr%d%s.%d.%d' % (U.hexs(r, 11), U.hexs(r, 11), r.randrange(10 ** 6, 10 ** 7),
                                                                       r.choice(['f8f', 'ejb', 'lfb', 'edb', 'wmb']), r.randrange(1, 60), m.epoch(t0) * 1000 + r.randrange(1000)),
                    tu.rfc2822(t0, 'PT', True)))
    order = order or ['mime-version', 'references', 'in-reply-to', 'from', 'date', '*XGM*', 'message-id', 'subject', 'to', 'cc', 'reply-to', '*MIME*']
    for o in order:
        if o == '*XGM*':
            lines.append('X-Gm-Features: AS18Nw%s' % U.alnum(r, 60, U.ALNUM + '-_'))
            if x_mailer:
                lines.append(x_mailer)
            continue
        if o.startswith('!'):
            lines.append(o[1:])
            continue
        lines += m.cores([o], date_zone=m.zone)
    for e in extra or []:
        lines.append(mk.fold(*e))
    route = dict(helo=helo, rdns=helo, ip=ip, tls=TLS13_128, env_from=m.frm[1], spf='pass', dkim=[(d, s, 'pass')])
    return lines, route


# ===================================================================== Postfix-based company relays
def outlook_msgid(m, domain):
    r = m.rng
    return '%012x$%08x$%08x$@%s' % (r.randrange(0x1000000, 0xffffffffffff) | 0x01db00000000, r.getrandbits(32), r.getrandbits(32), domain)


def postfix_relay(m, host, ip, dkim_d, dkim_s, client='outlook', client_host='PC-0141', client_ip='192.168.10.57',
                  auth_user=None, extra=None, lan=True, spf='pass', dkim_result='pass', xmailer=None, mailbox_tz='CET',
                  lang='de', order=None, helo=None, c='relaxed/simple', rdns=None, tls=None):
    r = m.rng
    t1 = m.tick(0, 2)
    lines = []
    if dkim_d:
        lines.append(m.dkim(dkim_d, dkim_s, 'From:Date:Subject:To:Message-ID:MIME-Version:Content-Type', c=c))
    rc = m.rcpts[0] if len(m.rcpts) == 1 else None
    qid = U.postfix_short_id(r)
    au = ('\r\n\t(Authenticated sender: %s)' % auth_user) if auth_user else ''
    proto = 'ESMTPSA' if auth_user else 'ESMTP'
    if client == 'roundcube':
        lines.append('Received: from webmail.%s (localhost [127.0.0.1])%s\r\n\tby %s (Postfix) with %s id %s%s;\r\n\t%s'
                     % (host.split('.', 1)[1], au, host, proto, qid, ('\r\n\tfor <%s>' % rc) if rc else '',
                        tu.rfc2822(t1, mailbox_tz, True)))
    else:
        cli = '%s (%s [%s])' % (client_host, 'unknown' if lan else client_host, client_ip)
        tlsstr = ('\r\n\t' + TLS13) if not lan else ''
        lines.append('Received: from %s%s%s\r\n\tby %s (Postfix) with %s id %s%s;\r\n\t%s'
                     % (cli, tlsstr, au, host, proto, qid, ('\r\n\tfor <%s>' % rc) if rc else '', tu.rfc2822(t1, mailbox_tz, True)))
    if client == 'outlook':
        order = order or ['from', 'to', 'cc', 'references', 'in-reply-to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*', '*XM*']
        for o in order:
            if o == '*XM*':
                lines.append('X-Mailer: Microsoft Outlook 16.0')
                lines.append('Thread-Index: ' + thread_index(m, 1 if m.in_reply_to else 0))
                lines.append('Content-Language: %s' % lang)
            else:
                lines += m.cores([o], quote=True, date_zone=mailbox_tz)
    elif client == 'thunderbird':
        order = order or ['*MIME*', 'message-id', 'date', 'mime-version', '*UA*', 'subject', 'to', 'cc', 'references', '*CL*', 'from', 'in-reply-to']
        for o in order:
            if o == '*UA*':
                lines.append('User-Agent: Mozilla Thunderbird')
            elif o == '*CL*':
                lines.append('Content-Language: %s' % lang)
            else:
                lines += m.cores([o], date_zone=mailbox_tz)
    elif client == 'roundcube':
        order = order or ['mime-version', 'date', 'from', 'to', 'cc', 'subject', 'in-reply-to', 'references', '*UA*', 'message-id', '*XS*', '*MIME*']
        for o in order:
            if o == '*UA*':
                lines.append('User-Agent: Roundcube Webmail/1.6.11')
            elif o == '*XS*':
                lines.append('X-Sender: %s' % m.frm[1])
            else:
                lines += m.cores([o], date_zone=mailbox_tz)
    else:  # generic application mailer
        order = order or ['date', 'from', 'to', 'cc', 'reply-to', 'message-id', 'subject', 'mime-version', '*MIME*']
        for o in order:
            lines += m.cores([o], date_zone=mailbox_tz)
        if xmailer:
            lines.append('X-Mailer: %s' % xmailer)
    for e in extra or []:
        lines.append(mk.fold(*e))
    route = dict(helo=helo or host, rdns=rdns or host, ip=ip, tls=tls or TLS13, env_from=m.frm[1], spf=spf,
                 dkim=[(dkim_d, dkim_s, dkim_result)] if dkim_d else [])
    return lines, route


# ===================================================================== home.pl
def _vade(m):
    r = m.rng
    return 'gggruggvucftvghtrhhoucdtuddrgeefvddrudelgedg' + ''.join(r.choice('defghijklmnopqrstuv') for _ in range(700))


def homepl(m, cloud='cloudserver094210', relay='v370', relay_ip='79.96.170.134', client='outlook', client_ip='83.24.137.182',
           client_rdns='83.24.137.182.ipv4.supernova.orange.pl', xmailer=None, lang='pl'):
    r = m.rng
    t1 = m.tick(0, 1)
    t2 = m.tick(0, 2)
    lines = []
    lines.append('Received: from localhost (127.0.0.1) (HELO %s.home.net.pl)\r\n by /usr/run/smtp (/usr/run/postfix/private/idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 5.2.0)\r\n id %s; %s'
                 % (relay, U.hexs(r, 16), tu.rfc2822(t2, 'CET')))
    rc = m.rcpts[0] if len(m.rcpts) == 1 else None
    lines.append('Received: from [192.168.1.%d] (%s [%s])\r\n\t%s\r\n\tby %s.home.pl (Postfix) with ESMTPSA id %s%s;\r\n\t%s'
                 % (r.randrange(10, 60), client_rdns, client_ip, TLS13, cloud, U.postfix_short_id(r),
                    ('\r\n\tfor <%s>' % rc) if rc else '', tu.rfc2822(t1, 'CET', True)))
    lines.append('X-CLIENT-IP: %s' % client_ip)
    lines.append('X-CLIENT-HOSTNAME: %s' % client_rdns)
    lines.append('X-VADE-SPAMSTATE: clean')
    lines.append('X-VADE-SPAMCAUSE: ' + U.fold_b64(_vade(m), 60, 70, ' '))
    lines.append('X-DCC--Metrics: %s.home.net.pl 1024; Body=%d Fuz1=%d Fuz2=%d' % (relay, 1, 1, 1))
    if client == 'outlook':
        for o in ['from', 'to', 'cc', 'references', 'in-reply-to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*', '*XM*']:
            if o == '*XM*':
                lines.append('X-Mailer: Microsoft Outlook 16.0')
                lines.append('Thread-Index: ' + thread_index(m, 1 if m.in_reply_to else 0))
                lines.append('Content-Language: %s' % lang)
            else:
                lines += m.cores([o], quote=True)
    else:
        for o in ['date', 'from', 'to', 'cc', 'reply-to', 'subject', 'message-id', 'mime-version', '*MIME*']:
            lines += m.cores([o])
        if xmailer:
            lines.append('X-Mailer: %s' % xmailer)
    route = dict(helo='%s.home.net.pl' % relay, rdns='%s.home.net.pl' % relay, ip=relay_ip, tls=TLS13,
                 env_from=m.frm[1], spf='pass', dkim=[])
    return lines, route


# ===================================================================== shared hosting (cPanel/Exim)
CPANEL_DKIM_H = ('Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc:\r\n\tContent-Transfer-Encoding:'
                 'Content-ID:Content-Description:Resent-Date:Resent-From:\r\n\tResent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:'
                 'In-Reply-To:References:\r\n\tList-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive')


def cpanel(m, server, ip, domain, user, client='phpmailer', client_ip='127.0.0.1', helo=None, env_from=None,
           dkim=True, spf='pass', xmailer=None, extra=None, order=None, uid=('1023', '1025')):
    r = m.rng
    t1 = m.tick(0, 2)
    env = env_from or user
    lines = []
    if dkim:
        lines.append(m.dkim(domain, 'default', CPANEL_DKIM_H, style='exim'))
    rc = m.rcpts[0] if len(m.rcpts) == 1 else None
    if client == 'local':
        lines.append('Received: from %s by %s with local (Exim 4.98.2)\r\n\t(envelope-from <%s>)\r\n\tid %s%s;\r\n\t%s'
                     % (user.split('@')[0], server, env, U.exim_id(r), ('\r\n\tfor %s' % rc) if rc else '', tu.rfc2822(t1, 'CET')))
    else:
        lines.append('Received: from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n'
                     '\t(Exim 4.98.2)\r\n\t(envelope-from <%s>)\r\n\tid %s%s;\r\n\t%s'
                     % (client_ip, r.randrange(40000, 65000), helo or '[%s]' % client_ip, server, env, U.exim_id(r),
                        ('\r\n\tfor %s' % rc) if rc else '', tu.rfc2822(t1, 'CET')))
    order = order or ['date', 'to', 'from', 'reply-to', 'subject', 'message-id', '*XM*', 'mime-version', '*MIME*']
    for o in order:
        if o == '*XM*':
            if xmailer:
                lines.append('X-Mailer: %s' % xmailer)
        else:
            lines += m.cores([o])
    for e in extra or []:
        lines.append(mk.fold(*e))
    lines.append('X-AntiAbuse: This header was added to track abuse, please include it with any abuse report')
    lines.append('X-AntiAbuse: Primary Hostname - %s' % server)
    lines.append('X-AntiAbuse: Original Domain - example.com')
    lines.append('X-AntiAbuse: Originator/Caller UID/GID - [%s %s] / [47 12]' % uid)
    lines.append('X-AntiAbuse: Sender Address Domain - %s' % env.split('@')[1])
    lines.append('X-Get-Message-Sender-Via: %s: authenticated_id: %s' % (server, user))
    lines.append('X-Authenticated-Sender: %s: %s' % (server, user))
    lines.append('X-Source: ')
    lines.append('X-Source-Args: ')
    lines.append('X-Source-Dir: ')
    route = dict(helo=server, rdns=server, ip=ip, tls=TLS13, env_from=env, spf=spf,
                 dkim=[(domain, 'default', 'pass')] if dkim else [])
    return lines, route


# ===================================================================== GMX / WEB.DE / IONOS (1&1 Nemesis)
def nemesis(m, provider='gmx', webmail=True, client_ip='91.64.122.18', lang='de', extra=None, client_name=None):
    r = m.rng
    prov = {
        'gmx': dict(d='gmx.de', s='s31663417', out=('mout.gmx.net', '212.227.17.%d' % r.choice([20, 21, 22])),
                    int='mail.gmx.net (mrgmx%03d [212.227.17.%d])' % (r.randrange(1, 120), r.randrange(160, 200)),
                    app='3c-app-gmx-bap%02d' % r.randrange(1, 80), sender_class='01bb95c1-4bf8-414a-932a-4f6e2808ef9c'),
        'webde': dict(d='web.de', s='s29768273', out=('mout.web.de', '212.227.15.%d' % r.choice([3, 4, 14, 15])),
                      int='mail.web.de (mrweb%03d [213.165.67.%d])' % (r.randrange(1, 120), r.randrange(100, 130)),
                      app='3c-app-webde-bap%02d' % r.randrange(1, 60), sender_class='814a7b36-bfc1-4dae-8640-3722d8ec6cd6'),
        'ionos': dict(d=None, s='s1-ionos', out=('mout.kundenserver.de', '212.227.126.%d' % r.randrange(130, 250)),
                      int='mrelayeu.kundenserver.de (mreue%03d [213.165.67.%d])' % (r.randrange(100, 120), r.randrange(100, 125)),
                      app=None, sender_class=None),
    }[provider]
    t0 = m.clock
    t1 = m.tick(0, 2)
    lines = []
    dkd = prov['d'] if provider != 'ionos' else m.frm[1].split('@')[1]
    if provider == 'ionos':
        lines.append(m.dkim(dkd, prov['s'], 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', style='opendkim'))
    else:
        lines.append(m.dkim(dkd, prov['s'], 'X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date:\r\n\t cc:content-transfer-encoding:content-type:date:from:message-id:\r\n\t mime-version:reply-to:subject:to', style='gmx', c='relaxed/simple', i=m.frm[1]))
        lines.append('X-UI-Sender-Class: %s' % prov['sender_class'])
    rc = m.rcpts[0] if len(m.rcpts) == 1 else None
    if webmail and prov['app']:
        lines.append('Received: from [%s] ([%s]) by %s\r\n (via HTTP); %s' % (client_ip, client_ip, prov['app'], tu.rfc2822(t0, 'CET')))
        order = ['mime-version', 'message-id', 'from', 'to', 'subject', '*MIME*', 'date', '*IMP*']
    else:
        lines.append('Received: from %s ([%s]) by %s\r\n with ESMTPSA (Nemesis) id 1M%s%s; %s'
                     % (client_name or '[192.168.178.%d]' % r.randrange(20, 60), client_ip, prov['int'],
                        U.alnum(r, 5), '-' + U.alnum(r, 10) + '-' + U.alnum(r, 6), tu.rfc2822(t1, 'CET')))
        order = None
    if webmail and prov['app']:
        for o in order:
            if o == '*IMP*':
                lines.append('Importance: normal')
                lines.append('Sensitivity: Normal')
                lines.append('X-Priority: 3')
            else:
                lines += m.cores([o])
    else:
        for o in ['from', 'to', 'cc', 'references', 'in-reply-to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*']:
            lines += m.cores([o], quote=True)
        lines.append('X-Mailer: Microsoft Outlook 16.0')
        lines.append('Thread-Index: ' + thread_index(m, 1 if m.in_reply_to else 0))
        lines.append('Content-Language: %s' % lang)
    for e in extra or []:
        lines.append(mk.fold(*e))
    lines.append('X-Provags-ID: V03:K1:' + U.fold_b64(U.b64(r, 160), 60, 76, ' '))
    lines.append('UI-OutboundReport: notjunk:1;M01:P0:%s=;%s' % (U.alnum(r, 11, U.ALNUM + '+/'), U.fold_b64(U.b64(r, 300), 40, 76, ' ')))
    route = dict(helo=prov['out'][0], rdns=prov['out'][0], ip=prov['out'][1], tls=TLS13, env_from=m.frm[1], spf='pass',
                 dkim=[(dkd, prov['s'], 'pass')])
    return lines, route


def gmx_msgid(m, provider='gmx'):
    app = {'gmx': '3c-app-gmx-bap%02d', 'webde': '3c-app-webde-bap%02d'}[provider] % m.rng.randrange(1, 60)
    return 'trinity-%s-%d@%s' % (U.uuid4(m.rng), m.epoch() * 1000 + m.rng.randrange(1000), app)


# ===================================================================== Strato
def strato(m, client_ip='192.168.2.101', xmailer=None, lang='de', order=None):
    r = m.rng
    t1 = m.tick(0, 2)
    dom = m.frm[1].split('@')[1]
    lines = []
    ts = m.epoch(t1)
    lines.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\r\n    d=strato.com; s=strato-dkim-0002;\r\n    b=%s' % (ts, U.fold_b64(U.b64(r, 256), 66, 70, '    ')))
    lines.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; t=%d;\r\n    s=strato-dkim-0002; d=strato.com;\r\n    h=Message-ID:Date:Subject:To:From:Cc:Date:From:Subject:Sender;\r\n    bh=%s;\r\n    b=%s'
                 % (ts, mk.relaxed_body_hash(m.body_bytes()), U.fold_b64(U.b64(r, 256), 66, 70, '    ')))
    lines.append('ARC-Authentication-Results: i=1; strato.com;\r\n    arc=none;\r\n    dkim=none')
    lines.append('X-RZG-CLASS-ID: mo00')
    lines.append('X-RZG-AUTH: ":%s"' % U.alnum(r, 92, U.ALNUM + '+/'))
    lines.append(m.dkim(dom, 'strato-dkim-0002', 'Message-ID:Date:Subject:To:From:Cc:Date:From:Subject:Sender'))
    rc = m.rcpts[0] if len(m.rcpts) == 1 else None
    lines.append('Received: from [%s]\r\n    by smtp.strato.de (RZmta 51.3.3 AUTH)\r\n    with ESMTPSA id %s%s;\r\n    %s'
                 % (client_ip, U.alnum(r, 15), ('\r\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\r\n    (Client did not present a certificate)'),
                    tu.rfc2822(t1, 'CET', True)))
    order = order or ['message-id', 'date', 'mime-version', '*XM*', 'subject', 'to', 'cc', 'reply-to', 'from', '*MIME*']
    for o in order:
        if o == '*XM*':
            if xmailer:
                lines.append(xmailer)
        else:
            lines += m.cores([o])
    n = r.choice([216, 217, 218, 219, 220, 221])
    route = dict(helo='mo4-p00-ob.smtp.rzone.de', rdns='mo4-p00-ob.smtp.rzone.de', ip='81.169.146.%d' % n, tls=TLS13,
                 env_from=m.frm[1], spf='pass', dkim=[(dom, 'strato-dkim-0002', 'pass')])
    return lines, route


# ===================================================================== Aruba
def aruba(m, client_ip='93.45.211.76', lang='it', client='outlook', dkim_s='a1'):
    r = m.rng
    t1 = m.tick(0, 2)
    dom = m.frm[1].split('@')[1]
    lines = []
    lines.append(m.dkim(dom, dkim_s, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/relaxed'))
    lines.append('Received: from DESKTOP-%s ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s'
                 % (U.alnum(r, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), client_ip, U.alnum(r, 22), tu.rfc2822(t1, 'CET')))
    for o in ['from', 'to', 'cc', 'references', 'in-reply-to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*', '*XM*']:
        if o == '*XM*':
            lines.append('X-Mailer: Microsoft Outlook 16.0')
            lines.append('Thread-Index: ' + thread_index(m, 1 if m.in_reply_to else 0))
            lines.append('Content-Language: %s' % lang)
        else:
            lines += m.cores([o], quote=True)
    lines.append('X-CMAE-Envelope: MS4xfH%s' % U.fold_b64(U.b64(r, 180), 60, 76, ' '))
    n = r.randrange(155, 170)
    host = 'smtpdh%02d-%d.aruba.it' % (r.randrange(10, 20), r.randrange(1, 3))
    route = dict(helo=host, rdns=host, ip='62.149.155.%d' % n, tls=TLS12, env_from=m.frm[1], spf='pass',
                 dkim=[(dom, dkim_s, 'pass')])
    return lines, route


# ===================================================================== Yandex 360
def yandex(m, webmail=True, client_ip='95.165.88.14'):
    r = m.rng
    t1 = m.tick(0, 1)
    t2 = m.tick(0, 1)
    dom = m.frm[1].split('@')[1]
    nws = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.randrange(10, 99), r.choice(['klg', 'vla', 'sas', 'myt', 'iva']))
    fwd = 'forward%d%s.mail.yandex.net' % (r.randrange(100, 999), r.choice('ab'))
    lines = []
    rc = m.rcpts[0] if len(m.rcpts) == 1 else None
    lines.append('Received: from %s (%s [IPv6:2a02:6b8:c%02x:%x:0:640:%x:0])\r\n\tby %s (Yandex) with ESMTPS id %s%s;\r\n\t%s'
                 % (nws, nws, r.randrange(0, 64), r.randrange(0x100, 0xfff), r.randrange(0x1000, 0xffff), fwd, U.hexs(r, 10, upper=True),
                    ('\r\n\tfor <%s>' % rc) if rc else '', tu.rfc2822(t2, 'MSK', True)))
    lines.append('Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s'
                 % (nws, U.alnum(r, 10), U.alnum(r, 8), tu.rfc2822(t1, 'MSK')))
    lines.append('X-Yandex-Fwd: 1')
    lines.append(m.dkim(dom, 'mail', 'From:To:Subject:Message-Id:References:Date:In-Reply-To', style='yandex'))
    lines.append('Authentication-Results: %s; dkim=pass header.i=@%s' % (nws, dom))
    if webmail:
        for o in ['from', 'to', 'cc', 'in-reply-to', 'references', 'subject', 'mime-version', '*XM*', 'date', 'message-id', '*MIME*']:
            if o == '*XM*':
                lines.append('X-Mailer: Yamail [ http://yandex.ru ] 5.0')
            else:
                lines += m.cores([o], date_zone='MSK')
    route = dict(helo=fwd, rdns=fwd, ip='178.154.239.%d' % r.randrange(70, 220), tls=TLS13, env_from=m.frm[1], spf='pass',
                 dkim=[(dom, 'mail', 'pass')])
    return lines, route


def yandex_msgid(m):
    return '%d%d@mail.yandex.ru' % (m.rng.randrange(100000, 999999), m.epoch())


# ===================================================================== ESPs
def ses(m, region='eu-west-1', dkim_d=None, dkim_s=None, mail_from=None, ip=None, extra=None, order=None,
        feedback=None, ses_sel=None, spf='pass'):
    r = m.rng
    t1 = m.tick(0, 1)
    lines = []
    dd = dkim_d or m.frm[1].split('@')[1]
    lines.append(m.dkim(dd, dkim_s or U.alnum(r, 32, 'abcdefghijklmnopqrstuvwxyz234567'), 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date', style='ses', c='relaxed/simple'))
    sel2 = ses_sel or {'eu-west-1': 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 'eu-central-1': 'e3vzgqhlahqvufwsbjvmovs46aeu37d4',
                       'eu-west-2': 'wsggglj5ddwxtbhltcq3ezgh3bvi2sit', 'us-east-1': '224i4yxa5dv7c2xz3womw6peuasteono'}[region]
    lines.append(m.dkim('amazonses.com', sel2, 'Feedback-ID', style='ses', c='relaxed/simple'))
    order = order or ['from', 'reply-to', 'to', 'subject', 'mime-version', '*MIME*', 'message-id', 'date']
    for o in order:
        lines += m.cores([o], date_zone='UTC')
    for e in extra or []:
        lines.append(mk.fold(*e))
    fb = feedback or '::1.%s.%s=:AmazonSES' % (region, U.alnum(r, 43, U.ALNUM + '+/'))
    lines.append('Feedback-ID: %s' % fb)
    host_ip = ip or {'eu-west-1': '54.240.4.%d', 'eu-central-1': '23.251.226.%d', 'eu-west-2': '54.240.27.%d', 'us-east-1': '54.240.8.%d'}[region] % r.randrange(2, 250)
    oc = host_ip.split('.')
    lines.append('X-SES-Outgoing: %04d.%02d.%02d-%s' % (t1.year, t1.month, t1.day, host_ip))
    if region == 'eu-west-1':
        rd = 'a%s-%s.smtp-out.eu-west-1.amazonses.com' % (oc[2], oc[3])
    else:
        rd = 'e%s-%s.smtp-out.%s.amazonses.com' % (oc[2], oc[3], region)
    env = mail_from or '%s-%s-000000@%s.amazonses.com' % ('0102019a' + U.hexs(r, 8), '-'.join([U.hexs(r, 8), U.hexs(r, 4), U.hexs(r, 4), U.hexs(r, 4), U.hexs(r, 12)]), region)
    route = dict(helo=rd, rdns=rd, ip=host_ip, tls=TLS12_128, env_from=env, spf=spf,
                 dkim=[(dd, lines[0].split('s=')[1].split(';')[0], 'pass'), ('amazonses.com', sel2, 'pass')])
    return lines, route


def ses_msgid(m, region='eu-west-1'):
    r = m.rng
    return '0102019a%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com' % (U.hexs(r, 8), U.hexs(r, 8), U.hexs(r, 4), U.hexs(r, 4), U.hexs(r, 4), U.hexs(r, 12), region)


def sendgrid(m, em_domain, uid=None, ip=None, rdns=None, dkim_d=None, extra=None, order=None, spf='pass', dkim_result='pass'):
    r = m.rng
    uid = uid or r.randrange(10 ** 7, 10 ** 8)
    t0 = m.clock
    t1 = m.tick(0, 1)
    dd = dkim_d or m.frm[1].split('@')[1]
    lines = []
    lines.append(m.dkim(dd, 's1', 'content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:\r\n\tcontent-type:from:subject:to', style='sendgrid'))
    rcpt = m.rcpts[0]
    pod = 'geopod-ismtpd-%d' % r.randrange(1, 40)
    sgid = U.alnum(r, 22, U.ALNUM + '-_')
    lines.append('Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%X\r\n\t%s %s +0000 UTC m=+%d.%09d'
                 % (U.hexs(r, 10), U.alnum(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), U.hexs(r, 10), U.alnum(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                    '%X' % m.epoch(t1), r.randrange(1, 60), '%04d-%02d-%02d' % (t1.year, t1.month, t1.day),
                    '%02d:%02d:%02d.%09d' % (t1.hour, t1.minute, t1.second, r.randrange(10 ** 9)), r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 9)))
    lines.append('Received: from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s, %d %s %d %02d:%02d:%02d.%03d +0000 (UTC)'
                 % (U.alnum(r, 14, U.ALNUM), pod, sgid, tu.DAYS[t0.weekday()], t0.day, tu.MONTHS[t0.month - 1], t0.year,
                    t0.hour, t0.minute, t0.second, r.randrange(1000)))
    m.msgid = m.msgid or '%s@%s' % (sgid, pod)
    order = order or ['*MIME*', 'date', 'from', 'mime-version', 'message-id', 'reply-to', 'subject', '*SG*', 'to', '*EID*']
    for o in order:
        if o == '*SG*':
            lines.append('X-SG-EID: \r\n u001.%s' % U.fold_b64(U.b64(r, 200), 70, 76, ' '))
            lines.append('X-SG-ID: \r\n u001.SdBcvi+Evd/bQef8eZF3Bp%s' % U.fold_b64(U.b64(r, 120), 50, 76, ' '))
        elif o == '*EID*':
            lines.append('X-Entity-ID: u001.%s' % U.alnum(r, 24, U.ALNUM + '+/') + '==')
        elif o == 'date':
            lines.append('Date: %s, %d %s %d %02d:%02d:%02d +0000 (UTC)' % (tu.DAYS[m.utc.weekday()], m.utc.day, tu.MONTHS[m.utc.month - 1],
                                                                        m.utc.year, m.utc.hour, m.utc.minute, m.utc.second))
        else:
            lines += m.cores([o])
    for e in extra or []:
        lines.append(mk.fold(*e))
    ip = ip or '149.72.%d.%d' % (r.randrange(100, 250), r.randrange(2, 250))
    rd = rdns or '%s.outbound-mail.sendgrid.net' % U.alnum(r, 8, 'abcdefghijklmnopqrstuvwxyz')
    env = 'bounces+%d-%s-%s=%s@%s' % (uid, U.hexs(r, 4), rcpt.split('@')[0], rcpt.split('@')[1], em_domain)
    route = dict(helo=rd, rdns=rd, ip=ip, tls=TLS12_128, env_from=env, spf=spf, dkim=[(dd, 's1', dkim_result)])
    return lines, route


def mailchimp(m, dc='us21', uid=None, list_id=None, camp=None, dkim_d=None, extra=None):
    r = m.rng
    uid = uid or U.hexs(r, 25)
    list_id = list_id or U.hexs(r, 10)
    camp = camp or U.hexs(r, 10)
    eid = U.hexs(r, 10)
    t1 = m.tick(0, 1)
    n = r.randrange(1, 250)
    pod = r.choice(['atl131', 'suw11', 'sea71', 'atl21', 'suw91'])
    host = 'mail%d-%d.%s.mcsv.net' % (r.randrange(100, 250), r.randrange(1, 30), pod)
    ip = '198.2.%d.%d' % (r.randrange(128, 190), n)
    dd = dkim_d or m.frm[1].split('@')[1]
    lines = []
    lines.append(m.dkim(dd, 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\r\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:From:Subject:Message-ID', style='opendkim'))
    lines.append(m.dkim('mcsv.net', 'k3', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\r\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:From:Subject:Message-ID', style='opendkim'))
    lines.append('Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id 4d%s\r\n\tfor <%s>; %s'
                 % (host, U.alnum(r, 10, U.B52), m.rcpts[0], tu.rfc2822(t1, 'UTC')))
    lines += m.cores(['subject', 'from', 'reply-to', 'to', 'date'], date_zone='UTC', quote=True)
    lines.append('List-Unsubscribe: <https://%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\r\n <mailto:unsubscribe-mc.%s_%s.%s-%s@inbound.mailchimp.com?subject=unsubscribe>'
                 % (dc, uid, list_id, eid, camp, dc, uid, camp, eid))
    lines.append('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    lines.append('X-Mailer: Mailchimp Mailer - **CID%s%s**' % (camp, eid))
    lines.append('X-Campaign: mailchimp%s.%s' % (uid, camp))
    lines.append('X-campaignid: mailchimp%s.%s' % (uid, camp))
    lines.append('X-Report-Abuse: Please report abuse for this campaign here:\r\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, camp, eid))
    lines.append('X-MC-User: %s' % uid)
    lines.append('Feedback-ID: %d:%d.%d:%s:mc' % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 5, 10 ** 6), dc))
    lines.append('List-ID: %s mailchimp list <%s.%s.list-id.mcsv.net>' % (uid, uid, list_id))
    lines.append('X-Accounttype: pd')
    lines += m.cores(['message-id'])
    lines.append('X-Native-Encoded: 1')
    lines.append('X-MC-Sig: %s' % U.alnum(r, 40, U.ALNUM))
    for e in extra or []:
        lines.append(mk.fold(*e))
    lines += [h for _, h in m.body.mime_headers()]
    lines.append('MIME-Version: 1.0')
    env = 'bounce-mc.%s_%s.%s-%s=%s@mail%d.%s.mcdlv.net' % (dc, uid, camp, m.rcpts[0].split('@')[0], m.rcpts[0].split('@')[1],
                                                             r.randrange(100, 250), pod)
    route = dict(helo=host, rdns=host, ip=ip, tls=TLS12_128, env_from=env, spf='pass',
                 dkim=[(dd, 'k2', 'pass'), ('mcsv.net', 'k3', 'pass')])
    return lines, route


def mailgun(m, mg_domain, ip=None, dkim_d=None, extra=None, order=None):
    r = m.rng
    t1 = m.tick(0, 1)
    dd = dkim_d or mg_domain
    lines = []
    bval = m.dkim(dd, 'krs', 'Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: Subject: To: To: From: From: Reply-To: Sender', style='opendkim')
    lines.append(bval)
    n = r.randrange(2, 250)
    ip = ip or '159.135.%d.%d' % (r.choice([228, 224, 232]), n)
    host = 'm%s-%s.mailgun.net' % (ip.split('.')[2], ip.split('.')[3])
    lines.append('X-Mailgun-Sending-Ip: %s' % ip)
    lines.append('X-Mailgun-Sid: WyI%s' % U.alnum(r, 60, U.ALNUM))
    lines.append('Received: by %s with HTTP id %s; %s, %d %s %d %02d:%02d:%02d GMT'
                 % (U.hexs(r, 12), U.hexs(r, 24), tu.DAYS[t1.weekday()], t1.day, tu.MONTHS[t1.month - 1], t1.year, t1.hour, t1.minute, t1.second))
    lines.append('X-Mailgun-Batch-Id: %s' % U.hexs(r, 24))
    order = order or ['from', 'reply-to', 'to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*']
    for o in order:
        lines += m.cores([o])
    lines.append('Sender: %s' % ('bounce@' + mg_domain))
    for e in extra or []:
        lines.append(mk.fold(*e))
    env = 'bounce+%s.%s-%s=%s@%s' % (U.hexs(r, 6), U.hexs(r, 5), m.rcpts[0].split('@')[0], m.rcpts[0].split('@')[1], mg_domain)
    route = dict(helo=host, rdns=host, ip=ip, tls=TLS12_128, env_from=env, spf='pass', dkim=[(dd, 'krs', 'pass')])
    return lines, route


def brevo(m, dkim_d=None, extra=None, order=None):
    r = m.rng
    t1 = m.tick(0, 1)
    dd = dkim_d or m.frm[1].split('@')[1]
    lines = []
    lines.append(m.dkim(dd, 'brevo1', 'From:To:Subject:Date:Message-Id:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post', style='opendkim'))
    lines.append(m.dkim('sendibt3.com', 'mail', 'From:To:Subject:Date:Message-Id', style='opendkim'))
    oct3 = r.randrange(1, 250)
    ip = '77.32.148.%d' % oct3
    host = 'm%d.sendibt3.com' % (148000 + oct3) if False else 'smtp-relay-148-%d.sendibt3.com' % oct3
    lines.append('Received: by smtp-relay.sendinblue.com with ESMTP id %s; %s' % (U.hexs(r, 32), tu.rfc2822(t1, 'UTC')))
    order = order or ['mime-version', 'x-mailer', 'subject', 'from', 'reply-to', 'to', 'date', 'message-id', '*MIME*']
    for o in order:
        if o == 'x-mailer':
            lines.append('X-Mailer: Sendinblue')
        else:
            lines += m.cores([o])
    lines.append('X-sib-id: %s' % U.alnum(r, 88, U.ALNUM + '_-'))
    lines.append('X-CSA-Complaints: csa-complaints@eco.de')
    lines.append('Feedback-ID: 77.32.148.%d:%d_-1:%d:Sendinblue' % (oct3, r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 5, 10 ** 6)))
    lines.append('X-Mailin-EID: %s' % U.alnum(r, 60, U.ALNUM + '%'))
    lines.append('Origin-messageId: <%s@smtp-relay.mailin.fr>' % ('%d%02d%02d%02d%02d.%d' % (t1.year, t1.month, t1.day, t1.hour, t1.minute, r.randrange(10 ** 10, 10 ** 11))))
    for e in extra or []:
        lines.append(mk.fold(*e))
    env = '%s@%s' % (U.hexs(r, 24), 'bounces.sendibt3.com' if False else 'sendibt3.com')
    route = dict(helo=host, rdns=host, ip=ip, tls=TLS13, env_from=env, spf='pass',
                 dkim=[(dd, 'brevo1', 'pass'), ('sendibt3.com', 'mail', 'pass')])
    return lines, route


# ===================================================================== generic MTAs (banks, authorities, VPS)
def generic(m, helo, ip, rdns=None, mta='Postfix', inner=None, dkim_d=None, dkim_s='default', order=None, extra=None,
            env_from=None, spf='pass', dkim_result='pass', tls=TLS13, xmailer=None, date_zone=None, quote=False,
            dkim_below=False):
    r = m.rng
    t1 = m.tick(0, 2)
    lines = []
    if dkim_d and not dkim_below:
        lines.append(m.dkim(dkim_d, dkim_s, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'))
    for inn in inner or []:
        lines.append(inn.replace('%DATE%', tu.rfc2822(t1, date_zone or m.zone, True)).replace('%QID%', U.postfix_short_id(r)))
    if dkim_d and dkim_below:
        lines.append(m.dkim(dkim_d, dkim_s, 'from:to:subject:date:message-id:reply-to:mime-version', style='gmail').replace(' darn=example.com;', ''))
    order = order or ['date', 'from', 'reply-to', 'to', 'cc', 'message-id', 'subject', 'mime-version', '*MIME*']
    for o in order:
        lines += m.cores([o], date_zone=date_zone, quote=quote)
    if xmailer:
        lines.append('X-Mailer: %s' % xmailer)
    for e in extra or []:
        lines.append(mk.fold(*e))
    route = dict(helo=helo, rdns=rdns if rdns is not None else helo, ip=ip, tls=tls, env_from=env_from if env_from is not None else m.frm[1],
                 spf=spf, dkim=[(dkim_d, dkim_s, dkim_result)] if dkim_d else [])
    return lines, route


def _exchange_app(m, hub, ips, app, extra):
    """Mail generated by an internal application server and relayed by Exchange."""
    r = m.rng
    host, ip, order, xmailer = app
    t1 = m.clock
    t2 = m.tick(0, 1)
    t3 = m.tick(0, 2)
    lines = [m.dkim('example.com', 'int2026', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', style='opendkim')]
    rcpt = m.rcpts[0] if len(m.rcpts) == 1 else None
    lines.append('Received: from %s.corp.example.com (%s.corp.example.com [%s])\r\n\t%s\r\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s%s; %s'
                 % (hub, hub.lower(), ips[hub], TLS12, U.postfix_long_id(r), ('\r\n\tfor <%s>' % rcpt) if rcpt else '',
                    tu.rfc2822(t3, 'CET', True)))
    lines.append('Received: from %s (%s) by %s.corp.example.com (%s) with Microsoft SMTP\r\n Server id %s; %s'
                 % (host, ip, hub, ips[hub], EXCH_VER, tu.rfc2822(t2, 'CET')))
    for o in order:
        if o.startswith('!'):
            lines.append(o[1:])
        else:
            lines += m.cores([o])
    if xmailer:
        lines.append('X-Mailer: %s' % xmailer)
    for e in extra or []:
        lines.append(mk.fold(*e))
    route = dict(helo='mail-int01.example.com', rdns='mail-int01.example.com', ip='10.20.0.25', tls=TLS13,
                 env_from=m.frm[1], spf='none', dkim=[('example.com', 'int2026', 'pass')], internal=True)
    return lines, route
