"""Attack messages 17-21 (Italian) and 22-26 (Polish)."""
import files
import infra
import util
from company import BANK
from compose import A, E, S, T, alt, html_outlook, html_simple, mixed, msg
from mime import addr, ew
from threads import T as TH
from util import berlin, fmt_iban


def build():
    # ------------------------------------------------------------ 17 carrier IBAN change from look-alike
    dt = berlin(2026, 11, 9, 11, 41, 5)
    r = util.rng("a17")
    p = infra.postfix_host(r, dt, E("it_acc"), "mail.ferrettitrasporti.it", "vps-7f3a21c4.vps.ovh.net", "51.83.140.212",
                           "[192.168.1.33] (unknown [37.120.217.150])", zone="IT", webmail="outlook",
                           domain="ferrettitrasporti.it")
    mule = BANK["mule_lt"]
    text = """Gentile Dott.ssa Rossi,

con la presente Vi comunichiamo che, a seguito della revisione annuale dei rapporti bancari e di una verifica fiscale attualmente in corso, il nostro conto presso Banco BPM è temporaneamente abilitato solo alle operazioni in uscita.

Fino a nuova comunicazione Vi preghiamo pertanto di effettuare tutti i pagamenti delle nostre fatture sul seguente conto di appoggio:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Le fatture n. 2026/1187 e n. 2026/1214 (totale EUR 14.380,00), in scadenza il 15/11, dovranno già essere saldate sul nuovo conto. Vi chiediamo cortesemente una conferma scritta dell'avvenuto aggiornamento in anagrafica.

Per la chiusura contabile l'ufficio amministrativo è raggiungibile in questi giorni solo via e-mail.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 41 - 37066 Sommacampagna (VR)
""" % fmt_iban(mule)
    body = alt(p, T(text, "windows-1252", "quoted-printable"),
               T(html_outlook(text, "windows-1252", "IT"), "windows-1252", "quoted-printable", sub="html"))
    msg("17-it-ferretti-variazione-iban-lookalike.eml", "attack", "it", p, E("it_acc"), dt,
        "amministrazione@ferrettitrasporti.it",
        [("From", addr("Amministrazione Ferretti Trasporti", "amministrazione@ferrettitrasporti.it")),
         ("To", addr("Giulia Rossi", E("it_acc"))),
         ("Subject", "Comunicazione variazione coordinate bancarie - URGENTE")],
        body,
        "Carrier bank-detail change: 'Ferretti Trasporti' administration asks to pay two due invoices to a "
        "Lithuanian neobank account because the Italian account is 'blocked by a tax audit'",
        "Look-alike domain ferrettitrasporti.it (real: ferretti-trasporti.it, Aruba), sent from an OVH VPS; "
        "implausible excuse, foreign IBAN for an Italian carrier, asks for written confirmation and blocks phone "
        "contact.", pair="B17", order="outlook")

    # ------------------------------------------------------------ 18 Agenzia delle Entrate SVG attachment
    dt = berlin(2026, 10, 13, 9, 5, 48)
    r = util.rng("a18")
    p = infra.aruba(r, dt, E("it_acc"), "ceramichebassi.it", "[10.0.0.23]", "154.47.19.208", mailer=None)
    p["extra"] = [e for e in p["extra"] if e[0] != "X-Mailer"]
    url = "https://agenziaentrate-cassetto.web.app/comunicazioni/?prot=2026-487731&cf=IT04615290238"
    text = """Gentile Contribuente,

nell'ambito dei controlli automatizzati ai sensi dell'art. 36-bis del D.P.R. 600/1973 sono state rilevate irregolarità nella trasmissione di fatture elettroniche tramite il Sistema di Interscambio (SdI) per il periodo d'imposta 2026.

La comunicazione completa (prot. n. 2026/487731) è disponibile in allegato. Entro 30 giorni dal ricevimento è possibile fornire chiarimenti o regolarizzare la posizione beneficiando della riduzione delle sanzioni.

Cordiali saluti
Agenzia delle Entrate
Direzione Provinciale di Verona - Ufficio Controlli
"""
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="560" viewBox="0 0 794 560">
  <rect width="794" height="560" fill="#ffffff"/>
  <rect width="794" height="78" fill="#0b3f7a"/>
  <text x="36" y="50" font-family="Titillium Web, Arial, sans-serif" font-size="28" fill="#ffffff">Agenzia delle Entrate</text>
  <text x="36" y="130" font-family="Arial" font-size="18" fill="#1a1a1a">Comunicazione di irregolarità - prot. n. 2026/487731</text>
  <text x="36" y="165" font-family="Arial" font-size="14" fill="#333">Destinatario: EXAMPLE GROUP ITALIA S.R.L. - P.IVA 04615290238</text>
  <text x="36" y="200" font-family="Arial" font-size="14" fill="#333">Il documento è protetto. Per visualizzarlo accedi al Cassetto fiscale</text>
  <text x="36" y="222" font-family="Arial" font-size="14" fill="#333">con le credenziali SPID, CIE o Entratel/Fisconline.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="36" y="260" width="300" height="52" rx="4" fill="#0066cc"/>
    <text x="186" y="292" font-family="Arial" font-size="17" fill="#ffffff" text-anchor="middle">Visualizza comunicazione</text>
  </a>
  <text x="36" y="530" font-family="Arial" font-size="11" fill="#777">Agenzia delle Entrate - Via Giorgione 106 - 00147 Roma - C.F. 06363391001</text>
