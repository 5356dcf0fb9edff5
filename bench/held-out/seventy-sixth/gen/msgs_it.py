# -*- coding: utf-8 -*-
"""Italian messages (office Sassuolo)."""
from datetime import timedelta

import ids
import mime
import senders as X
from clients import OutlookSMTP, PHPMailer, Roundcube
from infra import Msg, hexs, rdate
from people import BANK, S, TAX
from services import Brevo, Mailgun, Service
from templates import alt, att, brand_alt, pdf_bytes, qr_png, text, zip_bytes

F = ids.fmt_iban

FERRETTI_FOOT = """Ferretti Trasporti S.p.A.
Via Ghiarola Nuova 118 – 41042 Fiorano Modenese (MO)
Tel. +39 0536 830 214 – www.ferretti-trasporti.it
P.IVA %s – Cap. Soc. € 1.200.000 i.v. – REA MO-318742""" % TAX["ferretti"].replace("IT", "")


# ======================================================================= attacks

def a_ferretti_iban():
    body = """Gentile Dott.ssa Ricci,

con la presente Vi comunichiamo che, a seguito di una riorganizzazione dei nostri rapporti bancari, a partire dalla data odierna i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: FinecoBank S.p.A.
IBAN: %s
BIC: FEBIITM1

Il conto presso BPER Banca è in fase di estinzione e non è più abilitato a ricevere bonifici. Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre su questo conto il pagamento delle fatture in scadenza:

- Fattura n. 2026/1043 del 30/09/2026 – € 14.380,00
- Fattura n. 2026/1102 del 15/10/2026 – € 9.712,40

In allegato la comunicazione su carta intestata. Per qualsiasi chiarimento potete rispondere a questa e-mail: a causa della migrazione del centralino, l'ufficio è momentaneamente raggiungibile solo per posta elettronica.

Cordiali saluti

Ufficio Amministrazione
%s""" % (F(BANK["fake_ferretti"]), FERRETTI_FOOT)
    letter = pdf_bytes([("FERRETTI TRASPORTI S.p.A.", 15, True), "Via Ghiarola Nuova 118 – 41042 Fiorano Modenese (MO)", "",
                        "Spett.le Example Group Italia S.r.l.", "Via Radici in Piano 212", "41049 Sassuolo (MO)", "",
                        "Fiorano Modenese, 04/11/2026", "", ("Oggetto: variazione coordinate bancarie", 11, True), "",
                        "Con la presente comunichiamo che, con decorrenza immediata, i pagamenti a nostro favore",
                        "dovranno essere effettuati sul seguente conto corrente:", "",
                        "FinecoBank S.p.A. – IBAN " + F(BANK["fake_ferretti"]) + " – BIC FEBIITM1", "",
                        "Le precedenti coordinate non sono più valide.", "", "Distinti saluti", "",
                        "L'Amministratore Delegato", "Roberto Ferretti", "", "P.IVA " + TAX["ferretti"].replace("IT", "")],
                       "Variazione coordinate bancarie", author="Amministrazione", producer="Microsoft: Print To PDF",
                       date="D:20261104090211+01'00'")
    relay = {"helo": "mail.ferrettitrasporti.it", "rdns": "vps-5f3a2c1d.vps.ovh.net", "ip": "51.75.140.23",
             "by": "mail.ferrettitrasporti.it", "kind": "postfix", "client_ip": "154.16.105.37",
             "client_helo": "DESKTOP-8KQ3L1M", "client_rdns": "unknown"}
    return Msg("ferretti-variazione-iban", ("Amministrazione Ferretti Trasporti", "amministrazione@ferrettitrasporti.it"),
               [S("ricci")], "Variazione coordinate bancarie – Ferretti Trasporti S.p.A.", "2026-11-04 09:17:52",
               mime.Multi("mixed", [alt(body, "windows-1252", lang="IT"),
                                    att(letter, "application/pdf", "Comunicazione_variazione_IBAN.pdf", style="outlook",
                                        when="Wed, 04 Nov 2026 08:16:01 GMT")]),
               OutlookSMTP("ferrettitrasporti.it", relay, lang="it"),
               "Carrier impersonation: 'Ferretti Trasporti administration' announces a new FinecoBank account and asks "
               "to pay two invoices there.",
               "Look-alike domain ferrettitrasporti.it (no hyphen; real: ferretti-trasporti.it) on an OVH VPS, sent "
               "from a client at 154.16.105.37 instead of Ferretti's Aruba relay; new online-bank account, old account "
               "'closed', phone 'unavailable', pay overdue invoices now.", tz="CET")


