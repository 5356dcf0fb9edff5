"""Sending-system profiles.  Each profile knows how its system writes
Message-IDs, MIME boundaries, the headers it adds, its Received hops and its
DKIM signatures, and produces the complete header block of the message as
mx01.example.com stored it (Return-Path, Authentication-Results, mx01's
Received line, then everything the sending side wrote)."""
from . import mime
from .mime import rfc_date, plus, epoch

MX = 'mx01.example.com'

# DMARC policies of the domains that appear in the set (None = no record)
DMARC = {
    'example.com': 'quarantine', 'examplegroup.eu': 'quarantine',
    'lieferant-gmbh.de': 'none', 'ferretti-trasporti.it': 'quarantine', 'partner-logistik.pl': None,
    'gmail.com': 'none', 'googlemail.com': 'none', 'google.com': 'reject', 'accounts.google.com': 'reject',
    'gmx.de': 'none', 'gmx.net': 'none', 'web.de': 'none', 'outlook.com': 'none', 'hotmail.com': 'none',
    'microsoft.com': 'reject', 'docusign.net': 'reject', 'paypal.com': 'reject', 'dropbox.com': 'reject',
    'mail.ru': 'reject', 'yandex.ru': 'reject', 'libero.it': 'none', 'canva.com': 'reject', 'adobe.com': 'reject',
    'adobesign.com': 'reject', 'service.gov.uk': 'reject', 'notifications.service.gov.uk': 'reject',
    'tax.service.gov.uk': 'reject', 'trans.eu': 'quarantine', 'elster.de': 'reject', 'bundesanzeiger.de': 'quarantine',
    'zus.pl': 'reject', 'correo.aeat.es': 'reject', 'aeat.es': 'reject', 'mbank.pl': 'reject',
    'unicredit.it': 'reject', 'acscourier.net': 'quarantine', 'kontur.ru': 'reject', 'sberbank.ru': 'reject',
    'sberbank.com': 'reject', 'fertilizerseurope.com': 'none', 'anglia-crop.co.uk': 'quarantine',
    'agrosuministros-guadalquivir.es': 'none', 'consorzio-agrario-padano.it': 'none',
    'agroefodia-thessalias.gr': None, 'uralkhimtorg.ru': 'none', 'landhandel-brunnert.de': None,
    'sistemas-onubenses.es': 'none', 'agro-trials.gr': None, 'translogistik-m.ru': 'none',
    'sharepointonline.com': 'reject', 'raiffeisen.ru': 'reject', 'diadoc.kontur.ru': 'reject', 'acscourier.net': 'quarantine',
    'unicredit.it': 'reject', 'smtpservice.net': None,
}

MULTI_SUFFIX = ('co.uk', 'com.pl', 'com.gr', 'gov.uk', 'service.gov.uk', 'com.es', 'co.it', 'org.uk', 'com.ru')


def org_domain(d):
    d = d.lower()
    parts = d.split('.')
    for suf in MULTI_SUFFIX:
        if d.endswith('.' + suf):
            n = len(suf.split('.')) + 1
            return '.'.join(parts[-n:])
    return '.'.join(parts[-2:])


def dmarc_policy(from_domain):
    d = from_domain.lower()
    while True:
        if d in DMARC:
            return DMARC[d]
        if '.' not in d:
            return None
        d = d.split('.', 1)[1]
        if d.count('.') == 0:
            return DMARC.get(d)


# ------------------------------------------------------------------ pieces

