"""Genuine business messages, German (8)."""
import finance as fin
import systems as sy
from common import M, S, C, fmt_date, rhex, ralnum
from content import (alt, plain, mixed, related, branded_alt, pdf_att, png_att, qr_png, to_html)
from mime import Text, Multi
import datetime as _dt

F, L = "business", "de"
IBAN_LIEF_OLD = fin.de_iban("71152680", "400187263")
IBAN_LIEF_NEW = fin.de_iban("71150000", "203318457")

# ---------------------------------------------------------------- 01 CEO's genuine urgent payment request (internal)
M(F, L, "ceo-dringende-anzahlung-rundholz-intern",
  S("hoefler"), [S("krueger")],
  "Dringend: Anzahlung Käferholz-Los Lieferant GmbH – heute noch freigeben", "2026-11-12 08:16:40",
  sy.internal(ip_user="10.20.3.14"),
  alt("""Hallo Sabine,

wie heute früh in der GL-Runde besprochen: Lieferant GmbH hat uns das Käferholz-Los aus dem Forstbetrieb Schliersee (ca. 1.900 Fm Fichte, Abschnitte 4 und 5 m) reserviert, verlangt aber bis heute 16 Uhr die vereinbarte Anzahlung von 30 %, sonst geht das Los an den Mitbieter.

Betrag: 84.600,00 EUR
Empfänger: Lieferant GmbH, Kreditor 70012 – bekannte Bankverbindung aus dem Stamm, keine Änderung
Anzahlungsrechnung: AZ-2026-1187, liegt seit 7:40 Uhr im DMS-Workflow (Florian hat sachlich freigegeben)

Bitte heute noch im normalen Freigabeprozess (Vier-Augen mit Jürgen) anweisen. Claudia legt dir den Vorstandsbeschluss zur Rundholzversorgung Q1 in die Unterschriftenmappe.

Ich bin bis 16 Uhr im Werk, Handy wie immer 0171 4419 203, falls es Rückfragen gibt.

Danke dir!
Markus

--
Markus Höfler
Geschäftsführer
Example Group GmbH & Co. KG · Am Sägewerk 12 · 83026 Rosenheim
""", "iso-8859-1", "qp", "outlook"),
  cc=[S("dietrich"), S("gruber"), S("weiss")],
  what="The CEO asks the CFO through the internal relay to release a EUR 84,600 advance payment to the known supplier Lieferant GmbH today.",
  why="Sent from Markus Höfler's Exchange mailbox via mail-int01 (Exchange hops, internal IP); known supplier and unchanged master-data account, invoice in the DMS workflow, normal four-eyes approval, colleagues in Cc, phone offered – urgency is business-driven, not secretive.",
  hn=["ceo-fraud-vertrauliche-akquisition::same urgent-payment topic; internal relay and Exchange trace, known creditor, four-eyes approval and Cc vs. Gmail, secrecy and an unknown escrow account"])

