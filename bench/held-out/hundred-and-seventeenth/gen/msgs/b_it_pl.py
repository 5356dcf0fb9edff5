"""business/ 17-26 (Italian, Polish)."""

from .common import *  # noqa: F401,F403
from datetime import timedelta

from .a_it_pl import FER_FOOTER, FER_LINES

FER_IBAN = ck.make_iban(None, "IT", bank="05387", branch="12600", account="000000418273")
PLOG_IBAN = ck.make_iban(None, "PL", bank="102", branch="1816", account="0000840203718452")
from lib.company import _pl_nip_fixed  # noqa: E402
PLOG_NIP = _pl_nip_fixed("583164729")


@msg("business", "17-it-ferretti-fattura-cortesia.eml")
def b17(rng):
    t = "2026-11-04 09:41:27"
    dt = when(t, "rome")
    rows = [["1", "Trasporto eccezionale zavorra LR 1750 (lotto 1/2), Duisburg (DE) - Ravenna (IT), semirimorchio ribassato 5 assi", "1", "5.180,00", "5.180,00"],
            ["2", "Scorta tecnica e autorizzazione transito (ANAS / Autobrennero)", "1", "1.120,00", "1.120,00"],
            ["3", "Sosta tecnica Brennero 14-15/10", "1", "400,00", "400,00"]]
    net = 6700.00
    vat = round(net * 0.22, 2)
    pdfb = K.letter(rng, dt=dt, org="Ferretti Trasporti S.p.A.", org_lines=FER_LINES, color=(0.55, 0.05, 0.05),
                    recipient=["Spett.le", "Example Gru e Sollevamenti S.r.l.", "Via Baiona 214", "48123 Ravenna (RA)", "P.IVA IT%s" % PIVA_IT],
                    place_date="Piacenza, 31/10/2026", title="Fattura n. 2026/1203 - COPIA DI CORTESIA",
                    paras=["Documento privo di valore fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è stato trasmesso tramite SdI (codice destinatario M5UXCR1).",
                           "Vs. ordine: EG-IT-2026-0388 del 02/10/2026 · DDT/CMR 4471-26",
                           ("table", [(30, "Pos", "left"), (260, "Descrizione", "left"), (40, "Q.tà", "right"), (70, "Prezzo", "right"), (81, "Importo €", "right")],
                            rows + [("b", ["", "Imponibile", "", "", K.money(net)]), ("b", ["", "IVA 22%", "", "", K.money(vat)]),
                                    ("b", ["", "Totale documento", "", "", K.money(net + vat)])]),
                           "Pagamento: bonifico bancario 60 gg d.f.f.m. su BPER Banca S.p.A., IBAN %s." % ck.iban_fmt(FER_IBAN)],
                    footer=FER_FOOTER, producer="TeamSystem Enterprise", creator="TeamSystem", author="Ferretti Trasporti")
    text = ("Buongiorno,\n\n"
            "in allegato la copia di cortesia della fattura n. 2026/1203 del 31/10/2026 relativa al trasporto eccezionale del primo "
            "lotto di zavorra LR 1750 (Vs. ordine EG-IT-2026-0388). L'originale è stato trasmesso tramite Sistema di Interscambio.\n\n"
            "Le coordinate bancarie sono invariate.\n\n"
            "Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia Emilia Parmense 182 - 29122 Piacenza\n"
            "Tel. +39 0523 614 220\n")
    from lib import png as _png
    logo = _png.banner(160, 40, (255, 255, 255), None, [(0, 0, 160, 40, (140, 13, 13)), (8, 8, 24, 24, (255, 255, 255)), (40, 12, 110, 6, (255, 255, 255)),
                                                       (40, 24, 80, 4, (230, 180, 180))])
    cid = "image001.png@01DC%04X.%08X" % (rng.randrange(0x4000, 0x6000), rng.randrange(16 ** 8))
    img = M.attach(logo, "image/png", "image001.png", style="outlook", disposition="inline", cid=cid, description="image001.png")
    sig_html = '<p class="MsoNormal"><img width="160" height="40" style="width:1.6666in;height:.4166in" id="Immagine_x0020_1" src="cid:%s" alt="Ferretti Trasporti"><o:p></o:p></p>' % cid
    body = B.outlook(rng, "it", text, cs="iso-8859-1", attachments=[B.ol_attach(pdfb, "application/pdf", "FT_2026_1203_cortesia.pdf", dt)],
                     inline=[img], sig_html=sig_html)
    raw, info = T.compose(rng, profile="m365", t=t, frm=FER_AM, to=[S["it_acc"]], cc=[FER_CC],
                          subject="Ferretti Trasporti - copia di cortesia fattura n. 2026/1203", body=body, date_zone="rome",
                          opts=dict(domain="ferretti-trasporti.it", lang="it-IT"))
    return Result(raw, info, "Genuine courtesy copy of a carrier invoice (the legal e-invoice went through SdI), from Ferretti's administration mailbox on Microsoft 365.",
                  "Known tenant (DKIM/DMARC pass), PO and CMR references, 'bank details unchanged', BPER IBAN consistent with the master data; no pressure.",
                  phones=["+39 0523 614 220"],
                  pair=[("17-it-ferretti-hijack-nuovo-iban.eml", "Ferretti Trasporti invoices and bank details",
                         "Genuine: administration mailbox, unchanged BPER account, SdI original. Attack: hijacked dispatcher mailbox in a real thread with Reply-To to a look-alike and a new FinecoBank IBAN.")])


