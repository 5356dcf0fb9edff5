"""Sending systems, part 1: Exchange (internal / Microsoft 365 / Outlook.com), Gmail and
servers run by the senders themselves (Postfix, cPanel Exim, attacker VPS, Strato, spam bots)."""
import base64
import hashlib
import uuid
from datetime import timedelta

from codes import digits
from timez import fmt, epoch
from route_base import (Route, _OutlookMixin, det_uuid, pf_qid, thread_index)  # noqa: F401


class Internal(_OutlookMixin, Route):
    """Exchange 2019 on premises -> mail-int01 (Postfix) -> mx01."""
    name = 'internal'
    exch = 'EXCH02'
    client_ip = '10.20.14.57'

    def connect(self):
        return ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25', '1.3')

    def msgid(self):
        return f'{self.h("mid", 32)}@{self.exch}.corp.example.com'

    def hops(self, t):
        r = self.m.rcpt
        return [
            (f'Received: from EXCH01.corp.example.com (exch01.corp.example.com [10.20.0.31])\n'
             f'\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
             f'\t(No client certificate requested)\n'
             f'\tby mail-int01.example.com (Postfix) with ESMTPS id {pf_qid(self.seed + "int")}\n'
             f'\tfor <{r}>; {fmt("CET", t + timedelta(seconds=1), comment=True)}'),
            (f'Received: from {self.exch}.corp.example.com (10.20.0.32) by EXCH01.corp.example.com\n'
             f' (10.20.0.31) with Microsoft SMTP Server (version=TLS1_2,\n'
             f' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {fmt("CET", t)}'),
            (f'Received: from {self.exch}.corp.example.com ([fe80::8d3c:41ff:fe2a:19b7]) by\n'
             f' {self.exch}.corp.example.com ([fe80::8d3c:41ff:fe2a:19b7%12]) with mapi id\n'
             f' 15.02.1544.014; {fmt("CET", t)}'),
        ]

    def extras(self):
        return self.outlook_headers() + [('x-originating-ip', f'[{self.client_ip}]')]


class M365(_OutlookMixin, Route):
    """Exchange Online tenant (genuine company or attacker-owned tenant)."""
    name = 'm365'
    node = 'AM9PR07MB7153'
    node2 = 'DU0PR07MB9410'
    region = 'eurprd07'
    obe = ('EUR05-AM6-obe.outbound.protection.outlook.com',
           'mail-am6eur05on2093.outbound.protection.outlook.com', '40.107.22.93')
    tz = 'UTC'
    tenant = None
    build = '15.20.8606.21'

    def connect(self):
        return self.obe + ('1.2',)

    def msgid(self):
        return f'{self.node}{self.h("mid", 30, True)}@{self.node}.{self.region}.prod.outlook.com'

    def hops(self, t):
        b = self.build
        bm = b.rsplit('.', 1)[0] + '.0' + b.rsplit('.', 1)[1].zfill(2)
        ip6 = f'2603:10a6:{self.h("ip6a", 3)}:{self.h("ip6b", 3)}::{int(self.h("ip6c", 2), 16) % 30 + 1}'
        ll = f'fe80::{self.h("ll1", 4)}:{self.h("ll2", 4)}:{self.h("ll3", 4)}:{self.h("ll4", 4)}'
        return [
            (f'Received: from {self.node}.{self.region}.prod.outlook.com ({ip6}) by\n'
             f' {self.node2}.{self.region}.prod.outlook.com (2603:10a6:10:40f::8) with\n'
             f' Microsoft SMTP Server (version=TLS1_2,\n'
             f' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {b}; {fmt("UTC", t)}'),
            (f'Received: from {self.node}.{self.region}.prod.outlook.com\n'
             f' ([{ll}]) by {self.node}.{self.region}.prod.outlook.com\n'
             f' ([{ll}%4]) with mapi id {bm}; {fmt("UTC", t)}'),
        ]

    def extras(self):
        tenant = self.tenant or det_uuid(self.domain())
        return self.outlook_headers() + [
            ('msip_labels', ''),
            ('x-ms-publictraffictype', 'Email'),
            ('x-ms-traffictypediagnostic', f'{self.node}:EE_|{self.node2}:EE_'),
            ('x-ms-office365-filtering-correlation-id', det_uuid(self.seed + 'corr')),
            ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
            ('X-MS-Exchange-CrossTenant-AuthSource', f'{self.node}.{self.region}.prod.outlook.com'),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', det_uuid(self.seed + 'nmid')),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', fmt('UTC', self.m.utc).replace(' +0000', '.4471 (UTC)')[5:]),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', tenant),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', self.node2),
        ]


