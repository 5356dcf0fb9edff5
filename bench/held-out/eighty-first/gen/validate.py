"""Post-build checks: parse every message with the email package, decode every
text part, inspect attachments (ZIP passwords, QR codes in PNG and PDF), validate
IBANs, Russian accounts and Bitcoin addresses found in the text."""
import email
import email.policy
import email.utils
import io
import os
import re
import zipfile
from datetime import datetime, timezone

import ids
import qrcheck

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b')
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b')
BIK_RE = re.compile(r'(?<!\d)(04\d{7})(?!\d)')
ACC_RE = re.compile(r'(?<!\d)(40[5-8]\d{17}|30101\d{15})(?!\d)')
PW_RE = re.compile(r'(?:Passwort|password|Password|PASSWORD|hasło|Hasło|HASŁO|contraseña|Contraseña|clave|κωδικός|Κωδικός|пароль|Пароль|ПАРОЛЬ|password di apertura)[^:\n]{0,40}:\s*([^\s<]+)')

IBAN_LEN = {'DE': 22, 'GB': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'LT': 20, 'PT': 25, 'NL': 18,
            'BE': 16, 'FR': 27, 'CY': 28, 'BG': 22, 'RO': 24, 'HU': 28, 'CZ': 24, 'SK': 24, 'AT': 20,
            'IE': 22, 'LU': 20, 'MT': 31, 'HR': 21, 'SI': 19, 'EE': 20, 'LV': 21, 'FI': 18, 'CH': 21}
BBAN_RE = {'DE': r'\d{18}', 'GB': r'[A-Z]{4}\d{14}', 'IT': r'[A-Z]\d{10}[A-Z0-9]{12}', 'PL': r'\d{24}',
           'ES': r'\d{20}', 'GR': r'\d{7}[A-Z0-9]{16}', 'LT': r'\d{16}', 'PT': r'\d{21}', 'NL': r'[A-Z]{4}\d{10}',
           'BE': r'\d{12}', 'FR': r'\d{10}[A-Z0-9]{11}\d{2}', 'CY': r'\d{8}[A-Z0-9]{16}', 'BG': r'[A-Z]{4}\d{6}[A-Z0-9]{8}'}
START = datetime(2026, 10, 1, tzinfo=timezone.utc)
END = datetime(2027, 1, 1, tzinfo=timezone.utc)


def pdf_text(data):
    return ' '.join(m.decode('cp1252') for m in re.findall(rb'\(((?:[^()\\]|\\.)*)\) Tj', data))


def pdf_qr(data):
    rects = re.findall(rb'([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re', data)
    if len(rects) < 50:
        return None
    xs = sorted({float(r[0]) for r in rects})
    ys = sorted({float(r[1]) for r in rects})
    mod = float(rects[0][2])
    x0, y0 = xs[0], ys[0]
    n = int(round((max(xs) - x0) / mod)) + 1
    M = [[False] * n for _ in range(n)]
    for r in rects:
        c = int(round((float(r[0]) - x0) / mod))
        row = n - 1 - int(round((float(r[1]) - y0) / mod))
        M[row][c] = True
    return qrcheck.decode_matrix(M)


