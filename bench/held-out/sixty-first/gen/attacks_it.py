"""Attack messages, Italian (5)."""
from kit import *


def a_carrier_bank_change():
    m = Mail("attack", "it", "carrier-bank-change-lookalike-zoho",
             "'Chiara Colombo' of Ferretti Trasporti announces new bank details from 1 December and asks that "
             "two open freight invoices (EUR 12,847.30) already be paid to the new IBAN",
             "Look-alike domain ferretti-trasporti.com (the carrier uses ferretti-trasporti.it) on Zoho Mail; "
             "traffic-office clerk suddenly handling treasury; IBAN at a different bank in Milan; 'official "
             "letter will follow by PEC'; phone 'under maintenance' to prevent a call-back.",
             pair=["carrier-schedule-update", "carrier-invoice-sdi-copy"])
    I = Ids(m.slug)
    t = utc(2026, 11, 19, 11, 4, 52)
    send(P.zoho, m, I, t, ("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), [S("acc_it")],
         "Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.p.A.", client_ip="91.80.%d.%d" % (
             I.int(1, 250), I.int(1, 250)), cc=[("Amministrazione Ferretti", "amministrazione@ferretti-trasporti.com")])
    body = """Gentile Dott. Esposito,

con la presente Vi informiamo che, a seguito della riorganizzazione dei nostri rapporti bancari, a decorrere dal 1° dicembre 2026 le coordinate per tutti i pagamenti a favore di Ferretti Trasporti S.p.A. saranno le seguenti:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. – Filiale di Milano
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Le precedenti coordinate presso Banco BPM non saranno più operative dalla stessa data. Vi chiediamo pertanto di aggiornare l'anagrafica fornitore e di disporre il bonifico delle fatture n. 2026/FT/1482 e 2026/FT/1519 (totale € 12.847,30), già scadute, direttamente sul nuovo conto.

La comunicazione ufficiale su carta intestata Vi verrà inoltrata via PEC nei prossimi giorni. Nel frattempo Vi preghiamo di confermarci per e-mail l'avvenuto aggiornamento, in quanto il nostro centralino è in manutenzione fino a fine settimana.

Ringraziando per la collaborazione, porgiamo cordiali saluti.

Chiara Colombo
Ufficio Traffico e Amministrazione
Ferretti Trasporti S.p.A.
Via Francia 21 – 37135 Verona
P.IVA %s
""" % (iban_fmt(BANK["att_ferretti"]), TAX["ferretti_piva"])
    m.body = alt(text(body, "UTF-8", "quoted-printable", qcs=False),
                 html("<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">"
                      + "<br>".join(esc(l) for l in body.split("\n")) + "</div>\r\n", "UTF-8",
                      "quoted-printable", qcs=False))
    return m


def a_sdi_html():
    m = Mail("attack", "it", "sdi-rejection-html-attachment",
             "'FatturaPA – Sistema di Interscambio' reports that an e-invoice was rejected (scarto 00404) and "
             "attaches the 'ricevuta di scarto' as HTML, which shows a Fisconline/Entratel login",
             "SdI notifications reach companies through PEC or the accredited channel, never as HTML files; "
             "sender domain is not agenziaentrate.gov.it / fatturapa.gov.it; mail injected by a PHP script on "
             "a compromised shared host; the HTML attachment harvests tax-portal credentials and PIN.",
             pair=["carrier-invoice-sdi-copy"])
    I = Ids(m.slug)
    t = utc(2026, 10, 27, 8, 15, 3)
    send(P.php_mailer, m, I, t, ("FatturaPA - Sistema di Interscambio", "sdi.notifiche@fatturapa-sdi.net"),
         [S("acc_it")], "Notifica di scarto – file IT%s_0a7F2.xml.p7m – Id SdI 14839271560" % TAX["own_it_piva"],
         server="webx42.hostingitalia-srv.it", server_ip="89.46.%d.%d" % (I.int(104, 111), I.int(2, 250)),
         script="/web/htdocs/www.agriturismo-valtidone.it/home/wp-content/plugins/wp-mailer/send.php",
         hcs="iso-8859-1", henc="Q", xmailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")
    body = """Sistema di Interscambio - Notifica di scarto

Identificativo SdI: 14839271560
Nome file: IT%s_0a7F2.xml.p7m
Data ricezione: 26/10/2026 17:42

Il file fattura è stato scartato per i seguenti motivi:
00404 - Fattura duplicata
00311 - CodiceDestinatario non valido

Il documento non si considera emesso. Per consultare la ricevuta di scarto completa e ritrasmettere il file entro 5 giorni, apra l'allegato ed effettui l'accesso con le credenziali Fisconline/Entratel.

Questo messaggio è generato automaticamente, si prega di non rispondere.
""" % TAX["own_it_piva"]
    page = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Agenzia delle Entrate - Fatture e Corrispettivi</title>
<style>body{font-family:"Titillium Web",Arial,sans-serif;margin:0;background:#f5f5f5}
.top{background:#0059b3;color:#fff;padding:16px 28px;font-size:20px}
.wrap{max-width:460px;margin:36px auto;background:#fff;padding:30px;border:1px solid #ddd}
label{display:block;font-size:13px;margin-top:14px;color:#333}
input{width:100%%;padding:8px;border:1px solid #999;font-size:14px}
button{margin-top:22px;background:#0066cc;color:#fff;border:0;padding:10px 26px;font-size:15px}</style></head>
<body><div class="top">Agenzia delle Entrate &middot; Fatture e Corrispettivi</div>
<div class="wrap"><h3 style="margin-top:0">Ricevuta di scarto n. 14839271560</h3>
<p style="font-size:13px">Per visualizzare la ricevuta e ritrasmettere il file accedi con le credenziali Fisconline o Entratel.</p>
<form action="https://fatturapa-sdi.net/sso/accesso.php" method="post">
<label>Codice fiscale / Nome utente</label><input name="cf" required>
<label>Password</label><input type="password" name="pw" required>
<label>PIN (prime 4 cifre)</label><input type="password" name="pin" maxlength="4">
<input type="hidden" name="piva" value="%s">
<button type="submit">Accedi</button></form>
<p style="font-size:11px;color:#777;margin-top:26px">&copy; Agenzia delle Entrate &ndash; Sistema di Interscambio</p></div></body></html>
""" % TAX["own_it_piva"]
    m.body = mixed(text(body, "iso-8859-1", "8bit"),
                   att(page.encode("utf-8"), "text/html", "Ricevuta_scarto_14839271560.html"))
    m.body.parts[1].charset = None
    return m


def a_rev_phish():
    m = Mail("attack", "it", "regulator-rev-vetinfo-credential-phish",
             "'Ministero della Salute – Sistema Informativo Veterinario': REV (electronic veterinary "
             "prescription) account must be re-verified by 27/11 or prescribing is suspended",
             "Regulator impersonation tailored to vets: REV/Vetinfo never mail through SendGrid from "
             "rev-vetinfo.it; suspension threat; link to a look-alike SSO page collecting SPID/Vetinfo credentials.",
             pair=[])
    I = Ids(m.slug)
    t = utc(2026, 11, 18, 7, 31, 20)
    send(P.sendgrid, m, I, t, ("Ministero della Salute - Vetinfo", "noreply@rev-vetinfo.it"), [S("mgr_it")],
         "REV – Ricetta Elettronica Veterinaria: verifica obbligatoria delle credenziali entro il 27/11/2026",
         em="em7713")
    link = "https://u3381902.ct.sendgrid.net/ls/click?upn=%s" % I.b64(110, url=True)
    body = """Ministero della Salute
Direzione Generale della Sanità Animale e dei Farmaci Veterinari
Sistema Informativo Veterinario – REV

Gentile utente,

a seguito dell'aggiornamento del sistema di tracciabilità del farmaco veterinario previsto dal Regolamento (UE) 2019/6 e dal D.Lgs. 218/2023, tutte le utenze abilitate all'emissione della Ricetta Elettronica Veterinaria devono confermare le proprie credenziali di accesso entro il 27/11/2026.

Struttura: Example Italia S.r.l. – Bologna
Stato utenza: in attesa di verifica

In assenza di verifica l'utenza verrà sospesa e non sarà più possibile emettere ricette elettroniche né registrare trattamenti in ClassyFarm fino alla riattivazione da parte della ASL competente.

Verifica le credenziali: %s

Cordiali saluti
Servizio Assistenza REV – Vetinfo

Messaggio generato automaticamente, non rispondere a questo indirizzo.
""" % link
    m.body = alt(text(body, "utf-8", "quoted-printable"),
                 html(html_simple(body).replace('<a href="%s">%s</a>' % (link, link),
                                                '<a href="%s" style="background:#006699;color:#fff;padding:8px 16px;'
                                                'text-decoration:none">Verifica le credenziali</a>' % link),
                      "utf-8", "quoted-printable"))
    return m


def a_zip_password():
    m = Mail("attack", "it", "password-zip-payment-reminder",
             "'Sollecito pagamento fattura n. 1187/2026' from a libero.it mailbox with a password-protected "
             "ZIP (password in the text) containing 'Fattura_1187-2026.pdf.js'",
             "Password-protected archive (ZipCrypto) to defeat scanning, inside a script with a double "
             "extension posing as PDF (here a one-line inert placeholder); no supplier relation with the "
             "sender; 'privacy/GDPR' pretext for the password; sent from a compromised consumer mailbox.",
             pair=["carrier-payment-reminder-urgent"])
    I = Ids(m.slug)
    t = utc(2026, 11, 4, 9, 52, 36)
    send(P.libero, m, I, t, ("Amministrazione – Cartotecnica Emiliana", "amministrazione.cartoemiliana@libero.it"),
         [S("acc_it")], "Sollecito pagamento fattura n. 1187/2026 – documentazione protetta",
         client_ip="5.90.%d.%d" % (I.int(1, 250), I.int(1, 250)))
    body = """Buongiorno,

con la presente sollecitiamo il pagamento della fattura in oggetto, scaduta il 31/10/2026, per un importo di € 3.486,20.

Per motivi di riservatezza (GDPR) la copia della fattura e l'estratto conto aggiornato sono in allegato in un archivio protetto.
Password per l'apertura: FT1187

Qualora abbiate già provveduto al pagamento, Vi preghiamo di inviarci copia della contabile.

Distinti saluti

Ufficio Amministrazione
Cartotecnica Emiliana s.n.c.
"""
    z = make_zip([("Fattura_1187-2026.pdf.js", b"inert placeholder for evaluation set audit64 (no code)\n",
                   (2026, 11, 4, 9, 40, 12))], password="FT1187", seed=m.slug)
    m.zip_pw = "FT1187"
    a = att(z, "application/zip", "Fattura_1187-2026.zip")
    a.zip_note = "ZipCrypto, password FT1187 in body; `Fattura_1187-2026.pdf.js`"
    m.body = mixed(text(body, "UTF-8", "quoted-printable", qcs=False), a)
    return m


def a_gift_cards():
    m = Mail("attack", "it", "ceo-gift-card-gmail",
             "'Jürgen Höfer' writes to the Bologna office manager from Gmail: buy 8 Amazon gift cards of "
             "EUR 150 as a surprise for the clinic staff and send photos of the codes",
             "Gift-card scam with CEO impersonation: private Gmail address, 'in a board meeting, cannot call', "
             "secrecy ('it must stay a surprise'), request for scratched codes by photo, reimbursement promise.",
             pair=["internal-notice-office-closure"])
    I = Ids(m.slug)
    t = utc(2026, 12, 9, 10, 17, 44)
    send(P.gmail, m, I, t, ("Jürgen Höfer", "juergen.hoefer.ceo@gmail.com"), [S("mgr_it")], "Richiesta riservata")
    body = """Ciao Giulia,

sei in ufficio? Ti scrivo da qui perché sono in riunione con il consiglio tutta la mattina e non posso telefonare.

Avrei bisogno di un favore con discrezione: vorrei ringraziare il team delle cliniche di Bologna per il lavoro di quest'anno con un piccolo regalo a sorpresa prima di Natale. Mi servono 8 carte regalo Amazon da 150 € l'una.

Puoi acquistarle oggi in una tabaccheria o al supermercato vicino all'ufficio, grattare il retro e mandarmi qui le foto dei codici? Ti rimborso tutto con la nota spese di dicembre.

Per ora non parlarne con nessuno, deve restare una sorpresa.

Grazie mille,
Jürgen
"""
    m.body = gmail_alt(body)
    return m


MESSAGES = [a_carrier_bank_change, a_sdi_html, a_rev_phish, a_zip_password, a_gift_cards]
