# -*- coding: utf-8 -*-
"""Attack messages 17-21 (Italian)."""
from common import *  # noqa: F401,F403
from company import FERRETTI_PIVA


def a17():
    ib = bk.iban_it("03268", "10001", "052874139310")
    text = """\
Gentile dott.ssa Ricci,

con la presente Vi comunichiamo che, a seguito della revisione dei rapporti bancari della nostra società, a partire da oggi i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sulle nuove coordinate bancarie sotto indicate:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - Filiale di Milano
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Il vecchio conto presso Intesa Sanpaolo non è più operativo per gli incassi; eventuali bonifici già disposti verranno respinti. Vi chiediamo pertanto di aggiornare l'anagrafica fornitori e di saldare su queste coordinate le fatture n. 1161/2026 e 1174/2026 in scadenza il 31/10.

In allegato la comunicazione ufficiale firmata dal nostro Amministratore Delegato.

Per qualsiasi chiarimento Vi preghiamo di rispondere a questa e-mail: in questi giorni gli uffici amministrativi sono in trasloco e i numeri fissi non sono raggiungibili.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Ponte Carrega 41 - 16141 Genova
P.IVA %s""" % (bk.fmt_iban(ib), FERRETTI_PIVA)
    pdf = pdf_part("Comunicazione_variazione_IBAN_Ferretti.pdf", [
        ("FERRETTI TRASPORTI S.p.A.", 15, True), "Via Ponte Carrega 41 - 16141 Genova - P.IVA " + FERRETTI_PIVA, "",
        "Genova, 16/10/2026", "", "Spett.le Example Shipping & Port Services GmbH - Sede di Genova", "",
        ("Oggetto: comunicazione variazione coordinate bancarie", 11, True), "",
        "Con la presente si comunica che dalla data odierna tutti i pagamenti a nostro favore",
        "dovranno essere disposti sul seguente conto corrente:", "",
        "Banca Sella S.p.A. - Filiale di Milano", "IBAN: " + bk.fmt_iban(ib), "BIC: SELBIT2BXXX", "",
        "Le precedenti coordinate bancarie non sono più valide.", "", "Distinti saluti", "",
        "L'Amministratore Delegato", "Roberto Ferretti"],
        title="Variazione IBAN", author="amministrazione", producer="Microsoft\xae Word 2019",
        creator="Microsoft\xae Word 2019", date="20261016180144+02'00'")
    return Mail("it", "ferretti-variazione-iban-lookalike", "postfix", (2026, 10, 19, 9, 26, 14),
                ("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), [S("it_acc")],
                "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
                B.mixed(B.alt(text, "simple", "iso-8859-15"), pdf),
                reply_to=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"),
                hcs=("iso-8859-15", "Q"),
                p=dict(mta=("mail.ferretti-trasporti.com", "51.75.142.37"), rdns="vps-3f1a22c4.vps.ovh.net",
                       ua="roundcube"),
                what="Carrier bank-detail change from a look-alike of Ferretti Trasporti with a PDF 'official letter'",
                why="ferretti-trasporti.com instead of ferretti-trasporti.it, Roundcube on an OVH VPS; new account "
                    "in Milan although the carrier banks with Intesa in Genoa; threatens rejection of payments; "
                    "asks to reply by e-mail only because 'phones are down'.",
                hn=["B17", "B21"])


def a18():
    url = "https://fatturaecorrispettivi-agenziaentrate.web.app/accesso?idsdi=15873302114"
    text = """\
Gentile contribuente,

il Sistema di Interscambio (SdI) ha emesso una notifica di scarto per il seguente documento:

Identificativo SdI: 15873302114
Numero fattura: 2026/FE/01877
Cedente/prestatore: EXAMPLE SHIPPING & PORT SERVICES GMBH - Stabile organizzazione di Genova
Codice errore: 00305 - IdFiscaleIVA del cessionario/committente non valido

La fattura scartata si considera non emessa. Per evitare sanzioni per omessa fatturazione è necessario procedere alla correzione e al nuovo invio entro 5 giorni dalla data della notifica.

Per visualizzare il file di notifica (.xml) e il dettaglio dell'errore acceda all'area riservata Fatture e Corrispettivi:

[[btn:Accedi con SPID o CIE|%s]]

Cordiali saluti
Agenzia delle Entrate
Divisione Servizi - Fatturazione elettronica

Messaggio generato automaticamente, si prega di non rispondere.""" % url
    return Mail("it", "sdi-fattura-scartata-spid", "aruba", (2026, 10, 29, 11, 40, 3),
                ("Agenzia delle Entrate - Fatturazione Elettronica", "info@agriturismocolledoro.it"), [S("it_acc")],
                "Notifica di scarto fattura elettronica n. 2026/FE/01877 - Codice errore 00305",
                B.alt(text, "brand", "iso-8859-1", brand="Agenzia delle Entrate", color="#0066cc", lang="it",
                      footer="Agenzia delle Entrate - Via Giorgione 106 - 00147 Roma"),
                hcs=("iso-8859-1", "Q"), p=dict(ua="webmail"),
                what="E-invoicing (SdI) rejection notice phishing for SPID/CIE credentials",
                why="SdI notifications reach the company as XML through its PEC/intermediary channel, not as a "
                    "web-mail from an agriturismo's compromised Aruba mailbox; the link goes to a Firebase web.app "
                    "page imitating 'Fatture e Corrispettivi'; sanction threat, 5-day deadline.")


def a19():
    text = """\
Buongiorno,

siamo gestori tecnici della M/V ARCTIC PEARL (bulk carrier, 32.500 DWT, bandiera Malta, %s) con ETA Genova 24/11 per scarico rottame ferroso a Ponte Somalia.

Vi chiediamo cortesemente di inviarci la Vostra migliore PDA (proforma disbursement account) per lo scalo, comprensiva di diritti portuali, pilotaggio, rimorchio, ormeggio e agency fee.

In allegato trovate Q88, vessel particulars e crew list per il cambio di 4 marittimi previsto durante la sosta.

Attendiamo Vostro riscontro entro oggi, l'armatore deve nominare l'agenzia entro domani mattina.

Distinti saluti / Best regards

Capt. Andrea Marino
Operations Manager
Marino Ship Management Ltd – Valletta, Malta""" % bk.imo("961733")
    z = zip_part("PDA_Request_MV_ARCTIC_PEARL.zip",
                 [("MV_ARCTIC_PEARL_Q88_Vessel_Particulars.pdf.exe", A.PLACEHOLDER)],
                 date_time=(2026, 11, 17, 7, 50, 0))
    return Mail("it", "richiesta-pda-zip-malware", "webmail", (2026, 11, 17, 8, 2, 45),
                ("Capt. Andrea Marino", "andrea.marino.ops@libero.it"), [S("it_mgr")],
                "Richiesta PDA – M/V ARCTIC PEARL – ETA Genova 24/11 – Q88 allegato",
                B.mixed(B.plain(text, "windows-1252", "8bit"), z), hcs=("windows-1252", "Q"),
                p=dict(kind="libero"),
                what="PDA (proforma disbursement account) request with a ZIP containing a double-extension "
                     "executable posing as Q88/vessel particulars",
                why="Unknown 'ship manager' on a free Libero mailbox, urgent agency nomination, ZIP with "
                    "'.pdf.exe' - the typical Agent Tesla/Formbook lure against ship agents; a real PDA request "
                    "(B20) comes from the owner's domain with a plain PDF.",
                hn=["B20"])


def a20():
    text = """\
Ciao Marco,

nelle ultime ore il sistema di protezione della posta ha rilevato un forte volume di messaggi indesiderati e di iscrizioni a newsletter verso la tua casella (attacco di tipo "mail bombing"). Stiamo applicando un filtro, ma per completare la bonifica dobbiamo intervenire direttamente sul tuo PC.

Entro i prossimi 15 minuti un tecnico del Service Desk di Amburgo ti contatterà tramite Microsoft Teams (chat "IT Help Desk") oppure al numero dell'ufficio. Tieni aperto Teams e, quando richiesto, avvia "Assistenza rapida" (Quick Assist) dal menu Start e comunica al tecnico il codice di sicurezza a 6 cifre che ti verrà mostrato.

Nel frattempo non cancellare e non aprire i messaggi ricevuti: ci servono per l'analisi.

Grazie per la collaborazione,
Service Desk IT
Example Group – Hamburg | Genova | Gdynia | Valencia | Piraeus | Southampton | St. Petersburg"""
    return Mail("it", "finto-helpdesk-teams-quick-assist", "m365", (2026, 11, 25, 10, 14, 8),
                ("Supporto IT - Example Group", "helpdesk@exgsupport.onmicrosoft.com"), [S("it_mgr")],
                "Ticket INC0048213 – attività anomala sulla tua casella di posta",
                B.alt(text, "outlook", "utf-8", "base64"), hcs=("utf-8", "B"),
                p=dict(content_lang="it-IT", srv="AM7PR02MB5820"),
                what="Help-desk vishing pretext: after mail bombing, 'IT' announces a Teams call and asks to start "
                     "Quick Assist and read out the code",
                why="Sent from an external *.onmicrosoft.com tenant impersonating internal IT (internal IT mail "
                    "comes through mail-int01); sets up a Teams chat from an outside tenant and remote control via "
                    "Quick Assist - the Storm-1811/Black Basta ransomware entry pattern.",
                hn=["B18"])


def a21():
    url = "https://inbiz-okey-aggiornamento.com/it/imprese/attiva?cod=EXG26GE"
    text = """\
Gentile Cliente,

dal 15 dicembre 2026 l'accesso a Inbiz e l'autorizzazione delle disposizioni (bonifici, F24, RiBa) saranno possibili solo tramite O-Key Smart aggiornato alla nuova versione con certificato di firma 2027.

Per evitare il blocco delle disposizioni in scadenza a fine anno, completi l'aggiornamento entro 5 giorni:

1. inquadri con lo smartphone il QR code allegato a questa comunicazione;
2. inserisca codice titolare, PIN e il codice O-Key ricevuto via SMS;
3. confermi l'abbinamento del dispositivo.

L'operazione richiede meno di 3 minuti. Per motivi di sicurezza il QR code è personale e valido solo per la Sua azienda.

Cordiali saluti
Intesa Sanpaolo S.p.A.
Servizio Clienti Imprese"""
    return Mail("it", "inbiz-okey-qr-allegato", "exim", (2026, 12, 7, 8, 55, 30),
                ("Intesa Sanpaolo - Inbiz", "avvisi@agenziaviaggisole.it"), [S("it_acc")],
                "Inbiz: aggiornamento obbligatorio O-Key Smart entro il 15/12",
                B.mixed(B.alt(text, "brand", "iso-8859-1", brand="Intesa Sanpaolo | Inbiz", color="#007a3d",
                              lang="it", footer="Intesa Sanpaolo S.p.A. - Sede legale Piazza San Carlo 156, Torino"),
                        qr_part(url, "Attivazione_OKey_Smart_QR.png", key="A21")),
                hcs=("iso-8859-1", "Q"),
                p=dict(mta=("vps-4821.serverplan-cloud.it", "89.46.108.77"), phpmailer=True, sysuser="agenziav",
                       mid_host="www.agenziaviaggisole.it"),
                what="Quishing: bank (Intesa Sanpaolo Inbiz corporate banking) 'O-Key update' with a QR code PNG "
                     "attachment",
                why="Sent by PHPMailer from a compromised travel agency's web server, not from the bank; the QR code "
                    "points to the look-alike inbiz-okey-aggiornamento.com to capture holder code, PIN and SMS OTP; "
                    "payment-blocking threat before year-end.")


def messages():
    return [a17(), a18(), a19(), a20(), a21()]