def _pec_wrap(rng, inner_raw, frm_pec, to_addr, subject, dt, ident):
    """Aruba PEC envelope (busta di trasporto) around the original message."""
    g = tz.loc(dt, "rome")
    intro = ("Messaggio di posta certificata\n\n"
             "Il giorno %02d/%02d/%d alle ore %02d:%02d:%02d (+0100) il messaggio\n"
             "\"%s\" è stato inviato da \"%s\"\n"
             "indirizzato a:\n%s\n"
             "Il messaggio originale è incluso in allegato.\n"
             "Identificativo messaggio: %s\n" % (g.day, g.month, g.year, g.hour, g.minute, g.second, subject, frm_pec, to_addr, ident))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
            "<table style=\"font-family:Arial;font-size:12px\"><tr><td><b>Messaggio di posta certificata</b></td></tr><tr><td>"
            + B.esc(intro).replace("\n", "<br>") + "</td></tr></table></body></html>")
    daticert = ("""<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>%s</mittente>
    <destinatari tipo="esterno">%s</destinatari>
    <risposte>%s</risposte>
    <oggetto>%s</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>%02d/%02d/%d</giorno>
      <ora>%02d:%02d:%02d</ora>
    </data>
    <identificativo>%s</identificativo>
    <msgid>&lt;%s&gt;</msgid>
  </dati>
</postacert>
""" % (frm_pec, to_addr, frm_pec, B.esc(subject), g.day, g.month, g.year, g.hour, g.minute, g.second, ident, ident)).encode("utf-8")
    alt = M.multi("alternative", [M.text(intro, "iso-8859-1", "quoted-printable", "plain", style="plain"),
                                  M.text(html, "iso-8859-1", "quoted-printable", "html", style="plain")], B.b_generic(rng, "----------=_"), style="plain")
    dc = M.attach(daticert, "application/xml", "daticert.xml", style="plain", disposition="inline")
    eml = M.Part("message/rfc822", inner_raw, filename="postacert.eml", disposition="attachment", style="plain", cte="7bit", name_param=True)
    mixed = M.multi("mixed", [alt, dc, eml], B.b_generic(rng, "----------=_"), style="plain")
    p7 = bytes([0x30, 0x82, 0x0B, 0x4F, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]) + bytes(rng.randrange(256) for _ in range(2880))
    sig = M.attach(p7, "application/x-pkcs7-signature", "smime.p7s", style="plain")
    return M.multi("signed", [mixed, sig], B.b_generic(rng, "----------=_"), style="plain",
                   params=['protocol="application/x-pkcs7-signature"', "micalg=sha-256"],
                   preamble="This is a multi-part message in MIME format.")


