"""Genuine business messages 01-16: German and English."""

import checks as C
import infra as I
import media
import tpl
from company import S, A, EG, EG_UK, LIEF, SCHUB, WEILER, HF, BELL
from mime import Text, Att, Multi, outlook_html, gmail_html, esc
from msg import M
from tpl import alt, ol_att, gm_att, pdf_doc, notice_html

F = 'business'

LIEF_EX = dict(gw_helo='mail.lieferant-gmbh.de', gw_ip='80.150.6.139', local_dom='lieferant.local', exch='EX01',
               exch_ip='192.168.10.21', zone='DE')

# ====================================================================== 01
B01 = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10412 vom 06.10.2026 zu Ihrem Auftrag AB-58817 (Ihre Bestellung 4500318822).

Rechnungsbetrag: 14.212,48 EUR
Zahlbar bis 05.11.2026 ohne Abzug oder bis 16.10.2026 abzüglich 2 % Skonto.

Die Rechnung liegt zusätzlich im ZUGFeRD-Format (EN 16931) vor; die XML-Daten sind in die PDF-Datei eingebettet.

Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung unter +49 202 69 81 40-30.

Mit freundlichen Grüßen

Lieferant GmbH
Buchhaltung

Bandwirkerstraße 31 · 42281 Wuppertal
Amtsgericht Wuppertal HRB 21574 · USt-IdNr. {ustid}
Geschäftsführer: Stefan Maier, Dr. Ulrike Brenner
"""


def b01_pdf():
    return pdf_doc('Rechnung RE-2026-10412', 'Lieferant GmbH', [
        ('h1', 'Lieferant GmbH'), ('s', 'Bänder · Etiketten · Knöpfe · Reißverschlüsse · Bandwirkerstraße 31 · 42281 Wuppertal'), ('rule', ''), ('gap', ''),
        ('n', 'Example Group GmbH'), ('n', 'Kreditorenbuchhaltung'), ('n', 'Textilstraße 12'), ('n', '41061 Mönchengladbach'), ('gap', ''),
        ('h2', 'Rechnung RE-2026-10412'),
        ('monolines', """Rechnungsdatum   06.10.2026        Kundennummer   20418
Auftrag          AB-58817          Ihre Bestellung 4500318822
Lieferdatum      05.10.2026        Lieferschein   LS-2026-20977"""), ('gap', ''),
        ('monolines', """Pos Menge       Artikel                                        E-Preis      Gesamt
1   12.000 m    Jacquard-Webband 25 mm "EXAMPLE" schwarz         0,380    4.560,00
2   60.000 St   Jeansknopf Metall 17 mm brüniert                0,069    4.140,00
3    3.200 St   Reißverschluss teilbar 65 cm, Metall altmessing 0,950    3.040,00
4        1      Fracht und Verpackung (Spedition, 2 Paletten)             203,26

                                        Nettobetrag                 11.943,26
                                        USt. 19 %                    2.269,22
                                        Rechnungsbetrag EUR         14.212,48"""), ('gap', ''),
        ('n', 'Zahlbar bis 05.11.2026 ohne Abzug oder bis 16.10.2026 abzüglich 2 % Skonto (284,25 EUR).'),
        ('n', 'Bankverbindung: %s · IBAN %s · BIC %s' % (LIEF['bank_old'], C.fmt_iban(LIEF['iban_old']), LIEF['bic_old'])), ('gap', ''),
        ('s', 'Lieferant GmbH · Amtsgericht Wuppertal HRB 21574 · USt-IdNr. %s · Geschäftsführer: Stefan Maier, Dr. Ulrike Brenner' % LIEF['ustid']),
    ], creator='Sage 100 Formularausgabe', producer='PDF-XChange Core API SDK (8.0.342)', date="20261006070044+02'00'")


# ====================================================================== 02
B02 = """Sehr geehrte Frau Schäfer,
sehr geehrter Herr Müller,

wie in unserem Kundenrundschreiben vom September angekündigt, bündeln wir unseren Zahlungsverkehr ab dem 01.12.2026 bei der Commerzbank. Das Schreiben unserer Geschäftsführung mit der neuen Bankverbindung finden Sie im Anhang; es geht Ihnen zusätzlich per Post zu.

Bitte beachten Sie:
– Die neue Bankverbindung gilt für Zahlungen ab dem 01.12.2026. Bis dahin zahlen Sie bitte wie gewohnt auf unser Konto bei der Stadtsparkasse Wuppertal.
– Das bisherige Konto bleibt bis zum 31.03.2027 bestehen; versehentliche Zahlungen gehen also nicht verloren.
– Bitte verifizieren Sie die Änderung vor der Umstellung telefonisch über unsere Zentrale unter der Ihnen bekannten Rufnummer +49 202 69 81 40 – nicht über Telefonnummern aus E-Mails. Wir werden Sie niemals per E-Mail auffordern, offene Rechnungen kurzfristig auf ein anderes Konto zu überweisen.

Hintergrund: In den letzten Wochen wurden uns gefälschte E-Mails im Namen unserer Mitarbeiter von der Domain „lieferant-gmbh.com“ gemeldet. Unsere einzige E-Mail-Domain ist lieferant-gmbh.de.

Vielen Dank für Ihre Unterstützung und freundliche Grüße

Stefan Maier
Geschäftsführer

Lieferant GmbH
Bandwirkerstraße 31 · 42281 Wuppertal
Tel. +49 202 69 81 40 · www.lieferant-gmbh.de
Amtsgericht Wuppertal HRB 21574 · Geschäftsführer: Stefan Maier, Dr. Ulrike Brenner
"""


def b02_pdf():
    return pdf_doc('Änderung der Bankverbindung zum 01.12.2026', 'Lieferant GmbH', [
        ('h1', 'Lieferant GmbH'), ('s', 'Bandwirkerstraße 31 · 42281 Wuppertal · Tel. +49 202 69 81 40 · www.lieferant-gmbh.de'), ('rule', ''), ('gap', ''),
        ('n', 'Example Group GmbH'), ('n', 'Buchhaltung / Kreditoren'), ('n', 'Textilstraße 12'), ('n', '41061 Mönchengladbach'), ('gap', ''),
        ('n', 'Wuppertal, 28.10.2026'), ('gap', ''),
        ('h2', 'Änderung unserer Bankverbindung zum 01.12.2026'), ('gap', ''),
        ('lines', """Sehr geehrte Damen und Herren,

