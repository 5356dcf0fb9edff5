"""Sending systems: each builds the header block (trace headers, system
headers, message headers) the way that system writes it, and hands the
connection data to mx01.example.com, which prepends its own trace lines."""
import base64
from .core import (CRLF, rfcdate, plus, epoch, fold, addr, addr_list, hdr_text, hdr_text_mixed, dkim,
                   postfix_qid, hexs, alnum, guid, received_postfix, rand_b64, is_ascii)
from .bodies import thread_index

MX = 'mx01.example.com'


# ----------------------------------------------------------------- helpers --
def enc_fields(m, charset='utf-8', enc='B', mode='full', quote_always=False):
    def subj(s):
        if mode == 'mixed':
            return hdr_text_mixed(s, charset, enc)
        return hdr_text(s, charset, enc)
    d = {}
    d['From'] = addr(m.frm[0], m.frm[1], charset, enc, quote_always)
    if m.to:
        d['To'] = addr_list(m.to, charset, enc, quote_always)
    if m.cc:
        d['Cc'] = addr_list(m.cc, charset, enc, quote_always)
    if m.reply_to:
        d['Reply-To'] = addr(m.reply_to[0], m.reply_to[1], charset, enc, quote_always)
    d['Subject'] = subj(m.subject)
    if m.in_reply_to:
        d['In-Reply-To'] = m.in_reply_to
    if m.references:
        d['References'] = m.references
    return d


def order(d, names):
    out = []
    for n in names:
        if n in d and d[n] is not None:
            out.append((n, d[n]))
    return out


def root(m):
    hs, body = m.body.serialize()
    return hs, body


def domain(a):
    return a.split('@')[1].lower()


def dk(m, body, d, s, h, t=None, style='generic', bits=2048, **kw):
    v, bp = dkim(m.rng, d, s, h, body, t=t, style=style, bits=bits, **kw)
    m._dkims.append((d, s, bp, bits))
    return v


def auth(m, spf='pass', dkim_res=None, dmarc='pass', policy='none', from_dom=None, spf_dom=None):
    """Standard mx01 verdicts. dkim_res: list of results aligned with m._dkims."""
    res = {}
    res['spf'] = spf
    res['dkim'] = [((dkim_res[i] if dkim_res else 'pass'),) + tuple(x) for i, x in enumerate(m._dkims)]
    res['dmarc'] = (dmarc, policy, from_dom or domain(m.frm[1]))
    return res


def finish(m, below, conn):
    t_arr = conn['t']
    rc = m.all_rcpt()
    assert rc, 'no example.com recipient in %s' % m.name
    qid = postfix_qid(m.rng, t_arr)
    tls = conn.get('tls', '1.3')
    rec = received_postfix(conn['helo'], conn['rdns'], conn['ip'], MX, qid, t_arr, 'DE',
                           rcpt=rc[0] if len(rc) == 1 else None, tls=tls, proto='ESMTPS' if tls else 'ESMTP')
    mf = conn['mail_from']
    top = [('Return-Path', '<%s>' % mf)]
    a = conn['auth']
    if getattr(m, 'auth_override', None):
        a = dict(a)
        a.update(m.auth_override)
    if a.get('dmarc'):
        res, pol, dom = a['dmarc']
        if res == 'none' and pol is None:
            top.append(('Authentication-Results', '%s; dmarc=none header.from=%s' % (MX, dom)))
        else:
            dis = 'none' if res == 'pass' or pol == 'none' else pol
            top.append(('Authentication-Results', '%s; dmarc=%s (p=%s dis=%s) header.from=%s' % (MX, res, pol, dis, dom)))
    for (res, d, s, bp, bits) in a.get('dkim', []):
        reason = ' reason="signature verification failed"' if res == 'fail' else ''
        top.append(('Authentication-Results', '%s;\r\n\tdkim=%s%s (%d-bit key; unprotected)\r\n\theader.d=%s header.i=@%s '
                    'header.a=rsa-sha256 header.s=%s\r\n\theader.b=%s' % (MX, res, reason, bits, d, d, s, bp)))
    spf = a.get('spf', 'pass')
    label = {'pass': 'Pass (mailfrom)', 'fail': 'Fail (mailfrom)', 'softfail': 'Softfail (mailfrom)',
             'neutral': 'Neutral (mailfrom)', 'none': 'None (no SPF record)'}[spf]
    if spf is not None and not conn.get('no_spf'):
        top.append(('Received-SPF', '%s identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>'
                    % (label, conn['ip'], conn['helo'], mf)))
    top.append(('Received', rec))
    allh = top + below
    lines = []
    for n, v in allh:
        if not is_ascii(n + v):
            raise ValueError('non-ASCII header %s in %s' % (n, m.name))
        lines.append(fold(n, v))
    body = m._rootbody
    data = CRLF.join(lines) + CRLF + CRLF + body
    if not data.endswith(CRLF):
        data += CRLF
    m.meta['conn'] = conn
    return data.encode('latin-1')


def prep(m):
    m._dkims = []
    hs, body = root(m)
    m._roothdrs = hs
    m._rootbody = body
    return hs, body


