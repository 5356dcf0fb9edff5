"""Italian messages: 5 attacks, 5 genuine (Milano office)."""
from kit import *
import checks

B = org.BANK
G = checks.group4
FER_SIG = "Ferretti Trasporti S.p.A.\nVia Emilia Parmense 120 - 29122 Piacenza\nTel. 0523 614 200 - P.IVA %s" % org.TAX["ferretti_piva"]


def _ferretti(rng, t, sender_ip):
    """Ferretti's own Postfix gateway in front of an on-prem Exchange."""
    route = R.Postfix("mx.ferretti-trasporti.it", "mx.ferretti-trasporti.it", "93.63.212.%d" % rng.randrange(10, 60),
                      host="mx.ferretti-trasporti.it", submit_ip="192.168.10.21", submit_helo="EXCH-PC01.ferretti.local",
                      amavis=True,
                      below=["Received: from EXCH-PC01.ferretti.local (192.168.10.21) by EXCH-PC01.ferretti.local\n (192.168.10.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.37; {date}",
                             "Received: from EXCH-PC01.ferretti.local ([fe80::4d1:9c3e:77a2:1b0f]) by\n EXCH-PC01.ferretti.local ([fe80::4d1:9c3e:77a2:1b0f%12]) with mapi id\n 15.02.1748.037; {date}"])
    ua = U.OutlookExchange(rng, "EXCH-PC01.ferretti.local", lang="it-IT", client_ip=sender_ip)
    return route, ua


# =============================================================== attacks
def a_ferretti_iban():
    rng = rng_for("a", "it-ferretti")
    t = utc("2026-10-29 09:12:36")
    route = R.Postfix("mail.ferretti-trasporti.com", "ns3187745.ip-51-75-%d.eu" % rng.randrange(1, 250), "51.75.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      host="mail.ferretti-trasporti.com", submit_ip="45.137.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      sasl="amministrazione@ferretti-trasporti.com")
    ua = U.OutlookDesktop(rng, "it")
    mid = ua.msgid(t, "ferretti-trasporti.com")
    name, bic, iban = B["ferretti_fraud"]
    src = """Gentile Cliente,

con la presente Vi comunichiamo che, a seguito di una verifica fiscale attualmente in corso, il nostro conto corrente presso Crédit Agricole Italia è temporaneamente sospeso per le operazioni in entrata.

Vi preghiamo pertanto di effettuare il pagamento delle fatture in scadenza, e di tutte le successive fino a nuova comunicazione, sul seguente conto dedicato:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: %s
IBAN: %s
BIC/SWIFT: %s

Risultano attualmente in scadenza le fatture n. 2026/FT/004391 (€ 3.840,00) e n. 2026/FT/004455 (€ 2.196,00) relative ai trasporti di settembre.

Vi chiediamo cortesemente di confermare la presa in carico della variazione rispondendo a questa e-mail. Per motivi di riservatezza legati alla verifica in corso, Vi preghiamo di non contattare telefonicamente i nostri uffici in merito.

In allegato la comunicazione ufficiale su carta intestata.

Cordiali saluti

Ufficio Amministrazione
%s
""" % (name, G(iban), bic, FER_SIG)
    letter = ["##Ferretti Trasporti S.p.A.", "Via Emilia Parmense 120 - 29122 Piacenza", "", "Spett.le Clientela", "",
              "Piacenza, 28/10/2026", "", "**Oggetto: variazione coordinate bancarie", "",
              "Con la presente si comunica che, con decorrenza immediata, i pagamenti a favore di Ferretti Trasporti S.p.A.",
              "dovranno essere effettuati esclusivamente sul seguente conto corrente dedicato:", "",
              "Banca: %s" % name, "IBAN: %s" % G(iban), "BIC/SWIFT: %s" % bic, "",
              "Le precedenti coordinate non devono più essere utilizzate.", "",
              "Distinti saluti", "", "L'Amministratore Delegato", "Dott. Giorgio Ferretti"]
    att = pdf_att([letter], "Comunicazione_variazione_IBAN_Ferretti.pdf", title="Variazione coordinate bancarie", author="Amministrazione",
                  producer="Microsoft® Word per Microsoft 365", creator="Microsoft® Word per Microsoft 365", created="D:20261028174411+01'00'")
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "windows-1252", "quoted-printable", "IT"), [att], ua.boundary("mixed"))
    h = {"From": addr("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.com"),
         "To": addr("Marco Esposito", "marco.esposito@examplegroup.eu"),
         "Subject": "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A."}
    return Mail("attack", "it", "ferretti-variazione-iban-lookalike", t, route, ua, "marco.esposito@examplegroup.eu",
                "amministrazione@ferretti-trasporti.com", h, body, mid,
                technique="Carrier bank-detail change from a look-alike domain",
                what="'Ferretti Trasporti' says its account is frozen by a tax audit and asks to pay open invoices to a new Banca Sella account",
                why="ferretti-trasporti.com instead of the real ferretti-trasporti.it, hosted on an OVH VPS and submitted from a foreign VPN; "
                    "'account suspended because of a tax audit', asks explicitly NOT to phone; real Ferretti mail comes from mx.ferretti-trasporti.it via Exchange "
                    "(business/17, /21).")


