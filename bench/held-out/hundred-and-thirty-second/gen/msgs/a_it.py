"""Attack messages 17-21 (Italian)."""
import html as _html

from lib import base, clients, containers, docs, infra, mime, pec, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

F = C.FERR
A17_IBAN = util.make_iban("IT", util.it_bban("03268", "22300", "052879341260"))


def a17():
    m = mk("17-it-lookalike-ferretti-variazione-iban", "attack", "it")
    m.t = local("IT", 2026, 11, 19, 11, 26, 3)
    m.from_ = ("Chiara Colombo", "c.colombo@ferreti-trasporti.it")
    m.to = [C.S("acc_it")]
    m.cc = [("Amministrazione Ferretti Trasporti", "amministrazione@ferreti-trasporti.it")]
    m.rcpt = "giovanni.esposito@example.com"
    m.subject = "R: Fatture trasporti EICMA 2026 - aggiornamento coordinate bancarie"
    m.hcs = "iso-8859-1"
    m.hmode = "Q"
    infra.m365_prepare(m, "eurprd04", "PA4PR")
    prev = base.mid_outlook_foreign(m.r, "eurprd03")
    m.refs = [prev]
    m.irt = prev
    paras = ["Buongiorno Giovanni,",
             "come anticipato al telefono alla collega, Le confermo che a partire dalle fatture di novembre i pagamenti "
             "vanno effettuati sul nuovo conto dedicato, a seguito della riorganizzazione della tesoreria del gruppo. "
             "Il conto presso Banco BPM verrà chiuso a fine mese e i bonifici in arrivo verranno respinti.",
             "Nuove coordinate:\nIntestatario: Ferretti Trasporti S.p.A.\nBanca: Banca Sella S.p.A.\nIBAN: %s\n"
             "BIC: SELBIT2BXXX" % util.iban_fmt(A17_IBAN),
             "In allegato trova la comunicazione ufficiale firmata dall'amministratore. Le chiedo gentilmente di "
             "aggiornare l'anagrafica fornitore e di procedere con il saldo delle fatture 2026/FT/01873 e 2026/FT/01902 "
             "(trasporti EICMA andata e ritorno, totale EUR 11.246,80), già scadute.",
             "Mi conferma per cortesia quando ha effettuato la modifica?",
             "Grazie e buona giornata"]
    sig = ["Chiara Colombo", "Ufficio Commerciale - Logistica Fiere", "Ferretti Trasporti S.p.A.",
           "Via Enrico Mattei 45, 20098 San Giuliano Milanese (MI)", "Tel. +39 02 9828 4410"]
    quote = dict(from_="Giovanni Esposito <giovanni.esposito@example.com>",
                 date_str=base.quote_date(local("IT", 2026, 11, 12, 15, 2), "it", "IT"),
                 to="Chiara Colombo <c.colombo@ferretti-trasporti.it>",
                 subject="Fatture trasporti EICMA 2026",
                 paras=["Buongiorno Chiara,",
                        "ho ricevuto le fatture per i trasporti EICMA (montaggio 30/10 e smontaggio 11/11). Per la "
                        "FT/01902 mi manca ancora il CMR firmato dello smontaggio, me lo può inviare?",
                        "Grazie, saluti\nGiovanni Esposito\nAmministrazione - Example Group Italia S.r.l."])
    pdfb = docs.letter_pdf(
        m, "Ferretti Trasporti S.p.A.", ["Autotrasporti nazionali e internazionali · Logistica fiere",
                                         "Via Enrico Mattei 45 · 20098 San Giuliano Milanese (MI) · P.IVA " + F["vat"][2:]],
        ["Spett.le", "Example Group Italia S.r.l.", "Via Giuseppe Di Vittorio 12", "20017 Rho (MI)"],
        "San Giuliano Milanese, 18/11/2026", "Oggetto: variazione coordinate bancarie",
        ["Con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria del gruppo, a partire "
         "dal 18/11/2026 tutti i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto "
         "corrente:",
         "Banca Sella S.p.A. – Filiale di Milano\nIBAN: %s\nBIC/SWIFT: SELBIT2BXXX\nIntestatario: Ferretti Trasporti "
         "S.p.A." % util.iban_fmt(A17_IBAN),
         "Le coordinate precedenti non sono più valide. Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di "
         "darne conferma via e-mail all'ufficio commerciale.",
         "Distinti saluti."],
        closing=["Ferretti Trasporti S.p.A.", "L'Amministratore Delegato", "Roberto Ferretti"],
        footer=["Ferretti Trasporti S.p.A. · Cap. soc. € 1.200.000 i.v. · Reg. Imprese Milano · P.IVA " + F["vat"][2:]],
        color=(0.55, 0.08, 0.1), creator="Microsoft® Word per Microsoft 365", producer="Microsoft® Word per Microsoft 365",
        t=local("IT", 2026, 11, 19, 10, 55))
    pdfp = att(m, pdfb, "application/pdf", "Comunicazione variazione coordinate bancarie.pdf", "outlook")
    m.root = base.outlook_body(m, paras, sig, quote, "it", "iso-8859-1", atts=[pdfp], font="Calibri")
    m.system = (infra.m365, dict(tenant_domain="ferreti-trasporti.it", region="eurprd04", lang="it-IT"))
    return finish(m, "Reply-style mail 'from Chiara Colombo' of the carrier, from the look-alike domain "
                     "ferreti-trasporti.it (one 't'), with a quoted earlier exchange and a signed-looking letter: new "
                     "account at Banca Sella, pay two overdue invoices now.",
                  "Supplier bank-detail change from a look-alike domain in its own Microsoft 365 tenant (SPF/DKIM/DMARC "
                  "pass for the look-alike); the genuine thread never had this Message-ID; old account 'will reject "
                  "payments'; asks to confirm by mail; compare the genuine business/17.",
                  phones=["+39 02 9828 4410"])


