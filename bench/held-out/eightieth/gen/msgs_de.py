"""German messages: 8 attacks, 8 business."""
import attach as A
import company as C
import ids
import infra as I
from common import (Body, Msg, S, PLACEHOLDER, att, b64url, fmt_iban, h, logo_inline, mid_exchange, mid_m365,
                    pdf_att, qr_inline, zip_att)


def eur(x):
    s = '{:,.2f}'.format(x)
    return s.replace(',', 'X').replace('.', ',').replace('X', '.')


# ---------------------------------------------------------------- shared facts
LIEF_SIG = ('Lieferant GmbH\nEckendorfer Straße 91 · 33609 Bielefeld\n'
            'Geschäftsführer: Hendrik Lammers · Amtsgericht Bielefeld HRB 43817 · USt-IdNr. %s' % C.LIEF['ust'])

OFFER_ITEMS = [  # (pos, text, qty, unit price)
    ('10', 'Akku 4-Zellen 64 Wh, kompatibel Latitude 5440/5450, neu', 180, 62.90),
    ('20', 'Dockingstation WD19S 130 W, refurbished Grade A, 12 Monate Gewährleistung', 60, 119.50),
    ('30', 'SSD NVMe M.2 2280 512 GB, neu, OEM', 40, 41.80),
    ('40', 'Versandkosten / Palettierung (2 EUR-Paletten)', 1, 95.00),
]
NET = round(sum(q * p for _, _, q, p in OFFER_ITEMS), 2)
VAT = round(NET * 0.19, 2)
GROSS = round(NET + VAT, 2)
INV2 = 12894.60

B03_MID = mid_m365('FR2P281MB1735', 'DEUP281', 'de-b03')
KAI_MID = mid_exchange('de-kai-reply-ang1187')

LT_IBAN = ids.lt_iban('32500', '07316512884')
N26_IBAN = ids.de_iban('10011001', '2626417790')
HRV_IBAN = ids.es_iban('0182', '5322', '0201583946')

ATTACKS = []
BUSINESS = []

# ================================================================ ATTACKS
ATTACKS.append(Msg(
    'ceo-fraud-lookalike-domain', '2026-10-06 16:47:12',
    I.own_postfix('mail.exarnple.com', '5.75.214.87', client='roundcube', webmail=True,
                  rdns='static.87.214.75.5.clients.your-server.de'),
    ('Jürgen Köhler', 'juergen.koehler@exarnple.com'), [S('anja.brueckner')],
    'Vertraulich – Projekt Rheinblick',
    Body('''Hallo Frau Brückner,

sind Sie heute noch im Haus? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.

Wir stehen kurz vor der Unterzeichnung der Übernahme eines Refurbishing-Betriebs in den Niederlanden (intern "Projekt Rheinblick"). Bis zur offiziellen Bekanntgabe wissen außer Frau Dr. Wörner und mir nur die beteiligten Anwälte davon. Bitte sprechen Sie das Thema deshalb auch intern nicht an, auch nicht in der Buchhaltung.

Für die Exklusivitätsvereinbarung ist heute noch eine Anzahlung von 184.600,00 EUR auf das Anderkonto der begleitenden Kanzlei fällig. Rechtsanwalt Dr. Martin Holtkamp (Holtkamp & Berger) meldet sich gleich per E-Mail bei Ihnen und schickt Ihnen Kontodaten und Referenz.

Bitte führen Sie die Zahlung als Eilüberweisung aus, nicht über den normalen Zahlungslauf, und schicken Sie mir anschließend die Ausführungsbestätigung als PDF. Ich bin bis in den Abend in Verhandlungen und telefonisch nicht erreichbar, bitte antworten Sie nur per Mail.

Vielen Dank für Ihre Diskretion.

Mit freundlichen Grüßen
Jürgen Köhler
Geschäftsführer
Example Group GmbH
''', charset='utf-8', cte='quoted-printable', params='; format=flowed'),
    what='CEO fraud: "CEO" asks AP for an urgent, secret escrow transfer (acquisition pretext), lawyer to follow.',
    why='Look-alike domain exarnple.com (rn for m) on a Hetzner VPS/Roundcube; secrecy, urgency, bypass of the payment run, '
        'CEO "unreachable by phone"; real CEO mail comes via mail-int01/Exchange and references the SAP workflow (see business 01).',
    pair='ceo-urgent-payment-internal', tech='CEO fraud / BEC (look-alike domain)'))

