#!/usr/bin/env python3
"""Entry point: writes attack/, business/, staff.txt and MANIFEST.md deterministically."""
import os, sys, email, email.policy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import infra, mime, util
from people import S, ORDER
import manifest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ['de'] * 8 + ['en'] * 8 + ['it'] * 5 + ['pl'] * 5 + ['es'] * 5 + ['el'] * 5 + ['ru'] * 4

def assemble(m, folder):
    r = util.rng_for(folder + m['slug'])
    frm_name, frm_addr = m['frm']
    to = m['to']
    rcpt = m.get('rcpt') or to[0][1]
    t = m['t']
    cs = m.get('hcs', 'utf-8')
    d = m['inf'](r, t, frm_addr, rcpt)
    arrive = infra.plus(t, m.get('delay', r.randrange(2, 9)))
    hs = [('Return-Path', '<%s>' % m.get('rp', d.get('rp', frm_addr)))]
    hs.append(('Received', infra.mx01(r, d['client'], rcpt, arrive, d.get('tls', infra.TLS13))))
    for h in d['hops']:
        hs.append(('Received', h))
    for k, v in d.get('extra', []):
        if k.startswith('X-Received') or k.startswith('X-Gm') or k.startswith('X-Google') or k in ('X-SES-Outgoing', 'Feedback-ID', 'X-SG-EID', 'X-Entity-ID', 'X-Mailgun-Sid', 'X-Provags-ID', 'UI-OutboundReport'):
            hs.append((k, v))
    hdr = []
    hdr.append(('From', mime.addr(frm_name, frm_addr, cs)))
    if m.get('sender'):
        hdr.append(('Sender', m['sender']))
    hdr.append(('To', ',\n\t'.join(mime.addr(n, a, cs) for n, a in to)))
    if m.get('cc'):
        hdr.append(('CC', ',\n\t'.join(mime.addr(n, a, cs) for n, a in m['cc'])))
    if m.get('reply_to'):
        hdr.append(('Reply-To', mime.addr(m['reply_to'][0], m['reply_to'][1], cs)))
    hdr.append(('Subject', mime.hdr_text(m['subject'], cs)))
    if d.get('topic'):
        hdr.append(('Thread-Topic', mime.hdr_text(m['subject'].split(': ', 1)[-1] if m['subject'][:3].lower() in ('re:', 'aw:', 'r: ', 'fw:', 'wg:') else m['subject'], cs)))
    hdr.append(('Date', infra.fmt(t, m.get('tz', 'DE'))))
    hdr.append(('Message-ID', m.get('msgid', d['msgid'])))
    if m.get('irt'):
        hdr.append(('In-Reply-To', m['irt']))
        hdr.append(('References', m.get('refs', m['irt'])))
    for k, v in d.get('extra', []):
        if (k, v) not in hs:
            hdr.append((k, v))
    hdr += m.get('extra', [])
    bh, body = mime.render(m['body'], r, d.get('bstyle', 'generic'))
    mh = [('MIME-Version', '1.0')] + bh
    if m['body'].children is None:
        pass
    headers = hs + (mh + hdr if d.get('mime_first') else hdr + mh)
    out = ''.join('%s: %s\n' % (k, v) if v != '' else '%s:\n' % k for k, v in headers).encode('ascii') + b'\n' + body
    return out

def first_text(p):
    for x in mime.walk(p):
        if x.children is None and x.ctype.startswith('text/') and 'filename' not in x.meta:
            return x
    return None

def load():
    import att_de_en, att_it_pl_es, att_el_ru, biz_de_en, biz_it_pl_es, biz_el_ru
    A = att_de_en.MSGS + att_it_pl_es.MSGS + att_el_ru.MSGS
    B = biz_de_en.MSGS + biz_it_pl_es.MSGS + biz_el_ru.MSGS
    return A, B

def check(path):
    raw = open(path, 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg['From'] and msg['Date'] and msg['Message-ID'], path
    str(msg['Subject'])
    assert raw.split(b'\n', 2)[1].startswith(b'Received: from '), path
    assert b'for <' in raw.split(b'\n\n', 1)[0].split(b'Received:')[1], path
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True)
        assert data is not None, path
        if ct.startswith('text/') and part.get_filename() is None:
            part.get_content()
            data.decode(part.get_content_charset())
            n += 1
        if ct in ('application/zip', 'application/x-zip-compressed'):
            import zipfile, io
            z = zipfile.ZipFile(io.BytesIO(data))
            for zi in z.infolist():
                if zi.flag_bits & 1:
                    assert zi.filename
                else:
                    z.read(zi)
    assert n >= 1, path
    for h in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'X-Spam-Status'):
        assert h not in msg, (path, h)
    return msg

def main():
    A, B = load()
    for folder, L in (('attack', A), ('business', B)):
        assert len(L) == 40, (folder, len(L))
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, folder)):
            os.remove(os.path.join(ROOT, folder, f))
        for i, m in enumerate(L, 1):
            assert m['lang'] == LANGS[i - 1], (folder, i, m['slug'])
            m['file'] = '%02d-%s-%s.eml' % (i, m['lang'], m['slug'])
            data = assemble(m, folder)
            p = os.path.join(ROOT, folder, m['file'])
            open(p, 'wb').write(data)
            check(p)
            ft = first_text(m['body'])
            m['charset'], m['cte'] = ft.meta['cs'], ft.meta['cte']
            m['structure'] = mime.describe(m['body'])
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for k in ORDER:
            f.write('%s=%s\n' % (S[k][0], S[k][1]))
    manifest.write(os.path.join(ROOT, 'MANIFEST.md'), A, B)
    print('wrote %d attack, %d business messages' % (len(A), len(B)))

if __name__ == '__main__':
    main()
