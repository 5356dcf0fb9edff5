"""Turn a message spec (dict) into RFC 5322 bytes."""
import infra
import mime
import pdf as pdfmod
import png as pngmod
import qr as qrmod
import textfmt
import zipc
from util import R, rfcdate, local_to_utc, ew, fmt_addr, fmt_addrs, ruuid, rhex, localtime

# ----------------------------------------------------------- attachments
ZIP_CT = {'outlook': 'application/x-zip-compressed', 'other': 'application/zip'}


def att_pdf(name, lines, title='', author='', producer='', creator='', date=None, tz='de', qr=None,
            links=(), compress=True, style='2047'):
    utc = local_to_utc(date, tz) if date else None
    qrm = None
    if qr:
        url, x, y, size = qr
        qrm = (qrmod.encode(url), x, y, size)
    data = pdfmod.make_pdf(lines, title=title, author=author, producer=producer, creator=creator,
                           utc=utc, zone=tz, qr=qrm, links=links, compress=compress)
    return dict(ctype='application/pdf', name=name, data=data, kind='pdf', qr=qr[0] if qr else None,
                style=style)


def att_zip(name, inner, date_time, ctype='application/zip', style='2047'):
    data = zipc.zip_plain([(n, zipc.PLACEHOLDER) for n in inner], date_time)
    return dict(ctype=ctype, name=name, data=data, kind='zip', inner=inner, style=style)


def att_zipenc(name, inner, password, date_time, seed, ctype='application/zip', style='2047'):
    data = zipc.zip_crypto([(n, zipc.PLACEHOLDER) for n in inner], password, date_time, R('zip', seed))
    return dict(ctype=ctype, name=name, data=data, kind='zipenc', inner=inner, password=password, style=style)


def att_qrpng(name, url, cid=None, scale=6):
    return dict(ctype='image/png', name=name, data=qrmod.qr_png(url, scale=scale), kind='qrpng', qr=url,
                cid=cid, scale=scale)


def att_png(name, data, cid=None):
    return dict(ctype='image/png', name=name, data=data, kind='png', cid=cid)


def att_text(name, ctype, text, charset='utf-8', cte='base64', style='2047'):
    return dict(ctype=ctype, name=name, data=text.encode(charset), kind='text', charset=charset, cte=cte,
                style=style)