ATTACKS.append(Msg(
    'supplier-bank-change-lookalike', '2026-10-28 11:03:41',
    I.m365('a93e1d07-55c2-4f8e-b1a4-6e0c2d9f7b31', region='eurprd04', prefix='DU0PR04',
           out=('EUR04-DB3-obe', 'db3eur04on', '40.107.6'), lang='de-DE', acc='de-DE, en-US'),
    ('Lieferant GmbH | Buchhaltung', 'rechnungen@lieferantgmbh.de'), [S('anja.brueckner')],
    'Änderung unserer Bankverbindung zum 01.11.2026 – Lieferant GmbH',
    Body('''Sehr geehrte Damen und Herren,

im Rahmen der Konsolidierung unseres Zahlungsverkehrs wechselt die Lieferant GmbH zum 01.11.2026 ihre Hausbank. Unsere bisherige Verbindung bei der Sparkasse Bielefeld wird zum Monatsende aufgelöst; Zahlungseingänge auf dieses Konto können danach nicht mehr zugeordnet werden und werden zurückgebucht.

Bitte begleichen Sie daher ab sofort alle offenen Posten ausschließlich auf unser neues Geschäftskonto:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Derzeit sind bei uns folgende Rechnungen offen:
RE-2026-10418 vom 09.10.2026 – %s EUR
RE-2026-10452 vom 23.10.2026 – %s EUR

Wir bitten um Ausgleich bis spätestens 04.11.2026. Die offizielle Mitteilung auf unserem Briefpapier finden Sie im Anhang.

Bitte bestätigen Sie uns die Aktualisierung Ihrer Stammdaten kurz per Antwort auf diese E-Mail. Wegen der Umstellung unserer Telefonanlage sind wir bis Mitte November telefonisch nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

i. A. Sandra Kühn
Buchhaltung
%s
Tel. +49 521 98765-430 · rechnungen@lieferant-gmbh.de
''' % (fmt_iban(LT_IBAN), eur(INV2), eur(GROSS), LIEF_SIG), charset='windows-1252', cte='quoted-printable', html=True,
        atts=[pdf_att('Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', [
            ('Lieferant GmbH', 16, True), 'Eckendorfer Straße 91 · 33609 Bielefeld', '',
            'An unsere Kunden', '', ('Mitteilung über die Änderung unserer Bankverbindung', 12, True), '',
            'Sehr geehrte Damen und Herren,', '',
            'mit Wirkung zum 01.11.2026 ändert sich unsere Bankverbindung. Bitte leisten Sie Zahlungen',
            'ab sofort ausschließlich auf das folgende Konto:', '',
            'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Revolut Bank UAB',
            'IBAN: ' + fmt_iban(LT_IBAN), 'BIC: REVOLT21', '',
            'Das bisherige Konto bei der Sparkasse Bielefeld wird aufgelöst.', '',
            'Bielefeld, 27.10.2026', '', 'Lieferant GmbH', 'Geschäftsführung'],
            title='Mitteilung Bankverbindung', author='Buchhaltung', creator='Microsoft® Word für Microsoft 365',
            producer='Microsoft® Word für Microsoft 365', date="D:20261027163512+01'00'")]),
    cc=[S('frank.dietrich')],
    what='Supplier bank-detail change "from Lieferant GmbH" to a Lithuanian Revolut account, citing real open invoices.',
    why='Sender domain lieferantgmbh.de (hyphen missing) on a separate Microsoft 365 tenant; German GmbH moving to a foreign '
        'e-money account; old account "closed", confirmation by e-mail reply only, phone "unavailable"; invoice numbers '
        'known from earlier traffic (see business 02/04 for the genuine procedure and invoice).',
    pair='supplier-bank-change-genuine', tech='BEC: supplier bank-detail change (look-alike domain, M365 tenant)'))

ATTACKS.append(Msg(
    'thread-hijack-compromised-supplier', '2026-10-14 08:22:09',
    I.m365('7c1e4f2a-3b9d-4e61-a8f0-2d5c6b7e9f10', region='DEUP281', prefix='FR2P281',
           out=('DEU01-FR2-obe', 'fr2deu01on', '40.107.135'), lang='en-US', acc='en-US'),
    ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [S('kai.neumann')],
    'AW: Angebot ANG-2026-1187 – Akkus, Docks und SSDs für Latitude-5440-Rückläufer',
    Body('''Hallo Herr Neumann,

danke für Ihre Rückmeldung. Ich habe das Angebot mit der Staffel für 250 Akkus überarbeitet und intern freigeben lassen.

Das überarbeitete Angebot liegt wegen der neuen Richtlinie zur Dokumentenfreigabe in unserem SharePoint. Bitte melden Sie sich mit Ihrer Example-Group-Adresse an, dann wird das Dokument direkt geöffnet:

[[ANG-2026-1187_rev2.pdf öffnen|https://lieferant-sharepoint.pages.dev/:b:/g/personal/s_maier_lieferant-gmbh_de/ANG-2026-1187_rev2?e=%s]]

Die Preise gelten bis Freitag, da unser Lieferant die Akkupreise zum Monatswechsel erhöht.

Mit freundlichen Grüßen
Stefan Maier
Key Account Manager
%s
Tel. +49 521 98765-212 · Mobil +49 171 4418 209

Von: Kai Neumann <kai.neumann@example.com>
Gesendet: Dienstag, 13. Oktober 2026 17:05
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Angebot ANG-2026-1187 – Akkus, Docks und SSDs für Latitude-5440-Rückläufer

Hallo Herr Maier,

danke für das Angebot. Wenn wir statt 180 gleich 250 Akkus nehmen: Geht beim Stückpreis noch etwas? Docks und SSDs passen so.

Viele Grüße
Kai Neumann
''' % (b64url('kai.neumann@example.com'), LIEF_SIG), charset='utf-8', cte='quoted-printable', html=True),
    in_reply_to=KAI_MID, references='%s %s' % (B03_MID, KAI_MID),
    what='Reply in a genuine quotation thread from the supplier\'s real, compromised mailbox; "revised offer" behind a fake SharePoint login.',
    why='Sent through Lieferant GmbH\'s genuine Microsoft 365 tenant (account takeover): thread and signature are real, but the '
        'document is only reachable via a Cloudflare Pages site posing as SharePoint that asks for the recipient\'s company '
        'login (victim address embedded); Content-Language en-US unlike Mr Maier\'s usual de-DE; artificial deadline. '
        'The genuine message in the same thread carries the PDF (business 03).',
    pair='supplier-offer-genuine', tech='Thread hijack from compromised partner mailbox, credential phishing (SharePoint lure)'))

