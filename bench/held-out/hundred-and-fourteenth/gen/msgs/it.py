"""Italian messages: attack 17-21, business 17-21."""
from mailgen import core, checks as C, systems as S, systems2 as S2
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import Quote, to_plain, to_html
from data.company import staff, FERRETTI as FE, MELLA, OFF
from . import attack, business, threads
from .common import letter_pdf, pdf_date, outlook_alt, outlook_attachment, mixed, logo_png, euro

IT = OFF["IT"]
FE_FOOT = [["Ferretti Trasporti S.p.A.", "Via dell'Artigianato 22 – 37135 Verona", "Cap. soc. € 1.200.000 i.v."],
           ["P.IVA %s" % FE["piva"], "REA VR-318472", "Albo Autotrasportatori VR/5471203/Y"],
           ["Tel. +39 045 8203 611", "amministrazione@ferretti-trasporti.it", "www.ferretti-trasporti.it"]]


def fe_sig(name, role, direct):
    return ("%s\n%s\nFerretti Trasporti S.p.A.\nVia dell'Artigianato 22 – 37135 Verona (VR)\nTel. %s\n"
            "www.ferretti-trasporti.it" % (name, role, direct))


# =========================================================== ATTACKS
@attack("17-it-agenzia-entrate-comunicazione-irregolarita.eml",
        "'Agenzia delle Entrate' notice of irregularities (art. 36-bis DPR 600/73) for the 2026 VAT return, with a "
        "link to 'download the communication'",
        "Tax-authority impersonation sent from a compromised mailbox of an unrelated engineering office on Aruba "
        "(SPF/DKIM pass for studiotecnicorossetti.it); the link downloads a ZIP from a hacked WordPress site "
        "(malware loader); the real Agenzia never sends such notices as links by ordinary e-mail")
