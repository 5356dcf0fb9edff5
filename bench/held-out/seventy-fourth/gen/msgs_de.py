"""German messages: attacks 01-08, business 01-08."""
import attach
import ids
import infra
import qr
from common import Mail, plain, alt, mixed, related, att, outlook_html, gmail_html, simple_html, brand_html, esc, quote_lines
from company import S, BANK, VAT
from mime import Text, Multi
from util import utc, rng, rfcdate

LANG = "de"

SIG_MAIER = """Mit freundlichen Gr\u00fc\u00dfen

Stefan Maier
Key Account Manager Dentallabore & Handel

Lieferant GmbH
Robert-Bosch-Stra\u00dfe 14 | 63477 Maintal
Tel. +49 6181 4093-212 | Mobil +49 171 5520 384
s.maier@lieferant-gmbh.de | www.lieferant-gmbh.de

Sitz der Gesellschaft: Maintal | Amtsgericht Hanau HRB 9384
Gesch\u00e4ftsf\u00fchrer: Dr. Werner Lang, Michael Hertel"""

SIG_LANG = """Mit freundlichen Gr\u00fc\u00dfen

Petra Lang
Auftragsabwicklung / Debitorenmanagement

Lieferant GmbH
Robert-Bosch-Stra\u00dfe 14 | 63477 Maintal
Tel. +49 6181 4093-120 | Fax +49 6181 4093-199
p.lang@lieferant-gmbh.de | www.lieferant-gmbh.de

Sitz der Gesellschaft: Maintal | Amtsgericht Hanau HRB 9384
Gesch\u00e4ftsf\u00fchrer: Dr. Werner Lang, Michael Hertel"""

LIEF_FOOT = ["Lieferant GmbH \u00b7 Robert-Bosch-Stra\u00dfe 14 \u00b7 63477 Maintal \u00b7 Amtsgericht Hanau HRB 9384 \u00b7 USt-IdNr. " + VAT["lieferant"],
             "Gesch\u00e4ftsf\u00fchrer: Dr. Werner Lang, Michael Hertel"]

LIEF_IP = "212.114.%d.%d" % (180, 37)
LIEF_HOST = "mail.lieferant-gmbh.de"


def lief_route(r, t, ua="outlook16", client_ip="91.63.212.18", client_rdns="ip-091-063-212-018.um36.pools.vodafone-ip.de", auth=None):
    return infra.smb_postfix(r, t, LIEF_HOST, LIEF_IP, zone="DE", client_ip=client_ip, client_rdns=client_rdns,
                             ua=ua, domain="lieferant-gmbh.de", auth_user=auth)


