"""Importing this package registers every message with lib.kit.REGISTRY."""

import importlib

MODULES = ["a_de", "a_en", "a_it_pl", "a_es", "a_el_ru", "b_de", "b_en", "b_it_pl", "b_es", "b_el_ru"]

for _m in MODULES:
    try:
        importlib.import_module("msgs." + _m)
    except ModuleNotFoundError as e:
        if e.name != "msgs." + _m:
            raise
