"""Models of real sending systems: each produces the header block and trace that the system
writes, plus what mx01.example.com observes (client HELO/rDNS/IP, envelope, SPF/DKIM facts)."""
import base64
import datetime as dt

from .mime import addr, addrs, body_hash, hdr_text
from .util import rfc2822, rhex, ralnum, rb64, ruuid, rdigits, B62, local_dt

CIPHER12 = 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'


def postfix_qid_long(rng):
    a = 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'
    return '4' + ''.join(rng.choice(a) for _ in range(9)) + 'z' + ''.join(rng.choice(a) for _ in range(rng.choice([3, 4])))


def postfix_qid_short(rng):
    return rhex(rng, rng.choice([10, 11]), upper=True)


def exim_id(rng):
    return '%s-%s-%s' % (ralnum(rng, 6), ralnum(rng, 11), ralnum(rng, 4))


def tls13():
    return ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
            '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
            '\t(No client certificate requested)')


def tls12():
    return ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
            '\t(No client certificate requested)')


def fold_tags(prefix, tags, width=76, indent='\t'):
    """Fold a tag list header value like DKIM-Signature."""
    out = []
    cur = prefix
    for t in tags:
        piece = t + ';'
        if len(cur) + 1 + len(piece) > width:
            out.append(cur)
            cur = indent + piece
        else:
            cur += (' ' if cur else '') + piece
    out.append(cur)
    s = '\n'.join(out)
    return s.rstrip(';')


def fold_b(prefix, val, first=None, width=72, indent='\t'):
    first = first or (width - len(prefix))
    chunks = [val[:first]]
    rest = val[first:]
    while rest:
        chunks.append(rest[:width])
        rest = rest[width:]
    return prefix + ('\n' + indent).join(chunks)


def dkim(M, d, s, h, canon='relaxed/relaxed', t=True, x=None, i=None, q=False, order='vacqdsthbhb',
         bits=2048, indent='\t', result='pass', extra_tags=None, h_lower=False):
    """Build a DKIM-Signature value with a correct bh= and an invented b=."""
    bh = body_hash(M.body_crlf, canon.split('/')[1])
    b = rb64(M.rng, bits // 8)
    ts = int((M.utc - dt.datetime(1970, 1, 1)).total_seconds())
    tags = {'v': 'v=1', 'a': 'a=rsa-sha256', 'c': 'c=' + canon, 'd': 'd=' + d, 's': 's=' + s,
            'h': 'h=' + h, 'bh': 'bh=' + bh, 'q': 'q=dns/txt'}
    seq = []
    for k in order_tokens(order):
        if k == 'q' and not q:
            continue
        if k == 't':
            if t:
                seq.append('t=%d' % ts)
            if x:
                seq.append('x=%d' % (ts + x))
            continue
        if k == 'i':
            continue
        seq.append(tags[k])
        if k == 'd' and i:
            seq.append('i=' + i)
    if extra_tags:
        seq += extra_tags
    val = fold_tags('', seq, indent=indent)
    val = val + ';\n' + indent + fold_b('b=', b, first=70, indent=indent)
    M.dkim_results.append({'d': d, 's': s, 'b': b[:8], 'result': result, 'i': i or '@' + d, 'bits': bits})
    return ('DKIM-Signature', val)


def order_tokens(order):
    toks = []
    i = 0
    while i < len(order):
        if order[i:i + 2] == 'bh':
            toks.append('bh')
            i += 2
        else:
            toks.append(order[i])
            i += 1
    return [t for t in toks if t != 'b']


def base_headers(M, names):
    out = []
    for n in names:
        key = n.lower()
        if key in M.h and M.h[key] is not None:
            out.append((n, M.h[key]))
        elif key == 'mime':
            out.append(('MIME-Version', '1.0'))
        elif key == 'ct':
            out.extend(M.root_headers)
        elif key == 'extra':
            out.extend(M.extra)
    return out


def mime_headers(M):
    return [('MIME-Version', '1.0')] + M.root_headers


class System:
    kind = 'generic'
    description = ''
    env_from = None

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def finish(self, M, helo, rdns, ip, env_from, spf, t_handoff, tls='1.3'):
        M.client = (helo, rdns, ip)
        M.env_from = env_from
        M.spf = spf
        M.t_mx = t_handoff
        M.tls = tls


# ============================================================ internal Exchange 2019
class ExchangeInternal(System):
    """Exchange 2019 (EXCH01/EXCH02) -> mail-int01.example.com (Postfix, signs DKIM) -> mx01."""
    kind = 'exchange-internal'

    def build(self, M):
        rng = M.rng
        a, b = rng.choice([('EXCH01', 'EXCH02'), ('EXCH02', 'EXCH01')])
        bd = M.root.boundary or ''
        if 'EXCH01' in bd:
            a, b = 'EXCH01', 'EXCH02'
        elif 'EXCH02' in bd:
            a, b = 'EXCH02', 'EXCH01'
        if M.msgid is None:
            M.h['message-id'] = '<%s@%s.corp.example.com>' % (rhex(rng, 32), a)
        ips = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}
        t0 = M.utc
        t1 = M.t(1)
        t2 = M.t(2)
        fe = 'fe80::%s:%s:%s:%s' % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
        r_mapi = ('Received: from %s.corp.example.com ([%s]) by %s.corp.example.com\n ([%s%%%d]) with mapi id '
                  '15.02.1748.010; %s' % (a, fe, a, fe, rng.randint(2, 14), rfc2822(t0, 'DE')))
        r_hub = ('Received: from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server '
                 '(version=TLS1_2,\n cipher=%s) id 15.2.1748.10; %s' % (
                     a, ips[a], b, ips[b], CIPHER12, rfc2822(t1, 'DE')))
        qid = postfix_qid_short(rng)
        r_int = ('Received: from %s.corp.example.com (%s.corp.example.com [%s])\n\t%s\n\tby mail-int01.example.com '
                 '(Postfix) with ESMTPS id %s;\n\t%s' % (b, b.lower(), ips[b], tls12(), qid, rfc2822(t2, 'DE', True)))
        hdrs = [('__raw', r_int), ('__raw', r_hub), ('__raw', r_mapi)]
        hdrs.append(dkim(M, 'example.com' if M.frm[1].endswith('@example.com') else 'examplegroup.eu',
                         'int2026', 'From:To:Cc:Subject:Date:Message-ID:Content-Type:MIME-Version',
                         order='vacdsthbhb'))
        hdrs += base_headers(M, ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index',
                                 'Date', 'Message-ID', 'References', 'In-Reply-To'])
        hdrs += [('Accept-Language', self.lang_accept), ('Content-Language', self.lang_content)]
        hdrs += [('X-MS-Has-Attach', 'yes' if M.has_attach else ''), ('X-MS-TNEF-Correlator', '')]
        hdrs += M.extra
        hdrs += [('x-ms-exchange-transport-fromentityheader', 'Hosted'),
                 ('x-originating-ip', '[%s]' % self.client_ip)]
        hdrs += mime_headers(M)
        self.finish(M, 'mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', M.frm[1], None, M.t(3))
        M.internal = True
        return hdrs


