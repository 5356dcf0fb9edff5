"""Italian messages: attacks 17-21, business 17-21."""
import infra
from infra import R
from common import (attack, business, T, H, ALT, MIXED, RELATED, ATT, addr,
                    subj, utc, Ctx, build, S, BANK, TAX, esc, ohtml,
                    paras_html, office_ip, rfcdate)
import ids
import zipc
from docs import letter_pdf, invoice_pdf, form_pdf

FER_HEAD = ["Ferretti Trasporti S.p.A.",
            "Autotrasporti a temperatura controllata · Via dell'Industria 27 · 37069 Villafranca di Verona (VR) · Tel. 045 6301 488 · www.ferretti-trasporti.it"]
FER_FOOT = ["Ferretti Trasporti S.p.A. · Cap. Soc. € 1.200.000 i.v. · R.E.A. VR-301877 · P.IVA/C.F. %s · Albo Autotrasportatori VR/7718423/K" % TAX["ferretti"][2:],
            "Banco BPM S.p.A., Filiale di Villafranca di Verona · IBAN %s · BIC BAPPIT21A59" % BANK["ferretti"]]
EG_IT = ["Spett.le", "Example Group Italia S.r.l.", "Via Sommacampagna 63", "37137 Verona (VR)"]
FER_SIG = """Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 37069 Villafranca di Verona (VR)
Tel. 045 6301 488 - Fax 045 6301 489
www.ferretti-trasporti.it"""


# ======================================================================
# ATTACKS
# ======================================================================

@attack("it", "ferretti-variazione-iban-lookalike",
        "Carrier bank-detail change: 'Chiara Colombo, Ferretti Trasporti' from ferretti-trasporti.com says the Banco BPM account is 'blocked for AML checks', asks to pay two invoices (EUR 27,845.60) to a new IBAN and send the remittance",
        "Look-alike domain ferretti-trasporti.com (real: .it) on an OVH VPS; 'blocked account' pretext, phone lines 'under maintenance' so only e-mail, new IBAN at an e-money institution (ABI 36772), request for proof of payment. Hard negatives: business/17, business/18.")
def a17():
    t = utc(2026, 11, 5, 11, 32, 8, "IT")
    ctx = Ctx("a17", t, S["ricci"]["addr"])
    snd = "c.colombo@ferretti-trasporti.com"
    r = infra.vps_direct(ctx, snd, "mail.ferretti-trasporti.com", "vps-8a1c22e0.vps.ovh.net", "57.128.190.14",
                         mua="olk16", zone="IT", lang="it", sub_from="USER-PC (unknown [154.61.72.9])")
    text = """Gentile Dott. Ricci,

con la presente Vi comunichiamo che, a seguito di una verifica interna da parte del nostro istituto bancario, il conto corrente in essere presso Banco BPM risulta temporaneamente bloccato per l'adeguamento alla normativa antiriciclaggio.

Vi preghiamo pertanto di effettuare il pagamento delle fatture in scadenza (n. 1184/26 e n. 1197/26, totale EUR 27.845,60) sulle nuove coordinate bancarie indicate nella lettera allegata, su carta intestata e firmata dal nostro Amministratore Delegato.

Vi chiediamo cortesemente di aggiornare la Vostra anagrafica fornitori e di inviarci la contabile del bonifico non appena disposto, in modo da poter registrare l'incasso.

Per qualsiasi chiarimento resto a disposizione via e-mail, in quanto in questi giorni le nostre linee telefoniche sono interessate da lavori di manutenzione.

Cordiali saluti

Chiara Colombo
""" + FER_SIG
    pdfb = letter_pdf(
        FER_HEAD, EG_IT, "Villafranca di Verona, 04/11/2026",
        "Oggetto: comunicazione variazione coordinate bancarie",
        ["Spettabile Cliente,",
         "con la presente Vi informiamo che, con decorrenza immediata, i pagamenti relativi alle nostre fatture dovranno essere effettuati esclusivamente sulle seguenti coordinate:",
         "Intestatario: Ferretti Trasporti S.p.A. – IBAN: %s – BIC: HYEEIT22XXX" % BANK["mule_it"],
         "Il precedente conto presso Banco BPM non è momentaneamente operativo; eventuali bonifici disposti su tale conto verranno respinti.",
         "Vi preghiamo di voler aggiornare i Vostri archivi e di darci conferma dell'avvenuta variazione.",
         "RingraziandoVi per la collaborazione, porgiamo distinti saluti."],
        ["Ferretti Trasporti S.p.A.", "L'Amministratore Delegato", "Roberto Ferretti"],
        FER_FOOT[:1],
        dict(title="Variazione coordinate bancarie", author="Amministrazione", creator="Microsoft® Word 2016",
             producer="Microsoft® Word 2016", date=(2026, 11, 4, 17, 44, 2), tz="+01'00'"))
    body = MIXED(r, T(text, "iso-8859-1", "quoted-printable"),
                 ATT(pdfb, "application/pdf", "Comunicazione_variazione_IBAN.pdf"))
    return build(ctx, r, {
        "From": addr("Chiara Colombo", snd), "To": addr("Davide Ricci", S["ricci"]["addr"]),
        "Subject": "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
    }, body)


