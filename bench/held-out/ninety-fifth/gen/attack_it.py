"""Attack messages 17-21 (Italian)."""

from dsl import *  # noqa: F401,F403

M = A("attack")

# ---------------------------------------------------------------- 17 thread hijack from compromised Ferretti mailbox
_fr = iban_fmt(BANK["fr_ferretti"])
_old = iban_fmt(BANK["ferretti"])
_body17 = dedent("""
    Gentile Elena,

    grazie per la conferma. Come anticipato telefonicamente alla Sua collega dell'ufficio acquisti, a seguito di una verifica fiscale in corso il nostro conto presso Intesa Sanpaolo (IBAN %s) è temporaneamente vincolato e i bonifici in entrata vengono respinti dopo alcuni giorni.

    Per non creare ritardi Vi chiediamo cortesemente di effettuare il saldo delle fatture n. 2026/1842, 2026/1877 e 2026/1903 (totale € 18.742,60) sul nostro conto d'appoggio:

    Intestatario: Ferretti Trasporti S.p.A.
    IBAN: %s
    BIC: CFZZITM2

    Il conto precedente non va più utilizzato fino a nuova comunicazione. Le saremmo grati se potesse inviarci la contabile del bonifico appena disposto, così da sbloccare le prossime partenze da Brescia.

    Cordiali saluti

    Chiara Colombo
    Ufficio Traffico e Amministrazione clienti
    Ferretti Trasporti S.p.A.
    Via Industriale 41 - 25086 Rezzato (BS)
    Tel. +39 030 279 4410

    Da: Elena Rinaldi <elena.rinaldi@examplegroup.eu>
    Inviato: martedì 27 ottobre 2026 09:12
    A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
    Oggetto: Fatture ottobre 2026 – Ferretti Trasporti

    Buongiorno Chiara,

    potrebbe inviarmi copia delle fatture di ottobre (tratte Brescia–Hagen e Brescia–Gliwice)? Le devo allegare alla chiusura mensile. Il pagamento è previsto come sempre a 60 gg d.f.f.m.

    Grazie e buona giornata
    Elena Rinaldi
    Amministrazione – Example Group Italia S.r.l.
    """) % (_old, _fr)
M(17, "it", "ferretti-thread-hijack-iban",
  FERR["colombo"], STAFF["it_acc"],
  "R: Fatture ottobre 2026 – Ferretti Trasporti", "2026-10-29 15:48:06",
  P(infra.hosted, provider="aruba", client_ip="45.134.142.86", pcname="DESKTOP-7QK2M1R", lang="it"),
  alt(text(_body17, "windows-1252", "quoted-printable"),
      html(html_outlook(_body17, "IT", charset="windows-1252"), "windows-1252", "quoted-printable")),
  reply_to=("Chiara Colombo", "c.colombo@ferrettitrasporti.it"),
  in_reply_to="<8a41c0e5d2f04b9e9c7b1a6f3e2d5c40@examplegroup.eu>",
  references="<8a41c0e5d2f04b9e9c7b1a6f3e2d5c40@examplegroup.eu>",
  hcs="windows-1252", henc="Q",
  what="Reply in a genuine invoice thread from the carrier's real mailbox: 'our account is frozen by a tax audit, pay three invoices to the backup account'",
  why="Thread hijack from the genuinely compromised mailbox of Ferretti Trasporti (their real Aruba server, but login from a foreign VPN IP and a new PC name); bank change inside a reply, foreign e-money IBAN instead of Intesa, Reply-To diverted to look-alike ferrettitrasporti.it, asks for the payment receipt",
  technique="Thread hijack from a genuinely compromised partner mailbox (Aruba) with bank-detail change and Reply-To to a look-alike domain")

# ---------------------------------------------------------------- 18 SdI rejection notice, Agenzia delle Entrate, Mailgun
_url18 = "https://ivaservizi-agenziaentrate.it.com/portale/web/guest/ricevute?id=IT04128770981_0A3F1"
_plain18 = dedent("""
    Agenzia delle Entrate – Sistema di Interscambio

    Notifica di scarto

    Identificativo SdI: 16824417393
    Nome file: IT04128770981_0A3F1.xml
    Cedente/prestatore: EXAMPLE GROUP ITALIA S.R.L. (P.IVA %s)
    Codice errore: 00404 – Fattura duplicata

    Gentile contribuente,
    il file fattura indicato è stato scartato dal Sistema di Interscambio. La fattura si considera non emessa: è necessario riemetterla entro 5 giorni dalla data della presente notifica, altrimenti si applicano le sanzioni previste dall'art. 6 del D.Lgs. 471/1997.

    Per visualizzare la ricevuta di scarto e ritrasmettere il file acceda all'area riservata "Fatture e Corrispettivi" con SPID, CIE o CNS:
    %s

    Messaggio generato automaticamente, si prega di non rispondere.
    """) % (VAT["example_it"][2:], _url18)
