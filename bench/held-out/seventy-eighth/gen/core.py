"""Mail object: combines a sending-system profile, standard headers and a MIME
body into the final .eml bytes, and describes itself for MANIFEST.md."""
import random
import re

import infra
import mailkit as mk

HQ_LANG = {'de': 'de-DE', 'en': 'en-GB', 'it': 'it-IT', 'pl': 'pl-PL', 'es': 'es-ES', 'el': 'el-GR', 'ru': 'ru-RU'}


class Mail:
    def __init__(self, slug, *, t, frm, to, subject, body, profile, pkw=None, rcpt=None, cc=None,
                 reply_to=None, mail_from=None, irt=None, refs=None, thread_topic=None, thread_index=None,
                 list_unsub=None, hcs='utf-8', henc='Q', tenant=None, extra=(), what='', why='',
                 pair=(), notif_type=None, lang_tag=None, rp=None, msgid=None, sender=None,
                 reply_to_hdr=None, quote_names=False):
        self.slug, self.t, self.frm, self.to, self.cc = slug, t, frm, to, cc
        self.subject, self.body, self.profile, self.pkw = subject, body, profile, pkw or {}
        self.rcpt = rcpt or (to[0][1] if isinstance(to, list) else to[1])
        self.reply_to, self.irt, self.refs = reply_to, irt, refs
        self.mail_from = mail_from or frm[1]
        self.list_unsub, self.hcs, self.henc, self.tenant = list_unsub, hcs, henc, tenant
        self.extra, self.what, self.why, self.pair = list(extra), what, why, pair
        self.notif_type, self.lang_tag, self.rp, self.msgid_override = notif_type, lang_tag, rp, msgid
        self.sender, self.reply_to_hdr, self.quote_names = sender, reply_to_hdr, quote_names
        tt = re.sub(r'^((RE|AW|WG|FW|Fwd|R|I|RV|ΑΠ|ΣΧΕΤ|Re|Odp|Re|ОТВ|Отв|Fw|PD|RIF)\s*:\s*)+', '', subject, flags=re.I)
        self._thread_topic_raw = thread_topic or tt
        self.thread_index = thread_index
        self.folder = self.lang = self.num = None

    # encoded helpers ---------------------------------------------------
    def _h(self, s):
        try:
            s.encode(self.hcs)
            cs = self.hcs
        except UnicodeEncodeError:
            cs = 'UTF-8' if self.hcs.isupper() else 'utf-8'
        return mk.hv(s, cs, self.henc)

    def _a(self, p):
        if p is None:
            return None
        if isinstance(p, list):
            return ', '.join(self._a(x) for x in p)
        if isinstance(p, str):
            return p
        try:
            p[0].encode(self.hcs)
            cs = self.hcs
        except UnicodeEncodeError:
            cs = 'utf-8'
        return mk.addr(p[0], p[1], cs, self.henc, quote=self.quote_names or None)

    @property
    def thread_topic(self):
        return self._h(self._thread_topic_raw)

    def render(self):
        key = 'audit79/%s/%s' % (self.folder, self.slug)
        ctx = infra.Ctx(random.Random(key))
        prof = self.profile(ctx, self, **self.pkw)
        msgid = self.msgid_override or prof['msgid'] or '<%s@%s>' % (ctx.hex(24), self.mail_from.split('@')[1])
        self.message_id = msgid
        std = {
            'from': self._a(self.frm), 'to': self._a(self.to), 'cc': self._a(self.cc),
            'subject': self._h(self.subject), 'date': mk.date(self.t), 'message-id': msgid,
            'in-reply-to': self.irt, 'references': self.refs, 'reply-to': self._a(self.reply_to),
            'mime': '1.0', 'sender': self._a(self.sender),
        }
        names = {'from': 'From', 'to': 'To', 'cc': 'Cc', 'subject': 'Subject', 'date': 'Date',
                 'message-id': 'Message-ID', 'in-reply-to': 'In-Reply-To', 'references': 'References',
                 'reply-to': 'Reply-To', 'mime': 'MIME-Version', 'sender': 'Sender'}
        headers, used = [], set()
        for o in prof['order']:
            if isinstance(o, tuple):
                headers.append(o)
            else:
                used.add(o)
                headers.append((names[o], std[o]))
        for k in ('from', 'to', 'subject', 'date', 'message-id', 'mime', 'cc', 'reply-to', 'in-reply-to', 'references', 'sender'):
            if k not in used and std[k] is not None:
                headers.append((names[k], std[k]))
        headers += self.extra
        # boundaries
        for p in self.body.walk():
            if p.children is not None and p.boundary is None:
                p.boundary = prof['bnd'](p.ctype.split('/')[1])
        rp = self.rp or prof.get('rp') or self.mail_from
        trace = ['Return-Path: <%s>' % rp if rp else 'Return-Path: <>',
                 infra.mx01_line(ctx, prof['client'], prof['tls'], self.rcpt, infra.tz.plus(self.t, 2 + len(prof['hops'])))]
        trace += prof['hops']
        self.client = prof['client']
        return mk.build(trace, headers, self.body)

    # manifest ----------------------------------------------------------
    def body_text_part(self):
        for p in self.body.walk():
            if p.children is None and p.ctype.startswith('text/') and not (p.disposition or '').startswith('attachment'):
                return p
        return None

    def structure(self):
        def desc(p):
            if p.children is not None:
                sub = p.ctype.split('/')[1]
                return '%s(%s)' % (sub, ', '.join(desc(c) for c in p.children))
            if p.filename:
                note = getattr(p, 'note', None)
                return '%s "%s"%s' % (p.ctype, p.filename, (' [%s]' % note) if note else '')
            return p.ctype
        return desc(self.body)