def a_sdi_scarto():
    url = "https://fatturazione-sdi.agenziaentrate-servizi.com/portale/ricevute/?id=IT03918260369_4A7Q2"
    blocks = ["Gentile contribuente,",
              "La informiamo che il file fattura **IT03918260369_4A7Q2.xml** trasmesso in data 05/11/2026 è stato "
              "**scartato** dal Sistema di Interscambio con il seguente esito:",
              "Codice errore: 00305 – IdFiscaleIVA del cessionario/committente non valido\nIdentificativo SdI: 18447201933",
              "Ai sensi della normativa vigente, la fattura scartata si considera non emessa. Per evitare sanzioni è "
              "necessario ritrasmettere il documento corretto entro 5 giorni dalla notifica di scarto.",
              "In allegato la ricevuta di scarto (file compresso). Per procedere con la ritrasmissione acceda "
              "all'area riservata Fatture e Corrispettivi con le Sue credenziali SPID, CIE o CNS."]
    footer = "Agenzia delle Entrate – Servizio Fatture e Corrispettivi\nMessaggio generato automaticamente, si prega di non rispondere."
    body = brand_alt("Notifica di scarto fattura elettronica", blocks, ("Accedi con SPID / CIE", url), footer,
                     charset="UTF-8", cte="quoted-printable", brand="Agenzia delle Entrate", color="#0066cc", lang="it")
    relay = {"user": "agritcol", "by": "srv3.hostingsolutions-it.com", "helo": "srv3.hostingsolutions-it.com",
             "rdns": "srv3.hostingsolutions-it.com", "ip": "89.46.110.73", "cpanel": True, "uid": 1047}
    z = zip_bytes([("Ricevuta_scarto_IT03918260369_4A7Q2.pdf.js",
                    b"// Inert placeholder for evaluation: stands for a JScript downloader.\r\n", (2026, 11, 6, 9, 58, 0))],
                  seed="sdi4a7q2")
    body = mime.Multi("mixed", [body, mime.Bin(z, "application/zip", "Ricevuta_scarto_IT03918260369_4A7Q2.zip")])
    return Msg("sdi-notifica-scarto-spid", ("Agenzia delle Entrate", "noreply@ade-notifiche-sdi.it"), [S("ricci")],
               "Notifica di scarto – Fattura elettronica IT03918260369_4A7Q2 – Sistema di Interscambio",
               "2026-11-06 10:02:18", body,
               PHPMailer("agriturismocolledoro.it", relay),
               "Tax-authority lure: 'Agenzia delle Entrate' reports a rejected e-invoice (SdI error 00305); a ZIP "
               "(not encrypted) holds 'Ricevuta_scarto_IT03918260369_4A7Q2.pdf.js' (inert placeholder) and a button "
               "asks to log in with SPID/CIE.",
               "SdI receipts reach the company through its PEC/intermediary as XML, never as zipped scripts or e-mails "
               "with login links; .pdf.js double extension (JScript downloader, as in AdE-themed malware campaigns); "
               "sender ade-notifiche-sdi.it and link host agenziaentrate-servizi.com are not agenziaentrate.gov.it; "
               "sent with PHPMailer from a compromised farm-holiday website; 5-day sanction threat.",
               env_from="agritcol@srv3.hostingsolutions-it.com")


