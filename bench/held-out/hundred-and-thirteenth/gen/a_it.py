"""Attack messages, Italian (17-21)."""
from util import *
from profiles import smtp_client, exo, brevo
from profiles2 import custom
from lib import qr, png, zipc
from lib.bank import fmt_iban
from company import IBAN, BIC, MID, EG_IT_PIVA
import threads as TH


def a17():
    m = Msg("attack", 17, "it", "vettore-cambio-iban-lookalike",
            "Carrier bank-detail change: 'Ferretti Trasporti - Amministrazione' announces new bank coordinates and asks to "
            "pay invoices 2026/1187 and 2026/1203 to an account at Banca Sella",
            "Domain ferrettitrasporti.it (no hyphen) instead of ferretti-trasporti.it, sent from an OVH VPS with a forged "
            "Outlook X-Mailer (the real carrier uses Microsoft 365); bank change by e-mail, 'old coordinates no longer "
            "operative', asks for written confirmation only.", pair="business 17, 18")
    m.rcpt = "francesca.rinaldi@example.com"
    m.t = T(2026, 11, 4, 11, 18, 40)
    c = m.ctx
    F = dict(frm=addr("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferrettitrasporti.it"),
             to=staff("francesca.rinaldi", "iso-8859-15"),
             subject=hval("Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", "iso-8859-15"),
             t=ago(m.t, 3), tz="IT", env="amministrazione@ferrettitrasporti.it", lang="it")
    smtp_client(m, F, relay="vps-5e1b9c07.vps.ovh.net", relay_ip="51.178.91.203", out_helo="mail.ferrettitrasporti.it",
                client_helo="DESKTOP-8KQ2F1M", client_rdns="unknown", client_ip="5.181.234.77",
                auth="amministrazione@ferrettitrasporti.it", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("ferrettitrasporti.it"), relay_tz="IT")
    iban = IBAN["att_ferretti_it"]
    text = """Gentile Dott.ssa Rinaldi,

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria di gruppo, a partire dal 1° novembre 2026 i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - Filiale di Biella
IBAN: %s
BIC/SWIFT: %s

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su queste coordinate il saldo delle seguenti fatture:

- n. 2026/1187 del 12/10/2026 - trasporto eccezionale yacht "Ostria" Genova - Lavrio: EUR 11.980,00
- n. 2026/1203 del 19/10/2026 - rientro carrello e scorta tecnica: EUR 2.745,00

Le coordinate precedenti presso Intesa Sanpaolo non sono più operative e gli eventuali bonifici verrebbero respinti con addebito delle commissioni.

Restiamo in attesa di una Vostra cortese conferma scritta dell'avvenuto aggiornamento.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Variante Aurelia 112 - 19038 Sarzana (SP)
""" % (fmt_iban(iban), BIC["att_ferretti_it"])
    m.notes.append("IBAN %s (IT, CIN + mod-97 valid)" % iban)
    m.body = Text(text, "plain", "iso-8859-15", "quoted-printable")
    return m