@attack("it", "sdi-notifica-scarto-svg",
        "Fake SdI (Sistema di Interscambio) 'notifica di scarto' with an SVG attachment that renders a document with a 'log in with SPID/CIE to see the detail' link",
        "The SdI never sends SVG files nor mails from a bulk ESP (SendGrid, domain sdi-fatturapa-notifiche.it); the SVG contains a hyperlink to accesso-sdi.fatturapa-agenziaentrate.com imitating the SPID login; sanction threat. Hard negative: business/21 (genuine e-invoicing provider notification).")
def a18():
    t = utc(2026, 10, 19, 9, 48, 22, "IT")
    ctx = Ctx("a18", t, S["ricci"]["addr"])
    snd = "notifiche@sdi-fatturapa-notifiche.it"
    r = infra.sendgrid(ctx, snd, "em4182.sdi-fatturapa-notifiche.it")
    url = "https://accesso-sdi.fatturapa-agenziaentrate.com/spid/login?idfile=IT04518730231_a8K3p&c=" + ctx.hex(20)
    text = """Sistema di Interscambio - Fatturazione elettronica

Notifica di scarto

Identificativo SdI: 12847713904
Nome file: IT04518730231_a8K3p.xml.p7m
Codice errore: 00404 - Fattura duplicata

Il file trasmesso non ha superato i controlli ed è stato scartato. Per evitare l'applicazione delle sanzioni di cui all'art. 6 del D.Lgs. 471/1997, la fattura deve essere ritrasmessa entro 5 giorni dalla data della presente notifica.

Il dettaglio dello scarto è disponibile nel documento allegato.

Agenzia delle Entrate - Sistema di Interscambio
Messaggio generato automaticamente, si prega di non rispondere.
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Titillium Web,Arial,sans-serif;color:#17324d;background:#f5f5f0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#0066cc;color:#fff;padding:16px 24px;font-size:18px">Fatturazione elettronica &ndash; Sistema di Interscambio</td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:22px">
<h2 style="color:#cc334d;margin-top:0">Notifica di scarto</h2>
<table style="font-size:14px"><tr><td>Identificativo SdI:</td><td><b>12847713904</b></td></tr><tr><td>Nome file:</td><td><b>IT04518730231_a8K3p.xml.p7m</b></td></tr><tr><td>Codice errore:</td><td><b>00404 &ndash; Fattura duplicata</b></td></tr></table>
<p>Il file trasmesso non ha superato i controlli ed &egrave; stato scartato. Per evitare l'applicazione delle sanzioni di cui all'art. 6 del D.Lgs. 471/1997, la fattura deve essere ritrasmessa <b>entro 5 giorni</b> dalla data della presente notifica.</p>
<p>Il dettaglio dello scarto &egrave; disponibile nel documento allegato.</p>
<p style="font-size:12px;color:#5c6f82">Agenzia delle Entrate &ndash; Sistema di Interscambio<br>Messaggio generato automaticamente, si prega di non rispondere.</p></td></tr></table></body></html>
"""
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="1123" viewBox="0 0 794 1123">
<rect width="794" height="1123" fill="#ffffff"/>
<rect x="0" y="0" width="794" height="90" fill="#0066cc"/>
<text x="40" y="55" font-family="Arial" font-size="26" fill="#ffffff">Agenzia delle Entrate – Sistema di Interscambio</text>
<text x="40" y="150" font-family="Arial" font-size="22" fill="#cc334d">Dettaglio notifica di scarto n. 12847713904</text>
<g fill="#17324d" font-family="Arial" font-size="16" opacity="0.25">
<text x="40" y="200">Cedente/Prestatore: Example Group Italia S.r.l. – P.IVA %s</text>
<text x="40" y="230">File: IT04518730231_a8K3p.xml.p7m – Esito: SCARTO – Errore 00404</text>
<text x="40" y="260">Riferimento fattura: FT/2026/0917 del 15/10/2026 – Importo € 12.480,00</text>
</g>
<rect x="140" y="360" width="514" height="230" rx="8" fill="#f5f5f0" stroke="#0066cc"/>
<text x="397" y="410" text-anchor="middle" font-family="Arial" font-size="19" fill="#17324d">Documento protetto</text>
<text x="397" y="445" text-anchor="middle" font-family="Arial" font-size="15" fill="#17324d">Per visualizzare il dettaglio dello scarto è necessario</text>
<text x="397" y="468" text-anchor="middle" font-family="Arial" font-size="15" fill="#17324d">autenticarsi con SPID o CIE.</text>
<a xlink:href="%s" target="_blank">
<rect x="257" y="500" width="280" height="52" rx="4" fill="#0066cc"/>
<text x="397" y="533" text-anchor="middle" font-family="Arial" font-size="17" fill="#ffffff">Entra con SPID / CIE</text>
</a>
</svg>
""" % (TAX["eg_it"][2:], esc(url))
    body = MIXED(r, ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable")),
                 ATT(svg.encode("utf-8"), "image/svg+xml", "Dettaglio_scarto_SdI_12847713904.svg"))
    return build(ctx, r, {
        "From": addr("Agenzia delle Entrate - SdI", snd), "To": S["ricci"]["addr"],
        "Subject": "Notifica di scarto - File IT04518730231_a8K3p.xml.p7m - Codice errore 00404",
    }, body)


@attack("it", "agenzia-entrate-zip-protetto",
        "Malspam impersonating the Agenzia delle Entrate: 'comunicazione di irregolarità' for the 2025 VAT return in a password-protected ZIP (password in the body) containing a .pdf.js file",
        "Sent from the hijacked Aruba mailbox of an unrelated accountancy firm (studiobrunelli-associati.it) with display name 'Agenzia delle Entrate'; the tax agency does not send encrypted archives by ordinary e-mail; ZipCrypto hides the content from scanners; double extension .pdf.js is a script dropper (placeholder here).")
def a19():
    t = utc(2026, 11, 25, 10, 5, 51, "IT")
    ctx = Ctx("a19", t, S["romano"]["addr"])
    snd = "segreteria@studiobrunelli-associati.it"
    r = infra.aruba(ctx, snd, "WIN-7H2K9QLM3RT", "45.144.31.207")
    text = """Gentile Contribuente,

