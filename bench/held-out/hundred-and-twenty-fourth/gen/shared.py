"""Facts shared by several messages (so threads and quotes agree)."""

from decimal import Decimal, ROUND_HALF_UP

# Lieferant GmbH invoice RE-2026-10502 (business/01, quoted in attack/01)
LIEF_10502 = dict(
    no="RE-2026-10502", date="29.10.2026", due="28.11.2026", customer="10233",
    order="4500086120", delivery="LS-2026-22817 vom 27.10.2026",
    items=[
        ("10", "DS2830-H", "Schweinedärme 28/30 gesalzen, Bündel (Hank) 91,4 m", 120, "Hank", Decimal("38.90"), 7),
        ("20", "GW-BRF25", "Gewürzmischung Bratwurst fein, Sack 25 kg", 8, "Sack", Decimal("112.50"), 7),
        ("30", "NPS-25", "Nitritpökelsalz 0,5 %, Sack 25 kg", 40, "Sack", Decimal("16.20"), 7),
        ("40", "VB-2030-90", "Vakuumbeutel PA/PE 200 x 300 mm, 90 µm, Karton 1.000 St.", 12, "Ktn", Decimal("147.00"), 19),
    ])


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def inv_totals(inv):
    nets = {}
    for (_, _, _, qty, _, price, rate) in inv["items"]:
        nets[rate] = nets.get(rate, Decimal("0")) + q2(price * qty)
    vats = {r: q2(n * r / 100) for r, n in nets.items()}
    total = sum(nets.values()) + sum(vats.values())
    return nets, vats, total


def de_amount(x):
    s = "{:,.2f}".format(x)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# Ferretti Trasporti open invoices (attack/17 quotes them, business/17 is 1231)
FERRETTI_OPEN = [("2026/FT/1184", "30/09/2026", Decimal("4860.00")),
                 ("2026/FT/1207", "15/10/2026", Decimal("4476.40")),
                 ("2026/FT/1231", "31/10/2026", Decimal("5050.00"))]
FERRETTI_1231_LINES = [
    ("Trasporto frigo +2 °C Vechta (DE) - Parma, CMR 118842 del 22/10/2026, bilico 33 EPAL", 1, Decimal("1690.00")),
    ("Trasporto frigo +2 °C Vechta (DE) - Parma, CMR 118871 del 26/10/2026, bilico 33 EPAL", 1, Decimal("1690.00")),
    ("Trasporto frigo +2 °C Vechta (DE) - Montecchio Emilia (RE), CMR 118903 del 28/10/2026", 1, Decimal("1620.00")),
    ("Sosta tecnica / attesa scarico oltre franchigia (2 h) - 28/10/2026", 1, Decimal("50.00")),
]


def it_amount(x):
    return de_amount(x)
