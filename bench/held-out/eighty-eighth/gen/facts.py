"""Bank details, tax ids and crypto addresses used across messages (all check digits computed)."""
import checks as C

# ---- genuine
LIEFERANT_OLD = C.iban_de("46050001", "100234568")       # Sparkasse Siegen (method 00 check digit)
LIEFERANT_NEW = C.iban_de("46060040", "204417730")       # new house bank (method 00 check digit)
LIEFERANT_USTID = C.de_ustid("26473181")
ROHRWERK = C.iban_de("45851020", "000871236")            # Sparkasse (method 00)
EXAMPLE_DE = C.iban_de("30050110", "107723454")          # Example Group SE, Stadtsparkasse Düsseldorf
EXAMPLE_USTID = C.de_ustid("11928437")
FERRETTI = C.iban_it("03069", "01600", "100000061827")   # Intesa Sanpaolo
FERRETTI_PIVA = C.it_piva("0318765001")
EXAMPLE_IT_PIVA = C.it_piva("1044712096")
PARTNER_OLD = C.iban_pl("1140200", "0000350212345678")   # mBank
PARTNER_NEW = C.iban_pl("1020522", "0000610204417733")   # PKO BP, announced properly
PARTNER_NIP = C.pl_nip("899281364")
EXAMPLE_PL_NIP = C.pl_nip("894310527")
LEVANTE = C.iban_es("2100", "2275", "0200184762")        # CaixaBank
LEVANTE_CIF = C.es_cif("B", "9714538")
EXAMPLE_ES_CIF = C.es_cif("B", "8732109")
MIDLANDS = C.iban_gb("BARC", "204516", "43917720")
MIDLANDS_VAT = C.gb_vat("2874651")
AIGAIOU_AFM = C.gr_afm("09941728")
EXAMPLE_GR_AFM = C.gr_afm("80012446")
EXAMPLE_GR = C.iban_gr("011", "0125", "0000012547803311")  # NBG
# Russia: Sberbank Moscow BIK + real correspondent account; settlement account with control key
SBER_BIK, SBER_CORR = "044525225", "30101810400000000225"
STROYLESA_ACC = C.ru_account(SBER_BIK, "40702810X38000104417".replace("X", "0"))
STROYLESA_INN = C.ru_inn10("502410377")
STROYLESA_KPP = "502401001"
STROYLESA_OGRN = C.ru_ogrn("115502400817")
EXAMPLE_RU_INN = C.ru_inn10("772670491")

# ---- attacker (mule) accounts
MULE_LT = C.iban_lt("32500", "58214700391")               # Revolut Bank UAB (LT)
MULE_LT2 = C.iban_lt("35000", "10011573942")              # Paysera LT
MULE_DE = C.iban("DE", "10011001" + "2626400178")        # N26-style BLZ, no national check claimed
MULE_IT = C.iban_it("36772", "22400", "000214773519")     # e-money institution style ABI
MULE_PL = C.iban_pl("1090101", "0000000154873269")        # Santander BP
MULE_ES = C.iban_es("1465", "0100", "9173448820")         # ING Direct
MULE_GR = C.iban_gr("017", "0118", "0005118077412553")    # Piraeus
MULE_BE = C.iban_be("967", "3512784")                     # Wise Europe style BE
MULE_PT = C.iban_pt("0036", "0146", "99100041733")
T_BIK, T_CORR = "044525974", "30101810145250000974"       # T-Bank (Tinkoff), public data
MULE_RU = C.ru_account(T_BIK, "40702810010000947213")
MULE_RU_INN = C.ru_inn10("973201145")
REGISTER_DE = C.iban("DE", "7002027000" + "15772341")    # no national check claimed

BTC_EXTORTION = C.bech32_address("extortion-2026-11")
BTC_EXTORTION_LEGACY = C.p2pkh_address("extortion-ru-2026")


def all_ibans():
    return {k: v for k, v in globals().items() if isinstance(v, str) and len(v) > 14 and v[:2].isalpha() and v[2:4].isdigit()
            and k not in ("LIEFERANT_USTID", "EXAMPLE_USTID")}


if __name__ == "__main__":
    for k, v in sorted(all_ibans().items()):
        print(k, v, C.iban_ok(v))
    print("RU", STROYLESA_ACC, C.ru_account_ok(SBER_BIK, STROYLESA_ACC), MULE_RU, C.ru_account_ok(T_BIK, MULE_RU),
          C.ru_account_ok(SBER_BIK, SBER_CORR, True), C.ru_account_ok(T_BIK, T_CORR, True))
    print(BTC_EXTORTION, C.bech32_ok(BTC_EXTORTION), BTC_EXTORTION_LEGACY, C.base58check_ok(BTC_EXTORTION_LEGACY))
    print(STROYLESA_INN, STROYLESA_OGRN, PARTNER_NIP, FERRETTI_PIVA, AIGAIOU_AFM, LEVANTE_CIF, MIDLANDS_VAT, LIEFERANT_USTID)
