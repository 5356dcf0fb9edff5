"""Registry of message builders."""

REG = []


def msg(folder, nn, lang, slug):
    def deco(fn):
        REG.append((folder, nn, lang, slug, fn))
        return fn
    return deco
