"""Attachment helpers (all inert placeholders)."""
import html as H
from lib import pdf, zipfile_bytes, qr_png
from mime import binpart

INERT = b'INERT TEST PLACEHOLDER - evaluation corpus sample, contains no executable code.\r\n'


def pdfatt(name, lines, title=None):
    return binpart(pdf(lines, title or name), 'application/pdf', name)


def zipatt(name, files, password=None):
    return binpart(zipfile_bytes([(n, d if d is not None else INERT) for n, d in files], password),
                   'application/x-zip-compressed', name)


def qr_inline(url, cid):
    return binpart(qr_png(url), 'image/png', cid.split('@')[0] + '.png', 'inline', cid=cid)


def qr_att(url, name):
    return binpart(qr_png(url), 'image/png', name)


def rawatt(name, ctype, text):
    return binpart(text.encode('utf-8'), ctype, name)


def phish_html(title, heading, email, action, lang='en', note='', extra=''):
    """Credential-harvesting page look-alike. Inert: no script, posts to a placeholder."""
    lbl = {'en': ('Email', 'Password', 'Sign in'), 'de': ('E-Mail-Adresse', 'Kennwort', 'Anmelden'),
           'es': ('Correo electrónico', 'Contraseña', 'Acceder'), 'it': ('Indirizzo e-mail', 'Password', 'Accedi')}[lang]
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">\n<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}'
            '.box{width:380px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            'input{width:100%%;padding:8px;margin:6px 0 14px 0;border:0;border-bottom:1px solid #666}'
            'button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style></head>\n'
            '<body><!-- INERT TEST SAMPLE: evaluation corpus, no script, form target is a placeholder -->\n'
            '<div class="box"><h2>%s</h2><p>%s</p>\n'
            '<form method="post" action="%s">\n<label>%s</label><input name="login" value="%s" readonly>\n'
            '<label>%s</label><input name="passwd" type="password" autofocus>\n'
            '<button type="submit">%s</button></form>%s</div></body></html>\n'
            % (lang, H.escape(title), H.escape(heading), H.escape(note), action, lbl[0], email, lbl[1], lbl[2], extra))
