"""Italian messages: attack 17-21, business 17-21."""
import base64

from lib.msg import M, message, outlook_html, gmail_html, tb_html, esc
from lib.senders import (env, h_outlook, h_gmail, h_thunderbird, h_outlook_desktop, h_apple, h_phpmailer,
                         h_generic, via_m365, via_exchange, via_gmail, finish)
from lib import mta, docs, ids, qr, png, containers, pdf, mime
from lib.mime import Part, Multipart, RawPart
from lib.org import S, CO, OFF
from lib.util import utc, plus, rfc_date, hexs, alnum, uuid4, addr, local, epoch, b64rand, postfix_qid, exim_id
from msgs.common import outlook_bounds, alt, att, inline_img, mixed, related, text_part, html_part, quote_lines, a_href

IT = OFF["IT"]
FER = CO["ferr"]
NBL = CO["nbl"]


def _b64s(s, cs="UTF-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def _it_date(t):
    lt, _ = local(t, "CET")
    return lt.strftime("%d/%m/%Y")


def _aruba(m, root, hdrs, sender, dkim=True, zone="CET", webmail_ip="93.40.211.%d"):
    """Aruba.it hosting: authenticated submission, DKIM by aruba (d=aruba.it)."""
    r = m.r
    t = m.env.t
    body = root.payload()
    host = "smtpcmd%02d%03d.aruba.it" % (r.randrange(1, 15), r.randrange(100, 999))
    ip = "62.149.156.%d" % r.randrange(100, 220)
    cip = webmail_ip % r.randrange(2, 250)
    pre = []
    bp = None
    if dkim:
        dv, bp = mta.dkim(r, "aruba.it", "a1", "Message-ID:Date:MIME-Version:Subject:To:From:Content-Type", body, t=int(epoch(t)))
        pre.append(("DKIM-Signature", dv))
    pre.append(("Received", "from [%s] ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s" % (cip, cip, alnum(m.r, 12), rfc_date(t, zone))))
    client = (host, host, ip, mta.TLS13_256)
    dom = sender.split("@")[1]
    auth = dict(spf="pass", dkim=[("pass", "aruba.it", "a1", bp, 2048)] if dkim else [], dmarc=("none", "none", dom))
    return finish(m, root, auth, pre, client, plus(t, 2), hdrs)


# =====================================================================================
# ATTACKS
# =====================================================================================

@message("attack", "17-it-pec-fattura-malware.eml")
def a17():
    m = M("attack", "17-it-pec-fattura-malware.eml")
    t = utc(2026, 11, 4, 9, 32, 15)
    pec_sender = "amministrazione@pec.officinenavalisavona.it"
    env(m, t, S["acc_it"].email, "posta-certificata@pec.aruba.it")
    dl = m.url("https://storage.fatturazione-elettronica-sdi.com/dl/FT_1184_2026_OfficineNavaliSavona.zip",
               "download of a ZIP with a JavaScript/MSI loader (not included)")
    inner_id = "<%s@pec.officinenavalisavona.it>" % hexs(m.r, 24)
    opec = "opec21010.%s.%d.%d.1.53@pec.aruba.it" % (local(t, "CET")[0].strftime("%Y%m%d%H%M%S"), m.r.randrange(10000, 99999), m.r.randrange(100, 999))
    inner_paras = ["Spett.le Example Yachting Italia S.r.l.,", "",
                   "si trasmette in allegato copia di cortesia della fattura n. 1184/2026 del 03/11/2026 relativa ai lavori di "
                   "carenaggio e sostituzione anodi sull'imbarcazione \"Libeccio\" presso il nostro cantiere.", "",
                   "A causa delle dimensioni degli allegati (PDF + XML firmato), la documentazione è disponibile al seguente collegamento:", "",
                   dl, "", "Il pagamento è previsto a 30 gg d.f. come da accordi.", "",
                   "Cordiali saluti", "Ufficio Amministrazione", "Officine Navali Savona S.r.l.", "Via Nizza 14r - 17100 Savona"]
    inner_text = "\n".join(inner_paras) + "\n"
    inner_html = ("<html><body><div style=\"font-family:Arial;font-size:10pt\">"
                  + "<br>".join(esc(p) if p != dl else '<a href="%s">%s</a>' % (dl, "Scarica fattura n. 1184/2026 (PDF + XML)") for p in inner_paras)
                  + "</div></body></html>")
    inner_root = alt(inner_text, inner_html, "utf-8", "quoted-printable", "----=_Part_%d" % m.r.randrange(10 ** 6, 10 ** 7))
    inner_hdrs = [("Return-Path", "<%s>" % pec_sender), ("Received", "from [151.38.%d.%d] by webmail.pec.aruba.it with HTTP; %s"
                                                         % (m.r.randrange(256), m.r.randrange(256), rfc_date(plus(t, -3), "CET"))),
                  ("Date", rfc_date(plus(t, -3), "CET")), ("From", pec_sender), ("To", S["acc_it"].email),
                  ("Subject", "Invio fattura n. 1184/2026"), ("Message-ID", inner_id), ("MIME-Version", "1.0"), ("MIME", None),
                  ("X-Mailer", "Webmail PEC Aruba")]
    inner = mime.render(inner_hdrs, inner_root)
    lt, _ = local(t, "CET")
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno">\n<intestazione>\n'
                '<mittente>%s</mittente>\n<destinatari tipo="esterno">%s</destinatari>\n<risposte>%s</risposte>\n<oggetto>Invio fattura n. 1184/2026</oggetto>\n'
                '</intestazione>\n<dati>\n<gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>\n<data zona="+0100">\n<giorno>%s</giorno>\n<ora>%s</ora>\n</data>\n'
                '<identificativo>%s</identificativo>\n<msgid>&lt;%s&gt;</msgid>\n</dati>\n</postacert>\n'
                % (pec_sender, S["acc_it"].email, pec_sender, lt.strftime("%d/%m/%Y"), lt.strftime("%H:%M:%S"), opec, inner_id.strip("<>")))
    env_text = ("Messaggio di posta certificata\n\nIl giorno %s alle ore %s (+0100) il messaggio\n\"Invio fattura n. 1184/2026\" è stato inviato da \"%s\"\n"
                "indirizzato a:\n%s\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: %s\n"
                % (lt.strftime("%d/%m/%Y"), lt.strftime("%H:%M:%S"), pec_sender, S["acc_it"].email, opec))
    env_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
                "<h3>Messaggio di posta certificata</h3><p>Il giorno %s alle ore %s (+0100) il messaggio<br>&quot;Invio fattura n. 1184/2026&quot; &egrave; stato inviato da &quot;%s&quot;<br>"
                "indirizzato a:<br>%s<br>Il messaggio originale &egrave; incluso in allegato.<br>Identificativo messaggio: %s</p></body></html>"
                % (lt.strftime("%d/%m/%Y"), lt.strftime("%H:%M:%S"), pec_sender, S["acc_it"].email, opec))
    b_sig, b_mix, b_alt = ("----%s" % hexs(m.r, 32, True)), ("----%s" % hexs(m.r, 32, True)), ("----%s" % hexs(m.r, 32, True))
    mixed_part = Multipart("mixed", [
        Multipart("alternative", [Part("text/plain", env_text, charset="iso-8859-1", cte="quoted-printable"),
                                  Part("text/html", env_html, charset="iso-8859-1", cte="quoted-printable")], b_alt),
        Part("application/xml", daticert.encode("utf-8"), cte="base64", filename="daticert.xml", disposition="inline"),
        RawPart("message/rfc822", inner, disposition="inline", filename="postacert.eml")], b_mix)
    sig = bytes(m.r.getrandbits(8) for _ in range(3900))
    root = Multipart("signed", [mixed_part, Part("application/pkcs7-signature", sig, cte="base64", filename="smime.p7s", disposition="attachment")],
                     b_sig, ct_extra=' protocol="application/pkcs7-signature"; micalg=sha-256;')
    hdrs = [("Date", rfc_date(t, "CET")), ("Subject", "POSTA CERTIFICATA: Invio fattura n. 1184/2026"),
            ("From", "\"Per conto di: %s\" <posta-certificata@pec.aruba.it>" % pec_sender), ("Reply-To", pec_sender),
            ("To", S["acc_it"].email), ("X-Riferimento-Message-ID", inner_id), ("X-Trasporto", "posta-certificata"),
            ("Message-ID", "<%s>" % opec), ("MIME-Version", "1.0"), ("MIME", None)]
    r = m.r
    pre = [("Received", "from pec.aruba.it ([10.10.%d.%d]) by smtpdh%02d.pec.aruba.it with ESMTP id %s; %s"
            % (r.randrange(256), r.randrange(256), r.randrange(1, 20), alnum(r, 10), rfc_date(t, "CET")))]
    ip = "62.149.157.%d" % r.randrange(10, 90)
    client = ("smtpdh%02d.pec.aruba.it" % r.randrange(1, 20), "smtpdh.pec.aruba.it", ip, mta.TLS12)
    finish(m, root, dict(spf="pass", dkim=[], dmarc=("none", "none", "pec.aruba.it")), pre, client, plus(t, 2), hdrs)
    m.fact("PEC sender", pec_sender, "PEC box of a real-looking shipyard, compromised")
    m.info = dict(charset="iso-8859-1 (PEC envelope), utf-8 (postacert.eml)", cte="quoted-printable",
                  structure="signed(mixed(alternative(text, html), daticert.xml, message/rfc822 postacert.eml), smime.p7s)",
                  what="Invoice 'courtesy copy' delivered as certified e-mail (PEC) from a compromised PEC box, linking to a ZIP download",
                  why="PEC transport is genuine (Aruba) and signed, which lends authority, but the sender has no business with the company, the invoice "
                      "is not in SdI, and the link goes to a look-alike 'fatturazione-elettronica-sdi.com' ZIP - the Italian PEC malware pattern")
    return m


