"""Italian attack messages 17-21."""
import banking as bk
import files
import infra as I
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

FERRETTI_PIVA = bk.it_piva("0284176016")


def aruba_out(ids, t, rcpt, client_helo, client_ip, client_rdns=None):
    n = ids.r.randrange(10000, 16000)
    host = "smtpcmd%05d.aruba.it" % n
    ip = "62.149.156.%d" % ids.r.randrange(10, 250)
    return [
        I.mx(ids, host, host, ip, rcpt, plus(t, 2), tls="1.2"),
        "from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
            client_helo, client_ip, ids.alnum(20), rdate(plus(t, 1), "CE")),
    ], [("X-CMAE-Envelope", "MS4xfK" + ids.alnum(150))]


def a17():
    m = Mail("attack", 17, "it", "ferretti-variazione-iban-lookalike")
    ids = m.ids
    t = T("2026-10-28 09:12:30")
    rc = S("it_acc")
    dom = "ferrettitrasporti.it"
    host = "vps-7c1d2e3f.vps.ovh.net"
    new_iban = bk.iban("ES", bk.es_bban("0049", "1500", "2810394752"))
    rec = [
        I.mx(ids, "mail." + dom, host, "51.75.146.203", rc.email, plus(t, 2)),
        I.postfix(ids, "mail." + dom, "DESKTOP-0KQ3VNM", None, "141.98.10.77", plus(t, 1), tls="1.2", auth=True),
    ]
    plain = (
        "Gentile dott.ssa Galli,\n\n"
        "con la presente Vi informiamo che, a seguito della riorganizzazione della tesoreria del nostro gruppo, "
        "a partire dal 2 novembre 2026 il conto corrente intestato a Ferretti Trasporti S.p.A. presso la Banca "
        "Popolare di Sondrio non sarà più utilizzato per gli incassi.\n\n"
        "Vi preghiamo pertanto di disporre tutti i pagamenti, comprese le fatture in scadenza n. 2026/1187 "
        "(€ 9.840,00) e n. 2026/1203 (€ 4.312,50), esclusivamente sulle nuove coordinate:\n\n"
        "Intestatario: Ferretti Trasporti S.p.A.\n"
        "Banca: Banco Santander S.A. – Madrid\n"
        "IBAN: %s\n"
        "BIC/SWIFT: BSCHESMMXXX\n\n"
        "In allegato trovate la comunicazione ufficiale firmata dalla nostra Direzione Amministrativa. Vi "
        "chiediamo cortesemente di aggiornare la Vostra anagrafica fornitori e di darci conferma via e-mail "
        "dell'avvenuta variazione.\n\n"
        "Poiché il personale amministrativo è impegnato nella chiusura trimestrale, per qualsiasi chiarimento "
        "Vi preghiamo di scriverci a questo indirizzo anziché telefonare.\n\n"
        "Cordiali saluti\n\n"
        "Chiara Colombo\nServizio Clienti\nFerretti Trasporti S.p.A.\n"
        "Via delle Industrie 18 – 24044 Dalmine (BG)\nP.IVA %s\n") % (bk.fmt_iban(new_iban), FERRETTI_PIVA)
    pdfb = files.pdf([
        "Spett.le Example Group Italia S.r.l.",
        "Via Tortona 33 - 20144 Milano",
        "",
        "Dalmine, 27 ottobre 2026",
        "",
        "## Oggetto: comunicazione variazione coordinate bancarie",
        "",
        "Con la presente si comunica che, con decorrenza 2 novembre 2026, tutti i pagamenti a favore di",
        "Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:",
        "",
        "Banco Santander S.A. - Madrid",
        "IBAN: " + bk.fmt_iban(new_iban) + "     BIC: BSCHESMMXXX",
        "",
        "Le precedenti coordinate non dovranno più essere utilizzate.",
        "",
        "Distinti saluti",
        "La Direzione Amministrativa",
        "Ferretti Trasporti S.p.A. - P.IVA " + FERRETTI_PIVA,
    ], title="Variazione coordinate bancarie", author="Amministrazione", creator="Microsoft Word",
        producer="Microsoft: Print To PDF", created="20261027171100+01'00'",
        header=["Ferretti Trasporti S.p.A.", "Via delle Industrie 18", "24044 Dalmine (BG)"])
    b_mix = ids.b_outlook(None, 0)
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-15", "quoted-printable"),
        attach(pdfb, "application/pdf", "Comunicazione_variazione_coordinate_bancarie.pdf"),
    ], b_mix, preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", '"Chiara Colombo" <c.colombo@%s>' % dom),
        ("To", addr("Francesca Galli", rc.email)),
        ("Cc", "<amministrazione@%s>" % dom),
        ("Subject", "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A."),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp(dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "it"),
    ]
    return m.finish("<c.colombo@%s>" % dom, rec, hs, body,
        "Carrier bank-detail change from look-alike ferrettitrasporti.it (real: ferretti-trasporti.it): Ferretti 'moves' all payments to a Santander account in Madrid",
        "Missing hyphen in the domain, mail server on an OVH VPS, submitted from an unrelated foreign IP; an Italian carrier suddenly collecting on a Spanish IBAN; names real due invoices, asks to avoid telephone contact; 'official' letter is an unsigned Print-to-PDF. Genuine Ferretti bank change: business 17.",
        "business/17")