def a17(m):
    m.when("2026-10-15 09:03:27", "EU").sender("Agenzia delle Entrate - Comunicazioni", "info@studiotecnicorossetti.it")
    m.recipients([staff("acc_it")])
    url = "https://www.caseificiovalsabbia.it/wp-content/uploads/2026/10/ade/Comunicazione_2026_1489733.zip"
    paras = ["Gentile contribuente,",
             "a seguito del controllo automatizzato della dichiarazione IVA 2026 (periodo d'imposta 2025) presentata da "
             "EXAMPLE METALLI S.R.L. (P.IVA %s), sono emerse irregolarità che determinano un maggior importo "
             "dovuto." % IT["ids"][0][1][2:],
             "La comunicazione completa, con il dettaglio delle somme e le modalità di regolarizzazione, è disponibile "
             "per 10 giorni al seguente indirizzo:",
             "[Scarica la comunicazione Prot. n. 2026/1489733](%s)" % url,
             "Se ritiene che la comunicazione non sia corretta può fornire chiarimenti entro 30 giorni tramite il "
             "servizio CIVIS. Il pagamento entro 30 giorni dal ricevimento consente la riduzione delle sanzioni a un terzo.",
             "Cordiali saluti\nAgenzia delle Entrate\nDirezione Provinciale di Brescia – Ufficio Controlli"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Titillium Web,Arial,sans-serif;font-size:14px;max-width:640px">'
            '<div style="background:#06c;color:#fff;padding:14px 18px;font-size:18px">Agenzia delle Entrate</div>'
            + "".join('<p style="padding:0 18px">%s</p>' % to_html(p) for p in paras) + "</div></body></html>")
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "base64"),
                                      text_part(html, "html", "utf-8", "base64")], boundary(m.rng, "php"))
    r = S2.aruba(m, "5.180.76.113", system="Aruba.it hosted mailbox of an unrelated firm (compromised)",
                 mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    return m.finish(r, body, "Comunicazione di irregolarità ai sensi dell'art. 36-bis DPR 600/73 – Prot. n. 2026/1489733",
                    auth=dict(spf="pass", dmarc=None))


@attack("18-it-ferretti-lookalike-cambio-iban.eml",
        "Reply in the carrier's payment-reminder thread: Ferretti's 'administration' says its Banco BPM account is "
        "under review and asks to pay invoices 1187/1203/1219 (EUR 27,845.20) to new coordinates in an attached letter",
        "Supplier bank change from the look-alike domain ferrettitrasporti.it (no hyphen) on the attacker's own "
        "Microsoft 365 tenant, so headers look like the real carrier's and SPF/DKIM pass (no DMARC); the quoted "
        "conversation was stolen earlier; Cc also to a look-alike address; new account at a different bank")
def a18(m):
    m.when("2026-11-09 11:37:02", "EU").sender("Amministrazione Ferretti Trasporti", "amministrazione@ferrettitrasporti.it")
    m.recipients([staff("acc_it")], [("Chiara Colombo", "c.colombo@ferrettitrasporti.it")])
    iban = C.it_iban("03268", "11200", "052871346190")
    m.iban(iban, "Ferretti Trasporti S.p.A. (claimed)", "Banca Sella S.p.A.", "fraudulent target account")
    m.phone("+39 045 8203 611", "+39 351 774 2093")
    q = Quote(staff("acc_it"), [FE["amm"]], core.parse_local("2026-11-02 16:21:40", "EU"), "EU",
              "Solleciti fatture ottobre – Ferretti Trasporti",
              ["Buongiorno,", "abbiamo ricevuto il vostro sollecito per le fatture n. 1187, 1203 e 1219. I pagamenti sono "
               "in distinta per il 10/11.", "Cordiali saluti\nRoberto Galli\nAmministrazione\nExample Metalli S.r.l."], lang="it")
    paras = ["Gentile Dott. Galli,",
             "grazie per il riscontro. Le comunichiamo che, a seguito di una verifica interna del nostro istituto di "
             "credito, il conto presso Banco BPM è momentaneamente in revisione e non può ricevere bonifici fino a "
             "fine mese.",
             "Vi preghiamo pertanto di disporre il pagamento delle fatture n. 1187, 1203 e 1219 (totale € 27.845,20) "
             "sulle nuove coordinate bancarie indicate nella lettera allegata, su carta intestata e firmata dal nostro "
             "amministratore:",
             "Intestatario: Ferretti Trasporti S.p.A.\nBanca Sella S.p.A.\nIBAN: %s" % C.iban_fmt(iban),
             "Vi chiediamo cortesemente di confermarci l'aggiornamento dell'anagrafica e la data di esecuzione del "
             "bonifico. Per qualsiasi chiarimento può contattare la sig.ra Bianchi al +39 351 774 2093.",
             "Cordiali saluti",
             "Ufficio Amministrazione\nFerretti Trasporti S.p.A.\nVia dell'Artigianato 22 – 37135 Verona\nTel. +39 045 8203 611"]
    pdfdata = letter_pdf(
        m, "FERRETTI TRASPORTI S.p.A.", ["Autotrasporti conto terzi · Via dell'Artigianato 22 · 37135 Verona"],
        ["Spett.le", "Example Metalli S.r.l.", "Via Industriale 118", "25030 Castel Mella (BS)"],
        [("Verona,", "09/11/2026"), ("Oggetto", "variazione coordinate")],
        "Comunicazione variazione coordinate bancarie",
        ["Con la presente comunichiamo che, con effetto immediato, tutti i pagamenti a nostro favore dovranno essere "
         "effettuati esclusivamente sul seguente conto corrente:",
         "Intestatario: Ferretti Trasporti S.p.A.\nIstituto: Banca Sella S.p.A.\nIBAN: %s\nBIC: SELBIT2BXXX" % C.iban_fmt(iban),
         "Le precedenti coordinate non sono più valide. Vi preghiamo di aggiornare la vostra anagrafica fornitori e "
         "di darcene conferma scritta.",
         "Distinti saluti"],
        FE_FOOT, pdf_date(m.at(-5400)), producer="Microsoft® Word per Microsoft 365", author="Amministrazione",
        signature=["Ferretti Trasporti S.p.A.", "L'Amministratore", "Giorgio Ferretti"])
    alt_part = outlook_alt(m, paras, "it", charset="utf-8", quotes=[q])
    body = mixed(m, [alt_part, outlook_attachment(pdfdata, "application/pdf", "Comunicazione_variazione_coordinate_bancarie.pdf", m)])
    r = S.m365(m, "ferrettitrasporti.it", core.uuid4(m.rng), out_idx=2, lang="it-IT")
    return m.finish(r, body, "R: Solleciti fatture ottobre – Ferretti Trasporti", auth=dict(spf="pass", dmarc=None),
                    in_reply_to=threads.FERR_Q, references=threads.FERR_Q)


@attack("19-it-sharepoint-condivisione-cliente-compromesso.eml",
        "Genuine SharePoint sharing notice from a small Franciacorta scrap collector: 'Ordine acquisto rottami "
        "nov-dic 2026.pdf' shared with the Italian trader",
        "Compromised-tenant document-share lure: real Microsoft infrastructure and passing authentication, but the "
        "shared PDF on rottamifranciacorta-my.sharepoint.com is a one-page lure whose 'Visualizza documento' button "
        "leads to an adversary-in-the-middle Microsoft login; the same notice went to the sender's whole address book")
def a19(m):
    m.when("2026-11-25 15:48:20", "EU").sender("Alessandro Pini", "no-reply@sharepointonline.com")
    m.recipients([staff("tr_it")])
    url = ("https://rottamifranciacorta-my.sharepoint.com/:b:/g/personal/a_pini_rottamifranciacorta_it/E%s?e=%s"
           % (core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 46),
              core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6)))
    paras = ["Alessandro Pini ha condiviso un file con te",
             "Buongiorno, vi inoltro l'ordine per novembre-dicembre, fatemi sapere entro domani. Grazie",
             "Ordine acquisto rottami nov-dic 2026.pdf",
             "[Apri](%s)" % url,
             "Questo collegamento funziona solo per i destinatari diretti di questo messaggio.",
             "[Informativa sulla privacy di Microsoft](https://go.microsoft.com/fwlink/?LinkId=521839)"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:\'Segoe UI\',sans-serif;max-width:560px;padding:20px;border:1px solid #e1dfdd">'
            '<div style="font-size:20px;font-weight:600;color:#323130">%s</div>'
            '<div style="margin:18px 0;padding:12px;border-left:4px solid #0078d4;background:#faf9f8">%s</div>'
            '<div style="font-size:15px;font-weight:600">&#128196; %s</div>'
            '<div style="margin:18px 0"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Apri</a></div>'
            '<div style="font-size:12px;color:#605e5c">%s</div><div style="font-size:12px;margin-top:24px">%s</div></div></body></html>'
            % (to_html(paras[0]), to_html(paras[1]), to_html(paras[2]), url, to_html(paras[4]), to_html(paras[5])))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "exchange"))
    r = S.m365_notification(m, "sharepointonline.com", "no-reply@sharepointonline.com",
                            "SharePoint Online sharing notification (compromised tenant rottamifranciacorta.it)", out_idx=1)
    return m.finish(r, body, 'Alessandro Pini ha condiviso il file "Ordine acquisto rottami nov-dic 2026.pdf" con te',
                    auth=dict(spf="pass", dmarc="reject"), reply_to=("Alessandro Pini", "a.pini@rottamifranciacorta.it"))


