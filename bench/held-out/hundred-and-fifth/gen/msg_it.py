"""Italian messages (attack 17-21, business 17-21)."""
import infra as I
from core import M, txt, html, alt, mixed, related, att, ohtml, ghtml, plain, simple_html, latin
from people import s, c
import banks as B
from banks import F
import files

SIG_COLOMBO = ("Chiara Colombo\nUfficio Traffico\n\nFerretti Trasporti S.p.A.\nVia dell'Industria 18 – 20017 Rho (MI)\n"
               "Tel. +39 02 9345 1120 – www.ferretti-trasporti.it")

A = []

# 17 carrier bank-detail change from look-alike domain --------------------------------------
t17 = """Gentile Dott. Bianchi,

con la presente La informiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, da oggi i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Credito Emiliano S.p.A. – Filiale di Milano
IBAN: %s
BIC: BACRIT21

Il precedente conto presso Intesa Sanpaolo è in fase di estinzione e non potrà più ricevere accrediti. La preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre su questo conto il pagamento delle fatture n. 2026/1184 e 2026/1207 (totale € 14.860,00), scadute il 31/10.

Per esigenze di audit interno Le chiediamo di confermarci l'avvenuta modifica rispondendo a questa e-mail. In questi giorni sono spesso in viaggio, per cui preferisco la comunicazione scritta.

Cordiali saluti

Chiara Colombo
Ufficio Traffico

Ferretti Trasporti S.p.A.
Via dell'Industria 18 – 20017 Rho (MI)""" % F(B.FE_FAKE)
A.append(M(
    id="17-it-carrier-bank-change-lookalike", folder="attack", lang="it", when="2026-11-11 11:52:40",
    route=I.postfix_host("mail.ferretti-trasporti.com", "static.214.29.201.195.clients.your-server.de",
                         "195.201.29.214", "ferretti-trasporti.com", mailer="outlook", tz="Europe/Rome",
                         user_agent="it"),
    frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), to=[s("it_acc")],
    subject="Variazione coordinate bancarie – Ferretti Trasporti S.p.A.", hcs="windows-1252", henc="Q",
    body=alt(txt(t17, "windows-1252", "quoted-printable"), html(ohtml(t17, "windows-1252", lang="IT"), "windows-1252", "quoted-printable")),
    what="Carrier bank-detail change: 'Chiara Colombo' of Ferretti Trasporti gives a new IBAN and asks to pay two overdue invoices there.",
    why="Look-alike domain ferretti-trasporti.com (real: .it) on a Hetzner VPS; the traffic office, not accounts, changes bank details; old account 'being closed'; written confirmation only, avoids phone; overdue invoices as pressure. Genuine Ferretti mail: business 17/18."))

