"""Platform senders (DocuSign, Adobe Sign, PayPal, Google notifications,
Cisco ESA-fronted organisations, GOV.UK Notify, SharePoint) built on the generic
relay in systems.py."""
from .core import rfcdate, plus, epoch, guid, hexs, alnum, rand_b64
from . import systems as S


def docusign(m, sender_name, envelope_guid):
    r = m.rng
    if not m.msgid:
        m.msgid = '<%s@eu.docusign.net>' % guid(r)
    t = m.t
    inner = [('Received', 'from EUFR1WSMTP%02d (10.40.%d.%d) by smtpfr0%d.eu.docusign.net with Microsoft SMTP Server '
              'id 15.2.1544.9; %s' % (r.randint(1, 9), r.randint(10, 60), r.randint(2, 250), r.randint(1, 4), rfcdate(t, 'UTC')))]
    d = S.enc_fields(m, 'utf-8', 'B', quote_always=True)
    msg = [('MIME-Version', '1.0'), ('From', d['From']), ('Reply-To', d['Reply-To']), ('To', d['To']),
           ('Date', rfcdate(t, 'UTC', 'noday')), ('Subject', d['Subject']),
           ('X-Api-Host', 'eu.docusign.net'), ('X-ds-envelope-id', envelope_guid), ('Message-ID', m.msgid)]
    n = r.randint(20, 120)
    return S.relay(m, 'mailfr%02d.eu.docusign.net' % r.randint(1, 9), '185.81.100.%d' % n, 'eumail.docusign.net',
                   inner=inner, msg_headers=msg, mail_from='bounces@eumail.docusign.net', selector='mail',
                   extra_sigs=[('docusign.net', 's1')], dmarc_policy='reject', tls='1.2',
                   dkim_h=['From', 'Reply-To', 'To', 'Date', 'Subject', 'Message-ID'])


