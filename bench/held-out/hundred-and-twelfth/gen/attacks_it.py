"""Italian attack messages (5)."""
import assets
import data as D
import infra
from builder import register, html_outlook, to_plain, to_html, brand_page, esc


# ---------------------------------------------------------------------------
@register("attack", "it", "ade-avviso-bonario-zip-password")
def _(b):
    sender = "info@studiotecnicogalli.it"
    b.at(2026, 11, 16, 9, 12, 47, zone="IT").env(sender, "marco.bianchi@examplegroup.eu")
    b.style = "outlook_smtp"
    b.via(infra.aruba(b, client="WIN-R7T2KQ0LM3B", client_ip="196.251.83.140"))
    b.frm("Agenzia delle Entrate", sender, "iso-8859-1")
    b.to(("", "marco.bianchi@examplegroup.eu"))
    b.subject("Comunicazione di irregolarità - Avviso bonario n. 2026/0931847 (art. 54-bis DPR 633/72)", "iso-8859-1")
    b.set("Content-Language", "it")
    txt = """Gentile Contribuente,

a seguito del controllo automatizzato della dichiarazione IVA relativa al periodo d'imposta 2025, sono emerse irregolarità nei versamenti effettuati tramite modello F24, per le quali è stata emessa la comunicazione di irregolarità (avviso bonario) n. 2026/0931847.

Importo dovuto: EUR 4.318,62 (imposta, sanzioni ridotte e interessi)

Potrà regolarizzare la posizione beneficiando della riduzione delle sanzioni entro 60 giorni dal ricevimento della presente. In caso di mancato pagamento o di mancata presentazione di chiarimenti, l'importo sarà iscritto a ruolo.

Il dettaglio della comunicazione è contenuto nell'archivio allegato, protetto per motivi di riservatezza.
Password per l'apertura: AdE2026

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale di Torino - Ufficio Controlli
"""
    z = assets.make_zip("Avviso_bonario_2026_0931847.pdf.js", "// placeholder\n", password="AdE2026",
                        dt=(2026, 11, 16, 8, 51, 2), seed="it-ade")
    b.body(b.mixed(b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, "IT", charset="iso-8859-1"), "iso-8859-1")),
                   b.attach("application/x-zip-compressed", z, "Avviso_bonario_2026_0931847.zip")))
    b.meta("Fake Agenzia delle Entrate 'avviso bonario' (VAT irregularity notice) with a password-protected ZIP (ZipCrypto, password in the body) containing 'Avviso_bonario_2026_0931847.pdf.js'.",
           "Tax-office display name on a small engineering firm's Aruba mailbox used from an African IP; the real AdE sends such notices via PEC or to the tax intermediary, never as encrypted archives; double extension .pdf.js (script dropper placeholder); the password defeats gateway scanning.")


# ---------------------------------------------------------------------------
@register("attack", "it", "ferretti-iban-lookalike")
def _(b):
    sender = "c.colombo@ferretti-trasporti.com"
    b.at(2026, 10, 15, 11, 48, 20, zone="IT").env(sender, "marco.bianchi@examplegroup.eu")
    b.style = "outlook_smtp"
    b.via(infra.vps_client(b, "mail.ferretti-trasporti.com", "89.116.38.152", "srv612345.hstgr.cloud",
                           "154.47.24.190", client_helo="DESKTOP-UFV2A8C", zone="IT", bstyle="outlook_smtp"))
    b.frm("Chiara Colombo", sender, "windows-1252")
    b.to(("Marco Bianchi", "marco.bianchi@examplegroup.eu"), cs="windows-1252", outlook_quotes=True)
    b.cc(("Giulia Russo", "giulia.russo@example.com"), cs="windows-1252", outlook_quotes=True)
    b.subject("Variazione coordinate bancarie – Ferretti Trasporti S.p.A.", "windows-1252")
    b.set("Content-Language", "it")
    ib = D.F(D.ATT_FERRETTI)
    txt = """Buongiorno Dott. Bianchi,

con la presente Vi comunichiamo che, a seguito di una riorganizzazione interna della tesoreria del Gruppo, a partire dalla data odierna i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: FinecoBank S.p.A.
IBAN: %s
BIC/SWIFT: FEBIITM1

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di non utilizzare più le coordinate Banco BPM indicate nelle fatture precedenti, in quanto il conto è in fase di estinzione.

Approfittiamo per ricordarVi che risultano in scadenza il 20/10 le fatture n. 2026/4418 e 2026/4471 per un totale di € 11.942,80 (trasporti refrigerati Torino–Colonia di settembre). Vi saremmo grati se poteste confermarci via e-mail l'avvenuto aggiornamento e la data prevista del bonifico.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 34 – 37135 Verona
""" % ib
    b.body(b.alt(b.text(txt, "windows-1252"), b.html(html_outlook(txt, "IT", charset="windows-1252"), "windows-1252")))
    b.meta("Carrier bank-detail change: 'Chiara Colombo' of Ferretti Trasporti announces a new FinecoBank IBAN and chases two invoices.",
           "Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it on Aruba) on a Hostinger VPS with a faked Outlook X-Mailer; new account at a different bank 'because of treasury reorganisation', old account 'being closed', confirmation by e-mail only, due-date pressure. Hard negatives: business 17 and 18 (genuine Ferretti invoice and urgent reminder quoting the unchanged Banco BPM IBAN).")