# ---------------------------------------------------------------- 02 genuine supplier bank change, announced properly
_txt02 = """Sehr geehrte Damen und Herren,

durch die Fusion der Sparkasse Wasserburg am Inn mit der Sparkasse Rosenheim-Bad Aibling ändert sich zum 01.01.2027 unsere Bankverbindung. Unsere Kontonummer bleibt intern erhalten, IBAN und BIC ändern sich jedoch.

Neue Bankverbindung ab 01.01.2027:
Sparkasse Rosenheim-Bad Aibling
IBAN: %s
BIC: BYLADEM1ROS

Die bisherige Verbindung (IBAN %s) bleibt bis 31.03.2027 bestehen; Zahlungen dorthin werden bis dahin ohne Weiteres zugeordnet.

Bitte verifizieren Sie die Änderung wie gewohnt telefonisch unter der Ihnen bekannten Nummer 08071 5599-0 (Buchhaltung, Frau Huber), bevor Sie Ihre Stammdaten anpassen. Das unterschriebene Schreiben finden Sie im Anhang; es geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen

Monika Huber
Buchhaltung

Lieferant GmbH
Industriestraße 7 · 83512 Wasserburg am Inn
Tel. 08071 5599-0 · rechnungen@lieferant-gmbh.de
Geschäftsführer: Stefan Maier, Dr. Andrea Lechner · AG Traunstein HRB 21874
""" % (fin.fmt_iban(IBAN_LIEF_NEW), fin.fmt_iban(IBAN_LIEF_OLD))
M(F, L, "lieferant-neue-bankverbindung-angekuendigt",
  C("lieferant", 2), [S("weiss")],
  "Lieferant GmbH: neue Bankverbindung ab 01.01.2027 (Sparkassenfusion) – bitte telefonisch verifizieren", "2026-11-26 10:05:12",
  sy.ionos("lieferant-gmbh.de", user_ip="87.123.54.201", client="outlook", pc="192.168.10.31"),
  mixed(Multi("alternative", [Text(_txt02, "plain", "windows-1252", "qp"), Text(to_html(_txt02, "outlook", "windows-1252"), "html", "windows-1252", "qp")]),
        pdf_att("Lieferant_GmbH_Bankverbindung_ab_2027.pdf", [
            ("title", "Lieferant GmbH"),
            ("small", "Rundholz · Schnittholz · Verpackungsholz · Industriestraße 7 · 83512 Wasserburg am Inn"),
            ("gap", 16),
            ("p", "An unsere Kunden und Geschäftspartner"),
            ("p", "Wasserburg am Inn, 25.11.2026"),
            ("h", "Änderung unserer Bankverbindung zum 01.01.2027"),
            ("p", "Sehr geehrte Damen und Herren,"),
            ("p", "infolge der Fusion der Sparkasse Wasserburg am Inn mit der Sparkasse Rosenheim-Bad Aibling ändern sich unsere IBAN und BIC zum 01.01.2027:"),
            ("mono", "Kreditinstitut: Sparkasse Rosenheim-Bad Aibling\nIBAN:           %s\nBIC:            BYLADEM1ROS" % fin.fmt_iban(IBAN_LIEF_NEW)),
            ("p", "Die bisherige Verbindung bleibt bis 31.03.2027 bestehen. Bitte bestätigen Sie die Änderung telefonisch unter 08071 5599-0."),
            ("gap", 10),
            ("p", "Mit freundlichen Grüßen"),
            ("p", "Stefan Maier                 Dr. Andrea Lechner\nGeschäftsführer              Geschäftsführerin"),
            ("small", "Lieferant GmbH · Sitz Wasserburg am Inn · AG Traunstein HRB 21874 · USt-IdNr. %s" % fin.de_ustid("28416730")),
        ], {"Producer": "Microsoft® Word für Microsoft 365", "Creator": "Microsoft® Word für Microsoft 365", "Title": "Bankverbindung 2027"}, style="2047")),
  cc=[C("lieferant", 0)],
  what="Lieferant GmbH's accounts department announces a new IBAN from 01.01.2027 because of a savings-bank merger, with signed letter, old account kept until March and explicit request to verify by phone.",
  why="Real domain lieferant-gmbh.de, sent with Outlook from the supplier's office line via IONOS like their other mail; German bank to German bank, long transition period, asks for telephone verification at the known number, both managing directors sign, MD in Cc.",
  hn=["lieferant-bankverbindung-lookalike::bank-detail change; genuine domain, domestic bank, transition period and call-back request vs. look-alike domain, foreign e-money account, 'phone system down'"])