class Hotmail(M365):
    """Outlook.com consumer mailbox."""
    name = 'outlook.com'
    node = 'DB9P190MB1425'
    node2 = 'AS8P190MB1096'
    region = 'EURP190'
    obe = ('EUR03-DBA-obe.outbound.protection.outlook.com',
           'mail-dbaeur03olkn2074.outbound.protection.outlook.com', '40.92.59.74')
    lang = 'en-US'

    def msgid(self):
        return f'{self.node}{self.h("mid", 30, True)}@{self.node}.{self.region}.PROD.OUTLOOK.COM'

    def extras(self):
        return self.outlook_headers() + [('x-ms-exchange-messagesentrepresentingtype', '1'),
                                         ('x-tmn', f'[{self.a("tmn", 32)}]'),
                                         ('x-ms-publictraffictype', 'Email'),
                                         ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
                                         ('X-MS-Exchange-CrossTenant-id', '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa')]


# ------------------------------------------------------------ Gmail
GMAIL_OUT = [('mail-ej1-f54.google.com', '209.85.218.54'), ('mail-wm1-f45.google.com', '209.85.128.45'),
             ('mail-lf1-f44.google.com', '209.85.167.44'), ('mail-ed1-f49.google.com', '209.85.208.49'),
             ('mail-wr1-f51.google.com', '209.85.221.51')]


class Gmail(Route):
    name = 'gmail'
    preamble = False
    utf8_hdr = ('UTF-8', 'B')
    hstyle = 'gmail'
    bstyle = 'gmail'
    out = 0
    tls = '1.3'

    def connect(self):
        h, ip = GMAIL_OUT[self.out]
        return (h, h, ip, '1.3')

    def msgid(self):
        al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-='
        return f'CA{self.a("gm", 2, "BCDEFGHJKLMNOPRSTUVWXYZ")}{self.a("gm2", 44, al)}@mail.gmail.com'

    def hops(self, t):
        h, ip = GMAIL_OUT[self.out]
        t0 = t
        sid = f'{self.h("sid1", 12)}-{self.h("sid2", 12)}so{digits(self.seed + "s", 7)}66b.{digits(self.seed, 1)}'
        return [
            (f'Received: by {h} with SMTP id {sid}\n'
             f'        for <{self.m.rcpt}>; {fmt("PT", t0, comment=True)}'),
            f'X-Gm-Message-State: AOJu0Y{self.a("gms", 60)}',
            f'X-Google-Smtp-Source: AGHT+IF{self.a("gss", 70)}',
            (f'X-Received: by 2002:a17:907:{self.h("xr1", 4)}:b0:{self.h("xr2", 3)}:{self.h("xr3", 4)}:{self.h("xr4", 4)} with SMTP id\n'
             f' {self.a("xr5", 10, "abcdefghijklmnopqrstuvwxyz0123456789")}mr{digits(self.seed, 8)}ejc.{digits(self.seed + "y", 2)}.{epoch(t0)}{digits(self.seed + "z", 3)};\n'
             f'        {fmt("PT", t0, comment=True)}'),
        ]

    def boundary(self, depth):
        return '000000000000' + self.h('b%d' % depth, 16)