def dkim_signature(m, d, s, h, t=None, bits=2048, x=None, style='tab', extra_tags='', ed25519=False):
    bh = m.b64(32)
    b = m.b64(64 if ed25519 else bits // 8)
    tags = ['v=1', 'a=%s' % ('ed25519-sha256' if ed25519 else 'rsa-sha256'), 'c=relaxed/relaxed', 'd=%s' % d, 's=%s' % s]
    if t is not None:
        tags.append('t=%d' % epoch(t))
    if x is not None:
        tags.append('x=%d' % epoch(x))
    if extra_tags:
        tags.append(extra_tags)
    tags.append('h=%s' % h)
    tags.append('bh=%s' % bh)
    head = ''
    line = ''
    for tag in tags:
        piece = tag + '; '
        if len(line) + len(piece) > 70 and line:
            head += line.rstrip() + '\n\t'
            line = ''
        line += piece
    head += line.rstrip()
    bl = ['b=' + b[:60]] + [b[i:i + 72] for i in range(60, len(b), 72)]
    value = head + '\n\t' + '\n\t '.join(bl)
    return ('DKIM-Signature', value), b[:8]


def received_mx01(m, helo, rdns, ip, t, tls='1.3', cert='none'):
    rc = m.env_rcpts()
    lines = ['from %s (%s [%s])' % (helo, rdns or 'unknown', ip)]
    if tls == '1.3':
        lines.append('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
    elif tls == '1.3-128':
        lines.append('(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
    elif tls == '1.2':
        lines.append('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))')
    if tls:
        lines.append('(No client certificate requested)' if cert == 'none' else '(Client did not present a certificate)')
    lines.append('by %s (Postfix) with %s id %s' % (MX, 'ESMTPS' if tls else 'ESMTP', m.qid()))
    head = '\n\t'.join(lines)
    if len(rc) == 1:
        head += '\n\tfor <%s>; %s' % (rc[0], rfc_date(t, 'CET', comment=True))
    else:
        head += ';\n\t%s' % rfc_date(t, 'CET', comment=True)
    return ('Received', head)


def auth_results(m, ip, helo, mailfrom, spf, dkim, arc=None, dmarc='auto', from_domain=None):
    """dkim: list of (domain, selector, result, bshort); spf: pass|fail|softfail|none|neutral."""
    fd = (from_domain or m.from_domain()).lower()
    parts = []
    if not dkim:
        parts.append('dkim=none')
    for d, s, res, bshort in dkim:
        if res == 'pass':
            parts.append('dkim=pass header.d=%s header.s=%s header.b=%s' % (d, s, bshort))
        else:
            parts.append('dkim=%s ("%s") header.d=%s header.s=%s header.b=%s' % (
                res, 'body hash did not verify' if res == 'fail' else 'unable to verify', d, s, bshort))
    if arc:
        parts.append(arc)
    mf = mailfrom or ('postmaster@' + helo)
    mfd = mf.split('@')[-1].lower() if mf else ''
    if spf == 'pass':
        parts.append('spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (MX, mf, ip, mf))
    elif spf == 'fail':
        parts.append('spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (MX, mf, ip, mf))
    elif spf == 'softfail':
        parts.append('spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (MX, mf, ip, mf))
    elif spf == 'none':
        parts.append('spf=none (%s: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s' % (MX, mf, ip, mf))
    elif spf == 'neutral':
        parts.append('spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (MX, ip, mf, mf))
    if dmarc == 'auto':
        pol = dmarc_policy(fd)
        od = org_domain(fd)
        aligned = any(r == 'pass' and org_domain(d) == od for d, _, r, _ in dkim) or (spf == 'pass' and org_domain(mfd) == od)
        if pol is None:
            parts.append('dmarc=none')
        elif aligned:
            parts.append('dmarc=pass (policy=%s) header.from=%s' % (pol, fd))
        else:
            parts.append('dmarc=fail reason="SPF not aligned (relaxed), DKIM not aligned (relaxed)" header.from=%s (policy=%s)' % (fd, pol))
    elif dmarc:
        parts.append(dmarc)
    return ('Authentication-Results', MX + ';\n\t' + ';\n\t'.join(parts))


def msg_headers(m, order, extra_map=None):
    """Standard message headers in the given order. Keys: from, to, cc, subject,
    date, msgid, mime, irt, refs, replyto, sender, plus extra_map entries."""
    out = []
    for k in order:
        if k == 'from':
            out.append(('From', m.fmt(m.frm)))
        elif k == 'to':
            if m.to:
                out.append(('To', m.fmt_list(m.to)))
            else:
                out.append(('To', 'undisclosed-recipients:;'))
        elif k == 'cc':
            if m.cc:
                out.append(('CC' if getattr(m, 'cc_upper', False) else 'Cc', m.fmt_list(m.cc)))
        elif k == 'subject':
            out.append(('Subject', m.subj()))
        elif k == 'date':
            out.append(('Date', m.date_hdr))
        elif k == 'msgid':
            out.append(('Message-ID', m.msgid))
        elif k == 'msgid_caps':
            out.append(('Message-Id', m.msgid))
        elif k == 'mime':
            out.append(('MIME-Version', '1.0'))
        elif k == 'body':
            out.append(('__MIME__', None))
        elif k == 'irt':
            if m.in_reply_to:
                out.append(('In-Reply-To', m.in_reply_to))
        elif k == 'refs':
            if m.references:
                out.append(('References', m.references))
        elif k == 'replyto':
            if m.reply_to:
                out.append(('Reply-To', m.fmt(m.reply_to)))
        elif k == 'sender':
            if m.sender:
                out.append(('Sender', m.fmt(m.sender)))
        elif k == 'extra':
            out.extend(m.extra)
        elif extra_map and k in extra_map:
            v = extra_map[k]
            if v is not None:
                out.extend(v if isinstance(v, list) else [v])
    return out



# ------------------------------------------------------------ Outlook identifiers

def filetime(t):
    return (epoch(t) + 11644473600) * 10 ** 7 + t.microsecond * 10


def outlook_ids(m):
    """Outlook (MAPI over IMAP/SMTP) Message-ID and boundary seeds derived from the send time."""
    if not hasattr(m, '_olk'):
        ft = filetime(m.t) + m.rng.randrange(10 ** 7)
        m._olk = dict(hi=ft >> 32, lo=ft & 0xffffffff, seq=m.rng.randrange(1, 0x40), rnd=m.rng.getrandbits(32))
    return m._olk


def outlook_msgid(m, domain):
    o = outlook_ids(m)
    return '<%04x%08x$%08x$%08x$@%s>' % (o['seq'], o['hi'], o['lo'], o['rnd'], domain)


def outlook_boundary(m, i):
    o = outlook_ids(m)
    return '----=_NextPart_%03d_%04X_%08X.%08X' % (i, o['seq'] + i, o['hi'], o['lo'])


def thread_index(m):
    import base64
    ft = filetime(m.t)
    raw = (ft >> 16).to_bytes(8, 'big')[-6:] + m.bytes(16)
    return base64.b64encode(raw).decode('ascii')


def exim_id(m):
    a62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
    return '1v%s-00000000%s-%s' % (''.join(m.rng.choice(a62) for _ in range(4)), ''.join(m.rng.choice(a62) for _ in range(3)),
                                    ''.join(m.rng.choice(a62) for _ in range(4)))


class Profile:
    """Base: subclasses fill trace() and message-level header order."""
    zone = 'CET'

    def __init__(self, m, **kw):
        self.m = m
        self.kw = kw
        m.sys = self
        self.setup()

    def setup(self):
        pass

    def boundary(self, i=0):
        return '----=_Part_%d_%s.%d' % (self.m.rng.randrange(10 ** 6), self.m.digits(9), epoch(self.m.t) * 1000)

    def date_header(self):
        return rfc_date(self.m.t, self.zone)

    def finish(self, root):
        m = self.m
        if m.msgid is None:
            m.msgid = self.make_msgid()
        m.date_hdr = self.date_header()
        hdrs = self.headers(root)
        m.raw = mime.build(hdrs, root)
        return m.raw

    def top(self, helo, rdns, ip, arrive, mailfrom, spf, dkim, tls='1.3', arc=None, dmarc='auto', from_domain=None,
            cert='none', return_path=None):
        m = self.m
        rp = return_path if return_path is not None else mailfrom
        return [('Return-Path', '<%s>' % rp),
                auth_results(m, ip, helo, mailfrom, spf, dkim, arc=arc, dmarc=dmarc, from_domain=from_domain),
                received_mx01(m, helo, rdns, ip, arrive, tls, cert)]


# ------------------------------------------------------------ Exchange 2019 (internal)

class ExchangeInternal(Profile):
    """Mail from Example Group's own Exchange 2019 DAG via mail-int01."""
    def setup(self):
        m = self.m
        self.srv = self.kw.get('server', m.rng.choice(['EXCH01', 'EXCH02']))
        self.hub = 'EXCH02' if self.srv == 'EXCH01' else 'EXCH01'
        self.ips = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}
        self.ll = {'EXCH01': 'fe80::8d3c:1f2a:9b0e:44c1', 'EXCH02': 'fe80::5c71:a0d2:3e18:9b07'}
        self.tok = m.hex(32)
        self.client = self.kw.get('client', 'outlook')
        self.build = '15.2.1748.36'

    def boundary(self, i=0):
        kind = ['000', '004', '003', '002'][i]
        return '_%s_%s%scorpexamplecom_' % (kind, self.tok, self.srv)

    def make_msgid(self):
        return '<%s@%s.corp.example.com>' % (self.tok, self.srv)

    def date_header(self):
        return rfc_date(self.m.t, self.kw.get('zone', 'CET'))

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(0, 1))
        t3 = plus(t2, seconds=m.rng.randint(1, 2))
        hops = [received_mx01(m, 'mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', t3, '1.2')]
        rc = m.env_rcpts()
        qid = m.qid()
        hops.append(('Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(Client did not present a certificate)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s%s'
                     % (self.hub, self.hub.lower(), self.ips[self.hub], qid,
                        ('\n\tfor <%s>; %s' % (rc[0], rfc_date(t2, 'CET', comment=True))) if len(rc) == 1 else ';\n\t' + rfc_date(t2, 'CET', comment=True))))
        hops.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
                     % (self.srv, self.ips[self.srv], self.hub, self.ips[self.hub], self.build, rfc_date(t1, 'CET'))))
        hops.append(('Received', 'from %s.corp.example.com ([%s]) by %s.corp.example.com\n ([%s%%12]) with mapi id 15.02.1748.036; %s'
                     % (self.srv, self.ll[self.srv], self.srv, self.ll[self.srv], rfc_date(t0, 'CET'))))
        top = [('Return-Path', '<%s>' % (m.mailfrom or m.frm[1]))] + hops
        has_att = 'yes' if self.kw.get('has_attach') else ''
        lang = self.kw.get('lang', 'de-DE')
        tidx = thread_index(m)
        body = msg_headers(m, ['from', 'to', 'cc', 'subject'])
        body.append(('Thread-Topic', mime.hdr_text(self.kw.get('topic', m.subject), m.hdr_charset, m.hdr_enc)))
        body.append(('Thread-Index', self.kw.get('thread_index', tidx)))
        body += msg_headers(m, ['date', 'msgid', 'refs', 'irt'])
        body.append(('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US, de-DE'))
        body.append(('Content-Language', lang))
        body.append(('X-MS-Has-Attach', has_att))
        body.append(('X-MS-TNEF-Correlator', ''))
        body += m.extra
        body.append(('x-ms-exchange-transport-fromentityheader', 'Hosted'))
        body.append(('x-originating-ip', '[%s]' % self.kw.get('client_ip', '10.20.%d.%d' % (m.rng.randint(10, 40), m.rng.randint(20, 230)))))
        body.append(('__MIME__', None))
        body.append(('MIME-Version', '1.0'))
        return top + body


class ExchangeSystem(ExchangeInternal):
    """System-generated message (quota warnings etc.) from the Exchange org."""
    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=1)
        t2 = plus(t1, seconds=1)
        hops = [received_mx01(m, 'mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', t2, '1.2')]
        rc = m.env_rcpts()
        hops.append(('Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(Client did not present a certificate)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                     % (self.srv, self.srv.lower(), self.ips[self.srv], m.qid(), rc[0], rfc_date(t1, 'CET', comment=True))))
        hops.append(('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server id %s via Mailbox Transport; %s'
                     % (self.srv, self.ips[self.srv], self.srv, self.ips[self.srv], self.build, rfc_date(t0, 'CET'))))
        top = [('Return-Path', '<>')] + hops
        body = msg_headers(m, ['from', 'to', 'subject', 'date', 'msgid', 'mime'])
        body += m.extra
        body.append(('Content-Language', self.kw.get('lang', 'en-US')))
        body.append(('__MIME__', None))
        return top + body


# ------------------------------------------------------------ Microsoft 365 (tenant)

class M365(Profile):
    """Outbound from an Exchange Online tenant.
    kw: tenant (dict: domain, id, pod, mbx, dkim ('custom'|'onmicrosoft'|None), onms, lang),
        client ('outlook'|'owa'|'smtp'|'system'), mailfrom."""
    zone = 'UTC'

    def setup(self):
        m = self.m
        tn = self.kw['tenant']
        self.tn = tn
        self.mbx = tn.get('mbx') or 'AM9PR08MB%04d' % m.rng.randint(1000, 9999)
        self.pod = tn.get('pod', 'eurprd08')
        self.fe = tn.get('fe') or 'PA4PR08MB%04d' % m.rng.randint(1000, 9999)
        self.code = self.mbx[:8]
        self.tok = self.mbx + m.hex(28, True)
        self.ip_last = m.rng.randint(20, 250)
        self.region = tn.get('region', ['EUR05-AM6', 'EUR03-DBA', 'EUR02-VI1', 'EUR01-HE1', 'EUR04-DB3'][m.rng.randrange(5)])

    def boundary(self, i=0):
        kind = ['000', '004', '003', '005'][i]
        return '_%s_%s%s%s_' % (kind, self.tok, self.mbx, self.pod[:4].lower())

    def make_msgid(self):
        return '<%s@%s.%s.prod.outlook.com>' % (self.tok, self.mbx, self.pod)

    def date_header(self):
        return rfc_date(self.m.t, 'UTC')

    def headers(self, root):
        m = self.m
        tn = self.tn
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        region = self.region
        zone_code = region.split('-')[1].lower()
        eurn = region.split('-')[0].lower()
        ip = tn.get('ip') or '40.107.%d.%d' % (m.rng.choice([20, 21, 22, 103, 104, 105, 130, 131, 159, 162, 241, 247]), self.ip_last)
        rdns = 'mail-%s%son2%03d.outbound.protection.outlook.com' % (zone_code, eurn, int(ip.split('.')[-1]))
        helo = '%s-obe.outbound.protection.outlook.com' % region
        fd = m.from_domain()
        mailfrom = self.kw.get('mailfrom', m.frm[1])
        dk = []
        dkim_hdr = None
        sel = 'selector%d' % m.rng.choice((1, 2))
        h = 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'
        mode = tn.get('dkim', 'custom')
        if mode == 'custom':
            dkim_hdr, bs = dkim_signature(m, tn['domain'], sel, h)
            dk.append((tn['domain'], sel, 'pass', bs))
        elif mode == 'onmicrosoft':
            dd = tn['onms']
            dkim_hdr, bs = dkim_signature(m, dd, sel, h)
            dk.append((dd, sel, 'pass', bs))
        arc_res = 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=%s header.d=%s; arc=none' % (
            mailfrom.split('@')[1], fd, 'pass' if dk else 'none', dk[0][0] if dk else 'none')
        arc_seal = ('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + '\n '.join(self._chunks(m.b64(256))))
        arc_ms = ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s'
                  % (m.b64(32), '\n '.join(self._chunks(m.b64(256)))))
        arc_ar = ('ARC-Authentication-Results', arc_res)
        top = self.top(helo, rdns, ip, t2, mailfrom, 'pass', dk, tls='1.3' if m.rng.random() < 0.7 else '1.2',
                       arc='arc=pass ("microsoft.com:s=arcselector10001:i=1")')
        trace = [arc_seal, arc_ms, arc_ar]
        if dkim_hdr:
            trace.append(dkim_hdr)
        trace.append(('Received', 'from %s.%s.prod.outlook.com (2603:10a6:%x:%x::%x) by\n %s.%s.prod.outlook.com (2603:10a6:%x:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.%d; %s'
                      % (self.mbx, self.pod, m.rng.randint(16, 800), m.rng.randint(16, 999), m.rng.randint(1, 30), self.fe, self.pod,
                         m.rng.randint(16, 800), m.rng.randint(16, 999), m.rng.randint(1, 30), m.rng.randint(10, 30), rfc_date(t1, 'UTC'))))
        ll = 'fe80::%x:%x:%x:%x' % tuple(m.rng.randint(0x100, 0xffff) for _ in range(4))
        if self.kw.get('client', 'outlook') == 'system':
            pass
        elif self.kw.get('client', 'outlook') != 'smtp':
            trace.append(('Received', 'from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%%d]) with mapi id 15.20.9412.%03d; %s'
                          % (self.mbx, self.pod, ll, self.mbx, self.pod, ll, m.rng.randint(2, 7), m.rng.randint(10, 30), rfc_date(t0, 'UTC'))))
        else:
            trace.append(('Received', 'from [%s] by %s.%s.prod.outlook.com with\n HTTP via %s.%s.PROD.OUTLOOK.COM; %s'
                          % (self.kw.get('client_ip', '93.57.%d.%d' % (m.rng.randint(1, 250), m.rng.randint(1, 250))), self.mbx, self.pod,
                             self.fe, self.pod.upper(), rfc_date(t0, 'UTC'))))
        client = self.kw.get('client', 'outlook')
        lang = tn.get('lang', 'en-US')
        body = msg_headers(m, ['from', 'sender', 'to', 'cc', 'replyto', 'subject'])
        if client in ('outlook', 'owa'):
            body.append(('Thread-Topic', mime.hdr_text(self.kw.get('topic', m.subject), m.hdr_charset, m.hdr_enc)))
            body.append(('Thread-Index', self.kw.get('thread_index') or thread_index(m)))
        body += msg_headers(m, ['date', 'msgid', 'refs', 'irt'])
        if client in ('outlook', 'owa'):
            body.append(('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'))
            body.append(('Content-Language', lang))
            body.append(('X-MS-Has-Attach', 'yes' if self.kw.get('has_attach') else ''))
            body.append(('X-MS-TNEF-Correlator', ''))
            body.append(('msip_labels', ''))
        body += m.extra
        body.append(('authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % fd))
        body.append(('x-ms-publictraffictype', 'Email'))
        body.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (self.mbx, self.fe)))
        body.append(('x-ms-office365-filtering-correlation-id', m.guid()))
        body.append(('x-ms-exchange-senderadcheck', '1'))
        body.append(('x-ms-exchange-antispam-relay', '0'))
        body.append(('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'))
        body.append(('x-microsoft-antispam-message-info', '\n ' + '\n '.join(self._chunks(m.b64(330), 76))))
        body.append(('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.prod.outlook.com;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1102;'
                     % (lang.split('-')[0], self.mbx, self.pod)))
        body.append(('x-ms-exchange-antispam-messagedata-chunkcount', '1'))
        body.append(('x-ms-exchange-antispam-messagedata-0', '\n ' + '\n '.join(self._chunks(m.b64(420), 76))))
        body.append(('__MIME__', None))
        body.append(('MIME-Version', '1.0'))
        org = tn.get('org', tn['domain'])
        body.append(('X-OriginatorOrg', org))
        body.append(('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'))
        body.append(('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.prod.outlook.com' % (self.mbx, self.pod)))
        body.append(('X-MS-Exchange-CrossTenant-Network-Message-Id', m.guid()))
        body.append(('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s (UTC)' % rfc_date(t0, 'UTC', frac='.%04d' % m.rng.randint(0, 9999)).split(', ', 1)[1].rsplit(' ', 1)[0]))
        body.append(('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'))
        body.append(('X-MS-Exchange-CrossTenant-id', tn['id']))
        body.append(('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'))
        body.append(('X-MS-Exchange-CrossTenant-userprincipalname', m.b64(60)))
        body.append(('X-MS-Exchange-Transport-CrossTenantHeadersStamped', self.fe))
        return top + trace + body

    @staticmethod
    def _chunks(s, n=64):
        return [s[i:i + n] for i in range(0, len(s), n)]


class OutlookConsumer(M365):
    """outlook.com / hotmail.com consumer mailboxes."""
    def setup(self):
        m = self.m
        self.mbx = 'DU0P192MB%04d' % m.rng.randint(1000, 9999)
        self.pod = 'EURP192'
        self.fe = self.mbx
        self.tok = self.mbx + m.hex(28, True)
        self.tn = dict(domain=m.from_domain(), id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa')

    def make_msgid(self):
        return '<%s@%s.EURP192.PROD.OUTLOOK.COM>' % (self.tok, self.mbx)

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=1)
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        last = m.rng.randint(10, 250)
        ip = '40.92.%d.%d' % (m.rng.choice([58, 59, 64, 65, 90, 91, 99, 107]), last)
        rdns = 'mail-db8eur05olkn2%03d.outbound.protection.outlook.com' % last
        helo = 'EUR05-DB8-obe.outbound.protection.outlook.com'
        sig, bs = dkim_signature(m, 'outlook.com', 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')
        top = self.top(helo, rdns, ip, t2, m.frm[1], 'pass', [('outlook.com', 'selector1', 'pass', bs)], tls='1.2',
                       arc='arc=pass ("microsoft.com:s=arcselector10001:i=1")')
        trace = [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + '\n '.join(self._chunks(m.b64(256)))),
                 ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s' % (m.b64(32), '\n '.join(self._chunks(m.b64(256))))),
                 ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none'),
                 sig,
                 ('Received', 'from %s.EURP192.PROD.OUTLOOK.COM (2603:10a6:10:%x::%x)\n by %s.EURP192.PROD.OUTLOOK.COM (2603:10a6:10:%x::%x) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9412.%d; %s'
                  % (self.mbx, m.rng.randint(100, 999), m.rng.randint(1, 20), self.mbx, m.rng.randint(100, 999), m.rng.randint(1, 20), m.rng.randint(10, 30), rfc_date(t1, 'UTC'))),
                 ('Received', 'from %s.EURP192.PROD.OUTLOOK.COM\n ([fe80::%x:%x:%x:%x]) by %s.EURP192.PROD.OUTLOOK.COM\n ([fe80::%x:%x:%x:%x%%6]) with mapi id 15.20.9412.%03d; %s'
                  % ((self.mbx,) + tuple(m.rng.randint(0x100, 0xffff) for _ in range(4)) + (self.mbx,) + tuple(m.rng.randint(0x100, 0xffff) for _ in range(4)) + (m.rng.randint(10, 30), rfc_date(t0, 'UTC'))))]
        body = msg_headers(m, ['from', 'to', 'cc', 'replyto', 'subject', 'date', 'msgid', 'irt', 'refs'])
        if self.kw.get('client', 'owa') == 'owa':
            body += [('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', 'yes' if self.kw.get('has_attach') else ''),
                     ('X-MS-TNEF-Correlator', ''), ('msip_labels', '')]
        body += m.extra
        body += [('x-ms-exchange-messagesentrepresentingtype', '1'), ('x-tmn', '[%s]' % m.b64(24)),
                 ('x-ms-publictraffictype', 'Email'), ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (self.mbx, self.mbx)),
                 ('x-microsoft-antispam', 'BCL:0;ARA:14566002|8060799006|15080799006|19110799003|461199028|440099028|3412199025;'),
                 ('__MIME__', None), ('MIME-Version', '1.0'), ('X-OriginatorOrg', 'sct-15-20-8534-20-msonline-outlook-a1ccd.templateTenant'),
                 ('X-MS-Exchange-CrossTenant-Network-Message-Id', m.guid()), ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                 ('X-MS-Exchange-CrossTenant-AuthSource', '%s.EURP192.PROD.OUTLOOK.COM' % self.mbx),
                 ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'), ('X-MS-Exchange-CrossTenant-id', '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'),
                 ('X-MS-Exchange-CrossTenant-rms-persistedconsumerorg', '00000000-0000-0000-0000-000000000000'),
                 ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', self.mbx)]
        return top + trace + body


# ------------------------------------------------------------ Google

class Gmail(Profile):
    """Gmail consumer or Google Workspace (kw domain=...)."""
    def setup(self):
        m = self.m
        self.zone = self.kw.get('zone', 'CET')
        self.host = self.kw.get('host') or 'mail-%s-f%d.google.com' % (m.rng.choice(['ed1', 'ej1', 'wr1', 'wm1', 'lf1', 'lj1']), m.rng.randint(41, 72))
        self.ip = '209.85.%d.%d' % ({'ed1': 208, 'ej1': 218, 'wr1': 221, 'wm1': 128, 'lf1': 167, 'lj1': 208}[self.host.split('-')[1]], int(self.host.split('-f')[1].split('.')[0]))
        self.b = '0000000000' + m.hex(18)

    def boundary(self, i=0):
        if i == 0:
            return self.b
        return '0000000000' + self.m.hex(18)

    def make_msgid(self):
        m = self.m
        return '<CA%s@mail.gmail.com>' % (m.rng.choice(['K', 'J', 'E', 'M', 'P', 'F']) + m.alnum(1) + '+' + m.b64(36).replace('/', '_').replace('=', '') + '')[:60]

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(1, 2), ms=m.rng.randint(0, 999))
        t2 = plus(t1, seconds=m.rng.randint(0, 2))
        dom = self.kw.get('domain')
        rc = m.env_rcpts()
        sig_h = 'to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to'
        dks = []
        if dom:
            sig, bs = dkim_signature(m, dom, 'google', sig_h, t=t0, x=plus(t0, seconds=604800), extra_tags='darn=example.com')
            dks.append((dom, 'google', 'pass', bs))
        else:
            sig, bs = dkim_signature(m, 'gmail.com', '20230601', sig_h, t=t0, x=plus(t0, seconds=604800), extra_tags='darn=example.com')
            dks.append(('gmail.com', '20230601', 'pass', bs))
        xsig, _ = dkim_signature(m, '1e100.net', '20230601', 'x-gm-message-state:from:to:cc:subject:date:message-id:reply-to', t=t0, x=plus(t0, seconds=604800))
        xsig = ('X-Google-DKIM-Signature', xsig[1])
        top = self.top(self.host, self.host, self.ip, t2, m.mailfrom or m.frm[1], 'pass', dks, tls='1.3-128')
        sid = '%s-%s' % (m.rng.choice(['4fb4d7f45d1cf', 'a640c23a62f3a', '5b1f17b1804b1', '2adb3069b0e04']), m.alnum(13, '0123456789abcdef'))
        trace = [('Received', 'by %s with SMTP id %s%s.%d%s;\n        %s' % (
            self.host, sid, m.alnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.rng.randint(1, 9),
            ('\n        for <%s>' % rc[0]) if len(rc) == 1 else '', rfc_date(t1, 'PT', comment=True))),
            sig, xsig,
            ('X-Gm-Message-State', 'AOJu0Y' + m.b64(48)[:58]),
            ('X-Gm-Gg', 'ASbGnc' + m.b64(60)[:70]),
            ('X-Google-Smtp-Source', 'AGHT+IH' + m.b64(48)[:57]),
            ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s%s.%d.%d;\n        %s' % (
                m.rng.randint(0x6000, 0x6fff), m.rng.randint(0x100, 0xffff), m.rng.randint(0x100, 0xfff), m.rng.randint(0x100, 0xffff), m.rng.randint(0x100, 0xfff),
                sid, 'mr' + m.digits(7), m.rng.randint(1, 9), epoch(t1) * 1000 + m.rng.randint(0, 999), rfc_date(t1, 'PT', comment=True)))]
        if self.kw.get('reply'):
            order = ['mime', 'from', 'date', 'refs', 'irt', 'msgid', 'subject', 'to', 'cc', 'extra', 'body']
        else:
            order = ['mime', 'from', 'date', 'msgid', 'subject', 'to', 'cc', 'replyto', 'extra', 'body']
        return top + trace + msg_headers(m, order)


