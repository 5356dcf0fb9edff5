"""Decode a message completely (all parts, attachments, archives, PDFs,
QR codes) for verification and for the manifest's fact list."""
import email
import email.policy
import io
import re
import zipfile

from . import pdf as _pdf, png as _png, qr as _qr, archive as _arch

URL_RE = re.compile(r'https?://[^\s<>"\'\)\]\}|]+')


def _html_text(h):
    t = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', h)
    t = re.sub(r'<br\s*/?>|</p>|</div>|</tr>', '\n', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    import html
    return html.unescape(t)


def _html_qr_tables(h):
    out = []
    for tbl in re.findall(r'(?is)<table[^>]*data-q[^>]*>(.*?)</table>', h):
        rows = re.findall(r'(?is)<tr[^>]*>(.*?)</tr>', tbl)
        mat = []
        for r in rows:
            cells = re.findall(r'(?is)<td([^>]*)>', r)
            mat.append([('#000' in c.lower() or '#111' in c.lower() or '#1a1a1a' in c.lower()) for c in cells])
        if mat and len(mat) == len(mat[0]):
            out.append(mat)
    return out


class Decoded:
    def __init__(self):
        self.texts = []      # (where, text)
        self.qr = []         # (where, payload)
        self.errors = []
        self.parts = []      # (ctype, filename, charset, cte)
        self.zip_names = []


def _ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith('.xml'):
            x = z.read(n).decode('utf-8')
            out.append(re.sub(r'<[^>]+>', ' ', x))
    import html
    return html.unescape(' '.join(out))


def inspect_bytes(raw, passwords=(), where='msg', dec=None, depth=0):
    dec = dec or Decoded()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for d in msg.defects:
        dec.errors.append('%s: defect %r' % (where, d))
    for hn in ('Subject', 'From', 'To', 'Cc', 'Reply-To'):
        if msg[hn] is not None:
            try:
                dec.texts.append((where + ':' + hn, str(msg[hn])))
            except Exception as e:  # noqa
                dec.errors.append('%s: header %s: %s' % (where, hn, e))
    for part in msg.walk():
        for d in part.defects:
            dec.errors.append('%s: part defect %r' % (where, d))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        cs = part.get_content_charset()
        dec.parts.append((ct, fn, cs, cte, depth))
        w = '%s/%s' % (where, fn or ct)
        if ct == 'message/rfc822':
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else None
            if inner is not None:
                inspect_bytes(inner.as_bytes(policy=email.policy.compat32), passwords, w, dec, depth + 1)
            continue
        data = part.get_payload(decode=True)
        if data is None:
            dec.errors.append('%s: no payload' % w)
            continue
        _inspect_blob(data, ct, fn or '', cs, passwords, w, dec, depth)
    return dec


def _inspect_blob(data, ct, fn, cs, passwords, w, dec, depth):
    lfn = fn.lower()
    if ct.startswith('text/') or lfn.endswith(('.ics', '.svg', '.xml', '.txt', '.htm', '.html', '.csv')) or ct == 'image/svg+xml':
        try:
            txt = data.decode(cs or 'utf-8')
        except (UnicodeDecodeError, LookupError) as e:
            dec.errors.append('%s: cannot decode with %s: %s' % (w, cs, e))
            return
        dec.texts.append((w, txt))
        if 'html' in ct or lfn.endswith(('.htm', '.html', '.svg')):
            dec.texts.append((w + '#text', _html_text(txt)))
            for mat in _html_qr_tables(txt):
                try:
                    dec.qr.append((w + '#table-qr', _qr.decode_matrix(mat)))
                except Exception as e:  # noqa
                    dec.errors.append('%s: html QR undecodable: %s' % (w, e))
        return
    if ct == 'application/pdf' or lfn.endswith('.pdf'):
        try:
            t, uris, imgs = _pdf.extract(data)
        except Exception as e:  # noqa
            dec.errors.append('%s: PDF unreadable: %s' % (w, e))
            return
        dec.texts.append((w, t))
        for u in uris:
            dec.texts.append((w + '#uri', u))
        for (iw, ih, rows) in imgs:
            try:
                dec.qr.append((w + '#qr', _qr.decode_pixels(rows)))
            except Exception as e:  # noqa
                dec.errors.append('%s: QR image undecodable: %s' % (w, e))
        return
    if ct.startswith('image/png') or lfn.endswith('.png'):
        try:
            rows = _png.read_grey(data)
        except Exception as e:  # noqa
            dec.errors.append('%s: PNG unreadable: %s' % (w, e))
            return
        if fn.lower().startswith(('qr', 'code', 'scan')) or 'qr' in fn.lower():
            try:
                dec.qr.append((w + '#qr', _qr.decode_pixels(rows)))
            except Exception as e:  # noqa
                dec.errors.append('%s: QR PNG undecodable: %s' % (w, e))
        return
    if lfn.endswith(('.docx', '.xlsx')):
        try:
            dec.texts.append((w, _ooxml_text(data)))
        except Exception as e:  # noqa
            dec.errors.append('%s: OOXML unreadable: %s' % (w, e))
        return
    if lfn.endswith('.zip') or ct in ('application/zip', 'application/x-zip-compressed'):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except Exception as e:  # noqa
            dec.errors.append('%s: ZIP unreadable: %s' % (w, e))
            return
        for info in z.infolist():
            dec.zip_names.append(info.filename)
            dec.texts.append((w + '#name', info.filename))
            inner = None
            if info.flag_bits & 1:
                for p in passwords:
                    try:
                        inner = z.read(info, pwd=p.encode('utf-8'))
                        break
                    except RuntimeError:
                        continue
                if inner is None:
                    dec.errors.append('%s: encrypted member %s, no password works' % (w, info.filename))
                    continue
            else:
                inner = z.read(info)
            _inspect_blob(inner, 'application/octet-stream', info.filename, 'utf-8', passwords, w + '!' + info.filename, dec, depth + 1)
        return
    if lfn.endswith(('.img', '.iso')):
        try:
            files = _arch.iso_list(data)
        except Exception as e:  # noqa
            dec.errors.append('%s: ISO unreadable: %s' % (w, e))
            return
        if not files:
            dec.errors.append('%s: ISO without Joliet files' % w)
        for name, content in files:
            dec.texts.append((w + '#name', name))
            _inspect_blob(content, 'application/octet-stream', name, 'utf-8', passwords, w + '!' + name, dec, depth + 1)
        return
    if lfn.endswith(('.lnk', '.exe', '.dll', '.js', '.vbs', '.bat', '.cmd', '.hta', '.url')):
        try:
            dec.texts.append((w, data.decode('utf-8')))
        except UnicodeDecodeError:
            dec.errors.append('%s: placeholder for dangerous file is not text' % w)
        return
    if lfn.endswith('.eml'):
        inspect_bytes(data, passwords, w, dec, depth + 1)
        return
    # other binary (p7s etc.): nothing to decode