a seguito del controllo automatizzato ai sensi dell'art. 54-bis del D.P.R. 633/1972 della dichiarazione IVA relativa al periodo d'imposta 2025, sono emerse delle irregolarità nei versamenti periodici.

In allegato trasmettiamo la Comunicazione di irregolarità prot. n. 2026/1847392, in formato protetto a tutela dei dati personali.

Password per l'apertura del documento: AdE2026

Entro 60 giorni dal ricevimento è possibile regolarizzare la posizione beneficiando della riduzione delle sanzioni, oppure fornire chiarimenti tramite il servizio CIVIS.

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale di Verona - Ufficio Controlli
"""
    zdata = zipc.make_zip([("Comunicazione_irregolarita_2026_1847392.pdf.js",
                            b"// placeholder - inert evaluation sample, no code\n",
                            (2026, 11, 25, 9, 58, 12))], password="AdE2026", seed="a19")
    body = MIXED(r, T(text, "Windows-1252", "8bit"),
                 ATT(zdata, "application/x-zip-compressed", "Comunicazione_irregolarita_2026_1847392.zip"))
    return build(ctx, r, {
        "From": addr("Agenzia delle Entrate", snd), "To": S["romano"]["addr"],
        "Subject": subj("Comunicazione di irregolarità - Controllo automatizzato dichiarazione IVA 2025 - Prot. 2026/1847392", "Windows-1252", "Q"),
    }, body)


@attack("it", "intesa-bonifico-callback-vishing",
        "Callback phishing (TOAD) impersonating Intesa Sanpaolo: 'instant transfer of EUR 4,870 pending' – call the 'anti-fraud service' number if you did not authorise it",
        "Bulk ESP (Mailgun) from intesasanpaolo-sicurezza.com, not intesasanpaolo.com; no link, only a phone number to call - the 'operator' then talks the victim into authorising transfers or installing remote access; Example Group Italia does not even bank with Intesa.")
def a20():
    t = utc(2026, 12, 8, 7, 15, 30, "IT")
    ctx = Ctx("a20", t, S["ricci"]["addr"])
    snd = "avvisi@intesasanpaolo-sicurezza.com"
    r = infra.mailgun(ctx, snd, "mg.intesasanpaolo-sicurezza.com")
    text = """Intesa Sanpaolo - Avviso di sicurezza