def a_aruba_pec():
    url = "https://aruba-pec-servizi.it/rinnovo/?c=7412839&e=examplegroupitalia%40pec.it"
    blocks = ["Gentile Cliente,",
              "la casella PEC **examplegroupitalia@pec.it** associata al contratto n. 7412839 scadrà il **30/11/2026**.",
              "Il rinnovo automatico non è andato a buon fine perché la carta di pagamento registrata risulta scaduta. "
              "Per evitare la sospensione del servizio e la cancellazione dei messaggi archiviati, La invitiamo a "
              "completare il rinnovo entro la data di scadenza.",
              "Servizio: PEC Pro 2 GB – 1 anno\nImporto: € 9,90 + IVA"]
    footer = "Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG) – P.IVA 01573850516"
    body = brand_alt("Rinnovo casella PEC non riuscito", blocks, ("RINNOVA ORA", url), footer, charset="UTF-8",
                     cte="quoted-printable", brand="aruba.it", color="#f26322", lang="it")
    return Msg("aruba-pec-rinnovo", ("Aruba.it", "rinnovi@aruba-pec-servizi.it"), [S("bianchi")],
               "Avviso di scadenza: la casella PEC examplegroupitalia@pec.it scade il 30/11/2026", "2026-11-17 08:44:31",
               body, Mailgun("mg.aruba-pec-servizi.it"),
               "Payment-card phishing in Aruba branding: PEC mailbox renewal 'failed', pay € 9.90 online.",
               "Sender and link domain aruba-pec-servizi.it are not aruba.it; sent in bulk via Mailgun; small amount to "
               "harvest card data; threat of deletion of archived PEC messages.",
               env_from="bounce+5c21e4.7a0b93-marco.bianchi=example.com@mg.aruba-pec-servizi.it")


def a_bank_qr():
    url = "https://unicredit-business-token.it-attivazione.com/qr/EX7741?c=EGITA"
    png = qr_png(url)
    body = """Gentile Cliente,

in conformità alla Direttiva europea sui servizi di pagamento (PSD2), dal 01/12/2026 le disposizioni dal Banking online Business potranno essere autorizzate esclusivamente tramite il nuovo **UniCredit Mobile Token Business**.

Per attivarlo inquadri con la fotocamera dello smartphone il codice QR allegato e segua la procedura guidata, tenendo a portata di mano il Codice Utente e il PIN.

Senza l'attivazione entro 72 ore dalla ricezione di questo messaggio l'operatività dispositiva sarà temporaneamente sospesa.

Cordiali saluti
UniCredit S.p.A. – Servizio Clienti Imprese"""
    relay = X.aruba(18744, "185.107.56.214")
    m = Msg("unicredit-token-qr", ("UniCredit Business", "studio@studiobertoni-commercialista.it"), [S("bianchi")],
            "Attivazione obbligatoria nuovo Mobile Token Business", "2026-11-24 07:58:10",
            mime.Multi("mixed", [alt(body, "UTF-8", style="simple", quote_cs=False),
                                 mime.Bin(png, "image/png", "UniCredit_Attivazione_Token.png")]),
            Roundcube("studiobertoni-commercialista.it", relay, version="1.6.9"),
            "Quishing in UniCredit branding: 'activate the new Mobile Token' by scanning the attached QR code.",
            "Sent from the hijacked mailbox of an accountant's office (studiobertoni-commercialista.it via Aruba, "
            "logged in from 185.107.56.214), display name 'UniCredit Business'; QR code to "
            "unicredit-business-token.it-attivazione.com asking for user code and PIN; 72-hour suspension threat.")
    m.qr_urls = [url]
    return m