# 18 SdI / Agenzia delle Entrate phishing from a compromised accountant's site ------------------
link18 = "https://ivaservizi-agenziaentrate.notifiche-sdi.com/portale/scarti/?id=IT07731250582_EG0381&u=marco.bianchi%40example.com"
t18 = """Agenzia delle Entrate – Fatture e Corrispettivi

Notifica di scarto

Il Sistema di Interscambio (SdI) ha scartato il file fattura sotto indicato:

Identificativo SdI: 18847216305
Nome file: IT07731250582_EG0381.xml
Numero fattura: 2026/EG-0381 del 05/11/2026
Codice errore: 00305 – IdFiscaleIVA del cessionario/committente non valido

La fattura si considera non emessa. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/97 è necessario ritrasmettere il file corretto entro 5 giorni dalla data della presente notifica.

Per visualizzare il dettaglio della notifica e procedere alla ritrasmissione acceda all'area riservata con SPID, CIE o credenziali Entratel:

[Accedi all'area riservata](%s)

Questo è un messaggio generato automaticamente, si prega di non rispondere.""" % link18
h18 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Titillium Web,Arial,sans-serif;font-size:14px;color:#1c2024">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d9dadb">
<tr><td style="background:#0059b3;color:#fff;padding:16px 20px;font-size:18px">Agenzia delle Entrate <span style="font-size:13px">&middot; Fatture e Corrispettivi</span></td></tr>
<tr><td style="padding:20px">
<h2 style="font-size:18px;color:#0059b3">Notifica di scarto</h2>
<p>Il Sistema di Interscambio (SdI) ha scartato il file fattura sotto indicato:</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Identificativo SdI:</td><td><b>18847216305</b></td></tr>
<tr><td>Nome file:</td><td>IT07731250582_EG0381.xml</td></tr>
<tr><td>Numero fattura:</td><td>2026/EG-0381 del 05/11/2026</td></tr>
<tr><td>Codice errore:</td><td>00305 &ndash; IdFiscaleIVA del cessionario/committente non valido</td></tr></table>
<p>La fattura si considera non emessa. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/97 &egrave; necessario ritrasmettere il file corretto <b>entro 5 giorni</b> dalla data della presente notifica.</p>
<p>Per visualizzare il dettaglio della notifica e procedere alla ritrasmissione acceda all'area riservata con SPID, CIE o credenziali Entratel:</p>
<p><a href="%s" style="background:#0059b3;color:#fff;padding:10px 22px;text-decoration:none">Accedi all'area riservata</a></p>
<p style="font-size:11px;color:#5c6f82">Questo &egrave; un messaggio generato automaticamente, si prega di non rispondere.</p>
</td></tr></table></body></html>
""" % link18
A.append(M(
    id="18-it-sdi-einvoice-rejection-phish", folder="attack", lang="it", when="2026-11-09 08:14:55",
    route=I.cpanel("host23.serverplan-cloud.it", "185.2.5.118", tz="Europe/Rome", mailer="phpmailer"),
    frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@studioverdi-commercialisti.it"),
    to=[s("it_acc")], subject="Notifica di scarto SdI - Fattura 2026/EG-0381", hcs="iso-8859-1", henc="Q",
    body=alt(txt(plain(latin(t18), "esp"), "iso-8859-1", "quoted-printable"), html(h18, "iso-8859-1", "quoted-printable")),
    what="Fake SdI 'rejection notice' for an e-invoice, with a link to log in to 'Fatture e Corrispettivi' with SPID/CIE.",
    why="Sent with PHPMailer from a compromised accountant's cPanel account, display name only claims the Agenzia; SdI rejections go to the transmitting channel, not by e-mail with login links; link host notifiche-sdi.com is not agenziaentrate.gov.it; SPID credential phishing with sanction threat."))

# 19 Aruba PEC renewal phishing via Brevo ------------------------------------------------------
link19 = "https://r.sendibt3.com/tr/cl/kQ7v2pLmX9bZ1RtY8cN4dHs6gJe0aW3fU5iO_Vh2qKk"
t19 = """Gentile Cliente,

la casella di Posta Elettronica Certificata

examplegroupitalia@pec.it

scadrà il 30/11/2026. Dopo la scadenza la casella verrà sospesa: non potrai più inviare né ricevere messaggi con valore legale e i messaggi in giacenza saranno cancellati dopo 30 giorni.

Per evitare l'interruzione del servizio rinnova ora la tua casella, il rinnovo annuale costa 5,90 € + IVA:

[Rinnova ora](%s)

Il rinnovo è immediato e mantiene invariati indirizzo, messaggi e impostazioni.