# ============================================================ own Postfix relay (company mail server)
class PostfixRelay(System):
    """Own Postfix relay. client: ('Thunderbird'|'Outlook'|'app'), submission from LAN or app host."""
    kind = 'postfix'

    def build(self, M):
        rng = M.rng
        qid = postfix_qid_short(rng)
        hdrs = []
        t1 = M.t(1)
        if self.client == 'roundcube':
            r1 = ('Received: from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
                self.webmail_host, M.frm[1], self.host, qid, rfc2822(t1, self.zone, True)))
        elif self.client == 'app':
            r1 = ('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (
                self.app_host, self.app_host, self.app_ip, self.host, qid, rfc2822(t1, self.zone, True)))
        elif self.client == 'local':
            r1 = ('Received: by %s (Postfix, from userid %d)\n\tid %s; %s' % (
                self.host, self.uid, qid, rfc2822(t1, self.zone, True)))
        else:
            r1 = ('Received: from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
                self.lan_ip, self.lan_host, self.lan_ip, M.env_from_override or M.frm[1], self.host, qid,
                rfc2822(t1, self.zone, True)))
        if getattr(self, 'amavis', False):
            hdrs.append(('__raw', 'Received: from %s ([127.0.0.1])\n\tby localhost (%s [127.0.0.1]) (amavis, port 10024) with ESMTP\n\tid %s; %s' % (
                self.host, self.host, ralnum(rng, 12), rfc2822(M.t(2), self.zone, True))))
            hdrs.append(('X-Virus-Scanned', 'amavis at %s' % self.domain))
        if getattr(self, 'dkim_sel', None):
            hdrs.insert(0, dkim(M, self.dkim_domain if hasattr(self, 'dkim_domain') else self.domain, self.dkim_sel,
                                'From:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:'
                                'In-Reply-To:References', order='vacdsthbhb'))
            hdrs[0] = hdrs[0]
        hdrs.append(('__raw', r1))
        hdrs += M.pre_extra
        hdrs += self.client_headers(M)
        env = M.env_from_override or M.frm[1]
        self.finish(M, self.helo if hasattr(self, 'helo') else self.host, self.host, self.ip, env,
                    getattr(self, 'spf', 'pass'), M.t(3))
        return hdrs

    def client_headers(self, M):
        ua = getattr(self, 'ua', None)
        if self.client in ('Thunderbird', 'Betterbird'):
            h = base_headers(M, ['Message-ID', 'Date', 'mime', 'User-Agent', 'extra', 'Content-Language', 'To',
                                 'Cc', 'References', 'From', 'Reply-To', 'Organization', 'Subject', 'In-Reply-To'])
            h.insert(3, ('User-Agent', ua or 'Mozilla Thunderbird'))
            if getattr(self, 'content_language', None):
                h.insert(4, ('Content-Language', self.content_language))
            return h + M.root_headers
        if self.client == 'roundcube':
            h = base_headers(M, ['mime', 'Date', 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References', 'Message-ID'])
            h += [('X-Sender', M.frm[1]), ('User-Agent', ua or 'Roundcube Webmail/1.6.6')]
            return h + M.extra + M.root_headers
        if self.client == 'Outlook':
            h = base_headers(M, ['From', 'To', 'CC', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID',
                                 'mime', 'ct'])
            h += [('X-Mailer', ua or 'Microsoft Outlook 16.0'), ('Thread-Index', M.thread_index),
                  ('Content-Language', getattr(self, 'content_language', 'de'))]
            return h + M.extra
        # app / local
        h = base_headers(M, ['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID', 'extra', 'mime', 'ct'])
        if ua:
            h.insert(5, ('X-Mailer', ua))
        return h


# ============================================================ Microsoft 365 (tenant, consumer outlook.com)
M365_EDGES = {
    'eu1': ('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on20%d.outbound.protection.outlook.com', '40.107.22.%d'),
    'eu2': ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on20%d.outbound.protection.outlook.com', '40.107.104.%d'),
    'eu3': ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on20%d.outbound.protection.outlook.com', '40.107.241.%d'),
    'eu4': ('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on20%d.outbound.protection.outlook.com', '40.107.13.%d'),
    'uk': ('GBR01-CWX-obe.outbound.protection.outlook.com', 'mail-cwxgbr01on21%d.outbound.protection.outlook.com', '40.107.121.%d'),
    'olk': ('EUR04-DB3-obe.outbound.protection.outlook.com', 'mail-db3eur04olkn20%d.outbound.protection.outlook.com', '40.92.74.%d'),
}


class M365(System):
    """Exchange Online. Parameters: domain, region ('eu1'..'uk'), consumer (outlook.com), mimecast (dict),
    dkim_d (signing domain, default domain), client ('Outlook'|'OWA'|'app'), lang ('de-DE')."""
    kind = 'm365'

    def build(self, M):
        rng = M.rng
        consumer = getattr(self, 'consumer', False)
        region = getattr(self, 'region', 'eu1')
        if consumer:
            pfx = rng.choice(['AS8P193MB', 'DB9P194MB', 'PAXP193MB', 'AM0P190MB'])
            dom = '%s.prod.outlook.com' % {'AS8P193MB': 'EURP193', 'DB9P194MB': 'EURP194', 'PAXP193MB': 'EURP193',
                                             'AM0P190MB': 'EURP190'}[pfx]
            dom = dom.upper()
        elif region == 'uk':
            pfx = rng.choice(['LO2P265MB', 'CWLP265MB', 'LO4P265MB'])
            dom = 'GBRP265.PROD.OUTLOOK.COM'
        else:
            pfx, dom = rng.choice([('AM9PR04MB', 'eurprd04.prod.outlook.com'), ('DU0PR04MB', 'eurprd04.prod.outlook.com'),
                                   ('PA4PR03MB', 'eurprd03.prod.outlook.com'), ('VI1PR02MB', 'eurprd02.prod.outlook.com'),
                                   ('DB8PR06MB', 'eurprd06.prod.outlook.com'), ('AS2PR08MB', 'eurprd08.prod.outlook.com')])
        mbx = '%s%s.%s' % (pfx, rdigits(rng, 4), dom)
        hub = '%s%s.%s' % (pfx, rdigits(rng, 4), dom)
        v6 = lambda: '2603:10a6:%s:%s::%s' % (rhex(rng, 3), rhex(rng, 3), rng.randint(10, 30))
        t0, t1 = M.utc, M.t(1)
        fe = 'fe80::%s:%s:%s:%s' % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
        build_no = '15.20.%d.%03d' % (rng.choice([9253, 9282, 9310, 9356]), rng.randint(5, 40))
        r_hub = ('Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=%s) id %s; %s' % (
            mbx, v6(), hub, v6(), CIPHER12, build_no, rfc2822(t1, 'UTC')))
        r_mapi = ('Received: from %s\n ([%s%%%d]) by %s\n ([%s%%%d]) with mapi id %s; %s' % (
            mbx, fe, rng.randint(3, 7), mbx, fe, rng.randint(3, 7), build_no.replace('.0', '.0'), rfc2822(t0, 'UTC')))
        domain = self.domain
        dkim_d = getattr(self, 'dkim_d', domain)
        sel = getattr(self, 'dkim_s', 'selector1' if not consumer else 'selector1')
        from_dom = M.frm[1].split('@')[1]
        hdrs = []
        mimecast = getattr(self, 'mimecast', None)
        if mimecast:
            mcn = rng.randint(10, 99)
            mc_host = 'eu-smtp-delivery-%d.mimecast.com' % mimecast['n']
            hdrs.append(('__raw', 'Received: from %s\n (mail-%s.outbound.protection.outlook.com [%s]) by\n relay.mimecast.com with ESMTP with both STARTTLS (version=TLSv1.2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n uk-mta-%d-%s-1; %s' % (
                M365_EDGES[region][0], 'cwxgbr01on21%02d' % (mcn % 100), '40.107.121.%d' % (mcn % 100),
                rng.randint(10, 260), ralnum(rng, 22, B62 + '_'), rfc2822(M.t(3), 'UK'))))
            hdrs.append(('X-MC-Unique', '%s-%s-1' % (ralnum(rng, 6), ralnum(rng, 15, B62 + '_'))))
            hdrs.append(('X-Mimecast-MFC-AGG-ID', '%s' % ralnum(rng, 32, B62 + '_-')))
        hdrs.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n' + fold_b(' b=', rb64(rng, 256), first=72, indent=' ')))
        hdrs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n%s' % (
            body_hash(M.body_crlf), fold_b(' b=', rb64(rng, 256), first=72, indent=' '))))
        arc_ar = ('i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none' % (
            domain, from_dom, dkim_d))
        if consumer:
            arc_ar = 'i=1; mx.microsoft.com 1; spf=none; dmarc=none; dkim=none;\n arc=none'
        hdrs.append(('ARC-Authentication-Results', arc_ar))
        if consumer:
            hdrs.append(dkim(M, 'outlook.com', 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck',
                             indent=' ', order='vacdsthbhb'))
        else:
            hdrs.append(dkim(M, dkim_d, sel, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck',
                             indent=' ', order='vacdsthbhb'))
        hdrs += [('__raw', r_hub), ('__raw', r_mapi)]
        hdrs += base_headers(M, ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date',
                                 'Message-ID', 'References', 'In-Reply-To'])
        hdrs += [('Accept-Language', getattr(self, 'lang', 'en-US')), ('Content-Language', getattr(self, 'lang', 'en-US'))]
        hdrs += [('X-MS-Has-Attach', 'yes' if M.has_attach else ''), ('X-MS-TNEF-Correlator', '')]
        hdrs += M.extra
        if not consumer:
            hdrs.append(('msip_labels', ''))
        hdrs.append(('authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % from_dom))
        hdrs.append(('x-ms-publictraffictype', 'Email'))
        hdrs.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbx.split('.')[0], hub.split('.')[0])))
        corr = ruuid(rng)
        hdrs.append(('x-ms-office365-filtering-correlation-id', corr))
        hdrs.append(('x-ms-exchange-senderadcheck', '1'))
        hdrs.append(('x-ms-exchange-antispam-relay', '0'))
        hdrs.append(('x-microsoft-antispam', 'BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;'))
        hdrs.append(('x-microsoft-antispam-message-info', '\n ' + '\n '.join(rb64(rng, 57) for _ in range(3))))
        hdrs.append(('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018);DIR:OUT;SFP:1101;' % (
            getattr(self, 'lang', 'en').split('-')[0], mbx)))
        hdrs.append(('x-ms-exchange-antispam-messagedata-chunkcount', '1'))
        hdrs.append(('x-ms-exchange-antispam-messagedata-0', '\n ' + '\n '.join(rb64(rng, 57) for _ in range(4))))
        hdrs += mime_headers(M)
        org = domain if not consumer else 'outlook.com'
        hdrs += [('X-OriginatorOrg', org),
                 ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                 ('X-MS-Exchange-CrossTenant-AuthSource', mbx),
                 ('X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid(rng)),
                 ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%s\n (UTC)' % (
                     rfc2822(t0, 'UTC')[5:-6], rdigits(rng, 4))),
                 ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                 ('X-MS-Exchange-CrossTenant-id', getattr(self, 'tenant_id', ruuid(rng))),
                 ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
                 ('X-MS-Exchange-CrossTenant-userprincipalname', rb64(rng, 60)[:80]),
                 ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hub.split('.')[0])]
        # drop the Received lines of the MS internal hops order: Received must precede ARC in real mail
        helo, rd, ipf = M365_EDGES[region]
        n = rng.randint(11, 99)
        env = M.env_from_override or M.frm[1]
        if mimecast:
            self.finish(M, 'eu-smtp-delivery-%d.mimecast.com' % mimecast['n'], 'eu-smtp-delivery-%d.mimecast.com' % mimecast['n'],
                        mimecast['ip'], env, 'pass', M.t(5), tls='1.2')
            hdrs.insert(0, dkim(M, domain, mimecast.get('sel', 'mimecast20240301'), 'From:Date:Subject:Message-ID:Content-Type:MIME-Version',
                                order='vacdsthbhb'))
        else:
            self.finish(M, helo, rd % n, ipf % n, env, 'pass', M.t(3), tls='1.2')
        return hdrs


