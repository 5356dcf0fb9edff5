"""German attack messages (8)."""

from common import utc, iban_fmt
from kit import (S, M, ACC, ID, plain, alt, with_atts, alt_related, pdf_att, b64, sig)
from mime import attachment, html_branded, html_simple, text, multipart, plain_of, fill_charset
from attach import pdf, zip_crypto, PLACEHOLDER
from media import qr_part, svg_lure
from infra import privateemail, vps_postfix, m365_consumer, exim_cpanel, gmx, mailgun, ses

ATTACKS = []

# ---------------------------------------------------------------------------
# 1. CEO fraud from a look-alike domain, to the CFO
# ---------------------------------------------------------------------------
ceo_txt = """Hallo Susanne,

bist Du heute noch bis 18 Uhr im Haus? Ich brauche Dich kurzfristig für eine vertrauliche Sache.

Wie Du weißt, sprechen wir seit dem Sommer mit mehreren Craft-Brauereien über eine Beteiligung. Mit der Cervejaria do Vale in Porto sind wir uns jetzt handelseinig, der Letter of Intent ist gestern Abend unterschrieben worden. Bis zur Unterzeichnung des Kaufvertrags darf nichts nach außen dringen – bitte auch nicht mit Jürgen oder der Kreditorenbuchhaltung darüber sprechen, die Buchung erklären wir nach dem Closing sauber.

Für die Exklusivitätsphase ist heute noch eine Anzahlung von 186.400,00 EUR auf das Treuhandkonto der portugiesischen Kanzlei fällig, die uns vor Ort begleitet:

Kontoinhaber: Ribeiro & Associados – Sociedade de Advogados (conta cliente)
Bank: Millennium BCP, Porto
IBAN: %s
BIC: BCOMPTPL
Verwendungszweck: ESCROW CDV-2026-0417

Bitte als Eilüberweisung (SEPA Instant) ausführen und mir danach den Zahlungsbeleg als PDF schicken. Dr. Ana Ribeiro meldet sich morgen früh mit dem Treuhandschreiben bei Dir.

Ich sitze den ganzen Nachmittag in den Verhandlungen und kann nicht telefonieren – bitte nur per Mail antworten.

Danke Dir, ich weiß das sehr zu schätzen.

Klaus

Von meinem iPhone gesendet
""" % iban_fmt(ACC["ceo_fraud_pt"])

ATTACKS.append(M(
    id="A-de-ceo", lang="de", slug="ceo-fraud-vertrauliche-anzahlung",
    t=utc(2026, 10, 15, 15, 47, 12),
    frm=("Klaus Wegener", "klaus.wegener@examplegroup-eu.com"),
    to=[S["cfo"].nm()],
    subject="Vertraulich – Projekt Douro / Anzahlung heute",
    transport=privateemail(client_ip="102.89.34.201"), mua="openxchange", date_zone="+0100",
    body=plain(ceo_txt, cs="utf-8", cte="quoted-printable"),
    lookalikes=["examplegroup-eu.com"],
    what="CEO fraud: 'Klaus Wegener' asks the CFO for an urgent confidential SEPA-instant escrow payment of EUR 186,400 to a Portuguese account for an acquisition.",
    why="Sender domain examplegroup-eu.com is a look-alike of examplegroup.eu, sent via Namecheap Private Email from a Nigerian client IP with a +0100 Date while Germany is on CEST; secrecy (do not tell AP), urgency, 'cannot call, reply by mail only', foreign escrow account – classic BEC."))

