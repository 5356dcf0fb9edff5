"""German messages: business 01-08, attacks 01-08."""
import base64
from registry import attack, business
from compose import compose, REGISTRY
from util import local_utc as L, rng, hexs
from world import S, SN, BANK, TAX, COMPANY
import idnum as I
import senders as X
import assets as AS

F = I.fmt_iban

SIG_CEO = """Dr. Katharina Brenner
Geschäftsführerin

Example Group GmbH | Architektur und Stadtplanung
Leopoldstraße 118 | 80802 München
T +49 89 2154 870-10 | katharina.brenner@example.com
www.example.com

Sitz der Gesellschaft: München | Amtsgericht München HRB 214587
Geschäftsführung: Dr. Katharina Brenner, Markus Höfler"""

SIG_LIEF_FOOT = """Lieferant GmbH | Plotter · Medien · Modellbau
Haunstetter Straße 112 | 86161 Augsburg
Tel. +49 821 4507 31-0 | www.lieferant-gmbh.de
Geschäftsführer: Wolfgang Ebner | Amtsgericht Augsburg HRB 18834 | USt-IdNr. %s""" % TAX["lief_vat"]

SIG_VOGEL = """Dipl.-Ing. Andreas Vogel
Prüfingenieur für Standsicherheit | Projektleitung

Tragwerk Plan Ingenieure GmbH
Landsberger Straße 302 | 80687 München
T +49 89 5790 228-31 | M +49 171 4420 187
a.vogel@tragwerkplan.de | www.tragwerkplan.de"""

# ====================================================================== business

B03_JONAS = """Hallo Herr Vogel,

nach der Abstimmung mit Wohnbau Isartal am Freitag bleibt es dabei: die Stützenreihe C in der Tiefgarage entfällt, dafür kommt der Unterzug in Achse 4 (siehe Skizze vom 23.10.). Können Sie uns bis Ende der Woche ein Nachtragsangebot für die geänderte Tragwerksplanung schicken? Herr Schuster möchte den Nachtrag in der Baubesprechung am 05.11. freigeben.

Danke und viele Grüße
Jonas Köhler

Jonas Köhler
Projektarchitekt
Example Group GmbH | Architektur und Stadtplanung
Leopoldstraße 118 | 80802 München
T +49 89 2154 870-37"""

B03_TEXT = """Hallo Herr Köhler,

anbei wie besprochen unser Nachtragsangebot Nr. 3 für die geänderte Tiefgaragendecke BA2 (Wegfall Stützenreihe C, neuer Unterzug Achse 4, Nachweis Durchstanzen an den Randstützen).

Kurz zusammengefasst:
- Neuberechnung Decke über UG inkl. Verformungsnachweis
- Bemessung Unterzug Achse 4 (Spannbeton geprüft, Ausführung schlaff bewehrt ausreichend)
- Anpassung Positionspläne und Bewehrungsskizzen
Honorar pauschal 14.860,00 EUR netto zzgl. 19 % USt.

Die geänderten Positionspläne stellen wir nach Freigabe wie üblich im Autodesk-Docs-Projektraum "Isarauen BA2" bereit. Falls Herr Schuster den Nachtrag am 05.11. freigibt, können wir bis 13.11. liefern.

Viele Grüße
Andreas Vogel

""" + SIG_VOGEL + """

-----Ursprüngliche Nachricht-----
Von: Jonas Köhler <jonas.koehler@example.com>
Gesendet: Dienstag, 27. Oktober 2026 10:14
An: Andreas Vogel <a.vogel@tragwerkplan.de>
Cc: Sophie Lindner <sophie.lindner@example.com>
Betreff: Wohnanlage Isarauen BA2 - Nachtrag 3 Tragwerksplanung

""" + B03_JONAS


def _b03_jonas_mid():
    r = rng("jonas-mid")
    return "<%s@EXMBX02.corp.example.com>" % hexs(r, 32)


@business(1, "de", "ceo-dringende-zahlung-wettbewerb-intern",
          what="CEO asks the CFO (cc AP, assistant) via internal Exchange to pay a competition fee to the City of Munich today; PDF payment request attached.",
          why="Internal relay mail-int01 with Exchange hop; the CEO's real mailbox; payee is a public body whose bank details are in the competition brief filed in the DMS; normal four-eyes approval workflow is used, not bypassed.",
          pair="attack 01")