def a18():
    m = Mail("attack", 18, "it", "fattura-zip-password-studio-tecnico")
    ids = m.ids
    t = T("2026-11-10 14:36:02")
    rcpt = "fatture@example.com"
    dom = "studiotecnicoverri.it"
    sender = "segreteria@" + dom
    rec, extra = aruba_out(ids, t, rcpt, "[10.0.2.15]", "154.16.49.201")
    pwd = "318FT"
    z = files.zip_bytes([("Fattura_2026-318.pdf.js", b"// inert placeholder - not a real script\n")],
                        password=pwd.encode(), date_time=(2026, 11, 10, 15, 21, 40), seed=b"a18")
    plain = (
        "Buongiorno,\n\n"
        "in allegato trasmettiamo copia di cortesia della fattura n. 2026/318 del 10/11/2026 relativa alla "
        "consulenza tecnica per la pratica di connessione dell'impianto fotovoltaico di Lodi. L'originale è "
        "stato inviato tramite Sistema di Interscambio.\n\n"
        "Per la tutela dei dati personali il file è protetto da password: %s\n\n"
        "Restiamo a disposizione per qualsiasi chiarimento.\n\n"
        "Cordiali saluti\n\n"
        "Segreteria\nStudio Tecnico Ing. Paolo Verri\nVia Garibaldi 41 – 26900 Lodi (LO)\nTel. 0371 420118\n") % pwd
    body = multipart("mixed", [
        text(plain, "plain", "windows-1252", "8bit"),
        attach(z, "application/x-zip-compressed", "Fattura_2026-318.zip"),
    ], ids.b_outlook(None, 0), preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", '"Studio Tecnico Verri" <%s>' % sender),
        ("To", rcpt),
        ("Subject", "Invio fattura n. 2026/318 del 10/11/2026"),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp(dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "it"),
    ] + extra
    return m.finish("<%s>" % sender, rec, hs, body,
        "Invoice lure from a compromised engineering office's Aruba mailbox: 'courtesy copy' of invoice 2026/318 in a password-protected ZIP (password in the body) containing Fattura_2026-318.pdf.js",
        "No business relation with the sender; the archive is ZipCrypto-encrypted so gateways cannot scan it, and the only file is a script with a double extension (.pdf.js) — a loader, not an invoice. Submitted via Aruba SMTP from a foreign hosting IP. Italian e-invoices arrive via SdI as XML; the genuine courtesy copy is business 18.",
        "business/18")


