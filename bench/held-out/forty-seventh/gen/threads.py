"""Fixed Message-IDs of thread members, so replies and hijacks can refer to them."""
import infra
import util

_r = util.rng("threads")
T = {
    # Kessler order (business 04) and Katrin Schulz's answer (not in the set)
    "kessler_order": infra.outlook_msgid(_r, util.berlin(2026, 10, 26, 10, 12), "kessler-weinhandel.de"),
    "kessler_katrin": "<%s@EXCH01.corp.example.com>" % util.hexid(_r, 32),
    # Cantina Valdadige bulk-wine thread (business 18), Alessandro's reply
    "cantina_offer": "<%d.%d.%d.JavaMail.zimbra@cantinavaldadige.it>" % (
        _r.randrange(10 ** 8, 10 ** 9), _r.randrange(10 ** 6, 10 ** 7), 1791180000000 + _r.randrange(10 ** 7)),
    "cantina_alessandro": "<%s@EXCH01.corp.example.com>" % util.hexid(_r, 32),
    # Dimitriou transport thread
    "dimitriou_1": "<%s@otenet.gr>" % util.hexid(_r, 24).upper(),
    "dimitriou_eleni": "<%s@EXCH01.corp.example.com>" % util.hexid(_r, 32),
    # Vinny Dvor reconciliation thread
    "vinny_1": "<%d%d@mail.yandex.ru>" % (_r.randrange(100000, 999999), 1796000000 + _r.randrange(10 ** 6)),
    "olga_1": "<%s@EXCH01.corp.example.com>" % util.hexid(_r, 32),
}