# ------------------------------------------------------------ own mail servers
class SmallPostfix(Route):
    """Company's own Postfix with an MUA (thunderbird|outlook16|apple|roundcube)."""
    name = 'postfix'
    mua = 'thunderbird'
    helo_client = '[192.168.178.23]'
    client_rdns = None
    client_ip = '93.212.161.178'
    mailhost = None
    mailhost_ip = None
    mailhost_rdns = None
    long_qid = True
    lang = 'de-DE'
    erp_mailer = 'abas ERP Mail'

    @property
    def utf8_hdr(self):
        return ('UTF-8', 'Q') if self.mua == 'thunderbird' else None

    def connect(self):
        return (self.mailhost, self.mailhost_rdns or self.mailhost, self.mailhost_ip, self.tls)

    @property
    def hstyle(self):
        return {'outlook16': 'outlook', 'thunderbird': 'thunderbird', 'apple': 'apple'}.get(self.mua, 'generic')

    def msgid(self):
        d = self.domain()
        if self.mua == 'erp':
            return f'{det_uuid(self.seed + "erp")}@erp01.{d}'
        if self.mua == 'thunderbird':
            return f'{det_uuid(self.seed + "tb")}@{d}'
        if self.mua == 'outlook16':
            return f'00{self.h("o1", 2)}01db{self.h("o3", 4)}${self.h("o4", 8)}${self.h("o5", 8)}$@{d}'
        if self.mua == 'apple':
            return f'{det_uuid(self.seed + "ap").upper()}@{d}'
        return f'{self.h("rc", 32)}@{d}'

    def hops(self, t):
        c = self.client_rdns or 'unknown'
        auth = f'\t(Authenticated sender: {self.m.frm[1]})\n'
        if self.mua == 'erp':
            return [(f'Received: from erp01.{self.domain()} (erp01.{self.domain()} [192.168.10.20])\n'
                     f'\tby {self.mailhost} (Postfix) with ESMTP id {pf_qid(self.seed + "pf", self.long_qid)}\n'
                     f'\tfor <{self.m.rcpt}>; {fmt(self.tz, t, comment=True)}')]
        if self.mua == 'roundcube':
            return [
                (f'Received: from webmail.{self.domain()} (localhost [127.0.0.1])\n{auth}'
                 f'\tby {self.mailhost} (Postfix) with ESMTPSA id {pf_qid(self.seed + "pf", self.long_qid)};\n'
                 f'\t{fmt(self.tz, t)}'),
            ]
        return [
            (f'Received: from {self.helo_client} ({c} [{self.client_ip}])\n{auth}'
             f'\tby {self.mailhost} (Postfix) with ESMTPSA id {pf_qid(self.seed + "pf", self.long_qid)};\n'
             f'\t{fmt(self.tz, t, comment=True)}'),
        ]

    def extras(self):
        if self.mua == 'erp':
            return [('X-Mailer', self.erp_mailer)]
        if self.mua == 'thunderbird':
            return [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', self.lang)]
        if self.mua == 'outlook16':
            return [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(self.seed)),
                    ('Content-Language', self.lang)]
        if self.mua == 'apple':
            return [('X-Mailer', 'Apple Mail (2.3826.200.121)')]
        return [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', self.m.frm[1])]

    def boundary(self, depth):
        if self.mua == 'thunderbird':
            return '------------' + self.a('tb%d' % depth, 24)
        if self.mua == 'outlook16':
            return f'----=_NextPart_00{depth}_00{self.h("np", 2, True)}_01DB{self.h("np2", 4, True)}.{self.h("np3", 8, True)}'
        if self.mua == 'apple':
            return 'Apple-Mail=_' + det_uuid(self.seed + 'am%d' % depth).upper()
        return '=_' + self.h('rcb%d' % depth, 32)


class Roundcube(SmallPostfix):
    """Webmail login (e.g. from a VPN exit) on a company's own server; shows
    Roundcube's own HTTP Received line with the client address."""
    mua = 'roundcube'
    web_ip = '185.213.154.167'

    def hops(self, t):
        return SmallPostfix.hops(self, t) + [
            f'Received: from {self.web_ip}\n\tby webmail.{self.domain()}\n\twith HTTP (HTTP/1.1 POST); {fmt(self.tz, t - timedelta(seconds=1))}']


class Exim(Route):
    """cPanel shared hosting (Exim 4.98), typical for compromised small sites."""
    name = 'exim'
    server = 'server214.web-hosting.com'
    server_ip = '198.54.122.54'
    client_ip = '102.89.34.17'
    client_helo = '[192.168.0.104]'
    mua = 'roundcube'
    tz = 'CET'

    def connect(self):
        return (self.server, self.server, self.server_ip, '1.3')

    def msgid(self):
        if self.mua == 'phpmailer':
            return f'{self.a("pm", 43)}@{self.domain()}'
        if self.mua == 'outlook16':
            return f'00{self.h("o1", 2)}01db{self.h("o3", 4)}${self.h("o4", 8)}${self.h("o5", 8)}$@{self.domain()}'
        return f'{self.h("rc", 32)}@{self.domain()}'

    def exim_id(self):
        return f'1t{self.a("e1", 4)}-0000000{self.a("e2", 4, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")}-{self.a("e3", 4)}'

    def hops(self, t):
        ef = self.m.frm[1]
        if self.mua == 'roundcube':
            src = f'from [127.0.0.1] (port={40000 + int(digits(self.seed, 4)) % 20000} helo={self.server})\n\tby {self.server} with esmtpa (Exim 4.98)'
        else:
            src = (f'from [{self.client_ip}] (port={49152 + int(digits(self.seed, 4)) % 16000} helo={self.client_helo})\n'
                   f'\tby {self.server} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)')
        return [f'Received: {src}\n\t(envelope-from <{ef}>)\n\tid {self.exim_id()}\n\tfor {self.m.rcpt};\n\t{fmt(self.tz, t)}']

    def extras(self):
        ef = self.m.frm[1]
        out = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
               ('X-AntiAbuse', f'Primary Hostname - {self.server}'),
               ('X-AntiAbuse', f'Original Domain - {self.m.rcpt.split("@")[1]}'),
               ('X-AntiAbuse', 'Originator/Caller UID/GID - [47 12] / [47 12]'),
               ('X-AntiAbuse', f'Sender Address Domain - {self.domain()}'),
               ('X-Get-Message-Sender-Via', f'{self.server}: authenticated_id: {ef}'),
               ('X-Authenticated-Sender', f'{self.server}: {ef}'),
               ('X-Source', ''), ('X-Source-Args', ''), ('X-Source-Dir', '')]
        if self.mua == 'roundcube':
            out = [('User-Agent', 'Roundcube Webmail/1.6.9'), ('X-Sender', ef)] + out
        elif self.mua == 'phpmailer':
            out = [('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')] + out
        elif self.mua == 'outlook16':
            out = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(self.seed))] + out
        return out

    def boundary(self, depth):
        if self.mua == 'phpmailer':
            return f'b{depth + 1}_' + self.a('pmb%d' % depth, 43)
        if self.mua == 'outlook16':
            return f'----=_NextPart_00{depth}_00{self.h("np", 2, True)}_01DB{self.h("np2", 4, True)}.{self.h("np3", 8, True)}'
        return '=_' + self.h('rcb%d' % depth, 32)