@msg("business", "18-it-pec-cantiere-ordine-nolo.eml")
def b18(rng):
    t = "2026-11-12 10:14:40"
    dt = when(t, "rome") - timedelta(seconds=31)
    pdfb = K.letter(rng, dt=dt, org="Cantiere Navale Adriatico S.r.l.", org_lines=["Via del Marchesato 31", "48122 Ravenna (RA)", "acquisti@cantiereadriatico.it"],
                    color=(0.0, 0.3, 0.5), recipient=["Spett.le", "Example Gru e Sollevamenti S.r.l.", "Via Baiona 214", "48123 Ravenna (RA)"],
                    place_date="Ravenna, 12/11/2026", title="Ordine di nolo n. 2026/447 - Commessa C-2211",
                    paras=["Con riferimento alla Vs. offerta n. EG-IT-OF-2026-219 del 06/11/2026 Vi confermiamo l'ordine per:",
                           ("table", [(300, "Descrizione", "left"), (80, "Periodo", "left"), (101, "Importo €", "right")],
                            [["Nolo a caldo gru cingolata 300 t con operatore, varo blocchi scafo 2211", "23/11 - 04/12", "38.400,00"],
                             ["Trasporto e montaggio/smontaggio", "a corpo", "6.900,00"], ("b", ["Totale imponibile", "", "45.300,00"])]),
                           "Pagamento: RiBa 60 gg d.f.f.m. Si prega di restituire copia firmata per accettazione a mezzo PEC."],
                    signature=["Ufficio Acquisti", "Marco Guidi"], footer=["Cantiere Navale Adriatico S.r.l. · P.IVA %s · PEC cantiereadriatico@pec.it" % ck.it_piva(None, "0224715039")],
                    producer="Microsoft® Word per Microsoft 365", author="Marco Guidi")
    ident = "opec21012.%s.%d.%d.1.53@pec.aruba.it" % (tz.fmt(dt, "rome", "%Y%m%d%H%M%S"), rng.randrange(10000, 99999), rng.randrange(100, 999))
    inner_text = ("Spett.le Example Gru e Sollevamenti,\n\nin allegato l'ordine di nolo n. 2026/447 relativo alla commessa C-2211. "
                  "Vi preghiamo di restituirlo firmato per accettazione.\n\nCordiali saluti\nMarco Guidi\nUfficio Acquisti - Cantiere Navale Adriatico S.r.l.\n")
    inner = M.multi("mixed", [M.text(inner_text, "utf-8", "quoted-printable", "plain", style="tb"),
                              M.attach(pdfb, "application/pdf", "Ordine_nolo_2026-447.pdf", style="tb")], B.b_tb(rng), style="tb")
    ih = ("Date: %s\nFrom: cantiereadriatico@pec.it\nTo: francesca.ricci@example.com\nCc: m.guidi@cantiereadriatico.it\n"
          "Subject: Ordine di nolo n. 2026/447 - Commessa C-2211\nMessage-ID: <%s>\nMIME-Version: 1.0\n"
          "User-Agent: Webmail PEC Aruba\n" % (tz.rfc(dt, "rome"), ident))
    inner_raw = "".join("%s: %s\n" % kv for kv in inner.headers())
    inner_raw = (ih + inner_raw + "\n" + inner.encoded_body()).encode("latin-1")
    subject = "Ordine di nolo n. 2026/447 - Commessa C-2211"
    body = _pec_wrap(rng, inner_raw, "cantiereadriatico@pec.it", "francesca.ricci@example.com", subject, dt, ident)
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Per conto di: cantiereadriatico@pec.it", "posta-certificata@pec.aruba.it"),
                          reply_to=("", "cantiereadriatico@pec.it"), to=[S["it_om"]], cc=[CNA_MG],
                          subject="POSTA CERTIFICATA: " + subject, body=body, date_zone="rome",
                          msgid=ident, env_from="posta-certificata@pec.aruba.it",
                          opts=dict(host="smtpdh-pec02.pec.aruba.it", ip="62.149.158.%d" % rng.randrange(90, 120),
                                    dkim=[("pec.aruba.it", "a1")],
                                    order=["Date", "From", "Reply-To", "To", "Cc", "Subject", "Message-ID", "MIME-Version"],
                                    xheaders=[("X-Riferimento-Message-ID", "<%s>" % ident), ("X-Trasporto", "posta-certificata"),
                                              ("X-TipoRicevuta", "completa")]))
    return Result(raw, info, "Genuine certified e-mail (PEC) envelope from Aruba PEC: the shipyard's purchase order for a 300 t crawler crane, with daticert.xml, the original message as postacert.eml and the S/MIME signature.",
                  "Standard PEC transport envelope from the provider (pec.aruba.it, DKIM pass), XML certification data consistent with the headers, inner message from the customer's PEC box with a PDF order that matches an offer.",
                  pair=[("18-it-agenzia-entrate-zip-js.eml", "Official-looking notice with attachments",
                         "Genuine: PEC envelope with daticert.xml and signed original. Attack: display name 'Agenzia delle Entrate' on a hacked private mailbox with a ZIP/.js.")])


@msg("business", "19-it-telepass-fattura-disponibile.eml")
def b19(rng):
    t = "2026-11-07 06:45:02"
    html = """<!DOCTYPE html><html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f6f8;font-family:Arial,Helvetica,sans-serif;color:#0b2a4a;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:24px 32px;"><img src="https://image.email.telepass.com/lib/fe9b13727764067f71/m/1/logo-telepass.png" width="140" alt="Telepass"></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:20px;font-weight:bold;">La fattura di ottobre 2026 è disponibile</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;">Gentile Cliente,<br><br>
la fattura n. 26TP0918834 relativa al contratto Telepass Business n. ****1827 è disponibile nell'Area Clienti.<br><br>
Importo: <b>&euro; 1.284,37</b><br>Addebito su conto corrente (SDD) previsto il 20/11/2026.<br><br>
Non è richiesta alcuna azione da parte tua.</td></tr>
<tr><td style="padding:20px 32px;"><a href="https://click.email.telepass.com/?qs=9f2a61c8b47e0d35a81f6c2e9b07d4a3" style="color:#00a3e0;font-weight:bold;">Vai all'Area Clienti</a></td></tr>
<tr><td style="padding:12px 32px 24px 32px;font-size:12px;color:#5a6b7d;line-height:18px;">Ricorda: Telepass non ti chiederà mai via email di inserire dati della carta o del conto.<br>
Telepass S.p.A. &middot; Via Laurentina 449, 00142 Roma &middot; P.IVA 09771701001<br>
<a href="https://click.email.telepass.com/?qs=4c7d1e90a2b6f385e1c0d97a64b2e8f1" style="color:#5a6b7d;">Preferenze di contatto</a></td></tr>
</table></td></tr></table>
<img src="https://click.email.telepass.com/open.aspx?ffcb10-fe8b1c72716c047d-fe2f1573756d037c7c1d-fe9b13727764067f71-ff981677-fe231772776c077a771775-ff2b1d74" width="1" height="1" alt="">
</body></html>
"""
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, "----=_NextPart_"), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Telepass", "noreply@email.telepass.com"), to=[S["it_om"]],
                          subject="La tua fattura Telepass Business di ottobre 2026 è disponibile", body=body, date_zone="utc",
                          msgid="%s@mta.email.telepass.com" % T.Ctx(rng, when(t)).guid(),
                          env_from="bounce-%d_HTML-%d-%d-%d-%d@bounce.email.telepass.com" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(1, 9)),
                          opts=dict(host="mta.email.telepass.com", ip="13.111.%d.%d" % (rng.randrange(60, 90), rng.randrange(2, 250)),
                                    dkim=[("email.telepass.com", "200608")],
                                    order=["From", "To", "Subject", "Date", "MIME-Version", "Reply-To", "Message-ID"],
                                    xheaders=[("x-job", "7293218_%d" % rng.randrange(10 ** 6, 10 ** 7)), ("x-messageKey", lambda c, m: c.guid()),
                                              ("X-SFMC-Stack", "50"),
                                              ("List-Unsubscribe", "<https://click.email.telepass.com/subscription_center.aspx?jwt=eyJhbGciOiJIUzI1NiJ9>")]))
    return Result(raw, info, "Genuine monthly invoice notice from Telepass (Salesforce Marketing Cloud) - no action required, SDD direct debit.",
                  "Sender subdomain email.telepass.com with DKIM pass and Salesforce MC IPs/headers, explicitly no action, links to Telepass tracking domains only.",
                  pair=[("19-it-telepass-business-pagamento.eml", "Telepass Business toll billing",
                         "Genuine: invoice available, no action, telepass.com domains. Attack: look-alike domain via SES, 'payment failed', update-payment link, 48-hour suspension.")])