def b01():
    t = L("CE", 2026, 10, 22, 11, 47, 12)
    text = """Hallo Markus,

die Auslobung für den Realisierungswettbewerb „Quartier Freiham Nord“ verlangt die Schutzgebühr für die Unterlagen und die Kaution für das Modell-Einsatzstück bis morgen 12 Uhr – ich habe das gestern Abend erst in der Rückfragenbeantwortung gesehen. Bitte veranlasse die Zahlung heute noch, sonst können wir nicht abgeben.

Empfänger ist die Landeshauptstadt München, Referat für Stadtplanung und Bauordnung. Kassenzeichen und Bankverbindung stehen auf Seite 14 der Auslobung (im DMS unter W-2026-031/Auslobung) und auf der angehängten Zahlungsaufforderung. Betrag insgesamt 1.850,00 €.

Die Freigabe läuft wie immer über den Workflow in DATEV Unternehmen online – meinen Teil habe ich eben gemacht, es fehlt nur noch deine Zweitfreigabe. Sabine, danke dir fürs Buchen.

Viele Grüße
Katharina

""" + SIG_CEO
    city_iban = I.iban_de("70150000", "000031905")
    att = AS.pdf([
        "# Landeshauptstadt München",
        "## Referat für Stadtplanung und Bauordnung - Wettbewerbsbüro",
        "Blumenstraße 28b, 80331 München",
        "",
        "Example Group GmbH",
        "Leopoldstraße 118",
        "80802 München",
        "",
        "## Zahlungsaufforderung - Realisierungswettbewerb Quartier Freiham Nord (W-2026-031)",
        "München, 20.10.2026",
        "",
        "Sehr geehrte Damen und Herren,",
        "gemäß Ziffer 2.7 der Auslobung sind bis zum 23.10.2026, 12:00 Uhr, folgende Beträge zu entrichten:",
        "Schutzgebühr Wettbewerbsunterlagen: 350,00 EUR",
        "Kaution Modell-Einsatzstück (wird nach Rückgabe erstattet): 1.500,00 EUR",
        "Gesamtbetrag: 1.850,00 EUR",
        "",
        "Empfänger: Stadtkasse München",
        "IBAN: " + F(city_iban) + "   BIC: SSKMDEMMXXX",
        "Kassenzeichen: 7102.3381.4427 (bitte unbedingt angeben)",
        "",
        "Mit freundlichen Grüßen",
        "Wettbewerbsbüro",
        "~ Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ], title="Zahlungsaufforderung W-2026-031", author="LHM PLAN", producer="Adobe PDF Library 23.8.53",
        creator="Acrobat PDFMaker 23 für Word", date=AS.pdfdate(2026, 10, 20, 14, 5, "+02'00'"))
    return compose(X.internal(charset="windows-1252", label="Windows-1252"), S("ceo"), [S("cfo")],
                   "Dringend: Zahlung Wettbewerb Freiham Nord – heute noch", t, text, name="b01",
                   cc=[S("ap"), S("assistant")],
                   attachments=[("Zahlungsaufforderung_Wettbewerb_Freiham_Nord.pdf", "application/pdf", att)])


@business(2, "de", "lieferant-bankverbindung-aenderung-korrekt",
          what="Lieferant GmbH's key account manager announces a new house bank from 01.12.2026 with a signed letter (PDF), old account stays valid, and asks the customer to verify by phone at the known number.",
          why="Genuine lieferant-gmbh.de on its Microsoft 365 tenant; change announced in advance and by post, domestic Commerzbank IBAN in the company's own name, explicit call-back verification, no redirection of invoices already due.",
          pair="attack 02")
def b02():
    t = L("CE", 2026, 11, 4, 9, 5, 40)
    text = """Sehr geehrte Frau Krüger,
sehr geehrter Herr Bauer,

wie bereits im Oktober in unserem Kundenschreiben und beim Jahresgespräch mit Herrn Bauer angekündigt, führen wir unseren Zahlungsverkehr ab dem 01.12.2026 über die Commerzbank Augsburg. Das unterschriebene Schreiben unserer Geschäftsführung liegt bei; es ist Ihnen zusätzlich per Post zugegangen.

Neue Bankverbindung ab 01.12.2026:
Commerzbank AG, Filiale Augsburg
IBAN %s
BIC COBADEFFXXX
Kontoinhaber: Lieferant GmbH

Unser bisheriges Konto bei der Stadtsparkasse Augsburg (IBAN %s) bleibt bis 31.03.2027 bestehen, Zahlungen dorthin werden weiterhin korrekt zugeordnet. Rechnungen, die bis 30.11. fällig sind, überweisen Sie bitte wie gewohnt.

Bitte ändern Sie Ihre Stammdaten nicht allein aufgrund dieser E-Mail. Rufen Sie mich oder unsere Buchhaltung (Frau Lang) unter der Ihnen bekannten Rufnummer 0821 4507 31-0 an, wir bestätigen Ihnen die Daten gern telefonisch. Wir werden Sie niemals bitten, bereits fällige Beträge auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Tel. +49 821 4507 31-14

""" % (F(BANK["lief_new"]), F(BANK["lief_old"])) + SIG_LIEF_FOOT
    att = AS.pdf([
        "# Lieferant GmbH",
        "Plotter · Medien · Modellbau | Haunstetter Straße 112 | 86161 Augsburg",
        "",
        "Example Group GmbH, Kreditorenbuchhaltung, Leopoldstraße 118, 80802 München",
        "",
        "Augsburg, 02.11.2026",
        "## Mitteilung über die Änderung unserer Bankverbindung (Kundennummer 10482)",
        "",
        "Sehr geehrte Damen und Herren,",
        "im Rahmen der Zusammenführung unseres Zahlungsverkehrs wechseln wir zum 01.12.2026 unsere Hausbank.",
        "Ab diesem Datum bitten wir um Zahlung auf folgendes Konto:",
        "Commerzbank AG, Filiale Augsburg - IBAN " + F(BANK["lief_new"]) + " - BIC COBADEFFXXX",
        "Kontoinhaber: Lieferant GmbH",
        "",
        "Das bisherige Konto bei der Stadtsparkasse Augsburg (IBAN " + F(BANK["lief_old"]) + ") wird bis",
        "31.03.2027 weitergeführt. Bitte verifizieren Sie diese Änderung telefonisch unter 0821 4507 31-0.",
        "",
        "Mit freundlichen Grüßen",
        "Wolfgang Ebner, Geschäftsführer          Petra Lang, Leitung Buchhaltung",
        "",
        "~ Lieferant GmbH | Amtsgericht Augsburg HRB 18834 | USt-IdNr. " + TAX["lief_vat"],
    ], title="Mitteilung Bankverbindung", author="Petra Lang", date=AS.pdfdate(2026, 11, 2, 15, 12))
    return compose(X.lieferant(charset="iso-8859-1"), ("Stefan Maier", "s.maier@lieferant-gmbh.de"),
                   [S("ap"), S("procurement")],
                   "Lieferant GmbH: Änderung der Bankverbindung zum 01.12.2026 - bitte telefonisch verifizieren", t,
                   text, name="b02", cc=[("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")],
                   attachments=[("Lieferant_GmbH_Mitteilung_Bankverbindung_2026-11.pdf", "application/pdf", att)])


@business(3, "de", "tragwerksplaner-nachtragsangebot-thread",
          what="Structural engineer replies in an existing project thread with supplement offer No. 3 as PDF.",
          why="Genuine partner on its own Microsoft 365 tenant, replying in context to the architect's question, attachment is an ordinary text PDF, announced follow-up via the known Autodesk Docs project room.",
          pair="attack 03")
def b03():
    t = L("CE", 2026, 10, 28, 16, 22, 5)
    att = AS.pdf([
        "# Tragwerk Plan Ingenieure GmbH",
        "Landsberger Straße 302 | 80687 München",
        "",
        "## Nachtragsangebot Nr. 3 - Wohnanlage Isarauen, Bauabschnitt 2",
        "Auftraggeber: Example Group GmbH, Leopoldstraße 118, 80802 München",
        "Bauherr: Wohnbau Isartal GmbH",
        "Datum: 28.10.2026",
        "",
        "Pos. 1  Neuberechnung Decke über UG inkl. Verformungsnachweis ........ 6.420,00 EUR",
        "Pos. 2  Bemessung Unterzug Achse 4 .............................. 4.180,00 EUR",
        "Pos. 3  Nachweis Durchstanzen Randstützen ........................ 1.940,00 EUR",
        "Pos. 4  Anpassung Positionspläne, Bewehrungsskizzen .............. 2.320,00 EUR",
        "Summe netto .......................................................... 14.860,00 EUR",
        "zzgl. 19 % USt. ........................................................ 2.823,40 EUR",
        "Gesamt brutto ......................................................... 17.683,40 EUR",
        "",
        "Grundlage: Ingenieurvertrag vom 14.03.2026, HOAI 2021 § 51, Honorarzone III.",
        "Lieferung der geänderten Unterlagen 6 Arbeitstage nach Beauftragung.",
        "",
        "Dipl.-Ing. Andreas Vogel",
    ], title="Nachtragsangebot 3 Isarauen BA2", author="A. Vogel", date=AS.pdfdate(2026, 10, 28, 15, 58))
    jm = _b03_jonas_mid()
    return compose(X.tragwerk(charset="iso-8859-1"), ("Andreas Vogel", "a.vogel@tragwerkplan.de"),
                   [S("architect")], "AW: Wohnanlage Isarauen BA2 - Nachtrag 3 Tragwerksplanung", t, B03_TEXT,
                   name="b03", cc=[S("planner")], in_reply_to=jm, references=[jm], replies=1,
                   attachments=[("TPI_Nachtrag_03_Isarauen_BA2.pdf", "application/pdf", att)])


@business(4, "de", "lieferant-zweite-mahnung-liefersperre",
          what="Lieferant GmbH's accounts department sends a second dunning letter with a threatened supply stop from 27.11.2026 (PDF).",
          why="Genuine lieferant-gmbh.de ERP mail through its Microsoft 365 tenant; threatening tone but payment to the long-known Stadtsparkasse account, no change of bank details, no link; typical dunning text.",
          pair="attack 02")
def b04():
    t = L("CE", 2026, 11, 20, 8, 15, 2)
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 30.10.2026 konnten wir für die folgenden Rechnungen bisher keinen Zahlungseingang feststellen:

RE-2026-41877 vom 02.10.2026   3.912,40 EUR   fällig seit 01.11.2026
RE-2026-42103 vom 09.10.2026   7.284,15 EUR   fällig seit 08.11.2026
Mahngebühr                         5,00 EUR
Gesamt                        11.201,55 EUR

Bitte überweisen Sie den Gesamtbetrag bis spätestens 26.11.2026 auf unser Ihnen bekanntes Konto bei der Stadtsparkasse Augsburg, IBAN %s, unter Angabe Ihrer Kundennummer 10482.

Sollte bis dahin kein Zahlungseingang erfolgen, müssen wir Ihr Kundenkonto ab dem 27.11.2026 für weitere Lieferungen sperren. Laufende Aufträge, u. a. AB-2026-7731 (Modellbauplatten und Acrylglas für den Wettbewerb Freiham Nord), werden dann zurückgestellt.

Haben Sie die Zahlung bereits veranlasst, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Rückfragen erreichen Sie uns unter 0821 4507 31-22.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung

%s

Diese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem versendet.""" % (F(BANK["lief_old"]), SIG_LIEF_FOOT)
    att = AS.pdf([
        "# Lieferant GmbH", "Haunstetter Straße 112 | 86161 Augsburg", "",
        "Example Group GmbH, Leopoldstraße 118, 80802 München", "",
        "## 2. Mahnung - Kundennummer 10482", "Augsburg, 20.11.2026", "",
        "RE-2026-41877  02.10.2026  fällig 01.11.2026  3.912,40 EUR",
        "RE-2026-42103  09.10.2026  fällig 08.11.2026  7.284,15 EUR",
        "Mahngebühr  5,00 EUR", "Gesamt  11.201,55 EUR", "",
        "Zahlbar bis 26.11.2026 an: Stadtsparkasse Augsburg, IBAN " + F(BANK["lief_old"]) + ", BIC AUGSDE77XXX",
        "Ab 27.11.2026 Liefersperre für weitere Aufträge.",
        "~ Lieferant GmbH | Amtsgericht Augsburg HRB 18834 | USt-IdNr. " + TAX["lief_vat"],
    ], title="2. Mahnung 10482", author="WaWi", producer="combit List & Label 28", creator="SelectLine Auftrag",
        date=AS.pdfdate(2026, 11, 20, 8, 14))
    return compose(X.lieferant(charset="iso-8859-15", html_style=None, cte="base64"),
                   ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S("ap")],
                   "2. Mahnung - Kundennr. 10482 - Liefersperre ab 27.11.2026", t, text, name="b04",
                   cc=[("Stefan Maier", "s.maier@lieferant-gmbh.de")],
                   attachments=[("Mahnung_2_10482_2026-11-20.pdf", "application/pdf", att)])


@business(5, "de", "it-hinweis-mfa-authenticator-intern",
          what="IT security (mail admin) announces the switch to Microsoft Authenticator number matching; registration only via aka.ms/mysecurityinfo; states that IT never sends QR codes by e-mail.",
          why="Internal relay with Exchange hop from the real IT security mailbox; links only to Microsoft's genuine short link and the internal service desk; no QR code, no credential request.",
          pair="attack 05")
def b05():
    t = L("CE", 2026, 11, 2, 10, 30, 44)
    text = """Liebe Kolleginnen und Kollegen,

ab dem 20.11.2026 stellen wir die Mehrfaktor-Anmeldung für Microsoft 365 vollständig auf die App Microsoft Authenticator mit Zahlenabgleich (Number Matching) um. SMS-Codes funktionieren danach nicht mehr.

Was Sie tun müssen (ca. 5 Minuten):
1. Microsoft Authenticator aus dem App Store bzw. Google Play installieren (Herausgeber: Microsoft Corporation).
2. Am PC https://aka.ms/mysecurityinfo öffnen und sich wie gewohnt anmelden.
3. "Anmeldemethode hinzufügen" > "Authenticator-App" wählen. Erst dort zeigt Ihnen Microsoft den QR-Code an, den Sie mit der App scannen.

Wichtig: Wir verschicken keine QR-Codes per E-Mail, PDF oder Teams-Nachricht und fordern Sie nie auf, einen Code oder eine Zahl an jemanden weiterzugeben. Wenn Sie eine solche Nachricht erhalten, melden Sie sie bitte über den Button "Phishing melden" in Outlook.

Bei Fragen hilft der Service Desk unter Durchwahl -444 oder über das Ticketportal https://servicedesk.example.com.

Viele Grüße
Lena Voß

Lena Voß
IT-Sicherheit & Mail-Administration
Example Group GmbH | Leopoldstraße 118 | 80802 München
T +49 89 2154 870-412"""
    return compose(X.internal(), S("itsec"), [("Alle Mitarbeitenden München", "muc-alle@example.com")],
                   "Umstellung der Mehrfaktor-Anmeldung auf Microsoft Authenticator bis 20.11.", t, text,
                   name="b05", rcpt=S("planner")[1])


@business(6, "de", "newsletter-stadt-und-raum-mailchimp",
          what="Subscribed trade newsletter (urban design magazine) sent through Mailchimp with List-Unsubscribe and one-click unsubscribe.",
          why="Genuine Mailchimp infrastructure (mcdlv.net), consistent List-ID/List-Unsubscribe/Feedback-ID, subscribed recipient, content is editorial with links to the publisher's own site.",
          pair="attack 04")
def b06():
    t = L("CE", 2026, 10, 29, 7, 0, 3)
    u, lid, cid = "8c4f1a29d3b7e60a52c19fe4d", "3f9a7c21e4", "b71d2e09c5"
    base = "https://stadtundraum-magazin.us12.list-manage.com"
    unsub = base + "/unsubscribe?u=%s&id=%s&e=7a1c4d9e02&c=%s" % (u, lid, cid)
    text = """Stadt+Raum Newsletter 44/2026

Liebe Leserinnen und Leser,

diese Woche im Heft und online:

SCHWAMMSTADT IN DER PRAXIS
Wie Leipzig, Kopenhagen und Rotterdam Regenwasser im Quartier halten - und was die neuen DWA-Arbeitsblätter für Freiraumplaner bedeuten.
https://www.stadtundraum-magazin.de/schwammstadt-praxis

WETTBEWERBE
Ergebnisse: Neue Mitte Gräfelfing, Bahnhofsareal Landshut. Neu ausgelobt: Campus Süd Ingolstadt (Bewerbungsfrist 04.12.).
https://www.stadtundraum-magazin.de/wettbewerbe

TERMINE
12.11. Webinar "Klimaanpassung im Bebauungsplan", 17:00 Uhr
https://www.stadtundraum-magazin.de/termine

Sie erhalten diesen Newsletter, weil Sie ihn auf stadtundraum-magazin.de abonniert haben.
Abmelden: %s
Stadt+Raum Verlag GmbH, Zieblandstraße 10, 80798 München""" % unsub
    html = """<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Stadt+Raum Newsletter 44/2026</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:24px;border-bottom:4px solid #2b6e4f"><span style="font-size:28px;color:#2b6e4f">Stadt+Raum</span><br><span style="font-family:Arial;font-size:12px;color:#777">Newsletter 44/2026</span></td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5">
<p>Liebe Leserinnen und Leser,</p>
<h2 style="font-size:20px">Schwammstadt in der Praxis</h2>
<p>Wie Leipzig, Kopenhagen und Rotterdam Regenwasser im Quartier halten &ndash; und was die neuen DWA-Arbeitsbl&auml;tter f&uuml;r Freiraumplaner bedeuten.</p>
<p><a href="https://stadtundraum-magazin.us12.list-manage.com/track/click?u=%s&amp;id=a1f3&amp;e=7a1c4d9e02">Weiterlesen</a></p>
<h2 style="font-size:20px">Wettbewerbe</h2>
<p>Ergebnisse: Neue Mitte Gr&auml;felfing, Bahnhofsareal Landshut. Neu ausgelobt: Campus S&uuml;d Ingolstadt (Bewerbungsfrist 04.12.).</p>
<p><a href="https://stadtundraum-magazin.us12.list-manage.com/track/click?u=%s&amp;id=b27c&amp;e=7a1c4d9e02">Zu den Wettbewerben</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial;font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn auf stadtundraum-magazin.de abonniert haben.<br>
<a href="%s">Abmelden</a> | <a href="%s/profile?u=%s&amp;id=%s&amp;e=7a1c4d9e02">Einstellungen</a><br>Stadt+Raum Verlag GmbH, Zieblandstra&szlig;e 10, 80798 M&uuml;nchen</td></tr>
</table><img src="https://stadtundraum-magazin.us12.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=7a1c4d9e02" height="1" width="1" alt=""></body></html>
""" % (u, u, unsub.replace("&", "&amp;"), base, u, lid, u, cid)
    p = X.mailchimp(us=12, uid=int("31876402"))
    extra = [
        ("List-ID", "%smc list <%s.1187342.list-id.mcsv.net>" % (u, u)),
        ("X-Mailer", "Mailchimp Mailer - **CID%s**" % cid),
        ("X-Campaign", "mailchimp%s.%s" % (u, cid)),
        ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
        ("X-Report-Abuse", "Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=7a1c4d9e02" % (u, cid)),
        ("X-MC-User", u),
        ("Feedback-ID", "31876402:31876402.2204117:us12:mc"),
        ("List-Unsubscribe", "<https://stadtundraum-magazin.us12.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=7a1c4d9e02&c=%s>,\n <mailto:unsubscribe-mc.us12_%s.%s-7a1c4d9e02@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (u, lid, cid, u, cid)),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ]
    return compose(p, ("Stadt+Raum Redaktion", "newsletter@stadtundraum-magazin.de"), [S("sales")],
                   "Stadt+Raum 44/2026: Schwammstadt in der Praxis, Wettbewerbe, Termine", t, text, html,
                   name="b06", extra=extra, reply_to=("Stadt+Raum Redaktion", "redaktion@stadtundraum-magazin.de"))


@business(7, "de", "krankmeldung-privat-gmx",
          what="Project architect reports sick from his private GMX address (laptop left in the office), eAU via health insurer, hands over a meeting to a colleague.",
          why="Colleague's genuine private GMX mailbox via GMX's own infrastructure; content is a routine sick note with no bank details, links or attachments; the eAU is fetched through the normal employer process.",
          pair="attack 07")
def b07():
    t = L("CE", 2026, 11, 16, 7, 12, 31)
    text = """Hallo Jörg,

ich liege seit gestern Abend mit Fieber flach und schreibe dir von meiner privaten Adresse, weil der Firmenlaptop noch im Büro steht.

Ich war heute früh beim Hausarzt, die Arbeitsunfähigkeit ist bis einschließlich Mittwoch (18.11.) bescheinigt. Die Praxis hat die eAU elektronisch an die TK gemeldet, ihr könnt sie also wie immer über den Abruf holen.

Sophie, kannst du bitte den Jour fixe Isarauen am Dienstag übernehmen? Die Punkteliste liegt im Projektordner unter 04_Besprechungen, die offenen Punkte zum Nachtrag 3 habe ich gestern noch eingetragen.

Viele Grüße
Jonas"""
    return compose(X.gmx(), ("Jonas Köhler", "jonas.koehler@gmx.de"), [S("hr")],
                   "Krankmeldung Jonas Köhler – heute bis Mittwoch", t, text, name="b07", cc=[S("planner")],
                   rcpt=S("hr")[1])


@business(8, "de", "kanzlei-vertragsentwurf-verschluesseltes-zip",
          what="The company's law firm sends a draft lease agreement as a password-protected ZIP (PDF inside); password sent separately by SMS as agreed.",
          why="Genuine law firm on its own Exchange server behind its mail gateway, matter number and prior call referenced, password not in the mail, archive contains only a PDF; encrypted archives are the agreed channel for confidential drafts.",
          pair="attack 08")
def b08():
    t = L("CE", 2026, 11, 12, 17, 40, 9)
    text = """Sehr geehrte Frau Dr. Brenner,

wie in unserer Telefonkonferenz am Dienstag besprochen, übersende ich Ihnen anbei den überarbeiteten Entwurf des Mietvertrags für die Erweiterungsflächen im 3. OG der Leopoldstraße 120 (Stand 12.11.2026, Version 3). Die Änderungen gegenüber Version 2 betreffen im Wesentlichen § 4 (Staffelmiete), § 9 (Rückbauverpflichtung der Modellbauwerkstatt) und die Sonderkündigungsrechte in § 17.

Wegen der enthaltenen Konditionen versenden wir das Dokument, wie mit Ihnen vereinbart, als verschlüsseltes ZIP-Archiv. Das Kennwort erhalten Sie wie gewohnt separat per SMS.

Für Rückfragen stehe ich Ihnen gern zur Verfügung. Die Stellungnahme des Vermieters zu § 9 erwarten wir bis Ende nächster Woche.

Mit freundlichen Grüßen

Dr. Hanna Berger
Rechtsanwältin | Fachanwältin für Miet- und Wohnungseigentumsrecht

Kanzlei Dr. Berger & Partner mbB
Prinzregentenstraße 61 | 81675 München
T +49 89 4130 662-0 | F +49 89 4130 662-99
h.berger@berger-partner-law.de | www.berger-partner-law.de
Partnerschaftsregister: AG München PR 1187

Mandat: EG-2026-017 Example Group GmbH / Mietvertrag Leopoldstraße 120

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""
    inner = AS.pdf([
        "# ENTWURF - Gewerberaummietvertrag",
        "Leopoldstraße 120, 3. Obergeschoss, 80802 München",
        "Version 3 - Stand 12.11.2026 - Kanzlei Dr. Berger & Partner mbB",
        "",
        "zwischen Isar Grund Immobilien GmbH & Co. KG (Vermieterin)",
        "und Example Group GmbH (Mieterin)",
        "",
        "§ 1 Mietgegenstand: Büro- und Werkstattflächen von ca. 612 m² ...",
        "§ 4 Miete: Staffelmiete, Anfangsmiete 24,50 EUR/m² netto kalt ...",
        "§ 9 Rückbau: Die Mieterin ist verpflichtet, die Einbauten der Modellbauwerkstatt ...",
        "§ 17 Sonderkündigungsrecht: ...",
    ], title="Mietvertrag Leopoldstr 120 Entwurf v3", author="Dr. Hanna Berger",
        date=AS.pdfdate(2026, 11, 12, 17, 21))
    z = AS.zip_files([("2026-11-12_Mietvertrag_Leopoldstr_120_Entwurf_v3.pdf", inner)], password="Lp120-v3!Berger",
                     seed="b08", date_time=(2026, 11, 12, 17, 22, 10))
    return compose(X.berger(charset="iso-8859-1"), ("Dr. Hanna Berger", "h.berger@berger-partner-law.de"),
                   [S("ceo")], "Mandat EG-2026-017 - Entwurf Mietvertrag Leopoldstraße 120 (Version 3)", t, text,
                   name="b08", cc=[S("cfo")],
                   attachments=[("EG-2026-017_Mietvertrag_Entwurf_v3.zip", "application/x-zip-compressed", z)])


# ====================================================================== attacks

@attack(1, "de", "ceo-fraud-vertrauliche-uebernahme-outlook",
        what="CEO fraud: 'Dr. Katharina Brenner' on a free outlook.de address asks the CFO to make a confidential escrow payment for an acquisition outside the approval workflow; a 'lawyer' will send details.",
        why="Display name of the CEO on a consumer Outlook.com mailbox with Reply-To to another free address; secrecy towards accounting, explicit bypass of the four-eyes workflow, e-mail-only contact, announced 'lawyer' = classic BEC/CEO fraud (contrast business 01).",
        technique="BEC - CEO fraud with fake-lawyer set-up", infra="Outlook.com consumer (free mailer)", pair="business 01")
def a01():
    t = L("CE", 2026, 10, 13, 8, 51, 27)
    text = """Guten Morgen Markus,

bist du heute Vormittag erreichbar? Ich brauche dich für eine vertrauliche Angelegenheit, die ich im Moment nur mit dir besprechen kann.

Wir sind seit einigen Wochen in Gesprächen über die Übernahme eines kleineren Planungsbüros in Wien (Schwerpunkt Verkehrs- und Freiraumplanung). Die Verhandlungen sind in der Endphase, der Beirat ist informiert, aber bis zur Unterzeichnung gilt absolute Verschwiegenheit, auch gegenüber Sabine und dem Team. Das Closing begleitet Dr. Felix Amann (Amann Rechtsanwälte, Wien). Er meldet sich heute noch direkt bei dir.

Für die Exklusivitätsvereinbarung ist heute eine Anzahlung auf ein Treuhandkonto fällig. Betrag, Empfänger und Verwendungszweck schickt dir Dr. Amann. Bitte führe die Überweisung als Einzelzahlung aus und nicht über den normalen Freigabelauf, damit der Vorgang nicht in der Buchhaltung sichtbar wird, bevor wir offiziell kommunizieren.

Ich sitze den ganzen Tag in Terminen und bin telefonisch schlecht erreichbar. Antworte bitte nur an diese Adresse, mein Firmenpostfach wird im Moment von der Assistenz mitgelesen.

Danke dir für deine Diskretion.

Katharina

Outlook für iOS beziehen<https://aka.ms/o0ukef>"""
    return compose(X.P.OutlookConsumer(charset="iso-8859-1", lang="de-DE"),
                   ("Dr. Katharina Brenner", "k.brenner.gf@outlook.de"), [S("cfo")],
                   "Vertraulich - kurze Rückmeldung", t, text, name="a01",
                   reply_to=("Dr. Katharina Brenner", "katharina.brenner.office@outlook.com"), priority="1")


@attack(2, "de", "lieferant-bankdatenaenderung-lookalike-domain",
        what="Supplier bank-detail change: 'Petra Lang, Lieferant GmbH' from the look-alike domain lieferant-grnbh.de asks AP to pay two real open invoices to a Lithuanian EMI account; PDF 'confirmation letter' attached.",
        why="Look-alike domain (rn instead of m) on a Hetzner VPS, signature still shows the real domain; foreign e-money IBAN in a German supplier's name, immediate effect, pressure to redirect invoices already due, confirmation by e-mail only (contrast business 02/04).",
        technique="BEC - supplier bank-detail change (look-alike domain)", infra="look-alike domain on Hetzner VPS (Postfix, Outlook-style headers)",
        pair="business 02, business 04")
def a02():
    t = L("CE", 2026, 10, 19, 10, 12, 48)
    text = """Sehr geehrte Frau Krüger,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank ändert sich ab sofort unsere Bankverbindung. Bitte hinterlegen Sie für alle offenen und künftigen Rechnungen ausschließlich die folgende Verbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: EVIULT2VXXX
Bank: Paysera LT, UAB

Unsere bisherige Verbindung bei der Stadtsparkasse Augsburg wird zum Monatsende geschlossen. Zahlungen dorthin können ab dem 26.10. nicht mehr zugeordnet werden und gehen an Sie zurück.

Gleichzeitig möchten wir Sie bitten, die beiden derzeit offenen Rechnungen RE-2026-41877 (3.912,40 €, Plotterpapier und Modellbau-Hartschaum) und RE-2026-42103 (7.284,15 €, Wartung HP DesignJet Z9+) bereits auf das neue Konto zu überweisen, damit wir den Vorgang sauber abschließen können. Eine kurze Bestätigung der Umstellung per E-Mail an diese Adresse genügt uns.

Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

Mit freundlichen Grüßen

Petra Lang
Innendienst / Debitorenbuchhaltung
Lieferant GmbH
Haunstetter Straße 112 · 86161 Augsburg
Tel. +49 821 4507 31-22
rechnungen@lieferant-gmbh.de""" % F(BANK["lief_fake"])
    att = AS.pdf([
        "# Lieferant GmbH",
        "Haunstetter Straße 112 - 86161 Augsburg",
        "",
        "An alle Kunden",
        "Augsburg, 16.10.2026",
        "## Bestätigung der neuen Bankverbindung",
        "",
        "Hiermit bestätigen wir, dass Zahlungen an die Lieferant GmbH ab sofort ausschließlich auf",
        "folgendes Konto zu leisten sind:",
        "Kontoinhaber: Lieferant GmbH",
        "IBAN: " + F(BANK["lief_fake"]) + "   BIC: EVIULT2VXXX   (Paysera LT, UAB)",
        "",
        "Die bisherige Bankverbindung ist nicht mehr gültig.",
        "",
        "Wolfgang Ebner",
        "Geschäftsführer",
    ], title="Bankverbindung", author="Buchhaltung", date=AS.pdfdate(2026, 10, 16, 18, 40, "+02'00'"))
    p = X.vps("mail.lieferant-grnbh.de", "78.46.214.87", rdns="static.87.214.46.78.clients.your-server.de",
              charset="iso-8859-15", lang="de")
    return compose(p, ("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-grnbh.de"), [S("ap")],
                   "Änderung unserer Bankverbindung - Kd.-Nr. 10482", t, text, name="a02",
                   attachments=[("Bankverbindung_Lieferant_GmbH_2026.pdf", "application/pdf", att)])


@attack(3, "de", "thread-hijack-tragwerksplaner-webflow-link",
        what="Thread hijack from the structural engineer's genuinely compromised Microsoft 365 mailbox: reply in the real 'Nachtrag 3' thread with a link to a webflow.io page asking for a Microsoft 365 login.",
        why="Same sender and tenant as the genuine thread (business 03), but the documents are suddenly on a free webflow.io site instead of the announced Autodesk Docs room, with a Microsoft 365 sign-in required and time pressure at 07:38 - credential phishing from a compromised partner.",
        technique="Thread hijack from compromised partner mailbox -> credential phishing (abused site builder)",
        infra="genuine Microsoft 365 tenant of the partner (account takeover), link on webflow.io", pair="business 03")
def a03():
    t = L("CE", 2026, 11, 10, 7, 38, 2)
    text = """Hallo Herr Köhler,

kurze Info vorab: Die überarbeiteten Positionspläne und die Nachtragskalkulation (Revision b) sind fertig. Da unser Autodesk-Konto gerade auf eine neue Lizenz umgestellt wird, haben wir die Unterlagen übergangsweise über unsere Dokumentenfreigabe bereitgestellt:

https://tragwerkplan-projektraum.webflow.io/isarauen-ba2/nachtrag-03-rev-b

Zum Öffnen bitte mit Ihrem Microsoft-365-Firmenkonto anmelden. Können Sie bis heute Mittag kurz prüfen, ob die Lastannahmen für die TG-Decke so passen? Herr Schuster wartet auf die Freigabe.

Viele Grüße
Andreas Vogel

""" + SIG_VOGEL + """

-----Ursprüngliche Nachricht-----
Von: Andreas Vogel <a.vogel@tragwerkplan.de>
Gesendet: Mittwoch, 28. Oktober 2026 16:22
An: Jonas Köhler <jonas.koehler@example.com>
Cc: Sophie Lindner <sophie.lindner@example.com>
Betreff: AW: Wohnanlage Isarauen BA2 - Nachtrag 3 Tragwerksplanung

""" + B03_TEXT
    b03 = REGISTRY["b03"]
    jm = _b03_jonas_mid()
    return compose(X.tragwerk(charset="iso-8859-1"), ("Andreas Vogel", "a.vogel@tragwerkplan.de"),
                   [S("architect")], "AW: Wohnanlage Isarauen BA2 - Nachtrag 3 Tragwerksplanung", t, text,
                   name="a03", in_reply_to=b03, references=[jm, b03], replies=2)


@attack(4, "de", "bzst-e-rechnung-registrierung-brevo",
        what="Fake Federal Central Tax Office (BZSt) notice: mandatory 'registration for e-invoice reception' with ELSTER organisation certificate and PIN by 30.11., threat of a fine; sent through Brevo.",
        why="No such register exists (receiving e-invoices since 2025 needs no registration); authority name on bzst-erechnung.de via a bulk ESP, link tracked through Brevo to a non-government domain, asks for the ELSTER certificate file and PIN, threatens Zwangsgeld.",
        technique="Credential phishing - national tax office / e-invoicing lure", infra="Brevo (Sendinblue) bulk ESP, look-alike government domain")
def a04():
    t = L("CE", 2026, 11, 10, 9, 3, 11)
    track = "https://r.sp1-brevo.net/mk/cl/f/sh/SMJz09Z2h8aeqyuMn7oHQ0bTQd1x/xT4bq7vNcMH3"
    text = """Bundeszentralamt für Steuern
Az. ER-2026-4471938

Sehr geehrte Damen und Herren,

seit dem 01.01.2025 sind alle inländischen Unternehmen verpflichtet, elektronische Rechnungen (XRechnung, ZUGFeRD) empfangen und verarbeiten zu können (§ 14 Abs. 1 UStG). Zur Zuordnung im zentralen Empfangsverzeichnis für E-Rechnungen ist eine einmalige Verifizierung Ihres Unternehmens erforderlich.

Unternehmen: Example Group GmbH
USt-IdNr.: %s
Frist: 30.11.2026

Für die Verifizierung benötigen Sie Ihr ELSTER-Organisationszertifikat (.pfx) und die zugehörige PIN.

Jetzt registrieren: %s

Unternehmen, deren Registrierung nach Ablauf der Frist nicht vorliegt, können keine E-Rechnungen mehr zugestellt bekommen. Das Finanzamt kann zur Durchsetzung ein Zwangsgeld bis zu 25.000 Euro festsetzen (§ 329 AO).

Mit freundlichen Grüßen
Ihr Bundeszentralamt für Steuern
Referat E-Rechnung
An der Küppe 1, 53225 Bonn

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""" % (COMPANY["vat"], track)
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>E-Rechnung</title></head>
<body style="margin:0;background:#eceff1;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#fff;border-top:6px solid #000">
<tr><td style="padding:20px 32px;border-bottom:1px solid #ddd">
<div style="font-size:11px;letter-spacing:1px;color:#555">BUNDESZENTRALAMT F&Uuml;R STEUERN</div>
<div style="font-size:20px;font-weight:bold;color:#000;margin-top:4px">Pflichtregistrierung E-Rechnungsempfang</div>
<div style="font-size:12px;color:#777;margin-top:4px">Az. ER-2026-4471938</div></td></tr>
<tr><td style="padding:24px 32px;font-size:14px;line-height:1.55;color:#222">
<p>Sehr geehrte Damen und Herren,</p>
<p>seit dem 01.01.2025 sind alle inl&auml;ndischen Unternehmen verpflichtet, elektronische Rechnungen (XRechnung, ZUGFeRD) empfangen und verarbeiten zu k&ouml;nnen (&sect; 14 Abs. 1 UStG). Zur Zuordnung im zentralen Empfangsverzeichnis f&uuml;r E-Rechnungen ist eine einmalige Verifizierung Ihres Unternehmens erforderlich.</p>
<table cellpadding="6" style="font-size:14px;background:#f5f7f8;width:100%%">
<tr><td style="color:#666">Unternehmen</td><td><b>Example Group GmbH</b></td></tr>
<tr><td style="color:#666">USt-IdNr.</td><td><b>%s</b></td></tr>
<tr><td style="color:#666">Frist</td><td><b style="color:#b00020">30.11.2026</b></td></tr></table>
<p>F&uuml;r die Verifizierung ben&ouml;tigen Sie Ihr ELSTER-Organisationszertifikat (.pfx) und die zugeh&ouml;rige PIN.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#004b87;color:#fff;text-decoration:none;padding:13px 28px;font-weight:bold;border-radius:2px">Jetzt registrieren</a></p>
<p style="font-size:12px;color:#555">Unternehmen, deren Registrierung nach Ablauf der Frist nicht vorliegt, k&ouml;nnen keine E-Rechnungen mehr zugestellt bekommen. Das Finanzamt kann zur Durchsetzung ein Zwangsgeld bis zu 25.000 Euro festsetzen (&sect; 329 AO).</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #ddd">Bundeszentralamt f&uuml;r Steuern &middot; Referat E-Rechnung &middot; An der K&uuml;ppe 1 &middot; 53225 Bonn<br>Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://r.sp1-brevo.net/tr/op/8Hq2nP0vYx3kLmA7" alt=""></body></html>
""" % (COMPANY["vat"], track)
    p = X.brevo(sender_domain="bzst-erechnung.de")
    return compose(p, ("Bundeszentralamt für Steuern", "noreply@bzst-erechnung.de"), [S("acc_muc")],
                   "Pflichtregistrierung E-Rechnungsempfang (§ 14 UStG) – Frist 30.11.2026 – Az. ER-2026-4471938",
                   t, text, html, name="a04")


@attack(5, "de", "quishing-mfa-ablauf-kompromittierte-baeckerei",
        what="Quishing: 'Microsoft 365 Sicherheit' claims the MFA registration expires tomorrow; HTML mail with an inline PNG QR code leading to a .com.de phishing page with the victim's address base64-encoded.",
        why="Sent through a compromised bakery's cPanel mailbox via SMTP AUTH from abroad; Microsoft branding but no Microsoft domain; QR code hides the URL from link scanners and moves the victim to a phone; IT has announced it never sends QR codes (business 05).",
        technique="Quishing (QR code) - Microsoft 365 MFA credential phishing", infra="compromised small business mailbox on cPanel/Exim shared hosting",
        pair="business 05")
def a05():
    t = L("CE", 2026, 11, 12, 14, 26, 40)
    email_b64 = base64.b64encode(S("planner")[1].encode()).decode()
    url = "https://m365-sicherheit.com.de/auth/mfa?r=" + email_b64
    qr = AS.qr_png(url, scale=5)
    text = """Microsoft 365

Aktion erforderlich: Ihre Mehrfaktor-Authentifizierung läuft ab

Hallo Sophie Lindner,

die Registrierung Ihrer Mehrfaktor-Authentifizierung für sophie.lindner@example.com läuft am 13.11.2026 ab. Damit Ihr Zugriff auf Outlook, Teams und SharePoint nicht unterbrochen wird, bestätigen Sie bitte Ihre Sicherheitsinformationen.

Scannen Sie dazu den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen.

Dieser Vorgang dauert weniger als zwei Minuten.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;background:#f3f2f1;margin:0;padding:24px">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1dfdd">
<tr><td style="padding:20px 28px 8px 28px;font-size:15px;color:#737373">
<span style="display:inline-block;width:10px;height:10px;background:#f25022"></span><span style="display:inline-block;width:10px;height:10px;background:#7fba00"></span><br>
<span style="display:inline-block;width:10px;height:10px;background:#00a4ef"></span><span style="display:inline-block;width:10px;height:10px;background:#ffb900"></span>
&nbsp;Microsoft 365</td></tr>
<tr><td style="padding:8px 28px;font-size:22px;color:#0078d4">Aktion erforderlich: Ihre Mehrfaktor-Authentifizierung l&auml;uft ab</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;color:#323130;line-height:1.5">
<p>Hallo Sophie Lindner,</p>
<p>die Registrierung Ihrer Mehrfaktor-Authentifizierung f&uuml;r <b>sophie.lindner@example.com</b> l&auml;uft am <b>13.11.2026</b> ab. Damit Ihr Zugriff auf Outlook, Teams und SharePoint nicht unterbrochen wird, best&auml;tigen Sie bitte Ihre Sicherheitsinformationen.</p>
<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones:</p>
<p style="text-align:center"><img src="cid:image001.png@01DC7295.5A1B2C30" width="205" height="205" alt="QR-Code"></p>
<p style="font-size:12px;color:#605e5c">Dieser Vorgang dauert weniger als zwei Minuten.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#a19f9d;border-top:1px solid #edebe9">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
"""
    p = X.cpanel("vh-web27.webspace-net.de", "185.26.156.74", sender_ip="185.220.101.47",
                 auth_user="info@baeckerei-huber-rosenheim.de", sender_helo="WIN-3KQ1T8E2LMO")
    return compose(p, ("Microsoft 365 Sicherheit", "info@baeckerei-huber-rosenheim.de"), [S("planner")],
                   "Aktion erforderlich: Ihre Mehrfaktor-Authentifizierung läuft am 13.11.2026 ab", t, text, html,
                   name="a05", inline=[("image001.png@01DC7295.5A1B2C30", "image001.png", "image/png", qr)])


@attack(6, "de", "register-offerte-gewerberegister-pdf",
        what="Fake register invoice: a private 'Deutsches Register für Gewerbetreibende' sends a PDF 'Eintragungsofferte' that looks like an official fee notice (HRB data pre-filled, 598 EUR), fine print binds to a 3-year paid directory listing.",
        why="Private directory disguised as an official register; uses public Handelsregister data to look authoritative; the small print reveals an offer for a 3-year contract; payment to a neo-bank IBAN; sent from its own throw-away domain on a VPS. Deceptive invoice fraud.",
        technique="Fake directory / register invoice (Adressbuchschwindel)", infra="own domain on Contabo VPS (Postfix, Outlook-style headers)")
def a06():
    t = L("CE", 2026, 11, 17, 11, 40, 55)
    text = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Register für Gewerbetreibende erhalten Sie anbei das Erfassungsformular mit Ihren aktuellen Firmendaten (Amtsgericht München, HRB 214587).

Bitte prüfen Sie die Angaben und überweisen Sie den im Formular genannten Betrag von 598,00 EUR bis zum 01.12.2026 unter Angabe der Registernummer 2026/M-214587. Eine Rücksendung des Formulars ist nicht erforderlich; die Eintragung wird mit Zahlungseingang wirksam.

Mit freundlichen Grüßen

DRG Deutsches Register für Gewerbetreibende
Abteilung Datenerfassung
Kurfürstendamm 195, 10707 Berlin"""
    att = AS.pdf([
        "# DRG Deutsches Register für Gewerbetreibende",
        "Erfassungsformular / Eintragungsofferte 2027",
        "",
        "Registernummer: 2026/M-214587",
        "Firma: Example Group GmbH",
        "Anschrift: Leopoldstraße 118, 80802 München",
        "Registergericht: Amtsgericht München, HRB 214587",
        "Geschäftsführung: Dr. Katharina Brenner, Markus Höfler",
        "",
        "## Eintragungsgebühr: 598,00 EUR   fällig bis 01.12.2026",
        "Empfänger: DRG Register Service",
        "IBAN: " + F(BANK["register_fake"]) + "   BIC: NTSBDEB1XXX",
        "Verwendungszweck: 2026/M-214587",
        "",
        "",
        "~ Hinweis: Bei diesem Schreiben handelt es sich um ein Angebot zur Eintragung in das private Online-Verzeichnis"
        " www.drg-gewerberegister.de. Mit Zahlung des Betrags kommt ein Vertrag mit einer Laufzeit von drei Jahren zu"
        " einem Jahresentgelt von 598,00 EUR netto zustande, der sich um jeweils ein weiteres Jahr verlängert, sofern er"
        " nicht drei Monate vor Ablauf schriftlich gekündigt wird. Es besteht keine Verbindung zu amtlichen Registern."
        " Gerichtsstand Berlin.",
    ], title="Eintragungsofferte", author="DRG", date=AS.pdfdate(2026, 11, 17, 10, 2))
    p = X.vps("mail.drg-gewerberegister.de", "161.97.133.208", rdns="vmi2317764.contaboserver.net",
              charset="iso-8859-1", lang="de")
    return compose(p, ("DRG Register", "service@drg-gewerberegister.de"), [S("ap")],
                   "Eintragungsofferte Gewerbe- und Handelsregisterdaten 2027 - Reg.-Nr. 2026/M-214587", t, text,
                   name="a06", attachments=[("Eintragung_2026-M-214587.pdf", "application/pdf", att)])


@attack(7, "de", "gehaltsumleitung-privatadresse-gmail",
        what="Payroll diversion: 'Sophie Lindner' writes to HR from a Gmail address asking to pay her salary to a new N26 account from the November payroll and to confirm.",
        why="Staff display name on an unknown free mailbox, late-evening request to change salary IBAN by e-mail outside the HR self-service/form process, urgency for the running payroll, neo-bank account, request for confirmation (contrast business 07, a real private-mail sick note with no payment request).",
        technique="BEC - payroll diversion", infra="Gmail (free mailer)", pair="business 07")
def a07():
    t = L("CE", 2026, 11, 18, 21, 47, 13)
    text = """Hallo Jörg,

ich habe mein Gehaltskonto gewechselt und wollte dich bitten, die neue Bankverbindung schon für die Novemberabrechnung zu berücksichtigen:

Kontoinhaberin: Sophie Lindner
IBAN: %s
Bank: N26

Ich schreibe von meiner privaten Adresse, weil ich gerade unterwegs bin und Outlook auf dem Handy mal wieder streikt. Kannst du mir kurz Bescheid geben, sobald es geändert ist? Die alte Karte habe ich schon gekündigt.

Danke dir und liebe Grüße
Sophie""" % F(BANK["payroll_fake"])
    return compose(X.gmail(), ("Sophie Lindner", "sophie.lindner.muc@gmail.com"), [S("hr")],
                   "Änderung Bankverbindung Gehalt", t, text, name="a07")


@attack(8, "de", "abmahnung-bildrechte-passwort-zip",
        what="Fake copyright 'Abmahnung' from a law firm about project photos on the website, sent from a compromised physiotherapy website (PHPMailer), replies to mail.de, evidence in a password-protected ZIP containing a .pdf.lnk shortcut.",
        why="Law-firm letter from an unrelated compromised WordPress domain, Reply-To on a free mailer; password-protected archive (password in body) defeats scanning and holds a Windows shortcut disguised as PDF - classic malware delivery; legal threat and short deadline (contrast business 08).",
        technique="Malware delivery - password-protected archive, fake lawyer (copyright infringement lure)",
        infra="compromised WordPress site (PHPMailer via local Exim)", pair="business 08")
def a08():
    t = L("CE", 2026, 11, 23, 9, 58, 30)
    text = """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr Dipl.-Fotograf Matthias Brandl, München, mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist im Anhang enthalten.

Auf Ihrer Internetseite www.example.com werden im Bereich "Projekte" mindestens sieben Lichtbilder unseres Mandanten (u. a. Aufnahmen der Wohnanlage Isarauen BA1 und des Bürogebäudes Werksviertel) ohne Lizenz und ohne Urhebervermerk öffentlich zugänglich gemacht (§ 19a UrhG). Unserem Mandanten stehen daher Ansprüche auf Unterlassung, Schadensersatz im Wege der Lizenzanalogie (§ 97 Abs. 2 UrhG) sowie auf Erstattung der Rechtsanwaltskosten zu.

Die Screenshots mit Zeitstempeln, die Lizenzberechnung nach den MFM-Empfehlungen sowie die vorbereitete strafbewehrte Unterlassungserklärung übersenden wir Ihnen aus datenschutzrechtlichen Gründen als verschlüsseltes Archiv.

Kennwort: WK-1184-26

Wir fordern Sie auf, die unterzeichnete Unterlassungserklärung bis zum 30.11.2026 an uns zurückzusenden und den Betrag von 2.847,60 EUR auf unser Anderkonto zu überweisen. Nach fruchtlosem Fristablauf werden wir unserem Mandanten empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Rechtsanwalt Dr. Jan Weidner
Weidner & Kollegen Rechtsanwälte
Widenmayerstraße 29, 80538 München"""
    z = AS.zip_placeholder("Abmahnung_1184-26_Beweismittel_Screenshots.pdf.lnk", password="WK-1184-26",
                           seed="a08", date_time=(2026, 11, 23, 9, 41, 6))
    p = X.cpanel("dedi4471.your-server.de", "136.243.148.52", sender_ip=None, auth_user="physioam",
                 mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")
    p.return_path = lambda c: "physioam@dedi4471.your-server.de"
    return compose(p, ("Weidner & Kollegen Rechtsanwälte", "kanzlei@physiotherapie-am-see.de"), [S("mgr_muc")],
                   "Abmahnung wegen Urheberrechtsverletzung – Bildrechte Projektfotos – Az. 1184/26 WK", t, text,
                   name="a08", reply_to=("RA Dr. Jan Weidner", "weidner.kollegen@mail.de"),
                   attachments=[("Abmahnung_1184-26_Beweismittel.zip", "application/zip", z)])
