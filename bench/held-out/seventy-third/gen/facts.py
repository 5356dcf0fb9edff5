"""Bank details and company identifiers shared by several messages (genuine and fraudulent)."""
from checksums import (de_ustid, es_cif, gr_afm, iban_de, iban_es, iban_gb, iban_gr, iban_it, iban_lt, iban_pl,
                       iban_pt, it_piva, pl_nip, ru_account, ru_corr_account, ru_inn10, ru_ogrn, iban,
                       ru_inn12, ru_ogrnip)

# ---- Example Group entities
EG_USTID = de_ustid("81542730")
EG_IT_PIVA = it_piva("0345892037")          # office code 037 = Bologna
EG_PL_NIP = pl_nip("897176534")
EG_ES_CIF = es_cif("B", "9823417")
EG_GR_AFM = gr_afm("80154321")
EG_RU_INN = ru_inn10("781012345")
EG_UK_CRN = "09876543"

# ---- Lieferant GmbH (genuine): Sparkasse Hildesheim Goslar Peine, later Commerzbank
LIEF_USTID = de_ustid("21455830")
LIEF_IBAN_OLD = iban_de("25950130", "0046218843")
LIEF_BIC_OLD = "NOLADE21HIK"
LIEF_IBAN_NEW = iban_de("25940033", "0312458800")
LIEF_BIC_NEW = "COBADEFFXXX"
# fraudulent (Solaris-based fintech account)
LIEF_IBAN_FRAUD = iban_de("11010100", "2867340158")
LIEF_BIC_FRAUD = "SOBKDEBBXXX"

# ---- HydroPumpen Service GmbH
HYDRO_IBAN = iban_de("25190001", "0624871300")
HYDRO_BIC = "VOHADE2HXXX"

# ---- payroll diversion mule (Revolut Bank UAB, LT)
MULE_LT_IBAN = iban_lt("32500", "71846290335")

# ---- fake register "invoice" (Slovak bank account)
def _sk_basic_ok(n):
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    return sum(int(d) * x for d, x in zip(n, w)) % 11 == 0


def _sk_fix(base9):
    for d in "0123456789":
        if _sk_basic_ok(base9 + d):
            return base9 + d
    return _sk_fix(str(int(base9) + 1).zfill(9))


SK_ACC = _sk_fix("294187031")
REGISTER_IBAN = iban("SK", "1100" + "000000" + SK_ACC)   # 1100 = Tatra banka
REGISTER_BIC = "TATRSKBX"

# ---- Ferretti Trasporti (genuine: BPER old, Crédit Agricole Italia new from 2027)
FERRETTI_PIVA = it_piva("0218473036")
FERRETTI_IBAN_OLD = iban_it("05387", "12900", "000001846523")
FERRETTI_IBAN_NEW = iban_it("06230", "12930", "000057341209")
# fraudulent: account at Intesa Sanpaolo
FERRETTI_IBAN_FRAUD = iban_it("03069", "01784", "100000092716")

# ---- fake lawyer escrow (Paysera LT)
ESCROW_LT_IBAN = iban_lt("35000", "10008172634")

# ---- Partner Logistik (genuine ING Bank Śląski) / fraudulent (Nest Bank)
PARTNER_NIP = pl_nip("894295186")
PARTNER_IBAN = iban_pl("105", "0162", "1000009731428813")
PARTNER_IBAN_FRAUD = iban_pl("187", "0004", "2743591860010001")
WODKAN_IBAN = iban_pl("124", "0670", "1111001045873520")
WODKAN_NIP = pl_nip("912178452")
KAMINSKI_IBAN = iban_pl("102", "0528", "0000910203417766")
KAMINSKI_NIP = pl_nip("913104577")

# ---- Hidroquímica Levante (genuine CaixaBank) / fraudulent (Banco Sabadell)
HQL_CIF = es_cif("B", "9764215")
HQL_IBAN = iban_es("2100", "4715", "0200184632")
HQL_IBAN_FRAUD = iban_es("0081", "1423", "0006137248")
# ---- fake Portuguese supplier (CEO fraud Spain)
PT_FRAUD_IBAN = iban_pt("0010", "0000", "58241730001")
SOLER_IBAN = iban_es("0182", "5941", "0201528371")

# ---- Aquatech Hellas (genuine NBG) / fraudulent (Piraeus)
AQT_AFM = gr_afm("09941825")
AQT_IBAN = iban_gr("011", "0218", "0000021847301255")
AQT_IBAN_FRAUD = iban_gr("017", "0172", "0000172056381492")
KARAG_AFM = gr_afm("13482075")

# ---- Northern Pipeline Services (genuine, Barclays)
NPS_IBAN = iban_gb("BUKB", "203758", "43918260")
NPS_SORT = "20-37-58"
NPS_ACC = "43918260"

# ---- Russia
SBER_NW_BIK = "044030653"          # Северо-Западный банк ПАО Сбербанк
SBER_NW_KS = ru_corr_account(SBER_NW_BIK)
VODTECH_INN = ru_inn10("780245861")
VODTECH_KPP = "780201001"
VODTECH_OGRN = ru_ogrn("108784712345")
VODTECH_RS = ru_account(SBER_NW_BIK, "40702810055000048213")
# fraudulent: АО «ТБанк», Moscow
TBANK_BIK = "044525974"
TBANK_KS = ru_corr_account(TBANK_BIK, "45250000")
VODTECH_RS_FRAUD = ru_account(TBANK_BIK, "40702810010001874362")
PETROV_INN = ru_inn12("7814025184")
PETROV_OGRNIP = ru_ogrnip("32178470014588")
PETROV_RS = ru_account(SBER_NW_BIK, "40802810455000073914")
EG_RU_KPP = "781001001"

# ---- Bitcoin (extortion)
from checksums import btc_address_from_seed
BTC_EXTORT = btc_address_from_seed("audit73-extortion-en-16")
