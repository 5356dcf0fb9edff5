# -*- coding: utf-8 -*-
"""German genuine messages 01-08."""
from lib.kit import *  # noqa
from lib import png as PNG
from lib import ids


def b01():
    t = """Sabine, Herr Krüger,

kurze Bitte mit Priorität: Die Anzahlung an die Lieferant GmbH für die Antriebe Kö-Bogen II (Bestellung 4500187731, 30 % = 61.380,00 EUR netto) muss heute noch raus. Herr Maier hat mir gestern Abend bestätigt, dass die Fertigungsslots in KW 45 sonst weg sind – dann halten wir den Übergabetermin beim Kunden nicht.

Die Bestellung ist in SAP freigegeben (Workflow Köhler/Groß), die Anzahlungsrechnung RE-2026-10-4530 liegt seit gestern in der Rechnungsprüfung. Bitte wie immer auf die in den Stammdaten hinterlegte Bankverbindung und mit der üblichen Zweitfreigabe durch dich, Sabine.

Bei Rückfragen: Ich bin bis 11 Uhr im Haus und danach mobil erreichbar.

Danke euch!
Klaus

Klaus Böhmer
Vorstandsvorsitzender
Example Group AG | Kaistraße 18 | 40221 Düsseldorf
Tel. +49 211 300 47-100"""
    return Msg("business", 1, "de", "ceo-urgent-payment-internal",
               frm=S("ceo"), to=S("cfo"), cc=S("ap"),
               subject="Dringend: Anzahlung Lieferant GmbH Kö-Bogen II heute freigeben",
               when="2026-10-20 08:31:55", infra=I.internal(),
               body=alt(t, outlook_html(t, "Windows-1252"), "windows-1252", "quoted-printable"),
               priority=[("X-Priority", "1"), ("Importance", "high")],
               what="CEO asks CFO and AP to release a supplier down-payment today",
               why="Internal Exchange via mail-int01; known supplier and PO number, payment to the bank details already on file, normal four-eyes approval explicitly kept, CEO reachable.",
               contrast="Same urgency and same recipients as attack 01, but internal path, refers to an approved SAP PO, existing master-data bank account and the usual second approval; nothing secret.")