Gentile Cliente,

è stata registrata una richiesta di bonifico istantaneo dal Suo conto aziendale:

Importo: 4.870,00 EUR
Beneficiario: MARIO CONTI
IBAN beneficiario: IT60X0542811101000000123456
Data: 08/12/2026 ore 07:09

L'operazione è stata temporaneamente sospesa dai nostri sistemi antifrode.

Se NON riconosce questa operazione, contatti immediatamente il Servizio Antifrode al numero 02 8736 5521 (attivo 24 ore su 24) per bloccarla e mettere in sicurezza il conto.

Se ha disposto Lei l'operazione, non è necessario fare nulla: il bonifico verrà eseguito automaticamente entro 2 ore.

Per la Sua sicurezza non risponda a questa e-mail e non comunichi a nessuno i Suoi codici.

Intesa Sanpaolo S.p.A.
"""
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#007a3d;color:#fff;padding:18px 26px;font-size:20px;font-weight:bold">Intesa Sanpaolo <span style="font-weight:normal;font-size:14px">| Avviso di sicurezza</span></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:22px;color:#333">
<p>Gentile Cliente,</p><p>&egrave; stata registrata una richiesta di <b>bonifico istantaneo</b> dal Suo conto aziendale:</p>
<table style="font-size:14px;background:#f7f7f7;width:100%%" cellpadding="6"><tr><td>Importo</td><td><b>4.870,00 EUR</b></td></tr><tr><td>Beneficiario</td><td>MARIO CONTI</td></tr><tr><td>IBAN beneficiario</td><td>IT60X0542811101000000123456</td></tr><tr><td>Data</td><td>08/12/2026 ore 07:09</td></tr></table>
<p>L'operazione &egrave; stata temporaneamente sospesa dai nostri sistemi antifrode.</p>
<p style="background:#fff4e5;border-left:4px solid #e67e00;padding:10px">Se <b>NON</b> riconosce questa operazione, contatti immediatamente il <b>Servizio Antifrode</b> al numero <b style="font-size:18px">02 8736 5521</b> (attivo 24 ore su 24) per bloccarla e mettere in sicurezza il conto.</p>
<p>Se ha disposto Lei l'operazione, non &egrave; necessario fare nulla: il bonifico verr&agrave; eseguito automaticamente entro 2 ore.</p>
<p style="font-size:12px;color:#777">Per la Sua sicurezza non risponda a questa e-mail e non comunichi a nessuno i Suoi codici.<br>Intesa Sanpaolo S.p.A.</p>
</td></tr></table></body></html>
"""
    body = ALT(r, T(text, "utf-8", "base64"), H(html, "utf-8", "base64"))
    return build(ctx, r, {
        "From": addr("Intesa Sanpaolo", snd), "To": S["ricci"]["addr"],
        "Subject": "Bonifico istantaneo in attesa di conferma - 4.870,00 EUR",
    }, body)


@attack("it", "registro-imprese-logistiche-offerta-mascherata",
        "Fake directory 'Registro Nazionale Imprese Logistiche' asks to confirm/sign the 2027 data-update form; the signature is a 3-year order at EUR 997 + VAT per year",
        "Official-sounding private directory mimicking a chamber-of-commerce update, reference to a 'pratica' number and deadline; small print in the PDF reveals a paid multi-year listing; sent by PHPMailer from a VPS (rnil-registro.it).")
