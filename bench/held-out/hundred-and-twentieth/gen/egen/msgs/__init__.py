from . import attack_de, business_de, attack_en, business_en, attack_it, business_it, attack_pl, business_pl, attack_es, business_es, attack_el, business_el, attack_ru, business_ru

ALL = []
for mod in (attack_de, business_de, attack_en, business_en, attack_it, business_it, attack_pl, business_pl, attack_es, business_es, attack_el, business_el, attack_ru, business_ru):
    ALL += mod.MESSAGES