# ---------------------------------------------------------------------------
# 2. Supplier bank-detail change from a look-alike domain
# ---------------------------------------------------------------------------
lief_txt = """Sehr geehrte Damen und Herren,

im Zuge der Zusammenführung unseres Zahlungsverkehrs im Rahmen der Konzernfinanzierung wird unsere bisherige Bankverbindung bei der Sparkasse Forchheim zum 31.10.2026 aufgelöst. Zahlungen auf das alte Konto werden ab diesem Zeitpunkt von der Bank zurückgewiesen.

Bitte nehmen Sie ab sofort – auch für die bereits offenen Rechnungen – ausschließlich Zahlungen auf folgende Bankverbindung vor:

Kontoinhaber: Lieferant GmbH
Bank: Paysera LT, UAB
IBAN: %s
BIC: EVIULT2VXXX

Derzeit offen sind bei Ihnen:
RE-2026-11873 vom 02.10.2026 über 14.280,60 EUR (Braumalz Pilsner, 24 t)
RE-2026-11902 vom 07.10.2026 über 8.912,00 EUR (Kronkorken 26 mm, CO2)

Die schriftliche Mitteilung unserer Geschäftsführung finden Sie im Anhang. Wir bitten Sie, die Änderung kurz per Rückantwort auf diese E-Mail zu bestätigen, damit wir sie in unserer Debitorenbuchhaltung vermerken können. Aufgrund der Umstellung sind wir telefonisch in dieser Woche nur eingeschränkt erreichbar.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Debitorenmanagement

Lieferant GmbH
Brauereibedarf – Malz, Hopfen, Verschlüsse, CO2
Äußere Nürnberger Straße 62, 91301 Forchheim
Tel. +49 9191 7020-0
Geschäftsführer: Dipl.-Ing. Hans-Peter Gruber
Amtsgericht Bamberg HRB 2207 | USt-IdNr. %s
""" % (iban_fmt(ACC["lief_fraud"]), ID["lief_ustid"])

lief_pdf = pdf([[("Lieferant GmbH", 16, True), "Brauereibedarf – Malz, Hopfen, Verschlüsse, CO2",
                 "Äußere Nürnberger Straße 62, 91301 Forchheim", ("", 0, False),
                 "An unsere Kunden", ("", 0, False),
                 ("Mitteilung über die Änderung unserer Bankverbindung", 12, True), ("", 0, False),
                 "Forchheim, 19.10.2026", ("", 0, False),
                 "Sehr geehrte Damen und Herren,",
                 "hiermit teilen wir Ihnen mit, dass unsere Bankverbindung bei der Sparkasse Forchheim",
                 "zum 31.10.2026 aufgelöst wird. Bitte leisten Sie alle Zahlungen ab sofort auf:",
                 ("", 0, False),
                 "Kontoinhaber: Lieferant GmbH",
                 "Bank: Paysera LT, UAB, Vilnius",
                 "IBAN: " + iban_fmt(ACC["lief_fraud"]),
                 "BIC: EVIULT2VXXX", ("", 0, False),
                 "Mit freundlichen Grüßen", ("", 0, False),
                 "Hans-Peter Gruber, Geschäftsführer"]],
               title="Bankverbindung", author="Buchhaltung", producer="Microsoft: Print To PDF", creator="",
               created="20261019140311+02'00'")

ATTACKS.append(M(
    id="A-de-lief", lang="de", slug="lieferant-bankverbindung-lookalike",
    t=utc(2026, 10, 19, 14, 22, 40),
    frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmhb.de"),
    to=[S["ap1"].nm()], cc=[S["ap2"].nm()],
    subject="Änderung unserer Bankverbindung – bitte ab sofort beachten",
    transport=vps_postfix("mail.lieferant-gmhb.de", "194.58.112.174", rdns="vds-cc61294.timeweb.ru", client_ip="185.107.56.201"),
    mua="roundcube", hdr_cs="windows-1252",
    body=with_atts(plain(lief_txt, cs="windows-1252", cte="quoted-printable"),
                   [pdf_att(lief_pdf, "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")]),
    lookalikes=["lieferant-gmhb.de"],
    what="Supplier bank-detail change 'from Lieferant GmbH accounting' listing two real-looking open invoices and a new Lithuanian IBAN (Paysera), with a PDF letter.",
    why="Domain lieferant-gmhb.de is a typo-squat of lieferant-gmbh.de, sent from a Russian VPS (Timeweb) with Roundcube; a Forchheim supplier suddenly banking with a Lithuanian payment institution; asks to confirm by replying, discourages phone calls – supplier-impersonation BEC."))