ATTACKS.append(Msg(
    'fake-register-publication-invoice', '2026-11-03 10:15:33',
    I.brevo(ip='77.32.148.31', rdns='relay31.brevo.com'),
    ('HRV Handelsregister-Veröffentlichungen', 'rechnung@hrv-register.de'), [S('birgit.sommer')],
    'Rechnung HRV-2026-448172 – Veröffentlichung Ihrer Registereintragung HRB 61742',
    Body('''Sehr geehrte Damen und Herren,

für die Veröffentlichung der Änderung Ihrer Eintragung im Handelsregister B des Amtsgerichts Düsseldorf (HRB 61742, Example Group GmbH) in unserem zentralen Veröffentlichungsregister erlauben wir uns, Folgendes zu berechnen:

Eintragung und Veröffentlichung der Registeränderung vom 19.10.2026: 637,23 EUR
zzgl. 19 %% USt.: 121,08 EUR
Gesamtbetrag: 758,31 EUR

Bitte überweisen Sie den Gesamtbetrag innerhalb von 7 Tagen unter Angabe des Aktenzeichens HRV-2026-448172 auf folgendes Konto:

Empfänger: HRV Register Services S.L.
IBAN: %s
BIC: BBVAESMMXXX

Die vollständige Rechnung finden Sie als PDF im Anhang. Nach Zahlungseingang wird Ihre Eintragung für 12 Monate veröffentlicht.

Mit freundlichen Grüßen
Ihr HRV-Team

Hinweis: Die HRV ist ein privater Anbieter und steht in keiner Verbindung zu den amtlichen Registergerichten. Mit der Zahlung nehmen Sie unser Angebot zur Eintragung in das private HRV-Onlineverzeichnis an (Laufzeit 12 Monate, Verlängerung jeweils um 12 Monate bei fehlender Kündigung).
''' % fmt_iban(HRV_IBAN), charset='utf-8', cte='quoted-printable', brand=('HRV Handelsregister-Veröffentlichungen', '#5b6770'),
        atts=[pdf_att('Rechnung_HRV-2026-448172.pdf', [
            ('HRV Handelsregister-Veröffentlichungen', 14, True), 'HRV Register Services S.L. · Calle de Alcalá 155 · 28009 Madrid', '',
            'Example Group GmbH', 'Heerdter Lohweg 212', '40549 Düsseldorf', '',
            ('RECHNUNG Nr. HRV-2026-448172', 12, True), 'Datum: 02.11.2026   Aktenzeichen: HRV-2026-448172',
            'Registergericht: Amtsgericht Düsseldorf   Register: HRB 61742', '',
            'Pos. 1  Eintragung/Veröffentlichung Registeränderung vom 19.10.2026    637,23 EUR',
            'zzgl. 19 % USt.                                                          121,08 EUR',
            ('Zahlbetrag                                                              758,31 EUR', 10, True), '',
            'Zahlbar innerhalb von 7 Tagen ohne Abzug.',
            'IBAN ' + fmt_iban(HRV_IBAN) + '   BIC BBVAESMMXXX', '',
            ('Die HRV ist ein privater Anbieter ohne Verbindung zu amtlichen Registern. Mit Zahlung kommt ein Vertrag', 7, False),
            ('über die Eintragung im privaten HRV-Onlineverzeichnis zustande (12 Monate, automatische Verlängerung).', 7, False)],
            title='Rechnung HRV-2026-448172', producer='wkhtmltopdf 0.12.6', date="D:20261102091501+01'00'")]),
    what='Fake "Handelsregister publication" invoice (758,31 EUR) to a Spanish account with small-print subscription clause.',
    why='Imitates an official register fee although publications are free via handelsregister.de; private company, foreign '
        'IBAN, small print turning payment into a recurring directory contract; bulk-sent via Brevo.',
    tech='Fake register/directory invoice'))

_QR_URL = 'https://auth-m365.example-com.verify-login.click/mfa/reg?em=%s&t=%s' % (b64url('nina.schaefer@example.com'), h('a05', 10))
ATTACKS.append(Msg(
    'quishing-mfa-reregistration', '2026-10-15 07:41:28',
    I.exim_cpanel('web14.kundenserver-hosting.de', '185.223.31.74', '176.97.210.44', client='phpmailer'),
    ('IT-Sicherheit Example Group', 'info@tischlerei-bergmann-ahaus.de'), [S('nina.schaefer')],
    'Aktion erforderlich: MFA-Neuregistrierung für nina.schaefer@example.com bis 16.10.2026',
    Body('''Hallo Nina Schäfer,

im Zuge der Umstellung auf die neue Microsoft-Authenticator-Richtlinie (Number Matching) müssen alle Konten der Domain example.com die Multi-Faktor-Authentifizierung bis zum 16.10.2026 neu registrieren.

Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert etwa zwei Minuten.

{{img:qr-mfa-4471@example}}

Konten, die bis zum Stichtag nicht neu registriert wurden, werden aus Sicherheitsgründen vorübergehend gesperrt. Eine Entsperrung ist dann nur über das Service-Desk-Ticket möglich.

Ihr IT-Sicherheitsteam
Example Group
''', charset='utf-8', cte='base64', brand=('Microsoft 365', '#0078D4'),
        inline=[qr_inline(_QR_URL, 'qr-mfa-4471@example', filename='qrcode.png')]),
    what='QR-code phishing: "MFA re-registration" with an inline QR code leading to a fake Microsoft login.',
    why='Sent from a compromised carpenter\'s mailbox (cPanel, PHPMailer) with the company\'s name as display name; the URL is '
        'only inside the QR image (evades link scanning), points to verify-login.click with the victim\'s address encoded; lockout threat.',
    tech='Quishing (inline QR PNG), compromised small-business mailbox'))

