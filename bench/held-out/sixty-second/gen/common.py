"""Glue used by the message modules."""
from infra import Ids, T, plus, rdate  # noqa: F401  (re-exported)
from mime import addr, hval, message, text, attach, multipart, paras_to_html, html_escape, fold  # noqa: F401
from people import S  # noqa: F401

LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]


class Mail:
    def __init__(self, kind, num, lang, slug):
        self.kind, self.num, self.lang, self.slug = kind, num, lang, slug
        self.ids = Ids("%s-%02d-%s" % (kind, num, slug))
        self.file = "%02d-%s-%s.eml" % (num, lang, slug)

    def finish(self, return_path, received, headers, body, what, why, pair=None,
               mime_pos=None, structure_note=None):
        headers = [h for h in headers if h[1] is not None]
        hs = [("Return-Path", return_path)] + [("Received", r) for r in received] + headers
        has_mv = any(k.lower() == "mime-version" for k, v in headers)
        raw = message(hs, body, mime_version=None if has_mv else "1.0", mime_pos=mime_pos)
        tps = body.text_parts()
        charsets = []
        ctes = []
        for p in tps:
            lab = [v for k, v, q in p.params if k == "charset"][0]
            if lab not in charsets:
                charsets.append(lab)
            c = p.cte or "7bit (implicit)"
            if c not in ctes:
                ctes.append(c)
        notes = []
        import email as _email
        import io as _io
        import zipfile as _zip
        for p in _email.message_from_bytes(raw).walk():
            if p.get_content_type() in ("application/zip", "application/x-zip-compressed"):
                z = _zip.ZipFile(_io.BytesIO(p.get_payload(decode=True)))
                for zi in z.infolist():
                    notes.append("ZIP%s contains %s" % (" (ZipCrypto-encrypted)" if zi.flag_bits & 1 else "", zi.filename))
        if structure_note:
            notes.insert(0, structure_note)
        structure_note = "; ".join(notes) if notes else None
        return {
            "file": self.file, "kind": self.kind, "num": self.num, "lang": self.lang,
            "raw": raw, "what": what, "why": why, "pair": pair,
            "charset": " / ".join(charsets), "cte": " / ".join(ctes),
            "structure": body.describe() + ((" — " + structure_note) if structure_note else ""),
        }


def alt(plain, html, boundary):
    return multipart("alternative", [plain, html], boundary)


def html_doc(inner, lang="de", head_extra=""):
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '%s</head>\n<body lang="%s">\n%s\n</body></html>\n' % (head_extra, lang, inner))


def html_text(doc, charset, cte, label=None):
    return text(doc.replace("%CHARSET%", label or charset), "html", charset, cte, label=label)
