"""Italian attack messages (17-21)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import threads as T
import util as U
import zipc
from msg import Msg, alt, hdrs_gmail, hdrs_outlook365, hdrs_roundcube


def a17():
    m = Msg("attack", 17, "it", "thread-hijack-compromised-carrier-mailbox")
    r = m.rng
    m.t = I.at(2026, 11, 20, 16, 38, 12, "EU")
    cip = "41.%d.%d.%d" % (r.randint(184, 190), r.randint(0, 255), r.randint(1, 254))
    m.env = env = I.aruba(r, m.t, cip, webmail=True)
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "c.colombo@ferretti-trasporti.it"
    cs = "utf-8"
    link = "https://ft-documenti-1187.ferretti-docs.workers.dev/?doc=FT2026-1187&m=ZnJhbmNlc2NhLnJ1c3NvQGV4YW1wbGUuY29t"
    body = [
        "Buongiorno Francesca,",
        "",
        "a chiusura del trasporto del 19/11 vi inviamo la fattura FT 2026/1187 e il CMR firmato allo scarico.",
        "Da questo mese, per le nuove regole interne di sicurezza, i documenti contabili non vengono più allegati alle e-mail ma sono disponibili nella nostra area documentale protetta (accesso con le vostre credenziali di posta aziendale):",
        "",
        "Visualizza documenti FT 2026/1187 + CMR: %s" % link,
        "",
        "Vi chiediamo inoltre di attendere per il pagamento: l'ufficio amministrativo vi comunicherà a parte le nuove coordinate bancarie, il conto indicato nell'offerta è in fase di chiusura.",
        "",
        "Cordiali saluti",
        "Chiara Colombo",
        "Ufficio Traffico",
        "Ferretti Trasporti S.p.A.",
    ]
    quote = (["", "Il 12/11/2026 11:20, Chiara Colombo ha scritto:"] + ["> " + l if l else ">" for l in T.FERRETTI_R_BODY]
             + [">", "> Il 12/11/2026 09:04, Francesca Russo ha scritto:"] + [">> " + l if l else ">>" for l in T.FERRETTI_Q_BODY])
    text = M.paras_to_text(body + quote)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            + "".join("<p>%s</p>\n" % (M.esc(l) if "Visualizza" not in l else "<a href=\"%s\">Visualizza documenti FT 2026/1187 + CMR</a>" % link) for l in body if l)
            + "<div>&nbsp;</div><div id=\"signature\"></div><blockquote type=\"cite\" style=\"padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0\">"
            + "<br>".join(M.esc(l) for l in quote[1:]) + "</blockquote>\n</body></html>\n")
    subj = M.hdr_text("Re: " + T.FERRETTI_SUBJ, cs, "Q")
    msgid = "<%s@ferretti-trasporti.it>" % I.rhex(r, 32)
    m.headers = hdrs_roundcube(m.t, "Chiara Colombo <c.colombo@ferretti-trasporti.it>",
                               "Francesca Russo <francesca.russo@example.com>", subj, msgid, "c.colombo@ferretti-trasporti.it",
                               ver="1.6.6", reply=(T.FERRETTI_R_ID, "%s\n %s" % (T.FERRETTI_Q_ID, T.FERRETTI_R_ID)),
                               replyto="Chiara Colombo <c.colombo@ferretti-trasporti-it.com>")
    m.headers.append(("X-Originating-IP", "[%s]" % cip))
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="UTF-8", ct_style="plain")
    m.what = "Thread hijack from the genuinely compromised mailbox of Ferretti's traffic clerk: reply in a real transport thread with a link to a 'protected document area' and a hint that bank details will change"
    m.why = ("Real sender and real Aruba infrastructure, but the webmail session comes from an African IP (%s), Reply-To diverted to look-alike ferretti-trasporti-it.com, "
             "the invoice is no longer attached but behind a workers.dev credential page, and payment is to be held for 'new bank details' (set-up for payment diversion); "
             "quotes the genuine thread of business/19" % cip)
    return m


def a18():
    m = Msg("attack", 18, "it", "sdi-rejection-zip-lnk-compromised-zimbra")
    r = m.rng
    m.t = I.at(2026, 10, 19, 8, 2, 44, "EU")
    host = "mail.officinemeccanichetosi.it"
    m.env = env = I.postfix_server(r, m.t, host, "93.%d.%d.%d" % (r.randint(62, 63), r.randint(0, 255), r.randint(2, 250)),
                                   client_ip="194.%d.%d.%d" % (r.randint(26, 31), r.randint(0, 255), r.randint(2, 250)),
                                   client_helo="[127.0.0.1]")
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "amministrazione@officinemeccanichetosi.it"
    piva = B.it_piva("1178423096")
    name = "IT%s_4471_NS_001.xml.lnk" % piva
    z = zipc.make_zip([(name, U.placeholder("would be a Windows shortcut running mshta"), (2026, 10, 19, 7, 55, 10))], seed=m.key)
    text = M.paras_to_text([
        "Sistema di Interscambio - Notifica di scarto",
        "",
        "Identificativo SdI: 1847%s" % I.rstr(r, 6, "0123456789"),
        "Nome file: IT%s_4471.xml" % piva,
        "Cedente/prestatore: Example Group Italia S.r.l. - P.IVA IT%s" % piva,
        "",
        "Gentile contribuente,",
        "il file fattura indicato non ha superato i controlli del Sistema di Interscambio ed è stato scartato.",
        "Codice errore 00404 - Fattura duplicata (numero e data già presenti per il cedente/prestatore).",
        "",
        "In allegato la notifica di scarto (NS) e il riepilogo dell'esito. Si ricorda che una fattura scartata si considera non emessa: in assenza di ritrasmissione entro 5 giorni dalla notifica si applicano le sanzioni di cui all'art. 6 del D.Lgs. 471/1997.",
        "",
        "Agenzia delle Entrate - Sistema di Interscambio",
        "Messaggio generato automaticamente, si prega di non rispondere.",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "EU")), ("From", "Sistema di Interscambio <amministrazione@officinemeccanichetosi.it>"),
                 ("To", "francesca.russo@example.com"),
                 ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@officinemeccanichetosi.it>" % (r.randint(100000000, 999999999), r.randint(1000, 9999), int(m.t.timestamp() * 1000))),
                 ("Subject", M.hdr_text("Notifica di scarto fattura IT%s_4471 - Codice 00404" % piva, "utf-8")),
                 ("MIME-Version", "1.0"),
                 ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4583)"),
                 ("Thread-Index", "Ab" + I.rstr(r, 22, I.ALNUM) + "=="), ("Thread-Topic", "Notifica di scarto fattura IT%s_4471 - Codice 00404" % piva)]
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", "utf-8", "8bit", label="utf-8", ct_style="plain"),
        M.attachment(z, "application/zip", "IT%s_4471_NS_001.zip" % piva, describe="ZIP containing %s (one-line placeholder)" % name),
    ], I.b_javamail(r)(0))
    m.what = "Fake SdI (Sistema di Interscambio) e-invoice rejection notice with a ZIP containing an .xml.lnk shortcut"
    m.why = ("SdI notifications are delivered via PEC/SDICoop to the transmitting intermediary, never as ZIP from a third-party company's Zimbra server; "
             "display name spoofs 'Sistema di Interscambio' on a compromised small-business mailbox, double extension .xml.lnk (shortcut malware), sanction threat and 5-day deadline")
    return m


def a19():
    m = Msg("attack", 19, "it", "pec-mailbox-renewal-phish-brevo")
    r = m.rng
    m.t = I.at(2026, 11, 26, 10, 30, 2, "EU")
    m.env = env = I.brevo(r, m.t)
    m.rcpt = "niccolo.ferrari@example.com"
    m.mailfrom = "bounces-%d-%s@sender-sib.com" % (r.randint(100000, 999999), I.rhex(r, 10))
    link = "https://r.sp1-brevo.net/mk/cl/f/sh/%s" % I.rstr(r, 96, I.ALNUM + "-_")
    pec = "examplegroupitalia@pec.it"
    paras = [
        "Gentile Cliente,",
        "",
        "la casella di Posta Elettronica Certificata %s associata al contratto n. PEC-%s scadrà il 30/11/2026." % (pec, I.rstr(r, 8, "0123456789")),
        "",
        "Alla scadenza la casella verrà sospesa: non potrai più inviare né ricevere messaggi con valore legale e i messaggi in arrivo (incluse notifiche di fatturazione elettronica e comunicazioni di enti pubblici) verranno respinti al mittente.",
        "",
        "Per mantenere attivo il servizio verifica i dati di accesso e conferma il rinnovo annuale (€ 5,00 + IVA) dall'Area Clienti.",
        "",
        "Rinnova ora: %s" % link,
        "",
        "Grazie per aver scelto i nostri servizi.",
        "Servizio Clienti PEC",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:600px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333\">"
                         "<div style=\"background:#e8590c;color:#fff;padding:16px 20px;font-size:20px;font-weight:bold\">PEC &middot; Area Clienti</div><div style=\"padding:20px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras if p and not p.startswith("Rinnova"))
                         + "<p style=\"text-align:center\"><a href=\"%s\" style=\"background:#e8590c;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px\">RINNOVA ORA</a></p></div></div>" % link
                         + "<img width=\"1\" height=\"1\" src=\"https://r.sp1-brevo.net/tr/op/%s\" alt=\"\">" % I.rstr(r, 60, I.ALNUM + "-_"), "utf-8", "PEC")
    m.headers = [("From", "Servizio PEC <comunicazioni@pec-rinnovi-servizi.it>"), ("To", "niccolo.ferrari@example.com"),
                 ("Subject", M.hdr_text("Casella PEC in scadenza il 30/11/2026 – rinnova per evitare la sospensione", "utf-8", "B")),
                 ("Date", I.rfc2822(m.t, "UTC")), ("Message-Id", env.msgid), ("MIME-Version", "1.0"),
                 ("List-Unsubscribe", "<https://r.sp1-brevo.net/mk/un/v2/%s>" % I.rstr(r, 60, I.ALNUM + "-_"))]
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8", ct_style="plain")
    m.what = "PEC (certified e-mail) mailbox expiry notice phishing for the customer-area credentials, sent through Brevo"
    m.why = ("Generic PEC-provider lookalike domain pec-rinnovi-servizi.it, bulk ESP with tracked redirect link, threat of losing legally relevant mail and e-invoice notices, "
             "low renewal fee to lure card/credential entry")
    return m


def a20():
    m = Msg("attack", 20, "it", "carrier-bank-change-lookalike-workspace")
    r = m.rng
    m.t = I.at(2026, 11, 23, 9, 47, 18, "EU")
    m.env = env = I.gmail(r, m.t, workspace=True)
    dom = "ferreti-trasporti.it"
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "amministrazione@%s" % dom
    new_iban = B.it_iban("03268", "22300", "052879641350")
    paras = [
        "Spett.le Example Group Italia S.r.l.,",
        "alla c.a. dell'Ufficio Amministrazione",
        "",
        "con la presente vi comunichiamo che, a seguito della migrazione dei nostri rapporti bancari, a partire da oggi tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:",
        "",
        "Beneficiario: Ferretti Trasporti S.p.A.",
        "IBAN: %s" % B.fmt_iban(new_iban),
        "BIC: SELBIT2BXXX",
        "",
        "Il precedente conto presso Intesa Sanpaolo non è più operativo e gli eventuali bonifici verrebbero respinti. Vi preghiamo pertanto di aggiornare la vostra anagrafica fornitori prima di disporre il pagamento della fattura FT 2026/1187 del 20/11/2026 (2.989,00 EUR).",
        "",
        "In allegato la lettera su carta intestata firmata dal nostro amministratore. Vi chiediamo gentilmente una conferma di avvenuto aggiornamento rispondendo a questa e-mail.",
        "",
        "Cordiali saluti",
        "",
        "Ufficio Amministrazione",
        "Ferretti Trasporti S.p.A.",
        "Via dell'Artigianato 18 – 24040 Stezzano (BG)",
    ]
    text = M.paras_to_text(paras)
    html = M.gmail_html(paras)
    letter = pdf.make_pdf([
        ("FERRETTI TRASPORTI S.p.A.", 16, True), "Via dell'Artigianato 18 - 24040 Stezzano (BG) - P.IVA IT%s" % B.it_piva("0278145016"), "", "",
        "Spett.le Example Group Italia S.r.l.", "Via Gallarate 205", "20151 Milano", "", "Stezzano, 23/11/2026", "",
        ("Oggetto: comunicazione variazione coordinate bancarie", 11, True), "",
        "Vi comunichiamo che dalla data odierna le nostre coordinate bancarie per tutti i pagamenti sono:", "",
        "Banca Sella S.p.A. - IBAN %s" % B.fmt_iban(new_iban), "", "Le precedenti coordinate non sono più valide.", "",
        "Distinti saluti", "", "L'Amministratore Unico", "Roberto Ferretti",
    ], title="Variazione IBAN", author="Amministrazione", creator="Microsoft Word", producer="Microsoft: Print To PDF", date="D:20261123091022+01'00'")
    subj = "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A."
    m.headers = hdrs_gmail(env, m.t, "Amministrazione Ferretti Trasporti <amministrazione@%s>" % dom,
                           "francesca.russo@example.com", subj, r, cc="niccolo.ferrari@example.com")
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(text, html, "utf-8", "quoted-printable", "quoted-printable", b(1), label="UTF-8"),
        M.attachment(letter, "application/pdf", "Comunicazione_variazione_IBAN.pdf", describe="PDF letter with new IBAN"),
    ], b(0))
    m.what = "Carrier bank-detail change from a look-alike of Ferretti Trasporti, timed right after the hijacked thread, asking to pay FT 2026/1187 to a new IBAN"
    m.why = ("Domain ferreti-trasporti.it (one 't'), Google Workspace instead of Ferretti's Aruba mail, new account announced only by e-mail and PDF, confirmation only by reply, "
             "payment of a specific open invoice redirected; genuine Ferretti invoice with unchanged IBAN is business/17")
    return m


def a21():
    m = Msg("attack", 21, "it", "teams-helpdesk-vishing-pretext")
    r = m.rng
    m.t = I.at(2026, 12, 2, 14, 5, 53, "EU")
    m.env = env = I.eop(r, m.t, "supportoitexample.onmicrosoft.com", region="eurprd09", pod="AM9PR09MB")
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "helpdesk@supportoitexample.onmicrosoft.com"
    paras = [
        "Ciao Francesca,",
        "",
        "nelle ultime ore il nostro sistema ha rilevato che la tua casella sta ricevendo migliaia di e-mail indesiderate (attacco di tipo \"mail bombing\"). Abbiamo già attivato un filtro temporaneo sul server, ma per bloccare completamente il problema dobbiamo applicare una correzione anche sul tuo PC.",
        "",
        "Entro i prossimi 30 minuti un tecnico del nostro team ti contatterà tramite Microsoft Teams dall'account \"Help Desk IT | Example Group\". Ti chiediamo di:",
        "1. accettare la chat/chiamata su Teams (comparirà come utente esterno: è normale, il supporto è gestito dal nostro fornitore);",
        "2. avviare \"Assistenza rapida\" (Quick Assist) su Windows e comunicare al tecnico il codice a 6 cifre che ti verrà mostrato.",
        "",
        "Nel frattempo non cancellare le e-mail ricevute e non spegnere il computer.",
        "",
        "Grazie per la collaborazione",
        "Help Desk IT – Example Group",
        "Service Desk esterno (1st level)",
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, "utf-8", "IT")
    m.headers = hdrs_outlook365(env, m.t, "Help Desk IT | Example Group <helpdesk@supportoitexample.onmicrosoft.com>",
                                "Francesca Russo <francesca.russo@example.com>",
                                M.hdr_text("Urgente: la tua casella è sotto attacco spam – intervento del supporto IT", "utf-8"),
                                lang="it-IT", rng=r)
    m.post_headers = env.ms_post
    m.body = alt(text, html, "utf-8", "base64", "base64", env.boundary(0), label="utf-8")
    m.what = "Teams/Quick Assist vishing pretext: external 'IT help desk' announces a Teams call about mail bombing and asks the user to start Quick Assist"
    m.why = ("Sender is an external onmicrosoft.com tenant impersonating internal IT, primes the victim to accept an external Teams chat and grant remote control "
             "(pattern of Black Basta/Storm-1811 intrusions after e-mail bombing); genuine IT warning about this is business/21")
    return m


ALL = [a17, a18, a19, a20, a21]