@attack("20-it-ddt-firmato-svg-lure.eml",
        "A small haulier's Libero address sends 'DDT firmato e CMR' as an SVG file that shows a blurred document "
        "and a 'Visualizza documento' button",
        "SVG attachment lure from a (compromised) free-mail account: the SVG opens in the browser and links to a "
        "phishing page on firebaseapp.com with the recipient's address pre-filled (the real campaigns embed "
        "script; this copy is inert); transport documents normally arrive as PDF scans from the carrier's domain")
def a20(m):
    m.when("2026-12-03 08:26:45", "EU").sender("Autotrasporti Zanardi", "autotrasportizanardi@libero.it")
    m.recipients([staff("om_it")])
    m.phone("+39 030 2680 417")
    url = "https://ddt-docs-view.firebaseapp.com/?d=Z-4471&amp;u=giulia.ferraro@example.com"
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="1060" viewBox="0 0 820 1060">\n'
           '<defs><filter id="b"><feGaussianBlur stdDeviation="3.2"/></filter></defs>\n'
           '<rect width="820" height="1060" fill="#ffffff"/>\n<g filter="url(#b)" fill="#333" font-family="Arial" font-size="16">\n'
           '<text x="60" y="90" font-size="26" font-weight="bold">DOCUMENTO DI TRASPORTO</text>\n'
           '<text x="60" y="130">Mittente: Autotrasporti Zanardi snc – Rezzato (BS)</text>\n'
           '<text x="60" y="160">Destinatario: Example Metalli S.r.l. – Castel Mella (BS)</text>\n'
           '<text x="60" y="190">Viaggio Z-4471 – Rottame ferroso E3 – 24.380 kg</text>\n'
           '<rect x="60" y="230" width="700" height="420" fill="none" stroke="#999"/></g>\n'
           '<rect x="210" y="430" width="400" height="150" rx="8" fill="#f3f3f3" stroke="#c8c8c8"/>\n'
           '<text x="410" y="475" text-anchor="middle" font-family="Arial" font-size="18" fill="#222">Documento protetto</text>\n'
           '<text x="410" y="502" text-anchor="middle" font-family="Arial" font-size="13" fill="#555">Accedi con la tua e-mail aziendale per visualizzare il DDT firmato</text>\n'
           '<a xlink:href="%s" target="_blank"><rect x="320" y="520" width="180" height="40" rx="4" fill="#0f6cbd"/>\n'
           '<text x="410" y="546" text-anchor="middle" font-family="Arial" font-size="15" fill="#fff">Visualizza documento</text></a>\n'
           '</svg>\n' % url)
    text = ("Buongiorno,\n\nin allegato il DDT firmato e la CMR del viaggio Z-4471 scaricato ieri da voi a Castel Mella.\n"
            "Il documento si apre direttamente dal browser.\n\nSaluti\nUfficio traffico\nAutotrasporti Zanardi snc\n"
            "Via Prati 31 – 25086 Rezzato (BS)\nTel. +39 030 2680 417\n")
    html = "<div>" + text.replace("\n", "<br>\n") + "</div>"
    a = multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                   text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "java"))
    body = multipart("mixed", [a, bin_part(svg.encode("utf-8"), "image/svg+xml", "DDT_firmato_Z-4471.svg")], boundary(m.rng, "java"))
    r = S2.libero(m, "151.38.117.92")
    return m.finish(r, body, "DDT firmato e CMR viaggio Z-4471 – scarico Castel Mella", auth=dict(spf="pass", dmarc="quarantine"))


