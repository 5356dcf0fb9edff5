"""Collects message definitions."""
REGISTRY = []


def msg(folder, nn, lang, slug):
    def deco(fn):
        REGISTRY.append((folder, nn, lang, slug, fn))
        return fn
    return deco
