"""Importing this package registers every message builder."""
import importlib
import os

_here = os.path.dirname(__file__)
for _f in sorted(os.listdir(_here)):
    if _f.endswith(".py") and _f != "__init__.py":
        importlib.import_module("messages." + _f[:-3])
