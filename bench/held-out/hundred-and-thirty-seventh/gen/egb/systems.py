"""Sending systems: each builds the header block (trace + provider headers +
content headers) the way that system writes it, and mx01's own block on top."""
import base64
import datetime
import hashlib

from . import company
from .core import (rfc2822, to_zone, addr, hdr_text, guid, rstr, b64rand, postfix_qid, postfix_short_qid,
                   ALNUM, HEXU, HEXL, CRLF)

T = lambda s: datetime.timedelta(seconds=s)
FOLD = CRLF + '\t'
FOLD1 = CRLF + ' '

_MULTI = ('co.uk', 'com.pl', 'com.gr', 'com.es', 'co.jp', 'com.au', 'org.uk', 'gov.uk', 'com.ru', 'net.pl')


def org_domain(d):
    d = d.lower().rstrip('.')
    parts = d.split('.')
    if '.'.join(parts[-2:]) in _MULTI:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def dom(a):
    return a.split('@', 1)[1].lower()


# ------------------------------------------------------------------ content headers
def rendered(m, date_zone=None, date_utc=False, abbr=False):
    cs, enc, mode = m.hcharset, m.henc, m.hmode
    r = {}
    r['From'] = addr(m.frm[0], m.frm[1], cs, enc, mode=mode, quote_always=getattr(m, 'quote_names', False))
    if m.to:
        r['To'] = ', '.join(addr(n, a, cs, enc, mode=mode, quote_always=getattr(m, 'quote_names', False)) for n, a in m.to)
    if m.cc:
        r['Cc'] = ', '.join(addr(n, a, cs, enc, mode=mode, quote_always=getattr(m, 'quote_names', False)) for n, a in m.cc)
    if m.reply_to:
        r['Reply-To'] = addr(m.reply_to[0], m.reply_to[1], cs, enc, mode=mode)
    r['Subject'] = hdr_text(m.subject, cs, enc, mode)
    if date_utc:
        r['Date'] = rfc2822(m.sent, 'UTC')
    else:
        r['Date'] = rfc2822(m.sent, date_zone or m.zone, abbr=abbr)
    r['Message-ID'] = '<%s>' % m.msgid
    if m.irt:
        r['In-Reply-To'] = '<%s>' % m.irt
    if m.refs:
        r['References'] = ' '.join('<%s>' % x for x in m.refs)
    return r


def pick(r, names):
    out = []
    for n in names:
        if n in r:
            out.append((n, r[n]))
    return out


