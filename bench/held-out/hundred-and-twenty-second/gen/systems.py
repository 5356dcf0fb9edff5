"""Sending systems (what each really writes) and mx01.example.com's own receiving headers."""
import base64
import hashlib
import re

from util import (fmt_date, plus, epoch, rhex, ralnum, rdigits, rb64, ruuid, postfix_qid, fold, htext,
                  fmt_addr, PFX_CHARS)

# --------------------------------------------------------------------- DMARC view of mx01
DMARC = {
    'example.com': 'quarantine', 'examplegroup.eu': 'quarantine', 'ferretti-trasporti.it': 'quarantine',
    'lieferant-gmbh.de': 'none', 'gmail.com': 'none', 'googlemail.com': 'none', 'outlook.com': 'none',
    'outlook.de': 'none', 'hotmail.com': 'none', 'gmx.net': 'quarantine', 'gmx.de': 'quarantine',
    'web.de': 'quarantine', 'google.com': 'reject', 'accounts.google.com': 'reject', 'microsoft.com': 'reject',
    'microsoftonline.com': 'reject', 'paypal.de': 'reject', 'paypal.com': 'reject', 'docusign.net': 'reject',
    'canva.com': 'reject', 'harwell-electrical.co.uk': 'reject', 'nordwest-verteilnetz.de': 'quarantine',
    'sumelvalles.es': 'none', 'aruba.it': 'reject', 'staff.aruba.it': 'reject', 'mbank.pl': 'reject',
    'piraeusbank.gr': 'reject', 'intesasanpaolo.com': 'reject', 'bundesanzeiger.de': 'reject',
    'notifications.service.gov.uk': 'reject', 'service.gov.uk': 'reject', 'aade.gr': 'none',
    'skbkontur.ru': 'reject', 'kontur.ru': 'reject', 'diadoc.ru': 'reject', 'yandex.ru': 'reject',
    'ansmtp.ariba.com': 'reject', 'ariba.com': 'reject', 'zoho.eu': 'none', 'b2b-center.ru': 'none',
    'acscourier.net': 'none', 'correo.gob.es': 'none', 'gob.es': 'none', 'gov.pl': 'reject',
    'mail.ru': 'reject', 'libero.it': 'none', 'factunet.es': 'none', 'szem-spb.ru': 'none',
    'partner-logistik.pl': None, 'drewpak-bebny.pl': None, 'elettroimpiantibrianza.it': None,
    'hartmann-partner-stb.de': None, 'tea-aigaiou.gr': None, 'casals-assessors.cat': 'none',
    'kabelmarkt-aktuell.de': 'none', 'sendgrid.net': 'none', 'amazonses.com': 'none',
}

SECOND_LEVEL = ('co.uk', 'com.gr', 'com.pl', 'com.es', 'gov.uk', 'org.uk', 'com.ru', 'gob.es', 'gov.pl',
                'it.com', 'eu.com', 'de.com')


def org(domain):
    parts = domain.lower().split('.')
    if len(parts) >= 3 and '.'.join(parts[-2:]) in SECOND_LEVEL:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def policy(domain):
    d = domain.lower()
    while True:
        if d in DMARC:
            return DMARC[d]
        if '.' not in d:
            return None
        d = d.split('.', 1)[1]
        if d.count('.') == 0:
            return DMARC.get(domain.lower())