def photo_png(seed, w=320, h=240, label=''):
    """A deterministic 'photo-like' RGB image (gradient + blocks)."""
    r = R('photo', seed)
    base = (r.randint(90, 160), r.randint(90, 160), r.randint(90, 160))
    rects = [(r.randint(0, w), r.randint(0, h), r.randint(30, 140), r.randint(30, 120),
              (r.randint(20, 235), r.randint(20, 235), r.randint(20, 235))) for _ in range(7)]

    def px(x, y):
        for rx, ry, rw, rh, c in rects:
            if rx <= x < rx + rw and ry <= y < ry + rh:
                return c
        return (min(255, base[0] + x // 6), min(255, base[1] + y // 5), base[2])
    return pngmod.png_rgb(w, h, px, text={'Software': 'Android 15 camera', 'Description': label} if label else None)


# ------------------------------------------------------------------ body
def _html(spec, src, charset):
    f = spec.get('html')
    if f == 'outlook':
        return textfmt.html_outlook(src, charset, spec.get('html_lang', 'DE'))
    if f == 'gmail':
        return textfmt.html_gmail(src)
    if f == 'simple':
        return textfmt.html_simple(src, charset, spec.get('body_style', ''), spec.get('html_lang'))
    if f == 'brand':
        return textfmt.html_brand(src, charset, **spec['brand'])
    if f == 'raw':
        return spec['html_raw']
    raise ValueError(f)


def build_body(spec, client):
    src = spec['text']
    cs, cte = spec['charset'], spec['cte']
    hcs = spec.get('html_charset', cs)
    hcte = spec.get('html_cte', cte)
    label = spec.get('cs_label')
    hlabel = spec.get('html_cs_label', label if hcs == cs else None)
    plain = spec.get('plain') or textfmt.to_plain(src, spec.get('plain_link', 'angle'))
    tp = None
    if not spec.get('html_only'):
        tp = mime.text_part(plain, 'plain', cs, cte, flowed=spec.get('flowed', False), cs_label=label,
                            quote_charset=spec.get('quote_cs', True))
    body = tp
    if spec.get('html'):
        hp = mime.text_part(_html(spec, src, hlabel or hcs), 'html', hcs, hcte, cs_label=hlabel,
                            quote_charset=spec.get('quote_cs', True))
        inl = [a for a in spec.get('attachments', []) if a.get('cid')]
        if inl:
            imgs = [mime.attachment(a['data'], a['ctype'], a['name'], inline=True, cid=a['cid'],
                                    style=a.get('style', '2047')) for a in inl]
            hp = mime.multipart('related', [hp] + imgs, client.boundary('related'),
                                extra_params=[('type', 'text/html', True)])
        alts = [tp, hp] if tp else [hp]
        if spec.get('calendar'):
            alts.append(mime.text_part(spec['calendar'], 'calendar', 'utf-8', 'base64',
                                       extra_params=[('method', 'REQUEST', False)]))
        body = mime.multipart('alternative', alts, client.boundary('alternative')) if len(alts) > 1 else hp
    atts = [a for a in spec.get('attachments', []) if not a.get('cid')]
    if atts:
        parts = [body]
        for a in atts:
            if a['kind'] == 'text':
                p = mime.attachment(a['data'], a['ctype'], a['name'], cte=a.get('cte', 'base64'),
                                    style=a.get('style', '2047'),
                                    extra_params=[('charset', a['charset'], True)])
            else:
                p = mime.attachment(a['data'], a['ctype'], a['name'], style=a.get('style', '2047'),
                                    size_param=spec.get('size_param', False))
            parts.append(p)
        body = mime.multipart('mixed', parts, client.boundary('mixed'), preamble=spec.get('preamble'))
    return body


# --------------------------------------------------------------- message
def build(spec, folder):
    n = spec['n']
    r = R(folder, n, spec['slug'])
    zone = spec.get('tz', 'de')
    utc = local_to_utc(spec['date'], zone)
    frm = spec['frm']
    rcpt = spec.get('rcpt') or spec['to'][0][1]
    env_from = spec.get('env_from') or frm[1]
    domain = spec.get('msgid_domain') or env_from.split('@')[1]
    ctx = infra.Ctx(r, utc, zone, frm, rcpt, env_from, domain)
    pname, pkw = spec['infra']
    inf = infra.PROFILES[pname](ctx, **pkw)
    ck = spec.get('client', inf['client'])
    ckw = dict(inf.get('client_kw', {}))
    ckw.update(spec.get('client_kw', {}))
    client = infra.Client(ck, ctx, domain, **ckw)
    root = build_body(spec, client)
    hcs, henc = spec.get('hcs', 'utf-8'), spec.get('henc', 'Q')
    std = {}
    std['from'] = fmt_addr(frm[0], frm[1], hcs, henc, spec.get('quote_names', False))
    if spec.get('to_raw'):
        std['to'] = spec['to_raw']
    else:
        std['to'] = fmt_addrs(spec['to'], hcs, henc, spec.get('quote_names', False))
    if spec.get('cc'):
        std['cc'] = fmt_addrs(spec['cc'], hcs, henc, spec.get('quote_names', False))
    if spec.get('reply_to'):
        std['reply-to'] = fmt_addr(spec['reply_to'][0], spec['reply_to'][1], hcs, henc)
    std['subject'] = ew(spec['subject'], hcs, henc)
    std['date'] = rfcdate(utc, zone)
    std['message-id'] = spec.get('message_id') or client.msgid()
    if spec.get('in_reply_to'):
        std['in-reply-to'] = spec['in_reply_to']
        std['references'] = '\n '.join(spec.get('references') or [spec['in_reply_to']])
    std['mime-version'] = '1.0'
    if ck in ('apple', 'iphone'):
        std['mime-version'] = '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))' if ck == 'apple' else '1.0 (1.0)'
    extras = []
    has_att = any(not a.get('cid') for a in spec.get('attachments', []))
    for k, v in client.headers(has_attach=has_att):
        if k == 'Thread-Topic':
            topic = spec['subject']
            for p in ('AW: ', 'RE: ', 'Re: ', 'R: ', 'FW: ', 'WG: ', 'RV: ', 'ΑΠ: ', 'ΣΧΕΤ: '):
                if topic.startswith(p):
                    topic = topic[len(p):]
            v = ew(topic, hcs, henc)
        if k.lower() in std or k in [e[0] for e in extras if e[0] != 'X-AntiAbuse']:
            continue
        extras.append((k, v))
    extras += spec.get('headers', [])
    order = client.order()
    top = []
    used = set()
    for name in order:
        if name == '__MIME__':
            top.append(('__MIME__', None))
        elif name == '__EXTRA__':
            for k, v in extras:
                if k.lower() not in [o.lower() for o in order]:
                    top.append((k, v))
            used.add('__extra__')
        else:
            lk = name.lower()
            if lk in std:
                top.append((name, std[lk]))
                used.add(lk)
            else:
                for k, v in extras:
                    if k.lower() == lk:
                        top.append((k, v))
                        used.add(lk)
    for lk, v in std.items():
        if lk not in used:
            top.append(('-'.join(w.capitalize() for w in lk.split('-')).replace('Id', 'ID'), v))
    if '__extra__' not in used:
        top += [(k, v) for k, v in extras if k.lower() not in [o.lower() for o in order]]
    rp = spec.get('return_path') or inf.get('rp') or env_from
    helo, rdns, ip, tls = inf['mx']
    head = [('Return-Path', '<%s>' % rp),
            ('Received', infra.mx01(ctx, helo, rdns, ip, tls, spec.get('mx_delay', 4)))]
    head += [('Received', h) for h in inf['hops']]
    head += inf.get('extra', [])
    data = mime.message(head + top, root)
    return data, dict(utc=utc, client=ck, infra=pname, root=root)
