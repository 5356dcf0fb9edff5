"""Italian business messages (17-21)."""
from common import *  # noqa: F401,F403

FERR_FOOT = D("""
    Ferretti Trasporti S.p.A.
    Via Postumia 118 - 26100 Cremona
    Tel. 0372 41 88 20 - www.ferretti-trasporti.it
    P.IVA %s""") % VAT["ferretti"][2:]


def b17():
    t = util.local("CET", 2026, 11, 2, 8, 12, 33)
    body = D("""
        Spett.le Example Group Italia S.r.l.,

        in allegato copia di cortesia della fattura n. 2026/1183 del 31/10/2026, trasmessa tramite il Sistema di Interscambio (SdI). Il documento fiscalmente valido è la fattura elettronica disponibile nel Vostro cassetto fiscale.

        Pagamento: bonifico bancario 30 gg data fattura fine mese.
        Coordinate: Intesa Sanpaolo S.p.A. - IBAN %s

        Distinti saluti

        Ufficio Amministrazione
        %s
        """) % (fi(BANK["ferretti"]), FERR_FOOT)
    inv = D("""
        # Ferretti Trasporti S.p.A.
        Autotrasporti conto terzi - Via Postumia 118 - 26100 Cremona - P.IVA %s

        Spett.le Example Group Italia S.r.l.
        Via dei Liutai 14 - 26100 Cremona - P.IVA %s

        ## FATTURA N. 2026/1183 del 31/10/2026 (copia di cortesia)

        Descrizione                                                         Q.tà     Prezzo      Importo
        Trasporto pianoforti verticali Cremona - Milano, con sponda idraulica   4     380,00     1.520,00
        Ritiro strumenti ad arco da liuterie Cremona, consegna Erlangen (DE)     1     960,00       960,00
        Assicurazione merci trasportate (ottobre 2026)                           1     320,00       320,00

        Imponibile                                                                             2.800,00
        IVA 22%%                                                                                 616,00
        ## Totale documento                                                             EUR   3.416,00

        Modalità di pagamento: bonifico bancario, scadenza 30/11/2026
        Intesa Sanpaolo S.p.A. - IBAN %s
        Documento trasmesso al SdI - identificativo 14207718352
        """) % (VAT["ferretti"][2:], VAT["eg_it"][2:], fi(BANK["ferretti"]))
    return Msg("17-it-ferretti-fattura-2026-1183", "business",
               ("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it"), [S("cortesi")],
               "Copia di cortesia fattura n. 2026/1183 del 31/10/2026",
               ("CET", 2026, 11, 2, 8, 12, 33),
               ("aruba", dict(client_ip="151.62.118.40", mua=None, client_helo="gest01.ferretti.local")),
               mixed(text(body, "iso-8859-1", "quoted-printable"),
                     pdf_att(inv, "Fattura_2026-1183.pdf", title="Fattura 2026/1183", author="Ferretti Trasporti S.p.A.",
                             creator="TeamSystem Gamma", producer="TeamSystem PDF", t=t)),
               name_cs="iso-8859-1", name_enc="Q",
               what="Courtesy copy of the carrier's invoice 2026/1183 (EUR 3,416.00) with PDF; the legal e-invoice went through SdI.",
               why="Genuine: the carrier's real domain on its usual Aruba mail service, ERP-generated, invoice references SdI ID and the long-standing Intesa Sanpaolo account.",
               pairs=[("17-it-ferretti-variazione-iban.eml", "same carrier and invoice numbers; the genuine one keeps the known Intesa Sanpaolo IBAN and comes from ferretti-trasporti.it")])