@msg("business", "20-it-cantiere-richiesta-offerta.eml")
def b20(rng):
    t = "2026-11-18 11:52:09"
    dt = when(t, "rome")
    pdfb = K.letter(rng, dt=dt, org="Cantiere Navale Adriatico S.r.l.", org_lines=["Via del Marchesato 31", "48122 Ravenna (RA)", "acquisti@cantiereadriatico.it"],
                    color=(0.0, 0.3, 0.5), recipient=["Spett.le", "Example Gru e Sollevamenti S.r.l.", "c.a. Francesca Ricci"],
                    place_date="Ravenna, 18/11/2026", title="Richiesta di offerta RdO 2026-118 - Commessa C-2219",
                    paras=["Vi invitiamo a presentare la Vs. migliore offerta per il nolo a caldo di una gru cingolata da 400 t per il varo dei blocchi "
                           "di poppa della nuova costruzione C-2219 (peso max 212 t, sbraccio 28 m).",
                           "Periodo indicativo: 11/01/2027 - 29/01/2027. Piano di sollevamento e certificazioni dell'operatore da allegare all'offerta.",
                           "Scadenza presentazione offerte: 02/12/2026 ore 12:00 via email ad acquisti@cantiereadriatico.it."],
                    signature=["Ufficio Acquisti", "Marco Guidi"], footer=["Cantiere Navale Adriatico S.r.l. · P.IVA %s" % ck.it_piva(None, "0224715039")],
                    producer="Microsoft® Word per Microsoft 365", author="Marco Guidi")
    text = ("Buongiorno Francesca,\n\n"
            "come anticipato al telefono, in allegato la richiesta di offerta per la commessa C-2219. I disegni dei blocchi e la "
            "planimetria della banchina sono troppo pesanti per la mail, li trovi su WeTransfer (disponibili 7 giorni):\n"
            "https://we.tl/t-8fKq2LmZpR\n\n"
            "Per qualsiasi chiarimento chiamami pure.\n\n"
            "Cordiali saluti\nMarco Guidi\nUfficio Acquisti\nCantiere Navale Adriatico S.r.l.\nTel. +39 0544 283 114 - Cell. +39 348 552 9031\n")
    body = B.thunderbird(rng, "it", text, attachments=[B.tb_attach(pdfb, "application/pdf", "RdO_2026-118_C-2219.pdf")], html=True)
    raw, info = T.compose(rng, profile="aruba", t=t, frm=CNA_MG, to=[S["it_om"]], cc=[("Ufficio acquisti", "acquisti@cantiereadriatico.it")],
                          subject="RdO 2026-118 - nolo gru cingolata 400 t - commessa C-2219", body=body, date_zone="rome",
                          msgid="%s@cantiereadriatico.it" % T.Ctx(rng, dt).guid(),
                          opts=dict(domain="cantiereadriatico.it", client_ip="93.45.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 250)),
                                    order=["Message-ID", "Date", "MIME-Version", "From", "To", "Cc", "Subject"],
                                    xheaders=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it")]))
    return Result(raw, info, "Genuine request for quotation from the shipyard customer via its Aruba mailbox, with a PDF RdO and a WeTransfer link for large drawings.",
                  "Known customer domain on Aruba (DKIM pass), announced by phone, concrete technical data, PDF plus a standard we.tl short link, direct phone numbers of the buyer.",
                  phones=["+39 0544 283 114", "+39 348 552 9031"],
                  pair=[("20-it-canva-richiesta-offerta.eml", "Request for quotation from the shipyard",
                         "Genuine: from cantiereadriatico.it with PDF and WeTransfer. Attack: Canva share in the shipyard's name leading to a phishing page.")])


@msg("business", "21-it-3cx-messaggio-vocale-wav.eml")
def b21(rng):
    t = "2026-11-19 17:48:22"
    wav = C.make_wav(rng, seconds=6.0)
    text = ("Gentile Giorgio Bianchi,\n\n"
            "ha ricevuto un nuovo messaggio vocale.\n\n"
            "Da: +390544283114 (Cantiere Navale Adriatico - Guidi)\n"
            "Interno: 214\n"
            "Data: 19/11/2026 17:47\n"
            "Durata: 00:06\n\n"
            "Il messaggio è allegato a questa email in formato WAV.\n\n"
            "3CX Phone System - Example Gru e Sollevamenti Ravenna\n")
    root = M.multi("mixed", [M.text(text, "utf-8", "base64", "plain", style="plain"),
                             M.attach(wav, "audio/wav", "vmail_214_20261119174722.wav", style="plain")],
                   "--boundary_%d_%s" % (rng.randrange(10, 99), T.Ctx(rng, when(t)).guid()), style="plain")
    raw, info = T.compose(rng, profile="internal_system", t=t, frm=("3CX Phone System", "pbx-ravenna@example.com"), to=[S["it_acc"]],
                          subject="Nuovo messaggio vocale da +390544283114 (Cantiere Navale Adriatico - Guidi)", body=root, date_zone="rome",
                          opts=dict(host="pbx-rav01.corp.example.com", host_ip="10.40.0.15", helo="pbx-rav01",
                                    msgid_fmt="%s@%s", order=["MIME-Version", "From", "To", "Date", "Subject", "Message-ID"]))
    return Result(raw, info, "Genuine voicemail notification from the Ravenna office's own 3CX PBX with the WAV recording attached.",
                  "Internal route PBX -> mail-int01 (DKIM example.com), WAV audio attachment, extension number and caller ID of a known customer.",
                  phones=["+390544283114"],
                  pair=[("21-it-messaggio-vocale-svg.eml", "Voicemail notification",
                         "Genuine: internal 3CX with a WAV file. Attack: external mailbox, SVG 'player' hyperlink to a login page.")])


# ------------------------------------------------------------------ Polish

@msg("business", "22-pl-partner-logistik-faktura-ksef.eml")
def b22(rng):
    t = "2026-11-20 13:17:45"
    dt = when(t, "warsaw")
    nrb = PLOG_IBAN[2:]
    gross = 9225.00
    qrp = K.pl_qr(PLOG_NIP, nrb, int(round(gross * 100)), "Partner Logistik", "FV/1187/11/2026")
    ksef = "%s-20261120-%s-%s" % (PLOG_NIP, "".join(rng.choice("0123456789ABCDEF") for _ in range(12)), "".join(rng.choice("0123456789ABCDEF") for _ in range(2)))
    pdfb = K.letter(rng, dt=dt, org="Partner Logistik sp. z o.o.", org_lines=["ul. Marynarki Polskiej 71", "80-557 Gdańsk", "NIP %s" % PLOG_NIP, "ksiegowosc@partner-logistik.pl"],
                    color=(0.0, 0.4, 0.3), recipient=["Example Dźwigi sp. z o.o.", "ul. Kontenerowa 9", "80-601 Gdańsk", "NIP %s" % NIP_PL],
                    place_date="Gdańsk, 20.11.2026", title="Faktura VAT FV/1187/11/2026",
                    paras=["Numer KSeF: %s · Data sprzedaży: 19.11.2026 · Termin płatności: 20.12.2026" % ksef,
                           ("table", [(250, "Nazwa usługi", "left"), (40, "Ilość", "right"), (70, "Netto zł", "right"), (50, "VAT", "right"), (71, "Brutto zł", "right")],
                            [["Pilotaż transportu ponadnormatywnego (2 pojazdy), Port Gdańsk - Westerplatte, 19.11.2026", "1", "5 200,00", "23%", "6 396,00"],
                             ["Zabezpieczenie przejazdu nocnego, koordynacja z ZDiZ", "1", "2 300,00", "23%", "2 829,00"],
                             ("b", ["Razem", "", "7 500,00", "", "9 225,00"])]),
                           "Słownie: dziewięć tysięcy dwieście dwadzieścia pięć złotych 00/100.",
                           "Zapłata przelewem na rachunek %s (PKO BP S.A.). Rachunek znajduje się na białej liście podatników VAT." % " ".join([nrb[:2]] + [nrb[i:i + 4] for i in range(2, 26, 4)]),
                           "Faktura została wystawiona w Krajowym Systemie e-Faktur. Niniejszy wydruk jest wizualizacją faktury ustrukturyzowanej."],
                    footer=["Partner Logistik sp. z o.o. · KRS 0000512877 · Sąd Rejonowy Gdańsk-Północ · kapitał zakładowy 150 000 zł"],
                    qr=qrp, qr_caption="Zapłać kodem QR w aplikacji bankowej", producer="Comarch ERP Optima", creator="Comarch ERP Optima 2026.2", author="Partner Logistik")
    text = ("Dzień dobry,\n\n"
            "w załączeniu wizualizacja faktury FV/1187/11/2026 za pilotaż z 19.11.2026. Faktura została wystawiona w KSeF "
            "(nr %s) i jest dostępna w Państwa Aplikacji Podatnika / systemie księgowym.\n\n"
            "Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\ntel. +48 58 511 20 40\n" % ksef)
    root = M.multi("mixed", [M.text(text, "iso-8859-2", "quoted-printable", "plain", style="tb"),
                             M.attach(pdfb, "application/pdf", "FV_1187_11_2026.pdf", style="tb")],
                   "=_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(32)), style="tb")
    raw, info = T.compose(rng, profile="homepl", t=t, frm=PLOG_KS, to=[S["pl_acc"]], cc=[S["pl_om"]],
                          subject="Faktura FV/1187/11/2026 - Partner Logistik", body=root, date_zone="warsaw",
                          hdr_cs="iso-8859-2", hdr_mode="Q", msgid="%s@partner-logistik.pl" % T.Ctx(rng, dt).guid(),
                          opts=dict(domain="partner-logistik.pl", client_ip="83.24.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 250)),
                                    client_rdns="aaho%d.neoplus.adsl.tpnet.pl" % rng.randrange(100, 250),
                                    order=["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version"],
                                    xheaders=[("X-Mailer", "Comarch ERP Optima - wysylka e-mail")]))
    return Result(raw, info, "Genuine invoice visualisation from the logistics partner's accounting (home.pl), with KSeF number, NRB account on the VAT white list and a Polish payment QR code.",
                  "Own domain on home.pl (DKIM pass), invoice references the real escort job, KSeF number format and white-list remark consistent, QR payload matches the invoice; no link to log in anywhere.",
                  phones=["+48 58 511 20 40"], qr=[qrp],
                  pair=[("22-pl-ksef-nowa-faktura-logowanie.eml", "KSeF e-invoice",
                         "Genuine: supplier sends the visualisation and KSeF number, nothing to log into. Attack: fake KSeF notice with a login link and suspension threat."),
                        ("26-pl-msig-oplata-ogloszenie.eml", "Payment request with Polish payment QR",
                         "Genuine: real service invoice with KSeF number. Attack: unsolicited register 'call for payment' with QR.")])


@msg("business", "23-pl-partner-logistik-cmr-skan.eml")
def b23(rng):
    t = "2026-11-20 16:02:31"
    dt = when(t, "warsaw")
    pdfb = K.letter(rng, dt=dt, org="CMR 4471-26 (skan)", org_lines=["Międzynarodowy samochodowy list przewozowy", "Lettre de voiture internationale"],
                    color=(0.3, 0.3, 0.3), recipient=["1. Nadawca: Example Kran & Schwerlast GmbH, Duisburg", "2. Odbiorca: Example Dźwigi sp. z o.o., Gdańsk",
                                                      "3. Miejsce przeznaczenia: Gdańsk, Nabrzeże Westerplatte"],
                    place_date="19.11.2026", title="CMR nr 4471-26",
                    paras=["4. Miejsce i data załadowania: Duisburg, 16.11.2026",
                           "6-9. Ballast LR 1750, 12 płyt po 10 t, łącznie 120 000 kg",
                           "16. Przewoźnik: Partner Logistik sp. z o.o. (pilotaż), przewoźnik główny: Ferretti Trasporti S.p.A.",
                           "24. Przesyłkę otrzymano: 19.11.2026 godz. 05:40, bez zastrzeżeń. Podpis i pieczęć odbiorcy: A. Wójcik"],
                    footer=["Skan dokumentu - oryginał w biurze Partner Logistik"], producer="Canon iR-ADV C3830 PDF", creator="Canon", author="")
    q = B.Quote(S["pl_om"], [PLOG_TZ], "Eskorta transportu ponadnormatywnego - Port Gdańsk 19.11", "2026-11-20 09:12:00",
                "Dzień dobry Panie Tadeuszu,\n\ndziękuję za sprawną eskortę w czwartek. Proszę o przesłanie faktury i skanu CMR na ten adres.\n\n"
                "Pozdrawiam\nAgnieszka Wójcik\nExample Dźwigi sp. z o.o.", zone="warsaw")
    text = ("Dzień dobry Pani Agnieszko,\n\n"
            "w załączeniu skan CMR z podpisem odbioru. Fakturę FV/1187/11/2026 wysłała dziś księgowość z adresu "
            "ksiegowosc@partner-logistik.pl.\n\n"
            "Dziękujemy za współpracę, do usłyszenia przy kolejnym transporcie.\n\n"
            "Pozdrawiam\nTadeusz Zieliński\nKierownik ds. transportu\nPartner Logistik sp. z o.o.\ntel. kom. +48 601 442 318\n")
    body = B.thunderbird(rng, "pl", text, quotes=[q], attachments=[B.tb_attach(pdfb, "application/pdf", "CMR_4471-26_skan.pdf")], cs="UTF-8")
    raw, info = T.compose(rng, profile="homepl", t=t, frm=PLOG_TZ, to=[S["pl_om"]],
                          subject="Re: Eskorta transportu ponadnormatywnego - Port Gdańsk 19.11", body=body, date_zone="warsaw",
                          msgid="%s@partner-logistik.pl" % T.Ctx(rng, dt).guid(),
                          in_reply_to="%s@EXCH01.corp.example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          opts=dict(domain="partner-logistik.pl", client_ip="31.0.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 250)),
                                    client_rdns="31-0-%d-%d.mobile.play.pl" % (rng.randrange(0, 255), rng.randrange(2, 250)),
                                    order=["Message-ID", "Date", "MIME-Version", "User-Agent", "From", "To", "References", "In-Reply-To", "Subject"],
                                    xheaders=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]))
    return Result(raw, info, "Genuine reply of the logistics partner's transport manager in the same thread, with the signed CMR scan as PDF.",
                  "Real thread, submitted from a Polish mobile network to home.pl (DKIM pass), PDF scan, points to the separate invoice from the accounting mailbox.",
                  phones=["+48 601 442 318"],
                  pair=[("23-pl-partner-logistik-hijack-html.eml", "Same thread with Partner Logistik",
                         "Genuine: PDF scan, Polish client IP, Thunderbird. Attack: HTML 'invoice' needing a Microsoft login, sent via webmail from a hosting IP without rDNS.")])


