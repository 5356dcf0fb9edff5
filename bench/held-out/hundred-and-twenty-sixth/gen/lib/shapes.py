"""Concrete sending systems (beyond Exchange Online / Gmail / Exchange on-prem in systems.py).

Each returns the complete header list for Mail.assemble().  `F` is a dict of the
message's own header values: from_, to, cc, reply_to, subject, msgid,
in_reply_to, references, date (UTC datetime), zone (for Date), extra (list).
"""
from . import util
from .systems import (TLS12, TLS13, TLS13_128, TLS13_ECDSA, deliver, msg_headers, r_exchange_mapi,
                      r_exchange_smtp, r_exim, r_exim_local, r_postfix)
from .util import rfcdate, sec


def _date(F, style='std'):
    return rfcdate(F['date'], F.get('zone', 'CET'), style)


def _std_msg(F, order, **more):
    kw = dict(from_=F['from_'], to=F['to'], cc=F.get('cc'), reply_to=F.get('reply_to'), subject=F['subject'],
              date=_date(F, F.get('date_style', 'std')), message_id=F['msgid'], in_reply_to=F.get('in_reply_to'),
              references=F.get('references'))
    kw.update(more)
    out = []
    for name in order:
        if name == '__EXTRA__':
            out += F.get('extra', [])
            continue
        key = {'From': 'from_', 'Reply-To': 'reply_to', 'Message-ID': 'message_id', 'Message-Id': 'message_id',
               'In-Reply-To': 'in_reply_to', 'CC': 'cc', 'Cc': 'cc', 'Date': 'date', 'Subject': 'subject',
               'To': 'to', 'References': 'references'}.get(name, name.lower().replace('-', '_'))
        if name == '__CT__':
            out.append(('__CT__', None))
        elif kw.get(key) is not None:
            out.append((name, kw[key]))
    return out


# --- Lieferant GmbH: Exchange 2016 on premises + Postfix relay + OpenDKIM -------------------------

def lieferant(m, t, rcpt, F, client_ip='192.168.20.57', has_attach=False, replies=0, mail_from=None):
    exch, exip = 'SRV-EX01.lieferant.local', '192.168.20.12'
    t0 = F['date']
    msgid = F['msgid']
    trace = [
        r_postfix('mail.lieferant-gmbh.de', exch, exch.lower(), exip, t0 + sec(2), m, rcpt=rcpt, tls=TLS12),
        r_exchange_smtp(exch, exip, exch, exip, t0 + sec(1)),
        r_exchange_mapi(exch, m, t0),
    ]
    msg = [('From', F['from_']), ('To', F['to'])]
    if F.get('cc'):
        msg.append(('CC', F['cc']))
    msg += [('Subject', F['subject']), ('Thread-Topic', F.get('topic', F['subject'])),
            ('Thread-Index', m.thread_index(t0, replies)), ('Date', rfcdate(t0, 'UTC')), ('Message-ID', msgid)]
    if F.get('references'):
        msg.append(('References', F['references']))
    if F.get('in_reply_to'):
        msg.append(('In-Reply-To', F['in_reply_to']))
    msg += [('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE'),
            ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('x-originating-ip', '[%s]' % client_ip), ('__CT__', None), ('MIME-Version', '1.0')]
    mf = mail_from or F['from_addr']
    return deliver(m, t0 + sec(3), rcpt, mf, ('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '203.0.113.25'),
                   'pass', ('pass', 'quarantine', 'none', 'lieferant-gmbh.de'),
                   dkims=[dict(d='lieferant-gmbh.de', s='ldkim2025', c='relaxed/simple', t=t0 + sec(2),
                               h='From:To:Subject:Date:Message-ID:References:In-Reply-To:Content-Type:MIME-Version' if F.get('references') else 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version')],
                   trace=trace, msg=msg, tls=TLS13)


# --- Namecheap Private Email (look-alike domains) ------------------------------------------------------

def privateemail(m, t, rcpt, F, client_ip, mta=('MTA-18-3.privateemail.com', 'mta-18-3.privateemail.com', '198.54.127.83'),
                 core='mta-18.privateemail.com', dmarc_p='none', iphone=True):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    trace = [
        ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s'
         % (core, core, util.postfix_qid(m.rng, t0 + sec(1)), rfcdate(t0 + sec(1), 'ET', 'postfix'))),
        ('Received', 'from smtpclient.apple (unknown [%s])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s'
         % (client_ip, core, util.postfix_qid(m.rng, t0), rfcdate(t0, 'ET', 'postfix'))),
    ]
    if iphone:
        msg = [('__CT__', None), ('From', F['from_']), ('Mime-Version', '1.0 (1.0)'), ('Subject', F['subject']),
               ('Date', _date(F)), ('Message-Id', F['msgid'])]
        if F.get('references'):
            msg.append(('References', F['references']))
        if F.get('in_reply_to'):
            msg.append(('In-Reply-To', F['in_reply_to']))
        if F.get('reply_to'):
            msg.append(('Reply-To', F['reply_to']))
        msg += [('To', F['to']), ('X-Mailer', F.get('x_mailer', 'iPhone Mail (23B85)'))]
    else:
        msg = _std_msg(F, ['Date', 'From', 'To', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', '__CT__'],
                       mime_version='1.0')
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], mta, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dom, s='default', t=t0 + sec(1), h='Date:From:To:Subject:Message-Id:Mime-Version:Content-Type')],
                   trace=trace, msg=msg, tls=TLS13)


# --- cPanel / Exim shared hosting with a PHP mailer (compromised web sites) -----------------------

