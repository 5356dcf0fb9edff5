"""Scenario registry: each scenario function fills a Msg."""
REG = []


def scenario(folder, fname):
    def deco(fn):
        REG.append((folder, fname, fn))
        return fn
    return deco