@msg("business", "24-pl-mbank-zmiana-taryfy.eml")
def b24(rng):
    t = "2026-11-26 10:30:05"
    html = """<!DOCTYPE html><html lang="pl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;"><img src="https://www.mbank.pl/mailing/logo_mbank.png" width="110" alt="mBank"></td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:20px;font-weight:bold;">Zmiany w Taryfie prowizji i opłat dla firm od 1 stycznia 2027 r.</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;">Szanowni Państwo,<br><br>
informujemy, że od 1 stycznia 2027 r. zmienia się Taryfa prowizji i opłat bankowych dla klientów korporacyjnych. Najważniejsze zmiany dotyczą
opłat za przelewy natychmiastowe w walucie EUR oraz prowadzenia rachunków walutowych.<br><br>
Pełny tekst zmian znajdziecie Państwo na stronie <a href="https://www.mbank.pl/firmy/dokumenty/taryfy/" style="color:#e4002b;">mbank.pl/firmy/dokumenty</a>
oraz w systemie CompanyNet w zakładce Wiadomości.<br><br>
Jeśli nie akceptują Państwo zmian, mogą Państwo wypowiedzieć umowę przed dniem ich wejścia w życie.<br><br>
<b>Pamiętaj:</b> mBank nie wysyła linków do logowania ani kodów QR do autoryzacji urządzeń. Do CompanyNet loguj się wyłącznie przez companynet.mbank.pl.</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;border-top:1px solid #eee;">mBank S.A., ul. Prosta 18, 00-850 Warszawa, KRS 0000025237, NIP 526-021-50-88.
Kapitał zakładowy 169 860 668 zł (wpłacony).</td></tr>
</table></td></tr></table></body></html>
"""
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, "=_mbk_"), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("mBank", "powiadomienia@mbank.pl"), to=[S["pl_acc"]],
                          subject="Zmiany w Taryfie prowizji i opłat od 1 stycznia 2027 r.", body=body, date_zone="warsaw",
                          msgid="%s.%d@mailing.mbank.pl" % (T.Ctx(rng, when(t)).hex(24), rng.randrange(10 ** 6, 10 ** 7)),
                          env_from="bounce@mailing.mbank.pl",
                          opts=dict(host="mailing2.mbank.pl", ip="193.41.%d.%d" % (rng.randrange(228, 231), rng.randrange(2, 250)),
                                    dkim=[("mbank.pl", "mbk2024")], order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version"],
                                    xheaders=[("List-Unsubscribe", "<mailto:wypisz@mailing.mbank.pl>")]))
    return Result(raw, info, "Genuine bank notice: mBank informs corporate clients of tariff changes from 1 January 2027.",
                  "mbank.pl sender with DKIM pass, links only to mbank.pl pages, explicitly says no login links or QR codes are sent; informational.",
                  pair=[("24-pl-mbank-companynet-qr.eml", "mBank CompanyNet notice",
                         "Genuine: informational, mbank.pl, warns about QR tricks. Attack: look-alike domain, deadline, QR code to re-pair mToken.")])


