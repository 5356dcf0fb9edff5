"""Message registry.  Each message is a function decorated with @attack or
@business; it receives a builder.M (RNG seeded with the file name)."""
REG = []


def _reg(kind, fname, what, why, pair=None):
    def deco(fn):
        REG.append(dict(kind=kind, file=fname, fn=fn, what=what, why=why, pair=pair))
        return fn
    return deco


def attack(fname, what, why):
    return _reg("attack", fname, what, why)


def business(fname, what, why, pair=None):
    """pair: (attack file, what differs) when this is a hard negative."""
    return _reg("business", fname, what, why, pair)
