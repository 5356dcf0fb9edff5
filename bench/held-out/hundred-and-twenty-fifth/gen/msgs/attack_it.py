"""Attack messages 17-21 (Italian)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate

ATT = "attack"
FERR = org.FERR

CHIARA_SIG = """Chiara Colombo
Ufficio Traffico – Customer Service
FERRETTI TRASPORTI S.p.A.
Via dell'Industria 42 – 37135 Verona (VR)
Tel. +39 045 820 4410 – Fax +39 045 820 4499
www.ferretti-trasporti.it"""


@msg(ATT, 17, "it", "ferretti-sosia-variazione-iban",
     "'Chiara Colombo' of Ferretti Trasporti announces new bank details from the next invoice on; signed letter on "
     "Ferretti letterhead with the new IBAN",
     "Supplier bank-detail change from a look-alike domain: ferretti-trasporti.com (Google Workspace, registered "
     "recently) instead of ferretti-trasporti.it (Microsoft 365); the operations contact – not the accounting "
     "department – announces it; the new account is at a neobank; asks to confirm by e-mail and to pay the open "
     "October invoices there")
def a17(m):
    m.when(2026, 11, 10, 9, 33, 18)
    m.frm = ("Chiara Colombo", "c.colombo@ferretti-trasporti.com")
    m.to = [org.st("paolo.conti")]
    m.cc = [org.st("giulia.romano")]
    m.subject = "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A."
    iban = ident.iban_it("03268", "22300", "052876419330")
    m.fact("IBAN", iban, "attacker account (neobank)")
    text = ("Gentile Dott. Conti,\n\n"
            "con la presente Vi comunichiamo che, a seguito di una riorganizzazione dei rapporti bancari del gruppo, "
            "a partire dalla data odierna i pagamenti relativi alle nostre fatture dovranno essere effettuati "
            "esclusivamente sul nuovo conto corrente indicato nella lettera allegata.\n\n"
            "Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su questo conto anche il "
            "pagamento delle fatture di ottobre ancora aperte (n. 2026/FT/1187 e 2026/FT/1203, totale "
            "€ 23.418,60).\n\n"
            "Le vecchie coordinate presso Banco BPM non sono più attive per gli incassi.\n\n"
            "Vi chiediamo gentilmente una conferma via e-mail dell'avvenuto aggiornamento.\n\n"
            "Cordiali saluti\n\n" + CHIARA_SIG)
    letter = docs.letter(
        ["FERRETTI TRASPORTI S.p.A.", "Trasporti farmaceutici a temperatura controllata – GDP",
         "Via dell'Industria 42 – 37135 Verona – P.IVA " + FERR["vat"]],
        ["Spett.le", "Example Farmacie S.r.l.", "Via Giovanni Battista Pirelli 19", "20124 Milano"],
        "Verona, 09/11/2026", "Oggetto: variazione coordinate bancarie",
        ["Con la presente si comunica che, con decorrenza immediata, le nuove coordinate bancarie per tutti i "
         "pagamenti a favore di Ferretti Trasporti S.p.A. sono le seguenti:",
         "  Beneficiario: Ferretti Trasporti S.p.A.",
         "  IBAN: " + ident.fmt_iban(iban),
         "  BIC/SWIFT: SELBIT2BXXX",
         "Si prega di non effettuare più versamenti sulle coordinate precedentemente comunicate.",
         "Distinti saluti."],
        ["", "L'Amministratore Delegato", "Roberto Ferretti"],
        ["Ferretti Trasporti S.p.A. – Cap. Soc. € 1.200.000 i.v. – REA VR-218764 – P.IVA/C.F. " + FERR["vat"]],
        dict(title="variazione IBAN", author="amministrazione", creator="Microsoft Word",
             producer="Microsoft: Print To PDF", date="D:20261109173320+01'00'"),
        color=(0, 70, 140), stamp=(380, 240, "FERRETTI TRASPORTI S.p.A.", "Verona"))
    a = att(m, letter, "application/pdf", "Comunicazione variazione IBAN.pdf", "gmail")
    bd.gmail(m, text, attachments=[a])
    sy.gmail(m, domain="ferretti-trasporti.com")


@msg(ATT, 18, "it", "agenzia-entrate-sdi-canva",
     "'Agenzia delle Entrate – Fatturazione elettronica' reports an invoice rejected by the SdI and points to a "
     "'notice' published as a Canva design",
     "Tax-authority impersonation abusing a real platform: link to canva.com (reputable domain) whose page leads to "
     "a Microsoft-login clone; sent from a compromised Aruba mailbox of an unrelated Sicilian bakery; the SdI never "
     "notifies by ordinary e-mail with links")
def a18(m):
    m.when(2026, 10, 13, 12, 4, 50)
    m.frm = ("Agenzia delle Entrate - Fatturazione Elettronica", "amministrazione@panificiosanvito.it")
    m.to = [org.st("paolo.conti")]
    m.subject = "Notifica di scarto fattura elettronica - Sistema di Interscambio n. 8412377"
    r = m.rng
    canva = "https://www.canva.com/design/DAG%s/%s/view?utm_content=DAG%s&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks" % (
        r.alnum(8), r.alnum(22, util.string.ascii_letters + util.string.digits + "_-"), r.alnum(8))
    text = ("Gentile contribuente,\n\n"
            "il Sistema di Interscambio ha scartato la fattura elettronica n. 2026/0418 trasmessa per conto di "
            "EXAMPLE FARMACIE S.R.L. (P.IVA %s) con il seguente esito:\n\n"
            "Codice errore 00305 – IdFiscaleIVA del cessionario/committente non valido\n\n"
            "Per evitare l'applicazione delle sanzioni di cui all'art. 6 del D.Lgs. 471/1997, la fattura deve essere "
            "ritrasmessa entro 5 giorni. La notifica completa e il file di esito sono consultabili al seguente "
            "indirizzo:\n\n"
            "[Visualizza notifica di scarto](%s)\n\n"
            "Cordiali saluti\n"
            "Agenzia delle Entrate\nDivisione Servizi – Fatturazione elettronica\n" % (org.OFF["IT"]["taxid"][1], canva))
    html = ("<html><body style=\"font-family:Arial;font-size:13px\">"
            + "".join("<p>%s</p>" % "<br>".join(bd.inline_html(l) for l in para.split("\n"))
                      for para in text.split("\n\n")) + "</body></html>\n")
    bd.alt(m, bd.plain(text), html, "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9),
                                                             util.epoch(m.date) * 1000), "UTF-8", "quoted-printable",
           one_line=False)
    m.msgid = "%s@panificiosanvito.it" % r.hexs(32)
    hdrs = m.std(["MIME-Version", "Date", "From", "To", "Subject", "Message-ID"])
    hdrs.append("X-Sender: amministrazione@panificiosanvito.it")
    hdrs.append("User-Agent: Roundcube Webmail/1.6.6")
    hdrs.append("@MIME@")
    hdrs.append("X-Originating-IP: 102.89.%d.%d" % (r.randint(1, 250), r.randint(1, 250)))
    sy.relay(m, "smtpcmd0%d.aruba.it" % r.randint(851, 899), "62.149.156.%d" % r.randint(51, 99), hdrs,
             submit={"kind": "raw", "lines": [
                 "Received: from webmail.aruba.it ([62.149.158.%d])" % r.randint(90, 99) + CRLF +
                 "\tby Aruba Outgoing Smtp  with ESMTPSA" + CRLF + "\tid %s; %s" % (r.alnum(14),
                                                                                  rfcdate(m.date + secs(1), "Europe/Rome"))]},
             dkim=[("panificiosanvito.it", "a1", "relaxed/relaxed", "Date:From:To:Subject:MIME-Version:Content-Type:Message-ID")],
             extra_trace=["X-Sender-Aruba: amministrazione@panificiosanvito.it"], tls="1.3")
    m.mailfrom = "amministrazione@panificiosanvito.it"


@msg(ATT, 19, "it", "segreteria-vocale-svg",
     "'Centralino VoIP' notification of a 47-second voicemail from a Milan number, attachment "
     "'Messaggio_vocale_0287342210.svg' with a 'play' button",
     "SVG attachment lure: the image is a fake audio player whose link (xlink:href) opens a credential page on "
     "voce-cloud-ascolta.com; SendGrid bulk sending from a domain unrelated to the company's telephone provider; "
     "voicemail-to-mail is not used by the Milan office")
def a19(m):
    m.when(2026, 12, 3, 8, 2, 37)
    m.frm = ("Centralino VoIP", "voicemail@voip-notifiche.it")
    m.to = [org.st("giulia.romano")]
    m.subject = "Nuovo messaggio vocale (00:47) da +39 02 8734 2210"
    r = m.rng
    link = "https://voce-cloud-ascolta.com/vm/play?id=%s&u=giulia.romano%%40example.com" % r.hexs(16)
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="160" '
           'viewBox="0 0 420 160">\n'
           '<rect width="420" height="160" rx="10" fill="#f3f4f6" stroke="#d1d5db"/>\n'
           '<text x="24" y="38" font-family="Arial" font-size="16" fill="#111827">Messaggio vocale – 00:47</text>\n'
           '<text x="24" y="60" font-family="Arial" font-size="12" fill="#6b7280">Da: +39 02 8734 2210 · 03/12/2026 07:58</text>\n'
           '<rect x="24" y="80" width="372" height="6" rx="3" fill="#d1d5db"/>\n'
           '<rect x="24" y="80" width="60" height="6" rx="3" fill="#2563eb"/>\n'
           '<a xlink:href="%s" target="_blank">\n'
           '<rect x="24" y="104" width="170" height="36" rx="6" fill="#2563eb"/>\n'
           '<text x="46" y="127" font-family="Arial" font-size="14" fill="#ffffff">▶ Riproduci messaggio</text>\n'
           '</a>\n</svg>\n' % link.replace("&", "&amp;"))
    m.fact("URL", link, "link inside the SVG")
    text = ("Hai ricevuto un nuovo messaggio vocale.\n\n"
            "Chiamante: +39 02 8734 2210\nDurata: 00:47\nRicevuto: 03/12/2026 07:58\nCasella: Reception Milano\n\n"
            "Il messaggio è allegato a questa e-mail. Per ascoltarlo apri l'allegato nel browser.\n\n"
            "-- \nServizio Centralino VoIP – notifica automatica\n")
    html = bd.notice_html("Centralino VoIP", "#2563eb", "Nuovo messaggio vocale",
                          ["Chiamante: **+39 02 8734 2210**\nDurata: 00:47\nRicevuto: 03/12/2026 07:58\n"
                           "Casella: Reception Milano",
                           "Il messaggio è allegato a questa e-mail. Per ascoltarlo apri l'allegato nel browser."],
                          None, ["Servizio Centralino VoIP – notifica automatica"], lang="it")
    a = att(m, svg.encode("utf-8"), "image/svg+xml", "Messaggio_vocale_0287342210.svg", "plain")
    bd.alt(m, text, html, r.hexs(60), "utf-8", "quoted-printable", attachments=[a], mixed_boundary=r.hexs(60),
           quoted=False)
    m.fact("phone", "+39 02 8734 2210", "spoofed caller ID: the Milan office's own number")
    sy.sendgrid(m, "voip-notifiche.it", "149.72.%d.%d" % (r.randint(120, 250), r.randint(2, 250)), 31744802)


@msg(ATT, 20, "it", "sharepoint-condivisione-account-compromesso",
     "Genuine SharePoint sharing notification: Chiara Colombo (Ferretti Trasporti) shared 'Fatture_Ottobre_"
     "Pagamento' with the Italian accountant at 02:14 at night",
     "Document-share lure from a compromised partner account: real Microsoft mail (all checks pass), but the shared "
     "item is a OneNote page with a 'view invoice' button to a login clone; Chiara handles transport operations "
     "with the office manager, not invoices with accounting; sent at night to several customers at once "
     "(envelope fan-out), generic text")
def a20(m):
    m.when(2026, 11, 26, 2, 14, 3)
    m.frm = ("Chiara Colombo", "no-reply@sharepointonline.com")
    m.reply_to = [("Chiara Colombo", "c.colombo@ferretti-trasporti.it")]
    m.to = [org.st("paolo.conti")]
    m.subject = "Chiara Colombo ha condiviso \"Fatture_Ottobre_Pagamento\" con te"
    m.lang = "it-IT"
    r = m.rng
    link = ("https://ferrettitrasporti-my.sharepoint.com/:o:/g/personal/c_colombo_ferretti-trasporti_it/"
            "E%s?e=%s&sharingv2=true&fromShare=true&at=9" % (r.alnum(46, util.string.ascii_letters + util.string.digits + "_-"),
                                                             r.alnum(6)))
    paras = ["**Chiara Colombo** ha condiviso un blocco appunti con te",
             "Buonasera, in allegato le fatture di ottobre da verificare prima del pagamento. Grazie",
             "📓 Fatture_Ottobre_Pagamento"]
    footer = ["Questo messaggio di posta elettronica è generato tramite l'uso di Microsoft 365 da parte di Ferretti "
              "Trasporti S.p.A. e può includere contenuti controllati da Ferretti Trasporti S.p.A.",
              "[Informativa sulla privacy](https://go.microsoft.com/fwlink/?LinkId=521839)"]
    html = bd.notice_html("SharePoint", "#036C70", "Chiara Colombo ha condiviso un blocco appunti con te", paras,
                          ("Apri", link), footer, lang="it", font="'Segoe UI',Tahoma,sans-serif")
    text = bd.notice_text("Chiara Colombo ha condiviso un blocco appunti con te", paras, ("Apri", link), footer)
    bd.alt(m, text, html, "_000_x_", "utf-8", "base64", quoted=True, one_line=False)
    t = FERR["tenant"].copy()
    t.update(dkim="sharepointonline.com", origorg="ferretti-trasporti.it", obe="EUR02-DB5-obe", obhost="mail-db5eur02on2047",
             ip="40.107.249.47")
    m.rcpt = [org.st("paolo.conti")[1]]
    sy.m365(m, t, app="sharepoint")
    m.mailfrom = "no-reply@sharepointonline.com"


@msg(ATT, 21, "it", "regali-aziendali-gift-card",
     "'Matthias Brenner' asks the Milan office manager, in slightly odd Italian, for an urgent confidential favour: "
     "buy ten Amazon gift cards of EUR 100 for partners and send photos of the codes",
     "Gift-card CEO fraud: Gmail address ceo.mbrenner.office@gmail.com, CEO writing Italian to a subsidiary employee, "
     "secrecy, urgency, reimbursement promise, request for scratched-card photos")
def a21(m):
    m.when(2026, 12, 17, 10, 41, 9)
    m.frm = ("Matthias Brenner", "ceo.mbrenner.office@gmail.com")
    m.to = [org.st("giulia.romano")]
    m.subject = "Richiesta urgente"
    text = ("Ciao Giulia,\n\n"
            "sei in ufficio adesso? Ho bisogno che tu mi faccia un favore urgente e riservato. Sto entrando in una "
            "riunione con il consiglio e non posso telefonare.\n\n"
            "Dobbiamo fare un regalo di Natale ad alcuni partner importanti in Italia e mi servono 10 carte regalo "
            "Amazon da 100 € ciascuna. Puoi acquistarle oggi in un tabaccheria o supermercato vicino? Ti rimborso "
            "tutto con la nota spese di questo mese, Paolo non deve saperlo, è una sorpresa.\n\n"
            "Quando le hai, gratta il retro e mandami le foto dei codici per e-mail, così le giro subito.\n\n"
            "Grazie mille, conto su di te.\n\n"
            "Matthias Brenner\nCEO – Example Group SE\n\nInviato da iPhone")
    m.meta["tz"] = "Europe/Berlin"
    bd.gmail(m, text)
    sy.gmail(m)