# ---------------------------------------------------------------- 03 genuine Petra Lang delivery advice (original of hijacked thread)
M(F, L, "lieferant-lieferavis-kw44-rundholz",
  C("lieferant", 1), [S("gruber")],
  "Lieferavis KW 44 - Fichte Rundholz Los 2", "2026-10-27 09:41:26",
  sy.ionos("lieferant-gmbh.de", user_ip="87.123.54.201", client="outlook", pc="192.168.10.27"),
  mixed(alt("""Guten Morgen Herr Gruber,

anbei das Lieferavis für KW 44: Los 2, Fichte/Tanne Abschnitte 4 m, ca. 420 Fm, Anlieferung Mittwoch bis Freitag mit drei Zügen (Spedition Huber Holztransporte). Die Waldmaßliste mit den Stärkeklassen liegt als PDF bei.

Bitte geben Sie mir kurz Bescheid, falls sich an Ihren Annahmezeiten am Rundholzplatz etwas geändert hat.

Viele Grüße
Petra Lang
Auftragsabwicklung

Lieferant GmbH
Industriestraße 7 · 83512 Wasserburg am Inn
Tel. 08071 5599-24 · p.lang@lieferant-gmbh.de
""", "iso-8859-1", "qp", "outlook"),
        pdf_att("Lieferavis_KW44_Los2_Waldmassliste.pdf", [
            ("title", "Lieferavis KW 44 / 2026"),
            ("p", "Lieferant GmbH an Example Group GmbH & Co. KG, Werk Rosenheim – Los 2"),
            ("mono", "Polter  Holzart   Länge  Stkl.  Stück   Fm (o.R.)\nP-2041  Fichte    4,0 m  2b      412    148,3\nP-2042  Fichte    4,0 m  3a      296    161,0\nP-2043  Tanne     4,0 m  2b/3a   233    110,9\nSumme                                  941    420,2"),
            ("p", "Anlieferung: Mi 28.10. – Fr 30.10.2026, je 1 Zug, Spedition Huber Holztransporte"),
            ("small", "Waldmaß gemäß Rahmenvereinbarung Holzhandel (RVR); Abrechnung nach Werksvermessung."),
        ], {"Producer": "Microsoft® Excel® für Microsoft 365", "Title": "Lieferavis KW44"})),
  msgid="<000a01dc4609$d3c1e2a0$7b45a7e0$@lieferant-gmbh.de>",
  what="Petra Lang (Lieferant GmbH) sends the delivery advice for roundwood lot 2 with the forest measurement list as PDF – the original message of the thread later hijacked.",
  why="Genuine sender domain and her usual Outlook from the supplier's office line via IONOS, business hours, expected document attached directly as PDF, no login link.",
  hn=["lieferant-threadhijack-sharepoint::same thread; normal Outlook submission from the office line with a PDF attached vs. webmail from a VPN IP at 05:47 with a fake SharePoint link"])

