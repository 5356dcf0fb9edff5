# -*- coding: utf-8 -*-
"""40 genuine messages the firm must receive."""
from mimelib import (iban, fmt_iban, make_pdf, make_docx, make_xlsx, PDF_T, DOCX_T, XLSX_T, ru_account)
from world import S, IB, RU
import tpl

def F(i):
    return fmt_iban(IB[i])

B = []
def add(**kw):
    B.append(kw)

LIEF_SRV = ("mail.lieferant-gmbh.de", "85.214.132.76")

# =================================================================== GERMAN
add(name="01-de-client-payroll-changes-november", lang="de", charset="UTF-8", cte="8bit", flowed=True, lang_tag="de-DE",
    desc="Client Lieferant GmbH (s.maier) sends monthly payroll changes incl. an employee bank change verified by phone with the signed form in the portal; overtime XLSX attached.",
    mailer="thunderbird", srv=LIEF_SRV, client_ip="93.216.163.177", client_host="p5dd8a3b1.dip0.t-ipconnect.de",
    ua="Mozilla Thunderbird", frm=("Stefanie Maier", "s.maier@lieferant-gmbh.de"), to=[S["hoffmann"]],
    subject="Lohnänderungen November 2026 – Lieferant GmbH", date="2026-11-16 09:12:40",
    text="""Hallo Frau Hoffmann,

anbei wie jeden Monat die Änderungen für die Lohnabrechnung November:

1. Neueintritt zum 01.11.: Frau Lena Vogt, Sachbearbeiterin Einkauf, 30 Std./Woche, 2.850 € brutto. Personalfragebogen, Kopie SV-Ausweis und Steuer-ID liegen im DocuVault-Ordner "Lohn 2026/11".
2. Herr Andreas Keller (PNr. 1047): Tariferhöhung +3,1 % ab November.
3. Herr Jonas Brenner (PNr. 1112) hat eine neue Bankverbindung (Wechsel zur VR Bank). Das von ihm unterschriebene Formular liegt ebenfalls im Portal; ich habe es heute Morgen zusätzlich telefonisch mit ihm abgeglichen.
4. Überstunden Lager siehe Tabelle im Anhang.

Bitte geben Sie mir kurz Bescheid, wenn etwas fehlt. Die Freigabe der Abrechnung macht wie immer Herr Dr. Lechner.

Viele Grüße
Stefanie Maier

-- 
Lieferant GmbH · Personal / Buchhaltung
Industriestraße 14 · 86167 Augsburg
Tel. +49 821 7490 213
""", attachments=[("Ueberstunden_Lager_2026-11.xlsx", XLSX_T, make_xlsx([
        ["PNr.", "Name", "Überstunden (Std.)", "Zuschlag Nacht (Std.)", "Bemerkung"],
        [1021, "Huber, Michael", 12.5, 4, ""], [1047, "Keller, Andreas", 6, 0, "Tariferhöhung 3,1 %"],
        [1088, "Yilmaz, Cem", 9.5, 8, ""], [1112, "Brenner, Jonas", 3, 0, "neue Bankverbindung lt. Formular"]],
        sheet="November", author="Stefanie Maier", dt=(2026, 11, 16, 8, 55, 0)))])

_re_pdfs = []
for n, (kd, betrag) in enumerate([("Brunner Maschinenbau KG", "14.280,00"), ("Alpen-Logistik AG", "6.902,35")]):
    _re_pdfs.append(("RE-2026-10-041%d.pdf" % (n + 1), PDF_T, make_pdf([
        (15, "Lieferant GmbH"), "Industriestraße 14, 86167 Augsburg", "", (13, "Rechnung RE-2026-10-041%d" % (n + 1)),
        "Kunde: " + kd, "Rechnungsdatum: 31.10.2026", "", "Gesamtbetrag brutto: %s EUR" % betrag, "",
        "Zahlbar innerhalb 30 Tagen ohne Abzug.", "Stadtsparkasse Augsburg - IBAN " + F("lieferant")],
        title="Rechnung RE-2026-10-041%d" % (n + 1), author="Lieferant GmbH", creator="ERP Rechnungsdruck",
        producer="PDFlib+PDI 10.0.1", date="D:20261102060100+01'00'")))
add(name="02-de-client-erp-outgoing-invoices", lang="de", charset="iso-8859-1", cte="base64",
    desc="Automated ERP e-mail from client address rechnungen@lieferant-gmbh.de with October outgoing invoices (PDF) for bookkeeping; unchanged bank details in footer.",
    mailer="bulk", srv=LIEF_SRV, app_host="erp01.lieferant.local", app_ip="192.168.10.21", mid_host="erp01.lieferant-gmbh.de",
    bulk_hdrs=[("X-Mailer", "Microsoft Dynamics 365 Business Central")],
    frm=("Lieferant GmbH - Rechnungswesen", "rechnungen@lieferant-gmbh.de"), to=[S["becker"]],
    subject="Ausgangsrechnungen Oktober 2026 - Lieferant GmbH (Belegtransfer)", date="2026-11-02 06:01:15",
    text="""Sehr geehrte Damen und Herren,

im Anhang erhalten Sie die Ausgangsrechnungen 10/2026 (Auszug RE-2026-10-0411 bis RE-2026-10-0412) zur Verbuchung. Die vollständige Rechnungsausgangsliste wurde wie gewohnt im DocuVault-Mandantenordner abgelegt.

Diese E-Mail wurde automatisch aus unserem ERP-System erzeugt. Rückfragen bitte an s.maier@lieferant-gmbh.de.

Lieferant GmbH - Rechnungswesen
Industriestraße 14, 86167 Augsburg
Amtsgericht Augsburg HRB 21877
Bankverbindung: Stadtsparkasse Augsburg, IBAN %s
""" % F("lieferant"), attachments=_re_pdfs)

add(name="03-de-elster-postfach-benachrichtigung", lang="de", charset="iso-8859-1", cte="quoted-printable",
    desc="Genuine ELSTER notification of a new message in the firm's ELSTER mailbox; deliberately contains no link and no content.",
    mailer="bulk", srv=("mailout2.elster.de", "193.109.238.41"), mid_host="elster.de",
    frm=("ELSTER - Ihr Online-Finanzamt", "noreply@elster.de"), to=[S["schneider"]],
    subject="Neue Nachricht in Ihrem ELSTER-Benutzerkonto", date="2026-11-10 05:47:02",
    text="""Guten Tag,

in Ihrem ELSTER-Benutzerkonto "Example Group StBG - Kanzlei" liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen enthält diese E-Mail weder den Inhalt der Nachricht noch einen Link. Bitte melden Sie sich wie gewohnt über die Startseite von Mein ELSTER an und rufen Sie die Nachricht im Postfach ab.

Bitte beachten Sie: Bescheide gelten am vierten Tag nach der Bereitstellung zum Datenabruf als bekannt gegeben.

Diese E-Mail wurde automatisch erstellt. Antworten auf diese E-Mail können nicht bearbeitet werden.

Ihr ELSTER-Team
""")