# --------------------------------------------------------------------- DKIM helpers
def body_hash(body, canon='relaxed'):
    lines = body.replace(b'\r\n', b'\n').split(b'\n')
    if lines and lines[-1] == b'':
        lines = lines[:-1]
    if canon == 'relaxed':
        lines = [re.sub(rb'[ \t]+', b' ', l).rstrip(b' \t') for l in lines]
    while lines and lines[-1] == b'':
        lines.pop()
    data = b''.join(l + b'\r\n' for l in lines)
    if canon == 'simple' and not data:
        data = b'\r\n'
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def _wrap(s, width, indent):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim_sig(rng, d, sel, hlist, body, t=None, c='relaxed/relaxed', bits=2048, indent='\t', extra='', x=None,
             i=None, order='std', width=70):
    bh = body_hash(body, c.split('/')[1])
    b = rb64(rng, bits // 8)
    if order == 'gmail':
        ind = ' ' * 8
        hs = hlist
        v = ('v=1; a=rsa-sha256; c=%s;\n%sd=%s; s=%s; t=%d; x=%d;%s\n%sh=%s;\n%sbh=%s;\n%sb=%s'
             % (c, ind, d, sel, t, x, extra, ind, hs, ind, bh, ind, _wrap(b, 70, ind + ' ')))
        return v, b
    parts = ['v=1', 'a=rsa-sha256', 'c=%s' % c, 'd=%s' % d, 's=%s' % sel]
    if i:
        parts.append('i=%s' % i)
    if t is not None:
        parts.append('t=%d' % t)
    if x is not None:
        parts.append('x=%d' % x)
    if extra:
        parts.append(extra)
    parts += ['bh=%s' % bh, 'h=%s' % hlist, 'b=%s' % b]
    # fold
    out, cur = [], ''
    for p in parts:
        piece = p + ';'
        if p.startswith('b='):
            piece = p
        if cur and len(cur) + len(piece) + 1 > 75:
            out.append(cur)
            cur = piece
        else:
            cur = (cur + ' ' + piece) if cur else piece
    out.append(cur)
    v = ('\n' + indent).join(out)
    # long h= / b= values: wrap within
    v = re.sub(r'b=([A-Za-z0-9+/=]{80,})$', lambda m: 'b=' + _wrap(m.group(1), 72, indent), v)
    return v, b


def thread_index(rng, replies=0, m365=False):
    head = bytes([1, 1, 0xDC]) if m365 else bytes([1, 0xDC])
    raw = head + bytes(rng.getrandbits(8) for _ in range(22 - len(head))) + bytes(
        rng.getrandbits(8) for _ in range(5 * replies))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------- base class
class Profile:
    style = 'generic'
    desc = ''
    zone = 'DE'
    hcharset = 'utf-8'
    henc = 'B'
    hlabel = None

    def addr(self, s, pair):
        return fmt_addr(pair[0], pair[1], s.hcharset or self.hcharset, s.henc or self.henc,
                        s.hlabel or self.hlabel)

    def addrs(self, s, pairs):
        return ', '.join(self.addr(s, p) for p in pairs)

    def subj(self, s):
        return htext(s.subject, s.hcharset or self.hcharset, s.henc or self.henc, s.hlabel or self.hlabel)

    def common(self, s):
        h = {}
        h['From'] = self.addr(s, s.frm)
        if s.to:
            h['To'] = self.addrs(s, s.to)
        if s.cc:
            h['Cc'] = self.addrs(s, s.cc)
        if s.reply_to:
            h['Reply-To'] = self.addrs(s, s.reply_to)
        h['Subject'] = self.subj(s)
        return h

    def env_from(self, s):
        return s.env_from or s.frm[1]


def H(lst, name, value):
    if value is None:
        return
    if '\n' in value or len(name) + len(value) < 76:
        lst.append((name, value))
    else:
        lst.append(('', fold(name, value)))


def add_extra(s, hs, where='end'):
    for k, v in s.extra_headers:
        H(hs, k, v)


# --------------------------------------------------------------------- Microsoft 365 / Exchange Online
M365_REGIONS = [
    ('EUR05-AM6-obe', 'am6eur05on', '40.107.22.%d', 'eurprd05'),
    ('EUR02-DB5-obe', 'db5eur02on', '40.107.8.%d', 'eurprd02'),
    ('EUR03-VI1-obe', 'vi1eur03on', '40.107.103.%d', 'eurprd03'),
    ('EUR01-VE1-obe', 've1eur01on', '40.107.14.%d', 'eurprd01'),
    ('EUR02-AM0-obe', 'am0eur02on', '52.101.70.%d', 'eurprd02'),
    ('EUR03-DBA-obe', 'dbaeur03on', '52.101.72.%d', 'eurprd03'),
]
M365_BUILD = '15.20.9242.%d'


class M365(Profile):
    style = 'outlook'

    def __init__(self, domain, tenant_id, lang='de-DE', dkim=True, consumer=False, spf='pass', region=None,
                 xmailer=None, auth_as='Internal', ctry=None, dkim_domain=None, has_arc=True, senderad=True,
                 via_mimecast=False):
        self.domain = domain
        self.tenant = tenant_id
        self.lang = lang
        self.dkim = dkim
        self.consumer = consumer
        self.spf = spf
        self.region = region
        self.xmailer = xmailer
        self.auth_as = auth_as
        self.dkim_domain = dkim_domain or domain
        self.has_arc = has_arc
        self.senderad = senderad
        if consumer:
            self.desc = 'Outlook.com consumer (Exchange Online, outbound.protection.outlook.com olkn hosts 40.92.0.0/15)'
        else:
            self.desc = 'Microsoft 365 / Exchange Online (EOP outbound hosts, 40.107.0.0/16, 52.101.0.0/16), DKIM selector1'

    def build(self, s, ct, body):
        r = s.rng
        reg = self.region if self.region is not None else r.randrange(len(M365_REGIONS))
        helo, rdns_p, ipfmt, prd = M365_REGIONS[reg]
        last = r.randint(20, 250)
        if self.consumer:
            helo = helo.replace('-obe', '-obe')
            rdns = 'mail-%solkn%d.outbound.protection.outlook.com' % (rdns_p[:-2], 2000 + last)
            ip = '40.92.%d.%d' % (r.choice([18, 19, 20, 21, 42, 43, 58, 59, 62, 63, 90, 91]), last)
        else:
            rdns = 'mail-%s%d.outbound.protection.outlook.com' % (rdns_p, 2000 + last)
            ip = ipfmt % last
        ser_mid, mbx = s._ser.outlook_mid()
        prd = mbx.split('.')[1]
        hub = '%s%02dMB%04d.%s.prod.outlook.com' % (r.choice(['AS8PR', 'DU2PR', 'PAWPR', 'DB8PR']),
                                                    r.randint(1, 10), r.randint(1000, 9999), prd)
        build = M365_BUILD % r.randint(10, 30)
        t_send = s.t0
        t1 = plus(t_send, 0, 1, r)
        t2 = plus(t1, 0, 2, r)
        arrival = plus(t2, 1, 4, r)
        v6a = '2603:10a6:%x:%x::%x' % (r.randint(0x10, 0x800), r.randint(0x10, 0x4ff), r.randint(1, 0x20))
        v6b = '2603:10a6:%x:%x::%x' % (r.randint(0x10, 0x800), r.randint(0x10, 0x4ff), r.randint(1, 0x20))
        ll = 'fe80::%x:%x:%x:%x' % tuple(r.randint(0, 0xffff) for _ in range(4))
        hs = []
        H(hs, 'Received', 'from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s'
          % (mbx.split('.')[0] + '.' + '.'.join(mbx.split('.')[1:]), v6a, hub, v6b, build,
             fmt_date(t2, 'UTC', 'ms')))
        H(hs, 'Received', 'from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s'
          % (mbx, ll, mbx, ll, r.randint(3, 7), build[:-2] + '%03d' % int(build.split('.')[-1]),
             fmt_date(t1, 'UTC', 'ms')))
        fdom = s.frm[1].split('@')[1]
        envd = self.env_from(s).split('@')[1]
        dk = []
        if self.has_arc:
            H(hs, 'ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s'
              % _wrap(rb64(r, 256), 76, ' '))
            H(hs, 'ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-Original-0;\n bh=%s;\n b=%s'
              % (body_hash(body), _wrap(rb64(r, 256), 76, ' ')))
            dm = 'pass' if self.dkim else 'none'
            dmarc_r = 'none' if policy(fdom) is None else ('pass' if self.dkim or envd == fdom else 'fail')
            H(hs, 'ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=%s action=none\n header.from=%s; dkim=%s\n header.d=%s; arc=none'
              % (envd, dmarc_r, fdom, dm, self.dkim_domain if self.dkim else 'none'))
        if self.dkim:
            sel = 'selector1' if r.random() < 0.6 else 'selector2'
            hl = 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'
            v, b = dkim_sig(r, self.dkim_domain, sel, hl, body, indent=' ')
            H(hs, 'DKIM-Signature', v)
            dk.append(('pass', self.dkim_domain, sel, b))
        c = self.common(s)
        for k in ('From', 'To', 'Cc', 'Reply-To', 'Subject'):
            if k in c:
                H(hs, k, c[k])
        topic = re.sub(r'^((AW|WG|RE|R|I|FW|Fwd|RV|ΑΠ|ΠΡΘ|Odp|PD|Re|Fw|ENC|Отв|Пересл|SV)\s*:\s*)+', '',
                       s.subject, flags=re.I)
        H(hs, 'Thread-Topic', htext(topic, s.hcharset or 'utf-8', s.henc or 'B', s.hlabel))
        H(hs, 'Thread-Index', thread_index(r, s.replies, m365=True))
        H(hs, 'Date', fmt_date(t_send, 'UTC', 'ms'))
        mid = s.msgid or ser_mid
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        if s.references:
            H(hs, 'References', s.references)
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
        H(hs, 'Accept-Language', '%s, en-US' % self.lang if self.lang != 'en-US' else 'en-US')
        H(hs, 'Content-Language', self.lang)
        H(hs, 'X-MS-Has-Attach', 'yes' if s.has_attach else '')
        H(hs, 'X-MS-TNEF-Correlator', '')
        if self.xmailer:
            H(hs, 'X-Mailer', self.xmailer)
        H(hs, 'msip_labels', '')
        if self.has_arc:
            H(hs, 'authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % fdom)
        H(hs, 'x-ms-publictraffictype', 'Email')
        H(hs, 'x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbx.split('.')[0], hub.split('.')[0]))
        H(hs, 'x-ms-office365-filtering-correlation-id', ruuid(r))
        if self.senderad:
            H(hs, 'x-ms-exchange-senderadcheck', '1')
        H(hs, 'x-ms-exchange-antispam-relay', '0')
        H(hs, 'x-microsoft-antispam', 'BCL:0;ARA:13230040|366016|1800799024|376014|38070700018|8096899003;')
        H(hs, 'x-microsoft-antispam-message-info', '\n ' + _wrap(rb64(r, 540), 76, ' '))
        H(hs, 'x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018)(8096899003);DIR:OUT;SFP:1101;'
          % (self.lang[:2], mbx))
        H(hs, 'x-ms-exchange-antispam-messagedata-chunkcount', '1')
        H(hs, 'x-ms-exchange-antispam-messagedata-0', '\n ' + _wrap(rb64(r, 300), 76, ' '))
        add_extra(s, hs)
        for k, v in ct:
            H(hs, k, v)
        H(hs, 'MIME-Version', '1.0')
        orgd = self.domain if not self.consumer else 'sct-15-20-8813-0-msonline-outlook-38779.templateTenant'
        H(hs, 'X-OriginatorOrg', orgd)
        H(hs, 'X-MS-Exchange-CrossTenant-AuthAs', self.auth_as)
        H(hs, 'X-MS-Exchange-CrossTenant-AuthSource', mbx)
        H(hs, 'X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid(r))
        H(hs, 'X-MS-Exchange-CrossTenant-originalarrivaltime', '%s.%04d\n (UTC)' % (
            t_send.strftime('%d %b %Y %H:%M:%S'), r.randint(0, 9999)))
        H(hs, 'X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted')
        H(hs, 'X-MS-Exchange-CrossTenant-id', self.tenant)
        H(hs, 'X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED')
        H(hs, 'X-MS-Exchange-CrossTenant-userprincipalname', rb64(r, 48))
        H(hs, 'X-MS-Exchange-Transport-CrossTenantHeadersStamped', hub.split('.')[0])
        return dict(headers=hs, client=(helo + '.outbound.protection.outlook.com', rdns, ip),
                    env_from=self.env_from(s), spf=self.spf, dkim=dk,
                    arc=('pass', 'microsoft.com', 'arcselector10001') if self.has_arc else None, arrival=arrival)


class Mimecast(M365):
    """M365 tenant whose outbound mail is relayed through Mimecast (UK/EU)."""

    def __init__(self, *a, mc_sel='mimecast20240117', **kw):
        super().__init__(*a, **kw)
        self.mc_sel = mc_sel
        self.desc = 'Microsoft 365 with outbound relay via Mimecast (eu-smtp-delivery-*.mimecast.com, 185.58.84.0/22)'

    def build(self, s, ct, body):
        d = super().build(s, ct, body)
        r = s.rng
        n = r.choice([151, 152, 161, 162, 171])
        ip = '185.58.%d.%d' % (85 if n < 160 else 86, n)
        host = 'eu-smtp-delivery-%d.mimecast.com' % n
        t = plus(d['arrival'], 1, 3, r)
        hs = []
        H(hs, 'Received', 'from %s (%s [%s]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n uk-mta-%d-%s-%s; %s'
          % (d['client'][0], d['client'][1], d['client'][2], r.randint(10, 240), ralnum(r, 22), ralnum(r, 1).upper(),
             fmt_date(d['arrival'], 'UK', 'std')))
        v, b = dkim_sig(r, self.domain, self.mc_sel, 'from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc:mime-version:mime-version:content-type:content-type:in-reply-to:in-reply-to:references:references', body, t=epoch(t), indent=' ')
        H(hs, 'DKIM-Signature', v)
        d['dkim'].append(('pass', self.domain, self.mc_sel, b))
        mcid = '%s-%s' % (ralnum(r, 22), ralnum(r, 1))
        hs += d['headers']
        hs2 = []
        for k, val in hs:
            hs2.append((k, val))
            if k == 'MIME-Version':
                hs2.append(('X-Mimecast-Spam-Score', '0'))
                hs2.append(('X-Mimecast-MFC-AGG-ID', self.domain))
                hs2.append(('X-Mimecast-Originator', self.domain))
                hs2.append(('X-MC-Unique', mcid))
                hs2.append(('X-Mimecast-MFC-PROC-ID', '%s_%d' % (rhex(r, 32), r.randint(100, 999))))
        d['headers'] = hs2
        d['client'] = (host, host, ip)
        d['arrival'] = t
        return d


# --------------------------------------------------------------------- Exchange 2019 on premises (internal)
class Internal(Profile):
    style = 'exchange'
    desc = 'internal: Exchange 2019 (EXCH01/EXCH02.corp.example.com) -> mail-int01.example.com [10.20.0.25]'

    def __init__(self, server='EXCH02', client_ip=None, lang='de-DE', xmailer=None):
        self.server = server
        self.exch_fqdn = '%s.corp.example.com' % server
        self.client_ip = client_ip
        self.lang = lang
        self.xmailer = xmailer

    def build(self, s, ct, body):
        r = s.rng
        ex = self.server
        other = 'EXCH01' if ex == 'EXCH02' else 'EXCH02'
        ipx = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}
        t1 = plus(s.t0, 0, 1, r)
        t2 = plus(t1, 0, 2, r)
        t3 = plus(t2, 0, 2, r)
        arrival = plus(t3, 0, 2, r)
        ll = 'fe80::%x:%x:%x:%x' % tuple(r.randint(0, 0xffff) for _ in range(4))
        hs = []
        rc = s.rcpt[0] if len(s.rcpt) == 1 else None
        H(hs, 'Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s%s; %s'
          % (other, other.lower(), ipx[other], postfix_qid(r), ('\n\tfor <%s>' % rc) if rc else '',
             fmt_date(t3, 'DE', 'postfix')))
        H(hs, 'Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.36; %s'
          % (ex, ipx[ex], other, ipx[other], fmt_date(t2, 'DE', 'std')))
        H(hs, 'Received', 'from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%14]) with mapi id\n 15.02.1748.036; %s'
          % (ex, ll, ex, ll, fmt_date(t1, 'DE', 'std')))
        v, b = dkim_sig(r, s.frm[1].split('@')[1], 'int2025', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', body,
                        t=epoch(t3))
        H(hs, 'DKIM-Signature', v)
        c = self.common(s)
        for k in ('From', 'To', 'Cc', 'Reply-To', 'Subject'):
            if k in c:
                H(hs, k, c[k])
        topic = re.sub(r'^((AW|WG|RE|R|I|FW|Fwd|RV|ΑΠ|ΠΡΘ|Odp|PD|Re|Fw|ENC|Отв|Пересл)\s*:\s*)+', '', s.subject, flags=re.I)
        H(hs, 'Thread-Topic', htext(topic, s.hcharset or 'utf-8', s.henc or 'B', s.hlabel))
        H(hs, 'Thread-Index', thread_index(r, s.replies))
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'ms'))
        mid = s.msgid or s._ser.exch_mid()
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        if s.references:
            H(hs, 'References', s.references)
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
        H(hs, 'Accept-Language', '%s, en-US' % self.lang if self.lang != 'en-US' else 'en-US')
        H(hs, 'Content-Language', self.lang)
        H(hs, 'X-MS-Has-Attach', 'yes' if s.has_attach else '')
        H(hs, 'X-MS-TNEF-Correlator', '')
        H(hs, 'x-ms-exchange-transport-fromentityheader', 'Hosted')
        H(hs, 'x-originating-ip', '[%s]' % (self.client_ip or '10.20.%d.%d' % (r.randint(10, 60), r.randint(10, 250))))
        add_extra(s, hs)
        for k, v in ct:
            H(hs, k, v)
        H(hs, 'MIME-Version', '1.0')
        return dict(headers=hs, client=('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'),
                    env_from=self.env_from(s), spf='pass', dkim=[('pass', s.frm[1].split('@')[1], 'int2025', b)],
                    arc=None, arrival=arrival, tls='TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')


# --------------------------------------------------------------------- own Postfix relay (SME)
class OwnPostfix(Profile):
    """Desktop Outlook / Thunderbird submitting to the organisation's own Postfix relay."""

    def __init__(self, relay, relay_ip, dkim_sel, client='outlook', lan_prefix='192.168.10.', dkim=True,
                 spf='pass', amavis=True, desc=None, zone='DE', relay_helo=None, submit_ip=None, ua=None):
        self.relay, self.relay_ip, self.sel = relay, relay_ip, dkim_sel
        self.client = client
        self.style = {'outlook': 'outlookdesk', 'thunderbird': 'thunderbird', 'erp': 'java', 'apple': 'apple',
                      'roundcube': 'roundcube', 'php': 'phpmailer'}[client]
        self.lan = lan_prefix
        self.dkim = dkim
        self.spf = spf
        self.amavis = amavis
        self.zone = zone
        self.relay_helo = relay_helo or relay
        self.submit_ip = submit_ip
        self.ua = ua
        self.desc = desc or 'own Postfix relay %s [%s] with amavis/OpenDKIM (s=%s)' % (relay, relay_ip, dkim_sel)

    def build(self, s, ct, body):
        r = s.rng
        dom = s.frm[1].split('@')[1]
        t1 = plus(s.t0, 0, 2, r)
        t2 = plus(t1, 0, 3, r)
        arrival = plus(t2, 1, 3, r)
        hs = []
        lanip = self.submit_ip or (self.lan + str(r.randint(20, 200)))
        if self.amavis:
            H(hs, 'Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
              % (self.relay, postfix_qid(r), fmt_date(t2, self.zone, 'postfix')))
            H(hs, 'X-Virus-Scanned', 'amavis at %s' % dom)
        ws = {'outlook': 'NB%03d' % r.randint(1, 140), 'thunderbird': '[%s]' % lanip}.get(self.client, 'erp01')
        if self.client == 'thunderbird':
            H(hs, 'Received', 'from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
              % (lanip, lanip, s.frm[1], self.relay, postfix_qid(r), fmt_date(t1, self.zone, 'postfix')))
        else:
            H(hs, 'Received', 'from %s (%s.%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
              % (ws, ws.lower(), 'intern.' + dom, lanip, s.frm[1], self.relay, postfix_qid(r),
                 fmt_date(t1, self.zone, 'postfix')))
        dk = []
        if self.dkim:
            v, b = dkim_sig(r, dom, self.sel, 'from:to:subject:date:message-id:content-type:mime-version' +
                            (':in-reply-to:references' if s.in_reply_to else ''), body, t=epoch(t2))
            H(hs, 'DKIM-Signature', v)
            dk.append(('pass', dom, self.sel, b))
        c = self.common(s)
        if self.client == 'outlook':
            for k in ('From', 'To', 'Cc', 'Reply-To'):
                if k in c:
                    H(hs, k, c[k])
            if s.references:
                H(hs, 'References', s.references)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'Subject', c['Subject'])
            H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
            mid = s.msgid or s._ser.desk_mid(dom)
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'MIME-Version', '1.0')
            for k, v in ct:
                H(hs, k, v)
            H(hs, 'X-Mailer', self.ua or 'Microsoft Outlook 16.0')
            H(hs, 'Thread-Index', thread_index(r, s.replies))
            H(hs, 'Content-Language', {'DE': 'de', 'IT': 'it', 'PL': 'pl', 'ES': 'es', 'GR': 'el', 'UK': 'en-gb', 'RU': 'ru'}.get(self.zone, 'de'))
            add_extra(s, hs)
        elif self.client == 'erp':
            H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
            for k in ('From', 'Reply-To', 'To', 'Cc'):
                if k in c:
                    H(hs, k, c[k])
            mid = s.msgid or '<%d.%d.%d@%s>' % (r.randint(10 ** 8, 10 ** 9), r.randint(1, 99), epoch(s.t0) * 1000 + r.randint(0, 999), self.relay.replace('mail.', 'erp.'))
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'Subject', c['Subject'])
            H(hs, 'MIME-Version', '1.0')
            for k, v in ct:
                H(hs, k, v)
            add_extra(s, hs)
        else:
            mid = s.msgid or '<%s@%s>' % (ruuid(r), dom)
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
            H(hs, 'MIME-Version', '1.0')
            H(hs, 'User-Agent', self.ua or 'Mozilla Thunderbird')
            if s.references:
                H(hs, 'References', s.references)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'Content-Language', {'DE': 'de-DE', 'IT': 'it', 'PL': 'pl', 'ES': 'es-ES', 'GR': 'el', 'UK': 'en-GB', 'RU': 'ru'}.get(self.zone, 'de-DE'))
            for k in ('To', 'Cc', 'From', 'Reply-To'):
                if k in c:
                    H(hs, k, c[k])
            H(hs, 'Subject', c['Subject'])
            add_extra(s, hs)
            for k, v in ct:
                H(hs, k, v)
        return dict(headers=hs, client=(self.relay_helo, self.relay, self.relay_ip), env_from=self.env_from(s),
                    spf=self.spf, dkim=dk, arc=None, arrival=arrival)