@attack("21-it-helpdesk-quick-assist-pretesto.eml",
        "'Helpdesk IT – Example Group' tells the Italian office manager her mailbox is being mail-bombed and that "
        "'Marco from IT Duisburg' will call on Teams; she should open Quick Assist and read him the code",
        "Help-desk / remote-access pretext (the email-bombing plus Teams-vishing pattern used by ransomware groups): "
        "sent from an attacker's *.onmicrosoft.com tenant (examplegroupit.onmicrosoft.com), not from example.com; "
        "asks to start Quick Assist and hand over the code; an Italian phone number for 'IT support'")
def a21(m):
    m.when("2026-10-21 13:58:10", "EU").sender("Helpdesk IT - Example Group", "helpdesk@examplegroupit.onmicrosoft.com")
    m.recipients([staff("om_it")])
    m.phone("+39 02 8088 1470")
    paras = ["Ciao Giulia,",
             "da stamattina la tua casella riceve centinaia di iscrizioni a newsletter e messaggi automatici (mail "
             "bombing). Il filtro antispam centrale non riesce a bloccarli finché non applichiamo una regola direttamente "
             "sulla tua postazione.",
             "Tra pochi minuti ti contatterà su Microsoft Teams il collega Marco Rinaldi del supporto IT di Duisburg. "
             "Per velocizzare:",
             "1. accetta la chiamata Teams da \"IT Helpdesk | Example Group\";\n2. apri Assistenza rapida (tasti "
             "Ctrl + Windows + Q);\n3. comunica a Marco il codice di sicurezza a 6 cifre che vedi sullo schermo.",
             "L'intervento dura circa 10 minuti. Se non ricevi la chiamata, chiama il supporto al +39 02 8088 1470.",
             "Grazie,\nService Desk IT – Example Group\nTicket INC0048211 – priorità alta"]
    body = outlook_alt(m, paras, "it", charset="utf-8")
    r = S.m365(m, "examplegroupit.onmicrosoft.com", core.uuid4(m.rng), out_idx=1, lang="it-IT")
    return m.finish(r, body, "[INC0048211] Ondata di spam sulla tua casella – intervento del supporto",
                    auth=dict(spf="pass", dmarc="none"))