def a21():
    t = utc(2026, 10, 29, 14, 40, 17, "IT")
    ctx = Ctx("a21", t, S["romano"]["addr"])
    snd = "segreteria@rnil-registro.it"
    r = infra.vps_direct(ctx, snd, "srv1.rnil-registro.it", "vmi2217841.contaboserver.net", "161.97.134.52",
                         mua="phpmailer", zone="IT", local_hop=False)
    text = """Spett.le Azienda,

Example Group Italia S.r.l.
Via Sommacampagna 63 - 37137 Verona (VR)
P.IVA %s

ai fini dell'aggiornamento annuale dei dati iscritti nel Registro Nazionale Imprese Logistiche (RNIL) per l'anno 2027, Vi invitiamo a verificare i dati riportati nel modulo allegato, a correggere eventuali inesattezze e a restituirlo timbrato e firmato entro il 13/11/2026.

Pratica n.: 2026/VR/04417
Settore: Logistica a temperatura controllata - Autotrasporto merci conto terzi

In assenza di riscontro, i dati attualmente presenti non potranno essere confermati.

Distinti saluti

Segreteria RNIL
Registro Nazionale Imprese Logistiche
Casella Postale 112 - 00187 Roma
""" % TAX["eg_it"][2:]
    pdfb = form_pdf(
        ["RNIL · Registro Nazionale Imprese Logistiche", "Ufficio Aggiornamento Dati · Casella Postale 112 · 00187 Roma · segreteria@rnil-registro.it"],
        "Modulo di aggiornamento dati 2027 – Pratica n. 2026/VR/04417",
        ["Si prega di verificare i dati, apportare le eventuali correzioni e restituire il modulo timbrato e firmato."],
        [("Ragione sociale", "Example Group Italia S.r.l."), ("Sede", "Via Sommacampagna 63, 37137 Verona (VR)"),
         ("Partita IVA", TAX["eg_it"][2:]), ("Attività", "Logistica a temperatura controllata"),
         ("Legale rappresentante", "________________________"), ("PEC", "________________________"),
         ("Quota annuale", "€ 997,00 + IVA"), ("Coordinate per il versamento", BANK["mule_dir_it"])],
        ["Timbro e firma per accettazione: ______________________________     Data: ______________"],
        ["Condizioni: la restituzione del presente modulo sottoscritto costituisce ordine di inserimento nella banca dati privata online www.rnil-registro.it "
         "per la durata di tre (3) annualità consecutive al costo di € 997,00 + IVA per ciascuna annualità, da corrispondere anticipatamente. "
         "Il contratto si rinnova tacitamente salvo disdetta a mezzo raccomandata A/R da inviare almeno 90 giorni prima della scadenza. "
         "Il RNIL è un servizio privato e non è collegato al Registro delle Imprese tenuto dalle Camere di Commercio né ad alcuna Pubblica Amministrazione. Foro competente: Roma."],
        ["RNIL – Registro Nazionale Imprese Logistiche · servizio editoriale privato"],
        dict(title="Modulo aggiornamento RNIL 2027", author="RNIL", creator="Writer", producer="LibreOffice 7.5",
             date=(2026, 10, 28, 10, 12, 9), tz="+01'00'"))
    body = MIXED(r, T(text, "Windows-1252", "quoted-printable"),
                 ATT(pdfb, "application/pdf", "Modulo_aggiornamento_RNIL_2027_VR04417.pdf"))
    return build(ctx, r, {
        "From": addr("RNIL - Ufficio Aggiornamento Dati", snd), "To": S["romano"]["addr"],
        "Subject": "Example Group Italia S.r.l. - Aggiornamento dati 2027 - Pratica n. 2026/VR/04417",
    }, body)


# ======================================================================
# BUSINESS
# ======================================================================

@business("it", "ferretti-copia-cortesia-fattura",
          "Genuine courtesy copy of Ferretti Trasporti invoice 1184/26 (already delivered through SdI), payment to the usual Banco BPM IBAN",
          "Real domain ferretti-trasporti.it via Aruba with Outlook from the carrier's office line; IBAN unchanged and identical to the letterhead; invoice also visible through the SdI channel (see business/21).",
          hn=["ferretti-variazione-iban-lookalike"])
def b17():
    t = utc(2026, 11, 2, 12, 10, 33, "IT")
    ctx = Ctx("b17", t, S["ricci"]["addr"])
    snd = "amministrazione@ferretti-trasporti.it"
    r = infra.aruba(ctx, snd, "PC-AMMIN02", "93.43.216.18")
    text = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 1184/26 del 31/10/2026, già inviata tramite Sistema di Interscambio.

Importo: € 16.213,40 (IVA inclusa)
Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/12/2026
IBAN: %s (Banco BPM)

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