ATTACKS.append(Msg(
    'payroll-diversion-freemail', '2026-11-17 06:58:02',
    I.united('webde', last=78, client_ip='46.114.%d.%d'),
    ('Nina Schäfer', 'n.schaefer.privat@web.de'), [S('markus.hess')],
    'Neue Bankverbindung für mein Gehalt',
    Body('''Hallo Markus,

kurze Bitte: Ich habe mein Gehaltskonto gewechselt. Kannst du die Gehaltszahlung für November schon auf das neue Konto anweisen? Das alte Konto bei der Sparkasse löse ich Ende des Monats auf.

Kontoinhaberin: Nina Schäfer
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe dir von meiner privaten Adresse, weil ich gerade beim Kunden bin und mit dem Handy nicht ins Personalportal komme. Gib mir bitte kurz Bescheid, wenn es geklappt hat, dann brauche ich mir keine Gedanken machen.

Danke dir und viele Grüße
Nina
''' % fmt_iban(N26_IBAN), charset='utf-8', cte='8bit'),
    what='Payroll diversion: "employee" asks HR from a private web.de address to redirect November salary to a new bank account.',
    why='Address not on file, sent early before the payroll run, avoids the HR portal and written form, neobank account, '
        'asks only for e-mail confirmation. Compare business 06 (genuine private-mail sick note, no money involved).',
    pair='sick-note-private-gmx', tech='Payroll diversion (free-mail impersonation of an employee)'))

_DHL_URL = 'https://dhl-express-zoll.verzollung-online.top/sendung/4718526093?ref=%s' % h('a07', 16)
ATTACKS.append(Msg(
    'dhl-express-customs-fee', '2026-11-24 13:27:45',
    I.sendgrid('em4417.dhl-express-zoll.de', ('149.72.154.232', 'o1.ptr4417.dhl-express-zoll.de')),
    ('DHL Express', 'noreply@dhl-express-zoll.de'), [S('frank.dietrich')],
    'Sendung 4718526093: Einfuhrabgaben offen – Zustellung angehalten',
    Body('''Guten Tag,

Ihre DHL-Express-Sendung 4718526093 aus Shenzhen (CN) ist im Verzollungszentrum Leipzig eingetroffen. Für die Einfuhr sind folgende Abgaben angefallen:

Absender: Shenzhen Huaxin Electronics Co., Ltd.
Inhalt: Lithium-ion batteries / laptop spare parts, 3 Packstücke, 41,6 kg
Einfuhrumsatzsteuer und Zoll: 38,12 EUR
Auslagenpauschale: 3,75 EUR
Gesamt: 41,87 EUR

Die Zustellung wird erst nach Zahlung der Abgaben freigegeben. Bitte begleichen Sie den Betrag bis zum 26.11.2026, andernfalls wird die Sendung an den Absender zurückgeschickt.

[[!Abgaben jetzt bezahlen|%s]]

Sie können per Kreditkarte, Apple Pay oder Sofortüberweisung zahlen.

Mit freundlichen Grüßen
Ihr DHL Express Team

Deutsche Post AG, DHL Express Germany GmbH · Heinrich-Brüning-Str. 5 · 53113 Bonn
''' % _DHL_URL, charset='utf-8', cte='quoted-printable', brand=('DHL Express', '#D40511')),
    what='Fake DHL Express customs-duty notice (41,87 EUR) linking to a card-payment phishing page.',
    why='Look-alike sender domain dhl-express-zoll.de sent via SendGrid, link to verzollung-online.top; small fee lure '
        'fitting the company\'s real imports of batteries from China; deadline/return threat.',
    tech='Courier/customs phishing via bulk ESP (SendGrid)'))

ATTACKS.append(Msg(
    'job-application-encrypted-zip', '2026-12-02 09:12:10',
    I.outlook_com(),
    ('Laura Wendt', 'laura.wendt93@outlook.de'), [S('markus.hess')],
    'Bewerbung als IT-Systemtechnikerin Refurbishing (m/w/d) – Laura Wendt',
    Body('''Sehr geehrter Herr Heß,

mit großem Interesse habe ich Ihre Stellenanzeige als IT-Systemtechnikerin im Bereich Refurbishing gelesen. Nach meiner Ausbildung zur Fachinformatikerin für Systemintegration arbeite ich seit drei Jahren bei einem IT-Dienstleister in Neuss, wo ich unter anderem für die Aufbereitung und zertifizierte Datenlöschung von Leasing-Rückläufern zuständig bin.

Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang. Da die Unterlagen personenbezogene Daten enthalten, habe ich das Archiv verschlüsselt. Das Kennwort lautet: Bewerbung2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Laura Wendt
''', charset='iso-8859-1', cte='quoted-printable', html=True,
        atts=[zip_att('Bewerbungsunterlagen_Laura_Wendt.zip',
                      [('Bewerbungsunterlagen_Laura_Wendt.pdf' + ' ' * 60 + '.exe', PLACEHOLDER, (2026, 12, 1, 22, 14, 6))],
                      password='Bewerbung2026', seed='a08')]),
    what='Fake job application with a password-protected ZIP containing an ".exe" disguised as PDF (whitespace padding).',
    why='Encrypted archive defeats scanning, password in body, executable hidden behind ".pdf" plus 60 spaces; classic German '
        '"Bewerbung" malware lure from a fresh outlook.de account. Compare business 08 (real applicant, plain PDF).',
    pair='job-application-genuine', tech='Password-protected ZIP (ZipCrypto) with disguised executable'))