# ---------------------------------------------------------------------------
# 3. Payroll diversion from a private Outlook.com address
# ---------------------------------------------------------------------------
pay_txt = """Hallo Frau Krüger,

ich habe zum 1. Dezember mein Gehaltskonto gewechselt (die Sparkasse hat die Kontoführungsgebühren schon wieder erhöht). Könnten Sie bitte für die Dezember-Abrechnung schon die neue Bankverbindung hinterlegen?

Kontoinhaberin: Anja Lindner
Bank: N26
IBAN: %s

Ich schreibe Ihnen von meiner privaten Adresse, weil ich diese Woche durchgehend bei Kunden in der Fränkischen Schweiz unterwegs bin und das Firmen-Outlook auf meinem Handy seit dem Update nicht mehr synchronisiert. Telefonisch bin ich wegen der Termine schlecht zu erreichen, eine kurze Bestätigung per Mail reicht mir völlig.

Vielen Dank und viele Grüße
Anja Lindner
Vertrieb Gastronomie
""" % iban_fmt(ACC["payroll_fraud"])

pay_html = html_simple(pay_txt, font="Aptos, Calibri, Helvetica, sans-serif", size="12pt")

ATTACKS.append(M(
    id="A-de-payroll", lang="de", slug="gehaltskonto-aenderung-privatadresse",
    t=utc(2026, 11, 18, 6, 12, 33),
    frm=("Anja Lindner", "anja.lindner.privat@outlook.de"),
    to=[S["hr"].nm()],
    subject="Neue Bankverbindung für Gehalt ab Dezember",
    transport=m365_consumer(), mua="m365", hdr_cs="iso-8859-1",
    body=alt(pay_txt, pay_html, cs="iso-8859-1", cte="quoted-printable"),
    what="Payroll diversion: 'Anja Lindner' (sales) asks HR from a private Outlook.com address to switch her salary account to an N26 IBAN before the December payroll run.",
    why="Bank change for payroll requested by e-mail from an unverified free-mail address instead of the HR self-service/signed form, sender avoids phone contact and asks only for mail confirmation, timed before the payroll cut-off – payroll-diversion BEC (the real employee never wrote)."))

# ---------------------------------------------------------------------------
# 4. Customs / beer tax (Zoll-Portal) credential phishing via compromised host
# ---------------------------------------------------------------------------
zoll_url = "https://zoll-portal.de-bmf-anmeldung.com/portal/login?ref=BStA-2026-10&uid=" + b64(S["cfo"].addr)
zoll_txt = """Benachrichtigung aus dem Zoll-Portal

Sehr geehrte Damen und Herren,

zu Ihrer Steueranmeldung für Bier für den Monat Oktober 2026 (Verbrauchsteuernummer DE00871406600, Steuerlager Bamberg) liegt eine Rückfrage des Hauptzollamts Nürnberg vor. Die angemeldete Menge weicht von den im Steuerlagerbuch gemeldeten Entnahmen um 412,6 hl ab.

Bitte melden Sie sich bis spätestens 16.11.2026 im Zoll-Portal an und laden Sie die angeforderten Nachweise (Abfüllprotokolle, Lieferscheine) im Postfach Ihres Unternehmenskontos hoch:

[[Zum Zoll-Portal – Nachricht abrufen|%s]]

Erfolgt bis zum genannten Datum keine Stellungnahme, wird die Biersteuer nach § 14 BierStG von Amts wegen festgesetzt; ein Verspätungszuschlag kann erhoben werden.

Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.

Generalzolldirektion – Zoll-Portal
Hauptzollamt Nürnberg, Sachgebiet B (Verbrauchsteuern)
""" % zoll_url