class GoogleSystem(Profile):
    """Mail generated by Google systems (accounts.google.com, Forms)."""
    zone = 'UTC'

    def setup(self):
        m = self.m
        self.b = '0000000000' + m.hex(18)
        self.ip = '209.85.220.%d' % m.rng.randint(65, 73)
        self.host = 'mail-sor-f%d.google.com' % int(self.ip.split('.')[-1])

    def boundary(self, i=0):
        return self.b if i == 0 else '0000000000' + self.m.hex(18)

    def make_msgid(self):
        return '<%s@google.com>' % (self.m.b64(16, urlsafe=True).rstrip('=') + '.0')

    def date_header(self):
        return rfc_date(self.m.t, 'UTC', pad_day=False)

    def headers(self, root):
        m = self.m
        dom = self.kw.get('dkim_domain', 'accounts.google.com')
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        sig, bs = dkim_signature(m, dom, '20230601', 'to:from:subject:message-id:feedback-id:date:mime-version:from:to:cc:subject:date:message-id:reply-to',
                                 t=t0, x=plus(t0, seconds=604800), extra_tags='darn=example.com')
        mailfrom = self.kw.get('mailfrom')
        top = self.top(self.host, self.host, self.ip, t1, mailfrom, 'pass', [(dom, '20230601', 'pass', bs)], tls='1.3-128')
        rc = m.env_rcpts()
        trace = [('Received', 'by %s with SMTP id %s.%d.%d;\n        %s' % (
            self.host, m.alnum(30, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.rng.randint(1, 9), epoch(t0),
            rfc_date(t0, 'PT', comment=True))), sig,
            ('X-Google-Smtp-Source', 'AGHT+IH' + m.b64(48)[:57]),
            ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s' % (
                m.rng.randint(0x6000, 0x6fff), m.rng.randint(0x100, 0xffff), m.rng.randint(0x100, 0xfff), m.rng.randint(0x100, 0xffff),
                m.rng.randint(0x100, 0xfff), m.alnum(28, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.rng.randint(1, 9), epoch(t0) * 1000 + m.rng.randint(0, 999),
                rfc_date(t0, 'PT', comment=True)))]
        order = ['mime', 'date', 'replyto', 'extra', 'msgid', 'subject', 'from', 'to', 'body']
        return top + trace + msg_headers(m, order)


