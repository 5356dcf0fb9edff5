"""Attack messages, Italian (17-21)."""

from lib import co, ids, smtp, systems
from lib.archives import make_zip
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, footer, gmail_att, gmail_parts, letterhead, mixed, ms_msgid, outlook_att,
                             outlook_bnd, outlook_parts, related)
from messages.registry import msg

A = "attack"
FBLUE = (0, 70, 140)


# --------------------------------------------------------------------- 17
@msg(A, 17, "it", "ferretti-iban-lookalike")
def a17(m):
    F = co.FERR
    mule = ids.it_iban("03268", "22300", "052871940312")
    m.what = ("'Amministrazione Ferretti Trasporti' announces new bank details (Banca Sella) and asks the Italian accountant to "
              "hold the payments due 30/11 and pay them to the new IBAN; PDF on letterhead.")
    m.why = ("Look-alike domain ferretti-trasporti.com (the carrier is .it) on an attacker Microsoft 365 tenant; lands two weeks "
             "after the carrier's genuine bank change (business/17) but names a different bank and IBAN; asks to confirm by "
             "e-mail and to call a mobile number rather than the known contact; 'do not use previous communications'.")
    m.dmarc_policy = {"ferretti-trasporti.com": "none"}
    h = H(("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"), [co.P("it_acc")],
          "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", D(2026, 11, 24, 11, 6, 52),
          hcs="windows-1252", henc="Q")
    h.msgid = ms_msgid(m, "eurprd06")
    cell = m.tel("+39 351 784 2296")
    paras = ["Spett.le Example Serre Italia S.r.l.,", "alla c.a. dell'Ufficio Amministrazione", "",
             "facendo seguito alla nostra precedente comunicazione, Vi informiamo che per esigenze di riorganizzazione della "
             "tesoreria di Gruppo le coordinate bancarie indicate nella lettera del 10/11 non devono più essere utilizzate.", "",
             "A partire da oggi Vi preghiamo di effettuare tutti i pagamenti, comprese le fatture in scadenza al 30/11/2026 "
             "(n. 2026/TR/4471 e 2026/TR/4502), esclusivamente sul seguente conto:", "",
             "Intestatario: Ferretti Trasporti S.p.A.\nBanca: Banca Sella S.p.A.\nIBAN: %s\nBIC/SWIFT: SELBIT2BXXX" % ids.fmt_iban(mule), "",
             "In allegato la comunicazione ufficiale firmata dal nostro Direttore Amministrativo. Vi chiediamo gentilmente di "
             "darci conferma via e-mail dell'avvenuto aggiornamento in anagrafica. Per qualsiasi chiarimento potete contattare "
             "direttamente il sottoscritto al numero %s." % cell, "",
             "Cordiali saluti", "",
             "Dott. Fabio Rinaldi\nUfficio Amministrazione e Finanza\nFerretti Trasporti S.p.A.\nVia dell'Industria 27 - 37066 Sommacampagna (VR)\n"
             "P.IVA %s" % F["piva"]]
    t, ht = outlook_parts(m, paras, "windows-1252", "quoted-printable", "IT", "StileMessaggioDiPostaElettronica17", font="Calibri")
    d = m.pdf(info={"Title": "Comunicazione variazione IBAN", "Author": "f.rinaldi", "Producer": "Microsoft® Word per Microsoft 365"},
              created="D:20261124103205+01'00'")
    p = d.page()
    y = letterhead(p, "FERRETTI TRASPORTI S.p.A.", ["Trasporti refrigerati nazionali e internazionali · Logistica a temperatura controllata",
                                                   "Via dell'Industria 27 · 37066 Sommacampagna (VR) · Tel. +39 045 858 1730 · www.ferretti-trasporti.it"], FBLUE)
    p.text(540, y, "Sommacampagna, 24 novembre 2026", 10, align="right")
    for i, l in enumerate(["Spett.le", "Example Serre Italia S.r.l.", "Contrada Bosco Piano s.n.", "97019 Vittoria (RG)"]):
        p.text(330, y + 24 + 12 * i, l, 10)
    y += 90
    p.text(56, y, "Oggetto: variazione coordinate bancarie - comunicazione definitiva", 11, bold=True)
    y += 24
    y = p.wrap(56, y, 480, "Con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria di Gruppo, "
               "tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati, con effetto immediato, "
               "esclusivamente sul seguente conto corrente:", 10)
    y += 6
    for k, v in (("Banca", "Banca Sella S.p.A."), ("IBAN", ids.fmt_iban(mule)), ("BIC/SWIFT", "SELBIT2BXXX")):
        p.text(80, y, k, 10, bold=True)
        p.text(180, y, v, 10)
        y += 15
    y += 8
    y = p.wrap(56, y, 480, "Le coordinate indicate in comunicazioni precedenti sono da considerarsi annullate. Vi preghiamo di "
               "non effettuare bonifici su altri conti e di confermarci l'aggiornamento dell'anagrafica fornitori.\n\n"
               "Distinti saluti.", 10)
    y += 20
    p.text(300, y, "Ferretti Trasporti S.p.A.", 10)
    p.text(300, y + 22, "F. Rinaldi", 15, color=(20, 40, 120))
    p.text(300, y + 36, "Il Direttore Amministrativo", 8.5)
    footer(p, ["Ferretti Trasporti S.p.A. · Cap. Soc. € 2.500.000 i.v. · R.E.A. VR-301845 · P.IVA %s" % F["piva"]])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)),
                  outlook_att(m, pdf, "application/pdf", "Comunicazione_variazione_IBAN_Ferretti.pdf", h.date)],
                 outlook_bnd(h.msgid, 4))
    return systems.m365(m, h, root, tenant="ferrettitrasporti.onmicrosoft.com", region="eurprd06", eop="EUR03", eop_dc="AM7",
                        dkim_d="ferrettitrasporti.onmicrosoft.com", dkim_s="selector1-ferretti-trasporti-com",
                        lang="it-IT", accept="it-IT, en-US", ip="40.107.249.%d" % 103)


