"""Mail: one evaluation message -> RFC 5322 bytes (CRLF)."""
import base64
import random
from util import parse_berlin, plus, rfc2822, hval, addr, fold, is_ascii
from mime import assign_boundaries, attachments, serialize_part, Multi, Text, Att
from infra import boundary_gen, mx01_received

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-', 'x-spam', 'received-spf')

ORDERS = {
    'outlook': ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date',
                'Message-ID', 'References', 'In-Reply-To', '*', 'Content-Type',
                'Content-Transfer-Encoding', 'MIME-Version'],
    'outlook_smtp': ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date',
                     'Message-ID', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', '*'],
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject',
              'To', 'Cc', 'Reply-To', '*', 'Content-Type', 'Content-Transfer-Encoding'],
    'thunderbird': ['Message-ID', 'Date', 'MIME-Version', '*', 'Subject', 'To', 'Cc', 'References',
                    'From', 'Reply-To', 'In-Reply-To', 'Content-Type', 'Content-Transfer-Encoding'],
    'apple': ['From', 'Content-Type', 'Content-Transfer-Encoding', 'Mime-Version', 'Subject', 'Date',
              'References', 'Cc', 'To', 'Reply-To', 'In-Reply-To', 'Message-Id', '*'],
    'roundcube': ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'Reply-To', 'In-Reply-To',
                  'References', 'Message-ID', '*', 'Content-Type', 'Content-Transfer-Encoding'],
    'trinity': ['MIME-Version', 'Message-ID', 'From', 'To', 'Cc', 'Subject', 'Reply-To',
                'In-Reply-To', 'References', 'Content-Type', 'Date', '*', 'Content-Transfer-Encoding'],
    'phpmailer': ['Date', 'To', 'From', 'Reply-To', 'Cc', 'Subject', 'Message-ID', '*',
                  'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'],
    'esp': ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To',
            'References', 'MIME-Version', '*', 'Content-Type', 'Content-Transfer-Encoding'],
    'thebat': ['Date', 'From', '*', 'Reply-To', 'Message-ID', 'To', 'Cc', 'Subject', 'In-Reply-To',
               'References', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'],
    'generic': ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To',
                'References', 'MIME-Version', '*', 'Content-Type', 'Content-Transfer-Encoding'],
}


class Ctx:
    pass


def thread_index(rng, replies=0):
    raw = bytes([0x01, 0xDB] + [rng.randrange(256) for _ in range(20)] +
                [rng.randrange(256) for _ in range(5 * replies)])
    return base64.b64encode(raw).decode()