zoll_html = html_branded(
    "Neue Nachricht in Ihrem Postfach",
    ["Sehr geehrte Damen und Herren,",
     "zu Ihrer Steueranmeldung für Bier für den Monat Oktober 2026 (Verbrauchsteuernummer DE00871406600, Steuerlager Bamberg) liegt eine Rückfrage des Hauptzollamts Nürnberg vor. Die angemeldete Menge weicht von den im Steuerlagerbuch gemeldeten Entnahmen um 412,6 hl ab.",
     "Bitte melden Sie sich bis spätestens 16.11.2026 im Zoll-Portal an und laden Sie die angeforderten Nachweise (Abfüllprotokolle, Lieferscheine) im Postfach Ihres Unternehmenskontos hoch."],
    button=("Nachricht im Zoll-Portal abrufen", zoll_url),
    after_button=["Erfolgt bis zum genannten Datum keine Stellungnahme, wird die Biersteuer nach § 14 BierStG von Amts wegen festgesetzt; ein Verspätungszuschlag kann erhoben werden."],
    footer="Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.\nGeneralzolldirektion – Zoll-Portal | Hauptzollamt Nürnberg, Sachgebiet B (Verbrauchsteuern)",
    brand="#003064", logo_text="ZOLL", lang="de")

ATTACKS.append(M(
    id="A-de-zoll", lang="de", slug="zoll-portal-biersteuer-rueckfrage",
    t=utc(2026, 11, 10, 8, 3, 51),
    frm=("Zoll-Portal | Hauptzollamt Nürnberg", "benachrichtigung@ferienhaus-ostseeblick-zingst.de"),
    to=[S["cfo"].nm()], cc=[S["qa"].nm()],
    subject="Rückfrage zur Steueranmeldung Bier 10/2026 – Stellungnahme bis 16.11.2026",
    transport=exim_cpanel("srv12.webhost-nordost.de", "85.215.33.142", "45.133.1.77", zone="+0100"),
    mua="phpmailer",
    body=alt(zoll_txt, zoll_html, cs="utf-8", cte="base64", link="angle"),
    lookalikes=["de-bmf-anmeldung.com"],
    what="Credential phishing posing as the German customs portal: a query about the October beer-tax return (Biersteuer) with a 'retrieve message' button.",
    why="Sent through a compromised holiday-flat website's cPanel server with PHPMailer, From address on that unrelated domain; link goes to zoll-portal.de-bmf-anmeldung.com (not zoll-portal.de) carrying the recipient's address; fake deadline and penalty threat."))

# ---------------------------------------------------------------------------
# 5. DocuSign lure with an SVG attachment
# ---------------------------------------------------------------------------
svg_url = "https://nordglas-vertrag.docu-sign-eu.com/envelope/7c41e2d0?u=" + b64(S["proc"].addr)
svg = svg_lure("Rahmenvertrag Mehrweg-Glas 2027 – Nordglas Behälterglas GmbH",
               ["Dokument: Rahmenvertrag_Mehrwegglas_2027.pdf (3 Seiten)",
                "Absender: Martina Kessler, Nordglas Behälterglas GmbH",
                "Status: Warten auf Ihre Unterschrift",
                "Aus Sicherheitsgründen wird die Vorschau erst nach der Bestätigung",
                "Ihrer geschäftlichen E-Mail-Adresse angezeigt."],
               "DOKUMENT PRÜFEN", svg_url, brand="#4c00ff", logo="Docusign")
ds_txt = """Martina Kessler hat Ihnen ein Dokument zur Prüfung und Unterschrift gesendet.

Rahmenvertrag Mehrweg-Glas 2027

Bitte öffnen Sie die angehängte sichere Vorschau (Rahmenvertrag_Mehrwegglas_2027.svg), um das Dokument anzuzeigen und elektronisch zu unterzeichnen. Die Vorschau funktioniert in jedem Browser.

Nachricht von Martina Kessler:
Guten Tag Herr Weiß, anbei wie besprochen der Rahmenvertrag für 2027 inkl. der neuen Staffelpreise für die 0,33 l Longneck. Bitte bis Freitag zurück, damit wir die Kapazitäten für Q1 reservieren können.

Diese Nachricht wurde über Docusign gesendet. Geben Sie diese E-Mail nicht weiter.
"""
ds_html = html_branded("Rahmenvertrag Mehrweg-Glas 2027",
                       ["Martina Kessler hat Ihnen ein Dokument zur Prüfung und Unterschrift gesendet.",
                        "Bitte öffnen Sie die angehängte sichere Vorschau (Rahmenvertrag_Mehrwegglas_2027.svg), um das Dokument anzuzeigen und elektronisch zu unterzeichnen. Die Vorschau funktioniert in jedem Browser.",
                        "Guten Tag Herr Weiß, anbei wie besprochen der Rahmenvertrag für 2027 inkl. der neuen Staffelpreise für die 0,33 l Longneck. Bitte bis Freitag zurück, damit wir die Kapazitäten für Q1 reservieren können."],
                       footer="Diese Nachricht wurde über Docusign gesendet. Geben Sie diese E-Mail nicht weiter.",
                       brand="#4c00ff", logo_text="Docusign", lang="de")

