"""Profiles for well-known service senders and organisations' own MTAs."""
from common import rfc_date, plus, rhex, ralnum, postfix_qid, uuid4, epoch_ms
from infra import Generic, R


def github():
    def hop(t, rcpt, rng):
        return R('from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])' % (
            ralnum(rng, 4, 'abcdef0123456789'), rng.randrange(100, 250), rng.randrange(2, 250)),
            'by smtp.github.com (Postfix) with ESMTPA id %s' % postfix_qid(rng),
            'for <%s>; %s' % (rcpt, rfc_date(t, 'US', True)))
    return Generic(helo='out-24.smtp.github.com', rdns='out-24.smtp.github.com', ip='192.30.252.207',
                   date_zone='US', hopfns=[hop], desc='GitHub notification mail',
                   midfn=lambda t, rng: '<%s_%s@github-lowworker-%s-%s.ash1-iad.github.net.mail>' % (
                       rhex(rng, 13), rhex(rng, 16), rhex(rng, 10), ralnum(rng, 5).lower()),
                   bfn=lambda rng, t: '--==_mimepart_%s_%s' % (rhex(rng, 13), rng.randrange(10 ** 4, 10 ** 5)),
                   hdrfn=lambda t, rng: [('X-Auto-Response-Suppress', 'All')])


def docusign():
    def hop(t, rcpt, rng):
        return R('from docusign.net (unknown [10.74.%d.%d])' % (rng.randrange(1, 250), rng.randrange(2, 250)),
                 'by mailfr1.eumail.docusign.net (Postfix) with ESMTP id %s' % postfix_qid(rng),
                 'for <%s>; %s' % (rcpt, rfc_date(t, 'UTC')))
    return Generic(helo='mailfr1.eumail.docusign.net', rdns='mailfr1.eumail.docusign.net', ip='185.81.100.37',
                   date_zone='UTC', hopfns=[hop], desc='Docusign EU envelope notification',
                   midfn=lambda t, rng: '<%s@docusign.net>' % rhex(rng, 32),
                   bfn=lambda rng, t: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9), epoch_ms(t) - rng.randrange(5, 400)),
                   hdrfn=lambda t, rng: [('X-Api-Host', 'eu.docusign.net'), ('X-DocuSign-ID', uuid4(rng))],
                   rp='bounces@eumail.docusign.net')


def paypal():
    def hop(t, rcpt, rng):
        return R('from ccg01mail%02d.slc.paypal.com (ccg01mail%02d.slc.paypal.com [10.182.%d.%d])' % (
            rng.randrange(1, 20), rng.randrange(1, 20), rng.randrange(1, 250), rng.randrange(2, 250)),
            'by mx3.slc.paypal.com (Postfix) with ESMTP id %s' % postfix_qid(rng),
            'for <%s>; %s' % (rcpt, rfc_date(t, 'US', True)))
    return Generic(helo='mx3.slc.paypal.com', rdns='mx3.slc.paypal.com', ip='173.0.84.228',
                   date_zone='US', hopfns=[hop], desc='PayPal transactional mail (genuine PayPal infrastructure)',
                   midfn=lambda t, rng: '<%s.%s@mx3.slc.paypal.com>' % (rhex(rng, 8, True), rhex(rng, 10)),
                   bfn=lambda rng, t: '--_%s' % uuid4(rng),
                   hdrfn=lambda t, rng: [('X-Email-Type-Id', 'PPX000649'),
                                         ('PP-Correlation-Id', rhex(rng, 13)),
                                         ('X-XPT-XSL-Name', 'nodeTemplate'),
                                         ('X-Mailer', 'PayPal Email Engine')],
                   rp='bounce@paypal.co.uk')


def own_postfix(host, ip, zone, client_pc, client_ip, domain, mailer='outlook', lang='de', desc=None):
    """An organisation's own Postfix with an authenticated desktop client."""
    from infra import OutlookDesktopSMTP

    class Own(OutlookDesktopSMTP):
        pass
    o = Own(lang=lang)
    o.helo = o.rdns = host
    o.ip = ip
    o.date_zone = zone
    o.desc = desc or 'own Postfix of %s' % domain

    def hops(t, rcpt, rng, env_from):
        return [R('from %s (%s [%s])' % (client_pc, 'unknown', client_ip),
                  'by %s (Postfix) with ESMTPSA id %s' % (host, postfix_qid(rng)),
                  'for <%s>; %s' % (rcpt, rfc_date(t, zone, True)))]
    o.hops = hops
    if mailer == 'tb':
        o.msgid = lambda t, rng, frm: '<%s@%s>' % (uuid4(rng), domain)
        o.headers = lambda t, rng, frm, subject: [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang)]
        o.boundary = lambda rng, subtype, n: '------------' + ralnum(rng, 24)
        o.att = 'tb'
    return o


def app_mailer(host, ip, zone, domain, appname, desc, msgfmt='uuid', hops_extra=None):
    """An organisation's application server (ERP, newsletter, ticket) sending via own MTA."""
    def hop(t, rcpt, rng):
        return R('from %s (localhost [127.0.0.1])' % appname,
                 'by %s (Postfix) with ESMTP id %s' % (host, postfix_qid(rng)),
                 'for <%s>; %s' % (rcpt, rfc_date(t, zone, True)))
    if msgfmt == 'uuid':
        mid = lambda t, rng: '<%s@%s>' % (uuid4(rng), domain)
    else:
        mid = lambda t, rng: '<%s.%s@%s>' % (t.strftime('%Y%m%d%H%M%S'), rhex(rng, 10), host)
    return Generic(helo=host, rdns=host, ip=ip, date_zone=zone, hopfns=[hop], desc=desc, midfn=mid,
                   bfn=lambda rng, t: '=_%s' % rhex(rng, 24))
