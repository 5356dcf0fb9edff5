"""German attack messages (8)."""
import assets
import data as D
import infra
import qr
from builder import register, html_outlook, html_gmail, to_plain, to_html, brand_page, esc


# ---------------------------------------------------------------------------
@register("attack", "de", "ceo-fraud-projekt-kandis")
def _(b):
    sender = "markus.boehm@examplegroup.eu.com"
    b.at(2026, 11, 5, 16, 42, 17).env(sender, "claudia.weiss@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="eurprd07", server_prefix="DB9PR07MB"))
    b.frm("Dr. Markus Böhm", sender, "iso-8859-1")
    b.to(("Claudia Weiß", "claudia.weiss@example.com"), cs="iso-8859-1")
    b.subject("Vertraulich: Projekt Kandis", "iso-8859-1")
    b.set("Accept-Language", "de-DE, en-US").set("Content-Language", "de-DE")
    txt = """Hallo Claudia,

bist Du heute noch im Büro erreichbar?

Wie Du weißt, sind wir seit einigen Wochen mit einer Schokoladenmanufaktur in Norditalien im Gespräch. Die Verhandlungen sind jetzt in der entscheidenden Phase, die Gesellschafter haben gestern Abend grünes Licht gegeben. Bis zur Unterzeichnung ist das Thema streng vertraulich - bitte sprich vorerst mit niemandem darüber, auch nicht mit Thomas oder Sabine.

Für die Exklusivitätsvereinbarung müssen wir noch diese Woche eine Anzahlung leisten. Die Abwicklung läuft über Herrn Dr. Albrecht von der Kanzlei, die uns bei der Transaktion begleitet. Er meldet sich heute noch direkt bei Dir mit den Einzelheiten und der Zahlungsanweisung; bitte behandle seine Anweisungen so, als kämen sie von mir.

Ich sitze ab 17 Uhr in Verhandlungen und bin nur per Mail erreichbar. Schick mir bitte kurz Deine aktuelle Handynummer, damit wir uns heute Abend per WhatsApp abstimmen können.

Danke Dir und viele Grüße
Markus

Dr. Markus Böhm
Vorsitzender der Geschäftsführung
Example Group GmbH
"""
    b.body(b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, charset="iso-8859-1"), "iso-8859-1")))
    b.meta("CEO fraud: 'Dr. Markus Böhm' asks the CFO for secrecy about a supposed acquisition, announces a lawyer who will send payment instructions and asks for her mobile number for WhatsApp.",
           "Look-alike domain examplegroup.eu.com (a CentralNic third-level name, not the company's examplegroup.eu) sent from a foreign Microsoft 365 tenant, not from mail-int01; secrecy towards colleagues, time pressure, hand-over to a 'lawyer', move to WhatsApp. Classic BEC opener.")


