"""Sender-side trace (Received) chains for the different sending
infrastructures.  Each builder returns a Route: the client that connected
to mx01 (HELO, rDNS, IP, TLS) and the sender's own hops below it."""
from datetime import timedelta

from .mail import Route, rfcdate, postfix_qid, hexs, b64s, uuid

AL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def _t(m, s):
    return m.t + timedelta(seconds=s)


def custom(m, helo, rdns, ip, hops, tls='1.3', extra=None, arrive=5):
    """hops: list of (template, seconds_after_send, zone, comment).  Template
    placeholders: {date} {qid} {rcpt} {hex}."""
    out = []
    for tpl, sec, zone, comment in hops:
        out.append(tpl.format(date=rfcdate(_t(m, sec), zone, comment), qid=postfix_qid(m.rng),
                              rcpt=m.rcpt, hex=hexs(m.rng, 12)))
    return Route(helo, rdns, ip, tls, out, extra or [], _t(m, arrive))


# ---------------------------------------------------------------- internal
def internal(m, client_ip='10.20.14.53', mbx='EXCH02'):
    ip_mbx = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}[mbx]
    other = 'EXCH01' if mbx == 'EXCH02' else 'EXCH02'
    ip_other = {'EXCH01': '10.20.0.31', 'EXCH02': '10.20.0.32'}[other]
    fe = 'fe80::%s:%s:%s:%s' % (hexs(m.rng, 4), hexs(m.rng, 4), hexs(m.rng, 4), hexs(m.rng, 4))
    hops = [
        'from %s.corp.example.com (%s.corp.example.com [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
        % (other, other, ip_other, postfix_qid(m.rng), m.rcpt, rfcdate(_t(m, 2), 'DE', True)),
        'from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s'
        % (mbx, ip_mbx, other, ip_other, rfcdate(_t(m, 1), 'DE')),
        'from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%12]) with mapi id\n 15.02.1748.010; %s'
        % (mbx, fe, mbx, fe, rfcdate(_t(m, 0), 'DE')),
    ]
    return Route('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', '1.2', hops, [],
                 _t(m, 4))


def exchange_headers(m, topic, replies=0, lang='de-DE', attach=False, client_ip=None, accept='de-DE, en-US'):
    from .mail import thread_index
    h = [('Thread-Topic', topic), ('Thread-Index', thread_index(m.rng, m.t, replies))]
    return h


def exchange_tail(m, lang='de-DE', attach=False, accept='de-DE, en-US', client_ip='10.20.14.53'):
    return [('Accept-Language', accept), ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('x-originating-ip', '[%s]' % client_ip)]


# --------------------------------------------------------- Exchange Online
EOP_EU = [('EUR05-DB8-obe', 'mail-db8eur05on2071', '40.107.20.71'),
          ('EUR03-AM7-obe', 'mail-am7eur03on2107', '40.107.105.107'),
          ('EUR02-VI1-obe', 'mail-vi1eur02on2133', '40.107.241.133'),
          ('EUR01-HE1-obe', 'mail-he1eur01on2098', '40.107.13.98'),
          ('AM0PR83CU005', 'mail-westeuropeazon11012043', '52.101.71.43'),
          ('DUZPR83CU001', 'mail-northeuropeazon11012051', '52.101.66.51'),
          ('GVXPR05CU001', 'mail-swedencentralazon11013007', '52.101.83.7')]
EOP_UK = [('GBR01-LO4-obe', 'mail-lo4gbr01on2105', '40.107.24.105'),
          ('GBR01-CWX-obe', 'mail-cwxgbr01on2121', '40.107.121.121'),
          ('LO0P265CU003', 'mail-uksouthazon11022137', '52.101.196.137')]
EOP_US = [('NAM11-DM6-obe', 'mail-dm6nam11on2071', '40.107.223.71'),
          ('NAM10-BN7-obe', 'mail-bn7nam10on2089', '40.107.92.89'),
          ('BL0PR02CU006', 'mail-eastusazon11012034', '52.101.53.34')]