# ------------------------------------------------------------ generic Postfix org relay

class PostfixOrg(Profile):
    """An organisation's own Postfix relay (optionally OpenDKIM), with an
    internal hop from the submitting client.
    kw: relay (hostname), ip, client ('outlook'|'thunderbird'|'roundcube'|'app'|'apple'),
        client_ip, client_host, dkim (domain, selector) or None, spf result, zone,
        auth_user, extra_hops(list of header tuples placed below the relay hop),
        tls (for mx01), mailfrom, mua (X-Mailer/User-Agent value)"""
    def setup(self):
        m = self.m
        self.zone = self.kw.get('zone', 'CET')
        self.client = self.kw.get('client', 'thunderbird')

    def boundary(self, i=0):
        m = self.m
        c = self.client
        if c == 'outlook':
            return outlook_boundary(m, i)
        if c == 'thunderbird':
            return '------------' + m.alnum(24)
        if c == 'roundcube':
            return '=_' + m.hex(32)
        if c == 'apple':
            return 'Apple-Mail=_' + m.guid(upper=True)
        if c == 'phpmailer':
            return 'b%d_%s' % (i + 1, m.alnum(43))
        if c == 'exchange':
            return '_%03d_%s_' % (i * 4, m.hex(40))
        if c == 'java':
            return '----=_Part_%d_%d.%d' % (m.rng.randint(10000, 999999), m.rng.randint(10 ** 8, 10 ** 9), epoch(m.t) * 1000 + m.rng.randint(0, 999))
        return '=_%s' % m.hex(24)

    def make_msgid(self):
        m = self.m
        dom = m.from_domain()
        c = self.client
        if c == 'outlook':
            return outlook_msgid(m, dom)
        if c == 'thunderbird':
            return '<%s@%s>' % (m.guid(), dom)
        if c == 'roundcube':
            return '<%s@%s>' % (m.hex(32), dom)
        if c == 'apple':
            return '<%s@%s>' % (m.guid(upper=True), dom)
        if c == 'phpmailer':
            return '<%s@%s>' % (m.alnum(43), self.kw.get('msgid_host', dom))
        if c == 'java':
            return '<%d.%d.%d@%s>' % (m.rng.randint(100000000, 2000000000), m.rng.randint(10, 99999), epoch(m.t) * 1000 + m.rng.randint(0, 999), self.kw.get('msgid_host', dom))
        return '<%s.%s@%s>' % (mime.rfc_date(m.t, 'UTC').replace(' ', '')[:0] + '%d' % epoch(m.t), m.hex(16), self.kw.get('msgid_host', dom))

    def headers(self, root):
        m = self.m
        kw = self.kw
        relay = kw['relay']
        ip = kw['ip']
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 2))
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        qid = m.qid()
        mailfrom = kw.get('mailfrom', m.frm[1])
        dks = []
        pre = []
        if kw.get('dkim'):
            d, s = kw['dkim']
            if kw.get('opendkim', True):
                pre.append(('DKIM-Filter', 'OpenDKIM Filter v2.11.0 %s %s' % (relay, qid)))
            sig, bs = dkim_signature(m, d, s, kw.get('dkim_h', 'from:reply-to:subject:date:to:cc:message-id:content-type:mime-version'), t=t1)
            pre.append(sig)
            dks.append((d, s, kw.get('dkim_result', 'pass'), bs))
        rdns = kw.get('rdns', relay)
        top = self.top(kw.get('helo', relay), rdns, ip, t2, mailfrom, kw.get('spf', 'pass'), dks, tls=kw.get('tls', '1.3'),
                       dmarc=kw.get('dmarc', 'auto'))
        rc = m.env_rcpts()
        ch = kw.get('client_host')
        cip = kw.get('client_ip', '192.168.%d.%d' % (m.rng.randint(0, 40), m.rng.randint(10, 240)))
        if kw.get('auth_user'):
            hop = 'from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s' % (
                kw.get('client_helo', '[%s]' % cip), ch or 'unknown', cip, kw['auth_user'], relay, qid)
        else:
            hop = 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s' % (kw.get('client_helo', ch or 'localhost'), ch or 'localhost', cip, relay, qid)
        hop += ('\n\tfor <%s>; %s' % (rc[0], rfc_date(t1, self.zone, comment=True))) if len(rc) == 1 else ';\n\t%s' % rfc_date(t1, self.zone, comment=True)
        trace = pre + [('Received', hop)] + kw.get('extra_hops', [])
        c = self.client
        mua = kw.get('mua')
        if c == 'outlook':
            order = ['from', 'to', 'cc', 'replyto', 'refs', 'irt', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'lang']
            em = {'mua': ('X-Mailer', mua or 'Microsoft Outlook 16.0'), 'thread': ('Thread-Index', kw.get('thread_index') or thread_index(m)),
                  'lang': ('Content-Language', kw.get('lang', 'de'))}
        elif c == 'thunderbird':
            order = ['msgid', 'date', 'mime', 'mua', 'lang', 'to', 'cc', 'refs', 'irt', 'from', 'replyto', 'subject', 'extra', 'body']
            em = {'mua': ('User-Agent', mua or 'Mozilla Thunderbird'), 'lang': ('Content-Language', kw.get('lang', 'de-DE'))}
        elif c == 'roundcube':
            order = ['mime', 'date', 'from', 'to', 'cc', 'subject', 'irt', 'refs', 'replyto', 'mua', 'msgid', 'xsender', 'extra', 'body']
            em = {'mua': ('User-Agent', mua or 'Roundcube Webmail/1.6.9'), 'xsender': ('X-Sender', m.frm[1])}
        elif c == 'apple':
            order = ['body', 'mime', 'subject', 'from', 'irt', 'date', 'cc', 'refs', 'to', 'msgid', 'mua', 'extra']
            em = {'mua': ('X-Mailer', mua or 'iPhone Mail (22B91)')}
        elif c == 'phpmailer':
            order = ['date', 'to', 'from', 'replyto', 'subject', 'msgid', 'mua', 'extra', 'mime', 'body']
            em = {'mua': ('X-Mailer', mua or 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')}
        else:
            order = ['date', 'from', 'sender', 'replyto', 'to', 'cc', 'msgid', 'subject', 'mime', 'body', 'mua', 'extra']
            em = {'mua': ('X-Mailer', mua) if mua else None}
        return top + trace + msg_headers(m, order, em)


# ------------------------------------------------------------ cPanel / Exim shared hosting

class EximCpanel(Profile):
    """Shared hosting (cPanel + Exim).  kw: server, ip, client ('outlook'|'phpmailer'|'thunderbird'|'roundcube'),
    client_ip, auth (mailbox or None for local script), dkim (domain, 'default'), spf, zone, script_user"""
    def setup(self):
        self.zone = self.kw.get('zone', 'CET')
        self.inner = PostfixOrg.__new__(PostfixOrg)
        self.inner.m = self.m
        self.inner.kw = self.kw
        self.inner.client = self.kw.get('client', 'phpmailer')

    def boundary(self, i=0):
        return self.inner.boundary(i)

    def make_msgid(self):
        return self.inner.make_msgid()

    def headers(self, root):
        m = self.m
        kw = self.kw
        srv = kw['server']
        ip = kw['ip']
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 2))
        t2 = plus(t1, seconds=m.rng.randint(1, 4))
        eid = exim_id(m)
        rc = m.env_rcpts()
        mailfrom = kw.get('mailfrom', m.frm[1])
        dks = []
        trace = []
        if kw.get('dkim'):
            d, s = kw['dkim']
            sig, bs = dkim_signature(m, d, s, 'Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:\n\tSubject:From:To:Date:Sender:Reply-To:Cc:Content-ID:Content-Description:\n\tResent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:\n\tIn-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:\n\tList-Post:List-Owner:List-Archive')
            trace.append(sig)
            dks.append((d, s, 'pass', bs))
        top = self.top(kw.get('helo', srv), kw.get('rdns', srv), ip, t2, mailfrom, kw.get('spf', 'pass'), dks, tls=kw.get('tls', '1.3'),
                       dmarc=kw.get('dmarc', 'auto'))
        forr = ('\n\tfor %s' % rc[0]) if len(rc) == 1 else ''
        if kw.get('auth'):
            cip = kw.get('client_ip', '%d.%d.%d.%d' % (m.rng.randint(80, 200), m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(1, 254)))
            trace.append(('Received', 'from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s%s;\n\t%s'
                          % (cip, m.rng.randint(49152, 65000), kw.get('client_helo', '[%s]' % kw.get('client_lan', '192.168.1.%d' % m.rng.randint(2, 200))),
                             srv, mailfrom, eid, forr, rfc_date(t1, self.zone))))
        else:
            trace.append(('Received', 'from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s%s;\n\t%s'
                          % (kw.get('script_user', 'www-data'), srv, mailfrom, eid, forr, rfc_date(t1, self.zone))))
        inner = self.inner
        tail = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                ('X-AntiAbuse', 'Primary Hostname - %s' % srv),
                ('X-AntiAbuse', 'Original Domain - %s' % m.env_rcpts()[0].split('@')[1]),
                ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((kw.get('uid', 1043),) * 2)),
                ('X-AntiAbuse', 'Sender Address Domain - %s' % mailfrom.split('@')[1])]
        if kw.get('auth'):
            tail += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (srv, kw['auth'])),
                     ('X-Authenticated-Sender', '%s: %s' % (srv, kw['auth']))]
        else:
            tail += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (srv, kw.get('script_user', 'www-data'))),
                     ('X-Authenticated-Sender', '%s: %s' % (srv, mailfrom))]
        tail += [('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
        c = inner.client
        mua = kw.get('mua')
        if c == 'outlook':
            order = ['from', 'to', 'cc', 'replyto', 'refs', 'irt', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'lang']
            em = {'mua': ('X-Mailer', mua or 'Microsoft Outlook 16.0'), 'thread': ('Thread-Index', kw.get('thread_index') or thread_index(m)),
                  'lang': ('Content-Language', kw.get('lang', 'en-us'))}
        elif c == 'roundcube':
            order = ['mime', 'date', 'from', 'to', 'cc', 'subject', 'irt', 'refs', 'replyto', 'mua', 'msgid', 'xsender', 'extra', 'body']
            em = {'mua': ('User-Agent', mua or 'Roundcube Webmail/1.6.9'), 'xsender': ('X-Sender', m.frm[1])}
        elif c == 'thunderbird':
            order = ['msgid', 'date', 'mime', 'mua', 'lang', 'to', 'from', 'subject', 'extra', 'body']
            em = {'mua': ('User-Agent', mua or 'Mozilla Thunderbird'), 'lang': ('Content-Language', kw.get('lang', 'en-US'))}
        else:
            order = ['date', 'to', 'from', 'replyto', 'subject', 'msgid', 'mua', 'extra', 'mime', 'body']
            em = {'mua': ('X-Mailer', mua or 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')}
        return top + trace + msg_headers(m, order, em) + tail


# ------------------------------------------------------------ German freemail and hosters

class UnitedInternet(Profile):
    """GMX / WEB.DE webmail (kw brand='gmx'|'webde') and IONOS mailboxes (brand='ionos')."""
    def setup(self):
        m = self.m
        self.brand = self.kw.get('brand', 'gmx')
        self.client = self.kw.get('client', 'web' if self.brand != 'ionos' else 'thunderbird')

    def boundary(self, i=0):
        m = self.m
        if self.client == 'thunderbird':
            return '------------' + m.alnum(24)
        if self.client == 'outlook':
            return outlook_boundary(m, i)
        return 'trinity-%s' % m.guid()

    def make_msgid(self):
        m = self.m
        if self.client == 'web':
            app = '3c-app-gmx-bap%02d' % m.rng.randint(1, 70) if self.brand == 'gmx' else '3c-app-webde-bap%02d' % m.rng.randint(1, 70)
            return '<trinity-%s-%d@%s>' % (m.guid(), epoch(m.t) * 1000 + m.rng.randint(0, 999), app)
        if self.client == 'outlook':
            return outlook_msgid(m, m.from_domain())
        return '<%s@%s>' % (m.guid(), m.from_domain())

    def headers(self, root):
        m = self.m
        kw = self.kw
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        cip = kw.get('client_ip', '%d.%d.%d.%d' % (m.rng.choice([79, 84, 87, 91, 93, 217]), m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(1, 254)))
        nem = '1M%s-1%s-00%s' % (m.alnum(6), m.alnum(10), m.alnum(6))
        if self.brand == 'ionos':
            mout, mip = 'mout.kundenserver.de', '212.227.126.%d' % m.rng.choice([130, 131, 133, 134, 135, 187])
            rel = 'mrelayeu.kundenserver.de (mreue%03d [212.227.15.%d])' % (m.rng.randint(100, 112), m.rng.randint(160, 190))
            dks = []
            pre = []
            if kw.get('dkim', True):
                sig, bs = dkim_signature(m, m.from_domain(), 's1-ionos', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=t1, bits=2048)
                dks.append((m.from_domain(), 's1-ionos', 'pass', bs))
                pre.append(sig)
        else:
            dom = 'gmx.net' if self.brand == 'gmx' else 'web.de'
            mout = 'mout.gmx.net' if self.brand == 'gmx' else 'mout.web.de'
            mip = ('212.227.17.%d' % m.rng.choice([20, 21, 22])) if self.brand == 'gmx' else ('212.227.15.%d' % m.rng.choice([3, 4, 14, 15]))
            rel = ('mail.gmx.net (mrgmx%03d [212.227.17.190])' % m.rng.randint(1, 9)) if self.brand == 'gmx' else ('web.de (mrweb%03d [213.165.67.108])' % m.rng.randint(101, 110))
            sd = m.from_domain()
            sel = 's31663417' if self.brand == 'gmx' else 's29768273'
            sig, bs = dkim_signature(m, sd, sel, 'x-ui-sender-class:mime-version:message-id:from:to:subject:date:content-type:content-transfer-encoding:cc:content-type:date:from:message-id:reply-to:subject:to', t=t1)
            dks = [(sd, sel, 'pass', bs)]
            pre = [sig]
        top = self.top(mout, mout, mip, t2, m.mailfrom or m.frm[1], 'pass', dks, tls='1.3')
        if self.client == 'web':
            app = m.msgid.split('@')[1].rstrip('>')
            hops = [('Received', 'from [%s] ([%s]) by %s\n (3c-app-%s) with HTTP; %s' % (cip, cip, 'web-mail.gmx.net' if self.brand == 'gmx' else 'web-mail.web.de',
                                                                                    app.split('3c-app-')[1], rfc_date(t0, 'CET')))]
            hops.insert(0, ('Received', 'from %s ([%s]) by %s with ESMTPSA (Nemesis) id\n %s; %s'
                            % (app, cip, rel, nem, rfc_date(t1, 'CET'))))
        else:
            hops = [('Received', 'from [192.168.%d.%d] ([%s]) by %s with ESMTPSA (Nemesis) id\n %s; %s'
                     % (m.rng.choice([178, 2, 1]), m.rng.randint(10, 60), cip, rel, nem, rfc_date(t1, 'CET')))]
        c = self.client
        if c == 'web':
            order = ['mime', 'msgid', 'from', 'to', 'cc', 'subject', 'date', 'irt', 'refs', 'importance', 'sensitivity', 'priority', 'extra', 'body', 'provags', 'uiout']
        elif c == 'outlook':
            order = ['from', 'to', 'cc', 'refs', 'irt', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'provags', 'uiout']
        else:
            order = ['msgid', 'date', 'mime', 'mua', 'to', 'cc', 'from', 'subject', 'extra', 'body', 'provags', 'uiout']
        em = {'importance': ('Importance', 'normal'), 'sensitivity': ('Sensitivity', 'Normal'),
              'priority': ('X-Priority', '3'), 'mua': ('User-Agent', 'Mozilla Thunderbird') if c == 'thunderbird' else ('X-Mailer', 'Microsoft Outlook 16.0'),
              'thread': ('Thread-Index', thread_index(m)),
              'provags': ('X-Provags-ID', 'V03:K1:%s\n %s' % (m.b64(48), m.b64(36))),
              'uiout': ('UI-OutboundReport', 'notjunk:1;M01:P0:%s;%s' % (m.b64(9), '\n '.join(m.b64(51).rstrip('=') for _ in range(4))))}
        if c == 'web':
            em.pop('mua')
        hdrs = msg_headers(m, order, em)
        if c == 'web':
            hdrs.insert(hdrs.index(('__MIME__', None)) + 1, ('X-UI-Message-Type', 'mail'))
        return top + pre + hops + hdrs


class Strato(Profile):
    def setup(self):
        self.client = self.kw.get('client', 'outlook')

    def boundary(self, i=0):
        m = self.m
        return outlook_boundary(m, i)

    def make_msgid(self):
        m = self.m
        return outlook_msgid(m, m.from_domain())

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        mo = 'mo4-p%02d-ob.smtp.rzone.de' % m.rng.randint(0, 4)
        ip = '81.169.146.%d' % m.rng.choice([160, 161, 162, 163, 164, 165, 166, 167, 168, 169])
        arcs = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n    d=strato.com; s=strato-dkim-0002;\n    b=%s' % (epoch(t1), '\n    '.join(M365._chunks(m.b64(256), 68)))),
                ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; t=%d;\n    s=strato-dkim-0002; d=strato.com;\n    h=Message-ID:Date:Subject:To:From:Cc:Date:From:Subject:Sender;\n    bh=%s;\n    b=%s'
                 % (epoch(t1), m.b64(32), '\n    '.join(M365._chunks(m.b64(256), 68)))),
                ('ARC-Authentication-Results', 'i=1; strato.com;\n    arc=none;\n    dkim=none')]
        sig, bs = dkim_signature(m, m.from_domain(), 'strato-dkim-0002', 'Message-ID:Date:Subject:To:From:Cc:Date:From:Subject:Sender', t=t1)
        top = self.top(mo, mo, ip, t2, m.frm[1], 'pass', [(m.from_domain(), 'strato-dkim-0002', 'pass', bs)], tls='1.3',
                       arc='arc=pass ("strato.com:s=strato-dkim-0002:i=1")')
        cip = self.kw.get('client_ip', '87.%d.%d.%d' % (m.rng.randint(120, 190), m.rng.randint(0, 255), m.rng.randint(1, 254)))
        hop = ('Received', 'from %s\n    by smtp.strato.de (RZmta 52.1.2 AUTH)\n    with ESMTPSA id %s\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n    (Client did not present a certificate);\n    %s'
               % (self.kw.get('client_helo', 'DESKTOP-%s' % m.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), m.alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'), rfc_date(t1, 'CET', comment=True)))
        rz = [('X-RZG-AUTH', ':' + m.b64(54)), ('X-RZG-CLASS-ID', 'mo%02d' % m.rng.randint(0, 9))]
        order = ['from', 'to', 'cc', 'replyto', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'lang']
        em = {'mua': ('X-Mailer', self.kw.get('mua', 'Microsoft Outlook 16.0')), 'thread': ('Thread-Index', thread_index(m)),
              'lang': ('Content-Language', self.kw.get('lang', 'de'))}
        return top + arcs + [sig] + rz + [hop] + msg_headers(m, order, em)


# ------------------------------------------------------------ Aruba (Italy)

class Aruba(Profile):
    def setup(self):
        self.client = self.kw.get('client', 'outlook')

    def boundary(self, i=0):
        m = self.m
        if self.client == 'thunderbird':
            return '------------' + m.alnum(24)
        if self.client == 'webmail':
            return '=_' + m.hex(32)
        return outlook_boundary(m, i)

    def make_msgid(self):
        m = self.m
        if self.client == 'outlook':
            return outlook_msgid(m, m.from_domain())
        if self.client == 'webmail':
            return '<%s@%s>' % (m.hex(32), m.from_domain())
        return '<%s@%s>' % (m.guid(), m.from_domain())

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        n = m.rng.randint(1, 30)
        host = 'smtpdh%02d-%d.aruba.it' % (n, m.rng.randint(1, 2))
        ip = '62.149.155.%d' % m.rng.randint(150, 250)
        sig, bs = dkim_signature(m, 'aruba.it', 'a1', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=t1)
        dks = [('aruba.it', 'a1', 'pass', bs)]
        top = self.top(host, host, ip, t2, m.frm[1], 'pass', dks, tls='1.3')
        cip = self.kw.get('client_ip', '%d.%d.%d.%d' % (m.rng.choice([93, 79, 151, 2, 5]), m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(1, 254)))
        hop = ('Received', 'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
            self.kw.get('client_helo', 'PC-%s' % m.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')), cip, m.alnum(16), rfc_date(t1, 'CET')))
        cmae = ('X-CMAE-Envelope', 'MS4xfP' + m.b64(120)[:150])
        c = self.client
        if c == 'outlook':
            order = ['from', 'to', 'cc', 'replyto', 'refs', 'irt', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'lang']
            em = {'mua': ('X-Mailer', 'Microsoft Outlook 16.0'), 'thread': ('Thread-Index', thread_index(m)), 'lang': ('Content-Language', self.kw.get('lang', 'it'))}
        elif c == 'webmail':
            order = ['mime', 'date', 'from', 'to', 'cc', 'subject', 'replyto', 'irt', 'refs', 'mua', 'msgid', 'xsender', 'extra', 'body']
            em = {'mua': ('User-Agent', 'Roundcube Webmail/1.4.15'), 'xsender': ('X-Sender', m.frm[1])}
        else:
            order = ['msgid', 'date', 'mime', 'mua', 'to', 'from', 'subject', 'extra', 'body']
            em = {'mua': ('User-Agent', 'Mozilla Thunderbird'), 'lang': None}
        return top + [sig, hop] + msg_headers(m, order, em) + [cmae]


# ------------------------------------------------------------ home.pl

class HomePl(Profile):
    def setup(self):
        self.client = self.kw.get('client', 'outlook')

    def boundary(self, i=0):
        m = self.m
        if self.client == 'thunderbird':
            return '------------' + m.alnum(24)
        if self.client == 'app':
            return '=_%s' % m.hex(32)
        return outlook_boundary(m, i)

    def make_msgid(self):
        m = self.m
        if self.client == 'outlook':
            return outlook_msgid(m, m.from_domain())
        return '<%s@%s>' % (m.hex(32), m.from_domain())

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        v = 'v%d.home.net.pl' % m.rng.randint(300, 390)
        ip = '79.96.170.%d' % m.rng.randint(100, 200)
        top = self.top(v, v, ip, t2, m.frm[1], 'pass', [], tls='1.2')
        cip = self.kw.get('client_ip', '83.%d.%d.%d' % (m.rng.randint(0, 31), m.rng.randint(0, 255), m.rng.randint(1, 254)))
        hops = [('Received', 'from localhost (127.0.0.1) (HELO %s)\n by /usr/run/smtp (/usr/run/postfix/private/idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 6.0.0)\n id %s; %s'
                 % (v, m.hex(16), rfc_date(t1, 'CET'))),
                ('Received', 'from %s (%s) (HELO %s)\n by serwer%d.home.pl (%s) with SMTP (IdeaSmtpServer 6.0.0)\n id %s; %s'
                 % (self.kw.get('client_host', 'user-%s.play-internet.pl' % cip.replace('.', '-')), cip,
                    self.kw.get('client_helo', '[192.168.1.%d]' % m.rng.randint(2, 200)), m.rng.randint(1000000, 2999999), ip, m.hex(16), rfc_date(t0, 'CET')))]
        vade = [('X-CLIENT-IP', cip), ('X-CLIENT-HOSTNAME', self.kw.get('client_host', 'user-%s.play-internet.pl' % cip.replace('.', '-'))),
                ('X-VADE-SPAMSTATE', 'clean'),
                ('X-VADE-SPAMCAUSE', 'dmFkZTFXxEXvBxEeL9X' + m.alnum(120, 'abcdefghijklmnopqrstuvwxyz')),
                ('X-DCC--Metrics', '%s 1024; Body=%d Fuz1=%d Fuz2=%d' % (v, m.rng.randint(2, 6), m.rng.randint(2, 6), m.rng.randint(2, 6)))]
        c = self.client
        if c == 'outlook':
            order = ['from', 'to', 'cc', 'replyto', 'refs', 'irt', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'lang']
            em = {'mua': ('X-Mailer', 'Microsoft Outlook 16.0'), 'thread': ('Thread-Index', thread_index(m)), 'lang': ('Content-Language', 'pl')}
        else:
            order = ['mime', 'date', 'from', 'to', 'cc', 'subject', 'msgid', 'mua', 'extra', 'body']
            em = {'mua': ('X-Mailer', self.kw.get('mua', 'Comarch ERP Optima'))}
        return top + hops + msg_headers(m, order, em) + vade


# ------------------------------------------------------------ OVH

class OVH(Profile):
    def setup(self):
        self.client = self.kw.get('client', 'outlook')

    def boundary(self, i=0):
        m = self.m
        if self.client == 'roundcube':
            return '=_' + m.hex(32)
        return outlook_boundary(m, i)

    def make_msgid(self):
        m = self.m
        if self.client == 'roundcube':
            return '<%s@%s>' % (m.hex(32), m.from_domain())
        return outlook_msgid(m, m.from_domain())

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(1, 3))
        mo = 'mo%d.mail-out.ovh.net' % m.rng.randint(500, 599)
        ip = '46.105.%d.%d' % (m.rng.choice([45, 76, 77]), m.rng.randint(1, 254))
        dks = []
        pre = []
        if self.kw.get('dkim', True):
            sel = 'ovhmo%d-selector1' % m.rng.randint(1000000, 9999999)
            sig, bs = dkim_signature(m, m.from_domain(), sel, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=t1)
            dks = [(m.from_domain(), sel, 'pass', bs)]
            pre = [sig]
        top = self.top(mo, mo, ip, t2, m.frm[1], 'pass', dks, tls='1.3')
        cip = self.kw.get('client_ip', '%d.%d.%d.%d' % (m.rng.choice([37, 46, 89, 178]), m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(1, 254)))
        exn = m.rng.randint(1, 9)
        hops = [('Received', 'from ex%d.mail.ovh.net (unknown [10.110.%d.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                 % (exn, m.rng.randint(0, 255), m.rng.randint(1, 254), mo, m.qid()[:12].upper(), m.env_rcpts()[0], rfc_date(t1, 'UTC', comment=True))),
                ('Received', 'from [%s] (%s) by ex%d.mail.ovh.net (172.16.2.%d) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.%d;\n %s'
                 % (self.kw.get('client_lan', '192.168.0.%d' % m.rng.randint(2, 200)), cip, exn, m.rng.randint(1, 40), m.rng.randint(20, 60), rfc_date(t0, 'CET')))]
        ovh = [('X-Ovh-Tracer-GUID', m.guid()), ('X-Ovh-Tracer-Id', m.digits(19)), ('X-VR-SPAMSTATE', 'OK'), ('X-VR-SPAMSCORE', '-100'),
               ('X-VR-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeefuddrudek' + m.alnum(90, 'abcdefghijklmnopqrstuvwxyz'))]
        order = ['from', 'to', 'cc', 'replyto', 'refs', 'irt', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'lang']
        em = {'mua': ('X-Mailer', 'Microsoft Outlook 16.0'), 'thread': ('Thread-Index', thread_index(m)), 'lang': ('Content-Language', self.kw.get('lang', 'pl'))}
        return top + pre + hops + msg_headers(m, order, em) + ovh


# ------------------------------------------------------------ Yandex 360 / Mail.ru

class Yandex(Profile):
    zone = 'MSK'

    def boundary(self, i=0):
        m = self.m
        return '----==%s----' % m.b64(24).replace('/', 'x').replace('+', 'z').rstrip('=')[:32]

    def make_msgid(self):
        m = self.m
        return '<%s@mail.yandex.ru>' % m.digits(16)

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 1))
        t2 = plus(t1, seconds=m.rng.randint(1, 2))
        fw = 'forward%d%s.mail.yandex.net' % (m.rng.randint(100, 599), m.rng.choice('abcd'))
        ip = '178.154.239.%d' % m.rng.randint(60, 250)
        dom = m.from_domain()
        sig, bs = dkim_signature(m, dom, 'mail', 'From:To:Subject:Message-Id:References:Date:In-Reply-To', t=t0)
        top = self.top(fw, fw, ip, t2, m.frm[1], 'pass', [(dom, 'mail', 'pass', bs)], tls='1.3')
        cip = self.kw.get('client_ip', '%d.%d.%d.%d' % (m.rng.choice([95, 176, 188, 46, 5]), m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(1, 254)))
        dc = m.rng.choice(['sas', 'vla', 'klg', 'myt'])
        n = m.rng.randint(10, 99)
        sid = m.alnum(10) + '-' + m.alnum(8)
        upstream = 'mail-sendbernar-production-main' if self.kw.get('client', 'web') == 'web' else 'mail-nwsmtp-smtp-production-main'
        hops = [('Received', 'from %s-%d.%s.yp-c.yandex.net (%s-%d.%s.yp-c.yandex.net [IPv6:2a02:6b8:c%02x:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
                 % (upstream, n, dc, upstream, n, dc, m.rng.randint(0, 0x3f), m.rng.randint(0x100, 0xfff), m.rng.randint(0x1000, 0xffff), fw, sid, m.env_rcpts()[0], rfc_date(t1, 'MSK'))),
                ('X-Yandex-Fwd', '1')]
        if self.kw.get('client', 'web') == 'web':
            hops += [('Received', 'by mail-sendbernar-production-main-%d.%s.yp-c.yandex.net (sendbernar/Yandex) with HTTPS id %s;\n\t%s'
                      % (n, dc, m.alnum(16), rfc_date(t0, 'MSK')))]
        else:
            hops += [('Received', 'by mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
                      % (n, dc, m.alnum(10), m.alnum(8), rfc_date(t0, 'MSK')))]
        if self.kw.get('client', 'web') == 'web':
            order = ['from', 'to', 'cc', 'irt', 'refs', 'subject', 'mime', 'mua', 'msgid', 'date', 'extra', 'body']
            em = {'mua': ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')}
        else:
            order = ['from', 'to', 'cc', 'refs', 'irt', 'subject', 'date', 'msgid', 'mime', 'body', 'mua', 'thread', 'extra', 'lang']
            em = {'mua': ('X-Mailer', 'Microsoft Outlook 16.0'), 'thread': ('Thread-Index', thread_index(m)), 'lang': ('Content-Language', 'ru')}
        return top + [sig] + hops + msg_headers(m, order, em)


class MailRu(Profile):
    zone = 'MSK'

    def boundary(self, i=0):
        return '--ALT--%s%d' % (self.m.hex(32, True), epoch(self.m.t))

    def make_msgid(self):
        return '<%d.%s@f%d.i.mail.ru>' % (epoch(self.m.t), self.m.hex(16, True), self.f)

    def setup(self):
        self.f = self.m.rng.randint(100, 499)
        self.dom = self.kw.get('dkim_domain')

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(1, 2))
        smtp = 'smtp%d.i.mail.ru' % m.rng.randint(30, 59)
        ip = '95.163.41.%d' % m.rng.randint(60, 99)
        dom = m.from_domain()
        sig, bs = dkim_signature(m, dom, 'mail4' if dom == 'mail.ru' else 'mailru', 'From:Subject:Content-Type:Message-ID:Reply-To:Date:MIME-Version:To:From:Sender:Reply-To:To:Cc:Content-Type:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive:X-Cloud-Ids:Disposition-Notification-To', t=t0)
        top = self.top(smtp, smtp, ip, t1, m.frm[1], 'pass', [(dom, 'mail4' if dom == 'mail.ru' else 'mailru', 'pass', bs)], tls='1.3')
        cip = self.kw.get('client_ip', '%d.%d.%d.%d' % (m.rng.choice([95, 176, 188, 46, 31]), m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(1, 254)))
        hops = [('Received', 'by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1v%s-%s-%s; %s' % (self.f, m.frm[1], m.alnum(5), m.alnum(6), m.alnum(2), rfc_date(t0, 'MSK'))),
                ('Received', 'by e.mail.ru with HTTP;\n\t%s' % rfc_date(t0, 'MSK'))]
        order = ['from', 'to', 'cc', 'subject', 'mime', 'mua', 'date', 'replyto', 'irt', 'refs', 'extra', 'body', 'msgid_caps', 'mrx']
        em = {'mua': ('X-Mailer', 'Mail.Ru Mailer 1.0'),
              'mrx': [('X-7564579A', m.hex(16, True)), ('X-77F55803', m.b64(60)), ('X-7FA49CB5', 'FF5795518A3D127A4AD6D5ED66289B52' + m.hex(30, True)),
                      ('X-Mailru-MI', m.digits(12)), ('X-Mailru-Src', 'fe'), ('X-Mras', 'Ok')]}
        return top + [sig] + hops + msg_headers(m, order, em)


# ------------------------------------------------------------ Zoho

class Zoho(Profile):
    def boundary(self, i=0):
        return '----=_Part_%d_%d.%d' % (self.m.rng.randint(100000, 999999), self.m.rng.randint(10 ** 8, 10 ** 9), epoch(self.m.t) * 1000)

    def make_msgid(self):
        m = self.m
        return '<%x.%s.%s@%s>' % (epoch(m.t) * 1000, m.hex(16), m.digits(19), m.from_domain())

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(1, 2))
        host = 'sender4-op-o%d.zoho.eu' % m.rng.randint(10, 19)
        ip = '136.143.169.%d' % int(host.rsplit('-o', 1)[1].split('.')[0])
        dom = m.from_domain()
        sig, bs = dkim_signature(m, dom, 'zmail', 'Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To', t=t0)
        top = self.top(host, host, ip, t1, m.frm[1], 'pass', [(dom, 'zmail', 'pass', bs)], tls='1.2',
                       arc='arc=pass ("zohomail.eu:s=zohoarc:i=1")')
        arcs = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=%s' % (epoch(t0), '\n\t'.join(M365._chunks(m.b64(256), 70)))),
                ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \n\tbh=%s; \n\tb=%s'
                 % (epoch(t0), m.b64(32), '\n\t'.join(M365._chunks(m.b64(256), 70)))),
                ('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>' % (dom, m.frm[1], m.frm[1]))]
        hops = [('Received', 'from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d.%d; %s' % (epoch(t0), m.rng.randint(100, 999), m.rng.randint(10 ** 9, 10 ** 10), rfc_date(t0, 'CET', comment=True))),
                ('Received', 'from  [%s] by mail.zoho.eu\n\twith HTTP;%s' % (self.kw.get('client_ip', '185.%d.%d.%d' % (m.rng.randint(0, 255), m.rng.randint(0, 255), m.rng.randint(1, 254))), rfc_date(t0, 'CET').replace(', ', ',')))]
        order = ['date', 'from', 'to', 'cc', 'msgid', 'irt', 'subject', 'mime', 'body', 'importance', 'mua', 'extra']
        em = {'importance': ('Importance', 'Medium'), 'mua': ('User-Agent', 'Zoho Mail')}
        return top + arcs + [sig] + hops + msg_headers(m, order, em) + [('X-Priority', 'Medium')]


# ------------------------------------------------------------ bulk senders

class SES(Profile):
    """Amazon SES.  kw: region, dkim_domain (custom), selector, mailfrom_domain (custom MAIL FROM) or None."""
    zone = 'UTC'

    def setup(self):
        m = self.m
        self.region = self.kw.get('region', 'eu-west-1')
        self.sesid = '0102019%s-%s-%s-%s-%s-000000' % (m.hex(9), m.hex(8), m.hex(4), m.hex(4), m.hex(12))

    def boundary(self, i=0):
        m = self.m
        return self.kw.get('bstyle', '----=_Part_%d_%d.%d') % (m.rng.randint(100000, 9999999), m.rng.randint(10 ** 8, 2 * 10 ** 9), epoch(m.t) * 1000 + m.rng.randint(0, 999)) \
            if '%d' in self.kw.get('bstyle', '----=_Part_%d_%d.%d') else self.kw['bstyle'] + m.hex(24)

    def make_msgid(self):
        return '<%s@%s.amazonses.com>' % (self.sesid, self.region)

    def date_header(self):
        return rfc_date(self.m.t, self.kw.get('zone', 'UTC'))

    def headers(self, root):
        m = self.m
        kw = self.kw
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(0, 2))
        a, b = m.rng.randint(1, 250), m.rng.randint(1, 250)
        ipmap = {'eu-west-1': '54.240.%d.%d' % (m.rng.choice([4, 5, 6, 7]), a), 'eu-central-1': '69.169.%d.%d' % (m.rng.choice([224, 225, 226]), a),
                 'eu-west-2': '23.249.%d.%d' % (m.rng.choice([218, 219]), a), 'us-east-1': '54.240.%d.%d' % (m.rng.choice([8, 9, 10, 11]), a)}
        ip = kw.get('ip') or ipmap[self.region]
        o = ip.split('.')
        host = 'a%s-%s.smtp-out.%s.amazonses.com' % (o[2], o[3], self.region)
        mfd = kw.get('mailfrom_domain')
        mailfrom = ('%s@%s' % (self.sesid, mfd)) if mfd else ('%s@%s.amazonses.com' % (self.sesid, self.region))
        dks = []
        sigs = []
        ses_sel = {'eu-west-1': 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 'eu-central-1': 'e3vw5fohvnvy7fgoscjelqxbjvo5vkvt',
                   'eu-west-2': 'jykz4kzsfarrqzmhd5bjzrvqzpxgjlhk', 'us-east-1': 'uku4taia5b5tsbglxyj6zym32efj7xqv'}[self.region]
        if kw.get('dkim_domain'):
            sel = kw.get('selector') or m.alnum(32, 'abcdefghijklmnopqrstuvwxyz234567')
            sig, bs = dkim_signature(m, kw['dkim_domain'], sel, 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date', t=t0)
            sigs.append(sig)
            dks.append((kw['dkim_domain'], sel, 'pass', bs))
        sig2, bs2 = dkim_signature(m, 'amazonses.com', ses_sel, 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID', t=t0)
        sigs.append(sig2)
        dks.append(('amazonses.com', ses_sel, 'pass', bs2))
        top = self.top(host, host, ip, t1, mailfrom, 'pass', dks, tls='1.3-128')
        order = kw.get('order', ['from', 'replyto', 'to', 'subject', 'mime', 'body', 'msgid', 'date', 'extra'])
        hdrs = msg_headers(m, order)
        hdrs += [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (self.region, m.b64(33).rstrip('='))),
                 ('X-SES-Outgoing', '%04d.%02d.%02d-%s' % (t1.year, t1.month, t1.day, ip))]
        return top + sigs + hdrs


class SendGrid(Profile):
    zone = 'UTC'

    def boundary(self, i=0):
        return self.m.hex(64)

    def make_msgid(self):
        m = self.m
        return '<%s@geopod-ismtpd-%d>' % (m.b64(16, urlsafe=True).rstrip('='), m.rng.randint(1, 40))

    def headers(self, root):
        m = self.m
        kw = self.kw
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(1, 4))
        ip = kw.get('ip', '149.72.%d.%d' % (m.rng.randint(120, 255), m.rng.randint(1, 254)))
        host = kw.get('host', '%s.outbound-mail.sendgrid.net' % m.alnum(8, 'abcdefghijklmnopqrstuvwxyz'))
        uid = m.digits(8)
        dom = kw['domain']
        em = 'em%d.%s' % (m.rng.randint(1000, 9999), dom)
        rc = m.env_rcpts()[0]
        mailfrom = 'bounces+%s-%s-%s=%s@%s' % (uid, m.hex(4), rc.split('@')[0], rc.split('@')[1], em)
        sig1, bs1 = dkim_signature(m, dom, 's1', 'content-type:date:from:mime-version:subject:reply-to:to:cc:content-type:date:from:subject:to', extra_tags='', t=None)
        sig2, bs2 = dkim_signature(m, 'sendgrid.info', 'smtpapi', 'content-type:date:from:mime-version:subject:reply-to:to:cc:content-type:date:from:subject:to')
        dks = [(dom, 's1', 'pass', bs1), ('sendgrid.info', 'smtpapi', 'pass', bs2)]
        top = self.top(host, host, ip, t1, mailfrom, 'pass', dks, tls='1.2')
        tail = [('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%X-%X\n\t%04d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%06d'
                 % (m.hex(10), m.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.hex(10), m.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                    epoch(t0), m.rng.randint(1, 200), t0.year, t0.month, t0.day, t0.hour, t0.minute, t0.second, m.rng.randint(0, 999999999),
                    m.rng.randint(100000, 9999999), m.rng.randint(0, 999999))),
                ('Received', 'from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s (UTC)'
                 % (m.b64(8).rstrip('='), m.rng.randint(1, 40), m.b64(16, urlsafe=True).rstrip('='), rfc_date(t0, 'UTC', frac='.%03d' % m.rng.randint(0, 999))))]
        order = kw.get('order', ['extra', 'body', 'date', 'from', 'mime', 'msgid', 'replyto', 'subject', 'sgid', 'to'])
        em = {'sgid': [('X-SG-EID', '\n\t' + '\n\t'.join(M365._chunks(m.b64(180), 70))), ('X-SG-ID', '\n\t' + '\n\t'.join(M365._chunks(m.b64(120), 70))),
                       ('X-Entity-ID', m.b64(16).rstrip('='))]}
        return top + [sig1, sig2] + tail + msg_headers(m, order, em)