# --------------------------------------------------------------------- Gmail / Google Workspace
GMAIL_HOSTS = [('mail-wm1-f%d.google.com', '209.85.128.%d'), ('mail-ed1-f%d.google.com', '209.85.208.%d'),
               ('mail-lj1-f%d.google.com', '209.85.208.%d'), ('mail-wr1-f%d.google.com', '209.85.221.%d'),
               ('mail-ej1-f%d.google.com', '209.85.218.%d')]


def _gm_id(r):
    return 'CA' + ralnum(r, 1, 'BCDEFGHJKLMN') + ralnum(r, 52, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') + '=' + ralnum(r, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '@mail.gmail.com'


class Gmail(Profile):
    style = 'gmail'

    def __init__(self, workspace=False, spf='pass', zone='DE'):
        self.workspace = workspace
        self.spf = spf
        self.zone = zone
        self.desc = ('Google Workspace (mail-*.google.com, 209.85.128.0/17), DKIM s=google + 1e100.net'
                     if workspace else 'Gmail consumer (mail-*.google.com, 209.85.128.0/17), DKIM d=gmail.com s=20230601')

    def build(self, s, ct, body):
        r = s.rng
        hp, ipp = r.choice(GMAIL_HOSTS)
        n = r.choice([41, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182])
        host, ip = hp % n, ipp % n
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 0, 2, r)
        dom = s.frm[1].split('@')[1]
        hs = []
        smtpid = '%s-%s%s.%d' % (rhex(r, 10), rhex(r, 5), 'so' + rdigits(r, 8) + r.choice(['e9', 'a8', 'ad', 'f8']), r.randint(1, 9))
        rc = s.rcpt[0] if len(s.rcpt) == 1 else None
        H(hs, 'Received', 'by %s with SMTP id %s%s;\n        %s' % (host, smtpid,
                                                                   ('\n        for <%s>' % rc) if rc else '',
                                                                   fmt_date(t1, 'US-PT', 'paren')))
        tt = epoch(s.t0) + r.randint(0, 3)
        dk = []
        hl = 'to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to' if s.in_reply_to else 'to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to'
        if self.workspace:
            v, b = dkim_sig(r, dom, 'google', hl, body, t=tt, x=tt + 604800, extra=' darn=example.com;', order='gmail')
            H(hs, 'DKIM-Signature', v)
            dk.append(('pass', dom, 'google', b))
            v2, _ = dkim_sig(r, '1e100.net', '20230601', hl.replace('to:subject', 'x-gm-message-state:to:subject', 1), body, t=tt, x=tt + 604800, order='gmail')
            H(hs, 'X-Google-DKIM-Signature', v2)
        else:
            v, b = dkim_sig(r, 'gmail.com', '20230601', hl, body, t=tt, x=tt + 604800, extra=' darn=example.com;', order='gmail')
            H(hs, 'DKIM-Signature', v)
            dk.append(('pass', 'gmail.com', '20230601', b))
        H(hs, 'X-Gm-Message-State', 'AOJu0Y' + ralnum(r, 62, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '\n\t' + ralnum(r, 20) + '==')
        H(hs, 'X-Gm-Gg', 'ASbGnc' + ralnum(r, 70) + '\n\t' + ralnum(r, 70) + '\n\t' + ralnum(r, 40))
        H(hs, 'X-Google-Smtp-Source', 'AGHT+I' + ralnum(r, 80) + '==')
        H(hs, 'X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
          % (rhex(r, 4), rhex(r, 4), rhex(r, 3), rhex(r, 4), rhex(r, 4), smtpid.replace('so', 'mr', 1) + rdigits(r, 6),
             fmt_date(s.t0, 'US-PT', 'paren')))
        c = self.common(s)
        H(hs, 'MIME-Version', '1.0')
        if s.references:
            H(hs, 'References', s.references)
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
        H(hs, 'From', c['From'])
        H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
        H(hs, 'X-Gm-Features', 'AQ18' + ralnum(r, 60))
        mid = s.msgid or '<%s>' % _gm_id(r)
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        H(hs, 'Subject', c['Subject'])
        for k in ('To', 'Cc', 'Reply-To'):
            if k in c:
                H(hs, k, c[k])
        add_extra(s, hs)
        for k, v in ct:
            H(hs, k, v)
        return dict(headers=hs, client=(host, host, ip), env_from=self.env_from(s), spf=self.spf, dkim=dk, arc=None,
                    arrival=arrival)


class GoogleNotify(Profile):
    """Mail generated by Google itself (Drive shares, account security alerts)."""
    style = 'gmail'

    def __init__(self, kind='drive', zone='DE'):
        self.kind = kind
        self.zone = zone
        self.desc = 'Google notification infrastructure (mail-sor-f*.google.com 209.85.220.0/24), DKIM d=google.com'

    def build(self, s, ct, body):
        r = s.rng
        n = r.choice([41, 65, 69, 73, 97, 115, 131, 133])
        host, ip = 'mail-sor-f%d.google.com' % n, '209.85.220.%d' % n
        t1 = plus(s.t0, 0, 1, r)
        arrival = plus(t1, 0, 2, r)
        hs = []
        smtpid = '%s-%s' % (rhex(r, 10), rhex(r, 5)) + 'so' + rdigits(r, 8) + 'a8.' + str(r.randint(1, 9))
        rc = s.rcpt[0]
        H(hs, 'Received', 'by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s'
          % (host, smtpid, rc, fmt_date(t1, 'US-PT', 'paren')))
        tt = epoch(s.t0)
        hl = 'to:from:subject:message-id:feedback-id:date:reply-to:mime-version\n         :from:to:cc:subject:date:message-id:reply-to' if self.kind == 'drive' else 'to:from:subject:message-id:feedback-id:date:mime-version:from:to\n         :cc:subject:date:message-id:reply-to'
        v, b = dkim_sig(r, 'google.com', '20230601', hl, body, t=tt, x=tt + 604800, extra=' darn=example.com;', order='gmail')
        H(hs, 'DKIM-Signature', v)
        v2, _ = dkim_sig(r, '1e100.net', '20230601', hl.replace('to:from', 'x-gm-message-state:to:from', 1), body, t=tt, x=tt + 604800, order='gmail')
        H(hs, 'X-Google-DKIM-Signature', v2)
        H(hs, 'X-Gm-Message-State', 'AOJu0Y' + ralnum(r, 62) + '\n\t' + ralnum(r, 20) + '==')
        H(hs, 'X-Google-Smtp-Source', 'AGHT+I' + ralnum(r, 80) + '==')
        H(hs, 'MIME-Version', '1.0')
        H(hs, 'X-Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
          % (rhex(r, 4), rhex(r, 4), rhex(r, 3), rhex(r, 4), rhex(r, 4), smtpid.replace('so', 'mr', 1) + rdigits(r, 4), fmt_date(s.t0, 'US-PT', 'paren')))
        if self.kind == 'drive':
            H(hs, 'Reply-To', self.addrs(s, s.reply_to))
            H(hs, 'X-No-Auto-Attachment', '1')
        else:
            H(hs, 'X-Account-Notification-Type', '127-anexp#nret-fa')
        H(hs, 'Feedback-ID', 'P-10-0:C%d:M%d-%s:gamma' % (r.randint(20000000, 29999999), r.randint(110000000, 119999999), s.lang))
        H(hs, 'X-Notifications', 'GAMMA:<%s@gamma.google.com>' % rhex(r, 40))
        if self.kind == 'drive':
            H(hs, 'X-Notifications-Bounce-Info', ralnum(r, 60) + 'Njk0MDg1MjY3MjQ3MjMzNTI5Mw')
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'std').replace('+0000', '+0000'))
        mid = s.msgid or '<%s@google.com>' % ralnum(r, 22)
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        c = self.common(s)
        H(hs, 'Subject', c['Subject'])
        H(hs, 'From', c['From'])
        H(hs, 'To', c['To'])
        add_extra(s, hs)
        for k, v in ct:
            H(hs, k, v)
        env = s.env_from or '%s@%s.bounces.google.com' % ('3' + ralnum(r, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'), 'doclist' if self.kind == 'drive' else 'gaia')
        return dict(headers=hs, client=(host, host, ip), env_from=env, spf='pass', dkim=[('pass', 'google.com', '20230601', b)],
                    arc=None, arrival=arrival)


# --------------------------------------------------------------------- IONOS / GMX (Nemesis)
class Ionos(Profile):
    def __init__(self, gmx=False, client='thunderbird', zone='DE', webmail=False):
        self.gmx = gmx
        self.client = client
        self.zone = zone
        self.webmail = webmail
        self.style = 'thunderbird' if client == 'thunderbird' else ('outlookdesk' if client == 'outlook' else 'java')
        self.desc = ('GMX FreeMail (mout.gmx.net 212.227.15.0/24, Nemesis)' if gmx else
                     'IONOS hosted mail (mout.kundenserver.de 212.227.126.0/24, Nemesis)')

    def build(self, s, ct, body):
        r = s.rng
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 0, 2, r)
        hs = []
        pub = '%d.%d.%d.%d' % (r.choice([79, 84, 87, 91, 93, 95]), r.randint(192, 254), r.randint(1, 254), r.randint(2, 250))
        if self.gmx:
            out_host, ip = 'mout.gmx.net', '212.227.15.%d' % r.choice([15, 18, 19])
            inner = 'mail.gmx.net (mrgmx%d [212.227.17.%d])' % (r.randint(100, 115), r.randint(160, 190))
        else:
            out_host, ip = 'mout.kundenserver.de', '212.227.126.%d' % r.choice([130, 131, 133, 134, 135, 187])
            inner = 'mrelayeu.kundenserver.de (mreue%d [212.227.15.%d])' % (r.randint(105, 112), r.randint(160, 190))
        nem = '1M' + ralnum(r, 7) + '-1t' + ralnum(r, 6) + ralnum(r, 6)
        if self.webmail:
            bap = r.randint(1, 80)
            s._gmx_bap = bap
            H(hs, 'Received', 'from [%s] ([%s]) by %s\n with ESMTPSA (Nemesis) id %s; %s' % (
                '172.19.172.%d' % bap, '172.19.172.%d' % bap, inner, nem, fmt_date(t1, 'DE', 'std')))
            H(hs, 'Received', 'from [%s] ([%s]) by web-mail.gmx.net\n (3c-app-gmx-bap%02d.server.lan [172.19.172.%d]) (via HTTP); %s' % (
                pub, pub, bap, bap, fmt_date(s.t0, 'DE', 'std')))
        else:
            src = '[192.168.178.%d] ([%s])' % (r.randint(20, 60), pub)
            H(hs, 'Received', 'from %s by %s\n with ESMTPSA (Nemesis) id %s; %s' % (src, inner, nem, fmt_date(t1, 'DE', 'std')))
        c = self.common(s)
        mid = s.msgid or ('<%s@%s>' % (ruuid(r), s.frm[1].split('@')[1]) if not self.webmail else
                          '<trinity-%s-%d@3c-app-gmx-bap%02d>' % (ruuid(r), epoch(s.t0) * 1000 + r.randint(0, 999), getattr(s, '_gmx_bap', 11)))
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
        H(hs, 'MIME-Version', '1.0')
        if self.client == 'thunderbird':
            H(hs, 'User-Agent', 'Mozilla Thunderbird')
            H(hs, 'Content-Language', 'de-DE')
        elif self.client == 'outlook':
            H(hs, 'X-Mailer', 'Microsoft Outlook 16.0')
        if s.references:
            H(hs, 'References', s.references)
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
        for k in ('To', 'Cc', 'From', 'Reply-To'):
            if k in c:
                H(hs, k, c[k])
        H(hs, 'Subject', c['Subject'])
        add_extra(s, hs)
        for k, v in ct:
            H(hs, k, v)
        H(hs, 'X-Provags-ID', 'V03:K1:' + ralnum(r, 60) + '\n ' + ralnum(r, 60) + '\n ' + ralnum(r, 40))
        H(hs, 'X-Spam-Flag', 'NO')
        H(hs, 'UI-OutboundReport', 'notjunk:1;M01:P0:' + ralnum(r, 11) + '=;' + ralnum(r, 60) + '\n ' + ralnum(r, 60))
        dk = []
        if self.gmx:
            v, b = dkim_sig(r, 'gmx.net', 's31663417', 'X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:From:Content-Type:cc:content-transfer-encoding:content-type:date:from:message-id:mime-version:reply-to:subject:to', body, t=epoch(t1), i=s.frm[1])
            hs.insert(0, ('DKIM-Signature', v))
            hs.insert(1, ('X-UI-Sender-Class', rhex(r, 8) + '-' + rhex(r, 4) + '-' + rhex(r, 4) + '-' + rhex(r, 4) + '-' + rhex(r, 12)))
            dk.append(('pass', 'gmx.net', 's31663417', b))
        return dict(headers=hs, client=(out_host, out_host, ip), env_from=self.env_from(s), spf='pass', dkim=dk,
                    arc=None, arrival=arrival)


# --------------------------------------------------------------------- Aruba (Italy)
class Aruba(Profile):
    style = 'outlook'

    def __init__(self, client='outlook', zone='IT', dkim_domain=None, spf='pass'):
        self.client = client
        self.zone = zone
        self.style = {'outlook': 'outlookdesk', 'webmail': 'roundcube', 'php': 'phpmailer', 'thunderbird': 'thunderbird'}[client]
        self.dkim_domain = dkim_domain
        self.spf = spf
        self.desc = 'Aruba hosted mail (smtpcmd*.aruba.it 62.149.156.0/24, "Aruba Outgoing Smtp"), DKIM d=aruba.it a1'

    def build(self, s, ct, body):
        r = s.rng
        n = r.randint(10, 250)
        host, ip = 'smtpcmd%04d.aruba.it' % (10000 + n) if r.random() < 0.5 else 'smtpcmd%02d.ad.aruba.it' % (n % 20 + 1), '62.149.156.%d' % n
        host = 'smtpcmd%d.aruba.it' % (10100 + n)
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 0, 3, r)
        pub = '%d.%d.%d.%d' % (r.choice([79, 87, 93, 151, 2]), r.randint(0, 254), r.randint(1, 254), r.randint(2, 250))
        hs = []
        H(hs, 'Received', 'from [192.168.1.%d] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s'
          % (r.randint(2, 60), pub, ralnum(r, 16), fmt_date(t1, 'IT', 'std0')))
        dd = self.dkim_domain or 'aruba.it'
        v, b = dkim_sig(r, dd, 'a1', 'Date:From:To:Subject:MIME-Version:Content-Type', body, t=epoch(t1), c='relaxed/simple')
        hs.insert(0, ('DKIM-Signature', v))
        c = self.common(s)
        if self.client == 'outlook':
            for k in ('From', 'To', 'Cc', 'Reply-To'):
                if k in c:
                    H(hs, k, c[k])
            if s.references:
                H(hs, 'References', s.references)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'Subject', c['Subject'])
            H(hs, 'Date', fmt_date(s.t0, 'IT', 'std'))
            mid = s.msgid or s._ser.desk_mid(s.frm[1].split('@')[1])
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'MIME-Version', '1.0')
            for k, v in ct:
                H(hs, k, v)
            H(hs, 'X-Mailer', 'Microsoft Outlook 16.0')
            H(hs, 'Thread-Index', thread_index(r, s.replies))
            H(hs, 'Content-Language', 'it')
            add_extra(s, hs)
        else:
            H(hs, 'MIME-Version', '1.0')
            H(hs, 'Date', fmt_date(s.t0, 'IT', 'std'))
            for k in ('From', 'To', 'Cc', 'Reply-To'):
                if k in c:
                    H(hs, k, c[k])
            H(hs, 'Subject', c['Subject'])
            mid = s.msgid or '<%s@%s>' % (rhex(r, 32), 'webmail.aruba.it')
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            add_extra(s, hs)
            H(hs, 'X-Sender', s.frm[1])
            H(hs, 'User-Agent', 'Roundcube Webmail/1.6.9')
            for k, v in ct:
                H(hs, k, v)
        H(hs, 'X-CMAE-Envelope', 'MS4xfG' + ralnum(r, 70) + '\n ' + ralnum(r, 70))
        return dict(headers=hs, client=(host, host, ip), env_from=self.env_from(s), spf=self.spf,
                    dkim=[('pass', dd, 'a1', b)], arc=None, arrival=arrival)