# ------------------------------------------------------------------ DKIM
def dkim(m, d, s, hlist, t=None, i=None, bits=2048, c='relaxed/relaxed', x=None, extra=''):
    rng = m.rng
    b = b64rand(rng, bits // 8)
    bh = b64rand(rng, 32)
    parts = ['v=1', 'a=rsa-sha256', 'c=%s' % c, 'd=%s' % d, 's=%s' % s]
    if i:
        parts.append('i=%s' % i)
    if extra:
        parts.append(extra)
    if t is not None:
        parts.append('t=%d' % int(t.timestamp()))
    if x is not None:
        parts.append('x=%d' % int(x.timestamp()))
    head = '; '.join(parts) + ';'
    hval = 'h=' + ':'.join(hlist) + ';'
    bhv = 'bh=' + bh + ';'
    bv = 'b=' + FOLD.join([b[k:k + 68] for k in range(0, len(b), 68)])
    val = _wrap(head, 70) + FOLD + _wrap(hval, 70) + FOLD + bhv + FOLD + bv
    m.dkim_sigs.append(dict(d=d, s=s, i=i or '@' + d, b=b[:8], bits=bits))
    return ('DKIM-Signature', val)


def _wrap(s, w):
    words = s.split(' ')
    lines = []
    cur = ''
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > w:
            lines.append(cur)
            cur = wd
        else:
            cur = (cur + ' ' + wd) if cur else wd
    lines.append(cur)
    out = []
    for ln in lines:
        while len(ln) > w + 10 and ':' in ln[w // 2:]:
            cut = ln.rfind(':', 0, w) + 1
            if cut <= 0:
                break
            out.append(ln[:cut])
            ln = ln[cut:]
        out.append(ln)
    return FOLD.join(out)


# ------------------------------------------------------------------ mx01
def finish(m, hdrs, client, last_hop, spf='pass', env_from=None, rcpt=None, delay=None,
           spf_helo=False, dkim_results=None, arc=None):
    """Prepend mx01's Received + authentication headers and Return-Path."""
    helo, rdns, ip = client
    env_from = env_from if env_from is not None else m.env_from
    rcpt = rcpt or m.rcpt
    arrival = last_hop + T(delay if delay is not None else m.rng.randint(1, 3))
    m.arrival = arrival
    qid = postfix_qid(m.rng)
    rec = ('from %s (%s [%s])' % (helo, rdns or 'unknown', ip) + FOLD + 'by mx01.example.com (Postfix) with ESMTPS id %s' % qid +
           FOLD + 'for <%s>; %s' % (rcpt, rfc2822(arrival, 'Europe/Berlin', abbr=True)))
    top = [('Return-Path', '<%s>' % env_from if env_from else '<>')]
    internal = ip.startswith('10.20.')
    if not internal:
        # DMARC
        fdom = dom(m.frm[1])
        res = dkim_results or {}
        dk = []
        aligned_dkim = False
        for sig in m.dkim_sigs:
            r = res.get(sig['d'], 'pass')
            dk.append((sig, r))
            if r == 'pass' and org_domain(sig['d']) == org_domain(fdom):
                aligned_dkim = True
        spf_dom = dom(env_from) if env_from else helo
        aligned_spf = spf == 'pass' and org_domain(spf_dom) == org_domain(fdom)
        pol = company.DMARC.get(fdom) or company.DMARC.get(org_domain(fdom))
        if getattr(m, 'dmarc_policy', None):
            pol = m.dmarc_policy
        if pol is None:
            dm = 'mx01.example.com; dmarc=none (p=none dis=none) header.from=%s' % fdom
        else:
            ok = aligned_dkim or aligned_spf
            dis = 'none'
            if not ok and pol in ('quarantine', 'reject'):
                dis = pol
            dm = 'mx01.example.com; dmarc=%s (p=%s dis=%s) header.from=%s' % ('pass' if ok else 'fail', pol, dis, fdom)
        top.append(('Authentication-Results', dm))
        for sig, r in reversed(dk):
            if r == 'pass':
                txt = ('dkim=pass (%d-bit key; unprotected) header.d=%s' + FOLD + 'header.i=%s header.a=rsa-sha256 header.s=%s' + FOLD + 'header.b=%s') % (
                    sig['bits'], sig['d'], sig['i'], sig['s'], sig['b'])
            elif r == 'fail':
                txt = ('dkim=fail reason="signature verification failed" (%d-bit key; unprotected)' + FOLD + 'header.d=%s header.i=%s header.a=rsa-sha256' + FOLD + 'header.s=%s header.b=%s') % (
                    sig['bits'], sig['d'], sig['i'], sig['s'], sig['b'])
            else:
                txt = ('dkim=%s header.d=%s header.i=%s' + FOLD + 'header.a=rsa-sha256 header.s=%s header.b=%s') % (
                    r, sig['d'], sig['i'], sig['s'], sig['b'])
            top.append(('Authentication-Results', 'mx01.example.com;' + FOLD + txt))
        if not m.dkim_sigs:
            top.append(('Authentication-Results', 'mx01.example.com; dkim=none (message not signed)'))
        spfword = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'Softfail', 'none': 'None', 'neutral': 'Neutral'}[spf]
        if env_from:
            why = ' (mailfrom)' if spf != 'none' else ' (no SPF record)'
            top.append(('Received-SPF', '%s%s identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>' % (
                spfword, why, ip, helo, env_from)))
        else:
            top.append(('Received-SPF', '%s (helo) identity=helo; client-ip=%s; helo=%s; envelope-from=<>; receiver=<UNKNOWN>' % (
                spfword, ip, helo)))
    top.append(('Received', rec))
    m.mx = dict(helo=helo, rdns=rdns or 'unknown', ip=ip, spf=spf)
    m.headers = top + hdrs


# ------------------------------------------------------------------ Microsoft 365 (EXO) outbound
M365_EDGES = {
    'EUR05': [('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2101.outbound.protection.outlook.com', '40.107.22.101'),
              ('EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05on2133.outbound.protection.outlook.com', '40.107.20.133')],
    'EUR03': [('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on2093.outbound.protection.outlook.com', '40.107.104.93'),
              ('EUR03-AM7-obe.outbound.protection.outlook.com', 'mail-am7eur03on2120.outbound.protection.outlook.com', '40.107.105.120')],
    'EUR02': [('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on2118.outbound.protection.outlook.com', '40.107.241.118')],
    'EUR01': [('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on2047.outbound.protection.outlook.com', '40.107.13.47')],
    'GBR01': [('GBR01-CWX-obe.outbound.protection.outlook.com', 'mail-cwxgbr01on2102.outbound.protection.outlook.com', '40.107.121.102'),
              ('GBR01-LO4-obe.outbound.protection.outlook.com', 'mail-lo4gbr01on2119.outbound.protection.outlook.com', '40.107.122.119')],
    'NAM': [('NAM12-MW2-obe.outbound.protection.outlook.com', 'mail-mw2nam12on2091.outbound.protection.outlook.com', '40.107.244.91')],
}
EXO_BUILD = '15.20.9137.%03d'


def m365(m, tenant_id, org, region='EUR05', server='AM9PR07MB7123', pod='eurprd07', lang='de-DE',
         dkim_domain=None, selector='selector1', thread_topic=None, thread_index=None, has_attach=False,
         msip=None, antispam_lang=None, extra=None, dkim_override=None, x_mailer=None, originator=None,
         spf='pass', cross_auth='Internal', upn=None, mailbox_type='HOSTED', importance=None,
         ms_fields=None, env_from=None, arc=True):
    rng = m.rng
    edge = rng.choice(M365_EDGES[region])
    hub = rng.choice(['DB9PR07MB8890', 'AS8PR07MB7411', 'PAXPR07MB8421', 'DU0PR07MB9102'])
    if region == 'GBR01':
        hub = rng.choice(['LO2P265MB5123', 'CWLP265MB6640'])
    if region == 'NAM':
        hub = rng.choice(['SJ0PR12MB6813', 'BY5PR12MB4120'])
    mapi_t = m.sent + T(rng.randint(0, 1))
    t1 = mapi_t + T(rng.randint(0, 1))
    build = EXO_BUILD % rng.randint(10, 30)
    pfx = {'NAM': '2603:10b6', 'GBR01': '2603:10a6'}.get(region, '2603:10a6')
    ipv6a = '%s:%x:%x::%x' % (pfx, rng.randint(0x100, 0xfff), rng.randint(0x100, 0x3ff), rng.randint(1, 30))
    ipv6b = '%s:%x:%x::%x' % (pfx, rng.randint(0x10, 0xfff), rng.randint(0x100, 0x3ff), rng.randint(1, 30))
    fe = 'fe80::%x:%x:%x:%x' % tuple(rng.randint(0x1000, 0xffff) for _ in range(4))
    dd = dkim_domain or dom(m.frm[1])
    r = rendered(m, date_utc=True)
    h = []
    if arc:
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;' + FOLD + 'b=' +
                  FOLD.join(_chunks(b64rand(rng, 256), 68))))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;' + FOLD +
                  's=arcselector10001;' + FOLD + 'h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;'
                  + FOLD + 'bh=' + b64rand(rng, 32) + ';' + FOLD + 'b=' + FOLD.join(_chunks(b64rand(rng, 256), 68))))
        h.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;' + FOLD + 'dkim=none; arc=none'))
    if dkim_override is not False:
        h.append(dkim(m, dd, selector,
                      ['From', 'Date', 'Subject', 'Message-ID', 'Content-Type', 'MIME-Version', 'X-MS-Exchange-SenderADCheck'],
                      c='relaxed/relaxed'))
    h.append(('Received', 'from %s.%s.prod.outlook.com (%s) by' % (server, pod, ipv6a) + FOLD +
              '%s.%s.prod.outlook.com (%s) with Microsoft SMTP Server' % (hub, pod, ipv6b) + FOLD +
              '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
                  build[:-3] + '%02d' % rng.randint(10, 40), rfc2822(t1, 'UTC'))))
    h.append(('Received', 'from %s.%s.prod.outlook.com' % (server, pod) + FOLD + '([%s]) by %s.%s.prod.outlook.com' % (fe, server, pod) +
              FOLD + '([%s%%4]) with mapi id 15.20.9137.%03d; %s' % (fe, rng.randint(10, 40), rfc2822(mapi_t, 'UTC'))))
    h += pick(r, ['From', 'To', 'Cc', 'Reply-To', 'Subject'])
    if thread_topic is not False:
        h.append(('Thread-Topic', hdr_text(thread_topic or strip_prefix(m.subject), m.hcharset, m.henc, m.hmode)))
    h.append(('Thread-Index', thread_index or exchange_thread_index(m)))
    h += pick(r, ['Date', 'Message-ID', 'References', 'In-Reply-To'])
    if importance:
        h.append(('Importance', importance))
    h.append(('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'))
    h.append(('Content-Language', lang))
    h.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    h.append(('X-MS-TNEF-Correlator', ''))
    if msip is not None:
        h.append(('msip_labels', msip))
    if x_mailer:
        h.append(('X-Mailer', x_mailer))
    h.append(('authentication-results', 'dkim=none (message not signed)' + FOLD1 + 'header.d=none;dmarc=none action=none header.from=%s;' % dom(m.frm[1])))
    h.append(('x-ms-publictraffictype', 'Email'))
    h.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (server, hub)))
    h.append(('x-ms-office365-filtering-correlation-id', guid(rng)))
    h.append(('x-ms-exchange-senderadcheck', '1'))
    h.append(('x-ms-exchange-antispam-relay', '0'))
    h.append(('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'))
    h.append(('x-microsoft-antispam-message-info', FOLD.join(_chunks(b64rand(rng, 420), 74))))
    h.append(('x-forefront-antispam-report', ('CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.prod.outlook.com;'
                                              'PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;') % (
        antispam_lang or lang.split('-')[0], server, pod)))
    h.append(('x-ms-exchange-antispam-messagedata-chunkcount', '1'))
    h.append(('x-ms-exchange-antispam-messagedata-0', FOLD.join(_chunks(b64rand(rng, 600), 74))))
    if extra:
        h += extra
    h.append(('__MIME__', ''))
    h.append(('MIME-Version', '1.0'))
    h.append(('X-OriginatorOrg', originator or dom(m.frm[1])))
    h.append(('X-MS-Exchange-CrossTenant-AuthAs', cross_auth))
    h.append(('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.prod.outlook.com' % (server, pod)))
    h.append(('X-MS-Exchange-CrossTenant-Network-Message-Id', guid(rng)))
    h.append(('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d (UTC)' % (
        mapi_t.astimezone(datetime.timezone.utc).strftime('%d %b %Y %H:%M:%S'), rng.randint(0, 9999))))
    h.append(('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'))
    h.append(('X-MS-Exchange-CrossTenant-id', tenant_id))
    h.append(('X-MS-Exchange-CrossTenant-mailboxtype', mailbox_type))
    h.append(('X-MS-Exchange-CrossTenant-userprincipalname', upn or b64rand(rng, 48).rstrip('=')))
    h.append(('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hub))
    edge_t = t1 + T(rng.randint(1, 2))
    finish(m, h, (edge[0], edge[1], edge[2]), edge_t, spf=spf, env_from=env_from or m.env_from,
           dkim_results=dkim_override if isinstance(dkim_override, dict) else None)


def tenant_dom(m):
    return getattr(m, 'tenant_domain', '') or ''


def _chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def strip_prefix(s):
    import re
    return re.sub(r'^((RE|Re|AW|Aw|WG|Wg|FW|Fw|Fwd|R|I|RV|Odp|ΑΠ|ΣΧΕΤ|Ответ|Отв|PD|Antw):\s*)+', '', s)


def exchange_thread_index(m):
    raw = bytes(m.rng.randrange(256) for _ in range(22))
    extra = bytes(m.rng.randrange(256) for _ in range(5 * len(m.refs))) if m.refs else b''
    return base64.b64encode(raw + extra).decode()


# ------------------------------------------------------------------ Exchange 2019 on-prem (internal)
EXCH = {'EXCH01': '10.20.1.11', 'EXCH02': '10.20.1.12'}
EXCH_BUILD = '15.2.1748.36'


def exchange_internal(m, server='EXCH01', client_ip=None, lang='de-DE', has_attach=False, thread_topic=None,
                      importance=None, extra=None, x_mailer=None):
    """Internal mail: Outlook -> EXCHxx -> EXCHyy -> mail-int01 -> mx01."""
    rng = m.rng
    other = 'EXCH02' if server == 'EXCH01' else 'EXCH01'
    t0 = m.sent
    t1 = t0 + T(rng.randint(0, 1))
    t2 = t1 + T(rng.randint(1, 2))
    fe = 'fe80::%x:%x:%x:%x' % tuple(rng.randint(0x1000, 0xffff) for _ in range(4))
    r = rendered(m)
    h = []
    h.append(('Received', 'from %s.corp.example.com (exch%s.corp.example.com [%s])' % (other, other[-2:], EXCH[other]) + FOLD +
              'by mail-int01.example.com (Postfix) with ESMTPS id %s' % postfix_short_qid(rng) + FOLD +
              'for <%s>; %s' % (m.rcpt, rfc2822(t2, 'Europe/Berlin', abbr=True))))
    h.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com' % (server, EXCH[server], other) + FOLD +
              '(%s) with Microsoft SMTP Server (version=TLS1_2,' % EXCH[other] + FOLD +
              'cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (EXCH_BUILD, rfc2822(t1, 'Europe/Berlin'))))
    h.append(('Received', 'from %s.corp.example.com ([%s]) by %s.corp.example.com' % (server, fe, server) + FOLD +
              '([%s%%14]) with mapi id %s; %s' % (fe, '15.02.1748.036', rfc2822(t0, 'Europe/Berlin'))))
    h += pick(r, ['From', 'To', 'Cc', 'Subject'])
    h.append(('Thread-Topic', hdr_text(thread_topic or strip_prefix(m.subject), m.hcharset, m.henc, m.hmode)))
    h.append(('Thread-Index', exchange_thread_index(m)))
    h += pick(r, ['Date', 'Message-ID', 'References', 'In-Reply-To'])
    if importance:
        h.append(('Importance', importance))
        h.append(('X-Priority', '1' if importance == 'high' else '3'))
    h.append(('Accept-Language', '%s, en-US' % lang))
    h.append(('Content-Language', lang))
    h.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
    h.append(('X-MS-TNEF-Correlator', ''))
    h.append(('x-ms-exchange-messagesentrepresentingtype', '1'))
    h.append(('x-ms-exchange-transport-fromentityheader', 'Hosted'))
    h.append(('x-originating-ip', '[%s]' % (client_ip or '10.20.%d.%d' % (rng.randint(10, 40), rng.randint(20, 230)))))
    if x_mailer:
        h.append(('X-Mailer', x_mailer))
    if extra:
        h += extra
    h.append(('__MIME__', ''))
    h.append(('MIME-Version', '1.0'))
    finish(m, h, ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), t2, spf='pass')


# ------------------------------------------------------------------ own Postfix relay (SME / Plesk / attacker VPS)
def postfix_relay(m, host, ip, rdns=None, lan_ip=None, mua='thunderbird', selector=None, dkim_domain=None,
                  helo=None, extra=None, spf='pass', signed=True, ua=None, lang='de-DE', amavis=False,
                  auth_user=None, plesk=False, bits=2048, client_rdns=None, x_mailer=None, tb_style=True,
                  dkim_results=None, local_submit=None):
    """MUA -> submission on host (Postfix, ESMTPSA) -> mx01. host/ip as seen by mx01."""
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 2))
    lan = lan_ip or '192.168.%d.%d' % (rng.randint(0, 20), rng.randint(20, 200))
    h = []
    dd = dkim_domain or dom(m.frm[1])
    hl = ['Message-ID', 'Date', 'MIME-Version', 'From', 'To', 'Subject', 'From']
    if m.cc:
        hl.insert(3, 'Cc')
    if m.reply_to:
        hl.insert(3, 'Reply-To')
    if signed:
        h.append(dkim(m, dd, selector or 'mail', hl, t=t0, bits=bits))
    if amavis:
        h.append(('X-Virus-Scanned', 'Debian amavis at %s' % host))
    if local_submit:
        h.append(('Received', local_submit(t0)))
    else:
        h.append(('Received', 'from [%s] (%s [%s])' % (lan, client_rdns or 'unknown', lan) + FOLD +
                  '(Authenticated sender: %s)' % (auth_user or m.frm[1]) + FOLD +
                  'by %s (Postfix) with ESMTPSA id %s;' % (host, postfix_short_qid(rng)) + FOLD + rfc2822(t0, m.zone, abbr=True)))
    if plesk:
        h.append(('X-PPP-Message-ID', '<%s.%d@%s>' % (rng.randint(10 ** 11, 10 ** 12 - 1), rng.randint(100000, 999999), host)))
        h.append(('X-PPP-Vhost', dom(m.frm[1])))
    h += content_block(m, mua, lang=lang, ua=ua, x_mailer=x_mailer)
    if extra:
        h += extra
    finish(m, h, (helo or host, rdns if rdns is not None else host, ip), t0, spf=spf, dkim_results=dkim_results)


