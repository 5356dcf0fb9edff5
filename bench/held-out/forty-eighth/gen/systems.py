"""Sending systems: each knows how its mail looks on the wire - Received
hops below mx01, Message-ID style, header order, X-Mailer, boundaries.
This module only re-exports the implementations split over sys_*.py."""

from sys_base import Base, mx01, postfix_qid, uuid, b64id, epoch  # noqa: F401
from sys_mail import (Internal, ExchangeOnline, OutlookConsumer, Gmail, GMX, Libero,  # noqa: F401
                      WP, Interia, Onet, Otenet, Yandex, MailRu)
from sys_hosting import OwnPostfix, Strato, Ionos, Aruba, Exim, Bot, Zoho  # noqa: F401
from sys_bulk import (SendGrid, Mailgun, Brevo, SES, Mailchimp, Mailjet, GoogleAccounts,  # noqa: F401
                      GitHub, MSAccount, SharePointNotify, DocuSign, YandexID, GovNotify)
