"""Sending-infrastructure profiles: for each system, the hops it adds, its
Message-ID and boundary style, and the host that connects to mx01.

Every profile takes a Ctx and returns a dict:
  client  (helo, rdns, ip)   the host that talks to mx01
  tls     bool
  hops    list of Received values (top first)
  msgid   Message-ID value
  pre     headers placed above From (trace-like headers of that system)
  post    headers placed after Message-ID (X-Mailer, Thread-Index ...)
  date    Date header value
  bnd     callable(i) -> boundary string
"""
import base64
import string

import clock

ALNUM = string.ascii_letters + string.digits
B52 = 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'


class Ctx:
    def __init__(self, rng, t, zone, sender, rcpt, env_from):
        self.rng, self.t, self.zone = rng, t, zone
        self.sender, self.rcpt, self.env_from = sender, rcpt, env_from

    def hx(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def an(self, n, alphabet=ALNUM):
        return ''.join(self.rng.choice(alphabet) for _ in range(n))

    def num(self, n):
        return str(self.rng.randrange(1, 10)) + ''.join(self.rng.choice('0123456789') for _ in range(n - 1))

    def b64(self, n):
        return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(n))).decode()

    def tm(self, sec, zone, name=False):
        return clock.fmt(clock.at(self.t, sec), zone, name)

    def uuid(self, upper=False):
        h = self.hx(32)
        s = f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{"89ab"[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}'
        return s.upper() if upper else s

    def tindex(self):
        raw = bytes([1, 0xdc]) + bytes(self.rng.randrange(256) for _ in range(20))
        return base64.b64encode(raw).decode()

    def epoch_ms(self):
        return str(int(self.t.timestamp() * 1000) - self.rng.randrange(500, 4000))

    def pfid(self):
        return '4' + self.an(9, B52) + 'z' + self.an(4, B52)

    def exim_id(self):
        return f'1t{self.an(4)}-{self.an(11)}-{self.an(4)}'


def _b(prefix, width=0, style='hex'):
    def f(c):
        def g(i):
            if style == 'hex':
                return prefix + c.hx(width)
            if style == 'an':
                return prefix + c.an(width)
            return prefix
        return g
    return f


def _res(client, hops, msgid, date, bnd, pre=(), post=(), tls=True):
    return dict(client=client, hops=hops, msgid=msgid, date=date, bnd=bnd,
                pre=list(pre), post=list(post), tls=tls)


TLS12 = 'version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'


# --- Example Group internal -----------------------------------------------------
def internal(c, server='EXCH01', client_ip='10.20.14.37', lang='de-DE', topic=None, has_attach=False):
    host = f'{server}.corp.example.com'
    hops = [
        f'from {host} (exch01.corp.example.com [10.20.0.31])\n\tby mail-int01.example.com (Postfix) '
        f'with ESMTPS id {c.an(10, "0123456789ABCDEF")}\n\tfor <{c.rcpt}>; {c.tm(2, "DE", True)}',
        f'from {host} (10.20.0.31) by {host}\n (10.20.0.31) with Microsoft SMTP Server\n ({TLS12}) id\n '
        f'15.2.1748.10; {c.tm(1, "UTC")}',
        f'from {host} ([fe80::{c.hx(4)}:{c.hx(4)}:{c.hx(4)}:{c.hx(4)}]) by\n {host} '
        f'([fe80::{c.hx(4)}:{c.hx(4)}:{c.hx(4)}:{c.hx(4)}%13]) with mapi id\n 15.02.1748.010; {c.tm(0, "UTC")}',
    ]
    post = [('Thread-Topic', topic), ('Thread-Index', c.tindex()),
            ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('x-originating-ip', f'[{client_ip}]')]
    return _res(('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), hops,
                f'<{c.hx(32)}@{host}>', c.tm(0, 'UTC'),
                lambda i: f'_00{i}_{c.hx(32)}{server}corpexamplecom_', post=post)


# --- Microsoft 365 / Exchange Online ------------------------------------------------
_EOP = {
    'eur': ('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on20{0}.outbound.protection.outlook.com', '40.107.22.{0}', 'eurprd05', 'AM6PR05MB'),
    'eur3': ('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on21{0}.outbound.protection.outlook.com', '40.107.104.{0}', 'eurprd03', 'DB9PR03MB'),
    'gbr': ('GBR01-LO4-obe.outbound.protection.outlook.com', 'mail-lo4gbr01on20{0}.outbound.protection.outlook.com', '40.107.138.{0}', 'GBRP265.PROD.OUTLOOK.COM', 'LO4P265MB'),
    'nam': ('NAM12-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam12on20{0}.outbound.protection.outlook.com', '40.107.243.{0}', 'namprd12', 'DM6PR12MB'),
    'cons': ('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02olkn20{0}.outbound.protection.outlook.com', '40.92.18.{0}', 'EURP194.PROD.OUTLOOK.COM', 'VI1P194MB'),
}


def exo(c, region='eur', lang='de-DE', topic=None, has_attach=False, tenant_guid=None,
        client_ip=None, mailer=None):
    helo, rd, ipf, dom, pfx = _EOP[region]
    n = str(c.rng.randrange(40, 99))
    mbx = pfx + c.num(4)
    mbx2 = pfx + c.num(4)
    if '.' in dom:
        fqdn, fqdn2 = f'{mbx}.{dom}', f'{mbx2}.{dom}'
    else:
        fqdn, fqdn2 = f'{mbx}.{dom}.prod.outlook.com', f'{mbx2}.{dom}.prod.outlook.com'
    v6 = f'2603:10a6:{c.hx(3)}:{c.hx(2)}::{c.hx(2)}'
    hops = [
        f'from {fqdn} ({v6}) by\n {fqdn2} ({v6[:-2]}{c.hx(2)}) with Microsoft SMTP Server\n ({TLS12}) id 15.20.9182.14; {c.tm(1, "UTC")}',
        f'from {fqdn}\n ([fe80::{c.hx(4)}:{c.hx(4)}:{c.hx(4)}:{c.hx(4)}]) by {fqdn}\n '
        f'([fe80::{c.hx(4)}:{c.hx(4)}:{c.hx(4)}:{c.hx(4)}%7]) with mapi id 15.20.9182.012; {c.tm(0, "UTC")}',
    ]
    guid = tenant_guid or c.uuid()
    post = [('Thread-Topic', topic), ('Thread-Index', c.tindex()),
            ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('msip_labels', ''), ('X-MS-PublicTrafficType', 'Email'),
            ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', clock.at(c.t, 0).strftime('%d %b %Y %H:%M:%S.') + f'{c.num(4)} (UTC)'),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', guid),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', mbx2)]
    if mailer:
        post.insert(0, ('X-Mailer', mailer))
    return _res((helo, rd.format(n), ipf.format(n)), hops,
                f'<{mbx}{c.hx(40, True)}@{fqdn}>', c.tm(0, 'UTC'),
                lambda i: f'_00{i}_{mbx}{c.hx(28, True)}{mbx.lower()[:3]}_', post=post)


# --- Google -------------------------------------------------------------------
def gmail(c, ua=None, host='mail-wr1-f{0}.google.com', net='209.85.221.{0}'):
    n = str(c.rng.randrange(41, 99))
    h = host.format(n)
    sid = f'ffacd0b85a97d-{c.hx(12)}so{c.num(7)}f8f.{c.num(2)}'
    hops = [f'by {h} with SMTP id {sid}\n        for <{c.rcpt}>; {c.tm(1, "PT", True)}']
    pre = [('X-Google-Smtp-Source', 'AGHT+I' + c.an(64)),
           ('X-Received', f'by 2002:a05:6000:{c.hx(4)} with SMTP id {c.hx(16)}.{c.num(2)}.{c.epoch_ms()[-10:]};\n        {c.tm(1, "PT", True)}')]
    post = [('User-Agent', ua)] if ua else []
    return _res((h, h, net.format(n)), hops, f'<CA{c.an(2)}{c.an(44, ALNUM + "-_+")}@mail.gmail.com>',
                c.tm(0, c.zone), lambda i: '000000000000' + c.hx(16), pre=pre, post=post)


def google_service(c, sender_host='mail-sor-f69.google.com', ip='209.85.220.69'):
    hops = [f'by {sender_host} with SMTPS id {c.hx(16)}.{c.num(2)}.{c.num(4)}.{c.num(10)}\n        for <{c.rcpt}>\n        (Google Transport Security);\n        {c.tm(1, "PT", True)}']
    pre = [('X-Google-Smtp-Source', 'AGHT+I' + c.an(64)),
           ('X-Received', f'by 2002:a17:90a:{c.hx(4)} with SMTP id {c.hx(16)}.{c.num(2)}.{c.epoch_ms()[-10:]}; {c.tm(1, "PT", True)}')]
    return _res((sender_host, sender_host, ip), hops, f'<{c.an(22, ALNUM + "-_")}@google.com>',
                c.tm(0, 'UTC'), lambda i: '000000000000' + c.hx(16), pre=pre)


# --- consumer mailers -----------------------------------------------------------
def gmx(c, brand='gmx', ua=None, webmail=False, client_ip='91.64.{0}.{1}'):
    mout = {'gmx': ('mout.gmx.net', '212.227.15.{0}', 'mail.gmx.net', 'mrgmx'),
            'webde': ('mout.web.de', '217.72.192.{0}', 'web.de', 'mrweb')}[brand]
    ip = mout[1].format(c.rng.randrange(15, 20))
    cip = client_ip.format(c.rng.randrange(1, 250), c.rng.randrange(1, 250))
    nid = f'1{c.an(5)}-1{c.an(9)}'
    hops = [f'from [192.168.178.{c.rng.randrange(20, 60)}] ([{cip}]) by {mout[2]}\n ({mout[3]}{c.num(3)} [212.227.17.{c.rng.randrange(10, 200)}]) with ESMTPSA (Nemesis) id\n {nid}; {c.tm(1, "DE", True).rsplit(" (", 1)[0]}']
    if webmail:
        app = f'3c-app-{brand}-bap{c.num(2)}'
        hops.append(f'from {app} ([{cip}]) by web-mail.{ "gmx.net" if brand == "gmx" else "web.de"}\n ({app}.server.lan [172.19.170.{c.rng.randrange(10, 200)}]) (via HTTP); {c.tm(0, "DE").rsplit(" (", 1)[0]}')
        msgid = f'<trinity-{c.uuid()}-{c.epoch_ms()}@{app}>'
        bnd = lambda i: 'trinity-' + c.uuid()
    elif ua and 'iPhone' in ua:
        msgid = f'<{c.uuid(True)}@{c.sender.split("@")[1]}>'
        bnd = lambda i: 'Apple-Mail-' + c.uuid(True)
    else:
        msgid = f'<{c.uuid()}@{c.sender.split("@")[1]}>'
        bnd = lambda i: '------------' + c.an(24)
    post = [('X-Mailer' if ua and 'iPhone' in ua else 'User-Agent', ua)] if ua else []
    post.append(('X-Provags-ID', 'V03:K1:' + c.an(60, ALNUM + '/+')))
    return _res((mout[0], mout[0], ip), hops, msgid, c.tm(0, c.zone), bnd, post=post)


def libero(c, ua='Libero Mail'):
    n = c.rng.randrange(10, 40)
    host = f'smtp-{n}-i2.italiaonline.it'
    cip = f'151.38.{c.rng.randrange(1, 250)}.{c.rng.randrange(1, 250)}'
    hops = [f'from libero.it ([{cip}])\n\tby {host} with ESMTPA\n\tid {c.an(22)}; {c.tm(1, "IT")}']
    msgid = f'<{c.num(9)}.{c.num(5)}.{c.epoch_ms()}.JavaMail.httpd@app{c.num(2)}.libero.it>'
    return _res(('libero.it', host, f'213.209.10.{n}'), hops, msgid, c.tm(0, 'IT'),
                lambda i: f'----=_Part_{c.num(6)}_{c.num(9)}.{c.epoch_ms()}',
                post=[('X-Mailer', ua)] if ua else [])


def wp(c, ua=None):
    cip = f'83.{c.rng.randrange(1, 30)}.{c.rng.randrange(1, 250)}.{c.rng.randrange(1, 250)}'
    hops = [f'from [{cip}] (user@wp.pl)\n          by smtp.wp.pl (WP-SMTPD) with ESMTPA\n          for <{c.rcpt}>; {c.tm(1, "PL")}']
    return _res(('mx4.wp.pl', 'mx4.wp.pl', '212.77.101.12'), hops, f'<{c.hx(32)}@grupawp.pl>',
                c.tm(0, 'PL'), lambda i: '=-' + c.b64(18).replace('/', 'x').replace('+', 'y'),
                post=[('X-Mailer', ua or 'WP Poczta')])


def otenet(c):
    hops = [f'from webmail.otenet.gr (webmail.otenet.gr [83.235.69.{c.rng.randrange(10, 40)}])\n\t(Authenticated sender: {c.sender})\n\tby mailout2.otenet.gr (Postfix) with ESMTPSA id {c.an(10, "0123456789ABCDEF")}\n\tfor <{c.rcpt}>; {c.tm(1, "GR", True)}']
    return _res(('mailout2.otenet.gr', 'mailout2.otenet.gr', '83.235.67.61'), hops,
                f'<{c.hx(32)}@otenet.gr>', c.tm(0, 'GR'), lambda i: '=_' + c.hx(32),
                post=[('User-Agent', 'Roundcube Webmail/1.6.9')])


def yandex(c, webmail=True, service=False):
    fw = f'forward{c.num(3)}a.mail.yandex.net'
    nw = f'mail-nwsmtp-smtp-production-main-{c.num(2)}.vla.yp-c.yandex.net'
    hops = [f'from {nw} ({nw} [IPv6:2a02:6b8:c1f:{c.hx(4)}:0:640:{c.hx(4)}:0])\n\tby {fw} (Yandex) with ESMTPS id {c.an(12)}\n\tfor <{c.rcpt}>; {c.tm(1, "RU")}',
            f'by {nw} (smtp/Yandex) with ESMTPSA id {c.an(10)}-{c.an(8)};\n\t{c.tm(0, "RU")}']
    if service:
        msgid = f'<{c.num(8)}.{c.hx(32)}@id.yandex.ru>'
        post = []
    elif webmail:
        msgid = f'<{c.num(6)}{c.epoch_ms()[:10]}@mail.yandex.ru>'
        post = [('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')]
    else:
        msgid = f'<{c.uuid()}@{c.sender.split("@")[1]}>'
        post = [('User-Agent', 'Mozilla Thunderbird')]
    return _res((fw, fw, f'178.154.239.{c.rng.randrange(70, 220)}'), hops, msgid, c.tm(0, 'RU'),
                lambda i: '----==' + c.an(16) + '==', post=post)


def mailru(c):
    f = f'f{c.num(3)}.i.mail.ru'
    s = f'smtp{c.num(2)}.i.mail.ru'
    hops = [f'by {f} with local (envelope-from <{c.env_from}>)\n\tid {c.exim_id()}\n\tfor {c.rcpt}; {c.tm(0, "RU")}']
    return _res((s, s, f'95.163.41.{c.rng.randrange(60, 99)}'), hops,
                f'<{c.epoch_ms()[:10]}.{c.num(9)}@{f}>', c.tm(0, 'RU'),
                lambda i: '--ALT--' + c.hx(32) + c.num(10), post=[('X-Mailer', 'Mail.Ru Mailer 1.0')])


# --- hosting / own servers ------------------------------------------------------
def exim(c, host, ip, client_ip, authed=True, local=False, mailer=None, msgid_dom=None):
    if local:
        hop = f'from {c.env_from.split("@")[0][:8]} by {host} with local (Exim 4.98)\n\t(envelope-from <{c.env_from}>)\n\tid {c.exim_id()}\n\tfor {c.rcpt}; {c.tm(0, c.zone)}'
    else:
        hop = (f'from [{client_ip}] (port={c.rng.randrange(49152, 65000)} helo=[192.168.1.{c.rng.randrange(2, 99)}])\n\tby {host} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{c.env_from}>)\n\tid {c.exim_id()}\n\tfor {c.rcpt}; {c.tm(0, c.zone)}')
    dom = msgid_dom or c.sender.split('@')[1]
    post = [('X-Mailer', mailer)] if mailer else []
    if mailer and mailer.startswith('PHPMailer'):
        msgid = f'<{c.an(43)}@{dom}>'
        bnd = lambda i: f'b{i}_{c.an(43)}'
    elif mailer and 'Outlook' in mailer:
        msgid = f'<000{c.num(1)}01dc{c.hx(4)}${c.hx(8)}${c.hx(8)}$@{dom}>'
        bnd = lambda i: f'----=_NextPart_00{i}_{c.hx(4, True)}_{c.hx(8, True)}.{c.hx(8, True)}'
        post += [('Thread-Index', c.tindex())]
    else:
        msgid = f'<{c.uuid()}@{dom}>'
        bnd = lambda i: '------------' + c.an(24)
    return _res((host, host, ip), [hop], msgid, c.tm(0, c.zone), bnd, post=post)


def postfix(c, helo, rdns, ip, submit_ip, ua=None, via_localhost=False, msgid=None,
            bnd=None, tls=True, webmail=False):
    if via_localhost:
        hop = f'from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTPSA id {c.an(10, "0123456789ABCDEF")}\n\tfor <{c.rcpt}>; {c.tm(0, c.zone, True)}'
    else:
        hop = (f'from [{submit_ip}] (unknown [{submit_ip}])\n\t(Authenticated sender: {c.env_from})\n\tby {helo} (Postfix) with ESMTPSA id {c.an(10, "0123456789ABCDEF")}\n\tfor <{c.rcpt}>; {c.tm(0, c.zone, True)}')
    post = []
    if ua:
        post.append(('User-Agent' if ('Thunderbird' in ua or 'Roundcube' in ua) else 'X-Mailer', ua))
    dom = c.sender.split('@')[1]
    if msgid is None:
        if ua and 'iPhone' in ua:
            msgid = f'<{c.uuid(True)}@{dom}>'
            bnd = bnd or (lambda i: 'Apple-Mail-' + c.uuid(True))
        elif ua and 'Outlook' in ua:
            msgid = f'<000{c.num(1)}01dc{c.hx(4)}${c.hx(8)}${c.hx(8)}$@{dom}>'
        elif ua and 'PHPMailer' in ua:
            msgid = f'<{c.an(43)}@{dom}>'
        elif ua and 'Roundcube' in ua:
            msgid = f'<{c.hx(32)}@{dom}>'
        else:
            msgid = f'<{c.uuid()}@{dom}>'
    if bnd is None:
        if ua and 'Outlook' in ua:
            bnd = lambda i: f'----=_NextPart_00{i}_{c.hx(4, True)}_{c.hx(8, True)}.{c.hx(8, True)}'
        elif ua and 'PHPMailer' in ua:
            bnd = lambda i: f'b{i}_{c.an(43)}'
        elif ua and 'Roundcube' in ua:
            bnd = lambda i: '=_' + c.hx(32)
        else:
            bnd = lambda i: '------------' + c.an(24)
    if ua and 'Outlook' in ua:
        post += [('Thread-Index', c.tindex()), ('Content-Language', {'IT': 'it', 'DE': 'de', 'PL': 'pl', 'ES': 'es', 'GR': 'el', 'RU': 'ru', 'UK': 'en-gb'}.get(c.zone, 'en-us'))]
    return _res((helo, rdns, ip), [hop], msgid, c.tm(0, c.zone), bnd, post=post, tls=tls)


def aruba(c, client_ip, ua='Microsoft Outlook 16.0'):
    n = c.num(5)
    host = f'smtpcmd0{n[:4]}.aruba.it'
    hops = [f'from DESKTOP-{c.an(7, string.ascii_uppercase + string.digits)} ([{client_ip}])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {c.an(20)}; {c.tm(0, "IT")}']
    r = postfix(c, 'x', 'x', 'x', 'x', ua=ua)
    r.update(client=(f'smtpdh{c.num(2)}-{c.num(2)}.aruba.it', host, f'62.149.158.{c.rng.randrange(60, 250)}'), hops=hops,
             pre=[('X-Sender', c.sender)])
    return r


def ovh(c, client_ip, ua='Roundcube Webmail/1.6.6'):
    mo = f'mo{c.num(3)}.mail-out.ovh.net'
    hops = [f'from ex{c.num(1)}.mail.ovh.net (unknown [10.110.{c.rng.randrange(1, 250)}.{c.rng.randrange(1, 250)}])\n\tby {mo} (Postfix) with ESMTPS id {c.an(10, "0123456789ABCDEF")}\n\tfor <{c.rcpt}>; {c.tm(1, "DE", True)}',
            f'from [{client_ip}] (unknown [{client_ip}]) by ex{c.num(1)}.mail.ovh.net\n\t(Postfix) with ESMTPSA id {c.an(10, "0123456789ABCDEF")}; {c.tm(0, "DE", True)}']
    r = postfix(c, 'x', 'x', 'x', 'x', ua=ua)
    r.update(client=(mo, mo, f'188.165.{c.rng.randrange(32, 63)}.{c.rng.randrange(1, 250)}'), hops=hops,
             pre=[('X-Ovh-Tracer-Id', c.num(19))])
    return r


def ionos(c, client_ip, ua='Mozilla Thunderbird'):
    mr = f'mrelayeu.kundenserver.de (mreue1{c.num(2)} [212.227.15.{c.rng.randrange(160, 190)}])'
    hops = [f'from [192.168.{c.rng.randrange(0, 3)}.{c.rng.randrange(2, 90)}] ([{client_ip}]) by\n {mr} with ESMTPSA (Nemesis) id\n 1M{c.an(8)}-1{c.an(9)}; {c.tm(0, c.zone)}']
    r = postfix(c, 'x', 'x', 'x', 'x', ua=ua)
    r.update(client=('mout.kundenserver.de', 'mout.kundenserver.de', f'217.72.192.{c.rng.randrange(73, 76)}'),
             hops=hops, pre=[('X-Provags-ID', 'V03:K1:' + c.an(60, ALNUM + '/+'))])
    return r


def zoho(c, client_ip):
    o = f'sender4-op-o{c.num(2)}.zoho.eu'
    hops = [f'by mx.zoho.eu with SMTPS id {c.epoch_ms()}{c.num(3)}.{c.num(3)};\n\t{c.tm(0, "UTC")}']
    return _res((o, o, f'136.143.169.{c.rng.randrange(10, 60)}'), hops,
                f'<{c.hx(11)}.{c.hx(12)}.{c.num(19)}@zohomail.eu>', c.tm(0, c.zone),
                lambda i: '----=_Part_' + c.num(6) + '_' + c.num(9) + '.' + c.epoch_ms(),
                pre=[('X-ZohoMail-Owner', f'<{c.hx(11)}.{c.hx(12)}.{c.num(19)}@zohomail.eu>+zmo_0_'), ('X-ZohoMailClient', 'External')],
                post=[('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')])


def direct(c, helo, ip, rdns='unknown', mailer=None, msgid=None):
    dom = c.sender.split('@')[1]
    post = [('X-Mailer', mailer)] if mailer else []
    return _res((helo, rdns, ip), [], msgid or f'<{c.hx(12)}.{c.hx(8)}@{dom}>', c.tm(0, c.zone),
                lambda i: '----=_NextPart_000_' + c.hx(4, True) + '_' + c.hx(8, True) + '.' + c.hx(8, True),
                post=post, tls=False)


# --- ESPs -------------------------------------------------------------------------
def sendgrid(c, from_dom):
    sub = c.an(8, string.ascii_lowercase)
    ip = f'149.72.{c.rng.randrange(10, 250)}.{c.rng.randrange(1, 250)}'
    fid = f'filterdrecv-{c.num(10)[:9]}-{c.an(5, string.ascii_lowercase + string.digits)}'
    geo = f'geopod-ismtpd-{c.num(2)}'
    hops = [f'by {fid} with SMTP id {fid}-1-{c.hx(8, True)}-{c.num(2)}\n        {c.tm(1, "UTC")[:-6]} +0000 (UTC)',
            f'from {sub} (unknown)\n\tby {geo} (SG) with HTTP\n\tid {c.an(22, ALNUM + "-_")}\n\t{c.tm(0, "UTC")[:-6]} +0000 (UTC)']
    pre = [('X-SG-EID', c.b64(120)), ('X-SG-ID', c.b64(60)), ('X-Entity-ID', c.an(22, ALNUM + '-_'))]
    return _res((f'{sub}.outbound-mail.sendgrid.net', f'{sub}.outbound-mail.sendgrid.net', ip), hops,
                f'<{c.an(22, ALNUM + "-_")}@{geo}>', c.tm(0, 'UTC'), lambda i: c.hx(64), pre=pre)


def mailgun(c, from_dom, eu=True):
    a, b = c.rng.randrange(200, 250), c.rng.randrange(1, 250)
    host = f'm{a}-{b}.{"eu." if eu else ""}mailgun.net'
    ip = f'{"161.38" if eu else "159.135"}.{a}.{b}'
    hops = [f'by {c.hx(24)} with HTTP id {c.hx(24)}; {c.tm(0, "UTC")[:-6]} +0000']
    pre = [('X-Mailgun-Sending-Ip', ip), ('X-Mailgun-Sid', c.b64(60)), ('X-Mailgun-Tag', 'notification'),
           ('Sender', f'{c.env_from}')]
    mid = f'<{c.t.strftime("%Y%m%d%H%M%S")}.{c.hx(16)}@{from_dom}>'
    return _res((host, host, ip), hops, mid, c.tm(0, 'UTC'), lambda i: c.hx(32), pre=pre)


def ses(c, region='eu-west-1'):
    a, b = c.rng.randrange(1, 9), c.rng.randrange(10, 250)
    ip = {'eu-west-1': f'54.240.{a}.{b}', 'eu-central-1': f'69.169.224.{b}', 'eu-west-3': f'76.223.{a}.{b}'}[region]
    host = f'{"a" if region != "eu-central-1" else "e"}{a}-{b}.smtp-out.{region}.amazonses.com'
    mid = f'<0102019{c.hx(9)}-{c.hx(8)}-{c.hx(4)}-{c.hx(4)}-{c.hx(4)}-{c.hx(12)}-000000@{region}.amazonses.com>'
    pre = [('Feedback-ID', f'::1.{region}.{c.an(43)}=:AmazonSES'), ('X-SES-Outgoing', clock.at(c.t, 1).strftime('%Y.%m.%d-') + ip)]
    return _res((host, host, ip), [], mid, c.tm(0, 'UTC'), lambda i: f'----=_Part_{c.num(6)}_{c.num(9)}.{c.epoch_ms()}', pre=pre)


def brevo(c, from_dom):
    a = c.rng.randrange(1, 250)
    host = f'r{a}.sp1-brevo.net'
    ip = f'77.32.148.{a}'
    hops = [f'by smtp-relay.sendinblue.com with ESMTP id {c.hx(8)}-{c.hx(4)}-{c.hx(4)}-{c.hx(4)}-{c.hx(12)};\n {c.tm(0, "UTC")}']
    mid = f'<{c.t.strftime("%Y%m%d%H%M")}.{c.num(11)}@smtp-relay.mailin.fr>'
    pre = [('X-Mailin-EID', c.b64(24)), ('Origin-messageId', mid), ('X-sib-id', c.an(80, ALNUM + '-_'))]
    return _res((host, host, ip), hops, mid, c.tm(0, 'UTC'), lambda i: c.hx(32), pre=pre)


def mailjet(c):
    a = c.rng.randrange(10, 60)
    host = f'o{a}.p25.mailjet.com'
    mid = f'<{c.uuid()}@mailjet.com>'
    pre = [('X-Mailjet-Campaign', c.num(10)), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
           ('X-MJ-Mid', c.b64(40)), ('X-Mailjet-Debug', 'Msg:' + c.num(17))]
    return _res((host, host, f'185.189.236.{a}'), [], mid, c.tm(0, 'UTC'), lambda i: 'np' + c.hx(16), pre=pre)


def mailchimp(c, cid, list_dom):
    a, b = c.rng.randrange(170, 190), c.rng.randrange(1, 250)
    host = f'mail{a}-{b}.suw21.mcdlv.net'
    mid = f'<{c.hx(24)}.{c.hx(10)}.{c.hx(20)}@mail{a}.suw21.mcdlv.net>'
    hops = [f'from localhost (localhost [127.0.0.1])\n\tby mail{a}-{b}.suw21.mcdlv.net (Mailchimp) with ESMTP id {c.hx(6)}\n\tfor <{c.rcpt}>; {c.tm(0, "UTC")}']
    pre = [('X-Mailer', f'MailChimp Mailer - **CID{cid}**'), ('X-Campaign', f'mailchimp{c.hx(22)}.{cid}'),
           ('X-campaignid', f'mailchimp{c.hx(22)}.{cid}'), ('X-Report-Abuse', f'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={c.hx(25)}&id={cid}&e={c.hx(10)}'),
           ('X-MC-User', c.hx(25)), ('Feedback-ID', f'{c.num(8)}:{c.num(8)}.{c.num(6)}:us21:mc'),
           ('List-ID', f'{c.hx(25)}mc list <{c.hx(25)}.{c.num(6)}.list-id.mcsv.net>')]
    return _res((host, host, f'198.2.{a}.{b}'), hops, mid, c.tm(0, 'UTC'),
                lambda i: f'_----------=_MCPart_{c.num(10)}', pre=pre)


def smtp2go(c):
    a = c.rng.randrange(100, 999)
    host = f'e2i{a}.smtp2go.com'
    mid = f'<{c.an(20)}.{c.an(10)}@smtpcorp.com>'
    pre = [('X-Smtpcorp-Track', c.an(10) + '.' + c.an(12)), ('Feedback-ID', f'{c.num(6)}m:{c.num(6)}a{c.an(8)}:{c.num(6)}sX{c.an(8)}')]
    return _res((host, host, f'103.47.205.{a % 250}'), [], mid, c.tm(0, c.zone),
                lambda i: '----=_Part_' + c.num(6), pre=pre)


def unisender(c):
    a = c.rng.randrange(10, 99)
    host = f'mx{a}.unisender.com'
    mid = f'<{c.hx(32)}@{host}>'
    pre = [('X-UNISENDER-SMTP', 'yes'), ('List-Unsubscribe', None)]
    return _res((host, host, f'185.71.{c.rng.randrange(66, 67)}.{a}'), [], mid, c.tm(0, 'RU'),
                lambda i: 'b' + c.hx(30), pre=[p for p in pre if p[1]])


# --- big genuine services ---------------------------------------------------------
def microsoft_service(c):
    n = c.rng.randrange(10, 99)
    host = f'mail-{c.an(3, string.ascii_lowercase)}{n}nam{c.num(2)}on2{c.num(3)}.outbound.protection.outlook.com'
    hops = [f'from BN0PR{c.num(2)}CA{c.num(4)}.namprd{c.num(2)}.prod.outlook.com ({c.hx(4)}:{c.hx(4)}::{c.hx(2)}) by\n DS0PR{c.num(2)}MB{c.num(4)}.namprd{c.num(2)}.prod.outlook.com with Microsoft SMTP Server\n ({TLS12}) id 15.20.9182.14; {c.tm(0, "UTC")}']
    return _res((f'NAM{c.num(2)}-{c.an(3, string.ascii_uppercase)}-obe.outbound.protection.outlook.com', host,
                 f'40.93.{c.rng.randrange(1, 250)}.{n}'), hops,
                f'<{c.an(8, string.ascii_uppercase + string.digits)}-{c.an(6, string.ascii_uppercase + string.digits)}@accountprotection.microsoft.com>',
                c.tm(0, 'UTC'), lambda i: 'b' + c.hx(31),
                post=[('X-MS-Exchange-CrossTenant-fromentityheader', 'HybridOnPrem'), ('X-MS-PublicTrafficType', 'Email')])


def github(c):
    n = c.rng.randrange(20, 29)
    host = f'out-{n}.smtp.github.com'
    hops = [f'from github.com (hubbernetes-node-{c.hx(6)}.ac4-iad.github.net [10.52.{c.rng.randrange(1, 200)}.{c.rng.randrange(1, 250)}])\n\tby smtp.github.com (Postfix) with ESMTPA id {c.an(11, "0123456789ABCDEF")}\n\tfor <{c.rcpt}>; {c.tm(0, "PT")}']
    return _res((host, host, f'192.30.252.{200 + n % 10}'), hops,
                f'<{c.hx(40)}@github.com>', c.tm(0, 'PT'), lambda i: f'--==_mimepart_{c.hx(13)}_{c.num(2)}_{c.num(6)}',
                post=[('X-GitHub-Reason', 'security'), ('X-Auto-Response-Suppress', 'All')])


def docusign(c):
    a = c.rng.randrange(10, 99)
    host = f'mailfr{c.num(2)}.eu.docusign.net'
    hops = [f'from docusign.net (mailfr{c.num(2)}.eu.docusign.net) by {host} (PowerMTA(TM) v5.0r12) id {c.num(5)}.{c.num(3)}.{c.num(4)}; {c.tm(0, "UTC")}']
    return _res((host, host, f'185.81.100.{a}'), hops, f'<{c.hx(32)}@docusign.net>', c.tm(0, 'UTC'),
                lambda i: f'----=_NextPart_{c.hx(8)}_{c.hx(4)}_{c.hx(4)}_{c.hx(4)}_{c.hx(12)}',
                pre=[('X-Api-Host', f'docusign.net'), ('X-DocuSign-Environment', 'EU')])


def paypal(c):
    n = c.rng.randrange(10, 40)
    host = f'mx{n}.slc.paypal.com'
    hops = [f'from paypal.com (unknown [10.18.{c.rng.randrange(1, 250)}.{c.rng.randrange(1, 250)}])\n\tby {host} (Postfix) with ESMTP id {c.hx(11, True)}\n\tfor <{c.rcpt}>; {c.tm(0, "PT")}']
    return _res((host, host, f'173.0.84.{c.rng.randrange(200, 240)}'), hops,
                f'<{c.hx(12)}.{c.hx(12)}@mx{n}.slc.paypal.com>', c.tm(0, 'PT'),
                lambda i: f'--NextPart_048F8BC8A2197DE2036A_{c.hx(4, True)}', pre=[('X-PP-REQUESTED-TIME', c.epoch_ms()),
                ('X-PP-Email-transmission-Id', c.uuid()), ('PP-Correlation-Id', c.hx(13)), ('X-MaxCode-Template', 'PPX001221')])


def govuk_notify(c):
    a, b = c.rng.randrange(1, 9), c.rng.randrange(10, 250)
    host = f'a{a}-{b}.smtp-out.eu-west-2.amazonses.com'
    mid = f'<0108019{c.hx(9)}-{c.hx(8)}-{c.hx(4)}-{c.hx(4)}-{c.hx(4)}-{c.hx(12)}-000000@eu-west-2.amazonses.com>'
    pre = [('Feedback-ID', f'::1.eu-west-2.{c.an(43)}=:AmazonSES'), ('X-SES-Outgoing', clock.at(c.t, 1).strftime('%Y.%m.%d-') + f'23.251.{a}.{b}')]
    return _res((host, host, f'23.251.{a}.{b}'), [], mid, c.tm(0, 'UTC'), lambda i: f'==============={c.num(19)}==', pre=pre)


def kontur(c):
    host = f'mx{c.num(1)}.kontur.ru'
    hops = [f'from diadoc-notify-{c.num(2)}.skbkontur.ru ([10.32.{c.rng.randrange(1, 250)}.{c.rng.randrange(1, 250)}])\n\tby {host} with ESMTP id {c.an(12)}; {c.tm(0, "RU")}']
    return _res((host, host, f'46.17.201.{c.rng.randrange(10, 90)}'), hops, f'<{c.uuid()}@diadoc.ru>',
                c.tm(0, 'RU'), lambda i: '--boundary_' + c.num(1) + '_' + c.uuid())
