# -*- coding: utf-8 -*-
"""Attacks, Italian (17-21)."""
from .common import *  # noqa: F401,F403
from .common import S, MULE, ACC, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, outlook_quote, outlook_quote_html, inert
from .orgs import FER, sig_fer
from lib import util, checks as K, archive, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("attack", 17, "it", "ferretti-threadhijack-iban")
def a17(m):
    m.at("IT", 2026, 11, 6, 16, 40)
    m.mua = "m365"
    mule = m.iban(MULE["a17_it"], "fraudster – account at Banca Sella presented as Ferretti's temporary account")
    legit = m.iban(ACC["ferretti"], "Ferretti Trasporti S.p.A. – genuine account (Banco BPM), named as 'blocked'")
    frm = FER["colombo"]
    luca = S["it_acc"]
    t_prev = loc("IT", util.from_local("IT", 2026, 11, 4, 10, 2, 11))
    prev = ("Buongiorno Chiara,\n\npotresti mandarmi l'estratto conto aggiornato delle fatture di ottobre (tratte "
            "Bad Vilbel – Bergamo/Verona)? Vorrei chiudere le partite aperte con il pagamento di fine novembre.\n\n"
            "Grazie e buona giornata\nLuca Bianchi\nContabilità – Example Italia S.r.l.\nTel. +39 035 4129 874")
    text = ("Buongiorno Luca,\n\n"
            "come richiesto ti allego l'estratto conto aggiornato al 06/11 con le fatture di ottobre ancora aperte "
            "(totale € 27.418,60).\n\n"
            "Ti segnalo inoltre che per una verifica fiscale in corso sul nostro conto principale presso Banco BPM "
            "(IBAN %s) le operazioni in entrata sono temporaneamente sospese. Fino a nuova comunicazione i pagamenti "
            "vanno effettuati sul conto d'appoggio sotto indicato, intestato sempre a Ferretti Trasporti S.p.A.:\n\n"
            "Banca Sella S.p.A.\nIBAN: %s\nBIC: SELBIT2BXXX\n\n"
            "Ti chiederei di confermarmi via mail l'aggiornamento dell'anagrafica e, se possibile, di anticipare il "
            "bonifico delle fatture scadute entro martedì, così chiudiamo la posizione prima della verifica.\n\n"
            "Grazie mille per la collaborazione.\n\n" % (K.iban_fmt(legit), K.iban_fmt(mule)) + sig_fer())
    subj_prev = "Estratto conto fatture ottobre"
    full = text + "\n" + outlook_quote("it", luca, t_prev, [frm], subj_prev, prev)
    html_inner = ol_p(text) + outlook_quote_html("it", luca, t_prev, [frm], subj_prev, prev)
    rows = [["Fattura", "Data", "Tratta", "Importo €", "Scadenza"],
            ["2026/FT/4417", "05/10/2026", "Bad Vilbel – Bergamo", 4386.40, "04/11/2026"],
            ["2026/FT/4498", "09/10/2026", "Bad Vilbel – Verona", 5120.00, "08/11/2026"],
            ["2026/FT/4571", "14/10/2026", "Bad Vilbel – Bergamo", 4386.40, "13/11/2026"],
            ["2026/FT/4640", "20/10/2026", "Bad Vilbel – Milano", 6540.20, "19/11/2026"],
            ["2026/FT/4702", "27/10/2026", "Bad Vilbel – Bergamo", 6985.60, "26/11/2026"],
            ["", "", "Totale", ("=SUM(D2:D6)", 27418.60), ""],
            [], ["Coordinate per il pagamento:", "Banca Sella S.p.A.", K.iban_fmt(mule), "SELBIT2BXXX"]]
    xl = archive.xlsx([("Estratto conto", rows)], title="Estratto conto Example Italia", creator="Chiara Colombo")
    body = m.mixed(m.alt(m.plain(full, "utf-8", "base64"), m.html(outlook_html(html_inner, "utf-8", "it", reply=True), "utf-8", "base64")),
                   m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Estratto_conto_Example_Italia_061126.xlsx"))
    m.in_reply_to = "<%s@EXCH02.corp.example.com>" % util.hexs(m.rng, 32)
    m.references = m.in_reply_to
    m.thread_topic = subj_prev
    m.send(body, frm, [luca], "R: Estratto conto fatture ottobre", SY.m365(tenant_id=FER["tenant"], domain="ferretti-trasporti.it", lang="it-IT"),
           reply_to=("Chiara Colombo", "c.colombo@ferretti-trasporti-it.com"))
    m.what = ("Reply from the Italian carrier's customer-service contact in a real thread: October statement (XLSX) plus "
              "notice that payments must go to a 'temporary' Banca Sella account because of a tax audit.")
    m.why = ("Hijacked genuine Microsoft 365 mailbox (SPF/DKIM/DMARC pass) with Reply-To to the look-alike "
             "ferretti-trasporti-it.com; new IBAN at another bank 'because of a tax audit', request to pay overdue "
             "invoices early and confirm only by mail.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 18, "it", "agenzia-entrate-zip-password")
def a18(m):
    m.at("IT", 2026, 11, 17, 9, 22)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "iso-8859-1", "Q"
    pwd = "AdE2026"
    m.zip_passwords = {"Comunicazione_AdE_0417823.zip": pwd}
    inner = "Comunicazione_irregolarita_0417823.pdf.js"
    z = archive.make_zip([{"name": inner, "data": inert("JavaScript downloader", inner), "password": pwd.encode(),
                           "date_time": (2026, 11, 17, 8, 55, 12)}], rng=m.rng)
    m.expect_attachments = [inner]
    text = ("AGENZIA DELLE ENTRATE\nDirezione Provinciale di Bergamo - Ufficio Controlli\n\n"
            "Spett.le EXAMPLE ITALIA S.R.L.\nCodice fiscale / Partita IVA 04123760169\n\n"
            "Oggetto: Comunicazione di irregolarità n. 2026/0417823 - controllo automatizzato ai sensi dell'art. 54-bis "
            "del D.P.R. 633/72, periodo d'imposta 2024\n\n"
            "Dal controllo automatizzato della dichiarazione IVA è emersa una differenza a debito. Il dettaglio degli "
            "importi e le modalità per regolarizzare la posizione con la riduzione delle sanzioni sono riportati nella "
            "comunicazione allegata.\n\n"
            "Per motivi di riservatezza il documento è protetto. Password di apertura: %s\n\n"
            "Entro 60 giorni dal ricevimento è possibile fornire chiarimenti o richiedere l'annullamento in autotutela. "
            "In mancanza di riscontro si procederà all'iscrizione a ruolo delle somme dovute.\n\n"
            "Distinti saluti\n\nIl Capo Ufficio\n(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/93)\n" % pwd)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            "<div style=\"font-family:Times New Roman,serif;font-size:12pt\">" +
            "".join("<p>%s</p>" % H(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</div></body></html>")
    body = m.mixed(m.alt(m.plain(text, "iso-8859-1", "quoted-printable"), m.html(html, "iso-8859-1", "quoted-printable")),
                   m.attach(z, "application/x-zip-compressed", "Comunicazione_AdE_0417823.zip", style="outlook"))
    m.send(body, ("Agenzia Entrate – Comunicazioni", "info@studiotecnicomarchetti.it"), [S["it_acc"]],
           "Comunicazione di irregolarità n. 2026/0417823 – EXAMPLE ITALIA S.R.L.",
           SY.aruba(client_name="UTENTE-PC"))
    m.what = ("'Agenzia delle Entrate' notice of irregularity after an automated VAT check; details in a password-protected ZIP "
              "(password in the mail).")
    m.why = ("Malware delivery: the ZIP holds 'Comunicazione_irregolarita_0417823.pdf.js' (JavaScript downloader, encrypted "
             "so scanners cannot look inside); sent from a hacked engineering firm's Aruba mailbox with the tax office as "
             "display name; the Agenzia sends such notices via PEC/cassetto fiscale, never as password ZIPs.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 19, "it", "intesa-inbiz-certificato")
def a19(m):
    m.at("IT", 2026, 11, 23, 8, 5)
    m.mua = "generic"
    link = m.url("https://inbiz.intesasanpaolo.com.sicurezza-accesso.it/login?cod=EXIT-29471&lang=it")
    phone = m.phone("800 303 303")
    text = ("Gentile Cliente,\n\n"
            "dal 1° dicembre 2026 il certificato di firma digitale associato alla Sua utenza Inbiz dovrà essere "
            "aggiornato al nuovo standard di sicurezza previsto dalla normativa PSD2/eIDAS 2.0.\n\n"
            "Il rinnovo richiede meno di 2 minuti: acceda all'area riservata e segua le istruzioni per la verifica "
            "dell'utenza e del dispositivo O-Key.\n\n"
            "Aggiorna ora: %s\n\n"
            "In assenza di aggiornamento entro il 30/11/2026 le disposizioni di pagamento e le distinte SEPA non potranno "
            "essere firmate.\n\n"
            "Per assistenza: Servizio Clienti Imprese %s.\n\n"
            "Cordiali saluti\nIntesa Sanpaolo – Inbiz\n\nMessaggio generato automaticamente, si prega di non rispondere.\n" % (link, phone))
    html = ('<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">'
            '<tr><td style="background:#00795e;padding:18px 24px;color:#fff;font-size:20px"><b>Intesa Sanpaolo</b> &nbsp;|&nbsp; Inbiz</td></tr>'
            '<tr><td style="padding:24px;line-height:21px">Gentile Cliente,<br><br>dal 1&deg; dicembre 2026 il certificato di firma digitale associato alla Sua '
            'utenza Inbiz dovr&agrave; essere aggiornato al nuovo standard di sicurezza previsto dalla normativa PSD2/eIDAS 2.0.<br><br>'
            'Il rinnovo richiede meno di 2 minuti: acceda all&#39;area riservata e segua le istruzioni per la verifica dell&#39;utenza e del dispositivo O-Key.<br><br>'
            '<a href="%s" style="background:#00795e;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">AGGIORNA ORA</a><br><br>'
            'In assenza di aggiornamento entro il <b>30/11/2026</b> le disposizioni di pagamento e le distinte SEPA non potranno essere firmate.<br><br>'
            'Per assistenza: Servizio Clienti Imprese %s.<br><br>Cordiali saluti<br>Intesa Sanpaolo &ndash; Inbiz</td></tr>'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#888">Messaggio generato automaticamente, si prega di non rispondere.</td></tr></table></body></html>' % (H(link), phone))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.send(body, ("Intesa Sanpaolo Inbiz", "notifiche@inbiz-comunicazioni.it"), [S["it_acc"]],
           "Inbiz: aggiornamento obbligatorio del certificato di firma entro il 30/11/2026",
           SY.mailgun("mg.inbiz-comunicazioni.it"), env_from="bounce+4c21e8.9a1f3-luca.bianchi=example.com@mg.inbiz-comunicazioni.it")
    m.what = ("'Intesa Sanpaolo Inbiz' (corporate online banking) demands a signing-certificate update by 30 Nov, otherwise "
              "SEPA batches cannot be signed.")
    m.why = ("Bank credential phishing via Mailgun from inbiz-comunicazioni.it; the link only starts with "
             "'inbiz.intesasanpaolo.com' and really points to sicurezza-accesso.it; regulatory buzzwords, deadline and threat "
             "to block payments; the toll-free number is quoted to add credibility.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 20, "it", "adobe-sign-abuso-contratto")
def a20(m):
    m.at("IT", 2026, 12, 3, 11, 37)
    m.mua = "javamail"
    link = m.url("https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhCk7w2Jq8f0Xr4mVZpD5sLk1NbY9tGh3RwQeUo&client_id=CBJCHBCAABAAq3xW9vRt")
    text = ("Ferretti Trasporti S.p.A. ha richiesto la tua firma su Contratto quadro trasporti 2027 – Example Italia\n\n"
            "Rivedi e firma: %s\n\n"
            "Messaggio di Ferretti Trasporti S.p.A.:\n"
            "Buongiorno, in allegato il contratto quadro per il 2027 con le nuove tariffe FTL e l'adeguamento carburante. "
            "Vi preghiamo di firmarlo entro venerdì per garantire la pianificazione dei mezzi di gennaio. Cordiali saluti, "
            "Ufficio Contratti\n\n"
            "Dopo aver firmato Contratto quadro trasporti 2027 – Example Italia, tutte le parti riceveranno una copia "
            "finale tramite e-mail.\n\n"
            "Non inoltrare questa e-mail: se la inoltri, altre persone potranno accedere al documento.\n" % link)
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="background:#f5f5f5;margin:0">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">'
            '<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:adobe-clean,Helvetica,Arial,sans-serif;color:#2c2c2c">'
            '<tr><td style="padding:28px 40px 0 40px"><img src="https://secure.eu1.adobesign.com/images/email/acrobat-sign-logo.png" width="160" alt="Adobe Acrobat Sign"></td></tr>'
            '<tr><td style="padding:24px 40px;font-size:20px;line-height:28px">Ferretti Trasporti S.p.A. ha richiesto la tua firma su <b>Contratto quadro trasporti 2027 – Example Italia</b></td></tr>'
            '<tr><td style="padding:0 40px 24px 40px"><a href="%s" style="background:#1473e6;color:#fff;font-size:15px;font-weight:bold;padding:11px 22px;border-radius:16px;text-decoration:none">Rivedi e firma</a></td></tr>'
            '<tr><td style="padding:0 40px 24px 40px;font-size:14px;line-height:21px;border-top:1px solid #e1e1e1"><br><b>Messaggio di Ferretti Trasporti S.p.A.:</b><br>'
            'Buongiorno, in allegato il contratto quadro per il 2027 con le nuove tariffe FTL e l&#39;adeguamento carburante. Vi preghiamo di firmarlo entro '
            'venerd&igrave; per garantire la pianificazione dei mezzi di gennaio. Cordiali saluti, Ufficio Contratti</td></tr>'
            '<tr><td style="padding:0 40px 28px 40px;font-size:12px;color:#6e6e6e">Dopo aver firmato Contratto quadro trasporti 2027 – Example Italia, tutte le parti riceveranno '
            'una copia finale tramite e-mail.<br><br>Non inoltrare questa e-mail: se la inoltri, altre persone potranno accedere al documento.</td></tr>'
            '</table></td></tr></table></body></html>' % H(link))
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable", style="quoted"), m.html(html, "UTF-8", "quoted-printable"))
    m.send(body, ("Ferretti Trasporti S.p.A. tramite Acrobat Sign", "adobesign@adobesign.com"), [S["it_om"]],
           "Firma richiesta: Contratto quadro trasporti 2027 – Example Italia",
           SY.ses("eu-west-1", custom_dkim=("adobesign.com", "eu1sign")),
           reply_to=("Ferretti Trasporti S.p.A.", "ferretti.trasporti.contratti@gmail.com"),
           env_from="010201938f4c2e71-3a9d5b06-7c21-4e88-b0f4-91d6a2c85e13-000000@bounce.eu1.adobesign.com")
    m.what = ("Genuine Adobe Acrobat Sign e-mail: 'Ferretti Trasporti S.p.A.' asks the Bergamo office to sign the 2027 "
              "framework transport contract by Friday.")
    m.why = ("Abuse of a real e-signature platform: free Acrobat Sign account named after the carrier, so the mail and the "
             "adobesign.com link are genuine, but the 'contract' page links to a credential harvester; Reply-To is a Gmail "
             "address, the carrier's real contact (c.colombo@) is not involved, Friday deadline.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 21, "it", "google-forms-casella-piena")
def a21(m):
    m.at("IT", 2026, 10, 14, 12, 10)
    m.mua = "google"
    form = m.url("https://docs.google.com/forms/d/e/1FAIpQLSdK3v9WqXh2bT7yN4mR8cL0pZs6uJ1gA5eFoQ2iVwXk3nYtHg/viewform?usp=send_form")
    edit = m.url("https://docs.google.com/forms/d/e/1FAIpQLSdK3v9WqXh2bT7yN4mR8cL0pZs6uJ1gA5eFoQ2iVwXk3nYtHg/viewform?edit2=2_ABaOnufX8mZ3qLr")
    rep = m.url("https://docs.google.com/forms/u/0/d/e/1FAIpQLSdK3v9WqXh2bT7yN4mR8cL0pZs6uJ1gA5eFoQ2iVwXk3nYtHg/reportabuse?source=https://docs.google.com/forms/d/e/1FAIpQLSdK3v9WqXh2bT7yN4mR8cL0pZs6uJ1gA5eFoQ2iVwXk3nYtHg/viewform")
    title = "Amministrazione IT – Verifica casella di posta Outlook (quota superata 49,6 GB / 50 GB)"
    desc = ("La tua casella di posta aziendale ha superato il limite di archiviazione. I nuovi messaggi verranno rifiutati "
            "entro 24 ore. Per mantenere attiva la casella e liberare spazio conferma l'account compilando il modulo di "
            "verifica: %s" % form)
    text = ("Grazie per aver compilato il modulo %s\n\nEcco cosa è stato ricevuto:\n\n%s\n\n%s\n\n"
            "Indirizzo email *\nfrancesca.ricci@example.com\n\nModifica risposta: %s\n\n"
            "Crea il tuo modulo Google\nSegnala abuso: %s\n" % (title, title, desc, edit, rep))
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif;background:#f0ebf8;margin:0"><div style="max-width:640px;margin:auto">'
            '<div style="padding:20px 0;font-size:13px;color:#202124">Grazie per aver compilato il modulo <a href="%s">%s</a><br>Ecco cosa &egrave; stato ricevuto:</div>'
            '<div style="background:#fff;border-top:10px solid #673ab7;border-radius:8px;padding:24px"><div style="font-size:24px">%s</div>'
            '<div style="font-size:14px;padding-top:12px;line-height:20px">%s <a href="%s">%s</a></div></div>'
            '<div style="background:#fff;border-radius:8px;padding:24px;margin-top:12px"><div style="font-size:16px">Indirizzo email <span style="color:#d93025">*</span></div>'
            '<div style="padding-top:8px;font-size:14px">francesca.ricci@example.com</div></div>'
            '<div style="padding:16px 0"><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Modifica risposta</a></div>'
            '<div style="font-size:12px;color:#5f6368;padding:12px 0">Crea il tuo modulo Google<br><a href="%s">Segnala abuso</a></div></div></body></html>'
            % (H(form), H(title), H(title), H(desc.split(": https")[0] + ":"), H(form), H(form), H(edit), H(rep)))
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"))
    m.send(body, ("Google Forms", "forms-receipts-noreply@google.com"), [S["it_om"]],
           "Grazie per aver compilato " + title, SY.gmail(service=True), date_tz="US-P",
           env_from="3%s-forms-receipts-noreply=google.com@doclist.bounces.google.com" % util.alnum(m.rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    m.what = ("Google Forms 'thank you for filling out' receipt: an 'IT administration' form says the Outlook mailbox is over "
              "quota and must be verified within 24 hours via a form.")
    m.why = ("Abuse of Google Forms: the attacker submitted the form with the victim's address so Google itself sends the "
             "receipt (google.com DKIM, all checks pass); the linked docs.google.com form collects the mailbox password; "
             "Example Group's mail is on-premises Exchange and IT never uses Google Forms.")