class Mailgun(Profile):
    zone = 'UTC'

    def boundary(self, i=0):
        return self.m.hex(32)

    def make_msgid(self):
        m = self.m
        return '<%04d%02d%02d%02d%02d%02d.%s@%s>' % (m.t.year, m.t.month, m.t.day, m.t.hour, m.t.minute, m.t.second, m.hex(16), self.kw['domain'])

    def headers(self, root):
        m = self.m
        kw = self.kw
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(1, 3))
        a = m.rng.randint(1, 254)
        ip = kw.get('ip', '159.135.%d.%d' % (m.rng.choice([224, 228, 232]), a))
        o = ip.split('.')
        host = 'm%s-%s.mailgun.net' % (o[2], o[3])
        dom = kw['domain']
        rc = m.env_rcpts()[0]
        mailfrom = 'bounce+%s.%s-%s=%s@%s' % (m.hex(6), m.hex(6), rc.split('@')[0], rc.split('@')[1], dom)
        sig, bs = dkim_signature(m, dom, kw.get('selector', 'mta'), 'Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:Subject:From:From:To:To:Message-Id:Date:Sender:Sender', t=t0)
        top = self.top(host, host, ip, t1, mailfrom, 'pass', [(dom, kw.get('selector', 'mta'), 'pass', bs)], tls='1.3')
        tail = [('X-Mailgun-Sid', 'WyI' + m.b64(60).rstrip('=') + 'd'), ('X-Mailgun-Sending-Ip', ip),
                ('Received', 'by %s with HTTP; %s' % (m.hex(12), rfc_date(t0, 'UTC').replace('+0000', 'GMT')))]
        m.sender = m.sender or (None, '%s@%s' % (m.frm[1].split('@')[0], dom))
        order = ['mime', 'date', 'body', 'subject', 'from', 'to', 'replyto', 'extra', 'msgid', 'sender']
        return top + [sig] + tail + msg_headers(m, order)


