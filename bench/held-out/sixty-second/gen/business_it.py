"""Italian business messages 17-21."""
import banking as bk
import files
import infra as I
from attacks_it import FERRETTI_PIVA, THREAD_IT, _thread_quote_it, aruba_out
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

FERRETTI_OLD = bk.iban("IT", bk.it_bban("05696", "11100", "000004127X31"))
FERRETTI_NEW = bk.iban("IT", bk.it_bban("03069", "11166", "100000063118"))
FERRETTI_FOOTER = ("Ferretti Trasporti S.p.A.\nVia delle Industrie 18 – 24044 Dalmine (BG)\n"
                   "Tel. 035 456 7800 – www.ferretti-trasporti.it\nP.IVA %s – REA BG-318877\n" % FERRETTI_PIVA)


def _html(plain, font="Calibri,sans-serif"):
    return '<div class="WordSection1" style="font-family:%s;font-size:11pt">%s</div>' % (font, "".join(
        "<p class=\"MsoNormal\">%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        for p in plain.strip().split("\n\n")))


def b17():
    m = Mail("business", 17, "it", "ferretti-nuove-coordinate-bancarie")
    ids = m.ids
    t = T("2026-12-02 10:15:33")
    rc = S("it_acc")
    rec, extra = aruba_out(ids, t, rc.email, "AMM-PC03", "93.41.226.18")
    plain = (
        "Gentili Clienti,\n\n"
        "con la presente Vi comunichiamo che, nell'ambito della razionalizzazione dei nostri rapporti "
        "bancari, dal 1° gennaio 2027 gli incassi di Ferretti Trasporti S.p.A. saranno canalizzati sul "
        "conto corrente intestato alla nostra società presso Intesa Sanpaolo S.p.A., filiale di Bergamo:\n\n"
        "IBAN: %s\n"
        "BIC: BCITITMM\n\n"
        "Il conto presso la Banca Popolare di Sondrio (IBAN %s) resterà attivo fino al 31 marzo 2027, "
        "pertanto eventuali bonifici già disposti andranno comunque a buon fine.\n\n"
        "In allegato trovate la comunicazione firmata dal legale rappresentante, inviata anche tramite PEC. "
        "Per la Vostra sicurezza Vi invitiamo a verificare i nuovi dati telefonando al nostro ufficio "
        "amministrazione al numero 035 456 7810 (lo stesso riportato nei contratti di trasporto) e a non dare "
        "seguito a eventuali richieste di variazione che dovessero pervenirVi in forma diversa.\n\n"
        "Ringraziando per la collaborazione, porgiamo cordiali saluti.\n\n"
        "Ufficio Amministrazione\n\n") % (bk.fmt_iban(FERRETTI_NEW), bk.fmt_iban(FERRETTI_OLD)) + FERRETTI_FOOTER
    pdfb = files.pdf([
        "Spett.le Example Group Italia S.r.l.",
        "Via Tortona 33 - 20144 Milano",
        "",
        "Dalmine, 1 dicembre 2026",
        "",
        "## Oggetto: variazione coordinate bancarie dal 1° gennaio 2027",
        "",
        "Con la presente comunichiamo che dal 1° gennaio 2027 i pagamenti a favore di Ferretti Trasporti S.p.A.",
        "dovranno essere effettuati sul conto corrente intestato alla società presso:",
        "",
        "Intesa Sanpaolo S.p.A. - Filiale di Bergamo",
        "IBAN: " + bk.fmt_iban(FERRETTI_NEW) + "     BIC: BCITITMM",
        "",
        "Il conto presso Banca Popolare di Sondrio (IBAN " + bk.fmt_iban(FERRETTI_OLD) + ")",
        "resterà attivo fino al 31 marzo 2027. Per conferme: Ufficio Amministrazione, tel. 035 456 7810.",
        "",
        "Distinti saluti",
        "",
        "Il Legale Rappresentante - Dott. Giovanni Ferretti (firmato digitalmente)",
    ], title="Variazione coordinate bancarie 2027", author="Amministrazione Ferretti", creator="Microsoft Word",
        producer="Microsoft Word per Microsoft 365", created="20261201170300+01'00'",
        header=["Ferretti Trasporti S.p.A.", "Via delle Industrie 18", "24044 Dalmine (BG)", "P.IVA " + FERRETTI_PIVA])
    body = multipart("mixed", [
        alt(text(plain, "plain", "windows-1252", "quoted-printable"), html_text(html_doc(_html(plain), "IT"), "windows-1252", "quoted-printable"),
            ids.b_outlook(None, 1)),
        attach(pdfb, "application/pdf", "Ferretti_Trasporti_coordinate_bancarie_2027.pdf"),
    ], ids.b_outlook(None, 0), preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", '"Ferretti Trasporti - Amministrazione" <amministrazione@ferretti-trasporti.it>'),
        ("To", addr("Francesca Galli", rc.email)),
        ("Cc", addr("Davide Rinaldi", S("it_mgr").email)),
        ("Subject", hval("Ferretti Trasporti S.p.A. – nuove coordinate bancarie dal 1° gennaio 2027", "windows-1252", "Q")),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp("ferretti-trasporti.it")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "it"),
    ] + extra
    return m.finish("<amministrazione@ferretti-trasporti.it>", rec, hs, body,
        "Genuine bank-detail change of the carrier Ferretti Trasporti: new Intesa Sanpaolo account from 1 January 2027, signed letter attached and sent by PEC",
        "Real domain via Aruba from the carrier's office line; Italian bank, same account holder, a month's notice, old account kept open until March, letter from the legal representative, and an explicit invitation to verify by phone at the number in the contracts. Hard negative of attack 17.")


def b18():
    m = Mail("business", 18, "it", "ferretti-fattura-copia-cortesia")
    ids = m.ids
    t = T("2026-11-02 16:20:09")
    rcpt = "fatture@example.com"
    rec, extra = aruba_out(ids, t, rcpt, "FATTURAZIONE", "93.41.226.18")
    plain = (
        "Spett.le EXAMPLE GROUP ITALIA S.R.L.,\n\n"
        "in allegato la copia di cortesia della fattura elettronica n. 2026/1203 del 31/10/2026 "
        "(trasporti di ottobre, tratte Bergamo–Milano), importo totale € 4.312,50.\n\n"
        "La fattura è stata trasmessa al Sistema di Interscambio (identificativo SdI 21873459012) e "
        "recapitata al Vostro codice destinatario M5UXCR1. La presente copia non ha valore ai fini fiscali.\n\n"
        "Scadenza: 30/11/2026 – bonifico bancario sulle coordinate indicate in fattura.\n\n"
        "Cordiali saluti\nUfficio Amministrazione\n\n") + FERRETTI_FOOTER
    pdfb = files.pdf([
        "# FATTURA N. 2026/1203 del 31/10/2026",
        "Copia di cortesia - documento trasmesso al SdI, ID 21873459012",
        "",
        "Cessionario: EXAMPLE GROUP ITALIA S.R.L., Via Tortona 33, 20144 Milano - Codice destinatario M5UXCR1",
        "",
        "## Descrizione                                              Imponibile",
        "Trasporti ottobre 2026 - 9 tratte Bergamo/Milano (DDT allegati)    3.534,84",
        "IVA 22%                                                              777,66",
        "## Totale documento                                         EUR 4.312,50",
        "",
        "Pagamento: bonifico 30 gg d.f. - scadenza 30/11/2026",
        "Banca Popolare di Sondrio - IBAN " + bk.fmt_iban(FERRETTI_OLD),
    ], title="Fattura 2026/1203", author="Ferretti Trasporti", creator="TeamSystem Studio",
        producer="TeamSystem PDF", created="20261102161500+01'00'",
        header=["Ferretti Trasporti S.p.A.", "Via delle Industrie 18", "24044 Dalmine (BG)", "P.IVA " + FERRETTI_PIVA])
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-1", "8bit"),
        attach(pdfb, "application/pdf", "IT%s_FPR_2026-1203.pdf" % FERRETTI_PIVA),
    ], "----=_NextPart_%s" % ids.hex(24, True))
    hs = [
        ("From", "Ferretti Trasporti - Amministrazione <amministrazione@ferretti-trasporti.it>"),
        ("To", rcpt),
        ("Subject", "Copia di cortesia fattura n. 2026/1203 del 31/10/2026"),
        ("Date", rdate(t, "CE")),
        ("Message-ID", "<FT2026-1203.%s@ferretti-trasporti.it>" % ids.hex(12)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "TeamSystem Mailer 4.1"),
    ] + extra
    return m.finish("<amministrazione@ferretti-trasporti.it>", rec, hs, body,
        "Genuine courtesy copy of Ferretti's e-invoice 2026/1203, plain PDF attached, with SdI transmission ID and recipient code",
        "Known carrier, real domain, invoice refers to SdI transmission and the company's recipient code, ordinary unencrypted PDF with text, payment to the long-standing account. Hard negative of the password-ZIP 'invoice' attack 18.")