# --------------------------------------------------------------------- home.pl (Poland)
class HomePl(Profile):
    def __init__(self, server='cloudserver2147385.home.pl', ip='46.242.245.117', client='thunderbird', dkim=True,
                 submit_ip=None):
        self.server, self.ip = server, ip
        self.submit_ip = submit_ip
        self.client = client
        self.style = {'thunderbird': 'thunderbird', 'outlook': 'outlookdesk', 'webmail': 'roundcube'}[client]
        self.dkim = dkim
        self.desc = 'home.pl shared hosting (%s [%s]), Vade filtering, DKIM s=default' % (server, ip)

    def build(self, s, ct, body):
        r = s.rng
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 1, 4, r)
        pub = self.submit_ip or '%d.%d.%d.%d' % (r.choice([31, 83, 89, 178, 188]), r.randint(0, 254), r.randint(1, 254), r.randint(2, 250))
        hs = []
        if self.client == 'webmail':
            H(hs, 'Received', 'from poczta.home.pl (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
              % (self.server, postfix_qid(r), fmt_date(t1, 'PL', 'postfix')))
        else:
            H(hs, 'Received', 'from [192.168.0.%d] (%s.dynamic.chello.pl [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
              % (r.randint(10, 90), pub.replace('.', '-'), pub, self.server, postfix_qid(r), fmt_date(t1, 'PL', 'postfix')))
        dom = s.frm[1].split('@')[1]
        dk = []
        if self.dkim:
            v, b = dkim_sig(r, dom, 'default', 'from:to:subject:date:message-id:mime-version:content-type', body, t=epoch(t1))
            hs.insert(0, ('DKIM-Signature', v))
            dk.append(('pass', dom, 'default', b))
        c = self.common(s)
        if self.client == 'outlook':
            for k in ('From', 'To', 'Cc'):
                if k in c:
                    H(hs, k, c[k])
            if s.references:
                H(hs, 'References', s.references)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'Subject', c['Subject'])
            H(hs, 'Date', fmt_date(s.t0, 'PL', 'std'))
            mid = s.msgid or s._ser.desk_mid(dom)
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'MIME-Version', '1.0')
            for k, v in ct:
                H(hs, k, v)
            H(hs, 'X-Mailer', 'Microsoft Outlook 16.0')
            H(hs, 'Thread-Index', thread_index(r, s.replies))
            H(hs, 'Content-Language', 'pl')
            add_extra(s, hs)
        else:
            if self.client == 'webmail':
                mid = s.msgid or '<%s@%s>' % (rhex(r, 32), dom)
            else:
                mid = s.msgid or '<%s@%s>' % (ruuid(r), dom)
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'Date', fmt_date(s.t0, 'PL', 'std'))
            H(hs, 'MIME-Version', '1.0')
            H(hs, 'User-Agent', 'Roundcube Webmail/1.6.9' if self.client == 'webmail' else 'Mozilla Thunderbird')
            if s.references:
                H(hs, 'References', s.references)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'Content-Language', 'pl')
            for k in ('To', 'Cc', 'From', 'Reply-To'):
                if k in c:
                    H(hs, k, c[k])
            H(hs, 'Subject', c['Subject'])
            add_extra(s, hs)
            for k, v in ct:
                H(hs, k, v)
        H(hs, 'X-CLIENT-IP', pub)
        H(hs, 'X-CLIENT-HOSTNAME', ('%s.dynamic.chello.pl' % pub.replace('.', '-')) if not self.submit_ip else 'unknown')
        H(hs, 'X-VADE-SPAMSTATE', 'clean')
        H(hs, 'X-VADE-SPAMSCORE', '0')
        H(hs, 'X-VADE-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeffedrvddugedguddvucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecujffqoffgrffnpdggtffipffknecuuegrihhlohhuthemucduhedtnecu' + ralnum(r, 60, 'abcdefghijklmnopqrstuvwxyz') + '\n ' + ralnum(r, 70, 'abcdefghijklmnopqrstuvwxyz'))
        return dict(headers=hs, client=(self.server, self.server, self.ip), env_from=self.env_from(s), spf='pass',
                    dkim=dk, arc=None, arrival=arrival)


