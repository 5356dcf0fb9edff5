"""Attack messages, German (01-08)."""
import base64

import tpl
from company import BANK, S, TAX
from compose import att_pdf, att_png_qr, att_raw

MS_BRAND = dict(name="Microsoft 365", color="#0078d4", logo="&#9632; Microsoft 365", font="Segoe UI,Arial,sans-serif")

_qr_url_04 = ("https://example-com.sso-auth365.info/mfa/registrieren?u=" +
              base64.urlsafe_b64encode(b"monika.schaefer@example.com").decode().rstrip("=") + "&t=7f3a91c2")

MESSAGES = [
    dict(
        n=1, lang="de", slug="ceo-fraud-akquisition-lookalike",
        prof=("vps", dict(helo="mail.examplegroup-eu.com", rdns="vmi2291734.contaboserver.net",
                          ip="207.180.236.41", mailer="outlook", lang="de")),
        frm=("Dr. Klaus Brenner", "klaus.brenner@examplegroup-eu.com"),
        to=[S("ar")],
        subject="Vertraulich: Projekt Mensa Nord - Zahlung heute",
        when="2026-10-15 16:47:12",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Hallo Frau Groß,

ich sitze gerade zwischen zwei Terminen in Mailand und bin nur eingeschränkt erreichbar, deshalb kurz schriftlich.

Wir stehen kurz vor der Übernahme eines regionalen Caterers im Rhein-Main-Gebiet (intern "Projekt Mensa Nord"). Die Sache ist noch nicht öffentlich, der Aufsichtsrat ist informiert. Frau Köhler ist bis Freitag im Urlaub und ich möchte sie damit jetzt nicht belasten. Ich bitte Sie daher um absolute Vertraulichkeit - bitte besprechen Sie die Angelegenheit vorerst mit niemandem im Haus, auch nicht im Team.

Für die Exklusivitätsvereinbarung ist heute noch eine Anzahlung von 186.400,00 EUR fällig. Die Abwicklung läuft über die Kanzlei Dr. Wendt & Partner, Herr Dr. Wendt meldet sich in den nächsten Minuten mit den Daten des Treuhandkontos bei Ihnen. Bitte führen Sie die Überweisung nach seinen Angaben als Eilüberweisung aus und buchen Sie sie vorerst auf das Verrechnungskonto Beratungsleistungen, die Zuordnung klären wir nach dem Signing.

Können Sie mir kurz bestätigen, dass Sie heute noch bis ca. 18 Uhr am Platz sind? Telefonisch geht es nicht, ich sitze in den Verhandlungen - bitte nur per Mail antworten.

Danke für Ihre Unterstützung, das weiß ich zu schätzen.

Beste Grüße
Klaus Brenner

Dr. Klaus Brenner
Vorstandsvorsitzender (CEO)
Example Group SE | Köln
""",
        what="CEO fraud, stage 1: the 'CEO' asks the HQ accountant to stand by for an urgent, confidential escrow payment announced via a 'lawyer'.",
        why="Sender domain examplegroup-eu.com is a look-alike of examplegroup.eu, mailed from a Contabo VPS with a forged Outlook X-Mailer; secrecy (not even the CFO), urgency, bypassing the payment process, 'no phone, reply by mail only' – textbook BEC.",
    ),
    dict(
        n=2, lang="de", slug="lieferant-bankverbindung-lookalike",
        prof=("m365", dict(nam=True, lang="de-DE")),
        frm=("Stefan Maier", "s.maier@lieferant-gmbh.com"),
        to=[S("ap")],
        subject="Änderung unserer Bankverbindung – bitte ab sofort berücksichtigen",
        when="2026-10-19 10:22:40",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Sehr geehrter Herr Weiß,

im Zuge der Integration unseres Zahlungsverkehrs in die Treasury unserer neuen Muttergesellschaft haben wir unsere Hausbank gewechselt. Wir bitten Sie, Zahlungen ab sofort ausschließlich auf das folgende Konto zu leisten:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB, Vilnius (Zweigniederlassung Deutschland)
IBAN: %s
BIC: REVOLT21

Unser bisheriges Konto bei der Sparkasse KölnBonn wird zum 31.10.2026 aufgelöst. Zahlungen, die danach dort eingehen, können nicht mehr zugeordnet werden und gehen an Sie zurück.

Derzeit sind bei Ihnen folgende Rechnungen offen:
RE-2026-11873 vom 18.09.2026 – 14.386,20 €
RE-2026-11902 vom 25.09.2026 – 9.117,45 €
RE-2026-11958 vom 02.10.2026 – 21.940,08 €

Wir bitten um Ausgleich der Summe von 45.443,73 € bis Freitag, 23.10.2026, damit es nicht zu einer automatischen Liefersperre in unserem Warenwirtschaftssystem kommt. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Eine kurze Bestätigung per E-Mail, dass die neue Verbindung bei Ihnen hinterlegt ist, wäre sehr nett. Telefonisch bin ich diese Woche wegen Kundenterminen leider kaum erreichbar.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH
""" % BANK["lieferant_fraud"],
        atts=[att_pdf("Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", [
            "# Lieferant GmbH",
            "Mitteilung über die Änderung der Bankverbindung",
            "",
            "Sehr geehrte Geschäftspartner,",
            "bitte leisten Sie Zahlungen ab dem 19.10.2026 ausschließlich auf folgendes Konto:",
            "Kontoinhaber: Lieferant GmbH",
            "Bank: Revolut Bank UAB",
            "IBAN: " + BANK["lieferant_fraud"],
            "BIC: REVOLT21",
            "",
            "Die bisherige Bankverbindung ist ab sofort ungültig.",
            "",
            "Geschäftsführung",
            "USt-IdNr.: " + TAX["de_lieferant"],
        ], producer="Microsoft: Print To PDF", when="D:20261019083311+02'00'")],
        what="Supplier bank-detail change for Lieferant GmbH, with overdue invoices and a 'management letter' PDF.",
        why="Look-alike domain lieferant-gmbh.com (genuine: lieferant-gmbh.de) on a freshly created Microsoft 365 tenant in a US region; new account at a Lithuanian e-money bank, old account 'closed', pressure via supply stop, confirmation by e-mail only, sender avoids phone verification.",
    ),
    dict(
        n=3, lang="de", slug="xrechnung-html-anhang-credential",
        prof=("mailgun", dict(mg_domain="mg.erechnung-postfach.de")),
        frm=("E-Rechnung Zustellservice", "zustellung@erechnung-postfach.de"),
        to=[S("ap")],
        subject="Neue E-Rechnung (XRechnung) von Lieferant GmbH – RE-2026-12044 – Empfang bestätigen",
        when="2026-10-20 07:31:05",
        cs="utf-8", cte="base64", html="brand",
        brand=dict(name="E-Rechnung Zustellservice", color="#00558c", logo="E-Rechnung &middot; Zustellservice"),
        text="""# Für Sie liegt eine elektronische Rechnung bereit

Guten Tag,

für Ihr Unternehmen liegt eine elektronische Rechnung im Format XRechnung 3.0 (UBL) vor:

Rechnungssteller: Lieferant GmbH
Rechnungsnummer: RE-2026-12044
Rechnungsbetrag: 7.482,16 EUR
Fällig am: 30.10.2026

Seit dem 1. Januar 2025 sind alle Unternehmen zum Empfang elektronischer Rechnungen verpflichtet (§ 14 UStG). Für Ihre Empfangsadresse juergen.weiss@example.com wurde noch kein E-Rechnungs-Postfach verifiziert. Die Rechnung wird Ihnen daher als gesicherte Vorschau im Anhang bereitgestellt.

Bitte öffnen Sie die Vorschau und bestätigen Sie den Empfang mit Ihrem Microsoft-365-Konto. Die strukturierte XML-Datei steht Ihnen anschließend zum Download und zur Übernahme in Ihre Buchhaltungssoftware bereit.

Nicht bestätigte Rechnungen werden nach 72 Stunden an den Rechnungssteller zurückgegeben und gelten als nicht zugestellt.

~ Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
~ E-Rechnung Zustellservice | Peppol- und XRechnung-Zustellung für den Mittelstand
""",
        atts=[att_raw("XRechnung_RE-2026-12044.html", "text/html",
                      tpl.login_page("E-Rechnung abrufen", "Microsoft 365 · Sichere Dokumentvorschau",
                                     "juergen.weiss@example.com",
                                     "https://xrechnung-abruf.de-portal.online/empfang/bestaetigen.php",
                                     note="Zum Öffnen der Rechnung RE-2026-12044 bestätigen Sie bitte Ihr Kennwort.",
                                     fields=("Kennwort",), button="Rechnung anzeigen"))],
        what="Fake e-invoice delivery notice (German B2B e-invoicing mandate) with an HTML 'secure preview' attachment.",
        why="HTML attachment is a Microsoft-style login form posting the password to xrechnung-abruf.de-portal.online; real XRechnungen arrive as XML from the supplier itself, not via an unknown 'Zustellservice' sent through Mailgun; 72-hour threat.",
    ),
    dict(
        n=4, lang="de", slug="m365-mfa-quishing",
        prof=("exim_cpanel", dict(server="cp41.hostingserver24.de", server_ip="185.229.189.41",
                                  client_ip="91.92.246.113")),
        frm=("Microsoft 365 Administration", "no-reply@baeckerei-kuhlmann.de"),
        env_from="info@baeckerei-kuhlmann.de", auth_id="info@baeckerei-kuhlmann.de",
        to=[S("hr")],
        subject="Aktion erforderlich: Multi-Faktor-Authentifizierung für monika.schaefer@example.com bis 16.10. erneuern",
        when="2026-10-14 08:05:51",
        cs="utf-8", cte="quoted-printable", html="brand", brand=MS_BRAND,
        text="""# Ihre Anmeldemethode muss erneut registriert werden

Hallo Monika Schäfer,

im Rahmen der aktualisierten Sicherheitsrichtlinie Ihrer Organisation (example.com) wurde die für Ihr Konto registrierte Authentifizierungsmethode (Microsoft Authenticator) zurückgesetzt.

Um eine Sperrung Ihres Postfachs und den Verlust des Zugriffs auf Teams, OneDrive und SharePoint zu vermeiden, registrieren Sie Ihr Gerät bitte bis spätestens 16.10.2026 erneut.

Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones. Aus Sicherheitsgründen ist die Registrierung nur mobil möglich.

%%IMG:mfa-qr-0416@example%%

Der Vorgang dauert weniger als eine Minute.

~ Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
~ Diese Nachricht wurde von Ihrem Administrator über Microsoft 365 gesendet.
""",
        atts=[att_png_qr("image001.png", _qr_url_04, cid="mfa-qr-0416@example")],
        what="Microsoft 365 MFA re-registration lure with the link only inside an inline QR code (quishing).",
        why="Sent through PHPMailer on a compromised bakery's cPanel account, display name 'Microsoft 365 Administration'; the QR code leads to example-com.sso-auth365.info with the victim's address base64-encoded; 'mobile only' to move the victim off the protected desktop; deadline pressure.",
    ),
    dict(
        n=5, lang="de", slug="thread-hijack-lieferant-sharepoint",
        prof=("m365", dict(edge=0, region="eurprd04", prefix="DU2PR04MB", lang="de-DE")),
        frm=("Petra Lang", "p.lang@lieferant-gmbh.de"),
        to=[S("proc")],
        subject="AW: Lieferplan KW 44 - Standorte Köln-Deutz und Leverkusen",
        irt="<b7c1e0f2a9d84c6f8e3a5b2c1d0e9f87@EX01.corp.example.com>",
        when="2026-10-21 03:14:26",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Hallo Herr Vogel,

anbei wie besprochen der aktualisierte Lieferplan inkl. der geänderten Anlieferzeiten für Leverkusen sowie die Preisanpassung für Molkereiprodukte ab 01.11.

Das Dokument ist wegen der Größe über unser SharePoint freigegeben:

[[Lieferplan_KW44_Preisanpassung.pdf|https://lieferantgmbh-my.sharepoint.com.dokument-freigabe.net/:b:/p/p_lang/EfT2kQx9LmNBv0aR7wYc1sUB3Yq?e=Lk4Hs2]]

Bitte melden Sie sich mit Ihrem Firmenkonto an, um das Dokument zu öffnen. Die Freigabe ist 48 Stunden gültig.

Mit freundlichen Grüßen

Petra Lang
Auftragsbearbeitung / Disposition
Lieferant GmbH

-----Ursprüngliche Nachricht-----
Von: Markus Vogel <markus.vogel@example.com>
Gesendet: Dienstag, 20. Oktober 2026 14:02
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: Lieferplan KW 44 - Standorte Köln-Deutz und Leverkusen

Hallo Frau Lang,

können Sie uns bitte den Lieferplan für KW 44 schicken? Für Leverkusen brauchen wir die Anlieferung vor 6:30 Uhr, die Küche produziert ab 7 Uhr für die Frühschicht.

Danke und Gruß
Markus Vogel
Einkauf | Example Group SE
""",
        what="Thread hijack from the genuinely compromised mailbox of a real supplier contact, continuing a real conversation with a fake 'SharePoint' link.",
        why="Real supplier domain and tenant (account takeover), sent at 03:14; the 'SharePoint' link is a subdomain of dokument-freigabe.net, not sharepoint.com, and asks for a company login; the price-change lure does not answer the question asked.",
    ),
    dict(
        n=6, lang="de", slug="gewerberegister-eintragungsofferte",
        prof=("vps", dict(helo="mail.zentralverzeichnis-gewerbe.de", rdns="static.214.87.13.49.clients.your-server.de",
                          ip="49.13.87.214", mailer="phpmailer")),
        frm=("Zentralverzeichnis Gewerbe & Handel", "service@zentralverzeichnis-gewerbe.de"),
        to=[S("asst")],
        subject="Aktualisierung Ihres Firmeneintrags - Example Group SE, Köln",
        when="2026-11-03 09:12:44",
        cs="iso-8859-15", cte="8bit",
        text="""Sehr geehrte Damen und Herren,

zur Aktualisierung und Veröffentlichung Ihrer Unternehmensdaten im Zentralverzeichnis Gewerbe & Handel übersenden wir Ihnen anbei den Erfassungsbogen für die

Example Group SE
Amtsgericht Köln
Branche: Gemeinschaftsverpflegung / Catering

Bitte prüfen Sie die vorerfassten Angaben auf Richtigkeit. Die Veröffentlichung erfolgt nach Eingang des Veröffentlichungsbeitrags von 1.146,60 € (netto 963,53 € zzgl. 19 %% USt.) auf unser Konto:

Empfänger: ZVG Verlags- und Registerservice
IBAN: %s
Verwendungszweck: ZVG-2026-480117

Sie können den Bogen alternativ unterschrieben per E-Mail zurücksenden. Hinweis: Die Eintragung erfolgt gemäß unseren AGB für eine Mindestlaufzeit von drei Jahren.

Mit freundlichen Grüßen
Ihr Team Registerservice
Zentralverzeichnis Gewerbe & Handel
""" % BANK["register_fraud_de"],
        atts=[att_pdf("Erfassungsbogen_Example_Group_SE.pdf", [
            "# Zentralverzeichnis Gewerbe & Handel - Erfassungsbogen",
            "Firma: Example Group SE, Köln",
            "Registergericht: Amtsgericht Köln",
            "Branche: Gemeinschaftsverpflegung / Catering",
            "",
            "Veröffentlichungsbeitrag: 963,53 EUR netto zzgl. 19 % USt. = 1.146,60 EUR",
            "IBAN: " + BANK["register_fraud_de"],
            "",
            "Mit Unterschrift oder Zahlung erteilen Sie den Auftrag zur Eintragung in das private",
            "Branchenverzeichnis für eine Laufzeit von 36 Monaten. Der Beitrag ist jährlich im Voraus",
            "fällig. Eine Kündigung ist frühestens drei Monate vor Ablauf der Mindestlaufzeit möglich.",
            "Es handelt sich nicht um ein amtliches Register.",
            "",
            "Datum, Unterschrift, Firmenstempel: ______________________",
        ], producer="TCPDF 6.6.2 (http://www.tcpdf.org)", when="D:20261103081012+01'00'")],
        what="Fake register/directory 'update' with an invoice-like payment request.",
        why="Private directory posing as an official register, sent with PHPMailer from a Hetzner VPS; the PDF's small print turns payment into a 3-year subscription ('not an official register'); Polish IBAN for a German 'register'; the Handelsregister does not charge like this.",
    ),
    dict(
        n=7, lang="de", slug="gehaltskonto-aenderung-freemail",
        prof=("gmx", dict(brand="gmx", client_ip="185.213.155.69")),
        frm=("Niklas Becker", "niklas.becker.privat@gmx.de"),
        to=[S("hr2")],
        subject="Neue Bankverbindung für Gehalt November",
        when="2026-11-09 19:41:03",
        cs="utf-8", cte="quoted-printable",
        text="""Hallo Frau Braun,

ich habe mein Girokonto gewechselt und wollte Ihnen die neue Verbindung rechtzeitig vor der Novemberabrechnung mitteilen:

Kontoinhaber: Niklas Becker
Bank: N26
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe von meiner privaten Adresse, weil ich gerade bei Kunden im Sauerland unterwegs bin und mein Laptop noch beim IT-Service ist. Outlook auf dem Handy will gerade auch nicht.

Können Sie die Änderung bitte direkt so übernehmen? Das alte Konto wird Ende des Monats geschlossen, deshalb wäre es wichtig, dass das Novembergehalt schon auf das neue Konto geht. Eine kurze Rückmeldung hier an diese Adresse reicht mir.

Vielen Dank und viele Grüße
Niklas Becker
Vertrieb Außendienst
""" % BANK["payroll_fraud"],
        what="Payroll diversion: an 'employee' asks HR to redirect his salary to a new neobank account.",
        why="Unknown private GMX address (not the employee's known private address), sent via a VPN exit IP; excuse for not using the company account; asks HR to skip the signed-form process and to reply only to the freemail address; timing just before the payroll run.",
    ),
    dict(
        n=8, lang="de", slug="device-code-ausschreibung-kunde",
        prof=("m365", dict(edge=2, region="eurprd07", prefix="AM9PR07MB", lang="de-DE")),
        frm=("Dr. Henrike Albers", "h.albers@kliniken-stadtpark.de"),
        to=[S("sales")],
        subject="Ausschreibung Patientenverpflegung 2027–2030 – Zugang zu den Vergabeunterlagen",
        when="2026-11-17 10:58:20",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Liebe Frau Brückner,

wie im September angekündigt, schreiben wir die Patienten- und Mitarbeiterverpflegung für den Zeitraum 2027–2030 neu aus. Die Vergabeunterlagen (Leistungsverzeichnis, Speiseplananforderungen, Preisblatt) stellen wir aus Datenschutzgründen ausschließlich in unserem geschützten Teams-Datenraum bereit.

Zur Freischaltung Ihres Gastzugangs gehen Sie bitte auf

https://microsoft.com/devicelogin

und geben Sie dort den folgenden Code ein:

GQ7RK2HPX

Melden Sie sich anschließend mit Ihrem Example-Group-Konto an, der Datenraum wird dann automatisch verknüpft. Der Code ist aus Sicherheitsgründen nur 15 Minuten gültig – sollte er abgelaufen sein, antworten Sie einfach kurz auf diese Mail, ich schicke Ihnen dann einen neuen.

Fragen zum Verfahren bitte bis spätestens 04.12. über den Datenraum.

Herzliche Grüße
Henrike Albers

Dr. Henrike Albers
Leitung Patientenverpflegung und Diätküche
Kliniken am Stadtpark gGmbH
""",
        what="Device-code phishing from a compromised customer mailbox: 'tender documents in a Teams data room' with a code for microsoft.com/devicelogin.",
        why="Entering the code at the genuine devicelogin page authorises the attacker's session with the victim's Example Group account (OAuth device-code flow abuse); Teams guest access never works this way; 15-minute validity explains the unsolicited urgency; real customer domain and tenant = compromised account.",
    ),
]