zum 01.12.2026 führen wir unseren Zahlungsverkehr über folgende Bankverbindung:"""), ('gap', ''),
        ('b', 'Kontoinhaber: Lieferant GmbH'), ('b', 'Bank: ' + LIEF['bank_new']),
        ('b', 'IBAN: ' + C.fmt_iban(LIEF['iban_new'])), ('b', 'BIC: ' + LIEF['bic_new']), ('gap', ''),
        ('lines', """Zahlungen, die bis zum 30.11.2026 fällig werden, leisten Sie bitte weiterhin auf unser Konto bei der
Stadtsparkasse Wuppertal (IBAN %s). Dieses Konto bleibt bis zum 31.03.2027 bestehen.

Bitte bestätigen Sie die Änderung vor der Umstellung telefonisch über unsere Zentrale (+49 202 69 81 40).
Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich mit Unterschrift beider
Geschäftsführer und mit ausreichendem Vorlauf mit.

Mit freundlichen Grüßen""" % C.fmt_iban(LIEF['iban_old'])), ('gap', ''),
        ('n', 'Stefan Maier                                      Dr. Ulrike Brenner'),
        ('n', 'Geschäftsführer                                   Geschäftsführerin'), ('gap', ''),
        ('s', 'Lieferant GmbH · Amtsgericht Wuppertal HRB 21574 · USt-IdNr. %s' % LIEF['ustid']),
    ], creator='Microsoft\u00ae Word für Microsoft 365', date="20261028163312+01'00'")


# ====================================================================== 03
B03 = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 26.10.2026 konnten wir bis heute keinen Zahlungseingang zu den folgenden Rechnungen feststellen:

Rechnung      Datum        Fällig       Betrag
RE 26-04411   17.09.2026   17.10.2026   6.842,35 €
RE 26-04587   01.10.2026   31.10.2026   3.118,90 €
Gesamt                                  9.961,25 €

Bitte überweisen Sie den offenen Betrag bis spätestens 19.11.2026 auf unser bekanntes Konto bei der Sparkasse Westmünsterland (IBAN {iban}).

Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns gezwungen, ab dem 20.11.2026 eine Liefersperre zu verhängen. Davon wären auch die laufenden Aufträge für Webetiketten und Hängeetiketten der Kollektion Frühjahr/Sommer 2027 betroffen. Mahnkosten und Verzugszinsen gemäß § 288 BGB behalten wir uns vor.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Unstimmigkeiten wenden Sie sich bitte an Frau Kerstin Hölscher, Tel. 02562 9134-27.

Mit freundlichen Grüßen

Etikettenwerk Schubert GmbH
Debitorenbuchhaltung
Industriestraße 40 · 48599 Gronau (Westf.)
"""


def b03_pdf():
    return pdf_doc('2. Mahnung Kundennr. 10873', 'Etikettenwerk Schubert', [
        ('h1', 'Etikettenwerk Schubert GmbH'), ('s', 'Webetiketten · Hängeetiketten · Industriestraße 40 · 48599 Gronau (Westf.)'), ('rule', ''), ('gap', ''),
        ('n', 'Example Group GmbH'), ('n', 'Textilstraße 12'), ('n', '41061 Mönchengladbach'), ('gap', ''),
        ('h2', '2. Mahnung'), ('n', 'Kundennummer 10873 · Datum 16.11.2026'), ('gap', ''),
        ('monolines', """Rechnung      Datum        Fällig       Betrag EUR
RE 26-04411   17.09.2026   17.10.2026     6.842,35
RE 26-04587   01.10.2026   31.10.2026     3.118,90
Summe offen                               9.961,25"""), ('gap', ''),
        ('n', 'Zahlungsfrist: 19.11.2026. Ab 20.11.2026 Liefersperre für alle offenen Aufträge.'),
        ('n', 'Bankverbindung: %s · IBAN %s' % (SCHUB['bank'], C.fmt_iban(SCHUB['iban']))), ('gap', ''),
        ('s', 'Etikettenwerk Schubert GmbH · Amtsgericht Coesfeld HRB 9174 · USt-IdNr. %s' % SCHUB['ustid']),
    ], creator='proALPHA Dokumentenausgabe', producer='iText 7.2.5', date="20261116094410+01'00'")


# ====================================================================== 04
B04 = """Hallo Sabine,

wie heute Nachmittag im Einkaufsmeeting besprochen: Bellandi hält uns die Webkapazität für die Frühjahrsstoffe (Popeline und Twill, ca. 38.000 m) nur, wenn die Anzahlung bis morgen früh bei ihnen eingeht. Frank hat die Proforma PF 2026/311 über 42.300,00 EUR bereits im DMS abgelegt und sachlich freigegeben.

Kannst Du die Zahlung bitte heute noch anstoßen? Bitte ganz normal über die Bankverbindung aus den Kreditorenstammdaten (Kreditor 70112, Monte dei Paschi) und mit der üblichen Zweitfreigabe durch Monika - keine neuen Kontodaten, die Proforma enthält dieselbe IBAN wie immer.

Ich bin morgen ab 7 Uhr im Büro, falls es Rückfragen gibt, und heute Abend noch mobil erreichbar.

Danke und Gruß
Jörg

Jörg Küster
Geschäftsführer
Example Group GmbH
Textilstraße 12 · 41061 Mönchengladbach
Tel. +49 2161 4870-100
"""

# ====================================================================== 05
B05 = """Guten Morgen Frau Vogt,

ich melde mich heute krank, ich habe seit gestern Abend hohes Fieber. Ich gehe heute Vormittag zum Arzt; die Arbeitsunfähigkeit wird ja inzwischen elektronisch an die Krankenkasse (TK) gemeldet, Sie können die eAU dann wie gewohnt abrufen.

Ich schreibe von meiner privaten Adresse, weil ich vom Handy nicht ins Firmenpostfach komme. Meine Vertretung im Lager übernimmt Herr Yilmaz, die Tourenplanung für Donnerstag liegt im Teams-Kanal „Logistik“.

Viele Grüße
Ralf Dietrich
"""

