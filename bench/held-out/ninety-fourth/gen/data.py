"""Bank details, identifiers and other shared facts used across messages."""

import checks as C

# Example Group's own accounts
EG_DE = C.iban_de("25050180", "91034527")          # Sparkasse Hannover
EG_IT = C.iban_it("03069", "01600", "100000004512")  # Intesa Sanpaolo, Milano
EG_PL = C.iban_pl("1050152", "1000009732451288")    # ING Bank Slaski
EG_ES = C.iban_es("2100", "4178", "0200158834")     # CaixaBank Valencia
EG_GR = C.iban("GR", "0172240" + "0005224048512377")  # Piraeus Thessaloniki
EG_UK = C.iban("GB", "BARC20325373081945")           # Barclays Manchester
EG_RU_BIK = "044030790"                              # Bank "Saint-Petersburg"
EG_RU_ACC = C.ru_account(EG_RU_BIK, "40702810003000041871")
EG_RU_KS = C.ru_corr_account(EG_RU_BIK)
EG_RU_INN = C.ru_inn10("784155013")

# Lieferant GmbH (Bielefeld)
LIEF_OLD = C.iban_de("48040035", "57719300")         # Commerzbank Bielefeld
LIEF_NEW = C.iban_de("48060036", "10427731")         # Bielefelder Volksbank (genuine change)
LIEF_FAKE = C.iban("LT", "32500" + "59914027713")      # attacker: EMI account in Lithuania

# Ferretti Trasporti
FER_IBAN = C.iban_it("05034", "11101", "000000018277")  # Banco BPM
FER_FAKE = C.iban_be("9670" + "418827")                  # attacker: Wise Europe (BE)

# Partner Logistik
PL_IBAN = C.iban_pl("1090241", "0000000153627381")    # Santander Bank Polska
PL_FAKE = C.iban_pl("1140200", "0040000872046613")    # attacker: mBank

# Thermotec
THERMO = C.iban_de("36050105", "14477021")           # Sparkasse Essen

# Spain
SANV_IBAN = C.iban_es("0081", "1045", "0001367722")   # Sabadell (customer)
TFL_IBAN = C.iban_es("3058", "2207", "2720017755")    # Cajamar (carrier)
TFL_FAKE = C.iban_es("1583", "0001", "1290844517")    # attacker: Revolut ES

# Greece
KARAG_IBAN = C.iban("GR", "0110223" + "0000022340071158")
GR_FAKE = C.iban("GR", "0260051" + "0000880200319647")

# Russia
PAM_BIK = "044030653"        # Sberbank North-West
PAM_ACC = C.ru_account(PAM_BIK, "40702810055000088214")
PAM_KS = C.ru_corr_account(PAM_BIK)
PAM_INN = C.ru_inn10("781234567")
PAM_NEW_BIK = "044030790"    # genuine change to Bank "Saint-Petersburg"
PAM_NEW_ACC = C.ru_account(PAM_NEW_BIK, "40702810090350019327")
PAM_NEW_KS = C.ru_corr_account(PAM_NEW_BIK)
RU_FAKE_BIK = "044525593"    # attacker: Moscow bank
RU_FAKE_ACC = C.ru_account(RU_FAKE_BIK, "40702810302300071364")
RU_FAKE_KS = C.ru_corr_account(RU_FAKE_BIK)
RU_FAKE_INN = C.ru_inn10("772951183")

# Register / directory scam accounts
REG_FAKE_DE = C.iban("SK", "0900" + "000000" + "5147803921")    # Slovak account
REG_FAKE_PL = C.iban_pl("2490005", "0000400048193772")

# UK
FLORAL_GB = C.iban("GB", "NWBK01072938471196")
BROKER_GB = C.iban("GB", "LOYD30963641529183")

# Crypto
BTC_GR = C.bech32_address("audit95-gr-sextortion")
BTC_PL = C.base58check_address("audit95-pl-extortion")
BTC_EN = C.bech32_address("audit95-en-ddos")

fmt = C.iban_fmt