# ========================================================== BUSINESS
@business("17-it-ferretti-copia-cortesia-fattura.eml",
          "Ferretti Trasporti sends the courtesy copy of e-invoice 1187/2026 (transport Castel Mella → Duisburg), "
          "the legal original having gone through SdI",
          "From the carrier's real domain on its Microsoft 365 tenant (authentication passes); standard Italian "
          "practice (copia di cortesia, not valid for tax purposes); IBAN printed is the long-standing Banco BPM "
          "account; payment terms 60 days end of month",
          pair=("18-it-ferretti-lookalike-cambio-iban.eml",
                "Same supplier and invoice 1187; the genuine one confirms the usual account, the fake from "
                "ferrettitrasporti.it asks to pay elsewhere"))
def b17(m):
    m.when("2026-10-07 10:48:05", "EU").sender(*FE["amm"])
    m.recipients([staff("acc_it")])
    m.iban(FE["iban"], "Ferretti Trasporti S.p.A.", "Banco BPM, Verona (BAPPIT21A21)", "carrier's regular account")
    m.phone("+39 045 8203 611")
    items = [("Trasporto rottame inox 18/8 Castel Mella (BS) – Duisburg (DE), viaggio 10/0912, bilico walking floor", 1890.00),
             ("Trasporto rottame inox 18/8 Castel Mella (BS) – Duisburg (DE), viaggio 10/0918", 1890.00),
             ("Trasporto torniture di ottone Castel Mella (BS) – Duisburg (DE), viaggio 10/0931", 1890.00),
             ("Supplemento pedaggi Svizzera/Austria e fuel surcharge ottobre", 412.60)]
    net = sum(v for _, v in items)
    paras = ["Spett.le Example Metalli S.r.l.,",
             "in allegato la copia di cortesia della fattura n. 1187/2026 del 06/10/2026, trasmessa al Sistema di "
             "Interscambio (SdI) e recapitata al Vostro codice destinatario.",
             "La presente copia non ha valore ai fini fiscali: l'originale è disponibile nel Vostro cassetto fiscale. "
             "Pagamento: bonifico bancario a 60 gg d.f.f.m. sulle coordinate indicate in fattura (invariate).",
             "Cordiali saluti",
             fe_sig("Ufficio Amministrazione", "Contabilità clienti", "+39 045 8203 611")]
    pdfdata = letter_pdf(
        m, "FERRETTI TRASPORTI S.p.A.", ["Autotrasporti conto terzi · Via dell'Artigianato 22 · 37135 Verona"],
        ["Spett.le", "Example Metalli S.r.l.", "Via Industriale 118", "25030 Castel Mella (BS)", "P.IVA %s" % IT["ids"][0][1][2:]],
        [("Fattura n.", "1187/2026"), ("Data", "06/10/2026"), ("Cod. destinatario", "M5UXCR1"), ("Pagamento", "BB 60 gg dffm")],
        "FATTURA – copia di cortesia",
        ["Documento non valido ai fini fiscali ai sensi dell'art. 21 DPR 633/72; l'originale è stato trasmesso tramite SdI."],
        FE_FOOT, pdf_date(m.at(-86400)), producer="TeamSystem Studio – PDF", creator="TeamSystem", author="Ferretti Trasporti",
        table=(["Descrizione", "Imponibile €"], [[t, euro(v, "it")] for t, v in items], ["l", "r"]),
        col_x=[50, 470], totals=[("Imponibile", euro(net, "it"), False), ("IVA 0 % – art. 9 c.1 n.2 DPR 633/72", "0,00", False),
                                 ("Totale documento", euro(net, "it"), True)],
        signature=["Coordinate bancarie: Banco BPM – Verona", "IBAN %s – BIC %s" % (C.iban_fmt(FE["iban"]), FE["bic"])])
    alt_part = outlook_alt(m, paras, "it", charset="windows-1252")
    body = mixed(m, [alt_part, outlook_attachment(pdfdata, "application/pdf", "FT_1187_2026_copia_cortesia.pdf", m)])
    r = S.m365(m, "ferretti-trasporti.it", FE["tenant_id"], out_idx=2, lang="it-IT")
    return m.finish(r, body, "Copia di cortesia – Fattura n. 1187/2026 del 06/10/2026", auth=dict(spf="pass", dmarc="quarantine"))


