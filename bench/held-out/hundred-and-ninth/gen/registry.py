"""Registration of message builders with their MANIFEST metadata."""
MESSAGES = []


def _reg(folder, num, lang, slug, what, why, technique=None, pair=None, infra=None):
    def deco(fn):
        MESSAGES.append(dict(folder=folder, num=num, lang=lang, slug=slug, what=what, why=why,
                             technique=technique, pair=pair, infra=infra, fn=fn))
        return fn
    return deco


def attack(num, lang, slug, what, why, technique, infra=None, pair=None):
    return _reg("attack", num, lang, slug, what, why, technique, pair, infra)


def business(num, lang, slug, what, why, pair=None, infra=None):
    return _reg("business", num, lang, slug, what, why, None, pair, infra)
