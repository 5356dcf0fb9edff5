# -*- coding: utf-8 -*-
"""Correspondent organisations: addresses, people, signatures, letterheads."""
from lib import checks as K
from .common import C

LIEF = {
    "name": "Lieferant GmbH", "street": "Industriestraße 14", "city": "36043 Fulda", "tel": "+49 661 9402-0",
    "fax": "+49 661 9402-99", "web": "www.lieferant-gmbh.de", "gf": "Dr. Klaus Wegener",
    "hrb": "Amtsgericht Fulda HRB 5821", "ust": K.de_ustid("11382747"), "bank_old": "Sparkasse Fulda",
    "bic_old": "HELADEF1FDS", "bank_new": "VR Genossenschaftsbank Fulda eG", "bic_new": "GENODE51FUL",
    "maier": ("Stefan Maier", "s.maier@lieferant-gmbh.de"), "lang": ("Petra Lang", "p.lang@lieferant-gmbh.de"),
    "buchhaltung": ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    "maier_tel": "+49 661 9402-131", "maier_mob": "+49 171 4486213", "lang_tel": "+49 661 9402-118",
    "relay": "mail.lieferant-gmbh.de", "ip": "203.0.113.25",
}


def sig_lief(who, greeting="Mit freundlichen Grüßen"):
    if who == "maier":
        n, a = LIEF["maier"]
        return ("%s\n\n%s\nKey Account Manager Getränkeindustrie\n\nLieferant GmbH\n%s · %s\nTel. %s · Mobil %s\n%s · %s\n\n"
                "Geschäftsführer: %s · %s · USt-IdNr. %s\n" % (greeting, n, LIEF["street"], LIEF["city"], LIEF["maier_tel"],
                                                                LIEF["maier_mob"], a, LIEF["web"], LIEF["gf"], LIEF["hrb"], LIEF["ust"]))
    if who == "lang":
        n, a = LIEF["lang"]
        return ("%s\n\n%s\nVertriebsinnendienst / Auftragsabwicklung\n\nLieferant GmbH\n%s · %s\nTel. %s\n%s · %s\n\n"
                "Geschäftsführer: %s · %s · USt-IdNr. %s\n" % (greeting, n, LIEF["street"], LIEF["city"], LIEF["lang_tel"],
                                                                a, LIEF["web"], LIEF["gf"], LIEF["hrb"], LIEF["ust"]))
    return ("%s\n\nIhre Buchhaltung der Lieferant GmbH\n\nLieferant GmbH · %s · %s\nTel. %s · rechnungen@lieferant-gmbh.de\n"
            "Geschäftsführer: %s · %s · USt-IdNr. %s\n" % (greeting, LIEF["street"], LIEF["city"], LIEF["tel"], LIEF["gf"], LIEF["hrb"], LIEF["ust"]))


def lief_letterhead(doc, date_str, right_extra=()):
    doc.letterhead("Lieferant GmbH", ["Preforms · Verschlüsse · Getränkeverpackung",
                                      "%s · %s · Tel. %s · %s" % (LIEF["street"], LIEF["city"], LIEF["tel"], LIEF["web"])],
                   color=(0.05, 0.35, 0.25), right_lines=("Fulda, %s" % date_str,) + tuple(right_extra))
    doc.footer(["Lieferant GmbH · %s · %s · Geschäftsführer: %s · %s · USt-IdNr. %s" % (LIEF["street"], LIEF["city"], LIEF["gf"], LIEF["hrb"], LIEF["ust"]),
                "Bankverbindung: Sparkasse Fulda · IBAN %s · BIC %s" % (K.iban_fmt(C.ACC["lieferant_old"]), LIEF["bic_old"])])


FER = {
    "name": "Ferretti Trasporti S.p.A.", "street": "Via dell'Industria 45", "city": "37135 Verona (VR)",
    "tel": "+39 045 820 7711", "piva": K.it_piva("0328491023"), "rea": "VR-312874", "web": "www.ferretti-trasporti.it",
    "colombo": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), "colombo_tel": "+39 045 820 7734",
    "amm": ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
    "tenant": "3f9c2a71-6b0e-4d8f-9a15-c2e84b7d1f06", "bank": "Banco BPM S.p.A., filiale Verona Zai", "bic": "BAPPIT21AG7",
}