def cpanel_phpmailer(m, t, rcpt, F, host, host_ip, site, user, xmailer='PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)',
                     dkim=True, dmarc_p='none', spf='pass', dmarc_res='pass', envelope=None, extra_after=None):
    t0 = F['date']
    env = envelope or F['from_addr']
    dom = F['from_addr'].rpartition('@')[2]
    trace = [r_exim_local(host, user, t0, m, rcpt, env)]
    msg = _std_msg(F, ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', '__EXTRA__', 'X-Mailer', 'MIME-Version', '__CT__'],
                   x_mailer=xmailer, mime_version='1.0')
    msg += [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
            ('X-AntiAbuse', 'Primary Hostname - %s' % host),
            ('X-AntiAbuse', 'Original Domain - example.com'),
            ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % ((m.rng.randrange(1001, 1400),) * 2)),
            ('X-AntiAbuse', 'Sender Address Domain - %s' % env.rpartition('@')[2]),
            ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s/from_h' % (host, user)),
            ('X-Authenticated-Sender', '%s: %s' % (host, env)),
            ('X-Source', ''), ('X-Source-Args', 'php-fpm: pool %s' % site.replace('.', '_')),
            ('X-Source-Dir', '%s:/public_html' % site)]
    dk = [dict(d=dom, s='default', t=t0 + sec(1), c='relaxed/relaxed',
               h='Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:Subject:\n\tReply-To:From:To:Date:Sender:Cc:Content-ID:Content-Description:Resent-Date:\n\tResent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:List-Id:\n\tList-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive')] if dkim else []
    return deliver(m, t0 + sec(2), rcpt, env, (host, host, host_ip), spf, (dmarc_res, dmarc_p, 'none', dom),
                   dkims=dk, trace=trace, msg=msg, tls=TLS13)


# --- Strato (mo*.smtp.rzone.de) ------------------------------------------------------------------------------

def strato(m, t, rcpt, F, client_ip, ox=True, dmarc_p='none'):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    rz = 'k%s' % util.alnum(m.rng, 13, 'abcdefghijklmnopqrstuvwxyz0123456789')
    edge = ('mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', '81.169.146.%d' % m.rng.choice([160, 161, 162, 163, 220, 221]))
    trace = [('Received', 'from %s\n\tby smtp.strato.de (RZmta 51.3.2 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate)\n\tfor <%s>;\n\t%s'
                          % ('[%s]' % client_ip if not ox else 'ox.strato.com', rz, rcpt, rfcdate(t0 + sec(1), 'CET')))]
    if ox:
        trace.append(('Received', 'from ox.strato.com by ox.strato.com (Open-Xchange Mailer) for <%s>;\n\t%s' % (rcpt, rfcdate(t0, 'CET'))))
    top = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n\td=strato.com; s=strato-dkim-0002;\n\tb=%s' % (util.unix(t0 + sec(1)), util.wrap_b64_value(util.b64rand(m.rng, 256), indent='\t '))),
           ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; t=%d;\n\ts=strato-dkim-0002; d=strato.com;\n\th=Subject:Message-ID:To:From:Date:Cc:Date:From:Subject:Sender;\n\tbh=%s;\n\tb=%s' % (util.unix(t0 + sec(1)), m.bh, util.wrap_b64_value(util.b64rand(m.rng, 256), indent='\t '))),
           ('ARC-Authentication-Results', 'i=1; strato.com;\n\tarc=none;\n\tdkim=none')]
    msg = _std_msg(F, ['Date', 'From', 'To', 'Message-ID', 'In-Reply-To', 'References', 'Subject', 'MIME-Version', '__CT__', 'X-Priority', 'Importance', '__EXTRA__', 'X-Mailer'],
                   mime_version='1.0', x_priority='3', importance='Normal',
                   x_mailer='Open-Xchange Mailer v8.27.55' if ox else None)
    msg += [('X-RZG-AUTH', ':P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QLpd5yl%s' % util.alnum(m.rng, 40)), ('X-RZG-CLASS-ID', 'mo00')]
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dom, s='strato-dkim-0002', t=t0 + sec(1), h='Subject:Message-ID:To:From:Date:Cc:Date:From:Subject:Sender')],
                   trace=trace, msg=msg, top=top, tls=TLS13)


# --- IONOS (mout.kundenserver.de) and GMX (mout.gmx.net) ------------------------------------------------

