"""Checks run after generation: every file parses, every text part decodes,
QR codes decode (own reader), IBANs / crypto addresses / archives are valid."""
import email
import email.policy
import io
import re
import zipfile

import archive
import banking as B
import png
import qr


def check_message(path, raw):
    problems = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for d in msg.defects:
        problems.append("defect: %r" % d)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path"):
        if msg[h] is None:
            problems.append("missing header " + h)
        else:
            str(msg[h])  # decodes encoded words
    rec = msg.get_all("Received")
    if not rec or "by mx01.example.com (Postfix)" not in rec[0]:
        problems.append("top Received is not mx01")
    for name in ("Authentication-Results", "DKIM-Signature", "ARC-Seal", "X-Spam-Status", "X-Spam-Flag"):
        if msg[name] is not None:
            problems.append("forbidden header " + name)
    ntext = 0
    for part in msg.walk():
        for d in part.defects:
            problems.append("part defect: %r" % d)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            ntext += 1
            cs = part.get_content_charset()
            payload = part.get_payload(decode=True)
            try:
                payload.decode(cs, errors="strict")
            except Exception as e:  # noqa
                problems.append("text part %s does not decode as %s: %s" % (ct, cs, e))
            part.get_content()
        else:
            data = part.get_payload(decode=True)
            if not data:
                problems.append("empty attachment %s" % ct)
    if ntext == 0:
        problems.append("no text part")
    return msg, problems


def decode_qr_png(data):
    """Independent-ish reader for our own PNGs: sample modules, read format
    info, unmask, de-interleave, verify RS syndromes, return byte-mode text."""
    rows = png.read_gray(data)
    n_px = len(rows)
    # find module size from the finder pattern at top-left (border 4 modules)
    y = next(i for i in range(n_px) if 0 in rows[i])
    x0 = rows[y].index(0)
    scale = x0 // 4
    size = n_px // scale - 8
    mod = [[rows[(r + 4) * scale + scale // 2][(c + 4) * scale + scale // 2] < 128 for c in range(size)] for r in range(size)]
    ver = (size - 17) // 4
    bits = 0
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (cx, cy) in enumerate(seq):
        bits |= mod[cy][cx] << i
    found = None
    for ecl in ("L", "M"):
        for m in range(8):
            if qr.format_bits(ecl, m) == bits:
                found = (ecl, m)
    assert found, "format info unreadable"
    ecl, mask = found
    g = qr._Grid(ver)
    g.draw_function_patterns()
    cw = []
    cur = 0
    nb = 0
    right = size - 1
    total = qr.num_raw_modules(ver) // 8 * 8
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                yy = size - 1 - vert if up else vert
                if not g.func[yy][x] and len(cw) * 8 + nb < total:
                    bit = mod[yy][x] ^ qr.mask_bit(mask, x, yy)
                    cur = cur << 1 | bit
                    nb += 1
                    if nb == 8:
                        cw.append(cur)
                        cur = nb = 0
        right -= 2
    numb = qr.NUM_BLOCKS[ecl][ver]
    eccl = qr.ECC_PER_BLOCK[ecl][ver]
    raw = len(cw)
    nshort = numb - raw % numb
    slen = raw // numb
    dl = [slen - eccl + (0 if i >= nshort else 0) + (1 if i >= nshort else 0) for i in range(numb)]
    blocks = [[] for _ in range(numb)]
    k = 0
    for i in range(max(dl)):
        for b in range(numb):
            if i < dl[b]:
                blocks[b].append(cw[k])
                k += 1
    eccs = [[] for _ in range(numb)]
    for i in range(eccl):
        for b in range(numb):
            eccs[b].append(cw[k])
            k += 1
    data = []
    for b in range(numb):
        assert qr.rs_remainder(blocks[b], eccl) == eccs[b], "RS check failed"
        data += blocks[b]
    bitstr = "".join("{:08b}".format(v) for v in data)
    assert bitstr[:4] == "0100"
    cl = 8 if ver <= 9 else 16
    ln = int(bitstr[4:4 + cl], 2)
    payload = bytes(int(bitstr[4 + cl + 8 * i:12 + cl + 8 * i], 2) for i in range(ln))
    return payload.decode("utf-8")


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def find_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(" ", "")
        if s[:2] in ("DE", "IT", "ES", "PL", "GR", "GB", "LT", "BE", "PT", "IE", "FR", "NL") and len(s) >= 15:
            out.append(s)
    return out