# ---------------------------------------------------------------- 04 urgent reminder with supply-stop threat (genuine)
M(F, L, "lieferant-dritte-mahnung-liefersperre",
  C("lieferant", 2), [("Rechnungseingang", "rechnungseingang@example.com")],
  "3. Mahnung - Kd.-Nr. 20417 - überfällig 41.382,16 EUR - Androhung Liefersperre", "2026-11-30 14:22:09",
  sy.ionos("lieferant-gmbh.de", user_ip="87.123.54.201", client="outlook", pc="192.168.10.31"),
  mixed(alt("""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 02.11.2026 und der 2. Mahnung vom 16.11.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-10412 vom 05.10.2026   18.902,40 EUR   fällig 04.11.2026
RE-2026-10458 vom 12.10.2026   19.814,00 EUR   fällig 11.11.2026
RE-2026-10503 vom 19.10.2026    2.665,76 EUR   fällig 18.11.2026
Summe                          41.382,16 EUR

Bitte überweisen Sie den Gesamtbetrag bis spätestens 04.12.2026 auf unser bekanntes Konto bei der Sparkasse Wasserburg (IBAN %s).

Sollte der Betrag bis dahin nicht eingegangen sein, müssen wir die für KW 50/51 disponierten Lieferungen (Los 3 und 4) zurückstellen und Verzugszinsen gemäß § 288 BGB sowie die Verzugspauschale von 40 EUR je Rechnung berechnen. Falls Zahlungen bereits unterwegs sind oder Sie Differenzen sehen (z. B. aus der Werksvermessung Los 2), rufen Sie mich bitte an – wir finden sicher eine Lösung.

Mit freundlichen Grüßen

Monika Huber
Buchhaltung
Lieferant GmbH · Tel. 08071 5599-0
""" % fin.fmt_iban(IBAN_LIEF_OLD), "iso-8859-15", "qp", "outlook"),
        pdf_att("3_Mahnung_Kd20417_20261130.pdf", [
            ("title", "Lieferant GmbH – Kontoauszug / 3. Mahnung"),
            ("p", "Kunde 20417 · Example Group GmbH & Co. KG · Am Sägewerk 12 · 83026 Rosenheim · Stand 30.11.2026"),
            ("mono", "Beleg           Datum       Fällig      Betrag EUR\nRE-2026-10412   05.10.2026  04.11.2026   18.902,40\nRE-2026-10458   12.10.2026  11.11.2026   19.814,00\nRE-2026-10503   19.10.2026  18.11.2026    2.665,76\nOffen gesamt                             41.382,16"),
            ("p", "Zahlbar bis 04.12.2026 auf IBAN %s (Sparkasse Wasserburg am Inn). Bei Nichtzahlung behalten wir uns vor, weitere Lieferungen zurückzustellen." % fin.fmt_iban(IBAN_LIEF_OLD)),
        ], {"Producer": "DATEV Kanzlei-Rechnungswesen", "Title": "3. Mahnung 20417"})),
  cc=[S("weiss"), S("gruber")],
  what="Lieferant GmbH's third reminder for EUR 41,382.16 with a firm deadline and the threat to hold back the next roundwood lots.",
  why="Real supplier domain and infrastructure, invoice numbers that match earlier correspondence, payment to the long-known account (no change), threats are ordinary commercial remedies (§ 288 BGB, supply stop) and the sender invites a phone call.",
  hn=["lieferant-bankverbindung-lookalike::urgent payment pressure on the same invoices, but to the known account from the real domain"])

# ---------------------------------------------------------------- 05 sick note from private mail
M(F, L, "krankmeldung-private-gmx-adresse",
  ("Katrin Müller", "katrin.mueller84@gmx.de"), [S("schaefer")],
  "Krankmeldung heute und morgen", "2026-11-18 06:41:55",
  sy.gmx("gmx.de", user_ip="91.64.112.37", client="web"),
  alt("""Hallo Anja,

ich hab mich heute Nacht mit Magen-Darm erwischt und gehe nachher zum Arzt. Ich bin heute und morgen auf jeden Fall krank, die eAU ruft ihr ja dann bei der Krankenkasse ab.

Ich schreibe von privat, weil der Laptop im Büro steht. Kannst du bitte Tobias Bescheid geben? Der Termin morgen um 10 Uhr bei der Zimmerei Baumgartner muss verschoben werden, Herr Baumgartner weiß schon Bescheid, ich hab ihm eine SMS geschickt.

Danke dir und liebe Grüße
Katrin
""", "UTF-8", "qp", "tb", pstyle="paren", quote_cs=False),
  what="Salesperson Katrin Müller reports sick to HR from her private GMX address because her laptop is in the office.",
  why="Plausible, non-financial request; no link, attachment, bank data or credential request; refers to real colleagues, customer and the statutory eAU procedure; sent from GMX webmail from a German consumer DSL IP.",
  hn=["lohnkonto-aenderung-payroll::employee writing to HR from private mail – but only a sick note, no account change or confirmation request"])

