from . import de, en, it, pl, es, el, ru  # noqa: F401