</svg>
""" % (url.replace("&", "&amp;"), url.replace("&", "&amp;"))
    body = mixed(p, T(text, "iso-8859-15", "quoted-printable"),
                 A("image/svg+xml", svg.encode("utf-8"), "Comunicazione_AdE_prot_2026_487731.svg"))
    msg("18-it-agenzia-entrate-allegato-svg.eml", "attack", "it", p, E("it_acc"), dt, "info@ceramichebassi.it",
        [("From", addr("Agenzia delle Entrate - Comunicazioni", "info@ceramichebassi.it")),
         ("To", E("it_acc")),
         ("Subject", ew("Comunicazione di irregolarità - Fatture elettroniche SdI - prot. n. 2026/487731",
                        "iso-8859-15", "Q"))],
        body,
        "Tax-office phishing with an SVG attachment: 'Agenzia delle Entrate' notice of e-invoice irregularities; the "
        "SVG is a clickable notice linking to a fake Cassetto fiscale login (SPID/Entratel credentials)",
        "Sent from a compromised ceramics shop's Aruba mailbox with the display name of the tax agency; the AdE "
        "uses PEC and the Cassetto fiscale, never SVG attachments; the link points to a web.app host.", pair="B21")

    # ------------------------------------------------------------ 19 thread hijack (compromised Zimbra) with SharePoint link
    dt = berlin(2026, 10, 22, 16, 12, 39)
    r = util.rng("a19")
    p = infra.zimbra(r, dt, E("it_sales"), "mail.cantinavaldadige.it", "mail.cantinavaldadige.it", "93.57.243.18",
                     "cantinavaldadige.it", "102.89.47.160")
    link = ("https://alpinaimmobiliare-my.sharepoint.com/:o:/g/personal/amministrazione_alpinaimmobiliare_it/"
            "EnW4fT1kq2JHr0x9bC7dPZsB5Yw1v2m3pQ8uA0cD4eFg?e=Kp7Yx2")
    text = """Buongiorno Alessandro,

come anticipato, Le ho condiviso il contratto aggiornato per il Pinot Grigio DOC delle Venezie 2026 (1.200 hl) con le nuove condizioni di pagamento e le analisi del laboratorio enologico.

Il documento è su OneDrive per motivi di dimensione:
%s

Per aprirlo acceda con le credenziali aziendali. Mi servirebbe un Suo riscontro entro domani, perché la cisterna è prenotata per lunedì.

Cordiali saluti
Roberto Ferri
Responsabile commerciale vino sfuso
Cantina Valdadige Soc. Agr. Coop.

----- Messaggio originale -----
Da: "Alessandro Conti" <alessandro.conti@examplegroup.eu>
A: "Roberto Ferri" <r.ferri@cantinavaldadige.it>
Inviato: Martedì, 20 ottobre 2026 11:02:17
Oggetto: R: Offerta vino sfuso Pinot Grigio DOC 2026

Buongiorno Roberto,
grazie per l'offerta. Confermiamo l'interesse per 1.200 hl alle condizioni indicate; attendo la bozza di contratto e le analisi.

