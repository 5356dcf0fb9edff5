"""Registry of message builder functions."""
REG = []


def reg(folder, name):
    def deco(fn):
        REG.append((folder, name, fn))
        return fn
    return deco
