"""Genuine business messages 01-08 (German)."""

import infra as I
import data as D
from compose import Mail, alt, text, html, mixed, att_pdf
from mime import Multi
from world import S

MAILS = []


def add(**kw):
    MAILS.append(Mail(lang="de", folder="business", **kw))


LIEF_SIG = """Lieferant GmbH
Sarg- und Urnenmanufaktur
Eckendorfer Straße 118 · 33609 Bielefeld
Tel. 0521 98764-0 · www.lieferant-gmbh.de
Amtsgericht Bielefeld HRB 40117 · Geschäftsführer: Stefan Maier, Dr. Annette Maier"""

# 01 ------------------------------------------------------------------------
add(n=1, slug="supplier-bank-change-announced-properly",
    via=I.ionos, via_kw=dict(client_name="BUCHHALTUNG-PC02", client_ip="91.64.118.203"),
    frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[S("ap")], cc=[S("hq_acc")],
    hcs="windows-1252", henc="Q", addr_quote=True,
    subject="Lieferant GmbH: Änderung unserer Bankverbindung zum 01.01.2027", date=(2026, 11, 16, 10, 5, 12), zone="DE",
    body=mixed(alt("""Sehr geehrter Herr Hübner,
sehr geehrte Frau Böhm,

wie bereits im Oktober telefonisch angekündigt, führen wir unseren Zahlungsverkehr ab dem 01.01.2027 über die Bielefelder Volksbank. Die neue Bankverbindung lautet:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: GENODEM1BIE

Unser bisheriges Konto bei der Commerzbank (IBAN %s) bleibt bis zum 31.03.2027 parallel bestehen; Zahlungen, die bis dahin noch dort eingehen, werden selbstverständlich zugeordnet. Bis zum Jahresende bitten wir Sie, weiterhin auf das bisherige Konto zu zahlen.

Das von beiden Geschäftsführern unterzeichnete Schreiben finden Sie im Anhang; das Original geht Ihnen zusätzlich per Post zu. Bitte verifizieren Sie die Änderung wie gewohnt über die Ihnen bekannte Rufnummer 0521 98764-0 (Frau Lang, Durchwahl -31). Wir werden Sie niemals per E-Mail bitten, kurzfristig offene Rechnungen auf ein anderes Konto zu überweisen.

Vielen Dank und freundliche Grüße

i. A. Petra Lang
Buchhaltung

%s""" % (D.fmt(D.LIEF_NEW), D.fmt(D.LIEF_OLD), LIEF_SIG), cs="windows-1252", cte="quoted-printable", style="outlook"),
               att_pdf("Lieferant_GmbH_Bankverbindung_2027_unterschrieben.pdf", [
                   ("Lieferant GmbH", 16, True), "Sarg- und Urnenmanufaktur - Eckendorfer Straße 118 - 33609 Bielefeld", "",
                   "Example Group SE", "Kreditorenbuchhaltung", "Podbielskistraße 160", "30177 Hannover", "",
                   ("Änderung unserer Bankverbindung zum 01.01.2027", 12, True), "",
                   "Sehr geehrte Damen und Herren,", "",
                   "ab dem 01.01.2027 bitten wir Sie, Zahlungen an uns auf folgendes Konto zu leisten:", "",
                   "Bielefelder Volksbank eG", "IBAN " + D.fmt(D.LIEF_NEW) + "   BIC GENODEM1BIE", "",
                   "Das bisherige Konto bei der Commerzbank AG bleibt bis zum 31.03.2027 bestehen.",
                   "Bitte bestätigen Sie die Änderung telefonisch unter 0521 98764-0.", "",
                   "Bielefeld, 13.11.2026", "", "Stefan Maier            Dr. Annette Maier",
                   "Geschäftsführer          Geschäftsführerin"],
                   title="Bankverbindung 2027", producer="Canon iR-ADV C5840 PDF", creator="Canon",
                   date="D:20261113141802+01'00'")),
    what="Genuine supplier bank-detail change: Lieferant GmbH announces a new account at a regional German bank, "
         "effective in seven weeks, with parallel run and call-back instruction",
    why="Real domain lieferant-gmbh.de via the supplier's usual IONOS relay and Outlook; long lead time, old account stays "
        "open, no request to redirect open items, signed letter and postal original, explicit call-back to the known "
        "number; German account at a German cooperative bank.",
    hn=([2], "supplier bank-detail change (Lieferant GmbH)"))