class Brevo(Profile):
    def boundary(self, i=0):
        return '----=_Part_%d_%d.%d' % (self.m.rng.randint(10 ** 6, 10 ** 7), self.m.rng.randint(10 ** 8, 10 ** 9), epoch(self.m.t) * 1000)

    def make_msgid(self):
        return '<%04d%02d%02d%02d%02d.%s@smtp-relay.mailin.fr>' % (self.m.t.year, self.m.t.month, self.m.t.day, self.m.t.hour, self.m.t.minute, self.m.digits(11))

    def headers(self, root):
        m = self.m
        kw = self.kw
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(2, 9))
        a = m.rng.randint(1, 254)
        ip = '77.32.148.%d' % a
        host = 'r%d.mailin.fr' % a
        dom = kw['domain']
        mailfrom = 'bounces-%s-%s@%s' % (m.digits(6), m.digits(4), 'b.sender-sib.com')
        sig1, bs1 = dkim_signature(m, dom, 'mail', 'Reply-To:Date:Subject:List-Unsubscribe:To:From:Message-Id:MIME-Version:Content-Type', t=t0)
        sig2, bs2 = dkim_signature(m, 'sendinblue.com', 'mail', 'Reply-To:Date:Subject:List-Unsubscribe:To:From:Message-Id:MIME-Version:Content-Type', t=t0)
        top = self.top('smtp-relay.mailin.fr', host, ip, t1, mailfrom, 'pass', [(dom, 'mail', 'pass', bs1), ('sendinblue.com', 'mail', 'pass', bs2)], tls='1.2')
        lid = m.digits(7)
        order = ['mime', 'extra', 'replyto', 'date', 'subject', 'lu', 'to', 'from', 'msgid_caps', 'body', 'sib']
        em = {'lu': [('List-Unsubscribe', '<https://%s.r.af.d.sendibt2.com/tr/un/li/%s>' % (m.alnum(8, 'abcdefghijklmnopqrstuvwxyz'), m.b64(60, urlsafe=True).rstrip('='))),
                     ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
              'sib': [('X-Mailer', 'Sendinblue'), ('X-sib-id', m.b64(60).rstrip('=')), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
                      ('Feedback-ID', '%s:%s_-1:%s:Sendinblue' % (ip, lid, lid)), ('Origin-messageId', m.msgid)]}
        return top + [sig1, sig2] + msg_headers(m, order, em)


class Mailchimp(Profile):
    zone = 'UTC'

    def boundary(self, i=0):
        return '_----------=_MCPart_%d' % self.m.rng.randint(10 ** 9, 2 * 10 ** 9)

    def make_msgid(self):
        m = self.m
        return '<%s.%s.%s@mail%d.atl%d.mcdlv.net>' % (m.hex(20), m.digits(8), m.hex(10), self.n, self.d)

    def setup(self):
        self.n = self.m.rng.randint(100, 240)
        self.d = self.m.rng.randint(1, 200)

    def headers(self, root):
        m = self.m
        kw = self.kw
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(2, 30))
        host = 'mail%d.atl%d.mcdlv.net' % (self.n, self.d)
        ip = '198.2.%d.%d' % (self.n, self.n)
        dom = kw['domain']
        u = m.hex(25)
        lid = m.hex(10)
        cid = m.hex(10)
        mailfrom = 'bounce-mc.us%d_%s.%s-%s@%s' % (kw.get('dc', 21), m.digits(8), m.digits(7), m.hex(10), host)
        sig1, bs1 = dkim_signature(m, dom, 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From', t=t0)
        sig2, bs2 = dkim_signature(m, 'mcdlv.net', 'k3', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From', t=t0)
        top = self.top(host, host, ip, t1, mailfrom, 'pass', [(dom, 'k2', 'pass', bs1), ('mcdlv.net', 'k3', 'pass', bs2)], tls='1.2')
        tail = [('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s' % (
            host, m.alnum(11), m.env_rcpts()[0], rfc_date(t0, 'UTC', comment=True).replace('(UTC)', '(GMT)')))]
        order = ['subject', 'from', 'replyto', 'to', 'date', 'msgid', 'mc', 'body', 'mime']
        em = {'mc': [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, m.hex(10))),
                     ('X-Campaign', 'mailchimp%s.%s' % (u, cid)), ('X-campaignid', 'mailchimp%s.%s' % (u, cid)),
                     ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, cid, m.hex(10))),
                     ('X-MC-User', u), ('Feedback-ID', '%s:%s.%s:us%d:mc' % (m.digits(8), m.digits(8), m.digits(7), kw.get('dc', 21))),
                     ('List-ID', '%s <%s.%s.list-id.mcsv.net>' % (kw.get('list_name', 'mc'), u, lid)),
                     ('X-Accounttype', 'pr'),
                     ('List-Unsubscribe', '<https://%s.us%d.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us%d_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
                      % (kw.get('lm_host', dom.split('.')[0]), kw.get('dc', 21), u, lid, m.hex(10), cid, kw.get('dc', 21), u, cid, m.hex(10))),
                     ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                     ('x-mcda', 'FALSE')] + m.extra}
        return top + [sig1, sig2] + tail + msg_headers(m, order, em)


