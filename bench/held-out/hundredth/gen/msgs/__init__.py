import importlib
from .common import REG  # noqa: F401

for _m in ("de", "en", "it", "pl", "es", "el", "ru"):
    try:
        importlib.import_module("msgs." + _m)
    except ModuleNotFoundError as e:
        if e.name != "msgs." + _m:
            raise
