"""Italian (17-21) and Polish (22-26) attack messages."""
from common import (thread_index, A, Multi, P, Part, addr, assemble, boundary, esc, hdr_text, hdr_text_partial,
                    html_page, pdf, qr_png, register, simple_html, T, plus, fmt)
import banking as B
import senders as S
import zipgen
from attacks_en import fake_login_html
from threads import B20_MID, B20_SUBJ, DAVIDE_MID, esposito_quote

PIVA_EG_IT = B.it_piva("0417823023")
NIP_EG_PL = B.pl_nip("782264512")


@register("attack", 17, "it", "sdi-fattura-scartata",
          "Fake Agenzia delle Entrate / SdI notice: an e-invoice was rejected (code 00311), must be corrected within 5 days, 'log in with SPID/CIE' to see the notification.",
          "SdI receipts arrive via PEC / the Fatture e Corrispettivi portal, never from fattureecorrispettivi-ade.it; sent through Brevo with tracking links hiding a fake SPID login; sanction threat. Hard negative: business 19 (genuine SdI courtesy copy).")
def a17(r):
    t = T(2026, 11, 4, 10, 15, 22, "IT")
    rcpt = P("it_acc").addr
    prof = S.brevo(r, t, rcpt, "fattureecorrispettivi-ade.it")
    link = "https://8a1k2.r.bh.d.sendibt3.com/tr/cl/" + r.alnum(160, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    text = """Agenzia delle Entrate - Fatture e Corrispettivi

Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato la fattura elettronica sotto indicata:

Identificativo SdI: 11847263591
Numero fattura: 2026/1184 del 30/10/2026
Cedente/prestatore: EXAMPLE GROUP ITALIA S.R.L. - P.IVA IT%s
Codice errore: 00311 - 1.1.4 <CodiceDestinatario> non valido

Ai sensi della normativa vigente la fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni di cui all'art. 6 del D.Lgs. 471/1997 è necessario correggere e ritrasmettere il documento entro 5 giorni dalla data della notifica di scarto.

Il file di notifica (formato XML e PDF) è disponibile nell'area riservata:
%s

Accesso con SPID, CIE o CNS.

Cordiali saluti
Agenzia delle Entrate
Questa è una comunicazione automatica, si prega di non rispondere.
""" % (PIVA_EG_IT, link)
    html = html_page("""<div style="max-width:640px;margin:0 auto;font-family:Titillium Web,Arial,sans-serif;color:#1a1a1a">
<div style="background:#0066cc;color:#fff;padding:16px 22px;font-size:19px"><b>Agenzia delle Entrate</b> &middot; Fatture e Corrispettivi</div>
<div style="padding:20px 22px;font-size:15px;line-height:22px;border:1px solid #d9d9d9;border-top:0">
<p>Gentile contribuente,</p>
<p>il Sistema di Interscambio (SdI) ha <b>scartato</b> la fattura elettronica sotto indicata:</p>
<table cellpadding="6" style="font-size:14px;border-collapse:collapse;width:100%%">
<tr><td style="border-bottom:1px solid #eee;width:42%%">Identificativo SdI</td><td style="border-bottom:1px solid #eee">11847263591</td></tr>
<tr><td style="border-bottom:1px solid #eee">Numero fattura</td><td style="border-bottom:1px solid #eee">2026/1184 del 30/10/2026</td></tr>
<tr><td style="border-bottom:1px solid #eee">Cedente/prestatore</td><td style="border-bottom:1px solid #eee">EXAMPLE GROUP ITALIA S.R.L. - P.IVA IT%s</td></tr>
<tr><td>Codice errore</td><td>00311 - 1.1.4 &lt;CodiceDestinatario&gt; non valido</td></tr></table>
<p>Ai sensi della normativa vigente la fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni di cui all'art. 6 del D.Lgs. 471/1997 è necessario correggere e ritrasmettere il documento <b>entro 5 giorni</b> dalla data della notifica di scarto.</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#0066cc;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Visualizza notifica di scarto</a></p>
<p style="font-size:13px;color:#555">Accesso con SPID, CIE o CNS.</p>
<p>Cordiali saluti<br>Agenzia delle Entrate</p></div>
<p style="font-size:11px;color:#888;padding:0 22px">Questa è una comunicazione automatica, si prega di non rispondere.</p></div>""" % (PIVA_EG_IT, link), "ISO-8859-15")
    alt = Multi("alternative", [Part("text/plain", text, "ISO-8859-15", "quoted-printable"),
                                Part("text/html", html, "ISO-8859-15", "quoted-printable")], boundary(r, "generic"))
    hdrs = [("Date", prof["date"]), ("From", addr("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@fattureecorrispettivi-ade.it")),
            ("Reply-To", "noreply@fattureecorrispettivi-ade.it"), ("To", rcpt),
            ("Message-Id", prof["mid"]),
            ("Subject", "Notifica di scarto fattura elettronica n. 2026/1184 - Sistema di Interscambio"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt)


@register("attack", 18, "it", "ferretti-iban-lookalike",
          "Carrier bank-detail change: 'Chiara Colombo' of Ferretti Trasporti announces a new IBAN after a 'merger' and asks to pay two invoices there; PDF 'official letter' attached.",
          "Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it, hosted at Aruba) on a Hetzner VPS with Roundcube; new bank, old account 'closing', invites replies only by e-mail ('often out of the office'); invoices due. Hard negatives: business 17 and 18.")
def a18(r):
    t = T(2026, 10, 26, 11, 40, 3, "IT")
    rcpt = P("it_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.ferretti-trasporti.com", "static.117.83.21.65.clients.your-server.de",
                         "65.21.83.117", mua="roundcube", domain="ferretti-trasporti.com",
                         auth="c.colombo@ferretti-trasporti.com", zone="IT")
    ib = B.it_iban("03268", "11200", "052874193310")
    text = """Buongiorno dott. Bellini,

con la presente Vi comunichiamo che, a seguito della fusione per incorporazione della controllata Ferretti Logistica S.r.l., dal 1° novembre 2026 tutti i pagamenti relativi ai servizi di trasporto dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - Filiale di Brescia
IBAN: %s
BIC: SELBIT2BXXX

Il conto attualmente in uso verrà estinto a fine mese; eventuali bonifici disposti sul vecchio IBAN dopo tale data verranno respinti con addebito delle commissioni. Vi chiediamo pertanto di aggiornare l'anagrafica fornitore e di saldare sul nuovo conto le fatture in scadenza:

- fattura n. 2026/4417 del 30/09/2026 - € 8.940,00
- fattura n. 2026/4452 del 07/10/2026 - € 6.215,50

In allegato trova la comunicazione ufficiale firmata dal nostro Amministratore Delegato.

Per qualsiasi chiarimento può rispondere direttamente a questa e-mail: nei prossimi giorni sarò spesso fuori ufficio per le consegne di fine mese.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione e Traffico
Ferretti Trasporti S.p.A.
Via Industriale 41 - 25016 Ghedi (BS)
Tel. +39 030 905 1187
P.IVA %s
""" % (B.fmt_iban(ib), B.it_piva("0289117098"))
    letter = pdf([{"t": "FERRETTI TRASPORTI S.p.A.", "s": 14, "b": True},
                  {"t": "Via Industriale 41 - 25016 Ghedi (BS) - P.IVA " + B.it_piva("0289117098"), "s": 8}, "",
                  "Spett.le Example Group Italia S.r.l.", "Viale del Lavoro 33", "37135 Verona", "",
                  [(380, "Ghedi, 23 ottobre 2026")], "",
                  {"t": "Oggetto: variazione coordinate bancarie", "b": True}, "",
                  "Con la presente comunichiamo che a decorrere dal 01/11/2026 i pagamenti a nostro favore dovranno essere effettuati sul conto corrente intestato a Ferretti Trasporti S.p.A. presso Banca Sella S.p.A., IBAN " + B.fmt_iban(ib) + ".",
                  "Le precedenti coordinate bancarie non sono più valide a partire dalla stessa data.", "",
                  "Distinti saluti", "", "L'Amministratore Delegato", "Dott. Roberto Ferretti"], t, "IT",
                 title="Comunicazione variazione coordinate bancarie", author="Amministrazione",
                 producer="Microsoft: Print To PDF")
    body = Multi("mixed", [Part("text/plain", text, "windows-1252", "8bit", flowed=True),
                           Part("application/pdf", letter, filename="Comunicazione variazione coordinate bancarie.pdf",
                                fname_style="rfc2231")], boundary(r, "roundcube"))
    hdrs = [("MIME-Version", "1.0"), ("Date", prof["date"]),
            ("From", addr("Chiara Colombo", "c.colombo@ferretti-trasporti.com")),
            ("To", addr("Marco Bellini", rcpt)),
            ("Cc", "amministrazione@ferretti-trasporti.com"),
            ("Subject", "Variazione coordinate bancarie - Ferretti Trasporti S.p.A."),
            ("Message-ID", prof["mid"]), ("X-Sender", "c.colombo@ferretti-trasporti.com"),
            ("User-Agent", "Roundcube Webmail/1.6.9")]
    return assemble(r, prof, rcpt, hdrs, body, env="c.colombo@ferretti-trasporti.com")


@register("attack", 19, "it", "aruba-pec-rinnovo",
          "Fake Aruba renewal notice: the company's PEC mailbox expires in three days, renew and pay online or lose legally valid messages.",
          "Sent via a compromised WordPress site (cPanel, envelope wordpress@pasticceriaroma.it) with a spoofed 'Aruba PEC' display name from arubapec-rinnovi.it; HTML-only, link to a card-payment/credential page; urgency.")
def a19(r):
    t = T(2026, 11, 17, 8, 2, 55, "IT")
    rcpt = P("it_mgr").addr
    prof = S.cpanel(r, t, rcpt, "cloud211.webhostingitalia.net", "185.81.4.211", "127.0.0.1",
                    "wordpress@pasticceriaroma.it", "pasticceriaroma.it", mua="phpmailer", zone="IT", helo="localhost")
    link = "https://rinnovo.arubapec-rinnovi.it/areaclienti/login?casella=examplegroupitalia%40pec.it&ord=PEC-2026-771845"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff6a00;padding:16px 24px;color:#fff;font-size:24px;font-weight:bold">Aruba<span style="font-weight:normal">.it</span> <span style="font-size:14px">PEC</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px">
<p>Gentile Cliente,</p>
<p>ti informiamo che la casella di Posta Elettronica Certificata <b>examplegroupitalia@pec.it</b> scadrà il <b>20/11/2026</b>.</p>
<p>Alla scadenza la casella verrà sospesa: non potrai più inviare né ricevere messaggi con valore legale e, trascorsi 30 giorni, i messaggi archiviati saranno cancellati definitivamente.</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #eee;width:100%%">
<tr><td>Servizio</td><td>PEC Standard 1 GB</td></tr>
<tr><td>Durata rinnovo</td><td>1 anno</td></tr>
<tr><td>Importo</td><td>&euro; 5,90 + IVA</td></tr></table>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#ff6a00;color:#fff;padding:12px 34px;text-decoration:none;font-weight:bold;border-radius:3px">RINNOVA ORA</a></p>
<p>Se hai già provveduto al rinnovo, ignora questa comunicazione.</p>
<p>Cordiali saluti,<br>Il Team Aruba PEC</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;background:#fafafa">Aruba PEC S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)<br>Questo messaggio è stato inviato automaticamente, non rispondere.</td></tr>
</table></td></tr></table></body></html>
""" % link
    body = Part("text/html", html, "iso-8859-1", "base64")
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("Aruba PEC", "noreply@arubapec-rinnovi.it")),
            ("Subject", hdr_text("La tua casella PEC examplegroupitalia@pec.it è in scadenza", "iso-8859-1", "Q")),
            ("Message-ID", prof["mid"]),
            ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="wordpress@pasticceriaroma.it")


@register("attack", 20, "it", "verbale-pagopa-quishing",
          "Quishing: fake 'Polizia Locale di Verona' speeding fine for a demo car with a pagoPA QR code (inline PNG) for the 30 % reduced payment within 5 days.",
          "Fines are notified by registered letter or PEC, never by plain e-mail; sender verbali-polizialocale-verona.it via Amazon SES; the QR code decodes to pagopa-verbali.checkout-pay.com (not pagopa.gov.it / checkout.pagopa.it); 5-day discount pressure.")
def a20(r):
    t = T(2026, 11, 19, 9, 30, 14, "IT")
    rcpt = P("it_sales").addr
    prof = S.ses(r, t, rcpt)
    url = "https://pagopa-verbali.checkout-pay.com/avviso?iuv=01184417260934&cf=" + PIVA_EG_IT
    png = qr_png(url, 5)
    text = """COMANDO POLIZIA LOCALE DI VERONA
Ufficio Verbali

Avviso di accertamento di violazione al Codice della Strada
Verbale n. 2026/V/184417

Veicolo: Jeep Compass targa GK 418 TR
Intestatario: EXAMPLE GROUP ITALIA S.R.L.
Data e ora: 02/11/2026 ore 18:47
Luogo: Tangenziale Sud, km 4+200, direzione Vicenza
Violazione: art. 142 c. 8 C.d.S. - superamento del limite di velocità di oltre 10 km/h e non oltre 40 km/h (rilevato 83 km/h, limite 70 km/h)

Importo: € 42,00
Importo ridotto del 30% se pagato entro 5 giorni dalla notifica: € 29,40

Per il pagamento tramite pagoPA inquadri il codice QR riportato nella versione HTML di questa comunicazione.

Ai sensi dell'art. 126-bis C.d.S., entro 60 giorni il proprietario del veicolo deve comunicare i dati del conducente; in mancanza si applica la sanzione di cui all'art. 180 c. 8 C.d.S.

Comando Polizia Locale di Verona
"""
    html = html_page("""<div style="max-width:620px;font-family:Arial,sans-serif;font-size:14px;color:#222;line-height:20px">
<p style="font-size:17px"><b>COMANDO POLIZIA LOCALE DI VERONA</b><br>Ufficio Verbali</p>
<p><b>Avviso di accertamento di violazione al Codice della Strada<br>Verbale n. 2026/V/184417</b></p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Veicolo</td><td>Jeep Compass targa <b>GK 418 TR</b></td></tr>
<tr><td>Intestatario</td><td>EXAMPLE GROUP ITALIA S.R.L.</td></tr>
<tr><td>Data e ora</td><td>02/11/2026 ore 18:47</td></tr>
<tr><td>Luogo</td><td>Tangenziale Sud, km 4+200, direzione Vicenza</td></tr>
<tr><td>Violazione</td><td>art. 142 c. 8 C.d.S. (rilevato 83 km/h, limite 70 km/h)</td></tr>
<tr><td>Importo</td><td>€ 42,00 &ndash; <b>ridotto € 29,40</b> se pagato entro 5 giorni</td></tr></table>
<p>Paga subito con <b>pagoPA</b>: inquadra il codice QR con l'app della tua banca o con l'app IO.</p>
<p><img src="cid:%s" width="190" height="190" alt="QR pagoPA"></p>
<p style="font-size:12px;color:#555">Ai sensi dell'art. 126-bis C.d.S., entro 60 giorni il proprietario del veicolo deve comunicare i dati del conducente; in mancanza si applica la sanzione di cui all'art. 180 c. 8 C.d.S.</p>
<p>Comando Polizia Locale di Verona</p></div>""" % "qr-pagopa-184417")
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", html, "UTF-8", "quoted-printable")], boundary(r, "javamail"))
    rel = Multi("related", [alt, Part("image/png", png, filename="pagopa.png", disposition="inline",
                                      cid="qr-pagopa-184417")], boundary(r, "javamail"))
    hdrs = [("From", addr("Polizia Locale Verona - Ufficio Verbali", "notifiche@verbali-polizialocale-verona.it")),
            ("To", rcpt),
            ("Subject", hdr_text("Avviso di accertamento violazione C.d.S. – veicolo GK418TR – verbale n. 2026/V/184417", "UTF-8", "B")),
            ("MIME-Version", "1.0"), ("Date", prof["date"]), ("Message-ID", prof["mid"])]
    return assemble(r, prof, rcpt, hdrs, rel)


@register("attack", 21, "it", "thread-hijack-libero-zip",
          "Thread hijack from the compromised Libero mailbox of a real customer: reply to the month-old complaint thread with a password-protected ZIP (inside: a .vbs placeholder).",
          "Genuine sender address and real Italiaonline infrastructure, correct In-Reply-To/References (business 20 and Davide's answer), but a generic text, documents nobody asked for, ZipCrypto archive with password in the body and a script file inside - the classic Italian thread-hijacking malspam pattern.")
def a21(r):
    t = T(2026, 11, 26, 13, 48, 7, "IT")
    rcpt = P("it_sales").addr
    prof = S.italiaonline(r, t, rcpt, "93.44.121.18")
    inner = "Documentazione_Renegade_GN214XK.vbs"
    z = zipgen.zipcrypto_zip([(inner, b"' INERT PLACEHOLDER - evaluation sample, no code.\r\n")], "7731",
                             (2026, 11, 26, 13, 40, 2), seed="a21")
    text = """Buongiorno,

come concordato le invio in allegato la documentazione firmata e le foto aggiornate del paraurti.
Il file è protetto per motivi di privacy, la password è: 7731

Cordiali saluti
Francesco Esposito


""" + esposito_quote()
    html = "<!doctype html>\n<html>\n <head> \n  <meta charset=\"UTF-8\"> \n </head>\n <body>\n" + "".join(
        "  <p>%s</p>\n" % (esc(p) if p else "&nbsp;") for p in text.split("\n")[:8]) + \
        "  <blockquote type=\"cite\">\n" + "<br>\n".join(esc(x) for x in esposito_quote().split("\n")) + "\n  </blockquote>\n </body>\n</html>\n"
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", html, "UTF-8", "quoted-printable")],
                "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), 1795654087123))
    body = Multi("mixed", [alt, Part("application/zip", z, filename="Documentazione_Renegade_GN214XK.zip")],
                 "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), 1795654087122))
    hdrs = [("Date", prof["date"]), ("From", addr("Francesco Esposito", "f.esposito76@libero.it")),
            ("To", addr("Davide Russo", rcpt)), ("Message-ID", prof["mid"]),
            ("In-Reply-To", DAVIDE_MID), ("References", "%s %s" % (B20_MID, DAVIDE_MID)),
            ("Subject", "R: R: " + B20_SUBJ), ("MIME-Version", "1.0"), ("Importance", "Normal")]
    return assemble(r, prof, rcpt, hdrs, body, env="f.esposito76@libero.it")


# ====================================================================== Polish
@register("attack", 22, "pl", "ksef-token-wygasa",
          "Fake KSeF (national e-invoicing system) notice: the company's authentication token expires in two days, re-authenticate via a link or invoicing stops.",
          "KAS does not e-mail such notices and never from ksef-podatki.pl (real: ksef.podatki.gov.pl); sent with PHPMailer from a Hetzner VPS; link to a fake Profil Zaufany/KSeF login; threat of invoicing stop and sanctions. Hard negative: business 24.")
def a22(r):
    t = T(2026, 11, 16, 7, 45, 30, "PL")
    rcpt = P("pl_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.ksef-podatki.pl", "static.76.114.47.157.clients.your-server.de",
                         "157.90.114.76", client_ip="127.0.0.1", mua="phpmailer", domain="ksef-podatki.pl",
                         client_helo="localhost", zone="PL")
    link = "https://ap.ksef-podatki.pl/web/uwierzytelnienie?nip=%s&t=2026-11-18" % NIP_EG_PL
    text = """Krajowy System e-Faktur - powiadomienie

Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany dla podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) w Krajowym Systemie e-Faktur wygaśnie 18.11.2026 r. o godz. 23:59.

Po upływie tego terminu wysyłka faktur ustrukturyzowanych z Państwa systemu finansowo-księgowego nie będzie możliwa, a faktury wystawione przez kontrahentów nie będą pobierane. Wystawienie faktury z naruszeniem obowiązku korzystania z KSeF podlega sankcjom określonym w ustawie o VAT.

Aby zachować ciągłość fakturowania, prosimy o ponowne uwierzytelnienie podmiotu w Aplikacji Podatnika KSeF przy użyciu profilu zaufanego, podpisu kwalifikowanego lub pieczęci elektronicznej:

%s

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Krajowa Administracja Skarbowa
Ministerstwo Finansów
""" % (NIP_EG_PL, link)
    html = html_page("""<div style="max-width:640px;margin:0 auto;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;line-height:21px">
<div style="border-bottom:4px solid #d4213d;padding:12px 0;font-size:18px"><b>KSeF</b> &middot; Krajowy System e-Faktur</div>
<p>Szanowni Państwo,</p>
<p>informujemy, że token uwierzytelniający wygenerowany dla podmiotu <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b> (NIP %s) w Krajowym Systemie e-Faktur wygaśnie <b>18.11.2026 r. o godz. 23:59</b>.</p>
<p>Po upływie tego terminu wysyłka faktur ustrukturyzowanych z Państwa systemu finansowo-księgowego nie będzie możliwa, a faktury wystawione przez kontrahentów nie będą pobierane. Wystawienie faktury z naruszeniem obowiązku korzystania z KSeF podlega sankcjom określonym w ustawie o VAT.</p>
<p style="margin:24px 0"><a href="%s" style="background:#d4213d;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Uwierzytelnij podmiot</a></p>
<p style="font-size:12px;color:#666">Profil zaufany, podpis kwalifikowany lub pieczęć elektroniczna.<br>Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>
<p>Krajowa Administracja Skarbowa<br>Ministerstwo Finansów</p></div>""" % (NIP_EG_PL, link), "iso-8859-2")
    alt = Multi("alternative", [Part("text/plain", text, "iso-8859-2", "quoted-printable"),
                                Part("text/html", html, "iso-8859-2", "quoted-printable")], boundary(r, "phpmailer"))
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-podatki.pl")),
            ("Subject", hdr_text("KSeF: token uwierzytelniający wygasa 18.11.2026 - wymagane ponowne uwierzytelnienie", "iso-8859-2", "Q")),
            ("Message-ID", prof["mid"]), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="powiadomienia@ksef-podatki.pl")


@register("attack", 23, "pl", "partner-logistik-rachunek-lookalike",
          "Logistics-partner bank change: 'Tadeusz Zieliński' announces a new mBank account, asks to pay two invoices there and to ignore that the account is not yet on the VAT white list.",
          "Look-alike domain partner-logisitk.pl (real: partner-logistik.pl, on Google Workspace); sent from an OVH VPS; urging to ignore the white-list check (which protects the payer) is a decisive red flag; payment deadline 'Friday'. Hard negatives: business 22 and 23.")
def a23(r):
    t = T(2026, 10, 21, 12, 10, 18, "PL")
    rcpt = P("pl_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.partner-logisitk.pl", "vps-2e81b7c0.vps.ovh.net", "57.128.171.44",
                         client_ip="31.0.121.77", mua="outlook", domain="partner-logisitk.pl",
                         auth="t.zielinski@partner-logisitk.pl", zone="PL")
    ib = B.pl_iban("1140200", "0000360211874125")
    text = """Dzień dobry Panie Pawle,

w związku ze zmianą banku obsługującego naszą spółkę uprzejmie informuję, że od dnia 22.10.2026 r. płatności za usługi magazynowe i przeładunkowe prosimy kierować wyłącznie na nowy rachunek:

Partner Logistik sp. z o.o.
mBank S.A.
%s

Dotychczasowy rachunek w Santander Bank Polska zostanie zamknięty z końcem miesiąca. Nowy rachunek jest w trakcie zgłaszania do wykazu podatników VAT (tzw. biała lista) - aktualizacja wykazu może potrwać kilka dni roboczych, dlatego prosimy nie sugerować się chwilowym brakiem rachunku w wykazie. Potwierdzenie z banku przesyłam w załączniku.

Prosimy o uregulowanie na nowy rachunek faktur FV/2026/10/0871 (23 418,60 zł) oraz FV/2026/10/0902 (11 920,00 zł), których termin płatności upływa w piątek. Mechanizm podzielonej płatności bez zmian.

Z poważaniem

Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
ul. Obornicka 229, 60-650 Poznań
tel. +48 61 843 27 10, kom. +48 601 284 377
NIP %s
""" % (B.fmt_iban(ib), B.pl_nip("777318245"))
    conf = pdf([{"t": "mBank S.A.", "s": 14, "b": True}, {"t": "Bankowość Korporacyjna", "s": 9}, "",
                {"t": "Potwierdzenie posiadania rachunku bankowego", "s": 12, "b": True}, "",
                "mBank S.A. potwierdza, że Partner Logistik sp. z o.o., NIP " + B.pl_nip("777318245") +
                ", jest posiadaczem rachunku rozliczeniowego o numerze:", "", B.fmt_iban(ib), "",
                "Rachunek prowadzony jest w PLN od dnia 14.10.2026 r.", "",
                "Dokument wygenerowany elektronicznie, nie wymaga podpisu ani pieczęci."], t, "PL",
               title="Potwierdzenie rachunku", producer="iText 7.2.5", creator="mBank CompanyNet")
    body = Multi("mixed", [Part("text/plain", text, "windows-1250", "8bit"),
                           Part("application/pdf", conf, filename="Potwierdzenie_rachunku_mBank.pdf")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Tadeusz Zieliński", "t.zielinski@partner-logisitk.pl", "windows-1250", "Q")),
            ("To", addr("Paweł Łukasik", rcpt, "windows-1250", "Q")),
            ("Cc", addr("Agnieszka Wójcik", P("pl_mgr").addr, "windows-1250", "Q")),
            ("Subject", hdr_text("Zmiana rachunku bankowego - Partner Logistik sp. z o.o.", "windows-1250", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, t)), ("Content-Language", "pl")]
    return assemble(r, prof, rcpt, hdrs, body, env="t.zielinski@partner-logisitk.pl")


@register("attack", 24, "pl", "google-drive-share-abuse",
          "Abused genuine Google Drive sharing: a Gmail account named 'Tadeusz Zieliński' shares an 'invoice correction and bank change' PDF and asks to sign in with the Microsoft work account.",
          "Real Google infrastructure, but the sharer is partner.logistik.faktury@gmail.com (Reply-To), not the partner's own Workspace domain (compare business 23); the shared PDF is a lure page to a credential site; pretext invoice correction / account change.")
def a24(r):
    t = T(2026, 11, 24, 10, 2, 44, "PL")
    rcpt = P("pl_mgr").addr
    prof = S.google_notif(r, t, rcpt, bounce="doclist")
    fid = "1x" + r.alnum(31, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    link = "https://drive.google.com/file/d/%s/view?usp=sharing_eil_se_dm&ts=%x" % (fid, int(t.timestamp()))
    doc = "Partner Logistik - korekta FV-2026-11-1043 i zmiana rachunku.pdf"
    msg = ("Dzień dobry, przesyłam korektę faktury oraz potwierdzenie zmiany rachunku bankowego. "
           "Ze względów bezpieczeństwa dokument otwiera się po zalogowaniu kontem służbowym Microsoft 365. "
           "Pozdrawiam, Tadeusz Zieliński")
    text = """Tadeusz Zieliński udostępnił Ci ten dokument

%s

%s
%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Otrzymujesz tego e-maila, ponieważ użytkownik partner.logistik.faktury@gmail.com udostępnił Ci plik lub folder znajdujący się na Dysku Google.
""" % (msg, doc, link)
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td align="center" style="padding:24px">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px">
<tr><td style="padding:24px 24px 8px 24px;font-size:20px;color:#202124">Tadeusz Zieliński udostępnił Ci ten dokument</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043"><div style="background:#f1f3f4;border-radius:8px;padding:12px">%s</div></td></tr>
<tr><td style="padding:12px 24px"><a href="%s" style="font-size:14px;color:#202124;text-decoration:none;border:1px solid #dadce0;border-radius:16px;padding:6px 12px">&#128196; %s</a></td></tr>
<tr><td style="padding:12px 24px 24px 24px"><a href="%s" style="background:#0b57d0;color:#fff;border-radius:18px;padding:10px 24px;text-decoration:none;font-size:14px">Otwórz</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Otrzymujesz tego e-maila, ponieważ użytkownik partner.logistik.faktury@gmail.com udostępnił Ci plik lub folder znajdujący się na Dysku Google.</td></tr>
</table></td></tr></table>""" % (esc(msg), link, esc(doc), link))
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", html, "UTF-8", "quoted-printable")], boundary(r, "gmail"))
    hdrs = [("MIME-Version", "1.0"),
            ("Reply-To", addr("Tadeusz Zieliński", "partner.logistik.faktury@gmail.com", "UTF-8", "B")),
            ("X-No-Auto-Attachment", "1"), ("Message-ID", prof["mid"]), ("Date", prof["date"]),
            ("Subject", hdr_text("Dokument udostępniony Tobie: \"%s\"" % doc, "UTF-8", "B")),
            ("From", addr("Tadeusz Zieliński (przez Dysk Google)", "drive-shares-dm-noreply@google.com", "UTF-8", "B")),
            ("To", rcpt)]
    return assemble(r, prof, rcpt, hdrs, alt)