class SMTP2GO(Profile):
    zone = 'UTC'

    def boundary(self, i=0):
        return '_=_swift_%d_%s_=_' % (epoch(self.m.t), self.m.hex(32))

    def make_msgid(self):
        return '<%s@%s>' % (self.m.hex(32), self.m.from_domain())

    def headers(self, root):
        m = self.m
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(1, 3))
        n = m.rng.randint(200, 470)
        host = 'e2i%d.smtp2go.com' % n
        ip = '103.2.141.%d' % m.rng.randint(10, 120)
        mailfrom = 'bounce-%s@%s' % (m.alnum(12), 'em%d.%s' % (m.rng.randint(100000, 999999), m.from_domain()))
        sig1, bs1 = dkim_signature(m, 'smtpservice.net', 'maxzs0.a1-4.dyn', 'Feedback-ID:X-Smtpcorp-Track:Message-ID:Date:Subject:To:From:Reply-To:MIME-Version:Content-Type', t=t0)
        top = self.top(host, host, ip, t1, mailfrom, 'pass', [('smtpservice.net', 'maxzs0.a1-4.dyn', 'pass', bs1)], tls='1.3')
        tail = [('Received', 'from [10.176.58.103] (helo=SmtpCorp)\n\tby smtpcorp.com with esmtpsa (TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.98-S2G)\n\t(envelope-from <%s>)\n\tid 1v%s-%s-%s;\n\t%s'
                 % (mailfrom, m.alnum(5), m.alnum(6), m.alnum(3), rfc_date(t0, 'UTC'))),
                ('Received', 'from [10.12.239.196] (helo=localhost)\n\tby smtpcorp.com with esmtpsa (TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\n\t(Exim 4.98-S2G)\n\t(envelope-from <%s>)\n\tid 1v%s-%s-%s\n\tfor %s;\n\t%s'
                 % (mailfrom, m.alnum(5), m.alnum(6), m.alnum(3), m.env_rcpts()[0], rfc_date(t0, 'UTC'))),
                ('X-Smtpcorp-Track', m.alnum(12) + '.' + m.alnum(11)), ('Feedback-ID', '%sm:%sa%s:%ss%s' % (m.digits(6), m.digits(6), m.alnum(8), m.digits(6), m.alnum(8))),
                ('X-Report-Abuse', 'Please forward a copy of this message, including all headers, to <abuse-report@smtp2go.com>')]
        order = ['msgid', 'date', 'subject', 'from', 'to', 'replyto', 'mime', 'extra', 'body']
        return top + [sig1] + tail + msg_headers(m, order)