def build():
    A, B = "attack", "business"
    thomas, sabine, anna, jana = S["thomas"], S["sabine"], S["anna"], S["jana"]
    lukas, claudia, martin, katrin = S["lukas"], S["claudia"], S["martin"], S["katrin"]
    sebastian = S["sebastian"]

    # ================================================================ ATTACKS
    # A01 CEO fraud with look-alike domain (rn/m) + fake Austrian lawyer in Cc
    t = utc(2026, 11, 6, 13, 12, 7)
    r = rng(A, 1)
    fake_ceo = ("Thomas K\u00f6hler", "thomas.koehler@exarnplegroup.eu")
    lawyer = ("Dr. Hannes Leitner", "h.leitner@leitner-rechtsanwaelte.com")
    txt = """Hallo Sabine,

bist Du heute Nachmittag noch im B\u00fcro? Ich brauche kurz Deine Unterst\u00fctzung in einer vertraulichen Angelegenheit.

Wie Du wei\u00dft, schauen wir uns seit dem Sommer nach Laborkapazit\u00e4ten in \u00d6sterreich um. Wir stehen jetzt kurz vor der Unterzeichnung eines Letter of Intent f\u00fcr die \u00dcbernahme eines Dentallabors in Linz (Projekt \u201eOkklusion\u201c). Die Gegenseite verlangt als Zeichen unserer Ernsthaftigkeit eine Exklusivit\u00e4tsanzahlung auf das Treuhandkonto der begleitenden Kanzlei, sonst geht das Labor am Montag an einen Mitbewerber.

Ich habe Dr. Hannes Leitner (Leitner Rechtsanw\u00e4lte, Wien) in Kopie gesetzt. Er betreut die Transaktion und schickt Dir gleich die Treuhand-Bankverbindung und das Anschreiben. Es geht um 287.400,00 EUR, Valuta bitte noch heute.

Bis zur Ad-hoc-Information an die Gesellschafter darf niemand davon erfahren, auch nicht im Team Buchhaltung oder im Beirat. Bitte die Zahlung daher nicht \u00fcber den normalen Freigabeworkflow laufen lassen, sondern als Einzel\u00fcberweisung mit Deiner Freigabe. Die Belege reiche ich n\u00e4chste Woche nach.

Ich sitze den ganzen Nachmittag in Verhandlungen und kann nicht telefonieren \u2013 bitte antworte mir nur per Mail und best\u00e4tige kurz, dass Du das heute noch ausf\u00fchren kannst.

Danke Dir, ich verlasse mich da auf Dich.

Thomas

--
Dr. Thomas K\u00f6hler
Gesch\u00e4ftsf\u00fchrer
Example Group GmbH
Gesendet von unterwegs"""
    rt = infra.privateemail(r, t, "exarnplegroup.eu", zone="DE", ua="ox")
    Mail(A, 1, LANG, "ceo-fraud-uebernahme-treuhand", route=rt, frm=fake_ceo, to=[sabine], cc=[lawyer],
         subject="Vertraulich: Projekt Okklusion \u2013 heute noch", body=alt(txt, simple_html(txt), "utf-8", "quoted-printable"),
         hcs="utf-8", henc="Q",
         what="CEO fraud to the CFO: 'Thomas K\u00f6hler' asks for a same-day EUR 287,400 'exclusivity deposit' for a secret acquisition, fake Viennese lawyer in Cc",
         why="Look-alike domain exarnplegroup.eu ('rn' for 'm') on Namecheap Private Email instead of the internal relay; secrecy, bypass of the approval workflow, no phone contact, external 'lawyer' handles the money: classic BEC/CEO fraud.")

    # A02 supplier bank-detail change from look-alike domain (M365 trial tenant)
    t = utc(2026, 10, 19, 8, 22, 41)
    r = rng(A, 2)
    fake_petra = ("Petra Lang", "p.lang@lieferant-gmbh.com")
    neo = BANK["fraud_de_neo"][2]
    txt = """Sehr geehrte Frau Sch\u00e4fer,

im Zuge der Zusammenf\u00fchrung unserer Finanzbuchhaltung mit der Muttergesellschaft haben wir unsere Hausbankverbindung ge\u00e4ndert. Bitte aktualisieren Sie unsere Stammdaten (Kreditor Lieferant GmbH) mit sofortiger Wirkung wie folgt:

Kontoinhaber: Lieferant GmbH
Bank: N26 Bank AG
IBAN: %s
BIC: NTSBDEB1XXX

Das bisherige Konto bei der Commerzbank wird zum Monatsende aufgel\u00f6st; eingehende Zahlungen werden dort bereits jetzt nicht mehr verbucht und m\u00fcssten kostenpflichtig zur\u00fcckgebucht werden.

Bitte veranlassen Sie die Zahlung der offenen Rechnungen RE-2026-11873 (14.811,69 \u20ac) und RE-2026-11902 (33.503,80 \u20ac) bereits auf die neue Verbindung. Die offizielle Mitteilung mit Unterschrift der Gesch\u00e4ftsf\u00fchrung finden Sie im Anhang.

Da wir gerade unsere Telefonanlage umstellen, sind wir telefonisch leider nur eingeschr\u00e4nkt erreichbar. F\u00fcr R\u00fcckfragen antworten Sie bitte einfach auf diese E-Mail. Eine kurze Best\u00e4tigung der Umstellung w\u00e4re nett.

""" % ids.iban_fmt(neo) + SIG_LANG
    letter = attach.pdf([
        "# Lieferant GmbH", "Robert-Bosch-Stra\u00dfe 14 \u00b7 63477 Maintal", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "S\u00fcdwestpark 40", "90449 N\u00fcrnberg", "",
        "Maintal, 19.10.2026", "",
        "# Mitteilung \u00fcber die \u00c4nderung unserer Bankverbindung", "",
        "Sehr geehrte Damen und Herren,", "",
        "wir teilen Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ge\u00e4ndert hat. Bitte leisten Sie alle k\u00fcnftigen Zahlungen sowie alle offenen Posten ausschlie\u00dflich auf folgendes Konto:",
        "", "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: N26 Bank AG", "IBAN: " + ids.iban_fmt(neo), "BIC: NTSBDEB1XXX", "",
        "Zahlungen auf das bisherige Konto bei der Commerzbank AG k\u00f6nnen nicht mehr verbucht werden.", "",
        "Mit freundlichen Gr\u00fc\u00dfen", "", "Dr. Werner Lang, Gesch\u00e4ftsf\u00fchrer", "", ""] + LIEF_FOOT,
        title="Mitteilung Bankverbindung", author="Petra Lang", date="D:20261019101502+02'00'")
    rt = infra.m365(r, t, region="EU", org_domain="lieferant-gmbh.com", lang="de-DE", attach=True)
    Mail(A, 2, LANG, "lieferant-lookalike-bankwechsel", route=rt, frm=fake_petra, to=[anna],
         subject="Wichtig: \u00c4nderung unserer Bankverbindung / offene Posten",
         body=mixed(alt(txt, outlook_html(txt), "iso-8859-15", "quoted-printable"),
                    att(letter, "application/pdf", "Lieferant_GmbH_Mitteilung_Bankverbindung.pdf")),
         hcs="iso-8859-15", henc="Q",
         what="'Petra Lang, Lieferant GmbH' announces a new bank account (N26) and asks to pay two open invoices there; PDF 'notice' attached",
         why="Sender domain lieferant-gmbh.com is a look-alike of the supplier's lieferant-gmbh.de, sent from a Microsoft 365 tenant the supplier does not use; immediate change, pressure to redirect open items, phone verification discouraged: supplier-impersonation BEC (hard negative: business 02).")

    # A03 thread hijack from the genuinely compromised mailbox of Stefan Maier
    t = utc(2026, 11, 11, 15, 48, 12)
    r = rng(A, 3)
    maier = ("Stefan Maier", "s.maier@lieferant-gmbh.de")
    orig_id = "<7c41d2e98a0b4f3c9e15d7a2b36f8c01@EXCH02.corp.example.com>"
    quoted = """Hallo Herr Maier,

danke f\u00fcr die schnelle Best\u00e4tigung. K\u00f6nnen Sie die 40 Rohlinge Zirkonoxid ML 98x16 mm A2 und die 25 PMMA-Rohlinge noch auf KW 46 ziehen? Das Labor braucht die Ronden f\u00fcr die Gro\u00dfauftr\u00e4ge vor Weihnachten.

Bestellung 4500018732 bleibt ansonsten unver\u00e4ndert.

Viele Gr\u00fc\u00dfe
Martin R\u00f6der
Einkauf | Example Group GmbH"""
    link = "https://lieferant-kundenportal.pages.dev/dokumente/AB-2026-30418?ref=martin.roeder"
    txt = """Hallo Herr R\u00f6der,

KW 46 klappt. Anbei wie besprochen die aktualisierte Auftragsbest\u00e4tigung AB-2026-30418 inkl. der neuen Preisstaffel f\u00fcr Q1/2027.

Wegen der Preisinformationen liegt das Dokument in unserem gesch\u00fctzten Kundenbereich. Bitte melden Sie sich dort mit Ihrem Microsoft-365-Firmenkonto an, um es zu \u00f6ffnen:

%s

Bitte kurz pr\u00fcfen und bis morgen 12 Uhr freigeben, dann geht die Ware noch mit der Tour am Freitag raus.

%s

Am 09.11.2026 um 14:02 schrieb R\u00f6der, Martin:
%s
""" % (link, SIG_MAIER, quote_lines(quoted))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Verdana,sans-serif;font-size:10pt">'
            + "<p>Hallo Herr R\u00f6der,</p><p>KW 46 klappt. Anbei wie besprochen die aktualisierte Auftragsbest\u00e4tigung AB-2026-30418 inkl. der neuen Preisstaffel f\u00fcr Q1/2027.</p>"
            + "<p>Wegen der Preisinformationen liegt das Dokument in unserem gesch\u00fctzten Kundenbereich. Bitte melden Sie sich dort mit Ihrem Microsoft-365-Firmenkonto an, um es zu \u00f6ffnen:</p>"
            + '<p><a href="%s" style="background:#e8f0fb;border:1px solid #9cb9e0;padding:6px 12px;text-decoration:none">&#128196; AB-2026-30418.pdf (284 KB) &ndash; Dokument &ouml;ffnen</a></p>' % esc(link)
            + "<p>Bitte kurz pr\u00fcfen und bis morgen 12 Uhr freigeben, dann geht die Ware noch mit der Tour am Freitag raus.</p>"
            + "<pre>" + esc(SIG_MAIER) + "</pre>"
            + '<p>Am 09.11.2026 um 14:02 schrieb R\u00f6der, Martin:</p><blockquote type="cite" style="padding-left:5px;border-left:#1010ff 2px solid;margin-left:5px">'
            + esc(quoted).replace("\n", "<br>\n") + "</blockquote></body></html>")
    rt = lief_route(r, t, ua="roundcube", client_ip="185.213.155.171", client_rdns="unknown", auth="s.maier@lieferant-gmbh.de")
    Mail(A, 3, LANG, "threadhijack-lieferant-pagesdev", route=rt, frm=maier, to=[martin],
         subject="AW: Bestellung 4500018732 \u2013 Zirkonoxid-Rohlinge / Liefertermin KW 46",
         in_reply_to=orig_id, references=orig_id,
         body=alt(txt, html, "utf-8", "quoted-printable", flowed=False),
         hcs="utf-8", henc="Q",
         what="Reply in a real order thread from the supplier's real mailbox: 'updated order confirmation' behind a 'customer portal' link that wants the Microsoft 365 login",
         why="Supplier mailbox is compromised: submitted through webmail from a foreign VPN/VPS address (Stefan Maier normally sends with Outlook), link goes to a Cloudflare pages.dev site, not to lieferant-gmbh.de, and asks for the recipient's Microsoft 365 credentials to view a PDF; time pressure. Thread hijack + AiTM credential phishing (hard negative: business 01).")

    # A04 ELSTER phishing via SendGrid (certificate file + PIN theft)
    t = utc(2026, 11, 10, 6, 5, 33)
    r = rng(A, 4)
    click = "https://u48213907.ct.sendgrid.net/ls/click?upn=u001.Qk2vR7yH1bq9Zt0xW4nJ-2BfL8eP3sD5aG6hK1mC0oT7iU9y-2FzXc4vB8nM2lQ5wE3rT6yU1iO0pA9sD7fG4hJ2kL"
    land = "https://elster-nachrichten.de/eportal/login/softpse?vorgang=USt-VA-2026-09"
    txt = """ELSTER - Ihr Online-Finanzamt

Sehr geehrte Damen und Herren,

f\u00fcr Ihr Benutzerkonto (Organisationszertifikat, Steuernummer 241/118/52793) wurde ein neuer Verwaltungsakt in Ihrem Postfach bereitgestellt:

Betreff: Festsetzung der Umsatzsteuer-Vorauszahlung September 2026 / Anordnung einer Umsatzsteuer-Sonderpr\u00fcfung
Bereitgestellt am: 10.11.2026

Aufgrund einer Abweichung zwischen Ihrer Voranmeldung und den gemeldeten Daten Ihrer Gesch\u00e4ftspartner ist eine Stellungnahme innerhalb von 7 Tagen erforderlich. Der Bescheid kann ausschlie\u00dflich nach erneuter Authentifizierung mit Ihrer Zertifikatsdatei (.pfx) und dem zugeh\u00f6rigen Passwort abgerufen werden.

Zum Postfach: %s

Hinweis: Wird die Stellungnahme nicht fristgerecht abgegeben, werden die Besteuerungsgrundlagen gem\u00e4\u00df \u00a7 162 AO gesch\u00e4tzt.

Mit freundlichen Gr\u00fc\u00dfen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""" % click
    paras = [esc("Sehr geehrte Damen und Herren,"),
             esc("f\u00fcr Ihr Benutzerkonto (Organisationszertifikat, Steuernummer 241/118/52793) wurde ein neuer Verwaltungsakt in Ihrem Postfach bereitgestellt:"),
             "<b>Festsetzung der Umsatzsteuer-Vorauszahlung September 2026 / Anordnung einer Umsatzsteuer-Sonderpr&uuml;fung</b><br>Bereitgestellt am: 10.11.2026",
             esc("Aufgrund einer Abweichung zwischen Ihrer Voranmeldung und den gemeldeten Daten Ihrer Gesch\u00e4ftspartner ist eine Stellungnahme innerhalb von 7 Tagen erforderlich. Der Bescheid kann ausschlie\u00dflich nach erneuter Authentifizierung mit Ihrer Zertifikatsdatei (.pfx) und dem zugeh\u00f6rigen Passwort abgerufen werden.")]
    html = brand_html("Neuer Verwaltungsakt in Ihrem ELSTER-Postfach", paras, button=("Zum ELSTER-Postfach", click),
                      after_button=[esc("Hinweis: Wird die Stellungnahme nicht fristgerecht abgegeben, werden die Besteuerungsgrundlagen gem\u00e4\u00df \u00a7 162 AO gesch\u00e4tzt."),
                                    "Mit freundlichen Gr&uuml;&szlig;en<br>Ihr ELSTER-Team"],
                      footer="Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
                      color="#1d4f91", logo_text="ELSTER &middot; Ihr Online-Finanzamt", lang="de")
    rt = infra.sendgrid(r, t, "elster-nachrichten.de", zone="DE")
    Mail(A, 4, LANG, "elster-phishing-sendgrid", route=rt, frm=("ELSTER - Ihr Online-Finanzamt", "noreply@elster-nachrichten.de"),
         to=[sabine], mail_from="bounces+48213907-4f1a-sabine.gross=example.com@em3941.elster-nachrichten.de",
         subject="Neuer Verwaltungsakt in Ihrem ELSTER-Postfach \u2013 Frist 7 Tage",
         body=alt(txt, html, "utf-8", "base64"), hcs="utf-8", henc="B",
         what="'ELSTER' notice of a new tax assessment / special VAT audit; button to the 'ELSTER mailbox' asks for the .pfx certificate file and its password",
         why="ELSTER does not mail from elster-nachrichten.de via SendGrid and its notices carry no login links; the link (SendGrid click-tracking) ends on a look-alike portal that collects the company's ELSTER certificate and PIN; deadline and estimation threat as pressure (hard negative: business 06).")

    # A05 quishing: fake IT MFA re-registration, QR code, From spoofs it-support@example.com
    t = utc(2026, 10, 20, 6, 31, 2)
    r = rng(A, 5)
    qurl = "https://mfa-erneuerung.examplegroup-login.com/?e=a2F0cmluLnZvZ2VsQGV4YW1wbGUuY29t"
    png = qr.qr_png(qurl, "M", scale=5)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222\">"
            "<table width=\"560\" cellpadding=\"0\" cellspacing=\"0\" style=\"border:1px solid #ddd\"><tr><td style=\"background:#0078d4;color:#fff;padding:14px 20px;font-size:18px\">Microsoft 365 &middot; Example Group</td></tr>"
            "<tr><td style=\"padding:20px\"><p>Hallo Katrin Vogel,</p>"
            "<p>die Registrierung Ihrer Multi-Faktor-Authentifizierung (MFA) l\u00e4uft am <b>23.10.2026</b> ab. "
            "Im Rahmen der Umstellung auf das neue Anmeldeverfahren m\u00fcssen alle Konten erneut best\u00e4tigt werden. "
            "Nicht best\u00e4tigte Konten werden f\u00fcr Outlook, Teams und SharePoint gesperrt.</p>"
            "<p>Bitte scannen Sie den folgenden Code mit der Kamera Ihres <b>Smartphones</b> und folgen Sie den Anweisungen:</p>"
            "<p style=\"text-align:center\"><img src=\"cid:mfa-code-2026\" width=\"185\" height=\"185\" alt=\"QR\"></p>"
            "<p style=\"font-size:12px;color:#555\">Der Code ist 48 Stunden g\u00fcltig und an Ihr Konto gebunden. Bitte nicht weiterleiten.</p>"
            "<p>Vielen Dank<br>Ihr IT-Service</p></td></tr></table></body></html>")
    html = html.replace("</p>", "</p>\n").replace("</tr>", "</tr>\n").replace("<body", "\n<body")
    body = Multi("related", [Text(html, "html", "iso-8859-1", "8bit"),
                             att(png, "image/png", "image001.png", disposition="inline", cid="mfa-code-2026")], None,
                 params=[("type", '"text/html"')])
    rt = infra.exim_cpanel(r, t, "vps2-7841.hostserver-ffm.de", "195.201.84.%d" % 117, "ferienhof-wiesengrund.de",
                           "buchung@ferienhof-wiesengrund.de", zone="DE", ua="phpmailer")
    Mail(A, 5, LANG, "quishing-mfa-qr-spoofed-it", route=rt, frm=("IT-Service Example Group", "it-support@example.com"),
         to=[katrin], mail_from="buchung@ferienhof-wiesengrund.de",
         subject="Aktion erforderlich: MFA-Registrierung l\u00e4uft am 23.10.2026 ab", body=body, hcs="iso-8859-1", henc="Q",
         what="'IT-Service' tells the user her MFA registration expires and shows a QR code to scan with the phone",
         why="From claims it-support@example.com but arrives from outside (compromised holiday-farm site on shared hosting, PHPMailer, envelope sender ferienhof-wiesengrund.de); the QR code leads to examplegroup-login.com with the victim's address encoded, moving the credential phishing to the unprotected phone: quishing (hard negative: business 07).")

    # A06 payroll diversion from free mailer
    t = utc(2026, 11, 16, 18, 42, 55)
    r = rng(A, 6)
    payroll_iban = ids.iban_de("10011001", "672015834")
    txt = """Hallo Frau M\u00fcller,

ich habe zum 1. Dezember meine Bank gewechselt und wollte Sie bitten, mein Gehalt ab der Novemberabrechnung auf mein neues Konto zu \u00fcberweisen:

Kontoinhaber: Sebastian Kr\u00fcger
IBAN: %s
Bank: N26

Das alte Konto bei der Sparkasse l\u00f6se ich diese Woche auf. Schaffen Sie das noch vor dem Lohnlauf am 20.? Ich bin bis Freitag bei Kunden in \u00d6sterreich unterwegs und komme nicht ins Firmennetz bzw. an meine Firmenmails, deshalb schreibe ich Ihnen privat. Telefonisch ist es tags\u00fcber schwierig, am besten einfach kurz per Mail best\u00e4tigen.

Vielen Dank und viele Gr\u00fc\u00dfe
Sebastian Kr\u00fcger""" % ids.iban_fmt(payroll_iban)
    rt = infra.gmail(r, t, zone="DE")
    Mail(A, 6, LANG, "payroll-diversion-gmail", route=rt, frm=("Sebastian Kr\u00fcger", "sebastian.krueger.exgroup@gmail.com"),
         to=[jana], subject="Neue Bankverbindung Gehalt", body=alt(txt, gmail_html(txt), "UTF-8", "quoted-printable", quote_cs=True),
         hcs="UTF-8", henc="B",
         what="'Sebastian Kr\u00fcger' asks HR from a Gmail address to pay his salary to a new N26 account before the payroll run",
         why="Not the employee's known private address (sebastian.krueger@gmx.de, see business 04) but a freshly made Gmail handle; salary account change by e-mail only, before the cut-off, unreachable by phone, excuse for not using the company account: payroll diversion BEC (hard negative: business 04).")

    # A07 fake register offer/invoice via Mailgun, PDF
    t = utc(2026, 10, 8, 9, 3, 19)
    r = rng(A, 7)
    reg_iban = ids.iban_de("10050000", "190437265")
    txt = """Sehr geehrte Damen und Herren,

Ihr Unternehmen Example Group GmbH wurde in das Zentrale Register f\u00fcr Medizinprodukte-Handel und Dentalfachbetriebe (ZRMD) aufgenommen. Die Eintragung dient der \u00dcbersicht f\u00fcr Einkaufsabteilungen von Kliniken, Praxen und Laboren gem\u00e4\u00df Verordnung (EU) 2017/745.

Ihre Registernummer: ZRMD-DE-2026-418273
Leistungszeitraum: 01.11.2026 - 31.10.2027

Die Rechnung Nr. ZR-2026-418273 \u00fcber 1.414,91 EUR (inkl. USt.) finden Sie im Anhang. Bitte begleichen Sie den Betrag innerhalb von 10 Tagen unter Angabe der Registernummer, damit Ihr Eintrag ver\u00f6ffentlicht werden kann.

Mit freundlichen Gr\u00fc\u00dfen
Zentrale Register Medizinprodukte - Verwaltung
"""
    inv = attach.pdf([
        "# ZRMD Zentrales Register Medizinprodukte-Handel & Dentalfachbetriebe",
        "Registerverwaltung \u00b7 Friedrichstra\u00dfe 171 \u00b7 10117 Berlin", "",
        "Example Group GmbH", "S\u00fcdwestpark 40", "90449 N\u00fcrnberg", "",
        "# Rechnung / Eintragungsofferte Nr. ZR-2026-418273", "Datum: 08.10.2026    Registernummer: ZRMD-DE-2026-418273", "",
        "Pos. 1  Eintragung Basisprofil Medizinprodukte-Handel, Laufzeit 12 Monate       1.189,00 EUR",
        "         zzgl. 19 % USt.                                                             225,91 EUR",
        "         Gesamtbetrag                                                                1.414,91 EUR", "",
        "Zahlbar innerhalb von 10 Tagen ohne Abzug auf:", "IBAN " + ids.iban_fmt(reg_iban) + "   BIC BELADEBEXXX", "",
        ("Mit Zahlung des Betrages nehmen Sie unser Angebot zur Eintragung in das ZRMD-Register an. Der Vertrag hat eine Mindestlaufzeit von 36 Monaten und verl\u00e4ngert sich jeweils um weitere 12 Monate, sofern nicht 3 Monate vor Ablauf schriftlich gek\u00fcndigt wird. Das ZRMD ist ein privates Verzeichnis und steht in keiner Verbindung zu Beh\u00f6rden, zur EUDAMED-Datenbank oder zu amtlichen Registern. Es gelten unsere AGB.", 6.5, False),
    ], title="Rechnung ZR-2026-418273", author="ZRMD", producer="dompdf 2.0.4 + CPDF", creator="ZRMD Faktura",
        date="D:20261008110105+02'00'")
    rt = infra.mailgun(r, t, "mg.zrmd-register.de", zone="DE")
    Mail(A, 7, LANG, "fake-register-rechnung-mailgun", route=rt, frm=("ZRMD Registerverwaltung", "rechnung@zrmd-register.de"),
         to=[claudia], mail_from="bounce+8f3c2a.41d7e-claudia.nowak=example.com@mg.zrmd-register.de",
         subject="Eintragung ZRMD-DE-2026-418273 / Rechnung ZR-2026-418273",
         body=mixed(plain(txt, "utf-8", "quoted-printable"), att(inv, "application/pdf", "Rechnung_ZR-2026-418273.pdf")),
         hcs="utf-8", henc="Q",
         what="'Register' for medical-device traders sends an 'entry confirmation' and an invoice for EUR 1,414.91",
         why="Unsolicited directory offer dressed as an invoice, referring to the MDR to look official; the small print makes payment a 36-month contract and admits it is a private directory with no link to EUDAMED or authorities: fake register invoice (directory fraud), bulk-sent via Mailgun.")

    # A08 fake lawyer 'Abmahnung' with password-protected ZIP (ZipCrypto) and .lnk
    t = utc(2026, 11, 17, 8, 14, 27)
    r = rng(A, 8)
    zipdata = attach.zip_zipcrypto([("Beweismaterial_Screenshots_Az-2026-1184.pdf.lnk", attach.PLACEHOLDER)], "1184", r)
    txt = """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns die Fotografin Frau Julia Hensel, Leipzig, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht wird anwaltlich versichert.

Auf Ihrer Internetseite www.example.com werden im Bereich "Produkte / Zirkonoxid" sowie im Labor-Blog insgesamt vier Lichtbilder unserer Mandantin ohne Lizenz \u00f6ffentlich zug\u00e4nglich gemacht (\u00a7 19a UrhG). Die Dokumentation der Verletzungen (Screenshots mit Zeitstempel) und die Lizenznachweise finden Sie in der beigef\u00fcgten Datei. Aus datenschutzrechtlichen Gr\u00fcnden ist das Archiv verschl\u00fcsselt, das Kennwort lautet: 1184

Wir fordern Sie auf,
1. die Nutzung der Lichtbilder unverz\u00fcglich einzustellen,
2. die beigef\u00fcgte strafbewehrte Unterlassungserkl\u00e4rung bis zum 27.11.2026 unterzeichnet zur\u00fcckzusenden und
3. Schadensersatz sowie die Kosten unserer Inanspruchnahme in H\u00f6he von insgesamt 2.780,40 EUR zu zahlen.

Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ohne weitere Ank\u00fcndigung gerichtliche Schritte einzuleiten.

Mit freundlichen Gr\u00fc\u00dfen

Dr. Lorenz Berghoff
Rechtsanwalt
Fachanwalt f\u00fcr Urheber- und Medienrecht

Berghoff Rechtsanw\u00e4lte
K\u00e4the-Kollwitz-Stra\u00dfe 21, 04109 Leipzig
Az.: 2026/1184-BE
"""
    rt = infra.vps_postfix(r, t, "mail.berghoff-rechtsanwaelte.de", "static.132.41.9.5.clients.your-server.de",
                           "5.9.41.132", "berghoff-rechtsanwaelte.de", zone="DE", ua="thunderbird")
    Mail(A, 8, LANG, "abmahnung-fake-anwalt-zip-passwort", route=rt,
         frm=("Rechtsanwalt Dr. Lorenz Berghoff", "kanzlei@berghoff-rechtsanwaelte.de"), to=[claudia],
         subject="Abmahnung wegen Urheberrechtsverletzung - Az. 2026/1184-BE - Frist 27.11.2026",
         body=mixed(plain(txt, "iso-8859-1", "quoted-printable"),
                    att(zipdata, "application/zip", "Beweismaterial_Az-2026-1184.zip")),
         hcs="iso-8859-1", henc="Q",
         what="'Lawyer' sends a copyright cease-and-desist with evidence in a password-protected ZIP (password in the mail)",
         why="Classic German malware lure: legal threat and deadline, 'evidence' in a ZipCrypto archive with the password in the body so scanners cannot look inside; the archive holds a .pdf.lnk shortcut (placeholder here), not a PDF; kanzlei domain on a Hetzner VPS. Fake lawyer + encrypted archive delivery.")

    # ================================================================ BUSINESS
    # B01 genuine invoice from Lieferant GmbH (ERP mail via own server)
    t = utc(2026, 10, 21, 12, 40, 3)
    r = rng(B, 1)
    old = BANK["lieferant_old"][2]
    inv = attach.pdf([
        "# Lieferant GmbH", "Dentalwerkstoffe \u00b7 CAD/CAM-Materialien", "Robert-Bosch-Stra\u00dfe 14 \u00b7 63477 Maintal", "",
        "Example Group GmbH", "Einkauf / Kreditorenbuchhaltung", "S\u00fcdwestpark 40", "90449 N\u00fcrnberg", "",
        "# Rechnung RE-2026-11873",
        "Rechnungsdatum: 21.10.2026   Kunden-Nr.: 10482   Ihre Bestellung: 4500018732 vom 05.10.2026", "Lieferschein: LS-2026-40871 vom 20.10.2026", "",
        "Pos  Art.-Nr.     Bezeichnung                                         Menge   EP (EUR)   GP (EUR)",
        "1    ZR-ML9816A2  Zirkonoxid-Rohling Multilayer 98x16 mm, A2            40     189,50    7.580,00",
        "2    ZR-ML9814A3  Zirkonoxid-Rohling Multilayer 98x14 mm, A3            20     172,00    3.440,00",
        "3    PM-9820CL    PMMA-Rohling 98x20 mm, klar                           25      24,80      620,00",
        "4    AS-MONO380   A-Silikon Abformmaterial monophase, 380 ml Kartusche  12      31,40      376,80",
        "",
        "                                                             Warenwert netto       12.016,80",
        "                                                             Versand/Verpackung       430,00",
        "                                                             Nettobetrag           12.446,80",
        "                                                             zzgl. 19 % USt.        2.364,89",
        "                                                             Rechnungsbetrag       14.811,69", "",
        "Zahlungsbedingungen: 30 Tage netto, 2 % Skonto bei Zahlung innerhalb von 10 Tagen.",
        "Bankverbindung: Commerzbank AG \u00b7 IBAN " + ids.iban_fmt(old) + " \u00b7 BIC COBADEFFXXX", "",
        "Ihre USt-IdNr.: " + VAT["example_de"], ""] + LIEF_FOOT,
        title="Rechnung RE-2026-11873", author="Lieferant GmbH", producer="Sage 100 PDF-Druck", creator="Sage 100 9.0",
        date="D:20261021144002+02'00'")
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 21.10.2026 zu Ihrer Bestellung 4500018732 als PDF-Dokument.