@message("attack", "18-it-sharepoint-ferretti-compromesso.eml")
def a18():
    m = M("attack", "18-it-sharepoint-ferretti-compromesso.eml")
    t = utc(2026, 11, 19, 13, 21, 44)
    env(m, t, S["om_it"].email, "no-reply@sharepointonline.com")
    link = m.url("https://ferrettitrasporti-my.sharepoint.com/:b:/g/personal/c_colombo_ferretti-trasporti_it/EWq4Nz7pK0dBhT2cY9vLm3sBR1xQe8UfA6jP0Gk5tWz9nQ?e=Vf3kQ8",
                 "real SharePoint link in the carrier's (compromised) tenant; the PDF inside links to a fake Microsoft login")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:'Segoe UI',sans-serif\">"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:20px\">"
            "<div style=\"font-size:16px;color:#242424\">Chiara Colombo ha condiviso un file con te</div>"
            "<div style=\"padding:12px;margin-top:14px;border:1px solid #e0e0e0\"><div style=\"font-size:14px\"><b>DDT e CMR trasporto eccezionale - Novembre 2026.pdf</b></div>"
            "<div style=\"font-size:13px;color:#616161;padding-top:6px\">\"Buongiorno Giulia, documenti firmati del trasporto per la vostra contabilit&agrave;. Serve conferma entro oggi per la fatturazione. Chiara\"</div></div>"
            "<div style=\"padding-top:16px\"><a href=\"%s\" style=\"background:#0f6cbd;color:#fff;padding:8px 16px;text-decoration:none;border-radius:4px\">Apri</a></div>"
            "<div style=\"font-size:12px;color:#616161;padding-top:20px\">Questo collegamento funziona solo per i destinatari diretti di questo messaggio.</div>"
            "<div style=\"font-size:11px;color:#8a8886;padding-top:20px\">Informativa sulla privacy<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</div>"
            "</td></tr></table></body></html>" % link)
    root = Part("text/html", html, charset="utf-8", cte="base64")
    msgid = "<%s@%s.eurprd08.prod.outlook.com>" % (uuid4(m.r), "PA4PR08MB%04d" % m.r.randrange(1000, 9999))
    hdrs = [("From", "Chiara Colombo <no-reply@sharepointonline.com>"), ("To", "Giulia Romano <%s>" % S["om_it"].email),
            ("Subject", _b64s("Chiara Colombo ha condiviso \"DDT e CMR trasporto eccezionale - Novembre 2026.pdf\" con te")),
            ("Date", rfc_date(t, "UTC", "std")), ("Message-ID", msgid), ("MIME", None), ("MIME-Version", "1.0"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-OriginatorOrg", "sharepointonline.com")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "sharepointonline.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", body, style="m365")
    pre = [("DKIM-Signature", dv),
           ("Received", "from PA4PR08MB%04d.eurprd08.prod.outlook.com (2603:10a6:102:%x::%x) by\r\n AS8PR08MB%04d.eurprd08.prod.outlook.com with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.9347.11; %s"
            % (r.randrange(1000, 9999), r.randrange(4096), r.randrange(256), r.randrange(1000, 9999), rfc_date(t, "UTC", "ms")))]
    client = ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2098.outbound.protection.outlook.com", "40.107.22.98", mta.TLS12)
    finish(m, root, dict(spf="pass", dkim=[("pass", "sharepointonline.com", "selector1", bp, 2048)],
                         dmarc=("pass", "reject", "sharepointonline.com")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="base64", structure="text/html",
                  what="Genuine SharePoint notification from the road carrier's tenant, sent by an attacker controlling Chiara Colombo's account",
                  why="Ferretti normally mails CMR/DDT as attachments (see business 18 the day before); 'confirm today' pressure; file shared "
                      "to the accounts contact rather than operations; the PDF on SharePoint is a login lure - technically everything passes")
    return m


@message("attack", "19-it-intesa-inbiz-phishing.eml")
def a19():
    m = M("attack", "19-it-intesa-inbiz-phishing.eml")
    t = utc(2026, 10, 22, 6, 12, 3)
    dom = "intesa-inbiz-aziende.com"
    sender = "notifiche@" + dom
    env(m, t, S["acc_it"].email, "bounce@" + dom)
    link = m.url("https://intesa-inbiz-aziende.com/inbiz/riattivazione/?cod=EYIT-02548710108", "credential phishing page (Inbiz clone)")
    html = ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Intesa Sanpaolo</title></head>"
            "<body style=\"margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif\"><table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff\"><tr><td style=\"background:#00874a;padding:18px 30px;color:#fff;font-size:20px;font-weight:bold\">Intesa Sanpaolo &middot; Inbiz</td></tr>"
            "<tr><td style=\"padding:24px 30px;font-size:14px;line-height:21px;color:#222\">Gentile Cliente,<br><br>"
            "in applicazione del Regolamento UE 2022/2554 (DORA) e delle nuove misure di autenticazione forte, i dispositivi <b>O-Key</b> associati "
            "alle utenze Inbiz devono essere riattivati entro il <b>24/10/2026</b>.<br><br>Azienda: <b>EXAMPLE YACHTING ITALIA S.R.L.</b><br>"
            "Codice cliente: <b>EYIT-02548710108</b><br><br>In assenza di riattivazione, l'operativit&agrave; dispositiva (bonifici, F24, RiBa) verr&agrave; "
            "sospesa in via cautelativa.</td></tr><tr><td style=\"padding:0 30px 24px\"><a href=\"%s\" style=\"background:#00874a;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px\">Riattiva O-Key</a></td></tr>"
            "<tr><td style=\"padding:16px 30px;font-size:11px;color:#777;border-top:1px solid #eee\">Intesa Sanpaolo S.p.A. &ndash; Sede legale: Piazza San Carlo 156, 10121 Torino &ndash; "
            "Capitale sociale Euro 10.368.870.930,08 &ndash; Aderente al Fondo Interbancario di Tutela dei Depositi. Messaggio generato automaticamente, si prega di non rispondere.</td></tr>"
            "</table></td></tr></table></body></html>" % link)
    text = ("Gentile Cliente,\n\nin applicazione del Regolamento UE 2022/2554 (DORA) e delle nuove misure di autenticazione forte, i dispositivi O-Key "
            "associati alle utenze Inbiz devono essere riattivati entro il 24/10/2026.\n\nAzienda: EXAMPLE YACHTING ITALIA S.R.L.\nCodice cliente: EYIT-02548710108\n\n"
            "Riattiva O-Key: %s\n\nIntesa Sanpaolo S.p.A. - Messaggio generato automaticamente, si prega di non rispondere.\n" % link)
    root = alt(text, html, "UTF-8", "base64", m.boundary("generic"), quote_cs=False)
    msgid = "<%s@%s>" % (hexs(m.r, 20), dom)
    hdrs = h_generic("Intesa Sanpaolo Inbiz <%s>" % sender, ["EXAMPLE YACHTING ITALIA <%s>" % S["acc_it"].email],
                     "Inbiz: riattivazione dispositivo O-Key entro il 24/10/2026", t, "CET", msgid,
                     order=("Date", "From", "To", "Message-ID", "Subject"))
    body = root.payload()
    r = m.r
    qid = postfix_qid(r, t)
    dv, bp = mta.dkim(r, dom, "default", "Date:From:To:Subject:Message-ID:From", body, t=int(epoch(t)), c="relaxed/simple")
    pre = [("DKIM-Filter", "OpenDKIM Filter v2.11.0 vps-%s.vps.ovh.net %s" % (hexs(r, 8), qid)), ("DKIM-Signature", dv),
           ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
            % (dom, qid, S["acc_it"].email, rfc_date(t, "CET", "postfix")))]
    ip = "51.75.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250))
    client = ("mail.%s" % dom, "vps-%s.vps.ovh.net" % hexs(r, 8), ip, mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "default", bp, 2048)], dmarc=("pass", "none", dom)), pre, client, plus(t, 1), hdrs)
    m.info = dict(charset="UTF-8", cte="base64", structure="alternative(text, html)",
                  what="Corporate-banking credential phishing: Intesa Sanpaolo Inbiz 'O-Key re-activation' with DORA pretext",
                  why="Look-alike domain intesa-inbiz-aziende.com on an OVH VPS (auth passes for the wrong domain), regulatory pretext, deadline "
                      "and suspension threat, button to a clone of the Inbiz login; the client code is derived from the public P.IVA")
    return m