def b19():
    m = Mail("business", 19, "it", "colombo-ddt-cmr-risposta-thread")
    ids = m.ids
    t = T("2026-11-04 09:42:17")
    rc = S("it_acc")
    rec, extra = aruba_out(ids, t, rc.email, "PCCOLOMBO", "93.41.226.18")
    plain = (
        "Ciao Francesca,\n\n"
        "scusa il ritardo: in allegato trovi i DDT firmati e le CMR di ottobre (in un unico PDF) e la fattura "
        "riepilogativa n. 2026/1187.\n\n"
        "Importante: ieri mattina dal mio indirizzo è partita una mail con un link a un \"archivio "
        "condiviso\" che non ho scritto io – la mia casella è stata violata. Se l'hai ricevuta non aprire il "
        "link e non inserire la password; noi abbiamo già cambiato le credenziali e attivato l'autenticazione "
        "a due fattori. I documenti veri sono solo quelli allegati qui.\n\n"
        "Un saluto,\nChiara\n\n"
        "Chiara Colombo\nServizio Clienti – Ferretti Trasporti S.p.A.\nTel. 035 456 7822\n\n") + _thread_quote_it(THREAD_IT)
    pdfb = files.pdf([
        "# Riepilogo DDT e CMR - ottobre 2026",
        "Committente: Example Group Italia S.r.l. - tratte Bergamo (Dalmine) / Milano",
        "",
        "## Data        DDT          CMR           Merce                            Firma destinatario",
        "02/10/2026    DDT 4411     IT-CMR 88120  Trasformatore MT/BT 630 kVA         sì",
        "07/10/2026    DDT 4438     IT-CMR 88161  Bobine cavo ARG7R 3x240, 4 pz       sì",
        "09/10/2026    DDT 4452     IT-CMR 88177  Trasformatore MT/BT 400 kVA         sì",
        "14/10/2026    DDT 4490     IT-CMR 88214  Quadri di misura, 12 colli          sì",
        "21/10/2026    DDT 4533     IT-CMR 88270  Bobine cavo, 3 pz                   sì",
        "28/10/2026    DDT 4571     IT-CMR 88319  Trasformatore MT/BT 630 kVA         sì",
        "",
        "Fattura riepilogativa n. 2026/1187 - importo EUR 9.840,00",
    ], title="DDT CMR ottobre 2026", author="C. Colombo", creator="Microsoft Excel", producer="Microsoft Excel per Microsoft 365",
        created="20261104093000+01'00'", header=["Ferretti Trasporti S.p.A.", "Servizio Clienti"])
    body = multipart("mixed", [
        alt(text(plain, "plain", "windows-1252", "quoted-printable"), html_text(html_doc(_html(plain), "IT"), "windows-1252", "quoted-printable"),
            ids.b_outlook(None, 1)),
        attach(pdfb, "application/pdf", "DDT_CMR_ottobre_2026_Example_Group.pdf"),
    ], ids.b_outlook(None, 0), preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", '"Chiara Colombo" <c.colombo@ferretti-trasporti.it>'),
        ("To", '"Francesca Galli" <%s>' % rc.email),
        ("References", "<%s@EXG-MBX02.corp.example.com> <000c01dc4a1f$3e5b7a20$ba126f60$@ferretti-trasporti.it>" % ids.hex(32)),
        ("In-Reply-To", "<000c01dc4a1f$3e5b7a20$ba126f60$@ferretti-trasporti.it>"),
        ("Subject", "R: DDT e CMR ottobre - spedizioni Bergamo/Milano"),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp("ferretti-trasporti.it")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "it"),
    ] + extra
    return m.finish("<c.colombo@ferretti-trasporti.it>", rec, hs, body,
        "Chiara Colombo's genuine reply in the 'DDT e CMR ottobre' thread: the promised delivery documents as PDF, plus a warning that yesterday's link mail from her address was fraudulent",
        "Sent with her usual Outlook from Ferretti's office line (Fastweb, same IP as other Ferretti mail) through Aruba SMTP; attachment instead of a login link; content consistent with the thread; warns about the hijack. Hard negative of attack 20.")