Rechnungsbetrag: 14.811,69 \u20ac
F\u00e4llig: 20.11.2026 (2 % Skonto bis 31.10.2026)

Bitte beachten Sie: Die strukturierte E-Rechnung (XRechnung) wird parallel \u00fcber Ihr Eingangsportal \u00fcbermittelt.

Mit freundlichen Gr\u00fc\u00dfen
Ihre Buchhaltung

Lieferant GmbH
Robert-Bosch-Stra\u00dfe 14 | 63477 Maintal
Tel. +49 6181 4093-120 | rechnungen@lieferant-gmbh.de
Amtsgericht Hanau HRB 9384 | Gesch\u00e4ftsf\u00fchrer: Dr. Werner Lang, Michael Hertel
"""
    rt = infra.smb_postfix(r, t, LIEF_HOST, LIEF_IP, zone="DE", client_ip="10.10.1.20", client_rdns="erp01.lieferant.local",
                           ua="postfix", domain="lieferant-gmbh.de")
    rt.xh = [("X-Mailer", "Sage 100 Mailversand")]
    Mail(B, 1, LANG, "lieferant-rechnung", route=rt, frm=("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-gmbh.de"),
         to=[anna], subject="Rechnung RE-2026-11873 zu Ihrer Bestellung 4500018732",
         body=mixed(plain(txt, "iso-8859-15", "quoted-printable"), att(inv, "application/pdf", "RE-2026-11873.pdf")),
         hcs="iso-8859-15", henc="Q",
         what="Invoice RE-2026-11873 from Lieferant GmbH accounting for zirconia/PMMA blanks, PDF",
         why="Genuine: supplier's own mail server and ERP, known address rechnungen@lieferant-gmbh.de, matches PO 4500018732, bank account unchanged (Commerzbank) and no unusual request. Hard negative of attacks 02 and 03.")

    # B02 genuine bank-detail change, properly announced
    t = utc(2026, 11, 24, 9, 5, 44)
    r = rng(B, 2)
    new = BANK["lieferant_new"][2]
    txt = """Sehr geehrte Frau Sch\u00e4fer,

