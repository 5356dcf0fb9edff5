"""Shortcuts for building bodies in the style of common mail clients."""
import html as _html

import files
import qr
from mime import Bin, Multi, Text


def esc(s):
    return _html.escape(s, quote=False)


def _paras(text):
    return [p for p in text.strip('\n').split('\n\n')]


def _linkify(s):
    out = []
    for w in s.split(' '):
        if w.startswith('https://') or w.startswith('http://'):
            out.append(f'<a href="{w}">{w}</a>')
        else:
            out.append(w)
    return ' '.join(out)


def html_outlook(text, charset='windows-1252', lang='DE', sig_html=''):
    body = []
    for p in _paras(text):
        lines = [_linkify(esc(x)) for x in p.split('\n')]
        for ln in lines:
            body.append(f'<p class="MsoNormal">{ln or "&nbsp;"}<o:p></o:p></p>')
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{font-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + '\n'.join(body) + sig_html + '\n</div>\n</body>\n</html>\n')


def html_gmail(text):
    out = []
    for p in _paras(text):
        for ln in p.split('\n'):
            out.append(f'<div>{_linkify(esc(ln)) or "<br>"}</div>')
        out.append('<div><br></div>')
    return '<div dir="ltr">' + ''.join(out[:-1]) + '</div>\n'


def html_tb(text, charset='UTF-8'):
    out = []
    for p in _paras(text):
        out.append('<p>' + '<br>\n'.join(_linkify(esc(x)) for x in p.split('\n')) + '</p>')
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
            f'charset={charset}">\n  </head>\n  <body>\n' + '\n'.join(out) + '\n  </body>\n</html>\n')


def alt(plain, html, charset='utf-8', cte='quoted-printable', html_cte=None, label=None,
        plain_params='', html_params=''):
    return Multi('alternative', [
        Text(plain, 'plain', charset, cte, label=label, ctparams=plain_params),
        Text(html, 'html', charset, html_cte or cte, label=label, ctparams=html_params)], None)


def mixed(*parts):
    return Multi('mixed', list(parts), None)


def related(html_part, *images, ctparams=None):
    if ctparams is None:
        ctparams = f'; type="{html_part.ctype}"'
    return Multi('related', [html_part] + list(images), None, ctparams=ctparams)


def pdf_att(filename, lines, fn_style='plain', ctype='application/pdf', **meta):
    return Bin(files.pdf(lines, **meta), ctype, filename, fn_style=fn_style)


def zip_att(filename, entries, password=None, seed='z', dt=(2026, 11, 2, 8, 14, 0),
            ctype='application/zip', fn_style='plain'):
    return Bin(files.zip_bytes(entries, password=password, seed=seed, dt=dt), ctype, filename,
               fn_style=fn_style)


def qr_img(url, cid=None, filename=None, disp='inline', scale=6):
    return Bin(qr.qr_png(url, scale=scale), 'image/png', filename, cid=cid, disp=disp)


def quote_outlook(lang, frm, sent, to, subject, text, cc=None):
    labels = {
        'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
        'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
        'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
        'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
        'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
        'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
        'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
    }[lang]
    s = f'{labels[0]}: {frm}\n{labels[1]}: {sent}\n{labels[2]}: {to}\n'
    if cc:
        s += f'{labels[3]}: {cc}\n'
    s += f'{labels[4]}: {subject}\n\n{text.strip()}\n'
    return s


def quote_gt(header, text):
    return header + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in text.strip().split('\n')) + '\n'