# --------------------------------------------------------------------- OVH (Poland/France)
class Ovh(Profile):
    style = 'outlookdesk'

    def __init__(self):
        self.desc = 'OVHcloud Email Pro/MX Plan (N.moNNN.mail-out.ovh.net, 46.105.0.0/16), X-Ovh-Tracer-Id'

    def build(self, s, ct, body):
        r = s.rng
        mo = r.choice([544, 561, 582, 631, 680])
        n = r.randint(1, 9)
        host = '%d.mo%d.mail-out.ovh.net' % (n, mo)
        ip = '46.105.%d.%d' % (r.choice([34, 37, 45, 60, 72]), r.randint(10, 250))
        t1 = plus(s.t0, 0, 2, r)
        t2 = plus(t1, 0, 1, r)
        arrival = plus(t2, 0, 2, r)
        hs = []
        H(hs, 'Received', 'from director%d.ghost.mail-out.ovh.net (unknown [10.108.%d.%d])\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
          % (r.randint(1, 11), r.randint(2, 250), r.randint(2, 250), mo, postfix_qid(r)[:12], s.rcpt[0], fmt_date(t2, 'UTC', 'postfix')))
        H(hs, 'Received', 'from ghost-submission-%s-%s (unknown [10.110.%d.%d])\n\tby director%d.ghost.mail-out.ovh.net (Postfix) with ESMTPS id %s;\n\t%s'
          % (rhex(r, 10), ralnum(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), r.randint(2, 250), r.randint(2, 250), r.randint(1, 11), postfix_qid(r)[:12], fmt_date(t1, 'UTC', 'postfix')))
        c = self.common(s)
        dom = s.frm[1].split('@')[1]
        v, b = dkim_sig(r, dom, 'ovhmo%d-selector1' % r.randint(1000000, 9999999), 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', body, t=epoch(t1))
        sel = v.split('s=')[1].split(';')[0]
        hs.insert(0, ('DKIM-Signature', v))
        for k in ('From', 'To', 'Cc', 'Reply-To'):
            if k in c:
                H(hs, k, c[k])
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'References', s.references or s.in_reply_to)
        H(hs, 'Subject', c['Subject'])
        H(hs, 'Date', fmt_date(s.t0, 'PL', 'std'))
        mid = s.msgid or s._ser.desk_mid(dom)
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        H(hs, 'MIME-Version', '1.0')
        for k, v in ct:
            H(hs, k, v)
        H(hs, 'X-Mailer', 'Microsoft Outlook 16.0')
        H(hs, 'Thread-Index', thread_index(r, s.replies))
        H(hs, 'Content-Language', 'pl')
        add_extra(s, hs)
        H(hs, 'X-Originating-IP', '[%d.%d.%d.%d]' % (r.choice([83, 89, 178]), r.randint(1, 254), r.randint(1, 254), r.randint(2, 250)))
        H(hs, 'X-Ovh-Tracer-Id', rdigits(r, 19))
        H(hs, 'X-VR-SPAMSTATE', 'OK')
        H(hs, 'X-VR-SPAMSCORE', '0')
        H(hs, 'X-VR-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeffedrvddugedgudejucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecuqfggjfdpvefjgfevmfevgfenuceurghilhhouhhtmecuhedttdenuc' + ralnum(r, 60, 'abcdefghijklmnopqrstuvwxyz'))
        return dict(headers=hs, client=(host, host, ip), env_from=self.env_from(s), spf='pass',
                    dkim=[('pass', dom, sel, b)], arc=None, arrival=arrival)


# --------------------------------------------------------------------- cPanel / Exim shared hosting
class Exim(Profile):
    """cPanel shared hosting. mode='auth' (mail client via SMTP AUTH) or 'script' (PHPMailer via local exim)."""

    def __init__(self, host, ip, mode='auth', client='outlook', zone='GR', dkim=True, spf='pass', user=None,
                 script_path=None, exim='4.98', desc=None, helo=None, xmailer=None):
        self.host, self.ip = host, ip
        self.mode = mode
        self.client = client
        self.style = {'outlook': 'outlookdesk', 'php': 'phpmailer', 'thunderbird': 'thunderbird', 'roundcube': 'roundcube'}[client]
        self.zone = zone
        self.dkim = dkim
        self.spf = spf
        self.user = user
        self.script_path = script_path
        self.exim = exim
        self.helo = helo or host
        self.xmailer = xmailer
        self.desc = desc or 'cPanel/Exim %s shared hosting %s [%s]' % (exim, host, ip)

    def build(self, s, ct, body):
        r = s.rng
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 1, 5, r)
        hs = []
        dom = s.frm[1].split('@')[1]
        eid = '1v%s-%s-%s' % (ralnum(r, 4), ralnum(r, 6), ralnum(r, 2))
        if self.mode == 'auth':
            pub = '%d.%d.%d.%d' % (r.choice([79, 94, 109, 176, 185]), r.randint(0, 254), r.randint(1, 254), r.randint(2, 250))
            H(hs, 'Received', 'from [%s] (port=%d helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
              % (pub, r.randint(49152, 65000), r.randint(2, 90), self.host, self.exim, self.env_from(s), eid, s.rcpt[0],
                 fmt_date(t1, self.zone, 'std0')))
        else:
            H(hs, 'Received', 'from %s by %s with local (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s'
              % (self.user, self.host, self.exim, self.env_from(s), eid, s.rcpt[0], fmt_date(t1, self.zone, 'std0')))
        dk = []
        if self.dkim:
            v, b = dkim_sig(r, dom, 'default', 'Content-Type:MIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive', body, t=epoch(t1), c='relaxed/relaxed', indent='\t')
            hs.insert(0, ('DKIM-Signature', v))
            dk.append(('pass', dom, 'default', b))
        c = self.common(s)
        if self.client == 'php':
            H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
            for k in ('To', 'From', 'Reply-To', 'Cc'):
                if k in c:
                    H(hs, k, c[k])
            H(hs, 'Subject', c['Subject'])
            mid = s.msgid or '<%s@%s>' % (ralnum(r, 43), s.php_host or dom)
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'X-Mailer', self.xmailer or 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')
            add_extra(s, hs)
            H(hs, 'MIME-Version', '1.0')
            for k, v in ct:
                H(hs, k, v)
        elif self.client == 'outlook':
            for k in ('From', 'To', 'Cc', 'Reply-To'):
                if k in c:
                    H(hs, k, c[k])
            if s.references:
                H(hs, 'References', s.references)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'Subject', c['Subject'])
            H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
            mid = s.msgid or s._ser.desk_mid(dom)
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'MIME-Version', '1.0')
            for k, v in ct:
                H(hs, k, v)
            H(hs, 'X-Mailer', self.xmailer or 'Microsoft Outlook 16.0')
            H(hs, 'Thread-Index', thread_index(r, s.replies))
            H(hs, 'Content-Language', {'GR': 'el', 'UK': 'en-gb', 'DE': 'de', 'IT': 'it', 'ES': 'es', 'PL': 'pl', 'RU': 'ru'}.get(self.zone, 'en-us'))
            add_extra(s, hs)
        else:
            mid = s.msgid or '<%s@%s>' % (ruuid(r), dom)
            s.msgid = mid
            H(hs, 'MIME-Version', '1.0')
            H(hs, 'Date', fmt_date(s.t0, self.zone, 'std'))
            for k in ('From', 'To', 'Cc', 'Reply-To'):
                if k in c:
                    H(hs, k, c[k])
            H(hs, 'Subject', c['Subject'])
            H(hs, 'Message-ID', mid)
            add_extra(s, hs)
            if self.client == 'roundcube':
                H(hs, 'X-Sender', s.frm[1])
                H(hs, 'User-Agent', 'Roundcube Webmail/1.6.10')
            for k, v in ct:
                H(hs, k, v)
        H(hs, 'X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report')
        H(hs, 'X-AntiAbuse', 'Primary Hostname - %s' % self.host)
        H(hs, 'X-AntiAbuse', 'Original Domain - %s' % s.rcpt[0].split('@')[1])
        H(hs, 'X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]' if self.mode == 'auth' else 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((r.randint(1001, 1400),) * 2))
        H(hs, 'X-AntiAbuse', 'Sender Address Domain - %s' % self.env_from(s).split('@')[1])
        if self.mode == 'auth':
            H(hs, 'X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (self.host, s.frm[1]))
            H(hs, 'X-Authenticated-Sender', '%s: %s' % (self.host, s.frm[1]))
        else:
            H(hs, 'X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (self.host, self.user))
            H(hs, 'X-Authenticated-Sender', '%s: %s' % (self.host, s.frm[1]))
        H(hs, 'X-Source', '' if self.mode == 'auth' else '/opt/cpanel/ea-php82/root/usr/bin/lsphp')
        H(hs, 'X-Source-Args', '' if self.mode == 'auth' else 'lsphp:%s' % (self.script_path or '/home/%s/public_html/index.php' % self.user))
        H(hs, 'X-Source-Dir', '' if self.mode == 'auth' else '%s:/public_html' % dom)
        return dict(headers=hs, client=(self.helo, self.host, self.ip), env_from=self.env_from(s), spf=self.spf,
                    dkim=dk, arc=None, arrival=arrival)


# --------------------------------------------------------------------- Yandex 360 / mail.ru
class Yandex(Profile):
    style = 'yandex'

    def __init__(self, client='web', spf='pass', dkim_domain=None):
        self.client = client
        self.spf = spf
        self.dkim_domain = dkim_domain
        self.style = 'outlookdesk' if client == 'outlook' else 'yandex'
        self.desc = 'Yandex 360 for business (forward*.mail.yandex.net 178.154.239.0/24 <- mail-nwsmtp-smtp-production), DKIM s=mail'

    def build(self, s, ct, body):
        r = s.rng
        n = r.choice([100, 101, 102, 200, 300, 500, 501])
        host = 'forward%d%s.mail.yandex.net' % (n, r.choice('abcd'))
        ip = '178.154.239.%d' % r.randint(70, 220)
        nw = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.randint(10, 99), r.choice(['klg', 'vla', 'sas', 'iva']))
        t1 = plus(s.t0, 0, 2, r)
        t2 = plus(t1, 0, 1, r)
        arrival = plus(t2, 0, 2, r)
        hs = []
        H(hs, 'Received', 'from %s (%s [IPv6:2a02:6b8:c%02x:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s'
          % (nw, nw, r.randint(0, 60), r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), host, ralnum(r, 11), s.rcpt[0], fmt_date(t2, 'RU', 'std')))
        H(hs, 'Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s'
          % (nw, ralnum(r, 10), ralnum(r, 8), fmt_date(t1, 'RU', 'std')))
        H(hs, 'X-Yandex-Fwd', '1')
        dom = self.dkim_domain or s.frm[1].split('@')[1]
        v, b = dkim_sig(r, dom, 'mail', 'Message-ID:Date:MIME-Version:Subject:To:From:Content-Type', body, t=epoch(t1), c='relaxed/relaxed')
        H(hs, 'DKIM-Signature', v)
        c = self.common(s)
        mid = s.msgid or '<%d%d@%s>' % (r.randint(10 ** 5, 10 ** 6), epoch(s.t0), nw.split('.')[0] + '.yandex.ru')
        if self.client == 'outlook':
            for k in ('From', 'To', 'Cc'):
                if k in c:
                    H(hs, k, c[k])
            if s.references:
                H(hs, 'References', s.references)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'Subject', c['Subject'])
            H(hs, 'Date', fmt_date(s.t0, 'RU', 'std'))
            mid = s.msgid or s._ser.desk_mid(s.frm[1].split('@')[1])
            s.msgid = mid
            H(hs, 'Message-ID', mid)
            H(hs, 'MIME-Version', '1.0')
            for k, v2 in ct:
                H(hs, k, v2)
            H(hs, 'X-Mailer', 'Microsoft Outlook 16.0')
            H(hs, 'Thread-Index', thread_index(r, s.replies))
            H(hs, 'Content-Language', 'ru')
            add_extra(s, hs)
        else:
            for k in ('From', 'To', 'Cc'):
                if k in c:
                    H(hs, k, c[k])
            H(hs, 'Subject', c['Subject'])
            H(hs, 'MIME-Version', '1.0')
            H(hs, 'X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')
            H(hs, 'Date', fmt_date(s.t0, 'RU', 'std'))
            s.msgid = mid
            H(hs, 'Message-Id', mid)
            if s.in_reply_to:
                H(hs, 'In-Reply-To', s.in_reply_to)
            add_extra(s, hs)
            for k, v2 in ct:
                H(hs, k, v2)
        return dict(headers=hs, client=(host, host, ip), env_from=self.env_from(s), spf=self.spf,
                    dkim=[('pass', dom, 'mail', b)], arc=None, arrival=arrival)