# ============================================================ Google (Gmail, Workspace, Google services)
class Google(System):
    """mode: 'gmail' (consumer), 'workspace' (domain, dkim s=google), 'service' (accounts/forms)."""
    kind = 'google'

    def build(self, M):
        rng = M.rng
        mode = getattr(self, 'mode', 'gmail')
        host = rng.choice(['mail-wm1-f%d.google.com', 'mail-wr1-f%d.google.com', 'mail-ej1-f%d.google.com',
                           'mail-lf1-f%d.google.com', 'mail-ed1-f%d.google.com'])
        n = rng.randint(41, 73)
        host = host % n
        ipmap = {'wm1': '209.85.128.', 'wr1': '209.85.221.', 'ej1': '209.85.218.', 'lf1': '209.85.167.',
                 'ed1': '209.85.208.'}
        ip = ipmap[host.split('-')[1]] + str(n)
        if mode == 'service':
            n = rng.randint(65, 73)
            host, ip = 'mail-sor-f%d.google.com' % n, '209.85.220.%d' % n
        smtp_id = '%s-%s%s.%d' % (rng.choice(['5b1f17b1804b1', 'a640c23a62f3a', '2adb3069b0e04', 'ffacd0b85a97d']),
                                   rhex(rng, 11), rng.choice(['so', 'sf']), rng.randint(0, 9))
        rcpt = M.rcpts[0]
        t0, t1 = M.utc, M.t(1)
        hdrs = []
        if mode == 'service':
            hdrs.append(('__raw', 'Received: by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s' % (
                host.replace('mail-sor', 'mail-sor').split('.')[0] + '.google.com', smtp_id, rcpt,
                rfc2822(t1, 'PT', True))))
            d = self.dkim_d
            hdrs.append(dkim(M, d, '20230601', 'mime-version:message-id:date:subject:from:to:content-type:from:to:cc:subject:date:message-id:reply-to',
                             x=604800, order='vacdsthbhb', indent='        ', extra_tags=None))
            hdrs.append(('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=mime-version:message-id:date:subject:from:to:content-type:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n%s' % (
                M.ts, M.ts + 604800, body_hash(M.body_crlf), fold_b('        b=', rb64(rng, 256), first=64, indent='         '))))
            hdrs.append(('X-Gm-Message-State', rb64(rng, 66)))
            hdrs.append(('X-Google-Smtp-Source', rb64(rng, 60)))
            hdrs.append(('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12), rfc2822(t1, 'PT', True))))
            hdrs += base_headers(M, ['mime', 'Reply-To', 'extra', 'Message-ID', 'Date', 'Subject', 'From', 'To', 'ct'])
            env = self.env_from
            spf_dom = env.split('@')[1]
            self.finish(M, host, host, ip, env, 'pass', M.t(2))
            return hdrs
        hdrs.append(('__raw', 'Received: by %s with SMTP id %s\n        for <%s>; %s' % (
            host, smtp_id, rcpt, rfc2822(t1, 'PT', True))))
        if mode == 'gmail':
            hdrs.append(dkim(M, 'gmail.com', '20230601', 'to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to',
                             x=604800, order='vacdsthbhb', indent='        ', extra_tags=['darn=' + rcpt.split('@')[1]]))
        else:
            hdrs.append(dkim(M, self.domain, 'google', 'to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to',
                             x=604800, order='vacdsthbhb', indent='        ', extra_tags=['darn=' + rcpt.split('@')[1]]))
        hdrs.append(('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n%s' % (
            M.ts, M.ts + 604800, body_hash(M.body_crlf), fold_b('        b=', rb64(rng, 256), first=64, indent='         '))))
        hdrs.append(('X-Forwarded-Encrypted', 'i=1; AJvYcC' + rb64(rng, 48)))
        hdrs.append(('X-Gm-Message-State', 'AOJu0Y' + rb64(rng, 54)))
        hdrs.append(('X-Gm-Gg', 'ASbGnc' + rb64(rng, 180)))
        hdrs.append(('X-Google-Smtp-Source', 'AGHT+IF' + rb64(rng, 54)))
        hdrs.append(('X-Received', 'by 2002:a05:600c:%s:b0:%s:%s:%s with SMTP id\n %s;\n        %s' % (
            rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), smtp_id.rsplit('.', 1)[0] + '.' + str(rng.randint(1, 9)),
            rfc2822(t1, 'PT', True))))
        hdrs += base_headers(M, ['mime', 'References', 'In-Reply-To', 'From', 'Date', 'extra', 'Message-ID', 'Subject', 'To', 'Cc', 'ct'])
        hdrs.insert(len(hdrs) - len(M.root_headers) - 3, ('X-Gm-Features', 'AQt7F2' + rb64(rng, 60)))
        self.finish(M, host, host, ip, M.frm[1], 'pass', M.t(2))
        return hdrs


# ============================================================ Amazon SES
class SES(System):
    kind = 'ses'

    def build(self, M):
        rng = M.rng
        region = getattr(self, 'region', 'eu-west-1')
        n = rng.randint(10, 60)
        if region == 'eu-west-1':
            host, ip = 'a7-%d.smtp-out.eu-west-1.amazonses.com' % n, '54.240.7.%d' % n
        elif region == 'eu-central-1':
            m = rng.choice([226, 227, 228])
            host, ip = 'e%d-%d.smtp-out.eu-central-1.amazonses.com' % (m, n), '69.169.%d.%d' % (m, n)
        elif region == 'eu-west-2':
            host, ip = 'b224-%d.smtp-out.eu-west-2.amazonses.com' % n, '76.223.%d.%d' % (rng.randint(128, 143), n)
        else:
            host, ip = 'a8-%d.smtp-out.amazonses.com' % n, '54.240.8.%d' % n
        mid_host = {'eu-west-1': 'eu-west-1.amazonses.com', 'eu-central-1': 'eu-central-1.amazonses.com',
                    'eu-west-2': 'eu-west-2.amazonses.com'}.get(region, 'email.amazonses.com')
        prefix = {'eu-west-1': '0102', 'eu-central-1': '0107', 'eu-west-2': '0109'}.get(region, '0100')
        sesid = '%s019%s-%s-%s-%s-%s-%s-000000' % (prefix, rhex(rng, 9), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12))
        if 'message-id' not in M.h or M.h['message-id'] is None or getattr(self, 'ses_msgid', True):
            M.h['message-id'] = '<%s@%s>' % (sesid, mid_host)
        ts = M.ts
        hdrs = []
        sel = getattr(self, 'sel', ralnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz234567'))
        hdrs.append(dkim(M, self.domain, sel, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
                         canon='relaxed/simple', q=True, order='vaqcsdthbhb'))
        ses_sel = {'eu-west-1': 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 'eu-central-1': '54ecsf3zk7z4mwxwwox7z7bg6e5gwjgz',
                   'eu-west-2': 'hsbnp7p3ensaochzwyq5wwmceodymuwv'}.get(region, 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')
        hdrs.append(dkim(M, 'amazonses.com', ses_sel, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID',
                         canon='relaxed/simple', q=True, order='vaqcsdthbhb'))
        hdrs += base_headers(M, ['From', 'Reply-To', 'To', 'Subject', 'mime', 'ct', 'Message-ID', 'Date', 'extra'])
        hdrs.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(rng, 33).rstrip('='))))
        hdrs.append(('X-SES-Outgoing', '%s-%s' % (local_dt(M.t(1), 'UTC').strftime('%Y.%m.%d'), ip)))
        env = getattr(self, 'mail_from', None)
        if env is None:
            env = '%s@%s' % (sesid, mid_host)
        self.finish(M, host, host, ip, env, 'pass', M.t(1))
        return hdrs