def ionos(m, t, rcpt, F, client_ip, client_name, gmx=False, dmarc_p='none', outlook=True, dkim_s='s1-ionos',
          dkim=True, dmarc=('pass', None)):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    if gmx:
        edge = ('mout.gmx.net', 'mout.gmx.net', '212.227.15.%d' % m.rng.choice([15, 18, 19]))
        by = 'mail.gmx.net (mrgmx%03d [212.227.17.%d])' % (m.rng.randrange(1, 110), m.rng.randrange(160, 190))
    else:
        edge = ('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.%d' % m.rng.choice([130, 131, 133, 134, 135, 187]))
        by = 'mrelayeu.kundenserver.de (mreue%03d [213.165.67.%d])' % (m.rng.randrange(1, 120), m.rng.randrange(97, 124))
    nid = '1M%s-1%s' % (util.alnum(m.rng, 8), util.alnum(m.rng, 14))
    trace = [('Received', 'from %s ([%s]) by %s with ESMTPSA (Nemesis) id %s; %s'
              % (client_name, client_ip, by, nid, rfcdate(t0 + sec(1), 'CET')))]
    if outlook == 'gmxweb':
        msg = _std_msg(F, ['MIME-Version', 'Message-ID', 'From', 'To', 'CC', 'Subject', '__CT__', 'Date', 'Importance', 'Sensitivity', 'X-Priority', '__EXTRA__'],
                       mime_version='1.0', importance='normal', sensitivity='Normal', x_priority='3')
    elif outlook:
        msg = _std_msg(F, ['From', 'To', 'CC', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__',
                           'X-Mailer', 'Thread-Index', 'Content-Language', '__EXTRA__'],
                       mime_version='1.0', x_mailer='Microsoft Outlook 16.0', thread_index=m.thread_index(t0, F.get('replies', 0)),
                       content_language=F.get('content_language', 'de'))
    else:
        msg = _std_msg(F, ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'To', 'CC', 'References', 'In-Reply-To', 'From', 'Reply-To', 'Content-Language', '__CT__', '__EXTRA__'],
                       mime_version='1.0', user_agent=F.get('ua', 'Mozilla Thunderbird'), content_language=F.get('content_language', 'de-DE'))
    msg += [('X-Provags-ID', 'V03:K1:%s' % util.alnum(m.rng, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
            ('UI-OutboundReport' if not gmx else 'X-UI-Out-Filterresults', 'notjunk:1;M01:P0:%s=;%s' % (util.alnum(m.rng, 11), util.alnum(m.rng, 90, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))]
    dk = []
    if dkim:
        dk = [dict(d=dom if not gmx else 'gmx.de', s=dkim_s if not gmx else 's1089575', t=t0 + sec(1),
                   h='x-ui-sender-class:from:to:subject:date:message-id:mime-version:content-type' if gmx else 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', i=('@gmx.de' if gmx else None),
                   extra='' if not gmx else '')]
    dres, ddom = dmarc
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', (dres, dmarc_p, 'none', ddom or dom),
                   dkims=dk, trace=trace, msg=msg, tls=TLS13)


# --- bulk senders -----------------------------------------------------------------------------------------

def brevo(m, t, rcpt, F, dkim_domain, bounce_domain=None, dmarc_p='none', list_unsub=True):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    o = m.rng.randrange(2, 250)
    edge = ('m%d.mail-out.brevo.com' % o, 'm%d.mail-out.brevo.com' % o, '77.32.148.%d' % o)
    eid = util.alnum(m.rng, 40, 'abcdefghijklmnopqrstuvwxyz0123456789')
    bounce = bounce_domain or ('bounces-%s@%s' % (util.alnum(m.rng, 6, '0123456789'), 'sib.' + dom) if False else 'bounces+%s@bo.%s' % (util.alnum(m.rng, 12, '0123456789abcdef'), dom))
    mid = '<%s.%d@smtp-relay.mailin.fr>' % (util.localtime(t0, 'UTC').strftime('%Y%m%d%H%M%S'), m.rng.randrange(10 ** 10, 10 ** 11))
    F = dict(F, msgid=F.get('msgid') or mid)
    trace = [('Received', 'from [127.0.0.1] by mr1.sendinblue.com with SMTP id %s;\n\t%s' % (util.alnum(m.rng, 24, '0123456789abcdef'), rfcdate(t0, 'UTC')))]
    msg = _std_msg(F, ['MIME-Version', 'X-Mailer', 'Origin-messageId', 'Date', 'Subject', 'From', 'Reply-To', 'To', 'Message-Id', '__CT__',
                       'List-Unsubscribe', 'List-Unsubscribe-Post', 'X-sib-id', 'X-CSA-Complaints', 'Feedback-ID', 'X-Mailin-EID', '__EXTRA__'],
                   mime_version='1.0', x_mailer='Brevo', origin_messageid=mid,
                   list_unsubscribe='<https://r.brevo.com/unsub?e=%s>, <mailto:unsubscribe@brevo.com?subject=unsub-%s>' % (eid, eid) if list_unsub else None,
                   list_unsubscribe_post='List-Unsubscribe=One-Click' if list_unsub else None,
                   x_sib_id=util.alnum(m.rng, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'),
                   x_csa_complaints='csa-complaints@eco.de',
                   feedback_id='77.32.148.%d:%d_-1:%d:Brevo' % (o, m.rng.randrange(1000, 99999), m.rng.randrange(1000, 99999)),
                   x_mailin_eid=eid)
    return deliver(m, t0 + sec(2), rcpt, bounce, edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dkim_domain, s='brevo1', t=t0, h='Content-Type:List-Unsubscribe-Post:List-Unsubscribe:\n\tMessage-Id:To:Reply-To:From:Subject:Date:MIME-Version'),
                          dict(d='sendinblue.com', s='mail', t=t0, h='from:to:subject:date:message-id', bits=1024)],
                   trace=trace, msg=msg, tls=TLS13), F['msgid']


SES_REGION = {'eu-west-1': ('54.240.7.%d', 'a7-%d.smtp-out.eu-west-1.amazonses.com', 'uku4taia5b5tsbglxyj6zym32efj7xqv'),
              'eu-central-1': ('69.169.224.%d', 'e224-%d.smtp-out.eu-central-1.amazonses.com', 'sokbgaaqhfgd6qjht2wmdajpuuanpimv'),
              'us-east-1': ('54.240.48.%d', 'a48-%d.smtp-out.amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')}


def ses(m, t, rcpt, F, region='eu-west-1', dkim_domain=None, mail_from_domain=None, dmarc_p='none', dkim_sel=None,
        ses_msgid=True, extra_msg=None, spf='pass', dmarc_res='pass'):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    ipf, hostf, ses_sel = SES_REGION[region]
    o = m.rng.randrange(1, 120)
    edge = (hostf % o, hostf % o, ipf % o)
    sid = '0102%012x-%s-%s-%s-%s-%s-000000' % (util.unix(t0) * 1000 + m.rng.randrange(1000), m.hex(8), m.hex(4), m.hex(4), m.hex(4), m.hex(12))
    if ses_msgid:
        F = dict(F, msgid='<%s@%s.amazonses.com>' % (sid, region))
    mf = 'bounce@%s' % mail_from_domain if mail_from_domain else '%s@%s.amazonses.com' % (sid, region)
    if mail_from_domain:
        mf = '%s@%s' % (sid, mail_from_domain)
    msg = _std_msg(F, ['From', 'Reply-To', 'To', 'Subject', 'MIME-Version', '__CT__', 'Message-ID', 'Date', '__EXTRA__'],
                   mime_version='1.0')
    msg += [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, util.alnum(m.rng, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))),
            ('X-SES-Outgoing', '%s-%s' % (util.localtime(t0, 'UTC').strftime('%Y.%m.%d'), edge[2]))]
    if extra_msg:
        msg += extra_msg
    dk = []
    if dkim_domain:
        dk.append(dict(d=dkim_domain, s=dkim_sel or util.alnum(m.rng, 32, 'abcdefghijklmnopqrstuvwxyz234567'), t=t0,
                       h='Content-Type:From:To:Subject:MIME-Version:Message-ID:Date', c='simple/simple', bits=1024 if False else 2048))
    dk.append(dict(d='amazonses.com', s=ses_sel, t=t0, c='simple/simple', bits=1024,
                   h='Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:Feedback-ID'))
    return deliver(m, t0 + sec(1), rcpt, mf, edge, spf, (dmarc_res, dmarc_p, 'none', dom), dkims=dk, msg=msg, tls=TLS12), F['msgid']