wie bereits telefonisch mit Herrn R\u00f6der besprochen, wechseln wir zum Jahreswechsel unsere Hausbank. Das offizielle Schreiben unserer Gesch\u00e4ftsf\u00fchrung (unterschrieben von beiden Gesch\u00e4ftsf\u00fchrern) finden Sie im Anhang; es geht Ihnen zus\u00e4tzlich per Post zu.

Neue Bankverbindung ab 01.01.2027:
Frankfurter Volksbank Rhein/Main eG
IBAN %s
BIC FFVBDEFFXXX

Wichtig:
- Bis zum 31.12.2026 zahlen Sie bitte wie gewohnt auf unser Konto bei der Commerzbank.
- Das Commerzbank-Konto bleibt bis mindestens 31.03.2027 bestehen; versehentliche Zahlungen gehen also nicht verloren.
- Bitte verifizieren Sie die \u00c4nderung vor der Umstellung telefonisch \u00fcber die Ihnen bekannte Rufnummer unserer Buchhaltung (06181 4093-120) und nicht \u00fcber Kontaktdaten aus einer E-Mail.
- Wir werden Sie niemals per E-Mail bitten, f\u00e4llige Zahlungen vorzuziehen oder auf ein anderes Konto umzuleiten.

Vielen Dank f\u00fcr Ihre Unterst\u00fctzung.