# ============================================================ SendGrid
class SendGrid(System):
    kind = 'sendgrid'

    def build(self, M):
        rng = M.rng
        ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
        host = getattr(self, 'host', None) or '%s.outbound-mail.sendgrid.net' % ralnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz')
        sgid = ralnum(rng, 22, B62 + '_-')
        pod = 'geopod-ismtpd-%d' % rng.randint(1, 40)
        M.h['message-id'] = M.h.get('message-id') if getattr(self, 'keep_msgid', False) else '<%s@%s>' % (sgid, pod)
        hdrs = []
        hdrs.append(('__raw', 'Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s.0\n        %s +0000 UTC m=+%d.%09d' % (
            rhex(rng, 10), ralnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), rhex(rng, 10), ralnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            rhex(rng, 8, True), rhex(rng, 2, True), M.t(1).strftime('%Y-%m-%d %H:%M:%S') + '.%09d' % rng.randint(0, 999999999),
            rng.randint(100000, 4000000), rng.randint(0, 999999999))))
        hdrs.append(('__raw', 'Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s.%03d +0000 (UTC)' % (
            rb64(rng, 6).rstrip('='), pod, sgid, M.rcpts[0], rfc2822(M.utc, 'UTC')[:-6], rng.randint(0, 999))))
        hdrs.append(dkim(M, self.domain, getattr(self, 'sel', 's1'),
                         'content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to',
                         t=False, order='vacdhsbhb'))
        hdrs.append(dkim(M, 'sendgrid.info', 'smtpapi', 'content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to',
                         t=False, order='vacdhsbhb'))
        hdrs += M.root_headers
        hdrs += base_headers(M, ['Date', 'From', 'Reply-To', 'mime', 'Message-ID', 'Subject', 'extra'])
        hdrs.append(('X-Feedback-ID', '%d:SG' % rng.randint(10000000, 49999999)))
        hdrs.append(('X-SG-EID', '\n ' + '\n '.join(rb64(rng, 57) for _ in range(4))))
        hdrs.append(('X-SG-ID', '\n ' + rb64(rng, 57)))
        hdrs += base_headers(M, ['To'])
        hdrs.append(('X-Entity-ID', 'u001.' + rb64(rng, 16).rstrip('=')))
        uid = rng.randint(1000000, 49999999)
        rc = M.rcpts[0].replace('@', '=')
        env = 'bounces+%d-%s-%s@%s' % (uid, rhex(rng, 4), rc, getattr(self, 'em', 'em%d.%s' % (rng.randint(1000, 9999), self.domain)))
        self.finish(M, host, host, ip, env, 'pass', M.t(2))
        return hdrs


