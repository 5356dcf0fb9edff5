"""Message definitions.  Each module registers builder functions with @msg."""
REG = []


def msg(folder, nn, lang, slug):
    def deco(fn):
        REG.append((folder, nn, lang, slug, fn))
        return fn
    return deco