def mailgun(m, t, rcpt, F, mg_domain, dkim_domain, dmarc_p='none', dkim_s='mx'):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    o = m.rng.randrange(2, 250)
    sub = m.rng.choice(['228', '229', '230'])
    edge = ('m%s-%d.mailgun.net' % (sub, o), 'm%s-%d.mailgun.net' % (sub, o), '159.135.%s.%d' % (sub, o))
    mid = '<%s.%s@%s>' % (util.localtime(t0, 'UTC').strftime('%Y%m%d%H%M%S'), m.hex(16), mg_domain)
    F = dict(F, msgid=F.get('msgid') or mid)
    sid = 'WyI%s' % util.alnum(m.rng, 40)
    trace = [('Received', 'by %s with HTTP id %s; %s' % ('mxa.mailgun.org' if sub == '228' else 'mxb.mailgun.org', m.hex(24), rfcdate(t0, 'UTC')))]
    top = [('X-Mailgun-Sid', sid)]
    msg = _std_msg(F, ['Sender', 'Date', 'Mime-Version', 'X-Mailgun-Track', 'X-Mailgun-Track-Clicks', 'From', 'To', 'Reply-To', 'Subject',
                       'Message-Id', '__CT__', '__EXTRA__'],
                   sender='postmaster@%s' % mg_domain, mime_version='1.0', x_mailgun_track='yes', x_mailgun_track_clicks='yes')
    mf = 'bounce+%s.%s-%s=example.com@%s' % (m.hex(6), m.hex(6), rcpt.split('@')[0], mg_domain)
    return deliver(m, t0 + sec(1), rcpt, mf, edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dkim_domain, s=dkim_s, t=t0, h='Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: To: To: From: From:\n\tReply-To: Date: Message-Id: Sender: Sender')],
                   top=top, trace=trace, msg=msg, tls=TLS12, spf_domain=mg_domain), F['msgid']


def sendgrid(m, t, rcpt, F, em_domain, dkim_domain, dmarc_p='none'):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    name = util.alnum(m.rng, 8, 'abcdefghijklmnopqrstuvwxyz')
    o = m.rng.randrange(2, 250)
    edge = ('%s.outbound-mail.sendgrid.net' % name, '%s.outbound-mail.sendgrid.net' % name, '149.72.%d.%d' % (m.rng.randrange(100, 250), o))
    uid = m.rng.randrange(10000000, 59999999)
    fid = 'filterdrecv-%s-%s' % (m.hex(9), util.alnum(m.rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    gp = 'geopod-ismtpd-%d' % m.rng.randrange(1, 60)
    lt0 = util.localtime(t0, 'UTC')
    trace = [('Received', 'by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%09d'
              % (fid, fid, m.hex(8, True), m.rng.randrange(1, 40), util.localtime(t0 + sec(1), 'UTC').strftime('%Y-%m-%d %H:%M:%S'),
                 m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(100000, 4000000), m.rng.randrange(10 ** 8, 10 ** 9))),
             ('Received', 'from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)'
              % ('[10.%d.%d.%d]' % (m.rng.randrange(1, 250), m.rng.randrange(1, 250), m.rng.randrange(1, 250)), gp, util.alnum(m.rng, 22),
                 lt0.strftime('%a, %d %b %Y %H:%M:%S'), m.rng.randrange(1000)))]
    msg = _std_msg(F, ['Date', 'From', 'Reply-To', 'Mime-Version', 'Message-ID', 'Subject', 'X-SG-EID', 'X-SG-ID', 'To', 'X-Entity-ID', '__CT__', '__EXTRA__'],
                   mime_version='1.0', x_sg_eid='\n\t' + util.wrap_b64_value(util.b64rand(m.rng, 96), indent='\t'),
                   x_sg_id='\n\t' + util.wrap_b64_value(util.b64rand(m.rng, 60), indent='\t'),
                   x_entity_id='u001.%s' % util.alnum(m.rng, 20) + '==')
    mf = 'bounces+%d-%s-%s=example.com@%s' % (uid, m.hex(4), rcpt.split('@')[0], em_domain)
    return deliver(m, t0 + sec(2), rcpt, mf, edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dkim_domain, s='s1', t=t0, h='content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to', order='std'),
                          dict(d='sendgrid.info', s='smtpapi', t=t0, h='content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to', bits=1024)],
                   trace=trace, msg=msg, tls=TLS12, spf_domain=em_domain)