@register("attack", 25, "pl", "komornik-zajecie-html",
          "Fake bailiff notice of seizure of an employee's wage claim, with an HTML attachment 'Zawiadomienie' that shows a document-viewer login pre-filled with the recipient's address.",
          "Bailiffs deliver by post or e-Doręczenia, not HTML attachments; sent via a compromised florist's hosting account (cPanel) with a spoofed bailiff name; the HTML is a credential form posting to edoreczenia-dokument.com.")
def a25(r):
    t = T(2026, 12, 2, 11, 20, 33, "PL")
    rcpt = P("pl_mgr").addr
    prof = S.cpanel(r, t, rcpt, "s42.cyber-host.pl", "185.236.78.42", "41.216.188.23",
                    "sklep@kwiaciarnia-lilia.pl", "kwiaciarnia-lilia.pl", mua="outlook", zone="PL",
                    helo="[192.168.1.104]")
    att = fake_login_html("Dokument chroniony: Zawiadomienie KM 1847/26 (PDF, 2 strony)", "Microsoft",
                          "https://edoreczenia-dokument.com/km/1847-26/auth.php", rcpt,
                          "Aby wyświetlić dokument, potwierdź tożsamość adresem służbowym.", lang="pl",
                          charset="iso-8859-2", pwd_label="Hasło", btn="Zaloguj", heading="Microsoft")
    text = """Kancelaria Komornicza nr XII w Poznaniu
Komornik Sądowy przy Sądzie Rejonowym Poznań-Grunwald i Jeżyce w Poznaniu

Sygn. akt KM 1847/26

ZAWIADOMIENIE O ZAJĘCIU WIERZYTELNOŚCI

Działając na podstawie art. 881 i 882 k.p.c., zawiadamiam o zajęciu wynagrodzenia za pracę przysługującego dłużnikowi będącemu Państwa pracownikiem, w granicach określonych w art. 87 Kodeksu pracy, do wysokości należności 18 742,16 zł wraz z dalszymi odsetkami i kosztami egzekucyjnymi.

Wzywam pracodawcę do przekazywania zajętych kwot na rachunek komornika oraz do złożenia w terminie 7 dni oświadczenia, o którym mowa w art. 882 § 2 k.p.c.

Szczegóły (dane dłużnika, tytuł wykonawczy, rachunek komornika) zawiera zawiadomienie w załączniku. Ze względu na ochronę danych osobowych dokument jest zabezpieczony.

Komornik Sądowy
Andrzej Kaczmarek
"""
    body = Multi("mixed", [Part("text/plain", text, "iso-8859-2", "base64"),
                           Part("text/html", att, "iso-8859-2", "base64", filename="Zawiadomienie_KM_1847-26.html")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Komornik Sądowy Andrzej Kaczmarek - Kancelaria KM XII Poznań", "kancelaria@komornik-poznan12.pl", "iso-8859-2", "Q")),
            ("To", rcpt),
            ("Subject", hdr_text("Zawiadomienie o zajęciu wierzytelności - sygn. akt KM 1847/26", "iso-8859-2", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")]
    return assemble(r, prof, rcpt, hdrs, body, env="sklep@kwiaciarnia-lilia.pl")


@register("attack", 26, "pl", "otomoto-dealer-dsa",
          "Trade-specific phishing: 'OTOMOTO Dealer' demands re-verification of company and card data under the EU Digital Services Act or 84 listings will be hidden.",
          "Sender otomoto-dealer.pl via Amazon SES, not OTOMOTO's own domain; misuse of a real regulation (DSA art. 30, trader traceability) as pretext; card data and login requested via look-alike domain; deadline. Hard negative: business 26 (subscribed trade newsletter).")
def a26(r):
    t = T(2026, 10, 8, 14, 33, 6, "PL")
    rcpt = P("pl_mgr").addr
    prof = S.ses(r, t, rcpt)
    link = "https://konto.otomoto-dealer.pl/weryfikacja-dsa?dealer=EXAMPLE-GROUP-POZNAN&id=884217"
    text = """OTOMOTO Dealer

Szanowni Państwo,

zgodnie z art. 30 rozporządzenia (UE) 2022/2065 o usługach cyfrowych (DSA) jesteśmy zobowiązani do okresowej weryfikacji danych przedsiębiorców publikujących ogłoszenia w serwisie.

Dla konta EXAMPLE GROUP POLSKA - salon Poznań weryfikacja nie została zakończona. Prosimy o potwierdzenie danych firmy oraz metody płatności do 12.10.2026 r. Po tym terminie 84 aktywne ogłoszenia zostaną ukryte w wynikach wyszukiwania do czasu zakończenia weryfikacji.

Potwierdź dane: %s

Weryfikacja zajmuje ok. 3 minuty. Dziękujemy za współpracę.

Zespół OTOMOTO Dealer
""" % link
    html = html_page("""<div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif;color:#222;font-size:14px;line-height:21px">
<div style="background:#e30613;color:#fff;padding:14px 20px;font-size:22px;font-weight:bold">OTOMOTO <span style="font-weight:normal;font-size:14px">Dealer</span></div>
<div style="padding:20px;border:1px solid #ddd;border-top:0">
<p>Szanowni Państwo,</p>
<p>zgodnie z art. 30 rozporządzenia (UE) 2022/2065 o usługach cyfrowych (DSA) jesteśmy zobowiązani do okresowej weryfikacji danych przedsiębiorców publikujących ogłoszenia w serwisie.</p>
<p>Dla konta <b>EXAMPLE GROUP POLSKA - salon Poznań</b> weryfikacja nie została zakończona. Prosimy o potwierdzenie danych firmy oraz metody płatności <b>do 12.10.2026 r.</b> Po tym terminie <b>84 aktywne ogłoszenia</b> zostaną ukryte w wynikach wyszukiwania do czasu zakończenia weryfikacji.</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#e30613;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:bold">Potwierdź dane</a></p>
<p>Weryfikacja zajmuje ok. 3 minuty. Dziękujemy za współpracę.</p><p>Zespół OTOMOTO Dealer</p></div></div>""" % link)
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "base64"),
                                Part("text/html", html, "UTF-8", "base64")], boundary(r, "javamail"))
    hdrs = [("From", addr("OTOMOTO Dealer", "powiadomienia@otomoto-dealer.pl")), ("To", rcpt),
            ("Subject", hdr_text("Twoje ogłoszenia zostaną ukryte – potwierdź dane konta Dealer (DSA)", "UTF-8", "B")),
            ("MIME-Version", "1.0"), ("Date", prof["date"]), ("Message-ID", prof["mid"])]
    return assemble(r, prof, rcpt, hdrs, alt)