# ====================================================================== 06
B06 = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto bei Mein ELSTER ist eine neue Information eingegangen.

Um die Nachricht zu lesen, melden Sie sich bitte wie gewohnt unter https://www.elster.de an und öffnen Sie den Bereich "Posteingang".

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte der Nachricht und keine Anhänge. Bitte beachten Sie: Wir fordern Sie per E-Mail niemals zur Eingabe persönlicher Zugangsdaten oder zur Übersendung Ihrer Zertifikatsdatei auf.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""

# ====================================================================== 07
B07 = """Sehr geehrte Frau Lorenz,

anbei erhalten Sie die Lohnauswertungen für den Abrechnungsmonat Oktober 2026 (Lohnjournal und Zahlungsliste der Nettobezüge). Die Datei ist wie vereinbart verschlüsselt; das Passwort ist unverändert das Ihnen bekannte Mandantenkennwort, das wir grundsätzlich nicht per E-Mail versenden.

Die Zahlungsdatei für die Nettolöhne steht wie gewohnt in DATEV Unternehmen online zur Freigabe bereit. Bitte beachten Sie die zwei Änderungen der Bankverbindung (Personalnummern 1047 und 1112), die uns über Ihr Änderungsformular vom 27.10.2026 erreicht haben.

Bei Fragen erreichen Sie mich unter 02161 30 59-14.

Mit freundlichen Grüßen

Sandra Kamps
Lohnbuchhalterin

Dr. Weiler & Partner mbB Steuerberatungsgesellschaft
Bismarckstraße 57 · 41061 Mönchengladbach
"""


def b07_zip():
    j = pdf_doc('Lohnjournal 10/2026', 'DATEV', [
        ('h1', 'Lohnjournal Oktober 2026'), ('n', 'Mandant 41873 · Example Group GmbH · Berater 31874'), ('rule', ''),
        ('monolines', """Pers.-Nr.  Name                 Brutto      Steuer    SV-AN     Netto
1003       Abrechnungsposten    ...         ...       ...       ...
Summe Betrieb                    412.918,40  71.204,11  85.233,66 256.480,63"""),
        ('s', 'Vertraulich - nur für die Lohnbuchhaltung'),
    ], creator='DATEV LODAS', producer='DATEV PDF-Erzeugung', date="20261104141020+01'00'")
    z = pdf_doc('Zahlungsliste Nettobezüge 10/2026', 'DATEV', [
        ('h1', 'Zahlungsliste Nettobezüge Oktober 2026'), ('n', 'Mandant 41873 · Example Group GmbH'), ('rule', ''),
        ('n', 'Anzahl Zahlungen: 214 · Summe: 256.480,63 EUR · Ausführung: 27.11.2026'),
        ('n', 'Änderungen der Bankverbindung gegenüber Vormonat: Pers.-Nr. 1047, 1112 (lt. Änderungsformular 27.10.2026)'),
    ], creator='DATEV LODAS', producer='DATEV PDF-Erzeugung', date="20261104141022+01'00'")
    return media.make_zip([('Lohnjournal_2026-10.pdf', j, (2026, 11, 4, 14, 10, 20), True),
                           ('Zahlungsliste_Nettobezuege_2026-10.pdf', z, (2026, 11, 4, 14, 10, 22), True)],
                          password='Mg#Weiler-41873!', seed='b07')


# ====================================================================== 08
B08 = """Liebe Kolleginnen und Kollegen,

seit einigen Tagen beobachten wir gezielte Angriffe auf unser Unternehmen nach einem bekannten Muster: Zuerst wird ein Postfach mit Tausenden Newsletter-Anmeldungen überflutet ("E-Mail-Bombing"), kurz darauf meldet sich ein angeblicher IT-Mitarbeiter per Teams-Anruf oder Chat von einem externen Konto und bietet Hilfe an. Ziel ist es, Sie zur Freigabe Ihres Bildschirms per Schnellhilfe (Quick Assist), AnyDesk o. Ä. zu bewegen.

Bitte beachten Sie:
- Die IT von Example Group ruft Sie nie unaufgefordert über Teams an und bittet nie um Fernzugriff per Schnellhilfe.
- Externe Teams-Konten sind mit dem Hinweis "Extern" bzw. "Nicht überprüft" gekennzeichnet. Nehmen Sie solche Anrufe nicht an.
- Unser Servicedesk schreibt ausschließlich von Adressen @example.com und ist intern unter der Durchwahl -4444 erreichbar.
- Verdächtige E-Mails melden Sie bitte über die Schaltfläche "Phishing melden" in Outlook.

Herr Dietrich war gestern Ziel eines solchen Versuchs und hat ihn vorbildlich gemeldet - vielen Dank dafür!

Außerdem: Am Samstag, 14.11.2026, spielen wir zwischen 18:00 und 22:00 Uhr Sicherheitsupdates auf die Exchange-Server ein. In dieser Zeit kann es zu kurzen Unterbrechungen bei Outlook und Teams kommen.

Viele Grüße
Lukas Özdemir
IT-Sicherheit / Messaging
Example Group GmbH
Tel. +49 2161 4870-444
"""

# ====================================================================== 09
B09_MSG = ('Hi Oliver, as discussed on Thursday, here is the SS27 supplier agreement for signature. The price schedule is unchanged '
           'from the version you approved on 2 October. Best, Claire')
B09_LINK = ('https://eu.docusign.net/Member/EmailStart.aspx?a=8c2f3e71-4b9a-4d6e-9a21-0f7c5b3e8d42&etti=24'
            '&acct=0d4e7a51-92c3-4f1b-8e6a-3b2d9c0f1a77&er=5a9b1c3d-2e4f-4a6b-8c7d-9e0f1a2b3c4d')