# --------------------------------------------------------------------- Hornetsecurity (DE)
class Hornet(Profile):
    style = 'exchange'

    def __init__(self, domain, exch_host, zone='DE'):
        self.domain = domain
        self.exch = exch_host
        self.exch_fqdn = 'EXCH1.' + domain
        self.zone = zone
        self.desc = 'Exchange on premises behind Hornetsecurity outbound (mx-relay*.antispameurope.com, 94.100.128.0/20)'

    def build(self, s, ct, body):
        r = s.rng
        n = r.randint(30, 99)
        host = 'mx-relay%d-hz%d.antispameurope.com' % (n, r.randint(1, 3))
        ip = '94.100.%d.%d' % (r.choice([132, 133, 136, 137]), r.randint(10, 240))
        t1 = plus(s.t0, 0, 1, r)
        t2 = plus(t1, 1, 3, r)
        arrival = plus(t2, 1, 3, r)
        hs = []
        H(hs, 'Received', 'from %s ([%s]) by %s;\n %s' % (self.exch, '192.0.2.%d' % r.randint(40, 60), host, fmt_date(t2, 'DE', 'std')))
        H(hs, 'Received', 'from %s (10.1.%d.%d) by %s\n (10.1.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.36; %s'
          % (self.exch.replace('mail.', 'exch1.'), r.randint(1, 9), r.randint(10, 99), self.exch, r.randint(1, 9), r.randint(10, 99), fmt_date(t1, 'DE', 'std')))
        v, b = dkim_sig(r, self.domain, 'hse1', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', body, t=epoch(t2))
        H(hs, 'DKIM-Signature', v)
        c = self.common(s)
        for k in ('From', 'To', 'Cc', 'Reply-To', 'Subject'):
            if k in c:
                H(hs, k, c[k])
        topic = re.sub(r'^((AW|WG|RE|FW|Fwd)\s*:\s*)+', '', s.subject, flags=re.I)
        H(hs, 'Thread-Topic', htext(topic, 'utf-8', 'B'))
        H(hs, 'Thread-Index', thread_index(r, s.replies))
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'ms'))
        mid = s.msgid or s._ser.exch_mid()
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        if s.references:
            H(hs, 'References', s.references)
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
        H(hs, 'Accept-Language', 'de-DE, en-US')
        H(hs, 'Content-Language', 'de-DE')
        H(hs, 'X-MS-Has-Attach', 'yes' if s.has_attach else '')
        H(hs, 'X-MS-TNEF-Correlator', '')
        add_extra(s, hs)
        for k, v2 in ct:
            H(hs, k, v2)
        H(hs, 'MIME-Version', '1.0')
        H(hs, 'X-cloud-security-sender', s.frm[1])
        H(hs, 'X-cloud-security-recipient', s.rcpt[0])
        H(hs, 'X-cloud-security-crypt', 'load encryption module')
        H(hs, 'X-cloud-security-Mailarchiv', 'E-Mail archived for: %s' % s.frm[1])
        H(hs, 'X-cloud-security-Mailarchivtype', 'outbound')
        H(hs, 'X-cloud-security-Virusscan', 'CLEAN')
        H(hs, 'X-cloud-security-disclaimer', 'This E-Mail was scanned by E-Mailservice on %s with %s' % (host, ralnum(r, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')))
        H(hs, 'X-cloud-security-connect', '%s[192.0.2.%d], TLS=1, IP=192.0.2.%d' % (self.exch, r.randint(40, 60), r.randint(40, 60)))
        H(hs, 'X-cloud-security', 'scantime:%.3f' % (r.random() * 2))
        return dict(headers=hs, client=(host, host, ip), env_from=self.env_from(s), spf='pass',
                    dkim=[('pass', self.domain, 'hse1', b)], arc=None, arrival=arrival)


# --------------------------------------------------------------------- bulk/ESP senders
class Ses(Profile):
    def __init__(self, region='eu-west-1', mail_from=None, dkim_domain=None, style='nodemailer', xmailer=None,
                 extra_hdr=None, zone='DE', desc=None, spf='pass'):
        self.region = region
        self.mail_from = mail_from
        self.dkim_domain = dkim_domain
        self.style = style
        self.xmailer = xmailer
        self.zone = zone
        self.spf = spf
        self.desc = desc or 'Amazon SES %s (*.smtp-out.%s.amazonses.com), DKIM customer domain + amazonses.com' % (region, region)

    def build(self, s, ct, body):
        r = s.rng
        reg = {'eu-west-1': ('a%d-%d.smtp-out.eu-west-1.amazonses.com', '54.240.%d.%d', [1, 2, 3, 4, 6, 7]),
               'eu-central-1': ('e%d-%d.smtp-out.eu-central-1.amazonses.com', '23.251.%d.%d', [224, 226, 232, 234]),
               'eu-west-2': ('b%d-%d.smtp-out.eu-west-2.amazonses.com', '76.223.%d.%d', [128, 147, 180]),
               'us-east-1': ('a%d-%d.smtp-out.amazonses.com', '54.240.%d.%d', [8, 9, 10, 11, 48])}[self.region]
        a = r.choice(reg[2])
        b_ = r.randint(2, 250)
        host, ip = reg[0] % (a, b_), reg[1] % (a, b_)
        t1 = plus(s.t0, 0, 1, r)
        arrival = plus(t1, 0, 2, r)
        sesid = '0102019a%s-%s-%s-%s-%s-000000' % (rhex(r, 8), rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4) + '-' + rhex(r, 12)) if self.region != 'us-east-1' else '0100019a%s-%s-%s-%s-%s-000000' % (rhex(r, 8), rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4) + '-' + rhex(r, 12))
        hs = []
        dom = self.dkim_domain or s.frm[1].split('@')[1]
        tt = epoch(s.t0)
        dk = []
        sel = ralnum(r, 32, 'abcdefghijklmnopqrstuvwxyz234567')
        v, b = dkim_sig(r, dom, sel, 'Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID', body, t=tt, c='relaxed/simple', bits=1024)
        H(hs, 'DKIM-Signature', v)
        dk.append(('pass', dom, sel, b))
        sesd = {'eu-west-1': 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn', 'eu-central-1': 'zh4gy2rtrd2oqz3ftkb23z3fdkyvuxkw', 'eu-west-2': 'ca7aqkcs4l7pnaqzaeuzjo7vcuaeho6h', 'us-east-1': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'}[self.region]
        v2, b2 = dkim_sig(r, 'amazonses.com', sesd, 'Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID', body, t=tt, c='relaxed/simple', bits=1024)
        H(hs, 'DKIM-Signature', v2)
        dk.append(('pass', 'amazonses.com', sesd, b2))
        c = self.common(s)
        for k in ('Content-Type',):
            pass
        H(hs, 'From', c['From'])
        H(hs, 'To', c.get('To'))
        if 'Reply-To' in c:
            H(hs, 'Reply-To', c['Reply-To'])
        H(hs, 'Subject', c['Subject'])
        mid = s.msgid or '<%s@%s.amazonses.com>' % (sesid, self.region)
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'std'))
        H(hs, 'MIME-Version', '1.0')
        if self.xmailer:
            H(hs, 'X-Mailer', self.xmailer)
        add_extra(s, hs)
        for k, v3 in ct:
            H(hs, k, v3)
        H(hs, 'Feedback-ID', '::1.%s.%s=:AmazonSES' % (self.region, rb64(r, 33)))
        H(hs, 'X-SES-Outgoing', '%s-%s' % (s.t0.strftime('%Y.%m.%d'), ip))
        env = self.mail_from or '%s@%s.amazonses.com' % (sesid, self.region)
        return dict(headers=hs, client=(host, host, ip), env_from=env, spf=self.spf, dkim=dk, arc=None, arrival=arrival)


class SendGrid(Profile):
    style = 'hexb'

    def __init__(self, dkim_domain=None, bounce_domain=None, desc=None, xmailer=None):
        self.dkim_domain = dkim_domain
        self.bounce_domain = bounce_domain
        self.xmailer = xmailer
        self.desc = desc or 'Twilio SendGrid (*.outbound-mail.sendgrid.net 149.72.0.0/16, 167.89.0.0/17), DKIM s1 + sendgrid.info'

    def build(self, s, ct, body):
        r = s.rng
        host = '%s.outbound-mail.sendgrid.net' % ralnum(r, 8, 'abcdefghijklmnopqrstuvwxyz')
        ip = r.choice(['149.72.%d.%d', '167.89.%d.%d', '159.183.%d.%d']) % (r.randint(1, 254), r.randint(2, 250))
        t1 = plus(s.t0, 0, 1, r)
        t2 = plus(t1, 1, 2, r)
        arrival = plus(t2, 0, 2, r)
        hs = []
        fid = 'filterdrecv-%s-%s' % (rhex(r, 10), ralnum(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
        gots = t2.strftime('%Y-%m-%d %H:%M:%S') + '.%09d +0000 UTC m=+%d.%09d' % (r.randint(0, 999999999), r.randint(100000, 9999999), r.randint(0, 999999999))
        H(hs, 'Received', 'by %s with SMTP id %s-1-%s-%s\n        %s' % (fid, fid, rhex(r, 8).upper(), r.randint(1, 40), gots))
        H(hs, 'Received', 'from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s'
          % (ralnum(r, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), r.randint(1, 40), ralnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
             fmt_date(t1, 'UTC', 'std0').replace(' +0000', '.%03d +0000 (UTC)' % r.randint(0, 999))))
        dom = self.dkim_domain or s.frm[1].split('@')[1]
        tt = epoch(s.t0)
        v, b = dkim_sig(r, dom, 's1', 'from:content-type:subject:reply-to:to:cc:content-type:from:subject:to', body, t=tt, c='relaxed/relaxed')
        H(hs, 'DKIM-Signature', v)
        v2, b2 = dkim_sig(r, 'sendgrid.info', 'smtpapi', 'from:content-type:subject:reply-to:to:cc:content-type:from:subject:to', body, t=tt, c='relaxed/relaxed')
        H(hs, 'DKIM-Signature', v2)
        c = self.common(s)
        for k, v3 in ct:
            H(hs, k, v3)
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'std0').replace('+0000', '+0000 (UTC)'))
        H(hs, 'From', c['From'])
        H(hs, 'Mime-Version', '1.0')
        mid = s.msgid or '<%s@geopod-ismtpd-%d>' % (ralnum(r, 22), r.randint(1, 40))
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        if 'Reply-To' in c:
            H(hs, 'Reply-To', c['Reply-To'])
        H(hs, 'Subject', c['Subject'])
        if self.xmailer:
            H(hs, 'X-Mailer', self.xmailer)
        add_extra(s, hs)
        H(hs, 'X-SG-EID', '\n ' + _wrap(rb64(r, 150), 76, ' '))
        H(hs, 'X-SG-ID', '\n ' + _wrap(rb64(r, 110), 76, ' '))
        H(hs, 'To', c['To'])
        H(hs, 'X-Entity-ID', 'u001.' + ralnum(r, 22) + '==')
        uid = r.randint(10000000, 59999999)
        bd = self.bounce_domain or ('em%d.%s' % (r.randint(1000, 9999), dom))
        env = 'bounces+%d-%s-%s@%s' % (uid, rhex(r, 4), s.rcpt[0].replace('@', '='), bd)
        return dict(headers=hs, client=(host, host, ip), env_from=env, spf='pass',
                    dkim=[('pass', dom, 's1', b), ('pass', 'sendgrid.info', 'smtpapi', b2)], arc=None, arrival=arrival)