# ---------------------------------------------------------------- 06 internal IT notice with a QR code (genuine)
_qr06 = "https://intranet.example.com/it/anleitungen/mfa-number-matching"
_txt06 = """Liebe Kolleginnen und Kollegen,

bis zum 27.11.2026 stellen wir die Anmeldung an Microsoft 365 auf "Number Matching" in der Microsoft-Authenticator-App um. Für die meisten von Ihnen ändert sich nur, dass Sie bei der Anmeldung eine zweistellige Zahl in der App eintippen statt nur auf "Genehmigen" zu tippen.

Die bebilderte Anleitung finden Sie im Intranet: %s (der QR-Code unten führt auf dieselbe Intranetseite, z. B. wenn Sie am Werk-PC keine Maus zur Hand haben).

Wichtig:
- Sie müssen nichts neu registrieren und keine Zugangsdaten eingeben.
- Wir schicken Ihnen niemals QR-Codes oder Links, über die Sie sich bei Microsoft anmelden sollen. Solche E-Mails sind Phishing – bitte an it-service@example.com melden.
- Fragen beantwortet das IT-Service-Team unter Durchwahl -150.

Viele Grüße
Lukas Oberhuber
IT-Sicherheit / Mailadministration
Example Group GmbH & Co. KG
""" % _qr06
_html06 = to_html(_txt06, "outlook", "iso-8859-15").replace(
    "<p class=\"MsoNormal\">Wichtig:<o:p></o:p></p>",
    "<p class=\"MsoNormal\"><img width=\"150\" height=\"150\" src=\"cid:image001.png@01DC5A3B.4F2C1D90\" alt=\"QR-Code Intranet-Anleitung\"><o:p></o:p></p>\n<p class=\"MsoNormal\">Wichtig:<o:p></o:p></p>")
M(F, L, "it-hinweis-mfa-number-matching-qr",
  S("oberhuber"), [("Alle Mitarbeitende Rosenheim", "alle-rosenheim@example.com")],
  "IT-Hinweis: Umstellung Microsoft Authenticator auf Number Matching bis 27.11.", "2026-11-16 11:30:05",
  sy.internal(ip_user="10.20.3.88", has_attach=False),
  related(Multi("alternative", [Text(_txt06, "plain", "iso-8859-15", "qp"), Text(_html06, "html", "iso-8859-15", "qp")]),
          png_att("image001.png", qr_png(_qr06, 4), cid="image001.png@01DC5A3B.4F2C1D90", disposition="inline", style="2047"),
          params=' type="multipart/alternative";'),
  rcpt="katrin.mueller@example.com",
  notes="QR code (inline PNG) decodes to " + _qr06,
  what="Internal IT notice from the mail administrator about the switch to number matching in Microsoft Authenticator, with an inline QR code that opens the intranet guide.",
  why="Sent by Lukas Oberhuber through Exchange and mail-int01; the QR code resolves to intranet.example.com, no credentials are requested, and the text explicitly warns that IT never sends QR codes for sign-in.",
  hn=["m365-mfa-quishing::MFA topic with a QR code; internal sender and relay, QR points to the company intranet, no login vs. compromised external mailbox, QR via Bing redirect to a look-alike"])