@business("18-it-ferretti-programmazione-viaggi.eml",
          "Chiara Colombo (Ferretti) replies to the Italian trader with the truck schedule for November (Castel Mella → "
          "Duisburg), logo in the signature",
          "Normal operational reply in an existing thread from the carrier's real mailbox (Microsoft 365, passing "
          "authentication), inline signature logo, content consistent with earlier bookings",
          pair=("18-it-ferretti-lookalike-cambio-iban.eml",
                "Both are replies in threads with Ferretti from Microsoft 365; only the genuine one is from "
                "ferretti-trasporti.it and it contains no payment change"))
def b18(m):
    m.when("2026-11-06 08:55:19", "EU").sender(*FE["colombo"])
    m.recipients([staff("tr_it")], [staff("om_it")])
    m.phone("+39 045 8203 627", "+39 347 218 4415")
    q = Quote(staff("tr_it"), [FE["colombo"]], core.parse_local("2026-11-05 17:12:08", "EU"), "EU",
              "Programmazione viaggi novembre – Castel Mella → Duisburg",
              ["Ciao Chiara,", "per novembre avremmo bisogno di 5 viaggi walking floor Castel Mella → Duisburg (rottame "
               "inox e torniture), indicativamente nelle settimane 46, 47 e 48. Riesci a confermarmi le date?",
               "Grazie\nLuca Bonetti\nExample Metalli S.r.l."], lang="it")
    paras = ["Buongiorno Luca,",
             "confermo i viaggi di novembre con bilici walking floor:\n– martedì 10/11 e giovedì 12/11 (autista Mirko)\n"
             "– martedì 17/11 e giovedì 19/11 (autista Ionut)\n– per il 24/11 devo ancora confermare il mezzo, ti aggiorno "
             "entro lunedì.",
             "Carico dalle 7:00 a Castel Mella, scarico a Duisburg il giorno successivo entro le 14:00. Vi ricordo che per i "
             "carichi di inox serve il certificato radiometrico allegato al DDT.",
             "Cordiali saluti",
             fe_sig("Chiara Colombo", "Ufficio Traffico Internazionale", "+39 045 8203 627 – Cell. +39 347 218 4415")]
    logo = logo_png(m.rng, (0, 84, 147))
    body = outlook_alt(m, paras, "it", charset="utf-8", quotes=[q],
                       logo=(logo, "Ferretti Trasporti S.p.A."))
    r = S.m365(m, "ferretti-trasporti.it", FE["tenant_id"], out_idx=2, lang="it-IT")
    return m.finish(r, body, "R: Programmazione viaggi novembre – Castel Mella → Duisburg", auth=dict(spf="pass", dmarc="quarantine"),
                    in_reply_to=threads.FERR_V, references=threads.FERR_V)


