"""German messages: 8 attacks, 8 genuine."""
import base64

from common import *  # noqa: F401,F403

LIEF_SIG = ('Lieferant GmbH\nIndustriestraße 12, 47829 Krefeld\nTel. +49 2151 4470-0 | www.lieferant-gmbh.de\n'
            'Geschäftsführer: Dr. Ulrich Hennes, Birgit Kamps | Amtsgericht Krefeld HRB 8841 | USt-IdNr. %s' % C.LIEF_VAT)


# =========================================================== ATTACKS ======
def a_ceo_fraud():
    t = T('DE', 2026, 10, 15, 16, 47, 12)
    body = """Hallo Sabine,

ich sitze bis Freitag in Mailand in den Gesprächen, von denen ich dir vor ein paar Wochen erzählt habe. Wir sind kurz davor, den Letter of Intent für die Übernahme eines italienischen Holzlack-Herstellers zu unterzeichnen. Weil die Muttergesellschaft des Verkäufers börsennotiert ist, gilt bis zur Ad-hoc-Meldung strikte Vertraulichkeit – bitte sprich im Haus vorerst mit niemandem darüber, auch nicht mit Jürgen oder im Controlling.

Für die Exklusivitätsphase muss heute noch eine Sicherheitsleistung auf das Anderkonto der begleitenden Kanzlei in Lissabon gehen:

Empfänger: Almeida & Sousa Advogados, Sociedade de Advogados SP RL
IBAN: %s
BIC: CGDIPTPL
Betrag: 248.500,00 EUR
Verwendungszweck: Projeto Aurora - caução exclusividade

Dr. Rui Almeida von der Kanzlei ist eingebunden und meldet sich bei dir, falls es Fragen zur Dokumentation gibt. Ich bin die nächsten Stunden in Verhandlungen und nur per Mail erreichbar, bitte nicht anrufen.

Kannst du mir kurz bestätigen, dass die Zahlung heute noch als Eilüberweisung rausgeht? Die Buchung und die Unterlagen für den Aufsichtsrat machen wir nächste Woche zusammen.

Danke dir!
Matthias
""" % ids.fmt(C.CEO_FAKE)
    return Mail('ceo-fraud-vertrauliche-akquisition', t=t, frm=('Matthias Köhler', 'm.koehler@examplegroup-eu.com'),
                to=C.P('cfo'), subject='Vertraulich: Projekt Aurora', hcs='UTF-8', henc='Q',
                body=text(body, 'utf-8', '8bit', label='UTF-8', params=[('format', 'flowed')]),
                profile=I.roundcube, pkw=dict(domain='examplegroup-eu.com', mailhost='mail.examplegroup-eu.com',
                                              vps_rdns='static.63.214.107.91.clients.your-server.de', vps_ip='91.107.214.63'),
                what='CEO fraud: "Matthias Köhler" asks the CFO for a confidential EUR 248,500 "escrow" transfer to a Portuguese law-firm account (Projekt Aurora).',
                why='Look-alike domain examplegroup-eu.com (Roundcube on a Hetzner VPS) instead of example.com via mail-int01/Exchange; secrecy, same-day urgency, "do not call", payment outside the approval process to a foreign client account - textbook BEC.')


def a_supplier_bank_change():
    t = T('DE', 2026, 10, 20, 10, 12, 40)
    body = """Sehr geehrter Herr Baumgärtner,

wie bereits mit Ihrem Kollegen Herrn Engel besprochen, stellen wir im Rahmen der Neuorganisation unseres Zahlungsverkehrs unsere Bankverbindung um. Wir bitten Sie, ab sofort sämtliche Zahlungen – insbesondere die noch offenen Rechnungen RE-2026-10418 vom 29.09.2026 und RE-2026-10533 vom 06.10.2026 über insgesamt 27.314,88 EUR – ausschließlich auf unser neues Geschäftskonto zu überweisen:

Kontoinhaber: Lieferant GmbH
Bank: Solaris SE
IBAN: %s
BIC: SOBKDEBBXXX

Die bisherige Verbindung bei der Sparkasse Krefeld wird zum Monatsende aufgelöst; Zahlungen dorthin können nicht mehr zugeordnet werden und gehen an Sie zurück. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Da unsere Telefonanlage im Zuge der Umstellung derzeit nur eingeschränkt erreichbar ist, bitten wir um eine kurze Bestätigung per E-Mail, sobald Sie die Stammdaten angepasst haben. Gern können Sie uns dabei auch gleich das voraussichtliche Zahlungsdatum mitteilen.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Debitorenmanagement
Lieferant GmbH
Industriestraße 12 · 47829 Krefeld
Tel. +49 2151 4470-233
""" % ids.fmt(C.LIEF_FAKE)
    letter = pdf([('h', 'Lieferant GmbH'), ('s', 'Industriestraße 12 · 47829 Krefeld · Tel. +49 2151 4470-0'), ('gap', 20),
                  ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nEmil-Hoffmann-Straße 41\n50996 Köln'), ('gap', 10),
                  ('right', 'Krefeld, 19.10.2026'), ('gap', 10),
                  ('b', 'Mitteilung über die Änderung unserer Bankverbindung'), ('gap', 6),
                  ('p', 'Sehr geehrte Damen und Herren,\n\nhiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH mit sofortiger Wirkung '
                        'ausschließlich auf folgendes Konto zu leisten sind:'), ('gap', 6),
                  ('row', [(70, 'Kontoinhaber:'), (200, 'Lieferant GmbH')]), ('row', [(70, 'Kreditinstitut:'), (200, 'Solaris SE, Berlin')]),
                  ('row', [(70, 'IBAN:'), (200, ids.fmt(C.LIEF_FAKE))]), ('row', [(70, 'BIC:'), (200, 'SOBKDEBBXXX')]), ('gap', 6),
                  ('p', 'Die bisherige Bankverbindung wird zum 31.10.2026 geschlossen. Bitte passen Sie Ihre Stammdaten umgehend an.\n\n'
                        'Mit freundlichen Grüßen\n\n\nDr. Ulrich Hennes\nGeschäftsführer'), ('gap', 30), ('rule',),
                  ('s', 'Lieferant GmbH · Amtsgericht Krefeld HRB 8841 · USt-IdNr. %s' % C.LIEF_VAT)],
                 'Mitteilung Bankverbindung', 'Petra Lang', 'Microsoft® Word für Microsoft 365', 'Microsoft® Word für Microsoft 365', t)
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1252', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1252'), 'windows-1252', 'quoted-printable')]),
                        pdf_att(letter, 'Lieferant_GmbH_Bankverbindung_2026.pdf')])
    return Mail('lieferant-bankverbindung-lookalike', t=t, frm=('Petra Lang', 'p.lang@lieferant-gmbh.com'), to=C.P('ap'),
                subject='Änderung unserer Bankverbindung / offene Rechnungen RE-2026-10418 und RE-2026-10533', hcs='iso-8859-1', henc='Q',
                body=b, profile=I.o365, pkw=dict(domain='lieferant-gmbh.com', srv='FR4P281MB3417', region='DEUP281',
                                                 obe=('DEU01-FR2-obe', 'mail-fr2deu01on2117', '52.101.135.117'), has_attach=True),
                what='Supplier bank-detail change: "Petra Lang, Lieferant GmbH" redirects two real open invoices (EUR 27,314.88) to a new Solaris SE account, with a forged letter PDF.',
                why='Sent from look-alike lieferant-gmbh.com (attacker Microsoft 365 tenant), not lieferant-gmbh.de; new account at a banking-as-a-service bank, phone "not reachable", asks for confirmation only by e-mail; contradicts the genuine change announced in business 02.')