def a_libero_hijack_zip():
    pw = "1127"
    z = zip_bytes([("Ordine_1127_conferma.pdf.vbs",
                    b"' Inert placeholder for evaluation: stands for a VBScript downloader.\r\n", (2026, 12, 2, 17, 40, 0))],
                  password=pw, seed="rossi1127")
    body = """Buonasera Davide,

in allegato l'ordine aggiornato con le quantità definitive e la conferma del calibro, come concordato al telefono.
Il file è protetto, la password è: 1127

Fammi sapere se riuscite a confermare la consegna per fine mese.

Saluti
Giovanni

-----Messaggio originale-----
Da: Davide Gallo <davide.gallo@example.com>
Inviato: martedì 1 dicembre 2026 11:02
A: edilceramiche.rossi@libero.it
Oggetto: Ordine gres porcellanato 60x60 – conferma calibro

Buongiorno Giovanni,
per procedere con l'ordine del gres Terra Sabbia 60x60 ci serve la conferma del calibro (C2 oppure C3) e delle quantità definitive per cantiere.
Grazie, a presto
Davide Gallo
Example Group Italia S.r.l."""
    m = Msg("libero-threadhijack-zip-vbs", ("Giovanni Rossi", "edilceramiche.rossi@libero.it"), [S("gallo")],
            "R: Ordine gres porcellanato 60x60 – conferma calibro", "2026-12-02 17:46:03",
            mime.Multi("mixed", [alt(body, "UTF-8", style="simple", quote_cs=False),
                                 mime.Bin(z, "application/zip", "Ordine_1127_conferma.zip")]),
            X.LIBERO,
            "Thread hijack from a customer's genuinely compromised Libero mailbox: reply to a real order thread with a "
            "password-protected ZIP (password 1127) holding 'Ordine_1127_conferma.pdf.vbs' (inert placeholder).",
            "Encrypted archive with a script disguised by a double extension; the customer has never sent "
            "encrypted files before and usually writes from Reggio Emilia (see the genuine complaint); generic reply "
            "text reusing the quoted request.",
            hdrs=[("In-Reply-To", "<1f4b2a9c7d0e4e5f8a6b3c2d1e0f9a8b@EXMBX01.corp.example.com>"),
                  ("References", "<1f4b2a9c7d0e4e5f8a6b3c2d1e0f9a8b@EXMBX01.corp.example.com>")])
    m.zip_password = pw
    return m


def ATTACK():
    return [a_ferretti_iban(), a_sdi_scarto(), a_aruba_pec(), a_bank_qr(), a_libero_hijack_zip()]


# ======================================================================= business

def b_ferretti_fattura():
    body = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/1187 del 31/10/2026 relativa ai trasporti del mese di ottobre (27 viaggi Sassuolo – Ransbach-Baumbach e distribuzione Nord Italia), per un importo di € 18.642,00 + IVA.

La fattura elettronica è stata regolarmente trasmessa tramite SdI al Vostro codice destinatario.