# --------------------------------------------------------------------- 18
@msg(A, 18, "it", "avviso-ade-zip-password")
def a18(m):
    pw = "AdE-4821"
    m.zip_password = pw
    m.what = ("'Agenzia delle Entrate - Direzione Provinciale di Ragusa' sends an 'avviso di accertamento' as a password-protected "
              "ZIP (password in the body) for the Italian entity.")
    m.why = ("Malware loader: encrypted ZIP defeats attachment scanning and contains 'Avviso_accertamento_RG_118734.pdf.js' "
             "(double extension; JScript downloader represented by an inert placeholder); sent from a compromised Aruba mailbox "
             "of an unrelated engineering firm under the tax agency's name; the Agenzia delivers such acts by PEC, not by "
             "ordinary e-mail with ZIP files.")
    h = H(("Agenzia delle Entrate - Direzione Provinciale di Ragusa", "info@studiotecnicovitale.it"), [co.P("it_acc")],
          "Avviso di accertamento n. TRG0118734/2026 - Example Serre Italia S.r.l.", D(2026, 10, 29, 8, 31, 18),
          hcs="iso-8859-1", henc="Q")
    text = ("Agenzia delle Entrate\nDirezione Provinciale di Ragusa - Ufficio Controlli\n\n"
            "Spett.le contribuente EXAMPLE SERRE ITALIA S.R.L.\nP.IVA %s\n\n"
            "si comunica che a seguito del controllo automatizzato della dichiarazione IVA/2026 ai sensi dell'art. 54-bis del "
            "D.P.R. 633/1972 sono emerse irregolarità che hanno comportato l'emissione dell'avviso di accertamento "
            "n. TRG0118734/2026.\n\n"
            "Il documento, in formato protetto, è disponibile in allegato.\nPassword di apertura: %s\n\n"
            "Entro 60 giorni dalla notifica è possibile presentare ricorso o aderire alla definizione agevolata. In assenza di "
            "riscontro entro 5 giorni lavorativi l'Ufficio procederà all'iscrizione a ruolo delle somme dovute.\n\n"
            "Il Capo Ufficio\nDott.ssa M. Giuffrida\n\n"
            "Questo messaggio è generato automaticamente, si prega di non rispondere.\n") % (co.OFF["IT"]["ids"][0][1], pw)
    placeholder = ("// [INERT TEST PLACEHOLDER - evaluation corpus 119]\n"
                   "// Stands in for an obfuscated WSH JScript downloader delivered as a fake tax notice.\n"
                   "// It contains no executable code.\n").encode("ascii")
    decoy = ("AGENZIA DELLE ENTRATE\r\nAvviso di accertamento n. TRG0118734/2026\r\n(documento in allegato)\r\n").encode("ascii")
    z = make_zip([("Avviso_accertamento_RG_118734.pdf.js", placeholder, (2026, 10, 29, 8, 12, 40)),
                  ("Istruzioni_apertura.txt", decoy, (2026, 10, 29, 8, 12, 40))], password=pw.encode(), rng=m.rng)
    att = m.att(z, "application/x-zip-compressed", "Avviso_AdE_RG_2026_118734.zip",
                header_order=["ct", "cte", "cd"])
    b = m.boundary("nextpart")
    root = mixed([m.text(text, "iso-8859-1", "quoted-printable"), att], b,
                 preamble="This is a multi-part message in MIME format.")
    return systems.aruba(m, h, root, client_ip="192.0.2.66",
                         ua_lines=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtJr" + smtp.rb64(m.rng, 26),
                                   "Content-Language: it"])