Cordiali saluti,
Aruba PEC S.p.A.
Servizio Clienti""" % link19
h19 = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f0f0f0;font-family:Arial,sans-serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;border-bottom:4px solid #ef7d00"><span style="font-size:24px;font-weight:bold;color:#ef7d00">aruba</span><span style="font-size:24px;color:#555">.it</span> <span style="font-size:13px;color:#555">PEC</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#333">
<p>Gentile Cliente,</p>
<p>la casella di Posta Elettronica Certificata<br><b>examplegroupitalia@pec.it</b><br>scadrà il <b>30/11/2026</b>. Dopo la scadenza la casella verrà sospesa: non potrai più inviare né ricevere messaggi con valore legale e i messaggi in giacenza saranno cancellati dopo 30 giorni.</p>
<p>Per evitare l'interruzione del servizio rinnova ora la tua casella, il rinnovo annuale costa 5,90 € + IVA:</p>
<p style="text-align:center"><a href="%s" style="background:#ef7d00;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold;border-radius:3px">Rinnova ora</a></p>
<p>Il rinnovo è immediato e mantiene invariati indirizzo, messaggi e impostazioni.</p>
<p>Cordiali saluti,<br>Aruba PEC S.p.A.<br>Servizio Clienti</p></td></tr>
<tr><td style="padding:14px 24px;background:#f7f7f7;font-size:11px;color:#888">Hai ricevuto questa email in quanto titolare di un servizio Aruba. <a href="https://r.sendibt3.com/tr/un/kQ7v2pLmX9bZ1RtY8cN4dHs6gJe0aW3fU5iO">Disiscriviti</a></td></tr>
</table><img width="1" height="1" src="https://r.sendibt3.com/tr/op/kQ7v2pLmX9bZ1RtY8cN4dHs6gJe0aW3fU5iO" alt=""></body></html>
""" % link19
A.append(M(
    id="19-it-aruba-pec-renewal-phish-brevo", folder="attack", lang="it", when="2026-11-24 10:03:18",
    route=I.brevo(), frm=("Aruba PEC", "servizioclienti@aruba-pec-rinnovi.it"), to=[s("it_mgr")],
    subject="La tua casella PEC examplegroupitalia@pec.it scade il 30/11/2026",
    body=alt(txt(plain(t19, "esp"), "utf-8", "quoted-printable"), html(h19, "utf-8", "quoted-printable")),
    what="Fake Aruba PEC renewal: certified mailbox 'expires', pay EUR 5.90 + VAT via a tracked link.",
    why="aruba-pec-rinnovi.it is not aruba.it; bulk-sent through Brevo with a tracked redirect hiding the target (card/credential phishing); threat of losing legally relevant mail; low amount lowers suspicion."))

# 20 SVG attachment from a compromised B&B ------------------------------------------------------
svg_link = "https://contabili-online.b-cdn.net/view/?doc=CRO46271183&m=marco.bianchi@example.com"
svg20 = ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="440" viewBox="0 0 640 440">
  <rect width="640" height="440" fill="#eef1f5"/>
  <rect x="20" y="20" width="600" height="400" rx="6" fill="#ffffff" stroke="#c9d0d9"/>
  <text x="44" y="70" font-family="Arial, sans-serif" font-size="22" fill="#1a3d7c">Contabile di bonifico SEPA</text>
  <text x="44" y="110" font-family="Arial, sans-serif" font-size="14" fill="#333">Ordinante: B&amp;B Trastevere Dreams di Sara Ricci</text>
  <text x="44" y="135" font-family="Arial, sans-serif" font-size="14" fill="#333">Beneficiario: Example Group Italia S.r.l.</text>
  <text x="44" y="160" font-family="Arial, sans-serif" font-size="14" fill="#333">Importo: EUR 450,00 - CRO 46271183</text>
  <text x="44" y="205" font-family="Arial, sans-serif" font-size="13" fill="#b00020">Documento protetto: per visualizzare la contabile completa</text>
  <text x="44" y="225" font-family="Arial, sans-serif" font-size="13" fill="#b00020">accedi con le credenziali della posta aziendale.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="44" y="270" width="260" height="48" rx="4" fill="#1a73e8"/>
    <text x="174" y="300" text-anchor="middle" font-family="Arial, sans-serif" font-size="16" fill="#ffffff">Visualizza contabile</text>
  </a>
</svg>
""" % (svg_link, svg_link)).encode("utf-8")
t20 = """Buongiorno,

in allegato la contabile del bonifico per la restituzione della cauzione relativa al soggiorno della Vostra troupe (20-27 ottobre, 4 camere).

Ci scusiamo per il ritardo e speriamo di ospitarVi di nuovo.

Cordiali saluti
Sara Ricci
B&B Trastevere Dreams
Via della Lungaretta 71, Roma"""
A.append(M(
    id="20-it-svg-attachment-remittance", folder="attack", lang="it", when="2026-11-06 15:27:06",
    route=I.cpanel("srv12.hostingsolutions.it", "94.177.160.52", tz="Europe/Rome", mailer="roundcube"),
    frm=("B&B Trastevere Dreams", "info@trasteveredreams.it"), to=[s("it_acc")],
    subject="Contabile bonifico - restituzione cauzione", hcs="utf-8", henc="Q", hlabel="UTF-8",
    body=mixed(txt(t20, "utf-8", "base64", label="UTF-8"),
               att("Contabile_Bonifico_CRO_46271183.svg", "image/svg+xml", svg20,
                   kind="inert SVG: 'protected remittance' with a link button to a credential page, no script")),
    what="SVG 'bank remittance' from a B&B used by the crew, with a button to 'view' it after logging in with the company mail credentials.",
    why="A remittance does not need a login; SVG attachment used to smuggle a phishing link past attachment filters; link to a CDN host carrying the recipient's address; sent from the B&B's compromised webmail (cPanel/Roundcube)."))

# 21 CEO fraud with fake lawyer ------------------------------------------------------------------
t21 = """Buongiorno Francesca,