def a_payroll_diversion():
    t = T('DE', 2026, 11, 4, 7, 58, 3)
    body = """Hallo Frau Schröder,

ich habe zum 1. November mein Gehaltskonto gewechselt. Könnten Sie bitte veranlassen, dass mein Gehalt ab der Novemberabrechnung auf das neue Konto überwiesen wird?

Kontoinhaberin: Katrin Vogt
Bank: N26 Bank
IBAN: %s
BIC: NTSBDEB1XXX

Das alte Konto bei der Sparkasse wird zum Monatsende geschlossen. Ich bin diese Woche durchgehend bei Kunden in Süddeutschland unterwegs und komme mit dem Laptop gerade nicht ins Mitarbeiterportal, deshalb schreibe ich Ihnen von meiner privaten Adresse.

Eine kurze Rückmeldung, wenn es erledigt ist, wäre super.

Vielen Dank und viele Grüße
Katrin Vogt
""" % ids.fmt(C.PAYROLL_FAKE)
    return Mail('gehaltskonto-aenderung-freemail', t=t, frm=('Katrin Vogt', 'katrin.vogt84@web.de'), to=C.P('hr'),
                subject='Neue Bankverbindung für Gehalt', body=text(body, 'utf-8', 'quoted-printable', label='UTF-8'),
                profile=I.gmx, pkw=dict(brand='webde', client_ip='102.89.47.163'),
                what='Payroll diversion: "Katrin Vogt" asks HR from a web.de address to pay her November salary to a new N26 account.',
                why='Employee impersonated from an unknown free-mail address, change requested by e-mail instead of the self-service portal, neobank mule account; web.de submission IP 102.89.47.163 is a Nigerian mobile network while she claims to be in southern Germany.')


def a_erechnung_portal():
    t = T('DE', 2026, 10, 27, 8, 3, 55)
    url = 'https://u4821007.ct.sendgrid.net/ls/click?upn=u001.' + base64.b64encode(b'erechnung-eingang.de/empfang/bestaetigen?id=RE-2026-11207&r=jb').decode().rstrip('=') + '-2FkQx7'
    body = """Guten Tag,

für Ihr Unternehmen Example Group GmbH liegt eine elektronische Rechnung im Format XRechnung (UBL 2.1) zur Abholung bereit:

Rechnungssteller: Lieferant GmbH, Krefeld
Rechnungsnummer: RE-2026-11207
Rechnungsdatum: 26.10.2026
Betrag: 18.742,60 EUR (fällig am 09.11.2026)

Die Zustellung an Ihr E-Rechnungspostfach ist fehlgeschlagen, weil für die Adresse juergen.baumgaertner@example.com noch keine Empfängerbestätigung nach § 14 Abs. 1 UStG hinterlegt ist. Seit dem 1. Januar 2025 müssen Unternehmen E-Rechnungen empfangen können; nicht bestätigte Empfänger werden nach 72 Stunden aus dem Zustellverzeichnis entfernt und die Rechnung an den Aussteller zurückgegeben.

[Empfang bestätigen und Rechnung öffnen](%s)

Die Anmeldung erfolgt mit Ihrem Microsoft-365-Geschäftskonto (Single Sign-On).

Mit freundlichen Grüßen
Ihr E-Rechnung Zustellservice
""" % url
    foot = 'Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\nE-Rechnung Zustellservice · Datenschutz · Impressum'
    blocks = [('h', 'Eingangsrechnung wartet auf Zustellung')] + [p for p in body.split('\n\n')[:-2]] + [('btn', 'Empfang bestätigen und Rechnung öffnen', url),
                                                                                                       'Die Anmeldung erfolgt mit Ihrem Microsoft-365-Geschäftskonto (Single Sign-On).']
    b = multi('alternative', [text(plain(body, 'colon') + '\n' + foot + '\n', 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#00508a', logo_text='E-Rechnung | Zustellservice', footer=foot,
                                                    preheader='XRechnung RE-2026-11207 über 18.742,60 EUR wartet auf Ihre Bestätigung'), 'utf-8', 'quoted-printable')])
    return Mail('e-rechnung-zustellportal-phishing', t=t, frm=('E-Rechnung Zustellservice', 'zustellung@erechnung-eingang.de'), to=C.P('ap'),
                subject='Eingangsrechnung RE-2026-11207 (XRechnung) – Zustellung ausstehend, Empfängerbestätigung erforderlich',
                body=b, profile=I.sendgrid, pkw=dict(sender_domain='erechnung-eingang.de', em='em4821', uid='48210077'),
                what='Credential phishing themed on the German e-invoicing mandate: a supplier XRechnung "could not be delivered" until the recipient confirms with a Microsoft 365 login.',
                why='No central "Zustellservice" exists for E-Rechnungen; unrelated new domain sending through SendGrid with click-tracking redirect; asks for M365 SSO login; 72-hour removal threat.')