Cordiali saluti
Alessandro Conti
""" % link
    html = html_simple(text, links={link: link}, font="arial, helvetica, sans-serif; font-size: 12pt")
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"))
    msg("19-it-threadhijack-cantina-link-sharepoint.eml", "attack", "it", p, E("it_sales"), dt, "r.ferri@cantinavaldadige.it",
        [("From", addr("Roberto Ferri", "r.ferri@cantinavaldadige.it")),
         ("To", addr("Alessandro Conti", E("it_sales"))),
         ("Subject", "Re: R: Offerta vino sfuso Pinot Grigio DOC 2026"),
         ("In-Reply-To", TH["cantina_alessandro"]),
         ("References", "%s %s" % (TH["cantina_offer"], TH["cantina_alessandro"]))],
        body,
        "Thread hijack from the genuinely compromised mailbox of the bulk-wine supplier: reply in the real contract "
        "thread with a OneDrive/SharePoint OneNote link of an unrelated third-party tenant that leads to an AiTM login",
        "Real partner domain and Zimbra server, but webmail login from a Nigerian IP (X-Originating-IP); the 'contract' "
        "sits in a third party's SharePoint (alpinaimmobiliare), the supplier itself does not use Microsoft 365; asks "
        "to log in with company credentials; urgency about the tanker.", pair="B18")

    # ------------------------------------------------------------ 20 courier parcel-fee phishing (Mailgun)
    dt = berlin(2026, 11, 4, 12, 30, 2)
    r = util.rng("a20")
    p = infra.mailgun(r, dt, E("it_mgr"), "mg.brt-spedizioni-it.com")
    trk = "https://email.mg.brt-spedizioni-it.com/c/eJw%s" % util.alnum(r, 60)
    text = """Gentile Cliente,

la spedizione n. 068412377541 (mittente: VETRERIA ALPINA SRL, 2 colli) non è stata consegnata il 03/11/2026 per indirizzo incompleto.

La spedizione è ora in giacenza presso la filiale BRT di Verona. Per riprogrammare la consegna è necessario confermare l'indirizzo e versare il contributo di giacenza di € 1,99 entro 48 ore; in caso contrario la merce sarà restituita al mittente.

Riprogramma la consegna: %s