def mailchimp(m, t, rcpt, F, dkim_domain, cid, user, list_id, account='us21', dmarc_p='none', mc_from_domain=None):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    o = m.rng.randrange(10, 250)
    pool = m.rng.choice(['suw121', 'atl131', 'sea91', 'suw15'])
    host = 'mail%d.%s.mcdlv.net' % (o, pool)
    edge = (host, host, '198.2.%d.%d' % (m.rng.choice([136, 139, 145, 180]), o))
    eid = m.hex(10)
    mid = '<%s.%s@%s>' % (m.hex(20), m.hex(12), host)
    mid = '<%s.%d%s@mcdlv.net>' % (m.hex(20), m.rng.randrange(10 ** 6, 10 ** 7), m.hex(4))
    F = dict(F, msgid=mid)
    rcpt_enc = rcpt.replace('@', '=')
    mf = 'bounce-mc.%s_%s.%s-%s@%s' % (account, user, m.rng.randrange(10 ** 6, 10 ** 7), rcpt_enc, host)
    msg = _std_msg(F, ['Subject', 'From', 'Reply-To', 'To', 'Date', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'Message-ID', 'X-Mailer', 'X-Campaign',
                       'X-campaignid', 'X-Report-Abuse', 'X-MC-User', 'Feedback-ID', 'X-Accounttype', 'List-Id', 'X-Mc-Dt', 'MIME-Version', '__CT__', '__EXTRA__'],
                   list_unsubscribe='<https://%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
                   % (dom.split('.')[0], user, list_id, eid, cid, account, user, cid, rcpt_enc),
                   list_unsubscribe_post='List-Unsubscribe=One-Click', x_mailer='MailChimp Mailer - **CID%s**' % cid,
                   x_campaign='mailchimp%s.%s' % (user, cid), x_campaignid='mailchimp%s.%s' % (user, cid),
                   x_report_abuse='Please report abuse for this campaign here:\n\thttps://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (user, cid, eid),
                   x_mc_user=user, feedback_id='%d:%d.%d:%s:mc' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 6, 10 ** 7), account),
                   x_accounttype='pd', list_id='%s <%s.%s.list-id.mcsv.net>' % (F.get('list_name', 'Newsletter'), user, list_id),
                   x_mc_dt='%d' % (util.unix(t0) - 3600), mime_version='1.0')
    return deliver(m, t0 + sec(2), rcpt, mf, edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dkim_domain, s='k2', t=t0, h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\tList-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From',
                               i='@' + dkim_domain, bits=1024),
                          dict(d='mcdlv.net', s='k1', t=t0, h='Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\tList-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From', bits=1024)],
                   msg=msg, tls=TLS13, spf_domain=host)


# --- generic own Postfix server (VPS, small business) -----------------------------------------------------------