def b20():
    m = Mail("business", 20, "it", "reclamo-cliente-domestico-libero")
    ids = m.ids
    t = T("2026-11-16 19:37:52")
    rcpt = "servizio.clienti@example.com"
    n = ids.r.randrange(10, 40)
    host = "smtp-%d-i2.italiaonline.it" % n
    rec = [
        I.mx(ids, host, host, "213.209.12.%d" % n, rcpt, plus(t, 2)),
        "from [192.168.1.7] ([79.33.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
            ids.r.randrange(1, 250), ids.r.randrange(1, 250), n, ids.alnum(20), rdate(plus(t, 1), "CE")),
    ]
    plain = (
        "Buonasera,\n\n"
        "sono titolare del contratto di fornitura di energia elettrica n. 7004518823 (POD IT001E48215530) per "
        "l'abitazione di via Fratelli Bandiera 12, Sesto San Giovanni.\n\n"
        "Con la bolletta di ottobre mi è stato addebitato un conguaglio di 412,80 euro che non riesco a "
        "spiegarmi: da maggio invio regolarmente l'autolettura tramite l'app e i consumi non sono cambiati "
        "(siamo in due, nessun condizionatore nuovo). Nella bolletta la lettura del 30/09 risulta \"stimata\", "
        "mentre io il 28/09 avevo comunicato 18.204 kWh.\n\n"
        "Vi chiedo quindi di ricalcolare la bolletta sulla base della mia autolettura (allego la foto del "
        "contatore) e, nel frattempo, di sospendere l'addebito in conto del 5 dicembre.\n\n"
        "Se non dovessi ricevere risposta entro i termini previsti, mi rivolgerò allo Sportello per il "
        "consumatore Energia e Ambiente di ARERA.\n\n"
        "Distinti saluti\nGiuseppe Mancini\ncell. 347 118 2290\n")
    import zlib
    import struct
    # small grey photo placeholder PNG (meter photo stand-in)
    w, h = 64, 48
    raw = b"".join(b"\x00" + bytes([(x * 3 + y * 2) % 200 + 30 for x in range(w)]) for y in range(h))

    def chunk(tg, d):
        return struct.pack(">I", len(d)) + tg + d + struct.pack(">I", zlib.crc32(tg + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-15", "8bit", flowed=True, quote=False),
        attach(png, "image/png", "contatore_28-09-2026.png"),
    ], ids.b_tb(), preamble="This is a multi-part message in MIME format.")
    hs = [
        ("Message-ID", ids.mid_tb("libero.it")),
        ("Date", rdate(t, "CE")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "it"),
        ("To", rcpt),
        ("From", "Giuseppe Mancini <giuseppe.mancini58@libero.it>"),
        ("Subject", "Reclamo bolletta ottobre - contratto 7004518823 - conguaglio non dovuto"),
    ]
    return m.finish("<giuseppe.mancini58@libero.it>", rec, hs, body,
        "Household customer's complaint from libero.it about an unexplained € 412.80 true-up on the October electricity bill, meter photo attached",
        "Ordinary consumer mail from Italiaonline with Thunderbird; concrete contract, POD and readings; asks for a recalculation and mentions the regulator's consumer desk — a normal complaint, no links, no payment request.")