class Mailgun(Profile):
    style = 'hexb'

    def __init__(self, domain, desc=None):
        self.domain = domain
        self.desc = desc or 'Mailgun EU (m*.eu.mailgun.net 161.38.192.0/20), DKIM s=pic/mx on sending domain'

    def build(self, s, ct, body):
        r = s.rng
        a, b_ = r.choice([192, 193, 194, 196, 204]), r.randint(2, 250)
        host, ip = 'm%d-%d.eu.mailgun.net' % (a, b_), '161.38.%d.%d' % (a, b_)
        t1 = plus(s.t0, 0, 1, r)
        arrival = plus(t1, 0, 2, r)
        hs = []
        H(hs, 'Received', 'by %s with HTTP id %s; %s' % (self.domain.replace('mg.', '') and 'b3a5c1', rhex(r, 24), fmt_date(t1, 'UTC', 'std0')))
        hs[0] = ('Received', 'by %s with HTTP id %s; %s' % ('b3a5c1d9e8f7a6b5c4d3e2f1.eu.mailgun.net'.replace('b3a5c1d9e8f7a6b5c4d3e2f1', rhex(r, 24)), rhex(r, 24), fmt_date(t1, 'UTC', 'std0')))
        v, b = dkim_sig(r, self.domain, 'pic', 'Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: From: To: To: Message-Id: Date: Sender: Sender'.replace(' ', ''), body, t=epoch(s.t0), c='relaxed/relaxed', i=None)
        H(hs, 'DKIM-Signature', v)
        c = self.common(s)
        for k, v3 in ct:
            H(hs, k, v3)
        H(hs, 'MIME-Version', '1.0')
        H(hs, 'Subject', c['Subject'])
        H(hs, 'From', c['From'])
        if 'Reply-To' in c:
            H(hs, 'Reply-To', c['Reply-To'])
        H(hs, 'To', c['To'])
        H(hs, 'X-Mailgun-Sid', rb64(r, 60))
        H(hs, 'X-Mailgun-Sending-Ip', ip)
        H(hs, 'X-Mailgun-Sending-Ip-Pool-Name', '')
        H(hs, 'X-Mailgun-Sending-Ip-Pool', '')
        H(hs, 'X-Mailgun-Batch-Id', rhex(r, 24))
        add_extra(s, hs)
        mid = s.msgid or '<%s.%s@%s>' % (epoch(s.t0), rhex(r, 16), self.domain)
        s.msgid = mid
        H(hs, 'Message-Id', mid)
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'std'))
        H(hs, 'Sender', 'postmaster@%s' % self.domain)
        env = 'bounce+%s.%s-%s@%s' % (rhex(r, 6), rhex(r, 6), s.rcpt[0].replace('@', '='), self.domain)
        return dict(headers=hs, client=(host, host, ip), env_from=env, spf='pass',
                    dkim=[('pass', self.domain, 'pic', b)], arc=None, arrival=arrival)


class Brevo(Profile):
    style = 'hexb'

    def __init__(self, dkim_domain=None, desc=None):
        self.dkim_domain = dkim_domain
        self.desc = desc or 'Brevo (ex-Sendinblue) transactional relay (*.sendinblue.com / brevo.com, 77.32.148.0/24, 185.41.28.0/22)'

    def build(self, s, ct, body):
        r = s.rng
        n = r.randint(10, 250)
        host, ip = 'smtp-relay%d.sendinblue.com' % r.randint(1, 9), '77.32.148.%d' % n
        host = 'mta-%d-77-32-148-%d.brevo.com' % (r.randint(1, 9), n)
        t1 = plus(s.t0, 0, 1, r)
        arrival = plus(t1, 0, 3, r)
        hs = []
        dom = self.dkim_domain or s.frm[1].split('@')[1]
        v, b = dkim_sig(r, 'sendinblue.com', 'mail', 'Subject:From:To:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type', body, t=epoch(s.t0), c='relaxed/relaxed')
        H(hs, 'DKIM-Signature', v)
        v2, b2 = dkim_sig(r, dom, 'brevo1', 'Subject:From:To:Date:Message-ID:List-Unsubscribe:MIME-Version:Content-Type', body, t=epoch(s.t0), c='relaxed/relaxed')
        H(hs, 'DKIM-Signature', v2)
        H(hs, 'Received', 'by smtp-relay.sendinblue.com with ESMTP id %s; %s' % (ralnum(r, 24), fmt_date(t1, 'UTC', 'std')))
        c = self.common(s)
        mid = s.msgid or '<%s.%d@smtp-relay.mailin.fr>' % (rhex(r, 24), r.randint(10 ** 9, 10 ** 10))
        s.msgid = mid
        H(hs, 'Message-Id', mid)
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'std'))
        H(hs, 'Subject', c['Subject'])
        H(hs, 'From', c['From'])
        if 'Reply-To' in c:
            H(hs, 'Reply-To', c['Reply-To'])
        H(hs, 'To', c['To'])
        H(hs, 'MIME-Version', '1.0')
        for k, v3 in ct:
            H(hs, k, v3)
        H(hs, 'X-sib-id', ralnum(r, 86))
        H(hs, 'X-Mailin-EID', rb64(r, 36))
        H(hs, 'Origin-messageId', '<%s@%s>' % (rhex(r, 20), s.frm[1].split('@')[1]))
        H(hs, 'Feedback-ID', '77.32.148.%d:%d_-1:%d:Sendinblue' % (n, r.randint(1000000, 9999999), r.randint(1000000, 9999999)))
        add_extra(s, hs)
        env = 'bounces-%d-%s@sib.%s' % (r.randint(10 ** 6, 10 ** 7), s.rcpt[0].replace('@', '='), dom)
        return dict(headers=hs, client=(host, host, ip), env_from=env, spf='pass',
                    dkim=[('pass', 'sendinblue.com', 'mail', b), ('pass', dom, 'brevo1', b2)], arc=None, arrival=arrival)


