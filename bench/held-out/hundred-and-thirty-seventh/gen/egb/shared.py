"""Facts shared between messages (so that threads, invoices and attacks agree)."""
from decimal import Decimal, ROUND_HALF_UP

from . import company, ids
from .core import local


def money(x):
    return Decimal(x).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def fmt(x, lang='de'):
    x = money(x)
    neg = x < 0
    s = '%.2f' % abs(x)
    ip, dp = s.split('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if lang in ('en',):
        r = ','.join(groups) + '.' + dp
    elif lang in ('pl', 'ru', 'fr'):
        r = '\u00a0'.join(groups) + ',' + dp
    else:
        r = '.'.join(groups) + ',' + dp
    return ('-' if neg else '') + r


def fmt_plain(x, lang):
    """Like fmt but with normal spaces as thousands separator (for e-mail bodies)."""
    return fmt(x, lang).replace('\u00a0', ' ')


# ---- Lieferant GmbH invoices (B03 is RE-2026-10482; A02 hijacks the thread about all three)
LIEF_RE_10482_ITEMS = [
    # (pos, description, detail, qty, unit, unit price)
    ('1', 'KVH C24 NSi Fichte 60 x 240 mm, 13,00 m', '42 Stk', Decimal('7.862'), 'm³', Decimal('498.00')),
    ('2', 'BSH GL24h Si Fichte 120 x 360 mm, 11,50 m', '12 Stk', Decimal('5.962'), 'm³', Decimal('712.00')),
    ('3', 'OSB/3 Verlegeplatte N+F 15 mm, 2500 x 1250 mm', '180 Stk', Decimal('562.50'), 'm²', Decimal('7.85')),
    ('4', 'Holzfaser-Unterdeckplatte 60 mm N+F, 1880 x 600 mm', '240 Stk', Decimal('270.72'), 'm²', Decimal('10.90')),
    ('5', 'Frachtpauschale LKW mit Ladekran, Anlieferung Rosenheim', '', Decimal('1'), 'psch', Decimal('185.00')),
]


def lines_total(items):
    net = sum(money(q * p) for _, _, _, q, _, p in items)
    vat = money(net * Decimal('0.19'))
    return net, vat, net + vat


LIEF_RE_10482_NET, LIEF_RE_10482_VAT, LIEF_RE_10482_GROSS = lines_total(LIEF_RE_10482_ITEMS)
LIEF_OPEN = [('RE-2026-10391', '05.10.2026', Decimal('14208.20')), ('RE-2026-10417', '14.10.2026', Decimal('16235.43')),
             ('RE-2026-10482', '02.11.2026', LIEF_RE_10482_GROSS)]
LIEF_OPEN_TOTAL = sum(x[2] for x in LIEF_OPEN)
LIEF_CUSTOMER_NO = '40117'

# ---- attacker accounts (invented)
A02_IBAN = ids.iban_make('DE', '71140041' + '0683192705')      # "Commerzbank Rosenheim" mule
A06_IBAN = ids.iban_make('DE', '11010100' + '2841073952')      # virtual IBAN of a payment institution
A07_IBAN = ids.iban_make('DE', '10011001' + '2637418095')      # neobank account opened with stolen identity

# ---- Ferretti / Maderas / Partner Logistik facts
FERR_INV = 'FT/2026/004812'
MPIR_INV = 'FV26-01183'
PLOG_INV = 'FV/2026/11/0418'

# ---- Partner Logistik invoices (PLN, 23 % VAT); B22 is FV/2026/11/0418, A22 hijacks the thread about both
PLOG_0418_ITEMS = [
    ('1', 'Transport FTL Poznań – Rosenheim, naczepa mega, 8 kursów (zlecenia PL-DE 11/2026)', '8', Decimal('8'), 'kurs', Decimal('2840.00')),
    ('2', 'Magazynowanie elementów ściennych, plac Tarnowo Podgórne, 11/2026', '', Decimal('420'), 'm²·mies.', Decimal('6.15')),
    ('3', 'Przeładunek dźwigiem (HDS), budowa Suchy Las', '', Decimal('6'), 'godz.', Decimal('215.00')),
]


def lines_total_vat(items, rate):
    net = sum(money(q * p) for _, _, _, q, _, p in items)
    vat = money(net * Decimal(rate))
    return net, vat, net + vat


PLOG_0418_NET, PLOG_0418_VAT, PLOG_0418_GROSS = lines_total_vat(PLOG_0418_ITEMS, '0.23')
PLOG_0377 = ('FV/2026/10/0377', Decimal('28416.90'))
A22_IBAN = ids.pl_iban('1140200', '0040230218846317')

# ---- Maderas del Pirineo FV26-01183 (EUR, 21 % IVA); B27 is the real invoice, A28 the fraudulent "copy"
MPIR_ITEMS = [
    ('1', 'Panel CLT C24 5 capas 160 mm, pino radiata, visto industrial', '', Decimal('38.40'), 'm³', Decimal('395.00')),
    ('2', 'Viga laminada GL28h 160x400 mm, longitud 12 m', '', Decimal('6.144'), 'm³', Decimal('585.00')),
    ('3', 'Transporte camión con pluma a Noáin (Navarra)', '', Decimal('1'), 'viaje', Decimal('640.00')),
]
MPIR_NET, MPIR_VAT, MPIR_GROSS = lines_total_vat(MPIR_ITEMS, '0.21')
A28_IBAN = ids.iban_make('LT', '32500' + '74190263185')

# ---- Ferretti Trasporti invoice FT/2026/004812 (EUR, 22 % IVA); B17 real, A17 hijacked thread, B35 forward
FERR_ITEMS = [
    ('1', 'Trasporto completo Rosenheim (DE) – Bolzano, semirimorchio centinato 13,6 m', '', Decimal('9'), 'viaggio', Decimal('1060.00')),
    ('2', 'Trasporto completo Rosenheim (DE) – Verona / cantiere Bussolengo, con sponda idraulica', '', Decimal('4'), 'viaggio', Decimal('1185.00')),
    ('3', 'Supplemento gasolio ottobre 2026 (6,5 %)', '', Decimal('1'), 'a corpo', Decimal('928.20')),
    ('4', 'Sosta in cantiere oltre franchigia (ore)', '', Decimal('5'), 'ora', Decimal('55.00')),
]
FERR_NET, FERR_VAT, FERR_GROSS = lines_total_vat(FERR_ITEMS, '0.22')
