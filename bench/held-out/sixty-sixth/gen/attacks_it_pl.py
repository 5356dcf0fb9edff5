"""Attack messages 17-21 (Italian) and 22-26 (Polish)."""
from common import *

F = "attack"


# ------------------------------------------------------------- Italian

def a17():
    t = T("2026-10-20 11:34:52")
    frm = ("Chiara Colombo", "c.colombo@ferretti-trasporti.eu")
    newiban = BANK["mule_it_ferretti"]
    letter = pdf([[(14, True, "FERRETTI TRASPORTI S.p.A."), "Via dell'Industria 41 - 40138 Bologna", "P.IVA " + BANK["ferretti_piva"], "", "",
                   "Spett.le Example Group Italia S.r.l.", "Via Vittor Pisani 16", "20124 Milano", "",
                   "Bologna, 19 ottobre 2026", "",
                   (11, True, "Oggetto: variazione coordinate bancarie"), "",
                   "Con la presente Vi comunichiamo che, a decorrere dal 2 novembre 2026, tutti i pagamenti a favore",
                   "della scrivente societa' dovranno essere disposti esclusivamente sul seguente conto corrente:", "",
                   "Intestatario: Ferretti Trasporti S.p.A.", "IBAN: " + G(newiban), "BIC: SELBIT2BXXX", "",
                   "Il precedente conto non e' piu' abilitato alla ricezione di bonifici.", "",
                   "Distinti saluti", "", "L'Amministratore Delegato", "Dott. Roberto Ferretti"]],
                 title="Variazione IBAN", creator="Microsoft Word", producer="Microsoft: Print To PDF", date=pdfdate(t, "+02'00'"))
    text = """Gentile Dott. Ricci,

con la presente Le comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, dal 2 novembre 2026 i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC: SELBIT2BXXX

La preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su questo conto anche il saldo delle fatture n. 1287/26 e 1312/26 relative al trasporto delle cabine per interpretariato alla fiera di Bologna (totale € 7.846,20), scadute il 15 ottobre.

In allegato la comunicazione firmata dal nostro Amministratore Delegato. Per motivi di riservatezza Le chiediamo di confermare l'avvenuto aggiornamento rispondendo direttamente a questa e-mail.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via dell'Industria 41 – 40138 Bologna
Tel. +39 051 601 2240
""" % G(newiban)
    return mk(F, 17, "it", "carrier-iban-change-lookalike",
              infra=P(I.vps, helo="mail.ferretti-trasporti.eu", ip="193.42.33.150", rdns="vmi2210345.contaboserver.net",
                      mode="exim", origin_ip="176.97.210.34"),
              frm=frm, to=[S("it_acc")], cc=[S("it_mgr")], subject="Variazione coordinate bancarie – Ferretti Trasporti S.p.A.", t=t,
              hcs="windows-1252", hmode="Q",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "windows-1252", "IT"), "windows-1252", quote_cs=True),
                                             PDF("Comunicazione_variazione_IBAN_Ferretti.pdf", letter, fn_style="plain")], k.bd(),
                                   preamble="This is a multipart message in MIME format."),
              tags=["supplier bank-detail change (BEC)", "look-alike domain on VPS", "forged PDF letter"],
              what="Carrier Ferretti Trasporti 'changes bank details' and asks to pay two overdue transport invoices (EUR 7,846.20) to the new IBAN.",
              why="Look-alike domain ferretti-trasporti.eu (real one is .it) on a Contabo VPS; IBAN at a payment institution instead of the carrier's bank; confirmation only by reply; pressure on overdue invoices.",
              pair="business 17, 18")