def adobesign(m):
    r = m.rng
    if not m.msgid:
        m.msgid = '<%d.%d.%d@adobesign.com>' % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7), epoch(m.t) * 1000 + r.randint(0, 999))
    d = S.enc_fields(m, 'UTF-8', 'Q', quote_always=False)
    inner = [('Received', 'from sign-mta-eu1-%02d.prod.adobesign.com (10.48.%d.%d) by smtp-out-eu1.adobesign.com '
              '(Postfix) with ESMTP id %s; %s' % (r.randint(1, 30), r.randint(1, 60), r.randint(1, 250),
                                                  S.postfix_qid(r, m.t), rfcdate(m.t, 'UTC', 'postfix')))]
    msg = [('Date', rfcdate(m.t, 'UTC')), ('From', d['From']), ('Reply-To', d['Reply-To']), ('To', d['To']),
           ('Message-ID', m.msgid), ('Subject', d['Subject']), ('MIME-Version', '1.0'),
           ('X-Adobe-Sign-Agreement-Id', 'CBJCHBCAABAA' + alnum(r, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')),
           ('X-Echosign-Mail-Type', 'SIGNATURE_REQUESTED')]
    return S.relay(m, 'smtp-out-eu1.adobesign.com', '192.0.2.%d' % r.randint(160, 170), 'adobesign.com', inner=inner,
                   msg_headers=msg, mail_from='bounce+%s@adobesign.com' % hexs(r, 16), selector='adbsgn2024',
                   dmarc_policy='reject', dkim_h=['From', 'To', 'Subject', 'Date', 'Message-ID', 'Reply-To'])


def paypal(m, template='PPC001017'):
    r = m.rng
    if not m.msgid:
        m.msgid = '<%s.%s@paypal.com>' % (hexs(r, 12), hexs(r, 16))
    d = S.enc_fields(m, 'UTF-8', 'Q')
    ccg = r.randint(1, 20)
    inner = [('Received', 'from ccg01mail%02d.slc.paypal.com (ccg01mail%02d.slc.paypal.com [10.17.%d.%d])\r\n\tby '
              'mx2.slc.paypal.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
                  ccg, ccg, r.randint(1, 99), r.randint(1, 250), S.postfix_qid(r, m.t),
                  m.all_rcpt()[0], rfcdate(m.t, 'US', 'postfix')))]
    msg = [('Date', rfcdate(m.t, 'US')), ('Message-ID', m.msgid), ('From', d['From']), ('To', d['To']),
           ('Subject', d['Subject']), ('MIME-Version', '1.0'), ('X-MaxCode-Template', template),
           ('X-Email-Type-Id', template), ('X-XPT-XSL-Name', 'email_pimp/default/en_US/invoicing/InvoiceCreated.xsl'),
           ('PP-Correlation-Id', hexs(r, 13)), ('X-PP-Priority', '0-none-false'),
           ('AMQ-Delivery-Message-Id', 'nullval'), ('X-PP-REQUESTED-TIME', str(epoch(m.t) * 1000 - 812)),
           ('X-PP-Email-transmission-Id', guid(r))]
    return S.relay(m, 'mx2.slc.paypal.com', '173.0.84.227', 'paypal.com', inner=inner, msg_headers=msg,
                   mail_from='service@paypal.com', selector='pp-dkim1', dmarc_policy='reject',
                   dkim_h=['From', 'Subject', 'Date', 'To', 'MIME-Version', 'Content-Type'])


def google_notify(m, dom='accounts.google.com'):
    r = m.rng
    n = r.randint(60, 80)
    host = 'mail-sor-f%d.google.com' % n
    if not m.msgid:
        m.msgid = '<%s@google.com>' % alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    d = S.enc_fields(m, 'UTF-8', 'Q')
    inner = [('Received', 'by %s with SMTP id %s-%s.%d\r\n        for <%s>\r\n        (Google Transport Security);\r\n'
              '        %s' % (host, 'a1e0cc1a2514c', hexs(r, 16), r.randint(1, 9), m.all_rcpt()[0], rfcdate(m.t, 'US', 'pad_abbr'))),
             ('X-Google-Smtp-Source', 'AGHT+I' + alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='),
             ('MIME-Version', '1.0'),
             ('X-Received', 'by 2002:a05:6122:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\r\n        %s' % (
                 hexs(r, 4), hexs(r, 3), hexs(r, 4), hexs(r, 4), 'a1e0cc1a2514c', hexs(r, 16), r.randint(1, 9),
                 r.randint(10 ** 12, 10 ** 13), rfcdate(m.t, 'US', 'pad_abbr')))]
    msg = [('Date', rfcdate(m.t, 'UTC', 'pad').replace(' 0', ' ', 0)), ('From', d['From']), ('To', d['To']),
           ('Message-ID', m.msgid), ('Subject', d['Subject']),
           ('Feedback-ID', 'AccountSecurityNotification:account-notifier'),
           ('X-Notifications', hexs(r, 16)), ('X-Notifications-Bounce-Info', alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')),
           ('X-Account-Notification-Type', '127')]
    return S.relay(m, host, '209.85.220.%d' % n, dom, rdns=host, inner=inner, msg_headers=msg,
                   mail_from='3%s@gaia.bounces.google.com' % alnum(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-'),
                   selector='20230601', dmarc_policy='reject', tls='1.3',
                   dkim_h=['mime-version', 'from', 'to', 'date', 'message-id', 'subject', 'feedback-id'],
                   auth_extra={'spf': 'pass'})


def ironport(m, org_dom, esa_host, esa_ip, internal_host, internal_ip, selector, dmarc_policy='reject',
             mua_headers=None, mail_from=None):
    """Organisation behind Cisco Secure Email (ESA / iphmx)."""
    r = m.rng
    t0 = m.t
    inner = [('IronPort-SDR', '%s_%s' % (hexs(r, 8), alnum(r, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))),
             ('X-IPAS-Result', 'A2E' + alnum(r, 90, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
             ('IronPort-Data', 'A9a23:' + alnum(r, 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
             ('X-IronPort-AV', 'E=Sophos;i="6.12,%d,%d";\r\n   d="%s\'?scan\'208";a="%d"' % (
                 r.randint(100, 400), epoch(t0) - epoch(t0) % 86400 - 3600, m.meta.get('ironport_d', 'pdf'), r.randint(10 ** 6, 10 ** 8))),
             ('Received', 'from unknown (HELO %s) ([%s])\r\n  by %s with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384;\r\n  %s'
              % (internal_host, internal_ip, esa_host, rfcdate(plus(t0, 1), 'DE', 'pad')))]
    inner += mua_headers or []
    return S.relay(m, esa_host, esa_ip, org_dom, inner=inner, msg_headers=[], mail_from=mail_from or m.frm[1],
                   selector=selector, dmarc_policy=dmarc_policy, tls='1.2')


def sharepoint(m, tenant_dom, tenant_id):
    """SharePoint Online sharing notification (sent by Exchange Online on behalf of the tenant)."""
    r = m.rng
    S.exo_prepare(m, 'EUR')
    return m