def content_block(m, mua, lang='de-DE', ua=None, x_mailer=None, extra_after=None):
    """Content headers in the order a given MUA writes them."""
    r = rendered(m)
    h = []
    if mua == 'thunderbird':
        h += pick(r, ['Message-ID', 'Date'])
        h.append(('MIME-Version', '1.0'))
        h.append(('User-Agent', ua or 'Mozilla Thunderbird'))
        h.append(('Content-Language', lang))
        h += pick(r, ['To', 'Cc', 'References', 'From', 'Reply-To', 'Subject', 'In-Reply-To'])
        h.append(('__MIME__', ''))
    elif mua == 'outlook':  # Outlook desktop against IMAP/SMTP
        h += pick(r, ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID'])
        h.append(('MIME-Version', '1.0'))
        h.append(('__MIME__', ''))
        h.append(('X-Mailer', x_mailer or 'Microsoft Outlook 16.0'))
        h.append(('Thread-Index', exchange_thread_index(m)))
        h.append(('Content-Language', lang))
    elif mua == 'apple':
        h += [('__MIME__', ''), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')]
        h += pick(r, ['Subject', 'From', 'In-Reply-To', 'Date', 'Cc', 'Content-Transfer-Encoding', 'Message-ID',
                      'References', 'To', 'Reply-To'])
        h.append(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'))
    elif mua == 'roundcube':
        h.append(('MIME-Version', '1.0'))
        h += pick(r, ['Date', 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References', 'Reply-To', 'Message-ID'])
        h.append(('X-Sender', m.frm[1]))
        h.append(('User-Agent', ua or 'Roundcube Webmail/1.6.9'))
        h.append(('__MIME__', ''))
    elif mua == 'iphone':
        h += [('__MIME__', ''), ('Mime-Version', '1.0 (1.0)')]
        h += pick(r, ['Subject', 'From', 'In-Reply-To', 'Cc', 'Date', 'Message-ID', 'References', 'To', 'Reply-To'])
        h.append(('X-Mailer', 'iPhone Mail (23B85)'))
    elif mua == 'bare':  # scripts, ERP, mass mailers
        h += pick(r, ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To', 'References'])
        if x_mailer:
            h.append(('X-Mailer', x_mailer))
        h.append(('MIME-Version', '1.0'))
        h.append(('__MIME__', ''))
    else:
        raise ValueError(mua)
    if extra_after:
        h += extra_after
    return h


# ------------------------------------------------------------------ Gmail / Google Workspace
GOOGLE_OUT = [('mail-ej1-f52.google.com', '209.85.218.52'), ('mail-ed1-f48.google.com', '209.85.208.48'),
              ('mail-wm1-f41.google.com', '209.85.128.41'), ('mail-lf1-f49.google.com', '209.85.167.49'),
              ('mail-wr1-f54.google.com', '209.85.221.54'), ('mail-pl1-f171.google.com', '209.85.214.171')]
GOOGLE_SOR = [('mail-sor-f69.google.com', '209.85.220.69'), ('mail-sor-f73.google.com', '209.85.220.73')]


def _gmail_xreceived(rng, t):
    return 'by 2002:a%02x:%x:b0:%x:%x:%x with SMTP id %s; ' % (
        rng.randint(1, 0x17), rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xfff), rng.randint(0x1000, 0xffff),
        rng.randint(0x1000, 0xffff), rstr(rng, 'abcdefghijklmnopqrstuvwxyz', 2) + '%d-%s' % (
            rng.randint(10, 99), rstr(rng, HEXL, 36)) + 'mr%d%s.%d.%d' % (
            rng.randint(1000000, 9999999), rstr(rng, 'abcdefghijklmnopqrstuvwxyz', 3), rng.randint(1, 99),
            rng.randint(10 ** 12, 10 ** 13 - 1)))


def gmail_msgid(rng):
    return 'CA' + rstr(rng, ALNUM + '+_-', 2) + rstr(rng, ALNUM + '_-', 54) + '@mail.gmail.com'


def gmail(m, workspace_domain=None, selector=None, mobile=False, extra=None, spf='pass', env_from=None):
    rng = m.rng
    host, ip = rng.choice(GOOGLE_OUT)
    t0 = m.sent + T(rng.randint(0, 1))
    t1 = t0 + T(rng.randint(0, 1))
    r = rendered(m)
    h = []
    h.append(('Received', 'by %s with SMTP id %s for <%s>;' % (
        host, '%s-%s%s.%d' % (rstr(rng, HEXL, 12), rstr(rng, HEXL, 5), 'so%d' % rng.randint(1000000, 9999999), rng.randint(1, 9)),
        m.rcpt) + FOLD + rfc2822(t1, 'America/Los_Angeles', abbr=True, zero_pad_day=True)))
    hl = ['to', 'subject', 'message-id', 'date', 'from', 'in-reply-to', 'references', 'mime-version', 'from', 'to', 'cc',
          'subject', 'date', 'message-id', 'reply-to']
    if not m.irt:
        hl = [x for x in hl if x not in ('in-reply-to', 'references')]
    d = workspace_domain or 'gmail.com'
    s = selector or ('google' if workspace_domain else '20230601')
    h.append(dkim(m, d, s, hl, t=t0, x=t0 + T(7 * 86400), extra='darn=%s' % dom(m.rcpt) if not workspace_domain else ''))
    h.append(('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;' + FOLD + 'd=1e100.net; s=20230601; t=%d; x=%d;' % (
        int(t0.timestamp()), int(t0.timestamp()) + 604800) + FOLD + 'h=' + ':'.join(hl[len(hl) // 2:]) + ';' + FOLD +
        'bh=' + b64rand(rng, 32) + ';' + FOLD + 'b=' + FOLD.join(_chunks(b64rand(rng, 256), 68))))
    h.append(('X-Gm-Message-State', 'AOJu0Y' + rstr(rng, ALNUM + '+/', 90) + FOLD + rstr(rng, ALNUM + '+/', 40) + '=='))
    h.append(('X-Gm-Gg', 'ASbGnc' + rstr(rng, ALNUM + '+/', 70) + FOLD + rstr(rng, ALNUM + '+/', 80)))
    h.append(('X-Google-Smtp-Source', 'AGHT+IE' + rstr(rng, ALNUM + '+/', 80) + '=='))
    h.append(('X-Received', _gmail_xreceived(rng, t0) + FOLD + rfc2822(t0, 'America/Los_Angeles', abbr=True, zero_pad_day=True)))
    h.append(('MIME-Version', '1.0'))
    h += pick(r, ['References', 'In-Reply-To', 'From', 'Date'])
    h.append(('X-Gm-Features', 'AWmQ_bn' + rstr(rng, ALNUM + '_-', 60)))
    h += pick(r, ['Message-ID', 'Subject', 'To', 'Cc', 'Reply-To'])
    if extra:
        h += extra
    h.append(('__MIME__', ''))
    finish(m, h, (host, host, ip), t1, spf=spf, env_from=env_from)


def google_system(m, sender_domain, extra_pre=None, extra=None, feedback=None, hl=None, bounce=None):
    """Mail sent by Google's own systems (accounts.google.com, Forms, Calendar)."""
    rng = m.rng
    host, ip = rng.choice(GOOGLE_SOR)
    t0 = m.sent
    h = []
    h.append(('Received', 'by %s with SMTP id %s for <%s>' % (
        host, '%s-%s.%d' % (rstr(rng, HEXL, 12), 'so%d' % rng.randint(1000000, 9999999) + rstr(rng, 'abcdefghijklmnopqrstuvwxyz', 5), rng.randint(1, 9)),
        m.rcpt) + FOLD + '(Google Transport Security);' + FOLD + rfc2822(t0, 'America/Los_Angeles', abbr=True, zero_pad_day=True)))
    hl = hl or ['content-transfer-encoding', 'feedback-id', 'to', 'from', 'subject', 'message-id', 'date', 'mime-version',
                'from', 'to', 'cc', 'subject', 'date', 'message-id', 'reply-to']
    h.append(dkim(m, sender_domain, '20230601', hl, t=t0, x=t0 + T(604800), extra='darn=%s' % dom(m.rcpt)))
    h.append(('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;' + FOLD + 'd=1e100.net; s=20230601; t=%d; x=%d;' % (
        int(t0.timestamp()), int(t0.timestamp()) + 604800) + FOLD + 'h=' + ':'.join(hl[8:]) + ';' + FOLD +
        'bh=' + b64rand(rng, 32) + ';' + FOLD + 'b=' + FOLD.join(_chunks(b64rand(rng, 256), 68))))
    h.append(('X-Gm-Message-State', 'AOJu0Y' + rstr(rng, ALNUM + '+/', 90) + '=='))
    h.append(('X-Google-Smtp-Source', 'AGHT+IF' + rstr(rng, ALNUM + '+/', 80) + '=='))
    h.append(('MIME-Version', '1.0'))
    h.append(('X-Received', _gmail_xreceived(rng, t0) + FOLD + rfc2822(t0, 'America/Los_Angeles', abbr=True, zero_pad_day=True)))
    if extra_pre:
        h += extra_pre
    r = rendered(m, date_utc=True)
    h += pick(r, ['Date', 'Reply-To'])
    h.append(('X-Account-Notification-Type', '127') if sender_domain == 'accounts.google.com' else ('X-Google-Id', str(rng.randint(10 ** 5, 10 ** 6))))
    if feedback:
        h.append(('Feedback-ID', feedback))
    h += pick(r, ['Message-ID', 'Subject', 'From', 'To'])
    if extra:
        h += extra
    h.append(('__MIME__', ''))
    finish(m, h, (host, host, ip), t0, spf='pass', env_from=bounce or m.env_from)


# ------------------------------------------------------------------ Amazon SES
def ses(m, region='eu-west-1', domain_selector=None, mail_from_domain=None, extra=None, feedback_tag='AmazonSES',
        mua_headers=None, x_mailer=None, ses_selector='uku4taia5b5tsbglxyj6zym32efj7xqv'):
    rng = m.rng
    a, b = rng.randint(1, 30), rng.randint(1, 250)
    host = 'a%d-%d.smtp-out.%s.amazonses.com' % (a, b, region)
    ip = '54.240.%d.%d' % (a, b)
    t0 = m.sent + T(rng.randint(0, 1))
    sesid = '0102019%s-%s-%s-%s-%s-000000' % (rstr(rng, HEXL, 5), rstr(rng, HEXL, 8), rstr(rng, HEXL, 4), rstr(rng, HEXL, 4),
                                              rstr(rng, HEXL, 12))
    if not m.msgid:
        m.msgid = sesid + '@%s.amazonses.com' % region
    if not m.env_from:
        m.env_from = (sesid + '@%s.amazonses.com' % region) if not mail_from_domain else '%s@%s' % (sesid, mail_from_domain)
    r = rendered(m, date_utc=True)
    h = []
    hl = ['Subject', 'From', 'To', 'Date', 'MIME-Version', 'Content-Type', 'Message-ID', 'Feedback-ID']
    if domain_selector:
        h.append(dkim(m, dom(m.frm[1]), domain_selector, hl, t=t0, c='simple/simple'))
    h.append(dkim(m, 'amazonses.com', ses_selector, hl, t=t0, c='simple/simple'))
    h += pick(r, ['Subject', 'From', 'Reply-To', 'To', 'Cc', 'Date'])
    h.append(('MIME-Version', '1.0'))
    h.append(('__MIME__', ''))
    if x_mailer:
        h.append(('X-Mailer', x_mailer))
    h += pick(r, ['Message-ID'])
    if extra:
        h += extra
    h.append(('Feedback-ID', '::1.%s.%s=:%s' % (region, b64rand(rng, 33).replace('/', 'A').replace('+', 'B'), feedback_tag)))
    h.append(('X-SES-Outgoing', '%s-%s' % (t0.strftime('%Y.%m.%d'), ip)))
    finish(m, h, (host, host, ip), t0, spf='pass')


# ------------------------------------------------------------------ SendGrid
def sendgrid(m, account_id=None, brand_domain=None, link_domain=None, selector='s1', extra=None, mua='bare'):
    rng = m.rng
    acct = account_id or rng.randint(10000000, 49999999)
    ip = rng.choice(['149.72.%d.%d', '167.89.%d.%d', '168.245.%d.%d']) % (rng.randint(1, 250), rng.randint(1, 250))
    host = 'o%dx%d.outbound-mail.sendgrid.net' % (rng.randint(1, 20), rng.randint(10, 255))
    if brand_domain:
        host = 'o%d.ptr%d.%s' % (rng.randint(1, 9), rng.randint(1000, 9999), brand_domain)
    t0 = m.sent + T(rng.randint(0, 2))
    geopod = 'geopod-ismtpd-%d' % rng.randint(1, 40)
    if not m.msgid:
        m.msgid = '%s@%s' % (rstr(rng, ALNUM + '-_', 22), geopod)
    em = 'em%d.%s' % (rng.randint(1000, 9999), brand_domain or dom(m.frm[1]))
    m.env_from = 'bounces+%d-%s-%s=%s@%s' % (acct, rstr(rng, HEXL, 4), m.rcpt.split('@')[0], dom(m.rcpt), em)
    r = rendered(m, date_utc=True)
    h = []
    hl = ['from', 'subject', 'mime-version', 'to', 'cc', 'content-type', 'from', 'subject', 'to', 'cc']
    if brand_domain:
        h.append(dkim(m, brand_domain, selector, hl, c='relaxed/relaxed'))
    h.append(dkim(m, 'sendgrid.info', 'smtpapi', hl, c='relaxed/relaxed'))
    fd = 'filterdrecv-%s-%s' % (rstr(rng, HEXL, 10), rstr(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 5))
    tu = t0.astimezone(datetime.timezone.utc)
    h.append(('Received', 'by %s with SMTP id %s-1-%s-%d' % (fd, fd, rstr(rng, HEXU, 8), rng.randint(1, 30)) + FOLD +
              '%s.%09d +0000 UTC m=+%d.%06d' % (tu.strftime('%Y-%m-%d %H:%M:%S'), rng.randint(0, 10 ** 9 - 1),
                                               rng.randint(100000, 9999999), rng.randint(0, 999999))))
    h.append(('Received', 'from MjA%s (unknown) by %s (SG) with HTTP' % (rstr(rng, ALNUM, 18), geopod) + FOLD +
              'id %s for <%s>; %s (UTC)' % (rstr(rng, ALNUM + '-_', 22), m.rcpt, rfc2822(t0, 'UTC', zero_pad_day=True))))
    h += content_block(m, mua)
    h.append(('X-SG-EID', FOLD1.join(_chunks(b64rand(rng, 180), 70))))
    h.append(('X-SG-ID', FOLD1.join(_chunks(b64rand(rng, 90), 70))))
    h.append(('X-Entity-ID', 'u001.' + rstr(rng, ALNUM, 22) + '=='))
    if extra:
        h += extra
    finish(m, h, (host, host, ip), t0, spf='pass')


# ------------------------------------------------------------------ Mailgun
def mailgun(m, sending_domain, region='eu', selector='pic', extra=None, mua='bare'):
    rng = m.rng
    n = rng.randint(1, 250)
    host = 'm%d-%d.%smailgun.net' % (rng.choice([228, 231, 232]), n, 'eu.' if region == 'eu' else '')
    ip = '185.250.23%d.%d' % (rng.randint(6, 9), n)
    t0 = m.sent + T(rng.randint(0, 2))
    if not m.msgid:
        m.msgid = '%s.%s@%s' % (t0.strftime('%Y%m%d%H%M%S'), rstr(rng, HEXL, 16), sending_domain)
    m.env_from = 'bounce+%s.%s-%s=%s@%s' % (rstr(rng, HEXL, 6), rstr(rng, HEXL, 6), m.rcpt.split('@')[0], dom(m.rcpt), sending_domain)
    r = rendered(m, date_utc=True)
    h = []
    h.append(dkim(m, sending_domain, selector, ['Content-Transfer-Encoding', 'Content-Type', 'From', 'Reply-To', 'Subject', 'To',
                                               'X-Feedback-Id', 'Date', 'Message-Id', 'Mime-Version', 'Sender'], t=t0))
    h.append(('X-Feedback-Id', '%s:%s' % (rstr(rng, HEXL, 24), rstr(rng, 'abcdefghijklmnopqrstuvwxyz', 8))))
    h.append(('X-Mailgun-Sending-Ip', ip))
    h.append(('X-Mailgun-Sid', 'W' + b64rand(rng, 48).rstrip('=')))
    h.append(('Received', 'by %s with HTTP id %s; %s' % (sending_domain, rstr(rng, HEXL, 24), rfc2822(t0, 'UTC'))))
    h.append(('X-Mailgun-Batch-Id', rstr(rng, HEXL, 24)))
    h.append(('Sender', 'postmaster@%s' % sending_domain))
    h += content_block(m, mua)
    if extra:
        h += extra
    finish(m, h, (host, host, ip), t0, spf='pass')


# ------------------------------------------------------------------ Brevo
def brevo(m, customer_domain=None, tracking_host=None, extra=None, mua='bare', list_unsub=None):
    rng = m.rng
    o = rng.randint(2, 250)
    ip = '77.32.148.%d' % o
    host = 'mta-77-32-148-%d.sendinblue.com' % o
    t0 = m.sent + T(rng.randint(0, 3))
    if not m.msgid:
        m.msgid = '%s.%d@smtp-relay.mailin.fr' % (t0.strftime('%Y%m%d%H%M'), rng.randint(10 ** 10, 10 ** 11 - 1))
    m.env_from = 'bounces-%d-%s=%s@bounces.sib.%s' % (rng.randint(10 ** 6, 10 ** 7), m.rcpt.split('@')[0], dom(m.rcpt),
                                                     customer_domain or 'sendinblue.com')
    r = rendered(m, date_utc=True)
    h = []
    hl = ['Content-Type', 'MIME-Version', 'From', 'To', 'Subject', 'Date', 'Message-Id', 'List-Unsubscribe']
    h.append(dkim(m, 'sendinblue.com', 'mail', hl, t=t0))
    if customer_domain:
        h.append(dkim(m, customer_domain, 'brevo1', hl, t=t0))
    h.append(('Received', 'from smtp-relay.mailin.fr by smtp-relay.mailin.fr (Sendinblue) with ESMTPSA id %s' % rstr(rng, HEXL, 20) +
              FOLD + 'for <%s>; %s' % (m.rcpt, rfc2822(t0, 'UTC'))))
    h.append(('X-Mailin-EID', b64rand(rng, 60).rstrip('=')))
    h.append(('X-sib-id', b64rand(rng, 84).rstrip('=')))
    h.append(('X-CSA-Complaints', 'csa-complaints@eco.de'))
    if list_unsub:
        h.append(('List-Unsubscribe', '<%s>' % list_unsub))
        h.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    h.append(('Feedback-ID', '%d:%d_-1:%d:Sendinblue' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 6, 10 ** 7))))
    h += content_block(m, mua)
    if extra:
        h += extra
    finish(m, h, (host, host, ip), t0, spf='pass')


# ------------------------------------------------------------------ Mailchimp
def mailchimp(m, customer_domain, dc='us21', list_id=None, unsub=None, extra=None):
    rng = m.rng
    a, b = rng.randint(170, 200), rng.randint(1, 250)
    host = 'mail%d-%d.suw%d.mcdlv.net' % (a, b, rng.randint(11, 121))
    ip = '198.2.%d.%d' % (a, b)
    t0 = m.sent + T(rng.randint(0, 2))
    cid = rstr(rng, HEXL, 10)
    uid = rstr(rng, HEXL, 25)
    if not m.msgid:
        m.msgid = '%s.%s@%s' % (rstr(rng, HEXL, 25), rstr(rng, HEXL, 10), host)
    m.env_from = 'bounce-mc.%s_%s.%s-%s=%s@%s' % (dc, uid, rng.randint(10 ** 6, 10 ** 7), m.rcpt.split('@')[0], dom(m.rcpt), host)
    r = rendered(m, date_utc=True)
    h = []
    hl = ['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID', 'List-ID', 'List-Unsubscribe', 'List-Unsubscribe-Post',
          'Content-Type', 'MIME-Version', 'CC', 'Date', 'From', 'In-Reply-To', 'List-Unsubscribe', 'List-Unsubscribe-Post',
          'Message-ID', 'Reply-To', 'References', 'Subject', 'To']
    h.append(dkim(m, customer_domain, 'k2', hl, t=t0, i='@' + customer_domain))
    h.append(dkim(m, 'mcdlv.net', 'k3', hl, t=t0, i='@mcdlv.net'))
    h.append(('Received', 'from localhost (localhost [127.0.0.1])' + FOLD + 'by %s (Mailchimp) with ESMTP id 4dK%s' % (
        host, rstr(rng, ALNUM, 12)) + FOLD + 'for <%s>; %s' % (m.rcpt, rfc2822(t0, 'UTC'))))
    h += pick(r, ['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID'])
    h.append(('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, uid)))
    h.append(('X-Campaign', 'mailchimp%s.%s' % (uid, cid)))
    h.append(('X-campaignid', 'mailchimp%s.%s' % (uid, cid)))
    h.append(('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, cid, rstr(rng, HEXL, 10))))
    h.append(('X-MC-User', uid))
    h.append(('Feedback-ID', '%d:%d.%d:%s:mc' % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 5, 10 ** 6), dc)))
    h.append(('List-ID', '%s mcsv.net <%s.%s.list-id.mcsv.net>' % (list_id or uid, uid, rstr(rng, HEXL, 10))))
    h.append(('X-Accounttype', 'pd'))
    if unsub:
        h.append(('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (
            unsub, dc, uid, cid, rstr(rng, HEXL, 10))))
        h.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    h.append(('x-mcda', 'FALSE'))
    if extra:
        h += extra
    h.append(('__MIME__', ''))
    h.append(('MIME-Version', '1.0'))
    finish(m, h, (host, host, ip), t0, spf='pass')


# ------------------------------------------------------------------ cPanel/Exim + PHPMailer (compromised web host)
def cpanel_phpmailer(m, server, ip, cpuser, script_path, php_version='8.1', phpmailer='6.9.1', extra=None,
                     spf='pass', signed=True, selector='default', via_auth=None):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 1))
    exim_id = '1v%s-%s-%s' % (rstr(rng, ALNUM, 3), rstr(rng, ALNUM, 7), rstr(rng, ALNUM, 2))
    h = []
    if signed:
        h.append(dkim(m, dom(m.frm[1]), selector, ['Content-Type', 'MIME-Version', 'Message-ID', 'Subject', 'Reply-To',
                                                   'From', 'To', 'Date', 'Sender', 'Cc'], c='relaxed/relaxed', t=t0))
    h.append(('Received', 'from %s by %s with local (Exim 4.98.1)' % (cpuser, server) + FOLD +
              '(envelope-from <%s>)' % m.env_from + FOLD + 'id %s' % exim_id + FOLD +
              'for %s; %s' % (m.rcpt, rfc2822(t0, m.zone))))
    r = rendered(m)
    h += pick(r, ['To', 'Subject', 'Date', 'From', 'Reply-To', 'Cc', 'Message-ID'])
    h.append(('X-Mailer', 'PHPMailer %s (https://github.com/PHPMailer/PHPMailer)' % phpmailer))
    h.append(('MIME-Version', '1.0'))
    h.append(('__MIME__', ''))
    h.append(('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'))
    h.append(('X-AntiAbuse', 'Primary Hostname - %s' % server))
    h.append(('X-AntiAbuse', 'Original Domain - %s' % dom(m.rcpt)))
    h.append(('X-AntiAbuse', 'Originator/Caller UID/GID - [%d 991] / [47 12]' % rng.randint(1001, 1400)))
    h.append(('X-AntiAbuse', 'Sender Address Domain - %s' % dom(m.env_from)))
    h.append(('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (server, cpuser)))
    h.append(('X-Authenticated-Sender', '%s: %s' % (server, m.frm[1])))
    h.append(('X-Source', '/opt/cpanel/ea-php%s/root/usr/bin/php-cgi' % php_version.replace('.', '')))
    h.append(('X-Source-Args', '/opt/cpanel/ea-php%s/root/usr/bin/php-cgi %s' % (php_version.replace('.', ''), script_path)))
    h.append(('X-Source-Dir', '%s:/public_html' % dom(m.frm[1]) if '@' in m.frm[1] else ''))
    if extra:
        h += extra
    finish(m, h, (server, server, ip), t0, spf=spf)


# ------------------------------------------------------------------ United Internet (GMX, WEB.DE, IONOS)
def united_internet(m, brand='gmx', lan_ip=None, client_ip=None, extra=None, mua='webmail', x_mailer=None, ua=None, lang='de-DE'):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 1))
    if brand == 'gmx':
        out_host, out_ip = 'mout.gmx.net', '212.227.17.%d' % rng.choice([20, 21, 22])
        relay, rname = 'mail.gmx.net', 'mrgmx%d' % rng.randint(100, 110)
        relay_ip = '212.227.17.%d' % rng.randint(160, 190)
        d, sel = 'gmx.de', 's31663417'
    elif brand == 'webde':
        out_host, out_ip = 'mout.web.de', '212.227.15.%d' % rng.choice([3, 4, 14])
        relay, rname = 'web.de', 'mrweb%d' % rng.randint(100, 110)
        relay_ip = '212.227.15.%d' % rng.randint(160, 190)
        d, sel = 'web.de', 's29768273'
    else:  # ionos
        out_host, out_ip = 'mout.kundenserver.de', '212.227.126.%d' % rng.choice([130, 131, 133, 134, 135])
        relay, rname = 'mrelayeu.kundenserver.de', 'mreue%03d' % rng.randint(100, 112)
        relay_ip = '212.227.15.%d' % rng.randint(160, 190)
        d, sel = dom(m.frm[1]), 's1-ionos'
    h = []
    hl = ['X-UI-Sender-Class', 'From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'] if brand != 'ionos' else \
        ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type']
    h.append(dkim(m, d, sel, hl, t=t0, i=m.frm[1] if brand != 'ionos' else None, bits=2048))
    if brand != 'ionos':
        h.append(('X-UI-Sender-Class', guid(rng)))
    if mua == 'webmail':
        h.append(('Received', 'from [%s] ([%s]) by %s' % (
            client_ip or '91.%d.%d.%d' % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(1, 254)),
            client_ip or '91.%d.%d.%d' % (rng.randint(0, 60), rng.randint(0, 255), rng.randint(1, 254)), relay) + FOLD +
            '(%s [%s]) with ESMTPSA (Nemesis) id 1M%s-1%s-00%s for' % (rname, relay_ip, rstr(rng, ALNUM, 7), rstr(rng, ALNUM, 10), rstr(rng, ALNUM, 3)) +
            FOLD + '<%s>; %s' % (m.rcpt, rfc2822(t0, 'Europe/Berlin'))))
        r = rendered(m)
        h.append(('MIME-Version', '1.0'))
        h += pick(r, ['Message-ID', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date'])
        h.append(('__MIME__', ''))
        h.append(('Importance', 'normal'))
        h.append(('Sensitivity', 'Normal'))
        h += pick(r, ['In-Reply-To', 'References'])
    else:
        lan = lan_ip or '192.168.178.%d' % rng.randint(20, 60)
        pub = client_ip or '87.%d.%d.%d' % (rng.randint(120, 190), rng.randint(0, 255), rng.randint(1, 254))
        h.append(('Received', 'from [%s] ([%s]) by %s' % (lan, pub, relay) + FOLD +
                  '(%s [%s]) with ESMTPSA (Nemesis) id 1M%s-1%s-00%s for' % (rname, relay_ip, rstr(rng, ALNUM, 7), rstr(rng, ALNUM, 10), rstr(rng, ALNUM, 3)) +
                  FOLD + '<%s>; %s' % (m.rcpt, rfc2822(t0, 'Europe/Berlin'))))
        h += content_block(m, mua, lang=lang, ua=ua, x_mailer=x_mailer)
    h.append(('X-Provags-ID', 'V03:K1:' + b64rand(rng, 60).rstrip('=') + FOLD1 + b64rand(rng, 60).rstrip('=')))
    h.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + b64rand(rng, 12).rstrip('=') + ';' + FOLD1 + b64rand(rng, 96).rstrip('=')))
    if extra:
        h += extra
    finish(m, h, (out_host, out_host, out_ip), t0 + T(1), spf='pass')


def tonline(m, extra=None):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 1))
    n = rng.randint(10, 20)
    host, ip = 'mailout%02d.t-online.de' % n, '194.25.134.%d' % (70 + n)
    fwd = 'fwd%d.aul.t-online.de' % rng.randint(70, 90)
    h = []
    h.append(('Received', 'from %s (%s [10.223.144.%d])' % (fwd, fwd, rng.randint(10, 99)) + FOLD +
              'by mailout%02d.t-online.de (Postfix) with SMTP id %s' % (n, postfix_short_qid(rng)) + FOLD +
              'for <%s>; %s' % (m.rcpt, rfc2822(t0, 'Europe/Berlin', abbr=True))))
    h.append(('Received', 'from webmail.t-online.de ([172.20.102.%d]) by %s' % (rng.randint(10, 200), fwd) + FOLD +
              'with esmtp id 1v%s-%s; %s' % (rstr(rng, ALNUM, 5), rstr(rng, ALNUM, 6), rfc2822(t0, 'Europe/Berlin'))))
    r = rendered(m)
    h += pick(r, ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References'])
    h.append(('X-TOI-EXPURGATEID', '150726::%d-%s-%s/0/0 CLEAN NORMAL' % (rng.randint(10 ** 9, 10 ** 10), rstr(rng, HEXU, 8), rstr(rng, HEXU, 8))))
    h.append(('X-TOI-MSGID', guid(rng)))
    h.append(('MIME-Version', '1.0'))
    h.append(('__MIME__', ''))
    h.append(('X-Mailer', 'T-Online EMail 4.11.2'))
    if extra:
        h += extra
    finish(m, h, (host, host, ip), t0 + T(1), spf='pass')


# ------------------------------------------------------------------ home.pl
def homepl(m, server_no=None, lan=None, mua='thunderbird', extra=None, lang='pl', ua=None, x_mailer=None, dkim_results=None):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 2))
    sn = server_no or rng.randint(100000, 999999)
    host = 'cloudserver%d.home.pl' % sn
    ip = '79.96.%d.%d' % (160 + sn % 40, 2 + sn % 248)
    pub = lan or '31.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    h = []
    h.append(dkim(m, dom(m.frm[1]), 'dkim', ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'], t=t0))
    h.append(('Received', 'from [192.168.1.%d] (%s.static.ip.netia.com.pl [%s])' % (rng.randint(10, 60), pub.replace('.', '-'), pub) + FOLD +
              'by %s (Postfix) with ESMTPSA id %s;' % (host, postfix_short_qid(rng)) + FOLD + rfc2822(t0, 'Europe/Warsaw', abbr=True)))
    h.append(('X-Virus-Scanned', 'by amavisd-new at %s' % host))
    h += content_block(m, mua, lang=lang, ua=ua, x_mailer=x_mailer)
    h.append(('X-CLIENT-IP', pub))
    h.append(('X-CLIENT-HOSTNAME', '%s.static.ip.netia.com.pl' % pub.replace('.', '-')))
    h.append(('X-VADE-SPAMSTATE', 'clean'))
    h.append(('X-VADE-SPAMCAUSE', b64rand(rng, 150).rstrip('=')))
    h.append(('X-DCC--Metrics', '%s 1480; Body=%d Fuz1=%d Fuz2=%d' % (host, rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6))))
    if extra:
        h += extra
    finish(m, h, (host, host, ip), t0 + T(1), spf='pass', dkim_results=dkim_results)


# ------------------------------------------------------------------ Aruba (mail + PEC)
def aruba(m, mua='webmail', extra=None, lang='it', ua=None, x_mailer=None):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 2))
    n = rng.randint(10, 20)
    host, ip = 'smtpdh%d-su.aruba.it' % n, '62.149.155.%d' % (140 + n)
    h = []
    h.append(dkim(m, 'aruba.it', 'a1', ['From', 'To', 'Subject', 'Date', 'MIME-Version', 'Content-Type', 'Message-ID'], t=t0, i='@' + dom(m.frm[1])))
    h.append(('Received', 'from %s ([%s])' % ('webmail.aruba.it' if mua == 'roundcube' else 'DESKTOP-%s' % rstr(rng, HEXU + 'GHJKLMNPQRSTUVWXYZ', 7),
                                            '93.%d.%d.%d' % (rng.randint(32, 71), rng.randint(0, 255), rng.randint(1, 254))) + FOLD +
              'by Aruba Outgoing Smtp  with ESMTPSA' + FOLD + 'id %s; %s' % (rstr(rng, ALNUM, 14), rfc2822(t0, 'Europe/Rome'))))
    h.append(('X-Sender-Id', m.frm[1]))
    h += content_block(m, mua if mua != 'webmail' else 'roundcube', lang=lang, ua=ua, x_mailer=x_mailer)
    h.append(('X-CMAE-Envelope', 'MS4xfE' + b64rand(rng, 120).rstrip('=')))
    if extra:
        h += extra
    finish(m, h, (host, host, ip), t0 + T(1), spf='pass')