# ================================================================ BUSINESS
BUSINESS.append(Msg(
    'ceo-urgent-payment-internal', '2026-10-08 09:31:17',
    I.internal(oip='10.20.30.12'),
    S('juergen.koehler'), [S('anja.brueckner')],
    'Dringend: Anzahlung Datenwerk Recycling heute noch freigeben',
    Body('''Guten Morgen Frau Brückner,

Datenwerk Recycling bestätigt die Abholung der rund 1.200 Altgeräte aus dem Hansebau-Rollout nur, wenn die Anzahlung bis morgen bei ihnen eingeht. Sonst verlieren wir den Termin am 15.10. und das Lager in Halle 2 läuft voll.

Die Rechnung DW-2026-0871 über 14.280,00 EUR hat Herr Dietrich gestern im SAP-Workflow erfasst (Beleg 5100004471). Meine Freigabe habe ich eben erteilt, die zweite Freigabe kommt heute Vormittag von Frau Dr. Wörner.

Bitte nehmen Sie die Zahlung heute noch in den Eillauf, an die im Kreditorenstamm hinterlegte Bankverbindung (Kreditor 70418). Falls Datenwerk Ihnen eine abweichende Verbindung nennt, bitte nicht zahlen, sondern mich oder Frau Dr. Wörner anrufen.

Ich bin ab 14 Uhr wieder im Haus, Durchwahl -100.

Vielen Dank und beste Grüße
Jürgen Köhler
Geschäftsführer

Example Group GmbH · Heerdter Lohweg 212 · 40549 Düsseldorf
Amtsgericht Düsseldorf HRB 61742 · USt-IdNr. %s
''' % C.EG['de_ust'], charset='iso-8859-1', cte='quoted-printable', html=True),
    cc=[S('sabine.woerner'), S('frank.dietrich')],
    what='Genuine urgent payment request from the CEO to AP via the internal relay (down-payment to the disposal partner).',
    why='Internal Exchange -> mail-int01 path; refers to a booked SAP document, four-eyes approval by the CFO, stored vendor '
        'master data and explicitly forbids paying to changed accounts; CEO reachable by phone.',
    pair='ceo-fraud-lookalike-domain'))

_B02_LOGO = logo_inline('image001.png@01DD4E2A.7C3B1F90')
BUSINESS.append(Msg(
    'supplier-bank-change-genuine', '2026-11-05 14:06:52',
    C.LIEFERANT_M365,
    ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), [S('anja.brueckner')],
    'Lieferant GmbH: Neue Bankverbindung ab 01.12.2026 – bitte telefonisch verifizieren',
    Body('''Sehr geehrte Damen und Herren,

wir führen zum 01.12.2026 unseren Zahlungsverkehr von der Sparkasse Bielefeld zur Commerzbank Bielefeld über. Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang; dieselbe Mitteilung erhalten Sie zusätzlich per Post.

Neue Bankverbindung ab 01.12.2026:
Commerzbank AG, Bielefeld
IBAN: %s
BIC: %s

Bitte beachten Sie:
- Das bisherige Konto bei der Sparkasse Bielefeld (IBAN endet auf ...%s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin korrekt verbucht.
- Bitte verifizieren Sie die Änderung vor der Umstellung Ihrer Stammdaten telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung, +49 521 98765-430 (Herr Brandes oder Frau Kühn).
- Wir werden Sie niemals per E-Mail auffordern, bereits fällige Zahlungen kurzfristig umzuleiten.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Sandra Kühn
Buchhaltung

{{img:image001.png@01DD4E2A.7C3B1F90}}
%s
Tel. +49 521 98765-430 · rechnungen@lieferant-gmbh.de
''' % (fmt_iban(C.LIEF['iban_new']), C.LIEF['bic_new'], C.LIEF['iban_old'][-4:], LIEF_SIG),
        charset='windows-1252', cte='quoted-printable', html=True, inline=[_B02_LOGO],
        atts=[pdf_att('Lieferant_GmbH_Aenderung_Bankverbindung_2026-11.pdf', [
            ('Lieferant GmbH', 16, True), 'Eckendorfer Straße 91 · 33609 Bielefeld', '',
            'Example Group GmbH', 'Kreditorenbuchhaltung', 'Heerdter Lohweg 212', '40549 Düsseldorf', '',
            'Bielefeld, 04.11.2026', '',
            ('Änderung unserer Bankverbindung zum 01.12.2026', 12, True), '',
            'Sehr geehrte Damen und Herren,', '',
            'zum 01.12.2026 wechseln wir mit unserem Zahlungsverkehr zur Commerzbank AG, Bielefeld.', '',
            'Neue Bankverbindung:  IBAN ' + fmt_iban(C.LIEF['iban_new']) + '   BIC ' + C.LIEF['bic_new'],
            'Bisherige Bankverbindung (bis 31.03.2027 gültig):  IBAN ' + fmt_iban(C.LIEF['iban_old']) + '   BIC ' + C.LIEF['bic_old'], '',
            'Bitte verifizieren Sie diese Änderung telefonisch unter der Ihnen bekannten Nummer +49 521 98765-430.',
            'Wir fordern niemals per E-Mail zur Umleitung fälliger Zahlungen auf.', '',
            'Mit freundlichen Grüßen', '', 'Hendrik Lammers, Geschäftsführer        ppa. Jörg Brandes, Prokurist',
            '', ('Amtsgericht Bielefeld HRB 43817 · USt-IdNr. ' + C.LIEF['ust'], 8, False)],
            title='Änderung Bankverbindung', author='Jörg Brandes', creator='Microsoft® Word für Microsoft 365',
            producer='Microsoft® Word für Microsoft 365', date="D:20261104112210+01'00'")]),
    cc=[S('frank.dietrich')],
    what='Genuine bank-account change of the supplier, announced by signed letter, with call-back verification.',
    why='From the supplier\'s real domain and Microsoft 365 tenant; German bank, long overlap period with the old account, '
        'asks for phone verification on the known number and states it will never redirect due payments by e-mail.',
    pair='supplier-bank-change-lookalike'))