Pagamento: bonifico bancario a 60 gg d.f.f.m. sulle consuete coordinate
BPER Banca – Filiale di Fiorano Modenese – IBAN %s

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Laura Benassi
Ufficio Amministrazione
%s""" % (F(BANK["ferretti"]), FERRETTI_FOOT)
    inv = pdf_bytes([("FERRETTI TRASPORTI S.p.A.", 15, True), "Via Ghiarola Nuova 118 – 41042 Fiorano Modenese (MO)",
                     "P.IVA " + TAX["ferretti"].replace("IT", ""), "",
                     "Spett.le Example Group Italia S.r.l. – P.IVA " + TAX["example_it"].replace("IT", ""), "",
                     ("COPIA DI CORTESIA – Fattura n. 2026/1187 del 31/10/2026", 12, True), "",
                     "Trasporti ottobre 2026 come da riepilogo viaggi allegato", "27 viaggi completi Sassuolo – Ransbach-Baumbach     16.470,00",
                     "Distribuzione Nord Italia (14 consegne)              2.172,00", "",
                     "Imponibile                                         18.642,00", "IVA 22%                                              4.101,24",
                     ("Totale documento                              € 22.743,24", 11, True), "",
                     "Pagamento: bonifico 60 gg d.f.f.m. – BPER Banca – IBAN " + F(BANK["ferretti"]),
                     "Documento non valido ai fini fiscali – l'originale è trasmesso tramite SdI."],
                    "Fattura 2026/1187", producer="TeamSystem Enterprise", date="D:20261105110012+01'00'")
    return Msg("ferretti-fattura-ottobre", ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"),
               [S("ricci")], "Invio fattura n. 2026/1187 del 31/10/2026 – trasporti ottobre", "2026-11-05 11:04:27",
               mime.Multi("mixed", [alt(body, "windows-1252", lang="IT"),
                                    att(inv, "application/pdf", "Fattura_2026_1187.pdf", style="outlook",
                                        when="Thu, 05 Nov 2026 10:01:12 GMT")]),
               X.FERRETTI,
               "Courtesy copy of the carrier's October invoice (the legal e-invoice went through SdI).",
               "Real domain ferretti-trasporti.it via the carrier's usual Aruba relay; amount and services match; "
               "the bank account is the known BPER one.",
               pair=(["ferretti-variazione-iban"], "same carrier and invoice topic; genuine one from the real domain with the known IBAN"))


def b_aruba_fe():
    blocks = ["Gentile Cliente,",
              "nel pannello di Fatturazione Elettronica è disponibile una nuova fattura passiva:",
              "Mittente: FERRETTI TRASPORTI S.P.A. (P.IVA %s)\nNumero: 2026/1187 del 31/10/2026\nImporto: € 22.743,24\n"
              "Identificativo SdI: 18439926417" % TAX["ferretti"].replace("IT", ""),
              "Per consultarla accedi come di consueto al pannello da fatturazioneelettronica.aruba.it.",
              "Cordiali saluti\nAruba Fatturazione Elettronica"]
    footer = ("Questa è una comunicazione di servizio inviata a examplegroupitalia@pec.it e all'indirizzo di notifica.\n"
              "Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG) – P.IVA 01573850516")
    body = brand_alt("Nuova fattura ricevuta", blocks, None, footer, charset="utf-8", cte="quoted-printable",
                     brand="Aruba Fatturazione Elettronica", color="#f26322", lang="it")

    def hops(m, t):
        return (["Received: from fe-notify03.fe.aruba.it (fe-notify03.fe.aruba.it [10.10.44.13])\n\tby smtpweb146.aruba.it (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (hexs(m.rng, 10, True), m.rcpt, rdate(t, "CET"))], t + timedelta(seconds=1))
    svc = Service(connect=("smtpweb146.aruba.it", "smtpweb146.aruba.it", "62.149.158.146"), hops=hops,
                  msgid=lambda m: "<%s.%d@fatturazioneelettronica.aruba.it>" % (hexs(m.rng, 24), m.rng.randrange(10 ** 5, 10 ** 6)),
                  order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CT__"])
    return Msg("aruba-fe-nuova-fattura", ("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
               [S("ricci")], "Nuova fattura ricevuta da FERRETTI TRASPORTI S.P.A.", "2026-11-05 10:12:40", body, svc,
               "Genuine notification from the company's e-invoicing intermediary (Aruba) that a supplier invoice arrived via SdI.",
               "Aruba's own domain and mail host; no link to log in and no payment request, just tells the user to open "
               "the panel as usual; data match the Ferretti invoice.",
               env_from="bounce-fe@aruba.it",
               pair=(["sdi-notifica-scarto-spid", "aruba-pec-rinnovo"], "SdI/e-invoice topic and Aruba brand; genuine notice without login link"))


def b_colombo_sciopero():
    body = """Buongiorno Marco,

come forse avrai letto, le associazioni dell'autotrasporto hanno confermato il fermo nazionale dal 17 al 21 novembre. Per non lasciarvi a piedi proponiamo:

- anticipo dei 6 ritiri previsti per il 17–18/11 a sabato 14 e lunedì 16 (con squadra di carico straordinaria, senza sovrapprezzo);
- i ritiri del 19–21/11 slittano a lunedì 23 e martedì 24;
- le consegne in Germania con trazione tedesca partner restano confermate.

Mi serve una vostra conferma entro domani alle 12, altrimenti non riesco a garantire gli autisti per sabato.

Grazie e buona giornata

Chiara Colombo
Ufficio Traffico
%s
Cell. +39 335 718 2204""" % FERRETTI_FOOT
    return Msg("ferretti-fermo-autotrasporto", ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), [S("bianchi")],
               "URGENTE: fermo nazionale autotrasporto 17–21/11 – riprogrammazione ritiri", "2026-11-10 09:22:05",
               alt(body, "windows-1252", lang="IT"), X.FERRETTI,
               "The carrier's traffic planner urgently reschedules pick-ups because of a national haulage strike.",
               "Known contact on the real domain and relay; operational content, no payment or link; urgency is "
               "operational.", cc=[S("gallo")],
               pair=(["ferretti-variazione-iban"], "same carrier, urgent tone; genuine one concerns logistics only"))


def b_rossi_reclamo():
    body = """Buongiorno Davide,

