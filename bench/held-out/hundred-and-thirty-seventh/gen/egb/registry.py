"""Message registry."""
MESSAGES = []

LANG_ORDER = [('de', 1, 8), ('en', 9, 16), ('it', 17, 21), ('pl', 22, 26), ('es', 27, 31), ('el', 32, 36), ('ru', 37, 40)]


def message(folder, nn, lang, slug):
    def deco(f):
        MESSAGES.append(dict(folder=folder, nn=nn, lang=lang, slug=slug, func=f,
                             fname='%02d-%s-%s.eml' % (nn, lang, slug)))
        return f
    return deco


def lang_for(nn):
    for lang, a, b in LANG_ORDER:
        if a <= nn <= b:
            return lang
    raise ValueError(nn)


def check_complete():
    errs = []
    for folder in ('attack', 'business'):
        have = {m['nn']: m for m in MESSAGES if m['folder'] == folder}
        for nn in range(1, 41):
            if nn not in have:
                errs.append('%s/%02d missing' % (folder, nn))
            elif have[nn]['lang'] != lang_for(nn):
                errs.append('%s/%02d has language %s, expected %s' % (folder, nn, have[nn]['lang'], lang_for(nn)))
        if len([m for m in MESSAGES if m['folder'] == folder]) != len(have):
            errs.append('%s: duplicate numbers' % folder)
    return errs
