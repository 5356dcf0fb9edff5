"""Message registry.  Each message is a function decorated with @msg(folder,
number, language, slug) that fills a Mail context and returns it."""
import importlib

from lib.mailctx import Mail

REGISTRY = {}
MODULES = ['attack_de', 'attack_en', 'attack_it_pl', 'attack_es_el_ru',
           'business_de', 'business_en', 'business_it_pl', 'business_es_el_ru']


def msg(folder, num, lang, slug):
    def deco(f):
        def run():
            m = Mail(folder, num, lang, slug)
            f(m)
            assert m.raw is not None, m.name
            return m
        run.__name__ = f.__name__
        REGISTRY[(folder, num, lang)] = run
        return f
    return deco


def load_all():
    for mod in MODULES:
        importlib.import_module('msgs.' + mod)
