"""Message definitions. Each module registers builder functions with @msg."""
REG = []


def msg(kind, num, lang, slug, what, why, hn=None):
    def deco(fn):
        REG.append(dict(kind=kind, num=num, lang=lang, slug=slug, fn=fn, what=what, why=why, hn=hn))
        return fn
    return deco


def fname(d):
    return '%02d-%s-%s.eml' % (d['num'], d['lang'], d['slug'])
