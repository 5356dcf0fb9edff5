"""Account numbers and registry numbers shared between messages
(all with valid check digits; all fictitious)."""
import banking as b

# Lieferant GmbH: old house bank (Sparkasse KölnBonn) and the genuinely
# announced new one (Volksbank Köln Bonn)
LIEFERANT_OLD = b.de_iban("37050198", "190447281")
LIEFERANT_NEW = b.de_iban("38060186", "420775163")
# attacker (look-alike lieferant-gbmh.de) mule account
MULE_DE_LIEFERANT = b.de_iban("10050000", "648201937")
# payroll diversion mule (neobank BLZ)
MULE_DE_PAYROLL = b.de_iban("10011001", "262817453")
# fake register "Zentralregister"
REGISTER_DE = b.de_iban("50010517", "540318822")
# Example Group HQ account (Commerzbank Köln)
EXG_DE = b.de_iban("37040044", "056781240")
# Vienna "escrow" lawyer (CEO fraud only mentions it, not given)

# Italy
FERRETTI_GENUINE = b.it_iban("05387", "12900", "000003519820")   # BPER
FERRETTI_MULE = b.it_iban("03069", "20305", "100000044718")      # attacker
EXG_IT = b.it_iban("02008", "01600", "000105339274")

# Poland
PARTNER_GENUINE = b.pl_iban("1050157", "1000009076213348")       # ING
PARTNER_MULE = b.pl_iban("1140200", "4000370274410883")          # attacker (mBank)
DOMAIN_SCAM_PL = b.pl_iban("1090251", "0000000147200339")
NIP_EXG_PL = b.pl_nip("897176001")
NIP_PARTNER = b.pl_nip("894302715")

# Spain
SANZ_GENUINE = b.es_iban("2100", "2235", "0201384711")           # law firm's own account
SANZ_MULE = b.es_iban("1465", "0100", "9117254830")              # attacker
ES_COURT = b.es_iban("0049", "3569", "9200050012")                # court deposits (Santander) sample
SUMINISTROS_ES = b.es_iban("0081", "0216", "7300014472")

# Greece
ATTICA_GENUINE = b.iban("GR", "011" + "0125" + "0000012500347791")   # NBG
ATTICA_MULE = b.iban("GR", "014" + "1080" + "0000108002044718")      # attacker

# UK
PENNINE_GENUINE = b.iban("GB", "NWBK" + "010975" + "41227830")

# Russia
BIK_SBER = "044525225"
BIK_RAIF = "044525700"
TEHNO_ACC = b.ru_account(BIK_SBER, "40702810" + "0" + "38000047119")
TEHNO_CORR = b.ru_corr_account(BIK_SBER)
MULE_RU_ACC = b.ru_account(BIK_RAIF, "40702810" + "0" + "00000471882")
MULE_RU_CORR = b.ru_corr_account(BIK_RAIF)
INN_TEHNO = b.ru_inn10("772041186")
INN_TEHNO_FAKE = b.ru_inn10("772041186")   # attacker copies the genuine INN
OGRN_TEHNO = b.ru_ogrn("117774658201")
INN_EXG_RU = b.ru_inn10("773615492")
INN_SHELL = b.ru_inn10("503241077")

# Bitcoin (no private key exists for these programs)
BTC_EXTORTION = b.bech32_p2wpkh("example-group-eval-extortion-en-13")

if __name__ == "__main__":
    for k, v in sorted(globals().items()):
        if k.isupper():
            print(k, v)
    assert b.ru_account_valid(BIK_SBER, TEHNO_ACC) and b.ru_account_valid(BIK_RAIF, MULE_RU_ACC)
    assert TEHNO_CORR == "30101810400000000225"