""" % ids.iban_fmt(new) + SIG_LANG
    letter = attach.pdf([
        "# Lieferant GmbH", "Robert-Bosch-Stra\u00dfe 14 \u00b7 63477 Maintal", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "S\u00fcdwestpark 40", "90449 N\u00fcrnberg", "",
        "Maintal, 23.11.2026", "",
        "# \u00c4nderung unserer Bankverbindung zum 01.01.2027", "",
        "Sehr geehrte Gesch\u00e4ftspartner,", "",
        "zum 01.01.2027 b\u00fcndeln wir unseren Zahlungsverkehr bei der Frankfurter Volksbank Rhein/Main eG. Ab diesem Datum bitten wir um Zahlung auf:",
        "", "Frankfurter Volksbank Rhein/Main eG", "IBAN " + ids.iban_fmt(new), "BIC FFVBDEFFXXX", "",
        "Unser bisheriges Konto bei der Commerzbank AG (IBAN " + ids.iban_fmt(old) + ") bleibt bis zum 31.03.2027 bestehen. Bitte pr\u00fcfen Sie diese Mitteilung telefonisch unter der Ihnen bekannten Rufnummer 06181 4093-120.",
        "", "Mit freundlichen Gr\u00fc\u00dfen", "", "Dr. Werner Lang                    Michael Hertel", "Gesch\u00e4ftsf\u00fchrer                      Gesch\u00e4ftsf\u00fchrer", "", ""] + LIEF_FOOT,
        title="Bankverbindung 2027", author="Lieferant GmbH", date="D:20261123161207+01'00'")
    rt = lief_route(r, t, ua="outlook16")
    Mail(B, 2, LANG, "lieferant-bankwechsel-echt", route=rt, frm=("Petra Lang", "p.lang@lieferant-gmbh.de"),
         to=[anna], cc=[martin, ("Stefan Maier", "s.maier@lieferant-gmbh.de")],
         subject="Lieferant GmbH \u2013 neue Bankverbindung ab 01.01.2027 (bitte telefonisch verifizieren)",
         body=mixed(alt(txt, outlook_html(txt), "windows-1252", "quoted-printable"),
                    att(letter, "application/pdf", "Lieferant_GmbH_Bankverbindung_2027.pdf")),
         hcs="windows-1252", henc="Q",
         what="Lieferant GmbH announces its new house bank from 1 Jan 2027 with a signed letter; asks for phone verification",
         why="Genuine: real domain and mail server with the usual Outlook client, announced weeks ahead, old account stays open, asks the customer to verify by phone via the known number and explicitly not to change pending payments; procurement already informed by phone. Hard negative of attack 02.")

    # B03 CEO's genuine urgent payment request (internal relay)
    t = utc(2026, 11, 4, 10, 38, 15)
    r = rng(B, 3)
    txt = """Hallo Sabine,

