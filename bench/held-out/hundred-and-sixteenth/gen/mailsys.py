# -*- coding: utf-8 -*-
"""Sending systems: each function writes the headers a real system of that kind writes
(trace, signatures, vendor headers) and records what mx01.example.com saw on the wire."""
import calendar
import datetime as _dt
import random

import mime
from mime import fmt_date, hexs, alnum, b64s, guid, addrs, addr, hval, postfix_qid, dkim

TD = _dt.timedelta


def ts(dt):
    return calendar.timegm(dt.utctimetuple())


class Mail:
    def __init__(self, file, folder, lang):
        self.file, self.folder, self.lang = file, folder, lang
        self.rng = random.Random(file)
        self.headers = []
        self.root = None
        self.mx = None
        self.meta = dict(what='', why='', hardneg='', phones=[], ibans=[], wallets=[], other=[])
        self.qr_expected = []       # (where, payload)
        self.attachments_note = []
        self.parts_meta = []

    # convenience ---------------------------------------------------------
    def R(self):
        return self.rng

    def describe(self, what, why, hardneg='', phones=(), ibans=(), wallets=(), other=()):
        self.meta.update(what=what, why=why, hardneg=hardneg, phones=list(phones), ibans=list(ibans),
                         wallets=list(wallets), other=list(other))

    # final assembly ------------------------------------------------------
    def raw(self):
        mx = self.mx
        top = [('Return-Path', '<%s>' % mx['mail_from'] if mx['mail_from'] else '<>')]
        if mx.get('dmarc'):
            top.append(('Authentication-Results', 'mx01.example.com; ' + mx['dmarc']))
        if mx.get('dkim'):
            top.append(('Authentication-Results', 'mx01.example.com;\n\t' + mx['dkim']))
        if mx.get('spf'):
            top.append(('Received-SPF', mx['spf']))
        top.append(('Received', mx['received']))
        body = self.root.body()
        return mime.serialize_headers(top + self.headers) + b'\n' + body


# ------------------------------------------------------------------ mx01 side
MX_TLS = {
    '1.3': '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)',
    '1.3a': '(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)',
    '1.2': '(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)',
    '1.2b': '(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\n\t(No client certificate requested)',
}


def rcv_postfix(rng, helo, rdns, ip, by, t, z='CET', tls='1.3', rcpt=None, auth=None, qid=None, with_=None):
    lines = ['from %s (%s [%s])' % (helo, rdns or 'unknown', ip)]
    if tls:
        lines.append('\t' + MX_TLS[tls])
    if auth:
        lines.append('\t(Authenticated sender: %s)' % auth)
    w = with_ or ('ESMTP' + ('S' if tls else '') + ('A' if auth else ''))
    lines.append('\tby %s (Postfix) with %s id %s' % (by, w, qid or postfix_qid(rng)))
    if rcpt:
        lines.append('\tfor <%s>; %s' % (rcpt, fmt_date(t, z, 'postfix')))
    else:
        lines[-1] += ';'
        lines.append('\t' + fmt_date(t, z, 'postfix'))
    return '\n'.join(lines)


def set_mx(m, helo, rdns, ip, t, mail_from, rcpt, tls='1.3', spf=None, dkim_res=None, dmarc=None):
    """spf: 'pass'|'softfail'|'fail'|'none'|'neutral'|None (internal). dkim_res: list of (result, d, s, b8).
    dmarc: (result, policy, disposition, from_domain) or None."""
    mx = dict(mail_from=mail_from, rcpt=rcpt)
    mx['received'] = rcv_postfix(m.rng, helo, rdns, ip, 'mx01.example.com', t, 'CET', tls, rcpt)
    if spf:
        label = {'pass': 'Pass (mailfrom)', 'softfail': 'Softfail (mailfrom)', 'fail': 'Fail (mailfrom)',
                 'none': 'None (no SPF record)', 'neutral': 'Neutral (mailfrom)'}[spf]
        mx['spf'] = '%s identity=mailfrom; client-ip=%s; helo=%s;\n\tenvelope-from=%s; receiver=<UNKNOWN>' % (
            label, ip, helo, mail_from or '<>')
    if dkim_res is not None:
        parts = []
        for r, d, s, b8 in dkim_res:
            if r == 'pass':
                parts.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (d, d, s, b8))
            elif r == 'fail':
                parts.append('dkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (d, d, s, b8))
        if not parts:
            parts = ['dkim=none (message not signed)']
        mx['dkim'] = ';\n\t'.join(parts) + ';\n\tdkim-atps=neutral' if dkim_res else 'dkim=none (message not signed)'
        if not dkim_res:
            mx['dkim'] = 'dkim=none (message not signed)'
    if dmarc:
        res, pol, dis, dom = dmarc
        if pol is None:
            mx['dmarc'] = 'dmarc=none header.from=%s' % dom
        else:
            mx['dmarc'] = 'dmarc=%s (p=%s dis=%s) header.from=%s' % (res, pol, dis, dom)
    m.mx = mx


# ------------------------------------------------------------------ helpers
def core_headers(m, c, order):
    """c: dict with frm,to,cc,subject,date,msgid,irt,refs,reply_to,hcs,hmode,date_z,date_style"""
    hcs, hmode = c.get('hcs', 'utf-8'), c.get('hmode', 'B')
    out = []
    for k in order:
        if k == 'From':
            out.append(('From', addr(c['frm'][0], c['frm'][1], hcs, hmode, c.get('quote', False))))
        elif k == 'To':
            out.append(('To', addrs(c['to'], hcs, hmode, c.get('quote', False))))
        elif k == 'Cc' and c.get('cc'):
            out.append((c.get('cc_name', 'Cc'), addrs(c['cc'], hcs, hmode, c.get('quote', False))))
        elif k == 'Reply-To' and c.get('reply_to'):
            out.append(('Reply-To', addrs(c['reply_to'], hcs, hmode, c.get('quote', False))))
        elif k == 'Subject':
            out.append(('Subject', hval(c['subject'], hcs, hmode)))
        elif k == 'Date':
            out.append(('Date', fmt_date(c['date'], c.get('date_z', 'CET'), c.get('date_style', 'std'))))
        elif k == 'Message-ID':
            c.setdefault('msgid', '<%s@%s>' % (hexs(m.rng, 24), c['frm'][1].split('@')[1]))
            out.append((c.get('msgid_name', 'Message-ID'), c['msgid']))
        elif k == 'In-Reply-To' and c.get('irt'):
            out.append(('In-Reply-To', c['irt']))
        elif k == 'References' and c.get('refs'):
            out.append(('References', c['refs']))
        elif k == 'MIME':
            out += [('MIME-Version', '1.0')] if c.get('mime_version_first') else []
            out += m.root.headers()
            out += [] if c.get('mime_version_first') else [('MIME-Version', '1.0')]
        elif k == 'MIMEONLY':
            out += m.root.headers()
        elif k == 'MV':
            out.append(('MIME-Version', '1.0'))
        elif isinstance(k, tuple):
            if k[1] is not None:
                out.append(k)
    return out


def thread_index(rng, replies=0):
    import base64
    b = bytes([1, 1, rng.randint(0xd0, 0xdf)]) + bytes(rng.getrandbits(8) for _ in range(19 + 5 * replies))
    return base64.b64encode(b).decode()


def outlook_msgid(rng, domain):
    return '<%s01dd%s$%s$%s$@%s>' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 8), hexs(rng, 8), domain)


def ms_msgid(server, rng):
    return '<%s%s@%s.%s.prod.outlook.com>' % (server[0], hexs(rng, 32, True)[:30], server[0], server[1])


def mailbox_server(rng, region='eurprd08'):
    if region.startswith('GBR'):
        return ('%sP265MB%04d' % (rng.choice(['LO2', 'LO4', 'CWLP', 'LO0', 'CWXP'])[:4].rstrip('P'), rng.randint(1000, 9999)), region)
    pfx = rng.choice(['AM9PR', 'DB9PR', 'PAXPR', 'AS8PR', 'DU0PR', 'VI1PR', 'GV1PR', 'AM0PR', 'PA4PR'])
    return ('%s%02dMB%04d' % (pfx, int(region[-2:]), rng.randint(1000, 9999)), region)


def _ms_ipv6(rng):
    return '2603:10a6:%x:%x::%x' % (rng.randint(0x10, 0x8ff), rng.randint(0x10, 0x3ff), rng.randint(1, 0x1f))


def _fe80(rng):
    return 'fe80::%x:%x:%x:%x' % tuple(rng.randint(0x100, 0xffff) for _ in range(4))


def body_bytes(m):
    return m.root.body()


