"""Text-only PDF writer (Helvetica, WinAnsi + Differences for Central European glyphs)."""
import zlib

_GLYPH = {
    "ä": "adieresis", "ö": "odieresis", "ü": "udieresis", "Ä": "Adieresis", "Ö": "Odieresis",
    "Ü": "Udieresis", "ß": "germandbls", "é": "eacute", "è": "egrave", "à": "agrave", "ò": "ograve",
    "ù": "ugrave", "ì": "igrave", "É": "Eacute", "È": "Egrave", "À": "Agrave", "ñ": "ntilde", "Ñ": "Ntilde",
    "á": "aacute", "í": "iacute", "ó": "oacute", "ú": "uacute", "Á": "Aacute", "Í": "Iacute",
    "Ó": "Oacute", "Ú": "Uacute", "¿": "questiondown", "¡": "exclamdown", "º": "ordmasculine",
    "ª": "ordfeminine", "ł": "lslash", "Ł": "Lslash", "ą": "aogonek", "Ą": "Aogonek", "ę": "eogonek",
    "Ę": "Eogonek", "ś": "sacute", "Ś": "Sacute", "ć": "cacute", "Ć": "Cacute", "ń": "nacute",
    "Ń": "Nacute", "ź": "zacute", "Ź": "Zacute", "ż": "zdotaccent", "Ż": "Zdotaccent", "€": "Euro",
    "–": "endash", "—": "emdash", "„": "quotedblbase", "“": "quotedblleft", "”": "quotedblright",
    "’": "quoteright", "‘": "quoteleft", "°": "degree", "§": "section", "·": "periodcentered",
    "ç": "ccedilla", "ê": "ecircumflex", "ô": "ocircumflex", "î": "icircumflex", "ï": "idieresis",
    "«": "guillemotleft", "»": "guillemotright", "×": "multiply", "²": "twosuperior",
}


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages, title="", author="", producer="", creator="", created="D:20261110091500+01'00'",
             compress=True):
    """pages: list of lists of (x, y, size, bold, text) or plain strings (auto laid out)."""
    used = []
    for page in pages:
        for item in page:
            t = item if isinstance(item, str) else item[4]
            for ch in t:
                if ord(ch) > 126 and ch not in used:
                    if ch not in _GLYPH:
                        raise ValueError("no glyph for %r" % ch)
                    used.append(ch)
    codes = {ch: 128 + i for i, ch in enumerate(used)}

    def enc(t):
        return bytes(codes[c] if ord(c) > 126 else ord(c) for c in t)

    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    diffs = " ".join("/" + _GLYPH[ch] for ch in used)
    enc_id = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " + diffs.encode() + b"] >>")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R >>" % enc_id)
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R >>" % enc_id)
    pages_id_placeholder = len(objs) + 1
    add(None)  # pages tree, filled later
    page_ids = []
    for page in pages:
        ops = [b"BT"]
        y = 790
        for item in page:
            if isinstance(item, str):
                size, bold, text = 10, False, item
                if text.startswith("# "):
                    size, bold, text = 14, True, text[2:]
                elif text.startswith("## "):
                    size, bold, text = 11, True, text[3:]
                x = 56
                yy = y
                y -= size + 5
            else:
                x, yy, size, bold, text = item
            ops.append(b"/%s %d Tf 1 0 0 1 %d %d Tm (%s) Tj" % (b"F2" if bold else b"F1", size, x, yy, _esc(enc(text))))
        ops.append(b"ET")
        stream = b"\n".join(ops)
        if compress:
            data = zlib.compress(stream, 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id_placeholder, f1, f2, cid))
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(page_ids)

    def pdfstr(s):
        if all(ord(c) < 127 for c in s):
            return b"(" + _esc(s.encode()) + b")"
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    info = add(b"<< /Title " + pdfstr(title) + b" /Author " + pdfstr(author) + b" /Creator " + pdfstr(creator)
               + b" /Producer " + pdfstr(producer) + b" /CreationDate (" + created.encode() + b") /ModDate (" + created.encode() + b") >>")
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    return bytes(out)
