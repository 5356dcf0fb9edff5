"""Sending infrastructures.  Each factory returns a function ctx -> Infra.

ctx has: r (Random), t_sent, t_recv (UTC datetimes), rcpt, mailfrom,
sender (email), subject_enc, has_attach.  The profiles live in:
  infra_core     Infra record, mx01 trace header
  infra_corp     internal relay, Microsoft 365, Google, own servers, cPanel, bots
  infra_bulk     SendGrid, Mailgun, Amazon SES, Brevo, Mailchimp
  infra_webmail  GMX/web.de, Yandex, Mail.ru, Libero, WP, Onet, Zimbra, Zoho
"""
from .infra_core import Infra, mx01, TLS13, TLS13_128, TLS12, TLS13_EC  # noqa: F401
from .infra_corp import (internal, internal_app, exo, gmail, google_service, postfix_server,  # noqa: F401
                         cpanel, direct_bot, aruba, service_postfix, exchange_onprem)
from .infra_bulk import sendgrid, sendgrid_click, mailgun, ses, brevo, mailchimp  # noqa: F401
from .infra_webmail import gmx, yandex, yandex_smtp, mailru, libero, wp, onet, zimbra, zoho  # noqa: F401