# ------------------------------------------------------------ MUA headers --
def mua_headers(m, mua, d, hs, lang='de-DE', t_date=None, zone=None):
    """Message header block written by a desktop/mobile client."""
    zone = zone or m.zone
    t_date = t_date or m.t
    out = []
    if mua == 'outlook':
        d['Date'] = rfcdate(t_date, zone)
        d['Message-ID'] = m.msgid
        out = order(d, ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID'])
        out.append(('MIME-Version', '1.0'))
        out += hs
        out.append(('X-Mailer', 'Microsoft Outlook 16.0'))
        out.append(('Thread-Index', m.meta.get('thread_index') or thread_index(m, m.t)))
        out.append(('Content-Language', lang.split('-')[0] if lang.startswith('de') else lang))
    elif mua == 'thunderbird':
        d['Date'] = rfcdate(t_date, zone)
        d['Message-ID'] = m.msgid
        out = order(d, ['Message-ID', 'Date'])
        out.append(('MIME-Version', '1.0'))
        out.append(('User-Agent', 'Mozilla Thunderbird'))
        out += order(d, ['Reply-To', 'Content-Language'])
        out.append(('Content-Language', lang))
        out += order(d, ['To', 'Cc', 'References', 'From', 'In-Reply-To', 'Subject'])
        out += hs
    elif mua == 'apple':
        d['Date'] = rfcdate(t_date, zone)
        d['Message-ID'] = m.msgid
        out = hs[:1] + [('Content-Transfer-Encoding', v) for n, v in hs[1:] if n == 'Content-Transfer-Encoding']
        out.append(('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'))
        out += order(d, ['Subject', 'From', 'In-Reply-To', 'Date', 'Cc', 'Message-ID', 'References', 'To'])
        out.append(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'))
    elif mua == 'iphone':
        d['Date'] = rfcdate(t_date, zone)
        d['Message-ID'] = m.msgid
        out = hs[:1] + [('Content-Transfer-Encoding', v) for n, v in hs[1:] if n == 'Content-Transfer-Encoding']
        out += order(d, ['From'])
        out.append(('Mime-Version', '1.0 (1.0)'))
        out += order(d, ['Subject', 'Date', 'Message-ID', 'References', 'Cc', 'In-Reply-To', 'To'])
        out.append(('X-Mailer', 'iPhone Mail (23B85)'))
    elif mua == 'roundcube':
        d['Date'] = rfcdate(t_date, zone)
        d['Message-ID'] = m.msgid
        out = [('MIME-Version', '1.0')] + order(d, ['Date', 'From', 'To', 'Cc', 'Subject', 'Reply-To', 'In-Reply-To',
                                                     'References', 'Message-ID'])
        out.append(('X-Sender', m.frm[1]))
        out.append(('User-Agent', 'Roundcube Webmail/1.6.11'))
        out += hs
    else:
        raise KeyError(mua)
    return out


def outlook_msgid(m, dom):
    r = m.rng
    return '<%s$%s$%s$@%s>' % ('00%04x01dc%s' % (r.randrange(0x10000), hexs(r, 4)), hexs(r, 8), hexs(r, 8), dom)


def tb_msgid(m, dom):
    return '<%s@%s>' % (guid(m.rng), dom)


def apple_msgid(m, dom):
    return '<%s@%s>' % (guid(m.rng, True), dom)


# =================================================== internal (Exchange 2019) =
EXCH = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}


def internal(m, lang='de-DE', client_ip=None, has_attach=None, sensitivity=None, importance=None):
    """Outlook -> Exchange 2019 (EXCH01/EXCH02) -> mail-int01 (Postfix) -> mx01."""
    r = m.rng
    if 'mbx' not in m.meta:
        internal_prepare(m)
    mbx = m.meta['mbx']
    hub = 'EXCH02' if mbx == 'EXCH01' else 'EXCH01'
    hs, body = prep(m)
    t0 = m.t
    t1 = plus(t0, r.randint(1, 2))
    t2 = plus(t1, r.randint(0, 1))
    t3 = plus(t2, r.randint(1, 2))
    d = enc_fields(m, 'iso-8859-1' if all(ord(c) < 256 for c in m.subject + m.frm[0]) else 'utf-8', 'Q')
    d['Thread-Topic'] = hdr_text(m.meta.get('thread_topic', m.subject.split(': ', 1)[-1] if m.subject[:4] in ('AW: ', 'RE: ', 'Re: ', 'WG: ', 'FW: ') else m.subject), 'iso-8859-1' if all(ord(c) < 256 for c in m.subject) else 'utf-8', 'Q')
    d['Thread-Index'] = m.meta.get('thread_index') or thread_index(m, t0)
    d['Date'] = rfcdate(t0, m.zone)
    d['Message-ID'] = m.msgid
    ha = has_attach if has_attach is not None else ('multipart/mixed' in hs[0][1])
    msg = order(d, ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                    'References', 'In-Reply-To'])
    msg += [('Accept-Language', '%s, en-US' % lang if not lang.startswith('en') else 'en-GB, de-DE'),
            ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if ha else ''),
            ('X-MS-TNEF-Correlator', ''),
            ('x-originating-ip', '[%s]' % (client_ip or '10.20.%d.%d' % (r.randint(10, 60), r.randint(20, 230))))]
    if importance:
        msg.append(('Importance', importance))
    if sensitivity:
        msg.append(('Sensitivity', sensitivity))
    msg += m.extra
    msg += [('Content-Type', hs[0][1])] + hs[1:] + [('MIME-Version', '1.0')]
    dsig = dk(m, body, 'example.com', 'int2026', ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version',
                                                 'Content-Type'], t=epoch(t2))
    q2 = postfix_qid(r, t2)
    below = [('DKIM-Signature', dsig), ('Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\r\n\t(using TLSv1.2 with cipher '
              'ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\t'
              'by mail-int01.example.com (Postfix) with ESMTPS id %s;\r\n\t%s'
              % (hub, hub.lower(), EXCH[hub], q2, rfcdate(t2, 'DE', 'postfix'))),
             ('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\r\n (%s) with Microsoft SMTP Server\r\n'
              ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.2.1748.24; %s'
              % (mbx, EXCH[mbx], hub, EXCH[hub], rfcdate(t1, 'DE'))),
             ('Received', 'from %s.corp.example.com ([fe80::%s:%s:%s:%s]) by\r\n %s.corp.example.com\r\n'
              ' ([fe80::%s:%s:%s:%s%%13]) with mapi id 15.02.1748.024; %s'
              % ((mbx,) + tuple(m.meta.setdefault('ll', [hexs(r, 4) for _ in range(4)])) + (mbx,)
                 + tuple(m.meta['ll']) + (rfcdate(t1, 'DE'),)))]
    below += msg
    conn = dict(helo='mail-int01.example.com', rdns='mail-int01.example.com', ip='10.20.0.25', t=t3,
                mail_from=m.frm[1], no_spf=True, tls='1.2',
                auth={'dkim': [('pass',) + x for x in m._dkims], 'dmarc': ('pass', 'reject', 'example.com')})
    return finish(m, below, conn)


# ================================================ own Postfix relay (orgs) ===
def postfix_org(m, relay, relay_ip, dom, mua='outlook', client_ip='192.168.10.57', client_rdns=None,
                auth_user=None, selector='mail2024', spf='pass', dmarc_policy='reject', lang='de-DE',
                submission_tls=True, extra_top=None, dkim_sign=True, amavis=True, zone=None, client_helo=None):
    r = m.rng
    zone = zone or m.zone
    if not m.msgid:
        m.msgid = {'outlook': outlook_msgid, 'thunderbird': tb_msgid, 'apple': apple_msgid,
                   'iphone': apple_msgid, 'roundcube': lambda mm, dd: '<%s@%s>' % (hexs(r, 32), dd)}[mua](m, dom)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(1, 3))
    t2 = plus(t1, r.randint(1, 3))
    t3 = plus(t2, r.randint(1, 2))
    cs = 'utf-8'
    enc = 'Q' if mua in ('thunderbird', 'roundcube', 'apple') else 'B'
    if mua == 'outlook' and all(ord(c) < 256 for c in m.subject + m.frm[0] + ''.join(n for n, _ in m.to)):
        cs = 'iso-8859-1'
        enc = 'Q'
    d = enc_fields(m, cs, enc, 'mixed' if mua in ('thunderbird', 'apple') else 'full')
    msg = mua_headers(m, mua, d, hs, lang)
    msg += m.extra
    below = []
    qid = postfix_qid(r, t1)
    below.append(('Received', received_postfix(client_helo or ('[%s]' % client_ip), client_rdns or 'unknown', client_ip, relay, qid, t1,
                                               zone, rcpt=None, tls='1.3' if submission_tls else None,
                                               proto='ESMTPSA' if submission_tls else 'ESMTPA',
                                               client_cert='(No client certificate requested)')))
    if extra_top:
        below = extra_top + below
    if dkim_sign:
        sig = dk(m, body, dom, selector, ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To',
                                           'References', 'MIME-Version', 'Content-Type'], t=epoch(t2))
        below = [('DKIM-Filter', 'OpenDKIM Filter v2.11.0 %s %s' % (relay, qid)), ('DKIM-Signature', sig)] + below
    below += msg
    conn = dict(helo=relay, rdns=relay, ip=relay_ip, t=t3, mail_from=m.meta.get('mail_from', m.frm[1]))
    conn['auth'] = auth(m, spf=spf, policy=dmarc_policy)
    return finish(m, below, conn)


