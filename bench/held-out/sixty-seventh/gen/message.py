"""Message object: assembles trace, headers and MIME body into an .eml."""
import re

from common import (addr, addr_list, fold, hexs, hval, plus, rfc_date,
                    rng_for)
from systems import pf_qid

LANGS = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
SPLIT = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}

REPLY_PREFIX = re.compile(r'^((AW|WG|RE|Re|R|I|Fwd|FW|Odp|ODP|RV|ΑΠ|ΣΧΕΤ|Ответ|Re\[\d+\]|Fw|TR):\s*)+')


class Msg:
    def __init__(self, lang, slug, *, when, route, frm, to, subject, body,
                 cc=None, reply_to=None, rcpt=None, hdr_cs='utf-8', hdr_mode='Q',
                 in_reply_to=None, references=None, extra=None, envelope=None,
                 zone=None, what='', why='', pair=None, mime_version='1.0',
                 sender=None, subj_whole=False, to_raw=None):
        self.lang = lang
        self.slug = slug
        self.when = when
        self.route = route
        self.frm = frm
        self.to = to
        self.cc = cc or []
        self.reply_to = reply_to
        self.rcpt = rcpt or to[0][1]
        self.subject = subject
        self.body = body
        self.hdr_cs = hdr_cs
        self.hdr_mode = hdr_mode
        self.in_reply_to = in_reply_to
        self.references = references
        self.extra = extra or []
        self.envelope = envelope
        self.zone = zone
        self.what = what
        self.why = why
        self.pair = pair
        self.mime_version = mime_version
        self.sender = sender
        self.subj_whole = subj_whole
        self.to_raw = to_raw
        self.folder = None
        self.num = None
        self.env = None

    # ------------------------------------------------------------ helpers
    @property
    def filename(self):
        return '%02d-%s-%s.eml' % (self.num, self.lang, self.slug)

    def thread_topic(self):
        return REPLY_PREFIX.sub('', self.subject)

    def has_attachment(self):
        return any(p.role == 'attachment' for p in self.body.walk())

    # ------------------------------------------------------------ render
    def render(self):
        rng = rng_for(self.folder, self.num, self.slug)
        env = self.route(self, rng)
        self.env = env
        rp = self.envelope or env.return_path
        lines = ['Return-Path: <%s>' % rp]
        helo, rdns, ip = env.client
        t_mx = plus(self.when, env.delay + rng.randint(0, 2))
        r = 'Received: from %s (%s [%s])\n' % (helo, rdns or 'unknown', ip)
        if env.tls == 'tls13':
            r += ('\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
                  '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
                  '\t(No client certificate requested)\n')
        elif env.tls == 'tls12':
            r += ('\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
                  '\t(No client certificate requested)\n')
        r += '\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
            'ESMTPS' if env.tls else 'ESMTP', pf_qid(rng), self.rcpt,
            rfc_date(t_mx, 'DE', paren=True))
        lines.append(r)
        lines += env.trace

        cs, md = self.hdr_cs, self.hdr_mode
        H = {}
        H['From'] = addr(self.frm[0], self.frm[1], cs, md)
        if self.sender:
            H['Sender'] = addr(self.sender[0], self.sender[1], cs, md)
        H['To'] = self.to_raw or addr_list(self.to, cs, md)
        if self.cc:
            H['Cc'] = addr_list(self.cc, cs, md)
        if self.reply_to:
            H['Reply-To'] = addr(self.reply_to[0], self.reply_to[1], cs, md)
        H['Subject'] = hval(self.subject, cs, md, whole=self.subj_whole)
        H['Date'] = rfc_date(self.when, env.zone)
        H['Message-ID'] = env.msgid
        if self.in_reply_to:
            H['In-Reply-To'] = self.in_reply_to
        if self.references:
            H['References'] = self.references
        H['MIME-Version'] = self.mime_version
        extra = list(env.extra) + list(self.extra)
        tt = [kv for kv in extra if kv[0] in ('Thread-Topic', 'Thread-Index')]
        extra = [kv for kv in extra if kv[0] not in ('Thread-Topic', 'Thread-Index')]
        if tt:
            tt = [('Thread-Topic', hval(self.thread_topic(), cs, md))] + [kv for kv in tt if kv[0] == 'Thread-Index']
        mime = self.body.headers()

        def h(k):
            return [(k, H[k])] if k in H else []

        if env.order == 'gmail':
            order = (h('MIME-Version') + h('References') + h('In-Reply-To') + h('From') + h('Sender') +
                     h('Date') + h('Message-ID') + h('Subject') + h('To') + h('Cc') + h('Reply-To') + extra)
        elif env.order == 'ms':
            order = (h('From') + h('Sender') + h('To') + h('Cc') + h('Reply-To') + h('Subject') + tt +
                     h('Date') + h('Message-ID') + h('References') + h('In-Reply-To') + extra)
        else:
            order = (h('From') + h('Sender') + h('To') + h('Cc') + h('Reply-To') + h('Subject') + h('Date') +
                     h('Message-ID') + h('In-Reply-To') + h('References') + extra + h('MIME-Version'))
        for k, v in order:
            lines.append(fold(k, v) if v else '%s: ' % k)
        if env.order == 'ms':
            lines += mime
            lines.append('MIME-Version: %s' % self.mime_version)
        elif env.order == 'gmail':
            lines += mime
        else:
            lines += mime
        head = '\n'.join(lines) + '\n\n'
        for ln in head.split('\n'):
            assert len(ln) <= 998
        return head.encode('ascii') + self.body.body_bytes()

    # ------------------------------------------------------------ manifest
    def body_charsets(self):
        cs, ctes = [], []
        for p in self.body.walk():
            if p.parts is None and p.role == 'body' and p.ctype.startswith('text/'):
                if p.charset and p.charset not in cs:
                    cs.append(p.charset)
                c = p.cte or '7bit'
                if c not in ctes:
                    ctes.append(c)
        return ', '.join(cs), ', '.join(ctes)

    def structure(self):
        return describe(self.body)


LABEL = {'application/pdf': 'PDF', 'application/zip': 'ZIP', 'application/x-zip-compressed': 'ZIP',
         'image/png': 'PNG', 'image/svg+xml': 'SVG', 'text/html': 'HTML', 'audio/wav': 'WAV',
         'audio/x-wav': 'WAV', 'application/xml': 'XML', 'text/xml': 'XML', 'image/jpeg': 'JPEG',
         'text/calendar': 'ICS', 'application/octet-stream': 'binary'}


def describe(p):
    if p.parts is not None:
        inner = ', '.join(describe(c) for c in p.parts)
        return '%s(%s)' % (p.ctype.split('/')[1], inner)
    if p.role == 'body' and p.ctype.startswith('text/'):
        return p.ctype.split('/')[1]
    lab = LABEL.get(p.ctype, p.ctype)
    s = '%s `%s`' % (lab, p.filename) if p.filename else lab
    if p.role == 'inline' or p.disp == 'inline':
        s += ' (inline)'
    note = getattr(p, 'note', None)
    if note:
        s += ' [%s]' % note
    return s