@msg("business", "25-pl-baltic-offshore-zamowienie.eml")
def b25(rng):
    t = "2026-11-06 12:26:48"
    dt = when(t, "warsaw")
    pdfb = K.letter(rng, dt=dt, org="Baltic Offshore Konstrukcje S.A.", org_lines=["ul. Przemysłowa 12", "80-542 Gdańsk", "zakupy@balticoffshore.com.pl"],
                    color=(0.05, 0.2, 0.4), recipient=["Example Dźwigi sp. z o.o.", "ul. Kontenerowa 9", "80-601 Gdańsk", "NIP %s" % NIP_PL],
                    place_date="Gdańsk, 06.11.2026", title="Zamówienie PO/BOK/2026/0871",
                    paras=["Na podstawie oferty EX-PL-OF-2026-077 z dnia 29.10.2026 zamawiamy:",
                           ("table", [(300, "Przedmiot", "left"), (80, "Okres", "left"), (101, "Netto zł", "right")],
                            [["Wynajem dźwigu gąsienicowego 300 t z operatorem, obrót TP nr 14-16", "16-27.11.2026", "214 500,00"],
                             ["Transport, montaż i demontaż", "ryczałt", "38 000,00"], ("b", ["Razem netto", "", "252 500,00"])]),
                           "Warunki płatności: 45 dni od daty otrzymania faktury ustrukturyzowanej w KSeF. Proszę o potwierdzenie zamówienia."],
                    signature=["Marta Kowalczyk", "Specjalista ds. zakupów"], footer=["Baltic Offshore Konstrukcje S.A. · KRS 0000739518 · NIP %s" % ck.pl_nip(rng)],
                    producer="Google Docs Renderer", creator="Google Docs", author="Marta Kowalczyk")
    text = ("Dzień dobry Pani Agnieszko,\n\n"
            "w załączeniu zamówienie PO/BOK/2026/0871 na dźwig 300 t do obrotu TP, zgodnie z ofertą z 29.10. Proszę o potwierdzenie "
            "zwrotne i numer kontaktowy operatora.\n\n"
            "Pozdrawiam serdecznie")
    sig = "Marta Kowalczyk\nSpecjalista ds. zakupów | Baltic Offshore Konstrukcje S.A.\ntel. +48 58 340 17 60 | www.balticoffshore.com.pl"
    body = B.gmail(rng, "pl", text, attachments=[B.gm_attach(rng, pdfb, "application/pdf", "PO_BOK_2026_0871.pdf")], sig=sig)
    raw, info = T.compose(rng, profile="gworkspace", t=t, frm=BOK_MK, to=[S["pl_om"]], cc=[("Zakupy BOK", "zakupy@balticoffshore.com.pl")],
                          subject="Zamówienie PO/BOK/2026/0871 - dźwig 300 t, obrót TP", body=body, date_zone="warsaw",
                          opts=dict(domain="balticoffshore.com.pl"))
    return Result(raw, info, "Genuine purchase order from the offshore-fabrication customer via Google Workspace, PDF attachment matching an offer.",
                  "Real customer domain balticoffshore.com.pl (DKIM google pass), offer reference, plain PDF, no password, known contact.",
                  phones=["+48 58 340 17 60"],
                  pair=[("25-pl-zamowienie-zip-img.eml", "Purchase order from Baltic Offshore",
                         "Genuine: balticoffshore.com.pl, PDF. Attack: baltic-offshore.com.pl, password ZIP with IMG and .pdf.exe.")])


