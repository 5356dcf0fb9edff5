"""Core of the sending-infrastructure model: the Infra record, the mx01 trace
header and helpers shared by all profiles."""
from . import ids, timez, mailers


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")


TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)")


TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


TLS13_EC = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
            "\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n"
            "\t(No client certificate requested)")


class Infra(object):
    def __init__(self, helo, rdns, ip, tls=TLS13, hops=(), trace=(),
                 zone="CET", style=None, return_path=None, extra=(),
                 label=""):
        self.helo = helo
        self.rdns = rdns
        self.ip = ip
        self.tls = tls
        self.hops = list(hops)
        self.trace = list(trace)
        self.zone = zone
        self.style = style
        self.return_path = return_path
        self.extra = list(extra)     # headers after the UA headers
        self.label = label           # short description for MANIFEST


def mx01(inf, rcpt, t_recv, r):
    proto = "ESMTPS" if inf.tls else "ESMTP"
    rdns = inf.rdns or "unknown"
    s = "from %s (%s [%s])\n" % (inf.helo, rdns, inf.ip)
    if inf.tls:
        s += "\t" + inf.tls + "\n"
    s += "\tby mx01.example.com (Postfix) with %s id %s\n" % (proto, ids.postfix_qid(r))
    s += "\tfor <%s>; %s" % (rcpt, timez.rfc(t_recv, "CET", abbr=True))
    return s


def _mid(ctx, frac=0.5):
    return ctx.t_sent + (ctx.t_recv - ctx.t_sent) * frac


def _bounce_addr(rcpt):
    return rcpt.replace("@", "=")


def _style(r, mailer, domain, helo, ctx, lang, version=None):
    if mailer == "thunderbird":
        return mailers.thunderbird(r, domain, lang=lang)
    if mailer == "outlook":
        return mailers.outlook_smtp(r, domain, ctx.t_sent, lang=lang, version=version or "16.0")
    if mailer == "roundcube":
        return mailers.roundcube(r, domain, version or "1.6.9")
    if mailer == "iphone":
        return mailers.iphone(r, domain)
    if mailer == "apple":
        return mailers.apple_mail(r, domain)
    if mailer == "phpmailer":
        return mailers.phpmailer(r, helo if "." in helo else domain, version or "6.9.1")
    if mailer == "generic":
        return mailers.generic(r, domain)
    if mailer == "thebat":
        return mailers.thebat(r, domain, ctx.t_sent)
    raise ValueError(mailer)