def a18():
    t = T("2026-11-16 08:21:07")
    frm = ("Agenzia delle Entrate – Fatture e Corrispettivi", "notifiche@fatturapa-sdi-notifiche.it")
    url = "https://ivaservizi-agenziaentrate.sdi-portale-fatture.com/portale/login?f=IT10345270960_0A7F1&u=" + b64u(S("it_acc")[1])
    piva = BANK["example_it_piva"]
    text = """Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato il seguente file:

Nome file: IT%s_0A7F1.xml
Identificativo SdI: 18927731402
Cedente/Prestatore: Example Group Italia S.r.l. (P.IVA %s)
Codice errore: 00311 – 1.1.4 <CodiceDestinatario> non valido

La fattura si considera non emessa. Per consultare il dettaglio dello scarto e ritrasmettere il documento entro 5 giorni, acceda all'area riservata "Fatture e Corrispettivi" con SPID, CIE o CNS:

%s

Questo messaggio è generato automaticamente, si prega di non rispondere.

Agenzia delle Entrate
""" % (piva, piva, url)
    inner = ("<p>Gentile contribuente,</p><p>il Sistema di Interscambio (SdI) ha <b>scartato</b> il seguente file:</p>"
             "<table style='font-size:14px' cellpadding='3'><tr><td>Nome file:</td><td>IT%s_0A7F1.xml</td></tr>"
             "<tr><td>Identificativo SdI:</td><td>18927731402</td></tr><tr><td>Cedente/Prestatore:</td><td>Example Group Italia S.r.l.</td></tr>"
             "<tr><td>Codice errore:</td><td><b>00311</b> – 1.1.4 &lt;CodiceDestinatario&gt; non valido</td></tr></table>"
             "<p>La fattura si considera <b>non emessa</b>. Per consultare il dettaglio dello scarto e ritrasmettere il documento entro 5 giorni, "
             "acceda all'area riservata <i>Fatture e Corrispettivi</i> con SPID, CIE o CNS.</p>" % piva
             + button(url, "Accedi all'area riservata", "#0066cc"))
    html = phish_html("Agenzia delle Entrate – Fatture e Corrispettivi", "#0066cc", inner,
                      "Questo messaggio è generato automaticamente, si prega di non rispondere.", lang="it")
    return mk(F, 18, "it", "sdi-rejected-invoice-phish-mailgun",
              infra=P(I.mailgun, mg_domain="mg.fatturapa-sdi-notifiche.it"),
              frm=frm, to=[S("it_acc")], subject="Notifica di scarto – file IT%s_0A7F1.xml – codice 00311" % piva, t=t, zone="UTC",
              bstyle="hex", body=lambda k: alt(k, text, html, "utf-8"),
              tags=["credential phishing", "e-invoicing / EDI lure", "national tax office impersonation", "abused ESP (Mailgun)"],
              what="Fake SdI 'rejected e-invoice' notice for the Italian subsidiary's own invoice, with a link to a fake 'Fatture e Corrispettivi' SPID/CIE login.",
              why="SdI outcomes arrive by PEC or in the portal, never as ESP mail with a login link; the URL's registrable domain is sdi-portale-fatture.com; 5-day deadline pressure.")


def a19():
    t = T("2026-12-03 10:48:16")
    frm = ("Agenzia delle Entrate", "info@ferramentabertoli.it")
    inner_name = "Comunicazione_36bis_2026_04471.pdf.vbs"
    z = make_zip([(inner_name, placeholder(inner_name), (2026, 12, 3, 9, 12, 30))], seed="a19")
    text = """Spett.le Example Group Italia S.r.l.,

si comunica che, a seguito del controllo automatizzato della dichiarazione IVA 2026 (periodo d'imposta 2025) ai sensi dell'art. 54-bis del D.P.R. 633/1972 e dell'art. 36-bis del D.P.R. 600/1973, sono emerse irregolarità nei versamenti.

Importo complessivamente dovuto: € 3.418,75 (imposta, interessi e sanzioni ridotte)

La comunicazione completa (avviso bonario n. 2026/04471) è allegata alla presente. Il pagamento entro 30 giorni dal ricevimento consente la riduzione delle sanzioni a un terzo. Eventuali osservazioni possono essere presentate tramite il servizio CIVIS.

Distinti saluti

Agenzia delle Entrate
Direzione Provinciale II di Milano – Ufficio Controlli
"""
    return mk(F, 19, "it", "tax-notice-zip-vbs-compromised-aruba",
              infra=P(I.hosted, provider="aruba", origin_ip="5.188.62.214", mailer="Microsoft Outlook 16.0"),
              frm=frm, to=[S("it_acc")], subject="Comunicazione di irregolarità – avviso n. 2026/04471", t=t,
              hcs="iso-8859-15", hmode="Q",
              body=lambda k: Multi("mixed", [Text(text, "plain", "iso-8859-15", "8bit"),
                                             ZIP("Comunicazione_36bis_2026_04471.zip", z,
                                                 "ZIP, not encrypted; contains %s (one-line placeholder)" % inner_name)], k.bd()),
              tags=["malware lure", "national tax office impersonation", "double extension", "compromised small-business mailbox"],
              what="'Agenzia delle Entrate' avviso bonario about VAT irregularities (EUR 3,418.75) with a ZIP holding a .pdf.vbs 'communication'.",
              why="Tax-office malspam: sent from a hacked hardware store's Aruba mailbox (login from a Russian hosting IP) with the Agency as display name; script file disguised as PDF; the Agency sends such notices by PEC or post.")