def a_mfa_quishing():
    t = T('DE', 2026, 10, 21, 6, 12, 9)
    u = base64.b64encode(b'claudia.fuchs@example.com').decode()
    url = 'https://mfa-example.sharepoint-secure-login.com/enroll/?u=%s&sid=8f3a91c2e7' % u.replace('=', '%3D')
    body = """Sehr geehrte/r Claudia Fuchs,

im Rahmen der jährlichen Sicherheitsüberprüfung werden alle Konten der Domäne example.com auf die neue Multi-Faktor-Authentifizierung (Microsoft Authenticator mit Nummernabgleich) umgestellt. Für Ihr Konto claudia.fuchs@example.com ist die Neuregistrierung noch nicht abgeschlossen.

Bitte scannen Sie den unten stehenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten.

Frist: 23.10.2026, 18:00 Uhr. Nicht erneuerte Konten werden anschließend für Outlook, Teams und SharePoint gesperrt.

Aus Sicherheitsgründen ist der Code nur auf einem Mobilgerät gültig.

IT-Service / Microsoft 365 Administration
Example Group
"""
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
         '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#201f1e">'
         '<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1"><tr><td style="background:#0078d4;color:#fff;padding:14px 24px;font-size:18px">Microsoft 365 | Sicherheit</td></tr>'
         '<tr><td style="padding:20px 24px">' + '</p><p>'.join(['<p>' + p.replace('\n', '<br>') for p in body.strip().split('\n\n')[:2]]) + '</p>'
         '<p style="text-align:center"><img src="cid:mfa-qr-7731@example.com" width="200" height="200" alt="QR-Code"></p>'
         '<p style="color:#a4262c"><b>' + body.strip().split('\n\n')[2] + '</b></p><p style="font-size:12px;color:#605e5c">' + body.strip().split('\n\n')[3] + '</p>'
         '<p>IT-Service / Microsoft 365 Administration<br>Example Group</p></td></tr></table></body></html>\n')
    b = multi('related', [multi('alternative', [text(body, 'iso-8859-1', 'quoted-printable', label='iso-8859-1'),
                                                htmlpart(h, 'iso-8859-1', 'quoted-printable', label='iso-8859-1')]),
                          att(qr_png(url), 'image/png', 'mfa-qr.png', inline=True, cid='mfa-qr-7731@example.com', note='inline QR code -> sharepoint-secure-login.com')])
    return Mail('mfa-neuregistrierung-qr-code', t=t, frm=('Microsoft 365 Sicherheit | Example Group', 'info@malerbetrieb-schulte.de'),
                to=C.P('asst'), subject='Aktion erforderlich: Multi-Faktor-Authentifizierung bis 23.10.2026 erneuern',
                hcs='iso-8859-1', henc='Q', body=b,
                profile=I.cpanel_php, pkw=dict(server='srv17.webspace-profis.de', server_ip='185.26.156.88', cpuser='schultem',
                                               site='malerbetrieb-schulte.de',
                                               script='/home/%s/public_html/wp-content/uploads/2026/10/class-wp-mail-cache.php'),
                what='Quishing: fake "Microsoft 365 Sicherheit" MFA re-registration with an inline PNG QR code leading to an AiTM login page; account-lock deadline.',
                why='Sent by a PHP script on a compromised painter\'s WordPress site (cPanel/Exim, From display name only); QR code hides the URL sharepoint-secure-login.com with the victim address base64-encoded; IT announced (business 06) that QR codes are never sent by e-mail.')


def a_register_invoice():
    t = T('DE', 2026, 11, 10, 9, 31, 0)
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung für die Eintragung und Veröffentlichung Ihrer Marke im Deutschen Markenregister (DMR).

Marke: EXACOLOR
Registernummer (DPMA): 30 2026 018 734
Inhaber: Example Group GmbH, Köln
Nizza-Klassen: 2, 19
Rechnungsbetrag: 2.380,00 EUR (inkl. 19 % MwSt.)

Bitte überweisen Sie den Betrag innerhalb von 8 Tagen unter Angabe der Rechnungsnummer auf das in der Rechnung angegebene Konto, damit die Veröffentlichung Ihrer Marke für die gesamte Schutzdauer sichergestellt ist.

Mit freundlichen Grüßen
DMR Deutsches Markenregister
Abteilung Markenveröffentlichung
"""
    inv = pdf([('h', 'DMR · Deutsches Markenregister'), ('s', 'Register für Marken- und Patentveröffentlichungen · Friedrichstraße 95 · 10117 Berlin'),
               ('gap', 18), ('p', 'Example Group GmbH\nEmil-Hoffmann-Straße 41\n50996 Köln'), ('gap', 8),
               ('b', 'RECHNUNG Nr. DMR-2026-118734'), ('right', 'Datum: 09.11.2026'), ('gap', 6),
               ('row', [(50, 'Marke'), (200, 'EXACOLOR (Wortmarke)')]), ('row', [(50, 'Aktenzeichen DPMA'), (200, '30 2026 018 734')]),
               ('row', [(50, 'Anmeldetag'), (200, '14.08.2026')]), ('row', [(50, 'Klassen'), (200, '2, 19')]), ('gap', 6), ('rule',),
               ('row', [(50, 'Eintragung und Veröffentlichung, Laufzeit 3 Jahre'), (440, '2.000,00 EUR')]),
               ('row', [(50, 'MwSt. 19 %'), (440, '380,00 EUR')]), ('row', [(50, 'Gesamtbetrag'), (440, '2.380,00 EUR')]), ('rule',),
               ('p', 'Zahlbar innerhalb von 8 Tagen ohne Abzug an: DMR Register, IBAN %s, BIC ALBPPLPW. Verwendungszweck: DMR-2026-118734' % ids.fmt(C.REGISTER_FAKE)),
               ('gap', 20),
               ('s', 'Hinweis: Das DMR ist ein privates Register und steht in keiner Verbindung zum Deutschen Patent- und Markenamt (DPMA). Dieses Schreiben ist ein Angebot. '
                     'Mit Zahlung des Rechnungsbetrages kommt ein Vertrag über die Veröffentlichung im DMR mit einer Laufzeit von 3 Jahren zustande, der sich um jeweils '
                     'ein Jahr verlängert, wenn er nicht 3 Monate vor Ablauf gekündigt wird. Es gelten die AGB unter www.dmr-markenregister.eu.')],
              'Rechnung DMR-2026-118734', 'DMR', 'wkhtmltopdf 0.12.6', 'wkhtmltopdf 0.12.6', t)
    b = multi('mixed', [text(body, 'utf-8', 'base64'), pdf_att(inv, 'Rechnung_DMR-2026-118734.pdf', note='text-only invoice, PL IBAN, small-print offer')])
    return Mail('markenregister-rechnung-registerfalle', t=t, frm=('DMR Deutsches Markenregister', 'rechnung@dmr-markenregister.eu'),
                to=C.P('ap'), subject='Rechnung Nr. DMR-2026-118734 – Veröffentlichung Ihrer Marke EXACOLOR', body=b,
                profile=I.mailgun, pkw=dict(mgdomain='mg.dmr-markenregister.eu'),
                what='Fake register invoice ("Registerfalle"): private "Deutsches Markenregister" bills EUR 2,380 for publishing a freshly filed trademark; payment to a Polish account.',
                why='Official-looking name and the real DPMA file number harvested from the public register, but the PDF small print says it is an offer for a private directory with auto-renewal; no service rendered; foreign IBAN; bulk sending through Mailgun.')


def a_sds_html_attachment():
    t = T('DE', 2026, 11, 17, 13, 44, 30)
    body = """Sehr geehrter Herr Engel,

