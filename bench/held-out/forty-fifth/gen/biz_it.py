"""Genuine business messages, Italian (17-21)."""
import facts as FX
import partners as P
from kit import (compose, alt, text_to_html, html_escape, make, Text, Multi, st, co, pdf_att, photo, png_att)

LANG = "it"

FE_SIG = """Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 37135 Verona
Tel. 045 861 7720 - www.ferretti-trasporti.it
P.IVA %s - Cap. Soc. € 1.200.000 i.v. - REA VR-241877""" % FX.FE_PIVA


def b17():
    text = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/1873 del 30/09/2026 relativa ai trasporti del mese di settembre. L'originale in formato elettronico è stato trasmesso tramite il Sistema di Interscambio (SdI) al Vostro codice destinatario ed è disponibile anche nella Vostra area riservata del sito dell'Agenzia delle Entrate.

Importo: € 4.392,00 (imponibile € 3.600,00 + IVA 22%% € 792,00)
Scadenza: 31/10/2026
Pagamento: bonifico bancario su BPER Banca - IBAN %s

Cordiali saluti

Ufficio Amministrazione
""" % FX.F(FX.FE_IBAN) + FE_SIG
    inv = """FERRETTI TRASPORTI S.p.A.
Via dell'Industria 27 - 37135 Verona - P.IVA %s

COPIA DI CORTESIA - documento non valido ai fini fiscali (art. 21 D.P.R. 633/72)
L'originale è stato trasmesso tramite SdI.

Fattura n. 2026/1873 del 30/09/2026

Cliente: Example Group Italia S.r.l. - Via Fermi 14, 37135 Verona - P.IVA %s

Descrizione                                                        Imponibile
Trasporti nazionali settembre 2026 (12 viaggi, elenco DDT allegato)   3.240,00
Supplemento carico eccezionale 2 mietitrebbie (Verona-Foggia)             360,00

Totale imponibile                                                  € 3.600,00
IVA 22%%                                                              € 792,00
Totale fattura                                                     € 4.392,00

Scadenza: 31/10/2026 - Bonifico BPER Banca - IBAN %s - BIC %s""" % (FX.FE_PIVA, FX.EG_IT_PIVA, FX.F(FX.FE_IBAN), FX.FE_BIC)
    p = pdf_att("Fattura_2026-1873_copia_cortesia.pdf", inv, "Zucchetti Infinity - Report Engine", "2026-10-01 08:31:00",
                zone="IT", title="Fattura 2026/1873", size=9)
    c = compose(P.FERRETTI, key="b-it-17", frm=co("fe_amm"), to=[st("it_acc")],
                subject="Copia di cortesia fattura n. 2026/1873 del 30/09/2026 - Ferretti Trasporti S.p.A.",
                when="2026-10-01 08:40:12",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "IT", "windows-1252"), "windows-1252", idx=1), p], b(0)))
    return make(LANG, "ferretti-fattura-cortesia", c,
                "Carrier's courtesy copy of invoice 2026/1873 (EUR 4,392.00); the e-invoice itself went through SdI.",
                "From Ferretti's real domain and Microsoft 365 tenant, matches the SdI e-invoice, pays to the known BPER account, no request to change anything.",
                pair=[("ferretti-iban-lookalike", "Same carrier and same invoice numbers: real domain with the known BPER IBAN vs. look-alike domain with a Banca Sella account."),
                      ("agenzia-entrate-zip-vbs", "E-invoicing/SdI theme: a genuine SdI courtesy copy as PDF vs. an 'Agenzia' notice with a script in a ZIP.")])


def b18():
    text = """Ciao Francesca,

ti confermo il ritiro di giovedì 19/11 presso il vostro magazzino di Verona con bilico ribassato:
- 2 trattori Hokuto HT 110, destinazione Agricola Valpadana, Mantova
- carico ore 8:00, autista Giovanni Rizzi, targa FX 218 KL

Vi chiedo di avere pronti i DDT, le chiavi e i libretti d'uso. Per la consegna a Mantova il cliente ci ha confermato lo scarico entro le 12:00.

Se ci sono variazioni scrivimi o chiamami pure al 335 704 2219.

Un saluto
Chiara Colombo
Ufficio Traffico
""" + FE_SIG
    c = compose(P.FERRETTI, key="b-it-18", frm=co("fe_colombo"), to=[st("it_mgr")], cc=[st("logi")],
                subject="Ritiro 2 trattori HT 110 presso Vs. magazzino Verona - giovedì 19/11", when="2026-11-16 15:48:27",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "IT", "utf-8"), "utf-8", "base64", "base64"))
    return make(LANG, "ferretti-ritiro-trattori", c,
                "Carrier dispatch confirming pickup of two tractors at the Verona warehouse with driver, plate and timing.",
                "Real domain and tenant, known dispatcher, operational details consistent with the Valpadana order, no links or payment content.")


def b19():
    text = """Buonasera,

vi scrivo per il trattore Hokuto HT 95 che ho comprato da voi a marzo (telaio HKT95-0041873). Da due settimane perde olio idraulico dal sollevatore posteriore, ogni sera trovo una macchia sotto il trattore. L'ho portato alla vostra officina convenzionata di Isola della Scala il 12 ottobre, hanno cambiato una guarnizione ma perde ancora.

Sono in piena semina del frumento e non posso stare fermo. Il trattore è in garanzia e chiedo che venga sistemato subito oppure che mi diate un mezzo sostitutivo. Vi allego le foto della perdita.

Aspetto una risposta entro lunedì, altrimenti mi rivolgo all'associazione di categoria.

