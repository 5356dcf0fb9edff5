"""Message assembly: per-mailer header order, per-message deterministic RNG."""
import random

import infra
import mime
from mime import Text, Att, Multi, addr, htext  # noqa: F401  (re-exported for message modules)


class Record:
    def __init__(self, folder, lang, slug, data, rcpt, what, why, root, notes=''):
        self.folder = folder
        self.lang = lang
        self.slug = slug
        self.data = data
        self.rcpt = rcpt
        self.what = what
        self.why = why
        self.root = root
        self.notes = notes
        self.num = None

    @property
    def filename(self):
        return '%02d-%s-%s.eml' % (self.num, self.lang, self.slug)


STYLE_ORDER = {
    'exchange': ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                 'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
                 'X-MS-TNEF-Correlator', 'EXTRA', 'POST', '@MIME', 'MIME-Version'],
    'outlook': ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID',
                'MIME-Version', '@MIME', 'X-Mailer', 'Thread-Index', 'Content-Language', 'EXTRA', 'POST'],
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To',
              'Cc', 'Reply-To', 'EXTRA', '@MIME', 'POST'],
    'thunderbird': ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'Content-Language', 'To',
                    'Cc', 'References', 'From', 'Reply-To', 'In-Reply-To', 'EXTRA', '@MIME', 'POST'],
    'roundcube': ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'Reply-To', 'In-Reply-To', 'References',
                  'Message-ID', 'X-Sender', 'User-Agent', 'Organization', 'EXTRA', '@MIME', 'POST'],
    'phpmailer': ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'X-Mailer', 'EXTRA', 'MIME-Version',
                  '@MIME', 'POST'],
    'apple': ['@MIME', 'From', 'Mime-Version', 'Subject', 'Date', 'Message-Id', 'References', 'Cc',
              'In-Reply-To', 'To', 'X-Mailer', 'EXTRA', 'POST'],
    'gmx': ['MIME-Version', 'Message-ID', 'From', 'To', 'Subject', '@MIME', 'Date', 'Reply-To', 'EXTRA', 'POST'],
    'yandex': ['From', 'To', 'Cc', 'Subject', 'MIME-Version', 'POST', 'Date', 'Message-Id', 'References',
               'In-Reply-To', 'EXTRA', '@MIME'],
    'service': ['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID', 'EXTRA', 'MIME-Version', '@MIME', 'POST'],
    'esp': ['Date', 'From', 'Reply-To', 'To', 'Subject', 'Message-ID', 'MIME-Version', 'EXTRA', 'POST', '@MIME'],
}


class Ctx:
    def __init__(self, folder, lang, slug):
        self.folder, self.lang, self.slug = folder, lang, slug
        self.rng = random.Random('%s/%s/%s' % (folder, lang, slug))

    def boundary(self, route, style=None):
        return infra.boundary(self.rng, style or route.bstyle, route.bserver)

    def build(self, route, style, frm, to, subject, date, root, what, why, cc=None, reply_to=None,
              irt=None, refs=None, extra=None, hcs='utf-8', henc='Q', quote=None, lang_tag=None,
              mailer=None, thread=False, replies=0, envelope=None, rcpt=None, msgid=None, notes='',
              return_path=None, to_raw=None, from_raw=None):
        """frm: (name, email); to / cc: list of (name, email)."""
        rng = self.rng
        h = {}
        h['From'] = from_raw or addr(frm[0], frm[1], hcs, henc, quote)
        h['To'] = to_raw or mime.addrs(to, hcs, henc, quote)
        if cc:
            h['CC' if style == 'exchange' else 'Cc'] = mime.addrs(cc, hcs, henc, quote)
        if reply_to:
            h['Reply-To'] = addr(reply_to[0], reply_to[1], hcs, henc, quote)
        h['Subject'] = htext(subject, hcs, henc)
        h['Date'] = date
        mid = msgid or route.msgid or '<%s@%s>' % (infra.hexs(rng, 32), frm[1].split('@')[1])
        h['Message-ID'] = mid
        h['Message-Id'] = mid
        if irt:
            h['In-Reply-To'] = irt
        if refs:
            h['References'] = refs
        h['MIME-Version'] = '1.0'
        h['Mime-Version'] = '1.0 (1.0)'
        if style in ('exchange', 'outlook') or thread:
            plain_subj = subject
            for p in ('AW: ', 'Re: ', 'RE: ', 'R: ', 'Odp: ', 'Fwd: ', 'WG: ', 'ΑΠ: ', 'ΣΧΕΤ: '):
                if plain_subj.startswith(p):
                    plain_subj = plain_subj[len(p):]
            h['Thread-Topic'] = htext(plain_subj, hcs, henc)
            h['Thread-Index'] = infra.filetime_thread_index(rng, replies)
        if lang_tag:
            h['Content-Language'] = lang_tag
            h['Accept-Language'] = '%s, en-US' % lang_tag
        has_att = any(isinstance(p, Att) and p.disposition == 'attachment' for p in mime.walk(root))
        h['X-MS-Has-Attach'] = 'yes' if has_att else ''
        h['X-MS-TNEF-Correlator'] = ''
        if mailer:
            h[mailer[0]] = mailer[1]
        order = STYLE_ORDER[style]
        hdrs = []
        for key in order:
            if key == 'EXTRA':
                hdrs.extend(extra or [])
            elif key == 'POST':
                hdrs.extend(route.post)
            elif key == '@MIME':
                hdrs.append(('@MIME', None))
            elif key in h:
                if key in ('Accept-Language',) and style != 'exchange':
                    continue
                if key in ('X-MS-Has-Attach', 'X-MS-TNEF-Correlator') and style != 'exchange':
                    continue
                if key == 'Thread-Index' and style not in ('exchange', 'outlook') and not thread:
                    continue
                hdrs.append((key, h[key]))
        if mailer and mailer[0] not in order:
            idx = [i for i, (k, _) in enumerate(hdrs) if k == '@MIME'][0]
            hdrs.insert(idx, mailer)
        rp = return_path or route.return_path or '<%s>' % (envelope or frm[1])
        rcpt = rcpt or to[0][1]
        top = [('Return-Path', rp)] + [('Received', r) for r in route.received] + route.pre
        data = mime.build(top + hdrs, root)
        return Record(self.folder, self.lang, self.slug, data, rcpt, what, why, root, notes)


def sig_block(lines):
    return '\n'.join(lines)


def quote_lines(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def html_wrap(body_html, lang='de', style_font='Calibri, sans-serif', head_extra=''):
    return ('<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">%s</head>'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n') % (lang, head_extra, style_font, body_html)


def html_from_text(text):
    import html
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in p.split('\n')))
    return '\n'.join(out)


def alt(ctx, route, text, html_body, charset, cte_plain, cte_html=None, bstyle=None, lang='de',
        font='Calibri, sans-serif', plain_extra=None):
    """multipart/alternative from a plain text and an HTML fragment (or None -> derived from text)."""
    if html_body is None:
        html_body = html_from_text(text)
    doc = html_wrap(html_body, lang, font).replace('%CHARSET%', charset)
    return Multi('alternative', [Text(text, 'plain', charset, cte_plain),
                                 Text(doc, 'html', charset, cte_html or cte_plain)],
                 ctx.boundary(route, bstyle))


def m(lang, slug):
    """Decorator tagging a message function with language and file-name slug."""
    def deco(fn):
        fn.lang, fn.slug = lang, slug
        return fn
    return deco


def link_html(url, label):
    import html
    return '<a href="%s">%s</a>' % (html.escape(url, quote=True), html.escape(label))