ho bisogno della Sua massima discrezione.

Stiamo finalizzando l'acquisizione di una società di post-produzione a Milano. L'operazione è seguita dall'Avv. Roberto Santoro dello studio Santoro & Associati, che La contatterà oggi stesso per e-mail. Per ragioni di riservatezza legate alla comunicazione alla Consob, l'operazione non deve essere discussa con nessuno, né in sede a Roma né a Colonia, fino all'annuncio ufficiale.

Le chiederò di coordinare dalla sede di Roma un bonifico di acconto a favore dello studio; l'avvocato Le fornirà tutti i dettagli e la documentazione.

Mi confermi la Sua disponibilità rispondendo a questa e-mail. Oggi sono in riunione tutto il giorno e non posso ricevere telefonate.

Cordiali saluti

Matthias Köhler
CEO – Example Group"""
A.append(M(
    id="21-it-ceo-fraud-fake-lawyer", folder="attack", lang="it", when="2026-12-02 10:19:33",
    route=I.postfix_host("mail.examplegroup-holding.com", "185-244-25-61.hosted-by-worldstream.net",
                         "185.244.25.61", "examplegroup-holding.com", mailer="outlook", user_agent="it"),
    frm=("Matthias Köhler", "ceo@examplegroup-holding.com"), to=[s("it_mgr")],
    subject="Operazione riservata", hcs="iso-8859-15", henc="Q", importance="high",
    body=alt(txt(latin(t21), "iso-8859-15", "quoted-printable"), html(ohtml(latin(t21), "iso-8859-15", lang="IT"), "iso-8859-15", "quoted-printable")),
    what="CEO fraud in Italian: 'Matthias Köhler' announces a secret acquisition and a 'lawyer' who will ask the Rome office to wire a deposit.",
    why="Look-alike domain examplegroup-holding.com on a hosting VPS; secrecy with a regulatory pretext (Consob), no phone contact, payment to a third-party law firm outside the approval workflow; the CEO normally writes internally and in German/English (business 01)."))

ATTACKS = A

# ================================================================= BUSINESS
Bz = []

fpa17 = ("""<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>05812740966</IdCodice></IdTrasmittente><ProgressivoInvio>0B7K2</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>
    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>05812740966</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
      <Sede><Indirizzo>Via dell'Industria 18</Indirizzo><CAP>20017</CAP><Comune>Rho</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>
    <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>14928370585</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Example Group Italia S.r.l.</Denominazione></Anagrafica></DatiAnagrafici>
      <Sede><Indirizzo>Via Tiburtina 1236</Indirizzo><CAP>00131</CAP><Comune>Roma</Comune><Provincia>RM</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-02</Data><Numero>2026/1262</Numero><ImportoTotaleDocumento>8918.40</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporto bilico 13,6 m Roma Cinecitta - Matera A/R, set "Via Appia", 26-30/10/2026</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>7310.16</PrezzoUnitario><PrezzoTotale>7310.16</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>7310.16</ImponibileImporto><Imposta>1608.24</Imposta><EsigibilitaIVA>S</EsigibilitaIVA></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento><ImportoPagamento>8918.40</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""" % B.FE_OK).encode("utf-8")
pdf_b17 = files.pdf_doc([
    ("b", "Ferretti Trasporti S.p.A."), ("s", "Via dell'Industria 18 - 20017 Rho (MI) - P.IVA IT05812740966"), ("gap", 14),
    ("h", "Copia di cortesia - Fattura n. 2026/1262"), ("l", "Data: 02/11/2026     Cliente: Example Group Italia S.r.l."),
    ("gap",), ("t", [(56, "Descrizione", True), (420, "Importo EUR", True)]), ("rule",),
    ("t", [(56, "Trasporto bilico 13,6 m Roma Cinecittà - Matera A/R, set \"Via Appia\", 26-30/10", False), (420, "7.310,16", False)]),
    ("rule",), ("t", [(56, "Imponibile", False), (420, "7.310,16", False)]), ("t", [(56, "IVA 22%", False), (420, "1.608,24", False)]),
    ("t", [(56, "Totale documento", True), (420, "8.918,40", True)]), ("gap", 12),
    "Pagamento: bonifico bancario 60 gg d.f. fine mese, scadenza 31/12/2026, su Intesa Sanpaolo:",
    ("l", "IBAN " + F(B.FE_OK)), ("gap", 6),
    "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72; l'originale è disponibile nell'area riservata "
    "Fatture e Corrispettivi.",
], title="Fattura 2026/1262", author="Ferretti Trasporti S.p.A.", producer="TeamSystem", created="20261102081000+01'00'")
tb17 = """Spett.le Example Group Italia S.r.l.,