def b18():
    body = D("""
        Buongiorno Nicolò,

        mi segnala la nostra amministrazione che risultano ancora aperte le fatture 2026/1107 del 15/10 (€ 2.928,00) e 2026/1183 del 31/10 (€ 3.416,00), entrambe scadute.

        Ti chiedo la cortesia di farle saldare entro venerdì 4/12: dopo quella data il nostro gestionale blocca in automatico le nuove prenotazioni per i clienti con scaduti, e a ridosso di Natale non riusciremmo più a garantirvi i ritiri dei pianoforti per Milano e Brescia del 9 e 10 dicembre.

        Le coordinate sono sempre quelle di Intesa Sanpaolo indicate in fattura. Attenzione: alcuni clienti ci hanno segnalato mail false a nome della nostra amministrazione da un dominio .com con un IBAN diverso. Non sono nostre, il nostro dominio è solo ferretti-trasporti.it.

        Per qualsiasi cosa chiamami pure al 0372 41 88 20.

        Grazie e buona giornata,
        Chiara

        Chiara Colombo
        Ufficio Traffico
        %s
        """) % FERR_FOOT
    return Msg("18-it-ferretti-sollecito-sospensione", "business",
               C("colombo"), [S("cortesi")],
               "Sollecito urgente – fatture scadute – blocco prenotazioni dal 07/12",
               ("CET", 2026, 11, 30, 9, 40, 11),
               ("aruba", dict(client_ip="151.62.118.40", mua="outlook")),
               alt(text(body, "windows-1252", "quoted-printable"),
                   html(html_outlook(body, "windows-1252", "IT"), "windows-1252", "quoted-printable")),
               cc=[S("ferrante")], name_cs="windows-1252", name_enc="Q", mixed_subject=True,
               headers=[("Importance", "high")],
               what="Urgent reminder from the carrier's dispatcher: overdue invoices, bookings blocked from 7 December.",
               why="Genuine despite urgency and threat: real domain and Aruba service, known contact and phone number, payment to the unchanged known account, even warns about the fraudulent .com domain.",
               pairs=[("17-it-ferretti-variazione-iban.eml", "same invoices and pressure; the genuine one insists on the known IBAN and invites a phone call")])


def b19():
    body = D("""
        Cara Giulia,

        come ti anticipavo al telefono, per la stagione invernale vorrei ordinare:

        - 10 tavole armoniche in abete rosso della Val di Fiemme, qualità AAA, per violino
        - 6 fondi in acero marezzato (due pezzi) per viola 16"
        - 4 fasce in acero per violoncello
        - 30 mute di corde per violino, le solite in budello rivestito
        - 2 kg di colla animale in perle

        Se possibile passo io a ritirare in negozio mercoledì 28 nel pomeriggio. Il pagamento come sempre con bonifico a 30 giorni.

        Un caro saluto e a presto,
        Paolo Bonetti

        Liuteria Bonetti
        Via Platina 33, 26100 Cremona
        tel. 0372 45 71 09
        """)
    return Msg("19-it-liuteria-bonetti-ordine", "business",
               ("Paolo Bonetti", "liuteria.bonetti@libero.it"), [S("ferrante")],
               "Ordine abete e acero per la stagione – Liuteria Bonetti",
               ("CET", 2026, 10, 14, 18, 22, 47), ("libero", dict(client_ip="87.17.203.96")),
               text(body, "utf-8", "8bit"),
               name_cs="utf-8", name_enc="Q",
               what="A Cremona luthier orders tonewood, strings and glue for the winter season from his Libero mailbox.",
               why="Genuine: long-standing customer's usual Libero webmail, specific trade order, pickup in the shop, payment on usual terms.")


def b20():
    body = D("""
        Ciao Nicolò,

        come ogni anno ci occupiamo dei regali di Natale per i 25 clienti principali (liuterie, scuole di musica e i due conservatori). Quest'anno abbiamo scelto il torrone della Pasticceria Lanfranchi qui a Cremona con un biglietto firmato da tutto l'ufficio.

        L'ordine (€ 1.850 + IVA) è già stato approvato da Markus Hübner dell'Ufficio Acquisti di Erlangen con l'ordine n. 4500219960; la fattura arriverà intestata a noi e va registrata sul centro di costo Marketing Italia. La consegna in ufficio è prevista per il 14/12, poi prepariamo insieme le spedizioni.

        Ti ricordo la regola di sempre: non acquistiamo gift card e io non chiedo mai acquisti o pagamenti tramite WhatsApp o dalla mia mail privata. Se ti arriva qualcosa del genere a mio nome, segnalalo subito a Lena Vogt dell'IT (phishing@example.com).

        Grazie!
        Giulia

        Giulia Ferrante
        Office Manager Italia
        Example Group Italia S.r.l.
        Via dei Liutai 14, 26100 Cremona
        """)
    return Msg("20-it-regali-natale-clienti-interno", "business",
               S("ferrante"), [S("cortesi")],
               "Regali di Natale per i clienti 2026 - procedura",
               ("CET", 2026, 12, 7, 9, 5, 14),
               ("exchange_internal", dict(client_ip="10.20.40.12", lang="it-IT")),
               alt(text(body, "windows-1252", "base64"), html(html_outlook(body, "windows-1252", "IT"), "windows-1252", "base64")),
               name_cs="windows-1252", name_enc="Q",
               what="The Italian office manager's internal note on this year's customer Christmas gifts, ordered via procurement.",
               why="Genuine: internal Exchange mail via mail-int01; purchase goes through an approved PO and invoice; explicitly rules out gift cards and requests from private mail.",
               pairs=[("20-it-gift-card-responsabile.eml", "same sender name and topic (Christmas gifts for customers); genuine one is internal, uses a PO and forbids gift cards")])