B09_TXT = """Claire Whitfield sent you a document to review and sign.

REVIEW DOCUMENT: {link}

Claire Whitfield
c.whitfield@harrowfinch.co.uk

{msg}

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code:
8C2F3E714B9A4D6E9A210F7C5B3E8D422

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by Claire Whitfield who is using the Docusign Electronic Signature Service.
"""


def b09_html():
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="padding:2px;margin:0;background:#eaeaea">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px;background:#ffffff;font-family:Helvetica,Arial,sans-serif" align="center">'
            '<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" width="116" height="34"></td></tr>'
            '<tr><td style="padding:0 24px 30px 24px"><table width="100%%" cellpadding="0" cellspacing="0" style="background:#1e4ca1;color:#ffffff">'
            '<tr><td align="center" style="padding:28px 24px;font-size:16px">Claire Whitfield sent you a document to review and sign.</td></tr>'
            '<tr><td align="center" style="padding-bottom:24px"><a href="%s" style="background:#ffc423;color:#333333;font-size:15px;font-weight:bold;'
            'padding:10px 22px;text-decoration:none;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a></td></tr></table></td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333"><b>Claire Whitfield</b><br>'
            '<a href="mailto:c.whitfield@harrowfinch.co.uk" style="color:#2463d1">c.whitfield@harrowfinch.co.uk</a><br><br>%s</td></tr>'
            '<tr><td style="padding:24px;background:#eaeaea;font-size:13px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. '
            'Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit docusign.com, click '
            '\'Access Documents\', and enter the security code:<br>8C2F3E714B9A4D6E9A210F7C5B3E8D422<br><br><b>About Docusign</b><br>Sign documents '
            'electronically in just minutes. It\'s safe, secure, and legally binding.<br><br>This message was sent to you by Claire Whitfield who is '
            'using the Docusign Electronic Signature Service.</td></tr></table></body></html>\n' % (esc(B09_LINK), esc(B09_MSG)))


# ====================================================================== 10
B10 = """Dear Supplier,

Please find attached our remittance advice for the payment made by BACS today. Funds should reach your account within 2 working days.

Supplier: Example Group UK Ltd (supplier no. 204871)
Payment date: 14/10/2026
Total amount: GBP 23,614.80

If you have any questions regarding this payment, please contact accounts.payable@harrowfinch.co.uk quoting your supplier number.

Kind regards,

Accounts Payable
Harrow & Finch Ltd
12 Marylebone High Street, London W1U 4NR

This email and any attachments are confidential and intended solely for the addressee. Harrow & Finch Ltd, registered in England and Wales no. 04127733.
"""


def b10_pdf():
    return pdf_doc('Remittance Advice 204871 14-10-2026', 'Harrow & Finch AP', [
        ('h1', 'Harrow & Finch Ltd'), ('s', '12 Marylebone High Street, London W1U 4NR · VAT %s' % HF['vat']), ('rule', ''), ('gap', ''),
        ('h2', 'REMITTANCE ADVICE'), ('gap', ''),
        ('monolines', """Supplier      Example Group UK Ltd (204871)
Payment date  14/10/2026         Method  BACS
Paid to       Sort code 40-11-60  Account 71234567

Invoice            Date         Amount GBP
EG-UK-2026-1148    02/09/2026     8,420.40
EG-UK-2026-1153    09/09/2026    11,236.80
EG-UK-2026-1160    16/09/2026     3,957.60
                   Total         23,614.80"""),
    ], creator='Oracle Fusion BI Publisher', producer='Oracle BI Publisher 12.2.1.4.0', date="20261014083012+01'00'")


# ====================================================================== 11
B11_TXT = """Microsoft account

Security code

Please use the following security code for the Microsoft account ke*****@examplegroup.eu.

Security code: 482913

If you don't recognise the Microsoft account ke*****@examplegroup.eu, you can click https://account.live.com/dp?ft=-DnPq4xR8Vb2mT7yK1sL0aZc9wE3fG5hJ6kU%21&uaid=5f3c9a1e7b2d4c6e8a0b1c3d5e7f9a2b to remove your email address from that account.

Thanks,
The Microsoft account team
"""


def b11_html():
    return ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css">'
            '.link:link, .link:active, .link:visited {color:#2672ec !important; text-decoration:none !important;}</style></head>'
            '<body><table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',Arial,sans-serif;font-size:41px;color:#2672ec">Security code</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">'
            'Please use the following security code for the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec;text-decoration:none" '
            'href="mailto:ke*****@examplegroup.eu">ke*****@examplegroup.eu</a>.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">'
            'Security code: <span style="font-family:\'Segoe UI Bold\',\'Segoe UI Semibold\',\'Segoe UI\',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a">482913</span></td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">'
            'If you don\'t recognise the Microsoft account ke*****@examplegroup.eu, you can <a id="iLink2" class="link" style="color:#2672ec;text-decoration:none" '
            'href="https://account.live.com/dp?ft=-DnPq4xR8Vb2mT7yK1sL0aZc9wE3fG5hJ6kU%21&amp;uaid=5f3c9a1e7b2d4c6e8a0b1c3d5e7f9a2b">click here</a> to remove your email address from that account.</td></tr>'
            '<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">The Microsoft account team</td></tr>'
            '</table></body></html>\n')


# ====================================================================== 12
B12 = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

