"""Shared helpers for message definitions: HTML renderings in the style of
common mail clients, reply quoting, signatures."""
import html as _h

from mime import Part, text, html, mp


def esc(s):
    return _h.escape(s, quote=False)


def outlook_html(body, cs, lang='DE', font='Calibri'):
    """Outlook/Word-style HTML from plain text (one paragraph per line)."""
    paras = []
    for ln in body.split('\n'):
        if ln.strip():
            paras.append('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(ln))
        else:
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"%s",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang=%s link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n') % (cs, font, font, lang, '\n'.join(paras))


def gmail_html(body):
    out = []
    for ln in body.split('\n'):
        out.append(esc(ln) + '<br>' if ln else '<br>')
    return '<div dir="ltr">%s</div>\n' % '\n'.join(out)


def simple_html(inner, cs='utf-8', title='', head_extra=''):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n%s</head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f4;">\n%s\n</body>\n</html>\n') % (cs, esc(title), head_extra, inner)


def alt(plain, htm, cs='utf-8', cte='quoted-printable', hcte=None, hcs=None, **kw):
    return mp('alternative', text(plain, cs, cte), html(htm, hcs or cs, hcte or cte), **kw)


def outlook_alt(body, cs='windows-1252', cte='quoted-printable', lang='DE', hcte=None):
    return alt(body, outlook_html(body, cs, lang), cs, cte, hcte)


def quoted(body, prefix='> '):
    return '\n'.join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in body.split('\n'))


_OLH = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


def ol_quote(lang, frm, sent, to, subj, body, cc=None):
    """Outlook-style quoted original below a separator."""
    k = _OLH[lang]
    lines = ['', '%s: %s' % (k[0], frm), '%s: %s' % (k[1], sent), '%s: %s' % (k[2], to)]
    if cc:
        lines.append('%s: %s' % (k[3], cc))
    lines.append('%s: %s' % (k[4], subj))
    lines.append('')
    return '\n'.join(lines) + '\n' + body


def fmt_eur_de(x):
    s = '{:,.2f}'.format(x)
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


def fmt_pl(x):
    s = '{:,.2f}'.format(x)
    return s.replace(',', ' ').replace('.', ',')