gemäß Artikel 31 der REACH-Verordnung (EG) Nr. 1907/2006 informieren wir Sie über überarbeitete Sicherheitsdatenblätter für folgende von Ihnen bezogene Produkte:

- Titandioxid Rutil R-960 (SDB Version 7.2, Änderungen in Abschnitt 2 und 11)
- Eisenoxidrot 130M (SDB Version 5.0)
- Acrylat-Dispersion AD 3114 (SDB Version 4.1, neuer UFI-Code)

Wegen der geänderten Einstufung nach CLP in Abschnitt 2 benötigen wir für unsere Dokumentation eine Empfangsbestätigung. Die Dokumente und das Bestätigungsformular finden Sie im Anhang; die Anmeldung erfolgt mit Ihrem Firmenkonto.

Bitte bestätigen Sie bis spätestens 24.11.2026, da wir andernfalls aus haftungsrechtlichen Gründen Lieferungen nur noch unter Vorbehalt ausführen können.

Mit freundlichen Grüßen
i. A. Dr. Jana Köster
Produktsicherheit & Regulatory Affairs
Lieferant GmbH
"""
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Dokumentenfreigabe - Lieferant GmbH SDB-Portal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;margin:0}.box{width:380px;margin:80px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:22px;font-weight:600;margin:16px 0}input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}.f{font-size:13px;color:#555}</style></head>
<body><div class="box">
<div style="font-size:19px;color:#737373">&#9632;&#9632; Microsoft</div>
<h1>Dokument anzeigen</h1>
<p class="f">Lieferant GmbH hat 3 Sicherheitsdatenblätter für Sie freigegeben. Melden Sie sich an, um den Empfang zu bestätigen.</p>
<form method="post" action="https://lieferant-sdb-portal.de/sdb/auth/verify.php">
<input type="hidden" name="doc" value="SDB-KW47-EXG">
<input type="email" name="login" value="markus.engel@example.com" readonly>
<input type="password" name="passwd" placeholder="Kennwort" required>
<p class="f">Kennwort vergessen?</p>
<button type="submit">Anmelden</button>
</form>
<div style="clear:both"></div>
</div></body></html>
"""
    b = multi('mixed', [multi('alternative', [text(body, 'iso-8859-15', 'quoted-printable'),
                                              htmlpart(html_simple(body, 'iso-8859-15'), 'iso-8859-15', 'quoted-printable')]),
                        att(page, 'text/html', 'SDB_Freigabe_Lieferant_GmbH_KW47.htm', cte='base64', text_charset='utf-8', note='fake Microsoft sign-in form, no script')])
    return Mail('sdb-reach-html-anhang-phishing', t=t, frm=('Lieferant GmbH | Produktsicherheit', 'sdb@lieferant-sdb-portal.de'),
                to=C.P('proc'), subject='Aktualisierte Sicherheitsdatenblätter (REACH/CLP) – Empfangsbestätigung bis 24.11.2026',
                hcs='iso-8859-15', henc='Q', body=b,
                profile=I.vps_php, pkw=dict(mailhost='mail.lieferant-sdb-portal.de', vps_rdns='vmi2215874.contaboserver.net', vps_ip='207.180.219.44'),
                what='Trade-specific credential phishing: "updated REACH/CLP safety data sheets" from the pigment supplier, with an HTML attachment that is a fake Microsoft sign-in form pre-filled with the buyer\'s address.',
                why='Look-alike domain lieferant-sdb-portal.de on a Contabo VPS (PHPMailer via local Postfix, www-data); SDS never require a login acknowledgement; HTML attachment posts the password to lieferant-sdb-portal.de; supply threat as pressure.')


def a_abmahnung_zip():
    t = T('DE', 2026, 10, 29, 11, 5, 27)
    body = """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen des Berufsfotografen Herrn Lukas Berghoff, Düsseldorf, vertreten. Eine auf uns lautende Vollmacht liegt bei.

Unser Mandant ist Urheber der Fotografie „Fassade Altbau Sonnenlicht 04“. Auf Ihrer Internetseite www.example.com wird diese Aufnahme ohne Lizenz auf der Produktseite „Fassadenfarbe Silikonharz Premium“ öffentlich zugänglich gemacht (§ 19a UrhG). Screenshots und Bildnachweise mit Zeitstempel haben wir in der Anlage zusammengestellt.

Namens und in Vollmacht unseres Mandanten fordern wir Sie auf, bis zum 06.11.2026 die beigefügte strafbewehrte Unterlassungserklärung abzugeben und Schadensersatz nach Lizenzanalogie in Höhe von 3.480,00 EUR zuzüglich unserer Kosten zu leisten. Nach fruchtlosem Fristablauf werden wir unserem Mandanten gerichtliche Schritte empfehlen.

Aus datenschutzrechtlichen Gründen ist die Anlage verschlüsselt. Kennwort: AZ41226

Mit freundlichen Grüßen

Dr. Florian Hartmann
Rechtsanwalt

Hartmann & Kollegen Rechtsanwälte
Königsallee 58, 40212 Düsseldorf
"""
    rng = __import__('random').Random('zip-a08')
    z = attach.make_zip([('Abmahnung_412-26_Bildnachweise.pdf.lnk', PLACEHOLDER),
                         ('Unterlassungserklaerung_412-26.pdf.lnk', PLACEHOLDER)], password='AZ41226', rng=rng, when=(2026, 10, 29, 10, 52, 0))
    b = multi('mixed', [multi('alternative', [text(body, 'utf-8', 'quoted-printable', label='"UTF-8"'),
                                              htmlpart(html_gmail(body), 'utf-8', 'quoted-printable', label='"UTF-8"')]),
                        zip_att(z, 'Abmahnung_Az_412-26_HK.zip', note='ZipCrypto, password AZ41226; members: Abmahnung_412-26_Bildnachweise.pdf.lnk, Unterlassungserklaerung_412-26.pdf.lnk (placeholders)')])
    return Mail('abmahnung-urheberrecht-zip-passwort', t=t, frm=('Rechtsanwaltskanzlei Hartmann & Kollegen', 'ra.hartmann.kollegen@gmail.com'),
                to=('Example Group Info', 'info@example.com'), subject='Abmahnung wegen Urheberrechtsverletzung – Az. 412/26 HK – Frist 06.11.2026',
                hcs='UTF-8', henc='Q', body=b, profile=I.gmail, pkw=dict(node='wm1'),
                what='Fake copyright cease-and-desist (photographer) with a ZipCrypto-encrypted archive whose members are .pdf.lnk files; password in the body.',
                why='A "law firm" writing from Gmail, encrypted archive to defeat scanning, LNK shortcuts disguised as PDFs (malware loader pattern), legal threat and deadline; no verifiable case details.')


