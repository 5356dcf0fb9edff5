"""Message-IDs shared between genuine thread messages and the hijacks that reuse them."""
import infra as I

# Ferretti Trasporti thread (business/19 is Chiara's genuine reply, attack/17 hijacks it)
FERRETTI_SUBJ = "Trasporto rack MIL1 → FRA2 del 19/11 – conferma ritiro"
FERRETTI_Q_ID = "<6f1c93d0a2b74e58b1d04c7e9a35f2c1@FRA-EXCH01.corp.example.com>"
FERRETTI_Q_T = I.at(2026, 11, 12, 9, 4, 51, "EU")
FERRETTI_R_ID = "<0b7e4d2a-91c3-4f6e-a8d5-3e2c71f9b604@ferretti-trasporti.it>"
FERRETTI_R_T = I.at(2026, 11, 12, 11, 20, 37, "EU")
FERRETTI_Q_BODY = [
    "Buongiorno Chiara,",
    "",
    "vi confermo il ritiro di 6 rack (42U, su pallet, circa 380 kg ciascuno) presso il nostro data center di Milano, Via Gallarate 205, per giovedì 19/11 dalle ore 8:00. Destinazione: Example Group, Rechenzentrum FRA2, Hanauer Landstraße 312, Frankfurt am Main, consegna entro venerdì 20/11.",
    "",
    "Ci serve un mezzo con sponda idraulica. Potete confermarmi orario e targa?",
    "",
    "Grazie e buona giornata",
    "Francesca Russo",
    "Amministrazione – Example Group Italia S.r.l.",
]
FERRETTI_R_BODY = [
    "Buongiorno Francesca,",
    "",
    "confermiamo il ritiro per giovedì 19/11 alle ore 8:30 con motrice e sponda idraulica, targa GK 418 ZT, autista Sig. Bonfanti (cell. 347 218 5530). Consegna prevista a Francoforte venerdì 20/11 in mattinata.",
    "",
    "Tariffa come da offerta n. 2026/311: 2.450,00 EUR + IVA, fattura a fine trasporto con pagamento a 30 gg d.f.f.m. sul solito conto.",
    "",
    "Cordiali saluti",
    "Chiara Colombo",
    "Ufficio Traffico",
    "Ferretti Trasporti S.p.A. – Via dell'Artigianato 18 – 24040 Stezzano (BG)",
    "Tel. 035 591 2240",
]

# Partner Logistik thread (business/24 is Tadeusz's genuine reply, attack/22 hijacks it)
PARTNER_SUBJ = "Dostawa części zamiennych do WAW1 – listopad"
PARTNER_Q_ID = "<a24d7c1e905f4b3c8e61f2d0b7c49a85@FRA-EXCH02.corp.example.com>"
PARTNER_Q_T = I.at(2026, 11, 9, 10, 12, 5, "EU")
PARTNER_R_ID = "<000f01dd7050$d8531100$b5cec5a0$@partner-logistik.pl>"
PARTNER_R_T = I.at(2026, 11, 9, 14, 47, 22, "EU")
PARTNER_Q_BODY = [
    "Dzień dobry Panie Tadeuszu,",
    "",
    "prosimy o dostawę z magazynu w Strykowie do WAW1 (ul. Łopuszańska 95) następujących pozycji: 24 szt. dysków SSD 3,84 TB, 12 zasilaczy 1600 W, 2 przełączniki 48-port. Termin: do 17.11.",
    "",
    "Czy mogą Państwo potwierdzić termin i koszt transportu?",
    "",
    "Pozdrawiam",
    "Małgorzata Łukasik",
    "Example Group Polska sp. z o.o.",
]
PARTNER_R_BODY = [
    "Dzień dobry Pani Małgorzato,",
    "",
    "potwierdzam dostawę na 16.11 (poniedziałek) w godz. 9–12, auto dostawcze z windą. Koszt transportu zgodnie z umową ramową: 640,00 zł netto, doliczymy do faktury zbiorczej za listopad.",
    "",
    "Proszę o informację, kto odbierze towar na miejscu.",
    "",
    "Z poważaniem",
    "Tadeusz Zieliński",
    "Key Account Manager",
    "Partner Logistik sp. z o.o. | ul. Magazynowa 6 | 95-010 Stryków",
    "tel. +48 42 719 33 18",
]