in allegato la copia di cortesia della fattura n. 2026/1262 del 02/11/2026 e il relativo file XML, già trasmesso tramite SdI al Vostro codice destinatario.

Modalità di pagamento invariate: bonifico 60 gg d.f.f.m. sul nostro conto Intesa Sanpaolo indicato in fattura.

Cordiali saluti

Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 20017 Rho (MI)
Tel. +39 02 9345 1100"""
Bz.append(M(
    id="17-it-carrier-invoice-fatturapa", folder="business", lang="it", when="2026-11-02 09:31:27",
    route=I.aruba(mailer="outlook"), frm=c("fe_amm"), to=[s("it_acc")],
    subject="Ferretti Trasporti - copia di cortesia fattura n. 2026/1262", hcs="iso-8859-1", henc="Q",
    body=mixed(txt(tb17, "iso-8859-1", "quoted-printable"),
               att("Fattura_2026-1262.pdf", "application/pdf", pdf_b17, kind="text-only PDF courtesy copy"),
               att("IT05812740966_0B7K2.xml", "application/xml", fpa17, kind="FatturaPA XML")),
    what="The carrier's accounts department sends the courtesy copy of an invoice plus the FatturaPA XML already transmitted through SdI.",
    why="Real domain ferretti-trasporti.it on Aruba mail hosting, matching the known Intesa Sanpaolo IBAN (valid CIN), structured invoice data, explicitly 'payment terms unchanged'.",
    hard_neg_of=(["17-it-carrier-bank-change-lookalike", "18-it-sdi-einvoice-rejection-phish"], "Ferretti invoice payment details / SdI e-invoice")))

tb18 = """Buongiorno Francesca,

Vi aggiorno sul trasporto dei costumi e degli arredi di scena per "Via Appia" (DDT 2026/4471).

Il bilico è fermo al Brennero dalle 6:00 per la chiusura dell'autostrada dopo la nevicata della notte; la Polizia stradale prevede la riapertura non prima delle 14:00. Di conseguenza la consegna a Cinecittà slitta da oggi pomeriggio a domani mattina, presumibilmente tra le 7:00 e le 8:00.

La merce è al sicuro e il semirimorchio è climatizzato, quindi nessun problema per i costumi. Se per il set è indispensabile avere qualcosa già stasera, possiamo far partire un furgone da Verona con una parte dei colli: mi fate sapere entro le 11:00?

Cordiali saluti

""" + SIG_COLOMBO
Bz.append(M(
    id="18-it-carrier-delay-notice", folder="business", lang="it", when="2026-12-04 08:47:52",
    route=I.aruba(mailer="outlook"), frm=c("fe_colombo"), to=[s("it_mgr")], cc=[s("proc")],
    subject="URGENTE: ritardo consegna DDT 2026/4471 - bilico fermo al Brennero", hcs="windows-1252", henc="Q",
    importance="high",
    body=alt(txt(tb18, "windows-1252", "quoted-printable"), html(ohtml(tb18, "windows-1252", lang="IT"), "windows-1252", "quoted-printable")),
    what="The carrier's traffic office warns about a truck delayed at the Brenner pass and offers a partial delivery by van.",
    why="Known contact on the genuine domain and Aruba infrastructure; operational content with delivery note number; urgency concerns logistics, not payment.",
    hard_neg_of=(["17-it-carrier-bank-change-lookalike"], "mail from/in the name of Chiara Colombo, Ferretti Trasporti")))

tb19 = """Ciao Francesca,