def attacks():
    return [a_ceo_fraud(), a_supplier_bank_change(), a_payroll_diversion(), a_erechnung_portal(), a_mfa_quishing(),
            a_register_invoice(), a_sds_html_attachment(), a_abmahnung_zip()]


# =========================================================== BUSINESS =====
def b_ceo_urgent():
    t = T('DE', 2026, 10, 22, 9, 12, 44)
    body = """Hallo Herr Baumgärtner,

wie heute früh im Einkaufs-Jour-fixe besprochen: Lieferant GmbH bestätigt uns die 40 t Titandioxid für KW 44 nur gegen 30 % Anzahlung, weil sie ihre Allokation sonst an einen anderen Kunden vergeben. Ohne diese Lieferung steht ab Anfang November die Dispersionslinie in Halle 3.

Bitte geben Sie die Anzahlung heute noch frei:

Bestellung: 4500187734 (Herr Engel)
Proforma-Rechnung: PR-2026-0912 vom 21.10.2026, liegt im DMS an der Bestellung
Betrag: 61.380,00 EUR
Bankverbindung: wie in den SAP-Stammdaten hinterlegt (Kreditor 700418)

Die Freigabe bitte ganz normal im Vier-Augen-Prinzip über Frau Weiß, sie ist in cc und informiert. Wenn die Zahlung bis 14 Uhr im Zahllauf ist, bekommt Herr Engel den Liefertermin noch heute schriftlich bestätigt.

Bei Rückfragen bin ich ab 11 Uhr wieder im Haus oder mobil erreichbar.

Vielen Dank und viele Grüße
Matthias Köhler

--
""" + staff_sig('ceo', 'de', ['Example Group GmbH'])
    b = multi('alternative', [text(body, 'iso-8859-1', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable')])
    return Mail('ceo-dringende-anzahlung-intern', t=t, frm=C.P('ceo'), to=C.P('ap'), cc=[C.P('cfo')],
                subject='Dringend: Anzahlung Lieferant GmbH heute freigeben (Bestellung 4500187734)', hcs='iso-8859-1', henc='Q',
                body=b, profile=I.exchange_internal, pkw=dict(host='EXCH01', client_ip='10.30.12.57'),
                what='The CEO\'s genuine urgent request to release a EUR 61,380 down-payment to the pigment supplier today.',
                why='Internal: mx01 <- mail-int01 <- Exchange 2019 MAPI submission from an internal client IP; refers to a known PO, proforma in the DMS and the vendor master record; four-eyes release via the CFO in cc; invites a phone call.',
                pair=(['ceo-fraud-vertrauliche-akquisition'], 'Same "urgent payment today" pressure from the CEO, but internal relay, existing supplier, master-data account and normal approval instead of secrecy and a new foreign account.'))


def b_supplier_bank_change():
    t = T('DE', 2026, 10, 1, 14, 5, 10)
    body = """Sehr geehrte Damen und Herren,
sehr geehrter Herr Baumgärtner,

wir führen zum 01.11.2026 unseren gesamten Zahlungsverkehr bei der Deutschen Bank zusammen. Bitte beachten Sie für Zahlungen ab diesem Datum unsere neue Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Deutsche Bank AG, Filiale Krefeld
IBAN: %s
BIC: DEUTDEDD320

Unsere bisherige Verbindung bei der Sparkasse Krefeld (IBAN %s) bleibt bis zum 31.12.2026 parallel bestehen; Zahlungen dorthin werden selbstverständlich weiterhin zugeordnet.

Das unterschriebene Schreiben unserer Geschäftsführung erhalten Sie zusätzlich per Post, eine Kopie liegt als PDF bei. Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung vor der Anpassung Ihrer Stammdaten telefonisch über unsere Zentrale 02151 4470-0 oder bei Ihrem Ansprechpartner Herrn Maier (02151 4470-214) – nicht über Kontaktdaten aus einer E-Mail. Wir werden Sie niemals per E-Mail auffordern, offene Rechnungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

i. A. Sandra Offermann
Finanzbuchhaltung

%s
""" % (ids.fmt(C.LIEF_NEW), ids.fmt(C.LIEF_OLD), LIEF_SIG)
    letter = pdf([('h', 'Lieferant GmbH'), ('s', 'Industriestraße 12 · 47829 Krefeld · Tel. +49 2151 4470-0 · www.lieferant-gmbh.de'), ('gap', 20),
                  ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nEmil-Hoffmann-Straße 41\n50996 Köln'), ('gap', 8),
                  ('right', 'Krefeld, 30.09.2026'), ('gap', 8), ('b', 'Änderung unserer Bankverbindung zum 01.11.2026'), ('gap', 6),
                  ('p', 'Sehr geehrte Damen und Herren,\n\nzum 01.11.2026 bündeln wir unseren Zahlungsverkehr bei der Deutschen Bank AG. '
                        'Bitte verwenden Sie ab diesem Datum folgende Bankverbindung:'), ('gap', 4),
                  ('row', [(70, 'Kontoinhaber:'), (200, 'Lieferant GmbH')]), ('row', [(70, 'Kreditinstitut:'), (200, 'Deutsche Bank AG, Filiale Krefeld')]),
                  ('row', [(70, 'IBAN:'), (200, ids.fmt(C.LIEF_NEW))]), ('row', [(70, 'BIC:'), (200, 'DEUTDEDD320')]), ('gap', 4),
                  ('p', 'Die bisherige Verbindung bei der Sparkasse Krefeld (%s) bleibt bis 31.12.2026 bestehen. '
                        'Bitte bestätigen Sie die Änderung telefonisch unter 02151 4470-0.\n\nMit freundlichen Grüßen\n\n\n'
                        'Dr. Ulrich Hennes                    Birgit Kamps\nGeschäftsführer                       Geschäftsführerin' % ids.fmt(C.LIEF_OLD)),
                  ('gap', 24), ('rule',), ('s', 'Lieferant GmbH · Amtsgericht Krefeld HRB 8841 · USt-IdNr. %s · Sparkasse Krefeld · Deutsche Bank AG' % C.LIEF_VAT)],
                 'Änderung Bankverbindung 01.11.2026', 'Sandra Offermann', 'Microsoft® Word für Microsoft 365', 'Microsoft® Word für Microsoft 365', t)
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1252', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1252'), 'windows-1252', 'quoted-printable')]),
                        pdf_att(letter, 'Lieferant_GmbH_Mitteilung_Bankverbindung.pdf')])
    return Mail('lieferant-neue-bankverbindung-echt', t=t, frm=('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
                to=C.P('ap'), cc=[('Stefan Maier', 's.maier@lieferant-gmbh.de')], hcs='iso-8859-1', henc='Q',
                subject='Mitteilung: Neue Bankverbindung der Lieferant GmbH ab 01.11.2026 (Kunden-Nr. 10-44817)', body=b,
                profile=I.o365, pkw=dict(domain='lieferant-gmbh.de', srv='FR2P281MB0173', region='DEUP281',
                                         obe=('DEU01-BE0-obe', 'mail-be0deu01on2105', '52.101.128.105'), has_attach=True),
                tenant='5c1f0e7a-3b2d-4e8f-9a61-7d2c4b8e0f13',
                what='Genuine announcement by Lieferant GmbH of a new bank account (Deutsche Bank) from 01.11.2026, with signed letter PDF.',
                why='Real domain lieferant-gmbh.de from its Microsoft 365 tenant, key account in cc, old account stays valid for two months, letter also by post, explicitly asks for phone verification via known numbers; account held at the company\'s house bank.',
                pair=(['lieferant-bankverbindung-lookalike'], 'Same supplier and topic; genuine domain, long transition, phone verification requested, no pressure on specific open invoices.'))


def b_dunning():
    t = T('DE', 2026, 11, 19, 6, 30, 2)
    body = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 09.11.2026 konnten wir für die nachstehenden Rechnungen bis heute keinen Zahlungseingang feststellen:

Rechnung        Datum        fällig        Betrag EUR
RE-2026-10874   22.10.2026   05.11.2026     23.517,40
RE-2026-10911   27.10.2026   10.11.2026     18.388,77
Summe offen                                 41.906,17

Bitte überweisen Sie den offenen Betrag bis spätestens 26.11.2026 auf unser Konto bei der Deutschen Bank (IBAN %s).

Sollte bis dahin kein Zahlungseingang erfolgen, sind wir gezwungen, Ihr Kundenkonto ab dem 27.11.2026 für weitere Lieferungen zu sperren bzw. Aufträge nur noch gegen Vorkasse auszuführen. Davon wären auch die bestätigten Abrufe für KW 49 (Auftrag AB-2026-55120) betroffen.

Sollten sich Zahlung und Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos. Bei Unstimmigkeiten erreichen Sie uns unter 02151 4470-0.

Mit freundlichen Grüßen
Lieferant GmbH - Finanzbuchhaltung

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""" % ids.fmt(C.LIEF_NEW)
    doc = pdf([('h', 'Lieferant GmbH'), ('s', 'Industriestraße 12 · 47829 Krefeld'), ('gap', 14),
               ('p', 'Example Group GmbH\nEmil-Hoffmann-Straße 41\n50996 Köln'), ('gap', 6), ('b', '2. Mahnung'),
               ('row', [(50, 'Kunden-Nr.'), (160, '10-44817'), (330, 'Datum'), (420, '19.11.2026')]), ('gap', 4), ('rule',),
               ('row', [(50, 'Rechnung'), (160, 'Datum'), (260, 'fällig'), (420, 'Betrag EUR')]),
               ('row', [(50, 'RE-2026-10874'), (160, '22.10.2026'), (260, '05.11.2026'), (420, '23.517,40')]),
               ('row', [(50, 'RE-2026-10911'), (160, '27.10.2026'), (260, '10.11.2026'), (420, '18.388,77')]), ('rule',),
               ('row', [(50, 'Summe offen'), (420, '41.906,17')]), ('gap', 8),
               ('p', 'Zahlbar bis 26.11.2026 auf: Deutsche Bank AG, IBAN %s, BIC DEUTDEDD320. Ab 27.11.2026 Liefersperre bzw. Lieferung nur gegen Vorkasse.' % ids.fmt(C.LIEF_NEW)),
               ('gap', 20), ('s', 'Lieferant GmbH · HRB 8841 AG Krefeld · USt-IdNr. %s' % C.LIEF_VAT)],
              'Mahnung 10-44817', 'Lieferant GmbH', 'Microsoft Dynamics 365 Business Central', 'Microsoft Dynamics 365 Business Central', t)
    b = multi('mixed', [text(body, 'iso-8859-1', 'base64'), pdf_att(doc, 'Mahnung_2_10-44817_20261119.pdf')])
    return Mail('lieferant-2-mahnung-liefersperre', t=t, frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
                to=C.P('ap'), cc=[C.P('proc')], subject='2. Mahnung - Kunden-Nr. 10-44817 - Liefersperre ab 27.11.2026',
                body=b, profile=I.o365, pkw=dict(domain='lieferant-gmbh.de', srv='FR2P281MB0173', region='DEUP281',
                                                 obe=('DEU01-BE0-obe', 'mail-be0deu01on2105', '52.101.128.106'), has_attach=True),
                tenant='5c1f0e7a-3b2d-4e8f-9a61-7d2c4b8e0f13',
                what='Genuine second dunning letter from the supplier\'s ERP with a threat to stop deliveries from 27.11.',
                why='Genuine supplier tenant, invoices and customer number consistent with earlier correspondence, pays to the already announced and verified account, offers phone contact; threat of supply stop is ordinary credit control.',
                pair=(['lieferant-bankverbindung-lookalike', 'ceo-fraud-vertrauliche-akquisition'], 'Urgent payment pressure with a deadline, but no change of account and a consistent, verifiable sender.'))


def b_sick_note():
    t = T('DE', 2026, 11, 9, 6, 41, 18)
    body = """Hallo Anja,

ich liege seit gestern Abend mit Fieber flach, mein Hausarzt hat mich heute früh bis einschließlich Freitag krankgeschrieben. Die AU geht ja inzwischen elektronisch an die Kasse (TK), ihr könnt sie wie üblich abrufen.

Mein Diensthandy liegt im Büro, deshalb schreibe ich von meiner privaten Adresse. Die Vertretung im Lager übernimmt Dennis Yilmaz, er weiß wegen der Verladung nach Wrocław am Mittwoch Bescheid. Thomas Brandt hab ich gebeten, meine Abwesenheitsnotiz einzuschalten.

Gruß
Uwe
"""
    return Mail('krankmeldung-private-mail', t=t, frm=('Uwe Großmann', 'uwe.grossmann@gmx.de'), to=C.P('hr'),
                subject='Krankmeldung Uwe Großmann bis Freitag', body=text(body, 'utf-8', 'quoted-printable', label='UTF-8'),
                profile=I.gmx, pkw=dict(brand='gmx', client_ip='84.161.203.17'),
                what='Warehouse manager reports sick from his private GMX address.',
                why='Private address but nothing is requested except registering the absence; eAU comes from the health insurer; plausible German consumer IP (Telekom); deputy named; no link, no payment data.',
                pair=(['gehaltskonto-aenderung-freemail'], 'Employee writing to HR from free mail; differs by content (no bank change), context and origin.'))


def b_newsletter():
    t = T('DE', 2026, 11, 12, 10, 0, 5)
    track = lambda s: 'https://r.sp1-brevo.net/mk/cl/f/sh/%s' % base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')
    lu = '<https://lackforum-aktuell.de/newsletter/abmelden?uid=7f31c9a0b2&list=4>, <mailto:abmelden@lackforum-aktuell.de?subject=unsubscribe%207f31c9a0b2>'
    items = [
        ('TiO2-Preise: Hersteller kündigen für Q1/2027 weitere Aufschläge an', 'Mehrere europäische Titandioxid-Produzenten haben Preiserhöhungen von 150 bis 250 EUR/t angekündigt. Wir fassen die Lage am Rohstoffmarkt zusammen.', 'tio2-q1-2027'),
        ('E-Rechnung 2027: Was ändert sich zum Ende der Übergangsfrist?', 'Ab 1. Januar 2027 dürfen Unternehmen mit mehr als 800.000 EUR Vorjahresumsatz keine Papier- oder PDF-Rechnungen mehr ausstellen. Ein Überblick für Lack- und Farbenhersteller.', 'erechnung-2027'),
        ('Webinar am 3. Dezember: VOC-Grenzwerte und Decopaint-Richtlinie', 'Unsere Referentin erläutert den Stand der Überarbeitung und die Folgen für wasserbasierte Fassadenfarben. Teilnahme kostenfrei.', 'webinar-voc'),
    ]
    ptxt = 'Lackforum Aktuell - Ausgabe 11/2026\n\nGuten Tag Herr Engel,\n\ndie Themen dieser Ausgabe:\n\n'
    blocks = [('h', 'Lackforum Aktuell · Ausgabe 11/2026'), 'Guten Tag Herr Engel,\ndie Themen dieser Ausgabe:']
    for title, teaser, slug in items:
        u = track('https://lackforum-aktuell.de/%s?utm_source=brevo&utm_medium=email&utm_campaign=nl-2026-11' % slug)
        ptxt += '%s\n%s\nWeiterlesen: %s\n\n' % (title, teaser, u)
        blocks += [('h', title), teaser + '\n[Weiterlesen](%s)' % u]
    foot = ('Sie erhalten diesen Newsletter, weil Sie sich am 14.03.2025 auf lackforum-aktuell.de angemeldet haben.\n'
            '[Newsletter abbestellen](https://lackforum-aktuell.de/newsletter/abmelden?uid=7f31c9a0b2&list=4) · Lackforum Medien GmbH, Hansaring 20, 50670 Köln · HRB 99412 AG Köln')
    ptxt += plain(foot, 'paren')
    b = multi('alternative', [text(ptxt, 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#7a1f2b', logo_text='Lackforum Aktuell', footer=foot,
                                                    preheader='TiO2-Preise, E-Rechnung 2027, Webinar VOC'), 'utf-8', 'quoted-printable')])
    return Mail('newsletter-lackforum-brevo', t=t, frm=('Lackforum Aktuell', 'newsletter@lackforum-aktuell.de'),
                to=('Markus Engel', C.A('proc')), subject='Lackforum Aktuell 11/2026: TiO2-Preise, E-Rechnung 2027, Webinar VOC',
                body=b, profile=I.brevo, pkw=dict(account='3318920'), list_unsub=lu,
                what='Subscribed trade newsletter (coatings industry) sent through Brevo.',
                why='Consistent sender domain and ESP, List-Unsubscribe with one-click, subscription date stated, publisher imprint; only article links, no login or payment request.',
                pair=(['e-rechnung-zustellportal-phishing'], 'Also about E-Rechnung and sent through a bulk ESP, but informational with working unsubscribe and no credential request.'))


def b_it_notice():
    t = T('DE', 2026, 10, 19, 15, 20, 31)
    body = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 (Outlook, Teams, SharePoint) auf den Microsoft Authenticator mit Nummernabgleich um. SMS-Codes werden danach nicht mehr unterstützt.

Was Sie tun müssen:
1. Öffnen Sie am PC im Firmennetz oder per VPN die Seite [https://aka.ms/mysecurityinfo](https://aka.ms/mysecurityinfo) und melden Sie sich wie gewohnt an.
2. Wählen Sie "Anmeldemethode hinzufügen" > "Authenticator-App" und folgen Sie den Schritten. Den QR-Code zeigt Ihnen dabei ausschließlich diese Microsoft-Seite an.
3. Eine bebilderte Anleitung finden Sie im Intranet unter [IT > Anleitungen > MFA](https://intranet.example.com/it/anleitungen/mfa).

Bitte beachten Sie: Wir verschicken keine QR-Codes per E-Mail und drohen nie per Mail mit Kontosperrungen. Nachrichten, die Sie zum Scannen eines QR-Codes oder zu einer "Neuregistrierung" auffordern, melden Sie bitte über den Button "Phishing melden" in Outlook.

Bei Fragen erreichen Sie den IT-Service unter Durchwahl -333 oder it-service@example.com.

Viele Grüße
Lena Hoffmann
IT-Sicherheit
"""
    b = multi('alternative', [text(plain(body, 'label'), 'iso-8859-1', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable')])
    return Mail('it-info-mfa-umstellung-intern', t=t, frm=C.P('sec'), to=('Alle Mitarbeitenden Köln', 'alle-koeln@example.com'),
                rcpt=C.A('asst'), subject='IT-Info: Anmeldung mit Microsoft Authenticator (Nummernabgleich) ab 02.11.2026',
                hcs='iso-8859-1', henc='Q', body=b, profile=I.exchange_internal, pkw=dict(host='EXCH02', client_ip='10.30.14.22'),
                what='Internal IT notice announcing the switch to Authenticator number matching, with a warning about QR-code phishing.',
                why='From the mail admin through Exchange and mail-int01 to a distribution list; links only to aka.ms and the intranet; explicitly no QR codes by mail.',
                pair=(['mfa-neuregistrierung-qr-code'], 'Same topic (MFA re-registration), but internal path, no deadline or lockout threat, no QR code, official Microsoft URL.'))


def b_docusign():
    t = T('DE', 2026, 12, 3, 10, 17, 45)
    env, acct, er = 'a3c91f02-7d4e-4b1a-9e58-2f6c0d8b7a41', 'd1e5b8c2-4f90-4a37-b6e1-8c3d2a9f5e07', 'f7b2e9d4-1c8a-4e6f-a053-9d4b7e2c1f68'
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    code = 'A3C91F027D4E4B1A9E582F6C0D8B7A412'
    body = """Dr. Katrin Berger hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.

[DOKUMENT ÜBERPRÜFEN](%s)

Dr. Katrin Berger
k.berger@berger-stb.de

Sehr geehrte Frau Weiß,

anbei wie besprochen unsere Auftragsbestätigung für die Prüfung des Jahresabschlusses 2026 der Example Group GmbH zur Unterzeichnung. Die Honorarvereinbarung entspricht dem Vorjahr.

Mit freundlichen Grüßen
Katrin Berger

Diese Nachricht nicht weiterleiten
Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an andere weiter.

Alternative Signaturmethode
Besuchen Sie docusign.com, klicken Sie auf "Auf Dokumente zugreifen" und geben Sie folgenden Sicherheitscode ein: %s

Über Docusign
Dokumente in wenigen Minuten elektronisch unterzeichnen. Sicher. Einfach. Zuverlässig. Ob im Büro, zu Hause oder unterwegs - Docusign bietet eine vertrauenswürdige Lösung für Digital Transaction Management.

Fragen zum Dokument?
Wenn Sie das Dokument ändern müssen oder Fragen zu den Details haben, wenden Sie sich bitte direkt an den Absender.
""" % (url, code)
    blocks = [('h', 'Dr. Katrin Berger hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.'), ('btn', 'DOKUMENT ÜBERPRÜFEN', url),
              'Dr. Katrin Berger\n[k.berger@berger-stb.de](mailto:k.berger@berger-stb.de)',
              'Sehr geehrte Frau Weiß,\nanbei wie besprochen unsere Auftragsbestätigung für die Prüfung des Jahresabschlusses 2026 der Example Group GmbH zur Unterzeichnung. Die Honorarvereinbarung entspricht dem Vorjahr.\nMit freundlichen Grüßen\nKatrin Berger',
              ('small', 'Diese Nachricht nicht weiterleiten\nDiese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an andere weiter.'),
              ('small', 'Alternative Signaturmethode\nBesuchen Sie docusign.com, klicken Sie auf "Auf Dokumente zugreifen" und geben Sie folgenden Sicherheitscode ein: %s' % code)]
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#1e1e2f', logo_text='Docusign',
                                                    footer='Diese Nachricht wurde an sabine.weiss@example.com gesendet.\n[Datenschutz](https://www.docusign.com/de-de/datenschutz) · Copyright 2026 Docusign, Inc.'),
                                       'utf-8', 'quoted-printable')])
    return Mail('docusign-auftragsbestaetigung-steuerberater', t=t, frm=('Dr. Katrin Berger via Docusign', 'dse@eumail.docusign.net'),
                reply_to=('Dr. Katrin Berger', 'k.berger@berger-stb.de'), to=C.P('cfo'),
                subject='Bitte mit Docusign unterzeichnen: Auftragsbestaetigung_JA2026_Example_Group_GmbH.pdf', body=b,
                profile=I.docusign, what='Genuine DocuSign envelope from the company\'s tax advisers (engagement letter for the 2026 audit).',
                why='Sent by DocuSign EU infrastructure, Reply-To is the known adviser, link to eu.docusign.net with envelope/account GUIDs and an access code; expected annual document.',
                pair=(['docusign-phishing-sendgrid'], 'Same DocuSign look and call to action, but real DocuSign infrastructure and links, known sender and expected document.'))