def a20():
    t = T("2026-11-13 06:52:33")
    frm = CORR["bellini"]
    prev = "<3f0b6d1e-7a2c-4b88-9e11-5a6c2d8f0e74@libero.it>"
    prev2 = "<2b9d41c7e6f04a1b8f35c0d1e2a3b4c5@EXCH01.ad.example.com>"
    text = """Buongiorno Davide,

scusa il disturbo. La mia banca mi ha bloccato il conto per un aggiornamento dei dati antiriciclaggio e fino a fine mese non riesco a ricevere bonifici sul vecchio IBAN.

Potresti gentilmente disporre il pagamento della fattura n. 31/2026 (€ 2.418,60) sul mio nuovo conto?

Intestataria: Francesca Bellini
IBAN: %s
BIC: EVIULT2VXXX

Te ne sarei davvero grata se riuscissi a farlo già oggi, ho alcune scadenze da rispettare. Per qualsiasi cosa scrivimi pure qui, in questi giorni sono poco raggiungibile al telefono.

Grazie mille e buona giornata,
Francesca

----- Messaggio originale -----
Da: Davide Ricci <davide.ricci@examplegroup.eu>
A: Francesca Bellini <francesca.bellini@libero.it>
Data: 06/11/2026 15:12
Oggetto: R: Fattura n. 31/2026 – traduzione manuale d'uso ML-4500 (EN>IT)

Ciao Francesca,
ricevuta, grazie. Il pagamento è previsto con il bonifico di fine mese (30 gg d.f.).
Un saluto,
Davide
""" % G(BANK["mule_lt_bellini"])
    return mk(F, 20, "it", "freelancer-account-takeover-iban",
              infra=P(I.libero, origin="45.137.21.9", webtop=True),
              frm=frm, to=[S("it_acc")], reply_to=("Francesca Bellini", "francesca.bellini@liberomail.eu"),
              subject="R: Fattura n. 31/2026 – traduzione manuale d'uso ML-4500 (EN>IT)", t=t, irt=prev2, refs=prev + " " + prev2,
              bstyle="java",
              body=lambda k: alt(k, text, html_simple(text, "utf-8"), "utf-8", "quoted-printable"),
              tags=["thread hijack", "compromised partner mailbox (account takeover)", "supplier bank-detail change (BEC)"],
              what="Reply in the real invoice thread from the freelance translator's genuine libero.it mailbox, asking to pay invoice 31/2026 to a new Lithuanian account today.",
              why="Account takeover: genuine mailbox but webmail login from a foreign VPS IP at 06:52, Reply-To diverted to look-alike liberomail.eu, sudden foreign IBAN (Paysera LT) for an Italian freelancer, urgency and phone avoidance.",
              pair="business 19")