def sig_fer(greeting="Cordiali saluti"):
    n, a = FER["colombo"]
    return ("%s\n\n%s\nUfficio Traffico – Customer Service Germania/Austria\n\nFerretti Trasporti S.p.A.\n%s – %s\nTel. %s | Centralino %s\n%s | %s\n\n"
            "P.IVA %s – Cap. Soc. € 1.500.000 i.v. – REA %s\n" % (greeting, n, FER["street"], FER["city"], FER["colombo_tel"], FER["tel"], a, FER["web"], FER["piva"], FER["rea"]))


PL = {
    "name": "Partner Logistik sp. z o.o.", "street": "ul. Składowa 12", "city": "62-023 Gądki", "tel": "+48 61 622 40 15",
    "nip": K.pl_nip("777318452"), "regon": K.pl_regon("30215874"), "krs": "0000398127", "web": "www.partner-logistik.pl",
    "zielinski": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), "zielinski_tel": "+48 605 218 447",
    "ksieg": ("Partner Logistik – Księgowość", "ksiegowosc@partner-logistik.pl"),
    "bank_old": "PKO Bank Polski S.A.", "bank_new": "ING Bank Śląski S.A.",
}


def sig_pl(who="zielinski", greeting="Z poważaniem"):
    if who == "zielinski":
        n, a = PL["zielinski"]
        return ("%s\n%s\nKierownik ds. Obsługi Klienta Kluczowego\n\nPartner Logistik sp. z o.o.\n%s, %s\ntel. kom. %s | centrala %s\n%s | %s\n"
                "NIP %s | REGON %s | KRS %s, Sąd Rejonowy Poznań – Nowe Miasto i Wilda\n" % (greeting, n, PL["street"], PL["city"], PL["zielinski_tel"], PL["tel"], a, PL["web"], PL["nip"], PL["regon"], PL["krs"]))
    return ("%s\nDział Księgowości\nPartner Logistik sp. z o.o.\n%s, %s | tel. %s\nksiegowosc@partner-logistik.pl\nNIP %s | KRS %s\n"
            % (greeting, PL["street"], PL["city"], PL["tel"], PL["nip"], PL["krs"]))


VET = {"name": "Vetreria Bergamasca S.p.A.", "street": "Via dell'Artigianato 22", "city": "24049 Verdellino (BG)",
       "piva": K.it_piva("0287310162"), "tel": "+39 035 884 2100", "rinaldi": ("Marco Rinaldi", "m.rinaldi@vetreria-bergamasca.it"),
       "rinaldi_tel": "+39 335 718 4402", "ordini": ("Vetreria Bergamasca - Ufficio Ordini", "ordini@vetreria-bergamasca.it"),
       "web": "www.vetreria-bergamasca.it"}

DIS = {"name": "Distribuciones Mediterráneo S.L.", "street": "C/ Ciudad de Sevilla 34, Pol. Ind. Fuente del Jarro",
       "city": "46988 Paterna (Valencia)", "cif": K.es_cif("B", "9741263"), "tel": "+34 961 34 27 80",
       "navarro": ("Jorge Navarro", "jorge.navarro@distribuciones-mediterraneo.es"),
       "martin": ("Lucía Martín", "lucia.martin@distribuciones-mediterraneo.es")}

VOR = {"name": "ΒΟΡΕΙΟΣ ΔΙΑΝΟΜΕΣ Α.Ε.", "name_lat": "Voreios Dianomes S.A.", "street": "ΒΙ.ΠΕ. Σίνδου, Οδός Δ13, Ο.Τ. 31",
       "city": "570 22 Σίνδος, Θεσσαλονίκη", "afm": K.gr_afm("09874512"), "doy": "ΦΑΕ Θεσσαλονίκης", "tel": "+30 2310 798 400",
       "antoniou": ("Νίκος Αντωνίου", "n.antoniou@voreios-dianomes.gr"), "logistirio": ("Λογιστήριο Βόρειος Διανομές", "logistirio@voreios-dianomes.gr"),
       "karagianni": ("Μαρία Καραγιάννη", "logistirio@voreios-dianomes.gr"),
       "host": "server.voreios-dianomes.gr", "ip": "198.51.100.77", "gemi": "057318204000"}