https://github.com/password_reset/9f2c7b1e4a6d8c0b3e5f7a9c1d2e4f6a8b0c2d4e

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
"""


def b12_html():
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"><title>[GitHub] Please reset your password</title></head>'
            '<body style="box-sizing:border-box;min-width:100%;margin:0;padding:0;background:#ffffff;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif">'
            '<table align="center" width="100%" style="max-width:544px;margin:0 auto;text-align:center"><tr><td style="padding:16px">'
            '<img src="https://github.githubassets.com/assets/mona-e50f14d05e4b.png" alt="GitHub" width="32" height="32">'
            '<h2 style="font-size:24px;font-weight:400">Reset your GitHub password</h2>'
            '<table width="100%" style="border:1px solid #e1e4e8;border-radius:6px;text-align:left"><tr><td style="padding:24px;font-size:14px;line-height:1.5">'
            '<p>We heard that you lost your GitHub password. Sorry about that!</p><p>But don’t worry! You can use the following button to reset your password:</p>'
            '<p style="text-align:center"><a href="https://github.com/password_reset/9f2c7b1e4a6d8c0b3e5f7a9c1d2e4f6a8b0c2d4e" '
            'style="background:#28a745;color:#ffffff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:500;display:inline-block">Reset your password</a></p>'
            '<p>If you don’t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>'
            '<p>Thanks,<br>The GitHub Team</p></td></tr></table>'
            '<p style="font-size:12px;color:#6a737d">You’re receiving this email because a password reset was requested for your account.</p>'
            '<p style="font-size:12px;color:#6a737d">GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</p>'
            '</td></tr></table></body></html>\n')


# ====================================================================== 13
B13 = """Hi Oliver,

Our DC in Daventry received the delivery for PO HF-55210 on Friday. Four of the 22 cartons arrived crushed and wet on one side, and when we opened them about 60 units of the wool-blend overshirt (style EG-SS26-412, navy) have water marks on the back panel. Two photos from the goods-in team are attached; the driver signed the POD with a "damaged" remark.

We've put the affected cartons in quarantine. Could you let me know by Wednesday whether you want them back for inspection or would prefer to issue a credit note? The rest of the delivery is fine and has gone out to stores.

Thanks,
Rachel

Rachel Hughes
Senior Buyer - Knitwear & Outerwear
Harrow & Finch Ltd
12 Marylebone High Street, London W1U 4NR
"""

# ====================================================================== 14
B14_TXT = """A new sign-in on Windows

kevin.roth@examplegroup.eu

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=kevin.roth@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1794388010000?rfn%3D325%26rfnc%3D1%26eid%3D-4717389157240936714%26et%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""


def b14_html():
    link = ('https://accounts.google.com/AccountChooser?Email=kevin.roth@examplegroup.eu&amp;continue=https://myaccount.google.com/alert/nt/'
            '1794388010000?rfn%3D325%26rfnc%3D1%26eid%3D-4717389157240936714%26et%3D0')
    return ('<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/>'
            '<style nonce="hZ4nL0kQ2mX9sV7tR1bW3g">.awl a {color: #FFFFFF; text-decoration: none;} .abml a {color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}</style></head>'
            '<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en">'
            '<tr align="center"><td><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px">'
            '<tr><td><div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center">'
            '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">'
            '<div style="font-family:\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word">'
            '<div style="font-size:24px">A new sign-in on Windows</div><table align="center" style="margin-top:8px"><tr style="line-height:normal"><td>'
            '<a style="font-family:\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">kevin.roth@examplegroup.eu</a></td></tr></table></div>'
            '<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">'
            'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.'
            '<div style="padding-top:32px;text-align:center"><a href="@@LINK@@" target="_blank" style="font-family:\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;min-width:90px">Check activity</a></div></div>'
            '<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br>'
            '<a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>'
            '<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">'
            '<div>You received this email to let you know about important changes to your Google Account and services.</div>'
            '<div style="direction:ltr">&copy; 2026 Google LLC, <a class="afal" style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>'
            '</td></tr></table></td></tr></table></body></html>\n').replace('@@LINK@@', link)


# ====================================================================== 15
B15_TXT = """FASHION TRADE WEEKLY - 19 November 2026

Good morning,

This week: SS27 wholesale order books are running ahead of last year for knitwear and tailoring, cotton prices ease for the third month, and the EU sets out its timetable for textile extended producer responsibility (EPR).

1. ORDER BOOKS: SS27 WHOLESALE UP 6% ON LAST YEAR
Independent retailers are committing earlier, with knitwear and lightweight tailoring leading. Read more: https://fashiontradeweekly.us21.list-manage.com/track/click?u=8f3a1c2d9e4b7a6f5c0d1e2f3&id=7b1e0c9a44&e=2d6f8a1b3c

2. COTTON PRICES EASE AGAIN
ICE futures slip below 68 cents/lb as Brazilian supply arrives. Read more: https://fashiontradeweekly.us21.list-manage.com/track/click?u=8f3a1c2d9e4b7a6f5c0d1e2f3&id=1c4d8e2f90&e=2d6f8a1b3c

3. TEXTILE EPR: WHAT BRANDS SELLING INTO THE EU NEED TO DO BY 2028
Member states must set up producer responsibility schemes for textiles and footwear; we explain fees, registration and reporting. Read more: https://fashiontradeweekly.us21.list-manage.com/track/click?u=8f3a1c2d9e4b7a6f5c0d1e2f3&id=9a2b7c5d13&e=2d6f8a1b3c

EVENTS: Pure London, Olympia, 15-17 February 2027 - early-bird registration now open.

You are receiving this email because you subscribed to Fashion Trade Weekly at fashiontradeweekly.co.uk.
Update your preferences: https://fashiontradeweekly.us21.list-manage.com/profile?u=8f3a1c2d9e4b7a6f5c0d1e2f3&id=a1b2c3d4e5&e=2d6f8a1b3c
Unsubscribe: https://fashiontradeweekly.us21.list-manage.com/unsubscribe?u=8f3a1c2d9e4b7a6f5c0d1e2f3&id=a1b2c3d4e5&e=2d6f8a1b3c&c=7f3e2a9b1c

Fashion Trade Weekly, 3rd Floor, 44 Great Eastern Street, London EC2A 3EP
"""