# ---------------------------------------------------------------------------
@register("attack", "de", "lieferant-bankverbindung-lookalike")
def _(b):
    sender = "p.lang@lieferant-grnbh.de"
    b.at(2026, 10, 20, 10, 17, 44).env(sender, "sabine.mueller@example.com")
    b.style = "outlook_smtp"
    b.via(infra.vps_client(b, "mail.lieferant-grnbh.de", "88.198.51.204", "static.88-198-51-204.clients.your-server.de",
                           "185.213.155.74", client_helo="DESKTOP-8J3QK2M", bstyle="outlook_smtp"))
    b.frm("Petra Lang", sender, "windows-1252")
    b.to(("Sabine Müller", "sabine.mueller@example.com"), cs="windows-1252", outlook_quotes=True)
    b.subject("Änderung unserer Bankverbindung – Lieferant GmbH", "windows-1252")
    b.set("Content-Language", "de")
    ib = D.F(D.ATT_LIEFERANT)
    txt = """Sehr geehrte Frau Müller,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank hat sich unsere Bankverbindung geändert. Bitte aktualisieren Sie Ihre Kreditorenstammdaten und überweisen Sie alle offenen sowie künftigen Rechnungen ab sofort ausschließlich auf folgendes Konto:

Kontoinhaber: Lieferant GmbH
Bank: N26 Bank AG
IBAN: %s
BIC: NTSBDEB1XXX

Unser bisheriges Konto bei der Hamburger Sparkasse wird zum 31.10.2026 aufgelöst. Zahlungen dorthin können ab diesem Zeitpunkt nicht mehr zugeordnet werden und gehen an Sie zurück. Das betrifft insbesondere unsere Rechnungen RE-2026-10418 und RE-2026-10455 (Kakaobutter, Lieferung KW 41), deren Skontofrist am 22.10. endet.

Die Bestätigung auf unserem Briefpapier finden Sie im Anhang. Für eine kurze Rückbestätigung per E-Mail, dass die Änderung eingepflegt wurde, wären wir Ihnen dankbar.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung
Lieferant GmbH
Großmoorbogen 21 · 21079 Hamburg
Tel. +49 40 7611 842-23
""" % ib
    pdfb = assets.invoice_pdf([
        ("Lieferant GmbH", 16, True), "Großmoorbogen 21 · 21079 Hamburg", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Industriestraße 12", "50829 Köln", "",
        "Hamburg, 19.10.2026", "",
        ("Mitteilung über die Änderung unserer Bankverbindung", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.",
        "Bitte leisten Sie sämtliche Zahlungen ab sofort ausschließlich auf das folgende Konto:", "",
        "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: N26 Bank AG, Berlin", "IBAN: " + ib, "BIC: NTSBDEB1XXX", "",
        "Die bisherige Bankverbindung bei der Hamburger Sparkasse ist ab dem 31.10.2026 nicht mehr gültig.", "",
        "Mit freundlichen Grüßen", "", "gez. Dr. Henning Brandt", "Geschäftsführer", "",
        ("Lieferant GmbH · Amtsgericht Hamburg HRB 148872 · USt-IdNr. " + D.LIEFERANT_VAT, 8, False),
    ], title="Bankverbindung", author="Petra Lang", creator="Microsoft\u00ae Word 2016",
        created="20261019163512+02'00'")
    fn = "Lieferant_GmbH_Änderung_Bankverbindung.pdf"
    b.body(b.mixed(
        b.alt(b.text(txt, "windows-1252"), b.html(html_outlook(txt, charset="windows-1252"), "windows-1252")),
        b.attach("application/pdf", pdfb, fn, fname_style="rfc2047", fname_charset="windows-1252")))
    b.meta("Supplier bank-detail change for Lieferant GmbH: new account at a neobank, old account 'closed', cash-discount deadline of two real-looking invoices in two days, confirmation by e-mail only.",
           "Look-alike domain lieferant-grnbh.de ('rn' for 'm') on a Hetzner VPS instead of Lieferant's IONOS mail; mule IBAN at N26; contradicts the supplier's real, properly announced change (business 02) and its known Hamburger Sparkasse account; urgency tied to real-looking invoice numbers.")


# ---------------------------------------------------------------------------
@register("attack", "de", "e-rechnung-datev-portal")
def _(b):
    sender = "noreply@e-rechnung-datev.de"
    b.at(2026, 11, 10, 7, 52, 3).env(sender, "thomas.schaefer@example.com")
    b.style = "esp"
    b.via(infra.sendgrid(b, "em4821.e-rechnung-datev.de"))
    b.frm("DATEV E-Rechnungsservice", sender)
    b.to(("", "thomas.schaefer@example.com"))
    b.subject("Neue E-Rechnung (XRechnung) von Lieferant GmbH – Empfang bestätigen")
    url = "https://portal.e-rechnung-eingang.de/inbox/view?doc=XR-2026-11207&org=examplegroup&u=thomas.schaefer%40example.com"
    src = """Guten Tag,

über den DATEV E-Rechnungsservice wurde für Ihr Unternehmen eine elektronische Rechnung im Format XRechnung 3.0 bereitgestellt.

Rechnungssteller: Lieferant GmbH
Rechnungsnummer: RE-2026-11207
Rechnungsbetrag: 18.426,90 EUR
Empfänger: Example Group GmbH (Kreditorenbuchhaltung)

Seit dem 1. Januar 2025 müssen Unternehmen E-Rechnungen empfangen und verarbeiten können. Damit die Rechnung fristgerecht in Ihre Buchhaltung übernommen wird, bestätigen Sie bitte den Empfang und öffnen Sie das Dokument im Empfangsportal.

[[E-Rechnung öffnen|%s]]

Das Dokument steht 14 Tage zum Abruf bereit und wird danach automatisch an den Rechnungssteller zurückgegeben.

Mit freundlichen Grüßen
Ihr DATEV E-Rechnungsservice
""" % url
    footer = "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.<br>DATEV eG · Paumgartnerstraße 6-14 · 90429 Nürnberg"
    header = '<div style="background:#004c3f;color:#fff;padding:18px 32px;font-size:18px;font-weight:bold">DATEV E-Rechnungsservice</div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:11px 24px;background:#5ab031;color:#fff;text-decoration:none;font-weight:bold"),
                      header, footer, title="E-Rechnung")
    b.body(b.alt(b.text(to_plain(src) + "\n--\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.\n", "utf-8", "quoted-printable"),
                 b.html(html, "utf-8", "base64")))
    b.meta("Credential phishing: a 'DATEV E-Rechnungsservice' notice that an XRechnung from Lieferant GmbH waits in a portal; button to a fake portal login.",
           "DATEV brand on the unrelated domain e-rechnung-datev.de sent through SendGrid; link goes to e-rechnung-eingang.de with the user's address pre-filled; XRechnung is delivered as XML/PDF or via Peppol, not behind a 14-day portal login with 'return to sender'. Exploits the German e-invoicing mandate; Lieferant's real invoices come as PDF from its own mail (business 01).")