def a_sdi_scarto():
    rng = rng_for("a", "it-sdi")
    t = utc("2026-11-06 15:40:09")
    route = R.Aruba(rng, submit_ip="193.32.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), submit_helo="[127.0.0.1]")
    ua = U.PHPMailer(rng, "6.8.1")
    mid = ua.msgid(t, "studiotecnico-ferraro.it")
    link = "https://ivaservizi-agenziaentrate.it-portale.com/portale/web/guest/scarto?id=" + b64url("fatture@examplegroup.eu|IT10932760159_a7F3k")
    blocks = ["Gentile contribuente,",
              "il Sistema di Interscambio ha elaborato il file **IT%s_a7F3k.xml** (fattura n. 118/2026 del 04/11/2026) con esito: **SCARTATO**." % org.TAX["eg_italia_piva"],
              "Codice errore: 00404 - Fattura duplicata",
              "Ai sensi della normativa vigente la fattura scartata deve essere ritrasmessa entro 5 giorni dalla data della notifica, per evitare le sanzioni previste per omessa fatturazione.",
              "Per visualizzare la notifica di scarto e ritrasmettere il documento acceda all'area riservata \"Fatture e Corrispettivi\" con SPID, CIE o CNS."]
    html = S.esp_html("Notifica di scarto - Sistema di Interscambio", blocks, ("Accedi all'area riservata", link),
                      "Agenzia delle Entrate - Via Giorgione 106 - 00147 Roma\nMessaggio generato automaticamente, si prega di non rispondere.",
                      brand_color="#0066cc", logo_text="Agenzia delle Entrate - Fatture e Corrispettivi")
    body = M.text(html, "html", "utf-8", "base64")
    h = {"From": addr("Agenzia delle Entrate - SdI", "noreply@studiotecnico-ferraro.it"),
         "To": "fatture@examplegroup.eu",
         "Reply-To": "noreply@studiotecnico-ferraro.it",
         "Subject": "Notifica di scarto fattura elettronica IT%s_a7F3k - codice 00404" % org.TAX["eg_italia_piva"]}
    return Mail("attack", "it", "sdi-notifica-scarto-phishing", t, route, ua, "fatture@examplegroup.eu",
                "noreply@studiotecnico-ferraro.it", h, body, mid,
                technique="E-invoicing system (SdI / Agenzia delle Entrate) credential phishing from a compromised small-business mailbox",
                what="Fake SdI 'rejection notice' for an issued invoice with a link to the 'Fatture e Corrispettivi' log-in",
                why="Sent by PHPMailer through a compromised surveyor's Aruba mailbox, display name posing as the tax agency; SdI notices arrive via the invoicing "
                    "channel/PEC, never as mail with SPID log-in links; target is it-portale.com; 5-day re-send deadline used as pressure.")


def a_intesa_callback():
    rng = rng_for("a", "it-intesa")
    t = utc("2026-11-12 07:58:40")
    route = R.O365(rng, consumer=True)
    ua = U.OutlookExchange(rng, route.fqdn(), lang="it-IT", online=True, org="sct-15-20-9137-11-msonline-outlook-7c2e1.templateTenant")
    mid = ua.msgid(t, "")
    src = """Gentile Cliente,

ti informiamo che in data odierna è stata predisposta dal profilo Inbiz intestato a EXAMPLE GROUP ITALIA S.R.L. la seguente disposizione di bonifico estero:

Importo: 8.940,00 EUR
Beneficiario: Kovac Trading d.o.o.
Paese: Croazia
Stato: in attesa di autorizzazione

Se non riconosci questa operazione, contatta immediatamente il Servizio Antifrode Intesa Sanpaolo al numero 02 8736 4419 (attivo 24 ore su 24) per bloccare la disposizione. In assenza di un tuo riscontro entro 30 minuti il bonifico verrà eseguito automaticamente.

Per la tua sicurezza: non inserire mai le tue credenziali in siti raggiungibili da link ricevuti via e-mail o SMS.

Intesa Sanpaolo S.p.A.
Servizio Clienti Imprese
"""
    body = S.alt(S.plain(src), S.outlook_html(src, "IT", "Windows-1252"), ua.boundary("alt"), "Windows-1252", "quoted-printable", "quoted-printable")
    h = {"From": addr("Intesa Sanpaolo Inbiz", "inbiz.avvisi@outlook.it"),
         "To": "giulia.romano@example.com",
         "Subject": "Bonifico estero in attesa di autorizzazione - profilo Inbiz"}
    return Mail("attack", "it", "intesa-bonifico-callback-toad", t, route, ua, "giulia.romano@example.com",
                "inbiz.avvisi@outlook.it", h, body, mid, zone="UTC", date_lag=-3,
                technique="Callback phishing (TOAD) impersonating a bank, free Outlook.com account",
                what="'Intesa Sanpaolo' warns of an 8,940 EUR transfer to Croatia and urges a call to an 'anti-fraud' number within 30 minutes",
                why="Bank notice sent from a consumer outlook.it mailbox; no link at all, only a phone number (vishing: the 'anti-fraud' operator then asks for "
                    "O-Key codes); 30-minute deadline; even copies the bank's real 'never enter credentials' advice to look genuine.")


def a_garante_zip():
    rng = rng_for("a", "it-garante")
    t = utc("2026-11-19 10:21:58")
    route = R.Exim("srv17.cloudhosting-eu.it", "185.81.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                   "91.92.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), user="protocollo@gpdp-segnalazioni.it")
    ua = U.PHPMailer(rng, "6.9.1")
    mid = ua.msgid(t, "gpdp-segnalazioni.it")
    src = """Spett.le Example Group Italia S.r.l.,

si comunica che è pervenuto a questa Autorità un reclamo ai sensi dell'art. 77 del Regolamento (UE) 2016/679 relativo al trattamento di immagini acquisite tramite il sistema di videosorveglianza installato presso la Vostra sede di Milano, Via Tortona 33, con particolare riferimento alle aree adiacenti agli spogliatoi.

Ai sensi dell'art. 157 del Codice in materia di protezione dei dati personali, si invita codesta Società a fornire, entro 15 giorni dal ricevimento della presente, le informazioni richieste nel fascicolo allegato. Si rammenta che l'omessa risposta è punita con la sanzione amministrativa prevista dall'art. 166 del Codice.

Il fascicolo, contenente dati personali del reclamante, è trasmesso in formato protetto.
Password di apertura: GPDP28417

Il Dirigente del Dipartimento Realtà economiche e produttive
Garante per la protezione dei dati personali
Piazza Venezia 11 - 00187 Roma
"""
    z = zip_att([("Fascicolo_28417_2026_reclamo.pdf.lnk", b"inert placeholder for evaluation: stands for a Windows shortcut that runs a PowerShell loader\n")],
                "Fascicolo_28417-2026.zip", password="GPDP28417", seed="garante", ctype="application/zip",
                when=(2026, 11, 19, 11, 2, 40))
    alt = S.alt(src, S.simple_html(src, "iso-8859-15", "Times New Roman, serif"), ua.boundary("alt"), "iso-8859-15", "quoted-printable", "quoted-printable", quote_charset=False)
    body = mixed(alt, [z], ua.boundary("mixed"))
    h = {"From": addr("Garante per la protezione dei dati personali", "protocollo@gpdp-segnalazioni.it"),
         "To": "giulia.romano@example.com",
         "Subject": "Reclamo n. 28417/2026 - videosorveglianza - richiesta di informazioni ex art. 157 Codice"}
    return Mail("attack", "it", "garante-privacy-reclamo-zip", t, route, ua, "giulia.romano@example.com",
                "protocollo@gpdp-segnalazioni.it", h, body, mid,
                technique="Regulator impersonation (data-protection authority) with password-protected ZIP (LNK)",
                what="'Garante privacy' complaint about CCTV near the changing rooms with an encrypted case file",
                why="The Garante writes by PEC from gpdp.it, not from gpdp-segnalazioni.it on a shared cPanel host; encrypted ZIP with the password in the body "
                    "defeats scanning and holds a .pdf.lnk shortcut; fine threat and a sensitive topic for a gym.")


