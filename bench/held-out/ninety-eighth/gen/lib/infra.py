"""Sending-system models: Received chains, Message-ID / boundary / X-Mailer styles.
Every chain is topped by mx01.example.com (Postfix), which names the client as
'from HELO (rDNS [IP])' and the recipient as 'for <rcpt>'."""
import base64
import hashlib
import string
from datetime import timedelta

from .timez import rfc, loc

MX = "mx01.example.com"
_PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def rstr(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def pf_queue_id(r):
    return "4" + rstr(r, _PFX, 13)


def mx_received(r, helo, rdns, ip, rcpt, utc, tls="1.3"):
    if tls == "1.3":
        t = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)\n")
        w = "ESMTPS"
    elif tls == "1.2":
        t = ("\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
             "\t(No client certificate requested)\n")
        w = "ESMTPS"
    else:
        t = ""
        w = "ESMTP"
    v = (f"from {helo} ({rdns or 'unknown'} [{ip}])\n{t}\tby {MX} (Postfix) with {w} id {pf_queue_id(r)}\n"
         f"\tfor <{rcpt}>; {rfc(utc, 'de', comment=True)}")
    return ("Received", v)


def _later(utc, r, lo=1, hi=6):
    return utc + timedelta(seconds=r.randint(lo, hi))


def thread_index(r, utc):
    # 22-byte header: 6 bytes FILETIME-derived + 16-byte GUID
    ft = int((utc.timestamp() + 11644473600) * 10_000_000)
    head = (ft >> 16).to_bytes(8, "big")[2:]
    return base64.b64encode(head + bytes(r.randrange(256) for _ in range(16))).decode()


def outlook_desktop_mid(r, utc, domain):
    """Outlook for Windows (desktop, non-Exchange account) style:
    <000c01dc3d2a5b2f$1c40116d$54c0aa11$@domain>  (4 hex counter + FILETIME high dword ...)"""
    ft = int((utc.timestamp() + 11644473600) * 10_000_000)
    hi = (ft >> 32) & 0xFFFFFFFF
    lo = ft & 0xFFFFFFFF
    pre = r.choice(["0000", "0001", "000b", "000c", "0017"])
    return f"<{pre}{hi:08x}${lo:08x}${r.randrange(1 << 32):08x}$@{domain}>"


def outlook_boundary(r, utc, n=0):
    ft = int((utc.timestamp() + 11644473600) * 10_000_000)
    return f"----=_NextPart_{n:03d}_{r.randrange(0x10000):04X}_{(ft >> 32):08X}.{(ft & 0xFFFFFFFF):08X}"


def exchange_boundary(kind, midlocal, host):
    return f"_{kind:03d}_{midlocal}{host.replace('.', '').replace('-', '')}_"