# ------------------------------------------------------------------ Yandex 360 / Mail.ru for business
def yandex(m, web=True, extra=None, lang='ru'):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 1))
    fw = 'forward%d%s.mail.yandex.net' % (rng.randint(100, 502), rng.choice('ab'))
    ip = '178.154.239.%d' % rng.randint(70, 220)
    inner = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randint(10, 90), rng.choice(['vla', 'sas', 'iva', 'myt']))
    h = []
    h.append(('Received', 'from %s (%s [IPv6:2a02:6b8:c1f:%x:0:640:%x:0])' % (inner, inner, rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff)) + FOLD +
              'by %s (Yandex) with ESMTPS id %s' % (fw, rstr(rng, ALNUM, 10)) + FOLD + 'for <%s>; %s' % (m.rcpt, rfc2822(t0, 'Europe/Moscow'))))
    h.append(('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;' % (inner, rstr(rng, ALNUM, 10), rstr(rng, ALNUM, 8)) + FOLD +
              rfc2822(t0, 'Europe/Moscow')))
    h.append(('X-Yandex-Fwd', '1'))
    h.append(dkim(m, dom(m.frm[1]), 'mail', ['From:Subject:Message-ID:Date:To'], t=t0))
    r = rendered(m)
    if web:
        h += pick(r, ['From', 'To', 'Cc', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', 'Date', 'Message-ID'])
        h.append(('MIME-Version', '1.0'))
        h.append(('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'))
        h.append(('__MIME__', ''))
    else:
        h += content_block(m, 'outlook', lang='ru')
    if extra:
        h += extra
    finish(m, h, (fw, fw, ip), t0 + T(1), spf='pass')


def mailru(m, extra=None, mua='webmail', x_mailer=None, lang='ru', client_ip=None):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 1))
    n = rng.randint(10, 60)
    host, ip = 'smtp%d.i.mail.ru' % n, '95.163.41.%d' % (40 + n)
    h = []
    h.append(dkim(m, dom(m.frm[1]), 'mail4', ['From', 'Subject', 'Content-Type', 'Message-ID', 'Date', 'To', 'MIME-Version'], t=t0))
    h.append(dkim(m, 'mail.ru', 'mail4', ['From', 'Subject', 'Content-Type', 'Message-ID', 'Date', 'To', 'MIME-Version'], t=t0, i='@mail.ru'))
    h.append(('Received', 'by exim-smtp-%s-%s with esmtpa (envelope-from <%s>)' % (rstr(rng, HEXL, 10), rstr(rng, HEXL, 5), m.env_from) + FOLD +
              'id 1v%s-%s-%s; %s' % (rstr(rng, ALNUM, 3), rstr(rng, ALNUM, 7), rstr(rng, ALNUM, 2), rfc2822(t0, 'Europe/Moscow'))))
    r = rendered(m)
    if mua == 'webmail':
        h += pick(r, ['From', 'To', 'Cc', 'Subject', 'MIME-Version', 'Date', 'Reply-To', 'In-Reply-To', 'References'])
        h.append(('MIME-Version', '1.0'))
        h.append(('X-Mailer', 'Mail.Ru Mailer 1.0'))
        h.append(('X-SenderField-Remind', '0'))
        h += pick(r, ['Message-ID'])
        h.append(('X-Originating-IP', '[%s]' % (client_ip or '176.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))))
        h.append(('__MIME__', ''))
    else:
        h += content_block(m, mua, lang=lang, x_mailer=x_mailer)
    h.append(('X-7564579A', '646B95376F6C166E'))
    h.append(('X-77F55803', '4F1203BC0FB41BD9' + rstr(rng, HEXU, 48)))
    h.append(('X-Mailru-Src', 'smtp'))
    h.append(('X-7FA49CB5', 'FF5795518A3D127A4AD6D5ED66289B5278DA827A17800CE7' + rstr(rng, HEXU, 40)))
    h.append(('X-Mailru-Sender', rstr(rng, HEXU, 80)))
    h.append(('X-Mras', 'Ok'))
    if extra:
        h += extra
    finish(m, h, (host, host, ip), t0 + T(1), spf='pass')


# ------------------------------------------------------------------ generic "big sender" gateway
def gateway(m, host, ip, selector, dkim_domain=None, inner=None, extra=None, mua='bare', x_mailer=None, spf='pass',
            bits=2048, lang='en', helo=None, rdns=None, hl=None, env_from=None, dkim_results=None, signed=True):
    """Organisation-operated outbound gateway: inner hops given as list of (from, by, with) tuples."""
    rng = m.rng
    t = m.sent + T(rng.randint(0, 1))
    h = []
    if signed:
        h.append(dkim(m, dkim_domain or dom(m.frm[1]), selector,
                      hl or ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'], t=t, bits=bits))
    hops = []
    for (f, by, w) in (inner or []):
        hops.append(('Received', 'from %s' % f + FOLD + 'by %s %s; %s' % (by, w, rfc2822(t, m.zone))))
        t = t + T(rng.randint(0, 1))
    h += list(reversed(hops))
    h += content_block(m, mua, lang=lang, x_mailer=x_mailer)
    if extra:
        h += extra
    finish(m, h, (helo or host, rdns if rdns is not None else host, ip), t, spf=spf, env_from=env_from,
           dkim_results=dkim_results)


# ------------------------------------------------------------------ botnet / direct-to-MX spam
def direct(m, helo, ip, rdns=None, inner=None, spf='none', extra=None, mua='bare', x_mailer=None, lang='en'):
    rng = m.rng
    t0 = m.sent + T(rng.randint(0, 4))
    h = []
    for ln in (inner or []):
        h.append(('Received', ln))
    h += content_block(m, mua, lang=lang, x_mailer=x_mailer)
    if extra:
        h += extra
    finish(m, h, (helo, rdns, ip), t0, spf=spf)
