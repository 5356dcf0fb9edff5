"""Message object: envelope, headers, trace and rendering to bytes."""
from datetime import timedelta

import mime
from mime import Text, Bin, Multi
from routes import mx01_received
from timez import to_utc, fmt

ORDER = {
    'outlook': ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
                'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
                'X-MS-TNEF-Correlator', '*', 'CONTENT', 'MIME-Version'],
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'CC',
              'Reply-To', '*', 'CONTENT'],
    'thunderbird': ['CONTENT', 'Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'CC',
                    'References', 'Reply-To', 'From', 'Subject', 'In-Reply-To', '*'],
    'apple': ['From', 'CONTENT', 'Mime-Version', 'Subject', 'Date', 'References', 'To', 'CC', 'In-Reply-To',
              'Message-Id', '*'],
    'generic': ['Date', 'From', 'To', 'CC', 'Reply-To', 'Subject', 'Message-ID', 'In-Reply-To', 'References',
                '*', 'MIME-Version', 'CONTENT'],
}


class Msg:
    def __init__(self, folder, num, lang, slug, *, frm, to, subject, date, route, body,
                 cc=(), reply_to=None, rcpt=None, env_from=None, in_reply_to=None, references=None,
                 hcs='utf-8', henc='Q', extra=(), what='', why='', hn=None, display_to=True,
                 quote_names=False, delay=3, sender=None, mid=None):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.key = f'{folder}-{num:02d}-{slug}'
        self.frm, self.to, self.cc, self.reply_to = frm, list(to), list(cc), reply_to
        self.subject, self.body = subject, body
        self.rcpt = rcpt or self.to[0][1]
        self.env_from, self.in_reply_to, self.references = env_from, in_reply_to, references
        self.hcs, self.henc, self.extra = hcs, henc, list(extra)
        self.what, self.why, self.hn = what, why, hn
        self.display_to, self.quote_names, self.delay, self.sender = display_to, quote_names, delay, sender
        self.mid = mid
        self.route = route.bind(self)
        self.utc = to_utc(route.tz, date)

    @property
    def filename(self):
        return f'{self.num:02d}-{self.lang}-{self.slug}.eml'

    def has_attachment(self):
        return any(isinstance(p, Bin) and p.disp == 'attachment' for p in mime.walk(self.body))

    def top_is_mixed(self):
        return isinstance(self.body, Multi) and self.body.subtype == 'mixed'

    def msgid(self):
        return self.mid or self.route.msgid()

    # ------------------------------------------------------------ render
    def render(self):
        r = self.route
        t = self.utc
        helo, rdns, ip, tls = r.connect()
        trace = [mx01_received(helo, rdns, ip, tls, self.rcpt, t + timedelta(seconds=self.delay), self.key)]
        trace += r.hops(t)
        env = self.env_from or r.envfrom()
        cs, en = self.hcs, self.henc
        if cs.lower() == 'utf-8' and getattr(r, 'utf8_hdr', None):
            cs, en = r.utf8_hdr
        hd = {}
        hd['From'] = mime.addr(self.frm[0], self.frm[1], cs, en, self.quote_names)
        if self.sender:
            hd['Sender'] = mime.addr(self.sender[0], self.sender[1], cs, en)
        hd['To'] = mime.addr_list(self.to, cs, en, self.quote_names) if self.display_to else 'undisclosed-recipients:;'
        if self.cc:
            hd['CC'] = mime.addr_list(self.cc, cs, en, self.quote_names)
        if self.reply_to:
            hd['Reply-To'] = mime.addr(self.reply_to[0], self.reply_to[1], cs, en, self.quote_names)
        hd['Subject'] = mime.hdr_text(self.subject, cs, en)
        hd['Date'] = fmt(r.tz, t, pad=r.date_pad)
        mid = '<' + (self.mid or r.msgid()) + '>'
        hd['Message-ID'] = mid
        if self.in_reply_to:
            hd['In-Reply-To'] = '<' + self.in_reply_to + '>'
        if self.references:
            hd['References'] = '\n '.join('<' + x + '>' for x in self.references)
        hd['MIME-Version'] = '1.0'
        style = r.hstyle
        if style == 'apple':
            hd['Mime-Version'] = '1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))'
            del hd['MIME-Version']
            hd['Message-Id'] = hd.pop('Message-ID')
        extras = [(k, mime.hdr_text(v, cs, en)) for k, v in list(r.extras()) + list(self.extra)]
        # content
        chdrs, body = mime.render_part(self.body, r.boundary, preamble=getattr(r, 'preamble', True))
        order = ORDER[style]
        named = set(order)
        entries = list(hd.items()) + [(k, v) for k, v in extras if k not in hd]
        done = [False] * len(entries)
        lines = ['Return-Path: <' + env + '>'] + trace

        def emit(i):
            k, v = entries[i]
            lines.append(f'{k}: {v}' if v != '' else f'{k}:')
            done[i] = True
        for key in order:
            if key == 'CONTENT':
                lines += chdrs
            elif key == '*':
                for i, (k, v) in enumerate(entries):
                    if k not in named and not done[i]:
                        emit(i)
            else:
                for i, (k, v) in enumerate(entries):
                    if k == key and not done[i]:
                        emit(i)
        for i in range(len(entries)):
            if not done[i]:
                emit(i)
        head = '\n'.join(lines)
        head.encode('ascii')
        return head.encode('ascii') + b'\n\n' + body

    # ------------------------------------------------------------ manifest
    def text_parts(self):
        return [p for p in mime.walk(self.body) if isinstance(p, Text)]

    def charset_desc(self):
        seen = []
        for p in self.text_parts():
            if p.charset not in seen:
                seen.append(p.charset)
        return ' / '.join(seen)

    def cte_desc(self):
        short = {'quoted-printable': 'QP', 'base64': 'base64', '8bit': '8bit', '7bit': '7bit'}
        seen = []
        for p in self.text_parts():
            c = short[p.cte]
            if c not in seen:
                seen.append(c)
        return ' / '.join(seen)

    def structure(self):
        return mime.describe(self.body)