def a18():
    m = mk("18-it-pec-compromessa-fattura-zip-js", "attack", "it")
    t = local("IT", 2026, 11, 20, 10, 15, 32)
    m.rcpt = "giovanni.esposito@example.com"
    sender = "amministrazione@pec.edilcostruzionibrianza.it"
    inner = mk("18-inner", "attack", "it")
    inner.t = t - util._dt.timedelta(seconds=3)
    inner_mid = "%s@pec.edilcostruzionibrianza.it" % util.rand_hex(m.r, 32)
    zdata = containers.make_zip([("Fattura_118_2026.pdf.js", base.inert("JScript downloader (.js)", "Fattura_118_2026.pdf.js"),
                                  {"dt": (2026, 11, 20, 9, 58, 14)})], made_by=0x0014)
    itext = ("Buongiorno,\n\nin allegato trasmettiamo la fattura n. 118/2026 del 20/11/2026 relativa alla fornitura e "
             "posa pannellature per Vs. allestimento fieristico.\n\nIl file è compresso per le dimensioni; per "
             "visualizzarlo aprire l'archivio allegato.\n\nCordiali saluti\n\nUfficio Amministrazione\n"
             "Edil Costruzioni Brianza S.r.l.\n")
    iroot = Multipart("mixed", [Part("text/plain", itext.encode("utf-8"), charset="UTF-8", cte="quoted-printable"),
                                Part("application/zip", zdata, cte="base64", filename="Fattura_118_2026.zip",
                                     disposition="attachment")], "=_%s" % util.rand_hex(m.r, 32))
    ih = [("Return-Path", "<%s>" % sender), ("MIME-Version", "1.0"), ("Date", util.rfc2822(inner.t, "IT")),
          ("From", sender), ("To", C.ENT["IT"]["pec"]), ("Subject", "Invio fattura n. 118/2026"),
          ("Message-ID", "<%s>" % inner_mid), ("X-Sender", sender), ("User-Agent", "Roundcube Webmail/1.6.6")]
    iraw = mime.render(ih, iroot)
    pec.envelope(m, iraw, "Invio fattura n. 118/2026", inner_mid, sender, C.ENT["IT"]["pec"], "ARUBA PEC S.p.A.",
                 "pec.aruba.it", t)
    return finish(m, "Certified-mail (PEC) envelope from a genuine but compromised PEC box of a construction firm, "
                     "forwarded from the company's PEC box: 'invoice 118/2026' with a ZIP containing "
                     "Fattura_118_2026.pdf.js.",
                  "Malware via hijacked PEC (a recurring Italian campaign pattern): the transport envelope is authentic "
                  "and signed by the PEC provider, which lends credibility; unknown supplier, JScript in a ZIP (inert "
                  "placeholder here), compare the genuine SDI delivery in business/18.")