# ------------------------------------------------------------ platforms

class Platform(Profile):
    """Transactional mail of a platform with its own MTAs.
    kw: host, ip, helo, mailfrom, dkim [(domain, selector)], order, zone, msgid_fmt, bstyle, hops (list), extra_after (list), tls, spf"""
    def setup(self):
        self.zone = self.kw.get('zone', 'UTC')

    def boundary(self, i=0):
        m = self.m
        st = self.kw.get('bstyle', 'java')
        if st == 'java':
            return '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 7), m.rng.randint(10 ** 8, 2 * 10 ** 9), epoch(m.t) * 1000 + m.rng.randint(0, 999))
        if st == 'hex':
            return m.hex(32)
        if st == 'eq':
            return '==_%s==' % m.hex(20)
        return st + m.hex(16)

    def make_msgid(self):
        m = self.m
        f = self.kw.get('msgid_fmt', '<{hex32}@{domain}>')
        return f.format(hex32=m.hex(32), hex16=m.hex(16), guid=m.guid(), GUID=m.guid(True), domain=m.from_domain(),
                        epoch=epoch(m.t), ms=epoch(m.t) * 1000 + m.rng.randint(0, 999), d8=m.digits(8), d12=m.digits(12),
                        b64=m.b64(18, urlsafe=True).rstrip('='))

    def headers(self, root):
        m = self.m
        kw = self.kw
        t0 = m.t
        t1 = plus(t0, seconds=m.rng.randint(1, kw.get('delay', 3)))
        dks = []
        sigs = []
        for d, s in kw.get('dkim', []):
            sig, bs = dkim_signature(m, d, s, kw.get('dkim_h', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'), t=t0)
            sigs.append(sig)
            dks.append((d, s, 'pass', bs))
        mailfrom = kw.get('mailfrom', m.frm[1])
        top = self.top(kw.get('helo', kw['host']), kw.get('rdns', kw['host']), kw['ip'], t1, mailfrom, kw.get('spf', 'pass'), dks,
                       tls=kw.get('tls', '1.3'), return_path=kw.get('return_path'))
        hops = []
        for h in kw.get('hops', []):
            hops.append(('Received', h.format(date0=rfc_date(t0, self.zone), date0c=rfc_date(t0, self.zone, comment=True),
                                              rcpt=m.env_rcpts()[0], qid=m.qid(), hex=m.hex(16))))
        order = kw.get('order', ['date', 'from', 'replyto', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'])
        return top + sigs + hops + msg_headers(m, order)