class Mail:
    def __init__(self, slug, when, rcpt, via, frm, subject, body, to=None, cc=(),
                 reply_to=None, irt=None, refs=None, hcs='utf-8', henc='Q', hlabel=None,
                 extra=(), sent_delta=20, what='', why='', pair=(), replies=0,
                 return_path=None, tags=(), rcpt_name=None, topic=None, msgid=None,
                 mime_version='1.0', pair_note='', zip_password=None):
        self.slug = slug
        self.when = when
        self.rcpt = rcpt
        self.via = via
        self.frm = frm
        self.subject = subject
        self.body = body
        self.to = to
        self.cc = list(cc)
        self.reply_to = reply_to
        self.irt = irt
        self.refs = refs
        self.hcs = hcs
        self.henc = henc
        self.hlabel = hlabel
        self.extra = list(extra)
        self.sent_delta = sent_delta
        self.what = what
        self.why = why
        self.pair = tuple(pair)
        self.replies = replies
        self.return_path = return_path
        self.tags = tuple(tags)
        self.rcpt_name = rcpt_name
        self.topic = topic
        self.msgid_override = msgid
        self.mime_version = mime_version
        self.pair_note = pair_note
        self.zip_password = zip_password
        self.lang = None
        self.folder = None
        self.filename = None

    # ------------------------------------------------------------------
    def render(self):
        rng = random.Random('%s/%s' % (self.folder, self.slug))
        ctx = Ctx()
        ctx.rng = rng
        ctx.t_rx = parse_berlin(self.when)
        ctx.t_sent = plus(ctx.t_rx, -self.sent_delta)
        ctx.rcpt = self.rcpt
        ctx.frm_email = self.frm[1]
        ctx.has_attach = bool([a for a in attachments(self.body) if not a.inline])
        ctx.slug = self.slug
        via = self.via(ctx)
        self._via = via
        msgid = self.msgid_override or via.msgid
        assign_boundaries(self.body, boundary_gen(via.boundary, rng, msgid))

        def A(name, email):
            return addr(name, email, charset=self.hcs, enc=self.henc, cs_label=self.hlabel)

        H = {}

        def put(name, value):
            if value is None:
                return
            H.setdefault(name.lower(), []).append((name, value))

        style = via.style
        cc_name = 'CC' if style == 'outlook' else 'Cc'
        put('From', A(*self.frm))
        to = self.to if self.to is not None else [(self.rcpt_name, self.rcpt)]
        put('To', ', '.join(A(n, e) for n, e in to))
        if self.cc:
            put(cc_name, ', '.join(A(n, e) for n, e in self.cc))
        if self.reply_to:
            put('Reply-To', A(*self.reply_to))
        subj = hval(self.subject, self.hcs, self.henc, self.hlabel)
        put('Subject', subj)
        if style == 'outlook':
            topic = self.topic or self.subject
            for pre in ('AW: ', 'RE: ', 'Re: ', 'WG: ', 'FW: ', 'R: ', 'ΑΠ: ', 'Odp: '):
                if topic.startswith(pre):
                    topic = topic[len(pre):]
            put('Thread-Topic', hval(topic, self.hcs, self.henc, self.hlabel))
            put('Thread-Index', thread_index(rng, self.replies))
        put('Date', rfc2822(ctx.t_sent, via.date_zone, abbr=via.date_abbr, pad_day=via.pad_day))
        put('Message-Id' if style == 'apple' else 'Message-ID', msgid)
        if self.refs:
            put('References', self.refs)
        if self.irt:
            put('In-Reply-To', self.irt)
        put('Mime-Version' if style == 'apple' else 'MIME-Version', self.mime_version)
        star = []
        for n, v in via.mailer:
            if n.lower() in ('x-ms-has-attach',) and v == '':
                star.append((n, ''))
            else:
                star.append((n, v))
        star += self.extra
        ph = self.body.header_lines()
        for line in ph:
            n, v = line.split(':', 1)
            put(n, v.strip() if '\r\n' not in v else v.lstrip(' '))
        order = ORDERS[style]
        out_headers = []
        used = set()
        for name in order:
            if name == '*':
                out_headers += star
                continue
            for (n, v) in H.get(name.lower(), []):
                out_headers.append((n, v))
            used.add(name.lower())
        for k, lst in H.items():
            if k not in used:
                # put any leftover before the content headers
                out_headers += lst
        # trace block
        lines = []
        rp = self.return_path if self.return_path is not None else via.return_path
        lines.append('Return-Path: <%s>' % rp)
        lines.append(fold('Received', mx01_received(ctx, via)))
        for h in via.hops:
            lines.append(fold('Received', h))
        for n, v in via.trace:
            lines.append(fold(n, v))
        for n, v in out_headers:
            if v == '':
                lines.append('%s: ' % n)
            elif '\r\n' in v:
                lines.append('%s: %s' % (n, v))
            else:
                lines.append(fold(n, v))
        for n, v in via.extra:
            lines.append(fold(n, v))
        for ln in lines:
            low = ln.lower()
            assert not low.startswith(FORBIDDEN), ln
        head = '\r\n'.join(lines).replace('\r\n', '\n').replace('\n', '\r\n')
        for hl in head.split('\r\n'):
            assert len(hl) <= 998
            hl.encode('ascii')
        data = head.encode('ascii') + b'\r\n\r\n' + self.body.encoded_body()
        if not data.endswith(b'\r\n'):
            data += b'\r\n'
        self.t_rx = ctx.t_rx
        return data

    # ------------------------------------------------------------------
    def manifest_info(self):
        tp = self.body.text_parts()
        cs = []
        ctes = []
        for p in tp:
            if p.label not in cs:
                cs.append(p.label)
            c = p.cte or '7bit (implicit)'
            if c not in ctes:
                ctes.append(c)
        return ', '.join(cs), ', '.join(ctes), self.body.describe()
