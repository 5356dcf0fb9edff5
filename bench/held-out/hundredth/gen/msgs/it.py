# -*- coding: utf-8 -*-
"""Italian messages: attacks 17-21, business 17-21."""
import base64

from .common import *  # noqa: F401,F403

P = IB.pretty
FER_IBAN = IB.iban_it("05034", "11200", "000000004471")        # Banco BPM, Brescia (genuine)
ATK_SELLA = IB.iban_it("03268", "22300", "052879641520")       # Banca Sella (attack 19)
EG_IT_PIVA = IB.it_piva("0438127023")
FER_PIVA = IB.it_piva("0318544017")

ARUBA_FER = {"helo": "smtpcmd0871.aruba.it", "rdns": "smtpcmd0871.aruba.it", "ip": "62.149.156.71", "z": "DE", "lang": "it",
             "client": "outlook", "tls": "1.2",
             "inner": ["from PC-AMMIN02 ([93.57.%d.%d])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 3Kp9uFm7Wq2Zr3Kp9uPx1{ID}; {D}" % (61, 128)]}

SIG_CHIARA = """Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Orzinuovi 212 – 25125 Brescia
Tel. +39 030 354 8821 – Fax +39 030 354 8899
c.colombo@ferretti-trasporti.it
P.IVA %s""" % FER_PIVA


# ================================================================== ATTACKS
@msg("attack", 17, "it", "thread-hijack-compromised-carrier")
def a17(r):
    rcpt = S("it_acc")[1]
    url = "https://www.agriturismo-colleverde.it/wp-content/uploads/2026/11/doc/?e=%s" % base64.b64encode(rcpt.encode()).decode()
    body = """Buongiorno Niccolò,

come anticipato, ti inoltro la documentazione aggiornata relativa alla fattura 2026/0412 e all'estratto conto di ottobre, comprensiva delle note di credito per i due transfer annullati.

Per motivi di riservatezza il file è disponibile sul nostro spazio documentale condiviso:

Visualizza documento: Estratto_conto_Ferretti_ottobre_2026.pdf
%s

Per l'accesso è sufficiente confermare le credenziali aziendali (Microsoft 365).

Resto a disposizione, fammi sapere se riesci ad aprirlo.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.

Il 30/10/2026 11:42 Niccolò Ferraro ha scritto:
> Buongiorno Chiara,
>
> ti ringrazio per la fattura. Prima di metterla in pagamento avrei bisogno
> dell'estratto conto aggiornato al 31/10, perché dal nostro lato risultano
> ancora aperte le note di credito per i transfer del 9 e 16 ottobre
> (Peschiera – Malpensa), che poi sono stati annullati.
>
> Grazie e buona giornata,
> Niccolò
>
> --
> Niccolò Ferraro
> Amministrazione e Contabilità
> Example Group Italia S.r.l. – Via dell'Industria 14 – 37135 Verona
>
>> Il 29/10/2026 16:05 Chiara Colombo ha scritto:
>> Buonasera Niccolò,
>> in allegato la fattura n. 2026/0412 per i trasferimenti Lago di Garda
>> del mese di ottobre. L'originale è stato trasmesso tramite SdI.
>> Cordiali saluti
>> Chiara""" % url
    return dict(
        system="hosted", opts={"helo": "smtpcmd0874.aruba.it", "rdns": "smtpcmd0874.aruba.it", "ip": "62.149.156.74", "z": "DE", "client": "roundcube", "tls": "1.2",
                               "inner": ["from [102.89.%d.%d] ([102.89.%d.%d])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 7Qw2sLk9Hy4Tx7Qw2sRb{ID}; {D}" % ((r.randint(1, 250), r.randint(1, 250)) * 2)]},
        dt=at(2026, 11, 19, 7, 12, 44), frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S("it_acc")],
        in_reply_to="<000f01dc4a21$5d3e1a70$17bb4f50$@examplegroup.eu>",
        references="<001801dc48e3$2a9c4b10$7fd4e130$@ferretti-trasporti.it> <000f01dc4a21$5d3e1a70$17bb4f50$@examplegroup.eu>",
        subject="R: Fattura n. 2026/0412 – trasferimenti Lago di Garda ottobre", hcs="UTF-8", henc="Q",
        root=text(body, "UTF-8", "quoted-printable", flowed=True, wrap=True, width=76),
        what="Thread hijack from the genuinely compromised mailbox of the carrier's accountant: reply in a real invoice thread with a link to a 'shared document' requiring Microsoft 365 login",
        why="Real partner address and Aruba infrastructure, but sent via webmail from a Nigerian IP at 07:12 (she normally uses Outlook desktop); generic lure inserted into a three-week-old thread; link to a compromised WordPress site with the recipient's address base64-encoded; asks for corporate credentials",
        pair="b17")