ti scrivo dalla mail personale perché ieri sera mi è caduto il portatile dell'ufficio (il Dell con l'etichetta EG-RM-0117): lo schermo è rotto e non si accende più.

Oggi lavoro da casa con il mio PC, ma non ho accesso alla VPN né a TeamSystem, quindi le registrazioni delle fatture di novembre slittano a domani. Il portatile lo porto in ufficio domattina così Thomas può organizzare la sostituzione con Colonia.

Ho aperto anche il ticket con l'IT dal portale (n. 26-11843).

Grazie e scusa per il disagio,
Marco"""
Bz.append(M(
    id="19-it-colleague-broken-laptop-private-mail", folder="business", lang="it", when="2026-11-26 08:22:14",
    route=I.libero(home_ip="93.45.118.24"), frm=("Marco Bianchi", "m.bianchi1984@libero.it"), to=[s("it_mgr")],
    subject="Portatile rotto - oggi lavoro da casa",
    body=alt(txt(tb19, "utf-8", "quoted-printable"), html(simple_html(tb19, font="Arial, Helvetica, sans-serif"), "utf-8", "quoted-printable")),
    what="The Rome accountant writes from his private Libero mailbox that his company laptop is broken.",
    why="Plausible private mail from an Italian residential IP through Libero webmail; reports an IT ticket number, asks for nothing except understanding.",
    hard_neg_of=(["08-de-payroll-diversion-private-mail"], "employee writing from a private address")))

b20t = """CINEMA & AUDIOVISIVO NEWS – n. 44, novembre 2026

Tax credit produzione 2027: pubblicato il decreto attuativo
Le nuove aliquote per le opere di nazionalità italiana e le coproduzioni internazionali, le scadenze per le domande preventive e le novità sui costi ammissibili.
Leggi l'articolo: https://cineaudiovisivo-news.it/articoli/tax-credit-2027

Roma Lazio Film Commission: nuovo bando location per serie TV
Contributi fino a 200.000 euro per le produzioni che girano almeno 10 giorni nel Lazio.
Leggi l'articolo: https://cineaudiovisivo-news.it/articoli/bando-location-lazio

Agenda: MIA Market, Roma, 12–16 ottobre 2027 – accrediti aperti a marzo.