@business("19-it-google-drive-programma-consegne.eml",
          "Google Sheets sharing notice: Davide Lombardi (Acciaierie del Mella) shares the December delivery schedule "
          "for scrap with the Italian trader",
          "Genuine Google Drive notification from drive-shares-dm-noreply@google.com (mail-sor, authentication passes), "
          "reply-to the customer's own address, link to docs.google.com; the customer works in Google Workspace",
          pair=("19-it-sharepoint-condivisione-cliente-compromesso.eml",
                "Both are cloud-share notifications 'an order/schedule was shared with you' from the scrap trade; the "
                "genuine one comes from the known customer's account, the malicious one from a compromised tenant"))
def b19(m):
    m.when("2026-11-24 11:12:40", "EU").sender("Davide Lombardi (tramite Fogli Google)", "drive-shares-dm-noreply@google.com")
    m.recipients([staff("tr_it")])
    doc = "1%s" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 43)
    url = "https://docs.google.com/spreadsheets/d/%s/edit?usp=sharing_eil_m&ts=%s" % (doc, core.hexs(m.rng, 8))
    paras = ["Davide Lombardi (d.lombardi@acciaieriedelmella.it) ha condiviso il seguente foglio di lavoro:",
             "Programma consegne rottame dic-26 – Example Metalli",
             "Ciao Luca, ecco il programma di dicembre con le finestre di scarico. Le quantità sono quelle concordate al telefono.",
             "[Apri](%s)" % url,
             "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nHai ricevuto questa email perché "
             "Davide Lombardi ha condiviso un foglio di lavoro con te da Fogli Google."]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<!doctype html><html><head><meta charset="utf-8"></head><body style="background:#fff">'
            '<table role="presentation" width="100%%" style="max-width:600px;font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td style="padding:24px">'
            '<div style="font-size:16px;color:#202124">%s</div><div style="margin:16px 0;font-size:14px;color:#3c4043;border-left:2px solid #dadce0;padding-left:12px">%s</div>'
            '<table style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:12px"><img src="https://ssl.gstatic.com/docs/doclist/images/mediatype/icon_1_spreadsheet_x64.png" width="20" alt=""> '
            '<a href="%s" style="color:#1a73e8;text-decoration:none">%s</a></td></tr></table>'
            '<div style="margin-top:16px"><a href="%s" style="background:#1a73e8;color:#fff;padding:8px 24px;border-radius:4px;text-decoration:none">Apri</a></div>'
            '<div style="font-size:12px;color:#5f6368;margin-top:32px">%s</div></td></tr></table></body></html>'
            % (to_html(paras[0]), to_html(paras[2]), url, to_html(paras[1]), url, to_html(paras[4])))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    r = S.google_service(m, "drive-shares-dm-noreply@google.com",
                         "3%s@doclist.bounces.google.com" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40), "drive")
    return m.finish(r, body, 'Foglio di lavoro condiviso con te: "Programma consegne rottame dic-26 – Example Metalli"',
                    auth=dict(spf="pass", dmarc="reject"), reply_to=MELLA["lombardi"])


@business("20-it-ferretti-ddt-cmr-scansione.eml",
          "Chiara Colombo sends the signed DDT and CMR of two trips as a scanned PDF",
          "Transport documents from the carrier's real mailbox (Microsoft 365, passing authentication) as an ordinary "
          "PDF from the office scanner; trip numbers match the bookings",
          pair=("20-it-ddt-firmato-svg-lure.eml",
                "Both deliver 'signed DDT and CMR'; the genuine one is a PDF from the carrier's domain, the fake an SVG "
                "from a Libero address"))