add(name="04-de-steuerberaterkammer-rundschreiben", lang="de", charset="iso-8859-15", cte="quoted-printable",
    desc="Subscribed newsletter: Steuerberaterkammer München member circular (year-end deadlines, beSt, seminars) with List-Unsubscribe.",
    mailer="bulk", srv=("mta1.newsletter.stbk-muenchen.de", "80.237.160.22"),
    bulk_hdrs=[("List-Unsubscribe", "<https://newsletter.stbk-muenchen.de/abmelden?u=7731d0&l=rs>, <mailto:abmelden@newsletter.stbk-muenchen.de?subject=rs-7731d0>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "Kammerrundschreiben <rundschreiben.stbk-muenchen.de>"), ("Precedence", "bulk")],
    frm=("Steuerberaterkammer München", "rundschreiben@stbk-muenchen.de"), to=[S["schneider"]],
    subject="Kammerrundschreiben 11/2026", date="2026-11-04 10:00:12",
    html=tpl.newsletter("Kammerrundschreiben 11/2026", [
        ("Jahreswechsel 2026/2027: Fristen und Neuerungen", "Übersicht der Änderungen bei Lohnsteuer, Sozialversicherung und E-Rechnung zum 1. Januar 2027 sowie die Abgabefristen für die Steuererklärungen 2025.", "https://www.stbk-muenchen.de/rundschreiben/2026-11/jahreswechsel"),
        ("beSt: Hinweise zur Vertreterregelung", "Wie Sie für Urlaubs- und Krankheitszeiten eine Vertretung für Ihr besonderes elektronisches Steuerberaterpostfach einrichten.", "https://www.stbk-muenchen.de/rundschreiben/2026-11/best-vertretung"),
        ("Seminar: E-Rechnung im B2B-Bereich – Praxisfragen", "Online-Seminar am 9. Dezember 2026, 14:00–17:00 Uhr, 3 Fortbildungsstunden.", "https://www.stbk-muenchen.de/seminare/e-rechnung-b2b")],
        "Steuerberaterkammer München · Körperschaft des öffentlichen Rechts · Nederlinger Straße 9 · 80638 München<br>Sie erhalten dieses Rundschreiben als Mitglied der Kammer.",
        color="#7a1a2b", brand="Steuerberaterkammer München", lang="de",
        unsub="https://newsletter.stbk-muenchen.de/abmelden?u=7731d0&l=rs"), text_from_html=True)

add(name="05-de-bank-postbox-notice", lang="de", charset="windows-1252", cte="quoted-printable",
    desc="Genuine house-bank (Isarbank) notice that statements and the new price list are in the online postbox; no links, explicit 'we never ask for PIN/TAN'.",
    mailer="bulk", srv=("mailout.isarbank.de", "62.157.141.88"), mid_host="isarbank.de",
    frm=("Isarbank AG", "service@isarbank.de"), to=[S["krueger"]],
    subject="Neue Dokumente in Ihrem elektronischen Postfach", date="2026-11-03 07:15:30",
    text="""Sehr geehrte Frau Krüger,

in Ihrem elektronischen Postfach im Isarbank Business-Banking stehen neue Dokumente für Sie bereit:

- Kontoauszüge Oktober 2026 (Treuhandkonten und Geschäftskonto)
- Rechnungsabschluss 3. Quartal 2026
- Information zur Anpassung des Preis- und Leistungsverzeichnisses zum 01.01.2027

Bitte melden Sie sich wie gewohnt über www.isarbank.de oder die Isarbank Business-App an.

Wichtiger Hinweis: Wir fragen Sie niemals per E-Mail, SMS oder Telefon nach PIN, TAN oder Zugangsdaten und senden keine Links zur Anmeldung.

Mit freundlichen Grüßen
Ihre Isarbank AG
Firmenkundenbetreuung München
""", html="auto")

add(name="06-de-internal-escrow-release-four-eyes", lang="de", charset="utf-8", cte="quoted-printable", lang_tag="de-DE",
    desc="Internal (via mail-int01): CFO asks the managing partner for the second (four-eyes) approval to pay out a client's VAT refund from the escrow account to the unchanged, phone-verified master-data account.",
    mailer="internal", frm=S["weber"], to=[S["brandt"]], cc=[S["krueger"]],
    subject="Freigabe Treuhandauszahlung Lieferant GmbH (USt-Erstattung Q3)", date="2026-11-20 10:32:18",
    text="""Hallo Katharina,

für die Auszahlung der USt-Erstattung Q3/2026 der Lieferant GmbH (38.412,60 €) vom Treuhandkonto brauche ich Deine zweite Freigabe im Business-Banking.

Zur Info: Gestern kam eine E-Mail angeblich von rechnungen@lieferant-gmbh.de mit der Bitte, auf ein litauisches Konto zu überweisen. Sabine hat bei Frau Maier unter der bekannten Nummer angerufen - das war nicht von Lieferant, die Mail haben wir an Felix gemeldet. Wir überweisen daher ausschließlich an die Stammdaten-Verbindung bei der Stadtsparkasse Augsburg (IBAN endet auf 3276), von Frau Maier telefonisch bestätigt.

Der Auftrag liegt zur Freigabe bereit.

Danke und Gruß
Thomas
""", html="auto")

_hb = make_pdf([(14, "Raiffeisenbank Dachau eG"), "", "Bestätigung Kontoeröffnung / Kontowechsel", "",
                "Kontoinhaber: Stefan Huber, Malerbetrieb", "IBAN: " + F("huber_new"), "BIC: GENODEF1DCA", "",
                "Eröffnet am: 02.11.2026", "Die Kontowechselhilfe wurde am 02.11.2026 beauftragt."],
               title="Bestätigung Kontowechsel", author="Raiffeisenbank Dachau eG", creator="OSPlus", producer="OSPlus PDF",
               date="D:20261102114200+01'00'")
_hbel = make_pdf([(14, "Belege Einkommensteuer 2025 - Stefan Huber"), "", "1. Rechnung Farben Bauer GmbH 2025-12-11",
                  "2. Fahrtenbuch Auszug Q4/2025", "3. Handwerkerleistung Privat (Heizungswartung)"],
                 title="Belege 2025", author="Stefan", creator="Adobe Scan", producer="Adobe Scan for Android",
                 date="D:20261106181200+01'00'")
add(name="07-de-soletrader-gmail-documents-new-bank", lang="de", charset="UTF-8", cte="quoted-printable",
    desc="Sole-trader client on gmail sends remaining tax documents and announces his new business account properly (bank confirmation PDF, SEPA mandate by post, offers phone confirmation).",
    mailer="gmail", frm=("Stefan Huber", "stefan.huber.malerbetrieb@gmail.com"), to=[S["schneider"]],
    subject="Unterlagen ESt 2025 + neue Bankverbindung", date="2026-11-06 18:21:44",
    text="""Servus Herr Schneider,

anbei die restlichen Belege für die Steuererklärung 2025 (Farbenrechnung, Fahrtenbuch Q4, Heizungswartung privat).

Außerdem: Ich bin mit dem Geschäftskonto von der Sparkasse zur Raiffeisenbank Dachau gewechselt. Die Bestätigung der Bank hab ich als PDF angehängt. Bitte tragen Sie die neue Verbindung beim Finanzamt für die Erstattung ein. Das neue SEPA-Mandat für Ihre Honorarrechnungen schick ich Ihnen unterschrieben per Post.

Wenn Sie das kurz telefonisch abklären wollen, erreichen Sie mich am besten nach 17 Uhr unter 0171 4823906.

Schöne Grüße
Stefan Huber
Malerbetrieb Huber, Dachau
""", html=tpl.simple_html("""Servus Herr Schneider,

anbei die restlichen Belege für die Steuererklärung 2025 (Farbenrechnung, Fahrtenbuch Q4, Heizungswartung privat).

Außerdem: Ich bin mit dem Geschäftskonto von der Sparkasse zur Raiffeisenbank Dachau gewechselt. Die Bestätigung der Bank hab ich als PDF angehängt. Bitte tragen Sie die neue Verbindung beim Finanzamt für die Erstattung ein. Das neue SEPA-Mandat für Ihre Honorarrechnungen schick ich Ihnen unterschrieben per Post.

Wenn Sie das kurz telefonisch abklären wollen, erreichen Sie mich am besten nach 17 Uhr unter 0171 4823906.

Schöne Grüße
Stefan Huber
Malerbetrieb Huber, Dachau"""),
    attachments=[("Kontowechsel_Raiffeisenbank.pdf", PDF_T, _hb), ("Belege_ESt2025_Rest.pdf", PDF_T, _hbel)])

add(name="08-de-vendor-maintenance-release", lang="de", charset="utf-8", cte="quoted-printable",
    desc="Genuine accounting-software vendor (Kontora, own domain) announcement: maintenance window and year-end payroll release; links only to kontora.de.",
    mailer="bulk", srv=("mail1.mailing.kontora.de", "217.72.194.60"), mid_host="mailing.kontora.de",
    bulk_hdrs=[("List-Unsubscribe", "<https://mailing.kontora.de/u/3f9a1c27>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
    frm=("Kontora Kundenservice", "kundeninfo@mailing.kontora.de"), reply_to=("Kontora Support", "support@kontora.de"), to=[S["wagner"]],
    subject="Wartungsfenster am 21.11.2026 und Release 26.4 (Jahreswechsel Lohn)", date="2026-11-12 14:03:55",
    html=tpl.notice("Wartungsfenster und Release 26.4", [
        "Sehr geehrter Herr Wagner,",
        "am Samstag, 21.11.2026, von 06:00 bis 12:00 Uhr führen wir Wartungsarbeiten im Kontora Rechenzentrum durch. In dieser Zeit sind Kontora Online, die ELSTER-Übermittlung und das Mandantenportal nicht verfügbar.",
        "Ab dem 24.11.2026 steht das Release 26.4 zur Verfügung. Es enthält die Jahreswechselanpassungen Lohn 2027 (neue Beitragsbemessungsgrenzen, Programmablaufplan Lohnsteuer 2027) und Erweiterungen beim E-Rechnungs-Empfang.",
        "Die Installation erfolgt wie gewohnt über den Kontora Update-Dienst. Eine Anpassung Ihrer Zahlungs- oder Lizenzdaten ist nicht erforderlich."],
        "Release-Informationen lesen", "https://www.kontora.de/service/release-26-4",
        ["Mit freundlichen Grüßen\nIhr Kontora Kundenservice"],
        footer="Kontora Software GmbH · Frankenstraße 152 · 90461 Nürnberg · Amtsgericht Nürnberg HRB 30218", color="#0b6e4f",
        brand="Kontora"), text_from_html=True)

# =================================================================== ENGLISH
add(name="09-en-hmrc-secure-message-notification", lang="en", charset="us-ascii", cte="7bit",
    desc="Genuine HMRC notification that a new secure message is in the agent's online account; deliberately no link.",
    mailer="bulk", srv=("b.mail.tax.service.gov.uk", "18.133.54.90"), mid_host="tax.service.gov.uk",
    frm=("HMRC", "noreply@tax.service.gov.uk"), to=[S["whitfield"]],
    subject="You have a new message from HMRC", date="2026-11-19 07:02:33", tz="+0000",
    text="""Dear James Whitfield,

You have a new message from HMRC about a client in your agent services account.

To read it, sign in to your HMRC online services account. For security reasons, we have not included a link with this email.

Some messages include a deadline. Please check your account as soon as possible.

From HMRC

This is an automated email - please do not reply.
""")

_hl = make_pdf([(15, "Hartley & Sons Joinery Ltd"), "Unit 4 Riverside Works, Reading RG1 8DB", "", "23 November 2026", "",
                "To: Example Group UK LLP", "", "Change of bank account",
                "With effect from 1 December 2026 our business account will be held with Lloyds Bank plc:",
                "Account name: Hartley & Sons Joinery Ltd", "Sort code: 30-96-34   Account no.: 11872040",
                "IBAN: " + F("hartley_new"), "", "Our NatWest account remains open until 31 December 2026.",
                "Please confirm by telephone with either director before using the new details.", "",
                "David Hartley, Director          Susan Hartley, Director"],
               title="Change of bank account", author="David Hartley", creator="Microsoft Word",
               producer="Microsoft: Print To PDF", date="D:20261123160500Z")
add(name="10-en-client-bank-change-proper", lang="en", charset="windows-1252", cte="quoted-printable", lang_tag="en-GB",
    desc="Genuine client bank-detail change announced properly: signed letter on letterhead, no urgency, old account stays open, client asks to confirm by phone on known numbers.",
    mailer="outlook", frm=("David Hartley", "david.hartley@hartleyjoinery.co.uk"), to=[S["carter"]],
    subject="Change of bank - from December", date="2026-11-23 16:12:09", tz="+0000",
    text="""Hi Emily,

Just a heads-up that we are moving our business banking from NatWest to Lloyds. The new account goes live on 1 December; details are in the attached letter signed by Sue and me.

Please don't change anything on the strength of this email alone - ring me or Sue on the usual numbers (0118 957 3120 or my mobile) and we'll confirm verbally, as per your procedure. The NatWest account stays open until 31 December, so there's no rush.

From the December payroll run the PayFlow direct debit and the HMRC payments should come from the new account, and your fee direct debit can move in January.

Cheers,
David

David Hartley
Director | Hartley & Sons Joinery Ltd
Unit 4 Riverside Works, Reading RG1 8DB
T: 0118 957 3120
""", html="auto", attachments=[("Hartley_change_of_bank_letter.pdf", PDF_T, _hl)])

add(name="11-en-icaew-insights-newsletter", lang="en", charset="utf-8", cte="quoted-printable",
    desc="Subscribed professional-body newsletter (ICAEW Insights) on MTD for Income Tax, audit confirmations and fraud awareness; List-Unsubscribe present.",
    mailer="bulk", srv=("mta-eu12.mail.icaew.com", "185.26.124.45"), mid_host="mail.icaew.com",
    bulk_hdrs=[("List-Unsubscribe", "<https://mail.icaew.com/unsubscribe?e=9b77a1c4>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
    frm=("ICAEW Insights", "insights@mail.icaew.com"), to=[S["bennett"]],
    subject="ICAEW Insights: MTD for Income Tax - what agents need before April 2027", date="2026-11-17 06:30:00", tz="+0000",
    html=tpl.newsletter("ICAEW Insights – 17 November 2026", [
        ("MTD for Income Tax: the next wave", "Sole traders and landlords with qualifying income over £30,000 join from April 2027. What agents should be doing with their client lists now.", "https://www.icaew.com/insights/tax-news/2026/nov-2026/mtd-itsa-next-wave"),
        ("Audit confirmations: spotting fake portals", "Fraudsters are imitating confirmation platforms to harvest Microsoft 365 credentials from audit teams. Practical checks for engagement leaders.", "https://www.icaew.com/insights/viewpoints-on-the-news/2026/nov-2026/fake-confirmation-portals"),
        ("Client money: updated guidance", "Revised helpsheet on holding client money and handling changes of payee bank details.", "https://www.icaew.com/technical/practice-resources/client-money-2026")],
        "ICAEW, Chartered Accountants' Hall, Moorgate Place, London EC2R 6EA.<br>You are receiving this email because you subscribed to ICAEW Insights.",
        color="#6c1d45", brand="ICAEW", lang="en", unsub="https://mail.icaew.com/unsubscribe?e=9b77a1c4"), text_from_html=True)

_ml = make_docx(["Hartley & Sons Joinery Ltd - Audit FY ended 30 September 2026", "DRAFT management letter",
                 "1. Director's loan account: balance of £42,180 exceeds the limit approved by the board.",
                 "2. Supplier master data: changes of bank details should be verified by call-back to a known number.",
                 "3. Payroll: leavers processed late in two instances."], title="Draft management letter", author="Oliver Bennett")
add(name="12-en-internal-audit-draft-letter", lang="en", charset="utf-8", cte="quoted-printable", lang_tag="en-GB",
    desc="Internal (via mail-int01): audit manager sends a colleague the draft management letter (DOCX) and notes the genuine bank confirmation arrived through the usual portal.",
    mailer="internal", frm=S["bennett"], to=[S["carter"]], cc=[S["whitfield"]],
    subject="Hartley FY26 audit - bank confirmation in + draft management letter", date="2026-11-24 11:48:51", tz="+0000",
    text="""Hi Emily,

The NatWest bank confirmation for Hartley came back through our usual confirmation platform this morning - balances agree to the TB. Lloyds isn't relevant for FY26 as the account only opens in December.

Draft management letter attached. Could you check point 1 (director's loan) against your year-end schedule before I send it to James for review?

Also FYI - I had a suspicious "confirmation response available" email last week from an unknown portal asking for my M365 login; reported it to IT.

Thanks,
Oliver
""", html="auto", attachments=[("Hartley_FY26_Management_Letter_DRAFT.docx", DOCX_T, _ml)])

add(name="13-en-docuvault-share-notification", lang="en", charset="utf-8", cte="quoted-printable",
    desc="Genuine document-portal (DocuVault) share notification sent via Amazon SES from docuvault.eu; link to app.docuvault.eu in the client's workspace.",
    mailer="ses", frm=("DocuVault", "notifications@docuvault.eu"), to=[S["carter"]],
    subject="David Hartley shared \"Payroll_changes_Dec_2026.xlsx\" in Hartley & Sons - Payroll",
    date="2026-11-30 17:26:40", tz="+0000",
    bulk_hdrs=[("List-Unsubscribe", "<https://app.docuvault.eu/settings/notifications?u=e.carter>")],
    html=tpl.notice("New file in Hartley & Sons – Payroll", [
        "David Hartley uploaded a file to the workspace <b>Hartley & Sons – Payroll</b>:".replace("<b>", "").replace("</b>", ""),
        "Payroll_changes_Dec_2026.xlsx (18 KB)",
        "Comment: \"December changes - one leaver (Tom Price), overtime for the Reading site.\""],
        "Open in DocuVault", "https://app.docuvault.eu/w/hartley-sons-payroll/f/7d1e0c4b",
        ["You receive this email because you are a member of this workspace. Manage notifications in your DocuVault settings."],
        footer="DocuVault B.V. · Keizersgracht 62 · 1015 CS Amsterdam", color="#2a5db0", brand="DocuVault", lang="en"),
    text_from_html=True)

_cf = make_pdf([(14, "Caledon Foods Ltd"), "Audit confirmation request - year ended 30 September 2026", "",
                "To: Example Group UK LLP, 30 Finsbury Square, London EC2A 1AG", "",
                "Our auditors, Pemberton Audit LLP, are auditing our financial statements.",
                "Please confirm directly to them the balance we owed you at 30 September 2026.",
                "According to our records: GBP 8,460.00 (invoices EG-UK-2026-0712, -0788).", "",
                "This is not a request for payment.", "", "Signed: Fiona Reid, Finance Director"],
               title="Confirmation request", author="Pemberton Audit LLP", creator="Microsoft Word",
               producer="Adobe PDF Library 23.1", date="D:20261105101500Z")
add(name="14-en-external-audit-confirmation-request", lang="en", charset="iso-8859-1", cte="quoted-printable", lang_tag="en-GB",
    desc="Genuine creditor confirmation request from another audit firm on behalf of a client (signed PDF authorisation); asks for a direct reply, 'not a request for payment'.",
    mailer="outlook", frm=("Kwame Osei", "k.osei@pembertonaudit.co.uk"), to=[S["whitfield"]],
    subject="Audit confirmation - Caledon Foods Ltd - balance at 30 September 2026", date="2026-11-05 10:24:16", tz="+0000",
    text="""Dear Mr Whitfield,

We are the auditors of Caledon Foods Ltd for the year ended 30 September 2026. Please find attached a confirmation request signed by the client's Finance Director.

We would be grateful if you could confirm the balance owed by Caledon Foods Ltd to Example Group UK LLP at 30 September 2026, or provide details of any differences, by replying directly to this email. This is not a request for payment.

If you would prefer to verify this request, please call me on 0131 496 0782 or contact Fiona Reid at Caledon Foods.

Kind regards,

Kwame Osei
Audit Senior
Pemberton Audit LLP
7 Melville Crescent, Edinburgh EH3 7JA
""", html="auto", attachments=[("Caledon_Foods_confirmation_request.pdf", PDF_T, _cf)])

_inv = make_pdf([(15, "Brightline IT Services Ltd"), "2 Leonard Street, London EC2A 4NW - VAT GB 318 4471 26", "",
                 (13, "TAX INVOICE INV-2026-1184"), "Bill to: Example Group UK LLP", "Date: 01/12/2026   Due: 15/12/2026", "",
                 "Managed IT services - December 2026 (24 users)        1,950.00", "VAT 20%                                               390.00",
                 "TOTAL GBP                                             2,340.00", "",
                 "Payment: Barclays Bank, sort code 20-04-15, account 63458217", "IBAN: " + F("it_vendor")],
                title="INV-2026-1184", author="Brightline IT Services Ltd", creator="Xero", producer="Xero",
                date="D:20261201080000Z")
add(name="15-en-vendor-invoice-via-invoicing-app", lang="en", charset="utf-8", cte="quoted-printable",
    desc="Genuine monthly invoice from the London office's IT provider sent through an invoicing platform (sender is the platform, Reply-To the vendor); bank details unchanged.",
    mailer="sendgrid", frm=("Brightline IT Services Ltd", "messaging-service@post.xero.com"),
    reply_to=("Brightline IT Services Ltd", "accounts@brightline-it.co.uk"), to=[S["whitfield"]],
    subject="Invoice INV-2026-1184 from Brightline IT Services Ltd for Example Group UK LLP", date="2026-12-01 08:00:41", tz="+0000",
    text="""Hi James,

Here's invoice INV-2026-1184 for GBP 2,340.00.

The amount outstanding of GBP 2,340.00 is due on 15 Dec 2026.

View and pay your bill online: https://in.xero.com/q8VbXzJd2mRkT4c1Lw0PfGhN7sYaE3

From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

If you have any questions, please let us know.

Thanks,
Brightline IT Services Ltd
""", html="auto", attachments=[("Invoice INV-2026-1184.pdf", PDF_T, _inv)])

# =================================================================== ITALIAN
add(name="16-it-client-payroll-variations", lang="it", charset="iso-8859-1", cte="quoted-printable",
    desc="Client Ferretti Trasporti (c.colombo, real domain) sends November payroll changes incl. one employee IBAN change, verified by call-back and signed form in the portal; XLSX attached.",
    mailer="thunderbird", srv=("smtpcmd04.ad.aruba.it", "62.149.156.204"), client_ip="151.38.112.47", client_host="host47-112-dynamic.38-151-r.retail.telecomitalia.it",
    xmailer="Microsoft Outlook 16.0", frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S["bianchi"]],
    cc=[("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it")],
    subject="Variazioni paghe novembre 2026", date="2026-11-24 15:40:22",
    text="""Ciao Marco,

ti mando le variazioni per i cedolini di novembre:

- assunzione di Davide Moretti (autista, CCNL Logistica Trasporto Merci e Spedizione, livello 3S) dal 10/11; contratto e documenti sono già caricati su DocuVault;
- straordinari e trasferte come da file allegato;
- Luca Sala ci ha comunicato il nuovo IBAN per l'accredito dello stipendio: il modulo firmato da lui è nel portale e ieri l'ho richiamato io al numero che abbiamo in anagrafica per conferma. Da questo mese usa pure quello;
- Giorgio Pesenti ha chiesto un anticipo TFR per acquisto prima casa: ti giro la documentazione del notaio la prossima settimana.

Grazie e buona serata,
Chiara

Chiara Colombo
Ufficio Amministrazione - Ferretti Trasporti S.r.l.
Via Bergamo 112 - 24035 Curno (BG) - tel. 035 611482
""", attachments=[("Straordinari_trasferte_11-2026.xlsx", XLSX_T, make_xlsx([
        ["Matricola", "Dipendente", "Ore straord.", "Trasferte Italia", "Trasferte estero"],
        [112, "Sala Luca", 14, 6, 2], [118, "Pesenti Giorgio", 9, 8, 0], [131, "Moretti Davide", 4, 3, 0]],
        sheet="Novembre", author="Chiara Colombo", dt=(2026, 11, 24, 15, 20, 0)))])

_ff = make_pdf([(14, "Ferretti Trasporti S.r.l."), "Riepilogo fatture passive ottobre 2026", "",
                "Carburanti Orobica S.p.A.   FT 2026/8841    12.480,22", "Pneumatici Valseriana Srl  FT 771/2026       3.140,00",
                "Autostrade - Telepass      10/2026           2.906,45", "", "Totale                               18.526,67"],
               title="Fatture passive ottobre 2026", author="Amministrazione", creator="Microsoft Excel",
               producer="Microsoft Excel", date="D:20261105094000+01'00'")
add(name="17-it-client-invoices-f24-deadline", lang="it", charset="windows-1252", cte="base64",
    desc="Client's administration mailbox (real domain, Aruba webmail) sends October purchase invoices and asks for the F24 amounts due 16 December.",
    mailer="roundcube", srv=("smtpcmd02.ad.aruba.it", "62.149.156.117"), client_ip_inner="10.10.11.6", client_host="webmail.aruba.it",
    ua="Aruba Webmail (Roundcube)", frm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"),
    to=[S["esposito"]], subject="Fatture passive ottobre + F24 del 16 dicembre", date="2026-11-05 09:51:10",
    text="""Buongiorno Dott.ssa Esposito,

in allegato il riepilogo delle fatture passive di ottobre; le fatture elettroniche le trova come sempre nel cassetto fiscale.

Ci può anticipare gli importi dell'F24 in scadenza il 16 dicembre (IVA novembre e ritenute) e dell'acconto IVA del 27 dicembre? Dobbiamo organizzare la liquidità con la banca.

Grazie, cordiali saluti
Silvia Rota
Amministrazione - Ferretti Trasporti S.r.l.
""", attachments=[("Riepilogo_fatture_passive_10-2026.pdf", PDF_T, _ff)])

add(name="18-it-odcec-milano-informativa", lang="it", charset="utf-8", cte="base64",
    desc="Genuine professional-order circular (ODCEC Milano) on CPD year-end deadline and events; HTML only, links to odcec.mi.it.",
    mailer="bulk", srv=("mail.odcec.mi.it", "93.62.153.40"),
    bulk_hdrs=[("List-Unsubscribe", "<mailto:newsletter-unsubscribe@odcec.mi.it>"), ("Precedence", "bulk")],
    frm=("ODCEC Milano", "informative@odcec.mi.it"), to=[S["esposito"]],
    subject="Informativa n. 41/2026 - FPC: termine del 31 dicembre e prossimi eventi", date="2026-11-18 12:30:00",
    html=tpl.newsletter("Informativa n. 41/2026", [
        ("FPC: termine del 31 dicembre 2026", "Si ricorda che entro il 31 dicembre occorre completare i crediti formativi del triennio. Gli attestati degli eventi accreditati vengono caricati automaticamente nell'area riservata del sito dell'Ordine.", "https://www.odcec.mi.it/formazione/fpc-2026"),
        ("Convegno: la riforma dei tributi locali", "Martedì 1 dicembre 2026, ore 14:30, Auditorium di Corso Europa. Iscrizioni dal portale eventi.", "https://www.odcec.mi.it/eventi/convegno-tributi-locali"),
        ("Antiriciclaggio: autovalutazione del rischio", "Le nuove regole tecniche del CNDCEC e il modello di autovalutazione per gli studi.", "https://www.odcec.mi.it/antiriciclaggio/regole-tecniche-2026")],
        "Ordine dei Dottori Commercialisti e degli Esperti Contabili di Milano – Corso Europa 11, 20122 Milano",
        color="#1f3f77", brand="ODCEC Milano", lang="it", unsub="https://www.odcec.mi.it/newsletter/cancellazione"))

add(name="19-it-bank-transfer-executed", lang="it", charset="iso-8859-15", cte="quoted-printable",
    desc="Genuine bank notification (Banca Lombarda Nord) that a transfer from the client-deposit account was executed; no login link.",
    mailer="bulk", srv=("smtp-out.bancalombardanord.it", "194.243.116.9"), mid_host="bancalombardanord.it",
    frm=("Banca Lombarda Nord", "avvisi@bancalombardanord.it"), to=[S["rossi"]],
    subject="Avviso: bonifico SEPA eseguito - conto deposito clienti", date="2026-11-27 16:05:48",
    text="""Gentile Cliente,

Le comunichiamo che la disposizione di bonifico SEPA da Lei autorizzata è stata eseguita.

Conto di addebito: Conto deposito clienti - Example Group S.r.l. STP (*** 4471)
Beneficiario: Ferretti Trasporti S.r.l.
IBAN beneficiario: IT** **** **** **** **** 2377
Importo: € 12.600,00
Data esecuzione: 27/11/2026
CRO/TRN: 0306926331754804480112600000IT

Per i dettagli acceda all'home banking dal sito www.bancalombardanord.it o dall'app.

Questo è un messaggio automatico: La preghiamo di non rispondere. La Banca non Le chiederà mai codici o credenziali via e-mail o SMS.

Banca Lombarda Nord S.p.A.
""", html="auto")

add(name="20-it-internal-office-closure", lang="it", charset="utf-8", cte="quoted-printable", lang_tag="it-IT",
    desc="Internal Milan office circular (via mail-int01): closure for Sant'Ambrogio/Immacolata and the 16 December payment deadlines.",
    mailer="internal", frm=S["rossi"], to=[("Ufficio Milano", "milano@example.com")], rcpt="marco.bianchi@example.com",
    subject="Chiusura ufficio 7-8 dicembre e scadenze del 16", date="2026-12-02 09:05:30",
    text="""Ciao a tutti,

vi ricordo che l'ufficio resterà chiuso lunedì 7 (Sant'Ambrogio) e martedì 8 dicembre (Immacolata).

Prima della chiusura chiedo di:
- completare entro venerdì 4 i cedolini di novembre ancora aperti (Marco);
- inviare ai clienti gli importi degli F24 in scadenza il 16 dicembre e dell'acconto IVA del 27 (Francesca);
- lasciare le autorizzazioni dei bonifici dal conto deposito clienti già firmate a doppia firma.

Per urgenze durante il ponte sono reperibile al cellulare aziendale.

Grazie,
Giulia
""", html="auto")

# =================================================================== POLISH
_pl_letter = make_pdf([(14, "Partner Logistik Sp. z o.o."), "ul. Skladowa 8, 61-897 Poznan", "", "Poznan, 18.11.2026", "",
                       "Example Group Polska Sp. z o.o.", "", "Zawiadomienie o zmianie rachunku bankowego", "",
                       "Od 01.12.2026 nasz rachunek glowny: " + F("partner_new"),
                       "Dotychczasowy rachunek pozostaje aktywny do 31.12.2026.",
                       "Prosimy o potwierdzenie telefoniczne z Prezesem Zarzadu przed zmiana danych.", "",
                       "Tomasz Zielinski - Prezes Zarzadu      Ewa Kaczmarek - Prokurent"],
                      title="Zmiana rachunku bankowego", author="Tomasz Zieliński", creator="Microsoft Word",
                      producer="Microsoft: Print To PDF", date="D:20261118121000+01'00'")
add(name="21-pl-client-payroll-and-bank-letter", lang="pl", charset="iso-8859-2", cte="quoted-printable", lang_tag="pl-PL",
    desc="Client Partner Logistik (real domain, M365) sends November payroll changes and a signed letter about its own new main bank account, asking for phone confirmation per agreed procedure.",
    mailer="outlook", frm=("Tomasz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S["kowalczyk"]], cc=[("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl")],
    subject="Lista płac 11/2026 + zmiana rachunku firmowego od grudnia", date="2026-11-18 12:26:45",
    text="""Dzień dobry Pani Agnieszko,

przesyłam zmiany do listy płac za listopad:
- nowy pracownik: Paweł Górski, magazynier, od 16.11.2026, umowa o pracę na czas określony – dokumenty w portalu;
- premia kwartalna dla działu spedycji zgodnie z uchwałą zarządu (lista w portalu);
- Pani Joanna Mazur przechodzi na 3/4 etatu od 01.12.

Druga sprawa: od 1 grudnia zmieniamy bank obsługujący nasz rachunek główny. W załączniku pismo podpisane przez zarząd. Zgodnie z naszą procedurą proszę o potwierdzenie telefoniczne ze mną przed wprowadzeniem zmiany (numer ma Pani w umowie). Stary rachunek działa do końca roku.

Pozdrawiam serdecznie
Tomasz Zieliński
Prezes Zarządu
Partner Logistik Sp. z o.o.
tel. +48 61 852 44 10
""", html="auto", attachments=[("Zmiana_rachunku_Partner_Logistik.pdf", PDF_T, _pl_letter)])

add(name="22-pl-client-jpk-questions", lang="pl", charset="windows-1250", cte="base64", lang_tag="pl-PL",
    desc="Client's accounting mailbox (real domain) answers JPK_V7M questions for October with an XLSX of cost invoices.",
    mailer="outlook", frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[S["wisniewski"]],
    subject="Odp: JPK_V7M za październik - pytania do faktur", date="2026-11-03 13:18:02",
    in_reply_to="<7c2d1a9e4b3f4d2a8e6b1c0d9f8a7e65@MUC-EXMB02.corp.example.com>",
    text="""Dzień dobry Panie Piotrze,

odpowiadamy na pytania do JPK_V7M za październik:

1. Faktura FV/2026/10/188 od Trans-Serwis – to usługa transportu międzynarodowego, kontrahent z Niemiec, stąd odwrotne obciążenie.
2. Faktura korygująca KOR/77/2026 – otrzymana w KSeF 29.10, ujmujemy w październiku.
3. Brakujące dwie faktury za paliwo (Orlen) – w załączonym zestawieniu, PDF-y wgramy do portalu do jutra.

Pozdrawiamy
Dział Księgowości
Partner Logistik Sp. z o.o.
""", html="auto", attachments=[("Zestawienie_faktur_10_2026.xlsx", XLSX_T, make_xlsx([
        ["Nr faktury", "Kontrahent", "Data", "Netto", "VAT"], ["FV/2026/10/188", "Trans-Serwis GmbH", "2026-10-14", 8400, 0],
        ["KOR/77/2026", "Opony-Pol Sp. z o.o.", "2026-10-29", -1250, -287.5], ["F/10/55123", "ORLEN S.A.", "2026-10-21", 3120.4, 717.69],
        ["F/10/55901", "ORLEN S.A.", "2026-10-28", 2988.1, 687.26]], sheet="Październik", author="Księgowość"))])

add(name="23-pl-vendor-ksef-update", lang="pl", charset="utf-8", cte="quoted-printable",
    desc="Genuine accounting-software vendor (KsięgaPro) HTML-only notice about a KSeF 2.0 connector update; links only to ksiegapro.pl, unsubscribe header.",
    mailer="bulk", srv=("mx-out2.ksiegapro.pl", "46.242.131.77"),
    bulk_hdrs=[("List-Unsubscribe", "<https://www.ksiegapro.pl/newsletter/wypisz?id=a41c2>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
    frm=("KsięgaPro", "aktualizacje@ksiegapro.pl"), to=[S["wisniewski"]],
    subject="KsięgaPro 2026.4 – zmiany w integracji z KSeF 2.0", date="2026-11-09 10:00:05",
    html=tpl.notice("Aktualizacja KsięgaPro 2026.4", [
        "Szanowni Państwo,",
        "udostępniliśmy wersję 2026.4 programu KsięgaPro. Najważniejsze zmiany:",
        "• obsługa nowych certyfikatów KSeF 2.0 dla biur rachunkowych (uprawnienia nadawane przez klientów),\n• masowe pobieranie faktur zakupowych dla wielu NIP,\n• nowe schematy JPK_V7M(3) obowiązujące od 2027 r.",
        "Aktualizacja instaluje się automatycznie przy następnym uruchomieniu programu. Nie prosimy o podawanie haseł ani tokenów KSeF."],
        "Lista zmian", "https://www.ksiegapro.pl/aktualizacje/2026-4",
        ["Zespół KsięgaPro"], footer="KsięgaPro Sp. z o.o., ul. Grabiszyńska 241, 53-234 Wrocław", color="#1e5aa8",
        brand="KsięgaPro", lang="pl"))

add(name="24-pl-kidp-newsletter", lang="pl", charset="iso-8859-2", cte="quoted-printable",
    desc="Subscribed newsletter of the national chamber of tax advisers (KIDP) with training and deadline news.",
    mailer="bulk", srv=("newsletter.kidp.pl", "91.227.32.15"),
    bulk_hdrs=[("List-Unsubscribe", "<https://kidp.pl/newsletter/rezygnacja?k=77d1>"), ("Precedence", "bulk")],
    frm=("Krajowa Izba Doradców Podatkowych", "newsletter@kidp.pl"), to=[S["nowak"]],
    subject="Biuletyn KIDP 11/2026", date="2026-11-13 08:00:00",
    html=tpl.newsletter("Biuletyn KIDP 11/2026", [
        ("KSeF 2.0 w praktyce biur rachunkowych", "Podsumowanie pierwszych miesięcy obowiązkowego KSeF i stanowisko KIDP w sprawie uprawnień pełnomocników.", "https://kidp.pl/aktualnosci/ksef-2-0-praktyka"),
        ("Szkolenie: zamknięcie roku 2026", "Webinar 10 grudnia 2026 r., 4 godziny szkoleniowe w ramach doskonalenia zawodowego.", "https://kidp.pl/szkolenia/zamkniecie-roku-2026"),
        ("Terminy grudniowe", "Przypomnienie o terminach: 15.12 składki ZUS, 21.12 zaliczki PIT/CIT, 28.12 JPK_V7.", "https://kidp.pl/kalendarz-podatkowy")],
        "Krajowa Izba Doradców Podatkowych, ul. Marszałkowska 84/92 lok. 10, 00-514 Warszawa",
        color="#8b0000", brand="KIDP", lang="pl", unsub="https://kidp.pl/newsletter/rezygnacja?k=77d1"), text_from_html=True)

add(name="25-pl-internal-deadline-reminder", lang="pl", charset="utf-8", cte="quoted-printable", lang_tag="pl-PL",
    desc="Internal (via mail-int01): Warsaw head of office reminds the team of the ZUS/PIT/JPK deadlines and the call-back rule for client bank changes.",
    mailer="internal", frm=S["nowak"], to=[S["wisniewski"], S["kowalczyk"]],
    subject="Terminy grudniowe i procedura zmian rachunków", date="2026-11-30 08:41:12",
    text="""Cześć,

przypominam o grudniowych terminach dla klientów:
- 15.12 – składki ZUS,
- 21.12 – zaliczki PIT-4R / CIT (20.12 wypada w niedzielę),
- 28.12 – JPK_V7M/K za listopad.

Agnieszka – w zeszłym tygodniu ktoś podszywał się pod Partner Logistik (domena partner-logistlk.pl) z prośbą o zmianę kont pracowników. Każdą zmianę rachunku potwierdzamy telefonicznie pod numerem z umowy, nigdy z maila.

Piotr – bank zapowiedział aktualizację danych AML; dostaliśmy też fałszywkę w tej sprawie. Prawdziwe pismo przyjdzie przez system bankowy.

Dzięki,
Kasia
""", html="auto")

# =================================================================== SPANISH
add(name="26-es-client-payroll-incidents", lang="es", charset="iso-8859-1", cte="quoted-printable", lang_tag="es-ES",
    desc="Client Construcciones Iberia (real domain, M365) sends November payroll incidents (hire, leave, overtime) with XLSX.",
    mailer="outlook", frm=("Rosa Navarro", "administracion@construcciones-iberia.es"), to=[S["ruiz"]],
    subject="Incidencias nóminas noviembre 2026", date="2026-11-25 12:02:31",
    text="""Hola Carmen:

Te paso las incidencias para las nóminas de noviembre:

- Alta: Sergio Molina Ortega, oficial de 1ª, desde el 16/11/2026, contrato indefinido (la documentación está subida al portal).
- Baja voluntaria: Iván Castro, último día 20/11/2026. Por favor, prepara el finiquito.
- IT: Manuel Herrera sigue de baja por enfermedad desde el 03/11.
- Horas extra y pluses de obra en el Excel adjunto.

Cualquier duda me dices.

Un saludo,

Rosa Navarro
Administración
Construcciones Iberia S.L.
Tel. 916 61 32 10
""", html="auto", attachments=[("Incidencias_nomina_11-2026.xlsx", XLSX_T, make_xlsx([
        ["Trabajador", "DNI", "Horas extra", "Plus obra (€)", "Observaciones"], ["Molina Ortega, Sergio", "51****27K", 0, 120, "Alta 16/11"],
        ["Castro Ruiz, Iván", "02****44T", 6, 90, "Baja 20/11 - finiquito"], ["Herrera Gil, Manuel", "50****18Q", 0, 0, "IT desde 03/11"],
        ["Pardo León, Raúl", "47****63B", 11, 180, ""]], sheet="Noviembre", author="Rosa Navarro"))])

_mg = make_pdf([(14, "Marta Gomez Fotografia"), "Facturas emitidas 3T-4T 2026", "", "F-2026-031  Boda Aranjuez        1.650,00",
                "F-2026-032  Catalogo moda         980,00", "F-2026-033  Evento corporativo    1.200,00"],
               title="Facturas 2026", author="Marta", creator="Microsoft Excel", producer="macOS Quartz PDFContext",
               date="D:20261109201100+01'00'")
add(name="27-es-soletrader-gmail-modelo130", lang="es", charset="UTF-8", cte="quoted-printable",
    desc="Sole-trader client (photographer) on gmail asks about modelo 130 and IVA, attaches her invoices PDF.",
    mailer="gmail", frm=("Marta Gómez", "martagomez.foto@gmail.com"), to=[S["fernandez"]],
    subject="Dudas modelo 130 y facturas", date="2026-11-09 20:14:53",
    text="""Hola Lucía,

Te adjunto las facturas que he emitido desde septiembre. Tengo dos dudas:

1. La factura del catálogo de moda es para una empresa de Portugal, ¿lleva IVA o va como operación intracomunitaria? Tienen NIF-IVA.
2. Este año he comprado una cámara nueva (2.890 €), ¿se puede amortizar entera en el 130 del 4T?

Si necesitas algo más te lo mando, o llámame al 655 234 187.

Gracias!
Marta
""", html="auto", attachments=[("Facturas_3T_4T_2026.pdf", PDF_T, _mg)])

add(name="28-es-bank-sepa-debit-notice", lang="es", charset="windows-1252", cte="quoted-printable",
    desc="Genuine bank notice (Banco Meseta) of an upcoming SEPA direct debit (Social Security contributions) on the office account; no links to log in.",
    mailer="bulk", srv=("envios.bancomeseta.es", "195.53.122.40"), mid_host="bancomeseta.es",
    frm=("Banco Meseta - Avisos", "avisos@bancomeseta.es"), to=[S["martinez"]],
    subject="Aviso de cargo: recibo domiciliado SEPA previsto el 30/11/2026", date="2026-11-26 07:30:14",
    text="""Estimado cliente:

Le informamos de que se ha recibido el siguiente adeudo domiciliado, que se cargará en su cuenta en la fecha indicada:

Cuenta: ES** **** **** **** **** %s
Emisor: Tesorería General de la Seguridad Social
Concepto: Liquidación de cuotas 10/2026
Importe: 48.317,62 €
Fecha de cargo: 30/11/2026

Puede consultar el detalle en su banca a distancia. Banco Meseta nunca le solicitará claves ni códigos de firma por correo electrónico.

Atentamente,
Banco Meseta
Este es un mensaje automático, por favor no responda.
""" % IB["meseta_eg"][-4:], html="auto")

add(name="29-es-dehu-genuine-notification", lang="es", charset="iso-8859-15", cte="quoted-printable",
    desc="Genuine DEHú notification (gob.es) of a pending AEAT notification for a represented client with 10-day legal deadline; link to the official dehu.redsara.es portal.",
    mailer="bulk", srv=("correo.gob.es", "185.73.172.22"), mid_host="correo.gob.es",
    frm=("DEHú - Dirección Electrónica Habilitada única", "notificaciones.dehu@correo.gob.es"), to=[S["fernandez"]],
    subject="Nueva notificación disponible en la Dirección Electrónica Habilitada única", date="2026-11-16 09:12:07",
    text="""Estimado/a usuario/a:

Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Organismo emisor: Agencia Estatal de Administración Tributaria
Titular: Construcciones Iberia S.L. (actúa usted como apoderado)
Fecha de puesta a disposición: 16/11/2026

Dispone de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y el procedimiento seguirá su curso.

Puede acceder a la notificación en https://dehu.redsara.es con su certificado electrónico o Cl@ve.

Este correo es meramente informativo. Por favor, no responda a este mensaje.
""", html="auto")

add(name="30-es-internal-year-end-plan", lang="es", charset="utf-8", cte="quoted-printable", lang_tag="es-ES",
    desc="Internal Madrid office note (via mail-int01) on year-end filings and a warning about the look-alike escrow-release e-mail.",
    mailer="internal", frm=S["martinez"], to=[S["fernandez"], S["ruiz"]],
    subject="Plan de cierre de año y aviso sobre Construcciones Iberia", date="2026-11-30 16:20:44",
    text="""Hola a las dos:

Repaso rápido del cierre:
- Modelos 111, 115 y 303 de noviembre para los clientes mensuales: hasta el 21/12 (el 20 es domingo).
- Modelo 190 y 347: empezad a pedir datos a los clientes la primera semana de enero.
- Vacaciones de Navidad: mandadme vuestras fechas antes del viernes.

Carmen, el correo de esta mañana pidiendo liberar 64.250 € del depósito de Construcciones Iberia viene de un dominio falso (construcciones-lberia.es). He llamado a Alberto Iglesias al número de siempre y no sabe nada. No se ejecuta nada; ya está reportado a Felix en IT.

Gracias,
Javier
""", html="auto")

# =================================================================== GREEK
add(name="31-el-client-seasonal-payroll", lang="el", charset="windows-1253", cte="quoted-printable", lang_tag="el-GR",
    desc="Client Kalypso Hotels (real domain, M365) sends end-of-season payroll instructions (contract terminations, ΕΡΓΑΝΗ filings) with XLSX.",
    mailer="outlook", frm=("Μαρία Βλάχου", "logistirio@kalypso-hotels.gr"), to=[S["konstantinou"]], cc=[S["georgiou"]],
    subject="Μισθοδοσία Νοεμβρίου - λήξη εποχικών συμβάσεων", date="2026-11-04 11:30:56", tz="+0200",
    text="""Καλημέρα κύριε Κωνσταντίνου,

σας στέλνω τα στοιχεία για τη μισθοδοσία Νοεμβρίου:

- Λήξη συμβάσεων για 23 εποχικούς εργαζόμενους στις 31/10 (λίστα στο συνημμένο). Χρειαζόμαστε τις αναγγελίες λήξης στο ΕΡΓΑΝΗ και τις βεβαιώσεις για το επίδομα ανεργίας.
- Οι 9 μόνιμοι συνεχίζουν κανονικά. Ο κ. Σπανουδάκης έχει 4 ημέρες άδεια 17-20/11.
- Δώρο Χριστουγέννων: παρακαλώ στείλτε μας την εκτίμηση μέχρι τις 10/12 για τον προγραμματισμό ταμείου.

Ευχαριστώ πολύ,
Μαρία Βλάχου
Λογιστήριο - Kalypso Hotels Α.Ε.
Τηλ. 28970 22415
""", html="auto", attachments=[("Lixi_epoxikon_2026.xlsx", XLSX_T, make_xlsx([
        ["Α/Α", "Ονοματεπώνυμο", "Ειδικότητα", "Ημ. λήξης"], [1, "Παπαδάκης Γιάννης", "Σερβιτόρος", "31/10/2026"],
        [2, "Μαρκάκη Ελένη", "Καμαριέρα", "31/10/2026"], [3, "Novak Petr", "Μάγειρας", "31/10/2026"]], sheet="Λήξεις", author="Μαρία Βλάχου"))])

add(name="32-el-aade-mailbox-notice", lang="el", charset="iso-8859-7", cte="base64",
    desc="Genuine ΑΑΔΕ notice of a new document in the digital mailbox with a filing-deadline reminder; no link, tells user to go to aade.gr.",
    mailer="bulk", srv=("mailgw2.aade.gr", "195.167.90.36"), mid_host="aade.gr",
    frm=("ΑΑΔΕ", "noreply@aade.gr"), to=[S["georgiou"]],
    subject="Ενημέρωση: νέο έγγραφο στην ψηφιακή θυρίδα myAADE", date="2026-11-26 10:03:44", tz="+0200",
    text="""Αγαπητή χρήστρια,

σας ενημερώνουμε ότι στην ψηφιακή θυρίδα σας στο myAADE έχει αναρτηθεί νέο έγγραφο που αφορά φορολογούμενο τον οποίο εκπροσωπείτε.

Υπενθυμίζεται ότι η προθεσμία υποβολής των συγκεντρωτικών καταστάσεων και της περιοδικής δήλωσης ΦΠΑ Νοεμβρίου λήγει στις 31/12/2026.

Για να δείτε το έγγραφο, συνδεθείτε με τους κωδικούς TAXISnet στην ηλεκτρονική διεύθυνση www.aade.gr > myAADE > Θυρίδα.

Η ΑΑΔΕ δεν σας ζητά ποτέ κωδικούς ή στοιχεία καρτών μέσω email.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""")

add(name="33-el-oee-newsletter", lang="el", charset="utf-8", cte="quoted-printable",
    desc="Subscribed newsletter from the Greek economic chamber (ΟΕΕ) with December deadlines and seminars.",
    mailer="bulk", srv=("newsletter.oe-e.gr", "185.4.132.91"),
    bulk_hdrs=[("List-Unsubscribe", "<https://www.oe-e.gr/newsletter/unsubscribe?id=55c1>"), ("Precedence", "bulk")],
    frm=("Οικονομικό Επιμελητήριο της Ελλάδας", "newsletter@oe-e.gr"), to=[S["papadopoulos"]],
    subject="Ενημερωτικό Δελτίο ΟΕΕ - Δεκέμβριος 2026", date="2026-12-01 13:00:00", tz="+0200",
    html=tpl.newsletter("Ενημερωτικό Δελτίο – Δεκέμβριος 2026", [
        ("Φορολογικές προθεσμίες Δεκεμβρίου", "Συγκεντρωτική παρουσίαση των προθεσμιών ΦΠΑ, παρακρατούμενων φόρων και myDATA για τον Δεκέμβριο.", "https://www.oe-e.gr/enimerosi/prothesmies-dekemvriou-2026"),
        ("Σεμινάριο: Ψηφιακή Κάρτα Εργασίας", "Διαδικτυακό σεμινάριο στις 8 Δεκεμβρίου για τις αλλαγές στην ΕΡΓΑΝΗ ΙΙ.", "https://www.oe-e.gr/seminaria/psifiaki-karta-ergasias"),
        ("Προσοχή σε απατηλά μηνύματα", "Κυκλοφορούν ψεύτικα email για ανανέωση επαγγελματικής ταυτότητας. Το Επιμελητήριο δεν ζητά πληρωμές μέσω συνδέσμων σε email.", "https://www.oe-e.gr/anakoinoseis/apatila-minimata")],
        "Οικονομικό Επιμελητήριο της Ελλάδας, Λεωφ. Αλεξάνδρας 6-10, 106 82 Αθήνα",
        color="#16365c", brand="ΟΕΕ", lang="el", unsub="https://www.oe-e.gr/newsletter/unsubscribe?id=55c1"), text_from_html=True)

_gr = make_pdf([(14, "To Steki - G. Antoniou"), "Apodeixeis Noemvriou 2026", "", "Promitheies kreaton   1.240,00",
                "Lachanika            410,50", "Revma DEI            386,20"], title="Αποδείξεις Νοεμβρίου",
               author="Giorgos", creator="CamScanner", producer="CamScanner", date="D:20261202213000+02'00'")
add(name="34-el-soletrader-yahoo-mydata", lang="el", charset="UTF-8", cte="quoted-printable",
    desc="Sole-trader client (taverna owner) writes from yahoo.gr with scanned receipts and a myDATA question.",
    mailer="yahoo", frm=("Γιώργος Αντωνίου", "g.antoniou_steki@yahoo.gr"), to=[S["georgiou"]],
    subject="αποδείξεις Νοεμβρίου και ερώτηση για myDATA", date="2026-12-02 21:38:12", tz="+0200",
    text="""Καλησπέρα κυρία Ελένη,

σας στέλνω τις αποδείξεις του Νοεμβρίου σκαναρισμένες.

Μια ερώτηση: ο προμηθευτής με τα κρέατα μου λέει ότι τα τιμολόγιά του "ανεβαίνουν αυτόματα" στο myDATA. Πρέπει να κάνω κι εγώ κάτι ή το βλέπετε εσείς από το γραφείο;

Ευχαριστώ πολύ,
Γιώργος Αντωνίου
Ταβέρνα "Το Στέκι", Νέα Σμύρνη
6945123378
""", html="auto", attachments=[("apodeixeis_noemvrios.pdf", PDF_T, _gr)])

add(name="35-el-internal-ergani-done", lang="el", charset="iso-8859-7", cte="quoted-printable", lang_tag="el-GR",
    desc="Internal Athens note (via mail-int01): ΕΡΓΑΝΗ terminations filed for the hotel client; mentions the fake ΕΡΓΑΝΗ fine e-mail was reported.",
    mailer="internal", frm=S["konstantinou"], to=[S["papadopoulos"]], cc=[S["georgiou"]],
    subject="ΕΡΓΑΝΗ - λήξεις εποχικών Kalypso υποβλήθηκαν", date="2026-11-18 14:22:09", tz="+0200",
    text="""Νίκο,

υποβλήθηκαν σήμερα στο ΕΡΓΑΝΗ όλες οι αναγγελίες λήξης για τους 23 εποχικούς της Kalypso. Οι βεβαιώσεις για τη ΔΥΠΑ στάλθηκαν στην κα Βλάχου μέσω DocuVault.

Επίσης, χθες ήρθε ψεύτικο email "πρόστιμο Ψηφιακής Κάρτας Εργασίας" από domain που δεν είναι gov.gr. Δεν πάτησα τίποτα και το προώθησα στο IT.

Δημήτρης
""", html="auto")

# =================================================================== RUSSIAN
_akt = make_pdf([(14, "OOO TD Severnyi"), "Akt sverki vzaimoraschetov 01.01.2026 - 31.10.2026", "",
                 "Saldo na 01.01.2026:     0,00", "Oboroty debet:     1 116 000,00", "Oboroty kredit:    1 116 000,00",
                 "Saldo na 31.10.2026:     0,00"], title="Акт сверки взаиморасчётов 01.01.2026–31.10.2026",
                author="Петрова Е.", creator="1C:Enterprise 8.3", producer="1C:Enterprise 8.3", date="D:20261102120000+03'00'")
add(name="36-ru-client-primary-docs", lang="ru", charset="koi8-r", cte="base64",
    desc="Client ТД «Северный» (real domain, The Bat!) sends October primary documents and a reconciliation act PDF.",
    mailer="thunderbird", srv=("mail.sever-td.ru", "91.203.176.34"), client_ip="195.239.44.130", client_host="office.sever-td.ru",
    xmailer="The Bat! (v10.5.3) Professional", frm=("Елена Петрова", "buh@sever-td.ru"), to=[S["smirnova"]],
    subject="Первичка за октябрь и акт сверки", date="2026-11-02 12:44:30", tz="+0300",
    text="""Ольга, добрый день!

Первичные документы за октябрь загрузила в DocuVault (папка "2026-10"): акты, накладные ТОРГ-12 и УПД от поставщиков, всего 64 документа.

Во вложении акт сверки с вами за январь-октябрь, расхождений нет. Подписанный экземпляр отправим через ЭДО.

Напоминаю, что в ноябре у нас увольняется кладовщик Сидоров А.В. (последний день 14.11), документы пришлю отдельно Ирине.

С уважением,
Елена Петрова
главный бухгалтер ООО "ТД Северный"
+7 812 334-18-52
""", attachments=[("Акт_сверки_01-10_2026.pdf", PDF_T, _akt)], fname_style="2047")

_vb, _vacc, _vbank, _vkor = RU["sever_new"]
_vletter = make_pdf([(14, "AO Volga Agro"), "g. Samara, ul. Novo-Sadovaya 106", "", "Ish. N 412 ot 19.11.2026", "",
                     "O perevode zarplatnogo proekta", "S 01.12.2026 zarplatnyi proekt obsluzhivaetsya v AO Alfa-Bank.",
                     "R/s " + _vacc + ", BIK " + _vb, "", "General'nyi direktor  S.N. Gromov"],
                    title="О переводе зарплатного проекта", author="Громов С.Н.", creator="Microsoft Word",
                    producer="Microsoft: Print To PDF", date="D:20261119103000+04'00'")
add(name="37-ru-client-salary-project-bank-change", lang="ru", charset="windows-1251", cte="quoted-printable",
    desc="Genuine client payroll change: АО «Волга Агро» moves its salary project to a new bank from December, signed letter attached, asks for phone confirmation with the CFO.",
    mailer="thunderbird", srv=("mx.volga-agro.ru", "217.118.83.212"), client_ip="10.1.0.54", client_host="ws-fin04.volga-agro.local",
    ua="Mozilla Thunderbird", lang_tag="ru", frm=("Наталья Соколова", "n.sokolova@volga-agro.ru"), to=[S["kuznetsova"]],
    subject="Перевод зарплатного проекта с 01.12.2026", date="2026-11-19 11:05:17", tz="+0400",
    text="""Ирина, добрый день!

С 1 декабря 2026 года наш зарплатный проект переходит в АО «Альфа-Банк». Письмо за подписью генерального директора прилагаю, оригинал передадим курьером.

Новые реквизиты сотрудников (номера карт) банк передаст реестром до 25.11. Зарплата за ноябрь (выплата 05.12) уже по новому проекту, аванс 20.11 — ещё по старому.

Как договаривались, прошу перед внесением изменений позвонить нашему финансовому директору Громовой Т.А. по номеру из договора.

С уважением,
Наталья Соколова
ведущий бухгалтер по расчёту заработной платы
АО «Волга Агро», +7 846 373-52-10
""", attachments=[("Письмо_о_переводе_ЗП_проекта.pdf", PDF_T, _vletter)])

add(name="38-ru-edo-genuine-notification", lang="ru", charset="utf-8", cte="quoted-printable",
    desc="Genuine EDI-operator (Документ-Линк, own domain) notification of a reconciliation act from a client awaiting signature; link to lk.doclink.ru.",
    mailer="bulk", srv=("mail-out3.doclink.ru", "5.188.114.27"),
    bulk_hdrs=[("List-Unsubscribe", "<https://lk.doclink.ru/settings/notifications>")],
    frm=("Документ-Линк", "noreply@doclink.ru"), to=[S["smirnova"]],
    subject="Новый документ от ООО «ТД Северный»: Акт сверки", date="2026-11-03 10:17:58", tz="+0300",
    html=tpl.notice("Поступил новый документ", [
        "Здравствуйте, Ольга!",
        "Контрагент ООО «ТД Северный» (ИНН 7802614473) отправил вам документ «Акт сверки взаиморасчётов за 01.01.2026–31.10.2026».",
        "Документ доступен в разделе «Входящие» вашего личного кабинета."],
        "Открыть документ", "https://lk.doclink.ru/docs/inbox/5a1e93c7",
        ["С уважением,\nкоманда Документ-Линк"], footer="ООО «Документ-Линк», оператор ЭДО. Настроить уведомления можно в личном кабинете.",
        color="#e30613", brand="Документ-Линк", lang="ru"), text_from_html=True)

add(name="39-ru-internal-deadlines", lang="ru", charset="koi8-r", cte="quoted-printable", lang_tag="ru-RU",
    desc="Internal Moscow note (via mail-int01, KOI8-R): reporting deadlines and a reminder that the 'Brandt' payment request was fake.",
    mailer="internal", frm=S["volkov"], to=[S["smirnova"], S["kuznetsova"]],
    subject="Сроки отчётности декабрь и письмо от 'Brandt'", date="2026-12-04 15:30:41", tz="+0300",
    text="""Коллеги,

напоминаю сроки по клиентам:
- 25.12 — уплата ЕНП (НДФЛ за период 23.11-22.12, страховые взносы за ноябрь);
- уведомления об исчисленных налогах — до 25.12;
- график отпусков на 2027 год — утвердить до 17.12.

Сегодня пришло письмо якобы от Катарины Брандт с просьбой срочно оплатить 1 480 000 руб. «юридической фирме». Адрес отправителя на поддельном домене examp1egroup.eu. Я связался с Катариной по телефону — она ничего не отправляла. Ничего не платим, письмо передано в IT.

Дмитрий
""", html="auto")

add(name="40-ru-accounting-digest-newsletter", lang="ru", charset="windows-1251", cte="base64",
    desc="Subscribed accounting newsletter (HTML only, windows-1251) with tax-law updates.",
    mailer="bulk", srv=("mail.buhdigest.ru", "178.248.237.14"),
    bulk_hdrs=[("List-Unsubscribe", "<https://buhdigest.ru/unsubscribe?u=3c1f90>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
    frm=("Бухгалтерский дайджест", "digest@buhdigest.ru"), to=[S["smirnova"]],
    subject="Дайджест недели: НДС-2027, новые формы отчётности, сроки декабря", date="2026-11-27 07:00:00", tz="+0300",
    html=tpl.newsletter("Бухгалтерский дайджест № 47/2026", [
        ("НДС в 2027 году: что меняется", "Обзор поправок в главу 21 НК РФ и порог освобождения для упрощенцев.", "https://buhdigest.ru/articles/nds-2027"),
        ("Новые формы 6-НДФЛ и РСВ", "ФНС утвердила обновлённые формы, применять их нужно с отчётности за 2026 год.", "https://buhdigest.ru/articles/6ndfl-rsv-2026"),
        ("Календарь на декабрь", "Все сроки уплаты и отчётности в одной таблице.", "https://buhdigest.ru/calendar/2026-12")],
        "Вы получили это письмо, потому что подписались на рассылку buhdigest.ru.",
        color="#2f5496", brand="Бухгалтерский дайджест", lang="ru", unsub="https://buhdigest.ru/unsubscribe?u=3c1f90"))