# ------------------------------------------------------------------ Exchange 2019 on-premises (internal)
def exchange_internal(m, c, rcpt=None, client_ip='10.20.14.87', lang='de-DE', server='EXCH02', importance=None,
                      extra=()):
    r = m.rng
    t0 = c['date']
    other = 'EXCH01' if server == 'EXCH02' else 'EXCH02'
    srv_ip = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}
    fe = _fe80(r)
    c.setdefault('msgid', '<%s@%s.corp.example.com>' % (hexs(r, 32), server))
    c.setdefault('date_style', 'std')
    import company as _C
    off = _C.staff_row(c['frm'][1])[2]
    c.setdefault('date_z', {'UK': 'UK', 'GR': 'EET', 'RU': 'MSK'}.get(off, 'CET'))
    ver = '15.2.1544.14'
    rcv = [
        ('Received', 'from %s.corp.example.com (%s.corp.example.com [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            other, other.lower(), srv_ip[other], postfix_qid(r), rcpt or c['to'][0][1], fmt_date(t0 + TD(seconds=2), 'CET', 'postfix'))),
        ('Received', 'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
            server, srv_ip[server], other, srv_ip[other], ver, fmt_date(t0 + TD(seconds=1), 'CET'))),
        ('Received', 'from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%13]) with mapi id 15.02.1544.014;\n %s' % (
            server, fe, server, fe, fmt_date(t0, 'CET'))),
    ]
    has_att = 'yes' if any(getattr(p, 'filename', None) and getattr(p, 'disposition', '') == 'attachment' for p in m.root.leaves()) else ''
    hdr = core_headers(m, c, ['From', 'To', 'Cc', 'Subject', ('Thread-Topic', hval(c.get('topic', c['subject']), c.get('hcs', 'utf-8'), c.get('hmode', 'B'))),
                              ('Thread-Index', c.get('thread_index', thread_index(r, c.get('replies', 0)))),
                              'Date', 'Message-ID', 'References', 'In-Reply-To',
                              ('Importance', importance) if importance else ('X', None),
                              ('X-Priority', '1' if importance == 'high' else None),
                              ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
                              ('Content-Language', lang), ('X-MS-Has-Attach', has_att), ('X-MS-Exchange-Organization-SCL', '-1'),
                              ('X-MS-TNEF-Correlator', ''), ('X-MS-Exchange-Organization-RecordReviewCfmType', '0'),
                              ('x-originating-ip', '[%s]' % client_ip)] + list(extra) + ['MIMEONLY', 'MV'])
    m.headers = rcv + hdr
    set_mx(m, 'mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', t0 + TD(seconds=3),
           c['frm'][1], rcpt or c['to'][0][1], tls='1.3a')


# ------------------------------------------------------------------ Microsoft 365 (business tenant)
OUTBOUND_M365 = [('EUR05-AM6-obe', 'mail-am6eur05on2087', '40.107.22.87'),
                 ('EUR02-DB5-obe', 'mail-db5eur02on2112', '40.107.249.112'),
                 ('EUR03-AM7-obe', 'mail-am7eur03on2098', '40.107.105.98'),
                 ('EUR01-HE1-obe', 'mail-he1eur01on2130', '40.107.13.130'),
                 ('EUR04-VI1-obe', 'mail-vi1eur04on2071', '40.107.8.71'),
                 ('EUR05-DB8-obe', 'mail-db8eur05on2123', '40.107.20.123'),
                 ('GBR01-CWX-obe', 'mail-cwxgbr01on2121', '40.107.121.121'),
                 ('GBR01-LO4-obe', 'mail-lo4gbr01on2094', '40.107.138.94'),
                 ('NAM12-BN8-obe', 'mail-bn8nam12on2071', '40.107.237.71')]


