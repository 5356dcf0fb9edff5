"""Attack messages, Italian (17-21)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

FE = W.FERRETTI


# ---------------------------------------------------------------------------------------------
@message("attack", "17-it-agenzia-entrate-irregolarita-zip")
def a17(m):
    r = m.r
    t = at(2026, 11, 9, 9, 47, 12, zone="IT")
    prot = "2026/%06d" % r.randint(100000, 999999)
    link = "https://studiodentisticoferri.it/wp-content/uploads/2026/11/ade/Comunicazione_%s.zip" % prot.replace("/", "_")
    text = ("AGENZIA DELLE ENTRATE\nDirezione Provinciale di Ravenna - Ufficio Controlli\n\n"
            "Oggetto: Comunicazione di irregolarità ai sensi dell'art. 36-bis del D.P.R. 600/1973 e dell'art. 54-bis "
            "del D.P.R. 633/1972 - Protocollo n. %s\n\n"
            "Gentile Contribuente,\n\n"
            "dal controllo automatizzato della dichiarazione IVA/2026 presentata per il periodo d'imposta 2025 sono emerse "
            "irregolarità relative ai versamenti periodici dell'imposta (codice tributo 6011), per le quali è dovuta la "
            "sanzione ridotta ai sensi dell'art. 2 del D.Lgs. 462/1997.\n\n"
            "La comunicazione completa, con il dettaglio degli importi e le modalità di regolarizzazione, è disponibile "
            "al seguente collegamento:\n\nScarica la comunicazione (PDF protetto): %s\n\n"
            "Entro 30 giorni dal ricevimento della presente può fornire chiarimenti o regolarizzare la posizione "
            "beneficiando della riduzione delle sanzioni. Decorso tale termine si procederà all'iscrizione a ruolo.\n\n"
            "Il documento è protetto: per l'apertura utilizzare il codice fiscale/partita IVA del destinatario.\n\n"
            "Cordiali saluti\n\nIl Capo Ufficio\n(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, "
            "D.Lgs. 39/93)\n\nQuesto messaggio è stato generato automaticamente. Si prega di non rispondere.\n" % (prot, link))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#17324d">'
           '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#0059b3;color:#fff;padding:16px 20px;'
           'font-size:20px;font-weight:bold">Agenzia delle Entrate<div style="font-size:12px;font-weight:normal">'
           'Direzione Provinciale di Ravenna - Ufficio Controlli</div></td></tr><tr><td style="padding:20px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[2:5]) +
           '<p><a href="%s" style="background:#0066cc;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold">'
           'Scarica la comunicazione (PDF protetto)</a></p>' % link +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[6:]) +
           '</td></tr></table></body></html>')
    alt = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                  style="generic")
    ctx = m.ctx(t, ("Agenzia delle Entrate", "info@ferramentabianchilugo.it"), [W.st("marco")],
                "Comunicazione di irregolarità - Protocollo n. %s - Example Group Italia S.r.l." % prot, alt, zone="IT")
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Subject", ctx.subj()),
           ("Message-ID", "<%s@ferramentabianchilugo.it>" % rhex(r, 24)), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", S.thread_index(r)), ("Content-Language", "it")]
    ctx.msgid = mua[4][1]
    res = S.aruba(ctx, client_ip="185.220.101.47", mua=mua, dkim_dom="ferramentabianchilugo.it", dmarc=("pass", "none"))
    m.facts(url=[link])
    m.describe("Fake Agenzia delle Entrate 'comunicazione di irregolarità' (art. 36-bis) with a link to a 'protected PDF' "
               "that is a ZIP on a compromised dental-practice WordPress site — the typical Italian RAT/loader chain.",
               "Display name 'Agenzia delle Entrate' on a hijacked hardware-shop mailbox at Aruba (checks pass for that "
               "domain); the real agency communicates via PEC/cassetto fiscale and never links ZIP files on third-party "
               "sites; threat of 'iscrizione a ruolo'; sent from a Tor exit address.",
               pair="B19 (genuine SdI delivery via PEC), B20 (commercialista's genuine F24 reminder)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "18-it-ferretti-account-compromesso-onedrive")
def a18(m):
    r = m.r
    t = at(2026, 12, 2, 15, 22, 8, zone="IT")
    m.ms_ids("eurprd08")
    link = ("https://ferrettitrasporti-my.sharepoint.com/:b:/g/personal/c_colombo_ferretti-trasporti_it/%s?e=%s"
            % (rb64url(r, 33), rstr(r, 6, ALNUM)))
    earlier = ("Ciao Chiara,\n\nquando riesci mi mandi l'estratto conto aggiornato al 30/11? Ci risultano ancora aperte "
               "la 2026/1184 e la 2026/1203, vorrei chiudere la riconciliazione prima di Natale.\n\nGrazie\nMarco Galli\n"
               "Amministrazione - Example Group Italia S.r.l.")
    q = outlook_quote("it", "Marco Galli <marco.galli@example.com>", "lunedì 30 novembre 2026 11:04",
                      "Chiara Colombo <c.colombo@ferretti-trasporti.it>", "Estratto conto al 30/11", earlier)
    text = ("Buongiorno Marco,\n\n"
            "ti condivido l'estratto conto aggiornato al 30/11 con il dettaglio delle fatture aperte e delle note di "
            "credito. Il file è su OneDrive perché l'amministrazione lo ha esportato in un PDF molto pesante.\n\n"
            "%s\n\n"
            "Per aprirlo ti chiederà di confermare il tuo indirizzo email aziendale. Fammi sapere se hai problemi.\n\n"
            "Grazie e buona giornata\n\nChiara Colombo\nUfficio Traffico\nFerretti Trasporti S.p.A.\n"
            "Via Classicana 141 - 48122 Ravenna\nTel. +39 0544 453 211\n" % link)
    sig = '<p class="MsoNormal"><a href="%s">&#128196; Estratto conto 30-11-2026 Example Group.pdf</a><o:p></o:p></p>' % html_escape(link)
    root = outlook_body(m, text, "iso-8859-1", "IT", quote=q, sig_html=sig)
    ctx = m.ctx(t, FE["people"]["colombo"][:2], [W.st("marco")], "R: Estratto conto al 30/11", root, zone="IT",
                cc=[("Alessandro Rinaldi", "alessandro.rinaldi@examplegroup.eu")], subj_cs="iso-8859-1", subj_enc="Q")
    ctx.in_reply_to = "<%s@EXCH01.corp.example.com>" % rhex(r, 32)
    ctx.references = ctx.in_reply_to
    res = S.m365(ctx, "ferretti-trasporti.it", region="eurprd08", eop="EUR05-DB8-obe", ids=m.ms, accept="it-IT, en-US",
                 depth=1, dmarc=("pass", "quarantine"), lang_code="it")
    m.facts(url=[link])
    m.phone("+39 0544 453 211")
    m.describe("Document-share lure from the carrier's real, compromised Microsoft 365 mailbox: 'Chiara Colombo' answers "
               "a genuine request for a statement of account with a OneDrive link; the shared PDF (not included) "
               "only contains a 'view document' button to an adversary-in-the-middle login page.",
               "Real Ferretti tenant and real thread (all checks pass); tell-tale: the link is a personal OneDrive PDF "
               "instead of the usual attachment, 'it will ask you to confirm your company e-mail', and the "
               "compromise is confirmed by the carrier later; classic lateral spread through trusted partners.",
               pair="B18 (Chiara's genuine OneDrive share), B17 (Ferretti's genuine invoice)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "19-it-fattura-svg-libero")
def a19(m):
    r = m.r
    t = at(2026, 10, 22, 11, 5, 39, zone="IT")
    url = "https://fattura-online.docs-cloud-it.com/view?d=%s" % rb64url(r, 18)
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="1123" '
           'viewBox="0 0 794 1123">\n<rect width="794" height="1123" fill="#f4f4f4"/>\n'
           '<rect x="60" y="60" width="674" height="1003" fill="#ffffff" stroke="#d0d0d0"/>\n'
           '<text x="100" y="140" font-family="Arial" font-size="30" fill="#333">FATTURA N. FT/2026/0912</text>\n'
           '<text x="100" y="180" font-family="Arial" font-size="16" fill="#777">Edilnord Servizi S.r.l. - Documento protetto</text>\n'
           '<g opacity="0.25"><rect x="100" y="230" width="594" height="18" fill="#999"/><rect x="100" y="262" width="520" '
           'height="18" fill="#999"/><rect x="100" y="294" width="560" height="18" fill="#999"/><rect x="100" y="326" '
           'width="480" height="18" fill="#999"/></g>\n'
           '<rect x="197" y="480" width="400" height="170" rx="8" fill="#ffffff" stroke="#c8c8c8"/>\n'
           '<text x="397" y="530" text-anchor="middle" font-family="Arial" font-size="18" fill="#222">Il documento è protetto</text>\n'
           '<text x="397" y="560" text-anchor="middle" font-family="Arial" font-size="14" fill="#555">Accedi con la tua email '
           'aziendale per visualizzarlo</text>\n'
           '<a xlink:href="%s" target="_blank"><rect x="277" y="585" width="240" height="44" rx="4" fill="#d32f2f"/>'
           '<text x="397" y="613" text-anchor="middle" font-family="Arial" font-size="16" fill="#fff">Visualizza documento</text></a>\n'
           '</svg>\n' % url)
    text = ("Buongiorno,\n\nin allegato la fattura n. FT/2026/0912 relativa ai lavori di ripristino della recinzione di "
            "cantiere presso la banchina Marcegaglia, scaduta il 15/10.\n\nVi preghiamo di provvedere al saldo o di "
            "comunicarci la data prevista di pagamento.\n\nCordiali saluti\n\nAmministrazione\nEdilnord Servizi S.r.l.\n")
    root = m.multi("mixed", [m.text(text, "utf-8", "quoted-printable"),
                             m.attach(svg.encode("utf-8"), "image/svg+xml", "Fattura_FT2026-0912.svg")], style="java")
    ctx = m.ctx(t, ("Amministrazione Edilnord", "edilnord.amministrazione@libero.it"), [W.st("francesca")],
                "Sollecito fattura n. FT/2026/0912 scaduta", root, zone="IT")
    res = S.libero(ctx, client_ip="5.90.133.27")
    m.facts(url=[url])
    m.describe("Fake overdue invoice with an SVG attachment: the 'invoice' image shows a blurred document and a "
               "'Visualizza documento' button linking to a credential-harvesting page.",
               "Free-mail Libero account (checks pass) of an unknown supplier; SVG used as an active, script-capable "
               "format that many filters treat as an image; the link sits inside the SVG (xlink:href); no real "
               "invoice data, no VAT number, not sent through SdI.",
               pair="B17 (genuine courtesy invoice copy), B19 (genuine SdI invoice)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "20-it-aruba-pec-rinnovo-brevo")
def a20(m):
    r = m.r
    t = at(2026, 11, 10, 10, 14, 22, zone="IT")
    link = "https://xq7zp.r.sp1-brevo.net/mk/cl/f/%s" % rb64url(r, 120)
    text = ("Gentile Cliente,\n\n"
            "la casella PEC pec@pec.examplegroup-italia.it associata al tuo account Aruba scadrà il 18/11/2026.\n\n"
            "Per evitare la sospensione del servizio e la perdita dei messaggi con valore legale ricevuti, è necessario "
            "rinnovare entro la data di scadenza. Dopo la scadenza la casella non potrà più ricevere né inviare "
            "messaggi e i dati verranno cancellati definitivamente dopo 30 giorni.\n\n"
            "Rinnova ora: %s\n\n"
            "Dettagli del servizio:\nServizio: PEC Pro 2 GB\nImporto rinnovo: 9,90 EUR + IVA\nScadenza: 18/11/2026\n\n"
            "Grazie per aver scelto Aruba.\nIl Team Aruba\n\n"
            "Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516\n"
            "Questo messaggio è stato inviato automaticamente, si prega di non rispondere.\n" % link)
    htm = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f0f0">'
           '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,'
           'sans-serif;font-size:14px;color:#333"><tr><td style="padding:20px;border-bottom:4px solid #f26f21">'
           '<span style="font-size:26px;font-weight:bold;color:#f26f21">aruba</span><span style="color:#555">.it</span></td></tr>'
           '<tr><td style="padding:24px"><p>Gentile Cliente,</p><p>la casella PEC <b>pec@pec.examplegroup-italia.it</b> associata '
           'al tuo account Aruba <b>scadrà il 18/11/2026</b>.</p><p>Per evitare la sospensione del servizio e la perdita dei '
           'messaggi con valore legale ricevuti, è necessario rinnovare entro la data di scadenza.</p>'
           '<p style="text-align:center"><a href="%s" style="background:#f26f21;color:#fff;padding:12px 30px;'
           'text-decoration:none;font-weight:bold;border-radius:3px">RINNOVA ORA</a></p>'
           '<table style="background:#f7f7f7;width:100%%;font-size:13px"><tr><td>Servizio</td><td>PEC Pro 2 GB</td></tr>'
           '<tr><td>Importo rinnovo</td><td>9,90 EUR + IVA</td></tr><tr><td>Scadenza</td><td>18/11/2026</td></tr></table>'
           '<p>Grazie per aver scelto Aruba.<br>Il Team Aruba</p></td></tr><tr><td style="padding:14px 24px;font-size:11px;'
           'color:#888">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516<br>Questo '
           'messaggio è stato inviato automaticamente, si prega di non rispondere.</td></tr></table>'
           '<img width="1" height="1" src="https://xq7zp.r.sp1-brevo.net/tr/op/%s" alt=""></body></html>' % (link, rb64url(r, 60)))
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                   style="hex")
    ctx = m.ctx(t, ("Aruba.it", "notifiche@aruba-servizipec.it"), [W.st("francesca")],
                "La tua casella PEC scade il 18/11/2026 - rinnova per evitare la sospensione", root, zone="IT")
    res = S.brevo(ctx, dkim_dom="aruba-servizipec.it", campaign=True)
    m.facts(url=[link])
    m.describe("Webmail/PEC credential phishing: an 'Aruba' renewal notice for the company's certified-mail (PEC) box "
               "with a Brevo-tracked 'Rinnova ora' button leading to a fake Aruba login and card form.",
               "Brand impersonation from aruba-servizipec.it (not aruba.it) sent via Brevo bulk mailing (checks pass for "
               "the fake domain); deletion threat; the PEC address named does not exist (generic guess); real Aruba "
               "renewals come from aruba.it and show the customer code.",
               pair="B20 (genuine mail from the Aruba-hosted commercialista)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "21-it-diffida-legale-zip-password")
def a21(m):
    r = m.r
    t = at(2026, 11, 27, 16, 40, 3, zone="IT")
    pw = "Diffida4471"
    dtz = (2026, 11, 27, 16, 31, 0)
    inert = ("// [segnaposto inerte] Nel caso reale: JScript offuscato che scarica un RAT. Sostituito per il set di test.\r\n"
             ).encode("utf-8")
    z = m.zip([("Diffida_e_messa_in_mora_n_4471-2026.pdf.js", inert, dtz)], password=pw)
    text = ("Spett.le Example Group Italia S.r.l.\nc.a. Legale Rappresentante\n\n"
            "Oggetto: DIFFIDA E MESSA IN MORA - danni al pontile galleggiante della Darsena San Vitale (Ravenna) - "
            "pratica n. 4471/2026\n\n"
            "Scrivo in nome e per conto della mia assistita Marina Darsena Ravenna S.r.l., la quale mi ha conferito "
            "mandato per il recupero dei danni causati al pontile galleggiante e agli impianti della darsena dalle "
            "Vostre operazioni di dragaggio del 6 e 7 ottobre u.s.\n\n"
            "Con la presente Vi diffido formalmente a corrispondere l'importo di EUR 48.760,00, come quantificato nella "
            "perizia tecnica allegata, entro e non oltre 7 (sette) giorni dal ricevimento, avvertendoVi che in mancanza "
            "procederò senza ulteriore avviso in sede giudiziaria, con aggravio di spese e interessi.\n\n"
            "La diffida completa e la perizia sono allegate in formato protetto per ragioni di riservatezza. "
            "Password per l'apertura: %s\n\n"
            "Distinti saluti\n\nAvv. Federico Conti\nStudio Legale Conti & Associati\nVia Cavour 88 - 48121 Ravenna\n"
            "Tel. +39 0544 195 4471\n" % pw)
    root = m.multi("mixed", [m.text(text, "windows-1252", "quoted-printable"),
                             m.attach(z, "application/zip", "Diffida_4471-2026.zip")], style="php")
    ctx = m.ctx(t, ("Avv. Federico Conti", "f.conti@studiolegaleconti-avvocati.it"), [W.st("francesca")],
                "DIFFIDA E MESSA IN MORA - pratica n. 4471/2026 - Example Group Italia S.r.l.", root, zone="IT",
                cc=[("Alessandro Rinaldi", "alessandro.rinaldi@examplegroup.eu")])
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Cc", ctx.cc_h()), ("Subject", ctx.subj()),
           ("Message-ID", "<%s@studiolegaleconti-avvocati.it>" % rhex(r, 32)), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High"), ("X-Priority", "1")]
    ctx.msgid = mua[5][1]
    res = S.cpanel(ctx, "host47.register.it-hosting.net", "195.110.124.47", mode="smtp",
                   client=("[192.168.1.101]", "176.111.174.23"), dkim_dom="studiolegaleconti-avvocati.it", mua=mua,
                   dmarc=("pass", "none"), domain_for_abuse="studiolegaleconti-avvocati.it")
    m.phone("+39 0544 195 4471")
    m.describe("Fake legal notice (diffida) about dredging damage to a marina pontoon, demanding EUR 48,760 within 7 days, "
               "with a password-protected ZIP whose 'PDF' is a JScript file (.pdf.js).",
               "Plausible local pretext (the Ravenna dredging site), pressure and legal threat; encrypted archive with "
               "the password in the body to evade scanning; double extension; look-alike law-firm domain registered "
               "recently, sent from shared hosting; the script is an inert placeholder here.",
               pair="B07 (genuine password-protected ZIP with the password sent by SMS)")
    return m.finish(ctx, res)