def b15_html():
    items = [('Order books: SS27 wholesale up 6% on last year',
              'Independent retailers are committing earlier, with knitwear and lightweight tailoring leading.', '7b1e0c9a44'),
             ('Cotton prices ease again', 'ICE futures slip below 68 cents/lb as Brazilian supply arrives.', '1c4d8e2f90'),
             ('Textile EPR: what brands selling into the EU need to do by 2028',
              'Member states must set up producer responsibility schemes for textiles and footwear; we explain fees, registration and reporting.', '9a2b7c5d13')]
    base = 'https://fashiontradeweekly.us21.list-manage.com/track/click?u=8f3a1c2d9e4b7a6f5c0d1e2f3&amp;id=%s&amp;e=2d6f8a1b3c'
    paras = ['Good morning,', 'This week: SS27 wholesale order books are running ahead of last year for knitwear and tailoring, cotton prices ease '
             'for the third month, and the EU sets out its timetable for textile extended producer responsibility (EPR).']
    for t, d, i in items:
        paras.append('<b style="font-size:16px">%s</b><br>%s <a href="%s" style="color:#b5121b">Read more</a>' % (esc(t), esc(d), base % i))
    paras.append('<b>Events:</b> Pure London, Olympia, 15-17 February 2027 - early-bird registration now open.')
    footer = ('You are receiving this email because you subscribed to Fashion Trade Weekly at fashiontradeweekly.co.uk.<br>'
              '<a href="https://fashiontradeweekly.us21.list-manage.com/profile?u=8f3a1c2d9e4b7a6f5c0d1e2f3&amp;id=a1b2c3d4e5&amp;e=2d6f8a1b3c">Update your preferences</a> | '
              '<a href="https://fashiontradeweekly.us21.list-manage.com/unsubscribe?u=8f3a1c2d9e4b7a6f5c0d1e2f3&amp;id=a1b2c3d4e5&amp;e=2d6f8a1b3c&amp;c=7f3e2a9b1c">Unsubscribe</a><br>'
              'Fashion Trade Weekly, 3rd Floor, 44 Great Eastern Street, London EC2A 3EP'
              '<img src="https://fashiontradeweekly.us21.list-manage.com/track/open.php?u=8f3a1c2d9e4b7a6f5c0d1e2f3&amp;id=7f3e2a9b1c&amp;e=2d6f8a1b3c" height="1" width="1" alt="">')
    return notice_html('Fashion Trade Weekly', '#b5121b', '19 November 2026', paras, footer=footer, lang='en-GB',
                       logo='<span style="font-family:Georgia,serif;font-size:26px">FASHION TRADE WEEKLY</span>',
                       preheader='SS27 order books, cotton prices and textile EPR')


# ====================================================================== 16
B16 = """Hi Thomas,

Sorry to bother you so early. My work laptop (EG-UK-LT-031) went to the BitLocker recovery screen after last night's update and asks for the 48-digit recovery key, so I can't log in at all. I'm writing from my personal Gmail because I can't get into Outlook on my phone either.

Could someone from IT give me a call on my mobile (the number is in Teams / the staff list) so we can sort it out? Please don't send the recovery key or any passwords to this address.

Today is our BACS run - Oliver, could you approve it from your side, or we do it tomorrow morning once I'm back in. I'm not sending any payment details from here.

Thanks,
Priya

Priya Shah
Accountant, Example Group UK Ltd
"""