class VPS(Route):
    """Attacker-run Postfix on a rented VPS (look-alike domain)."""
    name = 'vps'
    host = None
    ip = None
    rdns = None
    mua = 'phpmailer'

    def connect(self):
        return (self.host, self.rdns, self.ip, '1.3')

    def msgid(self):
        if self.mua == 'thunderbird':
            return f'{det_uuid(self.seed + "tb")}@{self.domain()}'
        return f'{self.a("pm", 43)}@{self.domain()}'

    def hops(self, t):
        if self.mua == 'thunderbird':
            return [(f'Received: from [10.8.0.6] (unknown [{self.web_ip if hasattr(self, "web_ip") else "10.8.0.6"}])\n'
                     f'\tby {self.host} (Postfix) with ESMTPSA id {pf_qid(self.seed + "v", False)};\n\t{fmt(self.tz, t)}')]
        return [f'Received: from localhost (localhost [127.0.0.1])\n\tby {self.host} (Postfix) with ESMTPA id {pf_qid(self.seed + "v", False)}\n\tfor <{self.m.rcpt}>; {fmt(self.tz, t, comment=True)}']

    @property
    def hstyle(self):
        return 'thunderbird' if self.mua == 'thunderbird' else 'generic'

    def extras(self):
        if self.mua == 'thunderbird':
            return [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', getattr(self, 'lang', 'en-US'))]
        return [('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]

    def boundary(self, depth):
        if self.mua == 'thunderbird':
            return '------------' + self.a('tb%d' % depth, 24)
        return f'b{depth + 1}_' + self.a('pmb%d' % depth, 43)


class Direct(Route):
    """Spam bot talking directly to mx01 from an infected/residential host."""
    name = 'direct'
    helo = 'DESKTOP-7F3K2LQ'
    rdns = None
    ip = '113.172.54.201'
    tls = None

    def connect(self):
        return (self.helo, self.rdns, self.ip, self.tls)

    def hops(self, t):
        return []

    def msgid(self):
        return f'{self.h("d1", 12, True)}${self.h("d2", 8, True)}${self.h("d3", 8, True)}@{self.domain()}'

    def extras(self):
        return [('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'), ('X-Priority', '3'),
                ('X-MSMail-Priority', 'Normal'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6157')]

    def boundary(self, depth):
        return f'----=_NextPart_000_00{depth}A_{self.h("d4", 8, True)}.{self.h("d5", 8, True)}'


class Strato(Route):
    name = 'strato'
    client_ip = '87.123.199.14'
    mua = 'outlook16'

    def connect(self):
        return ('mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', '81.169.146.177', '1.3')

    def hops(self, t):
        return [f'Received: from DESKTOP-{self.a("dk", 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}\n'
                f'\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id {self.a("rz", 15)}\n'
                f'\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n'
                f'\t(Client did not present a certificate)\n\tfor <{self.m.rcpt}>;\n\t{fmt(self.tz, t, pad=False)}']

    def msgid(self):
        return f'00{self.h("o1", 2)}01db{self.h("o3", 4)}${self.h("o4", 8)}${self.h("o5", 8)}$@{self.domain()}'

    hstyle = 'outlook'

    def extras(self):
        return [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(self.seed)),
                ('Content-Language', 'de'), ('X-RZG-AUTH', f':{self.a("rzg", 40)}='),
                ('X-RZG-CLASS-ID', 'mo00')]

    def boundary(self, depth):
        return f'----=_NextPart_00{depth}_00{self.h("np", 2, True)}_01DB{self.h("np2", 4, True)}.{self.h("np3", 8, True)}'