def m365(m, c, tenant, org_domain, outbound=None, region='eurprd08', lang='de-DE', dkim_d=None, dkim_s='selector1',
         dmarc_policy='none', spf='pass', rcpt=None, antispam_lang=None, extra=(), xmailer=None, authas='Internal',
         tnef='', dkim_ok=True, arrive_delay=None):
    """tenant: (tenant_id, onmicrosoft-name). Produces EOP outbound chain."""
    r = m.rng
    t0 = c['date']
    mbx = mailbox_server(r, region)
    hop = mailbox_server(r, region)
    ob = outbound or r.choice(OUTBOUND_M365[:6])
    c.setdefault('msgid', ms_msgid(mbx, r))
    c.setdefault('date_style', 'std')
    c.setdefault('date_z', 'UTC')
    build = '15.20.%d.%03d' % (r.randint(9300, 9480), r.randint(5, 40))
    t1, t2 = t0 + TD(seconds=r.randint(0, 2)), t0 + TD(seconds=r.randint(2, 4))
    t3 = t2 + TD(seconds=arrive_delay if arrive_delay is not None else r.randint(1, 3))
    fe = _fe80(r)
    body = body_bytes(m)
    dom = dkim_d or org_domain
    hcs, hmode = c.get('hcs', 'utf-8'), c.get('hmode', 'B')
    hdr_core = core_headers(m, c, ['From', 'To', 'Cc', 'Reply-To', 'Subject',
                                   ('Thread-Topic', hval(c.get('topic', c['subject']), hcs, hmode)),
                                   ('Thread-Index', c.get('thread_index', thread_index(r, c.get('replies', 0)))),
                                   'Date', 'Message-ID', 'References', 'In-Reply-To'])
    has_att = 'yes' if any(getattr(p, 'disposition', None) == 'attachment' for p in m.root.leaves()) else ''
    net_id = guid(r)
    al = antispam_lang or lang.split('-')[0]
    fr_dom = c['frm'][1].split('@')[1]
    xms = [('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
           ('Content-Language', lang),
           ('X-MS-Has-Attach', has_att),
           ('X-MS-TNEF-Correlator', tnef)]
    if xmailer:
        xms.append(('X-Mailer', xmailer))
    xms += [('authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % fr_dom),
            ('x-ms-publictraffictype', 'Email'),
            ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbx[0], hop[0])),
            ('x-ms-office365-filtering-correlation-id', net_id),
            ('x-ms-exchange-senderadcheck', '1'),
            ('x-ms-exchange-antispam-relay', '0'),
            ('x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'),
            ('x-microsoft-antispam-message-info', '\n ' + '\n '.join(b64s(r, 54) for _ in range(6))),
            ('x-forefront-antispam-report', 'CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.prod.outlook.com;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;' % (al, mbx[0], region)),
            ('x-ms-exchange-antispam-messagedata-chunkcount', '1'),
            ('x-ms-exchange-antispam-messagedata-0', '\n ' + '\n '.join(b64s(r, 54) for _ in range(8)))]
    xms += list(extra)
    mimeh = m.root.headers() + [('MIME-Version', '1.0')]
    tail = [('X-OriginatorOrg', org_domain),
            ('X-MS-Exchange-CrossTenant-AuthAs', authas),
            ('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.prod.outlook.com' % mbx),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', net_id),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s %s.%04d\n (UTC)' % (
                t0.strftime('%d %b %Y').lstrip('0'), t0.strftime('%H:%M:%S'), r.randint(0, 9999))),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', tenant[0]),
            ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
            ('X-MS-Exchange-CrossTenant-userprincipalname', b64s(r, 48)),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', hop[0])]
    rcv_inner = [
        ('Received', 'from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
            mbx[0], region, _ms_ipv6(r), hop[0], region, _ms_ipv6(r), build, fmt_date(t2, 'UTC'))),
        ('Received', 'from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%%d]) with mapi id %s; %s' % (
            mbx[0], region, fe, mbx[0], region, fe, r.randint(3, 7), build, fmt_date(t1, 'UTC')))]
    arc_bh = mime.relaxed_body_hash(body)
    arc = [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + '\n '.join(
        [b64s(r, 256)[k:k + 72] for k in range(0, 344, 72)])),
           ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;\n bh=%s;\n b=%s' % (
               arc_bh, '\n '.join([b64s(r, 256)[k:k + 72] for k in range(0, 344, 72)]))),
           ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none')]
    dk, b8 = dkim(r, dom, dkim_s, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', body)
    dkh = [('DKIM-Signature', dk)]
    m.headers = arc + dkh + rcv_inner + hdr_core + xms + mimeh + tail
    rc = rcpt or c['to'][0][1]
    set_mx(m, ob[0] + '.outbound.protection.outlook.com', ob[1] + '.outbound.protection.outlook.com', ob[2], t3,
           c.get('mail_from', c['frm'][1]), rc, tls='1.3', spf=spf,
           dkim_res=[('pass' if dkim_ok else 'fail', dom, dkim_s, b8)],
           dmarc=('pass' if (dom == fr_dom or fr_dom.endswith('.' + dom)) and (dkim_ok or spf == 'pass') else ('pass' if spf == 'pass' else 'fail'), dmarc_policy, 'none', fr_dom) if dmarc_policy != 'absent' else ('none', None, None, fr_dom))


# ------------------------------------------------------------------ Outlook.com consumer (free mail)
def outlook_com(m, c, rcpt=None, lang='de-DE', ob=None):
    r = m.rng
    t0 = c['date']
    mbx = ('%s%dMB%04d' % (r.choice(['DU0P', 'AS8P', 'PA4P', 'DB9P']), 190 + r.randint(0, 6), r.randint(1000, 9999)), 'EURP%d' % (190 + r.randint(0, 6)))
    ob = ob or ('EUR05-DB8-obe', 'mail-db8eur05olkn2081', '40.92.89.81')
    c.setdefault('msgid', '<%s%s@%s.%s.PROD.OUTLOOK.COM>' % (mbx[0], hexs(r, 30, True), mbx[0], mbx[1]))
    c.setdefault('date_z', 'UTC')
    body = body_bytes(m)
    build = '15.20.%d.%03d' % (r.randint(9300, 9480), r.randint(5, 40))
    t1 = t0 + TD(seconds=1)
    fr_dom = c['frm'][1].split('@')[1]
    arc = [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + '\n '.join(
        [b64s(r, 256)[k:k + 72] for k in range(0, 344, 72)])),
           ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-Original-BodyHash;\n bh=%s;\n b=%s' % (
               mime.relaxed_body_hash(body), '\n '.join([b64s(r, 256)[k:k + 72] for k in range(0, 344, 72)]))),
           ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none')]
    dk, b8 = dkim(r, fr_dom, 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', body)
    hdr = core_headers(m, c, ['From', 'To', 'Cc', 'Reply-To', 'Subject',
                              ('Thread-Topic', hval(c['subject'], c.get('hcs', 'utf-8'), c.get('hmode', 'B'))),
                              ('Thread-Index', thread_index(r)), 'Date', 'Message-ID',
                              ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
                              ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                              ('x-ms-exchange-messagesentrepresentingtype', '1'),
                              ('x-tmn', '[%s]' % b64s(r, 24)[:32]),
                              ('x-ms-publictraffictype', 'Email'),
                              ('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (mbx[0], mbx[0].replace('MB', 'MB1', 1)[:14])),
                              ('x-ms-office365-filtering-correlation-id', guid(r)),
                              ('x-microsoft-antispam', 'BCL:0;ARA:14566002|15080799006|8060799006|19110799003|461199028|440099028|3412199025|102099032;'),
                              ('x-microsoft-antispam-message-info', '\n ' + '\n '.join(b64s(r, 54) for _ in range(5))),
                              ('x-ms-exchange-antispam-messagedata-chunkcount', '1'),
                              ('x-ms-exchange-antispam-messagedata-0', '\n ' + '\n '.join(b64s(r, 54) for _ in range(6))),
                              'MIMEONLY', 'MV',
                              ('X-OriginatorOrg', 'sct-15-20-8534-20-msonline-outlook-%s.templateTenant' % hexs(r, 5)),
                              ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                              ('X-MS-Exchange-CrossTenant-AuthSource', '%s.%s.PROD.OUTLOOK.COM' % mbx),
                              ('X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg', '00000000-0000-0000-0000-000000000000'),
                              ('X-MS-Exchange-CrossTenant-Network-Message-Id', guid(r)),
                              ('X-MS-Exchange-CrossTenant-rms-persistedconsumerorg', '00000000-0000-0000-0000-000000000000'),
                              ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s %s.%04d\n (UTC)' % (t0.strftime('%d %b %Y').lstrip('0'), t0.strftime('%H:%M:%S'), r.randint(0, 9999))),
                              ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                              ('X-MS-Exchange-CrossTenant-id', '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'),
                              ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
                              ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', mbx[0])])
    rcv = [('Received', 'from %s.%s.PROD.OUTLOOK.COM\n ([%s]) by %s.%s.PROD.OUTLOOK.COM\n ([%s%%4]) with mapi id %s; %s' % (
        mbx[0], mbx[1], _fe80(r), mbx[0], mbx[1], _fe80(r), build, fmt_date(t0, 'UTC')))]
    m.headers = arc + [('DKIM-Signature', dk)] + rcv + hdr
    set_mx(m, ob[0] + '.outbound.protection.outlook.com', ob[1] + '.outbound.protection.outlook.com', ob[2],
           t1 + TD(seconds=2), c['frm'][1], rcpt or c['to'][0][1], '1.3', 'pass', [('pass', fr_dom, 'selector1', b8)],
           ('pass', 'none', 'none', fr_dom))


# ------------------------------------------------------------------ Gmail (consumer or Workspace)
GMAIL_HOSTS = [('mail-ed1-f48', '209.85.208.48'), ('mail-ej1-f54', '209.85.218.54'), ('mail-wm1-f41', '209.85.128.41'),
               ('mail-lf1-f50', '209.85.167.50'), ('mail-wr1-f44', '209.85.221.44'), ('mail-pl1-f178', '209.85.214.178'),
               ('mail-qk1-f172', '209.85.222.172'), ('mail-ua1-f47', '209.85.222.47')]


def gmail(m, c, rcpt=None, workspace_domain=None, dmarc_policy=None, mua=None, extra=(), host=None, user_agent=None):
    r = m.rng
    t0 = c['date']
    h = host or r.choice(GMAIL_HOSTS)
    t1 = t0 + TD(seconds=r.randint(1, 2))
    rc = rcpt or c['to'][0][1]
    c.setdefault('msgid', '<CA%s%s@mail.gmail.com>' % (r.choice(['+', 'H', 'J', 'K', 'L', 'M', 'N', 'O', 'P']),
                                                        alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=')))
    body = body_bytes(m)
    fr_dom = c['frm'][1].split('@')[1]
    d = workspace_domain or 'gmail.com'
    dk, b8 = dkim(r, d, '20230601' if d == 'gmail.com' else 'google', 'to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t :date:message-id:reply-to',
                  body, t=ts(t0), x=ts(t0) + 604800, extra='darn=example.com')
    xg, _ = dkim(r, '1e100.net', '20230601', 'x-gm-message-state:x-gm-gg:to:subject:message-id:date:from\n\t :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n\t :reply-to', body, t=ts(t0), x=ts(t0) + 604800)
    pre = [('Received', 'by %s.google.com with SMTP id %s\n        for <%s>; %s' % (
        h[0], '%s-%s%s.%d' % (r.choice(['4fb4d7f45d1cf', 'a640c23a62f3a', '5b1f17b1804b1', '2adb3069b0e04']), hexs(r, 11), r.choice(['so', 'sf']) + str(r.randint(1000000, 9999999)) + r.choice(['a12', 'b05', 'f14', 'e09']), r.randint(1, 5)),
        rc, fmt_date(t1, 'PT', 'padabbr'))),
           ('DKIM-Signature', dk), ('X-Google-DKIM-Signature', xg),
           ('X-Gm-Message-State', 'AOJu0Y' + alnum(r, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
           ('X-Gm-Gg', 'ASbGnc' + alnum(r, 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '\n\t' + alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
           ('X-Google-Smtp-Source', 'AGHT+I' + alnum(r, 80, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='),
           ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s%s.%d;\n        %s' % (
               r.randint(0x6000, 0x6fff), r.randint(0x100, 0xffff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff),
               alnum(r, 14, 'abcdefghijklmnopqrstuvwxyz0123456789'), hexs(r, 12), 'mr' + str(r.randint(1000000, 9999999)), r.randint(1, 9),
               fmt_date(t0 + TD(seconds=1), 'PT', 'padabbr')))]
    order = ['MV']
    order += list(extra)
    order += ['From', 'Date', 'Message-ID', 'References', 'In-Reply-To', 'Subject', 'To', 'Cc', 'Reply-To', 'MIMEONLY']
    if user_agent:
        order.insert(1, ('User-Agent', user_agent))
    c.setdefault('date_style', 'std')
    m.headers = pre + core_headers(m, c, order)
    pol = dmarc_policy or ('none' if d == 'gmail.com' else 'quarantine')
    set_mx(m, h[0] + '.google.com', h[0] + '.google.com', h[1], t1 + TD(seconds=r.randint(0, 1)), c['frm'][1], rc, '1.3a',
           'pass', [('pass', d, '20230601' if d == 'gmail.com' else 'google', b8)], ('pass', pol, 'none', fr_dom))


# ------------------------------------------------------------------ Postfix mail server of a company (MUA submission)
def postfix_company(m, c, server, ip, submit_from, dkim_d=None, dkim_s='mail2024', mua='outlook', rcpt=None,
                    spf='pass', dmarc=('pass', 'quarantine'), webmail=None, tls='1.3', extra=(), z='CET', dkim_ok=True,
                    client_tls='1.3a', server_name=None):
    """submit_from: (helo, rdns, ip) of the submitting PC. webmail: dict(ip=attacker/user ip, ua=...) for Roundcube."""
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    dom = dkim_d or fr_dom
    sname = server_name or server
    body = body_bytes(m)
    t1 = t0 + TD(seconds=r.randint(0, 1))
    t2 = t1 + TD(seconds=r.randint(1, 3))
    qid_local = hexs(r, 10, True) if r.random() < 0.5 else postfix_qid(r)
    rcvs = []
    if webmail:
        c.setdefault('msgid', '<%s@%s>' % (hexs(r, 32), fr_dom))
        rcvs.append(('Received', 'from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
            webmail.get('host', 'webmail.' + fr_dom), c['frm'][1], sname, qid_local, fmt_date(t1, z, 'postfix'))))
    else:
        rcvs.append(('Received', rcv_postfix(r, submit_from[0], submit_from[1], submit_from[2], sname, t1, z, client_tls, None, auth=c['frm'][1], qid=qid_local)))
    dk, b8 = dkim(r, dom, dkim_s, 'from:to:cc:subject:date:message-id:in-reply-to:references:\n\t content-type', body, t=ts(t1))
    pre = rcvs[:]
    pre.insert(0, ('DKIM-Signature', dk))
    pre.insert(0, ('DKIM-Filter', 'OpenDKIM Filter v2.11.0 %s %s' % (sname, qid_local)))
    if mua == 'outlook':
        c.setdefault('msgid', outlook_msgid(r, fr_dom))
        order = ['From', 'To', 'Cc', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MV', 'MIMEONLY',
                 ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', c.get('thread_index', thread_index(r, c.get('replies', 0)))),
                 ('Content-Language', c.get('content_language', 'de'))]
    elif mua == 'thunderbird':
        c.setdefault('msgid', '<%s@%s>' % (mime.uuid4(r), fr_dom))
        order = ['Message-ID', 'Date', 'MV', ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', c.get('content_language', 'de-DE')),
                 'To', 'Cc', 'References', 'From', 'Subject', 'In-Reply-To', 'MIMEONLY']
    elif mua == 'roundcube':
        c.setdefault('msgid', '<%s@%s>' % (hexs(r, 32), fr_dom))
        order = ['MV', ('Date', fmt_date(t0, z, 'std')), 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References',
                 ('User-Agent', 'Roundcube Webmail/1.6.9'), 'Message-ID', ('X-Sender', c['frm'][1]), 'MIMEONLY']
        if webmail and webmail.get('ip'):
            order.append(('Received', 'from %s ([%s])\n\tby %s\n\twith HTTP (HTTP/1.1 POST); %s' % (
                webmail['ip'], webmail['ip'], webmail.get('host', 'webmail.' + fr_dom), fmt_date(t0, z, 'std'))))
            order.append(('X-Originating-IP', '[%s]' % webmail['ip']))
        order = [o if o != 'Date' else o for o in order]
    else:
        c.setdefault('msgid', '<%s@%s>' % (hexs(r, 24), fr_dom))
        order = ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MV', 'MIMEONLY']
    order = list(order) + list(extra)
    c.setdefault('date_z', z)
    hdr = core_headers(m, c, [o for o in order if o != 'Date' or mua != 'roundcube'])
    if mua == 'roundcube':
        # move the HTTP Received trace above the message headers like Roundcube does
        http = [h for h in hdr if h[0] in ('Received',)]
        hdr = [h for h in hdr if h[0] not in ('Received',)]
        pre = pre[:2] + pre[2:] + http
    m.headers = pre + hdr
    set_mx(m, server, server, ip, t2, c.get('mail_from', c['frm'][1]), rc, tls, spf,
           [('pass' if dkim_ok else 'fail', dom, dkim_s, b8)],
           (dmarc[0], dmarc[1], 'none', fr_dom) if dmarc else ('none', None, None, fr_dom))


# ------------------------------------------------------------------ generic ESP / platform helpers
def ses(m, c, region='eu-west-1', host=('a7-18', '54.240.7.18'), dkim_d=None, dkim_s=None, mail_from=None, rcpt=None,
        order=None, extra=(), dmarc_policy='none', feedback=None, spf_dom=None):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    mid = '0102019%s-%s-%s-%s-%s-000000' % (hexs(r, 9), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 12))
    c.setdefault('msgid', '<%s@%s.amazonses.com>' % (mid, region))
    c.setdefault('date_z', 'UTC')
    sigs = []
    res = []
    hlist = 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
    if dkim_d:
        dk, b8 = dkim(r, dkim_d, dkim_s or 'ses1', hlist, body, t=ts(t0), c='relaxed/simple')
        sigs.append(('DKIM-Signature', dk.replace('a=rsa-sha256;', 'a=rsa-sha256; q=dns/txt;')))
        res.append(('pass', dkim_d, dkim_s or 'ses1', b8))
    sel = {'eu-west-1': 'uku4taia5b5tsbglxyj6zym32efj7xqv', 'eu-west-2': 'bg6ci3nexu3vgzx7wqbqr6rn7ilw5ycb',
           'us-east-1': '224i4yxa5dv7c2xz3womw6peuasteono', 'eu-central-1': 'sokbgaaqd3sy3aafw3bbnmnj3dnyo7nc'}[region]
    dk, b8 = dkim(r, 'amazonses.com', sel, hlist + ':Feedback-ID', body, t=ts(t0), c='relaxed/simple')
    sigs.append(('DKIM-Signature', dk.replace('a=rsa-sha256;', 'a=rsa-sha256; q=dns/txt;')))
    res.append(('pass', 'amazonses.com', sel, b8))
    hdr = core_headers(m, c, order or ['From', 'Reply-To', 'To', 'Subject', 'MV', 'MIMEONLY', 'Message-ID', 'Date'])
    hdr += list(extra)
    hdr += [('Feedback-ID', feedback or '::1.%s.%s=:AmazonSES' % (region, b64s(r, 33).replace('/', 'x').replace('+', 'y').rstrip('='))),
            ('X-SES-Outgoing', '%s-%s' % (t0.strftime('%Y.%m.%d'), host[1]))]
    m.headers = sigs + hdr
    mf = mail_from or '%s@%s.amazonses.com' % (mid, region)
    aligned = dkim_d and (dkim_d == fr_dom or fr_dom.endswith('.' + dkim_d) or dkim_d.endswith('.' + fr_dom))
    set_mx(m, host[0] + '.smtp-out.%s.amazonses.com' % region, host[0] + '.smtp-out.%s.amazonses.com' % region, host[1],
           t0 + TD(seconds=r.randint(1, 3)), mf, rc, '1.2', 'pass', res,
           ('pass' if aligned else 'fail', dmarc_policy, 'none', fr_dom) if dmarc_policy != 'absent' else ('none', None, None, fr_dom))


def sendgrid(m, c, dom, em, host=None, rcpt=None, extra=(), dmarc_policy='none', order=None, dkim_custom=True, with_http=True):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    uid = r.randint(10000000, 59999999)
    host = host or ('o%d.ptr%d.%s' % (r.randint(1, 3), r.randint(1000, 9999), dom), '149.72.%d.%d' % (r.randint(1, 250), r.randint(2, 250)))
    c.setdefault('msgid', '<%s@geopod-ismtpd-%d>' % (alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), r.randint(1, 40)))
    c.setdefault('date_z', 'UTC')
    sigs, res = [], []
    if dkim_custom:
        dk, b8 = dkim(r, dom, 's1', 'content-type:from:mime-version:subject:reply-to:to:cc:content-type:from\n\t:subject:to;', body)
        sigs.append(('DKIM-Signature', dk.replace('h=content', 'h=content', 1)))
        res.append(('pass', dom, 's1', b8))
    dk, b8 = dkim(r, 'sendgrid.info', 'smtpapi', 'content-type:from:mime-version:subject:reply-to:to:cc:content-type:from\n\t:subject:to;', body)
    sigs.append(('DKIM-Signature', dk))
    res.append(('pass', 'sendgrid.info', 'smtpapi', b8))
    pod = 'filterdrecv-%s-%s' % (hexs(r, 10), alnum(r, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    rcv = [('Received', 'by %s with SMTP id %s-1-%s-%s\n        %s.%09d +0000 UTC m=+%d.%06d' % (
        pod, pod, hexs(r, 8, True), hexs(r, 2, True), t0.strftime('%Y-%m-%d %H:%M:%S'), r.randint(0, 999999999), r.randint(1000, 999999), r.randint(0, 999999)))]
    if with_http:
        rcv.append(('Received', 'from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)' % (
            '%s' % hexs(r, 16), r.randint(1, 40), alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
            fmt_date(t0, 'UTC', 'pad').replace(' +0000', ''), r.randint(0, 999))))
    hdr = core_headers(m, c, order or ['MV', 'Date', 'From', 'Reply-To', 'Subject', 'Message-ID', 'MIMEONLY', 'To', 'Cc'])
    hdr += list(extra)
    hdr += [('X-SG-EID', '\n ' + '\n '.join(b64s(r, 50) for _ in range(4))),
            ('X-SG-ID', '\n ' + '\n '.join(b64s(r, 50) for _ in range(3))),
            ('X-Entity-ID', 'u001.%s' % b64s(r, 18))]
    m.headers = sigs + rcv + hdr
    mf = 'bounces+%d-%s-%s=example.com@%s.%s' % (uid, hexs(r, 4), rc.split('@')[0], em, dom)
    aligned = dkim_custom and (dom == fr_dom or fr_dom.endswith('.' + dom))
    set_mx(m, host[0], host[0], host[1], t0 + TD(seconds=r.randint(1, 3)), mf, rc, '1.2', 'pass', res,
           ('pass' if aligned else 'fail', dmarc_policy, 'none', fr_dom) if dmarc_policy != 'absent' else ('none', None, None, fr_dom))


def mailgun(m, c, mgdom, rcpt=None, extra=(), dmarc_policy='absent', ip='159.135.228.12'):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    c.setdefault('msgid', '<%s.%s@%s>' % (t0.strftime('%Y%m%d%H%M%S'), hexs(r, 16), mgdom))
    c.setdefault('date_z', 'UTC')
    dk, b8 = dkim(r, mgdom, 'smtp', 'Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: To: From:\n\t Message-Id: Date: Sender: Sender;', body, t=ts(t0))
    a, b = ip.split('.')[2:]
    c.setdefault('msgid', '<%s.%s@%s>' % (t0.strftime('%Y%m%d%H%M%S'), hexs(r, 16), mgdom))
    rcv = [('Received', 'by %s with HTTP id %s; %s' % (hexs(r, 14), hexs(r, 24), fmt_date(t0, 'UTC', 'pad').replace('+0000', 'GMT')))]
    hdr = [('X-Mailgun-Sending-Ip', ip), ('X-Mailgun-Sid', 'Wy' + alnum(r, 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '==')]
    hdr += rcv
    hdr += core_headers(m, c, ['Sender' if False else ('Sender', '%s@%s' % (c['frm'][1].replace('@', '='), mgdom)),
                               'Date', 'From', 'To', 'Subject', 'Message-ID', 'MV', 'MIMEONLY'])
    hdr += list(extra)
    m.headers = [('DKIM-Signature', dk)] + hdr
    mf = 'bounce+%s.%s-%s=example.com@%s' % (hexs(r, 6), hexs(r, 6), rc.split('@')[0], mgdom)
    set_mx(m, 'm%s-%s.mailgun.net' % (a, b), 'm%s-%s.mailgun.net' % (a, b), ip, t0 + TD(seconds=r.randint(1, 4)), mf, rc, '1.2', 'pass',
           [('pass', mgdom, 'smtp', b8)], ('none', None, None, fr_dom) if dmarc_policy == 'absent' else ('fail', dmarc_policy, 'none', fr_dom))


def brevo(m, c, rcpt=None, custom_dkim=None, extra=(), ip_last=None, dmarc_policy='absent', unsub=True):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    il = ip_last or r.randint(140, 250)
    acc = r.randint(1000000, 9999999)
    c.setdefault('msgid', '<%s.%d@smtp-relay.mailin.fr>' % (t0.strftime('%Y%m%d%H%M'), r.randint(10 ** 10, 10 ** 11)))
    c.setdefault('date_z', 'UTC')
    sigs, res = [], []
    dk, b8 = dkim(r, 'sendinblue.com', 'mail', 'from:sender:reply-to:subject:date:message-id:to:cc:mime-version:content-type\n\t:content-transfer-encoding:list-unsubscribe:x-csa-complaints:list-unsubscribe-post', body, t=ts(t0))
    sigs.append(('DKIM-Signature', dk))
    res.append(('pass', 'sendinblue.com', 'mail', b8))
    if custom_dkim:
        dk, b8 = dkim(r, custom_dkim, 'brevo1', 'from:sender:reply-to:subject:date:message-id:to:cc:mime-version:content-type', body, t=ts(t0))
        sigs.insert(0, ('DKIM-Signature', dk))
        res.insert(0, ('pass', custom_dkim, 'brevo1', b8))
    eid = b64s(r, 60)
    hdr = core_headers(m, c, ['From', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'MV', 'MIMEONLY'])
    hdr += [('X-Mailin-EID', eid[:70]), ('X-sib-id', b64s(r, 66)), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
            ('Feedback-ID', '185.41.28.%d:%d_-1:%d:Sendinblue' % (il, acc, acc)),
            ('Origin-messageId', c['msgid'])]
    if unsub:
        hdr += [('List-Unsubscribe', '<https://%s.r.bh.d.sendibt3.com/tr/un/li/%s>' % (alnum(r, 6, 'abcdefghijklmnopqrstuvwxyz0123456789'), alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'))),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    hdr += list(extra)
    m.headers = sigs + hdr
    mf = 'bounces-%d-%s@sendibt3.com' % (acc, hexs(r, 8))
    set_mx(m, 'ad%d.sendibt3.com' % il, 'ad%d.sendibt3.com' % il, '185.41.28.%d' % il, t0 + TD(seconds=r.randint(1, 4)),
           mf, rc, '1.2', 'pass', res,
           ('pass', dmarc_policy, 'none', fr_dom) if custom_dkim and dmarc_policy != 'absent' else ('none', None, None, fr_dom))


def mailchimp(m, c, list_host, rcpt=None, custom_dkim=None, dmarc_policy='none', extra=()):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    a, b = r.randint(128, 191), r.randint(1, 250)
    host = 'mail%d-%d.suw%d.mcdlv.net' % (a, b % 60, r.randint(11, 41))
    ip = '198.2.%d.%d' % (a, b % 60)
    u = hexs(r, 25)
    lid = hexs(r, 10)
    cid = hexs(r, 10)
    c.setdefault('msgid', '<%s.%s.%s.%s.%s@%s>' % (u, cid, t0.strftime('%Y%m%d%H%M%S'), hexs(r, 10), hexs(r, 8), host))
    c.setdefault('date_z', 'UTC')
    c.setdefault('date_style', 'pad')
    sigs, res = [], []
    if custom_dkim:
        dk, b8 = dkim(r, custom_dkim, 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Subject:From', body, t=ts(t0))
        sigs.append(('DKIM-Signature', dk))
        res.append(('pass', custom_dkim, 'k2', b8))
    dk, b8 = dkim(r, 'mcdlv.net', 'k1', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t Content-Type:MIME-Version:CC:Date:To:Subject:From', body, t=ts(t0))
    sigs.append(('DKIM-Signature', dk))
    res.append(('pass', 'mcdlv.net', 'k1', b8))
    us = 'us%d' % r.randint(10, 21)
    rcv = [('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s' % (
        host, postfix_qid(r), rc, fmt_date(t0, 'UTC', 'std').replace('+0000', '+0000 (GMT)')))]
    hdr = core_headers(m, c, ['Subject', 'From', 'Reply-To', 'To', 'Date', 'Message-ID'])
    hdr += [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, hexs(r, 10))),
            ('X-Campaign', 'mailchimp%s.%s' % (u, cid)), ('X-campaignid', 'mailchimp%s.%s' % (u, cid)),
            ('X-Report-Abuse', 'Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, cid, hexs(r, 10))),
            ('X-MC-User', u), ('Feedback-ID', '%d:%d.%d:%s:mc' % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), us)),
            ('List-ID', '%s%s mc list <%s.%s.x.list-id.mcsv.net>' % (u, lid, u, lid)),
            ('X-Accounttype', 'pd'),
            ('List-Unsubscribe', '<https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\n <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (
                list_host, us, u, lid, hexs(r, 10), cid, us, u, cid, hexs(r, 10))),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    hdr += list(extra)
    hdr += [('MIME-Version', '1.0')] + m.root.headers()
    m.headers = sigs + rcv + hdr
    mf = 'bounce-mc.%s_%s.%s-%s=example.com@%s' % (us, u, cid, rc.split('@')[0], host.replace('mcdlv.net', 'mcsv.net'))
    set_mx(m, host, host, ip, t0 + TD(seconds=r.randint(1, 5)), mf, rc, '1.2', 'pass', res,
           ('pass' if custom_dkim else 'fail', dmarc_policy, 'none', fr_dom))
    return 'https://%s.%s.list-manage.com' % (list_host, us), u, lid


# ------------------------------------------------------------------ other mailbox providers
def yandex(m, c, rcpt=None, mua='web', extra=(), dmarc_policy='none'):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    fw = r.choice([('forward501a', '178.154.239.81'), ('forward103b', '178.154.239.150'), ('forward400d', '178.154.239.209')])
    pod = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (r.randint(10, 90), r.choice(['vla', 'sas', 'klg']))
    c.setdefault('msgid', '<%d%s@%s>' % (r.randint(10 ** 5, 10 ** 6), r.choice(['1762', '1763', '1764']) + str(r.randint(100000, 999999)), 'mail.yandex.ru'))
    c.setdefault('date_z', 'MSK')
    t1, t2 = t0 + TD(seconds=1), t0 + TD(seconds=2)
    dk, b8 = dkim(r, fr_dom, 'mail', 'From:To:Subject:Message-Id:Date;', body, t=ts(t0))
    ya = [('Received', 'from %s (%s [IPv6:2a02:6b8:c%x:%x:0:640:%x:0])\n\tby %s.mail.yandex.net (Yandex) with ESMTPS id %s\n\tfor <%s>; %s' % (
        pod, pod, r.randint(0, 0xff), r.randint(0, 0xffff), r.randint(0, 0xffff), fw[0], hexs(r, 10, True), rc, fmt_date(t1, 'MSK', 'abbr'))),
          ('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (pod, alnum(r, 12), alnum(r, 8), fmt_date(t0, 'MSK', 'pad'))),
          ('X-Yandex-Fwd', '1'),
          ('DKIM-Signature', dk),
          ('Authentication-Results', '%s; dkim=pass header.i=@%s' % (pod, fr_dom))]
    order = ['From', 'To', 'Cc', 'Subject', 'MV', 'Date', 'Message-ID', 'In-Reply-To', 'References']
    if mua == 'web':
        order.append(('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'))
    else:
        order.append(('User-Agent', mua))
    order += ['MIMEONLY'] + list(extra)
    m.headers = ya + core_headers(m, c, order)
    set_mx(m, fw[0] + '.mail.yandex.net', fw[0] + '.mail.yandex.net', fw[1], t2, c['frm'][1], rc, '1.3', 'pass',
           [('pass', fr_dom, 'mail', b8)], ('pass', dmarc_policy, 'none', fr_dom))


def mailru(m, c, rcpt=None, extra=()):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    n = r.randint(100, 999)
    host, ip = 'f%d.i.mail.ru' % n, '94.100.178.%d' % r.randint(10, 250)
    c.setdefault('msgid', '<%d.%s@f%d.i.mail.ru>' % (ts(t0), hexs(r, 16).upper()[:16], n))
    c.setdefault('date_z', 'MSK')
    dk, b8 = dkim(r, fr_dom, 'mail4', 'Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:\n\tSubject:Content-Type:Content-Transfer-Encoding:To:Cc', body)
    eid = '1t%s-%s-%s' % (alnum(r, 4), hexs(r, 6).upper(), alnum(r, 2))
    pre = [('DKIM-Signature', dk),
           ('Received', 'by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid %s\n\tfor %s; %s' % (n, c['frm'][1], eid, rc, fmt_date(t0, 'MSK', 'pad'))),
           ('Received', 'by e.mail.ru with HTTP;\n\t%s' % fmt_date(t0, 'MSK', 'pad'))]
    hdr = core_headers(m, c, ['From', 'To', 'Subject', 'MV', ('X-Mailer', 'Mail.Ru Mailer 1.0'), 'Date', 'Reply-To', 'Message-ID',
                              'MIMEONLY', ('X-7564579A', hexs(r, 16, True)), ('X-77F55803', '\n ' + b64s(r, 60)),
                              ('X-Mailru-MI', '%s' % hexs(r, 6, True)), ('X-Mras', 'Ok')] + list(extra))
    m.headers = pre + hdr
    set_mx(m, host, host, ip, t0 + TD(seconds=r.randint(1, 3)), c['frm'][1], rc, '1.2', 'pass',
           [('pass', fr_dom, 'mail4', b8)], ('pass', 'reject', 'none', fr_dom))


def webde(m, c, provider='web.de', submit_ip='91.64.118.7', rcpt=None, mua='webmail', extra=()):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    if provider == 'web.de':
        out, oip, mr = 'mout.web.de', '212.227.15.%d' % r.choice([3, 4, 14, 15]), 'mrweb%03d' % r.randint(1, 110)
        mrip, sel = '213.165.67.%d' % r.randint(100, 125), 's29768273'
        cls = '814a7b36-bfc1-4dae-8640-3722d8ec6cd6'
    else:
        out, oip, mr = 'mout.gmx.net', '212.227.17.%d' % r.choice([20, 21, 22]), 'mrgmx%03d' % r.randint(1, 110)
        mrip, sel = '212.227.17.%d' % r.randint(180, 190), 's31663417'
        cls = '01bb95c1-4bf8-414a-932a-4f6e2808ef9c'
    c.setdefault('msgid', '<%s@%s>' % (mime.uuid4(r), fr_dom) if mua != 'webmail' else '<trinity-%s-%d@3c-app-%s-bs%02d>' % (
        mime.uuid4(r), ts(t0) * 1000 + r.randint(0, 999), 'webde' if provider == 'web.de' else 'gmx', r.randint(10, 60)))
    dk, b8 = dkim(r, fr_dom, sel, 'X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:\n\t References:From:In-Reply-To:Content-Type:cc:content-transfer-encoding:\n\t content-type:date:from:message-id:mime-version:reply-to:subject:to', body, t=ts(t0), i=c['frm'][1])
    if mua == 'webmail':
        sub = 'from [%s] ([%s]) by %s-mail.%s\n (3c-app-%s-bs%02d.server.lan [172.19.170.%d]) (via HTTP); %s' % (
            submit_ip, submit_ip, 'web' if provider == 'web.de' else 'gmx', provider, 'webde' if provider == 'web.de' else 'gmx', r.randint(10, 60), r.randint(1, 250), fmt_date(t0, 'CET', 'std'))
    else:
        sub = 'from [192.168.178.%d] ([%s]) by smtp.%s (%s\n [%s]) with ESMTPSA (Nemesis) id %s; %s' % (
            r.randint(20, 60), submit_ip, provider, mr, mrip, '1M' + alnum(r, 10) + '-' + '1t' + alnum(r, 10), fmt_date(t0, 'CET', 'std'))
    pre = [('DKIM-Signature', dk), ('X-UI-Sender-Class', cls), ('Received', sub)]
    order = ['MV', 'Message-ID'] if mua == 'webmail' else ['Message-ID', 'Date', 'MV', ('User-Agent', mua)]
    order += ['From', 'To', 'Cc', 'Subject', 'Date' if mua == 'webmail' else ('X', None), 'In-Reply-To', 'References', 'MIMEONLY']
    if mua == 'webmail':
        order += [('Importance', 'normal'), ('Sensitivity', 'Normal')]
    order += [('X-Priority', '3') if mua == 'webmail' else ('X', None),
              ('X-Provags-ID', 'V03:K1:' + alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '\n ' + alnum(r, 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
              ('UI-OutboundReport', 'notjunk:1;M01:P0:%s;\n %s' % (alnum(r, 11), alnum(r, 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))] + list(extra)
    c.setdefault('date_z', 'CET')
    m.headers = pre + core_headers(m, c, order)
    set_mx(m, out, out, oip, t0 + TD(seconds=r.randint(1, 3)), c['frm'][1], rc, '1.3', 'pass', [('pass', fr_dom, sel, b8)],
           ('pass', 'quarantine' if provider == 'web.de' else 'quarantine', 'none', fr_dom))


def exim_cpanel(m, c, host, ip, client_ip, rcpt=None, dkim_d=None, mua_headers=(), dmarc_policy=None, spf='pass',
                z='EET', php=None, msgid=None, order=None, dkim_s='default', tls='1.2'):
    """cPanel/Exim shared hosting. php: dict(script=..., uid=...) for PHPMailer on a hacked site."""
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    eid = '1t%s-%s-%s' % (alnum(r, 4), alnum(r, 11), alnum(r, 4))
    t1 = t0 + TD(seconds=1)
    dom = dkim_d or fr_dom
    dk, b8 = dkim(r, dom, dkim_s, 'Content-Type:MIME-Version:Message-ID:Subject:To:From:\n\tDate:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:\n\tResent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:\n\tIn-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:\n\tList-Post:List-Owner:List-Archive', body)
    if php:
        rcv = ('Received', 'from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            php['user'], host, php['envelope'], eid, rc, fmt_date(t0, z, 'std')))
        mf = php['envelope']
    else:
        rcv = ('Received', 'from [%s] (port=%d helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            client_ip, r.randint(49152, 65000), r.randint(2, 120), host, c['frm'][1], eid, rc, fmt_date(t1, z, 'std')))
        mf = c['frm'][1]
    pre = [('DKIM-Signature', dk), rcv]
    c.setdefault('date_z', z)
    hdr = core_headers(m, c, order or ['MV', 'Date', 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References', 'Reply-To', 'Message-ID'] + list(mua_headers) + ['MIMEONLY'])
    aa = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
          ('X-AntiAbuse', 'Primary Hostname - %s' % host),
          ('X-AntiAbuse', 'Original Domain - example.com'),
          ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((php or {}).get('uid', 47), (php or {}).get('uid', 12))),
          ('X-AntiAbuse', 'Sender Address Domain - %s' % mf.split('@')[1])]
    if php:
        aa += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (host, php['user'])),
               ('X-Authenticated-Sender', '%s: %s' % (host, c['frm'][1])),
               ('X-Source', '/opt/cpanel/ea-php82/root/usr/bin/php-cgi'),
               ('X-Source-Args', '/opt/cpanel/ea-php82/root/usr/bin/php-cgi'),
               ('X-Source-Dir', '%s' % php['dir'])]
    else:
        aa += [('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (host, c['frm'][1])),
               ('X-Authenticated-Sender', '%s: %s' % (host, c['frm'][1])),
               ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
    c.setdefault('date_z', z)
    m.headers = pre + hdr + aa
    aligned = dom == fr_dom
    set_mx(m, host, host, ip, t1 + TD(seconds=r.randint(1, 3)), mf, rc, tls, spf, [('pass', dom, dkim_s, b8)],
           (('pass' if aligned or spf == 'pass' else 'fail'), dmarc_policy, 'none', fr_dom) if dmarc_policy else ('none', None, None, fr_dom))


def homepl(m, c, client_ip, rcpt=None, mua_order=None, vade='clean', extra=()):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    n = r.choice([('cloudserver094114.home.pl', '79.96.170.134'), ('cloudserver090153.home.pl', '79.96.174.37')])
    srv = 'serwer%d.home.pl' % r.randint(1800000, 2600000)
    c.setdefault('date_z', 'CET')
    dk, b8 = dkim(r, fr_dom, 'x', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', body, t=ts(t0))
    pre = [('Received', 'from localhost (127.0.0.1) (HELO v370.home.net.pl)\n by /home/%s (/home/%s) with SMTP (IdeaSmtpServer 6.0.0)\n id %s; %s' % (
        n[0].split('.')[0], n[0].split('.')[0], hexs(r, 16), fmt_date(t0 + TD(seconds=1), 'CET', 'std'))),
           ('Received', 'from [%s] (unknown [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s' % (
               '192.168.1.%d' % r.randint(20, 200), client_ip, n[0], postfix_qid(r), fmt_date(t0, 'CET', 'postfix'))),
           ('X-Virus-Scanned', 'by amavisd-new'),
           ('DKIM-Signature', dk)]
    hdr = core_headers(m, c, mua_order or ['From', 'To', 'Cc', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MV', 'MIMEONLY',
                                           ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(r, c.get('replies', 0))),
                                           ('Content-Language', 'pl')])
    hdr += [('X-CLIENT-IP', client_ip), ('X-CLIENT-HOSTNAME', client_ip),
            ('X-VADE-SPAMSTATE', vade), ('X-VADE-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeefuddr%s' % alnum(r, 60, 'abcdefghijklmnopqrstuvwxyz')),
            ('X-DCC--Metrics', 'v370.home.net.pl 1024; Body=%d Fuz1=%d Fuz2=%d' % (len(c['to']), len(c['to']), len(c['to'])))]
    hdr += list(extra)
    c.setdefault('date_z', 'CET')
    m.headers = pre + hdr
    set_mx(m, n[0], n[0], n[1], t0 + TD(seconds=r.randint(2, 4)), c['frm'][1], rc, '1.2', 'pass', [('pass', fr_dom, 'x', b8)],
           ('none', None, None, fr_dom))


def aruba(m, c, client_ip, rcpt=None, order=None):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    host = r.choice([('smtpdh19-2.aruba.it', '62.149.155.165'), ('smtpcmd04132.aruba.it', '62.149.158.132'), ('smtpdh17-1.aruba.it', '62.149.155.147')])
    c.setdefault('date_z', 'CET')  # set before rendering
    pre = [('Received', 'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (
        '[192.168.1.%d]' % r.randint(10, 90), client_ip, alnum(r, 14), fmt_date(t0, 'CET', 'pad'))),
           ('X-CMAE-Envelope', 'MS4xfF' + b64s(r, 90))]
    hdr = core_headers(m, c, order or ['From', 'To', 'Cc', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MV', 'MIMEONLY',
                                       ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(r, c.get('replies', 0))), ('Content-Language', 'it')])
    m.headers = pre + hdr
    fr_dom = c['frm'][1].split('@')[1]
    set_mx(m, host[0], host[0], host[1], t0 + TD(seconds=r.randint(1, 3)), c['frm'][1], rc, '1.2', 'pass', [], ('none', None, None, fr_dom))


def zimbra(m, c, host, ip, client_ip, rcpt=None, dkim_s='5A7B2C3E-1F0D-11EE-9B1A-3F8C2D1E0A9B', extra=()):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    q1, q2, q3 = hexs(r, 10, True), hexs(r, 10, True), hexs(r, 10, True)
    c.setdefault('msgid', '<%d.%d.%d.JavaMail.zimbra@%s>' % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7), ts(t0) * 1000 + r.randint(0, 999), fr_dom))
    c.setdefault('date_style', 'abbr')
    dk, b8 = dkim(r, fr_dom, dkim_s, 'Date:From:To:Message-ID:MIME-Version;', body)
    t = lambda s: fmt_date(t0 + TD(seconds=s), 'CET', 'postfix')
    pre = [('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (host, q3, rc, t(2))),
           ('DKIM-Filter', 'OpenDKIM Filter v2.10.3 %s %s' % (host, q3)),
           ('DKIM-Signature', dk),
           ('X-Virus-Scanned', 'amavis at %s' % host),
           ('Received', 'from %s ([127.0.0.1])\n\tby localhost (%s [127.0.0.1]) (amavis, port 10026)\n\twith ESMTP id %s for <%s>;\n\t%s' % (host, host, alnum(r, 12), rc, t(1))),
           ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (host, host, q2, rc, t(0)))]
    hdr = core_headers(m, c, ['Date', 'From', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MV', 'MIMEONLY',
                              ('X-Originating-IP', '[%s]' % client_ip),
                              ('X-Mailer', 'Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4611)'),
                              ('Thread-Topic', hval(c.get('topic', c['subject']), c.get('hcs', 'utf-8'), c.get('hmode', 'B'))),
                              ('Thread-Index', alnum(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))] + list(extra))
    m.headers = pre + hdr
    set_mx(m, host, host, ip, t0 + TD(seconds=3), c['frm'][1], rc, '1.3', 'pass', [('pass', fr_dom, dkim_s, b8)],
           ('pass', 'quarantine', 'none', fr_dom))


def mimecast_m365(m, c, tenant, org_domain, rcpt=None, lang='en-GB', extra=()):
    """M365 mailbox with Mimecast outbound gateway."""
    r = m.rng
    m365(m, c, tenant, org_domain, outbound=r.choice(OUTBOUND_M365[6:8]), region='gbrprd0%d' % r.randint(1, 6) if False else 'GBRP265',
         lang=lang, dkim_d=org_domain, dkim_s='selector1', rcpt=rcpt, extra=extra)
    # m365() set headers and an mx record for EOP; rewrite the edge: EOP -> Mimecast -> mx01
    mx = m.mx
    body = body_bytes(m)
    t_edge = c['date'] + TD(seconds=4)
    uniq = alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    n = r.choice([151, 152, 203, 204])
    eop = r.choice(OUTBOUND_M365[6:8])
    mc_rcv = ('Received', 'from %s.outbound.protection.outlook.com\n (%s.outbound.protection.outlook.com [%s]) by\n relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\n cipher=TLS_AES_256_GCM_SHA384) id uk-mta-%d-%s-1; %s' % (
        eop[0], eop[1], eop[2], r.randint(10, 300), uniq, fmt_date(t_edge, 'UTC', 'pad')))
    dk, b8 = dkim(r, org_domain, 'mimecast20240215', 'from:from:reply-to:subject:subject:date:date:message-id:message-id:\n\t to:to:cc:mime-version:mime-version:content-type:content-type', body, t=ts(t_edge))
    # insert mimecast headers at the top of the sender's block
    hs = m.headers
    m.headers = [('DKIM-Signature', dk), mc_rcv] + hs + [('X-MC-Unique', '%s-1' % uniq), ('X-Mimecast-MFC-AGG-ID', '%s_%d' % (uniq, ts(t_edge))),
                                                         ('X-Mimecast-Spam-Score', '0'), ('X-Mimecast-MFC-PROC-ID', '%s_%d' % (alnum(r, 43), ts(t_edge)))]
    fr_dom = c['frm'][1].split('@')[1]
    host = 'eu-smtp-delivery-%d.mimecast.com' % n
    set_mx(m, host, host, '185.58.85.%d' % n, t_edge + TD(seconds=1), c.get('mail_from', c['frm'][1]), rcpt or c['to'][0][1], '1.3', 'pass',
           [('pass', org_domain, 'mimecast20240215', b8)], ('pass', 'reject', 'none', fr_dom))


def privateemail(m, c, client_ip, rcpt=None, mua_order=None, dmarc=None):
    """Namecheap Private Email (common for freshly registered look-alike domains)."""
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    k = r.randint(1, 9)
    host, ip = 'mta-0%d-%d.privateemail.com' % (k, r.randint(1, 4)), '198.54.127.%d' % r.randint(40, 90)
    q1, q2 = postfix_qid(r), postfix_qid(r)
    c.setdefault('msgid', outlook_msgid(r, fr_dom))
    dk, b8 = dkim(r, fr_dom, 'default', 'Date:To:From:Subject:From;', body, t=ts(t0))
    pre = [('Received', 'from mta-0%d.privateemail.com (localhost [127.0.0.1])\n\tby mta-0%d.privateemail.com (Postfix) with ESMTP id %s;\n\t%s' % (
        k, k, q1, fmt_date(t0 + TD(seconds=1), 'ET', 'postfix'))),
           ('Received', 'from [%s] (unknown [%s])\n\tby mta-0%d.privateemail.com (Postfix) with ESMTPA;\n\t%s' % (
               '10.%d.%d.%d' % (r.randint(0, 9), r.randint(0, 9), r.randint(2, 200)), client_ip, k, fmt_date(t0, 'ET', 'postfix'))),
           ('DKIM-Signature', dk)]
    hdr = core_headers(m, c, mua_order or ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MV', 'MIMEONLY',
                                           ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(r, c.get('replies', 0))),
                                           ('Content-Language', c.get('content_language', 'de'))])
    hdr.append(('X-Virus-Scanned', 'ClamAV using ClamSMTP'))
    m.headers = pre + hdr
    set_mx(m, host, host, ip, t0 + TD(seconds=r.randint(2, 4)), c['frm'][1], rc, '1.3', 'pass', [('pass', fr_dom, 'default', b8)],
           dmarc or ('none', None, None, fr_dom))


def zoho(m, c, client_ip, rcpt=None, order=None, dmarc=None):
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    o = r.randint(10, 99)
    host, ip = 'sender4-op-o%d.zoho.eu' % o, '136.143.169.%d' % o
    dk, b8 = dkim(r, fr_dom, 'zmail', 'Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To;', body, t=ts(t0))
    c.setdefault('msgid', '<%x.%x@%s>' % (r.getrandbits(44), r.getrandbits(56), fr_dom))
    c.setdefault('date_style', 'abbr')
    c.setdefault('date_z', 'CET')
    pre = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=%s' % (ts(t0), b64s(r, 128))),
           ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \n\tbh=%s; \n\tb=%s' % (ts(t0), mime.relaxed_body_hash(body), b64s(r, 128))),
           ('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>' % (fr_dom, c['frm'][1], c['frm'][1])),
           ('DKIM-Signature', dk),
           ('Received', 'from [%s] (%s [%s]) by mx.zoho.eu\n\twith SMTPS id %d%03d.%d; %s' % (
               '192.168.0.%d' % r.randint(2, 200), client_ip, client_ip, ts(t0), r.randint(0, 999), r.randint(10 ** 8, 10 ** 9), fmt_date(t0, 'CET', 'abbr')))]
    hdr = core_headers(m, c, order or ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MV', 'MIMEONLY',
                                       ('X-Priority', 'Normal'), ('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')])
    hdr.append(('X-ZohoMailClient', 'External'))
    m.headers = pre + hdr
    set_mx(m, host, host, ip, t0 + TD(seconds=r.randint(1, 3)), c['frm'][1], rc, '1.3', 'pass', [('pass', fr_dom, 'zmail', b8)],
           dmarc or ('none', None, None, fr_dom))


def direct_bot(m, c, helo, ip, rdns=None, rcpt=None, mail_from=None, spf='softfail', dmarc=None, extra_pre=(), order=None, tls=None):
    """Spam bot / hacked host talking directly to mx01."""
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    hdr = core_headers(m, c, order or ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MV', 'MIMEONLY'])
    m.headers = list(extra_pre) + hdr
    set_mx(m, helo, rdns, ip, t0 + TD(seconds=r.randint(2, 40)), mail_from or c['frm'][1], rc, tls, spf, [], dmarc)


def google_service(m, c, rcpt=None, dkim_d='google.com', extra=(), order=None):
    """Mail generated by a Google service (Forms, Docs sharing, Workspace alerts): mail-sor-f*.google.com."""
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    n = r.choice([65, 69, 73, 41])
    c.setdefault('msgid', '<%s@google.com>' % alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))
    c.setdefault('date_z', 'UTC')
    c.setdefault('date_style', 'std')
    dk, b8 = dkim(r, dkim_d, '20230601', 'reply-to:mime-version:message-id:date:subject:from:to:from:to:cc\n\t :subject:date:message-id:reply-to', body, t=ts(t0), x=ts(t0) + 604800, extra='darn=example.com')
    pre = [('Received', 'by mail-sor-f%d.google.com with SMTP id %s-%s\n        for <%s>\n        (Google Transport Security);\n        %s' % (
        n, hexs(r, 14), hexs(r, 12) + 'ed.' + str(r.randint(10, 99)), rc, fmt_date(t0 + TD(seconds=1), 'PT', 'padabbr'))),
           ('DKIM-Signature', dk),
           ('X-Google-Smtp-Source', 'AGHT+I' + alnum(r, 80, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='),
           ('MIME-Version', '1.0'),
           ('X-Received', 'by 2002:a17:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s' % (
               r.randint(0x900, 0x9ff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff),
               alnum(r, 24, 'abcdefghijklmnopqrstuvwxyz0123456789'), r.randint(1, 9), ts(t0) * 1000 % 10 ** 13, fmt_date(t0 + TD(seconds=1), 'PT', 'padabbr')))]
    hdr = core_headers(m, c, order or ['Reply-To', 'Message-ID', 'Date', 'Subject', 'From', 'To'] + list(extra) + ['MIMEONLY'])
    m.headers = pre + hdr
    set_mx(m, 'mail-sor-f%d.google.com' % n, 'mail-sor-f%d.google.com' % n, '209.85.220.%d' % n, t0 + TD(seconds=2),
           c.get('mail_from', '3%s@%s' % (alnum(r, 30, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'doclist.bounces.google.com')), rc, '1.3a', 'pass',
           [('pass', dkim_d, '20230601', b8)], ('pass', 'reject', 'none', fr_dom))


def generic_relay(m, c, host, ip, rcpt=None, dkims=(), mail_from=None, inner=(), order=None, spf='pass',
                  dmarc_policy='reject', tls='1.3', z='CET', dmarc_result=None, rdns=None):
    """Own outbound relay of a larger organisation or platform (bank, DocuSign, Adobe, Kontur...)."""
    r = m.rng
    t0 = c['date']
    rc = rcpt or c['to'][0][1]
    fr_dom = c['frm'][1].split('@')[1]
    body = body_bytes(m)
    sigs, res = [], []
    c.setdefault('date_z', z)
    for d, s, hlist in dkims:
        dk, b8 = dkim(r, d, s, hlist, body, t=ts(t0))
        sigs.append(('DKIM-Signature', dk))
        res.append(('pass', d, s, b8))
    hdr = core_headers(m, c, order or ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MV', 'MIMEONLY'])
    m.headers = sigs + list(inner) + hdr
    aligned = any(d == fr_dom or fr_dom.endswith('.' + d) or d.endswith('.' + fr_dom) for d, _, _ in dkims)
    set_mx(m, host, rdns or host, ip, t0 + TD(seconds=r.randint(1, 4)), mail_from or c['frm'][1], rc, tls, spf, res,
           (dmarc_result or ('pass' if aligned or spf == 'pass' else 'fail'), dmarc_policy, 'none', fr_dom) if dmarc_policy else ('none', None, None, fr_dom))