@message("attack", "20-it-atto-giudiziario-poste.eml")
def a20():
    m = M("attack", "20-it-atto-giudiziario-poste.eml")
    t = utc(2026, 12, 3, 8, 47, 29)
    dom = "studiorinaldi-commercialisti.it"
    sender = "segreteria@" + dom
    env(m, t, S["om_it"].email, sender)
    link = m.url("https://avviso-giacenza-atti.com/poste/AG-2026-114875", "phishing/malware landing page")
    lt, _ = local(t, "CET")
    doc = docs.notice({"Title": "Avviso di giacenza", "Producer": "iLovePDF", "CreationDate": pdf.pdf_date(lt)},
                      "Poste Italiane", "Avviso di giacenza · Atti giudiziari", "#003DA5",
                      [("h", "AVVISO DI GIACENZA - ATTO GIUDIZIARIO"),
                       ("kv", [("Numero raccomandata", "AG 7895 1148 7524"), ("Destinatario", "EXAMPLE YACHTING ITALIA S.R.L."),
                               ("Mittente", "Tribunale di Genova - Ufficio NEP"), ("Tentativo di consegna", "02/12/2026 ore 11:40"),
                               ("Giacenza fino al", "12/12/2026")]),
                       ("p", "Il portalettere non ha potuto consegnare l'atto per assenza del destinatario. L'atto è disponibile in versione "
                             "digitale per la consultazione preventiva. Decorsi 10 giorni la notifica si intende perfezionata per compiuta giacenza."),
                       ("button", ("Visualizza l'atto", link)),
                       ("small", "Poste Italiane S.p.A. - Patrimonio BancoPosta - Viale Europa 190, 00144 Roma")],
                      ["Documento generato automaticamente. Non rispondere a questa comunicazione."], logo="bar")
    pdfdata = doc.render()
    paras = ["Gentile cliente,", "",
             "Le comunichiamo che è in giacenza un atto giudiziario a Lei indirizzato (raccomandata AG 7895 1148 7524).", "",
             "In allegato l'avviso di giacenza. L'atto può essere consultato online prima del ritiro presso l'ufficio postale "
             "cliccando sul pulsante presente nell'avviso.", "",
             "La giacenza scade il 12/12/2026. Decorso tale termine la notifica si intende perfezionata.", "",
             "Poste Italiane - Servizio Notifiche"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "IT")
    msgid = m.msgid_outlook("AM9PR03MB6612", "eurprd03")
    bnd = outlook_bounds(msgid)
    root = mixed([alt(text, html, "iso-8859-1", "quoted-printable", bnd["alt"]),
                  att(pdfdata, "application/pdf", "Avviso_di_giacenza_AG78951148752.pdf", t=t)], bnd["mixed"])
    hdrs = h_outlook(m, "Poste Italiane <%s>" % sender, ["%s" % S["om_it"].email], "Avviso di giacenza - Atto giudiziario AG 7895 1148 7524",
                     t, "CET", msgid, lang="it-IT", date_utc=True)
    via_m365(m, root, hdrs, dom, "5d1e7a34-0b2c-4f19-9e8d-c6a52f0b7e13", "AM9PR03MB6612", "eurprd03", has_attach=True,
             auth=lambda bp: dict(spf="pass", dkim=[("pass", dom, "selector1", bp, 2048)], dmarc=("pass", "none", dom)))
    m.info = dict(charset="iso-8859-1", cte="quoted-printable", structure="mixed(alternative(text, html), PDF with link)",
                  what="Fake Poste Italiane 'judicial act in storage' notice with a PDF whose button leads to a landing page",
                  why="Sent from a compromised accountant's M365 mailbox with display name 'Poste Italiane'; Poste notifies judicial acts on paper "
                      "or via SEND/PEC, not by e-mail with a PDF button; deadline and legal consequence")
    return m