die Koelnmesse hat uns gestern die Rechnung f\u00fcr die Standfl\u00e4che IDS 2027 (Halle 10.2, 96 m\u00b2) geschickt, die Anzahlung von 38.420,00 EUR ist laut Teilnahmebedingungen heute f\u00e4llig. Wenn der Zahlungseingang nicht bis Freitag bei der Messe ist, verlieren wir die Eckplatzierung, die wir seit 2023 haben.

Claudia hat die Rechnung gestern an kreditoren@ weitergeleitet, sie liegt im DMS unter Beleg 2026-DMS-48812. Das Budget ist im Messeetat 2027 enthalten (Beschluss der Gesch\u00e4ftsf\u00fchrung vom 14.09.). Bitte lass die Zahlung heute noch ganz normal \u00fcber die Zahlungsfreigabe laufen (Vier-Augen-Prinzip, Anna bereitet vor), die Bankverbindung der Koelnmesse ist im Kreditorenstamm hinterlegt.

Ich bin bis 15 Uhr beim Kunden in F\u00fcrth, danach im B\u00fcro \u2013 ruf mich an, falls etwas unklar ist.

Danke und Gru\u00df
Thomas

Dr. Thomas K\u00f6hler
Gesch\u00e4ftsf\u00fchrer

Example Group GmbH
S\u00fcdwestpark 40 | 90449 N\u00fcrnberg
T +49 911 598470-100 | thomas.koehler@example.com
Amtsgericht N\u00fcrnberg HRB 34567 | USt-IdNr. %s
""" % VAT["example_de"]
    txt_l1 = txt.replace("\u2013", "-")
    rt = infra.internal(r, t, sender_ip="10.20.4.57")
    Mail(B, 3, LANG, "ceo-dringende-zahlung-ids-intern", route=rt, frm=thomas, to=[sabine], cc=[claudia, anna],
         subject="Dringend: Anzahlung Standfl\u00e4che IDS 2027 heute freigeben",
         body=alt(txt_l1, outlook_html(txt_l1), "iso-8859-1", "quoted-printable"), hcs="iso-8859-1", henc="Q",
         what="CEO asks the CFO to release today the deposit for the IDS 2027 trade-fair stand (EUR 38,420)",
         why="Genuine: comes from Exchange via the internal relay mail-int01, refers to the invoice in the DMS and an approved budget, explicitly uses the normal four-eyes payment release and the payee already in the vendor master, invites a phone call; urgency is real (trade-fair deadline). Hard negative of attack 01.")

    # B04 colleague from private GMX: sick leave
    t = utc(2026, 11, 9, 5, 52, 30)
    r = rng(B, 4)
    txt = """Guten Morgen Frau M\u00fcller,

