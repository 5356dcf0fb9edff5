"""German attack messages (01-08)."""
from common import *  # noqa: F401,F403

LIEF_SIG = D("""
    Lieferant GmbH
    Industriestraße 14 · 08258 Markneukirchen
    Tel. +49 37422 4518-0 · www.lieferant-gmbh.de
    Geschäftsführer: Frank Oehler · Amtsgericht Chemnitz HRB 21874
    USt-IdNr. %s""") % VAT["lief"]


def a01():
    t = util.local("CET", 2026, 10, 12, 8, 47, 12)
    body = D("""
        Hallo Sabine,

        bist Du heute im Büro? Ich bin bis Donnerstag in Mailand bei den Gesprächen mit der Familie Bertolotti. Wie Du weißt, arbeiten wir seit dem Sommer an der Übernahme ihrer Werkstatt in Cremona – die Verhandlungen sind jetzt in der entscheidenden Phase, und die Gegenseite verlangt bis morgen 12 Uhr eine Exklusivitätszahlung auf ein Treuhandkonto als Zeichen, dass wir es ernst meinen.

        Die Abwicklung läuft über Dr. Frank Lemberg (Kanzlei Lemberg & Partner, Frankfurt), er hat das Mandat für uns. Er meldet sich heute Vormittag direkt bei Dir mit den Daten des Treuhandkontos. Betrag: 148.500,00 EUR, Buchung bitte als „Anzahlung Projekt Cremona“.

        Bitte behandle das streng vertraulich. Wir haben eine Vertraulichkeitsvereinbarung unterschrieben, und in Cremona weiß die Belegschaft noch nichts. Außer Dir soll vorerst niemand davon erfahren – auch nicht Jürgen oder Anja. Die offizielle Information an die Gesellschafter und das Team kommt nächste Woche von mir persönlich.

        Ich sitze den ganzen Tag in Besprechungen und kann nicht telefonieren, bitte antworte nur per Mail. Gib mir kurz Bescheid, sobald die Überweisung raus ist.

        Danke Dir, ich verlasse mich auf Dich.

        Klaus

        Von meinem iPhone gesendet
        """)
    return Msg("01-de-ceo-vertrauliche-akquisition", "attack",
               ("Klaus Wächter", "klaus.waechter@example-group.de"), [S("koehler")],
               "Projekt Cremona – vertraulich", ("CET", 2026, 10, 12, 8, 47, 12),
               ("postfix", dict(host="mail.example-group.de", ip="5.189.171.94", rdns="vmi2314587.contaboserver.net",
                                client=("smtpclient.apple", None, "102.89.34.117"), mua="iphone")),
               text(body, "utf-8", "quoted-printable"),
               name_cs="utf-8", name_enc="Q",
               what="CEO fraud: 'Klaus Wächter' asks the CFO to wire EUR 148,500 escrow for a secret acquisition; hands over to a 'lawyer'.",
               why="Look-alike domain example-group.de (not example.com) on a Contabo VPS, submitted from a Nigerian mobile IP; secrecy, exclusion of colleagues, no phone contact, deadline, hand-off to an unknown lawyer – classic BEC.",
               techniques=["CEO fraud / BEC", "look-alike domain on VPS", "fake lawyer hand-off"])


