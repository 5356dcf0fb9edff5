"""Message definitions.  load() imports every module, which registers all 80 messages."""

import importlib

MODULES = ["attack_de", "attack_en", "attack_it", "attack_pl", "attack_es", "attack_el", "attack_ru",
           "business_de", "business_en", "business_it", "business_pl", "business_es", "business_el", "business_ru"]


def load():
    for name in MODULES:
        importlib.import_module("msgs." + name)