def messages():
    L = []
    L.append(M(F, 1, 'de', 'lieferant-rechnung-zugferd', '2026-10-06 07:02:15', 'DE',
               LIEF['rechnungen'], [S('schaefer')], 'Rechnung RE-2026-10412 zu Auftrag AB-58817 - Example Group GmbH',
               I.exchange_onprem(**LIEF_EX),
               Multi('mixed', [Text('plain', B01.format(ustid=LIEF['ustid']), 'iso-8859-1', 'quoted-printable'),
                               ol_att('application/pdf', b01_pdf(), 'RE-2026-10412.pdf', 'Tue, 06 Oct 2026 05:00:48 GMT')]),
               'Invoice from the trims supplier Lieferant GmbH (ribbons, buttons, zips) with PDF/ZUGFeRD invoice.',
               'Real domain lieferant-gmbh.de via the supplier\'s own Exchange server and gateway; matches order and '
               'customer number; pays to the long-standing Stadtsparkasse account; no unusual request.',
               hardneg=[2]))
    L.append(M(F, 2, 'de', 'lieferant-bankwechsel-angekuendigt', '2026-10-29 14:10:52', 'DE',
               LIEF['maier'], [S('schaefer')], 'Änderung unserer Bankverbindung zum 01.12.2026 – Lieferant GmbH',
               I.exchange_onprem(**LIEF_EX, hcs='windows-1252'),
               Multi('mixed', [alt(B02, outlook_html(B02, 'windows-1252'), 'windows-1252', 'quoted-printable'),
                               ol_att('application/pdf', b02_pdf(), 'Bankverbindung_Lieferant_GmbH_ab_2026-12-01.pdf', 'Thu, 29 Oct 2026 13:09:30 GMT')]),
               'Genuine bank-detail change announced properly by the supplier\'s managing director: new Commerzbank account '
               'from 1 December, old account kept until March, letter signed by both directors, explicit call-back '
               'verification via the known switchboard number, warning about the look-alike lieferant-gmbh.com.',
               'Real domain and infrastructure; long lead time, no payment pressure, no open invoices redirected; '
               'asks the customer to verify by phone; German business bank - the opposite pattern of attack 02.',
               cc=[S('mueller')], hardneg=[2]))
    L.append(M(F, 3, 'de', 'schubert-mahnung-liefersperre', '2026-11-16 09:45:08', 'DE',
               SCHUB['deb'], [S('schaefer')], '2. Mahnung - Kundennr. 10873 - Liefersperre ab 20.11.2026',
               I.vps_postfix('mail.etiketten-schubert.de', 'mail.etiketten-schubert.de', '212.91.245.34', client_ip='192.168.1.30',
                             client_host='erp01.schubert.local', auth=False, mailer=None, msgid_style='python', bstyle='java',
                             order=I.ORDER_ESP, hcs='iso-8859-15', henc='Q', tls='1.2',
                             extra_headers=[('X-Mailer', 'JavaMail (proALPHA Mailservice)')]),
               Multi('mixed', [Text('plain', B03.format(iban=C.fmt_iban(SCHUB['iban'])), 'iso-8859-15', '8bit'),
                               tpl.pdf_att(b03_pdf(), 'Mahnung_2_Kd10873_20261116.pdf')]),
               'Second dunning letter from the label supplier with a threatened supply stop from 20 November.',
               'Real supplier domain from its own ERP mail relay; urgent and threatening but asks for payment to the '
               'known account, lists real invoices, gives a named contact and phone number.',
               cc=[S('mueller')], hardneg=[2, 7]))
    L.append(M(F, 4, 'de', 'ceo-dringende-anzahlung-intern', '2026-10-15 17:05:40', 'DE',
               S('kuester'), [S('weissmann')], 'Dringend: Anzahlung Bellandi heute noch freigeben',
               I.exchange_internal('EXCH02', '10.20.4.31'),
               alt(B04, outlook_html(B04, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable'),
               'The CEO\'s genuine urgent payment request through the internal Exchange/relay: release the deposit to the '
               'known weaving mill today, per proforma already approved in the DMS.',
               'Internal origin (Exchange + mail-int01); refers to a meeting, a DMS document and the existing vendor '
               'master data; explicitly keeps the four-eyes approval and forbids new bank details; CFO, AP and '
               'procurement in copy - no secrecy.',
               cc=[S('schaefer'), S('mueller')], hardneg=[1, 16, 20]))
    L.append(M(F, 5, 'de', 'krankmeldung-private-adresse', '2026-11-17 06:52:33', 'DE',
               ('Ralf Dietrich', 'ralf.dietrich@gmx.de'), [S('vogt')], 'Krankmeldung Ralf Dietrich',
               I.gmx('109.43.50.118', app='3c-app-gmx-bs27', appip='172.19.170.95'),
               Text('plain', B05, 'utf-8', 'quoted-printable', csname='UTF-8'),
               'Employee reports sick from his private GMX address (eAU goes via the health insurer).',
               'Plausible private address of the employee; no request for money, data or changes; references internal '
               'facts (deputy, Teams channel).',
               hardneg=[6]))
    L.append(M(F, 6, 'de', 'elster-neue-nachricht', '2026-10-23 03:14:51', 'DE',
               ('ELSTER - Ihr Online-Finanzamt', 'noreply@elster.de'), [S('weissmann')],
               'Neue Information in Mein ELSTER',
               I.generic_esp('mailout2.elster.de', '193.109.238.26', zone='DE', tls='1.2', bstyle='java',
                             received_fmt=['from elster-mta03.elster.intern (unknown [10.120.4.13])\n\tby mailout2.elster.de (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{hex16}.{ms}@elster.de>', hcs='iso-8859-1', henc='Q', order=I.ORDER_ESP),
               Text('plain', B06, 'iso-8859-1', 'quoted-printable'),
               'Genuine ELSTER notification that a new message is waiting in the Mein ELSTER mailbox.',
               'No link except the general www.elster.de address, no personal data, no attachment, no request for '
               'certificates; matches how ELSTER actually notifies.',
               hardneg=[3]))
    L.append(M(F, 7, 'de', 'steuerberater-lohnauswertung-zip', '2026-11-04 15:30:27', 'DE',
               ('Sandra Kamps | Dr. Weiler & Partner', 'lohn@weiler-partner.de'), [S('lorenz')],
               'Lohnauswertungen 10/2026 – Mandant 41873 Example Group GmbH',
               I.m365('EUR', 1, org='weiler-partner.de', hcs='iso-8859-1', henc='Q'),
               Multi('mixed', [alt(B07, outlook_html(B07, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable'),
                               ol_att('application/x-zip-compressed', b07_zip(), 'Lohnauswertungen_2026-10_41873.zip', 'Wed, 04 Nov 2026 14:29:11 GMT')]),
               'Payroll bureau sends the monthly payroll reports as a ZipCrypto-encrypted archive (two PDFs).',
               'Known tax adviser on its Microsoft 365 tenant; password is pre-agreed and deliberately not in the mail; '
               'archive contains only PDFs; payment file stays in DATEV for approval.',
               cc=[S('vogt')], hardneg=[18, 35, 37]))
    L.append(M(F, 8, 'de', 'it-hinweis-email-bombing-teams', '2026-11-10 11:02:14', 'DE',
               S('oezdemir'), [('Alle Mitarbeitenden Deutschland', 'alle-de@example.com')],
               'IT-Sicherheitshinweis: E-Mail-Bombing und gefälschte IT-Anrufe über Teams',
               I.exchange_internal('EXCH01', '10.20.4.77'),
               alt(B08, outlook_html(B08, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable'),
               'Internal IT-security notice about e-mail bombing and fake helpdesk calls via external Teams, plus a '
               'maintenance window.',
               'Internal Exchange origin via mail-int01; warns against exactly what attack 08 asks for; no links or '
               'credentials requested.',
               rcpt=A('dietrich'), hardneg=[8]))
    L.append(M(F, 9, 'en', 'docusign-supplier-agreement', '2026-10-12 16:05:19', 'UK',
               ('Harrow & Finch via Docusign', 'dse@eumail.docusign.net'), [S('bennett')],
               'Complete with Docusign: Harrow_Finch_Supplier_Agreement_SS27.pdf',
               I.generic_esp('mailfra.eu.docusign.net', '185.81.100.86', zone='UTC', bstyle='java',
                             received_fmt=['from docusign.net (unknown [10.62.48.17])\n\tby mailfra.eu.docusign.net (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{hex32}@docusign.net>',
                             extra=[('X-DocuSign-Env-ID', '8C2F3E71-4B9A-4D6E-9A21-0F7C5B3E8D42'), ('X-Auto-Response-Suppress', 'All')],
                             return_path='dse@eumail.docusign.net'),
               alt(B09_TXT.format(link=B09_LINK, msg=B09_MSG), b09_html(), 'utf-8', 'quoted-printable'),
               'Genuine DocuSign envelope from the customer Harrow & Finch (supplier agreement SS27).',
               'Sent by DocuSign\'s EU platform from dse@eumail.docusign.net with Reply-To the real customer contact; '
               'review link points to eu.docusign.net; content matches a negotiation in progress.',
               reply_to=HF['claire'], hardneg=[9]))
    L.append(M(F, 10, 'en', 'harrow-finch-remittance-pdf', '2026-10-14 09:31:44', 'UK',
               HF['ap'], [S('shah')], 'Remittance Advice - Harrow & Finch Ltd - Payment 14/10/2026',
               I.m365('GBR', 0, org='harrowfinch.co.uk', lang='en-GB', hcs='us-ascii', henc='Q'),
               Multi('mixed', [Text('plain', B10, 'us-ascii', '7bit'),
                               ol_att('application/pdf', b10_pdf(), 'Remittance_204871_20261014.pdf', 'Wed, 14 Oct 2026 08:31:02 GMT')]),
               'Genuine BACS remittance advice from a department-store customer, PDF attached.',
               'Customer\'s own Microsoft 365 tenant and domain; invoice numbers and amounts match our ledger; payment '
               'into our own account; nothing to log in to.',
               hardneg=[10]))
    L.append(M(F, 11, 'en', 'microsoft-account-security-code', '2026-10-20 14:02:08', 'DE',
               ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'), [S('roth')],
               'Microsoft account security code',
               I.m365('NAM', 0, org='accountprotection.microsoft.com', lang='en-US'),
               alt(B11_TXT, b11_html(), 'utf-8', 'quoted-printable'),
               'Genuine Microsoft account one-time security code requested by the e-commerce manager (Microsoft '
               'Advertising account on his work address).',
               'Microsoft\'s own sending infrastructure and domain; masked address; no link to enter credentials, only '
               'the account.live.com opt-out link; user-initiated.',
               drop=['Thread-Topic', 'Thread-Index', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator'],
               hardneg=[4, 14]))
    L.append(M(F, 12, 'en', 'github-password-reset', '2026-10-22 18:44:37', 'DE',
               ('GitHub', 'noreply@github.com'), [S('brandt')], '[GitHub] Please reset your password',
               I.generic_esp('out-21.smtp.github.com', '192.30.252.204', zone='PT', bstyle='java',
                             received_fmt=['from github.com (hubbernetes-node-{hex8}.ash1-iad.github.net [10.56.210.64])\n\tby smtp.github.com (Postfix) with ESMTPA id {qidl}\n\tfor <{rcpt}>; {date_c}'],
                             msgid_fmt='<{hex12}_{hex8}@hubbernetes-node-{hex8}.mail>',
                             extra=[('X-Auto-Response-Suppress', 'All'), ('X-GitHub-Recipient-Address', '{rcpt}')],
                             return_path='noreply@github.com', order=['Date', 'From', 'To', 'Message-ID', 'Subject', 'MIME-Version', 'Content-Type', '*']),
               alt(B12, b12_html(), 'utf-8', 'quoted-printable'),
               'Genuine GitHub password-reset mail requested by the head of IT.',
               'GitHub\'s own outbound servers; reset link on github.com; user-initiated; standard GitHub template.'))
    L.append(M(F, 13, 'en', 'customer-complaint-damaged-cartons', '2026-11-09 12:14:03', 'UK',
               HF['rachel'], [S('bennett')], 'Damaged cartons and stained pieces - PO HF-55210 / delivery 6 Nov',
               I.m365('GBR', 0, org='harrowfinch.co.uk', lang='en-GB'),
               Multi('mixed', [alt(B13, outlook_html(B13, 'utf-8', 'EN-GB'), 'utf-8', 'quoted-printable'),
                               ol_att('image/png', media.photo_png('b13-1', base=(120, 96, 62)), 'IMG_4471.png', 'Mon, 09 Nov 2026 12:10:41 GMT'),
                               ol_att('image/png', media.photo_png('b13-2', base=(40, 52, 88)), 'IMG_4473.png', 'Mon, 09 Nov 2026 12:10:44 GMT')]),
               'Genuine customer complaint about transport damage with two PNG photos attached.',
               'Real buyer on the customer\'s own domain and tenant; concrete PO, style and quantities; photos are '
               'plain images; asks for a business decision, nothing to run or log in to.',
               cc=[HF['claire']], hardneg=[13]))
    L.append(M(F, 14, 'en', 'google-security-alert-signin', '2026-11-11 09:26:50', 'DE',
               ('Google', 'no-reply@accounts.google.com'), [S('roth')], 'Security alert',
               I.google_service(), alt(B14_TXT, b14_html(), 'utf-8', 'quoted-printable', cte_html='base64'),
               'Genuine Google new-sign-in alert for the Google account (Merchant Center) on the e-commerce manager\'s '
               'work address.',
               'Google\'s own infrastructure (mail-sor); links only to accounts.google.com / myaccount.google.com; '
               'informational, no credential request.',
               hardneg=[14]))
    L.append(M(F, 15, 'en', 'newsletter-fashion-trade-weekly', '2026-11-19 07:00:12', 'UK',
               ('Fashion Trade Weekly', 'newsletter@fashiontradeweekly.co.uk'), [S('bennett')],
               'SS27 order books, cotton prices and the EU textile EPR timetable',
               I.mailchimp(), alt(B15_TXT, b15_html(), 'utf-8', 'quoted-printable'),
               'Subscribed trade newsletter sent via Mailchimp with List-Unsubscribe / one-click unsubscribe.',
               'Opted-in bulk mail with proper list headers, unsubscribe and postal address; informational links only.',
               list_host='fashiontradeweekly', list_name='Fashion Trade Weekly'))
    L.append(M(F, 16, 'en', 'laptop-bitlocker-private-gmail', '2026-11-24 08:15:22', 'UK',
               ('Priya Shah', 'priya.shah.mcr@gmail.com'), [S('brandt')],
               'Laptop stuck on BitLocker recovery screen - EG-UK-LT-031',
               I.gmail('UK'), alt(B16, gmail_html(B16), 'utf-8', '7bit', csname='UTF-8'),
               'UK accountant reports a broken laptop from her private Gmail and asks IT to call her.',
               'Private address of a real employee, but asks for nothing sensitive - explicitly refuses to receive keys '
               'or send payment details, defers the payment run to proper channels.',
               cc=[S('bennett')], hardneg=[6, 16]))
    return L