PEN = {"name": "Pennine Drinks Wholesale Ltd", "street": "Unit 14, Cross Green Industrial Estate", "city": "Leeds LS9 0SG",
       "vat": "GB" + K.gb_vat("2946130"), "crn": "08423917", "tel": "+44 113 496 0732",
       "hughes": ("Oliver Hughes", "oliver.hughes@penninedrinks.co.uk"), "clarke": ("Emma Clarke", "emma.clarke@penninedrinks.co.uk"),
       "tenant": "8b1e4f02-93c7-4d61-a8f5-27d0c6e913ab"}

AQ = {"name": "ООО «АкваТорг»", "addr": "109316, г. Москва, Волгоградский проспект, д. 42, корп. 5, офис 210",
      "inn": K.ru_inn10("772318947"), "kpp": "772301001", "ogrn": K.ru_ogrn("119774612830"), "tel": "+7 495 660 18 42",
      "volkov": ("Андрей Волков", "a.volkov@aquatorg.ru"), "egorova": ("Наталья Егорова", "buh@aquatorg.ru")}

SP = {"name": "Schneider & Partner mbB", "long": "Schneider & Partner mbB Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft",
      "street": "Mainzer Landstraße 176", "city": "60327 Frankfurt am Main", "tel": "+49 69 9739 260",
      "schneider": ("Karin Schneider", "k.schneider@schneider-partner-wp.de"), "brandt": ("Tobias Brandt", "t.brandt@schneider-partner-wp.de"),
      "tenant": "c47d9e13-2a58-4b06-8f3d-91e6a0b52c78", "brandt_tel": "+49 69 9739 26-214", "schneider_tel": "+49 69 9739 26-200"}


def sig_sp(who="brandt"):
    if who == "brandt":
        return ("Mit freundlichen Grüßen\n\nTobias Brandt\nSteuerberater · Prüfungsleiter\n\nSchneider & Partner mbB\nWirtschaftsprüfungsgesellschaft · Steuerberatungsgesellschaft\n"
                "%s · %s\nTel. %s · Fax +49 69 9739 26-99\nt.brandt@schneider-partner-wp.de · www.schneider-partner-wp.de\n\n"
                "Partnerschaftsregister: Amtsgericht Frankfurt am Main PR 2417 · Partner: WP/StB Karin Schneider, StB Dipl.-Kfm. Rainer Ott\n"
                "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n"
                % (SP["street"], SP["city"], SP["brandt_tel"]))
    return ("Mit freundlichen Grüßen\n\nKarin Schneider\nWirtschaftsprüferin · Steuerberaterin · Partnerin\n\nSchneider & Partner mbB\n%s · %s\nTel. %s\n"
            "k.schneider@schneider-partner-wp.de · www.schneider-partner-wp.de\n" % (SP["street"], SP["city"], SP["schneider_tel"]))


WENDT = {"name": "Patentanwälte Wendt & Kollegen", "street": "Bockenheimer Landstraße 51", "city": "60325 Frankfurt am Main",
         "tel": "+49 69 7137 880", "wendt": ("Dr. Henrik Wendt", "h.wendt@patent-wendt.de"), "kanzlei": ("Kanzlei Wendt", "kanzlei@patent-wendt.de"),
         "ust": K.de_ustid("30847162")}

COSTA = {"name": "Grupo Hoteles Costa Dorada S.A.", "street": "Passeig Jaume I 28", "city": "43840 Salou (Tarragona)",
         "cif": K.es_cif("A", "4318274"), "soler": ("Rosa Soler", "r.soler@hotelescostadorada.es"),
         "compras": ("Compras Costa Dorada", "compras@hotelescostadorada.es"), "tel": "+34 977 38 41 20",
         "tenant": "e2a91c4d-5f38-4b70-9d16-7c03f8a2e5b9"}

NORTH = {"name": "Northgate IT Solutions Ltd", "street": "42 Oxford Road", "city": "Manchester M1 5AN", "tel": "+44 161 496 0428",
         "vat": "GB" + K.gb_vat("4107395")}
