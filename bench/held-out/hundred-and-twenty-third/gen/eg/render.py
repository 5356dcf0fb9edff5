"""Body text in the style of each mail client.

Authoring markup (used in all message texts):
  blank line          paragraph break
  [[text|url]]        hyperlink        [[url]]  bare link
  **text**            bold
"""
import html as _html
import re

from . import dates, mime
from .mime import Multi, text_leaf

LINK = re.compile(r'\[\[([^\]|]+)(?:\|([^\]]+))?\]\]')
BOLD = re.compile(r'\*\*(.+?)\*\*')


def plain(text, style='angle'):
    def rep(mo):
        t, u = mo.group(1), mo.group(2)
        if u is None or t == u:
            return t
        if style == 'angle':
            return '%s <%s>' % (t, u)
        if style == 'colon':
            return '%s: %s' % (t, u)
        if style == 'paren':
            return '%s (%s)' % (t, u)
        if style == 'bracket':
            return '%s [%s]' % (t, u)
        if style == 'url':
            return u
        if style == 'text':
            return t
        raise ValueError(style)
    s = LINK.sub(rep, text)
    s = BOLD.sub(lambda mo: mo.group(1), s)
    return s


def esc(s, charset='utf-8'):
    s = _html.escape(s, quote=False)
    if charset.lower() in ('utf-8',):
        return s
    cod = mime.codec(charset)
    out = []
    for ch in s:
        try:
            ch.encode(cod)
            out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(ch))
    return ''.join(out)


def inline_html(line, charset='utf-8', link_style=''):
    """Escape a line and convert markup to HTML."""
    parts = []
    pos = 0
    for mo in LINK.finditer(line):
        parts.append(esc(line[pos:mo.start()], charset))
        t, u = mo.group(1), mo.group(2) or mo.group(1)
        parts.append('<a href="%s"%s>%s</a>' % (_html.escape(u, quote=True), link_style, esc(t, charset)))
        pos = mo.end()
    parts.append(esc(line[pos:], charset))
    s = ''.join(parts)
    s = BOLD.sub(lambda mo: '<b>%s</b>' % mo.group(1), s)
    return s


# ---------------------------------------------------------------- Outlook (Word HTML)

OUTLOOK_LANG = {'de': ('DE', 'E-MailFormatvorlage17'), 'en': ('EN-GB', 'EmailStyle17'), 'it': ('IT', 'StileMessaggioDiPostaElettronica17'),
                'pl': ('PL', 'StylWiadomociEmail17'), 'es': ('ES', 'EstiloCorreo17'), 'el': ('EL', 'EmailStyle17'),
                'ru': ('RU', 'EmailStyle17')}

