"""Sending systems and the receiving MX: Received chains, vendor headers, DKIM, auth results."""
import datetime as _dt

from . import util, mime
from .company import DMARC, org_domain

CRLF = '\r\n'
MX = 'mx01.example.com'


class Env:
    """Everything about one message except the transport."""
    def __init__(self, **kw):
        self.frm_name = ''
        self.frm_email = ''
        self.frm_charset = 'utf-8'
        self.frm_enc = 'B'
        self.frm_quote = False
        self.to = []
        self.cc = []
        self.rcpt = None
        self.subject = ''
        self.subj_charset = 'utf-8'
        self.subj_enc = 'B'
        self.subj_mixed = False
        self.date = None
        self.zone = 'DE'
        self.msgid = None
        self.env_from = None
        self.body = None
        self.reply_to = None
        self.in_reply_to = None
        self.references = None
        self.extra = []
        self.lang = None
        self.name_charset = None
        self.name_enc = None
        self.sender = None
        self.dmarc_policy = 'table'
        self.__dict__.update(kw)
        if self.env_from is None:
            self.env_from = self.frm_email
        if self.rcpt is None:
            self.rcpt = [e for _, e in self.to + self.cc if e.endswith('@example.com') or e.endswith('@examplegroup.eu')]

    # header helpers --------------------------------------------------
    def h_from(self):
        return mime.addr(self.frm_name, self.frm_email, self.frm_charset, self.frm_enc, self.frm_quote)

    def _alist(self, lst):
        cs = self.name_charset or self.frm_charset
        en = self.name_enc or self.frm_enc
        vals = [mime.addr(n, e, cs, en) for n, e in lst]
        return (',' + CRLF + '\t').join(vals) if len(', '.join(vals)) > 60 else ', '.join(vals)

    def h_to(self):
        return self._alist(self.to)

    def h_cc(self):
        return self._alist(self.cc)

    def h_subject(self):
        if self.subj_mixed:
            return mime.hval_mixed(self.subject, self.subj_charset, self.subj_enc)
        v = mime.hval(self.subject, self.subj_charset, self.subj_enc)
        return mime.fold('Subject', v)

    def h_reply_to(self):
        if isinstance(self.reply_to, tuple):
            return mime.addr(self.reply_to[0], self.reply_to[1], self.frm_charset, self.frm_enc)
        return self.reply_to

    def std(self, names, date_zone=None, date_fmt_zone=None):
        """Return ordered list of standard headers according to `names`."""
        out = []
        for n in names:
            if n == 'From':
                out.append(('From', self.h_from()))
            elif n == 'To':
                if self.to:
                    out.append(('To', self.h_to()))
            elif n == 'Cc':
                if self.cc:
                    out.append(('Cc', self.h_cc()))
            elif n == 'Subject':
                out.append(('Subject', self.h_subject()))
            elif n == 'Date':
                out.append(('Date', util.fmt_date(self.date, date_zone or self.zone)))
            elif n == 'Message-ID':
                out.append(('Message-ID', '<%s>' % self.msgid))
            elif n == 'Reply-To':
                if self.reply_to:
                    out.append(('Reply-To', self.h_reply_to()))
            elif n == 'In-Reply-To':
                if self.in_reply_to:
                    out.append(('In-Reply-To', '<%s>' % self.in_reply_to))
            elif n == 'References':
                if self.references:
                    out.append(('References', (CRLF + ' ').join('<%s>' % r for r in self.references)))
            elif n == 'MIME-Version':
                out.append(('MIME-Version', '1.0'))
            elif n == 'Sender':
                if self.sender:
                    out.append(('Sender', self.sender))
            elif n == '__MIME__':
                out.append(('__MIME__', None))
            elif n == '__EXTRA__':
                out.extend(self.extra)
            else:
                raise KeyError(n)
        return out


# ------------------------------------------------------------------ DKIM rendering
def _fold_tags(tags, indent):
    lines = []
    cur = ''
    for t in tags:
        piece = t + ';'
        if cur and len(cur) + 1 + len(piece) > 74:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + ' ' + piece) if cur else piece
    lines.append(cur)
    return (CRLF + indent).join(lines)


def render_dkim(c, sig, body):
    canon = sig.get('c', 'relaxed/relaxed')
    bh = mime.dkim_bh(body, canon.split('/')[1] if '/' in canon else 'simple')
    bits = sig.get('bits', 2048)
    if 'b' not in sig:
        sig['b'] = util.rb64(c.rng, bits // 8)
    indent = sig.get('indent', '\t')
    order = sig.get('order', ['v', 'a', 'c', 'd', 's', 't', 'x', 'i', 'h', 'bh'])
    vals = {'v': '1', 'a': sig.get('a', 'rsa-sha256'), 'c': canon, 'd': sig['d'], 's': sig['s'],
            'h': sig['h'], 'bh': bh}
    if sig.get('t'):
        vals['t'] = str(sig['t'])
    if sig.get('x'):
        vals['x'] = str(sig['x'])
    if sig.get('i'):
        vals['i'] = sig['i']
    for k, v in sig.get('extra', []):
        vals[k] = v
        if k not in order:
            order = order[:-1] + [k] + order[-1:]
    tags = ['%s=%s' % (k, vals[k]) for k in order if k in vals]
    head = _fold_tags(tags, indent)
    b = sig['b']
    chunks = []
    first = 74 - 2
    chunks.append(b[:first])
    rest = b[first:]
    while rest:
        chunks.append(rest[:74])
        rest = rest[74:]
    return head + CRLF + indent + 'b=' + (CRLF + indent).join(chunks)


# ------------------------------------------------------------------ receiving MX
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)' + CRLF +
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)' + CRLF +
         '\t(No client certificate requested)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))' + CRLF +
         '\t(No client certificate requested)')


def mx01_received(c, connect, t, rcpts):
    helo, rdns, ip = connect['helo'], connect.get('rdns'), connect['ip']
    iptxt = ('IPv6:' + ip) if ':' in ip else ip
    s = 'from %s (%s [%s])' % (helo, rdns or 'unknown', iptxt)
    tls = connect.get('tls', '1.3')
    if tls == '1.3':
        s += CRLF + '\t' + TLS13
    elif tls == '1.2':
        s += CRLF + '\t' + TLS12
    proto = 'ESMTPS' if tls else 'ESMTP'
    s += CRLF + '\tby %s (Postfix) with %s id %s' % (MX, proto, util.postfix_qid(c.rng))
    if len(rcpts) == 1:
        s += CRLF + '\tfor <%s>; %s' % (rcpts[0], util.fmt_date(t, 'DE', comment=True))
    else:
        s += '; ' + util.fmt_date(t, 'DE', comment=True)
    return s


def dmarc_eval(env, auth):
    hf = env.frm_email.split('@')[1].lower()
    od = org_domain(hf)
    pol = env.dmarc_policy
    if pol == 'table':
        pol = DMARC.get(hf, DMARC.get(od))
    if pol is None:
        return None, hf
    spf_al = auth['spf'] == 'pass' and org_domain(env.env_from.split('@')[-1]) == od if env.env_from else False
    dkim_al = any(r == 'pass' and org_domain(d) == od for r, d, s, b, hb in auth['dkim'])
    res = 'pass' if (spf_al or dkim_al) else 'fail'
    return (res, pol), hf