def run(out_dir, all_recs):
    problems = []
    for folder, recs in all_recs.items():
        for rec in recs:
            path = os.path.join(out_dir, folder, rec.filename)
            name = '%s/%s' % (folder, rec.filename)
            raw = open(path, 'rb').read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                problems.append('%s: message defects %r' % (name, msg.defects))
            for k in msg.keys():
                if k.lower().startswith(FORBIDDEN):
                    problems.append('%s: forbidden header %s' % (name, k))
            rec.decoded = {}
            try:
                for k in ('From', 'To', 'Subject', 'Reply-To', 'Cc'):
                    if msg[k] is not None:
                        rec.decoded[k] = str(msg[k])
                        if '\ufffd' in rec.decoded[k] or '=?' in rec.decoded[k]:
                            problems.append('%s: header %s not cleanly decoded: %r' % (name, k, rec.decoded[k]))
            except Exception as e:  # noqa
                problems.append('%s: header decode error %s' % (name, e))
            if not msg['Return-Path']:
                problems.append('%s: no Return-Path' % name)
            rcv = msg.get_all('Received') or []
            if not rcv or 'by mx01.example.com (Postfix)' not in str(rcv[0]) or 'for <%s>' % rec.rcpt not in str(rcv[0]):
                problems.append('%s: top Received is not mx01 for %s' % (name, rec.rcpt))
            if not re.match(r'from \S+ \((?:\S+|unknown) \[[0-9a-f.:]+\]\)', str(rcv[0]) if rcv else ''):
                problems.append('%s: mx01 hop malformed' % name)
            if any('mx01.example.com' in str(h) for h in rcv[1:]):
                problems.append('%s: mx01 appears below the top' % name)
            try:
                d = email.utils.parsedate_to_datetime(str(msg['Date']))
                mx_d = email.utils.parsedate_to_datetime(str(rcv[0]).rsplit(';', 1)[1].strip().split(' (')[0])
                if not (START <= d < END):
                    problems.append('%s: Date out of range %s' % (name, d))
                if mx_d < d:
                    problems.append('%s: mx01 time before Date' % name)
            except Exception as e:  # noqa
                problems.append('%s: date problem %s' % (name, e))
            texts = []
            rec.qr = []
            rec.zip_ok = []
            for part in msg.walk():
                if part.defects:
                    problems.append('%s: part defects %r' % (name, part.defects))
                if part.is_multipart():
                    continue
                ctype = part.get_content_type()
                payload = part.get_payload(decode=True)
                if payload is None or len(payload) == 0:
                    problems.append('%s: empty part %s' % (name, ctype))
                    continue
                if part.get_content_maintype() == 'text':
                    try:
                        txt = part.get_content()
                    except Exception as e:  # noqa
                        problems.append('%s: cannot decode %s: %s' % (name, ctype, e))
                        continue
                    cs = part.get_content_charset()
                    if cs:
                        try:
                            payload.decode(cs)
                        except Exception as e:  # noqa
                            problems.append('%s: %s not valid %s: %s' % (name, ctype, cs, e))
                    if '\ufffd' in txt:
                        problems.append('%s: replacement char in %s' % (name, ctype))
                    texts.append(txt)
                elif ctype == 'application/pdf':
                    if not (payload.startswith(b'%PDF-') and payload.rstrip().endswith(b'%%EOF')):
                        problems.append('%s: bad PDF' % name)
                    texts.append(pdf_text(payload))
                    q = pdf_qr(payload)
                    if q:
                        rec.qr.append(q)
                elif ctype == 'image/png':
                    try:
                        rec.qr.append(qrcheck.decode_png(payload))
                    except AssertionError:
                        if 'qr' in (part.get_filename() or '').lower():
                            problems.append('%s: QR PNG does not decode' % name)
                elif ctype in ('application/zip', 'application/x-zip-compressed'):
                    rec.zip_parts = getattr(rec, 'zip_parts', []) + [payload]
                elif ctype == 'image/svg+xml':
                    texts.append(payload.decode('utf-8'))
            alltext = '\n'.join(texts)
            for zp in getattr(rec, 'zip_parts', []):
                zf = zipfile.ZipFile(io.BytesIO(zp))
                pwds = [p.rstrip('.,;)') for p in PW_RE.findall(alltext)]
                for info in zf.infolist():
                    if info.flag_bits & 1:
                        ok = False
                        for p in pwds:
                            try:
                                zf.open(info, pwd=p.encode('utf-8')).read()
                                ok = True
                                rec.zip_ok.append((info.filename, p))
                                break
                            except RuntimeError:
                                pass
                            except zipfile.BadZipFile:
                                pass
                        if not ok:
                            problems.append('%s: cannot open encrypted %s with %r' % (name, info.filename, pwds))
                    else:
                        zf.read(info)
                        rec.zip_ok.append((info.filename, None))
            for cand in IBAN_RE.findall(alltext):
                c = cand.replace(' ', '')
                if c[:2] in IBAN_LEN:
                    c = c[:IBAN_LEN[c[:2]]]
                    if c[:2] in BBAN_RE and not re.fullmatch(BBAN_RE[c[:2]], c[4:]):
                        continue
                    if not ids.iban_valid(c):
                        problems.append('%s: invalid IBAN %s' % (name, cand))
                    rec.ibans = getattr(rec, 'ibans', []) + [c]
            for nrb in re.findall(r'(?<![\dA-Z])(\d{2}(?: \d{4}){6})(?!\d)', alltext):
                if not ids.iban_valid('PL' + nrb.replace(' ', '')):
                    problems.append('%s: invalid Polish NRB %s' % (name, nrb))
                rec.ibans = getattr(rec, 'ibans', []) + ['PL' + nrb.replace(' ', '')]
            for a in BTC_RE.findall(alltext):
                if not a.startswith('bc1') and (a.upper() == a or a.lower() == a):
                    continue
                rec.btc = getattr(rec, 'btc', []) + [a]
                okb = ids.bech32_valid(a) if a.startswith('bc1') else ids.base58check_valid(a)
                if not okb:
                    problems.append('%s: invalid BTC address %s' % (name, a))
            biks = set(BIK_RE.findall(alltext))
            for acc in set(ACC_RE.findall(alltext)):
                rec.ru = getattr(rec, 'ru', []) + [acc]
                if acc.startswith('30101'):
                    good = any(ids.ru_corr_valid(b, acc) for b in biks)
                else:
                    good = any(ids.ru_account_valid(b, acc) for b in biks)
                if not good:
                    problems.append('%s: Russian account %s fails key check against BIK %s' % (name, acc, sorted(biks)))
            rec.text = alltext
    return problems
