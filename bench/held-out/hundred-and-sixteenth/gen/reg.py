"""Registry of message builders."""
REG = []


def msg(folder, file):
    def deco(fn):
        REG.append((folder, file, fn))
        return fn
    return deco