def b21():
    m = Mail("business", 21, "it", "consulente-accise-promemoria-scadenze")
    ids = m.ids
    t = T("2026-11-24 11:05:40")
    rc = S("it_acc")
    dom = "studiobrambilla-dogane.it"
    host = "smtpout.%s" % "register.it"
    rec = [
        I.mx(ids, "smtp-out-%d.register.it" % ids.r.randrange(10, 60), "smtp-out.register.it", "195.110.124.%d" % ids.r.randrange(130, 160), rc.email, plus(t, 2)),
        I.postfix(ids, "smtp-out.register.it", "[192.168.0.21]", None, "151.36.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250)), plus(t, 1), tls="1.3", auth=True),
    ]
    plain = (
        "Gentile dott.ssa Galli,\n\n"
        "come ogni anno Vi riepilogo le prossime scadenze in materia di accisa sull'energia elettrica:\n\n"
        "- 16 dicembre 2026: versamento della rata di acconto mensile (accisa e addizionale), con F24 "
        "Accise, codice tributo come da prospetto dello scorso anno;\n"
        "- 31 marzo 2027: presentazione telematica della dichiarazione annuale di consumo per l'anno 2026 "
        "tramite il servizio telematico di ADM (PUDM);\n"
        "- 31 marzo 2027: versamento dell'eventuale conguaglio.\n\n"
        "Per la dichiarazione mi servono entro il 15 febbraio i dati di fatturazione per cliente finale "
        "esportati dal Vostro sistema, nel solito tracciato Excel.\n\n"
        "Vi ricordo che l'accesso al portale ADM avviene solo dal sito www.adm.gov.it con l'identità digitale "
        "del rappresentante legale: le comunicazioni dell'Agenzia arrivano via PEC, e né ADM né il nostro "
        "studio Vi chiederanno mai di inserire le credenziali SPID tramite un link ricevuto per e-mail.\n\n"
        "Resto a disposizione per qualsiasi chiarimento.\n\n"
        "Cordiali saluti\n\n"
        "Dott. Luca Brambilla\nStudio Doganale Brambilla\nVia Vittor Pisani 20 – 20124 Milano\nTel. 02 6698 4410\n")
    body = text(plain, "plain", "iso-8859-15", "quoted-printable", flowed=True, quote=False)
    hs = [
        ("Message-ID", ids.mid_tb(dom)),
        ("Date", rdate(t, "CE")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "it"),
        ("To", "Francesca Galli <%s>" % rc.email),
        ("Cc", "Davide Rinaldi <%s>" % S("it_mgr").email),
        ("From", "Luca Brambilla <l.brambilla@%s>" % dom),
        ("Subject", "Promemoria scadenze accise energia elettrica dicembre 2026 / marzo 2027"),
    ]
    return m.finish("<l.brambilla@%s>" % dom, rec, hs, body,
        "Genuine reminder from the company's customs/excise consultant: electricity-excise deadlines (December instalment, annual consumption declaration)",
        "Known consultant on his own domain via Register.it SMTP; accurate deadlines, asks for data in the usual format, no link at all, and explicitly warns that ADM never asks for SPID via e-mail links. Hard negative of the ADM/PUDM phishing attack 19.")


ALL = [b17, b18, b19, b20, b21]