ATTACKS.append(M(
    id="A-de-svg", lang="de", slug="docusign-rahmenvertrag-svg-anhang",
    t=utc(2026, 11, 4, 10, 41, 5),
    frm=("Martina Kessler via Docusign", "docusign@weingut-haller-pfalz.de"),
    reply_to=[("Martina Kessler", "m.kessler@nordglas-behaelter.de")],
    to=[S["proc"].nm()],
    subject="Bitte unterzeichnen: Rahmenvertrag Mehrweg-Glas 2027",
    transport=vps_postfix("vps2214.netcup-kunde.de", "152.53.18.77", rdns="v2202311214471.megasrv.de", auth=False, zone="+0100"),
    mua="phpmailer",
    body=with_atts(alt(ds_txt, ds_html, cs="utf-8", cte="quoted-printable"),
                   [attachment(svg, "image/svg+xml", "Rahmenvertrag_Mehrwegglas_2027.svg", extra_ct="; charset=utf-8")]),
    lookalikes=["docu-sign-eu.com"],
    what="Fake DocuSign envelope 'from Nordglas' (the glass supplier) with an SVG 'secure preview' attachment whose button leads to a credential-harvesting page.",
    why="Not sent by DocuSign infrastructure but by a compromised winery website (PHPMailer, web-server userid); DocuSign never attaches SVG previews; the SVG links to nordglas-vertrag.docu-sign-eu.com with the victim's address encoded; Reply-To set to the real supplier contact to look legitimate."))

# ---------------------------------------------------------------------------
# 6. Quishing: M365 MFA re-registration with a QR code (Amazon SES)
# ---------------------------------------------------------------------------
qr_url = "https://login.m365-konto-sicherheit.com/mfa/?e=" + b64(S["sales2"].addr)
mfa_txt = """Microsoft 365 – Sicherheitsinformationen aktualisieren

Hallo Katrin Vogt,

für Ihr Konto katrin.vogt@example.com läuft die Registrierung der Multi-Faktor-Authentifizierung am 27.11.2026 ab. Gemäß der Sicherheitsrichtlinie Ihrer Organisation müssen Sie Ihre Sicherheitsinformationen erneut bestätigen, damit Sie weiterhin auf Outlook, Teams und SharePoint zugreifen können.

Scannen Sie dazu den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten.

Wenn Sie die Registrierung nicht abschließen, wird der Zugriff auf Ihr Postfach nach Ablauf der Frist vorübergehend eingeschränkt.

Vielen Dank
Ihr Microsoft 365 Administrator-Team für example.com
"""
mfa_html = html_branded("Sicherheitsinformationen aktualisieren",
                        ["Hallo Katrin Vogt,",
                         "für Ihr Konto katrin.vogt@example.com läuft die Registrierung der Multi-Faktor-Authentifizierung am 27.11.2026 ab. Gemäß der Sicherheitsrichtlinie Ihrer Organisation müssen Sie Ihre Sicherheitsinformationen erneut bestätigen, damit Sie weiterhin auf Outlook, Teams und SharePoint zugreifen können.",
                         "Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten."],
                        img_cid="qr7731@m365", img_alt="QR-Code",
                        after_button=["Wenn Sie die Registrierung nicht abschließen, wird der Zugriff auf Ihr Postfach nach Ablauf der Frist vorübergehend eingeschränkt."],
                        footer="Microsoft 365 Administrator-Team für example.com\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052",
                        brand="#0067b8", logo_text="Microsoft", lang="de")