def m365(m, geo='EU', tenant_org=None, idx=None):
    rng = m.rng
    if geo == 'EU':
        region = 'eurprd%02d' % rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9])
        pfx = rng.choice(['AS8PR', 'DU0PR', 'AM9PR', 'PA4PR', 'DB9PR', 'VI1PR', 'GV1PR', 'AS2PR'])
        num = region[-2:]
        mbx = '%s%sMB%d' % (pfx, num, rng.randrange(1000, 9999))
        hub = '%s%sMB%d' % (rng.choice(['DU2PR', 'PAXPR', 'AM8PR', 'DB8PR']), num, rng.randrange(1000, 9999))
        obe = EOP_EU[idx if idx is not None else rng.randrange(len(EOP_EU))]
        v6 = '2603:10a6:%x:%x::%x' % (rng.randrange(10, 0x800), rng.randrange(1, 0x400), rng.randrange(1, 0x30))
    elif geo == 'UK':
        region = 'GBRP265.PROD.OUTLOOK.COM'.lower()
        region = 'gbrp265.prod.outlook.com'
        mbx = '%sP265MB%d' % (rng.choice(['LO2', 'CWLP', 'LO4', 'LO3']), rng.randrange(1000, 9999))
        mbx = mbx.replace('CWLPP', 'CWLP')
        hub = '%sP265MB%d' % (rng.choice(['LO0', 'CWXP', 'LO6']), rng.randrange(1000, 9999))
        obe = EOP_UK[idx if idx is not None else rng.randrange(len(EOP_UK))]
        v6 = '2603:10a6:%x:%x::%x' % (rng.randrange(0x600, 0x700), rng.randrange(1, 0x400), rng.randrange(1, 0x30))
        region = 'GBRP265'.lower()
    else:
        region = 'namprd%02d' % rng.choice([10, 11, 12, 13])
        num = region[-2:]
        mbx = '%s%sMB%d' % (rng.choice(['SA1PR', 'BN9PR', 'CH3PR', 'DM4PR', 'MN2PR']), num, rng.randrange(1000, 9999))
        hub = '%s%sMB%d' % (rng.choice(['PH7PR', 'CY8PR', 'DS0PR']), num, rng.randrange(1000, 9999))
        obe = EOP_US[idx if idx is not None else rng.randrange(len(EOP_US))]
        v6 = '2603:10b6:%x:%x::%x' % (rng.randrange(10, 0x900), rng.randrange(1, 0x400), rng.randrange(1, 0x30))
    dom = '%s.prod.outlook.com' % region
    fe = 'fe80::%s:%s:%s:%s' % (hexs(rng, 4).lstrip('0') or '1', hexs(rng, 4).lstrip('0') or '1',
                               hexs(rng, 4).lstrip('0') or '1', hexs(rng, 4).lstrip('0') or '1')
    v6b = '2603:10a6:%x:%x::%x' % (rng.randrange(10, 0x800), rng.randrange(1, 0x400), rng.randrange(1, 0x30)) \
        if geo != 'US' else '2603:10b6:%x:%x::%x' % (rng.randrange(10, 0x900), rng.randrange(1, 0x400), rng.randrange(1, 0x30))
    build = '15.20.9253'
    hops = [
        'from %s.%s (%s) by\n %s.%s (%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s.%d; %s'
        % (mbx, dom, v6, hub, dom, v6b, build, rng.randrange(10, 40), rfcdate(_t(m, 1), 'UTC')),
        'from %s.%s\n ([%s]) by %s.%s\n ([%s%%%d]) with mapi id %s.0%02d; %s'
        % (mbx, dom, fe, mbx, dom, fe, rng.randrange(3, 7), build, rng.randrange(10, 40), rfcdate(_t(m, 0), 'UTC')),
    ]
    m._m365_host = '%s.%s' % (mbx, dom)
    m._m365_mbx = mbx
    return Route('%s.outbound.protection.outlook.com' % obe[0], '%s.outbound.protection.outlook.com' % obe[1],
                 obe[2], '1.2', hops, [], _t(m, 3))


def m365_msgid(m):
    return '<%s%s@%s>' % (m._m365_mbx, hexs(m.rng, 32, True), m._m365_host)


