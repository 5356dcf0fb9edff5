# -*- coding: utf-8 -*-
"""Italian attack messages 17-21."""
from lib.kit import *  # noqa
from lib import ids


def a17():
    fake = C.ACCT["ferretti_fake"]
    t = plainq("""Gentile Cliente,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, a decorrere dal 2 novembre 2026 le coordinate per i pagamenti a favore di Ferretti Trasporti S.p.A. sono le seguenti:

Banca: Banca Sella S.p.A. - Filiale di Biella
Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su tale conto anche il saldo delle fatture n. 2026/1843 e n. 2026/1902 in scadenza il 31/10/2026. Le coordinate precedenti non saranno più operative e gli eventuali bonifici verranno respinti.

In allegato la comunicazione firmata dal nostro Amministratore Delegato.

Per qualsiasi chiarimento potete rispondere direttamente a questa e-mail: a causa di un intervento sul centralino l'ufficio è temporaneamente raggiungibile solo per iscritto.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 24040 Ciserano (BG)
P.IVA %s""" % (fi(fake), C.TAX["ferretti"][2:]))
    letter = [("h", "FERRETTI TRASPORTI S.p.A."), ("s", "Autotrasporti conto terzi · Trasporti eccezionali · Via dell'Industria 27 · 24040 Ciserano (BG) · P.IVA %s" % C.TAX["ferretti"][2:]),
              ("sp", 16), ("r", "Spett.le"), ("r", "Example Group Italia S.r.l."), ("r", "Via Giovanni da Udine 34"), ("r", "20156 Milano"), ("sp", 10),
              "Ciserano, 26 ottobre 2026", ("sp", 6),
              ("b", "Oggetto: variazione coordinate bancarie"), ("sp", 4),
              "Con la presente si comunica che, a far data dal 02/11/2026, tutti i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:",
              ("sp", 4), ("row", [(0, "Banca:"), (35, "Banca Sella S.p.A. - Filiale di Biella")]), ("row", [(0, "IBAN:"), (35, fi(fake))]),
              ("row", [(0, "BIC:"), (35, "SELBIT2BXXX")]), ("sp", 6),
              "Le precedenti coordinate bancarie sono da considerarsi annullate.", ("sp", 10),
              "Distinti saluti", ("sp", 14), "Dott. Roberto Ferretti", "Amministratore Delegato"]
    body = Multi("mixed", [
        alt(t, simple_html(t, font="Verdana, sans-serif", size="13px", charset="iso-8859-15"), "iso-8859-15", "quoted-printable"),
        pdf_att(letter, "Comunicazione_variazione_IBAN_Ferretti.pdf", title="Variazione coordinate bancarie",
                producer="Microsoft: Print To PDF", when=T.berlin("2026-10-26 09:12"))])
    return Msg("attack", 17, "it", "carrier-iban-change-lookalike",
               frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferrettitrasporti.it"), to=S("it_acc"),
               subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
               when="2026-10-26 11:35:58",
               infra=I.postfix_server("mail.ferrettitrasporti.it", "54.38.92.117", rdns="vps-8d1e2f77.vps.ovh.net",
                                      mailer="roundcube", hcs=("iso-8859-15", "Q"),
                                      label="look-alike domain (no hyphen) on OVH VPS, Roundcube"),
               body=body, hcs=("UTF-8", "Q"),
               techniques=["carrier bank-detail change", "look-alike domain", "PDF letter"],
               what="'Ferretti Trasporti' announces a new IBAN and asks to pay two invoices due 31/10 there",
               why="ferrettitrasporti.it (no hyphen) is not ferretti-trasporti.it; OVH VPS with Roundcube; old account 'no longer operational'; office 'only reachable in writing' to prevent a call-back; 'Print to PDF' letter.",
               pair=17)


def a18():
    link = "https://ivaservizi.agenziaentrate-fatture.com/portale/web/guest/login?esito=00305&sdi=26104471"
    html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Fatture e Corrispettivi</title></head>