def a21():
    t = T("2026-11-25 17:30:58")
    frm = ("Aruba PEC", "noreply@arubapec-servizi.it")
    url = "https://rinnovo.arubapec-servizi.it/pec/rinnovo?casella=" + b64u("examplegroupitalia@pec.it")
    text = """Gentile Cliente,

la casella PEC examplegroupitalia@pec.it associata al Suo contratto scadrà il 28/11/2026.

Alla scadenza la casella verrà sospesa: non potrà più inviare né ricevere messaggi di Posta Elettronica Certificata con valore legale e, dopo 30 giorni, i messaggi archiviati saranno eliminati definitivamente.

Per evitare l'interruzione del servizio, rinnovi ora la casella (5,00 € + IVA/anno) accedendo con le credenziali PEC:

%s

Cordiali saluti,
Aruba PEC S.p.A.
""" % url
    inner = ("<p>Gentile Cliente,</p><p>la casella PEC <b>examplegroupitalia@pec.it</b> associata al Suo contratto <b>scadrà il 28/11/2026</b>.</p>"
             "<p>Alla scadenza la casella verrà sospesa: non potrà più inviare né ricevere messaggi di Posta Elettronica Certificata con valore "
             "legale e, dopo 30 giorni, i messaggi archiviati saranno eliminati definitivamente.</p>"
             + button(url, "Rinnova ora", "#f26722") + "<p>Cordiali saluti,<br>Aruba PEC S.p.A.</p>")
    html = phish_html("Aruba PEC – Avviso di scadenza", "#f26722", inner,
                      "Aruba PEC S.p.A. – Questo messaggio è stato inviato automaticamente.", lang="it")
    return mk(F, 21, "it", "pec-renewal-phish-ses",
              infra=P(I.ses, region="eu-south-1"), frm=frm, to=[S("it_mgr")],
              subject="Casella PEC examplegroupitalia@pec.it in scadenza il 28/11/2026", t=t, bstyle="java",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              tags=["credential phishing", "card phishing", "brand / service impersonation", "abused ESP (Amazon SES)"],
              what="'Aruba PEC' warns the certified-mail box expires in 3 days and asks to renew via a login page.",
              why="Look-alike arubapec-servizi.it sent through Amazon SES, link to a credential/card page; threat of losing legally valid mail; genuine Aruba notices come from aruba.it and point to aruba.it.",
              pair="business 20")


# --------------------------------------------------------------- Polish

def a22():
    t = T("2026-11-23 22:14:37")
    frm = CORR["pl_ziel"]
    members = [("Faktura_korygujaca_FK_0311_2026.pdf.lnk", placeholder("Faktura_korygujaca_FK_0311_2026.pdf.lnk"), (2026, 11, 23, 21, 55, 2)),
               ("Zestawienie_kosztow_ZT-11-2026-038.xlsm", placeholder("Zestawienie_kosztow_ZT-11-2026-038.xlsm"), (2026, 11, 23, 21, 55, 40))]
    z = make_zip(members, password="PL2611", seed="a22")
    prev = "<000a01dc5a3b$71c2e4f0$55a8aed0$@partner-logistik.pl>"
    text = """Dzień dobry Panie Łukaszu,

w nawiązaniu do naszej korespondencji w sprawie zlecenia ZT/11/2026/038 przesyłam fakturę korygującą oraz zaktualizowane zestawienie kosztów (dodatkowy dzień magazynowania kabin i dopłata paliwowa).

Ze względu na RODO dokumenty są zabezpieczone hasłem: PL2611

Proszę o weryfikację i potwierdzenie, abyśmy mogli zamknąć rozliczenie jeszcze w tym miesiącu.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. obsługi klienta
Partner Logistik sp. z o.o.

-----Original Message-----
From: Łukasz Kowalczyk <lukasz.kowalczyk@example.com>
Sent: Thursday, November 19, 2026 10:41 AM
To: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Subject: RE: Zlecenie transportowe ZT/11/2026/038 – kabiny tłumaczeniowe Katowice

Dzień dobry,
dziękuję za informację. Proszę o przesłanie faktury po zakończeniu zlecenia.
Z poważaniem
Łukasz Kowalczyk
"""
    return mk(F, 22, "pl", "partner-thread-hijack-encrypted-zip",
              infra=P(I.hosted, provider="homepl", origin_ip="194.165.16.73", mailer="Microsoft Outlook 16.0"),
              frm=frm, to=[S("pl_acc")], subject="Odp: Zlecenie transportowe ZT/11/2026/038 – kabiny tłumaczeniowe Katowice", t=t,
              hcs="iso-8859-2", hmode="Q", irt=prev, refs=prev,
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "iso-8859-2", "PL"), "iso-8859-2", quote_cs=True),
                                             ZIP("Faktura_korygujaca_FK_0311_2026.zip", z,
                                                 "ZIP, ZipCrypto, password 'PL2611' in body; contains ...pdf.lnk and .xlsm (one-line placeholders)",
                                                 pwd="PL2611")], k.bd(),
                                   preamble="This is a multipart message in MIME format."),
              tags=["thread hijack", "compromised partner mailbox (account takeover)", "password-protected ZIP (ZipCrypto)", "malware lure", "double extension"],
              what="Reply in a real transport-order thread from the logistics partner's genuine mailbox with a password-protected 'corrective invoice' ZIP (.pdf.lnk + .xlsm).",
              why="Partner mailbox compromise: genuine home.pl infrastructure but SMTP login from a foreign hosting IP at 22:14; encrypted archive with shortcut and macro file; Partner Logistik's real invoices come as plain PDFs from ksiegowosc@.",
              pair="business 22, 23")