def a19():
    m = mk("19-it-aruba-pec-scadenza-canva", "attack", "it")
    m.t = local("IT", 2026, 11, 24, 6, 41, 17)
    m.from_ = ("Aruba PEC", "noreply@studiodentisticoferraro.it")
    m.to = [(None, "francesca.ricci@example.com")]
    m.rcpt = "francesca.ricci@example.com"
    m.subject = "Casella PEC examplegroupitalia@pec.it sospesa - rinnovo richiesto entro 48 ore"
    canva = "https://www.canva.com/design/DAGx7Yk2pQs/3Hf9xZkq1wL0mN2bV8cR4t/view?utm_content=DAGx7Yk2pQs&utm_campaign=designshare&utm_medium=link&utm_source=viewer"
    title = "La tua casella PEC è stata sospesa"
    paras = ["Gentile Cliente,",
             "il rinnovo automatico della casella **examplegroupitalia@pec.it** non è andato a buon fine per un "
             "problema con il metodo di pagamento associato. La casella è stata temporaneamente sospesa: i messaggi in "
             "arrivo verranno respinti con ricevuta di mancata consegna.",
             "Per evitare la cancellazione definitiva della casella e dei messaggi archiviati è necessario confermare i "
             "dati di fatturazione entro 48 ore.",
             "Importo del rinnovo: 9,90 € + IVA (1 anno)"]
    footer = ["Aruba PEC S.p.A. - Gestore accreditato AgID - Via San Clemente 53, 24036 Ponte San Pietro (BG)",
              "Questa email è stata inviata automaticamente, si prega di non rispondere."]
    html = clients.notif_html("Aruba PEC", "#f27b00", title, paras, ("Rinnova ora", canva), footer, "it",
                              logo_text="Aruba.it · PEC")
    text = clients.notif_text(title, paras, ("Rinnova ora", canva), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "base64", kind="phpmailer")
    m.system = (infra.exim_cpanel, dict(server="host12.hostingitalia-cloud.net", server_ip="192.0.2.87", phpmailer=True,
                                        script_host="www.studiodentisticoferraro.it",
                                        auth_user="noreply@studiodentisticoferraro.it"))
    return finish(m, "'Aruba PEC: your PEC mailbox has been suspended, renew within 48 h' from a dental practice's "
                     "hacked website (PHPMailer); the button opens a Canva design page that links on to the phishing "
                     "site.",
                  "Credential/card phishing abusing a legitimate platform (canva.com) so the only URL in the mail has a "
                  "good reputation; real PEC address of the company used as bait; sender unrelated to Aruba; compare "
                  "the genuine renewal notice in business/19.")


def a20():
    m = mk("20-it-intesa-inbiz-okey-quishing", "attack", "it")
    m.t = local("IT", 2026, 11, 27, 8, 3, 55)
    m.from_ = ("Intesa Sanpaolo Inbiz", "avvisi@inbiz-sicurezza-clienti.com")
    m.to = [(None, "giovanni.esposito@example.com")]
    m.rcpt = "giovanni.esposito@example.com"
    m.subject = "Inbiz: aggiornamento obbligatorio del dispositivo O-Key entro il 30/11/2026"
    url = "https://inbiz-okey-attivazione.com/az/?cid=EGI-88412&t=%s" % util.rand_alnum(m.r, 16)
    png = base.qr_png(m, url, scale=5)
    cid = "qr_%s@inbiz" % util.rand_hex(m.r, 8)
    title = "Aggiornamento del dispositivo O-Key Smart"
    paras = ["Gentile Cliente Inbiz,",
             "dal 1° dicembre 2026 l'autorizzazione delle disposizioni dal portale Inbiz sarà possibile solo con "
             "l'app O-Key Smart aggiornata alla nuova versione con verifica biometrica (normativa PSD3).",
             "Per non interrompere l'operatività dell'azienda, inquadri il codice QR con lo smartphone aziendale e "
             "segua le istruzioni. L'operazione richiede circa 2 minuti.",
             "Le disposizioni già inserite e non autorizzate entro il 30/11/2026 verranno annullate."]
    footer = ["Intesa Sanpaolo S.p.A. - Sede Legale: Piazza San Carlo 156, 10121 Torino",
              "Messaggio generato automaticamente, si prega di non rispondere."]
    html = clients.notif_html("Intesa Sanpaolo", "#1a6f3f", title, paras, None, footer, "it",
                              img_cid=cid, img_alt="Codice QR di attivazione", img_w=190, img_h=190,
                              logo_text="Intesa Sanpaolo · Inbiz",
                              after_button=["Codice azienda: EGI-88412 · Validità del codice: 48 ore"])
    text = clients.notif_text(title, paras, None, footer) + "\n[Codice QR nell'immagine]\n"
    img = base.inline_img(m, png, "image/png", "qr-okey.png", cid, style="plain")
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="ses", inline=[img])
    m.system = (infra.ses, dict(region="eu-south-1"))
    return finish(m, "'Mandatory O-Key update for Inbiz (PSD3)' in Intesa Sanpaolo style via Amazon SES with an "
                     "inline QR code to scan with the company phone.",
                  "Quishing of a business-banking portal: no clickable URL, only a QR image; invented regulation "
                  "pretext; sender domain not Intesa's; cancellation threat; compare the genuine Inbiz notice in "
                  "business/20.")


