"""Profiles of named platforms and institutions (shared by several messages)."""
from systems import Platform
from util import fmt_date, rhex, ralnum, rdigits, ruuid, rb64


def docusign(envelope_id):
    def rec(r, sp, t):
        return ('from EU-D1-MTA-%02d (10.%d.%d.%d) by mailsender-eu%02d.docusign.net with ESMTPSA id %s;\n\t%s'
                % (r.randint(1, 20), r.randint(10, 99), r.randint(1, 250), r.randint(1, 250), r.randint(1, 9), rhex(r, 16),
                   fmt_date(t, 'UTC', 'std')))
    return Platform('mailsender-eu05.docusign.net', '185.81.100.133',
                    [('docusign.net', 'mail-eu', 'From:To:Subject:Date:Message-ID:Content-Type:MIME-Version', 'relaxed/relaxed')],
                    env_from='bounces@eumail.docusign.net', style='hexb', mid_domain='eu.docusign.net',
                    desc='DocuSign EU sending infrastructure (mailsender-eu*.docusign.net), DKIM d=docusign.net',
                    received=[rec], headers_after=[('X-DocuSign-Envelope-Id', envelope_id.upper()), ('X-Api-Host', 'docusign.net')],
                    order=('From', 'Reply-To', 'To', 'Message-ID', 'Date', 'Subject', 'MIME-Version'), zone='UTC')


def cisco_esa(host, ip, domain, selector, zone, inner_host, desc, style='java', order=None, after=None, env=None,
              date_style='std'):
    """Institution behind Cisco Secure Email (IronPort)."""
    def rec(r, sp, t):
        return 'from unknown (HELO %s) ([10.%d.%d.%d])\n  by %s with ESMTP; %s' % (
            inner_host, r.randint(1, 99), r.randint(1, 250), r.randint(1, 250), host, fmt_date(t, zone, 'std0'))
    aft = [('X-IronPort-AV', lambda r, sp: 'E=Sophos;i="6.12,%d,%d";\n   d="scan\'208,217";a="%d"' % (
        r.randint(100, 999), r.randint(1700000000, 1799999999), r.randint(10000000, 99999999))),
           ('IronPort-SDR', lambda r, sp: rb64(r, 60))]
    return Platform(host, ip, [(domain, selector, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed')],
                    env_from=env or ('noreply@' + domain), style=style, desc=desc, mid_domain=inner_host, zone=zone,
                    received=[rec], headers_after=(after or []) + aft, date_style=date_style,
                    order=order or ('Date', 'From', 'To', 'Message-ID', 'Subject', 'MIME-Version'))


def own_mta(host, ip, domain, selector, zone, desc, style='java', order=None, after=None, env=None, inner=None,
            date_style='std', mid_domain=None):
    """Institution running its own Postfix MTA."""
    def rec(r, sp, t):
        return 'from %s (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            inner or 'app01', inner or 'app01', r.randint(1, 99), r.randint(1, 250), r.randint(1, 250), host,
            ralnum(r, 10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'), sp.rcpt[0], fmt_date(t, zone, 'postfix'))
    return Platform(host, ip, [(domain, selector, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed')],
                    env_from=env or ('noreply@' + domain), style=style, desc=desc, mid_domain=mid_domain or host, zone=zone,
                    received=[rec], headers_after=after or [], date_style=date_style,
                    order=order or ('Date', 'From', 'To', 'Message-ID', 'Subject', 'MIME-Version'))
