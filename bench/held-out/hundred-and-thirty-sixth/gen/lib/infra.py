"""Transport profiles: what each sending system writes, and what mx01 adds."""
from . import when

TLS13 = ('\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
         '\t(No client certificate requested)\n')
TLS13_128 = ('\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n'
             '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
             '\t(No client certificate requested)\n')
TLS12 = ('\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
         '\t(No client certificate requested)\n')
TLS12_128 = ('\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\n'
             '\t(No client certificate requested)\n')

DMARC = {
    'gmail.com': 'none', 'googlemail.com': 'none', 'google.com': 'reject', 'accounts.google.com': 'reject',
    'outlook.com': 'none', 'outlook.de': 'none', 'hotmail.com': 'none', 'yahoo.com': 'reject', 'yahoo.gr': 'reject',
    'example.com': 'quarantine', 'examplegroup.eu': 'quarantine',
    'lieferant-gmbh.de': 'quarantine', 'ferretti-trasporti.it': 'none', 'nordhanse-bank.de': 'reject',
    'mail.nordhanse-bank.de': 'reject',
    'kessler-partner.de': 'quarantine', 'zollservice-hamburg.de': 'none', 'harrowgatefoods.co.uk': 'reject',
    'azafranes-lamancha.es': 'none', 'asesoriaturia.es': 'quarantine', 'olympos-herbs.gr': 'none',
    'nevsky-tea.ru': 'none', 'gastrohurt.pl': 'quarantine', 'esttf.org': 'none',
    'docusign.net': 'reject', 'paypal.com': 'reject', 'accounts.google.com': 'reject', 'eumail.docusign.net': 'reject', 'paypal.de': 'reject',
    'accountprotection.microsoft.com': 'reject', 'microsoft.com': 'reject', 'dropbox.com': 'reject',
    'ansmtp.ariba.com': 'reject', 'ariba.com': 'reject', 'staff.aruba.it': 'none', 'aruba.it': 'none',
    'dpd.com.pl': 'none', 'businessportal.gr': 'none', 'kontur.ru': 'none', 'diadoc.ru': 'none',
    'wp.pl': 'none', 'yandex.ru': 'reject', 'mail.ru': 'reject', 'otenet.gr': 'none',
}


def b_prefix(sig):
    return sig[:8]


def dkim_header(m, d, s, h, bh=None, b=None, c='relaxed/relaxed', t=None, x=None, q=False, extra='', fold=True, i=None):
    bh = bh or m.b64(43) + '='
    b = b or m.b64(342) + '=='
    parts = ['v=1', 'a=rsa-sha256', 'c=%s' % c]
    if q:
        parts.append('q=dns/txt')
    parts.append('d=%s' % d)
    if i:
        parts.append('i=%s' % i)
    parts.append('s=%s' % s)
    if t:
        parts.append('t=%d' % t)
    if x:
        parts.append('x=%d' % x)
    if extra:
        parts.append(extra)
    parts.append('h=%s' % h)
    parts.append('bh=%s' % bh)
    lines = []
    cur = ''
    for p in parts:
        tok = p + ';'
        if '\n' in tok:
            segs = tok.split('\n')
            if cur:
                lines.append(cur)
            lines.append(segs[0] if not lines else '\t' + segs[0].lstrip())
            lines.extend(segs[1:-1])
            cur = segs[-1]
            continue
        if cur and len(cur) + 1 + len(tok) > 74:
            lines.append(cur)
            cur = '\t' + tok
        else:
            cur = (cur + ' ' + tok) if cur else tok
    lines.append(cur)
    lines.append('\tb=' + '\n\t '.join(b[k:k + 70] for k in range(0, len(b), 70)))
    m._dkim.append((d, s, b)) if hasattr(m, '_dkim') else setattr(m, '_dkim', [(d, s, b)])
    return ('DKIM-Signature', '\n'.join(lines))