# ---------------------------------------------------------------- 07 genuine ELSTER notification
def _elster_hops(ctx):
    t = ctx.t
    return ["from portal-app07.elster.de (portal-app07.elster.de [10.64.12.37])\n\tby mail.elster.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (rhex(ctx.rng, 10, True), ctx.rcpt, fmt_date(t, "eu", True))]


M(F, L, "elster-neue-nachricht-postfach",
  ("ELSTER - Ihr Online-Finanzamt", "portal@elster.de"), [S("krueger")],
  "Neue Nachricht in Mein ELSTER", "2026-11-09 15:02:37",
  sy.mta("mail.elster.de", "mail.elster.de", "193.109.238.69", hops_fn=_elster_hops,
         msgid_fn=lambda ctx: "<%d.%d.%d.JavaMail.portal@portal-app07.elster.de>" % (ctx.rng.randrange(10 ** 8, 10 ** 9), ctx.rng.randrange(1000, 99999), int((ctx.t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000)),
         hcs=("ISO-8859-1", "Q"), boundary=sy.b_java),
  plain("""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto "Example Group GmbH & Co. KG - Finanzbuchhaltung" ist eine neue Nachricht eingegangen.

Betreff: Bescheid über die Festsetzung der Umsatzsteuer-Vorauszahlung 09/2026

Bitte melden Sie sich wie gewohnt unter https://www.elster.de an, um die Nachricht in Ihrem Postfach abzurufen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihr ELSTER-Team
""", "ISO-8859-1", "qp", quote_cs=False),
  what="ELSTER notification that a new message (VAT pre-payment notice) is waiting in the company's Mein ELSTER mailbox.",
  why="From elster.de's own mail infrastructure; no link other than the plain portal address www.elster.de, no deadline, no request for certificates or passwords – this is how ELSTER notifies users.",
  hn=["elster-zertifikat-verlaengerung::ELSTER topic; real elster.de notice that only says 'log in as usual' vs. look-alike via SES with a renewal link to pages.dev"])

# ---------------------------------------------------------------- 08 subscribed newsletter via Brevo (EUDR topic)
_unsub08 = "<https://r.sb.holzmarkt-aktuell.de/unsubscribe/5Kq2mZ8XwL/aG9senp1Z2VAZXhhbXBsZS5jb20>, <mailto:unsubscribe-5Kq2mZ8XwL@bounces.holzmarkt-aktuell.de>"
M(F, L, "newsletter-holzmarkt-eudr-start",
  C("holzmarkt"), [S("gruber")],
  "HolzMarkt Aktuell 49/2026: EUDR-Start am 30. Dezember – was Sägewerke jetzt vorbereiten müssen", "2026-12-03 07:00:12",
  sy.brevo(unsub=_unsub08, zone="eu"),
  branded_alt("HolzMarkt Aktuell 49/2026", [
      "Guten Morgen Herr Gruber,",
      "**EUDR: Countdown läuft.** Ab dem 30. Dezember müssen Marktteilnehmer für Holz und Holzprodukte vor dem Inverkehrbringen eine Sorgfaltserklärung im EU-Informationssystem (TRACES) einreichen. Wir fassen zusammen, welche Geolokalisierungsdaten Rundholzlieferanten bereitstellen müssen und wie nachgelagerte Händler die Referenznummern weitergeben. [[Zum Artikel|https://www.holzmarkt-aktuell.de/eudr-countdown-saegewerke]]",
      "**Vorsicht vor Phishing:** Mehrere Verbände warnen vor E-Mails, die angeblich von TRACES stammen und zur Anmeldung mit dem EU Login auffordern. Die Kommission verschickt keine solchen Links – melden Sie sich immer direkt über das Portal an.",
      "**Schnittholzpreise:** Fichte-Seitenware gibt leicht nach, KVH stabil, Lärche knapp. [[Marktbericht KW 49|https://www.holzmarkt-aktuell.de/marktbericht-kw49]]",
  ], None,
      "HolzMarkt Aktuell · Fachverlag Holz & Forst GmbH · Prinzregentenstraße 18 · 80538 München\nSie erhalten diesen Newsletter, weil Sie ihn mit florian.gruber@example.com abonniert haben. [[Newsletter abbestellen|https://r.sb.holzmarkt-aktuell.de/unsubscribe/5Kq2mZ8XwL]]",
      cs="utf-8", cte="qp", brand="#5b3a1e", logo_text="HolzMarkt Aktuell", lang="de",
      preheader="EUDR-Countdown, Phishing-Warnung, Marktbericht"),
  what="Subscribed weekly trade newsletter (via Brevo, with List-Unsubscribe/One-Click) on the EUDR start, including a warning about fake TRACES e-mails.",
  why="Subscribed sender on its own domain through an ESP with proper List-Unsubscribe headers and footer; links go to the publisher's site; no credential request.",
  hn=["eudr-traces-sorgfaltserklaerung::same EUDR/TRACES topic delivered by an ESP; genuine subscribed newsletter with unsubscribe vs. impersonated EU system with a hidden tracking link"])