def a23():
    t = T("2026-10-26 08:40:12")
    frm = ("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-e-faktury.pl")
    nip = BANK["example_pl_nip"]
    nipf = "%s-%s-%s-%s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])
    url = "https://ksef-podatnik.mf-gov-pl.com/web/login?nip=%s&ref=KSeF-2026-10-8841" % nip
    text = """Szanowni Państwo,

w Krajowym Systemie e-Faktur zarejestrowano 3 nowe faktury ustrukturyzowane, w których Państwa firma (NIP %s) występuje jako nabywca:

KSeF-20261023-8841-01 – Partner Logistik sp. z o.o. – 4 182,90 zł
KSeF-20261023-8841-02 – Partner Logistik sp. z o.o. – 1 230,00 zł
KSeF-20261024-2207-01 – Farmacja Wisła S.A. – 615,00 zł

W związku z obowiązkowym stosowaniem KSeF od 2026 r. dostęp do faktur zakupowych wymaga ponownego uwierzytelnienia podmiotu przez login.gov.pl (profil zaufany, e-dowód lub bankowość elektroniczna) do dnia 31.10.2026. Po tym terminie uprawnienia do odbioru faktur zostaną zawieszone.

Aplikacja Podatnika KSeF:
%s

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów
""" % (nipf, url)
    inner = ("<p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur zarejestrowano <b>3 nowe faktury ustrukturyzowane</b>, w których Państwa "
             "firma (NIP %s) występuje jako nabywca.</p>"
             "<p>W związku z obowiązkowym stosowaniem KSeF od 2026 r. dostęp do faktur zakupowych wymaga ponownego uwierzytelnienia podmiotu "
             "przez <b>login.gov.pl</b> do dnia <b>31.10.2026</b>. Po tym terminie uprawnienia do odbioru faktur zostaną zawieszone.</p>" % nipf
             + button(url, "Przejdź do Aplikacji Podatnika KSeF", "#d4213d") +
             "<p style='font-size:12px;color:#666'>Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów</p>")
    html = phish_html("KSeF – Krajowy System e-Faktur", "#d4213d", inner, "© Ministerstwo Finansów", lang="pl")
    return mk(F, 23, "pl", "ksef-e-invoice-phish-brevo",
              infra=P(I.brevo), frm=frm, to=[S("pl_acc")], subject="KSeF: 3 nowe faktury zakupowe – wymagane ponowne uwierzytelnienie",
              t=t, bstyle="hex", body=lambda k: alt(k, text, html, "utf-8"),
              tags=["credential phishing", "e-invoicing / EDI lure", "national tax office impersonation", "abused ESP (Brevo)"],
              what="'KSeF' notice listing three purchase invoices (with real supplier names) and demanding re-authentication via a fake login.gov.pl page before a deadline.",
              why="KSeF sends no such e-mails and needs no 're-authentication'; link to mf-gov-pl.com (not gov.pl); sent in bulk through Brevo from a look-alike domain; deadline threat.")