# ---------------------------------------------------------------------------
@register("attack", "de", "dhl-zoll-quishing")
def _(b):
    sender = "info@physiotherapie-lindner.de"
    b.at(2026, 10, 27, 13, 5, 38).env(sender, "katrin.vogel@example.com")
    b.style = "phpmailer"
    b.via(infra.cpanel_exim(b, "cp12.hostsuite24.de", "185.243.10.44", client_ip="45.133.74.18",
                            php_script="/home/physiol/public_html/wp-content/uploads/2026/09/sm.php",
                            uid="1187", user="physiol"))
    b.frm("DHL Express Zollabwicklung", sender, "iso-8859-1")
    b.to(("", "katrin.vogel@example.com"))
    b.subject("Zollanmeldung ausstehend: Sendung 4739228106 (Warenprobe, Herkunft EC)", "iso-8859-1")
    b.set("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    txt = """Sehr geehrte Damen und Herren,

Ihre DHL Express Sendung 4739228106 aus Guayaquil (EC) an Example Group GmbH, z. Hd. Frau Katrin Vogel, befindet sich in der Zollabfertigung am Drehkreuz Leipzig.

Für die Einfuhr der Warenprobe (Kakaobohnen, fermentiert, 2,4 kg) sind Einfuhrabgaben in Höhe von 38,72 EUR (Einfuhrumsatzsteuer und Auslagepauschale) zu entrichten. Eine Zahlung auf Rechnung ist bei Warenproben leider nicht möglich.

Bitte scannen Sie den beigefügten QR-Code mit Ihrem Smartphone und schließen Sie die Zahlung innerhalb von 48 Stunden ab. Andernfalls wird die Sendung an den Versender zurückgeschickt.

Sendungsnummer: 4739228106
Gewicht: 2,4 kg
Zu zahlen: 38,72 EUR

Mit freundlichen Grüßen
DHL Express Germany GmbH
Zollabwicklung / Customs Clearance
"""
    png, q = qr.qr_png("https://dhl-einfuhr-abgaben.pages.dev/?s=4739228106&r=k.vogel", "M", scale=6)
    b.body(b.mixed(b.text(txt, "iso-8859-1", "8bit"),
                   b.attach("image/png", png, "DHL_Zahlung_4739228106.png")))
    b.qr_note = "QR (version %d-M) encodes https://dhl-einfuhr-abgaben.pages.dev/?s=4739228106&r=k.vogel" % q.version
    b.meta("Quishing: fake DHL Express customs notice for a cocoa-bean sample, import charges to be paid via an attached QR code within 48 h.",
           "Sent by a PHP mailer script on a compromised physiotherapy practice's web hosting (X-PHP-Originating-Script, X-AntiAbuse) with DHL only in the display name; the QR code leads to a pages.dev site, hiding the URL from link scanners; small-amount customs fee + 48 h deadline. Hard negative: business 08 (genuine customs clearance by the forwarder).")


# ---------------------------------------------------------------------------
@register("attack", "de", "gehaltskonto-aenderung-gmail")
def _(b):
    sender = "florian.becker.koeln@gmail.com"
    b.at(2026, 11, 18, 8, 7, 51).env(sender, "andrea.hoffmann@example.com")
    b.style = "gmail"
    b.via(infra.gmail(b))
    b.frm("Florian Becker", sender)
    b.to(("Andrea Hoffmann", "andrea.hoffmann@example.com"))
    b.subject("Neue Bankverbindung für die Gehaltszahlung")
    import banking
    ib = D.F(banking.de_iban("11010100", "614290337"))
    txt = """Hallo Andrea,

ich habe mein Gehaltskonto gewechselt und wollte Dir die neue Bankverbindung rechtzeitig vor der Novemberabrechnung durchgeben:

Kontoinhaber: Florian Becker
IBAN: %s
Bank: Solaris SE

Kannst Du das bitte noch für den laufenden Monat ändern? Das alte Konto bei der Sparkasse wird zum Monatsende gekündigt.

Ich schreibe von meiner privaten Adresse, weil ich diese Woche bei Kunden in Bayern unterwegs bin und Outlook auf dem Handy gerade nicht synchronisiert. Eine kurze Rückmeldung, wenn es erledigt ist, wäre super.

Danke und Gruß
Florian
""" % ib
    b.body(b.alt(b.text(txt, "utf-8", "quoted-printable"), b.html(html_gmail(txt), "utf-8", "quoted-printable")))
    b.meta("Payroll diversion: 'Florian Becker' (sales) asks HR to switch his salary account before the November payroll run.",
           "Private Gmail address that is not on file, excuse for not using the company mailbox, new account at a Banking-as-a-Service bank (Solaris, typical for mule accounts), timing just before payroll cut-off, asks for confirmation by mail instead of using the HR self-service/signed form. Hard negative: business 04 (staff member genuinely writing from her private GMX address about sick leave).")


# ---------------------------------------------------------------------------
@register("attack", "de", "eudr-traces-html-anhang")
def _(b):
    sender = "no-reply@eudr-compliance-traces.eu"
    b.at(2026, 12, 2, 9, 31, 12).env(sender, "katrin.vogel@example.com")
    b.style = "phpmailer"
    b.via(infra.vps_client(b, "mail.eudr-compliance-traces.eu", "51.68.190.37", "vps-7c21e0a4.vps.ovh.net",
                           "127.0.0.1", client_helo="localhost", bstyle="phpmailer"))
    b.frm("TRACES – EUDR Information System", sender, "windows-1252")
    b.to(("", "katrin.vogel@example.com"))
    b.subject("TRACES: Sorgfaltserklärung EUDR-2026-DE-0048213 abgelehnt – Korrektur erforderlich", "windows-1252")
    b.set("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")
    txt = """Sehr geehrte Damen und Herren,

die von Ihrem Unternehmen im EU-Informationssystem TRACES eingereichte Sorgfaltserklärung (Due Diligence Statement) gemäß Verordnung (EU) 2023/1115 wurde bei der Plausibilitätsprüfung abgelehnt.

Referenznummer: EUDR-2026-DE-0048213
Marktteilnehmer: Example Group GmbH (EORI DE4417720193845)
Rohstoff: Kakao (HS 1801 00) – Geolokalisierung der Erzeugungsflächen unvollständig

Ohne gültige Referenznummer dürfen die betroffenen Erzeugnisse nicht in Verkehr gebracht oder ausgeführt werden. Bitte prüfen Sie den beigefügten Ablehnungsbescheid und reichen Sie die fehlenden Geodaten innerhalb von 5 Arbeitstagen über Ihr EU-Login-Konto nach.

Der Bescheid kann im Anhang in Ihrem Browser geöffnet werden; zur Einsicht ist eine Anmeldung mit EU Login erforderlich.

Mit freundlichen Grüßen

Europäische Kommission
GD Umwelt – EUDR-Helpdesk
"""
    page = assets.login_page_html(
        "EU Login", "Anmeldung erforderlich",
        "Um den Ablehnungsbescheid zu Ihrer Sorgfaltserklärung EUDR-2026-DE-0048213 einzusehen, melden Sie sich bitte mit Ihrem EU-Login-Konto an.",
        "https://eudr-compliance-traces.eu/cas/login/submit.php",
        [("username", "email", "E-Mail-Adresse oder eindeutige Kennung", "katrin.vogel@example.com"),
         ("password", "password", "Passwort", "")],
        "Anmelden", "Europäische Kommission · EU Login · Datenschutzerklärung · Kontakt", lang="de",
        brand_color="#004494", hidden=[("ref", "EUDR-2026-DE-0048213")], logo_text="European Commission | EU Login")
    b.body(b.mixed(b.text(txt, "windows-1252", "quoted-printable"),
                   b.attach("text/html", page.encode("utf-8"), "DDS_EUDR-2026-DE-0048213_Ablehnung.html")))
    b.meta("Credential phishing with HTML attachment: fake TRACES/EUDR rejection of a cocoa due-diligence statement; the attached page is an EU Login form posting to the attacker.",
           "Trade-specific lure (EU Deforestation Regulation applies to cocoa) from eudr-compliance-traces.eu (not a europa.eu domain) on an OVH VPS via PHPMailer; HTML attachment with a static EU Login form whose action is eudr-compliance-traces.eu; 5-day deadline and market-ban threat. Real TRACES messages come from ec.europa.eu and never carry login forms.")


# ---------------------------------------------------------------------------
@register("attack", "de", "thread-hijack-lieferant-kompromittiert")
def _(b):
    sender = "s.maier@lieferant-gmbh.de"
    b.at(2026, 11, 24, 15, 48, 26).env(sender, "katrin.vogel@example.com")
    b.style = "webmail"
    b.via(infra.ionos_webmail(b, "185.107.56.212"))
    b.frm("Stefan Maier", sender)
    b.to(("Katrin Vogel", "katrin.vogel@example.com"))
    b.subject("AW: Bestellung 4500018733 – Kakaobutter desodoriert, Liefertermin KW 49")
    b.thread(["<f3b8a2c61e0d4b7f9a51c2e8d7346b10@EXMBX02.corp.example.com>",
              "<004a01dd5b7c$2e91f3a0$8bb5dae0$@lieferant-gmbh.de>",
              "<8c02e9d4a7b3413fb6e1d05a9c27f4e3@EXMBX01.corp.example.com>"])
    url = "https://express.adobe.com/page/Zq7Rk2mTnW4xa/"
    src = """Hallo Frau Vogel,

anbei wie besprochen die korrigierte Auftragsbestätigung mit den angepassten Palettenmengen sowie die aktualisierte Spezifikation für die Kakaobutter (Charge 26-4471).

Da die Dateien für den Mailanhang zu groß sind, habe ich sie Ihnen über unseren Dokumentenbereich freigegeben:

Auftragsbestätigung_AB-2026-8831_korrigiert.pdf (2,4 MB)
[[Dokumente ansehen|%s]]

Bitte prüfen Sie die Unterlagen bis morgen Mittag, damit wir die Verladung für Donnerstag bestätigen können.

Freundliche Grüße
Stefan Maier
Key Account Management
Lieferant GmbH
Großmoorbogen 21 · 21079 Hamburg
Tel. +49 40 7611 842-17

> Katrin Vogel <katrin.vogel@example.com> hat am 23.11.2026 11:02 CET geschrieben:
>
> Hallo Herr Maier,
>
> danke für die AB. Können Sie statt 20 Paletten auf 18 Paletten gehen und die restlichen 2 in KW 51 nachliefern? Unser Lager in Köln ist vor Weihnachten sehr voll.
>
> Viele Grüße
> Katrin Vogel
>
> -----Ursprüngliche Nachricht-----
> Von: Stefan Maier <s.maier@lieferant-gmbh.de>
> Gesendet: Freitag, 20. November 2026 14:37
> An: Katrin Vogel <katrin.vogel@example.com>
> Betreff: AW: Bestellung 4500018733 – Kakaobutter desodoriert, Liefertermin KW 49
>
> Hallo Frau Vogel,
>
> vielen Dank für Ihre Bestellung. Die Auftragsbestätigung AB-2026-8831 erhalten Sie im Anhang. Liefertermin wie gewünscht KW 49, Anlieferung Köln-Ossendorf.
>
> Freundliche Grüße
> Stefan Maier
""" % url
    b.body(b.alt(b.text(to_plain(src, "{label}: {url}"), "utf-8", "quoted-printable"),
                 b.html("<!doctype html>\n<html><head><meta charset=\"UTF-8\"></head><body>\n" + to_html(src, btn_style="color:#0b57d0;font-weight:bold") + "\n</body></html>\n", "utf-8", "quoted-printable")))
    b.meta("Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH): reply inside a real order thread with a link to 'corrected order confirmation' on an Adobe Express page.",
           "Sent from the supplier's real IONOS account but through IONOS webmail from a Dutch VPN address (X-Originating-IP 185.107.56.212) instead of his usual Outlook from the office line; 'file too large' pretext for a 2.4 MB PDF; link to an abused genuine service (express.adobe.com page that fronts a credential-harvesting site); deadline. SPF/DKIM would pass - only content and client data give it away.")


# ---------------------------------------------------------------------------
@register("attack", "de", "firmenregister-offerte")
def _(b):
    sender = "rechnung@zgf-register.de"
    b.at(2026, 10, 7, 11, 20, 9).env(sender, "sabine.mueller@example.com")
    b.style = "esp"
    b.via(infra.brevo(b))
    b.frm("ZGF Zentrales Gewerbe- und Firmenregister", sender)
    b.to(("Example Group GmbH", "sabine.mueller@example.com"))
    b.subject("Eintragung Example Group GmbH – HRB 10483 – Veröffentlichungszeitraum 2027")
    ib = D.F(D.REGISTER_SCAM)
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Eintragung Ihres Unternehmens in das Zentrale Gewerbe- und Firmenregister (ZGF) für den Veröffentlichungszeitraum 2027.

Firma: Example Group GmbH
Registergericht: Amtsgericht Köln, HRB 10483
Leistung: Eintragung und Veröffentlichung der Firmendaten inkl. Branchenzuordnung (Herstellung von Süßwaren)
Betrag: 1.089,00 EUR zzgl. MwSt.

Bitte überweisen Sie den Betrag innerhalb von 10 Tagen unter Angabe der Vorgangsnummer ZGF-2026-104831. Die Bankverbindung finden Sie in der Anlage.

Mit freundlichen Grüßen
ZGF Zentrales Gewerbe- und Firmenregister
ein Service der ZGF Datenservice UG (haftungsbeschränkt)
"""
    pdfb = assets.invoice_pdf([
        ("ZGF Zentrales Gewerbe- und Firmenregister", 14, True), "ZGF Datenservice UG (haftungsbeschränkt) · Postfach 10 12 44 · 10559 Berlin", "",
        "Example Group GmbH", "Industriestraße 12", "50829 Köln", "",
        ("Eintragungsofferte / Rechnung Nr. ZGF-2026-104831", 12, True), "Datum: 07.10.2026", "",
        "Registerdaten: Amtsgericht Köln HRB 10483", "Branche: Herstellung von Süßwaren (WZ 10.82)", "",
        "Leistung                                                    Betrag", 
        "Eintragung ZGF-Register, Veröffentlichungszeitraum 2027      1.089,00 EUR",
        "zzgl. 19 % MwSt.                                              206,91 EUR",
        ("Gesamtbetrag                                                 1.295,91 EUR", 10, True), "",
        "Zahlbar innerhalb von 10 Tagen ohne Abzug auf:",
        "Empfänger: ZGF Datenservice UG   IBAN: " + ib + "   BIC: NTSBDEB1XXX", "",
        ("Hinweis: Dieses Schreiben ist ein Angebot. Mit Zahlung des Betrages nehmen Sie das Angebot zur kostenpflichtigen", 6, False),
        ("Eintragung in das private Verzeichnis ZGF an. Der Vertrag hat eine Laufzeit von zwei Jahren und verlängert sich", 6, False),
        ("jeweils um ein weiteres Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird. Es besteht keine Verbindung", 6, False),
        ("zum Handels- oder Gewerberegister.", 6, False),
    ], title="Rechnung ZGF-2026-104831", creator="wkhtmltopdf 0.12.6", producer="Qt 4.8.7",
        created="20261007090211+02'00'")
    html = brand_page(to_html(txt), '<div style="background:#1d3a6b;color:#fff;padding:16px 32px;font-size:17px">ZGF &middot; Zentrales Gewerbe- und Firmenregister</div>',
                      "ZGF Datenservice UG (haftungsbeschränkt) · Berlin", title="ZGF")
    b.body(b.mixed(b.alt(b.text(txt, "utf-8"), b.html(html, "utf-8")),
                   b.attach("application/pdf", pdfb, "Rechnung_ZGF-2026-104831.pdf")))
    b.meta("Fake register invoice: offer for a worthless 'company register' entry dressed up as an invoice (1,295.91 EUR incl. VAT), with the small-print offer clause only in the PDF.",
           "Unsolicited 'invoice' from an unknown private directory sent via the Brevo ESP; copies Handelsregister data to look official; payment equals acceptance of a 2-year contract (small print); N26 account. A classic German 'Adressbuchschwindel'.")