BUSINESS.append(Msg(
    'supplier-offer-genuine', '2026-10-12 15:48:03',
    C.LIEFERANT_M365,
    ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [S('kai.neumann')],
    'Angebot ANG-2026-1187 – Akkus, Docks und SSDs für Latitude-5440-Rückläufer',
    Body('''Hallo Herr Neumann,

wie heute Vormittag telefonisch besprochen, anbei unser Angebot für die Teile zur Aufbereitung der Latitude-5440-Rückläufer aus dem Hansebau-Vertrag:

- 180 Akkus 64 Wh (neu) à %s EUR
- 60 Dockingstationen WD19S (refurbished Grade A) à %s EUR
- 40 NVMe-SSDs 512 GB (neu) à %s EUR

Gesamt netto %s EUR zzgl. USt., Lieferung ab Lager Bielefeld innerhalb von 5 Arbeitstagen nach Auftragseingang. Die Akkus haben 24 Monate Gewährleistung, die Docks 12 Monate.

Das Angebot ist bis 30.10.2026 gültig. Wenn Sie größere Stückzahlen bei den Akkus brauchen, sprechen Sie mich gern an, ab 250 Stück können wir noch etwas machen.

Mit freundlichen Grüßen
Stefan Maier
Key Account Manager
%s
Tel. +49 521 98765-212 · Mobil +49 171 4418 209
''' % (eur(OFFER_ITEMS[0][3]), eur(OFFER_ITEMS[1][3]), eur(OFFER_ITEMS[2][3]), eur(NET), LIEF_SIG),
        charset='windows-1252', cte='quoted-printable', html=True,
        atts=[pdf_att('ANG-2026-1187.pdf', [
            ('Lieferant GmbH', 16, True), 'Eckendorfer Straße 91 · 33609 Bielefeld', '',
            'Example Group GmbH · z. Hd. Herrn Kai Neumann · Heerdter Lohweg 212 · 40549 Düsseldorf', '',
            ('Angebot ANG-2026-1187', 13, True), 'Datum: 12.10.2026   Gültig bis: 30.10.2026   Kunden-Nr.: 20417', ''] +
            ['Pos. %s  %s  |  %d x %s EUR = %s EUR' % (p, t, q, eur(pr), eur(q * pr)) for p, t, q, pr in OFFER_ITEMS] +
            ['', 'Summe netto: %s EUR' % eur(NET), 'USt. 19 %%: %s EUR' % eur(VAT), ('Gesamtbetrag: %s EUR' % eur(GROSS), 10, True),
             '', 'Zahlungsbedingungen: 30 Tage netto. Lieferung ab Lager Bielefeld, 5 Arbeitstage nach Auftragseingang.',
             '', ('Amtsgericht Bielefeld HRB 43817 · USt-IdNr. ' + C.LIEF['ust'], 8, False)],
            title='Angebot ANG-2026-1187', author='Stefan Maier', creator='proALPHA ERP',
            producer='proALPHA PDF Output 9.2', date="D:20261012153911+02'00'")]),
    msgid=B03_MID,
    what='Genuine quotation from the supplier\'s key-account manager with the PDF attached.',
    why='Real domain and tenant, expected business after a phone call, PDF attached directly, no login or link.',
    pair='thread-hijack-compromised-supplier'))

_XR = '''<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-2026-10452</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261023</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>20417</ram:BuyerReference>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%(ust)s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%(egust)s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>AB-2026-0933</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%(iban)s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>%(net).2f</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>%(net).2f</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">%(vat).2f</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>%(gross).2f</ram:GrandTotalAmount>
        <ram:DuePayableAmount>%(gross).2f</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
''' % dict(ust=C.LIEF['ust'], egust=C.EG['de_ust'], iban=C.LIEF['iban_old'], net=NET, vat=VAT, gross=GROSS)