# ============================================================ Mailgun (EU)
class Mailgun(System):
    kind = 'mailgun'

    def build(self, M):
        rng = M.rng
        a, b = rng.randint(32, 33), rng.randint(10, 250)
        host, ip = 'm%d-%d.eu.mailgun.net' % (a, b), '141.193.%d.%d' % (a, b)
        mgid = rhex(rng, 24)
        hdrs = []
        hdrs.append(dkim(M, self.domain, getattr(self, 'sel', 'krs'), 'Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Reply-To: Sender'.replace(': ', ':'),
                         q=True, order='avcdqsthbhb'))
        hdrs.append(('X-Mailgun-Sid', 'WyI%s' % rb64(rng, 45).rstrip('=')))
        hdrs.append(('__raw', 'Received: by %s with HTTP id %s; %s' % (
            rhex(rng, 12), mgid, rfc2822(M.utc, 'UTC')[:-6] + ' GMT')))
        hdrs.append(('X-Mailgun-Sending-Ip', ip))
        hdrs.append(('X-Mailgun-Sending-Ip-Pool', ''))
        hdrs.append(('X-Mailgun-Batch-Id', rhex(rng, 24)))
        hdrs += base_headers(M, ['From', 'To', 'Reply-To', 'Subject', 'extra', 'mime', 'ct', 'Date'])
        M.h['message-id'] = '<%s.%s@%s>' % (local_dt(M.utc, 'UTC').strftime('%Y%m%d%H%M%S'), rhex(rng, 16), self.domain)
        hdrs += base_headers(M, ['Message-ID'])
        hdrs.append(('Sender', 'postmaster@' + self.domain))
        env = 'bounce+%s.%s-%s=%s@%s' % (rhex(rng, 6), rhex(rng, 6), M.rcpts[0].split('@')[0], M.rcpts[0].split('@')[1], self.domain)
        self.finish(M, host, host, ip, env, 'pass', M.t(2))
        return hdrs


# ============================================================ Brevo
class Brevo(System):
    kind = 'brevo'

    def build(self, M):
        rng = M.rng
        c, d = rng.choice([148, 149, 150]), rng.randint(10, 240)
        host, ip = 's%d-%s.sender-sib.com' % (rng.randint(1, 9), rhex(rng, 4)), '77.32.%d.%d' % (c, d)
        hdrs = []
        hdrs.append(dkim(M, 'brevo.com' if getattr(self, 'brevo_sig', True) else self.domain, 'brevo1',
                         'From:To:Subject:Date:Message-Id:List-Unsubscribe:Mime-Version:Content-Type', q=True, order='vaqcdsthbhb'))
        hdrs.append(dkim(M, self.domain, 'brevo1', 'From:To:Subject:Date:Message-Id:List-Unsubscribe:Mime-Version:Content-Type',
                         q=True, order='vaqcdsthbhb'))
        hdrs.append(('__raw', 'Received: by smtp-relay.brevo.com with ESMTP; %s' % rfc2822(M.utc, 'UTC')))
        hdrs.append(('X-Mailin-EID', rb64(rng, 42).rstrip('=') + '~'))
        hdrs += base_headers(M, ['From', 'To', 'Reply-To', 'Subject', 'extra', 'ct', 'mime', 'Date'])
        M.h['message-id'] = '<%s.%d@smtp-relay.mailin.fr>' % (local_dt(M.utc, 'UTC').strftime('%Y%m%d%H%M'), rng.randint(10 ** 10, 10 ** 11))
        hdrs += base_headers(M, ['Message-ID'])
        hdrs.append(('Origin-messageId', M.h['message-id']))
        hdrs.append(('X-sib-id', rb64(rng, 90).rstrip('=')))
        hdrs.append(('X-CSA-Complaints', 'csa-complaints@eco.de'))
        hdrs.append(('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, rng.randint(1000000, 9999999), rng.randint(1000000, 9999999))))
        env = 'bo-%s@b.d.sender-sib.com' % ralnum(rng, 12, 'abcdefghijklmnopqrstuvwxyz0123456789')
        self.finish(M, host, host, ip, env, 'pass', M.t(2))
        return hdrs


# ============================================================ Mailchimp
class Mailchimp(System):
    kind = 'mailchimp'

    def build(self, M):
        rng = M.rng
        n, m = rng.randint(100, 250), rng.randint(200, 300)
        host, ip = 'mail%d.atl%d.mcdlv.net' % (n, m), '198.2.%d.%d' % (rng.randint(128, 191), n)
        cid = rhex(rng, 20)
        hdrs = []
        hdrs.append(dkim(M, 'mcdlv.net', 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC',
                         order='vacdsthbhb'))
        hdrs.append(dkim(M, self.domain, 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC',
                         order='vacdsthbhb'))
        hdrs.append(('__raw', 'Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s' % (
            host, ralnum(rng, 12), M.rcpts[0], rfc2822(M.utc, 'UTC'))))
        hdrs += base_headers(M, ['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID'])
        hdrs += M.extra
        hdrs.append(('X-Mailer', 'Mailchimp Mailer - **CID%s**' % cid))
        hdrs.append(('X-Campaign', 'mailchimp%s.%s' % (self.u[:25], cid)))
        hdrs.append(('X-campaignid', 'mailchimp%s.%s' % (self.u[:25], cid)))
        hdrs.append(('X-Report-Abuse', 'Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (self.u, cid, rhex(rng, 10))))
        hdrs.append(('X-MC-User', self.u))
        hdrs.append(('Feedback-ID', '%d:%d.%d:us21:mc' % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7))))
        hdrs.append(('X-Accounttype', 'pd'))
        hdrs += mime_headers(M)
        env = 'bounce-mc.us21_%d.%d-%s=%s@%s' % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7), rhex(rng, 10), M.rcpts[0].replace('@', '='), host)
        self.finish(M, host, host, ip, env, 'pass', M.t(2))
        return hdrs