@msg("business", "26-pl-gus-obowiazek-sprawozdawczy.eml")
def b26(rng):
    t = "2026-12-01 07:05:12"
    text = ("Szanowni Państwo,\n\n"
            "Główny Urząd Statystyczny przypomina o obowiązku przekazania sprawozdania:\n\n"
            "Formularz: DG-1 - Meldunek o działalności gospodarczej\n"
            "Okres sprawozdawczy: listopad 2026\n"
            "Termin przekazania: 04.12.2026\n"
            "Podmiot: EXAMPLE DŹWIGI SP. Z O.O., REGON %s\n\n"
            "Sprawozdanie należy przekazać za pośrednictwem Portalu Sprawozdawczego GUS: https://raport.stat.gov.pl\n"
            "Logowanie odbywa się dotychczasowymi danymi konta sprawozdawczego. GUS nie prosi w wiadomościach e-mail o podanie "
            "hasła ani o dokonanie jakichkolwiek płatności.\n\n"
            "W przypadku pytań prosimy o kontakt z Urzędem Statystycznym w Gdańsku, tel. 58 768 31 10.\n\n"
            "Wiadomość wygenerowana automatycznie - prosimy nie odpowiadać.\n" % "221846303")
    body = M.text(text, "iso-8859-2", "quoted-printable", "plain", style="plain")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=("Portal Sprawozdawczy GUS", "portal.sprawozdawczy@stat.gov.pl"), to=[S["pl_acc"]],
                          subject="Przypomnienie: DG-1 za listopad 2026 - termin 04.12.2026", body=body, date_zone="warsaw",
                          hdr_cs="iso-8859-2", hdr_mode="Q",
                          msgid="%d.%d.JavaMail.portal@raport.stat.gov.pl" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13)),
                          opts=dict(relay="mx2.stat.gov.pl", relay_ip="192.0.2.%d" % rng.randrange(140, 160), domain="stat.gov.pl", selector="gus2025",
                                    inner=[lambda c, m: "from raport-app02.stat.gov.pl (raport-app02.stat.gov.pl [10.1.12.42])\n\tby mx2.stat.gov.pl (Postfix) with ESMTP id %s;\n\t%s" % (
                                        c.qid(), tz.rfc(c.at(m.delay - 1), "warsaw", pad=True, abbr=True))],
                                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version"]))
    return Result(raw, info, "Genuine automatic reminder of the Polish statistics office (GUS) about the monthly DG-1 report.",
                  "gov.pl sender with DKIM pass, correct REGON of the Polish entity, link to the official raport.stat.gov.pl portal, explicitly no passwords or payments.",
                  phones=["58 768 31 10"],
                  pair=[("26-pl-msig-oplata-ogloszenie.eml", "Official-looking Polish register/authority mail",
                         "Genuine: GUS reminder without any payment. Attack: private 'Centralny Rejestr Gospodarczy' demanding a fee with QR.")])
