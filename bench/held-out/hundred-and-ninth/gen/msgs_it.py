"""Italian messages: business 17-21, attacks 17-21."""
from registry import attack, business
from compose import compose, REGISTRY
from util import local_utc as L, rng, alnum
from world import S, BANK, TAX
import idnum as I
import senders as X
import assets as AS

F = I.fmt_iban

FERR_FOOT = """Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 37135 Verona (VR)
Tel. +39 045 820 7140 - www.ferretti-trasporti.it
P.IVA e C.F. %s - Cap. Soc. EUR 1.200.000 i.v. - REA VR-214478""" % TAX["ferr_piva"]


# ====================================================================== business

@business(17, "it", "ferretti-sollecito-pagamento-sospensione-ritiri",
          what="Ferretti Trasporti's accounts office sends a firm payment reminder for two overdue invoices and threatens to suspend scheduled pick-ups (including the exhibition models).",
          why="Genuine ferretti-trasporti.it through its Aruba SMTP with Outlook; asks for payment to the unchanged Banco BPM IBAN already on file, refers to real invoice numbers and the planned transport; urgent but no change of details, no link.",
          pair="attack 17")
def b17():
    t = L("CE", 2026, 11, 23, 9, 20, 14)
    text = """Gentile Dott. Russo,

dai nostri controlli risultano ancora insolute le seguenti fatture:

n. 1871/26 del 30/09/2026 - € 2.940,00 - scadenza 31/10/2026
n. 1904/26 del 07/10/2026 - € 3.478,20 - scadenza 31/10/2026
Totale scaduto: € 6.418,20

Vi invitiamo a provvedere al saldo entro 5 giorni dal ricevimento della presente sul consueto conto corrente intestato a Ferretti Trasporti S.p.A. presso Banco BPM, IBAN %s (coordinate invariate).

In mancanza del pagamento saremo costretti, nostro malgrado, a sospendere i ritiri programmati, compreso quello dei plastici per la mostra di Torino previsto per il 1° dicembre.

Qualora il pagamento fosse già stato disposto, Vi preghiamo di inviarci copia della contabile e di considerare nulla la presente.

Distinti saluti

Laura Bertolini
Ufficio Amministrazione

%s""" % (F(BANK["ferr"]), FERR_FOOT)
    return compose(X.ferretti(charset="iso-8859-15"), ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
                   [S("acc_mil")], "SOLLECITO DI PAGAMENTO - fatture scadute - Cod. cliente C04417", t, text,
                   name="b17", cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it")])


@business(18, "it", "ferretti-copia-cortesia-fattura-elettronica",
          what="Courtesy copy of an electronic invoice (already delivered through the SdI) sent automatically by Ferretti's ERP, PDF attached.",
          why="Genuine ferretti-trasporti.it via Aruba SMTP; the mail states that the fiscally valid document is the one delivered by the SdI, quotes the company's recipient code, attaches a plain PDF, no archive or link.",
          pair="attack 18")
def b18():
    t = L("CE", 2026, 11, 13, 18, 2, 5)
    text = """Spett.le EXAMPLE GROUP ITALIA S.R.L.,

in allegato trasmettiamo copia di cortesia della fattura elettronica n. 2117/26 del 13/11/2026, emessa e trasmessa tramite Sistema di Interscambio (SdI) al Vostro codice destinatario H4KQ7RZ.

Si ricorda che il documento fiscalmente valido ai fini IVA è esclusivamente quello recapitato dal Sistema di Interscambio; la presente copia non sostituisce l'originale elettronico.

Importo: EUR 1.952,00 (imponibile EUR 1.600,00 + IVA 22%% EUR 352,00)
Scadenza: 31/12/2026 - Bonifico bancario Banco BPM, IBAN %s

Questa e-mail è generata automaticamente dal nostro gestionale. Per informazioni scrivere a amministrazione@ferretti-trasporti.it.

%s""" % (F(BANK["ferr"]), FERR_FOOT)
    att = AS.pdf([
        "# FERRETTI TRASPORTI S.p.A.",
        "Via dell'Industria 27 - 37135 Verona - P.IVA " + TAX["ferr_piva"],
        "",
        "## COPIA DI CORTESIA - Fattura n. 2117/26 del 13/11/2026",
        "Cliente: EXAMPLE GROUP ITALIA S.R.L. - Via Tortona 31, 20144 Milano - P.IVA " + TAX["eg_it_piva"],
        "Codice destinatario SdI: H4KQ7RZ",
        "",
        "Trasporto dedicato Milano Via Tortona -> Torino Lingotto Fiere, furgone centinato con sponda, 02/12/2026   1.450,00",
        "Assicurazione merce (plastici architettonici) valore dichiarato EUR 30.000   150,00",
        "Imponibile EUR 1.600,00   IVA 22% EUR 352,00   Totale documento EUR 1.952,00",
        "Pagamento: bonifico a 30 gg d.f.f.m. - Banco BPM - IBAN " + F(BANK["ferr"]),
        "~ Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata dell'Agenzia delle Entrate.",
    ], title="Fattura 2117/26 - copia di cortesia", author="Ferretti Trasporti", producer="Crystal Reports",
        creator="Zucchetti Ad Hoc Revolution", date=AS.pdfdate(2026, 11, 13, 18, 1))
    p = X.ferretti(charset="windows-1252", cte="base64", html_style=None, mua="Microsoft CDO for Windows 2000",
                   pc="SRV-GESTIONALE")
    return compose(p, ("Ferretti Trasporti S.p.A.", "amministrazione@ferretti-trasporti.it"), [S("acc_mil")],
                   "Copia di cortesia fattura elettronica n. 2117/26 del 13/11/2026", t, text, name="b18",
                   attachments=[("FT_2117_26_copia_cortesia.pdf", "application/pdf", att)])


@business(19, "it", "freelance-renderer-notula-libero",
          what="Freelance visualiser sends his fee note for competition renderings from his private Libero mailbox, PDF attached, bank details the same as last time.",
          why="Long-standing freelancer on his usual consumer mailbox (Libero's own infrastructure); refers to the agreed job and quote, IBAN unchanged from previous notes, plain PDF.")
def b19():
    t = L("CE", 2026, 11, 6, 19, 48, 2)
    iban = I.iban_it("03069", "09606", "100000061342")
    text = """Ciao Giulia,

ti mando la notula per i render del concorso di Torino (4 viste esterne + 2 interni, come da preventivo del 2 ottobre). Le immagini definitive le avete già ricevute martedì via WeTransfer.

Totale 2.400,00 euro + contributo INPS 4%%, ritenuta d'acconto 20%%. L'IBAN è sempre quello (Intesa Sanpaolo, %s).

Se serve qualche modifica per la pubblicazione sulla rivista, dimmi pure.

Grazie e buona serata,
Marco

--
Marco Galli
Visualizzazione architettonica
cell. 347 218 6604""" % F(iban)
    att = AS.pdf([
        "# Marco Galli - Visualizzazione architettonica",
        "Via Cesare da Sesto 12, 20123 Milano - C.F. GLLMRC74H12F205X",
        "",
        "## Notula n. 12/2026 del 06/11/2026",
        "Committente: Example Group Italia S.r.l., Via Tortona 31, 20144 Milano",
        "Prestazione occasionale: render concorso Torino (4 viste esterne, 2 interni)   2.400,00",
        "Rivalsa INPS 4%   96,00",
        "Totale lordo   2.496,00",
        "Ritenuta d'acconto 20% su 2.400,00   -480,00",
        "Netto a pagare   2.016,00",
        "IBAN " + F(iban),
    ], title="Notula 12-2026", author="Marco Galli", producer="LibreOffice 7.6", creator="Writer",
        date=AS.pdfdate(2026, 11, 6, 19, 40))
    return compose(X.libero(), ("Marco Galli", "marco.galli74@libero.it"), [S("mgr_mil")],
                   "notula render concorso Torino", t, text, name="b19",
                   attachments=[("Notula_12_2026_Galli.pdf", "application/pdf", att)])


@business(20, "it", "interno-pagamento-urgente-deposito-stand",
          what="Milan office manager asks the Milan accountant (internal mail) to pay today a stand deposit for the Turin exhibition to an existing supplier; proforma PDF attached.",
          why="Internal relay with Exchange hop from the real colleague; supplier already in the vendor master, IBAN 'already on file', purchase request already approved in the ERP; urgency explained by a concrete business deadline.",
          pair="attack 20")
def b20():
    t = L("CE", 2026, 11, 25, 11, 12, 40)
    text = """Ciao Davide,

ti giro la proforma di Lingotto Fiere per lo stand alla mostra "Abitare la città" (2-6 dicembre): ci chiedono il saldo del deposito cauzionale di EUR 1.200,00 entro stasera, altrimenti riassegnano la posizione in padiglione.

Il fornitore è già in anagrafica (lo abbiamo pagato anche a marzo per la fiera dell'edilizia) e l'IBAN è quello che avete già. La RdA è approvata nel gestionale, numero RDA-MIL-2026-0418.

Mi mandi la contabile quando parte? Grazie mille!

Giulia

Giulia Ferraro
Office Manager Milano
Example Group Italia S.r.l. | Via Tortona 31 | 20144 Milano
T +39 02 8734 4410"""
    att = AS.pdf([
        "# LINGOTTO FIERE - Fattura proforma PF-2026-1187",
        "Cliente: Example Group Italia S.r.l. - Via Tortona 31 - 20144 Milano",
        "Evento: Abitare la città - 2/6 dicembre 2026 - Padiglione 2, stand B14",
        "Deposito cauzionale allestimento   EUR 1.200,00 (esente art. 15 DPR 633/72)",
        "Scadenza: 25/11/2026",
    ], title="Proforma PF-2026-1187", author="Amministrazione", producer="Microsoft® Word per Microsoft 365",
        creator="Microsoft® Word per Microsoft 365", date=AS.pdfdate(2026, 11, 24, 16, 30))
    return compose(X.internal(lang="it-IT", charset="iso-8859-1"), S("mgr_mil"), [S("acc_mil")],
                   "Pagamento urgente deposito stand Torino - entro oggi", t, text, name="b20",
                   attachments=[("Proforma_PF-2026-1187_Lingotto.pdf", "application/pdf", att)])


@business(21, "it", "ferretti-conferma-ritiro-plastici",
          what="Ferretti's traffic office confirms the pick-up of the exhibition models at the Milan office for 1 December, with vehicle and driver details.",
          why="Genuine carrier contact from ferretti-trasporti.it via Aruba; operational details consistent with the order and the invoice (business 18); no payment, no link, no attachment.",
          pair="attack 21")
def b21():
    t = L("CE", 2026, 11, 27, 15, 4, 29)
    text = """Buongiorno Giulia,

Vi confermiamo il ritiro per martedì 1° dicembre alle ore 8:30 presso la Vostra sede di Via Tortona 31, con furgone centinato dotato di sponda idraulica, e la consegna a Torino, Lingotto Fiere (padiglione 2, ingresso merci Via Nizza 280), mercoledì 2 dicembre entro le ore 9:00.

Merce: 3 casse in legno (plastico 1:200 e 2 pannelli espositivi), peso complessivo dichiarato 180 kg.
Numero spedizione: FT-26-118734
Autista: Roberto Marchi - targa GH 418 KP

Vi chiediamo di avere le casse pronte al piano strada e il DDT firmato. Per qualsiasi necessità il giorno del ritiro potete chiamare direttamente l'ufficio traffico al 045 820 7140.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
""" + FERR_FOOT
    return compose(X.ferretti(charset="iso-8859-15", pc="PC-TRAFFICO2"), ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
                   [S("mgr_mil")], "Conferma ritiro plastici - Milano Via Tortona -> Torino Lingotto - 01/12", t, text,
                   name="b21")


# ====================================================================== attacks

@attack(17, "it", "ferretti-variazione-iban-dominio-lookalike",
        what="Carrier bank-detail change: 'Ferretti Trasporti - Amministrazione' from ferretti-trasporti.com (real: .it) asks to pay two open invoices to a new Banca Sella IBAN and to confirm by e-mail.",
        why="Look-alike .com domain on an OVH VPS; sudden change 'from today', old account 'no longer operative', pressure to pay specific open invoices, confirmation only by reply - supplier/carrier BEC; genuine reminders keep the Banco BPM account (business 17).",
        technique="BEC - carrier bank-detail change (look-alike domain)", infra="look-alike domain on OVH VPS (Postfix, Outlook-style headers)",
        pair="business 17, business 18")
def a17():
    t = L("CE", 2026, 10, 20, 10, 47, 3)
    text = """Spett.le Example Group Italia S.r.l.,
alla c.a. dell'Ufficio Amministrativo

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, a partire dalla data odierna tutti i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:

Banca Sella S.p.A.
IBAN: %s
Intestatario: Ferretti Trasporti S.p.A.

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su tale conto anche il pagamento delle fatture n. 1871/26 e 1904/26 in scadenza il 31/10/2026 (totale € 6.418,20).

Le precedenti coordinate presso Banco BPM non sono più operative per gli incassi e gli eventuali bonifici verranno respinti.

Per esigenze di audit interno Vi chiediamo cortesemente di confermarci l'avvenuto aggiornamento rispondendo a questa e-mail.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 37135 Verona (VR)
P.IVA %s""" % (F(BANK["ferr_fake"]), TAX["ferr_piva"])
    p = X.vps("mail.ferretti-trasporti.com", "51.75.172.206", rdns="vps-7c3e91a4.vps.ovh.net",
              charset="windows-1252", lang="it")
    return compose(p, ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.com"),
                   [S("acc_mil")], "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", t, text,
                   name="a17")


@attack(18, "it", "sdi-notifica-scarto-zip-js",
        what="Fake SdI 'notifica di scarto' (rejected e-invoice) with a ZIP containing an '.xml.js' file; sent from a compromised agriturismo's mailbox.",
        why="The Sistema di Interscambio never e-mails ZIP archives to ordinary mailboxes; sender is an unrelated compromised holiday-farm domain on shared hosting; the archive holds a JavaScript file disguised as XML (malware dropper); fiscal-penalty pressure. Placeholder is inert.",
        technique="Malware delivery - ZIP with script disguised as e-invoice notification (e-invoicing lure)",
        infra="compromised small business mailbox on cPanel/Exim (SMTP AUTH)", pair="business 18")
def a18():
    t = L("CE", 2026, 11, 16, 8, 34, 51)
    text = """Notifica di scarto

Il file fattura IT10827340158_0A1B7.xml trasmesso in data 12/11/2026 è stato scartato dal Sistema di Interscambio per il seguente motivo:

Codice errore: 00305
Descrizione: 1.4.1.1.2 IdCodice del CessionarioCommittente non valido

Identificativo SdI: 15893427261

Il dettaglio della notifica e il file originale sono disponibili nell'allegato in formato compresso.

Si ricorda che la fattura scartata si considera non emessa: il documento corretto deve essere ritrasmesso entro 5 giorni dalla data della notifica di scarto per evitare l'applicazione delle sanzioni di cui all'art. 6 del D.Lgs. 471/97.

Sistema di Interscambio
Agenzia delle Entrate"""
    z = AS.zip_placeholder("IT10827340158_0A1B7_NS_001.xml.js", seed="a18", date_time=(2026, 11, 16, 8, 20, 0))
    p = X.cpanel("srv32.hostingitaly-cloud.it", "93.186.254.32", sender_ip="194.26.192.71",
                 auth_user="info@agriturismoilcasale.it", mailer=None, sender_helo="User")
    return compose(p, ("Sistema di Interscambio", "info@agriturismoilcasale.it"), [S("acc_mil")],
                   "Notifica di scarto - File IT10827340158_0A1B7.xml - Identificativo SdI 15893427261", t, text,
                   name="a18", html=None, text_only=True,
                   attachments=[("Notifica_Scarto_15893427261.zip", "application/zip", z)])


@attack(19, "it", "quishing-rinnovo-firma-digitale",
        what="Quishing: 'InfoCert - Servizi Firma Digitale' says the digital signature certificate expires on 30/11 and must be renewed by scanning a QR code and logging in (SPID credentials).",
        why="Look-alike sender domain on a VPS (PHPMailer), QR code (inline PNG) points to a non-InfoCert .click domain with the victim's address, deadline pressure, asks for SPID/account credentials - credential phishing with a QR to evade URL filters.",
        technique="Quishing (QR code) - trust-service / SPID credential phishing", infra="look-alike domain on VPS (PHPMailer)")
def a19():
    t = L("CE", 2026, 11, 19, 10, 15, 37)
    url = "https://infocert-rinnovo.servizi-firma.click/r/GF7731?u=giulia.ferraro%40example.com"
    qr = AS.qr_png(url, scale=5)
    text = """InfoCert - Servizi di Firma Digitale

Gentile Giulia Ferraro,

il certificato di firma digitale associato al Suo dispositivo scadrà il 30/11/2026. Dopo tale data non sarà più possibile firmare documenti, contratti e pratiche telematiche.

Per rinnovare il certificato senza interruzioni, inquadri il codice QR presente in questa e-mail con la fotocamera dello smartphone e acceda con le credenziali del Suo account InfoCert o con SPID.

Il rinnovo richiede pochi minuti e non comporta costi aggiuntivi se effettuato entro la scadenza.

Cordiali saluti
InfoCert S.p.A. - Gruppo Tinexta"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eef2f5;margin:0;padding:20px">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#00427a;padding:18px 28px;color:#fff;font-size:22px;font-weight:bold">InfoCert <span style="font-weight:normal;font-size:14px">| Servizi di Firma Digitale</span></td></tr>
<tr><td style="padding:26px 28px;font-size:14px;color:#333;line-height:1.5">
<p>Gentile <b>Giulia Ferraro</b>,</p>
<p>il certificato di firma digitale associato al Suo dispositivo <b>scadr&agrave; il 30/11/2026</b>. Dopo tale data non sar&agrave; pi&ugrave; possibile firmare documenti, contratti e pratiche telematiche.</p>
<p>Per rinnovare il certificato senza interruzioni, inquadri il codice QR con la fotocamera dello smartphone e acceda con le credenziali del Suo account InfoCert o con SPID.</p>
<p style="text-align:center"><img src="cid:qr_rinnovo_7731" width="200" height="200" alt="Codice QR rinnovo"></p>
<p style="font-size:12px;color:#666">Il rinnovo richiede pochi minuti e non comporta costi aggiuntivi se effettuato entro la scadenza.</p></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#999;border-top:1px solid #e5e5e5">InfoCert S.p.A. - Gruppo Tinexta &middot; Questa &egrave; una comunicazione di servizio, si prega di non rispondere.</td></tr>
</table></body></html>
"""
    p = X.vps("mail.infocert-firmadigitale.it", "51.38.113.77", rdns="vps-2b81e0f3.vps.ovh.net", mua="none",
              html_style="plain", charset="utf-8", cte="base64")
    p.extra = lambda c: [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    return compose(p, ("InfoCert - Firma Digitale", "rinnovi@infocert-firmadigitale.it"), [S("mgr_mil")],
                   "Il Suo certificato di firma digitale scade il 30/11/2026 - rinnovo richiesto", t, text, html,
                   name="a19", inline=[("qr_rinnovo_7731", "qr.png", "image/png", qr)])


@attack(20, "it", "avvocato-operazione-riservata-mailgun",
        what="Fake lawyer / CEO fraud: 'Avv. Marco Rinaldi' writes, with a look-alike CEO address in Cc, that the CEO authorised a confidential acquisition and asks the Milan accountant to wire EUR 84,500 today to an 'escrow' IBAN in Spain.",
        why="Law firm sending through Mailgun from a fresh domain, CEO in Cc on a look-alike domain (examplegroup-holding.com), CONSOB-secrecy pretext, ban on talking to colleagues, foreign escrow account, same-day payment - classic fake-lawyer BEC (contrast the internal request in business 20).",
        technique="BEC - fake lawyer / CEO fraud ('operazione riservata')", infra="Mailgun bulk ESP, fresh look-alike domains",
        pair="business 20")
def a20():
    t = L("CE", 2026, 11, 25, 10, 3, 22)
    text = """Egregio Dott. Russo,

come anticipatoLe dalla Dott.ssa Brenner, il nostro Studio assiste Example Group nell'acquisizione riservata di una società di progettazione lombarda (nome in codice "Progetto Lario").

L'operazione è soggetta a obblighi di riservatezza nei confronti della CONSOB fino all'annuncio ufficiale previsto per il 2 dicembre. La preghiamo pertanto di non parlarne con altri colleghi, né a Milano né a Monaco.

Per il deposito cauzionale previsto dalla lettera d'intenti è necessario disporre in giornata un bonifico di € 84.500,00 sul conto vincolato (escrow) intestato allo Studio presso il nostro corrispondente in Spagna:

Beneficiario: Rinaldi & Associati - Escrow
IBAN: %s
BIC: BBVAESMMXXX
Causale: Deposito LOI Progetto Lario - rif. 26/1187

La contabile del bonifico va inviata esclusivamente a questo indirizzo. La Dott.ssa Brenner è in riunione per tutta la giornata e Le darà conferma per e-mail.

Cordiali saluti

Avv. Marco Rinaldi
Studio Legale Rinaldi & Associati
Corso di Porta Nuova 18 - 20121 Milano""" % F(BANK["lawyer_it_fake"])
    p = X.mailgun(mg_domain="mg.studiolegalerinaldi-associati.it")
    return compose(p, ("Avv. Marco Rinaldi", "m.rinaldi@studiolegalerinaldi-associati.it"), [S("acc_mil")],
                   "RISERVATO - Progetto Lario - disposizione di pagamento", t, text, name="a20",
                   cc=[("Katharina Brenner", "katharina.brenner@examplegroup-holding.com")])


@attack(21, "it", "brt-giacenza-allegato-svg",
        what="Courier phishing: 'BRT' failed-delivery notice with an SVG attachment that renders a BRT-branded notice and a clickable 'reschedule delivery' button to a phishing domain.",
        why="Courier notice from a compromised hotel's mailbox; SVG attachments are a current filter-evasion vehicle, the embedded link goes to a non-BRT domain collecting address and card data; 72-hour pressure. The SVG contains no script.",
        technique="Courier phishing - SVG attachment with embedded link", infra="compromised small business mailbox on cPanel/Exim",
        pair="business 21")
def a21():
    t = L("CE", 2026, 11, 17, 16, 51, 8)
    text = """Gentile cliente,

il nostro corriere ha tentato la consegna della spedizione n. 053744182291 in data 16/11/2026, ma non è stato possibile completarla per indirizzo incompleto (numero civico mancante).

La spedizione è in giacenza presso la filiale di Milano Sud. Per riprogrammare la consegna e confermare l'indirizzo apra l'avviso di giacenza in allegato.

In assenza di riscontro entro 72 ore la spedizione verrà restituita al mittente.

BRT S.p.A."""
    svg = AS.svg_lure("Avviso di giacenza - spedizione 053744182291",
                      ["Tentativo di consegna: 16/11/2026 ore 11:42",
                       "Esito: indirizzo incompleto (numero civico mancante)",
                       "Filiale: Milano Sud - giacenza fino al 20/11/2026",
                       "Per riprogrammare la consegna confermi l'indirizzo e paghi",
                       "il contributo di riconsegna di 1,99 EUR."],
                      "Riprogramma consegna", "https://brt-giacenze.track-spedizioni.com/it/riprogramma?sp=053744182291",
                      "#d6001c", "BRT")
    p = X.cpanel("cp14.hostingtop-server.it", "185.81.4.119", sender_ip="185.244.36.103",
                 auth_user="booking@hotelsolemare-rimini.it", mailer=None)
    return compose(p, ("BRT S.p.A.", "booking@hotelsolemare-rimini.it"), [S("mgr_mil")],
                   "BRT - Spedizione 053744182291 in giacenza: mancato recapito", t, text, name="a21",
                   attachments=[("Avviso_giacenza_BRT_053744182291.svg", "image/svg+xml", svg)])