# ------------------------------------------------------------------ internal
def exchange_internal(r, utc, rcpt, tz="de", exch="EXCH02"):
    host = f"{exch}.corp.example.com"
    t0 = utc
    t1 = _later(t0, r, 0, 1)
    t2 = _later(t1, r, 1, 2)
    trace = [
        mx_received(r, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", rcpt, t2),
        ("Received", f"from {host} ({host.lower()} [10.20.0.{31 if exch == 'EXCH01' else 32}])\n"
                     f"\tby mail-int01.example.com (Postfix) with ESMTPS id {pf_queue_id(r)}\n"
                     f"\tfor <{rcpt}>; {rfc(t1, 'de', comment=True)}"),
        ("Received", f"from {host} (10.20.0.{31 if exch == 'EXCH01' else 32}) by {host} (10.20.0.{31 if exch == 'EXCH01' else 32}) "
                     f"with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
                     f" 15.2.1748.10; {rfc(t0, tz)}"),
    ]
    midlocal = rstr(r, HEX, 32)
    mid = f"<{midlocal}@{host}>"
    return dict(trace=trace, mid=mid, midlocal=midlocal, host=host, date=rfc(t0, tz),
                thread_index=thread_index(r, t0), utc=t0)


# ------------------------------------------------------------------ Microsoft 365 tenant
def m365(r, utc, rcpt, prd="eurprd04", tz="de", tenant_domain=None, consumer=False, mbx=None):
    fixed_mbx = mbx
    site = r.choice(["AM9", "DB9", "PA4", "VI1", "AS8", "DU2", "GV1", "FR4"]) if not consumer else r.choice(["AS8", "DU0", "PAXP", "GV1"])
    if consumer:
        mbx = f"{site}P{r.randint(190, 195)}MB{r.randint(1000, 2999)}"
        fqdn_sfx = f"EURP{mbx[len(site)+1:len(site)+4]}.PROD.OUTLOOK.COM"
    else:
        mbx = f"{site}PR{r.randint(1, 9):02d}MB{r.randint(1000, 9999)}"
        fqdn_sfx = f"{prd}.prod.outlook.com"
    if fixed_mbx:
        mbx = fixed_mbx
    mbx_fqdn = f"{mbx}.{fqdn_sfx}"
    hub = f"{r.choice(['DB8','AM0','PA2','VI1'])}{'P19' + str(r.randint(0,5)) if consumer else 'PR' + format(r.randint(1,9), '02d')}MB{r.randint(1000,9999)}"
    hub_fqdn = f"{hub}.{fqdn_sfx}"
    t0 = utc
    t1 = _later(t0, r, 0, 1)
    t2 = _later(t1, r, 1, 3)
    if consumer:
        o3 = r.randint(0, 255)
        o4 = r.randint(1, 254)
        reg = r.choice(["EUR05-VI1", "EUR03-DBA", "EUR02-AM0", "EUR05-AM6"])
        helo = f"{reg}-obe.outbound.protection.outlook.com"
        rd = f"mail-{reg.split('-')[1].lower()}{reg.split('-')[0].lower()}olkn2{o4:03d}.outbound.protection.outlook.com"
        ip = f"52.103.{o3}.{o4}"
    else:
        o3 = r.choice([2, 7, 13, 22, 33, 40, 68])
        o4 = r.randint(20, 250)
        reg = r.choice(["EUR05-AM6", "EUR03-DBA", "EUR02-VI1", "EUR01-HE1", "EUR04-DB3"])
        helo = f"{reg}-obe.outbound.protection.outlook.com"
        rd = f"mail-{reg.split('-')[1].lower()}{reg.split('-')[0].lower()}on2{o4:03d}.outbound.protection.outlook.com"
        ip = f"40.107.{o3}.{o4}"
    v6a = f"2603:10a6:{r.choice(['10','20b','102','208','800'])}:{r.randint(1,0x3ff):x}::{r.randint(1,0x1f):x}"
    v6b = f"2603:10a6:{r.choice(['10','20b','102','208','800'])}:{r.randint(1,0x3ff):x}::{r.randint(1,0x1f):x}"
    ll = ":".join(f"{r.randrange(0x10000):x}" for _ in range(4))
    trace = [
        mx_received(r, helo, rd, ip, rcpt, t2, tls="1.2"),
        ("Received", f"from {mbx_fqdn} ({v6a}) by\n {hub_fqdn} ({v6b}) with\n Microsoft SMTP Server (version=TLS1_2,\n"
                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.{r.randint(10,40)}; {rfc(t1, 'utc', weekday=True)}"),
        ("Received", f"from {mbx_fqdn}\n ([fe80::{ll}]) by {mbx_fqdn}\n ([fe80::{ll}%{r.randint(3,7)}]) with mapi id 15.20.8632.0{r.randint(10,40)}; {rfc(t0, 'utc')}"),
    ]
    midlocal = mbx + rstr(r, "0123456789ABCDEF", 32)
    mid = f"<{midlocal}@{mbx_fqdn}>"
    tenant = "-".join(rstr(r, HEX, n) for n in (8, 4, 4, 4, 12))
    if consumer:
        tenant = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"  # Microsoft consumer (MSA) tenant
    netid = "-".join(rstr(r, HEX, n) for n in (8, 4, 4, 4, 12))
    xtail = [
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", netid),
        ("X-MS-Exchange-CrossTenant-originalarrivaltime", loc(t0, "utc").strftime("%d %b %Y %H:%M:%S.") + f"{r.randint(0,9999):04d} (UTC)"),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", tenant),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", hub),
    ]
    if tenant_domain:
        xtail.append(("X-OriginatorOrg", tenant_domain))
    return dict(trace=trace, mid=mid, midlocal=midlocal, host=mbx_fqdn, date=rfc(t0, tz),
                thread_index=thread_index(r, t0), xtail=xtail, utc=t0)


# ------------------------------------------------------------------ Gmail / Google Workspace
def gmail(r, utc, rcpt, tz_client="de"):
    node = r.choice(["wm1-f41", "ej1-f54", "lf1-f52", "wr1-f47", "ed1-f44", "lj1-f170", "pj1-f53", "qt1-f175"])
    lastoct = {"wm1": 128, "ej1": 218, "lf1": 167, "wr1": 221, "ed1": 208, "lj1": 208, "pj1": 216, "qt1": 160}[node[:3]]
    ip = f"209.85.{lastoct}.{int(node.split('-f')[1])}"
    host = f"mail-{node}.google.com"
    t0 = utc
    t1 = _later(t0, r, 1, 2)
    sid = f"{r.choice(['5b1f17b1804b1','a640c23a62f3a','2adb3069b0e04','4fb4e7e6ee8bd'])}-{r.randint(400,499)}{rstr(r, HEX[:10] + 'abcdef', 6)}so{r.randint(1000000,9999999)}e9.{r.randint(0,3)}"
    trace = [
        mx_received(r, host, host, ip, rcpt, t1),
        ("Received", f"by {host} with SMTP id {sid}\n        for <{rcpt}>; {rfc(t0, 'pt', comment=True)}"),
        ("X-Gm-Message-State", "AOJu0Y" + rstr(r, ALNUM + "+/", 62)),
        ("X-Google-Smtp-Source", "AGHT+I" + rstr(r, ALNUM + "+/", 62)),
        ("X-Received", f"by 2002:a05:{r.randint(0x6000,0x6fff):x}:{r.randrange(0x1000, 0x10000):x}:b0:{r.randrange(0x100, 0x1000):x}:{r.randrange(0x1000, 0x10000):x}:{r.randrange(0x1000, 0x10000):x} with SMTP id\n {sid.split('so')[0]}mr{r.randint(1000000, 9999999)}e9.{r.randint(1, 60)}.{int(t0.timestamp() * 1000)};\n {rfc(t0, 'pt', comment=True)}"),
    ]
    mid = "<CA" + r.choice(["+", "J", "K", "F", "D", "A", "L"]) + rstr(r, ALNUM + "_-", 27) + "=" + rstr(r, ALNUM + "_-+", 18) + "@mail.gmail.com>"
    bnd = lambda: "000000000000" + rstr(r, HEX, 16)
    return dict(trace=trace, mid=mid, date=rfc(t0, tz_client), bnd=bnd, utc=t0)


# ------------------------------------------------------------------ GMX / WEB.DE webmail
def unitedinternet(r, utc, rcpt, brand="gmx", client_ip=None):
    if brand == "gmx":
        helo = "mout.gmx.net"
        ip = r.choice(["212.227.17.20", "212.227.17.21", "212.227.17.22", "212.227.15.18"])
        web = "web-mail.gmx.net"
        app = f"3c-app-gmx-bap{r.randint(10,79)}"
        tld = "gmx.net"
    else:
        helo = "mout.web.de"
        ip = r.choice(["212.227.15.3", "212.227.15.4", "212.227.17.11", "212.227.17.12"])
        web = "web-mail.web.de"
        app = f"3c-app-webde-bap{r.randint(10,79)}"
        tld = "web.de"
    cip = client_ip or f"{r.choice([87, 91, 93, 79, 84])}.{r.randint(128,254)}.{r.randint(0,255)}.{r.randint(1,254)}"
    t0 = utc
    t1 = _later(t0, r, 0, 1)
    t2 = _later(t1, r, 1, 3)
    pid = f"{r.choice(['1M', '1N', '1Mq', '1Mz'])}{rstr(r, ALNUM, 4)}-1{rstr(r, ALNUM, 9)}-00{rstr(r, ALNUM, 5)}"
    trace = [
        mx_received(r, helo, helo, ip, rcpt, t2),
        ("Received", f"from {app} ([{cip}]) by {web}\n (via HTTP); {rfc(t0, 'de', comment=False)}"),
    ]
    mid = f"<trinity-{'-'.join(rstr(r, HEX, n) for n in (8, 4, 4, 4, 12))}-{int(t0.timestamp()*1000)}@{app}>"
    xh = [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
          ("X-Provags-ID", "V03:K1:" + rstr(r, ALNUM + "+/", 64)),
          ("X-UI-Message-Type", "mail")]
    return dict(trace=trace, mid=mid, date=rfc(t0, "de", pad_day=False), xh=xh, utc=t0,
                bnd=lambda: f"=_{rstr(r, ALNUM, 24)}", pid=pid)


# ------------------------------------------------------------------ Italiaonline (libero.it) webmail, Open-Xchange
def libero(r, utc, rcpt, client_ip=None):
    cip = client_ip or f"{r.choice([5, 79, 93, 151])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
    n = r.randint(10, 60)
    t0 = utc
    t1 = _later(t0, r, 1, 3)
    trace = [
        mx_received(r, f"libero.it", f"smtp-{n}-i{r.randint(1,6)}.italiaonline.it", f"213.209.10.{n}", rcpt, t1),
        ("Received", f"from oxapps-{r.randint(10,40)}-{r.randint(100,199)}.iol.local ([{cip}])\n\tby smtp-{n}.iol.local with ESMTPA\n\tid {rstr(r, ALNUM, 14)}; {rfc(t0, 'de')}"),
    ]
    mid = f"<{r.randint(100000000, 2147483647)}.{r.randint(1000, 999999)}.{int(t0.timestamp()*1000)}@mail1.libero.it>"
    xh = [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"),
          ("X-Originating-Client", "open-xchange-appsuite")]
    return dict(trace=trace, mid=mid, date=rfc(t0, "de"), xh=xh, utc=t0,
                bnd=lambda: f"----=_Part_{r.randint(10000,999999)}_{r.randint(100000000,2147483647)}.{int(t0.timestamp()*1000)}")


# ------------------------------------------------------------------ Wirtualna Polska (wp.pl / o2.pl)
def wp(r, utc, rcpt, env_from, brand="wp.pl", client_ip=None):
    cip = client_ip or f"{r.choice([31, 37, 46, 83, 89, 178])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
    mxn = r.randint(1, 9)
    t0 = utc
    t1 = _later(t0, r, 1, 3)
    trace = [
        mx_received(r, f"mx{mxn}.{brand if brand == 'wp.pl' else 'o2.pl'}", f"mx{mxn}.{brand if brand=='wp.pl' else 'o2.pl'}", f"212.77.101.{r.randint(1,14)}", rcpt, t1),
        ("Received", f"(wp-smtpd smtp.wp.pl {r.randint(10000,32000)} invoked from network); {rfc(t0, 'de', weekday=False)}"),
        ("Received", f"from {cip} (HELO poczta.wp.pl) ({env_from}@[{cip}])\n          (envelope-sender <{env_from}>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <{rcpt}>; {rfc(t0, 'de', weekday=False)}"),
    ]
    mid = f"<{rstr(r, HEX, 32)}@grupawp.pl>"
    xh = [("X-WP-MailID", rstr(r, HEX, 32)), ("X-Mailer", "Poczta WP"),
          ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    return dict(trace=trace, mid=mid, date=rfc(t0, "de"), xh=xh, utc=t0)


# ------------------------------------------------------------------ Yandex (web) / Yandex 360
def yandex(r, utc, rcpt, web=True):
    fw = f"forward{r.choice(['100', '101', '102', '500', '501', '502'])}{r.choice('ab')}"
    ip = f"178.154.239.{r.randint(70, 160)}"
    ns = f"mail-nwsmtp-smtp-production-main-{r.randint(10,99)}.{r.choice(['klg','vla','sas','iva'])}.yp-c.yandex.net"
    t0 = utc
    t1 = _later(t0, r, 0, 1)
    t2 = _later(t1, r, 1, 2)
    trace = [
        mx_received(r, f"{fw}.mail.yandex.net", f"{fw}.mail.yandex.net", ip, rcpt, t2),
        ("Received", f"from {ns} ({ns} [IPv6:2a02:6b8:c{r.randint(10,99):x}:{r.randrange(0x10000):x}:0:640:{r.randrange(0x10000):x}:0])\n"
                     f"\tby {fw}.mail.yandex.net (Yandex) with ESMTPS id {rstr(r, ALNUM, 12)};\n\t{rfc(t1, 'ru')}"),
        ("Received", f"by {ns} (smtp/Yandex) with ESMTPSA id {rstr(r, ALNUM, 12)}-{rstr(r, ALNUM, 8)};\n\t{rfc(t0, 'ru')}"),
    ]
    if web:
        mid = f"<{r.randint(10**14, 10**15 - 1)}@mail.yandex.ru>"
        xh = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    else:
        mid = None
        xh = []
    return dict(trace=trace, mid=mid, date=rfc(t0, "ru"), xh=xh, utc=t0,
                bnd=lambda: f"----==_mimepart_{rstr(r, HEX, 13)}_{rstr(r, HEX, 4)}")


def mailru(r, utc, rcpt, env_from):
    n = r.randint(100, 480)
    t0 = utc
    t1 = _later(t0, r, 1, 2)
    trace = [
        mx_received(r, f"smtp{r.randint(30,60)}.i.mail.ru", f"smtp{r.randint(30,60)}.i.mail.ru", f"94.100.177.{r.randint(90,120)}", rcpt, t1),
        ("Received", f"by f{n}.i.mail.ru with local (envelope-from <{env_from}>)\n\tid 1{rstr(r, ALNUM, 5)}-{rstr(r, ALNUM, 6)}-{rstr(r, ALNUM, 2)}; {rfc(t0, 'ru')}"),
        ("Received", f"by e.mail.ru with HTTP;\n\t{rfc(t0, 'ru')}"),
    ]
    mid = f"<{int(t0.timestamp())}.{r.randint(100000000, 999999999)}@f{n}.i.mail.ru>"
    xh = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", f"[{r.randint(77,95)}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}]")]
    return dict(trace=trace, mid=mid, date=rfc(t0, "ru"), xh=xh, utc=t0,
                bnd=lambda: f"--ALT--{rstr(r, '0123456789ABCDEF', 32)}{int(t0.timestamp())}")


# ------------------------------------------------------------------ own / hosted servers
def postfix_auth(r, utc, rcpt, helo, rdns, ip, hostname, client_ip, auth_user, tz="de", client_helo=None, tls="1.3"):
    """Generic Postfix with SASL submission (own small server, look-alike VPS, Aruba etc.)."""
    t0 = utc
    t1 = _later(t0, r, 1, 4)
    ch = client_helo or f"[{client_ip}]"
    trace = [
        mx_received(r, helo, rdns, ip, rcpt, t1, tls=tls),
        ("Received", f"from {ch} (unknown [{client_ip}])\n\t(Authenticated sender: {auth_user})\n\tby {hostname} (Postfix) with ESMTPSA id {rstr(r, '0123456789ABCDEF', 10)};\n\t{rfc(t0, tz, comment=False)}"),
    ]
    return dict(trace=trace, date=rfc(t0, tz), utc=t0)


def aruba(r, utc, rcpt, client_ip, pc_name="DESKTOP"):
    n = r.choice(["smtpdh19-2", "smtpdh20-1", "smtpcmd13146", "smtpcmd15176"])
    ip = {"smtpdh19-2": "62.149.155.165", "smtpdh20-1": "62.149.155.160", "smtpcmd13146": "62.149.156.146", "smtpcmd15176": "62.149.158.176"}[n]
    t0 = utc
    t1 = _later(t0, r, 1, 3)
    trace = [
        mx_received(r, f"{n}.aruba.it", f"{n}.aruba.it", ip, rcpt, t1, tls="1.2"),
        ("Received", f"from {pc_name} ([{client_ip}])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {rstr(r, ALNUM, 16)}; {rfc(t0, 'de', weekday=True)}"),
    ]
    return dict(trace=trace, date=rfc(t0, "de"), utc=t0,
                xh=[("X-Aruba-Cmae-Envelope", rstr(r, ALNUM + "/+", 60))])


def cpanel_exim(r, utc, rcpt, server, server_ip, sender, client_ip, ua_helo="[127.0.0.1]", tz="uk", auth=True):
    t0 = utc
    t1 = _later(t0, r, 1, 3)
    eid = f"1v{rstr(r, ALNUM, 4)}-{r.randint(0,9)}{rstr(r, ALNUM, 5)}-{rstr(r, ALNUM, 2)}"
    trace = [
        mx_received(r, server, server, server_ip, rcpt, t1),
        ("Received", f"from [{client_ip}] (port={r.randint(49152,65000)} helo={ua_helo})\n\tby {server} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                     f"\t(Exim 4.98)\n\t(envelope-from <{sender}>)\n\tid {eid}\n\tfor {rcpt};\n\t{rfc(t0, tz)}"),
    ]
    dom = sender.split("@")[1]
    xh = [
        ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
        ("X-AntiAbuse", f"Primary Hostname - {server}"),
        ("X-AntiAbuse", "Original Domain - example.com"),
        ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
        ("X-AntiAbuse", f"Sender Address Domain - {dom}"),
        ("X-Get-Message-Sender-Via", f"{server}: authenticated_id: {sender}"),
        ("X-Authenticated-Sender", f"{server}: {sender}"),
        ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", ""),
    ]
    return dict(trace=trace, date=rfc(t0, tz), utc=t0, xh=xh)


# ------------------------------------------------------------------ bulk ESPs
def sendgrid(r, utc, rcpt, ptr_host, tz="utc"):
    ip = f"{r.choice(['149.72', '167.89', '168.245'])}.{r.randint(0,255)}.{r.randint(1,254)}"
    pod = f"geopod-ismtpd-{r.randint(1,40)}"
    t0 = utc
    t1 = _later(t0, r, 0, 1)
    t2 = _later(t1, r, 1, 4)
    sgid = rstr(r, ALNUM + "-_", 22)
    trace = [
        mx_received(r, ptr_host, ptr_host, ip, rcpt, t2, tls="1.2"),
        ("Received", f"by filterdrecv-{r.randint(5,9)}{rstr(r, 'bcdfghjklmnpqrstvwxz', 8)}-{rstr(r, 'bcdfghjklmnpqrstvwxz0123456789', 5)} with SMTP id filterdrecv-{rstr(r, 'bcdfghjklmnpqrstvwxz0123456789', 10)}-1-{rstr(r, '0123456789ABCDEF', 8)}-{r.randint(10,99)}\n"
                     f"        {loc(t1, 'utc').strftime('%Y-%m-%d %H:%M:%S')}.{r.randint(100000000,999999999)} +0000 UTC m=+{r.randint(1000,999999)}.{r.randint(100000000,999999999)}"),
        ("Received", f"from {rstr(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8)} (unknown)\n\tby {pod} (SG) with HTTP\n\tid {sgid}\n\t{rfc(t0, 'utc', comment=True).replace(' +0000', '.' + str(r.randint(100, 999)) + ' +0000')}"),
    ]
    xh = [("X-SG-EID", rstr(r, ALNUM + "+/", 76) + "=="), ("X-SG-ID", rstr(r, ALNUM + "+/", 60)), ("X-Entity-ID", rstr(r, ALNUM + "+/", 22) + "==")]
    mid = f"<{sgid}@{pod}>"
    return dict(trace=trace, mid=mid, date=rfc(t0, tz), xh=xh, utc=t0, bnd=lambda: rstr(r, HEX, 64))


def mailgun(r, utc, rcpt, mgdomain, tz="utc", eu=True):
    n = r.randint(2, 254)
    if eu:
        helo = f"m32-{n}.eu.mailgun.net"
        ip = f"141.193.32.{n}"
    else:
        helo = f"m228-{n}.mailgun.net"
        ip = f"159.135.228.{n}"
    t0 = utc
    t1 = _later(t0, r, 1, 3)
    trace = [
        mx_received(r, helo, helo, ip, rcpt, t1, tls="1.3"),
        ("Received", f"by {rstr(r, HEX, 40)} with HTTP id {rstr(r, HEX, 24)}; {rfc(t0, 'utc', comment=False).replace(' +0000', ' GMT')}"),
    ]
    xh = [("X-Mailgun-Sid", "WyI" + rstr(r, ALNUM, 58) + "In0="), ("X-Mailgun-Tag", "transactional")]
    mid = f"<{loc(t0, 'utc').strftime('%Y%m%d%H%M%S')}.{rstr(r, HEX, 16)}@{mgdomain}>"
    return dict(trace=trace, mid=mid, date=rfc(t0, tz), xh=xh, utc=t0, bnd=lambda: rstr(r, HEX, 32))


def ses(r, utc, rcpt, region="eu-west-1", tz="utc"):
    a = r.choice(["a7-12", "a7-18", "a7-31", "a7-40", "a7-27"])
    ip = f"54.240.7.{a.split('-')[1]}"
    host = f"{a}.smtp-out.{region}.amazonses.com"
    t0 = utc
    t1 = _later(t0, r, 0, 2)
    trace = [mx_received(r, host, host, ip, rcpt, t1, tls="1.2")]
    mid = f"<0102019{rstr(r, HEX, 9)}-{rstr(r, HEX, 8)}-{'-'.join(rstr(r, HEX, n) for n in (4, 4, 4, 12))}-000000@{region}.amazonses.com>"
    xh = [("Feedback-ID", f"::1.{region}.{rstr(r, ALNUM + '+/', 43)}=:AmazonSES"),
          ("X-SES-Outgoing", f"{loc(t0,'utc').strftime('%Y.%m.%d')}-{ip}")]
    return dict(trace=trace, mid=mid, date=rfc(t0, tz), xh=xh, utc=t0,
                bnd=lambda: f"----=_Part_{r.randint(100000,9999999)}_{r.randint(100000000,2147483647)}.{int(t0.timestamp()*1000)}")


def brevo(r, utc, rcpt, tz="de"):
    n = r.randint(2, 250)
    ip = f"77.32.148.{n}"
    helo = f"s{n}.sender-sib.com"
    t0 = utc
    t1 = _later(t0, r, 1, 4)
    trace = [mx_received(r, helo, helo, ip, rcpt, t1, tls="1.3"),
             ("Received", f"from [127.0.0.1] by smtp-relay.sendinblue.com with ESMTP id {rstr(r, ALNUM, 24)}; {rfc(t0, 'utc')}")]
    mid = f"<{loc(t0, 'utc').strftime('%Y%m%d%H%M')}.{r.randint(10**10, 10**11-1)}@smtp-relay.mailin.fr>"
    xh = [("X-Mailer", "Sendinblue"), ("X-sib-id", rstr(r, ALNUM + "_-", 86)),
          ("Feedback-ID", f"{rstr(r, '0123456789', 6)}:{rstr(r,'0123456789',7)}:campaign:Brevo")]
    return dict(trace=trace, mid=mid, date=rfc(t0, "utc"), xh=xh, utc=t0, bnd=lambda: rstr(r, HEX, 32))


def mailchimp(r, utc, rcpt, tz="utc"):
    a = r.randint(160, 230)
    b = r.randint(1, 250)
    pod = r.choice(["suw21", "atl121", "suw41", "sea31"])
    host = f"mail{a}-{b}.{pod}.mcsv.net"
    ip = f"198.2.{a}.{b}"
    t0 = utc
    t1 = _later(t0, r, 1, 5)
    trace = [mx_received(r, host, host, ip, rcpt, t1, tls="1.2"),
             ("Received", f"from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {rstr(r, '0123456789ABCDEF', 10)}\n\tfor <{rcpt}>; {rfc(t0, 'utc')}")]
    cid = rstr(r, HEX, 10)
    mid = f"<{rstr(r, HEX, 24)}.{cid}.{loc(t0,'utc').strftime('%Y%m%d%H%M%S')}.{rstr(r, HEX, 10)}.{r.randint(10000000,99999999)}@{host}>"
    xh = [("X-Mailer", f"MailChimp Mailer - **CID{cid}{rstr(r, HEX, 10)}**"), ("X-Campaign", f"mailchimp{rstr(r, HEX, 25)}.{cid}"),
          ("X-campaignid", f"mailchimp{rstr(r, HEX, 25)}.{cid}"), ("X-Report-Abuse", f"Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={rstr(r, HEX, 25)}&id={cid}&e={rstr(r, HEX, 10)}"),
          ("X-MC-User", rstr(r, HEX, 25)), ("Feedback-ID", f"{r.randint(10000000,99999999)}:{r.randint(10000000,99999999)}.{r.randint(100000,999999)}:us{r.randint(1,21)}:mc")]
    return dict(trace=trace, mid=mid, date=rfc(t0, "utc"), xh=xh, utc=t0, bnd=lambda: f"_----------=_MCPart_{r.randint(10**9, 2*10**9)}")


# ------------------------------------------------------------------ genuine services
def ms_account(r, utc, rcpt):
    t0 = utc
    t1 = _later(t0, r, 1, 3)
    n = r.randint(100, 139)
    trace = [
        mx_received(r, "NAM12-BN8-obe.outbound.protection.outlook.com", f"mail-bn8nam12on2{n:03d}.outbound.protection.outlook.com", f"40.107.237.{n}", rcpt, t1, tls="1.2"),
        ("Received", f"from BN1PEPF0000{rstr(r,'0123456789ABCDEF',4)}.namprd05.prod.outlook.com (2603:10b6:{r.randint(100,999)}:{r.randint(1,99)}::{r.randint(1,30)}) by\n BL1PR13MB{r.randint(1000,9999)}.namprd13.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.25; {rfc(t0, 'utc')}"),
    ]
    mid = f"<{rstr(r, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 12)}.{rstr(r, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 13)}@BN1PEPF0000{rstr(r,'0123456789ABCDEF',4)}>"
    return dict(trace=trace, mid=mid, date=rfc(t0, "pt"), utc=t0,
                bnd=lambda: f"=_ScsGY{rstr(r, '0123456789ABCDEF', 28)}")


def google_notify(r, utc, rcpt):
    n = r.randint(41, 73)
    t0 = utc
    t1 = _later(t0, r, 1, 2)
    trace = [
        mx_received(r, f"mail-sor-f{n}.google.com", f"mail-sor-f{n}.google.com", f"209.85.220.{n}", rcpt, t1),
        ("Received", f"by mail-sor-f{n}.google.com (Google Transport Security) with SMTPS id {rstr(r, HEX, 12)}-{r.randint(100,999)}{rstr(r, HEX, 6)}.{r.randint(1,9)}\n        for <{rcpt}>\n        (Google Transport Security);\n        {rfc(t0, 'pt', comment=True)}"),
        ("X-Google-Smtp-Source", "AGHT+I" + rstr(r, ALNUM + "+/", 62)),
        ("X-Received", f"by 2002:a05:6214:{r.randrange(0x10000):x}:b0:{r.randrange(0x1000):x}:{r.randrange(0x10000):x} with SMTP id {rstr(r, HEX, 12)}-{r.randint(10,99)}{rstr(r, HEX, 6)}.{r.randint(1,9)}.{r.randint(1000000000,1760000000)};\n        {rfc(t0, 'pt', comment=True)}"),
    ]
    mid = f"<{rstr(r, ALNUM + '-_', 22)}@notifications.google.com>"
    return dict(trace=trace, mid=mid, date=rfc(t0, "utc", pad_day=False).replace("+0000", "GMT"), utc=t0,
                bnd=lambda: "000000000000" + rstr(r, HEX, 16))


def github(r, utc, rcpt):
    n = r.choice([20, 21, 22, 24, 25, 26, 27, 28])
    ip = {20: "192.30.252.203", 21: "192.30.252.204", 22: "192.30.252.205", 24: "192.30.252.207",
          25: "192.30.252.208", 26: "192.30.252.209", 27: "192.30.252.210", 28: "192.30.252.211"}[n]
    t0 = utc
    t1 = _later(t0, r, 1, 3)
    host = f"out-{n}.smtp.github.com"
    trace = [
        mx_received(r, host, host, ip, rcpt, t1, tls="1.3"),
        ("Received", f"from github.com (hubbernetes-node-{rstr(r, HEX, 12)}.ash1-iad.github.net [10.56.{r.randint(100,230)}.{r.randint(2,250)}])\n\tby smtp.github.com (Postfix) with ESMTPA id {rstr(r, '0123456789ABCDEF', 11)}\n\tfor <{rcpt}>; {rfc(t0, 'pt')}"),
    ]
    mid = f"<{rstr(r, HEX, 13)}_{rstr(r, HEX, 5)}{r.randint(100,999)}@lowworker-{rstr(r, HEX, 10)}-{rstr(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mail>"
    return dict(trace=trace, mid=mid, date=rfc(t0, "pt"), utc=t0,
                bnd=lambda: f"--==_mimepart_{rstr(r, HEX, 13)}_{r.randint(10,99)}{rstr(r, HEX, 3)}"[2:])


def docusign(r, utc, rcpt):
    n = r.randint(10, 40)
    t0 = utc
    t1 = _later(t0, r, 1, 4)
    host = f"mailout{n}.eu.docusign.net"
    trace = [
        mx_received(r, host, host, f"185.81.20.{n}", rcpt, t1, tls="1.2"),
        ("Received", f"from docusign.net ({host} [10.{r.randint(1,200)}.{r.randint(0,255)}.{r.randint(1,254)}])\n\tby {host} (Postfix) with ESMTP id {rstr(r, '0123456789ABCDEF', 10)}\n\tfor <{rcpt}>; {rfc(t0, 'utc')}"),
    ]
    mid = f"<{rstr(r, HEX, 32)}@docusign.net>"
    return dict(trace=trace, mid=mid, date=rfc(t0, "utc"), utc=t0,
                bnd=lambda: f"----=_NextPart_{rstr(r, HEX, 8)}_{rstr(r, HEX, 4)}_{rstr(r, HEX, 4)}_{rstr(r, HEX, 4)}_{rstr(r, HEX, 12)}")