@message("attack", "21-it-sextortion-bitcoin.eml")
def a21():
    m = M("attack", "21-it-sextortion-bitcoin.eml")
    t = utc(2026, 10, 31, 2, 14, 55)
    me = S["acc_it"].email
    env(m, t, me, me)
    wallet = ids.bech32_address(bytes(m.r.getrandbits(8) for _ in range(20)))
    m.fact("Wallet", wallet, "Bitcoin bech32 address for the extortion payment")
    text = ("Ciao!\n\nTi scrivo dal tuo account (%s), come puoi vedere dal mittente.\n\n"
            "Qualche mese fa ho ottenuto accesso ai dispositivi che usi per navigare, tramite un malware installato da un sito per adulti che hai visitato. "
            "Da allora ho registrato la tua attività con la webcam e ho copiato i tuoi contatti, le email e le chat.\n\n"
            "Ho un video che mostra te e quello che stavi guardando. Con un clic posso inviarlo a tutti i tuoi colleghi, clienti e familiari.\n\n"
            "Per evitarlo devi trasferire 1450 EUR in Bitcoin (BTC) a questo indirizzo:\n\n%s\n\n"
            "Hai 48 ore da quando leggi questa email. Ho un pixel che mi dice quando l'hai aperta. Dopo il pagamento cancellerò tutto e "
            "non mi sentirai più. Non rispondere, non rivolgerti alla polizia: me ne accorgerò.\n\nSe non sai come comprare Bitcoin, cerca su Google "
            "\"comprare bitcoin\".\n" % (me, wallet))
    root = Part("text/plain", text, charset="utf-8", cte="8bit")
    msgid = "<%s@%s>" % (hexs(m.r, 16).upper(), "example.com")
    hdrs = [("From", "<%s>" % me), ("To", me), ("Subject", "Pagamento richiesto: il tuo account è stato compromesso".encode("utf-8")),
            ("Date", rfc_date(t, "BRT")), ("Message-ID", msgid), ("MIME-Version", "1.0"), ("MIME", None),
            ("X-Priority", "1 (Highest)"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")]
    pre, client, t_mx = mta.direct(m.env, "[177.91.%d.%d]" % (m.r.randrange(256), m.r.randrange(256)),
                                   "177-91-%d-%d.dynamic.netcomnet.com.br" % (m.r.randrange(256), m.r.randrange(256)),
                                   "177.91.%d.%d" % (m.r.randrange(256), m.r.randrange(256)), tls=None)
    finish(m, root, dict(spf="fail", dkim=[], dmarc=("fail", "quarantine", "example.com")), pre, client, t_mx, hdrs)
    m.info = dict(charset="utf-8 (raw 8-bit Subject)", cte="8bit", structure="text/plain",
                  what="Sextortion claiming device compromise, demanding 1450 EUR in Bitcoin",
                  why="Forged From = recipient (SPF fail, DMARC fail for example.com), sent without TLS from a Brazilian dynamic IP, "
                      "raw 8-bit header from a spam tool, generic threat text and BTC address")
    return m


# =====================================================================================
# BUSINESS
# =====================================================================================

def _fatturapa(num, data, righe, tot_imp, iva, iban):
    lines = "".join("<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>1.00</Quantita>"
                    "<PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>"
                    % (i, esc(d), v, v) for i, (d, v) in enumerate(righe, 1))
    piva = FER.vat[2:]
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente><ProgressivoInvio>0A1B7</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>
<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
<Sede><Indirizzo>Via Enrico Fermi</Indirizzo><NumeroCivico>22</NumeroCivico><CAP>43015</CAP><Comune>Noceto</Comune><Provincia>PR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>
<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Example Yachting Italia S.r.l.</Denominazione></Anagrafica></DatiAnagrafici>
<Sede><Indirizzo>Calata Gadda</Indirizzo><NumeroCivico>4</NumeroCivico><CAP>16128</CAP><Comune>Genova</Comune><Provincia>GE</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente></FatturaElettronicaHeader>
<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
<DatiBeniServizi>%s<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto><Imposta>%.2f</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>
<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento><ImportoPagamento>%.2f</ImportoPagamento><IstitutoFinanziario>Credit Agricole Italia</IstitutoFinanziario><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>
</FatturaElettronicaBody></p:FatturaElettronica>
""" % (piva, piva, IT["tax"][0][1], data, num, tot_imp + iva, lines, tot_imp, iva, tot_imp + iva, iban)).encode("utf-8")


@message("business", "17-it-ferretti-fattura-sdi.eml")
def b17():
    m = M("business", "17-it-ferretti-fattura-sdi.eml")
    t = utc(2026, 11, 10, 14, 3, 11)
    sender = FER.people[1][1]
    env(m, t, S["acc_it"].email, sender)
    iban = m.iban(FER.bank[2], "Ferretti's account as in every invoice and in the XML")
    righe = [("Trasporto eccezionale imbarcazione Beneteau Oceanis 46.1 'Maestrale' Genova - Piombino (imbarco per Olbia)", 3850.00),
             ("Scorta tecnica e permessi ANAS/Provincia", 620.00), ("Sosta tecnica e sollevamento", 280.00)]
    imp = sum(v for _, v in righe)
    iva = round(imp * 0.22, 2)
    xml = _fatturapa("2026/1127", "2026-11-10", righe, imp, iva, iban)
    fmt = lambda v: "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
    lt, _ = local(t, "CET")
    doc = docs.invoice({"Title": "Fattura 2026/1127", "Author": "Ferretti Trasporti S.p.A.", "Producer": "TeamSystem Enterprise",
                        "CreationDate": pdf.pdf_date(lt)},
                       "Ferretti Trasporti S.p.A.", "Trasporti eccezionali e nautica", "#A31515", "Ferretti Trasporti S.p.A. · Via Enrico Fermi 22 · 43015 Noceto (PR)",
                       ["Spett.le", "Example Yachting Italia S.r.l.", "Calata Gadda 4 - Porto Antico", "16128 Genova (GE)"],
                       "FATTURA N. 2026/1127 (copia di cortesia)",
                       [("Data", "10/11/2026"), ("P.IVA cliente", IT["tax"][0][1]), ("Cod. destinatario", "M5UXCR1"), ("Ns. rif.", "TE-26-0418")],
                       [("Descrizione", 360), ("Importo EUR", 123)], [[d, fmt(v)] for d, v in righe], ["l", "r"],
                       [("Imponibile", fmt(imp), False), ("IVA 22%", fmt(iva), False), ("Totale documento", fmt(imp + iva), True)],
                       ["Pagamento: bonifico bancario 30 gg d.f.f.m. - scadenza 31/12/2026",
                        "IBAN %s - Crédit Agricole Italia, filiale di Parma" % ids.iban_print(iban),
                        "Copia di cortesia: il documento fiscalmente valido è quello trasmesso tramite SdI."],
                       ["Ferretti Trasporti S.p.A. - Cap. soc. 1.200.000 i.v. - Reg. Imprese Parma - P.IVA %s" % FER.vat[2:]], logo="bar")
    pdfdata = doc.render()
    paras = ["Buongiorno,", "",
             "in allegato copia di cortesia della fattura n. 2026/1127 del 10/11/2026 (trasporto \"Maestrale\" Genova-Piombino), "
             "già trasmessa tramite Sistema di Interscambio al Vs. codice destinatario M5UXCR1, e il relativo file XML.", "",
             "Restiamo a disposizione per qualsiasi chiarimento.", "",
             "Cordiali saluti", "", "Ufficio Amministrazione", "Ferretti Trasporti S.p.A.", "Via Enrico Fermi 22 - 43015 Noceto (PR)",
             "Tel. +39 0521 62 47 11"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "IT")
    msgid = m.msgid_outlook(FER.m365_server, FER.m365_pod)
    bnd = outlook_bounds(msgid)
    xmlname = "IT%s_0A1B7.xml" % FER.vat[2:]
    root = mixed([alt(text, html, "utf-8", "quoted-printable", bnd["alt"]),
                  att(pdfdata, "application/pdf", "Fattura_2026-1127.pdf", t=t),
                  att(xml, "text/xml", xmlname, t=t)], bnd["mixed"])
    hdrs = h_outlook(m, "Amministrazione Ferretti Trasporti <%s>" % sender, ["Marco Bianchi <%s>" % S["acc_it"].email],
                     "Copia di cortesia fattura n. 2026/1127 - Ferretti Trasporti S.p.A.", t, "CET", msgid, lang="it-IT", date_utc=True)
    via_m365(m, root, hdrs, "ferretti-trasporti.it", FER.tenant, FER.m365_server, FER.m365_pod, has_attach=True)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="mixed(alternative(text, html), PDF, FatturaPA XML)",
                  what="Courtesy copy of the carrier's e-invoice (already delivered through SdI) with PDF and FatturaPA XML",
                  why="Carrier's real M365 tenant, DKIM/DMARC pass, invoice exists in SdI, same IBAN as always, attachments not links",
                  mirrors=["17-it-pec-fattura-malware.eml"],
                  differs="known supplier, SdI reference, attached PDF/XML instead of a ZIP download link")
    return m


@message("business", "18-it-ferretti-documenti-trasporto.eml")
def b18():
    m = M("business", "18-it-ferretti-documenti-trasporto.eml")
    t = utc(2026, 11, 18, 16, 40, 2)
    sender = FER.people[0][1]
    env(m, t, S["om_it"].email, sender)
    lt, _ = local(t, "CET")
    cmr = docs.notice({"Title": "CMR 2026-7741", "Producer": "Canon iR-ADV C5840 PDF", "CreationDate": pdf.pdf_date(lt)},
                      "LETTERA DI VETTURA INTERNAZIONALE · CMR", "N. 2026-7741 · Ferretti Trasporti S.p.A.", "#A31515",
                      [("kv", [("1 Mittente", "Example Yachting Italia S.r.l., Calata Gadda 4, Genova"),
                               ("2 Destinatario", "Marina di Portisco, 07020 Olbia (SS)"),
                               ("3 Luogo di consegna", "Porto di Piombino - imbarco Moby per Olbia"),
                               ("6 Merce", "1 imbarcazione a vela Beneteau Oceanis 46.1, lungh. 14,60 m, largh. 4,50 m"),
                               ("11 Peso lordo", "11.200 kg"), ("16 Vettore", "Ferretti Trasporti S.p.A., targa FX 418 KP / rim. AB 77231"),
                               ("21 Redatto a", "Genova, 17/11/2026")]),
                       ("p", "Firma e timbro mittente: ____________      Firma vettore: C. Colombo      Firma destinatario: ____________")],
                      ["Copia 3 - vettore"], logo="bar").render()
    perm = docs.notice({"Title": "Autorizzazione trasporto eccezionale", "Producer": "PDF-XChange 9", "CreationDate": pdf.pdf_date(lt)},
                       "Città Metropolitana di Genova", "Autorizzazione al transito di trasporto eccezionale", "#1F3C88",
                       [("kv", [("Autorizzazione n.", "TE/2026/1893"), ("Validità", "18/11/2026 - 17/12/2026"),
                                ("Percorso", "Genova Porto - A12 - A11 - SS1 Aurelia - Piombino"),
                                ("Dimensioni max", "lungh. 18,20 m · largh. 4,50 m · alt. 4,20 m"), ("Prescrizioni", "scorta tecnica, transito 22:00-06:00")])],
                       ["Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"], logo="shield").render()
    paras = ["Ciao Giulia,", "",
             "ti allego la CMR firmata e l'autorizzazione al trasporto eccezionale per il \"Maestrale\". Partenza confermata giovedì "
             "19/11 alle 22:00 dal varco Etiopia, arrivo a Piombino venerdì mattina per l'imbarco delle 11:30.", "",
             "Il capitano di porto di Olbia ha chiesto una copia della CMR anche a voi per la pratica di ormeggio a Portisco: puoi "
             "girargliela tu?", "", "Grazie e a presto,", "Chiara", "",
             "Chiara Colombo", "Ufficio Traffico - Trasporti eccezionali", "Ferretti Trasporti S.p.A.", "Tel. +39 0521 62 47 11 - Cell. +39 347 118 2290"]
    m.phone("+39 347 118 2290", "Chiara Colombo's mobile, same as in earlier correspondence")
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "IT")
    msgid = m.msgid_outlook(FER.m365_server, FER.m365_pod)
    bnd = outlook_bounds(msgid)
    root = mixed([alt(text, html, "iso-8859-1", "quoted-printable", bnd["alt"]),
                  att(cmr, "application/pdf", "CMR_2026-7741_Maestrale.pdf", t=t),
                  att(perm, "application/pdf", "Autorizzazione_TE-2026-1893.pdf", t=t)], bnd["mixed"])
    hdrs = h_outlook(m, "Chiara Colombo <%s>" % sender, ["Giulia Romano <%s>" % S["om_it"].email],
                     "CMR e autorizzazione TE - Maestrale Genova/Piombino", t, "CET", msgid,
                     cc=["Marco Bianchi <%s>" % S["acc_it"].email], lang="it-IT", date_utc=True)
    via_m365(m, root, hdrs, "ferretti-trasporti.it", FER.tenant, FER.m365_server, FER.m365_pod, has_attach=True)
    m.info = dict(charset="iso-8859-1", cte="quoted-printable", structure="mixed(alternative(text, html), 2 PDFs)",
                  what="Carrier's traffic office sends the signed CMR and the exceptional-transport permit for a yacht transport",
                  why="Real Ferretti tenant, concrete operational details matching the booking, documents attached directly, known mobile number",
                  mirrors=["18-it-sharepoint-ferretti-compromesso.eml"],
                  differs="documents attached, operations contact, no 'confirm today' or login")
    return m


@message("business", "19-it-intesa-inbiz-notifica.eml")
def b19():
    m = M("business", "19-it-intesa-inbiz-notifica.eml")
    t = utc(2026, 10, 23, 9, 21, 40)
    sender = "inbiz-notifiche@intesasanpaolo.com"
    env(m, t, S["acc_it"].email, "bounce-inbiz@intesasanpaolo.com")
    iban = IT["bank"][2]
    masked = m.fact("Account", "IT** **** **** **** **** %s" % iban[-4:], "company's own Intesa account, masked by the bank")
    text = ("Gentile Cliente,\n\nla informiamo che è stata eseguita la seguente disposizione:\n\n"
            "Tipo operazione: Bonifico SEPA\nRapporto di addebito: %s\nBeneficiario: FERRETTI TRASPORTI S.P.A.\n"
            "Importo: EUR 5.795,00\nData esecuzione: 23/10/2026\nCRO/TRN: 0306901400%d\n\n"
            "Può consultare il dettaglio dell'operazione accedendo a Inbiz dal sito intesasanpaolo.com o dall'app Inbiz.\n\n"
            "Per la sua sicurezza: Intesa Sanpaolo non le chiederà mai via e-mail, SMS o telefono codici O-Key, password o dati di accesso, "
            "né di riattivare dispositivi tramite link.\n\nIntesa Sanpaolo S.p.A.\nQuesto è un messaggio automatico, la preghiamo di non rispondere.\n"
            % (masked, m.r.randrange(10 ** 9, 10 ** 10)))
    html = ("<html><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222\"><div style=\"background:#00874a;color:#fff;padding:12px 20px;font-weight:bold\">Intesa Sanpaolo Inbiz</div>"
            "<div style=\"padding:16px 20px\">" + esc(text).replace("\n", "<br>\n") + "</div></body></html>")
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("javamail"), quote_cs=False)
    msgid = "<%d.%d.%d.JavaMail.inbiz@nxmail%02d.intesasanpaolo.com>" % (m.r.randrange(10 ** 8, 10 ** 9), m.r.randrange(10, 99), int(epoch(t)) * 1000, m.r.randrange(1, 9))
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "Intesa Sanpaolo Inbiz <%s>" % sender), ("To", S["acc_it"].email),
            ("Message-ID", msgid), ("Subject", "Inbiz - Notifica esito disposizione"), ("MIME-Version", "1.0"), ("MIME", None)]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "intesasanpaolo.com", "isp2024", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", body, t=int(epoch(t)))
    pre = [("DKIM-Signature", dv),
           ("Received", "from nxmail%02d.intesasanpaolo.com (nxmail.intesasanpaolo.com [10.58.%d.%d])\r\n\tby mailout-03.intesasanpaolo.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(1, 9), r.randrange(256), r.randrange(256), postfix_qid(r, t), S["acc_it"].email, rfc_date(t, "CET", "postfix")))]
    client = ("mailout-03.intesasanpaolo.com", "mailout-03.intesasanpaolo.com", "192.0.2.103", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "intesasanpaolo.com", "isp2024", bp, 2048)], dmarc=("pass", "reject", "intesasanpaolo.com")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Bank notification that a SEPA transfer ordered in Inbiz has been executed",
                  why="Bank's own domain with aligned DKIM/DMARC, no link at all, masked account, matches a payment actually ordered (Ferretti invoice)",
                  mirrors=["19-it-intesa-inbiz-phishing.eml"],
                  differs="no link or deadline; informational; authenticated intesasanpaolo.com")
    return m


@message("business", "20-it-broker-proposta-acquisto.eml")
def b20():
    m = M("business", "20-it-broker-proposta-acquisto.eml")
    t = utc(2026, 11, 6, 17, 55, 31)
    sender = NBL.people[0][1]
    env(m, t, S["sales"].email, sender)
    lt, _ = local(t, "CET")
    doc = docs.letter({"Title": "Proposta di acquisto", "Producer": "Microsoft: Print To PDF", "CreationDate": pdf.pdf_date(lt)},
                      "Nautica Brokers Liguria S.r.l.", "Compravendita imbarcazioni da diporto · Rapallo", "#0E5A8A",
                      "Nautica Brokers Liguria S.r.l. · Via Langano 28 · 16035 Rapallo (GE)",
                      ["Spett.le Example Yachting GmbH", "c.a. Sig. Nils Petersen", "Am Sandtorkai 48", "20457 Amburgo (DE)"],
                      "Rapallo, 06/11/2026", "Proposta irrevocabile di acquisto - Dufour 430 GL \"Saltire\" (2021)",
                      ["Il sottoscritto Dott. Giorgio Parodi, tramite il mediatore Nautica Brokers Liguria S.r.l., propone l'acquisto "
                       "dell'imbarcazione in oggetto alle seguenti condizioni:",
                       ("table", [("Voce", 160), ("Condizione", 323)],
                        [["Prezzo offerto", "EUR 268.000,00 (IVA assolta UE)"], ["Caparra", "10% alla firma del contratto, su conto del mediatore"],
                         ["Condizioni sospensive", "perizia a secco e prova in mare con esito positivo"], ["Consegna", "Genova, entro il 31/03/2027"],
                         ["Validità proposta", "fino al 20/11/2026"]]),
                       "La provvigione del mediatore resta a carico delle parti secondo quanto concordato nel mandato del 12/10/2026."],
                      "Distinti saluti", ["Roberto Galli", "Nautica Brokers Liguria S.r.l.", "", "per accettazione del proponente: G. Parodi"],
                      ["Nautica Brokers Liguria S.r.l. · P.IVA 02918400996 · Tel. +39 0185 23 41 90 · www.nauticabrokersliguria.it"])
    pdfdata = doc.render()
    paras = ["Gentile Nils,", "",
             "come anticipato al telefono ti mando la proposta firmata del Dott. Parodi per il Dufour 430 \"Saltire\". "
             "Il cliente chiede la perizia a secco a Genova (cantiere Amico) e una prova in mare prima di versare la caparra, "
             "che come sempre resta sul nostro conto clienti fino al rogito.", "",
             "Fammi sapere se l'armatore accetta o se vuole fare una controproposta, la proposta è valida fino al 20/11.", "",
             "Un saluto", "Roberto", "", "Roberto Galli", "Nautica Brokers Liguria S.r.l.", "Via Langano 28 - 16035 Rapallo (GE)", "Tel. +39 0185 23 41 90"]
    text = "\n".join(paras) + "\n"
    root = mixed([Part("text/plain", text, charset="UTF-8", cte="quoted-printable", quote_charset=False, ct_extra="; format=flowed"),
                  Part("application/pdf", pdfdata, cte="base64", filename="Proposta_acquisto_Dufour430_Saltire.pdf", disposition="attachment")],
                 m.boundary("roundcube"))
    msgid = "<%s@nauticabrokersliguria.it>" % hexs(m.r, 32)
    hdrs = [("MIME-Version", "1.0"), ("Date", rfc_date(t, "CET")), ("From", "Roberto Galli <%s>" % sender),
            ("To", "Nils Petersen <%s>" % S["sales"].email), ("Subject", "Proposta acquisto Dufour 430 Saltire - Parodi"),
            ("Message-ID", msgid), ("X-Sender", sender), ("User-Agent", "Webmail Aruba 3.2"), ("MIME", None)]
    _aruba(m, root, hdrs, sender)
    m.info = dict(charset="UTF-8", cte="quoted-printable (format=flowed)", structure="mixed(text/plain, PDF offer)",
                  what="Co-broker sends a signed purchase offer for a used yacht from the brokerage fleet",
                  why="Known broker via his usual Aruba mailbox, offer subject to survey and sea trial, deposit held on the broker's client account",
                  mirrors=["12-en-yacht-buyer-overpayment.eml"],
                  differs="professional broker, survey and sea trial, standard deposit - no overpayment or shipping agent")
    return m


@message("business", "21-it-newsletter-salone-nautico.eml")
def b21():
    m = M("business", "21-it-newsletter-salone-nautico.eml")
    t = utc(2026, 11, 25, 10, 0, 4)
    env(m, t, S["om_it"].email, "bounce-mc.us21_8841735.%d-%s@mail%d.suw17.mcdlv.net" % (m.r.randrange(10 ** 5, 10 ** 6), hexs(m.r, 10), m.r.randrange(100, 250)))
    u = "https://salonenautico.us21.list-manage.com/track/click?u=3f8a1b7c2d4e5f6a7b8c9d0e1&id=%s&e=%s" % (hexs(m.r, 10), hexs(m.r, 10))
    m.url(u, "Mailchimp tracked link")
    unsub = "https://salonenautico.us21.list-manage.com/unsubscribe?u=3f8a1b7c2d4e5f6a7b8c9d0e1&id=%s&e=%s&c=%s" % (hexs(m.r, 10), hexs(m.r, 10), hexs(m.r, 10))
    paras = ["Gentile espositore,",
             "la 66ª edizione del Salone Nautico Internazionale di Genova si è chiusa con 124.000 visitatori e oltre 1.000 brand esposti. "
             "Grazie per aver partecipato con il vostro stand al Molo Vela.",
             "La 67ª edizione si terrà dal 17 al 22 settembre 2027. Le domande di partecipazione si aprono il 15 gennaio 2027 sull'Area Riservata "
             "Espositori; gli espositori 2026 hanno la priorità di conferma dello spazio fino al 28 febbraio.",
             "Nelle prossime settimane riceverete il report con i dati di affluenza per padiglione e il questionario di soddisfazione.",
             "Lo staff del Salone Nautico"]
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Salone Nautico</title></head><body style="background:#f0f4f8;margin:0">'
            '<center><table width="600" style="background:#fff;font-family:Helvetica,Arial;font-size:15px;line-height:23px;color:#202020">'
            '<tr><td style="background:#0b2545;color:#fff;padding:24px;font-size:24px">Salone Nautico Internazionale di Genova</td></tr>'
            + "".join('<tr><td style="padding:10px 24px">%s</td></tr>' % esc(p) for p in paras)
            + '<tr><td style="padding:10px 24px"><a href="%s" style="background:#13315c;color:#fff;padding:10px 18px;text-decoration:none">Scopri le date 2027</a></td></tr>' % esc(u)
            + '<tr><td style="padding:20px 24px;font-size:11px;color:#666">I Saloni Nautici S.r.l. · Piazzale J.F. Kennedy 1 · 16129 Genova<br>'
              'Ricevi questa email perché sei registrato come espositore. <a href="%s">Annulla iscrizione</a></td></tr></table></center>'
              '<img src="https://salonenautico.us21.list-manage.com/track/open.php?u=3f8a1b7c2d4e5f6a7b8c9d0e1&id=%s&e=%s" height="1" width="1" alt=""></body></html>'
            % (esc(unsub), hexs(m.r, 10), hexs(m.r, 10)))
    text = "\n\n".join(paras) + "\n\nScopri le date 2027: %s\n\nAnnulla iscrizione: %s\n" % (u, unsub)
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("mailchimp"))
    msgid = "<%s.%s@mail%d.suw17.mcdlv.net>" % (hexs(m.r, 20), hexs(m.r, 10), m.r.randrange(100, 250))
    hdrs = [("Subject", _b64s("Grazie! Il Salone 2026 in numeri e le date dell'edizione 2027")),
            ("From", "Salone Nautico Internazionale di Genova <newsletter@salonenautico.com>"),
            ("Reply-To", "Salone Nautico Internazionale di Genova <info@salonenautico.com>"),
            ("To", "<%s>" % S["om_it"].email), ("Date", rfc_date(t, "UTC", "std")), ("Message-ID", msgid),
            ("X-Mailer", "Mailchimp Mailer - **CID%s**" % hexs(m.r, 20)), ("X-Campaign", "mailchimp3f8a1b7c2d4e5f6a7b8c9d0e1.%s" % hexs(m.r, 10)),
            ("X-campaignid", "mailchimp3f8a1b7c2d4e5f6a7b8c9d0e1.%s" % hexs(m.r, 10)),
            ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=3f8a1b7c2d4e5f6a7b8c9d0e1&id=%s&e=%s" % (hexs(m.r, 10), hexs(m.r, 10))),
            ("X-MC-User", "3f8a1b7c2d4e5f6a7b8c9d0e1"), ("Feedback-ID", "8841735:8841735.%d:us21:mc" % m.r.randrange(10 ** 6, 10 ** 7)),
            ("List-ID", "3f8a1b7c2d4e5f6a7b8c9d0e1mc list <3f8a1b7c2d4e5f6a7b8c9d0e1.%d.list-id.mcsv.net>" % m.r.randrange(10 ** 5, 10 ** 6)),
            ("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us21_3f8a1b7c2d4e5f6a7b8c9d0e1.%s@unsubscribe.mailchimpapp.net>" % (unsub, hexs(m.r, 10))),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Content-Type", None)]
    hdrs = hdrs[:-1] + [("MIME", None), ("MIME-Version", "1.0")]
    body = root.payload()
    pre, client, t_mx, (bp, bp2) = mta.mailchimp(m.env, body, "salonenautico.com", None, None, None)
    finish(m, root, dict(spf="pass", dkim=[("pass", "salonenautico.com", "k2", bp, 2048), ("pass", "mcdlv.net", "k1", bp2, 1024)],
                         dmarc=("pass", "none", "salonenautico.com")), pre, client, t_mx, hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Boat-show organiser's Mailchimp newsletter to exhibitors with tracked links",
                  why="Normal bulk mail: Mailchimp infrastructure with the organiser's DKIM, List-Unsubscribe, informational content, no credentials or payment",
                  mirrors=[], differs="")
    return m
