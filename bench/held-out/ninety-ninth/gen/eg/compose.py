"""Header ordering per client family, registry of messages, small text helpers."""
import html as _html
from .mime import message, addr, hv, fold
from .infra import Ctx

REGISTRY = []


def register(folder, lang, slug, when, rcpt, what, why, pair=None, rcpt_name=''):
    def deco(fn):
        REGISTRY.append(dict(folder=folder, lang=lang, slug=slug, when=when, rcpt=rcpt,
                             what=what, why=why, pair=pair, fn=fn, rcpt_name=rcpt_name))
        return fn
    return deco


def attack(lang, slug, when, rcpt, what, why, pair=None):
    return register('attack', lang, slug, when, rcpt, what, why, pair)


def business(lang, slug, when, rcpt, what, why, pair=None):
    return register('business', lang, slug, when, rcpt, what, why, pair)


def std(env, frm, to, subject, root, cc=None, reply_to=None, irt=None, refs=None, extra=(),
        subj_charset='utf-8', subj_mode='Q', style=None, date=None, sender=None):
    """Assemble a complete message with the trace of `env` and headers ordered the way
    the sending system orders them. `frm`, `to`, `cc`, `reply_to` are ready header values."""
    style = style or {'outlook365': 'exchange', 'gmail': 'gmail', 'thunderbird': 'thunderbird',
                      'outlook': 'outlook', 'apple': 'apple'}.get(env.bstyle, 'generic')
    subj = hv(subject, subj_charset, subj_mode)
    date = date or env.date
    E = list(env.extra)
    H = []
    if style == 'exchange':
        H += [('From', frm)]
        if sender:
            H.append(('Sender', sender))
        H += [('To', to)]
        if cc:
            H.append(('CC', cc))
        if reply_to:
            H.append(('Reply-To', reply_to))
        H += [('Subject', subj)]
        H += [x for x in E if x[0] in ('Thread-Topic', 'Thread-Index')]
        H += [('Date', date), ('Message-ID', env.mid)]
        if refs:
            H.append(('References', refs))
        if irt:
            H.append(('In-Reply-To', irt))
        H += [x for x in E if x[0] not in ('Thread-Topic', 'Thread-Index')]
        H += list(extra)
        H += [('__BODY__', ''), ('MIME-Version', '1.0')]
        import re
        topic = re.sub(r'^((AW|RE|Re|R|WG|FW|Fwd|RV|RIF|ΑΠ|ΣΧΕΤ|Odp|ODP|Re\[\d\]|Ответ|RE\[\d\]):\s*)+', '', subject)
        H = [(n, hv(topic, subj_charset, subj_mode) if n == 'Thread-Topic' else v) for n, v in H]
    elif style == 'gmail':
        H += [('MIME-Version', '1.0')]
        if refs:
            H.append(('References', refs))
        if irt:
            H.append(('In-Reply-To', irt))
        H += [('From', frm), ('Date', date)]
        H += [x for x in E if x[0] == 'X-Gm-Features']
        H += [('Message-ID', env.mid), ('Subject', subj), ('To', to)]
        if cc:
            H.append(('Cc', cc))
        if reply_to:
            H.append(('Reply-To', reply_to))
        H += list(extra)
        H += [('__BODY__', '')]
        env.hops_extra = getattr(env, 'hops_extra', []) + [x for x in E if x[0] == 'X-Gm-Message-State']
    elif style == 'thunderbird':
        H += [('Message-ID', env.mid), ('Date', date), ('MIME-Version', '1.0')]
        H += [x for x in E if x[0] == 'User-Agent']
        H += [('Subject', subj), ('To', to)]
        if cc:
            H.append(('Cc', cc))
        if refs:
            H.append(('References', refs))
        H += [('From', frm)]
        if reply_to:
            H.append(('Reply-To', reply_to))
        H += [x for x in E if x[0] != 'User-Agent']
        if irt:
            H.append(('In-Reply-To', irt))
        H += list(extra)
        H += [('__BODY__', '')]
    elif style == 'outlook':
        H += [('From', frm), ('To', to)]
        if cc:
            H.append(('Cc', cc))
        if reply_to:
            H.append(('Reply-To', reply_to))
        if refs:
            H.append(('References', refs))
        if irt:
            H.append(('In-Reply-To', irt))
        H += [('Subject', subj), ('Date', date), ('Message-ID', env.mid), ('MIME-Version', '1.0'), ('__BODY__', '')]
        H += E + list(extra)
    elif style == 'apple':
        H += [('From', frm), ('__BODY__', ''), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))'),
              ('Subject', subj), ('Date', date)]
        if refs:
            H.append(('References', refs))
        if irt:
            H.append(('In-Reply-To', irt))
        H += [('To', to)]
        if cc:
            H.append(('Cc', cc))
        if reply_to:
            H.append(('Reply-To', reply_to))
        H += [('Message-Id', env.mid)] + E + list(extra)
    else:
        H += [('Date', date), ('From', frm)]
        if sender:
            H.append(('Sender', sender))
        if reply_to:
            H.append(('Reply-To', reply_to))
        H += [('To', to)]
        if cc:
            H.append(('Cc', cc))
        H += [('Subject', subj), ('Message-ID', env.mid)]
        if refs:
            H.append(('References', refs))
        if irt:
            H.append(('In-Reply-To', irt))
        H += E + list(extra) + [('MIME-Version', '1.0'), ('__BODY__', '')]
    top = env.trace() + getattr(env, 'hops_extra', [])
    return message(top + H, root)


def esc(s):
    return _html.escape(s, quote=False)


def paras_html(text):
    """Plain text with blank-line paragraphs -> simple <p> HTML."""
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def outlook_html(text, font='Calibri', lang='DE', size='11.0pt'):
    """HTML in the shape Outlook/Word produces."""
    body = []
    for block in text.strip('\n').split('\n\n'):
        for line in block.split('\n'):
            body.append('<p class="MsoNormal"><span style="font-size:%s;font-family:&quot;%s&quot;,sans-serif">%s<o:p></o:p></span></p>'
                        % (size, font, esc(line) if line else '&nbsp;'))
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (font, font, lang, '\n'.join(body)))


def gmail_html(text, dir_ltr=True):
    parts = []
    for block in text.strip('\n').split('\n\n'):
        for line in block.split('\n'):
            parts.append('<div>%s</div>' % (esc(line) if line else '<br>'))
        parts.append('<div><br></div>')
    return '<div dir="ltr">' + ''.join(parts[:-1]) + '</div>\n'


def quote_lines(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))