# ================================================== Exchange Online (M365) ==
EXO_REGIONS = {
    'EUR': ('eurprd%02d.prod.outlook.com', ['AM9PR%02dMB%04d', 'DU0PR%02dMB%04d', 'PAXPR%02dMB%04d', 'AS8PR%02dMB%04d',
                                             'DB9PR%02dMB%04d', 'VI1PR%02dMB%04d'],
            [('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on20%d.outbound.protection.outlook.com',
              '40.107.22.%d'),
             ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on21%02d.outbound.protection.outlook.com',
              '40.107.104.%d'),
             ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on20%d.outbound.protection.outlook.com',
              '40.107.0.%d')]),
    'GBR': ('GBRP%03d.PROD.OUTLOOK.COM', ['LO2P%03dMB%04d', 'CWLP%03dMB%04d'],
            [('GBR01-CWX-obe.outbound.protection.outlook.com', 'mail-cwxgbr01on21%02d.outbound.protection.outlook.com',
              '40.107.121.%d'),
             ('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on20%d.outbound.protection.outlook.com',
              '40.107.23.%d')]),
    'CONS': ('EURP%03d.PROD.OUTLOOK.COM', ['AS8P%03dMB%04d', 'DU2P%03dMB%04d', 'PAWP%03dMB%04d'],
             [('EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05olkn20%d.outbound.protection.outlook.com',
               '40.92.89.%d'),
              ('EUR02-AM0-obe.outbound.protection.outlook.com', 'mail-am0eur02olkn20%d.outbound.protection.outlook.com',
               '40.92.49.%d')]),
}


def exo_prepare(m, region='EUR', consumer=False):
    """Choose the sending mailbox server and Message-ID before the body is built
    (Exchange derives MIME boundaries from the Message-ID)."""
    region = 'CONS' if consumer else region
    host, hdom, _ = _exo_host(m, region)
    fqdn = '%s.%s' % (host, hdom)
    if consumer:
        fqdn = fqdn.upper()
    m.meta['exo'] = (host, hdom)
    if not m.msgid:
        m.msgid = '<%s%s@%s>' % (host, hexs(m.rng, 20 if not consumer else 21, True), fqdn)
    return m.msgid


def internal_prepare(m):
    mbx = m.rng.choice(['EXCH01', 'EXCH02'])
    m.meta['mbx'] = mbx
    if not m.msgid:
        m.msgid = '<%s@%s.corp.example.com>' % (hexs(m.rng, 32), mbx)
    return m.msgid


def _exo_host(m, region):
    r = m.rng
    dom_fmt, hosts, edges = EXO_REGIONS[region]
    if region == 'EUR':
        n = r.choice([1, 2, 3, 4, 5, 6, 8, 9, 10])
        dom = dom_fmt % n
        host = r.choice(hosts) % (n, r.randint(1000, 9999))
        dom = dom.upper() if False else dom
    else:
        n = r.choice([123, 194, 195, 265, 302])
        dom = dom_fmt % n
        host = r.choice(hosts) % (n, r.randint(1000, 9999))
    return host, dom, edges


def exo(m, tenant_dom, tenant_id=None, region='EUR', lang='it-IT', dkim_d=None, dkim_sel='selector1',
        dmarc_policy='quarantine', consumer=False, attach_flag=None, mobile=None, spf='pass', dkim_ok=True,
        dmarc_res=None, sender_hdr=None, originator=None, extra_msg_headers=None, notify=False):
    """Outlook / OWA in a Microsoft 365 tenant (or Outlook.com when consumer=True)."""
    r = m.rng
    region = 'CONS' if consumer else region
    if 'exo' in m.meta:
        host, hdom = m.meta['exo']
        edges = EXO_REGIONS[region][2]
    else:
        host, hdom, edges = _exo_host(m, region)
    fqdn = '%s.%s' % (host, hdom)
    if consumer:
        fqdn = fqdn.upper()
    if not m.msgid:
        m.msgid = '<%s%s@%s>' % (host, hexs(r, 20 if not consumer else 21, True), fqdn)
    hs, body = prep(m)
    t0 = m.t
    t1 = plus(t0, r.randint(0, 1))
    t2 = plus(t1, r.randint(1, 2))
    tenant_id = tenant_id or guid(r)
    dkim_d = dkim_d or tenant_dom
    if consumer:
        tenant_id = '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'
    d = enc_fields(m, 'utf-8' if not all(ord(c) < 256 for c in m.subject + m.frm[0]) else 'iso-8859-1', 'Q' if not consumer else 'B')
    d['Thread-Topic'] = hdr_text(m.meta.get('thread_topic', m.subject.split(': ', 1)[-1] if m.subject[:4] in ('AW: ', 'RE: ', 'Re: ', 'WG: ', 'FW: ', 'R: ', 'I: ') or m.subject[:3] in ('R: ', 'I: ') else m.subject), 'utf-8', 'B')
    d['Thread-Index'] = m.meta.get('thread_index') or thread_index(m, t0)
    d['Date'] = rfcdate(t0, 'UTC', 'std').replace('+0000', '+0000')
    d['Message-ID'] = m.msgid
    ha = attach_flag if attach_flag is not None else ('multipart/mixed' in hs[0][1])
    edge = r.choice(edges)
    eip = edge[2] % r.randint(20, 250)
    last = int(eip.rsplit('.', 1)[1])
    erdns = edge[1] % (last if '%d' in edge[1] and '%02d' not in edge[1] else last % 100)
    peer, pdom, _ = _exo_host(m, region)
    peer_fqdn = '%s.%s' % (peer, pdom)
    if consumer:
        peer_fqdn = peer_fqdn.upper()
    v6a = '2603:10a6:%x:%x::%x' % (r.randint(0x10, 0x7ff), r.randint(0x10, 0x5ff), r.randint(1, 30))
    v6b = '2603:10a6:%x:%x::%x' % (r.randint(0x10, 0x7ff), r.randint(0x10, 0x5ff), r.randint(1, 30))
    ll = 'fe80::%s:%s:%s:%s' % (hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4))
    build = '15.20.%d.%03d' % (r.choice([9253, 9273, 9298, 9320, 9335]), r.randint(10, 40))
    srcid = '%s:EE_|%s:EE_' % (host, peer)
    msg = order(d, ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                    'References', 'In-Reply-To'] if not notify else ['From', 'To', 'Reply-To', 'Subject', 'Date', 'Message-ID'])
    if sender_hdr:
        msg.insert(1, ('Sender', sender_hdr))
    if not notify:
        msg += [('Accept-Language', '%s, en-US' % lang if not lang.startswith('en') else 'en-GB, en-US'),
                ('Content-Language', lang),
                ('X-MS-Has-Attach', 'yes' if ha else ''),
                ('X-MS-TNEF-Correlator', '')]
    if consumer:
        msg += [('x-ms-exchange-messagesentrepresentingtype', '1'),
                ('x-tmn', '[%s]' % alnum(r, 40)),
                ('x-ms-publictraffictype', 'Email'),
                ('x-ms-traffictypediagnostic', srcid),
                ('x-microsoft-antispam', 'BCL:0;ARA:14566002|8060799006|19110799003|461199028|15080799006|440099028|3412199025;'),
                ('x-microsoft-antispam-message-info', _blob(r, 560)),
                ('x-ms-exchange-antispam-messagedata-chunkcount', '1'),
                ('x-ms-exchange-antispam-messagedata-0', _blob(r, 700))]
    else:
        msg += [('msip_labels', ''),
                ('authentication-results', 'dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;' % tenant_dom),
                ('x-ms-publictraffictype', 'Email'),
                ('x-ms-traffictypediagnostic', srcid),
                ('x-ms-office365-filtering-correlation-id', guid(r)),
                ('x-ms-exchange-senderadcheck', '1'),
                ('x-ms-exchange-antispam-relay', '0'),
                ('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'),
                ('x-microsoft-antispam-message-info', _blob(r, 640)),
                ('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;'
                 'SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1102;' % (lang[:2], fqdn)),
                ('x-ms-exchange-antispam-messagedata-chunkcount', '1'),
                ('x-ms-exchange-antispam-messagedata-0', _blob(r, 780))]
    msg += extra_msg_headers or []
    msg += m.extra
    msg += [('Content-Type', hs[0][1])] + hs[1:] + [('MIME-Version', '1.0')]
    org = originator or ('outlook.com' if consumer else tenant_dom)
    upn = base64.b64encode(bytes(r.randrange(256) for _ in range(60))).decode()
    msg += [('X-OriginatorOrg', org),
            ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-AuthSource', fqdn),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', guid(r)),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d (UTC)' % (
                rfcdate(t0, 'UTC', 'noday').replace(' +0000', '').replace(' %d ' % t0.year, ' %d ' % t0.year), r.randint(0, 9999))),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', tenant_id),
            ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED')]
    if not consumer:
        msg += [('X-MS-Exchange-CrossTenant-userprincipalname', upn)]
    msg += [('X-MS-Exchange-Transport-CrossTenantHeadersStamped', peer)]
    h_list = ['From', 'Date', 'Subject', 'Message-ID', 'Content-Type', 'MIME-Version', 'X-MS-Exchange-SenderADCheck']
    sig = dk(m, body, dkim_d if not consumer else 'outlook.com', dkim_sel if not consumer else 'selector1',
             h_list, style='microsoft')
    arc_res = ('i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none\r\n header.from=%s; '
               'dkim=pass header.d=%s; arc=none' % (domain(m.frm[1]), domain(m.frm[1]), dkim_d if not consumer else 'outlook.com'))
    below = [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s'
              % _wrap(rand_b64(r, 256), 72, '\r\n ')),
             ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n'
              ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:'
              'X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-ChunkCount:'
              'X-MS-Exchange-AntiSpam-MessageData-Original-0;\r\n bh=%s;\r\n b=%s' % (
                  rand_b64(r, 32), _wrap(rand_b64(r, 256), 72, '\r\n '))),
             ('ARC-Authentication-Results', arc_res),
             ('DKIM-Signature', sig),
             ('Received', 'from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, '
              'cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (fqdn, v6a, peer_fqdn, v6b, build.replace('.0', '.', 1) if False else build,
                                                                           rfcdate(t1, 'UTC'))),
             ('Received', 'from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id %s; %s' % (
                 fqdn, ll, fqdn, ll, r.randint(3, 7), build.replace('.', '.', 2)[:-3] + '%03d' % int(build[-3:]), rfcdate(t0, 'UTC')))]
    below += msg
    conn = dict(helo=edge[0], rdns=erdns, ip=eip, t=t2, mail_from=m.meta.get('mail_from', m.frm[1]), tls='1.2')
    conn['auth'] = auth(m, spf=spf, dkim_res=None if dkim_ok else ['fail'], dmarc=dmarc_res or 'pass',
                        policy='none' if consumer else dmarc_policy)
    return finish(m, below, conn)