QUOTE_LABELS = {
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'it': ('Da', 'Inviato', 'A', 'Cc', 'Oggetto'),
    'pl': ('Od', 'Wysłano', 'Do', 'DW', 'Temat'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'el': ('Από', 'Στάλθηκε', 'Προς', 'Κοιν.', 'Θέμα'),
    'ru': ('От', 'Отправлено', 'Кому', 'Копия', 'Тема'),
}


class Q:
    """A quoted earlier message."""

    def __init__(self, frm, to, when, subject, text, cc=None, lang=None):
        self.frm, self.to, self.when, self.subject, self.text, self.cc, self.lang = frm, to, when, subject, text, cc, lang


def _who(p, lang, style):
    if style == 'outlook':
        return '%s <%s>' % (p.name, p.email) if p.name else p.email
    return p.name or p.email


def outlook_plain(text, lang, quotes=()):
    out = plain(text, 'angle')
    for q in quotes:
        lab = QUOTE_LABELS[q.lang or lang]
        out += '\n\n%s: %s\n%s: %s\n%s: %s\n' % (lab[0], _who(q.frm, lang, 'outlook'), lab[1],
                                               dates.outlook_sent(q.when, q.lang or lang), lab[2],
                                               '; '.join(_who(p, lang, 'outlook') for p in q.to))
        if q.cc:
            out += '%s: %s\n' % (lab[3], '; '.join(_who(p, lang, 'outlook') for p in q.cc))
        out += '%s: %s\n\n' % (lab[4], q.subject)
        out += plain(q.text, 'angle')
    return out


def outlook_html(text, lang, charset, quotes=(), images=(), font='Aptos', size='11.0pt'):
    blang, estyle = OUTLOOK_LANG[lang]
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' % charset)
    if images:
        head += '<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url(#default#VML);}\n' \
                'w\\:* {behavior:url(#default#VML);}\n.shape {behavior:url(#default#VML);}\n</style><![endif]-->'
    head += ('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
             '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
             '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n\t'
             'font-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
             'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
             'span.%s\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
             '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
             '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
             'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
             '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
             '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n'
             '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n' % (size, font, estyle, font, blang))
    body = _outlook_paras(text, charset)
    for (cid, w, h, alt) in images:
        body += ('<p class="MsoNormal"><img width="%d" height="%d" style="width:%.4fin;height:%.4fin" id="Bild_x0020_%d" '
                 'src="cid:%s" alt="%s"><o:p></o:p></p>\n' % (w, h, w / 96.0, h / 96.0, images.index((cid, w, h, alt)) + 1,
                                                               cid, esc(alt, charset)))
    for q in quotes:
        lab = QUOTE_LABELS[q.lang or lang]
        body += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                 'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b><span lang="%s">%s:</span></b><span lang="%s"> %s '
                 '&lt;<a href="mailto:%s">%s</a>&gt; <br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n'
                 % (blang, esc(lab[0], charset), blang, esc(q.frm.name, charset), q.frm.email, q.frm.email,
                    esc(lab[1], charset), esc(dates.outlook_sent(q.when, q.lang or lang), charset), esc(lab[2], charset),
                    esc('; '.join(_who(p, lang, 'outlook') for p in q.to), charset)))
        if q.cc:
            body += '<b>%s:</b> %s<br>\n' % (esc(lab[3], charset), esc('; '.join(_who(p, lang, 'outlook') for p in q.cc), charset))
        body += '<b>%s:</b> %s<o:p></o:p></span></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % (
            esc(lab[4], charset), esc(q.subject, charset))
        body += _outlook_paras(q.text, charset)
    return head + body + '</div>\n</body>\n</html>\n'


def _outlook_paras(text, charset):
    out = ''
    for line in text.split('\n'):
        if line.strip() == '':
            out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        else:
            out += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % inline_html(line, charset)
    return out


def outlook_alt(text, lang, charset='utf-8', cte='quoted-printable', quotes=(), html_charset=None,
                html_cte=None, images=(), font='Aptos'):
    """multipart/alternative as Outlook/Exchange writes it (falls back to another
    charset the way Outlook's automatic encoding selection does)."""
    full = outlook_plain(text, lang, quotes)
    try:
        full.encode(mime.codec(charset))
    except UnicodeEncodeError:
        charset = {'iso-8859-1': 'windows-1252', 'iso-8859-15': 'windows-1252', 'iso-8859-2': 'windows-1250',
                   'iso-8859-7': 'windows-1253', 'koi8-r': 'windows-1251'}.get(charset.lower(), 'utf-8')
        try:
            full.encode(mime.codec(charset))
        except UnicodeEncodeError:
            charset = 'utf-8'
        html_charset = charset
        if cte == '7bit':
            cte = 'quoted-printable'
    hcs = html_charset or charset
    p = text_leaf(outlook_plain(text, lang, quotes), 'plain', charset, cte)
    h = text_leaf(outlook_html(text, lang, hcs, quotes, images, font), 'html', hcs, html_cte or cte)
    return Multi('alternative', [p, h])


# ---------------------------------------------------------------- Gmail