Grazie per aver scelto BRT.
Servizio Clienti BRT
""" % trk
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;background:#f4f4f4"><table width="600" align="center" style="background:#fff">
<tr><td style="background:#c8102e;color:#fff;font-size:26px;font-weight:bold;padding:16px 24px">BRT</td></tr>
<tr><td style="padding:24px">
<p>Gentile Cliente,</p>
<p>la spedizione n. <b>068412377541</b> (mittente: VETRERIA ALPINA SRL, 2 colli) non è stata consegnata il 03/11/2026 per indirizzo incompleto.</p>
<p>La spedizione è ora in giacenza presso la filiale BRT di Verona. Per riprogrammare la consegna è necessario confermare l'indirizzo e versare il contributo di giacenza di <b>€ 1,99</b> entro 48 ore; in caso contrario la merce sarà restituita al mittente.</p>
<p style="text-align:center"><a href="%s" style="background:#c8102e;color:#fff;padding:12px 26px;text-decoration:none">Riprogramma la consegna</a></p>
<p>Grazie per aver scelto BRT.<br>Servizio Clienti BRT</p></td></tr></table>
<img width="1" height="1" alt="" src="https://email.mg.brt-spedizioni-it.com/o/eJw%s"></body></html>
""" % (trk, util.alnum(r, 40))
    body = alt(p, T(text, "iso-8859-15", "quoted-printable"), T(html, "iso-8859-15", "base64", sub="html"))
    msg("20-it-corriere-giacenza-pagamento.eml", "attack", "it", p, E("it_mgr"), dt,
        "bounce+%s@mg.brt-spedizioni-it.com" % util.hexid(r, 6),
        [("From", addr("BRT Servizio Clienti", "notifiche@brt-spedizioni-it.com")),
         ("To", E("it_mgr")),
         ("Subject", ew("La tua spedizione è in giacenza - azione richiesta (068412377541)", "iso-8859-15", "Q"))],
        body,
        "Courier phishing: 'BRT' parcel held in storage, pay EUR 1.99 to reschedule; link via Mailgun tracking to a "
        "card-data form",
        "Courier brand on a look-alike domain via Mailgun; small-fee-to-card-theft pattern; plausible shipper name "
        "(glass works) aimed at a wine company; 48-hour return threat.", pair="B20")

    # ------------------------------------------------------------ 21 fake lawyer, confidential acquisition
    dt = berlin(2026, 10, 16, 10, 20, 11)
    r = util.rng("a21")
    p = infra.postfix_host(r, dt, E("it_mgr"), "mail.studiolegalemarchetti-partners.it", "srv-1174.ptr.hostinger-it.net",
                           "89.116.53.74", "[192.168.8.101] (unknown [5.181.234.90])", zone="IT", webmail="outlook",
                           domain="studiolegalemarchetti-partners.it")
    mule = BANK["mule_it"]
    text = """Egregio Dott. Bianchi,

mi permetto di contattarLa su indicazione del Dott. Johannes Körber, Amministratore Delegato del Gruppo, in merito a un'operazione riservata di acquisizione di un'azienda vitivinicola in Valpolicella (progetto interno "Amarone").

L'operazione è coperta da un accordo di riservatezza e, fino alla firma del preliminare, non deve essere discussa con altri colleghi né con i consulenti abituali della società. Il Dott. Körber mi ha comunicato che la filiale italiana gestirà il versamento della caparra confirmatoria, trattandosi di un'acquisizione di diritto italiano.

Le chiedo pertanto di predisporre oggi stesso un bonifico di EUR 94.500,00 sul conto vincolato (escrow) del nostro studio:

Beneficiario: Studio Legale Marchetti & Partners - conto clienti
Banca: Banca Sella S.p.A.
IBAN: %s
Causale: Caparra confirmatoria - Progetto Amarone

Il Dott. Körber Le scriverà a breve per conferma. Resto a disposizione esclusivamente via e-mail, poiché sono impegnato in udienza per tutta la giornata.

Distinti saluti

Avv. Federico Marchetti
Studio Legale Marchetti & Partners
Corso Porta Nuova 48 - 37122 Verona
""" % fmt_iban(mule)
    body = T(text, "iso-8859-1", "8bit")
    msg("21-it-avvocato-falso-caparra-riservata.eml", "attack", "it", p, E("it_mgr"), dt,
        "f.marchetti@studiolegalemarchetti-partners.it",
        [("From", addr("Avv. Federico Marchetti", "f.marchetti@studiolegalemarchetti-partners.it")),
         ("To", addr("Marco Bianchi", E("it_mgr"))),
         ("Subject", "Riservato - Progetto Amarone")],
        body,
        "Fake-lawyer BEC: an 'attorney' claims the CEO's mandate for a confidential winery acquisition and asks the "
        "Italian office to wire a EUR 94,500 deposit to his 'escrow' account",
        "Unknown law firm on a newly set-up domain hosted on a VPS; invokes the CEO's name, demands secrecy from "
        "colleagues and advisers, same-day payment, e-mail-only contact; pairs with the CEO-fraud pattern of attack 01.",
        pair="B01", order="outlook")

    # ------------------------------------------------------------ 22 logistics partner account change (homoglyph)
    dt = berlin(2026, 11, 5, 13, 15, 27)
    r = util.rng("a22")
    p = infra.postfix_host(r, dt, E("pl_acc"), "mail.partner-logistlk.pl", "srv581223.hstgr.cloud", "89.116.158.61",
                           "[10.14.0.2] (unknown [146.70.117.34])", zone="PL", webmail="thunderbird",
                           domain="partner-logistlk.pl")
    mule = BANK["mule_pl"]
    text = """Szanowna Pani,

uprzejmie informujemy, że z dniem 1 listopada 2026 r. zmianie uległ rachunek bankowy Partner Logistik sp. z o.o. Prosimy o regulowanie wszystkich należności, w tym faktur FV/2026/10/0871 i FV/2026/10/0903 (łącznie 61 284,30 zł), wyłącznie na nowy rachunek:

Alior Bank S.A.
IBAN: %s

Nowy rachunek został zgłoszony do wykazu podatników VAT (tzw. białej listy), jednak aktualizacja w systemie Ministerstwa Finansów może potrwać do 14 dni. Prosimy mimo to nie wstrzymywać płatności - zapłata na rachunek zgłoszony nie powoduje żadnych skutków podatkowych.

Prosimy o potwierdzenie zmiany w odpowiedzi na tę wiadomość.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Magazynowa 8, 62-080 Tarnowo Podgórne
""" % fmt_iban(mule)
    body = T(text, "windows-1250", "quoted-printable", params=[("format", "flowed")], quote_charset=False)
    msg("22-pl-partner-logistik-zmiana-rachunku-homoglif.eml", "attack", "pl", p, E("pl_acc"), dt,
        "ksiegowosc@partner-logistlk.pl",
        [("From", addr("Partner Logistik - Księgowość", "ksiegowosc@partner-logistlk.pl", "windows-1250", "Q")),
         ("To", S("pl_acc", "windows-1250", "Q")),
         ("Cc", S("pl_mgr", "windows-1250", "Q")),
         ("Subject", ew("Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.", "windows-1250", "Q"))],
        body,
        "Logistics-partner bank-detail change from a homoglyph domain (partner-logistlk.pl): pay two invoices to a new "
        "account that is 'not yet on the VAT white list'",
        "Domain swaps i for l; sent from a Hostinger VPS instead of Partner Logistik's home.pl server; pre-empts the "
        "mandatory Polish white-list check with a false claim (payments to unlisted accounts lose tax deductibility); "
        "confirmation by reply only.", pair="B22")

    # ------------------------------------------------------------ 23 KSeF phishing (Amazon SES)
    dt = berlin(2026, 10, 12, 8, 2, 31)
    r = util.rng("a23")
    p = infra.ses(r, dt, E("pl_acc"), region="eu-central-1")
    link = "https://ap-ksef.mf-gov-pl.com/web/login?nip=8943128775&ref=%s" % util.alnum(r, 12)
    text = """Krajowy System e-Faktur

Szanowni Państwo,

w Krajowym Systemie e-Faktur zarejestrowano 3 nowe faktury ustrukturyzowane, w których Państwa firma (NIP 894-312-87-75) występuje jako nabywca. Faktury oczekują na pobranie od 9 października 2026 r.

Z uwagi na zmianę zasad uwierzytelniania w Aplikacji Podatnika KSeF, dostęp do faktur wymaga jednorazowego potwierdzenia tożsamości (Profil Zaufany, token KSeF lub podpis kwalifikowany). Nieodebrane faktury zostaną po 7 dniach przeniesione do archiwum.

Zaloguj się do Aplikacji Podatnika KSeF:
%s

Z poważaniem
Ministerstwo Finansów
Krajowa Administracja Skarbowa

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;color:#1b1b1b;background:#f5f5f5">
<table width="620" align="center" style="background:#fff;border-top:5px solid #d4213d"><tr><td style="padding:22px 30px">
<div style="font-size:20px;font-weight:bold;color:#1a4480">Krajowy System e-Faktur</div>
<p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur zarejestrowano <b>3 nowe faktury ustrukturyzowane</b>, w których Państwa firma (NIP 894-312-87-75) występuje jako nabywca. Faktury oczekują na pobranie od 9 października 2026 r.</p>
<p>Z uwagi na zmianę zasad uwierzytelniania w Aplikacji Podatnika KSeF, dostęp do faktur wymaga jednorazowego potwierdzenia tożsamości (Profil Zaufany, token KSeF lub podpis kwalifikowany). Nieodebrane faktury zostaną po 7 dniach przeniesione do archiwum.</p>
<p style="text-align:center"><a href="%s" style="background:#1a4480;color:#fff;padding:12px 24px;text-decoration:none">Zaloguj się do Aplikacji Podatnika</a></p>
<p>Z poważaniem<br>Ministerstwo Finansów<br>Krajowa Administracja Skarbowa</p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.</p>
</td></tr></table></body></html>
""" % link
    body = alt(p, T(text, "iso-8859-2", "quoted-printable"), T(html, "iso-8859-2", "base64", sub="html"))
    msg("23-pl-ksef-nowe-faktury-logowanie.eml", "attack", "pl", p, E("pl_acc"), dt,
        p["bounce"],
        [("From", addr("Krajowy System e-Faktur", "powiadomienia@ksef-mf.com.pl")),
         ("To", E("pl_acc")),
         ("Subject", ew("KSeF: 3 nowe faktury zakupowe oczekują na pobranie", "iso-8859-2", "Q"))],
        body,
        "Credential phishing on Poland's mandatory e-invoicing system KSeF: '3 new purchase invoices' require login "
        "with Profil Zaufany / KSeF token on a look-alike site",
        "KSeF does not e-mail invoice notifications; sender domain ksef-mf.com.pl and link host mf-gov-pl.com are not "
        "gov.pl; sent through Amazon SES; archive threat; harvests Profil Zaufany / KSeF tokens that allow issuing "
        "invoices in the company's name.", pair="B22")

    # ------------------------------------------------------------ 24 CEO asks to move to WhatsApp (homoglyph, M365)
    dt = berlin(2026, 12, 1, 10, 44, 18)
    r = util.rng("a24")
    p = infra.exo(r, dt, E("pl_mgr"), "examp1egroup.eu", "EUR03-DBA-obe.outbound.protection.outlook.com",
                  ("mail-dbaeur03on2119.outbound.protection.outlook.com", "40.107.104.119"), util.det_uuid(r),
                  lang="pl-PL", region="eurprd03", pre="DB9P")
    text = """Panie Pawle,

czy może mi Pan przesłać swój aktualny numer WhatsApp? Jestem w trakcie rozmów w sprawie poufnej transakcji i potrzebuję dziś Pana wsparcia w pilnej sprawie.

Proszę na razie nie informować nikogo w biurze - wszystko wyjaśnię osobiście.

Pozdrawiam
Johannes Körber

Wysłane z aplikacji Outlook dla iOS
"""
    body = alt(p, T(text, "utf-8", "base64"),
               T(html_outlook(text, "utf-8", "PL"), "utf-8", "base64", sub="html"))
    msg("24-pl-prezes-prosba-o-whatsapp.eml", "attack", "pl", p, E("pl_mgr"), dt, "johannes.koerber@examp1egroup.eu",
        [("From", addr("Johannes Körber", "johannes.koerber@examp1egroup.eu", "utf-8", "B")),
         ("To", addr("Paweł Wiśniewski", E("pl_mgr"), "utf-8", "B")),
         ("Subject", ew("Pilna sprawa - poufne", "utf-8", "B"))],
        body,
        "CEO fraud opener: the 'CEO' asks the Polish office manager for his WhatsApp number for a confidential "
        "urgent matter",
        "Homoglyph domain examp1egroup.eu (digit 1) on a Microsoft 365 tenant; moves the conversation to an "
        "unmonitored channel, secrecy; the German CEO does not write to the office in Polish.", pair="B01",
        order="outlook")

    # ------------------------------------------------------------ 25 debt-collection demand with encrypted ZIP
    dt = berlin(2026, 10, 21, 9, 37, 2)
    r = util.rng("a25")
    p = infra.exim_cpanel(r, dt, E("pl_acc"), "s12.cpanelhost.pl", "46.242.241.103",
                          "rezerwacje@pensjonat-podlipami.pl", client_ip="193.233.21.188", zone="PL")
    pwd = "4471"
    z = files.zip_crypto([("Wezwanie_do_zaplaty_WZ-4471-10-2026.pdf.exe", files.PLACEHOLDER),
                          ("Zestawienie_faktur.xlsx.exe", files.PLACEHOLDER)], pwd, "a25", when=(2026, 10, 21, 8, 55, 0))
    text = """Szanowni Państwo,

działając w imieniu i na rzecz naszego Mocodawcy, na podstawie udzielonego pełnomocnictwa, wzywamy Example Group Polska sp. z o.o. do zapłaty kwoty 18 742,50 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych oraz rekompensatą za koszty odzyskiwania należności, w terminie 3 dni od daty otrzymania niniejszego wezwania.

Brak zapłaty w wyznaczonym terminie spowoduje skierowanie sprawy na drogę postępowania sądowego (elektroniczne postępowanie upominawcze) bez dalszego wezwania oraz wpis do Krajowego Rejestru Długów.

Szczegółowe zestawienie nieopłaconych faktur oraz pełnomocnictwo przesyłamy w załączniku.
Hasło do pliku: %s

Z poważaniem
Dział Windykacji Przedsądowej
Kancelaria Windykacyjna DEBITUM
""" % pwd
    body = mixed(p, T(text, "iso-8859-2", "8bit"),
                 A("application/zip", z, "Wezwanie_WZ-4471-10-2026.zip"))
    msg("25-pl-wezwanie-do-zaplaty-zip-haslo.eml", "attack", "pl", p, E("pl_acc"), dt, "rezerwacje@pensjonat-podlipami.pl",
        [("From", addr("Kancelaria Windykacyjna DEBITUM", "rezerwacje@pensjonat-podlipami.pl")),
         ("To", E("pl_acc")),
         ("Subject", ew("Przedsądowe wezwanie do zapłaty - sprawa WZ/4471/10/2026", "iso-8859-2", "B"))],
        body,
        "Fake debt-collection demand (pre-court payment demand) with a password-protected ZIP containing '.pdf.exe' "
        "and '.xlsx.exe' files",
        "No creditor named, 'law firm' writes from a compromised guesthouse mailbox on shared cPanel hosting via a foreign "
        "IP; encrypted archive with executable double extensions to evade scanning; court and debt-register threats "
        "with a 3-day deadline.", pair="B23", zip_pw={"Wezwanie_WZ-4471-10-2026.zip": pwd})

    # ------------------------------------------------------------ 26 mailbox quota phishing (compromised WordPress)
    dt = berlin(2026, 12, 18, 14, 48, 55)
    r = util.rng("a26")
    p = infra.exim_cpanel(r, dt, E("pl_mgr"), "s46.cyber-folks.pl", "195.78.66.46", "wordpress@autokomis-marek.pl",
                          php_script=("autokomi", "/home/autokomi/domains/autokomis-marek.pl/public_html/wp-includes/"
                                                  "class-wp-hook.php(324) : eval()'d code"), zone="PL")
    link = "https://poczta-examplegroup.pl/owa/auth/logon.aspx?replaceCurrent=1&url=%s" % util.alnum(r, 16)
    text = """Example Group - Administrator poczty

Twoja skrzynka pocztowa pawel.wisniewski@example.com osiągnęła 98%% dostępnego limitu (49,1 GB z 50 GB).

Po przekroczeniu limitu nowe wiadomości przychodzące będą odrzucane, a wysyłanie poczty zostanie zablokowane. Aby bezpłatnie zwiększyć limit do 100 GB, zweryfikuj swoje konto do 19.12.2026:

Zwiększ limit skrzynki: %s

Dział IT
Example Group
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px">
<div style="width:560px;border:1px solid #ccc;padding:20px">
<div style="font-size:18px;color:#0072c6">Example Group - Administrator poczty</div>
<p>Twoja skrzynka pocztowa <b>pawel.wisniewski@example.com</b> osiągnęła <b>98%%</b> dostępnego limitu (49,1 GB z 50 GB).</p>
<div style="background:#e5e5e5;width:500px;height:14px"><div style="background:#d9001b;width:490px;height:14px"></div></div>
<p>Po przekroczeniu limitu nowe wiadomości przychodzące będą odrzucane, a wysyłanie poczty zostanie zablokowane. Aby bezpłatnie zwiększyć limit do 100 GB, zweryfikuj swoje konto do 19.12.2026.</p>
<p><a href="%s" style="background:#0072c6;color:#fff;padding:10px 22px;text-decoration:none">Zwiększ limit skrzynki</a></p>
<p>Dział IT<br>Example Group</p></div></body></html>
""" % link
    body = alt(p, T(text, "windows-1250", "quoted-printable"), T(html, "windows-1250", "quoted-printable", sub="html"))
    msg("26-pl-limit-skrzynki-administrator.eml", "attack", "pl", p, E("pl_mgr"), dt, "wordpress@autokomis-marek.pl",
        [("From", addr("Administrator poczty Example Group", "postmaster@poczta-examplegroup.pl")),
         ("To", E("pl_mgr")),
         ("Subject", ew("Skrzynka prawie pełna (98%) - wiadomości przychodzące zostaną wstrzymane", "windows-1250", "Q"))],
        body,
        "Mailbox-quota credential phishing impersonating the company's own mail administrator, link to a fake OWA "
        "login on poczta-examplegroup.pl",
        "Sent by injected PHP code on a compromised car-dealer WordPress site; look-alike domain; the company's mail "
        "team never asks to 'verify' for more quota (see business 26); deadline and bounce threat.", pair="B26")