# ============================================================ PHP on a (compromised) web host
class WebHostPHP(System):
    """PHPMailer via local Postfix pickup (sendmail) on a web server, or cPanel Exim."""
    kind = 'webhost'

    def build(self, M):
        rng = M.rng
        hdrs = []
        if getattr(self, 'exim', False):
            eid = exim_id(rng)
            hdrs.append(('__raw', 'Received: from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
                self.user, self.host, self.env, eid, M.rcpts[0], rfc2822(M.t(1), self.zone))))
        else:
            hdrs.append(('__raw', 'Received: by %s (Postfix, from userid %d)\n\tid %s; %s' % (
                self.host, self.uid, postfix_qid_short(rng), rfc2822(M.t(1), self.zone, True))))
        hdrs += base_headers(M, ['To', 'Subject', 'Date', 'From', 'Reply-To', 'Message-ID'])
        hdrs += M.extra
        if getattr(self, 'phpmailer', True):
            hdrs.append(('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))
        hdrs += mime_headers(M)
        if getattr(self, 'exim', False):
            hdrs += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                     ('X-AntiAbuse', 'Primary Hostname - %s' % self.host),
                     ('X-AntiAbuse', 'Original Domain - example.com'),
                     ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % (self.uid, self.uid)),
                     ('X-AntiAbuse', 'Sender Address Domain - %s' % self.env.split('@')[1]),
                     ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (self.host, self.user)),
                     ('X-Authenticated-Sender', '%s: %s' % (self.host, self.env)),
                     ('X-Source', '/opt/cpanel/ea-php82/root/usr/bin/lsphp'),
                     ('X-Source-Args', 'lsphp:%s' % self.script),
                     ('X-Source-Dir', '%s' % self.docroot)]
        if getattr(self, 'dkim_sel', None):
            hdrs.insert(0, dkim(M, self.env.split('@')[1], self.dkim_sel, 'Content-Type:MIME-Version:Message-ID:Reply-To:From:Date:Subject:To',
                                q=True, order='vacdqsthbhb'))
        self.finish(M, self.host, self.host, self.ip, self.env, getattr(self, 'spf', 'pass'), M.t(2),
                    tls='1.2' if getattr(self, 'exim', False) else '1.3')
        return hdrs


# ============================================================ cPanel/Exim authenticated submission
class EximCpanel(System):
    kind = 'exim'

    def build(self, M):
        rng = M.rng
        eid = exim_id(rng)
        hdrs = []
        hdrs.append(dkim(M, self.domain, 'default', 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc:In-Reply-To:References',
                         q=True, order='vacdqsthbhb'))
        hdrs.append(('__raw', 'Received: from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            self.client_ip, rng.randint(49152, 65000), self.client_helo, self.host, M.frm[1], eid, M.rcpts[0],
            rfc2822(M.t(1), self.zone))))
        hdrs += self.client_headers(M)
        hdrs += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                 ('X-AntiAbuse', 'Primary Hostname - %s' % self.host),
                 ('X-AntiAbuse', 'Original Domain - example.com'),
                 ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
                 ('X-AntiAbuse', 'Sender Address Domain - %s' % self.domain),
                 ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (self.host, M.frm[1])),
                 ('X-Authenticated-Sender', '%s: %s' % (self.host, M.frm[1])),
                 ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
        self.finish(M, self.host, self.host, self.ip, M.env_from_override or M.frm[1], 'pass', M.t(2))
        return hdrs

    def client_headers(self, M):
        ua = getattr(self, 'ua', 'Outlook')
        if ua.startswith('Microsoft Outlook'):
            h = base_headers(M, ['From', 'To', 'CC', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'mime', 'ct'])
            h += [('X-Mailer', ua), ('Thread-Index', M.thread_index), ('Content-Language', getattr(self, 'content_language', 'el'))]
            return h + M.extra
        if ua.startswith('The Bat!'):
            h = base_headers(M, ['Date', 'From', 'extra', 'Message-ID', 'To', 'Subject', 'In-Reply-To', 'References', 'mime', 'ct'])
            h.insert(2, ('X-Mailer', ua))
            return h
        h = base_headers(M, ['mime', 'Date', 'From', 'To', 'Subject', 'In-Reply-To', 'References', 'Message-ID', 'extra', 'ct'])
        h.insert(2, ('User-Agent', ua))
        return h