_html18 = notice_html(
    "Notifica di scarto – Sistema di Interscambio",
    ["Identificativo SdI: <b>16824417393</b><br>Nome file: IT04128770981_0A3F1.xml<br>Cedente/prestatore: EXAMPLE GROUP ITALIA S.R.L. (P.IVA %s)<br>Codice errore: <b>00404 – Fattura duplicata</b>" % VAT["example_it"][2:],
     "Gentile contribuente,<br>il file fattura indicato è stato scartato dal Sistema di Interscambio. La fattura si considera non emessa: è necessario riemetterla <b>entro 5 giorni</b> dalla data della presente notifica, altrimenti si applicano le sanzioni previste dall'art. 6 del D.Lgs. 471/1997.",
     "Per visualizzare la ricevuta di scarto e ritrasmettere il file acceda all'area riservata &laquo;Fatture e Corrispettivi&raquo; con SPID, CIE o CNS."],
    "Accedi con SPID / CIE", _url18, "Agenzia delle Entrate – Messaggio generato automaticamente, si prega di non rispondere.",
    color="#06c", logo_text="Agenzia delle Entrate &middot; Fatture e Corrispettivi", lang="it")
M(18, "it", "sdi-notifica-scarto-spid",
  ("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@sdi-fatturapa-notifiche.it"), STAFF["it_acc"],
  "Notifica di scarto fattura elettronica IT04128770981_0A3F1 – codice 00404", "2026-11-04 06:55:39",
  P(infra.mailgun, mg_domain="mg.sdi-fatturapa-notifiche.it"),
  alt(text(_plain18, "utf-8", "quoted-printable"), html(_html18, "utf-8", "quoted-printable")),
  hcs="UTF-8", henc="Q",
  what="'Agenzia delle Entrate / SdI' rejection notice for an issued e-invoice, asks to log in with SPID within 5 days",
  why="SdI receipts arrive through the channel used to submit (PEC/SDICoop/intermediary), never as e-mail with a login button; sender domain sdi-fatturapa-notifiche.it and link ivaservizi-agenziaentrate.it.com are not agenziaentrate.gov.it; SPID credential theft; sent via Mailgun",
  technique="Credential phishing with national tax office / e-invoicing (SdI) pretext, SPID login, look-alike domain on .it.com, bulk ESP Mailgun")

# ---------------------------------------------------------------- 19 gift cards from Gmail
_body19 = dedent("""
    Ciao Francesca,

    sei in ufficio? Ho bisogno di una cortesia veloce, sono in riunione con il cliente a Lumezzane fino a tardi e non riesco a telefonare.

    Per la chiusura dell'anno vorrei fare un pensiero ad alcuni buyer che ci hanno aiutato con gli ordini: mi servono 10 gift card Amazon da 100 € ciascuna. Puoi prenderle in tabaccheria o all'Esselunga qui vicino? Poi grattale e mandami le foto dei codici qui per mail, che le giro io oggi stesso.

    Tienilo per te per ora, è una sorpresa. Ti rimborso tutto con la nota spese di fine mese.

    Grazie mille
    Giorgio

    Inviato da iPhone
    """)
M(19, "it", "gift-card-manager-gmail",
  ("Giorgio Fabbri", "giorgio.fabbri.ufficio@gmail.com"), STAFF["it_sales"],
  "Una cortesia urgente", "2026-12-10 11:14:02",
  P(infra.gmail),
  alt(text(_body19, "UTF-8", "quoted-printable", quote_charset=False),
      html(html_gmail(_body19), "UTF-8", "quoted-printable", quote_charset=False)),
  hcs="UTF-8", henc="B",
  what="'Office manager' asks a sales colleague to buy ten EUR 100 Amazon gift cards and e-mail photos of the codes",
  why="Gift-card scam: manager's name on a Gmail address he never uses, cannot be phoned, secrecy, asks for scratched codes by mail",
  technique="Gift-card fraud, internal-manager impersonation from Gmail")