# 02 ------------------------------------------------------------------------
add(n=2, slug="ceo-urgent-payment-internal",
    via=I.internal, via_kw=dict(server="EXMBX01", client_ip="10.20.30.17"),
    frm=S("ceo"), to=[S("cfo")], cc=[S("ap")], hcs="iso-8859-1", henc="Q",
    subject="Dringend: Freigabe Anzahlung Thermotec – Ofenlinie 2", date=(2026, 10, 15, 8, 22, 41), zone="DE",
    body=mixed(alt("""Sabine,

Ofenlinie 2 in Hannover steht seit gestern Abend (Schaden an der Ausmauerung der Nachbrennkammer). Thermotec kann morgen früh um 7 Uhr mit der Reparatur beginnen, verlangt für den Sondereinsatz aber die Anzahlung laut Angebot ANG-26-1187 vorab.

Die Bestellung ist im ERP unter BE-2026-4471 angelegt und von Herrn Lindemann sachlich freigegeben, die Anzahlungsrechnung hängt an. Zahlung bitte auf das bei uns hinterlegte Thermotec-Konto bei der Sparkasse Essen.

Kannst du die Zahlung heute noch mit Eilkennzeichen im normalen Zahlungslauf freigeben? Herr Hübner hat den Beleg schon erfasst. Bis dahin weichen wir mit den Einäscherungen auf Linie 1 und den Samstag aus.

Bei Fragen ruf mich an, ich bin bis 16 Uhr im Haus (Durchwahl -100).

Danke
Matthias

Dr. Matthias Köhler
Vorstandsvorsitzender
Example Group SE · Podbielskistraße 160 · 30177 Hannover""", cs="iso-8859-1", cte="quoted-printable", style="outlook"),
               att_pdf("Thermotec_Anzahlungsrechnung_AR-26-0388.pdf", [
                   ("Thermotec Anlagenbau GmbH", 15, True), "Kruppstraße 82 - 45145 Essen", "",
                   ("Anzahlungsrechnung AR-26-0388", 12, True), "Datum: 14.10.2026   Ihre Bestellung: BE-2026-4471",
                   "Angebot: ANG-26-1187", "", "Notfallreparatur Ausmauerung Nachbrennkammer, Ofenlinie 2, Krematorium Hannover",
                   "Anzahlung 40 % auf Auftragssumme 38.600,00 EUR         15.440,00 EUR",
                   "zzgl. 19 % USt.                                          2.933,60 EUR",
                   ("Anzahlungsbetrag                                        18.373,60 EUR", 10, True), "",
                   "Bankverbindung: Sparkasse Essen, IBAN " + D.fmt(D.THERMO), "Zahlbar sofort ohne Abzug."],
                   title="AR-26-0388", producer="SAP NetWeaver 7.5", creator="SAP", date="D:20261014174500+02'00'")),
    what="Genuine urgent payment request from the CEO through the internal Exchange/relay path: release a down payment "
         "for an emergency cremator repair",
    why="Internal origin (EXMBX01 → mail-int01 → mx01), addressed to the CFO with AP in copy, references a PO and quote in "
        "the ERP, an approval by the site lead and the supplier's known account; invites a phone call; uses the normal "
        "payment run.",
    hn=([1], "urgent CEO payment request"))

