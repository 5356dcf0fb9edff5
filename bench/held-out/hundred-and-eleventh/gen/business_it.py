"""Italian genuine business messages (17-21)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import threads as T
import util as U
from msg import Msg, alt, hdrs_outlook365, hdrs_outlook_smtp, hdrs_thunderbird, outlook_classic_boundary, outlook_smtp_msgid

PIVA = B.it_piva("1178423096")
FERRETTI_PIVA = B.it_piva("0278145016")


def b17():
    m = Msg("business", 17, "it", "carrier-invoice-courtesy-copy")
    r = m.rng
    m.t = I.at(2026, 11, 20, 17, 45, 10, "EU")
    m.env = env = I.aruba(r, m.t, "93.%d.%d.%d" % (r.randint(32, 63), r.randint(0, 255), r.randint(2, 250)))
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "amministrazione@ferretti-trasporti.it"
    cs = "windows-1252"
    paras = [
        "Spett.le Example Group Italia S.r.l.,",
        "",
        "in allegato copia di cortesia della fattura n. FT 2026/1187 del 20/11/2026 relativa al trasporto di n. 6 rack da Milano a Francoforte del 19/11/2026 (offerta n. 2026/311).",
        "",
        "La fattura elettronica è stata regolarmente trasmessa tramite SdI al vostro codice destinatario; il presente PDF non ha valore fiscale.",
        "",
        "Importo: € 2.989,00 (imponibile € 2.450,00 + IVA 22% € 539,00)",
        "Pagamento: bonifico 30 gg d.f.f.m. - scadenza 31/12/2026",
        "IBAN: %s (Intesa Sanpaolo, invariato)" % B.fmt_iban(C.FERRETTI_IBAN),
        "",
        "Cordiali saluti",
        "",
        "Ufficio Amministrazione",
        "Ferretti Trasporti S.p.A.",
        "Via dell'Artigianato 18 - 24040 Stezzano (BG)",
        "P.IVA %s - Tel. 035 591 2200" % FERRETTI_PIVA,
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "IT")
    doc = pdf.make_pdf([
        ("FERRETTI TRASPORTI S.p.A.", 15, True), "Via dell'Artigianato 18 - 24040 Stezzano (BG) - P.IVA IT%s" % FERRETTI_PIVA, "", "",
        "Spett.le Example Group Italia S.r.l.", "Via Gallarate 205 - 20151 Milano", "P.IVA IT%s" % PIVA, "", "",
        ("FATTURA N. FT 2026/1187 del 20/11/2026 - COPIA DI CORTESIA", 12, True), "",
        "Trasporto n. 6 rack 42U Milano (Via Gallarate 205) - Frankfurt am Main (FRA2), ritiro 19/11/2026", "Offerta n. 2026/311 - CMR n. 118823", "",
        "Imponibile                    2.450,00 EUR", "IVA 22%                         539,00 EUR", ("Totale documento              2.989,00 EUR", 11, True), "",
        "Pagamento: bonifico bancario 30 gg d.f.f.m. - scadenza 31/12/2026", "IBAN %s - Intesa Sanpaolo" % B.fmt_iban(C.FERRETTI_IBAN), "",
        ("Documento privo di valore fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata SdI.", 8),
    ], title="FT 2026/1187", author="Ferretti Trasporti", creator="TeamSystem Enterprise", producer="TeamSystem PDF", date="D:20261120173902+01'00'")
    msgid = outlook_smtp_msgid(r, m.t, "ferretti-trasporti.it")
    h, post = hdrs_outlook_smtp(m.t, "Amministrazione Ferretti Trasporti <amministrazione@ferretti-trasporti.it>",
                                "Francesca Russo <francesca.russo@example.com>",
                                "Invio copia di cortesia fattura FT 2026/1187 del 20/11/2026", msgid, lang="it", rng=r)
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(doc, "application/pdf", "FT_2026_1187.pdf", describe="courtesy copy invoice PDF"),
    ], bnd(0))
    m.what = "Genuine courtesy copy of Ferretti's invoice FT 2026/1187 (the e-invoice itself went through SdI), unchanged IBAN"
    m.why = "Ferretti's own domain on Aruba from an Italian office IP, amounts match the offer quoted in the thread, PDF attached directly, bank account unchanged"
    m.hard_neg_of = [17, 20]
    return m


def b18():
    m = Msg("business", 18, "it", "customer-complaint-site-down-libero")
    r = m.rng
    m.t = I.at(2026, 10, 16, 8, 12, 55, "EU")
    m.env = env = I.libero(r, m.t, "151.%d.%d.%d" % (r.randint(16, 95), r.randint(0, 255), r.randint(2, 250)))
    m.rcpt = "niccolo.ferrari@example.com"
    m.mailfrom = "marco.rinaldi72@libero.it"
    cs = "ISO-8859-1"
    text = M.paras_to_text([
        "Buongiorno,",
        "",
        "scrivo per l'ennesima volta perché da ieri sera alle 22 circa tre siti dei miei clienti (pasticceriarinaldi.it, studiodentisticobassi.it e agriturismo-ilcolle.it) rispondono a singhiozzo e la posta non arriva. Il ticket #48213 aperto stamattina alle 7 è ancora senza risposta.",
        "",
        "Capisco che possano esserci problemi, ma ho dei clienti che lavorano con l'e-commerce e mi stanno chiamando da un'ora. Non è la prima volta questo mese: il 2 ottobre è successo lo stesso.",
        "",
        "Vi chiedo di farmi sapere al più presto cosa sta succedendo e quando si risolve, e di valutare uno sconto sul canone di ottobre come previsto dallo SLA.",
        "",
        "Se la situazione non migliora sarò costretto a spostare i clienti altrove.",
        "",
        "Marco Rinaldi",
        "Studio Rinaldi - web design",
        "cell. 339 418 2276",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "EU")), ("From", "Marco Rinaldi <marco.rinaldi72@libero.it>"),
                 ("To", "\"niccolo.ferrari@example.com\" <niccolo.ferrari@example.com>"),
                 ("Message-ID", env.msgid), ("Subject", M.hdr_text("Siti irraggiungibili da ieri sera - ticket #48213 ancora senza risposta", cs)),
                 ("MIME-Version", "1.0"), ("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Libero Mail/12.0.0 (Webmail)")]
    m.body = M.text_part(text, "plain", "iso-8859-1", "8bit", label=cs)
    m.what = "Angry customer complaint (reseller) about an outage, from a libero.it consumer mailbox"
    m.why = "Known customer, references a real ticket and domains, demands SLA credit and threatens to leave, but no links, attachments or payment redirection"
    return m


def b19():
    m = Msg("business", 19, "it", "carrier-thread-reply-genuine")
    r = m.rng
    m.t = T.FERRETTI_R_T
    m.env = env = I.aruba(r, m.t, "93.%d.%d.%d" % (r.randint(32, 63), r.randint(0, 255), r.randint(2, 250)))
    env.msgid = T.FERRETTI_R_ID
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "c.colombo@ferretti-trasporti.it"
    quote = U.tb_quote("Il 12/11/2026 09:04, Francesca Russo ha scritto:", T.FERRETTI_Q_BODY)
    text = M.paras_to_text(T.FERRETTI_R_BODY + quote)
    html = ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n  </head>\n  <body>\n"
            + "".join("    <p>%s</p>\n" % M.esc(l) for l in T.FERRETTI_R_BODY if l)
            + "    <div class=\"moz-cite-prefix\">Il 12/11/2026 09:04, Francesca Russo ha scritto:<br>\n    </div>\n    <blockquote type=\"cite\" cite=\"mid:%s\">\n" % T.FERRETTI_Q_ID[1:-1]
            + "<br>".join(M.esc(l) for l in T.FERRETTI_Q_BODY) + "\n    </blockquote>\n  </body>\n</html>\n")
    m.headers = hdrs_thunderbird(m.t, "Chiara Colombo <c.colombo@ferretti-trasporti.it>", "Francesca Russo <francesca.russo@example.com>",
                                 M.hdr_text("Re: " + T.FERRETTI_SUBJ, "UTF-8"), env.msgid, lang="it",
                                 reply=(T.FERRETTI_Q_ID, T.FERRETTI_Q_ID), org="Ferretti Trasporti S.p.A.")
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", I.b_thunderbird(r)(0), label="UTF-8", ct_style="plain")
    m.what = "Ferretti's traffic clerk confirms pickup time, truck and price in the real transport thread (the thread later hijacked in attack/17)"
    m.why = "Genuine reply from Chiara's usual Thunderbird via Aruba from an Italian office IP, no links or payment changes, refers to 'the usual account'"
    m.hard_neg_of = [17]
    return m


def b20():
    m = Msg("business", 20, "it", "internal-office-closure-notice")
    r = m.rng
    m.t = I.at(2026, 11, 30, 11, 20, 44, "EU")
    m.env = env = I.internal(r, m.t, "10.21.4.18", server="FRA-EXCH02")
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "niccolo.ferrari@example.com"
    cs = "iso-8859-15"
    paras = [
        "Ciao a tutti,",
        "",
        "vi ricordo che lunedì 7 dicembre (Sant'Ambrogio) e martedì 8 dicembre (Immacolata) l'ufficio di Via Gallarate resterà chiuso.",
        "",
        "Il data center MIL1 resta ovviamente operativo con il presidio H24 del NOC; per emergenze dei clienti vale il consueto numero di reperibilità. Chi ha ferie residue da smaltire entro fine anno inserisca la richiesta nel portale HR entro venerdì.",
        "",
        "Il pranzo di Natale dell'ufficio è confermato per giovedì 17 dicembre alle 13:00 (quota €25 a persona, raccoglie Francesca).",
        "",
        "Grazie e buona settimana",
        "Niccolò",
    ]
    sig = ["Niccolò Ferrari | Office Manager Italia", "Example Group Italia S.r.l. | Via Gallarate 205 | 20151 Milano"]
    text = M.paras_to_text(paras + [""] + sig)
    html = M.outlook_html(paras, cs, "IT", sig)
    m.headers = hdrs_outlook365(env, m.t, M.addr("Ferrari, Niccolò", "niccolo.ferrari@example.com", cs),
                                M.addr("Ufficio Milano", "milano@example.com"), M.hdr_text("Chiusura ufficio 7-8 dicembre e pranzo di Natale", cs),
                                lang="it-IT", rng=r)
    m.body = alt(text, html, cs, "quoted-printable", "quoted-printable", env.boundary(0), label="iso-8859-15")
    m.what = "Internal notice from the Milan office manager to the office distribution list (holiday closure, Christmas lunch)"
    m.why = "Internal relay and Exchange hop, distribution list, local holiday facts, no links or requests beyond normal office logistics"
    return m


def b21():
    m = Msg("business", 21, "it", "it-security-warning-fake-helpdesk-internal")
    r = m.rng
    m.t = I.at(2026, 12, 2, 15, 10, 2, "EU")
    m.env = env = I.internal(r, m.t, "10.20.14.88")
    m.rcpt = "francesca.russo@example.com"
    m.mailfrom = "it-security@example.com"
    paras = [
        "Care colleghe, cari colleghi,",
        "",
        "oggi alcune caselle del gruppo hanno ricevuto grandi quantità di e-mail di iscrizione a newsletter (\"mail bombing\") e, subito dopo, messaggi o chiamate Teams da presunti tecnici dell'Help Desk IT provenienti da account esterni.",
        "",
        "Vi ricordiamo che:",
        "- il supporto IT di Example Group vi contatta solo dal tenant interno (i nostri account non mostrano mai l'etichetta \"Esterno\" in Teams);",
        "- non vi chiederemo mai di avviare Assistenza rapida (Quick Assist), AnyDesk o simili su richiesta non sollecitata;",
        "- in caso di dubbio chiamate il Service Desk al numero interno 4444 (+49 69 945 118-4444).",
        "",
        "Le e-mail indesiderate vengono già filtrate dal gateway, non serve intervenire sui PC. Segnalate eventuali contatti sospetti con il pulsante \"Segnala\" in Outlook.",
        "",
        "Grazie per l'attenzione",
        "Lena Vogt",
        "IT Security - Example Group",
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, "utf-8", "IT")
    m.headers = hdrs_outlook365(env, m.t, M.addr("IT Security", "it-security@example.com"),
                                M.addr("Tutti Italia", "all-italia@example.com"),
                                M.hdr_text("Avviso di sicurezza: falsi tecnici dell'Help Desk su Microsoft Teams", "utf-8"), lang="it-IT", rng=r,
                                extra=[("Sender", M.addr("Lena Vogt", "lena.vogt@example.com"))])
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8")
    m.what = "Genuine IT-security warning to all Italian staff about fake help-desk Teams calls after mail bombing"
    m.why = "Internal relay, sent by the mail admin on behalf of the IT-security mailbox, tells users NOT to start Quick Assist; same topic as attack/21 but protective"
    m.hard_neg_of = [21]
    return m


ALL = [b17, b18, b19, b20, b21]