def a18():
    m = Msg("attack", 18, "it", "thread-hijack-ferretti-canva",
            "Thread hijack from the genuinely compromised mailbox of Chiara Colombo (Ferretti Trasporti, Microsoft 365): "
            "reply in the existing 'Trasporto yacht Ostria' thread with a link to 'DDT e fattura' on a Canva site",
            "Real sender and real thread, but: sent at 03:12, generic text unlike Chiara's earlier mails, documents "
            "'shared for confidentiality' on *.my.canva.site leading to a Microsoft sign-in clone (AiTM), same mail sent "
            "to many contacts (undisclosed recipients). Compromised-supplier pattern.", pair="business 18")
    m.rcpt = "alessandro.greco@example.com"
    m.t = T(2026, 10, 22, 3, 12, 16)
    c = m.ctx
    subj = "R: " + TH.FERRETTI_0_SUBJECT
    F = dict(frm=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to="undisclosed-recipients:;",
             subject=subj, topic=TH.FERRETTI_0_SUBJECT,
             t=ago(m.t, 3), env="c.colombo@ferretti-trasporti.it",
             irt=MID["ferretti_thread_1"], refs="%s\n %s" % (MID["ferretti_thread_0"], MID["ferretti_thread_1"]))
    exo(m, F, mbx="AM9PR04MB8473", prd="eurprd04", out=("EUR02-AM0-obe", "mail-am0eur02on2098", "40.107.247.98"),
        lang="it-IT", org="ferretti-trasporti.it", tenant="5c3e8d21-9b47-4f0a-a6d2-71e0c8b4f913")
    url = "https://ferretti-trasporti-ddt.my.canva.site/documenti-ostria-2026"
    quoted = quote_outlook_de("Chiara Colombo <c.colombo@ferretti-trasporti.it>", TH.FERRETTI_1_SENT_IT,
                              "Alessandro Greco <alessandro.greco@example.com>",
                              "R: " + TH.FERRETTI_0_SUBJECT, TH.FERRETTI_1_BODY, "it")
    text = """Buongiorno,

in allegato trova il DDT firmato e la fattura aggiornata relativi al trasporto in oggetto.
Per motivi di riservatezza i documenti sono condivisi tramite il nostro spazio documentale:

Visualizza documenti (2): %s

Resto a disposizione.

Cordiali saluti
Chiara Colombo
Ufficio Traffico - Ferretti Trasporti S.p.A.%s
""" % (url, quoted)
    m.notes.append("URL " + url)
    m.body = alt(m, text, outlook_html(text, "IT"), "iso-8859-1", "quoted-printable")
    return m