# 03 ------------------------------------------------------------------------
add(n=3, slug="supplier-second-reminder-supply-stop",
    via=I.ionos, via_kw=dict(client_name="BUCHHALTUNG-PC02", client_ip="91.64.118.203"),
    frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[S("ap")], cc=[S("proc")],
    hcs="windows-1252", henc="Q", addr_quote=True,
    subject="2. Mahnung – Kundennr. 10077 – Lieferstopp ab 14.12.2026", date=(2026, 12, 7, 9, 48, 33), zone="DE",
    body=mixed(text("""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 16.11.2026 konnten wir zu den folgenden Rechnungen bis heute keinen Zahlungseingang feststellen:

RE-2026-10418 vom 22.09.2026   18.742,30 EUR   fällig 23.10.2026
RE-2026-10455 vom 25.09.2026    6.915,80 EUR   fällig 23.10.2026

Offener Gesamtbetrag: 25.658,10 EUR zzgl. Mahngebühr 5,00 EUR

Bitte überweisen Sie den Betrag bis spätestens 11.12.2026 auf unser bekanntes Konto bei der Commerzbank (IBAN %s). Sollte bis dahin kein Zahlungseingang erfolgen, müssen wir Ihr Kundenkonto ab dem 14.12.2026 für weitere Lieferungen sperren; die für KW 51 disponierten Urnen und Särge können dann nicht ausgeliefert werden.

Sollte sich die Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen erreichen Sie uns unter 0521 98764-31.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung

%s""" % (D.fmt(D.LIEF_OLD), LIEF_SIG), cs="windows-1252", cte="base64"),
               att_pdf("Mahnung_2_Kunde_10077.pdf", [
                   ("Lieferant GmbH", 16, True), "", ("2. Mahnung", 13, True), "Kundennummer 10077 - Example Group SE", "",
                   "RE-2026-10418   22.09.2026   18.742,30 EUR", "RE-2026-10455   25.09.2026    6.915,80 EUR",
                   "Mahngebühr                              5,00 EUR", ("Gesamt                     25.663,10 EUR", 10, True), "",
                   "Zahlbar bis 11.12.2026 auf IBAN " + D.fmt(D.LIEF_OLD),
                   "Ab 14.12.2026 Liefersperre für weitere Aufträge."],
                   title="Mahnung", producer="DATEV Kanzlei-Rechnungswesen", creator="DATEV", date="D:20261207094000+01'00'")),
    what="Genuine second reminder from the coffin/urn supplier with a threat of supply stop",
    why="Real supplier domain and infrastructure, refers to the previous reminder, demands payment to the known, unchanged "
        "Commerzbank account, gives a phone number for queries; harsh tone but no change of payment route.",
    hn=([2, 7], "payment pressure / invoice demand"))

# 04 ------------------------------------------------------------------------
add(n=4, slug="contractor-final-invoice",
    via=I.exo, via_kw=dict(lang="de-DE"),
    frm=("Martin Ebert", "m.ebert@thermotec-anlagenbau.de"), to=[S("ap")], cc=[S("hq_mgr")], hcs="iso-8859-1", henc="Q",
    subject="Schlussrechnung SR-26-1342 – Reparatur Ofenlinie 2 Krematorium Hannover", date=(2026, 10, 30, 14, 2, 55),
    zone="DE",
    body=mixed(alt("""Sehr geehrter Herr Hübner,

anbei erhalten Sie die Schlussrechnung zur Notfallreparatur der Nachbrennkammer an Ofenlinie 2 (Ihre Bestellung BE-2026-4471). Die Anzahlung aus AR-26-0388 ist darin verrechnet. Das Abnahmeprotokoll wurde am 22.10.2026 von Herrn Lindemann unterschrieben.

Restbetrag: 28.273,81 EUR brutto, zahlbar innerhalb von 30 Tagen auf unser bekanntes Konto.

Mit freundlichen Grüßen

Martin Ebert
Kundendienst / Projektleitung

Thermotec Anlagenbau GmbH
Kruppstraße 82 · 45145 Essen
Tel. +49 201 84723-15""", cs="iso-8859-1", cte="quoted-printable", style="outlook"),
               att_pdf("SR-26-1342.pdf", [
                   ("Thermotec Anlagenbau GmbH", 15, True), "", ("Schlussrechnung SR-26-1342", 12, True),
                   "Datum: 30.10.2026   Bestellung: BE-2026-4471", "",
                   "Reparatur Ausmauerung Nachbrennkammer Ofenlinie 2      38.600,00 EUR",
                   "Zusatzmaterial Feuerbeton laut Aufmaß                     599,50 EUR",
                   "Summe netto                                           39.199,50 EUR",
                   "zzgl. 19 % USt.                                        7.447,91 EUR",
                   "abzgl. Anzahlung AR-26-0388 (brutto)                -18.373,60 EUR",
                   ("Restbetrag                                            28.273,81 EUR", 10, True), "",
                   "Bankverbindung: Sparkasse Essen, IBAN " + D.fmt(D.THERMO)],
                   title="SR-26-1342", producer="SAP NetWeaver 7.5", creator="SAP", date="D:20261030135800+01'00'")),
    what="Genuine final invoice from the cremator maintenance contractor",
    why="Known contractor on its own Microsoft 365 tenant, references PO, acceptance protocol and the earlier down "
        "payment, pays to the account already on file; normal 30-day terms.")