def mx01_headers(c, env, connect, t, auth):
    out = []
    out.append(('Return-Path', '<%s>' % env.env_from if env.env_from else '<>'))
    d, hf = dmarc_eval(env, auth)
    if auth.get('dmarc_override'):
        d = auth['dmarc_override']
    if d is not None:
        res, pol = d
        out.append(('Authentication-Results', '%s; dmarc=%s (p=%s dis=none) header.from=%s' % (MX, res, pol, hf)))
    elif auth.get('dmarc_none_line', True):
        out.append(('Authentication-Results', '%s; dmarc=none (p=none dis=none) header.from=%s' % (MX, hf)))
    if auth['dkim']:
        parts = []
        for r, dom, sel, bits, hb in auth['dkim']:
            if r == 'pass':
                parts.append('dkim=pass (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 '
                             'header.s=%s header.b=%s' % (bits, dom, dom, sel, hb[:8]))
            else:
                parts.append('dkim=fail reason="signature verification failed" (%d-bit key; unprotected) header.d=%s '
                             'header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (bits, dom, dom, sel, hb[:8]))
        out.append(('Authentication-Results', MX + ';' + CRLF + '\t' + (';' + CRLF + '\t').join(parts)))
    spf = auth['spf']
    ef = env.env_from or ('postmaster@' + connect['helo'])
    word = {'pass': 'Pass (mailfrom)', 'fail': 'Fail (mailfrom)', 'softfail': 'Softfail (mailfrom)',
            'neutral': 'Neutral (mailfrom)', 'none': 'None (no SPF record)', 'permerror': 'Permerror (mailfrom)'}[spf]
    if spf is not None:
        out.append(('Received-SPF', '%s identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>' % (
            word, connect['ip'], connect['helo'], ef)))
    out.append(('Received', mx01_received(c, connect, t, env.rcpt)))
    return out


def finalize(c, env, sysout, auth_override=None, internal=False):
    hdrs, connect, auth, t_last = sysout
    body = env.body.body_bytes()
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    rendered = []
    sig_results = []
    for n, v in hdrs:
        if n == '__DKIM__':
            val = render_dkim(c, v, body)
            rendered.append(('DKIM-Signature', val))
            sig_results.append((v.get('result', 'pass'), v['d'], v['s'], v.get('bits', 2048), v['b']))
        elif n == '__MIME__':
            rendered.extend(env.body.headers)
        else:
            rendered.append((n, v))
    if not any(n == '__MIME__' for n, _ in hdrs):
        rendered.extend(env.body.headers)
    auth = dict(auth)
    if 'dkim' not in auth:
        auth['dkim'] = [r for r in sig_results if r[0] != 'skip']
    if auth_override:
        auth.update(auth_override)
    t_mx = util.plus(t_last, c.rng.randint(1, 3))
    if internal:
        top = [('Return-Path', '<%s>' % env.env_from), ('Received', mx01_received(c, connect, t_mx, env.rcpt))]
    else:
        top = mx01_headers(c, env, connect, t_mx, auth)
    out = bytearray()
    for n, v in top + rendered:
        if isinstance(v, bytes):
            out += n.encode() + b': ' + v + b'\r\n'
        else:
            out += (n + ': ' + v + CRLF).encode('utf-8')
    out += b'\r\n' + body
    return bytes(out), t_mx


# ------------------------------------------------------------------ helpers
def _epoch(t):
    return int(t.timestamp())


def postfix_hop(c, helo, rdns, ip, by, t, zone, proto='ESMTPS', rcpt=None, tls=None, auth_sender=None,
                comment_zone=True, qid=None):
    iptxt = ('IPv6:' + ip) if ':' in ip else ip
    s = 'from %s (%s [%s])' % (helo, rdns or 'unknown', iptxt)
    if tls == '1.3':
        s += CRLF + '\t' + TLS13.replace('\t(No client certificate requested)', '\t(No client certificate requested)')
    elif tls == '1.2':
        s += CRLF + '\t' + TLS12
    if auth_sender:
        s += CRLF + '\t(Authenticated sender: %s)' % auth_sender
    s += CRLF + '\tby %s (Postfix) with %s id %s' % (by, proto, qid or util.postfix_qid(c.rng))
    if rcpt:
        s += CRLF + '\tfor <%s>; %s' % (rcpt, util.fmt_date(t, zone, comment=comment_zone))
    else:
        s += '; ' + util.fmt_date(t, zone, comment=comment_zone)
    return s


def _one_rcpt(env):
    return env.rcpt[0] if len(env.rcpt) == 1 else None


def _step(c, t, a=1, b=3):
    return util.plus(t, c.rng.randint(a, b))


# ------------------------------------------------------------------ Exchange on-premises (internal)
def exchange_internal(c, env, client_ip='10.20.4.117', server='EXCH01', relay='EXCH02', thread_index=None,
                      importance=None, extra_x=None):
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    t2 = _step(c, t1, 0, 2)
    t3 = _step(c, t2, 1, 2)
    ll = c.hex(4), c.hex(4), c.hex(4), c.hex(4)
    link = 'fe80::%s:%s:%s:%s' % ll
    sv = '%s.corp.example.com' % server
    rv = '%s.corp.example.com' % relay
    ip_s = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}
    hops = [
        ('Received', postfix_hop(c, rv, rv.lower(), ip_s[relay], 'mail-int01.example.com', t3, 'DE', 'ESMTPS',
                                 _one_rcpt(env), tls='1.2')),
        ('Received', 'from %s (%s) by %s' % (sv, ip_s[server], rv) + CRLF + ' (%s) with Microsoft SMTP Server (version=TLS1_2,' % ip_s[relay] +
         CRLF + ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; ' + CRLF + ' ' +
         util.fmt_date(t2, 'DE')),
        ('Received', 'from %s ([%s]) by' % (sv, link) + CRLF + ' %s ([%s%%13]) with mapi id' % (sv, link) + CRLF +
         ' 15.02.1544.014; ' + util.fmt_date(t1, 'DE')),
    ]
    hdrs = hops + env.std(['From', 'To', 'Cc', 'Subject'])
    hdrs.append(('Thread-Topic', mime.fold('Thread-Topic', mime.hval(_strip_prefix(env.subject), env.subj_charset, env.subj_enc))))
    hdrs.append(('Thread-Index', thread_index or globals()['thread_index'](c)))
    if importance:
        hdrs.append(('Importance', importance))
        hdrs.append(('X-Priority', '1'))
    hdrs += [('Date', util.fmt_date(t0, 'UTC')), ('Message-ID', '<%s>' % env.msgid)]
    hdrs += env.std(['References', 'In-Reply-To'])
    lang = env.lang or 'de-DE'
    hdrs += [('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US, de-DE'), ('Content-Language', lang),
             ('X-MS-Has-Attach', 'yes' if _has_attach(env.body) else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
             ('x-originating-ip', '[%s]' % client_ip)]
    hdrs += extra_x or []
    hdrs += env.extra
    hdrs += [('__MIME__', None), ('MIME-Version', '1.0')]
    connect = dict(helo='mail-int01.example.com', rdns='mail-int01.example.com', ip='10.20.0.25', tls='1.3')
    return hdrs, connect, {'spf': None}, t3


def thread_index(c):
    import base64
    return base64.b64encode(bytes([1]) + bytes(c.rng.getrandbits(8) for _ in range(21))).decode()


def _strip_prefix(s):
    for p in ('AW: ', 'RE: ', 'Re: ', 'WG: ', 'FW: ', 'Fwd: ', 'R: ', 'I: ', 'ODP: ', 'PD: ', 'RV: ', 'ΑΠ: ',
              'ΠΡΘ: ', 'RE: ', 'Ответ: ', 'Re[2]: ', 'FW: '):
        while s.startswith(p):
            s = s[len(p):]
    return s


def _has_attach(part):
    return any(p.meta.get('kind') in ('attachment', 'rfc822') and p.meta.get('disposition', 'attachment') == 'attachment'
               for p in part.walk())


# ------------------------------------------------------------------ Microsoft 365 / Exchange Online
M365_REGIONS = {
    'EUR': [('eurprd04', 'AM9PR04MB', 'AS8PR04MB', 'EUR05-AM6-obe', 'mail-am6eur05on20', '40.107.22.'),
            ('eurprd08', 'DU0PR08MB', 'PAXPR08MB', 'EUR03-DBA-obe', 'mail-dbaeur03on20', '40.107.104.'),
            ('eurprd03', 'DB9PR03MB', 'VI1PR03MB', 'EUR02-VI1-obe', 'mail-vi1eur02on20', '40.107.241.')],
    'GBR': [('GBRP123', 'LO2P123MB', 'CWLP123MB', 'GBR01-LO2-obe', 'mail-lo2gbr01on20', '40.107.20.'),
            ('GBRP265', 'CWXP265MB', 'LO0P265MB', 'GBR01-CWX-obe', 'mail-cwxgbr01on20', '40.107.121.')],
    'NAM': [('namprd12', 'SJ0PR12MB', 'CH3PR12MB', 'NAM11-DM6-obe', 'mail-dm6nam11on20', '40.107.92.'),
            ('namprd02', 'BY5PR02MB', 'SN6PR02MB', 'NAM12-BN8-obe', 'mail-bn8nam12on20', '40.107.237.')],
    'APC': [('apcprd06', 'SEZPR06MB', 'TYZPR06MB', 'APC01-SG2-obe', 'mail-sg2apc01on20', '40.107.215.')],
}


def m365(c, env, tenant_id=None, region='EUR', org_domain_=None, selector='selector1', client='outlook',
         thread_index=None, lang=None, dkim_domain=None, ipv6=False, importance=None, extra_x=None,
         scl=1, traffic='Email', auth_as='Internal', onmicrosoft=None, mailbox_type='HOSTED', sensitivity=None,
         arc_dmarc=None):
    r = c.rng
    reg = r.choice(M365_REGIONS[region])
    prd, mbx1, mbx2, obe, outb, ippre = reg
    srv1 = '%s%04d.%s.prod.outlook.com' % (mbx1, r.randint(1000, 9999), prd)
    srv2 = '%s%04d.%s.prod.outlook.com' % (mbx2, r.randint(1000, 9999), prd)
    srv1 = srv1.replace('MB', 'MB') if True else srv1
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    t2 = _step(c, t1, 0, 2)
    t3 = _step(c, t2, 0, 1)
    build = '15.20.%d.%03d' % (r.choice([9253, 9298, 9320, 9366, 9412]), r.randint(10, 40))
    v6p = {'EUR': '2603:10a6', 'GBR': '2603:10a6', 'NAM': '2603:10b6', 'APC': '2603:1096'}[region]
    v6a = '%s:%x:%x::%x' % (v6p, r.randint(0x10, 0x7ff), r.randint(0x100, 0xfff), r.randint(1, 0x3f))
    v6b = '%s:%x:%x::%x' % (v6p, r.randint(0x10, 0x7ff), r.randint(0x100, 0xfff), r.randint(1, 0x3f))
    if not env.msgid:
        h1 = srv1.split('.')[0]
        env.msgid = '%s%s@%s' % (h1, c.hex(20, True), srv1)
    if arc_dmarc is None:
        od = org_domain(env.frm_email.split('@')[1])
        arc_dmarc = 'pass' if DMARC.get(env.frm_email.split('@')[1], DMARC.get(od, 'x')) != 'x' and \
            DMARC.get(env.frm_email.split('@')[1], DMARC.get(od)) is not None else 'none'
    link = 'fe80::%s:%s:%s:%s' % (c.hex(4), c.hex(4), c.hex(4), c.hex(4))
    hf = env.frm_email.split('@')[1]
    dd = dkim_domain or hf
    tenant_id = tenant_id or c.guid()
    nmid = c.guid()
    arc_ar = ('i=1; mx.microsoft.com 1; spf=pass' + CRLF + ' smtp.mailfrom=%s; dmarc=%s action=none' % (env.env_from.split('@')[1], arc_dmarc) +
              CRLF + ' header.from=%s; dkim=pass header.d=%s; arc=none' % (hf, dd))
    hdrs = []
    hdrs.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;' + CRLF +
                 ' b=' + _wrap(c.b64(256), 72, CRLF + ' ')))
    hdrs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;' + CRLF +
                 ' s=arcselector10001;' + CRLF +
                 ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-Original-0;' +
                 CRLF + ' bh=' + mime.dkim_bh(b'', 'relaxed') + ';' + CRLF + ' b=' + _wrap(c.b64(256), 72, CRLF + ' ')))
    hdrs.append(('ARC-Authentication-Results', arc_ar))
    hdrs.append(('__DKIM__', dict(d=dd, s=selector, c='relaxed/relaxed', indent=' ',
                                  h='From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck',
                                  order=['v', 'a', 'c', 'd', 's', 'h', 'bh'])))
    if ipv6:
        pass
    hdrs.append(('Received', 'from %s (%s) by' % (srv1, v6a) + CRLF + ' %s (%s) with Microsoft SMTP Server' % (srv2, v6b) +
                 CRLF + ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id ' + build + ';' + CRLF +
                 ' ' + util.fmt_date(t2, 'UTC')))
    hdrs.append(('Received', 'from %s' % srv1 + CRLF + ' ([%s]) by %s' % (link, srv1) + CRLF +
                 ' ([%s%%5]) with mapi id %s; %s' % (link, build.replace('15.20', '15.20'), util.fmt_date(t1, 'UTC'))))
    hdrs += env.std(['From', 'To', 'Cc', 'Reply-To', 'Subject'])
    if client == 'outlook':
        hdrs.append(('Thread-Topic', mime.fold('Thread-Topic', mime.hval(_strip_prefix(env.subject), env.subj_charset, env.subj_enc))))
        hdrs.append(('Thread-Index', thread_index or globals()['thread_index'](c)))
    if importance:
        hdrs.append(('Importance', importance))
        hdrs.append(('X-Priority', '1'))
    if sensitivity:
        hdrs.append(('Sensitivity', sensitivity))
    hdrs += [('Date', util.fmt_date(t0, 'UTC')), ('Message-ID', '<%s>' % env.msgid)]
    hdrs += env.std(['References', 'In-Reply-To'])
    lg = lang or env.lang or 'en-US'
    if client == 'outlook':
        hdrs += [('Accept-Language', '%s, en-US' % lg if lg != 'en-US' else 'en-US'), ('Content-Language', lg),
                 ('X-MS-Has-Attach', 'yes' if _has_attach(env.body) else ''), ('X-MS-TNEF-Correlator', '')]
    hdrs += [('authentication-results', 'dkim=none (message not signed)' + CRLF + ' header.d=none;dmarc=none action=none header.from=%s;' % hf),
             ('x-ms-publictraffictype', traffic),
             ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (srv1.split('.')[0], srv2.split('.')[0])),
             ('x-ms-office365-filtering-correlation-id', nmid),
             ('x-ms-exchange-senderadcheck', '1'),
             ('x-ms-exchange-antispam-relay', '0'),
             ('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'),
             ('x-microsoft-antispam-message-info', _wrap(c.b64(330), 74, CRLF + ' ')),
             ('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;' % (lg.split('-')[0], scl, srv1)),
             ('x-ms-exchange-antispam-messagedata-chunkcount', '1'),
             ('x-ms-exchange-antispam-messagedata-0', _wrap(c.b64(400), 74, CRLF + ' '))]
    hdrs += extra_x or []
    hdrs += env.extra
    hdrs += [('__MIME__', None), ('MIME-Version', '1.0')]
    hdrs += [('X-OriginatorOrg', org_domain_ or hf),
             ('X-MS-Exchange-CrossTenant-AuthAs', auth_as),
             ('X-MS-Exchange-CrossTenant-AuthSource', srv1),
             ('X-MS-Exchange-CrossTenant-Network-Message-Id', nmid),
             ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s (UTC)' % util.local(t1, 'UTC').strftime('%d %b %Y %H:%M:%S.') + '%04d' % r.randint(0, 9999)),
             ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
             ('X-MS-Exchange-CrossTenant-id', tenant_id),
             ('X-MS-Exchange-CrossTenant-mailboxtype', mailbox_type),
             ('X-MS-Exchange-CrossTenant-userprincipalname', c.b64(60)[:78]),
             ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', srv2.split('.')[0])]
    ipn = r.randint(30, 120)
    if ipv6:
        ip = '2a01:111:f403:%x::%x' % (r.choice([0x2612, 0x2613, 0xc200, 0xc201, 0x260e]), r.randint(0x600, 0x7ff))
        rd = '%s%d.outbound.protection.outlook.com' % (outb.replace('on20', 'on2'), ipn)
    else:
        ip = ippre + str(ipn)
        rd = '%s%02d.outbound.protection.outlook.com' % (outb, ipn)
    connect = dict(helo='%s.outbound.protection.outlook.com' % obe, rdns=rd, ip=ip, tls='1.2')
    return hdrs, connect, {'spf': 'pass'}, t3


def _wrap(s, n, sep):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def m365_msgid(c, region='EUR'):
    reg = c.rng.choice(M365_REGIONS[region])
    host = '%s%04d' % (reg[1], c.rng.randint(1000, 9999))
    return '%s%s@%s.%s.prod.outlook.com' % (host, c.hex(20, True), host, reg[0])


def outlook_consumer(c, env, domain='outlook.com'):
    """Outlook.com / Hotmail consumer mailbox (also EOP)."""
    hdrs, connect, auth, t = m365(c, env, region='NAM', org_domain_=domain, selector='selector1',
                                  client='outlook', dkim_domain=domain, mailbox_type='HOSTED',
                                  tenant_id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa', auth_as='Internal')
    connect['helo'] = connect['helo']
    return hdrs, connect, auth, t


# ------------------------------------------------------------------ Google (Gmail / Workspace)
def gmail(c, env, workspace_domain=None, selector=None, mua='web', xmailer=None):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    t2 = _step(c, t1, 0, 1)
    kinds = ['wm1-f%d' % r.randint(41, 74), 'ej1-f%d' % r.randint(41, 74), 'lf1-f%d' % r.randint(41, 74),
             'wr1-f%d' % r.randint(41, 74), 'ed1-f%d' % r.randint(41, 74)]
    k = r.choice(kinds)
    host = 'mail-%s.google.com' % k
    nets = {'wm1': '209.85.128.', 'ej1': '209.85.218.', 'lf1': '209.85.167.', 'wr1': '209.85.221.', 'ed1': '209.85.208.'}
    ip = nets[k[:3]] + k.split('-f')[1]
    dd = workspace_domain or 'gmail.com'
    sel = selector or ('google' if workspace_domain else '20230601')
    tt = _epoch(t0)
    smtp_id = '%s-%s' % (r.choice(['5b1f17b1804b1', 'a640c23a62f3a', '2adb3069b0e04', 'ffacd0b85a97d']), c.hex(12))
    hdrs = [('Received', 'by %s with SMTP id %s.%d' % (host, smtp_id, r.randint(1, 30)) +
             CRLF + '        for <%s>; %s' % (env.rcpt[0], util.fmt_date(t2, 'US-PT', comment=True)))]
    hdrs.append(('__DKIM__', dict(d=dd, s=sel, c='relaxed/relaxed', t=tt, x=tt + 604800, indent='        ',
                                  extra=[('darn', env.rcpt[0].split('@')[1])],
                                  h='mime-version:from:date:message-id:subject:to:content-type' if not env.cc else
                                  'mime-version:from:date:message-id:subject:to:cc:content-type',
                                  order=['v', 'a', 'c', 'd', 's', 't', 'x', 'darn', 'h', 'bh'])))
    hdrs.append(('X-Google-DKIM-Signature', _fold_tags(['v=1', 'a=rsa-sha256', 'c=relaxed/relaxed', 'd=1e100.net',
                                                        's=20230601', 't=%d' % tt, 'x=%d' % (tt + 604800),
                                                        'h=x-gm-message-state:mime-version:from:date:message-id:subject:to:content-type',
                                                        'bh=' + mime.dkim_bh(b'')], '        ') + CRLF + '        b=' +
                 _wrap(c.b64(256), 70, CRLF + '        ')))
    hdrs.append(('X-Gm-Message-State', 'AOJu0Y' + c.b64(60).replace('/', 'x')[:74]))
    hdrs.append(('X-Gm-Gg', 'ASbGnc' + c.b64(120).replace('/', 'q')[:150]))
    hdrs.append(('X-Google-Smtp-Source', 'AGHT+I' + c.b64(60)[:80]))
    hdrs.append(('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s.%d.%d;' % (
        r.randint(0x6000, 0x6fff), r.randint(0x1000, 0xffff), r.randint(0x300, 0x4ff), r.randint(0x1000, 0xffff),
        r.randint(0x1000, 0xffff), c.hex(10), c.hex(11), r.randint(1, 9), r.randint(1000000000000, 1999999999999)) +
        CRLF + '        ' + util.fmt_date(t1, 'US-PT', comment=True)))
    if mua == 'web':
        hdrs += env.std(['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject',
                         'To', 'Cc', 'Reply-To', '__EXTRA__', '__MIME__'])
    else:
        hdrs += env.std(['__EXTRA__', 'MIME-Version', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc',
                         'References', 'In-Reply-To', 'Reply-To', '__MIME__'])
        if xmailer:
            hdrs.insert(-1, ('X-Mailer', xmailer))
    connect = dict(helo=host, rdns=host, ip=ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t2


def gmail_msgid(c):
    return 'CA%s%s@mail.gmail.com' % (c.rng.choice(['+', 'H', 'K', 'J', 'E']), c.alnum(46).replace('/', '_'))


# ------------------------------------------------------------------ own Postfix server with desktop client
def own_postfix(c, env, host, ip, client_ip, client_helo=None, selector='default', dkim_domain=None,
                ua=None, xmailer=None, zone='DE', auth_sender=None, submit_rdns=None, order=None, extra_hops=None,
                mta_label='Postfix', tls_out='1.3', dkim_canon='relaxed/simple', amavis=True, dkim=True,
                xorig=False):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    t2 = _step(c, t1, 0, 3)
    dd = dkim_domain or env.frm_email.split('@')[1]
    qid = util.postfix_qid(r)
    hdrs = []
    if dkim:
        hdrs.append(('__DKIM__', dict(d=dd, s=selector, c=dkim_canon, t=_epoch(t1),
                                      h='Date:From:To:Subject:From', order=['v', 'a', 'c', 'd', 's', 't', 'bh', 'h'])))
        hdrs.insert(0, ('DKIM-Filter', 'OpenDKIM Filter v2.11.0 %s %s' % (host, qid)))
    if amavis:
        hdrs.append(('X-Virus-Scanned', 'Debian amavis at %s' % host.split('.', 1)[1]))
        hdrs.insert(0, ('Received', 'from localhost (localhost [127.0.0.1])' + CRLF + '\tby %s (Postfix) with ESMTP id %s' % (host, util.postfix_qid(r)) +
                        CRLF + '\tfor <%s>; %s' % (env.rcpt[0], util.fmt_date(t2, zone, comment=True)) if len(env.rcpt) == 1 else
                        'from localhost (localhost [127.0.0.1])' + CRLF + '\tby %s (Postfix) with ESMTP id %s; %s' % (
                            host, util.postfix_qid(r), util.fmt_date(t2, zone, comment=True))))
    cl_helo = client_helo or '[%s]' % client_ip
    hdrs.append(('Received', postfix_hop(c, cl_helo, submit_rdns, client_ip, host, t1, zone, 'ESMTPSA',
                                         _one_rcpt(env), tls='1.3', auth_sender=auth_sender, qid=qid)))
    if extra_hops:
        hdrs += extra_hops
    if order is None:
        order = ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'X-Mailer', 'Subject', 'To', 'Cc', 'References',
                 'In-Reply-To', 'From', 'Reply-To', '__EXTRA__', '__MIME__']
    for n in order:
        if n == 'User-Agent':
            if ua:
                hdrs.append(('User-Agent', ua))
        elif n == 'X-Mailer':
            if xmailer:
                hdrs.append(('X-Mailer', xmailer))
        else:
            hdrs += env.std([n])
    connect = dict(helo=host, rdns=host, ip=ip, tls=tls_out)
    return hdrs, connect, {'spf': 'pass'}, t2


# ------------------------------------------------------------------ GMX / WEB.DE
def united_internet(c, env, brand='gmx', client_ip='91.64.112.7', webmail=True, ua=None):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    hdrs = []
    ddom = env.frm_email.split('@')[1]
    if brand == 'ionos':
        node = 'mreue%03d' % r.randint(100, 115)
        nid = '1M%s-%s' % (c.alnum(4), c.alnum(10))
        src = '[192.168.%d.%d]' % (r.randint(0, 2), r.randint(20, 90))
        if not env.msgid:
            env.msgid = '%s@%s' % (c.guid(), ddom)
        hdrs.append(('Received', 'from %s ([%s]) by mrelayeu.kundenserver.de' % (src, client_ip) + CRLF +
                     ' (%s [212.227.15.%d]) with ESMTPSA (Nemesis) id %s; %s' % (node, r.randint(160, 190), nid, util.fmt_date(t0, 'DE'))))
        hdrs += env.std(['Message-ID', 'Date', 'MIME-Version', 'Subject', 'To', 'References', 'In-Reply-To', 'From', 'Reply-To',
                         '__EXTRA__', '__MIME__'])
        if ua:
            hdrs.insert(len(hdrs) - 6, ('User-Agent', ua))
        hdrs += [('X-Provags-ID', 'V03:K1:' + c.b64(60)[:76]),
                 ('UI-OutboundReport', 'notjunk:1;M01:P0:' + c.b64(40)[:11] + '=;' + c.b64(200)[:170])]
        host = 'mout.kundenserver.de'
        ip = '212.227.126.%d' % r.choice([130, 131, 133, 134, 135, 187])
        return hdrs, dict(helo=host, rdns=host, ip=ip, tls='1.3'), {'spf': 'pass'}, t1
    dom = {'gmx': 'gmx.net', 'webde': 'web.de'}[brand]
    node = ('mrgmx%03d' % r.randint(100, 120)) if brand == 'gmx' else ('mrweb%03d' % r.randint(100, 120))
    nid = '1M%s-%s' % (c.alnum(4), c.alnum(10))
    src = '[%s]' % ('10.%d.%d.%d' % (r.randint(1, 250), r.randint(1, 250), r.randint(1, 250)) if webmail else '192.168.178.%d' % r.randint(20, 60))
    hdrs.append(('__DKIM__', dict(d=ddom, s='s31663417' if brand == 'gmx' else 's29768273', c='relaxed/simple',
                                  t=_epoch(t1), i=env.frm_email, x=None,
                                  h='X-UI-Sender-Class:mime-version:message-id:from:to:subject:date:content-type:content-transfer-encoding:x-provags-id:ui-outboundreport',
                                  order=['v', 'a', 'c', 'd', 's', 't', 'i', 'bh', 'h'])))
    hdrs.append(('X-UI-Sender-Class', c.guid()))
    app = '3c-app-%s-bap%02d' % ('gmx' if brand == 'gmx' else 'webde', r.randint(1, 60))
    if not env.msgid:
        env.msgid = 'trinity-%s-%d@%s' % (c.guid(), int(t0.timestamp() * 1000), app)
    hdrs.append(('Received', 'from %s ([%s]) by %s (%s' % (
        app if webmail else src, client_ip,
        'mail.gmx.net' if brand == 'gmx' else 'web.de', node) + CRLF +
        ' [212.227.%d.%d]) with ESMTPSA (Nemesis) id %s; %s' % (
            17 if brand == 'gmx' else 15, r.randint(1, 250), nid, util.fmt_date(t0, 'DE'))))
    hdrs += env.std(['MIME-Version', 'Message-ID', 'From', 'To', 'Cc', 'Subject', 'Reply-To', '__MIME__', 'Date'])
    hdrs += [('Importance', 'normal'), ('Sensitivity', 'Normal')] if webmail else []
    hdrs += env.extra
    hdrs += [('X-Priority', '3'), ('X-Provags-ID', 'V03:K1:' + c.b64(60)[:76]),
             ('UI-OutboundReport', 'notjunk:1;M01:P0:' + c.b64(40)[:11] + '=;' + c.b64(200)[:170])]
    host = 'mout.gmx.net' if brand == 'gmx' else 'mout.web.de'
    ip = '212.227.17.%d' % r.choice([20, 21, 22]) if brand == 'gmx' else '212.227.15.%d' % r.choice([3, 4, 14])
    connect = dict(helo=host, rdns=host, ip=ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ home.pl
def home_pl(c, env, client_ip='83.21.77.140', cloud='cloudserver094114', xmailer='Microsoft Outlook 16.0'):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    t2 = _step(c, t1, 0, 2)
    hdrs = []
    hdrs.append(('__DKIM__', dict(d=env.frm_email.split('@')[1], s='default', c='relaxed/relaxed',
                                  h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                                  order=['v', 'a', 'c', 'd', 's', 'h', 'bh'])))
    hdrs.append(('X-Virus-Scanned', 'amavisd-new at home.pl'))
    hdrs.append(('Received', 'from %s ([%s]) (authenticated bits=0)' % ('DESKTOP-' + c.upper(7), client_ip) + CRLF +
                 '\tby %s.home.pl (IdeaSmtpServer 6.0.0) with ESMTPA id %s;' % (cloud, c.hex(16)) + CRLF +
                 '\t' + util.fmt_date(t1, 'PL')))
    hdrs += env.std(['From', 'To', 'Cc', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__MIME__'])
    if xmailer:
        hdrs.append(('X-Mailer', xmailer))
        hdrs.append(('Thread-Index', thread_index(c)))
        hdrs.append(('Content-Language', env.lang or 'pl'))
    hdrs += env.extra
    hdrs.append(('X-CLIENT-IP', client_ip))
    hdrs.append(('X-CLIENT-HOSTNAME', '%s.neoplus.adsl.tpnet.pl' % '-'.join(reversed(client_ip.split('.')))))
    hdrs.append(('X-VADE-SPAMSTATE', 'clean'))
    hdrs.append(('X-VADE-SPAMSCORE', '0'))
    hdrs.append(('X-VADE-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeefgedrtd' + c.lower(60)))
    hdrs.append(('X-DCC--Metrics', '%s.home.pl 1024; Body=%d Fuz1=%d Fuz2=%d' % (cloud, r.randint(2, 9), r.randint(2, 9), r.randint(2, 9))))
    ip = '79.96.%d.%d' % (r.choice([170, 165, 159]), r.randint(10, 250))
    connect = dict(helo='%s.home.pl' % cloud, rdns='%s.home.pl' % cloud, ip=ip, tls='1.2')
    return hdrs, connect, {'spf': 'pass'}, t2


# ------------------------------------------------------------------ Aruba (IT)
def aruba(c, env, client_ip='93.41.211.8', xmailer=None, ua=None, webmail=False):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    nid = '%s%s' % (c.alnum(3), c.alnum(10))
    hdrs = []
    hdrs.append(('__DKIM__', dict(d=env.frm_email.split('@')[1], s='a1', c='relaxed/relaxed', t=_epoch(t1),
                                  h='Date:From:To:Subject:MIME-Version:Content-Type', order=['v', 'a', 'c', 'd', 's', 't', 'bh', 'h'])))
    src = 'webmail.aruba.it' if webmail else '[192.168.1.%d]' % r.randint(20, 90)
    hdrs.append(('Received', 'from %s ([%s])' % (src, client_ip) + CRLF +
                 '\tby Aruba Outgoing Smtp  with ESMTPSA' + CRLF + '\tid %s; %s' % (nid, util.fmt_date(t1, 'IT'))))
    hdrs.append(('X-Sender', env.frm_email))
    order = ['Message-ID', 'Date', 'MIME-Version', 'Subject', 'To', 'Cc', 'References', 'In-Reply-To', 'From', 'Reply-To', '__EXTRA__', '__MIME__']
    hdrs += env.std(order)
    if xmailer:
        hdrs.append(('X-Mailer', xmailer))
    if ua:
        hdrs.append(('User-Agent', ua))
    hdrs.append(('X-CMAE-Envelope', 'MS4xfG' + c.b64(120)[:150]))
    n = r.randint(10, 120)
    ip = '62.149.%d.%d' % (r.choice([156, 158]), n)
    host = 'smtpcmd%02d%03d.aruba.it' % (r.randint(1, 15), n)
    connect = dict(helo=host, rdns=host, ip=ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ Yandex (360 / free)
def yandex(c, env, client_ip='95.55.18.201', xmailer='Yamail [ http://yandex.ru ] 5.0', web=True):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    t2 = _step(c, t1, 0, 1)
    node = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.randint(10, 90), r.choice(['vla', 'sas', 'iva', 'myt']))
    fwd = 'forward%d%s.mail.yandex.net' % (r.randint(100, 500), r.choice('abc'))
    fid = '%s-%s' % (c.alnum(10), c.alnum(8))
    hdrs = []
    hdrs.append(('Received', 'from %s (%s [%s])' % (node, node, '2a02:6b8:c0c:%x:0:640:%x:0' % (r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff))) +
                 CRLF + '\tby %s (Yandex) with ESMTPS id %s' % (fwd, c.alnum(10)) + CRLF + '\tfor <%s>; %s' % (
                     env.rcpt[0], util.fmt_date(t2, 'RU'))))
    hdrs.append(('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s;' % (node, fid) + CRLF + '\t%s' % util.fmt_date(t1, 'RU')))
    hdrs.append(('X-Yandex-Fwd', '1'))
    hdrs.append(('__DKIM__', dict(d=env.frm_email.split('@')[1], s='mail', c='relaxed/relaxed', t=_epoch(t1),
                                  h='From:Subject:Message-Id:To:Date', order=['v', 'a', 'c', 'd', 's', 't', 'bh', 'h'])))
    hdrs.append(('Authentication-Results', '%s; dkim=pass header.i=@%s' % (node, env.frm_email.split('@')[1])))
    hdrs += env.std(['From', 'To', 'Cc', 'Reply-To', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', 'Message-ID', 'Date', '__EXTRA__', '__MIME__'])
    if xmailer:
        hdrs.append(('X-Mailer', xmailer))
    ip = '178.154.239.%d' % r.randint(60, 220)
    connect = dict(helo=fwd, rdns=fwd, ip=ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t2


# ------------------------------------------------------------------ Mail.ru
def mailru(c, env, client_ip='188.243.51.77'):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    n = r.randint(30, 60)
    host = 'smtp%d.i.mail.ru' % n
    hdrs = []
    hdrs.append(('__DKIM__', dict(d='mail.ru', s='mail4', c='relaxed/relaxed',
                                  h='Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:Content-Transfer-Encoding:Content-Type:To:Cc:Date:Message-ID:MIME-Version:Reply-To:In-Reply-To:References',
                                  order=['v', 'a', 'c', 'd', 's', 'h', 'bh'])))
    hdrs.append(('Received', 'by %s with esmtpa (envelope-from <%s>)' % (host, env.env_from) + CRLF +
                 '\tid 1v%s-%s-%s; %s' % (c.alnum(4), c.alnum(8), c.alnum(2), util.fmt_date(t1, 'RU'))))
    hdrs += env.std(['From', 'To', 'Subject', 'MIME-Version', 'X-Mailer' if False else 'Reply-To', 'Date', 'References', 'In-Reply-To', 'Message-ID', '__MIME__'])
    hdrs += [('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-Originating-IP', '[%s]' % client_ip),
             ('X-7564579A', '646B95376F6C166E'), ('X-77F55803', '119C1F4DF6A9251C' + c.hex(16, True)),
             ('X-7FA49CB5', 'FF5795518A3D127A4AD6D5ED66289B5278DA827A17800CE7' + c.hex(32, True)),
             ('X-Mailru-Sender', c.hex(60, True)), ('X-Mras', 'Ok')]
    hdrs += env.extra
    ip = '95.163.41.%d' % n
    connect = dict(helo=host, rdns=host, ip=ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ WP.pl (Wirtualna Polska)
def wp_pl(c, env, client_ip='89.64.31.205'):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    hdrs = []
    hdrs.append(('__DKIM__', dict(d='wp.pl', s='1024a', c='relaxed/relaxed', t=_epoch(t1), bits=1024,
                                  h='From:To:Subject', order=['v', 'a', 'c', 'd', 's', 't', 'bh', 'h'])))
    hdrs.append(('Received', '(wp-smtpd smtp.wp.pl %d invoked from network); %s' % (r.randint(10000, 40000), util.fmt_date(t1, 'PL'))))
    hdrs.append(('Received', 'from %s.dynamic.chello.pl (HELO [192.168.0.%d]) (%s@[%s])' % (
        '-'.join(client_ip.split('.')), r.randint(10, 60), env.frm_email.split('@')[0], client_ip) + CRLF +
        '          (envelope-sender <%s>)' % env.env_from + CRLF + '          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP' +
        CRLF + '          for <%s>; %s' % (env.rcpt[0], util.fmt_date(t1, 'PL'))))
    hdrs += env.std(['Message-ID', 'Date', 'MIME-Version', 'From', 'To', 'Reply-To', 'Subject', '__EXTRA__', '__MIME__'])
    hdrs += [('X-WP-MailID', c.hex(32)), ('X-WP-AV', 'skaner antywirusowy Poczty Wirtualnej Polski'),
             ('X-WP-SPAM', 'NO 0000000 [4bOU]                               ')]
    ip = '212.77.101.%d' % r.choice([1, 11, 12])
    host = 'mx%d.wp.pl' % r.randint(1, 4)
    connect = dict(helo='smtp.wp.pl', rdns=host, ip=ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ cPanel / Exim (compromised hosting, PHPMailer)
def exim_cpanel(c, env, server, server_ip, php=True, client_ip=None, auth_id=None, xmailer=None, zone='UTC',
                dkim=True, script_path=None, mua_order=None):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    eid = '1v%s-%s-%s' % (c.alnum(4), c.alnum(11), c.alnum(2).upper())
    hdrs = []
    dom = env.frm_email.split('@')[1]
    if dkim:
        hdrs.append(('__DKIM__', dict(d=dom, s='default', c='relaxed/relaxed',
                                      h='Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive',
                                      order=['v', 'a', 'c', 'd', 's', 'h', 'bh'])))
    if php:
        hdrs.append(('Received', 'from %s by %s with local (Exim 4.98.1)' % (auth_id or 'nobody', server) + CRLF +
                     '\t(envelope-from <%s>)' % env.env_from + CRLF + '\tid %s' % eid + CRLF +
                     '\tfor %s; %s' % (env.rcpt[0], util.fmt_date(t1, zone))))
    else:
        hdrs.append(('Received', 'from [%s] (port=%d helo=[192.168.1.%d])' % (client_ip, r.randint(50000, 64000), r.randint(2, 99)) + CRLF +
                     '\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384' % server + CRLF +
                     '\t(Exim 4.98.1)' + CRLF + '\t(envelope-from <%s>)' % env.env_from + CRLF +
                     '\tid %s' % eid + CRLF + '\tfor %s; %s' % (env.rcpt[0], util.fmt_date(t1, zone))))
    order = mua_order or ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', '__EXTRA__', 'MIME-Version', '__MIME__']
    hdrs += env.std(order)
    if xmailer:
        hdrs.insert(len(hdrs) - 2, ('X-Mailer', xmailer))
    hdrs += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
             ('X-AntiAbuse', 'Primary Hostname - %s' % server),
             ('X-AntiAbuse', 'Original Domain - %s' % env.rcpt[0].split('@')[1]),
             ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((r.randint(1000, 1600),) * 2) if php else 'Originator/Caller UID/GID - [47 12] / [47 12]'),
             ('X-AntiAbuse', 'Sender Address Domain - %s' % env.env_from.split('@')[1]),
             ('X-Get-Message-Sender-Via', '%s: %s' % (server, ('authenticated_id: %s' % auth_id) if auth_id else ('uid via script_path: ' + (script_path or 'unknown')))),
             ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
    if auth_id:
        hdrs.insert(len(hdrs) - 3, ('X-Authenticated-Sender', '%s: %s' % (server, auth_id)))
    connect = dict(helo=server, rdns=server, ip=server_ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ Amazon SES
def ses(c, env, region='eu-west-1', custom_mail_from=None, selector=None, config_set=None, extra_first=None,
        dkim_domain=None):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    dd = dkim_domain or env.frm_email.split('@')[1]
    hdrs = []
    ses_sel = {'eu-west-1': 'shh3fegwg5fppqsuzphvschd53n6ihuv', 'eu-central-1': '54ecsf3zk7z4mwxwwox7z7bg6e2on2hj',
               'us-east-1': '224i4yxa5dv7c2xz3womw6peuasteono', 'eu-west-2': 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'}[region]
    tt = _epoch(t1)
    hdrs.append(('__DKIM__', dict(d=dd, s=selector or c.lower(32), c='relaxed/simple', t=tt, indent=' ',
                                  h='Content-Type:MIME-Version:From:To:Subject:Message-ID:Date',
                                  order=['v', 'a', 'c', 's', 'd', 't', 'h', 'bh'])))
    hdrs.append(('__DKIM__', dict(d='amazonses.com', s=ses_sel, c='relaxed/simple', t=tt, indent=' ',
                                  h='Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID',
                                  order=['v', 'a', 'c', 's', 'd', 't', 'h', 'bh'])))
    hdrs += extra_first or []
    hdrs += env.std(['From', 'To', 'Reply-To', 'Subject', 'MIME-Version', '__MIME__', 'Message-ID', 'Date', '__EXTRA__'])
    n = r.randint(1, 60)
    ipbase = {'eu-west-1': '54.240.%d.%d' % (r.choice([4, 6, 7]), n), 'eu-central-1': '69.169.224.%d' % n,
              'us-east-1': '54.240.8.%d' % n, 'eu-west-2': '23.251.234.%d' % n}[region]
    hdrs.append(('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, c.b64(33)[:44].replace('/', '+'))))
    hdrs.append(('X-SES-Outgoing', '%s-%s' % (util.local(t1, 'UTC').strftime('%Y.%m.%d'), ipbase)))
    host = {'eu-west-1': 'a%d-%d.smtp-out.eu-west-1.amazonses.com', 'eu-central-1': 'b224-%d.smtp-out.eu-central-1.amazonses.com',
            'us-east-1': 'a8-%d.smtp-out.amazonses.com', 'eu-west-2': 'e234-%d.smtp-out.eu-west-2.amazonses.com'}[region]
    if region == 'eu-west-1':
        host = host % (int(ipbase.split('.')[2]), n)
    else:
        host = host % n
    connect = dict(helo=host, rdns=host, ip=ipbase, tls='1.2')
    return hdrs, connect, {'spf': 'pass'}, t1


def ses_msgid(c, region='eu-west-1'):
    return '0102019%s-%s-%s-%s-%s-000000@%s.amazonses.com' % (
        c.hex(9), c.hex(8), c.hex(4), c.hex(4), c.hex(12), region)


# ------------------------------------------------------------------ SendGrid
def sendgrid(c, env, branded_host=None, branded_ip=None, dkim_domain=None, selector='s1', xmailer=None):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    t2 = _step(c, t1, 0, 2)
    dd = dkim_domain or env.frm_email.split('@')[1]
    hdrs = []
    hdrs.append(('__DKIM__', dict(d=dd, s=selector, c='relaxed/relaxed',
                                  h='content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to',
                                  order=['v', 'a', 'c', 'd', 'h', 's', 'bh'])))
    hdrs.append(('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s' % (
        c.hex(9), c.lower(5), c.hex(9), c.lower(5), c.hex(8, True), r.randint(10, 99)) + CRLF +
        '        %s' % util.local(t2, 'UTC').strftime('%Y-%m-%d %H:%M:%S.') + '%09d +0000 UTC m=+%d.%09d' % (
            r.randint(0, 999999999), r.randint(100000, 999999), r.randint(0, 999999999))))
    hdrs.append(('Received', 'from %s (unknown)' % c.lower(22) + CRLF +
                 '\tby geopod-ismtpd-%d (SG) with HTTP' % r.randint(1, 40) + CRLF +
                 '\tid %s' % c.alnum(22) + CRLF + '\tfor <%s>;' % env.rcpt[0] + CRLF + '\t%s' % util.fmt_date(t1, 'UTC').replace('+0000', '+0000 (UTC)')))
    hdrs += env.std(['Content-Type' if False else '__MIME__', 'Date', 'From', 'Mime-Version' if False else 'MIME-Version',
                     'Message-ID', 'Reply-To', 'Subject', '__EXTRA__'])
    if xmailer:
        hdrs.append(('X-Mailer', xmailer))
    hdrs += [('X-SG-EID', CRLF + ' ' + _wrap(c.b64(120), 74, CRLF + ' ')),
             ('X-SG-ID', CRLF + ' ' + _wrap(c.b64(80), 74, CRLF + ' ')),
             ('X-Entity-ID', 'u001.' + c.b64(18).replace('/', 'A'))]
    hdrs += env.std(['To'])
    ip = branded_ip or '149.72.%d.%d' % (r.randint(100, 250), r.randint(1, 250))
    host = branded_host or '%s.outbound-mail.sendgrid.net' % c.lower(8)
    connect = dict(helo=host, rdns=host, ip=ip, tls='1.2')
    return hdrs, connect, {'spf': 'pass'}, t2


def sendgrid_msgid(c):
    return '%s@geopod-ismtpd-%d' % (c.alnum(22), c.rng.randint(1, 40))


# ------------------------------------------------------------------ Mailgun
def mailgun(c, env, mg_domain, selector='krs'):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    hdrs = []
    hdrs.append(('__DKIM__', dict(d=mg_domain, s=selector, c='relaxed/relaxed', t=_epoch(t1),
                                  h='Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Reply-To: Sender: Sender',
                                  order=['v', 'a', 'c', 'd', 'q', 's', 't', 'h', 'bh'],
                                  extra=[('q', 'dns/txt')])))
    hdrs.append(('X-Mailgun-Sid', 'WyI' + c.b64(60)[:70]))
    hdrs.append(('Received', 'by %s with HTTP id %s; %s' % (c.hex(12), c.hex(24), util.fmt_date(t1, 'UTC'))))
    hdrs.append(('X-Mailgun-Sending-Ip', '159.135.228.%d' % r.randint(2, 60)))
    hdrs.append(('X-Mailgun-Batch-Id', c.hex(24)))
    hdrs += env.std(['__MIME__', 'MIME-Version', 'Subject', 'From', 'To', 'Date', 'Message-ID', 'Reply-To', 'Sender', '__EXTRA__'])
    n = int(hdrs[3][1].split('.')[-1])
    host = 'm228-%d.mailgun.net' % n
    connect = dict(helo=host, rdns=host, ip='159.135.228.%d' % n, tls='1.2')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ Brevo
def brevo(c, env, dkim_domain=None):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 1, 4)
    dd = dkim_domain or env.frm_email.split('@')[1]
    hdrs = []
    hdrs.append(('__DKIM__', dict(d=dd, s='brevo1', c='relaxed/relaxed', t=_epoch(t1),
                                  h='from:to:subject:date:message-id:mime-version:content-type:list-unsubscribe',
                                  order=['v', 'a', 'c', 'd', 's', 't', 'h', 'bh'])))
    hdrs.append(('__DKIM__', dict(d='sendibt2.com', s='mail', c='relaxed/relaxed', t=_epoch(t1),
                                  h='from:to:subject:date:message-id:mime-version:content-type',
                                  order=['v', 'a', 'c', 'd', 's', 't', 'h', 'bh'])))
    hdrs += env.std(['MIME-Version', 'From', 'To', 'Subject', 'Reply-To', 'Date', 'Message-ID', '__EXTRA__', '__MIME__'])
    hdrs += [('X-Mailer', 'Sendinblue'), ('X-Mailin-EID', c.b64(30)[:40]), ('X-sib-id', c.b64(90).replace('/', '_')[:120]),
             ('Origin-messageId', '<%s@smtp-relay.mailin.fr>' % c.hex(30)),
             ('Feedback-ID', '77.32.148.%d:%d_-1:%d:Sendinblue' % (r.randint(2, 60), r.randint(1000000, 9999999), r.randint(1000000, 9999999)))]
    n = r.randint(2, 60)
    host = 'mail148-%d.brevo.com' % n
    connect = dict(helo=host, rdns=host, ip='77.32.148.%d' % n, tls='1.2')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ Mailchimp
def mailchimp(c, env, list_id, campaign, dkim_domain=None):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 2, 30)
    dd = dkim_domain or env.frm_email.split('@')[1]
    n = r.randint(100, 250)
    host = 'mail%d.suw%d.mcdlv.net' % (n, r.randint(11, 121))
    hdrs = []
    hdrs.append(('__DKIM__', dict(d=dd, s='k2', c='relaxed/relaxed', t=_epoch(t1),
                                  h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID',
                                  order=['v', 'a', 'c', 'd', 's', 't', 'bh', 'h'])))
    hdrs.append(('__DKIM__', dict(d='mcdlv.net', s='k3', c='relaxed/relaxed', t=_epoch(t1),
                                  h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:Content-Type:MIME-Version',
                                  order=['v', 'a', 'c', 'd', 's', 't', 'bh', 'h'])))
    hdrs.append(('Received', 'from localhost (localhost [127.0.0.1])' + CRLF + '\tby %s (Mailchimp) with ESMTP id 4d%s' % (host, c.alnum(10)) +
                 CRLF + '\tfor <%s>; %s' % (env.rcpt[0], util.fmt_date(t1, 'UTC'))))
    hdrs += env.std(['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID', '__EXTRA__'])
    hdrs += [('X-Mailer', 'Mailchimp Mailer - **CID%s**' % c.hex(20)),
             ('X-Campaign', 'mailchimp%s.%s' % (c.hex(25), campaign)),
             ('X-campaignid', 'mailchimp%s.%s' % (c.hex(25), campaign)),
             ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (c.hex(25), campaign, c.hex(10))),
             ('X-MC-User', c.hex(25)),
             ('Feedback-ID', '%d:%d.%d:us%d:mc' % (r.randint(10000000, 99999999), r.randint(10000000, 99999999), r.randint(100000, 999999), r.randint(1, 21))),
             ('List-ID', '%s mailchimp list <%s.%s.list-id.mcsv.net>' % (list_id[0], c.hex(25), list_id[1])),
             ('X-Accounttype', 'pd'),
             ('__MIME__', None), ('MIME-Version', '1.0')]
    connect = dict(helo=host, rdns=host, ip='198.2.%d.%d' % (r.choice([129, 131, 178]), n), tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ Hornetsecurity outbound (German SMEs)
def hornet(c, env, inner_host, inner_ip, client='outlook'):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    t2 = _step(c, t1, 1, 3)
    t3 = _step(c, t2, 0, 1)
    relay = 'mx-relay%d-hz%d.antispameurope.com' % (r.randint(60, 120), r.randint(1, 3))
    hdrs = []
    hdrs.append(('X-cloud-security-sender', env.frm_email))
    hdrs.append(('X-cloud-security-recipient', env.rcpt[0]))
    hdrs.append(('X-cloud-security-crypt', 'load encryption module'))
    hdrs.append(('X-cloud-security-Mailarchiv', 'E-Mail archived for: %s' % env.frm_email))
    hdrs.append(('X-cloud-security-Mailarchivtype', 'outbound'))
    hdrs.append(('X-cloud-security-Virusscan', 'CLEAN'))
    hdrs.append(('X-cloud-security-disclaimer', 'This E-Mail was scanned by E-Mailservice on %s with %s' % (relay, c.upper(10))))
    hdrs.append(('X-cloud-security-connect', '%s[%s], TLS=1, IP=%s' % (inner_host, inner_ip, inner_ip)))
    hdrs.append(('X-cloud-security-Digest', c.hex(32)))
    hdrs.append(('X-cloud-security', 'scantime:%d.%03d' % (r.randint(1, 3), r.randint(0, 999))))
    hdrs.append(('__DKIM__', dict(d=env.frm_email.split('@')[1], s='hse1', c='relaxed/relaxed',
                                  h='Content-Type:MIME-Version:Message-ID:Date:Subject:To:From', order=['v', 'a', 'c', 'd', 'h', 's', 'bh'])))
    hdrs.append(('Received', 'from %s (%s [%s]) by %s' % (inner_host, inner_host, inner_ip, relay) + CRLF +
                 ' (Hornetsecurity) with ESMTP id 4d%s; %s' % (c.alnum(10), util.fmt_date(t2, 'DE'))))
    ih = inner_host.split('.')[0].upper() + '.' + inner_host.split('.', 1)[1].replace('.de', '.local')
    iip = r.randint(10, 40)
    hdrs.append(('Received', 'from %s (10.1.1.%d) by %s' % (ih, iip, ih) + CRLF +
                 ' (10.1.1.%d) with Microsoft SMTP Server (version=TLS1_2,' % iip + CRLF +
                 ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; ' + util.fmt_date(t1, 'DE')))
    hdrs += env.std(['From', 'To', 'Cc', 'Subject'])
    hdrs.append(('Thread-Topic', mime.fold('Thread-Topic', mime.hval(_strip_prefix(env.subject), env.subj_charset, env.subj_enc))))
    hdrs.append(('Thread-Index', thread_index(c)))
    hdrs += [('Date', util.fmt_date(t0, 'DE')), ('Message-ID', '<%s>' % env.msgid)]
    hdrs += env.std(['References', 'In-Reply-To'])
    hdrs += [('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE'),
             ('X-MS-Has-Attach', 'yes' if _has_attach(env.body) else ''), ('X-MS-TNEF-Correlator', '')]
    hdrs += env.extra
    hdrs += [('__MIME__', None), ('MIME-Version', '1.0')]
    ip = '83.246.65.%d' % r.randint(60, 120)
    connect = dict(helo=relay, rdns=relay, ip=ip, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t3


# ------------------------------------------------------------------ direct-to-MX (botnet / bulletproof VPS)
def direct(c, env, helo, ip, rdns=None, order=None, xmailer=None, tls=None, extra_top=None):
    hdrs = list(extra_top or [])
    order = order or ['Message-ID', 'From', 'To', 'Subject', 'Date', 'MIME-Version', '__EXTRA__', '__MIME__']
    hdrs += env.std(order)
    if xmailer:
        hdrs.insert(len(hdrs) - 1, ('X-Mailer', xmailer))
    connect = dict(helo=helo, rdns=rdns, ip=ip, tls=tls)
    t1 = _step(c, env.date, 1, 20)
    return hdrs, connect, {'spf': 'none'}, t1


# ------------------------------------------------------------------ generic platform MTA (own infrastructure)
def platform(c, env, host, ip, selector, dkim_domain=None, hops=None, zone='UTC', order=None, extra_first=None,
             extra_last=None, canon='relaxed/relaxed', h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
             bits=2048, tls='1.3', dkim=True, delay=0):
    t0 = env.date
    t1 = _step(c, util.plus(t0, delay), 0, 3)
    hdrs = []
    if dkim:
        hdrs.append(('__DKIM__', dict(d=dkim_domain or env.frm_email.split('@')[1], s=selector, c=canon, t=_epoch(t0),
                                      h=h, bits=bits, order=['v', 'a', 'c', 'd', 's', 't', 'h', 'bh'])))
    for hop in (hops or []):
        if callable(hop):
            hdrs.append(('Received', hop(t0)))
        else:
            hdrs.append(('Received', hop))
    hdrs += extra_first or []
    hdrs += env.std(order or ['Date', 'From', 'To', 'Reply-To', 'Message-ID', 'Subject', 'MIME-Version', '__EXTRA__', '__MIME__'])
    hdrs += extra_last or []
    connect = dict(helo=host, rdns=host, ip=ip, tls=tls)
    return hdrs, connect, {'spf': 'pass'}, t1


# ------------------------------------------------------------------ OVHcloud hosted mail (MX Plan)
def ovh(c, env, client_ip='31.0.65.210', xmailer=None, ua=None, auth_sender=True):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    t2 = _step(c, t1, 0, 2)
    player = 'player%d.ha.ovh.net' % r.randint(100, 900)
    mo = 'mo%d.mail-out.ovh.net' % r.randint(500, 700)
    hdrs = []
    hdrs.append(('Received', 'from %s (unknown [10.%d.%d.%d])' % (player, r.randint(100, 111), r.randint(1, 250), r.randint(1, 250)) +
                 CRLF + '\tby %s (Postfix) with ESMTP id 4d%s' % (mo, c.alnum(10)) + CRLF +
                 '\tfor <%s>; %s' % (env.rcpt[0], util.fmt_date(t2, 'UTC', comment=True))))
    hdrs.append(('Received', 'from %s (%s [%s])' % ('[192.168.1.%d]' % r.randint(2, 90), 'unknown', client_ip) + CRLF +
                 ('\t(Authenticated sender: %s)' % env.env_from + CRLF if auth_sender else '') +
                 '\tby %s (Postfix) with ESMTPSA id %s;' % (player, c.hex(12, True)) + CRLF +
                 '\t%s' % util.fmt_date(t1, 'UTC', comment=True)))
    hdrs.append(('Authentication-Results', 'garm-%d%s.ovh.net; auth=pass (GARM-%dR00%d%s%s, %s) smtp.auth=%s' % (
        r.randint(100, 110), r.choice('RS'), r.randint(100, 110), r.randint(1, 9), c.hex(6), 'd' + c.hex(6),
        c.guid(), env.env_from)))
    hdrs.append(('X-OVh-ClientIp', client_ip))
    hdrs += env.std(['Message-ID', 'Date', 'MIME-Version', 'User-Agent' if False else 'Subject', 'To', 'From',
                     'Reply-To', '__EXTRA__', '__MIME__'])
    if ua:
        hdrs.insert(len(hdrs) - 4, ('User-Agent', ua))
    if xmailer:
        hdrs.append(('X-Mailer', xmailer))
    hdrs += [('X-Ovh-Tracer-Id', str(r.randint(10 ** 18, 9 * 10 ** 18))),
             ('X-VR-SPAMSTATE', 'OK'), ('X-VR-SPAMSCORE', '0'),
             ('X-VR-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeftddrgedugdekiecutefuodetggdotefrodftvfcurfhrohhfihhlvgemucfqggfjpdevjffgvefmvefgnecuuegrihhlohhuthemucehtddtnecunecujfgurhepkfffgggfuffvfhfhjggtgfesth' + c.lower(40))]
    n = r.randint(1, 250)
    connect = dict(helo=mo, rdns=mo, ip='46.105.%d.%d' % (r.choice([45, 63, 79, 121]), n), tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t2


# ------------------------------------------------------------------ Zoho Mail (EU)
def zoho(c, env, client_ip='81.33.140.201'):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 2)
    dom = env.frm_email.split('@')[1]
    hdrs = []
    hdrs.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;' % _epoch(t1) + CRLF + '\td=zohomail.eu; s=zohoarc; ' + CRLF +
                 '\tb=' + _wrap(c.b64(256), 72, CRLF + '\t')))
    hdrs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; t=%d;' % _epoch(t1) +
                 CRLF + '\th=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc;' +
                 CRLF + '\tbh=' + mime.dkim_bh(b'') + ';' + CRLF + '\tb=' + _wrap(c.b64(256), 72, CRLF + '\t')))
    hdrs.append(('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;' + CRLF + '\tdkim=pass  header.i=%s;' % dom + CRLF +
                 '\tspf=pass  smtp.mailfrom=%s;' % env.env_from + CRLF + '\tdmarc=pass header.from=<%s>' % env.frm_email))
    hdrs.append(('__DKIM__', dict(d=dom, s='zmail', c='relaxed/relaxed', t=_epoch(t1), i=env.frm_email,
                                  h='Date:Date:From:From:To:To:Message-ID:Subject:Subject:MIME-Version:Content-Type:Message-Id:Reply-To',
                                  order=['v', 'a', 'c', 's', 'd', 't', 'i', 'h', 'bh'])))
    hdrs.append(('Received', 'by mx.zoho.eu with SMTPS id %d%d.%d;' % (_epoch(t0), r.randint(100, 999), r.randint(10 ** 17, 10 ** 18)) +
                 CRLF + '\t%s' % util.fmt_date(t1, 'UTC').replace('+0000', '-0800 (PST)') if False else
                 'by mx.zoho.eu with SMTPS id %d%d.%d; %s' % (_epoch(t0), r.randint(100, 999), r.randint(10 ** 17, 10 ** 18),
                                                              util.fmt_date(t1, 'UTC') + ' (UTC)')))
    hdrs += env.std(['Date', 'From', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MIME-Version',
                     '__MIME__', 'Reply-To', '__EXTRA__'])
    hdrs += [('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail'),
             ('X-Zoho-Virus-Status', '1'), ('X-Zoho-AV-Stamp', 'zmail-av-1.4.3/%s' % util.local(t0, 'UTC').strftime('%Y%m%d')),
             ('X-ZohoMailClient', 'External')]
    n = r.randint(10, 40)
    connect = dict(helo='sender4-op-o%d.zoho.eu' % n, rdns='sender4-op-o%d.zoho.eu' % n, ip='136.143.169.%d' % n, tls='1.2')
    return hdrs, connect, {'spf': 'pass'}, t1


def zoho_msgid(c, dom):
    return '%s.%s.%d@%s' % (c.hex(11), c.hex(16), c.randint(10 ** 18, 10 ** 19 - 1), dom)


# ------------------------------------------------------------------ Google service notifications (Forms, accounts)
def google_service(c, env, dkim_domain='google.com'):
    r = c.rng
    t0 = env.date
    t1 = _step(c, t0, 0, 1)
    n = r.randint(65, 73)
    host = 'mail-sor-f%d.google.com' % n
    hdrs = [('Received', 'by %s with SMTP id %s-%s.%d' % (host, c.hex(12), c.hex(10), r.randint(1, 20)) + CRLF +
             '        for <%s>' % env.rcpt[0] + CRLF + '        (Google Transport Security);' + CRLF +
             '        %s' % util.fmt_date(t1, 'US-PT', comment=True))]
    hdrs.append(('__DKIM__', dict(d=dkim_domain, s='20230601', c='relaxed/relaxed', t=_epoch(t0), x=_epoch(t0) + 604800,
                                  indent='        ', extra=[('darn', 'example.com')] if env.rcpt[0].endswith('example.com') else [('darn', 'examplegroup.eu')],
                                  h='reply-to:mime-version:message-id:date:subject:from:to:content-type', order=['v', 'a', 'c', 'd', 's', 't', 'x', 'darn', 'h', 'bh'])))
    hdrs.append(('X-Google-Smtp-Source', 'AGHT+I' + c.b64(60)[:80]))
    hdrs.append(('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;' % (
        r.randint(0x6000, 0x6fff), r.randint(0x1000, 0xffff), r.randint(0x300, 0x4ff), r.randint(0x1000, 0xffff),
        r.randint(0x1000, 0xffff), c.hex(12), r.randint(1, 9), r.randint(10 ** 12, 2 * 10 ** 12)) + CRLF +
        '        %s' % util.fmt_date(t0, 'US-PT', comment=True)))
    hdrs += env.std(['Reply-To', 'MIME-Version', 'Date', 'Message-ID', 'Subject', 'From', 'To', '__EXTRA__', '__MIME__'])
    connect = dict(helo=host, rdns=host, ip='209.85.220.%d' % n, tls='1.3')
    return hdrs, connect, {'spf': 'pass'}, t1