ich muss mich leider krank melden: Ich habe seit gestern Abend hohes Fieber und war eben schon beim Bereitschaftsarzt. Ich bin voraussichtlich bis einschlie\u00dflich Mittwoch krankgeschrieben, die eAU wird von der Praxis direkt an die Krankenkasse \u00fcbermittelt.

Ich schreibe von meiner privaten Adresse, weil der Laptop noch im Auto liegt und ich heute keinen Fu\u00df vor die T\u00fcr setze. Katrin wei\u00df Bescheid und sagt meine Termine bei Dentallabor Kessler und in Erlangen ab.

Viele Gr\u00fc\u00dfe
Sebastian Kr\u00fcger"""
    rt = infra.gmx(r, t, brand="gmx", zone="DE")
    Mail(B, 4, LANG, "krankmeldung-private-gmx", route=rt, frm=("Sebastian Kr\u00fcger", "sebastian.krueger@gmx.de"),
         to=[jana], cc=[katrin], subject="Krankmeldung heute bis Mittwoch",
         body=plain(txt, "UTF-8", "quoted-printable", quote_cs=False), hcs="UTF-8", henc="Q",
         what="Sales rep reports sick from his private GMX address, eAU sent electronically, colleague informed",
         why="Genuine: the employee's long-known private address (stored in HR file), nothing is requested except noting the absence; no bank data, no links, manager in Cc. Hard negative of attack 06.")

    # B05 urgent dunning letter with supply stop
    t = utc(2026, 12, 3, 7, 15, 22)
    r = rng(B, 5)
    txt = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 24.11.2026 konnten wir zu folgender Rechnung noch keinen Zahlungseingang feststellen:

Rechnung RE-2026-11873 vom 21.10.2026, f\u00e4llig am 20.11.2026: 14.811,69 \u20ac

Wir bitten Sie, den offenen Betrag bis sp\u00e4testens 09.12.2026 auf unser bekanntes Konto bei der Commerzbank AG (IBAN %s) zu \u00fcberweisen. Sollte bis dahin kein Zahlungseingang erfolgen, m\u00fcssen wir Ihr Kundenkonto ab dem 10.12.2026 leider f\u00fcr weitere Lieferungen sperren; Auftr\u00e4ge aus Ihren offenen Bestellungen werden dann bis zum Ausgleich zur\u00fcckgehalten.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Fragen zum Kontoauszug erreichen Sie uns unter 06181 4093-120.

Mit freundlichen Gr\u00fc\u00dfen
Ihre Buchhaltung

Lieferant GmbH
Robert-Bosch-Stra\u00dfe 14 | 63477 Maintal
Amtsgericht Hanau HRB 9384 | Gesch\u00e4ftsf\u00fchrer: Dr. Werner Lang, Michael Hertel
""" % ids.iban_fmt(old)
    mahn = attach.pdf(["# Lieferant GmbH", "", "Example Group GmbH, S\u00fcdwestpark 40, 90449 N\u00fcrnberg", "",
                       "# 2. Mahnung", "Datum: 03.12.2026   Kunden-Nr.: 10482", "",
                       "Rechnung       Datum        F\u00e4llig       Betrag (EUR)   Mahnstufe",
                       "RE-2026-11873  21.10.2026   20.11.2026     14.811,69      2", "",
                       "Bitte \u00fcberweisen Sie den offenen Betrag bis 09.12.2026. Ab 10.12.2026 Liefersperre.",
                       "Commerzbank AG \u00b7 IBAN " + ids.iban_fmt(old) + " \u00b7 BIC COBADEFFXXX", ""] + LIEF_FOOT,
                      title="Mahnung", author="Lieferant GmbH", producer="Sage 100 PDF-Druck", creator="Sage 100 9.0",
                      date="D:20261203081500+01'00'")
    rt = infra.smb_postfix(r, t, LIEF_HOST, LIEF_IP, zone="DE", client_ip="10.10.1.20", client_rdns="erp01.lieferant.local",
                           ua="postfix", domain="lieferant-gmbh.de")
    rt.xh = [("X-Mailer", "Sage 100 Mailversand")]
    Mail(B, 5, LANG, "lieferant-mahnung-liefersperre", route=rt, frm=("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-gmbh.de"),
         to=[anna], cc=[martin], subject="2. Mahnung - Rechnung RE-2026-11873 - Liefersperre ab 10.12.2026",
         body=mixed(plain(txt, "iso-8859-15", "8bit"), att(mahn, "application/pdf", "Mahnung_10482_2026-12-03.pdf")),
         hcs="iso-8859-15", henc="Q",
         what="Second reminder for invoice RE-2026-11873 with threat of a supply stop from 10 Dec",
         why="Genuine: same ERP sender and server as the invoice, amount and invoice match business 01, payment to the known Commerzbank account, phone number as usual; firm tone is normal dunning, not fraud.")

    # B06 genuine ELSTER notice (no links)
    t = utc(2026, 11, 12, 14, 2, 51)
    r = rng(B, 6)
    txt = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto bei "Mein ELSTER" liegen neue Informationen zu Ihren Steuerangelegenheiten vor.

Art der Information: Bescheiddaten
Steuernummer: 241/118/52793
Bereitgestellt am: 12.11.2026

Bitte melden Sie sich wie gewohnt \u00fcber die Internetseite von "Mein ELSTER" an, um die Daten abzurufen.

Bitte beachten Sie: Aus Sicherheitsgr\u00fcnden enthalten E-Mails von "Mein ELSTER" keine Links und keine Anh\u00e4nge. Sie werden niemals aufgefordert, Ihre Zertifikatsdatei oder Ihr Passwort per E-Mail oder \u00fcber einen Link zu \u00fcbermitteln.

Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail k\u00f6nnen nicht bearbeitet werden.

Ihr ELSTER-Team
"""
    inner = ["from elster-app-mail%02d.elster.de (elster-app-mail%02d.elster.de [10.64.%d.%d])\n\tby mx2.elster.de (Postfix) with ESMTP id %s\n\tfor <sabine.gross@example.com>; %s" % (
        4, 4, r.randrange(0, 255), r.randrange(1, 254), infra.postfix_short_qid(r), rfcdate(t, "DE", comment=True))]
    rt = infra.generic_mta(r, t, "mx2.elster.de", "mx2.elster.de", "193.109.238.%d" % 52, "elster.de", "DE", inner=inner, ua="postfix")
    Mail(B, 6, LANG, "elster-bescheiddaten-echt", route=rt, frm=("Mein ELSTER", "noreply@elster.de"), to=[sabine],
         subject="Neue Informationen in Ihrem Benutzerkonto bei Mein ELSTER",
         body=plain(txt, "UTF-8", "8bit"), hcs="UTF-8", henc="Q",
         what="ELSTER notification that new assessment data are available in the company's account",
         why="Genuine style: no link, no attachment, tells the user to log in the usual way and warns against certificate requests; sent from elster.de's own mail system. Hard negative of attack 04.")

    # B07 internal IT notice with a genuine QR code (app download)
    t = utc(2026, 11, 2, 8, 0, 9)
    r = rng(B, 7)
    qurl = "https://aka.ms/authapp"
    png = qr.qr_png(qurl, "M", scale=4)
    txt = """Liebe Kolleginnen und Kollegen,