def b02():
    new = C.ACCT["lieferant_new"]
    old = C.ACCT["lieferant_old"]
    t = """Sehr geehrte Damen und Herren,

wir möchten Sie rechtzeitig darüber informieren, dass die Lieferant GmbH ihre Hausbankverbindung zum 01.12.2026 von der Sparkasse KölnBonn zur Commerzbank AG verlegt.

Neue Bankverbindung ab 01.12.2026:
Commerzbank AG, Köln
IBAN: %s
BIC: COBADEFFXXX

Unser bisheriges Konto (IBAN endend auf %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin ordnungsgemäß verbucht. Es besteht also kein Handlungsdruck.

Das unterschriebene Schreiben unserer Geschäftsführung liegt bei, zusätzlich erhalten Sie es in den nächsten Tagen per Post. Zu Ihrer eigenen Sicherheit bitten wir Sie, die Änderung vor der Erfassung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (0221 9847-0) oder bei Ihrem Ansprechpartner Herrn Maier zu bestätigen. Wir werden Sie niemals per E-Mail zu einer kurzfristigen Kontoänderung oder zu einer Zahlung auf ein ausländisches Konto auffordern.

Mit freundlichen Grüßen

i. A. Petra Lang
Forderungsmanagement

Lieferant GmbH
Industriestraße 42 | 50735 Köln
Tel. +49 221 9847-214
Amtsgericht Köln HRB 61734 | Geschäftsführer: Dr. Rainer Hölscher""" % (fi(new), old[-4:-2] + " " + old[-2:])
    letter = [("h", "Lieferant GmbH"), ("s", "Industriestraße 42 · 50735 Köln · Tel. +49 221 9847-0 · USt-IdNr. %s" % C.TAX["lieferant"]),
              ("sp", 20), "Example Group AG", "Kreditorenbuchhaltung", "Kaistraße 18", "40221 Düsseldorf", ("sp", 16),
              ("r", "Köln, 02.11.2026"), ("sp", 10),
              ("b", "Änderung unserer Bankverbindung zum 01.12.2026"), ("sp", 6),
              "Sehr geehrte Damen und Herren,",
              "wir verlegen unsere Hausbankverbindung. Ab dem 01.12.2026 bitten wir Sie, Zahlungen auf folgendes Konto zu leisten:",
              ("sp", 6), ("row", [(0, "Kontoinhaber:"), (40, "Lieferant GmbH")]), ("row", [(0, "Kreditinstitut:"), (40, "Commerzbank AG, Köln")]),
              ("row", [(0, "IBAN:"), (40, fi(new))]), ("row", [(0, "BIC:"), (40, "COBADEFFXXX")]), ("sp", 6),
              "Das bisherige Konto bei der Sparkasse KölnBonn (IBAN %s) bleibt bis zum 31.03.2027 geöffnet. Bitte bestätigen Sie die Änderung vor der Erfassung telefonisch unter 0221 9847-0." % fi(old),
              ("sp", 10), "Mit freundlichen Grüßen", ("sp", 18),
              ("row", [(0, "Dr. Rainer Hölscher"), (80, "Claudia Remmert")]), ("row", [(0, "Geschäftsführer"), (80, "Prokuristin, Leitung Finanzen")]), ("sp", 30),
              ("s", "Lieferant GmbH · Sitz Köln · Amtsgericht Köln HRB 61734 · Geschäftsführer: Dr. Rainer Hölscher")]
    body = Multi("mixed", [
        alt(t, outlook_html(t, "windows-1252"), "windows-1252", "quoted-printable"),
        pdf_att(letter, "2026-11-02_Lieferant_GmbH_Bankverbindung.pdf", title="Änderung Bankverbindung", author="Remmert, Claudia",
                producer="Adobe PDF Library 24.3.149", creator="Acrobat PDFMaker 24 für Word", when=T.berlin("2026-11-02 15:40"))])
    return Msg("business", 2, "de", "supplier-bank-change-announced-properly",
               frm=("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=S("ap"), cc=("Maier, Stefan", "s.maier@lieferant-gmbh.de"),
               subject="Mitteilung: Neue Bankverbindung der Lieferant GmbH ab 01.12.2026",
               when="2026-11-03 10:05:12", infra=I.exo(lang="de-DE", pre="AM9", label="Lieferant GmbH Microsoft 365 tenant"),
               body=body,
               what="Supplier announces a move of its house bank (Sparkasse to Commerzbank) with signed letter",
               why="Real supplier domain and tenant; German bank in the supplier's city; long overlap (old account stays open), asks the customer to verify by phone with the known number, letter also by post, no payment request.",
               contrast="Same topic as attack 02, but correct domain, domestic bank, generous transition period and an explicit request to verify by phone instead of avoiding it.")


def b03():
    t = """Sehr geehrter Herr Krüger,

trotz unserer Zahlungserinnerung vom 28.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-10-4471 vom 01.10.2026, fällig 31.10.2026: 38.412,60 EUR
RE-2026-10-4502 vom 05.10.2026, fällig 04.11.2026: 12.977,35 EUR

Gesamt: 51.389,95 EUR

Bitte überweisen Sie den Betrag bis spätestens 19.11.2026 auf unser Ihnen bekanntes Konto bei der Sparkasse KölnBonn. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir gezwungen, ab dem 20.11.2026 weitere Lieferungen – auch die bestätigten Antriebe für Kö-Bogen II – nur noch gegen Vorkasse auszuführen.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Unstimmigkeiten rufen Sie mich gerne direkt an.

Mit freundlichen Grüßen

Petra Lang
Forderungsmanagement
Lieferant GmbH | Industriestraße 42 | 50735 Köln
Tel. +49 221 9847-214"""
    rows = [("h", "Lieferant GmbH"), ("s", "Industriestraße 42 · 50735 Köln · USt-IdNr. %s" % C.TAX["lieferant"]), ("sp", 18),
            "Example Group AG", "Kaistraße 18", "40221 Düsseldorf", ("sp", 12), ("r", "Kundennr.: 20417"), ("r", "Datum: 12.11.2026"), ("sp", 6),
            ("b", "2. Mahnung"), "Sehr geehrte Damen und Herren,", "folgende Posten sind trotz Fälligkeit noch offen:", ("sp", 4),
            ("row", [(0, "Beleg"), (40, "Datum"), (70, "Fällig"), (110, "Betrag EUR")], True), ("hr",),
            ("row", [(0, "RE-2026-10-4471"), (40, "01.10.2026"), (70, "31.10.2026"), (110, "38.412,60")]),
            ("row", [(0, "RE-2026-10-4502"), (40, "05.10.2026"), (70, "04.11.2026"), (110, "12.977,35")]),
            ("row", [(0, "Summe"), (110, "51.389,95")], True), ("sp", 8),
            "Bitte gleichen Sie den Betrag bis zum 19.11.2026 aus. Andernfalls erfolgen Lieferungen ab dem 20.11.2026 nur gegen Vorkasse.",
            ("sp", 6), "Bankverbindung: Sparkasse KölnBonn · IBAN %s · BIC COLSDE33XXX" % fi(C.ACCT["lieferant_old"]),
            ("sp", 20), ("s", "Lieferant GmbH · Amtsgericht Köln HRB 61734 · Geschäftsführer: Dr. Rainer Hölscher")]
    body = Multi("mixed", [
        Text(plainq(t), "plain", "iso-8859-15", "quoted-printable"),
        pdf_att(rows, "Mahnung_20417_2026-11-12.pdf", title="2. Mahnung 20417", producer="SAP NetWeaver 7.58",
                creator="SAP Smart Forms", when=T.berlin("2026-11-12 09:58"))])
    return Msg("business", 3, "de", "supplier-dunning-supply-stop",
               frm=("Lang, Petra", "p.lang@lieferant-gmbh.de"), to=S("ap"), cc=[S("proc"), ("Maier, Stefan", "s.maier@lieferant-gmbh.de")],
               subject="2. Mahnung – Kundennr. 20417 – Lieferung nur noch gegen Vorkasse ab 20.11.2026",
               when="2026-11-12 10:20:31", infra=I.exo(lang="de-DE", pre="AM9", hcs=("iso-8859-15", "Q"), label="Lieferant GmbH Microsoft 365 tenant"),
               body=body,
               what="Supplier's second dunning letter threatening supply only against prepayment",
               why="Real supplier mailbox and tenant; pays to the known account; invoice numbers match the AP ledger; threat is a normal commercial consequence; SAP-generated PDF.",
               contrast="Urgent payment pressure like the BEC attacks, but to the account on file and with phone contact offered.")


def b04():
    cv = PNG.Canvas(640, 420, (236, 233, 226))
    cv.rect(40, 30, 600, 390, (252, 250, 244))
    cv.text(60, 50, "ARBEITSUNFAEHIGKEITSBESCHEINIGUNG", (30, 30, 30), 2)
    cv.text(60, 80, "AUSFERTIGUNG ZUR VORLAGE BEIM ARBEITGEBER", (80, 80, 80), 2)
    cv.rect(60, 110, 580, 112, (150, 150, 150))
    cv.text(60, 130, "NEUMANN FRANK   GEB. 14.03.1978", (20, 20, 20), 2)
    cv.text(60, 160, "ERSTBESCHEINIGUNG", (20, 20, 20), 2)
    cv.text(60, 190, "ARBEITSUNFAEHIG SEIT  02.11.2026", (20, 20, 20), 2)
    cv.text(60, 220, "VORAUSSICHTLICH BIS  06.11.2026", (20, 20, 20), 2)
    cv.text(60, 250, "FESTGESTELLT AM      02.11.2026", (20, 20, 20), 2)
    cv.text(60, 320, "PRAXIS DR. MED. A. KLEIN  DUESSELDORF", (60, 60, 60), 2)
    cv.rect(430, 350, 580, 380, (220, 228, 245))
    img = cv.png(text=[("Software", "Android 15"), ("Title", "IMG_20261102_071033")])
    t = """Hallo Frau Schäfer,

ich bin seit heute krankgeschrieben, voraussichtlich bis einschließlich Freitag. Die AU hat meine Ärztin elektronisch an die Krankenkasse übermittelt (eAU), Sie können sie wie üblich bei der TK abrufen. Zur Sicherheit hänge ich ein Foto meiner Ausfertigung für den Arbeitgeber an.

Meinem Vorgesetzten Herrn Dr. Krause habe ich telefonisch Bescheid gegeben, meine Kundentermine diese Woche übernimmt Herr Yilmaz.

Ich schreibe von privat, weil das Diensthandy noch im Firmenwagen liegt.

Viele Grüße
Frank Neumann"""
    body = Multi("mixed", [Text(t, "plain", "UTF-8", "quoted-printable", quote_cs=False),
                           Attach(img, "image/png", "IMG_20261102_071033.png")])
    return Msg("business", 4, "de", "sick-note-from-private-webde",
               frm=C.CORR["web_frank"][2][0], to=S("hr"),
               subject="Krankmeldung Frank Neumann", when="2026-11-02 07:14:08", infra=I.gmx("web.de"),
               body=body,
               what="Employee reports sick leave from his private web.de address with a photo of the certificate",
               why="Employee's private address known to HR; no change of bank details or money involved; refers to the eAU process and his manager; consistent with normal HR practice.",
               contrast="Employee writing to HR from a private free-mail address like attack 05, but only a sick note: no bank change, no reply-to trick, address on record.")


def b05():
    t = """Liebe Kolleginnen und Kollegen,

ab dem 16.11.2026 stellen wir die Anmeldung an Microsoft 365 für alle Konten auf die Microsoft Authenticator-App mit Nummernabgleich um. SMS-Codes werden danach nicht mehr akzeptiert.

Was Sie bis zum 13.11.2026 tun müssen:

1. Öffnen Sie im Firmennetz oder per VPN die Seite https://aka.ms/mysecurityinfo
2. Melden Sie sich mit Ihrem gewohnten Firmenkonto an.
3. Wählen Sie „Anmeldemethode hinzufügen“ > „Authenticator-App“ und folgen Sie den Schritten. Der QR-Code wird Ihnen dabei auf dem Bildschirm angezeigt – nur dort ist er gültig.

Wichtig: Wir versenden niemals QR-Codes per E-Mail und fordern Sie nie auf, einen Code aus einer E-Mail mit dem Handy zu scannen. Wenn Sie eine solche Nachricht erhalten, leiten Sie sie bitte als Anlage an phishing@example.com weiter.

Eine bebilderte Anleitung finden Sie im Intranet unter IT > Anleitungen > MFA. Bei Fragen erreichen Sie den Service Desk unter der Durchwahl -333.

Viele Grüße
Lena Vogt
IT-Sicherheit
Example Group AG"""
    return Msg("business", 5, "de", "internal-mfa-authenticator-notice",
               frm=S("itsec"), to=("Alle Mitarbeitenden DE", "alle-de@example.com"), rcpt=A("hr"),
               subject="Umstellung der Microsoft-Anmeldung auf Authenticator mit Nummernabgleich bis 13.11.",
               when="2026-10-20 14:02:10", infra=I.internal(),
               body=alt(t, outlook_html(t, "utf-8"), "utf-8", "quoted-printable"),
               what="IT security announces the switch to Authenticator number matching",
               why="Internal Exchange via mail-int01 from the mail admin to the staff list; points only to Microsoft's real aka.ms/mysecurityinfo; explicitly no QR codes by mail; reporting address.",
               contrast="Same MFA re-registration topic as attack 04, but internal origin, real Microsoft URL, no QR code, no lockout threat, instructions to report phishing.")


def b06():
    t = """Sehr geehrte Frau Groß,

anbei erhalten Sie den Prüfbericht zur wiederkehrenden Prüfung der Aufzugsanlage FA-2291 (Kö-Bogen II, Aufzug 3) vom 12.10.2026.

Ergebnis: Mängel festgestellt, Weiterbetrieb zulässig. Die Mängel (Nachstellen der Türschließkraft Schachttür EG, fehlende Notbefreiungsanleitung im Triebwerksraum) sind bis zum 30.11.2026 zu beseitigen. Eine Nachprüfung ist nicht erforderlich; bitte senden Sie uns die Bestätigung der Mängelbeseitigung formlos zu.

Die Prüfplakette wurde vor Ort angebracht. Nächste wiederkehrende Prüfung: 10/2028, Zwischenprüfung: 10/2027.

Mit freundlichen Grüßen

Dipl.-Ing. Holger Brandt
Sachverständiger für Aufzugsanlagen
Prüfstelle Rhein ZÜS GmbH
Am Wehrhahn 50 · 40211 Düsseldorf
Tel. +49 211 5583-120"""
    rows = [("h", "Prüfstelle Rhein ZÜS GmbH"), ("s", "Zugelassene Überwachungsstelle nach § 37 ProdSG · Am Wehrhahn 50 · 40211 Düsseldorf"), ("sp", 10),
            ("b", "Prüfbericht – wiederkehrende Prüfung (Hauptprüfung) nach § 16 BetrSichV"), ("sp", 4),
            ("row", [(0, "Berichts-Nr.:"), (45, "PB-2026-10-12-FA2291")]), ("row", [(0, "Betreiber:"), (45, "Kö-Bogen II GmbH & Co. KG, Düsseldorf")]),
            ("row", [(0, "Wartungsfirma:"), (45, "Example Group AG")]), ("row", [(0, "Anlage:"), (45, "Personenaufzug Nr. 3, Fabrik-Nr. FA-2291, Baujahr 2014")]),
            ("row", [(0, "Nennlast / Haltestellen:"), (45, "1000 kg / 8")]), ("row", [(0, "Prüfdatum:"), (45, "12.10.2026")]), ("sp", 6),
            ("b", "Festgestellte Mängel"), "1. Schließkraft der Schachttür EG zu hoch (gemessen 168 N) – nachstellen.",
            "2. Notbefreiungsanleitung im Triebwerksraum fehlt – anbringen.", ("sp", 6),
            ("b", "Prüfergebnis"), "Mängel festgestellt. Der Weiterbetrieb ist zulässig. Frist zur Mängelbeseitigung: 30.11.2026.",
            "Nächste Hauptprüfung: 10/2028 · Nächste Zwischenprüfung: 10/2027", ("sp", 20), "Dipl.-Ing. Holger Brandt, Sachverständiger"]
    body = Multi("mixed", [
        Text(t, "plain", "iso-8859-15", "8bit", flowed=True, quote_cs=False),
        pdf_att(rows, "PB-2026-10-12-FA2291.pdf", title="Prüfbericht FA-2291", author="H. Brandt",
                producer="PDF-XChange Core API SDK (10.4.2.390)", creator="PRIMUS Prüfsoftware 6.2", when=T.berlin("2026-10-16 10:44"))])
    return Msg("business", 6, "de", "inspection-report-genuine-zues",
               frm=("Holger Brandt", "h.brandt@pruefstelle-rhein.de"), to=S("service"),
               subject="Prüfbericht wiederkehrende Prüfung FA-2291 Kö-Bogen II", when="2026-10-16 10:51:47",
               infra=I.postfix_server("mail.pruefstelle-rhein.de", "212.121.148.36", rdns="mail.pruefstelle-rhein.de",
                                      mailer="thunderbird", label="inspection body's own Postfix server, Thunderbird",
                                      hcs=("ISO-8859-15", "Q")),
               body=body,
               what="Inspection body sends the periodic lift inspection report (minor defects) as PDF",
               why="Correspondent's real domain and own mail server; report is a plain PDF; defects and deadlines are routine; no login, no link.",
               contrast="Same inspection report topic as attack 07, but real domain, a PDF instead of an HTML login page, and routine wording.")


def b07():
    u, lid = "7c1f0a3b9d8e2a4c5b6f70812", "4e2b9a7c31"
    r = ids.rng("b07")

    def trk(path):
        return "https://lift-journal.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (u, ids.hexs(r, 10), "a4c2e19f07")
    arts = [("Neue TRBS 3121: Was Betreiber von Aufzugsanlagen jetzt beachten müssen", trk("trbs")),
            ("Notrufsysteme: Umstellung auf 4G/5G – Übergangsfristen im Überblick", trk("notruf")),
            ("Fachkräftemangel im Aufzugsbau: Ausbildungszahlen 2026", trk("fk")),
            ("Modernisierung im Bestand: Praxisbericht Fahrtreppen in Einkaufszentren", trk("fahrtreppen"))]
    t = "Lift-Journal Newsletter 11/2026\n\nGuten Tag Frau Groß,\n\ndie Themen dieser Ausgabe:\n\n"
    for a, l in arts:
        t += "* %s\n  %s\n\n" % (a, l)
    t += ("Termin: Aufzugstage West, 26.–27.11.2026 in Essen – Anmeldung unter\n%s\n\n" % trk("termin"))
    t += ("--\nSie erhalten diese E-Mail, weil Sie sich auf lift-journal.de für den Newsletter angemeldet haben.\n"
          "Abmelden: https://lift-journal.us21.list-manage.com/unsubscribe?u=%s&id=%s\n"
          "Lift-Journal Verlag GmbH · Rüttenscheider Str. 120 · 45131 Essen · Amtsgericht Essen HRB 31877\n" % (u, lid))
    items = "".join('<tr><td style="padding:10px 0;border-bottom:1px solid #e3e3e3"><a href="%s" style="color:#00529b;font-size:17px;text-decoration:none;font-weight:bold">%s</a></td></tr>' % (l, html_escape(a)) for a, l in arts)
    html = """<!doctype html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Lift-Journal Newsletter 11/2026</title></head>
<body style="margin:0;padding:0;background:#f0f0f0"><center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="background:#1b3a5c;color:#ffffff;padding:22px;font-size:26px">Lift-Journal <span style="font-size:14px">Newsletter 11/2026</span></td></tr>
<tr><td style="padding:20px;font-size:15px">Guten Tag Frau Gro&szlig;,<br><br>die Themen dieser Ausgabe:</td></tr>
<tr><td style="padding:0 20px"><table width="100%%">%s</table></td></tr>
<tr><td style="padding:20px;font-size:14px">Termin: <b>Aufzugstage West</b>, 26.&ndash;27.11.2026 in Essen &ndash; <a href="%s">jetzt anmelden</a></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#777;font-family:Arial,sans-serif">Sie erhalten diese E-Mail, weil Sie sich auf lift-journal.de f&uuml;r den Newsletter angemeldet haben.<br>
<a href="https://lift-journal.us21.list-manage.com/unsubscribe?u=%s&amp;id=%s">Abmelden</a> | <a href="https://lift-journal.us21.list-manage.com/profile?u=%s&amp;id=%s">Einstellungen</a><br>
Lift-Journal Verlag GmbH &middot; R&uuml;ttenscheider Str. 120 &middot; 45131 Essen</td></tr></table>
<img src="https://lift-journal.us21.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=a4c2e19f07" height="1" width="1" alt="">
</center></body></html>""" % (items, trk("termin"), u, lid, u, lid, u, ids.hexs(r, 10))
    return Msg("business", 7, "de", "trade-newsletter-mailchimp",
               frm=("Lift-Journal", "newsletter@lift-journal.de"), to=S("service"),
               subject="Lift-Journal 11/2026: TRBS 3121, Notruf-Umstellung, Fahrtreppen-Modernisierung",
               when="2026-11-05 06:00:17", infra=I.mailchimp(u, lid, list_name="Lift-Journal Newsletter", unsub_domain="lift-journal.us21.list-manage.com"),
               body=alt(t, html, "utf-8", "quoted-printable"),
               what="Subscribed trade magazine newsletter",
               why="Sent via Mailchimp with List-Unsubscribe (mailto + one-click), List-ID and Mailchimp abuse headers; content matches the trade; subscribed by the recipient; links through the ESP's tracker only.")


def b08():
    t = """Sehr geehrte Damen und Herren,

in Ihrem Postfach in Mein ELSTER ist eine neue Nachricht eingegangen.

Betreff: Bescheid für 2024 über Körperschaftsteuer und Solidaritätszuschlag
Steuernummer: 133/5712/0948
Absender: Finanzamt Düsseldorf-Altstadt

Bitte melden Sie sich mit Ihrem Zertifikat unter www.elster.de an, um die Nachricht abzurufen.

Aus Sicherheitsgründen enthält diese E-Mail keine Links und keine Anhänge. Die Steuerverwaltung fordert Sie niemals per E-Mail zur Eingabe Ihrer Zugangsdaten oder zum Hochladen Ihrer Zertifikatsdatei auf.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden."""
    return Msg("business", 8, "de", "elster-mailbox-notification",
               frm=("ELSTER", "noreply@elster.de"), to=S("cfo"),
               subject="Neue Nachricht in Ihrem ELSTER-Postfach", when="2026-11-18 05:12:40",
               infra=I.service_postfix("mailout2.elster.de", "193.109.238.32", "mx-intern.elster.de",
                                       msgid=lambda r, c: "<%s.%s@elster.de>" % (ids.digits(r, 13), ids.hexs(r, 16)),
                                       zone="CET", label="ELSTER (genuine service)"),
               body=Text(t, "plain", "iso-8859-1", "quoted-printable"),
               hcs=("iso-8859-1", "Q"),
               what="ELSTER notification: a tax assessment is waiting in the ELSTER mailbox",
               why="From elster.de via its own mail relay; no links, no attachments; tells the user to log in at www.elster.de by themselves.",
               contrast="Same ELSTER brand as attack 03, but real domain, no link, no deadline, no certificate upload.")


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]
