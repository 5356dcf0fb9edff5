"""Italian attack messages (17-21)."""
from common import *  # noqa: F401,F403


def a17():
    t = util.local("CET", 2026, 11, 2, 11, 37, 50)
    iban = BANK["ferretti_fraud"]
    body = D("""
        Spett.le Example Group Italia S.r.l.
        c.a. Ufficio Amministrazione

        con la presente Vi comunichiamo che, a seguito del trasferimento dei nostri rapporti bancari presso un nuovo istituto, a partire dalla data odierna le coordinate bancarie di Ferretti Trasporti S.p.A. sono variate come segue:

        Beneficiario: Ferretti Trasporti S.p.A.
        Banca: Banca Lombarda Digitale S.p.A. - Sede di Milano
        IBAN: %s
        BIC: BLDGITM1XXX

        Vi preghiamo di aggiornare la Vs. anagrafica fornitori e di disporre sulle nuove coordinate il pagamento delle fatture in scadenza, in particolare:

        - fattura n. 2026/1107 del 15/10/2026 - € 2.928,00
        - fattura n. 2026/1183 del 31/10/2026 - € 3.416,00

        Il conto presso Intesa Sanpaolo è in fase di estinzione: eventuali bonifici disposti sulle vecchie coordinate verranno respinti dalla banca.

        In allegato la comunicazione ufficiale su carta intestata. Per il trasloco degli uffici amministrativi i nostri numeri fissi non saranno attivi fino al 16/11; per qualsiasi chiarimento potete scrivere a questo indirizzo.

        Cordiali saluti

        Ufficio Amministrazione
        Ferretti Trasporti S.p.A.
        Via Postumia 118 - 26100 Cremona
        P.IVA %s
        """) % (fi(iban), VAT["ferretti"][2:])
    letter = D("""
        # Ferretti Trasporti S.p.A.
        Autotrasporti conto terzi - Via Postumia 118 - 26100 Cremona - P.IVA %s

        Spett.le Example Group Italia S.r.l.
        Via dei Liutai 14
        26100 Cremona

        Cremona, 02/11/2026

        ## Oggetto: comunicazione variazione coordinate bancarie

        Con la presente si comunica che, con decorrenza immediata, i pagamenti a favore di Ferretti Trasporti S.p.A.
        dovranno essere effettuati esclusivamente sul seguente conto corrente:

        Intestatario:  Ferretti Trasporti S.p.A.
        Banca:         Banca Lombarda Digitale S.p.A.
        IBAN:          %s
        BIC:           BLDGITM1XXX

        Le precedenti coordinate non sono più valide.

        Distinti saluti

        L'Amministratore Delegato
        Roberto Ferretti
        """) % (VAT["ferretti"][2:], fi(iban))
    return Msg("17-it-ferretti-variazione-iban", "attack",
               ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"), [S("cortesi")],
               "Variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
               ("CET", 2026, 11, 2, 11, 37, 50),
               ("postfix", dict(host="mail.ferretti-trasporti.com", ip="51.77.142.63", rdns="vps-3f8a21c4.vps.ovh.net",
                                client=("DESKTOP-A91KQ0E", None, "37.120.205.14"), mua="outlook")),
               mixed(alt(text(body, "windows-1252", "quoted-printable"),
                         html(html_outlook(body, "windows-1252", "IT"), "windows-1252", "quoted-printable")),
                     pdf_att(letter, "Comunicazione_variazione_coordinate_bancarie.pdf", title="Variazione coordinate",
                             creator="Microsoft® Word per Microsoft 365", producer="Microsoft® Word per Microsoft 365", t=t)),
               cc=[S("ferrante")], name_cs="windows-1252", name_enc="Q",
               what="Carrier bank-detail change: 'Ferretti Trasporti' accounts asks to pay two invoices to a new IBAN at another bank.",
               why="Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it) on an OVH VPS; new IBAN at an unrelated bank; old account 'being closed'; phones 'not working' to prevent call-back – carrier BEC.",
               techniques=["carrier bank-detail change (BEC)", "look-alike domain on VPS", "PDF lure"])