class Mailchimp(Profile):
    style = 'mailchimp'

    def __init__(self, domain, list_name, dc='us21'):
        self.domain = domain
        self.list_name = list_name
        self.dc = dc
        self.desc = 'Mailchimp (mail*.mcdlv.net / rsgsv.net, 198.2.128.0/18), DKIM k2/k3 on sender domain + mcsv.net'

    def build(self, s, ct, body):
        r = s.rng
        a, b_ = r.choice([131, 136, 139, 177, 180, 186]), r.randint(2, 250)
        host = 'mail%d-%d.%s.mcdlv.net' % (a, b_, r.choice(['atl131', 'suw21', 'sea41', 'atl121']))
        ip = '198.2.%d.%d' % (a, b_)
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 1, 3, r)
        uid, lid, cid = getattr(s, 'mc_uid', None) or rhex(r, 25), getattr(s, 'mc_lid', None) or rhex(r, 10), rhex(r, 10)
        hs = []
        v, b = dkim_sig(r, self.domain, 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From', body, t=epoch(t1), c='relaxed/relaxed')
        H(hs, 'DKIM-Signature', v)
        v2, b2 = dkim_sig(r, 'mcsv.net', 'k3', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From', body, t=epoch(t1), c='relaxed/relaxed')
        H(hs, 'DKIM-Signature', v2)
        H(hs, 'Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s' % (host, postfix_qid(r), s.rcpt[0], fmt_date(t1, 'UTC', 'postfix').replace('(UTC)', '(GMT)')))
        c = self.common(s)
        H(hs, 'Subject', c['Subject'])
        H(hs, 'From', c['From'])
        H(hs, 'Reply-To', c.get('Reply-To', c['From']))
        H(hs, 'To', c['To'])
        H(hs, 'Date', fmt_date(s.t0, 'UTC', 'std'))
        mid = s.msgid or '<%s.%s@%s.mcdlv.net>' % (rhex(r, 32), rhex(r, 10), host.split('.')[1])
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        H(hs, 'X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, rhex(r, 10)))
        H(hs, 'X-Campaign', 'mailchimp%s.%s' % (uid, cid))
        H(hs, 'X-campaignid', 'mailchimp%s.%s' % (uid, cid))
        H(hs, 'X-Report-Abuse', 'Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (uid, cid, rhex(r, 10)))
        H(hs, 'X-MC-User', uid)
        H(hs, 'Feedback-ID', '%d:%d.%d:%s:mc' % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 10 ** 7), self.dc))
        H(hs, 'List-ID', '%s <%s%s.%d.list-id.mcsv.net>' % (self.list_name, uid, lid, r.randint(100000, 999999)))
        H(hs, 'X-Accounttype', 'pd')
        add_extra(s, hs)
        H(hs, 'x-mc-recipient', rb64(r, 16))
        for k, v3 in ct:
            H(hs, k, v3)
        H(hs, 'MIME-Version', '1.0')
        env = 'bounce-mc.%s_%s.%d-%s@%s' % (self.dc, uid, r.randint(10 ** 6, 10 ** 7), s.rcpt[0].replace('@', '='), host)
        return dict(headers=hs, client=(host, host, ip), env_from=env, spf='pass',
                    dkim=[('pass', self.domain, 'k2', b), ('pass', 'mcsv.net', 'k3', b2)], arc=None, arrival=arrival)


class CleverReach(Profile):
    style = 'hexb'

    def __init__(self, domain):
        self.domain = domain
        self.desc = 'CleverReach (mta*.crsend.com, CSA-certified, 91.213.240.0/22), DKIM d=sender domain'

    def build(self, s, ct, body):
        r = s.rng
        n = r.randint(10, 80)
        host, ip = 'mta%d.crsend.com' % n, '91.213.%d.%d' % (r.choice([240, 241, 242]), n)
        t1 = plus(s.t0, 0, 3, r)
        arrival = plus(t1, 0, 2, r)
        hs = []
        v, b = dkim_sig(r, self.domain, 'cr', 'Subject:From:To:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type', body, t=epoch(t1))
        H(hs, 'DKIM-Signature', v)
        H(hs, 'Received', 'from localhost (localhost [127.0.0.1]) by %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (host, postfix_qid(r), s.rcpt[0], fmt_date(t1, 'DE', 'postfix')))
        c = self.common(s)
        H(hs, 'Date', fmt_date(s.t0, 'DE', 'std'))
        H(hs, 'From', c['From'])
        H(hs, 'To', c['To'])
        H(hs, 'Subject', c['Subject'])
        mid = s.msgid or '<%s.%d.%d@crsend.com>' % (rhex(r, 16), r.randint(100000, 999999), r.randint(10 ** 7, 10 ** 8))
        s.msgid = mid
        H(hs, 'Message-ID', mid)
        H(hs, 'X-Mailer', 'CleverReach 3.0')
        H(hs, 'X-CSA-Complaints', 'csa-complaints@eco.de')
        H(hs, 'X-CR-Group', rdigits(r, 6))
        H(hs, 'X-CR-Mailing', rdigits(r, 8))
        add_extra(s, hs)
        H(hs, 'MIME-Version', '1.0')
        for k, v3 in ct:
            H(hs, k, v3)
        env = 'bounce-%s-%d@crsend.com' % (rhex(r, 12), r.randint(10 ** 6, 10 ** 7))
        return dict(headers=hs, client=(host, host, ip), env_from=env, spf='pass',
                    dkim=[('pass', self.domain, 'cr', b)], arc=None, arrival=arrival)


# --------------------------------------------------------------------- named platforms
class Platform(Profile):
    """Generic big-platform MTA: given host/ip, DKIM domains, bounce address, header recipe."""

    def __init__(self, host, ip, dkim, env_from, style='java', desc='', mid_domain=None, headers_before=None,
                 headers_after=None, zone='UTC', date_style='std', spf='pass', received=None, helo=None,
                 order=('From', 'Reply-To', 'To', 'Cc', 'Message-ID', 'Subject', 'Date', 'MIME-Version')):
        self.host, self.ip = host, ip
        self.dkim = dkim  # list of (domain, selector, hlist, canon)
        self.env = env_from
        self.style = style
        self.desc = desc
        self.mid_domain = mid_domain
        self.before = headers_before or []
        self.after = headers_after or []
        self.zone = zone
        self.date_style = date_style
        self.spf = spf
        self.received = received or []
        self.helo = helo or host
        self.order = order

    def build(self, s, ct, body):
        r = s.rng
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 0, 3, r)
        hs = []
        for rec in self.received:
            H(hs, 'Received', rec(r, s, t1) if callable(rec) else rec)
        dk = []
        for d, sel, hl, canon in self.dkim:
            v, b = dkim_sig(r, d, sel, hl, body, t=epoch(s.t0), c=canon)
            H(hs, 'DKIM-Signature', v)
            dk.append(('pass', d, sel, b))
        for k, v in self.before:
            H(hs, k, v(r, s) if callable(v) else v)
        c = self.common(s)
        mid = s.msgid or '<%s@%s>' % (rhex(r, 8) + '.' + rhex(r, 16), self.mid_domain or self.host)
        s.msgid = mid
        c['Message-ID'] = mid
        c['Date'] = fmt_date(s.t0, self.zone, self.date_style)
        c['MIME-Version'] = '1.0'
        for k in self.order:
            if k in c:
                H(hs, k, c[k])
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
        add_extra(s, hs)
        for k, v in ct:
            H(hs, k, v)
        for k, v in self.after:
            H(hs, k, v(r, s) if callable(v) else v)
        env = self.env(r, s) if callable(self.env) else self.env
        return dict(headers=hs, client=(self.helo, self.host, self.ip), env_from=env, spf=self.spf, dkim=dk,
                    arc=None, arrival=arrival)


class Direct(Profile):
    """Direct-to-MX from an arbitrary host (botnet, rented VPS, compromised server) with given MUA style."""

    def __init__(self, helo, rdns, ip, style='generic', spf='none', xmailer=None, zone='UTC', mid_domain=None,
                 dkim=None, desc='', date_style='std', received=None, order=None, tls=True):
        self.helo, self.rdns, self.ip = helo, rdns, ip
        self.style = style
        self.spf = spf
        self.xmailer = xmailer
        self.zone = zone
        self.mid_domain = mid_domain
        self.dk = dkim
        self.desc = desc
        self.date_style = date_style
        self.received = received or []
        self.order = order or ('Date', 'From', 'To', 'Subject', 'Message-ID', 'X-Mailer', 'MIME-Version')
        self.tls = tls

    def build(self, s, ct, body):
        r = s.rng
        arrival = plus(s.t0, 1, 6, r)
        hs = []
        for rec in self.received:
            H(hs, 'Received', rec(r, s, s.t0) if callable(rec) else rec)
        dk = []
        if self.dk:
            d, sel = self.dk
            v, b = dkim_sig(r, d, sel, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', body, t=epoch(s.t0))
            H(hs, 'DKIM-Signature', v)
            dk.append(('pass', d, sel, b))
        c = self.common(s)
        mid = s.msgid or '<%s@%s>' % (rhex(r, 24), self.mid_domain or s.frm[1].split('@')[1])
        s.msgid = mid
        c['Message-ID'] = mid
        c['Date'] = fmt_date(s.t0, self.zone, self.date_style)
        c['MIME-Version'] = '1.0'
        if self.xmailer:
            c['X-Mailer'] = self.xmailer
        for k in self.order:
            if k == 'Reply-To' or k in c:
                if k in c:
                    H(hs, k, c[k])
        for k in ('Reply-To', 'Cc'):
            if k in c and k not in self.order:
                H(hs, k, c[k])
        if s.in_reply_to:
            H(hs, 'In-Reply-To', s.in_reply_to)
            H(hs, 'References', s.references or s.in_reply_to)
        add_extra(s, hs)
        for k, v in ct:
            H(hs, k, v)
        return dict(headers=hs, client=(self.helo, self.rdns, self.ip), env_from=self.env_from(s), spf=self.spf,
                    dkim=dk, arc=None, arrival=arrival, tls=None if not self.tls else 'default')


class Zoho(Profile):
    style = 'hexb'

    def __init__(self, spf='pass'):
        self.spf = spf
        self.desc = 'Zoho Mail EU (sender*.zoho.eu, 185.20.209.0/24), DKIM s=zmail on sender domain'

    def build(self, s, ct, body):
        r = s.rng
        n = r.randint(10, 250)
        host, ip = 'sender4-op-o%d.zoho.eu' % n, '185.20.209.%d' % n
        t1 = plus(s.t0, 0, 2, r)
        arrival = plus(t1, 0, 2, r)
        dom = s.frm[1].split('@')[1]
        hs = []
        H(hs, 'ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n\td=zohomail.eu; s=zohoarc;\n\tb=%s' % (epoch(t1), _wrap(rb64(r, 256), 72, '\t')))
        H(hs, 'ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc;\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To;\n\tbh=%s;\n\tb=%s' % (epoch(t1), body_hash(body), _wrap(rb64(r, 256), 72, '\t')))
        H(hs, 'ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>' % (dom, s.frm[1], s.frm[1]))
        v, b = dkim_sig(r, dom, 'zmail', 'Date:Date:From:From:To:To:Message-ID:Subject:Subject:MIME-Version:Content-Type:Message-Id:Reply-To', body, t=epoch(t1), i=s.frm[1])
        H(hs, 'DKIM-Signature', v)
        H(hs, 'Received', 'from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d; %s' % (epoch(t1), r.randint(100, 999), fmt_date(t1, 'ES', 'std')))
        H(hs, 'Received', 'from  [%d.%d.%d.%d] by mail.zoho.eu\n\twith HTTP;%s' % (r.choice([37, 45, 91, 185]), r.randint(1, 254), r.randint(1, 254), r.randint(2, 250), fmt_date(s.t0, 'ES', 'std')))
        c = self.common(s)
        H(hs, 'Date', fmt_date(s.t0, 'ES', 'std'))
        H(hs, 'From', c['From'])
        if 'Reply-To' in c:
            H(hs, 'Reply-To', c['Reply-To'])
        H(hs, 'To', c['To'])
        mid = s.msgid or '<%s.%s.%s@zoho.eu>' % (rdigits(r, 13), rdigits(r, 18), rdigits(r, 3))
        s.msgid = mid
        H(hs, 'Message-Id', mid)
        H(hs, 'Subject', c['Subject'])
        H(hs, 'MIME-Version', '1.0')
        for k, v3 in ct:
            H(hs, k, v3)
        H(hs, 'Importance', 'Medium')
        H(hs, 'User-Agent', 'Zoho Mail')
        H(hs, 'X-Mailer', 'Zoho Mail')
        add_extra(s, hs)
        return dict(headers=hs, client=(host, host, ip), env_from=self.env_from(s), spf=self.spf,
                    dkim=[('pass', dom, 'zmail', b)], arc=('pass', 'zohomail.eu', 'zohoarc'), arrival=arrival)


# --------------------------------------------------------------------- mx01.example.com
def mx01_headers(s, info):
    r = s.rng
    helo, rdns, ip = info['client']
    t = plus(info['arrival'], 0, 2, r)
    s.t_mx = t
    if 'tls' not in info or info['tls'] == 'default':
        tls = 'TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256'
    else:
        tls = info['tls']
    qid = postfix_qid(r)
    rc = ('\n\tfor <%s>' % s.rcpt[0]) if len(s.rcpt) == 1 else ''
    if tls:
        rec = ('from %s (%s [%s])\n\t(using %s)\n\t(No client certificate requested)\n\tby mx01.example.com (Postfix) with ESMTPS id %s%s; %s'
               % (helo, rdns, ip, tls, qid, rc, fmt_date(t, 'DE', 'postfix')))
    else:
        rec = ('from %s (%s [%s])\n\tby mx01.example.com (Postfix) with ESMTP id %s%s; %s'
               % (helo, rdns, ip, qid, rc, fmt_date(t, 'DE', 'postfix')))
    env = info['env_from']
    envd = env.split('@')[-1] if '@' in env else helo
    fromd = s.frm[1].split('@')[1].lower()
    parts = []
    dk_ok = []
    for res, d, sel, b in info['dkim']:
        parts.append('dkim=%s header.d=%s header.s=%s header.b="%s"' % (res, d, sel, b[:8]))
        if res == 'pass':
            dk_ok.append(d)
    if not info['dkim']:
        parts.append('dkim=none')
    spf = info['spf']
    if spf == 'pass':
        parts.append('spf=pass (mx01.example.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env))
    elif spf == 'softfail':
        parts.append('spf=softfail (mx01.example.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env))
    elif spf == 'fail':
        parts.append('spf=fail (mx01.example.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env))
    elif spf == 'neutral':
        parts.append('spf=neutral (mx01.example.com: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (ip, env, env))
    else:
        parts.append('spf=none (mx01.example.com: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s' % (env, ip, env))
    pol = policy(fromd)
    aligned = any(org(d) == org(fromd) for d in dk_ok) or (spf == 'pass' and org(envd) == org(fromd))
    if pol is None:
        parts.append('dmarc=none')
    elif aligned:
        parts.append('dmarc=pass (policy=%s) header.from=%s' % (pol, fromd))
    else:
        parts.append('dmarc=fail reason="SPF not aligned (relaxed), DKIM not aligned (relaxed)" header.from=%s (policy=%s)' % (fromd, pol))
    if info.get('arc'):
        res, d, sel = info['arc']
        parts.append('arc=%s ("%s:s=%s:i=1")' % (res, d, sel))
    else:
        parts.append('arc=none')
    ar = 'mx01.example.com;\n\t' + ';\n\t'.join(parts)
    s.auth_summary = dict(spf=spf, dkim=dk_ok, dmarc='none' if pol is None else ('pass' if aligned else 'fail'),
                          client=info['client'], env_from=env)
    return [('Return-Path', '<%s>' % env), ('Authentication-Results', ar), ('Received', rec)]