# ---------------------------------------------------------------------------
@register("attack", "it", "sdi-scarto-fattura-credenziali")
def _(b):
    sender = "notifiche@sdi-fatturapa.it.com"
    b.at(2026, 11, 26, 14, 3, 11, zone="IT").env(sender, "giulia.russo@example.com")
    b.style = "esp"
    b.via(infra.sendgrid(b, "em7731.sdi-fatturapa.it.com"))
    b.frm("Sistema di Interscambio - Fatturazione Elettronica", sender)
    b.to(("", "giulia.russo@example.com"))
    b.subject("Notifica di scarto fattura elettronica n. FPR 118/26 – azione richiesta")
    url = "https://ivaservizi-agenziaentrate.it.com/portale/web/guest/notifiche?id=FPR11826&cf=11835500015"
    src = """Gentile utente,

il Sistema di Interscambio ha scartato la fattura elettronica n. FPR 118/26 del 24/11/2026 trasmessa da Example Italia S.r.l. (P.IVA %s) con il seguente codice di errore:

00305 - IdFiscaleIVA del CessionarioCommittente non valido

La fattura scartata si considera non emessa. Per evitare sanzioni per omessa fatturazione è necessario correggere e ritrasmettere il documento entro 5 giorni dalla data della notifica.

[[Accedi a Fatture e Corrispettivi|%s]]

L'accesso è consentito con SPID, CIE o credenziali Entratel/Fisconline.

Agenzia delle Entrate - Sistema di Interscambio
Questo messaggio è generato automaticamente, si prega di non rispondere.
""" % (D.EXAMPLE_IT_PIVA, url)
    head = '<div style="background:#0059b3;color:#fff;padding:16px 32px;font-size:17px">Agenzia delle Entrate &middot; Fatture e Corrispettivi</div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:10px 22px;background:#0059b3;color:#fff;text-decoration:none"),
                      head, "Agenzia delle Entrate - Via Giorgione 106 - 00147 Roma", title="Notifica SdI")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "base64"), b.html(html, "utf-8", "base64")))
    b.meta("Credential phishing: fake SdI rejection notice (code 00305) for an invoice of Example Italia, link to a fake 'Fatture e Corrispettivi' login.",
           "SdI notifications reach the company through its intermediary or PEC channel, not from sdi-fatturapa.it.com via SendGrid; the link imitates ivaservizi.agenziaentrate.gov.it on the it.com third-level domain to harvest SPID/Fisconline credentials; 5-day sanction threat. Hard negative: business 21 (genuine Aruba e-invoicing notification).")


# ---------------------------------------------------------------------------
@register("attack", "it", "finto-avvocato-escrow")
def _(b):
    sender = "r.martinelli@studiolegale-martinelli.com"
    b.at(2026, 11, 5, 17, 26, 3, zone="IT").env(sender, "marco.bianchi@examplegroup.eu")
    b.style = "roundcube"
    b.via(infra.vps_roundcube(b, "mail.studiolegale-martinelli.com", "141.94.212.58", "vps-a1d3f9e2.vps.ovh.net",
                              "5.253.204.33", zone="IT"))
    b.frm("Avv. Riccardo Martinelli", sender)
    b.to(("", "marco.bianchi@examplegroup.eu"))
    b.subject("Riservato – Operazione \"Gianduia\" / incarico Dott. Böhm")
    ib = D.F(D.ATT_LAWYER)
    txt = """Gentile Dott. Bianchi,

mi permetto di contattarLa su indicazione del Dott. Markus Böhm, Amministratore Delegato del Gruppo, che ha conferito al nostro studio l'incarico di assistere Example Group nell'acquisizione di una partecipazione di maggioranza in una società dolciaria piemontese.

L'operazione è coperta da un accordo di riservatezza e, fino alla comunicazione ufficiale prevista per il 16 novembre, non deve essere discussa con altri colleghi né con la sede di Colonia, ad eccezione del Dott. Böhm e del sottoscritto.

Per il perfezionamento dell'accordo di esclusiva è necessario costituire entro domani un deposito cauzionale di € 186.400,00 sul conto di garanzia (escrow) aperto presso il nostro corrispondente in Belgio:

Beneficiario: MRT Escrow Services SRL
IBAN: %s
BIC: TRWIBEB1XXX
Causale: Deposito cauzionale – Progetto Gianduia

Il Dott. Böhm Le confermerà a breve l'operazione per e-mail. La prego di procedere con la massima discrezione e di inviarmi la contabile del bonifico non appena disponibile.

Resto a disposizione per ogni chiarimento, preferibilmente via e-mail, poiché nei prossimi giorni sarò impegnato in riunioni presso la CONSOB.

Distinti saluti

Avv. Riccardo Martinelli
Studio Legale Martinelli & Partners
Via Visconti di Modrone 18 – 20122 Milano
""" % ib
    b.body(b.text(txt, "utf-8", "quoted-printable", flowed=True))
    b.meta("Fake lawyer (BEC): 'Avv. Martinelli' claims a mandate from the CEO for a confidential acquisition and asks the Italian accountant for a 186,400 EUR 'escrow deposit' to a Belgian Wise account by tomorrow.",
           "Newly registered law-firm domain on an OVH VPS with Roundcube; same day and same story as attack 01 (coordinated campaign); secrecy even towards HQ, escrow account of a third party abroad (BE IBAN at Wise), deadline, 'the CEO will confirm by e-mail', prefers e-mail over phone.")