def postfix_server(m, t, rcpt, F, host, ip, client=None, client_ip=None, auth=True, dkim=None, dmarc=None,
                   spf='pass', order=None, helo=None, tls_in=TLS13, tls_sub=TLS13_128, extra_trace=None, mail_from=None,
                   zone='CET', ua_msg=None, top=None):
    """client -> host (Postfix, submission) -> mx01.  dkim: (d, s) or None; dmarc: tuple for mx01."""
    t0 = F['date']
    trace = []
    if extra_trace:
        trace += extra_trace
    if client:
        trace.insert(0, r_postfix(host, client, None, client_ip, t0 + sec(1), m, rcpt=rcpt, auth=auth, tls=tls_sub, zone=zone))
    order = order or ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'MIME-Version', '__CT__', '__EXTRA__']
    msg = ua_msg if ua_msg is not None else _std_msg(F, order, mime_version='1.0')
    dk = []
    if dkim:
        dk = [dict(d=dkim[0], s=dkim[1], t=t0 + sec(1), c=dkim[2] if len(dkim) > 2 else 'relaxed/simple',
                   h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')]
    return deliver(m, t0 + sec(3), rcpt, mail_from or F['from_addr'], (helo or host, host, ip), spf, dmarc,
                   dkims=dk, trace=trace, msg=msg, tls=tls_in, top=top or ())


# --- DocuSign (EU) ------------------------------------------------------------------------------------------

def docusign(m, t, rcpt, F, envelope_host='eu.docusign.net'):
    t0 = F['date']
    o = m.rng.randrange(20, 40)
    edge = ('mailgw%d.eu.docusign.net' % (o % 4 + 1), 'mailgw%d.eu.docusign.net' % (o % 4 + 1), '185.81.100.%d' % o)
    trace = [('Received', 'from docusign.net (unknown [10.200.%d.%d])\n\tby mailgw%d.eu.docusign.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
              % (m.rng.randrange(1, 250), m.rng.randrange(1, 250), o % 4 + 1, util.postfix_qid(m.rng, t0), rcpt, rfcdate(t0, 'UTC', 'postfix')))]
    msg = _std_msg(F, ['MIME-Version', 'Reply-To', 'From', 'To', 'Date', 'Subject', 'Message-ID', 'X-Api-Host', 'X-Mailer', '__EXTRA__', '__CT__'],
                   mime_version='1.0', x_api_host=envelope_host, x_mailer='DocuSign Email Service')
    return deliver(m, t0 + sec(2), rcpt, 'bounces@eumail.docusign.net', edge, 'pass', ('pass', 'reject', 'none', 'eumail.docusign.net'),
                   dkims=[dict(d='eumail.docusign.net', s='mail', t=t0, h='Reply-To:From:To:Date:Subject:Message-ID:MIME-Version:Content-Type')],
                   trace=trace, msg=msg, tls=TLS12)


def icloud(m, t, rcpt, F, client_ip=None):
    t0 = F['date']
    n = m.rng.randrange(1000, 9999)
    host = 'qs51p00im-qukt0107%s.me.com' % n
    edge = (host, host, '17.57.155.%d' % m.rng.randrange(10, 40))
    trace = [('Received', 'from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
              % (host, m.hex(12, True), rfcdate(t0, 'UTC', 'postfix')))]
    msg = [('__CT__', None), ('From', F['from_']), ('Mime-Version', '1.0 (1.0)'), ('Date', _date(F)), ('Subject', F['subject']),
           ('Message-Id', F['msgid'])]
    if F.get('references'):
        msg.append(('References', F['references']))
    if F.get('in_reply_to'):
        msg.append(('In-Reply-To', F['in_reply_to']))
    msg += [('To', F['to']), ('X-Mailer', F.get('x_mailer', 'iPhone Mail (23B85)')),
            ('X-Proofpoint-ORIG-GUID', util.alnum(m.rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
            ('X-Proofpoint-GUID', util.alnum(m.rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
            ('X-Proofpoint-Virus-Version', 'vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1143,Hydra:6.0.736,FMLib:17.12.80.40\n definitions=%s_05,%s_01,%s_01 signatures=0'
             % ((util.localtime(t0, 'UTC').strftime('%Y-%m-%d'),) * 3)),
            ('X-Proofpoint-Spam-Details', 'rule=notspam policy=default score=0 suspectscore=0 mlxscore=0 spamscore=0\n adultscore=0 phishscore=0 bulkscore=0 clxscore=1015 malwarescore=0 mlxlogscore=%d\n classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2308100000\n definitions=main-%s'
             % (m.rng.randrange(300, 999), util.localtime(t0, 'UTC').strftime('%y%m%d') + '0091'))]
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', 'quarantine', 'none', 'icloud.com'),
                   dkims=[dict(d='icloud.com', s='1a1hai', t=t0, h='Content-Type:From:Mime-Version:Date:Subject:Message-Id:To')],
                   trace=trace, msg=msg, tls=TLS13)


# --- Aruba (Italy) -------------------------------------------------------------------------------------------

def aruba(m, t, rcpt, F, client_ip, helo=None, ua=None, dmarc_p='none'):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    n = m.rng.choice(['19-1', '19-2', '20-1', '20-2'])
    ip = {'19-1': '62.149.155.148', '19-2': '62.149.155.149', '20-1': '62.149.155.165', '20-2': '62.149.155.166'}[n]
    edge = ('smtpdh%s.aruba.it' % n, 'smtpdh%s.aruba.it' % n, ip)
    trace = [('Received', 'from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s' % (helo or '[%s]' % client_ip, client_ip, util.alnum(m.rng, 14), rfcdate(t0 + sec(1), 'CET')))]
    if ua:
        msg = _std_msg(F, ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'To', 'CC', 'References', 'In-Reply-To', 'From', 'Content-Language', '__CT__', '__EXTRA__'],
                       mime_version='1.0', user_agent=ua, content_language='it')
    else:
        msg = _std_msg(F, ['From', 'To', 'CC', 'Subject', 'Date', 'Message-ID', 'References', 'In-Reply-To', 'MIME-Version', '__CT__', '__EXTRA__'], mime_version='1.0')
    msg += [('X-CMAE-Envelope', 'MS4xfG%s' % util.alnum(m.rng, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))]
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dom, s='a1', t=t0 + sec(1), h='Message-ID:Date:MIME-Version:Subject:To:From:Content-Type')],
                   trace=trace, msg=msg, tls=TLS12)


# --- Zoho Mail (EU) -------------------------------------------------------------------------------------------

def zoho(m, t, rcpt, F, dmarc_p='none'):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    o = m.rng.randrange(10, 60)
    edge = ('sender4-op-o%d.zoho.eu' % o, 'sender4-op-o%d.zoho.eu' % o, '136.143.169.%d' % o)
    ts = util.unix(t0)
    top = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n\td=zohomail.eu; s=zohoarc;\n\tb=%s' % (ts, util.wrap_b64_value(util.b64rand(m.rng, 256), indent='\t '))),
           ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc;\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To;\n\tbh=%s;\n\tb=%s' % (ts, m.bh, util.wrap_b64_value(util.b64rand(m.rng, 256), indent='\t '))),
           ('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>' % (dom, F['from_addr'], F['from_addr']))]
    trace = [('Received', 'by mx.zoho.eu with SMTPS id %d%d.%d; %s' % (ts, m.rng.randrange(100, 999), m.rng.randrange(10 ** 8, 10 ** 9), rfcdate(t0, 'CET', 'std').replace('+0100', '-0800').replace('+0200', '-0700') if False else rfcdate(t0, 'PT', 'std')))]
    msg = _std_msg(F, ['Date', 'From', 'Reply-To', 'To', 'Message-Id', 'In-Reply-To', 'Subject', 'MIME-Version', '__CT__', 'Importance', 'User-Agent', '__EXTRA__'],
                   mime_version='1.0', importance='Medium', user_agent='Zoho Mail')
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dom, s='zmail', t=t0, h='Date:Date:From:From:Reply-To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To', i=F['from_addr'])],
                   top=top, trace=trace, msg=msg, tls=TLS13)


# --- OVH (mail-out.ovh.net) ---------------------------------------------------------------------------------