def a_mywellness_licence():
    rng = rng_for("a", "it-mywellness")
    t = utc("2026-12-02 08:33:14")
    route = R.Postmark(rng)
    pmid = uuid4(rng)
    ua = U.Plain(rng, order=["Date", "From", "Message-Id", "Subject", "MIME-Version", "Content-Type", "X-PM-Message-Id", "X-PM-RCPT", "X-PM-Tag", "To", "Feedback-ID"],
                 msgid_fn=lambda r, tt: "<%s@mtasv.net>" % pmid,
                 boundary_fn=lambda r, k: "mk3-%s" % hexid(r, 32),
                 extra=[("X-PM-Message-Id", pmid), ("X-PM-RCPT", "|bTB8MjE3NDQyfDE4NzQ0%s" % alnum(rng, 30, U.B64)), ("X-PM-Tag", "billing"),
                        ("Feedback-ID", "s217442-%s:s217442:a%d:postmark" % (alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randrange(100000, 999999)))])
    mid = ua.msgid(t, "")
    link = "https://facility.mywellness-cloud.com/it/login?fid=EXF-MI-0412&u=" + b64url("giulia.romano@example.com")
    blocks = ["Gentile Giulia Romano,",
              "non è stato possibile rinnovare la licenza **mywellness cloud - Facility Pro** per la struttura **Example Fitness Milano - Via Tortona** (ID struttura EXF-MI-0412): il metodo di pagamento registrato è stato rifiutato.",
              "Dal **05/12/2026** saranno sospesi l'app dei soci, le prenotazioni dei corsi e la sincronizzazione dei programmi di allenamento con le attrezzature della sala.",
              "Per evitare l'interruzione del servizio acceda al portale della struttura con le Sue credenziali e aggiorni il metodo di pagamento."]
    html = S.esp_html("Rinnovo licenza non riuscito", blocks, ("Accedi al portale struttura", link),
                      "mywellness cloud - Facility Services\nQuesta è una comunicazione automatica, si prega di non rispondere.", brand_color="#e5002b",
                      logo_text="mywellness")
    txt = S.esp_plain("Rinnovo licenza non riuscito", blocks, ("Accedi al portale struttura", link))
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable")
    h = {"From": addr("mywellness cloud", "billing@mywellness-cloud.com"), "To": "giulia.romano@example.com",
         "Subject": hval("mywellness: rinnovo licenza Example Fitness Milano non riuscito - servizio sospeso dal 05/12", "utf-8")}
    env = "pm_bounces@pm-bounces.mywellness-cloud.com"
    return Mail("attack", "it", "mywellness-licenza-sospesa-phishing", t, route, ua, "giulia.romano@example.com", env, h, body, mid, zone="UTC", date_lag=-1,
                technique="Trade-specific portal credential phishing (gym-equipment cloud platform) via Postmark",
                what="Fake 'mywellness cloud' billing notice: the studio's licence renewal failed, log in to update payment or member app and class bookings stop",
                why="Look-alike domain mywellness-cloud.com sent through a Postmark account; the link to a 'facility portal' carries the recipient's address "
                    "(credential and card harvesting); threat to switch off the member app and bookings by a fixed date.")