def a19():
    m = Msg("attack", 19, "it", "falso-avvocato-operazione-riservata",
            "Fake lawyer: 'Avv. Edoardo Valsecchi' claims to act for Dr. Hoffmann in a confidential acquisition and asks "
            "the Italian accountant to wire EUR 94,500 to an escrow account in Portugal by 14:00, cc'ing the CEO on a "
            "look-alike domain",
            "Lawyer on a recently registered domain hosted at Namecheap Private Email; CEO copied at examplegroup-eu.com "
            "(look-alike); confidentiality/insider-law pressure, same-day deadline, foreign beneficiary 'VLS Escrow "
            "Services Lda' - BEC fake-lawyer variant.", pair="business 08")
    m.rcpt = "francesca.rinaldi@example.com"
    m.t = T(2026, 11, 12, 10, 7, 29)
    c = m.ctx
    t = ago(m.t, 2)
    iban = IBAN["att_escrow_pt"]
    mid = "<%d.%d.%d@privateemail.com>" % (c.randint(100000000, 999999999), c.randint(10000, 99999), int(t.timestamp() * 1000))
    custom(m, ("mta-12.privateemail.com", "mta-12.privateemail.com", "198.54.118.212", "1.3"),
           "<e.valsecchi@valsecchi-legal.com>",
           [("Received", "from mta-12.privateemail.com (localhost [127.0.0.1])\n\tby mta-12.privateemail.com (Postfix) with ESMTP id %s;\n\t%s"
             % (c.postfix_qid(), fmt(ago(t, -1), "ET"))),
            ("Received", "from APP-04 (unknown [10.50.14.4])\n\tby mta-12.privateemail.com (Postfix) with ESMTPA;\n\t%s" % fmt(t, "ET"))],
           [("Date", fmt(t, "IT")), ("From", addr("Avv. Edoardo Valsecchi", "e.valsecchi@valsecchi-legal.com")),
            ("To", staff("francesca.rinaldi")), ("Cc", addr("Dr. Klaus Hoffmann", "klaus.hoffmann@examplegroup-eu.com")),
            ("Message-ID", mid), ("Subject", hval("Riservato – Operazione \"Adriatico\" / istruzioni di pagamento", "UTF-8", "Q")),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-Priority", "1"), ("Importance", "High"),
            ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"), ("X-Originating-Client", "open-xchange-appsuite")])
    text = """Gentile Dott.ssa Rinaldi,

mi presento: sono l'Avv. Edoardo Valsecchi dello Studio Valsecchi & Partners di Milano, incaricato dal Dott. Klaus Hoffmann di seguire per Example Group l'acquisizione di una quota di maggioranza di una società di gestione portuale in Croazia (Operazione "Adriatico").

Il Dott. Hoffmann, in copia, mi ha autorizzato a contattarLa direttamente, poiché la consociata italiana interviene come veicolo per il versamento della caparra confirmatoria. L'operazione è coperta da un accordo di riservatezza e, trattandosi di informazione privilegiata ai sensi del Regolamento (UE) n. 596/2014, La prego di non discuterne con colleghi né con la banca oltre lo stretto necessario fino all'annuncio ufficiale.

Le chiedo di disporre entro le ore 14:00 di oggi un bonifico urgente di EUR 94.500,00 sul conto di deposito vincolato (escrow) dello studio notarile incaricato:

Beneficiario: VLS Escrow Services Lda
Banca: Banco Comercial Português (Millennium BCP), Lisboa
IBAN: %s
BIC: %s
Causale: Caparra Op. Adriatico - rif. VLS/2026/0419

La prego di inviarmi la contabile non appena disponibile. Per qualsiasi chiarimento resto a disposizione esclusivamente via e-mail, poiché nelle prossime ore sarò in riunione con la controparte.

Distinti saluti

Avv. Edoardo Valsecchi
Studio Valsecchi & Partners
Via Fatebenefratelli 14 - 20121 Milano

Il presente messaggio è riservato e destinato esclusivamente al destinatario indicato.
""" % (fmt_iban(iban), BIC["att_escrow_pt"])
    m.notes.append("IBAN %s (PT, NIB + mod-97 valid)" % iban)
    m.body = Text(text, "plain", "UTF-8", "8bit", extra_params=[("format", "flowed")], quote_cs=False)
    return m


def a20():
    m = Msg("attack", 20, "it", "sdi-scarto-fattura-zip-password",
            "'Sistema di Interscambio' rejection notice for an e-invoice, with a password-protected ZIP (password in the "
            "body) containing 'Notifica_Scarto_...pdf.js'",
            "SdI notifications reach the channel the invoice was sent through (PEC/SFTP/web service), never an ordinary "
            "mail from a construction company's Aruba mailbox (compromised, logged in from abroad); encrypted archive to "
            "blind the gateway; double extension .pdf.js (script).", pair="business 17")
    m.rcpt = "francesca.rinaldi@example.com"
    m.t = T(2026, 11, 25, 8, 51, 3)
    c = m.ctx
    t = ago(m.t, 2)
    pw = "SDI2026"
    m.zip_password = pw
    custom(m, ("smtpdh16-2.aruba.it", "smtpdh16-2.aruba.it", "62.149.155.162", "1.2"), "<amministrazione@edilrossi-costruzioni.it>",
           [("Received", "from [192.168.1.33] ([45.134.26.118])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
             % (c.alnum(16), fmt(t, "IT"))),
            ("X-Sender", "amministrazione@edilrossi-costruzioni.it")],
           [("Date", fmt(t, "IT")), ("From", addr("Agenzia delle Entrate - Sistema di Interscambio", "amministrazione@edilrossi-costruzioni.it")),
            ("To", "francesca.rinaldi@example.com"),
            ("Subject", hval("Notifica di scarto - fattura elettronica IT%s n. FPR 418/2026" % EG_IT_PIVA, "iso-8859-1")),
            ("Message-ID", "<%s.%s@edilrossi-costruzioni.it>" % (c.hex(16), c.digits(6))),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0"), ("MIME", None)])
    text = """Gentile contribuente,

il file fattura IT%s_%s.xml (fattura n. FPR 418/2026) trasmesso in data 23/11/2026 è stato SCARTATO dal Sistema di Interscambio.

Identificativo SdI: %s
Codice errore: 00404 - Fattura duplicata
Esito: NS - Notifica di scarto

In allegato la ricevuta di scarto e il dettaglio degli errori riscontrati. Per motivi di sicurezza l'archivio è protetto da password.

Password: %s

Si ricorda che la fattura scartata si considera non emessa: è necessario procedere al reinvio entro 5 giorni dalla data della presente notifica per evitare le sanzioni previste dall'art. 6 del D.Lgs. 471/1997.

Agenzia delle Entrate
Sistema di Interscambio
""" % (EG_IT_PIVA, c.alnum(5).upper(), c.digits(10), pw)
    inner = "Notifica_Scarto_NS_IT%s_FPR418.pdf.js" % EG_IT_PIVA
    z = zipc.zipcrypto_zip([(inner, b"INERT PLACEHOLDER - in the original campaign this was a JScript loader; content removed.\n")],
                           pw, m.filename, dt=(2026, 11, 25, 8, 40, 12))
    m.notes.append("ZipCrypto password %s; member %s" % (pw, inner))
    m.body = Multipart("mixed", [
        Text(text, "plain", "iso-8859-1", "base64"),
        Attachment(z, "application/x-zip-compressed", "Notifica_Scarto_SDI_FPR418.zip")], c.boundary_nextpart(), preamble="This is a multipart message in MIME format.")
    return m


def a21():
    m = Msg("attack", 21, "it", "intesa-okey-quishing-png",
            "Bank quishing: 'Intesa Sanpaolo Business - mandatory re-activation of O-Key Smart by 20/11/2026', QR code "
            "attached as PNG",
            "Look-alike domain intesasanpaolo-impresa.com sending through Brevo; the bank does not ask to scan QR codes "
            "from e-mail; QR resolves to a credential/OTP harvesting page; account-block threat.", pair=None)
    m.rcpt = "francesca.rinaldi@example.com"
    m.t = T(2026, 11, 17, 9, 34, 57)
    c = m.ctx
    F = dict(frm=addr("Intesa Sanpaolo Business", "avvisi@intesasanpaolo-impresa.com"), to="francesca.rinaldi@example.com",
             subject=hval("Aggiornamento obbligatorio O-Key Smart entro il 20/11/2026", "windows-1252"), t=m.t)
    brevo(m, F, ip="185.41.28.114", host="mta-185-41-28-114.mailin.fr")
    url = "https://intesasanpaolo-impresa.com/okey/attivazione?c=IT-%s" % c.digits(6)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#006e3c;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">Intesa Sanpaolo <span style="font-weight:normal;font-size:14px">Business</span></td></tr>
<tr><td style="padding:24px">
<p>Gentile Cliente,</p>
<p>in applicazione delle nuove disposizioni europee sull’autenticazione forte dei pagamenti, tutte le utenze Business devono <b>riattivare la funzione O-Key Smart</b> entro il <b>20/11/2026</b>.</p>
<p>La procedura richiede meno di due minuti: inquadri con la fotocamera del suo smartphone il codice QR allegato a questa comunicazione e segua le istruzioni per confermare le credenziali e il numero di cellulare certificato.</p>
<p>Decorso il termine indicato, le disposizioni di bonifico e F24 dall’Internet Banking verranno temporaneamente sospese fino al completamento della procedura presso la filiale.</p>
<p>Cordiali saluti,<br>Intesa Sanpaolo S.p.A.<br>Servizio Clienti Imprese</p>
<p style="font-size:11px;color:#888">Messaggio generato automaticamente, si prega di non rispondere. Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino.</p>
</td></tr></table></body></html>
"""
    img = png.matrix_to_png(qr.encode(url, "M"), scale=7)
    m.notes.append("QR URL " + url)
    m.body = Multipart("mixed", [
        Text(html, "html", "windows-1252", "quoted-printable"),
        Attachment(img, "image/png", "QR_Attivazione_OKey.png")], m.boundary())
    return m


BUILDERS = [a17, a18, a19, a20, a21]
