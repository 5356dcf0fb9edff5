REG = {'attack': [], 'business': []}


def message(folder, fname):
    def deco(fn):
        REG[folder].append((fname, fn))
        return fn
    return deco
