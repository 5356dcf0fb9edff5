"""Bank details used across messages (all check digits computed, see checks.py)."""
from checks import (de_iban, de_account_m00, it_iban, es_iban, pl_iban, gr_iban, lt_iban,
                    iban, ru_account, ru_corr_account, ru_inn10, ru_ogrn, gb_iban, iban_fmt,
                    bech32_p2wpkh)

# --- Germany (account numbers carry a method-00 check digit)
EG_DE = de_iban("37070060", de_account_m00("084417206"))            # Example Group, Deutsche Bank Köln
LF_OLD = de_iban("37050198", de_account_m00("190412345"))           # Lieferant GmbH, Sparkasse KölnBonn
LF_NEW = de_iban("37040044", de_account_m00("061187304"))           # Lieferant GmbH, Commerzbank Köln (from 2027)
LF_FAKE = lt_iban("32500", "18420376615")                            # attacker: Revolut Bank UAB (LT)
N26_MULE = de_iban("10011001", de_account_m00("262845719"))          # attacker: N26 account (payroll diversion)
SK_REG = iban("SK", "1100" + "000000" + "2948177305")               # register scam: Tatra banka (SK)
HENNIG = de_iban("37050198", de_account_m00("100338291"))

# --- Italy (CIN computed)
FE_OK = it_iban("03069", "11201", "100000012873")                    # Ferretti: Intesa Sanpaolo
FE_FAKE = it_iban("03032", "01600", "010000398121")                  # attacker: Credem
LUCE = it_iban("02008", "05181", "000104782913")                     # Studio Luce Roma: UniCredit
LUCA = it_iban("36081", "05138", "254312670455")                     # Luca Marino: prepaid/online bank

# --- Poland (sort-code check digit computed; NRB = IBAN digits)
PLOG_OK = pl_iban("1020102", "0000760202148371")                     # Partner Logistik: PKO BP
PLOG_FAKE = pl_iban("1140200", "0040430101736921")                   # attacker: mBank
NOWAK = pl_iban("1090101", "0000000140618733")                       # Krzysztof Nowak: Santander
AKORD = pl_iban("1050109", "0000090231457790")                       # Akord Post: ING

# --- Spain (DC computed)
SIERRA_OK = es_iban("0049", "1500", "2710184392")                    # Sierra: Banco Santander
SIERRA_FAKE = es_iban("0081", "0216", "7300019541")                  # attacker: Banco Sabadell
RUIZ = es_iban("2100", "1578", "0200128840")                         # Transportes Ruiz: CaixaBank

# --- Greece / Cyprus
ATTIKI_OK = gr_iban("011", "0125", "0000012500348711")               # Attiki Catering: NBG
ATTIKI_FAKE = iban("CY", "002" + "00195" + "0000357018264410")        # attacker: Bank of Cyprus
ALEXIOU = gr_iban("017", "0150", "0005150073492213")                 # Alexiou: Piraeus
GR_EG = gr_iban("026", "0025", "0000190200884315")                   # Example Group Hellas: Eurobank

# --- UK
BW = gb_iban("BARC", "200415", "73902258")

# --- Russia (BIK control key computed)
SBER_BIK = "044525225"
SBER_CORR = ru_corr_account(SBER_BIK)
KINOSVET_ACC = ru_account(SBER_BIK, "40702810X38000148923")
TBANK_BIK = "044525974"
TBANK_CORR = ru_corr_account(TBANK_BIK, "45250000")
KINOSVET_FAKE_ACC = ru_account(TBANK_BIK, "40702810X10001739516")
KUZN_ACC = ru_account(TBANK_BIK, "40817810X00084215307")
KINOSVET_INN = ru_inn10("772014583")
KINOSVET_KPP = "772001001"
KINOSVET_OGRN = ru_ogrn("117774612540")
EG_RU_INN = ru_inn10("771438209")
EG_RU_KPP = "771401001"
ALFA_BIK = "044525593"
ALFA_CORR = ru_corr_account(ALFA_BIK)
EG_RU_ACC = ru_account(ALFA_BIK, "40702810X02300013742")

# --- Bitcoin (derived from a seed string: no private key exists)
BTC_EXTORT = bech32_p2wpkh("audit106-extortion-en")

F = iban_fmt