ATTACKS.append(M(
    id="A-de-qr", lang="de", slug="m365-mfa-qr-code-quishing",
    t=utc(2026, 11, 24, 7, 55, 19),
    frm=("Microsoft 365 Sicherheit", "no-reply@m365-konto-sicherheit.com"),
    to=[S["sales2"].nm()],
    subject="Aktion erforderlich: MFA-Registrierung für katrin.vogt@example.com läuft ab",
    transport=ses(region="eu-central-1", ip="69.169.224.7", host="e224-7.smtp-out.eu-central-1.amazonses.com"),
    mua="none",
    body=alt_related(mfa_txt, mfa_html, [qr_part(qr_url, "qr.png", cid="qr7731@m365", inline=True)], cs="utf-8", cte="quoted-printable"),
    qr_url=qr_url, lookalikes=["m365-konto-sicherheit.com"],
    what="Quishing: 'Microsoft 365' says the MFA registration expires and asks to scan an inline QR code (real, decodable PNG) with the phone.",
    why="Sent via Amazon SES from the unrelated domain m365-konto-sicherheit.com; the QR code decodes to login.m365-konto-sicherheit.com with the victim's address (moves the click to an unmanaged phone); Microsoft does not expire MFA this way; the company's own MFA notice says QR codes are never mailed."))

# ---------------------------------------------------------------------------
# 7. Fake customer complaint with a password-protected ZIP
# ---------------------------------------------------------------------------
zip_pwd = "1211"
zip_data = zip_crypto([("Reklamation_Krone/Lieferschein_LS-2026-48812.pdf.lnk", PLACEHOLDER),
                       ("Reklamation_Krone/Fotos_Fass_trueb_12-11.pdf.lnk", PLACEHOLDER)], zip_pwd, "A-de-zip",
                      date_time=(2026, 11, 12, 21, 18, 44))
zip_txt = """Hallo Frau Lindner,

ich muss leider reklamieren. Bei der Lieferung vom 12.11. (Tour Hallstadt/Breitengüßbach) waren von den 8 Fässern Kellerbier 30 l zwei komplett trüb und haben einen Essigstich, die Gäste haben das Bier zurückgehen lassen. Ein Fass war außerdem am Fitting beschädigt und hat Druck verloren.

Ich habe Ihnen Fotos von den Fässern und vom Glas sowie den Lieferschein eingescannt. Weil die Dateien zu groß waren, hat mein Sohn sie in ein Archiv gepackt und mit Kennwort verschlüsselt (Datenschutz, wegen der Kundennummer):

Kennwort: %s

Bitte um Gutschrift bzw. Ersatz bis zum Wochenende, wir haben Samstag eine geschlossene Gesellschaft mit 80 Personen.

Mit freundlichen Grüßen
Reinhold Pfister
Gasthof Krone
Hauptstraße 21, 96103 Hallstadt
""" % zip_pwd

ATTACKS.append(M(
    id="A-de-zip", lang="de", slug="reklamation-fass-passwort-zip",
    t=utc(2026, 11, 13, 7, 9, 2),
    frm=("Gasthof Krone", "gasthof.krone.hallstadt@gmx.de"),
    to=[S["sales"].nm()],
    subject="Reklamation Lieferung 12.11. – Fässer trüb, Lieferschein + Fotos",
    transport=gmx(client_ip="185.220.101.47"), mua="gmx",
    body=with_atts(plain(zip_txt, cs="UTF-8", cte="quoted-printable"),
                   [attachment(zip_data, "application/x-zip-compressed", "Reklamation_Krone_12-11.zip")]),
    zip_password=zip_pwd,
    what="Customer complaint about cloudy kegs 'from Gasthof Krone' with a password-protected ZIP of 'photos and delivery note' (password in the body).",
    why="ZipCrypto archive with the password in the mail is a scanner-evasion technique; inside are .pdf.lnk shortcut files (placeholders) posing as PDFs; the GMX web session comes from a Tor exit node (185.220.101.47); no customer 'Gasthof Krone Hallstadt' exists in the customer base."))