Giuseppe Bellini
Azienda Agricola Bellini
Via Croce 12, Nogara (VR)
cell. 347 221 8904"""
    html = '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n  <div>' + \
        "</div>\n  <div>".join(html_escape(x) if x else "&nbsp;" for x in text.split("\n")) + "</div>\n </body>\n</html>\n"
    p1 = png_att("IMG_20261023_174512.png", photo("b-it-19-a", 320, 240))
    p2 = png_att("IMG_20261023_174538.png", photo("b-it-19-b", 320, 240))
    c = compose(P.BELLINI, key="b-it-19", frm=co("bellini"), to=[st("it_mgr")],
                subject="Reclamo trattore HT 95 - perdita olio idraulico", when="2026-10-23 19:44:50",
                body=lambda b: Multi("mixed", [alt(b, text, html, "UTF-8", idx=1), p1, p2], b(0)))
    return make(LANG, "bellini-reclamo-trattore", c,
                "Farm customer's complaint from libero.it: warranty tractor leaking hydraulic oil, demands repair or replacement machine, two photos.",
                "Consumer mailbox of a known customer sending from Libero webmail, specific chassis number and dealer visit, photos as PNG, no links or payment request - angry but genuine.")


def b20():
    text = """Buongiorno Francesca,

come anticipato al telefono, vi inviamo in allegato il nostro ordine di ricambi per la stagione 2027 (ordine n. 0871/2026), da consegnare in due tranche (gennaio e marzo).

Vi chiediamo conferma dei prezzi del listino 2027 con lo sconto concessionario concordato e delle condizioni di trasporto.

Pagamento come di consueto: RiBa 60 gg d.f.f.m.

Grazie e buona giornata

Roberto Galli
Responsabile Ricambi
Agricola Valpadana S.r.l.
Strada Statale 10, 46100 Mantova
Tel. 0376 381 244"""
    order = """AGRICOLA VALPADANA S.r.l. - Strada Statale 10 - 46100 Mantova - P.IVA 01947230209

ORDINE n. 0871/2026 del 17/11/2026

Fornitore: Example Group Italia S.r.l., Verona

Pos  Q.ta  Codice           Descrizione                                  Consegna
1    60    HK-HT-0415       Filtro olio motore HT 95/110                  gennaio
2    60    HK-HT-0422       Filtro gasolio                                gennaio
3    30    HK-HT-0510       Filtro olio idraulico                         gennaio
4    12    HK-HT-1208       Disco frizione                                marzo
5    24    HK-DM32-1104     Coltello barra falciante dx                   marzo
6    24    HK-DM32-1105     Coltello barra falciante sx                   marzo

Prezzi: listino 2027, sconto concessionario come da accordo.
Pagamento: RiBa 60 gg d.f.f.m.   Resa: franco destino.

Roberto Galli"""
    p = pdf_att("Ordine_0871-2026_Example_Group.pdf", order, "Microsoft® Excel® per Microsoft 365", "2026-11-17 10:58:00",
                zone="IT", title="Ordine 0871/2026", author="Roberto Galli", size=9)
    c = compose(P.VALPADANA, key="b-it-20", frm=co("valpadana"), to=[st("it_mgr")],
                subject="Ordine ricambi 2027 - listino e condizioni", when="2026-11-17 11:05:37", msgid=FX.VALP_ORDER_ID,
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "IT", "iso-8859-1"), "iso-8859-1", idx=1), p], b(0)))
    return make(LANG, "valpadana-ordine-ricambi", c,
                "Dealer's genuine spare-parts order for 2027 (PDF), the start of the thread later hijacked.",
                "Mr Galli's usual Outlook via Aruba SMTP from an Italian consumer IP, plain PDF order with part numbers, payment by RiBa as usual; no links.",
                pair=[("valpadana-thread-hijack-canva", "Same mailbox and thread: genuine Outlook mail with PDF vs. webmail from a foreign hosting IP linking to a Canva page behind a Microsoft login.")])


def b21():
    text = """Ciao Francesca,

come ogni anno Matthias vorrebbe inviare un omaggio natalizio ai concessionari italiani. Quest'anno abbiamo scelto di nuovo le confezioni di prodotti tipici di "Sapori di Langa", 25 confezioni da circa 60 € l'una.

Ti chiedo solo di controllare e aggiornare l'elenco degli indirizzi nel file "Omaggi 2026" sul canale Teams del team Italia entro venerdì. L'ordine lo fa Frank dall'ufficio acquisti di Hannover con regolare ordine d'acquisto e la fattura arriva direttamente a Hannover: tu non devi anticipare niente.

I biglietti d'auguri firmati da Matthias arrivano da Hannover con il corriere la settimana prossima.

Grazie e a presto
Julia

Julia Brandt
Assistente dell'Amministratore Delegato
Example Agrartechnik GmbH
Tel. +49 511 7284-101"""
    c = compose(P.INTERNAL, key="b-it-21", frm=st("assist"), to=[st("it_mgr")], cc=[st("proc")],
                subject="Omaggi natalizi concessionari italiani - ordine tramite ufficio acquisti", when="2026-12-02 10:12:44",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "IT", "iso-8859-15"), "iso-8859-15"))
    return make(LANG, "omaggi-natalizi-interno", c,
                "Internal note from the CEO's assistant: Christmas gifts for Italian dealers ordered by procurement with a purchase order; Verona only updates the address list.",
                "Internal Exchange -> mail-int01 path, procurement in copy, explicit 'you pay nothing in advance', no secrecy, no gift cards.",
                pair=[("ceo-gift-card", "Same topic (year-end gifts for Italian dealers on the CEO's behalf): internal, procurement-led process vs. secret gift-card purchase requested from libero.it.")])


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