GMAIL_ATTR = {
    'de': lambda d, p: 'Am %s., %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:' % (
        dates.WEEKDAYS['de'][d.weekday()][:2], d.day, dates.MONTHS['de'][d.month - 1][:3] + '.', d.year, d.hour,
        d.minute, p.name, p.email),
    'en': lambda d, p: 'On %s, %d %s %d at %02d:%02d, %s <%s> wrote:' % (
        dates.WEEKDAYS['en'][d.weekday()][:3], d.day, dates.MONTHS['en'][d.month - 1][:3], d.year, d.hour, d.minute,
        p.name, p.email),
    'es': lambda d, p: 'El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:' % (
        dates.WEEKDAYS['es'][d.weekday()][:3], d.day, dates.MONTHS['es'][d.month - 1][:3], d.year, d.hour, d.minute,
        p.name, p.email),
    'it': lambda d, p: 'Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:' % (
        dates.WEEKDAYS['it'][d.weekday()][:3], d.day, dates.MONTHS['it'][d.month - 1][:3], d.year, d.hour, d.minute,
        p.name, p.email),
    'el': lambda d, p: 'Στις %s %d %s %d στις %d:%02d, ο χρήστης %s <%s> έγραψε:' % (
        dates.WEEKDAYS['el'][d.weekday()][:3], d.day, dates.MONTHS['el'][d.month - 1][:3], d.year, d.hour, d.minute,
        p.name, p.email),
    'ru': lambda d, p: '%s, %d %s %d г. в %d:%02d, %s <%s>:' % (
        dates.WEEKDAYS['ru'][d.weekday()][:2], d.day, dates.MONTHS['ru'][d.month - 1][:3] + '.', d.year, d.hour,
        d.minute, p.name, p.email),
    'pl': lambda d, p: 'W dniu %s, %d %s %d o %d:%02d %s <%s> napisał(a):' % (
        dates.WEEKDAYS['pl'][d.weekday()][:3] + '.', d.day, dates.MONTHS['pl'][d.month - 1][:3], d.year, d.hour, d.minute,
        p.name, p.email),
}


def gmail_plain(text, lang, quotes=()):
    out = plain(text, 'angle')
    for q in quotes:
        out += '\n\n%s\n\n' % GMAIL_ATTR[lang](q.when, q.frm)
        out += '\n'.join(('> ' + ln) if ln else '>' for ln in plain(q.text, 'angle').split('\n'))
    return out


def gmail_html(text, lang, quotes=(), sig=None):
    def block(t):
        res = []
        for para in t.split('\n\n'):
            lines = [inline_html(ln) for ln in para.split('\n')]
            res.append('<div>' + '<br>'.join(lines) + '</div>')
        return '<div><br></div>'.join(res)
    body = '<div dir="ltr">' + block(text)
    if sig:
        body += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" ' \
                'class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % \
                '<br>'.join(inline_html(ln) for ln in sig.split('\n'))
    body += '</div>'
    for q in quotes:
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 'padding-left:1ex">%s</blockquote></div>' % (esc(GMAIL_ATTR[lang](q.when, q.frm)), block(q.text)))
    return body + '\n'


def gmail_alt(text, lang, quotes=(), sig=None, cte=None):
    full = text + (('\n\n--\n' + sig) if sig else '')
    pt = gmail_plain(full, lang, quotes)
    ht = gmail_html(text, lang, quotes, sig)
    non_latin = sum(1 for c in pt if ord(c) > 0x36f)
    if cte is None:
        cte = 'base64' if non_latin > 20 else ('quoted-printable' if any(ord(c) > 126 for c in pt + ht) else '7bit')
    p = text_leaf(pt, 'plain', 'UTF-8', cte)
    h = text_leaf(ht, 'html', 'UTF-8', cte if cte != '7bit' else 'quoted-printable')
    return Multi('alternative', [p, h])


# ---------------------------------------------------------------- Thunderbird

TB_ATTR = {
    'de': lambda d, p: 'Am %s um %02d:%02d schrieb %s:' % (d.strftime('%d.%m.%y'), d.hour, d.minute, p.name),
    'en': lambda d, p: 'On %s %02d:%02d, %s wrote:' % (d.strftime('%d/%m/%Y'), d.hour, d.minute, p.name),
    'pl': lambda d, p: 'W dniu %s o %02d:%02d, %s pisze:' % (d.strftime('%d.%m.%Y'), d.hour, d.minute, p.name),
    'it': lambda d, p: 'Il %s %02d:%02d, %s ha scritto:' % (d.strftime('%d/%m/%Y'), d.hour, d.minute, p.name),
    'es': lambda d, p: 'El %s a las %02d:%02d, %s escribió:' % (d.strftime('%d/%m/%Y'), d.hour, d.minute, p.name),
    'el': lambda d, p: 'Στις %s %02d:%02d, ο/η %s έγραψε:' % (d.strftime('%d/%m/%Y'), d.hour, d.minute, p.name),
    'ru': lambda d, p: '%s %02d:%02d, %s пишет:' % (d.strftime('%d.%m.%Y'), d.hour, d.minute, p.name),
}