""" % BANK["ferretti"] + FER_SIG
    pdfb = invoice_pdf(
        FER_HEAD, EG_IT, "COPIA DI CORTESIA – Fattura n. 1184/26",
        [("Data documento", "31/10/2026"), ("Cliente", "C-00871"), ("P.IVA cliente", TAX["eg_it"][2:]),
         ("Pagamento", "Bonifico 60 gg d.f.f.m."), ("Scadenza", "31/12/2026")],
        [("Data", 56, "l"), ("Descrizione", 110, "l"), ("Viaggi", 420, "r"), ("Importo €", 539, "r")],
        [("02-10/10", "Trazioni frigo Verona Quadrante Europa – Monaco, +4 °C", "9", "5.760,00"),
         ("13-24/10", "Trazioni frigo Verona – Amburgo Altenwerder, -20 °C", "4", "6.120,00"),
         ("27-31/10", "Distribuzione GDO Veneto, mezzi 2 temperature", "6", "1.410,00")],
        [("Imponibile", "13.290,00"), ("IVA 22%", "2.923,80"), ("Totale documento €", "16.213,80")],
        ["Documento privo di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72; l'originale è disponibile nell'area riservata del portale Fatture e Corrispettivi.",
         "Pagamento su IBAN %s – Banco BPM, filiale di Villafranca di Verona." % BANK["ferretti"]],
        FER_FOOT,
        dict(title="Fattura 1184/26", author="Ferretti Trasporti", creator="TeamSystem",
             producer="TeamSystem Enterprise – stampa PDF", date=(2026, 11, 2, 12, 4, 19), tz="+01'00'"))
    text = text.replace("16.213,40", "16.213,80")
    html = ohtml(text, "windows-1252", lang="IT")
    body = MIXED(r, ALT(r, T(text, "windows-1252", "quoted-printable"), H(html, "windows-1252", "quoted-printable")),
                 ATT(pdfb, "application/pdf", "Fattura_1184_26_copia_cortesia.pdf"))
    return build(ctx, r, {
        "From": addr("Ferretti Trasporti - Amministrazione", snd),
        "To": addr("Davide Ricci", S["ricci"]["addr"]),
        "Subject": "Invio copia di cortesia fattura n. 1184/26 del 31/10/2026",
    }, body)


@business("it", "ferretti-sollecito-urgente-sospensione",
          "Genuine urgent payment reminder from Chiara Colombo (Ferretti): invoices 1049/26 and 1071/26 overdue, pickups suspended from 14/12 unless paid; bank details explicitly unchanged",
          "Real address and infrastructure (Aruba, Outlook, the carrier's office IP), refers to earlier reminders, phone number of the office, bank details unchanged - pressure without a change of payment route.",
          hn=["ferretti-variazione-iban-lookalike"])
def b18():
    t = utc(2026, 12, 9, 16, 22, 5, "IT")
    ctx = Ctx("b18", t, S["ricci"]["addr"])
    snd = "c.colombo@ferretti-trasporti.it"
    r = infra.aruba(ctx, snd, "PC-COLOMBO", "93.43.216.18")
    text = """Gentile Dott. Ricci,

nonostante i nostri precedenti solleciti del 16/11 e del 30/11, risultano ancora insolute le seguenti fatture, scadute il 30/11/2026:

- n. 1049/26 del 30/09/2026 - € 11.408,20
- n. 1071/26 del 30/09/2026 - € 7.964,60
Totale: € 19.372,80

Mi dispiace doverLe scrivere in questi termini, ma in mancanza del pagamento entro venerdì 11/12 la Direzione ci ha chiesto di sospendere i ritiri programmati a partire da lunedì 14/12, compresi i carichi per Frutta Veneta.

Le coordinate bancarie restano invariate (Banco BPM, IBAN %s).

Se il pagamento è già stato disposto, Le chiedo cortesemente di inviarci la contabile così da poter sbloccare la posizione. Per qualsiasi chiarimento mi può chiamare allo 045 6301 488 (int. 3).

Cordiali saluti

Chiara Colombo
""" % BANK["ferretti"] + FER_SIG
    body = T(text, "iso-8859-15", "quoted-printable")
    return build(ctx, r, {
        "From": addr("Chiara Colombo", snd), "To": addr("Davide Ricci", S["ricci"]["addr"]),
        "Cc": addr("Giulia Romano", S["romano"]["addr"]),
        "Subject": "SOLLECITO URGENTE - fatture scadute 1049/26 e 1071/26 - sospensione ritiri",
    }, body)


@business("it", "malattia-mail-privata",
          "Dispatcher reports sick leave from his private Libero address: fever, GP certificate until Friday, INPS protocol number, colleague covers pickups",
          "Private address but purely informational; INPS protocol number is what employers receive; no request for money, data or credentials.")
def b19():
    t = utc(2026, 11, 16, 7, 5, 40, "IT")
    ctx = Ctx("b19", t, S["romano"]["addr"])
    snd = "m.esposito84@libero.it"
    r = infra.libero(ctx, snd)
    text = """Ciao Giulia,