Ricevi questa newsletter perché sei iscritto a Cinema & Audiovisivo News.
Per annullare l'iscrizione: https://cineaudiovisivo-news.it/newsletter/unsubscribe?e=francesca.nicolo%40example.com
Cinema & Audiovisivo News – Editoriale Tevere S.r.l., Via Nomentana 257, 00161 Roma"""
b20h = """<!DOCTYPE html><html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Cinema &amp; Audiovisivo News n. 44</title></head>
<body style="margin:0;background:#f3f0ea;font-family:Georgia,serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:22px 26px;background:#222;color:#f3c623;font-size:22px;font-weight:bold">CINEMA &amp; AUDIOVISIVO NEWS <span style="color:#ccc;font-size:13px;font-weight:normal">n. 44 &middot; novembre 2026</span></td></tr>
<tr><td style="padding:22px 26px;font-size:15px;line-height:22px;color:#222">
<h2 style="font-size:19px;margin:0 0 6px">Tax credit produzione 2027: pubblicato il decreto attuativo</h2>
<p style="margin:0 0 8px">Le nuove aliquote per le opere di nazionalità italiana e le coproduzioni internazionali, le scadenze per le domande preventive e le novità sui costi ammissibili.</p>
<p><a href="https://r.sendibt3.com/tr/cl/Aq9xP2mLk7Rz1Vb8NcY4tHs0gJe6dW3fU5iO" style="color:#b3261e">Leggi l'articolo &rarr;</a></p>
<h2 style="font-size:19px;margin:18px 0 6px">Roma Lazio Film Commission: nuovo bando location per serie TV</h2>
<p style="margin:0 0 8px">Contributi fino a 200.000 euro per le produzioni che girano almeno 10 giorni nel Lazio.</p>
<p><a href="https://r.sendibt3.com/tr/cl/Bz7yQ1nMj6Sx2Wc9OdZ5uIt1hKf7eX4gV6jP" style="color:#b3261e">Leggi l'articolo &rarr;</a></p>
<p style="border-top:1px solid #ddd;padding-top:12px"><b>Agenda:</b> MIA Market, Roma, 12&ndash;16 ottobre 2027 &ndash; accrediti aperti a marzo.</p></td></tr>
<tr><td style="padding:14px 26px;font-family:Arial,sans-serif;font-size:11px;color:#777;background:#f7f7f7">Ricevi questa newsletter perché sei iscritto a Cinema &amp; Audiovisivo News.<br>
<a href="https://r.sendibt3.com/tr/un/Cw8zR2oNk7Ty3Xd0PeA6vJu2iLg8fY5hW7kQ">Annulla l'iscrizione</a> &middot; Editoriale Tevere S.r.l., Via Nomentana 257, 00161 Roma</td></tr>
</table><img width="1" height="1" alt="" src="https://r.sendibt3.com/tr/op/Cw8zR2oNk7Ty3Xd0PeA6vJu2iLg8fY5hW7kQ"></body></html>
"""
Bz.append(M(
    id="20-it-newsletter-brevo", folder="business", lang="it", when="2026-11-19 07:30:11",
    route=I.brevo(), frm=("Cinema & Audiovisivo News", "newsletter@cineaudiovisivo-news.it"), to=[s("it_mgr")],
    subject="Cinema & Audiovisivo News n. 44 – Tax credit 2027, bando location Lazio",
    list_unsub=[("List-Unsubscribe", "<https://r.sendibt3.com/tr/un/Cw8zR2oNk7Ty3Xd0PeA6vJu2iLg8fY5hW7kQ>,\n <mailto:unsubscribe-Cw8zR2oNk7Ty3Xd0@sendibt3.com>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    body=alt(txt(b20t, "utf-8", "base64"), html(b20h, "utf-8", "base64")),
    what="Subscribed Italian trade newsletter sent through Brevo.",
    why="Brevo infrastructure like the PEC phish, but a real publisher imprint, List-Unsubscribe with One-Click, purely informational links to the publisher's site.",
    hard_neg_of=(["19-it-aruba-pec-renewal-phish-brevo"], "bulk mail via Brevo with tracked links")))

tb21 = """Gentile Dott. Bianchi,

nonostante il nostro sollecito del 10/11 risulta ancora aperta la fattura n. 241/2026 del 30/09/2026 (noleggio pacchetto luci e macchinisti, set "Via Appia", settembre) di € 18.605,00, scaduta il 31/10/2026.

Vi chiediamo di provvedere al saldo entro venerdì 20/11 con bonifico sul nostro conto UniCredit (IBAN %s), come da fattura.

In mancanza del pagamento saremo costretti, nostro malgrado, a sospendere i noleggi in corso e a non confermare il materiale prenotato per le riprese di dicembre.

Se il pagamento è già stato disposto, Vi preghiamo di inviarci la contabile; per qualsiasi chiarimento sono a disposizione al numero qui sotto.

Cordiali saluti

Alessandro Greco
Amministrazione – Studio Luce Roma S.r.l.
Via di Torre Spaccata 172, 00173 Roma
Tel. +39 06 7231 4420""" % F(B.LUCE)
Bz.append(M(
    id="21-it-supplier-reminder-suspension", folder="business", lang="it", when="2026-11-17 12:05:48",
    route=I.gmail(), frm=c("luce"), to=[s("it_acc")], cc=[s("it_mgr")],
    subject="Sollecito di pagamento fattura n. 241/2026 - sospensione noleggi", hcs="utf-8", henc="B", hlabel="UTF-8",
    body=alt(txt(tb21, "utf-8", "quoted-printable", label="UTF-8"), html(ghtml(tb21), "utf-8", "quoted-printable", label="UTF-8")),
    what="Lighting rental company's second reminder with a threat to suspend rentals.",
    why="Known supplier (Google Workspace on its own domain), same UniCredit IBAN as in its invoices (valid CIN), offers a phone number for clarification; legitimate dunning pressure.",
    hard_neg_of=(["20-it-svg-attachment-remittance"], "payment / remittance topic in the Rome office")))

BUSINESS = Bz