<body style="margin:0;background:#f5f5f5;font-family:'Titillium Web',Arial,sans-serif;color:#17324d">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">
<tr><td style="background:#0066cc;color:#ffffff;padding:18px 26px;font-size:19px"><b>Agenzia delle Entrate</b><br><span style="font-size:14px">Fatture e Corrispettivi &ndash; Servizio di notifica</span></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:23px">
<p>Gentile Contribuente,</p>
<p>il Sistema di Interscambio (SdI) ha elaborato il file <b>IT09765440962_3K7Q1.xml</b> relativo alla fattura elettronica <b>n. 2026/FE/0912 del 14/10/2026</b> e ha emesso una <b>notifica di scarto</b>:</p>
<table cellpadding="6" style="border:1px solid #d9dadb;font-size:14px;margin:10px 0">
<tr><td style="background:#f0f6fc">Identificativo SdI</td><td>26104471</td></tr>
<tr><td style="background:#f0f6fc">Codice errore</td><td>00305 &ndash; IdFiscaleIVA del cessionario/committente non valido</td></tr>
<tr><td style="background:#f0f6fc">Esito</td><td><b style="color:#d1344c">Scartata</b></td></tr></table>
<p>La fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 &egrave; necessario procedere alla riemissione entro <b>5 giorni</b> dalla data della presente notifica.</p>
<p>Per visualizzare il file di notifica e la fattura originale acceda all'area riservata con SPID, CIE o CNS:</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#0066cc;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold">Accedi all'area riservata</a></p>
<p style="font-size:13px;color:#5c6f82">Questo messaggio &egrave; generato automaticamente, si prega di non rispondere.<br>Agenzia delle Entrate &ndash; Via Giorgione 106, 00147 Roma &ndash; C.F. 06363391001</p>
</td></tr></table></td></tr></table></body></html>""" % link
    return Msg("attack", 18, "it", "sdi-einvoice-rejected-phish",
               frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@agenziaentrate-fatture.com"), to=S("it_mgr"),
               subject="Notifica di scarto - Fattura elettronica n. 2026/FE/0912 - Codice 00305",
               when="2026-10-21 09:47:13", infra=I.brevo(label="Brevo (bulk ESP)"),
               body=Text(html, "html", "utf-8", "quoted-printable"),
               techniques=["credential phishing: national e-invoicing system (SdI / Fatture e Corrispettivi)", "abused bulk ESP (Brevo)", "HTML-only message"],
               what="Fake SdI rejection notice for an e-invoice with a 'log in with SPID' link",
               why="SdI notifications arrive via PEC or the intermediary, never from agenziaentrate-fatture.com through an ESP; link leads to a look-alike of ivaservizi.agenziaentrate.gov.it; sanction and 5-day deadline; HTML-only.",
               pair=None)


def a19():
    zdata = Z.zipcrypto([("Fattura_287_2026.pdf.js", D.placeholder("js"))], "287fb", "a19",
                        when=(2026, 11, 3, 8, 52, 10))
    t = plainq("""Buongiorno,

in allegato Vi trasmettiamo la fattura n. 287/2026 relativa ai lavori di adeguamento dell'impianto idraulico nel vano ascensore presso il condominio di Via Padova 112, che a oggi risulta ancora insoluta.

Per motivi di privacy il documento è protetto da password.
Password: 287fb

Vi preghiamo di darci riscontro del pagamento entro la settimana.

Cordiali saluti

Amministrazione
Termoidraulica Bassi S.r.l.
Via Cavallotti 18 - 20093 Cologno Monzese (MI)
Tel. 02 2530 4418""")
    body = Multi("mixed", [Text(t, "plain", "iso-8859-1", "8bit"),
                           Attach(zdata, "application/x-zip-compressed", "Fattura_287_2026.zip")])
    return Msg("attack", 19, "it", "password-zip-invoice-compromised-smb",
               frm=("Termoidraulica Bassi S.r.l.", "amministrazione@termoidraulicabassi.it"), to=S("it_acc"),
               subject="Sollecito fattura n. 287/2026 - Condominio Via Padova 112", when="2026-11-03 09:02:47",
               infra=I.aruba(mailer="outlook", client_ip="196.251.72.14", label="compromised small-business mailbox on Aruba (login from abroad)"),
               body=body,
               techniques=["password-protected archive (ZipCrypto) with script", "compromised small-business mailbox", "invoice reminder lure"],
               what="'Invoice reminder' from a small plumbing firm with a password-protected ZIP containing Fattura_287_2026.pdf.js",
               why="A PDF invoice does not need a password; the archive hides a JavaScript file (.pdf.js double extension) from scanners; the genuine Aruba mailbox was used from a foreign IP; no prior invoice from this firm in AP.",
               pair=19)


def a20():
    link = "https://inbiz-intesasanpaolo.com-autorizzazioni.net/inbiz/login?op=0412-7781"
    svg = D.svg_lure(["Distinta di bonifico SEPA n. 0412-7781", "Beneficiario: LIFTECH SRL",
                      "Importo: EUR 18.740,00 - Stato: in attesa di seconda firma",
                      "Revoca possibile entro le ore 18:00"],
                     link, "Autorizza o revoca", brand="Intesa Sanpaolo Inbiz", color="#00854a",
                     foot="Intesa Sanpaolo S.p.A. - Gruppo Bancario Intesa Sanpaolo")
    t = """Gentile Cliente,