def a21():
    m = mk("21-it-docusign-abuso-contratto-quadro", "attack", "it")
    m.t = local("IT", 2026, 12, 2, 14, 9, 47)
    m.from_ = ("Ferretti Trasporti - Ufficio Legale tramite Docusign", "dse@eumail.docusign.net")
    m.reply_to = ("Ferretti Trasporti - Ufficio Legale", "ufficiolegale.ferrettitrasporti@gmail.com")
    m.to = [("Marco Bianchi", "marco.bianchi@example.com")]
    m.rcpt = "marco.bianchi@example.com"
    m.subject = "Completa con Docusign: Contratto_quadro_trasporti_2027_Example_Group_Italia.pdf"
    env = util.uuid4(m.r).upper()
    acct = util.uuid4(m.r)
    er = util.uuid4(m.r)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (util.uuid4(m.r), acct, er)
    code = util.rand_hex(m.r, 32, upper=True)
    title = "Ferretti Trasporti - Ufficio Legale ti ha inviato un documento da rivedere e firmare."
    paras = ["**Ferretti Trasporti - Ufficio Legale**\nufficiolegale.ferrettitrasporti@gmail.com",
             "Gentile Marco,\nin allegato il contratto quadro per i trasporti fieristici 2027 con le nuove tariffe "
             "concordate. La preghiamo di rivederlo e firmarlo entro venerdì per poter pianificare i mezzi per "
             "Salone del Mobile e MCE.\nCordiali saluti\nUfficio Legale"]
    after = ["**Non condividere questa email**\nQuesta email contiene un link sicuro a Docusign. Non condividere questa "
             "email, il link o il codice di accesso con altri.",
             "**Metodo di firma alternativo**\nVisita Docusign.com, fai clic su 'Accedi ai documenti' e inserisci il "
             "codice di sicurezza: %s" % code,
             "**Informazioni su Docusign**\nFirma documenti elettronicamente in pochi minuti. È sicuro. Che tu sia in "
             "ufficio, a casa o in viaggio, Docusign offre una soluzione affidabile per la gestione digitale delle "
             "transazioni.",
             "**Domande sul documento?**\nSe devi modificare il documento o hai domande sui dettagli, contatta il "
             "mittente inviandogli un'email direttamente."]
    footer = ["Questo messaggio è stato inviato da Docusign Electronic Signature Service.",
              "[Scarica l'app Docusign](https://www.docusign.com/features-and-benefits/mobile)"]
    html = clients.notif_html("Docusign", "#1e1e1e", title, paras, ("RIVEDI DOCUMENTO", link), footer, "it",
                              logo_text="docusign", after_button=after, button_color="#ffc820")
    text = clients.notif_text(title, paras, ("RIVEDI DOCUMENTO", link), footer, after_button=after)
    m.msgid = "%s@docusign.net" % util.rand_hex(m.r, 32)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="dotnet")
    m.extra = [("X-DocuSign-Envelope-ID", env)] if False else []
    m.system = (infra.platform, dict(host="mailfra.eu.docusign.net", ip="185.81.100.43",
                                     dkim_list=[("eumail.docusign.net", "s1", "From:To:Subject:Date:Message-ID:Reply-To"),
                                                ("docusign.net", "s2", "From:To:Subject:Date:Message-ID:Reply-To")],
                                     order=("Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version",
                                            "__MIME__"), envfrom="bounces+%s@eumail.docusign.net" % util.rand_hex(m.r, 16),
                                     dmarc="pass"))
    return finish(m, "Genuine DocuSign envelope (real DocuSign EU infrastructure) sent by an account named 'Ferretti "
                     "Trasporti - Ufficio Legale' whose address is a Gmail mailbox: framework transport contract 2027 to "
                     "sign.",
                  "Abuse of a real e-signature platform: all links and authentication are DocuSign's own; the signing "
                  "page/document leads on to a credential page. Tells: Ferretti does not use DocuSign or Gmail, "
                  "Reply-To is a free-mail address, unsolicited contract, compare genuine envelope business/10.",
                  other=["DocuSign access code: `%s`" % code])


MESSAGES = [a17, a18, a19, a20, a21]