stanotte mi è salita la febbre a 39 e stamattina il medico di base mi ha messo in malattia fino a venerdì 20 compreso. Il numero di protocollo del certificato telematico INPS è 4471920817.

Ho già sentito Renato Gallo: domani copre lui i ritiri da Frutta Veneta a Sona (due viaggi, come da programma). Il file dei giri della settimana è nella cartella condivisa "Dispo VR".

Scusa per il disagio, se serve sono raggiungibile al cellulare.

Marco
"""
    body = T(text, "UTF-8", "quoted-printable", style="bare")
    return build(ctx, r, {
        "From": addr("Marco Esposito", snd), "To": addr("Giulia Romano", S["romano"]["addr"]),
        "Subject": "Malattia - protocollo certificato",
    }, body)


@business("it", "newsletter-logistica-del-freddo-mailup",
          "Subscribed Italian trade newsletter 'Logistica del Freddo' via MailUp with List-Unsubscribe",
          "Consistent ESP (MailUp) and sender domain, List-Unsubscribe headers, editorial content only.")
def b20():
    t = utc(2026, 10, 22, 8, 30, 4, "IT")
    ctx = Ctx("b20", t, S["romano"]["addr"])
    snd = "newsletter@logisticadelfreddo.it"
    cid = 58217
    r = infra.mailup(ctx, snd, cid)

    def trk():
        return "https://a8c4d.emailsp.com/f/rnl.aspx/?%s=%s&x=pv&%s" % (ctx.alnum(3, "abcdefghij"), ctx.alnum(12, "abcdefghij0123456789"), ctx.alnum(10, "abcdefghij0123456789"))
    arts = [("ATP: il nuovo calendario delle revisioni 2027", "Le motorizzazioni annunciano tempi più lunghi per i collaudi delle celle isotermiche: cosa fare per non fermare i mezzi."),
            ("Ondate di calore e catena del freddo", "Un'estate record ha messo sotto pressione gruppi frigo e piattaforme: i dati di tre operatori del Nord-Est."),
            ("Pacchetto mobilità: cabotaggio e rientro dei veicoli", "Le novità dei controlli tachigrafici intelligenti di seconda generazione per i trasporti internazionali a temperatura controllata.")]
    text = "LOGISTICA DEL FREDDO - Newsletter n. 42/2026\n\n"
    html = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#eef3f7;margin:0">'
            '<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,Arial,sans-serif">'
            '<tr><td style="background:#0d5c91;color:#fff;padding:20px;font-size:24px">Logistica del Freddo<br><span style="font-size:12px">Newsletter n. 42/2026 &middot; 22 ottobre 2026</span></td></tr>']
    for h, p in arts:
        u = trk()
        text += "%s\n%s\nLeggi tutto: %s\n\n" % (h, p, u)
        html.append('<tr><td style="padding:16px 20px 0 20px"><h3 style="color:#0d5c91;margin:0 0 6px 0">%s</h3><p style="font-size:13px;line-height:19px;color:#333">%s</p><a href="%s" style="color:#0d5c91;font-size:13px">Leggi tutto &raquo;</a></td></tr>' % (esc(h), esc(p), esc(u)))
    unsub = "https://a8c4d.emailsp.com/frontend/nl_catalog.aspx?uid=%s&cancel=1" % ctx.hex(16)
    foot = ("Ricevi questa newsletter perché ti sei iscritto su logisticadelfreddo.it con l'indirizzo %s.\n"
            "Per cancellarti: %s\nEdizioni Catena Fredda S.r.l. - Via Torricelli 25, 37135 Verona - P.IVA 03918470237") % (S["romano"]["addr"], unsub)
    text += foot
    html.append('<tr><td style="padding:24px 20px;font-size:11px;color:#888">%s</td></tr></table></body></html>' % esc(foot).replace("\n", "<br>"))
    body = ALT(r, T(text, "utf-8", "base64"), H("\n".join(html), "utf-8", "base64"))
    return build(ctx, r, {
        "From": addr("Logistica del Freddo", snd), "To": S["romano"]["addr"],
        "Subject": "Logistica del Freddo n. 42/2026: ATP, ondate di calore, pacchetto mobilità",
        "List-Unsubscribe": "<%s>, <mailto:unsubscribe-%d-%s@a8c4d.emailsp.com>" % (unsub, cid, ctx.hex(8)),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }, body)


@business("it", "aruba-fatturazione-nuova-fattura-ricevuta",
          "Genuine notification from the e-invoicing intermediary (Aruba Fatturazione Elettronica): new e-invoice 1184/26 received from Ferretti via SdI",
          "Sent by Aruba's own SMTP servers from the provider domain; points only to the provider's own portal; matches invoice 1184/26 (business/17).",
          hn=["sdi-notifica-scarto-svg"])
def b21():
    t = utc(2026, 11, 3, 6, 2, 11, "IT")
    ctx = Ctx("b21", t, S["ricci"]["addr"])
    snd = "noreply@fatturazioneelettronica.aruba.it"
    n = ctx.rng.randint(10, 19)
    r = infra.simple(ctx, snd, ("smtpdh%d-1.aruba.it" % n, "smtpdh%d-1.aruba.it" % n, "62.149.155.%d" % (140 + n), "1.3"),
                     [("Received", R("from fe-notify-%02d.fe.aruba.it ([10.10.%d.%d])" % (ctx.rng.randint(1, 9), ctx.rng.randint(1, 250), ctx.rng.randint(1, 250)),
                                     "by Aruba Outgoing Smtp  with ESMTPSA",
                                     "id %s; %s" % (ctx.alnum(18), rfcdate(ctx.at(1), "IT"))))],
                     {"Date": rfcdate(ctx.t, "IT"), "MIME-Version": "1.0",
                      "Message-ID": "<%s.%d@fatturazioneelettronica.aruba.it>" % (ctx.uuid(), ctx.ms())},
                     ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__BODY__"],
                     lambda *a: "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 5, 10 ** 6), ctx.rng.randint(10 ** 8, 10 ** 9), ctx.ms()))
    text = """Gentile Cliente,