nel Suo profilo Inbiz è presente una disposizione di bonifico SEPA in attesa di autorizzazione:

Numero disposizione: 0412-7781
Beneficiario: LIFTECH SRL
Importo: 18.740,00 EUR
Data esecuzione richiesta: 05/11/2026

Se non riconosce l'operazione, può revocarla entro le ore 18:00 di oggi consultando la distinta allegata. Trascorso tale termine la disposizione verrà eseguita con la seconda firma automatica.

Cordiali saluti

Intesa Sanpaolo - Servizio Clienti Imprese

Messaggio generato automaticamente, non rispondere a questo indirizzo."""
    body = Multi("mixed", [Text(t, "plain", "utf-8", "base64"),
                           Attach(svg, "image/svg+xml", "Distinta_bonifico_0412-7781.svg")])
    return Msg("attack", 20, "it", "bank-svg-attachment-inbiz",
               frm=("Intesa Sanpaolo", "inbiz-notifiche@intesasanpaolo-imprese.com"), to=S("it_mgr"),
               subject="Inbiz - Disposizione di bonifico n. 0412-7781 in attesa di autorizzazione",
               when="2026-11-05 12:18:34",
               infra=I.cpanel("srv-it12.hostingsolutions-web.it", "94.177.203.88", client_ip="45.141.215.64", mailer="phpmailer",
                              lang="it-IT", label="compromised cPanel host (Exim), PHPMailer"),
               body=body,
               techniques=["bank brand impersonation (business banking)", "SVG attachment with embedded link", "compromised web host"],
               what="Fake Intesa Sanpaolo Inbiz alert about a pending EUR 18,740 transfer, with an SVG 'slip' linking to a login page",
               why="intesasanpaolo-imprese.com is not the bank's domain; sent from a hacked shared host; the SVG contains only a link to a look-alike Inbiz login; fear of an unauthorised payment and 18:00 deadline.",
               pair=None)


def a21():
    acct = N.iban_be("967", "4827159")
    t = plainq("""Egregio Dott. Rinaldi,

sono l'Avv. Lorenzo Valenti dello Studio Valenti & Partners. Su incarico del Dott. Klaus Böhmer assistiamo Example Group nell'acquisizione di una società italiana attiva nella manutenzione di impianti elevatori. L'operazione è coperta da un accordo di riservatezza e sarà comunicata al mercato solo dopo il closing.

Il Dott. Böhmer mi ha indicato Lei come referente per la parte italiana. Per vincolare l'esclusiva è necessario disporre oggi stesso un deposito cauzionale di 186.400,00 EUR sul conto vincolato (escrow) dello Studio:

Beneficiario: Valenti & Partners Escrow Services
IBAN: %s
BIC: TRWIBEB1XXX
Causale: Deposito cauzionale - Progetto Levante

Il Dott. Böhmer Le scriverà a breve per confermarLe personalmente l'incarico. La prego, per gli obblighi derivanti dal Regolamento (UE) 596/2014 sugli abusi di mercato, di non discutere l'operazione con altri colleghi, inclusa l'amministrazione di Düsseldorf, fino all'annuncio ufficiale.

Resto a disposizione per qualsiasi chiarimento via e-mail.

Distinti saluti

Avv. Lorenzo Valenti
Valenti & Partners - Studio Legale e Tributario
Corso Venezia 36, 20121 Milano""" % fi(acct))
    return Msg("attack", 21, "it", "fake-lawyer-confidential-acquisition",
               frm=("Avv. Lorenzo Valenti", "l.valenti@valenti-legal.com"), to=S("it_mgr"),
               subject="Riservato - Progetto Levante / incarico Dott. Böhmer",
               when="2026-11-19 10:05:22",
               infra=I.postfix_server("mail.valenti-legal.com", "164.92.182.57", rdns=None, mailer="outlook", lang="it-IT",
                                      hcs=("iso-8859-1", "Q"), label="newly registered domain on DigitalOcean droplet (no rDNS), Outlook via SMTP"),
               body=alt(t, outlook_html(t, "iso-8859-1", "IT"), "iso-8859-1", "quoted-printable"),
               techniques=["fake lawyer (second stage of CEO fraud)", "secrecy / market-abuse pretext"],
               what="'Lawyer' acting for the CEO asks the Italian office manager to wire a EUR 186,400 escrow deposit today, in secret",
               why="Unknown law firm on a fresh domain hosted on a DigitalOcean droplet without reverse DNS; Belgian Wise account as 'escrow'; forbids talking to HQ finance; the Italian office has no authority for M&A payments; confirmation promised 'by the CEO' by e-mail only.",
               pair=21)


def messages():
    return [a17(), a18(), a19(), a20(), a21()]