@msg("attack", 18, "it", "sdi-rejection-spid-phish-mailgun")
def a18(r):
    link = "https://email.sdi-notifiche-fatturapa.it/c/eJx%s" % r.s(90, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    body = """AGENZIA DELLE ENTRATE – Sistema di Interscambio

NOTIFICA DI SCARTO

Gentile contribuente,

la fattura elettronica di seguito indicata, trasmessa per conto di EXAMPLE GROUP ITALIA S.R.L. (P.IVA %s), è stata scartata dal Sistema di Interscambio.

Identificativo SdI: 14588231907
Nome file: IT%s_00A7K.xml
Numero fattura: FE/2026/1187 del 16/11/2026
Importo: 18.420,00 €
Codice errore: 00305 – IdFiscaleIVA del CessionarioCommittente non valido

La fattura scartata si considera non emessa. Ai sensi della normativa vigente è necessario ritrasmettere il documento corretto entro 5 giorni dalla data della presente notifica; in caso contrario si applicano le sanzioni previste dall'art. 6 del D.Lgs. 471/1997 (dal 90%% al 180%% dell'imposta, con un minimo di 500 €).

Per consultare il dettaglio dell'esito e ritrasmettere la fattura, accedi all'area riservata "Fatture e Corrispettivi" con SPID o CIE:

%s

Cordiali saluti
Agenzia delle Entrate
Servizio Fatture e Corrispettivi

Messaggio generato automaticamente, si prega di non rispondere.""" % (EG_IT_PIVA, EG_IT_PIVA, link)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head>"
            "<body style=\"font-family:Titillium Web,Arial,sans-serif;font-size:14px;color:#17324d\">"
            "<table width=\"640\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#0066cc;color:#fff;padding:16px 24px;font-size:18px;font-weight:bold\">AGENZIA DELLE ENTRATE<br><span style=\"font-size:13px;font-weight:normal\">Sistema di Interscambio</span></td></tr>"
            "<tr><td style=\"padding:20px 24px\">\n"
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[2:-3])
            + "<p><a href=\"%s\" style=\"background:#0066cc;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold\">Accedi con SPID o CIE</a></p>\n"
              "<p>Cordiali saluti<br>Agenzia delle Entrate<br>Servizio Fatture e Corrispettivi</p>"
              "<p style=\"font-size:11px;color:#5c6f82\">Messaggio generato automaticamente, si prega di non rispondere.</p></td></tr></table></body></html>\n" % link)
    root = alt(r, "mailgun", text(body, "iso-8859-15", "quoted-printable"), Part("text/html", body=html, charset="iso-8859-15", cte="quoted-printable"))
    return dict(
        system="mailgun", opts={"mg": "mg.sdi-notifiche-fatturapa.it", "tag": "scarto"},
        dt=at(2026, 11, 17, 15, 8, 22), frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@sdi-notifiche-fatturapa.it"), to=[S("it_acc")],
        subject="Notifica di scarto – Fattura FE/2026/1187 – Identificativo SdI 14588231907", hcs="iso-8859-15", henc="Q",
        root=root,
        what="Fake SdI (Italian e-invoicing exchange) rejection notice with sanction threat; button to log in with SPID/CIE",
        why="SdI outcome notices reach the company through its e-invoicing intermediary or PEC, never from a look-alike domain via Mailgun; link is a Mailgun click-tracker to a fake SPID/CIE login; 5-day deadline and sanctions to create urgency; error code and file name copied from real notices",
        pair="b18")