ti scrivo per l'ordine 1098 consegnato il 3 novembre (gres Terra Sabbia 60x60). Due dei sei bancali hanno un tono diverso: sulle scatole c'è il lotto T12 invece del T14 degli altri. Il posatore se n'è accorto stamattina e il cliente finale non vuole saperne di posare pavimenti con due tonalità.

Vi chiedo di ritirare i due bancali e di sostituirli con materiale del lotto T14 entro la prossima settimana. Finché la cosa non è risolta, la fattura relativa la tengo in sospeso.

Se vuoi passare in magazzino a vedere, ci sono io tutte le mattine.

Saluti
Giovanni Rossi
Edilceramiche Rossi s.n.c.
Via Emilia Ovest 214 – 42124 Reggio Emilia
Tel. 0522 335 871"""
    return Msg("cliente-reclamo-tono-lotto", ("Giovanni Rossi", "edilceramiche.rossi@libero.it"), [S("gallo")],
               "Reclamo ordine 1098 – tono diverso su due bancali", "2026-11-12 08:31:44",
               alt(body, "UTF-8", style="simple", quote_cs=False), X.LIBERO,
               "A long-standing customer complains from his Libero mailbox about mixed shade lots and withholds payment.",
               "Known customer address, concrete order and lot data, offers an inspection; no link, no attachment; "
               "the payment hold is a normal commercial lever.",
               pair=(["libero-threadhijack-zip-vbs"], "same customer mailbox; genuine message carries no archive"))


def b_newsletter():
    blocks = ["**Cersaie 2026: 618 espositori e 94.000 visitatori**\nIl salone bolognese chiude con presenze in crescita "
              "del 2% e una quota di visitatori esteri al 53%. [[Leggi l'articolo|https://www.ceramicworldweb.it/it/fiere/cersaie-2026-numeri/]]",
              "**Export italiano a +3,1% nei primi nove mesi**\nSecondo i dati di Confindustria Ceramica crescono "
              "soprattutto Stati Uniti e Francia, in calo la Germania. [[Approfondisci|https://www.ceramicworldweb.it/it/mercati/export-9-mesi-2026/]]",
              "**Distretto di Sassuolo: tre nuove linee per grandi lastre**\nInvestimenti per 140 milioni nel 2027. "
              "[[Leggi|https://www.ceramicworldweb.it/it/aziende/nuove-linee-lastre-2027/]]"]
    u = "https://r.sp1-brevo.net/mk/un/v2/cww-%s" % "8QvR2kLmZ0p4Xy7TnB1sWd"
    footer = ("Ricevi questa newsletter perché sei iscritto a Ceramic World Weekly.\n"
              "Ceramic World Web – Tile Edizioni S.r.l., Viale Monte Santo 40, 41049 Sassuolo (MO)\n"
              "[[Annulla l'iscrizione|%s]]" % u)
    body = brand_alt("Ceramic World Weekly – 19 novembre 2026", blocks, None, footer, charset="utf-8",
                     cte="quoted-printable", brand="Ceramic World Web", color="#8a1c1c", lang="it")
    return Msg("newsletter-ceramic-world-weekly", ("Ceramic World Web", "newsletter@ceramicworldweb.it"), [S("bianchi")],
               "Ceramic World Weekly – Cersaie 2026: i numeri, export +3,1%, nuove linee a Sassuolo",
               "2026-11-19 07:30:00", body,
               Brevo("ceramicworldweb.it", extra_hdrs=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@ceramicworldweb.it?subject=unsubscribe>" % u),
                                                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]),
               "Subscribed trade newsletter sent through Brevo.",
               "Industry news for the tile trade from the publisher's own domain via its ESP, with List-Unsubscribe "
               "(one-click); links to the publisher's site only.",
               env_from="bounces-2284117-marco.bianchi=example.com@mailin-bounce.ceramicworldweb.it",
               pair=(["aruba-pec-rinnovo"], "bulk ESP mail with a branded HTML layout; genuine subscribed list"))


def BUSINESS():
    return [b_ferretti_fattura(), b_aruba_fe(), b_colombo_sciopero(), b_rossi_reclamo(), b_newsletter()]