def ovh(m, t, rcpt, F, client_ip, dmarc_p='none', outlook=True):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    mo = m.rng.choice([582, 578, 561, 529])
    n = m.rng.randrange(1, 12)
    edge = ('%d.mo%d.mail-out.ovh.net' % (n, mo), '%d.mo%d.mail-out.ovh.net' % (n, mo), '46.105.%d.%d' % (m.rng.randrange(40, 80), m.rng.randrange(10, 250)))
    gs = 'ghost-submission-%s-%s' % (m.hex(10), util.alnum(m.rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    trace = [
        ('Received', 'from director%d.ghost.mail-out.ovh.net (unknown [10.108.%d.%d])\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
         % (m.rng.randrange(1, 9), m.rng.randrange(1, 30), m.rng.randrange(2, 250), mo, util.postfix_qid(m.rng, t0 + sec(1)), rcpt, rfcdate(t0 + sec(1), 'UTC', 'postfix'))),
        ('Received', 'from %s (unknown [10.110.%d.%d])\n\tby director%d.ghost.mail-out.ovh.net (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (gs, m.rng.randrange(1, 250), m.rng.randrange(1, 250), m.rng.randrange(1, 9), util.postfix_qid(m.rng, t0), rcpt, rfcdate(t0, 'UTC', 'postfix'))),
        ('Received', 'from ovh.net ([%s])\n\tby %s with ESMTPSA\n\tid %s\n\t(envelope-from <%s>); %s'
         % (client_ip, gs, util.guid(m.rng), F['from_addr'], rfcdate(t0, 'UTC'))),
        ('Authentication-Results', 'garm.ovh; auth=pass (GARM-%d%s%03d%s, %s)\n\tsmtp.auth=%s' % (m.rng.randrange(95, 115), m.rng.choice(['R', 'S', 'G']), m.rng.randrange(1, 999), util.guid(m.rng), m.rng.choice(['E3C1', '7A44', '21D0']), F['from_addr'])),
        ('X-OVh-ClientIp', client_ip),
    ]
    if outlook:
        msg = _std_msg(F, ['From', 'To', 'CC', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__',
                           'X-Mailer', 'Thread-Index', 'Content-Language', '__EXTRA__'],
                       mime_version='1.0', x_mailer='Microsoft Outlook 16.0', thread_index=m.thread_index(t0, F.get('replies', 0)),
                       content_language=F.get('content_language', 'pl'))
    else:
        msg = _std_msg(F, ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__', '__EXTRA__'], mime_version='1.0')
    msg += [('X-Ovh-Tracer-Id', '%d' % m.rng.randrange(10 ** 18, 10 ** 19)), ('X-VR-SPAMSTATE', 'OK'), ('X-VR-SPAMSCORE', '-100'),
            ('X-VR-SPAMCAUSE', 'gggruggvucftvghtrhhoucdtuddrgeeftddr%s' % util.alnum(m.rng, 90, 'abcdefghijklmnopqrstuvwxyz'))]
    sel = 'ovhmo%d-selector1' % m.rng.randrange(1000000, 9999999)
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dom, s=sel, t=t0 + sec(1), h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
                   trace=trace, msg=msg, tls=TLS13)


# --- Interia (Polish free mail, webmail) ---------------------------------------------------------------------

def interia(m, t, rcpt, F, client_ip):
    t0 = F['date']
    o = m.rng.randrange(40, 70)
    edge = ('smtpo%d.poczta.interia.pl' % o, 'smtpo%d.poczta.interia.pl' % o, '217.74.67.%d' % o)
    trace = [('Received', 'from poczta.interia.pl (mi-ps%d [10.128.%d.%d])\n\tby smtpo%d.poczta.interia.pl (INTERIA.PL) with ESMTP id %s\n\tfor <%s>; %s'
              % (m.rng.randrange(1, 9), m.rng.randrange(1, 20), m.rng.randrange(2, 250), o, util.alnum(m.rng, 12), rcpt, rfcdate(t0 + sec(1), 'CET')))]
    msg = _std_msg(F, ['Date', 'From', 'Subject', 'To', 'X-Mailer', 'X-Originating-IP', 'Message-ID', 'MIME-Version', '__CT__', '__EXTRA__'],
                   x_mailer='interia.pl/pf09', x_originating_ip=client_ip, mime_version='1.0')
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', 'none', 'none', 'interia.pl'),
                   dkims=[dict(d='interia.pl', s='biztos', t=t0 + sec(1), h='Date:From:Subject:To:Message-ID:MIME-Version:Content-Type', bits=1024)],
                   trace=trace, msg=msg, tls=TLS13)


def adobesign(m, t, rcpt, F):
    """Adobe Acrobat Sign EU notifications (modelled as sent through Amazon SES eu-central-1)."""
    F = dict(F)
    F['extra'] = F.get('extra', []) + [('X-Mailer', 'Adobe Acrobat Sign')]
    return ses(m, t, rcpt, F, 'eu-central-1', dkim_domain='adobesign.com', mail_from_domain='mail.adobesign.com',
               dmarc_p='reject', dkim_sel='adbsgn1')


def canva(m, t, rcpt, F):
    F = dict(F)
    return ses(m, t, rcpt, F, 'us-east-1', dkim_domain='canva.com', mail_from_domain='mail.canva.com', dmarc_p='reject',
               dkim_sel='cnv2048')


# --- Mail.ru web mail ------------------------------------------------------------------------------------------

def mailru(m, t, rcpt, F, client_ip):
    t0 = F['date']
    f = 'f%d.i.mail.ru' % m.rng.randrange(100, 800)
    edge = (f, f, '217.69.128.%d' % m.rng.randrange(10, 250))
    trace = [('Received', 'by %s with local (envelope-from <%s>)\n\tid 1v%s-%s-%s\n\tfor %s; %s'
              % (f, F['from_addr'], util.alnum(m.rng, 4), util.alnum(m.rng, 6), util.alnum(m.rng, 2), rcpt, rfcdate(t0 + sec(1), 'MSK'))),
             ('Received', 'by e.mail.ru with HTTP;\n\t%s' % rfcdate(t0, 'MSK'))]
    msg = _std_msg(F, ['From', 'To', 'Subject', 'MIME-Version', 'X-Mailer', 'Date', 'Reply-To', 'X-Letter-Fingerprint', 'X-Originating-IP',
                       'Message-ID', '__CT__', '__EXTRA__'],
                   mime_version='1.0', x_mailer='Mail.Ru Mailer 1.0', x_letter_fingerprint=util.alnum(m.rng, 32),
                   x_originating_ip='[%s]' % client_ip)
    msg += [('X-7564579A', m.hex(16, True)), ('X-77F55803', '4F1203BC0FB41BD9' + m.hex(48, True)),
            ('X-Mailru-Sender', m.hex(64, True)), ('X-Mras', 'Ok')]
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', 'reject', 'none', 'mail.ru'),
                   dkims=[dict(d='mail.ru', s='mail4', t=t0 + sec(1), h='Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:\n\tContent-Type:Content-Transfer-Encoding:To:Cc:Reply-To:Date:Message-ID:In-Reply-To:References')],
                   trace=trace, msg=msg, tls=TLS13)


# --- Yandex (yandex.ru free mail and Yandex 360 for business) ---------------------------------------------------

def yandex(m, t, rcpt, F, client_ip, web=True, dkim_domain=None, dmarc_p='none', ua=None):
    t0 = F['date']
    dom = F['from_addr'].rpartition('@')[2]
    fw = 'forward%d%s.mail.yandex.net' % (m.rng.choice([100, 101, 200, 500, 501]), m.rng.choice('ab'))
    edge = (fw, fw, '178.154.239.%d' % m.rng.randrange(70, 220))
    dc = m.rng.choice(['vla', 'sas', 'myt'])
    nw = 'mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (m.rng.randrange(10, 99), dc)
    trace = [('Received', 'from %s (%s [IPv6:2a02:6b8:c%02x:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s'
              % (nw, nw, m.rng.randrange(0, 255), m.rng.randrange(0x100, 0xfff), m.rng.randrange(0x1000, 0xffff), fw, m.hex(10, True), rfcdate(t0 + sec(1), 'MSK', 'postfix'))),
             ('Received', 'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (nw, util.alnum(m.rng, 12), util.alnum(m.rng, 8), rfcdate(t0 + sec(1), 'MSK')))]
    top = [('X-Yandex-Fwd', '1')]
    if web:
        trace.append(('Received', 'from %s ([%s]) by mail-%s%d-%s.%s.yp-c.yandex.net with HTTP;\n\t%s'
                      % ('[%s]' % client_ip, client_ip, dc, m.rng.randrange(1, 9), m.hex(12), dc, rfcdate(t0, 'MSK'))))
        msg = _std_msg(F, ['From', 'To', 'CC', 'Reply-To', 'Subject', 'MIME-Version', 'X-Mailer', 'Date', 'Message-Id', 'In-Reply-To', 'References', '__CT__', '__EXTRA__'],
                       mime_version='1.0', x_mailer='Yamail [ http://yandex.ru ] 5.0')
    else:
        msg = _std_msg(F, ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'To', 'CC', 'References', 'In-Reply-To', 'From', 'Content-Language', '__CT__', '__EXTRA__'],
                       mime_version='1.0', user_agent=ua or 'Mozilla Thunderbird', content_language='ru')
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], edge, 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dkim_domain or dom, s='mail', t=t0 + sec(1), h='From:Subject:Date:Message-ID:To', bits=1024 if dom == 'yandex.ru' else 2048)],
                   trace=trace, msg=msg, tls=TLS13, top=top)