@msg("attack", 19, "it", "carrier-iban-change-lookalike")
def a19(r):
    body = """Gentile Dott. Ferraro,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, a partire dalla data odierna le coordinate per i pagamenti a nostro favore sono variate come segue:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. – Filiale di Milano
IBAN: %s
BIC: SELBIT2BXXX

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di effettuare su tale conto anche il pagamento delle fatture n. 2026/0412 (6.832,00 €) e n. 2026/0433 (4.115,50 €) in scadenza il 30/11/2026. Il precedente conto presso Banco BPM non è più operativo e gli eventuali bonifici verrebbero respinti.

In allegato la lettera di comunicazione firmata dal nostro Amministratore Delegato.

Per ragioni organizzative (trasloco degli uffici amministrativi) in questi giorni le nostre linee telefoniche non sono attive: per qualsiasi chiarimento Vi preghiamo di scriverci a questo indirizzo. Vi chiediamo cortesemente una conferma dell'avvenuto aggiornamento.

Distinti saluti

%s""" % (P(ATK_SELLA), SIG_CHIARA.replace("c.colombo@ferretti-trasporti.it", "c.colombo@ferretti-trasporti.com"))
    pdfp = pdf("Comunicazione_variazione_IBAN_Ferretti.pdf", [[
        ("h", "Ferretti Trasporti S.p.A."), ("s", "Via Orzinuovi 212 – 25125 Brescia – P.IVA " + FER_PIVA), "", "",
        "Spett.le", "Example Group Italia S.r.l.", "Via dell'Industria 14", "37135 Verona", "",
        "Brescia, 23/11/2026", "",
        ("b", "Oggetto: comunicazione variazione coordinate bancarie"), "",
        "Con la presente si comunica che, con decorrenza immediata, i pagamenti a favore della scrivente",
        "dovranno essere effettuati esclusivamente sul seguente conto corrente:", "",
        "Banca Sella S.p.A. – IBAN " + P(ATK_SELLA) + " – BIC SELBIT2BXXX", "",
        "Il precedente conto corrente non è più operativo.", "",
        "Distinti saluti", "", "L'Amministratore Delegato", "Roberto Ferretti"]],
        title="Variazione IBAN", author="Amministrazione", date="D:20261123083012+01'00'")
    plain = text(body, "windows-1252", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1252", "IT", font="Calibri"), charset="windows-1252", cte="quoted-printable")
    root = mixed(r, "outlook", alt(r, "outlook", plain, htm), pdfp)
    return dict(
        system="vps", opts={"helo": "mail.ferretti-trasporti.com", "rdns": "vps-%s.vps.ovh.net" % r.hex(8), "ip": "51.77.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                            "client": "outlook", "lang": "it", "client_ip": "41.216.%d.%d" % (r.randint(1, 250), r.randint(1, 250))},
        dt=at(2026, 11, 23, 9, 26, 50), frm=("Chiara Colombo - Ferretti Trasporti", "c.colombo@ferretti-trasporti.com"), to=[S("it_acc")],
        subject="Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.p.A.", hcs="windows-1252", henc="Q", quote_names=True,
        root=root,
        what="Carrier bank-detail change from look-alike ferretti-trasporti.com with PDF letter; asks to pay two pending invoices to a new Banca Sella IBAN",
        why="Look-alike domain (.com instead of .it) on an OVH VPS instead of Aruba; immediate change, old account 'not operative', pressure to redirect invoices due 30/11, phone lines 'down' to prevent call-back verification; IBAN (CIN and mod-97 valid) at a different bank/branch",
        pair="b19")


@msg("attack", 20, "it", "quishing-traffic-fine-pagopa")
def a20(r):
    payload = "https://pagopa-verbali.com/pay/?av=30%s&tg=GH412XK" % r.digits(16)
    cid = "%s@%s" % (r.hex(16), "qr")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#1d3f72;color:#fff;padding:14px 20px;font-size:16px"><b>COMUNE DI VERONA – POLIZIA LOCALE</b><br><span style="font-size:12px">Ufficio Verbali e Contravvenzioni</span></td></tr>
<tr><td style="padding:18px 20px;line-height:20px">
<p><b>Avviso di accertamento di violazione al Codice della Strada</b><br>Verbale n. V/2026/118452 – Preavviso di contestazione</p>
<p>Si comunica che il veicolo targato <b>GH 412 XK</b> (autobus M3) è stato rilevato in data <b>02/11/2026 alle ore 08:41</b> in Verona, Corso Porta Nuova, dal sistema di controllo accessi, in violazione dell'art. 7 comma 14 del Codice della Strada (transito in corsia riservata ai mezzi pubblici).</p>
<p>Importo ridotto del 30%% se il pagamento è effettuato entro 5 giorni dalla presente comunicazione: <b>&euro; 62,30</b> (anziché &euro; 89,00 oltre spese di notifica).</p>
<p>Per pagare tramite <b>pagoPA</b> inquadri il codice QR con la fotocamera del Suo smartphone:</p>
<p style="text-align:center"><img src="cid:%s" width="200" height="200" alt="Codice QR pagoPA"></p>
<p style="font-size:12px;color:#555">Decorso il termine, il verbale sarà notificato a mezzo posta con l'importo intero maggiorato delle spese di procedimento e notifica. Il pagamento in misura ridotta preclude la presentazione di ricorso per la parte pagata.</p>
<p>Polizia Locale di Verona<br>Ufficio Verbali</p>
</td></tr></table></body></html>
""" % cid
    plain = ("Avviso di accertamento di violazione al Codice della Strada – Verbale n. V/2026/118452\n\n"
             "Veicolo targato GH 412 XK, rilevato il 02/11/2026 alle 08:41 in Verona, Corso Porta Nuova (art. 7 c. 14 C.d.S.).\n"
             "Importo ridotto entro 5 giorni: 62,30 euro. Per pagare con pagoPA inquadri il codice QR presente nella versione HTML del messaggio.\n\n"
             "Polizia Locale di Verona – Ufficio Verbali\n")
    rel = related(r, "phpmailer", Part("text/html", body=html, charset="utf-8", cte="quoted-printable"), qr_inline(payload, cid, name="pagoPA_QR.png"))
    root = alt(r, "phpmailer", text(plain, "utf-8", "quoted-printable"), rel)
    return dict(
        system="exim", opts={"host": "srv-it4.hostingsolutions-web.it", "ip": "89.46.%d.%d" % (r.randint(104, 111), r.randint(2, 250)),
                             "client_ip": "185.196.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "client": "phpmailer"},
        envelope="info@studiodentisticozanetti.it",
        dt=at(2026, 11, 6, 12, 31, 17), frm=("Polizia Locale di Verona - Ufficio Verbali", "info@studiodentisticozanetti.it"), to=[S("it_mgr")],
        subject="Avviso di violazione Codice della Strada – veicolo GH412XK – pagamento ridotto entro 5 giorni", hcs="utf-8", henc="B",
        root=root,
        what="Quishing: fake municipal traffic-fine notice for a company coach with a 'pagoPA' QR code and 30 % discount within 5 days",
        why="Sent from a compromised dental practice's mailbox (cPanel/PHPMailer) with a police display name; real pagoPA QR codes encode 'PAGOPA|002|…' notice data, this one (decodable) points to pagopa-verbali.com for card entry; fines are notified by registered post/PEC; urgency discount")


@msg("attack", 21, "it", "fake-lawyer-ceo-fraud")
def a21(r):
    body = """Egregio Dott. Galli,

mi permetto di contattarLa su indicazione del Dr. Jörg Brückner, con il quale il nostro Studio sta seguendo un'operazione di acquisizione di un operatore di noleggio autobus con conducente in Lombardia. L'operazione è coperta da accordo di riservatezza ed è in attesa della comunicazione preventiva all'Autorità Garante della Concorrenza e del Mercato.

Il Dr. Brückner ha indicato Lei come referente per la parte italiana, in quanto la società acquirente sarà Example Group Italia S.r.l. Per il perfezionamento dell'accordo preliminare è necessario disporre oggi stesso un bonifico di € 186.400,00 a titolo di deposito cauzionale sul conto fiduciario dello Studio, che Le comunicherò non appena mi confermerà la Sua disponibilità.

Le chiedo, come da indicazioni del Dr. Brückner, di non discutere dell'operazione con altri colleghi né con la sede di Ratisbona fino all'annuncio ufficiale, previsto per la prossima settimana: una fuga di notizie comprometterebbe le trattative e comporterebbe penali a carico della società.

Il Dr. Brückner è in riunione con la controparte per tutta la giornata e non è raggiungibile telefonicamente; potrà comunque confermarLe quanto sopra per iscritto.

Resto in attesa di un Suo cortese riscontro a questo indirizzo entro le ore 13:00.

Con i migliori saluti

Avv. Marco De Santis
De Santis & Partners – Studio Legale Associato
Corso Venezia 36 – 20121 Milano
Tel. +39 02 8725 4410"""
    root = alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=html_gmail(body), charset="UTF-8", cte="quoted-printable"))
    return dict(
        system="gmail", opts={"tz": "DE"},
        dt=at(2026, 12, 3, 10, 5, 14), frm=("Avv. Marco De Santis", "m.desantis@desantis-legalpartners.com"), to=[S("it_mgr")],
        subject="Riservato – operazione straordinaria / incarico del Dr. Brückner", hcs="UTF-8", henc="Q",
        root=root,
        what="Fake-lawyer CEO fraud: 'law firm' claims a confidential acquisition on behalf of the CEO and asks the Italian office manager for a EUR 186,400 escrow deposit today",
        why="Unknown law firm on a freshly set-up Google Workspace domain; invokes the CEO who is 'unreachable'; secrecy towards colleagues and HQ, same-day deadline, large transfer to an escrow account to be supplied after reply; antitrust/NDA pretext")


# ================================================================== BUSINESS
@msg("business", 17, "it", "carrier-invoice-courtesy-copy")
def b17(r):
    body = """Buongiorno,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/0412 del 29/10/2026 relativa ai trasferimenti Lago di Garda del mese di ottobre. L'originale è stato trasmesso tramite Sistema di Interscambio.

Importo totale: 6.832,00 EUR (IVA 10%% inclusa)
Scadenza: 30/11/2026
Pagamento: bonifico bancario sulle coordinate consuete (Banco BPM, IBAN %s)

Per eventuali chiarimenti sui singoli servizi potete fare riferimento alla collega Chiara Colombo.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Orzinuovi 212 – 25125 Brescia
Tel. +39 030 354 8821
P.IVA %s""" % (P(FER_IBAN), FER_PIVA)
    lines = [("h", "Ferretti Trasporti S.p.A."), ("s", "Via Orzinuovi 212 – 25125 Brescia – P.IVA " + FER_PIVA + " – REA BS-412877"), "", "",
             "Spett.le Example Group Italia S.r.l.", "Via dell'Industria 14 – 37135 Verona", "P.IVA " + EG_IT_PIVA, "",
             ("b", "FATTURA N. 2026/0412 del 29/10/2026 – COPIA DI CORTESIA"), "",
             ("b", "Descrizione                                                   Q.tà   Prezzo      Importo"),
             "Transfer Peschiera del Garda – Aeroporto Verona, bus 54 posti   8    380,00     3.040,00",
             "Transfer Sirmione – Aeroporto Milano Malpensa, bus 54 posti     4    650,00     2.600,00",
             "Servizio navetta Gardaland – hotel (giornata)                   1    570,91       570,91", "",
             "Imponibile                                                                     6.210,91",
             "IVA 10%                                                                          621,09",
             ("b", "Totale documento                                                      6.832,00 EUR"), "",
             "Scadenza: 30/11/2026 – Bonifico bancario",
             "Banco BPM – IBAN " + P(FER_IBAN) + " – BIC BAPPIT21A03", "",
             ("s", "Documento non valido ai fini fiscali. L'originale è stato trasmesso tramite SdI ed è disponibile nell'area riservata.")]
    pdfp = pdf("Fattura_2026_0412_copia_cortesia.pdf", [lines], title="Fattura 2026/0412", author="Ferretti Trasporti", creator="TeamSystem", producer="TeamSystem Enterprise", date="D:20261029160211+01'00'")
    plain = text(body, "iso-8859-1", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-1", "IT", font="Calibri"), charset="iso-8859-1", cte="quoted-printable")
    root = mixed(r, "outlook", alt(r, "outlook", plain, htm), pdfp)
    return dict(
        system="hosted", opts=dict(ARUBA_FER), dt=at(2026, 10, 29, 16, 5, 31),
        frm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), to=[S("it_acc")], cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it")],
        subject="Invio fattura n. 2026/0412 del 29/10/2026 – copia di cortesia", hcs="iso-8859-1", henc="Q",
        root=root,
        what="Genuine courtesy copy of the carrier's invoice (original via SdI) with PDF",
        why="Real carrier domain via Aruba with Outlook desktop from the usual Italian IP, consistent amounts, usual IBAN (CIN and mod-97 valid), no links, no request to log in",
        pair="a17")


@msg("business", 18, "it", "e-invoice-received-notification")
def b18(r):
    body = """Gentile Cliente,

ti informiamo che nel pannello di Fatturazione Elettronica di EXAMPLE GROUP ITALIA S.R.L. è disponibile una nuova fattura ricevuta.

Fornitore: FERRETTI TRASPORTI S.P.A.
Partita IVA fornitore: %s
Numero documento: 2026/0433
Data documento: 13/11/2026
Identificativo SdI: 14571930846
Data ricezione: 13/11/2026

Puoi visualizzare e scaricare la fattura accedendo al pannello con le consuete credenziali dal sito https://fatturazioneelettronica.aruba.it/

Ti ricordiamo che Aruba non richiede mai le credenziali di accesso tramite e-mail o link diretti.

Cordiali saluti
Aruba S.p.A. – Servizio Fatturazione Elettronica

Questa è una notifica automatica, ti preghiamo di non rispondere.""" % FER_PIVA
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">"
            "<table width=\"600\"><tr><td style=\"border-bottom:3px solid #f29100;padding:10px 0;font-size:20px;font-weight:bold;color:#f29100\">Aruba Fatturazione Elettronica</td></tr><tr><td style=\"padding:14px 0\">\n"
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n"))
            + "</td></tr></table></body></html>\n")
    root = alt(r, "java", text(body, "utf-8", "base64"), Part("text/html", body=html, charset="utf-8", cte="base64"))
    mid = lambda rr, dt: "<%s.%s.%d.JavaMail.fatturazione@fe-notify%02d.aruba.it>" % (rr.digits(9), rr.digits(4), int(dt.timestamp() * 1000), rr.randint(1, 8))
    return dict(
        system="service", opts={"helo": "smtpdh20-2.aruba.it", "rdns": "smtpdh20-2.aruba.it", "ip": "62.149.155.%d" % r.randint(160, 175), "mid": mid, "z": "DE", "tls": "1.2",
                                "rp": "noreply@fatturazioneelettronica.aruba.it",
                                "inner": ["from fe-notify0%d.aruba.it ([10.10.%d.%d])\n\tby Aruba Outgoing Smtp  with ESMTP\n\tid 5Rm2hTq8Kc3Vw5Rm2hXo{ID}; {D}" % (r.randint(1, 8), r.randint(1, 250), r.randint(1, 250))],
                                "order": ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"]},
        dt=at(2026, 11, 13, 17, 44, 5), frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), to=[S("it_acc")],
        subject="Nuova fattura ricevuta da FERRETTI TRASPORTI S.P.A. – n. 2026/0433", hcs="utf-8", henc="Q",
        root=root,
        what="Genuine notification from the company's e-invoicing intermediary that a supplier invoice arrived via SdI",
        why="Aruba's own outbound servers, refers to the provider's official site without a deep login link, data consistent with the carrier relationship, explicit note that credentials are never requested by mail",
        pair="a18")


@msg("business", 19, "it", "carrier-payment-reminder-suspension")
def b19(r):
    body = """Buongiorno Dott. Ferraro,

da un controllo del nostro partitario risultano ancora aperte le seguenti fatture, già scadute:

- n. 2026/0371 del 30/09/2026 – 5.214,00 € – scaduta il 31/10/2026
- n. 2026/0389 del 08/10/2026 – 1.936,50 € – scaduta il 07/11/2026

Totale scaduto: 7.150,50 €

Vi chiediamo cortesemente di provvedere al saldo entro venerdì 4 dicembre sulle consuete coordinate bancarie (Banco BPM, IBAN %s), invariate.

In mancanza di riscontro saremo costretti, nostro malgrado, a sospendere la programmazione dei transfer di dicembre per i mercatini di Natale a partire dal 7/12, come previsto dall'art. 9 del contratto quadro.

Se il pagamento è già stato disposto, Vi preghiamo di inviarci la contabile così da poter aggiornare la posizione. Per qualsiasi verifica sono raggiungibile al numero qui sotto.

Cordiali saluti

%s""" % (P(FER_IBAN), SIG_CHIARA)
    plain = text(body, "windows-1252", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1252", "IT", font="Calibri"), charset="windows-1252", cte="quoted-printable")
    o = dict(ARUBA_FER)
    o["inner"] = ["from PC-CHIARA ([93.57.61.131])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 2Lx8dNq5Pz7Ys2Lx8dTm{ID}; {D}"]
    return dict(
        system="hosted", opts=o, dt=at(2026, 11, 27, 11, 18, 3),
        frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S("it_acc")], cc=[S("it_mgr")],
        subject="Sollecito pagamento fatture scadute – sospensione transfer dicembre", hcs="windows-1252", henc="Q",
        root=alt(r, "outlook", plain, htm),
        what="Genuine payment reminder from the carrier with a threat to suspend December transfers",
        why="Real mailbox via Aruba/Outlook from the carrier's usual office IP, real invoice numbers, explicitly unchanged bank details, contractual basis for suspension, invites phone verification",
        pair="a19")


@msg("business", 20, "it", "customer-complaint-group-trip")
def b20(r):
    body = """Buongiorno,

scrivo in qualità di organizzatore della gita parrocchiale a Roma del 17 e 18 ottobre (prenotazione n. 2026-VR-0318, 52 partecipanti, quasi tutti anziani).

Purtroppo devo segnalare alcuni problemi seri:
- all'andata il pullman è partito da Verona con 40 minuti di ritardo rispetto all'orario concordato (6:00);
- l'aria condizionata non ha funzionato per tutto il viaggio di ritorno e a bordo faceva molto caldo; due signore si sono sentite male all'area di servizio di Arezzo;
- il microfono per la guida non funzionava.

L'autista è stato gentilissimo e ha fatto il possibile, ma visto il prezzo pagato (4.160 euro) ci aspettavamo un mezzo in ordine. Vi chiedo di valutare un rimborso parziale o uno sconto sulla gita di primavera ad Assisi che vorremmo prenotare sempre con voi.

Resto in attesa di una vostra risposta.

Cordiali saluti
Gianni Moretti
Parrocchia San Zeno – gruppo anziani
cell. 347 218 5530"""
    return dict(
        system="hosted", opts={"helo": "smtp-17.iol.local", "rdns": "smtp-17.italiaonline.it", "ip": "213.209.10.17", "z": "DE", "client": "ox", "ox_host": "mail1.libero.it",
                               "inner": ["from libero.it ([2.42.%d.%d])\n\tby smtp-17.iol.local with ESMTPA\n\tid 4kQ9tBz{ID}; {D}" % (r.randint(1, 250), r.randint(1, 250))]},
        dt=at(2026, 10, 22, 18, 40, 12), frm=("Gianni Moretti", "gianni.moretti@libero.it"), to=[S("it_sales")], cc=[S("it_mgr")],
        subject="Reclamo gita Roma 17-18 ottobre – prenotazione 2026-VR-0318", hcs="UTF-8", henc="Q",
        root=alt(r, "ox", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=html_simple(body, "UTF-8"), charset="UTF-8", cte="quoted-printable")),
        what="Genuine customer complaint (parish group trip: late departure, broken air conditioning) from a Libero consumer address",
        why="Known customer on a consumer mailbox (Libero/Open-Xchange), booking reference, concrete incident details, asks for partial refund through normal channels; no links or attachments")


@msg("business", 21, "it", "colleague-broken-laptop-private-gmail")
def b21(r):
    body = """Ciao Lorenzo,

ti scrivo dalla mail personale perché stamattina il portatile non si accende più: si accende la luce della batteria per un secondo e poi niente, anche con l'alimentatore attaccato. Ieri sera era tutto normale.

Oggi avrei dovuto mandare i preventivi per le gite scolastiche di Vicenza e Trento. Ho le bozze sul OneDrive aziendale, quindi appena ho un altro PC posso finirle.

Posso passare in ufficio verso le 11 a prendere il portatile di riserva? Ho già aperto la richiesta al Service Desk dal telefono (ticket INC-2026-12044), metto anche loro in copia.

Grazie, a dopo
Sara

--
Sara Ricci
Ufficio Commerciale – Example Group Italia"""
    root = alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=html_gmail(body), charset="UTF-8", cte="quoted-printable"))
    return dict(
        system="gmail", opts={"tz": "DE"},
        dt=at(2026, 12, 9, 8, 3, 50), frm=("Sara Ricci", "sara.ricci.vr@gmail.com"), to=[S("it_mgr")], cc=[SHARED["servicedesk"]],
        subject="Portatile rotto – non riesco a lavorare", hcs="UTF-8", henc="Q",
        root=root,
        what="Colleague writes from her private Gmail because her company laptop is dead; asks to pick up a spare",
        why="Explains private-mail use, asks only for a spare laptop in person, service-desk ticket already opened and in cc; no links, credentials, payments or attachments")