def a02():
    t = util.local("CET", 2026, 11, 4, 10, 22, 5)
    iban = BANK["fraud_de_mule"]
    body = D("""
        Sehr geehrter Herr Weiß,

        im Zuge der Umstellung unseres Zahlungsverkehrs zum Jahresende haben wir unsere Bankverbindung geändert. Bitte passen Sie unsere Stammdaten (Kreditor Lieferant GmbH, Kundennummer 20417) ab sofort an und überweisen Sie alle künftigen Zahlungen ausschließlich auf folgendes Konto:

        Kontoinhaber: Lieferant GmbH
        Bank: N26 Bank SE
        IBAN: %s
        BIC: NTSBDEB1XXX

        Die bisherige Verbindung bei der Sparkasse Vogtland wird zum 30.11.2026 aufgelöst. Zahlungen auf das alte Konto können ab sofort nicht mehr zugeordnet werden und gehen zurück.

        Derzeit sind folgende Rechnungen zur Zahlung offen:

        RE-2026-10588 vom 15.10.2026    12.847,60 EUR
        RE-2026-10634 vom 22.10.2026     8.312,45 EUR
        Summe                           21.160,05 EUR

        Wir wären Ihnen dankbar, wenn Sie den Betrag noch in dieser Woche auf die neue Verbindung anweisen könnten, damit wir die Stimmmechaniken für Ihre Dezember-Produktion wie geplant ausliefern können. Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang.

        Da unsere Telefonanlage diese Woche auf einen neuen Anbieter umgestellt wird, sind wir telefonisch nur eingeschränkt erreichbar. Bitte wenden Sie sich bei Rückfragen per E-Mail direkt an mich.

        Mit freundlichen Grüßen

        Petra Lang
        Debitorenbuchhaltung / Forderungsmanagement

        %s
        """) % (fi(iban), LIEF_SIG)
    letter = D("""
        # Lieferant GmbH
        Industriestraße 14 · 08258 Markneukirchen

        Example Group GmbH & Co. KG
        - Kreditorenbuchhaltung -
        Saitenweg 12
        91058 Erlangen

        Markneukirchen, 03.11.2026

        ## Mitteilung über die Änderung unserer Bankverbindung

        Sehr geehrte Damen und Herren,

        hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung geändert hat.
        Bitte leisten Sie sämtliche Zahlungen ab dem Datum dieses Schreibens ausschließlich auf das folgende Konto:

        Kontoinhaber:  Lieferant GmbH
        Kreditinstitut: N26 Bank SE
        IBAN:          %s
        BIC:           NTSBDEB1XXX

        Die bisherige Bankverbindung bei der Sparkasse Vogtland ist ab sofort nicht mehr zu verwenden.

        Wir danken Ihnen für die Anpassung Ihrer Stammdaten.

        Mit freundlichen Grüßen

        Frank Oehler                          Petra Lang
        Geschäftsführer                       Debitorenbuchhaltung

        Lieferant GmbH · Amtsgericht Chemnitz HRB 21874 · USt-IdNr. %s
        """) % (fi(iban), VAT["lief"])
    html_body = html_outlook(body, "windows-1252")
    return Msg("02-de-lieferant-neue-bankverbindung", "attack",
               ("Petra Lang", "p.lang@lieferant-gmbh.com"), [S("weiss")],
               "Lieferant GmbH – Änderung der Bankverbindung / offene Posten Kd.-Nr. 20417",
               ("CET", 2026, 11, 4, 10, 22, 5),
               ("postfix", dict(host="mail.lieferant-gmbh.com", ip="49.13.88.201",
                                rdns="static.201.88.13.49.clients.your-server.de",
                                client=("DESKTOP-7QK2M1L", None, "45.133.192.27"), mua="outlook")),
               mixed(alt(text(body, "windows-1252", "quoted-printable"), html(html_body, "windows-1252", "quoted-printable")),
                     pdf_att(letter, "Lieferant_GmbH_Bankverbindung_2026.pdf", title="Bankverbindung", author="Petra Lang",
                             creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365", t=t)),
               name_cs="windows-1252", name_enc="Q", mixed_subject=True,
               what="Supplier bank-detail change: 'Petra Lang' of Lieferant GmbH announces a new account at a neobank and asks to pay two open invoices there; PDF 'letter from management' attached.",
               why="Sender domain lieferant-gmbh.com is a look-alike of the real lieferant-gmbh.de (Hetzner VPS), signature copied; new IBAN at a different bank (mule account), urges payment this week and discourages phone verification ('Telefonanlage wird umgestellt').",
               techniques=["supplier bank-detail change (BEC)", "look-alike domain on VPS", "PDF lure"])


def a03():
    t = util.local("CET", 2026, 11, 17, 7, 58, 31)
    old_mid1 = "<b7c1e0f2-4d8a-4c1b-9e3f-2a6d5c8e1f04@lieferant-gmbh.de>"
    old_mid0 = "<8e2d41f0a9c34b7e96f1d03c5b2a7e18@EXCH02.corp.example.com>"
    body = D("""
        Guten Tag Herr Hübner,

        wie besprochen erhalten Sie anbei die überarbeiteten Unterlagen zum Rahmenvertrag 2027 sowie die Aufstellung der offenen Rechnungen zur Kenntnisnahme.

        Aus Datenschutzgründen ist das Dokument passwortgeschützt.
        Passwort: LG-1711

        Bitte bestätigen Sie mir kurz den Eingang.

        Mit freundlichen Grüßen
        Stefan Maier

        Am 28.08.2026 um 11:04 schrieb Stefan Maier:
        """) + quote(D("""
        Hallo Herr Hübner,

        vielen Dank für die Zahlen. Wir prüfen die Staffelpreise für die Mechaniken (3er-Sätze gold und schwarz) und melden uns bis Ende September mit einem Angebot für den Rahmenvertrag 2027.

        Viele Grüße aus Markneukirchen
        Stefan Maier
        Vertrieb Innendienst

        Am 27.08.2026 um 14:12 schrieb Markus Hübner:
        """) + quote(D("""
        Hallo Herr Maier,

        für die Planung 2027 rechnen wir mit ca. 2.400 Sätzen Stimmmechaniken (Konzertgitarre) und 1.800 Feinstimmern. Bitte schicken Sie uns ein Angebot für einen Rahmenvertrag mit Abruf in vier Tranchen.

        Viele Grüße
        Markus Hübner
        Einkauf, Example Group GmbH & Co. KG
        """)))
    placeholder = b"INERT TEST PLACEHOLDER - not a real script (mail gateway evaluation)\n"
    z = zip_att([("Rahmenvertrag_2027_Konditionen.pdf.js", placeholder)], "Rahmenvertrag_2027.zip",
                password="LG-1711", seed="a03", dt=(2026, 11, 17, 7, 41, 10))
    return Msg("03-de-lieferant-thread-hijack-zip", "attack",
               ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [S("huebner")],
               "AW: Rahmenvertrag 2027 – Stimmmechaniken und Feinstimmer",
               ("CET", 2026, 11, 17, 7, 58, 31),
               ("postfix", dict(host="mail.lieferant-gmbh.de", ip="85.215.43.118",
                                client=("[185.107.56.204]", None, "185.107.56.204"), mua=None,
                                extra=[("X-Priority", "3")])),
               mixed(text(body, "utf-8", "base64"), z),
               in_reply_to=old_mid1, references=old_mid0 + "\n " + old_mid1,
               name_cs="utf-8", name_enc="B",
               what="Thread hijack: reply in a three-month-old procurement thread from the supplier's real mailbox, with a password-protected ZIP ('Rahmenvertrag 2027').",
               why="Genuine lieferant-gmbh.de mailbox but submitted via SMTP AUTH from a foreign hosting IP instead of the supplier's office/Thunderbird; generic text, encrypted archive with password in the body, double extension .pdf.js inside – malware delivery from a compromised partner account.",
               techniques=["thread hijack from compromised partner mailbox", "password-protected ZIP (ZipCrypto)", "double-extension script"])


def a04():
    t = util.local("CET", 2026, 10, 29, 6, 15, 44)
    link = "https://mein-elster-verlaengerung.de/eportal/login?vid=ZXhhbXBsZS1ncm91cA&sn=216157402"
    txt = D("""
        Sehr geehrte Nutzerin, sehr geehrter Nutzer,

        in Ihrem ELSTER-Postfach liegt eine neue Nachricht für das Benutzerkonto "Example Group GmbH & Co. KG" (Organisationszertifikat, Steuernummer 216/157/40218) vor.

        Betreff: Ablauf Ihres Organisationszertifikats am 05.11.2026

        Das Zertifikat Ihres Benutzerkontos verliert in 7 Tagen seine Gültigkeit. Nach Ablauf können Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen nicht mehr übermittelt werden. Verspätet abgegebene Anmeldungen können einen Verspätungszuschlag nach § 152 AO nach sich ziehen.

        Zur Verlängerung melden Sie sich bitte mit Ihrer bisherigen Zertifikatsdatei (.pfx) und dem zugehörigen Passwort an:
        %s

        Mit freundlichen Grüßen
        Ihre Steuerverwaltung

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """) % link
    h = html_simple(D("""
        <table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a">
        <tr><td style="background:#00427a;padding:14px 24px;color:#ffffff;font-size:20px;font-weight:bold">ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
        <tr><td style="padding:24px">
        <p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
        <p>in Ihrem ELSTER-Postfach liegt eine neue Nachricht für das Benutzerkonto <b>&bdquo;Example Group GmbH &amp; Co. KG&ldquo;</b> (Organisationszertifikat, Steuernummer 216/157/40218) vor.</p>
        <p style="background:#f2f5f8;border-left:4px solid #00427a;padding:10px 14px"><b>Betreff:</b> Ablauf Ihres Organisationszertifikats am 05.11.2026</p>
        <p>Das Zertifikat Ihres Benutzerkontos verliert in <b>7 Tagen</b> seine Gültigkeit. Nach Ablauf können Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen nicht mehr übermittelt werden. Verspätet abgegebene Anmeldungen können einen Verspätungszuschlag nach &sect;&nbsp;152 AO nach sich ziehen.</p>
        <p>Zur Verlängerung melden Sie sich bitte mit Ihrer bisherigen Zertifikatsdatei (.pfx) und dem zugehörigen Passwort an:</p>
        <p><a href="%s" style="background:#00427a;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:3px">Zertifikat jetzt verlängern</a></p>
        <p>Mit freundlichen Grüßen<br>Ihre Steuerverwaltung</p>
        <p style="font-size:11px;color:#666666">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>Impressum &middot; Datenschutz &middot; Barrierefreiheit</p>
        </td></tr></table>""") % link, "utf-8", "ELSTER")
    return Msg("04-de-elster-zertifikat-ablauf", "attack",
               ("ELSTER – Ihr Online-Finanzamt", "benachrichtigung@elster-postfach.de"), [S("koehler")],
               "Neue Nachricht in Ihrem ELSTER-Postfach: Ablauf Ihres Organisationszertifikats",
               ("CET", 2026, 10, 29, 6, 15, 44),
               ("sendgrid", dict(domain="elster-postfach.de")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "base64")),
               name_cs="utf-8", name_enc="Q",
               what="Tax-office credential phishing: 'ELSTER' notification that the organisation certificate expires; link asks for the .pfx certificate file and its password.",
               why="Domain elster-postfach.de is not elster.de, sent through a shared SendGrid account; ELSTER never asks to upload the certificate file and PIN on a web page; deadline and surcharge threat; link to mein-elster-verlaengerung.de.",
               techniques=["tax-office impersonation (ELSTER)", "credential/certificate phishing", "bulk ESP abuse (SendGrid)"])


def a05():
    t = util.local("CET", 2026, 11, 10, 14, 3, 20)
    url = "https://mfa-erneuerung.com/auth/?u=cmFsZi5kb2VyZmxlckBleGFtcGxlLmNvbQ"
    png = qr.qr_png(url, scale=5)
    txt = D("""
        Microsoft 365

        Aktion erforderlich: Erneuerung Ihrer Mehrfaktor-Authentifizierung

        Konto: ralf.doerfler@example.com

        Die Registrierung Ihrer Anmeldemethode (Microsoft Authenticator) läuft am 12.11.2026 ab. Um eine Sperrung Ihres Postfachs und Ihres Teams-Zugangs zu vermeiden, registrieren Sie Ihr Gerät bitte erneut.

        Öffnen Sie dazu die Kamera Ihres Smartphones und scannen Sie den QR-Code in dieser Nachricht. Aus Sicherheitsgründen ist die Erneuerung nur über ein Mobilgerät möglich.

        Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
        """)
    h = html_simple(D("""
        <div style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;max-width:560px;margin:0 auto;color:#262626">
        <div style="padding:18px 0;font-size:22px;font-weight:600;color:#505050">Microsoft 365</div>
        <div style="font-size:24px;color:#0078d4;padding-bottom:12px">Aktion erforderlich: Erneuerung Ihrer Mehrfaktor-Authentifizierung</div>
        <p style="font-size:14px">Konto: <b>ralf.doerfler@example.com</b></p>
        <p style="font-size:14px">Die Registrierung Ihrer Anmeldemethode (Microsoft Authenticator) läuft am <b>12.11.2026</b> ab. Um eine Sperrung Ihres Postfachs und Ihres Teams-Zugangs zu vermeiden, registrieren Sie Ihr Gerät bitte erneut.</p>
        <p style="font-size:14px">Öffnen Sie dazu die Kamera Ihres Smartphones und scannen Sie den folgenden QR-Code. Aus Sicherheitsgründen ist die Erneuerung nur über ein Mobilgerät möglich.</p>
        <p style="text-align:center"><img src="cid:qr-mfa-0412@microsoft" width="205" height="205" alt="QR-Code"></p>
        <p style="font-size:12px;color:#737373">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
        </div>"""), "utf-8", "Microsoft 365")
    body = alt(text(txt, "utf-8", "quoted-printable"),
               related(html(h, "utf-8", "quoted-printable"),
                       png_att(png, "image001.png", inline=True, cid="qr-mfa-0412@microsoft")))
    return Msg("05-de-m365-mfa-qr-code", "attack",
               ("Microsoft 365 Administrator", "info@schreinerei-lechner.de"), [S("doerfler")],
               "Aktion erforderlich: Erneuerung der Mehrfaktor-Authentifizierung für ralf.doerfler@example.com",
               ("CET", 2026, 11, 10, 14, 3, 20),
               ("postfix", dict(host="dd39214.kasserver.com", ip="85.13.146.211",
                                client=("WIN-3K8QK2L5V9D", None, "185.220.101.45"), mua=None)),
               body, name_cs="utf-8", name_enc="B", qr=[url],
               what="Quishing: 'Microsoft 365' MFA re-registration notice with an inline QR code to a credential-harvesting page.",
               why="Sent from a compromised carpentry mailbox (schreinerei-lechner.de on shared hosting) via a Tor exit node; display name spoofs Microsoft; the QR code hides the URL mfa-erneuerung.com (not microsoft.com) from link scanners; deadline/lock-out threat.",
               techniques=["quishing (QR code, inline PNG)", "Microsoft 365 credential phishing", "compromised small-business mailbox"])


def a06():
    t = util.local("CET", 2026, 11, 23, 9, 30, 2)
    iban = BANK["register_scam"]
    txt = D("""
        Sehr geehrte Damen und Herren,

        zur Aktualisierung des Deutschen Firmen- und Gewerberegisters für das Jahr 2027 haben wir die uns vorliegenden Daten Ihres Unternehmens erfasst:

        Firma: Example Group GmbH & Co. KG
        Anschrift: Saitenweg 12, 91058 Erlangen
        Branche: Herstellung von Musikinstrumenten
        Aktenzeichen: DFR-2026/448193

        Bitte prüfen Sie die Angaben im beigefügten Formular. Die Eintragung wird nach Eingang der Gebühr bis spätestens 07.12.2026 veröffentlicht. Erfolgt keine Zahlung, kann Ihr Unternehmen im Verzeichnis 2027 nicht berücksichtigt werden.

        Mit freundlichen Grüßen

        Registerverwaltung
        DFR Deutsches Firmenregister
        Servicezeiten: Mo-Fr 9-15 Uhr
        """)
    form = D("""
        # DFR Deutsches Firmenregister
        Registerverwaltung - Erfassung 2027

        ## Eintragungsantrag / Datenabgleich           Aktenzeichen: DFR-2026/448193

        Firma:            Example Group GmbH & Co. KG
        Straße:           Saitenweg 12
        PLZ / Ort:        91058 Erlangen
        Branche:          Herstellung von Musikinstrumenten (WZ 32.20)
        Registergericht:  Amtsgericht Fürth

        Jahresgebühr Eintragung 2027:          1.290,00 EUR
        zzgl. 19 %% USt.:                          245,10 EUR
        ## Zahlbetrag:                         1.535,10 EUR

        Zahlungsempfänger:  DFR Register Services UAB
        IBAN:               %s
        BIC:                RVUALT2VXXX
        Verwendungszweck:   DFR-2026/448193
        Zahlungsfrist:      07.12.2026

        Mit der Zahlung wird der Auftrag zur Eintragung in das private Online-Verzeichnis www.dfr-gewerbeauskunft.de
        für eine Laufzeit von 36 Monaten zum oben genannten Jahresbetrag erteilt. Die Eintragung ist freiwillig und
        steht in keinem Zusammenhang mit dem amtlichen Handelsregister. Es gelten unsere AGB.
        """) % fi(iban)
    return Msg("06-de-firmenregister-eintragungsofferte", "attack",
               ("DFR Deutsches Firmenregister", "registerverwaltung@dfr-gewerbeauskunft.de"), [S("schroeder")],
               "Erfassung Ihrer Firmendaten 2027 - Example Group GmbH & Co. KG - Az. DFR-2026/448193",
               ("CET", 2026, 11, 23, 9, 30, 2),
               ("mailgun", dict(mgdomain="mg.dfr-gewerbeauskunft.de")),
               mixed(text(txt, "iso-8859-15", "quoted-printable"),
                     pdf_att(form, "Eintragungsantrag_DFR-2026-448193.pdf", title="Eintragungsantrag",
                             creator="wkhtmltopdf 0.12.6", producer="Qt 5.15.2", t=t)),
               name_cs="iso-8859-15", name_enc="Q",
               what="Fake register invoice ('Eintragungsofferte'): official-looking 'Deutsches Firmenregister' form demanding EUR 1,535.10 for a 2027 entry, 36-month term in the small print.",
               why="Private directory posing as a register, payment to a Lithuanian account, small print turns payment into a 3-year contract, bulk-sent via Mailgun; no relation to the Handelsregister (the company is registered at Amtsgericht Fürth and pays no such fee).",
               techniques=["fake directory/register invoice", "bulk ESP abuse (Mailgun)", "PDF invoice lure"])


def a07():
    t = util.local("CET", 2026, 11, 20, 16, 41, 9)
    body = D("""
        Hallo Monika,

        ich habe zum 1. November mein Girokonto gewechselt, die alte Bank hat mir das Konto leider schon zum Monatsende gekündigt. Könntest Du bitte für die Novemberabrechnung meine Bankverbindung ändern? Die neuen Daten:

        Kontoinhaberin: Sandra Engel
        IBAN: %s
        Bank: Postbank

        Ich schreibe Dir von meiner privaten Adresse, weil ich bis Mittwoch im Homeoffice bin und der VPN-Zugang gerade nicht funktioniert. Im ESS-Portal bekomme ich beim Speichern nur eine Fehlermeldung.

        Gib mir bitte kurz Bescheid, wenn es erledigt ist.

        Danke Dir und liebe Grüße
        Sandra
        """) % fi(BANK["fraud_de_payroll"])
    return Msg("07-de-gehaltskonto-aenderung", "attack",
               ("Sandra Engel", "sandra.engel84@gmx.de"), [S("brandstaetter")],
               "Änderung Bankverbindung Gehalt", ("CET", 2026, 11, 20, 16, 41, 9),
               ("gmx", dict(client_ip="154.113.19.82")),
               text(body, "utf-8", "quoted-printable"),
               name_cs="utf-8", name_enc="B",
               what="Payroll diversion: 'Sandra Engel' asks HR from a private GMX address to change her salary account before the November payroll run.",
               why="Employee impersonation from a freemail address not on file, sent from a non-German IP, explicitly bypasses the HR self-service portal, urgency before the payroll cut-off; the real Sandra Engel never wrote it.",
               techniques=["payroll diversion", "employee impersonation via freemail"])


def a08():
    t = util.local("CET", 2026, 12, 2, 11, 12, 40)
    body = D("""
        Hallo Herr Hübner,

        unser Monitoring hat seit heute Morgen eine ungewöhnlich hohe Zahl an Newsletter-Anmeldungen und Spam-Nachrichten an Ihr Postfach festgestellt (sogenanntes E-Mail-Bombing). Das ist in der Regel ein Hinweis darauf, dass Ihre Adresse gezielt in einer Angriffswelle verwendet wird.

        Um den Filter für Ihr Postfach anzupassen, meldet sich heute gegen 14:00 Uhr ein Kollege aus dem 2nd-Level-Support (Herr Daniel Kraus) per Microsoft Teams bei Ihnen. Bitte nehmen Sie den Anruf an und halten Sie Ihren Rechner bereit. Für die Fernwartung nutzen wir die in Windows integrierte App „Schnellhilfe“ (Quick Assist); den sechsstelligen Sicherheitscode erhalten Sie im Gespräch.

        Bitte leiten Sie diese Nachricht nicht weiter und löschen Sie bis dahin keine der Spam-Mails, damit wir die Absender auswerten können.

        Ticket: INC0048217

        Freundliche Grüße
        IT-Servicedesk
        Example Group GmbH & Co. KG
        """)
    return Msg("08-de-it-servicedesk-teams-schnellhilfe", "attack",
               ("IT-Servicedesk | Example Group", "servicedesk@examplegroupit.onmicrosoft.com"), [S("huebner")],
               "Ihr Postfach: Spam-Welle erkannt – Rückruf durch den IT-Support heute 14:00 Uhr (Teams)",
               ("CET", 2026, 12, 2, 11, 12, 40),
               ("m365", dict(org="examplegroupit.onmicrosoft.com", region="eurprd09", lang="de-DE",
                             obe="EUR02-VI1-obe", eop_ip="40.107.21.98")),
               alt(text(body, "utf-8", "quoted-printable"), html(html_outlook(body, "utf-8"), "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="B",
               what="Help-desk vishing pretext after mail-bombing: 'IT-Servicedesk' announces a Teams call and asks the user to start Quick Assist.",
               why="Sent from an external onmicrosoft.com tenant, not from Example Group's Exchange/relay; fake ticket number; remote-access (Quick Assist) pretext used by ransomware affiliates; asks not to forward the mail. The real IT department states it never does this (business/06).",
               techniques=["Teams / remote-access vishing pretext (Quick Assist)", "external Microsoft 365 tenant abuse"])


def messages():
    return [a01(), a02(), a03(), a04(), a05(), a06(), a07(), a08()]