def b21():
    t = util.local("CET", 2026, 12, 10, 16, 20, 9)
    body = D("""
        Gentile Dott. Cortesi,

        in allegato il riepilogo dei modelli F24 in scadenza mercoledì 16 dicembre:

        - IVA mensile novembre (cod. tributo 6011): € 18.742,16
        - ritenute lavoratori dipendenti (cod. tributo 1001): € 9.316,40
        - contributi INPS dipendenti (causale DM10): € 12.088,00

        Come di consueto li trasmettiamo noi tramite Entratel con addebito sul Vostro conto Intesa Sanpaolo; non dovete fare nulla.

        Inoltre: nel cassetto fiscale della società è arrivata una comunicazione di irregolarità (art. 54-bis) relativa al 2024 per un versamento effettuato con un giorno di ritardo (€ 212,40 tra imposta, sanzione ridotta e interessi). La stiamo verificando e, se corretta, la paghiamo con l'F24 predisposto dall'Agenzia.

        Vi ricordo che l'Agenzia delle Entrate non invia queste comunicazioni come allegati da aprire inserendo le credenziali: se dovesse arrivarvi qualcosa del genere per e-mail, inoltratecelo senza aprirlo.

        Cordiali saluti

        Dott.ssa Laura Rota
        Studio Rota Commercialisti Associati
        Corso Garibaldi 71, 26100 Cremona
        Tel. 0372 43 21 50
        """)
    f24 = D("""
        # Studio Rota Commercialisti Associati
        Riepilogo deleghe F24 - scadenza 16/12/2026

        Contribuente: Example Group Italia S.r.l. - C.F./P.IVA %s

        Sezione    Codice   Periodo     Descrizione                              Importo a debito
        Erario     6011     11/2026     IVA mensile novembre                            18.742,16
        Erario     1001     11/2026     Ritenute su retribuzioni                         9.316,40
        INPS       DM10     11/2026     Contributi lavoratori dipendenti                12.088,00
        ## Totale deleghe                                                                 40.146,56

        Modalità: addebito su c/c Intesa Sanpaolo intestato al contribuente, trasmissione Entratel a cura dello Studio.
        """) % VAT["eg_it"][2:]
    return Msg("21-it-commercialista-f24-scadenze", "business",
               ("Studio Rota Commercialisti", "studio@studiorota-cremona.it"), [S("cortesi")],
               "F24 in scadenza 16/12/2026 e comunicazione ricevuta nel cassetto fiscale",
               ("CET", 2026, 12, 10, 16, 20, 9),
               ("aruba", dict(client_ip="93.46.217.5", mua="thunderbird")),
               mixed(text(body, "iso-8859-15", "quoted-printable"),
                     pdf_att(f24, "Riepilogo_F24_16-12-2026.pdf", title="Riepilogo F24", author="Studio Rota",
                             creator="Microsoft® Excel per Microsoft 365", producer="Microsoft® Excel per Microsoft 365", t=t)),
               name_cs="iso-8859-15", name_enc="Q",
               what="The company's accountant sends the F24 tax payment summary and mentions an irregularity notice found in the tax drawer.",
               why="Genuine: known accountant's own domain on Aruba, expected monthly process, payments filed by the firm via Entratel; no link or login; warns against attachment-based tax notices.",
               pairs=[("18-it-agenzia-entrate-comunicazione-html.eml", "same topic (art. 54-bis irregularity notice); genuine mail comes from the accountant, not an 'Agenzia' HTML login form")])


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