# =============================================================== genuine
def b_ferretti_invoice():
    rng = rng_for("b", "it-ferretti-inv")
    t = utc("2026-10-30 14:17:52")
    route, ua = _ferretti(rng, t, "192.168.12.45")
    mid = ua.msgid(t, "")
    src = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/FT/004812 del 30/10/2026 relativa ai trasporti del mese di ottobre (consegne attrezzature presso le sedi di Milano Via Tortona, Monza e Bergamo).

La fattura elettronica è stata regolarmente trasmessa tramite SdI al Vostro codice destinatario.

Importo totale: € 6.844,80 (imponibile € 5.610,49 + IVA 22%% € 1.234,31)
Pagamento: bonifico 60 gg d.f.f.m. su IBAN %s (Crédit Agricole Italia)

Cordiali saluti

Amministrazione
%s
""" % (G(B["ferretti"][2]), FER_SIG)
    inv = ["##Ferretti Trasporti S.p.A.", "Via Emilia Parmense 120 - 29122 Piacenza - P.IVA %s" % org.TAX["ferretti_piva"], "",
           "Spett.le Example Group Italia S.r.l.", "Via Melchiorre Gioia 72 - 20125 Milano - P.IVA %s" % org.TAX["eg_italia_piva"], "",
           "**FATTURA n. 2026/FT/004812 del 30/10/2026 (copia di cortesia)", "",
           "Descrizione                                                        Imponibile",
           "Trasporti ottobre 2026 - 11 consegne con sponda idraulica     4.950,00",
           "Supplemento consegna a orario (7:30-9:00)                        420,00",
           "Contributo carburante                                                240,49",
           "Imponibile 5.610,49 - IVA 22% 1.234,31 - **Totale EUR 6.844,80**", "",
           "Pagamento: bonifico 60 gg d.f.f.m. - Crédit Agricole Italia",
           "IBAN %s - BIC %s" % (G(B["ferretti"][2]), B["ferretti"][1]),
           "Documento privo di valenza fiscale: l'originale è la fattura elettronica trasmessa tramite SdI."]
    atts = [pdf_att([inv], "Fattura_2026-FT-004812.pdf", title="Fattura 2026/FT/004812", author="Ferretti Trasporti S.p.A.",
                    producer="TeamSystem Enterprise", creator="TeamSystem Enterprise", created="D:20261030150511+01'00'")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "iso-8859-15", "quoted-printable", "IT"), atts, ua.boundary("mixed"))
    h = {"From": addr("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
         "To": "fatture@examplegroup.eu", "Cc": addr("Marco Esposito", "marco.esposito@examplegroup.eu"),
         "Subject": "Invio copia di cortesia fattura n. 2026/FT/004812 del 30/10/2026"}
    return Mail("business", "it", "ferretti-fattura-copia-cortesia", t, route, ua, "fatture@examplegroup.eu",
                "amministrazione@ferretti-trasporti.it", h, body, mid, date_lag=-4, pair="attack/17",
                what="Ferretti Trasporti sends the courtesy PDF copy of its October invoice",
                why="Real domain, own gateway mx.ferretti-trasporti.it and on-prem Exchange; the same Crédit Agricole IBAN as always; e-invoice already sent via SdI. "
                    "Hard negative of attack/17.")


def b_commercialista_f24():
    rng = rng_for("b", "it-f24")
    t = utc("2026-11-10 16:02:31")
    route = R.Aruba(rng, submit_ip="151.38.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)))
    ua = U.Thunderbird(rng, lang="it-IT")
    mid = ua.msgid(t, "studiorinaldi-commercialisti.it")
    src = """Buongiorno Marco,