def a24():
    t = T("2026-12-07 07:55:43")
    frm = ("PKO Bank Polski – iPKO biznes", "powiadomienia@ipko-biznes24.pl")
    url = "https://ipko-biznes-autoryzacja.com/m/?k=" + b64u("PKO-" + S("pl_acc")[1])
    png = qr_png(url, scale=5)
    text = """Szanowny Kliencie,

w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD2 / SCA) urządzenia mobilne przypisane do użytkowników serwisu iPKO biznes muszą zostać ponownie autoryzowane do 10.12.2026.

Zeskanuj kod QR aparatem telefonu, na którym używasz aplikacji IKO, i postępuj zgodnie z instrukcjami. Brak autoryzacji spowoduje czasowe zablokowanie możliwości zatwierdzania przelewów.

Z poważaniem
Zespół Bezpieczeństwa PKO Bank Polski
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd">
<div style="background:#003574;color:#fff;padding:14px 20px;font-size:18px"><b>PKO</b> Bank Polski &middot; iPKO biznes</div>
<div style="padding:20px">
<p>Szanowny Kliencie,</p>
<p>w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD2 / SCA) urządzenia mobilne przypisane do użytkowników serwisu iPKO biznes muszą zostać <b>ponownie autoryzowane do 10.12.2026</b>.</p>
<p style="text-align:center"><img src="cid:ikoqr01@ipko" width="180" height="180" alt="Kod QR"></p>
<p>Zeskanuj kod QR aparatem telefonu, na którym używasz aplikacji IKO, i postępuj zgodnie z instrukcjami. Brak autoryzacji spowoduje czasowe zablokowanie możliwości zatwierdzania przelewów.</p>
<p>Z poważaniem<br>Zespół Bezpieczeństwa PKO Bank Polski</p></div></div></body></html>
"""
    return mk(F, 24, "pl", "bank-quishing-ipko-biznes",
              infra=P(I.vps, helo="mail.ipko-biznes24.pl", ip="45.88.91.102", rdns="45-88-91-102.static.hostinger-vps.eu", mode="php"),
              frm=frm, to=[S("pl_acc")], subject="iPKO biznes: wymagana ponowna autoryzacja urządzenia mobilnego", t=t,
              hcs="iso-8859-2", hmode="Q",
              body=lambda k: Multi("related", [alt(k, text, html, "iso-8859-2", "8bit", cte_html="quoted-printable"),
                                               PNG("kod_qr.png", png, cid="ikoqr01@ipko", note="PNG QR code -> " + url)], k.bd(),
                                   params=' type="multipart/alternative";'),
              tags=["quishing (QR code)", "brand / service impersonation", "look-alike domain on VPS"],
              what="'PKO BP iPKO biznes' asks to re-authorise the IKO mobile device by scanning a QR code before transfers are blocked.",
              why="Bank phishing moved to the phone via QR to evade URL scanning; look-alike ipko-biznes24.pl on a VPS (PHPMailer); PKO never asks to scan QR codes from e-mail to authorise devices.")


def a25():
    t = T("2026-11-05 13:12:09")
    frm = ("Dział IT | Example Group", "helpdesk@examplegroup-it.onmicrosoft.com")
    text = """Dzień dobry,

nasz system bezpieczeństwa wykrył, że od wczoraj na Pani skrzynkę trafia masowa ilość niechcianych wiadomości (atak typu „e-mail bombing”). Zgłoszenie otrzymało numer INC-448172.

Aby zablokować atak i przywrócić prawidłowe działanie poczty, nasz konsultant skontaktuje się z Panią jeszcze dziś przez Microsoft Teams (konto „IT Helpdesk | Example Group”). W trakcie rozmowy poprosimy o uruchomienie wbudowanego w Windows narzędzia Pomoc zdalna / Szybka pomoc (Ctrl + Windows + Q) i podanie 6-cyfrowego kodu, abyśmy mogli zainstalować filtr antyspamowy.

Prosimy nie restartować komputera do czasu zakończenia zgłoszenia.

Z pozdrowieniami
Dział IT – Service Desk
Example Group
"""
    return mk(F, 25, "pl", "helpdesk-teams-quick-assist-pretext",
              infra=P(I.m365, org="examplegroup-it.onmicrosoft.com", pod="PR3PR09MB", region="eurprd09", lang="pl-PL"),
              frm=frm, to=[S("pl_mgr")], subject="INC-448172: blokada masowego spamu na Pani skrzynce – kontakt przez Teams",
              t=t, body=lambda k: alt(k, text, html_outlook(text, "utf-8", "PL"), "utf-8", "base64"),
              tags=["Teams / remote-access vishing pretext (Quick Assist)", "fresh Microsoft 365 tenant", "internal IT impersonation"],
              what="'IT Helpdesk' announces a Teams call to fix an e-mail bombing and asks the office manager to start Quick Assist and read out the code.",
              why="Email-bombing + Teams vishing playbook used by ransomware affiliates: external onmicrosoft.com tenant posing as internal IT, remote-control request via Quick Assist; the real IT never uses Quick Assist and sends from example.com through mail-int01.",
              pair="business 24")