def tb_plain(text, lang, quotes=(), sig=None, charset='UTF-8', cte='8bit'):
    out = plain(text, 'angle')
    if sig:
        out += '\n\n-- \n' + sig
    for q in quotes:
        out += '\n\n%s\n' % TB_ATTR[lang](q.when, q.frm)
        out += '\n'.join(('> ' + ln) if ln else '>' for ln in plain(q.text, 'angle').split('\n'))
    out = mime.flowed(out)
    return text_leaf(out, 'plain', charset, cte, params='; format=flowed', quote_cs=False)


# ---------------------------------------------------------------- templated notifications

def notice_html(title, paras, button=None, brand='', color='#0b5cab', footer='', lang='en', logo_cid=None,
                width=600, font='Arial,Helvetica,sans-serif', preheader='', charset='utf-8', extra_rows=''):
    """Table-based transactional mail layout (as many platforms generate)."""
    rows = ''
    for p in paras:
        rows += ('<tr><td style="padding:0 32px 14px 32px;font-family:%s;font-size:15px;line-height:22px;color:#1f2328">'
                 '%s</td></tr>\n' % (font, '<br>'.join(inline_html(ln, charset, ' style="color:%s"' % color)
                                                         for ln in p.split('\n'))))
    if button:
        rows += ('<tr><td style="padding:8px 32px 24px 32px"><table role="presentation" cellpadding="0" cellspacing="0">'
                 '<tr><td bgcolor="%s" style="border-radius:4px"><a href="%s" style="display:inline-block;padding:12px 26px;'
                 'font-family:%s;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none">%s</a></td></tr>'
                 '</table></td></tr>\n' % (color, _html.escape(button[1], quote=True), font, esc(button[0], charset)))
    rows += extra_rows
    logo = ('<img src="cid:%s" alt="%s" height="32" style="display:block;border:0">' % (logo_cid, esc(brand, charset))
            if logo_cid else '<span style="font-family:%s;font-size:20px;font-weight:bold;color:#ffffff">%s</span>' % (
                font, esc(brand, charset)))
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>\n' % esc(preheader, charset)) if preheader else ''
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f3f4f6">\n%s<table role="presentation" width="100%%" cellpadding="0" '
            'cellspacing="0" bgcolor="#f3f4f6"><tr><td align="center" style="padding:24px 8px">\n<table role="presentation" '
            'width="%d" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="max-width:%dpx">\n<tr><td bgcolor="%s" '
            'style="padding:18px 32px">%s</td></tr>\n<tr><td style="padding:28px 32px 8px 32px;font-family:%s;font-size:20px;'
            'font-weight:bold;color:#111827">%s</td></tr>\n%s<tr><td style="padding:18px 32px 28px 32px;font-family:%s;'
            'font-size:12px;line-height:17px;color:#6b7280;border-top:1px solid #e5e7eb">%s</td></tr>\n</table>\n'
            '</td></tr></table>\n</body>\n</html>\n'
            % (lang, charset, esc(title, charset), pre, width, width, color, logo, font, esc(title, charset), rows, font,
               '<br>'.join(inline_html(ln, charset, ' style="color:#6b7280"') for ln in footer.split('\n'))))


def notice_plain(title, paras, button=None, footer='', link_style='colon'):
    out = title + '\n\n'
    for p in paras:
        out += plain(p, link_style) + '\n\n'
    if button:
        out += '%s: %s\n\n' % (button[0], button[1])
    if footer:
        out += '--\n' + plain(footer, link_style) + '\n'
    return out


def notice_alt(title, paras, button=None, brand='', color='#0b5cab', footer='', lang='en', charset='utf-8',
               cte='quoted-printable', html_cte=None, link_style='colon', **kw):
    p = text_leaf(notice_plain(title, paras, button, footer, link_style), 'plain', charset, cte)
    h = text_leaf(notice_html(title, paras, button, brand, color, footer, lang, charset=charset, **kw), 'html', charset,
                  html_cte or cte)
    return Multi('alternative', [p, h])


def simple_html(text, charset='utf-8', font='Arial', size='10pt', lang='en'):
    """Plain HTML as web mailers / PHP scripts write it."""
    paras = []
    for para in text.split('\n\n'):
        paras.append('<p>' + '<br>\n'.join(inline_html(ln, charset) for ln in para.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n' % (charset, font, size, '\n'.join(paras)))