def _blob(r, n):
    s = base64.b64encode(bytes(r.randrange(256) for _ in range(n * 3 // 4))).decode()[:n]
    return '\r\n '.join(s[i:i + 75] for i in range(0, len(s), 75))


def _wrap(s, w, sep):
    return sep.join(s[i:i + w] for i in range(0, len(s), w))


# ===================================================================== Gmail =
GMAIL_HOSTS = [('mail-wm1-f%d.google.com', '209.85.128.%d'), ('mail-ed1-f%d.google.com', '209.85.208.%d'),
               ('mail-lf1-f%d.google.com', '209.85.167.%d'), ('mail-wr1-f%d.google.com', '209.85.221.%d'),
               ('mail-ej1-f%d.google.com', '209.85.218.%d')]


def gmail(m, workspace_dom=None, mobile=False, x_gm=True, dmarc_policy='none', extra_after_from=None,
          sender_override=None, dkim_d=None):
    r = m.rng
    if not m.msgid:
        m.msgid = '<CA%s@mail.gmail.com>' % alnum(r, 63, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-')
    hs, body = prep(m)
    t0 = m.t
    t1 = plus(t0, r.randint(1, 2))
    t2 = plus(t1, r.randint(0, 1))
    hfmt, ipfmt = r.choice(GMAIL_HOSTS)
    n = r.randint(41, 72)
    host, ip = hfmt % n, ipfmt % n
    d = enc_fields(m, 'UTF-8', 'B')
    d['Date'] = rfcdate(t0, m.zone)
    d['Message-ID'] = m.msgid
    dom = workspace_dom or 'gmail.com'
    sel = 'google' if workspace_dom else '20230601'
    rc = m.all_rcpt()
    h = ['mime-version', 'from', 'date', 'message-id', 'subject', 'to', 'cc', 'reply-to', 'in-reply-to', 'references']
    sig = dk(m, body, dkim_d or dom, sel, h, t=epoch(t0), x=epoch(t0) + 604800, style='google',
             extra_tags=[('darn', 'example.com')])
    x_sig = dkim(r, '1e100.net', '20230601', ['x-gm-message-state', 'x-gm-gg'] + h, body, t=epoch(t0), x=epoch(t0) + 604800,
                 style='google', extra_tags=[('darn', 'example.com')])[0]
    below = [('Received', 'by %s with SMTP id %s-%s.%d\r\n        for <%s>; %s' % (
        host, '5b1f17b1804b1' if 'wm1' in host else 'a640c23a62f3a', alnum(r, 15, '0123456789abcdef'), r.randint(1, 9), rc[0],
        rfcdate(t1, 'US', 'pad_abbr'))),
        ('DKIM-Signature', sig),
        ('X-Google-DKIM-Signature', x_sig),
        ('X-Gm-Message-State', 'AOJu0Y' + alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
        ('X-Gm-Gg', 'ASbGnc' + _wrap(alnum(r, 300, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), 72, '\r\n\t')),
        ('X-Google-Smtp-Source', 'AGHT+I' + alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='),
        ('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%s;\r\n        %s' % (
            hexs(r, 4), hexs(r, 4), hexs(r, 3), hexs(r, 4), hexs(r, 4), '5b1f17b1804b1', alnum(r, 15, '0123456789abcdef'),
            r.randint(1, 9), r.randint(1000000000000, 9999999999999), rfcdate(t1, 'US', 'pad_abbr'))),
        ('MIME-Version', '1.0')]
    msg = order(d, ['References', 'In-Reply-To', 'From', 'Date'])
    if extra_after_from:
        msg += extra_after_from
    if x_gm:
        msg.append(('X-Gm-Features', 'AWmQ_b' + alnum(r, 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')))
    msg += order(d, ['Message-ID', 'Subject', 'To', 'Cc', 'Reply-To'])
    msg += m.extra
    msg += hs
    below += msg
    conn = dict(helo=host, rdns=host, ip=ip, t=t2, mail_from=m.meta.get('mail_from', m.frm[1]), tls='1.3')
    conn['auth'] = auth(m, policy=dmarc_policy, from_dom=domain(m.frm[1]))
    return finish(m, below, conn)


# ============================================================ IONOS / web.de =
def ionos(m, dom, mua='outlook', client_ip='91.47.132.18', lang='de-DE', spf='pass', dmarc_policy='none',
          dmarc_res='pass'):
    r = m.rng
    if not m.msgid:
        m.msgid = outlook_msgid(m, dom) if mua == 'outlook' else tb_msgid(m, dom)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(1, 3))
    t2 = plus(t1, r.randint(0, 2))
    cs = 'iso-8859-1' if mua == 'outlook' and all(ord(c) < 256 for c in m.subject + m.frm[0]) else 'utf-8'
    d = enc_fields(m, cs, 'Q')
    msg = mua_headers(m, mua, d, hs, lang)
    msg += m.extra
    relay_n = r.choice(['mreue009', 'mreue010', 'mreue011', 'mreue106', 'mreue107'])
    nid = '%s-%s-%s' % (alnum(r, 6), alnum(r, 10), alnum(r, 6))
    msg += [('X-Provags-ID', 'V03:K1:' + _wrap(alnum(r, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), 70, '\r\n ')),
            ('UI-OutboundReport', 'notjunk:1;M01:P0:' + _wrap(alnum(r, 200, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=;:'), 70, '\r\n '))]
    below = [('Received', 'from [192.168.178.%d] ([%s]) by mrelayeu.kundenserver.de\r\n (%s [212.227.126.%d]) with ESMTPSA '
              '(Nemesis) id %s; %s' % (r.randint(20, 60), client_ip, relay_n, r.randint(130, 200), nid,
                                       rfcdate(t1, 'DE', 'pad')))] + msg
    ip = '212.227.126.%d' % r.choice([130, 131, 133, 134, 135, 187])
    conn = dict(helo='mout.kundenserver.de', rdns='mout.kundenserver.de', ip=ip, t=t2, mail_from=m.frm[1], tls='1.3')
    conn['auth'] = auth(m, spf=spf, dmarc=dmarc_res, policy=dmarc_policy)
    return finish(m, below, conn)


def webde(m, provider='web.de', webmail=True, client_ip='79.240.18.77', lang='de-DE', mua='thunderbird'):
    """web.de / GMX (1&1 Mail & Media)."""
    r = m.rng
    if provider == 'web.de':
        mout, mip, smtp, mr, sel, sc = 'mout.web.de', '212.227.15.%d' % r.choice([3, 4, 14, 15]), 'smtp.web.de', 'mrweb%03d' % r.randint(1, 110), 's29768273', '814a7b36-bfc1-4dae-8640-3722d8ec6cd6'
    else:
        mout, mip, smtp, mr, sel, sc = 'mout.gmx.net', '212.227.17.%d' % r.choice([20, 21, 22]), 'mail.gmx.net', 'mrgmx%03d' % r.randint(1, 110), 's31663417', 'f2a1d3c4-8b9e-4c5a-a6d7-0e1f2a3b4c5d'
    if not m.msgid:
        if webmail:
            m.meta['bs'] = r.randint(1, 60)
            m.msgid = '<trinity-%s-%d@3c-app-%s-bs%02d>' % (guid(r), epoch(m.t) * 1000 + r.randint(0, 999),
                                                            'webde' if provider == 'web.de' else 'gmx', m.meta['bs'])
        else:
            m.msgid = apple_msgid(m, provider if provider == 'web.de' else 'gmx.de') if mua in ('iphone', 'apple') else tb_msgid(m, provider)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(0, 2))
    t2 = plus(t1, r.randint(0, 1))
    d = enc_fields(m, 'UTF-8', 'Q' if not webmail else 'B', 'mixed' if (mua == 'thunderbird' and not webmail) else 'full')
    if webmail:
        d['Date'] = rfcdate(m.t, m.zone)
        d['Message-ID'] = m.msgid
        msg = [('MIME-Version', '1.0')] + order(d, ['Message-ID', 'From', 'To', 'Cc', 'Subject']) + hs
        msg = msg[:1] + [('Message-ID', m.msgid)] + msg[2:]
        msg += [('Date', rfcdate(m.t, m.zone)), ('Importance', 'normal'), ('Sensitivity', 'Normal')]
        msg += order(d, ['Reply-To', 'In-Reply-To', 'References'])
        msg += [('X-Priority', '3'), ('X-UI-Message-Type', 'mail'), ('X-Priority', '3')][:2]
    else:
        msg = mua_headers(m, mua, d, hs, lang)
    msg += m.extra
    msg += [('X-Provags-ID', 'V03:K1:' + _wrap(alnum(r, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), 70, '\r\n ')),
            ('UI-OutboundReport', 'notjunk:1;M01:P0:' + _wrap(alnum(r, 180, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=;:'), 70, '\r\n '))]
    h = ['X-UI-Sender-Class', 'Message-ID', 'Date', 'MIME-Version', 'Subject', 'To', 'From', 'Content-Type',
         'cc', 'content-transfer-encoding', 'content-type', 'date', 'from', 'message-id', 'mime-version', 'reply-to', 'subject', 'to']
    sig = dk(m, body, provider if provider == 'web.de' else 'gmx.de', sel, h, t=epoch(t1),
             extra_tags=[('i', m.frm[1])])
    nid = '%s-%s-%s' % (alnum(r, 6), alnum(r, 10), alnum(r, 6))
    via = ('[%s] ([%s]) by %s (%s [213.165.67.%d])' % (client_ip, client_ip, smtp, mr, r.randint(90, 124))) if webmail else \
          ('[192.168.2.%d] ([%s]) by %s (%s [213.165.67.%d])' % (r.randint(100, 140), client_ip, smtp, mr, r.randint(90, 124)))
    if webmail:
        via = '3c-app-%s-bs%02d ([%s]) by %s (%s [213.165.67.%d])' % (
            'webde' if provider == 'web.de' else 'gmx', m.meta.get('bs', 1), client_ip, 'web-mail.' + provider if provider == 'web.de' else 'web-mail.gmx.net', mr, r.randint(90, 124))
    below = [('DKIM-Signature', sig), ('X-UI-Sender-Class', sc),
             ('Received', 'from %s with %s (Nemesis) id %s\r\n for <%s>; %s' % (
                 via, 'HTTP' if webmail else 'ESMTPSA', nid, m.all_rcpt()[0], rfcdate(t1, 'DE', 'pad')))] + msg
    conn = dict(helo=mout, rdns=mout, ip=mip, t=t2, mail_from=m.frm[1], tls='1.3')
    conn['auth'] = auth(m, policy='quarantine' if provider == 'web.de' else 'none')
    return finish(m, below, conn)


# =================================================================== home.pl =
def homepl(m, dom, server='cloudserver094732.home.pl', ip='79.96.170.134', mua='thunderbird',
           client_ip='89.64.12.77', client_rdns='89-64-12-77.dynamic.chello.pl', lang='pl', vade='clean',
           selector='dkim', dmarc_policy='quarantine'):
    r = m.rng
    if not m.msgid:
        m.msgid = {'thunderbird': tb_msgid, 'outlook': outlook_msgid, 'roundcube': lambda mm, dd: '<%s@%s>' % (hexs(r, 32), dd)}[mua](m, dom)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(1, 2))
    t2 = plus(t1, r.randint(1, 3))
    d = enc_fields(m, 'UTF-8', 'Q', 'mixed' if mua == 'thunderbird' else 'full')
    msg = mua_headers(m, mua, d, hs, lang)
    msg += m.extra
    sig = dk(m, body, dom, selector, ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version',
                                      'Content-Type', 'In-Reply-To', 'References'], t=epoch(t1))
    qid = '%s' % hexs(r, 11, True)
    below = [('DKIM-Signature', sig),
             ('Received', 'from [192.168.1.%d] (%s [%s])\r\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))'
              '\r\n\t(No client certificate requested)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s' % (
                  r.randint(100, 140), client_rdns, client_ip, server, qid, rfcdate(t1, 'DE', 'postfix'))),
             ('X-CLIENT-IP', client_ip),
             ('X-CLIENT-HOSTNAME', client_rdns),
             ('X-VADE-SPAMSTATE', vade),
             ('X-VADE-SPAMCAUSE', _wrap('gggruggvucftvghtrhhoucdtuddrgeeffedrudektddgudeiucetufdoteggodetrfdotffvucfrrhhofhhilhgv'
                                        + ''.join(r.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(180)), 76, '\r\n ')),
             ('X-DCC--Metrics', '%s 1104; Body=%d Fuz1=%d Fuz2=%d' % (server, r.randint(2, 6), r.randint(2, 6), r.randint(2, 6)))]
    below += msg
    conn = dict(helo=server, rdns=server, ip=ip, t=t2, mail_from=m.frm[1], tls='1.3')
    conn['auth'] = auth(m, policy=dmarc_policy)
    return finish(m, below, conn)


# ================================================================ cPanel/Exim =
def cpanel(m, host, ip, dom, helo=None, mua='phpmailer', user='wp', local=True, client_ip=None, spf='pass',
           dmarc_res='pass', dmarc_policy='none', dkim_sign=True, lang='es', xmailer=None, rdns=None):
    """Shared hosting (cPanel, Exim 4.98). mua: phpmailer | outlook | roundcube."""
    r = m.rng
    if not m.msgid:
        if mua == 'phpmailer':
            m.msgid = '<%s@%s>' % (alnum(r, 43), dom)
        elif mua == 'outlook':
            m.msgid = outlook_msgid(m, dom)
        else:
            m.msgid = '<%s@%s>' % (hexs(r, 32), dom)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(0, 2))
    t2 = plus(t1, r.randint(0, 2))
    eid = '%s-%s-%s' % (alnum(r, 6), alnum(r, 6, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'), alnum(r, 2))
    if mua == 'phpmailer':
        d = enc_fields(m, 'utf-8', 'B' if r.random() < 0.5 else 'Q')
        d['Date'] = rfcdate(m.t, 'UTC')
        d['Message-ID'] = m.msgid
        msg = order(d, ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID'])
        msg.append(('X-Mailer', xmailer or 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)'))
        msg.append(('MIME-Version', '1.0'))
        msg += hs
    else:
        d = enc_fields(m, 'utf-8', 'B' if mua == 'outlook' else 'Q')
        msg = mua_headers(m, mua, d, hs, lang)
    msg += m.extra
    msg += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
            ('X-AntiAbuse', 'Primary Hostname - %s' % host),
            ('X-AntiAbuse', 'Original Domain - example.com'),
            ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((1000 + r.randint(1, 400),) * 2) if local else 'Originator/Caller UID/GID - [47 12] / [47 12]'),
            ('X-AntiAbuse', 'Sender Address Domain - %s' % domain(m.meta.get('mail_from', m.frm[1]))),
            ('X-Get-Message-Sender-Via', '%s: %s' % (host, ('authenticated_id: %s' % user) if not local else
                                                     'acl_c_relayhosts_text_entry: %s|%s' % (user, dom))),
            ('X-Authenticated-Sender', '%s: %s' % (host, m.meta.get('mail_from', m.frm[1]))),
            ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
    if local:
        rec = 'from %s by %s with local (Exim 4.98.1)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s' % (
            user, host, m.meta.get('mail_from', m.frm[1]), eid, m.all_rcpt()[0], rfcdate(t1, 'DE', 'pad'))
    else:
        rec = 'from [%s] (port=%d helo=[192.168.1.%d])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n' \
              '\t(Exim 4.98.1)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s' % (
                  client_ip, r.randint(49152, 65000), r.randint(2, 200), host, m.meta.get('mail_from', m.frm[1]), eid,
                  m.all_rcpt()[0], rfcdate(t1, 'DE', 'pad'))
    below = []
    if dkim_sign:
        sig = dk(m, body, dom, 'default', ['Content-Type', 'MIME-Version', 'Message-ID', 'Subject', 'From', 'To', 'Date',
                                            'Sender', 'Reply-To', 'Cc', 'Content-Transfer-Encoding', 'Content-ID',
                                            'Content-Description', 'Resent-Date', 'Resent-From', 'Resent-Sender',
                                            'Resent-To', 'Resent-Cc', 'Resent-Message-ID', 'In-Reply-To', 'References',
                                            'List-Id', 'List-Help', 'List-Unsubscribe', 'List-Subscribe', 'List-Post',
                                            'List-Owner', 'List-Archive'], t=None, extra_tags=[('q', 'dns/txt')])
        below.append(('DKIM-Signature', sig))
    below.append(('Received', rec))
    below += msg
    conn = dict(helo=helo or host, rdns=rdns or host, ip=ip, t=t2, mail_from=m.meta.get('mail_from', m.frm[1]), tls='1.3')
    conn['auth'] = auth(m, spf=spf, dmarc=dmarc_res, policy=dmarc_policy)
    return finish(m, below, conn)


# ====================================================== bulk mail providers ==
def ses(m, dom, region='eu-west-1', mail_from_dom=None, dkim_sel=None, dmarc_policy='none', extra_hdrs=None,
        msg_order=None, sign_domain=True):
    r = m.rng
    host_n = r.choice(['a7-%d', 'a7-%d', 'a6-%d'])
    n = r.randint(10, 60)
    host = (host_n % n) + '.smtp-out.%s.amazonses.com' % region
    ip = ('54.240.7.%d' if host_n.startswith('a7') else '54.240.6.%d') % n
    mid = '0102019%s-%s-%s-%s-%s-000000' % (hexs(r, 9), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 12))
    if not m.msgid:
        m.msgid = '<%s@%s.amazonses.com>' % (mid, region)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(0, 1))
    d = enc_fields(m, 'UTF-8', 'Q')
    d['Date'] = rfcdate(m.t, 'UTC')
    d['Message-ID'] = m.msgid
    ret = '%s@%s' % (mid, mail_from_dom) if mail_from_dom else '%s@%s.amazonses.com' % (mid, region)
    h = ['From', 'To', 'Subject', 'MIME-Version', 'Content-Type', 'Message-ID', 'Date', 'Feedback-ID']
    below = []
    if sign_domain:
        below.append(('DKIM-Signature', dk(m, body, dom, dkim_sel or alnum(r, 32, 'abcdefghijklmnopqrstuvwxyz234567'), h,
                                          t=epoch(m.t), extra_tags=[('q', 'dns/txt')])))
    below.append(('DKIM-Signature', dk(m, body, 'amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', h, t=epoch(m.t),
                                      extra_tags=[('q', 'dns/txt')])))
    msg = order(d, msg_order or ['From', 'Reply-To', 'To', 'Subject', 'In-Reply-To', 'References'])
    msg.append(('MIME-Version', '1.0'))
    msg += hs
    msg += [('Message-ID', m.msgid), ('Date', d['Date'])]
    msg += extra_hdrs or []
    msg += m.extra
    msg += [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, alnum(r, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))),
            ('X-SES-Outgoing', '%04d.%02d.%02d-%s' % (t1.year, t1.month, t1.day, ip))]
    below += msg
    conn = dict(helo=host, rdns=host, ip=ip, t=plus(t1, 1), mail_from=ret, tls='1.3')
    conn['auth'] = auth(m, policy=dmarc_policy)
    return finish(m, below, conn)


def sendgrid(m, dom, em_sub=None, dmarc_policy='none', uid=None, dmarc_res='pass', extra_hdrs=None):
    r = m.rng
    uid = uid or r.randint(10000000, 49999999)
    sgid = alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    geopod = 'geopod-ismtpd-%d' % r.randint(1, 40)
    if not m.msgid:
        m.msgid = '<%s@%s>' % (sgid, geopod)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(0, 1))
    ip = r.choice(['149.72.%d.%d', '167.89.%d.%d', '159.183.%d.%d']) % (r.randint(1, 250), r.randint(1, 250))
    rd = '%s.outbound-mail.sendgrid.net' % alnum(r, 8, 'abcdefghijklmnopqrstuvwxyz')
    em = em_sub or 'em%d.%s' % (r.randint(1000, 9999), dom)
    rc = m.all_rcpt()[0]
    ret = 'bounces+%d-%s-%s=%s@%s' % (uid, hexs(r, 4), rc.split('@')[0], rc.split('@')[1], em)
    d = enc_fields(m, 'UTF-8', 'B')
    d['Date'] = rfcdate(m.t, 'UTC', 'pad') + ' (UTC)'
    d['Message-ID'] = m.msgid
    h = ['content-type', 'from', 'mime-version', 'subject', 'reply-to', 'x-feedback-id', 'to', 'cc', 'content-type',
         'from', 'subject', 'to']
    below = [('DKIM-Signature', dk(m, body, dom, 's1', h, t=None)),
             ('DKIM-Signature', dk(m, body, 'sendgrid.info', 'smtpapi', ['content-type', 'from', 'mime-version',
                                                                          'subject', 'reply-to', 'x-feedback-id', 'to',
                                                                          'cc', 'content-type', 'from', 'subject', 'to'], t=None)),
             ('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\r\n        %04d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d' % (
                 hexs(r, 9), alnum(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), hexs(r, 9), alnum(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                 hexs(r, 8, True), r.randint(1, 99), t1.year, t1.month, t1.day, t1.hour, t1.minute, t1.second,
                 r.randint(0, 999999999), r.randint(100000, 9999999), r.randint(0, 999999999))),
             ('Received', 'from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s' % (
                 base64.b64encode(str(uid).encode()).decode().rstrip('='), geopod, sgid,
                 rfcdate(m.t, 'UTC', 'pad').replace(' +0000', '.%03d +0000 (UTC)' % r.randint(0, 999))))]
    msg = [('Content-Type', hs[0][1])] + [('Date', d['Date'])] + order(d, ['From'])
    msg += [('Mime-Version', '1.0')] + order(d, ['Message-ID', 'Subject', 'Reply-To', 'In-Reply-To', 'References'])
    msg += [('X-Feedback-ID', '%d:SG' % uid),
            ('X-SG-EID', _wrap('u001.' + alnum(r, 260, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), 76, '\r\n ')),
            ('X-SG-ID', _wrap('u001.SdBcvi+Evd/bQef8eZF3BlNVrNb' + alnum(r, 150, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), 76, '\r\n '))]
    msg += order(d, ['To', 'Cc'])
    msg += [('X-Entity-ID', 'u001.%s==' % alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))]
    msg += extra_hdrs or []
    msg += m.extra
    msg += hs[1:]
    below += msg
    conn = dict(helo=rd, rdns=rd, ip=ip, t=plus(t1, 1), mail_from=ret, tls='1.3')
    conn['auth'] = auth(m, dmarc=dmarc_res, policy=dmarc_policy)
    return finish(m, below, conn)


def mailgun(m, mgdom, dmarc_policy='none', extra_hdrs=None):
    r = m.rng
    n = r.randint(1, 250)
    host, ip = r.choice([('m228-%d.mailgun.net' % n, '159.135.228.%d' % n), ('m42-%d.mailgun.net' % n, '69.72.42.%d' % n),
                         ('m47-%d.mailgun.net' % n, '69.72.47.%d' % n)])
    if not m.msgid:
        m.msgid = '<%04d%02d%02d%02d%02d%02d.%s@%s>' % (m.t.year, m.t.month, m.t.day, m.t.hour, m.t.minute, m.t.second,
                                                        hexs(r, 16), mgdom)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(0, 1))
    d = enc_fields(m, 'utf-8', 'Q')
    d['Date'] = rfcdate(m.t, 'UTC')
    d['Message-ID'] = m.msgid
    rc = m.all_rcpt()[0]
    ret = 'bounce+%s.%s-%s=%s@%s' % (hexs(r, 6), hexs(r, 6), rc.split('@')[0], rc.split('@')[1], mgdom)
    h = ['Content-Transfer-Encoding', 'Content-Type', 'MIME-Version', 'Subject', 'Subject', 'From', 'From', 'To', 'To',
         'Date', 'Message-Id', 'Reply-To', 'Sender', 'Sender']
    sid = base64.b64encode(('["%s", "%s", "%s"]' % (hexs(r, 5), rc, hexs(r, 6))).encode()).decode()
    below = [('DKIM-Signature', dk(m, body, mgdom, r.choice(['krs', 'mx', 'pic', 'k1']), h, t=epoch(m.t),
                                   extra_tags=[('q', 'dns/txt')])),
             ('X-Mailgun-Sending-Ip', ip),
             ('X-Mailgun-Sid', sid),
             ('Received', 'by %s with HTTP id %s; %s' % (hexs(r, 12), hexs(r, 24), rfcdate(m.t, 'UTC').replace('+0000', 'GMT')))]
    msg = [('Sender', m.meta.get('sender_hdr', 'postmaster@%s' % mgdom))]
    msg += order(d, ['Date', 'From', 'Reply-To', 'Subject', 'Message-ID', 'To', 'Cc'])
    msg[-2:] = msg[-2:]
    msg += [('Mime-Version', '1.0')] + hs
    msg += extra_hdrs or []
    msg += m.extra
    below += msg
    conn = dict(helo=host, rdns=host, ip=ip, t=plus(t1, 1), mail_from=ret, tls='1.3')
    conn['auth'] = auth(m, policy=dmarc_policy)
    return finish(m, below, conn)


def brevo(m, dom, dmarc_policy='none', extra_hdrs=None, sign_own=True):
    r = m.rng
    n = r.randint(2, 250)
    host, ip = r.choice([('s%d.mta.ip-sib.com' % n, '77.32.148.%d' % n), ('s%d.mta.ip-sib.com' % n, '185.41.28.%d' % n)])
    mid = '<%s.%d@smtp-relay.mailin.fr>' % (guid(r), r.randint(10, 99))
    if not m.msgid:
        m.msgid = mid
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(0, 2))
    d = enc_fields(m, 'UTF-8', 'B')
    d['Date'] = rfcdate(m.t, 'UTC')
    d['Message-ID'] = m.msgid
    rc = m.all_rcpt()[0]
    ret = 'bounces-%d-%s=%s@%s' % (r.randint(100000, 999999), rc.split('@')[0], rc.split('@')[1], 'sendibm%d.com' % r.randint(1, 4))
    h = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'list-unsubscribe',
         'list-unsubscribe-post', 'feedback-id']
    below = []
    if sign_own:
        below.append(('DKIM-Signature', dk(m, body, dom, 'brevo1', h, t=epoch(m.t), extra_tags=[('q', 'dns/txt')])))
    below.append(('DKIM-Signature', dk(m, body, 'sendibm%d.com' % r.randint(1, 4), 'mail', h, t=epoch(m.t),
                                       extra_tags=[('q', 'dns/txt')], bits=1024)))
    below.append(('Received', 'by smtp-relay.brevo.com with ESMTP id %s for <%s>;\r\n\t%s' % (
        guid(r).upper(), rc, rfcdate(m.t, 'UTC'))))
    msg = order(d, ['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID'])
    msg += [('MIME-Version', '1.0')] + hs
    msg += [('X-sib-id', _wrap(alnum(r, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), 72, '\r\n\t')),
            ('X-Mailer', 'Sendinblue'),
            ('X-Mailin-EID', '%s%%3C%s%%40smtp-relay.mailin.fr%%3E' % (alnum(r, 20, '0123456789'), guid(r))),
            ('Feedback-ID', '%s:%d_-1:%d:Sendinblue' % (ip, r.randint(1000000, 9999999), r.randint(100, 999)))]
    msg += extra_hdrs or []
    msg += m.extra
    below += msg
    conn = dict(helo=host, rdns=host, ip=ip, t=plus(t1, 1), mail_from=ret, tls='1.3')
    conn['auth'] = auth(m, policy=dmarc_policy)
    return finish(m, below, conn)


def mailchimp(m, dom, list_id, user_id, dmarc_policy='none', unsub_url=None):
    r = m.rng
    n = r.randint(10, 250)
    host, ip = 'mail%d-%d.suw%d.mcdlv.net' % (198 if False else 180, n, r.randint(11, 41)), '198.2.180.%d' % n
    host = 'mail180-%d.suw%d.mcdlv.net' % (n, r.randint(11, 41))
    if not m.msgid:
        m.msgid = '<%s.%s.%s.%s@%s>' % (hexs(r, 25), hexs(r, 10), '%04d%02d%02d%02d%02d%02d' % (
            m.t.year, m.t.month, m.t.day, m.t.hour, m.t.minute, m.t.second), hexs(r, 10), host)
    hs, body = prep(m)
    t1 = plus(m.t, r.randint(1, 30))
    d = enc_fields(m, 'utf-8', 'Q')
    d['Date'] = rfcdate(m.t, 'UTC')
    d['Message-ID'] = m.msgid
    rc = m.all_rcpt()[0]
    ret = 'bounce-mc.us21_%d.%d-%s=%s@mail180.suw%d.mcdlv.net' % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7),
                                                                rc.split('@')[0], rc.split('@')[1], r.randint(11, 41))
    h = ['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID', 'List-ID', 'List-Unsubscribe',
         'List-Unsubscribe-Post', 'Content-Type', 'MIME-Version', 'CC']
    below = [('DKIM-Signature', dk(m, body, dom, 'k2', h, t=epoch(m.t), extra_tags=[('i', '@' + dom)])),
             ('DKIM-Signature', dk(m, body, 'mcdlv.net', 'k3', h, t=epoch(m.t), extra_tags=[('i', '@mcdlv.net')])),
             ('Received', 'from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n\tfor <%s>; %s'
              % (host, alnum(r, 14, '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'), rc, rfcdate(m.t, 'UTC', 'postfix').replace('(UTC)', '(GMT)')))]
    msg = order(d, ['Subject', 'From', 'Reply-To', 'To'])
    msg += [('Date', d['Date']), ('Message-ID', m.msgid),
            ('X-Native-Encoded', '1'),
            ('X-MC-User', user_id),
            ('Feedback-ID', '%d:%d.%d:us21:mc' % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7))),
            ('X-Feedback-ID', '%d:%d.%d:us21:mc' % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7))),
            ('List-ID', '%smc list <%s.%d.list-id.mcsv.net>' % (user_id, user_id, r.randint(10 ** 5, 10 ** 6))),
            ('X-Accounttype', 'pd'),
            ('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
             % (unsub_url, user_id, list_id, hexs(r, 10))),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
            ('X-Mandrill-User', 'md_%d' % r.randint(10 ** 7, 10 ** 8)),
            ('MIME-Version', '1.0')] + hs
    msg += m.extra
    below += msg
    conn = dict(helo=host, rdns=host, ip=ip, t=t1, mail_from=ret, tls='1.2')
    conn['auth'] = auth(m, policy=dmarc_policy)
    return finish(m, below, conn)


# ============================================================ generic relays =
def relay(m, helo, ip, dom, rdns=None, inner=None, msg_headers=None, mail_from=None, selector='s1', sign=True,
          extra_sigs=(), spf='pass', dmarc_res='pass', dmarc_policy='reject', tls='1.3', dkim_h=None, dkim_res=None,
          no_spf=False, auth_extra=None):
    """Organisation's own outbound relay. inner: list of (name, value) trace headers above the message headers
    (already formatted), msg_headers: message header list (without content headers -> appended)."""
    r = m.rng
    hs, body = prep(m)
    below = []
    if sign:
        below.append(('DKIM-Signature', dk(m, body, dom, selector, dkim_h or ['From', 'To', 'Subject', 'Date', 'Message-ID',
                                                                               'MIME-Version', 'Content-Type'],
                                           t=epoch(m.t), extra_tags=[('q', 'dns/txt')])))
    for (d2, s2) in extra_sigs:
        below.append(('DKIM-Signature', dk(m, body, d2, s2, ['From', 'To', 'Subject', 'Date', 'Message-ID'], t=epoch(m.t))))
    below += inner or []
    below += msg_headers or []
    below += m.extra
    below += hs
    conn = dict(helo=helo, rdns=rdns if rdns is not None else helo, ip=ip, t=plus(m.t, r.randint(2, 6)),
                mail_from=mail_from or m.frm[1], tls=tls, no_spf=no_spf)
    conn['auth'] = auth(m, spf=spf, dkim_res=dkim_res, dmarc=dmarc_res, policy=dmarc_policy)
    if auth_extra:
        conn['auth'].update(auth_extra)
    return finish(m, below, conn)


def std_msg_headers(m, names=('From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References'),
                    charset='utf-8', enc='B', date_zone=None, date_style='std', mime_first=False):
    d = enc_fields(m, charset, enc)
    d['Date'] = rfcdate(m.t, date_zone or m.zone, date_style)
    d['Message-ID'] = m.msgid
    out = order(d, names)
    if mime_first:
        return [('MIME-Version', '1.0')] + out
    return out + [('MIME-Version', '1.0')]