bis zum 30.11.2026 stellen wir die Anmeldung an Microsoft 365 f\u00fcr alle Standorte auf den Microsoft Authenticator mit Nummernabgleich um. SMS-Codes werden danach nicht mehr unterst\u00fctzt.

So gehen Sie vor:
1. Installieren Sie die App \u201eMicrosoft Authenticator\u201c aus dem App Store bzw. Google Play (der QR-Code unten f\u00fchrt nur zur offiziellen Download-Seite aka.ms/authapp).
2. Melden Sie sich am Firmen-PC im B\u00fcro oder per VPN an und \u00f6ffnen Sie im Browser selbst die Seite https://aka.ms/mysecurityinfo.
3. W\u00e4hlen Sie \u201eAnmeldemethode hinzuf\u00fcgen\u201c und folgen Sie den Schritten.

Wichtig: Die IT schickt Ihnen niemals QR-Codes oder Links, \u00fcber die Sie sich anmelden sollen, und fragt nie nach Ihrem Passwort. Erhalten Sie eine solche Nachricht, leiten Sie sie bitte als Anlage an it-support@example.com weiter.

Bei Fragen: Durchwahl -444 oder Ticket im Service-Portal.

Viele Gr\u00fc\u00dfe
Lukas Hoffmann
IT-Sicherheit | Example Group GmbH
"""
    html = outlook_html(txt).replace("<p class=\"MsoNormal\">Wichtig:",
                                     '<p class="MsoNormal"><img width="148" height="148" src="cid:image001.png@01DD0C2B.5E3A4F10" alt="QR-Code Microsoft Authenticator Download"><o:p></o:p></p>\n<p class="MsoNormal">Wichtig:')
    body = Multi("alternative", [Text(txt, "plain", "utf-8", "base64"),
                                 Multi("related", [Text(html, "html", "utf-8", "base64"),
                                                   att(png, "image/png", "image001.png", disposition="inline", cid="image001.png@01DD0C2B.5E3A4F10")],
                                       None, params=[("type", '"text/html"')])], None)
    rt = infra.internal(r, t, sender_ip="10.20.3.14")
    Mail(B, 7, LANG, "it-hinweis-authenticator-qr-intern", route=rt, frm=lukas,
         to=[("Alle Mitarbeitenden DE", "alle-de@example.com")], rcpt=katrin[1],
         subject="IT-Hinweis: Umstellung auf Microsoft Authenticator bis 30.11.2026", body=body, hcs="utf-8", henc="B",
         what="Internal IT notice about the switch to Microsoft Authenticator; includes a QR code to the official app download page",
         why="Genuine: from the IT security admin via Exchange and the internal relay to a distribution list; the QR code only points to aka.ms/authapp (Microsoft's download redirect), users are told to open the security-info page themselves and to report mails with login QR codes. Hard negative of attack 05.")

    # B08 subscribed newsletter from Lieferant GmbH via CleverReach
    t = utc(2026, 11, 12, 9, 0, 0)
    r = rng(B, 8)
    unsub = "https://seu2.cleverreach.com/rmftlp.php?cid=219873&mid=8412279&h=1-3f0a1d77b2c4e9a1-8c1e"
    txt = """Lieferant GmbH - Newsletter November 2026

Guten Tag Herr R\u00f6der,

neu im Sortiment: LG Multilayer-Zirkon 5Y-TZP
Unser neues Multilayer-Zirkonoxid mit nat\u00fcrlichem Farbverlauf in 16 VITA-Farben ist ab sofort in den H\u00f6hen 14, 18 und 22 mm lieferbar. Einf\u00fchrungsrabatt 10 %% bis 18.12.2026.

IDS 2027 in K\u00f6ln, 16.-20. M\u00e4rz 2027
Besuchen Sie uns in Halle 10.1. Terminvereinbarung \u00fcber Ihren Au\u00dfendienst oder https://www.lieferant-gmbh.de/ids2027

Lieferzeiten zum Jahreswechsel
Letzte Auslieferung 2026: 22.12.2026. Ab 04.01.2027 liefern wir wieder wie gewohnt.

Sie erhalten diesen Newsletter, weil Sie sich am 14.03.2025 angemeldet haben.
Abmelden: %s

Lieferant GmbH, Robert-Bosch-Stra\u00dfe 14, 63477 Maintal, Amtsgericht Hanau HRB 9384
""" % unsub
    paras = ["Guten Tag Herr R&ouml;der,",
             "<b>Neu im Sortiment: LG Multilayer-Zirkon 5Y-TZP</b><br>Unser neues Multilayer-Zirkonoxid mit nat&uuml;rlichem Farbverlauf in 16 VITA-Farben ist ab sofort in den H&ouml;hen 14, 18 und 22&nbsp;mm lieferbar. Einf&uuml;hrungsrabatt 10&nbsp;% bis 18.12.2026.",
             "<b>IDS 2027 in K&ouml;ln, 16.&ndash;20. M&auml;rz 2027</b><br>Besuchen Sie uns in Halle 10.1. Terminvereinbarung &uuml;ber Ihren Au&szlig;endienst.",
             "<b>Lieferzeiten zum Jahreswechsel</b><br>Letzte Auslieferung 2026: 22.12.2026. Ab 04.01.2027 liefern wir wieder wie gewohnt."]
    html = brand_html("Newsletter November 2026", paras, button=("Zum Produkt", "https://seu2.cleverreach.com/c/83640192/3f0a1d77b2c4-t2k9q1"),
                      footer="Sie erhalten diesen Newsletter, weil Sie sich am 14.03.2025 angemeldet haben. <a href=\"%s\">Abmelden</a><br>Lieferant GmbH &middot; Robert-Bosch-Stra&szlig;e 14 &middot; 63477 Maintal &middot; Amtsgericht Hanau HRB 9384" % esc(unsub),
                      color="#00607a", logo_text="Lieferant GmbH", lang="de")
    rt = infra.cleverreach(r, t)
    Mail(B, 8, LANG, "newsletter-lieferant-cleverreach", route=rt, frm=("Lieferant GmbH", "newsletter@news.lieferant-gmbh.de"),
         to=[martin], mail_from="bounce-219873-8412279-martin.roeder=example.com@bounce.crsend.com",
         subject="Neu: Multilayer-Zirkon 5Y-TZP & Ihre Termine zur IDS 2027",
         extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-219873-8412279@crsend.com>" % unsub),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
         body=alt(txt, html, "utf-8", "quoted-printable"), hcs="utf-8", henc="Q",
         what="Subscribed supplier newsletter (new zirconia product, IDS 2027, holiday delivery times) via CleverReach",
         why="Genuine bulk mail: subscribed list, CleverReach infrastructure, List-Unsubscribe with one-click, links only to the ESP tracker and the supplier's own site, no credential or payment request.")
