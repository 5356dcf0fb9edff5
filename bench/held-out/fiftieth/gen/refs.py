"""Bank accounts and registration numbers used across messages (all with
valid check digits)."""
import codes as c

# --- Example Group entities
EG_DE_VAT = c.de_ustid('81964027')
EG_DE_IBAN = c.iban_de('30050110', '0046318820')          # Stadtsparkasse Düsseldorf
EG_IT_PIVA = c.it_piva('0391287098')
EG_PL_NIP = c.pl_nip('634285143')
EG_ES_NIF = c.es_cif_letter('W', '0072614')
EG_GR_AFM = c.gr_afm('99681437')
EG_UK_VAT = c.gb_vat('3384172')
EG_UK_IBAN = c.iban_gb('BARC', '204573', '63018827')
EG_RU_INN = c.ru_inn10('780241716')
EG_RU_KPP = '780201001'

# --- Lieferant GmbH (Duisburg)
LIEF_OLD = c.iban_de('35050000', '0200418736')             # Sparkasse Duisburg
LIEF_NEW = c.iban_de('35070030', '0641207700')             # Deutsche Bank Duisburg (genuine change, 2027)
LIEF_VAT = c.de_ustid('12083961')
LIEF_FRAUD = c.iban_de('10040000', '0318840901')           # Commerzbank Berlin (attack)

# --- others DE
KRAUS_IBAN = c.iban_de('30550000', '0080317742')           # Sparkasse Neuss
N26_MULE = c.iban_de('10011001', '2649718350')             # payroll diversion
REGISTER_ES = c.iban_es('2100', '8734', '0200251946')      # fake register "invoice"

# --- Italy
FERR_IBAN = c.iban_it('03069', '11206', '100482917')       # Intesa Sanpaolo, genuine
FERR_FRAUD = c.iban_it('05696', '01600', '4127053')        # Banca Popolare di Sondrio Milano (attack)
FERR_PIVA = c.it_piva('0218756098')
MARCH_PIVA = c.it_piva('0154321099')

# --- Poland
PARTNER_IBAN = c.iban_pl('1140200', '0040000372045188')    # mBank, white list
PARTNER_FRAUD = c.iban_pl('1090101', '4000000151337264')   # Santander (attack)
PARTNER_NIP = c.pl_nip('631264987')
PROFILSTAL_NIP = c.pl_nip('648201377')

# --- Spain
GOIK_IBAN = c.iban_es('2095', '0611', '0091102733')        # Kutxabank
URRUTIA_CIF = c.es_cif('B', '4810273')
ING_MULE = c.iban_es('1465', '0100', '9617348250')         # payroll diversion

# --- UK / escrow
ESCROW_LT = c.iban_lt('32500', '41827730519')              # Revolut Bank UAB (attack)
PENNINE_VAT = c.gb_vat('2741093')

# --- Greece
METAF_IBAN = c.iban_gr('017', '0263', '0006263104417')     # Piraeus, genuine
METAF_FRAUD = c.iban_be('967', '4102836')                  # Wise-type BE account (attack)
METAF_AFM = c.gr_afm('09927514')
METALLIKA_AFM = c.gr_afm('09441870')

# --- Russia
SBER_SPB = '044030653'
BALT_RS = c.ru_account(SBER_SPB, '40702', '810', '55000041877')
BALT_KS = c.ru_corr(SBER_SPB)
BALT_INN = c.ru_inn10('781003527')
TBANK = '044525974'
BALT_FRAUD_RS = c.ru_account(TBANK, '40702', '810', '10000731942')
TBANK_KS = '30101810145250000974'                    # real TBank correspondent account
assert c.ru_account_ok(TBANK, TBANK_KS, corr=True)
ALFA = '044525593'
ALFA_KS = c.ru_corr(ALFA)
STALRES_RS = c.ru_account(ALFA, '40702', '810', '70280004412')
STALRES_INN = c.ru_inn10('772914803')
METALLSNAB_INN = c.ru_inn10('780620114')

BTC_EXTORT = c.btc_address('audit51-extortion')
