"""Business facts shared by attack and business modules (bank details, tax IDs,
order numbers), so that genuine and fraudulent versions line up."""
import checks as C

F = C.fmt_iban

# ---- Example Group entities
EG_DE_VAT = C.de_vat("29817364")
EG_HQ = "Example Agrartechnik GmbH · Münchner Straße 28 · 30855 Langenhagen"
EG_HRB = "HRB 204873, Amtsgericht Hannover"
EG_STNR = "25/207/41873"
EG_IT_PIVA = C.it_piva("0451873023")
EG_PL_NIP = C.pl_nip("782263041")
EG_ES_CIF = C.es_cif("B", "9918273")
EG_GR_AFM = C.gr_afm("80147325")
EG_UK_VAT = C.gb_vat("2874193")
EG_RU_INN = C.inn10("231207845")
EG_RU_KPP = "231201001"
EG_DE_IBAN = C.iban_de("25050180", "91827364")       # Sparkasse Hannover
EG_DE_BIC = "SPKHDE2HXXX"

# ---- Lieferant GmbH (Gütersloh)
LG_ADDR = "Lieferant GmbH · Carl-Bertelsmann-Str. 112 · 33332 Gütersloh"
LG_VAT = C.de_vat("81473920")
LG_HRB = "HRB 7342, Amtsgericht Gütersloh"
LG_GF = "Michael Brandes"
LG_IBAN_OLD = C.iban_de("47850065", "120458731")    # Sparkasse Gütersloh-Rietberg-Versmold
LG_BIC_OLD = "WELADED1GTL"
LG_IBAN_NEW = C.iban_de("48060036", "330881504")    # Volksbank Bielefeld-Gütersloh (genuine change)
LG_BIC_NEW = "GENODEM1GTL"
LG_IBAN_FRAUD = C.iban_de("10011001", "271934650")  # N26 - fraud
LG_BIC_FRAUD = "NTSBDEB1XXX"
LG_CUST_NO = "40117"

# ---- Ferretti Trasporti S.p.A. (Verona)
FE_PIVA = C.it_piva("0238714023")
FE_IBAN = C.iban_it("05387", "11702", "000003147820")   # BPER Banca
FE_BIC = "BPMOIT22XXX"
FE_IBAN_FRAUD = C.iban_it("03268", "22300", "052874119340")  # Banca Sella - fraud
FE_BIC_FRAUD = "SELBIT2BXXX"

# ---- Partner Logistik sp. z o.o. (Poznań)
PL_NIP = C.pl_nip("778143625")
PL_IBAN = C.iban_pl("114", "2004", "0000320198765401")      # mBank
PL_IBAN_FRAUD = C.iban_pl("109", "1054", "0000000156480273")  # Santander - fraud
PL_KRS = "0000418273"

# ---- Transportes Hermanos Gil S.L. (Zaragoza)
GIL_CIF = C.es_cif("B", "5084127")
GIL_IBAN = C.iban_es("2085", "5203", "0330154872")      # Ibercaja
GIL_IBAN_FRAUD = C.iban_es("0182", "6015", "0201584736")  # BBVA - fraud

# ---- Γεωργικά Μηχανήματα Θεσσαλίας Α.Ε.
TH_AFM = C.gr_afm("09481736")
TH_IBAN = C.iban_gr("017", "0211", "0000021054871236")     # Piraeus
TH_IBAN_FRAUD = C.iban_gr("014", "1170", "0000117002398145")  # Alpha - fraud

# ---- Russia
SBER_BIK, SBER_KS = "040349602", "30101810100000000602"    # Krasnodar branch 8619 PAO Sberbank
TBANK_BIK, TBANK_KS = "044525974", "30101810145250000974"  # AO T-Bank, Moscow
YT_INN, YT_KPP = C.inn10("230815637"), "230801001"
YT_OGRN = C.ogrn("112230800563")
YT_RS = C.ru_account(SBER_BIK, "40702810X30000012845")
YT_RS_FRAUD = C.ru_account(TBANK_BIK, "40702810X10001847352")
AK_INN, AK_KPP = C.inn10("231004871"), "231001001"
AK_OGRN = C.ogrn("114231000487")
EG_RU_RS = C.ru_account(SBER_BIK, "40702810X30000047719")

# ---- fraud accounts of other schemes
PAYROLL_FRAUD = C.iban_lt("32500", "19274830165")          # Revolut Bank UAB
DFHV_IBAN = C.iban_es("0081", "7011", "0001847263")        # Banco Sabadell
HOUSING_IBAN = C.iban_fr("30004", "00825", "00012748391")  # BNP Paribas
LAWYER_IBAN = C.iban_pt("0033", "0000", "45281937105")     # Millennium bcp
HOKUTO_EU_IBAN = C.iban_nl("ABNA", "041728394")            # Hokuto Agri Europe B.V. (genuine)

# ---- Bitcoin
BTC_EXTORT_EN = C.btc_p2wpkh("extortion-en-2026")
BTC_EXTORT_EL = C.btc_p2pkh("extortion-el-2026")

if __name__ == "__main__":
    for k, v in sorted(globals().items()):
        if k.isupper():
            print(k, v)


# ---- message-ids of threads that attacks hijack (genuine originals live in business/)
def _h(k, n):
    import hashlib
    return hashlib.sha256(k.encode()).hexdigest()[:n]


HANSEN_FIRST_ID = "<002a01dd%s$%s$%s$@landtechnik-hansen.de>" % (_h("hansen-first", 4), _h("hansen-first2", 8), _h("hansen-first3", 8))
HANSEN_PREV_ID = "<%s@EXCH01.corp.example.com>" % _h("hansen-thread-dennis", 32)
VALP_ORDER_ID = "<001c01dd%s$%s$%s$@agricolavalpadana.it>" % (_h("valp-order", 4), _h("valp-order2", 8), _h("valp-order3", 8))
VALP_REPLY_ID = "<%s@EXCH01.corp.example.com>" % _h("valp-reply-francesca", 32)