BUSINESS.append(Msg(
    'supplier-invoice-xrechnung', '2026-10-23 10:02:15',
    C.LIEFERANT_M365,
    ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), [S('anja.brueckner')],
    'Rechnung RE-2026-10452 zu Auftrag AB-2026-0933',
    Body('''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10452 vom 23.10.2026 zu Ihrem Auftrag AB-2026-0933 (Ihre Bestellung 4500018823).

Rechnungsbetrag: %s EUR
Fällig: 22.11.2026 (30 Tage netto)

Die Rechnung liegt als XRechnung (CII) sowie als PDF-Sichtbeleg bei. Bitte zahlen Sie wie gewohnt auf unser Konto bei der Sparkasse Bielefeld, IBAN %s.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder +49 521 98765-430.

Mit freundlichen Grüßen
Buchhaltung
%s
''' % (eur(GROSS), fmt_iban(C.LIEF['iban_old']), LIEF_SIG), charset='iso-8859-15', cte='quoted-printable',
        atts=[pdf_att('RE-2026-10452.pdf', [
            ('Lieferant GmbH', 16, True), 'Eckendorfer Straße 91 · 33609 Bielefeld', '',
            'Example Group GmbH · Kreditorenbuchhaltung · Heerdter Lohweg 212 · 40549 Düsseldorf', '',
            ('Rechnung RE-2026-10452', 13, True),
            'Rechnungsdatum: 23.10.2026   Lieferdatum: 21.10.2026   Auftrag: AB-2026-0933   Ihre Bestellung: 4500018823', ''] +
            ['Pos. %s  %s  |  %d x %s EUR = %s EUR' % (p, t, q, eur(pr), eur(q * pr)) for p, t, q, pr in OFFER_ITEMS] +
            ['', 'Summe netto: %s EUR' % eur(NET), 'USt. 19 %%: %s EUR' % eur(VAT),
             ('Rechnungsbetrag: %s EUR' % eur(GROSS), 10, True), '',
             'Zahlbar bis 22.11.2026 ohne Abzug auf: Sparkasse Bielefeld, IBAN ' + fmt_iban(C.LIEF['iban_old']) + ', BIC ' + C.LIEF['bic_old'],
             '', ('Amtsgericht Bielefeld HRB 43817 · USt-IdNr. ' + C.LIEF['ust'], 8, False)],
            title='Rechnung RE-2026-10452', creator='proALPHA ERP', producer='proALPHA PDF Output 9.2',
            date="D:20261023095804+02'00'"),
              att('RE-2026-10452_xrechnung.xml', 'application/xml', _XR.encode('utf-8'))]),
    what='Genuine supplier invoice with XRechnung (CII XML) and PDF, paid to the known account.',
    why='Real domain/tenant, matches the order and the earlier quotation, payment to the long-standing Sparkasse account.',
    pair='fake-register-publication-invoice'))

BUSINESS.append(Msg(
    'supplier-dunning-supply-stop', '2026-11-12 08:45:30',
    C.LIEFERANT_M365,
    ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), [S('anja.brueckner')],
    'Letzte Mahnung – Liefersperre ab 20.11.2026 (Kunden-Nr. 20417)',
    Body('''Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 29.10.2026 und der Mahnung vom 05.11.2026 ist die folgende Rechnung weiterhin offen:

RE-2026-10418 vom 09.10.2026, fällig seit 08.11.2026: %s EUR

Wir fordern Sie hiermit letztmalig auf, den Betrag bis zum 19.11.2026 auf unser Ihnen bekanntes Konto bei der Sparkasse Bielefeld zu überweisen. Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns gezwungen, ab dem 20.11.2026 sämtliche offenen Aufträge, einschließlich AB-2026-1012 (Akkus für Ihren Hansebau-Rollout), zurückzustellen. Zudem berechnen wir Verzugszinsen gemäß § 288 Abs. 2 BGB sowie die Verzugspauschale von 40,00 EUR nach § 288 Abs. 5 BGB.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Unklarheiten rufen Sie uns gern an: +49 521 98765-430.

Mit freundlichen Grüßen

i. A. Jörg Brandes
Prokurist / Leitung Finanzbuchhaltung
%s
''' % (eur(INV2), LIEF_SIG), charset='iso-8859-15', cte='quoted-printable', html=True),
    cc=[('Petra Lang', 'p.lang@lieferant-gmbh.de'), S('frank.dietrich')],
    what='Genuine final reminder with threat of supply stop and statutory default charges.',
    why='Real supplier domain/tenant; payment to the known account, legally correct wording (§ 288 BGB), phone contact '
        'offered, no new bank details or links. Urgent but legitimate.',
    pair='supplier-bank-change-lookalike'))

BUSINESS.append(Msg(
    'sick-note-private-gmx', '2026-11-09 07:12:44',
    I.united('gmx', last=22, client_ip='87.123.%d.%d'),
    ('Ralf Otto', 'ralf.otto76@gmx.de'), [S('markus.hess')],
    'Krankmeldung Ralf Otto – ab heute',
    Body('''Guten Morgen Markus, hallo Birgit,

ich muss mich leider krankmelden, ich liege mit Fieber flach. Ich war gerade beim Hausarzt, die AU ist bis einschließlich Freitag (13.11.) ausgestellt und geht elektronisch an die TK, ihr könnt sie wie üblich abrufen.

Ich schreibe von meiner privaten Adresse, weil das Diensthandy seit Freitag im Lager auf dem Schreibtisch liegt.

Für das Lager: Die Abholung von Datenwerk am Mittwoch ist vorbereitet, die Paletten stehen in Halle 2, Gang C. Dennis hat die Lieferscheine und kann die Übergabe machen.

Viele Grüße
Ralf
''', charset='utf-8', cte='quoted-printable'),
    cc=[S('birgit.sommer')],
    what='Employee\'s sick note sent from his private GMX address to HR and the office manager.',
    why='Explains why the private address is used, electronic certificate via the health insurer (standard eAU process), '
        'operational hand-over details, no request involving money, links or data.',
    pair='payroll-diversion-freemail'))

_NL_URL = 'https://itk-channelreport.us21.list-manage.com/track/click?u=4f1b8c2e9a7d3e6f5a0b1c2d3&id=%s&e=%s'
_UNSUB = 'https://itk-channelreport.us21.list-manage.com/unsubscribe?u=4f1b8c2e9a7d3e6f5a0b1c2d3&id=8a2f61c0d4&e=%s&c=%s' % (
    h('b07e', 10), h('b07c', 10))