# ---------------------------------------------------------------- 20 Intesa Sanpaolo Inbiz QR code, PHPMailer on VPS
_url20 = "https://inbiz-okeysmart.com/attiva?c=" + b64e("elena.rinaldi@examplegroup.eu")
_png20 = img.qr_png(_url20, scale=5)
_html20 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#00803c;color:#fff;padding:14px 20px;font-size:18px"><b>Intesa Sanpaolo</b> Inbiz</td></tr>
<tr><td style="padding:22px 20px">
<p>Gentile Cliente,</p>
<p>dal 1° dicembre 2026 l'accesso a Inbiz e l'autorizzazione delle disposizioni (bonifici, F24, RiBa) saranno possibili solo con il nuovo <b>O-Key Smart</b> aggiornato agli standard PSD3.</p>
<p>Per evitare il blocco delle funzioni dispositive dell'azienda <b>EXAMPLE GROUP ITALIA S.R.L.</b>, inquadri il codice QR con lo smartphone su cui è installata l'app Intesa Sanpaolo Business e completi l'aggiornamento entro il <b>30/11/2026</b>.</p>
<p align="center"><img src="cid:okey-qr-20@inbiz" width="180" height="180" alt="QR"></p>
<p>L'operazione richiede circa 2 minuti. Tenga a portata di mano le credenziali di accesso.</p>
<p style="font-size:11px;color:#888">Intesa Sanpaolo S.p.A. - Sede legale Piazza San Carlo 156, 10121 Torino. Messaggio automatico, non rispondere.</p>
</td></tr></table></body></html>
"""
s20 = M(20, "it", "intesa-inbiz-qr-quishing",
        ("Intesa Sanpaolo Inbiz", "avvisi@inbiz-intesasanpaolo.com"), STAFF["it_acc"],
        "Inbiz: aggiornamento obbligatorio O-Key Smart entro il 30/11/2026", "2026-11-23 08:40:17",
        P(infra.vps, helo="inbiz-intesasanpaolo.com", rdns="vps-4a7c21d3.vps.ovh.net", ip="51.68.207.143",
          client_ip="127.0.0.1", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", zone="UTC",
          nohop=True),
        related(html(_html20, "iso-8859-1", "8bit"),
                attach(_png20, "image/png", "okey.png", disposition="inline", cid="okey-qr-20@inbiz")),
        hcs="iso-8859-1", henc="Q",
        what="'Intesa Sanpaolo Inbiz' demands an O-Key Smart update for corporate banking by scanning a QR code",
        why="Bank look-alike domain inbiz-intesasanpaolo.com on an OVH VPS sending with PHPMailer; the QR code (image only, no text link) leads to a fake Inbiz login to steal corporate-banking credentials/OTP; deadline and threat of blocked payments",
        technique="Quishing (inline QR PNG) with corporate-banking pretext, look-alike domain, PHPMailer on VPS")
s20.qr_urls = [_url20]

# ---------------------------------------------------------------- 21 fake legal summons, password-protected ZIP, compromised Aruba mailbox
_zip21 = zipc.make_zip([("Atto_di_citazione_RG_4471-2026.pdf.js",
                         b"// placeholder: inert stand-in for a JScript dropper (evaluation sample)\n")],
                       password="Ferraresi26", seed="a21", when=(2026, 12, 1, 10, 5, 12))
_body21 = dedent("""
    Spett.le EXAMPLE GROUP ITALIA S.R.L.
    alla c.a. del Legale Rappresentante

    Oggetto: Atto di citazione e contestuale messa in mora - R.G. 4471/2026 - Tribunale di Brescia, Sez. Specializzata in materia di impresa

    Per conto della mia assistita, con la presente Vi notifico in via informale copia dell'atto di citazione relativo al mancato pagamento di forniture e al risarcimento dei danni derivanti da vizi del prodotto (getti in alluminio non conformi).

    Prima udienza fissata per il 18/02/2027. Resta salva la facoltà di addivenire a una definizione bonaria della vertenza entro 8 giorni dal ricevimento della presente.

    Per ragioni di riservatezza il documento è protetto.
    Password di apertura: Ferraresi26

    Distinti saluti

    Avv. Luca Ferraresi
    Studio Legale Ferraresi
    Via Gramsci 18 - 25122 Brescia
    Tel. 030 377 2150
    """)
s21 = M(21, "it", "atto-citazione-zip-password",
        ("Studio Legale Ferraresi", "segreteria@studiolegaleferraresi.it"), STAFF["it_mgr"],
        "Atto di citazione e messa in mora - R.G. 4471/2026 - Example Group Italia S.r.l.", "2026-12-01 10:06:55",
        P(infra.hosted, provider="aruba", client_ip="194.87.31.207", pcname="WIN-OQ4H7T2", lang="it"),
        mixed(text(_body21, "iso-8859-1", "quoted-printable"),
              attach(_zip21, "application/x-zip-compressed", "Atto_di_citazione_RG_4471-2026.zip")),
        hcs="iso-8859-1", henc="Q",
        what="'Law firm' serves a writ of summons about defective aluminium castings as a password-protected ZIP",
        why="Legal-threat lure from a genuinely compromised small law-firm mailbox (Aruba, login from a foreign VPS); the password-protected ZIP (ZipCrypto, password in the body) hides a .pdf.js script from scanners; real court documents are served via PEC, not ZIP with password",
        technique="Malware delivery: password-protected ZIP (ZipCrypto) with double-extension .pdf.js, legal/court pretext, compromised mailbox at Aruba")
s21.zip_password = "Ferraresi26"