def a26():
    t = T("2026-10-14 10:05:19")
    frm = ("Centralny Rejestr Przedsiębiorców i Firm", "biuro@crpif.pl")
    acct = BANK["mule_pl_register"]
    form = pdf([[(13, True, "Centralny Rejestr Przedsiębiorców i Firm"), "ul. Marszałkowska 84/92 lok. 109, 00-514 Warszawa", "",
                 (11, True, "FORMULARZ AKTUALIZACJI WPISU nr 2026/KR/18824"), "",
                 "Nazwa: Example Group Polska sp. z o.o.", "Adres: ul. Lubicz 23, 31-503 Kraków", "NIP: " + BANK["example_pl_nip"],
                 "Branża: usługi tłumaczeniowe", "",
                 (11, True, "Opłata za wpis: 1 279,00 zł netto"), "Numer rachunku: " + ids.nrb(acct), "Tytuł: Wpis 2026/KR/18824",
                 "Termin płatności: 7 dni", "",
                 (7, False, "Dokonanie wpłaty oznacza akceptację regulaminu i zamówienie publikacji wpisu w prywatnym katalogu internetowym"),
                 (7, False, "www.crpif.pl na okres 12 miesięcy. Rejestr nie jest rejestrem urzędowym i nie ma związku z KRS ani CEIDG.")]],
               title="Formularz", creator="Writer", producer="LibreOffice 7.5", date=pdfdate(t, "+02'00'"))
    text = """Szanowni Państwo,

uprzejmie informujemy, że dane Państwa firmy zostały wprowadzone do Centralnego Rejestru Przedsiębiorców i Firm. Prosimy o weryfikację danych w załączonym formularzu oraz uiszczenie opłaty za aktualizację wpisu w terminie 7 dni:

Kwota: 1 279,00 zł netto
Numer rachunku: %s
Tytuł przelewu: Wpis 2026/KR/18824

Brak aktualizacji może skutkować nieaktualnymi danymi firmy w rejestrze.

Z poważaniem
Dział Rejestracji CRPiF
""" % ids.nrb(acct)
    return mk(F, 26, "pl", "fake-business-register-fee",
              infra=P(I.vps, helo="srv1.crpif.pl", ip="185.25.51.77", rdns="vps-77.51.25.185.cyberfolks.pl", mode="php"),
              frm=frm, to=[("Biuro Example Group Polska", S("pl_acc")[1])],
              subject="Aktualizacja wpisu – Example Group Polska sp. z o.o. – nr 2026/KR/18824", t=t,
              hcs="windows-1250", hmode="B",
              body=lambda k: Multi("mixed", [Text(text, "plain", "windows-1250", "quoted-printable"),
                                             PDF("Formularz_aktualizacji_wpisu_2026_KR_18824.pdf", form, fn_style="plain")], k.bd()),
              tags=["fake directory/register invoice", "look-alike domain on VPS"],
              what="'Centralny Rejestr Przedsiębiorców i Firm' demands PLN 1,279 for 'updating' the company's register entry, with a payment form.",
              why="Fake-register scam common in Poland: imitates KRS/CEIDG, unsolicited payment demand with 7-day deadline; the small print admits it is a private directory; NRB of an ordinary bank account.")


ATTACKS = [a17, a18, a19, a20, a21, a22, a23, a24, a25, a26]