def b_complaint():
    t = T('DE', 2026, 11, 25, 8, 47, 2)
    body = """Hallo Frau Vogt,

leider müssen wir die Lieferung vom 17.11. reklamieren (Lieferschein 80441127, Ihre Auftragsbestätigung AB-4471903).

Betroffen sind 64 Eimer Silikonharz-Fassadenfarbe Premium, weiß, 12,5 l, Charge 2641-0815. Unser Kunde, der Malerbetrieb Hinrichs in Pinneberg, hat am Freitag ein Mehrfamilienhaus damit gestrichen. Nach dem Auftrocknen zeigt die Fläche einen deutlichen Gelbstich gegenüber den Flächen aus der Vorcharge 2638-0622, besonders an der Westseite. Zwei Fotos von heute Morgen hänge ich an.

Die restlichen 41 Eimer haben wir gesperrt. Wir brauchen bis Freitag eine Aussage, ob Sie die Charge prüfen und Ersatz liefern – Hinrichs muss die Fassade sonst ein zweites Mal streichen und wird die Mehrkosten (Gerüststandzeit, Arbeitszeit) bei uns geltend machen, die wir dann an Sie weitergeben müssten.

Rückstellmuster der Charge können Sie gern bei uns abholen lassen.

Viele Grüße
Jens Petersen

--
Farbenhaus Nord GmbH
Einkauf / Qualitätssicherung
Billstraße 118 · 20539 Hamburg
Tel. 040 7811 90-32
"""
    b = multi('mixed', [text(body, 'utf-8', '8bit', label='UTF-8', params=[('format', 'flowed')]),
                        png_att(png.photo_png('fassade-west-1'), 'IMG_20261125_074112.png'),
                        png_att(png.photo_png('fassade-west-2', blotch=(220, 205, 130)), 'IMG_20261125_074139.png')])
    return Mail('reklamation-farbtonabweichung-kunde', t=t, frm=('Jens Petersen', 'j.petersen@farbenhaus-nord.de'), to=C.P('sales'),
                cc=[('Farbenhaus Nord Einkauf', 'einkauf@farbenhaus-nord.de')],
                subject='Reklamation Charge 2641-0815 – Silikonharz-Fassadenfarbe weiß – Farbtonabweichung (LS 80441127)', hcs='UTF-8', henc='Q',
                body=b, profile=I.ionos_tb, pkw=dict(client_ip='87.123.64.201'),
                what='Customer complaint about a yellowish batch of silicone-resin facade paint, with two photos and a threat to pass on re-work costs.',
                why='Known customer on its own domain (Thunderbird via IONOS), concrete delivery note, batch and order numbers, photos as PNG, no links or payment request.')


def business():
    return [b_ceo_urgent(), b_supplier_bank_change(), b_dunning(), b_sick_note(), b_newsletter(), b_it_notice(), b_docusign(), b_complaint()]