# --------------------------------------------------------------------- 19
@msg(A, 19, "it", "ceo-gift-card-iphone")
def a19(m):
    m.what = ("'Hendrik Terhoeven' asks the Italian office manager, from a Gmail address via iPhone, to buy eight 100 EUR Apple gift "
              "cards for customers and send photos of the codes.")
    m.why = ("Gift-card CEO fraud: display name of the CEO on hendrik.terhoeven.office@gmail.com, Italian machine-like phrasing from a "
             "German CEO, secrecy ('it's a surprise'), in a meeting so no phone, asks for scratched codes by photo.")
    h = H(("Hendrik Terhoeven", "hendrik.terhoeven.office@gmail.com"), [co.P("it_om")], "Richiesta urgente",
          D(2026, 12, 10, 10, 3, 49))
    h.msgid = "<%s@gmail.com>" % smtp.uuid(m.rng, upper=True)
    text = ("Ciao Francesca,\n\nsei in ufficio adesso? Ho bisogno che tu mi faccia un favore molto riservato.\n\n"
            "Oggi pomeriggio incontro alcuni clienti importanti della GDO e voglio fare loro un regalo per Natale. Mi servono "
            "8 carte regalo Apple da 100 € ciascuna. Puoi comprarle in un negozio vicino (Euronics, MediaWorld o anche in "
            "tabaccheria) e poi grattare il retro e mandarmi le foto dei codici qui per email?\n\n"
            "È una sorpresa, quindi per favore non parlarne con nessuno per ora. Ti rimborso oggi stesso con la nota spese.\n\n"
            "Sono in riunione e non posso telefonare, scrivimi solo qui.\n\nGrazie mille\nHendrik\n\nInviato da iPhone\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' +
            "".join("<div dir=\"ltr\">%s</div><div dir=\"ltr\"><br></div>" % esc(p).replace("\n", "<br>")
                    for p in text.strip().split("\n\n")) + "</body></html>\n")
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("apple"))
    return systems.gmail(m, h, root, order=["from", "mime", "date", "msgid", "subject", "to"],
                         extra=["X-Mailer: iPhone Mail (22B91)"])


# --------------------------------------------------------------------- 20
@msg(A, 20, "it", "sharepoint-share-compromised-ferretti")
def a20(m):
    url = ("https://ferrettitrasporti-my.sharepoint.com/:o:/g/personal/c_colombo_ferretti-trasporti_it/"
           "EmT1qKp3Z4hFvX9bYc2Lw0sBdR7nQe5aH8uGtJ1mVxNoPw?e=k3Fz9Q")
    m.what = ("Genuine SharePoint Online notification: 'Chiara Colombo ha condiviso CMR e DDT novembre 2026' - a OneNote notebook "
              "in Chiara's OneDrive - sent to the Italian accountant.")
    m.why = ("Document-share lure from a compromised real mailbox/tenant: sent by Microsoft (SharePoint) for the real Ferretti "
             "account, so every authentication check passes; the shared item is a OneNote page (not a PDF of CMRs) that links "
             "on to a credential-harvesting page; unusual for Chiara, who normally attaches CMRs to e-mail (see business/20).")
    h = H(("Chiara Colombo", "no-reply@sharepointonline.com"), [co.P("it_acc")],
          "Chiara Colombo ha condiviso \"CMR e DDT novembre 2026\" con te", D(2026, 12, 3, 15, 14, 9),
          reply_to=co.FERR["colombo"])
    h.msgid = ms_msgid(m, "eurprd07")
    text = ("Chiara Colombo ha condiviso un file con te\n\n"
            "\"Ciao, ti giro i CMR firmati e i DDT di novembre per la riconciliazione delle fatture. Fammi sapere se manca qualcosa.\"\n\n"
            "CMR e DDT novembre 2026\n\nApri: %s\n\n"
            "Questo collegamento funziona solo per i destinatari diretti di questo messaggio.\n\n"
            "Informativa sulla privacy: https://go.microsoft.com/fwlink/?LinkId=521839\n"
            "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n") % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f7f7f7;font-family:\'Segoe UI\',Arial,sans-serif">'
            '<tr><td align="center" style="padding:24px"><table width="528" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="padding:28px 32px 0 32px;font-size:21px;color:#242424">Chiara Colombo ha condiviso un file con te</td></tr>'
            '<tr><td style="padding:16px 32px;font-size:14px;color:#424242;border-left:3px solid #0f6cbd">&ldquo;Ciao, ti giro i CMR '
            'firmati e i DDT di novembre per la riconciliazione delle fatture. Fammi sapere se manca qualcosa.&rdquo;</td></tr>'
            '<tr><td style="padding:16px 32px"><table cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;width:100%%">'
            '<tr><td style="padding:12px;font-size:14px"><span style="display:inline-block;width:20px;height:20px;background:#7719aa;'
            'color:#fff;text-align:center;font-weight:bold;font-size:12px">N</span>&nbsp; <b>CMR e DDT novembre 2026</b></td></tr>'
            '</table></td></tr><tr><td style="padding:8px 32px 24px 32px"><a href="%s" style="background:#0f6cbd;color:#fff;'
            'padding:8px 20px;text-decoration:none;font-size:14px;border-radius:4px">Apri</a></td></tr>'
            '<tr><td style="padding:0 32px 24px 32px;font-size:12px;color:#616161">Questo collegamento funziona solo per i '
            'destinatari diretti di questo messaggio.</td></tr></table><p style="font-size:11px;color:#616161">'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Informativa sulla privacy</a><br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "base64"), m.html(html, "utf-8", "base64"), outlook_bnd(h.msgid, 0))
    h.mail_from = "no-reply@sharepointonline.com"
    return systems.m365(m, h, root, tenant="ferretti-trasporti.it", region="eurprd07", eop="EUR03", eop_dc="AM7",
                        dkim_d="sharepointonline.com", dkim_s="selector1", lang="it-IT", accept="it-IT, en-US",
                        ip="40.107.249.%d" % 77, tenant_id=co.FERR["tenant_id"])


