"""Message definitions. Importing this package registers all 80 messages."""
from . import a_de, a_en, a_it, a_pl, a_es, a_el, a_ru      # noqa: F401
from . import b_de, b_en, b_it, b_pl, b_es, b_el, b_ru      # noqa: F401
