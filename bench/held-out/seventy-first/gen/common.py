"""Shared imports and small helpers for the message modules."""
from kit import make, P, quote, REG                          # noqa: F401
import infra as I                                             # noqa: F401
from mime import text, html, alt, mixed, related, attach     # noqa: F401
from people import S, C, BANK, RU, COMPANY, STAFF, CORR      # noqa: F401
from util import dt, rfc, pdfdate, h, num, alnum, uuid, local, b64url  # noqa: F401
import tpl                                                    # noqa: F401
import pdf                                                    # noqa: F401
import money                                                  # noqa: F401
from money import fmt_iban                                    # noqa: F401
from qr import qr_png, qr_gray_rows                           # noqa: F401
from zipc import make_zip                                     # noqa: F401
import png                                                    # noqa: F401

CEO_SIG = ('--\nJohannes Köhler\nVorstandsvorsitzender\nExample Group AG | Goldschmiedstraße 12 | 75172 Pforzheim\n'
           'Tel. +49 7231 4480-100 | Mobil +49 171 4482100\njohannes.koehler@example.com | www.example.com\n')

EG_FOOTER_DE = ('Example Group AG | Sitz: Pforzheim | Registergericht Mannheim HRB 706118\n'
                'Vorstand: Johannes Köhler (Vors.), Sabine Wüst | Vorsitzender des Aufsichtsrats: Dr. Hans-Peter Albrecht\n')


def internal_msgid(seed):
    return '<%s@EXCH0%d.corp.example.com>' % (h(seed, 32), 1 + num(seed, 0, 1))


def ol_alt(body, cs, cte='quoted-printable', lang='DE', html_cte=None):
    """Outlook multipart/alternative with Word-style HTML."""
    return alt(text(tpl.plain(body), cs, cte), html(tpl.outlook_html(body, cs, lang), cs, html_cte or cte))


def gm_alt(body, cte='quoted-printable', html_cte=None):
    """Gmail multipart/alternative (UTF-8)."""
    return alt(text(tpl.plain(body, 'gmail'), 'UTF-8', cte, quote_cs=False),
               html(tpl.gmail_html(body), 'UTF-8', html_cte or cte, quote_cs=False))


def placeholder(name):
    return ('inert placeholder for evaluation; stands in for "%s"\n' % name).encode()