def a19():
    m = Mail("attack", 19, "it", "adm-accise-pudm-spid-phishing")
    ids = m.ids
    t = T("2026-11-12 07:44:10")
    rc = S("it_acc")
    dom = "adm-pudm.it"
    rec, mid, extra = I.sendgrid(ids, t, rc.email, "o7.ptr2290.%s" % dom)
    click = "https://u29174530.ct.sendgrid.net/ls/click?upn=u001.%s" % ids.alnum(110, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    plain = (
        "Agenzia delle Dogane e dei Monopoli\nDirezione Territoriale Lombardia\n\n"
        "Oggetto: Accisa sull'energia elettrica – Dichiarazione annuale di consumo anno d'imposta 2025 – "
        "esito del controllo automatizzato\n\n"
        "Spett.le EXAMPLE GROUP ITALIA S.R.L.\nCodice ditta: IT00MIE01742Q\n\n"
        "dal controllo automatizzato della dichiarazione annuale di consumo relativa all'anno d'imposta 2025 "
        "è emersa una differenza tra l'accisa e l'addizionale liquidate e i versamenti effettuati pari a "
        "€ 18.412,37, comprensiva di sanzioni e interessi.\n\n"
        "L'avviso di pagamento e il prospetto di dettaglio sono consultabili nell'area riservata del Portale "
        "Unico Dogane e Monopoli (PUDM). Per accedere utilizzare SPID, CIE o CNS:\n\n%s\n\n"
        "Entro 15 giorni dal ricevimento della presente è possibile presentare osservazioni o richiedere la "
        "rateizzazione; decorso tale termine l'importo sarà iscritto a ruolo.\n\n"
        "Comunicazione generata automaticamente, si prega di non rispondere.\n") % click
    html = html_doc(
        '<div style="font-family:Titillium Web,Arial,sans-serif;font-size:14px;color:#1a1a1a;max-width:640px">'
        '<div style="background:#004c93;color:#fff;padding:14px 18px"><b>Agenzia delle Dogane e dei Monopoli</b><br>'
        '<span style="font-size:12px">Direzione Territoriale Lombardia</span></div><div style="padding:18px">'
        "<p><b>Oggetto:</b> Accisa sull'energia elettrica – Dichiarazione annuale di consumo anno d'imposta 2025 – esito del controllo automatizzato</p>"
        "<p>Spett.le EXAMPLE GROUP ITALIA S.R.L.<br>Codice ditta: IT00MIE01742Q</p>"
        "<p>dal controllo automatizzato della dichiarazione annuale di consumo relativa all'anno d'imposta 2025 è emersa una "
        "differenza tra l'accisa e l'addizionale liquidate e i versamenti effettuati pari a <b>€ 18.412,37</b>, comprensiva di sanzioni e interessi.</p>"
        "<p>L'avviso di pagamento e il prospetto di dettaglio sono consultabili nell'area riservata del Portale Unico Dogane e Monopoli (PUDM).</p>"
        '<p style="margin:24px 0"><a href="%s" style="background:#0066cc;color:#fff;padding:11px 22px;text-decoration:none">Entra con SPID / CIE</a></p>'
        "<p>Entro 15 giorni dal ricevimento della presente è possibile presentare osservazioni o richiedere la rateizzazione; "
        "decorso tale termine l'importo sarà iscritto a ruolo.</p>"
        '<p style="font-size:11px;color:#666">Comunicazione generata automaticamente, si prega di non rispondere.</p></div></div>' % click, "it")
    body = alt(text(plain, "plain", "iso-8859-1", "quoted-printable"), html_text(html, "iso-8859-1", "quoted-printable"),
               ids.hex(60)[:60])
    hs = [
        ("Date", rdate(t, "UTC", day="pad0")),
        ("From", "ADM - Ufficio Accise <comunicazioni@%s>" % dom),
        ("Mime-Version", "1.0"),
        ("Message-ID", mid),
        ("Subject", hval("Accisa energia elettrica 2025 – esito controllo automatizzato (prot. 2026/118842)", "iso-8859-1", "Q")),
    ] + extra + [("To", rc.email)]
    return m.finish("<bounces+29174530-%s-%s=example.com@em2290.%s>" % (ids.hex(4), rc.email.split("@")[0], dom), rec, hs, body,
        "Credential phishing: fake Agenzia delle Dogane e dei Monopoli notice of an electricity-excise shortfall of € 18,412.37, 'log in to PUDM with SPID/CIE'",
        "Trade-specific (electricity excise declaration); ADM writes from adm.gov.it and notifies via PEC, not from adm-pudm.it through SendGrid; the button is a click-tracking redirect to a SPID credential-harvesting page; money + deadline pressure. The consultant's genuine excise reminder is business 21.",
        "business/21")


THREAD_IT = [
    ("Francesca Galli", "francesca.galli@example.com", "mercoledì 28 ottobre 2026 10:02",
     "Buongiorno Chiara,\n\nper la chiusura di ottobre ci servirebbero i DDT firmati e le CMR delle spedizioni "
     "Bergamo–Milano (trasformatori MT/BT e bobine di cavo), insieme alla fattura riepilogativa.\n\n"
     "Grazie mille,\nFrancesca\n\nFrancesca Galli\nContabilità | Example Group Italia S.r.l."),
    ("Chiara Colombo", "c.colombo@ferretti-trasporti.it", "giovedì 29 ottobre 2026 16:45",
     "Ciao Francesca,\n\nsto raccogliendo i documenti dagli autisti, te li mando a inizio settimana prossima.\n\n"
     "Un saluto,\nChiara"),
]


def _thread_quote_it(entries):
    out = []
    for name, mail, date, txt in reversed(entries):
        out.append("-----Messaggio originale-----\nDa: %s <%s>\nInviato: %s\nOggetto: %s\n\n%s" % (
            name, mail, date, "R: DDT e CMR ottobre - spedizioni Bergamo/Milano" if "Chiara" in name else
            "DDT e CMR ottobre - spedizioni Bergamo/Milano", txt))
    return "\n\n".join(out)


def a20():
    m = Mail("attack", 20, "it", "thread-hijack-ferretti-compromesso")
    ids = m.ids
    t = T("2026-11-03 05:21:48")
    rc = S("it_acc")
    sender = "c.colombo@ferretti-trasporti.it"
    rec, extra = aruba_out(ids, t, rc.email, "webmail.aruba.it", "102.89.34.117")
    link = "https://ferretti-trasporti-docs.web.app/condivisi/ottobre-2026?id=%s" % ids.hex(16)
    plain = (
        "Buongiorno Francesca,\n\n"
        "come anticipato ti inoltro i documenti di ottobre (DDT firmati, CMR e fattura riepilogativa "
        "n. 2026/1187). Vista la dimensione dei file li abbiamo caricati sul nostro archivio documentale "
        "condiviso.\n\n"
        "Per visualizzarli è sufficiente accedere con le credenziali della tua casella aziendale:\n\n"
        "Apri documenti: %s\n\n"
        "Fammi sapere se riesci ad aprirli.\n\n"
        "Un saluto,\nChiara\n\n") % link + _thread_quote_it(THREAD_IT)
    html = html_doc(
        '<div style="font-family:Arial,sans-serif;font-size:10pt"><p>Buongiorno Francesca,</p>'
        "<p>come anticipato ti inoltro i documenti di ottobre (DDT firmati, CMR e fattura riepilogativa n. 2026/1187). "
        "Vista la dimensione dei file li abbiamo caricati sul nostro archivio documentale condiviso.</p>"
        "<p>Per visualizzarli è sufficiente accedere con le credenziali della tua casella aziendale:</p>"
        '<p><a href="%s" style="font-weight:bold">&#128196; Apri documenti (3 file)</a></p>'
        "<p>Fammi sapere se riesci ad aprirli.</p><p>Un saluto,<br>Chiara</p>"
        '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">%s</blockquote></div>' % (
            link, _thread_quote_it(THREAD_IT).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")), "it")
    body = alt(text(plain, "plain", "UTF-8", "quoted-printable"), html_text(html, "UTF-8", "quoted-printable"),
               "----=_Part_%d_%d.%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9), 1793000000000 + ids.r.randrange(10 ** 8)))
    ref1 = "<%s@EXG-MBX02.corp.example.com>" % ids.hex(32)
    ref2 = "<000c01dc4a1f$3e5b7a20$ba126f60$@ferretti-trasporti.it>"
    hs = [
        ("Date", rdate(t, "CE")),
        ("From", "Chiara Colombo <%s>" % sender),
        ("To", "Francesca Galli <%s>" % rc.email),
        ("Message-ID", "<%d.%d.%d@webmail.aruba.it>" % (ids.r.randrange(10 ** 9), ids.r.randrange(10 ** 6), 1793000000000 + ids.r.randrange(10 ** 8))),
        ("In-Reply-To", ref2),
        ("References", ref1 + " " + ref2),
        ("Subject", "R: DDT e CMR ottobre - spedizioni Bergamo/Milano"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("Importance", "Normal"),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
        ("X-Originating-IP", "102.89.34.117"),
        ("X-Originating-Client", "open-xchange-appsuite"),
    ] + extra
    return m.finish("<%s>" % sender, rec, hs, body,
        "Thread hijack from Chiara Colombo's genuinely compromised Ferretti mailbox: in the real 'DDT e CMR ottobre' thread, the promised documents become a login link on a Firebase web.app site",
        "Authentic domain and real quoted conversation, but sent at 06:21 through Aruba webmail from a Nigerian mobile IP (X-Originating-IP 102.89.34.117) while Chiara normally uses Outlook; 'documents' require signing in with the recipient's mailbox credentials on ferretti-trasporti-docs.web.app (Firebase hosting, not Ferretti). Her genuine reply with the PDFs is business 19.",
        "business/19")


def a21():
    m = Mail("attack", 21, "it", "brt-giacenza-pagamento-phishing")
    ids = m.ids
    t = T("2026-11-13 16:08:55")
    rc = S("it_mgr")
    host = "srv3.akdeniz-hosting.com.tr"
    env = "admin@" + host
    rec = [
        I.mx(ids, host, host, "185.85.207.61", rc.email, plus(t, 2), tls="1.2"),
        "from admin by %s with local (Exim 4.96)\n\t(envelope-from <%s>)\n\tid %s-%s-%s\n\tfor %s; %s" % (
            host, env, ids.alnum(6), ids.alnum(6), ids.alnum(2), rc.email, rdate(t, "TR", day="pad0")),
    ]
    sp = "067026110483"
    link = "https://brt-it.redelivery-track.com/it/giacenza?sp=%s&c=%s" % (sp, ids.hex(10))
    plain = (
        "BRT – Notifica di mancata consegna\n\n"
        "Gentile Cliente,\n\n"
        "la spedizione n. %s a Lei indirizzata non è stata consegnata in data 12/11/2026 per indirizzo "
        "incompleto (numero civico mancante).\n\n"
        "La merce è in giacenza presso la filiale BRT di Milano Rogoredo. Per riprogrammare la consegna è "
        "necessario confermare l'indirizzo e corrispondere i diritti di giacenza di € 1,99 entro 48 ore; "
        "trascorso tale termine la spedizione verrà restituita al mittente.\n\n"
        "Riprogramma la consegna: %s\n\n"
        "BRT S.p.A. – Via E. Mattei 42 – 40138 Bologna\n") % (sp, link)
    html = html_doc(
        '<table width="600" style="font-family:Arial,sans-serif;font-size:14px;color:#333"><tr>'
        '<td style="background:#e30613;color:#fff;padding:16px;font-size:22px;font-weight:bold">BRT</td></tr>'
        '<tr><td style="padding:18px"><h3>Notifica di mancata consegna</h3><p>Gentile Cliente,</p>'
        "<p>la spedizione n. <b>%s</b> a Lei indirizzata non è stata consegnata in data 12/11/2026 per indirizzo incompleto (numero civico mancante).</p>"
        "<p>La merce è in giacenza presso la filiale BRT di Milano Rogoredo. Per riprogrammare la consegna è necessario confermare "
        "l'indirizzo e corrispondere i diritti di giacenza di <b>€ 1,99</b> entro 48 ore; trascorso tale termine la spedizione verrà restituita al mittente.</p>"
        '<p style="text-align:center"><a href="%s" style="background:#e30613;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Riprogramma la consegna</a></p>'
        '<p style="font-size:11px;color:#888">BRT S.p.A. – Via E. Mattei 42 – 40138 Bologna</p></td></tr></table>' % (sp, link), "it")
    body = alt(text(plain, "plain", "utf-8", "base64"), html_text(html, "utf-8", "base64"),
               "b1_%s" % ids.hex(32))
    hs = [
        ("To", rc.email),
        ("Subject", hval("Spedizione %s in giacenza – azione richiesta" % sp, "utf-8", "B", "UTF-8")),
        ("Date", rdate(t, "TR", day="pad0")),
        ("From", "BRT Notifiche <noreply@brt-notifiche-spedizioni.com>"),
        ("Message-ID", ids.mid_phpmailer(host)),
        ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0"),
    ]
    return m.finish("<%s>" % env, rec, hs, body,
        "Courier phishing: 'BRT' parcel on hold for an incomplete address, pay € 1.99 storage fee within 48 h",
        "Classic card-data phishing: BRT brand from an unrelated domain, sent by a PHP script on a compromised Turkish web host (envelope admin@srv3.akdeniz-hosting.com.tr), tiny fee + deadline, link to redelivery-track.com.",
        None)


ALL = [a17, a18, a19, a20, a21]