ti inoltro in allegato il modello F24 con scadenza 16/11/2026 (IVA mensile di ottobre e ritenute di ottobre su redditi di lavoro dipendente e autonomo), per complessivi € 27.418,36.

L'F24 verrà addebitato tramite il nostro servizio Entratel sul conto Intesa Sanpaolo della società alla scadenza: non dovete fare nulla, vi chiedo solo di verificare che il 16 ci sia disponibilità sul conto.

Ti segnalo inoltre che nel cassetto fiscale risultano due fatture passive di ottobre di Tecnofit Assistenza non ancora registrate in contabilità: me le mandi appena puoi?

Un saluto,

--
Elena Rinaldi
Dottore Commercialista - Revisore Legale
Studio Rinaldi Commercialisti
Corso di Porta Romana 46 - 20122 Milano
Tel. 02 5831 2240
"""
    f24 = ["##Modello F24 - scadenza 16/11/2026", "Contribuente: EXAMPLE GROUP ITALIA S.R.L. - C.F./P.IVA %s" % org.TAX["eg_italia_piva"], "",
           "**Sezione Erario", "Tributo 6010 (IVA ottobre)            rif. 10/2026     EUR 19.742,18",
           "Tributo 1001 (ritenute dipendenti)  rif. 10/2026     EUR 6.981,40",
           "Tributo 1040 (ritenute autonomi)     rif. 10/2026     EUR 694,78",
           "**Saldo finale                                            EUR 27.418,36", "",
           "Modalità: addebito su conto corrente tramite intermediario (Entratel)",
           "Conto di addebito: Intesa Sanpaolo IBAN %s" % G(B["eg_italia"][2])]
    atts = [pdf_att([f24], "F24_16-11-2026_ExampleGroupItalia.pdf", title="F24", author="Studio Rinaldi",
                    producer="GB Software", creator="GB Software", created="D:20261110165004+01'00'", style="2231")]
    body = mixed(M.text(src, "plain", "UTF-8", "8bit", flowed=True, quote_charset=False), atts, ua.boundary())
    h = {"From": addr("Elena Rinaldi", "e.rinaldi@studiorinaldi-commercialisti.it"),
         "To": addr("Marco Esposito", "marco.esposito@examplegroup.eu"),
         "Cc": addr("Giulia Romano", "giulia.romano@example.com"),
         "Subject": "F24 scadenza 16/11 - IVA ottobre e ritenute"}
    return Mail("business", "it", "commercialista-f24-scadenza", t, route, ua, "marco.esposito@examplegroup.eu",
                "e.rinaldi@studiorinaldi-commercialisti.it", h, body, mid, date_lag=-5, pair="attack/18",
                what="The tax adviser sends the F24 tax payment form due 16 November",
                why="Known adviser on Aruba, Thunderbird from an Italian residential IP; F24 paid by direct debit via Entratel, nothing to click; "
                    "tax-office topic - hard negative of attack/18.")


def b_member_complaint_libero():
    rng = rng_for("b", "it-libero")
    t = utc("2026-10-19 17:26:03")
    cip = "79.35.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))
    route = R.Libero(rng, submit_ip=cip)
    ua = U.OpenXchange(rng, client_ip=cip)
    mid = ua.msgid(t, "")
    src = """Buongiorno,