# ---------------------------------------------------------------------------
# 8. Fake register / directory invoice (Mailgun)
# ---------------------------------------------------------------------------
reg_pdf = pdf([[("DFR Deutsches Firmen- und Handelsregister", 14, True),
                "Zentrale Erfassungsstelle für Handelsregistereintragungen", ("", 0, False),
                "Example Group Brauerei & Getränkehandel GmbH", "Hallstadter Straße 118", "96052 Bamberg", ("", 0, False),
                ("Eintragungsofferte / Rechnung Nr. DFR-2026-118734", 12, True),
                "Registergericht: Amtsgericht Bamberg   Registernummer: HRB 4711",
                "Datum: 29.10.2026   Fällig: 08.11.2026", ("", 0, False),
                "Veröffentlichung Ihrer Firmendaten im DFR-Unternehmensverzeichnis 2026/2027",
                "Grundeintrag mit Registerdaten, Branche: Brauerei / Getränkegroßhandel       670,93 EUR",
                "Umsatzsteuer 19 %                                                            127,48 EUR",
                ("Gesamtbetrag                                                                  798,41 EUR", 10, True),
                ("", 0, False),
                "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf:",
                "Empfänger: DFR Register Services s.r.o.   IBAN: " + iban_fmt(ACC["register_fraud"]) + "   BIC: TATRSKBX",
                ("", 0, False),
                ("Hinweis: Dieses Schreiben ist ein Angebot zur Eintragung in ein privates Verzeichnis. Es besteht keine", 7, False),
                ("Verbindung zum amtlichen Handelsregister. Mit Zahlung kommt ein Vertrag über 12 Monate zustande, der sich", 7, False),
                ("um jeweils 12 Monate verlängert, wenn er nicht 3 Monate vor Ablauf gekündigt wird.", 7, False)]],
              title="Rechnung DFR-2026-118734", author="DFR", producer="TCPDF 6.6.2 (http://www.tcpdf.org)", creator="TCPDF",
              created="20261029081502+01'00'")
reg_txt = """Sehr geehrte Damen und Herren,

zu Ihrer Eintragung im Handelsregister (Amtsgericht Bamberg, HRB 4711) übersenden wir Ihnen anbei die Rechnung Nr. DFR-2026-118734 über die Veröffentlichung Ihrer Registerdaten.

Rechnungsbetrag: 798,41 EUR
Fällig: 08.11.2026

Bitte begleichen Sie den Betrag fristgerecht unter Angabe der Rechnungsnummer, damit Ihr Eintrag ohne Unterbrechung veröffentlicht bleibt.

Mit freundlichen Grüßen
DFR Deutsches Firmen- und Handelsregister
Abteilung Rechnungswesen
"""
ATTACKS.append(M(
    id="A-de-register", lang="de", slug="firmenregister-eintragungsrechnung",
    t=utc(2026, 10, 29, 8, 20, 44),
    frm=("DFR Handelsregister - Rechnungswesen", "rechnung@dfr-handelsregister.de"),
    to=[S["ap2"].nm()],
    subject="Rechnung DFR-2026-118734 – Eintragung HRB 4711 Amtsgericht Bamberg",
    transport=mailgun("mg.dfr-handelsregister.de", ip="159.135.228.12", host="m228-12.mailgun.net"),
    mua="none", hdr_cs="iso-8859-15",
    body=with_atts(plain(reg_txt, cs="iso-8859-15", cte="quoted-printable"), [pdf_att(reg_pdf, "Rechnung_DFR-2026-118734.pdf")]),
    lookalikes=["dfr-handelsregister.de"],
    what="Fake register invoice: 'DFR Deutsches Firmen- und Handelsregister' bills EUR 798.41 for 'publication of register data' of HRB 4711, pay to a Slovak IBAN.",
    why="Classic register/directory scam: a private directory invoice designed to look like an official court-register fee, small print in the PDF admits it is only an offer with auto-renewal; bulk-sent via Mailgun; foreign (SK) account."))