def a18():
    page = html_simple(D("""
        <div style="font-family:'Titillium Web',Geneva,Tahoma,sans-serif;max-width:560px;margin:30px auto;color:#19191a">
        <div style="background:#0066cc;color:#ffffff;padding:14px 20px;font-size:20px;font-weight:bold">Agenzia delle Entrate</div>
        <div style="border:1px solid #d9dadb;padding:20px">
        <h3 style="margin-top:0">Comunicazione n. 2026/8471532</h3>
        <p>Il documento &egrave; riservato al contribuente. Per visualizzare la comunicazione e il prospetto di calcolo accedi con le credenziali dei servizi telematici.</p>
        <form method="post" action="https://agenziaentrate-comunicazioni.it/servizi/login.php">
        <p><label>Codice fiscale / Nome utente<br><input type="text" name="user" style="width:100%%"></label></p>
        <p><label>Password<br><input type="password" name="pass" style="width:100%%"></label></p>
        <p><label>Codice PIN<br><input type="password" name="pin" style="width:100%%"></label></p>
        <p><button type="submit" style="background:#0066cc;color:#ffffff;border:0;padding:10px 24px">Accedi</button></p>
        </form>
        <p style="font-size:12px;color:#5c6f82">Servizi telematici Entratel / Fisconline - Comunicazione ai sensi dell'art. 54-bis del DPR 633/1972</p>
        </div></div>"""), "utf-8", "Agenzia delle Entrate - Area riservata")
    body = D("""
        Gentile Contribuente,

        a seguito del controllo automatizzato della dichiarazione IVA relativa al periodo d'imposta 2025 sono emerse irregolarità nei versamenti (comunicazione n. 2026/8471532).

        La comunicazione completa e il prospetto di calcolo sono disponibili nel documento allegato, consultabile previa autenticazione con le credenziali dei servizi telematici.

        Ai sensi dell'art. 2 del D.Lgs. 462/1997 è possibile regolarizzare la posizione entro 60 giorni dal ricevimento della presente, con la riduzione delle sanzioni a un terzo. Decorso tale termine, le somme dovute saranno iscritte a ruolo.

        Distinti saluti

        Agenzia delle Entrate
        Direzione Provinciale di Cremona - Ufficio Controlli
        """)
    return Msg("18-it-agenzia-entrate-comunicazione-html", "attack",
               ("Agenzia delle Entrate", "comunicazioni@agenziaentrate-comunicazioni.it"), [S("cortesi")],
               "Comunicazione di irregolarità ai sensi dell'art. 54-bis DPR 633/1972 - Prot. n. 2026/8471532",
               ("CET", 2026, 11, 12, 8, 55, 18),
               ("exim", dict(host="srv04.webhosting-lombardia.it", ip="89.46.108.74", client_ip="127.0.0.1",
                             php_script="1042:wp-content/plugins/wp-fastcache/inc/cache.php", local=True)),
               mixed(text(body, "iso-8859-15", "quoted-printable"),
                     html_att(page, "Comunicazione_2026-8471532.html")),
               name_cs="iso-8859-15", name_enc="Q",
               what="Tax-office credential phishing: 'Agenzia delle Entrate' irregularity notice with an HTML attachment containing a login form for Entratel/Fisconline username, password and PIN.",
               why="Sent by a PHP script on a compromised WordPress host (X-PHP-Originating-Script), look-alike domain; the Agenzia delivers such notices via PEC/cassetto fiscale, never as an HTML login form; form posts credentials to the attacker.",
               techniques=["tax-office impersonation (Agenzia delle Entrate)", "HTML attachment with credential form", "compromised web server / PHPMailer"])