sono iscritta alla vostra palestra di Via Tortona (tessera n. MI-33871) con abbonamento mensile.

Controllando l'estratto conto ho visto che a ottobre la quota di 49,90 € mi è stata addebitata due volte (SDD del 01/10 e del 02/10). Ho chiesto alla reception ma mi hanno detto di scrivere a voi.

Vi chiedo di rimborsarmi la quota addebitata in più sul mio conto (lo stesso dell'addebito) e di controllare che non succeda di nuovo a novembre.

Grazie e buona giornata,
Francesca Ricci
Tel. 347 552 1093
"""
    html = '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n%s </body>\n</html>\n' % "".join(
        "  <div class=\"default-style\">\n   %s\n  </div>\n" % (l if l.strip() else "&nbsp;") for l in src.split("\n"))
    body = S.alt(src, html, ua.boundary(), "UTF-8", "quoted-printable", "quoted-printable", quote_charset=False)
    h = {"From": addr("Francesca Ricci", "francesca.ricci78@libero.it"), "To": "giulia.romano@example.com",
         "Subject": "Addebito doppio quota di ottobre - tessera MI-33871"}
    return Mail("business", "it", "reclamo-socia-addebito-doppio", t, route, ua, "giulia.romano@example.com",
                "francesca.ricci78@libero.it", h, body, mid, date_lag=-4,
                what="A member complains from Libero about being charged twice in October",
                why="Ordinary consumer mailbox (Libero / Open-Xchange from an Italian DSL IP); concrete membership data; asks for a refund to the account already on file.")


def b_tecnofit_preventivo():
    rng = rng_for("b", "it-tecnofit")
    t = utc("2026-10-23 13:44:19")
    route = R.Postfix("mail.tecnofit-assistenza.it", "mail.tecnofit-assistenza.it", "185.58.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      host="mail.tecnofit-assistenza.it", submit_ip="2.229.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      sasl="l.bianchi@tecnofit-assistenza.it")
    ua = U.ClawsMail(rng, "Tecnofit Assistenza S.r.l.")
    mid = ua.msgid(t, "tecnofit-assistenza.it")
    src = """Buongiorno Sig.ra Romano,

come da sopralluogo del 20/10 presso la sede di Via Tortona Le invio in allegato il preventivo n. 2026/P/0193 per la manutenzione straordinaria:

- sostituzione nastro e tavola su 3 tapis roulant (modello LT-900)
- revisione cavi e pulegge su 5 stazioni multifunzione
- verifica elettrica e certificazione su 12 attrezzature cardio

Totale: € 4.980,00 + IVA. Tempi di intervento: 2 giornate, da concordare preferibilmente di domenica per non fermare la sala.

Il preventivo è valido 30 giorni; per accettarlo basta rimandarlo firmato.

Cordiali saluti

Luca Bianchi
Tecnofit Assistenza S.r.l.
Via Zanica 19 - 24126 Bergamo
Tel. 035 321 8840 - P.IVA %s
""" % org.TAX["tecnofit_piva"]
    prev = ["##Tecnofit Assistenza S.r.l.", "Via Zanica 19 - 24126 Bergamo - P.IVA %s" % org.TAX["tecnofit_piva"], "",
            "**PREVENTIVO n. 2026/P/0193 del 23/10/2026", "Cliente: Example Group Italia S.r.l. - sede Via Tortona 33, Milano", "",
            "1  Sostituzione nastro e tavola tapis roulant LT-900 (x3)           2.760,00",
            "2  Revisione cavi e pulegge stazioni multifunzione (x5)             1.350,00",
            "3  Verifica elettrica e certificazione attrezzature cardio (x12)     870,00",
            "**Totale imponibile EUR 4.980,00 + IVA 22%", "",
            "Pagamento: bonifico 30 gg d.f. - Banco BPM IBAN %s" % G(B["tecnofit"][2]),
            "Validità 30 giorni. Per accettazione: timbro e firma ___________________"]
    atts = [pdf_att([prev], "Preventivo_2026-P-0193.pdf", title="Preventivo 2026/P/0193", author="Luca Bianchi",
                    producer="LibreOffice 24.8", creator="Writer", created="D:20261023151802+02'00'", ctype="application/pdf")]
    body = mixed(M.text(src, "plain", "ISO-8859-15", "quoted-printable", quote_charset=False), atts, ua.boundary())
    h = {"From": addr("Luca Bianchi", "l.bianchi@tecnofit-assistenza.it"), "To": "giulia.romano@example.com",
         "Subject": "Preventivo manutenzione straordinaria sede Via Tortona - 2026/P/0193"}
    return Mail("business", "it", "tecnofit-preventivo-manutenzione", t, route, ua, "giulia.romano@example.com",
                "l.bianchi@tecnofit-assistenza.it", h, body, mid, date_lag=-6, pair="attack/21",
                what="The maintenance contractor sends a quote after an on-site inspection",
                why="Known contractor on its own mail server, Claws Mail (ISO-8859-15) from an Italian business line; follows a real site visit; no urgency. "
                    "Gym-equipment service topic - hard negative of attack/21.")


def b_ferretti_consegna():
    rng = rng_for("b", "it-ferretti-del")
    t = utc("2026-11-05 10:09:45")
    route, ua = _ferretti(rng, t, "192.168.12.61")
    mid = ua.msgid(t, "")
    src = """Buongiorno Sig.ra Romano,

Le confermo l'appuntamento per la consegna della merce Lieferant GmbH (8 tapis roulant LT-900 e 4 panche, 14 colli, 1.860 kg) presso la Vostra sede di Via Tortona 33, Milano:

giovedì 12/11/2026, fascia 7:30-9:00, con mezzo dotato di sponda idraulica.

Come concordato serve la presenza di una persona per lo scarico e per la firma del DDT. In caso di problemi con l'orario mi può chiamare al 0523 614 275 o rispondere a questa e-mail.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
%s
""" % FER_SIG
    body = S.outlook_alt(src, ua.boundary("alt"), "iso-8859-1", "quoted-printable", "IT")
    h = {"From": addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), "To": "giulia.romano@example.com",
         "Subject": "Appuntamento consegna 12/11 - Via Tortona 33 - merce Lieferant GmbH"}
    return Mail("business", "it", "ferretti-appuntamento-consegna", t, route, ua, "giulia.romano@example.com",
                "c.colombo@ferretti-trasporti.it", h, body, mid, date_lag=-4,
                what="The carrier confirms a delivery slot for Lieferant's treadmills",
                why="Real carrier domain and infrastructure, delivery actually ordered; no payment, no link.")


ATTACKS = [a_ferretti_iban, a_sdi_scarto, a_intesa_callback, a_garante_zip, a_mywellness_licence]
BUSINESS = [b_ferretti_invoice, b_commercialista_f24, b_member_complaint_libero, b_tecnofit_preventivo, b_ferretti_consegna]
