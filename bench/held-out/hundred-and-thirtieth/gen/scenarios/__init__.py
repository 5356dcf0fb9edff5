"""All scenarios; importing this package registers them."""
from . import att_de, att_en, att_it, att_pl, att_es, att_el, att_ru  # noqa: F401
from . import biz_de, biz_en, biz_it, biz_pl, biz_es, biz_el, biz_ru  # noqa: F401