def auth_headers(m):
    """mx01's own verdicts (opendmarc, opendkim, policyd-spf)."""
    a = m.auth or {}
    out = []
    fromdom = m.frm[1].split('@')[1].lower()
    dm = a.get('dmarc', 'pass')
    pol = a.get('dmarc_policy') or DMARC.get(fromdom)
    if dm == 'none' or pol is None:
        out.append(('Authentication-Results', 'mx01.example.com; dmarc=none (p=none dis=none) header.from=%s' % fromdom))
    else:
        dis = 'none'
        if dm == 'fail':
            dis = pol
        out.append(('Authentication-Results', 'mx01.example.com; dmarc=%s (p=%s dis=%s) header.from=%s' % (dm, pol, dis, fromdom)))
    dk = a.get('dkim')
    if dk is None:
        dk = [(d, s, b, 'pass') for d, s, b in getattr(m, '_dkim', [])]
    if dk:
        items = []
        for d, s, b, res in dk:
            if res == 'pass' and '1024' in s:
                res = 'pass1024'
            note = '(2048-bit key; unprotected)' if res == 'pass' else ('(1024-bit key; unprotected)' if res == 'pass1024' else '(signature verification failed)' if res == 'fail' else '')
            r = 'pass' if res == 'pass1024' else res
            items.append('dkim=%s %s header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (
                r, note, d, d, s, b_prefix(b)))
        out.append(('Authentication-Results', 'mx01.example.com;\n\t' + ';\n\t'.join(items) + ';\n\tdkim-atps=neutral'))
    else:
        out.append(('Authentication-Results', 'mx01.example.com; dkim=none; dkim-atps=neutral'))
    spf = a.get('spf', 'pass')
    if spf != 'skip':
        c = m.client
        ef = m.env_from or ('postmaster@' + c['helo'])
        label = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'Softfail', 'none': 'None', 'neutral': 'Neutral'}[spf]
        expl = ''
        if spf == 'fail':
            expl = ' (mailfrom)'
        if spf == 'none':
            out.append(('Received-SPF', 'None (no SPF record) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>' % (c['ip'], c['helo'], ef)))
        else:
            out.append(('Received-SPF', '%s%s identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>' % (
                label, ' (mailfrom)' if not expl else expl, c['ip'], c['helo'], ef)))
    return out


def _ct(m):
    """Content headers of the root part as (name, value) list."""
    return m.root.content_headers()


def ct_value(m):
    return [v for k, v in _ct(m) if k == 'Content-Type'][0]


def cte_value(m):
    v = [v for k, v in _ct(m) if k == 'Content-Transfer-Encoding']
    return v[0] if v else None


def msg_fields(m, order, utc_date=False, zone=None, mixed_subject=False):
    """Return header list for the message fields in `order` (names)."""
    out = []
    for name in order:
        ln = name.lower()
        if ln == 'from':
            out.append(('From', m.a(*m.frm)))
        elif ln == 'sender' and m.sender:
            out.append(('Sender', m.a(*m.sender)))
        elif ln == 'to' and getattr(m, 'to_raw', None):
            out.append(('To', m.to_raw))
        elif ln == 'to' and m.to:
            out.append(('To', m.alist(m.to)))
        elif ln == 'cc' and m.cc:
            out.append(('CC' if name == 'CC' else 'Cc', m.alist(m.cc)))
        elif ln == 'reply-to' and m.reply_to:
            out.append(('Reply-To', m.a(*m.reply_to)))
        elif ln == 'subject':
            out.append(('Subject', m.subj(mixed=mixed_subject)))
        elif ln == 'date':
            out.append(('Date', m.date_hdr(zone=zone, utc=utc_date)))
        elif ln == 'message-id':
            out.append(('Message-ID' if name == 'Message-ID' else name, '<%s>' % m.msgid))
        elif ln == 'in-reply-to' and m.in_reply_to:
            out.append((name, '<%s>' % m.in_reply_to))
        elif ln == 'references' and m.references:
            out.append((name, ' '.join('<%s>' % r for r in m.references)))
        elif ln == 'mime-version':
            out.append(('MIME-Version', '1.0'))
        elif ln == 'content-type':
            out.append(('Content-Type', ct_value(m)))
        elif ln == 'content-transfer-encoding':
            v = cte_value(m)
            if v:
                out.append(('Content-Transfer-Encoding', v))
        elif ln == 'extra':
            out.extend(m.extra)
        elif ln.startswith('='):
            pass
    return out


def hops_time(m, *deltas):
    """Return list of instants starting at m.date shifted by cumulative deltas (seconds)."""
    res = []
    t = m.date
    for d in deltas:
        t = when.add(t, d)
        res.append(t)
    return res