def a19():
    link = "https://siae-musicadambiente.it/rinnovo?codice=CR-2026-0188274"
    txt = D("""
        Gentile esercente,

        Le ricordiamo che l'abbonamento annuale per la diffusione di musica d'ambiente nel Suo punto vendita scade il 31/12/2026.

        Punto vendita: Example Group Italia S.r.l. - Via dei Liutai 14, 26100 Cremona
        Codice abbonamento: CR-2026-0188274
        Categoria: esercizi commerciali - superficie fino a 200 mq
        Importo 2027: € 412,80 (diritti d'autore e connessi)

        Rinnovando entro il 15/12/2026 mantiene la tariffa agevolata. In caso di mancato rinnovo, la diffusione di musica senza licenza nel locale è sanzionabile ai sensi della Legge 633/1941 e sarà segnalata agli organi di controllo.

        Rinnova ora con carta di pagamento:
        %s

        Cordiali saluti
        SIAE - Servizio Abbonamenti Musica d'Ambiente
        """) % link
    h = html_simple(D("""
        <div style="font-family:Arial,sans-serif;max-width:580px;color:#222222">
        <div style="background:#e30613;color:#ffffff;padding:14px 20px;font-size:22px;font-weight:bold">SIAE <span style="font-size:13px;font-weight:normal">Società Italiana degli Autori ed Editori</span></div>
        <p>Gentile esercente,</p>
        <p>Le ricordiamo che l'abbonamento annuale per la diffusione di <b>musica d'ambiente</b> nel Suo punto vendita scade il <b>31/12/2026</b>.</p>
        <table style="background:#f5f5f5;padding:10px;width:100%%;font-size:14px">
        <tr><td>Punto vendita</td><td>Example Group Italia S.r.l. - Via dei Liutai 14, 26100 Cremona</td></tr>
        <tr><td>Codice abbonamento</td><td>CR-2026-0188274</td></tr>
        <tr><td>Categoria</td><td>esercizi commerciali - superficie fino a 200 mq</td></tr>
        <tr><td>Importo 2027</td><td><b>&euro; 412,80</b></td></tr></table>
        <p>Rinnovando entro il <b>15/12/2026</b> mantiene la tariffa agevolata. In caso di mancato rinnovo, la diffusione di musica senza licenza nel locale è sanzionabile ai sensi della Legge 633/1941 e sarà segnalata agli organi di controllo.</p>
        <p><a href="%s" style="background:#e30613;color:#ffffff;padding:10px 22px;text-decoration:none">Rinnova ora</a></p>
        <p>Cordiali saluti<br>SIAE - Servizio Abbonamenti Musica d'Ambiente</p></div>""") % link, "utf-8", "SIAE")
    return Msg("19-it-siae-musica-ambiente-rinnovo", "attack",
               ("SIAE - Abbonamenti", "abbonamenti@siae-musicadambiente.it"), [S("ferrante")],
               "Rinnovo abbonamento musica d'ambiente 2027 - punto vendita Via dei Liutai 14, Cremona",
               ("CET", 2026, 11, 24, 10, 2, 33), ("ses", dict(region="eu-central-1")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Trade-specific payment phishing: fake SIAE renewal of the background-music licence for the Cremona shop, card payment link.",
               why="Look-alike domain (not siae.it) via Amazon SES; invented deadline and 'discount', threat of sanctions; card payment page on the attacker's domain. Music shops are prime targets for copyright-licence lures.",
               techniques=["collecting-society impersonation (SIAE)", "card-payment phishing", "bulk ESP abuse (Amazon SES)"])


def a20():
    body = D("""
        Ciao Nicolò,

        sei in ufficio? Ho bisogno di un favore veloce, ma per ora deve restare tra noi.

        Vorrei fare una sorpresa ai nostri clienti migliori per Natale (i liutai e le scuole di musica con cui lavoriamo di più) e ho promesso di mandare oggi dei buoni regalo. Mi servono 10 gift card Amazon da 100 € l'una. Riesci a comprarle tu al Carrefour o all'Esselunga qui vicino? Poi gratta il retro, fai una foto chiara dei codici e mandamele qui per mail. Ti rimborso tutto con la nota spese di dicembre.

        Sono in riunione con Klaus fino a tardi e non posso rispondere al telefono, scrivimi solo qui.

        Grazie mille!
        Giulia
        """)
    return Msg("20-it-gift-card-responsabile", "attack",
               ("Giulia Ferrante", "giulia.ferrante.cr@gmail.com"), [S("cortesi")],
               "Richiesta urgente", ("CET", 2026, 12, 11, 12, 14, 5), ("gmail", {}),
               alt(text(body, "utf-8", "quoted-printable"), html(html_gmail(body), "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="Gift-card scam: the 'office manager' asks the accountant to buy ten EUR 100 Amazon gift cards and send photos of the codes.",
               why="Display-name impersonation from a Gmail address not used by the real Giulia Ferrante (she writes from example.com); secrecy, unreachable by phone, gift cards as payment – classic gift-card BEC.",
               pairs=[],
               techniques=["gift-card scam", "internal impersonation via freemail"])


def a21():
    body = D("""
        Gentile utente,

        il file IT01846720199_A7K2Q.xml, relativo alla fattura n. 2026/FE/0961 del 23/10/2026, è stato scartato dal Sistema di Interscambio per il seguente motivo:

        Codice errore: 00404 - Fattura duplicata

        In allegato trova il dettaglio della notifica di scarto e il file originale.

        Si ricorda che la fattura scartata si considera non emessa: è necessario trasmettere nuovamente il file corretto entro 5 giorni dalla data della notifica di scarto.

        Sistema di Interscambio - FatturaPA
        Messaggio generato automaticamente, si prega di non rispondere.
        """)
    z = zip_att([("IT01846720199_A7K2Q_NS_001.xml.vbs",
                  b"INERT TEST PLACEHOLDER - not a real script (mail gateway evaluation)\n")],
                "IT01846720199_A7K2Q_NS_001.zip", seed="a21", dt=(2026, 10, 26, 9, 10, 2))
    return Msg("21-it-sdi-notifica-scarto-zip", "attack",
               ("Sistema di Interscambio - FatturaPA", "info@studiomarchesi-elaborazioni.it"), [S("cortesi")],
               "Notifica di scarto - file IT01846720199_A7K2Q.xml - Fattura n. 2026/FE/0961",
               ("CET", 2026, 10, 26, 9, 18, 40),
               ("aruba", dict(client_ip="5.181.234.17", mua=None)),
               mixed(text(body, "iso-8859-1", "8bit"), z),
               name_cs="iso-8859-1", name_enc="Q",
               what="E-invoicing malspam: fake SdI 'notifica di scarto' with a ZIP containing an .xml.vbs script.",
               why="SdI notifications arrive via PEC from the SdI's own addresses as signed XML, not from an unrelated accounting firm's ordinary mailbox (compromised Aruba account used from a foreign IP); the archive hides a VBScript behind a double extension.",
               techniques=["e-invoicing (SdI/FatturaPA) lure", "ZIP attachment with script (double extension)", "compromised mailbox"])


def messages():
    return [a17(), a18(), a19(), a20(), a21()]