# ============================================================ Zoho Mail (EU)
class Zoho(System):
    kind = 'zoho'

    def build(self, M):
        rng = M.rng
        n = rng.randint(10, 30)
        host, ip = 'sender4-op-o%d.zoho.eu' % n, '136.143.169.%d' % n
        hdrs = []
        hdrs.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n%s' % (M.ts, fold_b('\tb=', rb64(rng, 256), first=70))))
        hdrs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; h=Content-Type:Date:Date:From:From:In-Reply-To:MIME-Version:Message-ID:References:Subject:Subject:To:To:Message-Id:Reply-To; \n\tbh=%s; \n%s' % (
            M.ts, body_hash(M.body_crlf), fold_b('\tb=', rb64(rng, 256), first=70))))
        hdrs.append(('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>' % (
            self.domain, M.frm[1], M.frm[1])))
        hdrs.append(dkim(M, self.domain, 'zmail', 'Date:Date:From:From:To:To:Message-ID:In-Reply-To:References:Subject:Subject:MIME-Version:Content-Type:Message-Id:Reply-To',
                         q=True, order='vaqcthsdibhb', i=M.frm[1]))
        hdrs.append(('__raw', 'Received: from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%03d.%d; %s' % (
            M.ts, rng.randint(0, 999), rng.randint(10 ** 17, 10 ** 18), rfc2822(M.t(1), self.zone, True))))
        M.h['message-id'] = '<%s.%s.%d@%s>' % (rhex(rng, 11), rhex(rng, 16), rng.randint(10 ** 18, 10 ** 19), self.domain)
        hdrs += base_headers(M, ['Date', 'From', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'mime', 'ct'])
        hdrs += [('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]
        hdrs += M.extra
        self.finish(M, host, host, ip, M.frm[1], 'pass', M.t(2))
        return hdrs


# ============================================================ Yandex 360
class Yandex(System):
    kind = 'yandex'

    def build(self, M):
        rng = M.rng
        dc = rng.choice(['vla', 'sas', 'myt'])
        n = rng.randint(10, 99)
        fwd = 'forward%d%s.mail.yandex.net' % (rng.choice([500, 501, 502]), rng.choice('abcd'))
        ip = '178.154.239.%d' % rng.randint(70, 220)
        smtp = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (n, dc)
        v6 = '2a02:6b8:c%s:%s:0:640:%s:0' % (rhex(rng, 2), rhex(rng, 4), rhex(rng, 4))
        hdrs = []
        hdrs.append(('__raw', 'Received: from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s' % (
            smtp, smtp, v6, fwd, ralnum(rng, 10), M.rcpts[0], rfc2822(M.t(2), 'RU', True))))
        hdrs.append(('__raw', 'Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (
            smtp, ralnum(rng, 8), ralnum(rng, 8), rfc2822(M.t(1), 'RU', True))))
        hdrs.append(('X-Yandex-Fwd', '1'))
        hdrs.append(dkim(M, self.domain, 'mail', 'From:To:Subject:Date:Message-ID:In-Reply-To:References:Content-Type:MIME-Version',
                         order='vacdsthbhb'))
        hdrs.append(('Authentication-Results', '%s; dkim=pass header.i=@%s' % (smtp, self.domain)))
        hdrs += base_headers(M, ['From', 'To', 'Cc', 'In-Reply-To', 'References', 'Subject', 'mime', 'Date', 'Message-ID', 'extra', 'ct'])
        self.finish(M, fwd, fwd, ip, M.frm[1], 'pass', M.t(3))
        return hdrs


# ============================================================ Mail.ru (web interface)
class MailRu(System):
    kind = 'mailru'

    def build(self, M):
        rng = M.rng
        n = rng.randint(10, 60)
        host, ip = 'smtp%d.i.mail.ru' % n, '95.163.41.%d' % rng.randint(60, 120)
        hdrs = []
        hdrs.append(dkim(M, 'mail.ru', 'mail4', 'Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:Content-Type:Content-Transfer-Encoding:To:Cc',
                         order='vacqdsthbhb', q=True))
        hdrs.append(('__raw', 'Received: by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid %s\n\tfor %s; %s' % (
            rng.randint(100, 500), M.frm[1], exim_id(rng), M.rcpts[0], rfc2822(M.t(1), 'RU'))))
        hdrs.append(('__raw', 'Received: by e.mail.ru with HTTP;\n\t%s' % rfc2822(M.utc, 'RU')))
        hdrs += base_headers(M, ['From', 'To', 'mime', 'X-Mailer', 'Date', 'Reply-To', 'X-Priority', 'Message-ID', 'Subject', 'extra', 'ct'])
        hdrs.insert(4, ('X-Mailer', 'Mail.Ru Mailer 1.0'))
        hdrs += [('X-7564579A', '646B95376F6C166E'), ('X-77F55803', ralnum(rng, 120, B62 + '+/=')),
                 ('X-Mailru-Sender', ralnum(rng, 100, B62 + '+/=')), ('X-Mras', 'Ok')]
        self.finish(M, host, host, ip, M.frm[1], 'pass', M.t(2))
        return hdrs


# ============================================================ WP Poczta (wp.pl / o2.pl)
class WPPoczta(System):
    kind = 'wp'

    def build(self, M):
        rng = M.rng
        n = rng.randint(1, 9)
        host, ip = 'smtpo%d.poczta.onet.pl' % n if False else 'mx%d.wp.pl' % n, '212.77.101.%d' % rng.randint(1, 20)
        hdrs = []
        hdrs.append(dkim(M, 'wp.pl', '1024a', 'From:To:Subject', bits=1024, order='vacdsthbhb', q=False))
        hdrs.append(('__raw', 'Received: (wp-smtpd smtp.wp.pl 28455 invoked from network); %s' % rfc2822(M.t(1), 'PL')))
        hdrs.append(('__raw', 'Received: from %s (HELO [%s]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s' % (
            self.client_rdns, self.client_ip, M.frm[1].split('@')[0], self.client_ip, M.frm[1], M.rcpts[0], rfc2822(M.t(1), 'PL'))))
        hdrs += base_headers(M, ['Date', 'From', 'To', 'Message-ID', 'Subject', 'mime', 'ct', 'extra'])
        hdrs += [('X-WP-MailID', rhex(rng, 32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
                 ('X-WP-SPAM', 'NO 0000000 [Q%sP]' % ralnum(rng, 3))]
        self.finish(M, host, host, ip, M.frm[1], 'pass', M.t(2))
        return hdrs


# ============================================================ Proton Mail
class Proton(System):
    kind = 'proton'

    def build(self, M):
        rng = M.rng
        n = rng.choice([4316, 4317, 4318, 4321, 4322, 4325])
        host, ip = 'mail-%d.protonmail.ch' % n, '185.70.%d.%d' % (n // 100, n % 100)
        hdrs = []
        hdrs.append(dkim(M, 'proton.me', 'protonmail', 'Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector',
                         x=1209600, order='vacdstbhhb'))
        hdrs += base_headers(M, ['Date', 'To', 'From', 'Subject', 'Message-ID', 'In-Reply-To', 'References'])
        hdrs.append(('Feedback-ID', '%s:user:proton' % rb64(rng, 60, True)[:86] + '=='))
        hdrs.append(('X-Pm-Message-ID', rhex(rng, 40)))
        hdrs += M.extra
        hdrs += mime_headers(M)
        self.finish(M, host, host, ip, M.frm[1], 'pass', M.t(1))
        return hdrs


# ============================================================ home.pl (Roundcube)
class HomePl(System):
    kind = 'homepl'

    def build(self, M):
        rng = M.rng
        srv = 'cloudserver%d.home.pl' % rng.randint(2100000, 2499999)
        ip = '46.242.%d.%d' % (rng.choice([240, 242, 244, 246]), rng.randint(10, 240))
        hdrs = []
        hdrs.append(('__raw', 'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
            'localhost', 'localhost', '127.0.0.1', srv, postfix_qid_short(rng), rfc2822(M.t(1), 'PL', True))))
        hdrs.append(dkim(M, self.domain, 'default', 'From:Subject:To:Date:Message-ID:In-Reply-To:References:MIME-Version:Content-Type',
                         order='vacdsthbhb'))
        hdrs += base_headers(M, ['mime', 'Date', 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References', 'Message-ID'])
        hdrs.append(('X-Sender', M.frm[1]))
        hdrs.append(('Organization', self.org)) if getattr(self, 'org', None) else None
        hdrs.append(('User-Agent', 'Roundcube Webmail/1.6.9'))
        hdrs += M.extra
        hdrs += M.root_headers
        hdrs += [('X-CLIENT-IP', self.client_ip), ('X-CLIENT-HOSTNAME', self.client_rdns),
                 ('X-VADE-SPAMSTATE', 'clean'), ('X-VADE-SPAMSCORE', '-100'),
                 ('X-VADE-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeffedr' + ralnum(rng, 60, 'abcdefghijklmnopqrstuvwxyz'))]
        self.finish(M, srv, srv, ip, M.frm[1], 'pass', M.t(2))
        return hdrs


# ============================================================ OVH hosted Exchange
class OVH(System):
    kind = 'ovh'

    def build(self, M):
        rng = M.rng
        mo = rng.randint(550, 599)
        host, ip = '%d.mo%d.mail-out.ovh.net' % (rng.randint(1, 9), mo), '46.105.%d.%d' % (rng.randint(40, 79), rng.randint(2, 250))
        ex = 'EX%d.mail.ovh.net' % rng.randint(2, 6)
        hdrs = []
        hdrs.append(('__raw', 'Received: from director%d.ghost.mail-out.ovh.net (unknown [10.109.%d.%d])\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            rng.randint(1, 9), rng.randint(1, 250), rng.randint(1, 250), mo, postfix_qid_long(rng), M.rcpts[0], rfc2822(M.t(2), 'UTC', True))))
        hdrs.append(('__raw', 'Received: from %s (ex%d.mail.ovh.net [%s])\n\tby director%d.ghost.mail-out.ovh.net (Postfix) with ESMTPS id %s;\n\t%s' % (
            ex, rng.randint(2, 6), '10.108.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), rng.randint(1, 9), postfix_qid_long(rng), rfc2822(M.t(1), 'UTC', True))))
        hdrs.append(('__raw', 'Received: from %s (172.16.2.%d) by %s\n (172.16.2.%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=%s) id 15.1.2507.39; %s' % (
            ex, rng.randint(1, 60), ex, rng.randint(1, 60), CIPHER12, rfc2822(M.utc, 'PL'))))
        hdrs.append(dkim(M, self.domain, 'ovhmo%d-selector1' % rng.randint(1000000, 9999999), 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version',
                         order='vacdsthbhb'))
        hdrs += base_headers(M, ['From', 'To', 'CC', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID', 'References', 'In-Reply-To'])
        hdrs += [('Accept-Language', 'pl-PL, en-US'), ('Content-Language', 'pl-PL'), ('X-MS-Has-Attach', 'yes' if M.has_attach else ''),
                 ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[%s]' % self.client_ip)]
        hdrs += M.extra
        hdrs += mime_headers(M)
        hdrs += [('X-Ovh-Tracer-Id', '%d' % rng.randint(10 ** 18, 10 ** 19)), ('X-VR-SPAMSTATE', 'OK'),
                 ('X-VR-SPAMSCORE', '0'), ('X-VR-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeffedr' + ralnum(rng, 50, 'abcdefghijklmnopqrstuvwxyz'))]
        self.finish(M, host, host, ip, M.frm[1], 'pass', M.t(3))
        return hdrs


# ============================================================ Aruba (SMTP and PEC)
class Aruba(System):
    kind = 'aruba'

    def build(self, M):
        rng = M.rng
        n = rng.randint(100, 999)
        pec = getattr(self, 'pec', False)
        if pec:
            host, ip = 'smtpdh%02d-1.aruba.it' % rng.randint(1, 20), '62.149.155.%d' % rng.randint(150, 170)
            host = 'pecmailout%02d.pec.aruba.it' % rng.randint(1, 9)
            ip = '62.149.158.%d' % rng.randint(80, 120)
        else:
            host, ip = 'smtpcmd0%d.aruba.it' % n, '62.149.156.%d' % (n % 200 + 20)
        hdrs = []
        if pec:
            hdrs.append(('__raw', 'Received: from pecmailin.pec.aruba.it ([10.2.%d.%d])\n\tby %s with ESMTPA\n\tid %s; %s' % (
                rng.randint(1, 250), rng.randint(1, 250), host, ralnum(rng, 14), rfc2822(M.t(1), 'IT'))))
            hdrs.append(('__raw', 'Received: from [%s] ([%s])\n\tby pecmailin.pec.aruba.it with ESMTPSA\n\tid %s; %s' % (
                self.client_ip, self.client_ip, ralnum(rng, 14), rfc2822(M.utc, 'IT'))))
        else:
            hdrs.append(dkim(M, 'aruba.it', 'a1', 'Date:From:To:Subject:MIME-Version:Content-Type', order='vacdsthbhb'))
            hdrs.append(('__raw', 'Received: from [%s] ([%s])\n\tby Aruba Outgoing Smtp with ESMTPSA\n\tid %s; %s' % (
                self.client_ip, self.client_ip, ralnum(rng, 14), rfc2822(M.t(1), 'IT'))))
        hdrs += M.pre_extra
        hdrs += self.client_headers(M)
        if not pec:
            hdrs.append(('X-CMAE-Envelope', 'MS4xfG' + rb64(rng, 90).rstrip('=')))
        self.finish(M, host, host, ip, M.env_from_override or M.frm[1], 'pass', M.t(2))
        return hdrs

    def client_headers(self, M):
        ua = getattr(self, 'ua', 'Microsoft Outlook 16.0')
        if ua.startswith('Microsoft Outlook'):
            h = base_headers(M, ['From', 'To', 'CC', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'mime', 'ct'])
            h += [('X-Mailer', ua), ('Thread-Index', M.thread_index), ('Content-Language', 'it')]
            return h + M.extra
        h = base_headers(M, ['Message-ID', 'Date', 'mime', 'From', 'Reply-To', 'To', 'Subject', 'extra', 'ct'])
        if ua:
            h.insert(2, ('X-Mailer', ua))
        return h


# ============================================================ Hornetsecurity outbound (for on-prem Exchange)
class Hornet(System):
    kind = 'hornet'

    def build(self, M):
        rng = M.rng
        n = rng.randint(10, 200)
        host = 'mx-relay%d-hz%d.antispameurope.com' % (n, rng.choice([1, 2, 3]))
        ip = rng.choice(['94.100.132.', '83.246.65.', '94.100.128.']) + str(rng.randint(10, 250))
        exch = self.exch
        hdrs = []
        hdrs.append(('__raw', 'Received: from %s ([%s]) by %s;\n %s' % (self.gw, self.gw_ip, host, rfc2822(M.t(2), 'DE'))))
        hdrs.append(('__raw', 'Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=%s) id 15.2.1748.10; %s' % (
            exch, self.exch_ip, self.gw, self.gw_ip, CIPHER12, rfc2822(M.t(1), 'DE'))))
        hdrs.append(('__raw', 'Received: from %s ([fe80::%s:%s:%s:%s]) by\n %s ([fe80::%s:%s:%s:%s%%13]) with mapi id\n 15.02.1748.010; %s' % (
            exch, rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), exch, rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rfc2822(M.utc, 'DE'))))
        hdrs.append(dkim(M, self.domain, 'hse1', 'from:to:subject:date:message-id:content-type:mime-version', order='vacdsthbhb'))
        hdrs += base_headers(M, ['From', 'To', 'CC', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID', 'References', 'In-Reply-To'])
        hdrs += [('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE'), ('X-MS-Has-Attach', 'yes' if M.has_attach else ''),
                 ('X-MS-TNEF-Correlator', '')]
        hdrs += M.extra
        hdrs += mime_headers(M)
        hdrs += [('X-cloud-security-sender', M.frm[1]), ('X-cloud-security-recipient', M.rcpts[0]),
                 ('X-cloud-security-Virusscan', 'CLEAN'), ('X-cloud-security-disclaimer', 'This E-Mail was scanned by E-Mailservice on %s with %s' % (host, ralnum(rng, 12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'))),
                 ('X-cloud-security-connect', '%s[%s], TLS=1, IP=%s' % (self.gw, self.gw_ip, self.pub_ip)),
                 ('X-cloud-security-Digest', rhex(rng, 32)), ('X-cloud-security', 'scantime:%d.%03d' % (rng.randint(0, 2), rng.randint(0, 999)))]
        self.finish(M, host, host, ip, M.frm[1], 'pass', M.t(3))
        return hdrs


# ============================================================ platform notifications (DocuSign, Dropbox, Adobe)
class Platform(System):
    """Generic large platform mailer: name, host, ip, dkim list, env_from, extra platform headers."""
    kind = 'platform'

    def build(self, M):
        rng = M.rng
        hdrs = []
        for d, s in self.dkims:
            hdrs.append(dkim(M, d, s, getattr(self, 'h', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'),
                             order='vacdsthbhb'))
        for r in getattr(self, 'received', []):
            hdrs.append(('__raw', r(M) if callable(r) else r))
        hdrs += base_headers(M, self.order)
        hdrs += self.extra(M) if hasattr(self, 'extra') else []
        self.finish(M, self.host, self.host, self.ip, self.env_from(M) if callable(self.env_from) else self.env_from,
                    getattr(self, 'spf', 'pass'), M.t(2))
        return hdrs


# ============================================================ direct-to-MX bulk (spoofing, no auth)
class DirectMX(System):
    """Spam bot / VPS sending straight to mx01 (no relaying MTA). Optional X-Mailer."""
    kind = 'direct'

    def build(self, M):
        hdrs = []
        if getattr(self, 'dkim_d', None):
            hdrs.append(dkim(M, self.dkim_d, self.dkim_s, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                             order='vacdsthbhb'))
        hdrs += base_headers(M, getattr(self, 'order', ['Date', 'From', 'To', 'Subject', 'Message-ID', 'extra', 'mime', 'ct']))
        self.finish(M, self.helo, self.rdns, self.ip, self.env, self.spf_result, M.t(1), tls=getattr(self, 'tls', '1.2'))
        return hdrs