# --------------------------------------------------------------------- 21
@msg(A, 21, "it", "google-forms-quota-webmail")
def a21(m):
    fid = "1FAIpQLSd" + smtp.ralnum(m.rng, 47, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    url = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    m.what = ("Google Forms mail 'Amministratore di sistema' says the mailbox is 98% full and must be verified by filling in a form "
              "with e-mail and password.")
    m.why = ("Webmail credential phishing abusing Google Forms: the message genuinely comes from Google "
             "(forms-receipts-noreply@google.com, DKIM google.com) but the 'system administrator' is an arbitrary Google "
             "account; asks for the password inside a form; quota threat; the company's mail is on Exchange, not Google.")
    h = H(("Amministratore di sistema (tramite Moduli Google)", "forms-receipts-noreply@google.com"), [co.P("it_om")],
          "Verifica casella di posta: spazio di archiviazione quasi esaurito (98%)", D(2026, 11, 6, 13, 27, 14),
          reply_to=("", "helpdesk.posta.verifica@gmail.com"))
    h.mail_from = "3%s@docs.bounces.google.com" % smtp.ralnum(m.rng, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    text = ("Ho invitato te a compilare un modulo:\n\n"
            "Verifica della casella di posta aziendale\n\n"
            "Gentile utente, la tua casella di posta ha raggiunto il 98%% dello spazio disponibile. Per evitare la sospensione "
            "della ricezione dei messaggi, verifica il tuo account entro 24 ore compilando il modulo seguente.\n\n"
            "COMPILA MODULO: %s\n\n"
            "Se hai problemi a visualizzare o inviare questo modulo, puoi compilarlo online:\n%s\n\n"
            "Non fornire mai la tua password tramite Moduli Google.\n\n"
            "Powered by Google Forms\nQuesto modulo è stato creato all'esterno del tuo dominio.\n") % (url, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Roboto,'
            'Arial,sans-serif;background:#f0ebf8;margin:0"><div style="max-width:640px;margin:0 auto;padding:16px">'
            '<div style="background:#fff;border-radius:8px;border-top:10px solid #673ab7;padding:24px">'
            '<div style="font-size:14px;color:#202124">Ho invitato te a compilare un modulo:</div>'
            '<div style="font-size:24px;padding:12px 0">Verifica della casella di posta aziendale</div>'
            '<div style="font-size:14px;color:#202124;line-height:20px">Gentile utente, la tua casella di posta ha raggiunto il '
            '<b>98%%</b> dello spazio disponibile. Per evitare la sospensione della ricezione dei messaggi, verifica il tuo account '
            'entro 24 ore compilando il modulo seguente.</div>'
            '<div style="padding:18px 0"><div style="font-size:14px">Indirizzo email <span style="color:#d93025">*</span></div>'
            '<div style="border-bottom:1px solid #ccc;height:24px"></div><div style="font-size:14px;padding-top:14px">Password '
            '<span style="color:#d93025">*</span></div><div style="border-bottom:1px solid #ccc;height:24px"></div></div>'
            '<a href="%s" style="display:inline-block;background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;'
            'text-decoration:none;font-size:14px">COMPILA MODULO</a>'
            '<div style="font-size:12px;color:#5f6368;padding-top:18px">Non fornire mai la tua password tramite Moduli Google.</div>'
            '</div><div style="font-size:12px;color:#5f6368;padding:12px">Powered by Google Forms<br>Questo modulo è stato creato '
            'all&#39;esterno del tuo dominio.</div></div></body></html>\n') % esc(url)
    root = alt(m.text(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"), m.boundary("gmail"))
    return systems.google_notify(m, h, root)