def ariba(m, t, rcpt, F):
    t0 = F['date']
    o = m.rng.randrange(104, 111)
    edge = ('smtp%d.ansmtp.ariba.com' % (o - 103), 'smtp%d.ansmtp.ariba.com' % (o - 103), '216.109.%d.%d' % (o, m.rng.randrange(10, 250)))
    trace = [('Received', 'from sourcing-app%02d.ariba.com (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
              % (m.rng.randrange(1, 40), m.rng.randrange(1, 250), m.rng.randrange(1, 250), m.rng.randrange(1, 250), edge[0], util.postfix_qid(m.rng, t0), rcpt, rfcdate(t0, 'PT', 'postfix')))]
    msg = _std_msg(F, ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__', 'X-Ariba-Event', '__EXTRA__'],
                   mime_version='1.0', x_ariba_event=F.get('event'))
    return deliver(m, t0 + sec(2), rcpt, 'no-reply@ansmtp.ariba.com', edge, 'pass', ('pass', 'reject', 'none', 'ansmtp.ariba.com'),
                   dkims=[dict(d='ansmtp.ariba.com', s='ariba2048', t=t0, h='Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type')],
                   trace=trace, msg=msg, tls=TLS12)


def corporate_mta(m, t, rcpt, F, edge, dkim_d, dkim_s, dmarc_p, inner_host, zone='CET', order=None, mail_from=None, spf='pass'):
    """A large organisation's own outbound gateway (DHL, authorities, banks, Kontur ...)."""
    t0 = F['date']
    trace = [('Received', 'from %s (unknown [10.%d.%d.%d])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s'
              % (inner_host, m.rng.randrange(1, 250), m.rng.randrange(1, 250), m.rng.randrange(1, 250), edge[0], util.alnum(m.rng, 14),
                 rcpt, rfcdate(t0, zone)))]
    msg = _std_msg(F, order or ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', '__CT__', '__EXTRA__'], mime_version='1.0')
    dom = F['from_addr'].rpartition('@')[2]
    return deliver(m, t0 + sec(2), rcpt, mail_from or F['from_addr'], edge, spf, ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dkim_d, s=dkim_s, t=t0, h='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type')] if dkim_d else [],
                   trace=trace, msg=msg, tls=TLS12)


def outlook_smtp_msg(m, F, lang):
    """Header block Outlook 2016+/2021 writes when sending via SMTP (non-Exchange)."""
    return _std_msg(F, ['From', 'To', 'CC', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__',
                        'X-Mailer', 'Thread-Index', 'Content-Language', '__EXTRA__'],
                    mime_version='1.0', x_mailer='Microsoft Outlook 16.0', thread_index=m.thread_index(F['date'], F.get('replies', 0)),
                    content_language=lang)


def hosted_postfix(m, t, rcpt, F, host, ip, client_name, client_ip, dkim_d, dkim_s, dmarc_p='none', lang='pl', zone='CET', msg=None):
    """Shared-hosting mail server (home.pl, nazwa.pl, Plesk ...) with an Outlook client submitting via SMTP AUTH."""
    t0 = F['date']
    trace = [('Received', 'from %s (unknown [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n'
              '\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
              % (client_name, client_ip, F['from_addr'], host, util.postfix_qid(m.rng, t0 + sec(1)), rfcdate(t0 + sec(1), zone, 'postfix')))]
    msg = msg if msg is not None else outlook_smtp_msg(m, F, lang)
    dom = F['from_addr'].rpartition('@')[2]
    return deliver(m, t0 + sec(2), rcpt, F['from_addr'], (host, host, ip), 'pass', ('pass', dmarc_p, 'none', dom),
                   dkims=[dict(d=dkim_d, s=dkim_s, t=t0 + sec(1), h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')] if dkim_d else [],
                   trace=trace, msg=msg, tls=TLS13)
