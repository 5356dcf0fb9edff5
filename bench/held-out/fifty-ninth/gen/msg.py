"""Message model and renderer."""

import datetime as _dt
import random

import mime
from mime import Text, Att, Multi
from infra import R, mx_received


class Ctx:
    pass


class M:
    def __init__(self, folder, n, lang, slug, when, zone, frm, to, subject, infra, body, what, why,
                 cc=None, reply_to=None, headers=None, return_path=None, in_reply_to=None, references=None,
                 hcs=None, henc=None, hardneg=None, rcpt=None, msgid=None, client_helo=None,
                 list_host=None, list_name=None, note=None, structure=None, mx_delay=None, drop=None):
        self.folder, self.n, self.lang, self.slug = folder, n, lang, slug
        self.when, self.zone, self.frm, self.to, self.subject = when, zone, frm, to, subject
        self.infra, self.body, self.what, self.why = infra, body, what, why
        self.cc, self.reply_to, self.headers = cc or [], reply_to, headers or []
        self.return_path, self.in_reply_to, self.references = return_path, in_reply_to, references
        self.hcs, self.henc, self.hardneg = hcs, henc, hardneg or []
        self.rcpt, self.msgid, self.client_helo = rcpt, msgid, client_helo
        self.list_host, self.list_name, self.note = list_host, list_name, note
        self.structure, self.mx_delay, self.drop = structure, mx_delay, drop or []

    @property
    def fname(self):
        return '%02d-%s-%s.eml' % (self.n, self.lang, self.slug)

    # ----------------------------------------------------------------
    def render(self):
        rng = random.Random('audit60/%s/%s' % (self.folder, self.fname))
        t = mime.local_to_utc(self.when, self.zone)
        c = Ctx()
        c.r, c.t = R(rng), t
        c.sender = self.frm[1]
        c.sender_domain = self.frm[1].split('@')[1]
        c.rcpt = self.rcpt or self.to[0][1]
        c.subject_raw = self.subject
        c.has_att = _has_att(self.body)
        c.client_helo = self.client_helo
        c.return_path = self.return_path
        c.list_host, c.list_name = self.list_host, self.list_name
        p = self.infra(c)
        hcs = self.hcs or p.get('hcs', 'utf-8')
        henc = self.henc or p.get('henc', 'B')
        csname = hcs.upper() if p.get('csname_upper') else None

        h = {}
        h['From'] = mime.addr(self.frm[0], self.frm[1], hcs, henc, csname)
        h['To'] = mime.addrs(self.to, hcs, henc, csname)
        if self.cc:
            h['Cc'] = mime.addrs(self.cc, hcs, henc, csname)
        if self.reply_to:
            h['Reply-To'] = mime.addr(self.reply_to[0], self.reply_to[1], hcs, henc, csname)
        h['Subject'] = mime.subj(self.subject, hcs, henc, csname)
        zone = p.get('zone', 'DE')
        h['Date'] = mime.rfc2822(t, zone)
        h['Message-ID'] = self.msgid or p['msgid'] or '<%s@%s>' % (c.r.hex(24), c.sender_domain)
        if self.in_reply_to:
            h['In-Reply-To'] = self.in_reply_to
        if self.references:
            h['References'] = self.references
        h['MIME-Version'] = '1.0'

        extra = []
        for k, v in p.get('extra', []):
            if k == 'Thread-Topic':
                v = mime.subj(self.subject, hcs, henc, csname)
            extra.append((k, v))
        extra += self.headers
        extra = [(k, v) for k, v in extra if k not in self.drop]

        bstyle = p.get('bstyle') or 'python'
        ctx = dict(p.get('ctx') or {})
        ph, body = mime.render_part(self.body, rng, bstyle, ctx, top=True)

        order = p.get('order') or ['Date', 'From', 'To', 'Cc', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type', '*']
        # Map case-insensitively
        named = {k.lower(): (k, v) for k, v in h.items()}
        for k, v in list(extra):
            if k.lower() in ('message-id', 'date', 'mime-version'):
                named[k.lower()] = (k, v)
                extra.remove((k, v))
        lines = []
        used = set()
        extra_used = [False] * len(extra)

        def emit_extra_named(name):
            for i, (k, v) in enumerate(extra):
                if not extra_used[i] and k.lower() == name.lower():
                    extra_used[i] = True
                    lines.append('%s: %s' % (k, v))

        for name in order:
            ln = name.lower()
            if name == '*':
                for i, (k, v) in enumerate(extra):
                    if not extra_used[i] and k.lower() not in [o.lower() for o in order]:
                        extra_used[i] = True
                        lines.append('%s: %s' % (k, v))
                continue
            if ln == 'content-type':
                lines.extend(ph)
                used.add('content-type')
                continue
            if ln in named and ln not in used:
                k, v = named[ln]
                if ln == 'message-id':
                    k = name
                lines.append('%s: %s' % (name if ln in ('message-id', 'cc') else k, v))
                used.add(ln)
            else:
                emit_extra_named(name)
        for ln, (k, v) in named.items():
            if ln not in used:
                lines.append('%s: %s' % (k, v))
        if 'content-type' not in used:
            lines.extend(ph)
        for i, (k, v) in enumerate(extra):
            if not extra_used[i]:
                lines.append('%s: %s' % (k, v))
        lines = [ln.replace('X-MS-Has-Attach: ', 'X-MS-Has-Attach:').replace('X-MS-TNEF-Correlator: ', 'X-MS-TNEF-Correlator:')
                 if ln.endswith(': ') else ln for ln in lines]

        delay = self.mx_delay if self.mx_delay is not None else p.get('delay', 2) + rng.randrange(0, 3)
        tmx = t + _dt.timedelta(seconds=delay)
        helo, rdns, ip, tls = p['mx']
        top = ['Return-Path: <%s>' % (self.return_path or p.get('return_path') or c.sender),
               'Received: ' + mx_received(c.r, helo, rdns, ip, tls, tmx, c.rcpt)]
        top += ['Received: ' + x for x in p.get('received', [])]
        head = '\n'.join(top + lines) + '\n\n'
        data = head.encode('ascii') + body
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return data


def _has_att(part):
    if isinstance(part, Att):
        return part.disposition == 'attachment'
    if isinstance(part, Multi):
        return any(_has_att(p) for p in part.parts)
    return False


# ------------------------------------------------------------------ manifest descriptors
def text_parts(part, out=None):
    out = [] if out is None else out
    if isinstance(part, Text) and not part.disposition:
        out.append(part)
    elif isinstance(part, Multi):
        for p in part.parts:
            text_parts(p, out)
    return out


def describe(part):
    if isinstance(part, Text):
        s = part.ctype
        if part.disposition:
            s += ' attachment'
        return s
    if isinstance(part, Att):
        kind = {'application/pdf': 'PDF', 'application/zip': 'ZIP', 'application/x-zip-compressed': 'ZIP',
                'image/png': 'PNG', 'image/svg+xml': 'SVG', 'text/html': 'HTML', 'application/octet-stream': 'binary',
                'application/xml': 'XML', 'text/calendar': 'ICS'}.get(part.ctype, part.ctype)
        if part.disposition == 'inline' and part.cid:
            return 'inline %s (cid)' % kind
        return '%s `%s`' % (kind, part.filename)
    inner = ', '.join(describe(p) for p in part.parts)
    return '%s [%s]' % (part.ctype, inner)


def charset_summary(m):
    tps = text_parts(m.body)
    css = []
    ctes = []
    for tp in tps:
        n = (tp.csname or tp.cs).lower()
        if n not in css:
            css.append(n)
        if tp.cte not in ctes:
            ctes.append(tp.cte)
    return ' / '.join(css), ' / '.join(ctes)