ti informiamo che è stata ricevuta tramite il Sistema di Interscambio una nuova fattura elettronica:

Cedente/Prestatore: FERRETTI TRASPORTI S.P.A. (P.IVA %s)
Numero: 1184/26
Data: 31/10/2026
Importo: 16.213,80 EUR
Identificativo SdI: 13018847226

Puoi visualizzare e scaricare la fattura accedendo al pannello di Fatturazione Elettronica all'indirizzo https://fatturazioneelettronica.aruba.it/

Questa è una comunicazione automatica, ti preghiamo di non rispondere.

Aruba S.p.A. - Fatturazione Elettronica
""" % TAX["ferretti"][2:]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="border-bottom:3px solid #f39200;padding:12px 0;font-size:20px;color:#f39200"><b>Aruba</b> Fatturazione Elettronica</td></tr>
<tr><td style="padding:18px 0;line-height:21px"><p>Gentile Cliente,</p><p>ti informiamo che &egrave; stata ricevuta tramite il Sistema di Interscambio una nuova fattura elettronica:</p>
<table cellpadding="4" style="font-size:14px"><tr><td>Cedente/Prestatore:</td><td><b>FERRETTI TRASPORTI S.P.A.</b> (P.IVA %s)</td></tr><tr><td>Numero:</td><td>1184/26</td></tr><tr><td>Data:</td><td>31/10/2026</td></tr><tr><td>Importo:</td><td>16.213,80 EUR</td></tr><tr><td>Identificativo SdI:</td><td>13018847226</td></tr></table>
<p>Puoi visualizzare e scaricare la fattura accedendo al <a href="https://fatturazioneelettronica.aruba.it/">pannello di Fatturazione Elettronica</a>.</p>
<p style="font-size:12px;color:#777">Questa &egrave; una comunicazione automatica, ti preghiamo di non rispondere.<br>Aruba S.p.A. &ndash; Fatturazione Elettronica</p></td></tr></table></body></html>
""" % TAX["ferretti"][2:]
    body = ALT(r, T(text, "UTF-8", "quoted-printable"), H(html, "UTF-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Aruba Fatturazione Elettronica", snd), "To": S["ricci"]["addr"],
        "Subject": "Hai ricevuto una nuova fattura elettronica da FERRETTI TRASPORTI S.P.A.",
    }, body)
