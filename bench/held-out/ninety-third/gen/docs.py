"""Inert attachment payloads: text-only PDFs, silent WAV, placeholder files."""
import struct

_TRANS = {}
_GR = ("ΑA ΒV ΓG ΔD ΕE ΖZ ΗI ΘTh ΙI ΚK ΛL ΜM ΝN ΞX ΟO ΠP ΡR ΣS ΤT ΥY ΦF ΧCh ΨPs ΩO "
       "ΆA ΈE ΉI ΊI ΌO ΎY ΏO αa βv γg δd εe ζz ηi θth ιi κk λl μm νn ξx οo πp ρr "
       "σs ςs τt υy φf χch ψps ωo άa έe ήi ίi όo ύy ώo ϊi ϋy ΐi ΰy")
_RU = ("АA БB ВV ГG ДD ЕE ЁE ЖZh ЗZ ИI ЙY КK ЛL МM НN ОO ПP РR СS ТT УU ФF ХKh ЦTs "
       "ЧCh ШSh ЩShch Ъ' ЫY Ь' ЭE ЮYu ЯYa аa бb вv гg дd еe ёe жzh зz иi йy кk лl "
       "мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch ъ' ыy ь' эe юyu яya №No")
for tok in (_GR + " " + _RU).split():
    _TRANS[tok[0]] = tok[1:]
_TRANS.update({"\u2011": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ",
               "ł": "l", "Ł": "L", "ą": "a", "ę": "e", "ś": "s", "ć": "c",
               "ń": "n", "ź": "z", "ż": "z", "Ą": "A", "Ę": "E", "Ś": "S",
               "Ć": "C", "Ń": "N", "Ź": "Z", "Ż": "Z", "ő": "o", "ű": "u",
               "č": "c", "ř": "r", "š": "s", "ž": "z"})


def to_cp1252(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_TRANS.get(ch, "?"))
    return "".join(out).encode("cp1252")


def _pdf_str(s):
    b = to_cp1252(s)
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines, title="Document", producer="Microsoft\xae Word f\xfcr Microsoft 365",
             creation="D:20261013094112+02'00'", author=""):
    """lines: list of str; a line starting with '# ' is set bold and larger.
    Produces a valid PDF 1.4 with a correct xref table, text only."""
    pages = []
    cur = []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 52:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = []  # list of bytes, object i+1

    def add(b):
        objs.append(b)
        return len(objs)
    font1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for pl in pages:
        ops = [b"BT", b"/F1 10 Tf", b"56 790 Td", b"13 TL"]
        for ln in pl:
            if ln.startswith("# "):
                ops += [b"/F2 13 Tf", _pdf_str(ln[2:]) + b" Tj T*", b"/F1 10 Tf"]
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                  b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, font1, font2, cid))
        page_ids.append(pid)
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) +
               b"] /Count %d >>" % len(page_ids)) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer " + _pdf_str(producer) + b" /CreationDate (" +
               creation.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)


def silent_wav(seconds=1.0, rate=8000):
    n = int(seconds * rate)
    data = b"\x00\x00" * n
    return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) +
            b"data" + struct.pack("<I", len(data)) + data)


PLACEHOLDER = (b"INERT PLACEHOLDER - mail filter evaluation sample, "
               b"no executable content.\r\n")


def placeholder(kind="generic"):
    return PLACEHOLDER


if __name__ == "__main__":
    open("/tmp/_t.pdf", "wb").write(make_pdf(["# Rechnung Nr. 4711", "Betrag: 1.234,56 \u20ac", "Ελληνικά Русский"]))
    print(open("/tmp/_t.pdf", "rb").read()[:200])