BUSINESS.append(Msg(
    'trade-newsletter-mailchimp', '2026-10-29 06:30:05',
    I.mailchimp(us='us21', user=41877720, mc_host_last=201),
    ('ITK-Channel Report', 'newsletter@itk-channelreport.de'), [S('kai.neumann')],
    'ITK-Channel Report 44/2026: Refurbished-Markt wächst zweistellig',
    Body('''Guten Morgen,

die Themen dieser Woche im ITK-Channel Report:

**Refurbished-Markt wächst zweistellig.** Laut aktueller Branchenerhebung stieg der Absatz aufbereiteter Business-Notebooks in Deutschland im dritten Quartal um 14 Prozent. Treiber sind das Supportende von Windows 10 und Nachhaltigkeitsvorgaben in Ausschreibungen. [[Weiterlesen|%s]]

**ElektroG-Novelle: Was Rücknahme und Aufbereitung jetzt beachten müssen.** Ein Überblick über neue Sammel- und Dokumentationspflichten für Erstbehandlungsanlagen. [[Weiterlesen|%s]]

**Leasing-Rückläufer: Datenlöschung nach DIN 66399 richtig dokumentieren.** Praxisleitfaden mit Checkliste. [[Weiterlesen|%s]]

**Termine:** Circular IT Summit, 19. November 2026, Köln. [[Programm ansehen|%s]]

Sie erhalten diesen Newsletter, weil Sie sich unter kai.neumann@example.com angemeldet haben.
[[Newsletter abbestellen|%s]] · [[Profil bearbeiten|%s]]

ITK-Channel Report · Fachverlag Lenz & Wirth GmbH · Bahnhofstraße 12 · 80335 München
''' % (_NL_URL % (h('n1', 10), h('e', 10)), _NL_URL % (h('n2', 10), h('e', 10)), _NL_URL % (h('n3', 10), h('e', 10)),
       _NL_URL % (h('n4', 10), h('e', 10)), _UNSUB, _UNSUB.replace('unsubscribe', 'profile')),
        charset='utf-8', cte='quoted-printable', brand=('ITK-Channel Report', '#1f4e79')),
    headers=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_4f1b8c2e9a7d3e6f5a0b1c2d3.8a2f61c0d4-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
              % (_UNSUB, h('b07e', 10))),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
             ('List-Id', '4f1b8c2e9a7d3e6f5a0b1c2d3mc list <4f1b8c2e9a7d3e6f5a0b1c2d3.41877720.list-id.mcsv.net>'),
             ('Precedence', 'bulk'), ('Reply-To', 'ITK-Channel Report <redaktion@itk-channelreport.de>')],
    what='Subscribed trade newsletter delivered via Mailchimp with List-Unsubscribe/One-Click.',
    why='Real ESP infrastructure with list headers, consistent sender, subscription notice and working unsubscribe; '
        'links are Mailchimp click-tracking of the publisher.'))

BUSINESS.append(Msg(
    'job-application-genuine', '2026-11-26 19:34:50',
    I.gmail(host='ed1', last=47),
    ('Jana Krause', 'jana.krause.it@gmail.com'), [S('markus.hess')],
    'Bewerbung als IT-Systemtechnikerin Refurbishing (m/w/d) – Jana Krause',
    Body('''Sehr geehrter Herr Heß,

auf Ihre Stellenanzeige auf StepStone bewerbe ich mich als IT-Systemtechnikerin im Bereich Refurbishing.

Ich habe im Sommer meine Ausbildung zur Fachinformatikerin für Systemintegration bei der Stadtverwaltung Mönchengladbach abgeschlossen und dort unter anderem den Rollout und die Rücknahme von rund 600 Notebooks begleitet, einschließlich Datenlöschung und Dokumentation. Besonders reizt mich an Ihrer Stelle die Kombination aus Hardware-Diagnose und Prozessarbeit im Lager.

Anschreiben, Lebenslauf und Zeugnisse finden Sie zusammengefasst in einer PDF-Datei im Anhang. Ich könnte zum 01.02.2027 beginnen.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Jana Krause
Tel. 0176 2294 8815
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[pdf_att('Bewerbung_Jana_Krause.pdf', [
            ('Jana Krause', 16, True), 'Lürriper Straße 18 · 41065 Mönchengladbach · 0176 2294 8815 · jana.krause.it@gmail.com', '',
            ('Bewerbung als IT-Systemtechnikerin Refurbishing (m/w/d)', 12, True), '',
            'Sehr geehrter Herr Heß,', '',
            'hiermit bewerbe ich mich um die ausgeschriebene Stelle ...', '',
            ('Lebenslauf', 12, True),
            '08/2023 - 07/2026  Ausbildung Fachinformatikerin Systemintegration, Stadt Mönchengladbach',
            '2020 - 2023        Fachhochschulreife, Berufskolleg Platz der Republik, Mönchengladbach',
            'Kenntnisse: Windows 11 Deployment (Intune/Autopilot), Hardware-Diagnose, Blancco, Linux-Grundlagen', '',
            ('Zeugnisse', 12, True), 'IHK-Abschlusszeugnis (Note: gut), Arbeitszeugnis Stadt Mönchengladbach'],
            title='Bewerbung Jana Krause', author='Jana Krause', creator='Writer', producer='LibreOffice 24.8',
            date="D:20261126191402+01'00'")]),
    what='Genuine job application from a Gmail address with a single unencrypted PDF.',
    why='Normal Gmail infrastructure, specific and verifiable CV details, plain PDF (text only), no archive or password.',
    pair='job-application-encrypted-zip'))
