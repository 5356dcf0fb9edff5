"""Container for one generated message plus its manifest metadata."""
import mime


class Item:
    def __init__(self, lang, slug, data, part, what, why, structure=None, pair=None):
        self.lang, self.slug, self.data, self.part = lang, slug, data, part
        self.what, self.why, self.pair = what, why, pair
        self.structure = structure
        self.num = None
        self.folder = None

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def body_charset_cte(self):
        t = mime.main_text(self.part)
        if t is None:
            return "-", "-"
        return t.charset, t.cte

    def structure_text(self):
        if self.structure:
            return self.structure
        return _short(self.part)


def _short(p):
    if isinstance(p, mime.Multi):
        return "%s[%s]" % (p.subtype, " + ".join(_short(c) for c in p.parts))
    if isinstance(p, mime.Text):
        return p.ctype.split("/")[1]
    s = p.ctype
    if p.filename:
        s += " `%s`" % p.filename
    if p.cid and p.disposition != "attachment":
        s += " (inline)"
    return s


def make(lang, slug, composed, what, why, structure=None, pair=None):
    data, part, _mid = composed
    return Item(lang, slug, data, part, what, why, structure, pair)