# 05 ------------------------------------------------------------------------
add(n=5, slug="sick-note-from-private-address",
    via=I.gmx, via_kw=dict(brand="gmx", client_ip="79.241.12.88"),
    frm=("Tobias Kraus", "tobi.kraus84@gmx.de"), to=[S("hr")], hcs="utf-8", henc="Q",
    subject="Krankmeldung", date=(2026, 11, 2, 7, 3, 19), zone="DE",
    body=alt("""Hallo Anja,

ich bin seit gestern Abend mit Fieber und Magen-Darm flach und schreibe dir deshalb von meiner privaten Adresse, der Firmenlaptop liegt im Büro. Ich gehe heute Vormittag zum Arzt, die Krankschreibung kommt als eAU von der Praxis, du kannst sie dann bei der TK abrufen.

Meine Kundentermine heute und morgen (Bestattungshaus Engel und Pietät Sander) habe ich Uwe schon per WhatsApp durchgegeben, er kümmert sich um die Verschiebung.

Viele Grüße
Tobias""", cs="utf-8", cte="quoted-printable", style="web"),
    what="Genuine sick note from an employee's private GMX address",
    why="Known private address of the employee (used before), no request involving money or data changes, refers to the "
        "electronic sick note (eAU) procedure and to colleagues by name; typical Monday-morning timing.",
    hn=([5], "employee writing from a private address to HR"))

# 06 ------------------------------------------------------------------------
ms_news = """Guten Tag,

am Samstag, 14.11.2026, führen wir zwischen 20:00 und 23:00 Uhr Wartungsarbeiten am MemoriaSoft Kundenportal durch. In dieser Zeit sind das Portal und die Schnittstelle zu den Krematoriumsterminen nicht erreichbar; bereits gebuchte Termine bleiben erhalten.

Neu im Krematoriumsmodul ab Version 8.4:
- Abgleich der Todesbescheinigung mit dem Ergebnis der zweiten Leichenschau direkt im Auftrag
- Statusmeldung an das Bestattungshaus per SMS, sobald die Urne versandbereit ist
- Export der Einäscherungsbücher als PDF/A für die Aufsichtsbehörde

Ein Hinweis in eigener Sache: Wir versenden Auftragsdokumente niemals als Anhang oder als HTML-Datei. Dokumente finden Sie ausschließlich nach Anmeldung im Portal unter https://portal.memoriasoft.de. Bitte melden Sie verdächtige E-Mails in unserem Namen an sicherheit@memoriasoft.de.

Ihr MemoriaSoft-Team

MemoriaSoft GmbH · Hafenweg 24 · 48155 Münster
Sie erhalten diese Nachricht als Ansprechpartner eines MemoriaSoft-Kunden. [[Abmelden|https://mail.memoriasoft.de/u/8f31c2a7d4e9b051]]"""
add(n=6, slug="erp-vendor-maintenance-newsletter",
    via=I.mailgun, via_kw=dict(mg_dom="mail.memoriasoft.de"),
    frm=("MemoriaSoft", "news@mail.memoriasoft.de"), to=[S("hq_mgr")], hcs="utf-8", henc="Q",
    subject="Wartungsfenster am 14.11.2026 und Neuerungen im Krematoriumsmodul 8.4", date=(2026, 11, 9, 10, 0, 4),
    zone="DE",
    xh=["List-Unsubscribe: <https://mail.memoriasoft.de/u/8f31c2a7d4e9b051>, <mailto:unsubscribe@mail.memoriasoft.de?subject=8f31c2a7d4e9b051>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: <kundeninfo.mail.memoriasoft.de>"],
    body=alt(ms_news, cs="utf-8", cte="quoted-printable", style="news"),
    what="Genuine customer newsletter of the ERP/portal vendor via Mailgun with List-Unsubscribe",
    why="Vendor's own subdomain mail.memoriasoft.de via its usual Mailgun account, one-click unsubscribe headers, no "
        "attachment, links only to the vendor's real portal, and an explicit warning that documents are never sent as "
        "HTML attachments.",
    hn=([6], "MemoriaSoft portal / cremation order notifications"))