def m365_tail(m, org, tenant=None, lang='de-DE', attach=False, accept=None, labels=False):
    from .mail import thread_index
    tenant = tenant or uuid(m.rng)
    h = [('Accept-Language', accept or (lang + ', en-US' if lang != 'en-US' else 'en-US')), ('Content-Language', lang),
         ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', '')]
    if labels:
        h.append(('msip_labels', ''))
    h += [('X-MS-PublicTrafficType', 'Email'),
          ('X-MS-TrafficTypeDiagnostic', '%s:EE_|%s:EE_' % (m._m365_mbx, m._m365_mbx[:3] + 'PR' + hexs(m.rng, 2, True) + 'MB' + str(m.rng.randrange(1000, 9999)))),
          ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', rfcdate(m.t, 'UTC').split(', ', 1)[1].replace(' +0000', '.%04d (UTC)' % m.rng.randrange(10000))),
          ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
          ('X-MS-Exchange-CrossTenant-id', tenant),
          ('X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'),
          ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', m._m365_mbx),
          ('X-OriginatorOrg', org)]
    return h


# ------------------------------------------------------------------- Gmail
GMAIL = [('ej1', '209.85.218', 45), ('wr1', '209.85.221', 54), ('ed1', '209.85.208', 48),
         ('wm1', '209.85.128', 41), ('lf1', '209.85.167', 52), ('pl1', '209.85.214', 180)]


def gmail(m, idx=None, user_ip=None):
    rng = m.rng
    code, net, n = GMAIL[idx if idx is not None else rng.randrange(len(GMAIL))]
    rdns = 'mail-%s-f%d.google.com' % (code, n)
    sid = '%s-%sso%d.%d' % (rng.choice(['a640c23a62f3a', '5b1f17b1804b1', '2adb3069b0e04', '4fb4d7f45d1cf']),
                           hexs(rng, 13), rng.randrange(10**8, 10**9), rng.randrange(1, 4))
    hops = ['by %s with SMTP id %s\n        for <%s>; %s' % (rdns, sid, m.rcpt, rfcdate(_t(m, 1), 'PT', True))]
    extra = [('X-Gm-Message-State', 'AOJu0Y' + b64s(rng, 62) + '=='),
             ('X-Google-Smtp-Source', 'AGHT+I' + b64s(rng, 82) + '=='),
             ('X-Received', 'by 2002:a17:907:%x:b0:%x:%x with SMTP id %s-%s.%d;\n        %s'
              % (rng.randrange(0x1000, 0xffff), rng.randrange(0x100, 0xfff), rng.randrange(0x1000, 0xffff),
                 hexs(rng, 13), hexs(rng, 14), rng.randrange(1, 30), rfcdate(_t(m, 1), 'PT', True)))]
    return Route(rdns, rdns, '%s.%d' % (net, n), '1.3b', hops, extra, _t(m, 3))


# --------------------------------------------------------------------- GMX
def gmx(m, user_ip, app='3c-app-gmx-bap47', mr='mrgmx104', mout=('mout.gmx.net', '212.227.15.19')):
    rng = m.rng
    nem = '1M%s-1%s' % (b64s(rng, 6, AL), b64s(rng, 10, AL))
    hops = ['from %s ([172.19.172.%d]) by mail.gmx.net (%s\n [212.227.17.%d]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s'
            % (app, rng.randrange(10, 250), mr, rng.randrange(160, 190), nem, m.rcpt, rfcdate(_t(m, 1), m.zone)),
            'from [%s] ([%s]) by web-mail.gmx.net\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s'
            % (user_ip, user_ip, app, rng.randrange(10, 250), rfcdate(_t(m, 0), m.zone))]
    return Route(mout[0], mout[0], mout[1], '1.3', hops, [], _t(m, 3))


def gmx_headers(m, user_ip):
    rng = m.rng
    return [('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3'),
            ('X-Provags-ID', 'V03:K1:' + b64s(rng, 63, AL + '+/') + '\n ' + b64s(rng, 60, AL + '+/')),
            ('UI-OutboundReport', 'notjunk:1;M01:P0:%s=;%s' % (b64s(rng, 11, AL), b64s(rng, 58, AL + '+/'))),
            ('X-UI-Message-Type', 'mail')]


# ------------------------------------------------------------ generic ISPs
def postfix_auth(m, helo, rdns, ip, relay, relay_ip, client, client_ip, zone=None, tls='1.3',
                 auth=None, mta='Postfix', esmtp='ESMTPSA'):
    zone = zone or m.zone
    a = '\n\t(Authenticated sender: %s)' % auth if auth else ''
    hops = ['from %s (%s [%s])%s\n\tby %s (%s) with %s id %s;\n\t%s'
            % (client, client if client != '[%s]' % client_ip else 'unknown', client_ip, a, relay, mta, esmtp,
               postfix_qid(m.rng), rfcdate(_t(m, 1), zone, True))]
    return Route(helo, rdns, ip, tls, hops, [], _t(m, 4))