# ---------------------------------------------------------------------------
@register("attack", "it", "svg-ordine-pasticceria")
def _(b):
    sender = "acquisti@pasticceriaborgonuovo.it"
    b.at(2026, 12, 3, 10, 18, 29, zone="IT").env(sender, "francesca.ricci@example.com")
    b.style = "phpmailer"
    b.via(infra.cpanel_exim(b, "srv14.hostingitalia-cp.net", "95.110.228.61", client_ip="194.26.192.77",
                            php_script="/home/borgonuo/public_html/wp-content/plugins/wp-file-cache/inc/cl.php",
                            uid="1052", user="borgonuo", zone="IT"))
    b.frm("Ufficio Acquisti - Pasticceria Borgo Nuovo", sender, "iso-8859-1")
    b.to(("", "francesca.ricci@example.com"))
    b.subject("Richiesta d'ordine cioccolatini e coperture Natale (rif. 1187)", "iso-8859-1")
    b.set("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    txt = """Buongiorno,

come anticipato telefonicamente al Vostro agente, Vi inviamo in allegato la nostra richiesta d'ordine per le festività: cioccolatini assortiti in confezione regalo, tavolette fondenti 70% e copertura al latte per il laboratorio.

Vi chiediamo cortesemente di confermarci prezzi e disponibilità entro venerdì, perché dobbiamo chiudere gli ordini di Natale.

Il documento è in formato protetto: per aprirlo basta cliccare su "Visualizza documento" e accedere con la Vostra e-mail aziendale.

Grazie e buona giornata
Ufficio Acquisti
Pasticceria Borgo Nuovo s.n.c.
"""
    link = "https://docs-borgonuovo.firebaseapp.com/ordine/1187?e=francesca.ricci@example.com"
    svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"620\" height=\"420\" viewBox=\"0 0 620 420\">\n"
           "<rect width=\"620\" height=\"420\" fill=\"#f4f4f4\"/>\n"
           "<rect x=\"60\" y=\"40\" width=\"500\" height=\"340\" fill=\"#ffffff\" stroke=\"#d0d0d0\"/>\n"
           "<rect x=\"60\" y=\"40\" width=\"500\" height=\"56\" fill=\"#b30b00\"/>\n"
           "<text x=\"84\" y=\"76\" font-family=\"Arial\" font-size=\"20\" fill=\"#ffffff\">Adobe Acrobat</text>\n"
           "<text x=\"84\" y=\"140\" font-family=\"Arial\" font-size=\"18\" fill=\"#222\">Ordine_1187_BorgoNuovo.pdf</text>\n"
           "<text x=\"84\" y=\"172\" font-family=\"Arial\" font-size=\"14\" fill=\"#555\">Documento protetto - 2 pagine - 318 KB</text>\n"
           "<text x=\"84\" y=\"210\" font-family=\"Arial\" font-size=\"14\" fill=\"#555\">Per visualizzare il documento accedere con l'e-mail aziendale.</text>\n"
           "<a xlink:href=\"%s\" href=\"%s\" target=\"_blank\">\n"
           "<rect x=\"84\" y=\"240\" width=\"230\" height=\"46\" rx=\"4\" fill=\"#1473e6\"/>\n"
           "<text x=\"108\" y=\"269\" font-family=\"Arial\" font-size=\"16\" fill=\"#ffffff\">Visualizza documento</text>\n"
           "</a>\n"
           "<text x=\"84\" y=\"350\" font-family=\"Arial\" font-size=\"11\" fill=\"#999\">Protetto da Adobe Document Cloud</text>\n"
           "</svg>\n") % (esc(link).replace('"', "&quot;"), esc(link).replace('"', "&quot;"))
    b.body(b.mixed(b.text(txt, "iso-8859-1", "quoted-printable"),
                   b.attach("image/svg+xml", svg.encode("utf-8"), "Ordine_1187_PasticceriaBorgoNuovo.svg")))
    b.meta("SVG attachment phishing: a pastry shop's 'Christmas order' as an SVG that mimics a protected Adobe document with a 'Visualizza documento' link.",
           "Sent by a PHP script on the shop's compromised WordPress hosting (X-PHP-Originating-Script in a plugin folder); an order as .svg is abnormal; the embedded link goes to a firebaseapp.com page with the recipient's address to harvest company credentials. The SVG is inert (no script, only an <a> link).")