# 07 ------------------------------------------------------------------------
add(n=7, slug="trade-association-membership-invoice",
    via=I.hosted_outlook, via_kw=dict(helo="mail.fachverband-feuerbestattung.de", ip="85.13.155.201",
                                      client_name="[192.168.20.11]", client_ip="217.86.140.5",
                                      by="mail.fachverband-feuerbestattung.de"),
    frm=("Fachverband Feuerbestattung e.V.", "info@fachverband-feuerbestattung.de"), to=[S("hq_acc")],
    hcs="iso-8859-1", henc="Q", addr_quote=True,
    subject="Beitragsrechnung 2027 – Mitgliedsnummer 0418", date=(2026, 12, 1, 11, 15, 2), zone="DE",
    body=mixed(alt("""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Beitragsrechnung für das Jahr 2027 gemäß Beitragsordnung vom 12.05.2022. Der Beitrag umfasst wie gewohnt die Mitgliedschaft für Ihre drei Krematoriumsstandorte, den Eintrag im Mitgliederverzeichnis sowie den Bezug der Verbandszeitschrift.

Mitgliedsnummer: 0418
Betrag: 2.850,00 EUR (nicht umsatzsteuerbar)
Fälligkeit: 31.01.2027

Wie in den Vorjahren ziehen wir den Beitrag im Januar per SEPA-Lastschrift ein (Mandatsreferenz FVF-0418); Sie müssen nichts überweisen.

Mit freundlichen Grüßen

Gabriele Hartung
Geschäftsstelle

Fachverband Feuerbestattung e.V.
Lützowstraße 33 · 10785 Berlin · Vereinsregister AG Charlottenburg VR 21774 B""", cs="iso-8859-1", cte="quoted-printable",
                   style="outlook"),
               att_pdf("Beitragsrechnung_2027_0418.pdf", [
                   ("Fachverband Feuerbestattung e.V.", 14, True), "", ("Beitragsrechnung 2027", 12, True),
                   "Mitgliedsnummer 0418 - Example Group SE", "", "Mitgliedsbeitrag 2027 (3 Standorte)      2.850,00 EUR",
                   "nicht umsatzsteuerbar (echter Mitgliedsbeitrag)", "",
                   "Einzug per SEPA-Lastschrift im Januar 2027, Mandatsreferenz FVF-0418,",
                   "Gläubiger-ID DE82ZZZ00000412877"],
                   title="Beitragsrechnung 2027", producer="Microsoft\xae Word 2019", creator="Microsoft\xae Word 2019",
                   date="D:20261201110500+01'00'")),
    what="Genuine annual membership invoice of the trade association (collected by existing SEPA direct debit)",
    why="Association the company has belonged to for years, member number and mandate reference, no transfer requested "
        "(direct debit), own mail server; contrasts with the unsolicited register 'invoice'.",
    hn=([7], "register / directory / membership invoice"))

# 08 ------------------------------------------------------------------------
add(n=8, slug="job-application-pdf",
    via=I.gmail, frm=("Miriam Thiele", "miriam.thiele.93@gmail.com"), to=[S("hr")],
    subject="Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (Ref. EG-2026-117)", date=(2026, 10, 26, 18, 41, 7),
    zone="DE",
    body=mixed(alt("""Sehr geehrte Frau Brückner,

auf Ihre Stellenanzeige auf der Karriereseite der Example Group (Referenz EG-2026-117) bewerbe ich mich als Sachbearbeiterin in der Kreditorenbuchhaltung am Standort Hannover.

Derzeit arbeite ich als Buchhalterin bei einem Großhändler für Friedhofsbedarf in Hildesheim und betreue dort rund 400 Lieferantenkonten inklusive Zahlungsverkehr und Mahnwesen in DATEV. Gern würde ich meine Erfahrung in einem größeren Unternehmen einbringen.

Anschreiben, Lebenslauf und Zeugnisse habe ich in einer PDF-Datei zusammengefasst. Ein Wechsel wäre zum 01.02.2027 möglich.

Mit freundlichen Grüßen
Miriam Thiele""", cs="UTF-8", cte="quoted-printable", style="gmail"),
               att_pdf("Bewerbung_Miriam_Thiele.pdf", [
                   ("Miriam Thiele", 16, True), "Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (EG-2026-117)", "",
                   ("Lebenslauf", 12, True), "seit 2021   Buchhalterin, Grabmal- und Friedhofsbedarf Großhandel, Hildesheim",
                   "2018-2021   Ausbildung zur Kauffrau für Büromanagement", "2018        Fachhochschulreife", "",
                   ("Kenntnisse", 12, True), "DATEV Rechnungswesen, SAP FI (Grundkenntnisse), MS Excel", "",
                   "Zeugnisse: siehe folgende Angaben im Original auf Anfrage."],
                   title="Bewerbung Miriam Thiele", producer="Microsoft\xae Word f\xfcr Microsoft 365",
                   date="D:20261026183000+01'00'")),
    what="Genuine job application by Gmail with the CV as an ordinary PDF",
    why="References the real vacancy number, plain PDF attachment (no archive, no password, no executable), coherent "
        "career details, personal Gmail as expected from an applicant.",
    hn=([8], "job application to HR"))
