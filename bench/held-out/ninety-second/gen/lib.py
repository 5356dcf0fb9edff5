"""Shortcuts shared by the message modules."""
from core import T, sec, text, html, attach, Multi, Part, hx, hnum, ALNUM, UPHEX
from mail import Mail
from org import S, C, BANK, RU, COMPANY
import checks as ck
from checks import pretty
import pdf
import qr
import zipc
import coin
from systems import (Bot, Internal, EXO, OutlookCom, Gmail, GMX, Libero, WP, YandexMail, Otenet,
                     OutlookSMTP, Thunderbird, Roundcube, PHPMailer, AppleMail, ERPMailer,
                     Aruba, IONOS, OwnPostfix, OwnExim, CpanelExim, VPSPostfix, Direct, AllInkl)
from systems_esp import (SendGrid, Mailgun, SES, Brevo, Mailchimp, CleverReach, MailUp, ServiceEXO,
                         GoogleNotify, GitHub, DocuSignEU, YandexService, GenericMTA)


def alt(plain, htm, boundary=None):
    return Multi('alternative', [plain, htm], boundary)


def mixed(*parts, boundary=None):
    return Multi('mixed', list(parts), boundary)


def related(*parts, boundary=None):
    return Multi('related', list(parts), boundary, params=['type="text/html"'])


def pdf_part(blocks, filename, cte='base64', **meta):
    return attach(pdf.doc(blocks, **meta), 'application/pdf', filename, cte=cte)


def png_qr(url, filename, inline=False, cid=None, ecl='M', scale=6, label=None):
    return attach(qr.qr_png(url, ecl, scale), 'image/png', filename, inline=inline, cid=cid,
                  label=label or 'QR code -> %s' % url)


def quote_lines(s, prefix='> '):
    return '\n'.join((prefix + ln) if ln else prefix.rstrip() for ln in s.split('\n'))


def h2t(s):
    """Escape for HTML."""
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras_html(txt, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'):
    """Plain text with blank-line paragraphs -> simple Outlook-like HTML body."""
    out = []
    for para in txt.strip('\n').split('\n\n'):
        out.append('<p class="MsoNormal">%s</p>' % '<br>\n'.join(h2t(l) for l in para.split('\n')))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<style>p.MsoNormal{margin:0cm;{st}}</style>\n</head>\n<body lang="DE" link="#0563C1">\n'
            '<div class="WordSection1">\n' + '\n<p class="MsoNormal">&nbsp;</p>\n'.join(out) +
            '\n</div>\n</body>\n</html>\n').replace('{st}', style)


def outlook_alt(txt, cs, cte_plain='quoted-printable', cte_html='quoted-printable', html_body=None):
    hb = (html_body or paras_html(txt)).replace('{cs}', cs)
    return alt(text(txt, cs, cte_plain), html(hb, cs, cte_html))