def b20(m):
    m.when("2026-12-02 17:40:12", "EU").sender(*FE["colombo"])
    m.recipients([staff("om_it")])
    m.phone("+39 045 8203 627")
    scan = letter_pdf(m, "DOCUMENTO DI TRASPORTO (D.D.T.)", ["Ferretti Trasporti S.p.A. – vettore · scansione documenti firmati"],
                      ["Mittente: Example Metalli S.r.l., Castel Mella (BS)", "Destinatario: Example Metallrecycling GmbH, Duisburg (DE)",
                       "Vettore: Ferretti Trasporti S.p.A., Verona"],
                      [("Viaggi", "12/1121 – 12/1127"), ("Data carico", "01/12/2026"), ("Targhe", "GF 418 XT / XA 772 PN")],
                      "DDT n. 2026/0884 e 2026/0887 – CMR n. 1121/26, 1127/26",
                      ["Merce: rottame di acciaio inox 18/8 (CER 170405 / EWC 17 04 05 non pericoloso) – peso netto "
                       "23.640 kg e 24.110 kg. Certificato radiometrico n. RAD-26-1184 allegato.",
                       "Firma e timbro destinatario per ricevuta: Duisburg, 02/12/2026 – firmato S. Pohl."],
                      [["Scansione"], ["RICOH IM C3000"], ["pag. 1/1"]], pdf_date(m.at(-600)),
                      producer="RICOH IM C3000", creator="RICOH IM C3000", author="")
    text = ("Ciao Giulia,\n\nin allegato DDT e CMR firmati dei viaggi 12/1121 e 12/1127, scaricati oggi a Duisburg.\n\n"
            "Cordiali saluti\n\n" + fe_sig("Chiara Colombo", "Ufficio Traffico Internazionale", "+39 045 8203 627") + "\n")
    body = mixed(m, [text_part(text, "plain", "utf-8", "quoted-printable"),
                     outlook_attachment(scan, "application/pdf", "Scansione_DDT_CMR_20261202.pdf", m)])
    r = S.m365(m, "ferretti-trasporti.it", FE["tenant_id"], out_idx=2, lang="it-IT")
    return m.finish(r, body, "DDT e CMR firmati – viaggi 12/1121 e 12/1127", auth=dict(spf="pass", dmarc="quarantine"))


@business("21-it-interno-intervento-it-pc.eml",
          "Italian office manager announces to her colleagues (cc IT security) a PC replacement and Windows 11 "
          "upgrade on 22 Oct, partly remote, and reminds them that IT never asks for passwords or remote-access codes",
          "Internal mail via EXCH and mail-int01; names the real IT contact and his internal extension; explicitly "
          "warns against the pattern used by the help-desk scam",
          pair=("21-it-helpdesk-quick-assist-pretesto.eml",
                "Both announce remote IT support for the Brescia office; the genuine one is internal and tells staff "
                "never to give codes, the fake asks for the Quick Assist code"))
def b21(m):
    m.when("2026-10-20 09:05:47", "EU").sender(*staff("om_it"))
    m.recipients([staff("acc_it"), staff("tr_it")], [staff("sec")])
    m.phone("+49 203 7391-180", "+39 030 2586 410")
    paras = ["Ciao a tutti,",
             "giovedì 22/10 Lukas Bergmann dell'IT di Duisburg sostituirà i PC di Roberto e Luca e aggiornerà le "
             "postazioni a Windows 11.",
             "L'intervento sarà fatto in parte da remoto: Lukas vi chiamerà dal suo numero interno (+49 203 7391-180) "
             "e avvierà la sessione con lo strumento aziendale già installato (icona \"Supporto IT\" sul desktop).",
             "Promemoria: l'IT non vi chiederà mai la password, né di installare programmi come AnyDesk o di "
             "comunicare codici di Assistenza rapida. In caso di dubbi chiamate me o direttamente Lukas.",
             "Per favore salvate i file del desktop su OneDrive entro mercoledì sera.",
             "Grazie,\nGiulia",
             "Giulia Ferraro\nOffice Manager - Example Metalli S.r.l.\nVia Industriale 118 - 25030 Castel Mella (BS)\nTel. +39 030 2586 410"]
    body = outlook_alt(m, paras, "it", charset="iso-8859-1")
    r = S.exchange_internal(m, client_ip="10.31.2.15", server="EXCH02", lang="it-IT", accept="it-IT, en-US")
    return m.finish(r, body, "Intervento IT giovedì 22/10 – sostituzione PC e aggiornamento Windows 11")
